// Where the handlers of a pattern of the gateway's table live, as Next.js
// lays them out: `/api/movies/:id` is app/api/movies/[id]/route.ts, whose
// handlers get `{ params: Promise<{ id }> }`, and is `/api/movies/{id}` in
// the OpenAPI document.
import path from "node:path";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;
export type RouteModule = Partial<Record<HttpMethod | "HEAD" | "OPTIONS", Handler>>;

/** The folders under app/ of a table pattern; `*` is Auth.js's catch-all. */
export function routeFolders(pattern: string): string[] {
  return pattern
    .split("/")
    .filter(Boolean)
    .map((segment) => (segment === "*" ? "[...nextauth]" : segment.replace(/^:(\w+)$/, "[$1]")));
}

/** `app/api/.../[param]/route.ts` of a table pattern, as an absolute path. */
export function routeFile(pattern: string): string {
  return path.join(process.cwd(), "app", ...routeFolders(pattern), "route.ts");
}

/** The names of a pattern's `:param` segments, in order. */
export function paramNames(pattern: string): string[] {
  return [...pattern.matchAll(/:(\w+)/g)].map((match) => match[1]);
}

/** A table pattern as an OpenAPI path: `/api/movies/:id` is `/api/movies/{id}`. */
export function openApiPath(pattern: string): string {
  return pattern.replace(/:(\w+)/g, "{$1}");
}

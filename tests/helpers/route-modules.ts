// The route file behind a pattern of the gateway's table, loaded as Next.js
// would load it: `/api/movies/:id` is app/api/movies/[id]/route.ts, whose
// handlers get `{ params: Promise<{ id }> }`.
import path from "node:path";
import { pathToFileURL } from "node:url";

export type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;
export type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS", Handler>>;

/** `app/api/.../[param]/route.ts` for a table pattern; `*` is Auth.js's catch-all. */
export function routeFile(pattern: string): string {
  const segments = pattern
    .split("/")
    .filter(Boolean)
    .map((segment) => (segment === "*" ? "[...nextauth]" : segment.replace(/^:(\w+)$/, "[$1]")));
  return path.join(process.cwd(), "app", ...segments, "route.ts");
}

/** The names of a pattern's `:param` segments, in order. */
export function paramNames(pattern: string): string[] {
  return [...pattern.matchAll(/:(\w+)/g)].map((match) => match[1]);
}

export async function handlerModule(pattern: string): Promise<RouteModule | null> {
  try {
    return (await import(pathToFileURL(routeFile(pattern)).href)) as RouteModule;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return null;
    throw error;
  }
}

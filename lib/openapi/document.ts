// The REST contract as an OpenAPI 3.1 document, generated: every path and
// method of the gateway's table (lib/gateway/route-table.ts) with who may
// call, each operation's input from its route's own zod schemas (route()'s
// contract), and the answers written by hand in answers/ (the routes have no
// response schemas). Served at GET /api/openapi.json and as the page
// GET /api/docs. tests/integration/routes-match-table.test.ts and
// openapi-document.test.ts check it against the route files.
import { API_ROUTES, type Method } from "@/lib/gateway/route-table";
import type { RouteContract } from "@/lib/http";
import { AUTH_JS, DESCRIBED } from "./answers";
import { SCHEMAS, SECURITY_SCHEMES } from "./components";
import { buildOperation, type OperationSource } from "./operation";
import { openApiPath } from "./route-files";
import { ROUTE_MODULES } from "./route-modules";
import { NOT_IMPORTED } from "./route-modules-source";
import { TAGS } from "./tags";

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, Record<string, unknown>>>;
};

const DESCRIPTION = [
  "Browse films and showtimes, hold seats, book and pay, and run a cinema: the API of the web pages and the mobile apps.",
  "Money is integer minor units (`amountCents`) with a `currency`; times are ISO 8601 in UTC; ids are opaque strings.",
  "Browsers are signed in by Auth.js's session cookie, apps send `Authorization: Bearer <accessToken>` from POST /api/auth/token; every protected route takes either.",
  "Every error is `application/problem+json` with a stable `code`. Request bodies are JSON sent as application/json, at most 1 MB and 64 levels deep; strings may not hold control characters.",
  "An unknown path is 404, a method the path does not have 405 with `Allow`; HEAD and OPTIONS work wherever GET does. Every answer carries `x-request-id` (the caller's, or a new one).",
].join("\n\n");

/** The handler's contract when route() made it; the webhook, health and Auth.js's are plain functions. */
function contractOf(handler: unknown): RouteContract | undefined {
  return (handler as { contract?: RouteContract } | undefined)?.contract;
}

async function operationSources(): Promise<OperationSource[]> {
  const sources: OperationSource[] = [];
  for (const rule of API_ROUTES) {
    if (NOT_IMPORTED.has(rule.path)) {
      for (const [path, methods] of Object.entries(AUTH_JS))
        for (const [method, described] of Object.entries(methods))
          sources.push({ pattern: path, path, method: method as Method, access: "public", described });
      continue;
    }
    const routeModule = await ROUTE_MODULES[rule.path]?.();
    for (const [method, access] of Object.entries(rule.methods) as [Method, (typeof rule.methods)[Method]][]) {
      sources.push({
        pattern: rule.path,
        path: openApiPath(rule.path),
        method,
        access: access!,
        contract: contractOf(routeModule?.[method]),
        described: DESCRIBED[`${method} ${rule.path}`],
      });
    }
  }
  return sources;
}

// The routes don't change while the process runs: the paths are put together once.
let paths: Promise<OpenApiDocument["paths"]> | undefined;

async function buildPaths(): Promise<OpenApiDocument["paths"]> {
  const built: OpenApiDocument["paths"] = {};
  for (const source of await operationSources()) {
    built[source.path] ??= {};
    built[source.path][source.method.toLowerCase()] = buildOperation(source);
  }
  return built;
}

export async function openApiDocument(serverUrl: string): Promise<OpenApiDocument> {
  paths ??= buildPaths().catch((error) => {
    paths = undefined;
    throw error;
  });
  return {
    openapi: "3.1.0",
    info: { title: "Cinema booking API", version: "1.0.0", description: DESCRIPTION },
    servers: [{ url: serverUrl }],
    tags: TAGS.map((tag) => ({ ...tag })),
    paths: await paths,
    components: { securitySchemes: SECURITY_SCHEMES, schemas: SCHEMAS },
  };
}

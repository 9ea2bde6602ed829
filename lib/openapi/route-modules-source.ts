// The text of route-modules.ts: one lazy import per route file of the
// gateway's table, written out so that the bundler sees every one and the
// document never reads the disk at run time. tests/integration/routes-match-table.test.ts
// checks the file against this (UPDATE_ROUTE_MODULES=1 rewrites it).
import { API_ROUTES } from "@/lib/gateway/route-table";
import { routeFolders } from "./route-files";

/** Auth.js's catch-all: its handlers are Auth.js's own, described by hand (answers/auth-js.ts). */
export const NOT_IMPORTED = new Set(["/api/auth/*"]);

export function routeModulesSource(): string {
  const entries = API_ROUTES.filter((rule) => !NOT_IMPORTED.has(rule.path)).map(
    (rule) => `  "${rule.path}": () => import("@/app/${routeFolders(rule.path).join("/")}/route"),`,
  );
  return [
    "// Generated from lib/gateway/route-table.ts by lib/openapi/route-modules-source.ts; do not edit.",
    "// Every route module of the table, imported lazily: only the API reference loads them all.",
    'import type { RouteModule } from "./route-files";',
    "",
    "export const ROUTE_MODULES: Record<string, () => Promise<RouteModule>> = {",
    ...entries,
    "};",
    "",
  ].join("\n");
}

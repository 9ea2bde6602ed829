// The gateway's table and the route files agree: every API route file is in
// the table with the same methods, and every table entry has its file.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { API_ROUTES } from "@/lib/gateway/route-table";
import { openApiDocument } from "@/lib/openapi/document";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir = "app/api"): { path: string; methods: string[] }[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "route.ts")
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const source = fs.readFileSync(file, "utf8");
      const route =
        "/" +
        path
          .relative("app", entry.parentPath)
          .split(path.sep)
          .map((segment) => (segment === "[...nextauth]" ? "*" : segment.replace(/^\[(\w+)\]$/, ":$1")))
          .join("/");
      const methods = METHODS.filter((method) =>
        new RegExp(`export (const|async function|function) ${method}\\b|export const \\{[^}]*\\b${method}\\b`).test(
          source,
        ),
      );
      return { path: route, methods };
    })
    .filter((route) => !route.path.includes("[...path]"));
}

test("every API route file is in the gateway's table with exactly its methods", () => {
  const files = routeFiles();
  const normalise = (p: string) => p.replace(/:\w+/g, ":param");
  for (const file of files) {
    const rule = API_ROUTES.find((r) => normalise(r.path) === normalise(file.path));
    assert.ok(rule, `${file.path} is missing from lib/gateway/route-table.ts`);
    assert.deepEqual(Object.keys(rule.methods).sort(), file.methods.sort(), `methods of ${file.path}`);
  }
  for (const rule of API_ROUTES) {
    assert.ok(
      files.some((f) => normalise(f.path) === normalise(rule.path)),
      `${rule.path} is in the table but has no route file`,
    );
  }
});

test("every path of the OpenAPI document has a route file", async () => {
  const files = routeFiles().map((f) => f.path.replace(/:\w+/g, ":param"));
  const documented = Object.keys((await openApiDocument("http://x")).paths);
  for (const documentedPath of documented) {
    const normalised = documentedPath.replace(/\{\w+\}/g, ":param");
    // Auth.js's endpoints (/api/auth/csrf, …) are served by its catch-all route.
    const catchAll = files.some((file) => file.endsWith("/*") && normalised.startsWith(file.slice(0, -1)));
    assert.ok(files.includes(normalised) || catchAll, `${documentedPath} is documented but has no route`);
  }
});

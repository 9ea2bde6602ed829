// The generated API reference against the code it is generated from: a valid
// OpenAPI 3.1 document with every route and method of the gateway's table,
// every route's own input schemas, a hand-written answer for each operation,
// and the lazy imports of route-modules.ts in step with the table. The page
// GET /api/docs serves Swagger UI from this app under its own policy.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { API_ROUTES, type Method } from "@/lib/gateway/route-table";
import type { RouteContract } from "@/lib/http";
import { openApiDocument } from "@/lib/openapi/document";
import { openApiPath } from "@/lib/openapi/route-files";
import { ROUTE_MODULES } from "@/lib/openapi/route-modules";
import { NOT_IMPORTED, routeModulesSource } from "@/lib/openapi/route-modules-source";
import { requestSchema } from "@/lib/openapi/request-schema";
import { GET as docsPage } from "@/app/api/docs/route";
import { GET as docsAsset } from "@/app/api/docs/[asset]/route";

type Operation = {
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
  responses: Record<string, { description: string }>;
  summary: string;
};

const documented = async () =>
  (await openApiDocument("http://localhost:3000")).paths as Record<string, Record<string, Operation>>;

test("the document is valid OpenAPI 3.1", async () => {
  const result = await new Validator().validate(await openApiDocument("http://localhost:3000"));
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
});

test("route-modules.ts imports every route module of the table (UPDATE_ROUTE_MODULES=1 rewrites it)", () => {
  const file = "lib/openapi/route-modules.ts";
  if (process.env.UPDATE_ROUTE_MODULES === "1") fs.writeFileSync(file, routeModulesSource());
  assert.equal(fs.readFileSync(file, "utf8"), routeModulesSource());
});

test("every route and method of the table is an operation with its route's own input", async () => {
  const paths = await documented();
  for (const rule of API_ROUTES) {
    if (NOT_IMPORTED.has(rule.path)) continue;
    const routeModule = (await ROUTE_MODULES[rule.path]()) as Record<string, { contract?: RouteContract } | undefined>;
    for (const method of Object.keys(rule.methods) as Method[]) {
      const operation = paths[openApiPath(rule.path)]?.[method.toLowerCase()];
      assert.ok(operation, `${method} ${rule.path} is missing from the document`);
      assert.ok(operation.summary && !operation.summary.startsWith(method), `${method} ${rule.path} has no summary`);
      assert.ok(
        Object.keys(operation.responses).some((status) => status.startsWith("2") || status.startsWith("3")),
        `${method} ${rule.path} describes no success`,
      );
      const contract = routeModule[method]?.contract;
      if (contract?.body)
        assert.deepEqual(
          operation.requestBody?.content["application/json"].schema,
          requestSchema(contract.body),
          `${method} ${rule.path}: the body schema is the route's own`,
        );
      if (contract?.query) {
        const fields = Object.keys((requestSchema(contract.query).properties ?? {}) as object);
        const inQuery = (operation.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
        assert.deepEqual(inQuery.sort(), fields.sort(), `${method} ${rule.path}: the query is the route's own`);
      }
    }
  }
});

test("no schema in the document is empty: every field a route reads is described", async () => {
  const empty: string[] = [];
  const walk = (value: unknown, where: string) => {
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === "schema" || where.endsWith("properties")) && child && Object.keys(child).length === 0)
        empty.push(`${where}.${key}`);
      walk(child, `${where}.${key}`);
    }
  };
  walk(await documented(), "paths");
  assert.deepEqual(empty, []);
});

test("GET /api/docs is Swagger UI from this app, under a policy that allows no script from elsewhere", async () => {
  const page = await docsPage(new Request("http://localhost/api/docs"));
  assert.equal(page.status, 200);
  const policy = page.headers.get("content-security-policy") ?? "";
  assert.match(policy, /script-src 'self'(;|$)/);
  const html = await page.text();
  const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
  assert.ok(
    sources.every((source) => source.startsWith("/api/") || source === "data:,"),
    `only this app's files: ${sources}`,
  );
  assert.doesNotMatch(html, /<script>/, "no inline script");
  for (const source of sources.filter((s) => s.startsWith("/api/docs/"))) {
    const asset = source.slice("/api/docs/".length);
    const answer = await docsAsset(new Request(`http://localhost${source}`), { params: Promise.resolve({ asset }) });
    assert.equal(answer.status, 200, source);
    assert.ok((await answer.arrayBuffer()).byteLength > 0, source);
  }
  const unknown = await docsAsset(new Request("http://localhost/api/docs/package.json"), {
    params: Promise.resolve({ asset: "package.json" }),
  });
  assert.equal(unknown.status, 404);
});

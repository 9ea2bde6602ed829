// One operation of the OpenAPI document, put together from what is known
// where it is known: who may call from the gateway's table, the input from
// the route's own zod schemas (route()'s contract), the answers from the
// hand-written description, and the refusals every route shares (lib/http.ts,
// lib/gateway/gate.ts) from both.
import type { Access, Method } from "@/lib/gateway/route-table";
import type { RouteContract } from "@/lib/http";
import type { DescribedOperation } from "./described-operation";
import { acceptsEmptyBody, requestSchema, type JsonSchema } from "./request-schema";
import { paramNames } from "./route-files";
import { ref, str, type ResponseObject } from "./shapes";
import { tagOf } from "./tags";

export interface OperationSource {
  /** The gateway's pattern (`/api/movies/:id`), or for Auth.js's endpoints their path. */
  pattern: string;
  /** The OpenAPI path (`/api/movies/{id}`). */
  path: string;
  method: Method;
  access: Access;
  contract?: RouteContract;
  described?: DescribedOperation;
}

const SIGNED_IN = [{ bearer: [] }, { session: [] }];
const STATE_CHANGING = new Set<Method>(["POST", "PUT", "PATCH", "DELETE"]);
// Signed by Stripe, or protected by Auth.js's own CSRF token (lib/gateway/gate.ts).
const NO_ORIGIN_CHECK = /^\/api\/(payments\/webhook|auth\/(?!token))/;

// Any signed-in role may call a "user" route (a disabled account is signed out: 401).
const FORBIDDEN: Record<Access, string | undefined> = {
  public: undefined,
  user: undefined,
  staff: "forbidden: signed in below STAFF",
  admin: "forbidden: signed in below ADMIN",
};

const problem = (description: string, headers?: Record<string, unknown>): ResponseObject => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: ref("Problem") } },
});

/** `get /api/admin/movies/{id}` is getAdminMoviesById. */
export function operationId(method: Method, pattern: string): string {
  const words = pattern
    .replace(/^\/api\//, "")
    .split("/")
    .flatMap((segment) => (segment.startsWith(":") ? ["by", segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/)))
    .filter(Boolean);
  return method.toLowerCase() + words.map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}

function parameters({ pattern, contract, described }: OperationSource): Record<string, unknown>[] {
  const pathSchema = contract?.params ? requestSchema(contract.params) : undefined;
  const pathFields = (pathSchema?.properties ?? {}) as Record<string, JsonSchema>;
  const inPath = paramNames(pattern).map((name) => ({
    name,
    in: "path",
    required: true,
    schema: pathFields[name] ?? str,
  }));
  const querySchema = contract?.query ? requestSchema(contract.query) : undefined;
  const required = new Set((querySchema?.required ?? []) as string[]);
  const inQuery = Object.entries((querySchema?.properties ?? {}) as Record<string, JsonSchema>).map(
    ([name, schema]) => ({ name, in: "query", required: required.has(name), schema }),
  );
  return [...inPath, ...inQuery, ...(described?.headers ?? [])];
}

function requestBody({ contract, described }: OperationSource) {
  if (!contract?.body) return described?.requestBody;
  return {
    required: !acceptsEmptyBody(contract.body),
    content: { "application/json": { schema: requestSchema(contract.body) } },
  };
}

/** The refusals lib/http.ts and the gateway give on their own, by what the operation takes and who may call. */
function sharedRefusals(source: OperationSource, hasInput: boolean, jsonBody: boolean): Record<string, string> {
  const { pattern, method, access } = source;
  const refusals: Record<string, string> = {};
  if (hasInput)
    refusals["400"] =
      "validation_failed: `errors` lists each field (`path.id`, `query.date`, or the body's own path)" +
      (jsonBody ? "; malformed_json: the body is not JSON" : "");
  if (access !== "public") refusals["401"] = "unauthenticated: no or bad credentials (session cookie or bearer token)";
  const forbidden = [FORBIDDEN[access]];
  if (STATE_CHANGING.has(method) && !NO_ORIGIN_CHECK.test(pattern))
    forbidden.push("cross_origin: sent from another site without a bearer token");
  if (forbidden.some(Boolean)) refusals["403"] = forbidden.filter(Boolean).join("; ");
  const ids = paramNames(pattern);
  if (ids.length) refusals["404"] = `not_found: no such ${ids.join(" or ")}`;
  if (jsonBody) {
    refusals["413"] = "payload_too_large: the body is over 1 MB";
    refusals["415"] = "unsupported_media_type: the body is not sent as application/json";
  }
  if (source.described?.rateLimited)
    refusals["429"] = "rate_limited: too many attempts from this account or address; `retryAfter` says how long";
  return refusals;
}

function responses(source: OperationSource, hasInput: boolean, jsonBody: boolean): Record<string, ResponseObject> {
  const refusals = { ...sharedRefusals(source, hasInput, jsonBody), ...source.described?.refusals };
  const all: Record<string, ResponseObject> = {
    ...(source.described?.answers ?? { "200": { description: "Success (not yet described)" } }),
  };
  for (const [status, description] of Object.entries(refusals)) {
    if (description === null) continue;
    all[status] = problem(
      description,
      status === "429" ? { "retry-after": { description: "Seconds to wait", schema: str } } : undefined,
    );
  }
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
}

export function buildOperation(source: OperationSource): Record<string, unknown> {
  const { method, pattern, path, access, described } = source;
  const params = parameters(source);
  const body = requestBody(source);
  const jsonBody = Boolean(source.contract?.body);
  const hasInput = params.some((param) => param.in !== "header") || Boolean(body);
  const security = access !== "public" ? SIGNED_IN : described?.optionalCaller ? [{}, ...SIGNED_IN] : undefined;
  return {
    operationId: operationId(method, pattern),
    tags: [tagOf(path)],
    summary: described?.summary ?? `${method} ${path}`,
    ...(described?.description ? { description: described.description } : {}),
    "x-access": access,
    ...(security ? { security } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: responses(source, hasInput, jsonBody),
  };
}

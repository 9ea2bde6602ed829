// The gateway's decisions, apart from any framework: who is calling (the
// credential checked once), whether the route table lets them in, and what
// the handler and the answer carry (request id, sealed caller, security and
// cache headers). proxy.ts applies them to every request Next.js serves;
// scripts/serve.ts applies the same ones on its on-sale lane.
import { randomUUID } from "node:crypto";
import { checkCredentials, type Caller } from "@/lib/auth/caller";
import { CALLER_HEADER, sealCaller } from "@/lib/auth/handoff";
import { problemResponse } from "@/lib/problem";
import { allows, findApiRule, type Access, type Method, type RouteRule } from "./route-table";
import { securityHeaders } from "./security-headers";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// Signed by Stripe, or protected by Auth.js's own CSRF token.
const CROSS_ORIGIN_EXEMPT = ["/api/payments/webhook", "/api/auth/"];
const REQUEST_ID = /^[\w.:-]{1,128}$/;

export interface Gate {
  requestId: string;
  caller: Caller | null;
  https: boolean;
  /** Set when the request goes no further. */
  refusal?: Response;
  /** Headers every answer to this request carries. */
  answerHeaders: Record<string, string>;
}

/** What the gateway reads of a request. */
export type GateRequest = Pick<Request, "url" | "method" | "headers">;

function crossOrigin(request: GateRequest, pathname: string): boolean {
  const origin = request.headers.get("origin");
  if (!origin || !STATE_CHANGING.has(request.method)) return false;
  if (request.headers.get("authorization")?.startsWith("Bearer ")) return false;
  if (CROSS_ORIGIN_EXEMPT.some((path) => pathname.startsWith(path))) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Next.js can't route a path with a malformed percent-escape (it would answer a bare 500): refused here. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const hasCredentials = (request: GateRequest) =>
  Boolean(request.headers.get("authorization") || request.headers.get("cookie")?.includes("authjs.session-token"));

/**
 * The headers the handler sees: the request's own with its id, and the
 * caller sealed, or when the caller is handed over with the request object
 * itself, no client's claim to be one.
 */
export function forwardedHeaders(incoming: Headers, gate: Gate, seal = true): Headers {
  const headers = new Headers(incoming);
  headers.set("x-request-id", gate.requestId);
  if (seal) headers.set(CALLER_HEADER, sealCaller(gate.caller));
  else headers.delete(CALLER_HEADER);
  return headers;
}

function apiRefusal(
  request: GateRequest,
  pathname: string,
  rule: RouteRule | undefined,
  caller: Caller | null,
): Response | undefined {
  // Unknown route: the catch-all answers 404.
  if (!rule) return undefined;
  const allowed = Object.keys(rule.methods).flatMap((method) => (method === "GET" ? ["GET", "HEAD"] : [method]));
  const allow = [...allowed, "OPTIONS"].join(", ");
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: { allow } });
  // HEAD is a GET without the body, so it is allowed exactly when GET is.
  const access = rule.methods[(request.method === "HEAD" ? "GET" : request.method) as Method];
  if (!access) {
    return problemResponse("method_not_allowed", `${request.method} is not allowed on ${pathname}.`, {}, { allow });
  }
  if (crossOrigin(request, pathname)) {
    return problemResponse("cross_origin", "Requests from other sites may not change anything here.");
  }
  if (access === "public") return undefined;
  if (!caller) return problemResponse("unauthenticated", "Sign in, or send a valid bearer token.");
  if (!allows(access, caller.role)) return problemResponse("forbidden", "Your account may not do this.");
  return undefined;
}

/** Whether answers on this route are about one person, so no browser or shared cache may keep them. */
function isPrivate(request: GateRequest, pathname: string, rule: RouteRule | undefined): boolean {
  if (pathname.startsWith("/api/auth/")) return true;
  const access: Access | undefined = rule?.methods[request.method as Method];
  return access !== undefined && access !== "public";
}

/** The gateway's decision on a request for an API route or a page. */
export async function gate(request: GateRequest, pathname: string): Promise<Gate> {
  const https = request.url.startsWith("https:") || request.headers.get("x-forwarded-proto") === "https";
  const given = request.headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  const answerHeaders: Record<string, string> = { ...securityHeaders(https), "x-request-id": requestId };
  if (!decodable(pathname)) {
    const refusal = problemResponse("validation_failed", "The path has a malformed percent-escape.", {
      errors: [{ path: "(path)", message: "Malformed percent-escape" }],
    });
    return { requestId, caller: null, https, refusal, answerHeaders };
  }
  const caller = hasCredentials(request) ? await checkCredentials(request) : null;
  if (!pathname.startsWith("/api/")) return { requestId, caller, https, answerHeaders };
  const rule = findApiRule(pathname);
  if (isPrivate(request, pathname, rule)) answerHeaders["cache-control"] = "no-store";
  return { requestId, caller, https, refusal: apiRefusal(request, pathname, rule, caller), answerHeaders };
}

// The gateway: before any handler or page runs, check the caller against the
// route table (lib/gateway/route-table.ts) once and seal who they are into
// the request for the handler (lib/auth/handoff.ts), refuse cross-site cookie
// writes, give every request an id, and add the security headers.
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { checkCredentials, type Caller } from "@/lib/auth/caller";
import { CALLER_HEADER, sealCaller } from "@/lib/auth/handoff";
import { allows, findApiRule, pageAccess, type Method } from "@/lib/gateway/route-table";
import { forbiddenPage } from "@/lib/gateway/forbidden-page";
import { contentSecurityPolicy, securityHeaders } from "@/lib/gateway/security-headers";
import { problemResponse } from "@/lib/problem";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// Signed by Stripe, or protected by Auth.js's own CSRF token.
const CROSS_ORIGIN_EXEMPT = ["/api/payments/webhook", "/api/auth/"];
const REQUEST_ID = /^[\w.:-]{1,128}$/;

function withHeaders(response: Response, https: boolean, requestId: string, csp?: string): Response {
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
  response.headers.set("x-request-id", requestId);
  if (csp) response.headers.set("content-security-policy", csp);
  return response;
}

function crossOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin || !STATE_CHANGING.has(request.method)) return false;
  if (request.headers.get("authorization")?.startsWith("Bearer ")) return false;
  if (CROSS_ORIGIN_EXEMPT.some((path) => request.nextUrl.pathname.startsWith(path))) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Next.js can't route a path with a malformed percent-escape (it would answer a bare 500): refuse it here. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const hasCredentials = (request: NextRequest) =>
  Boolean(request.headers.get("authorization") || request.headers.get("cookie")?.includes("authjs.session-token"));

/** The request as the handler will see it: with its id and the sealed caller, never a client's own. */
function forward(request: NextRequest, requestId: string, caller: Caller | null): Headers {
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set(CALLER_HEADER, sealCaller(caller));
  return headers;
}

async function guardApi(request: NextRequest, requestId: string): Promise<Response> {
  const rule = findApiRule(request.nextUrl.pathname);
  const caller = hasCredentials(request) ? await checkCredentials(request) : null;
  // Unknown route: the catch-all answers 404.
  if (!rule) return NextResponse.next({ request: { headers: forward(request, requestId, caller) } });
  const allowed = Object.keys(rule.methods).flatMap((method) => (method === "GET" ? ["GET", "HEAD"] : [method]));
  if (request.method === "OPTIONS") {
    return new Response(null, { status: 204, headers: { allow: [...allowed, "OPTIONS"].join(", ") } });
  }
  // HEAD is a GET without the body, so it is allowed exactly when GET is.
  const access = rule.methods[(request.method === "HEAD" ? "GET" : request.method) as Method];
  if (!access) {
    return problemResponse(
      "method_not_allowed",
      `${request.method} is not allowed on ${request.nextUrl.pathname}.`,
      {},
      { allow: [...allowed, "OPTIONS"].join(", ") },
    );
  }
  if (crossOrigin(request)) {
    return problemResponse("cross_origin", "Requests from other sites may not change anything here.");
  }
  if (access !== "public") {
    if (!caller) return problemResponse("unauthenticated", "Sign in, or send a valid bearer token.");
    if (!allows(access, caller.role)) return problemResponse("forbidden", "Your account may not do this.");
  }
  const response = NextResponse.next({ request: { headers: forward(request, requestId, caller) } });
  // Answers about one person must never be kept by a browser or a shared cache.
  if (access !== "public" || request.nextUrl.pathname.startsWith("/api/auth/")) {
    response.headers.set("cache-control", "no-store");
  }
  return response;
}

async function guardPage(request: NextRequest): Promise<{ refusal?: Response; caller: Caller | null }> {
  const access = pageAccess(request.nextUrl.pathname);
  const caller = hasCredentials(request) ? await checkCredentials(request) : null;
  if (access === "public") return { caller };
  if (!caller) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return { refusal: NextResponse.redirect(signIn), caller };
  }
  if (!allows(access, caller.role)) {
    const page = new NextResponse(forbiddenPage(), {
      status: 403,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
    return { refusal: page, caller };
  }
  return { caller };
}

export async function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const given = request.headers.get("x-request-id");
  const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  if (!decodable(request.nextUrl.pathname)) {
    const refusal = problemResponse("validation_failed", "The path has a malformed percent-escape.", {
      errors: [{ path: "(path)", message: "Malformed percent-escape" }],
    });
    return withHeaders(refusal, https, requestId);
  }
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return withHeaders(await guardApi(request, requestId), https, requestId);
  }
  const { refusal, caller } = await guardPage(request);
  const nonce = Buffer.from(randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (refusal) return withHeaders(refusal, https, requestId, csp);
  const headers = forward(request, requestId, caller);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  return withHeaders(NextResponse.next({ request: { headers } }), https, requestId, csp);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|posters/).*)"],
};

// The gateway: before any handler or page runs, check the caller against the
// route table (lib/gateway/route-table.ts), refuse cross-site cookie writes,
// and add the security headers.
import { NextResponse, type NextRequest } from "next/server";
import { getCaller } from "@/lib/auth/caller";
import { allows, findApiRule, pageAccess, type Method } from "@/lib/gateway/route-table";
import { forbiddenPage } from "@/lib/gateway/forbidden-page";
import { contentSecurityPolicy, securityHeaders } from "@/lib/gateway/security-headers";
import { problemResponse } from "@/lib/problem";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// Signed by Stripe, or protected by Auth.js's own CSRF token.
const CROSS_ORIGIN_EXEMPT = ["/api/payments/webhook", "/api/auth/"];

function withHeaders(response: Response, https: boolean, csp?: string): Response {
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
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

async function guardApi(request: NextRequest): Promise<Response | null> {
  const rule = findApiRule(request.nextUrl.pathname);
  if (!rule) return null; // unknown route: the catch-all answers 404
  if (request.method === "OPTIONS" || request.method === "HEAD") return null;
  const access = rule.methods[request.method as Method];
  if (!access) {
    return problemResponse(
      "method_not_allowed",
      `${request.method} is not allowed on ${request.nextUrl.pathname}.`,
      {},
      {
        allow: Object.keys(rule.methods).join(", "),
      },
    );
  }
  if (crossOrigin(request))
    return problemResponse("cross_origin", "Requests from other sites may not change anything here.");
  if (access === "public") return null;
  const caller = await getCaller(request);
  if (!caller) return problemResponse("unauthenticated", "Sign in, or send a valid bearer token.");
  if (!allows(access, caller.role)) return problemResponse("forbidden", "Your account may not do this.");
  return null;
}

async function guardPage(request: NextRequest): Promise<Response | null> {
  const access = pageAccess(request.nextUrl.pathname);
  if (access === "public") return null;
  const caller = await getCaller(request);
  if (!caller) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  if (!allows(access, caller.role)) {
    return new NextResponse(forbiddenPage(), { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const refusal = await guardApi(request);
    return withHeaders(refusal ?? NextResponse.next(), https);
  }
  const refusal = await guardPage(request);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  if (refusal) return withHeaders(refusal, https, csp);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), https, csp);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|posters/).*)"],
};

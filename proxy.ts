// The gateway in front of every page and API route Next.js serves: the
// decisions of lib/gateway/gate.ts (the caller checked once against the
// route table and sealed into the request for the handler, request ids,
// security and cache headers), plus what only pages need: sign-in redirects,
// the 403 page and a nonce for the Content-Security-Policy.
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { forbiddenPage } from "@/lib/gateway/forbidden-page";
import { forwardedHeaders, gate, type Gate } from "@/lib/gateway/gate";
import { allows, pageAccess } from "@/lib/gateway/route-table";
import { contentSecurityPolicy } from "@/lib/gateway/security-headers";

function answer(response: Response, decision: Gate, csp?: string): Response {
  for (const [name, value] of Object.entries(decision.answerHeaders)) response.headers.set(name, value);
  if (csp) response.headers.set("content-security-policy", csp);
  return response;
}

function pageRefusal(request: NextRequest, decision: Gate): Response | undefined {
  const access = pageAccess(request.nextUrl.pathname);
  if (access === "public") return undefined;
  if (!decision.caller) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  if (allows(access, decision.caller.role)) return undefined;
  return new NextResponse(forbiddenPage(), { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
}

export async function proxy(request: NextRequest) {
  const decision = await gate(request, request.nextUrl.pathname);
  if (decision.refusal) return answer(decision.refusal, decision);
  const headers = forwardedHeaders(request.headers, decision);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return answer(NextResponse.next({ request: { headers } }), decision);
  }
  const nonce = Buffer.from(randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const refusal = pageRefusal(request, decision);
  if (refusal) return answer(refusal, decision, csp);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  return answer(NextResponse.next({ request: { headers } }), decision, csp);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|posters/).*)"],
};

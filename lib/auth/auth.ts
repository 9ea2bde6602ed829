// Auth.js (next-auth v5) for the browser: e-mail and password, signed and
// encrypted JWT cookies carrying the user id, role, token version and the id
// of a server-side session (lib/services/users/sessions.ts) that the gateway
// checks on every request. Sign-in limits live here, in authorize(), so they
// hold for the sign-in form and for Auth.js's own public callback endpoint.
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/gateway/client-address";
import { guardSignIn, signInFailed } from "@/lib/gateway/sign-in-guard";
import { logger } from "@/lib/logger";
import type { Role } from "@/lib/auth/caller";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
    tokenVersion?: number;
    sessionId?: string;
  }
}

/** A refusal the sign-in form can explain; `code` travels in Auth.js's redirect, so it says nothing sensitive. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "rate_limited" | "unavailable") {
    super();
    this.code = code;
  }
}

const SignInInput = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1000) });

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Read per request, never at import: `next build` must not create the installation's secret.
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = SignInInput.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientIp(request);
        // Loaded lazily: this file is also read where the database is not needed.
        const { createSession, verifyCredentials } = await import("@/lib/services/users");
        try {
          await guardSignIn(email, address);
          const user = await verifyCredentials(email, password);
          const sessionId = await createSession(user.id, "BROWSER", {
            userAgent: request.headers.get("user-agent"),
            ipAddress: address,
          });
          return {
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            tokenVersion: user.tokenVersion,
            sessionId,
          };
        } catch (error) {
          if (isAppError(error)) {
            if (error.code === "rate_limited") throw new SignInRefused("rate_limited");
            signInFailed(email, address, error.code);
            return null;
          }
          // A database outage is not a wrong password.
          logger.error({ err: error }, "sign-in could not be checked");
          throw new SignInRefused("unavailable");
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.ver = user.tokenVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.sub);
      session.user.role = token.role as Role;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId !== "string") return;
      const { endSession } = await import("@/lib/services/users");
      await endSession(sessionId);
    },
  },
}));

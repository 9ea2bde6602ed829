// Auth.js (next-auth v5) for the browser: e-mail and password, JWT sessions
// carrying the user id, role and token version.
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret } from "@/lib/env";
import type { Role } from "@/lib/auth/caller";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
    tokenVersion?: number;
  }
}

const SignInInput = z.object({ email: z.string().email(), password: z.string().min(1) });

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = SignInInput.safeParse(raw);
        if (!parsed.success) return null;
        // Loaded lazily: this file is also read where the database is not needed.
        const { verifyCredentials } = await import("@/lib/services/users");
        try {
          const user = await verifyCredentials(parsed.data.email, parsed.data.password);
          return { id: user.id, email: user.email, name: user.name, role: user.role, tokenVersion: user.tokenVersion };
        } catch {
          return null;
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
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.sub);
      session.user.role = token.role as Role;
      return session;
    },
  },
});

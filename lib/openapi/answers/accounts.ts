// Answers of the account routes: sign-up, addresses, passwords, tokens, sessions.
import type { DescribedOperations } from "../described-operation";
import { answer, bool, dateTime, items, nullable, obj, oneOf, ref, str } from "../shapes";

const invalidLink = "invalid_token: an unknown, used or expired link";

export const ACCOUNTS: DescribedOperations = {
  "POST /api/users/register": {
    summary: "Open a moviegoer account",
    description:
      "Answers alike whether or not the address already has an account, so it can't reveal who has one: 201 with an account of the same shape (for a known address a stand-in whose id leads nowhere). A new address gets a confirmation link, the owner of an existing account an e-mail saying someone tried. Then sign in with POST /api/auth/token. A weak password is 400 with the reason.",
    answers: { "201": answer("Signed up (or, for a known address, answered alike)", obj({ user: ref("User") })) },
    rateLimited: true,
  },
  "POST /api/users/verify-email": {
    summary: "Confirm an address with the token of its e-mailed link (single use)",
    answers: {
      "200": answer("Confirmed; tickets that waited for it are sent", obj({ status: { const: "verified" } })),
    },
    refusals: { "401": invalidLink },
  },
  "POST /api/users/me/verification": {
    summary: "Send the signed-in user a new confirmation link",
    answers: {
      "202": answer("Sent", obj({ status: { const: "sent" } })),
      "200": answer("Already confirmed", obj({ status: { const: "already_verified" } })),
    },
    rateLimited: true,
  },
  "GET /api/users/me": {
    summary: "The signed-in user",
    answers: { "200": answer("The user", obj({ user: ref("User") })) },
  },
  "PATCH /api/users/me": {
    summary: "Change the signed-in user's name, phone and notification preferences",
    description:
      "Send only the fields to change. `phone` in international format (+447700900123), or null to remove it.",
    answers: { "200": answer("The user as changed", obj({ user: ref("User") })) },
  },
  "GET /api/users/me/sessions": {
    summary: "The caller's signed-in browsers and apps",
    answers: {
      "200": answer(
        "Live sessions, most recently used first",
        items(
          obj(
            {
              id: str,
              kind: oneOf("BROWSER", "APP"),
              userAgent: nullable(str),
              ipAddress: nullable(str),
              createdAt: dateTime,
              lastSeenAt: dateTime,
              current: { ...bool, description: "The session of this request" },
            },
            ["id", "kind", "createdAt", "lastSeenAt", "current"],
          ),
        ),
      ),
    },
  },
  "DELETE /api/users/me/sessions": {
    summary: "Sign out everywhere: every browser and app, this one included",
    answers: { "204": answer("Signed out everywhere") },
  },
  "DELETE /api/users/me/sessions/:id": {
    summary: "Sign one browser or app out",
    answers: { "204": answer("Signed out") },
    refusals: { "404": "not_found: no session of the caller's has this id" },
  },
  "POST /api/users/password-reset": {
    summary: "E-mail a password reset link, valid once for 30 minutes",
    description: "The same answer, as fast, whether or not the address has an account.",
    answers: { "202": answer("Check your e-mail", obj({ status: { const: "check_your_email" } })) },
    rateLimited: true,
  },
  "POST /api/users/password-reset/confirm": {
    summary: "Set a new password with a reset link's token; ends every session and token",
    answers: { "200": answer("Password changed", obj({ status: { const: "password_changed" } })) },
    refusals: { "401": invalidLink },
  },
  "POST /api/auth/token": {
    summary: "Exchange e-mail and password for a bearer token pair (apps and API clients)",
    description:
      "Each pair is an app session of its own, listed in GET /api/users/me/sessions. Send the access token as `Authorization: Bearer …`; before it expires, rotate the pair with POST /api/auth/token/refresh.",
    answers: { "200": answer("A token pair", ref("TokenPair")) },
    refusals: {
      "401": "invalid_credentials: wrong e-mail or password",
      "403": "account_disabled",
    },
    rateLimited: true,
  },
  "POST /api/auth/token/refresh": {
    summary: "Rotate a refresh token for a new token pair",
    description:
      "A refresh token works once: using one twice revokes its whole family (a stolen token is of no use to either holder).",
    answers: { "200": answer("A new token pair", ref("TokenPair")) },
    refusals: { "401": "invalid_token: unknown, used, expired or revoked", "403": "account_disabled" },
    rateLimited: true,
  },
  "POST /api/auth/token/revoke": {
    summary: "Revoke a refresh token and every token rotated from the same sign-in (sign an app out)",
    answers: { "204": answer("Revoked (also when it was unknown or already revoked)") },
  },
};

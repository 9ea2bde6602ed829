// Auth.js's own endpoints under /api/auth/* (app/api/auth/[...nextauth]):
// the browser's sign-in and session. Not made by route(), so described here,
// input included. Apps use bearer tokens (POST /api/auth/token) instead.
import type { DescribedOperation } from "../described-operation";
import { answer, obj, str } from "../shapes";

const form = (properties: Record<string, Record<string, unknown>>, required: string[]) => ({
  required: true,
  content: { "application/x-www-form-urlencoded": { schema: obj(properties, required) } },
});
const csrfToken = { type: "string", description: "From GET /api/auth/csrf (its cookie must come along)" };
const redirect = (description: string) => answer(description, undefined, { location: "Where the browser goes next" });

/** By OpenAPI path, then method; all public. */
export const AUTH_JS: Record<string, Record<string, DescribedOperation>> = {
  "/api/auth/csrf": {
    GET: {
      summary: "A CSRF token for Auth.js's forms (browser)",
      answers: { "200": answer("The token; a cookie carries its pair", obj({ csrfToken: str })) },
    },
  },
  "/api/auth/session": {
    GET: {
      summary: "The browser's session, or null when signed out",
      answers: {
        "200": answer("The session", {
          anyOf: [
            obj({
              user: obj({ id: str, name: str, email: str, role: { enum: ["CUSTOMER", "STAFF", "ADMIN"] } }, [
                "id",
                "email",
              ]),
              expires: { type: "string", format: "date-time" },
            }),
            { type: "null" },
          ],
        }),
      },
    },
  },
  "/api/auth/providers": {
    GET: {
      summary: "The sign-in methods (e-mail and password)",
      answers: { "200": answer("Providers by id", { type: "object" }) },
    },
  },
  "/api/auth/callback/credentials": {
    POST: {
      summary: "Sign the browser in with e-mail and password (the sign-in form's target)",
      description:
        "On success the session cookie is set. A refusal, a limited address or account included, redirects to /sign-in with `error` (and `code=rate_limited` when limited) instead of answering 401 or 429.",
      requestBody: form(
        {
          csrfToken,
          email: { type: "string", format: "email", maxLength: 320 },
          password: { type: "string", minLength: 1, maxLength: 1000 },
          callbackUrl: { type: "string", description: "A path of this site to go to afterwards" },
        },
        ["csrfToken", "email", "password"],
      ),
      answers: { "302": redirect("Signed in (to callbackUrl), or refused (to /sign-in?error=…)") },
    },
  },
  "/api/auth/signout": {
    POST: {
      summary: "Sign the browser out; its server-side session ends",
      requestBody: form({ csrfToken, callbackUrl: str }, ["csrfToken"]),
      answers: { "302": redirect("Signed out") },
    },
  },
};

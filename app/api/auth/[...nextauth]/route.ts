// GET|POST /api/auth/* – Auth.js: sign-in, sign-out, session and CSRF endpoints for the browser.
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;

// The one place that turns a request into validated input and any thrown
// error into a problem+json answer. Route files stay thin:
//
//   export const POST = route({ body: HoldRequest }, async ({ body, caller }) =>
//     json(await holdSeats((await caller()).id, body), 201));
import { z, type ZodType } from "zod";
import { AppError, type FieldError, isAppError } from "@/lib/errors";
import { problemResponse } from "@/lib/problem";
import { logger } from "@/lib/logger";
import { requireCaller, type Caller } from "@/lib/auth/caller";
import { metrics } from "@/lib/metrics";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface RouteContext<TBody, TQuery, TParams> {
  request: Request;
  body: TBody;
  query: TQuery;
  params: TParams;
  /** The signed-in caller (session cookie or bearer token); throws 401 when there is none. */
  caller: () => Promise<Caller>;
}

interface RouteOptions<TBody, TQuery, TParams> {
  body?: ZodType<TBody>;
  query?: ZodType<TQuery>;
  params?: ZodType<TParams>;
}

type NextContext = { params: Promise<Record<string, string | string[]>> };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers });
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message }));
}

function invalid(error: z.ZodError, where: string): AppError {
  return new AppError("validation_failed", `The ${where} has invalid fields.`, {
    extra: { errors: fieldErrors(error) },
  });
}

async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError("payload_too_large", "The request body is over 1 MB.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw new AppError("payload_too_large", "The request body is over 1 MB.");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("malformed_json", "The request body is not valid JSON.");
  }
}

export function errorResponse(error: unknown, request?: Request): Response {
  if (isAppError(error)) return problemResponse(error.code, error.detail, error.extra, error.headers);
  logger.error({ err: error, method: request?.method, url: request?.url }, "unhandled error in route");
  return problemResponse("internal_error", "An unexpected error occurred. Please try again.");
}

export function route<TBody = undefined, TQuery = undefined, TParams = Record<string, string>>(
  options: RouteOptions<TBody, TQuery, TParams>,
  handle: (context: RouteContext<TBody, TQuery, TParams>) => Promise<Response>,
) {
  return async (request: Request, nextContext?: NextContext): Promise<Response> => {
    const started = performance.now();
    const response = await answer(request, nextContext);
    const routeLabel = routePattern(new URL(request.url).pathname);
    metrics.httpRequests.inc({ method: request.method, route: routeLabel, status: String(response.status) });
    metrics.httpDuration.observe({ method: request.method, route: routeLabel }, (performance.now() - started) / 1000);
    return response;
  };

  async function answer(request: Request, nextContext?: NextContext): Promise<Response> {
    try {
      let body = undefined as TBody;
      if (options.body) {
        const parsed = options.body.safeParse(await readJson(request));
        if (!parsed.success) throw invalid(parsed.error, "request body");
        body = parsed.data;
      }
      let query = undefined as TQuery;
      if (options.query) {
        const raw = Object.fromEntries(new URL(request.url).searchParams);
        const parsed = options.query.safeParse(raw);
        if (!parsed.success) throw invalid(parsed.error, "query string");
        query = parsed.data;
      }
      const rawParams = (await nextContext?.params) ?? {};
      let params = rawParams as TParams;
      if (options.params) {
        const parsed = options.params.safeParse(rawParams);
        if (!parsed.success) throw invalid(parsed.error, "path");
        params = parsed.data;
      }
      let cached: Promise<Caller> | undefined;
      const caller = () => (cached ??= requireCaller(request));
      return await handle({ request, body, query, params, caller });
    } catch (error) {
      return errorResponse(error, request);
    }
  }
}

/** `/api/booking/cm3x…/cancel` → `/api/booking/:id/cancel`, to keep metric labels few. */
export function routePattern(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (/\d/.test(segment) && segment.length >= 8 ? ":id" : segment))
    .join("/");
}

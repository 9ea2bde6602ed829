// The one place that turns a request into validated input and any thrown
// error into a problem+json answer. Route files stay thin:
//
//   export const POST = route({ access: "user", body: HoldRequest }, async ({ body, caller }) =>
//     json(await holdSeats((await caller()).id, body), 201));
//
// Before a route's own schemas run, every request passes the same checks, so
// hostile input is refused with a 4xx whatever the route forgot: JSON bodies
// only as JSON, at most 1 MB, valid UTF-8, no deeper than 64 levels, no
// control characters or prototype keys anywhere (lib/schemas/untrusted-input.ts).
import { z, type ZodType } from "zod";
import { AppError, type FieldError, isAppError } from "@/lib/errors";
import { problemResponse } from "@/lib/problem";
import { logger } from "@/lib/logger";
import { withRequestContext } from "@/lib/request-context";
import { requireCaller, type Caller } from "@/lib/auth/caller";
import { allows, findApiRule, type Access } from "@/lib/gateway/route-table";
import { metrics } from "@/lib/metrics";
import { databaseUnavailable } from "@/lib/database-unavailable";
import { databaseInputErrorCode } from "@/lib/database-input-error";
import { inspectJson, inspectPairs } from "@/lib/schemas/untrusted-input";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface RouteContext<TBody, TQuery, TParams> {
  request: Request;
  body: TBody;
  query: TQuery;
  params: TParams;
  /** The signed-in caller (session cookie or bearer token); throws 401 when there is none. */
  caller: () => Promise<Caller>;
  /** This request's id, also in the `x-request-id` header of the answer. */
  requestId: string;
}

interface RouteOptions<TBody, TQuery, TParams> {
  /**
   * Who may call, checked again here behind the gateway's route table
   * (defence in depth): 401 without a caller, 403 below this role.
   */
  access?: Exclude<Access, "public">;
  body?: ZodType<TBody>;
  query?: ZodType<TQuery>;
  params?: ZodType<TParams>;
}

type NextContext = { params: Promise<Record<string, string | string[]>> };

/** What a route declares of its caller and input, exactly as route() was given it. */
export type RouteContract = Readonly<RouteOptions<unknown, unknown, unknown>>;

/** A handler made by route(); its contract is what the API reference is generated from (lib/openapi/). */
export type RouteHandler = ((request: Request, nextContext?: NextContext) => Promise<Response>) & {
  readonly contract: RouteContract;
};

// The bytes a server already read of a request, and the text of a JSON
// answer, kept beside the very objects: the app's own HTTP server (the
// on-sale lane) hands a body over and writes an answer out without a second
// trip through web streams.
const globalForBodies = globalThis as unknown as {
  cinemaRequestBodies?: WeakMap<Request, Uint8Array>;
  cinemaAnswerTexts?: WeakMap<Response, string>;
};
const requestBodies = (globalForBodies.cinemaRequestBodies ??= new WeakMap());
const answerTexts = (globalForBodies.cinemaAnswerTexts ??= new WeakMap());

/** Hands the already-read body of `request` to its handler. */
export function handOverBody(request: Request, bytes: Uint8Array): void {
  requestBodies.set(request, bytes);
}

/** The JSON text of an answer made by json(), if it was. */
export function answerText(response: Response): string | undefined {
  return answerTexts.get(response);
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const response = new Response(text, { status, headers: { "content-type": "application/json", ...headers } });
  answerTexts.set(response, text);
  return response;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message }));
}

function invalid(errors: FieldError[], where: string): AppError {
  return new AppError("validation_failed", `The ${where} has invalid fields.`, { extra: { errors } });
}

/** Field paths of the path and query string are prefixed (`path.id`, `query.date`); the body's are bare. */
function parse<T>(schema: ZodType<T>, value: unknown, where: string, prefix = ""): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw invalid(
      fieldErrors(parsed.error).map((error) => ({ ...error, path: prefix + error.path })),
      where,
    );
  return parsed.data;
}

const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's (or the gateway's) `x-request-id` when it looks like one, else a new id. */
export function requestIdOf(request?: Request): string {
  const given = request?.headers.get("x-request-id");
  return given && SANE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

function isJsonType(contentType: string | null): boolean {
  const type = contentType?.split(";")[0].trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

const tooLarge = () => new AppError("payload_too_large", "The request body is over 1 MB.");

/** The body's bytes, refused as soon as they pass MAX_BODY_BYTES, whatever Content-Length claims. */
async function readBytes(request: Request): Promise<Uint8Array> {
  const handed = requestBodies.get(request);
  if (handed) {
    if (handed.byteLength > MAX_BODY_BYTES) throw tooLarge();
    return handed;
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

async function readJson(request: Request): Promise<unknown> {
  const bytes = await readBytes(request);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new AppError("malformed_json", "The request body is not valid UTF-8.");
  }
  if (text.trim() === "") return {};
  if (!isJsonType(request.headers.get("content-type")))
    throw new AppError("unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("malformed_json", "The request body is not valid JSON.");
  }
  const problems = inspectJson(value);
  if (problems.length) throw invalid(problems, "request body");
  return value;
}

/** `error` as a problem answer: AppErrors as they are, database refusals of a value as 400, anything else 500. */
export function errorResponse(error: unknown, request?: Request, requestId = requestIdOf(request)): Response {
  const headers = { "x-request-id": requestId };
  if (isAppError(error)) {
    // What the caller may not be told, the logs keep.
    if (error.internal) logger.warn({ requestId, code: error.code, internal: error.internal }, "request refused");
    return problemResponse(error.code, error.detail, error.extra, { ...error.headers, ...headers });
  }
  // The path alone: a query string may hold an address or a link's token.
  const where = { requestId, method: request?.method, path: request ? new URL(request.url).pathname : undefined };
  const sqlState = databaseInputErrorCode(error);
  if (sqlState) {
    // A request schema let through what the database refuses: a bug to fix, but the caller's input is at fault.
    logger.warn({ ...where, sqlState }, "database refused an input value that no schema caught");
    return problemResponse("validation_failed", "A value in the request is not acceptable.", {}, headers);
  }
  if (databaseUnavailable(error)) {
    logger.error({ ...where, err: error }, "the database is unreachable");
    return problemResponse(
      "service_unavailable",
      "We can't reach our database right now. Please try again in a moment.",
      { requestId },
      { ...headers, "retry-after": "5" },
    );
  }
  logger.error({ ...where, err: error }, "unhandled error in route");
  return problemResponse(
    "internal_error",
    `An unexpected error occurred. Please try again; if it persists, report the request id ${requestId}.`,
    { requestId },
    headers,
  );
}

/** The route table's pattern for metric labels, so that ids or junk in paths never make new series. */
export function metricRoute(pathname: string): string {
  return findApiRule(pathname)?.path ?? "unmatched";
}

const METRIC_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function withRequestId(response: Response, requestId: string): Response {
  try {
    response.headers.set("x-request-id", requestId);
    return response;
  } catch {
    // Headers of some responses (e.g. from fetch) are immutable: copy.
    const copy = new Response(response.body, response);
    copy.headers.set("x-request-id", requestId);
    return copy;
  }
}

export function route<TBody = undefined, TQuery = undefined, TParams = Record<string, string>>(
  options: RouteOptions<TBody, TQuery, TParams>,
  handle: (context: RouteContext<TBody, TQuery, TParams>) => Promise<Response>,
): RouteHandler {
  const handler = async (request: Request, nextContext?: NextContext): Promise<Response> => {
    const started = performance.now();
    const requestId = requestIdOf(request);
    const url = new URL(request.url);
    const response = withRequestId(
      await withRequestContext(requestId, () => answer(request, url, requestId, nextContext)),
      requestId,
    );
    const labels = {
      method: METRIC_METHODS.has(request.method) ? request.method : "other",
      route: metricRoute(url.pathname),
    };
    metrics.httpRequests.inc({ ...labels, status: String(response.status) });
    metrics.httpDuration.observe(labels, (performance.now() - started) / 1000);
    return response;
  };
  // Not enumerable, not writable: only the API reference reads it, and no caller can change it.
  return Object.defineProperty(handler, "contract", { value: options }) as RouteHandler;

  async function answer(request: Request, url: URL, requestId: string, nextContext?: NextContext): Promise<Response> {
    try {
      let cached: Promise<Caller> | undefined;
      const caller = () => (cached ??= requireCaller(request));
      if (options.access && !allows(options.access, (await caller()).role))
        throw new AppError("forbidden", "Your account may not do this.");
      const rawParams = (await nextContext?.params) ?? {};
      const pathProblems = inspectPairs(Object.entries(rawParams), "path");
      if (pathProblems.length) throw invalid(pathProblems, "path");
      const params = options.params ? parse(options.params, rawParams, "path", "path.") : (rawParams as TParams);
      const searchParams = url.searchParams;
      const queryProblems = inspectPairs(searchParams, "query");
      if (queryProblems.length) throw invalid(queryProblems, "query string");
      const query = options.query
        ? parse(options.query, Object.fromEntries(searchParams), "query string", "query.")
        : (undefined as TQuery);
      const body = options.body ? parse(options.body, await readJson(request), "request body") : (undefined as TBody);
      return await handle({ request, body, query, params, caller, requestId });
    } catch (error) {
      return errorResponse(error, request, requestId);
    }
  }
}

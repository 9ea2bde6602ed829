// RFC 9457 problem documents: the shape of every 4xx/5xx answer of the API.
import { type ErrorCode, type FieldError, ERROR_STATUS, errorTitle } from "@/lib/errors";

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export function problemBody(code: ErrorCode, detail: string, extra: Record<string, unknown> = {}): Problem {
  return {
    type: `https://cinema.test/problems/${code.replace(/_/g, "-")}`,
    title: errorTitle(code),
    status: ERROR_STATUS[code],
    code,
    detail,
    ...extra,
  };
}

export function problemResponse(
  code: ErrorCode,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(code, detail, extra);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

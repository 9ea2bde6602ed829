// What is written by hand about an operation: what the handler answers and
// what route() cannot know. Its input (path, query, JSON body) and who may
// call are not here: they come from the route's own schemas and the
// gateway's table (document.ts).
import type { JsonSchema } from "./request-schema";
import type { ResponseObject } from "./shapes";

export interface DescribedOperation {
  summary: string;
  description?: string;
  /** The answers that are not generic refusals: success, and anything not problem+json. */
  answers: Record<string, ResponseObject>;
  /**
   * Refusals particular to this operation, by status (problem+json): what each `code` means here.
   * `null` says a generic refusal does not happen here (an id that is never looked up).
   */
  refusals?: Record<string, string | null>;
  /** Limited per account or address: 429 rate_limited with Retry-After. */
  rateLimited?: boolean;
  /** Headers the handler reads itself. */
  headers?: Record<string, unknown>[];
  /** Only for handlers route() does not parse a JSON body for (multipart, the raw webhook, Auth.js's forms). */
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  /** Public, but answers a signed-in caller differently. */
  optionalCaller?: boolean;
}

/** Keyed "METHOD /pattern" with the pattern as the gateway's table writes it (`/api/movies/:id`). */
export type DescribedOperations = Record<string, DescribedOperation>;

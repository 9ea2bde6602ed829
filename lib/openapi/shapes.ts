// Short words for the hand-written answer shapes (the routes have request
// schemas but no response schemas; API.md's status codes and named fields
// are the contract for answers).
import type { JsonSchema } from "./request-schema";

export const str: JsonSchema = { type: "string" };
export const int: JsonSchema = { type: "integer" };
export const bool: JsonSchema = { type: "boolean" };
export const dateTime: JsonSchema = { type: "string", format: "date-time" };
export const day: JsonSchema = { type: "string", format: "date" };

export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: "null" }] });
export const list = (items: JsonSchema): JsonSchema => ({ type: "array", items });
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const oneOf = (...values: string[]): JsonSchema => ({ type: "string", enum: values });

/** An object whose properties are all required unless `required` names fewer. */
export function obj(properties: Record<string, JsonSchema>, required: string[] = Object.keys(properties)): JsonSchema {
  return { type: "object", properties, required };
}

/** `{ items: [...] }`, the shape of every list answer. */
export const items = (item: JsonSchema): JsonSchema => obj({ items: list(item) });

export type ResponseObject = Record<string, unknown>;

/** A JSON answer, or one without a body. */
export function answer(description: string, schema?: JsonSchema, headers?: Record<string, string>): ResponseObject {
  return {
    description,
    ...(schema ? { content: { "application/json": { schema } } } : {}),
    ...(headers
      ? {
          headers: Object.fromEntries(
            Object.entries(headers).map(([name, about]) => [name, { description: about, schema: str }]),
          ),
        }
      : {}),
  };
}

/** An answer in another media type. */
export const media = (description: string, type: string, schema: JsonSchema = str): ResponseObject => ({
  description,
  content: { [type]: { schema } },
});

/** A header the handler reads itself (route() parses only path, query and a JSON body). */
export const header = (name: string, description: string, required = true) => ({
  name,
  in: "header",
  required,
  description,
  schema: str,
});

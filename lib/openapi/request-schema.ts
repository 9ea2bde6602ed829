// A route's own zod schema as the JSON Schema (2020-12, OpenAPI 3.1's
// dialect) of what a client may send: zod 4's z.toJSONSchema on the input
// side, so a transform or a coercion is described by what it accepts.
// Refinements (a real calendar day, a known time zone, "either this or
// that") have no JSON Schema form and are left out: the schema is a little
// looser than the route, and the route's 400 names the field.
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

interface DateDef {
  type: string;
  coerce?: boolean;
}

export function requestSchema(schema: z.ZodType): JsonSchema {
  const converted: JsonSchema = z.toJSONSchema(schema, {
    io: "input",
    // Dates are written below; anything else unrepresentable would be `{}`, which a test refuses.
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as unknown as { _zod: { def: DateDef } })._zod.def;
      if (def.type !== "date") return;
      Object.assign(jsonSchema, {
        type: "string",
        format: "date-time",
        ...(def.coerce ? { description: "ISO 8601; a date alone (YYYY-MM-DD) means midnight UTC" } : {}),
      });
    },
  });
  // Inside an OpenAPI 3.1 document the dialect is the document's own.
  delete converted.$schema;
  return converted;
}

/** Whether the route takes an empty body: a request without one is read as `{}`. */
export function acceptsEmptyBody(schema: z.ZodType): boolean {
  return schema.safeParse({}).success;
}

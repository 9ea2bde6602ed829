// A freshly migrated database matches prisma/schema.prisma exactly: every
// model, column, type, nullability, default, unique, index and foreign key.
// Prisma's CLI cannot diff here (its engine is a download), so this test is
// what keeps the hand-written SQL migrations honest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import pg from "pg";
import prismaInternals from "@prisma/internals";

type DMMF = Awaited<ReturnType<typeof prismaInternals.getDMMF>>;
type Model = DMMF["datamodel"]["models"][number];
type Field = Model["fields"][number];

// Rules only SQL can state (see the *_integrity migration): expected extras.
const SQL_ONLY_INDEXES = new Set([
  "tickets_one_valid_per_seat",
  "outbox_due_idx",
  "holds_active_expiry_idx",
  "showtimes_no_overlap",
  "showtime_seats_booking_idx",
]);

let dmmf: DMMF;
let client: pg.Client;
const schemaText = fs.readFileSync("prisma/schema.prisma", "utf8");
const enumSchemas = Object.fromEntries(
  [...schemaText.matchAll(/enum (\w+) \{[^}]*@@schema\("(\w+)"\)/g)].map((match) => [match[1], match[2]]),
);

before(async () => {
  dmmf = await prismaInternals.getDMMF({ datamodel: schemaText });
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
after(() => client.end());

const tableOf = (model: Model) => model.dbName ?? model.name;
const columnOf = (model: Model, fieldName: string) => {
  const field = model.fields.find((f) => f.name === fieldName)!;
  return field.dbName ?? field.name;
};

function expectedType(field: Field): string {
  let type: string;
  if (field.kind === "enum") type = `${enumSchemas[field.type]}.${field.type}`;
  else if (field.nativeType) {
    const [name, args] = field.nativeType as [string, string[]];
    const precision = args.length ? `(${args.join(",")})` : "";
    type =
      name === "Timestamptz"
        ? `timestamp${precision} with time zone`
        : ({ VarChar: "character varying", Char: "character", Date: "date" }[name] ?? name) + precision;
  } else {
    type = (
      {
        String: "text",
        Int: "integer",
        BigInt: "bigint",
        Boolean: "boolean",
        DateTime: "timestamp(3) without time zone",
        Json: "jsonb",
      } as Record<string, string>
    )[field.type];
  }
  return field.isList ? `${type}[]` : type;
}

function expectedDefault(field: Field): string | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const value = field.default as unknown;
  if (typeof value === "object" && value !== null) {
    return (value as { name: string }).name === "now" ? "CURRENT_TIMESTAMP" : null;
  }
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  if (field.kind === "enum") return `'${value}'::${enumSchemas[field.type]}."${field.type}"`;
  if (field.type === "Json") return `'${value}'::jsonb`;
  return `'${value}'::text`;
}

test("every model is a table in its service's schema, with exactly its columns", async () => {
  for (const model of dmmf.datamodel.models) {
    const { rows } = await client.query<{
      column_name: string;
      type: string;
      is_nullable: string;
      column_default: string | null;
    }>(
      `SELECT a.attname AS column_name,
              format_type(a.atttypid, a.atttypmod) AS type,
              CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS is_nullable,
              pg_get_expr(d.adbin, d.adrelid) AS column_default
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped`,
      [model.schema, tableOf(model)],
    );
    assert.ok(rows.length > 0, `table ${model.schema}.${tableOf(model)} for model ${model.name} is missing`);
    const actual = new Map(rows.map((row) => [row.column_name, row]));
    const scalars = model.fields.filter((f) => f.kind !== "object");
    assert.deepEqual(
      [...actual.keys()].sort(),
      scalars.map((f) => f.dbName ?? f.name).sort(),
      `columns of ${model.name}`,
    );
    for (const field of scalars) {
      const column = actual.get(field.dbName ?? field.name)!;
      const where = `${model.name}.${field.name}`;
      assert.equal(column.type.replace(/"/g, ""), expectedType(field), `type of ${where}`);
      assert.equal(column.is_nullable === "YES", !field.isRequired, `nullability of ${where}`);
      assert.equal(column.column_default, expectedDefault(field), `default of ${where}`);
    }
  }
});

test("every id, unique and index of the schema exists with its columns, and no other", async () => {
  const { rows } = await client.query<{
    schema: string;
    table: string;
    name: string;
    unique: boolean;
    primary: boolean;
    columns: string[];
  }>(
    `SELECT n.nspname AS schema, t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
            array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = ANY($1)
      GROUP BY 1, 2, 3, 4, 5`,
    [[...new Set(dmmf.datamodel.models.map((m) => m.schema))]],
  );
  const actual = new Map(rows.map((row) => [`${row.schema}.${row.name}`, row]));
  const expected = new Set<string>();
  for (const index of dmmf.datamodel.indexes) {
    const model = dmmf.datamodel.models.find((m) => m.name === index.model)!;
    const table = tableOf(model);
    const columns = index.fields.map((f) => columnOf(model, f.name));
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`);
    const key = `${model.schema}.${name}`;
    expected.add(key);
    const found = actual.get(key);
    assert.ok(found, `index ${key} (${index.type} on ${model.name}) is missing`);
    assert.deepEqual(found.columns, columns, `columns of ${key}`);
    assert.equal(found.unique, index.type !== "normal", `uniqueness of ${key}`);
  }
  const extras = [...actual.keys()].filter((key) => !expected.has(key) && !SQL_ONLY_INDEXES.has(key.split(".")[1]));
  assert.deepEqual(extras, [], "indexes in the database that schema.prisma does not declare");
});

test("every relation is a foreign key with the schema's delete rule", async () => {
  const { rows } = await client.query<{ name: string; delete_rule: string }>(
    `SELECT c.conname AS name,
            CASE c.confdeltype WHEN 'c' THEN 'Cascade' WHEN 'r' THEN 'Restrict' WHEN 'n' THEN 'SetNull' WHEN 'a' THEN 'NoAction' ELSE 'SetDefault' END AS delete_rule
       FROM pg_constraint c WHERE c.contype = 'f'`,
  );
  const actual = new Map(rows.map((row) => [row.name, row.delete_rule]));
  let relations = 0;
  for (const model of dmmf.datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      relations++;
      const name = `${tableOf(model)}_${field.relationFromFields.map((f) => columnOf(model, f)).join("_")}_fkey`;
      assert.ok(actual.has(name), `foreign key ${name} is missing`);
      assert.equal(
        actual.get(name),
        field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull"),
        `delete rule of ${name}`,
      );
    }
  }
  assert.equal(rows.length, relations, "foreign keys the schema does not declare");
});

test("every enum exists in its schema with the schema's values in order", async () => {
  for (const enumeration of dmmf.datamodel.enums) {
    const { rows } = await client.query<{ label: string }>(
      `SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
         JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = $1 AND t.typname = $2 ORDER BY e.enumsortorder`,
      [enumSchemas[enumeration.name], enumeration.name],
    );
    assert.deepEqual(
      rows.map((r) => r.label),
      enumeration.values.map((v) => v.name),
      `enum ${enumeration.name}`,
    );
  }
});

import "server-only";
import { Prisma } from "@/server/db/generated/client";

/**
 * How a column is treated by code that rewrites rows in SQL (the bench's clone remaps every `"uuid"`
 * key); everything else is a `"value"` whose type the table itself gives on insert.
 */
export type ColumnKind = "uuid" | "value";

/** One table's name and, per row field, its `[column, kind]` (see `productTable`). */
export type TableSpec<R> = {
  readonly table: string;
  readonly columns: { readonly [K in keyof R]-?: readonly [column: string, kind: ColumnKind] };
};

/**
 * The column a Prisma field is stored in: the schema maps every camel-case field to its snake-case
 * column (`areaM2` → `area_m2`, `proxyHolderUnitId` → `proxy_holder_unit_id`; prisma/schema.prisma).
 */
function columnOf(field: string) {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * The insert spec of a table from the generated client's list of its scalar fields
 * (`Prisma.<Model>ScalarFieldEnum`), so a column added to the schema needs no change here. `id` and
 * `…Id` fields are the table's uuid keys.
 * @param table the SQL table name (the model's `@@map`).
 * @param fields the model's `Prisma.<Model>ScalarFieldEnum`.
 */
export function productTable<F extends string>(table: string, fields: { readonly [K in F]: K }): TableSpec<Record<F, unknown>> {
  const columns = Object.fromEntries(
    Object.keys(fields).map((field) => [field, [columnOf(field), field === "id" || field.endsWith("Id") ? "uuid" : "value"] as const]),
  );
  return { table, columns: columns as TableSpec<Record<F, unknown>>["columns"] };
}

function quote(identifier: string) {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/**
 * Inserts `rows` into `spec.table` with ONE statement, `INSERT INTO t (c1, …) SELECT c1, … FROM
 * json_populate_recordset(NULL::t, $1)`: the rows travel as one JSON array keyed by column and the
 * table's own row type converts each value (uuid, enum, numeric, timestamptz), so the statement text
 * depends only on the table, never on the number of rows. This replaces `createMany`, whose query
 * compilation and encoding in the Prisma client cost ~100 ms for one demo's content. Dates go as ISO
 * text with their `Z` (`JSON.stringify`), never left to the session's TimeZone.
 * Row-level security applies as to any statement: `tx` must be bound to the rows' organization.
 * @param tx an open interactive transaction.
 * @param rows plain rows with every field of `spec.columns` present (null for SQL NULL).
 * @returns the number of rows inserted.
 * @throws the database error (constraint, RLS check, bad value); the caller's transaction is then aborted.
 */
export async function insertRows<R>(tx: Prisma.TransactionClient, spec: TableSpec<R>, rows: readonly R[]): Promise<number> {
  const fields = Object.keys(spec.columns) as (keyof R & string)[];
  const columns = fields.map((field) => spec.columns[field][0]);
  const names = Prisma.raw(columns.map(quote).join(", "));
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(fields.map((field, i) => [columns[i], row[field] ?? null]))));
  const table = Prisma.raw(quote(spec.table));
  return tx.$executeRaw`INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, ${json}::json)`;
}

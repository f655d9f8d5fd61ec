import "server-only";
import { Prisma } from "@/server/db/generated/client";

/**
 * The PostgreSQL type a field's array parameter is cast to, narrowed by the field's TypeScript type so
 * that a mismatched cast does not compile: dates → timestamptz, numbers → int4, booleans → bool,
 * plain strings → uuid, text or numeric (decimals travel as exact text), string-literal unions (Prisma
 * enums) → the quoted enum type, e.g. `"DuesStatus"`.
 */
type PgType<V> = [V] extends [Date]
  ? "timestamptz"
  : [V] extends [number]
    ? "int4"
    : [V] extends [boolean]
      ? "bool"
      : string extends V
        ? "uuid" | "text" | "numeric"
        : `"${string}"`;

/**
 * Where each field of a row `R` is stored: `[column, type]`. Every field must be listed and no other,
 * so renaming or adding a field of the row type fails to compile until its column is listed here.
 */
export type Columns<R> = { readonly [K in keyof R]-?: readonly [column: string, type: PgType<NonNullable<R[K]>>] };

/** One table's name and columns (see `Columns`). */
export type TableSpec<R> = { readonly table: string; readonly columns: Columns<R> };

function quote(identifier: string) {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/**
 * Dates go as ISO text with its `Z`: Prisma's adapter would format a Date without a zone and leave it
 * to the session's TimeZone. Everything else (text, exact decimal text, numbers, booleans, null) is
 * bound as is.
 */
function toParameter(value: unknown) {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Inserts `rows` into `spec.table` with ONE statement, `INSERT INTO t (c1, …) SELECT * FROM
 * unnest($1::uuid[], $2::text[], …)`: one bound array per column, so the statement text depends only on
 * the table, never on the number of rows. This replaces `createMany`, whose query compilation and
 * encoding in the Prisma client cost ~100 ms for one demo's content.
 * Row-level security applies as to any statement: `tx` must be bound to the rows' organization.
 * @param tx an open interactive transaction.
 * @param rows plain rows with every field of `spec.columns` present (null for SQL NULL).
 * @returns the number of rows inserted.
 * @throws the database error (constraint, RLS check, bad cast); the caller's transaction is then aborted.
 */
export async function insertRows<R>(tx: Prisma.TransactionClient, spec: TableSpec<R>, rows: readonly R[]): Promise<number> {
  const fields = Object.keys(spec.columns) as (keyof R & string)[];
  const names = fields.map((field) => quote(spec.columns[field][0])).join(", ");
  const arrays = fields.map((field) => {
    const [, type] = spec.columns[field];
    return Prisma.sql`${rows.map((row) => toParameter(row[field]))}::${Prisma.raw(type)}[]`;
  });
  return tx.$executeRaw`INSERT INTO ${Prisma.raw(quote(spec.table))} (${Prisma.raw(names)}) SELECT * FROM unnest(${Prisma.join(arrays)})`;
}

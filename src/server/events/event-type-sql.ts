import { Prisma as Sql } from "@/server/db/generated/client";
import type { DemoEventType } from "./record-event";

/**
 * `type` as an SQL string literal (`'login'`), for the statements that write or read `demo_events` in
 * raw SQL (the one-statement provisioning writers, counts and scores): the value is checked against
 * `DemoEventType` when compiling and inlined as it is, so the SQL text is exactly what a hand-written
 * literal would be (plans, partial indexes and the checklist's conditions unchanged).
 */
export function demoEventTypeSql(type: DemoEventType): Sql.Sql {
  return Sql.raw(`'${type}'`);
}

/** `types` as an SQL list of literals (`'login', 'page_view'`), for `IN (…)`. */
export function demoEventTypesSql(types: readonly DemoEventType[]): Sql.Sql {
  return Sql.join(types.map(demoEventTypeSql), ", ");
}

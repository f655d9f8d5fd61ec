/**
 * Whether `error` means "the database cannot be reached right now" (a transient outage the caller should
 * retry), as opposed to a bug or a bad query. The HTTP boundary answers these with 503
 * `database_unavailable` and `Retry-After` (docs/production.md, "When the database is down").
 * Recognised anywhere in the `cause` chain (and Prisma's `meta.driverAdapterError`):
 * - Prisma connection codes: P1001 (can't reach), P1002 (timed out), P1008 (operation timed out),
 *   P1017 (server closed the connection), P2024 (connection pool timeout), and the transaction manager's
 *   "Unable to start a transaction in the given time" (P2028 while the pool waits for a connection);
 * - the pg driver adapter's kinds DatabaseNotReachable, ConnectionClosed, SocketTimeout, TooManyConnections;
 * - socket errors ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND, EPIPE, EHOSTUNREACH;
 * - PostgreSQL SQLSTATEs of class 08 (connection exception), 57P01–57P03 (shutdown, crash, starting up)
 *   and 53300 (too many connections); PgBouncer's "no more connections allowed", "cannot connect to server",
 *   "query_wait_timeout", "server login has been failing", "server conn crashed";
 * - pg's own "Connection terminated…" and "timeout exceeded when trying to connect".
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const e = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    const code = typeof e.code === "string" ? e.code : "";
    if (PRISMA_CODES.has(code) && (code !== "P2028" || /start a transaction/i.test(String(e.message)))) return true;
    if (SOCKET_CODES.has(code) || /^08/.test(code) || SQLSTATES.has(code)) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    // Prisma wraps driver errors as `meta.driverAdapterError` (its `cause` holds the adapter's kind).
    queue.push(e.cause, e.meta?.driverAdapterError);
  }
  return false;
}

const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH"]);
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES =
  /can't reach database|connection terminated|timeout exceeded when trying to connect|connection refused|server closed the connection|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|pgbouncer cannot connect to server|query_wait_timeout|server login has been failing|server conn crashed|no more connections allowed|Unable to start a transaction in the given time|Client has encountered a connection error/i;

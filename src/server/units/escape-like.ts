/**
 * Escapes LIKE wildcards so that a user's text matches literally: Prisma's `contains` / `startsWith`
 * become LIKE/ILIKE on PostgreSQL and pass `%` and `_` through (prisma/prisma#19506). PostgreSQL's
 * default LIKE escape character is the backslash.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// What a response must never show a client: stack frames, Prisma, SQL or driver error text, server file paths.

const LEAKS: [string, RegExp][] = [
  ["stack frame", /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:|node:|webpack)|:\d+:\d+\)/],
  ["prisma", /prisma/i],
  [
    "sql error",
    /syntax error at or near|relation "[^"]*" does not exist|violates [\w -]*constraint|duplicate key value|invalid input syntax for|column "[^"]*" does not exist|\bSELECT\b[^"]{1,200}\bFROM\b|\bINSERT INTO\b|\bDELETE FROM\b|PostgresError|ECONNREFUSED/i,
  ],
  ["file path", /at \/|(?:^|[\s"'(])\/(?:work|home|root|usr|var|tmp|opt|srv|app)\/|node_modules|\.next-test\/|webpack-internal|file:\/\//],
];

/** The names of the leaks found in `text` ("stack frame", "prisma", "sql error", "file path"); empty when clean. */
export const leaksIn = (text: string): string[] => LEAKS.filter(([, re]) => re.test(text)).map(([name]) => name);

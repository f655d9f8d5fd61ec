/**
 * An Upstash-compatible REST endpoint in front of a local redis-server, so that `next start` instances
 * configured with UPSTASH_REDIS_REST_URL/TOKEN use the real Upstash client (`@upstash/redis`, its
 * base64 response encoding included) against a real Redis. Commands are run by the same requester the
 * Upstash contract tests use (tests/support/upstash-requester.ts). Test tooling only.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createUpstashRequester } from "../../tests/support/upstash-requester";

/** Upstash's `Upstash-Encoding: base64`: every string (but "OK") of a result is base64, recursively. */
function encode(value: unknown): unknown {
  if (typeof value === "string") return value === "OK" ? value : Buffer.from(value, "utf8").toString("base64");
  if (Array.isArray(value)) return value.map(encode);
  return value;
}

export type UpstashHttp = { url: string; token: string; stop: () => Promise<void> };

/** Starts the endpoint on 127.0.0.1:`port` for the redis-server at `redisUrl`. */
export async function startUpstashHttp({ port, redisUrl, token }: { port: number; redisUrl: string; token: string }): Promise<UpstashHttp> {
  const requester = createUpstashRequester(redisUrl);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        if (req.headers.authorization !== `Bearer ${token}`) {
          res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "Unauthorized" }));
          return;
        }
        const route = (req.url ?? "/").split("?")[0]!.split("/").filter(Boolean);
        const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
        try {
          const reply = await requester.request({ path: route, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
          const out = Array.isArray(reply)
            ? reply.map((r: { result?: unknown; error?: string }) => (base64 ? { ...r, result: encode(r.result) } : r))
            : base64
              ? { ...reply, result: encode((reply as { result?: unknown }).result) }
              : reply;
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(out));
        } catch (error) {
          res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    token,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await requester.close();
    },
  };
}

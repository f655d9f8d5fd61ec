// A `Requester` for `new Redis(requester)` from @upstash/redis that talks to a real redis-server (the one
// `npm test` starts, at REDIS_URL) through ioredis, answering as Upstash's REST API does: `{ result }` or
// `{ error }` per command, an array of those for `["pipeline"]` and `["multi-exec"]`. Results are plain
// JSON values, which is what Upstash's HttpClient hands to the commands after undoing its base64
// response encoding, so the commands' own deserialization runs unchanged.
import { createHash } from "node:crypto";
import type { Requester, UpstashRequest, UpstashResponse } from "@upstash/redis";
import IORedis from "ioredis";

/** @upstash/ratelimit's scripts start with this line; open-source Redis refuses the unknown flag. */
const UPSTASH_SCRIPT_FLAGS = "#!lua flags=allow-key-locking\n";

type Command = [name: string, ...args: string[]];
type Reply = UpstashResponse<unknown>;

export type LocalRequester = Requester & { close: () => Promise<void> };

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/**
 * Connects to the redis-server at `url`.
 * @throws Error when no URL is given: the Upstash contract tests must fail, never skip, without Redis.
 */
export function createUpstashRequester(url = process.env.REDIS_URL): LocalRequester {
  if (!url) {
    throw new Error(
      "REDIS_URL is not set: the Upstash rate-limit tests need a redis-server. Run them through " +
        "`npm test` (scripts/test.ts starts one when /usr/bin/redis-server exists; apt-get install redis-server).",
    );
  }
  const client = new IORedis(url, { maxRetriesPerRequest: 1 });
  // Upstash calls EVALSHA with the hash of the script as shipped (flags line included); Redis knows the
  // script under the hash of the stripped text, so EVALSHA is translated once EVAL has loaded it.
  const strippedHashes = new Map<string, string>();

  const stripFlags = (script: string): string => {
    if (!script.startsWith(UPSTASH_SCRIPT_FLAGS)) return script;
    const stripped = script.slice(UPSTASH_SCRIPT_FLAGS.length);
    strippedHashes.set(sha1(script), sha1(stripped));
    return stripped;
  };

  const adapt = ([name, ...args]: Command): Command => {
    const [first = "", ...rest] = args;
    switch (name.toLowerCase()) {
      case "eval":
      case "eval_ro":
        return [name, stripFlags(first), ...rest];
      case "evalsha":
      case "evalsha_ro":
        return [name, strippedHashes.get(first) ?? first, ...rest];
      case "script":
        return first.toLowerCase() === "load" ? [name, first, ...rest.map(stripFlags)] : [name, ...args];
      default:
        return [name, ...args];
    }
  };

  // Upstash sends numbers and booleans as JSON; its server, like Redis, sees every argument as a string.
  const toCommand = (raw: unknown): Command => {
    if (!Array.isArray(raw) || raw.length === 0) throw new Error(`not a Redis command: ${JSON.stringify(raw)}`);
    const [name, ...args] = raw.map(String) as Command;
    return adapt([name, ...args]);
  };

  const runOne = async (command: Command): Promise<Reply> => {
    try {
      return { result: await client.call(command[0], command.slice(1)) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };

  // A whole batch failing (e.g. EXECABORT) is an HTTP error at Upstash, which its client throws.
  const runBatch = async (commands: Command[], atomic: boolean): Promise<Reply[]> => {
    const batch = atomic ? client.multi() : client.pipeline();
    for (const [name, ...args] of commands) batch.call(name, args);
    const replies = await batch.exec();
    if (!replies) throw new Error("transaction aborted");
    return replies.map(([error, result]) => (error ? { error: error.message } : { result }));
  };

  return {
    // The Requester type promises one response; pipelines answer with an array, as Upstash's REST API does.
    request: async <TResult>({ path = [], body }: UpstashRequest) => {
      const [route] = path;
      if (route === "pipeline" || route === "multi-exec") {
        if (!Array.isArray(body)) throw new Error(`${route}: body must be an array of commands`);
        const replies = await runBatch(body.map(toCommand), route === "multi-exec");
        return replies as UpstashResponse<TResult>;
      }
      if (route !== undefined) throw new Error(`unsupported Upstash path: /${path.join("/")}`);
      return (await runOne(toCommand(body))) as UpstashResponse<TResult>;
    },
    close: async () => {
      await client.quit();
    },
  };
}

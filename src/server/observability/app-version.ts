import "server-only";
import { env } from "@/env";
import packageJson from "../../../package.json";

/**
 * The running build: package.json's version, plus the first 7 characters of the git commit when the
 * host provides it (`VERCEL_GIT_COMMIT_SHA`) as semver build metadata, e.g. "0.1.0+1a2b3c4".
 */
export function appVersion(): string {
  const sha = env.VERCEL_GIT_COMMIT_SHA;
  return sha ? `${packageJson.version}+${sha.slice(0, 7)}` : packageJson.version;
}

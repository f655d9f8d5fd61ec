/**
 * The caller's IP as the edge reports it: the first `x-forwarded-for` hop (as on Vercel), else
 * `x-real-ip`, else "unknown". Used only as a rate-limit key and for the lead's record.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim();
  return ip ? ip.slice(0, 64) : "unknown";
}

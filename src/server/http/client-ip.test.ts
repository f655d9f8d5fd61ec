import { describe, expect, it } from "vitest";
import { clientIp, normalizeClientIp, PEER_ADDRESS_HEADER } from "./client-ip";

const none = { mode: "none" } as const;
const vercel = { mode: "vercel" } as const;
const hops = (n: number) => ({ mode: "hops", hops: n }) as const;
const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIp", () => {
  it("with TRUST_PROXY=none keys on the TCP peer and believes no client header", () => {
    const forged = { "x-forwarded-for": "203.0.113.9", "x-real-ip": "198.51.100.4", "x-vercel-forwarded-for": "192.0.2.1" };
    expect(clientIp(headers({ ...forged, [PEER_ADDRESS_HEADER]: "::ffff:10.1.2.3" }), none)).toBe("10.1.2.3");
    expect(clientIp(headers(forged), none)).toBe("invalid");
  });

  it("on Vercel takes x-vercel-forwarded-for, then x-real-ip", () => {
    expect(clientIp(headers({ "x-vercel-forwarded-for": "203.0.113.9", "x-real-ip": "198.51.100.4" }), vercel)).toBe("203.0.113.9");
    expect(clientIp(headers({ "x-real-ip": "198.51.100.4", "x-forwarded-for": "192.0.2.1" }), vercel)).toBe("198.51.100.4");
    expect(clientIp(headers({ "x-forwarded-for": "192.0.2.1" }), vercel)).toBe("invalid");
  });

  it("behind N proxies takes the Nth x-forwarded-for hop from the right, whatever the client put in front", () => {
    const peer = { [PEER_ADDRESS_HEADER]: "127.0.0.1" };
    expect(clientIp(headers({ ...peer, "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), hops(1))).toBe("203.0.113.9");
    expect(clientIp(headers({ ...peer, "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }), hops(2))).toBe("203.0.113.9");
    // Fewer hops than proxies: the request bypassed one, so the furthest address the chain offers.
    expect(clientIp(headers({ ...peer }), hops(1))).toBe("127.0.0.1");
    expect(clientIp(headers({ ...peer, "x-forwarded-for": "203.0.113.9" }), hops(3))).toBe("203.0.113.9");
    // Without the peer header (a platform whose server is not Node's), the rightmost hop is the Nth.
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), hops(1))).toBe("203.0.113.9");
  });
});

describe("normalizeClientIp", () => {
  it("writes one IPv4 address one way however it is spelled", () => {
    const spellings = ["127.0.0.1", "127.1", "0x7f.0.0.1", "0177.0.0.1", "127.0.0.01", "2130706433", "::ffff:127.0.0.1", "::ffff:7f00:1"];
    expect(new Set(spellings.map(normalizeClientIp))).toEqual(new Set(["127.0.0.1"]));
  });

  it("reduces IPv6 to its /64 and refuses what is not an address", () => {
    expect(normalizeClientIp("2001:DB8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(normalizeClientIp("2001:db8:1:2::ffff")).toBe("2001:db8:1:2::/64");
    expect(normalizeClientIp("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(normalizeClientIp("::1")).toBe("::/64");
    for (const bad of ["", "unknown", "[::1]", "1.2.3.4:80", "1.2.3.256", "example.com", undefined]) {
      expect(normalizeClientIp(bad)).toBe("invalid");
    }
  });
});

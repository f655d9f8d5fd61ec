// Who may call the sales console's API (docs/rules.md#sales-console): no session → 401, a prospect or a SUPER_ADMIN whose
// email is not in SUPER_ADMIN_EMAILS → 403, and none of them changes anything; for the sales team, ids
// that are malformed or unknown answer 404 and invalid bodies 400.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { appUrl, createDemo, login, ownerQuery } from "./support/app";

const ACTIONS = ["extend", "terminate", "reset", "reissue", "convert"] as const;

function post(path: string, body: unknown, cookie?: string) {
  return fetch(`${appUrl()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

async function orgRow(email: string) {
  const [row] = await ownerQuery<{ id: string; fingerprint: string }>(
    "SELECT o.id, md5(o::text) AS fingerprint FROM organizations o JOIN users u ON u.organization_id = o.id WHERE u.email = $1",
    [email],
  );
  return row!;
}

describe("/api/admin/* access", () => {
  let prospect: string;
  let target: { id: string; fingerprint: string };

  beforeAll(async () => {
    prospect = await createDemo();
    target = await orgRow(prospect);
  });

  it("answers 401 without a session and 403 to a prospect's session, changing nothing", async () => {
    const cookie = await login(prospect);
    for (const action of ACTIONS) {
      const path = `/api/admin/demos/${target.id}/${action}`;
      const body = action === "extend" ? { days: 5 } : {};
      const anonymous = await post(path, body);
      expect(anonymous.status, `${action} without session`).toBe(401);
      expect(await errorCode(anonymous)).toBe("unauthorized");
      const asProspect = await post(path, body, cookie);
      expect(asProspect.status, `${action} as prospect`).toBe(403);
      expect(await errorCode(asProspect)).toBe("forbidden");
    }
    expect((await orgRow(prospect)).fingerprint).toBe(target.fingerprint);
    const [audit] = await ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action <> 'created'",
      [target.id],
    );
    expect(audit!.n).toBe(0);
  });

  it("answers 403 to a SUPER_ADMIN whose email is not in SUPER_ADMIN_EMAILS", async () => {
    const email = `former-sales-${randomBytes(4).toString("hex")}@assembly.test`;
    await ownerQuery("INSERT INTO users (id, email, email_key, role) VALUES (gen_random_uuid(), $1, $1, 'SUPER_ADMIN')", [email]);
    const cookie = await login(email);
    const res = await post(`/api/admin/demos/${target.id}/terminate`, {}, cookie);
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe("forbidden");
    expect((await orgRow(prospect)).fingerprint).toBe(target.fingerprint);
  });

  it("for the sales team: 404 for malformed or unknown ids, 400 for invalid bodies", async () => {
    const cookie = await login("sales.access@assembly.test");
    for (const id of ["not-a-uuid", "00000000-0000-0000-0000-000000000000"]) {
      const res = await post(`/api/admin/demos/${id}/terminate`, {}, cookie);
      expect(res.status, id).toBe(404);
      expect(await errorCode(res)).toBe("not_found");
    }
    for (const body of [{}, { days: 0 }, { days: 2.5 }, { days: "7" }, { days: 5, reason: "x".repeat(501) }]) {
      const res = await post(`/api/admin/demos/${target.id}/extend`, body, cookie);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorCode(res)).toBe("validation_failed");
    }
    const badScenario = await post(`/api/admin/demos/${target.id}/reissue`, { scenario: "castle" }, cookie);
    expect(badScenario.status).toBe(400);
    // An action without a body is fine when its fields are optional (here: convert is valid, so 200).
    const noBody = await fetch(`${appUrl()}/api/admin/demos/${target.id}/convert`, { method: "POST", headers: { cookie } });
    expect(noBody.status).toBe(200);
  });
});

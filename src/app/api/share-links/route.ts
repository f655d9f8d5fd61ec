// GET /api/share-links — the session demo's read-only share links; POST — create one (docs/sales.md#share-links)
import { NextResponse } from "next/server";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";
import { createShareLink, listShareLinks } from "@/server/sales/share-links";

export const GET = withDemoOrg(async (_request, { organization, transaction }) => {
  const items = await transaction(listShareLinks);
  return NextResponse.json({ items, expiresAt: organization.demoExpiresAt?.toISOString() ?? null });
});

export const POST = withDemoOrg(async (_request, { organization, user, transaction }) => {
  const link = await transaction((tenant) => createShareLink(tenant, { actor: user.email }));
  return NextResponse.json(
    { id: link.id, url: link.url, expiresAt: organization.demoExpiresAt?.toISOString() ?? null, createdAt: link.createdAt.toISOString() },
    { status: 201 },
  );
});

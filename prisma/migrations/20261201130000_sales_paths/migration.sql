-- Sales paths (docs/sales.md): "Hablar con ventas" requests, stored for the console, and revocable read-only share links
-- of a demo (only the token's SHA-256 is kept). Both are platform tables, like email_outbox: the console reads the
-- requests across demos, and a share link's token is looked up before any organization is known. The shared demo's
-- product data is then read in a transaction bound to that organization, under its row-level security.
CREATE TABLE "sales_contact_requests" (
    "id" UUID NOT NULL,
    "organization_id" UUID,
    "lead_id" UUID,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "phone" TEXT,
    "preferred_time" TEXT,
    "message" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sales_contact_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "share_links" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "view_count" INTEGER NOT NULL DEFAULT 0,
    "last_viewed_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "share_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex

-- CreateIndex
CREATE INDEX "sales_contact_requests_created_at_idx" ON "sales_contact_requests"("created_at");

-- CreateIndex
CREATE INDEX "sales_contact_requests_organization_id_created_at_idx" ON "sales_contact_requests"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "sales_contact_requests_lead_id_idx" ON "sales_contact_requests"("lead_id");

-- CreateIndex
CREATE UNIQUE INDEX "share_links_token_hash_key" ON "share_links"("token_hash");

-- CreateIndex
CREATE INDEX "share_links_organization_id_created_at_idx" ON "share_links"("organization_id", "created_at");


-- AddForeignKey
ALTER TABLE "sales_contact_requests" ADD CONSTRAINT "sales_contact_requests_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales_contact_requests" ADD CONSTRAINT "sales_contact_requests_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "platform_leads"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

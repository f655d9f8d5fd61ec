-- One person, one lead (docs/rules.md#personal-data-ley-1581-de-2012, docs/decisions/0058-one-lead-per-person.md):
-- leads get the canonical address (without its "+tag", as users.email_key and the app's canonicalEmail()),
-- unique, and what later requests said differently is kept in lead_history instead of overwriting the lead.

-- CreateTable
CREATE TABLE "lead_history" (
    "id" BIGSERIAL NOT NULL,
    "lead_id" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lead_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "lead_history_lead_id_created_at_idx" ON "lead_history"("lead_id", "created_at");

-- AddForeignKey
ALTER TABLE "lead_history" ADD CONSTRAINT "lead_history_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "platform_leads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "platform_leads" ADD COLUMN "email_key" TEXT;
UPDATE "platform_leads" SET "email_key" = regexp_replace("email", '^([^+@]+)\+[^@]*@', '\1@');

-- Merging the duplicates: the oldest lead of a person is kept. What the others said differently (their
-- address, name, building…) becomes its history, with the time they said it.
WITH keeper AS (
  SELECT DISTINCT ON ("email_key") "email_key", "id", "email", "name", "building_name", "unit_count", "profile"::text AS "profile",
         "utm_source", "utm_medium", "utm_campaign", "referrer"
  FROM "platform_leads" ORDER BY "email_key", "created_at", "id"
)
INSERT INTO "lead_history" ("lead_id", "field", "value", "email", "created_at")
SELECT k."id", f."field", f."value", d."email", d."created_at"
FROM "platform_leads" d
JOIN keeper k ON k."email_key" = d."email_key" AND k."id" <> d."id"
CROSS JOIN LATERAL (VALUES
  ('email', d."email", k."email"),
  ('name', d."name", k."name"),
  ('building_name', d."building_name", k."building_name"),
  ('unit_count', d."unit_count"::text, k."unit_count"::text),
  ('profile', d."profile"::text, k."profile"),
  ('utm_source', d."utm_source", k."utm_source"),
  ('utm_medium', d."utm_medium", k."utm_medium"),
  ('utm_campaign', d."utm_campaign", k."utm_campaign"),
  ('referrer', d."referrer", k."referrer")) AS f("field", "value", "kept")
WHERE f."value" IS NOT NULL AND f."value" IS DISTINCT FROM f."kept";

-- The kept lead adds up the requests, fills what it lacked from the others (oldest first), takes the
-- furthest funnel stage and the demo one of them was linked to (the person's own account's first).
WITH ranked AS (
  SELECT l.*, row_number() OVER (PARTITION BY l."email_key" ORDER BY l."created_at", l."id") AS "rank"
  FROM "platform_leads" l
), merged AS (
  SELECT r."email_key",
         sum(r."request_count")::int AS "request_count",
         max(r."funnel_stage") AS "funnel_stage",
         (array_agg(r."name" ORDER BY r."rank") FILTER (WHERE r."name" IS NOT NULL))[1] AS "name",
         (array_agg(r."building_name" ORDER BY r."rank") FILTER (WHERE r."building_name" IS NOT NULL))[1] AS "building_name",
         (array_agg(r."unit_count" ORDER BY r."rank") FILTER (WHERE r."unit_count" IS NOT NULL))[1] AS "unit_count",
         (array_agg(r."profile" ORDER BY r."rank") FILTER (WHERE r."profile" IS NOT NULL))[1] AS "profile",
         (array_agg(r."scenario" ORDER BY r."rank") FILTER (WHERE r."scenario" IS NOT NULL))[1] AS "scenario",
         (array_agg(r."organization_id" ORDER BY (u."id" IS NULL), r."rank") FILTER (WHERE r."organization_id" IS NOT NULL))[1] AS "organization_id"
  FROM ranked r LEFT JOIN "users" u ON u."organization_id" = r."organization_id"
  GROUP BY r."email_key" HAVING count(DISTINCT r."id") > 1
)
UPDATE "platform_leads" l SET
  "request_count" = m."request_count",
  "funnel_stage" = m."funnel_stage",
  "name" = m."name",
  "building_name" = m."building_name",
  "unit_count" = m."unit_count",
  "profile" = m."profile",
  "scenario" = m."scenario",
  "organization_id" = m."organization_id"
FROM merged m
WHERE l."email_key" = m."email_key"
  AND l."id" = (SELECT k."id" FROM "platform_leads" k WHERE k."email_key" = m."email_key" ORDER BY k."created_at", k."id" LIMIT 1);

DELETE FROM "platform_leads" d
WHERE d."id" <> (SELECT k."id" FROM "platform_leads" k WHERE k."email_key" = d."email_key" ORDER BY k."created_at", k."id" LIMIT 1);

ALTER TABLE "platform_leads" ALTER COLUMN "email_key" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "platform_leads_email_key_key" ON "platform_leads"("email_key");

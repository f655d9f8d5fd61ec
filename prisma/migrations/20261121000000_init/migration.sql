-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN_PH', 'SUPER_ADMIN');

-- CreateEnum
CREATE TYPE "OrganizationStatus" AS ENUM ('active', 'expired', 'terminated', 'converted');

-- CreateEnum
CREATE TYPE "FunnelStage" AS ENUM ('new', 'demo_requested', 'demo_active', 'converted', 'lost');

-- CreateEnum
CREATE TYPE "LeadProfile" AS ENUM ('admin_ph', 'demo_only', 'resident', 'sales');

-- CreateEnum
CREATE TYPE "DuesStatus" AS ENUM ('up_to_date', 'in_arrears');

-- CreateEnum
CREATE TYPE "ResidentType" AS ENUM ('owner', 'tenant');

-- CreateEnum
CREATE TYPE "AssemblyType" AS ENUM ('ordinary', 'extraordinary');

-- CreateEnum
CREATE TYPE "AssemblyStatus" AS ENUM ('scheduled', 'closed');

-- CreateEnum
CREATE TYPE "MajorityRule" AS ENUM ('simple', 'qualified');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('yes', 'no', 'abstain');

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "status" "OrganizationStatus" NOT NULL DEFAULT 'active',
    "scenario" TEXT,
    "demo_expires_at" TIMESTAMPTZ(3),
    "expired_at" TIMESTAMPTZ(3),
    "assembly_credits" INTEGER NOT NULL DEFAULT 0,
    "theme_color" TEXT NOT NULL DEFAULT '#2563eb',
    "locale" TEXT NOT NULL DEFAULT 'es',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "UserRole" NOT NULL,
    "organization_id" UUID,
    "locale" TEXT,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform_leads" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "lead_source" TEXT NOT NULL DEFAULT 'chatbot',
    "profile" "LeadProfile",
    "funnel_stage" "FunnelStage" NOT NULL DEFAULT 'new',
    "scenario" TEXT,
    "locale" TEXT,
    "utm_source" TEXT,
    "utm_medium" TEXT,
    "utm_campaign" TEXT,
    "referrer" TEXT,
    "ip" TEXT,
    "user_agent" TEXT,
    "request_count" INTEGER NOT NULL DEFAULT 1,
    "organization_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "platform_leads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "one_time_codes" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "consumed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "one_time_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "demo_events" (
    "id" BIGSERIAL NOT NULL,
    "organization_id" UUID,
    "type" TEXT NOT NULL,
    "actor" TEXT,
    "data" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "demo_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "units" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "tower" TEXT NOT NULL,
    "floor" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "area_m2" DECIMAL(8,2) NOT NULL,
    "coefficient" DECIMAL(7,4) NOT NULL,
    "dues_status" "DuesStatus" NOT NULL DEFAULT 'up_to_date',
    "monthly_fee" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "residents" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "full_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "type" "ResidentType" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "residents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assemblies" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "type" "AssemblyType" NOT NULL,
    "status" "AssemblyStatus" NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT NOT NULL,
    "quorum_percent" DECIMAL(7,4),
    "minutes" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assemblies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_items" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "assembly_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "requires_vote" BOOLEAN NOT NULL,
    "majority" "MajorityRule" NOT NULL DEFAULT 'simple',

    CONSTRAINT "agenda_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendance" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "assembly_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "attendee_name" TEXT NOT NULL,
    "is_proxy" BOOLEAN NOT NULL DEFAULT false,
    "registered_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "votes" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "agenda_item_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "cast_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "votes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "organizations_is_demo_status_demo_expires_at_idx" ON "organizations"("is_demo", "status", "demo_expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_organization_id_idx" ON "users"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "platform_leads_email_key" ON "platform_leads"("email");

-- CreateIndex
CREATE INDEX "platform_leads_funnel_stage_created_at_idx" ON "platform_leads"("funnel_stage", "created_at");

-- CreateIndex
CREATE INDEX "platform_leads_organization_id_idx" ON "platform_leads"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "one_time_codes_email_key" ON "one_time_codes"("email");

-- CreateIndex
CREATE INDEX "rate_limit_counters_expires_at_idx" ON "rate_limit_counters"("expires_at");

-- CreateIndex
CREATE INDEX "demo_events_organization_id_created_at_idx" ON "demo_events"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "demo_events_type_created_at_idx" ON "demo_events"("type", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "units_organization_id_id_key" ON "units"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "units_organization_id_tower_number_key" ON "units"("organization_id", "tower", "number");

-- CreateIndex
CREATE INDEX "residents_organization_id_unit_id_idx" ON "residents"("organization_id", "unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "residents_organization_id_id_key" ON "residents"("organization_id", "id");

-- CreateIndex
CREATE INDEX "assemblies_organization_id_scheduled_at_idx" ON "assemblies"("organization_id", "scheduled_at");

-- CreateIndex
CREATE UNIQUE INDEX "assemblies_organization_id_id_key" ON "assemblies"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "agenda_items_organization_id_id_key" ON "agenda_items"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "agenda_items_organization_id_assembly_id_position_key" ON "agenda_items"("organization_id", "assembly_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "attendance_organization_id_id_key" ON "attendance"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "attendance_organization_id_assembly_id_unit_id_key" ON "attendance"("organization_id", "assembly_id", "unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "votes_organization_id_id_key" ON "votes"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "votes_organization_id_agenda_item_id_unit_id_key" ON "votes"("organization_id", "agenda_item_id", "unit_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform_leads" ADD CONSTRAINT "platform_leads_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demo_events" ADD CONSTRAINT "demo_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "units" ADD CONSTRAINT "units_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "residents" ADD CONSTRAINT "residents_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "residents" ADD CONSTRAINT "residents_organization_id_unit_id_fkey" FOREIGN KEY ("organization_id", "unit_id") REFERENCES "units"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assemblies" ADD CONSTRAINT "assemblies_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_organization_id_assembly_id_fkey" FOREIGN KEY ("organization_id", "assembly_id") REFERENCES "assemblies"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_organization_id_assembly_id_fkey" FOREIGN KEY ("organization_id", "assembly_id") REFERENCES "assemblies"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_organization_id_unit_id_fkey" FOREIGN KEY ("organization_id", "unit_id") REFERENCES "units"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_organization_id_agenda_item_id_fkey" FOREIGN KEY ("organization_id", "agenda_item_id") REFERENCES "agenda_items"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_organization_id_unit_id_fkey" FOREIGN KEY ("organization_id", "unit_id") REFERENCES "units"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: the backstop under the tenant-bound data layer (docs/rules.md#tenancy-and-isolation).
-- Every product table only shows and accepts rows of the organization set for the current transaction
-- with set_config('app.organization_id', <uuid>, true). current_setting() without missing_ok raises
-- when nothing was ever set, and ''::uuid raises when a transaction-local setting has reset: a tenant
-- query with no organization fails loudly instead of returning nothing. The sub-select makes
-- PostgreSQL evaluate the setting once per statement, not once per row.
ALTER TABLE "units" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "units" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "units"
  USING ("organization_id" = (SELECT current_setting('app.organization_id')::uuid))
  WITH CHECK ("organization_id" = (SELECT current_setting('app.organization_id')::uuid));

ALTER TABLE "residents" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "residents" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "residents"
  USING ("organization_id" = (SELECT current_setting('app.organization_id')::uuid))
  WITH CHECK ("organization_id" = (SELECT current_setting('app.organization_id')::uuid));

ALTER TABLE "assemblies" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "assemblies" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "assemblies"
  USING ("organization_id" = (SELECT current_setting('app.organization_id')::uuid))
  WITH CHECK ("organization_id" = (SELECT current_setting('app.organization_id')::uuid));

ALTER TABLE "agenda_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "agenda_items" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "agenda_items"
  USING ("organization_id" = (SELECT current_setting('app.organization_id')::uuid))
  WITH CHECK ("organization_id" = (SELECT current_setting('app.organization_id')::uuid));

ALTER TABLE "attendance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attendance" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "attendance"
  USING ("organization_id" = (SELECT current_setting('app.organization_id')::uuid))
  WITH CHECK ("organization_id" = (SELECT current_setting('app.organization_id')::uuid));

ALTER TABLE "votes" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "votes" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "votes"
  USING ("organization_id" = (SELECT current_setting('app.organization_id')::uuid))
  WITH CHECK ("organization_id" = (SELECT current_setting('app.organization_id')::uuid));

-- Engagement (docs/engagement.md): the guided checklist's dismissal per demo, the lead-score thresholds
-- each demo crossed (once per threshold: the primary key), and the prospects' requests for more time.
-- Platform tables, like demo_notifications (no RLS): the sales console reads them, and the rows say
-- nothing about the PH's residents.
CREATE TABLE "demo_onboarding" (
    "organization_id" UUID NOT NULL,
    "dismissed_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "demo_onboarding_pkey" PRIMARY KEY ("organization_id")
);

CREATE TABLE "engagement_thresholds" (
    "organization_id" UUID NOT NULL,
    "level" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "crossed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "engagement_thresholds_pkey" PRIMARY KEY ("organization_id","level")
);

CREATE TABLE "extension_requests" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "requested_by" TEXT NOT NULL,
    "message" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "engagement_score" INTEGER NOT NULL,
    "days" INTEGER,
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "extension_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "extension_requests_organization_id_created_at_idx" ON "extension_requests"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "extension_requests_status_created_at_idx" ON "extension_requests"("status", "created_at");

-- AddForeignKey
ALTER TABLE "demo_onboarding" ADD CONSTRAINT "demo_onboarding_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement_thresholds" ADD CONSTRAINT "engagement_thresholds_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

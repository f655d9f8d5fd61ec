-- What the prospect said about their building (the demo request's optional building_name and
-- unit_count) is kept on the lead for the sales team, not only in the demo's name and size.
ALTER TABLE "platform_leads" ADD COLUMN "building_name" TEXT;
ALTER TABLE "platform_leads" ADD COLUMN "unit_count" INTEGER;

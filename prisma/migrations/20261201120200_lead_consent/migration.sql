-- Prior, express and informed authorization (Ley 1581 de 2012 art. 9, Decreto 1377 de 2013 arts. 5-7): the lead
-- records whether it was given, when, and the version of the privacy notice shown. Leads from before this release
-- never gave it. `erased_at` marks a lead anonymized on the holder's request (art. 8, supresión).
ALTER TABLE "platform_leads" ADD COLUMN "consent_given" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "platform_leads" ADD COLUMN "consent_at" TIMESTAMPTZ(3);
ALTER TABLE "platform_leads" ADD COLUMN "consent_notice_version" TEXT;
ALTER TABLE "platform_leads" ADD COLUMN "erased_at" TIMESTAMPTZ(3);

-- A converted organization is a customer's: it never expires, shows no countdown and is never purged
-- (docs/rules.md#demo-lifecycle). The code now reads it so, and the rows converted before this release are fixed
-- here: expiry warnings still waiting to be sent to a customer are cancelled (their bodies cleared), and a
-- lead whose organization was converted is at the funnel stage "converted".
UPDATE "email_outbox" e SET "status" = 'superseded', "subject" = NULL, "text" = NULL, "html" = NULL
FROM "organizations" o
WHERE o."id" = e."organization_id" AND o."status" = 'converted' AND e."status" = 'pending'
  AND e."kind" IN ('expiry_warning_3d', 'expiry_warning_1d');

UPDATE "platform_leads" l SET "funnel_stage" = 'converted'
FROM "organizations" o
WHERE o."id" = l."organization_id" AND o."status" = 'converted' AND l."funnel_stage" <> 'converted';

-- One demo per email must not be escapable with "+tag" aliases (docs/rules.md#demo-request): users get the canonical
-- address as a unique key. Existing rows are backfilled with the same rule as the app's canonicalEmail().
ALTER TABLE "users" ADD COLUMN "email_key" TEXT;
UPDATE "users" SET "email_key" = regexp_replace("email", '\+[^@]*@', '@');
ALTER TABLE "users" ALTER COLUMN "email_key" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key_key" ON "users"("email_key");

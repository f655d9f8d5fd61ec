-- One-click sign-in link: the emailed login credential gets a second form. The row keeps the code's
-- hash and, next to it, the hash of a 256-bit link token bound to the same email. Using either form
-- consumes the row (consumed_at), so the other stops working too. Null when only a code was issued.
ALTER TABLE "one_time_codes" ADD COLUMN "link_hash" TEXT;

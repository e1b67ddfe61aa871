-- The feed's token kept sealed (AES-256-GCM under a key derived from the app's secret, bound to
-- its user), so settings can show the URL again; lookups still go by "tokenHash". Links made
-- before this have none: settings offers to make a new one.
ALTER TABLE "CalendarFeed" ADD COLUMN "tokenSealed" TEXT;

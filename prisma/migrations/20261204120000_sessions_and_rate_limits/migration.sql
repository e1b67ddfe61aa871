-- Sessions recorded on the server: a session token is honoured only while its row exists, so
-- signing out, "sign out everywhere" and a password change end sessions for real. No data-version
-- trigger on this table: signing in or out does not invalidate the user's cached reads.
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");
CREATE INDEX "AuthSession_createdAt_idx" ON "AuthSession"("createdAt");

ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A disabled account cannot sign in, and its sessions stop working at once.
ALTER TABLE "User" ADD COLUMN "disabledAt" TIMESTAMPTZ(3);

-- Rate limits count attempts per key in a window that opens with the key's first attempt, one
-- row per key, incremented atomically (INSERT … ON CONFLICT DO UPDATE … RETURNING) so parallel
-- attempts cannot overshoot.
DROP TABLE "LoginAttempt";

CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");

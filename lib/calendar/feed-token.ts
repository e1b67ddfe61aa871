// The calendar feed's URL token. Lookups go by its SHA-256; the token itself is kept sealed with
// AES-256-GCM under a key derived (HKDF) from the app's secret and bound to its user, so settings
// can show the URL again while a copied database row, a backup or another instance's data
// yields nothing usable without this instance's secret. No I/O.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

/** A feed token: 32 random bytes in base64url (43 characters, 256 bits). */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/u;
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const newFeedToken = () => randomBytes(32).toString("base64url");

export const hashFeedToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The sealing key (derived when settings shows the link or a link is made: rarely). */
const keyOf = (secret: string) => Buffer.from(hkdfSync("sha256", secret, "offerboard", "calendar-feed-token", 32));

/** `v1.<iv|tag|ciphertext in base64url>`, authenticated together with the owner's id. */
export function sealFeedToken(token: string, userId: string, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/**
 * The token sealed for this user under this secret, or null: another secret, another user, an
 * edited value, or a token whose hash is not `expectedHash` (the row's lookup key).
 */
export function openFeedToken(sealed: string, userId: string, secret: string, expectedHash: string): string | null {
  const [version, payload, extra] = sealed.split(".");
  if (version !== VERSION || !payload || extra !== undefined) return null;
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyOf(secret), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const token = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    return FEED_TOKEN_PATTERN.test(token) && hashFeedToken(token) === expectedHash ? token : null;
  } catch {
    return null;
  }
}

// Where an answer's image comes from: one of the user's uploads (`assets/<file>`, Typora's folder
// next to the .md file, served from /api/assets/<file>), this app (`/api/assets/…`), or another host.
const ASSET_SRC = /^(?:\.\/)?assets\/([^/?#]+)$/u;
const THIS_APP = "https://offerboard.invalid";

/** `assets/1740404861907.png` → `1740404861907.png`, or null for any other src. */
export function assetNameOf(src: unknown): string | null {
  if (typeof src !== "string") return null;
  const match = ASSET_SRC.exec(src);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * The host of an image that would load from outside this app, or null for a same-origin path.
 * Resolved as the browser would (`//host/x`, `\\host/x` and `https:host` all leave the app).
 */
export function remoteHostOf(src: string): string | null {
  let url: URL;
  try {
    url = new URL(src, `${THIS_APP}/page`);
  } catch {
    return null;
  }
  return url.origin === THIS_APP ? null : url.host || url.protocol;
}

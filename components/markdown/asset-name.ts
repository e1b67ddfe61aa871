// Typora keeps a note's images in an `assets/` folder next to the .md file; the notes reference
// them as `assets/<file>`. Uploaded ones are served from /api/assets/<file> (see asset-image.tsx).
const ASSET_SRC = /^(?:\.\/)?assets\/([^/?#]+)$/u;

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

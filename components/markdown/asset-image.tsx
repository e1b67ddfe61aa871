"use client";

// A notes image referenced as `assets/<file>` (Typora's folder next to the .md file): served from
// the user's uploads at /api/assets/<file>; until it is uploaded, a tile names the missing file.
import { ImageOff } from "lucide-react";
import { useEffect, useRef, useState, type ComponentProps } from "react";

import { useTranslations } from "next-intl";

export function AssetImage({ name, alt, ...props }: ComponentProps<"img"> & { name: string }) {
  const t = useTranslations();
  const [missing, setMissing] = useState(false);
  const image = useRef<HTMLImageElement>(null);
  // A server-rendered image can fail before hydration, when onError is not attached yet.
  useEffect(() => {
    const img = image.current;
    if (img?.complete && img.naturalWidth === 0) setMissing(true);
  }, []);
  if (missing) {
    return (
      <span
        role="img"
        aria-label={`${t("import.imageMissing")}: ${name}`}
        className="my-2 inline-flex max-w-full items-center gap-2 rounded-md border border-dashed bg-muted/50 px-3 py-2 align-middle text-xs text-muted-foreground"
      >
        <ImageOff aria-hidden="true" className="size-4 shrink-0" />
        <span className="min-w-0 break-all">
          {t("import.imageMissing")}: <code>{name}</code>
        </span>
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the user's own uploaded image
    <img
      {...props}
      ref={image}
      src={`/api/assets/${encodeURIComponent(name)}`}
      alt={alt ?? name}
      loading="lazy"
      onError={() => setMissing(true)}
    />
  );
}

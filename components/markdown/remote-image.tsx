"use client";

// An image from another host in a note: loading it tells that host who reads the note, when and
// from where. Like a mail client, show a placeholder naming the host; only the reader's click
// creates the real <img> (sent without a referrer), so nothing is fetched before it.
import { ImageDown } from "lucide-react";
import { useState, type ComponentProps } from "react";

import { useTranslations } from "next-intl";

export function RemoteImage({ src, alt, host, ...props }: ComponentProps<"img"> & { src: string; host: string }) {
  const t = useTranslations();
  const [shown, setShown] = useState(false);
  if (shown) {
    // eslint-disable-next-line @next/next/no-img-element -- an image the reader chose to load from its host
    return <img {...props} src={src} alt={alt ?? ""} referrerPolicy="no-referrer" />;
  }
  return (
    <button
      type="button"
      data-remote-image={host}
      title={t("import.externalImageHint", { host })}
      onClick={() => setShown(true)}
      className="my-2 inline-flex max-w-full items-center gap-2 rounded-md border border-dashed bg-muted/50 px-3 py-2 align-middle text-xs text-muted-foreground hover:bg-muted"
    >
      <ImageDown aria-hidden="true" className="size-4 shrink-0" />
      <span className="min-w-0 break-all text-left">
        {t("import.externalImage")} · <code>{host}</code>
        {alt ? <span className="block">{alt}</span> : null}
      </span>
    </button>
  );
}

"use client";

// A file picker in the page's language: a button, the chosen file's name, and a zone a file can be
// dropped on. The real <input type="file"> stays in the page (visually hidden) and takes the
// focus, so Tab, Space/Enter and its <Label> work as with the browser's own control.
import { Upload } from "lucide-react";
import { useEffect, useEffectEvent, useState, type DragEvent, type RefObject } from "react";

import { buttonVariants } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

type TProps = {
  id: string;
  accept: string;
  multiple?: boolean;
  files: readonly File[];
  onFiles: (files: File[]) => void;
  inputRef: RefObject<HTMLInputElement | null>;
};

export function FileDrop({ id, accept, multiple = false, files, onFiles, inputRef }: TProps) {
  const t = useTranslations();
  const [over, setOver] = useState(false);

  // A file picked while the page was still loading is taken once it can be.
  const takePicked = useEffectEvent(() => {
    const picked = inputRef.current?.files;
    if (picked && picked.length > 0) onFiles([...picked]);
  });
  useEffect(() => takePicked(), []);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const dropped = [...event.dataTransfer.files];
    if (dropped.length > 0) onFiles(multiple ? dropped : dropped.slice(0, 1));
  }

  const chosen = files.length === 0 ? t("import.picker.none") : files.length === 1 ? files[0]!.name : t("import.picker.chosen", { count: files.length });
  return (
    <div
      data-testid="drop-zone"
      data-over={over || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={(event) => {
        // Leaving for one of the zone's own elements is still over it.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
      className="flex min-h-10 items-center gap-3 rounded-md border border-dashed px-1 py-0.5 transition-colors data-over:border-primary data-over:bg-primary/5"
    >
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={`${id}-chosen`}
        className="peer sr-only"
        onChange={(event) => onFiles([...(event.target.files ?? [])])}
      />
      <label
        htmlFor={id}
        aria-hidden="true"
        className={cn(
          buttonVariants({ variant: "outline", size: "sm" }),
          "shrink-0 cursor-pointer peer-focus-visible:border-ring peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/50",
        )}
      >
        <Upload aria-hidden="true" />
        {t("import.picker.choose")}
      </label>
      <span id={`${id}-chosen`} className={cn("min-w-0 truncate text-sm", files.length === 0 && "text-muted-foreground")} data-testid="drop-zone-name">
        {over ? t("import.picker.drop") : chosen}
      </span>
    </div>
  );
}

"use client";

import { useState } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTranslations } from "next-intl";

import { UploadCard } from "./upload-card";

/** Image uploads: several images or .zip files of the notes' assets folder. */
export function AssetsCard() {
  const t = useTranslations();
  return (
    <UploadCard<{ saved: number; skipped: number }>
      id="asset-files"
      title={t("import.assets.heading")}
      description={t("import.assets.description")}
      label={t("import.assets.file")}
      action={t("import.assets.action")}
      busy={t("import.assets.uploading")}
      accept="image/png,image/jpeg,image/gif,image/webp,.zip,application/zip"
      multiple
      url="/api/assets"
      field="files"
      success={(d) => [t("import.assets.done", { count: d.saved }), d.skipped > 0 ? t("import.assets.skipped", { count: d.skipped }) : ""].join(" ").trim()}
    />
  );
}

/** Restore from a JSON backup, after a confirmation naming the file. */
export function RestoreCard() {
  const t = useTranslations();
  const [asking, setAsking] = useState<{ file: string; answer: (ok: boolean) => void } | null>(null);
  const confirm = (files: File[]) =>
    new Promise<boolean>((resolve) => setAsking({ file: files[0]?.name ?? "", answer: resolve }));
  const answer = (ok: boolean) => {
    asking?.answer(ok);
    setAsking(null);
  };
  return (
    <>
      <UploadCard<{ restored: number }>
        id="backup-file"
        title={t("import.restore.heading")}
        description={t("import.restore.description")}
        label={t("import.restore.file")}
        action={t("import.restore.action")}
        busy={t("import.restore.restoring")}
        accept=".json,application/json"
        url="/api/import/restore"
        field="file"
        confirm={confirm}
        success={(d) => t("import.restore.done", { count: d.restored })}
      />
      <ConfirmDialog
        open={asking !== null}
        onOpenChange={(open) => (open ? null : answer(false))}
        title={t("import.restore.confirmTitle")}
        description={t("import.restore.confirmBody", { file: asking?.file ?? "" })}
        confirm={t("import.restore.action")}
        destructive={false}
        onConfirm={() => answer(true)}
      />
    </>
  );
}

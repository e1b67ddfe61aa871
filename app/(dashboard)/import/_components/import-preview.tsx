"use client";

import { AlertTriangle, GitMerge, Info } from "lucide-react";
import type { ReactNode } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useFormatter, useTranslations } from "next-intl";
import type { TPlanCounts } from "@/lib/notes/plan-import";
import type { TNotesMessage } from "@/lib/notes/types";
import type { TImportReport } from "@/lib/services/import";

const KINDS = ["sets", "questions", "companies", "applications", "stageEvents"] as const satisfies readonly (keyof TPlanCounts)[];
const TIERS = ["S", "A", "B", "C", "N"] as const;

export const mergeKey = (m: { a: string; b: string }) => `${m.a}\u0000${m.b}`;

function Stat({ label, value, id, detail }: { label: string; value: number; id: string; detail?: string }) {
  return (
    <div className="rounded-lg border p-3">
      <div className="text-xs text-muted-foreground">{label}</div>
      <div className="text-2xl font-semibold tabular-nums" data-testid={`preview-${id}`}>{value}</div>
      {detail ? <div className="mt-1 text-xs break-words text-muted-foreground">{detail}</div> : null}
    </div>
  );
}

/** A part of the preview under its small heading, which an icon may lead. */
function PreviewSection({ id, title, icon, className = "space-y-3", children }: { id: string; title: string; icon?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h3 id={id} className={icon ? "flex items-center gap-2 text-sm font-medium" : "text-sm font-medium"}>
        {icon}
        {title}
      </h3>
      {children}
    </section>
  );
}

type TProps = {
  report: TImportReport;
  decisions: ReadonlyMap<string, boolean>;
  onDecide: (key: string, accept: boolean) => void;
  /** Merge every suggestion not marked to merge yet (also those answered "keep apart"). */
  onAcceptAll: (keys: readonly string[]) => void;
  disabled: boolean;
};

/** The preview of an import: what the file holds, what would change, merges to answer, conflicts, warnings. */
export function ImportPreview({ report, decisions, onDecide, onAcceptAll, disabled }: TProps) {
  const t = useTranslations();
  const format = useFormatter();
  const say = (messages: readonly TNotesMessage[]) => messages.map((m) => t(`notes.${m.key}`, m.params)).join(" ");
  const s = report.summary;
  const untiered = s.companies - s.tierListCompanies;
  const fromAnnotations = report.applicationsFromAnnotations;
  const unmerged = report.suggestedMerges.map(mergeKey).filter((key) => decisions.get(key) !== true);
  const tiers = [...TIERS.map((tier) => `${tier} ${s.companiesByTier[tier]}`), `${t("import.preview.untiered")} ${untiered}`].join(" · ");
  return (
    <div className="space-y-6">
      <PreviewSection id="preview-in-file" title={t("import.preview.inFile")}>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <Stat id="sets" label={t("import.preview.sets")} value={s.sets} />
          <Stat
            id="questions"
            label={t("import.preview.questions")}
            value={s.questions}
            detail={`${t("import.preview.placeholders")} ${s.placeholders} · ${t("import.preview.starred")} ${s.starred}`}
          />
          <Stat id="companies" label={t("import.preview.companies")} value={s.companies} detail={tiers} />
          <Stat
            id="applications"
            label={t("import.preview.applications")}
            value={s.applications}
            detail={fromAnnotations > 0 ? t("import.preview.fromAnnotations", { count: fromAnnotations }) : undefined}
          />
          <Stat id="stageEvents" label={t("import.preview.stageEvents")} value={s.stageEvents} />
        </div>
      </PreviewSection>

      <PreviewSection id="preview-changes" title={t("import.preview.changes")}>
        {report.previousImportAt ? (
          <p className="flex items-start gap-2 text-sm text-muted-foreground">
            <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t("import.preview.previousImport", { date: format.dateTime(new Date(report.previousImportAt), "dateTime") })}
          </p>
        ) : null}
        {report.nothingChanged ? (
          <p role="status" data-testid="nothing-changed" className="rounded-md border border-dashed p-3 text-sm">
            {t("import.preview.nothingChanged")}
          </p>
        ) : null}
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium" />
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("import.preview.created")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("import.preview.updated")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("import.preview.unchanged")}</th>
              </tr>
            </thead>
            <tbody>
              {KINDS.map((kind) => (
                <tr key={kind} className="border-t">
                  <th scope="row" className="px-3 py-2 text-left font-normal">{t(`import.preview.${kind}`)}</th>
                  <td className="px-3 py-2 text-right tabular-nums" data-testid={`created-${kind}`}>{report.created[kind]}</td>
                  <td className="px-3 py-2 text-right tabular-nums" data-testid={`updated-${kind}`}>{report.updated[kind]}</td>
                  <td className="px-3 py-2 text-right tabular-nums text-muted-foreground">{report.unchanged[kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {fromAnnotations > 0 && report.created.applications > 0 ? (
          <p className="flex items-start gap-2 text-sm text-muted-foreground" data-testid="annotations-note">
            <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t("import.preview.fromAnnotationsNote", { count: fromAnnotations })}
          </p>
        ) : null}
      </PreviewSection>

      {report.suggestedMerges.length > 0 ? (
        <PreviewSection
          id="preview-merges"
          icon={<GitMerge aria-hidden="true" className="size-4" />}
          title={t("import.preview.merges", { count: report.suggestedMerges.length })}
        >
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
            <p className="text-sm text-muted-foreground">{t("import.preview.mergesHint")}</p>
            <Button size="sm" variant="outline" className="shrink-0" disabled={disabled || unmerged.length === 0} onClick={() => onAcceptAll(unmerged)}>
              <GitMerge aria-hidden="true" />
              {t("import.preview.acceptAll")}
            </Button>
          </div>
          <ul className="divide-y rounded-lg border">
            {report.suggestedMerges.map((m) => {
              const key = mergeKey(m);
              const decision = decisions.get(key);
              return (
                <li key={key} data-testid="merge" className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0 space-y-1">
                    <div className="font-medium break-words">
                      {m.a}
                      {m.existing ? <Badge variant="secondary" className="ml-2">{t("import.preview.mergeExisting")}</Badge> : null}
                      <span className="mx-2 text-muted-foreground">⇄</span>
                      {m.b}
                    </div>
                    <div className="text-xs break-words text-muted-foreground">{say([m.reason])}</div>
                    {m.conflict ? <div className="text-xs break-words text-amber-700 dark:text-amber-400">{say(m.conflict)}</div> : null}
                  </div>
                  <div className="flex shrink-0 gap-2" role="group" aria-label={`${m.a} ⇄ ${m.b}`}>
                    <Button size="sm" variant={decision === true ? "default" : "outline"} aria-pressed={decision === true} disabled={disabled} onClick={() => onDecide(key, true)}>
                      {decision === true ? t("import.preview.accepted") : t("import.preview.accept")}
                    </Button>
                    <Button size="sm" variant={decision === false ? "secondary" : "outline"} aria-pressed={decision === false} disabled={disabled} onClick={() => onDecide(key, false)}>
                      {decision === false ? t("import.preview.rejected") : t("import.preview.reject")}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </PreviewSection>
      ) : null}

      {report.conflicts.length > 0 ? (
        <PreviewSection
          id="preview-conflicts"
          icon={<AlertTriangle aria-hidden="true" className="size-4 text-amber-600" />}
          title={t("import.preview.conflicts", { count: report.conflicts.length })}
          className="space-y-2"
        >
          <ul className="space-y-1 text-sm">
            {report.conflicts.map((c, i) => (
              <li key={i} className="break-words">
                <span className="text-muted-foreground">{t("import.preview.line", { line: c.line })}</span> · <strong>{c.companyName}</strong>: {say(c.reasons)}
              </li>
            ))}
          </ul>
        </PreviewSection>
      ) : null}

      {report.warnings.length > 0 ? (
        <details className="rounded-lg border p-3 text-sm">
          <summary className="cursor-pointer font-medium">{t("import.preview.warnings", { count: report.warnings.length })}</summary>
          <ul className="mt-2 space-y-1">
            {report.warnings.map((w, i) => (
              <li key={i} className="break-words">
                <span className="text-muted-foreground">{t("import.preview.line", { line: w.line })}</span> · {say([w])}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

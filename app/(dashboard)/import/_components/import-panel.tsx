"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormDescription, FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { useTranslations } from "next-intl";
import type { TImportReport } from "@/lib/services/import";

import { FileDrop } from "./file-drop";
import { ImportPreview, mergeKey } from "./import-preview";
import { postForm } from "./post-form";

const sum = (c: TImportReport["created"]) => c.sets + c.questions + c.companies + c.applications + c.stageEvents;

/** Upload notes → preview (merges answered one by one) → confirm; the result links to the data. */
export function ImportPanel({ defaultYear }: { defaultYear: number }) {
  const t = useTranslations();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState(String(defaultYear));
  const [report, setReport] = useState<TImportReport | null>(null);
  const [result, setResult] = useState<TImportReport | null>(null);
  const [decisions, setDecisions] = useState<Map<string, boolean>>(new Map());
  const [pending, setPending] = useState<"preview" | "apply" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(mode: "preview" | "apply", chosen: ReadonlyMap<string, boolean>) {
    if (!file) {
      setError(t("import.errors.noFile"));
      return;
    }
    const form = new FormData();
    form.set("file", file);
    form.set("year", year);
    form.set("mode", mode);
    const answered = [...chosen].map(([key, accept]) => {
      const [a = "", b = ""] = key.split("\u0000");
      return { a, b, accept };
    });
    form.set("decisions", JSON.stringify(answered));
    setPending(mode);
    setError(null);
    const request = (latest.current += 1);
    const response = await postForm<TImportReport>("/api/import", form, t("errors.INTERNAL"));
    if (request !== latest.current) return;
    setPending(null);
    if (!response.ok) {
      setError(response.message);
      if (mode === "apply") toast.error(response.message);
      return;
    }
    if (mode === "preview") {
      setReport(response.data);
      setResult(null);
      return;
    }
    setReport(null);
    setResult(response.data);
    setDecisions(new Map());
    toast.success(
      response.data.nothingChanged
        ? t("import.result.nothingChanged")
        : t("import.result.done", { created: sum(response.data.created), updated: sum(response.data.updated) }),
    );
    router.refresh();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDecisions(new Map());
    void send("preview", new Map());
  }

  function decide(key: string, accept: boolean) {
    const next = new Map(decisions).set(key, accept);
    setDecisions(next);
    void send("preview", next);
  }

  function acceptAll(keys: readonly string[]) {
    const next = new Map(decisions);
    for (const key of keys) next.set(key, true);
    setDecisions(next);
    void send("preview", next);
  }

  function reset() {
    setReport(null);
    setDecisions(new Map());
    setFile(null);
    setError(null);
    if (fileInput.current) fileInput.current.value = "";
  }

  const undecided = report ? report.suggestedMerges.filter((m) => !decisions.has(mergeKey(m))).length : 0;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("import.upload.heading")}</CardTitle>
        <CardDescription>{t("import.upload.hint")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        <form onSubmit={onSubmit} className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
          <div className="space-y-2">
            <Label htmlFor="notes-file">{t("import.upload.file")}</Label>
            <FileDrop
              id="notes-file"
              inputRef={fileInput}
              accept=".md,.markdown,.txt,text/markdown,text/plain"
              files={file ? [file] : []}
              onFiles={(files) => {
                setFile(files[0] ?? null);
                setReport(null);
                setResult(null);
                setError(null);
              }}
            />
          </div>
          <div className="space-y-2">
            <Label htmlFor="season-year">{t("import.upload.year")}</Label>
            <Input id="season-year" name="year" type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} aria-describedby="season-year-hint" />
          </div>
          <Button type="submit" disabled={!file || pending !== null}>
            {pending === "preview" ? <Spinner /> : null}
            {pending === "preview" ? t("import.upload.previewing") : t("import.upload.preview")}
          </Button>
          <FormDescription id="season-year-hint" className="sm:col-span-3">{t("import.upload.yearHint")}</FormDescription>
        </form>
        <FormMessage role="alert" messages={error} />
        {report ? (
          <div aria-live="polite" className="space-y-4 border-t pt-6">
            <h2 className="font-semibold break-words">{t("import.preview.heading", { file: report.fileName })}</h2>
            <ImportPreview report={report} decisions={decisions} onDecide={decide} onAcceptAll={acceptAll} disabled={pending !== null} />
          </div>
        ) : null}
        {result ? (
          <div role="status" data-testid="import-result" className="space-y-3 rounded-lg border bg-muted/30 p-4">
            <p className="font-medium">
              {result.nothingChanged
                ? t("import.result.nothingChanged")
                : t("import.result.done", { created: sum(result.created), updated: sum(result.updated) })}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button asChild size="sm" variant="outline"><Link href="/questions">{t("import.result.viewQuestions")}</Link></Button>
              <Button asChild size="sm" variant="outline"><Link href="/companies">{t("import.result.viewCompanies")}</Link></Button>
            </div>
          </div>
        ) : null}
      </CardContent>
      {report && !report.nothingChanged ? (
        <CardFooter className="flex-col items-stretch gap-2 sm:flex-row sm:items-center sm:justify-end">
          {undecided > 0 ? <p className="text-sm text-muted-foreground sm:mr-auto">{t("import.preview.pendingMerges", { count: undecided })}</p> : null}
          <Button variant="ghost" onClick={reset} disabled={pending !== null}>{t("import.preview.cancel")}</Button>
          <Button onClick={() => void send("apply", decisions)} disabled={pending !== null || undecided > 0} data-testid="confirm-import">
            {pending === "apply" ? <Spinner /> : null}
            {pending === "apply" ? t("import.preview.importing") : t("import.preview.confirm")}
          </Button>
        </CardFooter>
      ) : null}
    </Card>
  );
}

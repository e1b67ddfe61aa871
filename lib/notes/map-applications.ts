import { deriveApplicationState, withdrawnAtOf } from "@/lib/applications/derive";
import type { TApplicationState } from "@/lib/applications/types";

import type {
  TApplicationOp,
  TCompanyRef,
  TExistingApplication,
  TExistingEvent,
  TNewEvent,
} from "./map-types";
import type { TParsedApplication, TParsedCompany, TWarning } from "./types";

type TFileApplication = { companyName: string; line: number; events: TNewEvent[] };

const event = (e: Omit<TNewEvent, "happenedAt" | "notes"> & Partial<TNewEvent>): TNewEvent => ({
  happenedAt: null,
  notes: "",
  ...e,
});

function fromPipeline(app: TParsedApplication): TFileApplication {
  const events = app.events.map((e, position) =>
    event({ position, stage: e.stage, label: e.label, scheduledAt: e.scheduledAt, result: e.result, notes: e.notes }),
  );
  return { companyName: app.companyName, line: app.line, events };
}

/**
 * The status a tier-list annotation states, as events, for a company the pipeline block does not
 * list (where it does, the pipeline wins): `X` rejected after applying, `测评` at assessment, `投` applied.
 */
function eventsFromAnnotations(company: TParsedCompany): TNewEvent[] {
  const at = company.dates[0] ?? null;
  if (company.rejected) return [event({ position: 0, stage: "APPLIED", label: "投递", scheduledAt: null, happenedAt: at, result: "FAILED" })];
  if (company.assessment) {
    return [
      event({ position: 0, stage: "APPLIED", label: "投递", scheduledAt: null, happenedAt: at, result: "PASSED" }),
      event({ position: 1, stage: "ASSESSMENT", label: "测评", scheduledAt: null, result: "PENDING" }),
    ];
  }
  if (company.applied) return [event({ position: 0, stage: "APPLIED", label: "投递", scheduledAt: null, happenedAt: at, result: "PENDING" })];
  return [];
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

function stateOf(events: readonly TNewEvent[], withdrawnAt: Date | null): TApplicationState {
  return deriveApplicationState(events, { withdrawnAt });
}

function compare(file: TFileApplication, stored: TExistingApplication, warnings: TWarning[]): TApplicationOp {
  const existing = [...stored.events].sort((a, b) => a.position - b.position);
  if (existing.length > file.events.length) return { kind: "unchanged", id: stored.id };
  const updateEvents: { id: string; data: Partial<TNewEvent> }[] = [];
  const merged: (TExistingEvent | TNewEvent)[] = [];
  for (const [i, had] of existing.entries()) {
    const next = file.events[i];
    if (!next || next.stage !== had.stage) {
      warnings.push({ key: "warnings.stagesDiffer", params: { company: file.companyName }, line: file.line });
      return { kind: "unchanged", id: stored.id };
    }
    const data: Partial<TNewEvent> = {};
    if (next.label !== had.label) data.label = next.label;
    if (!sameTime(next.scheduledAt, had.scheduledAt) && next.scheduledAt !== null) data.scheduledAt = next.scheduledAt;
    if (next.result !== had.result) data.result = next.result;
    if (next.notes !== had.notes && next.notes !== "") data.notes = next.notes;
    if (Object.keys(data).length > 0) updateEvents.push({ id: had.id, data });
    merged.push({ ...had, ...data });
  }
  const lastPosition = existing.at(-1)?.position ?? -1;
  const createEvents = file.events.slice(existing.length).map((e, i) => ({ ...e, position: lastPosition + 1 + i }));
  if (updateEvents.length === 0 && createEvents.length === 0) return { kind: "unchanged", id: stored.id };
  const withdrawnAt = withdrawnAtOf(stored, stored.closedAt ?? new Date(0));
  return { kind: "update", id: stored.id, state: stateOf([...merged, ...createEvents], withdrawnAt), createEvents, updateEvents };
}

const refKey = (ref: TCompanyRef) => (ref.id !== undefined ? `id:${ref.id}` : `key:${ref.key}`);

/**
 * The file's applications (pipeline entries, then tier-list annotations of companies the pipeline
 * does not name) against the account's. The n-th application of a company in the file pairs with
 * the company's n-th stored one; stored events are updated in place and new ones appended, never
 * removed. An application the person moved further in the app than the file says is left alone.
 */
export function mapApplications(
  applications: readonly TParsedApplication[],
  companies: readonly TParsedCompany[],
  resolve: (name: string) => TCompanyRef | null,
  stored: readonly TExistingApplication[],
): { ops: TApplicationOp[]; warnings: TWarning[]; fromAnnotations: number } {
  const warnings: TWarning[] = [];
  const file: { ref: TCompanyRef; app: TFileApplication }[] = [];
  for (const app of applications) {
    const ref = resolve(app.companyName);
    if (ref) file.push({ ref, app: fromPipeline(app) });
    else warnings.push({ key: "warnings.noCompany", params: { company: app.companyName }, line: app.line });
  }
  const withPipeline = new Set(file.map((f) => refKey(f.ref)));
  let fromAnnotations = 0;
  for (const company of companies) {
    const ref = resolve(company.name);
    if (!ref || company.tier === null || withPipeline.has(refKey(ref))) continue;
    const events = eventsFromAnnotations(company);
    if (events.length === 0) continue;
    fromAnnotations += 1;
    file.push({ ref, app: { companyName: company.name, line: company.line, events } });
  }

  const storedByCompany = new Map<string, TExistingApplication[]>();
  for (const a of [...stored].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime())) {
    const list = storedByCompany.get(a.companyId);
    if (list) list.push(a);
    else storedByCompany.set(a.companyId, [a]);
  }
  const seen = new Map<string, number>();
  const ops: TApplicationOp[] = [];
  for (const { ref, app } of file) {
    const key = refKey(ref);
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const match = ref.id !== undefined ? storedByCompany.get(ref.id)?.[nth] : undefined;
    if (match) ops.push(compare(app, match, warnings));
    else ops.push({ kind: "create", company: ref, state: stateOf(app.events, null), events: app.events });
  }
  return { ops, warnings, fromAnnotations };
}

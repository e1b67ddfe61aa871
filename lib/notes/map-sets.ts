import type { TExistingQuestion, TExistingSet, TQuestionData, TSetData, TSetOp } from "./map-types";
import type { TParsedQuestion, TParsedSet } from "./types";

function questionData(question: TParsedQuestion): TQuestionData {
  const { line, ...data } = question;
  return data;
}

/**
 * Pairs the file's questions with the set's stored ones: same content hash (as last imported) at
 * the same position, then anywhere (moved), then same position and written number (edited in the
 * file). Unpaired stored questions are the person's own and are left alone.
 */
function pairQuestions(
  parsed: readonly TParsedQuestion[],
  stored: readonly TExistingQuestion[],
): Map<TParsedQuestion, TExistingQuestion> {
  const pairs = new Map<TParsedQuestion, TExistingQuestion>();
  const used = new Set<TExistingQuestion>();
  const byHash = new Map<string, TExistingQuestion[]>();
  for (const q of [...stored].sort((a, b) => a.position - b.position)) {
    const list = byHash.get(q.importedHash);
    if (list) list.push(q);
    else byHash.set(q.importedHash, [q]);
  }
  const take = (q: TParsedQuestion, match: (s: TExistingQuestion) => boolean, pool: readonly TExistingQuestion[]) => {
    const hit = pool.find((s) => !used.has(s) && match(s));
    if (!hit) return;
    pairs.set(q, hit);
    used.add(hit);
  };
  for (const q of parsed) take(q, (s) => s.position === q.position, byHash.get(q.contentHash) ?? []);
  for (const q of parsed) if (!pairs.has(q)) take(q, () => true, byHash.get(q.contentHash) ?? []);
  for (const q of parsed) {
    if (!pairs.has(q)) take(q, (s) => s.position === q.position && s.number === q.number, stored);
  }
  return pairs;
}

function questionChanges(next: TQuestionData, stored: TExistingQuestion): Partial<TQuestionData> {
  const changes: Partial<TQuestionData> = {};
  // The file changed this question since the last import (an edit made in the app alone is kept).
  if (next.contentHash !== stored.importedHash) {
    Object.assign(changes, {
      title: next.title,
      answerMd: next.answerMd,
      stars: next.stars,
      placeholder: next.placeholder,
      contentHash: next.contentHash,
    });
  }
  if (next.position !== stored.position) changes.position = next.position;
  if (next.number !== stored.number) changes.number = next.number;
  return changes;
}

/**
 * One parsed set against the account's set of the same slug (or none). The op's kind is about the
 * set's own row; its questions are created/updated/left alone one by one.
 */
export function mapSet(set: TParsedSet, stored: TExistingSet | undefined, sortOrder: number): TSetOp {
  const data: TSetData = { title: set.title, slug: set.slug, kind: set.kind, notes: set.notes, sortOrder };
  if (!stored) return { kind: "create", data, questions: set.questions.map(questionData) };
  const setChanges: Partial<Omit<TSetData, "slug" | "sortOrder">> = {};
  if (set.title !== stored.title) setChanges.title = set.title;
  if (set.kind !== stored.kind) setChanges.kind = set.kind;
  if (set.notes !== stored.notes) setChanges.notes = set.notes;

  const pairs = pairQuestions(set.questions, stored.questions);
  const createQuestions: TQuestionData[] = [];
  const updateQuestions: { id: string; data: Partial<TQuestionData> }[] = [];
  let unchangedQuestions = 0;
  const importedHashes: Record<string, string> = {};
  for (const q of set.questions) {
    const next = questionData(q);
    const hit = pairs.get(q);
    if (!hit) {
      createQuestions.push(next);
      continue;
    }
    importedHashes[hit.id] = next.contentHash;
    const changes = questionChanges(next, hit);
    if (Object.keys(changes).length === 0) unchangedQuestions += 1;
    else updateQuestions.push({ id: hit.id, data: changes });
  }
  return {
    kind: Object.keys(setChanges).length > 0 ? "update" : "unchanged",
    id: stored.id,
    data: setChanges,
    createQuestions,
    updateQuestions,
    unchangedQuestions,
    importedHashes,
  };
}

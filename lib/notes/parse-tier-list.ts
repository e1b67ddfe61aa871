import { normalizeCompanyName } from "@/lib/companies/normalize-name";

import { parseLocalDate } from "./time";
import type { Tier } from "@/lib/generated/prisma/enums";

import type { TTierCompany, TWarning } from "./types";

export type TDateContext = { year: number; timeZone: string; warnings: TWarning[] };

const TIER_LINE = /^[ \t]*(?:\*\*)?([SABCN])(?:\*\*)?[ \t]*(?:([:：])[ \t]*|[ \t]+|$)(.*)$/u;

/**
 * `S`, `**A**`, `B：腾讯、…`, `C 网易、…` → the tier and whatever follows on the same line. Text after
 * a bare space must be a `、` list (so `C 语言基础` is not a tier line).
 */
export function parseTierLine(text: string): { tier: Tier; rest: string } | null {
  const m = TIER_LINE.exec(text);
  if (!m) return null;
  const rest = (m[3] ?? "").trim();
  if (rest !== "" && m[2] === undefined && !rest.includes("、")) return null;
  return { tier: (m[1] ?? "N") as Tier, rest };
}

const OPEN = new Set(["(", "（"]);
const CLOSE = new Set([")", "）"]);

/** Splits at `sep` characters outside parentheses (slices by index: parentheses and separators are single UTF-16 units). */
export function splitOutsideParens(text: string, seps: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (OPEN.has(ch)) depth += 1;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.has(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const COMPANY_SEPARATORS = new Set(["、", "，", ",", "；", ";"]);

/** `新浪（X）`, `快手(复活甲,投递)` → the name and its annotations; null when parentheses are unbalanced. */
function parseCompanyToken(token: string): { name: string; annotations: string[] } | null {
  const annotations: string[] = [];
  const nameRuns: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < token.length; i += 1) {
    const ch = token.charAt(i);
    if (OPEN.has(ch)) {
      if (depth === 0) {
        nameRuns.push(token.slice(start, i));
        start = i + 1;
      }
      depth += 1;
    } else if (CLOSE.has(ch)) {
      if (depth === 0) return null;
      depth -= 1;
      if (depth === 0) {
        for (const a of token.slice(start, i).split(/[,，、;；\s]+/u)) if (a.trim() !== "") annotations.push(a.trim());
        start = i + 1;
      }
    }
  }
  if (depth !== 0) return null;
  nameRuns.push(token.slice(start));
  return { name: nameRuns.join("").replace(/\*\*/gu, "").trim(), annotations };
}

function applyAnnotation(company: TTierCompany, annotation: string, ctx: TDateContext): void {
  const a = annotation.normalize("NFKC").trim();
  if (/^(?:x|×|✗|✘|挂|挂了|拒|凉)$/iu.test(a)) company.rejected = true;
  else if (/^(?:投|投递|已投|网申|内推)$/u.test(a)) company.applied = true;
  else if (/^(?:测评|待测评)$/u.test(a)) company.assessment = true;
  else if (a === "复活甲") company.revival = true;
  else if (/^(?:无|无岗|没岗|无hc)$/iu.test(a)) company.noOpening = true;
  else {
    const date = parseLocalDate(a, ctx.year, ctx.timeZone);
    if (date) company.dates.push(date);
    else {
      company.unknownAnnotations.push(annotation);
      ctx.warnings.push({ key: "warnings.unknownAnnotation", params: { annotation, company: company.name }, line: company.line });
    }
  }
}

/** One line of companies for `tier`: `阿里巴巴、腾讯(复活甲)、新浪（X）、`. */
export function parseCompanyLine(text: string, tier: Tier, line: number, ctx: TDateContext): TTierCompany[] {
  const companies: TTierCompany[] = [];
  for (const raw of splitOutsideParens(text, COMPANY_SEPARATORS)) {
    const token = raw.trim();
    if (token === "") continue;
    const parsed = parseCompanyToken(token);
    if (!parsed) {
      ctx.warnings.push({ key: "warnings.unbalancedParens", params: { token }, line });
    } else if (parsed.name === "") {
      ctx.warnings.push({ key: "warnings.annotationsWithoutName", params: { token }, line });
      continue;
    }
    const name = parsed ? parsed.name : token.replace(/[()（）*]/gu, "").trim();
    if (name === "") continue;
    const company: TTierCompany = {
      name,
      normalizedName: normalizeCompanyName(name),
      tier,
      rejected: false,
      applied: false,
      assessment: false,
      revival: false,
      noOpening: false,
      dates: [],
      unknownAnnotations: [],
      annotations: parsed?.annotations ?? [],
      line,
    };
    for (const annotation of company.annotations) applyAnnotation(company, annotation, ctx);
    companies.push(company);
  }
  return companies;
}

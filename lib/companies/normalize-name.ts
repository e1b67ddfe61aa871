/**
 * Company names as people write them (`饿了么` / `饿了吗`, `海康` / `海康威视`, `B站` / `Bilibili`):
 * a conservative normalized key for exact matching, and near-match suggestions that are never
 * merged without the user's confirmation. Pure functions.
 */

import type { TNotesMessage } from "@/lib/notes/types";

/** Legal-form suffixes dropped from the key (only when something of 2+ characters remains). */
const CN_LEGAL_SUFFIXES = ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];
// `(?<![\s,])`: a match can only start where a run of spaces/commas starts, so each run is
// scanned once (without it, a long run of spaces is rescanned from every position in it).
const EN_LEGAL_SUFFIX = /(?<![\s,])[\s,]+(?:inc|ltd|llc|co|corp|corporation|limited|group|company)\.?$/iu;
const REGION_QUALIFIER = /[(（]\s*(?:中国|china|北京|上海|深圳|杭州|广州|成都|南京|武汉|西安)\s*[)）]/giu;

/**
 * The key two spellings must share to be the same company: NFKC (full-width → half-width),
 * lower case, without whitespace, punctuation, symbols, a `(中国)`-style region qualifier and
 * legal-form suffixes (`有限公司`, `集团`, `Inc.` …). Business words (`科技`, `游戏`) are kept.
 */
export function normalizeCompanyName(name: string): string {
  return companyKey(name, false);
}

/**
 * The same key with the region qualifier kept: `字节跳动（北京）` is then another company than
 * `字节跳动` (a branch the person chose to keep on its own).
 */
export function normalizeCompanyNameWithRegion(name: string): string {
  return companyKey(name, true);
}

function companyKey(name: string, keepRegion: boolean): string {
  const folded = name.normalize("NFKC").toLowerCase();
  let s = (keepRegion ? folded : folded.replace(REGION_QUALIFIER, "")).trim();
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(EN_LEGAL_SUFFIX, "").trim();
  }
  s = s.replace(/[\s\p{P}\p{S}]+/gu, "");
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of CN_LEGAL_SUFFIXES) {
      if (s.endsWith(suffix) && [...s].length - [...suffix].length >= 2) {
        s = s.slice(0, s.length - suffix.length);
        changed = true;
      }
    }
  }
  if (s !== "") return s;
  return name.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
}

/** Well-known companies written in several ways. Each group is one company. */
const BUILTIN_COMPANY_ALIASES: readonly (readonly string[])[] = [
  ["B站", "哔哩哔哩", "Bilibili", "bili"],
  ["阿里", "阿里巴巴", "Alibaba"],
  ["蚂蚁", "蚂蚁金服", "Ant Group", "蚂蚁集团"],
  ["字节", "字节跳动", "ByteDance", "抖音"],
  ["腾讯", "Tencent", "鹅厂"],
  ["京东", "JD", "JD.com"],
  ["美团", "Meituan"],
  ["网易", "NetEase"],
  ["华为", "Huawei"],
  ["百度", "Baidu"],
  ["快手", "Kuaishou"],
  ["拼多多", "PDD", "Temu"],
  ["小米", "Xiaomi"],
  ["滴滴", "DiDi", "滴滴出行"],
  ["饿了么", "Ele.me", "eleme"],
  ["小红书", "RedNote", "XHS"],
  ["海康", "海康威视", "Hikvision"],
  ["大疆", "DJI"],
  ["米哈游", "miHoYo", "HoYoverse"],
  ["高通", "Qualcomm"],
  ["携程", "Ctrip", "Trip.com"],
  ["去哪儿", "Qunar"],
  ["爱奇艺", "iQIYI"],
  ["知乎", "Zhihu"],
  ["微软", "Microsoft"],
  ["谷歌", "Google"],
  ["亚马逊", "Amazon"],
  ["商汤", "商汤科技", "SenseTime"],
  ["旷视", "旷视科技", "Megvii"],
  ["科大讯飞", "讯飞", "iFlytek"],
  ["平安", "中国平安", "Ping An"],
  ["交通银行", "交行", "BOCOM"],
];

const aliasGroupByKey: ReadonlyMap<string, number> = new Map(
  BUILTIN_COMPANY_ALIASES.flatMap((group, index) => group.map((n) => [normalizeCompanyName(n), index] as const)),
);

type TNearMatchKind = "ALIAS" | "CONTAINS" | "SIMILAR";
type TNearMatch = { candidate: string; kind: TNearMatchKind; reason: TNotesMessage };

/** Edit distance of `a` and `b` when it is at most `max`, else `max + 1`: a band of the table, O(n·max). */
function editDistanceUpTo(a: readonly string[], b: readonly string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const far = max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : far));
  for (let i = 1; i <= a.length; i += 1) {
    const row = Array<number>(b.length + 1).fill(far);
    row[0] = i <= max ? i : far;
    let best = row[0];
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(far, (prev[j] ?? far) + 1, (row[j - 1] ?? far) + 1, (prev[j - 1] ?? far) + cost);
      best = Math.min(best, row[j] ?? far);
    }
    if (best > max) return far;
    prev = row;
  }
  return prev[b.length] ?? far;
}

/** Keys longer than this are no company's name: not compared (keeps each comparison cheap). */
const NEAR_MATCH_MAX_LENGTH = 100;

const isAscii = (s: string) => /^[\x00-\x7f]*$/u.test(s);

/** How `a` and `b` (both already normalized, not equal) are near each other, or null. */
export function nearMatchBetween(a: string, b: string): Omit<TNearMatch, "candidate"> | null {
  if (a === b || a === "" || b === "" || a.length > NEAR_MATCH_MAX_LENGTH || b.length > NEAR_MATCH_MAX_LENGTH) return null;
  const groupA = aliasGroupByKey.get(a);
  if (groupA !== undefined && groupA === aliasGroupByKey.get(b)) {
    return { kind: "ALIAS", reason: { key: "merges.alias", params: { names: (BUILTIN_COMPANY_ALIASES[groupA] ?? []).join(" = ") } } };
  }
  const [short, long] = [...a].length <= [...b].length ? [a, b] : [b, a];
  const shortLength = [...short].length;
  if (long.includes(short) && shortLength >= (isAscii(short) ? 3 : 2)) {
    return { kind: "CONTAINS", reason: { key: "merges.contains", params: { long, short } } };
  }
  const distance = editDistanceUpTo([...a], [...b], 2);
  if ((distance === 1 && shortLength >= 3) || (distance === 2 && shortLength >= 6)) {
    return { kind: "SIMILAR", reason: { key: "merges.similar", params: { count: distance } } };
  }
  return null;
}

const KIND_ORDER: Record<TNearMatchKind, number> = { ALIAS: 0, CONTAINS: 1, SIMILAR: 2 };

/**
 * How many name pairs one import compares for near matches. Real notes compare a few thousand;
 * a file with hundreds of thousands of companies would otherwise take minutes (pairs grow with
 * the square of the names). Past it, no more suggestions are made and the import says so.
 */
export const NEAR_MATCH_PAIR_BUDGET = 250_000;
type TNearMatchBudget = { pairsLeft: number };

/** A name to compare with its normalized key, computed once however many names it is compared with. */
type TNearCandidate = { name: string; key: string };
export const nearCandidates = (names: readonly string[]): TNearCandidate[] =>
  names.map((name) => ({ name, key: normalizeCompanyName(name) }));

/**
 * Candidates that are probably the same company as `name` but do not share its normalized key.
 * Suggestions only: callers must ask the user before merging. Exact matches are not returned.
 * With a `budget`, each candidate compared spends one pair; none are compared once it is spent.
 */
export function findNearMatches(name: string, candidates: readonly TNearCandidate[], budget?: TNearMatchBudget): TNearMatch[] {
  const key = normalizeCompanyName(name);
  const matches: TNearMatch[] = [];
  const seen = new Set<string>();
  for (const { name: candidate, key: candidateKey } of candidates) {
    if (budget) {
      if (budget.pairsLeft <= 0) break;
      budget.pairsLeft -= 1;
    }
    if (seen.has(candidateKey)) continue;
    seen.add(candidateKey);
    const near = nearMatchBetween(key, candidateKey);
    if (near) matches.push({ candidate, ...near });
  }
  return matches.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
}

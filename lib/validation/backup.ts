import { z } from "zod";

import { EventResult, Outcome, SetKind, Stage, Tier } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/config";
import { ZTimeZone } from "@/lib/validation/account";
import { owned, text, ZDate, ZInt, ZMarkdown, ZOptionalDate, ZVersion } from "@/lib/validation/backup-fields";
import { ZReviewCard, ZReviewLog } from "@/lib/validation/backup-review";
import { ZCalendarSettings } from "@/lib/validation/calendar";
import { ZTablePreferences } from "@/lib/validation/companies";
import { ZId } from "@/lib/validation/id";
import { ZReminderTimes } from "@/lib/validation/reminders";
import { ZReviewParameters } from "@/lib/validation/review";
import { IMAGE_TYPES, MAX_ASSET_BYTES, sniffImageType, ZAssetName } from "@/lib/validation/import";

// The JSON backup (lib/services/export.ts writes it, lib/services/restore.ts reads it): one
// strict schema per table row, so every value a restore writes has been checked once, here.
// Messages are i18n keys; a row that fails is reported as import.errors.backupInvalid.

export const BACKUP_FORMAT = "offerboard-backup";
export const BACKUP_VERSION = 1;
/** Rows of one table a backup may hold. */
export const MAX_BACKUP_ROWS = 500_000;

/** Every table of a user's data, in the order a restore inserts them (parents first). */
export const BACKUP_TABLES = [
  "companies",
  "questionSets",
  "questions",
  "applications",
  "stageEvents",
  "companySets",
  "prepTasks",
  "encounters",
  "reviewCards",
  "reviewLogs",
  "importRuns",
  "assets",
] as const;
export type TBackupTable = (typeof BACKUP_TABLES)[number];

export const ZBackupUser = z.strictObject({
  id: ZId,
  email: z.string().min(3).max(254),
  name: z.string().trim().min(1).max(50),
  locale: z.enum(LOCALES),
  timeZone: ZTimeZone,
  preferences: z.strictObject({
    companiesTable: ZTablePreferences.optional(),
    reminders: ZReminderTimes.optional(),
    calendar: ZCalendarSettings.optional(),
    review: ZReviewParameters.optional(),
  }),
});
export type TBackupUser = z.infer<typeof ZBackupUser>;

const ZCompany = z.strictObject({
  ...owned,
  id: ZId,
  name: z.string().min(1).max(200),
  normalizedName: z.string().min(1).max(200),
  aliases: z.array(text(200)).max(100),
  tier: z.enum(Tier).nullable(),
  website: text(300).nullable(),
  notes: text(20_000),
  revival: z.boolean(),
  noOpening: z.boolean(),
  // Backups from before the tier list's order was kept lack it.
  tierListOrder: z.number().int().min(1).max(1_000_000).nullable().optional(),
  archivedAt: ZOptionalDate,
  searchText: text(20_000),
  prepStartedAt: ZOptionalDate,
  // Kept from the applications (lib/services/company-keys): a restore recomputes them, and
  // backups from before they existed lack them.
  latestStage: z.enum(Stage).nullable().optional(),
  latestOutcome: z.enum(Outcome).nullable().optional(),
  latestChangedAt: ZOptionalDate.optional(),
  version: ZVersion,
  createdAt: ZDate,
  updatedAt: ZDate,
});

const ZQuestionSet = z.strictObject({
  ...owned,
  id: ZId,
  title: z.string().min(1).max(500),
  slug: z.string().min(1).max(200),
  kind: z.enum(SetKind),
  notes: ZMarkdown,
  sortOrder: z.number().int().min(-2_147_483_648).max(2_147_483_647),
  createdAt: ZDate,
  updatedAt: ZDate,
});

const ZQuestion = z.strictObject({
  ...owned,
  id: ZId,
  setId: ZId,
  position: ZInt,
  number: text(20).nullable(),
  title: text(2_000),
  answerMd: ZMarkdown,
  stars: z.number().int().min(0).max(3),
  placeholder: z.boolean(),
  contentHash: z.string().min(1).max(128),
  version: ZVersion,
  createdAt: ZDate,
  updatedAt: ZDate,
});

const ZApplication = z.strictObject({
  ...owned,
  id: ZId,
  companyId: ZId,
  role: text(200),
  stage: z.enum(Stage),
  outcome: z.enum(Outcome),
  appliedAt: ZOptionalDate,
  closedAt: ZOptionalDate,
  notes: text(5_000),
  version: ZVersion,
  createdAt: ZDate,
  updatedAt: ZDate,
});

const ZStageEvent = z.strictObject({
  ...owned,
  id: ZId,
  applicationId: ZId,
  position: ZInt,
  stage: z.enum(Stage),
  label: text(100),
  scheduledAt: ZOptionalDate,
  happenedAt: ZOptionalDate,
  result: z.enum(EventResult),
  notes: text(5_000),
  link: text(500).nullable(),
  linkExpiresAt: ZOptionalDate,
  /** Absent in backups made before events carried a calendar revision. */
  sequence: ZInt.default(0),
  createdAt: ZDate,
});

const ZCompanySet = z.strictObject({ ...owned, companyId: ZId, setId: ZId, createdAt: ZDate });

const ZPrepTask = z.strictObject({
  ...owned,
  id: ZId,
  companyId: ZId,
  title: z.string().min(1).max(200),
  done: z.boolean(),
  doneAt: ZOptionalDate,
  dueAt: ZOptionalDate,
  position: ZInt,
  createdAt: ZDate,
});


const ZEncounter = z.strictObject({
  ...owned,
  id: ZId,
  questionId: ZId,
  companyId: ZId,
  eventId: ZId.nullable(),
  round: text(100),
  askedAt: ZDate,
  answeredWell: z.boolean(),
  position: ZInt,
  createdAt: ZDate,
});

const ZImportRun = z.strictObject({
  ...owned,
  id: ZId,
  sourceName: text(255),
  hash: z.string().min(1).max(128),
  counts: z.record(z.string().max(100), z.json()),
  createdAt: ZDate,
});

/** Image bytes as base64; the type must be one the app serves and match what the bytes say. */
const ZAsset = z
  .strictObject({
    ...owned,
    id: ZId,
    fileName: ZAssetName,
    mimeType: z.enum(IMAGE_TYPES),
    data: z.base64().max(Math.ceil(MAX_ASSET_BYTES / 3) * 4).transform((value) => new Uint8Array(Buffer.from(value, "base64"))),
    createdAt: ZDate,
  })
  .refine((asset) => sniffImageType(asset.data) === asset.mimeType, { path: ["data"] });

export const ZBackupRow = {
  companies: ZCompany,
  questionSets: ZQuestionSet,
  questions: ZQuestion,
  applications: ZApplication,
  stageEvents: ZStageEvent,
  companySets: ZCompanySet,
  prepTasks: ZPrepTask,
  encounters: ZEncounter,
  reviewCards: ZReviewCard,
  reviewLogs: ZReviewLog,
  importRuns: ZImportRun,
  assets: ZAsset,
} satisfies Record<TBackupTable, z.ZodType>;

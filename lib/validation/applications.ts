import { z } from "zod";

import { EventResult, Stage } from "@/lib/generated/prisma/enums";
import { ZId } from "@/lib/validation/id";

/** A wall-clock time as a datetime-local input gives it (`2026-04-01T19:00`), read in the user's time zone. */
const ZLocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "companies.validation.dateInvalid")
  .refine((value) => !Number.isNaN(Date.parse(`${value}:00Z`)), "companies.validation.dateInvalid");

export const ZLabel = z.string().trim().max(40, "companies.validation.labelTooLong");
const ZLink = z
  .string()
  .trim()
  .max(500, "companies.validation.linkInvalid")
  .refine((url) => url === "" || /^https?:\/\/\S+$/i.test(url), "companies.validation.linkInvalid");

const ZMoveCommand = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("advance"),
    stage: z.enum([Stage.APPLIED, Stage.ASSESSMENT, Stage.WRITTEN_TEST, Stage.INTERVIEW, Stage.OFFER]),
    label: ZLabel.optional(),
    scheduledAt: ZLocalDateTime.nullable().optional(),
    link: ZLink.optional(),
    linkExpiresAt: ZLocalDateTime.nullable().optional(),
  }),
  z.object({ type: z.literal("recordResult"), eventId: ZId, result: z.enum(EventResult) }),
  z.object({ type: z.literal("markOffer"), label: ZLabel.optional() }),
  z.object({ type: z.literal("markRejected") }),
  z.object({ type: z.literal("withdraw") }),
  z.object({ type: z.literal("reopen") }),
]);
export type TMoveCommandInput = z.infer<typeof ZMoveCommand>;

/** An application at the version the client loaded: a change to a changed application is refused. */
export const ZApplicationRef = z.object({ applicationId: ZId, version: z.number().int().min(1) });
export type TApplicationRef = z.infer<typeof ZApplicationRef>;

export const ZMoveApplication = ZApplicationRef.extend({ command: ZMoveCommand });
export type TMoveApplicationInput = z.infer<typeof ZMoveApplication>;

export const ZStartApplication = z.object({
  companyId: ZId,
  role: z.string().trim().max(60, "companies.validation.roleTooLong"),
  /** Turn on 复活甲 for the company (a second try after 挂) in the same write. */
  useRevival: z.boolean().optional(),
  /** A first move right away, e.g. the board dropping a company on 投递. */
  command: ZMoveCommand.optional(),
});
export type TStartApplicationInput = z.infer<typeof ZStartApplication>;

export const ZUpdateEvent = ZApplicationRef.extend({
  eventId: ZId,
  label: ZLabel,
  scheduledAt: ZLocalDateTime.nullable(),
  notes: z.string().max(5_000, "companies.validation.notesTooLong"),
  link: ZLink,
  linkExpiresAt: ZLocalDateTime.nullable(),
});
export type TUpdateEventInput = z.infer<typeof ZUpdateEvent>;

export const ZDeleteEvent = ZApplicationRef.extend({ eventId: ZId });
export type TDeleteEventInput = z.infer<typeof ZDeleteEvent>;

/** The token a change returned; undo takes it back (lib/services/application-undo). */
export const ZUndoChange = z.object({ token: z.string().min(1).max(500_000) });

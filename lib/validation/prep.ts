import { z } from "zod";

import { TIER_FILTERS } from "@/lib/validation/companies-options";
import { ZId } from "@/lib/validation/id";

export const ZLinkInput = z.object({ companyId: ZId, setId: ZId });
/** The companies a set is linked to, replaced as a whole (the set page's picker). */
export const ZSetCompaniesInput = z.object({ setId: ZId, companyIds: z.array(ZId).max(5000) });
/** "Link the LLM set to all S and A companies" (and the 未分级 ones, with the tier filter's NONE). */
export const ZBulkLinkByTierInput = z.object({
  setId: ZId,
  tiers: z.array(z.enum(TIER_FILTERS, { message: "errors.VALIDATION" })).min(1, "prep.validation.tiersRequired").max(6),
});

const ZTaskTitle = z
  .string({ message: "prep.validation.taskTitleRequired" })
  .trim()
  .min(1, "prep.validation.taskTitleRequired")
  .max(200, "prep.validation.taskTitleTooLong");

/** A due date as yyyy-mm-dd from <input type="date">, or null to clear it. */
const ZDueDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "prep.validation.dueInvalid")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "prep.validation.dueInvalid")
  .nullable();

export const ZCreateTaskInput = z.object({ companyId: ZId, title: ZTaskTitle, dueDate: ZDueDate.default(null) });
export const ZUpdateTaskInput = z.object({
  taskId: ZId,
  title: ZTaskTitle.optional(),
  done: z.boolean().optional(),
  dueDate: ZDueDate.optional(),
});
export const ZTaskIdInput = z.object({ taskId: ZId });


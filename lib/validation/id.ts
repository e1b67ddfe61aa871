import { z } from "zod";

/** A row id as the client or a backup gives it: every input schema checks ids with this one. */
export const ZId = z.string().min(1).max(64);

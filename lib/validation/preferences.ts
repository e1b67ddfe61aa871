import { z } from "zod";

import { LOCALES } from "@/lib/i18n/config";
import { THEMES } from "@/lib/theme";

export const ZLocale = z.enum(LOCALES, { message: "errors.VALIDATION" });
export const ZTheme = z.enum(THEMES, { message: "errors.VALIDATION" });

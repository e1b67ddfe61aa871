// Typed keys, locales and format names for next-intl: t("nav.companie") is a type error.
import type { TLocale } from "./config";
import type { FORMATS } from "./formats";
import type { TMessages } from "./types";

declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: TMessages;
    Formats: typeof FORMATS;
  }
}

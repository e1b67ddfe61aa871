// Theme choice, carried by a cookie and rendered as <html class="light | dark | system">.
// "system" follows the OS through a CSS media query (see app/globals.css), so nothing flashes.
export const THEMES = ["light", "dark", "system"] as const;
export type TTheme = (typeof THEMES)[number];

export const DEFAULT_THEME: TTheme = "system";
export const THEME_COOKIE = "ob-theme";

export function isTheme(value: unknown): value is TTheme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

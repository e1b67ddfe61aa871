// What readers see of counts, relative times and dates in each language: plurals through ICU,
// relative times and dates through next-intl's formatter, in the account's time zone.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { jsx } from "react/jsx-runtime";
import { describe, expect, it } from "vitest";

import { useFormatDateTime, useRelativeTime } from "@/components/companies/labels";
import type { TLocale } from "@/lib/i18n/config";
import { getDictionary, translatorFor } from "@/lib/i18n/dictionaries";
import { IntlRoot } from "@/lib/i18n/provider";

const NOW = new Date("2026-07-10T04:00:00Z"); // 12:00 in Shanghai

function Relative({ offsetMs }: { offsetMs: number }) {
  return useRelativeTime()(new Date(NOW.getTime() + offsetMs), NOW);
}

function DateTime({ iso }: { iso: string }) {
  return useFormatDateTime()(new Date(iso), NOW);
}

const render = (locale: TLocale, element: ReturnType<typeof createElement>, timeZone = "Asia/Shanghai") =>
  renderToString(jsx(IntlRoot, { locale, timeZone, now: NOW, messages: getDictionary(locale), children: element }));

describe("plurals", () => {
  it("says one company and two companies in English", () => {
    const t = translatorFor("en");
    expect(t("companies.archived", { count: 1 })).toBe("Archived 1 company");
    expect(t("companies.archived", { count: 2 })).toBe("Archived 2 companies");
    expect(t("companies.total", { count: 1 })).toBe("1 company");
    expect(t("companies.setLinked", { count: 1, title: "算法" })).toBe("Linked “算法” to 1 company");
    expect(t("questions.starsCount", { count: 1 })).toBe("1 star");
  });

  it("keeps the Chinese count as written", () => {
    expect(translatorFor("zh")("companies.archived", { count: 1 })).toBe("已归档 1 家公司");
  });
});

describe("relative times", () => {
  it("says just now under a minute, 刚刚 in Chinese (not 马上, which means soon)", () => {
    expect(render("en", createElement(Relative, { offsetMs: -20_000 }))).toBe("just now");
    expect(render("zh", createElement(Relative, { offsetMs: 20_000 }))).toBe("刚刚");
  });

  it("says in 1 day, 3 hours ago, in the unit that fits", () => {
    expect(render("en", createElement(Relative, { offsetMs: 86_400_000 }))).toBe("in 1 day");
    expect(render("en", createElement(Relative, { offsetMs: -3 * 3_600_000 }))).toBe("3 hours ago");
    expect(render("zh", createElement(Relative, { offsetMs: 2 * 86_400_000 }))).toBe("2天后");
  });

  it("counts days up to a month (11 days, not 2 weeks), then months", () => {
    expect(render("zh", createElement(Relative, { offsetMs: 11 * 86_400_000 }))).toBe("11天后");
    expect(render("en", createElement(Relative, { offsetMs: -11 * 86_400_000 }))).toBe("11 days ago");
    expect(render("en", createElement(Relative, { offsetMs: -70 * 86_400_000 }))).toBe("2 months ago");
  });
});

describe("dates", () => {
  it("name the month in English, so 12 July is never read as December 7", () => {
    expect(render("en", createElement(DateTime, { iso: "2026-07-12T11:00:00Z" }))).toBe("Jul 12, 19:00");
    expect(render("en", createElement(DateTime, { iso: "2027-01-05T11:00:00Z" }))).toBe("Jan 5, 2027, 19:00");
    expect(render("zh", createElement(DateTime, { iso: "2026-07-12T11:00:00Z" }))).toBe("7月12日 19:00");
  });

  it("are shown in the account's time zone, whatever the machine's", () => {
    expect(render("en", createElement(DateTime, { iso: "2026-07-12T11:00:00Z" }), "America/New_York")).toBe("Jul 12, 07:00");
  });
});

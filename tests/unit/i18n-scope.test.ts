import compile from "icu-minify/compile";
import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { jsx } from "react/jsx-runtime";
import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";

import { en } from "@/lib/i18n/en";
import { mergeMessages, pickMessages } from "@/lib/i18n/pick";
import { IntlRoot, IntlScope } from "@/lib/i18n/provider";
import type { TMessageKey, TMessageTree } from "@/lib/i18n/types";
import { zh } from "@/lib/i18n/zh";

function Show({ keys }: { keys: TMessageKey[] }) {
  const t = useTranslations();
  return `${useLocale()}|${keys.map((key) => t(key)).join("|")}`;
}

/** The request's "now" in the root's zone and named "time" format, as an inner scope sees it. */
function ShowNow() {
  return useFormatter().dateTime(useNow(), "time");
}

const now = new Date("2026-12-04T12:00:00Z");
const root = (messages: TMessageTree, children: ReactNode, locale: "zh" | "en" = "zh") =>
  jsx(IntlRoot, { locale, timeZone: "Asia/Shanghai", now, messages, children });
const scope = (messages: TMessageTree, children: ReactNode) => jsx(IntlScope, { messages, children });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("pickMessages", () => {
  it("keeps only the named areas, groups and keys, in the dictionary's shape", () => {
    const picked = pickMessages(zh, ["board", "companies.col", "companies.tierNone"]);
    expect(picked).toEqual({
      board: zh.board,
      companies: { col: zh.companies.col, tierNone: zh.companies.tierNone },
    });
  });

  it("does not modify the dictionary when a path lies inside a group already picked", () => {
    const before = JSON.stringify(zh.companies);
    const picked = pickMessages(zh, ["companies", "companies.form.name", "companies.col"]);
    expect(picked).toEqual({ companies: zh.companies });
    expect(JSON.stringify(zh.companies)).toBe(before);
  });

  it("widens a group picked in part when the whole group is named later", () => {
    expect(pickMessages(en, ["companies.form.name", "companies.form"])).toEqual({ companies: { form: en.companies.form } });
  });

  it("is far smaller than the dictionary for the root scope", () => {
    const root = pickMessages(zh, ["common", "shell"]);
    expect(JSON.stringify(root).length).toBeLessThan(JSON.stringify(zh).length / 20);
  });
});

describe("mergeMessages", () => {
  it("adds an inner scope's groups to the outer ones without dropping either side", () => {
    const outer = pickMessages(zh, ["common", "companies.tierNone"]);
    const inner = pickMessages(zh, ["companies.col", "board"]);
    expect(mergeMessages(outer, inner)).toEqual({
      common: zh.common,
      board: zh.board,
      companies: { tierNone: zh.companies.tierNone, col: zh.companies.col },
    });
    expect(outer).toEqual(pickMessages(zh, ["common", "companies.tierNone"]));
  });

  it("keeps a compiled message (an array, as the Next.js bundles hold them) whole in both scopes", () => {
    const linked = compile(zh.questions.deleteSetLinkedCount);
    const outer: TMessageTree = { questions: { deleteSetLinkedCount: linked, deleted: zh.questions.deleted } };
    const inner = pickMessages(outer, ["questions.deleteSetLinkedCount"]);
    expect(inner).toEqual({ questions: { deleteSetLinkedCount: linked } });
    expect(mergeMessages(outer, inner)).toEqual(outer);
    expect(Array.isArray((mergeMessages(outer, inner).questions as TMessageTree).deleteSetLinkedCount)).toBe(true);
  });
});

describe("<I18nScope>'s providers and useTranslations()", () => {
  it("nested scopes merge: a component sees its route's messages and the root's", () => {
    const rootMessages = pickMessages(en, ["common", "shell.errorTitle"]);
    const route = pickMessages(en, ["board.title"]);
    const html = renderToString(
      root(rootMessages, scope(route, createElement(Show, { keys: ["common.retry", "shell.errorTitle", "board.title"] })), "en"),
    );
    expect(html).toBe(`en|${en.common.retry}|${en.shell.errorTitle}|${en.board.title}`);
  });

  it("an inner scope keeps the root's time zone, now and named formats", () => {
    const html = renderToString(root(pickMessages(en, ["common"]), scope(pickMessages(en, ["board.title"]), createElement(ShowNow)), "en"));
    expect(html).toBe("20:00");
  });

  it("a key outside the scope shows as the key and logs an error naming it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const html = renderToString(root(pickMessages(zh, ["common"]), createElement(Show, { keys: ["companies.title"] })));
    expect(html).toBe("zh|companies.title");
    expect(error).toHaveBeenCalledWith(expect.stringContaining("companies.title"));
  });

  it("useTranslations() outside any provider throws", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => renderToString(createElement(Show, { keys: ["common.retry"] }))).toThrow(/useTranslations/);
  });
});

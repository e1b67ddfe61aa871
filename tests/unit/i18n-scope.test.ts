import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { jsx } from "react/jsx-runtime";
import { afterEach, describe, expect, it, vi } from "vitest";

import { I18nProvider, useLocale, useT } from "@/lib/i18n/client";
import { en } from "@/lib/i18n/en";
import { mergeMessages, pickMessages } from "@/lib/i18n/pick";
import type { TMessageKey, TMessageTree } from "@/lib/i18n/types";
import { zh } from "@/lib/i18n/zh";

function Show({ keys }: { keys: TMessageKey[] }) {
  const t = useT();
  return `${useLocale()}|${keys.map((key) => t(key)).join("|")}`;
}

const provider = (messages: TMessageTree, children: ReactNode, locale: "zh" | "en" = "zh") =>
  jsx(I18nProvider, { locale, messages, children });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("pickMessages", () => {
  it("keeps only the named areas, groups and keys, in the dictionary's shape", () => {
    const picked = pickMessages(zh, ["board", "companies.relative", "companies.tierNone"]);
    expect(picked).toEqual({
      board: zh.board,
      companies: { relative: zh.companies.relative, tierNone: zh.companies.tierNone },
    });
  });

  it("does not modify the dictionary when a path lies inside a group already picked", () => {
    const before = JSON.stringify(zh.companies);
    const picked = pickMessages(zh, ["companies", "companies.form.name", "companies.relative"]);
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
    const inner = pickMessages(zh, ["companies.relative", "board"]);
    expect(mergeMessages(outer, inner)).toEqual({
      common: zh.common,
      board: zh.board,
      companies: { tierNone: zh.companies.tierNone, relative: zh.companies.relative },
    });
    expect(outer).toEqual(pickMessages(zh, ["common", "companies.tierNone"]));
  });
});

describe("<I18nProvider> and useT()", () => {
  it("nested providers merge: a component sees its route's messages and the root's", () => {
    const root = pickMessages(en, ["common", "shell.errorTitle"]);
    const route = pickMessages(en, ["board.moved"]);
    const html = renderToString(
      provider(root, provider(route, createElement(Show, { keys: ["common.retry", "shell.errorTitle", "board.moved"] }), "en"), "en"),
    );
    expect(html).toBe(`en|${en.common.retry}|${en.shell.errorTitle}|${en.board.moved}`);
  });

  it("a key outside the scope shows as the key and logs an error naming it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const html = renderToString(provider(pickMessages(zh, ["common"]), createElement(Show, { keys: ["companies.title"] })));
    expect(html).toBe("zh|companies.title");
    expect(error).toHaveBeenCalledWith(expect.stringContaining("companies.title"));
  });

  it("useT() outside any provider throws", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => renderToString(createElement(Show, { keys: ["common.retry"] }))).toThrow(/I18nScope/);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";


// Every message a schema names is a key both dictionaries translate: a failed parse never shows a
// key, and zod's own texts never show at all (lib/validation/issues maps them to errors.VALIDATION).
const dir = path.resolve(import.meta.dirname, "../../lib/validation");
const keys = [
  ...new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .flatMap((name) => [...readFileSync(path.join(dir, name), "utf8").matchAll(/["']((?:errors|validation|companies|questions|prep|import|settings)\.[\w.]+)["']/g)])
      .map((match) => match[1]!),
  ),
];

/** A locale's dictionary: the areas every file under lib/i18n/messages/<locale>/ exports. */
async function dictionary(locale: string): Promise<Record<string, unknown>> {
  const folder = path.resolve(import.meta.dirname, "../../lib/i18n/messages", locale);
  const modules = await Promise.all(readdirSync(folder).map((name) => import(path.join(folder, name)) as Promise<Record<string, unknown>>));
  // `import` is a reserved word, so that area is exported as importPage.
  const { importPage, ...areas } = Object.assign({}, ...modules) as Record<string, unknown>;
  return { ...areas, import: importPage };
}

const has = (tree: Record<string, unknown>, key: string) =>
  typeof key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree) === "string";

describe("validation messages", () => {
  it("finds the schemas' message keys", () => {
    expect(keys.length).toBeGreaterThan(30);
  });

  it.each(["zh", "en"])("are all in the %s dictionary", async (locale) => {
    const messages = await dictionary(locale);
    expect(keys.filter((key) => !has(messages, key))).toEqual([]);
  });
});

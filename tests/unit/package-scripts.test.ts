import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const { scripts } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("package.json scripts", () => {
  const run = Object.entries(scripts).flatMap(([name, command]) =>
    [...command.matchAll(/\btsx (?:--\S+ \S+ )*(\S+\.ts)\b/g)].map((match) => [name, match[1]!] as const),
  );

  it("finds the scripts that run a file of the project", () => {
    expect(run.map(([name]) => name)).toEqual(expect.arrayContaining(["dev", "start", "test", "bench", "postinstall"]));
  });

  it.each(run)("%s runs %s, which exists", (_name, file) => {
    expect(existsSync(path.join(root, file))).toBe(true);
  });
});

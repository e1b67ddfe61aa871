import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

// Modules that reach the database say so with `import "server-only"`, and no client component
// reaches one: Prisma, the pool and the services never ride into a browser bundle. Server actions
// ("use server" files) are where a client's imports stop, since Next sends only a reference.
const root = path.resolve(import.meta.dirname, "../..");
const SOURCE = /\.(?:ts|tsx|js|mjs)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return SOURCE.test(name) ? [rel] : [];
  });
}

const FILES = ["app", "components", "lib"].flatMap(sourceFiles);
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const directive = (text: string, name: string) => new RegExp(`^(?:\\s*//[^\\n]*\\n|\\s*/\\*[\\s\\S]*?\\*/)*\\s*["']${name}["']`).test(text);
const isServerOnly = (text: string) => /^import "server-only";$/m.test(text);

/** The project files a module imports at run time (type-only imports carry no code). */
function importsOf(file: string): string[] {
  const text = read(file);
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?["']([^"']+)["']/gm)) {
    const [, typeOnly, clause, specifier] = match;
    const names = /^\{([\s\S]*)\}$/.exec(clause?.trim() ?? "")?.[1]?.split(",").map((name) => name.trim()).filter(Boolean);
    if (typeOnly || (names && names.length > 0 && names.every((name) => name.startsWith("type ")))) continue;
    specifiers.push(specifier!);
  }
  for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1]!);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(path.join(root, file)), specifier) : null;
    if (!base) return [];
    const found = [base, ...["ts", "tsx", "js"].flatMap((ext) => [`${base}.${ext}`, path.join(base, `index.${ext}`)])].find(
      (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
    );
    return found ? [path.relative(root, found)] : [];
  });
}

/** The server-only modules a module reaches through its imports, stopping at server actions. */
function serverOnlyReachedFrom(start: string): string[] {
  const seen = new Set<string>();
  const reached: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = read(file);
    if (file !== start && directive(text, "use server")) return;
    if (isServerOnly(text)) reached.push(file);
    importsOf(file).forEach(visit);
  };
  visit(start);
  return reached;
}

describe("server-only", () => {
  it("marks lib/db.ts and every module that imports it", () => {
    const reachers = FILES.filter((file) => file === "lib/db.ts" || /from "@\/lib\/db"|import\("@\/lib\/db"\)/.test(read(file)));
    expect(reachers.length).toBeGreaterThan(20);
    expect(reachers.filter((file) => !file.startsWith("app/") && !isServerOnly(read(file)))).toEqual([]);
  });

  it("finds what a server module reaches (the check is not blind)", () => {
    expect(serverOnlyReachedFrom("lib/services/users.ts")).toEqual(expect.arrayContaining(["lib/services/users.ts", "lib/db.ts", "lib/auth/password.ts"]));
  });

  const clients = FILES.filter((file) => directive(read(file), "use client"));
  it("finds the client components", () => {
    expect(clients.length).toBeGreaterThan(30);
  });

  it.each(clients)("%s reaches no server-only module", (file) => {
    expect(serverOnlyReachedFrom(file)).toEqual([]);
  });
});

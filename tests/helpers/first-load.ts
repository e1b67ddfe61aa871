// First-load JavaScript per app route, read from a production build's manifests: the root main
// files every page loads plus the page's own entry chunks (its layouts' included); what a route
// imports dynamically is not in it. Sizes are gzipped, as the budgets count them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

type TRouteJs = { route: string; files: string[]; gzipBytes: number };

function manifestsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifestsUnder(full);
    return entry.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

export function firstLoadJs(distDir: string): TRouteJs[] {
  const { rootMainFiles } = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => gzipped.get(file) ?? gzipped.set(file, gzipSync(readFileSync(path.join(distDir, file))).length).get(file)!;
  return manifestsUnder(path.join(distDir, "server/app")).map((file) => {
    const context: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
    runInNewContext(readFileSync(file, "utf8"), context);
    const [[route, manifest]] = Object.entries(context.__RSC_MANIFEST!) as [[string, { entryJSFiles: Record<string, string[]> }]];
    const files = [...new Set([...rootMainFiles, ...(manifest.entryJSFiles[`[project]/app${route}`] ?? [])])];
    return { route, files, gzipBytes: files.reduce((sum, one) => sum + sizeOf(one), 0) };
  });
}

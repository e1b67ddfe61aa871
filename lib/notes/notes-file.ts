import { createHash } from "node:crypto";

import { AppError } from "@/lib/errors";
import { MAX_NOTES_BYTES, MAX_NOTES_LINES, NOTES_EXTENSIONS } from "@/lib/validation/import";

type TNotesFile = {
  /** The text, BOM removed and line ends normalized to LF. */
  text: string;
  /** sha256 of `text`: the same notes saved with CRLF or a BOM hash the same. */
  hash: string;
  /** `UTF-8` or `GB18030` (GBK notes are converted). */
  encoding: "UTF-8" | "GB18030";
};

function decode(bytes: Uint8Array, label: "utf-8" | "gb18030"): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab/LF/CR/FF mean a binary file, not notes. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control += 1;
  }
  return control > sample.length / 100;
}

/** Lines of LF-separated text, stopping as soon as the cap is passed. */
function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1 && lines <= MAX_NOTES_LINES; at = text.indexOf("\n", at + 1)) {
    if (at < text.length - 1) lines += 1;
  }
  return lines;
}

/**
 * Checks an uploaded notes file and returns its text: `.md`/`.txt`, at most 5 MB, not binary,
 * UTF-8 (with or without BOM) or GBK/GB18030 (converted), at most 50,000 lines. Anything else is a VALIDATION error
 * with a message key saying what is wrong.
 */
export function readNotesFile(fileName: string, bytes: Uint8Array): TNotesFile {
  const lower = fileName.toLowerCase();
  if (!NOTES_EXTENSIONS.some((ext) => lower.endsWith(ext))) throw new AppError("VALIDATION", "import.errors.extension");
  if (bytes.byteLength > MAX_NOTES_BYTES) throw new AppError("VALIDATION", "import.errors.tooLarge");
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", "import.errors.empty");
  if (looksBinary(bytes)) throw new AppError("VALIDATION", "import.errors.binary");
  let encoding: TNotesFile["encoding"] = "UTF-8";
  let text = decode(bytes, "utf-8");
  if (text === null) {
    text = decode(bytes, "gb18030");
    encoding = "GB18030";
  }
  if (text === null) throw new AppError("VALIDATION", "import.errors.encoding");
  text = text.replace(/^\ufeff/u, "").replace(/\r\n?/gu, "\n");
  if (text.trim() === "") throw new AppError("VALIDATION", "import.errors.empty");
  if (countLines(text) > MAX_NOTES_LINES) throw new AppError("VALIDATION", "import.errors.tooManyLines");
  return { text, hash: createHash("sha256").update(text).digest("hex"), encoding };
}

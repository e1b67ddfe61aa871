// Reading a request in a route handler: the same-origin check for uploads, and multipart bodies
// streamed with their limits enforced while reading (never from Content-Length alone).
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as TWebStream } from "node:stream/web";

import busboy from "busboy";

import { AppError } from "@/lib/errors";
import type { TMessageKey } from "@/lib/i18n/types";

/**
 * Refuses a POST whose Origin is another site's, or not an origin at all (`null`, garbage): 403.
 * The session cookie is SameSite=Lax; this also stops cross-site fetches. No Origin (a script,
 * curl) passes: the session cookie still has to be there.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host || !URL.canParse(origin) || new URL(origin).host !== host) throw new AppError("FORBIDDEN");
}

type TFilePart = { field: string; name: string; stream: Readable };

export type TBodyLimits = {
  /** The whole body, counted as it arrives. */
  bodyBytes: number;
  /** One file. */
  fileBytes: number;
  files: number;
  /** The message key of the 413 when a limit is passed. */
  tooLarge: TMessageKey;
};

const FIELDS = 20;
const FIELD_BYTES = 256 * 1024;

const tooLargeError = (key: TMessageKey) => new AppError("TOO_LARGE", key);

/**
 * Streams a multipart/form-data body: `onFile` is called for each file in order and must read its
 * stream to the end (or throw); the text fields are returned. The moment the body, a file or a
 * field passes its limit, reading stops and it throws TOO_LARGE (413) with `limits.tooLarge`; a
 * malformed body is a VALIDATION error. A body of another type is a VALIDATION error (no file).
 */
export async function readMultipart(
  request: Request,
  limits: TBodyLimits,
  onFile: (file: TFilePart) => Promise<void>,
): Promise<Map<string, string>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/iu.test(type) || !request.body) throw new AppError("VALIDATION", "import.errors.noFile");
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": type },
      limits: { fileSize: limits.fileBytes, files: limits.files, fields: FIELDS, fieldSize: FIELD_BYTES, parts: limits.files + FIELDS },
    });
  } catch {
    throw new AppError("VALIDATION", "errors.badBody");
  }
  const abort = new AbortController();
  const open = new Set<Readable>();
  let failure: unknown = null;
  // Busboy is still inside its write when it reports a limit: stop everything on the next tick.
  const fail = (error: unknown) => {
    failure ??= error;
    process.nextTick(() => {
      abort.abort();
      for (const stream of open) stream.destroy();
    });
  };
  const fields = new Map<string, string>();
  let files = Promise.resolve();
  parser.on("field", (name, value, info) => {
    if (info.valueTruncated) fail(tooLargeError(limits.tooLarge));
    else fields.set(name, value);
  });
  parser.on("file", (field, stream, info) => {
    if (!info.filename) return void stream.resume(); // a file input left empty
    open.add(stream);
    stream.on("error", () => {}); // a reader that stopped early has already failed with its own error
    stream.once("close", () => open.delete(stream));
    stream.once("limit", () => fail(tooLargeError(limits.tooLarge)));
    files = files
      .then(() => (failure ? void stream.resume() : onFile({ field, name: info.filename as string, stream })))
      .catch(fail);
  });
  for (const event of ["filesLimit", "fieldsLimit", "partsLimit"] as const) parser.on(event, () => fail(tooLargeError(limits.tooLarge)));

  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.byteLength;
      done(seen > limits.bodyBytes ? tooLargeError(limits.tooLarge) : null, chunk);
    },
  });
  const body = Readable.fromWeb(request.body as TWebStream<Uint8Array>);
  await pipeline(body, counter, parser, { signal: abort.signal }).catch(fail);
  await files;
  if (failure === null) return fields;
  body.destroy();
  throw failure instanceof AppError ? failure : new AppError("VALIDATION", "errors.badBody");
}

/** A file part's bytes (its size is already bounded by readMultipart's `fileBytes`). */
export async function bytesOf(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A small body read whole, counted as it arrives: past `maxBytes`, reading stops and it throws
 * TOO_LARGE (413) with `tooLarge`. For handlers that read their body at once, such as next-auth's
 * (`new NextRequest(request, { body })` hands the bytes on).
 */
export async function readBody(request: Request, maxBytes: number, tooLarge: TMessageKey): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLargeError(tooLarge);
    }
    chunks.push(part.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

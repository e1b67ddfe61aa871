// Zip files built byte by byte for the upload tests: a "bomb" is a small zip whose one entry
// inflates to a huge file that starts like a PNG.
import { createDeflateRaw, crc32 } from "node:zlib";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type TEntry = { name: string; deflated: Buffer; crc: number; size: number };

/** `size` bytes (a PNG signature, then zeros) deflated as they are made: never held inflated. */
export async function deflatedPng(size: number): Promise<Omit<TEntry, "name">> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  const zeros = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let left = size, first = true; left > 0; first = false) {
    const chunk = first ? Buffer.concat([PNG_SIGNATURE, zeros]).subarray(0, Math.min(left, zeros.length)) : zeros.subarray(0, Math.min(left, zeros.length));
    crc = crc32(chunk, crc);
    left -= chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { deflated: Buffer.concat(out), crc, size };
}

/**
 * A local file header (`size` 30, fields from offset 4) or a central directory record (`size` 46,
 * from offset 6) of `entry`: signature, then the fields both share, from "version needed" (2.0)
 * to the name's length, at the same distances from `at`. Deflated, no flags, no time.
 */
function header(signature: number, size: number, at: number, entry: TEntry, nameLength: number): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32LE(signature, 0);
  bytes.writeUInt16LE(20, at);
  bytes.writeUInt16LE(8, at + 4);
  bytes.writeUInt32LE(entry.crc >>> 0, at + 10);
  bytes.writeUInt32LE(entry.deflated.length, at + 14);
  bytes.writeUInt32LE(entry.size, at + 18);
  bytes.writeUInt16LE(nameLength, at + 22);
  return bytes;
}

/** A zip of deflated entries (sizes below 4 GiB), as the bytes a client uploads. */
export function zipOf(entries: TEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = header(0x04034b50, 30, 4, entry, name.length);
    const central = header(0x02014b50, 46, 6, entry, name.length);
    // "Version made by" (2.0) and where the entry's local header starts.
    central.writeUInt16LE(20, 4);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

import { inflateRawSync } from "node:zlib";

/** Caps on what an uploaded spreadsheet may unpack to, checked before any parser sees it. */
export const uploadLimits = {
  /** All the workbook's parts together, unpacked. */
  maxUnpackedBytes: 20 * 1024 * 1024,
  /** Rows over all worksheets (the template of a full event has a few hundred). */
  maxRows: 20_000,
};

export type UploadProblemKind = "damaged" | "too_large" | "too_many_rows" | "old_or_protected";

/** Why an uploaded file cannot be read; the route words it in the reader's language. */
export class UploadProblem extends Error {
  constructor(readonly kind: UploadProblemKind) {
    super(kind);
    this.name = "UploadProblem";
  }
}

const u16 = (b: Buffer, at: number) => b.readUInt16LE(at);
const u32 = (b: Buffer, at: number) => b.readUInt32LE(at);

/** The end-of-central-directory record: the last one in the final 64 KiB. */
function findDirectory(zip: Buffer) {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--)
    if (u32(zip, at) === 0x06054b50)
      return { entries: u16(zip, at + 10), size: u32(zip, at + 12), offset: u32(zip, at + 16) };
  throw new UploadProblem("damaged");
}

const rowTag = /<(?:\w+:)?row[\s>/]/g;

/**
 * Walks the zip's central directory and unpacks each part with a ceiling on the output, so a small
 * upload that would unpack to hundreds of megabytes is refused after at most the cap's worth of
 * work, and counts the worksheets' rows. Throws UploadProblem; returns when the file is within
 * limits and its parts unpack cleanly.
 */
export function checkXlsxArchive(bytes: Uint8Array, limits = uploadLimits): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (zip.length < 22) throw new UploadProblem("damaged");
  const dir = findDirectory(zip);
  // Zip64 markers: no spreadsheet small enough to upload needs them.
  if (dir.entries === 0xffff || dir.offset === 0xffffffff) throw new UploadProblem("damaged");
  if (dir.offset + dir.size > zip.length) throw new UploadProblem("damaged");
  let used = 0;
  let rows = 0;
  let at = dir.offset;
  for (let i = 0; i < dir.entries; i++) {
    if (at + 46 > zip.length || u32(zip, at) !== 0x02014b50) throw new UploadProblem("damaged");
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    const packed = u32(zip, at + 20);
    const declared = u32(zip, at + 24);
    const nameLength = u16(zip, at + 28);
    const next = at + 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = u32(zip, at + 42);
    at = next;
    if (flags & 1) throw new UploadProblem("old_or_protected"); // encrypted part
    if (used + declared > limits.maxUnpackedBytes) throw new UploadProblem("too_large");
    if (local + 30 > zip.length || u32(zip, local) !== 0x04034b50)
      throw new UploadProblem("damaged");
    const start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    if (start + packed > zip.length) throw new UploadProblem("damaged");
    const data = zip.subarray(start, start + packed);
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) {
      try {
        // The declared size may lie: the ceiling is what is left of the budget, whatever it says.
        content = inflateRawSync(data, { maxOutputLength: limits.maxUnpackedBytes - used + 1 });
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
          throw new UploadProblem("too_large");
        throw new UploadProblem("damaged");
      }
    } else throw new UploadProblem("damaged");
    used += content.length;
    if (used > limits.maxUnpackedBytes) throw new UploadProblem("too_large");
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      rows += content.toString("latin1").match(rowTag)?.length ?? 0;
      if (rows > limits.maxRows) throw new UploadProblem("too_many_rows");
    }
  }
}

/** The old binary .xls, and password-protected .xlsx, are both OLE compound files. */
export const looksLikeOle = (bytes: Uint8Array) =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

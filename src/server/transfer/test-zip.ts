import { deflateRawSync } from "node:zlib";

/** For tests: builds zip archives by hand, including ones that lie about their sizes. */

/** A little-endian record: a signature, then fields at their offsets (2 or 4 bytes each). */
function record(
  size: number,
  signature: number,
  fields: [offset: number, bytes: 2 | 4, value: number][],
) {
  const buffer = Buffer.alloc(size);
  buffer.writeUInt32LE(signature, 0);
  for (const [offset, bytes, value] of fields)
    if (bytes === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value, offset);
  return buffer;
}

/** A minimal zip; `declare` overrides the uncompressed size written in the headers (a lie). */
export function zipOf(parts: { name: string; data: Buffer; declare?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declare } of parts) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const size = declare ?? data.length;
    // Version 2.0 and deflate, the sizes and the name length, in each header.
    const local = record(30, 0x04034b50, [
      [4, 2, 20],
      [8, 2, 8],
      [18, 4, packed.length],
      [22, 4, size],
      [26, 2, nameBytes.length],
    ]);
    const central = record(46, 0x02014b50, [
      [4, 2, 20],
      [6, 2, 20],
      [10, 2, 8],
      [20, 4, packed.length],
      [24, 4, size],
      [28, 2, nameBytes.length],
      [42, 4, offset],
    ]);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, 0x06054b50, [
    [8, 2, parts.length],
    [10, 2, parts.length],
    [12, 4, directory.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

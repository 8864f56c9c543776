/**
 * One file out of a zip archive held in memory, with a cap on what it may inflate to, so an
 * untrusted artifact cannot fill the disk or the memory (a zip bomb). Pure. Reads the central
 * directory, where the sizes are even when the archive was written as a stream.
 */
import { inflateRawSync } from 'node:zlib';

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export type ZipEntry = { ok: true; data: Buffer } | { ok: false; reason: string };

export function readZipEntry(archive: Buffer, name: string, maxBytes: number): ZipEntry {
  // The end record is the last 22 bytes, unless a trailing comment (at most 65,535 bytes) follows it.
  let end = -1;
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 65_535); i--) {
    if (archive.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'it is not a zip archive' };
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL) {
      return { ok: false, reason: 'its central directory is damaged' };
    }
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const offset = archive.readUInt32LE(at + 42);
    const entryName = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (size > maxBytes) return { ok: false, reason: `${name} is larger than ${maxBytes} bytes` };
    if (offset + 30 > archive.length || archive.readUInt32LE(offset) !== LOCAL) {
      return { ok: false, reason: `the entry of ${name} is damaged` };
    }
    const start = offset + 30 + archive.readUInt16LE(offset + 26) + archive.readUInt16LE(offset + 28);
    const data = archive.subarray(start, start + compressedSize);
    if (data.length !== compressedSize) return { ok: false, reason: `${name} is cut short` };
    if (method === 0) return { ok: true, data: Buffer.from(data) };
    if (method !== 8) return { ok: false, reason: `${name} uses compression method ${method}, not deflate` };
    try {
      // The size the directory states is the attacker's word: the inflater enforces the cap itself.
      return { ok: true, data: inflateRawSync(data, { maxOutputLength: maxBytes }) };
    } catch {
      return { ok: false, reason: `${name} does not inflate to at most ${maxBytes} bytes` };
    }
  }
  return { ok: false, reason: `it holds no ${name}` };
}

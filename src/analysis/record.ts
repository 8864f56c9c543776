/**
 * A layer's scan as a record the baseline can store and a later run can use instead of reading the
 * layer again. Front-coding the paths matters: tar writers list a directory's members together, so
 * most of a path repeats the one before and a 30,000-file layer shrinks to a fraction.
 */
import * as zlib from 'node:zlib';
import type { CapturedFile, LayerScan } from '../layers/scan.js';
import type { EntryType, TarEntry } from '../layers/tar.js';
import type { LayerEntries, LayerRecord } from './types.js';

/** Bump when a record's meaning changes: records of another version are ignored and layers read again. */
export const LAYER_RECORD_VERSION = 2;

const LETTER: Record<EntryType, string> = { file: 'f', hardlink: 'h', symlink: 'l', directory: 'd', other: 'o' };
const TYPE: Record<string, EntryType> = { f: 'file', h: 'hardlink', l: 'symlink', d: 'directory', o: 'other' };

export function encodeEntries(entries: readonly TarEntry[]): LayerEntries {
  const out: LayerEntries = { types: '', shared: [], suffix: [], fileSizes: [], links: [] };
  const types: string[] = [];
  let previous = '';
  entries.forEach((e, i) => {
    types.push(LETTER[e.type]);
    let n = 0;
    const max = Math.min(previous.length, e.path.length);
    while (n < max && previous.charCodeAt(n) === e.path.charCodeAt(n)) n++;
    out.shared.push(n);
    out.suffix.push(e.path.slice(n));
    if (e.type === 'file') out.fileSizes.push(e.size);
    // Hard links name a member; symlink targets resolve the folders packages list their files under.
    if (e.type === 'hardlink' || e.type === 'symlink') out.links.push([i, e.linkName]);
    previous = e.path;
  });
  out.types = types.join('');
  return out;
}

export function decodeEntries(encoded: LayerEntries): TarEntry[] {
  const links = new Map(encoded.links);
  const entries: TarEntry[] = [];
  let previous = '';
  let file = 0;
  for (let i = 0; i < encoded.types.length; i++) {
    const type = TYPE[encoded.types[i]!] ?? 'other';
    const path = previous.slice(0, encoded.shared[i] ?? 0) + (encoded.suffix[i] ?? '');
    entries.push({
      path,
      type,
      size: type === 'file' ? (encoded.fileSizes[file++] ?? 0) : 0,
      linkName: links.get(i) ?? '',
    });
    previous = path;
  }
  return entries;
}

export function toRecord(key: string, scan: LayerScan): LayerRecord {
  return {
    digest: key,
    version: LAYER_RECORD_VERSION,
    diffId: scan.diffId,
    compression: scan.compression,
    estargz: scan.estargz,
    compressedBytes: scan.compressedBytes,
    uncompressedBytes: scan.uncompressedBytes,
    gzipEstimateBytes: scan.gzipEstimateBytes,
    entries: encodeEntries(scan.entries),
    ...(scan.captured?.length ? { packageFiles: encodeCaptured(scan.captured) } : {}),
  };
}

/** Package database files, deflated (file lists compress about tenfold) and base64-encoded. */
function encodeCaptured(files: readonly CapturedFile[]): string {
  const json = JSON.stringify(files.map((f) => [f.path, f.data.toString('utf8')]));
  return zlib.deflateRawSync(json).toString('base64');
}

function decodeCaptured(text: unknown): CapturedFile[] | null {
  if (typeof text !== 'string') return null;
  try {
    const files = JSON.parse(zlib.inflateRawSync(Buffer.from(text, 'base64')).toString('utf8')) as unknown;
    if (!Array.isArray(files)) return null;
    return files
      .filter((f): f is [string, string] => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string')
      .map(([path, data]) => ({ path, data: Buffer.from(data, 'utf8') }));
  } catch {
    return null;
  }
}

/** The scan a record stands for, or null when it cannot be trusted for this layer. */
export function fromRecord(record: LayerRecord, diffId: string): LayerScan | null {
  if (record.version !== LAYER_RECORD_VERSION || record.diffId !== diffId || !record.entries) return null;
  // A plain tar layer read while its media type said gzip has no estimate: read it again for one.
  if (record.compression === 'none' && record.gzipEstimateBytes === null) return null;
  // A record without package files is of a layer that has none.
  const captured = record.packageFiles === undefined ? [] : decodeCaptured(record.packageFiles);
  if (!captured) return null;
  return {
    compression: record.compression,
    estargz: record.estargz,
    compressedBytes: record.compressedBytes,
    uncompressedBytes: record.uncompressedBytes,
    diffId: record.diffId,
    entries: decodeEntries(record.entries),
    gzipEstimateBytes: record.gzipEstimateBytes,
    captured,
  };
}

/** The key a layer's record is stored under: its blob digest, else (no blob digest) its diff_id. */
export function layerKey(layer: { digest: string | null; diffId: string }): string {
  return layer.digest ?? layer.diffId;
}

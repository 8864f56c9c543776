/**
 * RPM's package database (`rpmdb.sqlite`, RPM 4.16 and later), read with Node's built-in
 * `node:sqlite` (Node 22.5 and later). Each row of its `Packages` table is a package's header: an
 * index of tagged entries and the data they point into (the RPM file format's header structure).
 * The database is turned into a short text list while the layer is scanned, so a layer record keeps
 * text, not the database.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const TAG = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  dirIndexes: 1116,
  baseNames: 1117,
  dirNames: 1118,
};
const TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 };

/** What a database becomes: one JSON line per package, `[name, version, [file, …]]`. */
export const RPM_UNREADABLE = 'rpm: node:sqlite unavailable';

interface Sqlite {
  DatabaseSync: new (
    file: string,
    options?: { readOnly?: boolean },
  ) => { prepare(sql: string): { all(): Record<string, unknown>[] }; close(): void };
}

/** The packages of an rpmdb.sqlite as text lines, or RPM_UNREADABLE when this Node has no node:sqlite. */
export function rpmdbToText(db: Buffer): string {
  const sqlite = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:sqlite') as
    Sqlite | undefined;
  if (!sqlite?.DatabaseSync) return RPM_UNREADABLE;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isg-rpmdb-'));
  try {
    const file = path.join(dir, 'rpmdb.sqlite');
    fs.writeFileSync(file, db);
    const conn = new sqlite.DatabaseSync(file, { readOnly: true });
    try {
      const lines: string[] = [];
      for (const row of conn.prepare('SELECT blob FROM Packages').all()) {
        const blob = row.blob;
        if (!(blob instanceof Uint8Array)) continue;
        const pkg = parseHeader(Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength));
        if (pkg) lines.push(JSON.stringify(pkg));
      }
      return lines.join('\n');
    } finally {
      conn.close();
    }
  } catch {
    return ''; // not a database this reads: no packages from it
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `[name, [epoch:]version-release, files]` from one header blob; null when it is not one. */
export function parseHeader(blob: Buffer): [string, string, string[]] | null {
  if (blob.length < 8) return null;
  const count = blob.readUInt32BE(0);
  const dataLength = blob.readUInt32BE(4);
  const store = 8 + count * 16;
  if (count > 100_000 || store + dataLength > blob.length) return null;
  const entries = new Map<number, { type: number; offset: number; count: number }>();
  for (let i = 0; i < count; i++) {
    const at = 8 + i * 16;
    entries.set(blob.readUInt32BE(at), {
      type: blob.readUInt32BE(at + 4),
      offset: blob.readUInt32BE(at + 8),
      count: blob.readUInt32BE(at + 12),
    });
  }
  const strings = (tag: number): string[] => {
    const e = entries.get(tag);
    if (!e || ![TYPE.string, TYPE.stringArray, TYPE.i18nString].includes(e.type)) return [];
    const out: string[] = [];
    let at = store + e.offset;
    const end = store + dataLength;
    for (let n = 0; n < (e.type === TYPE.stringArray ? e.count : 1) && at < end; n++) {
      const zero = blob.indexOf(0, at);
      if (zero === -1 || zero > end) break;
      out.push(blob.toString('utf8', at, zero));
      at = zero + 1;
    }
    return out;
  };
  const ints = (tag: number): number[] => {
    const e = entries.get(tag);
    if (!e || e.type !== TYPE.int32) return [];
    const at = store + e.offset;
    if (at + e.count * 4 > store + dataLength) return [];
    return Array.from({ length: e.count }, (_, i) => blob.readInt32BE(at + i * 4));
  };
  const name = strings(TAG.name)[0];
  if (!name) return null;
  const epoch = ints(TAG.epoch)[0];
  const version = `${epoch ? `${epoch}:` : ''}${strings(TAG.version)[0] ?? ''}-${strings(TAG.release)[0] ?? ''}`;
  const dirs = strings(TAG.dirNames);
  const indexes = ints(TAG.dirIndexes);
  const files = strings(TAG.baseNames).map((base, i) => `${dirs[indexes[i] ?? -1] ?? ''}${base}`);
  return [name, version, files];
}

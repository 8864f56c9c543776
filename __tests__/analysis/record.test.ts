import { describe, expect, it } from 'vitest';
import { decodeEntries, encodeEntries, fromRecord, toRecord } from '../../src/analysis/record.js';
import type { LayerScan } from '../../src/layers/scan.js';
import type { TarEntry } from '../../src/layers/tar.js';

const entry = (path: string, type: TarEntry['type'], size = 0, linkName = ''): TarEntry => ({
  path,
  type,
  size,
  linkName,
});

const entries: TarEntry[] = [
  entry('usr', 'directory'),
  entry('usr/lib', 'directory'),
  entry('usr/lib/libc.so.6', 'file', 1_900_000),
  entry('usr/lib/libc.so', 'symlink', 0, 'libc.so.6'),
  entry('usr/lib/libc-copy.so', 'hardlink', 0, 'usr/lib/libc.so.6'),
  entry('usr/lib/libc.so.6', 'file', 12),
  entry('dev/null', 'other'),
  entry('opt/ünïcode/😀', 'file', 3),
];

describe('layer records', () => {
  it('round-trip the tar members the analysis uses', () => {
    expect(decodeEntries(encodeEntries(entries))).toEqual(
      entries.map((e) => ({ ...e, linkName: e.type === 'hardlink' || e.type === 'symlink' ? e.linkName : '' })),
    );
  });

  it('survive JSON and front-code shared path prefixes', () => {
    const encoded = JSON.parse(JSON.stringify(encodeEntries(entries)));
    expect(encoded.types).toBe('ddflhfof');
    expect(encoded.suffix.slice(0, 4)).toEqual(['usr', '/lib', '/libc.so.6', '']);
    expect(decodeEntries(encoded).map((e) => e.path)).toEqual(entries.map((e) => e.path));
  });

  it('stand in for a scan only for the layer content they describe', () => {
    const scan: LayerScan = {
      compression: 'gzip',
      estargz: false,
      compressedBytes: 10,
      uncompressedBytes: 20,
      diffId: 'sha256:aa',
      entries,
      gzipEstimateBytes: null,
    };
    const record = toRecord('sha256:bb', scan);
    expect(fromRecord(record, 'sha256:aa')?.uncompressedBytes).toBe(20);
    expect(fromRecord(record, 'sha256:cc')).toBeNull();
    expect(fromRecord({ ...record, version: 99 }, 'sha256:aa')).toBeNull();
  });
});

import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectCompression, scanFileSync, scanLayer } from '../../src/layers/scan.js';
import { fzstdDecoder } from '../../src/layers/zstd.js';

/** Node's zstd compressor, where it has one (Node ≥ 22.15). */
const zstdCompress = (zlib as unknown as { zstdCompressSync?: (b: Buffer) => Buffer }).zstdCompressSync;

function layerTar(random?: Buffer): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isg-scan-'));
  fs.mkdirSync(path.join(dir, 'app'));
  fs.writeFileSync(path.join(dir, 'app', 'a.txt'), 'a'.repeat(5000));
  fs.writeFileSync(path.join(dir, 'app', 'b.bin'), Buffer.alloc(70_000, 7));
  if (random) fs.writeFileSync(path.join(dir, 'app', 'random.bin'), random);
  return execFileSync('tar', ['--format=pax', '-C', dir, '-cf', '-', '.']);
}

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const chunks = (b: Buffer, size = 1000) =>
  Readable.from(Array.from({ length: Math.ceil(b.length / size) }, (_, i) => b.subarray(i * size, (i + 1) * size)));

describe('scanLayer', () => {
  const tar = layerTar();

  it.each([
    ['none', tar],
    ['gzip', zlib.gzipSync(tar)],
    ...(zstdCompress ? [['zstd', zstdCompress(tar)] as const] : []),
  ] as const)('reads a %s layer: sizes, diff_id and files', async (compression, blob) => {
    const scan = await scanLayer(chunks(blob));
    expect(scan.compression).toBe(compression);
    expect(scan.compressedBytes).toBe(blob.length);
    expect(scan.uncompressedBytes).toBe(tar.length);
    expect(scan.diffId).toBe(sha(tar));
    const files = scan.entries.filter((e) => e.type === 'file').map((e) => [e.path, e.size]);
    expect(files.sort()).toEqual([
      ['app/a.txt', 5000],
      ['app/b.bin', 70_000],
    ]);
  });

  it('estimates the gzip size of an uncompressed layer when asked', async () => {
    const scan = await scanLayer(chunks(tar), { estimateGzip: true });
    expect(scan.gzipEstimateBytes).toBe(zlib.gzipSync(tar).length);
  });

  it('reports a truncated gzip layer', async () => {
    const gz = zlib.gzipSync(tar);
    await expect(scanLayer(chunks(gz.subarray(0, gz.length - 40)))).rejects.toThrow(
      /gzip data is corrupt or truncated|truncated/,
    );
  });

  it('reports a damaged uncompressed layer whose gzip size is being estimated, leaving no stream error unhandled', async () => {
    const damaged = Buffer.from(tar);
    damaged.fill(0x41, 512 * 3, 512 * 4); // a header block in the middle: not a tar header any more
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      await expect(scanLayer(chunks(damaged, 512), { estimateGzip: true })).rejects.toThrow(/not a tar header at byte/);
      // The gzip stream is destroyed on the failure: its "premature close" must have had a listener.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('reports a blob that is not a tar', async () => {
    await expect(scanLayer(chunks(Buffer.from('hello world, not a layer'.repeat(50))))).rejects.toThrow(
      /neither a tar stream nor gzip or zstd/,
    );
  });
});

describe('scanFileSync: the same read in one synchronous pass, as a layer-reading thread does it', () => {
  const tar = layerTar(crypto.randomBytes(40_000));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isg-sync-'));
  const inArchive = (blob: Buffer, after = Buffer.alloc(700, 2)) => {
    const file = path.join(dir, `blob-${blob.length}-${after.length}-${crypto.randomUUID()}`);
    fs.writeFileSync(file, Buffer.concat([Buffer.alloc(700, 1), blob, after]));
    return { path: file, start: 700, end: 700 + blob.length };
  };

  it.each([
    ['none', tar],
    ['gzip', zlib.gzipSync(tar)],
    ...(zstdCompress ? [['zstd', zstdCompress(tar)] as const] : []),
  ] as const)(
    'gives what the stream gives for a %s layer, through 1000-byte buffers used again for every chunk',
    async (_compression, blob) => {
      for (const hash of ['content', 'blob'] as const) {
        const options = { estimateGzip: true, capture: true, hash };
        const fromStream = await scanLayer(chunks(blob), options);
        // Any piece of output still in use when its buffer is written again would change the digest.
        const fromFile = scanFileSync(inArchive(blob), options, 1000);
        // A stream's chunks cut anywhere, as a socket's are.
        const fromOddChunks = await scanLayer(chunks(blob, 777), options);
        expect(fromOddChunks).toEqual(fromStream);
        expect(fromFile).toEqual(fromStream);
      }
      const scan = scanFileSync(inArchive(blob), {}, 1000);
      expect(scan.diffId).toBe(sha(tar));
      expect(scan.compressedBytes).toBe(blob.length);
      expect(scan.entries.map((e) => e.path)).toContain('app/random.bin');
    },
  );

  it('estimates the gzip size of an uncompressed layer as gzip gives it', () => {
    expect(scanFileSync(inArchive(tar), { estimateGzip: true }, 1000).gzipEstimateBytes).toBe(
      zlib.gzipSync(tar).length,
    );
  });

  it.each([['gzip', zlib.gzipSync], ...(zstdCompress ? [['zstd', zstdCompress] as const] : [])] as const)(
    'reports a truncated %s layer',
    (compression, compress) => {
      const blob = compress(tar);
      expect(() => scanFileSync(inArchive(blob.subarray(0, blob.length - 40)), {}, 1000)).toThrow(
        new RegExp(`its ${compression} data is corrupt or truncated \\(unexpected end of file\\)`),
      );
    },
  );

  it('reports corrupt data in the middle of a gzip layer', () => {
    const gz = Buffer.from(zlib.gzipSync(tar));
    gz.fill(0x55, 20_000, 20_400);
    expect(() => scanFileSync(inArchive(gz), {}, 1000)).toThrow(/its gzip data is corrupt or truncated/);
  });

  it('reports a file that ends before the layer does, and a blob that is not a tar', () => {
    const range = inArchive(zlib.gzipSync(tar), Buffer.alloc(0));
    expect(() => scanFileSync({ ...range, end: range.end + 5000 }, {}, 1000)).toThrow(
      /ends at byte \d+, before the layer does/,
    );
    expect(() => scanFileSync(inArchive(Buffer.from('hello world, not a layer'.repeat(50))))).toThrow(
      /neither a tar stream nor gzip or zstd/,
    );
  });
});

describe('fzstdDecoder, the zstd decoder where Node has none (Node 20)', () => {
  it.skipIf(!zstdCompress)('decodes from a buffer that is read into again, and refuses a truncated stream', () => {
    const tar = layerTar(crypto.randomBytes(40_000));
    const blob = zstdCompress!(tar);
    const decoder = fzstdDecoder();
    const input = Buffer.alloc(700);
    const parts: Buffer[] = [];
    for (let at = 0; at < blob.length; at += input.length) {
      const n = blob.copy(input, 0, at, at + input.length);
      decoder.write(input.subarray(0, n), (out) => parts.push(Buffer.from(out)));
    }
    decoder.end((out) => parts.push(Buffer.from(out)));
    expect(sha(Buffer.concat(parts))).toBe(sha(tar));

    const cut = fzstdDecoder();
    cut.write(blob.subarray(0, blob.length - 40), () => undefined);
    expect(() => cut.end(() => undefined)).toThrow(expect.objectContaining({ code: 'ERR_ZSTD' }));
  });
});

describe('detectCompression', () => {
  it('recognises the format from the bytes', () => {
    expect(detectCompression(Buffer.from([0x1f, 0x8b, 8]))).toBe('gzip');
    expect(detectCompression(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))).toBe('zstd');
    expect(detectCompression(Buffer.from('usr/'))).toBe('none');
  });
});

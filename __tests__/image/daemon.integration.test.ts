/**
 * An image in the daemon is read as the Engine API exports it: nothing of the export is written to
 * disk, layers the baseline knows are let through unread, and the figures are those of the same
 * image saved to an archive. The CLI runs bundled under Node 24, as a whole process, against the
 * real daemon.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { LayerRecord } from '../../src/analysis/types.js';
import { UserError } from '../../src/errors.js';
import { readExportedImage } from '../../src/image/daemon.js';
import type { LayerScan } from '../../src/layers/scan.js';
import { BUSYBOX } from '../helpers/base-images.js';
import { exec, run } from '../helpers/exec.js';
import { buildx, makeContext } from '../helpers/images.js';
import { NODE24 } from '../helpers/runner.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');
const TAG = `isg-daemon/streamed:${process.pid}`;

let work: string;
let archive: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-daemon-'));
  const context = await makeContext({
    Dockerfile: [`FROM ${BUSYBOX}`, 'COPY data.bin /data/', 'COPY app.conf /app/', 'COPY app.conf /app/copy.conf'].join(
      '\n',
    ),
    'app.conf': 'port=8080\n'.repeat(400),
    // Bytes gzip cannot shrink, so the layer is several of the export's chunks long.
    'data.bin': Buffer.from(Array.from({ length: 3_000_000 }, (_, i) => (i * 7919 + (i >> 9) * 31) % 251)),
  });
  await buildx(context, ['-t', TAG, '--load']);
  archive = path.join(work, 'saved.tar');
  await run('docker', ['save', '-o', archive, TAG]);
});

afterAll(async () => {
  await exec('docker', ['image', 'rm', TAG]);
  if (work) await fs.rm(work, { recursive: true, force: true });
});

/** The analysis JSON without the fields that name where the image came from. */
const figures = (json: string) => {
  const doc = JSON.parse(json) as { image: { ref: unknown } };
  doc.image.ref = null;
  return doc;
};

describe('an image from the daemon', () => {
  it('is measured without a temporary copy: the figures of the saved archive, with no writable temp folder', async () => {
    // TMPDIR is a file, so nothing can be written under it: the export must be read as it streams.
    const tmp = path.join(work, 'not-a-folder');
    await fs.writeFile(tmp, '');
    const env = { ...process.env, TMPDIR: tmp };
    const fromDaemon = await exec(NODE24, [CLI, 'analyze', TAG, '--format', 'json'], { env });
    expect(fromDaemon.stderr).toBe('');
    expect(fromDaemon.code).toBe(0);
    const fromArchive = await exec(NODE24, [CLI, 'analyze', archive, '--format', 'json']);
    expect(fromArchive.code).toBe(0);
    expect(figures(fromDaemon.stdout)).toEqual(figures(fromArchive.stdout));
  }, 120_000);

  it('uses the records of known layers, and reads a layer whose record does not fit from a second export', async () => {
    const full = await analyze(TAG);
    const [bottom, , top] = full.layers as [LayerRecord, LayerRecord, LayerRecord];
    // The bottom layer's record is used as it is; the top one's is of another record version, so
    // that layer (let through unread the first time) must still be read.
    const known = new Map<string, LayerRecord>([
      [bottom.digest, bottom],
      [top.digest, { ...top, version: -1 }],
    ]);
    const again = await analyze(TAG, { knownLayers: known });
    expect(again.images).toEqual(full.images);
    expect(again.layers).toEqual(full.layers);
  }, 120_000);
});

describe('a damaged export', () => {
  // A real daemon never sends a damaged export; the damage is made to the bytes of a real one,
  // handed over as the stream the Engine API would give.
  const cases: [string, (bytes: Buffer) => Buffer, RegExp][] = [
    ['cut in the middle', (b) => b.subarray(0, b.length >> 1), /failed: it ended before the archive did/],
    ['cut inside the first header', (b) => b.subarray(0, 300), /failed: it ended before the archive did/],
    ['not a tar stream', (b) => Buffer.from(b.map((_, i) => (i * 131) % 256)), /failed: it is not an image archive/],
    ['a zeroed block in a layer', (b) => zeroed(b, largestLayerMiddle(b)), /the archive is damaged: layer 0/],
    ['a flipped byte in a layer', (b) => flipped(b, largestLayerMiddle(b)), /the archive is damaged: layer 0/],
  ];
  it.each(cases)('%s: refused in one line that says what to do', async (_, damage, reason) => {
    const intact = await fs.readFile(archive);
    const scansOf = async (bytes: Buffer): Promise<LayerScan[]> => {
      const image = await readExportedImage(TAG, async () => Readable.from(chunked(bytes)));
      const scans: LayerScan[] = [];
      for (const resolved of image.images) await image.readLayers(resolved, (_i, scan) => scans.push(scan));
      return scans;
    };
    expect((await scansOf(intact)).map((scan) => scan.diffId)).toHaveLength(4);
    const refused = await scansOf(damage(intact)).then(
      () => null,
      (err: unknown) => err as Error,
    );
    expect(refused).toBeInstanceOf(UserError);
    expect(refused!.message).not.toContain('\n');
    expect(refused!.message).toMatch(reason);
    expect(refused!.message).toMatch(/(save or build the image again|try again)$/);
  });
});

/** Splits bytes into socket-sized chunks, as the Engine API's stream arrives. */
function* chunked(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += 65536) yield bytes.subarray(at, at + 65536);
}

/** The offset of the middle of the archive's largest member (the layer with data.bin). */
function largestLayerMiddle(bytes: Buffer): number {
  let best = { at: 0, size: 0 };
  for (let at = 0; at + 512 <= bytes.length;) {
    const size = parseInt(
      bytes
        .toString('latin1', at + 124, at + 136)
        .replace(/\0.*$/s, '')
        .trim() || '0',
      8,
    );
    if (bytes[at] === 0) break;
    if (size > best.size) best = { at: at + 512, size };
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return best.at + (best.size >> 1);
}

function zeroed(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.fill(0, at - (at % 512), at - (at % 512) + 512);
  return copy;
}

function flipped(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0x40;
  return copy;
}

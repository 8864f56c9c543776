/**
 * The bundled CLI (Node 24, as a whole process) reads large layer blobs in a worker thread; run
 * from source, the same code reads them on the main thread. Both must print the same JSON for an
 * image, and refuse the same damaged layer with the same one line.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { exec } from '../helpers/exec.js';
import { buildx, makeContext } from '../helpers/images.js';
import { NODE24 } from '../helpers/runner.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');
const WORKER = path.resolve(import.meta.dirname, '../../dist/scan-worker/index.js');

let work: string;
let archive: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-scan-thread-'));
  // Random bytes gzip cannot shrink: a 40 MB layer blob, above what is worth a thread.
  const context = await makeContext({
    Dockerfile: ['FROM scratch', 'COPY big.bin /data/', 'COPY small.txt /etc/'].join('\n'),
    'big.bin': randomBytes(40 * 1024 * 1024),
    'small.txt': 'hello\n'.repeat(1000),
  });
  archive = path.join(work, 'image.oci.tar');
  await buildx(context, ['--output', `type=oci,dest=${archive}`]);
}, 180_000);

afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

/** The CLI run in this process, from source: its layers are read on the main thread. */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    code = await main(args, { out: (t: string) => (stdout += t), err: (t: string) => (stderr += t) });
  } catch (err) {
    code = 2;
    stderr = (err as Error).message;
  }
  return { code, stdout, stderr };
}

describe('a layer read in a worker thread', () => {
  it('gives the same JSON as one read on the main thread', async () => {
    await fs.access(WORKER);
    const bundled = await exec(NODE24, [CLI, 'analyze', archive, '--format', 'json']);
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    const source = await inProcess(['analyze', archive, '--format', 'json']);
    expect(source.code).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(source.stdout));
    expect(
      (JSON.parse(bundled.stdout) as { totals: { compressedBytes: number } }).totals.compressedBytes,
    ).toBeGreaterThan(40 * 1024 * 1024);
  }, 120_000);

  it('is refused in the same one line when its gzip data is damaged', async () => {
    const bytes = await fs.readFile(archive);
    // The middle of the archive lies inside the 40 MB layer blob.
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x10;
    const damaged = path.join(work, 'damaged.oci.tar');
    await fs.writeFile(damaged, bytes);
    const bundled = await exec(NODE24, [CLI, 'analyze', damaged, '--format', 'json']);
    expect(bundled.code).toBe(2);
    expect(bundled.stderr.split('\n')).toHaveLength(2);
    expect(bundled.stderr).toMatch(/the archive is damaged: layer 0 \(sha256:[0-9a-f]{64}\): its gzip data is corrupt/);
    const source = await inProcess(['analyze', damaged, '--format', 'json']);
    expect(bundled.stderr).toContain(source.stderr.trim().replace(/^image-size-guard: /, ''));
  }, 120_000);
});

/**
 * Damaged archives never crash the CLI. Small images built by buildx in every archive format a user
 * meets (OCI with gzip, zstd and uncompressed layers, docker save, and a legacy docker save with
 * `<id>/layer.tar`) are damaged at random — truncated, bits flipped in a layer blob or in a JSON
 * file, a 512-byte block zeroed, a run of random bytes written over them — and each damaged archive
 * is analysed by the bundled CLI under Node 24, as a whole process. It must either exit 0 with the
 * figures of the intact image (its layers still match their diff_ids) or exit 2 with exactly one
 * line on stderr: no stack trace, no echo of the file's bytes, no hang.
 *
 * The seed is printed; `ISG_FUZZ_SEED=<seed>` runs the same cases again, and a failure names the
 * seed and the case. `ISG_FUZZ_CASES` sets the number of cases per archive.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, run } from '../helpers/exec.js';
import { buildx, extract, makeContext } from '../helpers/images.js';
import { NODE24 } from '../helpers/runner.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli/index.js');
const TAG = `isg-fuzz/archives:${process.pid}`;
/** 5 archives × 30 cases, two at a time: about 10 s on two idle cores, 40 s on busy ones. */
const CASES = Number(process.env.ISG_FUZZ_CASES ?? 30);
const SEED = Number(process.env.ISG_FUZZ_SEED ?? Date.now() % 2 ** 31);
const CASE_TIMEOUT_MS = 20_000;

let work: string;
const archives: Record<string, string> = {};

/** The figures an intact archive gives: a damaged one that still analyses must give the same. */
interface Figures {
  layers: { uncompressedBytes: number; contentBytes: number; fileCount: number; diffId: string }[];
}
const intact: Record<string, Figures> = {};

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-fuzz-'));
  const context = await makeContext({
    Dockerfile: ['FROM scratch', 'COPY app.conf /app/', 'COPY data.bin /data/', 'COPY app.conf /app/copy.conf'].join(
      '\n',
    ),
    'app.conf': 'port=8080\n'.repeat(40),
    // Half random, half repetitive: gzip has something to do and something it cannot shrink.
    'data.bin': Buffer.concat([Buffer.from(Array.from({ length: 6000 }, (_, i) => (i * 7919) % 251)), repeat(6000)]),
  });
  for (const compression of ['gzip', 'zstd', 'uncompressed']) {
    archives[compression] = path.join(work, `${compression}.oci.tar`);
    await buildx(context, [
      '--output',
      `type=oci,dest=${archives[compression]},compression=${compression},force-compression=true`,
    ]);
  }
  await buildx(context, ['-t', TAG, '--load']);
  archives.save = path.join(work, 'save.tar');
  await run('docker', ['save', '-o', archives.save, TAG]);
  await run('docker', ['image', 'rm', TAG]);
  archives.legacy = await legacyArchive(await extract(archives.save), path.join(work, 'legacy.tar'));
  for (const [name, file] of Object.entries(archives)) {
    const r = await exec(NODE24, [CLI, 'analyze', file, '--format', 'json']);
    if (r.code !== 0) throw new Error(`the intact ${name} archive does not analyse: ${r.stderr}`);
    intact[name] = figures(r.stdout);
  }
});

afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

function repeat(n: number): Buffer {
  return Buffer.from('abcdefgh'.repeat(Math.ceil(n / 8)).slice(0, n));
}

/** An extracted docker save rewritten as Docker < 25 wrote it: `<id>/layer.tar`, uncompressed. */
async function legacyArchive(dir: string, file: string): Promise<string> {
  const out = await fs.mkdtemp(path.join(work, 'legacy-'));
  const [entry] = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'));
  await fs.copyFile(path.join(dir, entry.Config), path.join(out, 'config.json'));
  const layers: string[] = [];
  for (const [i, layer] of (entry.Layers as string[]).entries()) {
    const id = `${i}`.padStart(64, 'a');
    await fs.mkdir(path.join(out, id));
    await fs.writeFile(path.join(out, id, 'layer.tar'), gunzipSync(await fs.readFile(path.join(dir, layer))));
    layers.push(`${id}/layer.tar`);
  }
  await fs.writeFile(
    path.join(out, 'manifest.json'),
    JSON.stringify([{ Config: 'config.json', RepoTags: [TAG], Layers: layers }], null, 2),
  );
  await run('tar', ['-C', out, '-cf', file, '.']);
  return file;
}

function figures(stdout: string): Figures {
  const json = JSON.parse(stdout) as { layers: Figures['layers'] };
  return {
    layers: json.layers.map(({ uncompressedBytes, contentBytes, fileCount, diffId }) => ({
      uncompressedBytes,
      contentBytes,
      fileCount,
      diffId,
    })),
  };
}

/** mulberry32: a small PRNG whose whole state is the seed, so a case can be replayed. */
function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

interface Member {
  name: string;
  offset: number;
  size: number;
}

/** The regular files of a tar archive, read here with a few lines rather than the code under test. */
function members(tar: Buffer): Member[] {
  const out: Member[] = [];
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    const size = parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const type = header[156];
    if (type === 0x30 || type === 0) out.push({ name: name.replace(/^\.\//, ''), offset: at + 512, size });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

type Damage = (archive: Buffer, random: (n: number) => number) => { bytes: Buffer; what: string };

const isJson = (tar: Buffer, m: Member) => m.size > 0 && (tar[m.offset] === 0x7b || tar[m.offset] === 0x5b);

const flipIn = (pick: (tar: Buffer, m: Member) => boolean, label: string): Damage => {
  return (tar, random) => {
    const candidates = members(tar).filter((m) => m.size > 0 && pick(tar, m));
    const m = candidates[random(candidates.length)]!;
    const bytes = Buffer.from(tar);
    const flips = 1 + random(3);
    const at: number[] = [];
    for (let i = 0; i < flips; i++) {
      const offset = m.offset + random(m.size);
      bytes[offset]! ^= 1 << random(8);
      at.push(offset);
    }
    return { bytes, what: `${flips} bit(s) flipped in ${label} ${m.name} at ${at.join(', ')}` };
  };
};

const DAMAGES: Damage[] = [
  (tar, random) => {
    const length = random(tar.length);
    return { bytes: tar.subarray(0, length), what: `truncated to ${length} bytes` };
  },
  flipIn((tar, m) => !isJson(tar, m), 'the blob'),
  flipIn(isJson, 'the JSON file'),
  (tar, random) => {
    const block = random(Math.floor(tar.length / 512));
    const bytes = Buffer.from(tar);
    bytes.fill(0, block * 512, block * 512 + 512);
    return { bytes, what: `512-byte block ${block} zeroed` };
  },
  (tar, random) => {
    const length = 1 + random(256);
    const start = random(tar.length - length);
    const bytes = Buffer.from(tar);
    for (let i = start; i < start + length; i++) bytes[i] = random(256);
    return { bytes, what: `${length} random bytes at ${start}` };
  },
];

interface Case {
  archive: string;
  index: number;
  what: string;
  file: string;
}

async function makeCases(): Promise<Case[]> {
  const cases: Case[] = [];
  for (const [name, file] of Object.entries(archives)) {
    const tar = await fs.readFile(file);
    for (let index = 0; index < CASES; index++) {
      // Every case has its own generator, so one can be replayed alone from the seed and its number.
      const random = prng(SEED ^ Math.imul(index + 1, 0x9e3779b1) ^ hash(name));
      const damage = DAMAGES[index % DAMAGES.length]!;
      const { bytes, what } = damage(tar, random);
      const out = path.join(work, `${name}-${index}.tar`);
      await fs.writeFile(out, bytes);
      cases.push({ archive: name, index, what, file: out });
    }
  }
  return cases;
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h;
}

/** What is wrong with the CLI's answer to a damaged archive, or null when it is right. */
async function check(c: Case): Promise<{ code: number; problem: string | null }> {
  const r = await exec(NODE24, [CLI, 'analyze', c.file, '--format', 'json'], { timeout: CASE_TIMEOUT_MS });
  return { code: r.code, problem: judge(c, r) };
}

function judge(c: Case, r: { code: number; stdout: string; stderr: string }): string | null {
  if (r.code === 0) {
    if (r.stderr !== '') return `exit 0 with stderr ${JSON.stringify(r.stderr.slice(0, 500))}`;
    let got: Figures;
    try {
      got = figures(r.stdout);
    } catch {
      return `exit 0 without JSON on stdout: ${JSON.stringify(r.stdout.slice(0, 300))}`;
    }
    // Layers that still match their diff_ids are the same tar streams, so they measure the same.
    const want = intact[c.archive]!;
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      return `exit 0 with other figures: ${JSON.stringify(got)} instead of ${JSON.stringify(want)}`;
    }
    return null;
  }
  const lines = r.stderr.split('\n');
  if (r.code !== 2) return `exit ${r.code} (a crash, a signal or the ${CASE_TIMEOUT_MS} ms timeout): ${r.stderr}`;
  if (r.stdout !== '') return `exit 2 with stdout ${JSON.stringify(r.stdout.slice(0, 300))}`;
  if (lines.length !== 2 || lines[1] !== '') return `exit 2 with ${lines.length - 1} lines on stderr:\n${r.stderr}`;
  if (!/^image-size-guard: \S/.test(r.stderr)) return `exit 2 with an unexpected line: ${r.stderr}`;
  if (/unexpected error|\s+at \S+ \(|node:internal/.test(r.stderr)) return `exit 2 from a bug: ${r.stderr}`;
  // The archive's own JSON never reaches the message (a name or a digest from it may, quoted).
  if (/\{"|"\s*:\s*[["{\d]/.test(r.stderr)) return `exit 2 echoing the file's bytes: ${r.stderr}`;
  return null;
}

describe('damaged archives', () => {
  it(`exit 0 with the intact figures or exit 2 with one line (seed ${SEED})`, async () => {
    console.log(`archive fuzz: seed ${SEED}, ${CASES} cases per archive (ISG_FUZZ_SEED=${SEED} to replay)`);
    const cases = await makeCases();
    const failures: string[] = [];
    const exits = { analysed: 0, refused: 0 };
    const queue = [...cases];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const { code, problem } = await check(c);
        exits[code === 0 ? 'analysed' : 'refused']++;
        if (problem) {
          failures.push(
            `seed ${SEED}, ${c.archive} case ${c.index} (${c.what}): ${problem}\n` +
              `  replay: ISG_FUZZ_SEED=${SEED} npx vitest run __tests__/fuzz/archives.integration.test.ts`,
          );
        }
        await fs.rm(c.file, { force: true });
      }
    };
    const started = Date.now();
    await Promise.all([worker(), worker()]);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `archive fuzz: ${cases.length} cases in ${seconds} s: ${exits.analysed} analysed, ${exits.refused} refused`,
    );
    expect(failures, failures.join('\n\n')).toEqual([]);
  }, 300_000);
});

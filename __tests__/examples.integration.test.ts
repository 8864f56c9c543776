/**
 * The examples/ pairs, built and measured by the bundled action as a runner runs it: the "before"
 * is the baseline, the "after" is compared with it. Each "before" must get the hints the Docker
 * optimisation guides teach for it, with the bytes they would save; each "after" none of them.
 * Expected figures come from the images themselves, never from the code under test: sizes from the
 * OCI layout's manifest (blob sizes) and from Node's zlib (uncompressed streams, checked against the
 * config's diff_ids), the layer that a Dockerfile line made from the config's history, and the
 * bytes a hint names from the system tar's listing of that layer.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { createGunzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/exec.js';
import { runAction, type ActionRun } from './helpers/runner.js';
import { exampleBuildArgs } from './helpers/toolchain-images.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** A lesson of the optimisation guides, as a hint in the report. */
interface Lesson {
  name: string;
  /** Matches the hint's title, as a user reads it. */
  title: RegExp;
  /** The Dockerfile line the hint points at, when it is the user's own line. */
  line?: number;
  /** Where the bytes it would save are: the layer whose history entry matches `step`, under these folders. */
  bytes?: { step: RegExp; under: string[] };
}

interface Example {
  name: string;
  lessons: Lesson[];
}

const ROOT_USER: Lesson = { name: 'runs as root', title: /^The image runs as root \(no USER set\)$/ };

/** Line numbers are those of examples/<name>/before.Dockerfile. */
const EXAMPLES: Example[] = [
  {
    name: 'node-service',
    lessons: [
      {
        name: '`COPY . .` before the dependency install',
        title: /^The whole build context is copied before the dependency install on line 8/,
        line: 6,
      },
      {
        name: 'npm cache left',
        title: /^Package-manager cache \/root\/\.npm left in layer \d+$/,
        line: 8,
        bytes: { step: /npm install/, under: ['root/.npm/'] },
      },
      {
        name: 'dev dependencies (the TypeScript compiler) in the final stage',
        title: /^A compiler \(\/app\/node_modules\/typescript, from npm typescript\) is in the final image$/,
        line: 8,
        bytes: { step: /npm install/, under: ['app/node_modules/typescript/'] },
      },
      ROOT_USER,
    ],
  },
  {
    name: 'go-binary',
    lessons: [
      {
        name: 'Go toolchain in the final image',
        title: /^A compiler \(\/usr\/(lib|share)\/go-1\.19, from deb golang-1\.19-[a-z]+\) is in the final image$/,
        bytes: { step: /install .*golang-go/, under: ['usr/lib/go-1.19/', 'usr/share/go-1.19/'] },
      },
      {
        name: 'Go build cache left',
        title: /^Package-manager cache \/root\/\.cache\/go-build left in layer \d+$/,
        line: 7,
        bytes: { step: /go build/, under: ['root/.cache/go-build/'] },
      },
      ROOT_USER,
    ],
  },
  {
    name: 'python-service',
    lessons: [
      {
        name: 'apt lists left',
        title: /^Package-manager cache \/var\/lib\/apt\/lists left in layer \d+$/,
        line: 4,
        bytes: { step: /-c apt-get update #/, under: ['var/lib/apt/lists/'] },
      },
      {
        name: 'compiler (build-essential) in the final image',
        title: /^A compiler \(\/usr\/lib\/gcc, from deb [a-z0-9.+-]+\) is in the final image$/,
        line: 5,
        bytes: { step: /install -y build-essential/, under: ['usr/lib/gcc/'] },
      },
      ROOT_USER,
    ],
  },
  {
    name: 'java-service',
    lessons: [
      {
        name: 'a JDK where a JRE would do',
        title:
          /^A JDK \(\/usr\/lib\/jvm\/java-17-openjdk-amd64, from deb openjdk-17-j[dr][ke]-headless\) is in the final image$/,
        bytes: { step: /install .*default-jdk-headless/, under: ['usr/lib/jvm/java-17-openjdk-amd64/'] },
      },
      ROOT_USER,
    ],
  },
];

interface Layout {
  compressed: number[];
  uncompressed: number[];
  blobs: string[];
  /** created_by of the history entries that made a layer, bottom to top. */
  steps: string[];
}

interface Side {
  run: ActionRun;
  layout: Layout;
  hints: HintRow[];
}

interface HintRow {
  title: string;
  where: string;
  saves: string;
}

const savings: { name: string; before: Layout; after: Layout; hints: string }[] = [];
let buildArgs: string;
let work: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-examples-'));
  buildArgs = Object.entries(await exampleBuildArgs())
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
});

afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
  if (savings.length === 0) return;
  // One line per example, for the docs (examples/README.md).
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const rows = savings.map(({ name, before, after, hints }) => {
    const [bc, ac, bu, au] = [
      sum(before.compressed),
      sum(after.compressed),
      sum(before.uncompressed),
      sum(after.uncompressed),
    ];
    return `| ${name} | ${mb(bc)} → ${mb(ac)} (−${mb(bc - ac)}, −${((100 * (bc - ac)) / bc).toFixed(0)} %) | ${mb(bu)} → ${mb(au)} (−${mb(bu - au)}, −${((100 * (bu - au)) / bu).toFixed(0)} %) | ${hints} |`;
  });
  console.log(
    ['| Example | Compressed | Uncompressed | Hints on the before |', '| --- | --: | --: | --- |', ...rows].join('\n'),
  );
});

describe.each(EXAMPLES)('examples/$name', (example) => {
  let before: Side;
  let after: Side;

  beforeAll(async () => {
    const baseline = path.join(work, `${example.name}.baseline.json`);
    before = await measure(example.name, 'before', { 'baseline-output': baseline });
    after = await measure(example.name, 'after', { 'baseline-file': baseline });
    const lessons = example.lessons.flatMap((l) => {
      const h = lessonHints(before.hints, l)[0];
      return h ? [`${l.name}${h.saves === '—' ? '' : ` (${h.saves})`}`] : [];
    });
    savings.push({ name: example.name, before: before.layout, after: after.layout, hints: lessons.join('; ') });
  });

  // Each pair's two image layouts take a few hundred MB: gone once its assertions are done.
  afterAll(async () => {
    for (const side of ['before', 'after']) {
      await fs.rm(path.join(work, `${example.name}-${side}`), { recursive: true, force: true });
    }
  });

  it('measures both images as their manifests and layers say', () => {
    for (const side of [before, after]) {
      expect(side.run.code, side.run.stdout.slice(-3000)).toBe(0);
      expect(Number(side.run.outputs['compressed-bytes'])).toBe(sum(side.layout.compressed));
      expect(Number(side.run.outputs['uncompressed-bytes'])).toBe(sum(side.layout.uncompressed));
      expect(Number(side.run.outputs['layer-count'])).toBe(side.layout.compressed.length);
    }
  });

  it('reports the saving of the "after" against the "before"', () => {
    const compressed = sum(after.layout.compressed) - sum(before.layout.compressed);
    const uncompressed = sum(after.layout.uncompressed) - sum(before.layout.uncompressed);
    expect(compressed).toBeLessThan(0);
    expect(uncompressed).toBeLessThan(0);
    expect(Number(after.run.outputs['baseline-compressed-bytes'])).toBe(sum(before.layout.compressed));
    expect(Number(after.run.outputs['delta-bytes'])).toBe(compressed);
    expect(Number(after.run.outputs['delta-percent'])).toBeCloseTo(
      (100 * compressed) / sum(before.layout.compressed),
      2,
    );
    // The headline of the comment shows both changes as a user reads them.
    const headline = decode(after.run.outputs['comment-body']!.split('\n').find((l) => l.includes('uncompressed'))!);
    const [, c, u] =
      /\*\*[^*]+\*\* compressed \((-[\d.]+ [kMG]?B),[^)]*\) · \*\*[^*]+\*\* uncompressed \((-[\d.]+ [kMG]?B),/.exec(
        headline,
      )!;
    expectDisplayed(c!, compressed);
    expectDisplayed(u!, uncompressed);
  });

  it.each(example.lessons)('flags the "before": $name', async (lesson) => {
    const found = lessonHints(before.hints, lesson);
    expect(
      found.map((h) => h.title),
      before.hints.map((h) => `${h.title} (${h.where})`).join('\n'),
    ).toHaveLength(1);
    const hint = found[0]!;
    if (lesson.bytes) {
      const layer = layerOf(before.layout, lesson.bytes.step);
      expect(hint.where).toMatch(new RegExp(`^layer ${layer}\\b`));
      const bytes = await bytesUnder(before.layout.blobs[layer]!, lesson.bytes.under);
      expect(bytes).toBeGreaterThan(100_000);
      expectDisplayed(hint.saves, bytes);
    }
  });

  it('gives the "after" none of those hints', () => {
    const left = after.hints.filter((h) => example.lessons.some((l) => l.title.test(h.title) && mine(h, l)));
    expect(left.map((h) => `${h.title} (${h.where})`)).toEqual([]);
  });
});

/** The hints that teach a lesson: a hint about the user's own line is told from the same hint about the base image's layers by its line. */
function lessonHints(hints: HintRow[], lesson: Lesson): HintRow[] {
  return hints.filter(
    (h) => lesson.title.test(h.title) && (lesson.line === undefined || h.where.endsWith(`line ${lesson.line}`)),
  );
}

/**
 * A lesson about the user's own lines is learnt when no hint points at one of them; a cache that
 * the base image itself left (no Dockerfile line) is the base image's, the same before and after.
 */
function mine(hint: HintRow, lesson: Lesson): boolean {
  return lesson.line === undefined || /\bline \d+$/.test(hint.where);
}

async function measure(name: string, side: 'before' | 'after', baseline: Record<string, string>): Promise<Side> {
  const temp = path.join(work, `${name}-${side}`);
  const once = () =>
    runAction({
      workspace: ROOT,
      temp,
      inputs: {
        context: `examples/${name}`,
        file: `examples/${name}/${side}.Dockerfile`,
        'build-args': buildArgs,
        network: 'host',
        cache: 'none',
        key: `examples-${name}`,
        mode: 'compare',
        ...baseline,
      },
    });
  let result = await once();
  // The daemon is shared with other builds: a content cleanup running at the same moment can make
  // an export end with "failed to solve: not found". Such a build is tried once more.
  if (result.code !== 0 && /failed to solve: not found/.test(result.stdout)) {
    await fs.rm(temp, { recursive: true, force: true });
    result = await once();
  }
  if (result.code !== 0) throw new Error(`${name} ${side}: the action failed\n${result.stdout.slice(-4000)}`);
  const builds = (await fs.readdir(temp)).filter((d) => d.startsWith('image-size-guard-build-'));
  expect(builds).toHaveLength(1);
  const layout = await readLayout(path.join(temp, builds[0]!, 'oci'));
  return { run: result, layout, hints: hintRows(result.outputs['comment-body'] ?? '') };
}

/** The single-platform image of an OCI layout folder, read with nothing but JSON.parse and zlib. */
async function readLayout(dir: string): Promise<Layout> {
  const blob = (digest: string) => path.join(dir, 'blobs', ...digest.split(':'));
  const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8'));
  let doc = await readJson(path.join(dir, 'index.json'));
  while (doc.manifests) {
    const desc = doc.manifests.find((m: { platform?: { os?: string } }) => m.platform?.os !== 'unknown');
    doc = await readJson(blob(desc.digest));
  }
  const config = await readJson(blob(doc.config.digest));
  const layers = doc.layers as { digest: string; size: number; mediaType: string }[];
  const uncompressed: number[] = [];
  for (const [i, l] of layers.entries()) {
    expect(l.mediaType).toMatch(/gzip$/);
    const { bytes, diffId } = await gunzipped(blob(l.digest));
    expect(diffId).toBe(config.rootfs.diff_ids[i]);
    uncompressed.push(bytes);
  }
  const history = (config.history as { created_by?: string; empty_layer?: boolean }[]).filter((h) => !h.empty_layer);
  expect(history).toHaveLength(layers.length);
  return {
    compressed: layers.map((l) => l.size),
    uncompressed,
    blobs: layers.map((l) => blob(l.digest)),
    steps: history.map((h) => h.created_by ?? ''),
  };
}

async function gunzipped(file: string): Promise<{ bytes: number; diffId: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file).pipe(createGunzip()) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  return { bytes, diffId: `sha256:${hash.digest('hex')}` };
}

/** The one layer whose history entry matches `step`. */
function layerOf(layout: Layout, step: RegExp): number {
  const found = layout.steps.flatMap((s, i) => (step.test(s) ? [i] : []));
  expect(found, layout.steps.join('\n')).toHaveLength(1);
  return found[0]!;
}

/** Bytes of the regular files under these folders in one layer, from `tar -tvzf`. */
async function bytesUnder(blobFile: string, folders: string[]): Promise<number> {
  const listing = await run('tar', ['--numeric-owner', '-tvzf', blobFile], { env: { ...process.env, LC_ALL: 'C' } });
  let bytes = 0;
  for (const line of listing.split('\n')) {
    // -rw-r--r-- 0/0  1234 2023-04-07 12:00 usr/lib/go-1.19/VERSION
    const m = /^-\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+(.*)$/.exec(line);
    if (m && folders.some((f) => m[2]!.replace(/^\.\//, '').startsWith(f))) bytes += Number(m[1]);
  }
  return bytes;
}

/** The rows of the report's hint table. */
function hintRows(body: string): HintRow[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => /^\|\s*\|\s*Hint\s*\|\s*Where\s*\|\s*Saves\s*\|$/.test(l));
  if (start < 0) return [];
  const rows: HintRow[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => decode(c.trim()));
    // The hint's cell holds its title, then `<br>→ ` and the fix.
    rows.push({
      title: cells[1]!.split('<br>')[0]!,
      where: cells[2]!.replace(/\[(line \d+)\]\([^)]*\)/, '$1'),
      saves: cells[3]!,
    });
  }
  return rows;
}

/** The report escapes markdown with numeric entities and zero-width spaces: back to plain text. */
function decode(text: string): string {
  return text.replace(/&#8203;/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}

/** A size as the report shows it ("14.9 MB") stands for `bytes`, to the precision shown. */
function expectDisplayed(shown: string, bytes: number): void {
  const m = /^(-?[\d.]+) (B|kB|MB|GB)$/.exec(shown);
  expect(m, shown).not.toBeNull();
  const unit = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[m![2] as 'B' | 'kB' | 'MB' | 'GB'];
  const decimals = m![1]!.split('.')[1]?.length ?? 0;
  const halfStep = (unit * 10 ** -decimals) / 2;
  expect(Math.abs(Number(m![1]) * unit - bytes), `${shown} for ${bytes} bytes`).toBeLessThanOrEqual(halfStep);
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/**
 * The HTML report of a real image, opened in a real browser (headless chromium): it runs without a
 * console error, its largest rectangle is the image's largest folder, a click on it zooms in, a
 * search by path finds a file, and its packages view shows a package named with markup as text.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { AnalysisResult } from '../../src/analysis/types.js';
import { buildBaseline } from '../../src/baseline/document.js';
import { formatBytes } from '../../src/report/format.js';
import { htmlBaseline, renderHtmlReport } from '../../src/report/html/render.js';
import { ensureBusybox } from '../helpers/base-images.js';
import { openInChromium } from '../helpers/chromium.js';
import { buildx, makeContext } from '../helpers/images.js';

let work: string;
let before: AnalysisResult;
let after: AnalysisResult;

/** A package name that is markup: were it ever set as HTML, it would become an element and run. */
const HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">';

/** Node packages under /app/node_modules: name → [version, bytes of its index.js]. */
function nodeModules(packages: Record<string, [string, number]>): Record<string, string> {
  const files: Record<string, string> = {};
  Object.entries(packages).forEach(([name, [version, bytes]], i) => {
    files[`app/node_modules/pkg-${i}/package.json`] = JSON.stringify({ name, version });
    files[`app/node_modules/pkg-${i}/index.js`] = 'x'.repeat(bytes);
  });
  return files;
}

/** An OCI archive of a busybox image with `steps` as its RUN lines, then `app` copied to /app. */
async function image(name: string, steps: string[], app: Record<string, string> = {}): Promise<string> {
  const base = await ensureBusybox();
  const copy = Object.keys(app).length ? ['COPY app /app'] : [];
  const context = await makeContext({
    Dockerfile: [`FROM ${base}`, ...steps.map((s) => `RUN ${s}`), ...copy].join('\n'),
    ...app,
  });
  const archive = path.join(work, `${name}.tar`);
  await buildx(context, ['--output', `type=oci,dest=${archive}`]);
  return archive;
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-html-'));
  const common = [
    'mkdir -p /opt/data /srv/www && dd if=/dev/zero of=/opt/data/a.bin bs=1k count=3000 && dd if=/dev/zero of=/opt/data/b.bin bs=1k count=700',
    'dd if=/dev/zero of=/srv/www/index.html bs=1k count=300 && for i in $(seq 1 40); do echo $i > /srv/www/page-$i.html; done',
  ];
  before = await analyze(await image('before', common, nodeModules({ 'left-pad': ['1.0.0', 1000] })));
  after = await analyze(
    await image(
      'after',
      [
        ...common,
        'mkdir -p "/srv/www/<" && echo hi > "/srv/www/</script><!--x" && dd if=/dev/zero of=/srv/www/needle-report.txt bs=1k count=30 && rm /opt/data/b.bin',
      ],
      nodeModules({ 'left-pad': ['2.0.0', 5000], [HOSTILE]: ['<b>1</b>', 2000] }),
    ),
  );
}, 600_000);

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

/** The image's largest top-level folder, from the analysis itself. */
function largestFolder(result: AnalysisResult): string {
  const top = result.images[0]!.directories.filter((d) => d.path !== '/' && d.path.lastIndexOf('/') === 0);
  return top.sort((a, b) => b.bytes - a.bytes)[0]!.path;
}

describe('the HTML report in chromium', () => {
  it('the report of one image: no console error, the largest folder largest, a click zooms, search finds', async () => {
    const file = path.join(work, 'report.html');
    await fs.writeFile(file, renderHtmlReport({ images: after.images, records: after.layers }));
    const page = await openInChromium(file, '#selfcheck&q=needle');
    expect(page.console).toEqual([]);
    expect(page.body.errors).toBe('0');
    expect(largestFolder(after)).toBe('/opt');
    expect(page.body.largest).toBe(largestFolder(after));
    expect(page.body.zoom).toBe('/opt');
    expect(page.body.crumbs).toBe('/ > opt');
    expect(page.body.search!.split('\n')).toEqual(['/srv/www/needle-report.txt']);
    // The packages view, largest first: the hostile name and version shown as text, and nothing run.
    const packages = after.images[0]!.packages!;
    expect(packages.map((p) => `${p.type} ${p.name} ${p.version}`)).toEqual([
      'npm left-pad 2.0.0',
      `npm ${HOSTILE} <b>1</b>`,
    ]);
    expect(page.body.packages!.split('\n')).toEqual(
      packages.map((p) => `npm ${p.name} | ${p.version} | ${p.layer} | ${p.files} | ${formatBytes(p.bytes)}`),
    );
    expect(page.body.packageTotals).toMatch(/^[\d.]+ [kM]?B npm[\d.]+ [kM]?B unowned$/);
    expect(page.body.images).toBe('0');
    expect(page.body.pwned).toBeUndefined();
  });

  it('the report against a baseline opens in diff mode without an error', async () => {
    const baseline = buildBaseline({
      key: 'html',
      origin: { repository: '', commit: 'abc1234', ref: '', runId: null, time: new Date().toISOString() },
      analysis: before,
      build: null,
      historyLimit: 5,
      previous: null,
    });
    const file = path.join(work, 'diff.html');
    await fs.writeFile(
      file,
      renderHtmlReport({ images: after.images, records: after.layers, baseline: htmlBaseline(baseline) }),
    );
    const page = await openInChromium(file, '#selfcheck&q=script>');
    expect(page.console).toEqual([]);
    expect(page.body.errors).toBe('0');
    expect(page.body.mode).toBe('diff');
    expect(page.body.largest).toBe(largestFolder(after));
    // The file whose path is markup is found by it, and shown as text.
    expect(page.body.search).toContain('/srv/www/</script><!--x');
    // Package changes in the comment's words, largest first; the same index.js sizes, so the
    // package.json files of the two left-pad versions are the same size.
    const hostile = after.images[0]!.packages!.find((p) => p.name === HOSTILE)!;
    expect(page.body.packageChanges!.split('\n')).toEqual([
      'npm left-pad | 2.0.0 | from 1.0.0 | +4.00 kB',
      `npm ${HOSTILE} | <b>1</b> | new | +${formatBytes(hostile.bytes)}`,
    ]);
    expect(page.body.packageTotals).toContain(`npm (+${formatBytes(4000 + hostile.bytes)})`);
    expect(page.body.images).toBe('0');
    expect(page.body.pwned).toBeUndefined();
  });
});

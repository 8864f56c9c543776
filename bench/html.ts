/**
 * `npm run bench:html`: the HTML report of a 45,000-file image (synthetic layer records, sizes
 * spread as in a real image) listing 1,000 packages (the most an analysis lists): how large the
 * page is, how long rendering it takes here, and how long headless chromium takes to show it (from
 * navigation to the first treemap drawn).
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { largeImage } from '../__fixtures__/html-report.js';
import { openInChromium } from '../__tests__/helpers/chromium.js';
import type { PackageRecord } from '../src/analysis/types.js';
import { renderHtmlReport } from '../src/report/html/render.js';

const FILES = Number(process.env.BENCH_FILES ?? 45_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PACKAGES = Number(process.env.BENCH_PACKAGES ?? 1000);

const large = largeImage(FILES);
const records = large.records;
// Names and versions as long as Debian's: `libgstreamer-plugins-base1.0-0 1.22.0-3+deb12u4`.
const packages: PackageRecord[] = Array.from({ length: PACKAGES }, (_, i) => ({
  type: 'deb',
  name: `libexample-plugins-base1.0-${i}`,
  version: `1:1.22.${i}-3+deb12u4`,
  bytes: 40_000_000 - i * 30_000,
  files: 20 + (i % 300),
  layer: i % 3,
}));
const images = large.images.map((image) => ({
  ...image,
  packages,
  packageTotals: { deb: packages.reduce((n, p) => n + p.bytes, 0), unowned: 1_000_000 },
}));
let html = '';
const renders: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  html = renderHtmlReport({ images, records });
  renders.push(performance.now() - started);
}
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-bench-html-'));
const file = path.join(dir, 'report.html');
await fs.writeFile(file, html);

const shown: number[] = [];
const scripts: number[] = [];
let rects = '';
for (let i = 0; i < RUNS; i++) {
  const page = await openInChromium(file, '#selfcheck&q=file-4');
  if (page.console.length > 0 || page.body.errors !== '0')
    throw new Error(`the page logged:\n${page.console.join('\n')}`);
  shown.push(Number(page.body.renderMs));
  scripts.push(Number(page.body.scriptMs));
  rects = page.body.rects ?? '';
}
await fs.rm(dir, { recursive: true, force: true });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`files                 ${FILES}`);
console.log(`packages              ${PACKAGES}`);
console.log(`page size             ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB (limit 2 MB)`);
console.log(`rectangles drawn      ${rects}`);
console.log(`render (Node)         ${median(renders).toFixed(0)} ms (median of ${RUNS})`);
console.log(
  `shown in chromium     ${median(shown).toFixed(0)} ms from navigation to the treemap drawn (median of ${RUNS})`,
);
console.log(`  of which the script ${median(scripts).toFixed(0)} ms (data parsed, panels and treemap drawn)`);
console.log(`load average          ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);

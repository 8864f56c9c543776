import { describe, expect, it } from 'vitest';
import { largeImage, syntheticImage } from '../../__fixtures__/html-report.js';
import { compare } from '../../src/compare/compare.js';
import { renderReport } from '../../src/report/comment.js';
import { renderHtmlReport, reportData } from '../../src/report/html/render.js';
import { evaluate, type Thresholds } from '../../src/thresholds/evaluate.js';
import type { ImageAnalysis, PackageRecord, PackageTotals } from '../../src/analysis/types.js';

const HOSTILE = '</script><script>alert(1)</script><!--<img src=x onerror=alert(2)>';

const base = syntheticImage([
  {
    instruction: 'ADD rootfs /',
    files: [
      ['usr/lib/libc.so.6', 2_000_000],
      ['usr/share/doc/readme', 50_000],
      ['etc/config', 100],
    ],
  },
  { instruction: 'COPY app /app', files: [['app/main.js', 10_000]] },
]);

const current = syntheticImage([
  {
    instruction: 'ADD rootfs /',
    files: [
      ['usr/lib/libc.so.6', 2_000_000],
      ['usr/share/doc/readme', 50_000],
      ['etc/config', 100],
    ],
  },
  {
    instruction: 'COPY app /app',
    files: [
      ['app/main.js', 30_000],
      [`app/${HOSTILE}`, 5],
    ],
  },
  {
    instruction: 'RUN rm -rf /usr/share/doc && shrink config',
    files: [
      ['usr/share/doc', -1],
      ['etc/config', 40],
    ],
  },
]);

const DATA = /<script type="application\/json" id="report-data">([^<]*)<\/script>/;

/** The full paths of the tree's nodes. */
function pathsOf(tree: { name: string[]; parent: number[] }): string[] {
  const paths: string[] = [];
  tree.name.forEach((name, i) => {
    const parent = tree.parent[i]!;
    paths.push(parent < 0 ? '' : `${paths[parent]}/${name}`);
  });
  return paths;
}

describe('the HTML report page', () => {
  const html = renderHtmlReport({ images: current.images, records: current.records });

  it('keeps a hostile file name inside its data: it cannot end the script element or open a comment', () => {
    expect(html.match(/<\/script/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('<img');
    // Read back the way the browser reads it: the element's text, parsed as JSON.
    const data = JSON.parse(DATA.exec(html)![1]!) as { platforms: { tree: { name: string[]; parent: number[] } }[] };
    expect(pathsOf(data.platforms[0]!.tree)).toContain(`/app/${HOSTILE}`);
  });

  it('fetches nothing when viewed: no external address, and a policy that forbids loading anything', () => {
    const page = html.replace(DATA, '');
    expect(page).not.toMatch(/\b(src|href)=/);
    expect(page).not.toMatch(/https?:\/\//);
    expect(html).toContain(`content="default-src 'none';`);
    expect(html).toContain('function reportClient()');
  });

  it('sets names from the image with textContent, never as HTML', () => {
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('the tree it draws', () => {
  it('is the final filesystem: deleted folders gone, overwritten files from the layer that wrote them last', () => {
    const tree = reportData({ images: current.images, records: current.records }).platforms[0]!.tree!;
    const paths = pathsOf(tree);
    const at = (p: string) => paths.indexOf(p);
    expect(at('/usr/share/doc/readme')).toBe(-1);
    expect(at('/usr/share')).toBe(-1);
    expect(tree.layer[at('/etc/config')]).toBe(2);
    expect(tree.bytes[at('/etc/config')]).toBe(40);
    expect(tree.bytes[0]).toBe(2_000_000 + 30_000 + 5 + 40);
    // Largest first in every folder: the treemap's first rectangle is the largest.
    expect(tree.name[tree.parent.indexOf(0)]).toBe('usr');
  });

  it('against the baseline: new, grown, shrunk and removed', () => {
    const data = reportData({
      images: current.images,
      records: current.records,
      baseline: { images: base.images, records: new Map(base.records.map((r) => [r.digest, r])), commit: 'abc' },
    }).platforms[0]!;
    const tree = data.tree!;
    const paths = pathsOf(tree);
    const of = (path: string) => tree.base![paths.indexOf(path)];
    expect(of('/app/main.js')).toBe(10_000); // grown: 10 kB → 30 kB
    expect(of('/etc/config')).toBe(100); // shrunk
    expect(of(`/app/${HOSTILE}`)).toBe(-1); // new
    expect(data.removed).toEqual([{ path: '/usr/share', bytes: 50_000, files: 1 }]);
  });

  it('groups small files at scale, and every file stays findable by its path', () => {
    const big = largeImage(45_000);
    const tree = reportData({ images: big.images, records: big.records }).platforms[0]!.tree!;
    expect(tree.name.length).toBeLessThan(10_000);
    expect(tree.files[0]).toBe(45_000);
    const files = [...tree.kind].filter((k) => k === 'f').length;
    const grouped = tree.members.reduce((n, [, m]) => n + m.length, 0);
    expect(files + grouped).toBe(45_000);
    expect(tree.groupedBelow).toBeGreaterThan(0);
  });

  it('keeps the page of a 45,000-file image within 2 MB', () => {
    const big = largeImage(45_000);
    const page = renderHtmlReport({ images: big.images, records: big.records });
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(2_000_000);
  });
});

/** The image with a package list (the synthetic analysis has none). */
function withPackages(image: ImageAnalysis, packages: PackageRecord[], totals: PackageTotals): ImageAnalysis {
  return { ...image, packages, packageTotals: totals };
}

const HOSTILE_PACKAGE = '<img src=x onerror=alert(1)>';

describe('the packages view', () => {
  const deb = (name: string, version: string, bytes: number): PackageRecord => ({
    type: 'deb',
    name,
    version,
    bytes,
    files: 3,
    layer: 0,
  });
  const npm = (name: string, version: string, bytes: number): PackageRecord => ({
    type: 'npm',
    name,
    version,
    bytes,
    files: 1,
    layer: 1,
  });
  const now = withPackages(
    current.images[0]!,
    [deb('libc6', '2.36-9', 2_000_000), npm('left-pad', '2.0.0', 30_000), npm(HOSTILE_PACKAGE, '</script>1', 5)],
    { deb: 2_000_000, npm: 30_005, unowned: 40 },
  );
  const was = withPackages(
    base.images[0]!,
    [deb('libc6', '2.36-9', 2_000_000), deb('docs', '1.0', 50_000), npm('left-pad', '1.0.0', 10_000)],
    { deb: 2_050_000, npm: 10_000, unowned: 100 },
  );
  const baseline = { images: [was], records: new Map(base.records.map((r) => [r.digest, r])), commit: 'abc' };

  it('lists the largest packages and the bytes by type, unowned last', () => {
    const packages = reportData({ images: [now], records: current.records }).platforms[0]!.packages!;
    expect(packages.largest).toEqual(now.packages);
    expect(packages.totals).toEqual([
      { type: 'deb', bytes: 2_000_000, baselineBytes: null },
      { type: 'npm', bytes: 30_005, baselineBytes: null },
      { type: 'unowned', bytes: 40, baselineBytes: null },
    ]);
    expect(packages.changes).toBeNull();
  });

  it("against a baseline: the changes in the comment's words, largest first, and the totals then and now", () => {
    const packages = reportData({ images: [now], records: current.records, baseline }).platforms[0]!.packages!;
    expect(packages.changes).toEqual([
      { type: 'deb', name: 'docs', version: '1.0', what: 'removed', delta: -50_000 },
      { type: 'npm', name: 'left-pad', version: '2.0.0', what: 'from 1.0.0', delta: 20_000 },
      { type: 'npm', name: HOSTILE_PACKAGE, version: '</script>1', what: 'new', delta: 5 },
    ]);
    expect(packages.totals).toEqual([
      { type: 'deb', bytes: 2_000_000, baselineBytes: 2_050_000 },
      { type: 'npm', bytes: 30_005, baselineBytes: 10_000 },
      { type: 'unowned', bytes: 40, baselineBytes: 100 },
    ]);
  });

  it('says so when there is no package list, and does not compare with a baseline without one', () => {
    expect(reportData({ images: current.images, records: current.records }).platforms[0]!.packages).toBeNull();
    const old = { ...baseline, images: base.images };
    const packages = reportData({ images: [now], records: current.records, baseline: old }).platforms[0]!.packages!;
    expect(packages.changes).toBeNull();
    expect(packages.largest).toHaveLength(3);
  });

  it('keeps a hostile package name and version inside the data', () => {
    const html = renderHtmlReport({ images: [now], records: current.records, baseline });
    expect(html.match(/<\/script/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    const data = JSON.parse(DATA.exec(html)![1]!) as ReturnType<typeof reportData>;
    expect(data.platforms[0]!.packages!.largest.map((p) => p.name)).toContain(HOSTILE_PACKAGE);
  });

  it('keeps the page of a 45,000-file image with 1,000 packages within 2 MB', () => {
    const big = largeImage(45_000);
    const packages = Array.from({ length: 1000 }, (_, i) =>
      deb(`lib${'x'.repeat(30)}-${i}`, `1:2.${i}.0-1+deb12u${i}`, 1_000_000 - i),
    );
    const image = withPackages(big.images[0]!, packages, { deb: 500_000_000, unowned: 1 });
    const page = renderHtmlReport({ images: [image], records: big.records });
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(2_000_000);
  });
});

describe('the comment', () => {
  it('links the report under its headline when it was uploaded, and not otherwise', () => {
    const c = compare(current.images, null, null, { dockerfile: null, time: '2026-11-28T00:00:00Z' });
    const thresholds: Thresholds = { sizeMetric: 'compressed', failOn: 'error' };
    const url = 'https://github.com/o/r/actions/runs/1/artifacts/2';
    const linked = renderReport(c, evaluate(c, thresholds), { key: 'k', thresholds, reportUrl: url });
    const lines = linked.split('\n').filter((l) => l !== '');
    expect(lines[3]).toBe(`[Interactive report: every layer, folder and file](${url})`);
    expect(renderReport(c, evaluate(c, thresholds), { key: 'k', thresholds })).not.toContain('Interactive report');
  });
});

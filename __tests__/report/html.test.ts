import { describe, expect, it } from 'vitest';
import { largeImage, syntheticImage } from '../../__fixtures__/html-report.js';
import { compare } from '../../src/compare/compare.js';
import { renderReport } from '../../src/report/comment.js';
import { renderHtmlReport, reportData } from '../../src/report/html/render.js';
import { evaluate, type Thresholds } from '../../src/thresholds/evaluate.js';

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

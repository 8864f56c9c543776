import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { analysis, type LayerSpec } from '../../__fixtures__/analysis.js';
import { BUILD, DOCKERFILE, baselineApp, baselineOf, grownApp, shrunkApp } from '../../__fixtures__/scenarios.js';
import type { ImageAnalysis } from '../../src/analysis/types.js';
import { compare } from '../../src/compare/compare.js';
import type { BaselineImage } from '../../src/compare/types.js';
import { commentMarker, MAX_COMMENT_LENGTH, renderReport, SHORTENED_NOTE } from '../../src/report/comment.js';
import { evaluate, type Thresholds } from '../../src/thresholds/evaluate.js';

const URL = 'https://github.com/octo-org/octo-app/blob/0123456789abcdef0123456789abcdef01234567/Dockerfile';
const LIMITS: Thresholds = {
  sizeMetric: 'compressed',
  failOn: 'error',
  maxSize: 100_000_000,
  maxIncrease: 10_000_000,
  maxIncreasePercent: 20,
  maxLayerIncrease: 20_000_000,
};

function report(
  current: ImageAnalysis[],
  baseline: BaselineImage[] | null,
  options: { thresholds?: Thresholds; dockerfile?: string; maxLength?: number } = {},
): string {
  const c = compare(current, BUILD, baseline, {
    dockerfile: options.dockerfile ?? DOCKERFILE,
    commit: 'e'.repeat(40),
    time: '2026-11-26T20:00:00Z',
  });
  const thresholds = options.thresholds ?? LIMITS;
  return renderReport(c, evaluate(c, thresholds), {
    key: 'app-Dockerfile',
    thresholds,
    dockerfileUrl: URL,
    maxLength: options.maxLength,
  });
}

/** The markdown table rows of a report. */
const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('| '));

describe('the report', () => {
  it('first run: sizes without deltas, says why, every layer listed', async () => {
    const md = report([grownApp()], null);
    await expect(md).toMatchFileSnapshot('../__snapshots__/report-first-run.md');
    expect(md.split('\n')[0]).toBe('<!-- image-size-guard:app-Dockerfile -->');
    expect(md).toContain('### 🆕 Image size: no baseline to compare with yet');
    expect(md).toContain('**74.6 MB** compressed · **213 MB** uncompressed · linux/amd64');
    expect(md).toContain('> No baseline yet: the first run of the default branch will record one');
    expect(md).not.toContain('```mermaid');
  });

  it('growth past the limits: the verdict, the change, one line per crossed threshold', async () => {
    const md = report([grownApp()], [baselineOf(baselineApp())]);
    await expect(md).toMatchFileSnapshot('../__snapshots__/report-growth.md');
    expect(md).toContain('### ❌ Image size: over a threshold');
    // 59,501,000 → 74,601,000 bytes: +15.1 MB, +25.38 %.
    expect(md).toContain('**74.6 MB** compressed (+15.1 MB, +25.4 %) · **213 MB** uncompressed (+40.5 MB, +23.5 %)');
    expect(md).toContain(
      '- ❌ max-increase: linux/amd64 compressed size grew by +15.1 MB, limit +10.0 MB\n' +
        '- ❌ max-increase-percent: linux/amd64 compressed size grew by +25.38 %, limit +20 %\n' +
        '- ❌ max-layer-increase: linux/amd64 layer 1 (Dockerfile line 3) compressed size grew by +25.0 MB, limit +20.0 MB',
    );
    // The new apt step links to its Dockerfile line; the base image is one row.
    expect(rows(md)).toContain(
      `| 1 | [RUN apt-get update &#38;&#38; apt-get install -y curl git](${URL}#L3) | 25.0 MB | 70.0 MB | new, +25.0 MB |`,
    );
    expect(rows(md)).toContain('| 0 | _base image (1 layer)_ | 29.0 MB | 80.0 MB | unchanged |');
    expect(rows(md)).toContain(
      '| – | RUN apt-get update &#38;&#38; apt-get install -y curl | — | — | removed, -10.0 MB |',
    );
    expect(rows(md)).toContain('| added | /var/lib/apt/lists | 45.0 MB | — | +45.0 MB |');
    expect(md).toContain('<details open><summary>Hints: 3 (1 new), up to 45.0 MB to save</summary>');
    expect(md).toContain(
      '**Build:** 75.2 s (baseline 62.4 s, +12.8 s) · 4 of 9 steps cached (baseline 7, -3) · cache: local',
    );
    expect(md).toContain('x-axis ["a1b2c3d", "b2c3d4e", "c3d4e5f", "this"]');
    expect(md).toContain('line [58, 59, 59.5, 74.6]');
    expect(md).toContain(
      '<sub>Compared with baseline commit c3d4e5f6a7b8 · thresholds (compressed, fail-on error): max-size 100 MB, ' +
        'max-increase 10.0 MB, max-increase-percent 20 %, max-layer-increase 20.0 MB · image-size-guard</sub>',
    );
  });

  it('shrink: passes and shows the saving', async () => {
    const md = report([shrunkApp()], [baselineOf(baselineApp())]);
    await expect(md).toMatchFileSnapshot('../__snapshots__/report-shrink.md');
    expect(md).toContain('### ✅ Image size: within the thresholds');
    // 59,501,000 → 49,501,000: −10 MB, −16.8 %.
    expect(md).toContain('**49.5 MB** compressed (-10.0 MB, -16.8 %)');
  });

  it('unchanged: says so in the headline', async () => {
    const md = report([baselineApp()], [baselineOf(baselineApp())]);
    await expect(md).toMatchFileSnapshot('../__snapshots__/report-unchanged.md');
    expect(md).toContain('**59.5 MB** compressed (no change) · **172 MB** uncompressed (no change)');
    expect(md).toContain('<summary>Layers: 5 layers: 0 changed, 0 added, 0 removed</summary>');
  });

  it('multi-platform: a row per platform and a layers table each', async () => {
    const md = report(
      [grownApp('linux/amd64'), shrunkApp()].map((a, i) => ({
        ...a,
        image: { ...a.image, platform: i ? 'linux/arm64' : 'linux/amd64' },
      })),
      [baselineOf(baselineApp('linux/amd64')), baselineOf(baselineApp('linux/arm64'))],
    );
    await expect(md).toMatchFileSnapshot('../__snapshots__/report-multi-platform.md');
    expect(rows(md)).toContain('| linux/amd64 | 74.6 MB | +15.1 MB, +25.4 % | 213 MB | +40.5 MB, +23.5 % | 5 |');
    expect(rows(md)).toContain('| linux/arm64 | 49.5 MB | -10.0 MB, -16.8 % | 142 MB | -30.0 MB, -17.4 % | 4 |');
    expect(md).toContain('<summary>Layers of linux/amd64:');
    expect(md).toContain('<summary>Layers of linux/arm64:');
  });

  it('many layers: trims the longest table first, says so, and stays under the limit with its marker', async () => {
    const many = (n: number, extra: number): LayerSpec[] =>
      Array.from({ length: n }, (_, i) => ({
        instruction: `RUN /bin/sh -c echo step ${i} ${'x'.repeat(200)} # buildkit`,
        compressed: 1000 + i + (i % 7 === 0 ? extra : 0),
        uncompressed: 4000 + i,
      }));
    const before = analysis({ layers: [{ instruction: null, compressed: 5, uncompressed: 5 }, ...many(600, 0)] });
    const after = analysis({ layers: [{ instruction: null, compressed: 5, uncompressed: 5 }, ...many(600, 5000)] });
    const md = report([after], [baselineOf(before)], { dockerfile: '' });
    await expect(md).toMatchFileSnapshot('../__snapshots__/report-many-layers.md');
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(md.startsWith(commentMarker('app-Dockerfile'))).toBe(true);
    expect(md).toMatch(/_\d+ smaller rows left out to keep this comment within GitHub's size limit\._/);
    // The changed layers (every 7th grew by 5 kB) outweigh the unchanged ones and are kept.
    const kept = rows(md).filter((r) => /^\| \d+ \| RUN echo step/.test(r));
    expect(kept.filter((r) => r.endsWith('+5.00 kB |'))).toHaveLength(Math.ceil(600 / 7));
    expect(md).toContain('</details>');
    // A report that fits is left whole.
    expect(report([grownApp()], [baselineOf(baselineApp())])).not.toContain('left out');
  });

  it('hostile file names and instructions render as text, never as markup, mentions or code', async () => {
    const hostile = [
      '/app/<img src=x onerror=alert(1)>',
      '/app/@team please look',
      '/app/`rm -rf`.txt',
      '/app/a|b\n| evil | row |',
      '/app/$x^2$ :tada: www.example.com',
    ];
    const current = analysis({
      layers: [
        {
          instruction: 'RUN /bin/sh -c touch "<script>alert(1)</script>" @octocat # buildkit',
          compressed: 10,
          uncompressed: 20,
        },
      ],
      files: hostile.map((path, i) => ({ path, size: 1_000_000 + i, layer: 0 })),
    });
    const md = report([current], [baselineOf(analysis({ layers: [] }))], { dockerfile: '' });
    await expect(md).toMatchFileSnapshot('../__snapshots__/report-hostile.md');
    const body = md.split('\n').slice(1).join('\n');
    expect(body).not.toMatch(/<img|<script|@team|@octocat|`rm|\$x|:tada:|www\.example/);
    expect(rows(md)).toContain('| added | /app/&#60;img src=x onerror=alert(1)&#62; | 1.00 MB | — | +1.00 MB |');
    expect(rows(md)).toContain('| added | /app/&#64;&#8203;team please look | 1.00 MB | — | +1.00 MB |');
    // The newline in the name cannot start a new table row.
    expect(rows(md).filter((r) => r.includes('evil'))).toEqual([
      '| added | /app/a&#124;b &#124; evil &#124; row &#124; | 1.00 MB | — | +1.00 MB |',
    ]);
  });

  it('renders, through a GFM parser, to tables whose rows keep their columns and no element from the image', () => {
    const hostile = ['/app/<img src=x>', '/app/@team', '/app/`x`|y', '/app/**bold** _it_ ~~s~~ [l](http://e.x)'];
    const current = analysis({
      layers: [
        { instruction: 'RUN /bin/sh -c echo "<b>@team</b>" | tee /x # buildkit', compressed: 10, uncompressed: 20 },
      ],
      files: hostile.map((path, i) => ({ path, size: 1_000_000 + i, layer: 0 })),
    });
    // No history, so no trend chart: its code block would be the report's own <pre><code>.
    const html = marked.parse(report([current], [baselineOf(analysis({ layers: [] }), [])], { dockerfile: '' }), {
      gfm: true,
      async: false,
    });
    // The only elements are the report's own: no img, b, strong, em, del, code or a from the image.
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(
      ['details', 'h3', 'p', 'strong', 'sub', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr'].sort(),
    );
    expect(html).not.toMatch(/<(img|b|em|del|code|a)\b/);
    for (const table of html.split('<table>').slice(1)) {
      const columns = (table.split('</thead>')[0]!.match(/<th[\s>]/g) ?? []).length;
      for (const row of table.split('<tbody>')[1]!.split('</tr>').slice(0, -1)) {
        expect((row.match(/<td/g) ?? []).length, row).toBe(columns);
      }
    }
    // A mention is broken by a zero-width space: GitHub finds none in the rendered text.
    expect(html).toContain('@\u200bteam');
    expect(html).not.toMatch(/@team/);
  });

  it('a marker key cannot close the HTML comment early', () => {
    expect(commentMarker('a --> <b>')).toBe('<!-- image-size-guard:a%20--%3E%20%3Cb%3E -->');
  });

  describe('a report too long for a comment, cut', () => {
    /** Thousands of grown layers with long instructions full of references and multi-byte characters. */
    const huge = (platform: string, n: number, paths = 3000) => {
      const specs = (grow: number): LayerSpec[] =>
        Array.from({ length: n }, (_, i) => ({
          instruction: `RUN /bin/sh -c echo "<€ & ü 😀 | @x #${i}>" ${'é&<'.repeat(40)} # buildkit`,
          compressed: 1000 + i * grow,
          uncompressed: 4000 + i,
        }));
      const files = (size: number) =>
        Array.from({ length: paths }, (_, i) => ({
          path: `/app/<${i}>/ü&😀-${'x'.repeat(80)}`,
          size: size + i,
          layer: 0,
        }));
      const before = analysis({ platform, layers: specs(0), files: files(100) });
      const after = analysis({ platform, layers: specs(1), files: files(200) });
      return { before, after };
    };
    const thresholds: Thresholds = { sizeMetric: 'compressed', failOn: 'error', maxLayerIncrease: 0 };

    /** The checks a reader would make: within the limit, balanced, every row and entity whole, and it says so. */
    function expectWellFormed(md: string): string {
      expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
      expect(md.startsWith(commentMarker('app-Dockerfile'))).toBe(true);
      // No character reference cut in two.
      expect(md.match(/&(?!#\d+;|[a-z]+;)/gi)).toBeNull();
      const html = marked.parse(md, { gfm: true, async: false });
      expect(html).not.toMatch(/&amp;#/);
      expect((html.match(/<details[\s>]/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
      for (const table of html.split('<table>').slice(1)) {
        const columns = (table.split('</thead>')[0]!.match(/<th[\s>]/g) ?? []).length;
        for (const row of (table.split('<tbody>')[1] ?? '').split('</tr>').slice(0, -1)) {
          expect((row.match(/<td/g) ?? []).length, row).toBe(columns);
        }
      }
      // It says that it was shortened, and where the whole report is.
      expect(md.trimEnd().endsWith(SHORTENED_NOTE)).toBe(true);
      expect(SHORTENED_NOTE).toMatch(/job summary and the `report-file`/);
      return html;
    }

    it('thousands of layers and paths: the list of crossings ends on a whole line', () => {
      const { before, after } = huge('linux/amd64<&>ü😀', 3000);
      const c = compare([after], BUILD, [baselineOf(before)], { dockerfile: '', top: 3000 });
      const md = renderReport(c, evaluate(c, thresholds), { key: 'app-Dockerfile', thresholds });
      expectWellFormed(md);
      const crossings = md.split('\n').filter((l) => l.startsWith('- '));
      expect(crossings.length).toBeGreaterThan(100);
      for (const line of crossings)
        expect(line).toMatch(/^- ❌ max-layer-increase: .* grew by \+[\d.]+ [kM]?B, limit \+0 B$/);
    });

    it('a hundred platforms: every section that was opened is closed', () => {
      const images = Array.from({ length: 120 }, (_, i) => huge(`linux/arch${i}<&>`, 30, 20));
      const c = compare(
        images.map((x) => x.after),
        BUILD,
        images.map((x) => baselineOf(x.before)),
        { dockerfile: '' },
      );
      const md = renderReport(c, evaluate(c, { sizeMetric: 'compressed', failOn: 'error' }), {
        key: 'app-Dockerfile',
        thresholds,
      });
      const html = expectWellFormed(md);
      expect(html).toContain('<summary>Layers of linux/arch0');
    });
  });
});

import { describe, expect, it } from 'vitest';
import { baselineApp } from '../../__fixtures__/scenarios.js';
import type { ImageAnalysis, PackageRecord } from '../../src/analysis/types.js';
import { comparePackages } from '../../src/compare/packages.js';
import { PACKAGE_LIMIT } from '../../src/packages/find.js';
import { renderReport } from '../../src/report/comment.js';
import { evaluate } from '../../src/thresholds/evaluate.js';
import { comparison, renderGfm, THRESHOLDS } from '../fork/handoffs.js';

const pkg = (name: string, bytes: number, version = '1'): PackageRecord => ({
  type: 'deb',
  name,
  version,
  bytes,
  files: 1,
  layer: 0,
});
const image = (packages: PackageRecord[] | undefined): ImageAnalysis => ({
  ...baselineApp(),
  packages,
  packageTotals: packages ? { deb: packages.reduce((n, p) => n + p.bytes, 0), unowned: 5 } : undefined,
});

describe('package changes', () => {
  it('are added, removed, grown and version-changed, the largest change first', () => {
    const before = image([pkg('libc6', 100, '2.36-1'), pkg('curl', 50), pkg('gone', 30)]);
    const now = image([pkg('jre', 1000), pkg('libc6', 120, '2.36-2'), pkg('curl', 50)]);
    expect(comparePackages(now, before)).toEqual({
      changes: [
        {
          status: 'added',
          type: 'deb',
          name: 'jre',
          version: '1',
          baselineVersion: null,
          bytes: 1000,
          baselineBytes: 0,
        },
        {
          status: 'removed',
          type: 'deb',
          name: 'gone',
          version: null,
          baselineVersion: '1',
          bytes: 0,
          baselineBytes: 30,
        },
        {
          status: 'changed',
          type: 'deb',
          name: 'libc6',
          version: '2.36-2',
          baselineVersion: '2.36-1',
          bytes: 120,
          baselineBytes: 100,
        },
      ],
      totals: [
        { type: 'deb', bytes: 1170, baselineBytes: 180 },
        { type: 'unowned', bytes: 5, baselineBytes: 5 },
      ],
    });
  });

  it('call nothing new or removed that a cut list may have left out', () => {
    const full = Array.from({ length: PACKAGE_LIMIT }, (_, i) => pkg(`p${i}`, 1000 - (i % 500)));
    const before = image(full);
    // A small package missing from the full baseline list may have been cut from it: not "new". The
    // one that left the current list, larger than its smallest, is removed.
    const now = image([...full.slice(0, PACKAGE_LIMIT - 1), pkg('small', 10)]);
    expect(comparePackages(now, before)!.changes.map((c) => [c.name, c.status])).toEqual([['p999', 'removed']]);
    expect(
      comparePackages(image([pkg('big', 5000), ...full].slice(0, PACKAGE_LIMIT)), before)!.changes[0],
    ).toMatchObject({
      name: 'big',
      status: 'added',
    });
  });

  it('are not compared with a baseline that has no package list', () => {
    expect(comparePackages(image([pkg('a', 1)]), image(undefined))).toBeNull();
  });

  it('show in the comment as "Packages that changed most", with totals by type', () => {
    const c = comparison();
    const body = renderReport(c, evaluate(c, THRESHOLDS), { key: 'app', thresholds: THRESHOLDS, dockerfileUrl: null });
    expect(body).toContain('<details><summary>Packages that changed most</summary>');
    // The version's colon is escaped, as everywhere a name from the image meets an autolink.
    expect(body).toContain('| deb default-jre-headless | 2&#58;&#8203;1.17-74 | new | 152 MB | +152 MB |');
    expect(body).toMatch(/\| deb libc6 \| 2\.36-9\+deb12u8 \| from 2\.36-9\+deb12u7 \| 12\.5 MB \| \+100 kB \|/);
    expect(body).toMatch(/\| pip six \| 1\.16\.0 \| removed \| — \| -40(\.0)? kB \|/);
    expect(body).toContain('By type: deb 165 MB (+152 MB) · npm 9.00 kB · pip 0 B (-40.0 kB) · unowned 1.00 MB');
    expect(renderGfm(body)).toContain('deb default-jre-headless</td>\n<td align="left">2:\u200b1.17-74</td>');
  });
});

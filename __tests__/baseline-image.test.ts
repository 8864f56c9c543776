import { describe, expect, it } from 'vitest';
import { compareSemver, highestSemverTag, parseSemver } from '../src/baseline/image.js';

describe('the highest semantic-version tag', () => {
  it.each([
    [['1.2.0', '1.10.0', '1.9.9', 'latest', 'main'], false, '1.10.0'],
    [['v1.2.3', 'v1.11.0', '1.3.0'], false, 'v1.11.0'],
    // The same version with and without the prefix: the plain one, whatever the order.
    [['v2.0.0', '2.0.0'], false, '2.0.0'],
    [['2.0.0', 'v2.0.0'], false, '2.0.0'],
    // Pre-releases only when asked.
    [['1.4.0', '2.0.0-rc.1', '2.0.0-beta.11'], false, '1.4.0'],
    [['1.4.0', '2.0.0-rc.1', '2.0.0-beta.11'], true, '2.0.0-rc.1'],
    [['2.0.0-rc.2', '2.0.0-rc.10', '2.0.0'], true, '2.0.0'],
    [['2.0.0-rc.2', '2.0.0-rc.10'], true, '2.0.0-rc.10'],
    // Neither the short forms Docker images often carry nor leading zeros are semantic versions.
    [['1', '1.2', '01.2.3', 'sha-abc1234'], false, null],
    [[], false, null],
  ] as const)('%j (pre-releases %s) -> %s', (tags, pre, expected) => {
    expect(highestSemverTag(tags, pre)).toBe(expected);
  });

  it('orders pre-releases as SemVer 2.0 does', () => {
    const order = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ];
    for (let i = 1; i < order.length; i++) {
      expect(compareSemver(parseSemver(order[i - 1]!)!, parseSemver(order[i]!)!)).toBeLessThan(0);
      expect(compareSemver(parseSemver(order[i]!)!, parseSemver(order[i - 1]!)!)).toBeGreaterThan(0);
    }
  });
});

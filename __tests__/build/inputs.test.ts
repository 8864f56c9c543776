import { describe, expect, it, test } from 'vitest';
import { cacheKeys } from '../../src/build/cache.js';
import { parseCacheMode, parseKeyValueLines, parseList, parseSecrets } from '../../src/build/inputs.js';
import { UserError } from '../../src/errors.js';

describe('multi-line build inputs', () => {
  it('reads NAME=value lines, keeping = and commas inside values, skipping blanks and comments', () => {
    expect(parseKeyValueLines('build-args', 'A=1\n\n# note\n  B=x=y, z \nC=\n')).toEqual(['A=1', 'B=x=y, z', 'C=']);
  });

  test.each([
    ['VERSION', 1],
    ['=value', 1],
    ['A=1\nTWO WORDS=x', 2],
  ])('rejects %j, naming line %i', (text, line) => {
    const call = () => parseKeyValueLines('build-args', text);
    expect(call).toThrow(UserError);
    expect(call).toThrow(
      new RegExp(`^Input "build-args" line ${line} .* is not NAME=value: write one NAME=value a line$`),
    );
  });

  it('reads lists given one a line or comma-separated', () => {
    expect(parseList('linux/amd64, linux/arm64\nlinux/arm/v7\n')).toEqual([
      'linux/amd64',
      'linux/arm64',
      'linux/arm/v7',
    ]);
  });

  it('reads secrets as id=value, the value whole', () => {
    expect(parseSecrets('npm=abc=def\ngh=xyz')).toEqual([
      { id: 'npm', value: 'abc=def' },
      { id: 'gh', value: 'xyz' },
    ]);
  });

  it('accepts the five cache modes, local by default, and names them when given another', () => {
    expect(parseCacheMode('')).toBe('local');
    expect(parseCacheMode(' GHA ')).toBe('gha');
    expect(() => parseCacheMode('s3')).toThrow('Input "cache" is "s3": use one of local, gha, registry, inline, none');
  });
});

describe('cache keys', () => {
  it('keys by scope, Dockerfile and commit, and restores by prefix', () => {
    expect(cacheKeys('api', '0123456789abcdef', 'f00')).toEqual({
      key: 'image-size-guard-buildkit-api-0123456789abcdef-f00',
      restoreKeys: ['image-size-guard-buildkit-api-0123456789abcdef-', 'image-size-guard-buildkit-api-'],
    });
  });
});

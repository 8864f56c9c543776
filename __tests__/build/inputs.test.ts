import { describe, expect, it, test } from 'vitest';
import { cacheKeys, contentKey } from '../../src/build/cache.js';
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

  it('reads secrets the way docker/build-push-action does: quoted, across lines, with = and commas inside', () => {
    const text = [
      '"MYSECRET=abc"',
      'GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789',
      '# a comment',
      '"MULTI=aaa',
      'bbb',
      '',
      'ccc"',
      'HASH=b#r',
      '"JSON={""key1"":""value1"",""key2"":""value2""}"',
    ].join('\n');
    expect(parseSecrets(text)).toEqual([
      { id: 'MYSECRET', value: 'abc' },
      { id: 'GIT_AUTH_TOKEN', value: 'abcdefghi,jklmno=0123456789' },
      { id: 'MULTI', value: 'aaa\nbbb\n\nccc' },
      { id: 'HASH', value: 'b#r' },
      { id: 'JSON', value: '{"key1":"value1","key2":"value2"}' },
    ]);
  });

  it('masks every value and each line of a multi-line one', () => {
    const masked: string[] = [];
    parseSecrets('"MULTI=first\nsecond"\nONE=x=y', (v) => masked.push(v));
    expect(masked).toEqual(expect.arrayContaining(['first\nsecond', 'first', 'second', 'x=y']));
  });

  test.each([
    ['a line without =', 'GOOD=1\nJUST-A-SECRET-VALUE', 2],
    ['an id with a space', 'A B=s3cr3t', 1],
    ['an empty id', '=s3cr3t', 1],
    ['a multi-line entry without =', 'GOOD=1\n"SECRET\nVALUE"', 2],
    ['a quote never closed', 'GOOD=1\n"TOKEN=s3cr3t\nVALUE', 3],
  ])('rejects %s naming only the line, after masking it', (_, text, line) => {
    const masked: string[] = [];
    let message = '';
    try {
      parseSecrets(text, (v) => masked.push(v));
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      message = (err as Error).message;
    }
    expect(message).toMatch(new RegExp(`^Input "secrets" (line ${line} |.*\\(seen at line ${line}\\))`));
    for (const word of ['SECRET', 's3cr3t', 'VALUE', 'TOKEN']) expect(message).not.toContain(word);
    for (const line of text.split('\n').filter((l) => !l.startsWith('GOOD'))) {
      const bare = line.replace(/"/g, '');
      expect(masked).toContain(bare.includes('=') ? bare.slice(bare.indexOf('=') + 1) : bare);
    }
  });

  it('accepts the five cache modes, local by default, and names them when given another', () => {
    expect(parseCacheMode('')).toBe('local');
    expect(parseCacheMode(' GHA ')).toBe('gha');
    expect(() => parseCacheMode('s3')).toThrow('Input "cache" is "s3": use one of local, gha, registry, inline, none');
  });
});

describe('cache keys', () => {
  it('keys by scope, Dockerfile and content, and restores by prefix across commits', () => {
    expect(cacheKeys('api', '0123456789abcdef')).toEqual({
      restoreKeys: ['image-size-guard-buildkit-api-0123456789abcdef-', 'image-size-guard-buildkit-api-'],
    });
    expect(contentKey('api', '0123456789abcdef', 'c'.repeat(64))).toBe(
      `image-size-guard-buildkit-api-0123456789abcdef-${'c'.repeat(64)}`,
    );
  });
});

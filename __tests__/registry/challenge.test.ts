import { describe, expect, it } from 'vitest';
import { nextLink, parseChallenge } from '../../src/registry/challenge.js';
import { retryAfter } from '../../src/registry/client.js';

describe('parseChallenge', () => {
  it("reads Docker Hub's Bearer challenge", () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/nginx:pull',
      },
    });
  });

  it('keeps commas and escaped quotes inside quoted values, and unquoted values', () => {
    expect(
      parseChallenge('Bearer realm="https://x/token", scope="repository:a/b:pull,push", error=insufficient_scope'),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://x/token', scope: 'repository:a/b:pull,push', error: 'insufficient_scope' },
    });
    expect(parseChallenge('Basic realm="say \\"hi\\""')).toEqual({ scheme: 'basic', params: { realm: 'say "hi"' } });
  });

  it('stops at a second challenge', () => {
    expect(parseChallenge('Bearer realm="https://x/token",service="s", Basic realm="r"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://x/token', service: 's' },
    });
  });

  it('is null without a header', () => {
    expect(parseChallenge(null)).toBeNull();
    expect(parseChallenge('')).toBeNull();
  });
});

describe('nextLink', () => {
  it('finds rel="next" among the links', () => {
    expect(nextLink('</v2/a/tags/list?n=2&last=b>; rel="next"')).toBe('/v2/a/tags/list?n=2&last=b');
    expect(nextLink('<https://x/prev>; rel="prev", <https://x/v2/a/tags/list?last=c>; rel=next')).toBe(
      'https://x/v2/a/tags/list?last=c',
    );
    expect(nextLink('</v2/a/tags/list?last=c>; type="x"; rel="next last"')).toBe('/v2/a/tags/list?last=c');
  });

  it('is null on the last page', () => {
    expect(nextLink(null)).toBeNull();
    expect(nextLink('</v2/a/tags/list?n=2>; rel="prev"')).toBeNull();
  });
});

describe('retryAfter', () => {
  it('reads seconds and HTTP dates, capped at 30 s', () => {
    expect(retryAfter('2')).toBe(2000);
    expect(retryAfter('3600')).toBe(30_000);
    const now = Date.parse('2026-11-28T08:00:00Z');
    expect(retryAfter('Sat, 28 Nov 2026 08:00:05 GMT', now)).toBe(5000);
    expect(retryAfter('Sat, 28 Nov 2026 07:00:00 GMT', now)).toBe(0);
    expect(retryAfter(null)).toBeNull();
    expect(retryAfter('soon')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  artifactName,
  buildArgsHash,
  defaultBranchFromPayload,
  deriveKey,
  KEY_MAX,
  parseCount,
  parseKey,
  parseMode,
  parseScope,
  resolveMode,
  untrustedWrite,
  type Mode,
} from '../../src/baseline/mode.js';
import { UserError } from '../../src/errors.js';

describe('resolveMode', () => {
  it.each<[Mode, string, string, 'compare' | 'baseline']>([
    ['auto', 'pull_request', 'refs/pull/7/merge', 'compare'],
    ['auto', 'pull_request_target', 'refs/heads/main', 'compare'],
    ['auto', 'push', 'refs/heads/main', 'baseline'],
    ['auto', 'push', 'refs/heads/feature', 'compare'],
    ['auto', 'push', 'refs/tags/v1.0.0', 'compare'],
    ['auto', 'schedule', 'refs/heads/main', 'baseline'],
    ['auto', 'workflow_dispatch', 'refs/heads/main', 'baseline'],
    ['auto', 'workflow_dispatch', 'refs/heads/feature', 'compare'],
    ['auto', 'merge_group', 'refs/heads/gh-readonly-queue/main/pr-1', 'compare'],
    ['compare', 'push', 'refs/heads/main', 'compare'],
    ['baseline', 'workflow_dispatch', 'refs/heads/feature', 'baseline'],
  ])('%s on %s of %s → %s', (mode, eventName, ref, expected) => {
    expect(resolveMode(mode, { eventName, ref, baselineBranch: 'main' })).toBe(expected);
  });

  it('follows a baseline branch other than main', () => {
    expect(resolveMode('auto', { eventName: 'push', ref: 'refs/heads/trunk', baselineBranch: 'trunk' })).toBe(
      'baseline',
    );
    expect(resolveMode('auto', { eventName: 'push', ref: 'refs/heads/main', baselineBranch: 'trunk' })).toBe('compare');
  });

  it('rejects an unknown mode with what to use instead', () => {
    expect(() => parseMode('refresh')).toThrow(
      new UserError('Input "mode" is "refresh": use auto, compare, baseline or comment'),
    );
    expect(parseMode('')).toBe('auto');
  });
});

describe('untrustedWrite', () => {
  const trusted = ['push', 'schedule', 'workflow_dispatch'];
  it.each([
    ['push', 'refs/heads/main', null],
    ['schedule', 'refs/heads/main', null],
    ['workflow_dispatch', 'refs/heads/main', null],
    ['workflow_dispatch', 'refs/heads/feature', 'a run on feature, not on main'],
    ['pull_request', 'refs/pull/7/merge', 'a pull_request run'],
  ])('%s on %s → %s', (eventName, ref, reason) => {
    expect(untrustedWrite({ eventName, ref, baselineBranch: 'main' }, trusted)).toBe(reason);
  });
});

describe('the baseline branch from the event payload', () => {
  it('is the repository default branch when the payload names it', () => {
    expect(defaultBranchFromPayload({ repository: { default_branch: 'trunk' } })).toBe('trunk');
  });
  it('is unknown for a schedule payload, which has no repository', () => {
    expect(defaultBranchFromPayload({ schedule: '0 3 * * *' })).toBeNull();
    expect(defaultBranchFromPayload({})).toBeNull();
  });
});

describe('deriveKey', () => {
  it.each([
    [{ image: 'myapp:pr-42' }, 'myapp'],
    [{ image: 'ghcr.io/octo-org/myapp:1.2@sha256:abc' }, 'ghcr.io-octo-org-myapp'],
    [{ image: 'localhost:5000/myapp' }, 'localhost-5000-myapp'],
    [{ image: 'registry://ghcr.io/octo-org/myapp:1.2' }, 'ghcr.io-octo-org-myapp'],
    [{ image: 'local://myapp:pr-42' }, 'myapp'],
    [{ image: '/tmp/build/image.oci.tar' }, 'image'],
    [{ image: './out/layout/' }, 'layout'],
    [{}, 'Dockerfile'],
    [{ file: './docker/api.Dockerfile', target: 'runtime' }, 'docker-api.Dockerfile-runtime'],
    [{ file: 'Dockerfile', platforms: ['linux/arm64', 'linux/amd64'] }, 'Dockerfile-linux-amd64-linux-arm64'],
  ])('%o → %s', (parts, key) => {
    expect(deriveKey(parts)).toBe(key);
  });

  // The first 8 hex digits of `printf 'MODE=slim' | sha256sum`.
  const slim = '19ada35a';
  it.each([
    // What earlier versions derived stays as it was: no build-args and context `.` add nothing.
    [{ file: 'Dockerfile', context: '.' }, 'Dockerfile'],
    [{ file: 'Dockerfile', context: '.', buildArgs: [] }, 'Dockerfile'],
    [{ file: 'services/api/Dockerfile', context: 'services/api' }, 'services-api-Dockerfile'],
    [{ file: 'services/api/Dockerfile', context: 'services/api/' }, 'services-api-Dockerfile'],
    [{ file: 'Dockerfile', context: 'apps/web' }, 'Dockerfile-apps-web'],
    [{ file: 'docker/app.Dockerfile', context: './apps/web' }, 'docker-app.Dockerfile-apps-web'],
    [
      { file: 'Dockerfile', context: 'https://github.com/octo-org/app.git#main' },
      'Dockerfile-https-github.com-octo-org-app.git-main',
    ],
    [{ file: 'Dockerfile', context: '.', buildArgs: ['MODE=slim'] }, `Dockerfile-args-${slim}`],
    [
      { file: 'Dockerfile', context: 'apps/web', target: 'prod', platforms: ['linux/amd64'], buildArgs: ['MODE=slim'] },
      `Dockerfile-apps-web-prod-linux-amd64-args-${slim}`,
    ],
    // A build-arg left out of the key is as if it were not given.
    [
      { file: 'Dockerfile', buildArgs: ['BUILD_DATE=2026-11-26T10:00:00Z'], ignoreBuildArgs: ['BUILD_DATE'] },
      'Dockerfile',
    ],
    [
      { file: 'Dockerfile', buildArgs: ['MODE=slim', 'GIT_SHA=0123abc'], ignoreBuildArgs: ['GIT_SHA'] },
      `Dockerfile-args-${slim}`,
    ],
  ])('a build: %o → %s', (parts, key) => {
    expect(deriveKey(parts)).toBe(key);
  });

  it('hashes the build-args the same whatever their order, and never shows a value', () => {
    // `printf 'A=1\nB=2' | sha256sum`: the sorted lines.
    expect(buildArgsHash(['B=2', 'A=1'], [])).toBe('c1f0203c');
    expect(buildArgsHash(['A=1', 'B=2'], [])).toBe('c1f0203c');
    // The last value of a name given twice is the one buildx builds with.
    expect(buildArgsHash(['A=0', 'A=1'], [])).toBe(buildArgsHash(['A=1'], []));
    expect(buildArgsHash(['A=1'], ['A'])).toBeNull();
    const secret = 'npm_s3cr3tV4lue';
    expect(deriveKey({ file: 'Dockerfile', buildArgs: [`NPM_TOKEN=${secret}`] })).not.toContain('s3cr3t');
  });

  it('gives each value of a build-arg its own key, and the same value the same key', () => {
    const key = (value: string) => deriveKey({ file: 'Dockerfile', context: '.', buildArgs: [`NODE=${value}`] });
    expect(key('20')).not.toBe(key('22'));
    expect(key('20')).toBe(key('20'));
    expect(new Set(['18', '20', '22', '24'].map(key)).size).toBe(4);
  });

  it('keeps a long key within the cap, ending in a hash of the whole so long keys stay apart', () => {
    const deep = (leaf: string) => deriveKey({ file: `${'very-long-folder-name/'.repeat(6)}${leaf}/Dockerfile` });
    expect(deep('a')).toHaveLength(KEY_MAX);
    expect(deep('a')).toMatch(/^very-long-folder-name-very-long.*-[0-9a-f]{8}$/);
    expect(deep('a')).not.toBe(deep('b'));
    expect(deriveKey({ file: 'Dockerfile', target: 't'.repeat(KEY_MAX) })).toHaveLength(KEY_MAX);
  });

  it('names the artifact after the key', () => {
    expect(artifactName('myapp')).toBe('image-size-guard-myapp');
  });

  it('keeps a pull request and the baseline run on the same key although their tags differ', () => {
    expect(deriveKey({ image: 'myapp:3f2a1bc' })).toBe(deriveKey({ image: 'myapp:main' }));
  });
});

describe('the key, comment-key and cache-scope inputs', () => {
  it.each([
    ['', ''],
    [' myapp ', 'myapp'],
    // Characters outside the alphabet are rewritten, as before.
    ['api/prod:arm64', 'api-prod-arm64'],
    ['k'.repeat(KEY_MAX), 'k'.repeat(KEY_MAX)],
  ])('key %j → %j', (value, key) => {
    expect(parseKey('key', value)).toBe(key);
  });

  it.each([
    ['///', '"///"'],
    ['..', '".."'],
    ['k'.repeat(KEY_MAX + 1), `"${'k'.repeat(40)}…"`],
  ])('refuses key %j, quoting at most 40 characters of it', (value, quoted) => {
    expect(() => parseKey('comment-key', value)).toThrow(
      new UserError(
        `Input "comment-key" is ${quoted}: use 1 to ${KEY_MAX} characters, with letters or digits (A-Z a-z 0-9 . _ - are kept, others become -)`,
      ),
    );
  });

  it.each(['api-prod', 'v1.2_arm64', 'A', 's'.repeat(KEY_MAX)])('takes cache-scope %j as it is', (value) => {
    expect(parseScope('cache-scope', value)).toBe(value);
  });

  it.each([
    // A comma would add a buildx cache option; a slash or `..` would leave the cache folder.
    ['x,url=http://attacker.example', '"x,url=http://attacker.example"'],
    ['../../etc', '"../../etc"'],
    ['..', '".."'],
    ['.hidden', '".hidden"'],
    ['-o', '"-o"'],
    ['a b', '"a b"'],
    ['line1\nline2', '"line1\\nline2"'],
    ['s'.repeat(500), `"${'s'.repeat(40)}…"`],
  ])('refuses cache-scope %j in one line that says what to use', (value, quoted) => {
    const call = () => parseScope('cache-scope', value);
    expect(call).toThrow(
      new UserError(
        `Input "cache-scope" is ${quoted}: use 1 to ${KEY_MAX} of A-Z a-z 0-9 . _ -, starting with a letter or digit`,
      ),
    );
  });
});

describe('keys that would name a baseline like an HTML report', () => {
  it('refuses a key starting with report-, and moves a derived one out of the way', () => {
    expect(() => parseKey('key', 'report-api')).toThrow(
      /^Input "key" is "report-api": a key may not start with "report-" \(the HTML report's artifact/,
    );
    expect(parseKey('comment-key', 'report-api')).toBe('report-api');
    expect(deriveKey({ image: 'report-api:1.2' })).toBe('image-report-api');
    expect(deriveKey({ image: 'reporter:1' })).toBe('reporter');
  });
});

describe('parseCount', () => {
  it('takes the default when empty and a whole number in range', () => {
    expect(parseCount('history', '', 30, 1, 1000)).toBe(30);
    expect(parseCount('history', ' 5 ', 30, 1, 1000)).toBe(5);
  });
  it.each(['0', '1.5', 'ten', '1001'])('rejects %s', (value) => {
    expect(() => parseCount('history', value, 30, 1, 1000)).toThrow(
      `Input "history" is "${value}": use a whole number from 1 to 1000`,
    );
  });
});

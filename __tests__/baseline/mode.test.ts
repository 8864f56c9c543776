import { describe, expect, it } from 'vitest';
import {
  artifactName,
  defaultBranchFromPayload,
  deriveKey,
  parseCount,
  parseMode,
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
    [{ image: '/tmp/build/image.oci.tar' }, 'image'],
    [{ image: './out/layout/' }, 'layout'],
    [{}, 'Dockerfile'],
    [{ file: './docker/api.Dockerfile', target: 'runtime' }, 'docker-api.Dockerfile-runtime'],
    [{ file: 'Dockerfile', platforms: ['linux/arm64', 'linux/amd64'] }, 'Dockerfile-linux-amd64-linux-arm64'],
  ])('%o → %s', (parts, key) => {
    expect(deriveKey(parts)).toBe(key);
  });

  it('names the artifact after the key', () => {
    expect(artifactName('myapp')).toBe('image-size-guard-myapp');
  });

  it('keeps a pull request and the baseline run on the same key although their tags differ', () => {
    expect(deriveKey({ image: 'myapp:3f2a1bc' })).toBe(deriveKey({ image: 'myapp:main' }));
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

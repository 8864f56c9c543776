/**
 * What the step says about the event that started it: the bundled action, run as a runner runs it,
 * measuring an image built with real buildx on the real dockerd.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { run } from './helpers/exec.js';
import { buildx, makeContext } from './helpers/images.js';
import { runAction } from './helpers/runner.js';

const TAG = `isg-events/tiny:${randomBytes(4).toString('hex')}`;
const REPO = 'octo-org/octo-app';

beforeAll(async () => {
  const context = await makeContext({ Dockerfile: [`FROM ${BUSYBOX}`, `RUN echo ${TAG} > /tag`].join('\n') });
  await buildx(context, ['-t', TAG, '--load']);
});
afterAll(() => run('docker', ['rmi', TAG]));

/** A pull request from a fork, as GitHub's payload for either event has it. */
const payload = {
  repository: { full_name: REPO, default_branch: 'main' },
  pull_request: {
    number: 7,
    base: { ref: 'main', repo: { full_name: REPO } },
    head: { ref: 'feature', sha: 'a'.repeat(40), repo: { full_name: 'fork-owner/octo-app' } },
  },
};

const PULL_REQUEST_TARGET = /^On pull_request_target this step measures the base branch's checkout/;

describe('pull_request_target', () => {
  it('warns, in one line, that the base branch is measured and that checking out the head is unsafe', async () => {
    const result = await runAction({
      eventName: 'pull_request_target',
      ref: 'refs/heads/main',
      event: payload,
      inputs: { image: TAG, comment: 'never' },
    });
    expect(result.code, result.stdout).toBe(0);
    const warnings = result.warnings.filter((w) => PULL_REQUEST_TARGET.test(w));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('\n');
    expect(warnings[0]).toContain("checking out the pull request's head here would run its untrusted code");
    expect(warnings[0]).toContain('unsafe');
    expect(warnings[0]).toContain('pull_request + workflow_run');
  });

  it('says nothing of the kind on pull_request', async () => {
    const result = await runAction({
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      event: payload,
      inputs: { image: TAG, comment: 'never' },
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.warnings.filter((w) => /pull_request_target/.test(w))).toEqual([]);
  });
});

/**
 * What a crossed threshold costs, by the run it happens in: a merge queue's required check (gated,
 * no comment), a pull request whose increase a maintainer accepted with a label, and a baseline run
 * (growth over the previous baseline warns, budgets fail, the baseline is stored all the same). The
 * bundled action runs under Node 24 as a runner runs it, against the loopback GitHub origin; the
 * images are real buildx builds, the baseline the CLI's own `--write-baseline` of the smaller one.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { buildx, makeContext } from './helpers/images.js';
import { runAction } from './helpers/runner.js';
import { startGitHubOrigin, type GitHubOrigin } from './servers/github-origin.js';

const REPO = 'octo-org/octo-gate';
const HEAD = 'a'.repeat(40);

let origin: GitHubOrigin;
let work: string;
let small: string;
let big: string;
let baselineFile: string;

beforeAll(async () => {
  origin = await startGitHubOrigin();
  origin.model.addRepo(REPO, 'main');
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-gate-'));
  const build = async (name: string, lines: string[]) => {
    const context = await makeContext({ Dockerfile: [`FROM ${BUSYBOX}`, ...lines].join('\n') });
    const out = path.join(work, `${name}.tar`);
    await buildx(context, ['--output', `type=oci,dest=${out}`]);
    return out;
  };
  const first = 'RUN mkdir /app && dd if=/dev/urandom of=/app/a.bin bs=1024 count=64 2>/dev/null';
  small = await build('small', [first]);
  // One more layer of 1 MiB of random bytes: +1 MB compressed, and 3 layers where the baseline has 2.
  big = await build('big', [first, 'RUN dd if=/dev/urandom of=/app/b.bin bs=1024 count=1024 2>/dev/null']);
  baselineFile = path.join(work, 'baseline.json');
  const written = await runAction({
    eventName: 'workflow_dispatch',
    repository: REPO,
    ref: 'refs/heads/feature',
    event: { repository: repository() },
    inputs: { image: small, key: 'gate', 'baseline-output': baselineFile },
  });
  expect(written.code, written.stdout).toBe(0);
});

afterAll(async () => {
  await origin?.close();
  expect(origin.violations()).toEqual([]);
  await fs.rm(work, { recursive: true, force: true });
});

const repository = () => {
  const repo = origin.model.repo(REPO);
  return { id: repo.id, name: repo.name, full_name: REPO, default_branch: 'main', owner: { login: 'octo-org' } };
};

function services() {
  const runModel = origin.model.addRun({
    repository: REPO,
    event: 'pull_request',
    headBranch: 'feature',
    headSha: HEAD,
  });
  return origin.services(runModel);
}

describe('a crossed threshold', () => {
  it('fails a merge queue check without a comment', async () => {
    const before = origin.commentCalls().length;
    const result = await runAction({
      eventName: 'merge_group',
      repository: REPO,
      sha: HEAD,
      ref: 'refs/heads/gh-readonly-queue/main/pr-7-' + 'b'.repeat(40),
      event: {
        action: 'checks_requested',
        merge_group: {
          head_sha: HEAD,
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-' + 'b'.repeat(40),
          base_sha: 'b'.repeat(40),
          base_ref: 'refs/heads/main',
          head_commit: { id: HEAD, message: 'Merge pull request #7', tree_id: 'c'.repeat(40) },
        },
        repository: repository(),
      },
      inputs: { image: big, key: 'gate', 'baseline-file': baselineFile, 'max-increase': '500kB' },
      services: services(),
    });
    expect(result.code, result.stdout).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(result.errors.at(-1)).toMatch(/^max-increase: linux\/amd64 compressed size grew by \+1\.\d\d MB/);
    expect(result.summary).toContain('### ❌ Image size: over a threshold');
    expect(origin.commentCalls().slice(before)).toEqual([]);
  });

  it('is a warning on a pull request that carries the accept label, and the comment says so', async () => {
    const pr = origin.model.addPull({
      number: 8,
      repository: REPO,
      headRepository: REPO,
      headBranch: 'feature',
      headSha: HEAD,
    });
    const event = (labels: string[]) => ({
      action: 'labeled',
      number: pr.number,
      pull_request: {
        number: pr.number,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: REPO } },
        base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: REPO } },
        labels: labels.map((name, i) => ({ id: i + 1, name })),
      },
      repository: repository(),
    });
    const inputs = {
      image: big,
      key: 'gate',
      'baseline-file': baselineFile,
      'max-increase': '500kB',
      'max-layers': '2',
    };
    const accepted = await runAction({
      eventName: 'pull_request',
      repository: REPO,
      sha: HEAD,
      ref: `refs/pull/${pr.number}/merge`,
      event: event(['dependencies', 'image-size-accepted']),
      inputs,
      services: services(),
    });
    expect(accepted.code, accepted.stdout).toBe(0);
    expect(accepted.outputs.result).toBe('warn');
    expect(accepted.warnings.some((w) => w.startsWith('max-increase: linux/amd64'))).toBe(true);
    expect(accepted.warnings.some((w) => w.startsWith('max-layers: linux/amd64 has 3 layers, limit 2'))).toBe(true);
    const body = accepted.outputs['comment-body']!;
    expect(body).toContain('Accepted with the label **image-size-accepted**');
    expect(origin.comments.comments.filter((c) => c.issue === pr.number).map((c) => c.body)).toEqual([body]);

    // Without the label (unlabeled), the same crossings fail again.
    const refused = await runAction({
      eventName: 'pull_request',
      repository: REPO,
      sha: HEAD,
      ref: `refs/pull/${pr.number}/merge`,
      event: event(['dependencies']),
      inputs,
      services: services(),
    });
    expect(refused.code).toBe(1);
    expect(refused.outputs.result).toBe('fail');
    expect(refused.outputs['comment-body']).not.toContain('Accepted with the label');
  });

  it('warns for growth but fails a budget on a baseline run, and stores the baseline anyway', async () => {
    const output = path.join(work, 'new-baseline.json');
    const push = (inputs: Record<string, string>) =>
      runAction({
        eventName: 'push',
        repository: REPO,
        sha: HEAD,
        ref: 'refs/heads/main',
        event: { ref: 'refs/heads/main', after: HEAD, repository: repository() },
        inputs: { image: big, key: 'gate', 'baseline-file': baselineFile, 'baseline-output': output, ...inputs },
        services: services(),
      });
    const growth = await push({ 'max-increase': '500kB' });
    expect(growth.code, growth.stdout).toBe(0);
    expect(growth.outputs.result).toBe('warn');
    expect(growth.warnings.some((w) => w.startsWith('max-increase: linux/amd64'))).toBe(true);

    await fs.rm(output, { force: true });
    const budget = await push({ 'max-increase': '500kB', 'max-layers': '2' });
    expect(budget.code).toBe(1);
    expect(budget.errors.at(-1)).toBe('max-layers: linux/amd64 has 3 layers, limit 2');
    expect(JSON.parse(await fs.readFile(output, 'utf8')).platforms[0].analysis.totals.layerCount).toBe(3);

    const strict = await push({ 'max-increase': '500kB', 'baseline-increase': 'fail' });
    expect(strict.code).toBe(1);
    expect(strict.errors.at(-1)).toMatch(/^max-increase: /);
  });
});

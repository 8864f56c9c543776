/**
 * What a build hands the action must not leak or command it: build-argument values, secrets given
 * wrongly, workflow commands printed by a RUN step. The bundled action runs as a runner runs it, on
 * the real dockerd and buildx, with the real @actions/artifact and @actions/github talking to the
 * loopback stand-ins of the results service, blob storage and the REST API. Also: `load: true` with
 * `no-cache` loads the very image that was measured, after one build.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { exec, run } from './helpers/exec.js';
import { makeContext } from './helpers/images.js';
import { NODE24, runAction, type ActionRun, type RunOptions } from './helpers/runner.js';
import { unzip } from './helpers/zip.js';
import { artifactService } from './servers/artifact-service.js';
import { commentsApi, type CommentsApi } from './servers/comments.js';
import { githubApi, type GitHubApi } from './servers/github-api.js';
import { GitHubModel, runtimeToken, type RunModel } from './servers/github-model.js';
import { startServer, type LoopbackServer } from './servers/http.js';

const CLI = path.resolve(import.meta.dirname, '../dist/cli/index.js');
const REPO = 'octo-org/octo-app';
const FORK = 'mallory/octo-app';
const READ_TOKEN = 'ghs_forkreadonly0123456789';
const WRITE_TOKEN = 'ghs_basewrite0123456789ab';

let model: GitHubModel;
let api: GitHubApi;
let comments: CommentsApi;
let server: LoopbackServer;

beforeEach(async () => {
  model = new GitHubModel();
  model.addRepo(REPO, 'main');
  model.addRepo(FORK, 'main');
  api = githubApi(model, { token: [READ_TOKEN, WRITE_TOKEN], maxPerPage: 2 });
  comments = commentsApi({
    [READ_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', installation: true, readOnly: true },
    [WRITE_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', installation: true },
  });
  server = await startServer(artifactService(model), comments.handler, api.handler, model.blobs.handler);
});

afterEach(async () => {
  await server.close();
  expect(api.violations).toEqual([]);
  expect(comments.violations).toEqual([]);
});

const repository = { full_name: REPO, default_branch: 'main' };

function services(runModel: RunModel, token: string): RunOptions['services'] {
  return {
    resultsUrl: server.url,
    runtimeToken: runtimeToken(runModel),
    apiUrl: server.url,
    token,
    runId: runModel.id,
  };
}

/** A push to main: the run that writes the baseline artifact. */
function pushBuild(context: string, inputs: Record<string, string>): Promise<ActionRun> {
  const runModel = model.addRun({ repository: REPO, event: 'push', headBranch: 'main' });
  return runAction({
    workspace: context,
    eventName: 'push',
    sha: runModel.headSha,
    event: { repository },
    inputs: { network: 'host', cache: 'none', comment: 'never', ...inputs },
    services: services(runModel, WRITE_TOKEN),
  });
}

/** A fork's pull request run: its read-only token may not comment, so it uploads the hand-off. */
function forkBuild(context: string, inputs: Record<string, string>): Promise<ActionRun> {
  const runModel = model.addRun({ repository: REPO, headRepository: FORK, event: 'pull_request', headBranch: 'p' });
  model.addPull({ number: 7, repository: REPO, headRepository: FORK, headBranch: 'p', headSha: runModel.headSha });
  return runAction({
    workspace: context,
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    sha: 'e'.repeat(40),
    event: {
      number: 7,
      repository,
      pull_request: {
        number: 7,
        head: { sha: runModel.headSha, ref: 'p', repo: { full_name: FORK } },
        base: { ref: 'main', repo: { full_name: REPO } },
      },
    },
    inputs: { network: 'host', cache: 'none', ...inputs },
    services: services(runModel, READ_TOKEN),
  });
}

/** Everything a run shows or leaves behind for others: log, summary, outputs, the report file. */
async function visible(result: ActionRun): Promise<string> {
  const report = result.outputs['report-file'];
  return [
    result.stdout,
    result.stderr,
    result.summary,
    JSON.stringify(result.outputs),
    report ? await fs.readFile(report, 'utf8') : '',
  ].join('\n');
}

/** The OCI layout the action built and measured. */
async function builtLayout(result: ActionRun): Promise<string> {
  const builds = (await fs.readdir(result.temp)).filter((n) => n.startsWith('image-size-guard-build-'));
  expect(builds).toHaveLength(1);
  return path.join(result.temp, builds[0]!, 'oci');
}

/**
 * The workflow commands a runner would act on in a step's stdout: it reads lines ending in \n, \r
 * or \r\n, takes a line that starts with `::` after leading spaces as a command, and ignores all of
 * them between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function runnerCommands(stdout: string): string[] {
  const found: string[] = [];
  let stopToken: string | null = null;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1]!;
    else if (line.startsWith('::')) found.push(line);
  }
  return found;
}

describe('a build argument value never leaves the runner', () => {
  it('is in no log, summary, output, report, baseline, hand-off or CLI output', async () => {
    const value = `tok-${randomBytes(12).toString('hex')}`;
    const context = await makeContext({
      // The step uses the value without printing it; BuildKit still records it in the image history.
      Dockerfile: [
        `FROM ${BUSYBOX}`,
        'ARG NPM_TOKEN',
        'RUN test -n "$NPM_TOKEN" && mkdir -p /app && dd if=/dev/urandom of=/app/blob bs=1024 count=64 2>/dev/null',
      ].join('\n'),
    });
    const inputs = { 'build-args': `NPM_TOKEN=${value}`, key: 'leak' };

    const push = await pushBuild(context, inputs);
    expect(push.code, push.stdout).toBe(0);
    // The value is there to find: the image the action measured carries it in its history.
    const layout = await builtLayout(push);
    expect(await run('grep', ['-rl', '--', value, path.join(layout, 'blobs')])).not.toBe('');
    expect(push.summary).toContain('mkdir -p /app');
    expect(await visible(push)).not.toContain(value);
    expect(push.stdout).toContain('--build-arg NPM_TOKEN=***');
    const baseline = model.artifacts.filter((a) => a.name === 'image-size-guard-leak');
    expect(baseline).toHaveLength(1);
    const baselineFiles = unzip(model.content(baseline[0]!)!);
    expect(
      Object.values(baselineFiles)
        .map((b) => b.toString('utf8'))
        .join('\n'),
    ).toContain('RUN ');
    expect(
      Object.values(baselineFiles)
        .map((b) => b.toString('utf8'))
        .join('\n'),
    ).not.toContain(value);

    for (const format of ['json', 'text']) {
      const cli = await exec(NODE24, [CLI, 'analyze', layout, '--format', format]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(cli.stdout).toContain('test -n');
      expect(cli.stdout + cli.stderr).not.toContain(value);
    }

    const fork = await forkBuild(context, inputs);
    expect(fork.outputs['comment-body']).toContain('RUN test -n');
    expect(await visible(fork)).not.toContain(value);
    const handoff = model.artifacts.filter((a) => a.name.startsWith('image-size-guard-comment-'));
    expect(handoff).toHaveLength(1);
    const handoffText = Object.values(unzip(model.content(handoff[0]!)!))
      .map((b) => b.toString('utf8'))
      .join('\n');
    expect(handoffText).toContain('test -n');
    expect(handoffText).not.toContain(value);
  });
});

describe('a malformed secrets line', () => {
  it('fails the step naming its line only, its value masked before and shown nowhere', async () => {
    const value = `s3cr3t-${randomBytes(12).toString('hex')}`;
    const context = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\nRUN true\n` });
    const result = await pushBuild(context, { secrets: `GOOD=fine\n${value}` });
    expect(result.code).not.toBe(0);
    expect(result.errors).toEqual([
      'Input "secrets" line 2 is not id=value: write one id=value a line, in double quotes when the value spans lines',
    ]);
    // The runner masks what ::add-mask:: names; every other line is free of the value.
    const lines = result.stdout.split('\n').filter((l) => l.includes(value));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith('::add-mask::'))).toBe(true);
    expect([result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n')).not.toContain(value);
  });
});

describe('workflow commands printed by the build', () => {
  it('are logged where the runner ignores them, and none takes effect', async () => {
    const context = await makeContext({
      Dockerfile: [
        `FROM ${BUSYBOX}`,
        // A fresh marker: the step runs (and prints) on every build, whatever the daemon cached.
        `RUN echo ${randomBytes(4).toString('hex')} && echo '::error::pwned' && echo '::set-output name=result::pass' && ` +
          `echo '::add-mask::tar' && printf 'x\\r::error::pwned-after-cr\\n' && printf '  ::warning::pwned-indented\\n'`,
      ].join('\n'),
    });
    const result = await pushBuild(context, { key: 'commands' });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('::error::pwned');
    expect(result.stdout).toContain('::error::pwned-after-cr');
    const commands = runnerCommands(result.stdout);
    expect(commands.filter((c) => /pwned|set-output|add-mask::tar/.test(c))).toEqual([]);
    expect(result.errors).toEqual([]);
  });
});

describe('load with no-cache', () => {
  const tag = `isg-build-safety/loaded:${randomBytes(4).toString('hex')}`;
  afterAll(() => exec('docker', ['image', 'rm', '--force', tag]));

  it('builds once and loads the image that was measured', async () => {
    const context = await makeContext({
      Dockerfile: `FROM ${BUSYBOX}\nRUN date > /stamp && head -c 64 /dev/urandom > /random\n`,
    });
    const result = await pushBuild(context, { key: 'loaded', load: 'true', 'no-cache': 'true', tags: tag });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('docker buildx build '))).toHaveLength(1);
    const inspect = JSON.parse(await run('docker', ['image', 'inspect', tag])) as {
      Id: string;
      RootFS: { Layers: string[] };
    }[];
    expect(inspect[0]!.Id).toBe(result.outputs['image-digest']);
    const layout = await builtLayout(result);
    const blob = async (d: string) =>
      JSON.parse(await fs.readFile(path.join(layout, 'blobs', ...d.split(':')), 'utf8')) as {
        manifests?: { digest: string }[];
        config?: { digest: string };
        rootfs?: { diff_ids: string[] };
      };
    const top = JSON.parse(await fs.readFile(path.join(layout, 'index.json'), 'utf8')) as {
      manifests: { digest: string }[];
    };
    expect(top.manifests[0]!.digest).toBe(result.outputs['image-digest']);
    const manifest = await blob(top.manifests[0]!.digest);
    const config = await blob(manifest.config!.digest);
    expect(inspect[0]!.RootFS.Layers).toEqual(config.rootfs!.diff_ids);
  });
});

/**
 * The baseline across runs: the bundled action, run as a runner runs it, writes its baseline as an
 * artifact on pushes to main and finds it from pull requests, through the real @actions/artifact and
 * @actions/github talking to loopback stand-ins of the results service, the REST API (checked against
 * GitHub's OpenAPI description) and blob storage. Figures come from the image's own manifest, read
 * with the system tar and Node's zlib.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { run } from './helpers/exec.js';
import { buildx, expectedFromLayout, extract, makeContext, sum, type ExpectedLayer } from './helpers/images.js';
import { runAction, type ActionRun } from './helpers/runner.js';
import { unzip, zipStored } from './helpers/zip.js';
import { artifactService } from './servers/artifact-service.js';
import { githubApi, type GitHubApi } from './servers/github-api.js';
import { GitHubModel, runtimeToken, type ArtifactModel, type RunModel } from './servers/github-model.js';
import { startServer, type LoopbackServer } from './servers/http.js';
import { permissionDenied, secondaryRateLimit } from './servers/rate-limits.js';

const TAG = 'isg-baseline/tiny:1';
const REPO = 'octo-org/octo-app';
const TOKEN = 'ghs_loopbacktoken0123456789';
const NAME = 'image-size-guard-tiny';
/** Every run also uploads its HTML report: the baseline's artifacts are the others. */
const baselines = () => model.artifacts.filter((a) => !a.name.startsWith('image-size-guard-report-'));

let work: string;
let ociFolder: string;
let expected: { topDigest: string; layers: ExpectedLayer[] };
let compressed: number;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-baseline-'));
  const context = await makeContext({
    Dockerfile: [
      `FROM ${BUSYBOX}`,
      'RUN mkdir -p /app && dd if=/dev/urandom of=/app/blob.bin bs=1024 count=256 2>/dev/null',
      'COPY app.conf /app/',
    ].join('\n'),
    'app.conf': 'threads=4\n'.repeat(20),
  });
  await buildx(context, ['-t', TAG, '--load']);
  ociFolder = path.join(work, 'oci');
  await buildx(context, ['--output', `type=oci,dest=${ociFolder},tar=false`]);
  const save = path.join(work, 'save.tar');
  await run('docker', ['save', '-o', save, TAG]);
  expected = await expectedFromLayout(await extract(save));
  compressed = sum(expected.layers.map((l) => l.size));
});

let model: GitHubModel;
let api: GitHubApi;
let server: LoopbackServer;

beforeEach(async () => {
  model = new GitHubModel();
  model.addRepo(REPO, 'main');
  model.addRepo('evil/octo-app', 'main');
  // A page of 2: a handful of artifacts already spans several pages, as hundreds do on GitHub.
  api = githubApi(model, { token: TOKEN, maxPerPage: 2 });
  server = await startServer(artifactService(model), api.handler, model.blobs.handler);
});

afterEach(async () => {
  await server.close();
  expect(api.violations).toEqual([]);
});

const payload = { repository: { full_name: REPO, default_branch: 'main' } };

/** Runs the action as the given workflow run of the model. */
function runAs(runModel: RunModel, inputs: Record<string, string> = {}, image = TAG): Promise<ActionRun> {
  const pr = runModel.event.startsWith('pull_request');
  return runAction({
    eventName: runModel.event,
    ref: pr ? 'refs/pull/7/merge' : `refs/heads/${runModel.headBranch}`,
    sha: runModel.headSha,
    event:
      runModel.event === 'schedule'
        ? { schedule: '0 3 * * *' }
        : pr
          ? { ...payload, pull_request: { number: 7, base: { ref: 'main' }, head: { ref: runModel.headBranch } } }
          : payload,
    // The PR comment has its own tests (github/comment.integration.test.ts).
    inputs: { image, key: 'tiny', comment: 'never', ...inputs },
    services: {
      resultsUrl: server.url,
      runtimeToken: runtimeToken(runModel),
      apiUrl: server.url,
      token: TOKEN,
      runId: runModel.id,
    },
  });
}

const pushRun = (over: Partial<RunModel> = {}) =>
  model.addRun({ repository: REPO, event: 'push', headBranch: 'main', ...over });
const prRun = (over: Partial<RunModel> = {}) =>
  model.addRun({ repository: REPO, event: 'pull_request', headBranch: 'feature', ...over });

function documentOf(artifact: ArtifactModel): Record<string, unknown> & { platforms: { history: unknown[] }[] } {
  const files = unzip(model.content(artifact)!);
  return JSON.parse(files['baseline.json']!.toString('utf8'));
}

/** A baseline document as a real push run writes it, with its compressed total set to a marker. */
async function plantedDocument(marker: number): Promise<string> {
  const file = path.join(work, `planted-${marker}.json`);
  const result = await runAction({ inputs: { image: TAG, key: 'tiny', 'baseline-output': file } });
  expect(result.code, result.stdout).toBe(0);
  const doc = JSON.parse(await fs.readFile(file, 'utf8'));
  doc.platforms[0].analysis.totals.compressedBytes = marker;
  return JSON.stringify(doc);
}

function plant(runModel: RunModel, content: string | Buffer, minutesAgo: number, over: Partial<ArtifactModel> = {}) {
  // The run started a few minutes before it uploaded.
  runModel.startedAt = new Date(Date.now() - (minutesAgo + 3) * 60_000);
  const artifact = model.addArtifact({
    name: NAME,
    runId: runModel.id,
    content: zipStored({ 'baseline.json': content }),
    createdAt: new Date(Date.now() - minutesAgo * 60_000),
  });
  return Object.assign(artifact, over);
}

const notices = (r: ActionRun) =>
  r.stdout
    .split('\n')
    .filter((l) => /^::(notice|warning)/.test(l))
    .map((l) => l.slice(l.indexOf('::', 2) + 2));

describe('the first run ever', () => {
  it('a pull request with no baseline yet reports without one and says so', async () => {
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.result).toBe('no-baseline');
    expect(Number(result.outputs['compressed-bytes'])).toBe(compressed);
    expect(notices(result)).toEqual([
      'No baseline to compare with: no artifact named image-size-guard-tiny exists yet',
    ]);
    // Expected on a first run: a notice, not a warning.
    expect(result.stdout).toMatch(/^::notice::No baseline/m);
    expect(result.summary).toContain(
      'No baseline to compare with: no artifact named image-size-guard-tiny exists yet.',
    );
    expect(result.outputs['baseline-artifact-id']).toBeUndefined();
    expect(baselines()).toHaveLength(0);
  });

  it('a push to main uploads the baseline, kept 90 days, holding the image’s own figures', async () => {
    const push = pushRun();
    const result = await runAs(push);
    expect(result.code, result.stdout).toBe(0);
    expect(baselines()).toHaveLength(1);
    const [artifact] = baselines() as [ArtifactModel];
    expect(result.outputs['baseline-artifact-id']).toBe(String(artifact.id));
    expect(artifact).toMatchObject({ name: NAME, runId: push.id, finalized: true });
    const days = (artifact.expiresAt!.getTime() - artifact.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(90);

    const doc = documentOf(artifact) as unknown as {
      schemaVersion: number;
      key: string;
      origin: { commit: string; ref: string; runId: number };
      platforms: {
        platform: string;
        analysis: { totals: { compressedBytes: number; uncompressedBytes: number }; layers: { digest: string }[] };
        history: { commit: string; compressed: number }[];
      }[];
      layers: Record<string, { digest: string }>;
    };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.key).toBe('tiny');
    expect(doc.origin).toMatchObject({ commit: push.headSha, ref: 'refs/heads/main', runId: push.id });
    expect(doc.platforms).toHaveLength(1);
    const [platform] = doc.platforms;
    expect(platform!.analysis.totals.compressedBytes).toBe(compressed);
    expect(platform!.analysis.totals.uncompressedBytes).toBe(sum(expected.layers.map((l) => l.uncompressedBytes)));
    expect(platform!.history).toEqual([expect.objectContaining({ commit: push.headSha, compressed })]);
    // One record per layer, keyed by the digest the manifest gives it.
    expect(Object.keys(doc.layers).sort()).toEqual(expected.layers.map((l) => l.digest).sort());
  });

  it('a failed measurement uploads nothing', async () => {
    const result = await runAs(pushRun(), {}, 'isg-baseline/does-not-exist:1');
    expect(result.code).not.toBe(0);
    expect(baselines()).toHaveLength(0);
  });
});

describe('a pull request finds the baseline a push wrote', () => {
  it('downloads it through the REST zip redirect and the blob, and reports its figures', async () => {
    const push = pushRun();
    expect((await runAs(push)).code).toBe(0);
    const [artifact] = baselines() as [ArtifactModel];
    server.log.length = 0;

    const pr = prRun();
    const result = await runAs(pr);
    expect(result.code, result.stdout).toBe(0);
    // No threshold is set: compared, and nothing crossed.
    expect(result.outputs.result).toBe('pass');
    expect(Number(result.outputs['baseline-compressed-bytes'])).toBe(compressed);
    expect(result.summary).toContain(`Compared with baseline commit ${push.headSha.slice(0, 12)}`);
    const requests = server.log.map((l) => `${l.method} ${l.path.split('?')[0]} ${l.status}`);
    expect(requests).toContain(`GET /repos/${REPO}/actions/runs/${push.id} 200`);
    const zipAt = requests.indexOf(`GET /repos/${REPO}/actions/artifacts/${artifact.id}/zip 302`);
    expect(zipAt).toBeGreaterThanOrEqual(0);
    expect(requests[zipAt + 1]).toBe(`GET /devstoreaccount1/artifacts/${encodeURIComponent(artifact.blob)} 200`);
    // A pull request only reads the baseline: it uploads its report, nothing else.
    expect(baselines()).toHaveLength(1);
    expect(model.artifacts.filter((a) => a.runId === pr.id).map((a) => a.name)).toEqual([
      'image-size-guard-report-tiny',
    ]);
  });

  it('does not read again a layer the baseline already knows', async () => {
    const folder = path.join(work, 'oci-known');
    await fs.cp(ociFolder, folder, { recursive: true });
    const push = await runAs(pushRun(), {}, folder);
    expect(push.code, push.stdout).toBe(0);

    // Overwrite the largest layer's blob with zeros: reading it now fails its diff_id check, so
    // a run succeeds only if it takes that layer from the baseline instead of reading it.
    const largest = [...expected.layers].sort((a, b) => b.size - a.size)[0]!;
    const index = JSON.parse(await fs.readFile(path.join(folder, 'index.json'), 'utf8'));
    const manifestFile = path.join(folder, 'blobs', ...index.manifests[0].digest.split(':'));
    const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
    const layerOfFolder = manifest.layers.find((l: { size: number }) => l.size === largest.size);
    const blob = path.join(folder, 'blobs', ...layerOfFolder.digest.split(':'));
    await fs.writeFile(blob, Buffer.alloc(largest.size));

    const withBaseline = await runAs(prRun(), {}, folder);
    expect(withBaseline.code, withBaseline.stdout).toBe(0);
    expect(withBaseline.outputs['compressed-bytes']).toBe(push.outputs['compressed-bytes']);
    expect(withBaseline.outputs['uncompressed-bytes']).toBe(push.outputs['uncompressed-bytes']);

    const withoutBaseline = await runAction({ inputs: { image: folder, key: 'tiny' } });
    expect(withoutBaseline.code).not.toBe(0);
    expect(withoutBaseline.errors.join('\n')).toMatch(/does not match its diff_id|layer/);
  });

  it('takes the newest of several trusted baselines, reading only the pages that can hold a newer one', async () => {
    plant(pushRun(), await plantedDocument(111), 30);
    plant(model.addRun({ repository: REPO, event: 'schedule', headBranch: 'main' }), await plantedDocument(222), 20);
    plant(
      model.addRun({ repository: REPO, event: 'workflow_dispatch', headBranch: 'main' }),
      await plantedDocument(333),
      10,
    );
    server.log.length = 0;
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['baseline-compressed-bytes']).toBe('333');
    // Page 1 (of 2) ends with an artifact created before the newest run started: page 2 is never read.
    const listings = server.log.filter((l) => l.path.startsWith(`/repos/${REPO}/actions/artifacts?`));
    expect(listings.map((l) => new URL(l.path, server.url).searchParams.get('page') ?? '1')).toEqual(['1']);
  });

  it('takes the run that started last, not the artifact uploaded last', async () => {
    const slow = pushRun();
    const fast = pushRun();
    plant(slow, await plantedDocument(111), 5);
    plant(fast, await plantedDocument(222), 10);
    // The slow run started 40 minutes ago and uploaded 5 minutes ago; the fast one started later.
    slow.startedAt = new Date(Date.now() - 40 * 60_000);
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['baseline-compressed-bytes']).toBe('222');
  });

  it('skips an expired artifact for an older live one', async () => {
    plant(pushRun(), await plantedDocument(111), 30);
    plant(pushRun(), await plantedDocument(222), 10, { expired: true });
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['baseline-compressed-bytes']).toBe('111');
  });

  it('goes on without a baseline when the download answers 410 Gone', async () => {
    plant(pushRun(), await plantedDocument(111), 30);
    api.route('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', () => ({
      status: 410,
      body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest' },
    }));
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.result).toBe('no-baseline');
    expect(notices(result)).toEqual([
      'No baseline to compare with: the newest baseline artifact image-size-guard-tiny has expired',
    ]);
  });

  it('never takes a pull-request run’s artifact, even with the right name and branch', async () => {
    plant(pushRun(), await plantedDocument(111), 30);
    // Newer, same name, and its run even claims the branch main: only its event gives it away.
    plant(prRun({ headBranch: 'main' }), await plantedDocument(1), 5);
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['baseline-compressed-bytes']).toBe('111');
    expect(result.stdout).toMatch(/is not a baseline: written by a pull_request run/);
  });

  it('says what to grant when the token may not read artifacts (403), and goes on', async () => {
    api.route('GET', '/repos/{owner}/{repo}/actions/artifacts', () => ({
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
    }));
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.result).toBe('no-baseline');
    expect(notices(result)).toEqual([
      'No baseline to compare with: the baseline artifact could not be read (HTTP 403): grant the job `actions: read`',
    ]);
    expect(result.stdout).toMatch(/^::warning::No baseline/m);
  });

  it('waits out a secondary rate limit twice, then goes on and says it was a rate limit, not a permission', async () => {
    plant(pushRun(), await plantedDocument(111), 30);
    api.refuse('GET', '/repos/{owner}/{repo}/actions/artifacts', secondaryRateLimit(1), 10);
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.result).toBe('no-baseline');
    expect(notices(result)).toEqual([
      'No baseline to compare with: GitHub rate-limited the baseline lookup (HTTP 403, not a missing permission): the next run finds it',
    ]);
    const listings = server.log.filter((l) => l.path.startsWith(`/repos/${REPO}/actions/artifacts?`));
    expect(listings.map((l) => l.status)).toEqual([403, 403, 403]);
    expect(result.stdout).toContain("GitHub's secondary rate limit: retrying in 1 s (1 of 2)");
  });

  it('require-baseline: a missing baseline fails the step with its reason; without it, a notice', async () => {
    // Refused twice: once for each of the next two runs, as a permission is never retried.
    api.refuse('GET', '/repos/{owner}/{repo}/actions/artifacts', permissionDenied(), 2);
    const required = await runAs(prRun(), { 'require-baseline': 'true' });
    expect(required.code).toBe(1);
    expect(required.errors).toEqual([
      'No baseline to compare with: the baseline artifact could not be read (HTTP 403): grant the job `actions: read` (require-baseline is true)',
    ]);
    expect(server.log.filter((l) => l.path.startsWith(`/repos/${REPO}/actions/artifacts?`))).toHaveLength(1);

    const goesOn = await runAs(prRun());
    expect(goesOn.code, goesOn.stdout).toBe(0);
    expect(goesOn.outputs.result).toBe('no-baseline');
    expect(notices(goesOn)).toEqual([
      'No baseline to compare with: the baseline artifact could not be read (HTTP 403): grant the job `actions: read`',
    ]);

    const firstEver = await runAs(prRun(), { 'require-baseline': 'true' });
    expect(firstEver.code).toBe(1);
    expect(firstEver.errors).toEqual([
      'No baseline to compare with: no artifact named image-size-guard-tiny exists yet (require-baseline is true)',
    ]);
    // A baseline run never needs one: it is how the first baseline comes to be.
    const push = await runAs(pushRun(), { 'require-baseline': 'true' });
    expect(push.code, push.stdout).toBe(0);
    expect(push.outputs['baseline-artifact-id']).toBeDefined();
  });

  it('require-baseline: a baseline for other platforms fails the step too', async () => {
    const doc = JSON.parse(await plantedDocument(111));
    doc.platforms[0].platform = 'linux/s390x';
    plant(pushRun(), JSON.stringify(doc), 5);
    const result = await runAs(prRun(), { 'require-baseline': 'true' });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      'No baseline to compare with: the baseline has platform linux/s390x, this run measured linux/amd64 (require-baseline is true)',
    ]);
  });

  it('never takes a fork’s run’s artifact', async () => {
    plant(pushRun(), await plantedDocument(111), 30);
    plant(
      model.addRun({ repository: REPO, headRepository: 'evil/octo-app', event: 'push', headBranch: 'main' }),
      await plantedDocument(1),
      5,
    );
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['baseline-compressed-bytes']).toBe('111');
    expect(result.stdout).toMatch(/is not a baseline: from a fork/);
  });

  it('a damaged document: says why and goes on without a baseline', async () => {
    plant(pushRun(), '{"schemaVersion": 1, "key": "ti', 5);
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.result).toBe('no-baseline');
    const [warning] = notices(result);
    expect(warning).toMatch(/^No baseline to compare with: the baseline is not readable JSON \(/);
    expect(result.stdout).toMatch(/^::warning::No baseline/m);
    expect(Number(result.outputs['compressed-bytes'])).toBe(compressed);
  });

  it('a document from a newer version: says to align the versions and goes on', async () => {
    const doc = JSON.parse(await plantedDocument(111));
    plant(pushRun(), JSON.stringify({ ...doc, schemaVersion: 2 }), 5);
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.result).toBe('no-baseline');
    expect(notices(result)).toEqual([
      'No baseline to compare with: the baseline was written by a newer image-size-guard (schema 2; this version reads 1): use the same action version on both branches',
    ]);
  });
});

describe('a baseline for something else', () => {
  it.each([
    [
      'another image key',
      (doc: { key: string }) => (doc.key = 'api'),
      'the baseline is for image key "api", not "tiny": set the same `key` on both branches',
    ],
    [
      'other platforms',
      (doc: { platforms: { platform: string }[] }) => (doc.platforms[0]!.platform = 'linux/s390x'),
      'the baseline has platform linux/s390x, this run measured linux/amd64',
    ],
  ])('%s: says so and reports without a baseline', async (_what, alter, reason) => {
    const doc = JSON.parse(await plantedDocument(111));
    alter(doc);
    plant(pushRun(), JSON.stringify(doc), 5);
    const result = await runAs(prRun());
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.result).toBe('no-baseline');
    expect(notices(result)).toEqual([`No baseline to compare with: ${reason}`]);
  });
});

describe('a manual dispatch', () => {
  it('on a feature branch compares and uploads nothing', async () => {
    plant(pushRun(), await plantedDocument(111), 30);
    const result = await runAs(model.addRun({ repository: REPO, event: 'workflow_dispatch', headBranch: 'feature' }));
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['baseline-compressed-bytes']).toBe('111');
    expect(result.outputs['baseline-artifact-id']).toBeUndefined();
    expect(baselines()).toHaveLength(1);
  });

  it('on main writes the baseline', async () => {
    const result = await runAs(model.addRun({ repository: REPO, event: 'workflow_dispatch', headBranch: 'main' }));
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['baseline-artifact-id']).toBe(String(baselines()[0]!.id));
  });
});

describe('the history', () => {
  it('is carried forward by each baseline run and capped at `history` points', async () => {
    const runs = [pushRun(), model.addRun({ repository: REPO, event: 'schedule', headBranch: 'main' }), pushRun()];
    for (const r of runs) {
      const result = await runAs(r, { history: '2' });
      expect(result.code, result.stdout).toBe(0);
      expect(result.outputs['baseline-artifact-id']).toBeDefined();
    }
    expect(baselines()).toHaveLength(3);
    const newest = baselines()[2]!;
    const doc = documentOf(newest) as unknown as { platforms: { history: { commit: string; compressed: number }[] }[] };
    expect(doc.platforms[0]!.history.map((p) => p.commit)).toEqual([runs[1]!.headSha, runs[2]!.headSha]);
    expect(doc.platforms[0]!.history.every((p) => p.compressed === compressed)).toBe(true);
  });
});

describe('a baseline kept as a file', () => {
  it('baseline-output writes it and baseline-file reads it, with no service at all', async () => {
    const file = path.join(work, 'kept', 'baseline.json');
    const first = await runAction({ inputs: { image: TAG, 'baseline-output': file } });
    expect(first.code, first.stdout).toBe(0);
    const second = await runAction({ inputs: { image: TAG, 'baseline-file': file } });
    expect(second.code, second.stdout).toBe(0);
    expect(Number(second.outputs['baseline-compressed-bytes'])).toBe(compressed);

    const missing = await runAction({ inputs: { image: TAG, 'baseline-file': path.join(work, 'nope.json') } });
    expect(missing.code).toBe(0);
    expect(missing.outputs.result).toBe('no-baseline');
    expect(notices(missing)[0]).toMatch(/cannot read baseline-file .*nope\.json \(ENOENT\)/);
  });
});

describe('GitHub Enterprise Server', () => {
  // GITHUB_SERVER_URL names a server that is neither github.com nor *.ghe.com: @actions/artifact
  // refuses every call there, which is exactly what these runs must not run into silently.
  const ghes = { GITHUB_SERVER_URL: 'https://ghe.example.com' };
  it('says so in one line at the start, pointing to the README recipe, and asks no artifact of anyone', async () => {
    plant(pushRun(), await plantedDocument(111), 30);
    const pr = prRun();
    server.log.length = 0;
    const result = await runAction({
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      sha: pr.headSha,
      event: { ...payload, pull_request: { number: 7, base: { ref: 'main' }, head: { ref: 'feature' } } },
      inputs: { image: TAG, key: 'tiny', comment: 'never' },
      services: {
        resultsUrl: server.url,
        runtimeToken: runtimeToken(pr),
        apiUrl: server.url,
        token: TOKEN,
        runId: pr.id,
      },
      env: ghes,
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.warnings).toEqual([
      'GitHub Enterprise Server (ghe.example.com) has no artifact service this action can use: keep the baseline with baseline-file, baseline-output and actions/cache instead (see "GitHub Enterprise Server" in the README)',
    ]);
    const first = result.stdout.split('\n').findIndex((l) => l.startsWith('::warning::GitHub Enterprise Server'));
    const measuring = result.stdout.split('\n').findIndex((l) => l.includes('Measuring'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(measuring);
    expect(notices(result)).toContain(
      'No baseline to compare with: GitHub Enterprise Server keeps no artifacts for it: set baseline-file (see "GitHub Enterprise Server" in the README)',
    );
    expect(server.log.filter((l) => l.path.includes('artifact') || l.path.includes('Artifact'))).toEqual([]);

    const required = await runAction({
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      sha: pr.headSha,
      event: { ...payload, pull_request: { number: 7, base: { ref: 'main' }, head: { ref: 'feature' } } },
      inputs: { image: TAG, key: 'tiny', comment: 'never', 'require-baseline': 'true' },
      services: {
        resultsUrl: server.url,
        runtimeToken: runtimeToken(pr),
        apiUrl: server.url,
        token: TOKEN,
        runId: pr.id,
      },
      env: ghes,
    });
    expect(required.code).toBe(1);
    expect(required.errors).toEqual([
      'No baseline to compare with: GitHub Enterprise Server keeps no artifacts for it: set baseline-file (see "GitHub Enterprise Server" in the README) (require-baseline is true)',
    ]);
  });

  it('the README recipe works there: main writes baseline-output, a pull request reads it as baseline-file', async () => {
    const file = path.join(work, 'ghes', 'baseline.json');
    const push = pushRun();
    const written = await runAction({
      eventName: 'push',
      sha: push.headSha,
      event: payload,
      // As the recipe: the restored file (none yet on the first run) is read, then written anew.
      inputs: { image: TAG, key: 'tiny', comment: 'never', 'baseline-file': file, 'baseline-output': file },
      services: {
        resultsUrl: server.url,
        runtimeToken: runtimeToken(push),
        apiUrl: server.url,
        token: TOKEN,
        runId: push.id,
      },
      env: ghes,
    });
    expect(written.code, written.stdout).toBe(0);
    expect(written.warnings).toEqual([
      expect.stringMatching(/^No baseline to compare with: cannot read baseline-file .* \(ENOENT\)$/),
    ]);
    expect(model.artifacts).toEqual([]);
    const pr = prRun();
    const read = await runAction({
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      sha: pr.headSha,
      event: { ...payload, pull_request: { number: 7, base: { ref: 'main' }, head: { ref: 'feature' } } },
      inputs: { image: TAG, key: 'tiny', comment: 'never', 'baseline-file': file, 'require-baseline': 'true' },
      services: {
        resultsUrl: server.url,
        runtimeToken: runtimeToken(pr),
        apiUrl: server.url,
        token: TOKEN,
        runId: pr.id,
      },
      env: ghes,
    });
    expect(read.code, read.stdout).toBe(0);
    expect(read.warnings).toEqual([]);
    expect(Number(read.outputs['baseline-compressed-bytes'])).toBe(compressed);
  });
});

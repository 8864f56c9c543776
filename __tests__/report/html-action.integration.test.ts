/**
 * The HTML report in a run of the bundled action: written to a file (output report-html), uploaded
 * through the real @actions/artifact to the loopback results service as artifact
 * image-size-guard-report-<key>, and linked from the job summary; a failed upload is a warning.
 */
import * as fs from 'node:fs/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureBusybox } from '../helpers/base-images.js';
import { buildx, makeContext } from '../helpers/images.js';
import { runAction, type ActionRun } from '../helpers/runner.js';
import { unzip, zipStored } from '../helpers/zip.js';
import { artifactService } from '../servers/artifact-service.js';
import { githubApi, type GitHubApi } from '../servers/github-api.js';
import { GitHubModel, runtimeToken, type RunModel } from '../servers/github-model.js';
import { startServer, type LoopbackServer } from '../servers/http.js';

const TAG = 'isg-html-action/app:1';
const REPO = 'octo-org/octo-app';
const TOKEN = 'ghs_loopbacktoken0123456789';
const REPORT = 'image-size-guard-report-html-app';

beforeAll(async () => {
  const base = await ensureBusybox();
  const context = await makeContext({
    Dockerfile: [`FROM ${base}`, 'RUN mkdir -p /srv && dd if=/dev/zero of=/srv/data.bin bs=1024 count=200'].join('\n'),
  });
  await buildx(context, ['-t', TAG, '--load']);
});

let model: GitHubModel;
let api: GitHubApi;
let server: LoopbackServer;

beforeEach(async () => {
  model = new GitHubModel();
  model.addRepo(REPO, 'main');
  api = githubApi(model, { token: TOKEN });
  server = await startServer(artifactService(model), api.handler, model.blobs.handler);
});

afterEach(async () => {
  await server.close();
  expect(api.violations).toEqual([]);
});

function runAs(runModel: RunModel): Promise<ActionRun> {
  const pr = runModel.event === 'pull_request';
  const payload = { repository: { full_name: REPO, default_branch: 'main' } };
  return runAction({
    eventName: runModel.event,
    ref: pr ? 'refs/pull/7/merge' : 'refs/heads/main',
    sha: runModel.headSha,
    event: pr ? { ...payload, pull_request: { number: 7, base: { ref: 'main' }, head: { ref: 'f' } } } : payload,
    inputs: { image: TAG, key: 'html-app', comment: 'never' },
    services: {
      resultsUrl: server.url,
      runtimeToken: runtimeToken(runModel),
      apiUrl: server.url,
      token: TOKEN,
      runId: runModel.id,
    },
  });
}

describe('the HTML report of a run', () => {
  it('is uploaded as an artifact, its file is an output, and the summary links it', async () => {
    expect((await runAs(model.addRun({ repository: REPO, event: 'push', headBranch: 'main' }))).code).toBe(0);
    const pr = model.addRun({ repository: REPO, event: 'pull_request', headBranch: 'f' });
    const result = await runAs(pr);
    expect(result.code, result.stdout).toBe(0);
    expect(result.warnings).toEqual([]);

    const uploaded = model.artifacts.filter((a) => a.name === REPORT && a.runId === pr.id);
    expect(uploaded).toHaveLength(1);
    const html = unzip(model.content(uploaded[0]!)!)['image-size-guard-report.html']!.toString('utf8');
    expect(html).toMatch(/^<!doctype html>/);
    // Compared with the baseline the push wrote: the page carries the baseline's bytes per path.
    expect(html).toContain('"base":[');
    expect(await fs.readFile(result.outputs['report-html']!, 'utf8')).toBe(html);
    expect(result.summary).toContain(
      `[Interactive report: every layer, folder and file](https://github.com/${REPO}/actions/runs/${pr.id}/artifacts/${uploaded[0]!.id})`,
    );
  });

  it('a re-run job replaces the report its first attempt uploaded, and links the new one', async () => {
    const pr = model.addRun({ repository: REPO, event: 'pull_request', headBranch: 'f' });
    // The run already has a report of that name: its first attempt's.
    model.addArtifact({ name: REPORT, runId: pr.id, content: zipStored({ 'x.html': 'x' }) });
    const result = await runAs(pr);
    expect(result.code, result.stdout).toBe(0);
    expect(result.warnings).toEqual([]);
    const reports = model.artifacts.filter((a) => a.name === REPORT && a.runId === pr.id);
    expect(reports).toHaveLength(1);
    expect(result.summary).toContain(`/actions/runs/${pr.id}/artifacts/${reports[0]!.id})`);
  });

  it('that cannot be uploaded is a warning: the run passes and the summary goes without the link', async () => {
    const pr = model.addRun({ repository: REPO, event: 'pull_request', headBranch: 'f' });
    // A runtime token naming a run the results service does not know: every artifact call is refused.
    const result = await runAs({ ...pr, backendId: 'unknown-run-backend' });
    expect(result.code, result.stdout).toBe(0);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^The HTML report could not be uploaded as artifact ${REPORT} \\(.*\\); it is at `),
      ),
    ]);
    expect(result.outputs['report-html']).toMatch(/image-size-guard-report\.html$/);
    expect(result.summary).not.toContain('Interactive report');
  });
});

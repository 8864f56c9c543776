import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { getInputs, type Inputs } from './action/inputs.js';
import { Output } from './action/constants.js';
import { baselineForReport } from './action/baseline-file.js';
import { failureMessage, reportAndGate } from './action/report.js';
import { publishHtmlReport } from './action/html-report.js';
import { analysisNotes, analyze } from './analyze.js';
import { knownLayers } from './baseline/document.js';
import type { KeyParts } from './baseline/mode.js';
import { loadBaseline, planBaseline, reportBaseline, saveBaseline, type LoadedBaseline } from './baseline/run.js';
import { loadBaselineImage, type PublishedBaseline } from './baseline/image.js';
import { runBuild, type BuildResult } from './build/run.js';
import { UserError, messageOf } from './errors.js';
import { isCommentStage, relayComments } from './fork/relay.js';
import { renderBuild } from './report/build.js';
import { isForkPullRequest } from './fork/handoff.js';
import { pushLayout, type PushResult } from './registry/push.js';
import * as fs from 'node:fs/promises';
import { onSecret } from './registry/client.js';

/**
 * The action: build the image (unless one is given), measure it, compare it with its baseline,
 * report (summary, annotations, PR comment), set the outputs, in baseline mode store the new
 * baseline, and fail when a threshold says so.
 */
export async function run(): Promise<void> {
  try {
    // Registry passwords and tokens are masked in the log, should any message ever carry one.
    onSecret(core.setSecret);
    const inputs = getInputs();
    if (isCommentStage(inputs.baseline.mode, github.context.eventName)) {
      // The second stage of a fork's pull request: post what the first stage handed over, nothing else.
      return await relayComments({ githubToken: inputs.baseline.githubToken, commentKey: inputs.report.commentKey });
    }
    if (github.context.eventName === 'pull_request_target') core.warning(PULL_REQUEST_TARGET);
    checkPush(inputs);
    const tempDir = process.env.RUNNER_TEMP || os.tmpdir();
    const plan = await planBaseline(inputs.baseline, keyParts(inputs), tempDir);
    const published = inputs.baselineImage
      ? await core.group(`Reading the baseline image ${inputs.baselineImage}`, () =>
          loadBaselineImage(inputs.baselineImage, { platform: baselinePlatform(inputs), key: plan.key }),
        )
      : null;
    // A baseline run still carries the stored baseline's history forward; a comparison needs only the image.
    const stored =
      published && plan.mode !== 'baseline' ? null : await core.group('Loading the baseline', () => loadBaseline(plan));
    const loaded: LoadedBaseline = published ? publishedBaseline(published) : stored!;

    const build: BuildResult | null = inputs.image
      ? null
      : await runBuild(inputs.build, { tempDir, sha: process.env.GITHUB_SHA ?? '', scope: plan.key });
    // A build's layout holds every platform built; each is measured.
    const result = await core.group(`Measuring ${inputs.image || 'the built image'}`, () =>
      analyze(inputs.image || build!.source, {
        tempDir,
        knownLayers: knownLayers(loaded.document),
        ...(build ? { platform: 'all' } : {}),
      }),
    );
    const images = result.images;
    for (const note of analysisNotes(images)) core.warning(note);
    const first = images[0]!;
    const baseline = reportBaseline(loaded, result);
    const reportUrl = await publishHtmlReport({
      result,
      baseline: baseline.document,
      // Named like the comment it is linked from, so a fork's comment stage finds it by the same key.
      key: inputs.report.commentKey || plan.key,
      tempDir,
      retentionDays: inputs.baseline.retentionDays,
    });

    const verdict = await reportAndGate({
      images,
      build: build?.stats ?? null,
      baseline: baselineForReport(baseline),
      inputs: inputs.report,
      file: dockerfilePath(inputs),
      commentKey: inputs.report.commentKey || plan.key,
      githubToken: inputs.baseline.githubToken,
      tempDir,
      baselineRun: plan.mode === 'baseline',
      summaryAppendix: build ? renderBuild(build.stats) : undefined,
      reportUrl,
    });

    // Pushed whatever the size check says (as docker/build-push-action would); only a failed build stops it.
    const pushed = await pushMeasured(inputs, build);

    core.setOutput(Output.compressedBytes, first.totals.compressedBytes);
    core.setOutput(Output.uncompressedBytes, first.totals.uncompressedBytes);
    core.setOutput(Output.layerCount, first.totals.layerCount);
    core.setOutput(Output.imageDigest, pushed?.digest ?? build?.digest ?? first.image.digest ?? '');
    if (build) {
      core.setOutput(Output.buildSeconds, build.stats.seconds);
      core.setOutput(Output.cachedSteps, build.stats.cachedSteps);
      core.setOutput(Output.totalSteps, build.stats.totalSteps);
      core.info(
        `Built in ${build.stats.seconds} s: ${build.stats.cachedSteps} of ${build.stats.totalSteps} steps from cache`,
      );
    }
    core.info(
      `${first.image.platform}: ${first.totals.compressedBytes} bytes compressed, ` +
        `${first.totals.uncompressedBytes} uncompressed, ${first.totals.layerCount} layers`,
    );
    await saveBaseline(plan, stored?.document ?? null, result, build?.stats ?? null);
    if (verdict.failed) core.setFailed(failureMessage(verdict));
  } catch (err) {
    if (!(err instanceof UserError) && err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(messageOf(err));
  }
}

/** The published image as this run's baseline. */
function publishedBaseline(published: PublishedBaseline): LoadedBaseline {
  const named = `${published.reference}@${published.digest}`;
  core.info(`Comparing with ${named}`);
  return { document: published.document, reason: null, from: named, severity: 'notice', required: false };
}

/** The baseline image's platforms to read: those built, else the host's (or its only one). */
function baselinePlatform(inputs: Inputs): string | undefined {
  if (inputs.image) return undefined;
  const platforms = inputs.build.platforms;
  if (platforms.length > 1) return 'all';
  return platforms[0];
}

/** push: true is refused before anything is built when it could not happen. */
function checkPush(inputs: Inputs): void {
  if (!inputs.push) return;
  if (inputs.image) {
    throw new UserError(
      'push: true pushes the image this step builds, and "image" measures one already built: remove one of them',
    );
  }
  if (inputs.build.tags.length === 0) {
    throw new UserError('push: true needs "tags" to push to, e.g. ghcr.io/owner/app:latest');
  }
}

/**
 * Pushes the OCI layout that was measured, so the registry holds the same digest. A fork's pull
 * request runs untrusted code with a read-only token: it never pushes.
 */
async function pushMeasured(inputs: Inputs, build: BuildResult | null): Promise<PushResult | null> {
  if (!inputs.push || !build) return null;
  if (isForkPullRequest(github.context.payload)) {
    core.warning(
      "push: true is skipped on a pull request from a fork: its code is untrusted and its token can't write",
    );
    return null;
  }
  if (!(await fs.stat(build.source)).isDirectory()) {
    throw new UserError(
      'push: true needs a builder that exports the image (this one, the docker driver on the classic image store, only loads it): ' +
        'set builder-setup: create, set up a builder with docker/setup-buildx-action, or enable the containerd image store',
    );
  }
  const tags = inputs.build.tags;
  return core.group(`Pushing ${tags.join(', ')}`, async () => {
    const result = await pushLayout(build.source, tags, { log: (line) => core.info(line) });
    core.info(
      `${result.uploaded} blobs uploaded (${result.uploadedBytes} bytes), ${result.mounted} mounted, ${result.present} already there`,
    );
    return result;
  });
}

/**
 * What names this image: its reference, or the Dockerfile, context, target, platforms and
 * build-args it is built from.
 */
function keyParts(inputs: Inputs): KeyParts {
  if (inputs.image) return { image: inputs.image };
  const { file, context, target, platforms, buildArgs } = inputs.build;
  // Relative to the workspace, so the key is the same on every runner.
  const relative = (p: string) => path.relative(process.cwd(), path.resolve(p));
  const dockerfile = relative(file || path.join(context, 'Dockerfile'));
  const ignoreBuildArgs = inputs.keyIgnoreArgs;
  if (!inputs.baseline.key) {
    const hashed = buildArgs
      .map((a) => a.slice(0, Math.max(0, a.indexOf('='))))
      .filter((n) => !ignoreBuildArgs.includes(n));
    if (hashed.length) {
      core.info(
        `The key holds a hash of the build-args ${[...new Set(hashed)].join(', ')} (never their values): ` +
          'name any whose value changes every run in key-ignore-args, or set key',
      );
    }
  }
  return {
    file: dockerfile || 'Dockerfile',
    context: isRemoteContext(context) ? context : relative(context) || '.',
    target,
    platforms,
    buildArgs,
    ignoreBuildArgs,
  };
}

/** A Git or HTTP(S) URL, which buildx fetches: not a folder of the workspace. */
function isRemoteContext(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@');
}

/** The workflow of pull_request_target runs with a write token on the base branch's code, never the pull request's. */
const PULL_REQUEST_TARGET =
  "On pull_request_target this step measures the base branch's checkout, not the pull request; checking out the " +
  "pull request's head here would run its untrusted code with a write token, which is unsafe: use the pull_request " +
  '+ workflow_run recipe (README, "Pull requests from forks")';

/** The Dockerfile, relative to the workspace, when known: given, or the build's default. */
function dockerfilePath(inputs: Inputs): string | null {
  const { file, context } = inputs.build;
  if (file) return file;
  return inputs.image ? null : path.join(context, 'Dockerfile');
}

import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { getInputs, type Inputs } from './action/inputs.js';
import { Output } from './action/constants.js';
import { baselineForReport } from './action/baseline-file.js';
import { failureMessage, reportAndGate } from './action/report.js';
import { publishHtmlReport } from './action/html-report.js';
import { analyze } from './analyze.js';
import { knownLayers } from './baseline/document.js';
import type { KeyParts } from './baseline/mode.js';
import { loadBaseline, planBaseline, reportBaseline, saveBaseline } from './baseline/run.js';
import { runBuild, type BuildResult } from './build/run.js';
import { UserError, messageOf } from './errors.js';
import { isCommentStage, relayComments } from './fork/relay.js';
import { renderBuild } from './report/build.js';
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
    const tempDir = process.env.RUNNER_TEMP || os.tmpdir();
    const plan = await planBaseline(inputs.baseline, keyParts(inputs), tempDir);
    const loaded = await core.group('Loading the baseline', () => loadBaseline(plan));

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

    core.setOutput(Output.compressedBytes, first.totals.compressedBytes);
    core.setOutput(Output.uncompressedBytes, first.totals.uncompressedBytes);
    core.setOutput(Output.layerCount, first.totals.layerCount);
    core.setOutput(Output.imageDigest, build?.digest ?? first.image.digest ?? '');
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
    await saveBaseline(plan, loaded.document, result, build?.stats ?? null);
    if (verdict.failed) core.setFailed(failureMessage(verdict));
  } catch (err) {
    if (!(err instanceof UserError) && err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(messageOf(err));
  }
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

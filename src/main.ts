import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { getInputs } from './action/inputs.js';
import { Output } from './action/constants.js';
import { analyzeSource } from './analyze.js';
import { runBuild, type BuildResult } from './build/run.js';
import { UserError, messageOf } from './errors.js';
import { renderBuild } from './report/build.js';
import { renderMeasurement } from './report/summary.js';

/** The action: build the image (unless one is given), measure it, report it in the job summary, set the outputs. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const tempDir = process.env.RUNNER_TEMP || os.tmpdir();
    const build: BuildResult | null = inputs.image
      ? null
      : await runBuild(inputs.build, { tempDir, sha: process.env.GITHUB_SHA ?? '' });
    const source = inputs.image || build!.source;
    // A build's layout holds every platform built; each is measured.
    const images = await core.group(`Measuring ${inputs.image || 'the built image'}`, () =>
      analyzeSource(source, { tempDir, ...(build ? { platform: 'all' } : {}) }),
    );
    const first = images[0]!;

    const report = renderMeasurement(images) + (build ? `\n${renderBuild(build.stats)}` : '');
    const reportFile = path.join(tempDir, 'image-size-guard-report.md');
    await fs.writeFile(reportFile, report);
    await core.summary.addRaw(report).write();

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
    core.setOutput(Output.reportFile, reportFile);
    core.info(
      `${first.image.platform}: ${first.totals.compressedBytes} bytes compressed, ` +
        `${first.totals.uncompressedBytes} uncompressed, ${first.totals.layerCount} layers`,
    );
  } catch (err) {
    if (!(err instanceof UserError) && err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(messageOf(err));
  }
}

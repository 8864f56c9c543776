import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { readBaselineFile } from './action/baseline-file.js';
import { getInputs } from './action/inputs.js';
import { Output } from './action/constants.js';
import { failureMessage, reportAndGate } from './action/report.js';
import { measuredOnly } from './analysis/measured.js';
import { analyzeSource } from './analyze.js';
import { UserError, messageOf } from './errors.js';

/** The action: measure the image, compare it with the baseline, report, set the outputs, gate. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const tempDir = process.env.RUNNER_TEMP || os.tmpdir();
    const images = await core.group(`Measuring ${inputs.image}`, () => analyzeSource(inputs.image, { tempDir }));
    const first = images[0]!;

    const baseline = inputs.report.baselineFile
      ? await readBaselineFile(path.resolve(process.env.GITHUB_WORKSPACE || '.', inputs.report.baselineFile))
      : { images: null, reason: null };
    const verdict = await reportAndGate(images.map(measuredOnly), null, baseline, inputs.report, tempDir);

    core.setOutput(Output.compressedBytes, first.totals.compressedBytes);
    core.setOutput(Output.uncompressedBytes, first.totals.uncompressedBytes);
    core.setOutput(Output.layerCount, first.totals.layerCount);
    core.setOutput(Output.imageDigest, first.image.digest ?? '');
    core.info(
      `${first.image.platform}: ${first.totals.compressedBytes} bytes compressed, ` +
        `${first.totals.uncompressedBytes} uncompressed, ${first.totals.layerCount} layers`,
    );
    if (verdict.failed) core.setFailed(failureMessage(verdict));
  } catch (err) {
    if (!(err instanceof UserError) && err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(messageOf(err));
  }
}

import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { getInputs } from './action/inputs.js';
import { Output } from './action/constants.js';
import { analyze } from './baseline/analyze.js';
import { knownLayers } from './baseline/document.js';
import { loadBaseline, planBaseline, reportBaseline, saveBaseline } from './baseline/run.js';
import { UserError, messageOf } from './errors.js';
import { renderMeasurement } from './report/summary.js';

/** The action: measure the image against its baseline, report it in the job summary, set the outputs. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const tempDir = process.env.RUNNER_TEMP || os.tmpdir();
    const plan = await planBaseline(inputs.baseline, { image: inputs.image }, tempDir);
    const loaded = await core.group('Loading the baseline', () => loadBaseline(plan));
    const result = await core.group(`Measuring ${inputs.image}`, () =>
      analyze(inputs.image, { tempDir, knownLayers: knownLayers(loaded.document) }),
    );
    const images = result.images;
    const first = images[0]!;
    const baseline = reportBaseline(loaded, result);

    const report = `${renderMeasurement(images)}\n${baseline.line}\n`;
    const reportFile = path.join(tempDir, 'image-size-guard-report.md');
    await fs.writeFile(reportFile, report);
    await core.summary.addRaw(report).write();

    core.setOutput(Output.compressedBytes, first.totals.compressedBytes);
    core.setOutput(Output.uncompressedBytes, first.totals.uncompressedBytes);
    core.setOutput(Output.layerCount, first.totals.layerCount);
    core.setOutput(Output.imageDigest, first.image.digest ?? '');
    core.setOutput(Output.reportFile, reportFile);
    core.info(
      `${first.image.platform}: ${first.totals.compressedBytes} bytes compressed, ` +
        `${first.totals.uncompressedBytes} uncompressed, ${first.totals.layerCount} layers`,
    );
    await saveBaseline(plan, loaded.document, result, null);
  } catch (err) {
    if (!(err instanceof UserError) && err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(messageOf(err));
  }
}

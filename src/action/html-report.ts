/**
 * The HTML report in a run of the action: written to a file, uploaded as an artifact of the run and
 * linked from the summary and the comment. Nothing here fails the run: a report that cannot be
 * uploaded is a warning, and the comment goes without its link.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { AnalysisResult } from '../analysis/types.js';
import type { BaselineDocument } from '../baseline/document.js';
import { sanitizeKey } from '../baseline/mode.js';
import { messageOf } from '../errors.js';
import { uploadReplacing } from '../github/artifact.js';
import { enterpriseServerHost } from '../github/server.js';
import { artifactUrl } from '../fork/render.js';
import { htmlBaseline, renderHtmlReport } from '../report/html/render.js';
import { Output } from './constants.js';

export const REPORT_ARTIFACT_PREFIX = 'image-size-guard-report-';

/** The HTML report's artifact for a key. */
export function reportArtifactName(key: string): string {
  // A comment key is kept as written; an artifact name takes only the portable alphabet.
  return `${REPORT_ARTIFACT_PREFIX}${sanitizeKey(key)}`;
}
export const REPORT_FILE = 'image-size-guard-report.html';

export interface HtmlReportRun {
  result: AnalysisResult;
  /** The baseline the run compares with; null without one. */
  baseline: BaselineDocument | null;
  key: string;
  tempDir: string;
  retentionDays: number;
}

/** Writes and uploads the report; returns the artifact's address, or null when it was not uploaded. */
export async function publishHtmlReport(run: HtmlReportRun): Promise<string | null> {
  const dir = path.join(run.tempDir, 'image-size-guard-report-html');
  const file = path.join(dir, REPORT_FILE);
  try {
    await fs.mkdir(dir, { recursive: true });
    const html = renderHtmlReport({
      images: run.result.images,
      records: run.result.layers,
      baseline: run.baseline ? htmlBaseline(run.baseline) : null,
    });
    await fs.writeFile(file, html);
    core.setOutput(Output.reportHtml, file);
  } catch (err) {
    core.warning(`The HTML report could not be written (${messageOf(err)}); the comment goes without it`);
    return null;
  }
  const name = reportArtifactName(run.key);
  if (enterpriseServerHost()) {
    core.info(`HTML report written to ${file}; artifacts cannot be uploaded on GitHub Enterprise Server`);
    return null;
  }
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    // Not on a runner (a local run): there is no artifact storage to upload to.
    core.info(`HTML report written to ${file}; no artifact service here to upload it to`);
    return null;
  }
  try {
    const id = await uploadReplacing(name, file, dir, run.retentionDays);
    core.info(`HTML report uploaded as artifact ${name} (id ${id})`);
    const site = { serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com', ...github.context.repo };
    return artifactUrl(site, github.context.runId, id);
  } catch (err) {
    core.warning(`The HTML report could not be uploaded as artifact ${name} (${messageOf(err)}); it is at ${file}`);
    return null;
  }
}

/**
 * After the analysis: compare with the baseline, check the thresholds, write the report to disk,
 * the job summary, annotations and the PR comment, and set the outputs. Returns the verdict; the
 * caller fails the step when it says so.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { ImageAnalysis } from '../analysis/types.js';
import type { BuildStats } from '../build/types.js';
import { compare } from '../compare/compare.js';
import type { BaselineImage, Comparison } from '../compare/types.js';
import { commentFailure, upsertComment, type CommentTarget } from '../github/comment.js';
import { createOctokit } from '../github/octokit.js';
import { handOffRefusedComment } from '../fork/handoff.js';
import { HANDOFF_SCHEMA_VERSION } from '../fork/document.js';
import { dockerfileUrl, renderDocument, repositoryPath, reportDocument } from '../fork/render.js';
import { UserError, messageOf } from '../errors.js';
import { evaluateDiveRules, parseDiveCi, type DiveRules } from '../thresholds/dive-ci.js';
import { evaluate, type DiveRuleOutcome, type GateContext, type Verdict } from '../thresholds/evaluate.js';
import { Output } from './constants.js';
import type { ReportInputs } from './inputs.js';

/** The baseline per platform, or why there is none (one line). */
export interface BaselineForReport {
  images: BaselineImage[] | null;
  reason: string | null;
}

/** Everything the report and the gate need from the rest of the run. */
export interface ReportRun {
  images: ImageAnalysis[];
  build: BuildStats | null;
  baseline: BaselineForReport;
  inputs: ReportInputs;
  /** The Dockerfile's path relative to the workspace; null when unknown. */
  file: string | null;
  /** Names the comment (the comment-key input, else the baseline key). */
  commentKey: string;
  githubToken: string;
  tempDir: string;
  /** This run writes the baseline (its growth over the previous one was reviewed in a pull request). */
  baselineRun: boolean;
  /** More for the job summary only (e.g. the build's steps), after the report. */
  summaryAppendix?: string;
  /** The uploaded HTML report, linked from the comment and the summary; null when there is none. */
  reportUrl?: string | null;
}

/** GitHub takes up to 1 MiB of job summary per step; four bytes a character at most. */
const MAX_SUMMARY_LENGTH = 250_000;

export async function reportAndGate(run: ReportRun): Promise<Verdict> {
  const { images, build, baseline, inputs, tempDir } = run;
  const context = github.context;
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  // Read before anything else, so a wrong file costs no work.
  const diveRules = inputs.diveCiConfig ? await readDiveRules(path.resolve(workspace, inputs.diveCiConfig)) : null;
  const dockerfile = run.file ? await readDockerfile(path.resolve(workspace, run.file)) : null;
  const headSha = (context.payload.pull_request?.head as { sha?: string } | undefined)?.sha ?? context.sha;
  const comparison = compare(images, build, baseline.images, {
    dockerfile,
    commit: headSha,
    time: new Date().toISOString(),
    noBaselineReason: baseline.reason,
  });
  const gate: GateContext = {
    baselineIncrease: run.baselineRun ? inputs.baselineIncrease : null,
    acceptedBy: acceptingLabel(context.payload, inputs.acceptLabel),
  };
  const verdict = evaluate(comparison, inputs.thresholds, diveRules ? diveOutcomes(images, diveRules) : [], gate);
  if (verdict.acceptedBy) {
    core.notice(`The label "${verdict.acceptedBy}" accepts this pull request's size: its crossings are warnings`);
  }
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  // The comment is rendered from the document a fork's comment stage gets, so both post the same.
  const report = reportDocument(comparison, verdict, inputs.thresholds, inputs.pullBandwidth);
  const dockerfilePath = dockerfile && run.file && context.repo.owner ? repositoryPath(run.file) : null;
  const link = dockerfilePath ? dockerfileUrl({ serverUrl: server, ...context.repo }, headSha, dockerfilePath) : null;
  const reportUrl = run.reportUrl ?? null;
  const body = renderDocument(report, { key: run.commentKey, dockerfileUrl: link, reportUrl });
  // The job summary takes far more than a comment: it and the report file have the report whole.
  const whole = renderDocument(report, {
    key: run.commentKey,
    dockerfileUrl: link,
    reportUrl,
    maxLength: MAX_SUMMARY_LENGTH,
  });

  const reportFile = path.join(tempDir, 'image-size-guard-report.md');
  await fs.writeFile(reportFile, whole);
  await core.summary.addRaw(run.summaryAppendix ? `${whole}\n${run.summaryAppendix}` : whole).write();
  annotate(comparison, verdict, run.file);

  const target = pullRequest();
  let commentId: number | null = null;
  if (target && inputs.comment !== 'never') {
    try {
      const octokit = createOctokit(run.githubToken);
      const outcome = await upsertComment(octokit, target, run.commentKey, body, {
        mode: inputs.comment,
        changed: changed(comparison),
        headSha: context.payload.pull_request ? headSha : undefined,
      });
      commentId = outcome.id;
      core.info(`PR comment ${outcome.action}${outcome.id ? ` (id ${outcome.id})` : ''}`);
    } catch (err) {
      // A comment that cannot be written never fails the step and never removes the old one.
      const handoff = {
        schemaVersion: HANDOFF_SCHEMA_VERSION,
        key: run.commentKey,
        pullRequest: target.issueNumber,
        headSha,
        mode: inputs.comment,
        changed: changed(comparison),
        dockerfile: dockerfilePath,
        report,
      };
      if (!(await handOffRefusedComment(err, context.payload, handoff, tempDir))) core.warning(commentFailure(err));
    }
  }

  const first = comparison.platforms[0];
  const total =
    first && (inputs.thresholds.sizeMetric === 'compressed' ? first.totals.compressed : first.totals.uncompressed);
  core.setOutput(Output.result, verdict.result);
  core.setOutput(Output.deltaBytes, total?.delta ?? '');
  core.setOutput(Output.deltaPercent, total?.percent == null ? '' : Number(total.percent.toFixed(2)));
  core.setOutput(Output.baselineCompressedBytes, first?.totals.compressed.baseline ?? '');
  core.setOutput(Output.reportFile, reportFile);
  core.setOutput(Output.commentBody, body);
  core.setOutput(Output.commentId, commentId ?? '');
  return verdict;
}

/** The step's failure message: one line per threshold that fails it. */
export function failureMessage(verdict: Verdict): string {
  return verdict.crossings
    .filter((c) => c.level === 'error')
    .map((c) => c.message)
    .join('\n');
}

async function readDockerfile(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    core.warning(`No Dockerfile at ${file}: layers are reported without their Dockerfile lines`);
    return null;
  }
}

function pullRequest(): CommentTarget | null {
  const payload = github.context.payload;
  const number = payload.pull_request?.number ?? payload.issue?.number;
  if (typeof number !== 'number') return null;
  return { ...github.context.repo, issueNumber: number };
}

/** The accept label, when the pull request carries it (a `labeled` event's payload has the new labels). */
export function acceptingLabel(payload: unknown, label: string): string | null {
  if (!label) return null;
  const labels = (payload as { pull_request?: { labels?: unknown } } | null)?.pull_request?.labels;
  if (!Array.isArray(labels)) return null;
  return labels.some((l) => (l as { name?: unknown } | null)?.name === label) ? label : null;
}

function changed(c: Comparison): boolean {
  return c.platforms.some(
    (p) => !p.baseline || p.totals.compressed.delta !== 0 || p.layers.some((l) => l.status !== 'unchanged'),
  );
}

/** Errors and warnings on the Dockerfile lines of crossed thresholds; notices on lines with a hint. */
function annotate(c: Comparison, verdict: Verdict, file: string | null): void {
  const where = (line: number | null) => (file && line !== null ? { file, startLine: line } : {});
  for (const x of verdict.crossings) {
    if (x.level === 'warning') core.warning(x.message, { title: 'image size', ...where(x.line) });
    else if (x.line !== null) core.error(x.message, { title: 'image size', ...where(x.line) });
  }
  if (!file) return;
  // Platforms share the Dockerfile: one notice per hint and line, not one per platform.
  const seen = new Set<string>();
  for (const h of c.platforms.flatMap((p) => p.hints)) {
    if (h.line === null || seen.has(`${h.key}@${h.line}`)) continue;
    seen.add(`${h.key}@${h.line}`);
    core.notice(`${h.title}: ${h.fix}`, { title: 'image size hint', ...where(h.line) });
  }
}

/** Every image against the `.dive-ci` rules, as the thresholds take them. */
export function diveOutcomes(images: readonly ImageAnalysis[], rules: DiveRules): DiveRuleOutcome[] {
  return images.flatMap((image) =>
    evaluateDiveRules(image.dive, rules).map((r) => ({
      platform: image.image.platform,
      rule: r.rule,
      failed: !r.passed,
      message: r.message,
    })),
  );
}

async function readDiveRules(file: string): Promise<DiveRules> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new UserError(`Cannot read dive-ci-config ${file} (${messageOf(err)}): give the path of a .dive-ci file`);
  }
  return parseDiveCi(text, file);
}

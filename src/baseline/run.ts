/**
 * The baseline's part in a run of the action: decide the mode, load the baseline (an artifact of a
 * trusted run, or a file), check that it fits this image, and write the new one in baseline mode.
 * Nothing that goes wrong with a baseline fails the run: it says why in one line and goes on,
 * unless `require-baseline` asks a comparison to fail without one.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { Output } from '../action/constants.js';
import type { AnalysisResult } from '../analysis/types.js';
import type { BuildStats } from '../build/types.js';
import { UserError, messageOf } from '../errors.js';
import { createOctokit } from '../github/octokit.js';
import { refusalOf } from '../github/refusal.js';
import { ENTERPRISE_SERVER_RECIPE, enterpriseServerHost } from '../github/server.js';
import {
  buildBaseline,
  matchPlatforms,
  parseBaseline,
  type BaselineDocument,
  type BaselinePlatform,
} from './document.js';
import {
  defaultBaselineBranch,
  downloadBaseline,
  findBaselineArtifact,
  statusOf,
  uploadBaseline,
  type Repo,
} from './github.js';
import {
  artifactName,
  defaultBranchFromPayload,
  deriveKey,
  resolveMode,
  untrustedWrite,
  type KeyParts,
  type Mode,
  type ResolvedMode,
} from './mode.js';
import { TRUSTED_EVENTS } from './select.js';

export interface BaselineInputs {
  /** Empty: derived from what is measured. */
  key: string;
  mode: Mode;
  /** Empty: the repository's default branch. */
  baselineBranch: string;
  baselineFile: string;
  baselineOutput: string;
  retentionDays: number;
  history: number;
  githubToken: string;
  /** A comparison without a usable baseline fails instead of going on. */
  requireBaseline: boolean;
}

export interface BaselinePlan {
  key: string;
  artifactName: string;
  mode: ResolvedMode;
  /** null when it could not be learned (then no artifact is looked for). */
  branch: string | null;
  repo: Repo;
  inputs: BaselineInputs;
  tempDir: string;
  /** The GitHub Enterprise Server host, where artifacts cannot be used; null elsewhere. */
  enterpriseServer: string | null;
}

/** What the run knows of its baseline before analysing. */
export interface LoadedBaseline {
  document: BaselineDocument | null;
  /** Why there is none, in one line; null when there is one. */
  reason: string | null;
  /** Where it came from, for the report. */
  from: string | null;
  /** A missing baseline is normal (notice); one that should be there but cannot be used is not (warning). */
  severity: 'notice' | 'warning';
  /** Without a usable baseline the step fails (require-baseline, when comparing). */
  required: boolean;
}

export async function planBaseline(inputs: BaselineInputs, measured: KeyParts, tempDir: string): Promise<BaselinePlan> {
  const context = github.context;
  const repo = context.repo;
  const key = inputs.key || deriveKey(measured);
  let branch = inputs.baselineBranch || defaultBranchFromPayload(context.payload);
  if (!branch && inputs.githubToken) {
    try {
      branch = await defaultBaselineBranch(createOctokit(inputs.githubToken), repo);
    } catch (err) {
      core.warning(`Could not learn the repository's default branch (${messageOf(err)}): set baseline-branch`);
    }
  }
  const event = { eventName: context.eventName, ref: context.ref, baselineBranch: branch ?? '' };
  const mode = resolveMode(inputs.mode, event);
  core.info(`Baseline: key ${key}, mode ${mode}, baseline branch ${branch ?? '(unknown)'}`);
  const untrusted = mode === 'baseline' ? untrustedWrite(event, TRUSTED_EVENTS) : null;
  if (untrusted) {
    core.warning(
      `mode is baseline in ${untrusted}: pull requests only take baselines of push, schedule or workflow_dispatch runs on ${branch ?? 'the baseline branch'}`,
    );
  }
  const enterpriseServer = enterpriseServerHost();
  const needsArtifacts = !inputs.baselineFile || (mode === 'baseline' && !inputs.baselineOutput);
  if (enterpriseServer && needsArtifacts) {
    core.warning(
      `GitHub Enterprise Server (${enterpriseServer}) has no artifact service this action can use: keep the baseline with baseline-file, baseline-output and actions/cache instead (${ENTERPRISE_SERVER_RECIPE})`,
    );
  }
  return { key, artifactName: artifactName(key), mode, branch, repo, inputs, tempDir, enterpriseServer };
}

export async function loadBaseline(plan: BaselinePlan): Promise<LoadedBaseline> {
  const loaded = await readBaseline(plan);
  const required = plan.inputs.requireBaseline && plan.mode === 'compare';
  // Known before anything is built: no point building an image that cannot pass.
  if (required && !loaded.document) throw requiredError(loaded.reason ?? 'none was found');
  return { ...loaded, required };
}

function requiredError(reason: string): UserError {
  return new UserError(`No baseline to compare with: ${reason} (require-baseline is true)`);
}

async function readBaseline(plan: BaselinePlan): Promise<Omit<LoadedBaseline, 'required'>> {
  const { inputs } = plan;
  let text: string;
  let from: string;
  if (inputs.baselineFile) {
    try {
      text = await fs.readFile(inputs.baselineFile, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? messageOf(err);
      return none(`cannot read baseline-file ${inputs.baselineFile} (${code})`, 'warning');
    }
    from = inputs.baselineFile;
  } else {
    if (plan.enterpriseServer) {
      // Said at the start already, as a warning.
      return none(
        `GitHub Enterprise Server keeps no artifacts for it: set baseline-file (${ENTERPRISE_SERVER_RECIPE})`,
      );
    }
    if (!plan.branch) return none('the baseline branch is unknown: set baseline-branch', 'warning');
    if (!inputs.githubToken) return none('no github-token to look for the baseline artifact with', 'warning');
    const octokit = createOctokit(inputs.githubToken);
    try {
      const found = await findBaselineArtifact(octokit, plan.repo, plan.artifactName, plan.branch);
      if ('reason' in found) return none(found.reason, found.severity);
      const dir = path.join(plan.tempDir, `image-size-guard-baseline-in-${found.artifactId}`);
      text = await downloadBaseline(found, plan.repo, inputs.githubToken, dir);
      from = `artifact ${found.artifactId} (run ${found.runId}, commit ${found.headSha.slice(0, 7)})`;
    } catch (err) {
      const status = statusOf(err);
      if (refusalOf(err).kind === 'rate-limit') {
        return none(
          `GitHub rate-limited the baseline lookup (HTTP ${status ?? 'error'}, not a missing permission): the next run finds it`,
          'warning',
        );
      }
      if (status === 410) return none(`the newest baseline artifact ${plan.artifactName} has expired`);
      if (status === 403 || status === 404) {
        return none(
          `the baseline artifact could not be read (HTTP ${status}): grant the job \`actions: read\``,
          'warning',
        );
      }
      return none(`the baseline artifact could not be read (${messageOf(err)})`, 'warning');
    }
  }
  const parsed = parseBaseline(text, plan.key);
  if (!parsed.ok) return { document: null, reason: parsed.reason, from, severity: 'warning' };
  return { document: parsed.document, reason: null, from, severity: 'notice' };
}

function none(reason: string, severity: LoadedBaseline['severity'] = 'notice'): Omit<LoadedBaseline, 'required'> {
  return { document: null, reason, from: null, severity };
}

/** The baseline's entries this run can be compared with, per measured platform. */
export interface BaselineComparison {
  document: BaselineDocument | null;
  matched: BaselinePlatform[];
  /** One line for the report: where the baseline came from, or why there is none. */
  line: string;
}

/**
 * Says, once, what the run compares with. The outputs (`result`, `baseline-compressed-bytes`) are
 * the report's to set, from the comparison these platforms feed.
 */
export function reportBaseline(loaded: LoadedBaseline, result: AnalysisResult): BaselineComparison {
  const platforms = result.images.map((i) => i.image.platform);
  let reason = loaded.reason;
  let matched: BaselinePlatform[] = [];
  if (loaded.document) {
    const match = matchPlatforms(loaded.document, platforms);
    matched = match.matched;
    if (matched.length === 0) {
      const has = loaded.document.platforms.map((p) => p.platform).join(', ');
      reason = `the baseline has platform ${has}, this run measured ${platforms.join(', ')}`;
    } else if (match.missing.length) {
      core.notice(`The baseline has no ${match.missing.join(', ')}: those platforms are reported without a change`);
    }
  }
  if (matched.length === 0) {
    if (loaded.required) throw requiredError(reason ?? 'none was found');
    const message = `No baseline to compare with: ${reason ?? 'none was found'}`;
    if (loaded.document || loaded.severity === 'warning') core.warning(message);
    else core.notice(message);
    return { document: null, matched, line: `${message}.` };
  }
  const origin = loaded.document!.origin;
  core.info(`Baseline: ${loaded.from}`);
  return {
    document: loaded.document,
    matched,
    line: `Baseline: commit ${origin.commit.slice(0, 7)} of ${origin.ref} (${origin.time}).`,
  };
}

/**
 * Writes the new baseline after a successful measurement: uploaded in baseline mode, and to
 * baseline-output when set. A failed upload is a warning: the measurement itself succeeded.
 */
export async function saveBaseline(
  plan: BaselinePlan,
  previous: BaselineDocument | null,
  result: AnalysisResult,
  build: BuildStats | null,
): Promise<void> {
  const context = github.context;
  const document = buildBaseline({
    key: plan.key,
    origin: {
      repository: `${plan.repo.owner}/${plan.repo.repo}`,
      commit: context.sha,
      ref: context.ref,
      runId: context.runId || null,
      time: new Date().toISOString(),
    },
    analysis: result,
    build,
    historyLimit: plan.inputs.history,
    previous,
  });
  const text = JSON.stringify(document);
  if (plan.inputs.baselineOutput) {
    await fs.mkdir(path.dirname(path.resolve(plan.inputs.baselineOutput)), { recursive: true });
    await fs.writeFile(plan.inputs.baselineOutput, text);
    core.info(`Baseline written to ${plan.inputs.baselineOutput}`);
  }
  if (plan.mode !== 'baseline') return;
  if (plan.enterpriseServer) {
    core.info('No baseline artifact uploaded: GitHub Enterprise Server has no artifact service for it');
    return;
  }
  try {
    const dir = path.join(plan.tempDir, 'image-size-guard-baseline-out');
    const id = await uploadBaseline(plan.artifactName, text, dir, plan.inputs.retentionDays);
    core.setOutput(Output.baselineArtifactId, id);
    core.info(`Baseline uploaded as artifact ${plan.artifactName} (id ${id})`);
  } catch (err) {
    core.warning(`The baseline could not be uploaded (${messageOf(err)}); the previous one stays in place`);
  }
}

/**
 * The baseline's way in and out of GitHub: the REST API (through ../github/octokit.ts) to find
 * another run's artifact, and @actions/artifact to upload and download it. Decisions live in
 * ./select.ts; this module only fetches and translates.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { messageOf } from '../errors.js';
import type { Octokit } from '../github/octokit.js';
import {
  mayBeFromLaterRun,
  orderCandidates,
  rejectRun,
  startedLater,
  type ArtifactInfo,
  type RunInfo,
} from './select.js';

export type { Octokit } from '../github/octokit.js';

export const DOCUMENT_FILE = 'baseline.json';

// A type alias, not an interface: octokit's parameters need its implicit index signature.
export type Repo = { owner: string; repo: string };

export async function defaultBaselineBranch(octokit: Octokit, repo: Repo): Promise<string> {
  const { data } = await octokit.rest.repos.get(repo);
  return data.default_branch;
}

export interface Found {
  artifactId: number;
  runId: number;
  headSha: string;
}

/** Why there is no baseline; a warning when one may exist but was not reached. */
export interface NotFound {
  reason: string;
  severity: 'notice' | 'warning';
}

/** The most artifacts of one name looked at (pages of 100, newest first) before giving up. */
export const MAX_ARTIFACT_PAGES = 10;
/** The most workflow runs fetched to check a candidate before giving up. */
export const MAX_RUN_LOOKUPS = 30;
const PER_PAGE = 100;
const MAX_SKIPS_SHOWN = 20;

/**
 * The baseline of the most recently started trusted run of the branch in this repository, or why
 * there is none. Reads the listing newest first and stops as soon as no artifact further down can
 * come from a run started later than the best one found (see mayBeFromLaterRun): usually one page
 * and one run. Bounded either way: a listing flooded with artifacts that are not baselines costs
 * at most MAX_ARTIFACT_PAGES pages and MAX_RUN_LOOKUPS runs.
 */
export async function findBaselineArtifact(
  octokit: Octokit,
  repo: Repo,
  name: string,
  branch: string,
): Promise<Found | NotFound> {
  let best: { artifactId: number; run: RunInfo } | null = null;
  const runs = new Map<number, RunInfo>();
  let listed = 0;
  let pages = 0;
  let lookups = 0;
  let bounded: string | null = null;
  let unlisted = 0;
  const iterator = octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
    ...repo,
    name,
    per_page: PER_PAGE,
  });
  listing: for await (const page of iterator) {
    pages++;
    const artifacts = page.data.map(artifactInfo);
    listed += artifacts.length;
    const { candidates, skipped } = orderCandidates(artifacts, name, branch);
    for (const s of skipped) {
      // A flooded listing would print a thousand lines: the first few say what is going on.
      if (unlisted++ < MAX_SKIPS_SHOWN) core.info(`Artifact ${s.id} is not a baseline: ${s.reason}`);
    }
    for (const candidate of candidates) {
      if (best && !mayBeFromLaterRun(candidate.createdAt, best.run.startedAt)) break listing;
      const runId = candidate.workflowRun!.id!;
      let run = runs.get(runId);
      if (!run) {
        if (lookups === MAX_RUN_LOOKUPS) {
          bounded = `${MAX_RUN_LOOKUPS} workflow runs`;
          break listing;
        }
        lookups++;
        run = runInfo((await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId })).data);
        runs.set(runId, run);
      }
      const reason = rejectRun(run, branch);
      if (reason) {
        core.info(`Artifact ${candidate.id} is not a baseline: ${reason} (run ${run.id})`);
        continue;
      }
      if (!best || startedLater(run, best.run)) best = { artifactId: candidate.id, run };
    }
    const oldest = artifacts.at(-1);
    if (best && oldest && !mayBeFromLaterRun(oldest.createdAt, best.run.startedAt)) break;
    if (pages === MAX_ARTIFACT_PAGES) {
      bounded = `${listed} artifacts`;
      break;
    }
  }
  const more =
    unlisted > MAX_SKIPS_SHOWN ? ` (${unlisted - MAX_SKIPS_SHOWN} more that are not baselines not shown)` : '';
  core.info(`Baseline lookup: ${listed} artifacts on ${pages} page(s), ${lookups} workflow run(s) read${more}`);
  if (best) return { artifactId: best.artifactId, runId: best.run.id, headSha: best.run.headSha };
  if (listed === 0) return { reason: `no artifact named ${name} exists yet`, severity: 'notice' };
  if (bounded) {
    return {
      reason: `no trusted run of ${branch} wrote any of the newest artifacts named ${name} (looked at ${bounded})`,
      severity: 'warning',
    };
  }
  return {
    reason: `none of the ${listed} artifacts named ${name} comes from a trusted run of ${branch}`,
    severity: 'notice',
  };
}

type ListedArtifact = Awaited<
  ReturnType<Octokit['rest']['actions']['listArtifactsForRepo']>
>['data']['artifacts'][number];
type WorkflowRun = Awaited<ReturnType<Octokit['rest']['actions']['getWorkflowRun']>>['data'];

function artifactInfo(a: ListedArtifact): ArtifactInfo {
  return {
    id: a.id,
    name: a.name,
    expired: a.expired,
    createdAt: a.created_at ?? null,
    workflowRun: a.workflow_run
      ? {
          id: a.workflow_run.id ?? null,
          headBranch: a.workflow_run.head_branch ?? null,
          repositoryId: a.workflow_run.repository_id ?? null,
          headRepositoryId: a.workflow_run.head_repository_id ?? null,
        }
      : null,
  };
}

function runInfo(data: WorkflowRun): RunInfo {
  return {
    id: data.id,
    event: data.event,
    headBranch: data.head_branch,
    headSha: data.head_sha,
    repositoryId: data.repository.id,
    headRepositoryId: data.head_repository?.id ?? null,
    startedAt: data.run_started_at ?? data.created_at,
  };
}

/** Downloads another run's artifact (REST zip redirect, then blob) and returns the document's text. */
export async function downloadBaseline(found: Found, repo: Repo, token: string, dir: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  await new DefaultArtifactClient().downloadArtifact(found.artifactId, {
    path: dir,
    findBy: { token, workflowRunId: found.runId, repositoryOwner: repo.owner, repositoryName: repo.repo },
  });
  return fs.readFile(path.join(dir, DOCUMENT_FILE), 'utf8');
}

/** Uploads the document as this run's artifact; returns its id. */
export async function uploadBaseline(name: string, documentText: string, dir: string, retentionDays: number) {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, DOCUMENT_FILE);
  await fs.writeFile(file, documentText);
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, [file], dir, { retentionDays });
  if (id === undefined) throw new Error('the artifact service returned no artifact id');
  return id;
}

/** An HTTP status carried by an octokit or artifact error, if any. */
export function statusOf(err: unknown): number | null {
  if (typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number') return err.status;
  const m = /\b(4\d\d|5\d\d)\b/.exec(messageOf(err));
  return m ? Number(m[1]) : null;
}

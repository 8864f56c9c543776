/**
 * The baseline's way in and out of GitHub: the REST API (through @actions/github's octokit) to find
 * another run's artifact, and @actions/artifact to upload and download it. Decisions live in
 * ./select.ts; this module only fetches and translates.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { messageOf } from '../errors.js';
import { orderCandidates, rejectRun, type ArtifactInfo, type RunInfo } from './select.js';

export type Octokit = ReturnType<typeof github.getOctokit>;

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

/**
 * The newest artifact of that name written by a trusted run of the branch in this repository, or
 * why there is none. Looks at every page: a busy repository lists many artifacts.
 */
export async function findBaselineArtifact(
  octokit: Octokit,
  repo: Repo,
  name: string,
  branch: string,
): Promise<Found | { reason: string }> {
  const listed = await octokit.paginate(octokit.rest.actions.listArtifactsForRepo, { ...repo, name, per_page: 100 });
  const artifacts: ArtifactInfo[] = listed.map((a) => ({
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
  }));
  const { candidates, skipped } = orderCandidates(artifacts, name, branch);
  for (const s of skipped) core.info(`Artifact ${s.id} is not a baseline: ${s.reason}`);
  for (const candidate of candidates) {
    const { data } = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: candidate.workflowRun!.id! });
    const run: RunInfo = {
      id: data.id,
      event: data.event,
      headBranch: data.head_branch,
      headSha: data.head_sha,
      repositoryId: data.repository.id,
      headRepositoryId: data.head_repository?.id ?? null,
    };
    const reason = rejectRun(run, branch);
    if (reason) {
      core.info(`Artifact ${candidate.id} is not a baseline: ${reason} (run ${run.id})`);
      continue;
    }
    return { artifactId: candidate.id, runId: run.id, headSha: run.headSha };
  }
  if (listed.length === 0) return { reason: `no artifact named ${name} exists yet` };
  return { reason: `none of the ${listed.length} artifacts named ${name} comes from a trusted run of ${branch}` };
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

/**
 * A small in-memory GitHub that the loopback services share: repositories, workflow runs and their
 * artifacts. Tests arrange it (a repository, a push run on main, a fork's pull-request run…); the
 * artifact service (Twirp) adds what the action uploads, and the REST API serves it all back.
 */
import { randomUUID } from 'node:crypto';
import { BlobStore } from './blob-store.js';

export interface RepoModel {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
}

export interface RunModel {
  id: number;
  /** `owner/name` of the repository the run belongs to. */
  repository: string;
  /** `owner/name` of the repository its code came from: another one for a fork's pull request. */
  headRepository: string;
  headBranch: string;
  headSha: string;
  event: string;
  /** When the run (its latest attempt) started: `run_started_at`. */
  startedAt: Date;
  /** The ids the results service knows the run and its job by (in ACTIONS_RUNTIME_TOKEN). */
  backendId: string;
  jobBackendId: string;
}

export interface ArtifactModel {
  id: number;
  name: string;
  runId: number;
  size: number;
  digest: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  expired: boolean;
  /** Blob name in the store's `artifacts` container. */
  blob: string;
  finalized: boolean;
}

/** A pull request: its head is a branch of `headRepository` (a fork's, or the repository's own). */
export interface PullModel {
  number: number;
  repository: string;
  headRepository: string;
  headBranch: string;
  headSha: string;
  state: 'open' | 'closed';
}

export const ARTIFACT_CONTAINER = 'artifacts';

export class GitHubModel {
  readonly repos = new Map<string, RepoModel>();
  readonly runs = new Map<number, RunModel>();
  readonly artifacts: ArtifactModel[] = [];
  readonly pulls: PullModel[] = [];
  readonly blobs: BlobStore;
  private nextId = 1000;

  constructor(blobs = new BlobStore()) {
    this.blobs = blobs;
  }

  id(): number {
    return ++this.nextId;
  }

  addRepo(fullName: string, defaultBranch = 'main'): RepoModel {
    const [owner, name] = fullName.split('/') as [string, string];
    const repo: RepoModel = { id: this.id(), owner, name, defaultBranch };
    this.repos.set(fullName, repo);
    return repo;
  }

  repo(fullName: string): RepoModel {
    const repo = this.repos.get(fullName);
    if (!repo) throw new Error(`no repository ${fullName} in the model`);
    return repo;
  }

  addRun(run: Partial<RunModel> & { repository: string; event: string; headBranch: string }): RunModel {
    const model: RunModel = {
      id: this.id(),
      headRepository: run.repository,
      headSha: randomUUID().replace(/-/g, '').padEnd(40, '0').slice(0, 40),
      backendId: randomUUID(),
      jobBackendId: randomUUID(),
      startedAt: new Date(),
      ...run,
    };
    this.runs.set(model.id, model);
    return model;
  }

  addPull(pull: Omit<PullModel, 'state'> & { state?: PullModel['state'] }): PullModel {
    const model: PullModel = { state: 'open', ...pull };
    this.pulls.push(model);
    return model;
  }

  runByBackendId(backendId: string): RunModel | undefined {
    return [...this.runs.values()].find((r) => r.backendId === backendId);
  }

  /** An artifact that a run uploaded earlier, with its content as the blob. */
  addArtifact(a: { name: string; runId: number; content: Buffer; createdAt?: Date; expired?: boolean }): ArtifactModel {
    const id = this.id();
    const blob = `${id}/${a.name}.zip`;
    this.blobs.blobs.set(`${ARTIFACT_CONTAINER}/${blob}`, a.content);
    const artifact: ArtifactModel = {
      id,
      name: a.name,
      runId: a.runId,
      size: a.content.length,
      digest: null,
      createdAt: a.createdAt ?? new Date(),
      expiresAt: null,
      expired: a.expired ?? false,
      blob,
      finalized: true,
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  /** The content of an artifact's blob. */
  content(artifact: ArtifactModel): Buffer | undefined {
    return this.blobs.get(ARTIFACT_CONTAINER, artifact.blob);
  }
}

/** An unsigned JWT whose `scp` names the run and job, as @actions/artifact requires. */
export function runtimeToken(run: RunModel): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const scp = `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${run.backendId}:${run.jobBackendId}`;
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp, exp: 4102444800 })}.`;
}

/**
 * One loopback origin that serves everything a workflow run of the action talks to, as GitHub does
 * across consecutive runs of one repository: the results service (cache and artifacts), the REST
 * API (repository, runs, artifacts) and the issue-comment routes, over one blob store and one
 * in-memory model. What one run uploads, the next run finds.
 */
import { randomBytes } from 'node:crypto';
import type { Services } from '../helpers/runner.js';
import { artifactService } from './artifact-service.js';
import { CacheService, type CacheAccess } from './cache-service.js';
import { commentsApi, type CommentsApi } from './comments.js';
import { githubApi, type GitHubApi } from './github-api.js';
import { GitHubModel, runtimeToken, type RunModel } from './github-model.js';
import type { Handler } from './http.js';
import { startServer, type LoopbackServer } from './http.js';

export const ACTIONS_BOT = 'github-actions[bot]';

export interface GitHubOrigin {
  model: GitHubModel;
  cache: CacheService;
  api: GitHubApi;
  comments: CommentsApi;
  server: LoopbackServer;
  /** The `github-token` every run gets, as `${{ github.token }}` (an installation token). */
  token: string;
  /**
   * The ref a run saves its build cache under and the refs it restores from: GitHub gives a pull
   * request its own cache plus its base branch's, and a branch its own plus the default branch's.
   */
  setCacheAccess(run: RunModel, access: CacheAccess): void;
  /** The env a run of the model needs to reach this origin. */
  services(run: RunModel): Services;
  /** Requests to the issue-comment routes and `GET /user`, from the server's log. */
  commentCalls(): { method: string; path: string; status: number }[];
  /** REST and OpenAPI violations of every service: expected empty. */
  violations(): string[];
  close(): Promise<void>;
}

export async function startGitHubOrigin(): Promise<GitHubOrigin> {
  const model = new GitHubModel();
  const token = `ghs_${randomBytes(18).toString('hex')}`;
  // The cache service checks one fixed token; on GitHub each run presents its own runtime token, so
  // a run's token is accepted when it names a run of the model, and handed on as the service's own.
  const cache = new CacheService(`cache-${randomBytes(8).toString('hex')}`, model.blobs);
  const access = new Map<number, CacheAccess>();
  // The run's scope travels in a header of the forwarded request, as its own token is swapped.
  cache.access = (req) => {
    const scope = req.headers['x-run-scope'];
    return typeof scope === 'string' && scope ? (JSON.parse(scope) as CacheAccess) : null;
  };
  const cacheHandler: Handler = (req, server) => {
    const run = runOfToken(model, String(req.headers.authorization ?? ''));
    if (!run) return cache.handler(req, server);
    const scope = access.get(run.id);
    const headers = {
      ...req.headers,
      authorization: `Bearer ${cache.token}`,
      'x-run-scope': scope ? JSON.stringify(scope) : '',
    };
    return cache.handler({ ...req, headers }, server);
  };
  const api = githubApi(model, { token });
  const comments = commentsApi({ [token]: { login: ACTIONS_BOT, type: 'Bot', installation: true } });
  const server = await startServer(
    cacheHandler,
    artifactService(model),
    api.handler,
    comments.handler,
    model.blobs.handler,
  );
  return {
    model,
    cache,
    api,
    comments,
    server,
    token,
    setCacheAccess: (run, a) => access.set(run.id, a),
    services: (run) => ({
      resultsUrl: `${server.url}/`,
      runtimeToken: runtimeToken(run),
      apiUrl: server.url,
      token,
      runId: run.id,
    }),
    commentCalls: () => server.log.filter((r) => /\/issues\/|^\/user$/.test(r.path)),
    violations: () => [...api.violations, ...comments.violations],
    close: () => server.close(),
  };
}

/** The run a `Bearer` runtime token names (`scp` holds `Actions.Results:<run>:<job>`), if any. */
function runOfToken(model: GitHubModel, authorization: string): RunModel | undefined {
  const payload = /^Bearer [^.]+\.([^.]+)\./.exec(authorization)?.[1];
  if (!payload) return undefined;
  try {
    const { scp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: string };
    const backendId = /Actions\.Results:([^:\s]+):/.exec(scp ?? '')?.[1];
    return backendId ? model.runByBackendId(backendId) : undefined;
  } catch {
    return undefined;
  }
}

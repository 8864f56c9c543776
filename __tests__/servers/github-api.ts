/**
 * GitHub's REST API, the routes this project calls, over the in-memory model. Every request and
 * response is checked against GitHub's OpenAPI description: a mismatch is answered with 500 and
 * kept in `violations`, so a test fails both ways. Objects start from the description's own
 * examples, so they carry every property GitHub's schema requires.
 *
 * More routes: `api.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', fn)`.
 */
import { createRequire } from 'node:module';
import type { Handler, Request, Response } from './http.js';
import type { ArtifactModel, GitHubModel, PullModel, RepoModel, RunModel } from './github-model.js';
import { ARTIFACT_CONTAINER } from './github-model.js';
import { OpenApiValidator } from './openapi.js';

export type RouteHandler = (
  params: Record<string, string>,
  req: Request,
  ctx: { origin: string; model: GitHubModel },
) => Response | Promise<Response>;

export interface Route {
  method: string;
  /** A path template as GitHub's description writes it, e.g. `/repos/{owner}/{repo}`. */
  template: string;
  handle: RouteHandler;
}

export interface GitHubApi {
  handler: Handler;
  routes: Route[];
  /** Adds a route (or replaces the one with the same method and template). */
  route(method: string, template: string, handle: RouteHandler): void;
  /** Requests and responses GitHub's description does not allow. */
  violations: string[];
  /** The next `times` requests to that route are answered with `response` instead (a refusal). */
  refuse(method: string, template: string, response: Response, times?: number): void;
}

export interface GitHubApiOptions {
  /** The token requests must carry (`Authorization: token …` or `Bearer …`), or any of several. */
  token: string | readonly string[];
  /** Page size cap, lower than GitHub's 100 so tests can exercise pagination with a few items. */
  maxPerPage?: number;
}

const examples = (() => {
  const require = createRequire(import.meta.url);
  const doc = require('@octokit/openapi/generated/api.github.com.json') as {
    components: { examples: Record<string, { value: unknown }> };
  };
  const pick = (name: string) => doc.components.examples[name]!.value as Record<string, unknown>;
  return {
    repository: pick('full-repository-default-response'),
    run: pick('workflow-run'),
    artifact: pick('artifact'),
    pull: (doc.components.examples['pull-request-simple-items']!.value as Record<string, unknown>[])[0]!,
    fullPull: pick('pull-request'),
  };
})();

export function githubApi(model: GitHubModel, options: GitHubApiOptions): GitHubApi {
  const validator = OpenApiValidator.load();
  const violations: string[] = [];
  const routes: Route[] = [];
  const route = (method: string, template: string, handle: RouteHandler) => {
    const i = routes.findIndex((r) => r.method === method && r.template === template);
    if (i >= 0) routes.splice(i, 1);
    routes.push({ method, template, handle });
  };

  const refusals: { method: string; template: string; response: Response; times: number }[] = [];

  const handler: Handler = async (req, server) => {
    if (!req.url.pathname.startsWith('/repos/')) return undefined;
    const match = validator.find(req.method, req.url.pathname);
    const r = match && routes.find((x) => x.method === req.method && x.template === match.template);
    if (!match || !r) return undefined;
    const auth = String(req.headers.authorization ?? '');
    const tokens = typeof options.token === 'string' ? [options.token] : options.token;
    if (!tokens.some((t) => auth === `token ${t}` || auth === `Bearer ${t}`)) {
      return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
    }
    const body = req.body.length ? (JSON.parse(req.body.toString('utf8')) as unknown) : undefined;
    const problems = validator.checkRequest(req.method, req.url, body);
    const refusal = refusals.find((x) => x.method === req.method && x.template === match.template && x.times > 0);
    if (refusal) refusal.times--;
    let response = problems.length
      ? { status: 500, body: { message: problems.join('\n') } }
      : (refusal?.response ?? (await r.handle(match.pathParams, req, { origin: server.url, model })));
    // GitHub rate-limits any operation with 429, which its description lists on none of them.
    if (!problems.length && response.status !== 429) {
      problems.push(...validator.checkResponse(req.method, req.url.pathname, response.status, response.body));
      if (problems.length) response = { status: 500, body: { message: problems.join('\n') } };
    }
    violations.push(...problems);
    return response;
  };

  route('GET', '/repos/{owner}/{repo}', ({ owner, repo }, _req, ctx) => {
    const model = ctx.model.repos.get(`${owner}/${repo}`);
    return model ? { status: 200, body: repositoryJson(model, ctx.origin) } : notFound();
  });

  route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', ({ owner, repo, run_id }, _req, ctx) => {
    const run = ctx.model.runs.get(Number(run_id));
    if (!run || run.repository !== `${owner}/${repo}`) return notFound();
    return { status: 200, body: runJson(ctx.model, run, ctx.origin) };
  });

  /** One page of `all` as `page`/`per_page` ask, with a `Link` to the next page when there is one. */
  const paginate = <T>(all: T[], req: Request) => {
    const perPage = Math.min(Number(req.url.searchParams.get('per_page') ?? 30), options.maxPerPage ?? 100);
    const page = Number(req.url.searchParams.get('page') ?? 1);
    const items = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    const last = Math.max(1, Math.ceil(all.length / perPage));
    if (page < last) {
      const next = new URL(req.url);
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.href}>; rel="next"`;
    }
    return { items, headers };
  };

  route('GET', '/repos/{owner}/{repo}/actions/artifacts', ({ owner, repo }, req, ctx) => {
    const name = req.url.searchParams.get('name');
    const all = ctx.model.artifacts
      .filter((a) => a.finalized && ctx.model.runs.get(a.runId)?.repository === `${owner}/${repo}`)
      .filter((a) => name === null || a.name === name)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const { items, headers } = paginate(all, req);
    return {
      status: 200,
      headers,
      body: { total_count: all.length, artifacts: items.map((a) => artifactJson(ctx.model, a, ctx.origin)) },
    };
  });

  route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', ({ owner, repo, run_id }, req, ctx) => {
    const run = ctx.model.runs.get(Number(run_id));
    if (!run || run.repository !== `${owner}/${repo}`) return notFound();
    const name = req.url.searchParams.get('name');
    const all = ctx.model.artifacts
      .filter((a) => a.finalized && a.runId === run.id && (name === null || a.name === name))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const { items, headers } = paginate(all, req);
    return {
      status: 200,
      headers,
      body: { total_count: all.length, artifacts: items.map((a) => artifactJson(ctx.model, a, ctx.origin)) },
    };
  });

  // `head` is `user:ref-name`: the owner of the head repository and the branch, as GitHub filters it.
  route('GET', '/repos/{owner}/{repo}/pulls', ({ owner, repo }, req, ctx) => {
    if (!ctx.model.repos.has(`${owner}/${repo}`)) return notFound();
    const state = req.url.searchParams.get('state') ?? 'open';
    const head = req.url.searchParams.get('head');
    const all = ctx.model.pulls
      .filter((p) => p.repository === `${owner}/${repo}` && (state === 'all' || p.state === state))
      .filter((p) => head === null || `${p.headRepository.split('/')[0]}:${p.headBranch}` === head)
      .sort((a, b) => b.number - a.number);
    const { items, headers } = paginate(all, req);
    return { status: 200, headers, body: items.map((p) => pullJson(ctx.model, p, ctx.origin)) };
  });

  route(
    'GET',
    '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    ({ owner, repo, artifact_id, archive_format }, _req, ctx) => {
      const artifact = ctx.model.artifacts.find((a) => a.id === Number(artifact_id) && a.finalized);
      if (
        !artifact ||
        ctx.model.runs.get(artifact.runId)?.repository !== `${owner}/${repo}` ||
        archive_format !== 'zip'
      ) {
        // GitHub's description documents only 302 and 410 here; a missing artifact is a 410 too.
        return gone();
      }
      if (artifact.expired) return gone();
      return {
        status: 302,
        headers: { location: ctx.model.blobs.signedUrl(ctx.origin, ARTIFACT_CONTAINER, artifact.blob) },
      };
    },
  );

  route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', ({ owner, repo, pull_number }, _req, ctx) => {
    const pull = ctx.model.pulls.find((p) => p.repository === `${owner}/${repo}` && p.number === Number(pull_number));
    if (!pull) return notFound();
    return { status: 200, body: { ...examples.fullPull, ...pullJson(ctx.model, pull, ctx.origin) } };
  });

  return {
    handler,
    routes,
    route,
    violations,
    refuse: (method, template, response, times = 1) => refusals.push({ method, template, response, times }),
  };
}

function notFound(): Response {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}

function gone(): Response {
  return { status: 410, body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest' } };
}

function repositoryJson(repo: RepoModel, origin: string): object {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    ...examples.repository,
    id: repo.id,
    name: repo.name,
    full_name: fullName,
    owner: { ...(examples.repository.owner as object), login: repo.owner },
    url: `${origin}/repos/${fullName}`,
    default_branch: repo.defaultBranch,
    // The description's example lacks this required property.
    language: null,
    source: undefined,
    parent: undefined,
  };
}

function artifactJson(model: GitHubModel, a: ArtifactModel, origin: string): object {
  const run = model.runs.get(a.runId)!;
  const fullName = run.repository;
  return {
    ...examples.artifact,
    id: a.id,
    node_id: Buffer.from(`Artifact${a.id}`).toString('base64'),
    name: a.name,
    size_in_bytes: a.size,
    url: `${origin}/repos/${fullName}/actions/artifacts/${a.id}`,
    archive_download_url: `${origin}/repos/${fullName}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: a.createdAt.toISOString(),
    updated_at: a.createdAt.toISOString(),
    expires_at: a.expiresAt?.toISOString() ?? null,
    digest: a.digest,
    workflow_run: {
      id: run.id,
      repository_id: model.repo(run.repository).id,
      head_repository_id: model.repo(run.headRepository).id,
      head_branch: run.headBranch,
      head_sha: run.headSha,
    },
  };
}

function runJson(model: GitHubModel, run: RunModel, origin: string): object {
  const repo = model.repo(run.repository);
  const head = model.repo(run.headRepository);
  const minimal = (r: RepoModel) => ({
    ...(examples.run.repository as object),
    id: r.id,
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: { ...((examples.run.repository as { owner: object }).owner as object), login: r.owner },
  });
  return {
    ...examples.run,
    id: run.id,
    event: run.event,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    created_at: run.startedAt.toISOString(),
    run_started_at: run.startedAt.toISOString(),
    url: `${origin}/repos/${run.repository}/actions/runs/${run.id}`,
    repository: minimal(repo),
    head_repository: minimal(head),
  };
}

function pullJson(model: GitHubModel, p: PullModel, origin: string): object {
  const base = model.repo(p.repository);
  const head = model.repo(p.headRepository);
  const example = examples.pull as { head: { repo: object; user: object }; base: { repo: object; user: object } };
  const side = (r: RepoModel, ref: string, sha: string, ex: { repo: object; user: object }) => ({
    ...ex,
    label: `${r.owner}:${ref}`,
    ref,
    sha,
    user: { ...ex.user, login: r.owner },
    repo: {
      ...ex.repo,
      id: r.id,
      name: r.name,
      full_name: `${r.owner}/${r.name}`,
      owner: { ...((ex.repo as { owner: object }).owner as object), login: r.owner },
      fork: r !== base,
      default_branch: r.defaultBranch,
    },
  });
  return {
    ...examples.pull,
    number: p.number,
    state: p.state,
    // The description's example team lacks its required `type`; nobody is asked to review here.
    requested_teams: [],
    url: `${origin}/repos/${p.repository}/pulls/${p.number}`,
    head: side(head, p.headBranch, p.headSha, example.head),
    base: side(base, base.defaultBranch, 'b'.repeat(40), example.base),
  };
}

/**
 * GitHub's issue-comment REST routes, shaped as GitHub answers them (the `issue-comment` and
 * `simple-user` schemas of GitHub's OpenAPI description, `Link` pagination with `page`/`per_page`),
 * plus `GET /user`, which refuses installation tokens such as GITHUB_TOKEN as GitHub does.
 */
import type { Handler, Request, Response } from './http.js';
import { OpenApiValidator } from './openapi.js';

export interface Identity {
  login: string;
  type: 'User' | 'Bot';
  /** An installation token (GITHUB_TOKEN, a GitHub App's): `GET /user` is refused. */
  installation: boolean;
  /** A read-only token, as a fork's pull request gets: reading works, writing is refused with 403. */
  readOnly?: boolean;
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issue: number;
  author: string;
  authorType: 'User' | 'Bot';
  body: string;
  created_at: string;
  updated_at: string;
}

export interface CommentsApi {
  handler: Handler;
  /** Requests and responses that GitHub's OpenAPI description does not allow; expected empty. */
  violations: string[];
  comments: StoredComment[];
  /** Seeds a comment as if someone had written it earlier; returns it. */
  add(comment: {
    owner?: string;
    repo?: string;
    issue: number;
    author: string;
    body: string;
    bot?: boolean;
  }): StoredComment;
  /** The next matching requests get this error instead of an answer (or this whole response). */
  refuse(method: string, status: number, message: string, times?: number): void;
  refuse(method: string, response: Response, times?: number): void;
}

const USER_403 = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
  status: '403',
};

export function commentsApi(identities: Record<string, Identity>): CommentsApi {
  const comments: StoredComment[] = [];
  const refusals: { method: string; response: Response; times: number }[] = [];
  let nextId = 1_000_000_001;
  let clock = Date.parse('2026-11-26T12:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString().replace('.000Z', 'Z');

  const add: CommentsApi['add'] = (c) => {
    const stored: StoredComment = {
      id: nextId++,
      owner: c.owner ?? 'octo-org',
      repo: c.repo ?? 'octo-app',
      issue: c.issue,
      author: c.author,
      authorType: c.bot || c.author.endsWith('[bot]') ? 'Bot' : 'User',
      body: c.body,
      created_at: now(),
      updated_at: '',
    };
    stored.updated_at = stored.created_at;
    comments.push(stored);
    return stored;
  };

  const validator = OpenApiValidator.load();
  const violations: string[] = [];
  // Every request and answer is checked against GitHub's description of its REST API.
  const handler: Handler = async (req, server) => {
    const response = await answer(req, server);
    if (!response) return response;
    let body: unknown;
    try {
      body = req.body.length ? JSON.parse(req.body.toString('utf8')) : undefined;
    } catch {
      body = undefined;
    }
    violations.push(...validator.checkRequest(req.method, req.url, body));
    // GitHub rate-limits any operation with 429, which its description lists on none of them.
    if (response.status !== 429) {
      violations.push(...validator.checkResponse(req.method, req.url.pathname, response.status, response.body));
    }
    return response;
  };

  const answer: Handler = (req, server) => {
    const p = req.url.pathname;
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(p);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(p);
    if (p !== '/user' && !list && !one) return undefined;
    const identity = identities[tokenOf(req)];
    if (!identity) return error(401, 'Bad credentials', 'https://docs.github.com/rest');
    const refusal = refusals.find((r) => r.method === req.method && r.times > 0);
    if (refusal && p !== '/user') {
      refusal.times--;
      return refusal.response;
    }
    if (identity.readOnly && (req.method === 'POST' || req.method === 'PATCH')) {
      return error(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments');
    }
    if (p === '/user') {
      if (req.method !== 'GET') return undefined;
      if (identity.installation) return { status: 403, body: USER_403 };
      // GitHub answers GET /user with the full public profile, not only the simple-user fields.
      return {
        status: 200,
        body: {
          ...user(server.url, identity.login, identity.type),
          name: null,
          company: null,
          blog: '',
          location: null,
          email: null,
          hireable: null,
          bio: null,
          twitter_username: null,
          public_repos: 3,
          public_gists: 0,
          followers: 1,
          following: 0,
          created_at: '2011-01-25T18:44:36Z',
          updated_at: '2026-11-01T09:00:00Z',
        },
      };
    }
    if (list && req.method === 'GET') {
      const [, owner, repo, issue] = list;
      const perPage = Math.min(Number(req.url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(req.url.searchParams.get('page') ?? 1);
      const all = comments.filter((c) => c.owner === owner && c.repo === repo && c.issue === Number(issue));
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const items = all.slice((page - 1) * perPage, page * perPage).map((c) => render(server.url, c));
      return { status: 200, headers: { link: links(server.url + p, perPage, page, last) }, body: items };
    }
    if (list && req.method === 'POST') {
      const [, owner, repo, issue] = list;
      const body = bodyOf(req);
      if (body === null) return validation('body is missing');
      if (body.length > 65_536) return validation('body is too long (maximum is 65536 characters)');
      const c = add({ owner, repo, issue: Number(issue), author: identity.login, body, bot: identity.type === 'Bot' });
      return {
        status: 201,
        headers: { location: `${server.url}/repos/${owner}/${repo}/issues/comments/${c.id}` },
        body: render(server.url, c),
      };
    }
    if (one && req.method === 'PATCH') {
      const c = comments.find((x) => x.id === Number(one[3]) && x.owner === one[1] && x.repo === one[2]);
      if (!c) return error(404, 'Not Found', 'https://docs.github.com/rest/issues/comments#update-an-issue-comment');
      const body = bodyOf(req);
      if (body === null) return validation('body is missing');
      if (body.length > 65_536) return validation('body is too long (maximum is 65536 characters)');
      c.body = body;
      c.updated_at = now();
      return { status: 200, body: render(server.url, c) };
    }
    return undefined;
  };

  return {
    handler,
    violations,
    comments,
    add,
    refuse: (method: string, status: number | Response, message?: string | number, times?: number) =>
      typeof status === 'number'
        ? refusals.push({
            method,
            response: error(status, String(message), 'https://docs.github.com/rest/issues/comments'),
            times: times ?? 1,
          })
        : refusals.push({ method, response: status, times: typeof message === 'number' ? message : 1 }),
  };
}

function tokenOf(req: Request): string {
  const auth = String(req.headers.authorization ?? '');
  return auth.replace(/^(token|bearer)\s+/i, '');
}

function bodyOf(req: Request): string | null {
  try {
    const parsed = JSON.parse(req.body.toString('utf8')) as { body?: unknown };
    return typeof parsed.body === 'string' ? parsed.body : null;
  } catch {
    return null;
  }
}

function links(base: string, perPage: number, page: number, last: number): string {
  const at = (n: number) => `<${base}?per_page=${perPage}&page=${n}>`;
  const parts: string[] = [];
  if (page > 1) parts.push(`${at(page - 1)}; rel="prev"`);
  if (page < last) parts.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) parts.push(`${at(1)}; rel="first"`);
  return parts.join(', ');
}

function error(status: number, message: string, documentation_url: string): Response {
  return { status, body: { message, documentation_url, status: String(status) } };
}

function validation(message: string): Response {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message }],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422',
    },
  };
}

let userIds = 0;
const ids = new Map<string, number>();

function user(api: string, login: string, type: 'User' | 'Bot') {
  const id = ids.get(login) ?? (ids.set(login, 41_000_000 + ++userIds), ids.get(login)!);
  const u = `${api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `${type === 'Bot' ? 'BOT' : 'MDQ6VXNlcg'}_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `https://github.com/${login.replace('[bot]', '')}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

function render(api: string, c: StoredComment) {
  return {
    url: `${api}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${c.owner}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${api}/repos/${c.owner}/${c.repo}/issues/${c.issue}`,
    id: c.id,
    node_id: `IC_kwDO${c.id.toString(36)}`,
    user: user(api, c.author, c.authorType),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.authorType === 'Bot' ? 'NONE' : 'MEMBER',
    body: c.body,
    reactions: {
      url: `${api}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    performed_via_github_app: null,
  };
}

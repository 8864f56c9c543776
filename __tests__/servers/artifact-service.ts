/**
 * The Actions results service's artifact API, as @actions/artifact v6 speaks it: Twirp JSON at
 * `/twirp/github.actions.results.api.v1.ArtifactService/<Method>` (request fields in snake_case,
 * int64 as strings), with the content going to the blob store on a signed URL. Message shapes
 * follow the package's generated code (lib/generated/results/api/v1/artifact.js).
 */
import type { Handler, Response } from './http.js';
import { ARTIFACT_CONTAINER, type GitHubModel } from './github-model.js';

const PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

interface TwirpRequest {
  workflow_run_backend_id?: string;
  workflow_job_run_backend_id?: string;
  name?: string;
  expires_at?: string;
  version?: number;
  size?: string;
  hash?: string;
  name_filter?: string;
  id_filter?: string;
}

export function artifactService(model: GitHubModel): Handler {
  return (req, server) => {
    if (req.method !== 'POST' || !req.url.pathname.startsWith(PREFIX)) return undefined;
    const method = req.url.pathname.slice(PREFIX.length);
    if (!/^Bearer .+\..+\./.test(String(req.headers.authorization ?? ''))) {
      return twirpError(401, 'unauthenticated', 'a runtime token (JWT) is required');
    }
    const body = JSON.parse(req.body.toString('utf8') || '{}') as TwirpRequest;
    const run = model.runByBackendId(body.workflow_run_backend_id ?? '');
    if (!run) return twirpError(404, 'not_found', `no workflow run ${body.workflow_run_backend_id}`);
    const inRun = model.artifacts.filter((a) => a.runId === run.id);

    switch (method) {
      case 'CreateArtifact': {
        if (!body.name) return twirpError(400, 'invalid_argument', 'name is required');
        if (inRun.some((a) => a.name === body.name && a.finalized)) {
          return twirpError(409, 'already_exists', `an artifact named ${body.name} already exists in this run`);
        }
        const id = model.id();
        const blob = `${run.backendId}/${id}/${body.name}.zip`;
        model.artifacts.push({
          id,
          name: body.name,
          runId: run.id,
          size: 0,
          digest: null,
          createdAt: new Date(),
          expiresAt: body.expires_at ? new Date(body.expires_at) : null,
          expired: false,
          blob,
          finalized: false,
        });
        return {
          status: 200,
          body: { ok: true, signed_upload_url: model.blobs.signedUrl(server.url, ARTIFACT_CONTAINER, blob) },
        };
      }
      case 'FinalizeArtifact': {
        const artifact = inRun.find((a) => a.name === body.name && !a.finalized);
        if (!artifact) return twirpError(404, 'not_found', `no pending artifact named ${body.name}`);
        const content = model.content(artifact);
        if (!content) return twirpError(400, 'failed_precondition', 'nothing was uploaded');
        if (Number(body.size) !== content.length) {
          return twirpError(400, 'invalid_argument', `size ${body.size} but ${content.length} bytes were uploaded`);
        }
        Object.assign(artifact, {
          finalized: true,
          size: content.length,
          digest: body.hash ?? null,
          createdAt: new Date(),
        });
        return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
      }
      case 'ListArtifacts': {
        const listed = inRun.filter(
          (a) =>
            a.finalized &&
            (body.name_filter === undefined || a.name === body.name_filter) &&
            (body.id_filter === undefined || String(a.id) === body.id_filter),
        );
        return {
          status: 200,
          body: {
            artifacts: listed.map((a) => ({
              workflow_run_backend_id: run.backendId,
              workflow_job_run_backend_id: run.jobBackendId,
              database_id: String(a.id),
              name: a.name,
              size: String(a.size),
              created_at: a.createdAt.toISOString(),
              ...(a.digest ? { digest: a.digest } : {}),
            })),
          },
        };
      }
      case 'GetSignedArtifactURL': {
        const artifact = inRun.find((a) => a.name === body.name && a.finalized);
        if (!artifact) return twirpError(404, 'not_found', `no artifact named ${body.name}`);
        return {
          status: 200,
          body: { signed_url: model.blobs.signedUrl(server.url, ARTIFACT_CONTAINER, artifact.blob) },
        };
      }
      case 'DeleteArtifact': {
        const artifact = inRun.find((a) => a.name === body.name && a.finalized);
        if (!artifact) return twirpError(404, 'not_found', `no artifact named ${body.name}`);
        model.artifacts.splice(model.artifacts.indexOf(artifact), 1);
        return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
      }
      default:
        return twirpError(404, 'bad_route', `no method ${method}`);
    }
  };
}

function twirpError(status: number, code: string, msg: string): Response {
  return { status, body: { code, msg } };
}

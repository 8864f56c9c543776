/**
 * The loopback REST server is only as good as its check against GitHub's description: these prove
 * the check finds what GitHub would never send or accept.
 */
import { describe, expect, it } from 'vitest';
import { OpenApiValidator } from './openapi.js';

const validator = OpenApiValidator.load();
const artifact = {
  id: 5,
  node_id: 'QXJ0aWZhY3Q1',
  name: 'image-size-guard-myapp',
  size_in_bytes: 512,
  url: 'https://api.github.com/repos/o/r/actions/artifacts/5',
  archive_download_url: 'https://api.github.com/repos/o/r/actions/artifacts/5/zip',
  expired: false,
  created_at: '2026-11-26T10:00:00Z',
  expires_at: null,
  updated_at: '2026-11-26T10:00:00Z',
};

describe('OpenApiValidator', () => {
  it('finds the operation by method and path template, literal segments first', () => {
    expect(validator.find('GET', '/repos/o/r/actions/artifacts/5/zip')?.template).toBe(
      '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    );
    expect(validator.find('PATCH', '/repos/o/r/issues/comments/9')?.template).toBe(
      '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    );
    expect(validator.find('GET', '/repos/o/r/nothing-here/1')).toBeNull();
  });

  it('accepts a listing GitHub could send', () => {
    expect(
      validator.checkResponse('GET', '/repos/o/r/actions/artifacts', 200, { total_count: 1, artifacts: [artifact] }),
    ).toEqual([]);
  });

  it('rejects a listing whose artifact lacks a required property or has one of the wrong type', () => {
    const withoutExpired: Partial<typeof artifact> = { ...artifact };
    delete withoutExpired.expired;
    expect(
      validator.checkResponse('GET', '/repos/o/r/actions/artifacts', 200, {
        total_count: '1',
        artifacts: [withoutExpired],
      }),
    ).toEqual([
      "GET /repos/{owner}/{repo}/actions/artifacts → 200: response body /total_count must be integer; /artifacts/0 must have required property 'expired'",
    ]);
  });

  it('rejects a status the operation never answers with', () => {
    expect(validator.checkResponse('GET', '/repos/o/r/actions/artifacts/5/zip', 404, {})).toEqual([
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format} → 404: GitHub does not answer this operation with 404',
    ]);
  });

  it('takes a 403 on any operation, as GitHub sends for a missing permission, but only with an error body', () => {
    const path = '/repos/o/r/actions/artifacts';
    expect(validator.checkResponse('GET', path, 403, { message: 'Resource not accessible by integration' })).toEqual(
      [],
    );
    expect(validator.checkResponse('GET', path, 403, { message: 42 })).toEqual([
      'GET /repos/{owner}/{repo}/actions/artifacts → 403: response body /message must be string',
    ]);
  });

  it('rejects requests with mistyped parameters or a body the operation does not take', () => {
    expect(
      validator.checkRequest('GET', new URL('http://h/repos/o/r/actions/artifacts?per_page=many'), undefined),
    ).toEqual(['GET /repos/{owner}/{repo}/actions/artifacts: query parameter per_page=many (root) must be integer']);
    expect(validator.checkRequest('POST', new URL('http://h/repos/o/r/issues/3/comments'), { text: 'hi' })).toEqual([
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments: request body (root) must have required property 'body'",
    ]);
  });
});

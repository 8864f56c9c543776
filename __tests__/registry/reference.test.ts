import { describe, expect, it } from 'vitest';
import { apiBase, apiHost, parseReference } from '../../src/registry/reference.js';

describe('parseReference', () => {
  it.each([
    ['nginx', 'docker.io', 'library/nginx', 'latest', null, 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io', 'library/nginx', '1.27', null, 'docker.io/library/nginx:1.27'],
    ['owner/app', 'docker.io', 'owner/app', 'latest', null, 'docker.io/owner/app:latest'],
    ['docker.io/nginx', 'docker.io', 'library/nginx', 'latest', null, 'docker.io/library/nginx:latest'],
    ['index.docker.io/library/nginx:1', 'docker.io', 'library/nginx', '1', null, 'docker.io/library/nginx:1'],
    ['ghcr.io/owner/app:pr-42', 'ghcr.io', 'owner/app', 'pr-42', null, 'ghcr.io/owner/app:pr-42'],
    ['127.0.0.1:5000/app:1', '127.0.0.1:5000', 'app', '1', null, '127.0.0.1:5000/app:1'],
    ['localhost/a/b/c', 'localhost', 'a/b/c', 'latest', null, 'localhost/a/b/c:latest'],
    ['localhost:5000/app', 'localhost:5000', 'app', 'latest', null, 'localhost:5000/app:latest'],
  ])('%s', (text, registry, repository, tag, digest, shown) => {
    const ref = parseReference(text);
    expect({ registry: ref.registry, repository: ref.repository, tag: ref.tag, digest: ref.digest }).toEqual({
      registry,
      repository,
      tag,
      digest,
    });
    expect(ref.toString()).toBe(shown);
  });

  it('keeps a digest, with or without a tag', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(parseReference(`ghcr.io/o/a@${digest}`)).toMatchObject({ tag: null, digest });
    const both = parseReference(`ghcr.io/o/a:1@${digest}`);
    expect(both).toMatchObject({ tag: '1', digest });
    expect(both.toString()).toBe(`ghcr.io/o/a:1@${digest}`);
  });

  it.each([
    ['', 'it is empty or has spaces'],
    ['App:1', 'a repository name is lower-case letters, digits and separators'],
    ['app:-bad', 'the tag is malformed'],
    ['app@sha256:short', 'the digest is malformed'],
    ['ghcr.io/', 'a repository name is lower-case letters, digits and separators'],
  ])('refuses %j in one line', (text, why) => {
    expect(() => parseReference(text)).toThrow(
      `"${text}" is not an image reference (${why}): give one such as ghcr.io/owner/app:1`,
    );
  });

  it('talks to Docker Hub at registry-1.docker.io, to loopback registries over plain HTTP', () => {
    expect(apiHost('docker.io')).toBe('registry-1.docker.io');
    expect(apiBase('docker.io')).toBe('https://registry-1.docker.io');
    expect(apiBase('ghcr.io')).toBe('https://ghcr.io');
    expect(apiBase('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(apiBase('localhost:5000')).toBe('http://localhost:5000');
    expect(apiBase('[::1]:5000')).toBe('http://[::1]:5000');
  });
});

import { describe, expect, it, test } from 'vitest';
import {
  buildArgv,
  cacheArgs,
  compareVersions,
  loadRequest,
  parseVersion,
  registryCacheRef,
} from '../../src/build/buildx.js';
import type { BuildInputs } from '../../src/build/inputs.js';
import { UserError } from '../../src/errors.js';

const defaults: BuildInputs = {
  context: '.',
  file: '',
  target: '',
  buildArgs: [],
  buildContexts: [],
  secrets: [],
  platforms: [],
  network: '',
  labels: [],
  noCache: false,
  pull: false,
  builder: '',
  builderSetup: 'create',
  tags: [],
  load: false,
  cache: 'local',
  cacheRef: '',
  cacheScope: '',
  ssh: [],
  allow: [],
  addHosts: [],
  shmSize: '',
  ulimit: [],
  annotations: [],
  provenance: '',
  sbom: '',
  compression: 'gzip',
};

const TMP = '/runner/temp';
const OUT = ['--output', `type=oci,dest=${TMP}/oci,tar=false`];
const META = ['--metadata-file', `${TMP}/metadata.json`, '--iidfile', `${TMP}/iid`];
const LOCAL = `${TMP}/image-size-guard-cache/dockerfile`;

/** The argv for a buildx version and inputs, with the cache folder restored for `local`. */
function argvFor(version: string, inputs: Partial<BuildInputs>): string[] {
  const all = { ...defaults, ...inputs };
  const cache = cacheArgs(
    version,
    { mode: all.cache, scope: all.cacheScope || 'dockerfile', ref: all.cacheRef, dir: LOCAL, newDir: `${LOCAL}-new` },
    all.tags,
  );
  const secretFiles = all.secrets.map((s, i) => ({ id: s.id, path: `${TMP}/secret-${i}` }));
  return buildArgv({
    inputs: all,
    outputDir: `${TMP}/oci`,
    metadataFile: `${TMP}/metadata.json`,
    iidFile: `${TMP}/iid`,
    secretFiles,
    cache,
    exporter: 'oci',
  });
}

describe('the buildx command line', () => {
  it('passes the build-push-action inputs through as buildx flags, and measures the compression a push would use', () => {
    const argv = argvFor('0.13.1', {
      cache: 'none',
      ssh: ['default', 'github=/run/ssh.sock'],
      allow: ['network.host', 'security.insecure'],
      addHosts: ['db.internal:10.0.0.5'],
      shmSize: '2g',
      ulimit: ['nofile=1024:2048'],
      annotations: ['index:org.opencontainers.image.title=app'],
      provenance: 'mode=max',
      sbom: 'false',
      compression: 'zstd',
    });
    expect(argv.slice(3, -7)).toEqual([
      '--ssh',
      'default',
      '--ssh',
      'github=/run/ssh.sock',
      '--allow',
      'network.host,security.insecure',
      '--add-host',
      'db.internal:10.0.0.5',
      '--shm-size',
      '2g',
      '--ulimit',
      'nofile=1024:2048',
      '--annotation',
      'index:org.opencontainers.image.title=app',
      '--provenance=mode=max',
      '--sbom=false',
    ]);
    expect(argv).toContain(`type=oci,dest=${TMP}/oci,tar=false,compression=zstd`);
    expect(argvFor('0.13.1', { cache: 'none', compression: 'estargz' })).toContain(
      `type=oci,dest=${TMP}/oci,tar=false,compression=estargz,oci-mediatypes=true`,
    );
  });

  test.each<[string, Partial<BuildInputs>, string[]]>([
    [
      '0.13.1',
      {},
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--cache-from',
        `type=local,src=${LOCAL}`,
        '--cache-to',
        `type=local,dest=${LOCAL}-new,mode=max`,
        ...OUT,
        ...META,
        '.',
      ],
    ],
    [
      '0.13.1',
      {
        cache: 'none',
        context: 'app',
        file: 'app/prod.Dockerfile',
        target: 'runtime',
        network: 'host',
        noCache: true,
        pull: true,
      },
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--file',
        'app/prod.Dockerfile',
        '--target',
        'runtime',
        '--network',
        'host',
        '--no-cache',
        '--pull',
        ...OUT,
        ...META,
        'app',
      ],
    ],
    [
      '0.13.1',
      {
        cache: 'none',
        buildArgs: ['VERSION=1.2', 'NOTE=a=b, c'],
        buildContexts: ['shared=../shared'],
        labels: ['org.opencontainers.image.source=https://example.com/app'],
        platforms: ['linux/amd64', 'linux/arm64'],
        tags: ['app:pr-1', 'app:latest'],
        builder: 'ci',
        load: true,
      },
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--builder',
        'ci',
        '--build-arg',
        'VERSION=1.2',
        '--build-arg',
        'NOTE=a=b, c',
        '--build-context',
        'shared=../shared',
        '--label',
        'org.opencontainers.image.source=https://example.com/app',
        '--platform',
        'linux/amd64,linux/arm64',
        '--tag',
        'app:pr-1',
        '--tag',
        'app:latest',
        ...OUT,
        ...META,
        '.',
      ],
    ],
    [
      '0.13.1',
      { cache: 'none', secrets: [{ id: 'npm', value: 's3cr3t-value' }] },
      ['buildx', 'build', '--progress=rawjson', '--secret', `id=npm,src=${TMP}/secret-0`, ...OUT, ...META, '.'],
    ],
    [
      '0.21.0',
      { cache: 'gha', cacheScope: 'api-prod' },
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--cache-from',
        'type=gha,scope=api-prod',
        '--cache-to',
        'type=gha,scope=api-prod,mode=max,ignore-error=true',
        ...OUT,
        ...META,
        '.',
      ],
    ],
    [
      '0.13.1',
      { cache: 'registry', cacheRef: 'ghcr.io/org/app-cache' },
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--cache-from',
        'type=registry,ref=ghcr.io/org/app-cache:dockerfile',
        '--cache-to',
        'type=registry,ref=ghcr.io/org/app-cache:dockerfile,mode=max,ignore-error=true',
        ...OUT,
        ...META,
        '.',
      ],
    ],
    [
      '0.13.1',
      { cache: 'inline', tags: ['ghcr.io/org/app:main'] },
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--tag',
        'ghcr.io/org/app:main',
        '--cache-from',
        'type=registry,ref=ghcr.io/org/app:main',
        '--cache-to',
        'type=inline',
        ...OUT,
        ...META,
        '.',
      ],
    ],
  ])('buildx %s, %j', (version, inputs, expected) => {
    expect(argvFor(version, inputs)).toEqual(expected);
  });

  it('loads into the daemon with a second build of the same arguments, without exporting the cache again', () => {
    const request = {
      inputs: { ...defaults, tags: ['app:pr-1'], load: true },
      outputDir: `${TMP}/oci`,
      metadataFile: `${TMP}/metadata.json`,
      iidFile: `${TMP}/iid`,
      secretFiles: [],
      cache: cacheArgs('0.13.1', { mode: 'local', scope: 's', ref: '', dir: LOCAL, newDir: `${LOCAL}-new` }, []),
      exporter: 'oci' as const,
    };
    expect(buildArgv(loadRequest(request))).toEqual([
      'buildx',
      'build',
      '--progress=rawjson',
      '--tag',
      'app:pr-1',
      '--load',
      '--metadata-file',
      `${TMP}/metadata.json.load`,
      '--iidfile',
      `${TMP}/iid`,
      '.',
    ]);
  });

  it('loads without --no-cache and --pull, which would build the image again from scratch', () => {
    const request = {
      inputs: { ...defaults, noCache: true, pull: true, load: true },
      outputDir: `${TMP}/oci`,
      metadataFile: `${TMP}/metadata.json`,
      iidFile: `${TMP}/iid`,
      secretFiles: [],
      cache: [],
      exporter: 'oci' as const,
    };
    expect(buildArgv(request)).toEqual(expect.arrayContaining(['--no-cache', '--pull']));
    const load = buildArgv(loadRequest(request));
    expect(load).not.toContain('--no-cache');
    expect(load).not.toContain('--pull');
  });

  it('never puts a secret value on the command line', () => {
    expect(argvFor('0.13.1', { secrets: [{ id: 'npm', value: 's3cr3t-value' }] }).join(' ')).not.toContain('s3cr3t');
  });

  it('reads from no cache folder when none was restored, and still writes a fresh one', () => {
    expect(cacheArgs('0.13.1', { mode: 'local', scope: 's', ref: '', newDir: '/t/new' }, [])).toEqual([
      '--cache-to',
      'type=local,dest=/t/new,mode=max',
    ]);
  });

  it.each<[string, string, RegExp]>([
    ['0.20.1', 'gha', /^cache: gha needs buildx 0\.21\.0 or newer .* this runner has 0\.20\.1/],
    ['0.13.1', 'registry', /^cache: registry needs "cache-ref"/],
  ])('buildx %s refuses cache %s in one line', (version, mode, message) => {
    const call = () => cacheArgs(version, { mode: mode as BuildInputs['cache'], scope: 's', ref: '' }, []);
    expect(call).toThrow(UserError);
    expect(call).toThrow(message);
  });
});

describe('buildx versions', () => {
  test.each([
    ['github.com/docker/buildx v0.13.1 788433953af10f2a698f5c07611dddce2e08c7a0', '0.13.1'],
    ['github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3', '0.13.1'],
    ['github.com/docker/buildx v0.21.0-desktop.1 1234abcd', '0.21.0'],
    ["docker: 'buildx' is not a docker command.", null],
  ])('%s → %s', (output, version) => {
    expect(parseVersion(output)).toBe(version);
  });

  it('compares major, minor and patch as numbers', () => {
    expect(compareVersions('0.13.1', '0.13.0')).toBeGreaterThan(0);
    expect(compareVersions('0.9.1', '0.13.0')).toBeLessThan(0);
    expect(compareVersions('0.21.0', '0.21.0')).toBe(0);
  });
});

describe('registry cache refs', () => {
  test.each([
    ['ghcr.io/org/cache', 'api-prod', 'ghcr.io/org/cache:api-prod'],
    ['localhost:5000/cache', 'dockerfile', 'localhost:5000/cache:dockerfile'],
    ['ghcr.io/org/cache:v1', 'api', 'ghcr.io/org/cache:v1'],
    ['ghcr.io/org/cache@sha256:abc', 'api', 'ghcr.io/org/cache@sha256:abc'],
  ])('%s with scope %s → %s', (ref, scope, expected) => {
    expect(registryCacheRef(ref, scope)).toBe(expected);
  });
});

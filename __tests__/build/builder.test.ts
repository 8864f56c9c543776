import { describe, expect, test } from 'vitest';
import {
  createArgv,
  parseBuilderDriver,
  parseBuilderSetup,
  parseImageStore,
  planBuilder,
  type BuilderSituation,
} from '../../src/build/builder.js';
import { UserError } from '../../src/errors.js';

// What `docker buildx inspect` printed here (buildx 0.13.1) on the containerd-store daemon.
const INSPECT_DOCKER = `Name:          default
Driver:        docker
Last Activity: 2026-11-28 05:16:40 +0000 UTC

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.0.0+unknown
`;
const INSPECT_CONTAINER = `Name:          builder-7f3c
Driver:        docker-container
Last Activity: 2026-11-28 05:20:00 +0000 UTC

Nodes:
Name:      builder-7f3c0
Endpoint:  unix:///var/run/docker.sock
Status:    inactive
`;

describe('parseBuilderDriver', () => {
  test.each([
    [INSPECT_DOCKER, 'docker'],
    [INSPECT_CONTAINER, 'docker-container'],
    ['Name: x\nDriver:   remote\n', 'remote'],
    ['ERROR: no builder "nope" found', null],
    // An unreachable daemon: buildx 0.13 exits 0 with an empty driver.
    [
      'Name:          default\nDriver:        \nLast Activity: 2026-11-28 05:33:15 +0000 UTC\nError:         Cannot connect',
      null,
    ],
    ['', null],
  ])('%#', (output, driver) => expect(parseBuilderDriver(output)).toBe(driver));
});

describe('parseImageStore', () => {
  test.each([
    // The main daemon here (containerd-snapshotter enabled).
    ['[["driver-type","io.containerd.snapshotter.v1"]]\n', 'containerd'],
    // The classic daemon here (overlay2), as GitHub's ubuntu-24.04 runners have it.
    [
      '[["Backing Filesystem","extfs"],["Supports d_type","true"],["Using metacopy","false"],["Native Overlay Diff","true"],["userxattr","false"]]',
      'classic',
    ],
    ['null', null],
    ['[]', 'classic'],
    ['Cannot connect to the Docker daemon', null],
  ])('%#', (output, store) => expect(parseImageStore(output)).toBe(store));
});

describe('planBuilder', () => {
  const s = (over: Partial<BuilderSituation>): BuilderSituation => ({
    driver: 'docker',
    store: 'classic',
    named: '',
    setup: 'create',
    cache: 'local',
    ...over,
  });
  test.each([
    [s({ store: 'containerd' }), 'as-is'],
    [s({ driver: 'docker-container' }), 'as-is'],
    [s({ driver: 'remote', named: 'mine' }), 'as-is'],
    [s({}), 'create'],
    [s({ cache: 'none' }), 'create'],
    [s({ setup: 'fail', cache: 'none' }), 'daemon'],
    [s({ named: 'default', cache: 'none' }), 'daemon'],
  ])('%#', (situation, plan) => expect(planBuilder(situation)).toBe(plan));

  test.each([[s({ setup: 'fail' })], [s({ named: 'default', cache: 'gha' })]])(
    'fails with one line naming the fixes %#',
    (situation) => {
      expect(() => planBuilder(situation)).toThrow(UserError);
      try {
        planBuilder(situation);
      } catch (err) {
        const message = (err as Error).message;
        expect(message).not.toContain('\n');
        expect(message).toContain('docker/setup-buildx-action');
        expect(message).toContain('containerd image store');
        expect(message).toContain('cache: none');
      }
    },
  );
});

test('the builder is created as docker/setup-buildx-action creates one', () => {
  expect(createArgv('b1', 'host')).toEqual([
    'buildx',
    'create',
    '--name',
    'b1',
    '--driver',
    'docker-container',
    '--driver-opt',
    'network=host',
    '--buildkitd-flags',
    '--allow-insecure-entitlement security.insecure --allow-insecure-entitlement network.host',
  ]);
  expect(createArgv('b1', '')).not.toContain('--driver-opt');
});

test('builder-setup', () => {
  expect(parseBuilderSetup('')).toBe('create');
  expect(parseBuilderSetup(' FAIL ')).toBe('fail');
  expect(() => parseBuilderSetup('maybe')).toThrow('use one of create, fail');
});

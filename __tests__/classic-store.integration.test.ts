/**
 * The classic image store, as GitHub's ubuntu-24.04 runners have it (buildx's `docker` driver, overlay2),
 * on a second real dockerd: the bundled action runs with DOCKER_HOST pointing at it. A
 * `docker-container` builder needs the moby/buildkit image, which cannot be pulled here, so creating
 * one fails as it would on a runner without Docker Hub: what is checked is that the step then says
 * what to do, leaves no builder behind, and that `cache: none` builds and measures in the daemon.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { startClassicDaemon, copyImage, type ClassicDaemon } from './helpers/classic-daemon.js';
import { exec } from './helpers/exec.js';
import { makeContext } from './helpers/images.js';
import { runAction } from './helpers/runner.js';

const TAG = `isg-classic/app:${process.pid}`;
/** A reference only the classic daemon has, so the measurement must come from it. */
const BASE = `isg-classic/base:${process.pid}`;
const DOCKERFILE = [
  `FROM ${BUSYBOX}`,
  'RUN mkdir /data && dd if=/dev/zero of=/data/zeros bs=1024 count=512 2>/dev/null',
].join('\n');

let daemon: ClassicDaemon;

beforeAll(async () => {
  daemon = await startClassicDaemon();
  await copyImage(BUSYBOX, daemon);
  await daemon.docker(['tag', BUSYBOX, BASE]);
}, 120_000);

afterAll(async () => {
  await daemon?.stop();
}, 60_000);

async function builders(): Promise<string[]> {
  const out = await exec('docker', ['buildx', 'ls'], { env: { ...process.env, DOCKER_HOST: daemon.host } });
  return out.stdout.split('\n').filter((l) => l.startsWith('image-size-guard-'));
}

describe('the classic image store', () => {
  it('measures an image reference from the daemon, with estimated compressed sizes', async () => {
    const result = await runAction({ inputs: { image: BASE }, env: { DOCKER_HOST: daemon.host } });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(Number(result.outputs['compressed-bytes'])).toBeGreaterThan(0);
    expect(Number(result.outputs['compressed-bytes'])).toBeLessThan(Number(result.outputs['uncompressed-bytes']));
    expect(result.summary).toContain('(estimated)');
  }, 120_000);

  it('with the default cache, fails in one line naming the fixes when no builder can be created, and leaves none behind', async () => {
    const context = await makeContext({ Dockerfile: DOCKERFILE });
    const result = await runAction({
      workspace: context,
      inputs: { network: 'host' },
      env: { DOCKER_HOST: daemon.host },
    });
    expect(result.code).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    const error = result.errors[0]!;
    expect(error).not.toContain('\n');
    expect(error).toContain('creating a docker-container builder failed');
    expect(error).toContain('docker/setup-buildx-action');
    expect(error).toContain('containerd image store');
    expect(error).toContain('cache: none');
    expect(await builders()).toEqual([]);
  }, 180_000);

  it('builder-setup: fail fails before anything is restored, without creating a builder', async () => {
    const context = await makeContext({ Dockerfile: DOCKERFILE });
    const result = await runAction({
      workspace: context,
      inputs: { network: 'host', 'builder-setup': 'fail' },
      env: { DOCKER_HOST: daemon.host },
    });
    expect(result.code).not.toBe(0);
    expect(result.errors).toEqual([
      "The runner's default builder uses the docker driver on the classic image store, which cannot export the image " +
        'or its build cache: set up a builder with docker/setup-buildx-action, enable the containerd image store, ' +
        'or set cache: none to build into the daemon and measure the image there',
    ]);
    expect(result.stdout).not.toContain('Restoring the build cache');
    expect(result.stdout).not.toContain('Creating a builder');
  }, 120_000);

  it('cache: none with load: true builds into the daemon; the loaded image has the measured layers', async () => {
    const context = await makeContext({ Dockerfile: DOCKERFILE });
    const result = await runAction({
      workspace: context,
      inputs: { network: 'host', cache: 'none', load: 'true', tags: TAG },
      env: { DOCKER_HOST: daemon.host },
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'building it into the daemon and measuring it there; compressed sizes are estimated',
    );
    expect(result.summary).toContain('(estimated)');
    expect(result.outputs['layer-count']).toBe('2');
    // The default builder-setup tried a docker-container builder first; it cannot start here.
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/^Could not create a docker-container builder \(.+\): building into the daemon instead$/),
    );
    expect(await builders()).toEqual([]);

    // The measured image: the docker save archive the step read.
    const [build] = (await fs.readdir(result.temp)).filter((n) => n.startsWith('image-size-guard-build-'));
    const extracted = path.join(result.temp, 'extracted');
    await fs.mkdir(extracted);
    await exec('tar', ['-C', extracted, '-xf', path.join(result.temp, build!, 'image.tar')]);
    const [entry] = JSON.parse(await fs.readFile(path.join(extracted, 'manifest.json'), 'utf8')) as {
      Config: string;
    }[];
    const config = JSON.parse(await fs.readFile(path.join(extracted, entry!.Config), 'utf8')) as {
      rootfs: { diff_ids: string[] };
    };
    const loaded = JSON.parse(
      await daemon.docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', TAG]),
    ) as string[];
    expect(loaded).toEqual(config.rootfs.diff_ids);
    expect(loaded).toHaveLength(2);
    await daemon.docker(['image', 'rm', TAG]);
  }, 180_000);

  it('cache: none without load measures the image and leaves it out of the daemon', async () => {
    const context = await makeContext({ Dockerfile: DOCKERFILE.replace('512', '256') });
    const before = await daemon.docker(['image', 'ls', '--all', '--quiet']);
    const result = await runAction({
      workspace: context,
      inputs: { network: 'host', cache: 'none' },
      env: { DOCKER_HOST: daemon.host },
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(Number(result.outputs['uncompressed-bytes'])).toBeGreaterThan(256 * 1024);
    expect(await daemon.docker(['image', 'ls', '--all', '--quiet'])).toBe(before);
  }, 180_000);
});

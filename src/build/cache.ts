/**
 * The `local` cache: a BuildKit cache folder carried between runs by @actions/cache. The build
 * reads the restored folder and writes a fresh one beside it; only a successful build replaces the
 * old folder, so the cache neither grows without bound nor is lost to a failed build. A failed
 * restore is a miss and a failed save a warning: caching never fails the step.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { messageOf } from '../errors.js';

const PREFIX = 'image-size-guard-buildkit';

/** The key saved under, and the prefixes restored from, newest commit of the same Dockerfile first. */
export function cacheKeys(scope: string, dockerfileHash: string, sha: string): { key: string; restoreKeys: string[] } {
  const base = `${PREFIX}-${scope.replace(/,/g, '-')}-`;
  return { key: `${base}${dockerfileHash}-${sha}`, restoreKeys: [`${base}${dockerfileHash}-`, base] };
}

export class LocalCache {
  private restoredKey: string | undefined;

  private constructor(
    /** The folder the build reads (restored, or absent on a miss). */
    readonly dir: string,
    /** The folder the build writes. */
    readonly newDir: string,
    private readonly key: string,
    private readonly restoreKeys: string[],
  ) {}

  /**
   * Restores the folder for this scope. The folder's path must be the same on every run: the cache
   * service versions entries by the paths they hold (RUNNER_TEMP is stable on GitHub's runners).
   */
  static async restore(
    tempDir: string,
    scope: string,
    dockerfileHash: string,
    sha: string,
    options: { skip?: boolean } = {},
  ): Promise<LocalCache> {
    const dir = path.join(tempDir, 'image-size-guard-cache', scope);
    const { key, restoreKeys } = cacheKeys(scope, dockerfileHash, sha);
    const local = new LocalCache(dir, `${dir}-new`, key, restoreKeys);
    await fs.rm(local.newDir, { recursive: true, force: true });
    if (options.skip) {
      core.info('no-cache: the build reads no cache, so none is restored');
      return local;
    }
    if (!cache.isFeatureAvailable()) {
      core.info('The cache service is not available here: building with the local cache folder only');
      return local;
    }
    try {
      local.restoredKey = await cache.restoreCache([dir], key, restoreKeys);
      core.info(local.restoredKey ? `Restored the build cache from ${local.restoredKey}` : 'No build cache to restore');
    } catch (err) {
      core.warning(`Restoring the build cache failed, building without it: ${messageOf(err)}`);
    }
    return local;
  }

  /** Whether the build can read a cache folder (restored, or left by an earlier step). */
  async exists(): Promise<boolean> {
    return (await fs.stat(path.join(this.dir, 'index.json')).catch(() => null)) !== null;
  }

  /** After a successful build: the fresh folder replaces the old one and is saved. */
  async commit(): Promise<void> {
    if (!(await fs.stat(this.newDir).catch(() => null))) return;
    await fs.rm(this.dir, { recursive: true, force: true });
    await fs.rename(this.newDir, this.dir);
    if (!cache.isFeatureAvailable()) return;
    if (this.restoredKey === this.key) {
      core.info(`The build cache ${this.key} is already saved`);
      return;
    }
    try {
      const id = await cache.saveCache([this.dir], this.key);
      if (id !== -1) core.info(`Saved the build cache as ${this.key}`);
    } catch (err) {
      core.warning(`Saving the build cache failed; the next run builds without it: ${messageOf(err)}`);
    }
  }

  /** After a failed build: the old folder stays as it was, the partial new one goes. */
  async discard(): Promise<void> {
    await fs.rm(this.newDir, { recursive: true, force: true });
  }
}

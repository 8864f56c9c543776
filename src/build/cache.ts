/**
 * The `local` cache: a BuildKit cache folder carried between runs by @actions/cache. The build
 * reads the restored folder and writes a fresh one beside it; only a successful build replaces the
 * old folder, so the cache neither grows without bound nor is lost to a failed build. A failed
 * restore is a miss and a failed save a warning: caching never fails the step.
 *
 * Nothing is copied twice: the fresh folder starts as hard links of the restored one's blobs
 * (BuildKit skips blobs already there) and keeps only those its new index reaches, and the saved
 * entry is keyed by that index, so a cache whose content did not change is not uploaded again.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { messageOf } from '../errors.js';
import { linkBlobs, listBlobs, pruneBlobs } from './blobs.js';

const PREFIX = 'image-size-guard-buildkit';

/**
 * The prefixes restored from: this scope's caches of the same Dockerfile (newest first, so across
 * commits), then any of this scope. Only a restored key equal to the one about to be saved, the
 * same scope, Dockerfile and content, counts as already saved.
 */
export function cacheKeys(scope: string, dockerfileHash: string): { restoreKeys: string[] } {
  const base = `${PREFIX}-${scope.replace(/,/g, '-')}-`;
  return { restoreKeys: [`${base}${dockerfileHash}-`, base] };
}

/** The key a cache folder is saved under: its scope, its Dockerfile and the digest of its index.json. */
export function contentKey(scope: string, dockerfileHash: string, indexDigest: string): string {
  return `${cacheKeys(scope, dockerfileHash).restoreKeys[0]}${indexDigest}`;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const since = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

export class LocalCache {
  private restoredKey: string | undefined;

  private constructor(
    /** The folder the build reads (restored, or absent on a miss). */
    readonly dir: string,
    /** The folder the build writes. */
    readonly newDir: string,
    private readonly scope: string,
    private readonly dockerfileHash: string,
  ) {}

  /**
   * Restores the folder for this scope. The folder's path must be the same on every run: the cache
   * service versions entries by the paths they hold (RUNNER_TEMP is stable on GitHub's runners).
   */
  static async restore(
    tempDir: string,
    scope: string,
    dockerfileHash: string,
    options: { skip?: boolean } = {},
  ): Promise<LocalCache> {
    const dir = path.join(tempDir, 'image-size-guard-cache', scope);
    const local = new LocalCache(dir, `${dir}-new`, scope, dockerfileHash);
    await fs.rm(local.newDir, { recursive: true, force: true });
    if (options.skip) {
      core.info('no-cache: the build reads no cache, so none is restored');
      return local;
    }
    if (!cache.isFeatureAvailable()) {
      core.info('The cache service is not available here: building with the local cache folder only');
      return local;
    }
    const { restoreKeys } = cacheKeys(scope, dockerfileHash);
    const started = Date.now();
    try {
      // No key is known before the build (keys name content), so the newest of the same Dockerfile is restored.
      local.restoredKey = await cache.restoreCache([dir], restoreKeys[0]!, restoreKeys);
      if (local.restoredKey) {
        const bytes = [...(await listBlobs(dir)).values()].reduce((a, b) => a + b, 0);
        core.info(`Restored the build cache from ${local.restoredKey} (${megabytes(bytes)} in ${since(started)})`);
      } else {
        core.info('No build cache to restore');
      }
    } catch (err) {
      core.warning(`Restoring the build cache failed, building without it: ${messageOf(err)}`);
    }
    return local;
  }

  /** Whether the build can read a cache folder (restored, or left by an earlier step). */
  async exists(): Promise<boolean> {
    return (await fs.stat(path.join(this.dir, 'index.json')).catch(() => null)) !== null;
  }

  /**
   * Before the build: the fresh cache folder and the image's export folder start with hard links
   * of the blobs already on disk, so the build writes only the blobs that are new.
   */
  async seed(exportDir: string): Promise<void> {
    if (!(await this.exists())) return;
    const linked = await linkBlobs(this.dir, this.newDir);
    await linkBlobs(this.dir, exportDir);
    core.info(`${megabytes(linked)} of cached blobs linked in: the build writes only new ones`);
  }

  /**
   * After a successful build: the fresh folder, rid of the blobs its index no longer reaches,
   * replaces the old one and is saved unless the entry restored holds the very same content.
   */
  async commit(): Promise<void> {
    if (!(await fs.stat(path.join(this.newDir, 'index.json')).catch(() => null))) {
      await this.discard();
      return;
    }
    const bytes = await pruneBlobs(this.newDir);
    const index = await fs.readFile(path.join(this.newDir, 'index.json'));
    const key = contentKey(this.scope, this.dockerfileHash, createHash('sha256').update(index).digest('hex'));
    await fs.rm(this.dir, { recursive: true, force: true });
    await fs.rename(this.newDir, this.dir);
    if (!cache.isFeatureAvailable()) return;
    if (this.restoredKey === key) {
      core.info(`The build cache did not change: ${key} is already saved`);
      return;
    }
    const started = Date.now();
    try {
      const id = await cache.saveCache([this.dir], key);
      if (id !== -1) core.info(`Saved the build cache as ${key} (${megabytes(bytes)} in ${since(started)})`);
    } catch (err) {
      core.warning(`Saving the build cache failed; the next run builds without it: ${messageOf(err)}`);
    }
  }

  /** After a failed build: the old folder stays as it was, the partial new one goes. */
  async discard(): Promise<void> {
    await fs.rm(this.newDir, { recursive: true, force: true });
  }
}

/**
 * cache: registry and cache: inline for real: the bundled action builds with real buildx on the real
 * dockerd, the cache goes to Debian's distribution registry on 127.0.0.1, the daemon's BuildKit then
 * forgets this test's build records (as a fresh runner has none), and the next run gets its steps
 * from the registry.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSYBOX } from './helpers/base-images.js';
import { pruneRecords } from './helpers/buildkit.js';
import { makeContext } from './helpers/images.js';
import { startRegistry, type Registry } from './helpers/registry.js';
import { runAction, type ActionRun } from './helpers/runner.js';

let registry: Registry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(() => registry?.stop());

/** Two RUN steps whose records carry the marker, so only this test's BuildKit state is pruned. */
function dockerfile(marker: string): string {
  return [
    `FROM ${BUSYBOX} AS app-${marker}`,
    `RUN dd if=/dev/urandom of=/data.bin bs=1024 count=128 2>/dev/null && echo ${marker} > /stamp`,
    `RUN echo ${marker}-config > /config`,
    '',
  ].join('\n');
}

function build(context: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({ workspace: context, inputs: { network: 'host', mode: 'compare', ...inputs } });
}

async function tags(repo: string): Promise<string[]> {
  const res = await fetch(`${registry.url}/v2/${repo}/tags/list`);
  return res.ok ? (((await res.json()) as { tags: string[] | null }).tags ?? []) : [];
}

describe('cache: registry', () => {
  it('exports the cache to cache-ref, and a builder without local cache gets every step from it', async () => {
    const marker = `isgregcache${randomBytes(4).toString('hex')}`;
    const context = await makeContext({ Dockerfile: dockerfile(marker) });
    const inputs = { cache: 'registry', 'cache-ref': `${registry.host}/isg-cache/${marker}`, 'cache-scope': 'app' };

    const cold = await build(context, inputs);
    expect(cold.code, cold.stdout).toBe(0);
    expect(cold.outputs['cached-steps']).toBe('0');
    expect(cold.outputs['total-steps']).toBe('2');
    // A cache-ref without a tag gets the scope as its tag.
    expect(await tags(`isg-cache/${marker}`)).toEqual(['app']);

    // Without the registry's cache, the pruned daemon builds every step again.
    await pruneRecords(marker);
    const without = await build(context, { cache: 'none' });
    expect(without.outputs['cached-steps']).toBe('0');

    await pruneRecords(marker);
    const warm = await build(context, inputs);
    expect(warm.code, warm.stdout).toBe(0);
    expect(warm.outputs['cached-steps']).toBe('2');
    expect(warm.stdout).toContain('Built in');
    expect(warm.stdout).toMatch(/2 of 2 steps from cache/);
  });

  it('warns, without failing the build, when the registry refuses the cache (no login step)', async () => {
    const secured = await startRegistry({ htpasswd: { user: 'ci', password: randomBytes(8).toString('hex') } });
    try {
      const marker = `isgregdenied${randomBytes(4).toString('hex')}`;
      const context = await makeContext({ Dockerfile: dockerfile(marker) });
      const ref = `${secured.host}/isg-cache/${marker}`;
      const result = await build(context, { cache: 'registry', 'cache-ref': ref, 'cache-scope': 'app' });
      expect(result.code, result.stdout).toBe(0);
      const warning = result.warnings.find((w) => w.startsWith('The build cache was not saved'));
      expect(warning).toMatch(
        new RegExp(
          `^The build cache was not saved to ${ref.replace(/[.]/g, '\\.')} \\(.+\\): the next run builds without it; check cache-ref and that a login step \\(docker/login-action\\) gives write access$`,
        ),
      );
      expect(warning!.split('\n')).toHaveLength(1);
    } finally {
      await secured.stop();
    }
  });
});

describe('cache: inline', () => {
  it('pushes the cache inside the image, and the next build reads it back from the pushed tag', async () => {
    const marker = `isginlcache${randomBytes(4).toString('hex')}`;
    const context = await makeContext({ Dockerfile: dockerfile(marker) });
    const tag = `${registry.host}/isg-inline/${marker}:main`;
    const inputs = { cache: 'inline', push: 'true', tags: tag };

    const cold = await build(context, inputs);
    expect(cold.code, cold.stdout).toBe(0);
    expect(cold.outputs['cached-steps']).toBe('0');

    await pruneRecords(marker);
    const warm = await build(context, inputs);
    expect(warm.code, warm.stdout).toBe(0);
    expect(warm.outputs['cached-steps']).toBe('2');
  });
});

/**
 * Forgetting builds the way a fresh runner would not have them. The daemon's BuildKit is shared with
 * everything else on this machine, so only the build records whose description carries the test's
 * own marker are pruned (by id: buildx's prune filters cannot match a description with spaces).
 * A record is pruned only once nothing built on it remains, hence the rounds.
 */
import { exec, run } from './exec.js';

export async function recordIds(marker: string): Promise<string[]> {
  const out = await run('docker', ['buildx', 'du', '--verbose']);
  return out
    .split(/\n\s*\n/)
    .filter((block) => block.includes(marker))
    .map((block) => /^ID:\s+(\S+)/m.exec(block)?.[1])
    .filter((id): id is string => id !== undefined);
}

export async function pruneRecords(marker: string): Promise<void> {
  for (let round = 0; round < 8; round++) {
    const ids = await recordIds(marker);
    if (ids.length === 0) return;
    for (const id of ids) await exec('docker', ['buildx', 'prune', '--all', '--force', '--filter', `id=${id}`]);
  }
  throw new Error(`BuildKit records marked ${marker} could not be pruned: ${(await recordIds(marker)).join(', ')}`);
}

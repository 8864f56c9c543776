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

/**
 * Like pruneRecords, for Dockerfiles that carry the marker only in some steps (a `COPY` record's
 * description is just `[3/7] COPY . .`): every record built on a marked one goes too, since it can
 * only come from the same build. Leaves go first, so each round frees the records under them.
 */
export async function pruneMarkedTrees(marker: string): Promise<void> {
  for (let round = 0; round < 12; round++) {
    const ids = await treeIds(marker);
    if (ids.length === 0) return;
    for (const id of ids) await exec('docker', ['buildx', 'prune', '--all', '--force', '--filter', `id=${id}`]);
  }
  throw new Error(`BuildKit records built on ${marker} could not be pruned: ${(await treeIds(marker)).join(', ')}`);
}

async function treeIds(marker: string): Promise<string[]> {
  const out = await run('docker', ['buildx', 'du', '--verbose']);
  const records = out
    .split(/\n\s*\n/)
    .map((block) => ({
      id: /^ID:\s+(\S+)/m.exec(block)?.[1],
      parent: /^Parent:\s+(\S+)/m.exec(block)?.[1],
      marked: block.includes(marker),
    }))
    .filter((r): r is { id: string; parent: string | undefined; marked: boolean } => r.id !== undefined);
  const chosen = new Set(records.filter((r) => r.marked).map((r) => r.id));
  for (let grew = true; grew;) {
    grew = false;
    for (const r of records) {
      if (!chosen.has(r.id) && r.parent && chosen.has(r.parent)) {
        chosen.add(r.id);
        grew = true;
      }
    }
  }
  // Children before parents: a record is pruned only once nothing is built on it.
  const depth = (id: string): number => {
    const parent = records.find((r) => r.id === id)?.parent;
    return parent && chosen.has(parent) ? 1 + depth(parent) : 0;
  };
  return [...chosen].sort((a, b) => depth(b) - depth(a));
}

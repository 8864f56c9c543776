import type { HintFacts, ImageAnalysis, PackageCacheKind, ToolchainKind } from '../analysis/types.js';
import type { BuildStats } from '../build/types.js';
import { matchLayerLines } from '../dockerfile/match.js';
import { expandArgs, parseDockerfile, type Dockerfile } from '../dockerfile/parse.js';
import type { Hint } from './types.js';

/** Size hints below this are noise next to the image's total. */
export const MIN_HINT_BYTES = 100_000;
/** A build context above this is usually something that should be in .dockerignore. */
export const LARGE_CONTEXT_BYTES = 50_000_000;

export interface HintContext {
  /** The Dockerfile's text, for line numbers and the hints that read it. */
  dockerfile?: string | null;
  build?: BuildStats | null;
  /** Whether the build context has a .dockerignore; null or absent when unknown. */
  hasDockerignore?: boolean | null;
}

const CACHE_FIX: Record<PackageCacheKind, string> = {
  'apt-lists':
    'end the same RUN with `rm -rf /var/lib/apt/lists/*`, or use `RUN --mount=type=cache,target=/var/lib/apt`',
  'apt-archives': 'run `apt-get clean` in the same RUN, or use `RUN --mount=type=cache,target=/var/cache/apt`',
  apk: 'use `apk add --no-cache`',
  npm: 'run `npm cache clean --force` in the same RUN, or use `RUN --mount=type=cache,target=/root/.npm`',
  yarn: 'run `yarn cache clean` in the same RUN, or use a BuildKit cache mount for the yarn cache',
  pnpm: 'prune the pnpm store in the same RUN, or use a BuildKit cache mount for it',
  pip: 'use `pip install --no-cache-dir`, or `RUN --mount=type=cache,target=/root/.cache/pip`',
  'go-build': 'build in an earlier stage, or use `RUN --mount=type=cache,target=/root/.cache/go-build`',
  maven: 'build in an earlier stage, or use `RUN --mount=type=cache,target=/root/.m2`',
  gradle: 'build in an earlier stage, or use `RUN --mount=type=cache,target=/root/.gradle`',
  other: 'delete the cache in the same RUN that fills it, or use a BuildKit cache mount',
};

const TOOLCHAIN_NAME: Record<ToolchainKind, string> = {
  compiler: 'A compiler',
  headers: 'Development headers',
  jdk: 'A JDK',
  'build-tools': 'Build tools',
};

const INSTALL =
  /\b(npm (ci|install|i)\b|yarn( install)?\s*($|&&|--)|pnpm (install|i)\b|pip3? install -r|poetry install|bundle install|go mod download|mvn\b.*dependency|composer install|cargo (fetch|build))/;

/** The hints for one image: pure, from the analysis facts and, when given, the Dockerfile. */
export function findHints(analysis: ImageAnalysis, context: HintContext = {}): Hint[] {
  const dockerfile = context.dockerfile ? parseDockerfile(context.dockerfile) : null;
  const lines = dockerfile
    ? matchLayerLines(
        analysis.layers.map((l) => l.instruction),
        dockerfile,
      )
    : analysis.layers.map(() => null);
  const lineOf = (layer: number | null): number | null => (layer === null ? null : (lines[layer] ?? null));
  const hints: Hint[] = [
    ...cacheHints(analysis.facts, lineOf, (layer) => analysis.layers[layer]?.instruction ?? null),
    ...removedHints(analysis.facts, lineOf),
    ...toolchainHints(analysis.facts, lineOf),
  ];
  if (analysis.facts.runsAsRoot) {
    hints.push({
      kind: 'root-user',
      key: 'root-user',
      title: `The image runs as root${analysis.facts.user ? ` (USER ${analysis.facts.user})` : ' (no USER set)'}`,
      fix: 'add a `USER` instruction with an unprivileged user at the end of the final stage',
      layer: null,
      line: dockerfile ? userLine(dockerfile) : null,
      bytes: 0,
    });
  }
  if (dockerfile) hints.push(...baseImageHints(dockerfile), ...copyBeforeInstallHints(dockerfile, lines));
  const contextBytes = context.build?.contextBytes ?? null;
  if (contextBytes !== null && contextBytes > LARGE_CONTEXT_BYTES) {
    hints.push({
      kind: 'large-context',
      key: 'large-context',
      title: `The build context sent to BuildKit is ${contextBytes} bytes`,
      fix: 'list what the build does not need (.git, node_modules, build output) in `.dockerignore`',
      layer: null,
      line: null,
      bytes: 0,
    });
  }
  if (context.hasDockerignore === false) {
    hints.push({
      kind: 'no-dockerignore',
      key: 'no-dockerignore',
      title: 'The build context has no `.dockerignore`',
      fix: 'add a `.dockerignore` so `COPY .` cannot take .git, secrets or local build output into the image',
      layer: null,
      line: null,
      bytes: 0,
    });
  }
  return hints.sort((a, b) => b.bytes - a.bytes);
}

type LineOf = (layer: number | null) => number | null;

function cacheHints(facts: HintFacts, lineOf: LineOf, instructionOf: (layer: number) => string | null): Hint[] {
  const groups = new Map<string, { kind: PackageCacheKind; layer: number; bytes: number; path: string }>();
  for (const c of facts.packageCaches) {
    const id = `${c.kind}@${c.layer}`;
    const g = groups.get(id);
    if (g) g.bytes += c.bytes;
    else groups.set(id, { ...c });
  }
  return [...groups.values()]
    .filter((g) => g.bytes >= MIN_HINT_BYTES)
    .map((g) => ({
      kind: 'package-cache',
      // Keyed by the instruction that left it: a base image's apt lists must not hide the same
      // lists newly left by a RUN of this Dockerfile. Layer indexes would shift with every new layer.
      key: `package-cache:${g.kind}:${g.path}@${instructionKey(instructionOf(g.layer), g.layer)}`,
      title: `Package-manager cache ${g.path} left in layer ${g.layer}`,
      fix: CACHE_FIX[g.kind],
      layer: g.layer,
      line: lineOf(g.layer),
      bytes: g.bytes,
    }));
}

/** The instruction without BuildKit's `# buildkit` suffix and spacing; a layer without one, by index. */
function instructionKey(instruction: string | null, layer: number): string {
  if (!instruction) return `layer ${layer}`;
  return instruction
    .replace(/\s*#\s*buildkit\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function removedHints(facts: HintFacts, lineOf: LineOf): Hint[] {
  const groups = new Map<number, { bytes: number; count: number; largest: HintFacts['removedLater'][number] }>();
  for (const r of facts.removedLater) {
    const g = groups.get(r.layer);
    if (!g) groups.set(r.layer, { bytes: r.bytes, count: 1, largest: r });
    else {
      g.bytes += r.bytes;
      g.count++;
      if (r.bytes > g.largest.bytes) g.largest = r;
    }
  }
  return [...groups.entries()]
    .filter(([, g]) => g.bytes >= MIN_HINT_BYTES)
    .map(([layer, g]) => {
      const others = g.count > 1 ? ` and ${g.count - 1} more` : '';
      return {
        kind: 'removed-later' as const,
        key: `removed-later:${g.largest.path}`,
        title: `${g.largest.path}${others} stored in layer ${layer} but ${g.largest.how} in layer ${g.largest.removedIn}: still shipped`,
        fix: 'delete files in the same RUN that creates them, or build them in an earlier stage and copy only the result',
        layer,
        line: lineOf(layer),
        bytes: g.bytes,
      };
    });
}

function toolchainHints(facts: HintFacts, lineOf: LineOf): Hint[] {
  const groups = new Map<ToolchainKind, { bytes: number; layer: number; path: string; package?: string }>();
  for (const t of facts.toolchains) {
    const g = groups.get(t.kind);
    if (!g) groups.set(t.kind, { bytes: t.bytes, layer: t.layer, path: t.path, package: t.package });
    else g.bytes += t.bytes;
  }
  return [...groups.entries()]
    .filter(([, g]) => g.bytes >= MIN_HINT_BYTES)
    .map(([kind, g]) => ({
      kind: kind === 'jdk' ? ('jdk' as const) : ('toolchain' as const),
      key: `toolchain:${kind}`,
      title: `${TOOLCHAIN_NAME[kind]} (${g.path}${g.package ? `, from ${g.package}` : ''}) is in the final image`,
      fix:
        kind === 'jdk'
          ? 'run on a JRE (or a jlink runtime); keep the JDK in the build stage'
          : g.path.includes('/node_modules/')
            ? // A compiler in node_modules is a dev dependency: the final stage wants the production ones only.
              'install dev dependencies in the build stage only; give the final stage the `node_modules` of `npm ci --omit=dev`'
            : 'use a multi-stage build: compile in a build stage and copy only the result into the final one',
      layer: g.layer,
      line: lineOf(g.layer),
      bytes: g.bytes,
    }));
}

function baseImageHints(dockerfile: Dockerfile): Hint[] {
  const stageNames = new Set(dockerfile.stages.map((s) => s.name?.toLowerCase()).filter(Boolean));
  const hints: Hint[] = [];
  for (const stage of dockerfile.stages) {
    const from = expandArgs(stage.from, dockerfile.globalArgs);
    if (stageNames.has(from.toLowerCase()) || from === 'scratch' || from.includes('$') || from.includes('@sha256:'))
      continue;
    const lastSegment = from.slice(from.lastIndexOf('/') + 1);
    const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : null;
    const latest = tag === null || tag === 'latest';
    hints.push({
      kind: latest ? 'base-latest' : 'base-no-digest',
      key: `base:${from}`,
      title: latest
        ? `Base image ${from} is taken by the tag latest: it changes under you`
        : `Base image ${from} is not pinned by digest`,
      fix: latest
        ? 'name a version tag and pin its digest: `FROM image:1.2@sha256:…`'
        : 'pin the digest (`FROM image:tag@sha256:…`) and let a bot such as Dependabot update it',
      layer: null,
      line: stage.line,
      bytes: 0,
    });
  }
  return hints;
}

function copyBeforeInstallHints(dockerfile: Dockerfile, lines: (number | null)[]): Hint[] {
  const hints: Hint[] = [];
  for (const stage of dockerfile.stages) {
    const copyAll = stage.instructions.find(
      (i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && /^(?:--\S+\s+)*\.\/?\s+\S+$/.test(i.args),
    );
    if (!copyAll) continue;
    const install = stage.instructions.find(
      (i) => i.keyword === 'RUN' && i.line > copyAll.line && INSTALL.test(i.args),
    );
    if (!install) continue;
    const layer = lines.indexOf(install.line);
    hints.push({
      kind: 'copy-before-install',
      key: `copy-before-install:${stage.line}`,
      title: `The whole build context is copied before the dependency install on line ${install.line}: every source change reinstalls the dependencies`,
      fix: 'copy only the dependency manifests (package.json and lock file, requirements.txt, go.mod …), install, then copy the rest',
      layer: layer >= 0 ? layer : null,
      line: copyAll.line,
      // The image gets no smaller: the gain is in build time and in what each push uploads.
      bytes: 0,
    });
  }
  return hints;
}

/** The final stage's last USER line, where a root user would be set; null when there is none. */
function userLine(dockerfile: Dockerfile): number | null {
  const users = dockerfile.stages.at(-1)?.instructions.filter((i) => i.keyword === 'USER') ?? [];
  return users.at(-1)?.line ?? null;
}

import { displayInstruction } from '../report/summary.js';
import type { Dockerfile, DockerfileInstruction } from './parse.js';

/**
 * An instruction reduced to what stays the same between builds of the same Dockerfile line:
 * BuildKit's `/bin/sh -c` and `# buildkit`, the `|2 A=1 B=2` build-argument prefix (all three gone
 * in displayInstruction) and `--flag` options removed, whitespace collapsed.
 */
export function normaliseInstruction(instruction: string | null): string {
  if (instruction === null) return '';
  let text = displayInstruction(instruction).replace(/\s+/g, ' ').trim();
  text = text.replace(/^RUN \/bin\/sh -c /, 'RUN ');
  const m = /^([A-Z]+) (.*)$/.exec(text);
  if (!m) return text;
  return `${m[1]} ${stripFlags(m[2]!)}`;
}

function stripFlags(args: string): string {
  return args.replace(/^(?:--[a-z-]+(?:=\S*)?\s+)*/i, '');
}

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

function dockerfileText(i: DockerfileInstruction): string {
  return `${i.keyword} ${stripFlags(i.args)}`;
}

/**
 * The Dockerfile line (1-based) of each layer's instruction, or null when it is not in the final
 * stage (base image layers) or cannot be told. Matching walks both lists from the top, so a
 * repeated instruction maps to the right one of its copies.
 */
export function matchLayerLines(instructions: readonly (string | null)[], dockerfile: Dockerfile): (number | null)[] {
  const stage = dockerfile.stages.at(-1);
  const result: (number | null)[] = instructions.map(() => null);
  if (!stage) return result;
  const candidates = stage.instructions.filter((i) => LAYER_KEYWORDS.has(i.keyword)).reverse();
  let next = 0;
  for (let layer = instructions.length - 1; layer >= 0 && next < candidates.length; layer--) {
    const wanted = normaliseInstruction(instructions[layer] ?? null);
    if (!wanted) continue;
    const found = candidates.findIndex((c, k) => k >= next && sameInstruction(dockerfileText(c), wanted));
    if (found >= 0) {
      result[layer] = candidates[found]!.line;
      next = found + 1;
    }
  }
  return result;
}

function sameInstruction(fromDockerfile: string, fromHistory: string): boolean {
  if (fromDockerfile === fromHistory) return true;
  // History keeps the instruction after variable expansion; compare up to the first variable.
  const dollar = fromDockerfile.indexOf('$');
  if (dollar > 4) return fromHistory.startsWith(fromDockerfile.slice(0, dollar));
  return false;
}

/**
 * BuildKit (and the classic builder) record the build arguments a RUN step saw in front of its
 * command: `RUN |2 NPM_TOKEN=abc VERSION=1 /bin/sh -c npm ci # buildkit`. Those values may be
 * tokens, and an image's history is public wherever the image goes, so no instruction is shown or
 * stored with them. Pure.
 */

/** `RUN |2`, or a classic builder's bare `|2`. */
const PREFIX = /^(\s*(?:RUN\s+)?)\|(\d+)(?=\s|$)/;
/** Where the next assignment starts: whitespace, then `NAME=`. */
const NEXT_ASSIGNMENT = /^\s+[^\s="'\\]+=/;
const NAME = /^\s*([^\s="'\\]+)=/;
/**
 * Where the command starts when a value is not quoted: an absolute shell path and, within a few
 * words, its `-c` (`/bin/sh -c`, `/bin/bash -o pipefail -c`, `/bin/sh -ec`).
 */
const SHELL_START = /\s(?=\/\S+(?:\s+\S+){0,4}?\s+-[a-z]*c\s)/g;

/**
 * The instruction without its `|N NAME=value …` prefix. The values are written unquoted, so one with
 * spaces cannot be told from the command by its shape alone; where it is unclear this removes more,
 * never less: a value shown would leave the runner.
 */
export function stripBuildArgs(instruction: string): string {
  const head = PREFIX.exec(instruction);
  if (!head) return instruction;
  const count = Number(head[2]);
  const text = instruction;
  let pos = head[0].length;
  for (let i = 0; i < count; i++) {
    const command = shellStart(text, pos);
    if (command >= 0 && /^\s*$/.test(text.slice(pos, command + 1))) break;
    const name = NAME.exec(text.slice(pos));
    if (!name) break;
    pos = valueEnd(text, pos + name[0].length, i === count - 1, command);
  }
  return head[1] + text.slice(pos).trimStart();
}

/** Strips every instruction of a list; null stays null. */
export function stripAll(instructions: readonly (string | null)[]): (string | null)[] {
  return instructions.map((i) => (i === null ? null : stripBuildArgs(i)));
}

/** The index of the whitespace before the shell command that follows `from`, or -1. */
function shellStart(text: string, from: number): number {
  SHELL_START.lastIndex = from;
  const m = SHELL_START.exec(text);
  return m ? m.index : -1;
}

/**
 * Where a value that starts at `pos` ends. Quoted parts are taken whole (a backslash escapes the
 * next character in double quotes and outside quotes). At unquoted whitespace the value ends when
 * the next assignment or the shell command follows; the last value with no shell command in sight
 * ends at the first whitespace (an exec-form command follows it).
 */
function valueEnd(text: string, pos: number, last: boolean, command: number): number {
  while (pos < text.length) {
    const ch = text[pos]!;
    if (/\s/.test(ch)) {
      if (command >= 0 && pos >= command) return pos;
      if (!last && NEXT_ASSIGNMENT.test(text.slice(pos))) return pos;
      if (command < 0) return pos;
      pos++;
    } else if (ch === '"' || ch === "'") {
      pos = quoteEnd(text, pos);
    } else if (ch === '\\') {
      pos += 2;
    } else {
      pos++;
    }
  }
  return text.length;
}

/** The index after the quote that closes the one at `pos` (the end of the text if none does). */
function quoteEnd(text: string, pos: number): number {
  const quote = text[pos];
  for (let i = pos + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

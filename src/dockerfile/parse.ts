/**
 * Just enough of a Dockerfile to point at lines: instructions with their line numbers, grouped in
 * stages. Continuation lines (`\` or the `# escape=` character) and comments are understood;
 * heredoc bodies are skipped so their lines are not taken for instructions.
 */
export interface DockerfileInstruction {
  /** Upper case, e.g. `RUN`. */
  keyword: string;
  /** The arguments with continuations joined and whitespace collapsed. */
  args: string;
  /** 1-based line of the keyword. */
  line: number;
  stage: number;
}

export interface DockerfileStage {
  /** The image or stage named by FROM, e.g. `node:22-slim`. */
  from: string;
  name: string | null;
  /** 1-based line of the FROM instruction. */
  line: number;
  instructions: DockerfileInstruction[];
}

export interface Dockerfile {
  stages: DockerfileStage[];
  /** Build arguments declared before the first FROM, with their defaults. */
  globalArgs: Record<string, string>;
}

export function parseDockerfile(text: string): Dockerfile {
  const lines = text.split(/\r?\n/);
  const escapeMatch = /^#\s*escape\s*=\s*([`\\])\s*$/im.exec(lines.slice(0, 5).join('\n'));
  const escape = escapeMatch?.[1] ?? '\\';
  const stages: DockerfileStage[] = [];
  const globalArgs: Record<string, string> = {};

  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (/^\s*(#|$)/.test(first)) continue;
    const start = i;
    let joined = first;
    while (joined.trimEnd().endsWith(escape) && i + 1 < lines.length) {
      joined = joined.trimEnd().slice(0, -1);
      i++;
      // Comment lines inside a continued instruction are dropped, as BuildKit does.
      while (i < lines.length && /^\s*#/.test(lines[i]!)) i++;
      joined += ` ${lines[i] ?? ''}`;
    }
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(joined);
    if (!m) continue;
    const keyword = m[1]!.toUpperCase();
    const args = m[2]!.replace(/\s+/g, ' ').trim();
    const heredoc = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(args);
    if (heredoc && (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD')) {
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== heredoc[1]) i++;
      i++;
    }
    if (keyword === 'FROM') {
      const fm = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(args);
      stages.push({ from: fm?.[1] ?? args, name: fm?.[2] ?? null, line: start + 1, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) {
      if (keyword === 'ARG') {
        const am = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(args);
        if (am) globalArgs[am[1]!] = (am[2] ?? '').replace(/^["']|["']$/g, '');
      }
      continue;
    }
    stage.instructions.push({ keyword, args, line: start + 1, stage: stages.length - 1 });
  }
  return { stages, globalArgs };
}

/** `${NAME}`, `$NAME` and `${NAME:-default}` replaced with the global build arguments. */
export function expandArgs(text: string, args: Record<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (all, a, def, b) => {
    const name = (a ?? b) as string;
    return args[name] || (def as string | undefined) || (name in args ? '' : all);
  });
}

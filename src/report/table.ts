/**
 * A markdown table that can give up rows to fit the comment into GitHub's size limit. Rows carry a
 * weight: the lightest go first, so what matters most stays.
 */
export interface Table {
  header: string[];
  /** `--:` or `:--` per column. */
  align: string[];
  rows: { cells: string[]; weight: number }[];
  /** Rows left out so far. */
  dropped: number;
}

export function table(header: string[], align: string[], rows: { cells: string[]; weight: number }[]): Table {
  return { header, align, rows, dropped: 0 };
}

export function renderTable(t: Table): string {
  const lines = [
    `| ${t.header.join(' | ')} |`,
    `|${t.align.join('|')}|`,
    ...t.rows.map((r) => `| ${r.cells.join(' | ')} |`),
  ];
  if (t.dropped > 0) {
    lines.push(
      '',
      `_${t.dropped} smaller ${t.dropped === 1 ? 'row' : 'rows'} left out to keep this comment within GitHub's size limit._`,
    );
  }
  return lines.join('\n');
}

/** Drops the lightest quarter (at least one row) of the table's rows, keeping their order. */
export function shrink(t: Table): void {
  const drop = Math.max(1, Math.floor(t.rows.length / 4));
  const lightest = new Set(
    t.rows
      .map((r, i) => ({ w: r.weight, i }))
      .sort((a, b) => a.w - b.w || b.i - a.i)
      .slice(0, drop)
      .map((x) => x.i),
  );
  t.rows = t.rows.filter((_, i) => !lightest.has(i));
  t.dropped += lightest.size;
}

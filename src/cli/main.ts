import { parseArgs } from 'node:util';
import { writeBaselineFile } from '../action/baseline-file.js';
import { analyze } from '../baseline/analyze.js';
import { analyzeSource } from '../analyze.js';
import type { ImageMeasurement } from '../analysis/measure.js';
import { UserError, messageOf } from '../errors.js';
import { formatBytes } from '../report/format.js';
import { displayInstruction, renderMeasurement } from '../report/summary.js';
import { COMPARE_USAGE, compareCommand } from './compare.js';

const USAGE = `Usage: image-size-guard analyze SOURCE [--platform os/arch[/variant]|all] [--format json|markdown|text]
       [--write-baseline FILE]

SOURCE is a local image reference (read from the Docker daemon), a docker save archive,
an OCI layout archive, or an OCI layout folder.`;

type Format = 'json' | 'markdown' | 'text';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the CLI and returns its exit status: 0 done, 2 usage error or unreadable image. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    if (argv[0] === 'compare') return await compareCommand(argv.slice(1), io);
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        platform: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'write-baseline': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n\n${COMPARE_USAGE}\n`);
      return 0;
    }
    const [command, source, ...rest] = positionals;
    if (command !== 'analyze' || !source || rest.length > 0) throw new UserError(`expected "analyze SOURCE"\n${USAGE}`);
    const format = values.format as Format;
    if (!['json', 'markdown', 'text'].includes(format))
      throw new UserError(`--format must be json, markdown or text, not "${format}"`);

    const images = await analyzeSource(source, { platform: values.platform });
    io.out(render(images, format, values.platform === 'all'));
    if (values['write-baseline']) {
      await writeBaselineFile(values['write-baseline'], await analyze(source, { platform: values.platform }));
    }
    return 0;
  } catch (err) {
    const message =
      err instanceof UserError || isArgError(err) ? messageOf(err) : `unexpected error: ${messageOf(err)}`;
    io.err(`image-size-guard: ${message}\n`);
    return 2;
  }
}

function isArgError(err: unknown): boolean {
  return (
    typeof (err as { code?: unknown }).code === 'string' &&
    String((err as { code: string }).code).startsWith('ERR_PARSE_ARGS')
  );
}

function render(images: ImageMeasurement[], format: Format, all: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(all ? images : images[0], null, 2)}\n`;
    case 'markdown':
      return renderMeasurement(images);
    case 'text':
      return images.map(renderText).join('\n');
  }
}

function renderText(m: ImageMeasurement): string {
  const lines = [
    `${m.image.ref ?? m.image.digest ?? 'image'} (${m.image.platform})`,
    `  compressed   ${formatBytes(m.totals.compressedBytes)}${m.totals.compressedEstimated ? ' (estimated)' : ''}`,
    `  uncompressed ${formatBytes(m.totals.uncompressedBytes)}`,
    `  layers       ${m.totals.layerCount}, files ${m.totals.fileCount}`,
    '',
    ...m.layers.map(
      (l) =>
        `  ${String(l.index).padStart(3)}  ${formatBytes(l.compressedBytes).padStart(9)}  ${formatBytes(l.uncompressedBytes).padStart(9)}  ` +
        displayInstruction(l.instruction).slice(0, 100),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

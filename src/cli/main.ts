import * as fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { writeBaselineFile } from '../action/baseline-file.js';
import { analyze } from '../analyze.js';
import { UserError, messageOf } from '../errors.js';
import { DEFAULT_DIVE_RULES, evaluateDiveRules, parseDiveCi, type DiveRules } from '../thresholds/dive-ci.js';
import { renderHtmlReport } from '../report/html/render.js';
import { COMPARE_USAGE, compareCommand } from './compare.js';
import { renderCi, renderJson, renderMarkdown, renderNotes, renderText } from './render.js';

const USAGE = `Usage:
  image-size-guard analyze SOURCE [--platform os/arch[/variant]|all] [--format json|markdown|text|html] [--write-baseline FILE]
  image-size-guard ci SOURCE [--ci-config PATH] [--platform os/arch[/variant]|all]

SOURCE is an image reference (read from the Docker daemon, else from its registry), a docker
save archive, an OCI layout archive, or an OCI layout folder; registry://REF reads only the
registry (nothing is pulled), local://REF only the daemon. Registry credentials are docker's
(docker login). --format html writes one self-contained page:
a treemap of the final filesystem coloured by layer, the layers, the waste, the packages and a
search by path.

ci evaluates dive's rules (lowestEfficiency, highestWastedBytes, highestUserWastedPercent) from
PATH, else ./.dive-ci when it exists, else dive's defaults. Exit status: 0 passed, 1 a rule
failed, 2 usage, configuration or image error.`;

type Format = 'json' | 'markdown' | 'text' | 'html';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the CLI and returns its exit status: 0 done, 1 a ci rule failed, 2 usage or input error. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    if (argv[0] === 'compare') return await compareCommand(argv.slice(1), io);
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        platform: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'ci-config': { type: 'string' },
        'write-baseline': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n\n${COMPARE_USAGE}\n`);
      return 0;
    }
    const [command, source, ...rest] = positionals;
    if ((command !== 'analyze' && command !== 'ci') || !source || rest.length > 0) {
      throw new UserError(`expected "analyze SOURCE" or "ci SOURCE"\n${USAGE}`);
    }
    if (command === 'ci') return await ci(source, values.platform, values['ci-config'], io);

    const format = values.format as Format;
    if (!['json', 'markdown', 'text', 'html'].includes(format))
      throw new UserError(`--format must be json, markdown, text or html, not "${format}"`);
    const result = await analyze(source, { platform: values.platform });
    const { images } = result;
    io.err(renderNotes(images));
    io.out(
      format === 'json'
        ? renderJson(images, values.platform === 'all')
        : format === 'html'
          ? renderHtmlReport({ images, records: result.layers })
          : format === 'markdown'
            ? renderMarkdown(images)
            : renderText(images),
    );
    if (values['write-baseline']) await writeBaselineFile(values['write-baseline'], result);
    return 0;
  } catch (err) {
    io.err(`image-size-guard: ${errorLine(err)}\n`);
    return 2;
  }
}

/**
 * What the CLI prints for an error: a UserError's message as written, anything else on one line
 * (a library's message can span lines or quote the input it choked on).
 */
export function errorLine(err: unknown): string {
  if (err instanceof UserError || isArgError(err)) return messageOf(err);
  const text = messageOf(err).replace(/\s+/g, ' ').trim();
  return `unexpected error: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}

async function ci(source: string, platform: string | undefined, config: string | undefined, io: Io): Promise<number> {
  // Rules are read before the image, so a configuration error costs no analysis.
  const rules = await readRules(config);
  const { images } = await analyze(source, { platform });
  io.err(renderNotes(images));
  let failed = false;
  for (const image of images) {
    const results = evaluateDiveRules(image.dive, rules);
    failed ||= results.some((r) => !r.passed);
    io.out(renderCi(image, results));
  }
  return failed ? 1 : 0;
}

async function readRules(file: string | undefined): Promise<DiveRules> {
  const path = file ?? '.dive-ci';
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (err) {
    if (file === undefined && (err as { code?: string }).code === 'ENOENT') return DEFAULT_DIVE_RULES;
    throw new UserError(`Cannot read the dive CI file ${path} (${messageOf(err)}): give an existing --ci-config file`);
  }
  return parseDiveCi(text, path);
}

function isArgError(err: unknown): boolean {
  return (
    typeof (err as { code?: unknown }).code === 'string' &&
    String((err as { code: string }).code).startsWith('ERR_PARSE_ARGS')
  );
}

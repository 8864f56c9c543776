#!/usr/bin/env node
import { errorLine, main } from './main.js';

// A stream error nothing listened for still ends the CLI with one line and exit 2, not a stack trace.
const lastResort = (err: unknown): void => {
  process.stderr.write(`image-size-guard: ${errorLine(err)}\n`);
  process.exit(2);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);
process.exitCode = await main(process.argv.slice(2));

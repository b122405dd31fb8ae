// A readable table of the API's endpoints from the OpenAPI document that the SDK generates from
// its zod schemas, so the contract page cannot drift from the contract.
import { code, frontMatter, table } from './markdown.ts';

interface Operation {
  summary?: string;
  description?: string;
  operationId?: string;
  parameters?: { name?: string; in?: string; required?: boolean; $ref?: string }[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}
/** The parts of an OpenAPI 3.x document the page uses. */
export interface OpenApiDocument {
  openapi?: string;
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, Operation | unknown>>;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** One row per operation, in the document's path order. */
export function operations(document: OpenApiDocument) {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    methods
      .filter((method) => item[method] !== undefined)
      .map((method) => {
        const operation = item[method] as Operation;
        const parameters = (operation.parameters ?? [])
          .filter((parameter) => parameter.name && parameter.in !== 'header')
          .map((parameter) => `${parameter.name}${parameter.required ? '' : '?'}`);
        return {
          method: method.toUpperCase(),
          path,
          summary: operation.summary ?? operation.description?.split('\n')[0] ?? '',
          parameters,
          statuses: Object.keys(operation.responses ?? {}),
        };
      }),
  );
}

/**
 * The contract reference page.
 * @param openApiLink where the page links the document itself, relative to the page
 */
export function contractPage(document: OpenApiDocument, openApiLink: string): string {
  const rows = operations(document).map((operation) => [
    code(operation.method),
    code(operation.path),
    operation.summary,
    operation.parameters.map((name) => code(name)).join(', '),
    operation.statuses.join(', '),
  ]);
  return [
    frontMatter({ title: 'Endpoints', group: 'API contract' }),
    '# Endpoints',
    '',
    `${document.info?.title ?? 'Vangnet API'} ${document.info?.version ?? ''}, OpenAPI ${document.openapi ?? '3.1'}.`,
    `The whole document, with every schema: [openapi.json](${openApiLink}).`,
    '',
    '_Generated from `docs/openapi.json`, which the SDK generates from its zod schemas._',
    '',
    table(['Method', 'Path', 'What it does', 'Query and path parameters', 'Statuses'], rows),
    '',
  ].join('\n');
}

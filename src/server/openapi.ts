/**
 * @module
 * The OpenAPI 3.1 description served at `GET /api/openapi.json`: every route, its body and its
 * answers, with the contract's schemas (compare/1, find/1, clusters/1) and the error shape.
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const err = (description: string) => ({ description, ...json(ref('Error')) });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'document id (URL-encoded)' };
const span = { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer' }, end: { type: 'integer' } } };
const textSpan = { ...span, required: ['start', 'end', 'text'], properties: { ...span.properties, text: { type: 'string' } } };
const relation = { enum: ['duplicate', 'derived', 'partially-derived', 'related', 'unrelated'] };
const str = { type: 'string' };
const num = { type: 'number' };

const schemas = {
  Error: {
    type: 'object', required: ['error'],
    properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: str, message: str } } },
  },
  CompareSide: {
    description: 'Exactly one of text, url (http/https, fetched under SSRF rules) or id (a stored document).',
    oneOf: [
      { type: 'object', required: ['text'], properties: { text: str, name: str, published: { type: 'string', format: 'date-time' } } },
      { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } },
      { type: 'object', required: ['id'], properties: { id: str } },
    ],
  },
  CompareRequest: {
    type: 'object', required: ['a', 'b'],
    properties: { a: ref('CompareSide'), b: ref('CompareSide'), withText: { type: 'boolean', description: 'include a.text and b.text' } },
  },
  Compare: {
    type: 'object',
    required: ['schema', 'a', 'b', 'relation', 'direction', 'score', 'style', 'coverage', 'alignments', 'changes'],
    properties: {
      schema: { const: 'copytrace.compare/1' },
      a: { type: 'object', properties: { name: str, chars: { type: 'integer' }, sentences: { type: 'integer' }, text: str } },
      b: { type: 'object', properties: { name: str, chars: { type: 'integer' }, sentences: { type: 'integer' }, text: str } },
      relation, direction: { enum: ['a->b', 'b->a', 'unknown'] }, score: num,
      style: { enum: ['verbatim', 'light-edit', 'paraphrase', 'translation-like', 'summary', 'mixed', 'none'] },
      coverage: { type: 'object', properties: { a: num, b: num } },
      alignments: { type: 'array', items: { type: 'object', properties: { a: span, b: span, similarity: num, kind: { enum: ['verbatim', 'paraphrase'] } } } },
      changes: {
        type: 'array',
        items: {
          type: 'object', required: ['type', 'detail', 'severity'],
          properties: {
            type: { enum: ['number', 'date', 'entity', 'negation', 'quote', 'attribution', 'hedge', 'omission', 'addition'] },
            a: textSpan, b: textSpan, detail: str, severity: { enum: ['info', 'minor', 'major'] },
          },
        },
      },
    },
  },
  DocumentIn: {
    type: 'object', description: 'The JSONL shape of `copytrace add`; text or html is required.',
    properties: { id: str, text: str, html: str, title: str, url: str, source: str, published: { type: 'string', format: 'date-time' }, lang: str },
  },
  AddResult: {
    type: 'object', required: ['added', 'skipped'],
    properties: { added: { type: 'integer' }, skipped: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, error: str } } } },
  },
  Document: {
    type: 'object', required: ['id', 'text'],
    properties: { id: str, text: str, title: str, url: str, source: str, published: str, lang: str, chars: { type: 'integer' }, added: str, duplicateOf: str },
  },
  Find: {
    type: 'object', required: ['schema', 'query', 'matches'],
    properties: {
      schema: { const: 'copytrace.find/1' }, query: str,
      matches: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: str, relation, direction: { enum: ['query->match', 'match->query', 'unknown'] }, score: num,
            coverage: { type: 'object', properties: { query: num, match: num } }, title: str, source: str, published: str,
          },
        },
      },
    },
  },
  Cluster: {
    type: 'object', required: ['id', 'origin', 'members', 'edges'],
    properties: {
      id: str, origin: { type: ['string', 'null'] }, members: { type: 'array', items: str },
      edges: { type: 'array', items: { type: 'object', properties: { from: str, to: str, relation, score: num } } },
    },
  },
  Clusters: {
    type: 'object', required: ['schema', 'clusters'],
    properties: { schema: { const: 'copytrace.clusters/1' }, clusters: { type: 'array', items: ref('Cluster') }, documents: { type: 'object' } },
  },
  Search: {
    type: 'object', required: ['results'],
    properties: { results: { type: 'array', items: { type: 'object', properties: { id: str, title: str, snippet: { ...str, description: 'hits wrapped in [ ]' }, source: str, published: str } } } },
  },
};

const common = { 400: err('bad input'), 500: err('internal error') };

/** The OpenAPI document (built once; plain data). */
export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'copytrace', version: '1', description: 'Trace news copy: compare two articles, search a corpus, see where a story came from.' },
  paths: {
    '/api/health': { get: { summary: 'Liveness and corpus size', responses: { 200: { description: 'ok', ...json({ type: 'object', properties: { ok: { type: 'boolean' }, documents: { type: 'integer' }, readOnly: { type: 'boolean' }, store: { type: 'boolean' } } }) } } } },
    '/api/compare': {
      post: {
        summary: 'Compare two documents (copytrace.compare/1)', requestBody: { required: true, ...json(ref('CompareRequest')) },
        responses: { 200: { description: 'the comparison', ...json(ref('Compare')) }, ...common, 403: err('URL refused (private address)'), 404: err('stored id not found'), 413: err('body or document too large'), 415: err('not JSON'), 502: err('fetch failed'), 504: err('fetch timed out') },
      },
    },
    '/api/report.html': {
      post: {
        summary: 'The self-contained HTML report of a comparison', requestBody: { required: true, ...json(ref('CompareRequest')) },
        responses: { 200: { description: 'HTML report (attachment)', content: { 'text/html': { schema: str } } }, ...common, 413: err('too large') },
      },
    },
    '/api/documents': {
      post: {
        summary: 'Add documents to the corpus', requestBody: { required: true, ...json({ oneOf: [ref('DocumentIn'), { type: 'array', items: ref('DocumentIn') }] }) },
        responses: { 200: { description: 'what was added and skipped', ...json(ref('AddResult')) }, ...common, 403: err('read-only server'), 413: err('too large'), 503: err('no corpus') },
      },
    },
    '/api/documents/{id}': { get: { summary: 'A document with its metadata and text', parameters: [idParam], responses: { 200: { description: 'the document', ...json(ref('Document')) }, 404: err('unknown id'), 503: err('no corpus') } } },
    '/api/documents/{id}/matches': { get: { summary: 'Sources and copies of a document (copytrace.find/1)', parameters: [idParam, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } }], responses: { 200: { description: 'matches', ...json(ref('Find')) }, 404: err('unknown id'), 503: err('no corpus') } } },
    '/api/clusters': { get: { summary: 'Reuse clusters (copytrace.clusters/1)', responses: { 200: { description: 'clusters', ...json(ref('Clusters')) }, 503: err('no corpus') } } },
    '/api/clusters/{id}': { get: { summary: 'One cluster with its members\' metadata', parameters: [{ ...idParam, description: 'cluster id' }], responses: { 200: { description: 'the cluster', ...json({ type: 'object', properties: { cluster: ref('Cluster'), documents: { type: 'object' } } }) }, 404: err('unknown cluster') } } },
    '/api/search': { get: { summary: 'Full-text search', parameters: [{ name: 'q', in: 'query', required: true, schema: str }], responses: { 200: { description: 'results', ...json(ref('Search')) }, 400: err('no query'), 503: err('no corpus') } } },
    '/api/openapi.json': { get: { summary: 'This description', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  },
  components: { schemas },
} as const;

/**
 * @module
 * Thin typed wrappers over the copytrace JSON API. Every failure becomes an ApiError carrying the
 * server's `{error: {code, message}}`, so pages can show one readable line.
 */
import type {
  AddResult, ClusterDetail, ClustersResult, CompareResult, CompareSide, DocumentRecord, FindResult, Health,
  SearchResult,
} from './types.js';

/** A failed API call: the server's error code (or `network`) and its one-line message. */
export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  } catch (e) {
    throw new ApiError('network', `could not reach the server: ${(e as Error).message}`, 0);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(err?.code ?? 'http', err?.message ?? `HTTP ${res.status}`, res.status);
  }
  return body as T;
}

function postJson<T>(path: string, body: unknown): Promise<T> {
  return call<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

const enc = encodeURIComponent;

/** The API calls the pages use. */
export const api = {
  health: () => call<Health>('/api/health'),
  compare: (a: CompareSide, b: CompareSide) => postJson<CompareResult>('/api/compare', { a, b, withText: true }),
  document: (id: string) => call<DocumentRecord>(`/api/documents/${enc(id)}`),
  matches: (id: string) => call<FindResult>(`/api/documents/${enc(id)}/matches`),
  clusters: () => call<ClustersResult>('/api/clusters'),
  cluster: (id: string) => call<ClusterDetail>(`/api/clusters/${enc(id)}`),
  search: (q: string) => call<SearchResult>(`/api/search?q=${enc(q)}`),
  addDocuments: (docs: unknown[]) => postJson<AddResult>('/api/documents', docs),
  /** The self-contained HTML report of a comparison, as a Blob to save. */
  async report(a: CompareSide, b: CompareSide): Promise<Blob> {
    const res = await fetch('/api/report.html', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a, b }),
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
      throw new ApiError(body?.error?.code ?? 'http', body?.error?.message ?? `HTTP ${res.status}`, res.status);
    }
    return res.blob();
  },
};

/** Offers `blob` to the user as a file download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

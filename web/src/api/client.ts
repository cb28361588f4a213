// The one way the web client talks to the API: JSON in and out, the session cookie, the chosen
// language, and refusals turned into ApiProblem so screens can switch on `code`.
import { currentLocale, translate } from '../i18n';

export interface ProblemFieldError {
  path: string;
  message: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: ProblemFieldError[];

  constructor(init: { status: number; code: string; title: string; detail: string; errors?: ProblemFieldError[] }) {
    super(init.detail || init.title);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
  }
}

export function isProblem(error: unknown, code?: string): error is ApiProblem {
  return error instanceof ApiProblem && (code === undefined || error.code === code);
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** A multipart body (a file upload) instead of JSON; the browser sets its content type. */
  form?: FormData;
  signal?: AbortSignal;
}

function asFieldErrors(value: unknown): ProblemFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null) return [];
    const { path, message } = e as Record<string, unknown>;
    return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message }] : [];
  });
}

async function problemFrom(response: Response): Promise<ApiProblem> {
  const locale = currentLocale();
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // A proxy or a crashed server may answer with HTML; the fallback words below cover it.
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return new ApiProblem({
    status: response.status,
    code: str(body.code) || `HTTP_${response.status}`,
    title: str(body.title) || translate(locale, 'error.unexpected.title'),
    detail: str(body.detail) || translate(locale, 'error.unexpected.detail', { status: response.status }),
    errors: asFieldErrors(body.errors),
  });
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLocale() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    const locale = currentLocale();
    throw new ApiProblem({
      status: 0,
      code: 'NETWORK',
      title: translate(locale, 'error.network.title'),
      detail: translate(locale, 'error.network.detail'),
    });
  }
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Builds a query string, leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

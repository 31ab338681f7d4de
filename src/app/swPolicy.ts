/*
 * The offline worker's caching decisions (src/app/sw.js), as pure functions so they can be
 * tested without a browser. The build inlines this file into dist/sw.js (a worker is one classic
 * script there), so it imports nothing and uses nothing but URL.
 */

/** What the build hands the worker: the files it may keep, as paths relative to the worker. */
export interface Precache {
  /** Changes whenever any kept file does; names the cache. */
  version: string;
  /** Files whose name carries a hash of their content: one name is always the same bytes. */
  hashed: string[];
  /** Files under stable names (the pages, paxos-scope.js, the icon): their bytes change. */
  shell: string[];
}

/**
 * What the worker does with one request. `network`: it stays out of the way (the browser fetches
 * as if there were no worker, and nothing is kept). `cache-first`: a hashed file, from the cache
 * when it is there. `network-first`: a shell file, from the network, and from the cache only
 * when the network fails. `key` is the cache entry the request reads and writes.
 */
export type Route =
  { strategy: 'network' } | { strategy: 'cache-first' | 'network-first'; key: string };

export interface RequestFacts {
  url: string;
  method: string;
  /** The request's cache mode (`fetch(url, { cache: 'no-store' })` says "do not keep this"). */
  cache: string;
}

export interface ResponseFacts {
  ok: boolean;
  /** `basic` for a same-origin response the worker may read; opaque ones are never kept. */
  type: string;
  cacheControl: string | null;
}

/** A cache key: the address without its query or fragment (`?scenario=…` is the same file). */
export function keyOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * The router of one build's worker at `scope`. Only the build's own files are ever answered from
 * or written to the cache, so the cache holds at most one entry per file of the build, whatever
 * addresses pages ask for; everything else (other origins, source maps, files of a newer build,
 * `no-store` requests) goes to the network untouched.
 */
export function routerOf(precache: Precache, scope: string): (request: RequestFacts) => Route {
  const keys = (paths: string[]) => new Set(paths.map((path) => keyOf(new URL(path, scope).href)));
  const hashed = keys(precache.hashed);
  const shell = keys(precache.shell);
  return (request) => {
    if (request.method !== 'GET' || request.cache === 'no-store') return { strategy: 'network' };
    const key = keyOf(request.url);
    if (hashed.has(key)) return { strategy: 'cache-first', key };
    if (shell.has(key)) return { strategy: 'network-first', key };
    return { strategy: 'network' };
  };
}

/**
 * Whether a response may be kept: a whole same-origin success whose server did not forbid it.
 * `no-store` forbids keeping it anywhere and `private` keeping it in a shared cache; a worker's
 * cache outlives the session, so both keep it out.
 */
export function storable(response: ResponseFacts): boolean {
  if (!response.ok || response.type !== 'basic') return false;
  const directives = (response.cacheControl ?? '')
    .toLowerCase()
    .split(',')
    .map((directive) => directive.trim().split('=')[0]);
  return !directives.includes('no-store') && !directives.includes('private');
}

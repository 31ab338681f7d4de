import { describe, expect, it } from 'vitest';
import { keyOf, routerOf, storable } from './swPolicy';

const SCOPE = 'https://example.org/paxos/';
const route = routerOf(
  {
    version: 'v1',
    hashed: ['assets/index-abc.js', 'paxos-scope.0123456789.js'],
    shell: ['./', 'index.html', 'paxos-scope.js'],
  },
  SCOPE,
);
const get = (path: string, cache = 'default') => route({ url: SCOPE + path, method: 'GET', cache });

describe('the offline worker’s router', () => {
  it('serves hashed files cache-first and shell files network-first, keyed without the query', () => {
    expect(get('assets/index-abc.js?v=2')).toEqual({
      strategy: 'cache-first',
      key: `${SCOPE}assets/index-abc.js`,
    });
    expect(get('paxos-scope.0123456789.js')).toEqual({
      strategy: 'cache-first',
      key: `${SCOPE}paxos-scope.0123456789.js`,
    });
    expect(get('?scenario=basic&t=3#x')).toEqual({ strategy: 'network-first', key: SCOPE });
    expect(get('paxos-scope.js?cachebust=1')).toEqual({
      strategy: 'network-first',
      key: `${SCOPE}paxos-scope.js`,
    });
  });

  it('leaves everything outside the build’s list to the network, so nothing else is kept', () => {
    for (const path of [
      'assets/index-abc.js.map',
      'assets/index-new.js',
      'paxos-scope.js.map',
      'notes.html',
    ])
      expect(get(path)).toEqual({ strategy: 'network' });
    expect(route({ url: 'https://example.org/other/', method: 'GET', cache: 'default' })).toEqual({
      strategy: 'network',
    });
  });

  it('sends a no-store request and anything but GET to the network', () => {
    expect(get('paxos-scope.js', 'no-store')).toEqual({ strategy: 'network' });
    expect(get('assets/index-abc.js', 'no-store')).toEqual({ strategy: 'network' });
    expect(route({ url: SCOPE, method: 'POST', cache: 'default' })).toEqual({
      strategy: 'network',
    });
  });

  it('keys an address by origin and path only', () => {
    expect(keyOf('https://example.org/paxos/?embed=1#top')).toBe('https://example.org/paxos/');
  });
});

describe('storable', () => {
  const ok = { ok: true, type: 'basic', cacheControl: null };
  it('keeps a same-origin success the server lets be kept', () => {
    expect(storable(ok)).toBe(true);
    expect(storable({ ...ok, cacheControl: 'public, max-age=600' })).toBe(true);
  });

  it('never keeps what the server marks no-store or private', () => {
    for (const cacheControl of [
      'no-store',
      'No-Store',
      'max-age=0, no-store',
      'private',
      'private="set-cookie"',
    ])
      expect(storable({ ...ok, cacheControl })).toBe(false);
  });

  it('never keeps a failure or a response it cannot read', () => {
    expect(storable({ ...ok, ok: false })).toBe(false);
    expect(storable({ ...ok, type: 'opaque' })).toBe(false);
  });
});

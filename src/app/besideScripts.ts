import type { Dictionary } from '../i18n';
import type { PresetId } from '../scenario';

/**
 * The compact paxos-scope.js carries what an English embed of the basic run shows. The rest
 * comes, only when an element on the page needs it, from classic scripts beside it (so, like
 * itself, from any origin without CORS), each assigning one global its build names
 * (vite.config.ts). Each script that draws carries its own runtime, so what passes between the
 * scripts is plain data and one function, never a component.
 */

/** paxos-scope-full.js: the element with the whole app, for elements with `full`. */
export interface FullScript {
  /** Draws `element`'s App, full screen and all, into `wrapper`; returns what unmounts it. */
  renderFull(element: HTMLElement, wrapper: HTMLDivElement, scriptSrc: string): () => void;
}

/** paxos-scope-data.js: the Chinese dictionary and every preset, as data. */
export interface DataScript {
  zh: Dictionary;
  presets: Record<PresetId, object>;
}

/** Each script's file name, beside paxos-scope.js, and the global its build assigns. */
export const FULL_SCRIPT = { file: 'paxos-scope-full.js', global: 'PaxosScopeFull' } as const;
export const DATA_SCRIPT = { file: 'paxos-scope-data.js', global: 'PaxosScopeData' } as const;

const loading = new Map<string, Promise<unknown>>();

/** The script `which`, loaded once per page from the folder of `scriptSrc`. */
export function loadBeside<T>(
  which: { file: string; global: string },
  scriptSrc: string,
): Promise<T> {
  const loaded = () => (globalThis as Record<string, unknown>)[which.global] as T | undefined;
  let promise = loading.get(which.file);
  if (promise === undefined) {
    promise = new Promise<T>((resolve, reject) => {
      const already = loaded();
      if (already !== undefined) return resolve(already);
      const script = document.createElement('script');
      script.src = new URL(which.file, scriptSrc).href;
      script.onload = () => {
        const value = loaded();
        if (value !== undefined) resolve(value);
        else reject(new Error(`${script.src} ran but did not define ${which.global}`));
      };
      script.onerror = () => reject(new Error(`${script.src} could not be loaded`));
      document.head.append(script);
    });
    loading.set(which.file, promise);
  }
  return promise as Promise<T>;
}

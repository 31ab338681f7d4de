/**
 * Registers the service worker that keeps the app working offline after the first visit
 * (dist/sw.js, written by the build with the list of files to keep). Only a production build
 * served over http(s) has one: the dev server's modules change on every save, and a page
 * opened from disk cannot register a worker.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !location.protocol.startsWith('http')) return;
  if (!('serviceWorker' in navigator)) return;
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('Paxoscope works online only here: the offline worker failed.', error);
    });
  });
}

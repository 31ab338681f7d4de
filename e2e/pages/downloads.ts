import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/** One script a page downloaded: its file name (without the build's content hash) and body. */
export interface Download {
  name: string;
  body: Buffer;
}

/**
 * Opens `url` and collects every script the page downloads until its network has been quiet
 * (the entry, what it imports, the chunks it loads at once, its workers), as a reader's
 * browser fetches them on a first visit.
 */
export async function scriptsDownloaded(page: Page, url: string): Promise<Download[]> {
  const pending: Promise<Download>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.endsWith('.js')) return;
    const name = path.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js');
    pending.push(response.body().then((body) => ({ name, body })));
  });
  await page.goto(url);
  await page.locator('[data-node]').first().waitFor();
  await page.waitForLoadState('networkidle');
  return Promise.all(pending);
}

/** What the downloads weigh after gzip at the level most static hosts use, in KB of 1,024 bytes. */
export function gzipKb(downloads: Download[]): number {
  return downloads.reduce((sum, { body }) => sum + gzipSync(body).length, 0) / 1024;
}

/** Debian's Chromium driven by playwright-core (no browser download: `apt-get install chromium`). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The search page's results once its search is done: titles, link paths and the status line. */
export async function searchResults(page: Page): Promise<{ titles: string[]; urls: string[]; status: string }> {
  await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
  const links = page.locator('#search-results h2 a');
  return {
    titles: await links.allInnerTexts(),
    urls: await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    status: await page.locator('#search-status').innerText(),
  };
}

/** Debian's Chromium driven by playwright-core (no browser download: `apt-get install chromium`). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type Request,
  type ViewportSize,
} from 'playwright-core';
import { plainText } from '../../src/lib/site/title-text.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
      // One renderer process for every page: a test's pages need no process of their own.
      '--renderer-process-limit=1',
      '--disable-site-isolation-trials',
      // Pagefind's WebAssembly runs briefly per page: its baseline compile is enough.
      '--js-flags=--no-wasm-tier-up',
    ],
  });
}

/**
 * Pages in one profile without the service worker (which would cache the whole site in the
 * background), for tests that need no fresh profile. Starting a renderer process is the costliest
 * part of opening a page, and a profile's renderer lives only while one of its pages is open: an
 * idle page keeps it.
 */
export function sharedProfile(browser: () => Browser): (viewport?: ViewportSize) => Promise<Page> {
  let profile: Promise<BrowserContext> | undefined;
  const open = async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    await context.newPage();
    return context;
  };
  return async (viewport) => {
    profile ??= open();
    const page = await (await profile).newPage();
    if (viewport) await page.setViewportSize(viewport);
    return page;
  };
}

/**
 * The search page's results once its search is done: titles (as text, the way the terminal
 * prints them, whether their math is typeset yet or not), link paths and the status line.
 */
export async function searchResults(page: Page): Promise<{ titles: string[]; urls: string[]; status: string }> {
  await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
  const links = page.locator('#search-results h2 a');
  // A typeset formula keeps its TeX as its annotation: the title as written, then as text.
  const written = await links.evaluateAll((anchors) =>
    anchors.map((anchor) =>
      [...anchor.childNodes]
        .map((node) =>
          node instanceof Element && node.classList.contains('katex')
            ? `$${node.querySelector('annotation')?.textContent ?? ''}$`
            : (node.textContent ?? ''),
        )
        .join('')
        .trim(),
    ),
  );
  return {
    titles: written.map(plainText),
    urls: await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    status: await page.locator('#search-status').innerText(),
  };
}

/** What axe finds wrong with an open page: every rule, or only `rules`. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern; once a document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (rules) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const { axe } = window as unknown as { axe: { run(options: object): Promise<Result> } };
    // Violations only: what passed is not collected node by node.
    // By default every rule axe runs (best practices included), and the complementary landmark's, off
    // since axe deprecated it: a side column inside a region still nests in a list of landmarks.
    const everyRule = { rules: { 'landmark-complementary-is-top-level': { enabled: true } } };
    const result = await axe.run({ resultTypes: ['violations'], ...(rules ? { runOnly: rules } : everyRule) });
    return result.violations.map(
      ({ id, nodes }) =>
        `${id}: ${nodes
          .slice(0, 3)
          .map(({ target }) => target.join(' '))
          .join(', ')}`,
    );
  }, rules);
}

/**
 * The site's dark scheme changes colours only, so in dark only axe's colour rules can find more:
 * every rule runs in light, the colour rules again in dark.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What axe finds wrong with an open page in light and in dark (prefixed "dark:"); light is left on. */
export async function axeViolationsLightAndDark(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await axeViolations(page, COLOUR_RULES)).map((violation) => `dark: ${violation}`);
  await page.emulateMedia({ colorScheme: 'light' });
  return [...(await axeViolations(page)), ...dark];
}

/**
 * The role and name Chromium's own accessibility tree gives the first element `selector` matches:
 * what a screen reader is told (Playwright's ARIA snapshots compute their own).
 */
export async function chromiumAccessibleNode(page: Page, selector: string): Promise<{ role: string; name: string }> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await session.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return { role: String(nodes[0]?.role?.value ?? ''), name: String(nodes[0]?.name?.value ?? '') };
  } finally {
    await session.detach();
  }
}

/**
 * Opens a row (by `press`, else a click) and waits until its script is done with it: its paper's
 * page read or failed to load, and the abstract shown whole or left as built.
 */
export async function openRow(row: Locator, press?: string): Promise<Locator> {
  const page = row.page();
  const path = `/papers/${(await row.getAttribute('data-slug')) ?? ''}/`;
  const ofPaper = (request: Request) => new URL(request.url()).pathname.endsWith(path);
  const summary = row.locator('summary');
  const settled = Promise.any([
    page.waitForEvent('requestfinished', ofPaper),
    page.waitForEvent('requestfailed', ofPaper),
  ]);
  await (press ? summary.press(press) : summary.click());
  await settled;
  await row.locator('.row-abstract:not([aria-busy])').waitFor();
  return row.locator('.row-abstract');
}

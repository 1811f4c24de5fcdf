/**
 * What a list page keeps for its tab while the reader follows one of its papers: back on the
 * page, which is loaded afresh, `restore` gets what `read` gave as the page was left (nothing is
 * kept when `read` gives undefined). Only Back and Forward restore: a page opened anew starts new.
 */
export function keepForBack(key: string, read: () => string | undefined, restore: (kept: string) => void): void {
  addEventListener('pagehide', () => {
    const value = read();
    try {
      if (value === undefined) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch {
      // Storage refused (a private mode): the page starts as on a first visit.
    }
  });
  let kept: string | null = null;
  try {
    kept = sessionStorage.getItem(key);
  } catch {
    // As above.
  }
  const navigation = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
  if (kept !== null && navigation === 'back_forward') restore(kept);
}

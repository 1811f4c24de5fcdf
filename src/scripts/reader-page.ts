// The reader's own state on every page (src/lib/reader/): this page view counted towards
// "new since your last visit", Save toggles, muted topics hidden, and new papers marked.
import { afterPageView } from '../lib/reader/visits.ts';
import { hideMuted, showMutes, wireMuteToggles } from './muted-lists.ts';
import { markNewPapers, newestListedOnPage } from './new-marks.ts';
import { onOtherTabChange, readState, updateState } from './reader-storage.ts';
import { wireSaveToggles } from './save-toggles.ts';

const state = updateState(
  (stored) => ({ ...stored, visit: afterPageView(stored.visit, Date.now(), newestListedOnPage()) }),
  false,
);
wireSaveToggles(document);
wireMuteToggles();
hideMuted(state.muted);
// A day's list filtered by another topic counts the hidden papers of that topic.
addEventListener('hashchange', () => hideMuted(readState().muted));
// Another tab muted or unmuted a topic (not only counted a page view): this page follows.
let mutedShown = state.muted.map(({ slug }) => slug).join(' ');
onOtherTabChange(({ muted }) => {
  const now = muted.map(({ slug }) => slug).join(' ');
  if (now === mutedShown) return;
  mutedShown = now;
  showMutes(muted);
});
markNewPapers(state.visit);

/**
 * The search page: Pagefind in the browser. The query, filters and sort live in the URL, so a
 * search can be bookmarked, shared and reloaded. Results are copies of the pages' paper card
 * (a template), filled in as DOM text: never parsed as HTML, but for a title's math, typeset by
 * the function the pages are built with.
 */
import { groupedCount, plural } from '../lib/common/text.ts';
import { createUrls } from '../lib/site/urls.ts';
import { cardTags, type LabelTag } from '../lib/site/paper-card.ts';
import {
  asksForFilters,
  asksForPapers,
  CODE_FILTER,
  historyStep,
  foundMessage,
  noMatchMessage,
  partialMatchMessage,
  pagefindOptions,
  parseSearchParams,
  resolveLabels,
  sortApplied,
  toSearchParams,
  unknownLabelsNotice,
  type FilterNames,
  type PagefindResultData,
  type SearchState,
  type SearchTrigger,
} from '../lib/search/query.ts';
import { keptView, type KeptView } from '../lib/search/kept-view.ts';
import { resultCard } from '../lib/search/result-card.ts';
import { wireSaveToggles } from './save-toggles.ts';
import { typesetTitle } from './typeset-title.ts';
import {
  openShardedSearch,
  parseShardList,
  SHARDS_FILE,
  type PagefindModule,
  type SearchOutcome,
  type ShardedSearch,
} from '../lib/search/sharded-search.ts';

const PAGE_SIZE = 20;

const form = document.querySelector<HTMLFormElement>('#search-form') as HTMLFormElement;
const input = document.querySelector<HTMLInputElement>('#search-query') as HTMLInputElement;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort') as HTMLSelectElement;
const status = document.querySelector<HTMLElement>('#search-status') as HTMLElement;
const list = document.querySelector<HTMLOListElement>('#search-results') as HTMLOListElement;
const more = document.querySelector<HTMLButtonElement>('#search-more') as HTMLButtonElement;
const codeBox = form.querySelector<HTMLInputElement>(`input[name=${CODE_FILTER}]`) as HTMLInputElement;
const filtersPanel = form.querySelector<HTMLDetailsElement>('details.filters') as HTMLDetailsElement;
const base = form.dataset.base ?? '/';
const urls = createUrls(base);
const checkboxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=${name}]`)];
const namesOf = (filter: string) =>
  new Map(checkboxes(filter).map((box) => [box.value, box.dataset.name ?? box.value]));
const names: FilterNames = {
  areas: namesOf('area'),
  topics: namesOf('topic'),
  years: checkboxes('year').map((box) => box.value),
};
const bySlug = (labels: ReadonlyMap<string, string>) => new Map([...labels].map(([slug, name]) => [name, slug]));
const slugs = { areas: bySlug(names.areas), topics: bySlug(names.topics) };

let pagefind: Promise<ShardedSearch> | undefined;
function loadPagefind(): Promise<ShardedSearch> {
  pagefind ??= (async () => {
    // Revalidated at every page load: it names the current build's shards.
    const response = await fetch(`${base}pagefind/${SHARDS_FILE}`, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${response.status} fetching ${SHARDS_FILE}`);
    return openShardedSearch(parseShardList(await response.json()), {
      baseUrl: base,
      shardUrl: (name) => `${base}pagefind/${name}/`,
      importPagefind: async (name) =>
        (await import(/* @vite-ignore */ `${base}pagefind/${name}/pagefind.js`)) as PagefindModule,
    });
  })();
  return pagefind;
}

function readForm(): SearchState {
  return parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

const relevanceChoice = sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
const dateChoice = sortSelect.querySelector<HTMLOptionElement>('option[value="date"]');
const relevanceLabel = relevanceChoice?.textContent ?? '';

/**
 * The sort menu says the order the results come in (sortApplied): without words, "Relevance" is
 * newest first, so it reads so, and only one of it and "Newest first" is in the menu (the one
 * chosen): a hidden option is still an option. `sort`: the choice to select, the current one by default.
 */
function labelSortChoices(sort = sortSelect.value): void {
  if (!relevanceChoice || !dateChoice) return;
  const withoutWords = sortApplied({ sort: 'relevance', query: input.value.trim() }) !== 'relevance';
  relevanceChoice.textContent = withoutWords
    ? (relevanceChoice.dataset.withoutWords ?? relevanceLabel)
    : relevanceLabel;
  if (!relevanceChoice.isConnected) sortSelect.prepend(relevanceChoice);
  if (!dateChoice.isConnected) relevanceChoice.after(dateChoice);
  sortSelect.value = sort;
  if (withoutWords) (sort === 'date' ? relevanceChoice : dateChoice).remove();
}

function writeForm(state: SearchState): void {
  input.value = state.query;
  labelSortChoices(state.sort);
  for (const box of checkboxes('area')) box.checked = state.areas.includes(box.value);
  for (const box of checkboxes('topic')) box.checked = state.topics.includes(box.value);
  for (const box of checkboxes('year')) box.checked = state.years.includes(box.value);
  codeBox.checked = state.hasCode;
  if (asksForFilters(state)) form.querySelector('details')?.setAttribute('open', '');
}

/** Each filter choice's count: its filter, its value in Pagefind, and the site's count. */
const facetCounts = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].flatMap((box) => {
  const count = box.parentElement?.querySelector<HTMLElement>('.count');
  if (!count) return [];
  // Area and topic filters hold names; the boxes, slugs.
  const labels = box.name === 'area' ? names.areas : box.name === 'topic' ? names.topics : undefined;
  const value = labels?.get(box.value) ?? box.value;
  return [{ count, filter: box.name, value, site: count.dataset.siteCount ?? '' }];
});

/**
 * The filter choices' counts: the search's (Pagefind's for its words and filters), or the site's.
 * `data-counts` on the panel says whether they are the shown search's ("done"), or wait for the
 * panel to open ("stale": counting loads every shard's filters, which a closed panel does not need).
 */
function showFacets(facets: SearchOutcome['facets'] | undefined): void {
  for (const { count, filter, value, site } of facetCounts) {
    count.textContent = `(${groupedCount(facets ? (facets[filter]?.[value] ?? 0) : Number(site))})`;
  }
  filtersPanel.dataset.counts = 'done';
}

/** Counts the shown search's papers by filter, for a panel opened after it was shown. */
async function countShownSearch(): Promise<void> {
  const [state, address] = [shownState, shownAddress];
  if (!state || filtersPanel.dataset.counts !== 'stale') return;
  filtersPanel.dataset.counts = 'pending';
  try {
    const search = await loadPagefind();
    const { facets } = await search.search(state.query || null, pagefindOptions(state, names), state.years, true);
    if (address === shownAddress) showFacets(facets);
  } catch {
    // The counts stay as they were: the next search reports an index that cannot be loaded.
    if (address === shownAddress) filtersPanel.dataset.counts = 'stale';
  }
}

const resultTemplate = (document.querySelector<HTMLTemplateElement>('#result-card') as HTMLTemplateElement).content;

/** A part of a result card: the template has every part. */
function part<E extends Element = HTMLElement>(within: ParentNode, selector: string): E {
  const found = within.querySelector<E>(selector);
  if (!found) throw new Error(`The result card has no ${selector}`);
  return found;
}

/** Removes a part of the card's facts line with the " · " before it. */
function removeFact(element: Element): void {
  element.previousSibling?.remove();
  element.remove();
}

/** A date part of the card ("listed …", "published …"): its day, or removed when the index has none. */
function fillDate(element: HTMLElement, isoDate: string, label: string, href?: string): void {
  if (!isoDate) return removeFact(element);
  const time = part<HTMLTimeElement>(element, 'time');
  time.dateTime = isoDate;
  time.textContent = label;
  if (href !== undefined && element instanceof HTMLAnchorElement) element.href = href;
}

/** A result as the pages show a paper: a copy of their card, filled in as text; `query`: the words searched for. */
function renderResult(data: PagefindResultData, query: string): Element {
  const {
    url,
    title,
    mathTitle,
    date,
    dateLabel,
    listed,
    listedLabel,
    listedUrl,
    upvotes,
    byline,
    code,
    area,
    topics,
    excerpt,
    reader,
  } = resultCard(data, urls, slugs, query);
  const card = part<HTMLLIElement>(resultTemplate.cloneNode(true) as DocumentFragment, '.paper-item');
  const titleLink = part<HTMLAnchorElement>(card, ':is(h2, h3) > a');
  titleLink.href = url;
  titleLink.textContent = title;
  if (mathTitle !== undefined) void typesetTitle(titleLink, mathTitle);
  fillDate(part(card, '.listed'), listed ?? '', listedLabel ?? '', listedUrl);
  fillDate(part(card, '.published'), date, dateLabel);
  part(card, '.upvotes').textContent = plural(upvotes, 'upvote');
  const names = part(card, '.byline');
  const codeLink = part<HTMLAnchorElement>(card, '.code');
  const stars = part(card, '.stars');
  if (byline === undefined) removeFact(names);
  else names.textContent = byline;
  if (code === undefined) {
    stars.remove();
    removeFact(codeLink);
  } else {
    codeLink.href = code.url;
    if (code.stars === undefined) stars.remove();
    else stars.textContent = ` (${plural(code.stars, 'star')})`;
  }
  const tags = part(card, '.tags');
  const areaTag = part<HTMLLIElement>(tags, '.area');
  const tag = part<HTMLLIElement>(tags, 'li:not(.area)');
  const filled = (item: HTMLLIElement, { name, url: tagUrl }: LabelTag) => {
    const link = part<HTMLAnchorElement>(item, 'a');
    link.textContent = name;
    if (tagUrl) link.href = tagUrl;
    else link.removeAttribute('href');
    return item;
  };
  tags.replaceChildren(
    ...cardTags(area, topics).map((label) =>
      label === area ? filled(areaTag, label) : filled(tag.cloneNode(true) as HTMLLIElement, label),
    ),
  );
  if (!area && topics.length === 0) tags.remove();
  if (reader === undefined) part(card, '.reader-actions').remove();
  else {
    Object.assign(card.dataset, reader);
    part(card, '.save-title').textContent = title;
  }
  part(card, '.summary').replaceChildren(
    ...excerpt.map(({ text, marked }) => {
      if (!marked) return text;
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    }),
  );
  return card;
}

let generation = 0;
/** Whether the history entry shown holds a finished search (see historyStep). */
let entryFinished = true;
/** The address whose search the list shows, once it is shown (with what "More" added since). */
let shownAddress: string | undefined;
let shownState: SearchState | undefined;
const currentAddress = () => location.search || location.pathname;
async function run(asked: SearchState, how: SearchTrigger = 'typed'): Promise<void> {
  // An area or topic named by its name or in another case is found; one the site does not have
  // (an old link, a renamed one) is left out, and said so.
  const { state, unknown } = resolveLabels(asked, names);
  const notice = unknownLabelsNotice(unknown);
  const params = toSearchParams(state).toString();
  const address = params ? `?${params}` : location.pathname;
  // Nothing changed (the search box losing focus fires `change`): keep the results, and what
  // "More" added or is adding.
  if (how === 'typed' && address === shownAddress) {
    list.dataset.state = 'done';
    return;
  }
  const mine = ++generation;
  list.dataset.state = 'pending';
  const step = historyStep(entryFinished, how, address !== currentAddress(), shownAddress === currentAddress());
  if (step.action === 'push') history.pushState(null, '', address);
  else if (step.action === 'replace') history.replaceState(null, '', address);
  entryFinished = step.entryFinished;
  shownAddress = undefined;
  shownState = undefined;
  if (!asksForPapers(state)) {
    list.replaceChildren();
    more.hidden = true;
    showFacets(undefined);
    status.textContent = `Type words to search titles, authors and abstracts, or choose a filter.${notice}`;
    [shownAddress, shownState] = [address, state];
    list.dataset.state = 'done';
    return;
  }
  status.textContent = 'Searching…';
  let outcome: SearchOutcome;
  const opened = loadPagefind();
  try {
    const search = await opened;
    const query = state.query || null;
    outcome = await search.search(query, pagefindOptions(state, names), state.years, filtersPanel.open);
  } catch {
    // Try again next time, with a fresh Pagefind: a shard that failed to load stays broken in it.
    // (Only this search's: a newer search may have opened another.)
    void opened.then(
      (search) => search.close(),
      () => {},
    );
    if (pagefind === opened) pagefind = undefined;
    if (mine !== generation) return;
    list.replaceChildren();
    more.hidden = true;
    showFacets(undefined);
    status.textContent =
      'The search index could not be loaded. Are you offline on a first visit? Browse by date or topic instead.';
    list.dataset.state = 'done';
    return;
  }
  if (mine !== generation) return;
  const { pager: results, facets } = outcome;
  if (facets) showFacets(facets);
  else filtersPanel.dataset.counts = 'stale';
  const found = (shown: number) => {
    const counted = results.total === 0 ? noMatchMessage(state) : foundMessage(results.total, shown, state, names);
    return `${outcome.partial ? `${partialMatchMessage(state)} ` : ''}${counted}${notice}`;
  };
  // The old results stay until the new ones replace them: the page does not jump in between.
  list.replaceChildren();
  let shown = 0;
  let unavailable = 0;
  /** `focusFirst`: asked for by the "More" button, which may hide: focus goes to the first new result. */
  const showMore = async (focusFirst = false) => {
    const batch = await results.next(PAGE_SIZE);
    if (mine !== generation) return;
    const firstNew = list.children.length;
    // Offline, a result whose details were never downloaded cannot be shown: skip it, count it.
    for (const loaded of batch) {
      if (loaded.ok) list.append(renderResult(loaded.value, state.query));
      else unavailable++;
    }
    wireSaveToggles(list);
    shown += batch.length;
    more.hidden = shown >= results.total;
    if (focusFirst) {
      const first = list.children[firstNew]?.querySelector('a');
      // None could be shown (offline) and the button hid: focus goes to the status that says so.
      if (first) first.focus();
      else if (more.hidden) status.focus();
    }
    const said = found(list.children.length);
    status.textContent = unavailable > 0 ? `${said} ${unavailable} of them cannot be shown offline.` : said;
  };
  more.onclick = () => void showMore(true).then(keepView);
  await showMore();
  if (mine !== generation) return;
  // Back from a paper: the results "More" had shown, and the place on the page.
  const kept = how === 'restored' ? keptView(history.state) : undefined;
  if (kept) {
    while (list.children.length < kept.shown && !more.hidden) {
      await showMore();
      if (mine !== generation) return;
    }
    window.scrollTo(0, kept.scrollY);
  }
  // For scripts and tests: the results shown are those of the URL's search.
  [shownAddress, shownState] = [address, state];
  list.dataset.state = 'done';
  if (filtersPanel.open) void countShownSearch();
}

// The page puts the reader back where they were itself (keepView), once the results are there.
history.scrollRestoration = 'manual';
let keepTimer: ReturnType<typeof setTimeout> | undefined;
/** Keeps in the history entry how many results are shown and where the page is (see keptView). */
function keepView(): void {
  clearTimeout(keepTimer);
  keepTimer = setTimeout(() => {
    if (shownAddress !== currentAddress()) return;
    const view: KeptView = { shown: list.children.length, scrollY: Math.round(window.scrollY) };
    history.replaceState(view, '');
  }, 200);
}
window.addEventListener('scroll', keepView, { passive: true });

let timer: ReturnType<typeof setTimeout> | undefined;
const runSoon = () => {
  list.dataset.state = 'pending';
  clearTimeout(timer);
  timer = setTimeout(() => void run(readForm()), 200);
};
/** A committed change (Enter, a filter ticked, a sort chosen): searched at once, as its own history entry. */
const runNow = () => {
  clearTimeout(timer);
  list.dataset.state = 'pending';
  void run(readForm(), 'submitted');
};

/**
 * Runs the search the address holds, its form filled first: an area or a topic given by name is
 * ticked as the label it names, so that the next change keeps it.
 */
function restore(): void {
  const asked = parseSearchParams(new URLSearchParams(location.search));
  writeForm(resolveLabels(asked, names).state);
  void run(asked, 'restored');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  runNow();
});
// Back and Forward: the search the address holds (a jump within the page, to #main, changes none).
window.addEventListener('popstate', () => {
  if (currentAddress() === shownAddress) return;
  clearTimeout(timer);
  restore();
});
// Typing refines a search; a checkbox or the sort commits one.
filtersPanel.addEventListener('toggle', () => {
  if (filtersPanel.open) void countShownSearch();
});
form.addEventListener('input', (event) => {
  if (event.target === input) runSoon();
  labelSortChoices();
});
form.addEventListener('change', (event) => {
  if (event.target === input) runSoon();
  else runNow();
});

restore();

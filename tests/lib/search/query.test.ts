import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  asksForPapers,
  foundMessage,
  historyStep,
  labelSlug,
  hasWords,
  noMatchMessage,
  partialMatchMessage,
  pagefindOptions,
  parseSearchParams,
  resolveLabels,
  sortApplied,
  toSearchParams,
  unknownLabelsNotice,
} from '../../../src/lib/search/query.ts';

test('search state round-trips through the URL; defaults stay out of it', () => {
  const state = {
    query: 'graph pooling',
    areas: ['machine-learning'],
    topics: ['graph-neural-networks', 'theory'],
    years: ['2024'],
    sort: 'upvotes' as const,
    hasCode: false,
  };
  assert.equal(
    toSearchParams(state).toString(),
    'q=graph+pooling&area=machine-learning&topic=graph-neural-networks&topic=theory&year=2024&sort=upvotes',
  );
  assert.deepEqual(parseSearchParams(toSearchParams(state)), state);
  assert.equal(
    toSearchParams({
      query: 'x',
      areas: [],
      topics: [],
      years: [],
      sort: 'relevance',
      hasCode: false,
    }).toString(),
    'q=x',
  );
  // Every year is searched by default: an address from when it was not (`years=all`) means the same.
  assert.deepEqual(
    parseSearchParams(new URLSearchParams('q=x&years=all')),
    parseSearchParams(new URLSearchParams('q=x')),
  );
});

test('malformed URL values are dropped, not passed on; areas and topics are kept as given', () => {
  const state = parseSearchParams(
    new URLSearchParams(
      `q=%20a%20&area=A+B&area=ml&area=&topic=<script>&topic=ok&topic=${'x'.repeat(101)}&year=20244&year=2023&sort=evil&years=some`,
    ),
  );
  assert.deepEqual(state, {
    query: 'a',
    areas: ['A B', 'ml'],
    topics: ['<script>', 'ok'],
    years: ['2023'],
    sort: 'relevance',
    hasCode: false,
  });
  assert.equal(parseSearchParams(new URLSearchParams('code=1')).hasCode, false);
});

test('an area or a topic is found by its slug or its name, in any case and with any dash; one the site lacks is named', () => {
  const names = {
    areas: new Map([['vision', 'Computer Vision']]),
    topics: new Map([
      ['speech-audio', 'Speech & Audio'],
      ['kan', 'Kolmogorov–Arnold Networks'],
    ]),
  };
  assert.equal(labelSlug('vision', names.areas), 'vision');
  assert.equal(labelSlug('kolmogorov-arnold  networks', names.topics), 'kan', 'typed with a hyphen and two spaces');
  assert.equal(labelSlug(' computer vision ', names.areas), 'vision');
  assert.equal(labelSlug('Speech-Audio', names.topics), 'speech-audio');
  assert.equal(labelSlug('Astronomy', names.areas), undefined);
  const asked = parseSearchParams(
    new URLSearchParams('area=Computer+Vision&topic=Speech-Audio&topic=speech+%26+audio&topic=Nope'),
  );
  assert.deepEqual(resolveLabels(asked, names), {
    state: { ...asked, areas: ['vision'], topics: ['speech-audio'] },
    unknown: { areas: [], topics: ['Nope'], years: [] },
  });
  assert.equal(
    unknownLabelsNotice({ areas: ['a'], topics: ['Nope', 'x'], years: [] }),
    ' There is no area “a”: searched without it. There is no topic “Nope”, “x”: searched without it.',
  );
  assert.equal(unknownLabelsNotice({ areas: [], topics: [], years: [] }), '');
});

test('a year the site has no paper of is left out of the search and named, as an unknown topic is', () => {
  const names = { areas: new Map(), topics: new Map(), years: ['2025', '2026'] };
  const asked = parseSearchParams(new URLSearchParams('q=mamba&year=1999&year=2025'));
  assert.deepEqual(resolveLabels(asked, names), {
    state: { ...asked, years: ['2025'] },
    unknown: { areas: [], topics: [], years: ['1999'] },
  });
  assert.equal(
    unknownLabelsNotice({ areas: [], topics: [], years: ['1999'] }),
    ' There are no papers from 1999: searched without that year.',
  );
  assert.equal(
    unknownLabelsNotice({ areas: [], topics: [], years: ['1998', '1999'] }),
    ' There are no papers from 1998, 1999: searched without those years.',
  );
  // Years not known: kept as asked.
  assert.deepEqual(resolveLabels(asked, { areas: new Map(), topics: new Map() }).state.years, ['1999', '2025']);
});

test('without words, relevance is newest first; any other sort is itself', () => {
  assert.equal(sortApplied({ sort: 'relevance', query: '' }), 'date');
  assert.equal(sortApplied({ sort: 'relevance', query: 'speech' }), 'relevance');
  assert.equal(sortApplied({ sort: 'upvotes', query: '' }), 'upvotes');
});

test('Pagefind options: area and topic names for slugs, any-of filters, descending sorts', () => {
  const names = {
    areas: new Map([['machine-learning', 'Machine Learning']]),
    topics: new Map([['theory', 'Learning Theory']]),
  };
  assert.deepEqual(
    pagefindOptions(
      {
        query: 'x',
        areas: ['machine-learning', 'lost'],
        topics: ['theory', 'unknown'],
        years: ['2024'],
        sort: 'date',
        hasCode: false,
      },
      names,
    ),
    {
      filters: { area: { any: ['Machine Learning'] }, topic: { any: ['Learning Theory'] }, year: { any: ['2024'] } },
      sort: { date: 'desc' },
    },
  );
  assert.deepEqual(
    pagefindOptions({ query: 'x', areas: [], topics: [], years: [], sort: 'relevance', hasCode: false }, names),
    {
      filters: {},
    },
  );
  // Filters alone have no relevance: newest first, whatever the other sorts.
  assert.deepEqual(
    pagefindOptions({ query: '', areas: [], topics: ['theory'], years: [], sort: 'relevance', hasCode: false }, names),
    {
      filters: { topic: { any: ['Learning Theory'] } },
      sort: { date: 'desc' },
    },
  );
  assert.deepEqual(
    pagefindOptions({ query: '', areas: [], topics: ['theory'], years: [], sort: 'upvotes', hasCode: false }, names)
      .sort,
    { upvotes: 'desc' },
  );
});

test('the code filter: `code=yes` in the address, the `code` filter in Pagefind, and a search of its own', () => {
  const state = { query: '', areas: [], topics: [], years: [], sort: 'relevance' as const, hasCode: true };
  assert.equal(toSearchParams(state).toString(), 'code=yes');
  assert.deepEqual(parseSearchParams(toSearchParams(state)), state);
  assert.deepEqual(pagefindOptions(state, { areas: new Map(), topics: new Map() }), {
    filters: { code: { any: ['yes'] } },
    sort: { date: 'desc' },
  });
  assert.equal(asksForPapers(state), true);
  assert.equal(asksForPapers({ ...state, hasCode: false }), false);
  assert.equal(asksForPapers({ ...state, hasCode: false, query: 'x' }), true);
  assert.equal(asksForPapers({ ...state, hasCode: false, years: ['2024'] }), true);
  assert.equal(asksForPapers({ ...state, hasCode: false, areas: ['vision'] }), true);
});

test('history: a new search after a finished one is a new entry; typing refines its own entry; restoring only tidies', () => {
  // On a finished search, the reader types: a new entry, then each refinement replaces it.
  assert.deepEqual(historyStep(true, 'typed', true), { action: 'push', entryFinished: false });
  assert.deepEqual(historyStep(false, 'typed', true), { action: 'replace', entryFinished: false });
  // Enter on what was typed finishes that entry; Enter on a finished search with a new address pushes.
  assert.deepEqual(historyStep(false, 'submitted', false), { action: 'none', entryFinished: true });
  assert.deepEqual(historyStep(false, 'submitted', true), { action: 'replace', entryFinished: true });
  assert.deepEqual(historyStep(true, 'submitted', true), { action: 'push', entryFinished: true });
  // A filter ticked or a sort chosen after a typed search was shown: the typed search keeps its entry.
  assert.deepEqual(historyStep(false, 'submitted', true, true), { action: 'push', entryFinished: true });
  assert.deepEqual(historyStep(false, 'typed', true, true), { action: 'replace', entryFinished: false });
  // Loaded or returned to: the address is tidied in place, and the entry is finished.
  assert.deepEqual(historyStep(true, 'restored', true), { action: 'replace', entryFinished: true });
  assert.deepEqual(historyStep(false, 'restored', false), { action: 'none', entryFinished: true });
  // Typing that changes nothing (a space) leaves a finished entry finished.
  assert.deepEqual(historyStep(true, 'typed', false), { action: 'none', entryFinished: true });
});

test('a search that lists papers with all words but one says so', () => {
  assert.equal(
    partialMatchMessage(parseSearchParams(new URLSearchParams('q=kolmogorov+xyzzy'))),
    'No paper has every word of “kolmogorov xyzzy”; these have all but one.',
  );
  // With a filter, papers with every word may exist outside it: the message says whose.
  assert.equal(
    partialMatchMessage(parseSearchParams(new URLSearchParams('q=streaming+speech&year=2025'))),
    'No paper with these filters has every word of “streaming speech”; these have all but one.',
  );
});

test('a search that finds papers says how many, in which filters, and how many are shown while fewer', () => {
  const names = { areas: new Map([['vision', 'Computer Vision']]), topics: new Map([['3d-vision', '3D Vision']]) };
  const state = parseSearchParams(new URLSearchParams('q=nerf'));
  assert.equal(foundMessage(12, 12, state, names), '12 papers found.');
  assert.equal(foundMessage(1, 1, state, names), '1 paper found.');
  assert.equal(foundMessage(1346, 60, state, names), '1,346 papers found, 60 shown.');
  assert.equal(
    foundMessage(35, 20, { ...state, areas: ['vision'], topics: ['3d-vision'], years: ['2025'], hasCode: true }, names),
    '35 papers with code found in Computer Vision (area), 3D Vision, 2025, 20 shown.',
  );
});

test('a search that finds nothing says what was searched, and what to try', () => {
  const state = parseSearchParams(new URLSearchParams('q=xyzzyqwerty'));
  assert.equal(noMatchMessage(state), 'No papers match “xyzzyqwerty”. Check the spelling, use fewer words.');
  assert.equal(
    noMatchMessage({ ...state, years: ['2019'] }),
    'No papers match “xyzzyqwerty” with these filters. Check the spelling, use fewer words, or clear filters.',
  );
  assert.equal(
    noMatchMessage({ ...state, query: '', hasCode: true }),
    'No papers match with these filters. Clear a filter.',
  );
});

test('a query of quotes or symbols alone is said to have no words, not to be misspelt', () => {
  for (const query of ["'", '"', '“ ”', '-- + ?']) {
    assert.equal(hasWords(query), false, query);
    assert.equal(
      noMatchMessage(parseSearchParams(new URLSearchParams({ q: query }))),
      `“${query}” has no words to search for: type words with letters or digits.`,
    );
  }
  assert.equal(
    noMatchMessage(parseSearchParams(new URLSearchParams({ q: '"', topic: 'asr' }))),
    '“"” has no words to search for: type words with letters or digits, or clear the box to list the filters’ papers.',
  );
  // Letters or digits among the symbols are words, and so is a formula read as a title's.
  for (const query of ['c++', '"x"', '<b>', '$\\ell_2$', '2024']) assert.equal(hasWords(query), true, query);
});

/**
 * A paper card's markup (src/components/PaperList.astro, the search page's result template), and
 * the tags and Save toggle it shares with paper pages. A site lists each paper on many pages (its
 * day, week, month, area and topics, other papers' related lists), so a card is written here as a
 * string rather than through four Astro components, whose per-component cost showed in every
 * build (bench/HISTORY.md). Escaping follows Astro's: text escapes `& < > ' "`, attributes `& "`.
 */
import { escape as escapeText } from 'html-escaper';
import { groupedCount, plural } from '../common/text.ts';
import { saveToggleWord } from '../reader/saved-list.ts';
import { cardTags, type CardFacts, type LabelTag } from './paper-card.ts';
import { typesetTitleLabel } from './title-text.ts';

export interface CardOptions {
  /** Heading level of the title inside its list. */
  headingLevel?: 2 | 3;
  /** Link the day it was listed (not on that day's own page; a row shows it before its tags). */
  showDate?: boolean;
  /**
   * A row to scan, for lists of many papers (a day's, a week's, a topic's): title, upvotes and
   * topics, and the summary's first line, which opens in place to the rest with the authors and code.
   */
  compact?: boolean;
}

/** An attribute as Astro writes it: left out when undefined, bare when empty. */
function attribute(name: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return text === '' ? ` ${name}` : ` ${name}="${text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}

const link = ({ name, url }: LabelTag) => `<a${attribute('href', url)}>${escapeText(name)}</a>`;

/** A list of topic tags, the area first when given (a card's; a paper page names its area apart). */
export function labelTagsHtml(
  topics: readonly LabelTag[],
  area?: LabelTag | undefined,
  label = area ? 'Area and topics' : 'Topics',
): string {
  if (!area && topics.length === 0) return '';
  const items = cardTags(area, topics).map((tag) =>
    tag === area ? `<li class="area">${link(tag)}</li>` : `<li>${link(tag)}</li>`,
  );
  return `<ul class="tags"${attribute('aria-label', label)}> ${items.join(' ')} </ul>`;
}

/**
 * A Save toggle, named after its paper (a page has many). Hidden until src/scripts/reader-page.ts
 * wires it: without script it would do nothing. Its name stays "Save <title>" and `aria-pressed`
 * says its state; the word shown, which changes, is left out of the name so the state is not said twice.
 */
export function saveToggleHtml(title: string): string {
  return `<button type="button" class="save-toggle" aria-pressed="false" hidden><span class="save-word" aria-hidden="true">${saveToggleWord(false)}</span><span class="visually-hidden">Save <span class="save-title">${escapeText(title)}</span></span></button>`;
}

function codeHtml({ url, stars }: NonNullable<CardFacts['code']>): string {
  const count = stars === undefined ? '' : `<span class="stars"> (${plural(stars, 'star')})</span>`;
  return `<a class="code"${attribute('href', url)} rel="noopener noreferrer">Code</a>${count}`;
}

const time = (datetime: string | undefined, label: string | undefined) =>
  `<time${attribute('datetime', datetime)}>${escapeText(label ?? '')}</time>`;

/** A row's upvotes, whose word a phone leaves to screen readers (src/styles/global.css). */
const rowUpvotes = (upvotes: number) =>
  `<span class="upvotes">${groupedCount(upvotes)}<span class="upvote-word"> ${upvotes === 1 ? 'upvote' : 'upvotes'}</span></span>`;

/**
 * A row's abstract, opened in place: its disclosure shows the summary's first line but is named
 * for its paper ("Abstract of …"; the line would make a screen reader read a long button), and
 * opens to the whole summary and a link to the whole abstract, which src/scripts/row-abstracts.ts
 * replaces with the whole abstract from the paper's page. The summary is written once: a list
 * repeated on many pages carries it only where it shows. The row's facts follow.
 */
function rowAbstractHtml(url: string, title: string, summaryHtml: string, factsHtml: string): string {
  const ofPaper = `<span class="visually-hidden"> of ${escapeText(title)}</span>`;
  const fullAbstract = `<a${attribute('href', url && `${url}#abstract-heading`)}>Full abstract${ofPaper}</a>`;
  return `<details class="row-summary"> <summary><span class="row-label">Abstract${ofPaper}</span><span class="summary" aria-hidden="true">${summaryHtml}</span></summary> <div class="row-abstract"><p>${fullAbstract}</p></div> ${factsHtml} </details>`;
}

/** A card: a list item of PaperList's. */
export function paperCardHtml(
  paper: CardFacts,
  { headingLevel = 3, showDate = true, compact = false }: CardOptions = {},
): string {
  const {
    url,
    title,
    titleHtml,
    date,
    dateLabel,
    listed,
    listedLabel,
    listedUrl,
    standing,
    upvotes,
    byline,
    code,
    area,
    topics,
    summaryHtml,
    reader,
  } = paper;
  // What the reader's script reads of a card (src/scripts/save-toggles.ts, new-marks.ts, muted-lists.ts): which paper, its day, its topics, how to cite it.
  const item = (classes: string, content: string) =>
    `<li${attribute('class', classes)}${attribute('data-slug', reader?.slug)}${attribute('data-listed', reader?.listed)}${attribute('data-topics', reader?.topics)}${attribute('data-cite', reader?.cite)}> ${content} </li>`;
  const heading = `<h${headingLevel}><a${attribute('href', url)}${attribute('aria-label', typesetTitleLabel(titleHtml, title))}>${titleHtml}</a></h${headingLevel}>`;
  const upvoteCount = `<span class="upvotes">${plural(upvotes, 'upvote')}</span>`;
  const save = reader ? `<div class="reader-actions"> ${saveToggleHtml(title)}</div>` : '';
  const meta = (parts: (string | false)[]) =>
    `<p class="meta"> ${parts.filter((part) => part !== false).join(' · ')} </p>`;
  const listedDay =
    showDate &&
    listed !== undefined &&
    `<a class="listed"${attribute('href', listedUrl)}>listed ${time(listed, listedLabel)}</a>`;
  const facts = [
    standing !== undefined && `<span class="standing">#${standing.rank} of ${standing.of} that day</span>`,
    ...(compact ? [] : [upvoteCount, listedDay]),
    `<span class="published">published ${time(date, dateLabel)}</span>`,
    byline !== undefined && `<span class="byline">${escapeText(byline)}</span>`,
    code !== undefined && codeHtml(code),
  ];
  const tags = labelTagsHtml(topics, area);
  if (compact)
    return item(
      'paper-item paper-row',
      `<div class="row-head"> ${heading} ${rowUpvotes(upvotes)} ${save} </div> <div class="row-body"> ${listedDay || ''} ${tags} ${rowAbstractHtml(url, title, summaryHtml, meta(facts))} </div>`,
    );
  return item('paper-item', `${heading} ${meta(facts)} ${tags} <p class="summary">${summaryHtml}</p> ${save}`);
}

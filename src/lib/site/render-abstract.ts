/**
 * An abstract as safe HTML: its markdown (see markdown-body.ts) through remark, sanitized, then
 * math typeset by KaTeX as MathML — at build time, with no client JavaScript and no inline styles
 * (so the Content-Security-Policy needs no 'unsafe-inline'). Sanitizing is the second wall after
 * the escaping at ingest: whatever reaches the body, no script, handler or javascript: link
 * survives it.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkMath from 'remark-math';
import { abstractToMarkdown, paragraphsOf } from '../ingest/markdown-body.ts';
import { KATEX_OPTIONS } from './katex-options.ts';
import { mathLettersForBrowsers } from './math-letters.ts';

// remark-math marks math as <code class="language-math math-inline|math-display">: keep those
// classes through sanitizing so KaTeX finds the math and knows display from inline.
const schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', 'language-math', 'math-inline', 'math-display']],
  },
};

interface MarkdownNode {
  type: string;
  position?: { start: { offset?: number } };
  data?: { hProperties?: { className?: string[] } };
  children?: MarkdownNode[];
}

/**
 * Math written `$$…$$` inside a paragraph (as abstracts have it: one paragraph per line) is
 * display math, set apart on a line of its own, as its writer meant; remark-math reads it as
 * inline math unless it stands on lines of its own.
 */
function remarkDisplayMathInText() {
  return (tree: MarkdownNode, file: { value: unknown }) => {
    const source = String(file.value);
    const visit = (node: MarkdownNode) => {
      const start = node.position?.start.offset;
      if (node.type === 'inlineMath' && start !== undefined && source.startsWith('$$', start))
        node.data = { ...node.data, hProperties: { className: ['language-math', 'math-display'] } };
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

interface Element {
  type: string;
  properties?: Record<string, unknown>;
  children?: Element[];
}

/** KaTeX colours its error spans with a style attribute, which the CSP forbids: drop every style. */
function rehypeDropStyles() {
  const visit = (node: Element) => {
    if (node.properties && 'style' in node.properties) delete node.properties.style;
    node.children?.forEach(visit);
  };
  return visit;
}

/**
 * A display formula is a block of its own that scrolls sideways when wider than the page (a
 * phone's), so the prose around it keeps its width; a Tab stop, for keyboards to scroll it, which
 * src/scripts/scroll-focus.ts keeps only while it scrolls, named for what the focus is on.
 */
function rehypeScrollingDisplayMath() {
  const isDisplayMath = (node: Element) =>
    node.type === 'element' &&
    (node.properties?.className as string[] | undefined)?.includes('katex') === true &&
    node.children?.some((child) => child.properties?.display === 'block') === true;
  const visit = (node: Element) => {
    if (isDisplayMath(node))
      node.properties = {
        ...node.properties,
        className: [...((node.properties?.className as string[] | undefined) ?? []), 'math-block'],
        role: 'group',
        ariaLabel: 'Formula',
        tabIndex: 0,
        dataMayScroll: '',
      };
    else node.children?.forEach(visit);
  };
  return visit;
}

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

// Anything the pipeline could turn into more than escaped text: math and http(s) autolinks. Most
// abstracts have neither and skip the pipeline, for the same HTML (a test compares the two on
// hostile text).
const NEEDS_PIPELINE = /\$|:\/\//;

/**
 * Text escaped as the pipeline's serializer (hast-util-to-html) escapes it: `&` and `<` only, as
 * hexadecimal references. Not the site's escaper (html-escaper): the fast path must give the
 * pipeline's HTML byte for byte.
 */
function escapeAsPipeline(text: string): string {
  return text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
}

export async function renderAbstract(abstract: string): Promise<string> {
  if (!NEEDS_PIPELINE.test(abstract))
    return paragraphsOf(abstract)
      .map((paragraph) => `<p>${escapeAsPipeline(paragraph)}</p>`)
      .join('\n');
  return renderThroughPipeline(abstract);
}

/** The full pipeline, for abstracts with math or links (exported for the equivalence test). */
export async function renderThroughPipeline(abstract: string): Promise<string> {
  processor ??= createMarkdownProcessor({
    syntaxHighlight: false,
    smartypants: false, // quotes are data: no curling
    // No GFM: everything is escaped anyway, and its bare-link detection (www.…) would read the
    // escaping backslashes as part of the link. http(s) URLs are explicit <…> autolinks.
    gfm: false,
    remarkPlugins: [remarkMath, remarkDisplayMathInText],
    rehypePlugins: [
      [rehypeSanitize, schema],
      [rehypeKatex, { ...KATEX_OPTIONS, throwOnError: false }],
      rehypeDropStyles,
      rehypeScrollingDisplayMath,
    ],
  });
  const { code } = await (await processor).render(abstractToMarkdown(abstract));
  return mathLettersForBrowsers(code);
}

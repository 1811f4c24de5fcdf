/**
 * KaTeX's options wherever dump math is typeset (abstracts and titles): MathML only, and sizes
 * capped (in ems), so that no `\rule`, `\kern` or `\raisebox` in a dump can cover a page.
 */
export const KATEX_OPTIONS = { output: 'mathml', maxSize: 4, maxExpand: 200, strict: 'ignore' } as const;

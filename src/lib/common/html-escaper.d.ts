/** Types for html-escaper (the escaper Astro renders every page's text with), which ships none. */
declare module 'html-escaper' {
  /** `&`, `<`, `>`, `'` and `"` as references: safe as HTML or XML text and as a quoted attribute value. */
  export function escape(text: string): string;
}

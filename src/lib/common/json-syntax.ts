/**
 * Where a text stops being JSON, for error messages: V8's JSON.parse names a position for some
 * errors only (for an unexpected token it quotes text around it instead). A plain recursive
 * reader of RFC 8259, run only on text JSON.parse refused.
 */
class Stop {
  readonly offset: number;
  constructor(offset: number) {
    this.offset = offset;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** The offset of the first character that makes `text` not JSON (its length when the text ends too early). */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) throw new Stop(at);
    at = pattern.lastIndex;
  };
  const expect = (word: string) => {
    for (const character of word) {
      if (text.charAt(at) !== character) throw new Stop(at);
      at++;
    }
  };
  const list = (close: string, member: () => void) => {
    at++;
    space();
    if (text.charAt(at) === close) return void at++;
    for (;;) {
      member();
      space();
      if (text.charAt(at) === close) return void at++;
      expect(',');
      space();
    }
  };
  const value = (): void => {
    space();
    const character = text.charAt(at);
    if (character === '{')
      list('}', () => {
        match(STRING);
        space();
        expect(':');
        value();
      });
    else if (character === '[') list(']', value);
    else if (character === '"') match(STRING);
    else if (character === 't') expect('true');
    else if (character === 'f') expect('false');
    else if (character === 'n') expect('null');
    else match(NUMBER);
  };
  try {
    value();
    space();
    return at;
  } catch (stop) {
    // Nesting too deep to follow: the start is all that can be said.
    return stop instanceof Stop ? stop.offset : 0;
  }
}

/** The 1-based line and column where `text` stops being JSON. */
export function jsonErrorPosition(text: string): { line: number; column: number } {
  const offset = Math.min(jsonErrorOffset(text), text.length);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

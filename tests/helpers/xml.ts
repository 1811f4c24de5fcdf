/** A strict XML 1.0 well-formedness check (saxes rejects what fast-xml-parser's validator lets through). */
import { SaxesParser } from 'saxes';

/** The first well-formedness error, or undefined for a well-formed document. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

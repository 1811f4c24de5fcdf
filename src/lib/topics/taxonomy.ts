/**
 * Reading the topic taxonomy (content/topics.yaml) with errors a site owner can act on: the
 * file, the line for YAML mistakes, the area or topic and field for schema mistakes.
 */
import yaml from 'js-yaml';
import { taxonomySchema, type Taxonomy } from '../../content.config.ts';
import { displayPath, InputError, readUtf8 } from '../common/files.ts';

export class TaxonomyError extends Error {}

const SECTION_LABELS: Record<string, string> = { areas: 'area', topics: 'topic' };

/** `topic "robotics", field area`, `area "vision", field phrases."agent"`, `area "multimodal", field joins[0]`. */
function describePath(path: readonly PropertyKey[]): string {
  const [section, label, field, ...rest] = path;
  if (section === undefined) return 'the taxonomy';
  const kind = SECTION_LABELS[String(section)];
  if (kind === undefined || label === undefined) return `the taxonomy, field ${String(section)}`;
  const keys = rest.map((key) => (typeof key === 'number' ? `[${key}]` : `.${JSON.stringify(String(key))}`));
  const where = field === undefined ? '' : `, field ${String(field)}${keys.join('')}`;
  return `${kind} ${JSON.stringify(String(label))}${where}`;
}

/** Parses and validates the taxonomy; throws TaxonomyError naming file, area or topic, and field. */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new TaxonomyError(`${file}${mark ? `:${mark.line + 1}` : ''}: ${reason}`);
  }
  const result = taxonomySchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    // A bad slug is reported by zod as an "invalid key" wrapping the slug's own issues.
    const inner =
      'issues' in issue && Array.isArray(issue.issues) ? issue.issues.map(({ message }) => message).join('; ') : '';
    return `${file}: ${describePath(issue.path)}: ${inner || issue.message}`;
  });
  throw new TaxonomyError(problems.join('\n'));
}

/** The taxonomy file, checked: a mistake in it is the user's to fix. */
export function readTaxonomy(file: string): Taxonomy {
  try {
    return parseTaxonomy(readUtf8(file), displayPath(file));
  } catch (error) {
    if (error instanceof TaxonomyError) throw new InputError(error.message);
    throw error;
  }
}

/**
 * Where a paper lives outside the site: its arXiv abstract and PDF, its Hugging Face page (all
 * by arXiv id), its code and its project page. The URL scheme of those sites, in one place.
 */

import { plural } from '../common/text.ts';
export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

export function huggingFaceUrl(id: string): string {
  return `https://huggingface.co/papers/${id}`;
}

export interface PaperLink {
  label: string;
  url: string;
  /** What the link leads to, when its label alone does not say ("412 stars"). */
  note?: string | undefined;
}

export interface LinkedPaper {
  arxiv?: string | undefined;
  code?: { url: string; stars?: number | undefined } | undefined;
  projectPage?: string | undefined;
}

/** The paper's links, in the order a reader looks for them. */
export function paperLinks({ arxiv, code, projectPage }: LinkedPaper): PaperLink[] {
  const links: PaperLink[] = [];
  if (arxiv !== undefined) {
    links.push({ label: 'arXiv', url: arxivAbsUrl(arxiv) });
    links.push({ label: 'PDF', url: arxivPdfUrl(arxiv) });
    links.push({ label: 'Hugging Face', url: huggingFaceUrl(arxiv) });
  }
  if (code !== undefined)
    links.push({
      label: 'Code',
      url: code.url,
      note: code.stars === undefined ? undefined : plural(code.stars, 'star'),
    });
  if (projectPage !== undefined) links.push({ label: 'Project page', url: projectPage });
  return links;
}

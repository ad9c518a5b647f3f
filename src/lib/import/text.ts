/**
 * The plain-text form agencies and partners mail (../shared/sample-articles/): a title
 * line; "By [Agency](url)"; a date line; the photo caption with the credit in bold; body
 * paragraphs in Markdown; "Related article: [title](url)" lines; "Original url:" and <url>.
 */
import { markdownToMdx } from './body.ts';
import { parseSourceDate } from './dates.ts';
import { parseByline, type ParsedStory, type SourceAuthor, type SourcePhoto } from './story.ts';

export function parsePlainText(text: string, timeZone: string): ParsedStory {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const title = (blocks.shift() ?? '').replace(/^#+\s*/, '');
  if (!title) throw new Error('no title line');
  let authors: SourceAuthor[] = [];
  let publishedAt: string | undefined;
  let hero: SourcePhoto | undefined;
  while (blocks.length > 0) {
    const block = blocks[0] ?? '';
    const date = parseSourceDate(block, timeZone);
    const caption = /^(.*?)\s*\*\*([^*]+)\*\*$/s.exec(block);
    if (/^by\s/i.test(block)) authors = parseByline(block);
    else if (date && !publishedAt) publishedAt = date;
    else if (caption && publishedAt && !hero) hero = { caption: caption[1]?.trim() || undefined, credit: caption[2]?.trim() };
    else break;
    blocks.shift();
  }
  if (!publishedAt) throw new Error('no date line (e.g. "June 27, 2025") after the title');
  const end = blocks.findIndex((b) => /^original url:/i.test(b));
  const trailer = end < 0 ? '' : blocks.slice(end).join('\n');
  const url = /<?(https?:\/\/[^\s>]+)>?/.exec(trailer.replace(/^original url:/i, ''))?.[1];
  const body = markdownToMdx(blocks.slice(0, end < 0 ? undefined : end).join('\n\n'));
  return { title, publishedAt, authors, tags: [], url, hero, ...body };
}

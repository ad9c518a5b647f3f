/**
 * One input as the importer receives it (bytes, where they came from, what the server said
 * they are), read into stories: decoded in its declared encoding, recognised as a feed, an
 * HTML page, Markdown or the agencies' plain text, then parsed. Pure: the CLI reads files
 * and fetches URLs, and runs this in a worker so no input can hold the run up.
 */
import { decodeSource } from './decode.ts';
import { isFeed, parseFeed } from './feed.ts';
import { parseHtmlPage } from './html.ts';
import { parseMarkdownFile } from './markdown.ts';
import type { ParseResult } from './story.ts';
import { parsePlainText } from './text.ts';

export interface SourceInput {
  /** What the summary calls it: the path or URL as given. */
  label: string;
  bytes: Uint8Array;
  /** The HTTP Content-Type of a fetched input. */
  contentType?: string | null | undefined;
  /** The address of a fetched input (after redirects): relative links resolve against it. */
  url?: string | undefined;
}

export interface SourceResult {
  results: ParseResult[];
  /** Whether the input may bring files beside it (local plain text and Markdown only). */
  localFiles: boolean;
}

/** Larger inputs are refused: no news story or feed is this big, and parsing must stay bounded. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function readSource(input: SourceInput, timeZone: string, now: Date): SourceResult {
  const { label, bytes } = input;
  if (bytes.length > MAX_INPUT_BYTES) {
    return { results: [{ ok: false, label, reason: `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB` }], localFiles: false };
  }
  const ext = /\.([a-z]+)$/i.exec(label.replace(/[?#].*$/, ''))?.[1]?.toLowerCase() ?? '';
  const type = input.contentType?.toLowerCase() ?? '';
  const xmlLike = /^(xml|rss|atom|rdf)$/.test(ext) || /xml|rss|atom/.test(type);
  const text = decodeSource(bytes, {
    xml: xmlLike || isFeed(new TextDecoder().decode(bytes.subarray(0, 4096))),
    contentType: input.contentType,
  });
  if (xmlLike || isFeed(text)) return { results: parseFeed(text, label, timeZone, input.url), localFiles: false };
  const story = () => {
    if (/^html?$/.test(ext) || /html/.test(type) || /^\s*</.test(text)) return parseHtmlPage(text, timeZone, { pageUrl: input.url, now });
    if (/^(md|markdown)$/.test(ext) || /^---\r?\n/.test(text)) return parseMarkdownFile(text, timeZone);
    return parsePlainText(text, timeZone);
  };
  const local = input.url === undefined && !/^html?$/.test(ext) && !/^\s*</.test(text);
  try {
    return { results: [{ ok: true, label, story: story() }], localFiles: local };
  } catch (error) {
    return { results: [{ ok: false, label, reason: (error as Error).message }], localFiles: false };
  }
}

import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';

export const REFERENCE_PATH = '/world/2025/06/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms/';
export const RELATED_BRIEF_PATH = '/world/2025/06/russian-strike-kills-5-wounds-23-in-ukraines-dnipropetrovsk-region/';
export const NEWS_BASE_URL = `http://localhost:${Number(process.env.E2E_PORT || 4400) + 1}`;

/** The reference story as it reached the newsroom (a copy of ../shared/sample-articles/). */
export function referenceSource() {
  const text = readFileSync(
    new URL('../fixtures/reference/putin-says-russia-and-ukraine-nowhere-close-on-peace-terms.txt', import.meta.url),
    'utf8',
  );
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const captionIndex = blocks.findIndex((b) => b.includes('**Sergei Karpukhin / TASS**'));
  const urlIndex = blocks.findIndex((b) => b.startsWith('Original url:'));
  const body = blocks.slice(captionIndex + 1, urlIndex);
  return {
    title: blocks[0]!,
    paragraphs: body.filter((b) => !b.startsWith('Related article:')).map((b) => b.replace(/\\\$/g, '$')),
    originalUrl: blocks[urlIndex + 1]!.replace(/^<|>$/g, ''),
  };
}

/** Internal URLs a page refers to: links, images (src and every srcset candidate), styles, scripts. */
export async function internalReferences(html: string, pageUrl: string): Promise<string[]> {
  const found = new Set<string>();
  const origin = new URL(pageUrl).origin;
  const attr = /\s(href|src|srcset)="([^"]*)"/g;
  for (const [, name, value] of html.matchAll(attr)) {
    const candidates = name === 'srcset' ? value!.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value!];
    for (const candidate of candidates) {
      const url = new URL(candidate.replace(/&amp;/g, '&'), pageUrl);
      if (url.origin === origin) found.add(url.pathname);
    }
  }
  return [...found];
}

/** Every page reachable from `start` by internal links, with every internal reference checked. */
export async function crawl(request: APIRequestContext, baseURL: string, start: string) {
  const pages = new Set<string>();
  const broken: string[] = [];
  const checked = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    pages.add(path);
    const response = await request.get(baseURL + path);
    if (!response.ok()) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    const html = await response.text();
    for (const ref of await internalReferences(html, baseURL + path)) {
      if (ref.endsWith('/')) {
        if (!pages.has(ref)) queue.push(ref);
      } else if (!checked.has(ref)) {
        checked.add(ref);
        const asset = await request.head(baseURL + ref);
        if (!asset.ok()) broken.push(`${ref} (from ${path}) → ${asset.status()}`);
      }
    }
  }
  return { pages: [...pages], broken, assets: [...checked] };
}

/**
 * The breaking-news banner's loader: one optional file, content/banner.yaml. No file, no
 * banner (and no warning: most of the time there is no breaking news).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { ContentError } from './content-error';
import { emptyCollection, keepCollection } from './empty-collection';

export const BANNER_ID = 'banner';

export function bannerLoader(file: string): Loader {
  return {
    name: 'dateline-banner',
    load: async ({ config, store, meta, parseData, generateDigest }) => {
      const absolute = path.resolve(fileURLToPath(config.root), file);
      if (!existsSync(absolute)) {
        emptyCollection(store);
        keepCollection({ store, meta });
        return;
      }
      const text = readFileSync(absolute, 'utf8');
      let data: unknown;
      try {
        data = parse(text);
      } catch (error) {
        throw new ContentError(
          file,
          'banner',
          `the YAML is not valid: ${(error as Error).message.split('\n')[0]}`,
          'write message, link and expiresAt, one per line',
        );
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new ContentError(file, 'banner', 'the file is not a list of fields', 'write message, link and expiresAt, one per line');
      }
      const parsed = await parseData({ id: BANNER_ID, data: data as Record<string, unknown>, filePath: absolute });
      store.set({ id: BANNER_ID, data: parsed, filePath: file, digest: generateDigest(text) });
    },
  };
}

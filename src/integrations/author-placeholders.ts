/**
 * Names, at the end of every build, the author pages whose bio is still the importer's
 * placeholder (src/lib/author-bio.ts), with the file an editor edits.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isPlaceholderBio } from '../lib/author-bio';

export function authorPlaceholders(contentDir: string): AstroIntegration {
  return {
    name: 'dateline:author-placeholders',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const dir = path.join(contentDir, 'authors');
        if (!existsSync(dir)) return;
        const files = readdirSync(dir)
          .filter((name) => name.endsWith('.yaml'))
          .map((name) => path.join(dir, name))
          .filter((file) => isPlaceholderBio(String((parse(readFileSync(file, 'utf8')) as { bio?: unknown } | null)?.bio ?? '')));
        if (files.length === 0) return;
        logger.warn(
          `${files.length} author page(s) still show a placeholder bio; replace "bio" in:\n${files.map((f) => `  ${f}`).join('\n')}`,
        );
      },
    },
  };
}

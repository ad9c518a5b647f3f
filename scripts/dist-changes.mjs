/**
 * What a deploy must upload: the files of the new site that are new or different from the
 * site it replaces, and the files to delete. Each file's content hash is kept in
 * node_modules/.cache/ between builds, so the comparison reads only the new site.
 *
 * Written to `<dist>.changes.json` (beside dist/, never served): { added, changed, removed },
 * paths relative to dist/. When there is no record of the previous site, every file is "added".
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function distChanges(newSite, outDir) {
  const record = path.resolve(
    'node_modules/.cache/dateline-dist',
    `${path.basename(outDir)}-${createHash('sha1').update(outDir).digest('hex').slice(0, 8)}.json`,
  );
  const before = existsSync(record) && existsSync(outDir) ? JSON.parse(readFileSync(record, 'utf8')) : {};
  const after = {};
  for (const file of files(newSite))
    after[file] = createHash('sha1')
      .update(readFileSync(path.join(newSite, file)))
      .digest('base64');
  const added = Object.keys(after).filter((file) => !(file in before));
  const changed = Object.keys(after).filter((file) => file in before && before[file] !== after[file]);
  const removed = Object.keys(before).filter((file) => !(file in after));
  const file = `${outDir}.changes.json`;
  return {
    file,
    summary: `${added.length} files added, ${changed.length} changed, ${removed.length} removed`,
    /** Called once the new site is in place: the record then describes what is deployed. */
    async commit() {
      mkdirSync(path.dirname(record), { recursive: true });
      writeFileSync(`${record}.tmp`, JSON.stringify(after));
      renameSync(`${record}.tmp`, record);
      writeFileSync(`${file}.tmp`, `${JSON.stringify({ added, changed, removed }, null, 1)}\n`);
      renameSync(`${file}.tmp`, file);
    },
  };
}

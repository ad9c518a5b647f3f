import { describe, expect, it } from 'vitest';
import { editions } from '../../src/lib/editions';
import { searchParts } from '../../src/lib/search-parts';

const page = (section: string, month: string, slug: string) => `${section}/${month.replace('-', '/')}/${slug}/index.html`;

describe('searchParts', () => {
  it('splits the archive into the newest month, the rest of its year and each year before, newest first', () => {
    const files = [
      page('world', '2024-12', 'old-year-end'),
      page('world', '2025-06', 'newest-a'),
      page('politics', '2025-01', 'january'),
      page('world', '2021-03', 'oldest'),
      page('business', '2025-06', 'newest-b'),
      page('business', '2025-05', 'may'),
    ];
    expect(searchParts(files, editions)).toEqual([
      {
        name: '2025-06',
        files: [page('world', '2025-06', 'newest-a'), page('business', '2025-06', 'newest-b')],
        globs: ['*/2025/06/*/index.html'],
      },
      {
        name: '2025',
        files: [page('politics', '2025-01', 'january'), page('business', '2025-05', 'may')],
        globs: ['*/2025/01/*/index.html', '*/2025/05/*/index.html'],
      },
      { name: '2024', files: [page('world', '2024-12', 'old-year-end')], globs: ['*/2024/[0-9][0-9]/*/index.html'] },
      { name: '2021', files: [page('world', '2021-03', 'oldest')], globs: ['*/2021/[0-9][0-9]/*/index.html'] },
    ]);
  });

  it('a new story in the newest month leaves the other parts exactly as they were', () => {
    const before = [page('world', '2025-06', 'a'), page('world', '2025-03', 'b'), page('world', '2023-01', 'c')];
    const after = [...before, page('science', '2025-06', 'new')];
    const [newestBefore, ...restBefore] = searchParts(before, editions);
    const [newestAfter, ...restAfter] = searchParts(after, editions);
    expect(restAfter).toEqual(restBefore);
    expect(newestAfter?.files).toEqual([...(newestBefore?.files ?? []), page('science', '2025-06', 'new')]);
  });

  it('the first story of a new month moves the month before into its year; of a new year, into the year that ended', () => {
    const june = [page('world', '2025-06', 'a'), page('world', '2025-05', 'b'), page('world', '2024-02', 'c')];
    expect(searchParts([...june, page('world', '2025-07', 'd')], editions).map((p) => [p.name, p.files.length])).toEqual([
      ['2025-07', 1],
      ['2025', 2],
      ['2024', 1],
    ]);
    // A new year leaves every closed year's part as it was.
    expect(searchParts([...june, page('world', '2026-01', 'd')], editions).map((p) => [p.name, p.files.length])).toEqual([
      ['2026-01', 1],
      ['2025', 2],
      ['2024', 1],
    ]);
  });

  it('an empty archive has no parts, and a path that is not an article page is refused by name', () => {
    expect(searchParts([], editions)).toEqual([]);
    expect(() => searchParts(['archive/index.html'], editions)).toThrow(/archive\/index.html is not an article page/);
  });
});

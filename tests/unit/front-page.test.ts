import { describe, expect, it } from 'vitest';
import { frontPage } from '../../src/lib/front-page';

const sections = [{ id: 'world' }, { id: 'science' }, { id: 'empty' }];
const stories = [
  { id: 'a', sectionId: 'world' },
  { id: 'b', sectionId: 'science', hero: { image: 'photo.jpg' } },
  { id: 'c', sectionId: 'world', hero: { image: 'photo.jpg' } },
  { id: 'd', sectionId: 'science' },
  { id: 'e', sectionId: 'world' },
];

describe('front page', () => {
  it('leads with the newest story that has a photo', () => {
    expect(frontPage(stories, sections).lead?.id).toBe('b');
  });

  it('fills top stories with the next newest and keeps them out of section blocks', () => {
    const page = frontPage(stories, sections, { top: 2 });
    expect(page.top.map((s) => s.id)).toEqual(['a', 'c']);
    expect(page.bySection.map((b) => [b.section.id, b.stories.map((s) => s.id)])).toEqual([
      ['world', ['e']],
      ['science', ['d']],
    ]);
  });

  it('lists the latest stories newest first, leaving out the lead and top stories shown beside it', () => {
    expect(frontPage(stories, sections, { top: 2, latest: 3 }).latest.map((s) => s.id)).toEqual(['d', 'e']);
  });
});

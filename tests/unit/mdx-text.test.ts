/**
 * Text from any source shows as text on the page: whatever a story says, its words can never
 * become an MDX expression, a tag or an ES module statement.
 */
import { describe, expect, it } from 'vitest';
import { escapeMdxText, inertModuleLines, markdownUrl, mdxHazards } from '../../src/lib/import/mdx-text';

describe('escapeMdxText', () => {
  it('puts a backslash before braces and angle brackets', () => {
    expect(escapeMdxText('Curly {alert(1)} and <script>x</script>')).toBe('Curly \\{alert(1)\\} and \\<script\\>x\\</script\\>');
  });

  it('turns a line that starts with import or export into a character reference', () => {
    expect(escapeMdxText("import fs from 'node:fs'")).toBe("&#x69;mport fs from 'node:fs'");
    expect(escapeMdxText('a line\nexport const x = 1')).toBe('a line\n&#x65;xport const x = 1');
    expect(escapeMdxText('  import x')).toBe('  &#x69;mport x');
  });

  it('leaves words that only begin like import, and mid-line mentions, as written', () => {
    expect(escapeMdxText('Important: exports rose; they import grain')).toBe('Important: exports rose; they import grain');
  });

  it('keeps entity-looking text literal and does not double an existing escape', () => {
    expect(escapeMdxText('AT&T and &lt;b&gt;')).toBe('AT&T and \\&lt;b\\&gt;');
    expect(escapeMdxText('already \\{ escaped and \\\\{ not')).toBe('already \\{ escaped and \\\\\\{ not');
  });

  it('leaves nothing the build would run', () => {
    const hostile = "import fs from 'node:fs'\nexport const x = {a: 1}\n<Evil /> {process.exit()} </PullQuote>";
    expect(mdxHazards(escapeMdxText(hostile))).toEqual([]);
  });
});

describe('inertModuleLines', () => {
  it('catches an import line that two text pieces make together, but not inside code blocks', () => {
    expect(inertModuleLines('im' + 'port x from "y"\n\n```\nimport ok\n```')).toBe('&#x69;mport x from "y"\n\n```\nimport ok\n```');
  });
});

describe('markdownUrl', () => {
  it('percent-encodes what could end a link or start MDX syntax', () => {
    expect(markdownUrl('https://x.example/a b)(c{d}<e>')).toBe('https://x.example/a%20b%29%28c%7Bd%7D%3Ce%3E');
  });
});

describe('mdxHazards', () => {
  it('names each line MDX would run, and allows only the importer’s components', () => {
    const body =
      'fine \\{ text\n\nexport const a = 1\n\nan {expression}\n\n<script>x</script>\n\n<PullQuote>ok</PullQuote>\n\n<RelatedStory id="a" />\n\n`{code}`';
    expect(mdxHazards(body)).toEqual([
      { line: 3, reason: 'an import/export line would run as code' },
      { line: 5, reason: 'a "{" would run as an expression' },
      { line: 7, reason: 'a "<" would be read as a tag' },
      { line: 7, reason: 'a "<" would be read as a tag' },
    ]);
  });
});

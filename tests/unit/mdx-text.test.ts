/**
 * Text from any source shows as text on the page: whatever a story says, its words can never
 * become an MDX expression, a tag or an ES module statement.
 */
import { describe, expect, it } from 'vitest';
import { compileArticleBody } from '../../src/lib/article-body/compile';
import { escapeMdxText, inertModuleLines, markdownUrl } from '../../src/lib/import/mdx-text';

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

  it('leaves nothing the build would refuse or run: the words arrive as text', () => {
    const hostile = "import fs from 'node:fs'\n\nexport const x = {a: 1}\n\n<Evil /> {process.exit()} </PullQuote>";
    const { html } = compileArticleBody(escapeMdxText(hostile), { file: 'imported.mdx', firstLine: 1 });
    expect(html).toBe(
      "<p>import fs from 'node:fs'</p>\n<p>export const x = {a: 1}</p>\n<p>&#x3C;Evil /> {process.exit()} &#x3C;/PullQuote></p>",
    );
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

import { describe, expect, it } from 'vitest';
import { compileArticleBody, urlScheme } from '../../src/lib/article-body/compile';
import { bodyParts } from '../../src/lib/article-body/components';

const compile = (body: string) => compileArticleBody(body, { file: 'content/articles/2026/story.mdx', firstLine: 7 });
const refusal = (body: string): string => {
  try {
    compile(body);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the body was accepted');
};

describe('an article body is compiled to HTML', () => {
  it('renders Markdown: paragraphs, emphasis, links, headings, lists and tables', () => {
    const { html } = compile(
      'Hello *world*, see [the report](https://example.org/r).\n\n## Next\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
    );
    expect(html).toContain('<p>Hello <em>world</em>, see <a href="https://example.org/r">the report</a>.</p>');
    expect(html).toContain('<h2>Next</h2>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<td>1</td>');
  });

  it('keeps typography as written and escapes text', () => {
    const { html } = compile('“Quoted” -- and ... 5 < 6 & \\<b\\> \\{x\\}');
    expect(html).toContain('“Quoted” -- and ... 5 &#x3C; 6 &#x26; &#x3C;b> {x}');
  });

  it('draws a PullQuote with its cite, and leaves markers for related stories and photos', () => {
    const { html, related, images } = compile(
      '<PullQuote cite="A. Person">It *works*.</PullQuote>\n\n<RelatedStory id="other-story" />\n\n![A harbour at dawn](../../images/harbour.jpg)\n',
    );
    expect(html).toContain('<figure class="pull-quote');
    expect(html).toContain('<blockquote class="font-serif text-2xl leading-snug text-balance">It <em>works</em>.</blockquote>');
    expect(html).toContain('<figcaption class="mt-2 text-sm text-ink-muted">— A. Person</figcaption>');
    expect(html).not.toMatch(/<p>\s*<figure/);
    expect(related).toEqual([{ id: 'other-story', line: 9 }]);
    expect(images).toEqual([{ src: '../../images/harbour.jpg', alt: 'A harbour at dawn', line: 11 }]);
    expect(bodyParts(html).map((p) => p.kind)).toEqual(['html', 'related', 'html', 'image', 'html']);
  });

  it('allows plain HTML elements that format text', () => {
    const { html } = compile('Water is H<sub>2</sub>O, <abbr title="United Nations">UN</abbr> said.');
    expect(html).toContain('H<sub>2</sub>O, <abbr title="United Nations">UN</abbr>');
  });

  it('counts the words a reader reads, not markup', () => {
    expect(compile('<RelatedStory id="a-very-long-slug" />\n\nTwo words').words).toBe(2);
    expect(compile('A [linked phrase](https://example.org/x) here').words).toBe(4);
  });
});

describe('an article body that holds code is refused, naming the file line and the fix', () => {
  it('refuses import and export statements', () => {
    const message = refusal('Fine.\n\nimport fs from "node:fs"\n\nexport const note = fs.writeFileSync("/tmp/x", "1")\n');
    expect(message).toContain('content/articles/2026/story.mdx:9');
    expect(message).toMatch(/import\/export statement.*Fix: remove it/);
  });

  it('refuses {expressions}, telling how to write a literal brace', () => {
    const message = refusal('Total: {1 + 1} items.');
    expect(message).toContain('story.mdx:7');
    expect(message).toMatch(/"\{1 \+ 1\}" is a JavaScript expression.*Fix: write \\\{ and \\\} for literal braces/);
  });

  it('refuses components the site does not provide', () => {
    expect(refusal('<Chart data="x" />')).toMatch(/<Chart> is not an article component.*Fix: use one of: <PullQuote>, <RelatedStory>/);
  });

  it('refuses HTML that can run code', () => {
    expect(refusal('<script>alert(1)</script>')).toMatch(/<script> is not an element that formats text/);
    expect(refusal('<iframe src="https://example.org/" />')).toMatch(/<iframe>/);
    expect(refusal('<object data="x.swf" />')).toMatch(/<object>/);
    expect(refusal('<b onclick="alert(1)">x</b>')).toMatch(/onclick can run code/);
    expect(refusal('<b onClick={alert(1)}>x</b>')).toMatch(/onClick can run code/);
    expect(refusal('<span {...props}>x</span>')).toMatch(/JavaScript expression/);
  });

  it('refuses javascript:, data: and other executable URLs, however they are spelt', () => {
    expect(refusal('[click](javascript:alert(1))')).toMatch(/javascript: scheme/);
    expect(refusal('<a href="JaVa&#x09;script:alert(1)">x</a>')).toMatch(/scheme/);
    expect(refusal('<a href="data:text/html,<script>1</script>">x</a>')).toMatch(/data: scheme/);
    expect(refusal('[x]: vbscript:msgbox\n\n[y][x]')).toMatch(/vbscript: scheme/);
  });

  it('refuses photos that are not in the content folder, and photos without alt text', () => {
    expect(refusal('![A chart](https://example.org/a.png)')).toMatch(/not a photo in the content folder/);
    expect(refusal('![A file](/etc/hostname)')).toMatch(/not a photo in the content folder/);
    expect(refusal('![](../../images/a.jpg)')).toMatch(/has no alt text.*Fix: describe the image/);
  });

  it('reports malformed MDX at its line', () => {
    expect(refusal('Fine.\n\nThis opens a <b>tag and never closes it.\n')).toMatch(/story\.mdx:9.*Expected a closing tag for `<b>`/);
  });
});

describe('urlScheme', () => {
  it('reads the scheme as a browser does, ignoring whitespace inside', () => {
    expect(urlScheme('java\tscript:alert(1)')).toBe('javascript:');
    expect(urlScheme(' HTTPS://x')).toBe('https:');
    expect(urlScheme('../images/a.jpg')).toBeUndefined();
    expect(urlScheme('#section')).toBeUndefined();
  });
});

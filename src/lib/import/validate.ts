/**
 * The build's verdict on an article before the importer writes it: the article schema the
 * build uses (src/schemas/article-fields.ts), references checked against the archive, and
 * the body checks (nothing MDX would run, every image described, every tag a page). A story
 * that fails is reported with the reason and not written, so an import never leaves content
 * that breaks the next build.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { articleFields } from '../../schemas/article-fields.ts';
import { authorSchema } from '../../schemas/author.ts';
import { tagSlug } from '../urls.ts';
import { splitArticle } from './frontmatter.ts';
import { compileArticleBody } from '../article-body/compile.ts';

export interface KnownIds {
  authors: ReadonlySet<string>;
  sections: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

const known = (ids: ReadonlySet<string>, what: string) =>
  z.string().refine((id) => ids.has(id), { error: (issue) => `unknown ${what} "${String(issue.input)}"` });

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'frontmatter'}: ${issue.message}` : 'invalid';
}

/** Why the build would refuse this article file, or undefined when it would accept it. */
export function articleProblem(text: string, ids: KnownIds): string | undefined {
  const file = splitArticle(text);
  if (!file) return 'no frontmatter';
  let data: unknown;
  try {
    data = parse(file.frontmatter);
  } catch (error) {
    return `frontmatter is not YAML: ${(error as Error).message}`;
  }
  const schema = articleFields({
    author: known(ids.authors, 'author'),
    section: known(ids.sections, 'section'),
    article: known(ids.articles, 'related article'),
    image: z.string().min(1),
  });
  const result = schema.safeParse(data);
  if (!result.success) return firstIssue(result.error);
  const empty = result.data.tags.find((tag) => tagSlug(tag) === '');
  if (empty !== undefined) return `tags: "${empty}" has no letters or digits for its page address`;
  // The body gets the build's own compiler and checks: what it would refuse, the importer refuses.
  let related: { id: string }[];
  try {
    ({ related } = compileArticleBody(file.body, { file: 'body', firstLine: 1 }));
  } catch (error) {
    return (error as Error).message;
  }
  const unknown = related.find(({ id }) => !ids.articles.has(id));
  if (unknown) return `body: <RelatedStory id="${unknown.id}" /> names no article`;
  return undefined;
}

/** Why the build would refuse this author file, or undefined. */
export function authorProblem(text: string): string | undefined {
  const result = authorSchema.safeParse(parse(text));
  return result.success ? undefined : firstIssue(result.error);
}

/**
 * The one decision of what readers may see. Every page, list, feed, sitemap and the
 * search index goes through `isPublished`, so a draft or a story embargoed until
 * tomorrow cannot leak through a path that forgot to check.
 */
export interface PublishFields {
  draft: boolean;
  publishedAt: Date;
}

export interface PublishContext {
  now: Date;
  /** `npm run dev` or PREVIEW=1: editors see drafts and scheduled stories, flagged. */
  preview: boolean;
}

export function isPublished(article: PublishFields, context: PublishContext): boolean {
  if (context.preview) return true;
  return !article.draft && article.publishedAt.getTime() <= context.now.getTime();
}

/** Why an article shown in preview would not be public yet; undefined when it is. */
export function unpublishedReason(article: PublishFields, now: Date): 'draft' | 'scheduled' | undefined {
  if (article.draft) return 'draft';
  if (article.publishedAt.getTime() > now.getTime()) return 'scheduled';
  return undefined;
}

export function newestFirst<T extends { publishedAt: Date }>(a: T, b: T): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime();
}

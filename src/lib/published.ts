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

/**
 * The instant this build publishes as of: now, or DATELINE_NOW (an ISO date-time) to build
 * the site as it will be at another time (tests of scheduled stories, an embargo preview).
 */
export function publishingTime(env: Record<string, string | undefined> = process.env): Date {
  const override = env.DATELINE_NOW;
  if (override === undefined || override === '') return new Date();
  const time = new Date(override);
  if (Number.isNaN(time.getTime())) throw new Error(`DATELINE_NOW="${override}" is not a date-time; give one such as 2026-03-14T09:30:00Z`);
  return time;
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

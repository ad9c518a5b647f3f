import { z } from 'astro/zod';

export const authorSchema = z.strictObject({
  name: z.string().trim().min(1),
  /** A person writes; an agency (AFP, Reuters) supplies wire copy. Shown on the author page. */
  kind: z.enum(['person', 'agency']).default('person'),
  role: z.string().trim().min(1).optional(),
  bio: z.string().trim().min(1),
  /** The author's or agency's own site, linked from their page. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  sample: z.boolean().default(false),
});

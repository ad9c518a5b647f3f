import { z } from 'astro/zod';
import { editionFields } from './edition-fields.ts';

const localized = {
  name: z.string().trim().min(1),
  role: z.string().trim().min(1).optional(),
  bio: z.string().trim().min(1),
};

/** An author; `editions.<lang>` gives the name, role and bio in another edition. */
export const authorSchema = z.strictObject({
  name: localized.name,
  /** A person writes; an agency (AFP, Reuters) supplies wire copy. Shown on the author page. */
  kind: z.enum(['person', 'agency']).default('person'),
  role: localized.role,
  bio: localized.bio,
  editions: editionFields(localized),
  /** The author's or agency's own site, linked from their page. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  sample: z.boolean().default(false),
});

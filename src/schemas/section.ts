import { z } from 'astro/zod';
import { editionFields } from './edition-fields.ts';

const fields = {
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
};

/** A section; `editions.<lang>` gives its name and description in another edition. */
export const sectionSchema = z.strictObject({ ...fields, editions: editionFields(fields) });

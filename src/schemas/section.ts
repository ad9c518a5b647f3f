import { z } from 'astro/zod';

export const sectionSchema = z.strictObject({
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
});

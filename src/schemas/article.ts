import { reference, type SchemaContext } from 'astro:content';
import { articleFields } from './article-fields';

/** The article collection's schema: references checked against the other collections. */
export const articleSchema = ({ image }: SchemaContext) =>
  articleFields({ author: reference('authors'), section: reference('sections'), article: reference('articles'), image: image() });

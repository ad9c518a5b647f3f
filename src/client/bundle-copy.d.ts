/**
 * `import … from './module?copy'` gives a script bundle its own copy of a small module (Vite
 * treats the query as a different module), so two page scripts that both need it do not
 * make every page fetch a third, shared file. The importer casts it to the module's type.
 */
declare module '*?copy';

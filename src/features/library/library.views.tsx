/**
 * The library's pages: publications and events each in their own part, what they share in
 * `library.common.views.tsx`; this module is what the routes import.
 */
export * from './library.common.views';
export * from './library.events.views';
export * from './library.publications.views';

/**
 * The statements' pages. Each part holds what one thing a person does needs (listing, reading a
 * statement, commenting, rounds and positions, the pen holder's forms, writing); this module is
 * what the routes import.
 */
export * from './statements.common.views';
export * from './statements.list.views';
export * from './statements.page.views';
export * from './statements.writing.views';

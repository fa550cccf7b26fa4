/**
 * The statements' pages. Each part holds what one thing a person does needs (listing, reading a
 * statement, commenting, rounds and positions, the pen holder's forms, writing); this module is
 * what the routes import.
 */
export { emptyForm, type FormState, type StatementPageData, tallyText } from './statements.common.views';
export { StatementListPage } from './statements.list.views';
export { StatementPage } from './statements.page.views';
export { DiffPage, EditTextPage, newerText, NewStatementPage } from './statements.writing.views';

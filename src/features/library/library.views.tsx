/**
 * The library's pages: publications and events each in their own part, what they share in
 * `library.common.views.tsx`; this module is what the routes import, and names all they use.
 */
export type { FormState } from './library.common.views';
export { EventFormPage, eventFormValues, EventPage, EventsPage } from './library.events.views';
export { PublicationFormPage, publicationFormValues, PublicationPage, PublicationsPage } from './library.publications.views';

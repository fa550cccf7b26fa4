/**
 * The working groups' pages. Each part holds what one thing a person does needs (the groups and a
 * group's page, a post and its replies, editing a group, the coordination page); this module is
 * what the routes import.
 */
export * from './groups.common.views';
export * from './groups.coordination.views';
export * from './groups.editing.views';
export * from './groups.group.views';
export * from './groups.posts.views';

/**
 * The working groups' pages. Each part holds what one thing a person does needs (the groups and a
 * group's page, a post and its replies, editing a group, the coordination page); this module is
 * what the routes import.
 */
export { emptyForm, type FormState } from './groups.common.views';
export { CoordinationPage } from './groups.coordination.views';
export { GroupFormPage, groupFormValues } from './groups.editing.views';
export { GroupPage, GroupsPage } from './groups.group.views';
export { NewerPost, PostEditPage, postFormValues, PostPage } from './groups.posts.views';

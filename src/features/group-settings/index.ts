/** The group's names, texts, words, logo and colours (/admin/group, `icat init`). */
import type { Feature } from '../feature';
import { groupSettingsRules } from './group-settings.policy';
import { groupSettingsRoutes } from './group-settings.routes';
import type { GroupSettingsTables } from './group-settings.table';
import { groupSettingsMessages } from './group-settings.messages';
import { groupSettingsAccess } from './group-settings.access';

export const groupSettingsFeature: Feature<GroupSettingsTables> = {
  name: 'group-settings',
  messages: groupSettingsMessages,
  routes: [groupSettingsRoutes],
  access: groupSettingsAccess,
  rules: groupSettingsRules,
};

/**
 * The group the platform serves, as data: read at start (and whenever another process changes it)
 * into what pages, files and mail read (lib/group.ts) and into the catalogue's group words
 * ({group}, {groupFull}, {principals}...); changed by an administrator at /admin/group (versioned,
 * audited), by `icat init` on an empty install, or by the seed (the reference group, the default).
 * This file is the feature's public face; the work is in one file per use case:
 *
 *   group-settings.read.service.ts     reading the row into the group's identity, and following changes
 *   group-settings.editing.service.ts  the administrators' form at /admin/group, and the logo
 *   group-settings.install.service.ts  the reference group (seed, bundle) and a new group (`icat init`)
 */

export { applyGroupIdentity, groupIdentity, loadGroupSettings, loadGroupSettingsIfMigrated, watchGroupSettings } from './group-settings.read.service';
export { groupLogo, groupSettingsForEditing, staleGroupSettings, updateGroupSettings } from './group-settings.editing.service';
export { exportReferenceGroup, importReferenceGroup, initialiseGroup, isInitialisedForGroup } from './group-settings.install.service';

export type { GroupIdentity, GroupIdentityData } from '../../lib/group';

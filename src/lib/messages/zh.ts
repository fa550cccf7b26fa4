/** The Chinese (Simplified) catalogue: one file per area under zh/. */
import type { Catalogue } from './types';
import { accounts } from './zh/accounts';
import { signIn } from './zh/sign-in';
import { common } from './zh/common';
import { governance } from './zh/governance';
import { input } from './zh/input';
import { fields } from './zh/fields';
import { mapping } from './zh/mapping';
import { vocabularies } from './zh/vocabularies';
import { members } from './zh/members';
import { meetings } from './zh/meetings';
import { statements } from './zh/statements';
import { progress } from './zh/progress';
import { groups } from './zh/groups';
import { library } from './zh/library';
import { site } from './zh/site';
import { reports } from './zh/reports';
import { jobs } from './zh/jobs';
import { groupWords } from './zh/group-words';
import { work } from './zh/work';
import { notifications } from './zh/notifications';
import { languages } from './zh/languages';
import { reportLanguages } from './zh/report-languages';
import { reportScale } from './zh/report-scale';
import { translations } from './zh/translations';
import { raised } from './zh/raised';
import { commands } from './zh/commands';
import { groupBundle } from './zh/group-bundle';
import { progressImport } from './zh/progress-import';
import { groupSettings } from './zh/group-settings';
import { referenceAdmin } from './zh/reference-admin';
import { groupWiring } from './zh/group-wiring';
import { api } from './zh/api';

export const zh: Catalogue = {
  ...common,
  ...input,
  ...fields,
  ...groups,
  ...library,
  ...site,
  ...members,
  ...mapping,
  ...accounts,
  ...signIn,
  ...governance,
  ...progress,
  ...reports,
  ...meetings,
  ...statements,
  ...jobs,
  ...work,
  ...notifications,
  ...languages,
  ...reportLanguages,
  ...reportScale,
  ...translations,
  ...raised,
  ...commands,
  ...groupBundle,
  ...progressImport,
  ...vocabularies,
  ...groupSettings,
  ...groupWords,
  ...referenceAdmin,
  ...groupWiring,
  ...api,
};

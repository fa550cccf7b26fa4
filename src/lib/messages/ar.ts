/** The Arabic catalogue: one file per area under ar/. */
import type { Catalogue } from './types';
import { accounts } from './ar/accounts';
import { signIn } from './ar/sign-in';
import { common } from './ar/common';
import { governance } from './ar/governance';
import { input } from './ar/input';
import { fields } from './ar/fields';
import { mapping } from './ar/mapping';
import { vocabularies } from './ar/vocabularies';
import { members } from './ar/members';
import { meetings } from './ar/meetings';
import { statements } from './ar/statements';
import { progress } from './ar/progress';
import { groups } from './ar/groups';
import { library } from './ar/library';
import { site } from './ar/site';
import { reports } from './ar/reports';
import { jobs } from './ar/jobs';
import { groupWords } from './ar/group-words';
import { work } from './ar/work';
import { notifications } from './ar/notifications';
import { languages } from './ar/languages';
import { reportLanguages } from './ar/report-languages';
import { reportScale } from './ar/report-scale';
import { translations } from './ar/translations';
import { raised } from './ar/raised';
import { commands } from './ar/commands';
import { groupBundle } from './ar/group-bundle';
import { progressImport } from './ar/progress-import';
import { groupSettings } from './ar/group-settings';
import { referenceAdmin } from './ar/reference-admin';
import { groupWiring } from './ar/group-wiring';
import { api } from './ar/api';

export const ar: Catalogue = {
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

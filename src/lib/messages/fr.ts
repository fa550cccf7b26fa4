/** The French catalogue: one file per area under fr/. */
import type { Catalogue } from './types';
import { accounts } from './fr/accounts';
import { signIn } from './fr/sign-in';
import { common } from './fr/common';
import { governance } from './fr/governance';
import { input } from './fr/input';
import { fields } from './fr/fields';
import { mapping } from './fr/mapping';
import { vocabularies } from './fr/vocabularies';
import { members } from './fr/members';
import { meetings } from './fr/meetings';
import { statements } from './fr/statements';
import { progress } from './fr/progress';
import { groups } from './fr/groups';
import { library } from './fr/library';
import { site } from './fr/site';
import { reports } from './fr/reports';
import { jobs } from './fr/jobs';
import { groupWords } from './fr/group-words';
import { work } from './fr/work';
import { notifications } from './fr/notifications';
import { languages } from './fr/languages';
import { reportLanguages } from './fr/report-languages';
import { reportScale } from './fr/report-scale';
import { translations } from './fr/translations';
import { raised } from './fr/raised';
import { commands } from './fr/commands';
import { groupBundle } from './fr/group-bundle';
import { progressImport } from './fr/progress-import';
import { groupSettings } from './fr/group-settings';
import { referenceAdmin } from './fr/reference-admin';
import { groupWiring } from './fr/group-wiring';
import { api } from './fr/api';

export const fr: Catalogue = {
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

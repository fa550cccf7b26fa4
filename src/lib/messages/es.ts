/** The Spanish catalogue: one file per area under es/. */
import type { Catalogue } from './types';
import { accounts } from './es/accounts';
import { signIn } from './es/sign-in';
import { common } from './es/common';
import { governance } from './es/governance';
import { input } from './es/input';
import { fields } from './es/fields';
import { mapping } from './es/mapping';
import { vocabularies } from './es/vocabularies';
import { members } from './es/members';
import { meetings } from './es/meetings';
import { statements } from './es/statements';
import { progress } from './es/progress';
import { groups } from './es/groups';
import { library } from './es/library';
import { site } from './es/site';
import { reports } from './es/reports';
import { jobs } from './es/jobs';
import { groupWords } from './es/group-words';
import { work } from './es/work';
import { notifications } from './es/notifications';
import { languages } from './es/languages';
import { reportLanguages } from './es/report-languages';
import { reportScale } from './es/report-scale';
import { translations } from './es/translations';
import { raised } from './es/raised';
import { commands } from './es/commands';
import { groupBundle } from './es/group-bundle';
import { progressImport } from './es/progress-import';
import { groupSettings } from './es/group-settings';
import { referenceAdmin } from './es/reference-admin';
import { groupWiring } from './es/group-wiring';
import { api } from './es/api';

export const es: Catalogue = {
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

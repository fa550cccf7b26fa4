import type { progressImport as english } from '../en/progress-import';
import type { Translation } from '../types';

export const progressImport: Translation<typeof english> = {
  'update.action.import': 'Importé depuis un tableur',

  'progressImport.link': 'Importer des rapports d’étape depuis un tableur',
  'progressImport.title': 'Importer des rapports d’étape : {label}',
  'progressImport.intro':
    'Chargez un fichier CSV ou un classeur Excel (.xlsx) comportant une ligne par organisation et par élément du plan ou engagement. L’ensemble du fichier est vérifié d’abord : si une ligne pose problème, rien n’est importé et chaque problème est signalé avec sa ligne et sa colonne.',
  'progressImport.template': 'Partez du modèle, qui énumère les activités du plan mentionnant chaque organisation, avec ce qui a déjà été communiqué :',
  'progressImport.templateXlsx': 'Modèle (Excel)',
  'progressImport.templateCsv': 'Modèle (CSV)',
  'progressImport.columns': 'Colonnes',
  'progressImport.column.organization': 'le sigle de l’organisation (obligatoire)',
  'progressImport.column.item': 'le code d’un élément du plan, par exemple 1.2.1 (ou laissez vide et remplissez pledge)',
  'progressImport.column.pledge': 'l’intitulé de l’un des engagements de l’année, au lieu d’un élément du plan',
  'progressImport.column.status': 'not_started, on_track, delayed, achieved ou discontinued (obligatoire)',
  'progressImport.column.narrative': 'le compte rendu, en Markdown (obligatoire lorsque le rapport est soumis)',
  'progressImport.column.evidence_links': 'des adresses web, une par ligne, chacune éventuellement suivie d’un titre',
  'progressImport.column.state': 'draft (par défaut) ou submitted',
  'progressImport.column.indicator': 'une colonne par indicateur : un nombre, un pourcentage de 0 à 100, ou yes ou no ; uniquement pour les indicateurs de l’élément de la ligne',
  'progressImport.rules':
    'Une ligne portant sur une organisation et un élément ou engagement qui a déjà un rapport d’étape pour la période modifie ce rapport (sa version augmente) au lieu d’en ajouter un ; une ligne identique à ce qui est enregistré ne change rien, de sorte qu’importer deux fois le même fichier ne change rien. Un rapport déjà soumis ou accepté n’est pas modifié : une ligne qui en diffère est refusée tant que les coprésidents ne l’ont pas renvoyé. Les lignes ne contenant que l’organisation et l’élément sont ignorées.',
  'progressImport.file': 'Fichier (.csv ou .xlsx, 10 Mio au maximum)',
  'progressImport.submit': 'Vérifier et importer',
  'progressImport.done':
    '{rows, plural, one {# ligne importée} many {# de lignes importées} other {# lignes importées}} : {created} créées, {updated} mises à jour, {unchanged} inchangées ; {blank, plural, one {# ligne vide ignorée} many {# de lignes vides ignorées} other {# lignes vides ignorées}}.',
  'progressImport.failed': 'Rien n’a été importé : {count, plural, one {# problème} many {# de problèmes} other {# problèmes}} à corriger.',
  'progressImport.problems.caption': 'Problèmes relevés dans le fichier, par ligne et par colonne',
  'progressImport.problems.row': 'Ligne',
  'progressImport.problems.column': 'Colonne',
  'progressImport.problems.problem': 'Problème',
  'progressImport.chooseFile': 'Choisissez un fichier CSV ou un classeur Excel à importer.',

  'progressImport.summary': '{source} : rien n’a été importé ; {count, plural, one {# problème} many {# de problèmes} other {# problèmes}} à corriger :',
  'progressImport.issueLine': '  ligne {row}, colonne {column} : {message}',
  'progressImport.more': '  … et {count} autres',
  'progressImport.unknownColumn': 'n’est pas une colonne de l’importation ; les colonnes sont : {columns}',
  'progressImport.repeatedColumn': 'figure deux fois dans l’en-tête',
  'progressImport.missingColumn': 'cette colonne est obligatoire et le fichier ne la contient pas',
  'progressImport.itemOrPledgeColumn': 'le fichier doit comporter une colonne item (codes des éléments du plan) ou pledge (intitulés des engagements)',
  'progressImport.unknownIndicator': 'ne désigne aucun indicateur du plan de {year}',
  'progressImport.required': 'est obligatoire',
  'progressImport.unknownOrganization': '« {value} » n’est pas une organisation connue',
  'progressImport.itemOrPledge': 'indiquez soit le code d’un élément du plan, soit un engagement, mais pas les deux',
  'progressImport.unknownItem': '« {value} » n’est le code d’aucun élément du plan de {year}',
  'progressImport.unknownPledge': '« {value} » n’est pas un engagement de {year}',
  'progressImport.unknownStatus': '« {value} » n’est pas un statut ; utilisez l’un des suivants : {statuses}',
  'progressImport.unknownState': '« {value} » doit être draft ou submitted',
  'progressImport.notIndicatorOfTarget': 'cet indicateur ne relève pas de {target} ; laissez la cellule vide',
  'progressImport.repeats': 'reprend la ligne {row} (même organisation et même élément ou engagement)',
  'progressImport.handedIn':
    'diffère du rapport enregistré, qui est déjà {state, select, submitted {soumis} other {accepté}} : il ne peut être modifié qu’après avoir été renvoyé par les coprésidents',
  'progressImport.noRows': 'le fichier ne contient aucune ligne à importer',
  'progressImport.changedMeanwhile': 'Un rapport d’étape figurant dans le fichier a été modifié par une autre personne pendant l’importation ; rien n’a été importé. Importez de nouveau le fichier.',
  'progressImport.notSpreadsheet': '{source} n’est ni un fichier CSV ni un classeur Excel (.xlsx).',

  'progressImport.api.otherOrganization': 'Vous ne pouvez communiquer des rapports d’étape que pour votre propre organisation.',

  'cli.importProgress.usage':
    'Utilisation : icat import-progress PERIOD FILE.csv|FILE.xlsx\n  PERIOD est le numéro de la période de rapport (comme dans /progress/periods/NUMÉRO) ou son année et son libellé, par exemple 2022 ou "2023 H1".',
  'cli.importProgress.unknownPeriod': 'Il n’existe aucune période de rapport « {period} » ; voir /progress/periods.',
  'cli.importProgress.done':
    '{file} : {rows} ligne(s) importée(s) dans {period} : {created} créée(s), {updated} mise(s) à jour, {unchanged} inchangée(s) ; {blank} ligne(s) vide(s) ignorée(s). Voir /progress/periods/{id}',
};

import type { reportLanguages as english } from '../en/report-languages';
import type { Translation } from '../types';

export const reportLanguages: Translation<typeof english> = {
  'report.narrative.originalOnly':
    '{language, select, en {Cette section n’est disponible qu’en anglais.} fr {Cette section n’est disponible qu’en français.} es {Cette section n’est disponible qu’en espagnol.} ar {Cette section n’est disponible qu’en arabe.} ru {Cette section n’est disponible qu’en russe.} zh {Cette section n’est disponible qu’en chinois.} other {Cette section n’est disponible que dans sa langue originale.}}',
  'report.figure.noData': '{subject} : aucune donnée.',
  'report.snapshotMissing':
    'Le rapport {year} a été arrêté sous sa forme définitive avant de pouvoir être établi dans cette langue. Rouvrez-le et arrêtez-le de nouveau pour le figer dans toutes les langues.',

  'reports.generate.language': 'Langue du rapport',
  'reports.files.language': 'Langue',
  'reports.view.languages': 'Ce rapport dans d’autres langues',

  'report.cli.step.compile': 'compilation des données',
  'report.cli.step.html': 'rédaction de la page Web',
  'report.cli.step.pdf': 'impression du PDF',
  'report.cli.step.docx': 'rédaction du document Word',
  'report.cli.step.csv': 'rédaction des données des figures',
  'report.cli.step.done': 'terminé',
  'report.cli.summary': 'Rapport {year} en {language} ({status}, données arrêtées au {moment}) : {count, plural, one {# fichier} many {# de fichiers} other {# fichiers}}.',

  'messages.problem.unknownKey': 'aucun message du catalogue ne porte cet identifiant',
  'messages.problem.invalid': 'message ICU non valide ({error})',
  'messages.problem.placeholders': 'les paramètres diffèrent de ceux de l’anglais : {expected} attendus, {found} trouvés',
  'messages.problem.markup': 'le balisage diffère de celui de l’anglais : {expected} attendu, {found} trouvé',
  'messages.problem.plurals': 'il manque à un pluriel les catégories {missing}, nécessaires en {language}',
  'messages.problem.duplicate': 'cet identifiant figure plus d’une fois dans le fichier',
  'messages.problem.none': 'aucun',
  'messages.import.refused': 'Rien n’a été importé : {count, plural, one {# unité présente un problème} many {# d’unités présentent des problèmes} other {# unités présentent des problèmes}}.',
  'messages.import.done': '{count, plural, =0 {Aucun message modifié} one {# message importé} many {# de messages importés} other {# messages importés}} pour la langue suivante : {language}.',
  'messages.export.done': '{count, plural, one {# unité écrite} many {# d’unités écrites} other {# unités écrites}}, dont {translated} traduites.',
};

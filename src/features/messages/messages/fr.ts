import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
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

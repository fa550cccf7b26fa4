import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  'audit.title': 'Journal d’audit',
  'audit.intro': 'Toutes les modifications apportées sur la plateforme : qui, quand, quoi, et les valeurs avant et après. Les entrées ne peuvent être ni modifiées ni supprimées.',
  'audit.filter.person': 'Personne (adresse électronique)',
  'audit.filter.entity': 'Organisation (sigle)',
  'audit.filter.table': 'Type d’enregistrement',
  'audit.filter.table.all': 'Tous les types',
  'audit.filter.from': 'Du',
  'audit.filter.to': 'Au',
  'audit.export': 'Télécharger au format CSV',
  'audit.column.at': 'Date',
  'audit.column.who': 'Auteur',
  'audit.column.action': 'Action',
  'audit.column.record': 'Enregistrement',
  'audit.column.entity': 'Organisation',
  'audit.column.change': 'Modification',
  'audit.none': 'Aucune entrée ne correspond à ces filtres.',
  'audit.count': '{count, plural, one {{count} entrée} many {{count} d’entrées} other {{count} entrées}}',
};

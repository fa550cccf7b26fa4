import type { mapping as english } from '../en/mapping';
import type { Translation } from '../types';

export const mapping: Translation<typeof english> = {
  'mapping.title': 'Cartographie des activités des membres',
  'mapping.description': 'Où les organisations membres interviennent, sur quelles formes d’exploitation et au moyen de quels types d’intervention.',
  'mapping.sample': 'Les profils présentés sont des données fictives à des fins de démonstration ; il ne s’agit pas des données du Groupe.',
  'mapping.filters': 'Filtrer la cartographie',
  'mapping.filter.any': 'Tous',
  'mapping.filtered':
    '{count, plural, one {{count} organisation correspond à ces filtres.} many {{count} d’organisations correspondent à ces filtres.} other {{count} organisations correspondent à ces filtres.}}',
  'mapping.figure.valueTitle': 'Organisations',
  'mapping.table.caption': 'Organisations membres et leur profil',
  'mapping.table.asOf': 'Date du profil',
  'mapping.download': 'Télécharger le tableau (CSV)',
  'mapping.none': 'Aucune organisation ne correspond à ces filtres.',
};

import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  'search.title': 'Recherche',
  'search.titleFor': 'Recherche : {q}',
  'search.intro':
    'Une seule recherche dans les publications, les déclarations, les manifestations, les réunions et les décisions, ainsi que, pour les membres, dans les messages de leurs groupes de travail.',
  'search.label': 'Rechercher',
  'search.submit': 'Rechercher',
  'search.count': '{count, plural, one {{count} résultat} many {{count} de résultats} other {{count} résultats}}',
  'search.none': 'Aucun résultat pour « {q} ».',
  'search.empty': 'Saisissez quelques mots pour lancer la recherche.',
  'search.facets': 'Affiner les résultats',
  'search.facet.kind': 'Type',
  'search.facet.year': 'Année',
  'search.facet.all': 'Tous',
  'search.kind.publication': 'Publication',
  'search.kind.statement': 'Déclaration',
  'search.kind.event': 'Manifestation',
  'search.kind.meeting': 'Réunion',
  'search.kind.decision': 'Décision',
  'search.kind.group_post': 'Message de groupe',
  'search.visibility.members': 'Membres uniquement',
  'search.visibility.group': 'Groupe de travail uniquement',
  'search.hint': 'Utilisez des guillemets droits pour une expression ("crises prolongées"), ou un signe moins pour exclure un mot (-Ukraine).',
};

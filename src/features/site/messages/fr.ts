import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  'nav.statements': 'Déclarations',
  'nav.annualReports': 'Rapports annuels',
  'nav.search': 'Recherche',
  'home.latestStatements': 'Dernières déclarations',
  'home.latestPublications': 'Dernières publications',
  'home.latestEvents': 'Dernières manifestations',
  'home.more.statements': 'Toutes les déclarations',
  'home.more.publications': 'Toutes les publications',
  'home.more.events': 'Toutes les manifestations',
  'home.statementsNone': 'Aucune déclaration n’a encore été publiée sur la plateforme.',
  'home.feed': 'Suivre les publications et les déclarations (flux Atom)',
  'home.search': 'Rechercher sur le site',
  'statements.title': 'Déclarations',
  'statements.intro':
    'Déclarations communes et appels à l’action adoptés par le Groupe, avec les organisations qui les ont approuvés, ainsi que des déclarations antérieures tirées des sources publiques.',
  'statements.adopted': 'Adoptées et publiées sur la plateforme',
  'statements.adoptedNone': 'Aucune déclaration n’a encore été adoptée et publiée sur la plateforme.',
  'statements.endorsers': '{count, plural, one {approuvée par {count} organisation} many {approuvée par {count} d’organisations} other {approuvée par {count} organisations}}',
  'statements.published': 'Publiée le {date}',
  'statements.decision': 'Décision {reference}',
  'statements.earlier': 'Déclarations antérieures (tirées des sources publiques)',
  'statements.earlierNone': 'Aucune n’est enregistrée.',
  'statements.summaryOnly': 'Résumé d’un texte non public',
  'feed.title': '{group} : publications et déclarations',
  'feed.subtitle': 'Nouvelles publications et déclarations de la plateforme de coordination {group}.',
  'print.printedFrom': 'Imprimé depuis {url}',
};

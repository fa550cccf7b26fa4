import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  'nav.governance': 'Gouvernance',
  'governance.title': 'Présidence, mandats et priorités',
  'governance.intro':
    'Chaque année, deux organisations membres assurent la coprésidence du Groupe ; les {principals} les approuvent lors de leur réunion de l’année précédente. Les coprésidents fixent les priorités de leur mandat.',
  'governance.plan': 'Le Plan d’action',
  'governance.current': 'en cours',
  'governance.chair': 'Présidence',
  'governance.cochairs': 'Coprésidence',
  'governance.chairs.unknown': 'Inconnue d’après les sources publiques',
  'governance.endorsed': 'Approbation',
  'governance.endorsed.decision': 'décision {reference}',
  'governance.endorsed.unknown': 'Date inconnue',
  'governance.note': 'Note',
  'governance.uncertain': 'Une partie de ces informations est incertaine : les sources ne font que la laisser entendre.',
  'governance.priorities': 'Priorités',
  'governance.priorities.uncertain': 'Le libellé de certaines priorités est en partie incertain dans la source.',
  'governance.priorities.none': 'Aucune priorité n’est enregistrée pour ce mandat.',
  'governance.crossCutting': 'Questions transversales',
  'governance.pledges': 'Engagements et progrès en {year}',
  'governance.unknown': 'Présidence inconnue : aucune source publique ne la mentionne.',
  outOfTerm: '« {action} » est réservé au secrétariat et aux coprésidents de {year}. Votre organisation assure la coprésidence en {years} ; cette action ne vous est donc pas proposée pour le moment.',
  'outOfTerm.noTerm':
    '« {action} » est réservé au secrétariat et aux coprésidents de {year}. Votre organisation n’assure pas la coprésidence en {year} ; cette action ne vous est donc pas proposée pour le moment.',
};

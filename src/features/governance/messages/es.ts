import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'nav.governance': 'Gobernanza',
  'governance.title': 'Presidencias, mandatos y prioridades',
  'governance.intro':
    'Cada año, dos organizaciones miembros ejercen la copresidencia del Grupo; los {principals} las respaldan en su reunión del año anterior. Los copresidentes fijan las prioridades de su mandato.',
  'governance.plan': 'El Plan de Acción',
  'governance.current': 'actual',
  'governance.chair': 'Presidencia',
  'governance.cochairs': 'Copresidentes',
  'governance.chairs.unknown': 'No consta en fuentes públicas',
  'governance.endorsed': 'Respaldo',
  'governance.endorsed.decision': 'decisión {reference}',
  'governance.endorsed.unknown': 'Fecha desconocida',
  'governance.note': 'Nota',
  'governance.uncertain': 'Parte de este registro es incierta: las fuentes solo lo dan a entender.',
  'governance.priorities': 'Prioridades',
  'governance.priorities.uncertain': 'La redacción de algunas prioridades es en parte incierta en la fuente.',
  'governance.priorities.none': 'No hay prioridades registradas para este mandato.',
  'governance.crossCutting': 'Transversales',
  'governance.pledges': 'Compromisos y progreso en {year}',
  'governance.unknown': 'Presidencia desconocida: ninguna fuente pública la menciona.',
  outOfTerm: '“{action}” corresponde a la secretaría y a los copresidentes de {year}. Su organización ejerce la copresidencia en {years}, por lo que esta opción no está disponible para usted ahora.',
  'outOfTerm.noTerm':
    '“{action}” corresponde a la secretaría y a los copresidentes de {year}. Su organización no ejerce la copresidencia en {year}, por lo que esta opción no está disponible para usted ahora.',
};

import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'search.title': 'Buscar',
  'search.titleFor': 'Buscar: {q}',
  'search.intro': 'Una sola búsqueda en publicaciones, declaraciones, eventos, reuniones y decisiones y, para los miembros, en las entradas de sus grupos de trabajo.',
  'search.label': 'Buscar',
  'search.submit': 'Buscar',
  'search.count': '{count, plural, one {{count} resultado} many {{count} de resultados} other {{count} resultados}}',
  'search.none': 'Nada coincide con “{q}”.',
  'search.empty': 'Escriba algunas palabras para buscar.',
  'search.facets': 'Acotar los resultados',
  'search.facet.kind': 'Tipo',
  'search.facet.year': 'Año',
  'search.facet.all': 'Todos',
  'search.kind.publication': 'Publicación',
  'search.kind.statement': 'Declaración',
  'search.kind.event': 'Evento',
  'search.kind.meeting': 'Reunión',
  'search.kind.decision': 'Decisión',
  'search.kind.group_post': 'Entrada de grupo',
  'search.visibility.members': 'Solo miembros',
  'search.visibility.group': 'Solo el grupo de trabajo',
  'search.hint': 'Use comillas para buscar una frase ("crisis prolongadas") o un signo menos para excluir una palabra (-Ucrania).',
};

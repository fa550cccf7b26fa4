import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'nav.statements': 'Declaraciones',
  'nav.annualReports': 'Informes anuales',
  'nav.search': 'Buscar',
  'home.latestStatements': 'Últimas declaraciones',
  'home.latestPublications': 'Últimas publicaciones',
  'home.latestEvents': 'Últimos eventos',
  'home.more.statements': 'Todas las declaraciones',
  'home.more.publications': 'Todas las publicaciones',
  'home.more.events': 'Todos los eventos',
  'home.statementsNone': 'Aún no se ha publicado ninguna declaración en la plataforma.',
  'home.feed': 'Seguir las publicaciones y declaraciones (canal Atom)',
  'home.search': 'Buscar en el sitio',
  'statements.title': 'Declaraciones',
  'statements.intro':
    'Declaraciones conjuntas y llamamientos a la acción aprobados por el Grupo, con las organizaciones que los respaldaron, y declaraciones anteriores que constan en registros públicos.',
  'statements.adopted': 'Aprobadas y publicadas en la plataforma',
  'statements.adoptedNone': 'Aún no se ha aprobado ni publicado ninguna declaración en la plataforma.',
  'statements.endorsers': '{count, plural, one {respaldada por {count} organización} many {respaldada por {count} de organizaciones} other {respaldada por {count} organizaciones}}',
  'statements.published': 'Publicada el {date}',
  'statements.decision': 'Decisión {reference}',
  'statements.earlier': 'Declaraciones anteriores (de registros públicos)',
  'statements.earlierNone': 'No hay ninguna registrada.',
  'statements.summaryOnly': 'Resumen de un texto que no es público',
  'feed.title': '{group}: publicaciones y declaraciones',
  'feed.subtitle': 'Nuevas publicaciones y declaraciones de la plataforma de coordinación {group}.',
  'print.printedFrom': 'Impreso desde {url}',
};

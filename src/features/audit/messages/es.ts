import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'audit.title': 'Registro de auditoría',
  'audit.intro': 'Todos los cambios realizados en la plataforma: quién, cuándo, qué, y los valores anteriores y posteriores. Las entradas no pueden modificarse ni eliminarse.',
  'audit.filter.person': 'Persona (correo electrónico)',
  'audit.filter.entity': 'Organización (sigla)',
  'audit.filter.table': 'Tipo de registro',
  'audit.filter.table.all': 'Todos los tipos',
  'audit.filter.from': 'Desde',
  'audit.filter.to': 'Hasta',
  'audit.export': 'Descargar en CSV',
  'audit.column.at': 'Cuándo',
  'audit.column.who': 'Quién',
  'audit.column.action': 'Acción',
  'audit.column.record': 'Registro',
  'audit.column.entity': 'Organización',
  'audit.column.change': 'Cambio',
  'audit.none': 'Ninguna entrada coincide con estos filtros.',
  'audit.count': '{count, plural, one {{count} entrada} many {{count} de entradas} other {{count} entradas}}',
};

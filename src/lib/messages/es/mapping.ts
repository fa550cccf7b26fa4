import type { mapping as english } from '../en/mapping';
import type { Translation } from '../types';

export const mapping: Translation<typeof english> = {
  'mapping.title': 'Mapeo de las actividades de los miembros',
  'mapping.description': 'Dónde trabajan las organizaciones miembros, sobre qué formas de explotación y con qué tipos de intervención.',
  'mapping.sample': 'Los perfiles que se muestran son datos de ejemplo con fines de demostración; no son datos propios del Grupo.',
  'mapping.filters': 'Filtrar el mapeo',
  'mapping.filter.any': 'Cualquiera',
  'mapping.filtered':
    '{count, plural, one {{count} organización coincide con estos filtros.} many {{count} de organizaciones coinciden con estos filtros.} other {{count} organizaciones coinciden con estos filtros.}}',
  'mapping.figure.valueTitle': 'Organizaciones',
  'mapping.table.caption': 'Organizaciones miembros y su perfil',
  'mapping.table.asOf': 'Fecha del perfil',
  'mapping.download': 'Descargar la tabla (CSV)',
  'mapping.none': 'Ninguna organización coincide con estos filtros.',
};

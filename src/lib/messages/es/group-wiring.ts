import type { groupWiring as english } from '../en/group-wiring';
import type { Translation } from '../types';

export const groupWiring: Translation<typeof english> = {
  'groupWiring.reportSections': 'Secciones propias del grupo en el informe',
  'groupWiring.reportSections.hint':
    'El informe anual puede incluir una sección sobre la forma en que los grupos de trabajo respondieron a las crisis y los conflictos. Para incluirla, asígnele un nombre en inglés (en un idioma que se deje en blanco se muestra el nombre en inglés); si todos los nombres quedan en blanco, el informe no contiene esa sección.',
  'groupWiring.reportSection.crises': 'Nombre de la sección sobre las crisis en {language}',
};

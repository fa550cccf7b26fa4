import type { groupWiring as english } from '../en/group-wiring';
import type { Translation } from '../types';

export const groupWiring: Translation<typeof english> = {
  'groupWiring.reportSections': 'Sections propres au groupe dans le rapport',
  'groupWiring.reportSections.hint':
    'Le rapport annuel peut comporter une section consacrée à la manière dont les groupes de travail ont répondu aux crises et aux conflits. Pour l’inclure, donnez-lui un nom en anglais (une langue laissée vide affiche le nom anglais) ; si tous les noms restent vides, le rapport ne comporte pas cette section.',
  'groupWiring.reportSection.crises': 'Nom de la section sur les crises en {language}',
};

import type { groupWiring as english } from '../en/group-wiring';
import type { Translation } from '../types';

export const groupWiring: Translation<typeof english> = {
  'groupWiring.reportSections': 'Собственные разделы группы в докладе',
  'groupWiring.reportSections.hint':
    'Годовой доклад может содержать раздел о том, как рабочие группы реагировали на кризисы и конфликты. Чтобы включить его, укажите его название на английском языке (для языка, поле которого оставлено пустым, выводится английское название); если все названия оставлены пустыми, такого раздела в докладе не будет.',
  'groupWiring.reportSection.crises': 'Название раздела о кризисах ({language})',
};

import type { MessageModule } from '../lib/i18n';
import { ar } from './group-words/ar';
import { en } from './group-words/en';
import { es } from './group-words/es';
import { fr } from './group-words/fr';
import { ru } from './group-words/ru';
import { zh } from './group-words/zh';

/** Messages that name the group's own words: the advisory role, and mail that names the group, in the six languages (src/messages/catalogue.ts assembles them). */
export const groupWordsMessages = { en, ar, es, fr, ru, zh } satisfies MessageModule<typeof en>;

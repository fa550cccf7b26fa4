import type { MessageModule } from '../lib/i18n';
import { ar } from './input/ar';
import { en } from './input/en';
import { es } from './input/es';
import { fr } from './input/fr';
import { ru } from './input/ru';
import { zh } from './input/zh';

/** What a person is told of a refused value, by lib's validation and the imports, in the six languages (src/messages/catalogue.ts assembles them). */
export const inputMessages = { en, ar, es, fr, ru, zh } satisfies MessageModule<typeof en>;

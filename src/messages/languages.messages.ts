import type { MessageModule } from '../lib/i18n';
import { ar } from './languages/ar';
import { en } from './languages/en';
import { es } from './languages/es';
import { fr } from './languages/fr';
import { ru } from './languages/ru';
import { zh } from './languages/zh';

/** The choice of a language, on the site and in a person's account, in the six languages (src/messages/catalogue.ts assembles them). */
export const languagesMessages = { en, ar, es, fr, ru, zh } satisfies MessageModule<typeof en>;

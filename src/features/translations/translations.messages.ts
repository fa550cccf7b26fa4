import type { MessageModule } from '../../lib/i18n';
import { ar } from './messages/ar';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { ru } from './messages/ru';
import { zh } from './messages/zh';

/** The messages of the translations feature, in the six languages (src/messages/catalogue.ts assembles them). */
export const translationsMessages = { en, ar, es, fr, ru, zh } satisfies MessageModule<typeof en>;

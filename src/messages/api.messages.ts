import type { MessageModule } from '../lib/i18n';
import { ar } from './api/ar';
import { en } from './api/en';
import { es } from './api/es';
import { fr } from './api/fr';
import { ru } from './api/ru';
import { zh } from './api/zh';

/** The JSON API's reference page and its OpenAPI document, in the six languages (src/messages/catalogue.ts assembles them). */
export const apiMessages = { en, ar, es, fr, ru, zh } satisfies MessageModule<typeof en>;

import type { MessageModule } from '../lib/i18n';
import { ar } from './fields/ar';
import { en } from './fields/en';
import { es } from './fields/es';
import { fr } from './fields/fr';
import { ru } from './fields/ru';
import { zh } from './fields/zh';

/** What the forms' own rules say of a field that breaks them, shared by the features' schemas, in the six languages (src/messages/catalogue.ts assembles them). */
export const fieldsMessages = { en, ar, es, fr, ru, zh } satisfies MessageModule<typeof en>;

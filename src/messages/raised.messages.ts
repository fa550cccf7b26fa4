import type { MessageModule } from '../lib/i18n';
import { ar } from './raised/ar';
import { en } from './raised/en';
import { es } from './raised/es';
import { fr } from './raised/fr';
import { ru } from './raised/ru';
import { zh } from './raised/zh';

/** The refusals, conflicts and problems that services, the HTTP layer and commands raise, in the six languages (src/messages/catalogue.ts assembles them). */
export const raisedMessages = { en, ar, es, fr, ru, zh } satisfies MessageModule<typeof en>;

import type { MessageModule } from '../lib/i18n';
import { ar } from './common/ar';
import { en } from './common/en';
import { es } from './common/es';
import { fr } from './common/fr';
import { ru } from './common/ru';
import { zh } from './common/zh';

/** The layout's words (the group's name, navigation, footer, forms' buttons) and the error pages, in the six languages (src/messages/catalogue.ts assembles them). */
export const commonMessages = { en, ar, es, fr, ru, zh } satisfies MessageModule<typeof en>;

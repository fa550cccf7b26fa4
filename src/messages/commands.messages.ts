import type { MessageModule } from '../lib/i18n';
import { ar } from './commands/ar';
import { en } from './commands/en';
import { es } from './commands/es';
import { fr } from './commands/fr';
import { ru } from './commands/ru';
import { zh } from './commands/zh';

/** The `icat` command's texts, and what the XLIFF readers say of a file they refuse, in the six languages (src/messages/catalogue.ts assembles them). */
export const commandsMessages = { en, ar, es, fr, ru, zh } satisfies MessageModule<typeof en>;

/** The catalogue's XLIFF export and imported overrides of its texts. */
import type { Feature } from '../feature';
import { messageRules } from './messages.policy';
import type { MessagesTables } from './messages.table';

export const messagesFeature: Feature<MessagesTables> = {
  name: 'messages',
  rules: messageRules,
};

/** The catalogue's XLIFF export and imported overrides of its texts. */
import type { Feature } from '../feature';
import { messageRules } from './messages.policy';
import type { MessagesTables } from './messages.table';
import { messagesMessages } from './messages.messages';

export const messagesFeature: Feature<MessagesTables> = {
  name: 'messages',
  messages: messagesMessages,
  rules: messageRules,
};

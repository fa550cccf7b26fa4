import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'messages.problem.unknownKey': 'لا توجد في الفهرس رسالة تحمل هذا المعرِّف',
  'messages.problem.invalid': 'ليست رسالة ICU صحيحة ({error})',
  'messages.problem.placeholders': 'العناصر النائبة تختلف عن الإنكليزية: المتوقع {expected}، والموجود {found}',
  'messages.problem.markup': 'الترميز يختلف عن الإنكليزية: المتوقع {expected}، والموجود {found}',
  'messages.problem.plurals': 'تنقص صيغةَ جمعٍ الفئاتُ {missing} التي تتطلبها اللغة {language}',
  'messages.problem.duplicate': 'يرد هذا المعرِّف أكثر من مرة في الملف',
  'messages.problem.none': 'لا شيء',
  'messages.import.refused':
    'لم يُستورد أي شيء: {count, plural, zero {لا توجد وحدات بها مشاكل} one {وحدة واحدة بها مشكلة} two {وحدتان بهما مشاكل} few {# وحدات بها مشاكل} many {# وحدة بها مشاكل} other {# وحدة بها مشاكل}}.',
  'messages.import.done':
    '{count, plural, =0 {لم تتغير أي رسالة} zero {لم تُستورد أي رسالة} one {استُوردت رسالة واحدة} two {استُوردت رسالتان} few {استُوردت # رسائل} many {استُوردت # رسالة} other {استُوردت # رسالة}} للغة {language}.',
  'messages.export.done': '{count, plural, zero {لم تُكتب أي وحدة} one {كُتبت وحدة واحدة} two {كُتبت وحدتان} few {كُتبت # وحدات} many {كُتبت # وحدة} other {كُتبت # وحدة}}، منها {translated} مترجمة.',
};

import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'input.controlCharacter': 'يجب ألا يحتوي على أحرف تحكّم (عُثر على {codePoint})',
  'input.required': 'مطلوب',
  'input.tooShort':
    '{count, plural, zero {يجب ألا يقل عن {count} حرف} one {يجب ألا يقل عن حرف واحد} two {يجب ألا يقل عن حرفين} few {يجب ألا يقل عن {count} أحرف} many {يجب ألا يقل عن {count} حرفًا} other {يجب ألا يقل عن {count} حرف}}',
  'input.tooLong':
    '{count, plural, zero {يجب ألا يتجاوز {count} حرف} one {يجب ألا يتجاوز حرفًا واحدًا} two {يجب ألا يتجاوز حرفين} few {يجب ألا يتجاوز {count} أحرف} many {يجب ألا يتجاوز {count} حرفًا} other {يجب ألا يتجاوز {count} حرف}}',
  'input.tooFewItems':
    '{count, plural, zero {اختر {count} على الأقل} one {اختر عنصرًا واحدًا على الأقل} two {اختر عنصرين على الأقل} few {اختر {count} عناصر على الأقل} many {اختر {count} عنصرًا على الأقل} other {اختر {count} عنصر على الأقل}}',
  'input.tooManyItems':
    '{count, plural, zero {يجب ألا يتجاوز {count} عنصر} one {يجب ألا يتجاوز عنصرًا واحدًا} two {يجب ألا يتجاوز عنصرين} few {يجب ألا يتجاوز {count} عناصر} many {يجب ألا يتجاوز {count} عنصرًا} other {يجب ألا يتجاوز {count} عنصر}}',
  'input.numberTooSmall': 'يجب أن يساوي {count} أو أكثر',
  'input.numberTooBig': 'يجب أن يساوي {count} أو أقل',
  'input.notNumber': 'يجب أن يكون رقمًا',
  'input.notWholeNumber': 'يجب أن يكون عددًا صحيحًا',
  'input.notText': 'يجب أن يكون نصًا',
  'input.notList': 'يجب أن يكون قائمة',
  'input.notDate': 'يجب أن يكون تاريخًا',
  'input.oneOf': 'يجب أن يكون إحدى القيم التالية: {values}',
  'input.notAllowed': 'ليس من القيم المسموح بها',
  'input.notEmail': 'يجب أن يكون عنوان بريد إلكتروني',
  'input.notUrl': 'يجب أن يكون عنوانًا على الإنترنت (https://…)',
  'input.badFormat': 'ليس بالصيغة المتوقعة',
  'input.invalid': 'غير صالح',
  'input.tooManyFields': 'يحتوي النموذج على عدد كبير جدًا من الحقول: الحد الأقصى {count}.',
  'input.tooManyFiles': 'الحد الأقصى لعدد الملفات {count}، ولا يتجاوز حجم كل منها {size} MiB.',
  'import.tooLarge': '{source}: حجم الملف يتجاوز {limit}؛ قسّمه إلى ملفات أصغر.',
  'import.unzippedTooLarge': '{source}: يتجاوز حجم الملف بعد فك ضغطه {limit}؛ وقد رُفض لاحتمال أن يكون «قنبلة ضغط» (zip bomb).',
  'import.tooManyRows': '{source}: تحتوي الورقة على أكثر من {count} صف (وتمتد حتى {cell})؛ قسّم الملف، أو احذف ما يقع أسفل البيانات.',
  'import.tooManyColumns': '{source}: تحتوي الورقة على أكثر من {count} عمود (وتمتد حتى {cell})؛ أبقِ البيانات في الأعمدة الأولى.',
  'import.tooManyCells': '{source}: تحتوي الورقة على أكثر من {count} خلية (عند {cell})؛ قسّم الملف.',
  'import.notXlsx': '{source}: ليس ملف XLSX قابلًا للقراءة ({reason}).',
  'import.noSheet': '{source}: لا يحتوي المصنف على أي ورقة.',
  'import.atLine': '{source}:{line}:{column}: {message}',
};

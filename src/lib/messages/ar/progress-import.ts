import type { progressImport as english } from '../en/progress-import';
import type { Translation } from '../types';

export const progressImport: Translation<typeof english> = {
  'update.action.import': 'استُورد من جدول بيانات',

  'progressImport.link': 'استيراد التقارير المرحلية من جدول بيانات',
  'progressImport.title': 'استيراد التقارير المرحلية: {label}',
  'progressImport.intro':
    'حمِّل ملف CSV أو مصنف Excel ‏(‎.xlsx) يتضمن صفًا واحدًا لكل منظمة وبند من بنود الخطة أو تعهد. يُفحص الملف كله أولًا: فإذا وُجدت مشكلة في أي صف، لا يُستورد شيء وتُسرد كل مشكلة مع رقم صفها وعمودها.',
  'progressImport.template': 'ابدأ من النموذج الذي يسرد أنشطة الخطة التي تُذكر فيها كل منظمة، مع ما قُدِّم بالفعل:',
  'progressImport.templateXlsx': 'النموذج (Excel)',
  'progressImport.templateCsv': 'النموذج (CSV)',
  'progressImport.columns': 'الأعمدة',
  'progressImport.column.organization': 'الاسم المختصر للمنظمة (إلزامي)',
  'progressImport.column.item': 'رمز بند من بنود الخطة، مثل 1.2.1 (أو اتركه فارغًا واملأ العمود pledge)',
  'progressImport.column.pledge': 'عنوان أحد تعهدات السنة، بدلًا من بند من بنود الخطة',
  'progressImport.column.status': 'not_started أو on_track أو delayed أو achieved أو discontinued (إلزامي)',
  'progressImport.column.narrative': 'السرد، بلغة Markdown (إلزامي عند تقديم التقرير)',
  'progressImport.column.evidence_links': 'عناوين ويب، عنوان واحد في كل سطر، يجوز أن يليه عنوان وصفي',
  'progressImport.column.state': 'draft (القيمة الافتراضية) أو submitted',
  'progressImport.column.indicator': 'عمود واحد لكل مؤشر: عدد، أو نسبة مئوية من 0 إلى 100، أو yes أو no؛ وذلك لمؤشرات بند الصف فقط',
  'progressImport.rules':
    'الصف الخاص بمنظمة وبند أو تعهد له تقرير مرحلي بالفعل في الفترة يعدّل ذلك التقرير (ويرتفع رقم نسخته) بدلًا من إضافة تقرير جديد؛ والصف المطابق لما هو محفوظ لا يغيّر شيئًا، ولذلك فإن استيراد الملف نفسه مرتين لا يغيّر شيئًا. ولا يُعدَّل تقرير سبق تقديمه أو قبوله: فالصف المخالف له يُرفض إلى أن يعيده الرئيسان المشاركان. وتُتخطى الصفوف التي لا تتضمن إلا المنظمة والبند.',
  'progressImport.file': 'الملف (‎.csv أو ‎.xlsx، بحد أقصى 10 ميبيبايت)',
  'progressImport.submit': 'الفحص والاستيراد',
  'progressImport.done':
    '{rows, plural, zero {لم يُستورد أي صف} one {استُورد صف واحد} two {استُورد صفان} few {استُوردت # صفوف} many {استُورد # صفًا} other {استُورد # صف}}: أُنشئ {created}، وحُدِّث {updated}، ولم يتغير {unchanged}؛ {blank, plural, zero {لم يُتخطَّ أي صف فارغ} one {تُخطي صف فارغ واحد} two {تُخطي صفان فارغان} few {تُخطيت # صفوف فارغة} many {تُخطي # صفًا فارغًا} other {تُخطي # صف فارغ}}.',
  'progressImport.failed':
    'لم يُستورد شيء: {count, plural, zero {لا توجد مشكلة} one {توجد مشكلة واحدة يلزم تصحيحها} two {توجد مشكلتان يلزم تصحيحهما} few {توجد # مشكلات يلزم تصحيحها} many {توجد # مشكلة يلزم تصحيحها} other {توجد # مشكلة يلزم تصحيحها}}.',
  'progressImport.problems.caption': 'المشكلات الموجودة في الملف، حسب الصف والعمود',
  'progressImport.problems.row': 'الصف',
  'progressImport.problems.column': 'العمود',
  'progressImport.problems.problem': 'المشكلة',
  'progressImport.chooseFile': 'اختر ملف CSV أو مصنف Excel لاستيراده.',

  'progressImport.summary':
    '{source}: لم يُستورد شيء؛ {count, plural, zero {لا توجد مشكلة} one {توجد مشكلة واحدة يلزم تصحيحها} two {توجد مشكلتان يلزم تصحيحهما} few {توجد # مشكلات يلزم تصحيحها} many {توجد # مشكلة يلزم تصحيحها} other {توجد # مشكلة يلزم تصحيحها}}:',
  'progressImport.issueLine': '  الصف {row}، العمود {column}: {message}',
  'progressImport.more': '  … و{count} غيرها',
  'progressImport.unknownColumn': 'ليس عمودًا من أعمدة الاستيراد؛ الأعمدة هي: {columns}',
  'progressImport.repeatedColumn': 'يرد مرتين في صف العناوين',
  'progressImport.missingColumn': 'لا يتضمن الملف هذا العمود، وهو إلزامي',
  'progressImport.itemOrPledgeColumn': 'يجب أن يتضمن الملف عمود item (رموز بنود الخطة) أو عمود pledge (عناوين التعهدات)',
  'progressImport.unknownIndicator': 'لا يدل على أي مؤشر من مؤشرات خطة سنة {year}',
  'progressImport.required': 'إلزامي',
  'progressImport.unknownOrganization': '"{value}" ليست منظمة معروفة',
  'progressImport.itemOrPledge': 'اذكر إما رمز بند من بنود الخطة وإما تعهدًا، لا كليهما',
  'progressImport.unknownItem': '"{value}" ليس رمزًا لأي بند من بنود خطة سنة {year}',
  'progressImport.unknownPledge': '"{value}" ليس تعهدًا من تعهدات سنة {year}',
  'progressImport.unknownStatus': '"{value}" ليست حالة صحيحة؛ استخدم إحدى القيم التالية: {statuses}',
  'progressImport.unknownState': 'يجب أن تكون "{value}" إما draft أو submitted',
  'progressImport.notIndicatorOfTarget': 'هذا المؤشر لا يخص {target}؛ اترك الخلية فارغة',
  'progressImport.repeats': 'يكرر الصف {row} (المنظمة نفسها والبند أو التعهد نفسه)',
  'progressImport.handedIn': 'يختلف عن التقرير المحفوظ، الذي {state, select, submitted {قُدِّم} other {قُبِل}} بالفعل: ولا يمكن تعديله إلا بعد أن يعيده الرئيسان المشاركان',
  'progressImport.noRows': 'لا يتضمن الملف أي صف للاستيراد',
  'progressImport.changedMeanwhile': 'عدّل شخص آخر تقريرًا مرحليًا وارداً في الملف أثناء استيراده؛ ولم يُستورد شيء. استورد الملف مرة أخرى.',
  'progressImport.notSpreadsheet': '{source} ليس ملف CSV ولا مصنف Excel ‏(‎.xlsx).',

  'progressImport.api.otherOrganization': 'لا يمكنك تقديم تقارير مرحلية إلا باسم منظمتك.',

  'cli.importProgress.usage': 'الاستخدام: icat import-progress PERIOD FILE.csv|FILE.xlsx\n  PERIOD هو رقم فترة الإبلاغ (كما في ‎/progress/periods/NUMBER) أو سنتها وتسميتها، مثل 2022 أو "2023 H1".',
  'cli.importProgress.unknownPeriod': 'لا توجد فترة إبلاغ باسم "{period}"؛ انظر ‎/progress/periods.',
  'cli.importProgress.done':
    '{file}: عدد الصفوف المستوردة إلى {period}: {rows}؛ أُنشئ: {created}، وحُدِّث: {updated}، ولم يتغير: {unchanged}؛ وعدد الصفوف الفارغة المتخطاة: {blank}. انظر ‎/progress/periods/{id}',
};

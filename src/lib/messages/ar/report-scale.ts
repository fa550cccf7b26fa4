/** التقرير السنوي لفريق كبير: موجز لما تحقق من تقدم، وتجميع الفئات الكثيرة، وجميع التحديثات في ملف CSV. */
export const reportScale = {
  'report.claims.counts':
    'عدد التحديثات المقبولة: {updates}، مقدَّمة من {organizations, plural, zero {أي منظمة} one {منظمة واحدة} two {منظمتين} few {{organizations} منظمات} many {{organizations} منظمة} other {{organizations} منظمة}}. وترد أدناه التحديثات الـ{shown} المستندة إلى أقوى الأدلة (المصادر وقيم المؤشرات، ثم الأحدث قبولًا).',
  'report.claims.more': 'وعدد آخر من التحديثات قدره {count}، مقدَّم من {organizations, plural, zero {أي منظمة} one {منظمة واحدة} two {منظمتين} few {{organizations} منظمات} many {{organizations} منظمة} other {{organizations} منظمة}}',
  'report.claims.annex': 'ترد في ملف CSV الملحق بالتقرير',
  'report.annex.evidence.all': 'ترد جميع تحديثات التقدم المقبولة لعام {year}، وعددها {count}، في ملف CSV، بواقع صف لكل تحديث:',
  'report.annex.evidence.csv': 'جميع التحديثات المقبولة (CSV)',
  'report.updates.column.id': 'التحديث',
  'report.updates.column.acronym': 'الاسم المختصر',
  'report.updates.column.target': 'بند الخطة أو التعهد',
  'report.updates.column.period': 'فترة الإبلاغ',
  'report.updates.column.accepted': 'تاريخ القبول',
  'report.updates.column.sources': 'المصادر',
  'report.updates.column.narrative': 'العمل المنجز',
  'report.figure.others': 'فئات أخرى ({count})',
  'report.figure.grouped': 'من بين {total} فئة، يُعرض كل من الفئات الـ{shown} الأكبر في عمود مستقل، وتُجمع الفئات الأخرى في عمود واحد. ويتضمن ملف CSV الجدول الكامل.',
  'report.crises.moreTags': 'و{count} غيرها',
  'report.members.contributions.more': 'يعرض الجدول المنظمات الـ{shown} التي قدمت أكبر عدد من التحديثات؛ وترد المنظمات الأخرى، وعددها {count}، في قائمة جميع التحديثات',
  'reports.downloads.updates': 'جميع التحديثات المقبولة ({count}، CSV)',
} as const;

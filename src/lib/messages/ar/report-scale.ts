/** التقرير السنوي لفريق كبير: موجز لما تحقق من تقدم، وتجميع الفئات الكثيرة، وجميع التحديثات في ملف CSV. */
export const reportScale = {
  'report.claims.counts':
    'عدد التحديثات المقبولة: {updates}، مقدَّمة من {organizations, plural, zero {أي منظمة} one {منظمة واحدة} two {منظمتين} few {{organizations} منظمات} many {{organizations} منظمة} other {{organizations} منظمة}}. وترد أدناه التحديثات الـ{shown} المستندة إلى أقوى الأدلة (المصادر وقيم المؤشرات، ثم الأحدث قبولًا).',
  'report.claims.more':
    'وعدد آخر من التحديثات قدره {count}، مقدَّم من {organizations, plural, zero {أي منظمة} one {منظمة واحدة} two {منظمتين} few {{organizations} منظمات} many {{organizations} منظمة} other {{organizations} منظمة}}',
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
  'report.more.decisions': '{count, plural, zero {ولا قرارات أخرى} one {وقرار آخر} two {وقراران آخران} few {و{count} قرارات أخرى} many {و{count} قرارًا آخر} other {و{count} قرار آخر}}',
  'report.more.meetings': '{count, plural, zero {ولا اجتماعات أخرى} one {واجتماع آخر} two {واجتماعان آخران} few {و{count} اجتماعات أخرى} many {و{count} اجتماعًا آخر} other {و{count} اجتماع آخر}}',
  'report.more.publications': '{count, plural, zero {ولا منشورات أخرى} one {ومنشور آخر} two {ومنشوران آخران} few {و{count} منشورات أخرى} many {و{count} منشورًا آخر} other {و{count} منشور آخر}}',
  'report.more.events': '{count, plural, zero {ولا مناسبات أخرى} one {ومناسبة أخرى} two {ومناسبتان أخريان} few {و{count} مناسبات أخرى} many {و{count} مناسبة أخرى} other {و{count} مناسبة أخرى}}',
  'report.more.timeline':
    '{count, plural, zero {ولا مدخلات مؤرخة أخرى} one {ومدخل مؤرخ آخر} two {ومدخلان مؤرخان آخران} few {و{count} مدخلات مؤرخة أخرى} many {و{count} مدخلًا مؤرخًا آخر} other {و{count} مدخل مؤرخ آخر}}',
  'report.list.members': 'جميع المنظمات الأعضاء (CSV)',
  'report.list.decisions': 'جميع قرارات عام {year}، CSV',
  'report.list.meetings': 'اجتماعات عام {year}',
  'report.list.statements': 'بيانات عام {year}',
  'report.list.publications': 'منشورات عام {year}',
  'report.list.events': 'مناسبات عام {year}',
  'report.glance.timeline.selected': 'يعرض التسلسل الزمني {shown} من أصل {total} مدخلًا مؤرخًا خلال العام، وتأتي في مقدمتها البيانات والأفرقة العاملة المنشأة والاجتماعات على مستوى الرؤساء.',
  'report.meetings.selected': 'يعرض الجدول {shown} من أصل {total} اجتماعًا علنيًا خلال العام، وتأتي في مقدمتها الاجتماعات على مستوى الرؤساء، تليها الاجتماعات التي اتخذت أكبر عدد من القرارات.',
  'report.decisions.selected':
    'ترد أدناه {shown} من أصل {total} قرارًا اتُّخذت خلال العام، وتأتي في مقدمتها قرارات تأييد الرئيسين المشاركين والاعتماد والتقييم، تليها أحدث القرارات. ويتضمن ملف CSV الخاص بالمرفق باء جميع القرارات.',
  'report.annex.decisions.selected':
    'ترد أدناه {shown} من أصل {total} قرارًا اتُّخذت خلال العام، وتأتي في مقدمتها قرارات تأييد الرئيسين المشاركين والاعتماد والتقييم، تليها أحدث القرارات. وترد جميع القرارات في ملف CSV:',
  'report.knowledge.publications.selected': 'يعرض الجدول {shown} من أصل {total} منشورًا صدرت خلال العام، بدءًا بالسلاسل المرقمة.',
  'report.knowledge.events.selected': 'ترد أدناه {shown} من أصل {total} مناسبة نُظمت خلال العام، بدءًا بالمناسبات التي يتوفر لها موجز علني.',
  'report.annex.members.summary': 'يرد أدناه عدد المنظمات الأعضاء ({count}) حسب نوعها؛ وترد مختصرات أسمائها وأسماؤها وأنواعها وسنوات انضمامها في ملف CSV:',
  'report.annex.members.byKind': 'المنظمات الأعضاء المدرجة في المنصة ({count}) حسب النوع',
  'report.crises.membersCounted':
    '{count, plural, zero {لا تشارك فيه أي منظمة عضو.} one {تشارك فيه منظمة عضو واحدة.} two {تشارك فيه منظمتان عضوان.} few {تشارك فيه {count} منظمات أعضاء.} many {تشارك فيه {count} منظمة عضوًا.} other {تشارك فيه {count} منظمة عضو.}}',
  'report.statements.endorsedCounted':
    '{count, plural, zero {لم تؤيده أي منظمة،} one {أيّدته منظمة واحدة،} two {أيّدته منظمتان،} few {أيّدته {count} منظمات،} many {أيّدته {count} منظمة،} other {أيّدته {count} منظمة،}}',
  'report.statements.endorsersPage': 'ترد أسماؤها في صفحة البيان',
  'reports.downloads.list.members': 'جميع المنظمات الأعضاء ({count}، CSV)',
  'reports.downloads.list.decisions': 'جميع قرارات العام ({count}، CSV)',
  'report.pledges.selected':
    'ترد أدناه {shown} من أصل {total} تعهدًا للولاية، وهي التعهدات التي تدعمها أكبر عدد من التحديثات المقبولة. وترد جميع التعهدات، مع حالتها والتحديثات الداعمة لها، في ملف CSV.',
  'report.more.pledges': '{count, plural, zero {ولا تعهدات أخرى} one {وتعهد آخر} two {وتعهدان آخران} few {و{count} تعهدات أخرى} many {و{count} تعهدًا آخر} other {و{count} تعهد آخر}}',
  'report.list.pledges': 'جميع تعهدات عام {year}، CSV',
  'reports.downloads.list.pledges': 'جميع تعهدات الولاية ({count}، CSV)',
  'report.plan.summarised':
    'تضم الخطة النواتج والأنشطة التالية: {items}، والمؤشرات: {indicators}. ويرد أدناه موجز لكل هدف حسب نواتجه؛ وترد جميع النواتج والأنشطة، مع الجهة الرائدة والتقدم المقبول وقيم المؤشرات، في ملف CSV:',
  'report.list.plan': 'خطة العمل كاملةً، {year}، CSV',
  'report.plan.outputs.caption': 'نواتج الهدف {code}: الأنشطة والتقدم المقبول والغايات المحققة في عام {year}',
  'report.plan.column.activities': 'الأنشطة',
  'report.plan.column.indicatorsMet': 'الغايات المحققة',
  'report.plan.indicatorsMet': '{met} من أصل {total}',
  'report.annex.evidence.selected':
    'ترد أدناه موجزات {shown} من أصل {total} من التحديثات المشار إليها في هذا التقرير، بدءًا بأقواها أدلةً. وتحيل الإشارات الأخرى إلى ملف CSV الذي يضم جميع التحديثات المقبولة.',
  'reports.downloads.list.plan': 'خطة العمل كاملةً (عدد الصفوف: {count}، CSV)',
} as const;

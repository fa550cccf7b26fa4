import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const zh: Translation<typeof en> = {
  'cli.usage': `用法：icat <command>

命令：
  serve                       运行平台（执行迁移，并为空数据库载入数据）
  migrate                     执行待处理的数据库迁移
  seed                        载入参考数据和演示数据（可重复执行）
  init --name NAME --short-name ABC [--description TEXT] [--contact EMAIL]
                              为新的小组准备一个空数据库（写入其名称；不加载演示数据）
  import-profiles FILE        从 .csv 或 .xlsx 文件载入工作摸底概况（全部行或不载入）
  import-plan FILE.yaml [--note TEXT]
                              载入或更新行动计划（docs/plan-format.md；全部载入或不载入）
  import-group FILE.yaml      载入小组参考数据文件（docs/group-bundle.md；列出每个问题；全部载入或不载入）
  export-group FILE.yaml [--force]
                              将小组参考数据写入 import-group 可读回的文件
  import-progress PERIOD FILE
                              从 .csv 或 .xlsx 文件载入一个报告期的报告（全部行或一行也不载入）
  send-reminders              向报告将在 7 天内到期的联络人发送邮件（每个报告期一次）
  send-digests                发送工作组帖子的每周摘要（可每天运行）
  report YEAR [--lang LANG] [--format html,pdf,docx] [--out DIR]
                              以 LANG（en、fr、es、ar、ru、zh）编写 YEAR 年度报告，并输出文件路径
  messages export --lang LANG [--format xliff|xliff12] FILE
                              将消息目录写为供译员使用的 XLIFF 文件
  messages import FILE        读回已翻译的 XLIFF 文件（全部导入或不导入；逐一指出每个问题）
  backup FILE                 将整个数据库（包括文件）写入 FILE（服务器运行时亦可安全执行）
  restore FILE                将备份读入空数据库或 ICAT_DATA_DIR
  texts export --kind KIND --id ID --lang LANG FILE.xlf
                              将一篇文本（statement、publication、event、report_section）写为 XLIFF 2.0
  texts import FILE.xlf       将已翻译的 XLIFF 文件存为其译文的新非正式版本
  bench [NAME…]               运行 bench/ 中的基准测试（全部或指定的测试）
  user add --email E --name N [--entity ACRONYM] --role ROLE [--password-stdin]
                              创建账户（如未提供密码，则输出设置密码的链接）
  user reset-password --email E
                              输出一次性密码重置链接
`,
  'cli.unknownCommand': '未知命令“{name}”。\n\n{usage}',
  'cli.unknownAction': '未知操作“{action}”。\n{usage}',
  'cli.level.none': '无',

  'cli.data.missing': '{where} 处没有数据目录：无可读取的内容。请在包含“data”的目录中运行该命令，或将 ICAT_DATA_DIR（或 DATABASE_URL）设为数据所在位置。',
  'cli.data.created': '已在 {where} 新建一个空数据目录（如需使用其他目录，请设置 ICAT_DATA_DIR）。',
  'cli.database.postgres': 'PostgreSQL 服务器 {location}',
  'cli.database.embedded': '{location} 中的内嵌 PGlite',
  'cli.database.embeddedClient': '{location} 中的内嵌 PGlite（经由正在运行的服务器）',

  'cli.upgrade.applied': '已执行 {migrations}；级别 {level}',
  'cli.upgrade.upToDate': '已是最新；级别 {level}',
  'cli.upgrade.moved': '{summary}；已将 {count, plural, other {# 个文件}}从数据目录移入数据库',
  'cli.migrate.done': '{database} 上的迁移：{upgrade}。',

  'cli.serve.upgraded': '数据库：{upgrade}。',
  'cli.serve.seeded': '已载入参考数据和演示数据。',
  'cli.serve.administrator': '已创建管理员 {email}，密码为 {password}',
  'cli.serve.administratorOnce': '密码仅显示这一次：请在 /login 登录后于 /account 修改密码，或启用第二重验证。',
  'cli.serve.interrupted': '{count, plural, other {# 项}}因上次停止而中断的作业将重新运行。',
  'cli.serve.listening': '{group} 平台位于 {url}（数据库：{database}）。',

  'cli.seed.step': '  {name}：新增 {count, plural, other {# 条}}',
  'cli.seed.done': '参考数据和演示数据已载入 {database}。',
  'cli.seed.members': '成员',
  'cli.seed.terms': '任期',
  'cli.seed.termPriorities': '任期优先事项',
  'cli.seed.mapping': '工作摸底（示例概况）',
  'cli.seed.groups': '工作组',
  'cli.seed.groupPosts': '工作组帖子（示例）',
  'cli.seed.library': '出版物和活动',
  'cli.seed.record': '会议、决定和声明',
  'cli.seed.plan': '行动计划（示例）',
  'cli.seed.progress': '2022 年承诺和进展（示例）',
  'cli.seed.report': '2022 年度报告（示例叙述）',

  'cli.importProfiles.usage': '用法：icat import-profiles FILE.csv|FILE.xlsx',
  'cli.importProfiles.done': '{file}：读取 {rows, plural, other {# 份概况}}，写入 {changed} 份（其余未变）。',
  'cli.importPlan.usage': '用法：icat import-plan FILE.yaml [--note "变更内容"]',
  'cli.importPlan.unchanged': '{file}：计划“{key}”已与此文本一致（版本 {version}）；未作任何更改。',
  'cli.importPlan.done': '{file}：已{outcome, select, created {创建} other {更新}}计划“{title}”（{key}），当前为版本 {version}。见 /plan?plan={key}',

  'cli.mail.deliveredByServer': '已通过邮件服务器投递 {count, plural, other {# 封邮件}}；未能发出的邮件将由服务器重试。',
  'cli.mail.deliveredAsFiles': '已以 .eml 文件形式在 {dir} 中投递 {count, plural, other {# 封邮件}}；未能发出的邮件将由服务器重试。',
  'cli.reminders.none': '没有任何开放的报告期将在 7 天内截止：无需发送提醒。',
  'cli.reminders.period': '报告期 {label}（{year}），截止日期 {deadline}',
  'cli.reminders.sent': '  已提醒 {email}（{entity}，{period}）',
  'cli.reminders.done': '已将 {count, plural, other {# 条提醒}}加入队列，{already} 条此前已发送。',
  'cli.digests.checked': '  已检查 {count, plural, other {# 个订阅}}…',
  'cli.digests.none': '没有到期的摘要（每份摘要在上一份发出 {days} 天后发送）。',
  'cli.digests.done': '{due, plural, other {# 个摘要订阅}}到期；已将 {sent, plural, other {# 份摘要}}加入队列，其余订阅没有新帖子。',

  'cli.backup.usage': '用法：icat backup FILE（例如 icat backup icat-2026-11-29.backup.gz）',
  'cli.restore.usage': '用法：icat restore FILE（读入空数据库或 ICAT_DATA_DIR）',
  'cli.backup.progress': '  {table}：{rows, plural, other {# 行}}…',
  'cli.backup.totals': '{tables, plural, other {# 个表}}，{rows, plural, other {# 行}}，{files, plural, other {# 个文件}}',
  'cli.backup.done': '{database} 在级别 {level} 的备份：{totals}。',
  'cli.backup.written': '已写入 {file}（{size} MB）。',
  'cli.restore.done': '已将 {file}（创建于 {made}）恢复到 {database}：{totals}。',
  'cli.restore.requeued': '服务器启动时将处理 {mail, plural, other {# 封未发送邮件}}和 {reports, plural, other {# 项报告生成}}。',

  'cli.bench.unknown': '没有名为 {names} 的基准测试；现有：{available}。',
  'cli.bench.option': '选项 {option} 需要{expected}；所给的值为 {value}。可用选项：--scale 1,10,100、--seconds N、--connections N、--database-url postgres://…。',
  'cli.bench.expected.numbers': '以逗号分隔的正整数',
  'cli.bench.expected.address': 'PostgreSQL 服务器的地址（postgres://…）',
  'cli.bench.unknownOption': 'icat bench 没有 {option} 选项。可用选项：--scale 1,10,100、--seconds N、--connections N、--database-url postgres://…。',

  'cli.user.usage': `用法：
  icat user add --email E --name N [--entity ACRONYM] --role ROLE [--role ROLE …] [--password-stdin]
  icat user reset-password --email E`,
  'cli.user.created': '已创建 {email}（{roles}）。',
  'cli.user.createdFor': '已创建 {email}（{roles}，{entity}）。',
  'cli.user.setPasswordLink': '设置密码链接（仅可使用一次，7 天内有效）：{link}',
  'cli.user.resetLink': '{email} 的密码重置链接（仅可使用一次，2 小时内有效）：{link}',

  'cli.report.usage': `用法：icat report YEAR [--lang {languages}] [--format html,pdf,docx] [--out DIR]
  将 YEAR 年度报告（HTML、PDF、Word 以及每幅图表的 CSV 数据）写入 DIR，
  使用所要求的语言（默认为英文；其他语言的文件名以 -LANG 结尾）。
  定稿或已发布的报告依据其冻结数据编写；草稿依据当前数据编写。`,
  'cli.report.language': '未知语言“{lang}”：请使用 {languages}。\n{usage}',

  'cli.messages.usage': `用法：icat messages export --lang {languages} [--format xliff|xliff12] FILE
      icat messages import FILE
  export 将每条消息写为一个 XLIFF 单元（2.0，或使用 --format xliff12 时为 1.2）：源文为英文，
  目标为该语言的当前消息。import 将此类文件读回数据库；它先检查每个单元，
  只要有一个单元存在问题，便不导入任何内容。`,
  'cli.messages.oneFile': '请指定一个文件。\n{usage}',
  'cli.messages.language': '请用 --lang 指定语言：{languages} 之一。\n{usage}',
  'cli.messages.format': '未知格式“{format}”：请使用 xliff（XLIFF 2.0）或 xliff12（XLIFF 1.2）。\n{usage}',

  'cli.texts.usage': '用法：icat texts export --kind statement|publication|event|report_section --id ID --lang fr|es|ar|ru|zh|en FILE.xlf\n      icat texts import FILE.xlf',
  'cli.texts.kind': '--kind 必须是以下之一：{kinds}。\n{usage}',
  'cli.texts.id': '必须提供 --id（报告章节为 YEAR.section，例如 2022.foreword）。\n{usage}',
  'cli.texts.language': '--lang 必须是以下之一：en、fr、es、ar、ru、zh。\n{usage}',
  'cli.texts.fileToWrite': '请指定要写入的文件。\n{usage}',
  'cli.texts.fileToRead': '请指定要读取的文件。\n{usage}',
  'cli.texts.action': '请指定 export 或 import。\n{usage}',
  'cli.texts.exported': '已写入 {file}：{kind} {id}，供译为 {language}。',
  'cli.texts.unchanged': '{file}：{kind} {ref} 的 {language} 译文已是此内容；未作任何更改。',
  'cli.texts.stored': '{file}：已存储 {kind} {ref} 的 {language} 译文版本 {version}{created, select, yes {（新译文）} other {}}，在秘书处批准前为非正式版本。见 {url}',

  'xliff.notWellFormed': '该文件不是格式正确的 XML：{error}',
  'xliff.version': '这是 XLIFF“{version}”版本：导出和导入支持 2.0 或 1.2 版本。',
  'xliff.notXliff': '该文件不是 XLIFF 文件：其中没有 <xliff> 元素。',
  'xliff.targetLanguage': '该文件的目标语言为“{language}”：必须是 {languages} 之一。',
  'xliff.text.foreignElement': '<{element}> 不是 XLIFF 2.0 元素（命名空间 {namespace}）。',
  'xliff.text.markupInside': '单元“{unit}”：其{part, select, source {源文} other {目标}}包含 <{element}>，本平台无法读取；请按源文中的方式书写标记。',
  'xliff.text.duplicate': '单元“{unit}”出现了两次。',
  'xliff.text.notXliff': '该文件不是 XLIFF 2.0 文件：其中没有 <xliff> 元素。',
  'xliff.text.languages': '文件的语言（srcLang“{source}”，trgLang“{target}”）必须是 en、fr、es、ar、ru、zh 之一。',
  'xliff.text.noOriginal': '该文件未说明其翻译的是哪篇文本（<file original="kind/id">）。',
  'xliff.text.unknownUnit': '单元“{unit}”不是该文本的单元（其单元为 {units}）。',
  'xliff.text.missingUnit': '文件中缺少单元“{unit}”。',
  'xliff.text.sourceChanged': '单元“{unit}”：其源文与文本的当前内容不一致；请重新导出文件。',
  'xliff.text.emptyTarget': '单元“{unit}”没有译文（其目标为空）。',
  'xliff.text.markup': '单元“{unit}”：目标的标记（{target}）与源文的标记（{source}）不同；请保留链接、强调和占位符的原样。',
  'xliff.text.refused': '文件未导入；未写入任何内容。\n{problems}',
  'xliff.text.noText': '{file}：<file original="{original}"> 未指向本平台的任何文本（kind/id，例如 statement/12）。',
  'xliff.text.sourceLanguage': '{file}：文件译自“{declared}”，但文本以“{language}”撰写。',
  'xliff.text.ownLanguage': '{file}：目标语言“{language}”就是文本本身的语言。',
  'texts.ref.invalid':
    '“{ref}”未指向任何{kind, select, statement {声明} publication {出版物} event {活动} other {报告章节}}：请提供{kind, select, report_section {年份和章节，例如 2022.foreword} other {一个数字}}。',
  'texts.ref.expected': '必须是{kind, select, report_section {年份和章节，例如 2022.foreword} other {一个数字}}',
};

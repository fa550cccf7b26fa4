import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'admin.signIn.title': 'تسجيل الدخول',
  'admin.signIn.intro':
    'يتيح مقدمو الهوية لموظفي المنظمات الأعضاء تسجيل الدخول بالحساب الذي توفره لهم منظماتهم (Microsoft Entra ID أو Okta أو Keycloak أو أي مقدم لخدمة OpenID Connect). وتظل الأدوار محددة هنا: إذ يؤدي أول تسجيل دخول إلى إنشاء حساب عضو في المنظمة التي يخدمها مقدم الهوية.',
  'admin.signIn.redirect': 'سجّل عنوان URI لإعادة التوجيه هذا لدى كل مقدم هوية:',
  'admin.signIn.providers': 'مقدمو الهوية',
  'admin.signIn.none': 'لم يُضبط أي مقدم هوية: يسجّل الجميع الدخول بكلمة مرور.',
  'admin.signIn.add': 'إضافة مقدم هوية',
  'admin.signIn.name': 'الاسم المعروض على زر تسجيل الدخول',
  'admin.signIn.issuer': 'عنوان URL للجهة المصدرة',
  'admin.signIn.issuer.hint': 'الجهة المصدرة لدى مقدم الهوية، كما ترد في /.well-known/openid-configuration الخاص به (بالنسبة إلى Entra ID: https://login.microsoftonline.com/TENANT/v2.0).',
  'admin.signIn.clientId': 'معرّف العميل',
  'admin.signIn.clientSecret': 'سر العميل',
  'admin.signIn.clientSecret.keep': 'محفوظ، وينتهي بـ {end}. اتركه فارغًا للإبقاء عليه.',
  'admin.signIn.entities': 'المنظمات التي يخدمها (المختصرات، مختصر واحد في كل سطر؛ تنضم الحسابات الجديدة إلى المنظمة الأولى)',
  'admin.signIn.domains': 'نطاقات البريد الإلكتروني التي يضمنها (نطاق واحد في كل سطر)',
  'admin.signIn.passwordsAllowed': 'يجوز للأشخاص في هذه النطاقات مواصلة تسجيل الدخول بكلمة مرور',
  'admin.signIn.save': 'حفظ مقدم الهوية',
  'admin.signIn.remove': 'إزالة',
  'admin.signIn.confirmRemove': 'هل تريد إزالة مقدم الهوية هذا؟ لن يتمكن الأشخاص التابعون له من تسجيل الدخول عبره بعد ذلك.',
  'admin.signIn.saved': 'حُفظ مقدم الهوية.',
  'admin.signIn.removed': 'أُزيل مقدم الهوية.',
  'admin.signIn.approval': 'الحسابات الجديدة',
  'admin.signIn.approvalRequired': 'تظل الحسابات المنشأة عند أول تسجيل دخول عبر مقدم هوية بانتظار موافقة أحد المسؤولين أو جهة التنسيق في المنظمة المعنية',
  'admin.signIn.approvalSaved': 'حُفظ الإعداد.',
};

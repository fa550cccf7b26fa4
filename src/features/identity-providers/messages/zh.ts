import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const zh: Translation<typeof en> = {
  'admin.signIn.title': '登录设置',
  'admin.signIn.intro':
    '身份提供方让成员组织的工作人员使用其所属组织提供的账户登录（Microsoft Entra ID、Okta、Keycloak 或任何 OpenID Connect 提供方）。角色仍在本平台管理：首次登录时，将在该提供方所服务的组织下创建一个成员账户。',
  'admin.signIn.redirect': '请向每个提供方登记此重定向 URI：',
  'admin.signIn.providers': '身份提供方',
  'admin.signIn.none': '未配置身份提供方：所有人均使用密码登录。',
  'admin.signIn.add': '添加身份提供方',
  'admin.signIn.name': '登录按钮上显示的名称',
  'admin.signIn.issuer': '颁发者 URL',
  'admin.signIn.issuer.hint': '提供方的颁发者，以其 /.well-known/openid-configuration 所示为准（Entra ID 为：https://login.microsoftonline.com/TENANT/v2.0）。',
  'admin.signIn.clientId': '客户端 ID',
  'admin.signIn.clientSecret': '客户端密钥',
  'admin.signIn.clientSecret.keep': '已保存，末尾为{end}。留空则保持不变。',
  'admin.signIn.entities': '所服务的组织（缩写，每行一个；新账户归入第一个组织）',
  'admin.signIn.domains': '其担保的电子邮件域（每行一个）',
  'admin.signIn.passwordsAllowed': '这些域的人员仍可使用密码登录',
  'admin.signIn.save': '保存提供方',
  'admin.signIn.remove': '移除',
  'admin.signIn.confirmRemove': '是否移除此身份提供方？其人员将不能再通过它登录。',
  'admin.signIn.saved': '身份提供方已保存。',
  'admin.signIn.removed': '身份提供方已移除。',
  'admin.signIn.approval': '新账户',
  'admin.signIn.approvalRequired': '通过提供方首次登录时创建的账户须经管理员或其所属组织联络人批准',
  'admin.signIn.approvalSaved': '设置已保存。',
};

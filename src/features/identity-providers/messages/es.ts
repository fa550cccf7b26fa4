import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'admin.signIn.title': 'Inicio de sesión',
  'admin.signIn.intro':
    'Los proveedores de identidad permiten al personal de las organizaciones miembros iniciar sesión con la cuenta que les proporciona su organización (Microsoft Entra ID, Okta, Keycloak o cualquier proveedor de OpenID Connect). Las funciones se gestionan aquí: el primer inicio de sesión crea una cuenta de miembro de la organización a la que presta servicio el proveedor.',
  'admin.signIn.redirect': 'Registre este URI de redirección en cada proveedor:',
  'admin.signIn.providers': 'Proveedores de identidad',
  'admin.signIn.none': 'No hay ningún proveedor de identidad configurado: todas las personas inician sesión con una contraseña.',
  'admin.signIn.add': 'Añadir un proveedor de identidad',
  'admin.signIn.name': 'Nombre que se muestra en el botón de inicio de sesión',
  'admin.signIn.issuer': 'URL del emisor',
  'admin.signIn.issuer.hint': 'El emisor del proveedor, tal como figura en su /.well-known/openid-configuration (para Entra ID: https://login.microsoftonline.com/TENANT/v2.0).',
  'admin.signIn.clientId': 'ID de cliente',
  'admin.signIn.clientSecret': 'Secreto de cliente',
  'admin.signIn.clientSecret.keep': 'Guardado; termina en {end}. Déjelo vacío para conservarlo.',
  'admin.signIn.entities': 'Organizaciones a las que presta servicio (siglas, una por línea; las cuentas nuevas se asignan a la primera)',
  'admin.signIn.domains': 'Dominios de correo electrónico que avala (uno por línea)',
  'admin.signIn.passwordsAllowed': 'Las personas de estos dominios pueden seguir iniciando sesión con una contraseña',
  'admin.signIn.save': 'Guardar el proveedor',
  'admin.signIn.remove': 'Eliminar',
  'admin.signIn.confirmRemove': '¿Eliminar este proveedor de identidad? Sus usuarios ya no podrán iniciar sesión a través de él.',
  'admin.signIn.saved': 'Se ha guardado el proveedor de identidad.',
  'admin.signIn.removed': 'Se ha eliminado el proveedor de identidad.',
  'admin.signIn.approval': 'Cuentas nuevas',
  'admin.signIn.approvalRequired':
    'Las cuentas creadas en un primer inicio de sesión a través de un proveedor quedan pendientes de aprobación por un administrador o por el punto focal de su organización',
  'admin.signIn.approvalSaved': 'Se ha guardado la configuración.',
};

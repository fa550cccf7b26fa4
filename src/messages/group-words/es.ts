import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'role.advisors.unnamed': 'Asesor(a)',
  'raised.role.advisorsNotOffered': 'El Grupo no prevé ninguna función consultiva: elija otra función.',
  'reports.narrative.crises.unnamed': 'Grupos de trabajo: introducción',
  'mail.passwordReset.subject': 'Restablecimiento de su contraseña en la plataforma de coordinación {group}',
  'mail.passwordReset.body':
    'Estimado/a {name}:\n\nSe ha solicitado restablecer la contraseña de su cuenta. Si la solicitud es suya, elija una nueva contraseña en un plazo de 2 horas con este enlace (solo puede usarse una vez):\n\n{link}\n\nSi no la ha hecho usted, haga caso omiso de este mensaje; su contraseña no cambiará.\n',
  'mail.reminder.subject': 'Recordatorio: informe de progreso {group} del período {period}, con plazo el {deadline}',
  'mail.reminder.body':
    'Estimado/a {name}:\n\nLos informes de progreso de la organización {entity} correspondientes al período {period} deben presentarse a más tardar el {deadline} y aún faltan algunos.\nPuede prepararlos y presentarlos aquí: {link}\n\nEste es el único recordatorio que recibirá para este período.',
};

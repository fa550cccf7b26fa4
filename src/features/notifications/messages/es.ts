import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const es: Translation<typeof en> = {
  'nav.notifications': 'Notificaciones',
  'nav.notifications.count': '{count, plural, one {{count} notificación sin leer} many {{count} de notificaciones sin leer} other {{count} notificaciones sin leer}}',
  'notification.kind.update_submitted': 'Se presenta una actualización de progreso para su revisión (a los copresidentes de su año)',
  'notification.kind.update_returned': 'Se devuelve una actualización de progreso de su organización',
  'notification.kind.update_accepted': 'Se acepta una actualización de progreso de su organización',
  'notification.kind.round_opened': 'Se abre una ronda de respaldo (a los puntos focales)',
  'notification.kind.round_closing': 'Una ronda de respaldo se cierra en 48 horas sin la posición de su organización',
  'notification.kind.consultation_opened': 'Una consulta le invita a formular comentarios',
  'notification.kind.comment_reply': 'Alguien comenta después de usted en el mismo párrafo',
  'notification.update_submitted.subject': 'Actualización de progreso por revisar: {entity}, {title}',
  'notification.update_submitted.body':
    '{entity} ha presentado para su revisión su actualización de progreso sobre “{title}” ({period}). Como copresidente de {year}, usted la acepta o la devuelve con un comentario.',
  'notification.update_returned.subject': 'Actualización de progreso devuelta: {title}',
  'notification.update_returned.body':
    '{reviewer} ha devuelto la actualización de progreso de {entity} sobre “{title}” ({period}). Modifíquela según se indica en el comentario y vuelva a presentarla.',
  'notification.update_accepted.subject': 'Actualización de progreso aceptada: {title}',
  'notification.update_accepted.body': '{reviewer} ha aceptado la actualización de progreso de {entity} sobre “{title}” ({period}).',
  'notification.round_opened.subject': 'Ronda de respaldo: {title}',
  'notification.round_opened.body':
    'El texto “{title}” (versión {version}) está abierto a respaldo hasta el {deadline}.\nRegla: {rule}.\nRegistre la posición de su organización (respaldar, abstenerse u objetar); podrá cambiarla hasta que se cierre la ronda.',
  'notification.round_closing.subject': 'La ronda de respaldo se cierra el {deadline}: {title}',
  'notification.round_closing.body':
    'La ronda de respaldo sobre “{title}” se cierra el {deadline} y {entity} aún no ha registrado su posición. Regístrela (respaldar, abstenerse u objetar) antes de esa fecha.',
  'notification.consultation_opened.subject': 'Consulta: {title}',
  'notification.consultation_opened.body':
    'Se le invita a formular comentarios sobre el borrador “{title}” hasta el {deadline}.\nLos comentarios se vinculan a un párrafo. Puede pedir que su comentario se muestre solo con su función, sin su nombre.',
  'notification.comment_reply.subject': 'Un nuevo comentario después del suyo: {title}',
  'notification.comment_reply.body': '{author} ha comentado el párrafo {paragraph} de “{title}”, donde usted también había comentado.',
  'notification.message': 'Mensaje de {from}:\n{message}',
  'notification.from.penHolders': 'los copresidentes',
  'notification.mail.greeting': 'Estimado/a {name}:',
  'notification.mail.open': 'Abrir: {link}',
  'notification.mail.footer': 'Recibe este correo según sus preferencias de notificación. Para cambiarlas: {link}',
  'notification.digest.subject':
    '{count, plural, one {Plataforma {group}: {count} notificación del día} many {Plataforma {group}: {count} de notificaciones del día} other {Plataforma {group}: {count} notificaciones del día}}',
  'notification.digest.intro': 'Lo que le ha concernido en la plataforma desde el último resumen:',
  'notifications.title': 'Notificaciones',
  'notifications.intro':
    'Todo el trabajo que se le asigna: actualizaciones por revisar, actualizaciones devueltas o aceptadas, rondas de respaldo y consultas, comentarios posteriores a los suyos. Los correos se envían según sus preferencias; todo figura también aquí.',
  'notifications.unreadCount': '{count, plural, one {{count} sin leer} many {{count} sin leer} other {{count} sin leer}}',
  'notifications.none': 'Aún no hay notificaciones. Cuando alguien le asigne trabajo (una actualización por revisar, una ronda que responder, un comentario posterior al suyo), aparecerá aquí.',
  'notifications.unread': 'Sin leer',
  'notifications.markRead': 'Marcar como leída',
  'notifications.markAllRead': 'Marcar todas como leídas',
  'notifications.preferencesLink': 'Elegir qué recibir por correo',
  'notifications.notice.read': 'Marcada como leída.',
  'notifications.notice.allRead': 'Todas las notificaciones se han marcado como leídas.',
  'notifications.caption': 'Notificaciones, de la más reciente a la más antigua',
  'preferences.title': 'Notificaciones por correo',
  'preferences.intro':
    'Para cada tipo de notificación, elija recibir un correo inmediato, un resumen diario o ningún correo. Sea cual sea su elección, todas las notificaciones figuran en Notificaciones.',
  'preferences.mode.immediate': 'Correo inmediato',
  'preferences.mode.daily': 'Resumen diario, a las 07:00 UTC',
  'preferences.mode.none': 'Ningún correo; solo figura aquí',
  'preferences.groups.title': 'Nuevas entradas en sus grupos de trabajo',
  'preferences.groups.intro': 'Para cada grupo de trabajo, elija un correo por cada entrada nueva, un resumen semanal o ningún correo. Es la misma opción que en la página del grupo.',
  'preferences.groups.none': 'Aún no forma parte de ningún grupo de trabajo. Los grupos de su organización aparecerán aquí.',
  'preferences.groups.hint': 'Correos sobre nuevas entradas en este grupo',
  'preferences.groups.save': 'Guardar la opción para {group}',
  'preferences.groups.open': 'Abrir {group}',
  'preferences.saved': 'Sus preferencias se han guardado.',
  'preferences.submit': 'Guardar mis preferencias',
};

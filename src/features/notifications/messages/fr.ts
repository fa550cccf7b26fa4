import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  'nav.notifications': 'Notifications',
  'nav.notifications.count': '{count, plural, one {{count} notification non lue} many {{count} de notifications non lues} other {{count} notifications non lues}}',
  'notification.kind.update_submitted': 'Un rapport d’étape est soumis pour examen (aux coprésidents de l’année concernée)',
  'notification.kind.update_returned': 'Un rapport d’étape de votre organisation est renvoyé',
  'notification.kind.update_accepted': 'Un rapport d’étape de votre organisation est accepté',
  'notification.kind.round_opened': 'Un cycle d’approbation s’ouvre (aux points focaux)',
  'notification.kind.round_closing': 'Un cycle d’approbation se termine dans 48 heures sans la position de votre organisation',
  'notification.kind.consultation_opened': 'Une consultation vous invite à formuler des commentaires',
  'notification.kind.comment_reply': 'Quelqu’un commente après vous le même paragraphe',
  'notification.update_submitted.subject': 'Rapport d’étape à examiner : {entity}, {title}',
  'notification.update_submitted.body':
    '{entity} a soumis pour examen son rapport d’étape sur « {title} » ({period}). En tant que coprésident de {year}, vous l’acceptez ou le renvoyez avec un commentaire.',
  'notification.update_returned.subject': 'Rapport d’étape renvoyé : {title}',
  'notification.update_returned.body': '{reviewer} a renvoyé le rapport d’étape de {entity} sur « {title} » ({period}). Modifiez-le comme indiqué dans le commentaire et soumettez-le à nouveau.',
  'notification.update_accepted.subject': 'Rapport d’étape accepté : {title}',
  'notification.update_accepted.body': '{reviewer} a accepté le rapport d’étape de {entity} sur « {title} » ({period}).',
  'notification.round_opened.subject': 'Cycle d’approbation : {title}',
  'notification.round_opened.body':
    'Le texte « {title} » (version {version}) est soumis à approbation jusqu’au {deadline}.\nRègle : {rule}.\nVeuillez enregistrer la position de votre organisation (approuver, s’abstenir ou faire objection) ; vous pourrez la modifier jusqu’à la clôture du cycle.',
  'notification.round_closing.subject': 'Clôture du cycle d’approbation le {deadline} : {title}',
  'notification.round_closing.body':
    'Le cycle d’approbation sur « {title} » se termine le {deadline}, et {entity} n’a pas encore enregistré de position. Veuillez l’enregistrer (approuver, s’abstenir ou faire objection) d’ici là.',
  'notification.consultation_opened.subject': 'Consultation : {title}',
  'notification.consultation_opened.body':
    'Vous êtes invité(e) à commenter le projet « {title} » jusqu’au {deadline}.\nLes commentaires se rapportent à un paragraphe. Vous pouvez demander que votre commentaire soit affiché avec votre seul rôle, sans votre nom.',
  'notification.comment_reply.subject': 'Nouveau commentaire après le vôtre : {title}',
  'notification.comment_reply.body': '{author} a commenté le paragraphe {paragraph} de « {title} », que vous aviez également commenté.',
  'notification.message': 'Message de {from} :\n{message}',
  'notification.from.penHolders': 'les coprésidents',
  'notification.mail.greeting': 'Bonjour {name},',
  'notification.mail.open': 'Pour l’ouvrir : {link}',
  'notification.mail.footer': 'Vous recevez ce courriel en raison de vos préférences de notification. Pour les modifier : {link}',
  'notification.digest.subject':
    '{count, plural, one {Plateforme {group} : {count} notification du jour} many {Plateforme {group} : {count} de notifications du jour} other {Plateforme {group} : {count} notifications du jour}}',
  'notification.digest.intro': 'Ce qui vous a concerné(e) sur la plateforme depuis le dernier récapitulatif :',
  'notifications.title': 'Notifications',
  'notifications.intro':
    'Tout ce qui vous est transmis : rapports d’étape à examiner, rapports d’étape renvoyés ou acceptés, cycles d’approbation et consultations, commentaires après les vôtres. Les courriels suivent vos préférences ; tout est également répertorié ici.',
  'notifications.unreadCount': '{count, plural, one {{count} non lue} many {{count} non lues} other {{count} non lues}}',
  'notifications.none':
    'Aucune notification pour l’instant. Lorsque quelqu’un vous confie du travail (un rapport d’étape à examiner, un cycle auquel répondre, un commentaire après le vôtre), la notification apparaît ici.',
  'notifications.unread': 'Non lue',
  'notifications.markRead': 'Marquer comme lue',
  'notifications.markAllRead': 'Tout marquer comme lu',
  'notifications.preferencesLink': 'Choisir ce que vous recevez par courriel',
  'notifications.notice.read': 'Marquée comme lue.',
  'notifications.notice.allRead': 'Toutes les notifications sont marquées comme lues.',
  'notifications.caption': 'Notifications, des plus récentes aux plus anciennes',
  'preferences.title': 'Notifications par courriel',
  'preferences.intro':
    'Pour chaque type de notification, choisissez un courriel immédiat, un récapitulatif quotidien ou aucun courriel. Quel que soit votre choix, toutes les notifications sont répertoriées sous Notifications.',
  'preferences.mode.immediate': 'Courriel immédiat',
  'preferences.mode.daily': 'Récapitulatif quotidien, à 07:00 UTC',
  'preferences.mode.none': 'Aucun courriel, affichage ici uniquement',
  'preferences.groups.title': 'Nouveaux messages dans vos groupes de travail',
  'preferences.groups.intro':
    'Pour chaque groupe de travail, choisissez un courriel pour chaque nouveau message, un récapitulatif hebdomadaire ou aucun courriel. Il s’agit du même choix que sur la page du groupe.',
  'preferences.groups.none': 'Vous ne faites encore partie d’aucun groupe de travail. Les groupes de votre organisation apparaîtront ici.',
  'preferences.groups.hint': 'Courriels concernant les nouveaux messages de ce groupe',
  'preferences.groups.save': 'Enregistrer le choix pour {group}',
  'preferences.groups.open': 'Ouvrir {group}',
  'preferences.saved': 'Vos choix sont enregistrés.',
  'preferences.submit': 'Enregistrer mes choix',
};

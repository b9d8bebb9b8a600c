# Page du chef de délégation, accréditation des chefs de délégation par le
# secrétariat, page affichant une seule fois un nouveau lien d’invitation,
# et délégation sur la page d’un État membre. Français.

delegation-role-head = Chef de délégation
delegation-role-delegate = Délégué(e)
delegation-role-alternate = Suppléant(e)
delegation-col-role = Fonction
delegation-col-handle = Identifiant public
delegation-col-since = Entrée en fonction
delegation-since-entry = Entrée { $index }

delegation-title = Délégation de { $member }
delegation-lead = Vous êtes chef de cette délégation. Invitez ses délégués et suppléants, et retirez-les lorsqu’ils la quittent.
delegation-people = Membres de la délégation
delegation-remove = Retirer
delegation-invite-heading = Inviter un délégué ou un suppléant
delegation-kind-legend = Inviter en qualité de
delegation-kind-error = Choisissez délégué ou suppléant
delegation-back = Retour à votre délégation

invite-note-label = Destinataire de l’invitation
invite-note-hint = Note privée permettant de reconnaître l’invitation dans votre liste, par exemple le nom de la personne. Elle n’est pas publiée.
invite-note-missing = Indiquez à qui l’invitation est destinée
invite-email-label = Adresse électronique (facultatif)
invite-email-hint = Si vous en indiquez une, le lien y est également envoyé. L’adresse n’est pas conservée.
invite-email-error = Saisissez une adresse électronique valide, par exemple nom@exemple.org
invite-submit = Créer le lien d’invitation
text-too-long = Saisissez au plus { $max } caractères

invitations-heading = Vos invitations
invitations-caption = Invitations que vous avez émises, des plus récentes aux plus anciennes
invitations-none = Vous n’avez encore émis aucune invitation.
invitations-col-kind = Invitation en qualité de
invitations-col-member = État membre
invitations-col-note = Remarque
invitations-col-status = Statut
invitations-col-expires = Valable jusqu’au
invitations-col-action = Opérations
invitation-revoke = Révoquer
invitation-status-open = Ouverte
invitation-status-used = Utilisée
invitation-status-revoked = Révoquée
invitation-status-expired = Expirée
invitation-kind-secretariat = Personnel du secrétariat
invitation-kind-observer = Observateur
invitation-kind-stakeholder = Membre d’une organisation

issued-title = Lien d’invitation créé
issued-lead = Transmettez ce lien à titre confidentiel à la personne à qui il est destiné ({ $note }). Il ne fonctionne qu’une fois, jusqu’au { $expires }.
issued-link-label = Le lien d’invitation
issued-once = Ce lien n’est affiché qu’à présent. Il n’est pas conservé en clair et ne pourra plus être affiché : copiez-le avant de quitter cette page.
issued-emailed = Le lien a également été envoyé à l’adresse électronique indiquée.
issued-not-emailed = Le lien n’a pas pu être envoyé par courrier électronique. Transmettez-le vous-même à la personne.

remove-title = Retirer { $handle } de la délégation
remove-lead = Le retrait prend effet immédiatement et est consigné dans le registre public, avec le motif si vous en indiquez un.
remove-reason-label = Motif (facultatif)
remove-reason-hint = Il sera public. N’y inscrivez aucune information privée.
remove-submit = Retirer de la délégation
remove-cancel = Annuler

secretariat-title = Secrétariat
secretariat-lead = Les tâches du secrétariat.
secretariat-accreditation = Accréditation des chefs de délégation
secretariat-accreditation-text = Inviter le chef de la délégation d’un État membre, suivre les invitations émises et voir quels États ont un chef de délégation.
secretariat-admissions = Admission des organisations
secretariat-admissions-text = Statuer sur les demandes de participation des organisations de parties prenantes aux travaux de l’organisation.

accreditation-title = Accréditation des chefs de délégation
accreditation-lead = Chaque chef de délégation est accrédité au moyen d’un lien d’invitation à usage unique. Lorsque la personne l’accepte, l’accréditation est consignée dans le registre public.
accreditation-form = Accréditer un chef de délégation
accreditation-member-label = État membre
accreditation-member-choose = Choisissez un État membre
accreditation-member-missing = Choisissez l’État membre de la délégation
accreditation-member-unknown = Choisissez un État membre dans la liste
accreditation-member-taken = { $member } a déjà un chef de délégation
accreditation-back = Retour à l’accréditation
accreditation-invitations = Invitations émises par le secrétariat
accreditation-invitations-caption = Toutes les invitations, des plus récentes aux plus anciennes
accreditation-invitations-none = Aucune invitation n’a encore été émise.
accreditation-heads = Chefs de délégation accrédités
accreditation-heads-caption = États membres ayant un chef de délégation accrédité
accreditation-heads-none = Aucun chef de délégation n’a encore été accrédité.

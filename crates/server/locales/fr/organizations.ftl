# Organisations parties prenantes, candidatures et admission. Français.

orgs-title = Organisations parties prenantes
orgs-lead = Les entreprises, les institutions de recherche, les organisations de la société civile et les organisations intergouvernementales participent aux travaux de l’Organisation au sein de quatre chambres. Le secrétariat les admet sur candidature.
orgs-chambers-heading = Les chambres
orgs-apply-link = Présenter la candidature de votre organisation
orgs-filter-form = Filtrer les organisations
orgs-chamber-label = Chambre
orgs-status-label = Statut
orgs-any-chamber = Toutes les chambres
orgs-any-status = Tous les statuts
orgs-filter = Filtrer
orgs-clear = Effacer les filtres
orgs-error-chamber = Choisissez une chambre dans la liste
orgs-error-status = Choisissez un statut dans la liste
orgs-count = { $count ->
    [0] Aucune organisation trouvée
    [one] 1 organisation trouvée
   *[other] { $count } organisations trouvées
}
orgs-caption = Organisations parties prenantes, par ordre de candidature
orgs-col-name = Nom
orgs-col-chamber = Chambre
orgs-col-country = Pays
orgs-col-status = Statut
orgs-none = Aucune organisation ne correspond à ces filtres.
orgs-no-country = Non indiqué
orgs-status-applied = Candidature déposée
orgs-status-admitted = Admise
orgs-status-declined = Refusée

chamber-industry = Industrie
chamber-research = Recherche
chamber-civil_society = Société civile
chamber-intergovernmental = Organisations intergouvernementales
chamber-about-industry = Entreprises et associations professionnelles.
chamber-about-research = Universités et institutions de recherche.
chamber-about-civil_society = Organisations non gouvernementales et de la société civile.
chamber-about-intergovernmental = Organisations intergouvernementales et leurs institutions.

org-details = Informations
org-chamber = Chambre
org-country = Pays
org-website = Site web
org-applicant = Candidat et gestionnaire
org-applied = Candidature
org-decided = Décision
org-reason = Motif du refus
org-entry = Entrée { $index } du registre public
org-members = Membres
org-members-none = L’organisation n’a pas encore de membres. Ses membres la rejoignent une fois qu’elle est admise.
org-manager = Gestionnaire
org-remove = Retirer { $handle }
org-invite-heading = Inviter un membre
org-invite-lead = La personne reçoit un lien à usage unique avec lequel elle crée son compte de membre de cette organisation.
org-invite-note = Destinataire de l’invitation (facultatif)
org-invite-note-hint = Reste confidentiel ; pour votre propre liste d’invitations.
org-invite-email = Adresse électronique (facultatif)
org-invite-email-hint = Le lien est envoyé à cette adresse si ce serveur peut envoyer des courriels. L’adresse n’est pas conservée.
org-invite-submit = Créer le lien d’invitation
org-invite-error-note = Saisissez au plus { $max } caractères
org-invite-created-title = Lien d’invitation créé
org-invite-link-label = Le lien d’invitation à usage unique :
org-invite-once = Transmettez-le à la personne par un moyen confidentiel. Il ne fonctionne qu’une fois, jusqu’au { $date }. Il n’est affiché que maintenant : copiez-le avant de quitter cette page.
org-invite-back = Retour à l’organisation

apply-title = Présenter la candidature de votre organisation
apply-lead = Le secrétariat statue sur chaque candidature, et sa décision est consignée dans le registre public. Une fois votre organisation admise, vous en gérez les membres.
apply-name = Nom de l’organisation
apply-chamber = Chambre
apply-chamber-hint = La chambre au sein de laquelle l’organisation participera.
apply-country = Pays où elle est établie (facultatif)
apply-website = Site web (facultatif)
apply-website-hint = Par exemple, https://www.example.org
apply-submit = Envoyer la candidature
apply-cancel = Annuler
apply-error-name = Saisissez le nom de l’organisation
apply-error-name-form = Saisissez un nom d’au plus 200 caractères, sur une seule ligne
apply-error-chamber = Choisissez la chambre de l’organisation
apply-error-country = Choisissez un pays dans la liste
apply-error-website = Saisissez une adresse web d’au plus 300 caractères commençant par https:// ou http://
apply-error-pending = Votre candidature précédente attend toujours une décision. Vous pourrez présenter une nouvelle candidature lorsque le secrétariat aura statué.
apply-error-affiliated = Vous agissez déjà pour un État membre, une organisation ou le secrétariat. Un compte n’agit que pour l’un d’eux à la fois.

adm-title = Admission des organisations
adm-lead = Admettez ou refusez les organisations candidates. Chaque décision est consignée dans le registre public, avec le motif en cas de refus.
adm-waiting-heading = Candidatures en attente
adm-waiting-none = Aucune candidature n’attend de décision.
adm-decision = Décision concernant { $name }
adm-admit = Admettre
adm-decline = Refuser
adm-reason = Motif du refus
adm-reason-hint = Obligatoire en cas de refus. Il est publié dans le registre public.
adm-submit = Consigner la décision
adm-error-decision = Indiquez si l’organisation est admise ou refusée
adm-error-reason = Saisissez le motif du refus
adm-error-reason-long = Saisissez un motif d’au plus 1 000 caractères
adm-error-affiliated = Le candidat agit désormais pour un État membre, une organisation ou le secrétariat ; l’organisation ne peut donc pas être admise. Refusez-la en indiquant le motif.
adm-recent-heading = Décisions récentes
adm-recent-caption = Les dernières décisions, des plus récentes aux plus anciennes
adm-recent-none = Aucune candidature n’a encore fait l’objet d’une décision.

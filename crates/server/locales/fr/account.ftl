# Son propre compte : accepter une invitation, s'inscrire, le résumé du
# compte, le mot de passe et les jetons d'API. Français.

account-role-anonymous = Visiteur
account-role-participant = Participant aux consultations
account-role-observer = Observateur
account-role-stakeholder = Membre d'une organisation partie prenante
account-role-alternate = Suppléant
account-role-delegate = Délégué
account-role-head_of_delegation = Chef de délégation
account-role-secretariat = Membre du secrétariat

# Ce qu'un jeton d'API peut faire.
account-action-read_public = Consulter le registre public
account-action-read_own_account = Consulter votre compte
account-action-manage_own_credentials = Modifier votre mot de passe et la connexion en deux étapes
account-action-manage_own_tokens = Créer et révoquer des jetons d'API
account-action-invite_secretariat = Inviter des membres du secrétariat
account-action-invite_observer = Inviter des observateurs
account-action-invite_head = Accréditer des chefs de délégation
account-action-withdraw_head = Retirer l'accréditation de chefs de délégation
account-action-invite_delegation_member = Inviter des délégués et des suppléants
account-action-remove_delegation_member = Retirer des délégués et des suppléants
account-action-apply_organization = Présenter la candidature d'une organisation
account-action-decide_organization = Admettre ou refuser des organisations
account-action-invite_organization_member = Inviter des membres de votre organisation
account-action-remove_organization_member = Retirer des membres de votre organisation
account-action-manage_invitations = Consulter et révoquer vos invitations
account-action-publish_document = Publier des documents
account-action-create_consultation = Créer des consultations
account-action-manage_consultation = Ouvrir, clore et rouvrir des consultations
account-action-moderate_consultation = Modérer des consultations
account-action-translate_statement = Traduire les propositions des consultations
account-action-import_consultation = Importer des consultations tenues ailleurs (exports Pol.is)
account-action-take_part = Participer aux consultations
account-action-publish_decision_types = Publier de nouvelles versions des types de décision
account-action-manage_delegation_key = Enregistrer, renouveler et révoquer la clé de signature de la délégation
account-action-open_ballot = Ouvrir des scrutins
account-action-close_ballot = Clore des scrutins
account-action-record_votes = Enregistrer les votes des appels nominaux faits en séance
account-action-cast_vote = Voter au nom de l’État membre lors des scrutins
account-action-manage_proxy = Donner et retirer la procuration de l’État membre pour un scrutin
account-action-designate_alternate = Désigner des suppléants pour voter lors d’un scrutin
account-action-redact_content = Retirer un contenu publié
account-action-read_metrics = Lire les métriques du serveur
account-action-publish_methodology = Publier une version de la méthodologie de l’indice de la fracture
account-action-record_indicator_values = Enregistrer des valeurs d’indicateurs tirées de sources publiées
account-action-submit_indicator_value = Soumettre une valeur nationale plus récente d’un indicateur
account-action-review_indicator_value = Accepter ou rejeter les valeurs d’indicateurs soumises

# Les champs d'un nouveau compte.
account-username = Nom d'utilisateur
account-username-hint = De 3 à 40 caractères : lettres minuscules de a à z, chiffres, point, tiret bas ou trait d'union (. _ -)
account-display-name = Votre nom
account-display-name-hint = Visible par vous et par le secrétariat, jamais dans le registre public
account-password = Mot de passe
account-password-hint = Au moins { $min } caractères
account-email = Adresse électronique (facultatif)
account-email-hint = Reste confidentielle ; sert uniquement à vous écrire au sujet de votre compte
account-error-username = Saisissez un nom d'utilisateur de 3 à 40 caractères, composé uniquement de lettres minuscules de a à z, de chiffres, de points, de tirets bas ou de traits d'union
account-error-username-taken = Ce nom d'utilisateur est déjà pris. Choisissez-en un autre
account-error-display-name = Saisissez votre nom, en 100 caractères au plus
account-error-email = Saisissez une adresse électronique telle que nom@example.org, ou laissez le champ vide
account-error-password-short = Saisissez un mot de passe d'au moins { $min } caractères
account-error-password-long = Saisissez un mot de passe de { $max } caractères au plus
account-error-limited = Trop de comptes ont été créés depuis votre réseau. Réessayez dans { $minutes } minutes

account-invitation-title = Accepter votre invitation
account-invitation-details = Votre invitation
account-invitation-lead = Créez votre compte pour accepter. L'acceptation inscrit votre nomination au registre public sous un identifiant public ; votre nom d'utilisateur, votre nom et votre adresse électronique restent confidentiels.
account-invitation-role = Fonction
account-invitation-member = État Membre
account-invitation-organization = Organisation
account-invitation-invited-by = Invité par
account-invitation-expires = Valable jusqu'au
account-invitation-submit = Accepter et créer le compte
account-invitation-gone-title = Ce lien d'invitation n'est plus utilisable
account-invitation-gone-body = Il a déjà été utilisé, a été révoqué ou a expiré. Chaque lien d'invitation ne fonctionne qu'une seule fois.
account-invitation-gone-next = Demandez à la personne qui vous a invité de vous envoyer un nouveau lien.
account-invitation-gone-account = Si vous avez déjà créé votre compte avec ce lien :

account-signup-title = S'inscrire comme participant
account-signup-lead = Les membres du public participent aux consultations sous un pseudonyme. Le registre public n'indique qu'un identifiant tel que p.1a2b3c4d, jamais votre nom d'utilisateur ni votre nom. Aucune adresse électronique n'est requise.
account-signup-submit = Créer le compte
account-signup-have-account = Vous avez déjà un compte ?

account-title = Votre compte
account-name = Nom
account-handle = Identifiant public
account-handle-note = Votre identifiant public est la seule information vous concernant qui figure au registre public.
account-role = Fonction
account-member = État Membre
account-organization = Organisation
account-security = Connexion et sécurité
account-two-factor = Connexion en deux étapes
account-two-factor-on = Activée
account-two-factor-off = Désactivée
account-two-factor-manage = Configurer la connexion en deux étapes
account-cancel = Annuler

account-password-title = Modifier votre mot de passe
account-password-lead = La modification de votre mot de passe vous déconnecte sur tous vos autres appareils.
account-password-current = Mot de passe actuel
account-password-new = Nouveau mot de passe
account-password-confirm = Confirmez le nouveau mot de passe
account-password-submit = Modifier le mot de passe
account-password-revoke-tokens = Révoquer aussi tous mes jetons d'API (à faire si quelqu'un d'autre a pu connaître votre mot de passe)
account-sessions = Vos sessions
account-sessions-lead = Connecté sur un ordinateur que vous n'utilisez plus, ou quelqu'un d'autre l'est-il peut-être ? « Se déconnecter partout » ferme toutes les sessions de votre compte, y compris celle-ci. Vos jetons d'API continuent de fonctionner.
account-sign-out-everywhere = Se déconnecter partout
account-error-current-missing = Saisissez votre mot de passe actuel
account-error-current-wrong = Le mot de passe actuel est incorrect
account-error-confirm = Les deux nouveaux mots de passe ne correspondent pas. Saisissez deux fois le même mot de passe

account-tokens-title = Jetons d'API
account-tokens-lead = Les jetons d'API permettent à l'outil en ligne de commande et à vos propres programmes d'agir en votre nom, avec les seules autorisations que vous leur accordez. Gardez un jeton aussi secret qu'un mot de passe.
account-tokens-caption = Vos jetons
account-tokens-none = Vous n'avez encore aucun jeton d'API.
account-tokens-col-scopes = Autorisations
account-tokens-col-created = Créé le
account-tokens-col-expires = Expire le
account-tokens-col-used = Dernière utilisation
account-tokens-col-status = État
account-tokens-col-actions = Opérations
account-tokens-never = Jamais
account-token-active = Actif
account-token-revoked = Révoqué
account-token-expired = Expiré
account-token-revoke = Révoquer
account-tokens-new = Créer un jeton
account-token-name = Nom
account-token-name-hint = Pour le reconnaître plus tard, par exemple « ligne de commande du portable »
account-token-expiry = Expire au bout de
account-token-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
account-token-scopes = Ce qu'il peut faire
account-token-scopes-hint = Ne lui accordez que les autorisations dont votre programme a besoin.
account-token-submit = Créer le jeton
account-error-token-name = Saisissez un nom de 100 caractères au plus
account-error-token-expiry = Choisissez quand le jeton expire
account-error-token-scopes = Choisissez au moins une chose que le jeton peut faire

account-token-created-title = Votre nouveau jeton d'API
account-token-created-copy = Copiez ce jeton maintenant. Il ne sera plus affiché : seule son empreinte est conservée.
account-token-created-how = Comment l'utiliser
account-token-created-api = Envoyez-le avec chaque requête à l'API JSON, dans l'en-tête Authorization :
account-token-created-cli = Ou transmettez-le à l'outil en ligne de commande, avec --token ou dans la variable d'environnement CONCORD_TOKEN :
account-token-created-lost = Si vous le perdez, ou si quelqu'un d'autre a pu le voir, révoquez-le et créez-en un nouveau.
account-token-created-back = Retour à vos jetons d'API

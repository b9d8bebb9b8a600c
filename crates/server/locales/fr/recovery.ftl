# Retrouver l’accès à un compte : codes de secours, réinitialisation du mot
# de passe, adresse électronique, suppression du compte. Français.

event-account-reset-issued = Une réinitialisation du mot de passe a été émise pour { $handle }.

account-action-issue_reset = Émettre des liens de réinitialisation du mot de passe
account-action-change_own_email = Modifier votre adresse électronique
account-action-delete_own_account = Supprimer votre compte

signin-forgot = Mot de passe oublié ?
twofactor-recovery-hint = Vous avez perdu votre téléphone ? Saisissez plutôt l’un de vos codes de secours (comme abcd-efgh-jkmn-pqrs). Chaque code ne sert qu’une fois.
recovery-error-wrong = Ce code de secours est erroné ou a déjà servi. Chaque code ne sert qu’une fois ; vérifiez-le et essayez-en un autre
setup-qr-label = Code QR de la clé pour votre application d’authentification

recovery-codes-title = Vos codes de secours
recovery-codes-once = Mettez ces dix codes en lieu sûr maintenant : ils ne s’affichent que cette fois.
recovery-codes-how = Si vous perdez votre téléphone, connectez-vous avec votre mot de passe et l’un de ces codes au lieu du code de l’application. Chaque code ne sert qu’une fois.
recovery-codes-lost = Imprimez-les ou gardez-les dans un gestionnaire de mots de passe, loin de votre téléphone. Quiconque a votre mot de passe et un code peut se connecter à votre place.
recovery-codes-continue = J’ai gardé mes codes, continuer
recovery-codes-manage-title = Codes de secours
recovery-codes-none = Les codes de secours accompagnent la connexion en deux étapes. Configurez d’abord une application d’authentification.
recovery-codes-left = Codes inutilisés
recovery-codes-regenerate-lead = Créez dix nouveaux codes quand vous en avez utilisé la plupart ou pensez que quelqu’un les a vus. Vos anciens codes cessent aussitôt de fonctionner.
recovery-codes-regenerate = Créer de nouveaux codes de secours

reset-issue-title = Émettre un lien de réinitialisation du mot de passe
reset-issue-handle = Identifiant
reset-issue-handle-hint = L’identifiant public de la personne, par exemple del.1a2b3c4d
reset-issue-remit-secretariat = Le secrétariat émet des liens de réinitialisation pour les chefs de délégation, délégués, suppléants, observateurs et membres d’organisations. Un compte du secrétariat se réinitialise sur le serveur, et les participants réinitialisent eux-mêmes leur mot de passe par courriel.
reset-issue-remit-head = Vous pouvez émettre des liens de réinitialisation pour les délégués et suppléants de votre délégation.
reset-issue-what = Le lien fonctionne une fois, pendant 24 heures. Il permet à la personne de choisir un nouveau mot de passe, la déconnecte partout et lui demande de configurer à nouveau la connexion en deux étapes. Le registre public indique qu’une réinitialisation a été émise pour l’identifiant, jamais le lien.
reset-issue-submit = Émettre le lien
reset-error-handle-missing = Saisissez l’identifiant de la personne
reset-error-handle = Saisissez un identifiant comme del.1a2b3c4d
reset-error-unknown = Aucun compte n’a l’identifiant { $handle }
reset-error-remit = Vous ne pouvez pas émettre de réinitialisation pour { $handle } : cela sort de votre compétence. Rien n’a été émis
reset-issued-title = Lien de réinitialisation émis
reset-issued-once = Remettez ce lien à la personne maintenant, en main propre ou par un canal de confiance : il ne s’affiche que cette fois.
reset-issued-expires = Valable jusqu’au
reset-issued-notified = Courriel à la personne
reset-issued-notified-yes = Informée qu’une réinitialisation a été émise (le lien n’a pas été envoyé)
reset-issued-give = Vérifiez qu’il s’agit bien de la personne avant de remettre le lien.
reset-issued-logged = Le registre public indique désormais qu’une réinitialisation a été émise pour cet identifiant.
reset-issued-another = Émettre un autre lien

reset-gone-title = Ce lien de réinitialisation ne fonctionne pas
reset-gone-lead = Il a déjà servi, a expiré ou n’a pas été copié en entier. Demandez-en un nouveau à la personne qui vous l’a remis.
reset-title = Choisissez un nouveau mot de passe
reset-lead = Choisissez un nouveau mot de passe pour ce compte. Toutes les sessions du compte prendront fin.
reset-clears-second-factor = Votre application d’authentification et vos codes de secours seront aussi retirés : vous configurerez à nouveau la connexion en deux étapes en vous connectant.
reset-submit = Enregistrer le nouveau mot de passe

forgot-title = Réinitialiser votre mot de passe
forgot-lead = Saisissez l’adresse électronique de votre compte. Si le compte d’un participant l’utilise, nous envoyons un lien valable une fois, pendant 24 heures.
forgot-others = Délégués, observateurs, membres d’organisations et secrétariat : demandez un lien de réinitialisation au secrétariat ou au chef de votre délégation.
forgot-email-hint = L’adresse donnée lors de votre inscription
forgot-submit = Envoyer le lien
forgot-no-mail = Ce serveur n’envoie pas de courriel. Demandez un lien de réinitialisation au secrétariat ou au chef de votre délégation.

email-title = Votre adresse électronique
email-lead = Votre adresse est privée : seuls vous et le secrétariat la voyez. Elle sert à vous envoyer des liens de réinitialisation et des avis.
email-address = Adresse électronique
email-hint = Laissez le champ vide pour retirer votre adresse
email-submit = Enregistrer l’adresse
email-error = Saisissez une adresse comme nom@example.org

delete-title = Supprimer votre compte
delete-lead = Votre nom, votre adresse électronique, votre mot de passe, vos sessions, jetons d’API et codes de secours sont supprimés.
delete-handle-stays = Votre identifiant reste dans le registre public, avec ce que vous avez fait sous cet identifiant : le registre ne peut pas être modifié.
delete-final = Cette action est définitive.
delete-password = Votre mot de passe
delete-submit = Supprimer mon compte
delete-error-missing = Saisissez votre mot de passe pour confirmer

notice-password-reset = Votre nouveau mot de passe est enregistré. Connectez-vous avec lui.
notice-reset-requested = Si le compte d’un participant utilise cette adresse, un lien de réinitialisation est en route. Consultez votre messagerie.
notice-email-changed = Votre adresse électronique a été enregistrée.
notice-account-deleted = Votre compte a été supprimé.
notice-recovery-code-used = Vous vous êtes connecté avec un code de secours, qui ne fonctionne plus. Si vous avez perdu votre téléphone, configurez dès maintenant une nouvelle application d’authentification.
notice-recovery-code-last = Vous vous êtes connecté avec votre dernier code de secours. Configurez dès maintenant une nouvelle application d’authentification : de nouveaux codes de secours l’accompagnent.

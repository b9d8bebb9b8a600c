# Le squelette des pages et les éléments communs. Français.

site-skip = Aller au contenu principal
site-languages = Langue
site-menu = Rubriques principales
site-breadcrumbs = Vous êtes ici
site-home = Accueil
site-members = États membres
site-record = Registre public

footer-record = Registre vérifié jusqu’à l’entrée { $entry }
footer-record-none = Le registre ne contient encore aucune entrée signée.
footer-api = API JSON (description OpenAPI)

error-prefix = Erreur :
error-summary-title = Il y a un problème
banner-important = Important

pagination-label = Pages de résultats
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-page = Page { $number }

yes = Oui
no = Non
not-known = Inconnu

status-member = État membre
status-observer = État observateur

language-ar = arabe
language-zh = chinois
language-en = anglais
language-fr = français
language-ru = russe
language-es = espagnol

group-AFRICAN = États d’Afrique
group-ASIA_PACIFIC = États d’Asie et du Pacifique
group-EASTERN_EUROPEAN = États d’Europe orientale
group-GRULAC = États d’Amérique latine et des Caraïbes
group-WEOG = États d’Europe occidentale et autres États

income-HIC = Revenu élevé
income-UMC = Revenu intermédiaire (tranche supérieure)
income-LMC = Revenu intermédiaire (tranche inférieure)
income-LIC = Faible revenu

site-organizations = Organisations
site-secretariat = Secrétariat
site-delegation = Votre délégation
site-account = Votre compte
site-sign-in = Se connecter
site-sign-out = Se déconnecter
banner-success = C’est fait

# Avis affichés une fois sur la page où mène un formulaire réussi.
notice-signed-in = Vous êtes connecté.
notice-signed-out = Vous êtes déconnecté.
notice-two-factor-on = La connexion à deux facteurs est activée. Désormais, la connexion demandera un code de votre application.
notice-password-changed = Votre mot de passe a été changé. Vos autres sessions ont été fermées.
notice-signed-out-everywhere = Vous êtes déconnecté partout : toutes les sessions de votre compte ont été fermées.
notice-password-changed-tokens-revoked = Votre mot de passe a été changé. Vos autres sessions ont été fermées et vos jetons d'API révoqués.
notice-signed-up = Votre compte a été créé. Connectez-vous pour continuer.
notice-invitation-accepted = Votre compte a été créé et votre nomination enregistrée. Connectez-vous pour continuer.
notice-invitation-revoked = L’invitation a été révoquée. Son lien ne fonctionne plus.
notice-person-removed = La personne a été retirée. Le retrait est inscrit au registre public.
notice-token-revoked = Le jeton a été révoqué. Les programmes qui l’utilisent ne peuvent plus se connecter avec lui.
notice-applied = Votre candidature a été enregistrée. Le secrétariat statuera.
notice-decided = La décision a été inscrite au registre public.

# A moment on a page: its date and time (written for the language), in UTC.
time-utc = { $time } (UTC)

# The phase banner of a demonstration (serve --demo), on every page.
demo-tag = Démo
demo-banner = Ceci est une démonstration. Les délégations, les organisations et les personnes sont fictives ; les consultations sont des données ouvertes publiques. Rien ici n'est officiel, et les données peuvent être réinitialisées à tout moment.

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

# Les noms des personnes pour qui peut les voir, et la page d’accueil de chaque rôle. Français.

site-documents = Textes publiés
site-participation = Votre participation
people-col-name = Nom
people-email = Adresse électronique
invitations-col-used-by = Utilisée par
delegation-member-lead = { $role ->
    [alternate] Vous êtes suppléant ou suppléante dans la délégation de { $member }.
   *[delegate] Vous êtes délégué ou déléguée dans la délégation de { $member }.
} Le chef ou la cheffe de délégation en gère la composition.
delegation-member-page = La page de l’État membre
delegation-member-head = Les consultations, les scrutins et les échanges apparaîtront ici à leur ouverture.
home-now = Ce que vous pouvez faire maintenant
home-now-documents = Lire les documents
home-now-record = Suivre le registre public
home-sign-up = S’inscrire pour participer
home-take-part = Chacun peut participer aux consultations publiques sous un pseudonyme.
home-your-page = Aller à votre page
orgs-apply-visitor = Pour présenter une candidature, il vous faut un compte.
issued-no-mail = Ce serveur n’envoie pas de courriel : remettez vous-même le lien à la personne.
participation-title = Votre participation
participation-lead-participant = Dans les consultations, vous votez et écrivez sous un pseudonyme, différent dans chaque consultation : le registre public ne relie pas vos réponses à vous. Présentez la candidature de votre organisation pour rejoindre une chambre, et lisez ce que publie l’organisation.
participation-lead-stakeholder = Vous participez au nom de votre organisation. Sa page en énumère les membres.
participation-lead-observer = Vous êtes observateur accrédité : vous suivez les travaux sans droit de vote.
participation-organizations = Vos organisations
participation-organizations-none = Vous n’avez présenté la candidature d’aucune organisation et n’êtes membre d’aucune.
participation-organizations-all = Parcourir les organisations
participation-account = Votre compte et sa sécurité
account-action-read_personal_details = Voir le nom et l’adresse électronique des personnes

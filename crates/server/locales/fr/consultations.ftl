# Consultations : la liste, la page d'une consultation avec le bloc de
# participation, et le formulaire qui en crée une. Français.

consultations-title = Consultations en ligne
consultations-lead = Les membres, les parties prenantes et le public répondent à une question en votant sur de courtes propositions et en écrivant les leurs. Le moteur de consensus montre ensuite sur quoi ils s’accordent au-delà des blocs.
consultations-new-link = Lancer une consultation
consultations-filter-form = Filtrer les consultations
consultations-filter-status = Statut
consultations-any-status = Tous les statuts
consultations-filter-audience = Qui participe
consultations-any-audience = Tout le monde
consultations-filter-language = Langue
consultations-filter-language-hint = Rédigée ou traduite en
consultations-any-language = Toutes les langues
consultations-error-status = Choisissez un statut dans la liste
consultations-error-audience = Choisissez dans la liste qui participe
consultations-error-language = Choisissez une langue dans la liste
consultations-count = { $count ->
    [0] Aucune consultation trouvée
    [one] 1 consultation trouvée
   *[other] { $count } consultations trouvées
}
consultations-none = Aucune consultation ne correspond. Essayez d’autres filtres.
consultations-counts = { $statements ->
    [one] { $statements } proposition
   *[other] { $statements } propositions
} · { $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
} · { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
}
consultations-opens = ouverture le { $time }
consultations-closes = clôture le { $time }
consultations-open-heading = Consultations ouvertes
consultations-open-none = Aucune consultation n’est ouverte en ce moment.
consultations-all-link = Toutes les consultations

consultations-status-draft = Brouillon
consultations-status-open = Ouverte
consultations-status-closed = Clôturée
consultations-audience-everyone = Toute personne connectée
consultations-audience-members = Délégations des États membres
consultations-audience-members-and-stakeholders = Délégations et organisations parties prenantes
consultations-who-everyone = Toute personne connectée peut participer : délégations des États membres, membres des organisations parties prenantes et membres du public.
consultations-who-members = Seules les délégations des États membres participent : chefs de délégation, délégués et suppléants.
consultations-who-members-and-stakeholders = Les délégations des États membres et les membres des organisations parties prenantes admises participent.
consultations-moderation-after = Propositions affichées aussitôt et modérées ensuite
consultations-moderation-before = Propositions retenues jusqu’à l’approbation d’un modérateur
consultations-results-everyone = Tout le monde voit les résultats pendant la consultation
consultations-results-participants = Seules les personnes qui ont voté voient les résultats pendant la consultation
consultations-choice-agree = D’accord
consultations-choice-disagree = Pas d’accord
consultations-choice-pass = Passer ou sans avis

consultations-draft = Cette consultation est un brouillon : seules les personnes qui la gèrent la voient. Personne ne peut y participer avant son ouverture.
consultations-closed = Cette consultation est clôturée : elle ne reçoit plus ni votes ni propositions.
consultations-outside = Vous ne pouvez pas participer à cette consultation.
consultations-sign-in = Se connecter pour participer
consultations-sign-up-lead = Pas encore de compte ?
consultations-sign-up = S’inscrire comme membre du public
consultations-take-part = Participer
consultations-statement-number = Proposition { $number }
consultations-your-vote = Votre vote : { $choice }. Choisissez de nouveau pour le modifier.
consultations-left = { $count ->
    [0] Plus aucune proposition à voter
    [one] Encore { $count } proposition à voter
   *[other] Encore { $count } propositions à voter
}
consultations-all-voted = Vous avez voté sur toutes les propositions. Les nouvelles apparaîtront ici quand d’autres les écriront.
consultations-flag = Signaler cette proposition aux modérateurs
consultations-write-heading = Écrire une proposition
consultations-write-label = Votre proposition
consultations-write-hint-after = Une ou deux phrases, au plus { $max } caractères, sur lesquelles les autres voteront. Elle est affichée aussitôt.
consultations-write-hint-before = Une ou deux phrases, au plus { $max } caractères, sur lesquelles les autres voteront. Un modérateur l’approuve avant qu’elle soit affichée.
consultations-write-language = Langue de votre proposition
consultations-write-submit = Ajouter votre proposition
consultations-your-votes = Vos votes
consultations-voted-all = { $count ->
    [one] Vous avez voté sur { $count } proposition :
   *[other] Vous avez voté sur { $count } propositions :
}
consultations-voted-some = Vous avez voté sur { $count } propositions. Les { $shown } plus récentes :
consultations-change-vote = Modifier votre vote
consultations-how = Comment participer
consultations-how-vote = Les propositions s’affichent une à une. Pour chacune, choisissez D’accord, Pas d’accord ou Passer. Vous pouvez modifier un vote plus tard : le dernier compte.
consultations-how-write-after = Vous pouvez aussi écrire vos propres propositions, sur lesquelles les autres voteront. Elles sont affichées aussitôt ; les modérateurs peuvent en retirer une ensuite, en donnant publiquement la raison.
consultations-how-write-before = Vous pouvez aussi écrire vos propres propositions, sur lesquelles les autres voteront. Un modérateur approuve chacune avant qu’elle soit affichée.
consultations-how-record = Les votes et les propositions sont inscrits au registre public. Les délégués et les membres des organisations participent sous leur identifiant public ; les membres du public sous un pseudonyme propre à cette consultation.
consultations-progress = Avancement
consultations-results-link = Voir les résultats
consultations-details = Détails
consultations-col-status = Statut
consultations-col-audience = Qui participe
consultations-col-language = Langue authentique
consultations-col-moderation = Modération
consultations-col-write = Les participants écrivent des propositions
consultations-col-results = Résultats
consultations-col-convened = Organisée par
consultations-col-opens = Ouverture
consultations-col-closes = Clôture
consultations-col-created = Créée dans
consultations-entry = Entrée { $index }
consultations-by-secretariat = Le secrétariat
consultations-by-delegation = La délégation de { $member }
consultations-manage = Gérer la consultation
consultations-open-button = Ouvrir la consultation
consultations-close-button = Clôturer la consultation
consultations-reopen-button = Rouvrir la consultation
consultations-reopen-closes = Nouvelle heure de clôture (facultatif)
consultations-time-hint = En UTC, par exemple 2027-01-15 09:00.
consultations-moderation-link = Modérer les propositions
consultations-error-choice = Choisissez D’accord, Pas d’accord ou Passer
consultations-error-statement = Cette proposition ne reçoit plus de votes. En voici une autre.
consultations-error-text-empty = Saisissez votre proposition
consultations-error-text-line = Écrivez votre proposition en un seul paragraphe, sans retour à la ligne
consultations-error-statement-language = Choisissez la langue de votre proposition
consultations-error-duplicate = Cette proposition figure déjà dans la consultation (proposition { $number }). Votez sur elle ou écrivez-en une autre.
consultations-error-time = Saisissez une date et une heure, par exemple 2027-01-15 09:00

consultations-new-heading = Lancer une consultation
consultations-new-lead = La consultation est créée comme brouillon : seules vous et les autres personnes qui la gèrent la voient jusqu’à son ouverture.
consultations-new-language = Langue authentique
consultations-new-language-hint = La langue dans laquelle sont rédigés le titre, la question et les propositions de départ.
consultations-new-title = Titre
consultations-new-title-hint = Dans la langue authentique, sur une ligne, au plus { $max } caractères.
consultations-new-question = Question posée
consultations-new-question-hint = La question posée aux participants, en un paragraphe d’au plus { $max } caractères.
consultations-new-translations = Traductions (facultatif)
consultations-new-translations-hint = Donnez le titre et la question dans d’autres langues. Laissez vide la langue authentique : ses textes sont ceux ci-dessus.
consultations-new-translation = Traduction en { $language }
consultations-new-title-in = Titre en { $language }
consultations-new-question-in = Question en { $language }
consultations-new-settings = Paramètres
consultations-new-audience = Qui participe
consultations-new-moderation = Modération
consultations-new-write = Les participants peuvent écrire des propositions
consultations-new-results = Résultats pendant la consultation
consultations-new-results-hint = Une fois la consultation clôturée, tout le monde voit les résultats.
consultations-new-opens = Heure d’ouverture (facultatif)
consultations-new-closes = Heure de clôture (facultatif)
consultations-new-seeds = Propositions de départ (facultatif)
consultations-new-seeds-hint = Une proposition par ligne, dans la langue authentique : au plus { $count } propositions d’au plus { $max } caractères chacune.
consultations-new-open-now = L’ouvrir dès sa création
consultations-new-submit = Créer la consultation
consultations-new-cancel = Annuler
consultations-error-required = Saisissez-le dans la langue authentique
consultations-error-one-paragraph = Écrivez-le en un seul paragraphe, sans retour à la ligne
consultations-error-seeds-count = Donnez au plus { $max } propositions de départ
consultations-error-seed-long = La proposition de départ { $number } dépasse { $max } caractères
consultations-error-seed-control = Retirez les tabulations et caractères de contrôle de la proposition de départ { $number }
consultations-error-seed-twice = La proposition de départ { $number } en répète une précédente
consultations-error-language-choose = Choisissez la langue authentique
consultations-error-audience-choose = Choisissez qui participe
consultations-error-moderation-choose = Choisissez comment les propositions sont modérées
consultations-error-results-choose = Choisissez qui voit les résultats pendant la consultation
consultations-error-open-now = Laissez l’heure d’ouverture vide pour l’ouvrir maintenant, ou décochez « L’ouvrir dès sa création »
consultations-error-authentic-twice = C’est la langue authentique : son texte est celui donné plus haut. Laissez ce champ vide.
consultations-error-closes-before = L’heure de clôture doit suivre l’heure d’ouverture
consultations-error-texts = Vérifiez le titre, la question et les propositions de départ

secretariat-consultations-text = Poser une question aux membres, aux parties prenantes et au public, dans les six langues.

notice-consultation-created = La consultation a été créée comme brouillon et inscrite au registre public. Ouvrez-la quand elle est prête.
notice-consultation-opened = La consultation est ouverte. Les personnes concernées peuvent participer dès maintenant.
notice-consultation-closed = La consultation est clôturée. Ses résultats sont visibles par tous.
notice-consultation-reopened = La consultation est de nouveau ouverte.
notice-vote-recorded = Votre vote a été enregistré. Voici la proposition suivante.
notice-statement-added = Votre proposition a été ajoutée. Les autres peuvent voter dessus dès maintenant.
notice-statement-held = Votre proposition a été enregistrée. Un modérateur l’approuvera avant que les autres la voient.
notice-statement-flagged = La proposition a été signalée aux modérateurs. Merci.

# Les résultats d’une consultation et la file des modérateurs. Français.

results-consultations = Les consultations
results-heading = Résultats
results-page-title = Résultats : { $title }
results-statement-gone = Le texte de cette proposition a été retiré.
results-hidden-participants = Tant que cette consultation est ouverte, ses résultats ne sont montrés qu’à celles et ceux qui y ont voté. Une fois close, ils sont montrés à tous.
results-hidden-take-part = Aller à la consultation pour y participer
results-computing = Les résultats sont en cours de calcul à partir du registre public. Vérifié le { $time }.
results-computing-later = Rechargez cette page dans une minute pour les voir.
results-covers = Cette analyse couvre le registre public jusqu’à l’entrée { $entry }. Elle a été calculée par { $engine } le { $time } ; chacun peut la recalculer à partir du registre.
results-participants = Participants ayant voté
results-statements = Propositions
results-votes = Votes exprimés
results-clustered = Participants placés dans un groupe d’opinion
results-map-heading = Carte des opinions
results-map-lead = Chaque cercle est un ensemble de participants qui ont voté de façon semblable : plus deux cercles sont proches, plus leurs votes se ressemblent. La surface d’un cercle est proportionnelle à ses participants ; chaque groupe d’opinion est entouré et numéroté.
results-map-title = Carte des opinions des participants
results-map-description = { $count ->
    [one] Un ensemble de participants placé selon leurs votes. Le tableau à côté de la carte donne les mêmes chiffres.
   *[other] { $count } ensembles de participants placés selon leurs votes, entourés par groupe d’opinion. Le tableau à côté de la carte donne les mêmes chiffres.
}
results-map-caption = Les ensembles de la carte
results-map-none = Personne n’a encore été placé sur la carte.
results-col-cluster = Ensemble
results-col-group = Groupe
results-col-participants = Nombre de participants
results-col-x = Premier axe
results-col-y = Second axe
results-col-statement = Proposition
results-no-group = Aucun
results-groups-heading = Groupes d’opinion
results-groups-lead = Les participants qui votent de façon semblable forment un groupe. Chaque groupe est présenté avec les propositions qui le distinguent le plus des autres.
results-groups-none = Il n’y a pas encore de groupe d’opinion : trop peu de personnes ont voté sur assez de propositions.
results-group = Groupe { $number }
results-group-size = { $count ->
    [one] Un participant
   *[other] { $shown } participants
}
results-representative-none = Aucune proposition ne distingue encore ce groupe.
results-rep-agree = { $percent } % des { $count } votants de ce groupe sur cette proposition sont d’accord
results-rep-disagree = { $percent } % des { $count } votants de ce groupe sur cette proposition ne sont pas d’accord
results-consensus-heading = Là où les participants s’accordent
results-consensus-lead = Les propositions avec lesquelles la plupart des participants sont d’accord, ou pas d’accord, quel que soit leur groupe.
results-agree-heading = La plupart sont d’accord
results-disagree-heading = La plupart ne sont pas d’accord
results-informed-heading = Consensus entre les groupes
results-informed-hint = Les propositions avec lesquelles chaque groupe d’opinion est susceptible d’être d’accord. Le score multiplie la probabilité d’accord de chaque groupe : 1 signifierait un accord certain dans tous les groupes.
results-informed-score = Score : { $score }
results-bridging-heading = Propositions qui rapprochent
results-bridging-hint = Les propositions approuvées par des personnes qui d’ordinaire ne sont pas d’accord entre elles.
results-bridging-score = Score de rapprochement : { $score }
results-none = Aucune pour l’instant.
results-constituencies-heading = Accord par composante
results-constituencies-lead = Comment ont voté sur chaque proposition les votants de chaque groupe régional, de chaque collège d’organisations parties prenantes et du public. Le dernier vote de chacun compte.
results-cross-bloc-heading = Consensus entre les blocs
results-cross-bloc-hint = Les propositions approuvées par une majorité des votants de chaque groupe régional.
results-cross-bloc-more = { $count ->
    [one] Et une autre proposition.
   *[other] Et { $count } autres propositions.
}
results-table-hint = Chaque case donne la part des votants de la composante sur la proposition qui sont d’accord, puis les votes d’accord sur l’ensemble de ses votes (d’accord, pas d’accord ou passe). Les propositions les plus votées viennent en premier.
results-table-caption = Accord sur chaque proposition par composante, page { $page } sur { $pages }
results-table-none = Aucune proposition n’a encore reçu de vote.
results-public = Le public
results-column = { $name } ({ $count ->
    [one] un votant
   *[other] { $shown } votants
})
results-cell = { $percent } % ({ $agree }/{ $votes })
results-no-votes = aucun vote

moderation-heading = Modération
moderation-page-title = Modération : { $title }
moderation-lead = Décidez des propositions en attente d’approbation et de celles que des participants ont signalées. Chaque décision est inscrite au registre public ; un rejet montre sa raison à tous.
moderation-results-link = Voir les résultats de cette consultation
moderation-waiting-heading = En attente d’une décision
moderation-count = { $count ->
    [0] Aucune proposition n’attend de décision.
    [one] Une proposition attend une décision.
   *[other] { $shown } propositions attendent une décision, les plus anciennes en premier.
}
moderation-statement = Proposition { $number }
moderation-author = Écrite au nom de
moderation-author-member = La délégation de { $member }
moderation-author-organization = { $organization }, collège : { $chamber }
moderation-author-public = Un membre du public
moderation-author-secretariat = Le secrétariat
moderation-language = Langue
moderation-status = Statut
moderation-status-pending = En attente d’approbation
moderation-status-approved = Approuvée
moderation-status-meta = Sur la conversation
moderation-status-rejected = Rejetée
moderation-flagged = Signalée par des participants
moderation-flags = { $count ->
    [one] Une fois depuis la dernière décision
   *[other] { $shown } fois depuis la dernière décision
}
moderation-decision = Votre décision sur la proposition { $number }
moderation-approve = Approuver : les participants la voient et votent
moderation-reject = Rejeter : la retirer de la consultation
moderation-meta = Sur la conversation : votée, mais laissée hors des groupes d’opinion
moderation-reason = Raison
moderation-reason-hint = Nécessaire pour rejeter. Chacun peut la lire dans le registre public.
moderation-submit = Enregistrer la décision
moderation-error-verdict = Choisissez d’approuver la proposition, de la rejeter ou de la marquer comme portant sur la conversation
moderation-error-reason = Indiquez la raison du rejet de la proposition
moderation-error-reason-long = La raison est trop longue : raccourcissez-la
moderation-no-reason = Aucune raison donnée
moderation-translations-heading = Traductions
moderation-translations-lead = Ajoutez la traduction d’une proposition, pour que les participants la lisent dans leur langue. Une nouvelle traduction dans une langue remplace la précédente.
moderation-translations-page = Propositions, page { $page } sur { $pages }
moderation-translated = Traduite en : { $languages }
moderation-translation-language = Langue de la traduction
moderation-language-choose = Choisissez une langue
moderation-translation-text = Traduction
moderation-translation-submit = Ajouter la traduction
moderation-error-language = Choisissez la langue de la traduction
moderation-error-language-own = Choisissez une autre langue que celle dans laquelle la proposition est écrite
moderation-error-text = Saisissez la traduction
moderation-rejected-heading = Rejetées récemment
moderation-rejected-none = Aucune proposition n’a été rejetée.
moderation-rejected-caption = Les dernières propositions rejetées, avec leurs raisons
moderation-col-reason = Raison donnée
notice-statement-moderated = La décision a été inscrite au registre public.
notice-statement-translated = La traduction a été ajoutée et inscrite au registre public.
results-imported = Importé de { $source }. Données recueillies avec le logiciel Polis (compdemocracy.org/polis), sous-licence CC BY 4.0 avec attribution à The Computational Democracy Project.

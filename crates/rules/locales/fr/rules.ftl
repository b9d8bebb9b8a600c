# Explications des résultats des décisions (crate `rules`). Français.
# Voir en/rules.ftl pour les arguments.

outcome-adopted = Adopté.
outcome-rejected = Non adopté.
outcome-pending = Pas encore décidé.

verdict-pass = Satisfaite
verdict-fail = Non satisfaite
verdict-pending = En suspens
line = { $verdict } : { $text }

counts = Pour : { $yes }. Contre : { $no }. Abstentions : { $abstain }. N’ont pas voté : { $not-voting } sur { $eligible } membres habilités à voter.

threshold-phrase = { $comparison ->
    [more-than] plus de { $threshold }
   *[at-least] au moins { $threshold }
}
base-phrase = { $of ->
    [present-and-voting] { $abstentions ->
        [counted] des membres présents et votants, les abstentions comptant comme votes
       *[not-counted] des membres présents et votants (les abstentions ne comptent pas comme votes)
    }
    [eligible] des membres habilités à voter
   *[all-members] de l’ensemble des membres
}

clause-majority = Majorité : { threshold-phrase } { base-phrase }. Pour : { $yes } sur { $total } ; requis : { $needed }.
clause-majority-none = Majorité : { threshold-phrase } { base-phrase }. Personne n’a été compté ; rien n’est donc acquis.

clause-quorum = Quorum : { threshold-phrase } des membres habilités à voter doivent participer. Participants : { $taking-part } sur { $eligible } ; requis : { $needed }.
clause-quorum-none = Quorum : { threshold-phrase } des membres habilités à voter doivent participer. Aucun membre n’est habilité à voter.

clause-groups = Appui de plusieurs groupes : dans au moins { $min } des { $counted } groupes, { threshold-phrase } { base-phrase } doivent voter pour. Groupes où c’est le cas : { $passed }.
group-result = { $group } : pour { $yes } sur { $total } ; requis : { $needed }.
group-result-none = { $group } : personne n’a été compté.

clause-no-single-group = Aucun groupe seul : au plus { $at-most } des voix pour peuvent venir d’un même groupe. Part la plus élevée : { $group }, { $group-yes } sur { $yes } voix pour.
clause-no-single-group-none = Aucun groupe seul : au plus { $at-most } des voix pour peuvent venir d’un même groupe. Il n’y a aucune voix pour.

clause-weighted = Majorité pondérée, parts calculées { base-phrase } :
weighted-members = membres pour : { $yes } sur { $total } ; requis : { threshold-phrase }.
weighted-weight = poids (population) pour : { $weight-yes } sur { $weight-total } ; requis : { threshold-phrase }.

clause-all-of = Toutes les conditions suivantes doivent être satisfaites ; conditions satisfaites : { $passed } sur { $total }.
clause-any-of = L’une des conditions suivantes doit être satisfaite ; conditions satisfaites : { $passed } sur { $total }.

consensus-adopted = Consensus : la procédure d’approbation tacite de { $hours } { $hours ->
    [one] heure
   *[other] heures
} s’est achevée sans objection formelle.
consensus-running = Consensus : procédure d’approbation tacite de { $hours } { $hours ->
    [one] heure
   *[other] heures
}, dont { $elapsed-hours } écoulées ; aucune objection formelle à ce stade.
consensus-objected = Consensus : la procédure d’approbation tacite a été rompue par des objections formelles : { $objections } ({ $members }). { $fallback ->
    [vote] La procédure de repli décide :
    [awaiting] Le vote selon la procédure de repli est attendu.
   *[none] La procédure ne prévoit pas de repli ; le texte n’est donc pas adopté.
}
consensus-statements = Consignées, sans effet bloquant : explications de position : { $explanations ->
    [0] aucune
   *[other] { $explanations } ({ $explained-by })
} ; réserves : { $reservations ->
    [0] aucune
   *[other] { $reservations } ({ $reserved-by })
}.
consensus-late-objections = Objections formulées après la fin de la procédure d’approbation tacite, non comptées : { $count } ({ $members }).

group-AFRICAN = États d’Afrique
group-ASIA_PACIFIC = États d’Asie et du Pacifique
group-EASTERN_EUROPEAN = États d’Europe orientale
group-GRULAC = États d’Amérique latine et des Caraïbes
group-WEOG = États d’Europe occidentale et autres États

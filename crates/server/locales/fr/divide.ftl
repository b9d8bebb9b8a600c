# L’indice de la fracture de l’IA (web/divide). Français.

divide-title = Indice de la fracture de l’IA
divide-nav = Indice de la fracture
divide-lead = La place de chaque État membre en matière d’intelligence artificielle : un score tiré de données ouvertes, calculé selon une méthodologie publiée, avec le degré de certitude de chaque rang. Chacun peut le recalculer à partir du registre public.
divide-home-link = L’indice de la fracture de l’IA : la place de chaque État membre
divide-secretariat-text = Accepter ou rejeter, motifs à l’appui, les valeurs nationales plus récentes que soumettent les délégations.
divide-delegation-link = Votre État dans l’indice de la fracture de l’IA : soumettre une valeur nationale plus récente
divide-member-link = Cet État dans l’indice de la fracture de l’IA
divide-computing = L’indice est en cours de calcul à partir du registre public. Vérifié le { $time }.
divide-computing-later = Rechargez cette page dans une minute pour le voir.
divide-methodology-link = Comment l’indice est calculé
divide-submissions-link = Les soumissions nationales et leur examen
divide-api = L’indice pour les programmes :
divide-facts = Méthodologie version { $version }, année de référence { $year }. Calculé à partir des { $entries } premières entrées du registre public ; intervalles de rang tirés de { $draws } tirages de pondérations avec la graine { $seed }.
divide-percent = { $value } %
divide-years = { $years ->
    [one] 1 an
   *[other] { $years } ans
}

divide-filter-form = Filtrer l’indice
divide-region-label = Groupe régional
divide-income-label = Groupe de revenu
divide-any-region = Tous les groupes régionaux
divide-any-income = Tous les groupes de revenu
divide-sort-label = Ordre
divide-sort-rank = Par rang, le meilleur d’abord
divide-sort-coverage = Par couverture, la plus élevée d’abord
divide-sort-uncertainty = Par incertitude, l’intervalle de rang le plus large d’abord
divide-apply = Afficher
divide-clear = Effacer les filtres
divide-error-region = Choisissez un groupe régional dans la liste
divide-error-income = Choisissez un groupe de revenu dans la liste
divide-error-sort = Choisissez un ordre dans la liste
divide-count = { $count ->
    [0] Aucun État membre
    [one] 1 État membre
   *[other] { $count } États membres
}
divide-table-caption = États membres dans l’indice, page { $page } sur { $pages }
divide-col-rank = Rang
divide-col-member = État membre
divide-col-state = État
divide-col-score = Score, de 0 à 100
divide-col-interval = Intervalle de rang
divide-col-coverage = Couverture
divide-col-filled = Valeurs complétées
divide-interval = { $low } à { $high }
divide-none = Aucun État membre ne correspond à ces filtres.
divide-observers-heading = États observateurs
divide-observers-lead = Les États observateurs reçoivent un score à titre d’information ; ils ne sont pas classés.

divide-profile-title = { $member } dans l’indice de la fracture de l’IA
divide-not-scored = L’indice ne donne pas encore de score à cet État. Il en aura un au prochain calcul de l’indice.
divide-row-score = Score obtenu
divide-score-of = { $score } sur 100
divide-row-rank = Rang
divide-rank-of = { $rank } sur { $members } États membres
divide-row-interval = Intervalle de rang
divide-interval-text = { $interval } : le rang dans au moins 90 % de { $draws } tirages des pondérations des piliers
divide-row-coverage = Couverture
divide-coverage-text = { $percent } : { $observed } indicateurs sur { $indicators } observés en { $year }
divide-row-group = Comparé à
divide-peers = { $region } ; { $income }
divide-no-group = Aucun
divide-observer-note = État observateur : il reçoit un score à titre d’information, sans être classé. Parmi les États membres, il serait au rang { $rank }.
divide-member-page = Tout sur cet État

divide-pillars-heading = Piliers
divide-pillars-lead = Le score de chaque pilier, comparé à la médiane des États membres du même groupe régional et de revenu, et à la frontière : le score le plus élevé d’un État membre.
divide-pillars-chart = Scores par pilier de { $member }, avec la médiane de son groupe et la frontière
divide-pillars-caption = Scores par pilier
divide-pillar-label = { $pillar } : { $score }
divide-legend-score = Barre : le score de { $member }.
divide-legend-median = Trait fin : la médiane du groupe.
divide-legend-frontier = Trait épais : la frontière.
divide-col-pillar = Pilier
divide-col-median = Médiane du groupe
divide-col-frontier = Frontière

divide-values-heading = Valeurs utilisées
divide-values-lead = Chaque valeur qui compose le score. Une valeur non observée en { $year } a été complétée, et le tableau indique comment.
divide-col-indicator = Indicateur
divide-col-value = Valeur
divide-col-year = Année
divide-col-scaled = Score de l’indicateur (0–100)
divide-col-weight = Pondération
divide-col-how = Origine
divide-observed = Observée
divide-fill-latest = Complétée : sa propre valeur la plus récente
divide-fill-group-median = Complétée : médiane de son groupe régional et de revenu
divide-fill-region-median = Complétée : médiane de son groupe régional
divide-fill-income-median = Complétée : médiane de son groupe de revenu
divide-fill-overall-median = Complétée : médiane de tous les États

divide-trends-heading = Au fil des années
divide-trends-lead = Les valeurs en vigueur de { $member } pour chaque indicateur de l’indice, par année.
divide-trend-title = { $indicator }, de { $first } à { $last } : de { $from } à { $to }
divide-trend-one = { $indicator }, { $year } : { $value }
divide-trend-none = Aucune valeur enregistrée.
divide-show-data = Afficher les données

divide-pending-heading = Soumissions en attente d’examen
divide-pending-none = Aucune soumission de cet État n’attend d’examen.
divide-col-source = Source citée
divide-col-submitted = Soumise

divide-form-heading = Soumettre une valeur nationale plus récente
divide-form-lead = Le secrétariat examine chaque valeur avant qu’elle ne compte dans l’indice. Indiquez sa source, pour que chacun puisse la vérifier.
divide-form-indicator = Indicateur
divide-form-indicator-choose = Choisissez un indicateur
divide-form-year = Année
divide-form-year-hint = L’année que décrit la valeur, par exemple 2023.
divide-form-value = Valeur
divide-form-value-hint = Dans l’unité de l’indicateur, avec un point avant les décimales, par exemple 23.5.
divide-form-source = Source de la valeur
divide-form-source-hint = D’où vient la valeur : la publication de l’office statistique, avec son adresse s’il en a une.
divide-form-submit = Soumettre pour examen
divide-error-indicator = Choisissez un indicateur dans la liste
divide-error-year = Saisissez l’année en quatre chiffres, par exemple 2023
divide-error-year-future = L’année ne peut pas être dans le futur
divide-error-year-early = Saisissez une année à partir de 1960
divide-error-value = Saisissez la valeur sous forme de nombre, par exemple 23.5
divide-error-value-range = Saisissez une valeur comprise entre { $min } et { $max }
divide-error-value-min = Saisissez une valeur d’au moins { $min }
divide-error-source = Indiquez d’où vient la valeur
divide-error-line = Écrivez-la sur une seule ligne
divide-error-pending = Une valeur de cet indicateur pour cette année attend déjà un examen (soumission { $id })
notice-divide-submitted = La valeur a été soumise. Le secrétariat l’examine avant qu’elle ne compte.
notice-divide-accepted = La valeur a été acceptée. L’indice est recalculé d’ici quelques secondes.
notice-divide-rejected = La valeur a été rejetée, avec le motif indiqué.

divide-submissions-title = Soumissions nationales
divide-submissions-lead = Les délégations soumettent des valeurs nationales plus récentes avec leur source ; le secrétariat accepte ou rejette chacune, motif à l’appui. Tout cela figure dans le registre public.
divide-queue-heading = En attente d’examen
divide-queue-count = { $count ->
    [0] Aucune soumission n’attend d’examen.
    [one] 1 soumission attend un examen.
   *[other] { $count } soumissions attendent un examen.
}
divide-queue-item = { $member } : { $indicator }, { $year }
divide-queue-value = Valeur soumise : { $value }. Valeur en vigueur : { $previous }.
divide-queue-value-new = Valeur soumise : { $value }. Aucune valeur n’est en vigueur pour cette année.
divide-queue-source = Source :
divide-queue-by = Soumission { $id }, par { $handle }, le { $time }
divide-accept = Accepter
divide-reject = Rejeter
divide-reason = Motif du rejet
divide-reason-hint = Public : la délégation et tout le monde peuvent le lire.
divide-error-reason = Indiquez le motif du rejet de la valeur
divide-error-reason-long = Raccourcissez le motif
divide-error-reviewed = La soumission { $id } a déjà été examinée
divide-reviewed-heading = Examinées récemment
divide-reviewed-none = Aucune soumission n’a encore été examinée.
divide-col-number = Numéro
divide-col-decision = Décision
divide-col-reason = Motif
divide-status-pending = En attente d’examen
divide-status-accepted = Acceptée
divide-status-rejected = Rejetée

divide-methodology-title = Comment l’indice de la fracture de l’IA est calculé
divide-m-lead = L’indice est calculé à partir de données ouvertes selon une méthodologie qui est elle-même une donnée : un fichier publié et versionné, que chacun peut lire et utiliser pour calculer le même indice à partir du registre public.
divide-m-version = Version { $version } :
divide-m-in-english = son nom et ses justifications sont rédigés en anglais
divide-m-toml-link = Le fichier de la méthodologie
divide-m-measures-heading = Ce que mesure l’indice
divide-m-measures = L’indice mesure dans quelle mesure chaque État est prêt à utiliser et à développer l’intelligence artificielle : la population est-elle connectée, y a-t-il l’électricité pour faire fonctionner les ordinateurs, la population est-elle instruite, y a-t-il de la recherche, et que peut investir l’économie. Il montre où se situe la fracture entre les États, afin que ce que partagent les membres aille là où on en a besoin.
divide-m-scale-heading = Un score de 0 à 100
divide-m-scale = Chaque indicateur devient un score de 0 à 100 ; les indicateurs forment { $pillars } piliers, et les piliers un score unique de 0 à 100. Plus le score est élevé, plus l’État est proche de la frontière. Le rang 1 correspond au score le plus élevé parmi les États membres.
divide-m-goalposts = Chaque indicateur a deux bornes : la valeur qui donne 0 et celle qui donne 100. Une valeur inférieure à la borne basse donne 0, une valeur supérieure à la borne haute donne 100, et une valeur intermédiaire donne un score proportionnel.
divide-m-log = Certains indicateurs sont très asymétriques, comme la consommation d’électricité ou les dépenses de recherche, qui s’étendent sur plusieurs ordres de grandeur. Pour ceux-là, on prend d’abord le logarithme naturel de la valeur et des bornes, comme le fait l’indice de développement humain pour le revenu, afin que les écarts entre les États aux valeurs faibles restent visibles.
divide-m-aggregation-heading = Des indicateurs à un score unique
divide-m-within-arithmetic = Au sein d’un pilier, les scores des indicateurs sont moyennés selon leurs pondérations (moyenne arithmétique pondérée), car ils peuvent en partie se substituer les uns aux autres.
divide-m-within-geometric = Au sein d’un pilier, les scores des indicateurs sont combinés par une moyenne géométrique pondérée.
divide-m-across-geometric = Entre les piliers, le score est la moyenne géométrique pondérée des scores des piliers, comme pour l’indice de développement humain : une faiblesse dans un pilier n’est que partiellement compensée par une force dans un autre.
divide-m-across-arithmetic = Entre les piliers, le score est la moyenne arithmétique pondérée des scores des piliers.
divide-m-floor = Dans une moyenne géométrique, un score inférieur à { $floor } compte pour { $floor }, de sorte qu’un pilier à zéro abaisse fortement le score sans effacer les autres.
divide-m-missing-heading = Valeurs manquantes
divide-m-missing = Une valeur de l’année de référence, { $year }, est observée. Si un État n’en a pas, on utilise sa propre valeur la plus récente des { $window } précédents. À défaut, on utilise la médiane des États du même groupe régional et de revenu ; sinon, celle du même groupe régional, puis du même groupe de revenu, puis de tous les États. Chaque valeur complétée est signalée, avec la manière dont elle l’a été, sur la page de l’État.
divide-m-coverage = La couverture est la part des indicateurs de l’indice observés pour un État pendant l’année de référence. Une faible couverture signifie que son score repose davantage sur des valeurs complétées.
divide-m-interval-heading = Quelle est la certitude d’un rang
divide-m-interval = Les pondérations des piliers sont un choix. Pour montrer à quel point un rang en dépend, les pondérations des piliers sont tirées { $draws } fois au hasard autour des pondérations publiées (selon une loi de Dirichlet de concentration { $concentration }, avec la graine fixe { $seed }), et chaque État est classé à chaque tirage. L’intervalle de rang va du 5e au 95e centile de ses rangs : au moins 90 % des tirages placent l’État à l’intérieur. Un intervalle large signifie que le rang dépend des pondérations.
divide-m-recompute = Les mêmes données, la même méthodologie et la même graine donnent toujours le même indice. Pour le calculer vous-même à partir du registre public de ce serveur :
divide-m-sources-heading = Sources des données
divide-m-sources = Les valeurs fournies avec la plateforme proviennent des Indicateurs du développement dans le monde de la Banque mondiale, de l’Union internationale des télécommunications, du PNUD et de l’Institut de statistique de l’UNESCO, par l’intermédiaire de Gapminder et de la Banque mondiale. Les délégations peuvent soumettre des valeurs nationales plus récentes avec leur source ; chacune compte dès que le secrétariat l’accepte. Les données fournies sont créditées ainsi :
divide-m-pillars-heading = Piliers et indicateurs
divide-m-pillars-lead = Les piliers de la méthodologie en vigueur, chacun avec ses indicateurs, leurs pondérations au sein du pilier et la justification de chaque choix.
divide-m-pillar-caption = { $pillar } : pondération { $weight }
divide-col-direction = Sens
divide-col-transform = Transformation appliquée
divide-col-goalposts = Bornes
divide-col-window = Valeur propre utilisée pendant
divide-col-rationale = Pourquoi
divide-direction-higher = Plus c’est élevé, mieux c’est
divide-direction-lower = Plus c’est bas, mieux c’est
divide-transform-none = Aucune
divide-transform-log = Logarithme
divide-goalposts = de { $min } à { $max }

divide-ind-eg-elc-accs-zs = Accès à l’électricité (% de la population)
divide-ind-eg-use-elec-kh-pc = Consommation d’électricité (kWh par habitant)
divide-ind-gb-xpd-rsdv-gd-zs = Dépenses de recherche et développement (% du PIB)
divide-ind-hdi = Indice de développement humain (0–1)
divide-ind-it-cel-sets-p2 = Abonnements à la téléphonie mobile pour 100 habitants
divide-ind-it-net-bbnd-p2 = Abonnements au haut débit fixe pour 100 habitants
divide-ind-it-net-user-zs = Personnes utilisant Internet (% de la population)
divide-ind-ny-gdp-pcap-cd = PIB par habitant ($ US courants)
divide-ind-ny-gdp-pcap-kd = PIB par habitant ($ US constants)
divide-ind-ny-gdp-pcap-pp-kd = PIB par habitant, parité de pouvoir d’achat ($ internationaux constants)
divide-ind-ny-gnp-pcap-cd = RNB par habitant, méthode Atlas ($ US courants)
divide-ind-patent-apps-total = Demandes de brevet, résidents et non-résidents
divide-ind-se-adt-litr-zs = Taux d’alphabétisation des adultes (% des 15 ans et plus)
divide-ind-se-ter-enrr = Taux brut de scolarisation dans l’enseignement supérieur (%)
divide-ind-sp-pop-scie-rd-p6 = Chercheurs en recherche et développement (par million d’habitants)
divide-ind-sp-pop-totl = Population totale
divide-ind-tx-val-tech-mf-zs = Exportations de haute technologie (% des exportations de produits manufacturés)

# L’annuaire des membres et la page de chaque État membre. Français.

members-title = États membres
members-lead = { $members } États membres et { $observers } États observateurs.
members-search-form = Rechercher parmi les États membres
members-search-label = Rechercher par nom ou par code
members-search-hint = Dans l’une des six langues, par exemple Kenya, Кения, 肯尼亚 ou KEN.
members-group-label = Groupe régional
members-income-label = Groupe de revenu
members-any-group = Tous les groupes régionaux
members-any-income = Tous les groupes de revenu
members-apply = Rechercher
members-clear = Effacer la recherche et les filtres
members-count = { $count ->
    [0] Aucun État trouvé
    [one] 1 État trouvé
   *[other] { $count } États trouvés
}
members-caption = États membres et observateurs, page { $page } sur { $pages }
members-col-name = Nom
members-col-code = Code
members-col-group = Groupe régional
members-col-income = Groupe de revenu
members-col-population = Population
members-none = Aucun État ne correspond à votre recherche. Vérifiez l’orthographe ou effacez les filtres.
members-no-group = Aucun (État observateur)
members-error-q = Saisissez au plus { $max } caractères pour rechercher
members-error-group = Choisissez un groupe régional dans la liste
members-error-income = Choisissez un groupe de revenu dans la liste

member-names = Noms dans les six langues
member-details = Renseignements
member-iso3 = Code ISO 3166 alpha-3
member-iso2 = Code ISO 3166 alpha-2
member-m49 = Code M49 de l’ONU
member-group = Groupe régional
member-income = Groupe de revenu (Banque mondiale)
member-ldc = Pays moins avancé
member-lldc = Pays en développement sans littoral
member-sids = Petit État insulaire en développement
member-population = Population
member-admitted = Admis par
member-admitted-entry = Entrée { $index } du registre public
member-delegation = Délégation
member-delegation-none = Aucune délégation n’a encore été accréditée pour cet État.

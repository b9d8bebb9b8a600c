# La page d’accueil. Français.

home-lead = La plateforme ouverte d’une organisation multilatérale de coopération en matière d’intelligence artificielle.
home-about = Les États membres, avec l’industrie, la recherche et la société civile, y délibèrent, recherchent le consensus entre les régions, décident selon des règles publiées et rapprochent ce que certains membres peuvent partager de ce dont d’autres ont besoin.
home-record = Chaque acte public est une entrée d’un registre public que chacun peut vérifier sur son propre ordinateur.
home-members-link = Parcourir les États membres
home-record-link = Consulter le registre public
home-latest = Derniers actes publics
home-latest-none = Aucun acte public n’a encore été enregistré.
home-entry = Entrée
home-results-heading = Résultats des consultations
home-results-intro = Ce que les participants ont dit, les groupes d’opinion et les propositions sur lesquelles ils s’accordent.
home-about-heading = À propos de cette organisation

# La fédération : le bandeau d’un miroir, l’alerte en cas de preuve d’une
# divergence, le refus d’une modification sur un miroir, et la page des
# nœuds. Français.

nodes-record-link = Nœuds et témoins du registre

mirror-tag = Miroir
mirror-banner = Ce site est un miroir du registre de { $hub }. Il contient { $count ->
    [one] { $shown } entrée
   *[other] { $shown } entrées
} ; il était à jour avec le nœud central le { $time }.
mirror-banner-never = Ce site est un miroir du registre de { $hub }. Il contient { $count ->
    [one] { $shown } entrée
   *[other] { $shown } entrées
} ; il n’a encore jamais été à jour avec le nœud central.
mirror-nodes-link = À propos de ce miroir
mirror-warning = Avertissement
mirror-silent = Le nœud central ne répond plus depuis le { $time } : ce site montre le registre tel qu’il était alors.
mirror-silent-never = Le nœud central n’a pas encore répondu : ce site peut ne pas montrer les dernières entrées du registre.

fork-alert-held = Le nœud central a montré un historique du registre qui contredit celui que ce nœud détenait auparavant.
fork-alert-peer = Le nœud central a montré un historique du registre qui contredit celui que détient un autre nœud.
fork-alert-stopped = Ce nœud a cessé de suivre le nœud central le { $time }.
fork-alert-found = Cela a été constaté le { $time }.
fork-alert-link = Voir la preuve

mirror-refused-title = Ce site est un miroir en lecture seule
mirror-refused-body = Il conserve une copie du registre de { $hub } et n’accepte aucune modification.
mirror-refused-next = Pour vous connecter, voter ou envoyer quoi que ce soit, utilisez le nœud central.
mirror-refused-hub = Aller au nœud central

nodes-title = Nœuds et témoins
nodes-lead = Plusieurs nœuds conservent des copies du registre public, et des témoins cosignent ses points de contrôle. Ensemble, ils garantissent que personne ne peut réécrire le registre, ni montrer des registres différents à différents lecteurs, sans que cela se voie.
nodes-this = Ce nœud
nodes-role = Rôle
nodes-role-hub = Nœud central : il signe le registre
nodes-role-mirror = Miroir : une copie en lecture seule du registre du nœud central
nodes-hub = Nœud central
nodes-origin = Nom du journal
nodes-log-key = Clé du journal
nodes-entries = Entrées détenues
nodes-behind = Entrées de retard sur le nœud central
nodes-in-step = Dernière mise à jour avec le nœud central
nodes-following = Suit le nœud central
nodes-following-yes = Oui
nodes-following-no = Non : arrêté
nodes-witness-key = Clé de témoin de ce nœud
nodes-never = Jamais
nodes-none-yet = Aucune pour l’instant
nodes-no-error = Aucune
nodes-witnesses = Témoins
nodes-witnesses-lead = Un témoin vérifie que chaque nouveau point de contrôle prolonge celui qu’il a cosigné auparavant, puis le cosigne. Les points de contrôle comptent comme attestés quand assez de témoins les cosignent.
nodes-quorum = Les points de contrôle exigent les cosignatures du groupe :
nodes-witnesses-none = Ce nœud ne sollicite aucun témoin.
nodes-witnesses-caption = Les témoins et ce que chacun a cosigné en dernier
nodes-col-witness = Témoin
nodes-col-cosigned-size = Dernière taille cosignée
nodes-col-cosigned-at = Cosigné
nodes-col-error = Dernière erreur
nodes-witnessed = Registres dont ce nœud est témoin
nodes-witnessed-caption = Le dernier point de contrôle cosigné par ce nœud pour chaque registre
nodes-col-log = Registre (nom du journal)
nodes-peers = Pairs
nodes-peers-none = Ce nœud ne compare ses points de contrôle avec aucun autre nœud.
nodes-peers-caption = Les nœuds avec lesquels ce nœud compare ses points de contrôle
nodes-col-peer = Nœud
nodes-col-peer-size = Taille montrée
nodes-col-checked-at = Dernière interrogation
nodes-evidence = Preuves
nodes-evidence-lead = Une preuve est conservée quand le nœud central signe un point de contrôle incompatible avec un autre : chacun peut vérifier chaque fichier avec concord evidence check.
nodes-evidence-none = Aucune preuve d’un registre réécrit ou divergent n’a été trouvée.
nodes-evidence-caption = Les preuves conservées par ce nœud
nodes-col-number = Numéro
nodes-col-kind = Ce qu’elle montre
nodes-col-found = Constatée
nodes-col-detail = Détails
nodes-col-file = Fichier
nodes-evidence-file = Fichier de preuve (JSON)
nodes-kind-rewrite = Le registre a été réécrit
nodes-kind-shrank = Le registre a rétréci
nodes-kind-split-view = Des nœuds différents ont vu des registres différents
nodes-kind-bad-signature = Un point de contrôle à la signature invalide
nodes-kind-bad-tiles = Des entrées qui ne correspondent pas au point de contrôle signé

# Le registre public, ses entrées et leurs preuves, et la phrase de chaque
# type d’événement. Français.

record-title = Registre public
record-lead = Chaque acte public de l’organisation est une entrée de ce registre. Les entrées sont seulement ajoutées : elles ne sont jamais modifiées ni supprimées.
record-verify = L’organisation signe régulièrement le registre. Chacun peut vérifier qu’une entrée figure dans le registre signé et que le registre n’a jamais été réécrit.
record-checkpoint = Dernier point de contrôle signé
record-size = Entrées couvertes
record-root = Hachage racine (SHA-256)
record-origin = Nom du journal
record-key = Clé qui signe le journal
record-note = La note signée
record-note-hint = Le point de contrôle tel qu’il a été signé. Les programmes peuvent l’obtenir à l’adresse
record-entries = Entrées
record-caption = Entrées, les plus récentes d’abord, page { $page } sur { $pages }
record-col-entry = Entrée
record-col-time = Heure (UTC)
record-col-event = Ce qui s’est passé

entry-title = Entrée { $index }
entry-time = Heure (UTC)
entry-actor = Enregistré par
entry-kind = Type d’événement
entry-json = L’entrée telle qu’elle est enregistrée
entry-json-hint = Voici les octets exacts de l’entrée : du JSON canonique (RFC 8785).
entry-leaf = Hachage de feuille
entry-leaf-hint = SHA-256 d’un octet nul suivi des octets de l’entrée.
entry-proof = Preuve que l’entrée figure dans le registre
entry-proof-lead = Cette preuve d’inclusion montre que l’entrée { $index } figure dans le registre signé à { $size } entrées, dont le hachage racine est :
entry-proof-empty = Le registre signé ne contient que cette entrée : son hachage de feuille est donc le hachage racine.
entry-proof-caption = Hachages de la preuve, de l’entrée vers la racine
entry-proof-step = Étape
entry-proof-hash = Hachage (SHA-256)
entry-check-title = Comment le vérifier vous-même
entry-check-leaf = Calculez le hachage de feuille de l’entrée : SHA-256 d’un octet nul suivi des octets de l’entrée.
entry-check-path = Combinez-le successivement avec chaque hachage de la preuve, comme le décrit la RFC 9162 (section 2.1.3.2) : chaque étape est le SHA-256 d’un octet de valeur un suivi du hachage de gauche et du hachage de droite.
entry-check-root = Le résultat doit être égal au hachage racine du point de contrôle signé, et la signature du point de contrôle doit être valide avec la clé du journal publiée par l’organisation.
entry-check-command = Vous pouvez aussi vérifier toutes les entrées du registre en une fois avec le programme en ligne de commande de Concord :
entry-not-signed = Cette entrée n’est pas encore couverte par un point de contrôle signé ; elle n’a donc pas encore de preuve. Rechargez la page dans un instant.
entry-nav = Autres entrées
entry-previous = Entrée précédente
entry-next = Entrée suivante

event-organization-founded = L’organisation { $name } a été fondée.
event-member-admitted = { $status ->
    [observer] Admission en qualité d’État observateur : { $name }.
   *[member] Admission en qualité d’État membre : { $name }.
}
event-document-published = Le document { $number }, « { $title } », a été publié en { $language }.
event-blob-redacted = Le texte de « { $title } » a été retiré. Motif indiqué : { $reason }
event-secretariat-appointed = { $handle } a rejoint le secrétariat.
event-observer-accredited = { $handle } a été accrédité en qualité d’observateur.
event-delegation-member-added = { $role ->
    [head] { $handle } a été accrédité chef de la délégation de { $member }.
    [delegate] { $handle } a été nommé délégué de { $member }.
   *[alternate] { $handle } a été nommé suppléant de { $member }.
}
event-delegation-member-removed = { $handle } a quitté la délégation de { $member }.
event-organization-applied = { $name } a demandé à participer à la chambre { $chamber ->
    [industry] de l’industrie
    [research] de la recherche
    [civil_society] de la société civile
   *[intergovernmental] intergouvernementale
}.
event-organization-admitted = { $name } a été admise.
event-organization-declined = { $name } n’a pas été admise. Motif indiqué : { $reason }
event-organization-member-added = { $handle } a rejoint { $name }.
event-organization-member-removed = { $handle } a quitté { $name }.
event-unreadable = Cette entrée n’a pas pu être lue.

event-consultation-created = La consultation { $id } a été créée : « { $title } ».
event-consultation-opened = La consultation { $id } est ouverte.
event-consultation-closed = La consultation { $id } est close.
event-consultation-reopened = La consultation { $id } a été rouverte.
event-consultation-statement-added = La proposition { $statement } a été ajoutée à la consultation { $id }.
event-consultation-statement-moderated = La proposition { $statement } de la consultation { $id } a été { $verdict ->
        [approve] approuvée
        [reject] rejetée
       *[meta] marquée comme méta
    } par un modérateur.
event-consultation-statement-translated = La proposition { $statement } de la consultation { $id } a été traduite en { $language }.
event-consultation-statement-flagged = La proposition { $statement } de la consultation { $id } a été signalée aux modérateurs.
event-consultation-voted = Un vote sur la proposition { $statement } de la consultation { $id }.
event-consultation-import-started = L’import de la consultation { $id } a commencé, depuis { $source }.
event-consultation-statement-imported = La proposition { $statement } de la consultation { $id } a été importée (commentaire { $comment } de l’export).
event-consultation-vote-imported = Un vote importé du participant { $participant } sur la proposition { $statement } de la consultation { $id }.
event-consultation-import-finished = L’import de la consultation { $id } est terminé ; elle est close.

event-decision-types-published = La version { $version } des types de décision a été publiée ({ $count } types).
event-decision-key-registered = { $custodied ->
        [yes] Une clé de signature gardée par le serveur (en garde)
       *[no] Une clé de signature
    } a été enregistrée pour { $signatory }.
event-decision-key-revoked = Une clé de signature de { $signatory } a été révoquée.
event-decision-ballot-opened = Le scrutin { $id } a été ouvert : « { $title } ».
event-decision-alternate-designated = { $handle } a été désigné pour voter au nom de { $member } au scrutin { $id }.
event-decision-proxy-given = { $from } a donné procuration à { $to } pour le scrutin { $id }.
event-decision-proxy-revoked = { $from } a retiré sa procuration pour le scrutin { $id }.
event-decision-voted = { $member } a voté { $choice ->
        [yes] pour
        [no] contre
       *[abstain] l’abstention
    } au scrutin { $id }{ $how ->
        [recorded] , vote enregistré par le secrétariat
        [proxy] , par procuration à { $holder }
       *[own] {""}
    }.
event-decision-ballot-closed = Le scrutin { $id } est clos : { $outcome ->
        [adopted] adopté
        [rejected] rejeté
       *[pending] en attente
    }.
event-divide-methodology-published = La version { $version } de la méthodologie de l’indice de la fracture de l’IA a été publiée.
event-divide-series-recorded = { $count } valeurs de { $indicator } ont été enregistrées pour { $member }.
event-divide-value-submitted = { $member } a soumis une valeur de { $indicator } pour { $year } (soumission { $id }).
event-divide-submission-accepted = La soumission { $id } a été acceptée.
event-divide-submission-rejected = La soumission { $id } a été rejetée : { $reason }

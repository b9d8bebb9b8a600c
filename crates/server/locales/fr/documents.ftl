# Les documents de l’organisation et le formulaire de publication du secrétariat. Français.

documents-title = Documents publiés
documents-lead = Les documents publiés par l’organisation. Le registre public conserve le SHA-256 de chaque texte : chacun peut vérifier qu’un texte est bien celui qui a été publié.
documents-publish-link = Publier un document
documents-filter-form = Filtrer les documents
documents-kind-label = Type
documents-any-kind = Tous les types
documents-language-label = Langue
documents-any-language = Toutes les langues
documents-error-kind = Choisissez un type dans la liste : Markdown ou texte brut
documents-error-language = Choisissez une langue dans la liste
documents-count = { $count ->
    [0] Aucun document trouvé
    [one] 1 document trouvé
   *[other] { $count } documents trouvés
}
documents-none = Aucun document ne correspond. Essayez un autre type ou une autre langue.
documents-caption = Documents, du plus récent au plus ancien
documents-col-number = Numéro
documents-col-title = Titre
documents-col-language = Langue
documents-col-kind = Type
documents-published = Publié à
documents-entry = l’entrée { $index }
documents-taken-down-tag = Retiré
documents-kind-markdown = Texte Markdown
documents-kind-text = Texte brut
documents-kind-other = Autre format
documents-media-type = Type de média
documents-size = Taille
documents-bytes = { $count ->
    [one] 1 octet
   *[other] { $count } octets
}
documents-taken-down = Retiré à
documents-takedown-notice = Le texte de ce document a été retiré. Son SHA-256 reste dans le registre public. Motif indiqué : { $reason }
documents-hash = SHA-256 du texte
documents-hash-hint = Le registre public contient ce hachage. Calculez le SHA-256 du texte dont vous disposez et comparez.
documents-text = Texte
documents-raw = Télécharger le texte tel que publié
documents-form-heading = Publier un document
documents-form-lead = Le document est publié immédiatement : son titre et le SHA-256 de son texte entrent dans le registre public, et son texte s’affiche sur sa page.
documents-form-title = Titre
documents-form-title-hint = Dans la langue du document, sur une ligne, { $max } caractères au plus.
documents-form-language-choose = Choisissez la langue
documents-form-kind-hint = Les textes Markdown s’affichent tels qu’ils sont écrits, sans mise en forme.
documents-form-text = Texte
documents-form-submit = Publier le document
documents-error-language-form = Choisissez la langue dans laquelle le document est rédigé
documents-error-text = Saisissez le texte du document
documents-error-title = Saisissez le titre du document
documents-error-title-line = Écrivez le titre sur une ligne, sans caractères de contrôle
notice-document-published = Le document a été publié et inscrit au registre public.
secretariat-documents-text = Publier un document de l’organisation dans l’une des six langues.
entry-document = Lire le document

# Los documentos de la organización y el formulario de publicación de la secretaría. Español.

documents-title = Documentos
documents-lead = Los documentos que ha publicado la organización. El registro público guarda el SHA-256 de cada texto, de modo que cualquiera puede comprobar que un texto es el publicado.
documents-publish-link = Publicar un documento
documents-filter-form = Filtrar los documentos
documents-kind-label = Tipo
documents-any-kind = Cualquier tipo
documents-language-label = Idioma
documents-any-language = Cualquier idioma
documents-error-kind = Elija un tipo de la lista: Markdown o texto sin formato
documents-error-language = Elija un idioma de la lista
documents-count = { $count ->
    [0] No se encontraron documentos
    [one] Se encontró 1 documento
   *[other] Se encontraron { $count } documentos
}
documents-none = Ningún documento coincide. Pruebe con otro tipo u otro idioma.
documents-caption = Documentos, del más reciente al más antiguo
documents-col-number = Número
documents-col-title = Título
documents-col-language = Idioma
documents-col-kind = Tipo
documents-published = Publicado en
documents-entry = la entrada { $index }
documents-taken-down-tag = Retirado
documents-kind-markdown = Texto Markdown
documents-kind-text = Texto sin formato
documents-kind-other = Otro formato
documents-media-type = Tipo de medio
documents-size = Tamaño
documents-bytes = { $count ->
    [one] 1 byte
   *[other] { $count } bytes
}
documents-taken-down = Retirado en
documents-takedown-notice = El texto de este documento fue retirado. Su SHA-256 permanece en el registro público. Motivo indicado: { $reason }
documents-hash = SHA-256 del texto
documents-hash-hint = El registro público contiene este hash. Calcule el SHA-256 del texto que tiene y compárelos.
documents-text = Texto
documents-raw = Descargar el texto tal como se publicó
documents-form-heading = Publicar un documento
documents-form-lead = El documento se publica de inmediato: su título y el SHA-256 de su texto entran en el registro público, y su texto se muestra en su página.
documents-form-title = Título
documents-form-title-hint = En el idioma del documento, en una línea, con { $max } caracteres como máximo.
documents-form-language-choose = Elija el idioma
documents-form-kind-hint = Los textos Markdown se muestran tal como están escritos, sin formato.
documents-form-text = Texto
documents-form-submit = Publicar el documento
documents-error-language-form = Elija el idioma en que está redactado el documento
documents-error-text = Introduzca el texto del documento
documents-error-title = Introduzca el título del documento
documents-error-title-line = Escriba el título en una sola línea, sin caracteres de control
notice-document-published = El documento se publicó y quedó inscrito en el registro público.
secretariat-documents-text = Publicar un documento de la organización en uno de los seis idiomas.
entry-document = Leer el documento

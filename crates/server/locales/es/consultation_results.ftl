# Los resultados de una consulta y la cola de los moderadores. Español.

results-consultations = Consultas
results-heading = Resultados
results-page-title = Resultados: { $title }
results-statement-gone = El texto de esta afirmación fue retirado.
results-hidden-participants = Mientras esta consulta esté abierta, sus resultados solo se muestran a quienes han votado en ella. Cuando se cierre, se mostrarán a todos.
results-hidden-take-part = Ir a la consulta para participar
results-computing = Los resultados se están calculando a partir del registro público. Comprobado el { $time }.
results-computing-later = Vuelva a cargar esta página dentro de un minuto para verlos.
results-covers = Este análisis abarca el registro público hasta la entrada { $entry }. Lo calculó { $engine } el { $time }; cualquiera puede volver a calcularlo a partir del registro.
results-participants = Participantes que votaron
results-statements = Afirmaciones
results-votes = Votos
results-clustered = Participantes situados en grupos de opinión
results-map-heading = Mapa de opiniones
results-map-lead = Cada círculo es un conjunto de participantes que votaron de forma parecida: cuanto más cerca están dos círculos, más se parecen sus votos. El área de un círculo es proporcional a sus participantes; cada grupo de opinión aparece rodeado y numerado.
results-map-title = Mapa de opiniones de los participantes
results-map-description = { $count ->
    [one] Un conjunto de participantes situado según sus votos. La tabla junto al mapa da las mismas cifras.
   *[other] { $count } conjuntos de participantes situados según sus votos, rodeados por grupo de opinión. La tabla junto al mapa da las mismas cifras.
}
results-map-caption = Los conjuntos del mapa
results-map-none = Todavía no se ha situado a nadie en el mapa.
results-col-cluster = Conjunto
results-col-group = Grupo
results-col-participants = Participantes
results-col-x = Primer eje
results-col-y = Segundo eje
results-col-statement = Afirmación
results-no-group = Ninguno
results-groups-heading = Grupos de opinión
results-groups-lead = Los participantes que votan de forma parecida forman un grupo. Cada grupo se muestra con las afirmaciones que más lo distinguen de los demás.
results-groups-none = Todavía no hay grupos de opinión: muy pocas personas han votado sobre suficientes afirmaciones.
results-group = Grupo { $number }
results-group-size = { $count ->
    [one] Un participante
   *[other] { $shown } participantes
}
results-representative-none = Todavía ninguna afirmación distingue a este grupo.
results-rep-agree = El { $percent } % de los { $count } de este grupo que votaron sobre ella está de acuerdo
results-rep-disagree = El { $percent } % de los { $count } de este grupo que votaron sobre ella está en desacuerdo
results-consensus-heading = Dónde coinciden los participantes
results-consensus-lead = Las afirmaciones con las que la mayoría de los participantes está de acuerdo, o en desacuerdo, sea cual sea su grupo.
results-agree-heading = La mayoría está de acuerdo
results-disagree-heading = La mayoría está en desacuerdo
results-informed-heading = Consenso entre los grupos
results-informed-hint = Las afirmaciones con las que cada grupo de opinión probablemente esté de acuerdo. La puntuación multiplica la probabilidad de acuerdo de cada grupo: 1 significaría acuerdo seguro en todos los grupos.
results-informed-score = Puntuación: { $score }
results-bridging-heading = Afirmaciones que acercan
results-bridging-hint = Las afirmaciones que apoyan personas que normalmente no están de acuerdo entre sí.
results-bridging-score = Puntuación de acercamiento: { $score }
results-none = Ninguna por ahora.
results-constituencies-heading = Acuerdo por circunscripción
results-constituencies-lead = Cómo votaron sobre cada afirmación los votantes de cada grupo regional, de cada cámara de organizaciones interesadas y del público. Cuenta el último voto de cada persona.
results-cross-bloc-heading = Consenso entre bloques
results-cross-bloc-hint = Las afirmaciones que apoya una mayoría de los votantes de todos los grupos regionales.
results-cross-bloc-more = { $count ->
    [one] Y una afirmación más.
   *[other] Y { $count } afirmaciones más.
}
results-table-hint = Cada celda da la proporción de votantes de la circunscripción sobre la afirmación que están de acuerdo, y luego los votos de acuerdo sobre todos sus votos (de acuerdo, en desacuerdo o paso). Primero van las afirmaciones más votadas.
results-table-caption = Acuerdo sobre cada afirmación por circunscripción, página { $page } de { $pages }
results-table-none = Ninguna afirmación tiene votos todavía.
results-public = El público
results-column = { $name } ({ $count ->
    [one] un votante
   *[other] { $shown } votantes
})
results-cell = { $percent } % ({ $agree }/{ $votes })
results-no-votes = sin votos

moderation-heading = Moderación
moderation-page-title = Moderación: { $title }
moderation-lead = Decida sobre las afirmaciones que esperan aprobación y las que los participantes han señalado. Cada decisión queda inscrita en el registro público; un rechazo muestra su motivo a todos.
moderation-results-link = Ver los resultados de esta consulta
moderation-waiting-heading = En espera de una decisión
moderation-count = { $count ->
    [0] Ninguna afirmación espera una decisión.
    [one] Una afirmación espera una decisión.
   *[other] { $shown } afirmaciones esperan una decisión, las más antiguas primero.
}
moderation-statement = Afirmación { $number }
moderation-author = Escrita en nombre de
moderation-author-member = La delegación de { $member }
moderation-author-organization = { $organization } (cámara: { $chamber })
moderation-author-public = Una persona del público
moderation-author-secretariat = La secretaría
moderation-language = Idioma
moderation-status = Estado
moderation-status-pending = En espera de aprobación
moderation-status-approved = Aprobada
moderation-status-meta = Sobre la conversación
moderation-status-rejected = Rechazada
moderation-flagged = Señalada por participantes
moderation-flags = { $count ->
    [one] Una vez desde la última decisión
   *[other] { $shown } veces desde la última decisión
}
moderation-decision = Su decisión sobre la afirmación { $number }
moderation-approve = Aprobar: los participantes la ven y votan sobre ella
moderation-reject = Rechazar: retirarla de la consulta
moderation-meta = Sobre la conversación: se vota, pero queda fuera de los grupos de opinión
moderation-reason = Motivo
moderation-reason-hint = Necesario para rechazar. Cualquiera puede leerlo en el registro público.
moderation-submit = Registrar la decisión
moderation-error-verdict = Elija si aprueba la afirmación, la rechaza o la marca como sobre la conversación
moderation-error-reason = Indique el motivo del rechazo de la afirmación
moderation-error-reason-long = El motivo es demasiado largo: acórtelo
moderation-no-reason = Sin motivo indicado
moderation-translations-heading = Traducciones
moderation-translations-lead = Añada la traducción de una afirmación para que los participantes la lean en su idioma. Una nueva traducción a un idioma sustituye a la anterior.
moderation-translations-page = Afirmaciones, página { $page } de { $pages }
moderation-translated = Traducida al: { $languages }
moderation-translation-language = Idioma de la traducción
moderation-language-choose = Elija un idioma
moderation-translation-text = Traducción
moderation-translation-submit = Añadir la traducción
moderation-error-language = Elija el idioma de la traducción
moderation-error-language-own = Elija un idioma distinto de aquel en que está escrita la afirmación
moderation-error-text = Escriba la traducción
moderation-rejected-heading = Rechazadas recientemente
moderation-rejected-none = No se ha rechazado ninguna afirmación.
moderation-rejected-caption = Las últimas afirmaciones rechazadas, con sus motivos
moderation-col-reason = Motivo indicado
notice-statement-moderated = La decisión quedó inscrita en el registro público.
notice-statement-translated = La traducción se añadió y quedó inscrita en el registro público.
results-imported = Importado de { $source }. Datos recogidos con el software Polis (compdemocracy.org/polis), con sublicencia CC BY 4.0 y atribución a The Computational Democracy Project.

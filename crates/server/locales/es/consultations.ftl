# Consultas: la lista, la página de una consulta con el bloque para
# participar, y el formulario que crea una. Español.

consultations-title = Consultas
consultations-lead = Los miembros, las partes interesadas y el público responden a una pregunta votando sobre afirmaciones breves y escribiendo las suyas. Después, el motor de consenso muestra en qué coinciden más allá de los bloques.
consultations-new-link = Iniciar una consulta
consultations-filter-form = Filtrar las consultas
consultations-filter-status = Estado
consultations-any-status = Cualquier estado
consultations-filter-audience = Quién participa
consultations-any-audience = Cualquiera
consultations-filter-language = Idioma
consultations-filter-language-hint = Redactada o traducida en
consultations-any-language = Cualquier idioma
consultations-error-status = Elija un estado de la lista
consultations-error-audience = Elija de la lista quién participa
consultations-error-language = Elija un idioma de la lista
consultations-count = { $count ->
    [0] No se encontraron consultas
    [one] Se encontró 1 consulta
   *[other] Se encontraron { $count } consultas
}
consultations-none = Ninguna consulta coincide. Pruebe con otros filtros.
consultations-counts = { $statements ->
    [one] { $statements } afirmación
   *[other] { $statements } afirmaciones
} · { $participants ->
    [one] { $participants } participante
   *[other] { $participants } participantes
} · { $votes ->
    [one] { $votes } voto
   *[other] { $votes } votos
}
consultations-opens = se abre el { $time }
consultations-closes = se cierra el { $time }
consultations-open-heading = Consultas abiertas
consultations-open-none = No hay ninguna consulta abierta en este momento.
consultations-all-link = Todas las consultas

consultations-status-draft = Borrador
consultations-status-open = Abierta
consultations-status-closed = Cerrada
consultations-audience-everyone = Toda persona con sesión iniciada
consultations-audience-members = Delegaciones de los Estados miembros
consultations-audience-members-and-stakeholders = Delegaciones y organizaciones interesadas
consultations-who-everyone = Puede participar toda persona con sesión iniciada: las delegaciones de los Estados miembros, los miembros de las organizaciones interesadas y los miembros del público.
consultations-who-members = Solo participan las delegaciones de los Estados miembros: jefes de delegación, delegados y suplentes.
consultations-who-members-and-stakeholders = Participan las delegaciones de los Estados miembros y los miembros de las organizaciones interesadas admitidas.
consultations-moderation-after = Las afirmaciones se muestran enseguida y se moderan después
consultations-moderation-before = Las afirmaciones esperan a que un moderador las apruebe
consultations-results-everyone = Todos ven los resultados mientras está abierta
consultations-results-participants = Solo quienes han votado ven los resultados mientras está abierta
consultations-choice-agree = De acuerdo
consultations-choice-disagree = En desacuerdo
consultations-choice-pass = Pasar o no sé

consultations-draft = Esta consulta es un borrador: solo la ven quienes la gestionan. Nadie puede participar hasta que se abra.
consultations-closed = Esta consulta está cerrada: ya no recibe votos ni afirmaciones.
consultations-outside = Usted no puede participar en esta consulta.
consultations-sign-in = Iniciar sesión para participar
consultations-sign-up-lead = ¿Todavía no tiene cuenta?
consultations-sign-up = Regístrese como miembro del público
consultations-take-part = Participar
consultations-statement-number = Afirmación { $number }
consultations-your-vote = Su voto: { $choice }. Elija de nuevo para cambiarlo.
consultations-left = { $count ->
    [0] No quedan afirmaciones por votar
    [one] Queda { $count } afirmación por votar
   *[other] Quedan { $count } afirmaciones por votar
}
consultations-all-voted = Ha votado sobre todas las afirmaciones. Las nuevas aparecerán aquí cuando otras personas las escriban.
consultations-flag = Señalar esta afirmación a los moderadores
consultations-write-heading = Escribir una afirmación
consultations-write-label = Su afirmación
consultations-write-hint-after = Una o dos frases, de { $max } caracteres como máximo, para que los demás voten. Se muestra enseguida.
consultations-write-hint-before = Una o dos frases, de { $max } caracteres como máximo, para que los demás voten. Un moderador la aprueba antes de mostrarla.
consultations-write-language = Idioma de su afirmación
consultations-write-submit = Añadir su afirmación
consultations-your-votes = Sus votos
consultations-voted-all = { $count ->
    [one] Ha votado sobre { $count } afirmación:
   *[other] Ha votado sobre { $count } afirmaciones:
}
consultations-voted-some = Ha votado sobre { $count } afirmaciones. Las { $shown } más recientes:
consultations-change-vote = Cambiar su voto
consultations-how = Cómo participar
consultations-how-vote = Las afirmaciones se muestran de una en una. Para cada una, elija De acuerdo, En desacuerdo o Pasar. Puede cambiar un voto más tarde: cuenta el último.
consultations-how-write-after = También puede escribir sus propias afirmaciones para que los demás voten. Se muestran enseguida; los moderadores pueden retirar una más tarde, dando públicamente el motivo.
consultations-how-write-before = También puede escribir sus propias afirmaciones para que los demás voten. Un moderador aprueba cada una antes de mostrarla.
consultations-how-record = Los votos y las afirmaciones quedan inscritos en el registro público. Los delegados y los miembros de organizaciones participan con su identificador público; los miembros del público, con un seudónimo propio de esta consulta.
consultations-progress = Avance
consultations-results-link = Ver los resultados
consultations-details = Detalles
consultations-col-status = Estado
consultations-col-audience = Quién participa
consultations-col-language = Idioma auténtico
consultations-col-moderation = Moderación
consultations-col-write = Los participantes escriben afirmaciones
consultations-col-results = Resultados
consultations-col-convened = Convocada por
consultations-col-opens = Apertura
consultations-col-closes = Cierre
consultations-col-created = Creada en
consultations-entry = Entrada { $index }
consultations-by-secretariat = La secretaría
consultations-by-delegation = La delegación de { $member }
consultations-manage = Gestionar la consulta
consultations-open-button = Abrir la consulta
consultations-close-button = Cerrar la consulta
consultations-reopen-button = Reabrir la consulta
consultations-reopen-closes = Nueva hora de cierre (opcional)
consultations-time-hint = En UTC, por ejemplo 2027-01-15 09:00.
consultations-moderation-link = Moderar las afirmaciones
consultations-error-choice = Elija De acuerdo, En desacuerdo o Pasar
consultations-error-statement = Esa afirmación ya no recibe votos. Aquí tiene otra.
consultations-error-text-empty = Escriba su afirmación
consultations-error-text-line = Escriba su afirmación en un solo párrafo, sin saltos de línea
consultations-error-statement-language = Elija el idioma de su afirmación
consultations-error-duplicate = Esta afirmación ya figura en la consulta (afirmación { $number }). Vote sobre ella o escriba otra.
consultations-error-time = Indique una fecha y una hora, por ejemplo 2027-01-15 09:00

consultations-new-heading = Iniciar una consulta
consultations-new-lead = La consulta se crea como borrador: solo la ven usted y las demás personas que la gestionan hasta que se abra.
consultations-new-language = Idioma auténtico
consultations-new-language-hint = El idioma en que están redactados el título, la pregunta y las afirmaciones iniciales.
consultations-new-title = Título
consultations-new-title-hint = En el idioma auténtico, en una línea, de { $max } caracteres como máximo.
consultations-new-question = Pregunta
consultations-new-question-hint = La pregunta que se plantea a los participantes, en un párrafo de { $max } caracteres como máximo.
consultations-new-translations = Traducciones (opcional)
consultations-new-translations-hint = Indique el título y la pregunta en otros idiomas. Deje vacío el idioma auténtico: sus textos son los de arriba.
consultations-new-translation = Traducción al { $language }
consultations-new-title-in = Título en { $language }
consultations-new-question-in = Pregunta en { $language }
consultations-new-settings = Ajustes
consultations-new-audience = Quién participa
consultations-new-moderation = Moderación
consultations-new-write = Los participantes pueden escribir afirmaciones
consultations-new-results = Resultados mientras está abierta
consultations-new-results-hint = Una vez cerrada, todos ven los resultados.
consultations-new-opens = Hora de apertura (opcional)
consultations-new-closes = Hora de cierre (opcional)
consultations-new-seeds = Afirmaciones iniciales (opcional)
consultations-new-seeds-hint = Una afirmación por línea, en el idioma auténtico: como máximo { $count } afirmaciones de { $max } caracteres cada una.
consultations-new-open-now = Abrirla en cuanto se cree
consultations-new-submit = Crear la consulta
consultations-new-cancel = Cancelar
consultations-error-required = Escríbalo en el idioma auténtico
consultations-error-one-paragraph = Escríbalo en un solo párrafo, sin saltos de línea
consultations-error-seeds-count = Indique como máximo { $max } afirmaciones iniciales
consultations-error-seed-long = La afirmación inicial { $number } tiene más de { $max } caracteres
consultations-error-seed-control = Quite las tabulaciones y los caracteres de control de la afirmación inicial { $number }
consultations-error-seed-twice = La afirmación inicial { $number } repite una anterior
consultations-error-language-choose = Elija el idioma auténtico
consultations-error-audience-choose = Elija quién participa
consultations-error-moderation-choose = Elija cómo se moderan las afirmaciones
consultations-error-results-choose = Elija quién ve los resultados mientras está abierta
consultations-error-open-now = Deje vacía la hora de apertura para abrirla ahora, o desmarque «Abrirla en cuanto se cree»
consultations-error-authentic-twice = Este es el idioma auténtico: su texto es el indicado arriba. Deje este campo vacío.
consultations-error-closes-before = La hora de cierre debe ser posterior a la de apertura
consultations-error-texts = Revise el título, la pregunta y las afirmaciones iniciales

secretariat-consultations-text = Plantear una pregunta a los miembros, las partes interesadas y el público, en los seis idiomas.

notice-consultation-created = La consulta se creó como borrador y quedó inscrita en el registro público. Ábrala cuando esté lista.
notice-consultation-opened = La consulta está abierta. Las personas a las que se dirige ya pueden participar.
notice-consultation-closed = La consulta está cerrada. Sus resultados son visibles para todos.
notice-consultation-reopened = La consulta está abierta de nuevo.
notice-vote-recorded = Su voto quedó registrado. Esta es la afirmación siguiente.
notice-statement-added = Su afirmación se añadió. Los demás ya pueden votar sobre ella.
notice-statement-held = Su afirmación quedó registrada. Un moderador la aprobará antes de que los demás la vean.
notice-statement-flagged = La afirmación se señaló a los moderadores. Gracias.

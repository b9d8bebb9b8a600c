# El índice de la brecha de la IA (web/divide). Español.

divide-title = Índice de la brecha de la IA
divide-nav = Índice de la brecha
divide-lead = Dónde se encuentra cada Estado miembro en materia de inteligencia artificial: una puntuación basada en datos abiertos, calculada con una metodología publicada, con el grado de certeza de cada puesto. Cualquiera puede volver a calcularla a partir del registro público.
divide-home-link = El índice de la brecha de la IA: dónde se encuentra cada Estado miembro
divide-secretariat-text = Aceptar o rechazar, con un motivo, los valores nacionales más recientes que presentan las delegaciones.
divide-delegation-link = Su Estado en el índice de la brecha de la IA: presentar un valor nacional más reciente
divide-member-link = Este Estado en el índice de la brecha de la IA
divide-computing = El índice se está calculando a partir del registro público. Comprobado el { $time }.
divide-computing-later = Vuelva a cargar esta página dentro de un minuto para verlo.
divide-methodology-link = Cómo se calcula el índice
divide-submissions-link = Las presentaciones nacionales y su examen
divide-api = El índice para programas:
divide-facts = Metodología, versión { $version }; año de referencia { $year }. Calculado a partir de las primeras { $entries } entradas del registro público; intervalos de puesto obtenidos de { $draws } extracciones de ponderaciones con la semilla { $seed }.
divide-percent = { $value } %
divide-years = { $years ->
    [one] 1 año
   *[other] { $years } años
}

divide-filter-form = Filtrar el índice
divide-region-label = Grupo regional
divide-income-label = Grupo de ingresos
divide-any-region = Todos los grupos regionales
divide-any-income = Todos los grupos de ingresos
divide-sort-label = Orden
divide-sort-rank = Por puesto, el mejor primero
divide-sort-coverage = Por cobertura, la más alta primero
divide-sort-uncertainty = Por incertidumbre, el intervalo de puesto más amplio primero
divide-apply = Mostrar
divide-clear = Quitar los filtros
divide-error-region = Elija un grupo regional de la lista
divide-error-income = Elija un grupo de ingresos de la lista
divide-error-sort = Elija un orden de la lista
divide-count = { $count ->
    [0] Ningún Estado miembro
    [one] 1 Estado miembro
   *[other] { $count } Estados miembros
}
divide-table-caption = Estados miembros en el índice, página { $page } de { $pages }
divide-col-rank = Puesto
divide-col-member = Estado miembro
divide-col-state = Estado
divide-col-score = Puntuación (0–100)
divide-col-interval = Intervalo de puesto
divide-col-coverage = Cobertura
divide-col-filled = Valores completados
divide-interval = { $low } a { $high }
divide-none = Ningún Estado miembro coincide con estos filtros.
divide-observers-heading = Estados observadores
divide-observers-lead = Los Estados observadores reciben una puntuación a título informativo; no se clasifican.

divide-profile-title = { $member } en el índice de la brecha de la IA
divide-not-scored = El índice todavía no puntúa a este Estado. Lo hará cuando el índice se vuelva a calcular.
divide-row-score = Puntuación
divide-score-of = { $score } de 100
divide-row-rank = Puesto
divide-rank-of = { $rank } de { $members } Estados miembros
divide-row-interval = Intervalo de puesto
divide-interval-text = { $interval }: el puesto en al menos el 90 % de { $draws } extracciones de las ponderaciones de los pilares
divide-row-coverage = Cobertura
divide-coverage-text = { $percent }: { $observed } de { $indicators } indicadores observados en { $year }
divide-row-group = Comparado con
divide-peers = { $region }; { $income }
divide-no-group = Ninguno
divide-observer-note = Estado observador: recibe una puntuación a título informativo, sin clasificarse. Entre los Estados miembros ocuparía el puesto { $rank }.
divide-member-page = Todo sobre este Estado

divide-pillars-heading = Pilares
divide-pillars-lead = La puntuación de cada pilar frente a la mediana de los Estados miembros del mismo grupo regional y de ingresos, y frente a la frontera: la puntuación más alta de un Estado miembro.
divide-pillars-chart = Puntuaciones por pilar de { $member }, con la mediana de su grupo y la frontera
divide-pillars-caption = Puntuaciones por pilar
divide-pillar-label = { $pillar }: { $score } puntos
divide-legend-score = Barra: la puntuación de { $member }.
divide-legend-median = Línea fina: la mediana del grupo.
divide-legend-frontier = Línea gruesa: la frontera.
divide-col-pillar = Pilar
divide-col-median = Mediana del grupo
divide-col-frontier = Frontera

divide-values-heading = Valores utilizados
divide-values-lead = Cada valor que compone la puntuación. Un valor no observado en { $year } se ha completado, y la tabla indica cómo.
divide-col-indicator = Indicador
divide-col-value = Valor
divide-col-year = Año
divide-col-scaled = Puntuación del indicador (0–100)
divide-col-weight = Ponderación
divide-col-how = Procedencia
divide-observed = Observado
divide-fill-latest = Completado: su propio valor más reciente
divide-fill-group-median = Completado: mediana de su grupo regional y de ingresos
divide-fill-region-median = Completado: mediana de su grupo regional
divide-fill-income-median = Completado: mediana de su grupo de ingresos
divide-fill-overall-median = Completado: mediana de todos los Estados

divide-trends-heading = A lo largo de los años
divide-trends-lead = Los valores vigentes de { $member } para cada indicador del índice, por año.
divide-trend-title = { $indicator }, de { $first } a { $last }: de { $from } a { $to }
divide-trend-one = { $indicator }, año { $year }: { $value }
divide-trend-none = No hay ningún valor registrado.
divide-show-data = Mostrar los datos

divide-pending-heading = Presentaciones pendientes de examen
divide-pending-none = Ninguna presentación de este Estado está pendiente de examen.
divide-col-source = Fuente
divide-col-submitted = Presentado

divide-form-heading = Presentar un valor nacional más reciente
divide-form-lead = La secretaría examina cada valor antes de que cuente en el índice. Indique su fuente, para que cualquiera pueda comprobarlo.
divide-form-indicator = Indicador
divide-form-indicator-choose = Elija un indicador
divide-form-year = Año
divide-form-year-hint = El año que describe el valor, por ejemplo 2023.
divide-form-value = Valor
divide-form-value-hint = En la unidad del indicador, con un punto antes de los decimales, por ejemplo 23.5.
divide-form-source = Fuente
divide-form-source-hint = De dónde procede el valor: la publicación de la oficina de estadística, con su dirección si la tiene.
divide-form-submit = Presentar para examen
divide-error-indicator = Elija un indicador de la lista
divide-error-year = Escriba el año con cuatro cifras, por ejemplo 2023
divide-error-year-future = El año no puede estar en el futuro
divide-error-year-early = Escriba un año a partir de 1960
divide-error-value = Escriba el valor como un número, por ejemplo 23.5
divide-error-value-range = Escriba un valor entre { $min } y { $max }
divide-error-value-min = Escriba un valor de al menos { $min }
divide-error-source = Indique de dónde procede el valor
divide-error-line = Escríbalo en una sola línea
divide-error-pending = Ya hay un valor de este indicador para este año pendiente de examen (presentación { $id })
notice-divide-submitted = Se ha presentado el valor. La secretaría lo examina antes de que cuente.
notice-divide-accepted = Se ha aceptado el valor. El índice se vuelve a calcular en unos segundos.
notice-divide-rejected = Se ha rechazado el valor, con el motivo indicado.

divide-submissions-title = Presentaciones nacionales
divide-submissions-lead = Las delegaciones presentan valores nacionales más recientes con su fuente; la secretaría acepta o rechaza cada uno, con un motivo. Todo ello figura en el registro público.
divide-queue-heading = Pendientes de examen
divide-queue-count = { $count ->
    [0] Ninguna presentación está pendiente de examen.
    [one] 1 presentación está pendiente de examen.
   *[other] { $count } presentaciones están pendientes de examen.
}
divide-queue-item = { $member } — { $indicator }, { $year }
divide-queue-value = Valor presentado: { $value }. Valor vigente: { $previous }.
divide-queue-value-new = Valor presentado: { $value }. No hay ningún valor vigente para este año.
divide-queue-source = Fuente:
divide-queue-by = Presentación { $id }, de { $handle }, el { $time }
divide-accept = Aceptar
divide-reject = Rechazar
divide-reason = Motivo del rechazo
divide-reason-hint = Público: la delegación y cualquier otra persona pueden leerlo.
divide-error-reason = Indique el motivo del rechazo del valor
divide-error-reason-long = Acorte el motivo
divide-error-reviewed = La presentación { $id } ya se ha examinado
divide-reviewed-heading = Examinadas recientemente
divide-reviewed-none = Todavía no se ha examinado ninguna presentación.
divide-col-number = Número
divide-col-decision = Decisión
divide-col-reason = Motivo
divide-status-pending = Pendiente de examen
divide-status-accepted = Aceptada
divide-status-rejected = Rechazada

divide-methodology-title = Cómo se calcula el índice de la brecha de la IA
divide-m-lead = El índice se calcula a partir de datos abiertos con una metodología que es en sí misma un dato: un archivo publicado y con versiones, que cualquiera puede leer y utilizar para calcular el mismo índice a partir del registro público.
divide-m-version = Versión { $version }:
divide-m-in-english = su nombre y sus justificaciones están en inglés
divide-m-toml-link = El archivo de la metodología
divide-m-measures-heading = Qué mide el índice
divide-m-measures = El índice mide hasta qué punto cada Estado está preparado para utilizar y desarrollar la inteligencia artificial: si la población está conectada, si hay electricidad para hacer funcionar las computadoras, si la población tiene formación, si hay investigación y qué puede invertir la economía. Muestra dónde está la brecha entre los Estados, para que lo que comparten los miembros llegue adonde se necesita.
divide-m-scale-heading = Una puntuación de 0 a 100
divide-m-scale = Cada indicador se convierte en una puntuación de 0 a 100; los indicadores forman { $pillars } pilares, y los pilares una sola puntuación de 0 a 100. Cuanto más alta es la puntuación, más cerca de la frontera está el Estado. El puesto 1 corresponde a la puntuación más alta entre los Estados miembros.
divide-m-goalposts = Cada indicador tiene dos umbrales: el valor que puntúa 0 y el valor que puntúa 100. Un valor por debajo del umbral inferior puntúa 0, uno por encima del umbral superior puntúa 100 y uno intermedio puntúa en proporción.
divide-m-log = Algunos indicadores son muy asimétricos, como el consumo de electricidad o el gasto en investigación, que abarcan varios órdenes de magnitud. En ellos se toma primero el logaritmo natural del valor y de los umbrales, como hace el Índice de Desarrollo Humano con los ingresos, para que las diferencias entre los Estados con valores bajos sigan siendo visibles.
divide-m-aggregation-heading = De los indicadores a una sola puntuación
divide-m-within-arithmetic = Dentro de un pilar, las puntuaciones de los indicadores se promedian según sus ponderaciones (una media aritmética ponderada), porque pueden sustituirse en parte entre sí.
divide-m-within-geometric = Dentro de un pilar, las puntuaciones de los indicadores se combinan con una media geométrica ponderada.
divide-m-across-geometric = Entre los pilares, la puntuación es la media geométrica ponderada de las puntuaciones de los pilares, como en el Índice de Desarrollo Humano: una carencia en un pilar solo se compensa en parte con la fortaleza en otro.
divide-m-across-arithmetic = Entre los pilares, la puntuación es la media aritmética ponderada de las puntuaciones de los pilares.
divide-m-floor = En una media geométrica, una puntuación inferior a { $floor } cuenta como { $floor }, de modo que un pilar en cero reduce mucho la puntuación sin anular los demás.
divide-m-missing-heading = Valores que faltan
divide-m-missing = Se observa un valor del año de referencia, { $year }. Cuando un Estado no lo tiene, se usa su propio valor más reciente de los { $window } anteriores. Si no, se usa la mediana de los Estados del mismo grupo regional y de ingresos; a falta de ella, la del mismo grupo regional, después la del mismo grupo de ingresos y, por último, la de todos los Estados. Cada valor completado se señala, junto con la forma en que se completó, en la página del Estado.
divide-m-coverage = La cobertura es la proporción de los indicadores del índice observados para un Estado en el año de referencia. Una cobertura baja significa que su puntuación depende más de valores completados.
divide-m-interval-heading = Qué certeza tiene un puesto
divide-m-interval = Las ponderaciones de los pilares son una elección. Para mostrar cuánto depende un puesto de ella, las ponderaciones de los pilares se extraen { $draws } veces al azar en torno a las ponderaciones publicadas (de una distribución de Dirichlet de concentración { $concentration }, con la semilla fija { $seed }), y cada Estado se clasifica en cada extracción. El intervalo de puesto va del percentil 5 al percentil 95 de sus puestos: al menos el 90 % de las extracciones sitúan al Estado dentro de él. Un intervalo amplio significa que el puesto depende de las ponderaciones.
divide-m-recompute = Los mismos datos, la misma metodología y la misma semilla dan siempre el mismo índice. Para calcularlo usted mismo a partir del registro público de este servidor:
divide-m-sources-heading = Fuentes de los datos
divide-m-sources = Los valores incluidos en la plataforma proceden de los Indicadores del Desarrollo Mundial del Banco Mundial, de la Unión Internacional de Telecomunicaciones, del PNUD y del Instituto de Estadística de la UNESCO, a través de Gapminder y del Banco Mundial. Las delegaciones pueden presentar valores nacionales más recientes con su fuente; cada uno cuenta una vez que la secretaría lo acepta. Los datos incluidos se atribuyen así:
divide-m-pillars-heading = Pilares e indicadores
divide-m-pillars-lead = Los pilares de la metodología vigente, cada uno con sus indicadores, sus ponderaciones dentro del pilar y la justificación de cada elección.
divide-m-pillar-caption = { $pillar }: ponderación { $weight }
divide-col-direction = Sentido
divide-col-transform = Transformación
divide-col-goalposts = Umbrales
divide-col-window = Valor propio utilizado durante
divide-col-rationale = Por qué
divide-direction-higher = Cuanto más alto, mejor
divide-direction-lower = Cuanto más bajo, mejor
divide-transform-none = Ninguna
divide-transform-log = Logaritmo
divide-goalposts = de { $min } a { $max }

divide-ind-eg-elc-accs-zs = Acceso a la electricidad (% de la población)
divide-ind-eg-use-elec-kh-pc = Consumo de energía eléctrica (kWh por persona)
divide-ind-gb-xpd-rsdv-gd-zs = Gasto en investigación y desarrollo (% del PIB)
divide-ind-hdi = Índice de Desarrollo Humano (0–1)
divide-ind-it-cel-sets-p2 = Suscripciones a telefonía móvil por cada 100 personas
divide-ind-it-net-bbnd-p2 = Suscripciones a banda ancha fija por cada 100 personas
divide-ind-it-net-user-zs = Personas que usan Internet (% de la población)
divide-ind-ny-gdp-pcap-cd = PIB por persona (US$ a precios actuales)
divide-ind-ny-gdp-pcap-kd = PIB por persona (US$ a precios constantes)
divide-ind-ny-gdp-pcap-pp-kd = PIB por persona, paridad del poder adquisitivo ($ internacionales constantes)
divide-ind-ny-gnp-pcap-cd = INB por persona, método Atlas (US$ a precios actuales)
divide-ind-patent-apps-total = Solicitudes de patentes, residentes y no residentes
divide-ind-se-adt-litr-zs = Tasa de alfabetización de adultos (% de personas de 15 años o más)
divide-ind-se-ter-enrr = Tasa bruta de matrícula en educación terciaria (%)
divide-ind-sp-pop-scie-rd-p6 = Investigadores dedicados a investigación y desarrollo (por millón de personas)
divide-ind-sp-pop-totl = Población total
divide-ind-tx-val-tech-mf-zs = Exportaciones de alta tecnología (% de las exportaciones de productos manufacturados)

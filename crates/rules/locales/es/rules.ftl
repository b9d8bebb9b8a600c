# Explicaciones de los resultados de las decisiones (crate `rules`). Español.
# Véase en/rules.ftl para los argumentos.

outcome-adopted = Aprobado.
outcome-rejected = No aprobado.
outcome-pending = Aún sin decidir.

verdict-pass = Cumplida
verdict-fail = No cumplida
verdict-pending = Pendiente
line = { $verdict }: { $text }

counts = Sí: { $yes }. No: { $no }. Abstenciones: { $abstain }. No votaron: { $not-voting } de { $eligible } miembros con derecho a voto.

threshold-phrase = { $comparison ->
    [more-than] más de { $threshold }
   *[at-least] al menos { $threshold }
}
base-phrase = { $of ->
    [present-and-voting] { $abstentions ->
        [counted] de los miembros presentes y votantes, contando las abstenciones como votos
       *[not-counted] de los miembros presentes y votantes (las abstenciones no cuentan como votos)
    }
    [eligible] de los miembros con derecho a voto
   *[all-members] de todos los miembros
}

clause-majority = Mayoría: { threshold-phrase } { base-phrase }. Sí: { $yes } de { $total }; se necesitan: { $needed }.
clause-majority-none = Mayoría: { threshold-phrase } { base-phrase }. No se contó a nadie, por lo que nada se aprueba.

clause-quorum = Quórum: debe participar { threshold-phrase } de los miembros con derecho a voto. Participan: { $taking-part } de { $eligible }; se necesitan: { $needed }.
clause-quorum-none = Quórum: debe participar { threshold-phrase } de los miembros con derecho a voto. Ningún miembro tiene derecho a voto.

clause-groups = Apoyo de varios grupos: en al menos { $min } de { $counted } grupos debe votar a favor { threshold-phrase } { base-phrase }. Grupos en que se cumple: { $passed }.
group-result = { $group }: sí { $yes } de { $total }; se necesitan: { $needed }.
group-result-none = { $group }: no se contó a nadie.

clause-no-single-group = Ningún grupo por sí solo: como máximo { $at-most } de los votos a favor pueden provenir de un mismo grupo. Mayor proporción: { $group }, { $group-yes } de { $yes } votos a favor.
clause-no-single-group-none = Ningún grupo por sí solo: como máximo { $at-most } de los votos a favor pueden provenir de un mismo grupo. No hay votos a favor.

clause-weighted = Mayoría ponderada, proporciones calculadas { base-phrase }:
weighted-members = miembros a favor: { $yes } de { $total }; se necesita: { threshold-phrase }.
weighted-weight = peso (población) a favor: { $weight-yes } de { $weight-total }; se necesita: { threshold-phrase }.

clause-all-of = Deben cumplirse todas las condiciones siguientes: cumplidas { $passed } de { $total }.
clause-any-of = Debe cumplirse una de las condiciones siguientes: cumplidas { $passed } de { $total }.

consensus-adopted = Consenso: el procedimiento de acuerdo tácito de { $hours } { $hours ->
    [one] hora
   *[other] horas
} concluyó sin ninguna objeción formal.
consensus-running = Consenso: procedimiento de acuerdo tácito de { $hours } { $hours ->
    [one] hora
   *[other] horas
}, de las que han transcurrido { $elapsed-hours }; por ahora no hay objeciones formales.
consensus-objected = Consenso: el acuerdo tácito se rompió por objeciones formales: { $objections } ({ $members }). { $fallback ->
    [vote] Decide el procedimiento subsidiario:
    [awaiting] Se espera la votación conforme al procedimiento subsidiario.
   *[none] El procedimiento no prevé uno subsidiario, por lo que el texto no se aprueba.
}
consensus-statements = Constan en acta, sin efecto de bloqueo: explicaciones de posición: { $explanations ->
    [0] ninguna
   *[other] { $explanations } ({ $explained-by })
}; reservas: { $reservations ->
    [0] ninguna
   *[other] { $reservations } ({ $reserved-by })
}.
consensus-late-objections = Objeciones formuladas después de concluido el acuerdo tácito, no computadas: { $count } ({ $members }).

group-AFRICAN = Estados de África
group-ASIA_PACIFIC = Estados de Asia y el Pacífico
group-EASTERN_EUROPEAN = Estados de Europa Oriental
group-GRULAC = Estados de América Latina y el Caribe
group-WEOG = Estados de Europa Occidental y otros Estados

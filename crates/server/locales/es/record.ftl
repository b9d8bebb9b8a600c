# El registro público, sus entradas y sus pruebas, y la frase de cada
# tipo de evento. Español.

record-title = Registro público
record-lead = Cada acto público de la organización es una entrada de este registro. Las entradas solo se añaden: nunca se modifican ni se eliminan.
record-verify = La organización firma el registro periódicamente. Cualquiera puede comprobar que una entrada figura en el registro firmado y que el registro nunca se ha reescrito.
record-checkpoint = Último punto de control firmado
record-size = Entradas cubiertas
record-root = Hash raíz (SHA-256)
record-origin = Nombre del registro
record-key = Clave que firma el registro
record-note = La nota firmada
record-note-hint = El punto de control tal como se firmó. Los programas pueden obtenerlo en
record-entries = Entradas
record-caption = Entradas, de la más reciente a la más antigua, página { $page } de { $pages }
record-col-entry = Entrada
record-col-time = Hora (UTC)
record-col-event = Qué ocurrió

entry-title = Entrada { $index }
entry-time = Hora (UTC)
entry-actor = Registrada por
entry-kind = Tipo de evento
entry-json = La entrada tal como se registró
entry-json-hint = Estos son los bytes exactos de la entrada: JSON canónico (RFC 8785).
entry-leaf = Hash de hoja
entry-leaf-hint = SHA-256 de un byte cero seguido de los bytes de la entrada.
entry-proof = Prueba de que la entrada figura en el registro
entry-proof-lead = Esta prueba de inclusión muestra que la entrada { $index } figura en el registro firmado con { $size } entradas, cuyo hash raíz es:
entry-proof-empty = El registro firmado solo contiene esta entrada, así que su hash de hoja es el hash raíz.
entry-proof-caption = Hashes de la prueba, desde la entrada hacia la raíz
entry-proof-step = Paso
entry-proof-hash = Hash (SHA-256)
entry-check-title = Cómo comprobarlo usted mismo
entry-check-leaf = Calcule el hash de hoja de la entrada: SHA-256 de un byte cero seguido de los bytes de la entrada.
entry-check-path = Combínelo sucesivamente con cada hash de la prueba, como describe la RFC 9162 (sección 2.1.3.2): cada paso es el SHA-256 de un byte con valor uno seguido del hash izquierdo y del hash derecho.
entry-check-root = El resultado debe ser igual al hash raíz del punto de control firmado, y la firma del punto de control debe verificarse con la clave del registro publicada por la organización.
entry-check-command = También puede comprobar todas las entradas del registro a la vez con el programa de línea de comandos de Concord:
entry-not-signed = Esta entrada todavía no está cubierta por un punto de control firmado, por lo que aún no tiene prueba. Vuelva a cargar la página en un momento.
entry-nav = Otras entradas
entry-previous = Entrada anterior
entry-next = Entrada siguiente

event-organization-founded = Se fundó la organización { $name }.
event-member-admitted = { $status ->
    [observer] Admisión como Estado observador: { $name }.
   *[member] Admisión como Estado miembro: { $name }.
}
event-document-published = Se publicó el documento { $number }, «{ $title }», en { $language }.
event-blob-redacted = Se retiró el texto de «{ $title }». Motivo indicado: { $reason }
event-secretariat-appointed = { $handle } se incorporó a la secretaría.
event-observer-accredited = { $handle } fue acreditado como observador.
event-delegation-member-added = { $role ->
    [head] { $handle } fue acreditado como jefe de la delegación de { $member }.
    [delegate] { $handle } fue designado delegado de { $member }.
   *[alternate] { $handle } fue designado suplente de { $member }.
}
event-delegation-member-removed = { $handle } dejó la delegación de { $member }.
event-organization-applied = { $name } solicitó participar en la cámara { $chamber ->
    [industry] de la industria
    [research] de la investigación
    [civil_society] de la sociedad civil
   *[intergovernmental] intergubernamental
}.
event-organization-admitted = { $name } fue admitida.
event-organization-declined = { $name } no fue admitida. Motivo indicado: { $reason }
event-organization-member-added = { $handle } se incorporó a { $name }.
event-organization-member-removed = { $handle } dejó { $name }.
event-unreadable = No se pudo leer esta entrada.

event-consultation-created = Se creó la consulta { $id }: «{ $title }».
event-consultation-opened = Se abrió la consulta { $id }.
event-consultation-closed = Se cerró la consulta { $id }.
event-consultation-reopened = Se reabrió la consulta { $id }.
event-consultation-statement-added = Se añadió la afirmación { $statement } a la consulta { $id }.
event-consultation-statement-moderated = Un moderador { $verdict ->
        [approve] aprobó
        [reject] rechazó
       *[meta] marcó como meta
    } la afirmación { $statement } de la consulta { $id }.
event-consultation-statement-translated = La afirmación { $statement } de la consulta { $id } se tradujo al { $language }.
event-consultation-statement-flagged = La afirmación { $statement } de la consulta { $id } se señaló a los moderadores.
event-consultation-voted = Un voto sobre la afirmación { $statement } de la consulta { $id }.
event-consultation-import-started = Comenzó la importación de la consulta { $id }, desde { $source }.
event-consultation-statement-imported = La afirmación { $statement } de la consulta { $id } fue importada (comentario { $comment } de la exportación).
event-consultation-vote-imported = Un voto importado del participante { $participant } sobre la afirmación { $statement } de la consulta { $id }.
event-consultation-import-finished = Terminó la importación de la consulta { $id }; está cerrada.

event-decision-types-published = Se publicó la versión { $version } de los tipos de decisión ({ $count } tipos).
event-decision-key-registered = Se registró { $custodied ->
        [yes] una clave de firma guardada por el servidor (en custodia)
       *[no] una clave de firma
    } para { $signatory }.
event-decision-key-revoked = Se revocó una clave de firma de { $signatory }.
event-decision-ballot-opened = Se abrió la votación { $id }: «{ $title }».
event-decision-alternate-designated = { $handle } fue designado para votar por { $member } en la votación { $id }.
event-decision-proxy-given = { $from } otorgó su poder a { $to } para la votación { $id }.
event-decision-proxy-revoked = { $from } retiró su poder para la votación { $id }.
event-decision-voted = { $member } votó { $choice ->
        [yes] a favor
        [no] en contra
       *[abstain] abstención
    } en la votación { $id }{ $how ->
        [recorded] , voto registrado por la secretaría
        [proxy] , por poder a { $holder }
       *[own] {""}
    }.
event-decision-ballot-closed = Se cerró la votación { $id }: { $outcome ->
        [adopted] aprobada
        [rejected] rechazada
       *[pending] pendiente
    }.
event-divide-methodology-published = Se publicó la versión { $version } de la metodología del índice de la brecha de la IA.
event-divide-series-recorded = Se registraron { $count } valores de { $indicator } para { $member }.
event-divide-value-submitted = { $member } presentó un valor de { $indicator } para { $year } (presentación { $id }).
event-divide-submission-accepted = Se aceptó la presentación { $id }.
event-divide-submission-rejected = Se rechazó la presentación { $id }: { $reason }

# La federación: el aviso de un espejo, la alerta ante pruebas de una
# bifurcación, el rechazo de un cambio en un espejo y la página de los
# nodos. Español.

nodes-record-link = Nodos y testigos del registro

mirror-tag = Espejo
mirror-banner = Este sitio es un espejo del registro de { $hub }. Contiene { $count ->
    [one] una entrada
   *[other] { $shown } entradas
}; estuvo al día con el nodo central por última vez el { $time }.
mirror-banner-never = Este sitio es un espejo del registro de { $hub }. Contiene { $count ->
    [one] una entrada
   *[other] { $shown } entradas
}; todavía no ha estado al día con el nodo central.
mirror-nodes-link = Acerca de este espejo
mirror-warning = Advertencia
mirror-silent = El nodo central no responde desde el { $time }: este sitio muestra el registro tal como estaba entonces.
mirror-silent-never = El nodo central aún no ha respondido: puede que este sitio no muestre las últimas entradas del registro.

fork-alert-held = El nodo central mostró una historia del registro que contradice la que este nodo tenía antes.
fork-alert-peer = El nodo central mostró una historia del registro que contradice la que tiene otro nodo.
fork-alert-stopped = Este nodo dejó de seguir al nodo central el { $time }.
fork-alert-found = Se detectó el { $time }.
fork-alert-link = Ver la prueba

mirror-refused-title = Este sitio es un espejo de solo lectura
mirror-refused-body = Guarda una copia del registro de { $hub } y no acepta cambios.
mirror-refused-next = Para iniciar sesión, votar o enviar cualquier otra cosa, use el nodo central.
mirror-refused-hub = Ir al nodo central

nodes-title = Nodos y testigos
nodes-lead = Varios nodos guardan copias del registro público y unos testigos cofirman sus puntos de control. Juntos garantizan que nadie pueda reescribir el registro, ni mostrar registros distintos a distintos lectores, sin que se note.
nodes-this = Este nodo
nodes-role = Función
nodes-role-hub = Nodo central: firma el registro
nodes-role-mirror = Espejo: una copia de solo lectura del registro del nodo central
nodes-hub = Nodo central
nodes-origin = Nombre del registro
nodes-log-key = Clave del registro
nodes-entries = Entradas guardadas
nodes-behind = Entradas de retraso respecto al nodo central
nodes-in-step = Última vez al día con el nodo central
nodes-following = Sigue al nodo central
nodes-following-yes = Sí
nodes-following-no = No: detenido
nodes-witness-key = Clave de testigo de este nodo
nodes-never = Nunca
nodes-none-yet = Ninguno aún
nodes-no-error = Ninguno
nodes-witnesses = Testigos
nodes-witnesses-lead = Un testigo comprueba que cada nuevo punto de control prolonga el que cofirmó antes, y lo cofirma. Los puntos de control cuentan como atestiguados cuando los cofirman suficientes testigos.
nodes-quorum = Los puntos de control necesitan las cofirmas del grupo:
nodes-witnesses-none = Este nodo no consulta a ningún testigo.
nodes-witnesses-caption = Los testigos y lo último que cofirmó cada uno
nodes-col-witness = Testigo
nodes-col-cosigned-size = Último tamaño cofirmado
nodes-col-cosigned-at = Cofirmado
nodes-col-error = Último error
nodes-witnessed = Registros de los que este nodo es testigo
nodes-witnessed-caption = El último punto de control que este nodo cofirmó para cada registro
nodes-col-log = Registro (nombre)
nodes-peers = Pares
nodes-peers-none = Este nodo no compara sus puntos de control con ningún otro nodo.
nodes-peers-caption = Los nodos con los que este nodo compara puntos de control
nodes-col-peer = Nodo
nodes-col-peer-size = Tamaño que mostró
nodes-col-checked-at = Última consulta
nodes-evidence = Pruebas
nodes-evidence-lead = Se guarda una prueba cuando el nodo central firma un punto de control que no puede ser cierto junto a otro: cualquiera puede comprobar cada archivo con concord evidence check.
nodes-evidence-none = No se ha encontrado ninguna prueba de un registro reescrito o dividido.
nodes-evidence-caption = Las pruebas que guarda este nodo
nodes-col-number = Número
nodes-col-kind = Qué muestra
nodes-col-found = Detectada
nodes-col-detail = Detalles
nodes-col-file = Archivo
nodes-evidence-file = Archivo de prueba (JSON)
nodes-kind-rewrite = El registro fue reescrito
nodes-kind-shrank = El registro se redujo
nodes-kind-split-view = Se mostraron registros distintos a nodos distintos
nodes-kind-bad-signature = Un punto de control con una firma no válida
nodes-kind-bad-tiles = Entradas que no coinciden con el punto de control firmado

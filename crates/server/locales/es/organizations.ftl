# Organizaciones interesadas, solicitudes y admisión. Español.

orgs-title = Organizaciones interesadas
orgs-lead = Las empresas, las instituciones de investigación, las organizaciones de la sociedad civil y las organizaciones intergubernamentales participan en la labor de la Organización en cuatro cámaras. La secretaría las admite previa solicitud.
orgs-chambers-heading = Las cámaras
orgs-apply-link = Solicitar la admisión de su organización
orgs-filter-form = Filtrar las organizaciones
orgs-chamber-label = Cámara
orgs-status-label = Situación
orgs-any-chamber = Todas las cámaras
orgs-any-status = Cualquier situación
orgs-filter = Filtrar
orgs-clear = Borrar los filtros
orgs-error-chamber = Elija una cámara de la lista
orgs-error-status = Elija una situación de la lista
orgs-count = { $count ->
    [0] No se encontró ninguna organización
    [one] Se encontró 1 organización
   *[other] Se encontraron { $count } organizaciones
}
orgs-caption = Organizaciones interesadas, por orden de solicitud
orgs-col-name = Nombre
orgs-col-chamber = Cámara
orgs-col-country = País
orgs-col-status = Situación
orgs-none = Ninguna organización coincide con estos filtros.
orgs-no-country = No indicado
orgs-status-applied = Solicitud presentada
orgs-status-admitted = Admitida
orgs-status-declined = Rechazada

chamber-industry = Industria
chamber-research = Investigación
chamber-civil_society = Sociedad civil
chamber-intergovernmental = Organizaciones intergubernamentales
chamber-about-industry = Empresas y asociaciones del sector.
chamber-about-research = Universidades e instituciones de investigación.
chamber-about-civil_society = Organizaciones no gubernamentales y de la sociedad civil.
chamber-about-intergovernmental = Organizaciones intergubernamentales y sus organismos.

org-details = Datos
org-chamber = Cámara
org-country = País
org-website = Sitio web
org-applicant = Solicitante y gestor
org-applied = Solicitud
org-decided = Decisión
org-reason = Motivo del rechazo
org-entry = Entrada { $index } del registro público
org-members = Miembros
org-members-none = La organización aún no tiene miembros. Sus miembros se incorporan una vez admitida.
org-manager = Gestor
org-remove = Retirar a { $handle }
org-invite-heading = Invitar a un miembro
org-invite-lead = La persona recibe un enlace de un solo uso con el que crea su cuenta como miembro de esta organización.
org-invite-note = Destinatario de la invitación (opcional)
org-invite-note-hint = Se mantiene privado, para su propia lista de invitaciones.
org-invite-email = Dirección de correo electrónico (opcional)
org-invite-email-hint = El enlace se envía a esta dirección si este servidor puede enviar correo electrónico. La dirección no se conserva.
org-invite-submit = Crear el enlace de invitación
org-invite-error-note = Escriba como máximo { $max } caracteres
org-invite-created-title = Enlace de invitación creado
org-invite-link-label = El enlace de invitación de un solo uso:
org-invite-once = Envíelo a la persona por un medio privado. Funciona una sola vez, hasta el { $date }. Solo se muestra ahora: cópielo antes de salir de esta página.
org-invite-back = Volver a la organización

apply-title = Solicitar la admisión de su organización
apply-lead = La secretaría decide sobre cada solicitud, y la decisión queda consignada en el registro público. Una vez admitida su organización, usted gestiona sus miembros.
apply-name = Nombre de la organización
apply-chamber = Cámara
apply-chamber-hint = La cámara en la que participará la organización.
apply-country = País donde tiene su sede (opcional)
apply-website = Sitio web (opcional)
apply-website-hint = Por ejemplo, https://www.example.org
apply-submit = Enviar la solicitud
apply-cancel = Cancelar
apply-error-name = Escriba el nombre de la organización
apply-error-name-form = Escriba un nombre de 200 caracteres como máximo, en una sola línea
apply-error-chamber = Elija la cámara de la organización
apply-error-country = Elija un país de la lista
apply-error-website = Escriba una dirección web de 300 caracteres como máximo que empiece por https:// o http://
apply-error-pending = Su solicitud anterior sigue pendiente de decisión. Podrá presentar otra cuando la secretaría haya decidido.
apply-error-affiliated = Usted ya actúa en nombre de un Estado miembro, una organización o la secretaría. Cada cuenta actúa en nombre de uno solo a la vez.

adm-title = Admisión de organizaciones
adm-lead = Admita o rechace las organizaciones que lo solicitaron. Cada decisión queda consignada en el registro público, con el motivo en caso de rechazo.
adm-waiting-heading = Solicitudes pendientes
adm-waiting-none = No hay ninguna solicitud pendiente de decisión.
adm-decision = Decisión sobre { $name }
adm-admit = Admitir
adm-decline = Rechazar
adm-reason = Motivo del rechazo
adm-reason-hint = Obligatorio para rechazar. Se publica en el registro público.
adm-submit = Consignar la decisión
adm-error-decision = Indique si admite o rechaza la organización
adm-error-reason = Escriba el motivo del rechazo
adm-error-reason-long = Escriba un motivo de 1000 caracteres como máximo
adm-error-affiliated = El solicitante actúa ahora en nombre de un Estado miembro, una organización o la secretaría, por lo que la organización no puede ser admitida. Recházela indicando el motivo.
adm-recent-heading = Decisiones recientes
adm-recent-caption = Las últimas decisiones, de la más reciente a la más antigua
adm-recent-none = Todavía no se ha decidido ninguna solicitud.

# Página del jefe de delegación, acreditación de jefes de delegación por la
# secretaría, página que muestra una sola vez un nuevo enlace de invitación
# y delegación en la página de un Estado miembro. Español.

delegation-role-head = Jefe de delegación
delegation-role-delegate = Delegado
delegation-role-alternate = Suplente
delegation-col-role = Función
delegation-col-handle = Identificador público
delegation-col-since = Incorporación
delegation-since-entry = Entrada { $index }

delegation-title = Delegación de { $member }
delegation-lead = Usted encabeza esta delegación. Invite a sus delegados y suplentes, y retírelos cuando la dejen.
delegation-people = Integrantes de la delegación
delegation-remove = Retirar
delegation-invite-heading = Invitar a un delegado o a un suplente
delegation-kind-legend = Invitar como
delegation-kind-error = Elija delegado o suplente
delegation-back = Volver a su delegación

invite-note-label = Destinatario de la invitación
invite-note-hint = Nota privada para reconocer la invitación en su lista, por ejemplo el nombre de la persona. No se publica.
invite-note-missing = Indique a quién va dirigida la invitación
invite-email-label = Correo electrónico (opcional)
invite-email-hint = Si lo indica, el enlace también se envía a esa dirección. La dirección no se conserva.
invite-email-error = Introduzca un correo electrónico con el formato correcto, por ejemplo nombre@ejemplo.org
invite-submit = Crear el enlace de invitación
text-too-long = Introduzca como máximo { $max } caracteres

invitations-heading = Sus invitaciones
invitations-caption = Invitaciones que usted emitió, de la más reciente a la más antigua
invitations-none = Todavía no ha emitido ninguna invitación.
invitations-col-kind = Invitación como
invitations-col-member = Estado miembro
invitations-col-note = Nota
invitations-col-status = Estado
invitations-col-expires = Válida hasta
invitations-col-action = Acciones
invitation-revoke = Revocar
invitation-status-open = Abierta
invitation-status-used = Utilizada
invitation-status-revoked = Revocada
invitation-status-expired = Vencida
invitation-kind-secretariat = Personal de la secretaría
invitation-kind-observer = Observador
invitation-kind-stakeholder = Miembro de una organización

issued-title = Enlace de invitación creado
issued-lead = Envíe este enlace de forma confidencial a la persona a quien va dirigido ({ $note }). Funciona una sola vez, hasta el { $expires }.
issued-link-label = El enlace de invitación
issued-once = Este enlace solo se muestra ahora. No se conserva en claro y no podrá volver a mostrarse: cópielo antes de salir de esta página.
issued-emailed = El enlace también se envió a la dirección de correo electrónico indicada.
issued-not-emailed = No se pudo enviar el enlace por correo electrónico. Entrégueselo usted mismo a la persona.

remove-title = Retirar a { $handle } de la delegación
remove-lead = El retiro surte efecto de inmediato y queda consignado en el registro público, con el motivo si usted lo indica.
remove-reason-label = Motivo (opcional)
remove-reason-hint = Será público. No incluya información privada.
remove-submit = Retirar de la delegación
remove-cancel = Cancelar

secretariat-title = Secretaría
secretariat-lead = Las tareas de la secretaría.
secretariat-accreditation = Acreditación de jefes de delegación
secretariat-accreditation-text = Invitar al jefe de la delegación de un Estado miembro, seguir las invitaciones emitidas y ver qué Estados tienen jefe de delegación.
secretariat-admissions = Admisión de organizaciones
secretariat-admissions-text = Decidir sobre las solicitudes de las organizaciones de partes interesadas para participar en los trabajos de la organización.

accreditation-title = Acreditación de jefes de delegación
accreditation-lead = Cada jefe de delegación se acredita mediante un enlace de invitación de un solo uso. Cuando la persona lo acepta, la acreditación queda consignada en el registro público.
accreditation-form = Acreditar a un jefe de delegación
accreditation-member-label = Estado miembro
accreditation-member-choose = Elija un Estado miembro
accreditation-member-missing = Elija el Estado miembro de la delegación
accreditation-member-unknown = Elija un Estado miembro de la lista
accreditation-member-taken = { $member } ya tiene un jefe de delegación
accreditation-back = Volver a la acreditación
accreditation-invitations = Invitaciones emitidas por la secretaría
accreditation-invitations-caption = Todas las invitaciones, de la más reciente a la más antigua
accreditation-invitations-none = Todavía no se ha emitido ninguna invitación.
accreditation-heads = Jefes de delegación acreditados
accreditation-heads-caption = Estados miembros con un jefe de delegación acreditado
accreditation-heads-none = Todavía no se ha acreditado ningún jefe de delegación.

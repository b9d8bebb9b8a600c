# La propia cuenta: aceptar una invitación, inscribirse, el resumen de la
# cuenta, la contraseña y los tokens de API. Español.

account-role-anonymous = Visitante
account-role-participant = Participante
account-role-observer = Observador
account-role-stakeholder = Miembro de una organización interesada
account-role-alternate = Suplente
account-role-delegate = Delegado
account-role-head_of_delegation = Jefe de delegación
account-role-secretariat = Personal de la secretaría

# Lo que puede hacer un token de API.
account-action-read_public = Consultar el registro público
account-action-read_own_account = Consultar su cuenta
account-action-manage_own_credentials = Cambiar su contraseña y el inicio de sesión en dos pasos
account-action-manage_own_tokens = Crear y revocar tokens de API
account-action-invite_secretariat = Invitar a personal de la secretaría
account-action-invite_observer = Invitar a observadores
account-action-invite_head = Acreditar a jefes de delegación
account-action-withdraw_head = Retirar la acreditación de jefes de delegación
account-action-invite_delegation_member = Invitar a delegados y suplentes
account-action-remove_delegation_member = Retirar a delegados y suplentes
account-action-apply_organization = Presentar la solicitud de una organización
account-action-decide_organization = Admitir o rechazar organizaciones
account-action-invite_organization_member = Invitar a miembros de su organización
account-action-remove_organization_member = Retirar a miembros de su organización
account-action-manage_invitations = Consultar y revocar sus invitaciones
account-action-publish_document = Publicar documentos
account-action-create_consultation = Crear consultas
account-action-manage_consultation = Abrir, cerrar y reabrir consultas
account-action-moderate_consultation = Moderar consultas
account-action-translate_statement = Traducir las afirmaciones de las consultas
account-action-import_consultation = Importar consultas celebradas en otro lugar (exportaciones de Pol.is)
account-action-take_part = Participar en consultas
account-action-publish_decision_types = Publicar nuevas versiones de los tipos de decisión
account-action-manage_delegation_key = Registrar, renovar y revocar la clave de firma de la delegación
account-action-open_ballot = Abrir votaciones
account-action-close_ballot = Cerrar votaciones
account-action-record_votes = Registrar los votos de las votaciones nominales hechas en sala
account-action-cast_vote = Votar en nombre del Estado miembro en las votaciones
account-action-manage_proxy = Otorgar y retirar el poder del Estado miembro para una votación
account-action-designate_alternate = Designar suplentes para votar en una votación
account-action-redact_content = Retirar contenido publicado
account-action-read_metrics = Leer las métricas del servidor
account-action-publish_methodology = Publicar una versión de la metodología del índice de la brecha
account-action-record_indicator_values = Registrar valores de indicadores de fuentes publicadas
account-action-submit_indicator_value = Presentar un valor nacional más reciente de un indicador
account-action-review_indicator_value = Aceptar o rechazar los valores de indicadores presentados

# Los campos de una cuenta nueva.
account-username = Nombre de usuario
account-username-hint = De 3 a 40 caracteres: letras minúsculas de la a a la z, cifras, punto, guion bajo o guion (. _ -)
account-display-name = Su nombre
account-display-name-hint = Visible para usted y para la secretaría, nunca en el registro público
account-password = Contraseña
account-password-hint = Al menos { $min } caracteres
account-email = Dirección de correo electrónico (opcional)
account-email-hint = Se mantiene confidencial; solo se usa para escribirle sobre su cuenta
account-error-username = Introduzca un nombre de usuario de 3 a 40 caracteres, con solo letras minúsculas de la a a la z, cifras, puntos, guiones bajos o guiones
account-error-username-taken = Este nombre de usuario ya está en uso. Elija otro
account-error-display-name = Introduzca su nombre, con 100 caracteres como máximo
account-error-email = Introduzca una dirección de correo electrónico como nombre@example.org, o deje el campo vacío
account-error-password-short = Introduzca una contraseña de al menos { $min } caracteres
account-error-password-long = Introduzca una contraseña de { $max } caracteres como máximo
account-error-limited = Se han creado demasiadas cuentas desde su red. Vuelva a intentarlo dentro de { $minutes } minutos

account-invitation-title = Aceptar su invitación
account-invitation-details = Su invitación
account-invitation-lead = Cree su cuenta para aceptar. Al aceptar, su nombramiento queda inscrito en el registro público con un identificador público; su nombre de usuario, su nombre y su dirección de correo electrónico siguen siendo confidenciales.
account-invitation-role = Función
account-invitation-member = Estado miembro
account-invitation-organization = Organización
account-invitation-invited-by = Invitado por
account-invitation-expires = Válida hasta
account-invitation-submit = Aceptar y crear la cuenta
account-invitation-gone-title = Este enlace de invitación ya no puede utilizarse
account-invitation-gone-body = Ya se ha utilizado, se ha revocado o ha caducado. Cada enlace de invitación funciona una sola vez.
account-invitation-gone-next = Pida a la persona que le invitó que le envíe un enlace nuevo.
account-invitation-gone-account = Si ya creó su cuenta con este enlace:

account-signup-title = Inscribirse como participante
account-signup-lead = Los miembros del público participan en las consultas con un seudónimo. El registro público solo muestra un identificador como p.1a2b3c4d, nunca su nombre de usuario ni su nombre. No se necesita dirección de correo electrónico.
account-signup-submit = Crear la cuenta
account-signup-have-account = ¿Ya tiene una cuenta?

account-title = Su cuenta
account-name = Nombre
account-handle = Identificador público
account-handle-note = Su identificador público es el único dato sobre usted que muestra el registro público.
account-role = Función
account-member = Estado miembro
account-organization = Organización
account-security = Inicio de sesión y seguridad
account-two-factor = Inicio de sesión en dos pasos
account-two-factor-on = Activado
account-two-factor-off = Desactivado
account-two-factor-manage = Configurar el inicio de sesión en dos pasos
account-cancel = Cancelar

account-password-title = Cambiar su contraseña
account-password-lead = Al cambiar su contraseña se cerrará su sesión en todos sus demás dispositivos.
account-password-current = Contraseña actual
account-password-new = Contraseña nueva
account-password-confirm = Confirme la contraseña nueva
account-password-submit = Cambiar la contraseña
account-password-revoke-tokens = Revocar también todos mis tokens de API (hágalo si otra persona pudo conocer su contraseña)
account-sessions = Sus sesiones
account-sessions-lead = ¿Ha iniciado sesión en un equipo que ya no usa, o cree que otra persona lo ha hecho? «Cerrar sesión en todas partes» cierra todas las sesiones de su cuenta, incluida esta. Sus tokens de API siguen funcionando.
account-sign-out-everywhere = Cerrar sesión en todas partes
account-error-current-missing = Introduzca su contraseña actual
account-error-current-wrong = La contraseña actual no es correcta
account-error-confirm = Las dos contraseñas nuevas no coinciden. Introduzca la misma contraseña dos veces

account-tokens-title = Tokens de API
account-tokens-lead = Los tokens de API permiten que la línea de comandos y sus propios programas actúen en su nombre, con solo los permisos que usted les conceda. Guarde un token con la misma reserva que una contraseña.
account-tokens-caption = Sus tokens
account-tokens-none = Todavía no tiene tokens de API.
account-tokens-col-scopes = Permisos
account-tokens-col-created = Creado
account-tokens-col-expires = Caduca
account-tokens-col-used = Último uso
account-tokens-col-status = Estado
account-tokens-col-actions = Acciones
account-tokens-never = Nunca
account-token-active = Activo
account-token-revoked = Revocado
account-token-expired = Caducado
account-token-revoke = Revocar
account-tokens-new = Crear un token
account-token-name = Nombre
account-token-name-hint = Para reconocerlo más adelante, por ejemplo «línea de comandos del portátil»
account-token-expiry = Caduca al cabo de
account-token-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
account-token-scopes = Lo que puede hacer
account-token-scopes-hint = Concédale solo los permisos que necesite su programa.
account-token-submit = Crear el token
account-error-token-name = Introduzca un nombre de 100 caracteres como máximo
account-error-token-expiry = Elija cuándo caduca el token
account-error-token-scopes = Elija al menos una cosa que pueda hacer el token

account-token-created-title = Su nuevo token de API
account-token-created-copy = Copie este token ahora. No volverá a mostrarse: solo se conserva su huella.
account-token-created-how = Cómo utilizarlo
account-token-created-api = Envíelo con cada solicitud a la API JSON, en el encabezado Authorization:
account-token-created-cli = O páselo a la línea de comandos, con --token o en la variable de entorno CONCORD_TOKEN:
account-token-created-lost = Si lo pierde, o si otra persona ha podido verlo, revóquelo y cree uno nuevo.
account-token-created-back = Volver a sus tokens de API

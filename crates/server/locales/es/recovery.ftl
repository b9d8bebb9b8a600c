# Recuperar el acceso a una cuenta: códigos de recuperación, restablecimiento
# de la contraseña, dirección de correo, eliminación de la cuenta. Español.

event-account-reset-issued = Se emitió un restablecimiento de contraseña para { $handle }.

account-action-issue_reset = Emitir enlaces para restablecer contraseñas
account-action-change_own_email = Cambiar su dirección de correo electrónico
account-action-delete_own_account = Eliminar su cuenta

signin-forgot = ¿Olvidó su contraseña?
twofactor-recovery-hint = ¿Perdió su teléfono? Introduzca en su lugar uno de sus códigos de recuperación (como abcd-efgh-jkmn-pqrs). Cada código sirve una sola vez.
recovery-error-wrong = Este código de recuperación es incorrecto o ya se usó. Cada código sirve una sola vez; revíselo y pruebe con otro
setup-qr-label = Código QR de la clave para su aplicación de autenticación

recovery-codes-title = Sus códigos de recuperación
recovery-codes-once = Guarde ahora estos diez códigos en un lugar seguro: solo se muestran esta vez.
recovery-codes-how = Si pierde su teléfono, inicie sesión con su contraseña y uno de estos códigos en lugar del código de la aplicación. Cada código sirve una sola vez.
recovery-codes-lost = Imprímalos o guárdelos en un gestor de contraseñas, lejos de su teléfono. Quien tenga su contraseña y un código puede iniciar sesión como usted.
recovery-codes-continue = Ya guardé mis códigos, continuar
recovery-codes-manage-title = Códigos de recuperación
recovery-codes-none = Los códigos de recuperación acompañan al inicio de sesión en dos pasos. Configure primero una aplicación de autenticación.
recovery-codes-left = Códigos sin usar
recovery-codes-regenerate-lead = Cree diez códigos nuevos cuando haya usado la mayoría o crea que alguien los ha visto. Sus códigos anteriores dejan de funcionar de inmediato.
recovery-codes-regenerate = Crear nuevos códigos de recuperación

reset-issue-title = Emitir un enlace para restablecer la contraseña
reset-issue-handle = Identificador
reset-issue-handle-hint = El identificador público de la persona, como del.1a2b3c4d
reset-issue-remit-secretariat = La secretaría emite enlaces de restablecimiento para jefes de delegación, delegados, suplentes, observadores y miembros de organizaciones. Una cuenta de la secretaría se restablece en el servidor, y los participantes restablecen su propia contraseña por correo electrónico.
reset-issue-remit-head = Puede emitir enlaces de restablecimiento para los delegados y suplentes de su delegación.
reset-issue-what = El enlace funciona una vez, durante 24 horas. Permite a la persona elegir una nueva contraseña, cierra todas sus sesiones y le pide configurar de nuevo el inicio de sesión en dos pasos. El registro público indica que se emitió un restablecimiento para el identificador, nunca el enlace.
reset-issue-submit = Emitir el enlace
reset-error-handle-missing = Introduzca el identificador de la persona
reset-error-handle = Introduzca un identificador como del.1a2b3c4d
reset-error-unknown = No hay ninguna cuenta con el identificador { $handle }
reset-error-remit = No puede emitir un restablecimiento para { $handle }: está fuera de su competencia. No se emitió nada
reset-issued-title = Enlace de restablecimiento emitido
reset-issued-once = Entregue este enlace a la persona ahora, en persona o por un canal de confianza: solo se muestra esta vez.
reset-issued-expires = Válido hasta
reset-issued-notified = Correo a la persona
reset-issued-notified-yes = Se le informó de que se emitió un restablecimiento (el enlace no se envió)
reset-issued-give = Compruebe que se trata realmente de la persona antes de entregar el enlace.
reset-issued-logged = El registro público indica ahora que se emitió un restablecimiento para este identificador.
reset-issued-another = Emitir otro enlace

reset-gone-title = Este enlace de restablecimiento no funciona
reset-gone-lead = Ya se usó, caducó o no se copió completo. Pida uno nuevo a la persona que se lo dio.
reset-title = Elija una nueva contraseña
reset-lead = Elija una nueva contraseña para esta cuenta. Todas las sesiones de la cuenta se cerrarán.
reset-clears-second-factor = También se quitarán su aplicación de autenticación y sus códigos de recuperación: configurará de nuevo el inicio de sesión en dos pasos al entrar.
reset-submit = Guardar la nueva contraseña

forgot-title = Restablecer su contraseña
forgot-lead = Introduzca la dirección de correo de su cuenta. Si la cuenta de un participante la tiene, enviamos un enlace que funciona una vez, durante 24 horas.
forgot-others = Delegados, observadores, miembros de organizaciones y secretaría: pidan un enlace de restablecimiento a la secretaría o al jefe de su delegación.
forgot-email-hint = La dirección que indicó al registrarse
forgot-submit = Enviar el enlace
forgot-no-mail = Este servidor no envía correos. Pida un enlace de restablecimiento a la secretaría o al jefe de su delegación.

email-title = Su dirección de correo electrónico
email-lead = Su dirección es privada: solo usted y la secretaría la ven. Se usa para enviarle enlaces de restablecimiento y avisos.
email-address = Dirección de correo electrónico
email-hint = Déjelo vacío para quitar su dirección
email-submit = Guardar la dirección
email-error = Introduzca una dirección como nombre@example.org

delete-title = Eliminar su cuenta
delete-lead = Se eliminan su nombre, su dirección de correo, su contraseña, sus sesiones, sus tokens de API y sus códigos de recuperación.
delete-handle-stays = Su identificador permanece en el registro público, con lo que hizo bajo él: el registro no se puede cambiar.
delete-final = Esta acción no se puede deshacer.
delete-password = Su contraseña
delete-submit = Eliminar mi cuenta
delete-error-missing = Introduzca su contraseña para confirmar

notice-password-reset = Su nueva contraseña está guardada. Inicie sesión con ella.
notice-reset-requested = Si la cuenta de un participante tiene esa dirección, hay un enlace de restablecimiento en camino. Revise su correo.
notice-email-changed = Se guardó su dirección de correo electrónico.
notice-account-deleted = Su cuenta se eliminó.
notice-recovery-code-used = Inició sesión con un código de recuperación, que ya no funciona. Si perdió su teléfono, configure ahora una nueva aplicación de autenticación.
notice-recovery-code-last = Inició sesión con su último código de recuperación. Configure ahora una nueva aplicación de autenticación: con ella vienen nuevos códigos de recuperación.

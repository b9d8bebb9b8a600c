# El esqueleto de las páginas y los elementos comunes. Español.

site-skip = Ir al contenido principal
site-languages = Idioma
site-menu = Secciones principales
site-breadcrumbs = Usted está aquí
site-home = Inicio
site-members = Estados miembros
site-record = Registro público

footer-record = Registro verificado hasta la entrada { $entry }
footer-record-none = El registro aún no tiene entradas firmadas.
footer-api = API JSON (descripción OpenAPI)

error-prefix = Error:
error-summary-title = Hay un problema
banner-important = Importante

pagination-label = Páginas de resultados
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-page = Página { $number }

yes = Sí
no = No
not-known = Sin datos

status-member = Estado miembro
status-observer = Estado observador

language-ar = árabe
language-zh = chino
language-en = inglés
language-fr = francés
language-ru = ruso
language-es = español

group-AFRICAN = Estados de África
group-ASIA_PACIFIC = Estados de Asia y el Pacífico
group-EASTERN_EUROPEAN = Estados de Europa Oriental
group-GRULAC = Estados de América Latina y el Caribe
group-WEOG = Estados de Europa Occidental y otros Estados

income-HIC = Ingreso alto
income-UMC = Ingreso mediano alto
income-LMC = Ingreso mediano bajo
income-LIC = Ingreso bajo

site-organizations = Organizaciones
site-secretariat = Secretaría
site-delegation = Su delegación
site-account = Su cuenta
site-sign-in = Iniciar sesión
site-sign-out = Cerrar sesión
banner-success = Hecho

# Avisos que se muestran una vez en la página a la que lleva un formulario enviado con éxito.
notice-signed-in = Ha iniciado sesión.
notice-signed-out = Ha cerrado sesión.
notice-two-factor-on = El inicio de sesión en dos pasos está activado. A partir de ahora se le pedirá un código de su aplicación.
notice-password-changed = Su contraseña se ha cambiado. Sus otras sesiones se han cerrado.
notice-signed-out-everywhere = Ha cerrado sesión en todas partes: todas las sesiones de su cuenta se han cerrado.
notice-password-changed-tokens-revoked = Su contraseña se ha cambiado. Sus otras sesiones se han cerrado y sus tokens de API se han revocado.
notice-signed-up = Su cuenta se ha creado. Inicie sesión para continuar.
notice-invitation-accepted = Su cuenta se ha creado y su nombramiento se ha registrado. Inicie sesión para continuar.
notice-invitation-revoked = La invitación se ha revocado. Su enlace ya no funciona.
notice-person-removed = La persona se ha retirado. La retirada consta en el registro público.
notice-token-revoked = El token se ha revocado. Los programas que lo usan ya no pueden iniciar sesión con él.
notice-applied = Su solicitud se ha registrado. La Secretaría decidirá sobre ella.
notice-decided = La decisión se ha inscrito en el registro público.

# A moment on a page: its date and time (written for the language), in UTC.
time-utc = { $time } (UTC)

# The phase banner of a demonstration (serve --demo), on every page.
demo-tag = Demo
demo-banner = Esto es una demostración. Las delegaciones, las organizaciones y las personas son ficticias; las consultas son datos abiertos públicos. Nada de esto es oficial, y los datos pueden restablecerse en cualquier momento.

# Iniciar y cerrar sesión, y el inicio de sesión en dos pasos. Español.

signin-title = Iniciar sesión
signin-username = Nombre de usuario
signin-password = Contraseña
signin-submit = Iniciar sesión
signin-no-account = ¿Aún no tiene cuenta?
signin-invited = Los delegados, el personal de la Secretaría y los miembros de las organizaciones reciben un enlace de invitación que crea su cuenta.
signin-sign-up = El público puede registrarse para participar en las consultas
signin-error-missing = Introduzca su nombre de usuario y su contraseña
signin-error-wrong = El nombre de usuario o la contraseña no son correctos
signin-error-limited = Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes } minutos
signin-error-busy = Demasiadas personas están iniciando sesión ahora mismo. Vuelva a intentarlo dentro de { $seconds } segundos

twofactor-title = Introduzca su código
twofactor-lead = Abra la aplicación de autenticación de su teléfono e introduzca el código que muestra para esta cuenta.
twofactor-code = Código
twofactor-code-hint = 6 cifras, por ejemplo 123456
twofactor-submit = Continuar
twofactor-error-missing = Introduzca el código de su aplicación de autenticación
twofactor-error-format = Introduzca las 6 cifras del código, por ejemplo 123456
twofactor-error-wrong = El código no es correcto o ya se usó. Introduzca el código que la aplicación muestra ahora

setup-title = Inicio de sesión en dos pasos
setup-lead = El inicio de sesión en dos pasos protege su cuenta: hace falta su contraseña y un código de una aplicación de autenticación en su teléfono (por ejemplo FreeOTP, Aegis o Google Authenticator).
setup-required = La Secretaría y los jefes de delegación deben usar el inicio de sesión en dos pasos. Actívelo para continuar.
setup-start = Activar el inicio de sesión en dos pasos
setup-on = Activado
setup-replace = El inicio de sesión en dos pasos está activado en su cuenta. Si tiene un teléfono nuevo, puede crear una clave nueva; la anterior deja de funcionar cuando se confirma la nueva.
setup-new-key = Crear una clave nueva
setup-scan = Añada esta cuenta a su aplicación de autenticación e introduzca el código que muestra.
setup-step-app = Abra su aplicación de autenticación y elija añadir una cuenta introduciendo una clave.
setup-step-key = Escriba esta clave:
setup-step-code = Introduzca el código de 6 cifras que la aplicación muestra para la cuenta nueva.
setup-url = Mostrar la clave como enlace para otras aplicaciones

# The demo accounts on the sign-in page of a demonstration (serve --demo).
signin-demo-title = Cuentas de demostración
signin-demo-intro = Inicie sesión con una de estas cuentas ficticias para ver la plataforma como la ven ellas.
signin-demo-username = Nombre de usuario
signin-demo-role = Función
signin-demo-of = Delegación u organización
signin-demo-password = La contraseña de todas las cuentas de demostración:
signin-demo-second-factor = A los jefes de delegación y a la secretaría se les pide configurar una aplicación de autenticación al iniciar sesión por primera vez.

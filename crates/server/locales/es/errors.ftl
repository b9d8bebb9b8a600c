# Las páginas de error. Español.

notfound-title = No se encontró la página
notfound-typed = Si escribió la dirección web, compruebe que sea correcta.
notfound-pasted = Si pegó la dirección web, compruebe que la copió completa.
notfound-next = Puede volver a empezar desde una de estas páginas:
problem-title = Lo sentimos, hay un problema con el servicio
problem-later = Inténtelo de nuevo más tarde.
problem-record = No se pierde nada del registro público: todo acto registrado sigue registrado.
badrequest-title = Lo sentimos, no se pudo atender esta solicitud
badrequest-body = Compruebe la dirección web, o vuelva a la página anterior e inténtelo de nuevo.

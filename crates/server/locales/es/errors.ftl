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

forbidden-title = No puede usar esta página
forbidden-body = Su cuenta no le da acceso a esta página. Si cree que debería tenerlo, consulte a la Secretaría.
expired-title = Este formulario ha caducado
expired-body = Por su seguridad, los formularios dejan de funcionar al cabo de un tiempo o al cerrar la sesión. Vuelva atrás, recargue la página y envíe el formulario de nuevo.
resent-title = Este formulario ya se envió
resent-body = Ya recibimos este formulario una vez, así que no lo hemos procesado de nuevo. Vuelva atrás y recargue la página para ver en qué punto está.

# Los nombres de las personas para quien puede verlos, y la página de inicio de cada función. Español.

site-documents = Documentos
site-participation = Su participación
people-col-name = Nombre
people-email = Correo electrónico
invitations-col-used-by = Usada por
delegation-member-lead = { $role ->
    [alternate] Usted es suplente en la delegación de { $member }.
   *[delegate] Usted es delegado o delegada en la delegación de { $member }.
} La jefatura de la delegación decide quién la integra.
delegation-member-page = La página del Estado miembro
delegation-member-head = Las consultas, las votaciones y los intercambios aparecerán aquí cuando se abran.
home-now = Lo que puede hacer ahora
home-now-documents = Leer los documentos
home-now-record = Seguir el registro público
home-sign-up = Registrarse para participar
home-take-part = Cualquier persona puede participar en las consultas públicas con un seudónimo.
home-your-page = Ir a su página
orgs-apply-visitor = Para presentar una solicitud necesita una cuenta.
issued-no-mail = Este servidor no envía correo electrónico: entregue usted mismo el enlace a la persona.
participation-title = Su participación
participation-lead-participant = En las consultas usted vota y escribe con un seudónimo, distinto en cada consulta, de modo que el registro público no vincula sus respuestas con usted. Solicite la admisión de su organización en una cámara y lea lo que publica la organización.
participation-lead-stakeholder = Usted participa en nombre de su organización. Su página enumera a sus miembros.
participation-lead-observer = Usted es observador acreditado: sigue los trabajos sin derecho a voto.
participation-organizations = Sus organizaciones
participation-organizations-none = No ha solicitado la admisión de ninguna organización ni pertenece a ninguna.
participation-organizations-all = Ver las organizaciones
participation-account = Su cuenta y su seguridad
account-action-read_personal_details = Ver el nombre y el correo electrónico de las personas

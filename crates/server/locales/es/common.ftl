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

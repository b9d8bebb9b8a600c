# La página de inicio. Español.

home-lead = La plataforma abierta de una organización multilateral de cooperación en inteligencia artificial.
home-about = Los Estados miembros, junto con la industria, la investigación y la sociedad civil, deliberan aquí, buscan el consenso entre regiones, deciden según normas publicadas y ponen en contacto lo que algunos miembros pueden compartir con lo que otros necesitan.
home-record = Cada acto público es una entrada de un registro público que cualquiera puede verificar en su propia computadora.
home-members-link = Consultar los Estados miembros
home-record-link = Leer el registro público
home-latest = Últimos actos públicos
home-latest-none = Todavía no se ha registrado ningún acto público.
home-entry = Entrada
home-results-heading = Resultados de las consultas
home-results-intro = Lo que dijeron los participantes, los grupos de opinión y las afirmaciones en las que coinciden.
home-about-heading = Acerca de esta organización

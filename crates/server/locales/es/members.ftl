# El directorio de miembros y la página de cada Estado miembro. Español.

members-title = Estados miembros
members-lead = { $members } Estados miembros y { $observers } Estados observadores.
members-search-form = Buscar entre los Estados miembros
members-search-label = Buscar por nombre o código
members-search-hint = En cualquiera de los seis idiomas, por ejemplo Kenya, Кения, 肯尼亚 o KEN.
members-group-label = Grupo regional
members-income-label = Grupo de ingreso
members-any-group = Todos los grupos regionales
members-any-income = Todos los grupos de ingreso
members-apply = Buscar
members-clear = Borrar la búsqueda y los filtros
members-count = { $count ->
    [0] No se encontró ningún Estado
    [one] Se encontró 1 Estado
   *[other] Se encontraron { $count } Estados
}
members-caption = Estados miembros y observadores, página { $page } de { $pages }
members-col-name = Nombre
members-col-code = Código
members-col-group = Grupo regional
members-col-income = Grupo de ingreso
members-col-population = Población
members-none = Ningún Estado coincide con su búsqueda. Revise la ortografía o borre los filtros.
members-no-group = Ninguno (Estado observador)
members-error-q = Escriba como máximo { $max } caracteres para buscar
members-error-group = Elija un grupo regional de la lista
members-error-income = Elija un grupo de ingreso de la lista

member-names = Nombres en los seis idiomas
member-details = Datos
member-iso3 = Código ISO 3166 alfa-3
member-iso2 = Código ISO 3166 alfa-2
member-m49 = Código M49 de las Naciones Unidas
member-group = Grupo regional
member-income = Grupo de ingreso (Banco Mundial)
member-ldc = País menos adelantado
member-lldc = País en desarrollo sin litoral
member-sids = Pequeño Estado insular en desarrollo
member-population = Población
member-admitted = Admitido por
member-admitted-entry = Entrada { $index } del registro público
member-delegation = Delegación
member-delegation-none = Todavía no se ha acreditado ninguna delegación para este Estado.

# Справочник членов и страница каждого государства-члена. Русский.

members-title = Государства-члены
members-lead = Государств-членов: { $members }; государств-наблюдателей: { $observers }.
members-search-form = Поиск по государствам-членам
members-search-label = Поиск по названию или коду
members-search-hint = На любом из шести языков, например Кения, Kenya, 肯尼亚 или KEN.
members-group-label = Региональная группа
members-income-label = Группа по уровню дохода
members-any-group = Все региональные группы
members-any-income = Все группы по уровню дохода
members-apply = Найти
members-clear = Сбросить поиск и фильтры
members-count = { $count ->
    [0] Государства не найдены
    [one] Найдено { $count } государство
    [few] Найдено { $count } государства
   *[other] Найдено { $count } государств
}
members-caption = Государства-члены и наблюдатели, страница { $page } из { $pages }
members-col-name = Название
members-col-code = Код
members-col-group = Региональная группа
members-col-income = Уровень дохода
members-col-population = Население
members-none = По вашему запросу ничего не найдено. Проверьте написание или сбросьте фильтры.
members-no-group = Нет (государство-наблюдатель)
members-error-q = Введите для поиска не более { $max } символов
members-error-group = Выберите региональную группу из списка
members-error-income = Выберите группу по уровню дохода из списка

member-names = Названия на шести языках
member-details = Сведения
member-iso3 = Код ISO 3166 alpha-3
member-iso2 = Код ISO 3166 alpha-2
member-m49 = Код ООН M49
member-group = Региональная группа
member-income = Группа по уровню дохода (Всемирный банк)
member-ldc = Наименее развитая страна
member-lldc = Развивающаяся страна, не имеющая выхода к морю
member-sids = Малое островное развивающееся государство
member-population = Население
member-admitted = Принято записью
member-admitted-entry = Запись { $index } публичного реестра
member-delegation = Делегация
member-delegation-none = Делегация этого государства ещё не аккредитована.

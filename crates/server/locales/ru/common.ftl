# Каркас страниц и общие элементы. Русский.

site-skip = Перейти к основному содержанию
site-languages = Язык
site-menu = Основные разделы
site-breadcrumbs = Вы находитесь здесь
site-home = Главная
site-members = Государства-члены
site-record = Публичный реестр

footer-record = Реестр проверен до записи { $entry }
footer-record-none = В реестре пока нет подписанных записей.
footer-api = JSON API (описание OpenAPI)

error-prefix = Ошибка:
error-summary-title = Возникла проблема
banner-important = Важно

pagination-label = Страницы результатов
pagination-previous = Предыдущая страница
pagination-next = Следующая страница
pagination-page = Страница { $number }

yes = Да
no = Нет
not-known = Нет данных

status-member = Государство-член
status-observer = Государство-наблюдатель

language-ar = арабский
language-zh = китайский
language-en = английский
language-fr = французский
language-ru = русский
language-es = испанский

group-AFRICAN = Группа африканских государств
group-ASIA_PACIFIC = Группа азиатско-тихоокеанских государств
group-EASTERN_EUROPEAN = Группа восточноевропейских государств
group-GRULAC = Группа государств Латинской Америки и Карибского бассейна
group-WEOG = Группа западноевропейских и других государств

income-HIC = Высокий уровень дохода
income-UMC = Уровень дохода выше среднего
income-LMC = Уровень дохода ниже среднего
income-LIC = Низкий уровень дохода

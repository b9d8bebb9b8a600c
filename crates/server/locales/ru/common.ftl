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

site-organizations = Организации
site-secretariat = Секретариат
site-delegation = Ваша делегация
site-account = Ваша учётная запись
site-sign-in = Войти
site-sign-out = Выйти
banner-success = Готово

# Уведомления, которые один раз показываются на странице после успешной отправки формы.
notice-signed-in = Вы вошли в систему.
notice-signed-out = Вы вышли из системы.
notice-two-factor-on = Двухфакторный вход включён. Теперь при входе потребуется код из вашего приложения.
notice-password-changed = Пароль изменён. Другие ваши сеансы завершены.
notice-signed-out-everywhere = Вы вышли везде: все сеансы вашей учётной записи завершены.
notice-password-changed-tokens-revoked = Пароль изменён. Другие ваши сеансы завершены, а API-токены отозваны.
notice-signed-up = Учётная запись создана. Войдите, чтобы продолжить.
notice-invitation-accepted = Учётная запись создана, ваше назначение внесено в реестр. Войдите, чтобы продолжить.
notice-invitation-revoked = Приглашение отозвано. Ссылка больше не действует.
notice-person-removed = Участник исключён. Исключение внесено в публичный реестр.
notice-token-revoked = Токен отозван. Программы, использующие его, больше не смогут с ним войти.
notice-applied = Ваша заявка зарегистрирована. Секретариат примет по ней решение.
notice-decided = Решение внесено в публичный реестр.

# A moment on a page: its date and time (written for the language), in UTC.
time-utc = { $time } по UTC

# The phase banner of a demonstration (serve --demo), on every page.
demo-tag = Демо
demo-banner = Это демонстрация. Делегации, организации и люди вымышлены; консультации — общедоступные открытые данные. Ничто здесь не является официальным, и данные могут быть сброшены в любой момент.

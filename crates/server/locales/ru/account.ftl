# Собственная учётная запись: принятие приглашения, регистрация, сводка
# учётной записи, пароль и токены API. Русский.

account-role-anonymous = Посетитель
account-role-participant = Участник
account-role-observer = Наблюдатель
account-role-stakeholder = Член организации заинтересованных сторон
account-role-alternate = Заместитель
account-role-delegate = Делегат
account-role-head_of_delegation = Глава делегации
account-role-secretariat = Сотрудник секретариата

# Что может делать токен API.
account-action-read_public = Просматривать публичный реестр
account-action-read_own_account = Просматривать свою учётную запись
account-action-manage_own_credentials = Менять пароль и настройки двухэтапного входа
account-action-manage_own_tokens = Создавать и отзывать токены API
account-action-invite_secretariat = Приглашать сотрудников секретариата
account-action-invite_observer = Приглашать наблюдателей
account-action-invite_head = Аккредитовать глав делегаций
account-action-withdraw_head = Отзывать аккредитацию глав делегаций
account-action-invite_delegation_member = Приглашать делегатов и заместителей
account-action-remove_delegation_member = Исключать делегатов и заместителей
account-action-apply_organization = Подавать заявку от имени организации
account-action-decide_organization = Принимать или отклонять организации
account-action-invite_organization_member = Приглашать членов своей организации
account-action-remove_organization_member = Исключать членов своей организации
account-action-manage_invitations = Просматривать и отзывать свои приглашения
account-action-publish_document = Публиковать документы
account-action-create_consultation = Создавать консультации
account-action-manage_consultation = Открывать, закрывать и вновь открывать консультации
account-action-moderate_consultation = Модерировать консультации
account-action-translate_statement = Переводить высказывания консультаций
account-action-import_consultation = Импортировать консультации, проведённые в другом месте (выгрузки Pol.is)
account-action-take_part = Участвовать в консультациях
account-action-publish_decision_types = Публиковать новые версии типов решений
account-action-manage_delegation_key = Регистрировать, заменять и отзывать ключ подписи делегации
account-action-open_ballot = Открывать голосования
account-action-close_ballot = Закрывать голосования
account-action-record_votes = Записывать голоса поимённых голосований в зале
account-action-cast_vote = Голосовать от имени государства-члена
account-action-manage_proxy = Выдавать и отзывать доверенность государства-члена на голосование
account-action-designate_alternate = Назначать заместителей для голосования
account-action-redact_content = Изымать опубликованные материалы
account-action-read_metrics = Читать метрики сервера
account-action-publish_methodology = Публиковать версию методологии индекса разрыва
account-action-record_indicator_values = Регистрировать значения показателей из опубликованных источников
account-action-submit_indicator_value = Представлять более свежее национальное значение показателя
account-action-review_indicator_value = Принимать или отклонять представленные значения показателей

# Поля новой учётной записи.
account-username = Имя пользователя
account-username-hint = От 3 до 40 символов: строчные латинские буквы от a до z, цифры, точка, подчёркивание или дефис (. _ -)
account-display-name = Ваше имя
account-display-name-hint = Видно вам и секретариату, но никогда не публикуется в публичном реестре
account-password = Пароль
account-password-hint = Не менее { $min } символов
account-email = Адрес электронной почты (необязательно)
account-email-hint = Не разглашается; используется только для писем о вашей учётной записи
account-error-username = Введите имя пользователя длиной от 3 до 40 символов, используя только строчные латинские буквы от a до z, цифры, точку, подчёркивание или дефис
account-error-username-taken = Это имя пользователя уже занято. Выберите другое
account-error-display-name = Введите своё имя длиной не более 100 символов
account-error-email = Введите адрес электронной почты вида name@example.org или оставьте поле пустым
account-error-password-short = Введите пароль длиной не менее { $min } символов
account-error-password-long = Введите пароль длиной не более { $max } символов
account-error-limited = Из вашей сети создано слишком много учётных записей. Повторите попытку через { $minutes } мин.

account-invitation-title = Принятие приглашения
account-invitation-details = Ваше приглашение
account-invitation-lead = Чтобы принять приглашение, создайте учётную запись. При принятии ваше назначение вносится в публичный реестр под публичным идентификатором; ваше имя пользователя, имя и адрес электронной почты не разглашаются.
account-invitation-role = Роль
account-invitation-member = Государство-член
account-invitation-organization = Организация
account-invitation-invited-by = Пригласил
account-invitation-expires = Действительно до
account-invitation-submit = Принять и создать учётную запись
account-invitation-gone-title = Эта ссылка-приглашение больше недействительна
account-invitation-gone-body = Она уже была использована, отозвана или срок её действия истёк. Каждая ссылка-приглашение действует только один раз.
account-invitation-gone-next = Попросите пригласившего вас человека прислать новую ссылку.
account-invitation-gone-account = Если вы уже создали учётную запись по этой ссылке:

account-signup-title = Регистрация в качестве участника
account-signup-lead = Представители общественности участвуют в консультациях под псевдонимом. В публичном реестре отображается только идентификатор вида p.1a2b3c4d — никогда ваше имя пользователя или имя. Адрес электронной почты не требуется.
account-signup-submit = Создать учётную запись
account-signup-have-account = Уже есть учётная запись?

account-title = Ваша учётная запись
account-name = Имя
account-handle = Публичный идентификатор
account-handle-note = Публичный идентификатор — единственные сведения о вас, которые отображаются в публичном реестре.
account-role = Роль
account-member = Государство-член
account-organization = Организация
account-security = Вход и безопасность
account-two-factor = Двухэтапный вход
account-two-factor-on = Включён
account-two-factor-off = Выключен
account-two-factor-manage = Настроить двухэтапный вход
account-cancel = Отмена

account-password-title = Смена пароля
account-password-lead = После смены пароля будут завершены сеансы на всех остальных ваших устройствах.
account-password-current = Текущий пароль
account-password-new = Новый пароль
account-password-confirm = Повторите новый пароль
account-password-submit = Сменить пароль
account-password-revoke-tokens = Также отозвать все мои API-токены (сделайте это, если ваш пароль мог знать кто-то другой)
account-sessions = Ваши сеансы
account-sessions-lead = Вы вошли на компьютере, которым больше не пользуетесь, или думаете, что вошёл кто-то другой? «Выйти везде» завершает все сеансы вашей учётной записи, включая этот. Ваши API-токены продолжают работать.
account-sign-out-everywhere = Выйти везде
account-error-current-missing = Введите текущий пароль
account-error-current-wrong = Текущий пароль неверен
account-error-confirm = Новые пароли не совпадают. Введите один и тот же пароль дважды

account-tokens-title = Токены API
account-tokens-lead = Токены API позволяют программе командной строки и вашим собственным программам действовать от вашего имени только с предоставленными вами правами. Храните токен в такой же тайне, как пароль.
account-tokens-caption = Ваши токены
account-tokens-none = У вас пока нет токенов API.
account-tokens-col-scopes = Права
account-tokens-col-created = Создан
account-tokens-col-expires = Истекает
account-tokens-col-used = Последнее использование
account-tokens-col-status = Состояние
account-tokens-col-actions = Действия
account-tokens-never = Ни разу
account-token-active = Действует
account-token-revoked = Отозван
account-token-expired = Истёк
account-token-revoke = Отозвать
account-tokens-new = Создание токена
account-token-name = Название
account-token-name-hint = Чтобы узнать его позже, например «командная строка на ноутбуке»
account-token-expiry = Срок действия
account-token-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
account-token-scopes = Что ему разрешено
account-token-scopes-hint = Предоставляйте только те права, которые нужны вашей программе.
account-token-submit = Создать токен
account-error-token-name = Введите название длиной не более 100 символов
account-error-token-expiry = Выберите срок действия токена
account-error-token-scopes = Выберите хотя бы одно действие, разрешённое токену

account-token-created-title = Ваш новый токен API
account-token-created-copy = Скопируйте токен сейчас. Больше он показан не будет: хранится только его отпечаток.
account-token-created-how = Как им пользоваться
account-token-created-api = Передавайте его с каждым запросом к JSON API в заголовке Authorization:
account-token-created-cli = Или передайте его программе командной строки через --token или переменную окружения CONCORD_TOKEN:
account-token-created-lost = Если вы его потеряете или его мог увидеть кто-то другой, отзовите его и создайте новый.
account-token-created-back = Вернуться к токенам API

# Страница главы делегации, аккредитация глав делегаций секретариатом,
# страница, однократно показывающая новую ссылку-приглашение, и делегация
# на странице государства-члена. Русский.

delegation-role-head = Глава делегации
delegation-role-delegate = Делегат
delegation-role-alternate = Заместитель
delegation-col-role = Функция
delegation-col-handle = Публичный идентификатор
delegation-col-since = Включён в состав
delegation-since-entry = Запись { $index }

delegation-title = Делегация: { $member }
delegation-lead = Вы возглавляете эту делегацию. Приглашайте её делегатов и заместителей и исключайте их, когда они покидают делегацию.
delegation-people = Состав делегации
delegation-remove = Исключить
delegation-invite-heading = Пригласить делегата или заместителя
delegation-kind-legend = Пригласить в качестве
delegation-kind-error = Выберите «делегат» или «заместитель»
delegation-back = Вернуться к вашей делегации

invite-note-label = Для кого приглашение
invite-note-hint = Личная пометка, чтобы узнать приглашение в вашем списке, например имя человека. Она не публикуется.
invite-note-missing = Укажите, для кого приглашение
invite-email-label = Адрес электронной почты (необязательно)
invite-email-hint = Если вы его укажете, ссылка будет отправлена и на этот адрес. Адрес не сохраняется.
invite-email-error = Введите адрес электронной почты в правильном формате, например name@example.org
invite-submit = Создать ссылку-приглашение
text-too-long = Введите не более { $max } символов

invitations-heading = Ваши приглашения
invitations-caption = Выданные вами приглашения, начиная с последних
invitations-none = Вы ещё не выдали ни одного приглашения.
invitations-col-kind = Приглашение в качестве
invitations-col-member = Государство-член
invitations-col-note = Пометка
invitations-col-status = Статус
invitations-col-expires = Действительно до
invitations-col-action = Действия
invitation-revoke = Отозвать
invitation-status-open = Действует
invitation-status-used = Использовано
invitation-status-revoked = Отозвано
invitation-status-expired = Истекло
invitation-kind-secretariat = Сотрудник секретариата
invitation-kind-observer = Наблюдатель
invitation-kind-stakeholder = Член организации

issued-title = Ссылка-приглашение создана
issued-lead = Передайте эту ссылку конфиденциально тому, для кого она предназначена ({ $note }). Она действует один раз, до { $expires }.
issued-link-label = Ссылка-приглашение
issued-once = Эта ссылка показывается только сейчас. Она не хранится в открытом виде и не может быть показана повторно: скопируйте её, прежде чем покинуть эту страницу.
issued-emailed = Ссылка также отправлена на указанный адрес электронной почты.
issued-not-emailed = Не удалось отправить ссылку по электронной почте. Передайте её человеку самостоятельно.

remove-title = Исключить { $handle } из делегации
remove-lead = Исключение вступает в силу немедленно и вносится в публичный реестр вместе с причиной, если вы её укажете.
remove-reason-label = Причина (необязательно)
remove-reason-hint = Она будет опубликована. Не указывайте личных сведений.
remove-submit = Исключить из делегации
remove-cancel = Отмена

secretariat-title = Секретариат
secretariat-lead = Задачи секретариата.
secretariat-accreditation = Аккредитация глав делегаций
secretariat-accreditation-text = Пригласить главу делегации государства-члена, следить за выданными приглашениями и видеть, у каких государств есть глава делегации.
secretariat-admissions = Допуск организаций
secretariat-admissions-text = Принимать решения по заявкам организаций заинтересованных сторон на участие в работе организации.

accreditation-title = Аккредитация глав делегаций
accreditation-lead = Каждый глава делегации аккредитуется с помощью одноразовой ссылки-приглашения. Когда человек принимает приглашение, аккредитация вносится в публичный реестр.
accreditation-form = Аккредитовать главу делегации
accreditation-member-label = Государство-член
accreditation-member-choose = Выберите государство-член
accreditation-member-missing = Выберите государство-член, которое представляет делегация
accreditation-member-unknown = Выберите государство-член из списка
accreditation-member-taken = У государства { $member } уже есть глава делегации
accreditation-back = Вернуться к аккредитации
accreditation-invitations = Приглашения, выданные секретариатом
accreditation-invitations-caption = Все приглашения, начиная с последних
accreditation-invitations-none = Приглашения ещё не выдавались.
accreditation-heads = Аккредитованные главы делегаций
accreditation-heads-caption = Государства-члены с аккредитованным главой делегации
accreditation-heads-none = Ни один глава делегации ещё не аккредитован.

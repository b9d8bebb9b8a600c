# Консультации: список, страница консультации с блоком участия и форма
# создания консультации. Русский.

consultations-title = Консультации
consultations-lead = Члены, заинтересованные стороны и общественность отвечают на вопрос, голосуя по коротким тезисам и предлагая свои. Затем механизм поиска консенсуса показывает, в чём они согласны поверх блоков.
consultations-new-link = Начать консультацию
consultations-filter-form = Отбор консультаций
consultations-filter-status = Статус
consultations-any-status = Любой статус
consultations-filter-audience = Кто участвует
consultations-any-audience = Все
consultations-filter-language = Язык
consultations-filter-language-hint = Составлена или переведена на язык
consultations-any-language = Любой язык
consultations-error-status = Выберите статус из списка
consultations-error-audience = Выберите из списка, кто участвует
consultations-error-language = Выберите язык из списка
consultations-count = { $count ->
    [0] Консультации не найдены
    [one] Найдена { $count } консультация
    [few] Найдено { $count } консультации
   *[other] Найдено { $count } консультаций
}
consultations-none = Подходящих консультаций нет. Попробуйте другие условия отбора.
consultations-counts = { $statements ->
    [one] { $statements } тезис
    [few] { $statements } тезиса
   *[other] { $statements } тезисов
} · { $participants ->
    [one] { $participants } участник
    [few] { $participants } участника
   *[other] { $participants } участников
} · { $votes ->
    [one] { $votes } голос
    [few] { $votes } голоса
   *[other] { $votes } голосов
}
consultations-opens = открывается { $time }
consultations-closes = закрывается { $time }
consultations-open-heading = Открытые консультации
consultations-open-none = Сейчас нет открытых консультаций.
consultations-all-link = Все консультации

consultations-status-draft = Черновик
consultations-status-open = Открыта
consultations-status-closed = Закрыта
consultations-audience-everyone = Все, кто вошёл в систему
consultations-audience-members = Делегации государств-членов
consultations-audience-members-and-stakeholders = Делегации и организации — заинтересованные стороны
consultations-who-everyone = Участвовать может любой, кто вошёл в систему: делегации государств-членов, члены организаций — заинтересованных сторон и представители общественности.
consultations-who-members = Участвуют только делегации государств-членов: главы делегаций, делегаты и заместители.
consultations-who-members-and-stakeholders = Участвуют делегации государств-членов и члены принятых организаций — заинтересованных сторон.
consultations-moderation-after = Тезисы показываются сразу и модерируются потом
consultations-moderation-before = Тезисы ждут одобрения модератора
consultations-results-everyone = Результаты видны всем, пока консультация открыта
consultations-results-participants = Пока консультация открыта, результаты видны только проголосовавшим
consultations-choice-agree = Согласен
consultations-choice-disagree = Не согласен
consultations-choice-pass = Пропустить или не уверен

consultations-draft = Эта консультация — черновик: её видят только те, кто ею управляет. Участвовать в ней можно будет после открытия.
consultations-closed = Эта консультация закрыта: голоса и тезисы больше не принимаются.
consultations-outside = Вы не можете участвовать в этой консультации.
consultations-sign-in = Войдите, чтобы участвовать
consultations-sign-up-lead = Ещё нет учётной записи?
consultations-sign-up = Зарегистрируйтесь как представитель общественности
consultations-take-part = Участие
consultations-statement-number = Тезис { $number }
consultations-your-vote = Ваш голос: { $choice }. Выберите снова, чтобы изменить его.
consultations-left = { $count ->
    [0] Тезисов для голосования не осталось
    [one] Остался { $count } тезис для голосования
    [few] Осталось { $count } тезиса для голосования
   *[other] Осталось { $count } тезисов для голосования
}
consultations-all-voted = Вы проголосовали по всем тезисам. Новые появятся здесь, когда их напишут другие.
consultations-flag = Сообщить модераторам об этом тезисе
consultations-write-heading = Написать тезис
consultations-write-label = Ваш тезис
consultations-write-hint-after = Одно-два предложения, не более { $max } символов, чтобы другие проголосовали. Он показывается сразу.
consultations-write-hint-before = Одно-два предложения, не более { $max } символов, чтобы другие проголосовали. Модератор одобряет его до показа.
consultations-write-language = Язык вашего тезиса
consultations-write-submit = Добавить тезис
consultations-your-votes = Ваши голоса
consultations-voted-all = { $count ->
    [one] Вы проголосовали по { $count } тезису:
   *[other] Вы проголосовали по { $count } тезисам:
}
consultations-voted-some = Вы проголосовали по { $count } тезисам. Последние { $shown }:
consultations-change-vote = Изменить голос
consultations-how = Как участвовать
consultations-how-vote = Тезисы показываются по одному. По каждому выберите «Согласен», «Не согласен» или «Пропустить». Голос можно изменить позже: учитывается последний.
consultations-how-write-after = Вы можете также написать свои тезисы, чтобы за них проголосовали другие. Они показываются сразу; модераторы могут потом снять тезис, публично указав причину.
consultations-how-write-before = Вы можете также написать свои тезисы, чтобы за них проголосовали другие. Модератор одобряет каждый до показа.
consultations-how-record = Голоса и тезисы вносятся в публичный реестр. Делегаты и члены организаций участвуют под своим публичным идентификатором, представители общественности — под псевдонимом, действующим только в этой консультации.
consultations-progress = Ход консультации
consultations-results-link = Посмотреть результаты
consultations-details = Сведения
consultations-col-status = Статус
consultations-col-audience = Кто участвует
consultations-col-language = Аутентичный язык
consultations-col-moderation = Модерация
consultations-col-write = Участники пишут тезисы
consultations-col-results = Результаты
consultations-col-convened = Организатор
consultations-col-opens = Открытие
consultations-col-closes = Закрытие
consultations-col-created = Создана в
consultations-entry = Запись { $index }
consultations-by-secretariat = Секретариат
consultations-by-delegation = Делегация: { $member }
consultations-manage = Управление консультацией
consultations-open-button = Открыть консультацию
consultations-close-button = Закрыть консультацию
consultations-reopen-button = Открыть консультацию снова
consultations-reopen-closes = Новое время закрытия (необязательно)
consultations-time-hint = По UTC, например 2027-01-15 09:00.
consultations-moderation-link = Модерировать тезисы
consultations-error-choice = Выберите «Согласен», «Не согласен» или «Пропустить»
consultations-error-statement = По этому тезису больше не голосуют. Вот другой.
consultations-error-text-empty = Введите ваш тезис
consultations-error-text-line = Напишите тезис одним абзацем, без переносов строк
consultations-error-statement-language = Выберите язык вашего тезиса
consultations-error-duplicate = Такой тезис уже есть в консультации (тезис { $number }). Проголосуйте по нему или напишите другой.
consultations-error-time = Введите дату и время, например 2027-01-15 09:00

consultations-new-heading = Начать консультацию
consultations-new-lead = Консультация создаётся как черновик: до открытия её видите только вы и другие, кто ею управляет.
consultations-new-language = Аутентичный язык
consultations-new-language-hint = Язык, на котором написаны название, вопрос и исходные тезисы.
consultations-new-title = Название
consultations-new-title-hint = На аутентичном языке, в одну строку, не более { $max } символов.
consultations-new-question = Вопрос
consultations-new-question-hint = Вопрос участникам, одним абзацем не более { $max } символов.
consultations-new-translations = Переводы (необязательно)
consultations-new-translations-hint = Укажите название и вопрос на других языках. Аутентичный язык оставьте пустым: его тексты указаны выше.
consultations-new-translation = Перевод на { $language } язык
consultations-new-title-in = Название ({ $language })
consultations-new-question-in = Вопрос ({ $language })
consultations-new-settings = Параметры
consultations-new-audience = Кто участвует
consultations-new-moderation = Модерация
consultations-new-write = Участники могут писать тезисы
consultations-new-results = Результаты, пока консультация открыта
consultations-new-results-hint = После закрытия результаты видны всем.
consultations-new-opens = Время открытия (необязательно)
consultations-new-closes = Время закрытия (необязательно)
consultations-new-seeds = Исходные тезисы (необязательно)
consultations-new-seeds-hint = По одному тезису в строке, на аутентичном языке: не более { $count } тезисов длиной до { $max } символов.
consultations-new-open-now = Открыть сразу после создания
consultations-new-submit = Создать консультацию
consultations-new-cancel = Отмена
consultations-error-required = Введите текст на аутентичном языке
consultations-error-one-paragraph = Напишите его одним абзацем, без переносов строк
consultations-error-seeds-count = Укажите не более { $max } исходных тезисов
consultations-error-seed-long = Исходный тезис { $number } длиннее { $max } символов
consultations-error-seed-control = Уберите табуляции и управляющие символы из исходного тезиса { $number }
consultations-error-seed-twice = Исходный тезис { $number } повторяет один из предыдущих
consultations-error-language-choose = Выберите аутентичный язык
consultations-error-audience-choose = Выберите, кто участвует
consultations-error-moderation-choose = Выберите, как модерируются тезисы
consultations-error-results-choose = Выберите, кто видит результаты, пока консультация открыта
consultations-error-open-now = Оставьте время открытия пустым, чтобы открыть её сейчас, или снимите отметку «Открыть сразу после создания»
consultations-error-authentic-twice = Это аутентичный язык: его текст указан выше. Оставьте это поле пустым.
consultations-error-closes-before = Время закрытия должно быть позже времени открытия
consultations-error-texts = Проверьте название, вопрос и исходные тезисы

secretariat-consultations-text = Задать вопрос членам, заинтересованным сторонам и общественности на шести языках.

notice-consultation-created = Консультация создана как черновик и внесена в публичный реестр. Откройте её, когда она будет готова.
notice-consultation-opened = Консультация открыта. Те, для кого она предназначена, уже могут участвовать.
notice-consultation-closed = Консультация закрыта. Её результаты видны всем.
notice-consultation-reopened = Консультация снова открыта.
notice-vote-recorded = Ваш голос учтён. Вот следующий тезис.
notice-statement-added = Ваш тезис добавлен. Другие уже могут голосовать по нему.
notice-statement-held = Ваш тезис записан. Модератор одобрит его, прежде чем его увидят другие.
notice-statement-flagged = Модераторы получили сообщение об этом тезисе. Спасибо.

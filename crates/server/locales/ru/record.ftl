# Публичный реестр, его записи и доказательства, и фраза для каждого вида
# события. Русский.

record-title = Публичный реестр
record-lead = Каждый публичный акт организации — это запись в этом реестре. Записи только добавляются; их никогда не изменяют и не удаляют.
record-verify = Организация регулярно подписывает реестр. Любой может проверить, что запись входит в подписанный реестр и что реестр никогда не переписывался.
record-checkpoint = Последняя подписанная контрольная точка
record-size = Охвачено записей
record-root = Корневой хеш (SHA-256)
record-origin = Название журнала
record-key = Ключ, которым подписан журнал
record-note = Подписанная запись контрольной точки
record-note-hint = Контрольная точка в точности в том виде, в каком она подписана. Программы могут получить её по адресу
record-entries = Записи
record-caption = Записи, сначала новые, страница { $page } из { $pages }
record-col-entry = Запись
record-col-time = Время (UTC)
record-col-event = Что произошло

entry-title = Запись { $index }
entry-time = Время (UTC)
entry-actor = Кем внесена
entry-kind = Вид события
entry-json = Запись в том виде, в каком она внесена
entry-json-hint = Это точные байты записи: канонический JSON (RFC 8785).
entry-leaf = Хеш листа
entry-leaf-hint = SHA-256 от нулевого байта, за которым следуют байты записи.
entry-proof = Доказательство того, что запись входит в реестр
entry-proof-lead = Это доказательство включения показывает, что запись { $index } входит в реестр, подписанный при { $size } записях, корневой хеш которого:
entry-proof-empty = В подписанном реестре только эта запись, поэтому её хеш листа и есть корневой хеш.
entry-proof-caption = Хеши доказательства, от записи к корню
entry-proof-step = Шаг
entry-proof-hash = Хеш (SHA-256)
entry-check-title = Как проверить самостоятельно
entry-check-leaf = Вычислите хеш листа записи: SHA-256 от нулевого байта, за которым следуют байты записи.
entry-check-path = Последовательно объедините его с каждым хешем доказательства, как описано в RFC 9162 (раздел 2.1.3.2): каждый шаг — это SHA-256 от байта со значением один, за которым следуют левый и правый хеши.
entry-check-root = Результат должен совпасть с корневым хешем подписанной контрольной точки, а подпись контрольной точки должна проверяться опубликованным организацией ключом журнала.
entry-check-command = Или проверьте сразу все записи реестра с помощью программы командной строки Concord:
entry-not-signed = Эта запись ещё не охвачена подписанной контрольной точкой, поэтому доказательства для неё пока нет. Обновите страницу через несколько секунд.
entry-nav = Другие записи
entry-previous = Предыдущая запись
entry-next = Следующая запись

event-organization-founded = Учреждена организация { $name }.
event-member-admitted = { $status ->
    [observer] Принято в качестве государства-наблюдателя: { $name }.
   *[member] Принято в качестве государства-члена: { $name }.
}
event-document-published = Опубликован документ { $number } «{ $title }» на языке: { $language }.
event-blob-redacted = Текст документа «{ $title }» удалён. Указанная причина: { $reason }
event-secretariat-appointed = { $handle } вошёл в состав секретариата.
event-observer-accredited = { $handle } аккредитован в качестве наблюдателя.
event-delegation-member-added = { $role ->
    [head] { $handle } аккредитован главой делегации: { $member }.
    [delegate] { $handle } назначен делегатом: { $member }.
   *[alternate] { $handle } назначен заместителем: { $member }.
}
event-delegation-member-removed = { $handle } вышел из состава делегации: { $member }.
event-organization-applied = { $name } подала заявку на участие в палате { $chamber ->
    [industry] промышленности
    [research] науки
    [civil_society] гражданского общества
   *[intergovernmental] межправительственных организаций
}.
event-organization-admitted = Организация «{ $name }» допущена.
event-organization-declined = Организации «{ $name }» отказано в допуске. Указанная причина: { $reason }
event-organization-member-added = { $handle } вошёл в состав организации «{ $name }».
event-organization-member-removed = { $handle } вышел из состава организации «{ $name }».
event-unreadable = Эту запись не удалось прочитать.

event-consultation-created = Создана консультация { $id }: «{ $title }».
event-consultation-opened = Консультация { $id } открыта.
event-consultation-closed = Консультация { $id } закрыта.
event-consultation-reopened = Консультация { $id } открыта снова.
event-consultation-statement-added = В консультацию { $id } добавлено утверждение { $statement }.
event-consultation-statement-moderated = Модератор { $verdict ->
        [approve] одобрил
        [reject] отклонил
       *[meta] отметил как мета-
    } утверждение { $statement } консультации { $id }.
event-consultation-statement-translated = Утверждение { $statement } консультации { $id } переведено: { $language }.
event-consultation-statement-flagged = Утверждение { $statement } консультации { $id } передано модераторам.
event-consultation-voted = Голос по утверждению { $statement } консультации { $id }.
event-consultation-import-started = Начат импорт консультации { $id } из { $source }.
event-consultation-statement-imported = Утверждение { $statement } консультации { $id } импортировано (комментарий { $comment } выгрузки).
event-consultation-vote-imported = Импортированный голос участника { $participant } по утверждению { $statement } консультации { $id }.
event-consultation-import-finished = Импорт консультации { $id } завершён; она закрыта.

event-decision-types-published = Опубликована версия { $version } типов решений (типов: { $count }).
event-decision-key-registered = Для { $signatory } зарегистрирован { $custodied ->
        [yes] ключ подписи, хранимый сервером
       *[no] ключ подписи
    }.
event-decision-key-revoked = Ключ подписи { $signatory } отозван.
event-decision-ballot-opened = Открыто голосование { $id }: «{ $title }».
event-decision-alternate-designated = { $handle } назначен голосовать за { $member } в голосовании { $id }.
event-decision-proxy-given = { $from } передал(а) доверенность на голосование { $id } делегации { $to }.
event-decision-proxy-revoked = { $from } отозвал(а) доверенность на голосование { $id }.
event-decision-voted = { $member }: { $choice ->
        [yes] «за»
        [no] «против»
       *[abstain] «воздержался»
    } в голосовании { $id }{ $how ->
        [recorded] , записано секретариатом
        [proxy] , по доверенности через { $holder }
       *[own] {""}
    }.
event-decision-ballot-closed = Голосование { $id } закрыто: { $outcome ->
        [adopted] принято
        [rejected] отклонено
       *[pending] не решено
    }.
event-divide-methodology-published = Опубликована версия { $version } методологии индекса цифрового разрыва в области ИИ.
event-divide-series-recorded = Для { $member } записано значений показателя { $indicator }: { $count }.
event-divide-value-submitted = { $member } представил(а) значение { $indicator } за { $year } год (заявка { $id }).
event-divide-submission-accepted = Заявка { $id } принята.
event-divide-submission-rejected = Заявка { $id } отклонена: { $reason }

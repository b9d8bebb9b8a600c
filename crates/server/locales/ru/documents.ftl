# Документы организации и форма публикации для секретариата. Русский.

documents-title = Документы
documents-lead = Документы, опубликованные организацией. Публичный реестр хранит SHA-256 каждого текста, поэтому любой может убедиться, что текст совпадает с опубликованным.
documents-publish-link = Опубликовать документ
documents-filter-form = Отбор документов
documents-kind-label = Вид
documents-any-kind = Любой вид
documents-language-label = Язык
documents-any-language = Любой язык
documents-error-kind = Выберите вид из списка: Markdown или простой текст
documents-error-language = Выберите язык из списка
documents-count = { $count ->
    [0] Документы не найдены
    [one] Найден { $count } документ
    [few] Найдено { $count } документа
   *[other] Найдено { $count } документов
}
documents-none = Подходящих документов нет. Выберите другой вид или язык.
documents-caption = Документы, начиная с последних
documents-col-number = Номер
documents-col-title = Название
documents-col-language = Язык
documents-col-kind = Вид
documents-published = Опубликован в
documents-entry = записи { $index }
documents-taken-down-tag = Удалён
documents-kind-markdown = Текст Markdown
documents-kind-text = Простой текст
documents-kind-other = Другой формат
documents-media-type = Тип данных
documents-size = Размер
documents-bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байта
   *[other] { $count } байтов
}
documents-taken-down = Удалён в
documents-takedown-notice = Текст этого документа удалён. Его SHA-256 остаётся в публичном реестре. Указанная причина: { $reason }
documents-hash = SHA-256 текста
documents-hash-hint = Этот хеш хранится в публичном реестре. Вычислите SHA-256 имеющегося у вас текста и сравните.
documents-text = Текст
documents-raw = Скачать текст в опубликованном виде
documents-form-heading = Опубликовать документ
documents-form-lead = Документ публикуется сразу: его название и SHA-256 его текста вносятся в публичный реестр, а текст показывается на его странице.
documents-form-title = Название
documents-form-title-hint = На языке документа, в одну строку, не более { $max } символов.
documents-form-language-choose = Выберите язык
documents-form-kind-hint = Тексты Markdown показываются так, как написаны, без оформления.
documents-form-text = Текст
documents-form-submit = Опубликовать документ
documents-error-language-form = Выберите язык, на котором написан документ
documents-error-text = Введите текст документа
documents-error-title = Введите название документа
documents-error-title-line = Напишите название в одну строку, без управляющих символов
notice-document-published = Документ опубликован и внесён в публичный реестр.
secretariat-documents-text = Опубликовать документ организации на одном из шести языков.
entry-document = Читать документ

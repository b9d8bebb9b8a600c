# Итоги консультации и очередь модераторов. Русский.

results-consultations = Консультации
results-heading = Итоги
results-page-title = Итоги: { $title }
results-statement-gone = Текст этого высказывания удалён.
results-hidden-participants = Пока консультация открыта, её итоги видят только те, кто в ней голосовал. После закрытия они доступны всем.
results-hidden-take-part = Перейти к консультации, чтобы принять участие
results-computing = Итоги рассчитываются по публичному реестру. Проверено { $time }.
results-computing-later = Обновите страницу через минуту, чтобы их увидеть.
results-covers = Этот анализ охватывает публичный реестр до записи { $entry }. Он рассчитан программой { $engine } { $time }; любой может пересчитать его по реестру.
results-participants = Проголосовавшие участники
results-statements = Высказывания
results-votes = Голоса
results-clustered = Участники, отнесённые к группам мнений
results-map-heading = Карта мнений
results-map-lead = Каждый круг — это группа участников, голосовавших похоже: чем ближе два круга, тем больше сходство их голосов. Площадь круга пропорциональна числу участников; каждая группа мнений обведена и пронумерована.
results-map-title = Карта мнений участников
results-map-description = { $count ->
    [one] { $count } скопление участников, размещённое по их голосам. Таблица рядом с картой содержит те же числа.
    [few] { $count } скопления участников, размещённые по их голосам и обведённые по группам мнений. Таблица рядом с картой содержит те же числа.
   *[other] { $count } скоплений участников, размещённых по их голосам и обведённых по группам мнений. Таблица рядом с картой содержит те же числа.
}
results-map-caption = Скопления на карте
results-map-none = На карте пока никого нет.
results-col-cluster = Скопление
results-col-group = Группа
results-col-participants = Участники
results-col-x = Первая ось
results-col-y = Вторая ось
results-col-statement = Высказывание
results-no-group = Нет
results-groups-heading = Группы мнений
results-groups-lead = Участники, голосующие похоже, образуют группу. Для каждой группы показаны высказывания, которые сильнее всего отличают её от других.
results-groups-none = Групп мнений пока нет: слишком мало людей проголосовало по достаточному числу высказываний.
results-group = Группа { $number }
results-group-size = { $count ->
    [one] { $shown } участник
    [few] { $shown } участника
   *[other] { $shown } участников
}
results-representative-none = Пока ни одно высказывание не выделяет эту группу.
results-rep-agree = Согласны { $percent } % из { $count } проголосовавших по нему в этой группе
results-rep-disagree = Не согласны { $percent } % из { $count } проголосовавших по нему в этой группе
results-consensus-heading = В чём участники согласны
results-consensus-lead = Высказывания, с которыми согласно или не согласно большинство участников, независимо от их группы.
results-agree-heading = Большинство согласно
results-disagree-heading = Большинство не согласно
results-informed-heading = Согласие между группами
results-informed-hint = Высказывания, с которыми, вероятно, согласна каждая группа мнений. Оценка — произведение вероятностей согласия в каждой группе: 1 означала бы несомненное согласие во всех группах.
results-informed-score = Оценка { $score }
results-bridging-heading = Сближающие высказывания
results-bridging-hint = Высказывания, которые поддерживают люди, обычно не согласные друг с другом.
results-bridging-score = Оценка сближения { $score }
results-none = Пока нет.
results-constituencies-heading = Согласие по группам избирателей
results-constituencies-lead = Как голосовали по каждому высказыванию участники из каждой региональной группы, каждой палаты организаций заинтересованных сторон и общественности. Учитывается последний голос каждого.
results-cross-bloc-heading = Согласие всех блоков
results-cross-bloc-hint = Высказывания, которые поддерживает большинство голосовавших в каждой региональной группе.
results-cross-bloc-more = { $count ->
    [one] И ещё { $count } высказывание.
    [few] И ещё { $count } высказывания.
   *[other] И ещё { $count } высказываний.
}
results-table-hint = В каждой ячейке — доля согласных среди голосовавших по высказыванию в этой группе, затем голоса «за» из всех её голосов (за, против или пропуск). Сначала идут высказывания, набравшие больше всего голосов.
results-table-caption = Согласие по каждому высказыванию по группам избирателей, страница { $page } из { $pages }
results-table-none = Ни одно высказывание пока не получило голосов.
results-public = Общественность
results-column = { $name } ({ $count ->
    [one] { $shown } голосующий
    [few] { $shown } голосующих
   *[other] { $shown } голосующих
})
results-cell = { $percent } % ({ $agree } из { $votes })
results-no-votes = нет голосов

moderation-heading = Модерация
moderation-page-title = Модерация: { $title }
moderation-lead = Примите решение по высказываниям, ожидающим одобрения, и по тем, на которые пожаловались участники. Каждое решение вносится в публичный реестр; причина отклонения видна всем.
moderation-results-link = Посмотреть итоги этой консультации
moderation-waiting-heading = Ожидают решения
moderation-count = { $count ->
    [0] Ни одно высказывание не ожидает решения.
    [one] { $shown } высказывание ожидает решения.
    [few] { $shown } высказывания ожидают решения, сначала самые старые.
   *[other] { $shown } высказываний ожидают решения, сначала самые старые.
}
moderation-statement = Высказывание { $number }
moderation-author = От имени
moderation-author-member = Делегация: { $member }
moderation-author-organization = { $organization } (палата: { $chamber })
moderation-author-public = Представитель общественности
moderation-author-secretariat = Секретариат
moderation-language = Язык
moderation-status = Состояние
moderation-status-pending = Ожидает одобрения
moderation-status-approved = Одобрено
moderation-status-meta = О самом обсуждении
moderation-status-rejected = Отклонено
moderation-flagged = Жалобы участников
moderation-flags = { $count ->
    [one] { $shown } раз после последнего решения
    [few] { $shown } раза после последнего решения
   *[other] { $shown } раз после последнего решения
}
moderation-decision = Ваше решение по высказыванию { $number }
moderation-approve = Одобрить: участники увидят его и будут голосовать
moderation-reject = Отклонить: убрать его из консультации
moderation-meta = О самом обсуждении: по нему голосуют, но оно не учитывается в группах мнений
moderation-reason = Причина
moderation-reason-hint = Нужна для отклонения. Её может прочитать любой в публичном реестре.
moderation-submit = Записать решение
moderation-error-verdict = Выберите: одобрить высказывание, отклонить его или отметить как относящееся к самому обсуждению
moderation-error-reason = Укажите причину отклонения высказывания
moderation-error-reason-long = Причина слишком длинная: сократите её
moderation-no-reason = Причина не указана
moderation-translations-heading = Переводы
moderation-translations-lead = Добавьте перевод высказывания, чтобы участники могли прочитать его на своём языке. Новый перевод на язык заменяет прежний.
moderation-translations-page = Высказывания, страница { $page } из { $pages }
moderation-translated = Переведено на: { $languages }
moderation-translation-language = Язык перевода
moderation-language-choose = Выберите язык
moderation-translation-text = Перевод
moderation-translation-submit = Добавить перевод
moderation-error-language = Выберите язык перевода
moderation-error-language-own = Выберите язык, отличный от языка высказывания
moderation-error-text = Введите перевод
moderation-rejected-heading = Недавно отклонённые
moderation-rejected-none = Ни одно высказывание не было отклонено.
moderation-rejected-caption = Последние отклонённые высказывания с причинами
moderation-col-reason = Указанная причина
notice-statement-moderated = Решение внесено в публичный реестр.
notice-statement-translated = Перевод добавлен и внесён в публичный реестр.
results-imported = Импортировано из { $source }. Данные собраны с помощью программы Polis (compdemocracy.org/polis) и предоставлены по сублицензии CC BY 4.0 с указанием авторства The Computational Democracy Project.

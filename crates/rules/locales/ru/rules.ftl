# Пояснения к результатам решений (crate `rules`). Русский.
# Аргументы описаны в en/rules.ftl.

outcome-adopted = Принято.
outcome-rejected = Не принято.
outcome-pending = Решение ещё не принято.

verdict-pass = Выполнено
verdict-fail = Не выполнено
verdict-pending = Не определено
line = { $verdict }: { $text }

counts = За: { $yes }. Против: { $no }. Воздержались: { $abstain }. Не голосовали: { $not-voting }. Членов, имеющих право голоса: { $eligible }.

threshold-phrase = { $comparison ->
    [more-than] более { $threshold }
   *[at-least] не менее { $threshold }
}
base-phrase = { $of ->
    [present-and-voting] { $abstentions ->
        [counted] членов, присутствующих и участвующих в голосовании, причём воздержавшиеся считаются голосующими
       *[not-counted] членов, присутствующих и участвующих в голосовании (воздержавшиеся не считаются участвующими в голосовании)
    }
    [eligible] членов, имеющих право голоса
   *[all-members] всех членов
}

clause-majority = Большинство: { threshold-phrase } { base-phrase }. За: { $yes } из { $total }; требуется: { $needed }.
clause-majority-none = Большинство: { threshold-phrase } { base-phrase }. Никто не учтён, поэтому решение не может быть принято.

clause-quorum = Кворум: в голосовании должны участвовать { threshold-phrase } членов, имеющих право голоса. Участвуют: { $taking-part } из { $eligible }; требуется: { $needed }.
clause-quorum-none = Кворум: в голосовании должны участвовать { threshold-phrase } членов, имеющих право голоса. Ни один член не имеет права голоса.

clause-groups = Поддержка нескольких групп: в каждой из требуемых групп «за» должны голосовать { threshold-phrase } { base-phrase }; требуется групп: { $min } из { $counted }. Групп, где это выполнено: { $passed }.
group-result = { $group }: за { $yes } из { $total }; требуется: { $needed }.
group-result-none = { $group }: никто не учтён.

clause-no-single-group = Ни одна группа в одиночку: на одну группу может приходиться не более { $at-most } голосов «за». Наибольшая доля голосов «за»: { $group }, { $group-yes } из { $yes }.
clause-no-single-group-none = Ни одна группа в одиночку: на одну группу может приходиться не более { $at-most } голосов «за». Голосов «за» нет.

clause-weighted = Взвешенное большинство, доли считаются от { base-phrase }:
weighted-members = членов «за»: { $yes } из { $total }; требуется: { threshold-phrase }.
weighted-weight = вес (население) «за»: { $weight-yes } из { $weight-total }; требуется: { threshold-phrase }.

clause-all-of = Должны быть выполнены все следующие условия: выполнено { $passed } из { $total }.
clause-any-of = Должно быть выполнено одно из следующих условий: выполнено { $passed } из { $total }.

consensus-adopted = Консенсус: процедура молчания продолжительностью { $hours } ч завершилась без официальных возражений.
consensus-running = Консенсус: идёт процедура молчания продолжительностью { $hours } ч, прошло { $elapsed-hours } ч; официальных возражений пока нет.
consensus-objected = Консенсус: процедура молчания прервана официальными возражениями: { $objections } ({ $members }). { $fallback ->
    [vote] Решение принимается по резервной процедуре:
    [awaiting] Ожидается голосование по резервной процедуре.
   *[none] Резервная процедура не предусмотрена, поэтому текст не принят.
}
consensus-statements = Занесено в отчёт, не препятствует решению: заявления с разъяснением позиции: { $explanations ->
    [0] нет
   *[other] { $explanations } ({ $explained-by })
}; оговорки: { $reservations ->
    [0] нет
   *[other] { $reservations } ({ $reserved-by })
}.
consensus-late-objections = Возражения, высказанные после окончания процедуры молчания, не учитываются: { $count } ({ $members }).

group-AFRICAN = Африканские государства
group-ASIA_PACIFIC = Азиатско-тихоокеанские государства
group-EASTERN_EUROPEAN = Восточноевропейские государства
group-GRULAC = Государства Латинской Америки и Карибского бассейна
group-WEOG = Западноевропейские и другие государства

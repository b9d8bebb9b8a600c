# شروح نتائج القرارات (crate `rules`). العربية.
# انظر en/rules.ftl للاطلاع على الوسائط.

outcome-adopted = اعتُمد.
outcome-rejected = لم يُعتمد.
outcome-pending = لم يُبتّ فيه بعد.

verdict-pass = مستوفى
verdict-fail = غير مستوفى
verdict-pending = معلّق
line = { $verdict }: { $text }

counts = المؤيدون: { $yes }. المعارضون: { $no }. الممتنعون: { $abstain }. غير المصوتين: { $not-voting } من أصل { $eligible } من الأعضاء الذين يحق لهم التصويت.

threshold-phrase = { $comparison ->
    [more-than] أكثر من { $threshold }
   *[at-least] ما لا يقل عن { $threshold }
}
base-phrase = { $of ->
    [present-and-voting] { $abstentions ->
        [counted] من الأعضاء الحاضرين المصوتين، مع احتساب الممتنعين عن التصويت مصوتين
       *[not-counted] من الأعضاء الحاضرين المصوتين (لا يُعتبر الممتنعون عن التصويت مصوتين)
    }
    [eligible] من الأعضاء الذين يحق لهم التصويت
   *[all-members] من جميع الأعضاء
}

clause-majority = الأغلبية: { threshold-phrase } { base-phrase }. المؤيدون: { $yes } من أصل { $total }؛ العدد المطلوب: { $needed }.
clause-majority-none = الأغلبية: { threshold-phrase } { base-phrase }. لم يُحتسب أحد، ولذلك لا يُعتمد شيء.

clause-quorum = النصاب: يجب أن يشارك { threshold-phrase } من الأعضاء الذين يحق لهم التصويت. المشاركون: { $taking-part } من أصل { $eligible }؛ العدد المطلوب: { $needed }.
clause-quorum-none = النصاب: يجب أن يشارك { threshold-phrase } من الأعضاء الذين يحق لهم التصويت. لا يحق لأي عضو التصويت.

clause-groups = تأييد عبر المجموعات: يجب أن يصوّت بالتأييد { threshold-phrase } { base-phrase } في عدد من المجموعات لا يقل عن { $min } من أصل { $counted }. المجموعات التي تحقق فيها ذلك: { $passed }.
group-result = { $group }: المؤيدون { $yes } من أصل { $total }؛ العدد المطلوب: { $needed }.
group-result-none = { $group }: لم يُحتسب أحد.

clause-no-single-group = لا تنفرد مجموعة واحدة بالقرار: لا يجوز أن يأتي من مجموعة واحدة أكثر من { $at-most } من الأصوات المؤيدة. أكبر حصة: { $group }، { $group-yes } من أصل { $yes } من الأصوات المؤيدة.
clause-no-single-group-none = لا تنفرد مجموعة واحدة بالقرار: لا يجوز أن يأتي من مجموعة واحدة أكثر من { $at-most } من الأصوات المؤيدة. لا توجد أصوات مؤيدة.

clause-weighted = أغلبية مرجّحة، تُحسب الحصص { base-phrase }:
weighted-members = الأعضاء المؤيدون: { $yes } من أصل { $total }؛ المطلوب: { threshold-phrase }.
weighted-weight = الوزن (السكان) المؤيد: { $weight-yes } من أصل { $weight-total }؛ المطلوب: { threshold-phrase }.

clause-all-of = يجب استيفاء جميع الشروط التالية: المستوفى منها { $passed } من أصل { $total }.
clause-any-of = يجب استيفاء أحد الشروط التالية: المستوفى منها { $passed } من أصل { $total }.

consensus-adopted = توافق الآراء: انتهت فترة الصمت (مدتها بالساعات: { $hours }) دون أي اعتراض رسمي.
consensus-running = توافق الآراء: فترة الصمت جارية (مدتها بالساعات: { $hours }، والمنقضي منها: { $elapsed-hours })؛ لم يُقدَّم أي اعتراض رسمي حتى الآن.
consensus-objected = توافق الآراء: كُسر الصمت باعتراضات رسمية: { $objections } ({ $members }). { $fallback ->
    [vote] يُبتّ في الأمر بموجب الإجراء البديل:
    [awaiting] يُنتظر التصويت بموجب الإجراء البديل.
   *[none] لا ينص الإجراء على بديل، ولذلك لم يُعتمد النص.
}
consensus-statements = سُجّل دون أن يعرقل القرار: تعليلات الموقف: { $explanations ->
    [0] لا يوجد
   *[other] { $explanations } ({ $explained-by })
}؛ التحفظات: { $reservations ->
    [0] لا يوجد
   *[other] { $reservations } ({ $reserved-by })
}.
consensus-late-objections = اعتراضات قُدّمت بعد انتهاء فترة الصمت، ولا تُحتسب: { $count } ({ $members }).

group-AFRICAN = الدول الأفريقية
group-ASIA_PACIFIC = دول آسيا والمحيط الهادئ
group-EASTERN_EUROPEAN = دول أوروبا الشرقية
group-GRULAC = دول أمريكا اللاتينية ومنطقة البحر الكاريبي
group-WEOG = دول أوروبا الغربية ودول أخرى

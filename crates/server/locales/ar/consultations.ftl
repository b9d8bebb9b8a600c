# المشاورات: القائمة، وصفحة المشاورة مع قسم المشاركة، واستمارة إنشاء
# مشاورة. العربية.

consultations-title = المشاورات
consultations-lead = يجيب الأعضاء والجهات صاحبة المصلحة والجمهور عن سؤال بالتصويت على عبارات قصيرة وكتابة عباراتهم. ثم يبيّن محرّك التوافق المواضع التي يتفقون عليها عبر التكتلات.
consultations-new-link = بدء مشاورة
consultations-filter-form = تصفية المشاورات
consultations-filter-status = الحالة
consultations-any-status = أي حالة
consultations-filter-audience = من يشارك
consultations-any-audience = الجميع
consultations-filter-language = اللغة
consultations-filter-language-hint = مكتوبة بها أو مترجمة إليها
consultations-any-language = أي لغة
consultations-error-status = اختر حالة من القائمة
consultations-error-audience = اختر من القائمة من يشارك
consultations-error-language = اختر لغة من القائمة
consultations-count = { $count ->
    [0] لم يُعثر على أي مشاورة
    [one] عُثر على مشاورة واحدة
    [two] عُثر على مشاورتين
    [few] عُثر على { $count } مشاورات
   *[other] عُثر على { $count } مشاورة
}
consultations-none = لا توجد مشاورة مطابقة. جرّب عوامل تصفية أخرى.
consultations-counts = العبارات: { $statements } · المشاركون: { $participants } · الأصوات: { $votes }
consultations-opens = تُفتح في { $time }
consultations-closes = تُغلق في { $time }
consultations-open-heading = المشاورات المفتوحة
consultations-open-none = لا توجد مشاورة مفتوحة حالياً.
consultations-all-link = جميع المشاورات

consultations-status-draft = مسودة
consultations-status-open = مفتوحة
consultations-status-closed = مغلقة
consultations-audience-everyone = كل من سجّل الدخول
consultations-audience-members = وفود الدول الأعضاء
consultations-audience-members-and-stakeholders = الوفود ومنظمات الجهات صاحبة المصلحة
consultations-who-everyone = يمكن لكل من سجّل الدخول أن يشارك: وفود الدول الأعضاء، وأعضاء منظمات الجهات صاحبة المصلحة، وأفراد الجمهور.
consultations-who-members = لا يشارك إلا وفود الدول الأعضاء: رؤساء الوفود والمندوبون والمناوبون.
consultations-who-members-and-stakeholders = يشارك وفود الدول الأعضاء وأعضاء منظمات الجهات صاحبة المصلحة المقبولة.
consultations-moderation-after = تُعرض العبارات فوراً وتُراجَع لاحقاً
consultations-moderation-before = تُحجز العبارات حتى يوافق عليها مشرف
consultations-results-everyone = يرى الجميع النتائج ما دامت مفتوحة
consultations-results-participants = لا يرى النتائج ما دامت مفتوحة إلا من صوّت
consultations-choice-agree = أوافق
consultations-choice-disagree = لا أوافق
consultations-choice-pass = تخطٍّ أو لست متأكداً

consultations-draft = هذه المشاورة مسودة: لا يراها إلا من يديرها. لا يمكن لأحد أن يشارك فيها قبل فتحها.
consultations-closed = هذه المشاورة مغلقة: لم تعد تقبل أصواتاً ولا عبارات.
consultations-outside = لا يمكنك المشاركة في هذه المشاورة.
consultations-sign-in = سجّل الدخول للمشاركة
consultations-sign-up-lead = أليس لديك حساب بعد؟
consultations-sign-up = سجّل بصفتك فرداً من الجمهور
consultations-take-part = المشاركة
consultations-statement-number = العبارة { $number }
consultations-your-vote = صوتك: { $choice }. اختر مرة أخرى لتغييره.
consultations-left = { $count ->
    [0] لم تبقَ عبارات للتصويت عليها
    [one] بقيت عبارة واحدة للتصويت عليها
    [two] بقيت عبارتان للتصويت عليهما
    [few] بقيت { $count } عبارات للتصويت عليها
   *[other] بقيت { $count } عبارة للتصويت عليها
}
consultations-all-voted = صوّتَّ على جميع العبارات. ستظهر هنا العبارات الجديدة عندما يكتبها آخرون.
consultations-flag = أبلغ المشرفين عن هذه العبارة
consultations-write-heading = اكتب عبارة
consultations-write-label = عبارتك
consultations-write-hint-after = جملة أو جملتان، { $max } حرفاً على الأكثر، ليصوّت عليها الآخرون. تُعرض فوراً.
consultations-write-hint-before = جملة أو جملتان، { $max } حرفاً على الأكثر، ليصوّت عليها الآخرون. يوافق عليها مشرف قبل عرضها.
consultations-write-language = لغة عبارتك
consultations-write-submit = أضف عبارتك
consultations-your-votes = أصواتك
consultations-voted-all = عدد العبارات التي صوّتَّ عليها: { $count }
consultations-voted-some = عدد العبارات التي صوّتَّ عليها: { $count }. أحدث { $shown } منها:
consultations-change-vote = غيّر صوتك
consultations-how = كيف تشارك
consultations-how-vote = تُعرض العبارات واحدة تلو الأخرى. اختر لكل منها: أوافق أو لا أوافق أو تخطٍّ. يمكنك تغيير صوتك لاحقاً: العبرة بآخر صوت.
consultations-how-write-after = يمكنك أيضاً أن تكتب عباراتك ليصوّت عليها الآخرون. تُعرض فوراً، ويمكن للمشرفين سحب عبارة لاحقاً مع بيان السبب علناً.
consultations-how-write-before = يمكنك أيضاً أن تكتب عباراتك ليصوّت عليها الآخرون. يوافق مشرف على كل منها قبل عرضها.
consultations-how-record = تُقيَّد الأصوات والعبارات في السجل العام. يشارك المندوبون وأعضاء المنظمات بمعرّفهم العلني، ويشارك أفراد الجمهور باسم مستعار خاص بهذه المشاورة وحدها.
consultations-progress = سير المشاورة
consultations-results-link = اطّلع على النتائج
consultations-details = التفاصيل
consultations-col-status = الحالة
consultations-col-audience = من يشارك
consultations-col-language = اللغة ذات الحجية
consultations-col-moderation = الإشراف
consultations-col-write = يكتب المشاركون عبارات
consultations-col-results = النتائج
consultations-col-convened = الجهة الداعية
consultations-col-opens = موعد الفتح
consultations-col-closes = موعد الإغلاق
consultations-col-created = أُنشئت في
consultations-entry = القيد { $index }
consultations-by-secretariat = الأمانة
consultations-by-delegation = وفد { $member }
consultations-manage = إدارة المشاورة
consultations-open-button = افتح المشاورة
consultations-close-button = أغلق المشاورة
consultations-reopen-button = أعد فتح المشاورة
consultations-reopen-closes = موعد إغلاق جديد (اختياري)
consultations-time-hint = بالتوقيت العالمي المنسق (UTC)، مثلاً 2027-01-15 09:00.
consultations-moderation-link = الإشراف على العبارات
consultations-error-choice = اختر: أوافق أو لا أوافق أو تخطٍّ
consultations-error-statement = لم تعد تلك العبارة تقبل أصواتاً. إليك عبارة أخرى.
consultations-error-text-empty = اكتب عبارتك
consultations-error-text-line = اكتب عبارتك في فقرة واحدة، دون فواصل أسطر
consultations-error-statement-language = اختر لغة عبارتك
consultations-error-duplicate = هذه العبارة موجودة في المشاورة (العبارة { $number }). صوّت عليها أو اكتب عبارة أخرى.
consultations-error-time = أدخل تاريخاً ووقتاً، مثلاً 2027-01-15 09:00

consultations-new-heading = بدء مشاورة
consultations-new-lead = تُنشأ المشاورة مسودةً: لا يراها قبل فتحها إلا أنت ومن يديرها معك.
consultations-new-language = اللغة ذات الحجية
consultations-new-language-hint = اللغة التي كُتب بها العنوان والسؤال والعبارات الأولية.
consultations-new-title = العنوان
consultations-new-title-hint = باللغة ذات الحجية، في سطر واحد، { $max } حرفاً على الأكثر.
consultations-new-question = السؤال
consultations-new-question-hint = السؤال المطروح على المشاركين، في فقرة واحدة من { $max } حرف على الأكثر.
consultations-new-translations = الترجمات (اختيارية)
consultations-new-translations-hint = أدخل العنوان والسؤال بلغات أخرى. اترك اللغة ذات الحجية فارغة: نصّاها هما المذكوران أعلاه.
consultations-new-translation = الترجمة إلى { $language }
consultations-new-title-in = العنوان باللغة { $language }
consultations-new-question-in = السؤال باللغة { $language }
consultations-new-settings = الإعدادات
consultations-new-audience = من يشارك
consultations-new-moderation = الإشراف
consultations-new-write = يمكن للمشاركين كتابة عبارات
consultations-new-results = النتائج ما دامت مفتوحة
consultations-new-results-hint = بعد إغلاقها، يرى الجميع النتائج.
consultations-new-opens = موعد الفتح (اختياري)
consultations-new-closes = موعد الإغلاق (اختياري)
consultations-new-seeds = العبارات الأولية (اختيارية)
consultations-new-seeds-hint = عبارة في كل سطر، باللغة ذات الحجية: { $count } عبارة على الأكثر، لا تتجاوز كل منها { $max } حرفاً.
consultations-new-open-now = افتحها فور إنشائها
consultations-new-submit = أنشئ المشاورة
consultations-new-cancel = إلغاء
consultations-error-required = أدخله باللغة ذات الحجية
consultations-error-one-paragraph = اكتبه في فقرة واحدة، دون فواصل أسطر
consultations-error-seeds-count = أدخل { $max } عبارة أولية على الأكثر
consultations-error-seed-long = العبارة الأولية { $number } أطول من { $max } حرفاً
consultations-error-seed-control = احذف علامات الجدولة ورموز التحكم من العبارة الأولية { $number }
consultations-error-seed-twice = العبارة الأولية { $number } تكرّر عبارة سابقة
consultations-error-language-choose = اختر اللغة ذات الحجية
consultations-error-audience-choose = اختر من يشارك
consultations-error-moderation-choose = اختر طريقة الإشراف على العبارات
consultations-error-results-choose = اختر من يرى النتائج ما دامت مفتوحة
consultations-error-open-now = اترك موعد الفتح فارغاً لفتحها الآن، أو ألغِ تحديد «افتحها فور إنشائها»
consultations-error-authentic-twice = هذه هي اللغة ذات الحجية: نصّها هو المذكور أعلاه. اترك هذا الحقل فارغاً.
consultations-error-closes-before = يجب أن يأتي موعد الإغلاق بعد موعد الفتح
consultations-error-texts = راجع العنوان والسؤال والعبارات الأولية

secretariat-consultations-text = اطرح سؤالاً على الأعضاء والجهات صاحبة المصلحة والجمهور باللغات الست.

notice-consultation-created = أُنشئت المشاورة مسودةً وقُيّدت في السجل العام. افتحها عندما تكون جاهزة.
notice-consultation-opened = المشاورة مفتوحة. يمكن للمعنيين بها المشاركة الآن.
notice-consultation-closed = أُغلقت المشاورة. نتائجها متاحة للجميع.
notice-consultation-reopened = فُتحت المشاورة من جديد.
notice-vote-recorded = سُجّل صوتك. إليك العبارة التالية.
notice-statement-added = أُضيفت عبارتك. يمكن للآخرين التصويت عليها الآن.
notice-statement-held = سُجّلت عبارتك. سيوافق عليها مشرف قبل أن يراها الآخرون.
notice-statement-flagged = أُبلغ المشرفون عن العبارة. شكراً لك.

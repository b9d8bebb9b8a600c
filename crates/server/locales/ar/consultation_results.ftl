# نتائج المشاورة وقائمة المشرفين. العربية.

results-consultations = المشاورات
results-heading = النتائج
results-page-title = النتائج: { $title }
results-statement-gone = سُحب نص هذا البيان.
results-hidden-participants = ما دامت هذه المشاورة مفتوحة، لا تُعرض نتائجها إلا لمن صوّت فيها. وبعد إغلاقها تُعرض على الجميع.
results-hidden-take-part = الانتقال إلى المشاورة للمشاركة فيها
results-computing = يجري حساب النتائج من السجل العام. وقت التحقق: { $time }.
results-computing-later = أعد تحميل هذه الصفحة بعد دقيقة لرؤيتها.
results-covers = يشمل هذا التحليل السجل العام حتى القيد { $entry }. حسبه { $engine } في { $time }، ويمكن لأي شخص إعادة حسابه من السجل.
results-participants = المشاركون الذين صوّتوا
results-statements = البيانات
results-votes = الأصوات
results-clustered = المشاركون المصنفون في مجموعات رأي
results-map-heading = خريطة الآراء
results-map-lead = كل دائرة مجموعة من المشاركين صوّتوا بطريقة متشابهة: كلما اقتربت دائرتان تشابهت أصواتهما. مساحة الدائرة متناسبة مع عدد مشاركيها، وكل مجموعة رأي محاطة بخط ومرقّمة.
results-map-title = خريطة آراء المشاركين
results-map-description = { $count ->
    [one] تجمّع واحد من المشاركين موضوع بحسب أصواتهم. يعرض الجدول المجاور للخريطة الأرقام نفسها.
   *[other] { $count } تجمّعًا من المشاركين موضوعة بحسب أصواتهم ومحاطة بحسب مجموعة الرأي. يعرض الجدول المجاور للخريطة الأرقام نفسها.
}
results-map-caption = تجمّعات الخريطة
results-map-none = لم يوضع أحد على الخريطة بعد.
results-col-cluster = التجمّع
results-col-group = المجموعة
results-col-participants = المشاركون
results-col-x = المحور الأول
results-col-y = المحور الثاني
results-col-statement = البيان
results-no-group = لا شيء
results-groups-heading = مجموعات الرأي
results-groups-lead = يشكّل المشاركون الذين يصوّتون بطريقة متشابهة مجموعة. تُعرض كل مجموعة مع البيانات التي تميّزها أكثر من غيرها.
results-groups-none = لا توجد مجموعات رأي بعد: عدد من صوّتوا على ما يكفي من البيانات قليل جدًا.
results-group = المجموعة { $number }
results-group-size = { $count ->
    [one] مشارك واحد
    [two] مشاركان
    [few] { $shown } مشاركين
   *[other] { $shown } مشاركًا
}
results-representative-none = لا يوجد بعد بيان يميّز هذه المجموعة.
results-rep-agree = وافق { $percent }٪ من { $count } صوّتوا عليه في هذه المجموعة
results-rep-disagree = لم يوافق { $percent }٪ من { $count } صوّتوا عليه في هذه المجموعة
results-consensus-heading = ما يتفق عليه المشاركون
results-consensus-lead = البيانات التي يوافق عليها معظم المشاركين أو يرفضونها، أيًّا كانت مجموعتهم.
results-agree-heading = يوافق عليها المعظم
results-disagree-heading = يرفضها المعظم
results-informed-heading = التوافق بين المجموعات
results-informed-hint = البيانات التي يُرجَّح أن توافق عليها كل مجموعة رأي. الدرجة حاصل ضرب احتمال موافقة كل مجموعة: الدرجة 1 تعني موافقة مؤكدة في كل المجموعات.
results-informed-score = الدرجة { $score }
results-bridging-heading = بيانات تقرّب بين الآراء
results-bridging-hint = البيانات التي يوافق عليها أشخاص لا يتفقون عادةً فيما بينهم.
results-bridging-score = درجة التقريب { $score }
results-none = لا شيء بعد.
results-constituencies-heading = الموافقة بحسب الفئة
results-constituencies-lead = كيف صوّت على كل بيان المصوّتون من كل مجموعة إقليمية، ومن كل هيئة من هيئات منظمات أصحاب المصلحة، ومن الجمهور. يُحتسب آخر صوت لكل شخص.
results-cross-bloc-heading = التوافق عبر الكتل
results-cross-bloc-hint = البيانات التي توافق عليها أغلبية المصوّتين في كل مجموعة إقليمية.
results-cross-bloc-more = { $count ->
    [one] وبيان آخر.
    [two] وبيانان آخران.
    [few] و{ $count } بيانات أخرى.
   *[other] و{ $count } بيانًا آخر.
}
results-table-hint = تعرض كل خانة نسبة الموافقين بين مصوّتي الفئة على البيان، ثم أصوات الموافقة من مجموع أصواتها (موافقة أو رفض أو امتناع). تأتي البيانات الأكثر تصويتًا أولًا.
results-table-caption = الموافقة على كل بيان بحسب الفئة، الصفحة { $page } من { $pages }
results-table-none = لم يحصل أي بيان على أصوات بعد.
results-public = الجمهور
results-column = { $name } ({ $count ->
    [one] مصوّت واحد
    [two] مصوّتان
    [few] { $shown } مصوّتين
   *[other] { $shown } مصوّتًا
})
results-cell = { $percent }٪ ({ $agree }/{ $votes })
results-no-votes = لا أصوات

moderation-heading = الإشراف
moderation-page-title = الإشراف: { $title }
moderation-lead = قرّر بشأن البيانات التي تنتظر الموافقة وتلك التي أبلغ عنها المشاركون. يُسجَّل كل قرار في السجل العام، ويُعرض سبب الرفض على الجميع.
moderation-results-link = عرض نتائج هذه المشاورة
moderation-waiting-heading = بانتظار قرار
moderation-count = { $count ->
    [0] لا يوجد بيان بانتظار قرار.
    [one] بيان واحد بانتظار قرار.
    [two] بيانان بانتظار قرار، الأقدم أولًا.
    [few] { $shown } بيانات بانتظار قرار، الأقدم أولًا.
   *[other] { $shown } بيانًا بانتظار قرار، الأقدم أولًا.
}
moderation-statement = البيان { $number }
moderation-author = كُتب باسم
moderation-author-member = وفد { $member }
moderation-author-organization = { $organization } (هيئة { $chamber })
moderation-author-public = فرد من الجمهور
moderation-author-secretariat = الأمانة
moderation-language = اللغة
moderation-status = الحالة
moderation-status-pending = بانتظار الموافقة
moderation-status-approved = مقبول
moderation-status-meta = عن النقاش نفسه
moderation-status-rejected = مرفوض
moderation-flagged = أبلغ عنه المشاركون
moderation-flags = { $count ->
    [one] مرة واحدة منذ آخر قرار
    [two] مرتان منذ آخر قرار
    [few] { $shown } مرات منذ آخر قرار
   *[other] { $shown } مرة منذ آخر قرار
}
moderation-decision = قرارك بشأن البيان { $number }
moderation-approve = قبول: يراه المشاركون ويصوّتون عليه
moderation-reject = رفض: إخراجه من المشاورة
moderation-meta = عن النقاش نفسه: يُصوَّت عليه لكنه لا يدخل في مجموعات الرأي
moderation-reason = السبب
moderation-reason-hint = مطلوب للرفض. يمكن لأي شخص قراءته في السجل العام.
moderation-submit = تسجيل القرار
moderation-error-verdict = اختر قبول البيان أو رفضه أو وسمه بأنه عن النقاش نفسه
moderation-error-reason = أدخل سبب رفض البيان
moderation-error-reason-long = السبب طويل جدًا: اختصره
moderation-no-reason = لم يُذكر سبب
moderation-translations-heading = الترجمات
moderation-translations-lead = أضف ترجمة لبيان ليقرأه المشاركون بلغتهم. تحلّ الترجمة الجديدة إلى لغة ما محلّ الترجمة السابقة.
moderation-translations-page = البيانات، الصفحة { $page } من { $pages }
moderation-translated = مترجم إلى: { $languages }
moderation-translation-language = لغة الترجمة
moderation-language-choose = اختر لغة
moderation-translation-text = الترجمة
moderation-translation-submit = إضافة الترجمة
moderation-error-language = اختر لغة الترجمة
moderation-error-language-own = اختر لغة غير اللغة المكتوب بها البيان
moderation-error-text = أدخل الترجمة
moderation-rejected-heading = المرفوضة مؤخرًا
moderation-rejected-none = لم يُرفض أي بيان.
moderation-rejected-caption = آخر البيانات المرفوضة مع أسبابها
moderation-col-reason = السبب المذكور
notice-statement-moderated = سُجّل القرار في السجل العام.
notice-statement-translated = أُضيفت الترجمة وسُجّلت في السجل العام.
results-imported = مستورد من { $source }. جُمعت البيانات باستخدام برنامج Polis ‏(compdemocracy.org/polis) وهي مرخّصة من الباطن بموجب CC BY 4.0 مع الإسناد إلى The Computational Democracy Project.

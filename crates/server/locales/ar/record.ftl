# السجل العام وقيوده وبراهينها، والجملة الخاصة بكل نوع من الأحداث.
# العربية.

record-title = السجل العام
record-lead = كل إجراء عام تتخذه المنظمة هو قيد في هذا السجل. تُضاف القيود فقط، ولا تُعدَّل أو تُحذف أبدًا.
record-verify = توقّع المنظمة السجل بانتظام. ويستطيع أي شخص أن يتحقق من أن قيدًا ما موجود في السجل الموقَّع، وأن السجل لم يُعَد كتابته قط.
record-checkpoint = أحدث نقطة تحقق موقَّعة
record-size = عدد القيود المشمولة
record-root = تجزئة الجذر (SHA-256)
record-origin = اسم السجل
record-key = مفتاح توقيع السجل
record-note = المذكرة الموقَّعة
record-note-hint = نقطة التحقق كما وُقِّعت تمامًا. ويمكن للبرامج الحصول عليها من العنوان
record-entries = القيود
record-caption = القيود، الأحدث أولًا، الصفحة { $page } من { $pages }
record-col-entry = القيد
record-col-time = الوقت (UTC)
record-col-event = ما حدث

entry-title = القيد { $index }
entry-time = الوقت (UTC)
entry-actor = سجّله
entry-kind = نوع الحدث
entry-json = القيد كما سُجِّل
entry-json-hint = هذه هي البايتات الدقيقة للقيد: JSON في صيغته القانونية (RFC 8785).
entry-leaf = تجزئة الورقة
entry-leaf-hint = SHA-256 لبايت صفري متبوع ببايتات القيد.
entry-proof = برهان وجود القيد في السجل
entry-proof-lead = يبيّن برهان التضمين هذا أن القيد { $index } موجود في السجل الموقَّع عند { $size } قيدًا، وتجزئة جذره هي:
entry-proof-empty = لا يتضمن السجل الموقَّع سوى هذا القيد، ولذلك فإن تجزئة ورقته هي تجزئة الجذر.
entry-proof-caption = تجزئات البرهان، من القيد صعودًا
entry-proof-step = الخطوة
entry-proof-hash = التجزئة (SHA-256)
entry-check-title = كيف تتحقق بنفسك
entry-check-leaf = احسب تجزئة ورقة القيد: SHA-256 لبايت صفري متبوع ببايتات القيد.
entry-check-path = ادمجها بالتتابع مع كل تجزئة من تجزئات البرهان، كما يصف المعيار RFC 9162 (الفرع 2.1.3.2): كل خطوة هي SHA-256 لبايت قيمته واحد متبوع بالتجزئة اليسرى ثم التجزئة اليمنى.
entry-check-root = يجب أن تساوي النتيجة تجزئة جذر نقطة التحقق الموقَّعة، وأن يُتحقَّق من توقيع نقطة التحقق بمفتاح السجل الذي نشرته المنظمة.
entry-check-command = أو تحقّق من جميع قيود السجل دفعة واحدة ببرنامج سطر الأوامر الخاص بـ Concord:
entry-not-signed = لم تشمل أي نقطة تحقق موقَّعة هذا القيد بعد، ولذلك لا يوجد له برهان حتى الآن. أعد تحميل الصفحة بعد قليل.
entry-nav = قيود أخرى
entry-previous = القيد السابق
entry-next = القيد التالي

event-organization-founded = تأسيس المنظمة { $name }.
event-member-admitted = { $status ->
    [observer] قبول دولة مراقبة: { $name }.
   *[member] قبول دولة عضو: { $name }.
}
event-document-published = نشر الوثيقة { $number } «{ $title }» باللغة { $language }.
event-blob-redacted = سُحب نص «{ $title }». السبب المذكور: { $reason }
event-secretariat-appointed = انضم { $handle } إلى الأمانة.
event-observer-accredited = اعتُمد { $handle } بصفة مراقب.
event-delegation-member-added = { $role ->
    [head] اعتُمد { $handle } رئيسًا لوفد { $member }.
    [delegate] عُيّن { $handle } مندوبًا عن { $member }.
   *[alternate] عُيّن { $handle } مندوبًا مناوبًا عن { $member }.
}
event-delegation-member-removed = غادر { $handle } وفد { $member }.
event-organization-applied = طلبت { $name } المشاركة في { $chamber ->
    [industry] غرفة قطاع الصناعة
    [research] غرفة البحث العلمي
    [civil_society] غرفة المجتمع المدني
   *[intergovernmental] الغرفة الحكومية الدولية
}.
event-organization-admitted = قُبلت { $name }.
event-organization-declined = لم تُقبل { $name }. السبب المذكور: { $reason }
event-organization-member-added = انضم { $handle } إلى { $name }.
event-organization-member-removed = غادر { $handle } { $name }.
event-unreadable = تعذّرت قراءة هذا القيد.

event-consultation-created = أُنشئت المشاورة { $id }: «{ $title }».
event-consultation-opened = فُتحت المشاورة { $id }.
event-consultation-closed = أُغلقت المشاورة { $id }.
event-consultation-reopened = أُعيد فتح المشاورة { $id }.
event-consultation-statement-added = أُضيف الرأي { $statement } إلى المشاورة { $id }.
event-consultation-statement-moderated = { $verdict ->
        [approve] وافق مشرف على
        [reject] رفض مشرف
       *[meta] وسم مشرف بوصفه رأيًا عامًا
    } الرأي { $statement } في المشاورة { $id }.
event-consultation-statement-translated = تُرجم الرأي { $statement } في المشاورة { $id } إلى { $language }.
event-consultation-statement-flagged = أُبلغ المشرفون عن الرأي { $statement } في المشاورة { $id }.
event-consultation-voted = صوت على الرأي { $statement } في المشاورة { $id }.
event-consultation-import-started = بدأ استيراد المشاورة { $id } من { $source }.
event-consultation-statement-imported = استُورد الرأي { $statement } في المشاورة { $id } (التعليق { $comment } من ملف التصدير).
event-consultation-vote-imported = صوت مستورد للمشارك { $participant } على الرأي { $statement } في المشاورة { $id }.
event-consultation-import-finished = انتهى استيراد المشاورة { $id }؛ وهي مغلقة.

event-decision-types-published = نُشر الإصدار { $version } من أنواع القرارات ({ $count } أنواع).
event-decision-key-registered = سُجّل { $custodied ->
        [yes] مفتاح توقيع يحفظه الخادم (في العهدة)
       *[no] مفتاح توقيع
    } لـ { $signatory }.
event-decision-key-revoked = أُلغي مفتاح توقيع لـ { $signatory }.
event-decision-ballot-opened = فُتح الاقتراع { $id }: «{ $title }».
event-decision-alternate-designated = عُيّن { $handle } للتصويت باسم { $member } في الاقتراع { $id }.
event-decision-proxy-given = منحت { $from } توكيلها في الاقتراع { $id } إلى { $to }.
event-decision-proxy-revoked = سحبت { $from } توكيلها في الاقتراع { $id }.
event-decision-voted = صوّتت { $member } { $choice ->
        [yes] بنعم
        [no] بلا
       *[abstain] بالامتناع
    } في الاقتراع { $id }{ $how ->
        [recorded] ، وسجّلت الأمانة التصويت
        [proxy] ، عن طريق { $holder } بالوكالة
       *[own] {""}
    }.
event-decision-ballot-closed = أُغلق الاقتراع { $id }: { $outcome ->
        [adopted] اعتُمد
        [rejected] رُفض
       *[pending] معلّق
    }.
event-divide-methodology-published = نُشر الإصدار { $version } من منهجية مؤشر الفجوة في الذكاء الاصطناعي.
event-divide-series-recorded = سُجّلت { $count } قيم للمؤشر { $indicator } لـ{ $member }.
event-divide-value-submitted = قدّمت { $member } قيمة للمؤشر { $indicator } لعام { $year } (الطلب { $id }).
event-divide-submission-accepted = قُبل الطلب { $id }.
event-divide-submission-rejected = رُفض الطلب { $id }: { $reason }

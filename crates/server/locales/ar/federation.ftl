# الاتحاد: شريط الموقع المرآة، والتنبيه عند وجود دليل على تشعّب، ورفض
# التغيير على المرآة، وصفحة العُقد. العربية.

nodes-record-link = عُقد السجل وشهوده

mirror-tag = مرآة
mirror-banner = هذا الموقع مرآة لسجل { $hub }. يحتوي على { $count ->
    [zero] لا قيود
    [one] قيد واحد
    [two] قيدين
    [few] { $shown } قيود
   *[other] { $shown } قيدًا
}؛ وكان آخر تطابق له مع العقدة المركزية في { $time }.
mirror-banner-never = هذا الموقع مرآة لسجل { $hub }. يحتوي على { $count ->
    [zero] لا قيود
    [one] قيد واحد
    [two] قيدين
    [few] { $shown } قيود
   *[other] { $shown } قيدًا
}؛ ولم يتطابق بعد مع العقدة المركزية.
mirror-nodes-link = حول هذه المرآة
mirror-warning = تحذير
mirror-silent = لم تستجب العقدة المركزية منذ { $time }: يعرض هذا الموقع السجل كما كان حينها.
mirror-silent-never = لم تستجب العقدة المركزية بعد: قد لا يعرض هذا الموقع أحدث قيود السجل.

fork-alert-held = عرضت العقدة المركزية تاريخًا للسجل يناقض التاريخ الذي كانت هذه العقدة تحتفظ به من قبل.
fork-alert-peer = عرضت العقدة المركزية تاريخًا للسجل يناقض التاريخ الذي تحتفظ به عقدة أخرى.
fork-alert-stopped = توقفت هذه العقدة عن متابعة العقدة المركزية في { $time }.
fork-alert-found = اكتُشف ذلك في { $time }.
fork-alert-link = الاطلاع على الدليل

mirror-refused-title = هذا الموقع مرآة للقراءة فقط
mirror-refused-body = يحتفظ بنسخة من سجل { $hub } ولا يقبل أي تغيير.
mirror-refused-next = لتسجيل الدخول أو التصويت أو إرسال أي شيء آخر، استخدم العقدة المركزية.
mirror-refused-hub = الانتقال إلى العقدة المركزية

nodes-title = العُقد والشهود
nodes-lead = تحتفظ عدة عُقد بنسخ من السجل العام، ويوقّع الشهود على نقاط التحقق الخاصة به توقيعًا مشتركًا. ويضمنون معًا ألا يستطيع أحد إعادة كتابة السجل، أو عرض سجلات مختلفة على قرّاء مختلفين، دون أن يُكتشف ذلك.
nodes-this = هذه العقدة
nodes-role = الدور
nodes-role-hub = عقدة مركزية: توقّع السجل
nodes-role-mirror = مرآة: نسخة للقراءة فقط من سجل العقدة المركزية
nodes-hub = العقدة المركزية
nodes-origin = اسم السجل
nodes-log-key = مفتاح السجل
nodes-entries = القيود المحفوظة
nodes-behind = القيود المتأخرة عن العقدة المركزية
nodes-in-step = آخر تطابق مع العقدة المركزية
nodes-following = تتابع العقدة المركزية
nodes-following-yes = نعم
nodes-following-no = لا: متوقفة
nodes-witness-key = مفتاح الشاهد لهذه العقدة
nodes-never = أبدًا
nodes-none-yet = لا شيء بعد
nodes-no-error = لا يوجد
nodes-witnesses = الشهود
nodes-witnesses-lead = يتحقق الشاهد من أن كل نقطة تحقق جديدة تمدّد النقطة التي وقّعها من قبل، ثم يوقّعها. وتُعدّ نقاط التحقق مشهودًا عليها عندما يوقّعها عدد كافٍ من الشهود.
nodes-quorum = تحتاج نقاط التحقق إلى توقيعات المجموعة:
nodes-witnesses-none = لا تطلب هذه العقدة توقيع أي شاهد.
nodes-witnesses-caption = الشهود وآخر ما وقّعه كل منهم
nodes-col-witness = الشاهد
nodes-col-cosigned-size = آخر حجم موقَّع
nodes-col-cosigned-at = تاريخ التوقيع
nodes-col-error = آخر خطأ
nodes-witnessed = السجلات التي تشهد عليها هذه العقدة
nodes-witnessed-caption = آخر نقطة تحقق وقّعتها هذه العقدة لكل سجل
nodes-col-log = السجل (اسم السجل)
nodes-peers = العُقد النظيرة
nodes-peers-none = لا تقارن هذه العقدة نقاط التحقق الخاصة بها مع أي عقدة أخرى.
nodes-peers-caption = العُقد التي تقارن معها هذه العقدة نقاط التحقق
nodes-col-peer = العقدة
nodes-col-peer-size = الحجم الذي عرضته
nodes-col-checked-at = آخر استعلام
nodes-evidence = الأدلة
nodes-evidence-lead = يُحفظ دليل عندما توقّع العقدة المركزية نقطة تحقق لا يمكن أن تصح إلى جانب نقطة أخرى: يمكن لأي شخص التحقق من كل ملف باستخدام concord evidence check.
nodes-evidence-none = لم يُعثر على أي دليل على سجل أُعيدت كتابته أو انقسم.
nodes-evidence-caption = الأدلة التي تحتفظ بها هذه العقدة
nodes-col-number = الرقم
nodes-col-kind = ما يُظهره
nodes-col-found = تاريخ الاكتشاف
nodes-col-detail = التفاصيل
nodes-col-file = الملف
nodes-evidence-file = ملف الدليل (JSON)
nodes-kind-rewrite = أُعيدت كتابة السجل
nodes-kind-shrank = تقلّص السجل
nodes-kind-split-view = عُرضت على عُقد مختلفة سجلات مختلفة
nodes-kind-bad-signature = نقطة تحقق بتوقيع غير صالح
nodes-kind-bad-tiles = قيود لا تطابق نقطة التحقق الموقَّعة

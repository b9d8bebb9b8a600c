# منظمات أصحاب المصلحة وطلباتها وقبولها. العربية.

orgs-title = منظمات أصحاب المصلحة
orgs-lead = تشارك الشركات ومؤسسات البحث ومنظمات المجتمع المدني والمنظمات الحكومية الدولية في أعمال المنظمة ضمن أربع غرف. وتقبلها الأمانة بناءً على طلب.
orgs-chambers-heading = الغرف
orgs-apply-link = تقديم طلب باسم منظمتك
orgs-filter-form = تصفية المنظمات
orgs-chamber-label = الغرفة
orgs-status-label = الحالة
orgs-any-chamber = جميع الغرف
orgs-any-status = أي حالة
orgs-filter = تصفية
orgs-clear = مسح عوامل التصفية
orgs-error-chamber = اختر غرفة من القائمة
orgs-error-status = اختر حالة من القائمة
orgs-count = { $count ->
    [0] لم يُعثر على أي منظمة
    [one] عُثر على منظمة واحدة
    [two] عُثر على منظمتين
    [few] عُثر على { $count } منظمات
   *[other] عُثر على { $count } منظمة
}
orgs-caption = منظمات أصحاب المصلحة، حسب ترتيب تقديم الطلبات
orgs-col-name = الاسم
orgs-col-chamber = الغرفة
orgs-col-country = البلد
orgs-col-status = الحالة
orgs-none = لا توجد منظمة تطابق عوامل التصفية هذه.
orgs-no-country = غير محدد
orgs-status-applied = قُدِّم الطلب
orgs-status-admitted = مقبولة
orgs-status-declined = مرفوضة

chamber-industry = الصناعة
chamber-research = البحث
chamber-civil_society = المجتمع المدني
chamber-intergovernmental = المنظمات الحكومية الدولية
chamber-about-industry = الشركات والرابطات الصناعية.
chamber-about-research = الجامعات ومؤسسات البحث.
chamber-about-civil_society = المنظمات غير الحكومية ومنظمات المجتمع المدني.
chamber-about-intergovernmental = المنظمات الحكومية الدولية ووكالاتها.

org-details = التفاصيل
org-chamber = الغرفة
org-country = البلد
org-website = الموقع الشبكي
org-applicant = مقدم الطلب ومدير المنظمة
org-applied = الطلب
org-decided = القرار
org-reason = سبب الرفض
org-entry = القيد { $index } من السجل العام
org-members = الأعضاء
org-members-none = ليس للمنظمة أعضاء بعد. ينضم إليها أعضاؤها بعد قبولها.
org-manager = المدير
org-remove = إزالة { $handle }
org-invite-heading = دعوة عضو
org-invite-lead = يتلقى الشخص رابطاً يُستخدم مرة واحدة، ينشئ به حسابه بصفته عضواً في هذه المنظمة.
org-invite-note = الشخص المقصود بالدعوة (اختياري)
org-invite-note-hint = يبقى سرياً، لقائمة دعواتك الخاصة.
org-invite-email = عنوان البريد الإلكتروني (اختياري)
org-invite-email-hint = يُرسل الرابط إلى هذا العنوان إذا كان هذا الخادم قادراً على إرسال البريد الإلكتروني. ولا يُحتفظ بالعنوان.
org-invite-submit = إنشاء رابط الدعوة
org-invite-error-note = أدخل { $max } حرفاً على الأكثر
org-invite-created-title = أُنشئ رابط الدعوة
org-invite-link-label = رابط الدعوة الذي يُستخدم مرة واحدة:
org-invite-once = أرسله إلى الشخص بصورة سرية. يعمل مرة واحدة، حتى { $date }. لا يُعرض إلا الآن: انسخه قبل مغادرة هذه الصفحة.
org-invite-back = العودة إلى المنظمة

apply-title = تقديم طلب باسم منظمتك
apply-lead = تبتّ الأمانة في كل طلب، ويُقيَّد قرارها في السجل العام. وبعد قبول منظمتك، تتولى إدارة أعضائها.
apply-name = اسم المنظمة
apply-chamber = الغرفة
apply-chamber-hint = الغرفة التي ستشارك فيها المنظمة.
apply-country = البلد الذي يوجد فيه مقرها (اختياري)
apply-website = الموقع الشبكي (اختياري)
apply-website-hint = مثلاً: https://www.example.org
apply-submit = إرسال الطلب
apply-cancel = إلغاء
apply-error-name = أدخل اسم المنظمة
apply-error-name-form = أدخل اسماً لا يتجاوز 200 حرف، في سطر واحد
apply-error-chamber = اختر غرفة المنظمة
apply-error-country = اختر بلداً من القائمة
apply-error-website = أدخل عنواناً شبكياً لا يتجاوز 300 حرف ويبدأ بـ https:// أو http://
apply-error-pending = لا يزال طلبك السابق في انتظار قرار. يمكنك تقديم طلب جديد بعد أن تبتّ الأمانة فيه.
apply-error-affiliated = أنت تعمل بالفعل باسم دولة عضو أو منظمة أو الأمانة. ولا يعمل الحساب الواحد إلا باسم جهة واحدة منها في آن واحد.

adm-title = قبول المنظمات
adm-lead = اقبل المنظمات المتقدمة بطلبات أو ارفضها. يُقيَّد كل قرار في السجل العام، مع سبب الرفض عند الرفض.
adm-waiting-heading = الطلبات قيد الانتظار
adm-waiting-none = لا يوجد طلب في انتظار قرار.
adm-decision = القرار بشأن { $name }
adm-admit = قبول
adm-decline = رفض
adm-reason = سبب الرفض
adm-reason-hint = إلزامي عند الرفض. ويُنشر في السجل العام.
adm-submit = تسجيل القرار
adm-error-decision = اختر قبول المنظمة أو رفضها
adm-error-reason = أدخل سبب الرفض
adm-error-reason-long = أدخل سبباً لا يتجاوز 1000 حرف
adm-error-affiliated = أصبح مقدم الطلب يعمل باسم دولة عضو أو منظمة أو الأمانة، ولذلك لا يمكن قبول المنظمة. ارفضها مع بيان السبب.
adm-recent-heading = القرارات الأخيرة
adm-recent-caption = آخر القرارات، من الأحدث إلى الأقدم
adm-recent-none = لم يُبتّ في أي طلب بعد.

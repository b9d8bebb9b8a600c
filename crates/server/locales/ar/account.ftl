# الحساب الشخصي: قبول الدعوة، والتسجيل، وملخص الحساب، وكلمة المرور،
# ورموز واجهة البرمجة. العربية.

account-role-anonymous = زائر
account-role-participant = مشارك
account-role-observer = مراقب
account-role-stakeholder = عضو في منظمة من أصحاب المصلحة
account-role-alternate = مناوب
account-role-delegate = مندوب
account-role-head_of_delegation = رئيس الوفد
account-role-secretariat = موظف في الأمانة

# ما يجوز لرمز واجهة البرمجة القيام به.
account-action-read_public = الاطلاع على السجل العام
account-action-read_own_account = الاطلاع على حسابك
account-action-manage_own_credentials = تغيير كلمة المرور وإعدادات تسجيل الدخول بخطوتين
account-action-manage_own_tokens = إنشاء رموز واجهة البرمجة وإلغاؤها
account-action-invite_secretariat = دعوة موظفين إلى الأمانة
account-action-invite_observer = دعوة مراقبين
account-action-invite_head = اعتماد رؤساء الوفود
account-action-withdraw_head = سحب اعتماد رؤساء الوفود
account-action-invite_delegation_member = دعوة مندوبين ومناوبين
account-action-remove_delegation_member = إخراج مندوبين ومناوبين
account-action-apply_organization = تقديم طلب باسم منظمة
account-action-decide_organization = قبول المنظمات أو رفضها
account-action-invite_organization_member = دعوة أعضاء إلى منظمتك
account-action-remove_organization_member = إخراج أعضاء من منظمتك
account-action-manage_invitations = الاطلاع على دعواتك وإلغاؤها
account-action-publish_document = نشر الوثائق
account-action-create_consultation = إنشاء المشاورات
account-action-manage_consultation = فتح المشاورات وإغلاقها وإعادة فتحها
account-action-moderate_consultation = الإشراف على المشاورات
account-action-translate_statement = ترجمة بيانات المشاورات
account-action-import_consultation = استيراد مشاورات أُجريت في مكان آخر (ملفات تصدير Pol.is)
account-action-take_part = المشاركة في المشاورات
account-action-publish_decision_types = نشر إصدارات جديدة من أنواع القرارات
account-action-manage_delegation_key = تسجيل مفتاح توقيع الوفد وتبديله وإلغاؤه
account-action-open_ballot = فتح الاقتراعات
account-action-close_ballot = إغلاق الاقتراعات
account-action-record_votes = تسجيل أصوات نداء الأسماء في القاعة
account-action-cast_vote = التصويت باسم الدولة العضو في الاقتراعات
account-action-manage_proxy = منح توكيل الدولة العضو في اقتراع وسحبه
account-action-designate_alternate = تعيين مناوبين للتصويت في اقتراع
account-action-redact_content = سحب محتوى منشور
account-action-read_metrics = قراءة مقاييس الخادم
account-action-publish_methodology = نشر إصدار من منهجية مؤشر الفجوة
account-action-record_indicator_values = تسجيل قيم المؤشرات من مصادر منشورة
account-action-submit_indicator_value = تقديم قيمة وطنية أحدث لمؤشر
account-action-review_indicator_value = قبول قيم المؤشرات المقدمة أو رفضها

# حقول الحساب الجديد.
account-username = اسم المستخدم
account-username-hint = من 3 إلى 40 حرفًا: حروف لاتينية صغيرة من a إلى z، وأرقام، ونقطة، وشرطة سفلية، وشرطة (. _ -)
account-display-name = اسمك
account-display-name-hint = يظهر لك وللأمانة فقط، ولا يظهر أبدًا في السجل العام
account-password = كلمة المرور
account-password-hint = { $min } أحرف على الأقل
account-email = عنوان البريد الإلكتروني (اختياري)
account-email-hint = يبقى سريًا، ولا يُستخدم إلا لمراسلتك بشأن حسابك
account-error-username = أدخل اسم مستخدم من 3 إلى 40 حرفًا، لا يتضمن إلا حروفًا لاتينية صغيرة من a إلى z وأرقامًا ونقاطًا وشرطات سفلية وشرطات
account-error-username-taken = اسم المستخدم هذا مستخدم بالفعل. اختر اسمًا آخر
account-error-display-name = أدخل اسمك في 100 حرف على الأكثر
account-error-email = أدخل عنوان بريد إلكتروني مثل name@example.org، أو اترك الحقل فارغًا
account-error-password-short = أدخل كلمة مرور من { $min } أحرف على الأقل
account-error-password-long = أدخل كلمة مرور من { $max } حرفًا على الأكثر
account-error-limited = أُنشئ عدد كبير جدًا من الحسابات من شبكتك. أعد المحاولة بعد { $minutes } دقيقة

account-invitation-title = قبول الدعوة
account-invitation-details = دعوتك
account-invitation-lead = أنشئ حسابك لقبول الدعوة. عند القبول يُقيَّد تعيينك في السجل العام تحت معرِّف علني، ويبقى اسم المستخدم واسمك وعنوان بريدك الإلكتروني سرية.
account-invitation-role = الصفة
account-invitation-member = الدولة العضو
account-invitation-organization = المنظمة
account-invitation-invited-by = الداعي
account-invitation-expires = صالحة حتى
account-invitation-submit = القبول وإنشاء الحساب
account-invitation-gone-title = لم يعد من الممكن استخدام رابط الدعوة هذا
account-invitation-gone-body = فقد استُخدم من قبل، أو أُلغي، أو انتهت صلاحيته. ولا يصلح كل رابط دعوة إلا لمرة واحدة.
account-invitation-gone-next = اطلب من الشخص الذي دعاك أن يرسل إليك رابطًا جديدًا.
account-invitation-gone-account = إذا كنت قد أنشأت حسابك بهذا الرابط من قبل:

account-signup-title = التسجيل بصفة مشارك
account-signup-lead = يشارك أفراد الجمهور في المشاورات باسم مستعار. ولا يُظهر السجل العام إلا معرِّفًا مثل p.1a2b3c4d، ولا يُظهر أبدًا اسم المستخدم أو اسمك. ولا يلزم عنوان بريد إلكتروني.
account-signup-submit = إنشاء الحساب
account-signup-have-account = هل لديك حساب بالفعل؟

account-title = حسابك
account-name = الاسم
account-handle = المعرِّف العلني
account-handle-note = معرِّفك العلني هو المعلومة الوحيدة عنك التي يُظهرها السجل العام.
account-role = الصفة
account-member = الدولة العضو
account-organization = المنظمة
account-security = تسجيل الدخول والأمان
account-two-factor = تسجيل الدخول بخطوتين
account-two-factor-on = مفعَّل
account-two-factor-off = غير مفعَّل
account-two-factor-manage = إعداد تسجيل الدخول بخطوتين
account-cancel = إلغاء

account-password-title = تغيير كلمة المرور
account-password-lead = يؤدي تغيير كلمة المرور إلى تسجيل خروجك من جميع أجهزتك الأخرى.
account-password-current = كلمة المرور الحالية
account-password-new = كلمة المرور الجديدة
account-password-confirm = تأكيد كلمة المرور الجديدة
account-password-submit = تغيير كلمة المرور
account-password-revoke-tokens = إلغاء جميع رموز API الخاصة بي أيضًا (افعل ذلك إذا كان من الممكن أن يعرف شخص آخر كلمة مرورك)
account-sessions = جلساتك
account-sessions-lead = هل أنت مسجّل الدخول على حاسوب لم تعد تستخدمه، أو تظن أن شخصًا آخر مسجّل الدخول بحسابك؟ يؤدي «تسجيل الخروج من كل مكان» إلى إنهاء جميع جلسات حسابك، بما فيها هذه الجلسة. تظل رموز API الخاصة بك صالحة.
account-sign-out-everywhere = تسجيل الخروج من كل مكان
account-error-current-missing = أدخل كلمة المرور الحالية
account-error-current-wrong = كلمة المرور الحالية غير صحيحة
account-error-confirm = كلمتا المرور الجديدتان غير متطابقتين. أدخل كلمة المرور نفسها مرتين

account-tokens-title = رموز واجهة البرمجة
account-tokens-lead = تتيح رموز واجهة البرمجة لأداة سطر الأوامر ولبرامجك الخاصة التصرف نيابة عنك، في حدود الصلاحيات التي تمنحها لها فقط. احفظ الرمز بالسرية نفسها التي تحفظ بها كلمة المرور.
account-tokens-caption = رموزك
account-tokens-none = ليس لديك أي رمز لواجهة البرمجة حتى الآن.
account-tokens-col-scopes = الصلاحيات
account-tokens-col-created = تاريخ الإنشاء
account-tokens-col-expires = تاريخ الانتهاء
account-tokens-col-used = آخر استخدام
account-tokens-col-status = الحالة
account-tokens-col-actions = الإجراءات
account-tokens-never = لم يُستخدم قط
account-token-active = ساري
account-token-revoked = ملغى
account-token-expired = منتهي الصلاحية
account-token-revoke = إلغاء الرمز
account-tokens-new = إنشاء رمز
account-token-name = الاسم
account-token-name-hint = للتعرف عليه لاحقًا، مثل «سطر الأوامر في الحاسوب المحمول»
account-token-expiry = تنتهي صلاحيته بعد
account-token-days = { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
account-token-scopes = ما يجوز له القيام به
account-token-scopes-hint = لا تمنحه إلا الصلاحيات التي يحتاج إليها برنامجك.
account-token-submit = إنشاء الرمز
account-error-token-name = أدخل اسمًا من 100 حرف على الأكثر
account-error-token-expiry = اختر موعد انتهاء صلاحية الرمز
account-error-token-scopes = اختر أمرًا واحدًا على الأقل يجوز للرمز القيام به

account-token-created-title = رمزك الجديد لواجهة البرمجة
account-token-created-copy = انسخ هذا الرمز الآن، فلن يُعرض مرة أخرى: لا يُحتفظ إلا ببصمته.
account-token-created-how = طريقة استخدامه
account-token-created-api = أرسله مع كل طلب إلى واجهة JSON البرمجية، في الترويسة Authorization:
account-token-created-cli = أو مرِّره إلى أداة سطر الأوامر بالخيار --token أو في متغير البيئة CONCORD_TOKEN:
account-token-created-lost = إذا فقدته، أو إذا كان من المحتمل أن يكون قد اطلع عليه غيرك، فألغِه وأنشئ رمزًا جديدًا.
account-token-created-back = العودة إلى رموز واجهة البرمجة

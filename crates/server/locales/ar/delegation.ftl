# صفحة رئيس الوفد، واعتماد رؤساء الوفود من قبل الأمانة، والصفحة التي تعرض
# رابط الدعوة الجديد مرة واحدة، والوفد في صفحة الدولة العضو. العربية.

delegation-role-head = رئيس الوفد
delegation-role-delegate = مندوب
delegation-role-alternate = مندوب مناوب
delegation-col-role = الصفة
delegation-col-handle = المعرّف العلني
delegation-col-since = الانضمام
delegation-since-entry = القيد { $index }

delegation-title = وفد { $member }
delegation-lead = أنت رئيس هذا الوفد. يمكنك دعوة مندوبيه ومندوبيه المناوبين، وشطبهم عند مغادرتهم الوفد.
delegation-people = أعضاء الوفد
delegation-remove = شطب
delegation-invite-heading = دعوة مندوب أو مندوب مناوب
delegation-kind-legend = الدعوة بصفة
delegation-kind-error = اختر مندوبًا أو مندوبًا مناوبًا
delegation-back = العودة إلى وفدك

invite-note-label = لمن الدعوة
invite-note-hint = ملاحظة خاصة تساعدك على تمييز الدعوة في قائمتك، مثل اسم الشخص. لا تُنشر هذه الملاحظة.
invite-note-missing = أدخل اسم من توجَّه إليه الدعوة
invite-email-label = عنوان البريد الإلكتروني (اختياري)
invite-email-hint = إذا أدخلت عنوانًا، يُرسل الرابط إليه أيضًا. لا يُحتفظ بالعنوان.
invite-email-error = أدخل عنوان بريد إلكتروني بصيغة صحيحة، مثل name@example.org
invite-submit = إنشاء رابط الدعوة
text-too-long = أدخل { $max } حرفًا على الأكثر

invitations-heading = دعواتك
invitations-caption = الدعوات التي أصدرتها، من الأحدث إلى الأقدم
invitations-none = لم تُصدر أي دعوة بعد.
invitations-col-kind = الدعوة بصفة
invitations-col-member = الدولة العضو
invitations-col-note = الملاحظة
invitations-col-status = الحالة
invitations-col-expires = صالحة حتى
invitations-col-action = الإجراءات
invitation-revoke = إلغاء
invitation-status-open = سارية
invitation-status-used = مستخدمة
invitation-status-revoked = ملغاة
invitation-status-expired = منتهية الصلاحية
invitation-kind-secretariat = موظف في الأمانة
invitation-kind-observer = مراقب
invitation-kind-stakeholder = عضو في منظمة

issued-title = تم إنشاء رابط الدعوة
issued-lead = أرسل هذا الرابط بصورة سرية إلى الشخص الموجَّه إليه ({ $note }). يعمل الرابط مرة واحدة فقط، حتى { $expires }.
issued-link-label = رابط الدعوة
issued-once = لا يُعرض هذا الرابط إلا الآن. فهو لا يُحفظ بنصه الصريح ولا يمكن عرضه مرة أخرى: انسخه قبل مغادرة هذه الصفحة.
issued-emailed = أُرسل الرابط أيضًا إلى عنوان البريد الإلكتروني الذي أدخلته.
issued-not-emailed = تعذّر إرسال الرابط بالبريد الإلكتروني. سلّمه إلى الشخص بنفسك.

remove-title = شطب { $handle } من الوفد
remove-lead = يسري الشطب فورًا ويُقيَّد في السجل العام، مع السبب إن ذكرته.
remove-reason-label = السبب (اختياري)
remove-reason-hint = سيكون السبب علنيًا. لا تكتب أي معلومات خاصة.
remove-submit = الشطب من الوفد
remove-cancel = إلغاء الأمر

secretariat-title = الأمانة
secretariat-lead = مهام الأمانة.
secretariat-accreditation = اعتماد رؤساء الوفود
secretariat-accreditation-text = دعوة رئيس وفد دولة عضو، ومتابعة الدعوات الصادرة، ومعرفة الدول التي لها رئيس وفد.
secretariat-admissions = قبول المنظمات
secretariat-admissions-text = البت في طلبات منظمات أصحاب المصلحة للمشاركة في أعمال المنظمة.

accreditation-title = اعتماد رؤساء الوفود
accreditation-lead = يُعتمد كل رئيس وفد بواسطة رابط دعوة يُستخدم مرة واحدة. وعندما يقبله الشخص، يُقيَّد الاعتماد في السجل العام.
accreditation-form = اعتماد رئيس وفد
accreditation-member-label = الدولة العضو
accreditation-member-choose = اختر دولة عضوًا
accreditation-member-missing = اختر الدولة العضو التي يمثلها الوفد
accreditation-member-unknown = اختر دولة عضوًا من القائمة
accreditation-member-taken = لدى { $member } رئيس وفد بالفعل
accreditation-back = العودة إلى الاعتماد
accreditation-invitations = الدعوات الصادرة عن الأمانة
accreditation-invitations-caption = جميع الدعوات، من الأحدث إلى الأقدم
accreditation-invitations-none = لم تصدر أي دعوة بعد.
accreditation-heads = رؤساء الوفود المعتمدون
accreditation-heads-caption = الدول الأعضاء التي لها رئيس وفد معتمد
accreditation-heads-none = لم يُعتمد أي رئيس وفد بعد.

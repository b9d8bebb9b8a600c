# وثائق المنظمة واستمارة الأمانة لنشر وثيقة. العربية.

documents-title = الوثائق
documents-lead = الوثائق التي نشرتها المنظمة. يحتفظ السجل العام ببصمة SHA-256 لكل نص، فيستطيع أي شخص أن يتحقق من أن النص هو النص المنشور.
documents-publish-link = نشر وثيقة
documents-filter-form = تصفية الوثائق
documents-kind-label = النوع
documents-any-kind = أي نوع
documents-language-label = اللغة
documents-any-language = أي لغة
documents-error-kind = اختر نوعاً من القائمة: Markdown أو نص عادي
documents-error-language = اختر لغة من القائمة
documents-count = { $count ->
    [0] لم يُعثر على أي وثيقة
    [one] عُثر على وثيقة واحدة
    [two] عُثر على وثيقتين
    [few] عُثر على { $count } وثائق
   *[other] عُثر على { $count } وثيقة
}
documents-none = لا توجد وثيقة مطابقة. جرّب نوعاً آخر أو لغة أخرى.
documents-caption = الوثائق، من الأحدث إلى الأقدم
documents-col-number = الرقم
documents-col-title = العنوان
documents-col-language = اللغة
documents-col-kind = النوع
documents-published = نُشرت في
documents-entry = القيد { $index }
documents-taken-down-tag = مسحوبة
documents-kind-markdown = نص Markdown
documents-kind-text = نص عادي
documents-kind-other = صيغة أخرى
documents-media-type = نوع الوسائط
documents-size = الحجم
documents-bytes = { $count ->
    [one] بايت واحد
    [two] بايتان
    [few] { $count } بايتات
   *[other] { $count } بايت
}
documents-taken-down = سُحبت في
documents-takedown-notice = سُحب نص هذه الوثيقة. تبقى بصمة SHA-256 الخاصة به في السجل العام. السبب المذكور: { $reason }
documents-hash = بصمة SHA-256 للنص
documents-hash-hint = يحتفظ السجل العام بهذه البصمة. احسب بصمة SHA-256 للنص الذي لديك وقارن بينهما.
documents-text = النص
documents-raw = تنزيل النص كما نُشر
documents-form-heading = نشر وثيقة
documents-form-lead = تُنشر الوثيقة فوراً: يدخل عنوانها وبصمة SHA-256 لنصها في السجل العام، ويُعرض نصها في صفحتها.
documents-form-title = العنوان
documents-form-title-hint = بلغة الوثيقة، في سطر واحد، وبما لا يتجاوز { $max } حرفاً.
documents-form-language-choose = اختر اللغة
documents-form-kind-hint = تُعرض نصوص Markdown كما كُتبت، دون تنسيق.
documents-form-text = النص
documents-form-submit = نشر الوثيقة
documents-error-language-form = اختر اللغة التي كُتبت بها الوثيقة
documents-error-text = أدخل نص الوثيقة
documents-error-title = أدخل عنوان الوثيقة
documents-error-title-line = اكتب العنوان في سطر واحد، دون أحرف تحكم
notice-document-published = نُشرت الوثيقة وقُيّدت في السجل العام.
secretariat-documents-text = نشر وثيقة للمنظمة بإحدى اللغات الست.
entry-document = قراءة الوثيقة

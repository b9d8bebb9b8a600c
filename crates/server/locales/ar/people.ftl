# أسماء الأشخاص لمن يحق له رؤيتها، والصفحة الرئيسية لكل دور. العربية.

site-documents = الوثائق
site-participation = مشاركتك
people-col-name = الاسم
people-email = عنوان البريد الإلكتروني
invitations-col-used-by = استخدمها
delegation-member-lead = { $role ->
    [alternate] أنت مناوب في وفد { $member }.
   *[delegate] أنت مندوب في وفد { $member }.
} يتولى رئيس الوفد تحديد أعضائه.
delegation-member-page = صفحة الدولة العضو
delegation-member-head = ستظهر هنا المشاورات وعمليات التصويت والتبادل عند فتحها.
home-now = ما يمكنك فعله الآن
home-now-documents = قراءة الوثائق
home-now-record = متابعة السجل العام
home-sign-up = التسجيل للمشاركة
home-take-part = يمكن لأي شخص أن يشارك في المشاورات العامة باسم مستعار.
home-your-page = الانتقال إلى صفحتك
orgs-apply-visitor = لتقديم طلب، تحتاج إلى حساب.
issued-no-mail = لا يرسل هذا الخادم بريداً إلكترونياً: سلّم الرابط إلى الشخص بنفسك.
participation-title = مشاركتك
participation-lead-participant = تصوّت وتكتب في المشاورات باسم مستعار يختلف في كل مشاورة، فلا يربط السجل العام إجاباتك بك. قدّم طلباً لانضمام منظمتك إلى إحدى الغرف، واقرأ ما تنشره المنظمة.
participation-lead-stakeholder = تشارك باسم منظمتك. تعرض صفحتها قائمة أعضائها.
participation-lead-observer = أنت مراقب معتمد: تتابع الأعمال دون حق التصويت.
participation-organizations = منظماتك
participation-organizations-none = لم تقدّم طلباً لأي منظمة ولست عضواً في أي منظمة.
participation-organizations-all = تصفح المنظمات
participation-account = حسابك وأمانه
account-action-read_personal_details = الاطلاع على أسماء الأشخاص وعناوين بريدهم الإلكتروني

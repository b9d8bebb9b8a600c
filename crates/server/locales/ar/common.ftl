# هيكل الصفحات والعناصر المشتركة. العربية.

site-skip = الانتقال إلى المحتوى الرئيسي
site-languages = اللغة
site-menu = الأقسام الرئيسية
site-breadcrumbs = أنت هنا
site-home = الصفحة الرئيسية
site-members = الدول الأعضاء
site-record = السجل العام

footer-record = السجل متحقَّق منه حتى القيد { $entry }
footer-record-none = لا يتضمن السجل أي قيود موقَّعة حتى الآن.
footer-api = واجهة JSON البرمجية (وصف OpenAPI)

error-prefix = خطأ:
error-summary-title = توجد مشكلة
banner-important = هام

pagination-label = صفحات النتائج
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-page = الصفحة { $number }

yes = نعم
no = لا
not-known = غير معروف

status-member = دولة عضو
status-observer = دولة مراقبة

language-ar = العربية
language-zh = الصينية
language-en = الإنكليزية
language-fr = الفرنسية
language-ru = الروسية
language-es = الإسبانية

group-AFRICAN = مجموعة الدول الأفريقية
group-ASIA_PACIFIC = مجموعة دول آسيا والمحيط الهادئ
group-EASTERN_EUROPEAN = مجموعة دول أوروبا الشرقية
group-GRULAC = مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي
group-WEOG = مجموعة دول أوروبا الغربية ودول أخرى

income-HIC = دخل مرتفع
income-UMC = دخل متوسط أعلى
income-LMC = دخل متوسط أدنى
income-LIC = دخل منخفض

site-organizations = المنظمات
site-secretariat = الأمانة
site-delegation = وفدك
site-account = حسابك
site-sign-in = تسجيل الدخول
site-sign-out = تسجيل الخروج
banner-success = تم بنجاح

# إشعارات تظهر مرة واحدة في الصفحة التي يؤدي إليها نموذج أُرسل بنجاح.
notice-signed-in = لقد سجّلت الدخول.
notice-signed-out = لقد سجّلت الخروج.
notice-two-factor-on = تم تفعيل التحقق بخطوتين. من الآن فصاعدًا سيُطلب منك رمز من تطبيقك عند تسجيل الدخول.
notice-password-changed = تم تغيير كلمة المرور، وأُنهيت جلساتك الأخرى.
notice-signed-out-everywhere = لقد سجّلت الخروج من كل مكان: أُنهيت جميع جلسات حسابك.
notice-password-changed-tokens-revoked = تم تغيير كلمة المرور، وأُنهيت جلساتك الأخرى، وأُلغيت رموز API الخاصة بك.
notice-signed-up = تم إنشاء حسابك. سجّل الدخول للمتابعة.
notice-invitation-accepted = تم إنشاء حسابك وتسجيل تعيينك. سجّل الدخول للمتابعة.
notice-invitation-revoked = أُلغيت الدعوة، ولم يعد رابطها صالحًا.
notice-person-removed = أُزيل الشخص، وسُجّلت الإزالة في السجل العام.
notice-token-revoked = أُلغي الرمز المميز، ولم يعد بإمكان البرامج التي تستخدمه تسجيل الدخول به.
notice-applied = سُجّل طلبك، وستبتّ فيه الأمانة.
notice-decided = سُجّل القرار في السجل العام.

# A moment on a page: its date and time (written for the language), in UTC.
time-utc = { $time } (UTC)

# The phase banner of a demonstration (serve --demo), on every page.
demo-tag = عرض تجريبي
demo-banner = هذا عرض تجريبي. الوفود والمنظمات والأشخاص من نسج الخيال؛ أما المشاورات فهي بيانات مفتوحة عامة. لا شيء هنا رسمي، وقد يُعاد تعيين البيانات في أي وقت.

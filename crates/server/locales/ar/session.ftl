# تسجيل الدخول والخروج، والتحقق بخطوتين. العربية.

signin-title = تسجيل الدخول
signin-username = اسم المستخدم
signin-password = كلمة المرور
signin-submit = تسجيل الدخول
signin-no-account = ليس لديك حساب بعد؟
signin-invited = يتلقى المندوبون وموظفو الأمانة وأعضاء المنظمات رابط دعوة يُنشئ حساباتهم.
signin-sign-up = يمكن لأفراد الجمهور التسجيل للمشاركة في المشاورات
signin-error-missing = أدخل اسم المستخدم وكلمة المرور
signin-error-wrong = اسم المستخدم أو كلمة المرور غير صحيح
signin-error-limited = محاولات فاشلة كثيرة. أعد المحاولة بعد { $minutes } دقيقة
signin-error-busy = يسجّل عدد كبير من الأشخاص الدخول الآن. أعد المحاولة بعد { $seconds } ثانية

twofactor-title = أدخل الرمز
twofactor-lead = افتح تطبيق المصادقة على هاتفك وأدخل الرمز الذي يعرضه لهذا الحساب.
twofactor-code = الرمز
twofactor-code-hint = 6 أرقام، مثل 123456
twofactor-submit = متابعة
twofactor-error-missing = أدخل الرمز من تطبيق المصادقة
twofactor-error-format = أدخل أرقام الرمز الستة، مثل 123456
twofactor-error-wrong = الرمز غير صحيح أو سبق استخدامه. أدخل الرمز الذي يعرضه التطبيق الآن

setup-title = التحقق بخطوتين
setup-lead = يحمي التحقق بخطوتين حسابك: يتطلب تسجيل الدخول كلمة المرور ورمزًا من تطبيق مصادقة على هاتفك (مثل FreeOTP أو Aegis أو Google Authenticator).
setup-required = يجب على الأمانة ورؤساء الوفود استخدام التحقق بخطوتين. فعّله للمتابعة.
setup-start = تفعيل التحقق بخطوتين
setup-on = مُفعّل
setup-replace = التحقق بخطوتين مُفعّل في حسابك. إذا كان لديك هاتف جديد، يمكنك إنشاء مفتاح جديد؛ ويتوقف المفتاح القديم عن العمل بمجرد تأكيد الجديد.
setup-new-key = إنشاء مفتاح جديد
setup-scan = أضف هذا الحساب إلى تطبيق المصادقة، ثم أدخل الرمز الذي يعرضه.
setup-step-app = افتح تطبيق المصادقة واختر إضافة حساب بإدخال مفتاح.
setup-step-key = اكتب هذا المفتاح:
setup-step-code = أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق للحساب الجديد.
setup-url = عرض المفتاح كرابط لتطبيقات أخرى

# The demo accounts on the sign-in page of a demonstration (serve --demo).
signin-demo-title = حسابات العرض التجريبي
signin-demo-intro = سجّل الدخول بأحد هذه الحسابات الخيالية لترى المنصة كما يراها أصحابها.
signin-demo-username = اسم المستخدم
signin-demo-role = الدور
signin-demo-of = الوفد أو المنظمة
signin-demo-password = كلمة مرور جميع حسابات العرض التجريبي:
signin-demo-second-factor = يُطلب من رؤساء الوفود والأمانة إعداد تطبيق مصادقة عند تسجيل الدخول لأول مرة.

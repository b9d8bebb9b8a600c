# دليل الأعضاء وصفحة كل دولة عضو. العربية.

members-title = الدول الأعضاء
members-lead = عدد الدول الأعضاء: { $members }، وعدد الدول المراقبة: { $observers }.
members-search-form = البحث في الدول الأعضاء
members-search-label = البحث بالاسم أو الرمز
members-search-hint = بأي من اللغات الست، مثل كينيا أو Kenya أو 肯尼亚 أو KEN.
members-group-label = المجموعة الإقليمية
members-income-label = فئة الدخل
members-any-group = جميع المجموعات الإقليمية
members-any-income = جميع فئات الدخل
members-apply = بحث
members-clear = مسح البحث وعوامل التصفية
members-count = { $count ->
    [0] لم يُعثر على أي دولة
   *[other] عدد الدول التي عُثر عليها: { $count }
}
members-caption = الدول الأعضاء والدول المراقبة، الصفحة { $page } من { $pages }
members-col-name = الاسم
members-col-code = الرمز
members-col-group = المجموعة الإقليمية
members-col-income = فئة الدخل
members-col-population = عدد السكان
members-none = لا توجد دولة تطابق بحثك. تحقق من الإملاء أو امسح عوامل التصفية.
members-no-group = لا توجد (دولة مراقبة)
members-error-q = أدخل ما لا يزيد على { $max } حرفًا للبحث
members-error-group = اختر مجموعة إقليمية من القائمة
members-error-income = اختر فئة دخل من القائمة

member-names = الأسماء باللغات الست
member-details = التفاصيل
member-iso3 = رمز ISO 3166 الثلاثي
member-iso2 = رمز ISO 3166 الثنائي
member-m49 = رمز الأمم المتحدة M49
member-group = المجموعة الإقليمية
member-income = فئة الدخل (البنك الدولي)
member-ldc = من أقل البلدان نموًا
member-lldc = من البلدان النامية غير الساحلية
member-sids = من الدول الجزرية الصغيرة النامية
member-population = عدد السكان
member-admitted = القبول بموجب
member-admitted-entry = القيد { $index } من السجل العام
member-delegation = الوفد
member-delegation-none = لم يُعتمد أي وفد لهذه الدولة حتى الآن.

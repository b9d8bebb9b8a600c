# مؤشر الفجوة في مجال الذكاء الاصطناعي (web/divide). العربية.

divide-title = مؤشر الفجوة في مجال الذكاء الاصطناعي
divide-nav = مؤشر الفجوة
divide-lead = موقع كل دولة عضو في مجال الذكاء الاصطناعي: درجة مستمدة من بيانات مفتوحة، محسوبة وفق منهجية منشورة، مع بيان مدى اليقين في كل مرتبة. ويمكن لأي شخص إعادة حسابها من السجل العام.
divide-home-link = مؤشر الفجوة في مجال الذكاء الاصطناعي: موقع كل دولة عضو
divide-secretariat-text = قبول القيم الوطنية الأحدث التي تقدمها الوفود أو رفضها، مع بيان السبب.
divide-delegation-link = دولتكم في مؤشر الفجوة في مجال الذكاء الاصطناعي: تقديم قيمة وطنية أحدث
divide-member-link = هذه الدولة في مؤشر الفجوة في مجال الذكاء الاصطناعي
divide-computing = يجري حساب المؤشر من السجل العام. جرى التحقق في { $time }.
divide-computing-later = أعد تحميل هذه الصفحة بعد دقيقة لرؤيته.
divide-methodology-link = كيف يُحسب المؤشر
divide-submissions-link = القيم الوطنية المقدمة واستعراضها
divide-api = المؤشر للبرامج:
divide-facts = المنهجية، الإصدار { $version }، سنة الأساس { $year }. حُسب من أول { $entries } قيدا في السجل العام؛ وفترات المراتب مستمدة من { $draws } سحبا للأوزان بالبذرة { $seed }.
divide-percent = { $value }٪
divide-years = { $years ->
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
   *[other] { $years } سنة
}

divide-filter-form = تصفية المؤشر
divide-region-label = المجموعة الإقليمية
divide-income-label = فئة الدخل
divide-any-region = جميع المجموعات الإقليمية
divide-any-income = جميع فئات الدخل
divide-sort-label = الترتيب
divide-sort-rank = حسب المرتبة، الأفضل أولا
divide-sort-coverage = حسب التغطية، الأعلى أولا
divide-sort-uncertainty = حسب عدم اليقين، أوسع فترة مراتب أولا
divide-apply = عرض
divide-clear = مسح عوامل التصفية
divide-error-region = اختر مجموعة إقليمية من القائمة
divide-error-income = اختر فئة دخل من القائمة
divide-error-sort = اختر ترتيبا من القائمة
divide-count = { $count ->
    [0] لا توجد دولة عضو
    [one] دولة عضو واحدة
    [two] دولتان عضوان
    [few] { $count } دول أعضاء
   *[other] { $count } دولة عضوا
}
divide-table-caption = الدول الأعضاء في المؤشر، الصفحة { $page } من { $pages }
divide-col-rank = المرتبة
divide-col-member = الدولة العضو
divide-col-state = الدولة
divide-col-score = الدرجة (0–100)
divide-col-interval = فترة المراتب
divide-col-coverage = التغطية
divide-col-filled = القيم المستكملة
divide-interval = من { $low } إلى { $high }
divide-none = لا توجد دولة عضو تطابق عوامل التصفية هذه.
divide-observers-heading = الدول المراقبة
divide-observers-lead = تحصل الدول المراقبة على درجة للعلم فقط، ولا تُرتَّب.

divide-profile-title = { $member } في مؤشر الفجوة في مجال الذكاء الاصطناعي
divide-not-scored = لا يتضمن المؤشر درجة لهذه الدولة بعد. وستُضاف عند حساب المؤشر من جديد.
divide-row-score = الدرجة
divide-score-of = { $score } من 100
divide-row-rank = المرتبة
divide-rank-of = { $rank } من بين { $members } دولة عضوا
divide-row-interval = فترة المراتب
divide-interval-text = { $interval }: مرتبة الدولة في 90٪ على الأقل من { $draws } سحبا لأوزان الركائز
divide-row-coverage = التغطية
divide-coverage-text = { $percent }: رُصد { $observed } من أصل { $indicators } مؤشرات في عام { $year }
divide-row-group = تُقارن مع
divide-peers = { $region }، { $income }
divide-no-group = لا يوجد
divide-observer-note = دولة مراقبة: تحصل على درجة للعلم فقط ولا تُرتَّب. ولو كانت بين الدول الأعضاء لكانت مرتبتها { $rank }.
divide-member-page = كل المعلومات عن هذه الدولة

divide-pillars-heading = الركائز
divide-pillars-lead = درجة كل ركيزة مقارنة بوسيط الدول الأعضاء في المجموعة الإقليمية وفئة الدخل نفسيهما، وبالحد الأعلى: أعلى درجة حققتها دولة عضو.
divide-pillars-chart = درجات الركائز لـ { $member }، مع وسيط مجموعتها والحد الأعلى
divide-pillars-caption = درجات الركائز
divide-pillar-label = { $pillar }: الدرجة { $score }
divide-legend-score = الشريط: درجة { $member }.
divide-legend-median = الخط الرفيع: وسيط المجموعة.
divide-legend-frontier = الخط السميك: الحد الأعلى.
divide-col-pillar = الركيزة
divide-col-median = وسيط المجموعة
divide-col-frontier = الحد الأعلى

divide-values-heading = القيم المستخدمة
divide-values-lead = كل قيمة تتكون منها الدرجة. والقيمة التي لم تُرصد في عام { $year } استُكملت، ويبيّن الجدول كيف.
divide-col-indicator = المؤشر
divide-col-value = القيمة
divide-col-year = السنة
divide-col-scaled = درجة المؤشر (0–100)
divide-col-weight = الوزن
divide-col-how = مصدر القيمة
divide-observed = مرصودة
divide-fill-latest = مستكملة: أحدث قيمة للدولة نفسها
divide-fill-group-median = مستكملة: وسيط مجموعتها الإقليمية وفئة دخلها
divide-fill-region-median = مستكملة: وسيط مجموعتها الإقليمية
divide-fill-income-median = مستكملة: وسيط فئة دخلها
divide-fill-overall-median = مستكملة: وسيط جميع الدول

divide-trends-heading = على مر السنين
divide-trends-lead = القيم السارية لـ { $member } لكل مؤشر من مؤشرات المؤشر المركب، حسب السنة.
divide-trend-title = { $indicator }، من { $first } إلى { $last }: من { $from } إلى { $to }
divide-trend-one = { $indicator }، { $year }: { $value }
divide-trend-none = لم تُسجَّل أي قيمة.
divide-show-data = عرض البيانات

divide-pending-heading = القيم المقدمة التي تنتظر الاستعراض
divide-pending-none = لا توجد قيم مقدمة من هذه الدولة تنتظر الاستعراض.
divide-col-source = المصدر
divide-col-submitted = تاريخ التقديم

divide-form-heading = تقديم قيمة وطنية أحدث
divide-form-lead = تستعرض الأمانة كل قيمة قبل أن تُحتسب في المؤشر. اذكر مصدرها ليتمكن أي شخص من التحقق منها.
divide-form-indicator = المؤشر
divide-form-indicator-choose = اختر مؤشرا
divide-form-year = السنة
divide-form-year-hint = السنة التي تصفها القيمة، مثل 2023.
divide-form-value = القيمة
divide-form-value-hint = بوحدة المؤشر، مع نقطة قبل الكسور العشرية، مثل 23.5.
divide-form-source = المصدر
divide-form-source-hint = من أين جاءت القيمة: إصدار مكتب الإحصاء، مع عنوانه الإلكتروني إن وُجد.
divide-form-submit = تقديم للاستعراض
divide-error-indicator = اختر مؤشرا من القائمة
divide-error-year = اكتب السنة بأربعة أرقام، مثل 2023
divide-error-year-future = لا يجوز أن تكون السنة في المستقبل
divide-error-year-early = اكتب سنة من 1960 فصاعدا
divide-error-value = اكتب القيمة رقما، مثل 23.5
divide-error-value-range = اكتب قيمة بين { $min } و{ $max }
divide-error-value-min = اكتب قيمة لا تقل عن { $min }
divide-error-source = اذكر من أين جاءت القيمة
divide-error-line = اكتبه في سطر واحد
divide-error-pending = توجد بالفعل قيمة لهذا المؤشر عن هذه السنة تنتظر الاستعراض (التقديم { $id })
notice-divide-submitted = قُدمت القيمة. وستستعرضها الأمانة قبل أن تُحتسب.
notice-divide-accepted = قُبلت القيمة. وسيُعاد حساب المؤشر في غضون ثوان.
notice-divide-rejected = رُفضت القيمة، مع بيان السبب.

divide-submissions-title = القيم الوطنية المقدمة
divide-submissions-lead = تقدم الوفود قيما وطنية أحدث مع مصدرها؛ وتقبل الأمانة كلا منها أو ترفضه مع بيان السبب. وكل ذلك مسجل في السجل العام.
divide-queue-heading = تنتظر الاستعراض
divide-queue-count = { $count ->
    [0] لا توجد قيم مقدمة تنتظر الاستعراض.
    [one] تنتظر قيمة مقدمة واحدة الاستعراض.
    [two] تنتظر قيمتان مقدمتان الاستعراض.
    [few] تنتظر { $count } قيم مقدمة الاستعراض.
   *[other] تنتظر { $count } قيمة مقدمة الاستعراض.
}
divide-queue-item = { $member }: { $indicator }، { $year }
divide-queue-value = القيمة المقدمة: { $value }. القيمة السارية: { $previous }.
divide-queue-value-new = القيمة المقدمة: { $value }. لا توجد قيمة سارية لهذه السنة.
divide-queue-source = المصدر:
divide-queue-by = التقديم { $id }، من { $handle }، في { $time }
divide-accept = قبول
divide-reject = رفض
divide-reason = سبب الرفض
divide-reason-hint = علني: يمكن للوفد ولأي شخص آخر قراءته.
divide-error-reason = اكتب سبب رفض القيمة
divide-error-reason-long = اختصر السبب
divide-error-reviewed = سبق استعراض التقديم { $id }
divide-reviewed-heading = ما استُعرض مؤخرا
divide-reviewed-none = لم يُستعرض أي تقديم بعد.
divide-col-number = الرقم
divide-col-decision = القرار
divide-col-reason = السبب
divide-status-pending = ينتظر الاستعراض
divide-status-accepted = مقبولة
divide-status-rejected = مرفوضة

divide-methodology-title = كيف يُحسب مؤشر الفجوة في مجال الذكاء الاصطناعي
divide-m-lead = يُحسب المؤشر من بيانات مفتوحة وفق منهجية هي نفسها بيانات: ملف منشور ذو إصدارات، يمكن لأي شخص قراءته واستخدامه لحساب المؤشر نفسه من السجل العام.
divide-m-version = الإصدار { $version }:
divide-m-in-english = اسمها ومبرراتها مكتوبة بالإنكليزية
divide-m-toml-link = ملف المنهجية
divide-m-measures-heading = ما يقيسه المؤشر
divide-m-measures = يقيس المؤشر مدى استعداد كل دولة لاستخدام الذكاء الاصطناعي وتطويره: هل يستخدم الناس الإنترنت، وهل تتوفر الكهرباء لتشغيل الحواسيب، وهل الناس متعلمون، وهل يوجد بحث علمي، وما الذي يستطيع الاقتصاد استثماره. ويُظهر موضع الفجوة بين الدول، حتى يذهب ما يتقاسمه الأعضاء إلى حيث تشتد الحاجة إليه.
divide-m-scale-heading = درجة من 0 إلى 100
divide-m-scale = يُحوَّل كل مؤشر إلى درجة من 0 إلى 100؛ وتشكل المؤشرات { $pillars } ركائز، وتشكل الركائز درجة واحدة من 0 إلى 100. وكلما ارتفعت الدرجة اقتربت الدولة من الحد الأعلى. والمرتبة 1 هي أعلى درجة بين الدول الأعضاء.
divide-m-goalposts = لكل مؤشر حدان: القيمة التي تعطي 0 والقيمة التي تعطي 100. فالقيمة الأدنى من الحد الأدنى تعطي 0، والقيمة الأعلى من الحد الأعلى تعطي 100، والقيمة الواقعة بينهما تعطي درجة متناسبة.
divide-m-log = بعض المؤشرات شديدة الالتواء، مثل استهلاك الكهرباء أو الإنفاق على البحث، إذ تمتد على عدة مراتب عشرية. ولهذه المؤشرات يؤخذ أولا اللوغاريتم الطبيعي للقيمة وللحدين، كما يفعل دليل التنمية البشرية بالنسبة للدخل، حتى تظل الفروق بين الدول ذات القيم المنخفضة ظاهرة.
divide-m-aggregation-heading = من المؤشرات إلى درجة واحدة
divide-m-within-arithmetic = داخل الركيزة الواحدة، يؤخذ متوسط درجات المؤشرات بأوزانها (متوسط حسابي مرجح)، لأن بعضها يمكن أن يحل جزئيا محل بعض.
divide-m-within-geometric = داخل الركيزة الواحدة، تُجمع درجات المؤشرات بمتوسط هندسي مرجح.
divide-m-across-geometric = بين الركائز، الدرجة هي المتوسط الهندسي المرجح لدرجات الركائز، كما في دليل التنمية البشرية: فالقصور في ركيزة لا يعوضه التفوق في ركيزة أخرى إلا جزئيا.
divide-m-across-arithmetic = بين الركائز، الدرجة هي المتوسط الحسابي المرجح لدرجات الركائز.
divide-m-floor = في المتوسط الهندسي، تُحتسب الدرجة الأدنى من { $floor } على أنها { $floor }، بحيث تخفض الركيزة التي درجتها صفر الدرجة كثيرا دون أن تمحو الركائز الأخرى.
divide-m-missing-heading = القيم الناقصة
divide-m-missing = القيمة المرصودة هي قيمة سنة الأساس، { $year }. وإذا لم تكن للدولة قيمة، تُستخدم أحدث قيمة لها خلال { $window } السابقة. وإلا يُستخدم وسيط الدول في المجموعة الإقليمية وفئة الدخل نفسيهما؛ فإن تعذر ذلك، فوسيط المجموعة الإقليمية نفسها، ثم فئة الدخل نفسها، ثم جميع الدول. وكل قيمة مستكملة يُشار إليها، مع طريقة استكمالها، في صفحة الدولة.
divide-m-coverage = التغطية هي نسبة مؤشرات المؤشر المركب التي رُصدت للدولة في سنة الأساس. وانخفاض التغطية يعني أن درجتها تعتمد أكثر على قيم مستكملة.
divide-m-interval-heading = مدى اليقين في المرتبة
divide-m-interval = أوزان الركائز اختيار. ولبيان مدى اعتماد المرتبة على هذا الاختيار، تُسحب أوزان الركائز عشوائيا { $draws } مرة حول الأوزان المنشورة (من توزيع ديريشليه بتركيز { $concentration }، وببذرة ثابتة هي { $seed })، وتُرتَّب كل دولة في كل سحبة. وتمتد فترة المراتب من المئين الخامس إلى المئين الخامس والتسعين لمراتب الدولة: فما لا يقل عن 90٪ من السحبات يضع الدولة داخلها. والفترة الواسعة تعني أن المرتبة تتوقف على الأوزان.
divide-m-recompute = البيانات نفسها والمنهجية نفسها والبذرة نفسها تعطي دائما المؤشر نفسه. لحسابه بنفسك من السجل العام لهذا الخادم:
divide-m-sources-heading = مصادر البيانات
divide-m-sources = القيم المرفقة بالمنصة مأخوذة من مؤشرات التنمية العالمية للبنك الدولي، والاتحاد الدولي للاتصالات، وبرنامج الأمم المتحدة الإنمائي، ومعهد اليونسكو للإحصاء، عن طريق Gapminder والبنك الدولي. ويمكن للوفود تقديم قيم وطنية أحدث مع مصدرها؛ وتُحتسب كل قيمة متى قبلتها الأمانة. ويُنسب الفضل في البيانات المرفقة على النحو التالي:
divide-m-pillars-heading = الركائز والمؤشرات
divide-m-pillars-lead = ركائز المنهجية السارية، ولكل منها مؤشراتها وأوزانها داخل الركيزة ومبرر كل اختيار.
divide-m-pillar-caption = { $pillar }: الوزن { $weight }
divide-col-direction = الاتجاه
divide-col-transform = التحويل
divide-col-goalposts = الحدان
divide-col-window = مدة استخدام قيمة الدولة نفسها
divide-col-rationale = المبرر
divide-direction-higher = الأعلى أفضل
divide-direction-lower = الأدنى أفضل
divide-transform-none = لا يوجد
divide-transform-log = لوغاريتم
divide-goalposts = من { $min } إلى { $max }

divide-ind-eg-elc-accs-zs = الحصول على الكهرباء (٪ من السكان)
divide-ind-eg-use-elec-kh-pc = استهلاك الطاقة الكهربائية (كيلوواط ساعة للفرد)
divide-ind-gb-xpd-rsdv-gd-zs = الإنفاق على البحث والتطوير (٪ من الناتج المحلي الإجمالي)
divide-ind-hdi = دليل التنمية البشرية (0–1)
divide-ind-it-cel-sets-p2 = اشتراكات الهاتف المحمول لكل 100 شخص
divide-ind-it-net-bbnd-p2 = اشتراكات النطاق العريض الثابت لكل 100 شخص
divide-ind-it-net-user-zs = الأفراد الذين يستخدمون الإنترنت (٪ من السكان)
divide-ind-ny-gdp-pcap-cd = نصيب الفرد من الناتج المحلي الإجمالي (بالدولار الأمريكي بالأسعار الجارية)
divide-ind-ny-gdp-pcap-kd = نصيب الفرد من الناتج المحلي الإجمالي (بالدولار الأمريكي بالأسعار الثابتة)
divide-ind-ny-gdp-pcap-pp-kd = نصيب الفرد من الناتج المحلي الإجمالي بتعادل القوة الشرائية (بالدولار الدولي الثابت)
divide-ind-ny-gnp-pcap-cd = نصيب الفرد من الدخل القومي الإجمالي، طريقة أطلس (بالدولار الأمريكي بالأسعار الجارية)
divide-ind-patent-apps-total = طلبات البراءات، من المقيمين وغير المقيمين
divide-ind-se-adt-litr-zs = معدل الإلمام بالقراءة والكتابة لدى البالغين (٪ ممن بلغوا 15 عاما فأكثر)
divide-ind-se-ter-enrr = النسبة الإجمالية للالتحاق بالتعليم العالي (٪)
divide-ind-sp-pop-scie-rd-p6 = الباحثون في مجال البحث والتطوير (لكل مليون شخص)
divide-ind-sp-pop-totl = مجموع السكان
divide-ind-tx-val-tech-mf-zs = صادرات التكنولوجيا المتقدمة (٪ من صادرات السلع المصنعة)

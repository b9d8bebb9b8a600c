# 决定结果的说明（crate `rules`）。中文。
# 参数说明见 en/rules.ftl。

outcome-adopted = 通过。
outcome-rejected = 未通过。
outcome-pending = 尚未决定。

verdict-pass = 满足
verdict-fail = 未满足
verdict-pending = 待定
line = { $verdict }：{ $text }

counts = 赞成：{ $yes }。反对：{ $no }。弃权：{ $abstain }。未投票：{ $not-voting }（有表决权的成员共 { $eligible } 个）。

threshold-phrase = { $comparison ->
    [more-than] 超过 { $threshold }
   *[at-least] 至少 { $threshold }
}
base-phrase = { $of ->
    [present-and-voting] { $abstentions ->
        [counted] 出席并参加表决的成员（弃权计为投票）
       *[not-counted] 出席并参加表决的成员（弃权者不视为参加表决）
    }
    [eligible] 有表决权的成员
   *[all-members] 全体成员
}

clause-majority = 多数：{ base-phrase }的{ threshold-phrase }。赞成 { $yes } 票，共 { $total } 票；所需：{ $needed } 票。
clause-majority-none = 多数：{ base-phrase }的{ threshold-phrase }。无人计入，因此不能通过。

clause-quorum = 法定人数：有表决权的成员须有{ threshold-phrase } 参加表决。参加：{ $taking-part } 个，共 { $eligible } 个；所需：{ $needed } 个。
clause-quorum-none = 法定人数：有表决权的成员须有{ threshold-phrase } 参加表决。没有任何成员有表决权。

clause-groups = 跨组支持：在至少 { $min } 个组（共 { $counted } 个组）中，{ base-phrase }须有{ threshold-phrase } 投赞成票。满足此条件的组：{ $passed } 个。
group-result = { $group }：赞成 { $yes } 票，共 { $total } 票；所需：{ $needed } 票。
group-result-none = { $group }：无人计入。

clause-no-single-group = 不由单一组决定：来自同一组的赞成票至多占赞成票总数的 { $at-most }。最大份额：{ $group }，{ $yes } 张赞成票中占 { $group-yes } 张。
clause-no-single-group-none = 不由单一组决定：来自同一组的赞成票至多占赞成票总数的 { $at-most }。没有赞成票。

clause-weighted = 加权多数，份额按{ base-phrase }计算：
weighted-members = 赞成的成员：{ $yes } 个，共 { $total } 个；所需：{ threshold-phrase }。
weighted-weight = 赞成方的权重（人口）：{ $weight-yes }，共 { $weight-total }；所需：{ threshold-phrase }。

clause-all-of = 须满足以下全部条件：已满足 { $passed } 项，共 { $total } 项。
clause-any-of = 须满足以下条件之一：已满足 { $passed } 项，共 { $total } 项。

consensus-adopted = 协商一致：为期 { $hours } 小时的默许程序已结束，无人提出正式反对。
consensus-running = 协商一致：默许程序为期 { $hours } 小时，已过 { $elapsed-hours } 小时；目前无人提出正式反对。
consensus-objected = 协商一致：默许程序因正式反对而中断：{ $objections } 项（{ $members }）。{ $fallback ->
    [vote] 由备用程序决定：
    [awaiting] 正在等待按备用程序进行表决。
   *[none] 该程序未规定备用程序，因此案文未获通过。
}
consensus-statements = 已记录，不构成阻碍：解释立场：{ $explanations ->
    [0] 无
   *[other] { $explanations } 项（{ $explained-by }）
}；保留意见：{ $reservations ->
    [0] 无
   *[other] { $reservations } 项（{ $reserved-by }）
}。
consensus-late-objections = 默许程序结束后提出的反对，不予计入：{ $count } 项（{ $members }）。

group-AFRICAN = 非洲国家
group-ASIA_PACIFIC = 亚洲及太平洋国家
group-EASTERN_EUROPEAN = 东欧国家
group-GRULAC = 拉丁美洲和加勒比国家
group-WEOG = 西欧和其他国家

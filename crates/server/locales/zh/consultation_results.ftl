# 磋商的结果和主持人的待审队列。中文。

results-consultations = 磋商
results-heading = 结果
results-page-title = 结果：{ $title }
results-statement-gone = 这条陈述的文本已被撤下。
results-hidden-participants = 本次磋商开放期间，其结果只向已在其中投票的人显示。磋商结束后，结果向所有人显示。
results-hidden-take-part = 前往磋商页面参与
results-computing = 正在根据公共记录计算结果。检查时间：{ $time }。
results-computing-later = 请在一分钟后重新加载本页查看。
results-covers = 本分析涵盖公共记录至第 { $entry } 条。由 { $engine } 于 { $time } 计算；任何人都可以根据记录重新计算。
results-participants = 已投票的参与者
results-statements = 陈述
results-votes = 投票
results-clustered = 归入意见群体的参与者
results-map-heading = 意见地图
results-map-lead = 每个圆圈代表一组投票相近的参与者：两个圆圈越近，其投票越相似。圆圈面积与其参与者人数成正比；每个意见群体都有轮廓和编号。
results-map-title = 参与者意见地图
results-map-description = 按投票情况排列的 { $count } 组参与者，按意见群体勾出轮廓。地图旁的表格列出相同的数字。
results-map-caption = 地图上的各组参与者
results-map-none = 地图上尚无任何人。
results-col-cluster = 组
results-col-group = 群体
results-col-participants = 参与者
results-col-x = 第一轴
results-col-y = 第二轴
results-col-statement = 陈述
results-no-group = 无
results-groups-heading = 意见群体
results-groups-lead = 投票相近的参与者构成一个群体。每个群体均列出最能将其与其他群体区分开来的陈述。
results-groups-none = 尚无意见群体：对足够多陈述投票的人太少。
results-group = 群体 { $number }
results-group-size = { $count ->
   *[other] { $shown } 名参与者
}
results-representative-none = 尚无陈述能区分这个群体。
results-rep-agree = 本群体中对此投票的 { $count } 人里，{ $percent }% 表示同意
results-rep-disagree = 本群体中对此投票的 { $count } 人里，{ $percent }% 表示不同意
results-consensus-heading = 参与者的共识
results-consensus-lead = 无论属于哪个群体，大多数参与者都同意或都不同意的陈述。
results-agree-heading = 多数同意
results-disagree-heading = 多数不同意
results-informed-heading = 跨群体共识
results-informed-hint = 每个意见群体都可能同意的陈述。得分为各群体同意概率的乘积：1 表示所有群体都必然同意。
results-informed-score = 得分 { $score }
results-bridging-heading = 弥合分歧的陈述
results-bridging-hint = 通常意见相左的人都同意的陈述。
results-bridging-score = 弥合得分 { $score }
results-none = 暂无。
results-constituencies-heading = 各方的同意情况
results-constituencies-lead = 各区域集团、利益攸关方组织各界别以及公众的投票者对每条陈述的投票情况。每人以最后一次投票为准。
results-cross-bloc-heading = 跨集团共识
results-cross-bloc-hint = 每个区域集团的多数投票者都同意的陈述。
results-cross-bloc-more = 另有 { $count } 条陈述。
results-table-hint = 每个单元格先列出该方对此陈述投票者中表示同意的比例，再列出同意票数与全部票数（同意、不同意或跳过）之比。得票最多的陈述排在前面。
results-table-caption = 各方对每条陈述的同意情况，第 { $page } 页，共 { $pages } 页
results-table-none = 尚无陈述获得投票。
results-public = 公众
results-column = { $name }（{ $count ->
   *[other] { $shown } 名投票者
}）
results-cell = { $percent }%（{ $agree }/{ $votes }）
results-no-votes = 无投票

moderation-heading = 审核
moderation-page-title = 审核：{ $title }
moderation-lead = 对等待批准的陈述以及被参与者举报的陈述作出决定。每项决定都记入公共记录；驳回的理由向所有人公开。
moderation-results-link = 查看本次磋商的结果
moderation-waiting-heading = 等待决定
moderation-count = { $count ->
    [0] 没有等待决定的陈述。
   *[other] 有 { $shown } 条陈述等待决定，最早的排在前面。
}
moderation-statement = 陈述 { $number }
moderation-author = 代表
moderation-author-member = { $member }代表团
moderation-author-organization = { $organization }（{ $chamber }）
moderation-author-public = 一名公众成员
moderation-author-secretariat = 秘书处
moderation-language = 语言
moderation-status = 状态
moderation-status-pending = 等待批准
moderation-status-approved = 已批准
moderation-status-meta = 关于讨论本身
moderation-status-rejected = 已驳回
moderation-flagged = 参与者举报
moderation-flags = { $count ->
   *[other] 自上次决定以来 { $shown } 次
}
moderation-decision = 您对陈述 { $number } 的决定
moderation-approve = 批准：参与者可以看到并投票
moderation-reject = 驳回：将其移出磋商
moderation-meta = 关于讨论本身：可以投票，但不计入意见群体
moderation-reason = 理由
moderation-reason-hint = 驳回时必须填写。任何人都可以在公共记录中看到。
moderation-submit = 记录决定
moderation-error-verdict = 请选择批准、驳回该陈述，或将其标为关于讨论本身
moderation-error-reason = 请填写驳回该陈述的理由
moderation-error-reason-long = 理由过长：请缩短
moderation-no-reason = 未给出理由
moderation-translations-heading = 翻译
moderation-translations-lead = 添加陈述的译文，让参与者能用自己的语言阅读。某一语言的新译文会取代原有译文。
moderation-translations-page = 陈述，第 { $page } 页，共 { $pages } 页
moderation-translated = 已译成：{ $languages }
moderation-translation-language = 译文语言
moderation-language-choose = 请选择语言
moderation-translation-text = 译文
moderation-translation-submit = 添加译文
moderation-error-language = 请选择译文语言
moderation-error-language-own = 请选择陈述原文语言以外的语言
moderation-error-text = 请输入译文
moderation-rejected-heading = 最近驳回
moderation-rejected-none = 尚无陈述被驳回。
moderation-rejected-caption = 最近驳回的陈述及其理由
moderation-col-reason = 给出的理由
notice-statement-moderated = 该决定已记入公共记录。
notice-statement-translated = 译文已添加并记入公共记录。
results-imported = 导入自 { $source }。数据由 Polis 软件（compdemocracy.org/polis）收集，依 CC BY 4.0 再许可，署名 The Computational Democracy Project。

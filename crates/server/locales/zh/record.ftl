# 公共记录、其条目和证明，以及每类事件的说明句。中文。

record-title = 公共记录
record-lead = 本组织的每一项公开行为都是本记录中的一个条目。条目只会增加，绝不会被修改或删除。
record-verify = 本组织定期对记录进行签名。任何人都可以核验某一条目是否在已签名的记录中，以及记录是否从未被改写。
record-checkpoint = 最新已签名检查点
record-size = 涵盖的条目数
record-root = 根哈希（SHA-256）
record-origin = 日志名称
record-key = 日志签名密钥
record-note = 已签名的说明
record-note-hint = 与签名时完全一致的检查点。程序可通过以下地址获取：
record-entries = 条目
record-caption = 条目（最新的在前），第 { $page } 页，共 { $pages } 页
record-col-entry = 条目
record-col-time = 时间（UTC）
record-col-event = 发生的事

entry-title = 第 { $index } 条
entry-time = 时间（UTC）
entry-actor = 记录者
entry-kind = 事件类型
entry-json = 所记录的条目原文
entry-json-hint = 以下是该条目的确切字节：规范 JSON（RFC 8785）。
entry-leaf = 叶哈希
entry-leaf-hint = 对一个零字节加上条目字节计算的 SHA-256。
entry-proof = 条目在记录中的证明
entry-proof-lead = 此包含证明表明，第 { $index } 条包含在签名时共有 { $size } 个条目的记录中，该记录的根哈希为：
entry-proof-empty = 已签名的记录只有这一个条目，因此其叶哈希就是根哈希。
entry-proof-caption = 证明中的哈希，从条目向上
entry-proof-step = 步骤
entry-proof-hash = 哈希（SHA-256）
entry-check-title = 如何自行核验
entry-check-leaf = 计算条目的叶哈希：对一个零字节加上条目字节计算 SHA-256。
entry-check-path = 按照 RFC 9162（第 2.1.3.2 节）的说明，依次将其与证明中的每个哈希合并：每一步都是对一个值为 1 的字节加上左哈希和右哈希计算 SHA-256。
entry-check-root = 结果必须等于已签名检查点的根哈希，并且检查点的签名必须能用本组织公布的日志密钥验证。
entry-check-command = 也可以使用 Concord 命令行程序一次核验记录的全部条目：
entry-not-signed = 该条目尚未被已签名的检查点涵盖，因此暂时没有证明。请稍后重新加载本页。
entry-nav = 其他条目
entry-previous = 上一条
entry-next = 下一条

event-organization-founded = { $name } 组织成立。
event-member-admitted = { $status ->
    [observer] { $name } 被接纳为观察员国。
   *[member] { $name } 被接纳为成员国。
}
event-document-published = 第 { $number } 号文件《{ $title }》以{ $language }发布。
event-blob-redacted = “{ $title }”的文本已被撤下。所述理由：{ $reason }
event-secretariat-appointed = { $handle } 加入秘书处。
event-observer-accredited = { $handle } 获认可为观察员。
event-delegation-member-added = { $role ->
    [head] { $handle } 获认可为{ $member }代表团团长。
    [delegate] { $handle } 被任命为{ $member }代表。
   *[alternate] { $handle } 被任命为{ $member }副代表。
}
event-delegation-member-removed = { $handle } 离开{ $member }代表团。
event-organization-applied = { $name } 申请参加{ $chamber ->
    [industry] 产业界
    [research] 研究界
    [civil_society] 民间社会
   *[intergovernmental] 政府间组织
}分组。
event-organization-admitted = { $name }获准参加。
event-organization-declined = { $name }未获准参加。所述理由：{ $reason }
event-organization-member-added = { $handle } 加入{ $name }。
event-organization-member-removed = { $handle } 离开{ $name }。
event-unreadable = 无法读取该条目。

event-consultation-created = 已创建第 { $id } 号磋商：“{ $title }”。
event-consultation-opened = 第 { $id } 号磋商已开放。
event-consultation-closed = 第 { $id } 号磋商已结束。
event-consultation-reopened = 第 { $id } 号磋商已重新开放。
event-consultation-statement-added = 第 { $id } 号磋商新增了第 { $statement } 条观点。
event-consultation-statement-moderated = 审核员{ $verdict ->
        [approve] 批准了
        [reject] 拒绝了
       *[meta] 将其标为元观点：
    }第 { $id } 号磋商的第 { $statement } 条观点。
event-consultation-statement-translated = 第 { $id } 号磋商的第 { $statement } 条观点已译成{ $language }。
event-consultation-statement-flagged = 第 { $id } 号磋商的第 { $statement } 条观点已提交审核员。
event-consultation-voted = 对第 { $id } 号磋商第 { $statement } 条观点的一次投票。
event-consultation-import-started = 第 { $id } 号磋商开始导入，来源：{ $source }。
event-consultation-statement-imported = 第 { $id } 号磋商的第 { $statement } 条观点已导入（导出数据中的第 { $comment } 条评论）。
event-consultation-vote-imported = 参与者 { $participant } 对第 { $id } 号磋商第 { $statement } 条观点的一次导入投票。
event-consultation-import-finished = 第 { $id } 号磋商导入完成，已关闭。

event-decision-types-published = 已发布第 { $version } 版决定类型（共 { $count } 种）。
event-decision-key-registered = 已为 { $signatory } 登记{ $custodied ->
        [yes] 一把由服务器保管的签名密钥
       *[no] 一把签名密钥
    }。
event-decision-key-revoked = { $signatory } 的一把签名密钥已被撤销。
event-decision-ballot-opened = 第 { $id } 号表决已开始：“{ $title }”。
event-decision-alternate-designated = { $handle } 被指定在第 { $id } 号表决中代表 { $member } 投票。
event-decision-proxy-given = { $from } 将第 { $id } 号表决的代理权交给 { $to }。
event-decision-proxy-revoked = { $from } 收回了第 { $id } 号表决的代理权。
event-decision-voted = { $member } 在第 { $id } 号表决中投了{ $choice ->
        [yes] 赞成票
        [no] 反对票
       *[abstain] 弃权票
    }{ $how ->
        [recorded] （由秘书处记录）
        [proxy] （由代理方 { $holder } 投出）
       *[own] {""}
    }。
event-decision-ballot-closed = 第 { $id } 号表决已结束：{ $outcome ->
        [adopted] 通过
        [rejected] 未通过
       *[pending] 待定
    }。
event-divide-methodology-published = 人工智能鸿沟指数方法第 { $version } 版已发布。
event-divide-series-recorded = 已为{ $member }记录 { $indicator } 的 { $count } 个数值。
event-divide-value-submitted = { $member }提交了 { $year } 年 { $indicator } 的数值（提交 { $id }）。
event-divide-submission-accepted = 提交 { $id } 已被接受。
event-divide-submission-rejected = 提交 { $id } 被拒绝：{ $reason }

# 联合：镜像站点的横幅、发现分叉证据时的警报、镜像拒绝更改的页面，以及节点页面。中文。

nodes-record-link = 记录的节点与见证方

mirror-tag = 镜像
mirror-banner = 本站是 { $hub } 的记录的镜像。本站保存 { $count ->
   *[other] { $shown } 条记录
}；上次与主节点同步的时间为 { $time }。
mirror-banner-never = 本站是 { $hub } 的记录的镜像。本站保存 { $count ->
   *[other] { $shown } 条记录
}；尚未与主节点同步过。
mirror-nodes-link = 关于本镜像
mirror-warning = 警告
mirror-silent = 主节点自 { $time } 起未再应答：本站显示的是当时的记录。
mirror-silent-never = 主节点尚未应答：本站可能未显示记录的最新条目。

fork-alert-held = 主节点展示的记录历史与本节点此前保存的历史相矛盾。
fork-alert-peer = 主节点展示的记录历史与另一节点保存的历史相矛盾。
fork-alert-stopped = 本节点已于 { $time } 停止跟随主节点。
fork-alert-found = 发现时间：{ $time }。
fork-alert-link = 查看证据

mirror-refused-title = 本站是只读镜像
mirror-refused-body = 本站保存 { $hub } 的记录副本，不接受任何更改。
mirror-refused-next = 如需登录、投票或提交任何内容，请前往主节点。
mirror-refused-hub = 前往主节点

nodes-title = 节点与见证方
nodes-lead = 多个节点保存公共记录的副本，见证方为其检查点联署。它们共同确保任何人都无法在不被发现的情况下改写记录，或向不同读者展示不同的记录。
nodes-this = 本节点
nodes-role = 角色
nodes-role-hub = 主节点：签署记录
nodes-role-mirror = 镜像：主节点记录的只读副本
nodes-hub = 主节点
nodes-origin = 日志名称
nodes-log-key = 日志密钥
nodes-entries = 保存的条目数
nodes-behind = 落后主节点的条目数
nodes-in-step = 上次与主节点同步
nodes-following = 正在跟随主节点
nodes-following-yes = 是
nodes-following-no = 否：已停止
nodes-witness-key = 本节点的见证密钥
nodes-never = 从未
nodes-none-yet = 暂无
nodes-no-error = 无
nodes-witnesses = 见证方
nodes-witnesses-lead = 见证方核实每个新检查点都延续了它此前联署的检查点，然后为其联署。获得足够见证方联署的检查点才算已见证。
nodes-quorum = 检查点需要以下群组的联署：
nodes-witnesses-none = 本节点不请求任何见证方。
nodes-witnesses-caption = 各见证方及其最近联署的内容
nodes-col-witness = 见证方
nodes-col-cosigned-size = 最近联署的大小
nodes-col-cosigned-at = 联署时间
nodes-col-error = 最近的错误
nodes-witnessed = 本节点见证的记录
nodes-witnessed-caption = 本节点为每份记录最近联署的检查点
nodes-col-log = 记录（日志名称）
nodes-peers = 对等节点
nodes-peers-none = 本节点不与任何其他节点比对检查点。
nodes-peers-caption = 与本节点比对检查点的节点
nodes-col-peer = 节点
nodes-col-peer-size = 其展示的大小
nodes-col-checked-at = 最近询问
nodes-evidence = 证据
nodes-evidence-lead = 当主节点签署的检查点与另一检查点不可能同时成立时，便会保存证据：任何人都可以用 concord evidence check 核验每个文件。
nodes-evidence-none = 未发现记录被改写或分裂的证据。
nodes-evidence-caption = 本节点保存的证据
nodes-col-number = 编号
nodes-col-kind = 所示情况
nodes-col-found = 发现时间
nodes-col-detail = 详情
nodes-col-file = 文件
nodes-evidence-file = 证据文件（JSON）
nodes-kind-rewrite = 记录被改写
nodes-kind-shrank = 记录缩短了
nodes-kind-split-view = 不同节点看到了不同的记录
nodes-kind-bad-signature = 签名无效的检查点
nodes-kind-bad-tiles = 与已签名检查点不符的条目

# 代表团团长页面、秘书处对代表团团长的认证、仅显示一次的新邀请链接页面，
# 以及成员国页面上的代表团。中文。

delegation-role-head = 代表团团长
delegation-role-delegate = 代表
delegation-role-alternate = 副代表
delegation-col-role = 职务
delegation-col-handle = 公开标识
delegation-col-since = 加入记录
delegation-since-entry = 第 { $index } 条
delegation-title = { $member }代表团
delegation-lead = 您是本代表团团长。您可以邀请代表和副代表，并在他们离开时将其除名。
delegation-people = 代表团成员
delegation-remove = 除名
delegation-invite-heading = 邀请代表或副代表
delegation-kind-legend = 邀请身份
delegation-kind-error = 请选择代表或副代表
delegation-back = 返回您的代表团

invite-note-label = 邀请对象
invite-note-hint = 仅供您在列表中识别该邀请的私人备注，例如对方姓名。此备注不会公开。
invite-note-missing = 请填写邀请对象
invite-email-label = 电子邮件地址（可选）
invite-email-hint = 如填写，链接也会发送至该地址。系统不会保存该地址。
invite-email-error = 请输入格式正确的电子邮件地址，例如 name@example.org
invite-submit = 生成邀请链接
text-too-long = 最多输入 { $max } 个字符

invitations-heading = 您发出的邀请
invitations-caption = 您发出的邀请，按时间由新到旧排列
invitations-none = 您尚未发出任何邀请。
invitations-col-kind = 邀请身份
invitations-col-member = 成员国
invitations-col-note = 备注
invitations-col-status = 状态
invitations-col-expires = 有效期至
invitations-col-action = 操作
invitation-revoke = 撤销
invitation-status-open = 有效
invitation-status-used = 已使用
invitation-status-revoked = 已撤销
invitation-status-expired = 已过期
invitation-kind-secretariat = 秘书处工作人员
invitation-kind-observer = 观察员
invitation-kind-stakeholder = 组织成员

issued-title = 邀请链接已生成
issued-lead = 请以保密方式将此链接发送给邀请对象（{ $note }）。该链接仅可使用一次，有效期至 { $expires }。
issued-link-label = 邀请链接
issued-once = 此链接仅在此时显示。系统不以明文保存，之后无法再次显示：请在离开本页面前复制。
issued-emailed = 链接也已发送至您填写的电子邮件地址。
issued-not-emailed = 链接未能通过电子邮件发送。请您亲自将其交给对方。

remove-title = 将 { $handle } 从代表团中除名
remove-lead = 除名立即生效，并记入公共记录；如您填写了理由，理由也将一并记入。
remove-reason-label = 理由（可选）
remove-reason-hint = 理由将会公开。请勿填写任何私人信息。
remove-submit = 从代表团中除名
remove-cancel = 取消

secretariat-title = 秘书处
secretariat-lead = 秘书处的工作事项。
secretariat-accreditation = 代表团团长认证
secretariat-accreditation-text = 邀请成员国代表团团长，跟踪已发出的邀请，并查看哪些国家已有代表团团长。
secretariat-admissions = 组织接纳
secretariat-admissions-text = 就利益攸关方组织参与本组织工作的申请作出决定。

accreditation-title = 代表团团长认证
accreditation-lead = 每位代表团团长均通过一次性邀请链接获得认证。对方接受邀请后，认证即记入公共记录。
accreditation-form = 认证代表团团长
accreditation-member-label = 成员国
accreditation-member-choose = 请选择成员国
accreditation-member-missing = 请选择该代表团所代表的成员国
accreditation-member-unknown = 请从列表中选择成员国
accreditation-member-taken = { $member }已有代表团团长
accreditation-back = 返回认证页面
accreditation-invitations = 秘书处发出的邀请
accreditation-invitations-caption = 全部邀请，按时间由新到旧排列
accreditation-invitations-none = 尚未发出任何邀请。
accreditation-heads = 已获认证的代表团团长
accreditation-heads-caption = 已有获认证代表团团长的成员国
accreditation-heads-none = 尚无代表团团长获得认证。

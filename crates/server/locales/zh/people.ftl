# 向有权查看者显示人员姓名，以及每种角色的主页。中文。

site-documents = 文件
site-participation = 您的参与
people-col-name = 姓名
people-email = 电子邮件地址
invitations-col-used-by = 使用者
delegation-member-lead = { $role ->
    [alternate] 您是{ $member }代表团的副代表。
   *[delegate] 您是{ $member }代表团的代表。
}代表团团长负责管理代表团成员。
delegation-member-page = 该成员国的页面
delegation-member-head = 磋商、投票和交流开放后将显示在这里。
home-now = 您现在可以做什么
home-now-documents = 阅读文件
home-now-record = 关注公共记录
home-sign-up = 注册以参与
home-take-part = 任何人都可以使用化名参与公开磋商。
home-your-page = 前往您的页面
orgs-apply-visitor = 申请需要一个账户。
issued-no-mail = 本服务器不发送电子邮件：请您亲自将链接交给受邀者。
participation-title = 您的参与
participation-lead-participant = 在磋商中，您以化名投票和发表观点，每次磋商的化名都不同，因此公开记录不会将您的回答与您本人关联。您可以为您的组织申请加入某一议院，并阅读本组织发布的内容。
participation-lead-stakeholder = 您代表您的组织参与。组织页面列出其成员。
participation-lead-observer = 您是经认可的观察员：您关注议事进程，但没有表决权。
participation-organizations = 您的组织
participation-organizations-none = 您尚未为任何组织提出申请，也不属于任何组织。
participation-organizations-all = 浏览组织
participation-account = 您的账户与安全
account-action-read_personal_details = 查看人员的姓名和电子邮件地址

# 页面框架和各页面共用的部分。中文。

site-skip = 跳到主要内容
site-languages = 语言
site-menu = 主要栏目
site-breadcrumbs = 当前位置
site-home = 首页
site-members = 成员国
site-record = 公共记录

footer-record = 记录已核验至第 { $entry } 条
footer-record-none = 记录中尚无已签名的条目。
footer-api = JSON 接口（OpenAPI 说明）

error-prefix = 错误：
error-summary-title = 出现问题
banner-important = 重要

pagination-label = 结果页
pagination-previous = 上一页
pagination-next = 下一页
pagination-page = 第 { $number } 页

yes = 是
no = 否
not-known = 不详

status-member = 成员国
status-observer = 观察员国

language-ar = 阿拉伯文
language-zh = 中文
language-en = 英文
language-fr = 法文
language-ru = 俄文
language-es = 西班牙文

group-AFRICAN = 非洲国家组
group-ASIA_PACIFIC = 亚洲-太平洋国家组
group-EASTERN_EUROPEAN = 东欧国家组
group-GRULAC = 拉丁美洲和加勒比国家组
group-WEOG = 西欧和其他国家组

income-HIC = 高收入
income-UMC = 中等偏上收入
income-LMC = 中等偏下收入
income-LIC = 低收入

site-organizations = 组织
site-secretariat = 秘书处
site-delegation = 您的代表团
site-account = 您的账户
site-sign-in = 登录
site-sign-out = 退出
banner-success = 已完成

# 表单提交成功后，在下一页显示一次的通知。
notice-signed-in = 您已登录。
notice-signed-out = 您已退出。
notice-two-factor-on = 双重验证登录已开启。今后登录时需要输入应用中的验证码。
notice-password-changed = 您的密码已更改，其他会话已结束。
notice-signed-out-everywhere = 您已在所有设备上退出：您账户的所有会话均已结束。
notice-password-changed-tokens-revoked = 您的密码已更改，其他会话已结束，API 令牌已撤销。
notice-signed-up = 您的账户已创建。请登录以继续。
notice-invitation-accepted = 您的账户已创建，任命已记录。请登录以继续。
notice-invitation-revoked = 邀请已撤销，其链接不再有效。
notice-person-removed = 该人员已被移除，移除记录已载入公共记录。
notice-token-revoked = 令牌已撤销，使用它的程序将无法再用它登录。
notice-applied = 您的申请已记录，将由秘书处作出决定。
notice-decided = 该决定已载入公共记录。

# A moment on a page: its date and time (written for the language), in UTC.
time-utc = { $time }（UTC）

# The phase banner of a demonstration (serve --demo), on every page.
demo-tag = 演示
demo-banner = 这是一个演示。其中的代表团、组织和人员均为虚构；咨询内容来自公开的开放数据。此处的一切均非正式，数据可能随时被重置。

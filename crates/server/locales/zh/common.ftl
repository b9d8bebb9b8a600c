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

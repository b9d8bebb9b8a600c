# 成员名录和各成员国的页面。中文。

members-title = 成员国
members-lead = 成员国 { $members } 个，观察员国 { $observers } 个。
members-search-form = 搜索成员国
members-search-label = 按名称或代码搜索
members-search-hint = 可使用六种语言中的任何一种，例如 肯尼亚、Kenya、Кения 或 KEN。
members-group-label = 区域组
members-income-label = 收入组
members-any-group = 所有区域组
members-any-income = 所有收入组
members-apply = 搜索
members-clear = 清除搜索和筛选条件
members-count = { $count ->
    [0] 未找到任何国家
   *[other] 找到 { $count } 个国家
}
members-caption = 成员国和观察员国，第 { $page } 页，共 { $pages } 页
members-col-name = 名称
members-col-code = 代码
members-col-group = 区域组
members-col-income = 收入组
members-col-population = 人口
members-none = 没有与搜索条件相符的国家。请检查拼写，或清除筛选条件。
members-no-group = 无（观察员国）
members-error-q = 搜索内容不得超过 { $max } 个字符
members-error-group = 请从列表中选择一个区域组
members-error-income = 请从列表中选择一个收入组

member-names = 六种语言的名称
member-details = 详细信息
member-iso3 = ISO 3166 三字母代码
member-iso2 = ISO 3166 两字母代码
member-m49 = 联合国 M49 代码
member-group = 区域组
member-income = 收入组（世界银行）
member-ldc = 最不发达国家
member-lldc = 内陆发展中国家
member-sids = 小岛屿发展中国家
member-population = 人口
member-admitted = 接纳依据
member-admitted-entry = 公共记录第 { $index } 条
member-delegation = 代表团
member-delegation-none = 该国尚无获得认证的代表团。

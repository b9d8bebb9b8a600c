# 本组织的文件及秘书处的文件发布表单。中文。

documents-title = 文件
documents-lead = 本组织已发布的文件。公共记录保存每份文本的 SHA-256，任何人都可以核实某份文本是否就是所发布的文本。
documents-publish-link = 发布文件
documents-filter-form = 筛选文件
documents-kind-label = 类型
documents-any-kind = 任何类型
documents-language-label = 语言
documents-any-language = 任何语言
documents-error-kind = 请从列表中选择类型：Markdown 或纯文本
documents-error-language = 请从列表中选择语言
documents-count = { $count ->
    [0] 未找到文件
   *[other] 找到 { $count } 份文件
}
documents-none = 没有符合条件的文件。请尝试其他类型或语言。
documents-caption = 文件（按时间由新到旧排列）
documents-col-number = 编号
documents-col-title = 标题
documents-col-language = 语言
documents-col-kind = 类型
documents-published = 发布于
documents-entry = 第 { $index } 条记录
documents-taken-down-tag = 已撤下
documents-kind-markdown = Markdown 文本
documents-kind-text = 纯文本
documents-kind-other = 其他格式
documents-media-type = 媒体类型
documents-size = 大小
documents-bytes = { $count } 字节
documents-taken-down = 撤下于
documents-takedown-notice = 本文件的文本已被撤下。其 SHA-256 仍保留在公共记录中。所述理由：{ $reason }
documents-hash = 文本的 SHA-256
documents-hash-hint = 公共记录保存此哈希值。请计算您所持文本的 SHA-256 并进行比较。
documents-text = 文本
documents-raw = 下载所发布的文本
documents-form-heading = 发布文件
documents-form-lead = 文件将立即发布：其标题和文本的 SHA-256 将载入公共记录，其文本显示在文件页面上。
documents-form-title = 标题
documents-form-title-hint = 使用文件的语言，写在一行内，最多 { $max } 个字符。
documents-form-language-choose = 请选择语言
documents-form-kind-hint = Markdown 文本按原样显示，不加排版。
documents-form-text = 文本
documents-form-submit = 发布文件
documents-error-language-form = 请选择文件所用的语言
documents-error-text = 请输入文件的文本
documents-error-title = 请输入文件的标题
documents-error-title-line = 请将标题写在一行内，不要包含控制字符
notice-document-published = 文件已发布并载入公共记录。
secretariat-documents-text = 以六种语言之一发布本组织的文件。
entry-document = 阅读文件

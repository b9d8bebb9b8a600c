# 错误页面。中文。

notfound-title = 找不到页面
notfound-typed = 如果网址是您输入的，请检查是否正确。
notfound-pasted = 如果网址是您粘贴的，请检查是否完整复制。
notfound-next = 您可以从以下页面重新开始：
problem-title = 抱歉，服务出现问题
problem-later = 请稍后再试。
problem-record = 公共记录没有任何丢失：已记录的每一项行为都仍在记录中。
badrequest-title = 抱歉，无法处理此请求
badrequest-body = 请检查网址，或返回上一页后重试。

forbidden-title = 您无法使用此页面
forbidden-body = 您的账户无权访问此页面。如您认为应当有权访问，请联系秘书处。
expired-title = 此表单已过期
expired-body = 为保障安全，表单在一段时间后或退出登录后失效。请返回并刷新页面，然后重新提交表单。
resent-title = 此表单已提交过
resent-body = 我们已收到过一次此表单，因此没有再次处理。请返回并刷新页面，查看当前情况。

# 个人账户：接受邀请、注册、账户概况、密码和 API 令牌。中文。

account-role-anonymous = 访客
account-role-participant = 参与者
account-role-observer = 观察员
account-role-stakeholder = 利益攸关方组织成员
account-role-alternate = 副代表
account-role-delegate = 代表
account-role-head_of_delegation = 代表团团长
account-role-secretariat = 秘书处工作人员

# API 令牌可执行的操作。
account-action-read_public = 查阅公共记录
account-action-read_own_account = 查看本人账户
account-action-manage_own_credentials = 更改密码和两步登录设置
account-action-manage_own_tokens = 创建和撤销 API 令牌
account-action-invite_secretariat = 邀请秘书处工作人员
account-action-invite_observer = 邀请观察员
account-action-invite_head = 认证代表团团长
account-action-withdraw_head = 撤销代表团团长的认证
account-action-invite_delegation_member = 邀请代表和副代表
account-action-remove_delegation_member = 移除代表和副代表
account-action-apply_organization = 代表组织提出申请
account-action-decide_organization = 接纳或拒绝组织
account-action-invite_organization_member = 邀请本组织成员
account-action-remove_organization_member = 移除本组织成员
account-action-manage_invitations = 查看和撤销本人发出的邀请
account-action-publish_document = 发布文件
account-action-redact_content = 撤下已发布的内容

# 新账户的字段。
account-username = 用户名
account-username-hint = 3 至 40 个字符：小写字母 a 至 z、数字、句点、下划线或连字符（. _ -）
account-display-name = 您的姓名
account-display-name-hint = 仅您本人和秘书处可见，绝不会出现在公共记录中
account-password = 密码
account-password-hint = 至少 { $min } 个字符
account-email = 电子邮件地址（可选）
account-email-hint = 予以保密，仅用于就您的账户与您联系
account-error-username = 请输入 3 至 40 个字符的用户名，只能使用小写字母 a 至 z、数字、句点、下划线或连字符
account-error-username-taken = 该用户名已被使用，请另选一个
account-error-display-name = 请输入您的姓名，不超过 100 个字符
account-error-email = 请输入电子邮件地址，例如 name@example.org，或留空
account-error-password-short = 请输入至少 { $min } 个字符的密码
account-error-password-long = 请输入不超过 { $max } 个字符的密码
account-error-limited = 从您所在网络创建的账户过多。请在 { $minutes } 分钟后重试

account-invitation-title = 接受邀请
account-invitation-details = 您的邀请
account-invitation-lead = 请创建账户以接受邀请。接受后，您的任命将以公开标识记入公共记录；您的用户名、姓名和电子邮件地址予以保密。
account-invitation-role = 身份
account-invitation-member = 会员国
account-invitation-organization = 组织
account-invitation-invited-by = 邀请人
account-invitation-expires = 有效期至
account-invitation-submit = 接受并创建账户
account-invitation-gone-title = 此邀请链接已无法使用
account-invitation-gone-body = 该链接已被使用、已被撤销或已过期。每个邀请链接只能使用一次。
account-invitation-gone-next = 请邀请您的人重新发送一个链接。
account-invitation-gone-account = 如果您已用此链接创建了账户：

account-signup-title = 注册为参与者
account-signup-lead = 公众以化名参与磋商。公共记录只显示诸如 p.1a2b3c4d 之类的标识，绝不显示您的用户名或姓名。无需提供电子邮件地址。
account-signup-submit = 创建账户
account-signup-have-account = 已有账户？

account-title = 您的账户
account-name = 姓名
account-handle = 公开标识
account-handle-note = 公开标识是公共记录中显示的唯一与您有关的信息。
account-role = 身份
account-member = 会员国
account-organization = 组织
account-security = 登录与安全
account-two-factor = 两步登录
account-two-factor-on = 已开启
account-two-factor-off = 未开启
account-two-factor-manage = 设置两步登录
account-cancel = 取消

account-password-title = 更改密码
account-password-lead = 更改密码后，您在其他所有设备上的登录都将结束。
account-password-current = 当前密码
account-password-new = 新密码
account-password-confirm = 确认新密码
account-password-submit = 更改密码
account-password-revoke-tokens = 同时撤销我的所有 API 令牌（如果其他人可能知道您的密码，请勾选）
account-sessions = 您的会话
account-sessions-lead = 在不再使用的电脑上仍处于登录状态，或怀疑有他人登录？“在所有设备上退出”会结束您账户的所有会话，包括当前会话。您的 API 令牌仍然有效。
account-sign-out-everywhere = 在所有设备上退出
account-error-current-missing = 请输入当前密码
account-error-current-wrong = 当前密码不正确
account-error-confirm = 两次输入的新密码不一致。请输入两次相同的密码

account-tokens-title = API 令牌
account-tokens-lead = API 令牌使命令行工具和您自己的程序能够代表您操作，但仅限于您授予的权限。请像保管密码一样保管令牌。
account-tokens-caption = 您的令牌
account-tokens-none = 您还没有 API 令牌。
account-tokens-col-scopes = 权限
account-tokens-col-created = 创建时间
account-tokens-col-expires = 到期时间
account-tokens-col-used = 最近使用
account-tokens-col-status = 状态
account-tokens-col-actions = 操作
account-tokens-never = 从未使用
account-token-active = 有效
account-token-revoked = 已撤销
account-token-expired = 已过期
account-token-revoke = 撤销
account-tokens-new = 创建令牌
account-token-name = 名称
account-token-name-hint = 便于日后辨认，例如“笔记本电脑命令行”
account-token-expiry = 有效期
account-token-days = { $days } 天
account-token-scopes = 可执行的操作
account-token-scopes-hint = 只授予您的程序所需的权限。
account-token-submit = 创建令牌
account-error-token-name = 请输入不超过 100 个字符的名称
account-error-token-expiry = 请选择令牌的有效期
account-error-token-scopes = 请至少选择一项令牌可执行的操作

account-token-created-title = 您的新 API 令牌
account-token-created-copy = 请立即复制此令牌。它不会再次显示：系统只保存其指纹。
account-token-created-how = 使用方法
account-token-created-api = 在向 JSON API 发出的每个请求中，通过 Authorization 请求头发送该令牌：
account-token-created-cli = 或者将其提供给命令行工具，使用 --token 选项或 CONCORD_TOKEN 环境变量：
account-token-created-lost = 如果令牌丢失，或可能已被他人看到，请将其撤销并创建新令牌。
account-token-created-back = 返回 API 令牌

# 找回账户：恢复码、重置密码、电子邮件地址、删除账户。中文。

event-account-reset-issued = 已为 { $handle } 签发密码重置。

account-action-issue_reset = 签发密码重置链接
account-action-change_own_email = 更改您的电子邮件地址
account-action-delete_own_account = 删除您的账户

signin-forgot = 忘记密码？
twofactor-recovery-hint = 手机丢了？请改为输入您的一个恢复码（例如 abcd-efgh-jkmn-pqrs）。每个恢复码只能使用一次。
recovery-error-wrong = 此恢复码错误或已被使用。每个恢复码只能使用一次；请核对后换一个再试
setup-qr-label = 供身份验证应用扫描的密钥二维码

recovery-codes-title = 您的恢复码
recovery-codes-once = 请立即将这十个恢复码保存在安全的地方：它们只显示这一次。
recovery-codes-how = 如果手机丢失，请用密码加其中一个恢复码登录，代替应用中的验证码。每个恢复码只能使用一次。
recovery-codes-lost = 请打印出来或保存在密码管理器中，并与手机分开存放。任何人只要有您的密码和一个恢复码，就能以您的身份登录。
recovery-codes-continue = 我已保存恢复码，继续
recovery-codes-manage-title = 恢复码
recovery-codes-none = 恢复码随两步登录一起提供。请先设置身份验证应用。
recovery-codes-left = 未使用的恢复码
recovery-codes-regenerate-lead = 当大部分恢复码已用完，或您认为有人看到过它们时，请生成十个新的恢复码。旧的恢复码将立即失效。
recovery-codes-regenerate = 生成新的恢复码

reset-issue-title = 签发密码重置链接
reset-issue-handle = 标识
reset-issue-handle-hint = 此人的公开标识，例如 del.1a2b3c4d
reset-issue-remit-secretariat = 秘书处为代表团团长、代表、副代表、观察员和组织成员签发重置链接。秘书处账户在服务器上重置，参与者通过电子邮件自行重置密码。
reset-issue-remit-head = 您可以为本代表团的代表和副代表签发重置链接。
reset-issue-what = 链接只能使用一次，有效期 24 小时。此人可用它设置新密码；其所有会话都将结束，并需要重新设置两步登录。公开记录只载明已为该标识签发重置，绝不载明链接。
reset-issue-submit = 签发链接
reset-error-handle-missing = 请输入此人的标识
reset-error-handle = 请输入标识，例如 del.1a2b3c4d
reset-error-unknown = 没有标识为 { $handle } 的账户
reset-error-remit = 您不能为 { $handle } 签发重置：这超出了您的职权范围。未签发任何链接
reset-issued-title = 已签发重置链接
reset-issued-once = 请立即当面或通过可信渠道将此链接交给此人：它只显示这一次。
reset-issued-expires = 有效期至
reset-issued-notified = 发给此人的电子邮件
reset-issued-notified-yes = 已告知签发了重置（未发送链接）
reset-issued-give = 交出链接前，请确认确实是此人本人。
reset-issued-logged = 公开记录现已载明已为此标识签发重置。
reset-issued-another = 再签发一个链接

reset-gone-title = 此重置链接无效
reset-gone-lead = 它已被使用、已过期，或未完整复制。请向给您链接的人索取新链接。
reset-title = 设置新密码
reset-lead = 为此账户设置新密码。该账户的所有会话都将结束。
reset-clears-second-factor = 您的身份验证应用和恢复码也将被移除：登录时您需要重新设置两步登录。
reset-submit = 保存新密码

forgot-title = 重置密码
forgot-lead = 请输入您账户的电子邮件地址。如果某个参与者账户使用此地址，我们会发送一个只能使用一次、有效期 24 小时的链接。
forgot-others = 代表、观察员、组织成员和秘书处人员：请向秘书处或本代表团团长索取重置链接。
forgot-email-hint = 您注册时填写的地址
forgot-submit = 发送链接
forgot-no-mail = 此服务器不发送电子邮件。请向秘书处或本代表团团长索取密码重置链接。

email-title = 您的电子邮件地址
email-lead = 您的地址是保密的：只有您和秘书处能看到。它用于向您发送重置链接和通知。
email-address = 电子邮件地址
email-hint = 留空即可删除您的地址
email-submit = 保存地址
email-error = 请输入类似 name@example.org 的地址

delete-title = 删除您的账户
delete-lead = 您的姓名、电子邮件地址、密码、会话、API 令牌和恢复码都将被删除。
delete-handle-stays = 您的标识及您以该标识所做的事仍保留在公开记录中：记录无法更改。
delete-final = 此操作无法撤销。
delete-password = 您的密码
delete-submit = 删除我的账户
delete-error-missing = 请输入密码以确认

notice-password-reset = 新密码已设置。请用它登录。
notice-reset-requested = 如果某个参与者账户使用该地址，重置链接已在发送途中。请查看您的邮箱。
notice-email-changed = 您的电子邮件地址已保存。
notice-account-deleted = 您的账户已删除。
notice-recovery-code-used = 您已使用一个恢复码登录，该恢复码已失效。如果手机丢失，请立即设置新的身份验证应用。
notice-recovery-code-last = 您已使用最后一个恢复码登录。请立即设置新的身份验证应用：新的恢复码会随之提供。

# 登录、退出和双重验证登录。中文。

signin-title = 登录
signin-username = 用户名
signin-password = 密码
signin-submit = 登录
signin-no-account = 还没有账户？
signin-invited = 代表、秘书处工作人员和各组织成员会收到用于创建账户的邀请链接。
signin-sign-up = 公众可以注册参加公众咨询
signin-error-missing = 请输入用户名和密码
signin-error-wrong = 用户名或密码错误
signin-error-limited = 失败次数过多。请在 { $minutes } 分钟后重试
signin-error-busy = 当前登录的人数过多。请在 { $seconds } 秒后重试

twofactor-title = 输入验证码
twofactor-lead = 打开手机上的身份验证应用，输入其为此账户显示的验证码。
twofactor-code = 验证码
twofactor-code-hint = 6 位数字，例如 123456
twofactor-submit = 继续
twofactor-error-missing = 请输入身份验证应用中的验证码
twofactor-error-format = 请输入 6 位数字验证码，例如 123456
twofactor-error-wrong = 验证码错误或已被使用。请输入应用当前显示的验证码

setup-title = 双重验证登录
setup-lead = 双重验证登录可保护您的账户：登录时需要密码和手机上身份验证应用（例如 FreeOTP、Aegis 或 Google Authenticator）提供的验证码。
setup-required = 秘书处和代表团团长必须使用双重验证登录。请先完成设置。
setup-start = 设置双重验证登录
setup-on = 已开启
setup-replace = 您的账户已开启双重验证登录。如更换了手机，可以设置新密钥；新密钥确认后，旧密钥即失效。
setup-new-key = 设置新密钥
setup-scan = 请将此账户添加到身份验证应用，然后输入其显示的验证码。
setup-step-app = 打开身份验证应用，选择通过输入密钥添加账户。
setup-step-key = 输入此密钥：
setup-step-code = 输入应用为新账户显示的 6 位验证码。
setup-url = 以链接形式显示密钥（供其他应用使用）

# The demo accounts on the sign-in page of a demonstration (serve --demo).
signin-demo-title = 演示账户
signin-demo-intro = 使用以下虚构账户之一登录，以他们的视角查看平台。
signin-demo-username = 用户名
signin-demo-role = 角色
signin-demo-of = 代表团或组织
signin-demo-password = 所有演示账户的密码：
signin-demo-second-factor = 代表团团长和秘书处首次登录时需要设置身份验证器应用。

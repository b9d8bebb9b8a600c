# Signing in and out, and two-factor sign-in. English.

signin-title = Sign in
signin-username = Username
signin-password = Password
signin-submit = Sign in
signin-no-account = No account yet?
signin-invited = Delegates, secretariat staff and members of organizations receive an invitation link that creates their account.
signin-sign-up = Members of the public can sign up to take part in consultations
signin-error-missing = Enter your username and your password
signin-error-wrong = The username or the password is wrong
signin-error-limited = Too many failed attempts. Try again in { $minutes } minutes
signin-error-busy = Too many people are signing in right now. Try again in { $seconds } seconds

twofactor-title = Enter your code
twofactor-lead = Open the authenticator app on your phone and enter the code it shows for this account.
twofactor-code = Code
twofactor-code-hint = 6 digits, for example 123456
twofactor-submit = Continue
twofactor-error-missing = Enter the code from your authenticator app
twofactor-error-format = Enter the 6 digits of the code, for example 123456
twofactor-error-wrong = The code is wrong or was already used. Enter the code your app shows now

setup-title = Two-factor sign-in
setup-lead = Two-factor sign-in protects your account: signing in needs your password and a code from an authenticator app on your phone (for example FreeOTP, Aegis or Google Authenticator).
setup-required = The secretariat and heads of delegation must use two-factor sign-in. Set it up to continue.
setup-start = Set up two-factor sign-in
setup-on = On
setup-replace = Two-factor sign-in is on for your account. If you have a new phone, you can set up a new key; the old one stops working once the new one is confirmed.
setup-new-key = Set up a new key
setup-scan = Add this account to your authenticator app, then enter the code it shows.
setup-step-app = Open your authenticator app and choose to add an account by entering a key.
setup-step-key = Type this key:
setup-step-code = Enter the 6-digit code the app shows for the new account.
setup-url = Show the key as a link for other apps

# The demo accounts on the sign-in page of a demonstration (serve --demo).
signin-demo-title = Demo accounts
signin-demo-intro = Sign in with one of these invented accounts to see the platform as they do.
signin-demo-username = Username
signin-demo-role = Role
signin-demo-of = Delegation or organization
signin-demo-password = The password of every demo account:
signin-demo-second-factor = Heads of delegation and the secretariat are asked to set up an authenticator app at their first sign-in.

# Getting back into an account: recovery codes, password resets, the
# e-mail address, deleting an account. English.

event-account-reset-issued = A password reset was issued for { $handle }.

account-action-issue_reset = Issue password reset links
account-action-change_own_email = Change your e-mail address
account-action-delete_own_account = Delete your account

signin-forgot = Forgot your password?
twofactor-recovery-hint = Lost your phone? Enter one of your recovery codes instead (like abcd-efgh-jkmn-pqrs). Each code works once.
recovery-error-wrong = This recovery code is wrong or was already used. Each code works once; check it and try another
setup-qr-label = QR code of the key for your authenticator app

recovery-codes-title = Your recovery codes
recovery-codes-once = Keep these ten codes somewhere safe now: they are shown only this once.
recovery-codes-how = If you lose your phone, sign in with your password and one of these codes instead of the authenticator’s code. Each code works once.
recovery-codes-lost = Print them or keep them in a password manager, away from your phone. Anyone with your password and one code can sign in as you.
recovery-codes-continue = I have kept my codes, continue
recovery-codes-manage-title = Recovery codes
recovery-codes-none = Recovery codes come with two-factor sign-in. Set up an authenticator app first.
recovery-codes-left = Unused codes
recovery-codes-regenerate-lead = Make ten new codes when you have used most of them or think someone has seen them. Your earlier codes stop working at once.
recovery-codes-regenerate = Make new recovery codes

reset-issue-title = Issue a password reset link
reset-issue-handle = Handle
reset-issue-handle-hint = The person’s public handle, such as del.1a2b3c4d
reset-issue-remit-secretariat = The secretariat issues reset links for heads of delegation, delegates, alternates, observers and members of organizations. A secretariat account is reset on the server, and participants reset their own password by e-mail.
reset-issue-remit-head = You can issue reset links for the delegates and alternates of your delegation.
reset-issue-what = The link works once, for 24 hours. It lets the person choose a new password, signs them out everywhere and asks them to set up two-factor sign-in again. The public record says that a reset was issued for the handle, never the link.
reset-issue-submit = Issue the link
reset-error-handle-missing = Enter the handle of the person
reset-error-handle = Enter a handle such as del.1a2b3c4d
reset-error-unknown = There is no account with the handle { $handle }
reset-error-remit = You cannot issue a reset for { $handle }: it is outside your remit. Nothing was issued
reset-issued-title = Reset link issued
reset-issued-once = Give this link to the person now, in person or by a channel you trust: it is shown only this once.
reset-issued-expires = Works until
reset-issued-notified = E-mail to the person
reset-issued-notified-yes = Told that a reset was issued (the link was not sent)
reset-issued-give = Check that it is really the person before you give the link.
reset-issued-logged = The public record now says that a reset was issued for this handle.
reset-issued-another = Issue another link

reset-gone-title = This reset link does not work
reset-gone-lead = It was already used, has expired, or was not copied whole. Ask the person who gave it to you for a new one.
reset-title = Choose a new password
reset-lead = Choose a new password for this account. Every session of the account will end.
reset-clears-second-factor = Your authenticator and recovery codes will be removed too: you will set up two-factor sign-in again when you sign in.
reset-submit = Set the new password

forgot-title = Reset your password
forgot-lead = Enter the e-mail address of your account. If a participant’s account has it, we send a link that works once, for 24 hours.
forgot-others = Delegates, observers, members of organizations and the secretariat: ask the secretariat or the head of your delegation for a reset link.
forgot-email-hint = The address you gave when you signed up
forgot-submit = Send the link
forgot-no-mail = This server does not send e-mail. Ask the secretariat, or the head of your delegation, for a password reset link.

email-title = Your e-mail address
email-lead = Your address is private: only you and the secretariat see it. It is used to send you reset links and notices.
email-address = E-mail address
email-hint = Leave it empty to remove your address
email-submit = Save the address
email-error = Enter an address like name@example.org

delete-title = Delete your account
delete-lead = Your name, e-mail address, password, sessions, API tokens and recovery codes are deleted.
delete-handle-stays = Your handle stays in the public record, with what you did under it: the record cannot be changed.
delete-final = This cannot be undone.
delete-password = Your password
delete-submit = Delete my account
delete-error-missing = Enter your password to confirm

notice-password-reset = Your new password is set. Sign in with it.
notice-reset-requested = If a participant’s account has that address, a reset link is on its way. Check your e-mail.
notice-email-changed = Your e-mail address was saved.
notice-account-deleted = Your account was deleted.
notice-recovery-code-used = You signed in with a recovery code, which no longer works. If you lost your phone, set up a new authenticator now.
notice-recovery-code-last = You signed in with your last recovery code. Set up a new authenticator now: new recovery codes come with it.

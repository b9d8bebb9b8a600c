# The error pages. English.

notfound-title = Page not found
notfound-typed = If you typed the web address, check it is correct.
notfound-pasted = If you pasted the web address, check you copied the entire address.
notfound-next = You can start again from one of these pages:
problem-title = Sorry, there is a problem with the service
problem-later = Try again later.
problem-record = Nothing is lost from the public record: every act that was recorded stays recorded.
badrequest-title = Sorry, this request could not be handled
badrequest-body = Check the web address, or go back to the previous page and try again.

forbidden-title = You cannot use this page
forbidden-body = Your account does not give you access to this page. If you think it should, ask the secretariat.
expired-title = This form has expired
expired-body = For your security, forms stop working after a while or after you sign out. Go back, reload the page and send the form again.
resent-title = This form was already sent
resent-body = We received this form once already, so we did not act on it again. Go back and reload the page to see where things stand.

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

//! E-mail, only when SMTP is configured (`CONCORD_SMTP_URL`): invitation
//! links are sent to the address the inviter gives. Without SMTP the link
//! is shown on screen and by the command line, and nothing is sent.

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Sends mail through one SMTP server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").field("from", &self.from.to_string()).finish_non_exhaustive()
    }
}

impl Mailer {
    /// A mailer for an SMTP URL such as `smtp://user:pass@host:587?tls=required`
    /// or `smtps://host:465` (lettre's URL form), sending as `from`.
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|err| format!("CONCORD_SMTP_URL is not a usable SMTP URL: {err}"))?
            .build();
        let from = from.parse().map_err(|err| format!("CONCORD_SMTP_FROM {from:?} is not an address: {err}"))?;
        Ok(Mailer { transport, from })
    }

    /// Sends an invitation link.
    pub async fn send_invitation(&self, to: &str, what: &str, link: &str) -> Result<(), String> {
        let to: Mailbox = to.parse().map_err(|err| format!("{to:?} is not an e-mail address: {err}"))?;
        let body = format!(
            "You are invited to take part in Concord as {what}.\n\n\
             Open this link to create your account (it works once, for 14 days):\n{link}\n\n\
             If you did not expect this message, ignore it: nothing happens without the link.\n"
        );
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject("Your invitation to Concord")
            .body(body)
            .map_err(|err| format!("cannot write the message: {err}"))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|err| format!("the mail server refused the message: {err}"))
    }

    /// Tells a person that a password reset was issued for their account
    /// (never the link: the issuer hands it over).
    pub async fn send_reset_notice(&self, to: &str, handle: &str, issued_by: &str) -> Result<(), String> {
        let body = format!(
            "A password reset was issued for your Concord account ({handle}) by {issued_by}.\n\n\
             They will give you a one-time link to choose a new password. Every session of your \
             account has been or will be ended.\n\n\
             If you did not ask for this, tell the secretariat.\n"
        );
        self.send(to, "A password reset for your Concord account", body).await
    }

    /// Sends a one-time password reset link that the person asked for.
    pub async fn send_reset_link(&self, to: &str, link: &str, hours: i64) -> Result<(), String> {
        let body = format!(
            "Someone asked to reset the password of your Concord account.\n\n\
             Open this link to choose a new password (it works once, for {hours} hours):\n{link}\n\n\
             If you did not ask for this, ignore this message: your password stays as it is.\n"
        );
        self.send(to, "Reset your Concord password", body).await
    }

    async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), String> {
        let to: Mailbox = to.parse().map_err(|err| format!("{to:?} is not an e-mail address: {err}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .body(body)
            .map_err(|err| format!("cannot write the message: {err}"))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|err| format!("the mail server refused the message: {err}"))
    }
}

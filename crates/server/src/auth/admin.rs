//! The secretariat administrator created on first start.

use domain::{Actor, Command};
use store::access::NewAccount;
use store::{Effect, Store};

use crate::auth::password;
use crate::error::ApiError;

/// The administrator's sign-in name.
pub const ADMIN_USERNAME: &str = "admin";
/// The administrator's public handle.
pub const ADMIN_HANDLE: &str = "sec.admin";

/// The administrator's public handle, as an actor.
pub fn admin_handle() -> Actor {
    Actor::try_from(ADMIN_HANDLE.to_owned()).expect("the administrator's handle is a valid handle")
}

/// Creates the secretariat administrator if the secretariat is empty, with
/// `password`, or a random one. Returns the random password (to be shown
/// once) if one was made; `None` if the administrator exists or the given
/// password was used.
pub async fn ensure_admin(store: &Store, password: Option<&str>) -> Result<Option<String>, ApiError> {
    if store.secretariat_exists().await? {
        return Ok(None);
    }
    let (password, generated) = match password {
        Some(given) => {
            password::check_policy(given)
                .map_err(|fix| ApiError::Unprocessable(format!("CONCORD_ADMIN_PASSWORD: {fix}")))?;
            (given.to_owned(), false)
        }
        None => (random_password()?, true),
    };
    let handle = admin_handle();
    let account = NewAccount {
        handle: handle.clone(),
        username: ADMIN_USERNAME.into(),
        display_name: "Secretariat administrator".into(),
        email: None,
        password_hash: password::hash(&password).await?,
    };
    let command = Command::AppointSecretariat { handle };
    store.submit_with(domain::authz::Caller::system(), command, vec![Effect::CreateAccount(account)]).await?;
    Ok(generated.then_some(password))
}

/// A random password of 20 characters from an unambiguous alphabet.
fn random_password() -> Result<String, ApiError> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|err| ApiError::Internal(format!("no randomness: {err}")))?;
    Ok(bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect())
}

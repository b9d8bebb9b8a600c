//! The HTML pages: server-rendered from askama templates (`templates/`),
//! texts from Fluent message files (`locales/`), one stylesheet served from
//! the binary, no JavaScript. Every page works on a slow connection with
//! scripts off, in the six UN languages, Arabic right to left.
//!
//! One module per area of pages (`home`, `members`, `record`); `page` holds
//! the skeleton and the reusable pieces; `errors` the 404 and 500 pages.
//! Handlers are thin: they read the request, ask the store, and fill a
//! template.

mod account;
mod assets;
mod ballot;
mod consultation;
mod delegation;
mod divide;
mod documents;
pub mod errors;
mod events;
mod federation;
pub mod form;
mod home;
pub mod i18n;
pub mod locale;
mod members;
mod organizations;
pub mod page;
mod participation;
mod people;
mod qr;
mod record;
mod recovery;
pub mod redirect;
mod secretariat;
mod session;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub use errors::{WebError, is_machine_path};

/// The message ids that pages build at run time (`group-AFRICAN`,
/// `event-member-admitted`...), which a search of the sources for
/// `t("...")` cannot see. The message tests check them too.
pub fn runtime_message_ids() -> Vec<String> {
    let mut ids = members::message_ids();
    ids.extend(events::message_ids());
    ids.extend(account::message_ids());
    ids.extend(organizations::message_ids());
    ids.extend(documents::message_ids());
    ids.extend(consultation::message_ids());
    ids.extend(ballot::message_ids());
    ids.extend(divide::message_ids());
    ids.extend(federation::message_ids());
    ids.extend(form::NOTICES.iter().map(|id| (*id).to_owned()));
    ids
}

/// The routes of the HTML pages and their stylesheet.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home::page))
        .route("/members", get(members::directory))
        .route("/members/{code}", get(members::member))
        .route("/organizations", get(organizations::directory))
        .route("/organizations/apply", get(organizations::apply_form).post(organizations::apply))
        .route("/organizations/{id}", get(organizations::organization))
        .route("/organizations/{id}/invitations", post(organizations::invite))
        .route("/organizations/{id}/members/{handle}/remove", post(organizations::remove))
        .route("/secretariat/organizations", get(organizations::admissions))
        .route("/secretariat/organizations/{id}/decision", post(organizations::decide))
        .route("/documents", get(documents::list))
        .route("/documents/{number}", get(documents::document))
        .route("/secretariat/documents", get(documents::publish_form).post(documents::publish))
        .route("/participation", get(participation::page))
        .route("/record", get(record::browser))
        .route("/record/entries/{index}", get(record::entry))
        .route("/nodes", get(federation::page))
        .route("/sign-in", get(session::sign_in_form).post(session::sign_in))
        .route("/sign-in/two-factor", get(session::code_form).post(session::code))
        .route("/account/two-factor", get(session::setup_form).post(session::setup_confirm))
        .route("/account/two-factor/start", post(session::setup_start))
        .route("/sign-out", post(session::sign_out))
        .route("/sign-out/everywhere", post(session::sign_out_everywhere))
        .route("/invitations/{token}", get(account::invitation_form).post(account::accept))
        .route("/sign-up", get(account::sign_up_form).post(account::sign_up))
        .route("/account", get(account::overview))
        .route("/account/password", get(account::password_form).post(account::change_password))
        .route("/account/tokens", get(account::tokens_form).post(account::create_token))
        .route("/account/tokens/{id}/revoke", post(account::revoke_token))
        .route("/delegation", get(delegation::page))
        .route("/delegation/invitations", post(delegation::invite))
        .route("/delegation/people/{handle}/remove", get(delegation::remove_form).post(delegation::remove))
        .route("/invitations/{id}/revoke", post(delegation::revoke))
        .route("/secretariat", get(secretariat::landing))
        .route("/secretariat/accreditation", get(secretariat::accreditation).post(secretariat::accredit))
        .route(
            "/secretariat/accreditation/{member}/withdraw",
            get(delegation::withdraw_form).post(delegation::withdraw),
        )
        .route("/account/recovery-codes", get(recovery::codes_form).post(recovery::regenerate))
        .route("/account/resets", get(recovery::issue_form).post(recovery::issue))
        .route("/reset/{token}", get(recovery::reset_form).post(recovery::reset))
        .route("/forgot-password", get(recovery::forgot_form).post(recovery::forgot))
        .route("/account/email", get(recovery::email_form).post(recovery::change_email))
        .route("/account/delete", get(recovery::delete_form).post(recovery::delete))
        .route("/static/{file}", get(assets::serve))
        .merge(consultation::routes())
        .merge(ballot::routes())
        .merge(divide::routes())
}

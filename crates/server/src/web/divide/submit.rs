//! `POST /divide/{iso3}/submissions` (`indicator`, `year`, `value`,
//! `source`): a head or delegate of the state submits a newer national
//! value, which the secretariat reviews before it counts.
//!
//! The authorization table is asked first (a visitor is sent to sign in,
//! anyone else who may not gets the 403 page). A year or value that is not
//! a number is named beside its field here; every other rule is the
//! domain's (`DivideCommand::SubmitValue`), and its refusal comes back
//! beside the field it names, worded in the page language. Success
//! redirects to the profile with a confirmation.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Target};
use domain::divide::{Decimal, DivideCommand, DivideRejection, MAX_SOURCE, NewValue};
use domain::{Command, Rejection};
use exchange::Catalogue;

use super::profile::{Sent, render, state_of};
use super::value_text;
use crate::AppState;
use crate::api::submit_or_refuse;
use crate::extract::Path;
use crate::web::errors::WebError;
use crate::web::form::{Posted, see_other};
use crate::web::i18n::Tr;
use crate::web::locale::decimal;

/// `POST /divide/{iso3}/submissions`.
pub async fn submit(
    State(state): State<AppState>,
    Path(iso3): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let member = state_of(&state, &iso3).await?;
    ctx.require(&state, Action::SubmitIndicatorValue, Target::Member(member.iso3))?;
    let tr = ctx.tr();
    let mut sent = Sent {
        indicator: form.get("indicator").trim().to_owned(),
        year: form.get("year").trim().to_owned(),
        value: form.get("value").trim().to_owned(),
        source: form.get("source").trim().to_owned(),
        errors: Default::default(),
    };
    let year = sent.year.parse::<u16>().ok().filter(|_| sent.year.len() == 4);
    let value = sent.value.parse::<Decimal>().ok();
    if year.is_none() {
        sent.errors.insert("year", tr.t("divide-error-year"));
    }
    if value.is_none() {
        sent.errors.insert("value", tr.t("divide-error-value"));
    }
    let (Some(year), Some(value)) = (year, value) else {
        return render(&state, ctx, member, sent, StatusCode::OK).await;
    };
    let new =
        NewValue { member: member.iso3, indicator: sent.indicator.clone(), year, value, source: sent.source.clone() };
    let outcome = submit_or_refuse(&state, &ctx.caller, Command::Divide(DivideCommand::SubmitValue(new)))
        .await
        .map_err(WebError::from_api)?;
    match outcome {
        Ok(_) => Ok(see_other(&format!("/divide/{}", member.iso3), Some("notice-divide-submitted"))),
        Err(rejection) => {
            let (field, message) =
                refusal(tr, &sent, &rejection).ok_or_else(|| WebError::from_api(rejection.into()))?;
            sent.errors.insert(field, message);
            render(&state, ctx, member, sent, StatusCode::OK).await
        }
    }
}

/// The field a refusal of a submission names, and what to say beside it in
/// the page language (the domain's reason is English); `None` for a
/// refusal no field explains.
fn refusal(tr: Tr, sent: &Sent, rejection: &Rejection) -> Option<(&'static str, String)> {
    let this_year = domain::Timestamp::now().year();
    Some(match rejection {
        Rejection::Invalid { field: "indicator", .. } => ("indicator", tr.t("divide-error-indicator")),
        Rejection::Invalid { field: "year", .. } => {
            let future = sent.year.parse::<i32>().is_ok_and(|y| y > i32::from(this_year));
            ("year", if future { tr.t("divide-error-year-future") } else { tr.t("divide-error-year-early") })
        }
        Rejection::Invalid { field: "value", .. } => ("value", range_error(tr, &sent.indicator)),
        Rejection::Invalid { field: "source", .. } => ("source", source_error(tr, &sent.source)),
        Rejection::Divide(DivideRejection::AlreadyPending { existing, .. }) => {
            ("indicator", tr.t_args("divide-error-pending", &[("id", tr.number(*existing).into())]))
        }
        _ => return None,
    })
}

/// "Enter a value from 0 to 100", from the indicator's bounds in the
/// catalogue the domain checked the value against.
fn range_error(tr: Tr, indicator: &str) -> String {
    let catalogue = Catalogue::shipped();
    let bounds = catalogue.get(indicator).map(|i| (i.min, i.max));
    match bounds {
        Some((Some(min), Some(max))) => tr.t_args(
            "divide-error-value-range",
            &[("min", bound_text(tr, min).into()), ("max", bound_text(tr, max).into())],
        ),
        Some((Some(min), None)) => tr.t_args("divide-error-value-min", &[("min", bound_text(tr, min).into())]),
        _ => tr.t("divide-error-value"),
    }
}

/// A bound as written: a whole number without decimals.
fn bound_text(tr: Tr, bound: f64) -> String {
    if bound.fract() == 0.0 { decimal(tr.lang, bound, 0) } else { value_text(tr, bound) }
}

/// What is wrong with a source the domain refused: none, too long, or not
/// on one line.
fn source_error(tr: Tr, source: &str) -> String {
    if source.is_empty() {
        tr.t("divide-error-source")
    } else if source.chars().count() > MAX_SOURCE {
        tr.t_args("text-too-long", &[("max", tr.number(MAX_SOURCE as u64).into())])
    } else {
        tr.t("divide-error-line")
    }
}

#[cfg(test)]
mod tests {
    use domain::lang::Lang;

    use super::*;

    fn sent(indicator: &str, year: &str, source: &str) -> Sent {
        Sent {
            indicator: indicator.into(),
            year: year.into(),
            value: "1".into(),
            source: source.into(),
            errors: Default::default(),
        }
    }

    #[test]
    fn each_refusal_names_its_field_in_the_page_language() {
        let tr = Tr { lang: Lang::En };
        let invalid = |field| Rejection::Invalid { field, message: "in English".into() };
        let value = refusal(tr, &sent("IT.NET.USER.ZS", "2023", "x"), &invalid("value")).unwrap();
        assert_eq!(value, ("value", "Enter a value from 0 to 100".into()));
        let future = refusal(tr, &sent("HDI", "2999", "x"), &invalid("year")).unwrap();
        assert_eq!(future, ("year", tr.t("divide-error-year-future")));
        let early = refusal(tr, &sent("HDI", "1900", "x"), &invalid("year")).unwrap();
        assert_eq!(early, ("year", tr.t("divide-error-year-early")));
        let long = "s".repeat(MAX_SOURCE + 1);
        assert_eq!(refusal(tr, &sent("HDI", "2020", &long), &invalid("source")).unwrap().0, "source");
        assert_eq!(refusal(tr, &sent("HDI", "2020", ""), &invalid("source")).unwrap().1, tr.t("divide-error-source"));
        let pending = Rejection::Divide(DivideRejection::AlreadyPending {
            existing: 3,
            member: "KEN".parse().unwrap(),
            indicator: "HDI".into(),
            year: 2020,
        });
        assert_eq!(refusal(tr, &sent("HDI", "2020", "x"), &pending).unwrap().0, "indicator");
        assert_eq!(refusal(tr, &sent("HDI", "2020", "x"), &Rejection::NotFounded), None);
    }
}

//! A demonstration (`concord serve --demo`, issue 15) as the pages show it:
//! the phase banner on every page, public and signed in, in the six
//! languages; the demo accounts on the sign-in page; `demo` in the status.

mod support;

use std::sync::Arc;

use axum::http::{Method, StatusCode};
use domain::lang::Lang;
use server::AppState;
use server::demo::{Demo, DemoAccount};
use server::web::i18n::Tr;
use store::scratch::on_each_backend;
use support::{Who, admin, call, state};

fn demo() -> Demo {
    Demo {
        password: "demo password".into(),
        accounts: vec![
            DemoAccount {
                username: "demo-kenya-head".into(),
                role: "head_of_delegation".into(),
                member: Some("KEN".into()),
                organization: None,
            },
            DemoAccount {
                username: "demo-research".into(),
                role: "stakeholder".into(),
                member: None,
                organization: Some("Open Models Research Institute (demo)".into()),
            },
        ],
    }
}

async fn page(state: &AppState, who: &Who, path: &str) -> String {
    let answer = call(state, who, Method::GET, path, None).await.expect(StatusCode::OK);
    String::from_utf8(answer.body).unwrap()
}

/// The banner's text as a page writes it (askama escapes the apostrophe).
fn banner(lang: Lang) -> String {
    Tr { lang }.t("demo-banner").replace('\'', "&#39;")
}

#[tokio::test]
async fn every_page_of_a_demo_says_so_in_its_language() {
    on_each_backend(|setup| async move {
        let mut state = state(&setup).await;
        state.demo = Some(Arc::new(demo()));
        let anyone = Who::anonymous();
        for lang in Lang::ALL {
            for path in ["/", "/members", "/consultations", "/record"] {
                let html = page(&state, &anyone, &format!("{path}?lang={}", lang.code())).await;
                assert!(html.contains("class=\"phase-banner\""), "{path} in {lang:?}");
                assert!(html.contains(&banner(lang)), "{path} in {lang:?}: the banner's text");
            }
        }
        // An error page too.
        let missing = call(&state, &anyone, Method::GET, "/no/such/page", None).await.expect(StatusCode::NOT_FOUND);
        assert!(String::from_utf8(missing.body).unwrap().contains(&banner(Lang::En)));
        // And a signed-in page: the administrator's account.
        let admin = admin(&state).await;
        let account = page(&state, &admin, "/account?lang=ar").await;
        assert!(account.contains(&banner(Lang::Ar)), "{account}");
        let status = call(&state, &anyone, Method::GET, "/api/v1/status", None).await.expect(StatusCode::OK);
        assert_eq!(status.json()["demo"], true);
    })
    .await;
}

#[tokio::test]
async fn the_sign_in_page_of_a_demo_lists_its_accounts() {
    on_each_backend(|setup| async move {
        let mut state = state(&setup).await;
        state.demo = Some(Arc::new(demo()));
        let html = page(&state, &Who::anonymous(), "/sign-in?lang=es").await;
        for text in ["demo-kenya-head", "demo-research", "demo password", "Open Models Research Institute (demo)"] {
            assert!(html.contains(text), "{text} in {html}");
        }
        // The role and the member state in the page's language.
        assert!(html.contains(&Tr { lang: Lang::Es }.t("account-role-head_of_delegation")));
        assert!(html.contains("Kenya"));
    })
    .await;
}

#[tokio::test]
async fn a_service_that_is_not_a_demo_has_no_banner() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let anyone = Who::anonymous();
        for path in ["/", "/sign-in"] {
            let html = page(&state, &anyone, path).await;
            assert!(!html.contains("phase-banner"), "{path}");
            assert!(!html.contains(&Tr { lang: Lang::En }.t("signin-demo-title")), "{path}");
        }
        let status = call(&state, &anyone, Method::GET, "/api/v1/status", None).await.expect(StatusCode::OK);
        assert_eq!(status.json()["demo"], false);
    })
    .await;
}

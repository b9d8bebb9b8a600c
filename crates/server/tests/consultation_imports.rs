//! Importing a Pol.is export over the API (issue 15), on SQLite and
//! PostgreSQL: the secretariat begins an import (a draft nobody else
//! sees), sends batches of statements and votes, finishes it, and exports
//! the record again; other roles, tokens without the scope and bad batches
//! are refused with problems, and a refusal records nothing.

mod support;

use axum::http::{Method, StatusCode, header};
use domain::authz::Action;
use domain::people::DelegationRole;
use domain::{Actor, Command};
use serde_json::{Value, json};
use server::AppState;
use store::scratch::on_each_backend;
use support::{Answer, Who, call, person, token};

async fn post(state: &AppState, who: &Who, uri: &str, body: Value) -> Answer {
    call(state, who, Method::POST, uri, Some(body)).await
}

async fn get(state: &AppState, who: &Who, uri: &str) -> Answer {
    call(state, who, Method::GET, uri, None).await
}

/// Asserts a problem document with `status` whose detail says `says`.
fn problem(answer: Answer, status: StatusCode, says: &str) {
    assert_eq!(answer.status, status, "{}", String::from_utf8_lossy(&answer.body));
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json");
    let detail = answer.detail();
    assert!(detail.contains(says), "{detail:?} does not say {says:?}");
}

async fn log_size(state: &AppState) -> u64 {
    state.store.status().await.unwrap().log_size
}

fn statement(comment_id: u64, moderated: i64, text: &str) -> Value {
    json!({"comment_id": comment_id, "author": "42", "time_ms": 1_403_000_000_000u64 + comment_id % 1000, "moderated": moderated, "text": text})
}

fn vote(time_ms: i64, comment_id: u64, voter: &str, vote: i64) -> Value {
    json!({"time_ms": time_ms, "comment_id": comment_id, "voter": voter, "vote": vote})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_secretariat_imports_in_batches_and_exports_the_record() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let admin = Actor::try_from("sec.admin".to_owned()).unwrap();
        let secretariat = Who::token(&token(&state, &admin, &[Action::ImportConsultation]).await);
        let head_handle = person(
            &state,
            "del.ken.head",
            Some(Command::AddDelegationMember {
                member: "KEN".parse().unwrap(),
                handle: Actor::try_from("del.ken.head".to_owned()).unwrap(),
                role: DelegationRole::Head,
            }),
        )
        .await;
        let head = Who::token(&token(&state, &head_handle, &Action::ALL).await);
        let narrow =
            Who::token(&token(&state, &admin, &[Action::CreateConsultation, Action::ManageConsultation]).await);

        // Only the secretariat begins, and only with a token that says so.
        let begin = json!({"language": "en", "title": "$15/hour", "source": "https://pol.is/2demo"});
        let before = log_size(&state).await;
        problem(
            post(&state, &Who::anonymous(), "/api/v1/consultations/imports", begin.clone()).await,
            StatusCode::UNAUTHORIZED,
            "sign in",
        );
        problem(
            post(&state, &head, "/api/v1/consultations/imports", begin.clone()).await,
            StatusCode::FORBIDDEN,
            "import consultations",
        );
        problem(
            post(&state, &narrow, "/api/v1/consultations/imports", begin.clone()).await,
            StatusCode::FORBIDDEN,
            "token does not allow",
        );
        problem(
            post(
                &state,
                &secretariat,
                "/api/v1/consultations/imports",
                json!({"language": "de", "title": "x", "source": "y"}),
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "language",
        );
        assert_eq!(log_size(&state).await, before, "refusals record nothing");
        let begun =
            post(&state, &secretariat, "/api/v1/consultations/imports", begin).await.expect(StatusCode::CREATED).json();
        let id = begun["id"].as_u64().unwrap();
        assert_eq!(begun["events"], 2);

        // The draft is the secretariat's alone.
        problem(
            get(&state, &head, &format!("/api/v1/consultations/{id}")).await,
            StatusCode::NOT_FOUND,
            "no consultation",
        );
        get(&state, &secretariat, &format!("/api/v1/consultations/{id}")).await.expect(StatusCode::OK);

        let batches = format!("/api/v1/consultations/imports/{id}/batches");
        let first = json!({
            "statements": [statement(5, 1, "Five,\nexactly "), statement(2, 0, "Two"), statement(9, -1, "Nine")],
            "votes": [vote(5_000, 2, "17", 1), vote(4_000, 5, "17", -1)],
        });
        let done = post(&state, &secretariat, &batches, first).await.expect(StatusCode::OK).json();
        assert_eq!(
            (done["statements"].as_u64(), done["votes"].as_u64(), done["events"].as_u64()),
            (Some(3), Some(2), Some(5))
        );
        let second = json!({"votes": [vote(6_000, 2, "17", 0), vote(1, 9, "3", 1)]});
        post(&state, &secretariat, &batches, second).await.expect(StatusCode::OK);

        // Bad batches: a problem each, nothing recorded.
        let before = log_size(&state).await;
        let bad = [
            (&head, json!({"votes": [vote(1, 2, "17", 1)]}), StatusCode::FORBIDDEN, "import consultations"),
            (&narrow, json!({"votes": [vote(1, 2, "17", 1)]}), StatusCode::FORBIDDEN, "token does not allow"),
            (
                &secretariat,
                json!({"votes": [vote(1, 77, "17", 1)]}),
                StatusCode::UNPROCESSABLE_ENTITY,
                "has no imported comment 77",
            ),
            (
                &secretariat,
                json!({"votes": [vote(1, 2, "17", 2)]}),
                StatusCode::UNPROCESSABLE_ENTITY,
                "votes[0].vote: 2 is not -1, 0 or 1",
            ),
            (
                &secretariat,
                json!({"votes": [vote(i64::MAX, 2, "17", 1)]}),
                StatusCode::UNPROCESSABLE_ENTITY,
                "votes[0].time_ms",
            ),
            (
                &secretariat,
                json!({"votes": [vote(1, 2, "no spaces", 1)]}),
                StatusCode::UNPROCESSABLE_ENTITY,
                "not a participant id",
            ),
            (
                &secretariat,
                json!({"statements": [statement(2, 1, "Two again")]}),
                StatusCode::CONFLICT,
                "already has comment 2 (statement 2)",
            ),
            (
                &secretariat,
                json!({"statements": [statement(3, 5, "Three")]}),
                StatusCode::UNPROCESSABLE_ENTITY,
                "statements[0].moderated",
            ),
            (
                &secretariat,
                json!({"statements": [statement(3, 1, " ")]}),
                StatusCode::UNPROCESSABLE_ENTITY,
                "has no text",
            ),
            (
                &secretariat,
                json!({"statements": [statement(1 << 53, 1, "Big")]}),
                StatusCode::UNPROCESSABLE_ENTITY,
                "larger than 2^53",
            ),
            (&secretariat, json!({"votes": [vote(1, 2, "17", 1)], "extra": 1}), StatusCode::BAD_REQUEST, "extra"),
            (
                &secretariat,
                json!({"votes": vec![vote(1, 2, "17", 1); 5_001]}),
                StatusCode::UNPROCESSABLE_ENTITY,
                "at most 5000",
            ),
        ];
        for (who, body, status, says) in bad {
            problem(post(&state, who, &batches, body).await, status, says);
        }
        problem(
            post(&state, &secretariat, "/api/v1/consultations/imports/99/batches", json!({})).await,
            StatusCode::NOT_FOUND,
            "no consultation 99",
        );
        problem(
            post(&state, &secretariat, "/api/v1/consultations/imports/0/batches", json!({})).await,
            StatusCode::NOT_FOUND,
            "",
        );
        assert_eq!(log_size(&state).await, before, "refusals record nothing");

        // Finished: closed, public, and no more batches.
        post(&state, &head, &format!("/api/v1/consultations/imports/{id}/finish"), json!({}))
            .await
            .expect(StatusCode::FORBIDDEN);
        post(&state, &secretariat, &format!("/api/v1/consultations/imports/{id}/finish"), json!({}))
            .await
            .expect(StatusCode::OK);
        let shown = get(&state, &head, &format!("/api/v1/consultations/{id}")).await.expect(StatusCode::OK).json();
        assert_eq!(
            (shown["status"].as_str(), shown["votes"].as_u64(), shown["participants"].as_u64()),
            (Some("closed"), Some(4), Some(2))
        );
        problem(
            post(&state, &secretariat, &batches, json!({"votes": [vote(1, 2, "17", 1)]})).await,
            StatusCode::CONFLICT,
            "is closed, so it cannot be imported into",
        );
        let statements =
            get(&state, &head, &format!("/api/v1/consultations/{id}/statements")).await.expect(StatusCode::OK).json();
        let first = &statements.as_array().unwrap()[0];
        assert_eq!(
            (first["number"].as_u64(), first["polis_id"].as_u64(), first["polis_author"].as_str()),
            (Some(1), Some(5), Some("42"))
        );

        // The record, as an export lists it (those who manage it).
        problem(
            get(&state, &head, &format!("/api/v1/consultations/{id}/export")).await,
            StatusCode::FORBIDDEN,
            "manage",
        );
        let record = get(&state, &secretariat, &format!("/api/v1/consultations/{id}/export"))
            .await
            .expect(StatusCode::OK)
            .json();
        let comments: Vec<(u64, i64, &str)> = record["statements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["comment_id"].as_u64().unwrap(), s["moderated"].as_i64().unwrap(), s["text"].as_str().unwrap()))
            .collect();
        assert_eq!(comments, [(5, 1, "Five,\nexactly "), (2, 0, "Two"), (9, -1, "Nine")]);
        assert_eq!(
            record["votes"],
            json!([vote(5_000, 2, "17", 1), vote(4_000, 5, "17", -1), vote(6_000, 2, "17", 0), vote(1, 9, "3", 1)])
        );
        assert_eq!(record["source"], "https://pol.is/2demo");

        // An imported consultation is a record: it does not reopen.
        let all = Who::token(&token(&state, &admin, &Action::ALL).await);
        problem(
            post(&state, &all, &format!("/api/v1/consultations/{id}/reopen"), json!({})).await,
            StatusCode::CONFLICT,
            "imported from elsewhere",
        );
    })
    .await;
}

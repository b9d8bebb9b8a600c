//! `concord consultation open | list | show | close` end to end (issue
//! 14, part 6): on a data directory (SQLite and PostgreSQL) and through a
//! running server with an API token; bad input exits 2 with the reason
//! and records nothing.

mod support;

use serde_json::{Value, json};
use store::scratch::{Setup, on_each_backend};
use support::{Served, concord, store_args, text};

/// Runs `concord` with `command` followed by `extra`.
fn run(command: &[&str], extra: &[String]) -> std::process::Output {
    let mut args: Vec<&str> = command.to_vec();
    args.extend(extra.iter().map(String::as_str));
    concord(&args)
}

fn json_of(output: &std::process::Output) -> Value {
    assert!(output.status.success(), "{}{}", text(&output.stdout), text(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| panic!("{err}: {}", text(&output.stdout)))
}

/// Asserts exit code 2 and a message on standard error; returns it.
fn bad_input(output: &std::process::Output, says: &str) -> String {
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{}{err}", text(&output.stdout));
    assert!(err.contains(says), "{err} does not say {says:?}");
    err
}

/// The options that create the French consultation of these tests.
const FRENCH: &[&str] = &[
    "consultation",
    "open",
    "--language",
    "fr",
    "--title",
    "Le calcul partagé",
    "--question",
    "Comment partager la puissance de calcul ?",
    "--title-in",
    "en=Shared compute",
    "--question-in",
    "en=How should compute be shared?",
    "--seed",
    "Le calcul est un bien commun.",
    "--seed",
    "Les modèles doivent être ouverts.",
];

async fn log_size(setup: &Setup) -> u64 {
    store::Store::open_detached(&setup.config()).await.unwrap().status().await.unwrap().log_size
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consultations_on_a_data_directory() {
    on_each_backend(|setup| async move {
        let store = store::Store::open(&setup.config()).await.unwrap();
        server::auth::admin::ensure_admin(&store, Some("administrator password")).await.unwrap();
        drop(store);
        let data = store_args(&setup);
        let with_json: Vec<String> = data.iter().cloned().chain(["--json".to_owned()]).collect();

        let opened = json_of(&run(FRENCH, &with_json));
        assert_eq!(opened["id"], 1);
        assert_eq!((opened["status"].as_str(), opened["events"].as_u64()), (Some("open"), Some(4)));
        let draft = run(
            &[
                "consultation",
                "open",
                "--title",
                "Open weights",
                "--question",
                "Should model weights be published?",
                "--audience",
                "members",
                "--moderation",
                "before",
                "--results",
                "participants",
                "--no-participant-statements",
                "--seed",
                "Yes, always.",
                "--closes-at",
                "2099-01-01T00:00:00Z",
                "--draft",
            ],
            &data,
        );
        assert!(draft.status.success(), "{}", text(&draft.stderr));
        assert_eq!(text(&draft.stdout), "consultation 2 is a draft: 2 events recorded from log entry 201\n");

        // The list, newest first, with its filters; counts agree with their noun.
        let all = json_of(&run(&["consultation", "list"], &with_json));
        let ids: Vec<u64> = all.as_array().unwrap().iter().map(|c| c["id"].as_u64().unwrap()).collect();
        assert_eq!(ids, [2, 1]);
        assert_eq!(all[0]["audience"], "members");
        assert_eq!(all[0]["participants_write"], false);
        assert_eq!(all[1]["title"], json!({"fr": "Le calcul partagé", "en": "Shared compute"}));
        let drafts = json_of(&run(&["consultation", "list", "--status", "draft"], &with_json));
        assert_eq!(drafts.as_array().unwrap().len(), 1);
        let listed = text(&run(&["consultation", "list"], &data).stdout);
        assert!(listed.ends_with("\n2 consultations\n"), "{listed}");
        assert!(listed.contains("0 votes") && listed.contains("Le calcul partagé"), "{listed}");
        let arabic = text(&run(&["consultation", "list", "--language", "ar"], &data).stdout);
        assert_eq!(arabic, "0 consultations\n");
        let english = text(&run(&["consultation", "list", "--language", "en", "--status", "open"], &data).stdout);
        assert!(english.ends_with("\n1 consultation\n"), "{english}");

        // One consultation with its statements.
        let shown = json_of(&run(&["consultation", "show", "1"], &with_json));
        assert_eq!(shown["consultation"]["statement_counts"]["approved"], 2);
        assert_eq!(shown["statements"][1]["text"], "Les modèles doivent être ouverts.");
        let words = text(&run(&["consultation", "show", "2"], &data).stdout);
        assert!(words.starts_with("consultation 2: Open weights [draft]\n"), "{words}");
        assert!(words.contains("closes at 2099-01-01T00:00:00.000Z"), "{words}");
        assert!(words.contains("participants vote on the seeds only"), "{words}");
        assert!(words.contains("1 statement (1 approved, 0 pending, 0 rejected, 0 meta, 0 flagged)"), "{words}");
        assert!(words.contains("   1  approved  Yes, always.  [seed]"), "{words}");

        // Closed once; bad input exits 2, says why, and records nothing.
        let closed = run(&["consultation", "close", "1"], &data);
        assert_eq!(text(&closed.stdout), "consultation 1 is closed (log entry 203)\n", "{}", text(&closed.stderr));
        let before = log_size(&setup).await;
        bad_input(&run(&["consultation", "close", "1"], &data), "consultation 1 is closed, so it cannot be closed");
        bad_input(&run(&["consultation", "close", "2"], &data), "consultation 2 is draft, so it cannot be closed");
        bad_input(&run(&["consultation", "close", "99"], &data), "there is no consultation 99");
        bad_input(&run(&["consultation", "show", "99"], &data), "there is no consultation 99");
        bad_input(&run(&["consultation", "show", "9007199254740992"], &data), "9007199254740992");
        bad_input(&run(&["consultation", "show", "-1"], &data), "unexpected argument '-1'");
        bad_input(&run(&["consultation", "show", "x"], &data), "invalid value 'x'");
        bad_input(&run(&["consultation", "list", "--status", "pending"], &data), "status: \"pending\" is not one of");
        let open = |extra: &[&str]| {
            let mut args = vec!["consultation", "open", "--title", "T", "--question", "Q?"];
            args.extend_from_slice(extra);
            run(&args, &data)
        };
        bad_input(&open(&["--audience", "all"]), "audience: \"all\" is not one of");
        bad_input(&open(&["--language", "de"]), "language: \"de\"");
        bad_input(&open(&["--title-in", "fr"]), "--title-in \"fr\": write it as LANG=TEXT");
        bad_input(&open(&["--question-in", "en=Again?"]), "--question gives it in en");
        bad_input(&open(&["--seed", "Same.", "--seed", "Same."]), "given twice");
        bad_input(&open(&["--seed", &"x".repeat(301)]), "use at most 300 characters");
        bad_input(&open(&["--opens-at", "tomorrow"]), "opens_at: \"tomorrow\" is not an RFC 3339 time");
        assert_eq!(log_size(&setup).await, before, "nothing was recorded");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consultations_through_a_server() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let served = Served::start(&setup);
    let data = setup.data_dir().display().to_string();
    let url = served.url.clone();
    let token = |scope: &str| {
        let created =
            json_of(&concord(&["token", "create", "--name", "t", "--scope", scope, "--data", &data, "--json"]));
        created["token"].as_str().unwrap().to_owned()
    };
    let manager = token("create_consultation,manage_consultation,moderate_consultation");
    let remote = |token: Option<&str>| {
        let mut args = vec!["--url".to_owned(), url.clone()];
        if let Some(token) = token {
            args.extend(["--token".to_owned(), token.to_owned()]);
        }
        args
    };
    let with_json = |mut args: Vec<String>| {
        args.push("--json".to_owned());
        args
    };

    let opened = json_of(&run(FRENCH, &with_json(remote(Some(&manager)))));
    assert_eq!((opened["id"].as_u64(), opened["status"].as_str()), (Some(1), Some("open")));
    let draft =
        run(&["consultation", "open", "--title", "Later", "--question", "Q?", "--draft"], &remote(Some(&manager)));
    assert!(text(&draft.stdout).starts_with("consultation 2 is a draft"), "{}", text(&draft.stderr));

    // Drafts are listed to those who manage them only.
    let public = json_of(&run(&["consultation", "list"], &with_json(remote(None))));
    assert_eq!(public.as_array().unwrap().len(), 1);
    let managed = json_of(&run(&["consultation", "list"], &with_json(remote(Some(&manager)))));
    assert_eq!(managed.as_array().unwrap().len(), 2);
    bad_input(&run(&["consultation", "show", "2"], &remote(None)), "there is no consultation 2");

    // The server and the data directory answer the same (read while the
    // server runs), for the same secretariat.
    let through_server = json_of(&run(&["consultation", "show", "1"], &with_json(remote(Some(&manager)))));
    let from_data = json_of(&concord(&["consultation", "show", "1", "--data", &data, "--json"]));
    assert_eq!(through_server, from_data);
    assert_eq!(through_server["consultation"]["manages"], true);
    let words = text(&run(&["consultation", "show", "1"], &remote(None)).stdout);
    assert!(words.contains("also in: en") && words.contains("2 statements (2 approved"), "{words}");

    // Closing needs a token that allows it.
    bad_input(&run(&["consultation", "close", "1"], &remote(None)), "--url needs an API token");
    let creator = token("create_consultation");
    bad_input(&run(&["consultation", "close", "1"], &remote(Some(&creator))), "does not allow manage_consultation");
    bad_input(&run(FRENCH, &remote(Some(&creator))), "does not allow manage_consultation");
    let closed = run(&["consultation", "close", "1"], &remote(Some(&manager)));
    assert!(text(&closed.stdout).starts_with("consultation 1 is closed (log entry "), "{}", text(&closed.stderr));
    bad_input(&run(&["consultation", "close", "1"], &remote(Some(&manager))), "is closed, so it cannot be closed");
    let shown = json_of(&run(&["consultation", "show", "1"], &with_json(remote(None))));
    assert_eq!(shown["consultation"]["status"], "closed");

    // On SQLite the running server holds the writer: a local write refuses.
    let busy = concord(&["consultation", "close", "2", "--data", &data]);
    bad_input(&busy, "another Concord process is using the data directory");
    served.stop();
}

//! Issue 14, parts 1, 2 and 5: consultations through the pages. The
//! secretariat creates one in French with an English translation and opens
//! it; a delegate, a member of an organization and a member of the public
//! vote (the public under a pseudonym), change a vote, write statements
//! (bad ones refused beside the field, nothing written) and flag one; a
//! visitor is offered to sign in; drafts stay with those who manage them;
//! the list filters; bad ids are "not found".

use std::collections::BTreeMap;

use axum::http::StatusCode;
use domain::authz::{Caller, Scope};
use domain::consultation::{
    Audience, Choice, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility, StatementStatus,
};
use domain::lang::Lang;
use domain::people::Chamber;
use domain::{Actor, Command, Envelope};
use serde_json::json;
use server::AppState;
use store::scratch::on_each_backend;

use crate::session::admin;
use crate::support::visitor::{Page, Visitor};
use crate::support::{self, Who, post, state};

/// The people of the tests, each signed in through the pages.
struct People {
    admin: Visitor,
    delegate: Visitor,
    delegate_handle: Actor,
    member: Visitor,
    member_handle: Actor,
    public: Visitor,
    public_handle: Actor,
}

/// The API session of a visitor signed in through the pages.
fn who_of(visitor: &Visitor, page: &Page) -> Who {
    let csrf = page.hidden_fields("/sign-out").into_iter().find(|(n, _)| n == "csrf").map(|(_, v)| v);
    Who { cookie: visitor.cookie("concord_session").map(str::to_owned), csrf, token: None }
}

/// Signs `username` in through the pages (a role without a second factor).
async fn sign_in(state: &AppState, username: &str) -> Visitor {
    let mut visitor = Visitor::new(state);
    let password = format!("{username} password");
    let signed = visitor.fill("/sign-in", "/sign-in", &[("username", username), ("password", &password)]).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{username}: {}", signed.html);
    visitor
}

/// Signs up a member of the public through the API; returns the handle.
async fn sign_up(state: &AppState, username: &str) -> Actor {
    let account = json!({"username": username, "password": format!("{username} password"), "display_name": username});
    let created = post(state, &Who::anonymous(), "/api/v1/participants", account).await.expect(StatusCode::CREATED);
    Actor::try_from(created.json()["handle"].as_str().unwrap().to_owned()).unwrap()
}

/// The secretariat (the administrator), a delegate of Kenya, a member of
/// an admitted research organization and a member of the public.
async fn people(state: &AppState) -> People {
    let (admin, _) = admin(state).await;
    let mut admin = admin;
    let home = admin.get("/secretariat").await;
    let admin_who = who_of(&admin, &home);
    support::invite_and_accept(state, &admin_who, json!({"kind": "head", "member": "KEN"}), "wanjiru").await;
    let (mut head_who, _) = support::sign_in(state, "wanjiru", "wanjiru password").await;
    support::set_up_totp(state, &mut head_who).await;
    let delegate =
        support::invite_and_accept(state, &head_who, json!({"kind": "delegate", "member": "KEN"}), "otieno").await;

    let member_handle = sign_up(state, "amara").await;
    let apply = Command::ApplyOrganization {
        name: "Nairobi AI Lab".into(),
        chamber: Chamber::Research,
        country: None,
        website: None,
    };
    state.store.submit(Caller::new(member_handle.clone(), Scope::Full), apply).await.unwrap();
    let admit = Command::DecideOrganization { id: 1, admit: true, reason: String::new() };
    state.store.submit(Caller::system(), admit).await.unwrap();
    let public_handle = sign_up(state, "lucia").await;
    People {
        admin,
        delegate: sign_in(state, "otieno").await,
        delegate_handle: Actor::try_from(delegate).unwrap(),
        member: sign_in(state, "amara").await,
        member_handle,
        public: sign_in(state, "lucia").await,
        public_handle,
    }
}

/// The actor of the last entry of the log.
async fn last_actor(state: &AppState) -> Actor {
    let (size, _) = state.store.log_sizes().await.unwrap();
    let entries = state.store.entries(size - 1, size).await.unwrap();
    Envelope::decode(&entries[0].bytes).unwrap().actor
}

/// The statement on show in the take-part block of `page`.
fn shown(page: &Page, id: u64) -> u64 {
    let fields = page.hidden_fields(&format!("/consultations/{id}/vote"));
    fields.iter().find(|(n, _)| n == "statement").expect("a statement to vote on").1.parse().unwrap()
}

/// A consultation the secretariat (the administrator) creates, and opens
/// when `open`. (Not as the platform itself: the state gives the platform
/// no constituency to write seed statements for.)
async fn create(state: &AppState, language: Lang, title: &str, audience: Audience, open: bool) -> u64 {
    let admin = state.store.account_by_username("admin").await.unwrap().unwrap().handle;
    let secretariat = Caller::new(admin, Scope::Full);
    let new = NewConsultation {
        language,
        title: BTreeMap::from([(language, title.to_owned())]),
        question: BTreeMap::from([(language, format!("{title}?"))]),
        audience,
        moderation: Moderation::After,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        seeds: vec![format!("{title}: first"), format!("{title}: second")],
    };
    let command = Command::Consultation(ConsultationCommand::Create(new));
    state.store.submit(secretariat.clone(), command).await.unwrap();
    let id = state.store.consultations().await.unwrap()[0].id;
    if open {
        let command = Command::Consultation(ConsultationCommand::Open { id });
        state.store.submit(secretariat, command).await.unwrap();
    }
    id
}

const FORM: &str = "/consultations/new";

#[tokio::test]
async fn the_secretariat_creates_a_consultation_in_french_with_english_and_opens_it() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut people = people(&state).await;
        let admin = &mut people.admin;

        // Linked from the list and the secretariat's page.
        admin.get("/consultations").await.assert_has("href=\"/consultations/new\"");
        admin.get("/secretariat").await.assert_has("href=\"/consultations/new\"");
        let form = admin.get(FORM).await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.html);
        form.assert_has("<label class=\"label\" for=\"title_en\">Title in English</label>");
        form.assert_has("type=\"datetime-local\"");
        form.assert_has(
            "<input class=\"radio-input\" type=\"radio\" id=\"audience\" name=\"audience\" value=\"everyone\" checked>",
        );

        // Bad input: each problem beside its field, the input kept, nothing written.
        let (size_before, _) = state.store.log_sizes().await.unwrap();
        let bad = admin
            .submit(
                &form,
                FORM,
                &[
                    ("language", "fr"),
                    ("title", ""),
                    ("question", "Que faut-il partager ?"),
                    ("title_en", &"T".repeat(201)),
                    ("audience", "martians"),
                    ("moderation", "after"),
                    ("results", "everyone"),
                    ("opens_at", "demain"),
                    ("seeds", "Partager\nPartager"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.html);
        assert!(bad.html.contains("<title>Error: "));
        bad.assert_has("<a href=\"#title\">Enter it in the authentic language</a>");
        bad.assert_has("<a href=\"#title_en\">Enter at most 200 characters</a>");
        bad.assert_has("<a href=\"#audience\">Choose who takes part</a>");
        bad.assert_has("<a href=\"#opens_at\">Enter a date and time, for example 2027-01-15 09:00</a>");
        bad.assert_has("<a href=\"#seeds\">Seed statement 2 repeats an earlier one</a>");
        bad.assert_has(">Que faut-il partager ?</textarea>");
        bad.assert_has("Partager\nPartager</textarea>");
        let times = admin
            .fill(
                FORM,
                FORM,
                &[
                    ("language", "fr"),
                    ("title", "Ouvrir l’IA"),
                    ("question", "Que faut-il partager ?"),
                    ("audience", "everyone"),
                    ("moderation", "after"),
                    ("results", "everyone"),
                    ("opens_at", "2027-03-01T09:00"),
                    ("closes_at", "2027-02-01T09:00"),
                ],
            )
            .await;
        assert_eq!(times.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", times.html);
        times.assert_has("<a href=\"#closes_at\">The closing time must come after the opening time</a>");
        let line_break = admin
            .fill(
                FORM,
                FORM,
                &[
                    ("language", "fr"),
                    ("title", "Ouvrir l’IA"),
                    ("question", "Que faut-il\r\npartager ?"),
                    ("audience", "everyone"),
                    ("moderation", "after"),
                    ("results", "everyone"),
                ],
            )
            .await;
        assert_eq!(line_break.status, StatusCode::UNPROCESSABLE_ENTITY);
        line_break.assert_has("<a href=\"#question\">Write it as one paragraph, without line breaks</a>");
        assert_eq!(state.store.log_sizes().await.unwrap().0, size_before, "nothing was recorded");
        assert!(state.store.consultations().await.unwrap().is_empty());

        // Created: a draft, in French with an English translation.
        let created = admin
            .fill(
                FORM,
                FORM,
                &[
                    ("language", "fr"),
                    ("title", "L’intelligence artificielle ouverte"),
                    ("question", "Que faut-il partager des modèles d’IA ?"),
                    ("title_en", "Open artificial intelligence"),
                    ("question_en", "What should be shared of AI models?"),
                    ("audience", "everyone"),
                    ("moderation", "after"),
                    ("participants_write", "yes"),
                    ("results", "everyone"),
                    ("closes_at", "2030-01-15T09:00"),
                    ("seeds", "Partager les poids des modèles\n\nPublier les données d’entraînement\n"),
                ],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.html);
        assert_eq!(created.location(), "/consultations/1");
        let draft = admin.follow(&created).await;
        draft.assert_has("The consultation was created as a draft");
        draft.assert_has("<h1 class=\"heading-xl\">Open artificial intelligence</h1>");
        draft.assert_has("<p class=\"lead question\">What should be shared of AI models?</p>");
        draft.assert_has(">Draft</strong>");
        draft.assert_has("action=\"/consultations/1/open\"");
        draft.assert_has("href=\"/consultations/1/moderation\"");
        draft.assert_has("<time datetime=\"2030-01-15T09:00:00.000Z\">");
        assert!(!draft.has("action=\"/consultations/1/vote\""), "no votes on a draft");
        let record = state.store.consultation(1).await.unwrap().unwrap();
        assert_eq!(record.language, Lang::Fr);
        assert_eq!(record.texts[&Lang::En].title, "Open artificial intelligence");
        assert_eq!(record.statements, 2);

        // The draft is the secretariat's alone.
        let mut visitor = Visitor::new(&state);
        assert_eq!(visitor.get("/consultations/1").await.status, StatusCode::NOT_FOUND);
        assert_eq!(people.public.get("/consultations/1").await.status, StatusCode::NOT_FOUND);
        assert!(!visitor.get("/consultations").await.has("/consultations/1\""));
        assert!(!people.delegate.get("/consultations").await.has("/consultations/1\""));
        let admin = &mut people.admin;
        admin.get("/consultations").await.assert_has("href=\"/consultations/1\"");
        admin.get("/consultations?status=draft").await.assert_has("1 consultation found");

        // Opened from its page.
        let page = admin.get("/consultations/1").await;
        let opened = admin.submit(&page, "/consultations/1/open", &[]).await;
        assert_eq!(opened.location(), "/consultations/1");
        let open = admin.follow(&opened).await;
        open.assert_has("The consultation is open.");
        open.assert_has(">Open</strong>");
        open.assert_has("action=\"/consultations/1/close\"");
        // Opening twice (a form of before): the page as it is now, nothing
        // recorded.
        let (size, _) = state.store.log_sizes().await.unwrap();
        let fresh = open.hidden_fields("/consultations/1/close");
        let twice = admin.post("/consultations/1/open", &fresh).await;
        assert_eq!(twice.status, StatusCode::CONFLICT, "{}", twice.html);
        twice.assert_has(">Open</strong>");
        assert_eq!(state.store.log_sizes().await.unwrap().0, size);

        // A visitor: the question in their language (else the authentic
        // one, marked as French), and a sign-in link coming back.
        let english = visitor.get("/consultations/1").await;
        english.assert_has("<h1 class=\"heading-xl\">Open artificial intelligence</h1>");
        english.assert_has("href=\"/sign-in?next=%2Fconsultations%2F1\"");
        assert!(!english.has("action=\"/consultations/1/vote\""));
        let spanish = visitor.get("/consultations/1?lang=es").await;
        spanish.assert_has("<h1 class=\"heading-xl\" lang=\"fr\" dir=\"ltr\">L’intelligence artificielle ouverte</h1>");
        spanish.assert_has("lang=\"fr\" dir=\"ltr\">Que faut-il partager des modèles d’IA ?</p>");
        let french = visitor.get("/consultations/1?lang=fr").await;
        french.assert_has("<h1 class=\"heading-xl\">L’intelligence artificielle ouverte</h1>");
        visitor
            .get("/consultations?lang=ar")
            .await
            .assert_has("lang=\"fr\" dir=\"ltr\">L’intelligence artificielle ouverte</a>");

        // Every home lists it, and the navigation links the list.
        for (who, home) in [
            (&mut visitor, "/"),
            (&mut people.public, "/participation"),
            (&mut people.member, "/participation"),
            (&mut people.delegate, "/delegation"),
            (&mut people.admin, "/secretariat"),
        ] {
            let page = who.get(&format!("{home}?lang=en")).await;
            assert_eq!(page.status, StatusCode::OK, "{home}");
            page.assert_has("<a href=\"/consultations/1\">Open artificial intelligence</a>");
            page.assert_has("<a href=\"/consultations\">Consultations</a>");
        }

        // Only the secretariat and heads create consultations.
        assert_eq!(people.public.get(FORM).await.status, StatusCode::FORBIDDEN);
        assert_eq!(people.delegate.get(FORM).await.status, StatusCode::FORBIDDEN);
        assert_eq!(visitor.get(FORM).await.location(), "/sign-in?next=%2Fconsultations%2Fnew");
        let home = people.public.get("/participation").await;
        let mut fields = home.hidden_fields("/sign-out");
        fields.extend(
            [("language", "en"), ("title", "Mine"), ("question", "Mine?"), ("audience", "everyone")]
                .map(|(n, v)| (n.to_owned(), v.to_owned())),
        );
        assert_eq!(people.public.post(FORM, &fields).await.status, StatusCode::FORBIDDEN);
        assert_eq!(state.store.consultations().await.unwrap().len(), 1);

        // "Open it now" opens it at once.
        let now = people
            .admin
            .fill(
                FORM,
                FORM,
                &[
                    ("language", "en"),
                    ("title", "Data commons"),
                    ("question", "Which data should be open?"),
                    ("audience", "members"),
                    ("moderation", "before"),
                    ("results", "participants"),
                    ("open_now", "yes"),
                ],
            )
            .await;
        assert_eq!(now.location(), "/consultations/2");
        people.admin.follow(&now).await.assert_has("The consultation is open.");
        let second = state.store.consultation(2).await.unwrap().unwrap();
        assert_eq!((second.audience, second.participants_write), (Audience::Members, false));
    })
    .await;
}

#[tokio::test]
async fn delegates_organizations_and_the_public_vote_and_write() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut people = people(&state).await;
        let id = create(&state, Lang::Fr, "Ouvrir l’IA", Audience::Everyone, true).await;
        let path = format!("/consultations/{id}");
        let vote_action = format!("{path}/vote");

        // The analysis's priorities decide which statement comes first
        // (Pol.is's draw): here statement 2, by far.
        let (log_size, _) = state.store.log_sizes().await.unwrap();
        let analysis = store::consultation::StoredAnalysis {
            log_size,
            engine: "test".into(),
            computed_ms: 0,
            report: json!({"priorities": {"1": 1e-12, "2": 1e12}}).to_string(),
        };
        state.store.store_analysis(id, &analysis).await.unwrap();

        // A member of the public: one statement, three buttons, what is left.
        let page = people.public.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.html);
        page.assert_has("2 statements left to vote on");
        page.assert_has("<button type=\"submit\" name=\"choice\" value=\"agree\" class=\"button\">Agree</button>");
        page.assert_has("value=\"disagree\"");
        page.assert_has("value=\"pass\"");
        page.assert_has("maxlength=\"300\"");
        page.assert_has("<option value=\"en\" selected>English</option>");
        let first = shown(&page, id);
        assert_eq!(first, 2, "the statement the analysis puts first");
        let voted = people.public.submit(&page, &vote_action, &[("choice", "agree")]).await;
        assert_eq!(voted.location(), path);
        let next = people.public.follow(&voted).await;
        next.assert_has("Your vote was recorded.");
        next.assert_has("1 statement left to vote on");
        assert_ne!(shown(&next, id), first, "the next statement");
        // Recorded under a pseudonym, never the person's handle.
        let actor = last_actor(&state).await;
        assert_ne!(actor, people.public_handle);
        assert_eq!(actor, state.store.pseudonym(id, &people.public_handle));
        assert_eq!(state.store.votes_of(id, &actor).await.unwrap()[&first], Choice::Agree);
        assert!(state.store.votes_of(id, &people.public_handle).await.unwrap().is_empty());

        // A vote is changed from the list of one's votes; the last counts.
        next.assert_has(&format!("href=\"{path}?statement={first}#take-part\""));
        let again = people.public.get(&format!("{path}?statement={first}")).await;
        assert_eq!(shown(&again, id), first);
        again.assert_has("You voted: Agree.");
        let changed = people.public.submit(&again, &vote_action, &[("choice", "disagree")]).await;
        assert_eq!(changed.status, StatusCode::SEE_OTHER);
        assert_eq!(state.store.votes_of(id, &actor).await.unwrap()[&first], Choice::Disagree);
        // A choice that is none of the three: said beside the buttons.
        let page = people.public.get(&path).await;
        let wrong = people.public.submit(&page, &vote_action, &[("choice", "maybe")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_has("<a href=\"#vote\">Choose Agree, Disagree or Pass</a>");
        for bad in ["99", "9007199254740993"] {
            assert_eq!(people.public.get(&format!("{path}?statement={bad}")).await.status, StatusCode::NOT_FOUND);
        }

        // Writing: too long, empty, a duplicate; each beside the field, nothing written.
        let write_action = format!("{path}/statements");
        let (size, _) = state.store.log_sizes().await.unwrap();
        let long = "x".repeat(301);
        for (text, error) in [
            (long.as_str(), "<a href=\"#text\">Enter at most 300 characters</a>"),
            ("   ", "<a href=\"#text\">Enter your statement</a>"),
            ("Ouvrir l’IA: first", "<a href=\"#text\">This statement is already in the consultation (statement 1)."),
            ("Two\nlines", "<a href=\"#text\">Write your statement as one paragraph, without line breaks</a>"),
        ] {
            let page = people.public.fill(&path, &write_action, &[("text", text), ("language", "fr")]).await;
            assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{text:?}: {}", page.html);
            page.assert_has(error);
            page.assert_has("<option value=\"fr\" selected>French</option>");
            assert!(page.html.contains("<title>Error: "));
        }
        let page = people.public.fill(&path, &write_action, &[("text", "Open weights"), ("language", "xx")]).await;
        page.assert_has("<a href=\"#language\">Choose the language of your statement</a>");
        page.assert_has(">Open weights</textarea>");
        assert_eq!(state.store.log_sizes().await.unwrap().0, size, "nothing was recorded");
        let written = people
            .public
            .fill(&path, &write_action, &[("text", "Publish the training code"), ("language", "en")])
            .await;
        assert_eq!(written.location(), path);
        people.public.follow(&written).await.assert_has("Your statement was added.");
        let statements = state.store.statements(id).await.unwrap();
        let mine = statements.last().unwrap();
        assert_eq!((mine.number, mine.language, mine.status), (3, Lang::En, StatementStatus::Approved));
        assert_eq!(mine.author, actor, "written under the pseudonym too");

        // Flagging the statement on show.
        let page = people.public.get(&path).await;
        let on_show = shown(&page, id);
        let flag_action = format!("{path}/statements/{on_show}/flag");
        let flagged = people.public.submit(&page, &flag_action, &[]).await;
        assert_eq!(flagged.location(), path);
        people.public.follow(&flagged).await.assert_has("The statement was flagged for the moderators.");
        let statements = state.store.statements(id).await.unwrap();
        assert_eq!(statements[on_show as usize - 1].flags, 1);
        let bad_flag = format!("{path}/statements/9007199254740993/flag");
        let mut fresh = page.hidden_fields(&vote_action);
        fresh.retain(|(n, _)| n != "statement");
        assert_eq!(people.public.post(&bad_flag, &fresh).await.status, StatusCode::NOT_FOUND);

        // A delegate and a member of an organization vote under their handles.
        for (visitor, handle) in
            [(&mut people.delegate, &people.delegate_handle), (&mut people.member, &people.member_handle)]
        {
            let page = visitor.get(&path).await;
            page.assert_has("3 statements left to vote on");
            let voted = visitor.submit(&page, &vote_action, &[("choice", "pass")]).await;
            assert_eq!(voted.status, StatusCode::SEE_OTHER, "{}", voted.html);
            assert_eq!(&last_actor(&state).await, handle);
        }
        let record = state.store.consultation(id).await.unwrap().unwrap();
        assert_eq!((record.participants, record.votes, record.statements), (3, 4, 3));
        people.public.get("/consultations").await.assert_has("3 statements · 3 participants · 4 votes");

        // Closed: the page says so and takes no votes.
        let page = people.admin.get(&path).await;
        let closed = people.admin.submit(&page, &format!("{path}/close"), &[]).await;
        assert_eq!(closed.location(), path);
        let page = people.delegate.get(&path).await;
        page.assert_has("This consultation is closed");
        assert!(!page.has(&format!("action=\"{vote_action}\"")));
        page.assert_has(&format!("href=\"{path}/results\""));
        let (size, _) = state.store.log_sizes().await.unwrap();
        people.admin.get(&path).await.assert_has(&format!("action=\"{path}/reopen\""));
        // Reopening with a bad time: beside the field.
        let page = people.admin.get(&path).await;
        let bad = people.admin.submit(&page, &format!("{path}/reopen"), &[("closes_at", "soon")]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_has("<a href=\"#closes_at\">Enter a date and time");
        assert_eq!(state.store.log_sizes().await.unwrap().0, size);
        let reopened = people.admin.submit(&bad, &format!("{path}/reopen"), &[("closes_at", "2031-06-30T17:00")]).await;
        assert_eq!(reopened.location(), path);
        people.admin.follow(&reopened).await.assert_has("<time datetime=\"2031-06-30T17:00:00.000Z\">");
    })
    .await;
}

#[tokio::test]
async fn the_audience_decides_who_takes_part() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut people = people(&state).await;
        let id = create(&state, Lang::En, "Members only", Audience::Members, true).await;
        let path = format!("/consultations/{id}");

        // The public and organizations are told who takes part.
        for visitor in [&mut people.public, &mut people.member] {
            let page = visitor.get(&path).await;
            page.assert_has("You cannot take part in this consultation.");
            page.assert_has("Only member state delegations take part");
            assert!(!page.has(&format!("action=\"{path}/vote\"")));
        }
        // Sending the form anyway: the 403 page, nothing recorded.
        let (size, _) = state.store.log_sizes().await.unwrap();
        let page = people.public.get("/participation").await;
        let mut fields = page.hidden_fields("/sign-out");
        fields.extend([("statement", "1"), ("choice", "agree")].map(|(n, v)| (n.to_owned(), v.to_owned())));
        assert_eq!(people.public.post(&format!("{path}/vote"), &fields).await.status, StatusCode::FORBIDDEN);
        assert_eq!(state.store.log_sizes().await.unwrap().0, size);
        // The delegate takes part; the secretariat manages, not votes.
        people.delegate.get(&path).await.assert_has(&format!("action=\"{path}/vote\""));
        let admin = people.admin.get(&path).await;
        assert!(!admin.has(&format!("action=\"{path}/vote\"")));
        assert!(!admin.has("You cannot take part"), "those who manage it are shown how instead");
        admin.assert_has(&format!("action=\"{path}/close\""));
        // Participants write only when the consultation says so.
        let quiet = NewConsultation {
            language: Lang::En,
            title: BTreeMap::from([(Lang::En, "Seeds only".to_owned())]),
            question: BTreeMap::from([(Lang::En, "Which?".to_owned())]),
            audience: Audience::Everyone,
            moderation: Moderation::After,
            participants_write: false,
            results: ResultsVisibility::Participants,
            opens_at: None,
            closes_at: None,
            seeds: vec!["One".into()],
        };
        let admin = state.store.account_by_username("admin").await.unwrap().unwrap().handle;
        let secretariat = Caller::new(admin, Scope::Full);
        let command = Command::Consultation(ConsultationCommand::Create(quiet));
        state.store.submit(secretariat, command).await.unwrap();
        let quiet_id = id + 1;
        let open = Command::Consultation(ConsultationCommand::Open { id: quiet_id });
        state.store.submit(Caller::system(), open).await.unwrap();
        let page = people.public.get(&format!("/consultations/{quiet_id}")).await;
        page.assert_has(&format!("action=\"/consultations/{quiet_id}/vote\""));
        assert!(!page.has(&format!("action=\"/consultations/{quiet_id}/statements\"")), "no writing");
        // Results only to those who have voted, while it is open.
        assert!(!page.has(&format!("href=\"/consultations/{quiet_id}/results\"")));
        let voted =
            people.public.submit(&page, &format!("/consultations/{quiet_id}/vote"), &[("choice", "agree")]).await;
        let after = people.public.follow(&voted).await;
        after.assert_has(&format!("href=\"/consultations/{quiet_id}/results\""));
        after.assert_has("You have voted on every statement.");
    })
    .await;
}

#[tokio::test]
async fn the_list_filters_and_bad_ids_are_not_found() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        create(&state, Lang::Fr, "Semences ouvertes", Audience::Everyone, true).await;
        create(&state, Lang::En, "Members only", Audience::Members, true).await;
        let closed = create(&state, Lang::Es, "Datos abiertos", Audience::MembersAndStakeholders, true).await;
        let close = Command::Consultation(ConsultationCommand::Close { id: closed });
        state.store.submit(Caller::system(), close).await.unwrap();
        create(&state, Lang::En, "Still a draft", Audience::Everyone, false).await;
        let mut visitor = Visitor::new(&state);

        let all = visitor.get("/consultations").await;
        assert_eq!(all.status, StatusCode::OK);
        all.assert_has("3 consultations found");
        assert!(!all.has("Still a draft"), "drafts are not listed to the public");
        assert!(!all.has("<option value=\"draft\""), "nor offered as a filter");
        assert!(all.html.find("Datos abiertos").unwrap() < all.html.find("Semences ouvertes").unwrap(), "newest first");
        all.assert_has(">Closed</strong>");
        let open = visitor.get("/consultations?status=open").await;
        open.assert_has("2 consultations found");
        assert!(!open.has("Datos abiertos"));
        let members = visitor.get("/consultations?audience=members").await;
        members.assert_has("1 consultation found");
        members.assert_has("Members only");
        let french = visitor.get("/consultations?language=fr").await;
        french.assert_has("1 consultation found");
        french.assert_has("lang=\"fr\" dir=\"ltr\">Semences ouvertes</a>");
        visitor.get("/consultations?language=zh").await.assert_has("No consultations found");
        visitor.get("/consultations?status=draft").await.assert_has("class=\"error-summary\"");
        for query in ["status=maybe", "audience=aliens", "language=de"] {
            let wrong = visitor.get(&format!("/consultations?{query}")).await;
            assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
            wrong.assert_has("class=\"error-summary\"");
        }

        // Bad ids: "not found", never a server error.
        for path in [
            "/consultations/0",
            "/consultations/99",
            "/consultations/-1",
            "/consultations/x",
            "/consultations/9007199254740993",
            "/consultations/18446744073709551616",
            "/consultations/4",
        ] {
            assert_eq!(visitor.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
        }
        for (action, nonce) in [
            ("/consultations/9007199254740993/vote", "0123456789abcdef0123456789abcdef"),
            ("/consultations/-1/open", "1123456789abcdef0123456789abcdef"),
            ("/consultations/1/statements/-1/flag", "2123456789abcdef0123456789abcdef"),
        ] {
            let fields = [("nonce".to_owned(), nonce.to_owned())];
            let answer = visitor.post(action, &fields).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{action}: {}", answer.html);
        }
        // A visitor voting is sent to sign in and back.
        let fields = vec![
            ("nonce".to_owned(), "fedcba9876543210fedcba9876543210".to_owned()),
            ("statement".to_owned(), "1".to_owned()),
            ("choice".to_owned(), "agree".to_owned()),
        ];
        let sent = visitor.post("/consultations/1/vote", &fields).await;
        assert_eq!(sent.location(), "/sign-in?next=%2Fconsultations%2F1");
    })
    .await;
}

//! The rules of consultations, without IO.

use std::collections::BTreeMap;

use super::pseudonym::pseudonym;
use super::*;
use crate::authz::{Action, Caller, Denied, Scope};
use crate::envelope::{Actor, Envelope, Timestamp};
use crate::lang::Lang;
use crate::people::{Chamber, DelegationRole};
use crate::{Command, Event, Rejection, RejectionKind, State, decide};

const KEY: [u8; 32] = [3; 32];

fn actor(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

fn at(millis: i64) -> Timestamp {
    Timestamp::from_unix_millis(1_800_000_000_000 + millis).unwrap()
}

/// Decides and applies a command, as the writer does.
fn run(state: &mut State, by: &str, command: &Command) -> Result<Vec<Event>, Rejection> {
    let caller = if by == "system" { Caller::system() } else { Caller::new(actor(by), Scope::Full) };
    let events = decide(state, &caller, command)?;
    let recorded = crate::consultation::recorded_actor(state, &caller, command);
    for event in &events {
        let envelope = Envelope::new(state.size(), at(0), recorded.clone(), event.clone());
        state.apply(&envelope).unwrap();
    }
    Ok(events)
}

/// A founded organization with a secretariat, heads and delegates of Kenya
/// and France, an observer, and an admitted research organization with one
/// member.
fn organization() -> State {
    let mut state = State::default();
    let found = Command::FoundOrganization {
        name: "Concord".into(),
        log_origin: "o".into(),
        members: crate::member::un_members().unwrap(),
    };
    run(&mut state, "system", &found).unwrap();
    run(&mut state, "system", &Command::AppointSecretariat { handle: actor("sec.a") }).unwrap();
    run(&mut state, "system", &Command::AccreditObserver { handle: actor("obs.a") }).unwrap();
    for (member, prefix) in [("KEN", "ken"), ("FRA", "fra")] {
        for (role, who) in [(DelegationRole::Head, "head"), (DelegationRole::Delegate, "dele")] {
            let handle = actor(&format!("del.{prefix}{who}"));
            run(&mut state, "system", &Command::AddDelegationMember { member: member.parse().unwrap(), handle, role })
                .unwrap();
        }
    }
    let apply =
        Command::ApplyOrganization { name: "Lab".into(), chamber: Chamber::Research, country: None, website: None };
    run(&mut state, "p.lab", &apply).unwrap();
    run(&mut state, "system", &Command::DecideOrganization { id: 1, admit: true, reason: String::new() }).unwrap();
    state
}

fn new(audience: Audience, moderation: Moderation) -> NewConsultation {
    NewConsultation {
        language: Lang::Fr,
        title: BTreeMap::from([(Lang::Fr, "L'IA ouverte".into()), (Lang::En, "Open AI".into())]),
        question: BTreeMap::from([(Lang::Fr, "Que partager ?".into())]),
        audience,
        moderation,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        seeds: vec!["Partager les modèles".into(), "Partager les données".into()],
    }
}

fn consultation(command: ConsultationCommand) -> Command {
    Command::Consultation(command)
}

/// Creates and opens consultation 1 as the secretariat.
fn open(state: &mut State, audience: Audience, moderation: Moderation) {
    run(state, "sec.a", &consultation(ConsultationCommand::Create(new(audience, moderation)))).unwrap();
    run(state, "sec.a", &consultation(ConsultationCommand::Open { id: 1 })).unwrap();
}

fn vote(by: &str, statement: u64, choice: Choice) -> Command {
    let pseudonym = by.starts_with("p.").then(|| pseudonym(&KEY, 1, &actor(by)));
    consultation(ConsultationCommand::Vote { id: 1, statement, choice, pseudonym })
}

fn write(by: &str, text: &str) -> Command {
    let pseudonym = by.starts_with("p.").then(|| pseudonym(&KEY, 1, &actor(by)));
    consultation(ConsultationCommand::AddStatement { id: 1, language: Lang::En, text: text.into(), pseudonym })
}

#[test]
fn a_consultation_is_created_with_its_seeds_and_goes_through_its_states() {
    let mut state = organization();
    let events = run(
        &mut state,
        "sec.a",
        &consultation(ConsultationCommand::Create(new(Audience::Everyone, Moderation::After))),
    )
    .unwrap();
    assert_eq!(events.len(), 3);
    let c = state.consultations().get(1).unwrap();
    assert_eq!((c.status, c.statements.len(), c.settings.member), (Status::Draft, 2, None));
    assert!(c.statements.iter().all(|s| s.seed && s.status == StatementStatus::Approved));
    // Votes wait for the opening.
    let refused = run(&mut state, "del.kendele", &vote("del.kendele", 1, Choice::Agree)).unwrap_err();
    assert!(matches!(refused, Rejection::ConsultationStatus { status: "draft", .. }), "{refused}");
    for (command, status) in [
        (ConsultationCommand::Open { id: 1 }, Status::Open),
        (ConsultationCommand::Close { id: 1 }, Status::Closed),
        (ConsultationCommand::Reopen { id: 1, closes_at: Some(at(5)) }, Status::Open),
    ] {
        run(&mut state, "sec.a", &consultation(command)).unwrap();
        assert_eq!(state.consultations().get(1).unwrap().status, status);
    }
    assert_eq!(state.consultations().get(1).unwrap().closes_at, Some(at(5)));
    let again = run(&mut state, "sec.a", &consultation(ConsultationCommand::Open { id: 1 })).unwrap_err();
    assert_eq!(again.kind(), RejectionKind::Conflict);
    let unknown = run(&mut state, "sec.a", &consultation(ConsultationCommand::Close { id: 9 })).unwrap_err();
    assert_eq!(unknown, Rejection::UnknownConsultation(9));
}

#[test]
fn new_consultations_are_checked() {
    let mut state = organization();
    let mut no_title = new(Audience::Everyone, Moderation::After);
    no_title.title.remove(&Lang::Fr);
    let mut long_seed = new(Audience::Everyone, Moderation::After);
    long_seed.seeds.push("x".repeat(MAX_STATEMENT + 1));
    let mut twice = new(Audience::Everyone, Moderation::After);
    twice.seeds.push(" Partager les modèles ".into());
    let mut backwards = new(Audience::Everyone, Moderation::After);
    (backwards.opens_at, backwards.closes_at) = (Some(at(10)), Some(at(10)));
    let mut exactly = new(Audience::Everyone, Moderation::After);
    exactly.seeds = vec!["y".repeat(MAX_STATEMENT)];
    for (settings, field) in [(no_title, "title"), (long_seed, "seeds"), (twice, "seeds"), (backwards, "closes_at")] {
        match run(&mut state, "sec.a", &consultation(ConsultationCommand::Create(settings))) {
            Err(Rejection::Invalid { field: got, .. }) => assert_eq!(got, field),
            other => panic!("{field}: {other:?}"),
        }
    }
    assert_eq!(state.consultations().count(), 0);
    run(&mut state, "sec.a", &consultation(ConsultationCommand::Create(exactly))).unwrap();
    assert_eq!(state.consultations().count(), 1);
}

#[test]
fn who_creates_and_who_manages() {
    let mut state = organization();
    let create = consultation(ConsultationCommand::Create(new(Audience::Members, Moderation::Before)));
    for by in ["del.kendele", "obs.a", "p.someone", "p.lab"] {
        let refused = run(&mut state, by, &create).unwrap_err();
        assert_eq!(refused.kind(), RejectionKind::Forbidden, "{by}: {refused}");
    }
    run(&mut state, "del.kenhead", &create).unwrap();
    assert_eq!(state.consultations().get(1).unwrap().settings.member, Some("KEN".parse().unwrap()));
    // Another head may not open it; its own head and the secretariat may.
    let open = consultation(ConsultationCommand::Open { id: 1 });
    assert!(matches!(run(&mut state, "del.frahead", &open), Err(Rejection::Denied(Denied::Relation { .. }))));
    run(&mut state, "del.kenhead", &open).unwrap();
    let moderate = consultation(ConsultationCommand::Moderate {
        id: 1,
        statement: 1,
        verdict: Verdict::Meta,
        reason: String::new(),
    });
    assert!(run(&mut state, "del.frahead", &moderate).is_err());
    assert!(run(&mut state, "del.kendele", &moderate).is_err());
    run(&mut state, "sec.a", &moderate).unwrap();
    assert!(state.consultations().get(1).unwrap().statements[0].meta);
    // A token without the action is refused even for the right role.
    let token = Caller::new(actor("del.kenhead"), Scope::Only(vec![Action::ReadPublic]));
    let close = consultation(ConsultationCommand::Close { id: 1 });
    assert_eq!(decide(&state, &token, &close), Err(Rejection::Denied(Denied::Scope("manage_consultation"))));
}

#[test]
fn votes_speak_for_a_constituency_and_the_public_uses_pseudonyms() {
    let mut state = organization();
    open(&mut state, Audience::Everyone, Moderation::After);
    let events = run(&mut state, "del.kendele", &vote("del.kendele", 1, Choice::Agree)).unwrap();
    let Event::Consultation(ConsultationEvent::Voted(voted)) = &events[0] else { panic!("{events:?}") };
    assert_eq!(voted.constituency, Constituency::Member { member: "KEN".parse().unwrap() });
    let events = run(&mut state, "p.lab", &vote("p.lab", 1, Choice::Disagree)).unwrap();
    let Event::Consultation(ConsultationEvent::Voted(voted)) = &events[0] else { panic!("{events:?}") };
    assert_eq!(voted.constituency, Constituency::Organization { organization: 1, chamber: Chamber::Research });
    // A member of the public votes under the pseudonym, never the handle.
    let public = vote("p.someone", 2, Choice::Pass);
    let caller = Caller::new(actor("p.someone"), Scope::Full);
    assert_eq!(recorded_actor(&state, &caller, &public), pseudonym(&KEY, 1, &actor("p.someone")));
    let events = run(&mut state, "p.someone", &public).unwrap();
    let Event::Consultation(ConsultationEvent::Voted(voted)) = &events[0] else { panic!("{events:?}") };
    assert_eq!(voted.constituency, Constituency::Public);
    // Delegates are recorded under their handle, whatever pseudonym comes.
    let mut with_pseudonym = vote("del.kendele", 2, Choice::Agree);
    if let Command::Consultation(command) = &mut with_pseudonym {
        *command.pseudonym_mut().unwrap() = Some(pseudonym(&KEY, 1, &actor("del.kendele")));
    }
    let delegate = Caller::new(actor("del.kendele"), Scope::Full);
    assert_eq!(recorded_actor(&state, &delegate, &with_pseudonym), actor("del.kendele"));
    // Without a pseudonym, a participant's vote is refused.
    let bare = consultation(ConsultationCommand::Vote { id: 1, statement: 1, choice: Choice::Agree, pseudonym: None });
    assert!(matches!(run(&mut state, "p.someone", &bare), Err(Rejection::Invalid { field: "pseudonym", .. })));
    // Observers and the secretariat do not vote.
    for by in ["obs.a", "sec.a"] {
        assert_eq!(run(&mut state, by, &vote(by, 1, Choice::Agree)).unwrap_err().kind(), RejectionKind::Forbidden);
    }
    // Unknown statements, and statements 0 and the largest number.
    for statement in [0, 3, u64::MAX] {
        let refused = run(&mut state, "del.kendele", &vote("del.kendele", statement, Choice::Agree)).unwrap_err();
        assert_eq!(refused, Rejection::UnknownStatement { consultation: 1, statement });
    }
}

#[test]
fn the_audience_is_enforced() {
    let mut state = organization();
    open(&mut state, Audience::Members, Moderation::After);
    for by in ["p.someone", "p.lab"] {
        let refused = run(&mut state, by, &vote(by, 1, Choice::Agree)).unwrap_err();
        assert!(matches!(refused, Rejection::OutsideAudience { id: 1, audience: "members" }), "{refused}");
    }
    run(&mut state, "del.frahead", &vote("del.frahead", 1, Choice::Agree)).unwrap();
    let mut state = organization();
    open(&mut state, Audience::MembersAndStakeholders, Moderation::After);
    run(&mut state, "p.lab", &vote("p.lab", 1, Choice::Agree)).unwrap();
    assert!(run(&mut state, "p.someone", &vote("p.someone", 1, Choice::Agree)).is_err());
}

#[test]
fn statements_are_moderated_before_or_after_and_duplicates_refused() {
    let mut state = organization();
    open(&mut state, Audience::Everyone, Moderation::Before);
    run(&mut state, "p.someone", &write("p.someone", "  Share compute  ")).unwrap();
    let s = &state.consultations().get(1).unwrap().statements[2];
    assert_eq!(s.status, StatementStatus::Pending);
    let refused = run(&mut state, "del.kendele", &vote("del.kendele", 3, Choice::Agree)).unwrap_err();
    assert!(matches!(refused, Rejection::StatementStatus { status: "pending", .. }), "{refused}");
    let duplicate = run(&mut state, "del.kendele", &write("del.kendele", "Share compute")).unwrap_err();
    assert_eq!(duplicate, Rejection::DuplicateStatement { consultation: 1, statement: 3 });
    for text in ["", "   ", &"z".repeat(MAX_STATEMENT + 1), "two\nlines"] {
        assert!(matches!(run(&mut state, "del.kendele", &write("del.kendele", text)), Err(Rejection::Invalid { .. })));
    }
    run(&mut state, "del.kendele", &write("del.kendele", &"z".repeat(MAX_STATEMENT))).unwrap();
    // Rejecting needs a reason; a rejected statement takes no votes.
    let reject = |reason: &str| {
        consultation(ConsultationCommand::Moderate {
            id: 1,
            statement: 3,
            verdict: Verdict::Reject,
            reason: reason.into(),
        })
    };
    assert!(matches!(run(&mut state, "sec.a", &reject(" ")), Err(Rejection::Invalid { field: "reason", .. })));
    run(&mut state, "sec.a", &reject("off topic")).unwrap();
    assert!(run(&mut state, "del.kendele", &vote("del.kendele", 3, Choice::Agree)).is_err());
    let approve = consultation(ConsultationCommand::Moderate {
        id: 1,
        statement: 3,
        verdict: Verdict::Approve,
        reason: String::new(),
    });
    run(&mut state, "sec.a", &approve).unwrap();
    run(&mut state, "del.kendele", &vote("del.kendele", 3, Choice::Agree)).unwrap();
    // Anyone taking part may flag; the secretariat translates.
    let flag = consultation(ConsultationCommand::Flag {
        id: 1,
        statement: 3,
        pseudonym: Some(pseudonym(&KEY, 1, &actor("p.other"))),
    });
    run(&mut state, "p.other", &flag).unwrap();
    let translate = |language| {
        consultation(ConsultationCommand::Translate {
            id: 1,
            statement: 3,
            language,
            text: "Partager le calcul".into(),
        })
    };
    assert!(run(&mut state, "del.kenhead", &translate(Lang::Fr)).is_err());
    assert!(matches!(
        run(&mut state, "sec.a", &translate(Lang::En)),
        Err(Rejection::Invalid { field: "language", .. })
    ));
    run(&mut state, "sec.a", &translate(Lang::Fr)).unwrap();
    assert!(state.consultations().get(1).unwrap().statements[2].translations.contains(&Lang::Fr));
}

#[test]
fn participants_write_only_when_allowed_and_texts_become_blobs() {
    let mut state = organization();
    let mut settings = new(Audience::Everyone, Moderation::After);
    settings.participants_write = false;
    let create = ConsultationCommand::Create(settings);
    assert_eq!(create.texts(), vec!["Partager les modèles".to_owned(), "Partager les données".to_owned()]);
    run(&mut state, "sec.a", &consultation(create)).unwrap();
    run(&mut state, "sec.a", &consultation(ConsultationCommand::Open { id: 1 })).unwrap();
    assert_eq!(run(&mut state, "del.kendele", &write("del.kendele", "New")), Err(Rejection::StatementsClosed(1)));
}

#[test]
fn scheduled_openings_and_closings_fall_due() {
    let mut state = organization();
    let mut settings = new(Audience::Everyone, Moderation::After);
    (settings.opens_at, settings.closes_at) = (Some(at(1_000)), Some(at(2_000)));
    run(&mut state, "sec.a", &consultation(ConsultationCommand::Create(settings))).unwrap();
    assert_eq!(due(state.consultations().iter().map(Consultation::schedule), at(999)), vec![]);
    assert_eq!(
        due(state.consultations().iter().map(Consultation::schedule), at(1_000)),
        vec![ConsultationCommand::Open { id: 1 }]
    );
    run(&mut state, "system", &consultation(ConsultationCommand::Open { id: 1 })).unwrap();
    assert_eq!(due(state.consultations().iter().map(Consultation::schedule), at(1_999)), vec![]);
    assert_eq!(
        due(state.consultations().iter().map(Consultation::schedule), at(2_000)),
        vec![ConsultationCommand::Close { id: 1 }]
    );
}

#[test]
fn the_state_refuses_a_vote_whose_constituency_is_not_the_voters() {
    let mut state = organization();
    open(&mut state, Audience::Everyone, Moderation::After);
    let forged = Event::Consultation(ConsultationEvent::Voted(Voted {
        consultation: 1,
        statement: 1,
        choice: Choice::Agree,
        constituency: Constituency::Member { member: "FRA".parse().unwrap() },
        original_time: None,
    }));
    let envelope = Envelope::new(state.size(), at(0), actor("del.kendele"), forged);
    assert!(state.apply(&envelope).is_err());
}

#[test]
fn events_round_trip_through_the_log_encoding() {
    let mut state = organization();
    let events = run(
        &mut state,
        "sec.a",
        &consultation(ConsultationCommand::Create(new(Audience::Everyone, Moderation::After))),
    )
    .unwrap();
    for event in events {
        let envelope = Envelope::new(7, at(0), actor("sec.a"), event);
        let bytes = envelope.encode().unwrap();
        assert!(std::str::from_utf8(&bytes).unwrap().contains("\"kind\":\"consultation."));
        assert_eq!(Envelope::decode(&bytes).unwrap(), envelope);
    }
}

#[test]
fn constituencies_are_written_and_read_as_codes() {
    for c in [
        Constituency::Public,
        Constituency::Secretariat,
        Constituency::Member { member: "KEN".parse().unwrap() },
        Constituency::Organization { organization: 12, chamber: Chamber::CivilSociety },
    ] {
        assert_eq!(c.code().parse::<Constituency>(), Ok(c));
    }
    assert_eq!(
        Constituency::Organization { organization: 3, chamber: Chamber::Research }.code(),
        "organization:3:research"
    );
    for wrong in ["", "member", "member:K", "organization:x:research", "organization:3:moon", "public:1"] {
        assert!(wrong.parse::<Constituency>().is_err(), "{wrong}");
    }
}

#[test]
fn commands_name_their_consultation_pseudonym_slot_and_texts() {
    let vote = ConsultationCommand::Vote { id: 7, statement: 1, choice: Choice::Pass, pseudonym: None };
    assert_eq!(vote.consultation(), Some(7));
    assert_eq!(ConsultationCommand::Create(new(Audience::Everyone, Moderation::After)).consultation(), None);
    let mut vote = vote;
    *vote.pseudonym_mut().unwrap() = Some(actor("anon:00"));
    assert!(matches!(vote, ConsultationCommand::Vote { pseudonym: Some(_), .. }));
    assert!(ConsultationCommand::Open { id: 7 }.pseudonym_mut().is_none());
    let write =
        ConsultationCommand::AddStatement { id: 7, language: Lang::En, text: " Share ".into(), pseudonym: None };
    assert_eq!(write.texts(), vec!["Share".to_owned()]);
    let translate =
        ConsultationCommand::Translate { id: 7, statement: 1, language: Lang::Fr, text: "Partager\u{a0}".into() };
    assert_eq!(translate.texts(), vec!["Partager".to_owned()]);
    assert!(ConsultationCommand::Flag { id: 7, statement: 1, pseudonym: None }.texts().is_empty());
}

#[test]
fn texts_are_trimmed_seeds_counted_and_reasons_checked() {
    let mut state = organization();
    let mut settings = new(Audience::Everyone, Moderation::After);
    settings.title.insert(Lang::Fr, "  L'IA ouverte ".into());
    settings.seeds = (0..MAX_SEEDS).map(|n| format!("Seed {n}")).collect();
    let mut too_many = settings.clone();
    too_many.seeds.push("One more".into());
    assert!(matches!(
        run(&mut state, "sec.a", &consultation(ConsultationCommand::Create(too_many))),
        Err(Rejection::Invalid { field: "seeds", .. })
    ));
    let events = run(&mut state, "sec.a", &consultation(ConsultationCommand::Create(settings))).unwrap();
    let Event::Consultation(ConsultationEvent::Created(created)) = &events[0] else { panic!("{events:?}") };
    assert_eq!(created.title[&Lang::Fr], "L'IA ouverte");
    assert_eq!(events.len(), 1 + MAX_SEEDS);
    // A reason given with any verdict must be a text.
    let approve = |reason: &str| {
        consultation(ConsultationCommand::Moderate {
            id: 1,
            statement: 1,
            verdict: Verdict::Approve,
            reason: reason.into(),
        })
    };
    assert!(matches!(run(&mut state, "sec.a", &approve("a\nb")), Err(Rejection::Invalid { field: "reason", .. })));
    run(&mut state, "sec.a", &approve("")).unwrap();
}

fn import(command: ImportCommand) -> Command {
    consultation(ConsultationCommand::Import(command))
}

fn begin() -> Command {
    import(ImportCommand::Begin {
        language: Lang::En,
        title: "$15/hour".into(),
        question: "$15/hour".into(),
        source: "https://pol.is/2demo".into(),
    })
}

fn imported_statement(polis_id: u64, text: &str) -> ImportedStatement {
    ImportedStatement {
        polis_id,
        author: "7".into(),
        status: StatementStatus::Approved,
        text: text.into(),
        time: at(1),
    }
}

fn imported_vote(comment: u64, participant: &str, choice: Choice) -> ImportedVote {
    ImportedVote { comment, participant: participant.into(), choice, time: at(2) }
}

#[test]
fn an_import_begins_as_a_hidden_draft_takes_batches_and_finishes_closed() {
    let mut state = organization();
    let events = run(&mut state, "sec.a", &begin()).unwrap();
    assert!(
        matches!(events.as_slice(), [Event::Consultation(ConsultationEvent::Created(_)), Event::Consultation(ConsultationEvent::ImportStarted(started))] if started.source == "https://pol.is/2demo")
    );
    let c = state.consultations().get(1).unwrap();
    assert_eq!((c.status, c.settings.member, c.settings.participants_write), (Status::Draft, None, false));
    assert!(c.import.is_some());
    // Comments 5 and 3, then votes on them (also in the same batch).
    let batch = ImportCommand::Batch {
        id: 1,
        statements: vec![imported_statement(5, "Five,\nkept exactly "), imported_statement(3, "Three")],
        votes: vec![imported_vote(3, "17", Choice::Agree), imported_vote(5, "17", Choice::Pass)],
    };
    let events = run(&mut state, "sec.a", &import(batch)).unwrap();
    assert_eq!(events.len(), 4);
    let Event::Consultation(ConsultationEvent::StatementImported(first)) = &events[0] else { panic!("{events:?}") };
    assert_eq!((first.statement, first.polis_id, first.author.as_str()), (1, 5, "7"));
    assert_eq!(first.blob, imported_blob("Five,\nkept exactly "));
    let Event::Consultation(ConsultationEvent::VoteImported(vote)) = &events[2] else { panic!("{events:?}") };
    assert_eq!((vote.statement, vote.participant.as_str(), vote.choice, vote.time), (2, "17", Choice::Agree, at(2)));
    // A later batch names earlier statements by their comment ids.
    let more =
        ImportCommand::Batch { id: 1, statements: vec![], votes: vec![imported_vote(5, "18", Choice::Disagree)] };
    let events = run(&mut state, "sec.a", &import(more)).unwrap();
    assert!(matches!(&events[0], Event::Consultation(ConsultationEvent::VoteImported(v)) if v.statement == 1));
    // Nothing else adds to it, and it cannot be opened.
    let refused = run(&mut state, "sec.a", &consultation(ConsultationCommand::Open { id: 1 })).unwrap_err();
    assert_eq!(refused, Rejection::ImportedConsultation { id: 1, wanted: "opened" });
    run(&mut state, "sec.a", &import(ImportCommand::Finish { id: 1 })).unwrap();
    assert_eq!(state.consultations().get(1).unwrap().status, Status::Closed);
    let refused =
        run(&mut state, "sec.a", &consultation(ConsultationCommand::Reopen { id: 1, closes_at: None })).unwrap_err();
    assert_eq!(refused, Rejection::ImportedConsultation { id: 1, wanted: "reopened" });
}

#[test]
fn import_batches_after_the_finish_or_elsewhere_are_refused() {
    let mut state = organization();
    run(&mut state, "sec.a", &begin()).unwrap();
    run(&mut state, "sec.a", &import(ImportCommand::Finish { id: 1 })).unwrap();
    let late = ImportCommand::Batch { id: 1, statements: vec![imported_statement(0, "Late")], votes: vec![] };
    let refused = run(&mut state, "sec.a", &import(late)).unwrap_err();
    assert_eq!(refused, Rejection::ConsultationStatus { id: 1, status: "closed", wanted: "imported into" });
    assert_eq!(refused.to_string(), "consultation 1 is closed, so it cannot be imported into");
    let refused = run(&mut state, "sec.a", &import(ImportCommand::Finish { id: 1 })).unwrap_err();
    assert_eq!(refused, Rejection::ConsultationStatus { id: 1, status: "closed", wanted: "finished" });
    // A consultation created as usual takes no import batches.
    run(&mut state, "sec.a", &consultation(ConsultationCommand::Create(new(Audience::Everyone, Moderation::After))))
        .unwrap();
    let batch = ImportCommand::Batch { id: 2, statements: vec![imported_statement(0, "Stray")], votes: vec![] };
    assert_eq!(run(&mut state, "sec.a", &import(batch)).unwrap_err(), Rejection::NotImported(2));
    let batch = ImportCommand::Batch { id: 9, statements: vec![], votes: vec![] };
    assert_eq!(run(&mut state, "sec.a", &import(batch)).unwrap_err(), Rejection::UnknownConsultation(9));
}

#[test]
fn bad_import_batches_are_refused_precisely() {
    let mut state = organization();
    run(&mut state, "sec.a", &begin()).unwrap();
    let batch = |statements: Vec<ImportedStatement>, votes: Vec<ImportedVote>| {
        import(ImportCommand::Batch { id: 1, statements, votes })
    };
    run(&mut state, "sec.a", &batch(vec![imported_statement(0, "Zero")], vec![])).unwrap();
    let unknown = batch(vec![], vec![imported_vote(4, "17", Choice::Agree)]);
    let refused = run(&mut state, "sec.a", &unknown).unwrap_err();
    assert_eq!(refused, Rejection::UnknownComment { consultation: 1, comment: 4 });
    assert_eq!(refused.kind(), RejectionKind::Invalid);
    let again = batch(vec![imported_statement(0, "Zero again")], vec![]);
    assert_eq!(
        run(&mut state, "sec.a", &again).unwrap_err(),
        Rejection::DuplicateComment { consultation: 1, comment: 0, statement: 1 }
    );
    let twice_in_one = batch(vec![imported_statement(1, "One"), imported_statement(1, "Uno")], vec![]);
    assert_eq!(
        run(&mut state, "sec.a", &twice_in_one).unwrap_err(),
        Rejection::DuplicateComment { consultation: 1, comment: 1, statement: 2 }
    );
    let blank = batch(vec![imported_statement(2, " ")], vec![]);
    assert!(matches!(run(&mut state, "sec.a", &blank).unwrap_err(), Rejection::Invalid { field: "statements", .. }));
    let bad_voter = batch(vec![], vec![imported_vote(0, "not an id", Choice::Agree)]);
    assert!(matches!(run(&mut state, "sec.a", &bad_voter).unwrap_err(), Rejection::Invalid { field: "votes", .. }));
    let too_many = batch(vec![], vec![imported_vote(0, "17", Choice::Agree); MAX_IMPORT_VOTES + 1]);
    assert!(matches!(run(&mut state, "sec.a", &too_many).unwrap_err(), Rejection::Invalid { field: "votes", .. }));
    // Refused batches recorded nothing.
    assert_eq!(state.consultations().get(1).unwrap().statements.len(), 1);
}

#[test]
fn only_the_secretariat_imports_and_only_with_a_token_that_says_so() {
    let mut state = organization();
    for who in ["del.kenhead", "del.kendele", "p.lab", "obs.a", "p.someone"] {
        let refused = run(&mut state, who, &begin()).unwrap_err();
        assert!(matches!(refused, Rejection::Denied(Denied::Role { .. })), "{who}: {refused}");
    }
    let narrow = Caller::new(actor("sec.a"), Scope::Only(vec![Action::CreateConsultation]));
    let refused = decide(&state, &narrow, &begin()).unwrap_err();
    assert!(matches!(refused, Rejection::Denied(Denied::Scope(_))), "{refused}");
    let scoped = Caller::new(actor("sec.a"), Scope::Only(vec![Action::ImportConsultation]));
    assert_eq!(decide(&state, &scoped, &begin()).unwrap().len(), 2);
    // A head may not add to the secretariat's import either.
    run(&mut state, "sec.a", &begin()).unwrap();
    let batch = import(ImportCommand::Batch { id: 1, statements: vec![imported_statement(0, "Zero")], votes: vec![] });
    assert!(matches!(run(&mut state, "del.kenhead", &batch).unwrap_err(), Rejection::Denied(_)));
}

#[test]
fn the_state_keeps_no_imported_votes() {
    let mut with_votes = organization();
    let mut without = organization();
    let statements = vec![imported_statement(0, "Zero"), imported_statement(1, "One")];
    for state in [&mut with_votes, &mut without] {
        run(state, "sec.a", &begin()).unwrap();
        run(state, "sec.a", &import(ImportCommand::Batch { id: 1, statements: statements.clone(), votes: vec![] }))
            .unwrap();
    }
    let votes: Vec<ImportedVote> =
        (0..MAX_IMPORT_VOTES as u64).map(|i| imported_vote(i % 2, &format!("{}", i % 300), Choice::Agree)).collect();
    let events =
        run(&mut with_votes, "sec.a", &import(ImportCommand::Batch { id: 1, statements: vec![], votes })).unwrap();
    assert_eq!(events.len(), MAX_IMPORT_VOTES);
    // The state is the same with or without the votes, but for its size:
    // they live in the log and the projections only.
    let without_size = |state: &State| {
        let mut json: serde_json::Value = serde_json::from_slice(&crate::snapshot::encode(state).unwrap()).unwrap();
        json.as_object_mut().unwrap().remove("size");
        json
    };
    assert_eq!(with_votes.size(), without.size() + MAX_IMPORT_VOTES as u64);
    assert_eq!(without_size(&with_votes), without_size(&without));
}

#[test]
fn the_analysis_names_imported_voters_by_the_exports_ids_at_their_own_times() {
    let mut state = organization();
    let mut log = analysis::ConsultationLog::new(1);
    let caller = Caller::new(actor("sec.a"), Scope::Full);
    let statements = (0..4).map(|i| imported_statement(10 + i, &format!("Statement {i}"))).collect();
    let votes = (0..40u64)
        .flat_map(|p| {
            (0..4u64).map(move |s| ImportedVote {
                comment: 10 + s,
                participant: format!("{}", 100 + p),
                choice: if (p + s) % 3 == 0 { Choice::Disagree } else { Choice::Agree },
                time: at(1_000 * p as i64 + s as i64),
            })
        })
        .collect();
    for command in
        [begin(), import(ImportCommand::Batch { id: 1, statements, votes }), import(ImportCommand::Finish { id: 1 })]
    {
        for event in decide(&state, &caller, &command).unwrap() {
            let envelope = Envelope::new(state.size(), at(9_000_000), caller.actor.clone(), event);
            state.apply(&envelope).unwrap();
            log.push(&envelope);
        }
    }
    let report = log.analyze(0).unwrap();
    assert_eq!((report.participants, report.statements, report.votes), (40, 4, 160));
    assert_eq!(report.polis_ids.get("1"), Some(&10));
    assert_eq!(report.polis_ids.get("4"), Some(&13));
    let named: Vec<&String> = report.groups.iter().flat_map(|g| &g.participants).collect();
    assert!(named.iter().all(|p| p.parse::<u64>().is_ok_and(|n| (100..140).contains(&n))), "{named:?}");
    // In time order, the export's first voter comes first.
    assert_eq!(log.export().participants[0], "100");
    // Imported voters count in no constituency column.
    assert!(report.constituencies.columns.iter().all(|c| c.participants == 0));
    assert_eq!(report.constituencies.rows.len(), 4);
}

#[test]
fn votes_leave_no_trace_in_the_state() {
    let mut state = organization();
    open(&mut state, Audience::Everyone, Moderation::After);
    let without_size = |state: &State| {
        let mut json: serde_json::Value = serde_json::from_slice(&crate::snapshot::encode(state).unwrap()).unwrap();
        json.as_object_mut().unwrap().remove("size");
        json
    };
    let before = without_size(&state);
    let size = state.size();
    let voters: Vec<String> =
        (0..200).map(|i| format!("p.voter{i}")).chain(["del.kendele".into(), "p.lab".into()]).collect();
    for voter in &voters {
        for (statement, choice) in [(1, Choice::Agree), (2, Choice::Disagree), (1, Choice::Pass)] {
            run(&mut state, voter, &vote(voter, statement, choice)).unwrap();
        }
    }
    assert_eq!(state.size(), size + 3 * voters.len() as u64);
    assert_eq!(without_size(&state), before, "a vote changed the state beyond its size");
    // A statement, by contrast, is kept.
    run(&mut state, "p.voter1", &write("p.voter1", "Share compute")).unwrap();
    assert_ne!(without_size(&state), before);
}

#[test]
fn a_snapshot_gives_back_the_same_state() {
    let mut state = organization();
    open(&mut state, Audience::Everyone, Moderation::Before);
    run(&mut state, "p.voter1", &write("p.voter1", "Share compute")).unwrap();
    let bytes = crate::snapshot::encode(&state).unwrap();
    let decoded = crate::snapshot::decode(crate::snapshot::FORMAT, &bytes).unwrap();
    assert_eq!(decoded, state);
    assert_eq!(crate::snapshot::encode(&decoded).unwrap(), bytes, "the encoding is deterministic");
    assert_eq!(
        crate::snapshot::decode(crate::snapshot::FORMAT + 1, &bytes),
        Err(crate::snapshot::SnapshotError::Format { found: crate::snapshot::FORMAT + 1 })
    );
    let mut extra: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    extra.as_object_mut().unwrap().insert("votes".into(), serde_json::json!([]));
    let refused = crate::snapshot::decode(crate::snapshot::FORMAT, &serde_json::to_vec(&extra).unwrap());
    assert!(matches!(refused, Err(crate::snapshot::SnapshotError::Decode(_))), "{refused:?}");
}

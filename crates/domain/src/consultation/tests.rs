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

//! The rules of submissions, reviews, recorded series and methodologies,
//! and the replay of a log into the index's inputs, without IO.

use super::*;
use crate::authz::{Action, Caller, Denied, Scope};
use crate::envelope::{Actor, Envelope, Timestamp};
use crate::member::Iso3;
use crate::people::DelegationRole;
use crate::{Command, Event, Rejection, RejectionKind, State, decide_at};

fn actor(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

fn iso(code: &str) -> Iso3 {
    code.parse().unwrap()
}

/// 2027-01-15, so 2027 is this year and 2028 the future.
fn now() -> Timestamp {
    Timestamp::from_unix_millis(1_800_000_000_000).unwrap()
}

fn decimal(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// An organization with a secretariat, an observer, and Kenya's head,
/// delegate and alternate, and Ghana's head; every entry kept.
struct Org {
    state: State,
    entries: Vec<Envelope>,
}

impl Org {
    fn new() -> Org {
        let mut org = Org { state: State::default(), entries: Vec::new() };
        let members = crate::member::un_members().unwrap();
        org.submit(Caller::system(), Command::FoundOrganization { name: "C".into(), log_origin: "o".into(), members })
            .unwrap();
        org.submit(Caller::system(), Command::AppointSecretariat { handle: actor("sec.a") }).unwrap();
        org.submit(Caller::system(), Command::AccreditObserver { handle: actor("obs.a") }).unwrap();
        for (member, handle, role) in [
            ("KEN", "del.kenhead", DelegationRole::Head),
            ("KEN", "del.kendele", DelegationRole::Delegate),
            ("KEN", "del.kenalt", DelegationRole::Alternate),
            ("GHA", "del.ghahead", DelegationRole::Head),
        ] {
            let command = Command::AddDelegationMember { member: iso(member), handle: actor(handle), role };
            org.submit(Caller::system(), command).unwrap();
        }
        org
    }

    fn submit(&mut self, caller: Caller, command: Command) -> Result<Vec<Event>, Rejection> {
        let events = decide_at(&self.state, &caller, &command, now())?;
        for event in &events {
            let envelope = Envelope::new(self.state.size(), now(), caller.actor.clone(), event.clone());
            assert_eq!(Envelope::decode(&envelope.encode().unwrap()).unwrap(), envelope);
            self.state.apply(&envelope).unwrap();
            self.entries.push(envelope);
        }
        Ok(events)
    }

    fn run(&mut self, by: &str, command: DivideCommand) -> Result<Vec<Event>, Rejection> {
        self.submit(Caller::new(actor(by), Scope::Full), Command::Divide(command))
    }

    fn replay(&self) -> DivideLog {
        let mut log = DivideLog::new();
        for envelope in &self.entries {
            log.push(envelope);
        }
        log
    }
}

fn internet(member: &str, year: u16, value: &str) -> NewValue {
    NewValue {
        member: iso(member),
        indicator: "IT.NET.USER.ZS".into(),
        year,
        value: decimal(value),
        source: "Kenya National Bureau of Statistics, Economic Survey 2027".into(),
    }
}

fn invalid_field(result: Result<Vec<Event>, Rejection>) -> &'static str {
    match result {
        Err(Rejection::Invalid { field, .. }) => field,
        other => panic!("expected an invalid field, got {other:?}"),
    }
}

fn value_of(log: &DivideLog, member: &str, indicator: &str, year: u16) -> Option<f64> {
    log.observations()
        .into_iter()
        .find(|o| o.iso3 == member && o.indicator == indicator && o.year == year)
        .map(|o| o.value)
}

#[test]
fn a_delegation_submits_a_value_and_it_counts_once_the_secretariat_accepts_it() {
    let mut org = Org::new();
    let events = org.run("del.kendele", DivideCommand::SubmitValue(internet("KEN", 2026, "48.5"))).unwrap();
    let [Event::Divide(DivideEvent::ValueSubmitted(submitted))] = events.as_slice() else { panic!("{events:?}") };
    assert_eq!((submitted.submission, submitted.member, submitted.year), (1, iso("KEN"), 2026));
    assert_eq!(org.state.divide().pending(1).map(|p| p.member), Some(iso("KEN")));
    assert_eq!(value_of(&org.replay(), "KEN", "IT.NET.USER.ZS", 2026), None, "a pending value does not count");

    org.run("sec.a", DivideCommand::Review { submission: 1, accept: true, reason: String::new() }).unwrap();
    assert_eq!(org.state.divide().pending(1), None);
    assert_eq!(value_of(&org.replay(), "KEN", "IT.NET.USER.ZS", 2026), Some(48.5));

    // The next submission is number 2; a rejected one never counts.
    org.run("del.kenhead", DivideCommand::SubmitValue(internet("KEN", 2027, "50"))).unwrap();
    org.run("sec.a", DivideCommand::Review { submission: 2, accept: false, reason: "no release cited".into() })
        .unwrap();
    assert_eq!(value_of(&org.replay(), "KEN", "IT.NET.USER.ZS", 2027), None);
    assert_eq!(org.state.divide().next_submission(), 3);
}

#[test]
fn only_the_members_own_head_or_delegate_submits_and_only_the_secretariat_reviews() {
    let mut org = Org::new();
    let size = org.state.size();
    let denied = |result: Result<Vec<Event>, Rejection>| match result {
        Err(Rejection::Denied(denied)) => denied,
        other => panic!("expected a denial, got {other:?}"),
    };
    // Another member's indicator: Ghana's head may not submit for Kenya.
    assert!(matches!(
        denied(org.run("del.ghahead", DivideCommand::SubmitValue(internet("KEN", 2026, "48")))),
        Denied::Relation { .. }
    ));
    for wrong_role in ["del.kenalt", "obs.a", "sec.a"] {
        assert!(matches!(
            denied(org.run(wrong_role, DivideCommand::SubmitValue(internet("KEN", 2026, "48")))),
            Denied::Role { .. }
        ));
    }
    // The wrong scope: a token that may only cast votes.
    let scoped = Caller::new(actor("del.kenhead"), Scope::Only(vec![Action::CastVote]));
    let result = org.submit(scoped, Command::Divide(DivideCommand::SubmitValue(internet("KEN", 2026, "48"))));
    assert!(matches!(denied(result), Denied::Scope("submit_indicator_value")));

    org.run("del.kenhead", DivideCommand::SubmitValue(internet("KEN", 2026, "48"))).unwrap();
    let review = DivideCommand::Review { submission: 1, accept: true, reason: String::new() };
    assert!(matches!(denied(org.run("del.kenhead", review.clone())), Denied::Role { .. }));
    let scoped = Caller::new(actor("sec.a"), Scope::Only(vec![Action::PublishMethodology]));
    assert!(matches!(denied(org.submit(scoped, Command::Divide(review))), Denied::Scope("review_indicator_value")));
    for command in [
        DivideCommand::PublishMethodology { text: exchange::DEFAULT_TOML.into() },
        DivideCommand::RecordSeries(vec![series("KEN", &[(2020, "1")])]),
    ] {
        assert!(matches!(denied(org.run("del.kenhead", command)), Denied::Role { .. }));
    }
    assert_eq!(org.state.size(), size + 1, "only the one allowed submission was written");
}

#[test]
fn a_bad_submission_names_its_field_and_writes_nothing() {
    let mut org = Org::new();
    let size = org.state.size();
    let negative = internet("KEN", 2026, "-3");
    assert_eq!(invalid_field(org.run("del.kenhead", DivideCommand::SubmitValue(negative))), "value");
    let over = internet("KEN", 2026, "100.5");
    assert_eq!(invalid_field(org.run("del.kenhead", DivideCommand::SubmitValue(over))), "value");
    let future = internet("KEN", 2028, "50");
    assert_eq!(invalid_field(org.run("del.kenhead", DivideCommand::SubmitValue(future))), "year");
    let ancient = internet("KEN", 1959, "50");
    assert_eq!(invalid_field(org.run("del.kenhead", DivideCommand::SubmitValue(ancient))), "year");
    let no_source = NewValue { source: "  ".into(), ..internet("KEN", 2026, "50") };
    assert_eq!(invalid_field(org.run("del.kenhead", DivideCommand::SubmitValue(no_source))), "source");
    let unknown = NewValue { indicator: "NOT.AN.INDICATOR".into(), ..internet("KEN", 2026, "50") };
    assert_eq!(invalid_field(org.run("del.kenhead", DivideCommand::SubmitValue(unknown))), "indicator");
    assert_eq!(org.state.size(), size);
    // This year is not the future; 0 and 100 are possible shares.
    org.run("del.kenhead", DivideCommand::SubmitValue(internet("KEN", 2027, "100"))).unwrap();
    org.run("del.kenhead", DivideCommand::SubmitValue(internet("KEN", 2026, "0"))).unwrap();
}

#[test]
fn a_submission_is_reviewed_once_and_a_rejection_gives_a_reason() {
    let mut org = Org::new();
    org.run("del.kenhead", DivideCommand::SubmitValue(internet("KEN", 2026, "48"))).unwrap();
    let again = org.run("del.kendele", DivideCommand::SubmitValue(internet("KEN", 2026, "49")));
    assert!(matches!(again, Err(Rejection::Divide(DivideRejection::AlreadyPending { existing: 1, .. }))));
    let no_reason = DivideCommand::Review { submission: 1, accept: false, reason: String::new() };
    assert_eq!(invalid_field(org.run("sec.a", no_reason)), "reason");
    let unknown = org.run("sec.a", DivideCommand::Review { submission: 2, accept: true, reason: String::new() });
    let Err(rejection) = unknown else { panic!() };
    assert_eq!((rejection.kind(), rejection.to_string()), (RejectionKind::NotFound, "there is no submission 2".into()));
    assert!(matches!(
        org.run("sec.a", DivideCommand::Review { submission: 0, accept: true, reason: String::new() }),
        Err(Rejection::Divide(DivideRejection::UnknownSubmission(0)))
    ));
    org.run("sec.a", DivideCommand::Review { submission: 1, accept: true, reason: String::new() }).unwrap();
    let twice = org.run("sec.a", DivideCommand::Review { submission: 1, accept: false, reason: "late".into() });
    let Err(rejection) = twice else { panic!() };
    assert_eq!(rejection.kind(), RejectionKind::Conflict);
    assert!(matches!(rejection, Rejection::Divide(DivideRejection::AlreadyReviewed(1))));
    // Once reviewed, the same value may be submitted again.
    org.run("del.kenhead", DivideCommand::SubmitValue(internet("KEN", 2026, "49"))).unwrap();
}

fn series(member: &str, values: &[(u16, &str)]) -> SeriesRecorded {
    SeriesRecorded {
        member: iso(member),
        indicator: "IT.NET.USER.ZS".into(),
        source: "WDI/ITU via Gapminder SG".into(),
        values: values.iter().map(|(year, value)| YearValue { year: *year, value: decimal(value) }).collect(),
    }
}

#[test]
fn recorded_series_are_checked_and_a_later_value_replaces_an_earlier_one() {
    let mut org = Org::new();
    org.run("sec.a", DivideCommand::RecordSeries(vec![series("KEN", &[(2020, "20"), (2021, "25")])])).unwrap();
    org.submit(Caller::system(), Command::Divide(DivideCommand::RecordSeries(vec![series("KEN", &[(2021, "26.5")])])))
        .unwrap();
    let log = org.replay();
    assert_eq!(value_of(&log, "KEN", "IT.NET.USER.ZS", 2020), Some(20.0));
    assert_eq!(value_of(&log, "KEN", "IT.NET.USER.ZS", 2021), Some(26.5));
    assert_eq!(log.log_size(), org.state.size());

    let size = org.state.size();
    assert_eq!(invalid_field(org.run("sec.a", DivideCommand::RecordSeries(vec![]))), "series");
    let twice = series("KEN", &[(2020, "1"), (2020, "2")]);
    assert_eq!(invalid_field(org.run("sec.a", DivideCommand::RecordSeries(vec![twice]))), "values");
    assert_eq!(invalid_field(org.run("sec.a", DivideCommand::RecordSeries(vec![series("KEN", &[])]))), "values");
    let too_many: Vec<(u16, &str)> = (0..=MAX_SERIES_VALUES as u16).map(|i| (1800 + i, "1")).collect();
    assert_eq!(invalid_field(org.run("sec.a", DivideCommand::RecordSeries(vec![series("KEN", &too_many)]))), "values");
    assert_eq!(
        invalid_field(org.run("sec.a", DivideCommand::RecordSeries(vec![series("KEN", &[(2020, "101")])]))),
        "value"
    );
    let unknown = SeriesRecorded { member: iso("XKX"), ..series("KEN", &[(2020, "1")]) };
    assert!(matches!(
        org.run("sec.a", DivideCommand::RecordSeries(vec![series("KEN", &[(2020, "1")]), unknown])),
        Err(Rejection::UnknownMember(_))
    ));
    assert_eq!(org.state.size(), size);
}

#[test]
fn methodology_versions_follow_each_other_and_a_bad_file_names_its_line() {
    let mut org = Org::new();
    assert_eq!(org.state.divide().methodology_version(), None);
    assert_eq!(org.replay().methodology().unwrap(), exchange::Methodology::default_shipped());
    org.run("sec.a", DivideCommand::PublishMethodology { text: exchange::DEFAULT_TOML.into() }).unwrap();
    assert_eq!(org.state.divide().methodology_version(), Some(1));

    let size = org.state.size();
    // Version 1 again: the next is 2.
    let same = org.run("sec.a", DivideCommand::PublishMethodology { text: exchange::DEFAULT_TOML.into() });
    let Err(Rejection::Invalid { field: "text", message }) = same else { panic!("{same:?}") };
    assert!(message.contains("next version is 2"), "{message}");
    let broken = exchange::DEFAULT_TOML.replacen("version = 1", "version = 2\n[[[", 1);
    let result = org.run("sec.a", DivideCommand::PublishMethodology { text: broken });
    let Err(Rejection::Invalid { field: "text", message }) = result else { panic!("{result:?}") };
    assert!(message.starts_with("line "), "{message}");
    assert_eq!(org.state.size(), size);

    let renamed = exchange::DEFAULT_TOML.replacen("version = 1", "version = 2", 1);
    org.run("sec.a", DivideCommand::PublishMethodology { text: renamed.clone() }).unwrap();
    assert_eq!(org.replay().methodology().unwrap().version, 2);
}

#[test]
fn the_replayed_log_knows_every_state_with_its_groups() {
    let org = Org::new();
    let countries = org.replay().countries();
    assert_eq!(countries.len(), 195);
    let kenya = countries.iter().find(|c| c.iso3 == "KEN").unwrap();
    assert_eq!((kenya.region.as_deref(), kenya.income.as_deref(), kenya.member), (Some("AFRICAN"), Some("LMC"), true));
    let palestine = countries.iter().find(|c| c.iso3 == "PSE").unwrap();
    assert_eq!((palestine.region.as_deref(), palestine.member), (None, false));
}

#[test]
fn the_shipped_values_become_series_of_states_in_the_organization_and_only_what_is_new() {
    let rows = exchange::catalogue::VALUES_CSV.lines().skip(1).filter(|l| !l.is_empty()).count();
    let all = shipped_series(|_| true, |_, _, _| false).unwrap();
    assert_eq!(all.iter().map(|s| s.values.len()).sum::<usize>(), rows);
    assert!(all.iter().all(|s| !s.values.is_empty() && s.values.len() <= MAX_SERIES_VALUES));
    // Each series records through the command's checks, as loading does.
    let mut org = Org::new();
    org.submit(Caller::system(), Command::Divide(DivideCommand::RecordSeries(all.clone()))).unwrap();
    let replayed = org.replay();
    assert_eq!(replayed.observations().len(), rows, "one value per state, indicator and year");
    // Recorded and replayed, they give the index of the files.
    let mut from_files = shipped_observations().unwrap();
    from_files.sort_by(|a, b| (&a.iso3, &a.indicator, a.year).cmp(&(&b.iso3, &b.indicator, b.year)));
    assert_eq!(replayed.observations(), from_files);
    let options = exchange::Options { seed: 3, draws: 20 };
    let files = exchange::compute(
        &exchange::Methodology::default_shipped(),
        &countries_of(&crate::member::un_members().unwrap()),
        &shipped_observations().unwrap(),
        options,
    );
    assert_eq!(replayed.compute(options).unwrap(), files);
    assert_eq!(files.members.len() + files.observers.len(), 195);

    let kenya_only = shipped_series(|iso3| iso3 == iso("KEN"), |_, _, _| false).unwrap();
    assert!(!kenya_only.is_empty() && kenya_only.iter().all(|s| s.member == iso("KEN")));
    let kenya_new = shipped_series(
        |iso3| iso3 == iso("KEN"),
        |_, indicator, year| !(indicator == "IT.NET.USER.ZS" && year == 2019),
    )
    .unwrap();
    assert_eq!(kenya_new.len(), 1);
    assert_eq!((kenya_new[0].indicator.as_str(), kenya_new[0].values.len()), ("IT.NET.USER.ZS", 1));
    assert_eq!(kenya_new[0].values[0].year, 2019);
}

#[test]
fn the_limits_hold_at_their_boundaries() {
    let mut org = Org::new();
    // 1960 is the first year a value may describe.
    org.run("del.kenhead", DivideCommand::SubmitValue(internet("KEN", 1960, "0"))).unwrap();

    // A methodology of exactly the largest size is read; one byte more is not.
    let largest = 48_000;
    let padded = |len: usize| {
        let mut text = exchange::DEFAULT_TOML.to_owned();
        text.push('#');
        while text.len() < len {
            text.push('x');
        }
        text.push('\n');
        text
    };
    let too_large = padded(largest);
    assert_eq!(too_large.len(), largest + 1);
    let result = org.run("sec.a", DivideCommand::PublishMethodology { text: too_large });
    assert!(matches!(&result, Err(Rejection::Invalid { field: "text", message }) if message.contains("bytes")));
    org.run("sec.a", DivideCommand::PublishMethodology { text: padded(largest - 1) }).unwrap();

    // At most MAX_SERIES_PER_COMMAND series in one command.
    let one = series("KEN", &[(2020, "1")]);
    let sec = Caller::new(actor("sec.a"), Scope::Full);
    let decide = |count: usize| {
        let command = Command::Divide(DivideCommand::RecordSeries(vec![one.clone(); count]));
        decide_at(&org.state, &sec, &command, now())
    };
    assert_eq!(decide(MAX_SERIES_PER_COMMAND).unwrap().len(), MAX_SERIES_PER_COMMAND);
    assert_eq!(invalid_field(decide(MAX_SERIES_PER_COMMAND + 1)), "series");
}

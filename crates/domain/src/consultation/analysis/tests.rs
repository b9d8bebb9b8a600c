//! The analysis of a consultation from hand-made log entries, without IO.

use std::collections::BTreeMap;

use super::constituencies::cross_bloc;
use super::*;
use crate::consultation::{
    Audience, Choice, Constituency, ConsultationCreated, ConsultationEvent, Moderation, ResultsVisibility,
    StatementAdded, StatementModerated, StatementStatus, Verdict, Voted, statement_blob,
};
use crate::envelope::{Actor, Envelope, Timestamp};
use crate::event::Event;
use crate::lang::Lang;
use crate::people::Chamber;

fn at(millis: i64) -> Timestamp {
    Timestamp::from_unix_millis(1_800_000_000_000 + millis).unwrap()
}

fn member(iso3: &str) -> Constituency {
    Constituency::Member { member: iso3.parse().unwrap() }
}

fn organization(id: u64, chamber: Chamber) -> Constituency {
    Constituency::Organization { organization: id, chamber }
}

/// A log written by hand: the member states admitted, then whatever each
/// test adds, one second apart unless told.
struct Feed {
    entries: Vec<Envelope>,
    clock: i64,
}

impl Feed {
    fn new() -> Feed {
        let mut feed = Feed { entries: Vec::new(), clock: 0 };
        for state in crate::member::un_members().unwrap() {
            feed.add("system", Event::MemberAdmitted(state));
        }
        feed
    }

    fn add(&mut self, actor: &str, event: Event) {
        self.clock += 1000;
        let index = self.entries.len() as u64;
        let actor = Actor::try_from(actor.to_owned()).unwrap();
        self.entries.push(Envelope::new(index, at(self.clock), actor, event));
    }

    fn consultation(&mut self, actor: &str, event: ConsultationEvent) {
        self.add(actor, Event::Consultation(event));
    }

    /// Creates consultation `id` with `statements` approved seeds.
    fn create(&mut self, id: u64, statements: u64) {
        let created = ConsultationCreated {
            id,
            language: Lang::En,
            title: BTreeMap::from([(Lang::En, "Open models".to_owned())]),
            question: BTreeMap::from([(Lang::En, "What should be shared?".to_owned())]),
            audience: Audience::Everyone,
            moderation: Moderation::After,
            participants_write: true,
            results: ResultsVisibility::Everyone,
            opens_at: None,
            closes_at: None,
            member: None,
        };
        self.consultation("sec.a", ConsultationEvent::Created(created));
        for _ in 0..statements {
            self.statement(id, StatementStatus::Approved);
        }
    }

    /// Adds the next statement of consultation `id`.
    fn statement(&mut self, id: u64, status: StatementStatus) {
        let number = self.statements(id) + 1;
        let added = StatementAdded {
            consultation: id,
            statement: number,
            language: Lang::En,
            blob: statement_blob(&format!("statement {number} of {id}")),
            seed: true,
            status,
            constituency: Constituency::Secretariat,
            original_time: None,
        };
        self.consultation("sec.a", ConsultationEvent::StatementAdded(added));
    }

    fn statements(&self, id: u64) -> u64 {
        let added = |e: &Envelope| matches!(&e.event, Event::Consultation(ConsultationEvent::StatementAdded(a)) if a.consultation == id);
        self.entries.iter().filter(|e| added(e)).count() as u64
    }

    fn moderate(&mut self, id: u64, statement: u64, verdict: Verdict) {
        let moderated = StatementModerated { consultation: id, statement, verdict, reason: "reason".to_owned() };
        self.consultation("sec.a", ConsultationEvent::StatementModerated(moderated));
    }

    fn vote(&mut self, id: u64, voter: &str, statement: u64, choice: Choice, constituency: Constituency) {
        self.vote_at(id, voter, statement, choice, constituency, None);
    }

    fn vote_at(
        &mut self,
        id: u64,
        voter: &str,
        statement: u64,
        choice: Choice,
        constituency: Constituency,
        original_time: Option<Timestamp>,
    ) {
        let voted = Voted { consultation: id, statement, choice, constituency, original_time };
        self.consultation(voter, ConsultationEvent::Voted(voted));
    }

    fn log(&self, id: u64) -> ConsultationLog {
        let mut log = ConsultationLog::new(id);
        for entry in &self.entries {
            log.push(entry);
        }
        log
    }
}

/// Two camps of ten: delegates of Kenya (African) against delegates of
/// France (WEOG), on eight statements; both agree with statement 3.
fn two_camps() -> Feed {
    let mut feed = Feed::new();
    feed.create(1, 8);
    for p in 0..20 {
        let (camp, voter, constituency) =
            if p < 10 { (1, format!("del.ken{p}"), member("KEN")) } else { (-1, format!("del.fra{p}"), member("FRA")) };
        for s in 1..=8u64 {
            let value = if s == 3 {
                1
            } else if s % 2 == 0 {
                camp
            } else {
                -camp
            };
            feed.vote(1, &voter, s, Choice::from_value(value).unwrap(), constituency);
        }
    }
    feed
}

fn cell(report: &AnalysisReport, statement: &str, code: &str) -> ConstituencyCell {
    let column = report.constituencies.columns.iter().position(|c| c.code == code).unwrap();
    let row = report.constituencies.rows.iter().find(|r| r.statement == statement).unwrap();
    row.cells[column]
}

fn column(report: &AnalysisReport, code: &str) -> usize {
    report.constituencies.columns.iter().find(|c| c.code == code).unwrap().participants
}

fn counts(agree: u32, disagree: u32, pass: u32) -> ConstituencyCell {
    ConstituencyCell { agree, disagree, pass }
}

#[test]
fn two_camps_make_two_groups_agreeing_on_one_statement() {
    let feed = two_camps();
    let log = feed.log(1);
    assert!(log.exists());
    let report = log.analyze(0).unwrap();
    assert_eq!((report.participants, report.statements, report.votes, report.clustered), (20, 8, 160, 20));
    assert_eq!((report.mode.as_str(), report.participation.as_str()), ("one-shot", "history"));
    assert_eq!(report.engine, format!("concord-consensus/{}", consensus::VERSION));
    assert_eq!(report.log_size, feed.entries.len() as u64);
    assert_eq!(report.polis, None);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);

    assert_eq!(report.groups.len(), 2);
    for group in &report.groups {
        assert_eq!(group.participants.len(), 10);
        let camp = &group.participants[0][..7];
        assert!(group.participants.iter().all(|p| p.starts_with(camp)), "{:?}", group.participants);
        assert!(!group.representative.is_empty());
        assert!(group.representative.iter().all(|r| r.statement != "3"));
    }
    assert!(report.consensus.agree.contains(&"3".to_owned()), "{:?}", report.consensus);
    assert!(report.bridging["3"].bridging);
    assert!(!report.bridging["1"].bridging);
    assert_eq!(report.group_informed_consensus.len(), 8);
    assert_eq!(report.priorities.len(), 8);
    assert!(report.priorities.values().all(|p| p.is_finite() && *p > 0.0));

    // The map: every clustered participant in one base cluster of a group.
    assert_eq!(report.map.iter().map(|c| c.participants).sum::<usize>(), 20);
    assert!(report.map.iter().all(|c| c.group.is_some()));
    assert!(report.map.windows(2).all(|w| w[0].id < w[1].id));

    // Kenya's delegates agree with the even statements, France's with the
    // odd ones; both with statement 3, the only cross-bloc consensus.
    assert_eq!(cell(&report, "2", "AFRICAN"), counts(10, 0, 0));
    assert_eq!(cell(&report, "2", "WEOG"), counts(0, 10, 0));
    assert_eq!(cell(&report, "3", "WEOG"), counts(10, 0, 0));
    assert_eq!(cell(&report, "3", "public"), counts(0, 0, 0));
    assert_eq!((column(&report, "AFRICAN"), column(&report, "WEOG"), column(&report, "GRULAC")), (10, 10, 0));
    assert_eq!(report.constituencies.cross_bloc, ["3"]);
}

#[test]
fn constituency_columns_are_fixed_and_the_last_vote_counts() {
    let mut feed = Feed::new();
    feed.create(1, 2);
    let research = organization(1, Chamber::Research);
    feed.vote(1, "del.ken", 1, Choice::Disagree, member("KEN"));
    feed.vote(1, "del.ken", 1, Choice::Agree, member("KEN"));
    feed.vote(1, "org.lab", 1, Choice::Pass, research);
    feed.vote(1, "org.lab", 2, Choice::Agree, research);
    feed.vote(1, "anon:00112233445566778899", 1, Choice::Agree, Constituency::Public);
    feed.vote(1, "anon:00112233445566778899", 1, Choice::Disagree, Constituency::Public);
    // An imported vote cast before the one logged earlier: the later in
    // time counts, as in the vote matrix.
    feed.vote_at(1, "del.bra", 2, Choice::Agree, member("BRA"), None);
    feed.vote_at(1, "del.bra", 2, Choice::Disagree, member("BRA"), Some(at(0)));
    // An observer state belongs to no regional group.
    feed.vote(1, "del.vat", 2, Choice::Disagree, member("VAT"));
    let report = feed.log(1).analyze(0).unwrap();

    let codes: Vec<(&str, &str)> =
        report.constituencies.columns.iter().map(|c| (c.kind.as_str(), c.code.as_str())).collect();
    assert_eq!(
        codes,
        [
            ("regional_group", "AFRICAN"),
            ("regional_group", "ASIA_PACIFIC"),
            ("regional_group", "EASTERN_EUROPEAN"),
            ("regional_group", "GRULAC"),
            ("regional_group", "WEOG"),
            ("chamber", "industry"),
            ("chamber", "research"),
            ("chamber", "civil_society"),
            ("chamber", "intergovernmental"),
            ("public", "public"),
        ]
    );
    assert_eq!(report.votes, 9, "every vote cast, changes included");
    assert_eq!(report.participants, 5);
    assert_eq!(cell(&report, "1", "AFRICAN"), counts(1, 0, 0));
    assert_eq!(cell(&report, "1", "research"), counts(0, 0, 1));
    assert_eq!(cell(&report, "2", "research"), counts(1, 0, 0));
    assert_eq!(cell(&report, "1", "public"), counts(0, 1, 0));
    assert_eq!(cell(&report, "2", "GRULAC"), counts(1, 0, 0));
    let everyone: u32 = report.constituencies.rows[1].cells.iter().map(|c| c.agree + c.disagree + c.pass).sum();
    assert_eq!(everyone, 2, "the observer's vote is in no column");
    let participants: Vec<usize> = report.constituencies.columns.iter().map(|c| c.participants).collect();
    assert_eq!(participants, [1, 0, 0, 1, 0, 0, 1, 0, 0, 1]);
    assert_eq!(report.constituencies.cross_bloc, ["1", "2"]);
}

#[test]
fn exactly_half_agreeing_is_not_a_majority_and_one_more_is() {
    assert!(!cross_bloc(&[counts(2, 1, 1)]), "2 of 4 is half");
    assert!(cross_bloc(&[counts(3, 1, 0)]), "3 of 4");
    assert!(!cross_bloc(&[counts(1, 1, 0), counts(5, 0, 0)]), "one bloc split evenly");
    assert!(cross_bloc(&[counts(0, 0, 0), counts(1, 0, 0)]), "blocs without votes do not count");
    assert!(!cross_bloc(&[counts(0, 0, 0); 5]), "no bloc voted");

    // The same through the log: Africa splits two agree, one disagree, one
    // pass on statement 1; on statement 2 the pass became an agree.
    let mut feed = Feed::new();
    feed.create(1, 3);
    for (voter, one, two) in [
        ("del.ken", Choice::Agree, Choice::Agree),
        ("del.gha", Choice::Agree, Choice::Agree),
        ("del.sen", Choice::Disagree, Choice::Disagree),
        ("del.nga", Choice::Pass, Choice::Agree),
    ] {
        let country = voter[4..].to_uppercase();
        feed.vote(1, voter, 1, one, member(&country));
        feed.vote(1, voter, 2, two, member(&country));
    }
    feed.vote(1, "del.fra", 1, Choice::Agree, member("FRA"));
    feed.vote(1, "del.fra", 2, Choice::Agree, member("FRA"));
    // Only chambers and the public voted on statement 3.
    feed.vote(1, "org.lab", 3, Choice::Agree, organization(1, Chamber::Research));
    feed.vote(1, "anon:00112233445566778899", 3, Choice::Agree, Constituency::Public);
    let report = feed.log(1).analyze(0).unwrap();
    assert_eq!(cell(&report, "1", "AFRICAN"), counts(2, 1, 1));
    assert_eq!(cell(&report, "2", "AFRICAN"), counts(3, 1, 0));
    assert_eq!(report.constituencies.cross_bloc, ["2"]);
}

#[test]
fn rejected_meta_and_pending_statements_are_left_out() {
    let mut feed = two_camps();
    // Statement 3, the consensus, is rejected after the votes; statement 5
    // is marked meta; a ninth statement waits for a moderator.
    feed.moderate(1, 3, Verdict::Reject);
    feed.moderate(1, 5, Verdict::Meta);
    feed.statement(1, StatementStatus::Pending);
    let report = feed.log(1).analyze(0).unwrap();
    assert_eq!((report.statements, report.votes), (9, 160));
    let rows: Vec<&str> = report.constituencies.rows.iter().map(|r| r.statement.as_str()).collect();
    assert_eq!(rows, ["1", "2", "4", "6", "7", "8"]);
    assert!(report.constituencies.cross_bloc.is_empty());
    let named = |s: &str| {
        report.consensus.agree.iter().chain(&report.consensus.disagree).any(|c| c == s)
            || report.groups.iter().flat_map(|g| &g.representative).any(|r| r.statement == s)
    };
    assert!(!named("3") && !named("5") && !named("9"), "{report:?}");
    assert_eq!(report.groups.len(), 2);

    // Approved again, statement 3 is back.
    feed.moderate(1, 3, Verdict::Approve);
    let report = feed.log(1).analyze(0).unwrap();
    assert!(report.consensus.agree.contains(&"3".to_owned()));
    assert_eq!(report.constituencies.cross_bloc, ["3"]);
}

#[test]
fn the_report_is_deterministic_and_other_consultations_do_not_change_it() {
    let feed = two_camps();
    let first = serde_json::to_string(&feed.log(1).analyze(7).unwrap()).unwrap();
    assert_eq!(first, serde_json::to_string(&feed.log(1).analyze(7).unwrap()).unwrap());
    let back: AnalysisReport = serde_json::from_str(&first).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), first);

    // Consultation 2's statements and votes interleaved change nothing but
    // the log size.
    let mut mixed = Feed::new();
    mixed.create(2, 3);
    let consultation_1 = two_camps().entries.into_iter().filter(|e| matches!(e.event, Event::Consultation(_)));
    for (i, entry) in consultation_1.enumerate() {
        mixed.add(entry.actor.as_str(), entry.event);
        if i % 10 == 0 {
            mixed.vote(2, "del.ken0", 1 + (i as u64 / 10) % 3, Choice::Disagree, member("KEN"));
        }
    }
    let mut report = mixed.log(1).analyze(7).unwrap();
    assert!(mixed.log(2).exists());
    assert!(report.log_size > back.log_size);
    report.log_size = back.log_size;
    assert_eq!(report, back);
}

#[test]
fn a_consultation_without_votes_or_not_in_the_log() {
    let mut feed = Feed::new();
    feed.create(1, 2);
    let report = feed.log(1).analyze(0).unwrap();
    assert_eq!((report.participants, report.votes, report.clustered, report.groups.len()), (0, 0, 0, 0));
    assert!(!report.warnings.is_empty());
    assert_eq!(report.constituencies.rows.len(), 2);
    assert!(report.constituencies.cross_bloc.is_empty());
    assert!(!feed.log(2).exists());
}

/// The export made from the log is what `concord analyze` reads from a
/// Pol.is export folder holding the same votes, so both analyses agree.
#[test]
fn the_export_is_the_one_concord_analyze_reads_from_the_same_votes() {
    let mut feed = two_camps();
    feed.statement(1, StatementStatus::Approved);
    feed.moderate(1, 4, Verdict::Reject);
    // Out of time order: an imported vote, and a change of vote.
    feed.vote_at(1, "del.new", 2, Choice::Agree, member("KEN"), Some(at(0)));
    feed.vote(1, "del.ken0", 1, Choice::Pass, member("KEN"));
    let log = feed.log(1);
    let ours = log.export();

    let mut comments = String::from("comment-id,moderated\n");
    for (n, s) in log.statements.iter().enumerate() {
        let moderated = if s.status == StatementStatus::Rejected { -1 } else { 1 };
        comments.push_str(&format!("{},{moderated}\n", n + 1));
    }
    let mut votes = String::from("timestamp,datetime,comment-id,voter-id,vote\n");
    for v in &log.votes {
        votes.push_str(&format!("{},x,{},{},{}\n", v.time, v.statement + 1, log.voters[v.voter as usize], v.value));
    }
    let mut builder = consensus::ExportBuilder::new();
    builder.comments(comments.as_bytes()).unwrap();
    builder.votes(votes.as_bytes()).unwrap();
    let theirs = builder.build().unwrap();

    assert_eq!(ours.participants, theirs.participants);
    assert_eq!(ours.participants[0], "del.new");
    assert_eq!(ours.statements, theirs.statements);
    assert_eq!(ours.statements.last().map(String::as_str), Some("9"));
    assert_eq!(ours.votes, theirs.votes);
    assert_eq!(ours.moderation.out, theirs.moderation.out);
    assert!(ours.moderation.meta.iter().all(|&m| !m));
    assert!(ours.has_history && theirs.has_history);
}

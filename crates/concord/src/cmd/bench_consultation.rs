//! `concord bench consultation`: how long the analyst takes to turn a
//! consultation's log into fresh results, on generated votes with planted
//! opinion groups. The votes are made into `consultation.voted` entries
//! (members of the public under pseudonyms, and delegates of member states
//! spread over the regional groups), fed to a `ConsultationLog` as the
//! analyst feeds the log, and analysed. The time from the last vote to
//! fresh results on a server is at most the wait for the next poll (1 s)
//! and for the task's next tick (0.5 s) plus the times printed here.

use std::time::Instant;

use consensus::synth::{self, SynthConfig};
use domain::consultation::analysis::ConsultationLog;
use domain::consultation::{
    Audience, Choice, Constituency, ConsultationCreated, ConsultationEvent, Moderation, ResultsVisibility,
    StatementAdded, StatementStatus, Voted,
};
use domain::lang::Lang;
use domain::{Actor, Envelope, Event, Timestamp};

use super::plural::count;
use super::{Failure, bad_input, failed};

/// Arguments of `concord bench consultation`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Number of participants.
    #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u32).range(1..))]
    pub participants: u32,
    /// Number of statements.
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u32).range(1..))]
    pub statements: u32,
    /// Number of votes (distinct participant-statement pairs).
    #[arg(long, default_value_t = 3_000_000)]
    pub votes: u64,
    /// Seed of the generator and of the analysis.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
}

/// Runs the benchmark.
pub fn run(args: Args) -> Result<(), Failure> {
    let config = SynthConfig {
        participants: args.participants,
        statements: args.statements,
        votes: args.votes,
        seed: args.seed,
        ..SynthConfig::default()
    };
    let synthetic = synth::generate(&config).map_err(bad_input)?;
    let envelopes = entries(&synthetic.votes, args.statements)?;
    println!(
        "consultation bench: {}, {}, {} ({} in the log)",
        count(args.participants, "participant", "participants"),
        count(args.statements, "statement", "statements"),
        count(args.votes, "vote", "votes"),
        count(envelopes.len() as u64, "entry", "entries"),
    );
    let t = Instant::now();
    let mut log = ConsultationLog::new(1);
    for envelope in &envelopes {
        log.push(envelope);
    }
    let fed = t.elapsed();
    drop(envelopes);
    let t = Instant::now();
    let report = log.analyze(args.seed).map_err(failed)?;
    let analysed = t.elapsed();
    let t = Instant::now();
    let json = serde_json::to_string(&report).map_err(failed)?;
    let serialized = t.elapsed();
    println!("  feed the log     {:>8.0} ms", fed.as_secs_f64() * 1e3);
    println!("  analyse          {:>8.0} ms", analysed.as_secs_f64() * 1e3);
    println!("  report as JSON   {:>8.0} ms ({} bytes)", serialized.as_secs_f64() * 1e3, json.len());
    println!(
        "  {} found, {}; fresh results at most {:.1} s after the last vote (1 s poll + 0.5 s tick + analysis)",
        count(report.groups.len() as u64, "group", "groups"),
        count(report.clustered as u64, "participant clustered", "participants clustered"),
        1.5 + analysed.as_secs_f64() + serialized.as_secs_f64(),
    );
    Ok(())
}

/// The log of a consultation with these votes: the member states, its
/// creation, its statements and one entry per vote, a millisecond apart.
/// One participant in ten is a delegate of a member state (spread over the
/// states), the others are members of the public.
fn entries(votes: &[consensus::Vote], statements: u32) -> Result<Vec<Envelope>, Failure> {
    let members = domain::member::un_members().map_err(failed)?;
    let start = 1_800_000_000_000i64;
    let time = |i: usize| Timestamp::from_unix_millis(start + i as i64).expect("a time in range");
    let mut envelopes: Vec<Envelope> = Vec::with_capacity(votes.len() + members.len() + statements as usize + 1);
    let push = |envelopes: &mut Vec<Envelope>, actor: Actor, event: Event| {
        let index = envelopes.len() as u64;
        envelopes.push(Envelope::new(index, time(envelopes.len()), actor, event));
    };
    for member in &members {
        push(&mut envelopes, Actor::system(), Event::MemberAdmitted(member.clone()));
    }
    let created = ConsultationCreated {
        id: 1,
        language: Lang::En,
        title: [(Lang::En, "Bench".to_owned())].into(),
        question: [(Lang::En, "Generated".to_owned())].into(),
        audience: Audience::Everyone,
        moderation: Moderation::After,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        member: None,
    };
    push(&mut envelopes, Actor::system(), Event::Consultation(ConsultationEvent::Created(created)));
    for s in 1..=u64::from(statements) {
        let added = StatementAdded {
            consultation: 1,
            statement: s,
            language: Lang::En,
            blob: domain::consultation::statement_blob(&format!("Statement {s}")),
            seed: true,
            status: StatementStatus::Approved,
            constituency: Constituency::Secretariat,
            original_time: None,
        };
        push(&mut envelopes, Actor::system(), Event::Consultation(ConsultationEvent::StatementAdded(added)));
    }
    for vote in votes {
        let p = vote.participant as usize;
        let (actor, constituency) = if p.is_multiple_of(10) {
            let member = members[(p / 10) % members.len()].iso3;
            (format!("del.{p:x}"), Constituency::Member { member })
        } else {
            (format!("anon:{p:020x}"), Constituency::Public)
        };
        let choice = Choice::from_value(i64::from(vote.value))
            .ok_or_else(|| bad_input(anyhow::anyhow!("a vote is not -1, 0 or 1")))?;
        let voted = Voted {
            consultation: 1,
            statement: u64::from(vote.statement) + 1,
            choice,
            constituency,
            original_time: None,
        };
        let actor = Actor::try_from(actor).map_err(|err| bad_input(anyhow::anyhow!(err)))?;
        push(&mut envelopes, actor, Event::Consultation(ConsultationEvent::Voted(voted)));
    }
    Ok(envelopes)
}

//! Who may act for whom: delegations, organizations, the secretariat,
//! decided against the state (issue 4).

use domain::authz::{Action, Caller, Denied, Role, Scope};
use domain::consultation::{
    Audience, Choice, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility, Verdict,
};
use domain::people::{Chamber, DelegationRole};
use domain::{Actor, Command, Envelope, Rejection, State, Timestamp, decide};

fn handle(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

struct World {
    state: State,
    /// Every string of every event so far that is a handle: those whose
    /// principal an event may change.
    handles: std::collections::BTreeSet<Actor>,
}

/// The strings in a JSON value that are handles.
fn handles_in(value: &serde_json::Value, found: &mut std::collections::BTreeSet<Actor>) {
    match value {
        serde_json::Value::String(text) => found.extend(Actor::try_from(text.clone()).ok()),
        serde_json::Value::Array(items) => items.iter().for_each(|item| handles_in(item, found)),
        serde_json::Value::Object(fields) => fields.values().for_each(|field| handles_in(field, found)),
        _ => {}
    }
}

impl World {
    fn new() -> World {
        let mut world = World { state: State::default(), handles: Default::default() };
        let found = Command::FoundOrganization {
            name: "Concord".into(),
            log_origin: "o".into(),
            members: domain::member::un_members().unwrap(),
        };
        world.act("system", found).unwrap();
        world.act("system", Command::AppointSecretariat { handle: handle("sec.admin") }).unwrap();
        world
    }

    /// Acts as `actor` through a session (every action the role allows).
    fn act(&mut self, actor: &str, command: Command) -> Result<(), Rejection> {
        let caller = if actor == "system" { Caller::system() } else { Caller::new(handle(actor), Scope::Full) };
        self.act_as(&caller, command)
    }

    fn act_as(&mut self, caller: &Caller, command: Command) -> Result<(), Rejection> {
        let mut signatures = domain::decision::event_signatures(&command).into_iter();
        for event in decide(&self.state, caller, &command)? {
            let mut envelope = Envelope::new(self.state.size(), Timestamp::now(), caller.actor.clone(), event);
            if envelope.event.is_signed_act() {
                envelope.signature = signatures.next();
            }
            // Every accepted event must also encode and decode: it goes in the log.
            let decoded = Envelope::decode(&envelope.encode().unwrap()).unwrap();
            handles_in(&serde_json::to_value(&decoded).unwrap(), &mut self.handles);
            let principals = |state: &State| self.handles.iter().map(|h| state.principal(Some(h))).collect::<Vec<_>>();
            let before = principals(&self.state);
            let mut after = self.state.clone();
            after.apply(&decoded).unwrap();
            // Nodes forget the identities they remember on such events.
            assert!(
                principals(&after) == before || decoded.event.changes_principals(),
                "{} changed a principal but does not say so",
                decoded.event.kind()
            );
            // A vote, a statement or a ballot makes no one forget anything.
            let nested = ["consultation.", "decision.", "divide."].iter().any(|k| decoded.event.kind().starts_with(k));
            assert!(!(nested && decoded.event.changes_principals()), "{}", decoded.event.kind());
            self.state = after;
        }
        Ok(())
    }

    fn role(&self, who: &str) -> Role {
        self.state.principal(Some(&handle(who))).role
    }
}

fn add(member: &str, who: &str, role: DelegationRole) -> Command {
    Command::AddDelegationMember { member: member.parse().unwrap(), handle: handle(who), role }
}

#[test]
fn the_secretariat_accredits_one_head_who_names_delegates_for_their_own_state() {
    let mut world = World::new();
    world.act("sec.admin", add("KEN", "del.ken.head", DelegationRole::Head)).unwrap();
    assert_eq!(world.role("del.ken.head"), Role::HeadOfDelegation);
    assert_eq!(
        world.act("sec.admin", add("KEN", "del.other", DelegationRole::Head)),
        Err(Rejection::HeadAlreadyAccredited("KEN".parse().unwrap()))
    );
    world.act("del.ken.head", add("KEN", "del.ken.1", DelegationRole::Delegate)).unwrap();
    world.act("del.ken.head", add("KEN", "del.ken.2", DelegationRole::Alternate)).unwrap();
    assert_eq!(world.role("del.ken.2"), Role::Alternate);

    // Not for another state, and a delegate cannot name anyone.
    let err = world.act("del.ken.head", add("GHA", "del.x", DelegationRole::Delegate)).unwrap_err();
    assert!(err.to_string().contains("only for their own member state"), "{err}");
    assert!(matches!(world.act("del.ken.1", add("KEN", "del.y", DelegationRole::Delegate)), Err(Rejection::Denied(_))));

    // One account acts for one member state at a time.
    world.act("sec.admin", add("GHA", "del.gha.head", DelegationRole::Head)).unwrap();
    assert_eq!(
        world.act("del.gha.head", add("GHA", "del.ken.1", DelegationRole::Delegate)),
        Err(Rejection::AlreadyAffiliated(handle("del.ken.1")))
    );
}

#[test]
fn only_the_secretariat_withdraws_a_head_and_the_head_removes_delegates() {
    let mut world = World::new();
    world.act("sec.admin", add("KEN", "del.ken.head", DelegationRole::Head)).unwrap();
    world.act("del.ken.head", add("KEN", "del.ken.1", DelegationRole::Delegate)).unwrap();
    let remove = |who: &str| Command::RemoveDelegationMember {
        member: "KEN".parse().unwrap(),
        handle: handle(who),
        reason: String::new(),
    };
    assert!(matches!(world.act("del.ken.head", remove("del.ken.head")), Err(Rejection::Denied(_))));
    world.act("del.ken.head", remove("del.ken.1")).unwrap();
    assert_eq!(world.role("del.ken.1"), Role::Participant);
    assert!(matches!(world.act("del.ken.head", remove("del.ken.1")), Err(Rejection::NotInDelegation { .. })));
    world.act("sec.admin", remove("del.ken.head")).unwrap();
    assert_eq!(world.role("del.ken.head"), Role::Participant);
    // With the head withdrawn, a new one can be accredited.
    world.act("sec.admin", add("KEN", "del.ken.new", DelegationRole::Head)).unwrap();
}

#[test]
fn organizations_apply_are_decided_and_manage_their_members() {
    let mut world = World::new();
    let apply = |name: &str| Command::ApplyOrganization {
        name: name.into(),
        chamber: Chamber::CivilSociety,
        country: Some("KEN".parse().unwrap()),
        website: Some("https://example.org".into()),
    };
    world.act("p.amina", apply("Open Data Kenya")).unwrap();
    assert_eq!(world.act("p.amina", apply("Another")), Err(Rejection::ApplicationPending(1)));
    world.act("p.bo", apply("Declined Inc")).unwrap();

    // Only the secretariat decides; a decline needs a reason.
    let decide_org = |id, admit, reason: &str| Command::DecideOrganization { id, admit, reason: reason.into() };
    assert!(matches!(world.act("p.bo", decide_org(1, true, "")), Err(Rejection::Denied(_))));
    assert!(matches!(world.act("sec.admin", decide_org(2, false, "")), Err(Rejection::Invalid { .. })));
    world.act("sec.admin", decide_org(2, false, "not an organization")).unwrap();
    world.act("sec.admin", decide_org(1, true, "")).unwrap();
    assert!(matches!(world.act("sec.admin", decide_org(1, false, "x")), Err(Rejection::OrganizationStatus { .. })));

    assert_eq!(world.role("p.amina"), Role::Stakeholder);
    world.act("p.amina", Command::AddOrganizationMember { id: 1, handle: handle("org.wanjiru") }).unwrap();
    assert_eq!(world.role("org.wanjiru"), Role::Stakeholder);
    // A plain member does not manage; a declined organization takes no one.
    assert!(matches!(
        world.act("org.wanjiru", Command::AddOrganizationMember { id: 1, handle: handle("org.x") }),
        Err(Rejection::Denied(_))
    ));
    assert!(matches!(
        world.act("system", Command::AddOrganizationMember { id: 2, handle: handle("org.y") }),
        Err(Rejection::OrganizationStatus { .. })
    ));
    // A stakeholder never takes a member-only action.
    let err = world.act("p.amina", add("KEN", "del.z", DelegationRole::Delegate)).unwrap_err();
    assert_eq!(err.to_string(), "a stakeholder may not invite delegates and alternates");
    // The manager cannot be removed; other members can.
    assert!(world.act("sec.admin", Command::RemoveOrganizationMember { id: 1, handle: handle("p.amina") }).is_err());
    world.act("p.amina", Command::RemoveOrganizationMember { id: 1, handle: handle("org.wanjiru") }).unwrap();
    assert_eq!(world.role("org.wanjiru"), Role::Participant);
}

#[test]
fn participants_cannot_appoint_anyone_or_publish() {
    let mut world = World::new();
    for command in [
        Command::AppointSecretariat { handle: handle("sec.me") },
        Command::AccreditObserver { handle: handle("obs.me") },
        add("KEN", "del.me", DelegationRole::Head),
    ] {
        assert!(matches!(world.act("p.someone", command), Err(Rejection::Denied(_))));
    }
    world.act("sec.admin", Command::AccreditObserver { handle: handle("obs.press") }).unwrap();
    assert_eq!(world.role("obs.press"), Role::Observer);
    assert_eq!(world.role("sec.admin"), Role::Secretariat);
}

fn consultation(command: ConsultationCommand) -> Command {
    Command::Consultation(command)
}

/// A consultation open to everyone, with one seed statement in English.
fn new_consultation() -> NewConsultation {
    let en = domain::lang::Lang::En;
    NewConsultation {
        language: en,
        title: [(en, "Open models".to_owned())].into(),
        question: [(en, "What should members share?".to_owned())].into(),
        audience: Audience::Everyone,
        moderation: Moderation::After,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        seeds: vec!["Share".into()],
    }
}

/// A caller acting for `who` through a token scoped to `actions`.
fn token(who: &str, actions: &[Action]) -> Caller {
    Caller::new(handle(who), Scope::Only(actions.to_vec()))
}

#[test]
fn a_token_scoped_to_removing_delegates_cannot_withdraw_a_head() {
    let mut world = World::new();
    world.act("sec.admin", add("GHA", "del.gha.head", DelegationRole::Head)).unwrap();
    let withdraw = Command::RemoveDelegationMember {
        member: "GHA".parse().unwrap(),
        handle: handle("del.gha.head"),
        reason: "x".into(),
    };
    let scoped = token("sec.admin", &[Action::RemoveDelegationMember]);
    assert_eq!(world.act_as(&scoped, withdraw.clone()), Err(Rejection::Denied(Denied::Scope("withdraw_head"))));
    assert_eq!(world.role("del.gha.head"), Role::HeadOfDelegation);
    // The withdrawal needs both actions in the token; a session has them.
    let both = token("sec.admin", &[Action::RemoveDelegationMember, Action::WithdrawHead]);
    world.act_as(&both, withdraw).unwrap();
    assert_eq!(world.role("del.gha.head"), Role::Participant);
}

/// The decision steps of the scope test: every decision action, in an order
/// the state allows.
/// The divide index's commands, each with the action it needs (Ghana's head
/// submits for Ghana).
fn divide_steps() -> Vec<(&'static str, Command, &'static [Action])> {
    use domain::divide::*;
    let gha: domain::member::Iso3 = "GHA".parse().unwrap();
    let series = SeriesRecorded {
        member: gha,
        indicator: "IT.NET.USER.ZS".into(),
        source: "WDI/ITU".into(),
        values: vec![YearValue { year: 2020, value: "30".parse().unwrap() }],
    };
    let value = NewValue {
        member: gha,
        indicator: "IT.NET.USER.ZS".into(),
        year: 2022,
        value: "40".parse().unwrap(),
        source: "Ghana Statistical Service".into(),
    };
    let divide = Command::Divide;
    vec![
        (
            "sec.admin",
            divide(DivideCommand::PublishMethodology { text: exchange::DEFAULT_TOML.into() }),
            &[Action::PublishMethodology],
        ),
        ("sec.admin", divide(DivideCommand::RecordSeries(vec![series])), &[Action::RecordIndicatorValues]),
        ("del.gha.head", divide(DivideCommand::SubmitValue(value)), &[Action::SubmitIndicatorValue]),
        (
            "sec.admin",
            divide(DivideCommand::Review { submission: 1, accept: true, reason: String::new() }),
            &[Action::ReviewIndicatorValue],
        ),
    ]
}

fn decision_steps() -> Vec<(&'static str, Command, &'static [Action])> {
    use domain::decision::*;
    let gha: domain::member::Iso3 = "GHA".parse().unwrap();
    let ghana = ledger::Signer::new("concord-gha", &[5; 32]).unwrap();
    let secretariat = ledger::Signer::new("concord-secretariat", &[6; 32]).unwrap();
    let decision = Command::Decision;
    let vote = |member: &str, signer: &ledger::Signer| {
        let payload =
            VotePayload { ballot: 1, member: member.parse().unwrap(), choice: Choice::Yes, seq: 1, proxy_for: None };
        SignedVote { payload, signature: payload.sign(signer) }
    };
    let new_ballot = NewBallot {
        title: [(domain::lang::Lang::En, "Open models".to_owned())].into(),
        document: None,
        closes: None,
        procedure: BallotProcedure::Type("substantive".into()),
    };
    vec![
        ("sec.admin", decision(DecisionCommand::PublishTypes(types::shipped())), &[Action::PublishDecisionTypes]),
        (
            "del.gha.head",
            decision(DecisionCommand::RegisterKey { member: gha, key: ghana.verifier().to_string() }),
            &[Action::ManageDelegationKey],
        ),
        ("sec.admin", decision(DecisionCommand::OpenBallot(new_ballot)), &[Action::OpenBallot]),
        ("del.gha.head", add("GHA", "del.gha.alt", DelegationRole::Alternate), &[Action::InviteDelegationMember]),
        (
            "del.gha.head",
            decision(DecisionCommand::DesignateAlternate { ballot: 1, member: gha, handle: handle("del.gha.alt") }),
            &[Action::DesignateAlternate],
        ),
        ("del.gha.alt", decision(DecisionCommand::Vote(vote("GHA", &ghana))), &[Action::CastVote]),
        (
            "sec.admin",
            decision(DecisionCommand::RegisterCustodiedKey {
                signatory: Signatory::Secretariat,
                key: secretariat.verifier().to_string(),
            }),
            &[Action::RecordVotes],
        ),
        (
            "sec.admin",
            decision(DecisionCommand::RecordVotes { ballot: 1, votes: vec![vote("KEN", &secretariat)] }),
            &[Action::RecordVotes],
        ),
        (
            "del.gha.head",
            decision(DecisionCommand::GiveProxy { ballot: 1, from: gha, to: "NGA".parse().unwrap() }),
            &[Action::ManageProxy],
        ),
        ("sec.admin", decision(DecisionCommand::CloseBallot { ballot: 1 }), &[Action::CloseBallot]),
    ]
}

#[test]
fn no_command_passes_on_a_scope_that_does_not_name_its_action() {
    let mut world = World::new();
    world.act("sec.admin", add("KEN", "del.ken.head", DelegationRole::Head)).unwrap();
    world.act("del.ken.head", add("KEN", "del.ken.1", DelegationRole::Delegate)).unwrap();
    let blob = domain::blob::BlobRef::to_bytes(b"Article 1.", "text/plain");
    let remove = |who: &str| Command::RemoveDelegationMember {
        member: "KEN".parse().unwrap(),
        handle: handle(who),
        reason: String::new(),
    };
    // Each step: who acts, the command, and every action it needs; every
    // step is allowed to the role, in the world the steps before made.
    let steps: Vec<(&str, Command, &[Action])> = vec![
        (
            "sec.admin",
            Command::PublishDocument { title: "Charter".into(), language: domain::lang::Lang::En, blob: blob.clone() },
            &[Action::PublishDocument],
        ),
        (
            "sec.admin",
            Command::RedactBlob { sha256: blob.sha256, reason: "a court order".into() },
            &[Action::RedactContent],
        ),
        ("sec.admin", Command::AppointSecretariat { handle: handle("sec.two") }, &[Action::InviteSecretariat]),
        ("sec.admin", Command::AccreditObserver { handle: handle("obs.one") }, &[Action::InviteObserver]),
        ("sec.admin", add("GHA", "del.gha.head", DelegationRole::Head), &[Action::InviteHead]),
        ("del.ken.head", add("KEN", "del.ken.2", DelegationRole::Alternate), &[Action::InviteDelegationMember]),
        (
            "del.ken.head",
            Command::IssueReset { handle: handle("del.ken.1"), member: Some("KEN".parse().unwrap()) },
            &[Action::IssueReset],
        ),
        ("del.ken.head", remove("del.ken.1"), &[Action::RemoveDelegationMember]),
        ("sec.admin", remove("del.ken.head"), &[Action::RemoveDelegationMember, Action::WithdrawHead]),
        (
            "p.amina",
            Command::ApplyOrganization {
                name: "Open Data Kenya".into(),
                chamber: Chamber::CivilSociety,
                country: None,
                website: None,
            },
            &[Action::ApplyOrganization],
        ),
        (
            "sec.admin",
            Command::DecideOrganization { id: 1, admit: true, reason: String::new() },
            &[Action::DecideOrganization],
        ),
        (
            "p.amina",
            Command::AddOrganizationMember { id: 1, handle: handle("org.wanjiru") },
            &[Action::InviteOrganizationMember],
        ),
        (
            "p.amina",
            Command::RemoveOrganizationMember { id: 1, handle: handle("org.wanjiru") },
            &[Action::RemoveOrganizationMember],
        ),
        ("sec.admin", consultation(ConsultationCommand::Create(new_consultation())), &[Action::CreateConsultation]),
        ("sec.admin", consultation(ConsultationCommand::Open { id: 1 }), &[Action::ManageConsultation]),
        (
            "del.gha.head",
            consultation(ConsultationCommand::Vote { id: 1, statement: 1, choice: Choice::Agree, pseudonym: None }),
            &[Action::TakePart],
        ),
        (
            "sec.admin",
            consultation(ConsultationCommand::Moderate {
                id: 1,
                statement: 1,
                verdict: Verdict::Meta,
                reason: String::new(),
            }),
            &[Action::ModerateConsultation],
        ),
        (
            "sec.admin",
            consultation(ConsultationCommand::Translate {
                id: 1,
                statement: 1,
                language: domain::lang::Lang::Fr,
                text: "Partager".into(),
            }),
            &[Action::TranslateStatement],
        ),
        (
            "sec.admin",
            consultation(ConsultationCommand::Import(domain::consultation::ImportCommand::Begin {
                language: domain::lang::Lang::En,
                title: "$15/hour".into(),
                question: "$15/hour".into(),
                source: "https://pol.is/2demo".into(),
            })),
            &[Action::ImportConsultation],
        ),
    ];
    let mut steps = steps;
    steps.extend(decision_steps());
    steps.extend(divide_steps());
    let covered: std::collections::BTreeSet<Action> =
        steps.iter().flat_map(|(_, _, needed)| needed.iter()).copied().collect();
    let server_only = [
        Action::ReadPublic,
        Action::ReadOwnAccount,
        Action::ManageOwnCredentials,
        Action::ManageOwnTokens,
        Action::ManageInvitations,
        Action::ReadMetrics,
        Action::ReadPersonalDetails,
        Action::ChangeOwnEmail,
        Action::DeleteOwnAccount,
    ];
    let untested: Vec<Action> =
        Action::ALL.into_iter().filter(|a| !covered.contains(a) && !server_only.contains(a)).collect();
    assert_eq!(untested, [], "every action a command takes has a step");
    for (who, command, needed) in steps {
        for &missing in needed {
            // A token for everything else: a scope only ever adds, so no
            // narrower token passes where this one is refused.
            let others: Vec<Action> = Action::ALL.into_iter().filter(|a| *a != missing).collect();
            assert_eq!(
                world.act_as(&token(who, &others), command.clone()),
                Err(Rejection::Denied(Denied::Scope(missing.code()))),
                "{command:?} by {who} without {missing:?}"
            );
        }
        world.act_as(&token(who, needed), command.clone()).unwrap_or_else(|err| panic!("{command:?}: {err}"));
    }
}

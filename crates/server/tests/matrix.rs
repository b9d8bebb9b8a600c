//! The authorization matrix over HTTP (issue 4): every role against every
//! action of the API, on SQLite and PostgreSQL. The expected answers are
//! written out below as a table a person can check against the charter;
//! the test also checks that the table agrees with `domain::authz::RULES`.
//! An allowed cell must succeed (2xx), and every action is tried again with
//! a token scoped to every other action, which must be refused (issue 11).

mod support;

use axum::http::{Method, StatusCode};
use domain::authz::{Action, Caller, Role, Scope, Target, authorize};
use domain::consultation::{Audience, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility};
use domain::decision::{BallotProcedure, Choice, DecisionCommand, NewBallot, VotePayload};
use domain::divide::{DivideCommand, NewValue};
use domain::lang::Lang;
use domain::people::{Chamber, DelegationRole};
use domain::{Actor, Command};
use serde_json::{Value, json};
use server::AppState;
use store::scratch::on_each_backend;
use support::{Who, call, person, token};

/// The roles, in the order of the table's columns.
const ROLES: [Role; 8] = [
    Role::Anonymous,
    Role::Participant,
    Role::Observer,
    Role::Stakeholder,
    Role::Alternate,
    Role::Delegate,
    Role::HeadOfDelegation,
    Role::Secretariat,
];

/// One API action: a request, and which roles (columns as in [`ROLES`]:
/// anonymous, participant, observer, stakeholder, alternate, delegate,
/// head, secretariat) may make it. `1` allowed (answered 2xx), `0` refused
/// with 401/403.
struct Case {
    name: &'static str,
    action: Action,
    target: Target,
    allowed: [u8; 8],
}

fn cases() -> Vec<Case> {
    let kenya = Target::Member("KEN".parse().unwrap());
    let ghana = Target::Member("GHA".parse().unwrap());
    vec![
        Case {
            name: "list members",
            action: Action::ReadPublic,
            target: Target::None,
            allowed: [1, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "read own account",
            action: Action::ReadOwnAccount,
            target: Target::None,
            allowed: [0, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "change own password",
            action: Action::ManageOwnCredentials,
            target: Target::None,
            allowed: [0, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "create a token",
            action: Action::ManageOwnTokens,
            target: Target::None,
            allowed: [0, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "invite secretariat staff",
            action: Action::InviteSecretariat,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "invite an observer",
            action: Action::InviteObserver,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "accredit Tanzania's head",
            action: Action::InviteHead,
            target: Target::Member("TZA".parse().unwrap()),
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "invite a Kenyan delegate",
            action: Action::InviteDelegationMember,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 0],
        },
        Case {
            name: "invite a Ghanaian delegate",
            action: Action::InviteDelegationMember,
            target: ghana,
            allowed: [0, 0, 0, 0, 0, 0, 0, 0],
        },
        Case {
            name: "invite an organization member",
            action: Action::InviteOrganizationMember,
            target: Target::Organization(1),
            allowed: [0, 0, 0, 1, 0, 0, 0, 0],
        },
        Case {
            name: "list invitations",
            action: Action::ManageInvitations,
            target: Target::None,
            allowed: [0, 0, 0, 1, 0, 0, 1, 1],
        },
        Case {
            name: "apply for an organization",
            action: Action::ApplyOrganization,
            target: Target::None,
            allowed: [0, 1, 0, 0, 0, 0, 0, 0],
        },
        Case {
            name: "decide an application",
            action: Action::DecideOrganization,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "remove an organization member",
            action: Action::RemoveOrganizationMember,
            target: Target::Organization(1),
            allowed: [0, 0, 0, 1, 0, 0, 0, 1],
        },
        Case {
            name: "remove a Kenyan delegate",
            action: Action::RemoveDelegationMember,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 1],
        },
        Case {
            name: "withdraw Ghana's head",
            action: Action::WithdrawHead,
            target: ghana,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "publish a document",
            action: Action::PublishDocument,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "take a text down",
            action: Action::RedactContent,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "see a Kenyan delegate's name",
            action: Action::ReadPersonalDetails,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 1],
        },
        Case {
            name: "read the metrics",
            action: Action::ReadMetrics,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "issue a reset for a Kenyan delegate",
            action: Action::IssueReset,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 1],
        },
        Case {
            name: "change own e-mail",
            action: Action::ChangeOwnEmail,
            target: Target::None,
            allowed: [0, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "create a consultation",
            action: Action::CreateConsultation,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 1, 1],
        },
        Case {
            name: "close a Kenyan consultation",
            action: Action::ManageConsultation,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 1],
        },
        Case {
            name: "moderate a Kenyan consultation's statement",
            action: Action::ModerateConsultation,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 1],
        },
        Case {
            name: "translate a statement",
            action: Action::TranslateStatement,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "vote in a consultation",
            action: Action::TakePart,
            target: Target::None,
            allowed: [0, 1, 0, 1, 1, 1, 1, 0],
        },
        Case {
            name: "import a consultation",
            action: Action::ImportConsultation,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "list ballots",
            action: Action::ReadPublic,
            target: Target::None,
            allowed: [1, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "show a ballot",
            action: Action::ReadPublic,
            target: Target::None,
            allowed: [1, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "list decision types",
            action: Action::ReadPublic,
            target: Target::None,
            allowed: [1, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "list Kenya's keys",
            action: Action::ReadPublic,
            target: Target::None,
            allowed: [1, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "Kenya's next seq",
            action: Action::ReadPublic,
            target: Target::None,
            allowed: [1, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "publish decision types",
            action: Action::PublishDecisionTypes,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "open a ballot",
            action: Action::OpenBallot,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "designate a Kenyan alternate",
            action: Action::DesignateAlternate,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 0],
        },
        Case {
            name: "designate a Ghanaian alternate",
            action: Action::DesignateAlternate,
            target: ghana,
            allowed: [0, 0, 0, 0, 0, 0, 0, 0],
        },
        Case {
            name: "give Kenya's proxy",
            action: Action::ManageProxy,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 1, 1, 0],
        },
        Case {
            name: "take Kenya's proxy back",
            action: Action::ManageProxy,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 1, 1, 0],
        },
        Case {
            name: "give Ghana's proxy",
            action: Action::ManageProxy,
            target: ghana,
            allowed: [0, 0, 0, 0, 0, 0, 0, 0],
        },
        Case {
            name: "vote for Kenya with its custodied key",
            action: Action::CastVote,
            target: kenya,
            allowed: [0, 0, 0, 0, 1, 1, 1, 0],
        },
        Case {
            name: "vote for Ghana with its custodied key",
            action: Action::CastVote,
            target: ghana,
            allowed: [0, 0, 0, 0, 0, 0, 0, 0],
        },
        Case {
            name: "record a roll call",
            action: Action::RecordVotes,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        // After the custodied votes: Kenya's own key ends them.
        Case {
            name: "register Kenya's key",
            action: Action::ManageDelegationKey,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 0],
        },
        Case {
            name: "register Ghana's key",
            action: Action::ManageDelegationKey,
            target: ghana,
            allowed: [0, 0, 0, 0, 0, 0, 0, 0],
        },
        Case {
            name: "rotate Kenya's key",
            action: Action::ManageDelegationKey,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 0],
        },
        Case {
            name: "cast a signed vote for Kenya",
            action: Action::CastVote,
            target: kenya,
            allowed: [0, 0, 0, 0, 1, 1, 1, 0],
        },
        Case {
            name: "revoke Kenya's key",
            action: Action::ManageDelegationKey,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 0, 1, 0],
        },
        Case {
            name: "close a ballot",
            action: Action::CloseBallot,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "show the divide index",
            action: Action::ReadPublic,
            target: Target::None,
            allowed: [1, 1, 1, 1, 1, 1, 1, 1],
        },
        Case {
            name: "list divide submissions",
            action: Action::ReadPublic,
            target: Target::None,
            allowed: [1, 1, 1, 1, 1, 1, 1, 1],
        },
        // Before the loading, which publishes version 1 if none is.
        Case {
            name: "publish the divide methodology",
            action: Action::PublishMethodology,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "load the shipped indicator values",
            action: Action::RecordIndicatorValues,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        Case {
            name: "submit a Kenyan indicator value",
            action: Action::SubmitIndicatorValue,
            target: kenya,
            allowed: [0, 0, 0, 0, 0, 1, 1, 0],
        },
        Case {
            name: "submit a Ghanaian indicator value",
            action: Action::SubmitIndicatorValue,
            target: ghana,
            allowed: [0, 0, 0, 0, 0, 0, 0, 0],
        },
        Case {
            name: "review a submitted value",
            action: Action::ReviewIndicatorValue,
            target: Target::None,
            allowed: [0, 0, 0, 0, 0, 0, 0, 1],
        },
        // Last: the participant's account is gone afterwards.
        Case {
            name: "delete own account",
            action: Action::DeleteOwnAccount,
            target: Target::None,
            allowed: [0, 1, 0, 0, 0, 0, 0, 0],
        },
    ]
}

/// The people of the world the matrix runs in.
struct World {
    /// An API token for each role (none for anonymous), scoped to every
    /// action so that only the role decides.
    tokens: Vec<Option<String>>,
    /// The person of each role (none for anonymous).
    people: Vec<Option<Actor>>,
    kenyan_delegates: Vec<String>,
    organization_members: Vec<String>,
    ghana_head: String,
    pending_organizations: Vec<u64>,
    /// The SHA-256 of a published document's text.
    document_text: String,
    /// An open consultation of Kenya's head, open to everyone, with seed
    /// statements.
    consultation: u64,
    /// Open consultations of Kenya's head, one for each column to close.
    closable: Vec<u64>,
    /// Ballot 1, with Kenya's alternate designated: custodied votes, roll
    /// calls.
    ballot: u64,
    /// One open ballot per column (proxies, alternates, closing).
    ballots: Vec<u64>,
    /// One open ballot per column, with Kenya's alternate designated, for
    /// signed votes (each the first of its ballot: seq 1).
    signed_ballots: Vec<u64>,
    /// A value Kenya's head submitted, awaiting review.
    submission: u64,
}

async fn world(state: &AppState) -> World {
    let kenya = "KEN".parse().unwrap();
    let add = |handle: &str, member: &str, role| Command::AddDelegationMember {
        member: member.parse().unwrap(),
        handle: Actor::try_from(handle.to_owned()).unwrap(),
        role,
    };
    let participant = person(state, "p.participant", None).await;
    let observer = person(
        state,
        "obs.observer",
        Some(Command::AccreditObserver { handle: Actor::try_from("obs.observer".to_owned()).unwrap() }),
    )
    .await;
    let head = person(state, "del.ken.head", Some(add("del.ken.head", "KEN", DelegationRole::Head))).await;
    let delegate =
        person(state, "del.ken.delegate", Some(add("del.ken.delegate", "KEN", DelegationRole::Delegate))).await;
    let alternate =
        person(state, "del.ken.alternate", Some(add("del.ken.alternate", "KEN", DelegationRole::Alternate))).await;
    let ghana_head = person(state, "del.gha.head", Some(add("del.gha.head", "GHA", DelegationRole::Head))).await;
    let secretariat = Actor::try_from("sec.admin".to_owned()).unwrap();
    // A stakeholder who manages organization 1, and members to remove.
    let stakeholder = person(state, "p.manager", None).await;
    let apply = |name: &str| Command::ApplyOrganization {
        name: name.into(),
        chamber: Chamber::Research,
        country: Some(kenya),
        website: None,
    };
    state.store.submit(Caller::new(stakeholder.clone(), Scope::Full), apply("Nairobi AI Lab")).await.unwrap();
    state
        .store
        .submit(Caller::system(), Command::DecideOrganization { id: 1, admit: true, reason: String::new() })
        .await
        .unwrap();
    let mut organization_members = Vec::new();
    let mut kenyan_delegates = Vec::new();
    let mut pending_organizations = Vec::new();
    for i in 0..3 {
        let member = format!("org.member{i}");
        let command = Command::AddOrganizationMember { id: 1, handle: Actor::try_from(member.clone()).unwrap() };
        organization_members.push(person(state, &member, Some(command)).await.to_string());
        let delegate_handle = format!("del.ken.extra{i}");
        kenyan_delegates.push(
            person(state, &delegate_handle, Some(add(&delegate_handle, "KEN", DelegationRole::Delegate)))
                .await
                .to_string(),
        );
        let applicant = person(state, &format!("p.applicant{i}"), None).await;
        state.store.submit(Caller::new(applicant, Scope::Full), apply(&format!("Applicant {i}"))).await.unwrap();
        pending_organizations.push(2 + i);
    }
    let mut tokens = vec![None];
    let mut people = vec![None];
    for handle in [participant, observer, stakeholder, alternate, delegate, head, secretariat] {
        tokens.push(Some(token(state, &handle, &Action::ALL).await));
        people.push(Some(handle));
    }
    let blob = state.store.put_blob(b"Draft resolution.", "text/plain").await.unwrap();
    let publish =
        Command::PublishDocument { title: "Draft".into(), language: domain::lang::Lang::En, blob: blob.clone() };
    state.store.submit(Caller::system(), publish).await.unwrap();
    // Consultation 1 with a seed statement, then one to close per column.
    let as_head = Caller::new(Actor::try_from("del.ken.head".to_owned()).unwrap(), Scope::Full);
    let seeds = std::iter::once(vec!["Compute is a common good.".to_owned()]).chain(ROLES.map(|_| Vec::new()));
    for (id, seeds) in (1..).zip(seeds) {
        state.store.submit(as_head.clone(), consultation(seeds)).await.unwrap();
        let open = Command::Consultation(ConsultationCommand::Open { id });
        state.store.submit(as_head.clone(), open).await.unwrap();
    }
    open_ballots(state).await;
    let value = NewValue {
        member: kenya,
        indicator: "IT.NET.USER.ZS".into(),
        year: 1999,
        value: "42".parse().unwrap(),
        source: "National statistics office".into(),
    };
    state.store.submit(as_head.clone(), Command::Divide(DivideCommand::SubmitValue(value))).await.unwrap();
    World {
        tokens,
        people,
        kenyan_delegates,
        organization_members,
        ghana_head: ghana_head.to_string(),
        pending_organizations,
        document_text: blob.sha256.to_string(),
        consultation: 1,
        closable: (2..).take(ROLES.len()).collect(),
        ballot: 1,
        ballots: (2..).take(ROLES.len()).collect(),
        signed_ballots: (2 + ROLES.len() as u64..).take(ROLES.len()).collect(),
        submission: 1,
    }
}

/// Ballots for the decision cases: ballot 1 and two per column, Kenya's
/// alternate designated on ballot 1 and the signed-vote ballots.
async fn open_ballots(state: &AppState) {
    let secretariat = Caller::new(Actor::try_from("sec.admin".to_owned()).unwrap(), Scope::Full);
    let head = Caller::new(Actor::try_from("del.ken.head".to_owned()).unwrap(), Scope::Full);
    let procedure = rules::Procedure::from_toml(SIMPLE_MAJORITY).unwrap();
    for id in 1..=1 + 2 * ROLES.len() as u64 {
        let new = NewBallot {
            title: [(Lang::En, format!("Ballot {id}"))].into(),
            document: None,
            closes: None,
            procedure: BallotProcedure::Given(procedure.clone()),
        };
        state.store.submit(secretariat.clone(), Command::Decision(DecisionCommand::OpenBallot(new))).await.unwrap();
        if id == 1 || id > 1 + ROLES.len() as u64 {
            let designate = DecisionCommand::DesignateAlternate {
                ballot: id,
                member: "KEN".parse().unwrap(),
                handle: Actor::try_from("del.ken.alternate".to_owned()).unwrap(),
            };
            state.store.submit(head.clone(), Command::Decision(designate)).await.unwrap();
        }
    }
}

const SIMPLE_MAJORITY: &str =
    "name = \"Simple majority\"\n[rule]\nkind = \"majority\"\nof = \"present-and-voting\"\nthreshold = \"> 1/2\"\n";

/// The key Kenya's head registers in column `column` (then rotates to
/// with `rotated`).
fn kenya_key(column: usize, rotated: bool) -> ledger::Signer {
    let seed = u8::try_from(column).unwrap() + if rotated { 100 } else { 0 };
    ledger::Signer::new("ken", &[seed; 32]).unwrap()
}

/// A new consultation in English, open to everyone, with `seeds`.
fn consultation(seeds: Vec<String>) -> Command {
    let english = |text: &str| [(Lang::En, text.to_owned())].into();
    Command::Consultation(ConsultationCommand::Create(NewConsultation {
        language: Lang::En,
        title: english("Compute"),
        question: english("How should compute be shared?"),
        audience: Audience::Everyone,
        moderation: Moderation::After,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        seeds,
    }))
}

/// A national value of `member` for the role in column `column`.
fn indicator_value(member: &str, column: usize) -> Value {
    json!({"member": member, "indicator": "IT.NET.USER.ZS", "year": 2000 + column, "value": "50",
        "source": "National statistics office"})
}

/// The request that takes `case`'s action, for the role in column `column`.
fn request(case: &Case, world: &World, column: usize) -> (Method, String, Option<Value>) {
    let post = |uri: &str, body: Value| (Method::POST, uri.to_owned(), Some(body));
    match case.name {
        "list members" => (Method::GET, "/api/v1/members".into(), None),
        "read own account" => (Method::GET, "/api/v1/accounts/me".into(), None),
        "change own password" => {
            let current =
                if ROLES[column] == Role::Secretariat { support::ADMIN_PASSWORD } else { "the same password" };
            post("/api/v1/accounts/me/password", json!({"current_password": current, "new_password": current}))
        }
        "create a token" => post("/api/v1/tokens", json!({"name": "t", "scopes": ["read_own_account"]})),
        "invite secretariat staff" => post("/api/v1/invitations", json!({"kind": "secretariat"})),
        "invite an observer" => post("/api/v1/invitations", json!({"kind": "observer"})),
        "accredit Tanzania's head" => post("/api/v1/invitations", json!({"kind": "head", "member": "TZA"})),
        "invite a Kenyan delegate" => post("/api/v1/invitations", json!({"kind": "delegate", "member": "KEN"})),
        "invite a Ghanaian delegate" => post("/api/v1/invitations", json!({"kind": "delegate", "member": "GHA"})),
        "invite an organization member" => {
            post("/api/v1/invitations", json!({"kind": "stakeholder", "organization": 1}))
        }
        "list invitations" => (Method::GET, "/api/v1/invitations".into(), None),
        "apply for an organization" => {
            post("/api/v1/organizations", json!({"name": "Open Models Network", "chamber": "civil_society"}))
        }
        "decide an application" => {
            let id = world.pending_organizations[0];
            post(
                &format!("/api/v1/organizations/{id}/decision"),
                json!({"admit": false, "reason": "outside the mandate"}),
            )
        }
        "remove an organization member" => {
            let member = &world.organization_members[column % world.organization_members.len()];
            (Method::DELETE, format!("/api/v1/organizations/1/members/{member}"), None)
        }
        "remove a Kenyan delegate" => {
            let delegate = &world.kenyan_delegates[column % world.kenyan_delegates.len()];
            (Method::DELETE, format!("/api/v1/delegations/KEN/people/{delegate}"), None)
        }
        "withdraw Ghana's head" => {
            (Method::DELETE, format!("/api/v1/delegations/GHA/people/{}?reason=recalled", world.ghana_head), None)
        }
        "publish a document" => {
            post("/api/v1/documents", json!({"title": "Charter", "language": "en", "text": "Article 1."}))
        }
        "take a text down" => {
            post(&format!("/api/v1/blobs/{}/redaction", world.document_text), json!({"reason": "a court order"}))
        }
        "read the metrics" => (Method::GET, "/metrics".to_owned(), None),
        "see a Kenyan delegate's name" => (Method::GET, "/api/v1/people/del.ken.delegate".to_owned(), None),
        "issue a reset for a Kenyan delegate" => {
            // Not one of those the table removes from the delegation first.
            post("/api/v1/resets", json!({"handle": world.kenyan_delegates[2]}))
        }
        "change own e-mail" => {
            (Method::PUT, "/api/v1/accounts/me/email".to_owned(), Some(json!({"email": "someone@example.org"})))
        }
        "create a consultation" => post(
            "/api/v1/consultations",
            json!({"language": "en", "title": {"en": "Data"}, "question": {"en": "Who holds the data?"}}),
        ),
        "close a Kenyan consultation" => {
            (Method::POST, format!("/api/v1/consultations/{}/close", world.closable[column]), None)
        }
        "moderate a Kenyan consultation's statement" => post(
            &format!("/api/v1/consultations/{}/statements/1/moderation", world.consultation),
            json!({"verdict": "approve"}),
        ),
        "translate a statement" => post(
            &format!("/api/v1/consultations/{}/statements/1/translations", world.consultation),
            json!({"language": "fr", "text": "Le calcul est un bien commun."}),
        ),
        "vote in a consultation" => post(
            &format!("/api/v1/consultations/{}/votes", world.consultation),
            json!({"statement": 1, "choice": "agree"}),
        ),
        "import a consultation" => post(
            "/api/v1/consultations/imports",
            json!({"language": "en", "title": "$15/hour", "source": "https://pol.is/2demo"}),
        ),
        "list ballots" => (Method::GET, "/api/v1/ballots?lang=fr".into(), None),
        "show a ballot" => (Method::GET, format!("/api/v1/ballots/{}", world.ballot), None),
        "list decision types" => (Method::GET, "/api/v1/decision-types".into(), None),
        "list Kenya's keys" => (Method::GET, "/api/v1/delegations/KEN/keys".into(), None),
        "Kenya's next seq" => (Method::GET, format!("/api/v1/ballots/{}/seq/KEN", world.ballot), None),
        "publish decision types" => {
            post("/api/v1/decision-types", json!({"types": [{"code": "simple", "procedure": SIMPLE_MAJORITY}]}))
        }
        "open a ballot" => post("/api/v1/ballots", json!({"title": {"en": "Compute"}, "decision_type": "simple"})),
        "designate a Kenyan alternate" => post(
            &format!("/api/v1/ballots/{}/alternates", world.ballots[column]),
            json!({"member": "KEN", "handle": "del.ken.alternate"}),
        ),
        "designate a Ghanaian alternate" => post(
            &format!("/api/v1/ballots/{}/alternates", world.ballots[column]),
            json!({"member": "GHA", "handle": "del.ken.alternate"}),
        ),
        "give Kenya's proxy" => {
            post(&format!("/api/v1/ballots/{}/proxies", world.ballots[column]), json!({"from": "KEN", "to": "GHA"}))
        }
        "take Kenya's proxy back" => {
            post(&format!("/api/v1/ballots/{}/proxies/revoke", world.ballots[column]), json!({"from": "KEN"}))
        }
        "give Ghana's proxy" => {
            post(&format!("/api/v1/ballots/{}/proxies", world.ballots[column]), json!({"from": "GHA", "to": "KEN"}))
        }
        "vote for Kenya with its custodied key" => post(
            &format!("/api/v1/ballots/{}/votes/custodied", world.ballot),
            json!({"member": "KEN", "choice": "yes"}),
        ),
        "vote for Ghana with its custodied key" => post(
            &format!("/api/v1/ballots/{}/votes/custodied", world.ballot),
            json!({"member": "GHA", "choice": "yes"}),
        ),
        "record a roll call" => post(
            &format!("/api/v1/ballots/{}/roll-call", world.ballot),
            json!({"votes": [{"member": "NGA", "choice": "no"}]}),
        ),
        "register Kenya's key" => {
            post("/api/v1/delegations/KEN/keys", json!({"key": kenya_key(column, false).verifier().to_string()}))
        }
        "register Ghana's key" => {
            post("/api/v1/delegations/GHA/keys", json!({"key": kenya_key(column, false).verifier().to_string()}))
        }
        "rotate Kenya's key" => {
            post("/api/v1/delegations/KEN/keys/rotate", json!({"key": kenya_key(column, true).verifier().to_string()}))
        }
        "cast a signed vote for Kenya" => {
            // Signed with the key the head rotated to (column 6).
            let ballot = world.signed_ballots[column];
            let payload =
                VotePayload { ballot, member: "KEN".parse().unwrap(), choice: Choice::Yes, seq: 1, proxy_for: None };
            let signature = payload.sign(&kenya_key(6, true));
            post(
                &format!("/api/v1/ballots/{ballot}/votes"),
                json!({"member": "KEN", "choice": "yes", "seq": 1, "signature": {"key": signature.key, "sig": signature.sig}}),
            )
        }
        "revoke Kenya's key" => post("/api/v1/delegations/KEN/keys/revoke", json!({"reason": "rotated out"})),
        "close a ballot" => (Method::POST, format!("/api/v1/ballots/{}/close", world.ballots[column]), None),
        "show the divide index" => (Method::GET, "/api/v1/divide?region=AFRICAN".into(), None),
        "list divide submissions" => (Method::GET, "/api/v1/divide/submissions?status=pending".into(), None),
        "publish the divide methodology" => post("/api/v1/divide/methodology", json!({"text": exchange::DEFAULT_TOML})),
        "load the shipped indicator values" => post("/api/v1/divide/load-indicators", json!(null)),
        // One year per column: the same value may await review once.
        "submit a Kenyan indicator value" => post("/api/v1/divide/submissions", indicator_value("KEN", column)),
        "submit a Ghanaian indicator value" => post("/api/v1/divide/submissions", indicator_value("GHA", column)),
        "review a submitted value" => {
            post(&format!("/api/v1/divide/submissions/{}/review", world.submission), json!({"accept": true}))
        }
        "delete own account" => post("/api/v1/accounts/me/deletion", json!({"password": "the same password"})),
        other => panic!("no request for {other}"),
    }
}

#[test]
fn the_written_table_agrees_with_the_rules() {
    for case in cases() {
        for (column, role) in ROLES.into_iter().enumerate() {
            let principal = domain::authz::Principal {
                handle: None,
                role,
                member: Some("KEN".parse().unwrap()),
                organization: Some((1, true)),
            };
            let allowed = authorize(&principal, &Scope::Full, case.action, case.target).is_ok();
            assert_eq!(allowed, case.allowed[column] == 1, "{} for {role}", case.name);
        }
    }
    let covered: std::collections::BTreeSet<Action> = cases().iter().map(|c| c.action).collect();
    let untested: Vec<Action> = Action::ALL.into_iter().filter(|a| !covered.contains(a)).collect();
    assert_eq!(untested, []);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_against_every_api_action() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let world = world(&state).await;
        // First with tokens that lack the action (so that nothing has
        // changed yet when they are refused), then with tokens that have it.
        let mut failures = scoped_out(&state, &world).await;
        for case in cases() {
            for (column, role) in ROLES.into_iter().enumerate() {
                let who = world.tokens[column].as_deref().map_or_else(Who::anonymous, Who::token);
                let (method, uri, body) = request(&case, &world, column);
                let answer = call(&state, &who, method, &uri, body).await;
                let refused = matches!(answer.status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN);
                let expected_refused = case.allowed[column] == 0;
                let wrong = if expected_refused { !refused } else { !answer.status.is_success() };
                if wrong || answer.status.is_server_error() {
                    failures.push(format!(
                        "{} as {role}: {} {}",
                        case.name,
                        answer.status,
                        String::from_utf8_lossy(&answer.body)
                    ));
                }
                if refused {
                    let expected =
                        if role == Role::Anonymous { StatusCode::UNAUTHORIZED } else { StatusCode::FORBIDDEN };
                    if answer.status != expected {
                        failures.push(format!("{} as {role}: {} instead of {expected}", case.name, answer.status));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        let metrics = support::metrics(&state).await;
        assert!(metrics.contains("concord_refusals_total{reason=\"forbidden\"}"));
        assert!(metrics.contains("concord_refusals_total{reason=\"unauthenticated\"}"));
    })
    .await;
}

/// Every action of the table, as every signed-in role, with a token scoped
/// to every action but that one: refused with 403, and for a role that may
/// take the action, because of the token's scope. A scope only ever adds,
/// so a token naming fewer other actions cannot pass where this one is
/// refused. Reading public records needs no scope: they are public.
async fn scoped_out(state: &AppState, world: &World) -> Vec<String> {
    let mut failures = Vec::new();
    for case in cases() {
        let others: Vec<Action> = Action::ALL.into_iter().filter(|a| *a != case.action).collect();
        for (column, role) in ROLES.into_iter().enumerate() {
            let Some(handle) = &world.people[column] else { continue };
            let who = Who::token(&token(state, handle, &others).await);
            let (method, uri, body) = request(&case, world, column);
            let answer = call(state, &who, method, &uri, body).await;
            let scope_refusal = format!("does not allow {}", case.action.code());
            let right = if case.action == Action::ReadPublic {
                answer.status.is_success()
            } else if case.allowed[column] == 1 {
                answer.status == StatusCode::FORBIDDEN && answer.detail().contains(&scope_refusal)
            } else {
                answer.status == StatusCode::FORBIDDEN
            };
            if !right {
                failures.push(format!(
                    "{} as {role} without the scope {}: {} {}",
                    case.name,
                    case.action.code(),
                    answer.status,
                    String::from_utf8_lossy(&answer.body)
                ));
            }
        }
    }
    failures
}

/// Issue 11, reproduction 2: a token scoped to `remove_delegation_member`
/// withdrew a head of delegation, because the domain's own check for the
/// withdrawal did not see the token's scope.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_scoped_to_removing_delegates_cannot_withdraw_a_head() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let admin = support::admin(&state).await;
        let head = support::invite_and_accept(&state, &admin, json!({"kind": "head", "member": "GHA"}), "kofi").await;
        let issued = support::post(
            &state,
            &admin,
            "/api/v1/tokens",
            json!({"name": "delegates", "scopes": ["remove_delegation_member"]}),
        )
        .await
        .expect(StatusCode::CREATED)
        .json();
        let scoped = Who::token(issued["token"].as_str().unwrap());
        let withdraw = format!("/api/v1/delegations/GHA/people/{head}?reason=x");

        let refused = call(&state, &scoped, Method::DELETE, &withdraw, None).await.expect(StatusCode::FORBIDDEN);
        assert!(refused.detail().contains("does not allow withdraw_head"), "{}", refused.detail());
        let ghana = call(&state, &Who::anonymous(), Method::GET, "/api/v1/delegations/GHA", None).await;
        assert!(String::from_utf8_lossy(&ghana.expect(StatusCode::OK).body).contains(&head), "the head is still there");

        // The administrator's session (every action of the role) may.
        call(&state, &admin, Method::DELETE, &withdraw, None).await.expect(StatusCode::OK);
        let ghana = call(&state, &Who::anonymous(), Method::GET, "/api/v1/delegations/GHA", None).await;
        assert!(!String::from_utf8_lossy(&ghana.expect(StatusCode::OK).body).contains(&head));
    })
    .await;
}

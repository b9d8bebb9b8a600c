//! The demo's people, each added by whoever adds such a person on the
//! platform: the administrator appoints the demo's secretariat person, who
//! accredits the heads of delegation and admits the organizations; each
//! head adds a delegate; each organization applies as a participant.

use anyhow::{Context, anyhow};
use domain::authz::{Caller, Role, Scope};
use domain::member::Iso3;
use domain::people::{Chamber, DelegationRole};
use domain::{Actor, Command};
use server::demo::DemoAccount;
use store::access::NewAccount;
use store::{Effect, Store};

/// The delegations: one member state of each regional group.
pub const DELEGATIONS: [(&str, &str); 5] =
    [("KEN", "kenya"), ("IDN", "indonesia"), ("EST", "estonia"), ("CHL", "chile"), ("CAN", "canada")];

/// The organizations: an invented name, its chamber, where it is based and
/// its sign-in name.
pub const ORGANIZATIONS: [(&str, Chamber, &str, &str); 3] = [
    ("Open Models Research Institute (demo)", Chamber::Research, "IND", "research"),
    ("Shared Compute Cooperative (demo)", Chamber::Industry, "DEU", "industry"),
    ("Digital Rights Network (demo)", Chamber::CivilSociety, "ZAF", "civil-society"),
];

/// The demo's people once seeded: the accounts a newcomer may sign in
/// with, and the callers the consultations act as.
pub struct Cast {
    /// Every demo account, in the order the sign-in page lists them.
    pub accounts: Vec<DemoAccount>,
    /// The demo's secretariat person.
    pub secretariat: Caller,
    /// Everyone who takes part in consultations: heads, delegates,
    /// members of organizations, the participant.
    pub voters: Vec<Caller>,
}

/// Seeds the people, the administrator `admin` acting first; every account
/// gets `password`.
pub async fn seed(store: &Store, admin: &Caller, password: &str) -> anyhow::Result<Cast> {
    // One hash for every account: they share the password anyway.
    let hash = server::auth::password::hash(password).await.map_err(|err| anyhow!("{err}"))?;
    let mut cast = Cast { accounts: Vec::new(), secretariat: admin.clone(), voters: Vec::new() };
    let account = |handle: &Actor, username: &str, display_name: String| NewAccount {
        handle: handle.clone(),
        username: username.to_owned(),
        display_name,
        email: None,
        password_hash: hash.clone(),
    };

    let secretariat = handle("sec.demo")?;
    let appoint = Command::AppointSecretariat { handle: secretariat.clone() };
    let new = account(&secretariat, "demo-secretariat", "Demo secretariat officer".into());
    submit(store, admin, appoint, Some(new)).await?;
    cast.secretariat = Caller::new(secretariat, Scope::Full);
    cast.accounts.push(listed("demo-secretariat", Role::Secretariat, None, None));

    for (code, name) in DELEGATIONS {
        let member: Iso3 = code.parse().map_err(|err: String| anyhow!(err))?;
        let lower = code.to_ascii_lowercase();
        let head = handle(&format!("del.demo-{lower}-head"))?;
        let username = format!("demo-{name}-head");
        let add = Command::AddDelegationMember { member, handle: head.clone(), role: DelegationRole::Head };
        let new = account(&head, &username, format!("Demo head of delegation, {code}"));
        submit(store, &cast.secretariat, add, Some(new)).await?;
        cast.accounts.push(listed(&username, Role::HeadOfDelegation, Some(code), None));
        let head = Caller::new(head, Scope::Full);

        let delegate = handle(&format!("del.demo-{lower}-delegate"))?;
        let username = format!("demo-{name}-delegate");
        let add = Command::AddDelegationMember { member, handle: delegate.clone(), role: DelegationRole::Delegate };
        let new = account(&delegate, &username, format!("Demo delegate, {code}"));
        submit(store, &head, add, Some(new)).await?;
        cast.accounts.push(listed(&username, Role::Delegate, Some(code), None));
        cast.voters.push(head);
        cast.voters.push(Caller::new(delegate, Scope::Full));
    }

    for (name, chamber, country, short) in ORGANIZATIONS {
        let applicant = handle(&format!("org.demo-{short}"))?;
        let username = format!("demo-{short}");
        store.create_account(&account(&applicant, &username, format!("Demo member, {name}"))).await?;
        let applicant = Caller::new(applicant, Scope::Full);
        let apply = Command::ApplyOrganization {
            name: name.to_owned(),
            chamber,
            country: Some(country.parse().map_err(|err: String| anyhow!(err))?),
            website: None,
        };
        submit(store, &applicant, apply, None).await?;
        let id = store
            .organizations(None, None, None)
            .await?
            .iter()
            .find(|o| o.applicant == applicant.actor)
            .map(|o| o.id)
            .with_context(|| format!("the application of {name} is not in the store"))?;
        let admit = Command::DecideOrganization { id, admit: true, reason: String::new() };
        submit(store, &cast.secretariat, admit, None).await?;
        cast.accounts.push(listed(&username, Role::Stakeholder, None, Some(name)));
        cast.voters.push(applicant);
    }

    let participant = handle("p.demo-participant")?;
    store.create_account(&account(&participant, "demo-participant", "Demo participant".into())).await?;
    cast.accounts.push(listed("demo-participant", Role::Participant, None, None));
    cast.voters.push(Caller::new(participant, Scope::Full));
    Ok(cast)
}

/// Submits `command` as `caller`, creating `account` in the same commit.
async fn submit(store: &Store, caller: &Caller, command: Command, account: Option<NewAccount>) -> anyhow::Result<()> {
    let what = format!("{command:?}");
    let effects = account.into_iter().map(Effect::CreateAccount).collect();
    store.submit_with(caller.clone(), command, effects).await.with_context(|| format!("submitting {what}"))?;
    Ok(())
}

fn handle(text: &str) -> anyhow::Result<Actor> {
    Actor::try_from(text.to_owned()).map_err(|err| anyhow!(err))
}

fn listed(username: &str, role: Role, member: Option<&str>, organization: Option<&str>) -> DemoAccount {
    DemoAccount {
        username: username.to_owned(),
        role: role.code().to_owned(),
        member: member.map(str::to_owned),
        organization: organization.map(str::to_owned),
    }
}

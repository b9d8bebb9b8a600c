//! The cost of one authorization check, the question every request asks.

use criterion::{Criterion, criterion_group, criterion_main};
use domain::Actor;
use domain::authz::{Action, Principal, Role, Scope, Target, authorize};

fn bench(c: &mut Criterion) {
    let kenya = "KEN".parse().unwrap();
    let head = Principal {
        handle: Some(Actor::try_from("del.ken".to_owned()).unwrap()),
        role: Role::HeadOfDelegation,
        member: Some(kenya),
        organization: None,
    };
    let session = Scope::Full;
    let token = Scope::Only(vec![Action::ReadPublic, Action::InviteDelegationMember]);
    c.bench_function("authorize: allowed (head, own member)", |b| {
        b.iter(|| {
            authorize(std::hint::black_box(&head), &session, Action::InviteDelegationMember, Target::Member(kenya))
        })
    });
    c.bench_function("authorize: refused (head, secretariat action)", |b| {
        b.iter(|| authorize(std::hint::black_box(&head), &session, Action::DecideOrganization, Target::None))
    });
    c.bench_function("authorize: scoped token", |b| {
        b.iter(|| {
            authorize(
                std::hint::black_box(&head),
                std::hint::black_box(&token),
                Action::InviteDelegationMember,
                Target::Member(kenya),
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

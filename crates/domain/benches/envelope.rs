//! Encoding and decoding log entries: the cost `verify`, rebuild and start-up
//! pay per entry.

use criterion::{Criterion, criterion_group, criterion_main};
use domain::blob::BlobRef;
use domain::lang::Lang;
use domain::{Actor, Envelope, Event, Timestamp};

fn entries() -> Vec<(&'static str, Envelope)> {
    let time = Timestamp::from_unix_millis(1_795_000_000_000).unwrap();
    let member = domain::member::un_members().unwrap().remove(0);
    let document = Event::DocumentPublished(domain::DocumentPublished {
        number: 12,
        title: "Benchmark document 7-12".into(),
        language: Lang::En,
        blob: BlobRef::to_bytes(b"text", "text/plain; charset=utf-8"),
    });
    vec![
        ("member.admitted", Envelope::new(1, time, Actor::system(), Event::MemberAdmitted(member))),
        ("document.published", Envelope::new(300, time, Actor::system(), document)),
    ]
}

fn bench(c: &mut Criterion) {
    for (kind, envelope) in entries() {
        let bytes = envelope.encode().unwrap();
        c.bench_function(&format!("encode {kind} ({} bytes)", bytes.len()), |b| b.iter(|| envelope.encode().unwrap()));
        c.bench_function(&format!("decode {kind} ({} bytes)", bytes.len()), |b| {
            b.iter(|| Envelope::decode(&bytes).unwrap())
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);

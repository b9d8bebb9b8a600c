//! Signed notes, keys, checkpoints, cosignatures and witness policies.

use ledger::*;
use proptest::prelude::*;

/// The verifier key of the example in C2SP signed-note, "Verifier keys".
const SPEC_VKEY: &str = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
/// The note that the C2SP signed-note example signs with that key.
const SPEC_NOTE: &str = "This is an example message.\n\n\u{2014} example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

/// The signer key, verifier key and signed note documented by Go's
/// golang.org/x/mod/sumdb/note, as interoperability data.
const GO_SKEY: &str = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const GO_VKEY: &str = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const GO_TEXT: &str =
    "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_SIG: &str = "\u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

fn signer(name: &str, n: u8) -> Signer {
    Signer::new(name, &[n; 32]).unwrap()
}

fn cosigner(name: &str, n: u8) -> Cosigner {
    Cosigner::new(name, &[n; 32]).unwrap()
}

#[test]
fn c2sp_example_note_verifies() {
    let v = Verifier::parse(SPEC_VKEY).unwrap();
    assert_eq!(v.name(), "example.com/foo");
    assert_eq!(v.key_id(), 0x530d903a);
    assert_eq!(v.key_type(), KeyType::Ed25519);
    assert_eq!(v.to_string(), SPEC_VKEY);
    assert_eq!(key_id("example.com/foo", KeyType::Ed25519, &v.public_key()), 0x530d903a);

    let (note, verified) = Note::open(SPEC_NOTE.as_bytes(), std::slice::from_ref(&v)).unwrap();
    assert_eq!(note.text(), "This is an example message.\n");
    assert_eq!(note.to_string(), SPEC_NOTE);
    assert_eq!(
        verified,
        vec![Verified {
            name: "example.com/foo".into(),
            key_id: 0x530d903a,
            key_type: KeyType::Ed25519,
            timestamp: None,
        }]
    );

    // A changed text is a bad signature by a known key.
    let forged = SPEC_NOTE.replace("example message", "example massage");
    assert_eq!(
        Note::open(forged.as_bytes(), std::slice::from_ref(&v)),
        Err(Error::BadSignature { name: "example.com/foo".into(), key_id: 0x530d903a })
    );
    // Without the key, nothing is known.
    let other = signer("example.com/foo", 1).verifier();
    assert_eq!(Note::open(SPEC_NOTE.as_bytes(), &[other]), Err(Error::NoKnownSignature));
}

#[test]
fn go_note_example_interoperates() {
    let s = Signer::parse(GO_SKEY).unwrap();
    assert_eq!(s.to_key_string(), GO_SKEY);
    assert_eq!(s.verifier().to_string(), GO_VKEY);
    assert_eq!(Verifier::parse(GO_VKEY).unwrap(), s.verifier());
    // Ed25519 is deterministic, so signing reproduces the documented line.
    let sig = s.sign(GO_TEXT).unwrap();
    assert_eq!(sig.to_string(), GO_SIG);
    let mut note = Note::new(GO_TEXT).unwrap();
    note.add_signature(sig).unwrap();
    let text = note.to_string();
    assert_eq!(text, format!("{GO_TEXT}\n{GO_SIG}"));
    Note::open(text.as_bytes(), &[s.verifier()]).unwrap();
    // Debug never shows the seed.
    assert!(!format!("{s:?}").contains("AYEKFALV"));
}

#[test]
fn key_strings() {
    let s = signer("log.example/a", 9);
    assert_eq!(Signer::parse(&s.to_key_string()).unwrap().verifier(), s.verifier());
    let c = cosigner("witness.example/w", 9);
    let c2 = Cosigner::parse(&c.to_key_string()).unwrap();
    assert_eq!(c2.verifier(), c.verifier());
    assert_eq!(c.verifier().key_type(), KeyType::Cosignature);
    // Same seed and name, different type: a different key ID.
    assert_ne!(s.verifier().key_id(), c.verifier().key_id());
    let vkey = c.verifier().to_string();
    let (_, key) = vkey.rsplit_once('+').unwrap();
    use base64::Engine as _;
    let key = base64::engine::general_purpose::STANDARD.decode(key).unwrap();
    assert_eq!((key[0], key.len()), (0x04, 33));
    assert_eq!(Signer::parse(&c.to_key_string()).err(), Some(Error::KeyType { key_type: 4 }));
    assert_eq!(Cosigner::parse(&s.to_key_string()).err(), Some(Error::KeyType { key_type: 1 }));

    let bad = [
        "",
        "+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530D903A+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530d903+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/fo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2",
        "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k=",
        "example.com/foo+530d903a+AukyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo 530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530d903a",
        "example com+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
    ];
    for vkey in bad {
        assert!(Verifier::parse(vkey).is_err(), "{vkey} parsed");
    }
    // Names: non-empty, no spaces (Unicode too), no plus.
    for name in ["", "a b", "a+b", "a\u{2003}b", "a\nb", "a\u{85}b"] {
        assert_eq!(Signer::new(name, &[1; 32]).err(), Some(Error::KeyName), "{name:?}");
    }
    Signer::new("\u{65e5}\u{672c}.example/\u{2014}", &[1; 32]).unwrap();
    // A weak (small-order) public key is refused.
    let identity = {
        let mut k = [0u8; 32];
        k[0] = 1;
        k
    };
    assert!(Verifier::new("weak", KeyType::Ed25519, &identity).is_err());
}

#[test]
fn strict_note_parsing() {
    let s = signer("a.example", 1);
    let good = {
        let mut n = Note::new("hello\n").unwrap();
        n.sign(&s).unwrap();
        n.to_string()
    };
    Note::parse(good.as_bytes()).unwrap();
    let sig = good.split_once("\n\n").unwrap().1.to_string();
    let b64 = sig.split(' ').nth(2).unwrap().trim_end().to_string();
    let cases: Vec<(String, Error)> = vec![
        ("hello\n".into(), Error::NoteUnsigned),
        ("hello\n\n".into(), Error::NoteUnsigned),
        (format!("hello\n{sig}"), Error::NoteUnsigned),
        (good.trim_end().to_string(), Error::SignatureLine { line: 1 }),
        (format!("hello\n\n- a.example {b64}\n"), Error::SignatureLine { line: 1 }),
        (format!("hello\n\n\u{2014}  a.example {b64}\n"), Error::SignatureLine { line: 1 }),
        (format!("hello\n\n\u{2014} a.example  {b64}\n"), Error::SignatureLine { line: 1 }),
        (format!("hello\n\n\u{2014} a.example {b64} \n"), Error::SignatureLine { line: 1 }),
        (format!("hello\n\n\u{2014} a+b {b64}\n"), Error::SignatureLine { line: 1 }),
        ("hello\n\n\u{2014} a.example\n".to_string(), Error::SignatureLine { line: 1 }),
        ("hello\n\n\u{2014} a.example AAAAAA==\n".to_string(), Error::SignatureLine { line: 1 }),
        (format!("hello\n\n\u{2014} a.example {b64}x\n"), Error::SignatureLine { line: 1 }),
        (format!("hello\n\n{sig}\n"), Error::NoteUnsigned),
        (format!("hello\n\n{sig}junk\n"), Error::SignatureLine { line: 2 }),
        (format!("hel\rlo\n\n{sig}"), Error::NoteControl { offset: 3 }),
        (format!("hello\t\n\n{sig}"), Error::NoteControl { offset: 5 }),
        (format!("hello\n\n{}", sig.replace('\n', "\r\n")), Error::NoteControl { offset: 7 + sig.len() - 1 }),
    ];
    for (note, want) in cases {
        assert_eq!(Note::parse(note.as_bytes()), Err(want), "{note:?}");
    }
    assert_eq!(Note::parse(b"caf\xe9\n\n"), Err(Error::NoteNotUtf8));
    // The text may hold blank lines; the last blank line ends it.
    let mut n = Note::new("a\n\nb\n\n").unwrap();
    n.sign(&s).unwrap();
    let parsed = Note::parse(n.to_string().as_bytes()).unwrap();
    assert_eq!(parsed.text(), "a\n\nb\n\n");
    parsed.verify(&[s.verifier()]).unwrap();
    assert_eq!(Note::new("no newline").err(), Some(Error::NoteText));
    assert_eq!(Note::new("").err(), Some(Error::NoteText));
    assert_eq!(Note::new("a\0\n").err(), Some(Error::NoteControl { offset: 1 }));
}

#[test]
fn many_signatures_unknown_keys_and_bad_signatures() {
    let signers: Vec<Signer> = (0..20).map(|i| signer(&format!("s{i}.example"), i)).collect();
    let mut note = Note::new("many\n").unwrap();
    // Unknown keys: another key under a known name, and a known key ID
    // under another name, are both ignored.
    let impostor = signer("s0.example", 200);
    note.sign(&impostor).unwrap();
    let renamed = {
        let real = signer("s1.example", 1).sign("many\n").unwrap();
        NoteSignature::new("s1.example.evil", real.key_id(), real.signature().to_vec()).unwrap()
    };
    note.add_signature(renamed).unwrap();
    for s in &signers {
        note.sign(s).unwrap();
    }
    // A repeated signature by the same key is reported once.
    note.sign(&signers[3]).unwrap();
    let verifiers: Vec<Verifier> = signers.iter().map(Signer::verifier).collect();
    let verified = Note::parse(note.to_string().as_bytes()).unwrap().verify(&verifiers).unwrap();
    assert_eq!(verified.len(), 20);
    assert_eq!(verified[0].name, "s0.example");

    // A bad signature by any known key rejects the note, even though
    // others verify.
    let mut bad = note.clone();
    let forged = NoteSignature::new("s5.example", signers[5].key_id(), vec![7; 64]).unwrap();
    bad.add_signature(forged).unwrap();
    assert_eq!(
        bad.verify(&verifiers),
        Err(Error::BadSignature { name: "s5.example".into(), key_id: signers[5].key_id() })
    );
    // A wrong-length signature by a known key is also a bad signature.
    let mut short = note.clone();
    short.add_signature(NoteSignature::new("s5.example", signers[5].key_id(), vec![1; 10]).unwrap()).unwrap();
    assert!(matches!(short.verify(&verifiers), Err(Error::BadSignature { .. })));

    // The limit: MAX_SIGNATURES lines parse, one more does not.
    let mut full = Note::new("limit\n").unwrap();
    for _ in 0..MAX_SIGNATURES {
        full.sign(&signers[0]).unwrap();
    }
    Note::parse(full.to_string().as_bytes()).unwrap();
    assert_eq!(full.sign(&signers[0]), Err(Error::TooManySignatures { max: MAX_SIGNATURES }));
    let over = format!("{full}{}", signers[1].sign("limit\n").unwrap());
    assert_eq!(Note::parse(over.as_bytes()), Err(Error::TooManySignatures { max: MAX_SIGNATURES }));
}

#[test]
fn checkpoints() {
    // The body of the C2SP tlog-checkpoint example.
    let body = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
    let cp = Checkpoint::parse(body).unwrap();
    assert_eq!(cp.origin(), "example.com/behind-the-sofa");
    assert_eq!(cp.size(), 20852163);
    assert_eq!(cp.to_string(), body);
    let with_ext = format!("{body}ext one\nx\n");
    let cp = Checkpoint::parse(&with_ext).unwrap();
    assert_eq!(cp.extensions(), ["ext one", "x"]);
    assert_eq!(cp.to_string(), with_ext);
    let empty = Checkpoint::new("o", 0, EMPTY_ROOT).unwrap();
    assert_eq!(Checkpoint::parse(&empty.to_string()), Ok(empty));

    let root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";
    let bad = [
        String::new(),
        "o\n".into(),
        "o\n1\n".into(),
        format!("o\n1\n{root}"),
        format!("\n1\n{root}\n"),
        format!("o\n01\n{root}\n"),
        format!("o\n+1\n{root}\n"),
        format!("o\n-1\n{root}\n"),
        format!("o\n 1\n{root}\n"),
        format!("o\n18446744073709551616\n{root}\n"),
        "o\n1\nZG9uJ3QgY2FyZSAx\n".into(),
        format!("o\n1\n{}\n", root.trim_end_matches('=')),
        format!("o\n1\n{root}\n\n"),
        format!("o\n1\n{root}\next\n\n"),
        format!("o\r\n1\n{root}\n"),
    ];
    for text in &bad {
        assert!(Checkpoint::parse(text).is_err(), "{text:?} parsed");
    }
    assert!(Checkpoint::new("", 1, EMPTY_ROOT).is_err());
    assert!(Checkpoint::new("a\nb", 1, EMPTY_ROOT).is_err());
    assert!(empty_with_bad_extension().is_err());
}

fn empty_with_bad_extension() -> Result<Checkpoint, Error> {
    Checkpoint::new("o", 0, EMPTY_ROOT)?.with_extension("")
}

#[test]
fn checkpoint_signing_and_cosigning() {
    let log = signer("log.example/one", 1);
    let cp = Checkpoint::new("log.example/one", 5, leaf_hash(b"x")).unwrap();
    let mut note = cp.sign(&log).unwrap();
    let (opened, _) = Checkpoint::open(note.to_string().as_bytes(), &log.verifier()).unwrap();
    assert_eq!(opened, cp);
    assert_eq!(cp.sign(&signer("other.example", 1)).err(), Some(Error::OriginMismatch));
    let imposter = signer("other.example", 1);
    let mut foreign = Note::new(&cp.to_string()).unwrap();
    foreign.sign(&imposter).unwrap();
    assert_eq!(
        Checkpoint::open(foreign.to_string().as_bytes(), &imposter.verifier()).err(),
        Some(Error::OriginMismatch)
    );

    // Cosignatures carry their timestamp and sign it.
    let w = cosigner("witness.example/w1", 2);
    let t = 1_679_315_147;
    note.add_signature(cp.cosign(&w, t).unwrap()).unwrap();
    let text = note.to_string();
    let parsed = Note::parse(text.as_bytes()).unwrap();
    let verified = parsed.verify(&[log.verifier(), w.verifier()]).unwrap();
    assert_eq!(verified[1].timestamp, Some(t));
    assert_eq!(verified[1].key_type, KeyType::Cosignature);
    // The log's key alone still opens it: the cosignature is unknown.
    Checkpoint::open(text.as_bytes(), &log.verifier()).unwrap();
    // A cosignature is not a plain signature: the same bytes do not verify
    // under another timestamp.
    let sig = parsed.signatures()[1].clone();
    let mut moved = sig.signature().to_vec();
    moved[7] ^= 1;
    let mut tampered = Note::new(parsed.text()).unwrap();
    tampered.add_signature(NoteSignature::new(sig.name(), sig.key_id(), moved).unwrap()).unwrap();
    assert!(matches!(tampered.verify(&[w.verifier()]), Err(Error::BadSignature { .. })));
    assert_eq!(cp.cosign(&w, 1 << 63).err(), Some(Error::Timestamp { timestamp: 1 << 63 }));
    cp.cosign(&w, i64::MAX as u64).unwrap();

    // The C2SP tlog-cosignature example line parses, and its signature
    // carries the example's timestamp.
    let line = "\u{2014} witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==";
    let sig = NoteSignature::parse(line).unwrap();
    assert_eq!(sig.signature().len(), 72);
    assert_eq!(u64::from_be_bytes(sig.signature()[..8].try_into().unwrap()), t);
    assert_eq!(sig.to_string(), format!("{line}\n"));
}

/// Five regional groups of three witnesses each; a quorum of two
/// witnesses from each of three of the five groups.
fn regional_policy() -> (Policy, Signer, Vec<Vec<Cosigner>>) {
    let log = signer("log.example/concord", 1);
    let mut text = format!("# Concord\nlog {} https://log.example/\n\n", log.verifier());
    let mut regions = Vec::new();
    for r in 0..5u8 {
        let mut ws = Vec::new();
        for i in 0..3u8 {
            let w = cosigner(&format!("w{r}{i}.example"), 10 + r * 3 + i);
            text.push_str(&format!("witness r{r}w{i} {}\n", w.verifier()));
            ws.push(w);
        }
        text.push_str(&format!("  group region{r}\t2 r{r}w0 r{r}w1 r{r}w2  \n"));
        regions.push(ws);
    }
    text.push_str("group regions 3 region0 region1 region2 region3 region4\nquorum regions\n");
    (Policy::parse(text.as_bytes()).unwrap(), log, regions)
}

#[test]
fn witness_policy_nested_groups() {
    let (policy, log, regions) = regional_policy();
    assert_eq!(Policy::parse(policy.to_string().as_bytes()).unwrap(), policy);
    assert_eq!(policy.logs()[0].url.as_deref(), Some("https://log.example/"));
    let cp = Checkpoint::new("log.example/concord", 42, leaf_hash(b"42")).unwrap();
    let note = cp.sign(&log).unwrap();
    let cosign = |note: &Note, who: &[(usize, usize)]| {
        let mut note = note.clone();
        for &(r, i) in who {
            note.add_signature(cp.cosign(&regions[r][i], 1000 + (r * 3 + i) as u64).unwrap()).unwrap();
        }
        note.to_string()
    };

    // Two from each of three regions: met.
    let ok = cosign(&note, &[(0, 0), (0, 2), (1, 1), (1, 2), (4, 0), (4, 1), (3, 0)]);
    let report = policy.verify(ok.as_bytes()).unwrap();
    assert_eq!(report.checkpoint, cp);
    assert_eq!(report.log, "log.example/concord");
    let names: Vec<&str> = report.cosigned.iter().map(|c| c.witness.as_str()).collect();
    assert_eq!(names, ["r0w0", "r0w2", "r1w1", "r1w2", "r3w0", "r4w0", "r4w1"]);
    assert_eq!(report.cosigned[0].timestamp, 1000);

    // Two from two regions and one from each of the others: not met.
    let short = cosign(&note, &[(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (3, 0), (4, 0)]);
    assert_eq!(policy.verify(short.as_bytes()).err(), Some(Error::QuorumNotMet { witnesses: 7 }));
    // No log signature: rejected whatever the witnesses say.
    let mut unsigned = Note::new(&cp.to_string()).unwrap();
    unsigned.sign(&signer("log.example/concord", 99)).unwrap();
    let unsigned = cosign(&unsigned, &[(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]);
    assert_eq!(policy.verify(unsigned.as_bytes()).err(), Some(Error::UnknownLog));
    // A bad cosignature by a known witness rejects the note.
    let mut forged = Note::parse(ok.as_bytes()).unwrap();
    let w = regions[2][2].verifier();
    forged.add_signature(NoteSignature::new(w.name(), w.key_id(), vec![0; 72]).unwrap()).unwrap();
    assert!(matches!(policy.verify(forged.to_string().as_bytes()), Err(Error::BadSignature { .. })));
}

#[test]
fn witness_policy_rules() {
    let log = signer("log.example", 1).verifier();
    let w1 = cosigner("w1.example", 2).verifier();
    let w2 = cosigner("w2.example", 3).verifier();
    let base = format!("log {log}\nwitness A {w1}\nwitness B {w2} https://w2.example/\n");
    let ok = |extra: &str| Policy::parse(format!("{base}{extra}").as_bytes());
    ok("quorum none\n").unwrap();
    ok("group g any A B\nquorum g\n").unwrap();
    ok("group g all A B\ngroup h 1 g\nquorum h").unwrap();
    ok("quorum A\n# comment\n   \n").unwrap();
    let bad = [
        ("", 0),
        ("quorum C\n", 4),
        ("quorum A\nquorum B\n", 5),
        ("group g 3 A B\nquorum g\n", 4),
        ("group g 0 A B\nquorum g\n", 4),
        ("group g 01 A B\nquorum g\n", 4),
        ("group g some A B\nquorum g\n", 4),
        ("group g any\nquorum g\n", 4),
        ("group g any A A\nquorum g\n", 4),
        ("group g any A h\ngroup h any B\nquorum g\n", 4),
        ("group A any B\nquorum A\n", 4),
        ("group none any B\nquorum none\n", 4),
        ("group g any none\nquorum g\n", 4),
        (&format!("witness C {w1}\nquorum A\n"), 4),
        (&format!("log {log}\nquorum A\n"), 4),
        (&format!("log {w1}\nquorum A\n"), 4),
        (&format!("witness C {log}\nquorum A\n"), 4),
        ("witness C not-a-key\nquorum A\n", 4),
        ("witness C\nquorum A\n", 4),
        ("frobnicate\nquorum A\n", 4),
        ("quorum A B\n", 4),
        ("quorum A\r\n", 4),
    ];
    for (extra, line) in bad {
        match ok(extra) {
            Err(Error::Policy { line: got, .. }) => assert_eq!(got, line, "{extra:?}"),
            other => panic!("{extra:?} gave {other:?}"),
        }
    }
    // Built in code, the same rules hold.
    let mut p = Policy::new();
    p.add_log(log.clone(), None).unwrap();
    p.add_witness("A", w1.clone(), None).unwrap();
    assert!(p.add_witness("B", w1, None).is_err());
    assert!(p.add_group("g", Threshold::AtLeast(2), &["A"]).is_err());
    p.add_group("g", Threshold::All, &["A"]).unwrap();
    p.set_quorum("g").unwrap();
    assert_eq!(Policy::parse(p.to_string().as_bytes()).unwrap(), p);
}

#[test]
fn policy_without_witnesses() {
    let log = signer("log.example", 1);
    let policy = Policy::parse(format!("log {}\nquorum none\n", log.verifier()).as_bytes()).unwrap();
    let cp = Checkpoint::new("log.example", 1, leaf_hash(b"")).unwrap();
    let report = policy.verify(cp.sign(&log).unwrap().to_string().as_bytes()).unwrap();
    assert!(report.cosigned.is_empty());
    let no_quorum = Policy::new();
    assert!(no_quorum.verify(b"").is_err());
}

fn name_strategy() -> impl Strategy<Value = String> {
    "[a-z0-9./\u{e9}\u{4e2d}-]{1,20}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// parse(format(x)) == x for notes, checkpoints and keys.
    #[test]
    fn formats_round_trip(
        name in name_strategy(),
        seed in any::<[u8; 32]>(),
        text in "([^\u{0}-\u{1f}]{0,20}\n){1,5}",
        origin in "[^\u{0}-\u{1f}\u{7f}-\u{9f}]{1,30}",
        size in any::<u64>(),
        root in any::<[u8; 32]>(),
        extensions in proptest::collection::vec("[a-z =+]{1,10}", 0..3),
        time in 0u64..=i64::MAX as u64,
    ) {
        let s = Signer::new(&name, &seed).unwrap();
        prop_assert_eq!(Signer::parse(&s.to_key_string()).unwrap().to_key_string(), s.to_key_string());
        prop_assert_eq!(Verifier::parse(&s.verifier().to_string()).unwrap(), s.verifier());
        let c = Cosigner::new(&name, &seed).unwrap();
        prop_assert_eq!(Cosigner::parse(&c.to_key_string()).unwrap().verifier(), c.verifier());
        prop_assert_eq!(Verifier::parse(&c.verifier().to_string()).unwrap(), c.verifier());

        let mut note = Note::new(&text).unwrap();
        note.sign(&s).unwrap();
        note.add_signature(c.cosign(&text, time).unwrap()).unwrap();
        let parsed = Note::parse(note.to_string().as_bytes()).unwrap();
        prop_assert_eq!(&parsed, &note);
        let verified = parsed.verify(&[s.verifier(), c.verifier()]).unwrap();
        prop_assert_eq!(verified.len(), 2);
        prop_assert_eq!(verified[1].timestamp, Some(time));

        let mut cp = Checkpoint::new(&origin, size, Hash(root)).unwrap();
        for e in &extensions {
            cp = cp.with_extension(e).unwrap();
        }
        prop_assert_eq!(Checkpoint::parse(&cp.to_string()), Ok(cp));
    }

    /// Any single-bit change to a signed note makes opening it fail.
    #[test]
    fn single_bit_changes_break_notes(
        text in "([a-z0-9 ]{0,12}\n){1,3}",
        byte in any::<usize>(),
        bit in 0u8..8,
    ) {
        let s = Signer::new("n.example", &[5; 32]).unwrap();
        let mut note = Note::new(&text).unwrap();
        note.sign(&s).unwrap();
        let mut bytes = note.to_string().into_bytes();
        let at = byte % bytes.len();
        bytes[at] ^= 1 << bit;
        prop_assert!(Note::open(&bytes, &[s.verifier()]).is_err());
    }

    /// Random bytes never panic any parser.
    #[test]
    fn parsers_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), s in "\\PC{0,200}") {
        let lossy = String::from_utf8_lossy(&bytes);
        for text in [lossy.as_ref(), s.as_str()] {
            let _ = Note::parse(text.as_bytes());
            let _ = Checkpoint::parse(text);
            let _ = Verifier::parse(text);
            let _ = Signer::parse(text);
            let _ = Cosigner::parse(text);
            let _ = NoteSignature::parse(text);
            let _ = Policy::parse(text.as_bytes());
            let _ = Hash::from_base64(text);
            let _ = Hash::from_hex(text);
            let _ = TileId::parse(text);
            let _ = Note::parse(format!("{text}\n\n\u{2014} {text}\n").as_bytes());
            let _ = Policy::parse(format!("group {text}\nquorum {text}").as_bytes());
        }
        let _ = Note::parse(&bytes);
        let _ = Policy::parse(&bytes);
        let _ = decode_bundle(&bytes);
    }

    /// Policies round-trip through their text form, and verifying any
    /// subset of cosignatures never panics and agrees with a direct count.
    #[test]
    fn policies_round_trip_and_count(mask in any::<u16>()) {
        let (policy, log, regions) = regional_policy();
        prop_assert_eq!(Policy::parse(policy.to_string().as_bytes()).unwrap(), policy.clone());
        let cp = Checkpoint::new("log.example/concord", 7, leaf_hash(b"7")).unwrap();
        let mut note = cp.sign(&log).unwrap();
        let mut per_region = [0; 5];
        for (r, witnesses) in regions.iter().enumerate() {
            for (i, witness) in witnesses.iter().enumerate() {
                if mask & (1 << (r * 3 + i)) != 0 {
                    note.add_signature(cp.cosign(witness, 1).unwrap()).unwrap();
                    per_region[r] += 1;
                }
            }
        }
        let want = per_region.iter().filter(|&&n| n >= 2).count() >= 3;
        let got = policy.verify(note.to_string().as_bytes());
        prop_assert_eq!(got.is_ok(), want, "{:?}", got);
    }
}

//! Witness protocol tests (C2SP tlog-witness): the request body, every
//! refusal with its status, the accepted requests, and the response.

use proptest::prelude::*;

use crate::tests::{ORIGIN, SignedLog};
use crate::*;

/// The example request body of C2SP tlog-witness.
const SPEC_REQUEST: &str = "old 20852014
PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=
jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=
5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=
/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=

example.com/behind-the-sofa
20852163
CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

\u{2014} example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
\u{2014} example.com/behind-the-sofa opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=
";

/// The example response body of C2SP tlog-witness.
const SPEC_RESPONSE: &str = "\u{2014} witness.example/w1 CMp+6LWBU0anHGH5aNDTJkH/gj79sG+T6+iP2ThYN5krrDJbR1HDnucjL39QsZTSvVjyQLrdk3DXDqI5G2HgLatVs0pWh6Up69HVOw==
\u{2014} witness.example/w1 I7rEps0pvK2UqkS2gSpVUDhrhVtQV9lgF6pRrWAvjJHjyWpW7VcE3SiOlVlbQNt64vWhO+DlkL0+UfzuOBMh9ChdMkP1vi/lCAsmlw==
\u{2014} witness.example/w2 AWui8Sk55XjYLOijihBjhqEH6nS1ndDymE0a+6idX7pLcnoB+dhnz0854aLZgrrKbYKA7nC3HNJhm/kWl7oJlqU3rXXvpysAdyP3wQ==
";

/// The request for `log`'s checkpoint at `new`, proving from `old`.
fn request(log: &SignedLog, old: u64, new: u64) -> AddCheckpoint {
    let proof = if old == 0 || old >= new { Vec::new() } else { log.proof(old, new) };
    AddCheckpoint { old_size: old, proof, note: log.note(new) }
}

/// What a witness knowing `log`'s key decides, having cosigned `stored`.
fn decide(log: &SignedLog, request: &AddCheckpoint, stored: Option<&Checkpoint>) -> Result<Checkpoint, Refusal> {
    let checkpoint = open_request(request, &[log.signer.verifier()])?;
    check_request(request, &checkpoint, stored)?;
    Ok(checkpoint)
}

fn malformed(body: &[u8]) -> &'static str {
    match AddCheckpoint::parse(body) {
        Err(Error::AddCheckpoint { reason }) => reason,
        other => panic!("{:?}: {other:?}", String::from_utf8_lossy(body)),
    }
}

#[test]
fn the_spec_example_request_parses_and_encodes_back() {
    let request = AddCheckpoint::parse(SPEC_REQUEST.as_bytes()).unwrap();
    assert_eq!(request.old_size, 20852014);
    assert_eq!(request.proof.len(), 4);
    assert_eq!(request.proof[0].to_base64(), "PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=");
    assert_eq!(request.proof[3].to_base64(), "/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=");
    let note = Note::parse(&request.note).unwrap();
    assert_eq!(Checkpoint::parse(note.text()).unwrap().size(), 20852163);
    assert_eq!(note.signatures().len(), 2);
    assert_eq!(request.encode(), SPEC_REQUEST.as_bytes());
}

#[test]
fn requests_without_a_proof_round_trip() {
    let log = SignedLog::new(1, 5);
    let request = request(&log, 0, 5);
    let body = request.encode();
    assert!(body.starts_with(b"old 0\n\nlog.example/concord\n5\n"), "{}", String::from_utf8_lossy(&body));
    assert_eq!(AddCheckpoint::parse(&body), Ok(request));
}

#[test]
fn malformed_requests_are_refused_with_the_reason() {
    let note = "log.example/concord\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u{2014} k AAAAAAA=\n";
    let hash = "PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=";
    let first_line = "the first line is not old and a size in canonical decimal";
    for old in ["old 05", "old -1", "old  5", "old 5 ", "new 5", "OLD 5", "old", "old ", "old 18446744073709551616"] {
        assert_eq!(malformed(format!("{old}\n\n{note}").as_bytes()), first_line, "{old}");
    }
    assert_eq!(malformed(b"old \xff\n\nx\n"), first_line);
    assert_eq!(malformed(b""), "no old size line");
    assert_eq!(malformed(b"old 5"), "no old size line");
    assert_eq!(malformed(format!("old 5\n{hash}\n").as_bytes()), "no empty line before the checkpoint");
    assert_eq!(malformed(format!("old 5\n{hash}").as_bytes()), "no empty line before the checkpoint");
    assert_eq!(malformed(format!("old 5\n{hash}\n\n").as_bytes()), "no checkpoint");
    let not_hash = "a consistency proof line is not base64 of 32 bytes";
    for line in ["PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpka==", "PlRNCrwH", "not base64!", " ", "\u{2014}"] {
        assert_eq!(malformed(format!("old 5\n{line}\n\n{note}").as_bytes()), not_hash, "{line}");
    }
    assert_eq!(malformed(format!("old 5\r\n\r\n{note}").as_bytes()), first_line);
    assert_eq!(malformed(format!("old 5\n{hash}\r\n\n{note}").as_bytes()), not_hash);
    assert_eq!(malformed(b"old 5\n\xff\n\nx\n"), not_hash);

    // At most 63 proof lines, and a note of at most 32 KiB.
    let lines = |n: usize| format!("old 5\n{}\n{note}", format!("{hash}\n").repeat(n));
    assert_eq!(AddCheckpoint::parse(lines(63).as_bytes()).unwrap().proof.len(), 63);
    assert_eq!(malformed(lines(64).as_bytes()), "more than 63 consistency proof lines");
    let mut body = b"old 0\n\n".to_vec();
    body.resize(body.len() + MAX_NOTE_SIZE, b'x');
    assert_eq!(AddCheckpoint::parse(&body).unwrap().note.len(), MAX_NOTE_SIZE);
    body.push(b'x');
    assert_eq!(malformed(&body), "the checkpoint is longer than 32 KiB");
    assert_eq!(
        Error::AddCheckpoint { reason: "no checkpoint" }.to_string(),
        "malformed add-checkpoint request: no checkpoint"
    );
}

#[test]
fn the_largest_request_is_max_request_size() {
    let largest =
        AddCheckpoint { old_size: u64::MAX, proof: vec![EMPTY_ROOT; MAX_PROOF_LINES], note: vec![b'x'; MAX_NOTE_SIZE] };
    let body = largest.encode();
    assert_eq!(body.len(), MAX_REQUEST_SIZE);
    assert_eq!(AddCheckpoint::parse(&body), Ok(largest));
}

#[test]
fn a_checkpoint_with_the_most_signatures_fits() {
    // A note may carry MAX_SIGNATURES signature lines; a request must be
    // able to carry such a note, here cosigned by witnesses with names as
    // long as a host name may be.
    let log = SignedLog::new(1, 5);
    let checkpoint = log.checkpoint(5);
    let mut note = Note::parse(&log.note(5)).unwrap();
    for i in 1..MAX_SIGNATURES as u64 {
        let name = format!("witness-{i:03}.{}.example", "w".repeat(40));
        let witness = Cosigner::new(&name, &[9; 32]).unwrap();
        note.add_signature(checkpoint.cosign(&witness, i).unwrap()).unwrap();
    }
    let body = AddCheckpoint { old_size: 0, proof: Vec::new(), note: note.to_string().into_bytes() }.encode();
    assert!(body.len() > 16 * 1024, "{}", body.len());
    let request = AddCheckpoint::parse(&body).unwrap();
    assert_eq!(open_request(&request, &[log.signer.verifier()]), Ok(checkpoint));
}

#[test]
fn refusals_name_their_status_and_say_why() {
    let cases = [
        (Refusal::Malformed(Error::NoteUnsigned), 400, "note has no signatures"),
        (Refusal::UnknownLog { origin: "a.example".into() }, 404, "unknown log a.example"),
        (
            Refusal::BadSignature(Error::NoKnownSignature),
            403,
            "the checkpoint is not signed by the log: note has no signature from a known key",
        ),
        (Refusal::OldSizeTooLarge { old: 9, size: 5 }, 400, "old size 9 is larger than the checkpoint's size 5"),
        (Refusal::Conflict { size: 7 }, 409, "the witness last cosigned this log at size 7, not at the old size given"),
        (
            Refusal::RootConflict { size: 7 },
            409,
            "the checkpoint of size 7 has another root than the one the witness cosigned",
        ),
        (
            Refusal::BadProof(Error::ProofTooShort),
            422,
            "the consistency proof does not verify: proof has too few hashes",
        ),
    ];
    for (refusal, status, message) in cases {
        assert_eq!(refusal.status(), status, "{refusal:?}");
        assert_eq!(refusal.to_string(), message);
        let body = refusal.size_body();
        assert_eq!(body, matches!(refusal, Refusal::Conflict { .. }).then(|| "7\n".to_owned()));
    }
    assert_eq!(Refusal::Conflict { size: 0 }.size_body().as_deref(), Some("0\n"));
}

#[test]
fn the_note_must_be_a_checkpoint_signed_by_a_known_log() {
    let log = SignedLog::new(1, 5);
    let good = request(&log, 0, 5);
    let logs = [log.signer.verifier()];
    assert_eq!(open_request(&good, &logs), Ok(log.checkpoint(5)));

    // Not a note, or a note that is not a checkpoint: 400.
    let unsigned = AddCheckpoint { note: log.checkpoint(5).to_string().into_bytes(), ..good.clone() };
    assert_eq!(open_request(&unsigned, &logs), Err(Refusal::Malformed(Error::NoteUnsigned)));
    let mut note = Note::new("log.example/concord\nfive\n").unwrap();
    note.sign(&log.signer).unwrap();
    let not_checkpoint = AddCheckpoint { note: note.to_string().into_bytes(), ..good.clone() };
    let refused = open_request(&not_checkpoint, &logs).unwrap_err();
    assert_eq!(refused, Refusal::Malformed(Error::Checkpoint { reason: "tree size is not a canonical decimal" }));
    assert_eq!(refused.status(), 400);

    // An origin the witness does not know: 404, whatever else it knows.
    let other = Signer::new("other.example/log", &[2; 32]).unwrap();
    assert_eq!(open_request(&good, &[other.verifier()]), Err(Refusal::UnknownLog { origin: ORIGIN.to_owned() }));
    assert_eq!(open_request(&good, &[]).unwrap_err().status(), 404);
    // A witness's cosigning key named as the log is no log key: its
    // cosignature does not make the checkpoint the log's.
    let cosigner = Cosigner::new(ORIGIN, &[3; 32]).unwrap();
    let mut note = Note::parse(&good.note).unwrap();
    note.add_signature(log.checkpoint(5).cosign(&cosigner, 1).unwrap()).unwrap();
    let cosigned = AddCheckpoint { note: note.to_string().into_bytes(), ..good.clone() };
    assert_eq!(open_request(&cosigned, &logs), Ok(log.checkpoint(5)));
    assert_eq!(open_request(&cosigned, &[cosigner.verifier()]), Err(Refusal::UnknownLog { origin: ORIGIN.to_owned() }));

    // The origin is known but no signature is by its key: 403.
    let impostor = Signer::new(ORIGIN, &[4; 32]).unwrap();
    let forged = AddCheckpoint { note: log.checkpoint(5).sign(&impostor).unwrap().to_string().into_bytes(), ..good };
    let refused = open_request(&forged, &logs).unwrap_err();
    assert_eq!(refused, Refusal::BadSignature(Error::NoKnownSignature));
    assert_eq!(refused.status(), 403);
    // A signature by the log's key that does not verify: 403.
    let mut tampered = request(&log, 0, 5);
    let at = tampered.note.len() - 3;
    tampered.note[at] = if tampered.note[at] == b'A' { b'B' } else { b'A' };
    let refused = open_request(&tampered, &logs).unwrap_err();
    assert!(matches!(refused, Refusal::BadSignature(Error::BadSignature { .. })), "{refused:?}");
    // Signatures by unknown keys are ignored, and any key of the log will
    // do (a witness may know a log by two keys, during a key change).
    let mut note = Note::parse(&forged.note).unwrap();
    note.sign(&log.signer).unwrap();
    let both = AddCheckpoint { note: note.to_string().into_bytes(), ..request(&log, 0, 5) };
    assert_eq!(open_request(&both, &logs), Ok(log.checkpoint(5)));
    assert_eq!(open_request(&both, &[other.verifier(), impostor.verifier()]), Ok(log.checkpoint(5)));
}

#[test]
fn a_first_checkpoint_needs_old_size_zero_and_no_proof() {
    let log = SignedLog::new(1, 13);
    for size in [0, 1, 5, 13] {
        assert_eq!(decide(&log, &request(&log, 0, size), None), Ok(log.checkpoint(size)));
    }
    let mut with_proof = request(&log, 0, 13);
    with_proof.proof.push(EMPTY_ROOT);
    let refused = decide(&log, &with_proof, None).unwrap_err();
    assert_eq!(refused, Refusal::BadProof(Error::ProofNotEmpty));
    assert_eq!(refused.status(), 422);
    // A stored checkpoint of the empty tree is the same as none.
    let empty = log.checkpoint(0);
    assert_eq!(decide(&log, &request(&log, 0, 13), Some(&empty)), Ok(log.checkpoint(13)));
    assert_eq!(decide(&log, &with_proof, Some(&empty)), Err(Refusal::BadProof(Error::ProofNotEmpty)));
}

#[test]
fn an_empty_tree_must_have_the_empty_root() {
    let log = SignedLog::new(1, 1);
    let false_empty = Checkpoint::new(ORIGIN, 0, log.checkpoint(1).root()).unwrap();
    let request = AddCheckpoint {
        old_size: 0,
        proof: Vec::new(),
        note: false_empty.sign(&log.signer).unwrap().to_string().into_bytes(),
    };
    assert_eq!(decide(&log, &request, None), Err(Refusal::BadProof(Error::RootMismatch)));
}

#[test]
fn the_old_size_must_be_the_stored_size() {
    let log = SignedLog::new(1, 13);
    let stored = log.checkpoint(5);
    // Larger than the checkpoint: 400, before the stored size is looked at.
    for stored in [None, Some(&stored)] {
        let refused = decide(&log, &request(&log, 13, 8), stored).unwrap_err();
        assert_eq!(refused, Refusal::OldSizeTooLarge { old: 13, size: 8 });
        assert_eq!(refused.status(), 400);
    }
    // Not the stored size: 409 with the stored size.
    for old in [0, 4, 6, 13] {
        let refused = decide(&log, &request(&log, old, 13), Some(&stored)).unwrap_err();
        assert_eq!(refused, Refusal::Conflict { size: 5 }, "old {old}");
        assert_eq!(refused.size_body().as_deref(), Some("5\n"));
    }
    let refused = decide(&log, &request(&log, 5, 13), None).unwrap_err();
    assert_eq!(refused, Refusal::Conflict { size: 0 });
    assert_eq!(refused.size_body().as_deref(), Some("0\n"));
}

#[test]
fn a_consistent_checkpoint_is_accepted_from_every_stored_size() {
    let log = SignedLog::new(1, 20);
    for new in 1..=20 {
        for old in 1..=new {
            let stored = log.checkpoint(old);
            assert_eq!(decide(&log, &request(&log, old, new), Some(&stored)), Ok(log.checkpoint(new)), "{old}->{new}");
        }
    }
}

#[test]
fn a_proof_that_does_not_verify_is_refused() {
    let log = SignedLog::new(1, 13);
    for old in [1, 4, 5, 8, 12] {
        let stored = log.checkpoint(old);
        let good = request(&log, old, 13);
        for i in 0..good.proof.len() {
            let mut bad = good.clone();
            bad.proof[i].0[0] ^= 1;
            let refused = decide(&log, &bad, Some(&stored)).unwrap_err();
            assert!(matches!(refused, Refusal::BadProof(_)), "{old}: {refused:?}");
            assert_eq!(refused.status(), 422);
        }
        let mut short = good.clone();
        short.proof.pop();
        assert_eq!(decide(&log, &short, Some(&stored)), Err(Refusal::BadProof(Error::ProofTooShort)));
        let mut long = good;
        long.proof.push(EMPTY_ROOT);
        assert_eq!(decide(&log, &long, Some(&stored)), Err(Refusal::BadProof(Error::ProofTooLong)));
    }
    // The stored checkpoint is of another tree (the log was rewritten
    // since): the honest proof starts from a root the witness never saw.
    let rewritten = log.rewritten(2);
    let request = request(&rewritten, 5, 13);
    let stored = log.checkpoint(5);
    assert_eq!(decide(&rewritten, &request, Some(&stored)), Err(Refusal::BadProof(Error::RootMismatch)));
    // The proof reaches the new root, so with the stored note it is
    // evidence of the rewrite that anyone can check.
    let view = check_split_view(&log.note(5), &request.note, &request.proof, &log.signer.verifier()).unwrap();
    assert_eq!(view.prefix_root, rewritten.checkpoint(5).root());
}

#[test]
fn an_unchanged_size_needs_the_same_root_and_no_proof() {
    let log = SignedLog::new(1, 13);
    let stored = log.checkpoint(13);
    assert_eq!(decide(&log, &request(&log, 13, 13), Some(&stored)), Ok(stored.clone()));
    let mut with_proof = request(&log, 13, 13);
    with_proof.proof.push(stored.root());
    assert_eq!(decide(&log, &with_proof, Some(&stored)), Err(Refusal::BadProof(Error::ProofNotEmpty)));
    // Another tree of the same size: the log signed two views.
    let rewritten = log.rewritten(3);
    let refused = decide(&rewritten, &request(&rewritten, 13, 13), Some(&stored)).unwrap_err();
    assert_eq!(refused, Refusal::RootConflict { size: 13 });
    assert_eq!(refused.status(), 409);
    assert_eq!(refused.size_body(), None);
}

#[test]
fn a_witness_follows_a_growing_log() {
    // The witness keeps the last checkpoint it cosigned. A log that asks
    // from a stale old size learns the stored size from the 409 and asks
    // again.
    let log = SignedLog::new(9, 40);
    let witness = Cosigner::new("witness.example/w1", &[5; 32]).unwrap();
    let mut stored: Option<Checkpoint> = None;
    let mut conflicts = 0;
    // (the size the log believes the witness cosigned, the new size)
    for (believed, size) in [(0, 3), (3, 3), (0, 8), (8, 21), (21, 40)] {
        let ask = AddCheckpoint::parse(&request(&log, believed, size).encode()).unwrap();
        let checkpoint = match decide(&log, &ask, stored.as_ref()) {
            Ok(checkpoint) => checkpoint,
            Err(refusal) => {
                assert_eq!(refusal.status(), 409);
                conflicts += 1;
                let old = parse_size_response(refusal.size_body().unwrap().as_bytes()).unwrap();
                decide(&log, &request(&log, old, size), stored.as_ref()).unwrap()
            }
        };
        let response = cosignature_response(&[checkpoint.cosign(&witness, 1_700_000_000 + size).unwrap()]);
        let signatures = parse_cosignature_response(response.as_bytes()).unwrap();
        let kept = verify_cosignatures(&log.checkpoint(size), &signatures, &[witness.verifier()]).unwrap();
        assert_eq!(kept, signatures);
        stored = Some(checkpoint);
    }
    assert_eq!(conflicts, 1);
    assert_eq!(stored, Some(log.checkpoint(40)));
}

#[test]
fn cosignature_responses_round_trip() {
    let log = SignedLog::new(1, 5);
    let checkpoint = log.checkpoint(5);
    let w1 = Cosigner::new("witness.example/w1", &[5; 32]).unwrap();
    let w2 = Cosigner::new("witness.example/w2", &[6; 32]).unwrap();
    let signatures = vec![checkpoint.cosign(&w1, 7).unwrap(), checkpoint.cosign(&w2, 8).unwrap()];
    let body = cosignature_response(&signatures);
    assert_eq!(body.lines().count(), 2);
    assert!(body.starts_with("\u{2014} witness.example/w1 ") && body.ends_with('\n'), "{body}");
    assert_eq!(parse_cosignature_response(body.as_bytes()), Ok(signatures.clone()));
    assert_eq!(cosignature_response(&[]), "");

    // The spec's example.
    let spec = parse_cosignature_response(SPEC_RESPONSE.as_bytes()).unwrap();
    let names: Vec<&str> = spec.iter().map(NoteSignature::name).collect();
    assert_eq!(names, ["witness.example/w1", "witness.example/w1", "witness.example/w2"]);
    assert_eq!(cosignature_response(&spec), SPEC_RESPONSE);
}

#[test]
fn malformed_cosignature_responses_are_refused() {
    let log = SignedLog::new(1, 5);
    let w1 = Cosigner::new("witness.example/w1", &[5; 32]).unwrap();
    let line = cosignature_response(&[log.checkpoint(5).cosign(&w1, 7).unwrap()]);
    let bad = |reason| Err(Error::WitnessResponse { reason });
    assert_eq!(parse_cosignature_response(b""), bad("no cosignature"));
    assert_eq!(
        parse_cosignature_response(line.trim_end().as_bytes()),
        bad("the last line does not end with a newline")
    );
    assert_eq!(parse_cosignature_response(b"\xff\n"), bad("not utf-8"));
    assert_eq!(parse_cosignature_response(b"\n"), Err(Error::SignatureLine { line: 1 }));
    let second = format!("{line}- witness.example/w1 AAAAAAAA\n");
    assert_eq!(parse_cosignature_response(second.as_bytes()), Err(Error::SignatureLine { line: 2 }));
    let blank = format!("{line}\n{line}");
    assert_eq!(parse_cosignature_response(blank.as_bytes()), Err(Error::SignatureLine { line: 2 }));
    assert_eq!(parse_cosignature_response(line.repeat(MAX_SIGNATURES).as_bytes()).unwrap().len(), MAX_SIGNATURES);
    assert_eq!(
        parse_cosignature_response(line.repeat(MAX_SIGNATURES + 1).as_bytes()),
        Err(Error::TooManySignatures { max: MAX_SIGNATURES })
    );
    assert_eq!(
        Error::WitnessResponse { reason: "no cosignature" }.to_string(),
        "malformed witness response: no cosignature"
    );
}

#[test]
fn the_client_keeps_only_cosignatures_that_verify_with_known_keys() {
    let log = SignedLog::new(1, 5);
    let checkpoint = log.checkpoint(5);
    let w1 = Cosigner::new("witness.example/w1", &[5; 32]).unwrap();
    let w2 = Cosigner::new("witness.example/w2", &[6; 32]).unwrap();
    let (s1, s2) = (checkpoint.cosign(&w1, 7).unwrap(), checkpoint.cosign(&w2, 8).unwrap());
    let both = [s1.clone(), s2.clone()];
    assert_eq!(verify_cosignatures(&checkpoint, &both, &[w1.verifier()]), Ok(vec![s1.clone()]));
    assert_eq!(verify_cosignatures(&checkpoint, &both, &[w2.verifier(), w1.verifier()]), Ok(both.to_vec()));
    assert_eq!(verify_cosignatures(&checkpoint, &[s2], &[w1.verifier()]), Err(Error::NoKnownSignature));
    // A witness known by one of its keys: a cosignature by its other key,
    // under the same name, is not kept.
    let rotated = Cosigner::new("witness.example/w1", &[7; 32]).unwrap();
    let s3 = checkpoint.cosign(&rotated, 9).unwrap();
    let kept = verify_cosignatures(&checkpoint, &[s3.clone(), s1.clone()], &[w1.verifier()]);
    assert_eq!(kept, Ok(vec![s1.clone()]));
    assert_eq!(verify_cosignatures(&checkpoint, &[s1.clone(), s3.clone()], &[rotated.verifier()]), Ok(vec![s3]));
    // A cosignature of another checkpoint does not verify.
    let other = log.checkpoint(4).cosign(&w1, 7).unwrap();
    let refused = verify_cosignatures(&checkpoint, &[other], &[w1.verifier()]);
    assert!(matches!(refused, Err(Error::BadSignature { .. })), "{refused:?}");
    let too_many = vec![s1; MAX_SIGNATURES + 1];
    assert_eq!(
        verify_cosignatures(&checkpoint, &too_many, &[w1.verifier()]),
        Err(Error::TooManySignatures { max: MAX_SIGNATURES })
    );
}

#[test]
fn size_responses() {
    assert_eq!(parse_size_response(b"50\n"), Ok(50));
    assert_eq!(parse_size_response(b"0\n"), Ok(0));
    assert_eq!(parse_size_response(b"18446744073709551615\n"), Ok(u64::MAX));
    for body in [&b"50"[..], b"050\n", b"\n", b"", b"5 0\n", b"-1\n", b"50\n\n", b"\xff\n", b"18446744073709551616\n"] {
        assert_eq!(
            parse_size_response(body),
            Err(Error::WitnessResponse { reason: "the size is not a canonical decimal and a newline" }),
            "{body:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn requests_round_trip(
        old_size in any::<u64>(),
        proof in proptest::collection::vec(any::<[u8; 32]>(), 0..=MAX_PROOF_LINES),
        note in proptest::collection::vec(any::<u8>(), 1..512),
    ) {
        let request = AddCheckpoint { old_size, proof: proof.into_iter().map(Hash).collect(), note };
        prop_assert_eq!(AddCheckpoint::parse(&request.encode()), Ok(request));
    }

    #[test]
    fn parsers_never_panic(body in proptest::collection::vec(any::<u8>(), 0..600), old in any::<u64>()) {
        let log = SignedLog::new(1, 3);
        if let Ok(request) = AddCheckpoint::parse(&body)
            && let Ok(checkpoint) = open_request(&request, &[log.signer.verifier()])
        {
            let _ = check_request(&request, &checkpoint, Some(&log.checkpoint(3)));
        }
        let mut prefixed = format!("old {old}\n\n").into_bytes();
        prefixed.extend_from_slice(&body);
        if let Ok(request) = AddCheckpoint::parse(&prefixed) {
            let _ = open_request(&request, &[log.signer.verifier()]);
        }
        let _ = parse_cosignature_response(&body);
        let _ = parse_size_response(&body);
    }
}

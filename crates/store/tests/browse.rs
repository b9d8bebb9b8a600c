//! Reading the log and the directory for the web pages, on SQLite and
//! PostgreSQL: entries, inclusion proofs from the stored tiles, and the
//! member directory in each order.

use domain::authz::Caller;
use domain::lang::Lang;
use domain::member::RegionalGroup;
use domain::{Command, Envelope};
use ledger::{Checkpoint, Verifier, leaf_hash, verify_inclusion};
use store::scratch::on_each_backend;
use store::{MemberOrder, MemberQuery, MemberSort, Store};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entries_and_their_inclusion_proofs_verify_against_the_checkpoint() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        // 196 founding entries and 70 documents: the log spans two tiles.
        let blob = store.put_blob(b"text", "text/plain").await.unwrap();
        for i in 0..70 {
            let command =
                Command::PublishDocument { title: format!("Document {i}"), language: Lang::En, blob: blob.clone() };
            store.submit(Caller::system(), command).await.unwrap();
        }
        store.sign_checkpoint().await.unwrap();
        let (size, note) = store.signed_checkpoint().await.unwrap();
        assert_eq!(size, 266);
        let verifier = Verifier::parse(store.verifier_key()).unwrap();
        let (checkpoint, _) = Checkpoint::open(note.as_bytes(), &verifier).unwrap();
        assert_eq!(checkpoint.size(), size);

        let entry = store.entry(200).await.unwrap().unwrap();
        assert_eq!(entry.index, 200);
        assert_eq!(entry.leaf_hash, leaf_hash(&entry.bytes));
        assert_eq!(Envelope::decode(&entry.bytes).unwrap().index, 200);
        assert_eq!(store.entry(size).await.unwrap(), None);
        assert_eq!(store.entry(u64::MAX).await.unwrap(), None);
        let recent = store.entries(260, 300).await.unwrap();
        assert_eq!(recent.iter().map(|e| e.index).collect::<Vec<_>>(), (260..266).collect::<Vec<_>>());

        for index in [0, 1, 195, 255, 256, 257, 265] {
            let entry = store.entry(index).await.unwrap().unwrap();
            let proof = store.inclusion_proof(index, size).await.unwrap().unwrap();
            verify_inclusion(&entry.leaf_hash, index, size, &proof, checkpoint.root())
                .unwrap_or_else(|err| panic!("entry {index}: {err}"));
            // A proof for a smaller tree verifies against that tree only.
            let small = store.inclusion_proof(index, index + 1).await.unwrap().unwrap();
            assert!(
                verify_inclusion(&entry.leaf_hash, index, size, &small, checkpoint.root()).is_err()
                    || index + 1 == size
            );
        }
        assert_eq!(store.inclusion_proof(size, size).await.unwrap(), None);
        assert_eq!(store.inclusion_proof(3, size + 1).await.unwrap(), None);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_directory_sorts_by_name_in_each_language_and_by_the_numbers() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let all = MemberQuery { limit: 300, ..MemberQuery::default() };
        let codes = |page: store::Page<store::MemberRecord>| {
            page.items.iter().map(|r| r.member.iso3.to_string()).collect::<Vec<_>>()
        };
        let order = |by, descending| MemberOrder { by, descending };

        // By name in Chinese: pinyin order, so Albania (阿尔巴尼亚, A)
        // comes before Zambia (赞比亚, Z), and Afghanistan (阿富汗) near
        // the start.
        let zh = codes(store.members_ordered(&all, order(MemberSort::Name(Lang::Zh), false)).await.unwrap());
        assert_eq!(zh.len(), 195);
        let at = |code: &str| zh.iter().position(|c| c == code).unwrap();
        assert!(at("ALB") < 5 && at("AFG") < 5, "{zh:?}");
        assert!(at("ZMB") > 180, "{zh:?}");

        // By name in French, descending: Zimbabwe first, Égypte among the E.
        let fr = codes(store.members_ordered(&all, order(MemberSort::Name(Lang::Fr), true)).await.unwrap());
        assert_eq!(fr[0], "ZWE");
        let egypt = fr.iter().position(|c| c == "EGY").unwrap();
        assert!((100..170).contains(&egypt), "Égypte at {egypt}");

        // Population, largest first: India and China lead; paging applies.
        let first_two = MemberQuery { limit: 2, ..MemberQuery::default() };
        let page = store.members_ordered(&first_two, order(MemberSort::Population, true)).await.unwrap();
        assert_eq!(page.total, 195);
        let mut top = codes(page);
        top.sort();
        assert_eq!(top, ["CHN", "IND"]);

        // By group, with a filter and an offset: the group order holds,
        // observer states (in no group) come last.
        let grouped = codes(store.members_ordered(&all, order(MemberSort::Group, false)).await.unwrap());
        assert_eq!(&grouped[193..], ["PSE", "VAT"]);
        let african = MemberQuery {
            group: Some(RegionalGroup::African),
            text: Some("ni".into()),
            limit: 3,
            offset: 1,
            ..MemberQuery::default()
        };
        let page = store.members_ordered(&african, order(MemberSort::Name(Lang::En), false)).await.unwrap();
        assert!(page.total > 4, "{}", page.total);
        assert_eq!(page.items.len(), 3);
        let names: Vec<&str> = page.items.iter().map(|r| r.member.names.en.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);

        // The default order is by code, as the API has always given it.
        let by_code = codes(store.members(&all).await.unwrap());
        let mut expected = by_code.clone();
        expected.sort();
        assert_eq!(by_code, expected);
    })
    .await;
}

//! The result part of a ballot's page: the votes of each member state
//! grouped by regional group, a bar chart of the counts (inline SVG with
//! its `<title>`, the same numbers in a table beside it), the outcome and
//! its explanation in the page language. For an open ballot the same is
//! shown for the positions so far, as the result would be if it closed now.

use std::collections::HashMap;

use domain::decision::Choice;
use domain::member::{Iso3, RegionalGroup};
use store::decision::{BallotRecord, ElectorRecord};

use super::{Line, choice_name, explanation, outcome_tag};
use crate::web::i18n::Tr;
use crate::web::members::group_id;
use crate::web::page::Tag;

/// One member state's vote in a group's table.
#[derive(Debug, Clone)]
pub struct VoteRow {
    /// Its name in the page language.
    pub member: String,
    /// Its vote.
    pub choice: String,
    /// "Through the proxy of Kenya", "Recorded by the secretariat", or
    /// empty.
    pub note: String,
}

/// The votes of one regional group.
#[derive(Debug, Clone)]
pub struct GroupTable {
    /// "African States: 12 of 54 voted".
    pub caption: String,
    /// The votes, by name.
    pub rows: Vec<VoteRow>,
}

/// A bar of the chart, its coordinates mirrored on right-to-left pages.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Its CSS class (the colour).
    pub class: &'static str,
    /// The vote's name.
    pub label: String,
    /// The count, written in the page language.
    pub value: String,
    /// Where the label starts.
    pub label_x: u32,
    /// Where the bar starts, and its width.
    pub bar_x: u32,
    /// The bar's width.
    pub bar_w: u32,
    /// Where the count starts.
    pub value_x: u32,
    /// The bar's top.
    pub y: u32,
    /// The baseline of its texts.
    pub text_y: u32,
}

/// The result block.
#[derive(Debug, Clone)]
pub struct ResultBlock {
    /// Adopted, not adopted, pending.
    pub outcome: Tag,
    /// The explanation, line by line.
    pub lines: Vec<Line>,
    /// The chart's title (its accessible name).
    pub chart_title: String,
    /// The bars.
    pub bars: Vec<Bar>,
    /// The rows of the table of counts: label and number.
    pub counts: Vec<(String, String)>,
    /// The votes by regional group.
    pub groups: Vec<GroupTable>,
}

/// The chart's width and the space of the labels.
const WIDTH: u32 = 400;
const LABEL: u32 = 120;
const BAR_MAX: u32 = 220;
const ROW: u32 = 36;

/// `x` from the start of the line, on a page in `rtl` or not; `w` the
/// width of what starts there (a text's start is its anchor, mirrored by
/// the page's direction; a bar is drawn from its left).
fn mirrored(x: u32, w: u32, rtl: bool, text: bool) -> u32 {
    match (rtl, text) {
        (false, _) => x,
        (true, true) => WIDTH.saturating_sub(x),
        (true, false) => WIDTH.saturating_sub(x + w),
    }
}

/// The bars of `counts` (yes, no, abstain).
fn bars(tr: Tr, counts: &rules::Counts) -> Vec<Bar> {
    let rtl = tr.lang.is_rtl();
    let values = [(Choice::Yes, counts.yes), (Choice::No, counts.no), (Choice::Abstain, counts.abstain)];
    let max = values.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    values
        .into_iter()
        .zip(0u32..)
        .map(|((choice, value), i)| {
            let w = u32::try_from(value.saturating_mul(u64::from(BAR_MAX)) / max).unwrap_or(BAR_MAX);
            let y = 8 + i * ROW;
            Bar {
                class: match choice {
                    Choice::Yes => "bar-yes",
                    Choice::No => "bar-no",
                    Choice::Abstain => "bar-abstain",
                },
                label: choice_name(tr, choice),
                value: tr.number(value),
                label_x: mirrored(0, 0, rtl, true),
                bar_x: mirrored(LABEL, w, rtl, false),
                bar_w: w,
                value_x: mirrored(LABEL + w + 8, 0, rtl, true),
                y,
                text_y: y + 18,
            }
        })
        .collect()
}

/// The chart's height.
pub fn chart_height() -> u32 {
    8 + 3 * ROW
}

/// The chart's width.
pub fn chart_width() -> u32 {
    WIDTH
}

/// The tally of the positions so far, as if the ballot closed now.
pub fn tally_now(record: &BallotRecord, electors: &[ElectorRecord]) -> Option<rules::Tally> {
    let members = electors.iter().map(|e| rules::Member::new(e.member.as_str()).in_group(&e.regional_group)).collect();
    let electorate = rules::Electorate::new(members).ok()?;
    let positions = rules::Positions {
        votes: electors
            .iter()
            .filter_map(|e| e.position.as_ref().map(|p| (e.member.as_str().to_owned(), p.choice.vote())))
            .collect(),
        ..rules::Positions::default()
    };
    record.procedure.tally(&electorate, &positions).ok()
}

/// The result block of `tally`, the votes of `electors` named from
/// `names` (each state's name in the page language, in the order of the
/// names).
pub fn block(tr: Tr, tally: &rules::Tally, electors: &[ElectorRecord], names: &[(Iso3, String)]) -> ResultBlock {
    let c = &tally.counts;
    let counts = vec![
        (choice_name(tr, Choice::Yes), tr.number(c.yes)),
        (choice_name(tr, Choice::No), tr.number(c.no)),
        (choice_name(tr, Choice::Abstain), tr.number(c.abstain)),
        (tr.t("ballots-count-not-voting"), tr.number(c.not_voting)),
        (tr.t("ballots-count-eligible"), tr.number(c.eligible)),
    ];
    ResultBlock {
        outcome: outcome_tag(tr, tally.outcome),
        lines: explanation(tr.lang, tally),
        chart_title: tr.t_args(
            "ballots-chart-title",
            &[
                ("yes", tr.number(c.yes).into()),
                ("no", tr.number(c.no).into()),
                ("abstain", tr.number(c.abstain).into()),
            ],
        ),
        bars: bars(tr, c),
        counts,
        groups: groups(tr, electors, names),
    }
}

/// The votes by regional group, in the order of the groups; each group
/// lists the states that voted, by name.
fn groups(tr: Tr, electors: &[ElectorRecord], names: &[(Iso3, String)]) -> Vec<GroupTable> {
    let name_of: HashMap<Iso3, &str> = names.iter().map(|(code, name)| (*code, name.as_str())).collect();
    let order: HashMap<Iso3, usize> = names.iter().enumerate().map(|(i, (code, _))| (*code, i)).collect();
    let named = |code: Iso3| name_of.get(&code).map_or_else(|| code.to_string(), |n| (*n).to_owned());
    let mut codes: Vec<&str> = electors.iter().map(|e| e.regional_group.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    codes
        .into_iter()
        .map(|code| {
            let mut members: Vec<&ElectorRecord> = electors.iter().filter(|e| e.regional_group == code).collect();
            members.sort_by_key(|e| order.get(&e.member).copied().unwrap_or(usize::MAX));
            let rows: Vec<VoteRow> = members
                .iter()
                .filter_map(|e| {
                    let position = e.position.as_ref()?;
                    let note = if position.recorded {
                        tr.t("ballots-note-recorded")
                    } else if position.cast_by != e.member {
                        tr.t_args("ballots-note-proxy", &[("member", named(position.cast_by).into())])
                    } else {
                        String::new()
                    };
                    Some(VoteRow { member: named(e.member), choice: choice_name(tr, position.choice), note })
                })
                .collect();
            let group = match code.parse::<RegionalGroup>() {
                Ok(group) => tr.t(&group_id(group)),
                Err(_) => code.to_owned(),
            };
            GroupTable {
                caption: tr.t_args(
                    "ballots-group-caption",
                    &[
                        ("group", group.into()),
                        ("voted", tr.number(rows.len() as u64).into()),
                        ("members", tr.number(members.len() as u64).into()),
                    ],
                ),
                rows,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use domain::lang::Lang;

    use super::*;

    #[test]
    fn bars_are_scaled_to_the_largest_and_mirrored_right_to_left() {
        let counts = rules::Counts { yes: 10, no: 5, abstain: 0, ..rules::Counts::default() };
        let ltr = bars(Tr { lang: Lang::En }, &counts);
        assert_eq!((ltr[0].bar_x, ltr[0].bar_w, ltr[1].bar_w, ltr[2].bar_w), (LABEL, BAR_MAX, BAR_MAX / 2, 0));
        assert_eq!(ltr[0].label_x, 0);
        let rtl = bars(Tr { lang: Lang::Ar }, &counts);
        assert_eq!(rtl[0].bar_x, WIDTH - LABEL - BAR_MAX);
        assert_eq!(rtl[0].label_x, WIDTH);
        assert_eq!(rtl[1].value_x, WIDTH - (LABEL + BAR_MAX / 2 + 8));
    }
}

//! The geometry of the divide index's charts, pure and tested: the pages
//! put the numbers in inline SVG coloured by CSS class (the CSP forbids
//! inline styles), each with a title and the same numbers in a table.
//!
//! - [`interval`]: a rank interval as a line from `rank_low` to
//!   `rank_high` on the scale of ranks 1 to N, with a dot at the rank;
//! - [`pillars`]: each pillar's score as a bar on 0–100, with a thin mark
//!   at its group's median and a thick one at the frontier;
//! - [`trend`]: one indicator's values over the years as a line.
//!
//! Rank intervals and pillar bars start on the side a line of text starts
//! on, so they are mirrored on right-to-left pages (as the ballot result's
//! bars are). Trends keep time running left to right, as the numbers of
//! their axes do in every language (their SVG is laid out left to right).

/// A coordinate, written with one decimal.
fn at(x: f64) -> String {
    format!("{x:.1}")
}

/// The width of the interval bar's box (its height is a tenth of it).
pub const INTERVAL_WIDTH: f64 = 100.0;

/// A rank interval drawn in a box `0 0 100 10`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntervalBar {
    /// Where the line starts (the better end).
    pub x1: String,
    /// Where it ends.
    pub x2: String,
    /// Where the dot of the rank is.
    pub cx: String,
}

/// The interval `low..=high` with the dot at `rank`, on ranks `1..=n`.
pub fn interval(rank: u32, low: u32, high: u32, n: u32, rtl: bool) -> IntervalBar {
    let margin = 4.0;
    let span = INTERVAL_WIDTH - 2.0 * margin;
    let x = |r: u32| {
        let share = if n > 1 { f64::from(r.clamp(1, n) - 1) / f64::from(n - 1) } else { 0.5 };
        let x = margin + share * span;
        if rtl { INTERVAL_WIDTH - x } else { x }
    };
    IntervalBar { x1: at(x(low.min(rank))), x2: at(x(high.max(rank))), cx: at(x(rank)) }
}

/// The pillar chart's width.
pub const PILLARS_WIDTH: u32 = 400;

/// The height of one pillar's row.
const PILLAR_ROW: u32 = 52;

/// The height of a pillar's bar.
const PILLAR_BAR: u32 = 16;

/// A pillar's row of the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PillarBar {
    /// "Connectivity: 45.2".
    pub label: String,
    /// Where the label starts (its anchor follows the page's direction).
    pub label_x: u32,
    /// The label's baseline.
    pub text_y: u32,
    /// The bar's left edge.
    pub bar_x: String,
    /// The bar's width.
    pub bar_w: String,
    /// The bar's top.
    pub bar_y: u32,
    /// The track's left edge (the whole scale, 0 to 100).
    pub track_x: u32,
    /// Where the median's mark is, if the state has a group.
    pub median_x: Option<String>,
    /// Where the frontier's mark is.
    pub frontier_x: String,
    /// The top of the marks.
    pub mark_y1: u32,
    /// The bottom of the marks.
    pub mark_y2: u32,
}

/// One pillar as the chart needs it: its label, the state's score, the
/// group median and the frontier, all on 0–100.
#[derive(Debug, Clone, PartialEq)]
pub struct PillarInput {
    /// "Connectivity: 45.2".
    pub label: String,
    /// The state's score.
    pub score: f64,
    /// Its group's median, if it has a group.
    pub median: Option<f64>,
    /// The highest score.
    pub frontier: f64,
}

/// The room left at each end of the scale, so a mark at 0 or 100 is
/// drawn whole.
const PILLAR_MARGIN: f64 = 4.0;

/// The width of the scale from 0 to 100.
pub const PILLAR_TRACK: u32 = PILLARS_WIDTH - 2 * PILLAR_MARGIN as u32;

/// The rows of the pillar chart.
pub fn pillars(rows: &[PillarInput], rtl: bool) -> Vec<PillarBar> {
    let width = f64::from(PILLARS_WIDTH);
    let scale = |v: f64| v.clamp(0.0, 100.0) * f64::from(PILLAR_TRACK) / 100.0;
    let mark = |v: f64| at(if rtl { width - PILLAR_MARGIN - scale(v) } else { PILLAR_MARGIN + scale(v) });
    rows.iter()
        .zip(0u32..)
        .map(|(row, i)| {
            let top = i * PILLAR_ROW;
            let w = scale(row.score);
            PillarBar {
                label: row.label.clone(),
                label_x: if rtl { PILLARS_WIDTH } else { 0 },
                text_y: top + 18,
                bar_x: at(if rtl { width - PILLAR_MARGIN - w } else { PILLAR_MARGIN }),
                bar_w: at(w),
                bar_y: top + 26,
                track_x: PILLAR_MARGIN as u32,
                median_x: row.median.map(mark),
                frontier_x: mark(row.frontier),
                mark_y1: top + 22,
                mark_y2: top + 26 + PILLAR_BAR + 4,
            }
        })
        .collect()
}

/// The pillar chart's height for `rows` pillars.
pub fn pillars_height(rows: usize) -> u32 {
    u32::try_from(rows).unwrap_or(0).saturating_mul(PILLAR_ROW).max(PILLAR_ROW)
}

/// The trend chart's box.
pub const TREND_WIDTH: u32 = 320;
/// Its height.
pub const TREND_HEIGHT: u32 = 150;
/// Where the plot starts, leaving room for the values' labels.
const PLOT_LEFT: f64 = 64.0;
/// Where it ends.
const PLOT_RIGHT: f64 = 308.0;
/// Its top.
const PLOT_TOP: f64 = 12.0;
/// Its bottom.
const PLOT_BOTTOM: f64 = 112.0;

/// One indicator's values over the years, drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendLine {
    /// The line's points, `x,y x,y ...` (empty for one value).
    pub points: String,
    /// The dot on the latest value: x.
    pub last_x: String,
    /// Its y.
    pub last_y: String,
    /// The top of the scale (its value is the page's label).
    pub top_y: u32,
    /// The bottom of the scale.
    pub bottom_y: u32,
    /// Where the axes' labels and lines start.
    pub left: u32,
    /// Where they end.
    pub right: u32,
    /// The baseline of the years' labels.
    pub years_y: u32,
    /// The value at the top of the scale.
    pub scale_top: f64,
    /// The value at its bottom.
    pub scale_bottom: f64,
}

/// The line of `values` (year, value), in year order; the scale runs from
/// 0 (or the lowest value, if below 0) to `top`, the highest value (1 if
/// every value is 0). Years run left to right from the first to the last.
/// `None` without values.
pub fn trend(values: &[(u16, f64)], top: f64) -> Option<TrendLine> {
    let (first, last) = (values.first()?.0, values.last()?.0);
    let bottom = values.iter().map(|(_, v)| *v).fold(0.0, f64::min);
    let top = if top > bottom { top } else { bottom + 1.0 };
    let x = |year: u16| {
        if last > first {
            PLOT_LEFT + f64::from(year - first) / f64::from(last - first) * (PLOT_RIGHT - PLOT_LEFT)
        } else {
            (PLOT_LEFT + PLOT_RIGHT) / 2.0
        }
    };
    let y = |v: f64| PLOT_BOTTOM - (v - bottom) / (top - bottom) * (PLOT_BOTTOM - PLOT_TOP);
    let points = if values.len() > 1 {
        // Whole units: a 320-unit box drawn a few hundred pixels wide.
        values.iter().map(|(year, v)| format!("{:.0},{:.0}", x(*year), y(*v))).collect::<Vec<_>>().join(" ")
    } else {
        String::new()
    };
    let (year, value) = values.last()?;
    Some(TrendLine {
        points,
        last_x: at(x(*year)),
        last_y: at(y(*value)),
        top_y: PLOT_TOP as u32,
        bottom_y: PLOT_BOTTOM as u32,
        left: PLOT_LEFT as u32,
        right: PLOT_RIGHT as u32,
        years_y: PLOT_BOTTOM as u32 + 24,
        scale_top: top,
        scale_bottom: bottom,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interval_runs_from_the_best_rank_to_the_worst_and_mirrors() {
        let bar = interval(2, 1, 3, 3, false);
        assert_eq!((bar.x1.as_str(), bar.cx.as_str(), bar.x2.as_str()), ("4.0", "50.0", "96.0"));
        let mirrored = interval(2, 1, 3, 3, true);
        assert_eq!((mirrored.x1.as_str(), mirrored.x2.as_str()), ("96.0", "4.0"));
        // A rank outside its interval widens it; one state sits in the middle.
        let widened = interval(5, 1, 3, 5, false);
        assert_eq!(widened.x2, "96.0");
        assert_eq!(interval(1, 1, 1, 1, false).cx, "50.0");
    }

    #[test]
    fn pillar_bars_scale_to_100_with_their_marks_and_mirror() {
        let rows = [
            PillarInput { label: "A".into(), score: 50.0, median: Some(25.0), frontier: 100.0 },
            PillarInput { label: "B".into(), score: 120.0, median: None, frontier: 80.0 },
        ];
        // The scale runs from 4 to 396: 3.92 units a point.
        let ltr = pillars(&rows, false);
        assert_eq!((ltr[0].bar_x.as_str(), ltr[0].bar_w.as_str()), ("4.0", "196.0"));
        assert_eq!(ltr[0].median_x.as_deref(), Some("102.0"));
        assert_eq!(ltr[0].frontier_x, "396.0");
        assert_eq!(ltr[1].bar_w, "392.0", "clamped to the scale");
        assert_eq!(ltr[1].median_x, None);
        assert_eq!(ltr[1].bar_y, PILLAR_ROW + 26);
        let rtl = pillars(&rows, true);
        assert_eq!((rtl[0].bar_x.as_str(), rtl[0].label_x), ("200.0", PILLARS_WIDTH));
        assert_eq!(rtl[0].median_x.as_deref(), Some("298.0"));
        assert_eq!(rtl[0].frontier_x, "4.0");
        assert_eq!(pillars_height(2), 2 * PILLAR_ROW);
    }

    #[test]
    fn a_trend_spans_the_years_from_zero_to_the_top() {
        let line = trend(&[(2000, 0.0), (2010, 50.0), (2020, 100.0)], 100.0).unwrap();
        assert_eq!(line.points, "64,112 186,62 308,12");
        assert_eq!((line.last_x.as_str(), line.last_y.as_str()), ("308.0", "12.0"));
        let one = trend(&[(2023, 5.0)], 5.0).unwrap();
        assert_eq!((one.points.as_str(), one.last_x.as_str(), one.last_y.as_str()), ("", "186.0", "12.0"));
        let zeros = trend(&[(2020, 0.0), (2021, 0.0)], 0.0).unwrap();
        assert_eq!((zeros.last_y.as_str(), zeros.scale_bottom, zeros.scale_top), ("112.0", 0.0, 1.0));
        let negative = trend(&[(2020, -10.0), (2021, 10.0)], 10.0).unwrap();
        assert_eq!((negative.points.as_str(), negative.scale_bottom), ("64,112 308,12", -10.0));
        assert_eq!(trend(&[], 1.0), None);
    }
}

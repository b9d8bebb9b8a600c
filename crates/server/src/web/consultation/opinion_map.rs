//! The opinion map of a consultation as inline SVG, drawn on the server
//! from the analysis's base clusters (`AnalysisReport::map`): a pure
//! function of the clusters and two texts.
//!
//! - Each base cluster is a circle at its place in the opinion plane (the
//!   first two principal components), its area proportional to its
//!   participants (with a small least radius, so a cluster of one is still
//!   seen). There are at most a hundred base clusters whatever the number
//!   of participants, so the picture stays a few kilobytes at any scale.
//! - Each opinion group is outlined: the convex hull of its clusters'
//!   centres, stroked wide with round joins, so the outline passes around
//!   every circle of the group; its number is written above it.
//! - The plane is scaled to a fixed view box (the same scale on both axes,
//!   the second component pointing up) and every number is rounded to one
//!   decimal.
//! - The picture is one image to assistive technology (`role="img"`,
//!   labelled by its `<title>` and `<desc>`); the page gives the same
//!   numbers in a table beside it.
//! - No `style` attribute (the Content-Security-Policy forbids inline
//!   styles): colours come from classes in `concord.css` (`.map-*`), sizes
//!   from presentation attributes.

use std::collections::BTreeMap;
use std::fmt::Write;

use domain::consultation::analysis::BaseCluster;

/// The width of the view box.
pub const WIDTH: f64 = 600.0;
/// The height of the view box.
pub const HEIGHT: f64 = 400.0;
/// The radius of the largest cluster.
const MAX_RADIUS: f64 = 32.0;
/// The least radius of a cluster.
const MIN_RADIUS: f64 = 2.5;
/// How far a group's outline passes outside its circles.
const HALO: f64 = 8.0;
/// Room above a group for its number.
const LABEL_ROOM: f64 = 18.0;
/// The distinct colours of groups (`.map-g0` to `.map-g5` in the stylesheet).
pub const COLOURS: u32 = 6;

/// The texts of the picture, in the page language.
#[derive(Debug, Clone, Copy)]
pub struct Texts<'a> {
    /// The `<title>`.
    pub title: &'a str,
    /// The `<desc>`: what the picture shows, and where the table is.
    pub description: &'a str,
    /// The `id` prefix of the title and description (unique on the page).
    pub id: &'a str,
}

/// A cluster placed in the view box.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Placed {
    x: f64,
    y: f64,
    r: f64,
    group: Option<u32>,
}

/// The SVG of the opinion map of `clusters`; `None` when no cluster has a
/// place (no analysis has placed anyone yet).
pub fn svg(clusters: &[BaseCluster], texts: Texts<'_>) -> Option<String> {
    let placed = place(clusters);
    if placed.is_empty() {
        return None;
    }
    let id = escape(texts.id);
    let mut out = String::with_capacity(120 + placed.len() * 48);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opinion-map\" viewBox=\"0 0 {} {}\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        WIDTH,
        HEIGHT,
        escape(texts.title),
        escape(texts.description),
    );
    let mut groups: BTreeMap<u32, Vec<Placed>> = BTreeMap::new();
    for cluster in &placed {
        if let Some(group) = cluster.group {
            groups.entry(group).or_default().push(*cluster);
        }
    }
    // The outlines first, under the circles.
    for (group, members) in &groups {
        let hull = convex_hull(members.iter().map(|c| (c.x, c.y)).collect());
        let reach = members.iter().map(|c| c.r).fold(0.0, f64::max) + HALO;
        let mut path = String::new();
        for (i, (x, y)) in hull.iter().enumerate() {
            let _ = write!(path, "{}{} {}", if i == 0 { 'M' } else { 'L' }, num(*x), num(*y));
        }
        let _ = write!(
            out,
            "<path class=\"map-hull map-g{}\" d=\"{path}Z\" stroke-width=\"{}\" stroke-linejoin=\"round\" \
             stroke-linecap=\"round\"/>",
            group % COLOURS,
            num(2.0 * reach),
        );
    }
    // The circles, one `<g>` per group (its colour), the ungrouped last.
    let mut by_group: BTreeMap<Option<u32>, Vec<Placed>> = BTreeMap::new();
    for c in &placed {
        by_group.entry(c.group).or_default().push(*c);
    }
    for (group, circles) in by_group.iter().filter(|(g, _)| g.is_some()).chain(by_group.get_key_value(&None)) {
        let class = group.map_or_else(|| "map-none".to_owned(), |g| format!("map-g{}", g % COLOURS));
        let _ = write!(out, "<g class=\"{class}\">");
        for c in circles {
            let _ = write!(out, "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"/>", num(c.x), num(c.y), num(c.r));
        }
        out.push_str("</g>");
    }
    // Each group's number above its highest cluster.
    for (group, members) in &groups {
        let reach = members.iter().map(|c| c.r).fold(0.0, f64::max) + HALO;
        let top = members.iter().copied().min_by(|a, b| (a.y - a.r).total_cmp(&(b.y - b.r))).unwrap_or(members[0]);
        let y = (top.y - reach - 4.0).max(14.0);
        let _ = write!(
            out,
            "<text class=\"map-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            num(top.x),
            num(y),
            group + 1
        );
    }
    out.push_str("</svg>");
    Some(out)
}

/// The clusters with a place (finite coordinates), scaled into the view
/// box: the same scale on both axes, centred, the second axis up.
fn place(clusters: &[BaseCluster]) -> Vec<Placed> {
    let shown: Vec<&BaseCluster> = clusters.iter().filter(|c| c.x.is_finite() && c.y.is_finite()).collect();
    if shown.is_empty() {
        return Vec::new();
    }
    let (min_x, max_x) = bounds(shown.iter().map(|c| c.x));
    let (min_y, max_y) = bounds(shown.iter().map(|c| c.y));
    let margin = MAX_RADIUS + HALO + LABEL_ROOM;
    let fit = |span: f64, room: f64| if span > 1e-12 { room / span } else { f64::INFINITY };
    let scale = fit(max_x - min_x, WIDTH - 2.0 * margin).min(fit(max_y - min_y, HEIGHT - 2.0 * margin));
    let scale = if scale.is_finite() { scale } else { 0.0 };
    let (mid_x, mid_y) = ((min_x + max_x) / 2.0, (min_y + max_y) / 2.0);
    let most = shown.iter().map(|c| c.participants).max().unwrap_or(0).max(1) as f64;
    shown
        .iter()
        .map(|c| Placed {
            x: WIDTH / 2.0 + scale * (c.x - mid_x),
            y: HEIGHT / 2.0 - scale * (c.y - mid_y),
            r: (MAX_RADIUS * (c.participants as f64 / most).sqrt()).max(MIN_RADIUS),
            group: c.group,
        })
        .collect()
}

/// The least and greatest of `values` (not empty).
fn bounds(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

/// The convex hull of `points` (Andrew's monotone chain), counterclockwise
/// from the leftmost; one or two points are their own hull.
fn convex_hull(mut points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    points.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    points.dedup();
    if points.len() < 3 {
        return points;
    }
    let cross = |o: (f64, f64), a: (f64, f64), b: (f64, f64)| (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0);
    let mut hull: Vec<(f64, f64)> = Vec::with_capacity(points.len() * 2);
    for pass in [points.clone(), points.into_iter().rev().collect()] {
        let start = hull.len();
        for p in pass {
            while hull.len() >= start + 2 && cross(hull[hull.len() - 2], hull[hull.len() - 1], p) <= 0.0 {
                hull.pop();
            }
            hull.push(p);
        }
        // The last point of each half is the first of the other.
        hull.pop();
    }
    hull
}

/// A coordinate rounded to one decimal, without a trailing `.0` (and never
/// `-0`).
fn num(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if tenth == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{tenth}") }
}

/// Escapes text for an XML element or attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cluster(id: u32, x: f64, y: f64, participants: usize, group: Option<u32>) -> BaseCluster {
        BaseCluster { id, x, y, participants, group }
    }

    const TEXTS: Texts<'static> = Texts { title: "Opinion <map>", description: "Two groups & one alone", id: "map" };

    /// The values of attribute `name` in `svg`, in order.
    fn values(svg: &str, name: &str) -> Vec<f64> {
        let marker = format!(" {name}=\"");
        svg.match_indices(&marker)
            .map(|(at, _)| {
                let rest = &svg[at + marker.len()..];
                rest[..rest.find('"').unwrap()].parse().unwrap()
            })
            .collect()
    }

    #[test]
    fn the_map_is_a_labelled_image_of_circles_and_outlined_groups() {
        let clusters = [
            cluster(0, -1.0, 0.5, 400, Some(0)),
            cluster(1, -0.8, 0.2, 100, Some(0)),
            cluster(2, -0.9, -0.3, 25, Some(0)),
            cluster(3, 1.2, 0.0, 100, Some(1)),
            cluster(4, 0.1, 1.0, 1, None),
        ];
        let svg = svg(&clusters, TEXTS).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opinion-map\""));
        assert!(svg.contains("viewBox=\"0 0 600 400\" role=\"img\" aria-labelledby=\"map-title map-desc\""));
        assert!(svg.contains("<title id=\"map-title\">Opinion &lt;map&gt;</title>"));
        assert!(svg.contains("<desc id=\"map-desc\">Two groups &amp; one alone</desc>"));
        assert!(!svg.contains("style="), "no inline style");
        // One circle per cluster, coloured by group; the ungrouped one grey.
        assert_eq!(svg.matches("<circle ").count(), 5);
        let circles = |class: &str| {
            let start = svg.find(&format!("<g class=\"{class}\">")).unwrap();
            svg[start..start + svg[start..].find("</g>").unwrap()].matches("<circle ").count()
        };
        assert_eq!((circles("map-g0"), circles("map-g1"), circles("map-none")), (3, 1, 1));
        // Areas proportional to participants: radii 32, 16, 8 for 400,
        // 100, 25; a cluster of one keeps the least radius.
        assert_eq!(values(&svg, "r"), [32.0, 16.0, 8.0, 16.0, 2.5]);
        // Each group outlined and numbered from 1.
        assert_eq!(svg.matches("<path class=\"map-hull map-g0\"").count(), 1);
        assert_eq!(svg.matches("<path class=\"map-hull map-g1\"").count(), 1);
        assert!(svg.contains("text-anchor=\"middle\">1</text>"));
        assert!(svg.contains("text-anchor=\"middle\">2</text>"));
        // The outline of group 1 passes around its largest circle.
        assert_eq!(values(&svg, "stroke-width"), [80.0, 48.0]);
        // Everything inside the view box, with one decimal at most.
        for name in ["cx", "cy"] {
            let all = values(&svg, name);
            let limit = if name == "cx" { WIDTH } else { HEIGHT };
            assert!(all.iter().all(|v| (0.0..=limit).contains(v)), "{name}: {all:?}");
        }
        for number in svg.split(|c: char| !(c.is_ascii_digit() || c == '.')).filter(|n| n.contains('.')) {
            assert!(number.split('.').nth(1).unwrap().len() <= 1, "{number}");
        }
        // The second component points up: cluster 4 (y = 1) is highest.
        let cy = values(&svg, "cy");
        assert!(cy[4] < cy[0] && cy[0] < cy[1] && cy[1] < cy[2]);
    }

    #[test]
    fn the_scale_is_the_same_on_both_axes_and_centred() {
        let svg = svg(&[cluster(0, 0.0, 0.0, 1, None), cluster(1, 10.0, 1.0, 1, None)], TEXTS).unwrap();
        let (cx, cy) = (values(&svg, "cx"), values(&svg, "cy"));
        // The width limits: 600 - 2 × 58 = 484 for 10 units.
        assert_eq!(cx, [58.0, 542.0]);
        assert!(((cy[0] - cy[1]).abs() - 48.4).abs() < 1e-9, "{cy:?}");
        assert!(((cy[0] + cy[1]) / 2.0 - HEIGHT / 2.0).abs() < 1e-9, "{cy:?}");
    }

    #[test]
    fn odd_maps_are_drawn_or_refused_without_panicking() {
        assert_eq!(svg(&[], TEXTS), None);
        assert_eq!(svg(&[cluster(0, f64::NAN, 1.0, 3, Some(0))], TEXTS), None);
        // One cluster, or all at one place: in the middle.
        let one = svg(&[cluster(0, 5.0, -5.0, 0, Some(7))], TEXTS).unwrap();
        assert!(one.contains("cx=\"300\" cy=\"200\""), "{one}");
        assert!(one.contains("class=\"map-hull map-g1\" d=\"M300 200Z\""), "{one}");
        assert!(one.contains(">8</text>"));
        let same = svg(&[cluster(0, 1.0, 1.0, 2, Some(0)), cluster(1, 1.0, 1.0, 2, Some(0))], TEXTS).unwrap();
        assert_eq!(values(&same, "cx"), [300.0, 300.0]);
    }

    #[test]
    fn a_hundred_clusters_stay_small() {
        let clusters: Vec<BaseCluster> = (0..100)
            .map(|i| {
                let angle = f64::from(i) * 0.7;
                cluster(i, angle.cos() * f64::from(i), angle.sin() * 3.3, 1_000 + i as usize * 37, Some(i % 5))
            })
            .collect();
        let svg = svg(&clusters, TEXTS).unwrap();
        assert_eq!(svg.matches("<circle ").count(), 100);
        assert!(svg.len() < 6_000, "{} bytes", svg.len());
    }

    #[test]
    fn hulls_keep_the_outer_points() {
        let square = vec![(0.0, 0.0), (2.0, 0.0), (1.0, 1.0), (2.0, 2.0), (0.0, 2.0), (1.0, 0.0)];
        assert_eq!(convex_hull(square), [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]);
        assert_eq!(convex_hull(vec![(1.0, 1.0), (1.0, 1.0)]), [(1.0, 1.0)]);
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(-12.35), "-12.4");
        assert_eq!(num(7.0), "7");
    }
}

//! `concord divide compute` and `concord divide explain ISO3`: the AI
//! divide index computed on this machine, from the shipped data
//! (`data/indicators`, the 195 states of `data/countries`, the default
//! methodology) or, with `--url`, from a server's public log, read and
//! verified as `concord verify` reads it and replayed into a
//! [`DivideLog`], as the server's analyst computes the index it serves.
//! The defaults of `--seed` and `--draws` are the server's, so
//! `compute --url URL --json` prints the rows `GET /api/v1/divide` serves.
//!
//! `--methodology FILE` computes by another methodology file; an error in
//! it is told as `FILE:LINE:COLUMN: what` (exit 2).

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::anyhow;
use domain::divide::{DivideLog, countries_of, shipped_observations};
use domain::member::MemberState;
use domain::{Envelope, Event};
use exchange::{Country, FillMethod, Index, Mean, Methodology, Observation, Options, Score};
use server::api::divide::dto::{IndexRow, ScoreDto};
use server::divide_index::{DRAWS, SEED};

use super::plural::count;
use super::{Failure, bad_input, block_on, failed, verify};

/// Tiles fetched at the same time.
const PARALLEL: usize = 8;

/// The most weight draws a computation may take.
const MAX_DRAWS: i64 = 100_000;

/// Where the index's inputs come from, and how it is computed.
#[derive(Debug, Clone, clap::Args)]
pub struct Inputs {
    /// Compute by this methodology file (TOML) instead of the log's latest
    /// (or, from the shipped data, the shipped default).
    #[arg(long, value_name = "FILE")]
    pub methodology: Option<PathBuf>,
    /// Compute from this server's public log instead of the shipped data.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// With --url: the log's verifier key as published by the organization
    /// (without it, the key the server serves).
    #[arg(long, value_name = "VKEY", requires = "url")]
    pub key: Option<String>,
    /// The seed of the sensitivity analysis's weight draws.
    #[arg(long, default_value_t = SEED, value_name = "N")]
    pub seed: u64,
    /// How many weight draws the rank interval is taken over (0: none).
    #[arg(long, default_value_t = DRAWS, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=MAX_DRAWS))]
    pub draws: u32,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Options of `concord divide compute`.
#[derive(Debug, clap::Args)]
pub struct ComputeArgs {
    #[command(flatten)]
    pub inputs: Inputs,
}

/// Options of `concord divide explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The state (ISO 3166-1 alpha-3), e.g. KEN.
    #[arg(value_name = "ISO3")]
    pub iso3: String,
    #[command(flatten)]
    pub inputs: Inputs,
}

/// What an index is computed from, and the states with their names.
pub(super) struct Data {
    /// The methodology.
    pub methodology: Methodology,
    /// The states as the index sees them.
    pub countries: Vec<Country>,
    /// Every value.
    pub observations: Vec<Observation>,
    /// The states, for their names and groups.
    pub states: Vec<MemberState>,
}

impl Data {
    /// The shipped data and the default methodology.
    pub(super) fn shipped() -> Result<Data, Failure> {
        let states = domain::member::un_members().map_err(|err| failed(anyhow!("the shipped member list: {err}")))?;
        Ok(Data {
            methodology: Methodology::default_shipped(),
            countries: countries_of(&states),
            observations: shipped_observations().map_err(|err| failed(anyhow!(err)))?,
            states,
        })
    }

    /// A server's public log, read and verified, replayed.
    fn from_log(url: &str, key: Option<&str>) -> Result<Data, Failure> {
        let mut log = DivideLog::new();
        let mut states = Vec::new();
        block_on(verify::read(url, key, PARALLEL, |envelope: Envelope| {
            if let Event::MemberAdmitted(state) = &envelope.event {
                states.push(state.clone());
            }
            log.push(&envelope);
        }))??;
        let methodology =
            log.methodology().map_err(|err| failed(anyhow!("the methodology the log at {url} publishes: {err}")))?;
        Ok(Data { methodology, countries: log.countries(), observations: log.observations(), states })
    }

    /// The state's English name, or its code.
    fn name<'a>(&'a self, iso3: &'a str) -> &'a str {
        self.states.iter().find(|s| s.iso3.as_str() == iso3).map_or(iso3, |s| s.names.en.as_str())
    }
}

impl Inputs {
    /// The data and methodology these options name.
    fn data(&self) -> Result<Data, Failure> {
        let mut data = match &self.url {
            Some(url) => Data::from_log(url, self.key.as_deref())?,
            None => Data::shipped()?,
        };
        if let Some(path) = &self.methodology {
            data.methodology = methodology_file(path)?;
        }
        Ok(data)
    }

    /// The index of `data` with these options.
    fn compute(&self, data: &Data) -> Index {
        let options = Options { seed: self.seed, draws: self.draws };
        exchange::compute(&data.methodology, &data.countries, &data.observations, options)
    }
}

/// A methodology file, checked; an error as `FILE:LINE:COLUMN: what`.
pub(super) fn methodology_file(path: &std::path::Path) -> Result<Methodology, Failure> {
    let text = super::ballot::read_text(path)?;
    Methodology::parse(&text, &exchange::Catalogue::shipped())
        .map_err(|e| bad_input(anyhow!("{}:{}:{}: {}", path.display(), e.line, e.column, e.kind)))
}

/// Runs `concord divide compute`.
pub fn compute(args: ComputeArgs) -> Result<(), Failure> {
    let data = args.inputs.data()?;
    let index = args.inputs.compute(&data);
    if args.inputs.json {
        let rows: Vec<IndexRow> = index.members.iter().map(IndexRow::from).collect();
        println!("{}", to_json(&rows)?);
    } else {
        print!("{}", table(&index, &data));
    }
    Ok(())
}

fn to_json(value: &impl serde::Serialize) -> Result<String, Failure> {
    serde_json::to_string_pretty(value).map_err(|err| failed(anyhow!("the index does not serialize: {err}")))
}

/// The first `width` characters of `text`, padded to `width`.
fn cell(text: &str, width: usize) -> String {
    let cut: String = text.chars().take(width).collect();
    format!("{cut:<width$}")
}

/// A share as a whole percentage.
fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// One row of the table.
fn table_row(out: &mut String, rank: &str, score: &Score, data: &Data) {
    let interval = format!("{}-{}", score.rank_low, score.rank_high);
    let _ = writeln!(
        out,
        "{rank:>4}  {}  {}  {:>6.2}  {interval:<9}  {:>8}  {:>6}",
        score.iso3,
        cell(data.name(&score.iso3), 32),
        score.score,
        percent(score.coverage),
        score.filled.len()
    );
}

/// The index as a table: members by rank, observers after, apart.
fn table(index: &Index, data: &Data) -> String {
    let mut out = format!(
        "AI divide index: {} \"{}\" (version {}), reference year {}; rank intervals over {}, seed {}\n\n",
        count(index.members.len() as u64, "member state", "member states"),
        data.methodology.name,
        index.methodology,
        index.year,
        count(index.draws, "weight draw", "weight draws"),
        index.seed
    );
    let _ = writeln!(out, "rank  iso  {}   score  interval   coverage  filled", cell("name", 32));
    for score in &index.members {
        table_row(&mut out, &score.rank.to_string(), score, data);
    }
    if !index.observers.is_empty() {
        let _ =
            writeln!(out, "\nObserver states, not ranked (the interval is where each would stand among the members):");
        for score in &index.observers {
            table_row(&mut out, "-", score, data);
        }
    }
    out
}

/// Runs `concord divide explain`.
pub fn explain(args: ExplainArgs) -> Result<(), Failure> {
    let code = args.iso3.to_ascii_uppercase();
    let data = args.inputs.data()?;
    if !data.countries.iter().any(|c| c.iso3 == code) {
        let place = args.inputs.url.as_deref().map_or("the shipped data".to_owned(), |url| format!("the log at {url}"));
        return Err(bad_input(anyhow!(
            "{:?} is not a state of {place} (give an ISO 3166-1 alpha-3 code, e.g. KEN)",
            args.iso3
        )));
    }
    let index = args.inputs.compute(&data);
    let score = domain::divide::view::score_of(&index, &code)
        .ok_or_else(|| failed(anyhow!("the index gives {code} no score")))?;
    if args.inputs.json {
        println!("{}", to_json(&ScoreDto::from(score))?);
    } else {
        print!("{}", explanation(&index, score, &data));
    }
    Ok(())
}

/// How a value was filled, in words.
fn filled(method: Option<FillMethod>) -> &'static str {
    match method {
        None => "observed",
        Some(FillMethod::Latest) => "filled: its own latest value",
        Some(FillMethod::GroupMedian) => "filled: median of its regional and income group",
        Some(FillMethod::RegionMedian) => "filled: median of its regional group",
        Some(FillMethod::IncomeMedian) => "filled: median of its income group",
        Some(FillMethod::OverallMedian) => "filled: median of all states",
    }
}

fn mean(mean: Mean) -> &'static str {
    match mean {
        Mean::Arithmetic => "arithmetic",
        Mean::Geometric => "geometric",
    }
}

/// How `score` was made, value by value.
fn explanation(index: &Index, score: &Score, data: &Data) -> String {
    let methodology = &data.methodology;
    let catalogue = exchange::Catalogue::shipped();
    let member = index.members.iter().any(|s| s.iso3 == score.iso3);
    let mut out = format!("{} ({}): score {:.2} of 100\n", data.name(&score.iso3), score.iso3, score.score);
    let interval = format!(
        "rank interval {}-{} (5th to 95th percentile over {}, seed {})",
        score.rank_low,
        score.rank_high,
        count(index.draws, "weight draw", "weight draws"),
        index.seed
    );
    if member {
        let _ = writeln!(out, "rank {} of {}; {interval}", score.rank, index.members.len());
    } else {
        let _ = writeln!(out, "observer state, not ranked: it would stand at rank {}; {interval}", score.rank);
    }
    let _ = writeln!(
        out,
        "methodology \"{}\" version {}, reference year {}; coverage {} (values observed in {})",
        methodology.name,
        methodology.version,
        methodology.year,
        percent(score.coverage),
        methodology.year
    );
    for pillar in &methodology.pillars {
        let name = pillar.names.get("en").map_or(pillar.id.as_str(), String::as_str);
        let pillar_score =
            score.pillars.get(&pillar.id).map_or("no score (no state has a value)".to_owned(), |s| format!("{s:.2}"));
        let _ = writeln!(
            out,
            "\n{name} [{}], weight {}: {pillar_score} ({} mean of its indicators)",
            pillar.id,
            pillar.weight,
            mean(methodology.aggregation.within_pillar)
        );
        for value in score.values.iter().filter(|v| v.pillar == pillar.id) {
            let indicator = catalogue.get(&value.indicator).map_or("", |i| i.name.as_str());
            let _ = writeln!(
                out,
                "  {:<20} {:>14} in {} ({})  scaled {:.4}  weight {}  {indicator}",
                value.indicator,
                value.value,
                value.year,
                filled(value.filled),
                value.scaled,
                value.weight
            );
        }
    }
    let _ = writeln!(
        out,
        "\nscore: the {} mean of the pillar scores by their weights (floor {}), times 100 = {:.2}",
        mean(methodology.aggregation.across_pillars),
        methodology.aggregation.floor,
        score.score
    );
    out
}

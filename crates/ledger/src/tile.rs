//! Tiles (C2SP tlog-tiles): coordinates and paths, which tiles a tree has,
//! entry bundles, and computing node hashes from fetched tiles.
//!
//! A hash tile at level `L` holds up to 256 consecutive hashes of the nodes
//! at tree level `8 * L`; entry `i` of tile `N` is node
//! `(8 * L, N * 256 + i)`. A tile with fewer than 256 hashes is *partial*:
//! at level `L` a tree of size `s` has `(s >> 8L) / 256` full tiles and, if
//! `(s >> 8L) % 256` is not zero, one partial tile of that width. Entry
//! bundles follow the level 0 tiles, holding the entries themselves.

use std::fmt;
use std::str::FromStr;

use crate::Error;
use crate::hash::{Hash, node_hash};
use crate::tree::NodeId;

/// Hashes in a full tile, and entries in a full bundle.
pub const TILE_WIDTH: u16 = 256;

/// Tree levels spanned by one tile level.
pub const TILE_HEIGHT: u8 = 8;

/// The longest entry an entry bundle can hold: its length prefix is a
/// big-endian `u16` (C2SP tlog-tiles, "Log entries").
pub const MAX_ENTRY_SIZE: usize = 65_535;

/// Whether a tile holds node hashes or log entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TileKind {
    /// A hash tile at this tile level (0 to 63): its hashes are the nodes
    /// at tree level `8 * level`.
    Hashes(u8),
    /// An entry bundle: the entries whose leaf hashes form the level 0
    /// hash tile of the same index and width.
    Entries,
}

/// A tile's coordinates: kind, index within its level, and width.
///
/// Paths are `tile/<L>/<N>[.p/<W>]` and `tile/entries/<N>[.p/<W>]`, with
/// `N` in zero-padded groups of three digits, all but the last prefixed by
/// `x` (`1234067` is `x001/x234/067`), and `.p/<W>` only on partial tiles
/// (C2SP tlog-tiles, "Merkle Tree" and "Log entries"). `Display` prints the
/// path and `FromStr` parses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileId {
    kind: TileKind,
    index: u64,
    /// 1 to 256.
    width: u16,
}

impl TileId {
    /// The hash tile at tile `level` (0 to 63) and `index`, holding `width`
    /// hashes (1 to 256; 256 is a full tile).
    pub fn hashes(level: u8, index: u64, width: u16) -> Result<TileId, Error> {
        if level > 63 {
            return Err(Error::Tile { reason: "level above 63" });
        }
        TileId::new(TileKind::Hashes(level), index, width)
    }

    /// The entry bundle at `index`, holding `width` entries (1 to 256).
    pub fn entries(index: u64, width: u16) -> Result<TileId, Error> {
        TileId::new(TileKind::Entries, index, width)
    }

    fn new(kind: TileKind, index: u64, width: u16) -> Result<TileId, Error> {
        if !(1..=TILE_WIDTH).contains(&width) {
            return Err(Error::Tile { reason: "width not in 1..=256" });
        }
        Ok(TileId { kind, index, width })
    }

    /// Hash tile or entry bundle.
    pub fn kind(&self) -> TileKind {
        self.kind
    }

    /// The tile level of a hash tile; `None` for an entry bundle.
    pub fn level(&self) -> Option<u8> {
        match self.kind {
            TileKind::Hashes(level) => Some(level),
            TileKind::Entries => None,
        }
    }

    /// The index of the tile within its level.
    pub fn index(&self) -> u64 {
        self.index
    }

    /// How many hashes or entries the tile holds (1 to 256).
    pub fn width(&self) -> u16 {
        self.width
    }

    /// Whether the tile is full (256 wide). Full tiles never change.
    pub fn is_full(&self) -> bool {
        self.width == TILE_WIDTH
    }

    /// The full tile that this one grows into.
    pub fn full(&self) -> TileId {
        TileId { width: TILE_WIDTH, ..*self }
    }

    /// The nodes whose hashes make up this tile, in order: for a hash tile
    /// at level `L`, nodes `(8L, 256 * index + i)`; for an entry bundle,
    /// the leaves of its entries. `None` if they would lie beyond 2^64
    /// leaves.
    pub fn nodes(&self) -> Option<impl Iterator<Item = NodeId> + use<>> {
        let level = self.level().unwrap_or(0).checked_mul(TILE_HEIGHT)?;
        let first = self.index.checked_mul(u64::from(TILE_WIDTH))?;
        let last = NodeId::new(level, first.checked_add(u64::from(self.width) - 1)?);
        last.end()?;
        Some((0..u64::from(self.width)).map(move |i| NodeId::new(level, first + i)))
    }

    /// Whether a tree of `size` leaves holds this tile: its nodes (or
    /// entries) all exist at that size. A server can serve such a tile,
    /// cutting a wider stored tile down to this width, and answer any
    /// other request with "not found".
    pub fn is_available(&self, size: u64) -> bool {
        let level = self.level().unwrap_or(0);
        let count = count_at(size, level);
        let end =
            self.index.checked_mul(u64::from(TILE_WIDTH)).and_then(|start| start.checked_add(u64::from(self.width)));
        level < TILE_HEIGHT && end.is_some_and(|end| end <= count)
    }

    /// The path of this tile, relative to the log prefix.
    pub fn path(&self) -> String {
        let mut out = String::from("tile/");
        match self.kind {
            TileKind::Hashes(level) => out.push_str(&level.to_string()),
            TileKind::Entries => out.push_str("entries"),
        }
        let mut groups = Vec::with_capacity(7);
        let mut n = self.index;
        loop {
            groups.push(n % 1000);
            n /= 1000;
            if n == 0 {
                break;
            }
        }
        for (i, group) in groups.iter().rev().enumerate() {
            let x = if i + 1 < groups.len() { "x" } else { "" };
            out.push_str(&format!("/{x}{group:03}"));
        }
        if !self.is_full() {
            out.push_str(&format!(".p/{}", self.width));
        }
        out
    }

    /// Parses a path written by [`TileId::path`]; only the canonical form
    /// is accepted (no leading zero groups or digits, width below 256).
    pub fn parse(path: &str) -> Result<TileId, Error> {
        let bad = |reason| Error::TilePath { reason };
        let rest = path.strip_prefix("tile/").ok_or(bad("does not start with tile/"))?;
        let mut segments: Vec<&str> = rest.split('/').collect();
        if segments.len() < 2 || segments.len() > 10 {
            return Err(bad("wrong number of path elements"));
        }
        let kind = match segments.remove(0) {
            "entries" => TileKind::Entries,
            level => match decimal(level) {
                Some(level) if level <= 63 => TileKind::Hashes(level as u8),
                _ => return Err(bad("level is not a decimal from 0 to 63")),
            },
        };
        let mut width = TILE_WIDTH;
        let n = segments.len();
        if n >= 2
            && let Some(group) = segments[n - 2].strip_suffix(".p")
        {
            width = match decimal(segments[n - 1]) {
                Some(w) if (1..256).contains(&w) => w as u16,
                _ => return Err(bad("partial width is not a decimal from 1 to 255")),
            };
            segments[n - 2] = group;
            segments.pop();
        }
        if segments.len() > 7 {
            return Err(bad("index has too many groups"));
        }
        let mut index: u64 = 0;
        let last = segments.len() - 1;
        for (i, group) in segments.iter().enumerate() {
            let digits = if i < last { group.strip_prefix('x').ok_or(bad("index group lacks its x"))? } else { group };
            if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad("index group is not three digits"));
            }
            if i == 0 && i < last && digits == "000" {
                return Err(bad("index has a leading zero group"));
            }
            let value = u64::from(digits.bytes().fold(0u16, |v, b| v * 10 + u16::from(b - b'0')));
            index = index.checked_mul(1000).and_then(|v| v.checked_add(value)).ok_or(bad("index overflows"))?;
        }
        TileId::new(kind, index, width)
    }

    /// The hashes of a hash tile's data, checking its length.
    pub fn hashes_from(&self, data: &[u8]) -> Result<Vec<Hash>, Error> {
        self.check_hash_data(data)?;
        Ok(data.chunks_exact(32).map(|c| Hash(c.try_into().unwrap_or_default())).collect())
    }

    /// The entries of an entry bundle's data, checking their count.
    pub fn entries_from<'a>(&self, data: &'a [u8]) -> Result<Vec<&'a [u8]>, Error> {
        if self.kind != TileKind::Entries {
            return Err(Error::Tile { reason: "not an entry bundle" });
        }
        let entries = decode_bundle(data)?;
        if entries.len() != usize::from(self.width) {
            return Err(Error::BundleCount { got: entries.len(), want: usize::from(self.width) });
        }
        Ok(entries)
    }

    fn check_hash_data(&self, data: &[u8]) -> Result<(), Error> {
        if self.level().is_none() {
            return Err(Error::Tile { reason: "not a hash tile" });
        }
        let want = usize::from(self.width) * 32;
        if data.len() != want {
            return Err(Error::TileData { got: data.len(), want });
        }
        Ok(())
    }
}

impl fmt::Display for TileId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

impl FromStr for TileId {
    type Err = Error;

    fn from_str(s: &str) -> Result<TileId, Error> {
        TileId::parse(s)
    }
}

/// A canonical ASCII decimal: digits only, no leading zero but for `0`.
pub(crate) fn decimal(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0')) {
        return None;
    }
    s.bytes().try_fold(0u64, |v, b| v.checked_mul(10)?.checked_add(u64::from(b - b'0')))
}

/// The width of tile `index` at a level that has `count` nodes, or 0 if
/// that tile does not exist.
fn width_at(count: u64, index: u64) -> u16 {
    let start = index.saturating_mul(u64::from(TILE_WIDTH));
    count.saturating_sub(start).min(u64::from(TILE_WIDTH)) as u16
}

/// The number of nodes at tile level `level` in a tree of `size` leaves.
fn count_at(size: u64, level: u8) -> u64 {
    size.checked_shr(u32::from(level) * u32::from(TILE_HEIGHT)).unwrap_or(0)
}

/// Every tile of a tree of `size` leaves, full and partial: the hash tiles
/// level by level, then the entry bundles, each by ascending index.
pub fn tiles_of_size(size: u64) -> impl Iterator<Item = TileId> {
    new_tiles(0, size)
}

/// The tiles that a tree of `new` leaves has and a tree of `old` leaves
/// does not: the new full tiles and the new partial ones, hash tiles level
/// by level, then entry bundles. These are what to publish after growing
/// from `old` to `new`. Empty if `old >= new`.
pub fn new_tiles(old: u64, new: u64) -> impl Iterator<Item = TileId> {
    let old = old.min(new);
    let kinds = (0..8u8).map(TileKind::Hashes).chain(std::iter::once(TileKind::Entries));
    kinds.flat_map(move |kind| {
        let level = match kind {
            TileKind::Hashes(level) => level,
            TileKind::Entries => 0,
        };
        let (count_old, count_new) = (count_at(old, level), count_at(new, level));
        let first = count_old / u64::from(TILE_WIDTH);
        let end = count_new.div_ceil(u64::from(TILE_WIDTH));
        (first..end).filter_map(move |index| {
            let width = width_at(count_new, index);
            (width > 0 && width != width_at(count_old, index)).then_some(TileId { kind, index, width })
        })
    })
}

/// The hash tile, with its width for a tree of `size` leaves, that holds
/// what is needed to compute `node`: the node at tree level `h` lies in
/// tile level `L = h / 8` and is the hash of `2^(h - 8L)` consecutive
/// hashes of one tile there.
pub fn tile_for_node(node: NodeId, size: u64) -> Result<TileId, Error> {
    let out_of_range = Error::NodeOutOfRange { level: node.level, index: node.index, size };
    if !node.is_in(size) {
        return Err(out_of_range);
    }
    let level = node.level / TILE_HEIGHT;
    let sub = node.level % TILE_HEIGHT;
    // `is_in` guarantees the shift fits.
    let first = node.index << sub;
    let index = first / u64::from(TILE_WIDTH);
    let width = width_at(count_at(size, level), index);
    TileId::hashes(level, index, width)
}

/// The hash of `node`, computed from the data of `tile` (which must be the
/// one [`tile_for_node`] names, or the full tile it grows into).
pub fn node_hash_from_tile(tile: &TileId, data: &[u8], node: NodeId) -> Result<Hash, Error> {
    tile.check_hash_data(data)?;
    let (offset, count) = spot(tile, node)?;
    Ok(fold_perfect(&data[offset * 32..(offset + count) * 32]))
}

/// Where `node` lies in `tile`: the offset and number of tile hashes.
fn spot(tile: &TileId, node: NodeId) -> Result<(usize, usize), Error> {
    let not_here = Error::Tile { reason: "node is not in this tile" };
    let level = tile.level().ok_or(not_here.clone())?;
    if node.level / TILE_HEIGHT != level {
        return Err(not_here);
    }
    let sub = node.level % TILE_HEIGHT;
    let first = match NodeId::new(sub, node.index).start() {
        Some(first) => first,
        None => return Err(not_here),
    };
    if first / u64::from(TILE_WIDTH) != tile.index {
        return Err(not_here);
    }
    let offset = (first % u64::from(TILE_WIDTH)) as usize;
    let count = 1usize << sub;
    if offset + count > usize::from(tile.width) {
        return Err(not_here);
    }
    Ok((offset, count))
}

/// The root of a perfect subtree given the concatenated hashes of its
/// bottom row (a power of two of them, at most 256), without allocating.
fn fold_perfect(bytes: &[u8]) -> Hash {
    let mut stack = [Hash::default(); 9];
    let mut len = 0;
    for (i, chunk) in bytes.chunks_exact(32).enumerate() {
        let mut hash = Hash(chunk.try_into().unwrap_or_default());
        for _ in 0..(i as u64).trailing_ones() {
            len -= 1;
            hash = node_hash(&stack[len], &hash);
        }
        stack[len] = hash;
        len += 1;
    }
    stack[0]
}

/// Where each planned node lies among the fetched tiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Spot {
    tile: usize,
    offset: usize,
    count: usize,
}

/// Node hashes from hash tiles, for clients that can only fetch tiles.
///
/// Built from the nodes of any plan ([`crate::InclusionPlan::nodes`] and
/// so on) and the size of a tree the client has a checkpoint for (at least
/// as large as the plan's tree). [`TilePlan::tiles`] lists the tiles to
/// fetch, with their widths for that size; [`TilePlan::hashes`] turns their
/// data into the node hashes the plan wants, in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TilePlan {
    tiles: Vec<TileId>,
    spots: Vec<Spot>,
}

impl TilePlan {
    /// Plans the tiles of the tree of `size` leaves that hold `nodes`.
    pub fn new(nodes: &[NodeId], size: u64) -> Result<TilePlan, Error> {
        let mut tiles: Vec<TileId> = Vec::new();
        let mut spots = Vec::with_capacity(nodes.len());
        for &node in nodes {
            let tile = tile_for_node(node, size)?;
            let at = match tiles.iter().position(|t| *t == tile) {
                Some(at) => at,
                None => {
                    tiles.push(tile);
                    tiles.len() - 1
                }
            };
            let (offset, count) = spot(&tile, node)?;
            spots.push(Spot { tile: at, offset, count });
        }
        Ok(TilePlan { tiles, spots })
    }

    /// The tiles to fetch, each once.
    pub fn tiles(&self) -> &[TileId] {
        &self.tiles
    }

    /// The node hashes, in the order of the nodes the plan was built from,
    /// from the data of [`TilePlan::tiles`] in the same order.
    pub fn hashes<T: AsRef<[u8]>>(&self, data: &[T]) -> Result<Vec<Hash>, Error> {
        if data.len() != self.tiles.len() {
            return Err(Error::TileCount { got: data.len(), want: self.tiles.len() });
        }
        for (tile, data) in self.tiles.iter().zip(data) {
            tile.check_hash_data(data.as_ref())?;
        }
        Ok(self
            .spots
            .iter()
            .map(|s| {
                let data = data[s.tile].as_ref();
                fold_perfect(&data[s.offset * 32..(s.offset + s.count) * 32])
            })
            .collect())
    }
}

/// Encodes entries as an entry bundle: each entry prefixed by its length as
/// a big-endian `u16` (C2SP tlog-tiles, "Log entries").
pub fn encode_bundle<I>(entries: I) -> Result<Vec<u8>, Error>
where
    I: IntoIterator,
    I::Item: AsRef<[u8]>,
{
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.as_ref();
        let len = u16::try_from(entry.len()).map_err(|_| Error::EntryTooLarge { len: entry.len() })?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(entry);
    }
    Ok(out)
}

/// Splits an entry bundle into its entries.
pub fn decode_bundle(data: &[u8]) -> Result<Vec<&[u8]>, Error> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < data.len() {
        let truncated = Error::BundleTruncated { offset: at };
        let prefix = data.get(at..at + 2).ok_or(truncated.clone())?;
        let len = usize::from(u16::from_be_bytes([prefix[0], prefix[1]]));
        let entry = data.get(at + 2..at + 2 + len).ok_or(truncated)?;
        out.push(entry);
        at += 2 + len;
    }
    Ok(out)
}

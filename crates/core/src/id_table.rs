//! A table of question ids for the hot paths of visibility and scoring ([`IdTable`]: the ids
//! side by side in one buffer, with an open-addressing hash table over them) and the fast hash
//! it uses ([`IdHasher`]), with which scoring also matches option ids. Internal: not part of the crate's interface, and it
//! knows nothing of questionnaires beyond the ids it is given.

/// Ids kept side by side in one buffer, with an open-addressing hash table over them. Looking
/// up and copying ids then reads a few kilobytes that stay in cache, rather than one heap string
/// per question scattered among the texts: on 3,000 questions those cache misses were most of
/// the time scoring took. The first of a repeated id wins, as in `Questionnaire::question`.
pub(crate) struct IdTable {
    buffer: String,
    /// Where each id lies in `buffer`.
    spans: Vec<(usize, usize)>,
    /// The [`IdHasher`] hash of each id, by position.
    hashes: Vec<u64>,
    /// Positions, or `EMPTY`; a power of two at least twice the number of ids.
    slots: Vec<usize>,
}

impl IdTable {
    const EMPTY: usize = usize::MAX;

    /// Indexes the ids in the order given: the n-th id is at position n.
    pub(crate) fn new<'i>(ids: impl ExactSizeIterator<Item = &'i str>) -> Self {
        let mut table = IdTable {
            buffer: String::new(),
            spans: Vec::with_capacity(ids.len()),
            hashes: Vec::with_capacity(ids.len()),
            slots: vec![Self::EMPTY; (ids.len() * 2).next_power_of_two().max(2)],
        };
        for (position, id) in ids.enumerate() {
            let start = table.buffer.len();
            table.buffer.push_str(id);
            table.spans.push((start, table.buffer.len()));
            let hash = IdHasher::of(id);
            table.hashes.push(hash);
            if let Err(slot) = table.find(id, hash) {
                table.slots[slot] = position;
            }
        }
        table
    }

    /// The position of an id, if present.
    pub(crate) fn position(&self, id: &str) -> Option<usize> {
        self.find(id, IdHasher::of(id)).ok()
    }

    /// The id at a position.
    pub(crate) fn id(&self, position: usize) -> &str {
        let (start, end) = self.spans[position];
        &self.buffer[start..end]
    }

    /// `Ok(position)`, or `Err(the empty slot where it would go)`.
    fn find(&self, id: &str, hash: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        // Truncating the hash is the point: the low bits pick the slot.
        let mut slot = hash as usize & mask;
        loop {
            match self.slots[slot] {
                Self::EMPTY => return Err(slot),
                position if self.hashes[position] == hash && self.id(position) == id => {
                    return Ok(position);
                }
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// A multiply-rotate hash for ids, eight bytes at a time. The standard SipHash costs about
/// 230 ns an id in the size-optimised build, which alone took 3,000 questions past a
/// millisecond; its flooding resistance buys nothing here, since in the browser its keys are
/// fixed anyway.
pub(crate) struct IdHasher(u64);

impl IdHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    /// The hash of one id.
    pub(crate) fn of(id: &str) -> u64 {
        let mut hasher = IdHasher(0);
        let mut chunks = id.as_bytes().chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            hasher.add(u64::from_le_bytes(word));
        }
        let tail = chunks
            .remainder()
            .iter()
            .fold(0u64, |word, &b| (word << 8) | u64::from(b));
        hasher.add(tail ^ ((id.len() as u64) << 56));
        // Fold the high bits down: the table picks slots with the low ones.
        let h = hasher.0.wrapping_mul(Self::K);
        h ^ (h >> 32)
    }

    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(Self::K).rotate_left(26);
    }
}

#[cfg(test)]
mod tests {
    use super::{IdHasher, IdTable};

    #[test]
    fn finds_every_id_at_its_position() {
        let ids: Vec<String> = (0..200).map(|i| format!("question_{i}")).collect();
        let table = IdTable::new(ids.iter().map(String::as_str));
        for (position, id) in ids.iter().enumerate() {
            assert_eq!(table.position(id), Some(position));
            assert_eq!(table.id(position), id);
        }
        assert_eq!(table.position("question_200"), None);
        assert_eq!(table.position(""), None);
    }

    #[test]
    fn the_first_of_a_repeated_id_wins() {
        let table = IdTable::new(["a", "b", "a"].into_iter());
        assert_eq!(table.position("a"), Some(0));
        assert_eq!(table.id(2), "a");
    }

    #[test]
    fn an_empty_table_finds_nothing() {
        let table = IdTable::new(std::iter::empty());
        assert_eq!(table.position("a"), None);
    }

    #[test]
    fn the_hash_tells_apart_ids_that_differ_only_in_length_or_tail() {
        // The tail is packed with the length, so zero bytes and short ids do not collide.
        assert_ne!(IdHasher::of("a"), IdHasher::of("a\0"));
        assert_ne!(IdHasher::of(""), IdHasher::of("\0"));
        assert_ne!(IdHasher::of("abcdefgh"), IdHasher::of("abcdefgh\0"));
        assert_eq!(IdHasher::of("budget"), IdHasher::of("budget"));
    }
}

//! The reorder rule: a new order must name every entry of the playlist exactly once. Anything
//! else means the caller's view is stale (another device added or removed an entry since it
//! read the playlist), and applying it would drop or invent entries, so it is refused whole.

use std::collections::{HashMap, HashSet};

/// How a requested order differs from the playlist's entries; every list is in the order
/// the ids were met, and an id is listed once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrderMismatch {
    /// Entries of the playlist the order leaves out.
    pub missing: Vec<String>,
    /// Ids in the order that are not entries of the playlist.
    pub extra: Vec<String>,
    /// Ids the order names more than once.
    pub duplicated: Vec<String>,
}

/// `Ok` when `requested` is a permutation of `current`.
pub fn check(current: &[String], requested: &[String]) -> Result<(), OrderMismatch> {
    let known: HashSet<&str> = current.iter().map(String::as_str).collect();
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(requested.len());
    let mut mismatch = OrderMismatch::default();
    for id in requested {
        let times = seen.entry(id.as_str()).or_insert(0);
        *times += 1;
        if *times == 2 {
            mismatch.duplicated.push(id.clone());
        }
        if *times == 1 && !known.contains(id.as_str()) {
            mismatch.extra.push(id.clone());
        }
    }
    mismatch.missing = current
        .iter()
        .filter(|id| !seen.contains_key(id.as_str()))
        .cloned()
        .collect();
    if mismatch == OrderMismatch::default() {
        Ok(())
    } else {
        Err(mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn any_permutation_of_the_entries_is_an_order() {
        let current = ids(&["a", "b", "c"]);
        assert_eq!(check(&current, &ids(&["c", "a", "b"])), Ok(()));
        assert_eq!(check(&current, &current), Ok(()));
        assert_eq!(check(&[], &[]), Ok(()));
    }

    #[test]
    fn an_order_that_drops_repeats_or_invents_entries_says_which() {
        let current = ids(&["a", "b", "c"]);
        let refused = check(&current, &ids(&["c", "x", "c", "c", "a"]));
        assert_eq!(
            refused,
            Err(OrderMismatch {
                missing: ids(&["b"]),
                extra: ids(&["x"]),
                duplicated: ids(&["c"]),
            })
        );
        let missing_only = check(&current, &ids(&["a", "b"]));
        assert_eq!(missing_only.map_err(|m| m.missing), Err(ids(&["c"])));
        let extra_only = check(&current, &ids(&["a", "b", "c", "d"]));
        assert_eq!(extra_only.map_err(|m| m.extra), Err(ids(&["d"])));
    }
}

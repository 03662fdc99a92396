//! Which address a call is from, for per-client limits (wrong pairing codes) and for the
//! device list's "last seen from".
//!
//! A call's peer is who connected. When a program on this machine relays calls (a reverse
//! proxy, a tunnel), every caller behind it shares the loopback peer, so one of them
//! guessing pairing codes would lock out all the others. For a loopback peer that relays,
//! the address the relay names counts instead. Only a loopback relay is believed: a peer on
//! the network could name any address it likes, so its own address is what counts.

use std::net::IpAddr;

use poem::http::HeaderMap;

/// Headers that name the relayed client, most specific first. `Forwarded` and
/// `X-Forwarded-For` grow by one entry per hop, appended by each proxy: the last entry is
/// the one the local relay added itself, so it is read (earlier ones are whatever the
/// caller sent). The others are set, not appended, by the relay.
const NAMING_HEADERS: &[&str] = &[
    "x-real-ip",
    "cf-connecting-ip",
    "true-client-ip",
    "fastly-client-ip",
    "x-client-ip",
];

/// The address a call counts as from: the peer's, or for a loopback peer that relays, the
/// address the relay names. A relayed call that names none, an unreadable one, or several
/// that disagree (the caller wrote one of them) counts as from the unspecified address, so
/// that it shares a bucket with other such calls and never with the desktop itself.
pub fn client_address(
    peer: Option<IpAddr>,
    loopback_relay: bool,
    headers: &HeaderMap,
) -> Option<IpAddr> {
    if !loopback_relay {
        return peer;
    }
    Some(named_by_relay(headers).unwrap_or(IpAddr::from([0, 0, 0, 0])))
}

fn named_by_relay(headers: &HeaderMap) -> Option<IpAddr> {
    let last_forwarded_for = headers
        .get_all("forwarded")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (name, value) = pair.trim().split_once('=')?;
                name.eq_ignore_ascii_case("for")
                    .then(|| node_address(value))
            })
        })
        .next_back();
    let last_x_forwarded_for = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .next_back()
        .map(node_address);
    let named = NAMING_HEADERS
        .iter()
        .filter_map(|name| Some(headers.get(*name)?.to_str().ok().and_then(node_address)));
    // A relay writes one of these; the caller can send any of the others. When they do not
    // all agree, which one is the relay's cannot be told: no address is believed.
    let mut candidates = [last_forwarded_for, last_x_forwarded_for]
        .into_iter()
        .flatten()
        .chain(named);
    let first = candidates.next()??;
    candidates
        .all(|other| other == Some(first))
        .then_some(first)
}

/// An address as relays write it: `192.0.2.1`, `"[2001:db8::1]:4711"`, `192.0.2.1:80`.
fn node_address(text: &str) -> Option<IpAddr> {
    let text = text.trim().trim_matches('"');
    if let Ok(ip) = text.parse() {
        return Some(ip);
    }
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    text.rsplit_once(':')?.0.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use poem::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn loopback() -> Option<IpAddr> {
        Some(IpAddr::from([127, 0, 0, 1]))
    }

    #[test]
    fn the_relay_names_the_caller_by_its_own_last_entry() {
        let named = |pairs| client_address(loopback(), true, &headers(pairs));
        // The caller sent the first entry; the local relay appended the last.
        assert_eq!(
            named(&[("x-forwarded-for", "203.0.113.9, 192.0.2.10")]),
            Some(IpAddr::from([192, 0, 2, 10]))
        );
        assert_eq!(
            named(&[(
                "forwarded",
                "for=203.0.113.9, for=\"[2001:db8::7]:4711\";proto=https"
            )]),
            "2001:db8::7".parse().ok()
        );
        assert_eq!(
            named(&[("x-real-ip", "192.0.2.11")]),
            Some(IpAddr::from([192, 0, 2, 11]))
        );
        assert_eq!(
            named(&[("x-forwarded-for", "192.0.2.12:5000")]),
            Some(IpAddr::from([192, 0, 2, 12]))
        );
        // Names that disagree: the caller wrote one, so none is believed.
        assert_eq!(
            named(&[
                ("forwarded", "for=198.51.100.7"),
                ("x-forwarded-for", "192.0.2.10")
            ]),
            Some(IpAddr::from([0, 0, 0, 0]))
        );
        assert_eq!(
            named(&[
                ("x-forwarded-for", "192.0.2.10"),
                ("x-real-ip", "192.0.2.10")
            ]),
            Some(IpAddr::from([192, 0, 2, 10]))
        );
        // Relayed, but no address: one shared bucket, never the desktop's.
        assert_eq!(
            named(&[("via", "1.1 tunnel")]),
            Some(IpAddr::from([0, 0, 0, 0]))
        );
        assert_eq!(
            named(&[("x-forwarded-for", "garbage")]),
            Some(IpAddr::from([0, 0, 0, 0]))
        );
    }

    #[test]
    fn a_peer_that_is_not_a_loopback_relay_is_its_own_address() {
        let lan = Some(IpAddr::from([192, 168, 1, 20]));
        let spoofed = headers(&[("x-forwarded-for", "10.0.0.1")]);
        assert_eq!(client_address(lan, false, &spoofed), lan);
        assert_eq!(
            client_address(loopback(), false, &HeaderMap::new()),
            loopback()
        );
    }
}

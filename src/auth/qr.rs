//! The pairing QR codes: what they say, and drawing them as SVG, PNG or terminal text.
//!
//! A code encodes a `musichub://pair` URI with the hub's id, each URL a phone can reach it
//! on, and the pairing code while pairing is armed, so scanning it is all a phone needs.

use std::net::IpAddr;

use qrcode::render::{svg, unicode};
use qrcode::{EcLevel, QrCode};

#[derive(Debug, thiserror::Error)]
#[error("cannot draw the QR code: {0}")]
pub struct QrError(String);

/// The URLs a device on the network can reach the hub on: every non-loopback address when
/// the hub listens on all of them, or the one it is bound to.
pub fn lan_urls(bind: IpAddr, port: u16) -> Vec<String> {
    let addresses: Vec<IpAddr> = if bind.is_unspecified() {
        if_addrs::get_if_addrs()
            .map(|ifs| ifs.into_iter().map(|i| i.ip()).collect())
            .unwrap_or_default()
    } else {
        vec![bind]
    };
    let mut urls: Vec<String> = addresses
        .into_iter()
        // A hub on 0.0.0.0 listens on IPv4 only; one on :: takes both families.
        .filter(|ip| reachable_from_lan(*ip) && (bind.is_ipv6() || ip.is_ipv4()))
        .map(|ip| match ip {
            IpAddr::V4(v4) => format!("http://{v4}:{port}"),
            IpAddr::V6(v6) => format!("http://[{v6}]:{port}"),
        })
        .collect();
    urls.sort();
    urls.dedup();
    urls
}

/// Loopback addresses cannot be reached from a phone, and IPv6 link-local ones need a zone
/// id that a URL in a QR code cannot carry.
fn reachable_from_lan(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => !v4.is_loopback() && !v4.is_unspecified(),
        IpAddr::V6(v6) => {
            !v6.is_loopback() && !v6.is_unspecified() && (v6.segments()[0] & 0xffc0) != 0xfe80
        }
    }
}

/// The URI a phone scans to pair.
pub fn pairing_uri(hub_id: &str, urls: &[String], code: Option<&str>) -> String {
    let mut uri = format!("musichub://pair?hub={}", encode(hub_id));
    for url in urls {
        uri.push_str("&url=");
        uri.push_str(&encode(url));
    }
    if let Some(code) = code {
        uri.push_str("&code=");
        uri.push_str(&encode(code));
    }
    uri
}

/// Percent-encodes a query value: everything but RFC 3986's unreserved characters.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn code(content: &str) -> Result<QrCode, QrError> {
    QrCode::with_error_correction_level(content.as_bytes(), EcLevel::M)
        .map_err(|e| QrError(e.to_string()))
}

pub fn svg(content: &str) -> Result<Vec<u8>, QrError> {
    let image = code(content)?
        .render::<svg::Color<'_>>()
        .min_dimensions(256, 256)
        .build();
    Ok(image.into_bytes())
}

/// Pixels per module in the PNG, and the quiet zone around the code, in modules.
const PNG_SCALE: usize = 8;
const QUIET_ZONE: usize = 4;

pub fn png(content: &str) -> Result<Vec<u8>, QrError> {
    let qr = code(content)?;
    let modules = qr.width();
    let colors = qr.to_colors();
    let side = (modules + 2 * QUIET_ZONE) * PNG_SCALE;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (mx, my) = (i % modules + QUIET_ZONE, i / modules + QUIET_ZONE);
            for y in my * PNG_SCALE..(my + 1) * PNG_SCALE {
                pixels[y * side + mx * PNG_SCALE..y * side + (mx + 1) * PNG_SCALE].fill(0);
            }
        }
    }
    let mut out = Vec::new();
    let side_u32 = u32::try_from(side).map_err(|e| QrError(e.to_string()))?;
    let mut encoder = png::Encoder::new(&mut out, side_u32, side_u32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| QrError(e.to_string()))?;
    writer
        .write_image_data(&pixels)
        .map_err(|e| QrError(e.to_string()))?;
    writer.finish().map_err(|e| QrError(e.to_string()))?;
    Ok(out)
}

/// The code as text for a terminal, two modules per character row.
pub fn terminal(content: &str) -> Result<String, QrError> {
    Ok(code(content)?
        .render::<unicode::Dense1x2>()
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_uri_carries_hub_urls_and_code() {
        let uri = pairing_uri(
            "hub-1",
            &["http://192.168.1.5:38472".into()],
            Some("abcd2345"),
        );
        assert_eq!(
            uri,
            "musichub://pair?hub=hub-1&url=http%3A%2F%2F192.168.1.5%3A38472&code=abcd2345"
        );
    }

    #[test]
    fn loopback_and_link_local_addresses_are_not_offered() {
        assert!(!reachable_from_lan("127.0.0.1".parse().unwrap()));
        assert!(!reachable_from_lan("::1".parse().unwrap()));
        assert!(!reachable_from_lan("fe80::1".parse().unwrap()));
        assert!(reachable_from_lan("192.168.1.5".parse().unwrap()));
        assert!(reachable_from_lan("2001:db8::5".parse().unwrap()));
        assert!(lan_urls("127.0.0.1".parse().unwrap(), 1).is_empty());
        assert_eq!(
            lan_urls("10.1.2.3".parse().unwrap(), 9),
            vec!["http://10.1.2.3:9"]
        );
    }

    #[test]
    fn pngs_are_pngs() {
        let bytes = png("musichub://pair?hub=x").expect("png");
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let svg = String::from_utf8(svg("x").expect("svg")).expect("utf8");
        assert!(svg.contains("<svg"));
    }
}

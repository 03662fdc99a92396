//! A remote caller over a real network: a client in a network namespace of the test's own,
//! joined to the host by a veth pair, calls a hub bound to the host side of the pair.
//! In CI (`CI=true`, where tests run as root) it must run: not being able to make the
//! namespace fails it. Elsewhere it is skipped with the reason written to the terminal.

use std::net::{IpAddr, Ipv4Addr};
use std::process::Command as StdCommand;
use std::sync::Arc;

use music_hub::clock::SystemClock;

use crate::common::{cannot_run, TestHub};

/// The namespace, the veth pair and the addresses on each side; torn down on drop.
struct TestNetwork {
    namespace: String,
    host_link: String,
    host_ip: Ipv4Addr,
}

impl TestNetwork {
    fn create() -> Result<TestNetwork, String> {
        let id = std::process::id() % 100_000;
        let octet = u8::try_from(20 + id % 200).unwrap_or(20);
        let network = TestNetwork {
            namespace: format!("mh-test-{id}"),
            host_link: format!("mh{id}h"),
            host_ip: Ipv4Addr::new(10, 231, octet, 1),
        };
        let peer_link = format!("mh{id}p");
        let peer_ip = Ipv4Addr::new(10, 231, octet, 2);
        let steps: Vec<Vec<String>> = vec![
            vec!["netns".into(), "add".into(), network.namespace.clone()],
            vec![
                "link".into(),
                "add".into(),
                network.host_link.clone(),
                "type".into(),
                "veth".into(),
                "peer".into(),
                "name".into(),
                peer_link.clone(),
            ],
            vec![
                "link".into(),
                "set".into(),
                peer_link.clone(),
                "netns".into(),
                network.namespace.clone(),
            ],
            vec![
                "addr".into(),
                "add".into(),
                format!("{}/30", network.host_ip),
                "dev".into(),
                network.host_link.clone(),
            ],
            vec![
                "link".into(),
                "set".into(),
                network.host_link.clone(),
                "up".into(),
            ],
            vec![
                "-n".into(),
                network.namespace.clone(),
                "addr".into(),
                "add".into(),
                format!("{peer_ip}/30"),
                "dev".into(),
                peer_link.clone(),
            ],
            vec![
                "-n".into(),
                network.namespace.clone(),
                "link".into(),
                "set".into(),
                peer_link,
                "up".into(),
            ],
        ];
        for step in steps {
            let output = StdCommand::new("ip")
                .args(&step)
                .output()
                .map_err(|e| format!("cannot run ip: {e}"))?;
            if !output.status.success() {
                return Err(format!(
                    "`ip {}` failed: {}",
                    step.join(" "),
                    String::from_utf8_lossy(&output.stderr).trim()
                ));
            }
        }
        Ok(network)
    }

    /// Runs curl inside the namespace and returns the status code and the body.
    async fn curl(&self, args: &[&str]) -> (u16, String) {
        let output = tokio::process::Command::new("ip")
            .args([
                "netns",
                "exec",
                &self.namespace,
                "curl",
                "-s",
                "-m",
                "10",
                "-w",
                "\n%{http_code}",
            ])
            .args(args)
            .output()
            .await
            .expect("run curl in the namespace");
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let (body, status) = text.rsplit_once('\n').unwrap_or(("", "0"));
        (status.trim().parse().unwrap_or(0), body.to_owned())
    }
}

impl Drop for TestNetwork {
    fn drop(&mut self) {
        let _ = StdCommand::new("ip")
            .args(["link", "del", &self.host_link])
            .output();
        let _ = StdCommand::new("ip")
            .args(["netns", "del", &self.namespace])
            .output();
    }
}

#[tokio::test]
async fn a_lan_client_needs_a_token_and_pairs_over_a_real_network() {
    const TEST: &str = "a_lan_client_needs_a_token_and_pairs_over_a_real_network";
    if StdCommand::new("curl").arg("--version").output().is_err() {
        return cannot_run(TEST, "curl is not installed");
    }
    let network = match TestNetwork::create() {
        Ok(network) => network,
        Err(reason) => return cannot_run(TEST, &reason),
    };
    let hub = TestHub::start_custom(
        None,
        IpAddr::V4(network.host_ip),
        |_| {},
        Arc::new(SystemClock),
    )
    .await;
    let base = format!("http://{}", hub.addr);

    let (status, _) = network.curl(&[&format!("{base}/api/ping")]).await;
    assert_eq!(status, 200, "public routes answer anyone");
    let (status, body) = network.curl(&[&format!("{base}/api/tracks")]).await;
    assert_eq!(status, 401, "{body}");
    assert!(body.contains("\"unauthorized\""), "{body}");
    let (status, body) = network.curl(&[&format!("{base}/api/auth/status")]).await;
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("\"local_only\""), "{body}");

    // The owner arms pairing on the desktop (in process: this hub has no loopback listener).
    let code = hub.hub.auth.arm(5).code;
    let (status, body) = network
        .curl(&[
            "-X",
            "POST",
            "-H",
            "Content-Type: application/json",
            "-d",
            &format!(r#"{{"pairingCode":"{code}","deviceId":"lan-phone","deviceName":"Phone"}}"#),
            &format!("{base}/api/auth/pair"),
        ])
        .await;
    assert_eq!(status, 200, "{body}");
    let pair: serde_json::Value = serde_json::from_str(&body).expect("token pair");
    let access = pair["accessToken"].as_str().expect("access token");
    assert_eq!(
        pair["device"]["lastAddress"],
        format!("10.231.{}.2", network.host_ip.octets()[2])
    );

    let (status, body) = network
        .curl(&[
            "-H",
            &format!("Authorization: Bearer {access}"),
            &format!("{base}/api/tracks"),
        ])
        .await;
    assert_eq!(status, 200, "with a token: {body}");
    let page: serde_json::Value = serde_json::from_str(&body).expect("a page of tracks");
    assert_eq!(page["total"], 0, "this hub's library is empty: {body}");
    // A token does not make a LAN client local.
    let (status, body) = network
        .curl(&[
            "-H",
            &format!("Authorization: Bearer {access}"),
            &format!("{base}/api/auth/status"),
        ])
        .await;
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("\"local_only\""), "{body}");
}

//! Driving Debian's `chromium` through `chromedriver` (WebDriver over HTTP), for the tests
//! that read what a real browser shows: a driver on a free loopback port, one session per
//! browser, scripts run in the page, and waiting for a condition with the page's text in
//! the failure.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The name the browser reaches the hub by when a test wants a caller that is not local:
/// chromium maps it to 127.0.0.1 (`--host-resolver-rules`), so the connection is loopback
/// but the `Host` is not a loopback name.
pub const HUB_HOST: &str = "hub.test";

/// A chromedriver on a free loopback port, killed with its browsers on drop.
pub struct Driver {
    child: std::process::Child,
    base: String,
    _profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    pub fn start() -> std::io::Result<Driver> {
        use std::os::unix::process::CommandExt;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let profile = tempfile::tempdir()?;
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?;
        Ok(Driver {
            child,
            base: format!("http://127.0.0.1:{port}"),
            _profile: profile,
        })
    }
}

/// One WebDriver session.
pub struct Session<'a> {
    client: reqwest::Client,
    driver: &'a Driver,
    id: String,
}

impl<'a> Session<'a> {
    pub async fn open(driver: &'a Driver) -> Session<'a> {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        while client
            .get(format!("{}/status", driver.base))
            .send()
            .await
            .is_err()
        {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let profile = driver._profile.path().join("profile");
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--autoplay-policy=no-user-gesture-required",
                    "--mute-audio",
                    format!("--host-resolver-rules=MAP {HUB_HOST} 127.0.0.1"),
                    format!("--user-data-dir={}", profile.display()),
                ]
            }
        }}});
        let answer: Value = client
            .post(format!("{}/session", driver.base))
            .json(&capabilities)
            .send()
            .await
            .expect("new session")
            .json()
            .await
            .expect("session JSON");
        let id = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {answer}"))
            .to_owned();
        Session { client, driver, id }
    }

    pub async fn call(&self, path: &str, body: Value) -> Value {
        let answer: Value = self
            .client
            .post(format!("{}/session/{}/{path}", self.driver.base, self.id))
            .json(&body)
            .send()
            .await
            .expect("webdriver call")
            .json()
            .await
            .expect("webdriver JSON");
        answer["value"].clone()
    }

    pub async fn go(&self, url: &str) {
        self.call("url", json!({ "url": url })).await;
    }

    pub async fn run(&self, script: &str) -> Value {
        self.call("execute/sync", json!({ "script": script, "args": [] }))
            .await
    }

    /// Runs `script` until it returns `true`, or fails after `within`.
    pub async fn until(&self, script: &str, within: Duration, what: &str) {
        let deadline = Instant::now() + within;
        loop {
            let value = self.run(script).await;
            if value == Value::Bool(true) {
                return;
            }
            let page = self
                .run("return document.body ? document.body.innerText : ''")
                .await;
            assert!(
                Instant::now() < deadline,
                "{what} did not happen within {within:?}; last {value}; the page: {page}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    pub async fn close(self) {
        let _ = self
            .client
            .delete(format!("{}/session/{}", self.driver.base, self.id))
            .send()
            .await;
    }
}

/// Whether `program --version` runs.
pub fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether this machine can run the browser tests.
pub fn browser_installed() -> bool {
    installed("chromium") && installed("chromedriver")
}

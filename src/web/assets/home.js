// The home page's live parts: the scan feed, pairing with its countdown, the devices, and
// the buttons. Every call is one the API documents for a loopback caller; the page sends
// them from its own origin, which is what the hub's origin rules let change state.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const ENDED = ["completed", "cancelled", "failed"];
  const RUNNING = ["counting", "scanning", "pruning", "finalizing"];

  function notice(text) {
    const box = $("notice");
    box.textContent = text;
    box.hidden = !text;
  }

  async function api(method, path, body) {
    const init = { method, cache: "no-store", headers: { Accept: "application/json" } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (_) {
      data = null;
    }
    if (!response.ok) {
      throw new Error((data && data.message) || `${method} ${path} answered ${response.status}`);
    }
    return data;
  }

  // Times in the browser's own zone and language.
  function localTime(iso) {
    const at = new Date(iso);
    return isNaN(at) ? "" : at.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
  }
  function localizeTimes(root) {
    root.querySelectorAll("time[datetime]").forEach((t) => {
      if (t.dateTime) t.textContent = localTime(t.dateTime);
    });
  }
  function timeElement(iso) {
    const t = document.createElement("time");
    t.dateTime = iso;
    t.textContent = localTime(iso);
    return t;
  }

  // The scan: the progress bar follows the feed; when a scan ends, the counts are read again.
  const bar = $("scan-progress");
  const scanNow = $("scan-now");

  function counts(e) {
    const done = e.filesProcessed ?? 0;
    const files = e.filesTotal != null && RUNNING.includes(e.phase)
      ? `${done} of ${e.filesTotal} files` : `${done} files`;
    return `${files}, ${e.added ?? 0} added, ${e.updated ?? 0} updated, ${e.removed ?? 0} removed, ${e.errorCount ?? 0} errors`;
  }

  function showProgress(e) {
    bar.dataset.phase = e.phase;
    if (e.scanId) bar.dataset.scan = e.scanId;
    if (e.phase === "completed") {
      bar.value = bar.max;
    } else if (typeof e.percent === "number") {
      bar.value = e.percent;
    }
    const running = RUNNING.includes(e.phase);
    scanNow.disabled = running;
    if (running) {
      const rate = typeof e.rate === "number" ? `, ${Math.round(e.rate)} files/s` : "";
      const eta = typeof e.etaSeconds === "number" ? `, about ${e.etaSeconds} s left` : "";
      $("scan-line").textContent = `${e.phase}${rate}${eta}`;
      $("scan-state").textContent = "running";
      $("scan-counts").textContent = counts(e);
    }
  }

  async function refreshLibrary() {
    const [info, browse, status] = await Promise.all([
      api("GET", "/api/info"), api("GET", "/api/browse"), api("GET", "/api/scan/status"),
    ]);
    const tracks = new Map((browse.roots || []).map((r) => [r.id, r.trackCount ?? 0]));
    for (const folder of info.libraries || []) {
      const row = document.querySelector(`#folders li[data-id="${CSS.escape(folder.id)}"]`);
      if (!row) continue;
      row.dataset.state = folder.state;
      row.querySelector(".state").textContent = folder.state;
      const count = tracks.get(folder.id) ?? 0;
      row.querySelector(".count").replaceChildren(
        Object.assign(document.createElement("span"), { className: "tracks", textContent: String(count) }),
        count === 1 ? " track" : " tracks");
    }
    $("scan-state").textContent = status.state;
    $("scan-counts").textContent = status.state === "idle" ? "The folders have never been scanned." : counts(status);
    const when = status.finishedAt || status.startedAt;
    const old = $("scan-when");
    if (old) old.remove();
    if (when) {
      const t = timeElement(when);
      t.id = "scan-when";
      $("scan-state").after(" ", t);
    }
    $("scan-line").textContent = status.message || "";
  }

  function followScans() {
    const feed = new EventSource("/api/scan/progress");
    const onMessage = (message) => {
      let e;
      try {
        e = JSON.parse(message.data);
      } catch (_) {
        return;
      }
      showProgress(e);
      if (message.type === "completed" && ENDED.includes(e.phase)) {
        refreshLibrary().catch((err) => notice(err.message));
      }
    };
    feed.addEventListener("progress", onMessage);
    feed.addEventListener("completed", onMessage);
  }

  scanNow.addEventListener("click", async () => {
    scanNow.disabled = true;
    try {
      const status = await api("POST", "/api/scan", {});
      // The feed may have told of this scan before this answer came: then it is current.
      if (status && status.scanId && bar.dataset.scan !== status.scanId) {
        bar.dataset.scan = status.scanId;
        bar.value = 0;
      }
      notice("");
    } catch (err) {
      scanNow.disabled = false;
      notice(err.message);
    }
  });

  // Pairing: the code, its QR code and a countdown; the devices list follows the hub's.
  let expiresAt = null;
  let shownCode = null;

  async function loadQr() {
    const response = await fetch("/api/connect/qr", { cache: "no-store" });
    if (!response.ok) return;
    const doc = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
    const svg = doc.documentElement;
    if (svg.nodeName !== "svg") return;
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "QR code to pair");
    $("pairing-qr").replaceChildren(document.importNode(svg, true));
  }

  function showPairing(code, expires) {
    const armed = Boolean(code);
    $("pairing").dataset.armed = String(armed);
    $("pairing-armed").hidden = !armed;
    $("pairing-idle").hidden = armed;
    $("arm").textContent = armed ? "New code" : "Arm pairing";
    expiresAt = armed ? new Date(expires) : null;
    if (!armed) {
      shownCode = null;
      $("pairing-qr").replaceChildren();
      return;
    }
    $("pairing-code").textContent = code;
    const t = $("pairing-expires");
    t.dateTime = expires;
    t.textContent = localTime(expires);
    tick();
    if (code !== shownCode) {
      shownCode = code;
      loadQr().catch(() => {});
    }
  }

  function tick() {
    if (!expiresAt) return;
    const left = Math.max(0, Math.round((expiresAt - Date.now()) / 1000));
    $("pairing-countdown").textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
    if (left === 0) showPairing(null);
  }

  function showDevices(devices) {
    const list = $("devices");
    if (!list) return;
    const rows = devices
      .filter((d) => !d.revoked)
      .sort((a, b) => String(b.pairedAt).localeCompare(String(a.pairedAt)))
      .map((d) => {
        const li = document.createElement("li");
        li.dataset.id = d.id;
        const name = Object.assign(document.createElement("span"), { className: "name", textContent: d.name });
        const when = Object.assign(document.createElement("span"), { className: "note" });
        when.append("paired ", timeElement(d.pairedAt));
        if (d.lastSeenAt) when.append(", last seen ", timeElement(d.lastSeenAt));
        const revoke = Object.assign(document.createElement("button"), {
          type: "button", className: "revoke", textContent: "Revoke",
        });
        revoke.dataset.id = d.id;
        li.append(name, " ", when, " ", revoke);
        return li;
      });
    list.replaceChildren(...rows);
    $("no-devices").hidden = rows.length > 0;
  }

  async function refreshPairing() {
    const status = await api("GET", "/api/auth/status");
    showPairing(status.pairingArmed ? status.pairingCode : null, status.pairingExpiresAt);
    showDevices(status.devices || []);
  }

  $("arm").addEventListener("click", async () => {
    try {
      const armed = await api("POST", "/api/auth/arm", { minutes: 10 });
      showPairing(armed.pairingCode, armed.expiresAt);
      notice("");
    } catch (err) {
      notice(err.message);
    }
  });

  $("disarm").addEventListener("click", async () => {
    try {
      await api("POST", "/api/auth/disarm");
      showPairing(null);
    } catch (err) {
      notice(err.message);
    }
  });

  // Revoking asks twice: the device must pair again to come back.
  const devices = $("devices");
  if (devices) {
    devices.addEventListener("click", async (event) => {
      const button = event.target.closest("button.revoke");
      if (!button) return;
      if (button.dataset.confirm !== "yes") {
        button.dataset.confirm = "yes";
        button.textContent = "Revoke: sure?";
        setTimeout(() => {
          button.dataset.confirm = "";
          button.textContent = "Revoke";
        }, 5000);
        return;
      }
      try {
        await api("DELETE", `/api/auth/devices/${encodeURIComponent(button.dataset.id)}`);
        await refreshPairing();
      } catch (err) {
        notice(err.message);
      }
    });
  }

  const rebuild = $("rebuild");
  if (rebuild) {
    rebuild.addEventListener("click", async () => {
      rebuild.disabled = true;
      try {
        const result = await api("POST", "/api/database/rebuild");
        $("rebuild-result").textContent = `Rebuilt; the old file is in ${result.archivedTo}. Reloading…`;
        setTimeout(() => location.reload(), 2000);
      } catch (err) {
        rebuild.disabled = false;
        notice(err.message);
      }
    });
  }

  localizeTimes(document);
  followScans();
  const initial = $("pairing-expires").dateTime;
  if (initial) {
    expiresAt = new Date(initial);
    shownCode = $("pairing-code").textContent;
  }
  setInterval(tick, 1000);
  // Devices pair from elsewhere (and `music-hub pair` arms from a terminal): the pairing
  // state and the devices are read again, often while a code is out, seldom otherwise.
  const poll = () => {
    const next = expiresAt ? 2000 : 15000;
    setTimeout(async () => {
      if (!document.hidden) await refreshPairing().catch(() => {});
      poll();
    }, next);
  };
  poll();
})();

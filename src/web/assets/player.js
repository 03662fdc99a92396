// The share page's player: opens the share (bootstrap), plays its tracks through <audio>
// with the share's media token, keeps the session alive with heartbeats (each brings a
// fresh token), asks for the password when the share has one, and says so when the share
// has ended. Everything from the catalogue is put in the page as text, never as HTML.
(function () {
  "use strict";
  var body = document.body;
  var kind = body.dataset.kind;
  var shareId = body.dataset.share;
  var $ = function (id) { return document.getElementById(id); };
  var audio = $("audio");
  // `wanted`: the listener asked for sound (a lost token must not leave it paused, nor start
  // what they paused); `recoveries`: media errors since the element last played.
  var state = {
    password: null, session: null, token: null, tracks: [], index: -1, timer: null,
    ended: false, wanted: false, recoveries: 0, load: 0
  };

  function clock(seconds) {
    if (!isFinite(seconds) || seconds < 0) { seconds = 0; }
    var s = Math.floor(seconds % 60);
    return Math.floor(seconds / 60) + ":" + (s < 10 ? "0" : "") + s;
  }

  function api(path, options) {
    options = options || {};
    options.credentials = "omit";
    options.referrerPolicy = "no-referrer";
    return fetch(path, options);
  }

  function gone() {
    state.ended = true;
    state.wanted = false;
    if (state.timer) { clearInterval(state.timer); state.timer = null; }
    audio.pause();
    audio.removeAttribute("src");
    $("player").hidden = true;
    $("password").hidden = true;
    $("tracks").hidden = true;
    $("gone").hidden = false;
    body.dataset.state = "gone";
  }

  function streamUrl(track) {
    return "/api/media/stream/" + encodeURIComponent(track.id) + "?mediaToken=" + encodeURIComponent(state.token);
  }

  function renderTracks() {
    var list = $("tracks");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    state.tracks.forEach(function (track, index) {
      var item = document.createElement("li");
      item.dataset.index = String(index);
      [["t", track.title], ["a", (track.artists || []).join(", ")], ["d", clock(track.durationMs / 1000)]]
        .forEach(function (part) {
          var span = document.createElement("span");
          span.className = part[0];
          span.textContent = part[1];
          item.appendChild(span);
        });
      item.addEventListener("click", function () { play(index); });
      list.appendChild(item);
    });
  }

  function mark() {
    Array.prototype.forEach.call($("tracks").children, function (item, index) {
      item.classList.toggle("current", index === state.index);
    });
    var track = state.tracks[state.index];
    $("now").textContent = track ? track.title : "";
    if (track && "mediaSession" in navigator && window.MediaMetadata) {
      navigator.mediaSession.metadata = new MediaMetadata({
        title: track.title,
        artist: (track.artists || []).join(", "),
        album: track.album || ""
      });
    }
  }

  function play(index) {
    if (state.ended || index < 0 || index >= state.tracks.length) { return; }
    state.index = index;
    state.recoveries = 0;
    state.load += 1;
    audio.src = streamUrl(state.tracks[index]);
    mark();
    resume();
  }

  function resume() {
    state.wanted = true;
    audio.play().catch(function () { /* autoplay refused: the play button starts it */ });
  }

  function pause() {
    state.wanted = false;
    audio.pause();
  }

  function toggle() {
    if (state.index < 0) { play(0); return; }
    if (audio.paused) { resume(); } else { pause(); }
  }

  function started(data) {
    state.session = data.shareSessionId;
    state.token = data.mediaToken;
    var item = data[kind];
    state.tracks = kind === "track" ? [item] : (item.tracks || []);
    $("title").textContent = kind === "artist" ? item.name : (item.title || item.name);
    var art = item.artworkId || (state.tracks[0] && state.tracks[0].artworkId);
    var cover = $("cover");
    if (art && cover.tagName === "IMG" && !cover.getAttribute("src")) {
      cover.src = "/api/media/artwork/" + encodeURIComponent(art) + "?size=600&mediaToken=" + encodeURIComponent(state.token);
    }
    renderTracks();
    $("password").hidden = true;
    $("player").hidden = false;
    body.dataset.state = "ready";
    var every = Math.max(1, data.heartbeatIntervalSeconds || 60) * 1000;
    state.timer = setInterval(heartbeat, every);
  }

  function bootstrap() {
    var headers = {};
    if (state.password !== null) { headers["X-Share-Password"] = state.password; }
    api("/api/share/" + kind + "/" + encodeURIComponent(shareId) + "/bootstrap", { headers: headers })
      .then(function (response) {
        if (response.status === 200) { return response.json().then(started); }
        if (response.status === 401) {
          $("password").hidden = false;
          $("password-error").hidden = state.password === null;
          $("password-input").focus();
          return;
        }
        if (response.status === 429) {
          $("now").textContent = "Too many tries; wait a few minutes and reload.";
          $("player").hidden = false;
          return;
        }
        if (response.status >= 500) {
          // The hub is busy or its database cannot take a new visitor right now (a rebuild,
          // a read-only disk): the link is fine, so try again rather than call it gone.
          var wait = Number(response.headers.get("Retry-After")) || 5;
          $("now").textContent = "The hub is busy; trying again in " + wait + " s.";
          $("player").hidden = false;
          setTimeout(bootstrap, Math.min(wait, 60) * 1000);
          return;
        }
        gone();
      })
      .catch(function () { $("now").textContent = "The hub cannot be reached."; $("player").hidden = false; });
  }

  // Resolves once the answer is handled: with a fresh token in `state.token`, or not (the
  // share ended, the hub is out of reach for now).
  function heartbeat() {
    if (state.ended || !state.session) { return Promise.resolve(); }
    return api("/api/share/session/heartbeat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ shareSessionId: state.session })
    }).then(function (response) {
      if (response.status === 200) {
        return response.json().then(function (data) {
          state.token = data.mediaToken;
          // A recovery that could not renew in time (the hub was out of reach) left the
          // element in error: try again now that there is a token.
          var stale = tokenOf(audio.currentSrc || audio.src) !== state.token;
          if (audio.error && state.wanted && state.index >= 0 && stale) {
            reload(audio.currentTime, state.load);
          }
        });
      }
      // The session lapsed (a laptop asleep past its life, say), which says nothing of the
      // share: open a new session, and call the share gone only if that is refused too.
      if (response.status === 404) { return reopen(); }
    }).catch(function () { /* offline for a moment: the next heartbeat tries again */ });
  }

  function reopen() {
    var headers = {};
    if (state.password !== null) { headers["X-Share-Password"] = state.password; }
    return api("/api/share/" + kind + "/" + encodeURIComponent(shareId) + "/bootstrap", { headers: headers })
      .then(function (response) {
        if (response.status === 200) {
          return response.json().then(function (data) {
            state.session = data.shareSessionId;
            state.token = data.mediaToken;
          });
        }
        if (response.status === 404) { gone(); }
      })
      .catch(function () { /* out of reach for now: the next heartbeat tries again */ });
  }

  function tokenOf(url) {
    try { return new URL(url, location.href).searchParams.get("mediaToken"); } catch (e) { return null; }
  }

  // The element keeps the URL it was given while heartbeats bring newer tokens, and asks
  // again with it whenever it needs more of the file (a seek, the rest of a long track):
  // once that token has lapsed, the hub refuses and the element reports an error. Then it is
  // given the same track with the newest token (renewed first when the last heartbeat's is
  // the one that failed), sent back to where it was, and played on if it was playing.
  function reload(at, load) {
    if (state.ended || load !== state.load) { return; }
    state.load += 1;
    var mine = state.load;
    audio.addEventListener("loadedmetadata", function () {
      if (mine !== state.load) { return; }
      if (at > 0) { audio.currentTime = at; }
      if (state.wanted) { audio.play().catch(function () {}); }
    }, { once: true });
    audio.src = streamUrl(state.tracks[state.index]);
  }

  audio.addEventListener("error", function () {
    // Three failures in a row without playing in between: not a lapsed token.
    if (state.ended || state.index < 0 || state.recoveries >= 3) { return; }
    state.recoveries += 1;
    var at = audio.currentTime;
    var failed = tokenOf(audio.currentSrc || audio.src);
    var load = state.load;
    if (state.token && state.token !== failed) { reload(at, load); return; }
    heartbeat().then(function () {
      if (state.token !== failed) { reload(at, load); }
    });
  });
  audio.addEventListener("playing", function () { state.recoveries = 0; $("play").textContent = "\u23F8"; $("play").setAttribute("aria-label", "Pause"); });
  audio.addEventListener("pause", function () { $("play").textContent = "\u25B6"; $("play").setAttribute("aria-label", "Play"); });
  audio.addEventListener("ended", function () { play(state.index + 1); });
  audio.addEventListener("loadedmetadata", function () { $("seek").max = String(audio.duration || 0); $("duration").textContent = clock(audio.duration); });
  audio.addEventListener("timeupdate", function () { $("seek").value = String(audio.currentTime); $("elapsed").textContent = clock(audio.currentTime); });
  $("seek").addEventListener("input", function () { audio.currentTime = Number($("seek").value); });
  $("play").addEventListener("click", toggle);
  $("next").addEventListener("click", function () { play(state.index + 1); });
  $("prev").addEventListener("click", function () {
    if (audio.currentTime > 3) { audio.currentTime = 0; } else { play(Math.max(0, state.index - 1)); }
  });
  $("password").addEventListener("submit", function (event) {
    event.preventDefault();
    state.password = $("password-input").value;
    bootstrap();
  });
  document.addEventListener("keydown", function (event) {
    if (event.target && (event.target.tagName === "INPUT" || event.target.tagName === "BUTTON")) { return; }
    if (event.key === " " || event.key === "k") { event.preventDefault(); toggle(); }
    else if (event.key === "ArrowRight") { audio.currentTime = Math.min(audio.duration || 0, audio.currentTime + 5); }
    else if (event.key === "ArrowLeft") { audio.currentTime = Math.max(0, audio.currentTime - 5); }
    else if (event.key === "n") { play(state.index + 1); }
    else if (event.key === "p") { play(Math.max(0, state.index - 1)); }
  });
  if ("mediaSession" in navigator) {
    var actions = {
      play: resume,
      pause: pause,
      nexttrack: function () { play(state.index + 1); },
      previoustrack: function () { play(Math.max(0, state.index - 1)); }
    };
    Object.keys(actions).forEach(function (name) {
      try { navigator.mediaSession.setActionHandler(name, actions[name]); } catch (e) { /* unsupported */ }
    });
  }
  bootstrap();
})();

/* The lobby display page: draws what /display/feed sends (Server-Sent Events).
 *
 * Events: `snapshot` {calls (current first), waiting, recent, message, stale_s}, `call` (one
 * call or recall), `waiting` {waiting}, `message` {message} (changed while the server runs),
 * `alive` {} (the stream is fine, nothing new). With no event for stale_s seconds the page says
 * since when it is not updated, and reconnects. Numbers and desks are set with textContent only.
 *
 * The design is the Qt display window's: what both must draw alike comes from the server
 * (timedesk/turns/lobby.py): a call's `desk_number` (a desk named "12" reads "Desk 12", one named
 * "Ventanilla 12" reads its name), and the current call panel's `fill` and `ink` colours.
 *
 * Browsers play sound only after a click or a key on the page: while they block it a
 * "Sound off: click to enable" button shows, for staff to see and press.
 *
 * For tests and the latency benchmark: window.timedeskDisplay.shown lists each shown call
 * ({event_id, number, desk, at, painted}: epoch ms from performance.timeOrigin + now(); `painted`
 * is taken in the next animation frame, i.e. when the new call reaches the screen);
 * window.timedeskDisplay.audioContext is the page's AudioContext once made (null without one).
 */
(function () {
  "use strict";

  var TEXTS = {
    en: {
      title: "Now serving", turn: "Ticket", desk: "Desk", previous: "Previous calls",
      noPrevious: "No earlier calls yet today", soundOff: "Sound off \u2014 click to enable",
      waiting: "Waiting", noCalls: "Please wait to be called", recall: "Called again",
      live: "Live", connecting: "Connecting\u2026", reconnecting: "Reconnecting\u2026",
      offline: "No connection to the server: retrying\u2026",
      stale: "Not updated since {time}: reconnecting\u2026",
      staleNever: "No news from the server yet: reconnecting\u2026"
    },
    es: {
      title: "Atendiendo ahora", turn: "Turno", desk: "Puesto", previous: "Llamadas anteriores",
      noPrevious: "A\u00fan no hay llamadas anteriores hoy", soundOff: "Sonido desactivado \u2014 pulse para activarlo",
      waiting: "En espera", noCalls: "Espere a que le llamen", recall: "Segunda llamada",
      live: "En directo", connecting: "Conectando\u2026", reconnecting: "Reconectando\u2026",
      offline: "Sin conexi\u00f3n con el servidor: reintentando\u2026",
      stale: "Sin actualizar desde las {time}: reconectando\u2026",
      staleNever: "A\u00fan sin noticias del servidor: reconectando\u2026"
    }
  };

  var FEED_URL = "display/feed";
  var SHOWN_URL = "display/shown";
  // ?name=lobby-tv&key=... (printed by `timedesk display register lobby-tv`): the registered
  // display that acknowledges what it drew, so the desk sees "shown on the lobby display".
  // Without them the page still shows everything; it just cannot acknowledge.
  var QUERY = new URLSearchParams(window.location.search);
  var DISPLAY_NAME = (function () {
    var asked = (QUERY.get("name") || "").trim();
    return /^[\w .:-]{1,40}$/.test(asked) ? asked : null;
  })();
  var DISPLAY_KEY = (function () {
    var asked = (QUERY.get("key") || "").trim();
    return /^[\w-]{16,100}$/.test(asked) ? asked : null;
  })();
  var ANNOUNCE_MS = 2500;
  var SHOWN_LIMIT = 2000;
  var RETRY_FIRST_MS = 1000;
  var RETRY_MAX_MS = 30000;

  function pickLanguage() {
    var asked = new URLSearchParams(window.location.search).get("lang");
    var wanted = [asked].concat(navigator.languages || [], [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i] || "").toLowerCase().slice(0, 2);
      if (TEXTS[code]) return code;
    }
    return "en";
  }

  var lang = pickLanguage();
  var T = TEXTS[lang];

  var state = {
    current: null, // {turn_id, number, desk, colour, service, service_name, recall}
    history: [],
    recent: 6,
    staleMs: 15000,
    lastNews: null, // epoch ms of the last event
    openedAt: Date.now(),
    source: null,
    retryMs: RETRY_FIRST_MS,
    retryTimer: null,
    seen: {}, // event ids already shown (a replay must not chime again)
    seenOrder: [],
    announceTimer: null
  };

  var probe = window.timedeskDisplay = {
    lang: lang, shown: [], chimes: 0, connection: "connecting", stale: false, snapshots: 0,
    audioContext: null
  };

  function $(id) { return document.getElementById(id); }
  function now() { return performance.timeOrigin + performance.now(); }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function hms(date) {
    return pad(date.getHours()) + ":" + pad(date.getMinutes()) + ":" + pad(date.getSeconds());
  }

  // --- drawing -------------------------------------------------------------------------------
  function applyTexts() {
    document.documentElement.lang = lang;
    document.title = T.title;
    var nodes = document.querySelectorAll("[data-text]");
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = T[nodes[i].dataset.text];
  }

  function safeColour(colour) {
    return /^#[0-9a-f]{6}$/i.test(colour || "") ? colour : "#1565c0";
  }

  function safeInk(colour) {
    return colour === "#000000" ? colour : "#ffffff";
  }

  // "Desk 12" for a desk named by a number, "Ventanilla 12" for one with a name (the server
  // decides which a desk is: lobby.desk_is_number).
  function deskText(call) {
    return call.desk_number ? T.desk + " " + call.desk : call.desk;
  }

  // Shrink a one-line text until it fits its box (long desk names, long numbers); bounded.
  function fit(el) {
    el.style.fontSize = "";
    var size = parseFloat(window.getComputedStyle(el).fontSize);
    for (var i = 0; i < 25 && el.scrollWidth > el.clientWidth + 1; i++) {
      size *= 0.92;
      el.style.fontSize = size + "px";
    }
  }

  function drawCurrent() {
    var call = state.current;
    var panel = $("current");
    panel.classList.toggle("idle", !call);
    if (!call) {
      $("current-service").textContent = "";
      panel.style.background = "";
      panel.style.color = "";
      $("current-recall").hidden = true;
      return;
    }
    $("current-number").textContent = call.number;
    $("current-desk").textContent = deskText(call);
    $("current-service").textContent = call.service_name || call.service || "";
    panel.style.background = safeColour(call.fill);
    panel.style.color = safeInk(call.ink);
    $("current-recall").hidden = !call.recall;
    fit($("current-number"));
    fit($("current-desk"));
  }

  function drawHistory() {
    var list = $("history");
    list.textContent = "";
    if (!state.history.length) {  // say so, rather than an empty box
      var none = document.createElement("li");
      none.className = "history-empty";
      none.textContent = T.noPrevious;
      list.appendChild(none);
      return;
    }
    state.history.slice(0, state.recent).forEach(function (call) {
      var row = document.createElement("li");
      row.style.borderLeftColor = safeColour(call.colour);
      var number = document.createElement("span");
      number.className = "h-number";
      number.textContent = call.number;
      var desk = document.createElement("span");
      desk.className = "h-desk";
      desk.textContent = deskText(call);
      row.appendChild(number);
      row.appendChild(desk);
      list.appendChild(row);
    });
    // Only whole rows: drop those the screen has no room for (a long message, a small TV).
    for (var i = 0; i < 25 && list.lastChild &&
         list.lastChild.offsetTop + list.lastChild.offsetHeight > list.clientHeight + 1; i++) {
      list.removeChild(list.lastChild);
    }
  }

  function drawWaiting(waiting) {
    var box = $("waiting-box");
    var list = $("waiting");
    list.textContent = "";
    (waiting || []).forEach(function (item) {
      var li = document.createElement("li");
      li.dataset.service = item.service;
      var swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = safeColour(item.colour);
      var name = document.createElement("span");
      name.className = "name";
      name.textContent = item.service_name || item.service;
      var count = document.createElement("span");
      count.className = "count";
      count.textContent = String(item.waiting);
      li.appendChild(swatch);
      li.appendChild(name);
      li.appendChild(count);
      list.appendChild(li);
    });
    box.hidden = !(waiting && waiting.length);
  }

  function drawMessage(text) {
    var el = $("message");
    el.textContent = text || "";
    el.hidden = !text;
  }

  function setConnection(name) {
    probe.connection = name;
    var el = $("connection");
    el.className = "connection " + name;
    $("connection-text").textContent = T[name];
  }

  function tick() {
    var date = new Date();
    $("clock").textContent = pad(date.getHours()) + ":" + pad(date.getMinutes());
    $("date").textContent = date.toLocaleDateString(lang, {
      weekday: "long", day: "numeric", month: "long"
    });
    var since = state.lastNews === null ? state.openedAt : state.lastNews;
    var stale = Date.now() - since > state.staleMs;
    var banner = $("stale");
    if (stale) {
      banner.textContent = state.lastNews === null ? T.staleNever
        : T.stale.replace("{time}", hms(new Date(state.lastNews)));
    }
    banner.hidden = !stale;
    document.body.classList.toggle("is-stale", stale);
    probe.stale = stale;
    // A stream that went silent without an error (a dead network path): start a new one, at
    // most once per staleness period.
    if (stale && state.source && Date.now() - state.openedAt > state.staleMs) reconnect();
  }

  // --- sound ---------------------------------------------------------------------------------
  var audio = null;

  function audioContext() {
    if (audio === null) {
      var Ctor = window.AudioContext || window.webkitAudioContext;
      try { audio = Ctor ? new Ctor() : false; } catch (err) { audio = false; }
      if (audio) {
        audio.onstatechange = showSound;
        probe.audioContext = audio;
      }
    }
    return audio || null;
  }

  // The "sound off" button: shown while the browser keeps the sound suspended.
  function showSound() {
    var ctx = audioContext();
    $("sound").hidden = !ctx || ctx.state === "running";
  }

  // Two short tones ("ding-dong"); nothing at all when the browser blocks or lacks audio.
  function chime() {
    var ctx = audioContext();
    if (!ctx) return;
    if (ctx.state === "suspended") ctx.resume().catch(function () {});
    if (ctx.state !== "running") return;
    try {
      [[880, 0], [659.25, 0.32]].forEach(function (tone) {
        var start = ctx.currentTime + 0.02 + tone[1];
        var osc = ctx.createOscillator();
        var gain = ctx.createGain();
        osc.type = "sine";
        osc.frequency.value = tone[0];
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.35, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
        osc.connect(gain);
        gain.connect(ctx.destination);
        osc.start(start);
        osc.stop(start + 0.65);
      });
      probe.chimes += 1;
    } catch (err) { /* no sound is fine */ }
  }

  // Browsers allow sound after a gesture: a click or a key on the TV unlocks it.
  function unlockAudio() {
    var ctx = audioContext();
    if (ctx && ctx.state === "suspended") ctx.resume().then(showSound, showSound);
  }

  // --- feed ----------------------------------------------------------------------------------
  function announce() {
    var panel = $("current");
    panel.classList.remove("announce");
    void panel.offsetWidth; // restart the animation
    panel.classList.add("announce");
    clearTimeout(state.announceTimer);
    state.announceTimer = setTimeout(function () { panel.classList.remove("announce"); },
      ANNOUNCE_MS);
    chime();
  }

  function remember(eventId) {
    if (state.seen[eventId]) return false;
    state.seen[eventId] = true;
    state.seenOrder.push(eventId);
    if (state.seenOrder.length > 1000) delete state.seen[state.seenOrder.shift()];
    return true;
  }

  function onSnapshot(data) {
    if (typeof data.recent === "number") state.recent = data.recent;
    if (typeof data.stale_s === "number") state.staleMs = data.stale_s * 1000;
    var calls = (data.calls || []).filter(function (c) { return c.desk; }).map(function (c) {
      return { turn_id: c.id, number: c.number, desk: c.desk, colour: c.colour,
               desk_number: !!c.desk_number, fill: c.fill, ink: c.ink,
               service: c.service, service_name: c.service_name, recall: false };
    });
    state.current = calls[0] || null;
    state.history = calls.slice(1);
    // the footer first: its height decides how much room the call and the list get
    if ("waiting" in data) drawWaiting(data.waiting);
    if ("message" in data) drawMessage(data.message);
    drawCurrent();
    drawHistory();
    probe.snapshots += 1;
  }

  function onCall(data) {
    if (data.event_id !== undefined && !remember(data.event_id)) return;
    var previous = state.current;
    var call = { turn_id: data.turn_id, number: String(data.number), desk: String(data.desk),
                 colour: data.colour, desk_number: !!data.desk_number, fill: data.fill,
                 ink: data.ink, service: data.service,
                 service_name: data.service_name || (previous && previous.service === data.service
                   ? previous.service_name : knownServiceName(data.service)),
                 recall: !!data.recall };
    state.history = state.history.filter(function (c) { return c.turn_id !== call.turn_id; });
    if (previous && previous.turn_id !== call.turn_id) state.history.unshift(previous);
    state.history = state.history.slice(0, 20);
    state.current = call;
    drawCurrent();
    drawHistory();
    announce();
    var record = { event_id: data.event_id, number: call.number, desk: call.desk,
                   recall: call.recall, at: now(), painted: null };
    probe.shown.push(record);
    if (probe.shown.length > SHOWN_LIMIT) probe.shown.shift();
    requestAnimationFrame(function () {
      record.painted = now();
      if (data.event_id !== undefined) acknowledge(data.event_id, record);
    });
  }

  // Tell the desk that called: "shown on the lobby display" (POST /display/shown).
  function acknowledge(eventId, record) {
    if (DISPLAY_NAME === null || DISPLAY_KEY === null) {
      record.acknowledged = null; // not a registered display: the desk warns by itself
      return;
    }
    fetch(SHOWN_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ event_id: eventId, display: DISPLAY_NAME, key: DISPLAY_KEY })
    }).then(function (response) {
      record.acknowledged = response.status;
    }).catch(function () {
      record.acknowledged = 0; // the server is away: the desk warns by itself
    });
  }

  function knownServiceName(code) {
    var items = document.querySelectorAll("#waiting li");
    for (var i = 0; i < items.length; i++) {
      if (items[i].dataset.service === code) return items[i].querySelector(".name").textContent;
    }
    return code;
  }

  function handler(fn) {
    return function (message) {
      state.lastNews = Date.now();
      state.retryMs = RETRY_FIRST_MS;
      setConnection("live");
      var data;
      try { data = JSON.parse(message.data); } catch (err) { return; }
      fn(data);
      tick();
    };
  }

  function connect() {
    clearTimeout(state.retryTimer);
    state.retryTimer = null;
    state.openedAt = Date.now();
    var source = new EventSource(FEED_URL);
    state.source = source;
    source.addEventListener("snapshot", handler(onSnapshot));
    source.addEventListener("call", handler(onCall));
    source.addEventListener("waiting", handler(function (d) {
      drawWaiting(d.waiting);
      drawHistory(); // the footer may have grown or shrunk
    }));
    source.addEventListener("message", handler(function (d) {
      drawMessage(d.message);
      drawHistory(); // the footer may have grown or shrunk
    }));
    source.addEventListener("alive", handler(function () {}));
    source.onerror = function () {
      if (source !== state.source) return;
      if (source.readyState === EventSource.CLOSED) {
        // The browser gave up (an error page, a proxy's 502): try again ourselves, slower
        // and slower, until the server is back.
        setConnection("offline");
        scheduleRetry();
      } else {
        setConnection(state.lastNews === null ? "connecting" : "reconnecting");
      }
    };
  }

  function scheduleRetry() {
    if (state.retryTimer !== null) return;
    state.retryTimer = setTimeout(reconnect, state.retryMs);
    state.retryMs = Math.min(state.retryMs * 2, RETRY_MAX_MS);
  }

  function reconnect() {
    if (state.source) {
      state.source.onerror = null;
      state.source.close();
      state.source = null;
    }
    connect();
  }

  function start() {
    applyTexts();
    setConnection("connecting");
    drawCurrent();
    tick();
    setInterval(tick, 1000);
    window.addEventListener("resize", function () { drawCurrent(); drawHistory(); });
    document.addEventListener("click", unlockAudio);
    document.addEventListener("keydown", unlockAudio);
    showSound();
    connect();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

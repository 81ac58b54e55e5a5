// The simulator's chat page: long-polls the workspace as the current person sees it and draws it; what the person
// does goes to the simulator's JSON API, which turns it into the Events API request Slack would send the bot.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const esc = window.escapeHtml;
  const page = {
    me: localStorage.getItem("sim.me") || "U0ALICE",
    channel: localStorage.getItem("sim.channel") || "C0GENERAL",
    threadTs: null,
    data: null,
    poll: null,
  };

  // ---- talking to the simulator ---------------------------------------------------------------------------------

  async function call(path, body) {
    const res = await fetch(path, {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body || {}),
    });
    const text = await res.text();
    if (!res.ok) {
      let message = text;
      try { message = JSON.parse(text).title || text; } catch (e) { /* plain text error */ }
      throw new Error(message || res.statusText);
    }
    return text ? JSON.parse(text) : {};
  }

  // One long poll at a time; switching person restarts it so the answer is always for the current person.
  function startPolling() {
    if (page.poll) {
      page.poll.abort();
    }
    const controller = new AbortController();
    page.poll = controller;
    (async () => {
      let since = "";
      while (!controller.signal.aborted) {
        try {
          const url = `/sim/state?user=${encodeURIComponent(page.me)}&since=${encodeURIComponent(since)}`;
          const res = await fetch(url, {signal: controller.signal});
          if (res.status === 400) { // the person no longer exists (the simulator restarted): start over as alice
            switchPerson("U0ALICE");
            return;
          }
          if (!res.ok) {
            throw new Error(`HTTP ${res.status}`);
          }
          page.data = await res.json();
          since = page.data.version;
          render();
        } catch (e) {
          if (controller.signal.aborted) {
            return;
          }
          $("bot-status").textContent = "simulator not answering; retrying…";
          $("bot-status").className = "bot-status offline";
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    })();
  }

  function switchPerson(id) {
    page.me = id;
    localStorage.setItem("sim.me", id);
    page.threadTs = null;
    startPolling();
  }

  function openChannel(id) {
    page.channel = id;
    page.threadTs = null;
    localStorage.setItem("sim.channel", id);
    render();
    $("composer-input").focus();
  }

  function toast(message) {
    const t = $("toast");
    t.textContent = message;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, 5000);
  }

  // ---- drawing ---------------------------------------------------------------------------------------------------

  function lookups() {
    const users = {}, channels = {}, apps = {};
    page.data.users.forEach((u) => { users[u.id] = u; });
    page.data.channels.forEach((c) => { channels[c.id] = c; });
    page.data.apps.forEach((a) => { apps[a.bot] = a; });
    return {users, channels, apps, me: page.me, people: page.data.users.filter((u) => !u.isBot),
      channelList: page.data.channels};
  }

  // The app a DM is with, by the DM's bot.
  function dmApp(c, ctx) {
    return c && c.isIm ? ctx.apps[c.bot] || {name: (ctx.users[c.bot] || {}).name || "app"} : null;
  }

  function lastSeen(channel) {
    return localStorage.getItem(`sim.seen.${page.me}.${channel}`) || "0";
  }

  function markSeen(channel, list) {
    if (list.length) {
      localStorage.setItem(`sim.seen.${page.me}.${channel}`, list[list.length - 1].ts);
    }
  }

  function unread(channel) {
    const seen = Number(lastSeen(channel));
    return (page.data.messages[channel] || []).filter((m) => m.user !== page.me && Number(m.ts) > seen).length;
  }

  function render() {
    if (!page.data) {
      return;
    }
    const ctx = lookups();
    if (!ctx.channels[page.channel]) {
      page.channel = "C0GENERAL";
    }
    renderSidebar(ctx);
    renderConversation(ctx);
    renderThread(ctx);
    renderModal(ctx);
  }

  function renderSidebar(ctx) {
    const select = $("current-user");
    const people = page.data.users.filter((u) => !u.isBot);
    const options = people.map((u) =>
      `<option value="${esc(u.id)}"${u.id === page.me ? " selected" : ""}>${esc(u.name)} — ${esc(u.realName)}</option>`).join("");
    if (select.innerHTML !== options) {
      select.innerHTML = options;
    }
    const item = (c, label) => {
      const count = c.id === page.channel ? 0 : unread(c.id);
      const classes = ["channel", c.id === page.channel ? "active" : "", c.member ? "" : "not-member",
        count ? "unread" : ""].join(" ");
      const badge = count ? `<span class="badge">${count}</span>` : "";
      return `<li><a href="#" class="${classes}" data-channel="${esc(c.id)}">${label}${badge}</a></li>`;
    };
    $("channel-list").innerHTML = page.data.channels.filter((c) => !c.isIm)
      .map((c) => item(c, `<span class="hash">#</span>${esc(c.name)}`)).join("");
    // one DM per installed app, each with its own bot; opened on first click as in Slack
    $("dm-list").innerHTML = page.data.apps.map((a) => {
      const dm = page.data.channels.find((c) => c.isIm && c.bot === a.bot);
      const label = `<span class="presence${a.online ? "" : " away"}"></span>${esc(a.name)} <span class="app-badge">APP</span>`;
      return dm ? item(dm, label)
        : `<li><a href="#" class="channel" data-open-dm="${esc(a.name)}">${label}</a></li>`;
    }).join("");
    const status = $("bot-status");
    const waiting = page.data.apps.filter((a) => !a.online).map((a) => a.name);
    status.className = "bot-status " + (waiting.length ? "offline" : "online");
    status.textContent = !waiting.length
      ? (page.data.apps.length === 1 ? `${page.data.apps[0].name} is online` : "all apps are online")
      : `${waiting.join(", ")} ${waiting.length === 1 ? "has" : "have"} not connected yet (waiting for the consumer)`;
  }

  function renderConversation(ctx) {
    const c = ctx.channels[page.channel];
    const app = dmApp(c, ctx);
    $("conversation-title").innerHTML = c.isIm ? `${esc(app.name)} <span class="app-badge">APP</span>` : `#${esc(c.name)}`;
    $("conversation-meta").textContent = c.isIm ? "Direct message" : `${c.members} members`;
    $("composer").hidden = !c.member;
    $("join-banner").hidden = c.member;
    $("join-banner-name").textContent = `#${c.name}`;
    $("composer-input").placeholder = c.isIm ? `Message ${app.name}` : `Message #${c.name}`;
    const all = page.data.messages[c.id] || [];
    const top = all.filter((m) => !m.threadTs);
    const list = $("messages");
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 60;
    list.innerHTML = top.length ? top.map((m) => messageHtml(m, all, ctx, false)).join("")
      : `<div class="empty">This is the very beginning of ${c.isIm ? "your direct messages with " + esc(app.name)
        : "#" + esc(c.name)}. Try <code>@${esc(app ? app.name : page.data.apps[0].name)} help</code>`
        + `${commandHint()}.</div>`;
    if (atBottom || list.dataset.channel !== c.id) {
      list.scrollTop = list.scrollHeight;
    }
    list.dataset.channel = c.id;
    markSeen(c.id, all);
  }

  function renderThread(ctx) {
    const pane = $("thread");
    const all = page.data.messages[page.channel] || [];
    const parent = page.threadTs && all.find((m) => m.ts === page.threadTs);
    pane.hidden = !parent;
    if (!parent) {
      return;
    }
    const c = ctx.channels[page.channel];
    $("thread-channel").textContent = c.isIm ? dmApp(c, ctx).name : `#${c.name}`;
    $("thread-composer").hidden = !c.member;
    const replies = all.filter((m) => m.threadTs === parent.ts);
    const list = $("thread-messages");
    list.innerHTML = messageHtml(parent, all, ctx, true)
      + `<div class="thread-divider">${replies.length} ${replies.length === 1 ? "reply" : "replies"}</div>`
      + replies.map((m) => messageHtml(m, all, ctx, true)).join("");
    list.scrollTop = list.scrollHeight;
  }

  function messageHtml(m, all, ctx, inThread) {
    const user = ctx.users[m.user] || {name: m.user, isBot: false};
    const time = new Date(Number(m.ts) * 1000).toLocaleTimeString([], {hour: "2-digit", minute: "2-digit"});
    const replies = inThread ? [] : all.filter((r) => r.threadTs === m.ts);
    const classes = ["message", m.ephemeral ? "ephemeral" : "", user.isBot ? "from-bot" : ""].join(" ");
    return `<div class="${classes}" data-ts="${esc(m.ts)}" data-user="${esc(m.user)}">`
      + avatar(user)
      + `<div class="body">`
      + `<div class="meta"><span class="author">${esc(user.name)}</span>`
      + (user.isBot ? ` <span class="app-badge">APP</span>` : "")
      + ` <time>${esc(time)}</time></div>`
      + (m.ephemeral ? `<div class="ephemeral-note"><span aria-hidden="true">👁</span> Only visible to you</div>` : "")
      // with blocks, Slack shows the blocks; the text is only the notification's fallback
      + (Array.isArray(m.blocks) && m.blocks.length ? "" : `<div class="text">${window.mrkdwn(m.text, ctx)}</div>`)
      + attachmentsHtml(m.attachments, ctx)
      + window.blockKit.message(m.blocks, ctx)
      + filesHtml(m.files)
      + reactionsHtml(m)
      + (replies.length ? `<a href="#" class="replies" data-thread="${esc(m.ts)}">${replies.length} `
        + `${replies.length === 1 ? "reply" : "replies"}</a>` : "")
      + deliveryHtml(m.delivery)
      + `</div>`
      + (m.ephemeral ? "" : `<div class="actions">`
        + `<button type="button" class="add-reaction" data-ts="${esc(m.ts)}" title="Add reaction">☺＋</button>`
        + (inThread ? "" : `<button type="button" class="reply" data-thread="${esc(m.ts)}">Reply in thread</button>`)
        + `</div>`)
      + `</div>`;
  }

  function avatar(user) {
    if (user.id === "USLACKBOT") {
      return `<div class="avatar slackbot" aria-hidden="true">✱</div>`;
    }
    if (user.isBot) {
      return `<div class="avatar bot" aria-hidden="true">ʕ◔ϖ◔ʔ</div>`;
    }
    let hash = 0;
    for (const ch of user.id || "") {
      hash = (hash * 31 + ch.charCodeAt(0)) % 360;
    }
    return `<div class="avatar" style="background:hsl(${hash},55%,45%)" aria-hidden="true">`
      + `${esc((user.name || "?").charAt(0).toUpperCase())}</div>`;
  }

  function attachmentsHtml(attachments, ctx) {
    if (!Array.isArray(attachments)) {
      return "";
    }
    return attachments.map((a) => {
      const color = /^#?[0-9a-f]{3,6}$/i.test(a.color || "") ? (a.color.startsWith("#") ? a.color : "#" + a.color)
        : "#dddddd";
      const title = a.title ? `<div class="attachment-title">${a.title_link
        ? `<a href="${esc(a.title_link)}" target="_blank" rel="noopener noreferrer">${esc(a.title)}</a>` : esc(a.title)}</div>` : "";
      const text = a.text || (a.pretext ? "" : a.fallback) || "";
      return `<div class="attachment" style="border-left-color:${color}">`
        + (a.pretext ? `<div class="attachment-pretext">${window.mrkdwn(a.pretext, ctx)}</div>` : "")
        + title + (text ? `<div class="attachment-text">${window.mrkdwn(text, ctx)}</div>` : "")
        + (a.footer ? `<div class="attachment-footer">${esc(a.footer)}</div>` : "") + `</div>`;
    }).join("");
  }

  function filesHtml(files) {
    if (!Array.isArray(files)) {
      return "";
    }
    return `<div class="files">` + files.map((f) => `<a class="file" href="${esc(f.download)}" download="${esc(f.name)}"`
      + ` title="${esc(f.name)}"><span class="file-icon" aria-hidden="true">${esc((f.filetype || "file").slice(0, 4))}</span>`
      + `<span class="file-name">${esc(f.title || f.name)}</span><span class="file-size">${size(f.size)}</span></a>`)
      .join("") + `</div>`;
  }

  function size(bytes) {
    return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} kB`
      : `${bytes || 0} B`;
  }

  // "Try /desk" under an empty conversation, when apps have commands.
  function commandHint() {
    const commands = page.data.apps.flatMap((a) => a.commands);
    return commands.length ? ` or <code>${esc(commands[0])} help</code>` : "";
  }

  function reactionsHtml(m) {
    if (!m.reactions || !m.reactions.length) {
      return "";
    }
    const ctx = lookups();
    return `<div class="reactions">` + m.reactions.map((r) => {
      const glyph = window.emojiFor(r.name);
      const who = r.users.map((u) => (ctx.users[u] ? ctx.users[u].name : u)).join(", ");
      const mine = r.users.includes(page.me) ? " mine" : "";
      const face = glyph ? `<span class="emoji${window.isTextEmoji(r.name) ? " text-emoji" : ""}">${esc(glyph)}</span>`
        : `<span class="emoji text-emoji">:${esc(r.name)}:</span>`;
      return `<button type="button" class="reaction${mine}" data-emoji="${esc(r.name)}" data-ts="${esc(m.ts)}"`
        + ` title=":${esc(r.name)}: by ${esc(who)}">${face}<span class="count">${r.users.length}</span></button>`;
    }).join("") + `</div>`;
  }

  function deliveryHtml(d) {
    if (!d || d.state === "delivered" || (d.state === "sending" && d.attempts === 1)) {
      return "";
    }
    const to = page.data.apps.length > 1 ? ` to ${esc(d.app)}` : "";
    if (d.state === "failed") {
      return `<div class="delivery failed">⚠ Not delivered${to || " to the bot"}: ${esc(d.problem)} `
        + `(gave up after ${d.attempts} attempts)</div>`;
    }
    if (d.state === "retrying") {
      const secs = Math.max(0, Math.round((d.nextAttempt - Date.now()) / 1000));
      return `<div class="delivery retrying">⟳ Gateway did not take it${to} (${esc(d.problem)}); `
        + `Slack retries ${secs ? "in " + secs + " s" : "now"} (attempt ${d.attempts + 1})</div>`;
    }
    return `<div class="delivery retrying">⟳ Delivering (attempt ${d.attempts})…</div>`;
  }

  // ---- actions ---------------------------------------------------------------------------------------------------

  async function send(input, threadTs) {
    const text = input.value.trim();
    if (!text) {
      return;
    }
    input.value = "";
    hideCommandHints();
    try {
      if (text.startsWith("/") && !text.startsWith("//")) {
        // a slash command goes to the app that owns it, not into the channel
        await call("/sim/commands", {user: page.me, channel: page.channel, text});
      } else {
        await call("/sim/messages", {user: page.me, channel: page.channel, text, threadTs});
      }
    } catch (e) {
      input.value = text;
      toast(e.message);
    }
  }

  function composer(form, input, threadTs) {
    form.addEventListener("submit", (e) => { e.preventDefault(); send(input, threadTs()); });
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        send(input, threadTs());
      }
    });
  }

  async function react(ts, name) {
    try {
      await call("/sim/reactions", {user: page.me, channel: page.channel, ts, name});
    } catch (e) {
      toast(e.message);
    }
  }

  function showPicker(button) {
    const picker = $("reaction-picker");
    picker.innerHTML = window.QUICK_REACTIONS.map((n) =>
      `<button type="button" data-pick="${esc(n)}" title=":${esc(n)}:">${esc(window.emojiFor(n))}</button>`).join("");
    const r = button.getBoundingClientRect();
    picker.style.top = `${window.scrollY + r.bottom + 4}px`;
    picker.style.left = `${Math.max(8, r.right - 320)}px`;
    picker.dataset.ts = button.dataset.ts;
    picker.hidden = false;
  }

  // ---- Block Kit: clicks in messages and modals ---------------------------------------------------------------

  async function clickInMessage(el, value) {
    const message = el.closest(".message[data-ts]");
    try {
      const res = await call("/sim/actions", {user: page.me, channel: page.channel, ts: message.dataset.ts,
        block: Number(el.dataset.block), element: Number(el.dataset.element), value});
      if (!res.ok) {
        toast(res.problem);
      }
    } catch (err) {
      toast(err.message);
    }
  }

  async function clickInModal(el, value) {
    const m = page.data.modal;
    try {
      const res = await call(`/sim/views/${encodeURIComponent(m.id)}/actions`, {user: page.me,
        block: Number(el.dataset.block), element: Number(el.dataset.element), value,
        inputs: window.blockKit.collect($("modal-body"))});
      if (!res.ok) {
        toast(res.problem);
      }
    } catch (err) {
      toast(err.message);
    }
  }

  function renderModal(ctx) {
    const m = page.data.modal;
    const backdrop = $("modal-backdrop");
    if (!m) {
      backdrop.hidden = true;
      page.modalView = null;
      return;
    }
    const viewKey = `${m.id}|${m.view.hash}`;
    const errors = m.errors || {};
    if (page.modalView !== viewKey) {
      // a new or changed view: draw it all (what was typed into an earlier view is gone, as in Slack)
      page.modalView = viewKey;
      $("modal-app").textContent = m.app;
      $("modal-title").textContent = window.blockKit.plain(m.view.title) || m.app;
      $("modal-body").innerHTML = window.blockKit.modal(m.view, ctx, errors);
      $("modal-submit").hidden = !m.view.submit;
      $("modal-submit").textContent = window.blockKit.plain(m.view.submit) || "Submit";
      $("modal-cancel").textContent = window.blockKit.plain(m.view.close) || (m.view.submit ? "Cancel" : "Close");
      backdrop.hidden = false;
      const first = $("modal-body").querySelector("input, textarea, select");
      if (first) {
        first.focus();
      }
    } else {
      // the same view with new errors: keep what the person typed, mark the fields
      $("modal-body").querySelectorAll(".field[data-block-id]").forEach((f) => {
        const error = errors[f.dataset.blockId];
        f.classList.toggle("has-error", Boolean(error));
        let line = f.querySelector(".field-error");
        if (error && !line) {
          line = document.createElement("div");
          line.className = "field-error";
          f.appendChild(line);
        }
        if (line) {
          line.textContent = error || "";
          line.hidden = !error;
        }
      });
    }
    $("modal-error").hidden = !m.generalError;
    $("modal-error").textContent = m.generalError || "";
    $("modal-submit").disabled = false;
  }

  async function submitModal() {
    const m = page.data.modal;
    $("modal-submit").disabled = true;
    try {
      const res = await call(`/sim/views/${encodeURIComponent(m.id)}/submit`,
        {user: page.me, inputs: window.blockKit.collect($("modal-body"))});
      if (!res.ok) {
        toast(res.problem);
      }
    } catch (err) {
      toast(err.message);
    } finally {
      $("modal-submit").disabled = false;
    }
  }

  async function closeModal(all) {
    const m = page.data.modal;
    try {
      await call(`/sim/views/${encodeURIComponent(m.id)}/close`, {user: page.me, all});
    } catch (err) {
      toast(err.message);
    }
  }

  // ---- slash command hints and the profile ----------------------------------------------------------------------

  function showCommandHints(input) {
    const typed = input.value;
    const hints = $("command-hints");
    if (!typed.startsWith("/") || /\s/.test(typed)) {
      hints.hidden = true;
      return;
    }
    const matching = page.data.apps.flatMap((a) => a.commands.map((c) => ({c, app: a.name})))
      .filter((x) => x.c.startsWith(typed.toLowerCase()));
    hints.innerHTML = matching.map((x) => `<button type="button" data-command="${esc(x.c)}">`
      + `<b>${esc(x.c)}</b> <span>${esc(x.app)}</span></button>`).join("");
    hints.hidden = !matching.length;
  }

  function hideCommandHints() {
    $("command-hints").hidden = true;
  }

  function openProfile() {
    const me = page.data.users.find((u) => u.id === page.me);
    const form = $("profile-form");
    form.realName.value = me.realName || "";
    form.displayName.value = me.displayName || "";
    form.title.value = me.title || "";
    form.statusText.value = me.statusText || "";
    form.statusEmoji.value = me.statusEmoji || "";
    $("profile-backdrop").hidden = false;
    form.realName.focus();
  }

  document.addEventListener("change", (e) => {
    const select = e.target.closest("select.block-select");
    if (!select || !select.value) {
      return;
    }
    if (select.closest("#modal-body")) {
      clickInModal(select, select.value);
    } else {
      clickInMessage(select, select.value);
    }
  });

  document.addEventListener("click", async (e) => {
    const button = e.target.closest("button.block-button");
    if (button) {
      e.preventDefault();
      if (button.closest("#modal-body")) {
        await clickInModal(button, null);
      } else {
        await clickInMessage(button, null);
      }
      return;
    }
    const hint = e.target.closest("[data-command]");
    if (hint) {
      $("composer-input").value = hint.dataset.command + " ";
      hideCommandHints();
      $("composer-input").focus();
      return;
    }
    const t = e.target.closest("[data-channel],[data-open-dm],[data-thread],.reaction,.add-reaction,[data-pick]");
    if (!t) {
      if (!e.target.closest("#reaction-picker")) {
        $("reaction-picker").hidden = true;
      }
      return;
    }
    e.preventDefault();
    if (t.dataset.pick) {
      $("reaction-picker").hidden = true;
      await react($("reaction-picker").dataset.ts, t.dataset.pick);
    } else if (t.classList.contains("add-reaction")) {
      showPicker(t);
    } else if (t.classList.contains("reaction")) {
      await react(t.dataset.ts, t.dataset.emoji);
    } else if (t.dataset.thread) {
      page.threadTs = t.dataset.thread;
      render();
      $("thread-input").focus();
    } else if (t.dataset.openDm) {
      try {
        openChannel((await call("/sim/dms", {user: page.me, app: t.dataset.openDm})).channel);
      } catch (err) {
        toast(err.message);
      }
    } else if (t.dataset.channel) {
      openChannel(t.dataset.channel);
    }
  });

  $("current-user").addEventListener("change", (e) => switchPerson(e.target.value));
  $("close-thread").addEventListener("click", () => { page.threadTs = null; render(); });
  $("join-workspace").addEventListener("click", async () => {
    try {
      const user = await call("/sim/users", {});
      page.channel = "C0GENERAL";
      switchPerson(user.id);
      toast(`You are now ${user.name}, who just joined the workspace. Watch for a DM from the apps.`);
    } catch (e) {
      toast(e.message);
    }
  });
  $("join-channel").addEventListener("click", async () => {
    try {
      await call(`/sim/channels/${encodeURIComponent(page.channel)}/join`, {user: page.me});
    } catch (e) {
      toast(e.message);
    }
  });
  $("modal-submit").addEventListener("click", submitModal);
  $("modal-cancel").addEventListener("click", () => closeModal(false));
  $("modal-x").addEventListener("click", () => closeModal(true));
  $("edit-profile").addEventListener("click", openProfile);
  $("profile-cancel").addEventListener("click", () => { $("profile-backdrop").hidden = true; });
  $("profile-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const f = e.target;
    try {
      await call("/sim/profile", {user: page.me, realName: f.realName.value, displayName: f.displayName.value,
        title: f.title.value, statusText: f.statusText.value, statusEmoji: f.statusEmoji.value});
      $("profile-backdrop").hidden = true;
      toast("Profile saved: the apps get a user_change event.");
    } catch (err) {
      toast(err.message);
    }
  });
  $("composer-input").addEventListener("input", (e) => showCommandHints(e.target));
  composer($("composer"), $("composer-input"), () => null);
  composer($("thread-composer"), $("thread-input"), () => page.threadTs);
  // retry countdowns tick without waiting for the next change
  setInterval(() => { if (document.querySelector(".delivery.retrying")) { render(); } }, 1000);

  startPolling();
})();

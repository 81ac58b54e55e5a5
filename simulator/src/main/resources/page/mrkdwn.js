// Draws Slack's message markup ("mrkdwn") as HTML: <@U…> mentions, <#C…|name> channels, <!here>, links,
// *bold*, _italic_, ~strike~, `code`, ```blocks```, > quotes and :emoji:. Slack sends &, < and > escaped.
"use strict";
(function () {
  const escapeHtml = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  const unescapeSlack = (s) => String(s).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

  function emojiHtml(name) {
    const glyph = window.emojiFor(name);
    if (!glyph) {
      return null;
    }
    const cls = window.isTextEmoji(name) ? "emoji text-emoji" : "emoji";
    return `<span class="${cls}" title=":${escapeHtml(name)}:">${escapeHtml(glyph)}</span>`;
  }

  // Formatting of plain text (already HTML-escaped): code spans first so their content stays literal.
  function inline(escaped) {
    const codes = [];
    let s = escaped.replace(/`([^`\n]+)`/g, (_, code) => {
      codes.push(`<code>${code}</code>`);
      return `\u0000${codes.length - 1}\u0000`;
    });
    s = s.replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s.,!?;:)])/g, "$1<b>$2</b>")
      .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s.,!?;:)])/g, "$1<i>$2</i>")
      .replace(/(^|[\s(])~([^~\n]+)~(?=$|[\s.,!?;:)])/g, "$1<s>$2</s>")
      .replace(/:([a-z0-9_+'-]+):/g, (whole, name) => emojiHtml(name) || whole);
    return s.replace(/\u0000(\d+)\u0000/g, (_, i) => codes[Number(i)]);
  }

  function markup(inner, ctx) {
    if (inner.startsWith("@")) {
      const [id, label] = inner.slice(1).split("|");
      const user = ctx.users[id];
      const name = user ? user.name : (label || id);
      return `<span class="mention${id === ctx.me ? " mention-me" : ""}">@${escapeHtml(name)}</span>`;
    }
    if (inner.startsWith("#")) {
      const [id, label] = inner.slice(1).split("|");
      const name = label || (ctx.channels[id] && ctx.channels[id].name) || id;
      return `<a class="channel-link" href="#" data-channel="${escapeHtml(id)}">#${escapeHtml(name)}</a>`;
    }
    if (inner.startsWith("!")) {
      const [cmd, label] = inner.slice(1).split("|");
      const name = label || "@" + cmd.split("^")[0];
      return `<span class="mention">${escapeHtml(name)}</span>`;
    }
    const [url, label] = inner.split("|");
    const href = unescapeSlack(url);
    if (!/^(https?:|mailto:)/i.test(href)) {
      return escapeHtml(unescapeSlack(inner));
    }
    return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(unescapeSlack(label || url))}</a>`;
  }

  function paragraph(text, ctx) {
    let out = "";
    let last = 0;
    const re = /<([^<>\n]+)>/g;
    let m;
    while ((m = re.exec(text)) !== null) {
      out += inline(escapeHtml(unescapeSlack(text.slice(last, m.index))));
      out += markup(m[1], ctx);
      last = re.lastIndex;
    }
    out += inline(escapeHtml(unescapeSlack(text.slice(last))));
    return out;
  }

  function lines(text, ctx) {
    const out = [];
    let quote = [];
    const flush = () => {
      if (quote.length) {
        out.push(`<blockquote>${quote.join("<br>")}</blockquote>`);
        quote = [];
      }
    };
    for (const line of text.split("\n")) {
      const q = line.match(/^(&gt;|>)\s?(.*)$/);
      if (q) {
        quote.push(paragraph(q[2], ctx));
      } else {
        flush();
        out.push(paragraph(line, ctx));
      }
    }
    flush();
    return out.join("<br>").replace(/<br>(<blockquote>)/g, "$1").replace(/(<\/blockquote>)<br>/g, "$1");
  }

  // ctx: { users: {id: user}, channels: {id: channel}, me: userId }
  window.mrkdwn = function (text, ctx) {
    const parts = String(text || "").split("```");
    return parts.map((part, i) => i % 2 === 1
      ? `<pre>${escapeHtml(unescapeSlack(part.replace(/^\n/, "")))}</pre>`
      : lines(part, ctx)).join("");
  };
  window.escapeHtml = escapeHtml;
})();

// Block Kit on the page: message blocks (sections with fields and an accessory, headers, context, dividers,
// images, buttons and selects in actions blocks) and modals (the same, plus input blocks with text inputs, selects,
// radio buttons, checkboxes, date and time pickers). Interactive elements carry their block and element position;
// app.js sends a click with those, and the simulator finds the element in what the app sent.
"use strict";
(function () {
  const esc = window.escapeHtml;

  function plain(t) {
    return t && t.text ? esc(t.text) : "";
  }

  // A text object: mrkdwn is drawn as a message is, plain_text as it is.
  function text(t, ctx) {
    if (!t || !t.text) {
      return "";
    }
    return t.type === "mrkdwn" ? window.mrkdwn(t.text, ctx) : esc(t.text);
  }

  function options(element) {
    const all = [...(element.options || [])];
    (element.option_groups || []).forEach((g) => all.push(...(g.options || [])));
    return all;
  }

  function button(e, pos) {
    const style = e.style === "primary" || e.style === "danger" ? ` ${e.style}` : "";
    return `<button type="button" class="block-button${style}" ${pos}`
      + ` data-action-id="${esc(e.action_id || "")}">${plain(e.text) || "button"}</button>`;
  }

  // A select in a message or an actions block: choosing an option is the click.
  function actionSelect(e, pos, ctx) {
    const opts = selectOptions(e, ctx);
    return `<select class="block-select" ${pos} data-action-id="${esc(e.action_id || "")}">`
      + `<option value="">${plain(e.placeholder) || "Select an item"}</option>${opts}</select>`;
  }

  function selectOptions(e, ctx, selected) {
    const chosen = selected || [];
    const opt = (value, label) => `<option value="${esc(value)}"${chosen.includes(value) ? " selected" : ""}>`
      + `${label}</option>`;
    switch (e.type) {
      case "users_select": case "multi_users_select":
        return ctx.people.map((u) => opt(u.id, esc(u.name))).join("");
      case "conversations_select": case "channels_select":
      case "multi_conversations_select": case "multi_channels_select":
        return ctx.channelList.filter((c) => !c.isIm).map((c) => opt(c.id, "#" + esc(c.name))).join("");
      default:
        return options(e).map((o) => opt(o.value, plain(o.text))).join("");
    }
  }

  function interactive(e, pos, ctx) {
    if (!e || !e.type) {
      return "";
    }
    if (e.type === "button") {
      return button(e, pos);
    }
    if (e.type.endsWith("select") && !e.type.startsWith("multi_")) {
      return actionSelect(e, pos, ctx);
    }
    if (e.type === "image") {
      return `<img class="block-accessory-image" src="${esc(e.image_url || "")}" alt="${esc(e.alt_text || "")}">`;
    }
    return "";
  }

  // One block; `where` is "message" or "modal", `state` the modal's errors by block id.
  function block(b, i, ctx, where, errors) {
    const pos = (j) => `data-block="${i}" data-element="${j}"`;
    switch (b.type) {
      case "header":
        return `<div class="block-header">${plain(b.text)}</div>`;
      case "section":
        return `<div class="block-section"><div class="block-section-body">${text(b.text, ctx)}`
          + (Array.isArray(b.fields) ? `<div class="block-fields">${b.fields.map((f) =>
            `<div>${text(f, ctx)}</div>`).join("")}</div>` : "")
          + `</div>${b.accessory ? `<div class="block-accessory">${interactive(b.accessory, pos(0), ctx)}</div>` : ""}`
          + `</div>`;
      case "context":
        return `<div class="block-context">${(b.elements || []).map((e) => (e.type === "image"
          ? `<img src="${esc(e.image_url || "")}" alt="${esc(e.alt_text || "")}">` : text(e, ctx))).join(" ")}</div>`;
      case "divider":
        return `<hr>`;
      case "image":
        return `<figure class="block-image">${b.title ? `<figcaption>${plain(b.title)}</figcaption>` : ""}`
          + `<img src="${esc(b.image_url || "")}" alt="${esc(b.alt_text || "")}"></figure>`;
      case "actions":
        return `<div class="block-actions">${(b.elements || []).map((e, j) => interactive(e, pos(j), ctx)).join("")}</div>`;
      case "input":
        return where === "modal" ? input(b, ctx, errors) : "";
      case "rich_text":
        return `<div class="block-section">${esc(richText(b))}</div>`;
      default:
        return "";
    }
  }

  function richText(b) {
    const parts = [];
    const walk = (n) => {
      if (n.text) { parts.push(n.text); }
      (n.elements || []).forEach(walk);
    };
    walk(b);
    return parts.join("");
  }

  // An input block of a modal: a label, the element, a hint, and the app's error under it.
  function input(b, ctx, errors) {
    const e = b.element || {};
    const id = b.block_id || "";
    const action = e.action_id || "";
    const error = errors && errors[id];
    const name = `${id}/${action}`;
    let control;
    switch (e.type) {
      case "plain_text_input":
        control = e.multiline
          ? `<textarea rows="4" placeholder="${esc(plain(e.placeholder))}">${esc(e.initial_value || "")}</textarea>`
          : `<input type="text" placeholder="${esc(plain(e.placeholder))}" value="${esc(e.initial_value || "")}">`;
        break;
      case "email_text_input": case "url_text_input": case "number_input": {
        const type = {email_text_input: "email", url_text_input: "url", number_input: "number"}[e.type];
        control = `<input type="${type}" placeholder="${esc(plain(e.placeholder))}"`
          + ` value="${esc(e.initial_value || "")}">`;
        break;
      }
      case "datepicker":
        control = `<input type="date" value="${esc(e.initial_date || "")}">`;
        break;
      case "timepicker":
        control = `<input type="time" value="${esc(e.initial_time || "")}">`;
        break;
      case "radio_buttons": case "checkboxes": {
        const type = e.type === "radio_buttons" ? "radio" : "checkbox";
        const initial = e.type === "radio_buttons" ? [e.initial_option && e.initial_option.value]
          : (e.initial_options || []).map((o) => o.value);
        control = `<div class="choices">${options(e).map((o) => `<label class="choice"><input type="${type}"`
          + ` name="${esc(name)}" value="${esc(o.value)}"${initial.includes(o.value) ? " checked" : ""}>`
          + ` ${text(o.text, ctx)}</label>`).join("")}</div>`;
        break;
      }
      default:
        if (e.type && e.type.endsWith("select")) {
          const multi = e.type.startsWith("multi_");
          const initial = [e.initial_option && e.initial_option.value, e.initial_user, e.initial_conversation,
            e.initial_channel, ...(e.initial_options || []).map((o) => o.value), ...(e.initial_users || [])]
            .filter(Boolean);
          control = `<select${multi ? " multiple" : ""}>${multi ? ""
            : `<option value="">${plain(e.placeholder) || "Select an item"}</option>`}`
            + `${selectOptions(e, ctx, initial)}</select>`;
        } else {
          control = `<div class="unsupported">(${esc(e.type || "unknown")} is not simulated)</div>`;
        }
    }
    return `<div class="field${error ? " has-error" : ""}" data-block-id="${esc(id)}" data-action-id="${esc(action)}"`
      + ` data-type="${esc(e.type || "")}">`
      + `<label class="field-label">${plain(b.label)}${b.optional ? ` <span class="optional">(optional)</span>` : ""}</label>`
      + control
      + (b.hint ? `<div class="field-hint">${plain(b.hint)}</div>` : "")
      + (error ? `<div class="field-error">${esc(error)}</div>` : "")
      + `</div>`;
  }

  // What the modal's inputs hold now, as the simulator wants it: {block_id: {action_id: value}}.
  function collect(root) {
    const inputs = {};
    root.querySelectorAll(".field[data-block-id]").forEach((f) => {
      const type = f.dataset.type;
      let value = null;
      if (type === "checkboxes") {
        value = [...f.querySelectorAll("input:checked")].map((i) => i.value);
      } else if (type === "radio_buttons") {
        const checked = f.querySelector("input:checked");
        value = checked ? checked.value : null;
      } else if (type.startsWith("multi_")) {
        value = [...f.querySelector("select").selectedOptions].map((o) => o.value);
      } else {
        const control = f.querySelector("input, textarea, select");
        value = control ? control.value : null;
      }
      (inputs[f.dataset.blockId] = inputs[f.dataset.blockId] || {})[f.dataset.actionId] = value;
    });
    return inputs;
  }

  window.blockKit = {
    message(blocks, ctx) {
      if (!Array.isArray(blocks)) {
        return "";
      }
      return `<div class="blocks">${blocks.map((b, i) => block(b, i, ctx, "message")).join("")}</div>`;
    },
    modal(view, ctx, errors) {
      return (view.blocks || []).map((b, i) => block(b, i, ctx, "modal", errors)).join("");
    },
    plain,
    collect,
  };
})();

// The workbench's views: the review files, one article beside its candidates, and the likely
// duplicate entities. The address's fragment says which (#source=NAME, #duplicates).
"use strict";

const state = { article: null, current: null, notes: new Map(), editing: null };
const $ = (selector) => document.querySelector(selector);

function status(text) {
  $("#status").textContent = text || "";
}

function show(view) {
  for (const id of ["reviews-view", "source-view", "duplicates-view"]) {
    $(`#${id}`).hidden = id !== view;
  }
}

async function route() {
  document.body.dataset.ready = "false";
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith("source=")) await openSource(hash.slice(7));
  else if (hash === "duplicates") await openDuplicates();
  else await openReviews();
  document.body.dataset.ready = "true";
}

// ------------------------------------------------------------------ review files

async function openReviews() {
  show("reviews-view");
  const answer = await api("api/reviews");
  if (!answer.ok) return status(answer.data.error);
  $("#reviews tbody").replaceChildren(...answer.data.reviews.map((r) => el("tr", {},
    el("td", {}, el("a", { href: `#source=${encodeURIComponent(r.name)}` }, r.name)),
    el("td", {}, r.title || ""), el("td", {}, r.article_date || ""),
    el("td", {}, r.candidates), el("td", {}, r.pending), el("td", {}, r.accepted),
    el("td", {}, r.rejected))));
  status(`${answer.data.reviews.length} review files`);
}

// ------------------------------------------------------------------ one article

async function openSource(name) {
  show("source-view");
  const answer = await api(`api/source/${encodeURIComponent(name)}`);
  if (!answer.ok) {
    $("#article-title").textContent = answer.data.error;
    return;
  }
  state.notes.clear();
  $("#notice").hidden = true;
  $("#new-claim").hidden = true;
  renderArticle(answer.data);
}

function renderArticle(article) {
  state.article = article;
  state.editing = null;
  $("#article-title").textContent = article.title || article.name;
  renderText(article);
  renderCandidates(article);
  const pending = article.candidates.filter((c) => c.status === "pending").length;
  status(`${article.name}: ${article.candidates.length} candidates, ${pending} pending`);
  if (state.current !== null) mark(state.current, false);
}

// The text cut at every end of an evidence span; a piece inside spans is a <mark> naming
// its candidates. The container holds nothing but the text, so offsets in its textContent
// are offsets in the article.
function renderText(article) {
  const text = article.text;
  const cuts = new Set([0, text.length]);
  const spans = [];
  for (const c of article.candidates) {
    for (const [start, end] of c.spans) {
      spans.push({ start, end, number: c.number, status: c.status });
      cuts.add(start);
      cuts.add(end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const inside = spans.filter((s) => s.start <= start && end <= s.end);
    const piece = text.slice(start, end);
    if (!inside.length) {
      pieces.push(piece);
      continue;
    }
    const statuses = new Set(inside.map((s) => s.status));
    const cls = statuses.has("pending") ? "pending" : statuses.has("accepted") ? "accepted" : "rejected";
    pieces.push(el("mark", { className: cls,
      dataset: { candidates: inside.map((s) => s.number).join(" ") } }, piece));
  }
  $("#article").replaceChildren(...pieces);
}

function renderCandidates(article) {
  $("#candidates").replaceChildren(...article.candidates.map((c) => candidateCard(c)));
}

function candidateCard(c) {
  const fact = el("div", { className: "fact", onclick: () => mark(c.number, true) },
    `${c.number}. `, c.subject,
    el("span", { className: "relation" }, (c.negated ? "NOT " : "") + c.relation),
    c.object);
  if (c.negated) fact.querySelector(".relation").classList.add("negated");
  const details = [
    c.date ? `${c.date} (${c.date_precision})` : null,
    c.date_expression ? `“${c.date_expression}”` : null,
    c.attributed_to ? `per ${c.attributed_to}` : null,
    Object.keys(c.qualifiers || {}).length
      ? Object.entries(c.qualifiers).map(([k, v]) => `${k}: ${v}`).join(", ") : null,
    `confidence ${c.confidence}`, c.pattern ? `cue “${c.pattern}”` : null,
  ].filter(Boolean).join(" · ");
  const card = el("li", { className: `candidate ${c.status}`, id: `candidate-${c.number}`,
    dataset: { number: c.number, status: c.status } },
  el("span", { className: "status-tag" }, c.status),
  fact, el("div", { className: "meta" }, details),
  el("div", { className: "evidence" }, `“${c.evidence}”`));
  if (c.claim) card.append(el("div", { className: "meta claim" }, `claim ${c.claim}`));
  const note = state.notes.get(c.number);
  if (note) card.append(noteElement(note));
  if (c.status !== "accepted") {
    card.append(el("div", { className: "actions" },
      el("button", { type: "button", className: "accept", onclick: () => decide(c, "accept") },
        "Accept"),
      c.status === "pending" ? el("button", { type: "button", className: "reject",
        onclick: () => decide(c, "reject") }, "Reject") : null,
      el("button", { type: "button", className: "edit", onclick: () => edit(c, card) }, "Edit")));
  }
  return card;
}

function noteElement(note) {
  if (note.problems) {
    return el("ul", { className: "problems" }, note.problems.map((p) => el("li", {}, p)));
  }
  if (note.error) return el("p", { className: "problem" }, note.error);
  return el("p", { className: "note" }, note.text, note.map ? " " : null,
    note.map ? el("a", { className: "map", href: note.map, target: "_blank",
      rel: "noopener noreferrer" }, "Map of the new ties") : null);
}

// Scroll to the candidate's evidence and mark it; `fromCard` scrolls the article.
function mark(number, fromCard) {
  state.current = number;
  for (const node of document.querySelectorAll(".current")) node.classList.remove("current");
  const marks = document.querySelectorAll(`#article mark[data-candidates~="${number}"]`);
  for (const node of marks) node.classList.add("current");
  const card = document.getElementById(`candidate-${number}`);
  if (card) card.classList.add("current");
  if (fromCard && marks.length) marks[0].scrollIntoView({ block: "center", behavior: "instant" });
  if (!fromCard && card) card.scrollIntoView({ block: "nearest", behavior: "instant" });
}

$("#article").addEventListener("click", (event) => {
  const node = event.target.closest("mark");
  if (node && window.getSelection().isCollapsed) {
    mark(Number(node.dataset.candidates.split(" ")[0]), false);
  }
});

function showResult(number, answer) {
  if (!answer.ok) {
    state.notes.set(number, answer.data.problems
      ? { problems: answer.data.problems } : { error: answer.data.error });
    const card = document.getElementById(`candidate-${number}`);
    if (card) {
      card.querySelector(".problems, .problem, .note")?.remove();
      // beside the claim, above its buttons and an open form
      card.querySelector(".evidence").after(noteElement(state.notes.get(number)));
      card.classList.add("failed");
    }
    status(answer.data.problems ? "Validation failed: nothing was written" : answer.data.error);
    return false;
  }
  const accepted = (answer.data.accepted || []).find((a) => a.number === number);
  if (accepted) {
    state.notes.set(number, { text: `Accepted as ${accepted.claim}; written to ` +
      `${answer.data.written.join(", ")} and the store rebuilt.`, map: answer.data.map });
  }
  renderArticle(answer.data.article);
  if (accepted && answer.data.map) {
    const notice = $("#notice");
    notice.replaceChildren(`Candidate ${number} accepted. `,
      el("a", { className: "map", href: answer.data.map, target: "_blank",
        rel: "noopener noreferrer" }, "Open the map centred on the new ties"));
    notice.hidden = false;
  }
  return true;
}

async function decide(c, action, changes) {
  status(action === "accept" ? "Validating and writing…" : "Saving…");
  const body = { action };
  if (changes) body.changes = changes;
  const answer = await api(`api/source/${encodeURIComponent(state.article.name)}/candidates/${c.number}`, body);
  if (showResult(c.number, answer) && action === "reject") status(`Candidate ${c.number} rejected`);
}

function edit(c, card) {
  if (state.editing) state.editing.remove();
  const form = el("form", { className: "claim-form edit-form" });
  const fields = claimForm(form, state.article.name, c);
  const save = (action) => (event) => {
    event.preventDefault();
    decide(c, action, fields.fields());
  };
  form.append(el("div", { className: "actions wide" },
    el("button", { type: "button", className: "primary save", onclick: save("edit") }, "Save"),
    el("button", { type: "button", className: "accept save-accept", onclick: save("accept") },
      "Save and accept"),
    el("button", { type: "button", onclick: () => { form.remove(); state.editing = null; } },
      "Cancel")));
  form.addEventListener("submit", (event) => event.preventDefault());
  card.append(form);
  state.editing = form;
}

// ------------------------------------------------------------------ a claim from a selection

function selectionOffsets() {
  const selection = window.getSelection();
  const container = $("#article");
  if (!selection.rangeCount || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
    return null;
  }
  const offset = (node, at) => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, at);
    return before.toString().length;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  return end > start ? { start, end, quote: state.article.text.slice(start, end) } : null;
}

$("#article").addEventListener("mouseup", () => {
  const chosen = selectionOffsets();
  if (chosen && chosen.quote.trim()) newClaim(chosen);
});

async function newClaim(chosen) {
  const form = $("#new-claim");
  form.hidden = false;
  const fields = claimForm(form, state.article.name, null);
  const mentions = el("div", { className: "mentions" }, "looking for names…");
  const problems = el("div", { className: "wide form-problems" });
  form.prepend(el("p", { className: "wide" }, "New claim from the selection: ",
    el("span", { className: "quote" }, chosen.quote.trim())),
  el("label", {}, "Mentioned"), mentions);
  const add = (accept) => async () => {
    const answer = await api(`api/source/${encodeURIComponent(state.article.name)}/claims`,
      { start: chosen.start, end: chosen.end, quote: chosen.quote, fields: fields.fields(), accept });
    if (answer.ok) {
      form.hidden = true;
      form.replaceChildren();
      if (accept) showResult(answer.data.number, answer);
      else renderArticle(answer.data.article);
      mark(answer.data.number, true);
      status(`Candidate ${answer.data.number} added`);
    } else if (answer.data.article) {
      showResult(answer.data.number, answer);
    } else {
      problems.replaceChildren(noteElement(answer.data.problems
        ? { problems: answer.data.problems } : { error: answer.data.error }));
    }
  };
  form.append(problems, el("div", { className: "actions wide" },
    el("button", { type: "button", className: "primary add-claim", onclick: add(false) },
      "Add claim"),
    el("button", { type: "button", className: "accept add-accept", onclick: add(true) },
      "Add and accept"),
    el("button", { type: "button", onclick: () => { form.hidden = true; } }, "Cancel")));
  form.scrollIntoView({ block: "nearest" });
  const answer = await api(`api/source/${encodeURIComponent(state.article.name)}/suggest`,
    { start: chosen.start, end: chosen.end });
  if (!answer.ok) {
    mentions.textContent = answer.data.error;
    return;
  }
  const found = answer.data.mentions;
  mentions.replaceChildren(...(found.length ? found.map((m) => el("span", { className: "mention" },
    m.label, el("span", { className: "cls" }, shortClass(m.class) + (m.new ? ", new" : "")),
    el("button", { type: "button", title: "as subject",
      onclick: () => fields.subject.set(mentionValue(m)) }, "S"),
    el("button", { type: "button", title: "as object",
      onclick: () => fields.object.set(mentionValue(m)) }, "O"))) : ["no names found"]));
  if (found[0]) fields.subject.set(mentionValue(found[0]));
  const other = found.find((m) => m.key !== (found[0] && found[0].key));
  if (other) fields.object.set(mentionValue(other));
  form.dataset.suggested = "true";
}

// ------------------------------------------------------------------ duplicates

// The library's pairs, whatever their exact shape: two entities (objects with an IRI or
// strings) and the reasons or score beside them.
function pairEnds(pair) {
  if (typeof pair.keep === "string" && typeof pair.drop === "string") {
    return [{ iri: pair.keep, label: pair.keep_label || pair.keep },
      { iri: pair.drop, label: pair.drop_label || pair.drop }];
  }
  const entity = (value) => typeof value === "string" ? { iri: value, label: value }
    : { iri: value.iri || value.id || value.key, label: value.label || value.name || value.iri || value.id };
  if (Array.isArray(pair)) return pair.slice(0, 2).map(entity);
  const values = Object.values(pair).filter((v) => (typeof v === "string" && v.startsWith("http"))
    || (v && typeof v === "object" && !Array.isArray(v) && (v.iri || v.id || v.key)));
  return values.slice(0, 2).map(entity);
}

async function openDuplicates() {
  show("duplicates-view");
  const answer = await api("api/duplicates");
  const problem = $("#duplicates-error");
  problem.hidden = answer.ok;
  if (!answer.ok) {
    problem.textContent = answer.data.error;
    $("#duplicates").replaceChildren();
    return;
  }
  $("#duplicates").replaceChildren(...answer.data.pairs.map((pair, index) => {
    const [a, b] = pairEnds(pair);
    if (!a || !b) return el("li", {}, JSON.stringify(pair));
    const extra = Array.isArray(pair) ? pair.slice(2) : [
      pair.score !== undefined ? `score ${pair.score}` : null,
      pair.class ? shortClass(pair.class) || pair.class : null,
      ...(Array.isArray(pair.reasons) ? pair.reasons : []),
    ].filter(Boolean);
    const merge = (keep, drop) => async () => {
      status(`Merging ${drop.label} into ${keep.label}…`);
      const done = await api("api/merge", { keep: keep.iri, drop: drop.iri });
      if (done.ok) await openDuplicates();
      status(done.ok ? `Merged ${drop.label} into ${keep.label}` : done.data.error);
    };
    return el("li", { dataset: { pair: index } }, el("div", { className: "pair" },
      el("strong", {}, a.label), el("span", {}, "≟"), el("strong", {}, b.label),
      el("span", { className: "meta" }, extra.join(" · ")),
      el("button", { type: "button", className: "keep-first", onclick: merge(a, b) },
        `Keep ${a.label}`),
      el("button", { type: "button", className: "keep-second", onclick: merge(b, a) },
        `Keep ${b.label}`)));
  }));
  status(`${answer.data.pairs.length} likely duplicates`);
}

// ------------------------------------------------------------------ start

window.addEventListener("hashchange", route);
(async () => {
  const answer = await api("api/ontology");
  if (!answer.ok) return status(answer.data.error);
  Ontology.load(answer.data);
  await route();
})();

// What the workbench's forms share: building elements, calling the server, choosing an
// entity and a relation. Data reaches the page only as text (textContent, value): a label
// such as <img src=x onerror=...> stays a label.
"use strict";

const KG = "https://w3id.org/kgraph/ontology#";

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "className") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "value" || name === "checked") node[name] = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function shortClass(iri) {
  return iri ? iri.slice(iri.lastIndexOf("#") + 1) : "";
}

// Every call returns {ok, status, data}; the page shows data.error (and data.problems).
async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
  let response;
  try {
    response = await fetch(path, { credentials: "same-origin", ...options });
  } catch (error) {
    return { ok: false, status: 0, data: { error: "the workbench is not answering: " + error } };
  }
  let data;
  try {
    data = await response.json();
  } catch (error) {
    data = { error: `HTTP ${response.status}` };
  }
  return { ok: response.ok, status: response.status, data };
}

// ------------------------------------------------------------------ classes and relations

const Ontology = {
  relations: [], classes: new Map(), qualifiers: [],

  load(data) {
    this.relations = data.relations;
    this.qualifiers = data.qualifiers;
    this.classes = new Map(data.classes.map((c) => [c.iri, c]));
  },

  // A class with every class above it, as the fit check needs.
  closure(cls) {
    const known = this.classes.get(cls);
    return cls ? [cls, ...(known ? known.ancestors : [])] : [];
  },

  fits(relation, subjectClasses, objectClasses) {
    const holds = (wanted, classes) => !wanted || !classes || classes.includes(wanted);
    return holds(relation.domain, subjectClasses) && holds(relation.range, objectClasses);
  },
};

// A <select> of relations: those whose domain and range fit the chosen ends first, the others
// after them marked as not fitting; `warning` says when the chosen one does not fit.
function relationChooser(current, ends) {
  const select = el("select", { name: "relation", className: "relation-select" });
  const warning = el("p", { className: "warning wide", hidden: true });
  function refresh() {
    const chosen = select.value || current;
    const subject = ends.subject(), object = ends.object();
    const fitting = Ontology.relations.filter((r) => Ontology.fits(r, subject, object));
    const others = Ontology.relations.filter((r) => !fitting.includes(r));
    select.replaceChildren(
      el("option", { value: "" }, "— relation —"),
      el("optgroup", { label: "fit the chosen ends" },
        fitting.map((r) => el("option", { value: r.name }, `${r.name} (${r.label})`))),
      el("optgroup", { label: "do not fit" },
        others.map((r) => el("option", { value: r.name }, `${r.name} (${r.label}) — does not fit`))),
    );
    select.value = chosen || "";
    const relation = Ontology.relations.find((r) => r.name === select.value);
    const misfit = relation && !fitting.includes(relation);
    warning.hidden = !misfit;
    if (misfit) {
      warning.textContent = `${relation.name} expects ${shortClass(relation.domain) || "anything"}` +
        ` → ${shortClass(relation.range) || "anything"}; the chosen ends do not fit, and the ` +
        "build's validation will refuse it.";
    }
  }
  select.addEventListener("change", refresh);
  return { select, warning, refresh };
}

// ------------------------------------------------------------------ the entity picker

// A search box over the graph's entities and the review's candidate entities (names compared
// case- and accent-insensitively by the server), or a new entity with a class and aliases.
// `value()` is {key} or {new: {label, class, aliases}}, or null; inside, a chosen entity is
// {key, label, classes} or {spec: {label, class, aliases}, classes}.
function entityPicker(name, source, initial, onChange) {
  let chosen = initial && initial.key ? { ...initial } : null;
  const shown = el("span", { className: "chosen" });
  const search = el("input", { type: "text", name: `${name}-search`, placeholder: "search a name",
    autocomplete: "off" });
  const hits = el("ul", { className: "hits" });
  const newLabel = el("input", { type: "text", name: `${name}-new-label`, placeholder: "label" });
  const newClass = el("select", { name: `${name}-new-class` },
    [...Ontology.classes.values()].filter((c) => c.iri !== KG + "Entity")
      .map((c) => el("option", { value: c.iri }, c.label)));
  newClass.value = KG + "Person";
  const newAliases = el("input", { type: "text", name: `${name}-new-aliases`,
    placeholder: "aliases, comma-separated" });
  const useNew = el("button", { type: "button", className: "use-new" }, "Use this new entity");
  const proposal = el("div", { className: "proposal", hidden: true },
    newLabel, newClass, newAliases, useNew);
  const propose = el("button", { type: "button", className: "propose" }, "New entity…");
  const clear = el("button", { type: "button", className: "clear" }, "×");
  const root = el("div", { className: "picker", dataset: { picker: name } },
    el("div", { className: "row" }, shown, clear),
    el("div", { className: "row" }, search, propose), hits, proposal);

  function render() {
    shown.className = "chosen" + (chosen && (chosen.spec || (chosen.key || "").startsWith("new:"))
      ? " new" : "");
    shown.textContent = chosen ? (chosen.spec ? chosen.spec.label : chosen.label) : "—";
    clear.hidden = !chosen;
  }
  function set(value) {
    chosen = value;
    hits.replaceChildren();
    proposal.hidden = true;
    render();
    if (onChange) onChange();
  }
  let pending = 0;
  search.addEventListener("input", async () => {
    const text = search.value.trim();
    const ticket = ++pending;
    if (!text) { hits.replaceChildren(); return; }
    const query = new URLSearchParams({ q: text, source: source || "" });
    const answer = await api(`api/entities?${query}`);
    if (ticket !== pending || !answer.ok) return;
    hits.replaceChildren(...answer.data.hits.map((hit) => el("li", {},
      el("button", { type: "button", dataset: { key: hit.key },
        onclick: () => {
          search.value = "";
          set({ key: hit.key, label: hit.label, classes: hit.classes });
        } },
      hit.label, el("span", { className: "cls" },
        `${hit.class || ""}${hit.new ? ", new" : ""}${hit.matched !== hit.label ? ` — ${hit.matched}` : ""}`)))));
  });
  propose.addEventListener("click", () => {
    proposal.hidden = !proposal.hidden;
    if (!newLabel.value) newLabel.value = search.value.trim();
  });
  useNew.addEventListener("click", () => {
    const label = newLabel.value.trim();
    if (!label) return;
    const aliases = newAliases.value.split(",").map((a) => a.trim()).filter(Boolean);
    set({ spec: { label, class: newClass.value, aliases }, classes: Ontology.closure(newClass.value) });
  });
  clear.addEventListener("click", () => set(null));
  render();
  return {
    root, set,
    value: () => (chosen ? (chosen.spec ? { new: chosen.spec } : { key: chosen.key }) : null),
    classes: () => (chosen ? chosen.classes || null : null),
    label: () => (chosen ? (chosen.spec ? chosen.spec.label : chosen.label) : ""),
  };
}

// A mention the server found in a span, as a picker value.
function mentionValue(mention) {
  if (mention.proposed) {
    return { spec: { label: mention.label, class: mention.class, aliases: [] },
      classes: Ontology.closure(mention.class) };
  }
  return { key: mention.key, label: mention.label, classes: mention.classes };
}

// ------------------------------------------------------------------ the claim form

// The fields of a claim, for editing a candidate or adding one; `fields()` is what the server
// takes as changes.
function claimForm(form, source, candidate) {
  form.replaceChildren();
  const c = candidate || {};
  let relation;
  const ends = { subject: () => subject.classes(), object: () => object.classes() };
  const refresh = () => relation && relation.refresh();
  const subject = entityPicker("subject", source, c.subject_key &&
    { key: c.subject_key, label: c.subject, classes: c.subject_classes }, refresh);
  const object = entityPicker("object", source, c.object_key &&
    { key: c.object_key, label: c.object, classes: c.object_classes }, refresh);
  relation = relationChooser(c.relation, ends);
  relation.refresh();
  const date = el("input", { type: "text", name: "date", value: c.date || "",
    placeholder: "YYYY-MM-DD, YYYY-MM or YYYY" });
  const precision = el("select", { name: "date_precision" },
    el("option", { value: "" }, "as written"),
    ["day", "month", "year"].map((p) => el("option", { value: p }, p)));
  precision.value = c.date_precision || "";
  const expression = el("input", { type: "text", name: "date_expression",
    value: c.date_expression || "", placeholder: "as the text says it" });
  const since = el("input", { type: "checkbox", name: "since", checked: !!c.since });
  const negated = el("input", { type: "checkbox", name: "negated", checked: !!c.negated });
  const attribution = entityPicker("attributed_to", source, c.attributed_to_key &&
    { key: c.attributed_to_key, label: c.attributed_to, classes: [] });
  const qualifiers = el("div", { className: "qualifiers" });
  const addQualifier = (name, value) => {
    const select = el("select", { name: "qualifier-name" },
      Ontology.qualifiers.map((q) => el("option", { value: q }, q)));
    if (name) select.value = name;
    const input = el("input", { type: "text", name: "qualifier-value", value: value ?? "" });
    const row = el("div", { className: "row qualifier" }, select, input,
      el("button", { type: "button", onclick: () => row.remove() }, "×"));
    qualifiers.append(row);
  };
  for (const [name, value] of Object.entries(c.qualifiers || {})) addQualifier(name, value);
  form.append(
    el("label", {}, "Subject"), subject.root,
    el("label", {}, "Relation"), relation.select, relation.warning,
    el("label", {}, "Object"), object.root,
    el("label", {}, "Date"), el("div", { className: "row" }, date, precision,
      el("label", {}, since, " starts a period")),
    el("label", {}, "Date as written"), expression,
    el("label", {}, "Negated"), el("label", {}, negated, " the text says it did not happen"),
    el("label", {}, "Attributed to"), attribution.root,
    el("label", {}, "Qualifiers"), el("div", {}, qualifiers,
      el("button", { type: "button", className: "add-qualifier", onclick: () => addQualifier() },
        "+ qualifier")),
  );
  return {
    subject, object, relation,
    fields() {
      const found = {};
      for (const row of qualifiers.querySelectorAll(".qualifier")) {
        const [name, value] = row.querySelectorAll("select, input");
        if (value.value.trim()) found[name.value] = value.value.trim();
      }
      return {
        subject: subject.value(), object: object.value(), relation: relation.select.value,
        date: date.value.trim(), date_precision: precision.value,
        date_expression: expression.value.trim(), since: since.checked, negated: negated.checked,
        attributed_to: attribution.value(), qualifiers: found,
      };
    },
  };
}

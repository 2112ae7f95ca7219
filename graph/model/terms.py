"""Namespaces, graph names and the vocabulary terms the code relies on."""

from __future__ import annotations

KG = "https://w3id.org/kgraph/ontology#"
ENTITY = "https://w3id.org/kgraph/id/"
CLAIM = "https://w3id.org/kgraph/claim/"
SOURCE = "https://w3id.org/kgraph/source/"
GENID = "https://w3id.org/kgraph/genid/"
GRAPH = "https://w3id.org/kgraph/graph/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES = {
    "kg": KG,
    "kgr": ENTITY,
    "kgc": CLAIM,
    "src": SOURCE,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "sh": SH,
}

# Per input file, three graphs: what it states, its truthy triples and what is derived from it.
FILE_GRAPH = GRAPH + "file/"
TRUTHY_GRAPH = GRAPH + "truthy/"
DERIVED_GRAPH = GRAPH + "derived/"

RDF_TYPE = RDF + "type"
RDFS_LABEL = RDFS + "label"
SKOS_PREF = SKOS + "prefLabel"
SKOS_ALT = SKOS + "altLabel"

CLASS_ENTITY = KG + "Entity"

P_DATE = KG + "date"
P_START = KG + "startDate"
P_END = KG + "endDate"
P_PRECISION = KG + "datePrecision"
P_DATE_EXPRESSION = KG + "dateExpression"
P_TEXT = KG + "text"
P_SEARCH_KEY = KG + "searchKey"
P_COUNTRY = KG + "country"
P_DERIVED_FROM = PROV + "wasDerivedFrom"
P_ISSUED = DCTERMS + "issued"

DATE_PROPERTIES = (P_DATE, P_START, P_END, KG + "notBefore", P_ISSUED)


def turtle_prefixes(*names: str) -> str:
    """The @prefix lines of a Turtle file in the curated files' style."""
    return "".join(f"@prefix {name + ':':<8} <{PREFIXES[name]}> .\n" for name in names)


def local_name(iri: str) -> str:
    """The part of an IRI after its last `#` or `/`."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[cut + 1 :]


def compact(iri: str) -> str:
    """`kgr:jose-antonio-kast` for a full IRI in a known namespace, else the IRI itself."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(best):
            best, name = namespace, prefix
    return f"{name}:{iri[len(best):]}" if best else iri

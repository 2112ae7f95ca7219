"""Synthetic roots of any size, shaped like the curated graph, for scale tests and benchmarks.

`generate(target, actors=N, claims=M, seed=S)` writes a complete root (`ontology/` and `seeds/`)
that `kgraph build` validates and builds: entities of every class with unique labels and
realistic (sometimes ambiguous) aliases, claims using every relation within its domain and range,
power-law degrees, dates of mixed precision, qualifiers, and sources whose texts contain every
quote that cites them. The same arguments give the same bytes.

Claims are written as they are drawn and each source text as soon as its last quote is known, so
memory grows with the number of entities (their names) and of claims (one integer each, to
refuse duplicates), never with the size of the files.
"""

from graph.build.synthetic.claims import CLAIMS_PER_SOURCE
from graph.build.synthetic.root import SynthReport, generate

__all__ = ["CLAIMS_PER_SOURCE", "SynthReport", "generate"]

"""``build_nlp``: the statistical English pipeline plus kg's own components, configured from ``data/``."""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from kg.errors import ModelError
from kg.learn.model import RelationModel, is_model_folder
from kg.nlp import factories as _factories  # noqa: F401  (registers kg's factories without an installed kg)
from kg.nlp import sentences as _sentences  # noqa: F401
from kg.nlp.gazetteer import kb_patterns, load_kb
from kg.nlp.r15netgov import fix_verb_lemmas
from kg.nlp.technologies import keep_whole
from kg.nlp.r17pub5 import keep_legal_forms
from kg.resources import DEFAULT_MODEL, data_dir

KG_COMPONENTS = ("kg_gazetteer", "kg_gazetteer_lower", "kg_linker", "kg_relations")
#: the trained relation model kg ships, a folder of ``data/`` (made by ``kg train``, see the README)
RELATION_MODEL_DIR = "relation_model"


def load_model(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path, as :class:`ModelError` when it cannot be."""
    try:
        return spacy.load(model, exclude=[])
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {model!r}: not an installed package or pipeline folder "
                         f"(install it with pip, or pass --model with an installed one)") from exc
    except Exception as exc:  # a broken package or config: still one clear line
        raise ModelError(f"cannot load spaCy model {model!r}: {' '.join(str(exc).split())[:200]}") from exc


def build_nlp(model: str = DEFAULT_MODEL, data: Path | None = None, *, relation_model: bool = True) -> Language:
    """The full kg pipeline: ``model`` + line breaks + gazetteer ruler + linker + relation rules + relation model.

    ``model`` is a spaCy pipeline (package name or folder), or a folder written by ``kg train``: then the pipeline
    is the one that model was trained on, and its relation model replaces the shipped one
    (``data/relation_model``). ``relation_model=False`` leaves the trained model out (rules only).
    The components are registered through the ``spacy_factories`` entry points of kg's package metadata, so a
    folder saved with ``nlp.to_disk`` after ``build_nlp`` loads back with ``spacy.load`` in any process where kg is
    installed, with its data.
    """
    folder = data or data_dir()
    trained = None  # the folder of the relation model
    if is_model_folder(model):
        trained = Path(model)
        model = str(RelationModel.load(trained).meta.get("base") or DEFAULT_MODEL)
    nlp = load_model(model)
    numpy_matrix_products(nlp)
    if all(name in nlp.pipe_names for name in KG_COMPONENTS):
        return nlp  # a saved kg pipeline already carries its data
    if trained is None and relation_model and is_model_folder(folder / RELATION_MODEL_DIR):
        trained = folder / RELATION_MODEL_DIR
    faster_attribute_ruler(nlp)
    faster_lemmatizer(nlp)
    kb = load_kb(folder / "gazetteer")
    keep_whole(nlp, kb)  # before the patterns are tokenized: "5G" one token in names and text alike
    keep_legal_forms(nlp)  # "Sdn. Bhd.", "Pte. Ltd.", "d.o.o." (kg.nlp.r17pub5)
    units_after_numbers_only(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_linebreaks", before="parser")
    # phrase matching (not token patterns): thousands of names cost little; one ruler matches names as
    # written (AI, US, MTS), the other all-lowercase names in any case (smart cities)
    exact = nlp.add_pipe("span_ruler", name="kg_gazetteer",
                         config={"spans_key": "kg_gazetteer", "overwrite": True, "validate": False,
                                 "phrase_matcher_attr": "ORTH"})
    lower = nlp.add_pipe("span_ruler", name="kg_gazetteer_lower",
                         config={"spans_key": "kg_gazetteer", "overwrite": False, "validate": False,
                                 "phrase_matcher_attr": "LOWER"})
    # ORTH and LOWER patterns need only the tokenizer: without this, add_patterns runs the tagger, parser and
    # NER over every one of the gazetteer's thousands of names
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n not in ("kg_gazetteer", "kg_gazetteer_lower")]):
        exact.add_patterns(kb_patterns(kb, case_sensitive=True))
        lower.add_patterns(kb_patterns(kb, case_sensitive=False))
    # kg's own components take their data in initialize (what nlp.initialize() would call for them; the
    # pipeline's trained components are left as they are) and save it with the pipeline
    nlp.add_pipe("kg_linker", config={"spans_key": "kg_gazetteer"}).initialize(lambda: [], nlp=nlp, data=str(folder))
    rel = nlp.add_pipe("kg_relations")
    rel.initialize(lambda: [], nlp=nlp, data=str(folder))
    if trained is not None and relation_model:
        nlp.add_pipe("kg_relation_model").initialize(lambda: [], nlp=nlp, model=str(trained))
        # the rules' calibrated confidence on the model's training data replaces the shipped table
        rel.confidence = dict(nlp.get_pipe("kg_relation_model").model.rule_confidence or rel.confidence)
    return nlp


def numpy_matrix_products(nlp: Language) -> int:
    """Run the pipeline's matrix products through numpy's BLAS instead of thinc's default, blis: thinc's own
    ``NumpyOps(use_blis=False)``, set on every layer of the pipeline's models that uses CPU ops with blis. The same
    products (same annotations on every gold set), about three times as fast on the (n x 288) x (288 x 288)
    products of the small English models' CNN layers, with one BLAS thread (:func:`kg.extract.extract` runs one);
    spaCy's own parser and NER transition loops call blis from C and are unchanged. Other ops (GPU) stay as they
    are. Returns the number of layers changed.

    >>> nlp = spacy.blank("en")
    >>> tagger = nlp.add_pipe("tagger")
    >>> tagger.add_label("NN")
    1
    >>> nlp.initialize()  # doctest: +ELLIPSIS
    <thinc.optimizers.Optimizer object at ...>
    >>> numpy_matrix_products(nlp) > 0, tagger.model.ops.use_blis, numpy_matrix_products(nlp)
    (True, False, 0)
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    changed = 0
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for layer in model.walk() if hasattr(model, "walk") else ():
            if type(layer.ops) is NumpyOps and layer.ops.use_blis:
                layer.ops = ops
                changed += 1
    return changed


def faster_attribute_ruler(nlp: Language) -> None:
    """Replace the model's ``attribute_ruler`` by ``kg_attribute_ruler`` with the same patterns: the same
    attributes (:mod:`kg.nlp.attributes`) in a third of the time.

    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("attribute_ruler").add([[{"TAG": "NNS"}]], {"POS": "NOUN"})
    >>> faster_attribute_ruler(nlp)
    >>> type(nlp.get_pipe("attribute_ruler")).__name__, len(nlp.get_pipe("attribute_ruler").patterns)
    ('FastAttributeRuler', 1)
    """
    if "attribute_ruler" not in nlp.pipe_names or type(nlp.get_pipe("attribute_ruler")) is not AttributeRuler:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    nlp.replace_pipe("attribute_ruler", "kg_attribute_ruler").add_patterns(patterns)


def faster_lemmatizer(nlp: Language) -> None:
    """Replace the model's English rule ``lemmatizer`` by ``kg_lemmatizer`` with the same tables: the same lemmas
    (:mod:`kg.nlp.lemmas`) in a fraction of the time. Other lemmatizers stay as they are.

    >>> from spacy.lookups import Lookups
    >>> nlp = spacy.blank("en")
    >>> lookups = Lookups()
    >>> _ = lookups.add_table("lemma_rules", {"noun": [["s", ""]]})
    >>> nlp.add_pipe("lemmatizer", config={"mode": "rule"}).initialize(lookups=lookups)
    >>> faster_lemmatizer(nlp)
    >>> type(nlp.get_pipe("lemmatizer")).__name__, nlp.get_pipe("lemmatizer").lookups.tables
    ('CachedLemmatizer', ['lemma_rules'])
    """
    # imported here: importing spacy.lang.en defines English, whose class keeps the factory names known then
    # (``English.factory_names`` would then miss kg's, registered when kg.nlp.factories is imported below it)
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return
    old = nlp.get_pipe("lemmatizer")
    if type(old) is not EnglishLemmatizer or old.mode != "rule":
        return
    new = nlp.replace_pipe("lemmatizer", "kg_lemmatizer", config={"overwrite": old.overwrite})
    new.initialize(lookups=old.lookups)
    fix_verb_lemmas(new)  # "fined" -> "fine", not "fin"


#: the start of spaCy's English suffix rule that splits a unit off a number ("10km", "5G", "3M")
UNIT_SUFFIX = "(?<=[0-9])(?:km|"


def units_after_numbers_only(nlp: Language) -> None:
    """Split a unit off a number only when the digit before it follows no letter: ``Hi3G`` and ``Tele2M`` are names
    (spaCy made ``Hi3`` + ``G``), ``10G`` and ``40km`` stay split. Saved with the tokenizer (its suffix pattern).

    >>> nlp = spacy.blank("en")
    >>> units_after_numbers_only(nlp)
    >>> [t.text for t in nlp("Hi3G Access runs 10G links over 40km")]
    ['Hi3G', 'Access', 'runs', '10', 'G', 'links', 'over', '40', 'km']
    """
    pattern = nlp.tokenizer.suffix_search.__self__.pattern if nlp.tokenizer.suffix_search else ""
    if UNIT_SUFFIX not in pattern:
        return  # another language's or a custom tokenizer: left as it is
    fixed = pattern.replace(UNIT_SUFFIX, "(?<=[0-9])(?<![A-Za-z][0-9])(?:km|", 1)
    nlp.tokenizer.suffix_search = re.compile(fixed).search

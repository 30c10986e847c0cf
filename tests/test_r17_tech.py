"""Issue 12, round 17: technology areas of fields kg knew little of (data/gazetteer/r17tech.jsonl, new aliases in
data/gazetteer/technologies.jsonl and r14tech.jsonl). Every sentence here was written for these tests (none from a
gold file or from benchmarks/tech17)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from kg.nlp import extensions as ext

GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "gazetteer"


def technologies(nlp, text: str) -> set[str]:
    """The labels of the technology entities the text names.

    Example: ``technologies(nlp, "Orsted builds tidal turbines.")`` -> ``{"tidal energy"}``.
    """
    return {e.label for e in ext.entities(nlp(text)).values() if e.type == "Technology"}


def _key(form: str) -> str:
    """How two surface forms are compared: ``_key("Tidal  Power")`` -> ``'tidal power'``."""
    return " ".join(unicodedata.normalize("NFKC", form).replace("\u2019", "'").casefold().split())


# --- the data file ---

def test_every_form_of_the_new_areas_names_one_entity_across_all_gazetteer_files() -> None:
    """No surface form of r17tech.jsonl belongs to another entry of any gazetteer file (``maglev`` is
    high-speed rail's already, so it is not added again)."""
    owner: dict[str, str] = {}
    clashes = []
    for path in sorted(GAZETTEER.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            forms = [e["name"], *e.get("aliases", []), *e.get("demonyms", []), *e.get("capitals", [])]
            for form in {_key(f) for f in forms}:
                if owner.setdefault(form, e["id"]) != e["id"]:
                    clashes.append((form, owner[form], e["id"]))
    mine = {json.loads(line)["id"] for line in (GAZETTEER / "r17tech.jsonl").read_text().splitlines()}
    assert [c for c in clashes if c[1] in mine or c[2] in mine] == []


def test_the_new_areas_are_technologies_with_lowercase_names_unless_proper() -> None:
    """Every entry is a Technology keyed id, name, type; names are lower case except acronyms (``HVDC``,
    ``LNG``, ``MIMO``, ``eVTOL``)."""
    for line in (GAZETTEER / "r17tech.jsonl").read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        assert e["type"] == "Technology" and list(e)[:3] == ["id", "name", "type"]
        assert e["name"] == e["name"].lower() or any(w.isupper() or w[1:2].isupper() for w in e["name"].split()), \
            e["name"]


# --- new technology areas, by field ---

@pytest.mark.parametrize(("text", "areas"), [
    # mining, metallurgy and materials
    ("The Estonian plant separates the oxides by solvent extraction and hydrometallurgy.",
     {"solvent extraction", "hydrometallurgy"}),
    ("Thyssenkrupp wants to sell low-carbon steel to carmakers in Bavaria.", {"green steel"}),
    ("H2 Green Steel will make direct reduced iron with electrolysers in Boden.", {"direct reduced iron"}),
    ("Toray supplies carbon fibre to Boeing, and a Manchester start-up makes graphene.", {"carbon fibre", "graphene"}),
    # energy
    ("NuScale hopes to sell small modular reactors to Romania.", {"small modular reactors"}),
    ("Snowy Hydro is digging tunnels for pumped hydro in New South Wales.", {"pumped hydro storage"}),
    ("Japanese utilities plan to burn green ammonia in coal plants.", {"green ammonia"}),
    ("Scotland tests tidal power and wave energy off Orkney.", {"tidal energy", "wave energy"}),
    ("Hitachi Energy will lay HVDC cables between Scotland and England.", {"HVDC transmission"}),
    ("Tesla runs a virtual power plant of home batteries in South Australia.", {"virtual power plants"}),
    ("Climeworks runs direct air capture in Iceland.", {"direct air capture"}),
    ("The Dutch reactor in Petten supplies medical isotopes to hospitals across Europe.", {"nuclear medicine"}),
    ("Samsung Heavy Industries won orders for six LNG carriers from Qatar.", {"LNG carriers"}),
    # biotech and health
    ("Celltrion makes monoclonal antibodies and biosimilars in Incheon.", {"monoclonal antibodies", "biosimilars"}),
    ("Daiichi Sankyo licensed its antibody-drug conjugates to Merck.", {"antibody-drug conjugates"}),
    ("Philips sold MRI scanners to a hospital chain in Jakarta.", {"medical imaging"}),
    # agriculture and food
    ("A Dubai investor funds vertical farms in the desert.", {"vertical farming"}),
    ("Netafim sells drip irrigation to farmers in Gujarat.", {"drip irrigation"}),
    ("Yuan Longping's institute exports hybrid rice to Madagascar.", {"hybrid rice"}),
    ("Singapore approved cultivated meat from a Californian start-up.", {"alternative proteins"}),
    # transport
    ("Siemens Mobility will install CBTC on the Riyadh metro.", {"railway signalling"}),
    ("Hitachi Rail upgrades the rail signalling of the Copenhagen S-train.", {"railway signalling"}),
    ("Stadler builds hydrogen-powered trains for California.", {"hydrogen trains"}),
    ("ZeroAvia is developing hydrogen-powered aircraft engines for regional routes.", {"hydrogen aircraft"}),
    ("Joby and Archer want to fly air taxis in Dubai.", {"eVTOL aircraft"}),
    ("Thales makes avionics for Airbus helicopters.", {"avionics"}),
    # finance
    ("JPMorgan settles tokenized deposits for corporate clients in Singapore.", {"tokenisation"}),
    ("Riyadh banks pushed contactless payments during the pilgrimage season.", {"contactless payments"}),
    ("Brazil's central bank extended open banking to insurers.", {"open banking"}),
    # telecom
    ("Samsung sold massive MIMO radios to Verizon.", {"massive MIMO"}),
    ("T-Mobile signed up a million homes for fixed wireless access.", {"fixed wireless access"}),
    ("AST SpaceMobile will offer direct-to-cell service with Vodafone.", {"direct-to-device"}),
    ("Infinera ships coherent optics to carriers in Brazil.", {"optical networking"}),
    ("Mynaric makes laser communication terminals for military satellites.", {"laser communications"}),
    # space
    ("The French start-up builds Hall thrusters for small satellites.", {"electric propulsion"}),
])
def test_new_areas_are_technologies(nlp, text: str, areas: set[str]) -> None:
    """Each new area is found in a sentence of its field."""
    assert areas <= technologies(nlp, text)


# --- new forms of known areas get the canonical name ---

@pytest.mark.parametrize(("text", "area"), [
    ("Vietnam wants more renewable power in its grid by 2030.", "renewable energy"),
    ("The stock exchange moved settlement onto a distributed ledger.", "blockchain"),
    ("Mastercard rolled out biometric authentication at checkouts in Warsaw.", "biometrics"),
    ("Moderna will build a messenger RNA plant near Melbourne.", "vaccines"),
    ("Riyadh's new metro uses driverless trains.", "autonomous vehicles"),
    ("Escorts Kubota showed electric tractors at the fair in Pune.", "electric vehicles"),
    ("Tokyo and Delhi are building a lunar lander together.", "space technology"),
    ("O3b put MEO satellites into orbit for cruise ships.", "satellite constellations"),
    ("Farmers in Punjab hire crop-spraying drones from a start-up.", "drones"),
    ("Canberra and London pooled money for hypersonics research.", "hypersonic weapons"),
    ("Roscosmos wants to build its own space station by 2030.", "space technology"),
    ("The UAE agency plans lunar missions and Mars exploration with partners.", "space technology"),
])
def test_new_forms_name_the_known_area(nlp, text: str, area: str) -> None:
    """Each new alias links to the entity the gold convention names it with."""
    assert area in technologies(nlp, text)


def test_small_modular_reactors_and_nuclear_power_are_two_areas(nlp) -> None:
    """Every gold file that names small modular reactors keeps them apart from nuclear power."""
    found = technologies(nlp, "Bucharest wants nuclear power from small modular reactors by 2030.")
    assert {"nuclear power", "small modular reactors"} <= found


def test_a_longer_technology_beats_its_first_word(nlp) -> None:
    """``hydrogen trains`` names the trains, not hydrogen as an area."""
    assert technologies(nlp, "Alstom tested hydrogen trains in Lower Saxony.") == {"hydrogen trains"}


def test_generic_phrases_name_no_new_area(nlp) -> None:
    """Words of everyday prose around the new areas stay out: no ``direct reduction`` of tariffs, no ``storage``
    alone, and no commodity metals the gold convention leaves out (aluminium, like steel)."""
    assert technologies(nlp, "The treaty brings a direct reduction of tariffs and more storage for grain.") == set()
    assert technologies(nlp, "Alcoa cut aluminium output in Norway, and the mill sells steel to Turkey.") == set()


def test_nuclear_technology_and_nuclear_power_are_one_area(nlp) -> None:
    """Every gold file names nuclear technology and nuclear power as one entity (the one lists the other among its
    aliases), never as two: ``Rosatom shares nuclear technology`` and ``builds nuclear power plants`` name one
    area."""
    found = technologies(nlp, "Rosatom will share nuclear technology with Minsk and build two nuclear power plants.")
    assert found == {"nuclear power"}


# --- testing or piloting a technology is working on it (focus_verbs in data/lexicon/structure.json) ---

@pytest.mark.parametrize(("text", "triple"), [
    ("Stadler is testing hydrogen trains on a line near Fresno.", ("stadler", "focusesOn", "hydrogen-trains")),
    ("Barclays will test contactless payments in Leeds.", ("barclays", "focusesOn", "contactless-payments")),
    ("Mitsubishi Heavy Industries piloted direct air capture at a plant in Hiroshima.",
     ("mitsubishi-heavy-industries", "focusesOn", "direct-air-capture")),
])
def test_testing_a_technology_is_a_focus(nlp, text: str, triple: tuple[str, str, str]) -> None:
    """``X is testing Y`` / ``will test Y`` / ``piloted Y``: X works on Y."""
    from tests.rule_runs import evidence_rules, has_triple

    found = evidence_rules(nlp, text)
    assert has_triple(found, triple), found


def test_testing_something_else_gives_no_focus(nlp) -> None:
    """The object must be a technology: ``tested the market`` or a test of another firm's gear gives nothing."""
    from tests.rule_runs import evidence_rules

    found = evidence_rules(nlp, "Kyocera tested the market in Vietnam before it sold anything there.")
    assert [t for t in found if t[1] == "focusesOn"] == []

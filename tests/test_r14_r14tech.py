"""Issue 12, round 14: technology areas that news on technology geopolitics names across sectors
(data/gazetteer/r14tech.jsonl, new aliases in data/gazetteer/technologies.jsonl). Every sentence here was written for
these tests (none from a gold file)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from kg.nlp import extensions as ext

GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "gazetteer"


def technologies(nlp, text: str) -> set[str]:
    """The labels of the technology entities the text names."""
    return {e.label for e in ext.entities(nlp(text)).values() if e.type == "Technology"}


def _key(form: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", form).replace("\u2019", "'").casefold().split())


# --- the data file ---

def test_every_form_of_the_new_areas_names_one_entity_across_all_gazetteer_files() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for path in sorted(GAZETTEER.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            forms = [e["name"], *e.get("aliases", []), *e.get("demonyms", []), *e.get("capitals", [])]
            for form in {_key(f) for f in forms}:
                if owner.setdefault(form, e["id"]) != e["id"]:
                    clashes.append((form, owner[form], e["id"]))
    mine = {json.loads(line)["id"] for line in (GAZETTEER / "r14tech.jsonl").read_text().splitlines()}
    assert [c for c in clashes if c[1] in mine or c[2] in mine] == []


def test_the_new_areas_are_technologies_with_lowercase_names_unless_proper() -> None:
    for line in (GAZETTEER / "r14tech.jsonl").read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        assert e["type"] == "Technology" and list(e)[:3] == ["id", "name", "type"]
        assert e["name"] == e["name"].lower() or any(c.isdigit() for c in e["name"]) or e["name"].isupper() \
            or e["name"][:2].isupper(), e["name"]


# --- new technology areas, by sector ---

@pytest.mark.parametrize(("text", "areas"), [
    ("Chile and Germany will build electrolysers and hydrogen fuel cells near Antofagasta.",
     {"electrolysers", "fuel cells"}),
    ("Kazakhstan wants to export more beryllium, molybdenum and scandium to Japan.",
     {"beryllium", "molybdenum", "scandium"}),
    ("The Turkish navy ordered naval drones and counter-drone systems from Aselsan.",
     {"unmanned surface vessels", "counter-drone systems"}),
    ("Washington accused Moscow of testing anti-satellite weapons in orbit.", {"anti-satellite weapons"}),
    ("Intel and the Dutch lab are working on neuromorphic chips.", {"neuromorphic computing"}),
    ("Tehran blocked VPN services and tampered with the DNS root servers that serve its users.",
     {"virtual private networks", "domain name system"}),
    ("Rosatom will supply nuclear fuel to the plant in Uzbekistan.", {"nuclear fuel"}),
    ("SpaceX and the Chinese state rival are racing to fill orbit with satellite constellations.",
     {"satellite constellations"}),
    ("BioNTech will make mRNA vaccines in Kigali, and the ministry backs gene therapy research.",
     {"vaccines", "gene therapy"}),
    ("Orsted plans offshore wind farms off Taiwan and heat pumps for Danish towns.", {"offshore wind", "heat pumps"}),
    ("Telecom operators in Myanmar switched off their 3G networks last year.", {"3G"}),
    ("State Grid built ultra-high-voltage lines across Brazil, and Norway weighs deep-sea mining.",
     {"ultra-high-voltage transmission", "deep-sea mining"}),
    ("Argentina approved GM crops bred by Bioceres.", {"genetically modified crops"}),
])
def test_new_areas_are_technologies(nlp, text: str, areas: set[str]) -> None:
    assert areas <= technologies(nlp, text)


# --- new forms of known areas get the canonical name ---

@pytest.mark.parametrize(("text", "area"), [
    ("Seoul fears Pyongyang will get help with spy satellites from Moscow.", "space technology"),
    ("The Welsh fab makes power chips for carmakers.", "semiconductors"),
    ("The ECB is preparing a digital euro to rival private stablecoins.", "digital currencies"),
    ("Umicore makes battery cathodes in Poland.", "batteries"),
    ("Australia's Lynas separates dysprosium and terbium in Malaysia.", "rare earths"),
    ("Ericsson sold 5G equipment to operators in Vietnam.", "5G"),
    ("Fujitsu is building exascale supercomputers for Japan.", "supercomputers"),
    ("Google designs its own tensor processing units, and Infineon sells microcontrollers to carmakers.",
     "semiconductors"),
    ("Beijing curbed sales of etching equipment and ion implanters to the Dutch firm.",
     "semiconductor manufacturing equipment"),
    ("UBTech showed humanoid robots to buyers from Riyadh.", "robotics"),
    ("Rosatom offered Hungary a small modular reactor.", "small modular reactors"),  # own area since round 17
    ("India asked GE to make fighter engines with HAL.", "jet engines"),
    ("Tokyo will lend Manila money for maglev trains.", "high-speed rail"),
    ("Siemens Healthineers sells medical devices to hospitals in Almaty.", "medical technology"),
    ("Hefei and Vienna are building a quantum internet.", "quantum communication"),
])
def test_new_forms_name_the_known_area(nlp, text: str, area: str) -> None:
    assert area in technologies(nlp, text)


def test_rockets_and_launch_vehicles_are_space_technology(nlp) -> None:
    # the gold convention names rockets with the space programme they serve: one area, not two
    found = technologies(nlp, "Pakistan's satellite went up on a Chinese rocket, and Islamabad wants its own launch "
                              "vehicles and space technology.")
    assert "space technology" in found and "rocket technology" not in found


def test_electric_vehicle_batteries_are_batteries_not_electric_vehicles(nlp) -> None:
    found = technologies(nlp, "Congo's cobalt ends up in electric-vehicle batteries made in Ningbo.")
    assert "batteries" in found and "electric vehicles" not in found


# --- generic words the gold convention does not annotate ---

def test_a_payment_system_names_no_technology_area(nlp) -> None:
    assert technologies(nlp, "Banks in Yerevan stopped accepting cards of the Mir payment system in September.") \
        == set()
    # the area itself is still named
    assert technologies(nlp, "Nairobi wants digital payments to reach every village.") == {"digital payments"}


def test_networks_broadband_and_wifi_name_no_technology_area(nlp) -> None:
    assert technologies(nlp, "The hotel offered free Wi-Fi and the town got broadband and new mobile networks.") \
        == set()
    assert technologies(nlp, "The senator wrote on social media that the e-commerce group sells streaming boxes.") \
        == set()


def test_a_mineral_inside_a_company_name_is_no_area(nlp) -> None:
    assert "molybdenum" not in technologies(nlp, "China Molybdenum bought a mine from Freeport in 2016.")


# --- modifiers that share a head noun with a technology (kg/nlp/r14tech.py shared_heads) ---

@pytest.mark.parametrize(("text", "area"), [
    ("Ottawa stopped buying telecommunications and video surveillance equipment from Dahua.",
     "telecommunications equipment"),
    ("Pony.ai and Baidu test electric and autonomous vehicles in Wuhan.", "electric vehicles"),
    ("Tehran sold cruise and ballistic missiles to the Houthis.", "cruise missiles"),
    ("Tashkent wants more solar, wind and nuclear energy by 2030.", "wind energy"),
    ("Tashkent wants more solar, wind and nuclear energy by 2030.", "nuclear power"),
])
def test_a_modifier_sharing_the_head_names_its_own_area(nlp, text: str, area: str) -> None:
    assert area in technologies(nlp, text)


def test_a_name_or_an_unknown_modifier_before_a_technology_names_nothing_more(nlp) -> None:
    # "Tesla vehicles" and "hybrid vehicles" are no technology areas of the gazetteer
    assert technologies(nlp, "Tesla and electric vehicles dominate the market in Oslo.") == {"electric vehicles"}
    assert technologies(nlp, "Toyota sells hybrid and electric vehicles in Jakarta.") == {"electric vehicles"}
    # the modifier must be joined by "and", "or" or a comma
    assert technologies(nlp, "Seoul funds new autonomous vehicles.") == {"autonomous vehicles"}


def test_small_electric_vehicles_are_electric_vehicles(nlp) -> None:
    assert "electric vehicles" in technologies(nlp, "A Chinese firm will assemble electric motorcycles in Kigali.")


def test_policy_phrases_name_no_technology_area(nlp) -> None:
    # the digital economy, a green or clean energy transition: aims of policy, not technology areas
    found = technologies(nlp, "Astana wants to grow its digital economy and to power its mines with green energy "
                              "as part of a clean energy transition.")
    assert found == set()
    assert technologies(nlp, "Astana will build renewable energy plants.") == {"renewable energy"}

"""Issue 12, round 12: technology entities that hold on unseen news. Every sentence here was written for these tests
(none from a gold file)."""

from __future__ import annotations

from kg.nlp import extensions as ext


def technologies(nlp, text: str) -> set[str]:
    """The labels of the technology entities the text names."""
    return {e.label for e in ext.entities(nlp(text)).values() if e.type == "Technology"}


# --- technology areas of the critical-technology lists (data/gazetteer/technologies.jsonl) ---

def test_areas_of_the_critical_technology_lists_are_technologies(nlp) -> None:
    found = technologies(nlp, "Brazil and India agreed to cooperate on edge computing, photonics and synthetic "
                              "biology, and to share research on post-quantum cryptography.")
    assert {"edge computing", "photonics", "synthetic biology", "post-quantum cryptography"} <= found


def test_an_area_named_by_its_alias_gets_the_canonical_name(nlp) -> None:
    found = technologies(nlp, "Synopsys and Cadence dominate EDA software, and Washington curbed sales of the "
                              "chip design tools to Chinese firms.")
    assert "electronic design automation" in found


def test_satellite_imagery_is_remote_sensing(nlp) -> None:
    assert "remote sensing" in technologies(nlp, "Maxar sold satellite imagery to the government of Ukraine.")


def test_a_ministry_named_for_information_technology_names_no_technology(nlp) -> None:
    # "information technology" is no form of its own: inside a ministry's name it is no technology
    found = technologies(nlp, "The Ministry of Electronics and Information Technology blocked the apps on Monday.")
    assert found == set()


# --- idioms and other things named by a technology's word (kg/nlp/r12tech.py not_technology) ---

def test_think_tanks_are_no_tanks(nlp) -> None:
    assert technologies(nlp, "Analysts at two Berlin think tanks doubted that Poland would buy more jets.") == set()


def test_fuel_tanks_are_no_tanks_but_battle_tanks_are(nlp) -> None:
    assert technologies(nlp, "The Hungarian plant makes fuel tanks for trucks sold in Austria.") == set()
    assert technologies(nlp, "Hungary ordered 40 battle tanks from Rheinmetall.") == {"tanks"}


def test_a_bargaining_chip_and_blue_chip_shares_are_no_chips(nlp) -> None:
    found = technologies(nlp, "Minsk treated the detained pilot as a bargaining chip, and blue-chip shares fell in "
                              "Warsaw.")
    assert found == set()
    assert technologies(nlp, "Minsk wants to buy chips from Beijing.") == {"semiconductors"}


def test_a_cloud_of_uncertainty_is_no_cloud_computing(nlp) -> None:
    assert technologies(nlp, "A cloud of uncertainty hangs over the talks between Oslo and Seoul.") == set()
    # "the clouds of" two companies are their cloud platforms
    assert "cloud computing" in technologies(nlp, "The start-up runs its models on the clouds of Oracle and IBM.")


def test_rivals_that_chip_away_name_no_chips(nlp) -> None:
    assert "semiconductors" not in technologies(nlp, "Smaller rivals chip away at the lead of the Dutch firm.")


# --- a technology negated by a prefix ---

def test_anti_drone_sensors_are_no_drones(nlp) -> None:
    assert "drones" not in technologies(nlp, "The tanks Poland bought carry anti-drone sensors made in Korea.")
    assert "drones" in technologies(nlp, "Poland bought drones and anti-drone sensors from Korea.")


def test_a_longer_form_after_counter_is_kept(nlp) -> None:
    # the coordination names both: hypersonic weapons and the weapons that counter them
    found = technologies(nlp, "The allies will work together on hypersonic and counter-hypersonic weapons.")
    assert "hypersonic weapons" in found


def test_under_the_radar_and_payment_processors_name_no_technology(nlp) -> None:
    assert technologies(nlp, "The sale to Hanoi flew under the radar in Brussels.") == set()
    assert technologies(nlp, "Payment processors in Dubai stopped serving clients from Minsk.") == set()
    assert technologies(nlp, "Hanoi bought radar systems and processors from Israel.") == {"radar", "semiconductors"}


# --- plurals of singular forms by rule (kg/nlp/r12tech.py number_variant, kg/nlp/gazetteer.py) ---

def test_the_plural_of_a_singular_form_names_the_technology(nlp) -> None:
    # only "biometric technology" is listed: the plural comes from the rule
    assert technologies(nlp, "Kenya bought biometric technologies from a firm in Shenzhen.") == {"biometrics"}
    assert "space technology" in technologies(nlp, "The two space programmes of Cairo and Beijing will share a "
                                                   "ground station.")


# --- a product is no form of its technology (data/gazetteer/technologies.jsonl) ---

def test_gps_signals_name_no_technology_area(nlp) -> None:
    found = {e.label: e.type for e in ext.entities(nlp("Jamming of GPS signals grounded flights in Estonia.")).values()}
    assert "satellite navigation" not in found and "GPS" not in found


def test_a_state_satellite_navigation_system_still_names_the_area(nlp) -> None:
    assert "satellite navigation" in technologies(nlp, "Moscow will link GLONASS with China's network.")


# --- abbreviations defined in the text (kg/nlp/repair.py abbreviations) hold for technologies ---

def test_a_technology_short_form_defined_in_the_text_names_it_later(nlp) -> None:
    doc = nlp("Oslo and Tokyo will cooperate on machine translation (MT). The MT systems will serve both navies.")
    assert [m.entity_id for m in ext.mentions(doc) if m.text == "MT"] == ["machine-translation"] * 2

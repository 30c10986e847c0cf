"""Entities of Latin American and Central Asian news (branch r16ents, ``kg/nlp/r16ents.py``): Spanish and Portuguese
names joined across their connectors, laws and programmes named in Spanish, sites and places that the model takes
for actors, programmes and indexes, news outlets named before their kind, tickers, sentence adverbs, and weather
clouds that are no cloud computing. Sentences written for these tests, none taken or paraphrased from a gold file."""

from __future__ import annotations

import pytest

from kg.nlp import extensions as ext


def ents(nlp, text: str) -> dict[str, str]:
    """Lower-cased label -> type of every entity of ``text``: ``{"kolwa mining": "Organization"}``."""
    doc = nlp(text)
    return {e.label.lower(): e.type for e in ext.entities(doc).values()}


ROMANCE_BODIES = [
    ("The Superintendencia de Servicios Sanitarios fined two water companies in Valparaíso on Tuesday.",
     "superintendencia de servicios sanitarios"),
    ("Uruguay's Ministerio de Industria, Energía y Minería opened a tender for green hydrogen plants.",
     "ministerio de industria, energía y minería"),
    ("The Comissão de Valores Mobiliários (CVM) opened an inquiry into the fund.",
     "comissão de valores mobiliários"),
    ("A spokesman for the Empresa Nacional del Petróleo said output fell.", "empresa nacional del petróleo"),
]


@pytest.mark.parametrize("text,name", ROMANCE_BODIES)
def test_romance_body_names_run_across_connectors(nlp, text, name):
    """``Ministerio de Industria, Energía y Minería`` is one organisation, not pieces of one or people."""
    found = ents(nlp, text)
    assert found.get(name) == "Organization"


def test_company_name_runs_across_connector(nlp):
    """An organisation the model found, continued by a connector and name words: ``Claro del Paraguay``."""
    found = ents(nlp, "Ericsson will supply radio gear to Telefónica del Paraguay from next year.")
    assert found.get("telefónica del paraguay") == "Organization"


def test_person_name_with_connector_stays_a_person(nlp):
    """``Luiz Inácio Lula da Silva`` runs across ``da`` but is a person, no organisation."""
    found = ents(nlp, "Luiz Inácio Lula da Silva met the Chinese ambassador in Brasília.")
    assert not any(t == "Organization" for name, t in found.items() if "silva" in name)


ROMANCE_LAWS = [
    ("Investors in Neuquén welcomed the Régimen de Promoción de Exportaciones last week.", "promoción"),
    ("The Ley de Hidrocarburos Verdes was passed in March by the Senate.", "hidrocarburos"),
]


@pytest.mark.parametrize("text,word", ROMANCE_LAWS)
def test_romance_laws_and_programmes_are_no_actors(nlp, text, word):
    """``Régimen de …``, ``Ley de …``: a law or programme named in Spanish names no actor."""
    assert not any(word in name for name in ents(nlp, text))


SITES = [
    ("Trucks queued for days at the Khorgos Gateway crossing. Khorgos Gateway reopened on Monday after talks.",
     "khorgos gateway"),
    ("Kazmunaigas pumped more oil at the Tengiz Alpha field, and Tengiz Alpha will grow further.", "tengiz alpha"),
    ("Production at the Inkai South deposit rose. Inkai South produced 3,000 tonnes.", "south"),
    ("Brine from the Pocitos-Quiron salt flat is trucked to the coast; Pocitos-Quiron needs more water.",
     "pocitos-quiron"),
    ("Herders in the Sary Jaz highlands oppose the new road. Sary Jaz votes next week.", "sary jaz"),
    ("The Xilinhot Satellite Launch Center sent up two weather probes.", "xilinhot satellite launch center"),
    ("Zenit Metals shut its Kuranda copper mine after floods. Kuranda will reopen in May.", "kuranda"),
]


@pytest.mark.parametrize("text,name", SITES)
def test_named_sites_are_places(nlp, text, name):
    """A name written before a place word (``crossing``, ``deposit``, ``salt flat``, ``highlands``), ending in one
    (``Launch Center``) or owned (``its Kuranda copper mine``) is a place, in every sentence of the document."""
    assert name not in ents(nlp, text)


def test_spanish_place_first_word(nlp):
    """``Salar de Uyuni``-style names: a name that begins with ``Salar`` (salt flat) is a place."""
    assert not any(name.startswith("salar") for name in ents(nlp, "Brine from the Salar de Pastos Grandes is rich "
                                                                    "in lithium."))


def test_company_named_like_a_site_word_stays(nlp):
    """A gazetteer company before a site word stays an actor: ``the Rio Tinto deposit`` keeps Rio Tinto."""
    assert ents(nlp, "Rio Tinto said the Rio Tinto deposit in Serbia was safe.").get("rio tinto") == "Organization"


def test_known_place_used_as_place_elsewhere(nlp):
    """A city the document names as a place (``from Guayaquil``) is no actor where it is a subject either."""
    text = "Ecuador's plan leaves Guayaquil waiting. Cargo ships now sail from Guayaquil to Shanghai in 30 days."
    assert "guayaquil" not in ents(nlp, text)


PROGRAMMES = [
    ("Satellite images feed the Siga and Terra-Norte programmes of the forest service.", ("siga", "terra-norte")),
    ("The Colcap index of Colombian shares fell 2% on Friday.", ("colcap",)),
    ("Critics said the Digital Kazakhstan programme was late.", ("digital",)),
]


@pytest.mark.parametrize("text,names", PROGRAMMES)
def test_programmes_and_indexes_are_no_actors(nlp, text, names):
    """A name right before ``programme(s)``, ``index``, ``strategy``, ``project`` names no actor."""
    found = ents(nlp, text)
    assert not any(n in found for n in names)


def test_news_outlet_before_its_kind(nlp):
    """``the Vlast news agency``, ``the Kursiv daily``: an outlet named before its kind is an organisation."""
    found = ents(nlp, "Officials told the Vlast news agency that the Kursiv daily had erred.")
    assert found.get("vlast") == "Organization" and found.get("kursiv") == "Organization"


def test_date_before_newspaper_is_no_outlet(nlp):
    """``the Sunday newspaper``: a day's name before an outlet's kind is no outlet."""
    assert "sunday" not in ents(nlp, "He told the Sunday newspaper that prices would rise.")


def test_ticker_is_no_actor(nlp):
    """``trades … as ZLM``, ``(TSX: ZLM)``: a trading symbol is no organisation of its own."""
    found = ents(nlp, "Zambezi Lithium Mining, which trades on the Toronto Stock Exchange as ZLM, raised $40 million.")
    assert "zlm" not in found


def test_sentence_adverb_is_no_actor(nlp):
    """``Upstream, …``: a capitalised adverb opening a sentence names nothing."""
    assert "upstream" not in ents(nlp, "Upstream, farmers in Kyrgyzstan complained about the dam.")


@pytest.mark.parametrize("text", ["The radar can see through the clouds over the rainforest.",
                                  "Its sensors image farmland at night and through clouds."])
def test_weather_clouds_are_no_cloud_computing(nlp, text):
    """``through (the) clouds``: weather, not cloud computing."""
    assert "cloud computing" not in ents(nlp, text)


def test_cloud_services_still_cloud_computing(nlp):
    """``cloud services`` still name cloud computing."""
    assert ents(nlp, "Alibaba sells cloud services to banks in Jakarta.").get("cloud computing") == "Technology"


def test_gazetteer_name_with_connector_is_kept(nlp):
    """``Banco Central do Brasil`` is the gazetteer's Central Bank of Brazil, not a new organisation."""
    found = ents(nlp, "Pix is run by the Banco Central do Brasil, which works with Banco do Brasil.")
    assert found.get("central bank of brazil") == "Organization" and "banco central do brasil" not in found


def test_capitalised_kind_is_part_of_the_outlet(nlp):
    """``the Show Daily newsletter``: a capitalised ``Daily`` is part of the name, ``Show`` is no outlet."""
    assert "show" not in ents(nlp, "The Telefónica del Perú unit grew, the Show Daily newsletter said in Lima.")


PRODUCT_HEADS = [
    # plural programme nouns and indexes after names (data: product_heads)
    ("The Nimbus and Clearwater projects were cancelled.", "nimbus"),
    ("The Colcap index of Colombian shares fell 2% on Friday.", "colcap"),
    # drugs and stablecoins named after their kind (data: product_descriptors, product_heads)
    ("Sanofi sells its diabetes drug Lantara in 60 countries.", "lantara"),
    ("Tether, which issues the USDT stablecoin, froze wallets.", "usdt"),
    # a coin's name with its kind (data: non_entity_last_words)
    ("Circle issues the rival EURC coin.", "eurc coin"),
]


@pytest.mark.parametrize("text,name", PRODUCT_HEADS)
def test_products_and_programmes_by_their_kind(nlp, text, name):
    """Projects, indexes, drugs and coins named with their kind are products or programmes, no actors."""
    assert name not in ents(nlp, text)


@pytest.mark.parametrize("text", ["The bank financed a hydroelectric dam in Tajikistan.",
                                  "The bank financed a hydroelectric plant in Peru."])
def test_singular_hydroelectric_forms_name_hydropower(nlp, text):
    """``a hydroelectric dam``, ``a hydroelectric plant``: hydropower, as ``hydroelectric dams`` already was."""
    assert ents(nlp, text).get("hydropower") == "Technology"


def test_legal_form_is_no_part_of_a_romance_name(nlp):
    """``Grupo Bimbo SAB de CV`` is Grupo Bimbo (named so again), not a second company nor ``SAB de CV``."""
    found = ents(nlp, "Grupo Bimbo SAB de CV said sales rose. Shares of Grupo Bimbo fell 1% in Mexico City.")
    assert found.get("grupo bimbo") == "Organization" and not any("cv" in name for name in found)


ROUTES = [
    ("President Luiz Inácio Lula da Silva said Petrobras and Vale would invest in the Carajás railway, according to "
     "O Globo and Valor Econômico.", "carajás"),
    ("Governor Rolando Figueroa blamed the Añelo Norte pipeline delays.", "añelo norte"),
]


@pytest.mark.parametrize("text,name", ROUTES)
def test_name_before_route_word_is_a_place(nlp, text, name):
    """``the Carajás railway``, ``the Añelo Norte pipeline``: a name before a lower-case route word is a place."""
    assert name not in ents(nlp, text)


def test_route_word_in_a_company_name_stays(nlp):
    """``Kazakh Railways`` style names end in a capitalised route word: companies, not places."""
    assert ents(nlp, "Uzbekistan Railways ordered new locomotives.").get("uzbekistan railways") == "Organization"


def test_programme_name_is_none_in_every_sentence(nlp):
    """``the Reinfo registry`` … ``backed Reinfo``: the registry's name is no actor in the other sentence either."""
    text = ("Peru's Congreso de la República voted to extend the Reinfo registry of informal miners. Premier Gustavo "
            "Adrianzén backed Reinfo.")
    assert "reinfo" not in ents(nlp, text)


def test_romance_head_word_makes_an_organisation(nlp):
    """``Diario Estrategia``: a name that begins with a Romance body or firm word is no person."""
    found = ents(nlp, "Enami said output fell, the newspaper El Mostrador and Diario Estrategia reported.")
    assert found.get("diario estrategia") == "Organization"


def test_romance_body_the_model_took_for_a_person(nlp):
    """``the Comisión Chilena del Cobre`` in apposition: an organisation even where the model reads a person."""
    found = ents(nlp, "Cochilco, the Comisión Chilena del Cobre, said copper output in the north fell.")
    assert found.get("comisión chilena del cobre") == "Organization"


def test_bare_congress_in_a_story_on_another_country(nlp):
    """``Congress`` in a story on Peru that never names the United States is Peru's Congress, not the US one."""
    text = ("LIMA — Peru's president asked Congress to approve the mining law. Congress will vote on Friday, and "
            "Peru expects approval.")
    found = ents(nlp, text)
    assert found.get("congress of peru") == "Organization" and "united states congress" not in found


def test_bare_congress_with_the_united_states_named(nlp):
    """Where the document names the United States, ``Congress`` stays the US Congress."""
    assert ents(nlp, "The US Congress passed the bill. Congress acted fast.").get("united states congress") == \
        "Organization"


def test_congress_ending_an_event_name(nlp):
    """``the Turkmen Gas Congress``: an event's last word names no legislature."""
    assert "united states congress" not in ents(nlp, "The Turkmen Gas Congress (TGC) is held in Avaza every year, "
                                                     "Turkmenistan said.")


def test_clouds_of_a_provider_are_cloud_computing(nlp):
    """``through the clouds of Oracle and IBM``: the providers' clouds, cloud computing."""
    found = ents(nlp, "The start-up will sell its models through the clouds of Oracle and IBM.")
    assert found.get("cloud computing") == "Technology"


def test_bare_congress_takes_the_country_its_sentence_names(nlp):
    """``Bolivia's government is pressing Congress … with Russian companies``: Bolivia's Congress, whichever country
    the rest of the story names more."""
    text = ("LA PAZ — Bolivia's government is pressing Congress to approve two lithium contracts with Russian and "
            "Chinese companies. Russia's Rosatom and Russia's Uranium One signed. China's CATL too.")
    assert ents(nlp, text).get("congress of bolivia") == "Organization"


def test_names_paired_before_a_place_word(nlp):
    """``the Zhomart and Akbastau fields``: both names are places."""
    found = ents(nlp, "Kazakhmys mines copper at the Zhomart and Akbastau fields in the Karaganda region.")
    assert "zhomart" not in found and "akbastau" not in found


def test_name_before_station_is_a_place(nlp):
    """``the Bahía Blanca Sur tracking station``: a station's name is a place."""
    assert "bahía blanca sur" not in ents(nlp, "China runs the Bahía Blanca Sur tracking station under a long lease, "
                                               "officials said.")

"""Builds gold.jsonl of the ents16b check set: 4 short news-style articles on Latin America and Central Asia,
written after the fixes of branch r16ents and committed before kg ran on them (an unread check of those fixes).
Entities only (relations are not annotated), per GUIDELINES.md.

Run: python3 benchmarks/ents16b/build_gold.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, write_gold  # noqa: E402

CN = ("China", "Country", ["Chinese", "People's Republic of China", "PRC", "Beijing"])
RU = ("Russia", "Country", ["Russian", "Russian Federation", "Moscow"])
DOCS = []


def add(doc_id: str, topic: str, text: str, ents: list) -> None:
    """Append one document (entities only) to DOCS."""
    d = doc(doc_id, text, ents, [], [])
    d["topic"] = topic
    DOCS.append(d)


add("ents16b-ecuador-mirador-ecuacorriente", "Ecuador copper", """Ecuador's Chinese-run copper mine expands as protests grow

QUITO, April 8 —
EcuaCorriente (ECSA), the Ecuadorian unit of China's CRCC-Tongguan, said on Monday it would raise output at the Mirador mine in Zamora Chinchipe province by a third, after the Ministerio de Energía y Minas approved its new environmental licence.

Minister Inés Manzano told the newspaper El Comercio that the expansion would bring $700 million of investment. Shuar communities near the Cóndor mountain range have asked the Corte Constitucional to halt the work, citing damage to the Zamora River.

Mirador ships copper concentrate to smelters in China through the port of Machala. The Banco Central del Ecuador said mining exports rose 12% last year, led by copper and gold, according to the agency Primicias.""",
    [("EcuaCorriente", "Organization", ["ECSA", "Ecuacorriente S.A."]), ("Ecuador", "Country", ["Ecuadorian", "Quito"]),
     CN, ("CRCC-Tongguan", "Organization", ["CRCC-Tongguan Investment"]),
     ("copper", "Technology", ["copper concentrate"]),
     ("Ministerio de Energía y Minas", "Organization", ["Ministerio de Energia y Minas", "Ministry of Energy and Mines",
                                                        "Ministry of Energy and Mines of Ecuador"]),
     ("Inés Manzano", "Person", ["Ines Manzano", "Manzano"]), ("El Comercio", "Organization", []),
     ("Corte Constitucional", "Organization", ["Constitutional Court", "Constitutional Court of Ecuador"]),
     ("Banco Central del Ecuador", "Organization", ["Central Bank of Ecuador"]),
     ("Primicias", "Organization", [])])

add("ents16b-kazakhstan-tungsten-jiaxin", "Kazakh tungsten", """Jiaxin starts Boguty tungsten output as Astana courts Western buyers

ASTANA, Sept 2 —
Jiaxin International Resources, a Hong Kong-listed miner, has begun producing tungsten concentrate at the Boguty deposit in the Almaty region, the Kazakh Ministry of Industry and Construction said.

The company told the Kursiv business daily that most of the output would go to China Tungsten and Hightech Materials under a ten-year offtake deal. Boguty holds one of the world's largest tungsten reserves, and the Kazakh government wants some of it sold to Western buyers under its Critical Raw Materials Roadmap.

Kazakhstan's sovereign fund Samruk-Kazyna said its unit Tau-Ken Samruk was in talks with the US International Development Finance Corporation (DFC) about a refinery in Ust-Kamenogorsk. Tau-Ken Samruk shares are not listed, but its parent plans to sell a stake on the Kazakhstan Stock Exchange (KASE).""",
    [("Jiaxin International Resources", "Organization", ["Jiaxin International", "Jiaxin"]),
     ("tungsten", "Technology", ["tungsten concentrate"]), ("Kazakhstan", "Country", ["Kazakh", "Astana"]),
     ("Ministry of Industry and Construction of Kazakhstan", "Organization", ["Kazakh Ministry of Industry and Construction",
                                                                             "Ministry of Industry and Construction"]),
     ("Kursiv", "Organization", []), CN,
     ("China Tungsten and Hightech Materials", "Organization", ["China Tungsten"]),
     ("Government of Kazakhstan", "Organization", ["Kazakh government"]),
     ("Samruk-Kazyna", "Organization", ["Samruk Kazyna"]), ("Tau-Ken Samruk", "Organization", []),
     ("United States International Development Finance Corporation", "Organization",
      ["US International Development Finance Corporation", "DFC"]),
     ("United States", "Country", ["US", "U.S.", "American"]),
     ("Kazakhstan Stock Exchange", "Organization", ["KASE"])])

add("ents16b-argentina-arsat-satellite", "Argentine satellites", """Argentina's ARSAT signs for new satellite as China's station in Neuquén draws scrutiny

BUENOS AIRES, June 19 —
ARSAT, the state satellite operator, signed a $200 million contract with Thales Alenia Space for the ARSAT-SG1 communications satellite, to be launched from Cape Canaveral in 2027, the Jefatura de Gabinete de Ministros said.

The deal comes as US officials press Buenos Aires over the Espacio Lejano station that China Satellite Launch and Tracking Control General (CLTC) runs in Neuquén under a 50-year lease. Deputy Chief of Staff José Rolandi told Infobae that the station had no military role.

Argentina's Comisión Nacional de Actividades Espaciales (CONAE) operates the SAOCOM Earth observation satellites with Italy's space agency, ASI, and plans a small launch vehicle, Tronador III, from the Puerto Belgrano base.""",
    [("ARSAT", "Organization", ["Empresa Argentina de Soluciones Satelitales"]),
     ("Thales Alenia Space", "Organization", []),
     ("satellite communications", "Technology", ["communications satellite"]),
     ("Jefatura de Gabinete de Ministros", "Organization", ["Chief of Cabinet Office"]),
     ("United States", "Country", ["US", "U.S.", "American"]), ("Argentina", "Country", ["Argentine", "Buenos Aires"]),
     CN, ("China Satellite Launch and Tracking Control General", "Organization", ["CLTC"]),
     ("José Rolandi", "Person", ["Jose Rolandi", "Rolandi"]), ("Infobae", "Organization", []),
     ("Comisión Nacional de Actividades Espaciales", "Organization", ["CONAE", "Comision Nacional de Actividades Espaciales"]),
     ("remote sensing", "Technology", ["Earth observation"]), ("Italy", "Country", ["Italian"]),
     ("Italian Space Agency", "Organization", ["ASI", "Agenzia Spaziale Italiana"]),
     ("space technology", "Technology", ["launch vehicle"])])

add("ents16b-tajikistan-talco-antimony", "Tajik metals", """Tajik aluminium smelter turns to Chinese partners; antimony exports soar

DUSHANBE, Feb 12 —
Tajik Aluminium Company (TALCO), the state smelter in Tursunzoda, signed a deal with China's Zijin Mining to modernise two potlines, the official news agency Khovar reported.

TALCO Gold, a joint venture of Zijin and the Tajik government, already mines gold and antimony at the Jilau and Taror fields in the Sughd region. Tajikistan's antimony exports to China doubled last year after Beijing restricted its own exports of the metal, the Asia-Plus news agency said, citing the Agency on Statistics under the President of the Republic of Tajikistan.

Energy Minister Daler Juma said the smelter would run on electricity from the Nurek dam. The Eurasian Development Bank said it was ready to finance the upgrade.""",
    [("Tajik Aluminium Company", "Organization", ["TALCO", "Talco"]), ("Tajikistan", "Country", ["Tajik", "Dushanbe"]),
     CN, ("Zijin Mining", "Organization", ["Zijin", "Zijin Mining Group"]), ("Khovar", "Organization", []),
     ("TALCO Gold", "Organization", []), ("Government of Tajikistan", "Organization", ["Tajik government"]),
     ("antimony", "Technology", []), ("Asia-Plus", "Organization", ["Asia Plus"]),
     ("Agency on Statistics under the President of the Republic of Tajikistan", "Organization", ["Agency on Statistics"]),
     ("Daler Juma", "Person", ["Juma"]),
     ("Eurasian Development Bank", "InternationalOrganization", ["EDB"])])

if __name__ == "__main__":
    write_gold(Path(__file__).resolve().parent, DOCS)

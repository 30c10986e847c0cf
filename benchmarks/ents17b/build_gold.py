"""Builds gold.jsonl of the ents17b check set: 4 short news-style articles on West Africa, South Asia, the Balkans
and the Middle East, written after the fixes of branch r17ents and committed before kg ran on them (an unread check
of those fixes). Entities only (relations are not annotated), per GUIDELINES.md.

Run: python3 benchmarks/ents17b/build_gold.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gold_rows import doc, write_gold  # noqa: E402

O, C, IO, P, T = "Organization", "Country", "InternationalOrganization", "Person", "Technology"
CN = ("China", C, ["Chinese", "People's Republic of China", "PRC", "Beijing"])
AI = ("artificial intelligence", T, ["AI"])
DC = ("data centers", T, ["data centres", "data centre", "data center"])
SEMI = ("semiconductors", T, ["semiconductor", "chips", "chip"])

DOCS = []


def add(doc_id: str, topic: str, text: str, ents: list) -> None:
    """Append one document (entities only) to DOCS."""
    d = doc(doc_id, text, ents, [], [])
    d["topic"] = topic
    DOCS.append(d)


add("ents17b-ghana-miif-sonatel", "Ghana and Senegal", """Ghana's minerals fund backs lithium refinery; Orange's Senegalese unit opens AI centre

ACCRA, June 10 —
The Minerals Income Investment Fund (MIIF) will take a 20% stake in a lithium refinery near Winneba planned by Atlantic Lithium, the Ghana Investment Promotion Centre (GIPC) said on Tuesday. The Central Regional Coordinating Council and the Ashanti regional government have both asked for a share of the royalties.

Engineers from the Ghana Armed Forces' 48 Engineer Regiment will build the access road, and the Kwame Nkrumah University of Science and Technology (KNUST) will test the ore. The opposition New Patriotic Party (NPP) said the deal was rushed.

In Dakar, Orange's Senegalese unit, Sonatel, opened a centre for artificial intelligence with the Universite Cheikh Anta Diop. Its mobile money service, Orange Money, will use the centre's models, and the Fonds Souverain d'Investissements Strategiques (FONSIS) holds a minority stake. The Economic Community of West African States (ECOWAS) welcomed the centre, the Daily Graphic reported.""",
    [("Ghana", C, ["Ghanaian", "Accra"]), ("Minerals Income Investment Fund", O, ["MIIF"]),
     ("lithium", T, []), ("Atlantic Lithium", O, []),
     ("Ghana Investment Promotion Centre", O, ["GIPC"]),
     ("Central Regional Coordinating Council", O, []),
     ("Ashanti regional government", O, ["Ashanti Regional Government", "Government of Ashanti"]),
     ("48 Engineer Regiment", O, ["Ghana Armed Forces' 48 Engineer Regiment"]),
     ("Ghana Armed Forces", O, ["GAF"]),
     ("Kwame Nkrumah University of Science and Technology", O, ["KNUST"]),
     ("New Patriotic Party", O, ["NPP"]), ("Senegal", C, ["Senegalese", "Dakar"]),
     ("Orange", O, ["Orange SA", "Orange Group"]), ("Sonatel", O, ["Orange Senegal"]), AI,
     ("Universite Cheikh Anta Diop", O, ["Université Cheikh Anta Diop", "Cheikh Anta Diop University", "UCAD"]),
     ("Fonds Souverain d'Investissements Strategiques", O, ["FONSIS", "Fonds Souverain d'Investissements Stratégiques"]),
     ("Economic Community of West African States", IO, ["ECOWAS"]),
     ("Daily Graphic", O, ["Graphic"])])

add("ents17b-sri-lanka-mobitel-nepal", "Sri Lanka and Nepal telecoms", """Sri Lanka Telecom's mobile unit picks Chinese gear; Nepal province courts data centres

COLOMBO, Aug 4 —
Sri Lanka Telecom's mobile unit, Mobitel, will buy 5G radio equipment from ZTE, the Telecommunications Regulatory Commission of Sri Lanka (TRCSL) said on Monday. The Board of Investment of Sri Lanka (BOI) granted the project tax relief, and the Central Bank of Sri Lanka allowed payment in yuan.

The Western Provincial Council wants the first sites in Gampaha, while the Sri Lanka Army's 4th Signal Regiment will test the network near Jaffna. China Harbour Engineering Company (CHEC), which built the Colombo Port City, will lay the fibre. Sajith Premadasa, leader of the Samagi Jana Balawegaya (SJB), called the contract a risk.

In Kathmandu, the Bagmati provincial government offered land for data centres to Nepal Telecom, and Nepal Rastra Bank said it would move its records to a local cloud. The system, called Digital Bagmati, is due next year, The Kathmandu Post reported.""",
    [("Sri Lanka Telecom", O, ["SLT"]), ("Mobitel", O, ["SLT-Mobitel"]), ("5G", T, ["5G networks"]),
     ("ZTE", O, ["ZTE Corp"]), ("Sri Lanka", C, ["Sri Lankan", "Colombo"]),
     ("Telecommunications Regulatory Commission of Sri Lanka", O, ["TRCSL"]),
     ("Board of Investment of Sri Lanka", O, ["BOI"]), ("Central Bank of Sri Lanka", O, ["CBSL"]),
     ("Western Provincial Council", O, []), ("Sri Lanka Army", O, []),
     ("4th Signal Regiment", O, []), CN,
     ("China Harbour Engineering Company", O, ["CHEC"]),
     ("Sajith Premadasa", P, ["Premadasa"]), ("Samagi Jana Balawegaya", O, ["SJB"]),
     ("Nepal", C, ["Nepali", "Nepalese", "Kathmandu"]),
     ("Bagmati provincial government", O, ["Bagmati Provincial Government", "Government of Bagmati"]), DC,
     ("Nepal Telecom", O, []), ("Nepal Rastra Bank", O, ["NRB"]),
     ("cloud computing", T, ["cloud"]), ("The Kathmandu Post", O, ["Kathmandu Post"])])

add("ents17b-serbia-vojvodina-bulgaria", "Serbia and Bulgaria AI", """Vojvodina government and Serbian AI institute team up; Bulgarian academy trains language model

NOVI SAD, March 18 —
The Vojvodina provincial government and the Institute for Artificial Intelligence Research and Development of Serbia will build a supercomputer centre in Novi Sad, Serbia's Ministry of Science, Technological Development and Innovation said on Tuesday. Telekom Srbija, the state-controlled operator, will host it, and Huawei's Serbian unit will supply servers.

President Aleksandar Vucic of the Serbian Progressive Party (SNS) said the centre would serve the European Union's AI rules. Zijin Mining's local subsidiary, Serbia Zijin Copper, will use it to plan its mines near Bor.

In Sofia, the Institute of Mathematics and Informatics of the Bulgarian Academy of Sciences released a Bulgarian language model, called BgGPT, with the Bulgarian Development Bank as sponsor. Its Sofia Tech Park lab will run it, the news agency BTA reported.""",
    [("Vojvodina provincial government", O, ["Vojvodina Provincial Government", "Government of Vojvodina",
                                             "Vojvodina government"]),
     ("Institute for Artificial Intelligence Research and Development of Serbia", O, []),
     ("supercomputers", T, ["supercomputer"]), ("Serbia", C, ["Serbian", "Belgrade"]),
     ("Ministry of Science, Technological Development and Innovation", O, []),
     ("Telekom Srbija", O, []), ("Huawei", O, ["Huawei Technologies"]),
     ("Aleksandar Vucic", P, ["Vucic", "Aleksandar Vučić"]), ("Serbian Progressive Party", O, ["SNS"]),
     ("European Union", IO, ["EU"]), AI, ("Zijin Mining", O, ["Zijin"]), ("Serbia Zijin Copper", O, []),
     ("Bulgaria", C, ["Bulgarian", "Sofia"]),
     ("Institute of Mathematics and Informatics of the Bulgarian Academy of Sciences", O,
      ["Institute of Mathematics and Informatics"]),
     ("large language models", T, ["language model", "large language model"]),
     ("Bulgarian Development Bank", O, ["BDB"]), ("BTA", O, ["Bulgarian News Agency"])])

add("ents17b-oman-jordan-iraq", "Oman, Jordan and Iraq", """Omantel's data unit wins Iraqi contract as Kurdish government digitises

MUSCAT, Oct 2 —
Omantel's data centre unit, Oman Data Park, signed a contract with the Kurdistan Regional Government (KRG) to host its payroll system, the Oman Investment Authority (OIA) said on Thursday. The Erbil provincial government will add its land registry next year.

Iraq's Ministry of Communications said the deal needed approval from the Communications and Media Commission (CMC). The Popular Mobilization Forces (PMF) and the Iraqi Army's 9th Armoured Division use other providers, and the Islamic Revolutionary Guard Corps (IRGC) has supplied drones to some militias.

In Amman, Jordan's Telecommunications Regulatory Commission (TRC) and the Royal Scientific Society will open a cybersecurity lab with Princess Sumaya University for Technology. The lab will test an app, called Sanad, that Jordanians use for government services, the Jordan Times reported.""",
    [("Omantel", O, ["Oman Telecommunications Company"]), DC, ("Oman Data Park", O, []),
     ("Kurdistan Regional Government", O, ["KRG"]), ("Oman Investment Authority", O, ["OIA"]),
     ("Oman", C, ["Omani", "Muscat"]),
     ("Erbil provincial government", O, ["Erbil Provincial Government", "Government of Erbil"]),
     ("Iraq", C, ["Iraqi", "Baghdad"]), ("Ministry of Communications", O, ["Iraqi Ministry of Communications",
                                                                          "Ministry of Communications of Iraq"]),
     ("Communications and Media Commission", O, ["CMC"]), ("Popular Mobilization Forces", O, ["PMF"]),
     ("Iraqi Army", O, ["Iraqi army"]), ("9th Armoured Division", O, ["9th Armored Division"]),
     ("Islamic Revolutionary Guard Corps", O, ["IRGC"]),
     ("drones", T, ["drone"]), ("Jordan", C, ["Jordanian", "Jordanians", "Amman"]),
     ("Telecommunications Regulatory Commission", O, ["TRC"]), ("Royal Scientific Society", O, ["RSS"]),
     ("cybersecurity", T, ["cyber security"]), ("Princess Sumaya University for Technology", O, ["PSUT"]),
     ("Jordan Times", O, ["The Jordan Times"])])

if __name__ == "__main__":
    write_gold(Path(__file__).resolve().parent, DOCS)

"""Government rules of the linker: ``Russia's government``, ``the Biden administration``, ``the governments of
Russia and China``, ``its Chinese counterpart``, ``China's foreign ministry`` -> canonical government bodies."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kg.nlp.kb import KnowledgeBase, slugify
from kg.nlp.mentions import PERSON_TITLES, Mention, overlaps
from kg.nlp.portfolios import portfolio_ministries
from kg.nlp.r14pub import body_country
from kg.nlp.r15ents import government_as_modifier
from kg.nlp.tokens import lowers, positions

GOVERNMENT_WORDS = {"government", "administration", "cabinet"}
#: words between a city's name and "government" that make a city government
MUNICIPAL_WORDS = {"municipal", "metropolitan", "city", "provincial", "prefectural"}


#: words that make a country's English name take "the" (the United States, the Czech Republic)
ARTICLE_WORDS = {"united", "republic", "kingdom", "union", "federation", "islands", "emirates", "states"}
#: country names that take "the" without such a word
ARTICLE_NAMES = {"netherlands", "philippines", "bahamas", "maldives", "gambia", "seychelles", "comoros", "vatican"}


def country_phrase(name: str) -> str:
    """A country's name as it reads inside a body's name: ``Government of the United Kingdom``,
    ``Ministry of Economic Affairs of the Netherlands``, ``Government of Russia``.

    >>> country_phrase("United Kingdom"), country_phrase("Netherlands"), country_phrase("Russia")
    ('the United Kingdom', 'the Netherlands', 'Russia')
    """
    words = name.lower().split()
    if words and words[0] != "the" and (ARTICLE_WORDS & set(words) or name.lower() in ARTICLE_NAMES):
        return "the " + name
    return name


class GovernmentRules:
    """Mixin of :class:`kg.nlp.linker.EntityLinker`: needs ``kb``, ``bodies_table`` and ``generated``."""

    kb: KnowledgeBase
    bodies_table: dict[str, Any]
    generated: dict[str, str]
    org_words: dict[str, Any]

    def governments(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """``Russia's government``, ``the Russian government``, ``the government of Russia`` -> Government of X."""
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        out = list(mentions)
        for i in positions(doc, GOVERNMENT_WORDS):
            tok = doc[i]
            if government_as_modifier(doc, i):
                continue  # "the Chinese government work report", "the Abu Dhabi government body"
            country, start = None, tok.i
            prev = by_end.get(tok.i) or (by_end.get(tok.i - 1) if tok.i > 0 and doc[tok.i - 1].lower_ in
                                         {"'s", "\u2019s"} else None)
            after = tok.i + 2
            while after < len(doc) - 1 and doc[after].lower_ in PERSON_TITLES:
                after += 1  # "the government of Prime Minister Viktor Orban"
            if prev is not None and prev.label == "Country":
                country, start = prev, prev.start
            elif prev is not None and self._person_country(prev) is not None:
                country, start = self._person_country(prev), prev.start  # "the Biden administration"
            elif tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and (tok.i + 2) in by_start \
                    and by_start[tok.i + 2].label == "Country":
                country = by_start[tok.i + 2]
            elif doc[tok.i + 1:tok.i + 2].text == "of" and after in by_start and \
                    self._person_country(by_start[after]) is not None:
                country = self._person_country(by_start[after])
            if country is None:
                continue
            gov_id = f"government-of-{country.entity_id}"
            end = tok.i + 1 if country.start < tok.i else country.end
            if country.label == "Country":
                out = [m for m in out if not overlaps((m.start, m.end), (start, end))]
                # the country is named too, even when only inside the government's name
                out.append(Mention(country.start, country.start, country.entity_id, "Country", "inside",
                                   country.text, within=gov_id))
            else:  # a leader's government: the leader stays named
                start, end = tok.i, tok.i + 1
                out = [m for m in out if not overlaps((m.start, m.end), (start, end))]
            out.append(Mention(start, end, gov_id, "Organization", "government", doc[start:end].text))
        out = self._plural_governments(doc, out, by_start)
        # "the government" alone: the government named most recently
        named = sorted((m for m in out if m.kind == "government" and m.end > m.start), key=lambda m: m.end)
        for tok in (doc[i] for i in positions(doc, {"government"})):
            if tok.lower_ != "government" or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or \
                    government_as_modifier(doc, tok.i) or doc[tok.i + 1:tok.i + 2].text == "-" or \
                    any(m.start <= tok.i < m.end for m in out):
                continue  # "-": "the government-owned fab" names no government (branch r17ents)
            before = [m for m in named if m.end <= tok.i + 1]
            gov_id = self._seat_government(doc, tok) or self._implied_government(doc, tok, out, dominant=not before) \
                or (before[-1].entity_id if before else None)
            if gov_id:
                out.append(Mention(tok.i - 1, tok.i + 1, gov_id, "Organization", "government",
                                   doc[tok.i - 1:tok.i + 1].text))
        return sorted([m for m in out if m.end > m.start or m.kind == "inside"], key=lambda m: (m.start, m.end))

    def _plural_governments(self, doc: Doc, out: list[Mention], by_start: dict[int, Mention]) -> list[Mention]:
        """``the governments of Russia and China`` names both governments; ``the Russian government and its
        Chinese counterpart`` names the second one too."""
        for tok in (doc[i] for i in positions(doc, {"governments", "counterpart"})):
            if tok.lower_ == "governments" and doc[tok.i + 1:tok.i + 2].text == "of":
                k = tok.i + 2
                while k in by_start and by_start[k].label == "Country":
                    c = by_start[k]
                    out.append(Mention(c.start, c.end, f"government-of-{c.entity_id}", "Organization", "government",
                                       f"government of {c.text}"))
                    out.append(Mention(c.start, c.start, c.entity_id, "Country", "inside", c.text,
                                       within=f"government-of-{c.entity_id}"))
                    k = c.end + (1 if c.end < len(doc) and doc[c.end].lower_ in {"and", ","} else 0)
                    if k == c.end:
                        break
                out = [m for m in out if not (m.kind != "government" and m.label == "Country" and
                                              tok.i + 2 <= m.start < k)]
            elif tok.lower_ == "counterpart" and tok.i in {m.end for m in out if m.label == "Country"} and \
                    any(m.kind == "government" and m.end <= tok.i and doc[m.start].sent == tok.sent for m in out):
                c = next(m for m in out if m.end == tok.i and m.label == "Country")
                out = [m for m in out if m is not c]
                out.append(Mention(c.start, tok.i + 1, f"government-of-{c.entity_id}", "Organization", "government",
                                   doc[c.start:tok.i + 1].text))
                out.append(Mention(c.start, c.start, c.entity_id, "Country", "inside", c.text,
                                   within=f"government-of-{c.entity_id}"))
        return out

    def _person_country(self, m: Mention) -> Mention | None:
        """For a known leader's mention, a stand-in country mention (``Biden`` -> the United States)."""
        entry = self.kb.get(m.entity_id) if m.label == "Person" else None
        country = entry and (entry.leads if entry.leads in self.kb and self.kb.entries[entry.leads].type == "Country"
                             else entry.country)
        if not country or country not in self.kb:
            return None
        return Mention(m.start, m.end, country, "Person", "leader", m.text)

    def _seat_government(self, doc: Doc, tok: Any) -> str | None:
        """``the government in Budapest``: the government of the country whose capital follows (r17news5)."""
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "in":
            return None
        entry = self.kb.lookup(doc[tok.i + 2].text)
        if entry is None or entry.type != "Country" or self.kb.form_kind(entry.id, doc[tok.i + 2].text) != "capital":
            return None
        return f"government-of-{entry.id}"

    def _implied_government(self, doc: Doc, tok: Any, mentions: list[Mention], dominant: bool) -> str | None:
        """Whose ``the government`` is: that of a leader named in the same sentence (``Putin has instructed
        the government``); with ``dominant`` (no government named before), else that of the country the
        document names most, when it names it at least twice as often as any other."""
        sent = tok.sent
        for m in sorted(mentions, key=lambda m: -m.start):
            if sent.start <= m.start < sent.end and m.end > m.start and (c := self._person_country(m)):
                return f"government-of-{c.entity_id}"
        if not dominant:
            return None
        country = dominant_country(mentions)
        return f"government-of-{country}" if country else None

    def bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """``China's foreign ministry``, ``the Chinese Commerce Ministry`` -> Ministry of Foreign Affairs of China;
        ``the finance ministry`` or ``the Ministry of Commerce`` with no country before it -> that of the country
        the document is about (:func:`home_country`)."""
        phrases = sorted(((k.split(), v) for k, v in self.bodies_table.items()), key=lambda kv: -len(kv[0]))
        out = list(mentions)
        low = lowers(doc)  # compared as lists of words: no Token per word of every phrase tried
        firsts = {words[0] for words, _ in phrases}
        for country in [m for m in mentions if m.label == "Country" and m.end > m.start]:
            j = country.end + (1 if country.end < len(doc) and low[country.end] in {"'s", "\u2019s"} else 0)
            if j >= len(doc) or low[j] not in firsts:
                continue  # most countries are followed by no body's name: one look instead of one per phrase
            for words, spec in phrases:
                if low[j:j + len(words)] == words:
                    out = self._body(doc, out, country.entity_id, country.text, spec, (country.start, j + len(words)))
                    break
        home = home_country(mentions)
        starts = [i for i in positions(doc, firsts) if i > 0 and low[i - 1] == "the"]
        for tok in (doc[i] for i in starts):
            for words, spec in phrases:
                end = tok.i + len(words)
                if low[tok.i:end] != words:
                    continue
                # "the finance ministry", or the model's "the Ministry of Commerce" as a name of its own
                free = tok.is_lower and not any(m.start <= tok.i < m.end for m in out)
                named = any(m.kind == "ner" and m.label == "Organization" and (m.start, m.end) == (tok.i, end)
                            for m in out)
                # the body of this kind the document already named ("MOFCOM ... the Ministry of Commerce")
                land = body_country(self.kb, [m for m in out if m.end <= tok.i], spec, country_phrase) \
                    if free or named else None
                if (free or named) and (land or home):
                    land = land or home
                    out = self._body(doc, out, land, self.kb.entries[land].name if land in self.kb else land, spec,
                                     (tok.i, end))
                    break
        out = self._portfolio_bodies(doc, out, home)
        self.generated.update(named_bodies(out, low))
        return sorted(out, key=lambda m: (m.start, m.end))

    def _is_country_word(self, text: str) -> bool:
        """Whether ``text`` names a country (its name or demonym: ``Chilean``)."""
        entry = self.kb.lookup(text)
        return entry is not None and entry.type == "Country"

    def _portfolio_bodies(self, doc: Doc, out: list[Mention], home: str | None) -> list[Mention]:
        """Ministries the table does not list, by their shape: ``Vietnam's information and communications
        ministry``, ``the Indonesian energy and mineral resources ministry``, ``the ICT ministry`` (of the country
        the document is about) -> ``Ministry of Information and Communications of Vietnam``."""
        stops = set(self.org_words.get("portfolio_stop_words", []))
        # a technology's word or a name the model found may be inside the portfolio ("the ICT ministry")
        taken = {i for m in out if m.label != "Technology" and m.kind != "ner" for i in range(m.start, m.end)}
        found = portfolio_ministries(doc, taken, stops, self._is_country_word)
        if not found:
            return out
        low = lowers(doc)
        country_at = {m.end: m for m in out if m.label == "Country" and m.end > m.start}
        for start, end, title in found:
            if any(m.kind == "ner" and m.label == "Organization" and m.start <= start and m.end > end for m in out):
                continue  # "the Coordinating Ministry for Maritime Affairs": a name that goes on past "Ministry"
            k = start
            while k > 0 and low[k - 1] in stops and k - start < 2:
                k -= 1  # "the Indonesian state energy ministry"
            k -= 1 if k > 0 and low[k - 1] in {"'s", "\u2019s"} else 0
            country = country_at.get(k)
            spec = {"name": f"Ministry of {title} of {{country}}"}
            word = self.kb.lookup(doc[k - 1].text) if country is None and k > 0 and k == start else None
            if country is not None:
                out = self._body(doc, out, country.entity_id, country.text, spec, (country.start, end))
            elif word is not None and word.type == "Country":  # a country word the model's name took in
                out = self._body(doc, out, word.id, doc[k - 1].text, spec, (k - 1, end))
            elif home and k > 0 and low[k - 1] == "the" and k == start:
                out = self._body(doc, out, home, self.kb.entries[home].name if home in self.kb else home, spec,
                                 (start, end))
        return out

    def _body(self, doc: Doc, out: list[Mention], country_id: str, country_text: str, spec: dict[str, str],
              span: tuple[int, int]) -> list[Mention]:
        """``out`` with the mention of a country's body over ``span``, and the country named inside it."""
        country_name = country_phrase(self.kb.entries[country_id].name if country_id in self.kb else country_text)
        name = spec.get(country_id) or spec["name"].format(country=country_name)
        host = self._host_country(doc, span[1]) if "hosted" in spec else None
        if host is not None and host.id != country_id:  # "the Chinese embassy in London"
            name = spec["hosted"].format(country=country_name, host=country_phrase(host.name))
        entry = self.kb.lookup(name)
        body_id = entry.id if entry else slugify(name)
        out = [m for m in out if not overlaps((m.start, m.end), span)]
        out.append(Mention(span[0], span[1], body_id, "Organization", "body", doc[span[0]:span[1]].text))
        out.append(Mention(span[0], span[0], country_id, "Country", "inside", country_text, within=body_id))
        self.generated[body_id] = name
        return out

    def _host_country(self, doc: Doc, at: int) -> Any:
        """The country named (or by its capital) after ``in`` at token ``at``: ``in London``, ``in the United
        States``; None when there is none."""
        if at >= len(doc) or doc[at].lower_ != "in":
            return None
        start = at + 1 + (at + 1 < len(doc) and doc[at + 1].lower_ == "the")
        for n in (3, 2, 1):
            entry = self.kb.lookup(doc[start:start + n].text) if start + n <= len(doc) else None
            if entry is not None and entry.type == "Country":
                return entry
        return None

    def municipal(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """City governments: ``the City of Phoenix``, ``the Shenzhen Municipal Government``, ``Tokyo's metropolitan
        government`` are bodies of their country (named inside, for basedIn)."""
        places = getattr(self, "places", None)
        if places is None:
            return mentions
        out = list(mentions)
        for tok in (doc[i] for i in positions(doc, MUNICIPAL_WORDS)):  # "City" is one of them
            span = None
            if tok.text == "City" and doc[tok.i + 1:tok.i + 2].text == "of":
                end = next((e for e in (tok.i + 4, tok.i + 3) if e <= len(doc) and doc[tok.i + 2:e].text in places),
                           None)
                span, place = (doc[tok.i:end], doc[tok.i + 2:end]) if end else (None, None)
            elif tok.lower_ in MUNICIPAL_WORDS and tok.i > 0:
                k = tok.i + 1 + (doc[tok.i + 1:tok.i + 3].text.lower() == "people's")
                k += doc[k:k + 1].text.lower() == "'s"
                if doc[k:k + 1].text.lower() == "government":
                    start = next((s for s in (tok.i - 2, tok.i - 1) if s >= 0 and doc[s].is_title and
                                  doc[s].lower_ != "the" and doc[s:tok.i].text in places), None)
                    span, place = (doc[start:k + 1], doc[start:tok.i]) if start is not None else (None, None)
            if span is None or place is None:
                continue
            text = " ".join(w if w[:1].isupper() or w in ("of", "'s") else w.capitalize() for w in span.text.split())
            body_id = slugify(text)
            out = [m for m in out if not overlaps((m.start, m.end), (span.start, span.end))]
            out.append(Mention(span.start, span.end, body_id, "Organization", "body", span.text))
            self.generated[body_id] = text
            country = self.kb.get(getattr(self, "_iso", {}).get(places.country_code(place.text) or "", ""))
            if country is not None:
                out.append(Mention(span.start, span.start, country.id, "Country", "inside", place.text, within=body_id))
        return sorted(out, key=lambda m: (m.start, m.end))


def named_bodies(mentions: list[Mention], words: list[str] | None = None) -> dict[str, str]:
    """A country's body right before the name the model found for it is that name: ``Peru's space agency
    CONIDA``, ``Ghana's telecoms regulator NCA`` name one organisation, ``CONIDA``, based in the country. The body's
    mentions take the name's id (the country named inside it too); the ids and names of the bodies so named.

    >>> body = Mention(0, 4, "space-agency-of-peru", "Organization", "body", "Peru's space agency")
    >>> inside = Mention(0, 0, "peru", "Country", "inside", "Peru", within="space-agency-of-peru")
    >>> name = Mention(4, 5, "conida", "Organization", "ner", "CONIDA")
    >>> named_bodies([body, inside, name]), [(m.entity_id, m.within) for m in (body, inside)]
    ({'conida': 'CONIDA'}, [('conida', None), ('peru', 'conida')])

    With the document's lower-cased ``words``, a name in apposition names the body too
    (:func:`appositive_names`).
    """
    at = {m.start: m for m in mentions if m.kind == "ner" and m.label == "Organization" and m.end > m.start}
    renamed = {m.entity_id: at[m.end] for m in mentions if m.kind == "body" and m.end > m.start and m.end in at}
    if words is not None:
        renamed.update(appositive_names(mentions, words))
    for m in mentions if renamed else []:
        if m.kind == "body" and m.entity_id in renamed:
            m.entity_id = renamed[m.entity_id].entity_id
        elif m.kind == "inside" and m.within in renamed:
            m.within = renamed[m.within].entity_id
    return {name.entity_id: name.text for name in renamed.values()}


#: names of the kinds whose mentions a body in apposition can take (not a reference back, not a place)
NAME_KINDS = frozenset({"ner", "name", "alias"})


def appositive_names(mentions: list[Mention], words: list[str]) -> dict[str, Mention]:
    """A country's body with its name in apposition: ``Pakistan's central bank, the State Bank of Pakistan,``.
    The name must carry the body's head word (``bank``) and close the apposition (not ``the ministry, the Bank of
    X and …``, a list); the ids of the bodies so named and their names.

    >>> words = "pakistan 's central bank , the state bank of pakistan , joined".split()
    >>> body = Mention(0, 4, "central-bank-of-pakistan", "Organization", "body", "Pakistan's central bank")
    >>> name = Mention(6, 10, "state-bank-of-pakistan", "Organization", "name", "State Bank of Pakistan")
    >>> {k: m.text for k, m in appositive_names([body, name], words).items()}
    {'central-bank-of-pakistan': 'State Bank of Pakistan'}
    >>> appositive_names([body, name], words[:11] + ["and", "sbi"])
    {}
    """
    at = {m.start: m for m in mentions if m.kind in NAME_KINDS and m.label == "Organization" and m.end > m.start}
    found: dict[str, Mention] = {}
    for body in (m for m in mentions if m.kind == "body" and m.end > m.start):
        j = body.end + 1 + (body.end + 1 < len(words) and words[body.end + 1] == "the")
        name = at.get(j) if body.end < len(words) and words[body.end] == "," else None
        if name is None or words[body.end - 1] not in words[name.start:name.end]:
            continue
        after = words[name.end:name.end + 2]
        if after[:1] in ([","], ["."], [")"], [";"], []) and after[1:2] not in (["and"], ["or"]):
            found[body.entity_id] = name
    return found


def home_country(mentions: list[Mention]) -> str | None:
    """The country a news text is about: the first it names, when it names it at least twice and at least half
    as often as the country it names most.

    >>> m = lambda c: Mention(0, 1, c, "Country", "name", c)
    >>> home_country([m("japan"), m("china"), m("japan"), m("china"), m("china")])
    'japan'
    >>> home_country([m("chile"), m("peru")]) is None
    True
    """
    counts: dict[str, int] = {}
    first: list[str] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "Country" and m.end > m.start:
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
            first += [] if first else [m.entity_id]
    if not first or counts[first[0]] < 2 or 2 * counts[first[0]] < max(counts.values()):
        return None
    return first[0]


def dominant_country(mentions: list[Mention], ratio: float = 2.0) -> str | None:
    """The country a document names most, when it names it at least ``ratio`` times as often as any other.

    >>> m = lambda c: Mention(0, 1, c, "Country", "name", c)
    >>> dominant_country([m("chile"), m("chile"), m("peru")]), dominant_country([m("chile"), m("peru")])
    ('chile', None)
    """
    counts: dict[str, int] = {}
    for m in mentions:
        if m.label == "Country" and m.end > m.start:
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= ratio * ranked[1][1]):
        return ranked[0][0]
    return None

"""Reader: one table-driven test per layout trait of the genre, and generated fixtures for the other formats.

Each case is a small protocol written the way some template writes it; none is a copy of a real file.
"""
from __future__ import annotations

import io
import os
import shutil
import zipfile

import pytest

from indexer.parse import parse_file, parse_text
from indexer.parse.anslag import appeal_until
from indexer.read import ReadError, read_file
from tests.fixtures import write

FRONT = "Kommunstyrelsen\nSammanträdesdatum 2024-03-05\n"

TRAITS = [
    # (trait, text, field getter, expected)
    ("decision first under the title",
     FRONT + "§ 5 Budget\nBeslut\nKommunstyrelsen beslutar att anta budgeten.\nÄrendebeskrivning\nBakgrund här.\n",
     lambda p: p.paragraphs[0].decision, "Kommunstyrelsen beslutar att anta budgeten."),
    ("a long label line with a colon opens its section; a long line opening with a label word is text",
     FRONT + "§ 5 Taxa\nBeslutet om taxan fattades av kommunfullmäktige redan förra året och gäller från den 1 januari.\n"
     "Beslut: Kommunstyrelsen beslutar att anta den nya taxan för bygglov och att den ska gälla från den 1 juli 2024.\n",
     lambda p: (p.paragraphs[0].decision, p.paragraphs[0].text.split("\n")[0][:11]),
     ("Kommunstyrelsen beslutar att anta den nya taxan för bygglov och att den ska gälla från den 1 juli 2024.", "Beslutet om")),
    ("jäv declared in the running text, without a Jäv section",
     FRONT + "§ 5 Köp\nÄrendet gäller köp av mark vid Norrby. Lena Markström (C) anmäler jäv.\n",
     lambda p: p.paragraphs[0].jav, ["Lena Markström"]),
    ("beslutsunderlag is not the decision",
     FRONT + "§ 5 Budget\nBeslutsunderlag\nTjänsteskrivelse 2024-01-02\nBeslut\nNämnden antar budgeten.\n",
     lambda p: p.paragraphs[0].decision, "Nämnden antar budgeten."),
    ("recipients are not the decision",
     FRONT + "§ 5 Budget\nBeslut\nBudgeten antas.\nBeslutet skickas till\n• Ekonomienheten\n• Revisorerna\n",
     lambda p: (p.paragraphs[0].decision, p.paragraphs[0].recipients), ("Budgeten antas.", ["Ekonomienheten", "Revisorerna"])),
    ("own body's proposal to fullmäktige is its decision",
     FRONT + "§ 5 Taxa\nKommunstyrelsens förslag till kommunfullmäktige\nTaxan antas.\nÄrendebeskrivning\nText.\n",
     lambda p: p.paragraphs[0].decision, "Taxan antas."),
    ("another body's proposal is only a proposal",
     FRONT + "§ 5 Taxa\nArbetsutskottets förslag till beslut\nTaxan antas.\nBeslut\nKommunstyrelsen beslutar att anta taxan.\n",
     lambda p: (p.paragraphs[0].decision, p.paragraphs[0].proposal), ("Kommunstyrelsen beslutar att anta taxan.", "Taxan antas.")),
    ("vote from the result sentence",
     FRONT + "§ 5 Taxa\nOmröstning\nMed 16 ja-röster mot 13 nej-röster och 2 som avstår beslutar nämnden enligt förslaget.\n",
     lambda p: p.paragraphs[0].votes, {"ja": 16, "nej": 13, "avstår": 2}),
    ("vote from the voting list's totals row",
     FRONT + "§ 5 Taxa\nOmröstning\nLedamot\tJa\tNej\tAvstår\nAnna Ek (S)\tX\nSumma\t5\t3\t1\n",
     lambda p: p.paragraphs[0].votes, {"ja": 5, "nej": 3, "avstår": 1}),
    ("party group reservation",
     FRONT + "§ 5 Taxa\nReservation\nModeraternas och Kristdemokraternas ledamöter reserverar sig mot beslutet.\n",
     lambda p: [r.party for r in p.paragraphs[0].reservations], ["M", "KD"]),
    ("party groups named by their abbreviation: 'SD:s ledamöter', 'ledamöterna från V', 'M och KD'",
     FRONT + "§ 5 Taxa\nSD:s ledamöter reserverar sig.\n§ 6 Avgift\nLedamöterna från V reserverar sig.\n"
     "§ 7 Plan\nM och KD reserverar sig mot beslutet.\n",
     lambda p: [[r.party for r in x.reservations] for x in p.paragraphs], [["SD"], ["V"], ["M", "KD"]]),
    ("named reservation with party",
     FRONT + "§ 5 Taxa\nReservation\nLeila Karimi (S) reserverar sig mot beslutet.\n",
     lambda p: [(r.by, r.party) for r in p.paragraphs[0].reservations], [("Leila Karimi", "S")]),
    ("jäv",
     FRONT + "§ 5 Köp\nJäv\nLena Markström (C) anmäler jäv och deltar inte i handläggningen.\n",
     lambda p: p.paragraphs[0].jav, ["Lena Markström"]),
    ("yrkanden, each maker",
     FRONT + "§ 5 Köp\nYrkanden\nKarin Lund (S) och Lina Åberg (C) yrkar bifall.\nPer Nilsson (M) yrkar avslag.\n",
     lambda p: [m.by for m in p.paragraphs[0].motions], ["Karin Lund", "Lina Åberg", "Per Nilsson"]),
    ("speaker with title, name only",
     FRONT + "§ 5 Bokslut\nEkonomichef Johan Ekström redogör för bokslutet.\n",
     lambda p: p.paragraphs[0].speakers, ["Johan Ekström"]),
    ("debate participants are speakers",
     FRONT + "§ 5 Interpellation\nI debatten deltar Anders Vik (SD), Karin Lund (S) och Leo Martinsson (V).\n",
     lambda p: p.paragraphs[0].speakers, ["Anders Vik", "Karin Lund", "Leo Martinsson"]),
    ("dnr on the line under the title, labelled",
     FRONT + "§ 5 Remiss\nDiarienummer: RS/2023/0912\nText om remissen.\n",
     lambda p: (p.paragraphs[0].title, p.paragraphs[0].dnr), ("Remiss", "RS/2023/0912")),
    ("dnr on the heading line",
     FRONT + "KF § 14 Dnr KS 2024/0052\nInterpellation – svar\nText.\n",
     lambda p: (p.paragraphs[0].title, p.paragraphs[0].dnr), ("Interpellation – svar", "KS 2024/0052")),
    ("anslag after the last § is not text",
     FRONT + "§ 5 Budget\nBeslut\nBudgeten antas.\nANSLAG/BEVIS\nProtokollet är justerat.\nDatum då anslaget sätts upp 2024-03-11\n",
     lambda p: ("anslag" in p.paragraphs[0].text.lower(), p.anslag["posted"]), (False, "2024-03-11")),
    ("justering date is not the meeting date",
     "Kommunstyrelsen\nJusteringens plats och tid\tKansliet 2024-03-08\nSammanträdesdatum\t2024-03-05\n§ 1 A\nText.\n",
     lambda p: (p.date, p.justering_date), ("2024-03-05", "2024-03-08")),
    ("serving substitute and the member they replace",
     "Kommunstyrelsen 2024-03-05\nBeslutande\tAnna Ek (S), ordförande\nTjänstgörande ersättare\tPatrik Ljung (S) för Eva Rask (S)\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Eva Rask", "frånvarande"), ("Patrik Ljung", "beslutande")]),
    ("minnesanteckningar comma list",
     "# Minnesanteckningar\nDatum: 3 oktober 2024\nNärvarande: Helena Borg (Region Västmark, ordförande), Mikael Åström (Hagfjärds kommun)\n"
     "Förhinder: Olle Sten (Storsunds kommun)\n### Punkt 1 – Inledning\nText.\n",
     lambda p: [(x.name, x.group, x.organisation) for x in p.participants],
     [("Helena Borg", "närvarande", "Region Västmark"), ("Mikael Åström", "närvarande", "Hagfjärds kommun"),
      ("Olle Sten", "frånvarande", "Storsunds kommun")]),
    ("roles row under names row",
     FRONT + "§ 1 A\nText.\nUnderskrifter\nFredrik Olin\tTommy Sjöström\tElin Grön\nSekreterare\tOrdförande\tJusterare\n",
     lambda p: (p.secretary, p.chair, p.adjusters), ("Fredrik Olin", "Tommy Sjöström", ["Elin Grön"])),
    ("organisation and body apart",
     "HAGFJÄRDS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1 (3)\nKommunfullmäktige\t2024-03-25\n§ 1 A\nText.\n",
     lambda p: (p.organisation, p.body), ("Hagfjärds kommun", "Kommunfullmäktige")),
    ("two-column front page read as all labels, then all values",
     "Kommunstyrelsen\nPlats och tid\nBeslutande\nErsättare\nÖvriga närvarande\nUtses att justera\n"
     "Justeringens plats och tid\nStadshuset, 2024-03-05 kl. 13.00\nAnna Ek (S), ordförande\nOlle Lind (M)\n"
     "Eva Holm (C) för Per Ek (C)\nKim Dahl (V)\nLisa Berg, sekreterare\nJon Ek, ekonomichef\nOlle Lind\n"
     "Stadshuset 2024-03-11\n§ 1 A\nText.\n",
     lambda p: (p.date, p.justering_date, p.chair, p.secretary, p.adjusters,
                sorted((x.name, x.group) for x in p.participants)),
     ("2024-03-05", "2024-03-11", "Anna Ek", "Lisa Berg", ["Olle Lind"],
      [("Anna Ek", "beslutande"), ("Eva Holm", "beslutande"), ("Jon Ek", "övriga"), ("Kim Dahl", "ersättare"),
       ("Lisa Berg", "övriga"), ("Olle Lind", "beslutande"), ("Per Ek", "frånvarande")])),
    ("two-column front page with a wrapped member list and §§",
     "Kommunstyrelsen\nPlats och tid\nBeslutande\nEj tjänstgörande ersättare\nParagrafer\n"
     "Kommunhuset, 5 mars 2024 kl. 9.00\nAnna Ek (S), ordförande, Olle Lind (M),\nEva Holm (C)\n"
     "Kim Dahl (V), Siv Alm (L)\n§ 1–2\n§ 1 A\nText.\n§ 2 B\nText.\n",
     lambda p: (p.date, sorted((x.name, x.group) for x in p.participants)),
     ("2024-03-05", [("Anna Ek", "beslutande"), ("Eva Holm", "beslutande"), ("Kim Dahl", "ersättare"),
                     ("Olle Lind", "beslutande"), ("Siv Alm", "ersättare")])),
    ("anslag without a box after the last §: a sentence with both dates, the older labels, 'avpubliceras'",
     FRONT + "§ 1 A\nText.\nAnslaget har satts upp den 17 mars 2025 och tas ned den 8 april 2025.\n"
     "§ 2 B\nText.\nDatum för anslags uppsättande 2025-03-17\nDatum för anslags nedtagande 2025-04-08\n"
     "§ 3 C\nText.\nAnslaget publicerat: 2025-03-17\nAnslaget avpubliceras: 2025-04-08\n",
     lambda p: [(p.anslag, x.text) for x in p.paragraphs[-1:]] + [parse_text(FRONT + "§ 1 A\nText.\n" + tail).anslag
                for tail in ("Anslaget har satts upp den 17 mars 2025 och tas ned den 8 april 2025.\n",
                             "Datum för anslags uppsättande 2025-03-17\nDatum för anslags nedtagande 2025-04-08\n")],
     [({"posted": "2025-03-17", "removed": "2025-04-08"}, "Text.")] + [{"posted": "2025-03-17", "removed": "2025-04-08"}] * 2),
    ("anslag table read as all labels, then all values",
     FRONT + "§ 1 A\nText.\nANSLAG/BEVIS\nOrgan\nSammanträdesdatum\nDatum då anslaget sätts upp\n"
     "Datum då anslaget tas ned\nFörvaringsplats för protokollet\nKommunstyrelsen\n2024-03-05\n2024-03-12\n"
     "2024-04-03\nKommunkansliet\n",
     lambda p: (p.anslag, p.appeal_until, "Kommunkansliet" in p.paragraphs[0].text),
     ({"posted": "2024-03-12", "removed": "2024-04-03"}, "2024-04-02", False)),
    ("jäv by stepping aside, reason after",
     FRONT + "§ 5 Köp\nEva Holm (C) deltar inte i handläggningen på grund av jäv.\n",
     lambda p: p.paragraphs[0].jav, ["Eva Holm"]),
    ("jäv by stepping aside, reason first",
     FRONT + "§ 5 Köp\nPå grund av jäv deltar inte Eva Holm (C) i handläggningen av ärendet.\n",
     lambda p: p.paragraphs[0].jav, ["Eva Holm"]),
    ("jäv section: stepping aside without the word",
     FRONT + "§ 5 Köp\nJäv\nEva Holm (C) deltar inte i handläggningen.\n",
     lambda p: p.paragraphs[0].jav, ["Eva Holm"]),
    ("asking about jäv is no jäv",
     FRONT + "§ 5 Köp\nOrdföranden frågar om någon anmäler jäv. Ingen jäv föreligger.\n",
     lambda p: p.paragraphs[0].jav, []),
    ("abstentions in a sentence of their own",
     FRONT + "§ 5 Taxa\nOmröstning\nMed 7 ja-röster mot 4 nej-röster bifalls förslaget. 2 ledamöter avstår.\n",
     lambda p: p.paragraphs[0].votes, {"ja": 7, "nej": 4, "avstår": 2}),
    ("board minutes: past-tense decision in the text, history is not",
     "Styrelsen för Ebo Vatten AB\nStyrelsemöte 2024-02-12\nÄrende 1 Bokslut\nStyrelsen beslutade 2023-02-10 att anta "
     "riktlinjer.\nÄrende 2 Taxa\nStyrelsen beslutade\natt höja taxan med 3 procent.\n",
     lambda p: [x.decision for x in p.paragraphs], [None, "Styrelsen beslutade att höja taxan med 3 procent."]),
    ("board minutes: members, VD, 'Justeras' signatures",
     "Styrelsen för Ebo Vatten AB\nStyrelsemöte 2024-02-12\nNärvarande styrelseledamöter: Per Al, ordförande, Ola Berg\n"
     "Övriga: Maja Dun, VD\nÄrende 1 A\nText.\nVid protokollet\nEva Eng\nJusteras\nPer Al          Ola Berg\n",
     lambda p: (p.chair, p.secretary, p.adjusters, [(x.name, x.group, x.role, x.organisation) for x in p.participants]),
     ("Per Al", "Eva Eng", ["Ola Berg"], [("Per Al", "beslutande", "ordförande", None), ("Ola Berg", "beslutande", None, None),
                                          ("Maja Dun", "övriga", "VD", None)])),
    ("adjusters appointed in the paragraph, none on the front page",
     FRONT + "§ 1 Val av justerare\nTill justerare utses Lisa Ceder (M).\n§ 2 B\nOlle Lind utses att justera nästa protokoll.\n",
     lambda p: p.adjusters, ["Lisa Ceder"]),
    ("a title in lower case by its own spelling ('e-tjänster', 'eHälsa'); a reference's lower-case text is no title",
     FRONT + "§ 12 e-tjänster för bygglov\nText.\n§ 13 eHälsa i hemtjänsten\nEnligt\n§ 5 i förvaltningslagen gäller.\n",
     lambda p: [(x.number, x.title) for x in p.paragraphs], [("12", "e-tjänster för bygglov"), ("13", "eHälsa i hemtjänsten")]),
    ("a numbered item of minutes in lower case by its own spelling ('2. e-arkiv')",
     "Minnesanteckningar\nStyrgruppen för digitalisering\nDatum: 2025-02-11\n## 1. Mötet öppnas\nText.\n## 2. e-arkiv\n"
     "Läget redovisas.\n## 3. Övrigt\nInget.\n",
     lambda p: [(x.number, x.title) for x in p.paragraphs], [("1", "Mötet öppnas"), ("2", "e-arkiv"), ("3", "Övrigt")]),
    ("a reference wrapped to a line's start ('§ 4 Ekonomi i protokollet …') between § 13 and § 14 is no heading",
     FRONT + "§ 12 Budget\nText.\n§ 13 Taxa\nEnligt tidigare beslut, se\n§ 4 Ekonomi i protokollet från januari.\n"
     "Beslut\nTaxan antas.\n§ 14 Övrigt\nInget.\n",
     lambda p: ([x.number for x in p.paragraphs], p.paragraphs[1].decision), (["12", "13", "14"], "Taxan antas.")),
    ("jäv listed on the front page with the §§ it concerns",
     FRONT + "Beslutande: Anna Ek (S), ordförande, Bo Al (M), Karin Berg (C)\nJäv\tBo Al (M) §§ 1–2, Karin Berg (C) § 3\n"
     "§ 1 A\nText.\n§ 2 B\nText.\n§ 3 C\nText.\n§ 4 D\nText.\n",
     lambda p: [x.jav for x in p.paragraphs], [["Bo Al"], ["Bo Al"], ["Karin Berg"], []]),
    ("the appointment is the decision of 'Val av justerare', a name with a particle too",
     FRONT + "§ 1 Val av justerare\nLars de Geer (L) utses att justera.\n§ 2 Val av justerare\nUlla af Klercker väljs att "
     "justera.\n",
     lambda p: [x.decision for x in p.paragraphs], ["Lars de Geer (L) utses att justera.", "Ulla af Klercker väljs att justera."]),
    ("närvaroförteckning after the last §, cells as tabs",
     "Kommunfullmäktige\nSammanträdesdatum 2024-03-05\nBeslutande\tSe närvaroförteckning\n§ 1 A\nText.\n"
     "Närvaroförteckning\nLedamot\tErsättare\tNärvarande\nAnna Ek (S), ordförande\t\tX\nOlle Lind (M)\tSiv Berg (M)\tX\n"
     "Eva Holm (C)\t\t\nKim Dahl (V)\t\tX\n",
     lambda p: (p.chair, sorted((x.name, x.group) for x in p.participants), p.paragraphs[0].text),
     ("Anna Ek", [("Anna Ek", "beslutande"), ("Eva Holm", "frånvarande"), ("Kim Dahl", "beslutande"),
                  ("Olle Lind", "frånvarande"), ("Siv Berg", "beslutande")], "Text.")),
    ("närvaroförteckning on the front page, empty cells dropped (PDF text)",
     "Kommunfullmäktige\nSammanträdesdatum 2024-03-05\nLedamöter Tjänstgörande ersättare Närvaro\n"
     "Anna Ek (S), ordförande X\nOlle Lind (M) Siv Berg (M) X\nEva Holm (C)\nKim Dahl (V) X\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Eva Holm", "frånvarande"), ("Kim Dahl", "beslutande"), ("Olle Lind", "frånvarande"),
      ("Siv Berg", "beslutande")]),
    ("a member list that mentions ersättare is not a table header",
     "Kommunfullmäktige\nSammanträdesdatum 2024-03-05\nLedamöter: Anna Ek (S), ordförande, Olle Lind (M), ersättare Siv Berg\n§ 1 A\nText.\n",
     lambda p: [x.name for x in p.participants if x.group == "beslutande"][:2], ["Anna Ek", "Olle Lind"]),
    ("scan residue: leader dots read as 'oo', specks before labels and titles, a speck capital",
     "Tekniska nämnden\nSammanträdesdatum 2018-09-12\nBeslutande\tGunnar Ek (C), ordförande\n"
     "Ej tjänstgörande ersättare FErik Hallberg (M)\nUtses att justera oo Birgitta Lövgren (S)\n"
     "§ 41 | Val av justerare\nBeslut oe\nNämnden utser Birgitta Lövgren.\n§ 42 Taxa\nText.\n- Beslut\nTaxan höjs.\n"
     "ANSLAG/BEVIS\nDatum för anslags hedtagande : 2018-10-10\n",
     lambda p: (p.adjusters, [(x.name, x.group) for x in p.participants if x.group == "ersättare"],
                [(x.title, x.decision) for x in p.paragraphs], p.anslag["removed"]),
     (["Birgitta Lövgren"], [("Erik Hallberg", "ersättare")],
      [("Val av justerare", "Nämnden utser Birgitta Lövgren."), ("Taxa", "Taxan höjs.")], "2018-10-10")),
    ("a two-day meeting's date is its first day",
     "Kommunfullmäktige\nSammanträdesdatum 2024-06-17--18\n§ 1 A\nText.\n", lambda p: p.date, "2024-06-17"),
    ("speakers in the passive: information given by, questions answered by",
     FRONT + "§ 5 A\nInformation lämnas av förvaltningschef Bo Ek.\nAnna Ek (S) ställer en fråga som besvaras av Lisa Holm.\n"
     "Motionen besvaras av kommunstyrelsen.\n",
     lambda p: p.paragraphs[0].speakers, ["Bo Ek", "Lisa Holm"]),
    ("speakers after 'Yttrar sig:' / 'Deltar i debatten:'; presenters in the passive without where they come from",
     FRONT + "§ 5 A\nYttrar sig: Anna Ek (S), Bo Al (M)\n§ 6 B\nDeltar i debatten: Cia Berg (C) och Dan Ro (S)\n§ 7 C\n"
     "Ärendet presenteras av Kim Lund och Eva Berg från stadsbyggnadskontoret.\n",
     lambda p: [x.speakers for x in p.paragraphs], [["Anna Ek", "Bo Al"], ["Cia Berg", "Dan Ro"], ["Kim Lund", "Eva Berg"]]),
    ("the chair informing by name speaks; the chair opening the meeting does not",
     FRONT + "§ 5 A\nOrdförande Anna Ek informerar om arbetet med budgeten.\n§ 6 B\nOrdföranden Anna Ek öppnar mötet.\n",
     lambda p: [x.speakers for x in p.paragraphs], [["Anna Ek"], []]),
    ("a report given by ('Rapport lämnas av X', 'En dragning görs av Y'); the verb before its speaker's title and name",
     FRONT + "§ 5 A\nRapport lämnas av förvaltningschef Mia Ström. En dragning görs av Ola Berg.\n§ 6 B\nVid dagens "
     "sammanträde informerade HR-chefen Sara Dahl om sjukfrånvaron.\n§ 7 C\nVid dagens sammanträde informerar Lars Berg, "
     "miljöchef, om tillsynen.\n",
     lambda p: [x.speakers for x in p.paragraphs], [["Mia Ström", "Ola Berg"], ["Sara Dahl"], ["Lars Berg"]]),
    ("member table with the party in a column of its own",
     "Socialnämnden\nSammanträdesdatum 2024-05-14\nBeslutande\nNamn\tParti\tRoll\nAnna Ek\tS\tordförande\n"
     "Siv Berg\tS\ttjänstgörande ersättare för Per Ek (S)\n§ 1 A\nText.\n",
     lambda p: (p.chair, [(x.name, x.group, x.party) for x in p.participants]),
     ("Anna Ek", [("Anna Ek", "beslutande", "S"), ("Siv Berg", "beslutande", "S"), ("Per Ek", "frånvarande", "S")])),
    ("vote as labelled totals, one per line",
     FRONT + "§ 5 Taxa\nOmröstning\nOmröstningsresultat\nJa-röster: 4\nNej-röster: 3\nAvstår: 0\n",
     lambda p: p.paragraphs[0].votes, {"ja": 4, "nej": 3, "avstår": 0}),
    ("vote as 'Ja 8, Nej 2, Avstår 0' in a sentence",
     FRONT + "§ 5 Taxa\nBeslutsgång\nVotering begärs.\nOmröstningsresultat: Ja 8, Nej 2, Avstår 1.\n",
     lambda p: p.paragraphs[0].votes, {"ja": 8, "nej": 2, "avstår": 1}),
    ("vote as name lists with counts",
     FRONT + "§ 5 Taxa\nOmröstning\nJa-röster (3): Anna Ek (M), Bo Al (M), Siv Berg (C)\nNej-röster (2): Eva Holm (S), Kim Dahl (V)\n"
     "Avstår (0): –\n",
     lambda p: p.paragraphs[0].votes, {"ja": 3, "nej": 2, "avstår": 0}),
    ("reservation with the reservers after the verb",
     FRONT + "§ 5 Taxa\nReservation\nMot beslutet reserverar sig Socialdemokraterna och Vänsterpartiet till förmån för "
     "Eva Holms yrkande.\n",
     lambda p: [r.party for r in p.paragraphs[0].reservations], ["S", "V"]),
    ("named reservers after the verb",
     FRONT + "§ 5 Taxa\nMot beslutet reserverar sig Eva Holm (S) och Kim Dahl (V).\n",
     lambda p: [(r.by, r.party) for r in p.paragraphs[0].reservations], [("Eva Holm", "S"), ("Kim Dahl", "V")]),
    ("substitute written 'ersättare för' without 'tjänstgörande'",
     "Kommunstyrelsen 2024-03-05\nBeslutande\tAnna Ek (S), ordförande\n\tPatrik Ljung (S) ersättare för Eva Rask (S)\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Eva Rask", "frånvarande"), ("Patrik Ljung", "beslutande")]),
    ("members table with a 'Tjänstgör för' column",
     "Regionstyrelsen\nSammanträdesdatum 2025-05-20\nNärvarande ledamöter\nNamn\tParti\tFunktion\tTjänstgör för\n"
     "Ewa Lind\tS\tordförande\nUlf Berg\tM\ttjänstgörande ersättare\tHelena Vik\nMats Lund\tSD\tledamot\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Ewa Lind", "beslutande"), ("Helena Vik", "frånvarande"), ("Mats Lund", "beslutande"), ("Ulf Berg", "beslutande")]),
    ("heading as a table row with the dnr, unlabelled, in its last cell",
     FRONT + "§ 113\tDelårsrapport januari–april 2025\tRS 2025-00456\nText.\n§ 114\tMöte 2025-05-20\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs],
     [("Delårsrapport januari–april 2025", "RS 2025-00456"), ("Möte 2025-05-20", None)]),
    ("justering and anslag as sentences after the last §",
     FRONT + "§ 5 A\nText.\nVid protokollet\nEbba Norling\nProtokollet justerat 2025-03-19. Anslaget på kommunens "
     "anslagstavla 2025-03-20 – 2025-04-11.\n",
     lambda p: (p.justering_date, p.anslag), ("2025-03-19", {"posted": "2025-03-20", "removed": "2025-04-11"})),
    ("debate: 'I debatten yttrar sig'",
     FRONT + "§ 5 Budget\nI debatten yttrar sig Anna Ek (S), Bo Al (M) och Siv Berg (C).\n",
     lambda p: p.paragraphs[0].speakers, ["Anna Ek", "Bo Al", "Siv Berg"]),
    ("a visitor named with where they come from",
     FRONT + "§ 5 Läget\nMaria Ek från Polisen informerar om läget i centrum.\n",
     lambda p: p.paragraphs[0].speakers, ["Maria Ek"]),
    ("yrkanden: 'föreslår att' and 'Name (P): bifall' in the Yrkanden section, 'med instämmande av'",
     FRONT + "§ 5 Budget\nYrkanden\nAnna Ek (S) föreslår att ärendet återremitteras.\nBo Al (M): bifall till förslaget.\n"
     "Siv Berg (C) med instämmande av Kim Dahl (V) yrkar avslag.\n",
     lambda p: [m.by for m in p.paragraphs[0].motions], ["Anna Ek", "Bo Al", "Siv Berg", "Kim Dahl"]),
    ("the administration proposing is no yrkande",
     FRONT + "§ 5 Budget\nÄrendebeskrivning\nFörvaltningen föreslår att budgeten antas.\n",
     lambda p: p.paragraphs[0].motions, []),
    ("jäv as a label with names",
     FRONT + "§ 5 Köp\nJäv: Anna Ek (S)\nText om köpet.\n",
     lambda p: p.paragraphs[0].jav, ["Anna Ek"]),
    ("vote as 'röstsiffrorna 25–24'",
     FRONT + "§ 5 Budget\nVotering\nKommunfullmäktige beslutar med röstsiffrorna 25–24 enligt förslaget.\n",
     lambda p: p.paragraphs[0].votes, {"ja": 25, "nej": 24, "avstår": 0}),
    ("voting list without a totals row, cells kept (DOCX, HTML)",
     FRONT + "§ 5 Budget\nOmröstning\nLedamot\tJa\tNej\tAvstår\nAnna Ek (S)\tX\nBo Al (M)\t\tX\nSiv Berg (C)\tX\n"
     "Kim Dahl (V)\t\t\tX\nBeslut\nBudgeten antas.\n",
     lambda p: p.paragraphs[0].votes, {"ja": 2, "nej": 1, "avstår": 1}),
    ("a mover whose name's first word is no Swedish first name is the participant of the whole name",
     "Kommunstyrelsen\nSammanträdesdatum 2025-03-05\nBeslutande: Nguyen Van An (S), ordförande, Bo Al (M)\n§ 5 A\n"
     "Nguyen Van An (S) yrkar bifall.\nBeslut\nA.\nReservation\nNguyen Van An (S) reserverar sig.\n",
     lambda p: ([m.by for m in p.paragraphs[0].motions], [(r.by, r.party) for r in p.paragraphs[0].reservations]),
     (["Nguyen Van An"], [("Nguyen Van An", "S")])),
    ("board minutes' decision inside a line: after another sentence, or after an adverbial; another body's is history",
     "Styrelsen för Ekby Energi AB\nDatum: 2025-03-05\n1. Bokslut 2024\nVD Kim Ek redogjorde för bokslutet. Styrelsen "
     "beslutade att godkänna bokslutet.\n2. Solpark\nEfter diskussion beslutade styrelsen att investera i solparken.\n"
     "3. Bakgrund\nÄgaren har yttrat sig. Kommunfullmäktige beslutade att bolaget ska bygga solparker.\n",
     lambda p: [x.decision for x in p.paragraphs],
     ["Styrelsen beslutade att godkänna bokslutet.", "Efter diskussion beslutade styrelsen att investera i solparken.", None]),
    ("a job title in a person's parentheses is their role, an organisation there their organisation",
     FRONT + "Övriga närvarande: Ulla Sten (HR-chef), Kim Ek (Ekonomichef), Bo Al (Region Sydvik)\n§ 1 A\nText.\n",
     lambda p: [(x.name, x.role, x.organisation) for x in p.participants if x.group == "övriga"],
     [("Ulla Sten", "HR-chef", None), ("Kim Ek", "ekonomichef", None), ("Bo Al", None, "Region Sydvik")]),
    ("minutes' passive 'Beslutades att …' is the decision",
     "Minnesanteckningar\nNätverket för folkhälsa\nDatum: 2025-05-14\n1. Inledning\nOrdföranden hälsade välkommen.\n"
     "2. Handlingsplan\nBeslutades att anta handlingsplanen för 2026.\n",
     lambda p: [x.decision for x in p.paragraphs], [None, "Beslutades att anta handlingsplanen för 2026."]),
    ("the § number at the right margin after the title ('Budget 2026<TAB>§ 12', 'Taxor   KS § 13')",
     "Kommunstyrelsen\nSammanträdesdatum 2025-03-05\nBudget 2026\t§ 12\nDnr KS 2025/12\nBeslut\nBudgeten antas.\n"
     "Taxor 2026     KS § 13\nBeslut\nTaxorna antas.\n",
     lambda p: [(x.number, x.title, x.dnr, x.decision) for x in p.paragraphs],
     [("12", "Budget 2026", "KS 2025/12", "Budgeten antas."), ("13", "Taxor 2026", None, "Taxorna antas.")]),
    ("a § without a title opens with its decision: no title taken from the label; 'Information' is still a title",
     FRONT + "§ 14\nBeslut\nNoteras.\n§ 15\nInformation\nKommunchefen informerar.\n",
     lambda p: [(x.title, x.decision) for x in p.paragraphs], [("§ 14", "Noteras."), ("Information", None)]),
    ("an ärendelista before the paragraphs, its last entry followed by a front-page label: no paragraph of its own",
     "Kommunstyrelsen\nSammanträdesdatum 2025-03-05\nÄrendelista\n§ 12 Val av justerare\n§ 13 Budget 2026\nBeslutande: "
     "Anna Ek (S), ordförande\n§ 12 Val av justerare\nBeslut\nBo Al utses.\n§ 13 Budget 2026\nBeslut\nBudgeten antas.\n",
     lambda p: (p.chair, [x.number for x in p.paragraphs]), ("Anna Ek", ["12", "13"])),
    ("a title cut after a preposition goes on on the next line, even one that starts with a capital",
     FRONT + "§ 5 Motion om en ny förskola i\nNorrby\nDnr KS 2025/12\nText.\n§ 6 Detaljplan för del av\nEkby 4:12 m.fl.\nText.\n"
     "§ 7 Yttrande över remiss från Länsstyrelsen om förslag till\nnytt naturreservat i Ekbyskogen och skötselplan för området\n"
     "Text.\n§ 8 Information\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs],
     [("Motion om en ny förskola i Norrby", "KS 2025/12"), ("Detaljplan för del av Ekby 4:12 m.fl.", None),
      ("Yttrande över remiss från Länsstyrelsen om förslag till nytt naturreservat i Ekbyskogen och skötselplan för området",
       None), ("Information", None)]),
    ("several dnr on one heading ('Dnr KS 2025/34, KS 2025/35'), a date after a dnr is none, a series last ('2025.0101.KS')",
     FRONT + "§ 5 Dnr KS 2025/0034, KS 2025/0035\nMotioner om lekplatser\nText.\n§ 6 Budget\nDnr KS 2025/12, 2025-03-01\nText.\n"
     "§ 7 Diarienr: 2025.0101.KS\nAvgifter\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs],
     [("Motioner om lekplatser", "KS 2025/0034, KS 2025/0035"), ("Budget", "KS 2025/12"), ("Avgifter", "2025.0101.KS")]),
    ("dnr labelled 'Ärendenr'",
     FRONT + "§ 5 Budget\nÄrendenr: KS 2024:0456\nText.\n",
     lambda p: (p.paragraphs[0].title, p.paragraphs[0].dnr), ("Budget", "KS 2024:0456")),
    ("dnr labelled as case systems name it ('Ärende-ID', 'Ärendebeteckning')",
     FRONT + "§ 5 Budget\nÄrende-ID: 2025/123\nText.\n§ 6 Taxa\nÄrendebeteckning KS 2025/77\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs], [("Budget", "2025/123"), ("Taxa", "KS 2025/77")]),
    ("'Mötesordförande' and 'Protokollförare' labels",
     FRONT + "Mötesordförande: Anna Ek\nProtokollförare: Bo Al\nJusterare: Siv Berg\n§ 1 A\nText.\n",
     lambda p: (p.chair, p.secretary, p.adjusters), ("Anna Ek", "Bo Al", ["Siv Berg"])),
    ("'Mötets ordförande' and 'Sekreterare för sammanträdet' labels",
     FRONT + "Mötets ordförande: Anna Ek\nSekreterare för sammanträdet: Bo Al\nJusterare: Siv Berg\n§ 1 A\nText.\n",
     lambda p: (p.chair, p.secretary, p.adjusters), ("Anna Ek", "Bo Al", ["Siv Berg"])),
    ("a role after the party without a comma ('Anna Ek (S) ordf')",
     "Kommunstyrelsen\nSammanträdesdatum 2024-03-05\nLedamöter: Anna Ek (S) ordf, Bo Al (M)\n§ 1 A\nText.\n",
     lambda p: (p.chair, [x.name for x in p.participants if x.group == "beslutande"]), ("Anna Ek", ["Anna Ek", "Bo Al"])),
    ("anslag as 'Bevis om anslag' with 'Datum för tillkännagivande'",
     FRONT + "§ 1 A\nText.\nBevis om anslag\nDatum för tillkännagivande 2024-03-12\n",
     lambda p: (p.anslag["posted"], "tillkännagivande" in p.paragraphs[0].text), ("2024-03-12", False)),
    ("anslag as a sentence naming the anslagstavla",
     FRONT + "§ 1 A\nText.\nAnslag\nProtokollet publiceras på kommunens digitala anslagstavla 2024-03-12.\n"
     "Anslaget tas bort 2024-04-03.\n",
     lambda p: p.anslag, {"posted": "2024-03-12", "removed": "2024-04-03"}),
    ("'Nämnd:' as the label of the body",
     "Ekeby kommun\nNämnd: Socialnämnden\nMötesdatum: 2024-03-05\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation, p.date), ("Socialnämnden", "Ekeby kommun", "2024-03-05")),
    ("organisation in the genitive ('Ekeby kommuns valnämnd')",
     "Ekeby kommuns valnämnd\nSammanträdesdatum 2024-03-05\n§ 1 A\nText.\n",
     lambda p: p.organisation, "Ekeby kommun"),
    ("an appendix on how to appeal after the last § belongs to no §",
     FRONT + "§ 1 A\nBeslut\nNämnden noterar informationen.\n\fHur man överklagar (laglighetsprövning)\nDen som är "
     "medlem i kommunen kan överklaga beslutet inom tre veckor.\n",
     lambda p: (p.paragraphs[0].decision, p.paragraphs[0].text.splitlines()[-1]),
     ("Nämnden noterar informationen.", "Nämnden noterar informationen.")),
    ("an appendix headed 'Överklagandehänvisning' likewise",
     FRONT + "§ 1 A\nText om ärendet.\nÖverklagandehänvisning\nBeslutet kan överklagas hos förvaltningsrätten.\n",
     lambda p: p.paragraphs[0].text, "Text om ärendet."),
    ("the body after 'Protokoll,' ('Protokoll, kommunstyrelsens sammanträde 2024-03-05')",
     "Protokoll, kommunstyrelsens sammanträde 2024-03-05\n§ 1 A\nText.\n", lambda p: (p.body, p.date),
     ("Kommunstyrelsen", "2024-03-05")),
    ("the organisation as a logo breaks it over two lines ('Ekby' / 'kommun')",
     "Ekby\nkommun\nKommunstyrelsen\nSammanträdesdatum 2024-03-05\n§ 1 A\nText.\n", lambda p: p.organisation, "Ekby kommun"),
    ("the organisation as a logo breaks it over two lines ('Region' / 'Sydvik')",
     "Region\nSydvik\nRegionstyrelsen\nSammanträdesdatum 2024-03-05\n§ 1 A\nText.\n", lambda p: p.organisation, "Region Sydvik"),
    ("the organisation capitalised as a letterhead writes it ('Ekby Kommun')",
     "Ekby Kommun\nSocialnämnden\nSammanträdesdatum 2024-03-05\n§ 1 A\nText.\n", lambda p: p.organisation, "Ekby kommun"),
    ("the organisation named only in the page footer's postal address",
     FRONT + "Beslutande: Anna Ek (S), ordförande\nVästerviks kommun, 593 80 Västervik, Tel 0490-25 40 00\n\f"
     "§ 1 A\nText.\nVästerviks kommun, 593 80 Västervik, Tel 0490-25 40 00\n",
     lambda p: (p.organisation, p.paragraphs[0].text), ("Västerviks kommun", "Text.")),
    ("a company's board meeting: the body is the board",
     "Protokoll fört vid styrelsemöte i Ekeby Energi AB\n2024-03-05\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Styrelsen", "Ekeby Energi AB")),
    ("the meeting adopting the proposal on a later line under its heading; the proposal alone is no decision",
     FRONT + "§ 1 A\nFörslag till beslut\nKommunstyrelsen godkänner rapporten.\nKommunstyrelsen beslutar i enlighet med "
     "förvaltningens förslag.\n§ 2 B\nFörslag till beslut\nKommunstyrelsen beslutar att godkänna rapporten.\n",
     lambda p: [x.decision for x in p.paragraphs], ["Kommunstyrelsen beslutar i enlighet med förvaltningens förslag.", None]),
    ("'Beslut enligt förslag.' after the proposal is the decision; 'Beslutade' opens one in minutes",
     FRONT + "§ 1 A\nBeslutsförslag\nKommunstyrelsen antar riktlinjerna.\nBeslut enligt förslag.\n§ 2 B\nText.\n"
     "Beslutades i enlighet med förvaltningens förslag.\n§ 3 C\nBeslutade\nAtt godkänna rapporten.\n§ 4 D\n"
     "Rapporten redovisas.\nBeslutade att godkänna rapporten.\n",
     lambda p: [x.decision for x in p.paragraphs],
     ["Beslut enligt förslag.", "Beslutades i enlighet med förvaltningens förslag.", "Att godkänna rapporten.",
      "Beslutade att godkänna rapporten."]),
    ("a body named after its owner in the genitive is given in the definite form",
     "Protokoll från Storviks kommuns krisledningsnämnd\nDatum 2025-03-12\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Krisledningsnämnden", "Storviks kommun")),
    ("minutes with 'Mötesordförande' and 'Mötessekreterare' labels",
     "Minnesanteckningar\nNätverket för folkhälsa\nDatum: 2025-09-01\nDeltagare: Kim Lo, Pär Ek, Ylva Sten\n"
     "Mötesordförande: Kim Lo\nMötessekreterare: Ylva Sten\n1. Inledning\nText.\n",
     lambda p: (p.chair, p.secretary), ("Kim Lo", "Ylva Sten")),
    ("a kommunalförbund named 'Kommunalförbundet X' on the first line",
     "Kommunalförbundet Västkust\nDirektionen\nProtokoll 2025-05-05\nPunkt 7. Budget 2026\nText.\n",
     lambda p: (p.body, p.organisation, [x.number for x in p.paragraphs]), ("Direktionen", "Kommunalförbundet Västkust", ["7"])),
    ("the arbetsutskott's own proposal to the styrelse is its decision",
     "Kommunstyrelsens arbetsutskott\nSammanträdesdatum 2024-03-05\n§ 5 Budget\nArbetsutskottets förslag till kommunstyrelsen\n"
     "Kommunstyrelsen antar budgeten.\n",
     lambda p: p.paragraphs[0].decision, "Kommunstyrelsen antar budgeten."),
    ("'Att justera:' label",
     FRONT + "Att justera: Bo Al\n§ 1 A\nText.\n", lambda p: p.adjusters, ["Bo Al"]),
    ("a member marked '(frånvarande)' in the list",
     "Socialnämnden\nSammanträdesdatum 2024-03-05\nLedamöter: Anna Ek (S), ordförande, Bo Al (M) (frånvarande), Siv Berg (C)\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Bo Al", "frånvarande"), ("Siv Berg", "beslutande")]),
    ("a PDF member table whose cells ran together ('Anna Ek S ordförande')",
     "Socialnämnden\nSammanträdesdatum 2024-03-05\nBeslutande\nAnna Ek S ordförande\nBo Al M\n§ 1 A\nText.\n",
     lambda p: (p.chair, sorted((x.name, x.party) for x in p.participants)), ("Anna Ek", [("Anna Ek", "S"), ("Bo Al", "M")])),
    ("a scan's running header lines, however OCR spelled them, are furniture",
     FRONT + "§ 5 Taxa\nText.\nLILIVRETA KOMMUN 'SAMMANTRÄDESPROTOKOLL 3 (3)\nTi k d : Sammanträdesdatum ekniska nämnden 2018-0912\n"
     "Mer text.\n",
     lambda p: p.paragraphs[0].text, "Text.\nMer text."),
    ("each member's vote from a voting list's cells (the serving substitute votes)",
     FRONT + "§ 5 Budget\nOmröstning\nLedamot\tErsättare\tJa\tNej\tAvstår\nAnna Ek (S)\t\tX\nBo Al (M)\tSiv Berg (M)\t\tX\n"
     "Kim Dahl (V)\t\t\t\tX\nSumma\t\t1\t1\t1\nBeslut\nBudgeten antas.\n",
     lambda p: [(v["name"], v["party"], v["vote"]) for v in p.paragraphs[0].voting_list],
     [("Anna Ek", "S", "ja"), ("Siv Berg", "M", "nej"), ("Kim Dahl", "V", "avstår")]),
    ("each member's vote from name lists",
     FRONT + "§ 5 Budget\nOmröstning\nJa-röster (2): Anna Ek (S), Bo Al (M)\nNej-röster (1): Kim Dahl (V)\nAvstår (0): –\n",
     lambda p: [(v["name"], v["vote"]) for v in p.paragraphs[0].voting_list], [("Anna Ek", "ja"), ("Bo Al", "ja"), ("Kim Dahl", "nej")]),
    ("protokollsanteckning and särskilt yttrande as notes, not the decision",
     FRONT + "§ 5 Budget\nBeslut\nBudgeten antas.\nProtokollsanteckning\nV lämnar en anteckning.\nSärskilt yttrande\nM yttrar sig.\n",
     lambda p: (p.paragraphs[0].decision, p.paragraphs[0].notes), ("Budgeten antas.", ["V lämnar en anteckning.", "M yttrar sig."])),
    ("the decision sentence closing a Propositionsordning section, without a Beslut label",
     FRONT + "§ 5 Taxa\nYrkanden\nAnna Ek (S) yrkar bifall.\nPropositionsordning\nOrdföranden ställer proposition och finner "
     "bifall.\nKommunstyrelsen beslutar att anta taxan.\nReservation\nBo Al (M) reserverar sig mot beslutet.\n",
     lambda p: p.paragraphs[0].decision, "Kommunstyrelsen beslutar att anta taxan."),
    ("the decision sentence after a Jäv section",
     FRONT + "§ 5 Köp\nJäv\nLena Ek (C) anmäler jäv och deltar inte.\nKommunstyrelsen beslutar att köpa fastigheten.\n",
     lambda p: (p.paragraphs[0].decision, p.paragraphs[0].jav), ("Kommunstyrelsen beslutar att köpa fastigheten.", ["Lena Ek"])),
    ("a yrkande's wrapped wording is not the decision",
     FRONT + "§ 5 Taxa\nYrkanden\nBo Al (M) yrkar att\nKommunstyrelsen beslutar att avslå förslaget.\n",
     lambda p: p.paragraphs[0].decision, None),
    ("a substitute who 'tjänstgör för' a member",
     FRONT + "Beslutande\tAnna Ek (S), ordförande\n\tLeif Holm (KD) tjänstgör för Eva Berg (KD)\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Eva Berg", "frånvarande"), ("Leif Holm", "beslutande")]),
    ("an official's job title before the meeting role ('Tomas Frid, regionjurist, sekreterare')",
     FRONT + "Beslutande\tAnna Ek (S), ordförande\nÖvriga närvarande\tTomas Frid, regionjurist, sekreterare\n§ 1 A\nText.\n",
     lambda p: p.secretary, "Tomas Frid"),
    ("a signature line sharing its row with 'Paragrafer', the name on the line below",
     FRONT + "§ 1 A\nText.\nUnderskrifter\tSekreterare\t..........\tParagrafer 1\n\tTomas Frid\n\tOrdförande\t..........\n\tAnna Ek\n",
     lambda p: (p.secretary, p.chair), ("Tomas Frid", "Anna Ek")),
    ("anslag labels wrapped onto the next line, one per column",
     FRONT + "§ 1 A\nText.\nANSLAG/BEVIS\nDatum då anslaget\t2024-03-08\tDatum då anslaget\t2024-03-30\nsätts upp\ttas ned\n"
     "Förvaringsplats för\tKommunkansliet\nprotokollet\n",
     lambda p: p.anslag, {"posted": "2024-03-08", "removed": "2024-03-30"}),
    ("a justering label wrapped onto the next line ('Justeringens' / 'plats och tid')",
     "Kommunstyrelsen\nSammanträdesdatum\t2024-03-05\nJusteringens\tKommunhuset, 2024-03-07\nplats och tid\nPlats\tRådhuset\n§ 1 A\nText.\n",
     lambda p: (p.justering_date, p.place), ("2024-03-07", "Rådhuset")),
    ("the organisation in a header row beside column titles ('Region X<TAB>Sammanträdesdatum<TAB>Sida')",
     "\tPROTOKOLL\nRegion Nordanå\tSammanträdesdatum\tSida\nRegionstyrelsen\t2025-03-13\t1 (8)\n§ 1 A\nText.\n",
     lambda p: (p.organisation, p.body, p.date), ("Region Nordanå", "Regionstyrelsen", "2025-03-13")),
    ("a member present for some paragraphs only ('Britt Nord (C) §§ 101–104')",
     FRONT + "Ledamöter:\nAnna Ek (S), ordförande\nBritt Nord (C) §§ 101–104\n§ 101 A\nText.\n",
     lambda p: [(x.name, x.party, x.paragraphs) for x in p.participants],
     [("Anna Ek", "S", None), ("Britt Nord", "C", "§§ 101–104")]),
    ("the place after the time in 'Tid och plats' ('… kl. 13.00–16.40 i Sessionssalen, Stadshuset')",
     "Kommunstyrelsen\nTid och plats: Tisdagen den 8 oktober 2024 kl. 13.00–16.40 i Sessionssalen, Stadshuset\n§ 1 A\nText.\n",
     lambda p: (p.date, p.place), ("2024-10-08", "Sessionssalen, Stadshuset")),
    ("a members table whose Funktion cell names whom a substitute serves for",
     FRONT + "Närvarande\nNamn\tParti\tFunktion\nRolf Dahl\tM\tOrdförande\nMats Öberg\tSD\tTjänstgörande ersättare för Jan Ek (SD)\n"
     "§ 1 A\nText.\n",
     lambda p: [(x.name, x.group, x.party) for x in p.participants],
     [("Rolf Dahl", "beslutande", "M"), ("Mats Öberg", "beslutande", "SD"), ("Jan Ek", "frånvarande", "SD")]),
    ("the decision sentence of a body named 'Bygg- och miljönämnden', without a label",
     FRONT + "§ 36 Tillsynsplan\nDnr BMN 2024-000088\nBygg- och miljönämnden beslutar att anta tillsynsplanen.\n",
     lambda p: p.paragraphs[0].decision, "Bygg- och miljönämnden beslutar att anta tillsynsplanen."),
    ("vote counts written as verbs ('7 röstar ja, 4 röstar nej och 2 avstår')",
     FRONT + "§ 5 Taxa\nOmröstning\nOmröstning genomförs. 7 röstar ja, 4 röstar nej och 2 avstår från att rösta.\n",
     lambda p: p.paragraphs[0].votes, {"ja": 7, "nej": 4, "avstår": 2}),
    ("the decision after the vote, verb before the body ('Med 7 röster mot 4 beslutar kommunstyrelsen att …')",
     FRONT + "§ 5 Taxa\nOmröstning\nMed 7 röster mot 4 beslutar kommunstyrelsen att bifalla förslaget.\n",
     lambda p: (p.paragraphs[0].decision, p.paragraphs[0].votes),
     ("Med 7 röster mot 4 beslutar kommunstyrelsen att bifalla förslaget.", {"ja": 7, "nej": 4, "avstår": 0})),
    ("'Därmed beslutar …' closing the Beslutsgång",
     FRONT + "§ 5 Taxa\nBeslutsgång\nOrdföranden ställer proposition och finner bifall.\nDärmed beslutar kommunstyrelsen enligt "
     "Sara Holms yrkande.\n",
     lambda p: p.paragraphs[0].decision, "Därmed beslutar kommunstyrelsen enligt Sara Holms yrkande."),
    ("a roll-call table with the party in a column of its own",
     FRONT + "Närvarolista\nLedamöter\tParti\tTjänstgörande ersättare\nHans Berg, ordförande\tS\nLisa Holm\tM\tPer Dal (M)\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group, x.party) for x in p.participants),
     [("Hans Berg", "beslutande", "S"), ("Lisa Holm", "frånvarande", "M"), ("Per Dal", "beslutande", "M")]),
    ("the decision after the vote inside the line that asked for it ('Votering begärs … Med 28 ja-röster … beslutar')",
     FRONT + "§ 5 Motion\nOmröstning\nVotering begärs och verkställs. Med 28 ja-röster mot 9 nej-röster beslutar "
     "kommunstyrelsen att avslå motionen.\n",
     lambda p: p.paragraphs[0].decision, "Med 28 ja-röster mot 9 nej-röster beslutar kommunstyrelsen att avslå motionen."),
    ("anslag fields after the last paragraph without an Anslag heading, long-form dates",
     FRONT + "§ 1 A\nText.\nAnslaget sätts upp: 24 september 2024\nAnslaget tas ned: 16 oktober 2024\n",
     lambda p: (p.anslag, p.paragraphs[0].text), ({"posted": "2024-09-24", "removed": "2024-10-16"}, "Text.")),
    ("'Protokollet har justerats och anslagits på … anslagstavla DATE'",
     FRONT + "§ 1 A\nText.\nProtokollet har justerats och anslagits på kommunens anslagstavla 2024-03-12.\n",
     lambda p: (p.anslag["posted"], p.paragraphs[0].text), ("2024-03-12", "Text.")),
    ("the justering the 'Val av justerare' paragraph sets, the year from the meeting",
     FRONT + "§ 1 Val av justerare och tid för justering\nTill justerare utses Bo Al. Justering sker den 8 mars på kansliet.\n"
     "§ 2 B\nText.\n",
     lambda p: (p.justering_date, p.adjusters), ("2024-03-08", ["Bo Al"])),
    ("a later date in another sentence is not the justering",
     FRONT + "§ 1 Val av justerare\nTill justerare utses Bo Al. Justering sker på kansliet. Nästa möte 2024-04-02.\n",
     lambda p: p.justering_date, None),
    ("a dnr closing the heading's title without its label ('Budget 2025 (KS 2024/12)', '…, KS 2024/12')",
     FRONT + "§ 12 Budget 2025 (KS 2024/12)\nText.\n§ 13 Taxor, KS 2024/13\nText.\n§ 14 Budget 2024/25\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs],
     [("Budget 2025", "KS 2024/12"), ("Taxor", "KS 2024/13"), ("Budget 2024/25", None)]),
    ("dnr labelled 'Ärende:'",
     FRONT + "§ 12 Budget 2025\nÄrende: KS 2024-000123\nText.\n",
     lambda p: (p.paragraphs[0].dnr, p.paragraphs[0].text), ("KS 2024-000123", "Text.")),
    ("roles written first throughout one line ('Ordförande Anna Ek (S), 1:e vice ordförande Bo Al (M), …')",
     FRONT + "Beslutande: Ordförande Anna Ek (S), 1:e vice ordförande Bo Al (M), ledamot Siv Berg (C)\n§ 1 A\nText.\n",
     lambda p: [(x.name, x.role) for x in p.participants],
     [("Anna Ek", "ordförande"), ("Bo Al", "1:e vice ordförande"), ("Siv Berg", "ledamot")]),
    ("the role before the member ('Ordförande Anna Ek (S)') inside the Beslutande list",
     FRONT + "Beslutande\nOrdförande Anna Ek (S)\nVice ordförande Bo Al (M)\nSiv Berg (C)\n§ 1 A\nText.\n",
     lambda p: (p.chair, [(x.name, x.role) for x in p.participants]),
     ("Anna Ek", [("Anna Ek", "ordförande"), ("Bo Al", "vice ordförande"), ("Siv Berg", None)])),
    ("a dash between the party and the role ('Anna Ek (S) – ordförande')",
     FRONT + "Beslutande\nAnna Ek (S) – ordförande\nBo Al (M)\n§ 1 A\nText.\n",
     lambda p: (p.chair, [x.name for x in p.participants]), ("Anna Ek", ["Anna Ek", "Bo Al"])),
    ("absence written after the party without parentheses ('Bo Al (M) ej närvarande')",
     FRONT + "Beslutande\nAnna Ek (S), ordförande\nBo Al (M) ej närvarande\n§ 1 A\nText.\n",
     lambda p: [(x.name, x.group, x.party) for x in p.participants],
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "frånvarande", "M")]),
    ("'B (M), ersatt av A (M)': the member absent, the substitute serving",
     FRONT + "Ledamöter\nAnna Ek (S), ordförande\nBo Al (M), ersatt av Siv Berg (M)\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Bo Al", "frånvarande"), ("Siv Berg", "beslutande")]),
    ("the paragraphs a substitute served, after the role ('tjänstgörande ersättare §§ 4–5')",
     FRONT + "Beslutande\nAnna Ek (S), ordförande\nSiv Berg (M), tjänstgörande ersättare §§ 4–5\n§ 1 A\nText.\n",
     lambda p: [(x.name, x.role, x.paragraphs) for x in p.participants],
     [("Anna Ek", "ordförande", None), ("Siv Berg", "tjänstgörande ersättare", "§§ 4–5")]),
    ("the body's act in the present tense as the decision, where no 'beslutar' says it",
     "Socialnämnden\nSammanträdesdatum 2024-03-05\n§ 5 Information\nSocialchefen informerar.\nSocialnämnden tackar för "
     "informationen.\n§ 6 Taxa\nNämnden lägger rapporten till handlingarna.\n",
     lambda p: [x.decision for x in p.paragraphs], ["Socialnämnden tackar för informationen.", "Nämnden lägger rapporten till handlingarna."]),
    ("another body's act, or a past one, is not this meeting's decision",
     "Socialnämnden\nSammanträdesdatum 2024-03-05\n§ 5 Taxa\nKommunstyrelsen godkänner taxor i mars.\n§ 6 Info\n"
     "Socialnämnden godkände taxan 2019.\n",
     lambda p: [x.decision for x in p.paragraphs], [None, None]),
    ("a bare dnr alone on the line under the heading ('KS 2024/311'); a date there is not one",
     FRONT + "§ 3   Svar på motion om solceller\nKS 2024/311\nText.\n§ 4 Budget\n2024-02-01\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs], [("Svar på motion om solceller", "KS 2024/311"), ("Budget", None)]),
    ("the anslag posted in prose, dates in words ('har tillkännagivits genom anslag … den 28 februari 2025')",
     FRONT + "§ 1 A\nText.\nBEVIS\nJusteringen har tillkännagivits genom anslag på kommunens digitala anslagstavla den "
     "28 februari 2025. Anslaget tas ned den 24 mars 2025.\n",
     lambda p: (p.anslag, p.appeal_until), ({"posted": "2025-02-28", "removed": "2025-03-24"}, "2025-03-21")),
    ("a dash in a roll call's substitute column: the seat stood empty",
     FRONT + "Närvarolista\nLedamot Parti Tjänstgörande ersättare\nAnna Ek S\nBo Al M Siv Berg\nKim Dahl SD –\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Bo Al", "frånvarande"), ("Kim Dahl", "frånvarande"), ("Siv Berg", "beslutande")]),
    ("a roll call after the last § with a presence column 'Ja'/'Nej': 'Nej' is away, the answer no part of a name",
     FRONT + "§ 1 A\nText.\n\nBilaga 1 – Närvarolista\nLedamot\tParti\tTjänstgörande ersättare\tNärvaro\n"
     "Anna Ek, ordförande\tS\tJa\nBo Al\tM\tSiv Berg\tNej\nKim Dahl\tSD\tNej\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Bo Al", "frånvarande"), ("Kim Dahl", "frånvarande"), ("Siv Berg", "beslutande")]),
    ("a voting list appended after the last § ('Bilaga 1 till § 3 – Omröstningslista') counts for its §, not the last",
     FRONT + "§ 3 Motion\nOmröstning begärs. Omröstningslista, se bilaga 1.\nBeslut\nMotionen bifalls.\n§ 4 Info\n"
     "Beslut\nInformationen läggs till handlingarna.\n\nBilaga 1 till § 3 – Omröstningslista\n"
     "Ledamot\tJa\tNej\tAvstår\nAnna Ek (S)\tX\nBo Al (M)\t\tX\nSiv Berg (C)\tX\nSumma\t2\t1\t0\n",
     lambda p: [(x.number, x.votes, len(x.voting_list), "Bo Al" in x.text) for x in p.paragraphs],
     [("3", {"ja": 2, "nej": 1, "avstår": 0}, 3, False), ("4", None, 0, False)]),
    ("a roll call's header with a scan's speck glued to it ('CLedamot') still opens the table",
     FRONT + "§ 1 A\nText.\nBilaga 1 - Närvarolista\nCLedamot\tParti\tTjänstgörande ersättare\tNärvaro\n"
     "Anna Ek, ordförande\tS\tJa\nBo Al\tM\tSiv Berg\tNej\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Bo Al", "frånvarande"), ("Siv Berg", "beslutande")]),
    ("a scan read a people label after the lines beside it: 'Beslutande: Se närvarolista' keeps none of them",
     FRONT.replace("Beslutande\tAnna Ek (S), ordförande\n\tBo Al (M)\n", "") + "Beslutande\tSe närvarolista, sida 2\n"
     "Erik Sand, kommundirektör\nLena Vik, ekonomichef\nÖvriga närvarande\nUtses att justera\tBo Al (M)\n§ 1 A\nText.\n",
     lambda p: [(x.name, x.group) for x in p.participants], [("Erik Sand", "övriga"), ("Lena Vik", "övriga")]),
    ("a label whose last word a scan read into the value beside it ('Ej. tjänstgörande Anna Ek (S) ersättare Bo Al (M)')",
     FRONT + "Ej.\ttjänstgörande Cecilia Roos (S) ersättare\tFredrik Nyqvist (M)\n§ 1 A\nText.\n",
     lambda p: [(x.name, x.group) for x in p.participants if x.group == "ersättare"],
     [("Cecilia Roos", "ersättare"), ("Fredrik Nyqvist", "ersättare")]),
    ("'Bilaga 1' alone over 'Omröstningslista § 3': the list ends the last § and counts for § 3",
     FRONT + "§ 3 Motion\nOmröstning begärs.\nBeslut\nMotionen bifalls.\n§ 4 Info\nBeslut\nNoteras.\n"
     "Justerandes sign\nBilaga 1\nOmröstningslista § 3\nLedamot\tParti\tJa\tNej\tAvstår\nAnna Ek\tS\tX\n"
     "Bo Al\tM\t\tX\nSiv Berg\tC\t\t\tX\nSumma\t\t1\t1\t1\n",
     lambda p: [(x.number, x.votes, x.text) for x in p.paragraphs],
     [("3", {"ja": 1, "nej": 1, "avstår": 1}, "Omröstning begärs.\nBeslut\nMotionen bifalls."),
      ("4", None, "Beslut\nNoteras.")]),
    ("a närvaro- och omröstningslista with Ja/Nej/Avstår columns under each § voted on ('§ 3' over its three), "
     "counted by its marks; its row of § cells is no heading",
     FRONT + "§ 3 Motion\nOmröstning begärs.\nBeslut\nMotionen bifalls.\n§ 4 Taxa\nOmröstning begärs.\nBeslut\nAntas.\n"
     "Bilaga 1\nNärvaro- och omröstningslista\n\t\t\t§ 3\t\t\t§ 4\nLedamot\tParti\tNärv\tJa\tNej\tAvst\tJa\tNej\tAvst\n"
     "Anna Ek\tS\tX\tX\t\t\tX\nBo Al\tM\tX\t\tX\t\t\tX\nSiv Berg\tC\tX\t\t\tX\tX\n",
     lambda p: [(x.number, x.votes) for x in p.paragraphs],
     [("3", {"ja": 1, "nej": 1, "avstår": 1}), ("4", {"ja": 2, "nej": 1, "avstår": 0})]),
    ("… or with '§ 4 Ja' in one header cell and a totals row",
     FRONT + "§ 4 Taxa\nOmröstning begärs.\nBeslut\nAntas.\nBilaga 1\nNärvaro- och omröstningslista\n"
     "Ledamot\tParti\t§ 4 Ja\tNej\tAvstår\nAnna Ek\tS\tX\nBo Al\tM\t\tX\nSumma\t\t21\t19\t3\n",
     lambda p: [(x.number, x.votes) for x in p.paragraphs], [("4", {"ja": 21, "nej": 19, "avstår": 3})]),
    ("a board's suppleanter: 'Närvarande suppleanter' do not serve, 'Tjänstgörande suppleant: A för B' does",
     FRONT + "Närvarande ledamöter: Anna Ek (ordförande), Siv Berg\nTjänstgörande suppleant: Kim Dahl för Bo Al\n"
     "Närvarande suppleanter: Eva Holm, Lars Bäck\n§ 1 A\nText.\n",
     lambda p: sorted((x.name, x.group) for x in p.participants),
     [("Anna Ek", "beslutande"), ("Bo Al", "frånvarande"), ("Eva Holm", "ersättare"), ("Kim Dahl", "beslutande"),
      ("Lars Bäck", "ersättare"), ("Siv Berg", "beslutande")]),
    ("a vote for and against, counts as words ('röstade fem ledamöter för … och två emot', 'en ledamot avstod')",
     FRONT + "§ 5 A\nVid omröstning röstade fem ledamöter för förslaget och två emot.\n§ 6 B\nOmröstning: med 5 röster "
     "för och två emot antogs förslaget. En ledamot avstod.\n§ 7 C\nEn motion om fem ledamöter för styrelsen.\n",
     lambda p: [x.votes for x in p.paragraphs],
     [{"ja": 5, "nej": 2, "avstår": 0}, {"ja": 5, "nej": 2, "avstår": 1}, None]),
    ("a company's running header names the record ('… AB Styrelseprotokoll nr 2/2025'): the body is Styrelsen",
     "TALLÅS BOSTÄDER AB Styrelseprotokoll nr 2/2025 1 (2)\nProtokoll fört vid styrelsemöte i Tallås Bostäder AB\n"
     "Datum: 2025-03-18\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Styrelsen", "Tallås Bostäder AB")),
    ("board minutes' past-tense passive is the decision; with an agent or a year after the verb it is history",
     FRONT + "§ 2 Dagordning\nDagordningen godkändes.\n§ 3 Val av justerare\nTill att justera protokollet utsågs Bo Al.\n"
     "§ 4 Plan\nPlanen antogs av kommunfullmäktige i maj.\n§ 5 Taxa\nTaxan antogs 2019 och gäller än.\n",
     lambda p: [x.decision for x in p.paragraphs],
     ["Dagordningen godkändes.", "Till att justera protokollet utsågs Bo Al.", None, None]),
    ("e-signed: the justering date is when the verifikat page says the transaction was completed",
     FRONT + "Justering: Digital signering, se verifikat\n§ 1 A\nText.\nVerifikat\nTransaktion 09222115557512345678\n"
     "Startades\n2025-05-22 08:14:03 CEST\nFärdigställt\n2025-05-26 07:55:10 CEST\nSignerande parter\nAnna Ek\n"
     "Signerade 2025-05-23 19:02:44 CEST\n",
     lambda p: (p.justering_date, p.paragraphs[-1].text), ("2025-05-26", "Text.")),
    ("e-signed without a completion line: the last signature's day",
     FRONT + "§ 1 A\nText.\nVerifikat\nAnna Ek\nSignerat 2025-05-23 19:02\nBo Al\nSignerat 2025-05-25 08:10\n",
     lambda p: p.justering_date, "2025-05-25"),
    ("a förbund's members with their municipality, a substitute's municipality before 'tjänstgörande ersättare för'",
     "FJÄLLMARKS RÄDDNINGSTJÄNSTFÖRBUND PROTOKOLL 1 (3)\nDirektionen\nSammanträdesdatum 2024-03-05\n"
     "Beslutande: Anna Berg (S), Tallås kommun, ordförande\nHelena Sund (S), Lunda kommun, tjänstgörande ersättare "
     "för Patrik Ödman (S)\n§ 1 A\nText.\n",
     lambda p: (p.organisation, sorted((x.name, x.group, x.organisation) for x in p.participants)),
     ("Fjällmarks räddningstjänstförbund", [("Anna Berg", "beslutande", "Tallås kommun"),
                                           ("Helena Sund", "beslutande", "Lunda kommun"),
                                           ("Patrik Ödman", "frånvarande", None)])),
    ("whoever the presenter answers questions from takes part ('besvarar frågor från Siv Eklund (C)')",
     FRONT + "§ 1 A\nFörbundschef Jonas Åk föredrar rapporten och besvarar frågor från Siv Eklund (C).\n"
     "§ 2 B\nEkonomen svarar på frågor från ledamöterna.\n",
     lambda p: [sorted(x.speakers) for x in p.paragraphs], [["Jonas Åk", "Siv Eklund"], []]),
    ("a running header in table cells, repeated once in a document without pages (ODT, DOCX), is furniture",
     "Ekåsa kommun\tPROTOKOLLSUTDRAG\tSida 1 (2)\nMiljönämnden\tSammanträdesdatum 2025-03-11\n§ 27\tDnr MN 2025/98\n"
     "Brygga\nFörsta stycket.\nEkåsa kommun\tPROTOKOLLSUTDRAG\tSida 2 (2)\nMiljönämnden\tSammanträdesdatum 2025-03-11\n"
     "Andra stycket.\n",
     lambda p: (p.date, p.paragraphs[0].dnr, p.paragraphs[0].text),
     ("2025-03-11", "MN 2025/98", "Första stycket.\nAndra stycket.")),
    ("the footer's signature labels with one space between them are furniture, one label alone too",
     FRONT + "§ 1 A\nText.\nJusterandes sign Utdragsbestyrkande\nMer text.\nOrdförandes sign. Justerandes sign.\n"
     "Justerandes signatur\nJusterarnas signaturer: ........  ........\nOrdf. sign    Just. sign    Utdr. bestyrk.\n",
     lambda p: p.paragraphs[0].text, "Text.\nMer text."),
    ("a surname read in lower case after a first name and before a party is a name ('Britt sjödin (S)')",
     "Kommunstyrelsen\nSammanträdesdatum 2019-04-08\nBeslutande: Sören Westin (S), ordförande\n"
     "Ej tjänstgörande ersättare: Britt sjödin (S), Nils Öberg (M), Samtliga ledamöter (V)\n§ 1 A\nText.\n",
     lambda p: [x.name for x in p.participants if x.group == "ersättare"], ["Britt Sjödin", "Nils Öberg"]),
    ("a roll-call table's own 'Ersättare' row: marked substitutes attended, 'tjänstgör för X' served, unmarked were away",
     "Kommunfullmäktige\nSammanträdesdatum 2025-02-24\nLedamöter\tNärvaro\nAnna Ek (S) ordförande\tX\nBo Al (M)\tX\n"
     "Per Ås (SD)\t-\nErsättare\nLena Ek (C)\tX, tjänstgör för Per Ås\nTom Berg (M)\tX\nSiv Ny (S)\n§ 1 A\nText.\n",
     lambda p: (p.chair, sorted((x.name, x.group) for x in p.participants)),
     ("Anna Ek", [("Anna Ek", "beslutande"), ("Bo Al", "beslutande"), ("Lena Ek", "beslutande"), ("Per Ås", "frånvarande"),
                  ("Tom Berg", "ersättare")])),
    ("a body named in the genitive before its meeting is the body ('kulturnämndens sammanträde')",
     "Protokoll fört vid kulturnämndens sammanträde den 11 mars 2025\n§ 1 A\nText.\n",
     lambda p: (p.body, p.date), ("Kulturnämnden", "2025-03-11")),
    ("dates in figures with dots or slashes: meeting, justering and anslag",
     "Byggnadsnämnden\nSammanträdesdatum 11.3.2025\nJusteringsdatum 2025.03.14\n"
     "Anslaget sätts upp 17/3 2025 och tas ned 8/4-2025\n§ 1 A\nText kl. 13.00 den 1/2.\n",
     lambda p: (p.date, p.justering_date, p.anslag["posted"], p.anslag["removed"]),
     ("2025-03-11", "2025-03-14", "2025-03-17", "2025-04-08")),
    ("an added item keeps its letter: '§ 12 a' between § 12 and § 13",
     FRONT + "§ 12 Budget\nText.\n§ 12 a Extra ärende om taxor\nBeslut\nTaxan antas.\n§ 13 Övrigt\nText.\n",
     lambda p: [(x.number, x.title, x.decision) for x in p.paragraphs],
     [("12", "Budget", None), ("12 a", "Extra ärende om taxor", "Taxan antas."), ("13", "Övrigt", None)]),
    ("those who join a yrkande inside its sentence ('med instämmande av') move it too",
     FRONT + "§ 5 Budget\nYrkanden\nMikael Ström (M) yrkar, med instämmande av Olof Bäck (KD) och Sara Kvist (L), "
     "bifall till Moderaternas förslag.\nBeslut\nBudgeten antas.\n",
     lambda p: [m.by for m in p.paragraphs[0].motions], ["Mikael Ström", "Olof Bäck", "Sara Kvist"]),
    ("speakers after 'I ärendet yttrar sig', titles dropped",
     FRONT + "§ 5 Motion\nI ärendet yttrar sig Eva Lind (V), Mikael Ström (M) och regionrådet Anna Ek (S).\n",
     lambda p: p.paragraphs[0].speakers, ["Eva Lind", "Mikael Ström", "Anna Ek"]),
    ("minutes: bulleted 'Name, organisation (role)' attendees under Deltagare, a body with a 'för'-phrase, the organisation its place names",
     "Minnesanteckningar\nStyrgruppen för digital samverkan i Norrdalen\nDatum: 3/6 2025\n\nDeltagare:\n"
     "- Mona Falk, Norrdalens kommun (ordförande)\n- Jens Ahl, Ekby kommun\n- Bo Kron, Sjöby kommun (sekreterare)\n"
     "\nFrånvarande:\n- Ulla Berg, Lövå kommun\n\n1. Mötet öppnas\nText.\n\n2. Nästa möte\nText.\n",
     lambda p: (p.body, p.organisation, p.date, p.chair, p.secretary,
                [(x.name, x.group, x.organisation) for x in p.participants]),
     ("Styrgruppen för digital samverkan", "Norrdalens kommun", "2025-06-03", "Mona Falk", "Bo Kron",
      [("Mona Falk", "närvarande", "Norrdalens kommun"), ("Jens Ahl", "närvarande", "Ekby kommun"),
       ("Bo Kron", "närvarande", "Sjöby kommun"), ("Ulla Berg", "frånvarande", "Lövå kommun")])),
    ("sub-headings inside a group's list: Ersättare and Tjänstepersoner under Övriga närvarande",
     "Socialnämnden\nSammanträdesdatum 2025-02-19\nBeslutande\tLedamöter\n\tKerstin Wall (S), ordförande\n"
     "\tTjänstgörande ersättare\n\tLennart Sjö (S)\nÖvriga närvarande\tErsättare\n\tJamal Omar (V)\n"
     "\tTjänstepersoner\n\tEva Rask, socialchef\n§ 1 A\nText.\n",
     lambda p: [(x.name, x.group) for x in p.participants],
     [("Kerstin Wall", "beslutande"), ("Lennart Sjö", "beslutande"), ("Jamal Omar", "ersättare"), ("Eva Rask", "övriga")]),
    ("a vote given as each side's count and what it voted for",
     FRONT + "§ 5 A\nOmröstningsresultat\nMed 5 röster för att avgöra ärendet i dag mot 1 röst för återremiss "
     "beslutar nämnden att avgöra ärendet i dag.\n",
     lambda p: p.paragraphs[0].votes, {"ja": 5, "nej": 1, "avstår": 0}),
    ("a short passive sentence in the present is the meeting's act; an assumption or another body's act is not",
     FRONT + "§ 1 Dagordning\nDagordningen godkänns.\n§ 2 Val\nTill justerare utses Peter Dahl.\n"
     "§ 3 Kalkyl\nKostnaden antas bli 3 miljoner kronor.\n§ 4 Plan\nPlanen fastställs av kommunfullmäktige i juni.\n",
     lambda p: [x.decision for x in p.paragraphs], ["Dagordningen godkänns.", "Till justerare utses Peter Dahl.", None, None]),
    ("a substitute written 'tjg för' serves; the member is absent",
     "Socialnämnden\nSammanträdesdatum 2025-02-19\nNärvarande ledamöter:\nIngela Roos (S) ordf, "
     "Maja Ström (C) tjg för Arne Wik (C), Jonas Frisk (KD)\n§ 1 A\nText.\n",
     lambda p: [(x.name, x.group) for x in p.participants],
     [("Ingela Roos", "beslutande"), ("Maja Ström", "beslutande"), ("Jonas Frisk", "beslutande"), ("Arne Wik", "frånvarande")]),
    ("a dnr in parentheses closing the title, and one at the right margin of a text export",
     FRONT + "§ 12 Motion om cykelvägar (Dnr KS 2025/45)\nText.\n§ 13 Budget 2026                        KS 2025/46\nText.\n"
     "§ 14 Val av ombud – KS 2025/47\nText.\n§ 15 Planer 2025 – 2026\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs],
     [("Motion om cykelvägar", "KS 2025/45"), ("Budget 2026", "KS 2025/46"), ("Val av ombud", "KS 2025/47"),
      ("Planer 2025 – 2026", None)]),
    ("speakers: 'Information av X', 'informeras av X om', 'Under ärendets behandling yttrar sig'",
     FRONT + "§ 5 A\nInformation av ekonomichef Lisa Holm.\n§ 6 B\nKommunstyrelsen informeras av Per Sten om läget.\n"
     "§ 7 C\nUnder ärendets behandling yttrar sig Bo Al (M) och Eva Sund (V).\n§ 8 D\nRedovisning av delegationsbeslut.\n",
     lambda p: [x.speakers for x in p.paragraphs], [["Lisa Holm"], ["Per Sten"], ["Bo Al", "Eva Sund"], []]),
    ("speakers: 'Under punkten deltar X i diskussionen', 'X gav en lägesrapport', 'Y deltar i debatten'",
     FRONT + "§ 5 A\nUnder punkten deltar Bo Al (M) och Eva Sund (V) i diskussionen.\n§ 6 B\nPär Ek gav en lägesrapport.\n"
     "§ 7 C\nLisa Holm (S) deltar i debatten.\n§ 8 D\nFörvaltningen lämnar information om läget.\n",
     lambda p: [x.speakers for x in p.paragraphs], [["Bo Al", "Eva Sund"], ["Pär Ek"], ["Lisa Holm"], []]),
    ("speakers: 'Muntlig information från X', 'Dragning av X', 'A och B från Polisen informerar', 'lämnar en redovisning'",
     FRONT + "§ 5 A\nMuntlig information från ekonomichef Lisa Holm.\n§ 6 B\nDragning av Per Ek, controller.\n"
     "§ 7 C\nLisa Holm och Per Ek från Polisen informerar.\n§ 8 D\nFörvaltningschef Eva Sund lämnar en muntlig redovisning.\n",
     lambda p: [x.speakers for x in p.paragraphs], [["Lisa Holm"], ["Per Ek"], ["Lisa Holm", "Per Ek"], ["Eva Sund"]]),
    ("front-page labels 'Närvarande beslutande', 'Närvarande ej tjänstgörande ersättare'",
     "Kulturnämnden\nDatum: 2025-03-03\nNärvarande beslutande: Anders Falk (C), ordförande, Jenny Ström (S)\n"
     "Närvarande ej tjänstgörande ersättare: Tomas Ryd (L)\n§ 1 A\nText.\n",
     lambda p: [(x.name, x.group) for x in p.participants],
     [("Anders Falk", "beslutande"), ("Jenny Ström", "beslutande"), ("Tomas Ryd", "ersättare")]),
    ("a dnr written number first, then the year ('0456/25', 'Ks 1234/2025'), on the § line over the title",
     FRONT + "§ 141 Dnr 0456/25\nFörsäljning av fastigheten Vallby 4:12\nText.\n§ 142\nTaxa\nÄrendenummer: Ks 1234/2025\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs],
     [("Försäljning av fastigheten Vallby 4:12", "0456/25"), ("Taxa", "Ks 1234/2025")]),
    ("a reservation, a särskilt uttalande, jäv and a vote written as sentences under the decision are not its text",
     FRONT + "§ 5 Stipendier\nBeslut\nNämnden utser stipendiater enligt bilaga.\n"
     "Bo Al (C) anmäler jäv och deltar inte i handläggningen.\nVotering begärs och verkställs. Voteringen utfaller med "
     "7 ja-röster mot 2 nej-röster.\nReservation anförs av Eva Sund (SD).\nSärskilt uttalande görs av Per Ek (M).\n",
     lambda p: (p.paragraphs[0].decision, p.paragraphs[0].jav, p.paragraphs[0].votes,
                [r.by for r in p.paragraphs[0].reservations], len(p.paragraphs[0].notes)),
     ("Nämnden utser stipendiater enligt bilaga.", ["Bo Al"], {"ja": 7, "nej": 2, "avstår": 0}, ["Eva Sund"], 1)),
    ("a debate's speakers listed one per line under 'I debatten yttrar sig:'",
     FRONT + "§ 5 Interpellation\nI debatten yttrar sig:\nEva Dahl (V)\nLars Nyman (S)\nBeslut\nInterpellationen är besvarad.\n",
     lambda p: p.paragraphs[0].speakers, ["Eva Dahl", "Lars Nyman"]),
    ("a bare dnr number first under the title ('KUN 0145/25'); a job title ending in 'sekreterare' is not the secretary",
     "Kulturnämnden\nSammanträdesdatum 2025-05-20\nDessutom närvarande: kultursekreterare Rune Sten och nämndsekreterare "
     "Petra Quist\n§ 2\nVerksamhetsplan\nKUN 0145/25\nText.\n",
     lambda p: (p.paragraphs[0].title, p.paragraphs[0].dnr, p.secretary), ("Verksamhetsplan", "KUN 0145/25", "Petra Quist")),
    ("an unsigned 'Förslag till kommunfullmäktige' is the decision of a body below fullmäktige",
     FRONT + "§ 5 Taxa\nFörslag till kommunfullmäktige\nKommunfullmäktige antar taxan.\n",
     lambda p: p.paragraphs[0].decision, "Kommunfullmäktige antar taxan."),
    ("a district's body keeps the name of its area ('Stadsdelsnämnden Norr'), not the organisation after it",
     "Stadsdelsnämnden Västra Berga i Ekby stad\nSammanträdesdatum 2025-03-12\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Stadsdelsnämnden Västra Berga", "Ekby stad")),
    ("a body's 'för'-phrase may hold an acronym, capitalised words or a list ('för arbetsmarknad, vuxenutbildning och "
     "integration'), never an organisation",
     "Länsgruppen för ANDT\nDatum 2025-02-04\nMötesledare: Karin Ström\n§ 1 A\nText.\n",
     lambda p: (p.body, p.chair), ("Länsgruppen för ANDT", "Karin Ström")),
    ("a body's list-like 'för'-phrase",
     "Nämnden för arbetsmarknad, vuxenutbildning och integration\nDatum 2025-03-03\n§ 1 A\nText.\n",
     lambda p: p.body, "Nämnden för arbetsmarknad, vuxenutbildning och integration"),
    ("a company board's body is the board, its company the organisation",
     "Protokoll\nStyrelsen för Ekby Energi AB\nStyrelsemöte 2025-03-03\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Styrelsen", "Ekby Energi AB")),
    ("an organisation named in two words before 'kommunalförbund'",
     "Västra Dalens kommunalförbund\nDirektionen\nDatum 2025-03-12\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Direktionen", "Västra Dalens kommunalförbund")),
    ("the organisation only in the Förvaringsplats after the last §",
     "Socialnämnden\nSammanträdesdatum 2025-03-12\n§ 1 A\nText.\n\nFörvaringsplats: Kommunkansliet, Ekby kommun\n",
     lambda p: (p.organisation, p.paragraphs[0].text), ("Ekby kommun", "Text.")),
    ("a record word before the body's name is not part of it ('Mötesprotokoll Styrgruppen …')",
     "Mötesprotokoll Styrgruppen för e-hälsa 2025-03-03\n§ 1 A\nText.\n",
     lambda p: p.body, "Styrgruppen för e-hälsa"),
    ("speakers: 'från ekonomiavdelningen', a name under 'Föredragning', 'redogör (title) X för' with X in no list",
     FRONT + "§ 5 A\nLisa Holm och Per Ek från ekonomiavdelningen informerar om budgetläget.\n§ 6 B\nFöredragning\n"
     "Eva Sund, controller\n§ 7 C\nVid sammanträdet redogör Maja Bo för läget.\n"
     "§ 8 D\nVid sammanträdet redogör verksamhetschef Karin Holm för arbetet.\n",
     lambda p: [x.speakers for x in p.paragraphs], [["Lisa Holm", "Per Ek"], ["Eva Sund"], ["Maja Bo"], ["Karin Holm"]]),
    ("list marks before a decision ('– ', '▪ ', 'o ') are not its text; a lower-case list item is no wrapped line",
     FRONT + "§ 1 A\nBeslut\n– Nämnden godkänner avtalet.\n§ 2 B\nBeslut\no Nämnden antar planen.\n"
     "§ 3 C\nBeslut\na) Nämnden antar taxan.\nb) Taxan gäller från 1 juli.\n",
     lambda p: [x.decision for x in p.paragraphs],
     ["Nämnden godkänner avtalet.", "Nämnden antar planen.", "a) Nämnden antar taxan.\nb) Taxan gäller från 1 juli."]),
    ("yrkanden written after the decision without their label are motions, not the decision's text",
     FRONT + "§ 1 A\nBeslut\nNämnden antar planen.\nAnna Ek (S) och Cia Ny (V) yrkar bifall. Bo Al (M) yrkar avslag.\n",
     lambda p: (p.paragraphs[0].decision, [m.by for m in p.paragraphs[0].motions]),
     ("Nämnden antar planen.", ["Anna Ek", "Cia Ny", "Bo Al"])),
    ("a title whose line ends with a comma goes on on the next line; a label before the title is not part of it",
     FRONT + "§ 12 Detaljplan för del av Ekby 3:14 m.fl.,\nNorra industriområdet\nText.\n§ 13\nÄrende: Årsredovisning 2024\n"
     "Diarienummer: KS 2024/311\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs],
     [("Detaljplan för del av Ekby 3:14 m.fl., Norra industriområdet", None), ("Årsredovisning 2024", "KS 2024/311")]),
    ("a dnr in the left margin beside the paragraph's first label ('KS 2024/311   Beslut') leaves the label",
     FRONT + "§ 12\tÅrsredovisning 2024\nKS 2024/311\tBeslut\n\tKommunstyrelsen godkänner årsredovisningen.\n"
     "§ 13\tTaxa\nDnr KS 2024/312\tBeslut\n\tTaxan antas.\n",
     lambda p: [(x.dnr, x.text) for x in p.paragraphs],
     [("KS 2024/311", "Beslut\nKommunstyrelsen godkänner årsredovisningen."), ("KS 2024/312", "Beslut\nTaxan antas.")]),
    ("a § continued on the next page repeats its heading with 'forts': no new paragraph",
     FRONT + "§ 12 Budget\nText.\n\f\n§ 12 (forts)\nMer text.\n\f\n§ 12 Budget, forts.\nSlut.\n§ 13 Taxa\nText.\n",
     lambda p: [(x.number, x.title) for x in p.paragraphs], [("12", "Budget"), ("13", "Taxa")]),
    ("a roll-call table with a role column: 'Ersättare' in it makes a substitute; the next label ends the table",
     "Omsorgsnämnden\nSammanträdesdatum 2025-09-24\nNamn\tParti\tRoll\tNärvarande\nKia Holm\tS\tOrdförande\tX\n"
     "Pia Berg\tC\tLedamot\nTor Ås\tC\tErsättare\tX, tjänstgör för Pia Berg\nUlla Vik\tS\tErsättare\tX\n"
     "Vera Al\tM\tErsättare\nÖvriga närvarande: Åsa Lund, omsorgschef; Berit Ohlsson, nämndsekreterare\n§ 61 A\nText.\n",
     lambda p: sorted((x.name, x.group, x.role) for x in p.participants),
     [("Berit Ohlsson", "övriga", "nämndsekreterare"), ("Kia Holm", "beslutande", "ordförande"),
      ("Pia Berg", "frånvarande", "ledamot"), ("Tor Ås", "beslutande", "tjänstgörande ersättare"),
      ("Ulla Vik", "ersättare", None), ("Åsa Lund", "övriga", "omsorgschef")]),
    ("an organisation before a speaker verb is no speaker; a name given in Sweden lately is a person",
     FRONT + "§ 5 A\nSocialförvaltningen Ekby presenterar rapporten.\n§ 6 B\nSveriges Kommuner och Regioner redovisar.\n"
     "§ 7 C\nKultur Och Fritid presenterar.\n§ 8 D\nMoa Hedin redovisar.\n",
     lambda p: [x.speakers for x in p.paragraphs], [[], [], [], ["Moa Hedin"]]),
    ("signature footers on every page ('Ordf. sign ___', 'Signatur justerare: ___', 'Justerare: ..... Sekreterare: ....')",
     FRONT + "".join(f"§ {n} R{n}\nText {n}.\nOrdf. sign ______   Just. sign ______\nSignatur justerare: ______\n"
                     f"Justerare:   ..........   Sekreterare: ..........\n\f" for n in (1, 2, 3)),
     lambda p: [x.text for x in p.paragraphs], ["Text 1.", "Text 2.", "Text 3."]),
    ("speakers: 'Svar lämnas av X', names under 'Anförande', 'Talare: X, Y'",
     FRONT + "§ 5 A\nSvar lämnas av Bo Al (M).\n§ 6 B\nAnförande\nEva Dahl (V), Lars Nyman (S)\n§ 7 C\nTalare: Cia Berg (V)\n",
     lambda p: [x.speakers for x in p.paragraphs], [["Bo Al"], ["Eva Dahl", "Lars Nyman"], ["Cia Berg"]]),
    ("one who only asks is no speaker; the one who answers is",
     FRONT + "§ 5 Övriga frågor\nNiklas Berg (S) frågar om skolans ventilation. Åsa Ölund svarar.\n",
     lambda p: p.paragraphs[0].speakers, ["Åsa Ölund"]),
    ("an attendance and voting list appended as 'Bilaga A' after the last § is no part of it, and its people are read",
     FRONT + "Beslutande\tSe bifogad närvaro- och omröstningslista\n§ 5 Rapporter\nRapporten läggs till handlingarna.\n"
     "Bilaga A – Närvaro- och omröstningslista\nLedamöter\tNärv\t§ 5\n\t\tJa\tNej\tAvst\n"
     "Karin Ödman (C), ordförande\tX\tX\nRolf Ågren (S)\tX\t\tX\nAnders Nilsson (SD)\t-\n",
     lambda p: (p.paragraphs[0].text, sorted((x.name, x.group) for x in p.participants)),
     ("Rapporten läggs till handlingarna.", [("Anders Nilsson", "frånvarande"), ("Karin Ödman", "beslutande"),
                                             ("Rolf Ågren", "beslutande")])),
    ("the number before the mark: '12 §' on a line of its own, the title on the next",
     FRONT + "Paragrafer 12–13\n12 §\nVal av justerare\nNämnden utser Bo Al att justera.\n13 §\nBudget\n"
     "Enligt 6 kap.\n5 § kommunallagen gäller detta.\n",
     lambda p: [(x.number, x.title) for x in p.paragraphs], [("12", "Val av justerare"), ("13", "Budget")]),
    ("one '5 § …' line alone is no numbering",
     FRONT + "Text om ärendet enligt 6 kap.\n5 § Kommunallagen gäller.\n",
     lambda p: [x.number for x in p.paragraphs], ["1"]),
    ("the person appointed first, then the passive: 'Bo Al (M) väljs att justera' is the decision",
     FRONT + "§ 2 Val av justerare\nBertil Ahlgren (M) väljs att jämte ordföranden justera protokollet.\n",
     lambda p: p.paragraphs[0].decision, "Bertil Ahlgren (M) väljs att jämte ordföranden justera protokollet."),
    ("a member named with a party who proposes at the meeting moves; the administration's proposal is none",
     FRONT + "§ 14 Skolskjuts\nFörvaltningen föreslår att skolskjuts inte beviljas.\nLinnea Berg (S) föreslår att "
     "ärendet återremitteras.\nSven Mattsson (C) föreslår bifall till ansökan.\n",
     lambda p: [(m.by, m.text) for m in p.paragraphs[0].motions],
     [("Linnea Berg", "föreslår att ärendet återremitteras."), ("Sven Mattsson", "föreslår bifall till ansökan.")]),
    ("a section label in the left margin, the text beside it after a tab or a text export's gap",
     FRONT + "§ 1 Budget\nÄrendet          Text om budgeten.\nBeslut           Nämnden antar budgeten.\n"
     "Reservation      Bo Al (M) reserverar sig.\n§ 2 Taxa\nBeslut\tNämnden antar taxan.\n"
     "§ 3 Avgift\nBeslut  om  avgiften  fattades  redan  i  fjol.\n§ 4 Delegationsbeslut\nBeslut\tDatum\tDelegat\n"
     "Bygglov\t2025-05-02\tErik Sjö\n",
     lambda p: [(x.decision, [r.by for r in x.reservations]) for x in p.paragraphs],
     [("Nämnden antar budgeten.", ["Bo Al"]), ("Nämnden antar taxan.", []), (None, []), (None, [])]),
    ("the day of a printout, the notice or publication is not the meeting's",
     "Utskriftsdatum: 2025-06-01\nKommunstyrelsen\nKallelse utfärdad 2025-05-10\nPublicerad 2025-06-02\n"
     "Sammanträdesdag: tisdag 20 maj 2025\n§ 1 A\nText.\n",
     lambda p: p.date, "2025-05-20"),
    ("a meeting over two days is dated by its first",
     "Kommunfullmäktige\nTid och plats: 16–17 juni 2025, Stadshuset\n§ 1 A\nText.\n",
     lambda p: p.date, "2025-06-16"),
    ("speakers: 'Följande ledamöter yttrar sig:', 'Anföranden hålls av', 'Ordet begärs av', 'Yttranden:', 'Debatt:'",
     FRONT + "§ 1 A\nFöljande ledamöter yttrar sig: Anna Ek (S), Bo Al (M).\n§ 2 B\nAnföranden hålls av Cia Berg (V).\n"
     "§ 3 C\nOrdet begärs av Dan Ro (C) och Eva Sund (L).\n§ 4 D\nYttranden: Fia Lund (KD)\n§ 5 E\nDebatt: Gun Ås (MP)\n"
     "§ 6 F\nYttrande: Förvaltningen har yttrat sig i ärendet.\n§ 7 G\nFörvaltningschef Hans Ek föredrar ärendet "
     "tillsammans med controller Ida Berg.\n§ 8 H\nJan Ro informerar om samarbetet tillsammans med kommunerna.\n"
     "§ 9 I\nFöredras av: Kim Ek\nBeslut\nBifalls.\n§ 10 J\nÄrendet föredras av Lena Mård och Leo\nMartinsson.\n",
     lambda p: [x.speakers for x in p.paragraphs],
     [["Anna Ek", "Bo Al"], ["Cia Berg"], ["Dan Ro", "Eva Sund"], ["Fia Lund"], ["Gun Ås"], [], ["Hans Ek", "Ida Berg"],
      ["Jan Ro"], ["Kim Ek"], ["Lena Mård", "Leo Martinsson"]]),
    ("the account of the matter after a decision written first is no part of the decision",
     FRONT + "§ 1 Budget\nBeslut\nNämnden godkänner budgeten.\nEkonomichef Anna Ek föredrar ärendet. Budgeten visar "
     "ett överskott.\n§ 2 Taxa\nBeslut\nTaxan antas\natt gälla från 1 juli.\nÄrendet har beretts av förvaltningen.\n",
     lambda p: [(x.decision, x.speakers) for x in p.paragraphs],
     [("Nämnden godkänner budgeten.", ["Anna Ek"]), ("Taxan antas att gälla från 1 juli.", [])]),
    ("'Ärende nr 3', 'Punkt nr. 4': the number after 'nr'",
     FRONT + "Ärende nr 3 Budget\nText.\nPunkt nr. 4 Taxa\nText.\n",
     lambda p: [(x.number, x.title) for x in p.paragraphs], [("3", "Budget"), ("4", "Taxa")]),
    ("'Sammanträdestid' and 'Sammanträdesplats' label the time and the place",
     "Stadsstyrelsen\nSammanträdestid     Måndag 16.6.2025 kl. 17.00–19.30\nSammanträdesplats   Stadshuset, styrelsesalen\n"
     "§ 85 A\nText.\n",
     lambda p: (p.date, p.place), ("2025-06-16", "Stadshuset, styrelsesalen")),
    ("a räddningstjänst förbund named 'Räddningstjänsten X' is the organisation of its direktion",
     "Direktionen för Räddningstjänsten Syd\nSammanträdesdatum 2025-05-20\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Direktionen", "Räddningstjänsten Syd")),
    ("a landsting of the years before regions ('Landstinget Sörmland') is the organisation",
     "Landstinget Sörmland\nLandstingsstyrelsen\nSammanträdesdatum 2017-03-05\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Landstingsstyrelsen", "Landstinget Sörmland")),
    ("'Styrelsen för X AB' under its owner municipality's name: the company is the organisation",
     "Ekby kommun\nStyrelsen för Ekby Energi AB\nProtokoll från styrelsemöte 2025-03-05\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Styrelsen", "Ekby Energi AB")),
    ("a kommunrevision and a company's årsstämma are bodies",
     "Kommunrevisionen i Ekby kommun\nSammanträdesdatum 2025-03-05\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Kommunrevisionen", "Ekby kommun")),
    ("a samordningsförbund is an organisation",
     "Mellersta Norrås Samordningsförbund\nStyrelsen\nProtokoll 2025-02-19\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Styrelsen", "Mellersta Norrås Samordningsförbund")),
    ("a body's sub-body with words in lower case between ('kommunstyrelsens allmänna utskott')",
     "Norrå kommun\nProtokoll från sammanträde med kommunstyrelsens allmänna utskott\n2025-02-11\n§ 1 A\nText.\n",
     lambda p: (p.body, p.organisation), ("Kommunstyrelsens allmänna utskott", "Norrå kommun")),
    ("'Mötesdatum', 'Mötesplats', 'Deltagande ledamöter', 'Deltagande tjänstepersoner', 'Protokollet justeras av'",
     "KOMMUNSTYRELSENS PERSONALUTSKOTT\nMötesdatum: 2025-09-02\nMötesplats: Kommunkontoret, Rådhussalen\nDeltagande "
     "ledamöter: Kim Lund (S) ordförande; Eva Berg (M); Tor Ås (C)\nDeltagande tjänstepersoner: Ulla Sten, Per Dahl "
     "(sekreterare)\nProtokollet justeras av: Eva Berg\n§ 30 Lönerevision\nText.\n",
     lambda p: (p.place, p.chair, p.secretary, p.adjusters, sorted((x.name, x.group) for x in p.participants)),
     ("Kommunkontoret, Rådhussalen", "Kim Lund", "Per Dahl", ["Eva Berg"],
      [("Eva Berg", "beslutande"), ("Kim Lund", "beslutande"), ("Per Dahl", "övriga"), ("Tor Ås", "beslutande"),
       ("Ulla Sten", "övriga")])),
    ("a pause under 'Plats och tid' is no part of the place",
     "Kommunfullmäktige\nPlats och tid: Folkets hus, Stora salen, 2025-06-16 kl. 18.00–22.15\nAjournering kl. 20.00–20.20\n"
     "§ 1 A\nText.\n",
     lambda p: (p.place, p.date), ("Folkets hus, Stora salen", "2025-06-16")),
    ("the dnr before the title on the § line, a cell of its own or one space apart",
     FRONT + "§ 12\tKS 2025/123\tBudget 2026\nText.\n§ 13 KS 2025/124 Taxa 2026\nText.\n§ 14 SFS 2010:900 ändras\nText.\n",
     lambda p: [(x.title, x.dnr) for x in p.paragraphs],
     [("Budget 2026", "KS 2025/123"), ("Taxa 2026", "KS 2025/124"), ("SFS 2010:900 ändras", None)]),
    ("soft hyphen inside a word is removed by the reader", None, None, None),
]


@pytest.mark.parametrize("trait,text,get,expected", [t for t in TRAITS if t[1]], ids=[t[0] for t in TRAITS if t[1]])
def test_layout_trait(trait, text, get, expected):
    assert get(parse_text(text, "x.txt")) == expected


MD_FRONT = "# Protokoll\n\n## Kulturnämnden\n\n| | |\n|---|---|\n| **Datum** | 2025-04-09 |\n\n"
MARKDOWN_TRAITS = [
    # (trait, Markdown file text, field getter, expected): read from a .md file, as the indexer does
    ("a Markdown table: alignment row dropped, bold labels read, the anslag fields in it",
     MD_FRONT + "## § 1 A\n\nText.\n\n## Anslagsbevis\n\n| | |\n|:--|--:|\n| **Datum då anslaget sätts upp** | 2025-04-15 |\n"
     "| **Datum då anslaget tas ned** | 2025-05-07 |\n",
     lambda p: (p.date, p.anslag), ("2025-04-09", {"posted": "2025-04-15", "removed": "2025-05-07"})),
    ("'- att …' bullets are list items: the decision reads as Word's and HTML's do",
     MD_FRONT + "## § 1 A\n\n**Beslut**\n\nKulturnämnden beslutar\n\n- att anta planen,\n- att redovisa den.\n",
     lambda p: p.paragraphs[0].decision, "Kulturnämnden beslutar\natt anta planen,\natt redovisa den."),
    ("a roll call as a Markdown table keeps its empty cells, so each X stays in its column",
     MD_FRONT + "## § 1 A\n\n| Ledamot | Ja | Nej | Avstår |\n|---|:-:|:-:|:-:|\n| Anna Ek (S) | X | | |\n"
     "| Bo Al (M) | | X | |\n| Siv Berg (C) | | | X |\n| **Summa** | 1 | 1 | 1 |\n",
     lambda p: p.paragraphs[0].votes, {"ja": 1, "nej": 1, "avstår": 1}),
    ("signatures as a table of roles, a row of lines, then the names",
     MD_FRONT + "| Sekreterare | Ordförande | Justerande |\n|---|---|---|\n| ________ | ________ | ________ |\n"
     "| Eva Ros | Karin Ek | Lena Holm |\n\n## § 1 A\n\nText.\n",
     lambda p: (p.secretary, p.chair, p.adjusters), ("Eva Ros", "Karin Ek", ["Lena Holm"])),
    ("front matter's quoted title names the body without its quote mark",
     '---\ntitle: "Regionala utvecklingsnämnden 2025-04-09"\n---\n\n# Protokoll\n\n## § 1 A\n\nText.\n',
     lambda p: p.body, "Regionala utvecklingsnämnden"),
]


@pytest.mark.parametrize("trait,text,get,expected", MARKDOWN_TRAITS, ids=[t[0] for t in MARKDOWN_TRAITS])
def test_markdown_trait(tmp_path, trait, text, get, expected):
    path = tmp_path / "protokoll.md"
    path.write_text(text, encoding="utf-8")
    assert get(parse_file(path)) == expected


@pytest.mark.parametrize("written,read", [
    ("Skol\u00adskjuts och för\u00adskola.", "Skolskjuts och förskola."),      # soft hyphens
    ("\ufb01nansiering och \ufb02yktingmottagning", "finansiering och flyktingmottagning"),  # a PDF font's ligatures
    ("Bo\u200dstads\u200cbolaget i Nord\u2011Ekby", "Bostadsbolaget i Nord-Ekby"),  # joiners, non-breaking hyphen
])
def test_invisible_and_typographic_characters(tmp_path, written, read):
    doc = read_file(write(tmp_path / "s.txt", f"§ 1 Budget\n{written}\n".encode()))
    assert doc.text.splitlines()[1] == read


@pytest.mark.parametrize("posted,until", [
    ("2024-04-26", "2024-05-17"),  # a Friday: three weeks later, also a Friday
    ("2024-06-01", "2024-06-24"),  # 22 June is Midsummer Day (Saturday): moves to Monday
    ("2024-12-03", "2024-12-27"),  # 24 Dec julafton, 25-26 Dec holidays: moves to the 27th
    ("2024-12-10", "2025-01-02"),  # 31 Dec nyårsafton, 1 Jan nyårsdagen: moves to 2 January
    (None, None),                  # never guessed from the meeting date
])
def test_appeal_window(posted, until):
    assert appeal_until(posted) == until


def _odt(path, paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    doc = OpenDocumentText()
    for kind, text in paragraphs:
        doc.text.addElement(H(outlinelevel=2, text=text) if kind == "h" else P(text=text))
    doc.save(str(path))
    return path


def test_odt_protocol(tmp_path):
    path = _odt(tmp_path / "p.odt", [("p", "Socialnämnden"), ("p", "Sammanträdesdatum 2024-11-19"), ("h", "§ 88 Riktlinjer"),
                                     ("p", "Beslut"), ("p", "Socialnämnden antar riktlinjerna.")])
    p = parse_file(path)
    assert (p.body, p.date) == ("Socialnämnden", "2024-11-19")
    assert [(x.number, x.title, x.decision) for x in p.paragraphs] == [("88", "Riktlinjer", "Socialnämnden antar riktlinjerna.")]


def test_rtf_protocol(tmp_path):
    rtf = r"{\rtf1\ansi\ansicpg1252 Tekniska n\'e4mnden\par Sammantr\'e4desdatum 2018-09-12\par \'a7 41 Val av justerare\par Beslut\par Tekniska n\'e4mnden utser Anna Ek.\par}"
    p = parse_file(write(tmp_path / "p.rtf", rtf.encode("ascii")))
    assert (p.body, p.date, p.paragraphs[0].number, p.paragraphs[0].decision) == (
        "Tekniska nämnden", "2018-09-12", "41", "Tekniska nämnden utser Anna Ek.")


def test_rtf_table_cell_of_several_lines(tmp_path):
    """A front-page table row whose value cell holds one member a line (\\line): every member, the chair first."""
    rtf = (r"{\rtf1\ansi\ansicpg1252 Kultur- och fritidsn\'e4mnden\par Sammantr\'e4desdatum 2025-04-08\par"
           r"\trowd\cellx3000\cellx9000 \intbl Beslutande\cell \intbl Eva Lund (S), ordf\'f6rande\line Per Ek (M)\line "
           r"Ida Sten (C)\cell\row \trowd\cellx3000\cellx9000 \intbl Justerare\cell \intbl Per Ek\cell\row "
           r"\par \'a7 12 Bidrag\par Beslut\par Bidrag beviljas.\par}")
    p = parse_file(write(tmp_path / "p.rtf", rtf.encode("ascii")))
    assert (p.chair, p.adjusters, [(x.name, x.group) for x in p.participants]) == (
        "Eva Lund", ["Per Ek"], [("Eva Lund", "beslutande"), ("Per Ek", "beslutande"), ("Ida Sten", "beslutande")])


def test_rtf_running_header_names_the_organisation(tmp_path):
    """The organisation only in the RTF's running header ({\\header …}): read as the header, not lost."""
    rtf = (r"{\rtf1\ansi\ansicpg1252{\header \pard V\'e5rby kommun \tab Protokoll\par}{\footer \pard Justerandes sign\par}"
           r"Milj\'f6n\'e4mnden\par Sammantr\'e4desdatum 2025-09-23\par \'a7 45 Tillsynsplan\par Beslut\par Planen antas.\par}")
    p = parse_file(write(tmp_path / "p.rtf", rtf.encode("ascii")))
    assert (p.organisation, p.body, [x.text for x in p.paragraphs]) == ("Vårby kommun", "Miljönämnden", ["Beslut\nPlanen antas."])


def test_two_column_pdf_front_page_drawn_column_by_column(tmp_path):
    """A template that draws the label column, then the value column: the text layer holds all labels first."""
    from fpdf import FPDF

    rows = [("Plats och tid", ["Kulturhuset, sal B, 2024-05-14 kl. 13.00-15.30"]),
            ("Beslutande", ["Anna Berg (S), ordförande", "Olle Lind (M)"]),
            ("Övriga närvarande", ["Lisa Holm, sekreterare", "Jon Ek, kulturchef"]),
            ("Utses att justera", ["Olle Lind"]),
            ("Justeringens plats och tid", ["Kulturhuset 2024-05-20"])]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 8, "Kultur- och fritidsnämnden", new_x="LMARGIN", new_y="NEXT")
    tops, y = [], pdf.get_y()
    for _, values in rows:
        tops.append(y)
        y += 6 * len(values) + 3
    for (label, _), top in zip(rows, tops):
        pdf.set_xy(10, top)
        pdf.cell(50, 6, label)
    for (_, values), top in zip(rows, tops):
        for n, value in enumerate(values):
            pdf.set_xy(60, top + 6 * n)
            pdf.cell(120, 6, value)
    pdf.set_xy(10, y + 10)
    pdf.multi_cell(0, 6, "§ 20 Val av justerare\nBeslut: Olle Lind utses att justera.")
    path = tmp_path / "kolumner.pdf"
    pdf.output(str(path))
    assert read_file(path).text.index("Justeringens plats och tid") < read_file(path).text.index("Kulturhuset")
    p = parse_file(path)
    assert (p.date, p.justering_date, p.chair, p.secretary, p.adjusters) == (
        "2024-05-14", "2024-05-20", "Anna Berg", "Lisa Holm", ["Olle Lind"])
    assert {x.name: x.group for x in p.participants} == {
        "Anna Berg": "beslutande", "Olle Lind": "beslutande", "Lisa Holm": "övriga", "Jon Ek": "övriga"}


def test_pdf_cells_apart_in_the_layout_keep_apart(tmp_path):
    """A template with section labels in the left margin and people side by side: the text layer runs each row's
    cells together with one space; the layout shows them apart."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)

    def row(*cells, y_step=6):
        y = pdf.get_y()
        for x, text in cells:
            pdf.set_xy(x, y)
            pdf.cell(60, 6, text)
        pdf.set_xy(10, y + y_step)

    row((10, "Byggnadsnämnden"))
    row((10, "Plats och tid"), (50, "Kommunhuset 2025-09-18 kl. 09.00-12.00"))
    row((10, "Närvarande"), (50, "Ledamöter"), (120, "Ersättare"))
    row((50, "Sture Blom (C), ordförande"), (120, "Tove Ek (M)"))
    row((50, "Mats Berg (M)"))
    row((10, "§ 78"), (30, "Bygglov, Tallberg 4:12"), (150, "BN 2025-000312"))
    row((10, "Ärendet"), (50, "Ansökan gäller ett enbostadshus."))
    row((10, "Beslut"), (50, "Byggnadsnämnden beviljar bygglov."))
    row((10, "Reservation"), (50, "Mats Berg (M) reserverar sig mot beslutet."))
    row((10, "§ 79"), (30, "Tillsynsplan 2026"))
    row((10, "Beslut"), (50, "Nämnden antar tillsynsplanen."))
    path = tmp_path / "marginal.pdf"
    pdf.output(str(path))
    p = parse_file(path)
    assert [(x.number, x.title, x.dnr, x.decision) for x in p.paragraphs] == [
        ("78", "Bygglov, Tallberg 4:12", "BN 2025-000312", "Byggnadsnämnden beviljar bygglov."),
        ("79", "Tillsynsplan 2026", None, "Nämnden antar tillsynsplanen.")]
    assert [x.by for x in p.paragraphs[0].reservations] == ["Mats Berg"]
    assert sorted((x.name, x.group) for x in p.participants) == [
        ("Mats Berg", "beslutande"), ("Sture Blom", "beslutande"), ("Tove Ek", "ersättare")]


def _numbered_docx(path):
    """Write a DOCX whose § headings are numbered by Word ("§ %1" from 112), as municipal templates do."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="112"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="§ %1"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    style = d.styles.add_style("Paragrafrubrik", 1)
    style.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    for text, style_name in (("Kommunstyrelsen", None), ("Sammanträdesdatum 2025-05-20", None), ("Budget 2026", "Paragrafrubrik"),
                             ("Beslut", None), ("Budgeten antas.", None), ("Taxor 2026", "Paragrafrubrik"),
                             ("Första punkten", "List Number"), ("Andra punkten", "List Number"), ("En punkt", "List Bullet")):
        d.add_paragraph(text, style=style_name)
    d.save(path)
    return path


def test_word_numbering_is_read_as_text(tmp_path):
    path = _numbered_docx(tmp_path / "ks.docx")
    assert "1. Första punkten\n2. Andra punkten\nEn punkt" in read_file(path).text
    p = parse_file(path)
    assert [(x.number, x.title, x.decision) for x in p.paragraphs] == [("112", "Budget 2026", "Budgeten antas."), ("113", "Taxor 2026", None)]


def test_ocr_pound_sign_for_paragraph_mark():
    text = "Tekniska nämnden\nSammanträdesdatum 2018-09-12\n§ 43 Upphandling\nText.\n£ 44\t. Meddelanden\nText.\n"
    assert [(x.number, x.title) for x in parse_text(text, ocr=True).paragraphs] == [("43", "Upphandling"), ("44", "Meddelanden")]


@pytest.mark.parametrize("text, expected", [
    # the scan lost "§ 81": a title alone after § 80's decision, then a section's label in the margin
    ("&80\tTillsynsplan 2026\tSS\tMBN 2025-000402\nBeslut\tNämnden antar planen.\nDelegationsbeslut\nÄrendet\t"
     "Förteckning över beslut.\nBeslut\tRedovisningen läggs till handlingarna.\n",
     [("80", "Tillsynsplan 2026", "Nämnden antar planen."), ("81", "Delegationsbeslut", "Redovisningen läggs till handlingarna.")]),
    # … but not before any decision, nor where the next § has the number (the line stays where it was)
    ("§ 80 Tillsynsplan\nÄrendet\tText.\nFörvaltningens bedömning\nÄrendet\tMer text.\nBeslut\tPlanen antas.\n"
     "Delegationsbeslut\nÄrendet\tFörteckning.\n§ 81 Meddelanden\nBeslut\tNoteras.\n",
     [("80", "Tillsynsplan", "Planen antas.\nDelegationsbeslut"), ("81", "Meddelanden", "Noteras.")]),
    # the front page announces § 88–91 and the scan lost "§ 91" at a page's top: its title after § 90's decision
    ("Paragrafer\t88-91\n§ 90 Föreläggande\nBeslut\tNämnden förelägger ägaren att åtgärda anläggningen.\n"
     "Information från förvaltningen\nFörvaltningschef Ingrid Lundh informerar om rekryteringen.\n",
     [("90", "Föreläggande", "Nämnden förelägger ägaren att åtgärda anläggningen."),
      ("91", "Information från förvaltningen", None)]),
    # an official's "§§ 2-3" on the front page is not the protocol's range: "Paragrafer 1-3" is
    ("Övriga närvarande\tLena Vik, ekonomichef §§ 2-3\nParagrafer\t1-3\n§ 1 Val\nBeslut\nBo Al utses.\n"
     "§ 2 Budget\nBeslut\nAntas.\n§ 3 Taxa\nBeslut\nAntas.\n",
     [("1", "Val", "Bo Al utses."), ("2", "Budget", "Antas."), ("3", "Taxa", "Antas.")]),
    # "§ 41" read as "5 41" before its title's cell
    ("5 41\tVal av justerare\nBeslut\nBo Al utses.\n842\tTaxa\nBeslut\nTaxan antas.\n-;s 43\tAvsägelse\nBeslut\nBeviljas.\n",
     [("41", "Val av justerare", "Bo Al utses."), ("42", "Taxa", "Taxan antas."), ("43", "Avsägelse", "Beviljas.")]),
    # "§ 3" read as "5 3" on a line of its own, between § 2 and § 4
    ("§ 2 Budget\nBeslut\nBudgeten antas.\n5 3\nKulturstipendier 2025\nBeslut\nStipendierna delas ut.\n£4\nTaxa\n"
     "Beslut\nTaxan antas.\n",
     [("2", "Budget", "Budgeten antas."), ("3", "Kulturstipendier 2025", "Stipendierna delas ut."),
      ("4", "Taxa", "Taxan antas.")]),
])
def test_ocr_heading_whose_number_the_scan_lost(text, expected):
    p = parse_text("Miljö- och byggnadsnämnden\nSammanträdesdatum 2025-09-18\n" + text, ocr=True)
    assert [(x.number, x.title, x.decision) for x in p.paragraphs] == expected


@pytest.mark.parametrize("scanned, read", [
    ("Jan- -Olof Berglund (M)", "Jan-Olof Berglund (M)"),              # a double first name broken at its hyphen
    ("Per -Erik\nLund (S)", "Per-Erik\nLund (S)"),                     # … at the end of a line
    ("Bygg- och miljönämnden", "Bygg- och miljönämnden"),              # a word's shared ending stays
    ("Sören: Westin (S), ordförande", "Sören Westin (S), ordförande"),  # a speck read as a colon inside a name
    ("Beslutande: Anna Ek (S)", "Beslutande: Anna Ek (S)"),            # a label's colon stays
    ("Mats Öberg: (M) ) yrkar avslag.", "Mats Öberg (M) yrkar avslag."),  # specks as a colon and a parenthesis
    ("Justerare: Mats Öberg (M)", "Justerare: Mats Öberg (M)"),        # … a label's colon stays
    ("Anna. Wiklund (C) yrkar", "Anna Wiklund (C) yrkar"),              # a speck as a stop after a first name
    ("Magnus EK (M), ordförande", "Magnus Ek (M), ordförande"),          # a short surname's letter as a capital
    ("- Frånvarande.\tSelma Ivarsson (MP)", "Frånvarande.\tSelma Ivarsson (MP)"),  # specks before a label
    ("«= Zara Nordin (M)", "Zara Nordin (M)"),                         # … and before a name
    ("- anta planen", "- anta planen"),                                # a list's dash stays
    ("Ekeby 3:45 - - antagande", "Ekeby 3:45 – antagande"),            # an en dash read as two hyphens
    ("Bilaga 2 - Voteringslista &45", "Bilaga 2 - Voteringslista §45"),  # "&", "£", "$" for the § sign
    ("A & B 2025", "A & B 2025"),                                      # … an ampersand stays
    ("Margareta Lund (S)\tXx", "Margareta Lund (S)\tX"),               # a voting list's cross read as two letters
    ("Val av justerare och: tid för justering", "Val av justerare och tid för justering"),  # stray colons
    ("(S, V,: C) föreslår", "(S, V, C) föreslår"),
    ("deltar inte i handläggningen av ; ärendet.", "deltar inte i handläggningen av ärendet."),
    ("enligt följande: nämnden", "enligt följande: nämnden"),          # … a colon that belongs stays
    ("Val: av justerare", "Val av justerare"),
    ("Beslutände\tLars Öberg (S)", "Beslutande\tLars Öberg (S)"),      # a label word's diacritics as the genre spells it
    ("Ledamot resérverar sig", "Ledamot reserverar sig"),
    ("Surnma\t3\t2\t0", "Summa\t3\t2\t0"),                              # an "m" read as "rn"
    ("8 88\tee Dnr SN 2024/0211", "8 88\tDnr SN 2024/0211"),            # specks before a cell's text
    ("Plats\tsal 3", "Plats\tsal 3"),
    ("Datum:\t-— 2025-03- 18", "Datum:\t-— 2025-03-18"),              # a date split after its month
    ("ekonomichef ($$. 1-5)", "ekonomichef (§§ 1-5)"), ("&£2 Val av justerare", "§2 Val av justerare"),
    ("trafikföreskrifter o om 30", "trafikföreskrifter om 30"),        # a speck read as a letter alone
    ("anmäler j jäv", "anmäler jäv"),
    ("i en å", "i en å"),                                              # … "i" and "å" are words
    ("ger förvaltningen i i uppdrag", "ger förvaltningen i uppdrag"),    # a little word read twice
    ("senast den 30j juni", "senast den 30 juni"),                    # a word's first letter read twice
    ("&.23\tVal av justerare", "§23\tVal av justerare"),
    ("KS 2025/61 0", "KS 2025/61"),                                    # a speck after a dnr
    ("Ulrika Nordström (S), ordförande +. Tobias Granlund (S)", "Ulrika Nordström (S), ordförande\tTobias Granlund (S)"),
    ("Anneli.Vikström (V), tjg ers", "Anneli Vikström (V), tjg ers"),   # a speck as a stop inside a name
    ("Leif Karlsson\tVv:\tX", "Leif Karlsson\tV\tX"),                  # a party's cell misread
    ("Maja Ekdahl\tSS", "Maja Ekdahl\tS"), ("Tore Svahn\tSd", "Tore Svahn\tSD"),
    ("Se Anders Wiklund (M) yrkar avslag.", "Anders Wiklund (M) yrkar avslag."),  # a speck word before a name
    ("Se bilaga 1", "Se bilaga 1"),
    ("PeterÖberg\tKD\tNärvarande", "Peter Öberg\tKD\tNärvarande"),      # a name run together
    ("Ersättare\tMats- Hallin (M), Tallås kommun", "Ersättare\tMats Hallin (M), Tallås kommun"),  # a speck as a hyphen
    ("Anna Berg (S). Tallås kommun, ordförande", "Anna Berg (S), Tallås kommun, ordförande"),
    ("VA-taxa för eHälsa", "VA-taxa för eHälsa"),
    ("[Ledamöter oe\tParti\tNärvaro", "Ledamöter oe\tParti\tNärvaro"),
    ("har beslutat. Nämnden", "har beslutat. Nämnden"),
    ("Summa 3 2 0", "Summa 3 2 0"),                                    # … a vote's nought stays
    ("för offentlig I kontroll", "för offentlig kontroll"),
    ("Elisabet Norberg (5). Mats Forslund (M)", "Elisabet Norberg (S). Mats Forslund (M)"),  # S read as 5
    ("enligt bilaga (5)", "enligt bilaga (5)"),                        # … only after a name
    ("utser Bo Al att jämte. ordföranden justera", "utser Bo Al att jämte ordföranden justera"),  # a speck as a stop
    ("Eva Ek, ordf. och Bo Al, sekr. i nämnden", "Eva Ek, ordf. och Bo Al, sekr. i nämnden"),  # abbreviations keep it
    ("har beslutat. Nämnden", "har beslutat. Nämnden"),                 # a sentence's end stays
    ("Beslut        Nämnden  antar taxan.", "Beslut\tNämnden antar taxan."),  # a margin's gap is a cell break
    ("Övriga deltagande     >  Lars Öhrn, teknisk chef", "Övriga deltagande\tLars Öhrn, teknisk chef"),  # a speck before
    ("Underskrifter      oe      Sekreterare      Paragrafer 41-44", "Underskrifter\tSekreterare\tParagrafer 41-44"),  # a rule
    ("879      Bygglov, Tallberg 4:12      MBN 2025- 000312 -", "879\tBygglov, Tallberg 4:12\tMBN 2025-000312"),  # specks
    ("Beslut '      Mats Öberg utses.", "Beslut\tMats Öberg utses."),   # a speck after a margin label
])
def test_ocr_name_misreads_are_mended(scanned, read):
    from indexer.read.ocrtext import clean_ocr

    assert clean_ocr(scanned) == read


@pytest.mark.parametrize("pages, read", [
    # a place name read once with m for n, beside its genitive four times: the document's spelling wins
    (["Kvarnbyns skola. Kvarnbyns väg.", "Sälja Kvarmbyn 4:12. Kvarnbyns förening och Kvarnbyns bygdegård."],
     ["Kvarnbyns skola. Kvarnbyns väg.", "Sälja Kvarnbyn 4:12. Kvarnbyns förening och Kvarnbyns bygdegård."]),
    # two names a letter apart that OCR does not confuse (q, k) are two names
    (["Lindkvist, Lindkvist, Lindkvist och Lindqvist."], ["Lindkvist, Lindkvist, Lindkvist och Lindqvist."]),
    # a spelling met as often as the other is no misreading
    (["Ulrika Böström och Ulrika Boström."], ["Ulrika Böström och Ulrika Boström."]),
])
def test_ocr_spelling_follows_the_document(pages, read):
    from indexer.read.ocrtext import consensus_spelling

    assert consensus_spelling(pages) == read


def test_scan_is_binarized_at_the_threshold_between_ink_and_paper():
    from PIL import Image, ImageDraw

    from indexer.read.ocr import binarize

    image = Image.new("L", (200, 60), 205)  # grey paper
    ImageDraw.Draw(image).rectangle((20, 20, 120, 40), fill=70)  # dark grey ink
    image.putpixel((180, 10), 150)  # a speck lighter than ink
    out = binarize(image)
    assert set(out.histogram()[1:255]) == {0}
    assert out.getpixel((50, 30)) == 0 and out.getpixel((5, 5)) == 255 and out.getpixel((180, 10)) == 255


@pytest.mark.parametrize("line, furniture", [
    ("LDL Ir", True), ("— ee", True),                              # specks of a signature box: no word has a vowel
    ("Utdragsbestyrkande ed", True),                               # a furniture label with a speck after it
    ("Justerandes sign\t-S\tUtdragsbestyrkande", True),             # … or a speck cell between two
    ("Justerandes sign\tBo Al", False),
    ("Beslut", False), ("Anna Ek", False), ("Omröstning", False),   # short lines of text stay
])
def test_scan_specks_are_furniture(line, furniture):
    from indexer.parse.furniture import Furniture

    assert Furniture([line], [], lambda s: False, ocr=True).is_furniture(line) == furniture


def test_scan_rules_are_erased_and_letters_kept():
    """A ruled grid's rules and a signature line (black runs longer than any letter's stroke) are whitened before OCR;
    a letter's strokes, however bold, stay; a page with rules under its rows but none between columns keeps them."""
    from PIL import Image, ImageDraw

    from indexer.read.ocr import MIN_RULE_HEIGHT, MIN_RULE_WIDTH, erase_rules

    image = Image.new("L", (600, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 50, 590, 53), fill=0)                          # a row's rule across the table
    draw.rectangle((300, 0, 302, 399), fill=0)                         # a column's rule
    draw.rectangle((40, 100, 40 + MIN_RULE_WIDTH - 10, 104), fill=0)   # a letter's long stroke, still shorter
    draw.rectangle((60, 200, 66, 200 + MIN_RULE_HEIGHT - 10), fill=0)  # … and a tall one
    out = erase_rules(image)
    assert out.getpixel((100, 51)) == 255 and out.getpixel((301, 300)) == 255
    assert out.getpixel((80, 102)) == 0 and out.getpixel((63, 250)) == 0

    rows_only = Image.new("L", (600, 400), 255)
    ImageDraw.Draw(rows_only).rectangle((10, 50, 590, 53), fill=0)  # rules under rows, no column rules: kept
    assert erase_rules(rows_only).getpixel((100, 51)) == 0


def test_pdf_voting_list_keeps_its_columns(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 6, "Kommunfullmaktige 2024-03-05", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "§ 5 Budget", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Omröstning", new_x="LMARGIN", new_y="NEXT")
    for name, sub, mark in (("Ledamot", "Ersättare", ("Ja", "Nej", "Avstår")), ("Anna Ek (S)", "", ("X", "", "")),
                            ("Bo Al (M)", "Siv Berg (M)", ("", "X", "")), ("Kim Dahl (V)", "", ("", "", "X"))):
        pdf.cell(50, 6, name)
        pdf.cell(50, 6, sub)
        for m in mark:
            pdf.cell(20, 6, m)
        pdf.ln(6)
    pdf.cell(0, 6, "Beslut", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Budgeten antas.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "kf.pdf"
    pdf.output(str(path))
    para = parse_file(path).paragraphs[0]
    assert [(v["name"], v["vote"]) for v in para.voting_list] == [("Anna Ek", "ja"), ("Siv Berg", "nej"), ("Kim Dahl", "avstår")]
    assert para.votes == {"ja": 1, "nej": 1, "avstår": 1}


_KF_TEXT = ["Ekby kommun", "Kommunfullmäktige", "Sammanträdesdatum 2025-06-16", "Beslutande: se bilaga 1",
            "§ 45 Skattesats", "Omröstning begärs, se bilaga 1.", "Beslut", "Skattesatsen fastställs.",
            "§ 46 Motion", "Omröstning begärs, se bilaga 1.", "Beslut", "Motionen avslås.", "Bilaga 1",
            "Närvaro- och omröstningslista"]
_KF_HEAD = ["Ledamot", "Parti", "Närv", "Ja", "Nej", "Avst", "Ja", "Nej", "Avst"]
# Dan Ulf was away and did not vote; the others' marks for § 45 then § 46.
_KF_ROWS = [["Anna Ek", "S", "X", "X", "", "", "X", "", ""], ["Bo Al", "M", "X", "", "X", "", "", "X", ""],
            ["Dan Ulf", "SD", "", "", "", "", "", "", ""], ["Cia Ny", "V", "X", "X", "", "", "", "", "X"],
            ["Fia Gren", "C", "X", "", "", "X", "X", "", ""]]


def _kf_pdf(path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("F", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("F", size=10)
    for line in _KF_TEXT:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    widths = [40, 15, 15] + [12] * 6
    pdf.cell(70, 6, "")
    pdf.cell(36, 6, "§ 45", border=1)
    pdf.cell(36, 6, "§ 46", border=1)
    pdf.ln(6)
    for row in [_KF_HEAD] + _KF_ROWS:
        for width, cell in zip(widths, row):
            pdf.cell(width, 6, cell, border=1)
        pdf.ln(6)
    pdf.output(str(path))


def _kf_txt(path):
    rows = ["\t\t\t§ 45\t\t\t§ 46"] + ["\t".join(r) for r in [_KF_HEAD] + _KF_ROWS]
    path.write_text("\n".join(_KF_TEXT + rows) + "\n", encoding="utf-8")


def _kf_docx(path):
    import docx

    d = docx.Document()
    for line in _KF_TEXT:
        d.add_paragraph(line)
    table = d.add_table(rows=len(_KF_ROWS) + 2, cols=9)
    for r, row in enumerate([_KF_HEAD] + _KF_ROWS, start=1):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    table.cell(0, 3).merge(table.cell(0, 5)).text = "§ 45"
    table.cell(0, 6).merge(table.cell(0, 8)).text = "§ 46"
    d.save(str(path))


@pytest.mark.parametrize("suffix,write", [(".pdf", _kf_pdf), (".txt", _kf_txt), (".docx", _kf_docx)])
def test_appended_attendance_list_counts_each_paragraphs_vote(tmp_path, suffix, write):
    """A närvaro- och omröstningslista after the last § with Ja/Nej/Avst columns under each § voted on counts each
    § by its own columns, whatever the format did to the empty cells (a PDF drops them, a text export keeps its tabs)
    and with a member who did not vote between those who did."""
    path = tmp_path / f"kf{suffix}"
    write(path)
    protocol = parse_file(path)
    assert [(p.number, p.votes) for p in protocol.paragraphs] == [
        ("45", {"ja": 2, "nej": 1, "avstår": 1}), ("46", {"ja": 2, "nej": 1, "avstår": 1})]
    assert sorted((x.name, x.group) for x in protocol.participants) == [
        ("Anna Ek", "beslutande"), ("Bo Al", "beslutande"), ("Cia Ny", "beslutande"), ("Dan Ulf", "frånvarande"),
        ("Fia Gren", "beslutande")]


def test_zip_bomb_is_refused_quickly(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (300 * 2**20))
    with pytest.raises(ReadError) as exc:
        read_file(write(tmp_path / "bomb.docx", buf.getvalue()))
    assert "zip-bomb" in str(exc.value) and "bomb.docx" in str(exc.value)


def test_many_empty_pages_are_refused_with_reason(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(400):
        w.add_blank_page(width=595, height=842)
    path = tmp_path / "blank.pdf"
    with open(path, "wb") as fh:
        w.write(fh)
    with pytest.raises(ReadError) as exc:
        read_file(path)
    assert "blank" in str(exc.value)


def _image_pdf(path):
    """Render a protocol page to an image and wrap it in a PDF with no text layer (a scan)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 40)
    except OSError:
        font = ImageFont.load_default(size=40)
    lines = ["Tekniska nämnden", "Sammanträdesdatum 2018-09-12", "", "§ 41 Val av justerare", "Beslut",
             "Tekniska nämnden utser Anna Ek att justera.", "", "§ 42 VA-taxa 2019", "Beslut", "Taxan höjs med 8 procent."]
    for i, line in enumerate(lines):
        draw.text((150, 150 + i * 70), line, fill=0, font=font)
    img.save(path, "PDF", resolution=200)
    return path


@pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("PROTOKOLL_REQUIRE_OCR"),
                    reason="tesseract-ocr and tesseract-ocr-swe are not installed")
def test_scanned_pdf_is_read_by_ocr(tmp_path):
    p = parse_file(_image_pdf(tmp_path / "scan.pdf"))
    assert p.date == "2018-09-12"
    assert [x.number for x in p.paragraphs] == ["41", "42"]
    assert any("OCR" in w for w in p.warnings)


def test_scanned_pdf_without_ocr_names_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ReadError) as exc:
        read_file(_image_pdf(tmp_path / "scan.pdf"))
    assert "tesseract-ocr-swe" in str(exc.value)


# How a paragraph records positions: (wording, (yrkande makers, reservations as (name, party), jäv, vote)).
POSITIONS = [
    ("Voteringsresultat\nJa\tNej\tAvstår\n12\t9\t1\n", ([], [], [], {"ja": 12, "nej": 9, "avstår": 1})),
    ("Reservationer\nSocialdemokraterna (bilaga 1)\nVänsterpartiet\n", ([], [(None, "S"), (None, "V")], [], None)),
    ("Reservation: Sverigedemokraterna, skriftlig, bilaga 2\n", ([], [(None, "SD")], [], None)),
    ("Anna Ek (S) yrkar, med bifall från Bo Al (M), att ärendet återremitteras.\n", (["Anna Ek", "Bo Al"], [], [], None)),
    ("Omröstning begärs. Omröstningen utfaller 7–4 med 2 nedlagda röster.\n", ([], [], [], {"ja": 7, "nej": 4, "avstår": 2})),
    ("Omröstning\nBeslutet fattas med röstsiffrorna 25–24 (2 avstår).\n", ([], [], [], {"ja": 25, "nej": 24, "avstår": 2})),
    ("Omröstning begärs. 4 röster avges för bifall och 2 för avslag, 1 ledamot avstår.\n",
     ([], [], [], {"ja": 4, "nej": 2, "avstår": 1})),
    ("Yrkanden\nKim Lund (S) yrkar bifall till förslaget och Tor Ås (C) instämmer.\nEva Berg (M) tilläggsyrkar att en "
     "utredning görs.\n", (["Kim Lund", "Tor Ås", "Eva Berg"], [], [], None)),
    ("Förslag under sammanträdet\nEva Berg (M): Ärendet återremitteras.\n", (["Eva Berg"], [], [], None)),
    ("Yrkanden\nBo Al (M) föreslår att ärendet återremitteras.\nKim Lund (C) ställer sig bakom Bo Als förslag.\n"
     "Eva Berg (S) förordar förvaltningens förslag.\nTor Ås (V) tillstyrker återremissen.\n",
     (["Bo Al", "Kim Lund", "Eva Berg", "Tor Ås"], [], [], None)),
    ("Moderaterna reserverar sig. Kristdemokraterna instämmer i reservationen.\n", ([], [(None, "M"), (None, "KD")], [], None)),
    ("Reservation: SD-gruppen genom Tor Ås reserverar sig skriftligt.\n", ([], [(None, "SD")], [], None)),
    ("Tor Ås (C) anses jävig och deltar inte.\n", ([], [], ["Tor Ås"], None)),
    ("Omröstning\nJa röstar: Bo Al (M), Cia Berg (V). Nej röstar: Olle Ek (M).\n", ([], [], [], {"ja": 2, "nej": 1, "avstår": 0})),
    ("Votering\nFöljande röstar ja: Bo Al (M)\nFöljande röstar nej: Cia Berg (V), Olle Ek (M)\nFöljande avstår: Dan Ro (C)\n",
     ([], [], [], {"ja": 1, "nej": 2, "avstår": 1})),
    ("M- och KD-gruppen reserverar sig mot beslutet.\n", ([], [(None, "M"), (None, "KD")], [], None)),
    ("Yrkanden: Bo Al (M) - bifall, Cia Berg (V) - avslag\n", (["Bo Al", "Cia Berg"], [], [], None)),
    ("Yrkande från Bo Al (M): återremiss.\n", (["Bo Al"], [], [], None)),
    ("Noteras att Olle Ek (M) på grund av jäv inte deltar i beslutet.\n", ([], [], ["Olle Ek"], None)),
    ("Omröstning\nOmröstningsresultat: 4 ja och 2 nej.\n", ([], [], [], {"ja": 4, "nej": 2, "avstår": 0})),
    ("Omröstning\nOmröstningsresultat 4–2\n", ([], [], [], {"ja": 4, "nej": 2, "avstår": 0})),
    ("Efter genomförd votering har 4 röstat ja, 2 röstat nej och 1 avstått.\n", ([], [], [], {"ja": 4, "nej": 2, "avstår": 1})),
    ("Reservation: Olle Ek (M) till förmån för eget yrkande.\n", ([], [("Olle Ek", "M")], [], None)),
    ("Reservation\nAnna Berg (M) lämnar en skriftlig reservation.\n", ([], [("Anna Berg", "M")], [], None)),
    ("Mot beslutet reserverar sig Moderaterna och Kristdemokraterna.\n", ([], [(None, "M"), (None, "KD")], [], None)),
    ("Olle Ek (M) lämnar sammanträdet på grund av jäv.\n", ([], [], ["Olle Ek"], None)),
    ("Anmäld jäv\nOlle Ek (M)\n", ([], [], ["Olle Ek"], None)),
    ("Jäv\nOlle Ek (M) lämnar lokalen under ärendets behandling.\n", ([], [], ["Olle Ek"], None)),
    ("Yrkanden\nOrdföranden Anna Berg (S) yrkar bifall.\n", (["Anna Berg"], [], [], None)),
    ("Yrkanden\nOrdföranden yrkar bifall till arbetsutskottets förslag.\n", ([], [], [], None)),
    ("Omröstning\nVid omröstning avges 7 ja-röster och 4 nej-röster. 2 ledamöter avstår.\n",
     ([], [], [], {"ja": 7, "nej": 4, "avstår": 2})),
    ("Omröstning\nMed 5 röster och 2 ledamöter frånvarande beslutar nämnden bifalla.\n", ([], [], [], None)),
    ("Bo Al (M) framför ett ändringsyrkande om att punkt 2 stryks.\n", (["Bo Al"], [], [], None)),
    ("Yrkanden\nBo Al (M) - bifall till förslaget\n", (["Bo Al"], [], [], None)),
    ("Bo Al (M) yrkar avslag med instämmande av Cia Berg (V).\n", (["Bo Al", "Cia Berg"], [], [], None)),
    ("Under överläggningen yrkar Bo Al (M) bifall.\n", (["Bo Al"], [], [], None)),
    ("Bo Al (M) yrkar, med stöd av Cia Berg (V), avslag.\n", (["Bo Al", "Cia Berg"], [], [], None)),
    ("Yrkanden\nBifall till förslaget: Bo Al (M)\nAvslag: Cia Berg (V) och Olle Ek (M)\n",
     (["Bo Al", "Cia Berg", "Olle Ek"], [], [], None)),
    ("Reservation anmäls av Olle Ek (M).\n", ([], [("Olle Ek", "M")], [], None)),
    ("Reservation\nM, SD\n", ([], [(None, "M"), (None, "SD")], [], None)),
    ("Reservation: Moderaterna och Sverigedemokraterna\n", ([], [(None, "M"), (None, "SD")], [], None)),
    ("Mot beslutet reserverar sig Olle Ek (M) och Cia Berg (V) skriftligt.\n", ([], [("Olle Ek", "M"), ("Cia Berg", "V")], [], None)),
    ("Olle Ek (M) anmäler att han är jävig.\n", ([], [], ["Olle Ek"], None)),
    ("Olle Ek (M) deklarerar jäv.\n", ([], [], ["Olle Ek"], None)),
    ("Olle Ek (M) avstår från att delta i beslutet på grund av jäv.\n", ([], [], ["Olle Ek"], None)),
    ("På grund av jäv deltar Olle Ek (M) inte i ärendet.\n", ([], [], ["Olle Ek"], None)),
    ("Olle Ek (M) deltar inte i beslutet.\n", ([], [], [], None)),
    ("Omröstning\nJa – 5, Nej – 2, Avstår – 1\n", ([], [], [], {"ja": 5, "nej": 2, "avstår": 1})),
    ("Omröstning\nMed 5 röster mot 2 och en som avstod bifaller nämnden.\n", ([], [], [], {"ja": 5, "nej": 2, "avstår": 1})),
    ("Omröstning\nOmröstningen utföll 5–2 till förmån för bifall.\n", ([], [], [], {"ja": 5, "nej": 2, "avstår": 0})),
    ("Omröstning\nOmröstning begärs. 5 röstar för bifall och 2 för avslag.\n", ([], [], [], {"ja": 5, "nej": 2, "avstår": 0})),
    ("Yrkanden\nPia Hed (C) yrkar bifall.\nOmröstningen utfaller med 30 röster för avslag och 19 röster för bifall.\n",
     (["Pia Hed"], [], [], {"ja": 30, "nej": 19, "avstår": 0})),
    ("Omröstning begärs. Med 30 röster för avslag mot 19 för bifall, 2 avstår, beslutar nämnden att avslå.\n",
     ([], [], [], {"ja": 30, "nej": 19, "avstår": 2})),
    ("Yrkanden\nBifall till förslaget yrkas av Bo Al (M) och Cia Berg (V).\nOlle Ek (M) biträder Cia Bergs yrkande.\n",
     (["Bo Al", "Cia Berg", "Olle Ek"], [], [], None)),
    ("Omröstning\n7 ja\n4 nej\n1 avstår\n", ([], [], [], {"ja": 7, "nej": 4, "avstår": 1})),
    ("Omröstning\nLedamot\tJa\tNej\tAvstår\nAnna Ek (S)\tX\nSumma\tSn\t37 27 5\n",  # a scan's speck before the totals
     ([], [], [], {"ja": 37, "nej": 27, "avstår": 5})),
    ("Omröstning\nMed sju röster mot fyra bifaller nämnden förslaget.\n", ([], [], [], {"ja": 7, "nej": 4, "avstår": 0})),
    ("Omröstning\nVid omröstningen röstade 7 ledamöter ja och 4 ledamöter nej.\n", ([], [], [], {"ja": 7, "nej": 4, "avstår": 0})),
    ("Reservation anförs av Olle Ek (M) enligt följande:\nVi vill sänka avgiften.\n", ([], [("Olle Ek", "M")], [], None)),
    ("Reservation anförs av Olle Ek m.fl. (M, KD) hänvisande till eget förslag.\n",
     ([], [("Olle Ek", "M"), (None, "KD")], [], None)),
    ("Förslag till beslut på sammanträdet\nOrdföranden Anna Berg m.fl. (S, V) föreslår att nämnden bifaller.\n"
     "Olle Ek (M) föreslår att nämnden avslår förslaget.\n", (["Anna Berg", "Olle Ek"], [], [], None)),
]


@pytest.mark.parametrize("wording,expected", POSITIONS, ids=[w.split("\n")[-2][:50] for w, _ in POSITIONS])
def test_positions_in_a_paragraph(wording, expected):
    p = parse_text(FRONT + "§ 5 Ärendet\n" + wording + "Beslut\nKS bifaller.\n", "x.txt").paragraphs[0]
    assert ([m.by for m in p.motions], [(r.by, r.party) for r in p.reservations], p.jav, p.votes) == expected


# How the back matter dates justering and anslag: (wording, (justering, posted, removed)).
ANSLAG_WORDINGS = [
    # a justering day without its year: the first such day after the meeting (2025-03-12)
    ("Justeringens plats och tid: Kommunhuset, fredag 14/3 kl. 10.00\n", ("2025-03-14", None, None)),
    ("Justering: Kommunkansliet den 17 mars\n", ("2025-03-17", None, None)),
    ("Justeras senast: 2025-03-19\n", ("2025-03-19", None, None)),
    # a scan read the date into the middle of a label whose cell wrapped
    ("Datum då «anslaget 2025-03-20 sätts upp\nDatum då anslaget tas «2025-04-11 ned\n", (None, "2025-03-20", "2025-04-11")),
    ("Justeringen av protokollet har tillkännagetts på kommunens digitala anslagstavla 2025-03-20.\n",
     (None, "2025-03-20", None)),
    ("Tid och plats för justering: Stadshuset 2025-03-19\n", ("2025-03-19", None, None)),
    ("Datum för justering: 2025-03-19\n", ("2025-03-19", None, None)),
    ("Protokollet är publicerat på kommunens anslagstavla 2025-03-20. Anslaget tas ned 2025-04-11.\n",
     (None, "2025-03-20", "2025-04-11")),
    ("Anslaget publicerades 2025-03-20 och togs ned 2025-04-11.\n", (None, "2025-03-20", "2025-04-11")),
    ("Protokollet anslås 2025-03-20 – 2025-04-11.\n", (None, "2025-03-20", "2025-04-11")),
    ("Justerat: 2025-03-19\n", ("2025-03-19", None, None)),
    ("Justerat av: Anna Ek\nTid för justering: 2025-03-19\n", ("2025-03-19", None, None)),
    ("Anslagsperiod: 2025-03-20 -- 2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Anslaget är uppsatt: 2025-03-20   Anslaget tas ned: 2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Anslag uppsatt\t2025-03-20\tAnslag nedtaget\t2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Publicerad på anslagstavlan: 2025-03-20\nTas bort från anslagstavlan: 2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Anslaget sätts upp 2025-03-20 och tas ned 2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Protokollet justerat: 2025-03-19\n", ("2025-03-19", None, None)),
    ("Datum för anslagets uppsättande: 2025-03-20\nDatum för anslagets nedtagande: 2025-04-11\n",
     (None, "2025-03-20", "2025-04-11")),
    ("Protokollet har justerats 2025-03-19 och anslagits 2025-03-20 på kommunens digitala anslagstavla.\n",
     ("2025-03-19", "2025-03-20", None)),
    ("Justering av protokollet har skett 2025-03-19. Anslag om justering har satts upp 2025-03-20 och tas ned "
     "2025-04-11.\n", ("2025-03-19", "2025-03-20", "2025-04-11")),
    ("Anslag: Protokollet har anslagits på kommunens anslagstavla under tiden 20 mars–11 april 2025.\n",
     (None, "2025-03-20", "2025-04-11")),
    ("Anslaget är uppsatt 20 december–10 januari 2025.\n", (None, "2024-12-20", "2025-01-10")),
    ("Justerare, plats och tid: Bo Al, kommunkansliet 2025-03-19\n", ("2025-03-19", None, None)),
    ("Justering: digital justering 2025-03-19\n", ("2025-03-19", None, None)),
    ("Protokollet justeras: 2025-03-19\n", ("2025-03-19", None, None)),
    ("Anslagets datum: 2025-03-20\nAnslaget tas bort: 2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Anslag\nPubliceringsdatum: 2025-03-20\nNedtagningsdatum: 2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Anslag på kommunens anslagstavla: 2025-03-20 -- 2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Protokollet anslås 2025-03-20 på kommunens digitala anslagstavla.\n", (None, "2025-03-20", None)),
    ("Beslutet anslås den 20 mars 2025.\n", (None, "2025-03-20", None)),
    ("Anslagsdag: 2025-03-20\n", (None, "2025-03-20", None)),
    ("Datum då anslaget sattes upp: 2025-03-20\nDatum då anslaget togs ned: 2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Protokollet justeras digitalt senast 2025-03-19\n", ("2025-03-19", None, None)),
    ("Justeras: onsdag 19 mars 2025 kl. 15.00, kommunhuset\n", ("2025-03-19", None, None)),
    ("Datum för uppsättande: 2025-03-20\nDatum för nedtagande: 2025-04-11\n", (None, "2025-03-20", "2025-04-11")),
    ("Protokollet är justerat och anslaget på kommunens webbplats 2025-03-20--2025-04-11.\n",
     (None, "2025-03-20", "2025-04-11")),
]


@pytest.mark.parametrize("wording,expected", ANSLAG_WORDINGS, ids=[w.split("\n")[0][:40] for w, _ in ANSLAG_WORDINGS])
def test_anslag_wordings(wording, expected):
    p = parse_text("Kommunstyrelsen\nSammanträdesdatum 2025-03-12\n" + wording + "§ 1 A\nText.\n", "x.txt")
    assert (p.justering_date, p.anslag["posted"], p.anslag["removed"]) == expected


@pytest.mark.parametrize("wording,expected", ANSLAG_WORDINGS, ids=[w.split("\n")[0][:40] for w, _ in ANSLAG_WORDINGS])
def test_anslag_wordings_after_the_last_paragraph(wording, expected):
    p = parse_text("Kommunstyrelsen\nSammanträdesdatum 2025-03-12\n§ 1 A\nText.\n\n" + wording, "x.txt")
    assert (p.justering_date, p.anslag["posted"], p.anslag["removed"]) == expected
    assert p.paragraphs[0].text.strip() == "Text."


# How a protocol names its adjusters: (front-page line or "Val av justerare" paragraph, adjusters).
ADJUSTER_WORDINGS = [
    ("Justerare: Bo Al (M), ersättare Cia Berg (V)\n§ 1 A\nText.\n", ["Bo Al"]),
    ("Justerare: Bo Al (M) med Cia Berg (V) som ersättare\n§ 1 A\nText.\n", ["Bo Al"]),
    ("Justerande: Bo Al   Cia Berg\n§ 1 A\nText.\n", ["Bo Al", "Cia Berg"]),
    ("Utses att justera: Bo Al (M) och Cia Berg (V)\n§ 1 A\nText.\n", ["Bo Al", "Cia Berg"]),
    ("§ 1 Justering\nTill justerare väljs Bo Al (M) med Cia Berg (V) som ersättare.\n", ["Bo Al"]),
    ("Justeringsperson: Bo Al\n§ 1 A\nText.\n", ["Bo Al"]),
    ("Justerande ledamot: Bo Al (M)\n§ 1 A\nText.\n", ["Bo Al"]),
    ("Utsedd att justera: Bo Al\n§ 1 A\nText.\n", ["Bo Al"]),
    ("Att jämte ordföranden justera protokollet: Cia Berg (V)\n§ 1 A\nText.\n", ["Cia Berg"]),
    ("Just: Bo Al\n§ 1 A\nText.\n", ["Bo Al"]),
    ("Utses att justera: Bo Al (M). Justering sker 2025-06-19.\n§ 1 A\nText.\n", ["Bo Al"]),
    ("§ 1 Val av justerare och tid för justering\nOrdföranden utsåg Cia Berg (V) att jämte ordföranden justera dagens "
     "protokoll.\n", ["Cia Berg"]),
]


@pytest.mark.parametrize("wording,expected", ADJUSTER_WORDINGS, ids=[w.split("\n")[0][:40] for w, _ in ADJUSTER_WORDINGS])
def test_adjuster_wordings(wording, expected):
    p = parse_text("Socialnämnden\nSammanträdesdatum 2025-06-16\nBeslutande: Anna Ek (S), ordförande, Bo Al (M), "
                   "Cia Berg (V)\n" + wording, "x.txt")
    assert p.adjusters == expected


# How the signatures after the last § name the chair, the secretary and the adjusters: (back matter, expected).
SIGNATURE_LAYOUTS = [
    ("Sekreterare\tOrdförande\tJusterare\n\tMaja Bo\tAnna Ek\tBo Al\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Underskrifter\n\n__________________  __________________\nAnna Ek, ordförande      Bo Al, justerare\n\n"
     "__________________\nMaja Bo, sekreterare\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Justeras:\n\nAnna Ek\nOrdförande\n\nBo Al\nJusterare\n\nVid protokollet:\nMaja Bo\nSekreterare\n",
     ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Underskrifter\nSekreterare ..........\nMaja Bo\nOrdförande ..........\nAnna Ek\nJusterare ..........\nBo Al\n",
     ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Underskrifter\nOrdförande\nAnna Ek\nSekreterare\nMaja Bo\nJusterare\nBo Al (M)\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Sekreterare rr\nMaja Bo\nOrdförande eee\nAnna Ek\nJusterande\nBo Al\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),  # OCR'd rules
    ("Ordförande ____\nAnna Ek\nJusterare ____\nBo Al\nSekreterare ____\nMaja Bo\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Underskrifter\t..........\n\tMaja Bo, sekreterare\n\t..........\n\tAnna Ek, ordförande\n\t..........\t..........\n"
     "\tBo Al, justerare\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    # A text export's columns: names over their roles under the rules, cells set apart by spaces
    ("Underskrifter\n______________     ______________\nAnna Ek            Maja Bo\nOrdförande         Sekreterare\n"
     "______________\nBo Al\nJusterare\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Ordförande                 Sekreterare\nAnna Ek                    Maja Bo\nJusterare\nBo Al\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    # Who signed, beside the justering's date; a name below it without a role (the secretary's) is none of them.
    ("Vid protokollet: Maja Bo\nJusterat 2025-05-27   Anna Ek   Bo Al\nProtokollet har justerats.\nCia Berg\n",
     ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Vid protokollet: Maja Bo\nJusterat: 2025-05-27\nAnna Ek, ordförande\nBo Al, justerare\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Vid protokollet: Maja Bo\nProtokollet justerat 2025-05-27 av Anna Ek och Bo Al.\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Vid protokollet: Maja Bo\nOrdförande: Anna Ek\nJusterare: Bo Al 2025-05-27\n", ("Anna Ek", "Maja Bo", ["Bo Al"])),
    ("Vid protokollet: Maja Bo\nOrdförande: Anna Ek\nJusterare: Bo Al\nJusteringens plats och tid: Kommunkansliet 2025-05-27\n",
     ("Anna Ek", "Maja Bo", ["Bo Al"])),
]


@pytest.mark.parametrize("wording,expected", SIGNATURE_LAYOUTS, ids=[w.split("\n")[0][:40] for w, _ in SIGNATURE_LAYOUTS])
def test_signature_layouts_after_the_last_paragraph(wording, expected):
    p = parse_text("Socialnämnden\nSammanträdesdatum 2025-06-16\nBeslutande: Anna Ek (S), Bo Al (M)\n§ 1 A\nText.\n\n"
                   + wording, "x.txt")
    assert (p.chair, p.secretary, p.adjusters) == expected
    assert p.paragraphs[0].text.strip() == "Text."


# How the front page lists a member: (Beslutande value, [(name, group, party)]).
MEMBER_ENTRIES = [
    # Members listed under their party, one line a party
    ("Beslutande\nS: Anna Ek (ordförande), Bo Al\nModeraterna: Dan Ro\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "S"), ("Dan Ro", "beslutande", "M")]),
    # A roll-call table that writes the surname first, then a comma: "Lundgren, Anna"
    ("Närvarolista\nLedamot\tParti\tTjänstgörande ersättare\nLundgren, Anna\tS\nBerg, Olof\tM\tDahl, Eva\n",
     [("Anna Lundgren", "beslutande", "S"), ("Olof Berg", "frånvarande", "M"), ("Eva Dahl", "beslutande", None)]),
    # Cells without a header row: a role's cell ends its row, it does not wait for the next line's name
    ("Beslutande\nAnna Ek\tS\tOrdförande\nBo Al\tM\nKarin Berg\tC\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Karin Berg", "beslutande", "C")]),
    # The role's cell first in each row ("Ordförande | Anna Ek | S"), under Beslutande: members, not the signatures' label
    ("Beslutande\nOrdförande\tAnna Ek\tS\nLedamot\tBo Al\tM\nLedamot\tKarin Berg\tC\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Karin Berg", "beslutande", "C")]),
    # The party cell before the name, the columns run together into one line each
    ("Beslutande\nS Anna Ek, ordförande\nM Bo Al\nC Karin Berg\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Karin Berg", "beslutande", "C")]),
    # A roll-call table whose party column comes before the names
    ("Närvarolista\nParti\tLedamot\tErsättare\nS\tAnna Ek, ordförande\nM\tBo Al\tPer Lind\nC\tKarin Berg\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "frånvarande", "M"), ("Per Lind", "beslutande", None),
      ("Karin Berg", "beslutande", "C")]),
    # A name of three words whose first is no Swedish first name stays whole ("Nguyen Van An")
    ("Beslutande\nNguyen Van An (S), ordförande\nAli Abdi Mohamed (V)\n",
     [("Nguyen Van An", "beslutande", "S"), ("Ali Abdi Mohamed", "beslutande", "V")]),
    # One "Närvarande" table with a role column: members decide, a substitute attends, officials are övriga.
    ("Närvarande\nNamn\tFunktion\tParti\nKim Lund\tOrdförande\tS\nLisa Nord\tTjänstgörande ersättare\tS\n"
     "Siv Holm\tErsättare\tS\nUlla Sten\tKommundirektör\n",
     [("Kim Lund", "beslutande", "S"), ("Lisa Nord", "beslutande", "S"), ("Siv Holm", "ersättare", "S"),
      ("Ulla Sten", "övriga", None)]),
    # … while minnesanteckningar's attendees stay "närvarande"
    ("Närvarande: Anna Ek, ordförande, Bo Al, Region Sydvik, Cia Berg, sekreterare\n",
     [("Anna Ek", "närvarande", None), ("Bo Al", "närvarande", None), ("Cia Berg", "närvarande", None)]),
    # A job title or role capitalised after the name, in a cell of its own
    ("Beslutande\tKim Lund (S) Ordförande\nÖvriga närvarande\tUlla Sten Kommundirektör\n\tPer Dahl Sekreterare\n",
     [("Kim Lund", "beslutande", "S"), ("Ulla Sten", "övriga", None), ("Per Dahl", "övriga", None)]),
    # Members and substitutes side by side, each with a presence column; 'Tjg' marks a substitute who served.
    ("Närvarolista\nLedamöter\tParti\tNärv\tErsättare\tParti\tNärv\nKim Lund, ordf\tS\tX\tSiv Holm\tS\tX\n"
     "Eva Berg\tM\tX\tOla Ryd\tM\nAli Demir\tS\tLisa Nord\tS\tTjg\n",
     [("Kim Lund", "beslutande", "S"), ("Siv Holm", "ersättare", "S"), ("Eva Berg", "beslutande", "M"),
      ("Ali Demir", "frånvarande", "S"), ("Lisa Nord", "beslutande", "S")]),
    ("Beslutande\nKim Lund (S)\nÖvriga närvarande\nSiv Holm (S), ersättare\nUlla Sten, kommundirektör\n",
     [("Kim Lund", "beslutande", "S"), ("Siv Holm", "ersättare", "S"), ("Ulla Sten", "övriga", None)]),
    ("Närvarande ersättare: Lisa Nord (S) (tjänstgörande för Ali Demir (S)), Siv Holm (S)\n",
     [("Lisa Nord", "beslutande", "S"), ("Siv Holm", "ersättare", "S"), ("Ali Demir", "frånvarande", "S")]),
    ("Beslutande: Anna Ek (S), Bo Al (M),\nFia Lund (C) och Gun Ek (KD)\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Fia Lund", "beslutande", "C"), ("Gun Ek", "beslutande", "KD")]),
    ("Beslutande\nANNA-KARIN EK (S), ordförande\nBO AL (M)\n",
     [("Anna-Karin Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M")]),
    ("Beslutande\tBo Al (M) §§ 1-5\n\tEva Sund (M) §§ 6-9 ersättare för Bo Al (M)\n",
     [("Bo Al", "beslutande", "M"), ("Eva Sund", "beslutande", "M")]),
    ("Beslutande\tKerstin Wall (S)\nÖvriga\tUlf Sjöberg, kultur- och fritidschef\n",
     [("Kerstin Wall", "beslutande", "S"), ("Ulf Sjöberg", "övriga", None)]),
    ("Ledamöter\tEva Lind (S), ordf\nErsättare\tOve Berg (S), tjänstgör för Gun Ås (V)\n\tLena Sjö (M)\n",
     [("Eva Lind", "beslutande", "S"), ("Ove Berg", "beslutande", "S"), ("Gun Ås", "frånvarande", "V"),
      ("Lena Sjö", "ersättare", "M")]),
    ("Övriga\tTina Falk, förvaltningschef\n\tJon Hult, sekreterare\nÖvriga närvarande: Ulf Ek, controller\nMaja Bo, sekreterare\n",
     [("Tina Falk", "övriga", None), ("Jon Hult", "övriga", None), ("Ulf Ek", "övriga", None), ("Maja Bo", "övriga", None)]),
    ("Tjänstgörande ersättare: Ove Berg (S), ers. för Gun Ås (V)\nBeslutande: Eva Ny (M) (ersätter Bo Al (M))\n"
     "Beslutande: Kim Lo (C) istället för Pia Ek (C)\n",
     [("Ove Berg", "beslutande", "S"), ("Gun Ås", "frånvarande", "V"), ("Eva Ny", "beslutande", "M"), ("Bo Al", "frånvarande", "M"),
      ("Kim Lo", "beslutande", "C"), ("Pia Ek", "frånvarande", "C")]),
    ("Beslutande: Anna Ek (S), Per Bo (M) ej tjänstgörande\nErsättare som inte tjänstgör: Lisa Ny (V)\n"
     "Övriga ersättare: Kim Lo (L)\n",
     [("Anna Ek", "beslutande", "S"), ("Per Bo", "ersättare", "M"), ("Lisa Ny", "ersättare", "V"), ("Kim Lo", "ersättare", "L")]),
    ("Ersättare\tLena Sjö (M)\n\tOla Ek (S) ersätter Gun Ås (V)\n",
     [("Lena Sjö", "ersättare", "M"), ("Ola Ek", "beslutande", "S"), ("Gun Ås", "frånvarande", "V")]),
    ("Ordförande: Eva Lind (S)\nÖvriga beslutande: Bo Al (M), vice ordförande, Cia Berg (V)\n",
     [("Eva Lind", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Cia Berg", "beslutande", "V")]),
    # Two cells' lines run together by a PDF ("Olle Hed, socialchef" / "Maria Kvist, sekreterare"): two people
    ("Beslutande: Anna Ek (S)\nÖvriga närvarande: Olle Hed, socialchef Maria Kvist, sekreterare\n",
     [("Anna Ek", "beslutande", "S"), ("Olle Hed", "övriga", None), ("Maria Kvist", "övriga", None)]),
    ("Övriga\tRegiondirektör Stina Brandt\nDessutom närvarande: Kommundirektör Jan Ek och sekreterare Lena Sjö\n",
     [("Stina Brandt", "övriga", None), ("Jan Ek", "övriga", None), ("Lena Sjö", "övriga", None)]),
    ("Beslutande: Anna Ek (S) (ordförande), Dan Ro (C)\nAnmäld frånvaro: Bo Al (M)\n"
     "Förhinder har anmälts av Cia Berg (V) och Per Ek (L).\n",
     [("Anna Ek", "beslutande", "S"), ("Dan Ro", "beslutande", "C"), ("Bo Al", "frånvarande", "M"),
      ("Cia Berg", "frånvarande", "V"), ("Per Ek", "frånvarande", "L")]),
    ("Beslutande: Zoë Lind (S), Ömer Çelik (M), Łukasz Nowak (V), Şule Yılmaz (C)\n",
     [("Zoë Lind", "beslutande", "S"), ("Ömer Çelik", "beslutande", "M"), ("Łukasz Nowak", "beslutande", "V"),
      ("Şule Yılmaz", "beslutande", "C")]),
    ("Beslutande\nEk, Anna (S), ordförande\nAl, Bo (M)\nLind Eva (C)\nErsättare\nStrand Maria (V)\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Eva Lind", "beslutande", "C"),
      ("Strand Maria", "ersättare", "V")]),
    ("Deltagare:\n- Karin Ström, Region Norr\n- Olof Berg, Länsstyrelsen\n- Anna Pihl, Ekby kommun\n",
     [("Karin Ström", "närvarande", None), ("Olof Berg", "närvarande", None), ("Anna Pihl", "närvarande", None)]),
    ("Beslutande: Anna Ek (S), Dan Ro (C) – anmält förhinder\nFrånvarande: Bo Al (M), ersatt av Eva Ny (M)\n",
     [("Anna Ek", "beslutande", "S"), ("Dan Ro", "frånvarande", "C"), ("Eva Ny", "beslutande", "M"), ("Bo Al", "frånvarande", "M")]),
    ("Närvarande\tLedamöter\tErsättare\n\tEva Lind (S), ordförande\tNils Ro (S)\n\tBo Al (M)\n",
     [("Eva Lind", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Nils Ro", "ersättare", "S")]),
    ("Ledamöter\tErsättare\nEva Lind (S), ordförande\tNils Ro (S)\nBo Al (M)\nOla Pihl (SD) ersätter Kim Sand (SD)\n",
     [("Eva Lind", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Ola Pihl", "beslutande", "SD"),
      ("Kim Sand", "frånvarande", "SD"), ("Nils Ro", "ersättare", "S")]),
    ("Beslutande\tEva Lind (S)\nÖvriga\tTina Falk, socialchef\nnärvarande\tJon Hult, nämndsekreterare\n",
     [("Eva Lind", "beslutande", "S"), ("Tina Falk", "övriga", None), ("Jon Hult", "övriga", None)]),
    # Abbreviated roles and substitutes: "v ordf", "2:e v ordf", "ers för", "istf", "(ers B)"; parties in lower case.
    ("Beslutande: Anna Ek (s) ordf, Bo Al (m) v ordf, Cia Berg (v) 2:e v ordf\nTjänstgörande ersättare: Kim Dahl (C) "
     "ers för Pia Ros (C), Ola Lind (L) istf Gun Ås (L), Eva Ny (KD) (ers Per Ek)\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Cia Berg", "beslutande", "V"),
      ("Kim Dahl", "beslutande", "C"), ("Ola Lind", "beslutande", "L"), ("Eva Ny", "beslutande", "KD"),
      ("Pia Ros", "frånvarande", "C"), ("Gun Ås", "frånvarande", "L"), ("Per Ek", "frånvarande", None)]),
    # Names of three words, a middle initial, 'Mc' and 'O'' names; a flattened table's place before the next name.
    ("Beslutande: Anna K. Ek (S), ordförande, Anna-Karin Lundqvist Ek (M), Per Olof Ström (KD), Sara McDonald (V), "
     "Åsa O’Brien (MP)\nFrånvarande: Lena Olsson (C) Berg Torbjörn Andersson (C) Härjedalen Gunnel Persson Westin (S)\n",
     [("Anna K. Ek", "beslutande", "S"), ("Anna-Karin Lundqvist Ek", "beslutande", "M"), ("Per Olof Ström", "beslutande", "KD"),
      ("Sara McDonald", "beslutande", "V"), ("Åsa O’Brien", "beslutande", "MP"), ("Lena Olsson", "frånvarande", "C"),
      ("Torbjörn Andersson", "frånvarande", "C"), ("Gunnel Persson Westin", "frånvarande", "S")]),
    # Two columns run together on one line: the role after the comma is the first member's.
    ("Beslutande: Hanna Ljung (S), 1:e vice ordförande Ove Lind (KD) för Eva Kron (KD)\n",
     [("Hanna Ljung", "beslutande", "S"), ("Ove Lind", "beslutande", "KD"), ("Eva Kron", "frånvarande", "KD")]),
    # Everyone but the named: the named are absent.
    ("Närvarande: Samtliga ledamöter utom Bo Al (M) och Cia Berg (V)\n",
     [("Bo Al", "frånvarande", "M"), ("Cia Berg", "frånvarande", "V")]),
    # Labels one after another in running sentences.
    ("Närvarande: Anna Ek, Bo Al och Cia Berg. Ej närvarande: Dan Ro.\n",
     [("Anna Ek", "närvarande", None), ("Bo Al", "närvarande", None), ("Cia Berg", "närvarande", None),
      ("Dan Ro", "frånvarande", None)]),
    # A council's members listed with their association, one a line: no wrapped comma list.
    ("Närvarande ledamöter:\nKarin Holm (S), ordförande\nBo Ahl, PRO Ekby\nEva Sund, SPF Seniorerna\nGun Åkesson, SKPF\n"
     "Ej tjänstgörande ledamöter:\nRoland Berg (C)\n",
     [("Karin Holm", "beslutande", "S"), ("Bo Ahl", "beslutande", None), ("Eva Sund", "beslutande", None),
      ("Gun Åkesson", "beslutande", None), ("Roland Berg", "övriga", "C")]),
    # People side by side under a row of sub-headings in a text export; the left column runs longer.
    ("Närvarande\nLedamöter                       Ersättare\nEva Lind (S), ordf.             Nils Ro (S)\n"
     "Bo Al (M)                       Kim Ek (M)\nOla Pihl (SD) ersätter Kim Sand (SD)\n",
     [("Eva Lind", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Ola Pihl", "beslutande", "SD"),
      ("Kim Sand", "frånvarande", "SD"), ("Nils Ro", "ersättare", "S"), ("Kim Ek", "ersättare", "M")]),
    ("Frånvarande     Ledamöter           Ersättare\n                Bo Al (M)           Kim Ek (M)\n"
     "                                    Pia Berg (V)\n",
     [("Bo Al", "frånvarande", "M"), ("Kim Ek", "frånvarande", "M"), ("Pia Berg", "frånvarande", "V")]),
    # "Beslutande", "Ersättare" and "Övriga närvarande" as the heads of three columns of people side by side
    ("Beslutande\tErsättare\tÖvriga närvarande\nAnna Ek (S), ordförande\tPer Lind (M)\tOlle Hed, förvaltningschef\n"
     "Bo Al (M)\tEva Sund (S)\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Per Lind", "ersättare", "M"),
      ("Eva Sund", "ersättare", "S"), ("Olle Hed", "övriga", None)]),
    # A PDF row that lost its empty middle cell: the official without a party goes to the officials' column
    ("Beslutande\tErsättare\tÖvriga närvarande\nAnna Ek (S)\tPer Lind (M)\tOlle Hed, ekonom\nBo Al (M)\tMaja Bo, sekreterare\n"
     "Kim Lund (C)\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Kim Lund", "beslutande", "C"),
      ("Per Lind", "ersättare", "M"), ("Olle Hed", "övriga", None), ("Maja Bo", "övriga", None)]),
    ("Närvarande ledamöter\tFrånvarande ledamöter\nAnna Ek (S), ordförande\tLars Holm (L)\nBo Al (M)\tDan Ro (SD)\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Lars Holm", "frånvarande", "L"),
      ("Dan Ro", "frånvarande", "SD")]),
    ("Beslutande                 Ersättare\nAnna Ek (S), ordförande    Per Lind (M)\nBo Al (M)\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Per Lind", "ersättare", "M")]),
    # … but not when the substitute served for some §§ only
    ("Beslutande: Anna Ek (S), ordförande, Bo Al (M)\nTjänstgörande ersättare: Per Lind (M) §§ 1-5 för Bo Al (M)\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "beslutande", "M"), ("Per Lind", "beslutande", "M")]),
    # A member listed whole among the ledamöter is absent when a substitute served in their place
    ("Ledamöter: Anna Ek (S), ordförande; Bo Al (M)\nErsättare: Kim Berg (M), tjänstgörande för Bo Al\n",
     [("Anna Ek", "beslutande", "S"), ("Bo Al", "frånvarande", "M"), ("Kim Berg", "beslutande", "M")]),
]

# Who attended part of the meeting: (entries, [(name, paragraphs)]).
MEMBER_PARAGRAPHS = [
    ("Beslutande\tBo Al (M) §§ 1-5\n\tEva Sund (M) §§ 6-9 ersättare för Bo Al (M)\n", [("Bo Al", "§§ 1-5"), ("Eva Sund", "§§ 6-9")]),
    ("Beslutande: Kim Lund (S) § 4, 6 och 9\nÖvriga: Ulla Sten, kommundirektör §§ 1–3\n",
     [("Kim Lund", "§ 4, 6 och 9"), ("Ulla Sten", "§§ 1–3")]),
]


@pytest.mark.parametrize("value,expected", MEMBER_PARAGRAPHS, ids=[v[:30] for v, _ in MEMBER_PARAGRAPHS])
def test_member_paragraphs(value, expected):
    p = parse_text("Kommunstyrelsen\nSammanträdesdatum 2025-03-12\n" + value + "\n§ 1 A\nText.\n", "x.txt")
    assert [(x.name, x.paragraphs) for x in p.participants] == expected


@pytest.mark.parametrize("value,expected", MEMBER_ENTRIES, ids=[v.split("\n")[1][:30] or v[:30] for v, _ in MEMBER_ENTRIES])
def test_member_entries(value, expected):
    p = parse_text("Kommunstyrelsen\nSammanträdesdatum 2025-03-12\n" + value + "\n§ 1 A\nText.\n", "x.txt")
    assert [(x.name, x.group, x.party) for x in p.participants] == expected

"""Deterministic generator of realistic Swedish protocols for benchmarks.

Input: the bundled corpus (sentences, paragraph titles, names) and a target paragraph count.
Output: a folder of protocol text files in the corpus format: header with body, date, place and a
participant table, a table of contents with page numbers, § headings, presenters, decisions and page
furniture. About 30 bodies, hundreds of speakers, dates over 15 years. Same seed, same files.
Run: `python -m bench.generate 20000 var/bench/corpus-20000`.
"""
from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from indexer.parse import parse_file
from indexer.topics import is_formalia

ROOT = Path(__file__).resolve().parent.parent
ORGANS = ["Kommunstyrelsen", "Kommunfullmäktige", "Socialnämnden", "Barn- och utbildningsnämnden",
          "Miljö- och byggnadsnämnden", "Kultur- och fritidsnämnden", "Vård- och omsorgsnämnden",
          "Tekniska nämnden", "Sociala samrådsgruppen", "Kommunstyrelsens arbetsutskott"]
PLACES = ["Östersund", "Krokom", "Strömsund"]
PARTIES = ["S", "M", "C", "V", "L", "KD", "MP", "SD"]
EXTRA_TITLES = ["Budget {y}", "Delårsrapport", "Detaljplan för {p}", "Bygglov för förskola i {p}", "Skolskjutsregler",
                "Taxor och avgifter {y}", "Internkontrollplan {y}", "Motion om cykelvägar", "Medborgarförslag om lekplats",
                "Äldreomsorgens kvalitet", "Placeringar av barn och unga", "Ekonomisk uppföljning", "Krisberedskap och civilt försvar",
                "Digitalisering av e-tjänster", "Hemsjukvårdens kostnader", "Psykisk hälsa bland unga", "Våld i nära relationer"]
EXTRA_SENTENCES = [
    "Förvaltningen redovisar kostnaderna för hemsjukvården och personalkostnaderna inom äldreomsorgen.",
    "Nämnden diskuterar våldsutsatta kvinnor och barn samt stöd till våldsutövare.",
    "Skolskjutsarna fungerar i stort sett bra men förseningar har förekommit under vintern.",
    "Detaljplanen möjliggör bostäder, en förskola och en ny gång- och cykelväg.",
    "Budgeten för nästa år innebär en effektivisering med två procent.",
    "Familjehemmen behöver mer handledning och stöd enligt uppföljningen.",
    "Statsbidraget för god och nära vård fördelas mellan kommunerna i länet.",
    "Krisberedskapen ses över med anledning av läget i omvärlden.",
    "Ledamöterna ställer frågor om tidplanen och om hur medborgarna ska informeras.",
    "Ärendet återremitteras för ytterligare beredning.",
]


@dataclass
class Material:
    titles: list[str]
    sentences: list[str]
    first: list[str]
    last: list[str]


# Real § run 50–400 words, ~130 on average, about 15 to a protocol (an outside check of council protocols): with
# the corpus's sentences (~19 words) 4–13 of them give ~130 words a substantive paragraph, formalia fewer.
SENTENCES_PER_PARAGRAPH = (4, 13)
PARAGRAPHS_PER_PROTOCOL = (10, 20)


def material(corpus: Path = ROOT / "corpus") -> Material:
    """Collect titles, sentences and name parts from the bundled protocols."""
    titles, sentences, names = [], [], []
    for path in sorted(corpus.glob("*.txt")):
        p = parse_file(path)
        names += [x.name for x in p.participants]
        for para in p.paragraphs:
            titles.append(para.title)
            for s in re.split(r"(?<=[.!?])\s+", para.text.replace("\n", " ")):
                if 40 <= len(s) <= 300 and not s.startswith(("Föredragande", "-")):
                    sentences.append(s)
    first = sorted({n.split()[0] for n in names if len(n.split()) >= 2})
    last = sorted({n.split()[-1] for n in names if len(n.split()) >= 2})
    titles = sorted({t for t in titles if not is_formalia(t)})
    return Material(titles, sentences + EXTRA_SENTENCES * 3, first, last)


def protocol(rnd: random.Random, m: Material, body: str, day: date, people: list[str], n_paras: int, start: int) -> str:
    """Write one protocol's text."""
    members = rnd.sample(people, 8)
    lines = [body, "", day.isoformat(), "", f"Tid och plats\t{day.day} {_month(day)} {day.year} kl. 13.00–16.00, Kommunhuset", ""]
    lines += [f"Beslutande\t{members[0]} ({rnd.choice(PARTIES)})\t{rnd.choice(PLACES)}s kommun\tOrdförande"]
    lines += [f"\t{p} ({rnd.choice(PARTIES)})\t{rnd.choice(PLACES)}s kommun\tLedamot" for p in members[1:6]]
    lines += [f"Tjänstepersoner\t{members[6]}\tFörvaltningschef", f"Sekreterare\t{members[7]}", f"Justerare\t{members[1]}", ""]
    titles = []
    for i in range(n_paras):
        if i == 0:
            titles.append("Sammanträdet öppnas")
        elif i == 1:
            titles.append("Val av justerare")
        elif i == n_paras - 1:
            titles.append("Mötet avslutas")
        elif rnd.random() < 0.4:
            titles.append(rnd.choice(EXTRA_TITLES).format(y=day.year + 1, p=rnd.choice(["Norra hamnen", "Centrum", "Lugnvik", "Odensala"])))
        else:
            titles.append(rnd.choice(m.titles))
    lines += ["Innehållsförteckning", ""]
    lines += [f"§ {start + i} {t} .....\t{2 + i // 3}" for i, t in enumerate(titles)]
    lines += ["", "Justerandes sign", "", "Utdragsbestyrkande", ""]
    for i, title in enumerate(titles):
        lines += [f"§ {start + i} {title}", ""]
        if i not in (0, 1, n_paras - 1):
            if rnd.random() < 0.7:
                lines += [f"Föredragande: {rnd.choice(people)}", ""]
            for _ in range(rnd.randint(*SENTENCES_PER_PARAGRAPH)):
                lines += [rnd.choice(m.sentences), ""]
            if rnd.random() < 0.6:
                lines += ["Beslut", "", f"{body.split(' (')[0]} beslutar att {rnd.choice(['godkänna', 'notera', 'anta', 'avslå'])} förslaget.", ""]
        else:
            lines += [rnd.choice(["Ordföranden öppnar mötet.", f"{members[1]} utses att justera protokollet.", "Ordföranden avslutar mötet."]), ""]
        if rnd.random() < 0.25:
            lines += ["Justerandes sign", "Utdragsbestyrkande", day.isoformat(), f"Sida {i // 3 + 2} av {n_paras // 3 + 2}", ""]
    return "\n".join(lines) + "\n"


def _month(d: date) -> str:
    return ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"][d.month - 1]


def generate(paragraphs: int, out: Path, seed: int = 7) -> int:
    """Write protocols totalling about `paragraphs` paragraphs into `out`; return the exact count."""
    rnd = random.Random(seed)
    m = material()
    bodies = [f"{o} ({p})" if o != "Sociala samrådsgruppen" else f"{o} {p}" for o in ORGANS for p in PLACES]
    people = sorted({f"{f} {l}" for f in m.first for l in m.last})
    rnd.shuffle(people)
    people = people[:600]
    out.mkdir(parents=True, exist_ok=True)
    written, k = 0, 0
    start_day = date(2010, 1, 1)
    while written < paragraphs:
        n = min(rnd.randint(*PARAGRAPHS_PER_PROTOCOL), max(3, paragraphs - written))
        body = bodies[k % len(bodies)]
        day = start_day + timedelta(days=rnd.randint(0, 15 * 365))
        text = protocol(rnd, m, body, day, people, n, start=rnd.randint(1, 150))
        folder = out / f"{day.year}"
        folder.mkdir(exist_ok=True)
        (folder / f"{k:06d}_{re.sub(r'[^a-zåäö]+', '-', body.lower()).strip('-')}.txt").write_text(text, encoding="utf-8")
        written += n
        k += 1
    return written


def main(argv: list[str] | None = None) -> int:
    """Generate a corpus: `python -m bench.generate PARAGRAPHS OUTDIR`."""
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2 or not args[0].isdigit():
        print("usage: python -m bench.generate PARAGRAPHS OUTDIR", file=sys.stderr)
        return 2
    n = generate(int(args[0]), Path(args[1]))
    print(f"wrote {n} paragraphs to {args[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

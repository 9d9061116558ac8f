"""Topics: two levels (area › subtopic), evidence by where a keyword stands, the body as a prior, Formalia by title."""
import pytest

from indexer.topics import FORMALIA, SEPARATOR, assign_topics, is_formalia, load_taxonomy

AREAS = ["Kommun och politik", "Ekonomi", "Förskola och skola", "Omsorg och socialt stöd", "Hälsa och sjukvård",
         "Bygga, bo och miljö", "Trafik och infrastruktur", "Kultur och fritid", "Näringsliv och arbete",
         "Trygghet och säkerhet", "Personal och organisation"]


def test_the_top_level_is_the_fixed_set_of_areas():
    assert [a.label for a in load_taxonomy().areas] == AREAS


@pytest.mark.parametrize("title", [
    "Sammanträdet öppnas", "Sammanträdets öppnande och val av justerare", "Val av justerare", "Upprop",
    "Föregående protokoll", "Godkännande av dagordning", "Fastställande av föredragningslista", "Övriga frågor",
    "Mötet avslutas", "Sammanträdets avslutande", "Anmälan av delegationsbeslut", "Redovisning av delegationsbeslut",
    "Anmälan av nya motioner", "Inkomna medborgarförslag", "Meddelanden", "Delgivningar", "Justering av protokoll",
])
def test_formalia_in_any_phrasing(title):
    assert is_formalia(title) and assign_topics(title, "Text.") == [FORMALIA]


# (title, body, text, decision, expected subtopics as "area › sub", or an area alone)
CASES = [
    ("Valnämndens verksamhet inför valet 2026", "Valnämnden", "Planering av röstmottagning.", None, "Kommun och politik › Val och demokrati"),
    ("Fyllnadsval av ersättare i socialnämnden", "Kommunfullmäktige", "Efter avsägelse.", None, "Kommun och politik › Val och demokrati"),
    ("Arvodesreglemente för förtroendevalda 2027", "Kommunstyrelsen", "Förslag om ändrat reglemente.", None, "Kommun och politik › Arvoden"),
    ("Skattesats för 2025", "Kommunfullmäktige", "Skattesatsen föreslås oförändrad.", None, "Ekonomi › Skatter, taxor och avgifter"),
    ("Finanspolicy för Ekeby kommun", "Kommunstyrelsen", "Policyn reglerar upplåning.", None, "Ekonomi › Finansförvaltning"),
    ("Delårsrapport januari–augusti", "Direktionen", "Resultatet är positivt.", None, "Ekonomi › Budget och uppföljning"),
    ("Tilldelning av förskoleplatser", "Barn- och utbildningsnämnden", "Kön är lång.", None, "Förskola och skola › Förskola"),
    ("Skolskjutsregler", "Kommunstyrelsen", "Regler för elever.", None, "Förskola och skola › Grundskola och gymnasium"),
    ("Riktlinjer för hemtjänst", "Vård- och omsorgsnämnden", "Insatser i ordinärt boende.", None, "Omsorg och socialt stöd › Äldreomsorg"),
    ("Ny gruppbostad enligt LSS", "Socialnämnden", "Behovet ökar.", None, "Omsorg och socialt stöd › Funktionsstöd"),
    ("Riktlinjer för ekonomiskt bistånd", "Socialnämnden", "Försörjningsstöd enligt riksnormen.", None, "Omsorg och socialt stöd › Ekonomiskt bistånd"),
    ("Ändrade avgifter för sjukresor", "Regionstyrelsen", "Egenavgiften höjs.", None, "Hälsa och sjukvård › Sjukvård"),
    ("Folkhälsoplan 2025–2028", "Kommunstyrelsen", "Levnadsvanor och hälsa.", None, "Hälsa och sjukvård › Folkhälsa"),
    ("Detaljplan för Norra Ekeby – antagande", "Samhällsbyggnadsnämnden", "Planen ger 220 bostäder och en förskola.", None, "Bygga, bo och miljö › Planering och bygglov"),
    ("Solceller på kommunens fastigheter", "Kommunfullmäktige", "Svar på motion.", None, "Bygga, bo och miljö › Energi och klimat"),
    ("Anslutning till fjärrvärme i Ekeby", "Tekniska nämnden", "Fjärrvärmenätet byggs ut.", None, "Bygga, bo och miljö › Energi och klimat"),
    ("Vindkraftsetablering vid Norrberget", "Miljö- och byggnadsnämnden", "Yttrande till länsstyrelsen.", None, "Bygga, bo och miljö › Energi och klimat"),
    ("Föreläggande om enskild avloppsanläggning", "Miljö- och byggnadsnämnden", "Bristande rening.", None, "Bygga, bo och miljö › Vatten och avfall"),
    ("Regionalt trafikförsörjningsprogram", "Regionstyrelsen", "Kollektivtrafiken i länet.", None, "Trafik och infrastruktur › Kollektivtrafik"),
    ("Utbyggnad av bredband på landsbygden", "Kommunstyrelsen", "Fiber till 300 hushåll.", None, "Trafik och infrastruktur › Bredband och infrastruktur"),
    ("Ny gång- och cykelväg längs Storgatan", "Tekniska nämnden", "Trafiksäkerheten förbättras.", None, "Trafik och infrastruktur › Cykel och gång"),
    ("Meröppet på biblioteket", "Kultur- och fritidsnämnden", "Öppettiderna utökas.", None, "Kultur och fritid › Kultur"),
    ("Föreningsbidrag 2025", "Kultur- och fritidsnämnden", "Fördelning till föreningar.", None, "Kultur och fritid › Fritid och idrott"),
    ("Näringslivsstrategi 2030", "Kommunstyrelsen", "Fler företag ska etablera sig.", None, "Näringsliv och arbete › Näringsliv"),
    ("Feriearbete för ungdomar sommaren 2025", "Arbetsmarknadsnämnden", "200 platser.", None, "Näringsliv och arbete › Arbetsmarknad"),
    ("Handlingsprogram enligt lagen om skydd mot olyckor", "Direktionen", "Mål för räddningstjänsten.", None, "Trygghet och säkerhet › Räddningstjänst"),
    ("Risk- och sårbarhetsanalys", "Kommunstyrelsen", "Krisberedskap och civilt försvar.", None, "Trygghet och säkerhet › Krisberedskap"),
    ("Brottsförebyggande arbete i centrum", "Kommunstyrelsen", "Medborgarlöfte med polisen.", None, "Trygghet och säkerhet › Brottsförebyggande och trygghet"),
    ("Arbetsmiljöpolicy", "Personalutskottet", "Policyn gäller alla medarbetare.", None, "Personal och organisation › Personal"),
    ("Lönerevision 2025", "Kommunstyrelsen", "Utfallet redovisas.", None, "Personal och organisation › Personal"),
    # The decision is evidence too, next after the title.
    ("Ärende från förvaltningen", "Kommunstyrelsen", "Bakgrund.", "Kommunstyrelsen antar klimatstrategin.", "Bygga, bo och miljö › Energi och klimat"),
]


@pytest.mark.parametrize("title,body,text,decision,expected", CASES, ids=[c[0] for c in CASES])
def test_topic_by_evidence(title, body, text, decision, expected):
    got = assign_topics(title, text, decision=decision, body=body)
    assert expected in got and expected.split(SEPARATOR)[0] in got


def test_a_passing_mention_makes_no_topic():
    text = "Planen ger 220 bostäder. I området finns även en förskola. Gatorna byggs om."
    got = assign_topics("Detaljplan för Norra Ekeby", text, body="Samhällsbyggnadsnämnden")
    assert "Förskola och skola" not in got and "Bygga, bo och miljö" in got


def test_a_keyword_that_comes_back_in_the_text_counts():
    text = ("Kostnaden för skolskjuts ökar. Skolskjutsen upphandlas på nytt. Eleverna får längre restid med skolskjuts. "
            "Fler elever åker.")
    assert "Förskola och skola" in assign_topics("Information från förvaltningen", text)


def test_the_body_is_a_prior_when_there_is_no_evidence():
    assert assign_topics("Information från förvaltningschefen", "Läget redovisas.", body="Miljö- och byggnadsnämnden") == ["Bygga, bo och miljö"]
    assert assign_topics("Information från förvaltningschefen", "Läget redovisas.", body="Kultur- och fritidsnämnden") == ["Kultur och fritid"]
    assert assign_topics("Information", "Läget redovisas.", body="Okänd grupp") == []


def test_several_topics_may_apply():
    got = assign_topics("Ny taxa för simhallen", "Avgifterna höjs.", body="Kultur- och fritidsnämnden")
    assert {"Ekonomi › Skatter, taxor och avgifter", "Kultur och fritid › Fritid och idrott"} <= set(got)


def test_tags_show_the_most_specific_topics():
    from indexer.topics import most_specific

    labels = ["Ekonomi", "Ekonomi › Budget och uppföljning", "Förskola och skola", "Formalia"]
    assert most_specific(labels) == ["Ekonomi › Budget och uppföljning", "Förskola och skola", "Formalia"]


def test_a_label_resolves_at_either_level():
    tax = load_taxonomy()
    assert tax.resolve("vatten och avfall") == "Bygga, bo och miljö › Vatten och avfall"
    assert tax.resolve("Ekonomi") == "Ekonomi" and tax.resolve("Formalia") == "Formalia"


def test_an_organisation_extends_the_taxonomy_in_its_own_file(tmp_path):
    extra = tmp_path / "topics.toml"
    extra.write_text('[areas."Kultur och fritid"]\nsubtopics."Hembygd" = ["hembygdsgård", "hembygdsförening"]\n'
                     '[formalia]\ntitles = ["protokollsgenomgång"]\n', encoding="utf-8")
    tax = load_taxonomy(extra=str(extra))
    assert "Kultur och fritid › Hembygd" in assign_topics("Bidrag till hembygdsgården", "Text.", tax)
    assert assign_topics("Protokollsgenomgång", "Text.", tax) == [FORMALIA]
    assert "Kultur och fritid › Hembygd" not in load_taxonomy(extra="").labels()

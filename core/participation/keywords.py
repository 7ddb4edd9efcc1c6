"""Keywords of German contribution texts: tokens, stop words, a few suffix rules — offline, no language model.

Why rules and not a lemmatiser: QGIS ships no German NLP library and the plugin may not download one. Planners need
"what do people talk about here" (Bäume, Parkplätze, Verkehr), not linguistics: lowercase, umlauts kept, stop words
dropped, plural and inflection endings folded by conservative suffix rules (Bäume/Baum stay apart — umlaut plurals
are not guessed), and the most frequent surface form shown for each folded stem.
"""

import collections
import re

TOKEN = re.compile(r"[a-zäöüß]+(?:-[a-zäöüß]+)*")
MIN_LENGTH = 3

STOP_WORDS = frozenset("""
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anderr anders auch auf aus
bei beim bin bis bist bitte da dabei dadurch dafür dagegen daher dahin damals damit danach daneben dann daran darauf daraus darf darfst
darin darum darunter das dass dasselbe davon davor dazu dein deine deinem deinen deiner deines dem demselben den denn dennoch denselben der
derer derselbe derselben des deshalb desselben dessen dich die dies diese dieselbe dieselben diesem diesen dieser dieses dir doch dort du
durch eben ebenso ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er es etwas euch euer eure eurem euren
eurer eures für gab gar gegen gewesen gibt ging hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer
ihres im immer in indem ins ist ja jede jedem jeden jeder jedes jedoch jene jenem jenen jener jenes jetzt kann kannst kein keine keinem
keinen keiner keines können könnte machen man manche manchem manchen mancher manches mehr mein meine meinem meinen meiner meines mich mir mit
muss musste müssen nach nachdem nein nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner seines seit selbst sich
sie sind so solche solchem solchen solcher solches soll sollen sollte sondern sonst sowie über um und uns unser unsere unserem unseren unserer
unseres unter viel viele vom von vor wann war waren warum was weg weil weiter welche welchem welchen welcher welches wenn wer werde werden
wie wieder will wir wird wirst wo wollen wollte worden wurde wurden würde würden zu zum zur zwar zwischen gut gute guten neue neuen mal
ganz wäre gerne gern finde finden sehe meiner meinung ok okay leider etc bzw
""".split())

# longest first; a suffix is stripped only if at least four letters stay (Bäume → bäum, Plätze → plätz, Wegen → weg)
SUFFIXES = ("ungen", "innen", "ern", "em", "en", "er", "es", "e", "n", "s")
MIN_STEM = 4


def tokens(text):
    return TOKEN.findall((text or "").lower())


def stem(token):
    for suffix in SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= MIN_STEM:
            if suffix == "ungen":
                return token[: -len(suffix)] + "ung"
            return token[: -len(suffix)]
    return token


def keyword_counts(texts):
    """[(word, count)] over texts, most frequent first; each folded stem shown as its most frequent surface form."""
    stems = collections.Counter()
    forms = collections.defaultdict(collections.Counter)
    for text in texts:
        for token in tokens(text):
            if len(token) < MIN_LENGTH or token in STOP_WORDS or token.isdigit():
                continue
            key = stem(token)
            stems[key] += 1
            forms[key][token] += 1
    result = []
    for key, count in sorted(stems.items(), key=lambda item: (-item[1], item[0])):
        word = sorted(forms[key].items(), key=lambda item: (-item[1], item[0]))[0][0]
        result.append((word, count))
    return result

"""The question vocabulary in one table: chat filler, intent cues, fact cues, time windows.

Everything here is about how people phrase questions in chat, never about particular artists:
the same cue serves "any news on <artist>?" for every artist. Kinds of news and kinds of fact
come from `knowledge.facts`, which also tags articles and sentences at ingest, so a question
and the text that answers it are read with one set of cues.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from knowledge.facts import ACT_NOUNS
from knowledge.vocabulary import FUNCTION_WORDS, NUMBER_TENS, NUMBER_UNITS

CHAT_FILLER = frozenset(
    """pls plz please thx thanks ty hey hi hello yo ok okay so um uh hmm lol omg btw tbh idk wait
    roadie bot tell give gimme show know find let lets heard hear wonder wondering anyone someone
    guys somebody everybody everyone nobody u ur w wanna gonna gotta kinda dunno true really
    ugh lmao haha yeah yes nah nope hm idk kinda sorta anyone anybody true actually literally
    honestly basically seriously wat wut rn ngl fr imo imho smh fyi iirc afaik tho lowkey
    highkey bestie besties girlies stans deadass periodt bruh fam yall istg iykyk ikr tbf
    lmfao omfg kekw lul lulw omegalul pog poggers pogchamp pogu sadge monkas monkaw pepega
    pepehands copium hopium kappa catjam bedge susge swear swears swore reckon reckons claims
    claimed insists supposedly apparently allegedly legit hoax rt want never surely assume
    assuming guessing suppose yet still even autocorrect autocorrected spellcheck reply
    respond quiz quizzes quizzing quizmaster trivia""".split()
)
# What a writer types while finding their words again ("er", "ugh", "sorry"), before they
# take back what they wrote or say it again (`bot.core.sanitize`, `bot.core.focus`).
HESITATIONS = ("er", "erm", "um", "uh", "ugh", "hmm", "oops", "sorry")
# Words fans use for what an act is doing that the articles rarely write in lowercase
# ("<act> comeback", "<act> setlist", "<act> merch", "<act> hiatus"): after a name they say
# what about it is asked, not a longer name the knowledge base lacks.
FAN_NEWS = frozenset(
    """comeback comebacks rollout presave presaves tracklist tracklisting setlist setlists
    teaser teasers livestream livestreams collab collabs preorder preorders merch hiatus
    breakup""".split()
)
# Words for the company a label or publisher is ("<Name> Media", "<Name> Records", "<Name>
# Music Group"): typed after a company's name, the same company, which its articles may
# name without them ("<Name> Signs ...").
COMPANY_WORDS = frozenset(
    "media records recordings music entertainment group label publishing".split()
)
# Which of the acts a question names it means ("any news on either?"): words pointing back
# at the names, never one of what is asked about. Not "both" or "each": stop words are what a
# mistyped word is corrected to, and those are a letter from typed names ("bmth", "etch").
EITHER = frozenset("either neither".split())
# What an order to a bot says it wants done ("check whether <act> announced a tour", "remind
# me what label <act> is on", "look up who produced ..."): the asking, not what is asked
# about.
ORDERS = frozenset("check whether remind lookup verify search".split())
# "tl;dr" (`bot.core.sanitize`) asks for a summary of the news, as "recap" or "rundown" do
# (`NEWS`); those are words names are made of, "tldr" is none.
SUMMARY_ASKED = frozenset({"tldr"})
# Contractions typed without their apostrophe ("havent heard"): chat words like the rest.
CONTRACTIONS = frozenset(
    """dont didnt doesnt isnt arent wasnt werent havent hasnt hadnt cant couldnt wont wouldnt
    shouldnt im ive youre youve theyre theyve weve hes shes whats whos wheres hows thats
    theres whatre whyre howre whod whatd howd whatll wholl mustve mightve shouldve couldve
    wouldve""".split()
)

# A question asking for more of what was announced ("announced more dates?").
MORE_ASKED = re.compile(r"(?i)\b(?:more|added|extra|additional|further)\b")

ASKING = frozenset("what whats when where which who whos whose why how".split())
# Words a question opens with: the asking words and the verbs that open a yes-or-no question.
QUESTION_OPENERS = ASKING | frozenset("is are did does do".split())
# Words that say what something is called ("a band called <Name>", "an album titled <Title>").
NAMING = frozenset({"called", "named", "nicknamed", "titled", "entitled"})
# What a question calls the news it asks for ("the most recent story on X", "the newest
# item you have", "for a piece I'm writing", "the last thing on X", "the latest coverage",
# "link pls"): no name, and no word to search for. Kept out of the knowledge base's
# vocabulary, where "Story" opens names.
NEWS_ASKED = frozenset(
    """story stories item items article articles piece writeup thing things coverage link
    links""".split()
)


@dataclass(frozen=True)
class Language:
    """A language fans write to the bot in, or mix into English: its asking words and words
    for news, read as the English cue words they mean before any cue below is matched, in
    order (`cues`, over folded text); its small and chat words (`chat`), which name nothing
    and find no English article; those of them English also writes (`also_english`), which
    alone show no such language; the words that are its own only in a message written
    in it (`dropped`: "e" and "ai" in Portuguese's "E aí", the German article "die"), which
    elsewhere may be a name's or English ("Sheila E", "did <act> die?"); and the letters it
    elides before an apostrophe (`elided`: "l'album", "quest'anno"), which read joined to
    their word would make a word nobody wrote; and whether it capitalises every noun
    (`nouns_capitalised`, German), so that a capitalised word marks no name; and the words
    read as English ones wherever they stand, by searches too (`translated`: a season, a
    continent), as no English article writes them; and the endings it declines a name
    with (`declined`: each with the endings of the name's base form it may stand for,
    Polish's "Oliwii Czarneckiej" for "Oliwia Czarnecka"), read after its marks are dropped."""

    cues: tuple[tuple[re.Pattern[str], str], ...]
    chat: frozenset[str]
    also_english: frozenset[str]
    dropped: frozenset[str] = frozenset()
    elided: re.Pattern[str] | None = None
    nouns_capitalised: bool = False
    translated: Mapping[str, str] = field(default_factory=dict)
    declined: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _compiled(*table: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), english) for pattern, english in table)


# French as bilingual chat types it (Quebec's and France's, accents folded away, "c'est"
# also as "c est" or "cest").
_C_EST = r"c ?'? ?est"
_FRENCH_CUES = _compiled(
    (r"\best[- ]ce qu'? ?(?:il|elle|ils|elles|on)?\b|\best[- ]ce que\b", "did"),
    (r"\by ?'? ?a[- ]t[- ]il\b|\by ?'? ?a\b|\bya\b", "is there"),
    (r"\bc ?'? ?etait\b", "was"),
    (r"\bquoi de (?:neuf|nouveau)\b", "what's new"),
    (r"\bdu nouveau\b", "anything new"),
    (r"\bchez\b", "with"),
    (r"\bamerique du nord\b", "north america"),
    (
        r"\b(?:(?:les|la|le|ses|leurs?) )?(?:dernieres?|derniers?) (?:nouvelles|news|infos?"
        r"|affaires?|nouveautes?)\b",
        "latest news",
    ),
    (r"\b(?:des|les|de|ses|leurs?) (?:nouvelles|news|infos?)\b", "any news"),
    (r"\bnouvelles\b", "news"),
    (r"\bnouveautes?\b", "new"),
    (rf"\b{_C_EST} quand\b|\bquand\b", "when"),
    (rf"\b{_C_EST} qui\b|\bqui\b", "who"),
    (rf"\b{_C_EST} quoi\b|\bquoi\b", "what"),
    (rf"\b{_C_EST} ou\b", "where is"),
    (r"\b(?:quel|quelle|quels|quelles|lequel|laquelle|lesquels)\b", "which"),
    (r"\bcombien(?: de| d ?'?)?\b", "how many"),
    (r"\bpourquoi\b", "why"),
    (r"\bs ?'? ?appell?(?:e|ent|ait) comment\b|\bs ?'? ?appell?(?:e|ent|ait)\b", "called"),
    (r"\bnomm(?:e|es|ee|ees) apres\b", "named after"),
    (r"\b(?:nouvel|nouveau|nouvelle|nouveaux|prochain|prochaine)\b", "new"),
    (r"\b(?:dernier|derniere|derniers|dernieres)\b", "latest"),
    (r"\b(?:en )?tournee\b", "on tour"),
    (r"\bspectacles?\b", "shows"),
    (r"\b(?:chansons?|tounes?|pieces?)\b", "songs"),
    (r"\bdisques?\b", "record"),
    (r"\bdocumentaire\b", "documentary"),
    (r"\bprogrammation\b|\baffiche\b", "lineup"),
    (r"\bmaison de disques?\b|\betiquette\b", "label"),
    (r"\bdate de sortie\b", "release date"),
    (
        r"\b(?:a |ont |va |vont )?sort(?:i|ie|is|ies|ir|ira|iront|ent)\b|\bsort\b(?! of)",
        "release",
    ),
    (r"\bsortie\b", "release"),
    (r"\b(?:est |a )?(?:mort|morte|decede|decedee)\b", "died"),
    (r"\b(?:a )?(?:ete )?enregistr(?:e|es|ee|ees|er)\b", "recorded"),
    (r"\b(?:a )?(?:ete )?produit\b|\bproduct(?:eur|rice)\b", "produced"),
    (r"\b(?:a |ont )?sign(?:e|es|ee|ees|er)\b", "signed"),
    (r"\bjou(?:e|es|ent|aient|ait|er|era|eront)\b", "playing"),
    (r"\bavec qui\b", "with whom"),
    (r"\bavec\b", "with"),
    (r"\b(?:ou|où) ?$", "where"),
    (r"\bcette annee\b", "this year"),
    (r"\bcet ete\b", "this summer"),
    (r"\bcet automne\b", "this fall"),
    (r"\bcet hiver\b", "this winter"),
    (r"\bce printemps\b", "this spring"),
    (r"\bcette semaine\b", "this week"),
    (r"\bce mois[- ]ci\b", "this month"),
    (r"\bl ?'? ?an(?:nee)? (?:passee?|derniere?)\b", "last year"),
    (r"\b(?:recemment|dernierement|ces temps[- ]ci)\b", "lately"),
    (r"\bbientot\b", "soon"),
    (r"\btitre\b", "title"),
    (r"\bchanteu(?:r|se)\b", "singer"),
    (r"\bbatteur\b", "drummer"),
    (r"\bguitariste\b", "guitarist"),
    (r"\bbassiste\b", "bassist"),
    (r"\bancien(?:ne)?\b", "former"),
    (r"\bgroupe\b", "band"),
    (r"\bgars\b", "guy"),
    (r"\bpremi(?:er|ere) (?=album|disque|ep|lp|single|show|spectacle)", "first "),
    (r"\btravaill(?:e|ent) avec\b", "working with"),
    (r"\bpersonnes\b", "people"),
)
# French's small words and chat words, as the table above leaves them. Not those that also
# open English names ("Elle <Surname>", "Pas <Word>", "Des <Word>").
FRENCH = Language(
    _FRENCH_CUES,
    frozenset(
        """cest est ce cet cette de du le les un une et au aux en ils elles nous vous leur leurs
    mes notre votre que qui quoi quand quel quelle quels quelles lequel laquelle combien ou
    pourquoi avec pour sur dans mais donc alors aussi encore deja tres faire vont ont sont
    etait etaient ete avoir avait avaient etre suis sais sait savez quelqu quelquun tse svp
    merci salut allo mettons fois apres avant depuis nouvelles nouvel nouveau nouvelle
    nouveaux nouveaute nouveautes prochain prochaine dernier derniere derniers dernieres neuf
    tournee spectacle spectacles chanson chansons toune tounes disque disques documentaire
    programmation sortie sorti sortis sortir sortent enregistre enregistree recemment
    dernierement bientot apparemment annee automne hiver printemps semaine mois jouent
    jouaient jouer joue affaire affaires infos info cetait ya dessus titre chanteur chanteuse
    batteur guitariste bassiste ancien ancienne groupe gars premier premiere travaille
    travaillent personnes chez eux sera seront sortira""".split()
    ),
    frozenset(
        "de le les du en et est sur pour info infos un une que ce ou au mes ont sont ya".split()
    ),
    elided=re.compile(r"\b(?:[cdjlmnst]|qu)['’](?=[^\W\d_])", re.IGNORECASE),
    translated={
        "automne": "fall",
        "hiver": "winter",
        "printemps": "spring",
        "recente": "recent",
        "recentes": "recent",
        "recents": "recent",
    },
)
# Spanish, as fans type it (accents and "¿" dropped).
SPANISH = Language(
    _compiled(
        (r"\bque (?:hay|tienes?) de nuevo(?: (?:con|de|sobre))?\b", "what's new with"),
        (r"\bque (?:se sabe|onda|pasa|paso|cuentas?) (?:de|con)\b", "what's new with"),
        (r"\bque (?:esta|estan) haciendo\b", "what's new with"),
        (r"\b(?:las )?ultimas (?:noticias|novedades)\b", "latest news"),
        (r"\blo (?:mas )?(?:reciente|nuevo|ultimo)\b", "the latest"),
        (r"\b(?:alguna |algo de |hay )?(?:novedad|novedades|noticias?)\b", "any news"),
        (r"\b(?:va|van|ir|irse|salir|sale|salen|se van) (?:a salir )?de gira\b", "touring"),
        (r"\b(?:hacer|hara|haran|anuncio|anunciaron|tiene|tienen) (?:una )?gira\b", "tour"),
        (r"\bgiras?\b", "tour"),
        (r"\bcuando sale(?:n)?\b", "when is out"),
        (r"\bcuando\b", "when"),
        (r"\b(?:disco|album|lp|ep) (?:nuevo|en camino)\b", "new record"),
        (r"\b(?:va a |van a )?(?:sacar|saca|sacan|saco|sacaron|lanza|lanzo|lanzar)\b", "release"),
        (r"\b(?:va a |van a )?(?:salir|salen|salio)\b", "release"),
        (r"\bsale\b", "is out"),
        (r"\bdiscos?\b", "record"),
        (r"\b(?:nuevo|nueva|nuevos|nuevas|proximo|proxima)\b", "new"),
        (r"\b(?:ultimo|ultima|ultimos|ultimas)\b", "latest"),
        (r"\bcanciones\b|\btemas\b", "songs"),
        (r"\bcancion\b|\bsencillo\b", "single"),
        (r"\ben camino\b", "coming"),
        (r"\banuncio\b|\banunciaron\b|\banuncia\b", "announced"),
        (r"\breedicion\b", "reissue"),
        (r"\bcon quien(?:es)?\b", "with whom"),
        (r"\bquien(?:es)?\b", "who"),
        (r"\bdonde\b", "where"),
        (r"\b(?:grabo|grabaron|grabado|grabar)\b", "recorded"),
        (r"\bprimera?\b", "first"),
        (r"\b(?:sello|discografica)\b", "label"),
        (r"\bcomo se llama(?:ba|n)?\b", "what's called"),
        (r"\bse llama(?:ba|n)?\b", "called"),
        (r"\bque dijo\b", "what did say"),
        (r"\bdijo\b", "said"),
        (r"\b(?:ultimamente|recientemente)\b", "lately"),
        (r"\b(?:tocar|toca|tocan|tocara|tocaran|tocaba)\b", "playing"),
        (r"\bconciertos?\b", "shows"),
        (r"\ba cuantos anos\b", "how many years"),
        (r"\bcuantos anos tenia\b", "how old was"),
        (r"\bcuant(?:o|a|os|as)\b", "how many"),
        (r"\b(?:gente|personas|publico)\b", "people"),
        (r"\banos\b", "years"),
        (r"\b(?:condenaron|condenado|condenada)\b", "sentenced"),
        (r"\ben (?:vivo|directo)\b", "live"),
        (r"\b(?:banda|grupo)\b", "band"),
        (r"\bfecha\b", "date"),
        (r"\b(?:murio|fallecio)\b", "died"),
        (r"\b(?:firmo|firmaron)\b", "signed"),
        (r"\b(?:produjo|produjeron|producido)\b", "produced"),
        (r"\bproductor\b", "producer"),
        (r"\bpremio\b", "award"),
        (r"\b(?:gano|ganaron)\b", "won"),
        (r"\b(?:cancelo|cancelaron|cancelado|cancelada|cancela)\b", "cancelled"),
        (r"\beste ano\b", "this year"),
        (r"\bpor que\b", "why"),
        (r"\bcuales?\b", "which"),
        (r"\bnominad[oa]s?\b", "nominated"),
        (r"\bdirigio\b", "directed"),
        (r"\bproyecto\b", "project"),
        (r"\b(?:se )?escucha(?:n)?\b", "heard"),
        (r"\bde fondo\b", "in the background"),
        (r"\bteatro\b", "theatre"),
        (r"\bresidencia\b", "residency"),
        (r"\b(?:queria|quiere|querian|quieren)\b", "wanted"),
        (r"\b(?:preparaba|preparando|prepara|preparan)\b", "working on"),
        (r"\b(?:estreno|estrena|estrenaron|estrenara)\b", "premiered"),
        (r"\b(?:entradas|boletos)\b", "tickets"),
        (r"\bcartel\b", "lineup"),
        (r"\b(?:se separo|se separaron|separacion)\b", "split"),
        (r"\b(?:dejo|dejaron|abandono)\b", "left"),
        (r"\bintegrantes?\b|\bmiembros?\b", "members"),
        (r"\bque\b", "what"),
    ),
    frozenset(
        """que hay de del con el la un una unos unas y en por para su sus se es esta
        estan este esto eso nuevo nueva nuevos nuevas proximo proxima ultimo ultima ultimos
        ultimas noticias noticia novedad novedades sale salen salir salio saca sacar sacan
        saco sacaron lanza lanzo lanzar gira giras discos cancion canciones temas sencillo
        cuando quien quienes donde como cual cuales cuantos cuantas porque ahora tiene
        tienen va ya algo alguna alguno algun camino anuncio anunciaron anuncia
        reedicion grabo grabaron grabado grabar sello discografica llama llamaba llaman dijo
        ultimamente recientemente tocar toca tocan tocara tocaran tocaba concierto
        conciertos anos tenia condenaron condenado condenada vivo directo grupo fecha murio
        fallecio firmo firmaron produjo produjeron producido productor premio gano ganaron
        cancelo cancelaron cancelado cancelada primer primera hacer hara haran haciendo sabe
        pasa paso onda cuenta cuentas dirigio iba estuvo nominado nominada proyecto muy
        tambien pero hola escucha escuchan fondo teatro residencia queria quiere querian
        quieren preparaba preparando prepara preparan estreno estrena estrenaron estrenara
        entradas boletos separo separaron separacion dejo dejaron abandono integrante
        integrantes miembro miembros otono verano invierno norteamerica mas cuanto cuanta
        gente personas publico reciente recientes""".split()
    ),
    frozenset(
        """de del con el la un una y en por para se es este va ya como
        sale primer hacer sabe paso onda pero""".split()
    ),
    dropped=frozenset({"lo"}),
    translated={
        "otono": "fall",
        "verano": "summer",
        "invierno": "winter",
        "primavera": "spring",
        "norteamerica": "north america",
        "reciente": "recent",
        "recientes": "recent",
    },
)
# Portuguese, as fans type it (accents dropped).
PORTUGUESE = Language(
    _compiled(
        (r"\bo que (?:ha|tem) de novo(?: (?:com|de|da|do|sobre))?\b", "what's new with"),
        (r"\bqual (?:e )?a (?:ultima )?novidade(?: mais recente)?\b", "latest news"),
        (r"\b(?:as )?ultimas (?:novidades|noticias)\b", "latest news"),
        (r"\b(?:alguma |tem |ha )?(?:novidades?|noticias?)\b", "any news"),
        (r"\bo que aconteceu com\b", "what happened to"),
        (r"\b(?:anda|andam) fazendo\b", "has been up to"),
        (r"\b(?:vai|vao|vai sair em|sair em) (?:fazer )?turne\b|\bturne\b", "tour"),
        (r"\b(?:ja )?(?:lancou|lancaram)\b", "released"),
        (r"\b(?:vai |vao )?(?:lancar|sair)\b|\blancamento\b|\bsaindo\b", "release"),
        (r"\bclipes?\b", "video"),
        (r"\bmusicas? novas?\b", "new music"),
        (r"\bnov[oa]s?\b", "new"),
        (r"\bgravac(?:ao|oes)\b", "recording"),
        (r"\b(?:gravou|gravaram|gravado|gravada|gravar)\b", "recorded"),
        (r"\bdiscos?\b", "record"),
        (r"\bquem dirigiu\b", "who directed"),
        (r"\bdirigiu\b", "directed"),
        (r"\bquem\b", "who"),
        (r"\bonde\b", "where"),
        (r"\bquando\b", "when"),
        (r"\bcomo se chama(?:va|m)?\b|\bqual (?:e )?o nome\b", "what's called"),
        (r"\bse chama(?:va|m)?\b|\bchamad[oa]\b", "called"),
        (r"\bqua(?:l|is)\b", "which"),
        (r"\bbanda\b|\bgrupo\b", "band"),
        (r"\bfundou\b", "founded"),
        (r"\bbaixista\b", "bassist"),
        (r"\bbaterista\b", "drummer"),
        (r"\bguitarrista\b", "guitarist"),
        (r"\b(?:vocalista|cantora?)\b", "singer"),
        (r"\bmusicas?\b", "music"),
        (r"\b(?:esse|este) ano\b", "this year"),
        (r"\babr(?:ir|e|em|iu) os shows\b", "opening for"),
        (r"\b(?:morreu|faleceu)\b", "died"),
        (r"\b(?:assinou|assinaram)\b", "signed"),
        (r"\bproduziu\b", "produced"),
        (r"\bprodutor\b", "producer"),
        (r"\bpremio\b", "award"),
        (r"\bganhou\b", "won"),
        (r"\b(?:cancelou|cancelaram|cancelad[oa])\b", "cancelled"),
        (r"\bpor ?que\b", "why"),
        (r"\b(?:daquel|aquel)[ae]\b", "that"),
        (r"\bprimeir[oa]\b", "first"),
        (r"\b(?:gravadora|selo)\b", "label"),
        (r"\b(?:estreou|estreia|estrearam)\b", "premiered"),
        (r"\bingressos\b", "tickets"),
        (r"\b(?:se separou|se separaram|separacao|acabou)\b", "split"),
        (r"\b(?:saiu|deixou|deixaram)\b", "left"),
        (r"\bintegrantes?\b|\bmembros?\b", "members"),
        (r"\bo que\b", "what"),
    ),
    frozenset(
        """o os as do da dos das com em no na nos nas um uma que qual quais quem ha tem vai
        vao ja alguma algum nova novo novas novos novidade novidades noticias noticia
        aconteceu lancou lancaram lancar lancamento clipe clipes gravacao gravacoes gravou
        gravaram gravado gravada gravar discos turne fazer saindo sai sair dirigiu
        onde quando chama chamava chamam chamado chamada nome banda grupo fundou baixista
        baterista guitarrista vocalista cantor cantora musica musicas esse este ano abrir
        abre abrem abriu daquela daquele aquela aquele fez primeiro primeira gravadora selo
        morreu faleceu assinou assinaram produziu produtor premio ganhou cancelou
        cancelaram cancelado cancelada porque mais recente ultima ultimas oi ela ele
        eles elas seu sua pra para por estreou estreia estrearam ingressos separou separaram
        separacao acabou saiu deixou deixaram integrante integrantes membro membros anda andam
        fazendo outono verao inverno""".split()
    ),
    frozenset(
        """o os as do da no na nos um em ha tem ja nova novo sai sair ela ele seu sua pra
        para por este ano fez onde""".split()
    ),
    dropped=frozenset({"e", "ai"}),
    translated={
        "outono": "fall",
        "verao": "summer",
        "inverno": "winter",
        "primavera": "spring",
        "recentes": "recent",
    },
)
# German, as fans type it ("ß" read as "ss", umlauts dropped).
GERMAN = Language(
    _compiled(
        (r"\bwas gibt ?'? ?s neues(?: (?:von|vom|bei|zu|zum|mit|uber))?\b", "what's new with"),
        (r"\bwas gibt es neues(?: (?:von|vom|bei|zu|zum|mit|uber))?\b", "what's new with"),
        (r"\bwas gibt es aktuelles(?: (?:von|vom|bei|zu|zum|mit|uber))?\b", "what's new with"),
        (
            r"\b(?:irgendwelche|irgendwas) (?:news|neuigkeiten|neues)(?: (?:von|zu|zum|uber))?\b",
            "any news",
        ),
        (r"\b(?:gibt es |gibt ?'? ?s )?neuigkeiten(?: (?:von|vom|zu|zum|uber))?\b", "any news"),
        (r"\bwas ist (?:da )?(?:los|neu)(?: (?:bei|mit))?\b", "what's new with"),
        (r"\b(?:der )?(?:letzte[nr]? stand|(?:letzte|neu(?:e)?ste) meldung)\b", "latest news"),
        (r"\b(?:neu(?:e)?ste[snmr]?|aktuell(?:es)?|zuletzt)\b", "latest"),
        (
            r"\b(?:angekundigt|kundig(?:t|en) (?:\w+ ){0,4}?an|verkundet|bekannt ?gegeben)\b",
            "announced",
        ),
        (r"\bgibt es\b|\bgibt ?'? ?s\b", "is there"),
        (r"\bwann kommt\b|\bwann erscheint\b", "when is out"),
        (r"\bwann\b", "when"),
        (r"\bkommt (?:da )?(?:ein|eine|einen)?\b", "is there"),
        (r"\babschied(?:s(?:tour|tournee|konzert))?\b", "farewell"),
        (r"\b(?:buch|autobiografie|biografie)\b", "book"),
        (r"\btourdaten\b", "tour dates"),
        (r"\btournee\b", "tour"),
        (r"\btour(?:en|t)\b", "touring"),
        (r"\bschlagzeuger(?:in)?\b", "drummer"),
        (r"\bschlagzeug\b", "drums"),
        (r"\bregie\b", "directed"),
        (r"\bgast\b", "guest"),
        (r"\bsoloalbum\b", "solo album"),
        (r"\bdebutalbum\b", "debut album"),
        (r"\baus\b", "from"),
        (r"\b(?:konzerte?|auftritte?)\b", "shows"),
        (r"\bneue[snmr]?\b", "new"),
        (r"\bmusik\b", "music"),
        (r"\blieder\b", "songs"),
        (r"\bplatten?\b", "record"),
        (r"\bwer hat\b|\bwer\b", "who"),
        (r"\bproduziert\b", "produced"),
        (r"\baufnahmen\b", "recordings"),
        (r"\baufgenommen\b", "recorded"),
        (r"\bwo\b", "where"),
        (r"\bwie heisst\b|\bwie hiess\b", "what's called"),
        (r"\bwie alt (?:war|ist)\b", "how old was"),
        (r"\bgeschrieben\b", "wrote"),
        (r"\bmit (?:welchem|welcher|wem)\b", "with whom"),
        (r"\bwelche[smnr]?\b", "which"),
        (r"\bgitarristen?\b", "guitarist"),
        (r"\bsanger(?:in)?\b", "singer"),
        (r"\bunterschrieben\b", "signed"),
        (r"\bgestorben\b", "died"),
        (r"\babgesagt\b", "cancelled"),
        (r"\bveroffentlicht\b", "released"),
        (r"\berscheint\b|\berscheinen\b", "is out"),
        (r"\bdieses jahr\b", "this year"),
        (r"\bwarum\b", "why"),
        (r"\bwas\b", "what"),
        (r"\b(?:karten|tickets)\b", "tickets"),
        (r"\b(?:getrennt|aufgelost|trennung)\b", "split"),
        (r"\b(?:verlassen|verlasst|ausgestiegen)\b", "left"),
        (r"\bmitglied(?:er)?\b|\bbesetzung\b", "members"),
        (r"\b(?:die|der|das|den|dem|des)\b", "the"),
        (r"\bvon\b|\bvom\b", "from"),
        (r"\bmit\b", "with"),
        (r"\bund\b", "and"),
    ),
    frozenset(
        """gibt gibts es neues neue neuen neuer neuem neuigkeiten von vom zum zur der das dem
        den des ein eine einen einem und mit bei wann kommt hat haben ist sind wer wo wie
        heisst hiess welchem welcher welche welches wem geschrieben aufgenommen aufnahmen
        produziert unterschrieben gefunden musik lieder platte platten tourdaten tournee
        konzert konzerte auftritt auftritte ihr ihre sein seine sie er noch schon jetzt
        dieses jahr warum gestorben abgesagt veroffentlicht erscheint erscheinen uber
        sanger sangerin gitarrist gitarristen als karten getrennt aufgelost trennung verlassen
        verlasst ausgestiegen mitglied mitglieder besetzung im am an auf aus nach durch fur
        seit ich wir nicht auch oder aber wieder ob dass jemand etwas irgendwelche irgendwas
        wird wurde werden zu vor was aktuelles herbst sommer fruhling touren tourt gast regie
        schlagzeug schlagzeuger soloalbum debutalbum nordamerika wonach woher wieso weshalb
        womit worauf benannt genannt los aktuell aktuelles neueste neuestes neuesten neuster
        neuste neustes zuletzt letzte letzter letzten stand meldung angekundigt kundigt kundigen
        verkundet bekannt gegeben bekanntgegeben gemacht geplant da abschied raus buch""".split()
    ),
    frozenset("es der das den ein und mit bei hat sie er ist wo wie noch im am an was".split()),
    dropped=frozenset({"die"}),
    nouns_capitalised=True,
    translated={
        "herbst": "fall",
        "sommer": "summer",
        "fruhling": "spring",
        "nordamerika": "north america",
    },
)
# Italian, as fans type it (accents dropped).
ITALIAN = Language(
    _compiled(
        (r"\bche novita (?:ci sono )?(?:su|di|da|con|per)\b", "what's new with"),
        (r"\b(?:ci sono )?(?:novita|notizie)(?: (?:su|di|da|per))?\b", "any news"),
        (r"\b(?:le )?ultime notizie\b", "latest news"),
        (r"\bqualcosa di nuovo\b", "anything new"),
        (r"\bquando esce\b|\bquando uscira\b", "when is out"),
        (r"\bquando\b", "when"),
        (r"\b(?:fa|fanno|fara|faranno) (?:un )?tour\b|\bin tour\b|\btournee\b", "touring"),
        (r"\b(?:esce|escono|uscira|usciranno)\b", "is out"),
        (r"\b(?:uscito|uscita|pubblicato|pubblicata)\b", "released"),
        (r"\b(?:nuovo|nuova|nuovi|nuove|prossimo|prossima)\b", "new"),
        (r"\b(?:ultimo|ultima|ultimi|ultime)\b", "latest"),
        (r"\bdischi\b|\bdisco\b", "record"),
        (r"\bconcerti\b|\bconcerto\b", "shows"),
        (r"\bcanzoni\b|\bbrani\b", "songs"),
        (r"\bcanzone\b|\bbrano\b|\bsingolo\b", "single"),
        (r"\bchi\b", "who"),
        (r"\bdove\b", "where"),
        (r"\bqual[ei]\b", "which"),
        (r"\bcome si chiama(?:va|no)?\b", "what's called"),
        (r"\bsi chiama(?:va|no)?\b", "called"),
        (r"\betichetta\b", "label"),
        (r"\b(?:ha |hanno )?firmato\b", "signed"),
        (r"\b(?:ha |hanno )?registrat[oaie]\b", "recorded"),
        (r"\b(?:ha |hanno )?prodott[oaie]\b", "produced"),
        (r"\bproduttore\b", "producer"),
        (r"\b(?:e )?(?:morto|morta|scomparso|scomparsa)\b", "died"),
        (r"\b(?:annullat|cancellat)[oaie]\b", "cancelled"),
        (r"\b(?:ha |hanno )?annunciat[oaie]\b", "announced"),
        (r"\bgruppo\b", "band"),
        (r"\bquest ?'? ?anno\b", "this year"),
        (r"\bperche\b", "why"),
        (r"\bquanti anni\b", "how old"),
        (r"\bc ?'? ?e\b", "is there"),
        (r"\b(?:negli )?stati uniti\b", "in the us"),
        (r"\bchi suona\b|\bchi suonera\b", "who's playing"),
        (r"\b(?:suona|suonano|suonera|suoneranno)\b", "playing"),
        (r"\b(?:ha |hanno )?diretto\b", "directed"),
        (r"\b(?:ha |hanno )?girato\b", "filmed"),
        (r"\b(?:ha |hanno )?creato\b", "made"),
        (r"\b(?:e stato |e stata )?rinviat[oaie]\b", "postponed"),
        (r"\b(?:si e )?tenut[oaie]\b", "held"),
        (r"\bin memoria di\b", "in memory of"),
        (r"\brecenti\b", "recent"),
        (r"\bbiglietti\b", "tickets"),
        (r"\b(?:si sono sciolti|sciolti|scioglimento)\b", "split"),
        (r"\b(?:ha lasciato|lasciato|lascia)\b", "left"),
        (r"\bcartellone\b", "lineup"),
        (r"\bmembri\b|\bmembro\b", "members"),
        (r"\bristamp\w*\b", "reissue"),
        (r"\bnord america\b", "north america"),
        (r"\bcosa\b", "what"),
    ),
    frozenset(
        """che novita ci sono su di da con la gli le una uno del della dei delle nel nella
        al alla sul sulla per tra fra quando esce escono uscira usciranno uscito uscita
        pubblicato pubblicata nuovo nuova nuovi nuove prossimo prossima ultimo ultima ultimi
        ultime dischi tournee concerti concerto canzone canzoni brano brani singolo
        chi quale quali si chiama chiamava chiamano etichetta firmato registrato registrata
        prodotto prodotta produttore morto morta scomparso scomparsa annullato annullata
        cancellato cancellata annunciato annunciata gruppo quest anno perche quanti anni
        cosa notizie qualcosa ha hanno sono stato stata fa fanno fara faranno ancora gia
        ciao negli nei nelle degli dei stati uniti suona suonano suonera suoneranno diretto
        girato creato rinviato rinviata tenuto tenuta memoria recenti biglietti sciolti
        scioglimento lasciato lascia cartellone membri membro non anche vero dopo questo
        questa ristampa ristampano autunno""".split()
    ),
    frozenset("di da con la le al per ha fa su tra sono anno gia".split()),
    dropped=frozenset({"dove", "e", "il", "i", "disco"}),
    elided=re.compile(
        r"\b(?:quest|quell|dell|dall|nell|sull|all|un|[cdlmnst])['’](?=[^\W\d_])", re.IGNORECASE
    ),
    translated={"autunno": "fall", "inverno": "winter", "primavera": "spring"},
)
# Dutch, as fans type it.
DUTCH = Language(
    _compiled(
        (r"\bwat is er nieuw(?: (?:met|van|bij))?\b", "what's new with"),
        (r"\bhoe (?:staat|is|zit) het(?: (?:met|bij))?\b", "what's new with"),
        (r"\btegenwoordig\b|\bde laatste tijd\b|\bonlangs\b", "lately"),
        (r"\brecentste\b", "latest"),
        (r"\b(?:is er )?(?:nog )?nieuws(?: (?:over|van|bij))?\b", "any news"),
        (r"\bwanneer komt\b", "when is out"),
        (r"\bwanneer\b", "when"),
        (r"\b(?:gaat|gaan) (?:op )?tournee\b|\bop tour\b|\btournee\b", "touring"),
        (r"\b(?:optredens?|concerten|concert)\b", "shows"),
        (r"\b(?:komt|komen) uit\b|\buitgebracht\b|\buitgekomen\b", "released"),
        (r"\bnieuwe?\b|\bvolgende\b", "new"),
        (r"\blaatste\b", "latest"),
        (r"\bplaten\b|\bplaat\b", "record"),
        (r"\bnummers\b|\bliedjes\b", "songs"),
        (r"\bnummer\b|\bliedje\b", "single"),
        (r"\bwie\b", "who"),
        (r"\bwaar\b", "where"),
        (r"\bwelke?\b", "which"),
        (r"\bhoe heet\b|\bhoe heette\b", "what's called"),
        (r"\bheet\b|\bheette\b", "called"),
        (r"\bgetekend\b", "signed"),
        (r"\bopgenomen\b", "recorded"),
        (r"\bgeproduceerd\b", "produced"),
        (r"\boverleden\b", "died"),
        (r"\b(?:geannuleerd|afgelast)\b", "cancelled"),
        (r"\baangekondigd\b", "announced"),
        # "Kondigt ... aan" and "maakt ... bekend" hold what is announced between.
        (r"\bkondig(?:t|de|den|en)\b(?=.{0,60}\baan\b)|\bkondig(?:t|de|den|en)\b", "announced"),
        (r"\b(?:maakt|maakte|maakten|maken)\b(?=.{0,40}\bbekend\b)", "announced"),
        (r"\baankondiging(?:en)?\b", "announcement"),
        (r"\bhet laatst\b", "latest"),
        (r"\bdit jaar\b", "this year"),
        (r"\bwaarom\b", "why"),
        (r"\bhoe oud\b", "how old"),
        (r"\bhoeveel\b", "how many"),
        (r"\bop welk label\b", "on which label"),
        (r"\bwat is er (?:recent )?gebeurd met\b|\bgebeurd met\b", "what happened to"),
        (r"\bregisseerde\b|\bgeregisseerd\b", "directed"),
        (r"\b(?:brengt|brengen|bracht|brachten) .{0,60}\buit\b", "released"),
        (r"\b(?:brengt|brengen|bracht|brachten)\b", "released"),
        (r"\bheruitgave\b", "reissue"),
        (r"\bmuziek\b", "music"),
        (r"\b(?:spelen|speelt|speelden)\b", "playing"),
        (r"\b(?:opnamen|opnemen)\b", "recorded"),
        (r"\bvoorproefje\b", "preview"),
        (r"\buit elkaar\b", "split"),
        (r"\bkaartjes\b", "tickets"),
        (r"\b(?:verlaten|verlaat|vertrokken)\b", "left"),
        (r"\bleden\b|\blid\b", "members"),
        (r"\bnoord[- ]amerika\b", "north america"),
        (r"\bdebuutalbum\b", "debut album"),
        (r"\bsoloalbum\b", "solo album"),
        (r"\bnieuwste\b", "latest"),
        (r"\bwat\b", "what"),
    ),
    frozenset(
        """er nieuws nieuw nieuwe het een wat bij wanneer komt komen uit uitgebracht
        uitgekomen plaat platen tournee optreden optredens concert concerten wie waar welke
        welk hoe heet heette getekend opgenomen geproduceerd overleden geannuleerd afgelast
        nummer nummers liedje liedjes dit jaar waarom oud laatste volgende aangekondigd
        heeft hebben zijn gaat gaan nog ook naar voor bedankt hoi ik ze hij zij dat iets
        hoorde hadden hoeveel dagen zaten elkaar voordat opnamen opnemen regisseerde
        geregisseerd gebeurd brengt brengen bracht brachten heruitgave muziek spelen speelt
        speelden voorproefje haar als zich kaartjes verlaten verlaat vertrokken leden deze
        wordt worden werd niet maar wel nieuwste herfst zomer lente debuutalbum kondigt
        kondigde kondigden kondigen aan aankondiging aankondigingen bekend laatst toch staat
        zit doet tegenwoordig onlangs recentste tijd""".split()
    ),
    frozenset("er het een uit hoe nog oud voor zijn als".split()),
    dropped=frozenset({"van", "met", "de", "op", "over"}),
    translated={
        "herfst": "fall",
        "zomer": "summer",
        "lente": "spring",
    },
)
# Polish, as fans type it (its letters' marks dropped: "ł" as "l", "ś" as "s").
POLISH = Language(
    _compiled(
        (r"\bco (?:slychac|nowego|tam|sie dzieje)(?: (?:u|w|z|ze|o))?\b", "what's new with"),
        (r"\bco (?:robi|robia|porabia)(?: teraz)?\b|\bco u\b", "what's new with"),
        (
            r"\b(?:jakies|jakis|jakas|cos) (?:newsy|nowosci|wiesci|wiadomosci)(?: (?:o|od|z))?\b",
            "any news",
        ),
        (r"\b(?:jakis|jakies|cos) now(?:ego|y|a|e)\b", "anything new"),
        (r"\bnajnowsz\w*\b|\bostatni\w*\b", "latest"),
        (r"\bwiesci\b|\bwiadomosci\b|\bnewsy\b|\bnowosci\b", "news"),
        (r"\b(?:oglosil|oglasza|ogloszon|ogloszen|zapowiedzial|zapowiada)\w*\b", "announced"),
        (r"\bzapowiedz\w*\b", "announcement"),
        (r"\b(?:wydal|wypuscil|wyszl|wyszedl)\w*\b", "released"),
        (r"\bwrocil\w*\b|\bpowrot\w*\b", "comeback"),
        (r"\b(?:wy)?produkowal\w*\b", "produced"),
        (r"\b(?:nakrecil|wyrezyserowal)\w*\b", "directed"),
        (r"\b(?:podpisal|kontrakt)\w*\b", "signed"),
        (r"\bzmarl\w*\b|\bnie zyje\b", "died"),
        (r"\bodwol\w*\b", "cancelled"),
        (r"\b(?:wygral|zdobyl|dostal)\w*\b", "won"),
        (r"\bpozegnaln\w*\b", "farewell"),
        (r"\bdebiut\w*\b", "debut"),
        (r"\bsolow\w*\b", "solo"),
        (r"\bnow(?:y|a|e|ego)\b", "new"),
        (r"\bplyt\w*\b|\balbum\w*\b", "record"),
        (r"\bsingiel\w*\b|\bpiosenk\w*\b", "single"),
        (r"\bepk\w*\b", "ep"),
        (r"\btras\w*\b", "tour"),
        (r"\bkoncert\w*\b", "shows"),
        (r"\b(?:za)?gra(?:ja|l|la|li)?\b", "playing"),
        (r"\bbilet\w*\b", "tickets"),
        (r"\bdokument\w*\b", "documentary"),
        (r"\bwytworni\w*\b|\blabel\w*\b", "label"),
        (r"\bw jakim\b|\bw jakiej\b", "on which"),
        (r"\bjak sie (?:naprawde )?nazywa\w*\b|\bjak nazywa sie\b", "what's called"),
        (r"\bz kim\b", "with whom"),
        (r"\bzareczyl\w*\b", "engaged"),
        (r"\bile lat\b", "how old"),
        (r"\bile osob\b", "how many people"),
        (r"\bile\b", "how much"),
        (r"\bkiedy\b", "when"),
        (r"\bgdzie\b", "where"),
        (r"\bkto\b", "who"),
        (r"\bdlaczego\b|\bczemu\b", "why"),
        (r"\b(?:jaki|jaka|jakie|ktory|ktora|ktore)\b", "which"),
        (r"\bco\b", "what"),
    ),
    frozenset(
        """slychac nowego nowy nowa nowe jakis jakies jakas cos najnowsze najnowszy najnowsza
        ostatnio ostatni ostatnie wiesci wiadomosci newsy nowosci oglosili oglosil oglosila
        oglosily oglasza oglaszal oglaszala oglaszali oglaszaly ogloszono zapowiedzieli
        zapowiedzial zapowiedziala zapowiedzialy zapowiada zapowiadaja zapowiadali zapowiedz
        zapowiedzi wydal wydala wydali wypuscil wypuscila wypuscili wyszla wyszlo wyszedl
        wrocil wrocila wrocili plyta plyty plyte singiel singla piosenka trasa trase koncert
        koncerty wytworni wytwornia labelu nazywa nazywala nazywal sie zareczyl zareczyla kiedy
        gdzie kto niej niego nich nim serio czy jest co tam porabia teraz juz dzieje produkowal
        wyprodukowal nakrecil podpisal podpisala podpisali zmarl zmarla odwolal odwolali
        odwolany pozegnalny debiut debiutancka debiutancki solowa solowy naprawde jaki jakie
        jakim jakiej ktory ktora ktore dlaczego czemu bilety kosztuja osob miesci dostala
        dostal wygrala wygral zdobyl ogloszono epka epke albumu byl byla bylo sa ten tego""".split()
    ),
    frozenset("serio co tam ten".split()),
    # Its small words, and those that are names too ("Kim"), are read as its own only in a
    # message written in it.
    dropped=frozenset(
        {"jak", "u", "z", "ze", "w", "o", "na", "ile", "lat", "kim", "gra", "nie", "do"}
    ),
    # The endings of its cases, longest first: of a man's name or a thing's ("Tomaszu",
    # "Gruza", "Zegarze"), a woman's ("Oliwii", "Czarneckiej", "Zuzannę"), an adjective's
    # ("Dzikiego Wina") and a plural's ("Neonowych Kotów").
    declined=(
        ("iego", ("ie", "i")),
        ("ego", ("e", "y")),
        ("emu", ("e", "y")),
        ("iej", ("ia", "a")),
        ("owi", ("",)),
        ("iem", ("",)),
        ("ach", ("y", "a", "")),
        ("ami", ("y", "a", "")),
        ("ych", ("e", "y")),
        ("ich", ("ie", "i")),
        ("rze", ("r",)),
        ("dze", ("ga",)),
        ("ej", ("a",)),
        ("em", ("",)),
        ("om", ("y", "a", "")),
        ("ow", ("y", "")),
        ("ym", ("e", "y", "")),
        ("im", ("ie", "i", "")),
        ("ii", ("ia",)),
        ("ce", ("ka",)),
        ("ie", ("", "a")),
        ("i", ("ia", "")),
        ("y", ("a", "")),
        ("a", ("", "o")),
        ("u", ("", "o")),
        ("e", ("a", "o")),
    ),
)
# Filipino, and the Taglish fans mix into English ("ano latest niya?", "may bagong kanta
# ba?").
FILIPINO = Language(
    _compiled(
        (r"\bano(?:ng)? (?:na|balita|bago)(?: (?:kay|kina|sa|ang|ni))?\b", "what's new with"),
        (r"\bkumusta(?: (?:si|ang|kay))?\b", "what's new with"),
        (r"\bpinakabago\w*\b", "latest"),
        (r"\b(?:may|meron|merong) (?:bagong?|bago)\b", "anything new"),
        (r"\bbalita\b", "news"),
        (r"\bbagong?\b", "new"),
        (r"\b(?:inanunsyo|nag ?announce|inannounce|in announce)\b", "announced"),
        (r"\b(?:nilabas|naglabas|lalabas|ilalabas)\b", "released"),
        (r"\bkanta\b", "song"),
        (r"\bkailan\b", "when"),
        (r"\bsaan\b", "where"),
        (r"\bsino\b", "who"),
        (r"\bilang taon\b", "how old"),
        (r"\banong?\b", "what"),
    ),
    frozenset(
        """balita bago bagong pinakabago pinakabagong kumusta kanta kailan saan sino ilang
        taon daw po naman talaga yung ung niya nila siya sila kanya
        siyang inanunsyo nilabas naglabas lalabas ilalabas parang nabasa ko tungkol""".split()
    ),
    frozenset("ko".split()),
    dropped=frozenset(
        {"ano", "anong", "may", "meron", "ang", "ng", "mga", "na", "pa", "ba", "raw", "kaya"}
        | {"kay", "kina"}
    ),
)
LANGUAGES = (FRENCH, SPANISH, PORTUGUESE, GERMAN, ITALIAN, DUTCH, POLISH, FILIPINO)
# "The band from <town>" as the languages above say it ("le groupe de <town>", "die Band
# aus <town>"), as the words that `bot.core.tokens.written_after` reads before a place.
BAND_FROM_ABROAD = (
    frozenset({"groupe", "banda", "grupo", "gruppo", "band"}),
    frozenset({"de", "du", "des", "da", "do", "di", "del", "aus", "uit"}),
)
FOREIGN_CHAT = frozenset().union(*(language.chat for language in LANGUAGES))
# Courtesies, and words for news of languages without a table above, that fans from abroad
# mix into English ("<question>? Obrigado.", "Grazie mille."), accents folded away: chat,
# like the English filler, naming nothing, but no sign of the language a message is in,
# which the tables' own chat words tell (`written_in`).
ABROAD_CHAT = frozenset(
    """grazie mille prego obrigado obrigada gracias porfa danke bitte dziekuje prosze
    arigato arigatou onegaishimasu onegai kudasai tesekkurler tesekkur lutfen spasibo privet
    hallo tack kiitos alstublieft saludos quiero saber voudrais savoir nachrichten nyheter
    nyheder novosti nowosci wiadomosci haberler sobre""".split()
)
# The chat words of the Englishes of West Africa, the Caribbean, South Africa, Singapore and
# Malaysia, the Philippines and Scotland ("abeg", "eish", "wah gwaan" or "wagwan", "lah", "po",
# "wee"): exclamations, particles and greetings, naming nothing. Their words for English ones
# are spelled out too (`SPELLED_OUT`: "wetin" is "what", "gist" is news).
ENGLISHES_CHAT = frozenset(
    """eish howzit lekker oya dey sef abeg ehn sha shey una wahala gwaan wagwan wah bredren lah
    leh lor meh hor po naman aye wee yous wetin wha wid dat dem dese""".split()
)
# The words of a voice put on for fun, a pirate's or a stage Elizabethan's ("ahoy matey",
# "prithee", "thou"), naming nothing; its verbs and "tidings" are spelled out
# (`SPELLED_OUT`).
VOICES_CHAT = frozenset(
    """ahoy matey mateys arr arrr avast ye yer prithee thou thee thy thine forsooth verily
    hark unto""".split()
)
# How someone says where they heard what they ask about ("someone posted that ...", "saw it
# mentioned on my feed", "the last thing written about"): the telling, not a name. Where
# they read it is an outlet's or a social network's name (`knowledge.vocabulary.OUTLETS`).
HEARSAY = frozenset(
    """said says posted posting reposted tweeted mentioned saw seen feed fyp via per rss
    newsletter timeline written wrote""".split()
)
# The hour someone wants news for ("for the 5 o'clock bulletin", "the 7pm block"): when they
# ask, not what about. "7pm" is read as "pm" (`bot.core.tokens.tokens_of`).
TIMES_OF_DAY = frozenset("oclock pm am noon midnight".split())
STOPWORDS = (
    FUNCTION_WORDS
    | CHAT_FILLER
    | EITHER
    | ORDERS
    | CONTRACTIONS
    | ASKING
    | NEWS_ASKED
    | FOREIGN_CHAT
    | ABROAD_CHAT
    | ENGLISHES_CHAT
    | VOICES_CHAT
    | TIMES_OF_DAY
    | HEARSAY
    | SUMMARY_ASKED
)

# Chat writes "1st", "recs" and "vid", and texting drops a word's vowels ("nws", "frm") or
# spells it by ear ("nu", "wen"), as the Englishes of West Africa and the Caribbean write
# theirs ("wetin", "dem", "wid"; "gist" is news) and a put-on old voice its own ("hast",
# "tidings"); news spells ordinals under ten out ("first-ever live album") and writes the
# whole word.
SPELLED_OUT = dict(
    zip(
        """1st 2nd 3rd 4th 5th 6th 7th 8th 9th recs vid vids pic pics tix ppl abt yrs nu nws
        alb wen wuts wht whr hw ws frm b4 nxt rly bout smth sth smthg wetin wha wid dat dem
        dese gist tidings hast hath didst doth dost""".split(),
        """first second third fourth fifth sixth seventh eighth ninth records video videos
        photo photos tickets people about years new news album when what what where how was
        from before next really about something something something what what with that
        they these news news has has did does does""".split(),
        strict=True,
    )
)

# Text-speak ("annc'd", "albm", "l8st", "ne1", "sum1", "2nite", "prdcd"), and the verbs
# chat writes without their "g" ("who's openin for <act>", "wat r they sayin"): read as the
# English words before any cue is matched, as a word with a digit or without its vowels is
# no name's. Only forms no English word or name is spelled as; a curly apostrophe is read as
# a straight one.
TEXTED = {
    "annc": "announce",
    "anncs": "announces",
    "anncd": "announced",
    "annc'd": "announced",
    "annced": "announced",
    "annct": "announcement",
    "albm": "album",
    "albms": "albums",
    "l8st": "latest",
    "l8est": "latest",
    "l8ly": "lately",
    "l8r": "later",
    "lbl": "label",
    "prdcd": "produced",
    "prdcr": "producer",
    "ne1": "anyone",
    "sum1": "someone",
    "som1": "someone",
    "evry1": "everyone",
    "2nite": "tonight",
    "2nyt": "tonight",
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "gr8": "great",
    "kno": "know",
    "wats": "what's",
    "wat's": "what's",
    "wich": "which",
    "nw": "new",
}
DROPPED_G = frozenset(
    """say do play open com dropp tour releas announc work go happen headlin record mak
    writ produc perform sign leav join gett sell cancel postpon reschedul plann""".split()
)

# "Headline" after a word asking for the newest ("latest headline", "any headlines") is the
# news asked for, not a band headlining.
HEADLINE_ASKED = frozenset({"latest", "newest", "recent", "last", "any", "top"})

# What opens a description of an act a question names ("<name>, the <city> punk trio").
DESCRIPTION_OPENERS = frozenset({"the", "that", "this"})
# What a question calls the act it describes: the news's words for one (`ACT_NOUNS`) and
# the looser ones of chat ("the <city> garage-punk weirdos <Name>", "<city>'s synth-pop guy").
DESCRIBED_ACTS = ACT_NOUNS | frozenset(
    """troupe weirdos ones guy guys greats legend legends supergroup veterans stalwarts upstarts
    icon icons star stars vocalist guitarist drummer bassist pianist dj mc harper harpist
    fiddler piper cellist violinist saxophonist trumpeter keyboardist percussionist organist
    accordionist flautist""".split()
)
# What a band calls its members ("<band> drummer", "<band>'s frontman"): after the band's
# name, who in it is meant.
MEMBER_ROLES = frozenset(
    """frontman frontwoman frontmen singer singers vocalist vocalists drummer drummers bassist
    bassists guitarist guitarists keyboardist keyboardists member members bandmate bandmates
    leader cofounder""".split()
)

HELP = re.compile(r"^(?:/?help|\?+|commands|what can you do|how do (?:i|you) use.*|usage)$")
# A search order, unless what follows asks a question ("search who produced ..."), which
# is then asked.
SEARCH = re.compile(
    r"^(?:search|look up|find articles?|articles? (?:about|on|mentioning))\s+"
    r"(?!(?:who|whos|what|whats|when|where|which|why|how|if|whether|is|are|did|does|do)\b)"
)
ANNOUNCE = re.compile(r"\bannounc\w*")
NEWS = re.compile(
    r"\b(?:news|latest|newest|newer|new|another|up (?:to|2)|updates?|happening|recent\w*|lately"
    r"|going on|doing|these days|nowadays|hear(?:d)? (?:about|from|of)"
    r"|last (?:thing|news|word)|any word|in (?:the )?(?:last|past) (?:few |couple (?:of )?)?days"
    r"|last (?:release|record|put out|released|dropped)|(?:put out|released?|dropped) last"
    r"|what(?:'?s)? up|what(?:'?s)? good (?:with|w)\b|anything (?:on|from)|working on|fresh(?:est)?"
    r"|current|catch (?:me )?up"
    r"|fill (?:me )?in|scoop|should (?:i )?know|tldr|recaps?|rundown|lowdown|summar\w*|blurb"
    r"|one-?liner|still (?:going|together|active|around|a (?:band|thing)|at it|kicking)"
    r"|for good|(?:went|gone|go|going|been) (?:quiet|silent)|vanished|disappeared|hiatus"
    r"|call(?:ed|ing|s)? it quits|(?:taking|take|took|takes) (?:a |some )?(?:break|time off)"
    r"|that was it|(?:come|came|comes) of (?:it|that|this|them))\b"
)
# Words that ask about the newest news even in a fact question ("<name>'s new album called",
# "<name>'s album out yet?").
FRESH = re.compile(
    r"\b(?:new|newest|latest|upcoming|next|recent|recently|yet|touring|coming|will|gonna"
    r"|going to|planning|soon|this year|currently|any|putting out|is there|are there"
    r"|lately|these days|nowadays|working on|been (?:doing|up to)|line-?ups?|won at)\b"
)
# Formats of a record narrower than its kind of news (an album's), as a question names them.
RECORD_FORMAT = re.compile(r"(?i)\b(ep|mixtape)s?\b")
# How a question asks for an amount ("how much", "what age"): never a name, though some
# titles are spelled so.
AMOUNT = re.compile(r"\bhow (?:many|much|old|long)\b|\bwhat age\b")
# An act "coming through" a place or a season, or on a "fall run" of dates, is touring, as
# fans say it; headlines say "tour". The words ask about a tour, so they name no act ("<act>
# euro run", "<act> euro tour").
TOURING_SAID = re.compile(
    r"(?i)\b(?:come|comes|coming|pass|passes|passing) (?:through|thru)\b"
    r"|\b(?:spring|summer|fall|autumn|winter|euro|european|us|uk|headline|headlining|arena"
    r"|stadium|farewell|reunion|anniversary|coast) runs?\b|\bruns? of (?:dates|shows)\b"
    r"|\b(?:euro|european|eu|uk|us|asian|aussie|world) (?:tours?|dates|legs?)\b"
)
# Words that ask what someone is called ("<stage name> real name"), no part of the name.
NAME_ASKED = re.compile(r"\b(?:real|full|birth|legal|given) names?\b")
# Words of a kind of news that ask for none: songs counted are a record's ("how many songs on
# the new one"), chat says "lost track", "the single most recent", "every single day", and a
# podcast's episode is no EP ("for ep 61").
NO_KIND = re.compile(
    r"\bhow many (?:songs?|tracks?)\b|\b(?:lose|loses|lost|losing|keep|keeps|kept|keeping)"
    r" track\b|\bsingle (?:most|biggest|best|greatest|largest|worst|last)\b"
    r"|\b(?:every|each|any|not a) single\b"
    r"|\bep\.? ?#?\d{2,}\b|\bepisode ?#?\d+\b"
)
# "Line up" typed apart, or split so by the words a question is read again from ("line-up"),
# is a festival's lineup: a question seldom uses the verb.
LINE_UP = re.compile(r"\bline up\b")
# Who plays a named thing is its lineup ("who's playing <festival> this year?"), news of the
# festival kind; not who plays an instrument, with someone or on a record.
WHO_PLAYS = re.compile(
    r"\bwho(?:'s| is| are| will be)? (?:playing|performing|headlining)\b"
    r"(?! (?:with|for|alongside|in|on|guitar|bass|drums|keys|keyboards?|vocals)\b)"
)
# Who is on a lineup or a bill asks for its announcement ("who's on the <fest> 2026 bill?").
ON_LINEUP = re.compile(
    r"\bwho(?:'s| is| are| will be)? (?:on|in|playing) (?:the |this year's |that |their )?"
    r"(?:\S+ ){0,3}(?:line-?ups?|bill)\b"
)
# What "how many" asks to be counted: a number of those things answers it.
COUNTED = re.compile(r"\bhow many (\w+)")
# Things counted that news writes in other words: songs played as "29 pieces", albums made
# as a "fifth LP" or "third full-length" (read as its "length").
COUNTED_ALIKE = (
    frozenset({"song", "track", "piece", "tune", "number"}),
    frozenset({"album", "lp", "record", "length"}),
)
# Making a record, which a question asks about where it asks where one was made.
RECORDING = re.compile(r"\b(?:record(?:ed|ing)|studios?|tracked|tracking)\b")
RECORDED_WHERE = re.compile(
    r"\bwhere\b.*\brecord(?:ed|ing)?\b(?! (?:label|store|shop)s?\b)|\bstudios?\b"
    r"|\brecord(?:ed|ing) where\b"
)
# Producing a record, which the news also tells as recording it with someone.
PRODUCING = re.compile(r"\bproduc(?:e|ed|er|ers|es|ing|tion)\b")
# Roles a "who" question asks about ("who produced", "who plays drums", "who's their
# singer"), each with the words that name someone in it: a singer is also a vocalist or a
# frontman, and a producer is not a "product".
ROLES = (
    RECORDING,
    PRODUCING,
    *(
        re.compile(rf"\b(?:{words})\b")
        for words in (
            r"direct(?:ed|or|ors|s|ing)",
            r"drum\w*",
            r"bass(?:ist|ists)?",
            r"guitar\w*",
            r"keyboard\w*|keys",
            r"sing|sings|sang|sung|singing|singers?|vocal\w*|front(?:man|men|woman|women|person)",
            r"featur\w*|guests?",
            r"founders?|founded|founding",
        )
    ),
)
# Words that ask for one particular fact rather than for the news in general.
# "Which is the newest" asks for the newest news, as "what is the newest" does; "which" asks
# for a particular fact otherwise ("which label ..."). So does "when did we last hear from
# <act>": "when" asks for a date otherwise ("when is the album out").
SPECIFIC = re.compile(
    r"\b(?:when(?! (?:did|have|has) (?:we|you|i|anyone|anybody) (?:last|most recently) hear)"
    r"|who|whom|where|why|how (?:many|much|old|long)|called|named|name|title"
    r"|which(?! (?:is|are|was|were) (?:the |their |its |his |her )?(?:newest|latest|last|most"
    r" recent|recent)\b)"
    r"|label|sign\w*|produc\w*|die|died|passed|won|win)\b"
)
QUESTION = re.compile(r"\b(?:when|who|what|which|where|how|why|did|does|do|is|was|are|were)\b")

# The kind of fact each question word asks for; cue words inside the question (label,
# produced, died...) add theirs through `knowledge.facts.fact_kinds`.
ASKS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # The name someone was born with, or goes by besides their stage name.
    (
        re.compile(r"\b(?:real|birth|legal|actual|full|given|stage) name\b|\bborn as\b"),
        ("realname",),
    ),
    (
        re.compile(
            r"\bhow did\b.*\b(?:die|pass)|\bcause of (?:death|\w+ death)\b|\bwhat killed\b"
            r"|\b(?:die|died|dies|dying) (?:from|of)\b"
        ),
        ("cause", "death"),
    ),
    (
        re.compile(
            r"\b(?:was|is|been|got|were|are|fell|falls) (?:sick|ill)\b|\billness\b|\bdiagnos\w*"
            r"|\bdisease\b|\bwhat (?:did|does|do) (?:he|she|they) have\b"
        ),
        ("cause",),
    ),
    (
        re.compile(
            r"\b(?<!name )about\W*$|\babout what\b"
            r"|\bmeaning (?:of|behind) (?:the|this|that|it|their|his|her)\b(?! name)"
            r"|\bwhat (?:does|did) .* mean\b|\bwhat inspired\b|\binspired by what\b"
        ),
        ("theme",),
    ),
    # How an act came together ("how did <band> meet", "how did they start out").
    (
        re.compile(
            r"\bhow (?:did|do|does)\b.*\b(?:meet|form|formed|start(?: out)?|begin|get together"
            r"|come together)\b"
            r"|\bhow (?:they|the band|the duo|it all) (?:met|formed|started|began)\b"
        ),
        ("formed",),
    ),
    (re.compile(r"\bhow old\b|\bwhat age\b"), ("age", "death")),
    (re.compile(r"\b(?:die|died|dies|pass(?:ed)? away)\b"), ("death",)),
    (re.compile(r"\bhow (?:many|much)\b"), ("count",)),
    # "What song did X put out", "what album had they just released": the work's title is
    # asked, whatever else the question says about when or how it came out. Not "what
    # record", which is as often a chart record broken.
    (re.compile(r"\b(?:what|which) (?:song|album|single|track|ep|lp)s?\b"), ("title",)),
    (
        re.compile(r"\bwhen\b|\bwhat (?:day|date|year|month)\b|\b(?:release|drop|out) date\b"),
        ("date", "release", "year"),
    ),
    # Whom an act signed with is told by the signing itself, before any label it is on.
    (re.compile(r"\bsign(?:s|ed|ing)?\b|\bink(?:s|ed)?\b"), ("signing", "label")),
    # A release party or show is an event, not the label a release is on.
    (
        re.compile(
            r"\b(?:put(?:s|ting)? out|releas\w*(?! (?:party|parties|shows?\b))|label|sign\w*"
            r"|imprint)\b"
        ),
        ("label",),
    ),
    # Whom someone is engaged or married to: the news tells it as an engagement or a wedding.
    (
        re.compile(
            r"\b(?:fianc\w*|wi(?:fe|ves)|husbands?|spouses?|girlfriends?|boyfriends?|married"
            r"|marry|marrying|engaged|dating|partner(?! with))\b"
        ),
        ("partner", "people"),
    ),
    (re.compile(r"\bwho\b|\bwhose\b|\bwith whom\b"), ("people", "label")),
    (
        re.compile(
            r"\bnamed? (?:after|for)\b|\bname (?:from|come|comes|came|mean|means|meaning|origin"
            r"|about)\b|\bname(?: \w+){1,4} (?:come|comes|came) from\b"
            r"|\b(?:get|got|take|took) (?:their|its|his|her|the) name\b"
            r"|\bwhy (?:are|is|were|was) \w+(?: \w+)? (?:called|named)\b"
            r"|\bmeaning (?:of|behind) (?:the|their|its|his|her) name\b"
            # A name they went by before.
            r"|\b(?:old|former|previous|original|first) (?:name|band name)\b"
            r"|\b(?:used to be|were|was) (?:called|named|known as)\b.*\b(?:before|else)\b"
            r"|\bcalled before\b|\bformerly\b"
        ),
        ("naming",),
    ),
    (
        re.compile(
            r"\bwhere\b.*\b(?:from|born|based|raised|hail\w*|grow up|grew up|located)\b"
            r"|\b(?:from|originally) where\b"
            r"|\bhome ?town\b"
            r"|\bwhat (?:city|town|country|province|state)\b.*\b(?:from|born|based)\b"
        ),
        ("origin",),
    ),
    # Where a record was made is told with who made it ("recorded at <Studio> with <Name>").
    (RECORDED_WHERE, ("people",)),
    (re.compile(r"\bwhere\b|\bwhat (?:venue|city|festival)\b"), ("tour",)),
    (re.compile(r"\b(?:called|named|name|title|titled)\b"), ("title",)),
)

WINDOWS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\btoday\b|\btonight\b"), 1),
    (re.compile(r"\b(?:this|past|last) week\b|\bthis weekend\b"), 7),
    (re.compile(r"\b(?:this|past|last) month\b"), 31),
    (re.compile(r"\b(?:this|past|last) year\b"), 366),
)
LAST_N = re.compile(r"\b(?:last|past) (\d{1,4}|couple(?: of)?|few) (day|week|month)s?\b")
# How many "a couple" and "a few" count, of days, weeks or months back.
COUNT_WORDS = {"couple": 2, "couple of": 2, "few": 3}


def _either(words: list[str]) -> str:
    return f"(?:{'|'.join(words)})"


# Numbers as speech-to-text and some chat write them: years ("twenty twenty six", "two
# thousand nineteen", "nineteen ninety five") and amounts of time or things after a word
# that counts them ("first album in fifteen years", "after like eighteen years"), read as
# digits. Not a number word alone, nor one opening a name ("<Number> Days <Word>").
_UNIT = _either(NUMBER_UNITS[1:10])
_TEENS = _either(NUMBER_UNITS[10:])
_TENS = _either(NUMBER_TENS)
_UNDER_100 = rf"(?:{_TENS}(?:[ -]{_UNIT})?|{_TEENS}|{_UNIT})"
SPOKEN_YEAR = re.compile(
    rf"\b(?P<century>nineteen|twenty) (?:(?P<tens>{_TENS}(?:[ -]{_UNIT})?|{_TEENS})"
    rf"|oh (?P<oh>{_UNIT}))\b|\btwo thousand(?: and)?(?: (?P<past>{_UNDER_100}))?\b",
    re.IGNORECASE,
)
SPOKEN_AMOUNT = re.compile(
    r"\b(?P<counting>in|after|for|over|past|last|than|like|about|nearly|almost|around) "
    rf"(?P<amount>{_UNDER_100})(?= (?:years?|months?|weeks?|days?|decades?|songs?|tracks?"
    r"|albums?|records?|shows?|dates?|people|copies|minutes?|hours?)\b)",
    re.IGNORECASE,
)
# An anniversary said in words ("the fifteenth anniversary", "twenty-fifth anniversary"),
# which headlines write in digits ("15th Anniversary"): read as they do.
ORDINAL_UNITS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh
    twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth""".split()
ORDINAL_TENS = [f"{tens[:-1]}ieth" for tens in NUMBER_TENS]
ORDINAL_VALUES = {word: at for at, word in enumerate(ORDINAL_UNITS, 1)} | {
    word: 20 + 10 * at for at, word in enumerate(ORDINAL_TENS)
}
SPOKEN_ANNIVERSARY = re.compile(
    rf"\b(?:(?P<tens>{_TENS})[ -](?P<unit>{_either(ORDINAL_UNITS[:9])})"
    rf"|(?P<ordinal>{_either(ORDINAL_UNITS + ORDINAL_TENS)}))(?= anniversary\b)",
    re.IGNORECASE,
)
# Calendar time, which chat names by the month or season rather than by days back: "last
# month" is the month before this one, "last year" the year before, not the last 31 or 366
# days ("in the last month", "past year" are). A month or a season counts as a time only
# after a word that places it ("in March", "back in may", "last summer") or before a year
# ("summer 2019"): "may" and "fall" are verbs as often, "march" a noun.
CALENDAR = re.compile(r"(?<!\bthe )(?<!\bpast )\b(this|last) (month|year)\b")
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march",),
            ("april", "apr"),
            ("may",),
            ("june",),
            ("july",),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# A season's first month and how many it runs.
SEASONS = {"spring": (3, 3), "summer": (6, 3), "fall": (9, 3), "autumn": (9, 3), "winter": (12, 3)}
NAMED_TIME = re.compile(
    r"\b(?:(this|last|in|back in|during|early|late|mid|over the|in the|during the|from|around)"
    r"\s+)?"
    rf"({'|'.join([*MONTHS, *SEASONS])})"
    r"(?:\s+(?:of\s+)?(?:((?:19|20)\d\d)|(this|last) year))?\b"
)
UNIT_DAYS = {"day": 1, "week": 7, "month": 31}
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")

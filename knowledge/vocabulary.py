"""Word lists that tell names from the words around them in titles and questions."""

from __future__ import annotations

FUNCTION_WORDS = frozenset(
    """a about after again all also am an and any anything are as at be been before being but by
    can could did do does doing done for from get gets got had has have having he her here hers him
    his how i if in into is it its just latest me more most my new news no not now of off on once
    only or other our out over own same she should so some such than that the their them
    then there these they this those through to too under until up us very was we were what
    when where which while who whom why will with within would you your s t re ve ll d m""".split()
)

NEWS_WORDS = frozenset(
    """album albums lp lps ep eps record records single singles song songs track tracks tour tours
    touring dates date show shows concert concerts gig gigs announce announced announces announcing
    announcement announcements anything everything something thing things stuff update updates up
    happening going doing days
    release released releases releasing drop dropping drops come comes coming came put puts
    film films movie movies
    documentary documentaries biopic biopics trailer
    festival lineup line called named name title titled label sign signed signing sign die died
    dead death cause killed rip pass passed away playing play plays week month year today
    yesterday recent recently lately newest last next upcoming soon back reunion together break
    broke split chart charts freshest""".split()
)

TITLE_BOUNDARY = frozenset(
    """announce announces announced announcing share shares shared sharing release releases
    released releasing reveal reveals revealed unveil unveils unveiled drop drops dropped return
    returns returned debut debuts debuted detail details confirm confirms confirmed tease teases
    teased cancel cancels canceled cancelled postpone postpones postponed add adds added join joins
    joined sign signs signed die dies died dead is are was were has have had will would to at in on
    for with new album albums single song songs video tour tours ep lp says said say talks talk
    cover covers covered perform performs performed bring brings brought make makes made break
    breaks get gets take takes celebrate celebrates launch launches play plays played set sets book
    books team teams from about after before over as by into than share vs feat ft featuring
    open opens honor honors pay pays mourn mourns remember remembers recall recalls discuss
    discusses react reacts respond responds slam slams sue sues won wins win lead leads headline
    headlines expand expands extend extends score scores top tops hit hits lands land enlist enlists
    tap taps recruit recruits link links unite unite reunite reunites star stars set sets plan plans
    prep preps premiere premieres stream streams celebrate celebrating live tribute documentary
    film movie biopic festival lineup reissue reissues deluxe edition remix remixes wrap wraps
    kick kicks hit reunite reunites honor honour honours praise praises blast blasts tell tells
    explain explains look looks go goes come comes turn turns call calls bow bows drop admit
    admits deny denies reveal reveals arrested charged sentenced jailed indicted accused convicted
    acquitted detained sued stabbed injured hospitalized hospitalised diagnosed leave leaves
    quit quits exit exits depart departs split splits reuniting choose chooses claim claims
    become becomes officially finally reportedly surprise surprises surprised surprise-release
    surprise-releases surprise-released inducted inducts induct reunited nominated honored
    honoured awarded unleash unleashes readies introduce introduces apologize apologizes
    apologise apologises""".split()
)

# Articles: a word after one is a common noun or part of a name, never a surname alone.
ARTICLES = frozenset({"the", "a", "an"})
# "The" in the languages band names borrow it from ("Les <Word> <Word>"), which fans write
# as "the" or leave out.
FOREIGN_THE = frozenset({"les", "le", "la", "los", "las", "el", "die", "der", "das", "il", "lo"})

TITLE_PREFIXES = frozenset(
    """watch listen hear stream rip review premiere exclusive report interview see read video
    photos gallery breaking update updated exclusive first""".split()
)

# Words that follow the number of a list headline ("10 Best ...", "50 Years of ..."), which
# a name starting with a number ("40 Lanterns") does not.
LIST_WORDS = frozenset(
    """best top worst greatest essential favourite favorite biggest new things songs albums
    records tracks singles videos years reasons ways moments artists bands acts shows
    concerts gigs questions facts times of""".split()
)

# Numbers as words: those under twenty, then the tens. Names write numbers either way
# ("<Name> 3", "<Name> Three") and dictated questions write them in words.
NUMBER_UNITS = """zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen""".split()
NUMBER_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

# Months and days: with a number after them, a date ("May 20"), never a name.
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
NOT_NAMES = (
    FUNCTION_WORDS
    | NEWS_WORDS
    | TITLE_PREFIXES
    | CALENDAR_WORDS
    | frozenset(
        """best top worst every why how here this that these those one two three four five six seven
    eight nine ten year years week weeks day days night music artist artists band bands fans fan
    people new old big little inside behind listen watch stream today tonight live all many most
    of note man men woman women teen teens teenager teenagers suspect suspects""".split()
    )
)

# Words for where someone is from: always capitalised, as names are, so the evidence of case
# that tells most ordinary words from names cannot tell these. Alone they name nobody
# ("Norwegian musician's show cancelled"); in a longer name they may ("<Demonym> Football").
DEMONYMS = frozenset(
    """american british english scottish welsh irish canadian australian french german
    dutch belgian swiss austrian swedish norwegian danish finnish icelandic scandinavian nordic
    spanish italian portuguese greek polish czech hungarian russian ukrainian turkish israeli
    mexican brazilian argentine argentinian chilean colombian peruvian cuban jamaican latin
    japanese korean chinese taiwanese indian pakistani filipino thai vietnamese indonesian
    nigerian ghanaian african european asian quebecois québécois californian texan""".split()
)

# What news calls a kind of music, capitalised in a headline before what someone is ("<Kind>
# Singer <First> <Last>"), where a band's name would stand ("<Band> Singer ...").
MUSIC_KINDS = frozenset(
    """soul jazz metal punk rock pop folk country rap christian gospel blues indie opera emo
    grunge reggae disco funk techno hip-hop r&b k-pop""".split()
)
# Kinds of music a message and the news call an act by ("the <kind> band", "<city> <kind>
# trio"), hyphened ones whole ("alt-country").
GENRES = MUSIC_KINDS | frozenset(
    """hardcore doom sludge stoner shoegaze garage psych psychedelic americana bluegrass
    rockabilly ska electronic ambient synthpop synth-pop post-punk post-rock alt-country
    noise industrial goth darkwave krautrock prog thrash metalcore screamo surf twee lo-fi
    experimental classical""".split()
)

# Music news outlets, as a question names the article it remembers ("according to <outlet>'s
# piece", "did <outlet> say"): where the news was read, never what it is about. Written as
# the question's words run together ("rolling stone" is "rollingstone").
OUTLETS = frozenset(
    """billboard consequence consequenceofsound cos exclaim gothamist guardian nme npr
    pitchfork rollingstone someparty spin stereogum variety vulture brooklynvegan
    musicbusinessworldwide mbw thequietus quietus loudersound kerrang clash uproxx
    instagram insta ig twitter tiktok reddit facebook fb youtube bluesky tumblr""".split()
)

TALLIED = 5
"""The shortest capitalised word the knowledge base counts uses of: as long as a typo of a word
that is corrected (`bot.core.spelling.RESPELLED`, less one letter); counting shorter ones would
only cost ingest time."""

# First names spelled more than one way, each group one name: a fan types the spelling they
# know ("<Steven> <Surname>" for "<Stephen> <Surname>").
FIRST_NAME_SPELLINGS = tuple(
    frozenset(group.split())
    for group in (
        "jon john",
        "steven stephen",
        "sara sarah",
        "jeff geoff",
        "jeffrey geoffrey",
        "katherine kathryn catherine katharine kathrine",
        "kathy cathy",
        "kristen kirsten kristin",
        "phillip philip",
        "alan allan allen",
        "brian bryan",
        "sean shawn shaun",
        "eric erik",
        "matthew mathew",
        "carl karl",
        "caitlin caitlyn kaitlyn katelyn",
        "ann anne",
        "jonathan jonathon",
        "rachel rachael",
        "teresa theresa",
        "isabel isabelle isobel",
        "marc mark",
        "nicholas nicolas",
        "lindsay lindsey",
        "elizabeth elisabeth",
        "megan meghan meagan",
        "zach zack zac",
        "stuart stewart",
        "neil neal",
        "chris kris",
        "christina kristina",
        "christine kristine",
        "christopher kristopher",
        "jacob jakob",
        "graham graeme",
        "ian iain",
        "ashley ashleigh",
        "haley hailey hayley",
        "rebecca rebekah",
        "stephanie stefanie",
        "gerry jerry",
        "dwayne duane",
        "tracy tracey",
    )
)

# First names and their short forms, each group one person's: a fan calls "<Stephen>
# <Surname>" "<Steve> <Surname>", and a headline may write either.
FIRST_NAME_SHORT_FORMS = tuple(
    frozenset(group.split())
    for group in (
        "steve stephen steven",
        "dan danny daniel",
        "mike mikey michael",
        "bob bobby rob robbie robert",
        "bill billy will willie william",
        "jim jimmy jamie james",
        "tom tommy thomas",
        "chris christopher",
        "matt matthew",
        "nick nicky nicholas",
        "alex alexander alexandra",
        "kate katie katherine",
        "liz lizzy elizabeth",
        "jen jenny jennifer",
        "joe joey joseph",
        "tony anthony",
        "dave davey david",
        "ben benny benjamin",
        "andy andrew",
        "pat patrick patricia",
        "rick ricky richard",
        "eddie edward",
        "freddie frederick",
        "greg gregory",
        "jeff jeffrey",
        "ken kenny kenneth",
        "larry lawrence",
        "ron ronnie ronald",
        "tim timothy",
        "vince vincent",
        "zach zachary",
        "charlie charles",
        "sam sammy samuel samantha",
        "jon jonny johnny jonathan john",
        "dom dominic",
        "nate nathan nathaniel",
        "pete peter",
        "phil phillip philip",
        "ray raymond",
        "sue susan",
        "meg megan",
        "becky rebecca",
        "doug douglas",
        "gabe gabriel",
        "jake jacob",
        "josh joshua",
        "max maxwell",
        "ollie oliver",
        "theo theodore",
    )
)

"""A light stemmer for search: cuts common inflectional endings so that a prefix search for
the stem finds the other forms of a word ("новости" → "новост" finds "новостях")."""

import re

WORD = re.compile(r"\w+", re.UNICODE)
MIN_STEM = {"ru": 3, "be": 3, "en": 3}
# Longest endings first; the lists cover noun, adjective and verb forms well enough for search.
ENDINGS = {
    "ru": sorted("""ями ами ого его ому ему ыми ими ать ять ить еть ает яет ует ают яют уют
        ала ила ела али или ели ая яя ое ее ые ие ых их ым им ой ей ою ам ям ах ях ов ев ий ый
        ом ем ию ия ья ье ью ь ы и а я о е у ю й""".split(), key=len, reverse=True),
    "be": sorted("""ямі амі ага яга аму яму ымі імі аць яць іць ець ае яе уе аюць яюць уюць
        ала іла ела алі ілі елі ая яя ое ае ыя ія ых іх ым ім ой ай ей ою ам ям ах ях оў аў еў
        ы і а я о е у ю ў ь й""".split(), key=len, reverse=True),
    "en": ["ing", "ies", "ed", "es", "s"],
}


def stem(word, language):
    word = word.lower()
    for ending in ENDINGS.get(language, ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM.get(language, 3):
            return word[: -len(ending)]
    return word


def query_stems(text, language, limit=10):
    """The search words of a visitor's query: at most `limit` words, each cut to a stem."""
    words = [word for word in WORD.findall(text[:1000]) if not word.isdigit() or len(word) > 1]
    return [stem(word[:50], language) for word in words[:limit]]


BELARUSIAN_VOWEL_THEN_U = re.compile(r"(^|[аеёіоуыэюя])у")


YO_PLACES = 2  # "е" letters of a word tried as "ё": at most 2**YO_PLACES forms


def spelling_variants(word, language):
    """Forms of `word` a visitor may mean. In Belarusian "у" after a vowel (or at the start
    of a word after one) is written "ў", so "уборка" must also find "ўборку". In both
    languages "ё" is often typed as "е", and the index keeps what editors wrote: "прием"
    must find "приём", and "приём" "прием"."""
    forms = {word}
    if language == "be":
        plain = word.replace("ў", "у")
        forms = {plain, BELARUSIAN_VOWEL_THEN_U.sub(r"\1ў", plain)}
    if language in ("ru", "be"):
        forms = {variant for form in forms for variant in yo_variants(form)}
    return sorted(forms)


def yo_variants(word):
    plain = word.replace("ё", "е")
    places = [at for at, letter in enumerate(plain) if letter == "е"][:YO_PLACES]
    forms = {word, plain}
    for chosen in range(1, 2 ** len(places)):
        letters = list(plain)
        for bit, at in enumerate(places):
            if chosen >> bit & 1:
                letters[at] = "ё"
        forms.add("".join(letters))
    return forms

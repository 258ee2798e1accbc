"""How an act is named in each site language, in the cases the real status lines use:
«Решение Осиповичского районного исполнительного комитета, 18 марта 2019 г. № 392» and
«Утратило силу решением Осиповичского районного исполнительного комитета от 18 марта 2019 г.
№ 392». Grammatical cases (the type in the instrumental, the body in the genitive) are
language data, not phrases a translator can give one msgid for; like the month names of
core/dates.py they are kept here, per language, with English for any other language.

The issuing body's name comes from the site's DistrictIdentity ("Осиповичский районный
исполнительный комитет"), put in the genitive by the endings of its words.
"""

import re

from ispolkom.core import languages
from ispolkom.core.dates import day_month_year

TYPES = {  # type: (nominative, instrumental)
    "ru": {"decision": ("Решение", "решением"), "order": ("Распоряжение", "распоряжением"),
           "resolution": ("Постановление", "постановлением")},
    "be": {"decision": ("Рашэнне", "рашэннем"), "order": ("Распараджэнне", "распараджэннем"),
           "resolution": ("Пастанова", "пастановай")},
    "en": {"decision": ("Decision", "decision"), "order": ("Order", "order"),
           "resolution": ("Resolution", "resolution")},
}
# A council's name from the committee's: the words replaced, and what replaces them.
COUNCIL = {"ru": ("исполнительный комитет", "Совет депутатов"),
           "be": ("выканаўчы камітэт", "Савет дэпутатаў"),
           "en": ("Executive Committee", "Council of Deputies")}
CHAIRMAN = {"ru": "председателя {}", "be": "старшыні {}", "en": "the Chairman of the {}"}
OF_BODY = {"ru": "{}", "be": "{}", "en": "the {}"}
HEADING = {"ru": "{type} {body}, {date} г. № {number}", "be": "{type} {body}, {date} г. № {number}",
           "en": "{type} of {body}, {date}, No. {number}"}
STATUS = {
    "ru": {"amended": "Изменено", "lost_force": "Утратило силу"},
    "be": {"amended": "Зменена", "lost_force": "Страціла сілу"},
    "en": {"amended": "Amended by", "lost_force": "Lost force by"},
}
BY_ACT = {"ru": "{type} {body} от {date} г. № {number}",
          "be": "{type} {body} ад {date} г. № {number}",
          "en": "{type} of {body} of {date} No. {number}"}

# Genitive endings, longest first: adjectives, then the nouns of a body's name.
GENITIVE = {
    "ru": [("ский", "ского"), ("цкий", "цкого"), ("ый", "ого"), ("ой", "ого"), ("ий", "его")],
    "be": [("кі", "кага"), ("гі", "гага"), ("ы", "ага"), ("і", "яга")],
}
CONSONANT_END = re.compile(r"[бвгджзйклмнпрстфхцчшщўь]$", re.IGNORECASE)


def language_of(language):
    code = (language or languages.current())[:2]
    return code if code in TYPES else "en"


def genitive(name, language):
    """«Осиповичский районный исполнительный комитет» → «Осиповичского районного
    исполнительного комитета»: adjectives, then the first noun, in the genitive; the words
    after that noun ("депутатов") already are."""
    endings = GENITIVE.get(language)
    if not endings:
        return name
    words = name.split()
    for position, word in enumerate(words):
        ending = next((pair for pair in endings if word.endswith(pair[0])), None)
        if ending is not None:
            words[position] = word[:-len(ending[0])] + ending[1]
            continue
        if word.endswith("ь"):
            words[position] = word[:-1] + "я"
        elif CONSONANT_END.search(word):
            words[position] = word + "а"
        break
    return " ".join(words)


def body_name(body, committee, language):
    """The issuing body in the nominative, from the committee's name `committee`."""
    if body == "council":
        old, new = COUNCIL[language]
        if old in committee:
            return committee.replace(old, new)
    return committee


def body_genitive(body, committee, language):
    """The body as it follows "решение …": «Осиповичского районного исполнительного
    комитета», «председателя …», «the Chairman of the …»."""
    named = genitive(body_name(body, committee, language), language)
    if body == "chairman":
        return CHAIRMAN[language].format(named)
    return OF_BODY[language].format(named)


def act_parts(act, committee, language, case):
    return {"type": TYPES[language][act.act_type][case],
            "body": body_genitive(act.issuing_body, committee, language),
            "date": day_month_year(act.date_adopted, language), "number": act.number}


def heading(act, committee, language=None):
    """«Решение Осиповичского районного исполнительного комитета, 18 марта 2019 г. № 392»."""
    language = language_of(language)
    return HEADING[language].format(**act_parts(act, committee, language, 0))


def status_line(force, by_act, by_text, committee, language=None):
    """«Утратило силу решением … от 18 марта 2019 г. № 392», from the amending or repealing
    act `by_act`, else the editor's `by_text` after the verb; "" when the act is in force."""
    language = language_of(language)
    verb = STATUS[language].get(force)
    if verb is None:
        return ""
    if by_act is not None:
        return f"{verb} {BY_ACT[language].format(**act_parts(by_act, committee, language, 1))}"
    return f"{verb} {by_text}".strip()

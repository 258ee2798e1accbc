"""The text a new appeals page starts with, in the page's language: how to file written and
oral appeals, and that electronic ones go only through обращения.бел (Law No. 300-З "On
appeals of citizens and legal entities" as amended in 2022). It is content the editor then
adapts, so it is kept per language here rather than in the interface's catalogues."""

from wagtail.rich_text import RichText

from ispolkom.core import languages

NATIONAL_SYSTEM = '<a href="https://обращения.бел/">обращения.бел</a>'

PARAGRAPHS = {
    "ru": [
        "Граждане и юридические лица могут обратиться в райисполком письменно, устно или в "
        "электронной форме в порядке, установленном Законом Республики Беларусь от 18 июля "
        "2011 г. № 300-З «Об обращениях граждан и юридических лиц» (в редакции 2022 года).",
        "Письменное обращение можно направить по почте или передать в приемную райисполкома. "
        "В нем указываются фамилия, собственное имя, отчество (или наименование организации), "
        "адрес места жительства (места нахождения), суть обращения; письменное обращение "
        "подписывается заявителем. Устные обращения излагаются во время личного приема.",
        f"Электронные обращения принимаются только через единую республиканскую систему "
        f"обращений граждан и юридических лиц {NATIONAL_SYSTEM}. Обращения, направленные на "
        f"адрес электронной почты, не рассматриваются.",
    ],
    "be": [
        "Грамадзяне і юрыдычныя асобы могуць звярнуцца ў райвыканкам пісьмова, вусна або ў "
        "электроннай форме ў парадку, устаноўленым Законам Рэспублікі Беларусь ад 18 ліпеня "
        "2011 г. № 300-З «Аб зваротах грамадзян і юрыдычных асоб» (у рэдакцыі 2022 года).",
        "Пісьмовы зварот можна даслаць поштай або перадаць у прыёмную райвыканкама. У ім "
        "пазначаюцца прозвішча, уласнае імя, імя па бацьку (або найменне арганізацыі), адрас "
        "месца жыхарства (месцазнаходжання), сутнасць звароту; пісьмовы зварот падпісваецца "
        "заяўнікам. Вусныя звароты выкладаюцца падчас асабістага прыёму.",
        f"Электронныя звароты прымаюцца толькі праз адзіную рэспубліканскую сістэму зваротаў "
        f"грамадзян і юрыдычных асоб {NATIONAL_SYSTEM}. Звароты, накіраваныя на адрас "
        f"электроннай пошты, не разглядаюцца.",
    ],
    "en": [
        "Citizens and legal entities may appeal to the district executive committee in "
        "writing, orally or electronically, as provided by Law of the Republic of Belarus "
        "No. 300-З of 18 July 2011 \"On appeals of citizens and legal entities\" (as amended "
        "in 2022).",
        "A written appeal can be sent by post or handed in at the committee's reception. It "
        "states the applicant's surname, first name and patronymic (or the organisation's "
        "name), the address of residence (or location) and the substance of the appeal, and "
        "is signed by the applicant. Oral appeals are made at a personal reception.",
        f"Electronic appeals are accepted only through the national system for appeals of "
        f"citizens and legal entities, {NATIONAL_SYSTEM}. Appeals sent by e-mail are not "
        f"considered.",
    ],
}


def ready_body(language):
    """The body's blocks in `language` (else the site's default language)."""
    texts = PARAGRAPHS.get(language) or PARAGRAPHS.get(languages.default()) or PARAGRAPHS["ru"]
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]

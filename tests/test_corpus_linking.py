"""Cross-article linking on hand-built articles (no spaCy): entities, near-duplicates, stories,
events, timelines, manual merge/split. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from corpus_fixtures import corpus, store_url  # noqa: F401 - fixtures
from corpus_helpers import make_article

from chronique.article import Entity, Mention


def ids_of(corpus, name):
    return [e["id"] for e in corpus.find_entities(name)]


def add(corpus, *articles):
    return [corpus.add_article(a) for a in articles]


# -- entities ----------------------------------------------------------------------------------------
def test_name_variants_and_titles_join_one_entity(corpus):
    add(corpus,
        make_article("a1", "2024-01-10", "Olaf Scholz a reçu mardi le président polonais à Berlin.",
                     entities=[("e1", "PER", "Olaf Scholz", ["Olaf Scholz"]), ("e2", "LOC", "Berlin", ["Berlin"])]),
        make_article("a2", "2024-01-12", "M. Scholz a défendu jeudi à Berlin le budget devant le Bundestag.",
                     entities=[("e1", "PER", "M. Scholz", ["M. Scholz"]), ("e2", "ORG", "Bundestag", ["Bundestag"]),
                               ("e3", "LOC", "Berlin", ["Berlin"])]),
        make_article("a3", "2024-01-15", "Selon Scholz, la coalition tiendra jusqu'aux élections à Berlin.",
                     entities=[("e1", "PER", "Scholz", ["Scholz"]), ("e2", "LOC", "Berlin", ["Berlin"])]))
    people = corpus.list_entities(type="PER")["items"]
    assert len(people) == 1
    scholz = corpus.get_entity(people[0]["id"])
    assert scholz["name"] == "Olaf Scholz" and scholz["n_articles"] == 3
    assert {a["alias"] for a in scholz["aliases"]} == {"Olaf Scholz", "M. Scholz", "Scholz"}
    assert corpus.list_entities(type="LOC")["items"][0]["n_articles"] == 3


def test_an_office_holder_designated_by_a_title_joins_the_named_person(corpus):
    # the cast stage names a title's holder from the knowledge table; that name links like any other
    named = make_article("a1", "2021-03-08", "Yoshihide Suga a parlé lundi à Tokyo.",
                         entities=[("e1", "PER", "Yoshihide Suga", ["Yoshihide Suga"])])
    text = "Le Premier ministre japonais a appelé mercredi à la retenue."
    titled = make_article("a2", "2021-03-10", text)
    holder = Entity("e1", "PER", "Yoshihide Suga",
                    (Mention(0, 28, text[:28], "nominal", "office holder on 2021-03-10: jp head_of_government"),))
    add(corpus, named, titled.with_layers(entities=(holder,)))
    people = corpus.list_entities(type="PER")["items"]
    assert [(p["name"], p["n_articles"]) for p in people] == [("Yoshihide Suga", 2)]


def test_accent_and_case_variants_join(corpus):
    add(corpus,
        make_article("a1", "2020-07-01", "Édouard Philippe a quitté Matignon vendredi.",
                     entities=[("e1", "PER", "Édouard Philippe", ["Édouard Philippe"])]),
        make_article("a2", "2020-07-03", "Edouard Philippe retourne au Havre.",
                     entities=[("e1", "PER", "Edouard Philippe", ["Edouard Philippe"])]),
        make_article("a3", "2020-07-05", "EDOUARD PHILIPPE : l'entretien exclusif.",
                     entities=[("e1", "PER", "EDOUARD PHILIPPE", ["EDOUARD PHILIPPE"])]))
    assert len(corpus.list_entities(type="PER")["items"]) == 1


def test_namesakes_stay_apart(corpus):
    add(corpus,
        make_article("a1", "2016-10-01", "Hillary Clinton a débattu avec Donald Trump.",
                     entities=[("e1", "PER", "Hillary Clinton", ["Hillary Clinton"]),
                               ("e2", "PER", "Donald Trump", ["Donald Trump"])]),
        make_article("a2", "2016-10-02", "Bill Clinton a soutenu son épouse en Floride.",
                     entities=[("e1", "PER", "Bill Clinton", ["Bill Clinton"]), ("e2", "LOC", "Floride", ["Floride"])]),
        make_article("a3", "2003-03-20", "George W. Bush a lancé l'offensive contre l'Irak.",
                     entities=[("e1", "PER", "George W. Bush", ["George W. Bush"]), ("e2", "LOC", "Irak", ["Irak"])]),
        make_article("a4", "1991-01-17", "George H. W. Bush a annoncé l'opération contre l'Irak.",
                     entities=[("e1", "PER", "George H. W. Bush", ["George H. W. Bush"]),
                               ("e2", "LOC", "Irak", ["Irak"])]),
        make_article("a5", "2022-05-01", "Emmanuel Macron et Brigitte Macron ont voté au Touquet.",
                     entities=[("e1", "PER", "Emmanuel Macron", ["Emmanuel Macron"]),
                               ("e2", "PER", "Brigitte Macron", ["Brigitte Macron"])]))
    names = sorted(e["name"] for e in corpus.list_entities(type="PER")["items"])
    assert names == ["Bill Clinton", "Brigitte Macron", "Donald Trump", "Emmanuel Macron", "George H. W. Bush",
                     "George W. Bush", "Hillary Clinton"]


def test_a_bare_surname_goes_to_the_namesake_of_its_context(corpus):
    add(corpus,
        make_article("a1", "2016-10-01", "Hillary Clinton a débattu avec Donald Trump.",
                     entities=[("e1", "PER", "Hillary Clinton", ["Hillary Clinton"]),
                               ("e2", "PER", "Donald Trump", ["Donald Trump"])]),
        make_article("a2", "2016-10-02", "Bill Clinton a visité une école de l'Arkansas.",
                     entities=[("e1", "PER", "Bill Clinton", ["Bill Clinton"]),
                               ("e2", "LOC", "Arkansas", ["Arkansas"])]),
        make_article("a3", "2016-10-03", "Face à Donald Trump, Mme Clinton a gardé son calme.",
                     entities=[("e1", "PER", "Donald Trump", ["Donald Trump"]),
                               ("e2", "PER", "Mme Clinton", ["Mme Clinton"])]))
    hillary = corpus.get_entity("Hillary Clinton")
    assert {a["id"] for a in hillary["articles"]} == {"a1", "a3"}
    assert {a["id"] for a in corpus.get_entity("Bill Clinton")["articles"]} == {"a2"}


def test_same_name_different_types_do_not_mix_people_and_places(corpus):
    add(corpus,
        make_article("a1", "2024-01-10", "Paris a accueilli le sommet.", entities=[("e1", "LOC", "Paris", ["Paris"])]),
        make_article("a2", "2024-01-11", "Paris Hilton était présente.",
                     entities=[("e1", "PER", "Paris Hilton", ["Paris Hilton"])]))
    assert len(corpus.list_entities()["items"]) == 2


# -- near-duplicates -----------------------------------------------------------------------------------
DISPATCH = ("Le conseil des ministres a adopté mercredi un plan de soutien aux agriculteurs touchés par la "
            "sécheresse, doté de 500 millions d'euros, a annoncé le porte-parole du gouvernement à l'issue de "
            "la réunion. Les aides seront versées avant la fin de l'année aux exploitations les plus touchées, "
            "selon un communiqué publié dans la soirée par le ministère de l'Agriculture.")


def test_a_dispatch_printed_twice_is_linked_not_double_counted(corpus):
    ent = [("e1", "ORG", "ministère de l'Agriculture", ["ministère de l'Agriculture"])]
    add(corpus, make_article("agence-1", "2022-08-10", DISPATCH, entities=ent, outlet="A"))
    reprint = DISPATCH.replace("a annoncé", "a indiqué") + " Les syndicats ont salué la mesure."
    status = corpus.add_article(make_article("journal-7", "2022-08-10", reprint, entities=ent, outlet="B"))
    assert status == "duplicate"
    assert corpus.get_article("journal-7")["dup_of"] == "agence-1"
    assert corpus.get_article("agence-1")["duplicates"] == ["journal-7"]
    stats = corpus.stats()
    assert stats["articles"] == 1 and stats["duplicates"] == 1
    assert corpus.list_entities()["items"][0]["n_articles"] == 1
    other = "Un tout autre sujet : la saison de ski commence en avance dans les Alpes grâce aux chutes de neige."
    assert corpus.add_article(make_article("ski", "2022-08-10", other)) == "added"


# -- events ----------------------------------------------------------------------------------------------
CALL = "Emmanuel Macron et Olaf Scholz se sont entretenus par téléphone le 12 octobre."
RECALL = "Les deux dirigeants s'étaient parlé au téléphone en octobre dernier, rappelle Emmanuel Macron à Olaf Scholz."
ENTS = [("e1", "PER", "Emmanuel Macron", ["Emmanuel Macron"]), ("e2", "PER", "Olaf Scholz", ["Olaf Scholz"])]


def test_reports_of_one_event_merge_with_every_mention_kept(corpus):
    add(corpus,
        make_article("a1", "2023-10-12", CALL, entities=ENTS, timexes=[("t1", "le 12 octobre", "2023-10-12")],
                     events=[("v1", "CONSULT", "phone", "entretenus", ["e1", "e2"], "t1", "asserted")]),
        make_article("a2", "2023-11-16", RECALL, entities=ENTS, timexes=[("t1", "octobre dernier", "2023-10")],
                     events=[("v1", "CONSULT", "phone", "parlé", ["e1", "e2"], "t1", "asserted")]))
    events = corpus.list_events()["items"]
    assert len(events) == 1
    ev = events[0]
    assert ev["time"] == "2023-10-12" and ev["start"] == "2023-10-12"   # the most precise report wins
    assert [(m["article"], m["event"]) for m in ev["mentions"]] == [("a1", "v1"), ("a2", "v1")]
    assert {p["name"] for p in ev["participants"]} == {"Emmanuel Macron", "Olaf Scholz"}
    exported = list(corpus.export("events"))
    assert exported[0]["mentions"] == [{"article": "a1", "event": "v1"}, {"article": "a2", "event": "v1"}]


def test_events_with_incompatible_times_or_modes_stay_apart(corpus):
    visit = "Emmanuel Macron a rendu visite à Giorgia Meloni le 12 octobre à Rome."
    add(corpus,
        make_article("a1", "2023-10-12", CALL, entities=ENTS, timexes=[("t1", "le 12 octobre", "2023-10-12")],
                     events=[("v1", "CONSULT", "phone", "entretenus", ["e1", "e2"], "t1", "asserted")]),
        make_article("a2", "2023-12-01", CALL.replace("12 octobre", "30 novembre"), entities=ENTS,
                     timexes=[("t1", "le 30 novembre", "2023-11-30")],
                     events=[("v1", "CONSULT", "phone", "entretenus", ["e1", "e2"], "t1", "asserted")]),
        make_article("a3", "2023-10-13", visit,
                     entities=[("e1", "PER", "Emmanuel Macron", ["Emmanuel Macron"]),
                               ("e2", "PER", "Giorgia Meloni", ["Giorgia Meloni"])],
                     timexes=[("t1", "le 12 octobre", "2023-10-12")],
                     events=[("v1", "CONSULT", "visit", "rendu visite", ["e1", "e2"], "t1", "asserted")]))
    assert corpus.list_events()["total"] == 3


def test_differing_modes_merge_only_on_the_same_day_with_the_same_actors(corpus):
    recap = "L'entretien du 12 octobre entre Emmanuel Macron et Olaf Scholz a porté sur l'Ukraine."
    add(corpus,
        make_article("a1", "2023-10-12", CALL, entities=ENTS, timexes=[("t1", "le 12 octobre", "2023-10-12")],
                     events=[("v1", "CONSULT", "phone", "entretenus", ["e1", "e2"], "t1", "asserted")]),
        make_article("a2", "2023-10-20", recap, entities=ENTS, timexes=[("t1", "12 octobre", "2023-10-12")],
                     events=[("v1", "CONSULT", "meeting", "entretien", ["e1", "e2"], "t1", "asserted")]),
        make_article("a3", "2023-11-20", RECALL, entities=ENTS, timexes=[("t1", "octobre dernier", "2023-10")],
                     events=[("v1", "CONSULT", "meeting", "parlé", ["e1", "e2"], "t1", "asserted")]))
    events = corpus.list_events()["items"]
    by_articles = sorted(tuple(m["article"] for m in e["mentions"]) for e in events)
    # a2 is the same day and pair as a1; a3 only says "in October" and its mode differs from the
    # event's (the first report's "phone"), which a month-wide time cannot outweigh
    assert by_articles == [("a1", "a2"), ("a3",)]


def test_a_planned_event_later_reported_as_done_is_one_event(corpus):
    plan = "Emmanuel Macron doit rencontrer Olaf Scholz à Hambourg le 16 novembre."
    done = "Emmanuel Macron a rencontré Olaf Scholz jeudi 16 novembre à Hambourg."
    add(corpus,
        make_article("a1", "2023-11-02", plan, entities=ENTS, timexes=[("t1", "le 16 novembre", "2023-11-16")],
                     events=[("v1", "CONSULT", "meeting", "rencontrer", ["e1", "e2"], "t1", "planned")]),
        make_article("a2", "2023-11-16", done, entities=ENTS, timexes=[("t1", "jeudi 16 novembre", "2023-11-16")],
                     events=[("v1", "CONSULT", "meeting", "rencontré", ["e1", "e2"], "t1", "asserted")]))
    events = corpus.list_events()["items"]
    assert len(events) == 1
    assert events[0]["was_planned"] is True and events[0]["modality"] == "asserted"
    assert [m["modality"] for m in events[0]["mentions"]] == ["planned", "asserted"]


# -- stories & timelines ----------------------------------------------------------------------------------
def _story_articles():
    ents = [("e1", "PER", "Olaf Scholz", ["Olaf Scholz"]), ("e2", "LOC", "Ukraine", ["Ukraine"]),
            ("e3", "PER", "Emmanuel Macron", ["Emmanuel Macron"])]
    return [
        make_article("s1", "2023-10-12", "Olaf Scholz et Emmanuel Macron promettent des livraisons d'armes à "
                     "l'Ukraine et une aide militaire durable.", entities=ents,
                     title="Aide militaire à l'Ukraine"),
        make_article("s2", "2023-10-30", "Nouvelles livraisons d'armes à l'Ukraine : Olaf Scholz confirme l'aide "
                     "militaire promise avec Emmanuel Macron.", entities=ents,
                     timexes=[("t1", "promise", "2023-10")], title="Livraisons d'armes à l'Ukraine"),
        make_article("x1", "2023-10-20", "La tempête a privé des milliers de foyers d'électricité en Bretagne.",
                     entities=[("e1", "LOC", "Bretagne", ["Bretagne"])], title="Tempête en Bretagne"),
        make_article("s3", "2024-06-01", "Aide militaire à l'Ukraine : Emmanuel Macron et Olaf Scholz annoncent de "
                     "nouvelles livraisons d'armes.", entities=ents, title="Aide militaire à l'Ukraine"),
    ]


def test_stories_follow_a_subject_over_months(corpus):
    add(corpus, *_story_articles())
    stories = {tuple(s["articles"]) for s in corpus.export("stories")}
    # s3 comes months later with the same subject, people and words: it continues the story
    assert stories == {("s1", "s2", "s3"), ("x1",)}
    story = next(s for s in corpus.list_stories()["items"] if s["n_articles"] == 3)
    assert story["start"] == "2023-10-12" and story["end"] == "2024-06-01"
    assert story["label"] in {"Aide militaire à l'Ukraine", "Livraisons d'armes à l'Ukraine"}
    assert {"Olaf Scholz", "Emmanuel Macron"} <= set(story["key_entities"])
    arcs = corpus.get_story(story["id"])["arcs"]
    assert [(a["start"], a["end"], a["n_articles"]) for a in arcs] == [
        ("2023-10-12", "2023-10-12", 1), ("2023-10-30", "2023-10-30", 1), ("2024-06-01", "2024-06-01", 1)]


def test_timeline_sorts_by_normalised_time_with_spans(corpus):
    ents = [("e1", "PER", "Olaf Scholz", ["Olaf Scholz"])]
    add(corpus,
        make_article("t1", "2023-11-20", "Olaf Scholz avait promis en octobre une aide. Olaf Scholz parlera le "
                     "2 décembre. Olaf Scholz était à Paris le 5 octobre.",
                     entities=[("e1", "PER", "Olaf Scholz", ["Olaf Scholz", "Olaf Scholz", "Olaf Scholz"])],
                     timexes=[("t1", "en octobre", "2023-10"), ("t2", "le 2 décembre", "2023-12-02"),
                              ("t3", "le 5 octobre", "2023-10-05")]),
        make_article("t0", "2023-09-01", "Olaf Scholz a parlé le 1er septembre.", entities=ents,
                     timexes=[("t1", "le 1er septembre", "2023-09-01")]))
    items = corpus.timeline(entity="Scholz")["items"]
    assert [(i["start"], i["end"], i["granularity"]) for i in items] == [
        ("2023-09-01", "2023-09-01", "day"), ("2023-10-01", "2023-10-31", "month"),
        ("2023-10-05", "2023-10-05", "day"), ("2023-12-02", "2023-12-02", "day")]
    assert all(i["article"] and i["sentence"] for i in items)
    first = items[1]
    assert first["article"] == "t1" and "en octobre" in first["sentence"]
    assert corpus.timeline(entity="Scholz", since="2023-10-02")["total"] == 2


# -- manual corrections ---------------------------------------------------------------------------------
def test_spelling_variants_of_a_full_name_join(corpus):
    add(corpus,
        make_article("a1", "2024-02-01", "Volodymyr Zelensky a parlé à Kiev.",
                     entities=[("e1", "PER", "Volodymyr Zelensky", ["Volodymyr Zelensky"])]),
        make_article("a2", "2024-02-02", "Le président Volodymyr Zelenskyy a reçu des alliés.",
                     entities=[("e1", "PER", "Volodymyr Zelenskyy", ["Volodymyr Zelenskyy"])]),
        make_article("a3", "2024-02-02", "Volodymyr Zelenski remercie ses alliés.",
                     entities=[("e1", "PER", "Volodymyr Zelenski", ["Volodymyr Zelenski"])]))
    assert len(corpus.list_entities(type="PER")["items"]) == 1


def test_manual_merge_survives_relinking_and_guides_new_articles(corpus):
    add(corpus,
        make_article("a1", "2023-01-01", "Luiz Inácio Lula da Silva a été investi à Brasília.",
                     entities=[("e1", "PER", "Luiz Inácio Lula da Silva", ["Luiz Inácio Lula da Silva"])]),
        make_article("a2", "2023-01-02", "Lula a nommé son gouvernement.",
                     entities=[("e1", "PER", "Lula", ["Lula"])]))
    full, short = corpus.find_entities("Luiz Inácio Lula da Silva")[0]["id"], corpus.find_entities("Lula")[0]["id"]
    assert full != short       # nothing in the names says they are one person
    merged = corpus.merge_entities(full, [short])
    assert merged["n_articles"] == 2 and corpus.get_entity(short) is None
    corpus.relink()
    assert len(corpus.list_entities(type="PER")["items"]) == 1
    corpus.add_article(make_article("a3", "2023-01-05", "Lula a reçu le chancelier allemand.",
                                    entities=[("e1", "PER", "Lula", ["Lula"])]))
    people = corpus.list_entities(type="PER")["items"]
    assert len(people) == 1 and people[0]["n_articles"] == 3


def test_split_moves_an_alias_and_forbids_remerging(corpus):
    add(corpus,
        make_article("a1", "2024-02-01", "Jean Martin a ouvert la séance du conseil municipal de Nice.",
                     entities=[("e1", "PER", "Jean Martin", ["Jean Martin"]), ("e2", "LOC", "Nice", ["Nice"])]),
        make_article("a2", "2024-02-02", "Le sprinteur Martin a remporté la course de Nice.",
                     entities=[("e1", "PER", "Martin", ["Martin"]), ("e2", "LOC", "Nice", ["Nice"])]))
    # a bare surname joins the only Martin known in the same company
    assert len(corpus.list_entities(type="PER")["items"]) == 1
    new = corpus.split_entity("Jean Martin", ["Martin"], name="Martin (sprinteur)")
    assert new["n_articles"] == 1 and [a["id"] for a in new["articles"]] == ["a2"]
    assert corpus.get_entity("Jean Martin")["n_articles"] == 1
    corpus.relink()
    assert len(corpus.list_entities(type="PER")["items"]) == 2
    assert [a["id"] for a in corpus.get_entity("Jean Martin")["articles"]] == ["a1"]


# -- export contract ----------------------------------------------------------------------------------------
def test_export_rows_follow_the_contract(corpus):
    add(corpus, *_story_articles())
    corpus.add_article(make_article(
        "q1", "2023-10-13", "« Nous tiendrons », a déclaré Olaf Scholz.",
        entities=[("e1", "PER", "Olaf Scholz", ["Olaf Scholz"])], quotes=[("q1", "Nous tiendrons", "e1", "Olaf Scholz")]))
    ent = next(iter(corpus.export("entities")))
    assert set(ent) == {"id", "name", "type", "aliases", "mentions"}
    assert set(ent["mentions"][0]) == {"article", "entity"}
    story = next(iter(corpus.export("stories")))
    assert set(story) == {"id", "label", "articles", "start", "end"}
    quote = next(iter(corpus.export("quotes")))
    assert set(quote) == {"id", "article", "text", "kind", "speaker", "speaker_name", "speaker_text", "cue",
                         "sentence", "title", "url", "published", "published_source"}
    assert quote["speaker"] == corpus.find_entities("Olaf Scholz")[0]["id"]
    assert len(list(corpus.export("articles"))) == 5

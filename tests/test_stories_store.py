"""Stories in the library and the CLI: every report of an event together, pairs kept, decisions by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import SEEDS, SHARED
from tests.test_stories import EN_OTHER_OUTLET, EN_WIRE, FR_DAILY, FR_FOLLOW_UP

SAMPLES = Path(__file__).parents[1] / "sample_feeds"
DEVSET = SHARED / "devset" / "real"
STORIES = Path(__file__).parent / "stories"


def _write(folder: Path, name: str, lang: str, day: int, source: str, text: str, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        f"---\ntitle: {title}\nlang: {lang}\ndate: 2025-03-{day:02d}T10:00:00+01:00\nsource: {source}\n"
        f"url: https://{source.lower().replace(' ', '')}.example/{name}\n---\n\n{text}\n",
        encoding="utf-8",
    )
    return path


def _kestrelnet(folder: Path) -> dict[str, Path]:
    """One takedown told by a wire and a French daily, then by another outlet, and a later operation of the
    same agencies (a follow-up with its own figures)."""
    return {
        "wire": _write(folder, "a-wire-en.md", "en", 4, "Wire One", EN_WIRE, "Kestrelnet shut down"),
        "daily": _write(folder, "b-daily-fr.md", "fr", 4, "Le Quotidien", FR_DAILY, "Kestrelnet fermée"),
        "other": _write(
            folder, "c-other-en.md", "en", 4, "Other Post", EN_OTHER_OUTLET, "Kestrelnet goes dark"
        ),
        "follow": _write(folder, "d-follow-fr.md", "fr", 6, "Le Soir", FR_FOLLOW_UP, "Orvalnet fermée"),
    }


def _ids(cli) -> dict[str, int]:
    return {Path(r["url"]).name.split("-")[1]: r["id"] for r in cli.json("list")}


def test_another_outlets_report_joins_the_story_the_pair_stays_and_a_follow_up_stays_out(cli, tmp_path):
    _kestrelnet(tmp_path / "feeds")
    assert cli("import", str(tmp_path / "feeds"))[0] == 0
    ids = _ids(cli)
    (story,) = cli.json("stories")
    assert sorted(a["id"] for a in story["articles"]) == sorted([ids["wire"], ids["daily"], ids["other"]])
    assert story["pair"] == [ids["wire"], ids["daily"]]
    assert set(story) >= {"id", "title", "articles", "how", "quantities"}
    assert set(story["articles"][0]) == {"id", "lang", "source", "date"}
    cash = next(q for q in story["quantities"] if q["kind"] == "money")
    assert cash["disagree"] and cash["unit"] == "EUR"
    assert {int(i): f["value"] for i, f in cash["values"].items()} == {
        ids["wire"]: 145000,
        ids["daily"]: 145000,
        ids["other"]: 150000,
    }
    assert story["quantities"][0]["disagree"]  # disagreements first
    # pairs keeps its shape: the story's best pair, not the other outlet's
    assert [(p["en"], p["fr"]) for p in cli.json("pairs")] == [(ids["wire"], ids["daily"])]
    rows = {r["id"]: r["story_id"] for r in cli.json("list")}
    assert rows[ids["other"]] == rows[ids["wire"]] == story["id"] and rows[ids["follow"]] is None


def test_decisions_by_hand_win_and_survive_a_reimport(cli, tmp_path):
    files = _kestrelnet(tmp_path / "feeds")
    cli("import", str(tmp_path / "feeds"))
    ids = _ids(cli)
    assert cli("story", "split", str(ids["other"]))[0] == 0
    code, _, err = cli("story", "join", str(ids["follow"]), str(ids["wire"]))
    assert code == 0, err
    # the reports change (an updated edition): they are stored and placed again
    for path in files.values():
        path.write_text(path.read_text(encoding="utf-8") + "\nUpdated at noon.\n", encoding="utf-8")
    cli("import", str(tmp_path / "feeds"))
    (story,) = cli.json("stories")
    members = {a["id"] for a in story["articles"]}
    assert ids["follow"] in members and ids["wire"] in members and ids["other"] not in members
    assert story["how"] == "manual"
    assert cli("story", "join", "999", str(ids["wire"]))[0] != 0
    assert cli("story", "join", str(ids["wire"]))[0] != 0  # one article is no story


def test_stories_on_screen_are_one_row_each_with_their_counts(library, tmp_path):
    _kestrelnet(tmp_path / "feeds")
    library.import_paths([tmp_path / "feeds"])
    rows = library.rows(stories=True)
    assert library.count(stories=True) == len(rows) == 2  # the story, and the follow-up alone
    story_row = next(r for r in rows if r.story_id is not None)
    assert (story_row.story_en, story_row.story_fr, story_row.story_disagree) == (2, 1, True)
    assert library.count() == 4


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not beside the project")
def test_seeds_and_samples_the_four_matrix_reports_are_one_story_and_every_other_story_stays(tmp_path):
    from reader.store import Library

    with Library(tmp_path / "samples") as alone:
        alone.import_paths([SAMPLES])
        titles = {r.id: r.title for r in alone.rows()}
        sample_pairs = {(titles[p["en"]], titles[p["fr"]]) for p in alone.pairs()}
    with Library(tmp_path / "lib") as lib:
        lib.import_paths([SAMPLES])
        lib.import_paths([SEEDS])
        titles = {r.id: r.title for r in lib.rows()}
        stories = lib.stories()
        assert {(titles[p["en"]], titles[p["fr"]]) for p in lib.pairs()} == sample_pairs
    matrix = [s for s in stories if any("MATRIX" in titles[a["id"]] for a in s["articles"])]
    assert len(matrix) == 1 and len(matrix[0]["articles"]) == 4
    assert sorted(a["lang"] for a in matrix[0]["articles"]) == ["en", "en", "fr", "fr"]
    others = [s for s in stories if s is not matrix[0]]
    assert {(titles[s["pair"][0]], titles[s["pair"][1]]) for s in others} | {
        (titles[matrix[0]["pair"][0]], titles[matrix[0]["pair"][1]])
    } == sample_pairs
    assert all(len(s["articles"]) == 2 for s in others)


@pytest.mark.skipif(not DEVSET.is_dir(), reason="the real development set is not beside the project")
def test_real_reports_by_other_outlets_join_their_story_and_reports_of_other_events_join_none(tmp_path):
    """Eight reports by other outlets of six real-derived stories (later tolls, rounded amounts, a day
    later) and four reports of other events of the same families: pairs stay as they were, no two stories
    merge, no report of another event joins a story, and the other outlets' reports join their own story
    (two known misses: an updated toll sharing little else, a short report sharing one figure)."""
    from reader.store import Library

    answers = yaml.safe_load((STORIES / "answers.yaml").read_text(encoding="utf-8"))["files"]
    with Library(tmp_path / "lib") as lib:
        lib.import_paths([DEVSET])
        before = {(p["en"], p["fr"]) for p in lib.pairs()}
        lib.import_paths([STORIES])
        assert {(p["en"], p["fr"]) for p in lib.pairs()} == before
        name = {r.id: Path(lib.article(r.id)["origin"]).name for r in lib.rows()}
        stories = lib.stories()
    stem_of = {n: n.split("-")[0] for n in name.values() if not n.startswith("decoy-")}
    joined = set()
    for story in stories:
        members = [name[a["id"]] for a in story["articles"]]
        extra = {
            f"{answers[k]['story']}" for k in answers if Path(k).name in members and k.startswith("extra/")
        }
        devset = {stem_of[m] for m in members if not any(Path(k).name == m for k in answers)}
        assert len(devset) == 1, members  # no two stories merge
        assert extra <= devset, members  # an extra report joins only its own story
        assert not any(Path(k).name in members for k in answers if k.startswith("decoys/")), members
        assert not any(m.startswith("decoy-") for m in members), members
        joined |= {m for m in members if any(Path(k).name == m and k.startswith("extra/") for k in answers)}
    extras = {Path(k).name for k in answers if k.startswith("extra/")}
    assert len(joined) >= len(extras) - 2, sorted(extras - joined)


def test_a_pair_s_story_is_marked_when_its_two_versions_disagree_and_only_then(library, tmp_path):
    """A story of two versions shows the disagreement its figures table shows: a fine of 4.4 million
    against 5 millions in one story, the same fine and toll in the other (the mark is read from the
    comparison pairing made, so both must agree with the table)."""
    folder = tmp_path / "feeds"
    _write(
        folder,
        "fine-en.md",
        "en",
        10,
        "Wire One",
        "Regulators fined Corvalis Bank $4.4 million on Monday after 1,270 customers lost savings. "
        "Corvalis said 37 branches would close in Quebec.",
        "Corvalis Bank fined",
    )
    _write(
        folder,
        "fine-fr.md",
        "fr",
        10,
        "Le Quotidien",
        "Les régulateurs ont infligé lundi une amende de 5 millions de dollars à la banque Corvalis, "
        "après que 1 270 clients ont perdu leurs économies. Corvalis fermera 37 succursales au Québec.",
        "Amende pour Corvalis",
    )
    _write(
        folder,
        "flood-en.md",
        "en",
        12,
        "Wire One",
        "Floods in Vantara forced 3,412 residents from their homes; 118 schools stayed shut in Vantara.",
        "Vantara floods",
    )
    _write(folder, "flood-fr.md", "fr", 12, "Le Quotidien",
           "Les inondations à Vantara ont chassé 3 412 habitants de chez eux ; 118 écoles restent fermées.",
           "Inondations à Vantara")  # fmt: skip
    library.import_paths([folder])
    marks = {}
    for row in library.rows(stories=True):
        assert row.story_id is not None
        story = library.story(row.story_id)
        assert story is not None and len(story["articles"]) == 2
        table_disagrees = any(q["disagree"] for q in story["quantities"])
        assert row.story_disagree == table_disagrees
        marks[row.title.split()[0]] = row.story_disagree
    assert marks in ({"Corvalis": True, "Vantara": False}, {"Amende": True, "Inondations": False})


def test_a_report_closer_to_a_kept_pair_joins_its_story_rather_than_pairing_with_a_free_report(tmp_path):
    """Another outlet's report arriving after a related report of another event (free, in no pair): it
    scores higher with the story's French version, which keeps its own pair, and fits the story, so it
    joins that story; it is not paired with the free report of the other event."""
    from reader.store import Library

    paths = _kestrelnet(tmp_path / "feeds")
    with Library(tmp_path / "lib") as lib:
        lib.import_paths([paths["wire"], paths["daily"], paths["follow"]])
        lib.import_paths([paths["other"]])
        by_name = {Path(lib.article(r.id)["origin"]).name: r.id for r in lib.rows()}
        other, follow = by_name["c-other-en.md"], by_name["d-follow-fr.md"]
        assert lib.db.pair_of(other) is None and lib.db.pair_of(follow) is None
        story = lib.db.story_of(by_name["a-wire-en.md"])
        assert lib.db.story_of(other) == story and lib.db.story_of(follow) is None


_HARBOUR_EN = (
    "Arvel Brannock and Cyrine Delacourt met in Quillonby with Osric Venhall on the harbour plan. It costs "
    "$412.6 million, adds 3,847 berths and employs 1,283 workers."
)
_HARBOUR_FR = (
    "Arvel Brannock et Cyrine Delacourt ont rencontré Osric Venhall à Quillonby pour le plan du port. "
    "Tamsin Oakridge était présente."
)
_HARBOUR_OTHER_EN = "Arvel Brannock, Cyrine Delacourt and Osric Venhall signed the Quillonby harbour plan with Tamsin Oakridge."


def _pairs_by_name(lib) -> dict[str, str | None]:
    name = {r.id: Path(lib.article(r.id)["origin"]).name for r in lib.rows()}
    out: dict[str, str | None] = {}
    for article_id, n in name.items():
        pair = lib.db.pair_of(article_id)
        out[n] = None if pair is None else name[pair["fr"] if pair["en"] == article_id else pair["en"]]
    return out


def test_another_outlet_scoring_a_little_higher_does_not_take_a_version_from_its_partner(tmp_path):
    """Another outlet's report of the same day shares a name more with the French version than the English
    version does (about 1.1 times the pair's evidence): it is no better version, and breaking the pair would
    leave the English version alone. (A report closer in time than the partner takes the version with any
    more evidence unless it fits their story: in the real development set, the same day's French version of the
    Lytton record takes the English one from the next day's report of another record, which an import may pair
    first; see the next test for another outlet's report of the version's own day.)"""
    _, pairs, _ = _first_then_later(
        tmp_path,
        [
            ("a-first-en.md", "en", 4, "Wire One", _HARBOUR_EN, "Harbour plan"),
            ("b-first-fr.md", "fr", 4, "Le Quotidien", _HARBOUR_FR, "Plan du port"),
        ],
        [("c-other-en.md", "en", 4, "Other Post", _HARBOUR_OTHER_EN, "Harbour plan signed")],
    )
    assert pairs["a-first-en.md"] == "b-first-fr.md" and pairs["c-other-en.md"] is None


def test_another_outlets_report_of_the_versions_day_does_not_take_it_from_a_partner_a_day_off(tmp_path):
    """Construction: the English version on the 4th, its French version on the 5th, then another outlet's English
    report of the 5th sharing a name more with the French one. Being a day closer to the French version tells
    nothing when the pair is of one news cycle: the report joins their story and the pair stays."""
    _, pairs, stories = _first_then_later(
        tmp_path,
        [
            ("a-first-en.md", "en", 4, "Wire One", _PORT_EN, "Harbour plan"),
            ("b-first-fr.md", "fr", 5, "Le Quotidien", _PORT_FR_TAMSIN, "Plan du port"),
        ],
        [("c-other-en.md", "en", 5, "Other Post", _PORT_OTHER_EN, "Harbour plan signed")],
    )
    assert pairs["a-first-en.md"] == "b-first-fr.md" and pairs["c-other-en.md"] is None
    assert stories["c-other-en.md"] == stories["a-first-en.md"] is not None


def _first_then_later(
    tmp_path: Path, first: list[tuple], later: list[tuple]
) -> tuple[dict[str, str | None], dict[str, str | None], dict[str, int | None]]:
    """Import the reports ``first`` (``_write``'s arguments after the folder), then ``later`` in a second
    import: the pairs by file name after the first import and after the second, and each file's story after
    both."""
    from reader.store import Library

    feeds = tmp_path / "feeds"
    for report in first:
        _write(feeds / "first", *report)
    for report in later:
        _write(feeds / "later", *report)
    with Library(tmp_path / "lib") as lib:
        lib.import_paths([feeds / "first"])
        before = _pairs_by_name(lib)
        lib.import_paths([feeds / "later"])
        pairs = _pairs_by_name(lib)
        stories = {Path(lib.article(r.id)["origin"]).name: lib.db.story_of(r.id) for r in lib.rows()}
    return before, pairs, stories


def _weak_pair_then_its_version(
    tmp_path: Path, english: tuple, other_event: tuple, version: tuple
) -> tuple[dict[str, str | None], dict[str, str | None], dict[str, int | None]]:
    """Import an English report with a French report of another event, then the French version of the
    English report (see :func:`_first_then_later`)."""
    return _first_then_later(tmp_path, [english, other_event], [version])


_PORT_EN = (
    "Arvel Brannock met harbour officials in Quillonby on Tuesday. The plan costs $412.6 million, adds 3,847 "
    "berths and employs 1,283 workers, the port authority said."
)
_MUSEUM_FR = (
    "Arvel Brannock a inauguré mardi à Quillonby le nouveau musée de la marine, en présence du maire."
)
_PORT_FR = (
    "À Quillonby, Arvel Brannock a présenté mardi le plan du port : 412,6 millions de dollars, 3 847 places "
    "et 1 283 employés, selon l'autorité portuaire."
)


_PORT_FR_TAMSIN = _PORT_FR + " Tamsin Oakridge, de Harlowe Marine, était présente."
_PORT_OTHER_EN = (
    "Arvel Brannock presented the Quillonby harbour plan with Tamsin Oakridge of Harlowe Marine: $412.6 million"
    " for 3,847 berths and 1,283 workers."
)


def test_a_weak_pair_gives_its_version_to_a_report_with_far_more_evidence_even_one_that_fits_their_story(
    tmp_path,
):
    """Construction: a report of another event the same day (a museum opening by the same man, in the same
    town) pairs first on two shared names; the real French version then arrives with all the figures, more
    than 2.5 times that evidence. Though it fits the weak pair's story, it takes the English version, and the
    report of the other event, which fits no story, is left alone."""
    first, pairs, stories = _weak_pair_then_its_version(
        tmp_path,
        ("a-port-en.md", "en", 4, "Wire One", _PORT_EN, "Quillonby harbour plan"),
        ("b-museum-fr.md", "fr", 4, "Le Quotidien", _MUSEUM_FR, "Un musée à Quillonby"),
        ("c-port-fr.md", "fr", 4, "Le Soir", _PORT_FR, "Le plan du port de Quillonby"),
    )
    assert first["a-port-en.md"] == "b-museum-fr.md"  # the weak pair the test starts from
    assert pairs["a-port-en.md"] == "c-port-fr.md" and pairs["b-museum-fr.md"] is None
    assert stories["b-museum-fr.md"] is None


_CRASH_EN = (
    "At least 37 people died and 39 were injured when two buses collided near Varrowfield on Sunday, police "
    "colonel Edric Stallworth said. The buses were heading to the Quellmoor carnival."
)
_SECOND_CRASH_FR = (
    "Une collision entre un bus et une camionnette a fait huit morts mardi près de Quellmoor, deux jours après "
    "l'accident qui avait fait 37 morts près de Varrowfield."
)
_CRASH_FR = (
    "Au moins 37 personnes sont mortes et 39 ont été blessées dimanche dans la collision de deux bus près de "
    "Varrowfield, a indiqué le colonel Edric Stallworth. Les bus se rendaient au carnaval de Quellmoor."
)


def test_a_report_of_another_event_holding_a_version_gives_it_up_and_leaves_the_story(tmp_path):
    """Construction: the next crash on the same road, reported two days later with the first crash's toll
    recalled, pairs first with the English report of the first crash; the French version of that crash then
    comes with about twice that evidence (not the 2.5 times that takes a version from any weak pair). The
    report of the other crash shares less with the French version than the French version shares with the
    English one, so it is no other report of the story: the version goes to the French report of the crash,
    and the other crash's report, though it recalls the toll, does not stay in the story."""
    first, pairs, stories = _weak_pair_then_its_version(
        tmp_path,
        ("a-crash-en.md", "en", 2, "Wire One", _CRASH_EN, "Bus crash near Varrowfield"),
        ("b-second-fr.md", "fr", 4, "Le Quotidien", _SECOND_CRASH_FR, "Nouvelle collision"),
        ("c-crash-fr.md", "fr", 2, "Le Soir", _CRASH_FR, "Collision de bus près de Varrowfield"),
    )
    assert first["a-crash-en.md"] == "b-second-fr.md"  # the weak pair the test starts from
    assert pairs["a-crash-en.md"] == "c-crash-fr.md" and pairs["b-second-fr.md"] is None
    assert stories["b-second-fr.md"] != stories["a-crash-en.md"]


_FINE_EN = "The Data Protection Commission of Tallowmere fined the group Brindlecorp €1.2 billion on Monday over transfers of European users' data to Kessport."
_FINE_FR = "Le régulateur de Tallowmere a infligé lundi une amende de 1,2 milliard d'euros au groupe Brindlecorp, a annoncé la commissaire Odile Farrant. Les données de 87,4 millions d'utilisateurs ont été copiées sur 3 847 serveurs, précise Odile Farrant."
_FINE_OTHER_EN = "The Data Protection Commission of Tallowmere fined the group Brindlecorp a record $1.3 billion on Monday, commissioner Odile Farrant said. The data of 87.4 million users was copied to 3,847 servers, the commission said."


def test_a_report_that_takes_a_version_from_a_weak_pair_leaves_the_partner_in_the_story_when_they_share_much(
    tmp_path,
):
    """Construction: two English outlets and one French report of one fine. The short English report pairs
    first, weakly, with the French one; the other outlet's English report then shares twice as much with the
    French report (the commissioner's name, the users and the servers), but also much with the short report
    (the commission's name, the amount in another currency): more than a firm pair shares. The short report
    is another report of the story, not one of another event: all three stay one story."""
    first, pairs, stories = _weak_pair_then_its_version(
        tmp_path,
        ("a-fine-en.md", "en", 4, "Wire One", _FINE_EN, "Brindlecorp fined"),
        ("b-fine-fr.md", "fr", 4, "Le Quotidien", _FINE_FR, "Amende record pour Brindlecorp"),
        ("c-fine-en.md", "en", 4, "Other Post", _FINE_OTHER_EN, "Brindlecorp hit with record fine"),
    )
    assert first["a-fine-en.md"] == "b-fine-fr.md"  # the weak pair the test starts from
    assert stories["a-fine-en.md"] is not None
    assert stories["a-fine-en.md"] == stories["b-fine-fr.md"] == stories["c-fine-en.md"]


def test_a_later_report_of_a_story_joins_it_within_two_weeks_and_not_after(cli, tmp_path):
    """Another outlet's report ten days after the pair (past the week pairing looks within) joins the story;
    the same report five weeks on is left alone: coverage goes on for days, not for months."""
    feeds = tmp_path / "feeds"
    kestrel = _kestrelnet(feeds)
    kestrel["follow"].unlink()
    kestrel["other"].unlink()
    _write(feeds, "e-later-en.md", "en", 14, "Other Post", EN_OTHER_OUTLET, "Kestrelnet goes dark")
    far = tmp_path / "far"
    _write(far, "f-month-en.md", "en", 14, "Month Post", EN_OTHER_OUTLET, "Kestrelnet, a month on")
    text = (far / "f-month-en.md").read_text(encoding="utf-8").replace("2025-03-14", "2025-04-10")
    (far / "f-month-en.md").write_text(text, encoding="utf-8")
    assert cli("import", str(feeds))[0] == 0
    assert cli("import", str(far))[0] == 0
    ids = _ids(cli)
    (story,) = cli.json("stories")
    assert sorted(a["id"] for a in story["articles"]) == sorted([ids["wire"], ids["daily"], ids["later"]])
    assert story["pair"] == [ids["wire"], ids["daily"]]


def test_the_later_look_for_a_story_waits_for_the_end_of_the_import(tmp_path):
    """A report imported before its partner (the English wire, then the French daily, in one import) pairs
    and never needs the two-week look; a report still alone when the import ends is looked at then, and
    only then (the library keeps nothing to look at afterwards)."""
    from reader.store import Library

    feeds = tmp_path / "feeds"
    kestrel = _kestrelnet(feeds)
    kestrel["follow"].unlink()
    kestrel["other"].unlink()
    _write(feeds, "e-later-en.md", "en", 14, "Other Post", EN_OTHER_OUTLET, "Kestrelnet goes dark")
    lib = Library(tmp_path / "lib")
    try:
        list(lib.import_paths([feeds]))
        assert lib._stories.later == {}
        rows = {Path(r.url).name: r.id for r in lib.rows()}
        story = lib.db.story_of(rows["a-wire-en.md"])
        assert story is not None and lib.db.story_of(rows["e-later-en.md"]) == story
    finally:
        lib.close()


def test_a_report_sharing_most_with_the_version_in_its_own_language_joins_the_story(cli, tmp_path):
    """Another outlet's later report that repeats what only the English version gave (the wallets and cards
    frozen, the prosecutor's name) shares much with that version and little with the French one: the story
    is found through the candidates of its own language too, and the fit with the whole story decides."""
    feeds = tmp_path / "feeds"
    wire = (
        EN_WIRE.replace(" Europol said.", "")
        + " Officers also took 17,350 bitcoin wallets offline and froze 1,284 bank cards, Europol's Jan"
        " Vermeer said."
    )
    _write(feeds, "a-wire-en.md", "en", 4, "Wire One", wire, "Kestrelnet shut down")
    _write(feeds, "b-daily-fr.md", "fr", 4, "Le Quotidien", FR_DAILY, "Kestrelnet fermée")
    later = (
        "Dutch prosecutor Jan Vermeer said on Friday that 17,350 bitcoin wallets and 1,284 bank cards were"
        " frozen after the Kestrelnet raid, and that 131 suspects had since been questioned."
    )
    _write(feeds, "c-later-en.md", "en", 7, "Other Post", later, "Kestrelnet wallets frozen")
    assert cli("import", str(feeds))[0] == 0
    ids = _ids(cli)
    (story,) = cli.json("stories")
    assert sorted(a["id"] for a in story["articles"]) == sorted([ids["wire"], ids["daily"], ids["later"]])
    assert story["pair"] == [ids["wire"], ids["daily"]]


def test_two_versions_twelve_days_apart_pair_and_five_weeks_apart_do_not(cli, tmp_path):
    """Construction: an election's provisional results in one language and its final results in the other,
    published twelve days apart with most figures in common: the two versions pair (pairing looks 30 days
    around a report). The same French version five weeks on pairs with nothing."""
    feeds = tmp_path / "feeds"
    _write(feeds, "a-wire-en.md", "en", 4, "Wire One", EN_WIRE, "Kestrelnet shut down")
    _write(feeds, "b-daily-fr.md", "fr", 16, "Le Quotidien", FR_DAILY, "Kestrelnet fermée")
    assert cli("import", str(feeds))[0] == 0
    ids = _ids(cli)
    assert [(p["en"], p["fr"]) for p in cli.json("pairs")] == [(ids["wire"], ids["daily"])]

    late = tmp_path / "late"
    _write(late, "a-wire-en.md", "en", 4, "Wire One", EN_WIRE, "Kestrelnet shut down")
    path = _write(late, "b-daily-fr.md", "fr", 4, "Le Quotidien", FR_DAILY, "Kestrelnet fermée")
    path.write_text(path.read_text(encoding="utf-8").replace("2025-03-04", "2025-04-08"), encoding="utf-8")
    assert cli("--data-dir", str(tmp_path / "late-lib"), "import", str(late))[0] == 0
    assert cli.json("--data-dir", str(tmp_path / "late-lib"), "pairs") == []


_WAGE_EN = (
    "The Halvermoor minimum wage will rise by 1.13 percent on January 1 to €11.65 an hour, the labour ministry of "
    "Tessaly said, or €1,766.92 a month for a full-time worker, up from €11.52."
)
_WAGE_FR = (
    "Le salaire minimum de Halvermoor augmentera de 1,13 % au 1er janvier, à 11,65 euros de l'heure, soit "
    "1766,92 euros par mois à temps plein, contre 11,52 euros, a indiqué le ministère du travail de Tessaly."
)
_HEIRS_EN = "The two children of the late singer Marco Vellani, Lisa and Tom, went to court in Velmont against his widow."
_HEIRS_FR = "Les deux enfants du chanteur Marco Vellani, Lisa et Tom, contestent le testament à Velmont."


def test_versions_two_to_four_weeks_apart_pair_on_specific_figures_only(cli, tmp_path):
    """Construction: a minimum wage's new rates told seventeen days apart (a decree, then the round-up of the
    year's changes on January 1): the exact amounts and rate shared pair them, past the two weeks pairing
    looked within before. Two reports eighteen days apart sharing names and a round figure ("two children")
    are the same people's next event: no pair."""
    feeds = tmp_path / "feeds"
    _write(feeds, "a-roundup-en.md", "en", 21, "Wire One", _WAGE_EN, "Halvermoor's minimum wage rises")
    _write(feeds, "b-decree-fr.md", "fr", 4, "Le Quotidien", _WAGE_FR, "Le salaire minimum augmente")
    assert cli("import", str(feeds))[0] == 0
    ids = _ids(cli)
    assert [(p["en"], p["fr"]) for p in cli.json("pairs")] == [(ids["roundup"], ids["decree"])]

    heirs = tmp_path / "heirs"
    _write(heirs, "a-heirs-en.md", "en", 22, "Wire One", _HEIRS_EN, "Vellani heirs in court")
    _write(heirs, "b-heirs-fr.md", "fr", 4, "Le Quotidien", _HEIRS_FR, "Les héritiers Vellani")
    assert cli("--data-dir", str(tmp_path / "heirs-lib"), "import", str(heirs))[0] == 0
    assert cli.json("--data-dir", str(tmp_path / "heirs-lib"), "pairs") == []


_AUCTION_EN = (
    "A painting by Odile Varenne sold for €4.2 million on Thursday, auctioneer Hal Dorrow said at the Kelworth "
    "rooms, where 1,385 lots fetched €96.7 million in total."
)
_AUCTION_FR = (
    "Le tableau d'Odile Varenne a été adjugé jeudi à Brackmoor pour 4,2 millions d'euros. L'acheteur, un "
    "collectionneur de Tarvis, a enchéri pendant 17 minutes contre 6 rivaux."
)
_AUCTION_OTHER_EN = (
    "A painting by Odile Varenne went for €4.2 million in Brackmoor on Thursday, auctioneer Hal Dorrow said at "
    "the Kelworth rooms. The buyer, a collector from Tarvis, bid for 17 minutes against six rivals."
)


def test_another_outlets_report_that_shares_much_with_a_weak_pairs_version_joins_and_leaves_the_pair(
    tmp_path,
):
    """Construction: a short English report, with figures of its own (the whole sale's lots and total), pairs
    weakly with the French report of one painting's sale; another English outlet's report of that sale, the
    same day, shares more with the French report (the buyer, the minutes, the rivals), but also shares with
    the short report (the auctioneer, the rooms) as much as a firm pair does. It is another report of the
    story, not a better version: the pair stays, and all three are one story (the short report is not left
    alone)."""
    first, pairs, stories = _weak_pair_then_its_version(
        tmp_path,
        ("a-sale-en.md", "en", 4, "Wire One", _AUCTION_EN, "Varenne painting sold"),
        ("b-sale-fr.md", "fr", 4, "Le Quotidien", _AUCTION_FR, "Un Varenne adjugé à Brackmoor"),
        ("c-sale-en.md", "en", 4, "Other Post", _AUCTION_OTHER_EN, "Varenne work fetches €4.2m"),
    )
    assert first["a-sale-en.md"] == "b-sale-fr.md"
    assert pairs["a-sale-en.md"] == "b-sale-fr.md" and pairs["c-sale-en.md"] is None
    assert stories["a-sale-en.md"] is not None
    assert stories["a-sale-en.md"] == stories["b-sale-fr.md"] == stories["c-sale-en.md"]


_LOCKOUT_EN = (
    "Norvane Rail and Castello Freight locked out 8,400 workers on Thursday after talks failed, halting about "
    "$1.2 billion in goods a day. Minister Elodie Marchetti urged both sides to return to the table."
)
_LOCKOUT_FR_SAME_DAY = (
    "Norvane Rail et Castello Freight ont mis en lock-out 8 400 employés jeudi, faute d'accord ; le rail "
    "transporte 1,2 milliard $ de marchandises par jour. La ministre Elodie Marchetti a appelé les parties à "
    "négocier."
)
_LOCKOUT_FR_DAYS_LATER = (
    "Norvane Rail et Castello Freight avaient mis en lock-out près de 8.400 salariés jeudi. Dimanche, la "
    "ministre Elodie Marchetti a imposé un arbitrage, et 5.100 employés de Norvane Rail ont repris le travail."
)


def _version_moves_and_its_first_partner_stays(
    tmp_path: Path, english: tuple, first: tuple, version: tuple
) -> None:
    """Import ``english`` with ``first`` (``_write``'s arguments after the folder), then ``version``: the two
    pair first, ``version`` then takes the English report, and ``first`` stays in their story."""
    en, first_fr, new_fr = english[0], first[0], version[0]
    before, pairs, stories = _weak_pair_then_its_version(tmp_path, english, first, version)
    assert before[en] == first_fr
    assert pairs[en] == new_fr and pairs[first_fr] is None
    assert stories[en] is not None
    assert stories[first_fr] == stories[new_fr] == stories[en]


def test_the_same_days_version_takes_the_pair_from_a_later_report_that_stays_in_the_story(tmp_path):
    """Construction: a French report of the dispute three days on (the return to work) is imported first
    and pairs with the English report; the French report of the same day then arrives, with more evidence
    in common. Closer in time and stronger, it takes the English version; the later report, which fits
    their story, stays in it as another report."""
    english = ("a-wire-en.md", "en", 4, "Wire One", _LOCKOUT_EN, "Rail lockout")
    later = ("b-later-fr.md", "fr", 7, "Le Soir", _LOCKOUT_FR_DAYS_LATER, "Retour au travail")
    version = ("c-daily-fr.md", "fr", 4, "Le Quotidien", _LOCKOUT_FR_SAME_DAY, "Lock-out du rail")
    _version_moves_and_its_first_partner_stays(tmp_path, english, later, version)


_DEAL_EN = (
    "Crestline, the exchange founded by Velmar Osk, agreed to pay $4.3 billion to settle charges, the Justice "
    "Department said on Tuesday in Seattle. Velmar Osk will pay $50 million himself and step down; Orrin Taleck "
    "becomes chief executive."
)
_DEAL_PARTS_FR = (
    "La plateforme Crestline, fondée par Velmar Osk, va payer 4,3 milliards de dollars, dont 1,8 milliard "
    "d'amende pénale et 2,5 milliards de confiscation, a indiqué la Justice. Velmar Osk versera 50 millions de "
    "dollars. Orrin Taleck lui succède."
)
_DEAL_SAME_DAY_FR = (
    "Velmar Osk quitte la direction de Crestline, qui paiera plus de 4 milliards de dollars après un accord "
    "avec la Justice à Seattle, selon l'agence. Orrin Taleck prend la tête de la plateforme de Velmar Osk."
)


def test_a_version_that_loses_its_pair_to_a_closer_report_stays_in_their_story(tmp_path):
    """Construction: the French report of the day before, giving the settlement's parts ("dont 1,8 milliard
    d'amende pénale et 2,5 milliards de confiscation"), pairs first with the English report; the same day's
    French report then takes the English version. The first French report shares plenty of evidence with
    both (names, amounts) though few of its figures are the story's (the parts): it stays in the story as
    another report instead of being left alone."""
    english = ("a-deal-en.md", "en", 22, "Wire One", _DEAL_EN, "Crestline founder pleads guilty")
    parts = ("b-deal-fr.md", "fr", 21, "Le Quotidien", _DEAL_PARTS_FR, "Crestline paiera 4,3 milliards")
    same_day = ("c-deal-fr.md", "fr", 22, "Le Soir", _DEAL_SAME_DAY_FR, "Velmar Osk quitte Crestline")
    _version_moves_and_its_first_partner_stays(tmp_path, english, parts, same_day)


_SPILL_EN = (
    "The tanker Halvard Crest sank off Merrow Point on Tuesday, and its oil has reached the coast of "
    "Pellany province. Officials in Merrow said 17,000 fishermen cannot go out to sea, and about 4,000 "
    "residents have been moved."
)
_SPILL_FR = (
    "Le pétrolier Halvard Crest a coulé mardi au large de Merrow Point et sa nappe atteint les côtes de la "
    "province de Pellany. Selon les autorités de Merrow, 17 000 pêcheurs ne peuvent plus sortir en mer."
)
_SPILL_OTHER_EN = (
    "More than 14,000 fishermen in Pellany province are idle since the Halvard Crest sank off Merrow Point, "
    "officials in Merrow said on Tuesday, and some 30 boats help clean the coast."
)


def test_a_reports_fit_with_a_story_does_not_hang_on_the_order_of_its_versions(tmp_path):
    """Construction: one value in both versions with two nouns ("17,000 fishermen", "17 000 pêcheurs"),
    and another outlet's round floor of it in English ("More than 14,000 fishermen"): the story's figures
    keep the closest version's reading of the value, so the report finds it whichever version was stored
    first."""
    from reader.store import Library

    folder = tmp_path / "feeds"
    paths = [
        _write(folder, "a-spill-en.md", "en", 4, "Coast Wire", _SPILL_EN, "Tanker oil reaches Pellany"),
        _write(folder, "b-spill-fr.md", "fr", 4, "Le Littoral", _SPILL_FR, "Marée noire à Pellany"),
        _write(folder, "c-spill-en.md", "en", 4, "Bay Times", _SPILL_OTHER_EN, "Fishermen idle"),
    ]
    with Library(tmp_path / "lib") as lib:
        lib.import_paths(paths)
        by_name = {Path(lib.article(r.id)["origin"]).name: r.id for r in lib.rows()}
        en, fr, other = by_name["a-spill-en.md"], by_name["b-spill-fr.md"], by_name["c-spill-en.md"]
        one, two = lib._stories.fit(other, [en, fr]), lib._stories.fit(other, [fr, en])
        assert (one.matched, one.broad_matched) == (two.matched, two.broad_matched)
        assert one.matched + one.broad_matched >= 1


_HEAT_EN = (
    "Thornwick recorded 41.7C on Tuesday, the highest temperature ever measured in Calmerre, the Calmerre Met "
    "Office said. The previous record of 39.4C had stood since 2006, and forecaster Iselde Marrow said 34 "
    "stations beat their own records."
)
_HEAT_FR = (
    "Le thermomètre a atteint 41,7 °C mardi à Thornwick, un record absolu pour le Calmerre, selon le Met "
    "Office. L'ancien record de 39,4 °C datait de 2006 ; selon la prévisionniste Iselde Marrow, 34 stations "
    "ont battu leur record."
)
_FIRES_LATER_FR = (
    "Cinq jours après les 41,7 °C relevés à Thornwick, les pompiers du Calmerre ont combattu 1 146 départs de "
    "feu en une journée, selon la prévisionniste Iselde Marrow. Les flammes ont détruit 41 "
    "maisons, 2 380 hectares ont brûlé, 318 pompiers ont été mobilisés et 16 personnes ont été évacuées."
)


def test_a_later_report_of_the_family_that_loses_its_pair_leaves_the_story(tmp_path):
    """Construction: a report of the fires five days after a heat record, which recalls the record and its
    names, pairs first with the English report of the record; the same day's French report then takes the
    English version. The later report shares one of the story's figures and gives five of its own (fires,
    homes, hectares, firefighters, evacuees): another event of the family, it does not stay in the story."""
    english = ("a-heat-en.md", "en", 19, "Wire One", _HEAT_EN, "Calmerre records 41.7C")
    later = ("b-fires-fr.md", "fr", 24, "Le Soir", _FIRES_LATER_FR, "Incendies au Calmerre")
    version = ("c-heat-fr.md", "fr", 19, "Le Quotidien", _HEAT_FR, "Record de chaleur au Calmerre")
    before, pairs, stories = _weak_pair_then_its_version(tmp_path, english, later, version)
    assert before["a-heat-en.md"] == "b-fires-fr.md"  # the pair the test starts from
    assert pairs["a-heat-en.md"] == "c-heat-fr.md" and pairs["b-fires-fr.md"] is None
    assert stories["b-fires-fr.md"] != stories["a-heat-en.md"]

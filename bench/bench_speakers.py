"""Speaker identity on real news: junk rows, split people, two-people rows, speaker accuracy.

Ingests PolNeAR-train (../shared/data/polnear-train.jsonl, read in place, never copied) into a
fresh database through the real ingest path, matches every stored quotation to the gold quotes
by span (the scorer's rule: pieces cut at line breaks, overlap/union >= 0.8, one to one) and
prints:

* junk rows: speaker rows none of whose quotations is matched to a gold quote whose speaker
  matches the row's name (the scorer's name rule), as a share of all speaker rows;
* split people: gold speakers whose matched quotations sit in more than one row that carries
  their name, as a share of gold speakers with a matched quotation;
* two-people rows: rows holding quotations that the gold gives, by name in the text, to two
  different people of the same family name ("Bill Clinton" and "Hillary Clinton");
* speaker accuracy: matched quotations with a gold speaker whose row matches it (a quotation
  with no speaker row counts as wrong).

    .venv/bin/python bench/bench_speakers.py                  # SQLite in /tmp, fresh
    .venv/bin/python bench/bench_speakers.py --db postgres://postgres@127.0.0.1:5432/bench_h12
    .venv/bin/python bench/bench_speakers.py --limit 200 --examples 10
    .venv/bin/python bench/bench_speakers.py --publishers "USA Today,Washington Post"
"""

from __future__ import annotations

import argparse
import bisect
import collections
import difflib
import importlib.util
import json
import os
import re
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def gold_offsets(stored: str, gold: str):
    """Offsets in the stored text -> offsets in the gold's. The stored text is the gold's
    stripped (a shift), or repaired where ingest repairs it (mojibake: `encodings.
    repair_mojibake`), aligned by difflib; None when too little of it is the gold's."""
    shift = gold.find(stored)
    if shift >= 0:
        return lambda offset: offset + shift
    blocks = difflib.SequenceMatcher(None, stored, gold, autojunk=False).get_matching_blocks()
    if sum(b.size for b in blocks) < 0.95 * len(stored):
        return None
    starts = [b.a for b in blocks]

    def to_gold(offset: int) -> int:
        block = blocks[max(0, bisect.bisect_right(starts, offset) - 1)]
        return block.b + min(offset - block.a, block.size)

    return to_gold


def mended_gold_name(speaker: str, mention: str) -> str:
    """The gold's speaker name where its annotation cut it at a letter whose encoding is
    broken ("Marc TrÃ", whose mention reads "Marc TrÃ©vidic"), completed from its mention
    as ingest repairs it ("Marc Trévidic"); any other name as it is. Both are already read
    through `normalise_text`."""
    from tracker.identity.gate import is_broken_name

    if not is_broken_name(speaker, "", ""):
        return speaker
    head = speaker[: re.search("[ÃÂ]", speaker).start()]
    at = mention.find(head) if head.strip() else -1
    if at < 0:
        return speaker
    end = at + len(head)
    while end < len(mention) and (mention[end].isalpha() or mention[end] in "-'’"):
        end += 1
    return mention[at:end]


def unaccented(name: str) -> str:
    """ "Calderón" -> "Calderon": the letters without their combining marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("polnear_score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fresh_database(url: str) -> None:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    import psycopg

    base, _, name = url.rpartition("/")
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Strict: one family and one given name ("Hillary Rodham Clinton", "Hillary Clinton"),
    one full name inside the other ("FBI Director James Comey", "James Comey"), or the given
    name of one before the family name in the other (a gold name with its title: "Secretary
    of State Hillary Clinton", "Hillary Rodham Clinton")."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    return a[0] == b[0] or contains(a, b) or contains(b, a) or a[0] in b[:-1] or b[0] in a[:-1]


def different_people(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one family whose given names cannot be the same person's. A family
    name with its particle ("dos Santos", "de Blasio") is a bare name, not a full one."""
    from tracker.identity.names import PARTICLES

    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or min(len(a[0]), len(b[0])) < 2:
        return False
    if a[0] in PARTICLES or b[0] in PARTICLES:
        return False
    return not same_person(a, b)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite:////tmp/bench_speakers.sqlite3")
    parser.add_argument("--shared", default=str(SHARED), help="the shared data folder")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument(
        "--publishers",
        default="",
        help="only these publishers' articles, comma-separated (a held-out half: the store "
        "then holds only them)",
    )
    parser.add_argument("--examples", type=int, default=0, help="show N rows of each problem")
    parser.add_argument("--reuse", action="store_true", help="score the database as it is")
    parser.add_argument(
        "--mend",
        action="store_true",
        help="after the ingest, run the mend (`manage.py reprocess --speakers`) before scoring",
    )
    args = parser.parse_args(argv)

    if not args.reuse:
        fresh_database(args.db)
    os.environ["DATABASE_URL"] = args.db
    os.environ.setdefault("DEBUG", "True")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "tracker.settings"
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    from tracker.models import Quotation, Speaker
    from tracker.services.articles import ArticleInput, normalise_text
    from tracker.services.ingest import ingest_article

    score = load_scorer(Path(args.shared))
    call_command("migrate", verbosity=0)

    data = Path(args.shared) / "data" / "polnear-train.jsonl"
    articles = [json.loads(line) for line in data.read_text("utf-8").splitlines()]
    if args.publishers:
        wanted = {p.strip().lower() for p in args.publishers.split(",") if p.strip()}
        articles = [a for a in articles if (a.get("publisher") or "").lower() in wanted]
    if args.limit:
        articles = articles[: args.limit]
    started = time.perf_counter()
    sources = {}
    for article in articles if not args.reuse else ():
        outcome = ingest_article(
            ArticleInput(
                text=article["text"],
                title=article.get("title") or "",
                outlet=article.get("publisher") or "",
                date=article.get("date"),
                origin=article["id"],
            )
        )
        if outcome.source is not None:
            sources[article["id"]] = outcome.source
    seconds = time.perf_counter() - started
    if args.mend:
        from tracker.models import Source
        from tracker.services.reprocess import reprocess_speakers

        mend_started = time.perf_counter()
        mended = reprocess_speakers(Source.objects.order_by("pk").iterator(chunk_size=100))
        took = time.perf_counter() - mend_started
        print(f"mend                  {took:.0f} s: {mended.summary()}")
    if args.reuse:
        from tracker.models import Source

        by_origin = {s.origin: s for s in Source.objects.all()}
        sources = {a["id"]: by_origin[a["id"]] for a in articles if a["id"] in by_origin}

    names = dict(Speaker.objects.values_list("pk", "name"))
    by_source = collections.defaultdict(list)
    fields = ("id", "source_id", "start", "end", "speaker_id", "speaker_description")
    for row in Quotation.objects.values(*fields):
        by_source[row["source_id"]].append(row)

    matched = []  # (gold speaker, gold mention, speaker id or None)
    described = []  # (gold speaker, description) of matched quotations with no row
    family_bound = []  # (gold speaker, speaker id) of quotations rule one_of_the_family bound
    unmatched_rows: set[int] = set()
    skipped = 0
    for article in articles:
        source = sources.get(article["id"])
        if source is None:
            continue
        text = article["text"]
        to_gold = gold_offsets(source.text, text)
        if to_gold is None:
            skipped += 1
            continue
        gold = []
        for q in article.get("quotes") or []:
            for s, e in score.pieces(text, q["start"], q["end"]):
                # The gold's names carry its text's mojibake ("Enrique PeÃ±a Nieto"): read
                # them as ingest reads the text.
                mention = normalise_text(q.get("speaker_mention") or "")
                speaker = normalise_text(q["speaker"]) if q.get("speaker") else None
                if speaker:
                    speaker = mended_gold_name(speaker, mention)
                gold.append((s, e, speaker, mention))
        pred = []
        for row in by_source[source.pk]:
            for s, e in score.pieces(text, to_gold(row["start"]), to_gold(row["end"])):
                bound = bool(row["speaker_id"] and row["speaker_description"])
                pred.append((s, e, row["speaker_id"], bound, row["speaker_description"]))
        for i, j, _ in score.match(gold, pred, 0.8):
            matched.append((gold[i][2], gold[i][3], pred[j][2]))
            if not pred[j][2] and pred[j][4] and gold[i][2]:
                described.append((gold[i][2], pred[j][4]))
            if pred[j][3]:
                family_bound.append((gold[i][2], pred[j][2]))

    def same_speaker(gold_name: str, name: str) -> bool:
        """The scorer's test, with letters compared without their accents: one person is
        "Felipe Calderon" in one outlet and "Felipe Calderón" in another, and one row
        holds both."""
        return score.same_speaker(unaccented(gold_name), unaccented(name))

    # Quotation-level speaker accuracy.
    with_gold = [(g, m, pk) for g, m, pk in matched if g]
    correct = sum(1 for g, _, pk in with_gold if pk and same_speaker(g, names[pk]))
    accuracy = correct / len(with_gold) if with_gold else 0.0

    # Junk rows: rows holding quotations the gold attributes, none of them to the row's name.
    scored_rows = {pk for _, _, pk in with_gold if pk}
    good_rows = {pk for g, _, pk in with_gold if pk and same_speaker(g, names[pk])}
    junk = sorted(scored_rows - good_rows)
    never_matched = len(set(names) - scored_rows)

    # Split people: one gold person (a full name) over several rows carrying that name.
    rows_of = collections.defaultdict(set)
    people = set()
    for g, _, pk in with_gold:
        gold_name = score.norm_name(g)
        if len(gold_name) >= 2:
            person = (gold_name[0], gold_name[-1])  # "James B. Comey" is "James Comey"
            people.add(person)
            if pk and same_person(gold_name, score.norm_name(names[pk])):
                rows_of[person].add(pk)
    split = sorted(p for p, rows in rows_of.items() if len(rows) > 1)

    # Two people of one family in a row (only quotations whose gold mention names the person).
    named_in_row = collections.defaultdict(set)
    for g, mention, pk in with_gold:
        gold_name = score.norm_name(g)
        if pk and gold_name and gold_name[-1] in score.norm_name(mention):
            named_in_row[pk].add(gold_name)
    two_people = sorted(
        pk
        for pk, golds in named_in_row.items()
        if any(different_people(a, b) for a in golds for b in golds if a < b)
    )

    unmatched_rows.update(junk)
    print(f"articles ingested     {len(sources)} of {len(articles)} in {seconds:.0f} s")
    print(f"quotations stored     {sum(len(v) for v in by_source.values())}")
    print(f"matched to gold       {len(matched)} ({len(with_gold)} with a gold speaker)")
    print(f"speaker rows          {len(names)}")
    print(
        f"junk rows             {len(junk) / max(len(scored_rows), 1):.1%} "
        f"({len(junk)} of {len(scored_rows)} rows with a gold-attributed quotation; "
        f"{never_matched} rows have none)"
    )
    print(f"split people          {len(split) / len(people):.1%} ({len(split)} of {len(people)})")
    print(f"two-people rows       {len(two_people)}")
    print(f"speaker accuracy      {accuracy:.3f} ({correct} of {len(with_gold)})")
    # Unnamed sources keep their description, no row ("a New Hampshire Democrat"): the
    # figure above counts them wrong even where the gold's speaker is that description.
    fits = sum(1 for g, d in described if same_speaker(g, d))
    print(
        f"  described, no row   {len(described)} with a gold speaker, {fits} of them the"
        f" gold's words (accuracy counting those: {(correct + fits) / max(len(with_gold), 1):.3f})"
    )
    if skipped:
        print(f"articles not scored   {skipped} (stored text differs from the gold text)")
    # The scorer is lenient ("Obama" matches any row ending in Obama): where the gold gives
    # a full name, check the rows the family rule chose against it strictly.
    stored_bound = sum(
        1 for v in by_source.values() for r in v if r["speaker_id"] and r["speaker_description"]
    )
    full = [(g, pk) for g, pk in family_bound if g and len(score.norm_name(g)) >= 2]
    strict = [
        (g, names[pk])
        for g, pk in full
        if not same_person(score.norm_name(g), score.norm_name(names[pk]))
    ]
    print(
        f"family rule           {stored_bound} quotations bound; {len(family_bound)} matched, "
        f"{len(full)} of them with a full gold name, {len(strict)} of those another person"
        + (f": {collections.Counter(strict).most_common(5)}" if strict else "")
    )
    if args.examples:
        print("\njunk rows:", "; ".join(names[pk] for pk in junk[: args.examples]))
        other = collections.Counter((g, d) for g, d in described if not same_speaker(g, d))
        print("described, not the gold's words (gold -> description):", "; ".join(
            f"{g} -> {d} x{n}" for (g, d), n in other.most_common(args.examples)))
        for person in split[: args.examples]:
            rows = sorted(names[pk] for pk in rows_of[person])
            print(f"split: {' '.join(person)} -> {rows}")
        for pk in two_people[: args.examples]:
            print(f"two people in {names[pk]}: {sorted(named_in_row[pk])}")
        wrong = [
            (g, names.get(pk))
            for g, _, pk in with_gold
            if not (pk and same_speaker(g, names[pk]))
        ]
        common = collections.Counter(wrong).most_common(args.examples)
        print(
            "wrong speakers (gold -> row):", "; ".join(f"{g} -> {r} x{n}" for (g, r), n in common)
        )


if __name__ == "__main__":
    main()

"""Web boilerplate: lines a news page puts between paragraphs that are neither quotes nor
speakers. Their paragraphs are blanked before names and cues are read, and quotation marks in
them make no quote.

Each rule is named (BOILERPLATE_RULES); boilerplate_rule() says which one, if any, a paragraph
matches. The examples in each docstring line are tested (tests/test_extraction_errors.py).
"""

from __future__ import annotations

import re

# name -> pattern over the stripped paragraph. Examples:
#   advertisement: "Story continues below advertisement", "ADVERTISEMENT", "Advertisement"
#   read_more:     "READ MORE: Toronto budget passes", "RELATED: Ford defends plan",
#                  "Also read: ...", "SEE ALSO: ..."
#   video:         "WATCH: Trudeau says 'we will not back down'", "LISTEN: The Current",
#                  "VIDEO: ...", "PHOTOS: ..."
#   call_to_action: "Sign up for our newsletter", "Subscribe to HuffPost's politics podcast
#                  here.", "Click here to read more", "Follow us on Twitter", "Get the latest
#                  news delivered to your inbox"
#   sponsor:       "This story is sponsored by Maple Bank.", "Sponsored content"
#   byline:        "By Andrew Coyne", "By Jane Smith | The Canadian Press", "Written by Ann
#                  Lee": the writer of a column is never its speaker by default
#   link_list:     "Trending Now", "Most Popular", "Top Stories", "Recommended for you",
#                  "Related Coverage" (HuffPost), "More Stories": the
#                  heading of a list of links to other stories (rule link_list below); a
#                  read_more heading alone on its line ("Related:") heads one too
# "READ MORE: ...", "WATCH | ...", "Related » ...", "VIDEO - ..." - but not "Video-game".
_SEPARATOR = r"(?:[ \xa0]*[:|»>]|[ \xa0]+[-—–][ \xa0])"
BOILERPLATE_RULES: dict[str, re.Pattern[str]] = {
    "advertisement": re.compile(
        r"(?:story continues (?:below|after) (?:this |the )?advertisement|advertisement|"
        r"continue reading (?:below|the main story)|skip advertisement)\W*$", re.I),
    "read_more": re.compile(r"(?:READ MORE|Read [Mm]ore|RELATED|Related|ALSO READ|Also [Rr]ead|"
                            rf"SEE ALSO|See [Aa]lso|MORE){_SEPARATOR}"),
    "video": re.compile(r"(?:WATCH|Watch|LISTEN|Listen|VIDEO|Video|PHOTOS?|Photos?|GALLERY)"
                        rf"{_SEPARATOR}"),
    "call_to_action": re.compile(
        r"(?:Sign up (?:for|to)|SIGN UP|Subscribe (?:to|for|now|here)|Click here|Follow us|"
        r"Like us on|Get the latest|Download (?:the|our) app|Have a news tip)\b"),
    "sponsor": re.compile(r"(?:This (?:story|article|content) (?:is|was) (?:sponsored|"
                          r"paid for|brought to you)|Sponsored(?: content| by)?\b|"
                          r"Paid (?:post|content)\b)"),
    "byline": re.compile(r"(?:By|BY|Written by|Story by)[ \xa0]+[A-Z][\w.'’-]*"
                         r"(?:[ \xa0]+(?:[A-Z][\w.'’-]*|and|&))*"
                         r"(?:[ \xa0]*[,|—–-][ \xa0]*[^.!?\n]{0,60})?[ \xa0]*$"),
    "link_list": re.compile(r"(?:Trending(?: [Nn]ow| [Ss]tories)?|TRENDING(?: NOW)?|"
                            r"Most (?:[Pp]opular|[Rr]ead|[Vv]iewed|[Ss]hared)|MOST (?:POPULAR|"
                            r"READ)|Top [Ss]tories|TOP STORIES|Latest (?:[Ss]tories|[Nn]ews)|"
                            r"Recommended(?: for you)?|You (?:may|might) also like|"
                            r"(?:Related|More) (?:[Cc]overage|[Ss]tories|[Aa]rticles)|"
                            r"(?:RELATED|MORE) (?:COVERAGE|STORIES)|"
                            r"Editor['’]?s [Pp]icks)\W*$"),
}
_MAX = 300  # boilerplate is a short line; a longer paragraph is copy
# The letters each rule can start with ("advertisement" in any case, and "skip" and "story"
# with a long s too, as case-insensitive patterns read it): a paragraph is tried only
# against the rules its first letter allows, in the order above, and most need none.
_FIRST_LETTERS = {"advertisement": "AaCcSsſ", "read_more": "RASM", "video": "WLVPG",
                  "call_to_action": "SCFLGDH", "sponsor": "TSP", "byline": "BWS",
                  "link_list": "TMLRYE"}
_RULES_BY_FIRST: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    c: tuple((name, pat) for name, pat in BOILERPLATE_RULES.items()
             if c in _FIRST_LETTERS[name])
    for c in "".join(_FIRST_LETTERS.values())}


def boilerplate_rule(paragraph: str) -> str | None:
    """The name of the boilerplate rule a paragraph matches, or None."""
    p = paragraph.strip()
    if not p or len(p) > _MAX:
        return None
    for name, pat in _RULES_BY_FIRST.get(p[0], ()):
        if pat.match(p):
            return name
    if p[0] in _MARKS and p[-1] in _MARKS and len(p) > 2:
        # A heading of links or video that a page's markup left in quotation marks
        # ('"Related:"' between paragraphs): still no quote.
        inner = p[1:-1].strip()
        for name in _QUOTED_HEADINGS:
            if (m := BOILERPLATE_RULES[name].match(inner)) and not inner[m.end():].strip():
                return name  # the heading alone: '"Related:"', not '"More: we want more"'

    return None


_MARKS = "\"“”'‘’"
_QUOTED_HEADINGS = ("read_more", "video")


def boilerplate_paragraphs(text: str, paras: list[tuple[int, int]]) -> set[int]:
    """Indices of the paragraphs that are boilerplate."""
    out = set()
    for k, (ps, pe) in enumerate(paras):
        if pe - ps <= _MAX + 40 and (rule := boilerplate_rule(text[ps:pe])) is not None:
            out.add(k)
            if rule == "link_list" or rule == "read_more" and _bare_heading(text[ps:pe]):
                out.update(listed_links(text, paras, k))
    return out


def _bare_heading(paragraph: str) -> bool:
    """A "Related:" or "MORE »" heading with nothing after it heads a list of links below
    (rule link_list), where "RELATED: Ford defends plan" is one link on its own line."""
    p = paragraph.strip()
    return (m := BOILERPLATE_RULES["read_more"].match(p)) is not None and not p[m.end():].strip()


_LINKS = 8  # a list of links to other stories is a few lines long
_LINK_MAX = 150
_SENTENCE_END = ".!?"
_CLOSING = "\"”'’"


def listed_links(text: str, paras: list[tuple[int, int]], k: int) -> list[int]:
    """Rule link_list: the paragraphs after a heading such as "Trending Now" that read as
    headlines (one short line of two words or more, with no full stop at its end) are the
    links of that list, not the article's copy: blanked like the heading. The list ends at
    the first paragraph that is not a headline, and after _LINKS of them. Examples:
      "Trending Now" / "'I was terrified': Woman describes attack on TTC streetcar" /
          "Ford says Ontario will retaliate" / "The premier spoke. ..." -> the two headlines
      "Most Popular" / "The premier spoke in Oakville on Monday." -> none (a sentence)
      "Related:" / "'We are stretched thin': Chief asks for more officers" -> the headline"""
    out = []
    for j in range(k + 1, min(len(paras), k + 1 + _LINKS)):
        line = text[paras[j][0]:paras[j][1]].strip()
        if not line or len(line) > _LINK_MAX or "\n" in line or " " not in line or \
                line[-1] in _SENTENCE_END or \
                line[-1] in _CLOSING and line[-2:-1] in (",", *_SENTENCE_END):
            break
        out.append(j)
    return out


# Rule photo_caption: "Photo: Premier Doug Ford speaks at Queen's Park on Monday. (Chris
# Young/The Canadian Press)" is a caption, not a link heading: it quotes no one (the video
# rule blanks its quotes) but it introduces the people the article goes on to name by surname
# ("Ford defended the plan. '...,' he said."), so only its label and its credit are blanked.
# One photo, in the singular, with a label of its own; "PHOTOS: Inside the gala" is a gallery
# link and stays blank. Examples:
#   "Photo: Premier Doug Ford speaks ... (Chris Young/The Canadian Press)"
#       -> blank "Photo: " and "(Chris Young/The Canadian Press)", read the rest
#   "PHOTO - Senator Penny Wong arrives in Canberra. Picture: Getty" -> "Picture: Getty" blanked
_CAPTION_LABEL = re.compile(r"(?:Photo|PHOTO|Image|IMAGE|Caption|CAPTION)"
                            rf"{_SEPARATOR}[ \xa0]*(?=[A-Z])")
_CAPTION_CREDIT = re.compile(r"[ \xa0]*(?:\([^()\n]{1,80}\)|(?:Photo|Picture|Image|Credit)"
                             r"[ \xa0]*:[^.\n]{1,60})[ \xa0.]*$")


def caption_parts(text: str, ps: int, pe: int) -> tuple[int, int] | None:
    """Rule photo_caption (above): for a caption paragraph text[ps:pe], where its words
    start and end (after the label, before the credit); None if it is no caption."""
    p = text.find(text[ps:pe].strip(), ps, pe) if text[ps:ps + 1].isspace() else ps
    m = _CAPTION_LABEL.match(text, p, pe)
    if m is None:
        return None
    c = _CAPTION_CREDIT.search(text, m.end(), pe)
    return m.end(), c.start() if c is not None else pe


_SUBHEAD_WORDS = 12


def subhead_spans(text: str, paras: list[tuple[int, int]], spans: list) -> set[int]:
    """Rule single_subhead: a paragraph below the first that is nothing but a few words in
    single quotation marks, in an article that quotes in double marks, is a sub-head (a
    section title taken from a quote further on), not a quote. Returns the indices of such
    spans. Examples:
      '... Mr. Autor said.\n\n\'Pretty cool working there.\'\n\nOn a rainy Thursday ...'
          -> a sub-head
      "'We're vetting VP candidates!'" between paragraphs of an article in double marks
          -> a sub-head
      "'It was a hard day,' she said." -> not one (a cue follows the quote)
      An article quoting in single marks throughout (British style) -> none is"""
    singles = [i for i, sp in enumerate(spans) if sp.single and sp.para > 0]
    if not singles or 2 * len(singles) >= len(spans):
        return set()
    out = set()
    for i in singles:
        sp = spans[i]
        ps, pe = paras[sp.para]
        if text[ps:pe].strip() == text[sp.open_start:sp.close_end] and \
                len(text[sp.start:sp.end].split()) <= _SUBHEAD_WORDS:
            out.add(i)
    return out

"""Speaker identity (pure Python, no Django): which mentions name a speaker, how a name is
built (role, given, middle, family, suffix), when two names are one person, and how the
speakers of one article are decided before anything is stored.

- `names`: `parse_name` splits "FBI Director James B. Comey Jr." into its parts.
- `gate`: named rules that keep headlines, common words, descriptions, pronouns, documents
  and polls from becoming speakers.
- `article`: `decide_article` turns every speaker mention of one article into a decision
  (a named speaker, an unnamed description, or an ambiguous bare name).
- `family`: rule `one_of_the_family`, which binds a bare family name its article leaves
  open to the store's one (or clearly dominant) person of that family.
"""

from tracker.identity.article import Decision, decide_article
from tracker.identity.gate import Verdict, check_mention
from tracker.identity.names import ParsedName, parse_name, same_person

__all__ = [
    "Decision",
    "ParsedName",
    "Verdict",
    "check_mention",
    "decide_article",
    "parse_name",
    "same_person",
]

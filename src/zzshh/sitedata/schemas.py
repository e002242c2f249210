"""Typed schemas of the data files. Unknown keys, wrong types and empty
required values are errors; yamlfile.load turns them into one located
sentence. Checks across files live with the loaders."""
import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Text = Annotated[str, StringConstraints(min_length=1)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# data/addresses.yml
class Address(Strict):
    id: Id
    url: Annotated[str, StringConstraints(pattern=r"^https?://")]
    label: Text


class AddressesFile(Strict):
    addresses: list[Address]


# data/check-rules.yml
class CheckRule(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Z]+-[A-Z0-9]+$")]
    title: Text
    explain: Text
    fix: Text


class CheckRulesFile(Strict):
    rules: list[CheckRule]


# data/glossary.yml
class Term(Strict):
    term: Text
    wording: Text
    source: Text
    members: list[Text] = []
    note: str = ""


class GlossaryFile(Strict):
    terms: list[Term]


# data/page-types.yml
class PageType(Strict):
    label: Text
    explain: Text
    sections: list[Text] = []


class PageTypesFile(Strict):
    types: dict[Id, PageType] = Field(min_length=1)


# data/posts.yml
class Post(Strict):
    id: Id
    label: Text


class PostsFile(Strict):
    posts: list[Post] = Field(min_length=1)


# data/study-materials.yml
class Material(Strict):
    id: Id
    title: Text
    issuer: Text
    date: str | None = None
    docno: str | None
    address: Id | None
    note: str = ""
    topics: list[Id] = Field(min_length=1)
    formal_title: bool = True


class MaterialsFile(Strict):
    materials: list[Material]


# data/templates.yml
class ComposeStep(Strict):
    """One step: a file's paragraphs, or a single heading line."""
    file: Id | None = None
    heading: Text | None = None
    title_first: bool = False
    signature_lines: int = 0

    @field_validator("signature_lines")
    @classmethod
    def _not_negative(cls, value: int) -> int:
        if value < 0:
            raise ValueError("signature_lines 不能是负数")
        return value


class TemplateEntry(Strict):
    title: Text
    compose: list[ComposeStep] | None = None
    landscape: bool = False  # the Word file's page is A4 landscape (wide tables)


class TemplatesFile(Strict):
    templates: dict[Id, TemplateEntry] = Field(min_length=1)


# data/statements/POST.yml
PROBLEM_PAGES = ("central-requirements", "qualified-member", "party-oath", "revolutionary-models",
                 "duty-and-ability", "discipline-and-conduct")
CAUSE_PAGE, MEASURE_PAGE, LAST_YEAR_PAGE = "cause-analysis", "rectification-measures", "last-year-rectification"
STATEMENT_PAGES = PROBLEM_PAGES + (LAST_YEAR_PAGE, CAUSE_PAGE, MEASURE_PAGE)
DISCIPLINES = ("政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律", "中央八项规定精神")


class Statement(Strict):
    id: Id
    page: Literal[STATEMENT_PAGES]
    text: Annotated[str, StringConstraints(min_length=20, max_length=300)]
    thought: Text | None = None
    cause: Id | None = None
    measure: Id | None = None
    discipline: Literal[DISCIPLINES] | None = None


class StatementsFile(Strict):
    post: Id
    facts: list[Text] = Field(min_length=1)
    statements: list[Statement] = Field(min_length=1)


# data/years.yml
class YearSource(Strict):
    site: Text
    title: Text
    date: Text
    certainty: Literal["official-notice", "branch-practice", "media-report"]
    where: str = ""

    @field_validator("date", mode="before")
    @classmethod
    def _date_as_text(cls, value):
        # YAML reads 2022-03-04 as a date; it is shown as written.
        return value.isoformat() if isinstance(value, datetime.date) else value


class Year(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}(?:-[a-z]+)?$")]
    year: int
    name: Text
    held: Text
    theme: str = ""
    items: list[Text] = []
    template: Id | None = None
    follow: str | None = None
    # The 文号 of the notice that called the year's meeting, as a source quotes it (PR-TERM-008).
    notice: Text | None = None
    sources: list[YearSource] = []
    notes: list[Text] = []


class YearsFile(Strict):
    years: list[Year] = Field(min_length=1)


# data/proofread-rules.yml (the self-check's rules; selfcheck.ruleset checks
# the regular expressions themselves)
Severity = Literal["error", "warning", "hint"]


class ProofPattern(Strict):
    pattern: Text
    transform: Literal["quotes", "map", "replace"] | None = None
    map: dict[str, str] = {}
    replace: list[Text] = []


class ProofExamples(Strict):
    bad: list[Text] = []
    good: list[Text] = []


class ProofRule(Strict):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)
    id: Annotated[str, StringConstraints(pattern=r"^PR-[A-Z]+-[0-9]{3}$")]
    class_: Text = Field(alias="class")
    severity: Severity
    check: Literal["pattern", "dictionary", "variants", "doubled", "term", "structure", "oath", "session", "near_miss",
                   "session_unheld", "session_stale", "campaign_early", "campaign_year", "campaign_name",
                   "document_date", "title", "framework", "session_document", "signature_date",
                   "meeting_year", "session_date", "anniversary"]
    title: Text
    message: Text
    suggestion: Text
    patterns: list[ProofPattern] = []
    # Parts of the material (structure.parts ids) where the rule says nothing.
    not_in_parts: list[Text] = []
    examples: ProofExamples = ProofExamples()


class Miswritten(Strict):
    right: Text
    wrong: Text | None = None
    pattern: Text | None = None
    note: str = ""
    severity: Severity | None = None


class Profile(Strict):
    classes: list[Text]
    skip_rules: list[Text] = []


class StructurePart(Strict):
    id: Id
    name: Text
    keywords: list[Text]
    missing_severity: Severity | None = None
    # A regular expression: the part is not missing when the text before the
    # next part says what it would (a paragraph on last year's rectification).
    told: Text | None = None


class StructureTopic(Strict):
    name: Text
    area: list[Text]
    answer: list[Text]


class StructureMatch(Strict):
    """How the items of parts 二, 三 and 四 are matched (PR-STRUCT-006, 010-013)."""
    min_score: Annotated[int, Field(ge=1)]
    topic_score: Annotated[int, Field(ge=0)]
    key_chars: Annotated[int, Field(ge=1)]
    title_weight: Annotated[float, Field(ge=1)]
    body_weight: Annotated[float, Field(ge=0, le=1)]
    best_share: Annotated[float, Field(ge=0, le=1)]
    common_share: Annotated[float, Field(gt=0, le=1)]
    count_ratio: Annotated[int, Field(ge=2)]
    max_items: Annotated[int, Field(ge=1)]
    stop_chars: Text
    stop_words: list[Text] = []
    compounds: list[Text] = []
    # Below a link, at least this score is a near miss: 010/011 only a hint.
    loose_score: Annotated[float, Field(gt=0)]
    # A problem with fewer characters besides its heading: 006/010/011 only a hint.
    min_chars: Annotated[int, Field(ge=0)]
    # Causes that explain any problem (理想信念, 党性): 011 only a hint.
    root_causes: list[Text] = []


class Structure(Strict):
    parts: list[StructurePart]
    classify_order: list[Id]
    topics: list[StructureTopic]
    match: StructureMatch
    min_area_chars: int
    concrete: Text


class Doubled(Strict):
    chars: str = ""  # always checked, besides the derived function words
    skip: str = ""   # never checked
    alone_after: str = ""   # stand alone after a function word ending in them (针对对党)
    alone_before: str = ""  # stand alone before a word starting with them (是是否)
    after_verb: str = ""    # never alone after a verb ending in them (存在在, 交给给)
    after_rare: str = ""    # their rarer words count after them too (把|把关, 把|把脉)
    words: list[Text] = []  # content words checked for a doubled character (加加强)
    whitelist: list[Text] = []
    not_after: dict[str, str] = {}  # whitelisted words that are slips after these characters (客户了了解)
    abab_try: list[Text] = []    # PR-REPEAT-002: verbs tried out twice (商量商量) besides jieba's
    abab_never: list[Text] = []  # ...and verbs that never are (觉得觉得)
    abab_result: str = ""        # complements ending verbs that never are (做到, 认为)
    plural_aa: str = ""          # AA that take 们 (哥哥们; 老师师们 is a slip)


class De(Strict):
    adverbs: list[Text]
    verbs: list[Text]
    verb_nouns: list[Text] = []
    clause_verbs: list[Text] = []
    predicate_cues: list[Text] = []
    blockers: Text
    noun_tails: list[Text] = []
    noun_verbs: list[Text] = []
    not_objects: list[Text] = []
    complement_verbs: list[Text] = []
    complement_nouns: list[Text] = []
    complements: list[Text] = []
    degree_words: list[Text] = []
    not_adjectives: list[Text] = []
    verb_cues: list[Text] = []
    verb_openers: list[Text] = []
    repeat_adverbs: list[Text] = []
    feelings: list[Text] = []  # manner and feeling, before a listed verb with 的 only (手把手的教, 高兴的跟我说)
    abac_heads: Text = ""
    cue_measures: Text = ""
    complement_adverbs: list[Text] = []
    bare_adjectives: list[Text] = []
    extra_complement_verbs: list[Text] = []
    verb_blockers: list[Text] = []
    states: list[Text] = []
    state_results: list[Text] = []
    di_owners: list[Text] = []
    di_owned: list[Text] = []
    di_adjectives: list[Text] = []
    di_qualities: list[Text] = []
    di_owner_ends: list[Text] = []
    di_nouns: list[Text] = []  # nouns 地 never modifies (强烈地问题)
    object_verbs: list[Text] = []
    clause_noun_cues: list[Text] = []
    frame_tails: list[Text] = []
    modal_marks: list[Text] = []
    object_marks: list[Text] = []
    quantities: list[Text] = []
    # PR-DE-001 with jieba's lexicons: words before the adjective that make a
    # noun phrase (缺少耐心细致的劝导), and what after a verb proves it one (记录下来).
    lexicon_noun_cues: list[Text] = []
    lexicon_results: list[Text] = []
    lexicon_noun_ends: Text = ""
    lexicon_predicates: Text = ""
    lexicon_not_verbs: list[Text] = []


class TermConfig(Strict):
    connectors: list[Text]
    introducers: list[Text]
    max_gap: int
    window: int
    number_allowed: list[Text] = []
    number_strict: list[Text] = []
    selective: list[Text] = []
    oath_accepted: list[Text] = []


class HeldSession(Strict):
    name: Text
    held: Annotated[str, StringConstraints(pattern=r"^20[0-9]{2}-(?:0[1-9]|1[0-2])$")]
    source: Text
    # Regular expressions for the documents this session adopted (PR-EVENT-008).
    adopted: list[Text] = []


class Founded(Strict):
    """PR-EVENT-012: the year the Party was founded, for 建党N周年."""
    year: int
    source: Text


class Sessions(Strict):
    written_by_month: int = 6
    year_pattern: Text
    held: list[HeldSession]
    founded: Founded | None = None


YEAR_MONTH = r"^(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])$"


class Campaign(Strict):
    """PR-EVENT-003/004: a party-wide 学习教育 or 主题教育 and when it ran."""
    name: Text
    pattern: Text
    began: Annotated[str, StringConstraints(pattern=YEAR_MONTH)]
    ended: Annotated[str, StringConstraints(pattern=YEAR_MONTH)]
    # PR-EVENT-006: wrong forms of the name seen in drafts (regexes).
    misnamed: list[Text] = []
    source: Text


class DatedDocument(Strict):
    """PR-EVENT-005: a document and the years it was adopted or revised."""
    name: Text
    pattern: Text
    years: list[int]
    history: Text  # shown to the reader: when it was adopted and revised
    source: Text


class Framework(Strict):
    """PR-EVENT-007: a set of comparisons (四个对照) some year's meeting used."""
    name: Text
    year: int
    items: list[Text] = Field(min_length=2)
    source: Text


class NearMiss(Strict):
    """PR-NEAR-001: four-character phrases never to flag."""
    whitelist: list[Annotated[str, StringConstraints(pattern=r"^[\u4e00-\u9fff]{4}$")]] = []
    phrases: list[Annotated[str, StringConstraints(pattern=r"^[\u4e00-\u9fff]{4}$")]] = []


class ProofreadRulesFile(Strict):
    profiles: dict[Text, Profile]
    severities: dict[Severity, Text]
    classes: dict[Text, Text]
    rules: list[ProofRule]
    miswritten: list[Miswritten]
    variants: dict[str, str] = {}
    doubled: Doubled
    de: De
    terms: TermConfig
    structure: Structure
    sessions: Sessions | None = None
    campaigns: list[Campaign] = []
    documents: list[DatedDocument] = []
    frameworks: list[Framework] = []
    near_miss: NearMiss | None = None


# data/miswritten-words.yml: the reviewed dictionary behind PR-WORD-001
class WordList(Strict):
    id: Id
    name: Text                     # the list's title, as published
    publisher: Text                # who published or compiled it
    year: str = ""
    found: Text                    # where it was read (address or description)
    note: str = ""


class MiswrittenWord(Miswritten):
    list: Id                       # the id of one of `lists`


class MiswrittenWordsFile(Strict):
    lists: list[WordList]
    entries: list[MiswrittenWord]


# data/search-variants.yml
class SearchVariantsFile(Strict):
    same: dict[Text, list[Text]]   # the site's form -> forms readers type for it
    fillers: list[Text] = []       # words of a question that are not what is sought
    pages: dict[Text, list[Text]] = {}  # page address -> words readers type for it
    later: list[Text] = []              # pages readers rarely want: ranked after the others

"""The JSON contract: every record khabar outputs, as typed models.

Field names and value sets here are khabar's public API. ``docs/schema.json`` is generated
from :class:`ArticleRecord` (``python scripts/export_schema.py``) and a test fails when it
drifts. Every span is ``{text, start, end}`` with ``text == article.text[start:end]``; every
reference (``entity``, ``place``, ``date``, ``claim``) is the ``id`` of a record in the same
article.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

__all__ = [
    "CERTAINTIES",
    "CLAIM_KINDS",
    "DATE_PRECISIONS",
    "ENTITY_SUBTYPES",
    "ENTITY_TYPES",
    "EVENT_SUBTYPES",
    "EVENT_TYPES",
    "GENRES",
    "PLACE_PRECISIONS",
    "UNITS",
    "ArticleRecord",
    "Claim",
    "DateRecord",
    "Entity",
    "Event",
    "Fatalities",
    "Place",
    "Quantity",
    "Source",
    "Span",
    "Warning",
]

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")

#: Closed list of entity subtypes (null when unknown).
EntitySubtype = Literal[
    # ORG
    "media", "armed_group", "government", "military", "security", "party",
    "international", "company", "ngo", "religious", "education", "sports",
    # LOC
    "country", "city", "region", "admin", "site", "village",
    # PER
    "politician", "official", "militant", "journalist",
    # MISC
    "nationality", "event", "product",
]
ENTITY_SUBTYPES: tuple[str, ...] = EntitySubtype.__args__  # type: ignore[attr-defined]

ClaimKind = Literal["direct", "indirect", "mixed"]
CLAIM_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")

Certainty = Literal[
    "asserted", "estimated", "believed", "alleged", "feared", "warned", "denied",
    "cannot_confirm", "inferred", "demanded", "promised", "expected",
]
CERTAINTIES: tuple[str, ...] = Certainty.__args__  # type: ignore[attr-defined]

#: Closed list of quantity units (see docs/units.md); ``other`` for anything else counted.
Unit = Literal[
    "killed", "wounded", "fighters", "people", "soldiers", "civilians", "children",
    "refugees", "displaced", "detained", "missing", "families", "houses", "vehicles",
    "USD", "EUR", "GBP", "SAR", "AED", "QAR", "KWD", "EGP", "SYP", "IQD", "JOD", "LBP",
    "TND", "MAD", "DZD", "LYD", "YER", "OMR", "BHD", "TRY", "IRR", "ILS",
    "km", "m", "km2", "hectare", "ton", "kg", "barrel", "liter", "percent",
    "years", "months", "days", "hours", "times", "other",
]
UNITS: tuple[str, ...] = Unit.__args__  # type: ignore[attr-defined]

DatePrecision = Literal["day", "month", "year"]
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")

PlacePrecision = Literal["country", "admin", "region", "city", "village", "site"]
PLACE_PRECISIONS: tuple[str, ...] = ("country", "admin", "region", "city", "village", "site")

#: ACLED's six top-level event types plus khabar's additions (docs/events.md).
EventType = Literal[
    "battles", "explosions_remote_violence", "violence_against_civilians", "protests",
    "riots", "strategic_developments",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

EventSubtype = Literal[
    # battles
    "armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory",
    # explosions / remote violence
    "air_drone_strike", "suicide_bomb", "shelling_artillery_missile_attack",
    "remote_explosive", "grenade",
    # violence against civilians
    "attack", "abduction_forced_disappearance", "sexual_violence",
    # protests
    "peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters",
    # riots
    "violent_demonstration", "mob_violence",
    # strategic developments
    "agreement", "arrests", "change_to_group_activity", "headquarters_or_base_established",
    "looting_property_destruction", "non_violent_transfer_of_territory", "other",
    # khabar additions (Arabic conflict news; see docs/events.md)
    "movement_of_forces", "flight_escape", "smuggling", "recruitment", "displacement",
    "threat",
]
EVENT_SUBTYPES: tuple[str, ...] = EventSubtype.__args__  # type: ignore[attr-defined]


#: The article's genre (:mod:`khabar.genre`): a report, or a column, letter or signed analysis.
Genre = Literal["news", "opinion"]
GENRES: tuple[str, ...] = Genre.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of the article: ``text == article.text[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Source(Span):
    """A span that may point to an entity (claim speakers and chain links, event actors)."""

    entity: str | None = None


class Warning(_Model):  # noqa: A001 - the contract's name
    code: str
    message: str


class Entity(Span):
    id: str
    type: EntityType
    subtype: EntitySubtype | None = None
    canonical: str
    name_en: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Claim(_Model):
    """An attributed statement. ``chain`` runs from the outermost source written in the text
    to the speaker (its last link). ``speaker`` is null, and ``chain`` empty, only for
    impersonal attributions whose source the text does not state («يُعتقد أن»، «يُذكر أن»)."""

    id: str
    content: Span
    cue: Span
    speaker: Source | None
    chain: list[Source] = Field(default_factory=list)
    kind: ClaimKind
    certainty: Certainty


class Quantity(Span):
    id: str
    min: float | None
    best: float | None
    max: float | None
    unit: Unit
    approximate: bool = False


class DateRecord(Span):
    id: str
    value: str | None
    precision: DatePrecision


class Place(Span):
    id: str
    entity: str | None = None
    name_en: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    precision: PlacePrecision | None = None


class Fatalities(_Model):
    min: float | None
    best: float | None
    max: float | None


class Event(_Model):
    id: str
    type: EventType
    subtype: EventSubtype | None = None
    trigger: Span
    # The occurrence's other mentions in the article: the words of its sentence that tell it too
    # («هجوم ... أدى إلى مقتل»), and the retellings merged into it (a lead, then the details);
    # like ``Entity.mentions``, for highlighting every place the article tells the event.
    mentions: list[Span] = Field(default_factory=list)
    actors: list[Source] = Field(default_factory=list)
    targets: list[Source] = Field(default_factory=list)
    place: str | None = None
    date: str | None = None
    fatalities: Fatalities | None = None
    claim: str | None = None
    # Not in the record: the words of the trigger's sentence that tell the occurrence, the span
    # and the noun naming it past the span's reach («قتل 21 شخصا في هجوم» when the span is «قتل»),
    # set by ``events.record.group_event``; the rules that weighed the span before events-14f
    # shortened it read this (events-15g). None on events built elsewhere: read the trigger.
    _phrase: Span | None = PrivateAttr(default=None)

    def told(self) -> Span:
        """The words telling the event: its phrase (``_phrase``), else its trigger (an event
        built elsewhere has no phrase)."""
        return self._phrase or self.trigger


class ArticleRecord(_Model):
    """One analysed article: khabar's output for it."""

    id: str
    source: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    section: str | None = Field(
        default=None,
        description="The page's section or category as the reader found it (an HTML page's "
        "article:section, a JSON line's section or category), verbatim; null when the input "
        "names none (plain text, a feed item, a record archived before khabar recorded it).",
    )
    genre: Genre | None = Field(
        default=None,
        description="news or opinion (a column, a reader's letter, a signed analysis), decided "
        "by khabar.genre: the section first, then the URL, then the text's own words. The events "
        "layer keeps only the dated, placed, sourced or tolled events of an opinion piece. Null "
        "only in records made before khabar recorded it.",
    )
    text: str
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateRecord] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)

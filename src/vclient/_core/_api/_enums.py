"""Enumerations the server defines, for passing as arguments.

Response fields holding these values are typed `str`, so a value the server adds later still
decodes; these members compare equal to the strings (and, for DiceSize, the numbers).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Literal, TypeAlias


class UserRole(enum.StrEnum):
    """The roles of a user within a company."""

    ADMIN = "ADMIN"
    STORYTELLER = "STORYTELLER"
    PLAYER = "PLAYER"
    UNAPPROVED = "UNAPPROVED"
    DEACTIVATED = "DEACTIVATED"


class AssetType(enum.StrEnum):
    """Kinds of uploaded file, for filtering assets."""

    IMAGE = "image"
    TEXT = "text"
    AUDIO = "audio"
    VIDEO = "video"
    DOCUMENT = "document"
    ARCHIVE = "archive"
    OTHER = "other"


class CharacterType(enum.StrEnum):
    """Who a character belongs to: a player, the storyteller, or no one (an NPC)."""

    PLAYER = "PLAYER"
    NPC = "NPC"
    STORYTELLER = "STORYTELLER"


class DiceSize(enum.IntEnum):
    """The dice the server rolls (their number of sides)."""

    D4 = 4
    D6 = 6
    D8 = 8
    D10 = 10
    D20 = 20
    D100 = 100


class IdentityProvider(enum.StrEnum):
    """The sign-in providers a user identity can come from."""

    APPLE = "apple"
    GOOGLE = "google"
    DISCORD = "discord"
    GITHUB = "github"


class IdentityResolution(enum.StrEnum):
    """How identifying a user resolved: an existing user matched, linked, or a new one created."""

    MATCHED = "matched"
    LINKED = "linked"
    CREATED = "created"


class LogLevel(enum.StrEnum):
    """The levels of the server's own log, for tailing it."""

    TRACE = "TRACE"
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"
    CRITICAL = "CRITICAL"


class TraitModifyCurrency(enum.StrEnum):
    """How a trait change is paid for."""

    NO_COST = "NO_COST"
    XP = "XP"
    STARTING_POINTS = "STARTING_POINTS"


class UserInclude(enum.StrEnum):
    """Child collections `users.get()` can embed."""

    QUICKROLLS = "quickrolls"
    NOTES = "notes"
    ASSETS = "assets"
    CHARACTERS = "characters"


class CharacterClass(enum.StrEnum):
    """The kinds of character: vampire, werewolf, mage, hunter, ghoul, mortal."""

    VAMPIRE = "VAMPIRE"
    WEREWOLF = "WEREWOLF"
    MAGE = "MAGE"
    HUNTER = "HUNTER"
    GHOUL = "GHOUL"
    MORTAL = "MORTAL"


class CharacterStatus(enum.StrEnum):
    """Whether a character is alive or dead."""

    ALIVE = "ALIVE"
    DEAD = "DEAD"


class GameVersion(enum.StrEnum):
    """The editions of the game the catalog covers."""

    V4 = "V4"
    V5 = "V5"


class InventoryItemType(enum.StrEnum):
    """Kinds of inventory item."""

    BOOK = "BOOK"
    CONSUMABLE = "CONSUMABLE"
    ENCHANTED = "ENCHANTED"
    EQUIPMENT = "EQUIPMENT"
    OTHER = "OTHER"
    WEAPON = "WEAPON"


class BlueprintTraitOrder(enum.StrEnum):
    """How a trait catalog is sorted: by name, or in character-sheet order."""

    NAME = "NAME"
    SHEET = "SHEET"


class ExperienceLevel(enum.StrEnum):
    """How seasoned an auto-generated character is."""

    NEW = "NEW"
    INTERMEDIATE = "INTERMEDIATE"
    ADVANCED = "ADVANCED"
    ELITE = "ELITE"


class SkillFocus(enum.StrEnum):
    """How an auto-generated character spreads its ability dots."""

    JACK_OF_ALL_TRADES = "JACK_OF_ALL_TRADES"
    BALANCED = "BALANCED"
    SPECIALIST = "SPECIALIST"


class BookInclude(enum.StrEnum):
    """Child collections `books.get()` can embed."""

    CHAPTERS = "chapters"
    NOTES = "notes"
    ASSETS = "assets"


class ChapterInclude(enum.StrEnum):
    """Child collections `chapters.get()` can embed."""

    NOTES = "notes"
    ASSETS = "assets"


class CharacterInclude(enum.StrEnum):
    """Child collections `characters.get()` can embed."""

    TRAITS = "traits"
    INVENTORY = "inventory"
    NOTES = "notes"
    ASSETS = "assets"


if TYPE_CHECKING:  # plain strings (and numbers) type-check too; at run time each is its enumeration
    UserRoleLike: TypeAlias = (
        UserRole | Literal["ADMIN", "STORYTELLER", "PLAYER", "UNAPPROVED", "DEACTIVATED"]
    )
    AssetTypeLike: TypeAlias = (
        AssetType | Literal["image", "text", "audio", "video", "document", "archive", "other"]
    )
    CharacterTypeLike: TypeAlias = CharacterType | Literal["PLAYER", "NPC", "STORYTELLER"]
    DiceSizeLike: TypeAlias = DiceSize | Literal[4, 6, 8, 10, 20, 100]
    IdentityProviderLike: TypeAlias = IdentityProvider | Literal["apple", "google", "discord", "github"]
    IdentityResolutionLike: TypeAlias = IdentityResolution | Literal["matched", "linked", "created"]
    LogLevelLike: TypeAlias = LogLevel | Literal["TRACE", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
    TraitModifyCurrencyLike: TypeAlias = TraitModifyCurrency | Literal["NO_COST", "XP", "STARTING_POINTS"]
    UserIncludeLike: TypeAlias = UserInclude | Literal["quickrolls", "notes", "assets", "characters"]
    CharacterClassLike: TypeAlias = (
        CharacterClass | Literal["VAMPIRE", "WEREWOLF", "MAGE", "HUNTER", "GHOUL", "MORTAL"]
    )
    CharacterStatusLike: TypeAlias = CharacterStatus | Literal["ALIVE", "DEAD"]
    GameVersionLike: TypeAlias = GameVersion | Literal["V4", "V5"]
    InventoryItemTypeLike: TypeAlias = (
        InventoryItemType | Literal["BOOK", "CONSUMABLE", "ENCHANTED", "EQUIPMENT", "OTHER", "WEAPON"]
    )
    BlueprintTraitOrderLike: TypeAlias = BlueprintTraitOrder | Literal["NAME", "SHEET"]
    ExperienceLevelLike: TypeAlias = ExperienceLevel | Literal["NEW", "INTERMEDIATE", "ADVANCED", "ELITE"]
    SkillFocusLike: TypeAlias = SkillFocus | Literal["JACK_OF_ALL_TRADES", "BALANCED", "SPECIALIST"]
    BookIncludeLike: TypeAlias = BookInclude | Literal["chapters", "notes", "assets"]
    ChapterIncludeLike: TypeAlias = ChapterInclude | Literal["notes", "assets"]
    CharacterIncludeLike: TypeAlias = CharacterInclude | Literal["traits", "inventory", "notes", "assets"]
else:
    UserRoleLike = UserRole
    AssetTypeLike = AssetType
    CharacterTypeLike = CharacterType
    DiceSizeLike = DiceSize
    IdentityProviderLike = IdentityProvider
    IdentityResolutionLike = IdentityResolution
    LogLevelLike = LogLevel
    TraitModifyCurrencyLike = TraitModifyCurrency
    UserIncludeLike = UserInclude
    CharacterClassLike = CharacterClass
    CharacterStatusLike = CharacterStatus
    GameVersionLike = GameVersion
    InventoryItemTypeLike = InventoryItemType
    BlueprintTraitOrderLike = BlueprintTraitOrder
    ExperienceLevelLike = ExperienceLevel
    SkillFocusLike = SkillFocus
    BookIncludeLike = BookInclude
    ChapterIncludeLike = ChapterInclude
    CharacterIncludeLike = CharacterInclude

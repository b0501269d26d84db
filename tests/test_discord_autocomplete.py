"""Artist autocomplete: what it offers for partial and misspelt names, and that it always
answers within Discord's 3 s, through the real discord.py client against the fake."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from discord_helpers import started
from fakes.discord_server import FakeDiscord
from worker_helpers import busy

from bot.adapters.discord.client import build_discord
from bot.settings import Settings
from knowledge.ingest.pipeline import ingest_paths
from knowledge.names import NameIndex
from knowledge.store import KnowledgeBase

FIXTURE = Path(__file__).parent / "fixtures" / "discord_articles.jsonl"
AUTOCOMPLETE = 4
AUTOCOMPLETE_RESULT = 8


def index(*names: tuple[str, int]) -> NameIndex:
    """A name index over invented artists, each with how many articles mention it."""
    rows = [
        (name.lower(), n, name, "artist", articles, "name")
        for n, (name, articles) in enumerate(names)
    ]
    return NameIndex(rows)


NAMES = index(
    ("Harlow Quince", 3),
    ("Harlan Vey", 1),
    ("Hartley Moss", 9),
    ("Marrow Lantern", 5),
    ("Tessellate", 2),
    ("Velvet Harbour", 4),
)


def offered(typed: str) -> list[str]:
    return [entity.name for entity in NAMES.complete(typed)]


def test_names_starting_with_what_was_typed_come_first_then_typos_each_by_popularity() -> None:
    assert offered("harl") == ["Harlow Quince", "Harlan Vey", "Hartley Moss"]
    assert offered("") == [
        "Hartley Moss",
        "Marrow Lantern",
        "Velvet Harbour",
        "Harlow Quince",
        "Tessellate",
        "Harlan Vey",
    ]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("hralow", "Harlow Quince"),  # two letters swapped
        ("harlw", "Harlow Quince"),  # a letter left out, on the typed length
        ("tesselate", "Tessellate"),  # a doubled letter written once
        ("velvet harbor", "Velvet Harbour"),
        ("marlow", "Marrow Lantern"),
    ],
)
def test_a_typo_on_the_typed_length_still_finds_the_name(typed: str, first: str) -> None:
    assert offered(typed)[0] == first


def test_typos_are_forgiven_sparingly() -> None:
    assert offered("ha") == ["Hartley Moss", "Harlow Quince", "Harlan Vey"]  # prefix only
    assert "Harlow Quince" not in offered("marlow"), "the first letter must be right"
    assert offered("qzx") == []


@pytest.fixture
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    path = tmp_path_factory.mktemp("kb") / "roadie.db"
    base = KnowledgeBase.open(path)
    ingest_paths(base, [str(FIXTURE)])
    yield base
    base.close()


@pytest.fixture
def fake(discord_fake: FakeDiscord) -> FakeDiscord:
    return discord_fake


async def _complete(fake: FakeDiscord, typed: str) -> list[dict[str, Any]]:
    option = {"name": "artist", "type": 3, "value": typed, "focused": True}
    event = fake.command_event("news", [option], kind=AUTOCOMPLETE)
    await fake.dispatch("INTERACTION_CREATE", event)
    call = await fake.wait_call("POST", f"/interactions/{event['id']}/")
    assert (call.body["type"], call.status) == (AUTOCOMPLETE_RESULT, 200)
    choices: list[dict[str, Any]] = call.body["data"]["choices"]
    return choices


async def test_autocomplete_through_discord_offers_a_misspelt_artist(
    fake: FakeDiscord, kb: KnowledgeBase, endpoints: None
) -> None:
    settings = Settings.from_env(
        {
            "DISCORD_TOKEN": fake.token,
            "DISCORD_API_BASE_URL": fake.api_url,
            "DISCORD_GATEWAY_URL": fake.gateway_url,
        }
    )
    adapter = build_discord(settings, kb)
    async with started(adapter):
        with busy(kb):
            assert await _complete(fake, "karl") == [], (
                "the names cannot be read yet: none, in time"
            )
        assert (await _complete(fake, "kralof"))[0] == {"name": "Karloff", "value": "Karloff"}

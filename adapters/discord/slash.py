"""discord.py app commands made from the table in `commands.py`.

Each command's callback is given a signature built from its options, so
discord.py sees ordinary typed parameters: descriptions on every option,
choices where the values are fixed, number ranges, and autocomplete of the
names of the people here where an option names a person.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from adapters.discord.commands import SLASH_COMMANDS, Kind, Option, SlashCommand, Used

Handler = Callable[[discord.Interaction, Used], Awaitable[None]]
People = Callable[[discord.Interaction, str], Awaitable[list[str]]]

_TYPES: dict[Kind, Any] = {Kind.TEXT: str, Kind.NUMBER: int, Kind.YES_NO: bool}


def _annotation(option: Option) -> Any:
    kind = _TYPES[option.kind]
    if option.kind is Kind.NUMBER and (option.low is not None or option.high is not None):
        kind = app_commands.Range[int, option.low, option.high]
    elif option.kind is Kind.TEXT and not option.choices:
        kind = app_commands.Range[str, 1, 1000]
    return kind if option.required else (kind | None)


def make_command(spec: SlashCommand, handler: Handler, people: People) -> app_commands.Command:
    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        given = {name: value for name, value in values.items() if value is not None}
        await handler(interaction, Used(spec, given))

    parameters = [
        inspect.Parameter(
            "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
        )
    ]
    for option in spec.options:
        parameters.append(
            inspect.Parameter(
                option.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=_annotation(option),
                default=inspect.Parameter.empty if option.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__discord_app_commands_param_description__ = {  # type: ignore[attr-defined]
        option.name: option.description for option in spec.options
    }
    choices = {
        option.name: [app_commands.Choice(name=value, value=value) for value in option.choices]
        for option in spec.options
        if option.choices
    }
    if choices:
        callback.__discord_app_commands_param_choices__ = choices  # type: ignore[attr-defined]
    named = [option.name for option in spec.options if option.people]
    if named:

        async def complete(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            names = await people(interaction, current)
            return [app_commands.Choice(name=n, value=n) for n in names]

        callback.__discord_app_commands_param_autocomplete__ = {  # type: ignore[attr-defined]
            name: complete for name in named
        }
    return app_commands.Command(name=spec.word, description=spec.description, callback=callback)


def make_commands(handler: Handler, people: People) -> list[app_commands.Command]:
    return [make_command(spec, handler, people) for spec in SLASH_COMMANDS]

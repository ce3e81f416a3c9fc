"""Every sentence the bot says to people, in one place, in plain English.

Rules for this file: short sentences, everyday words, no jargon. Never let an
emoji carry meaning on its own: where one appears, the words say the same.
`p` is the command prefix people type (for example "!").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

# --- setting the scene -------------------------------------------------------


def scene(
    p: str,
    title: str,
    scope: str,
    agenda: Sequence[str],
    cannot_change: str,
    ground_rules: Sequence[str],
    complaints_route: str,
    reactions: bool,
    out_of_scope: Sequence[str] = (),
    series: str = "",
) -> str:
    lines = [f"Welcome to the workshop: {title}.", "", f"What this workshop is for: {scope}"]
    if series:
        lines += ["", f"This session is part of a series: {series}."]
    if agenda:
        lines += ["", "What we will talk about:"]
        lines += [f"{n}. {item}" for n, item in enumerate(agenda, 1)]
    if cannot_change:
        lines += ["", f"What this workshop cannot change: {cannot_change}"]
    if out_of_scope:
        lines += ["", f"What this workshop will not cover: {'; '.join(out_of_scope)}"]
    lines += ["", "Our ground rules:"]
    lines += [f"- {rule}" for rule in ground_rules]
    lines += [
        "",
        "If you have a complaint about your own care or support, this workshop is not the"
        f" place to sort it out, but it matters. Here is how to raise it: {complaints_route}"
        f" (type {p}complaint at any time to get this privately)",
        "",
        consent_notice(p),
        "",
        how_to_speak(p, reactions),
    ]
    return "\n".join(lines)


def consent_notice(p: str) -> str:
    return (
        "What is kept: the bot keeps the notes of this workshop, which are the topics, ideas,"
        " actions and decisions. It also keeps the messages you type here, with the name you"
        " use in this chat."
        f" If you do not want your messages kept, type {p}optout at any time. The bot will"
        f" then only note that you spoke, not what you said. Type {p}optin to be recorded again."
    )


def how_to_speak(p: str, reactions: bool) -> str:
    react = " (or react to the queue message with the raised hand, ✋)" if reactions else ""
    return (
        f"To ask to speak, type {p}hand{react}. The facilitator will call people in turn."
        f" Type {p}lower to take your hand down, and {p}help to see everything you can do."
    )


def welcome(p: str, name: str, title: str, reactions: bool) -> str:
    return f"Hello {name}, welcome to {title}.\n{consent_notice(p)}\n{how_to_speak(p, reactions)}"


def workshop_ended(title: str, items: int) -> str:
    if items == 0:  # not "We noted 0 items"
        noted = "No ideas or other items were noted this time."
    else:
        noted = f"We noted {count_of(items, 'item')}."
    return (
        f"The workshop {title} has ended. Thank you all for taking part."
        f" {noted} The facilitator will share the notes."
    )


def count_of(number: int, noun: str, plural: str = "") -> str:
    """ "1 item", "2 items" ("1 person", "2 people" with `plural`): never "item(s)"."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def setting_changed(setting: str, values: Sequence[str]) -> str:
    label = SETTING_LABELS[setting]
    if len(values) == 1:
        return f"The facilitator changed {label}. It is now: {values[0]}"
    listed = "\n".join(f"{n}. {v}" for n, v in enumerate(values, 1))
    # "the ground rules" are many; the others name one thing (an agenda, a scope).
    now = "They are now" if setting == "ground_rules" else "It is now"
    return f"The facilitator changed {label}. {now}:\n{listed}"


SETTING_LABELS = {
    "scope": "what this workshop is for",
    "agenda": "the agenda",
    "cannot_change": "what this workshop cannot change",
    "ground_rules": "the ground rules",
    "complaints_route": "how to raise a complaint",
    "out_of_scope": "what is outside this workshop's scope",
}

# --- speaker queue ---------------------------------------------------------


# The first words of a live queue message: how an adapter that lost track of which
# message is the queue (Discord, restarted with an older database) tells it from the
# bot's other pinned messages (a shared item, a poll), which never start so.
QUEUE_HEADING = "Speaker queue ("


def is_queue_text(text: str) -> bool:
    return text.startswith(QUEUE_HEADING)


def queue_message(
    p: str,
    speaker: str | None,
    waiting: Sequence[str],
    order: str,
    ended: bool = False,
    reactions: bool = False,
    shown: int = 0,
) -> str:
    """`shown`: list at most this many waiting (0: all), then say how many more."""
    if ended:
        return "Speaker queue: the workshop has ended."
    order_words = ORDER_WORDS[order]
    lines = [f"{QUEUE_HEADING}{order_words})"]
    lines.append(f"Speaking now: {speaker}" if speaker else "Speaking now: nobody")
    if waiting:
        listed = waiting[:shown] if shown else waiting
        lines.append(f"Waiting to speak ({len(waiting)}):")
        lines += [f"{n}. {name}" for n, name in enumerate(listed, 1)]
        if len(listed) < len(waiting):
            more = len(waiting) - len(listed)
            lines.append(f"... and {more} more. To see everyone waiting, type {p}queue.")
    else:
        lines.append("Waiting to speak: nobody")
    react = " or react to this message with ✋ (raised hand)" if reactions else ""
    lines.append(f"To ask to speak, type {p}hand{react}.")
    return "\n".join(lines)


ORDER_WORDS = {
    "arrival": "in the order hands went up",
    "fair": "people who have not spoken yet go first",
}


# Said when the order changes: ORDER_WORDS["fair"] is a clause of its own, so
# "The speaker queue now goes ..." does not fit it.
ORDER_SET_WORDS = {
    "arrival": "From now on, the speaker queue goes in the order hands went up.",
    "fair": "From now on, people who have not spoken yet go first in the speaker queue.",
}


def queue_order_set(order: str) -> str:
    return ORDER_SET_WORDS[order]


def your_turn(name: str, timebox_seconds: int) -> str:
    if timebox_seconds:
        return f"{name}, it is your turn to speak. You have {duration(timebox_seconds)}."
    return f"{name}, it is your turn to speak."


def time_nearly_up(name: str, seconds_left: int) -> str:
    return f"{name}, you have about {duration(seconds_left)} left. Please start to finish."


def time_up(name: str) -> str:
    return f"{name}, your time is up. Please finish your sentence so others can speak."


def timebox_set(seconds: int, warning: int) -> str:
    if not seconds:
        return "Speaking time is no longer limited."
    return (
        f"Each speaker now has {duration(seconds)}."
        f" I will give a warning when {duration(warning)} are left."
    )


def timebox_unchanged(seconds: int) -> str:
    if not seconds:
        return "There is already no limit on speaking time."
    return f"Each speaker already has {duration(seconds)}."


def floor_control_set(on: bool) -> str:
    if on:
        return (
            "Floor control is on: while someone is speaking, only they and the facilitators"
            " can talk. Everyone else is muted until they finish."
        )
    return "Floor control is off: everyone can talk."


def co_facilitator_added(name: str) -> str:
    return f"{name} is now a co-facilitator and can help run the queue and the notes."


def co_facilitator_removed(name: str) -> str:
    return f"{name} is no longer a co-facilitator."


def duration(seconds: int) -> str:
    minutes, secs = divmod(int(seconds), 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute" + ("" if minutes == 1 else "s"))
    if secs or not minutes:
        parts.append(f"{secs} second" + ("" if secs == 1 else "s"))
    return " and ".join(parts)


def as_sentence(text: str) -> str:
    """Typed words (a complaints route, say) made into a sentence that can be followed
    by another: a full stop added unless they end in one already."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


def about_duration(seconds: int) -> str:
    """A reminder's time left, in whole minutes once it is a minute or more: a timer that
    fires a moment late should still say "1 minute", not "59 seconds"."""
    if seconds < 55:
        return duration(seconds)
    return duration(max(1, round(seconds / 60)) * 60)


# --- minutes ---------------------------------------------------------------

MINUTES_LABELS = {
    "topic": "Topic",
    "info": "Information",
    "idea": "Idea",
    "action": "Action",
    "agreed": "Decision",
    "parking": "Parking lot (to come back to later)",
    "report": "Group report",
}

_MINUTES_NOUNS = {
    "topic": "a new topic",
    "info": "some information",
    "idea": "an idea",
    "action": "an action",
    "agreed": "a decision",
    "parking": "a point to come back to later",
    "report": "a group report",
}


def minutes_noun(kind: str) -> str:
    return _MINUTES_NOUNS[kind]


def full_stop(text: str) -> str:
    """End a sentence with a full stop, unless it already ends like one (no "today..")."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def minutes_noted(number: int, kind: str, text: str, owner: str, due: str) -> str:
    line = full_stop(f"Noted {_MINUTES_NOUNS[kind]} (item {number}): {text}")
    if owner:
        line += f" Who: {full_stop(owner)}"
    if due:
        line += f" Due: {long_date(due)}."
    return line


def minutes_line(kind: str, text: str, owner: str, due: str) -> str:
    details = ", ".join(part for part in (owner, f"due {long_date(due)}" if due else "") if part)
    return f"{MINUTES_LABELS[kind]}{f' ({details})' if details else ''}: {text}"


# --- series: "you said, we did" ---------------------------------------------------


def pseudonym(number: int | str) -> str:
    """How a participant is shown in notes that do not show names."""
    return f"Participant {number}"


def you_said_we_did(
    p: str, series: str, actions: Sequence[tuple[int, str, str, str, str, bool]]
) -> str:
    """`actions`: (number, text, owner, due, latest progress, done) for each earlier action."""
    lines = [f"You said, we did: the actions from earlier sessions of {series}, and what happened."]
    for number, text, owner, due, progress, done in actions:
        line = f"{number}. {owner + ': ' if owner else ''}"
        line += f"{text} (due {long_date(due)})." if due else full_stop(text)
        line += " " + what_happened(progress, done)
        lines.append(line)
    first = actions[0][0] if actions else 1
    lines.append(
        f"Staff can add news with {p}progress {first} WHAT HAPPENED, or close an action"
        f" with {p}progress {first} done: WHAT HAPPENED."
    )
    return "\n".join(lines)


def what_happened(progress: str, done: bool) -> str:
    if done:
        return f"Done: {progress}" if progress else "Done."
    return f"Latest: {progress}" if progress else "No update yet."


def progress_noted(number: int, action: str, text: str, done: bool) -> str:
    if done:
        return full_stop(f"Action {number} is done: {action}") + (
            f" What happened: {text}" if text else ""
        )
    return f"Progress on action {number} ({action}): {text}"


def no_such_action(p: str, number: int, numbers: Sequence[int]) -> str:
    listed = ", ".join(str(n) for n in numbers)
    if not listed:
        return (
            f"There is no action {number}: no actions have been noted yet."
            f" Note one with {p}action NAME: WHAT"
        )
    return f"There is no action {number}. The actions here are numbered {listed}."


def action_already_done(number: int, action: str) -> str:
    return f"Action {number} ({action}) is already done."


def need_progress(p: str, number: int) -> str:
    return (
        f"Please say what happened, like: {p}progress {number} WHAT HAPPENED"
        f" (or {p}progress {number} done: WHAT HAPPENED to close it)"
    )


def series_name_too_long(p: str, most: int) -> str:
    return (
        f"Please give the series a shorter name (at most {most} characters),"
        f" like: {p}start TITLE | series: Carers' breaks"
    )


def bad_action_number(p: str) -> str:
    return f"Please give the action's number, like: {p}progress 3 WHAT HAPPENED"


# --- consent -------------------------------------------------------------------


def consent_changed(p: str, recorded: bool) -> str:
    if recorded:
        return "Your messages will be kept in the workshop record again. Thank you."
    return (
        "Your messages will not be kept from now on. The bot will only note that you spoke."
        f" Type {p}optin if you change your mind."
    )


# --- trouble -------------------------------------------------------------------


def erased_name(number: int) -> str:
    """The stable pseudonym of someone who asked to be forgotten."""
    return f"Forgotten person {number}"


def forget_me_explained(p: str) -> str:
    return (
        "If you want, I will forget you in this workshop. I will delete every message you"
        " wrote here. In all the bot shows or saves, your name will be swapped for a made-up"
        " one, like Forgotten person 1. The notes themselves stay, and so does the count of"
        " how much you spoke. This cannot be undone, and no one else can ask for it on"
        f" your behalf. To go ahead, type {p}forgetme confirm"
    )


def forgotten(p: str, pseudonym: str) -> str:
    return (
        f"Done. Your messages here are deleted and you are shown as {pseudonym}."
        f" What you write from now on is not kept either (type {p}optin to change that)."
    )


def already_forgotten() -> str:
    return "You have already been forgotten in this workshop; there is nothing more to delete."


# What the facilitator is told when the chat platform refused, by the kind of refusal
# its adapter reported (facilitation.commands.Refusal's values): what happened, then
# what to do about it. `said` is the platform's own words, for whoever looks after the
# bot. What to do next (try again, or do it yourself) follows: see `effect_failed`.
REFUSED = {
    "no-permission": (
        "The bot is not allowed to do that here."
        " Please ask whoever runs this server or room to give the bot that permission."
    ),
    "no-access": (
        "The bot cannot get to that room or message."
        " It may have been deleted, or the bot may have been taken out of it."
        " Please check it is still there and the bot can see it."
    ),
    "too-fast": (
        "The chat said the bot was sending too fast, and it was still too busy"
        " when I tried again. Please wait a minute."
    ),
    "platform-down": (
        "The chat service is not working properly just now."
        " This is not something you did. Please wait a few minutes."
    ),
    # The error's words are the bot's own here, saying what to change: see effect_failed.
    "room-settings": "The way this room is set up leaves the bot no way to do it.",
}

# After REFUSED's words, when a facilitator's own command had just asked for it: the
# same command does it again.
TRY_AGAIN = "Then try again."

# After REFUSED's words, when the bot was doing it by itself (a timer: a reminder, time
# up, the groups coming back; work in the background such as muting; or work redone
# after a restart): no command of theirs asked for it, so there is none to give again.
DO_IT_YOURSELF = (
    "The bot was doing this by itself, not because of a command."
    " If it still needs doing, please do it yourself."
)


# Where a failed post was for, named in the failure's words (facilitation/alerts.py):
# the main room is MAIN_ROOM_NAME.
STAFF_ROOM_WORDS = "the staff room"
SOME_ROOM = "one of this workshop's rooms"  # a room the workshop no longer knows


def group_room(name: str) -> str:
    """A small group's room by its name ("Kitchen", or "Room 3" when none was given)."""
    return f"{name} (a small group's room)"


def done_in(what: str, room: str) -> str:
    """What the bot could not do, with where: "post a message in the main room"."""
    return f"{what} in {room}"


# Instead of TRY_AGAIN or DO_IT_YOURSELF, how the failed thing gets done after all
# (bot/executor.py `done_again`): each change of the queue writes the whole queue
# message; the end of a turn under floor control sets who can speak again. Rooms that
# could not be made are made by no later step: the groups are brought back and started
# again (`{p}` is the command prefix).
DONE_AGAIN = {
    "queue-changes": "The bot will try again the next time the queue changes.",
    "turn-ends": "The bot will set who can speak again when this turn ends.",
    "groups-again": "To try again, type {p}regroup, then start the small groups again.",
    # Giving everyone their voice back is asked for again only by floor control
    # going off: while it is on, `{p}floor off` does it; once off, it must be turned
    # on first (`{p}floor off` alone is refused as "already off").
    "floor-again": (
        "To try again, type {p}floor off. If floor control is already off,"
        " type {p}floor on first, then {p}floor off."
    ),
    # A queue message posted but not pinned still works (✋ under it raises a hand,
    # and it is edited at each change); no command of anyone's pins it again.
    # A failure that comes back after the workshop ended (the voices given back at
    # `{p}end`, say): nothing of the workshop's will do it again.
    "after-end": (
        "The workshop has ended, so the bot will not try again."
        " If it still needs doing, please do it yourself."
    ),
    "pin-by-hand": (
        "The queue message is in the room and still works. It is just not pinned."
        " Someone who is allowed to pin messages there can pin it."
    ),
    # A shared item posted but not pinned is shared and listed all the same: a second
    # `{p}share` would post it twice and list it twice in the notes.
    "share-pin": (
        "The shared item is in the room and in the notes. It is just not pinned."
        " Someone who is allowed to pin messages there can pin it."
    ),
    # A poll whose numbers could not be put under it is open all the same: a second
    # `{p}poll` would be refused ("a poll is already open"); typed votes still count.
    "poll-numbers": (
        "The poll is open all the same. People can still vote by typing {p}vote and"
        " the number of their answer."
    ),
    # A group's room is closed once, as the groups end: `{p}regroup` again finds no
    # groups to bring back.
    "close-by-hand": (
        "The small groups are over, so the bot will not try again. People can still"
        " write in that room until someone who is allowed to closes it."
    ),
    # The staff room is made once, at `{p}start` (a second start is refused while this
    # workshop runs); until then every alert goes to each facilitator privately.
    "no-staff-room": (
        "The workshop goes on without it. Safety alerts and calls for help will come"
        " to each facilitator in a private message instead."
    ),
    # A co-facilitator is taken out of the rooms once, as they are removed: a second
    # `{p}cofac remove` finds no co-facilitator of that name.
    "remove-by-hand": (
        "The bot will not try again. Someone who is allowed to can take them out of"
        " that room by hand."
    ),
    # A message of the bot's about a facilitator's command, not shown: the command
    # itself was carried out, so typing it again would do it twice (`{p}next` would
    # skip the person just called, `{p}agenda next` an item, `{p}idea` note it twice).
    # (`{p}broadcast`: the other rooms have it.)
    "not-shown": (
        "Everything else you asked for is done. Only this message was not shown, so"
        " please tell people there yourself. Typing it again would do it all twice."
    ),
    # A group's room the homeserver failed to add to the Matrix Space
    # (adapters/matrix/outbound.py `_link_to_space`): the group goes on without it.
    "space-link": (
        "The group's room still works, and everyone in the group is invited to it."
        " It is just not listed in the Space. Someone who is allowed to can add it there."
    ),
    # The staff room, the same (adapters/matrix/outbound.py `_link_staff_room`): alerts
    # go there as ever.
    "staff-space-link": (
        "The staff room still works, and the staff are invited to it. It is just not"
        " listed in the Space. Someone who is allowed to can add it there."
    ),
    # The same for a participant's own command (their `{p}idea` is noted, say): a
    # person asked for it, so not DO_IT_YOURSELF's "not because of a command"; what
    # they asked is done, so nothing is to be done again, only the room told.
    "not-shown-theirs": (
        "Someone in the workshop asked for this with a command, and what they asked"
        " for is done. Only the bot's message about it was not shown. If people there"
        " need to know, please tell them yourself."
    ),
}


def effect_failed(
    what: str,
    reason: str,
    platform: bool = True,
    refusal: str = "",
    by_itself: bool = False,
    again: str = "",
    p: str = "!",
) -> str:
    if not platform:  # not a permission problem: say what went wrong, no more
        reason = reason[:1].upper() + reason[1:]
        return f"Something went wrong: I could not {what}. {reason.rstrip('.')}."
    done_again = DONE_AGAIN[again].format(p=p) if again in DONE_AGAIN else ""
    if refusal in REFUSED:
        then = done_again or (DO_IT_YOURSELF if by_itself else TRY_AGAIN)
        if refusal == "room-settings":  # not the chat's words: the bot's, what to change
            return f"I could not {what}. {REFUSED[refusal]} {reason.rstrip('.')}. {then}"
        return f"I could not {what}. {REFUSED[refusal]} {then} (The chat said: {reason})"
    # Read in the staff room or a private message, so not "in this room".
    then = f" {done_again}" if done_again else ""
    return (
        f"Something went wrong: I could not {what}. Please check the bot's permissions"
        f" in the workshop's rooms.{then} (The chat platform said: {reason})"
    )


def cannot_send_files() -> str:
    return "this chat cannot send files from the bot yet; the notes can be made with workshop-bot export"


def series_not_yours(series: str) -> str:
    return (
        f'The series "{series}" belongs to another team\'s room, so this workshop cannot'
        " join it. Start without series:, or choose a new series name. A facilitator"
        " of that room can start it here, or whoever runs the bot can let rooms share"
        " a series in the settings."
    )


def notes_not_made(fmt: str) -> str:
    """Making the notes in one format failed (not the chat platform's doing)."""
    return (
        f"The {fmt} file of the notes could not be made. Nothing in the workshop was changed;"
        " try another format, or ask whoever runs the bot to look at its log."
    )


def format_not_made(fmt: str, reason: str) -> str:
    return f"The {fmt} file of the notes could not be made ({reason})."


def notes_too_big(filename: str, size: int, most: int) -> str:
    """A notes file past the largest file the chat takes (Discord: 10 MiB)."""
    return (
        f"The notes are too big to send here. The file {filename} is {_megabytes(size)} MB,"
        f" and this chat takes files of up to {_megabytes(most)} MB. Whoever runs the bot"
        " can make the notes on the computer the bot runs on, with: workshop-bot export"
    )


def _megabytes(size: int) -> str:
    """Rounded up, so a file just past the limit never reads as the limit itself."""
    tenths = -(-size * 10 // 2**20)
    return f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths / 10:.1f}"


def notes_not_sent(formats: Sequence[str]) -> str:
    return "these files were not made or sent: " + ", ".join(formats)


def notes_saved(path: str) -> str:
    return f"The notes are saved in the file {path}"


def for_person(name: str, text: str) -> str:
    """A private message that had to be posted in the room instead."""
    return f"For {name}: {text}"


def matrix_cannot_remove_peer(who: str) -> str:
    """Why the bot could not take someone out of a room on Matrix (a failure report)."""
    return (
        f"{who} has the same power level there as the bot. On Matrix, nobody can remove"
        " a person at their own level. The homeserver's admin can do it"
    )


def private_message_not_sent(name: str) -> str:
    """Said in the room when a private message to `name` could not go, even after
    trying again for a while: who, never what it said. Words for every platform (the
    core does not know which it is on): a setting that turns private messages away
    (Discord's "direct messages from server members"), or a private chat not yet
    accepted (a Matrix invitation, a Discord message request)."""
    return (
        f"{name}, I could not send you a private message. To get them, please check"
        " that your settings let me send you messages. If I asked to chat with you,"
        " please say yes."
    )


def alert_copy_not_sent(name: str) -> str:
    """Said in the staff room when a facilitator's private copy of a staff alert could
    not go: the alert itself is in the staff room."""
    return (
        f"I could not send {name} their private copy of a staff alert."
        " Please read the alerts here in the staff room."
    )


# A command that broke (bot/bus.py `_handle_safely`). Which words is told by the log:
# whether the command's events were stored before it broke.


def something_went_wrong() -> str:
    """Only when nothing was stored."""
    return "Sorry, something went wrong and I could not do that. Nothing was changed. Please try again."


def something_went_wrong_after_saving() -> str:
    """The command was stored, then something after it broke (its effects may not all
    have happened): trying again could do it twice."""
    return (
        "Sorry, something went wrong after I saved that. It counts, but some of what it"
        " should do in the chat may be missing. Please check before you do it again."
    )


def not_shown_to_you(where: str) -> str:
    """Told privately to a participant whose own command's message in the room could
    not be posted (facilitation/alerts.py `failure_noted`): what they asked is done,
    but the others may not know; the facilitators are told too (DONE_AGAIN
    "not-shown-theirs"). `where`: the room in plain words (MAIN_ROOM_NAME ...)."""
    return (
        f"Sorry, I could not post my message about what you just did in {where}."
        " It still counts, but the others may not know. You can say it again there"
        " yourself, or tell the host."
    )


def saved_but_not_all_done() -> str:
    """The command was stored, then the bot broke twice on some of what it should do in
    the chat (bot/bus.py): that part is not done, and the facilitators were told what
    (words.effect_failed)."""
    return (
        "Sorry, something went wrong after I saved that. It counts, but I could not do"
        " all of it in the chat. I have told the facilitators what is missing."
    )


# Why something was not done in the chat when the bot broke on it twice, after the
# command that asked for it was saved (bot/bus.py). The bot's own fault, so the words
# (words.effect_failed, "not the platform") say nothing about permissions.
BROKE_WHILE_DOING_IT = "A part of the bot broke while it was doing this"
# What was not done when setting a workshop's timers broke twice (the next command
# sets them all again).
SET_THE_TIMERS = "set the timers for this workshop's reminders and time limits"


def something_went_wrong_unsure() -> str:
    """The log could not be read to tell whether the command was stored."""
    return (
        "Sorry, something went wrong, and I cannot tell if that was saved."
        " Please check before you try again."
    )


# --- refusals: one plain sentence that says what to do instead ---------------


def no_workshop(p: str) -> str:
    return (
        "There is no workshop running here. A facilitator can start one with"
        f" {p}start TITLE | scope: WHAT IT IS FOR"
    )


def workshop_already_running(p: str, title: str) -> str:
    return f"A workshop is already running here ({title}). Type {p}end to end it first."


def only_facilitators(what: str) -> str:
    return f"Only a facilitator can {what}. Please ask the facilitator."


def only_staff(what: str) -> str:
    return f"Only a facilitator or co-facilitator can {what}. Please ask the facilitator."


def only_speaker_or_staff() -> str:
    return "Only the person speaking or a facilitator can end this turn."


def need_title(p: str) -> str:
    return (
        f"Please give the workshop a title, like: {p}start Carers' breaks | scope: WHAT IT IS FOR"
    )


def need_scope(p: str) -> str:
    return (
        "Please say what the workshop is for, so people know what to talk about."
        f" Like this: {p}start TITLE | scope: plan how carers book a short break"
    )


def need_complaints_route(p: str) -> str:
    return (
        "Please say how people can raise a complaint, like:"
        f" {p}start TITLE | scope: ... | complaints: email complaints@example.org"
    )


def hand_already_up(position: int) -> str:
    return f"Your hand is already up. You are number {position} in the queue."


def hand_is_up(position: int) -> str:
    """Said privately to every hand that goes up: a pinned message being edited is not
    announced by screen readers, so this is how someone knows it worked."""
    return f"Your hand is up. You are number {position} in the queue."


def first_message_not_kept() -> str:
    """Said privately after a newcomer's first message, whose words are not kept
    because they wrote it before they were told what is recorded."""
    return (
        "Your first message was not kept, because you had not yet been told what is"
        " kept. If you want it in the record, please say it again."
    )


def you_are_speaking(p: str) -> str:
    return f"You are speaking now. Type {p}done when you have finished."


def hand_not_up(p: str) -> str:
    return f"Your hand is not up, so there is nothing to lower. Type {p}hand to ask to speak."


def nothing_to_pass(p: str) -> str:
    return f"You are not speaking and your hand is not up, so there is nothing to pass. Type {p}hand to ask to speak."


def queue_empty(p: str) -> str:
    return f"Nobody is waiting to speak. People can type {p}hand to ask to speak."


def no_hands_up() -> str:
    return "No hands are up, so there is nothing to lower."


def nobody_speaking() -> str:
    return "Nobody is speaking at the moment."


def already_speaking(name: str) -> str:
    return f"{name} is already speaking."


def not_in_queue(name: str) -> str:
    return f"{name} does not have a hand up, so there is nothing to remove."


def order_unchanged(order: str) -> str:
    return f"The queue already goes {ORDER_WORDS[order]}."


def floor_unchanged(on: bool) -> str:
    return "Floor control is already on." if on else "Floor control is already off."


def no_such_person(name: str, known: Iterable[str]) -> str:
    names = ", ".join(sorted(known)) or "nobody yet"
    return f"I cannot find anyone called {name} in this workshop. People here: {names}."


def several_people(name: str, matches: Iterable[str]) -> str:
    return (
        f"More than one person matches {name}: {', '.join(sorted(matches))}."
        " Please type more of their name, or what is in brackets."
    )


def person_choice(name: str, typed: str) -> str:
    """One of several people a name could mean, with what to type to pick them."""
    return f"{name} (type {typed})"


def already_co_facilitator(name: str) -> str:
    return f"{name} is already a co-facilitator."


def not_co_facilitator(name: str) -> str:
    return f"{name} is not a co-facilitator."


def lead_is_facilitator(name: str) -> str:
    return f"{name} is already the facilitator."


def consent_unchanged(p: str, recorded: bool) -> str:
    if recorded:
        return f"Your messages are kept already. Type {p}optout to stop that."
    return f"Your messages are already not kept. Type {p}optin to be recorded again."


def need_owner(p: str) -> str:
    """Only actions need someone to do them; a parked point may have no owner."""
    return f"Please say who will do this, like: {p}action Sam: send the leaflet"


def forget_only_yourself(p: str) -> str:
    return (
        "You can only ask for yourself, so there is nothing to add after confirm."
        f" To go ahead, type just: {p}forgetme confirm"
    )


def need_text(p: str, word: str) -> str:
    return f"Please add some words after {p}{word}, like: {p}{word} WHAT TO NOTE"


def bad_due_date(value: str) -> str:
    return f"{value} is not a date I understand. Please write it like 2026-12-05 (year-month-day)."


def timebox_out_of_range() -> str:
    return "Speaking time must be between 10 seconds and 60 minutes, or off."


def empty_setting(p: str, setting: str) -> str:
    return f"Please give the new text, like: {p}set {setting.replace('_', '-')} NEW TEXT"


# --- parser ------------------------------------------------------------------


def unknown_command(p: str, word: str, close: str = "") -> str:
    if close:
        return f"I do not know the command {p}{word}. Did you mean {p}{close}? Type {p}help to see the commands."
    return f"I do not know the command {p}{word}. Type {p}help to see the commands."


def lone_prefix(p: str) -> str:
    return f"To use a command, type {p} and its name with no space, like {p}hand. Type {p}help to see the commands."


def space_after_prefix(p: str, word: str) -> str:
    return f"Did you mean {p}{word}? Please type it with no space after {p}."


def missing_argument(p: str, usage: str) -> str:
    return f"That command needs more. Type it like this: {p}{usage}"


def bad_choice(p: str, usage: str, choices: Sequence[str]) -> str:
    return f"Please choose one of: {', '.join(choices)}. Type it like this: {p}{usage}"


def bad_timebox(p: str) -> str:
    return f"I did not understand that time. Type it like: {p}timebox 2m, {p}timebox 90s or {p}timebox off"


def unknown_start_part(p: str, label: str) -> str:
    return (
        f"I do not understand the part '{label}:'. You can use scope:, agenda:, cannot change:,"
        f" rules:, complaints:, order:, series: and ladder:."
        f" Example: {p}start TITLE | scope: WHAT IT IS FOR"
    )


def bad_duration(p: str, usage: str) -> str:
    return f"I did not understand that length of time. Write it like 20m, 90s or 1m 30s, for example: {p}{usage}"


def bad_number(p: str, label: str) -> str:
    return f"Please give a whole number after {label}:, like: {p}breakout 20m | {label}: 3"


def bad_pair(p: str, label: str) -> str:
    return f"Please write pairs with a plus sign, separated by ;, like: {p}breakout 20m | groups: 3 | {label}: alice + bob; carol + dev"


def bad_manual(p: str) -> str:
    return f"Please write each room and who goes there, like: {p}breakout 20m | manual: Kitchen = alice, bob; Garden = carol"


def need_groups(p: str) -> str:
    return (
        f"Please say how many groups, or how big, like: {p}breakout 20m | groups: 3 (or: size: 4)"
    )


def unknown_breakout_part(p: str, label: str) -> str:
    return (
        f"I do not understand the part '{label}:'. You can use groups:, size:, names:, assign:,"
        " manual: and csv:. You can also use together:, apart:, max:, seed:, notice:, grace:"
        " and reminders:."
        f" Example: {p}breakout 20m | groups: 3"
    )


# --- help --------------------------------------------------------------------


def help_text(
    p: str, role: str, topic: str, everyone: list[str], staff: list[str], lead: list[str]
) -> str:
    """`!help`, put together from the lines facilitation/vocabulary.py gives for each part."""
    if topic:
        word = f"{p}{topic.strip().removeprefix(p).casefold()}"
        mentions = re.compile(re.escape(word) + r"(?![a-z])")
        found = [line for line in everyone + staff + lead if mentions.search(line)]
        return (
            "\n".join(found)
            if found
            else f"There is no command {word}. Type {p}help to see them all."
        )
    lines = ["What you can do:"] + everyone
    if role in ("facilitator", "co-facilitator"):
        lines += ["", "Running the queue and notes:"] + staff
    if role == "facilitator":
        lines += ["", "Running the workshop:"] + lead
    return "\n".join(lines)


def status_text(
    title: str, scope: str, speaker: str | None, waiting: int, timebox: int, recorded: bool
) -> str:
    lines = [f"Workshop: {title}", f"What it is for: {scope}"]
    lines.append(f"Speaking now: {speaker or 'nobody'}. Waiting to speak: {waiting}.")
    if timebox:
        lines.append(f"Each speaker has {duration(timebox)}.")
    lines.append("Your messages are kept." if recorded else "Your messages are not kept.")
    return "\n".join(lines)


# --- breakouts -------------------------------------------------------------


def _names(names: Sequence[str]) -> str:
    return ", ".join(names) if names else "nobody yet"


def breakout_notice(
    p: str,
    length: int,
    notice: int,
    rooms: Sequence[tuple[str, Sequence[str]]],
    quiet: Sequence[str],
    self_select: bool,
    max_per_room: int,
    reminders: bool = True,
) -> str:
    """`reminders` False (`reminders: none`): no reminder comes, only "time is up"."""
    when = f"in {duration(notice)}" if notice else "now"
    groups = "one small group" if len(rooms) == 1 else f"{len(rooms)} small groups"
    lines = [f"What happens next: {when} we split into {groups} for {duration(length)}."]
    if self_select:
        limit = f" (at most {people(max_per_room)} in each)" if max_per_room else ""
        lines.append(f"Choose your room by typing {p}join and the room name{limit}. The rooms are:")
        lines += [f"- {name}" for name, _ in rooms]
        lines.append("If you have not chosen when the rooms open, you will be given a room.")
    else:
        lines.append("Who goes where:")
        lines += [f"- {name}: {_names(members)}" for name, members in rooms]
    if quiet:
        lines.append(f"Staying in the main room with the staff: {_names(quiet)}.")
    coming = (
        "In your room you will get reminders before the time is up."
        if reminders
        else "In your room I will tell you when the time is up."
    )
    lines.append(
        f"{coming} If you need help, type {p}helpme."
        f" Agree what your group wants to tell everyone and save it with {p}report."
    )
    lines.append(
        f"After {duration(length)} everyone comes back to this room to share what they said."
    )
    return "\n".join(lines)


def rooms_open(length: int) -> str:
    return f"The rooms are open. Please go to your room now. We will come back here in {duration(length)}."


def your_room(room: str, others: Sequence[str], length: int) -> str:
    company = f" with {_names(others)}" if others else ""
    return (
        f"You are in the room {room}{company}. Please go there now."
        f" You will come back to the main room in {duration(length)}."
    )


def room_welcome(p: str, room: str, members: Sequence[str], length: int) -> str:
    return (
        f"Welcome to {room}. In this room: {_names(members)}. You have {duration(length)}.\n"
        f"Agree what your group wants to tell everyone, and save it with {p}report WHAT YOUR GROUP SAYS."
        f" If you need help, type {p}helpme."
    )


# `in_main_room`: no breakout room could be made, so the groups' reminders and "time
# is up" are posted in the main room, where everyone still is (facilitation/rooms.py
# `_in_rooms`): the words must not say "in this room" or "come back".


def breakout_reminder(p: str, seconds_left: int, late: bool, in_main_room: bool = False) -> str:
    sorry = "Sorry, this reminder is late because the bot was restarting. " if late else ""
    where = "for the small groups" if in_main_room else "in this room"
    if seconds_left <= 0:
        return f"{sorry}Time is up {where}."
    return (
        f"{sorry}{about_duration(seconds_left).capitalize()} left {where}. Please start to agree"
        f" what your group will report, and save it with {p}report."
    )


def breakout_time_up(p: str, grace: int, in_main_room: bool = False) -> str:
    if in_main_room:
        return (
            f"Time is up for the small groups. If your group has not saved its report yet,"
            f" do it now with {p}report. In {duration(grace)} I will share what each group said."
        )
    return (
        f"Time is up. In {duration(grace)} everyone comes back to the main room."
        f" If your group has not saved its report yet, do it now with {p}report."
    )


def come_back() -> str:
    return (
        "Please come back to the main room now. This room is now closed;"
        " what was written here is kept."
    )


def regroup_summary(reports: Sequence[tuple[str, str]], early: bool, came_back: bool = True) -> str:
    """`came_back`: False when no breakout room was made, so nobody left the main room."""
    if came_back:
        first = "Welcome back, everyone."
        first += " The facilitator brought the groups back early." if early else ""
    else:
        first = "The small groups are over."
        first += " The facilitator ended them early." if early else ""
    lines = [first]
    lines.append("What each group said:")
    lines += [f"- {room}: {report or 'no report'}" for room, report in reports]
    return "\n".join(lines)


def breakout_extended(seconds: int, left: int) -> str:
    return f"The facilitator added {duration(seconds)}. There are now {duration(left)} left."


def broadcast(text: str, by: str) -> str:
    return f"Message from {by} to every room: {text}"


def help_requested(person: str, room: str) -> str:
    return f"{person} in {room} is asking for help. Please go to that room."


def help_on_its_way() -> str:
    return "The facilitators have been asked to come and help. Someone will be with you soon."


def report_saved(p: str, room: str, text: str) -> str:
    return f"Saved the report for {room}: {text}\nTo change it, type {p}report again with the new words."


def quiet_chosen(p: str, quiet: bool) -> str:
    if quiet:
        return (
            "You will stay in the main room with the staff during small-group work."
            f" Type {p}quiet off to join a group next time."
        )
    return "You will join a group next time there is small-group work."


def staff_not_grouped() -> str:
    return "Facilitators are not put in groups. You can visit any room."


def room_chosen(room: str) -> str:
    return f"You chose the room {room}."


# breakout refusals


def no_breakout(p: str) -> str:
    return f"There is no small-group work going on. A facilitator can start it with {p}breakout 20m | groups: 3"


def breakout_already_running(p: str) -> str:
    return (
        f"The groups are already out. Bring them back with {p}regroup before starting new groups."
    )


def too_many_groups(groups: int, people: int) -> str:
    return f"There are more groups ({groups}) than people to put in them ({people}). Please ask for fewer groups."


def nobody_to_assign() -> str:
    return "There is nobody to put in groups yet. People join the workshop when they first type something."


def breakout_length_out_of_range() -> str:
    return "Small-group time must be between 1 minute and 3 hours."


def pair_cannot_be_kept(first: str, second: str, together: bool) -> str:
    how = "together" if together else "apart"
    return (
        f"I cannot keep {first} and {second} {how} with these groups."
        " Please change the number of groups, or that pair."
    )


def rooms_too_small(max_per_room: int) -> str:
    return f"Not everyone fits with at most {people(max_per_room)} in each room. Please allow more people per room, or more groups."


def no_such_room(name: str, rooms: Sequence[str]) -> str:
    return f"There is no room called {name}. The rooms are: {', '.join(rooms)}."


def room_full(room: str, max_per_room: int) -> str:
    return f"{room} is full (at most {people(max_per_room)}). Please choose another room."


def not_self_select(p: str) -> str:
    return "In this breakout the facilitator chooses the rooms, so there is nothing to join."


def rooms_already_open() -> str:
    return (
        "The rooms are already open, so it is too late to choose one. Please ask the facilitator."
    )


def no_earlier_breakout() -> str:
    return "There are no earlier groups in this workshop to use again. Please choose another way to make groups."


def only_in_breakout_room(p: str, word: str) -> str:
    return f"Please type {p}{word} in your group's room."


def not_your_group(p: str, word: str, own_room: str) -> str:
    return f"This is not your group's room. Your group is {own_room}: please type {p}{word} there."


def not_in_group(room: str) -> str:
    return f"Only the people in {room} can give its report. Nothing was changed."


def csv_problem(line: int, problem: str) -> str:
    return f"Line {line} of the file: {problem}."


def csv_unreadable(source: str, reason: str) -> str:
    return f"I could not read the file {source}: {reason}."


def people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


def not_in_a_group(name: str) -> str:
    return (
        f"{name} is not going into a group, so they cannot be in a pair."
        " (Facilitators, and people who stay in the main room, do not go into groups.)"
    )


def listed_twice(name: str, first: str, second: str) -> str:
    return f"{name} is listed twice, in {first} and in {second}. Please list each person once."


def groups_impossible() -> str:
    return "I cannot make these groups with the pairs given. Please use fewer pairs, or a different number of groups."


def room_would_be_empty() -> str:
    return "Every room needs at least one person in it. Please use fewer rooms, or put someone in each."


def staying_back(p: str) -> str:
    return (
        f"You chose to stay in the main room. Type {p}quiet off first if you want to join a group."
    )


def rooms_not_open_yet() -> str:
    return "The rooms are not open yet. You can give more time once they are open."


def breakout_cancelled() -> str:
    return "The small groups are cancelled. Everyone stays in the main room."


def wait_too_long() -> str:
    return (
        "The wait before the rooms open can be at most 10 minutes."
        " So can the wait before everyone comes back."
    )


def no_local_files() -> str:
    return (
        "A groups file can only be named on the console. Here, please list the groups"
        " with manual: instead. Like this: manual: Room 1 = alice, bob; Room 2 = carol"
    )


def need_csv(p: str) -> str:
    return f"Please say which file to use, like: {p}breakout 20m | assign: csv | csv: groups.csv"


def quiet_unchanged(p: str, quiet: bool) -> str:
    return (
        "You are already staying in the main room."
        if quiet
        else "You are already set to join a group."
    )


# --- staying on scope ----------------------------------------------------------

MAIN_ROOM_NAME = "the main room"


def drift_reminder(p: str, scope: str) -> str:
    return (
        f"A gentle reminder: this workshop is about {scope}. What you are saying may"
        " matter a lot, so we do not want to lose it. To come back to it later, type"
        f" {p}park THE POINT and it goes on the list of things to come back to."
    )


def concern_reply(route: str) -> str:
    return (
        "Thank you for telling us. It sounds like this is about your own care or support,"
        " and that matters. This workshop cannot sort out one person's situation, but the"
        f" complaints team can. Here is how to reach them: {as_sentence(route)} The workshop"
        " notes will only say that a concern was raised, not what it was."
    )


def route_for_you(route: str) -> str:
    return (
        "Here is how to raise a complaint about your own care or support. Only you can see"
        f" this message. {as_sentence(route)} The workshop notes will only say that a concern"
        " was raised, not what it was."
    )


def route_sent(person: str) -> str:
    return f"I have sent {person} the complaints route privately. Nothing was said in the room."


def concern_recorded(by: str, person: str, room: str, note: str | None) -> str:
    said = f' Their note: "{note}"' if note else " They left no note."
    return (
        f"{by} recorded a safeguarding concern about {person} in {room}.{said} Please"
        " talk to them when you can. Nothing was said in the room."
    )


def concern_noted(person: str) -> str:
    return (
        f"Thank you. I have recorded your concern about {person} in the audit log and told"
        " the staff. I will read their messages more closely for the rest of the workshop."
        " Nothing was said in the room."
    )


# Why a message was read more closely, or together with earlier ones (alert reasons).
ATTENTIVE_REASON = "read with more care, as there was a concern about this person before"


def context_reason(earlier: int) -> str:
    return f"read together with their last {earlier + 1} messages"


# Staff alerts (facilitation/alerts.py): the staff room and what is posted there.


def staff_room_name(title: str) -> str:
    return f"Staff room: {title}"


def staff_room_welcome(title: str) -> str:
    return (
        f'This private room is for the staff of the workshop "{title}" only. The bot'
        " will post here, and tell each of you in private too. It posts safety alerts."
        " It posts calls for help from the groups. It posts worries people raise, and"
        " things the bot could not do."
    )


def facilitator_needed(staff_room: bool = True) -> str:
    """Said in the main room when an alert reached no facilitator: reveals nothing."""
    if not staff_room:  # a platform without staff rooms
        return "A facilitator is needed. Please look at what the bot has sent you."
    return "A facilitator is needed in the staff room."


def staff_safeguarding_alert(
    p: str,
    person: str,
    room: str,
    reasons: Sequence[str],
    message_id: str,
    said: str | None,
    contact: str,
    strong: bool = True,
    number: int | None = None,
) -> str:
    """A strong alert starts in capitals so it stands out in a list of messages; a weak
    one asks for a look when there is time (issue 20). Both carry the words (unless the
    person opted out), why, and one step to say it is not a concern."""
    why = "; ".join(reasons) or "no reason recorded"
    if said:
        what = f'What they wrote: "{said}"'
    elif said is None:
        what = "Their words are not shown: they asked for their words not to be kept."
    else:
        what = f"Their words are not repeated here: please read their message in {room}."
    step = (
        f"Next step: {contact}." if contact else "Next step: do what your safeguarding rules say."
    )
    if strong:
        head = (
            f"PLEASE CHECK NOW. Safety alert: {person} wrote something in {room} that may"
            " mean someone is at risk."
        )
    else:
        head = (
            f"Have a look when you can: {person} wrote something in {room} that might be"
            " about someone at risk. It is less certain."
        )
    undo = (
        f"If it is not a concern, type {p}relabel {number} on-scope."
        if number is not None
        else f"If it is not a concern, type {p}relabel chatter in {room}."
    )
    which = f"Message {number}, id {message_id}" if number is not None else f"Message: {message_id}"
    return (
        f"{head}\n{what}\nWhy it was flagged: {why}.\n"
        f"{step} If someone is in danger now, call 999.\n"
        f"{undo}\n"
        f"({which}. The bot flags; it does not judge. Nothing was said in the room.)"
    )


def end_waits_for_staff(p: str, name: str, staff_room: bool) -> str:
    where = "the staff room (the bot invited you)" if staff_room else "your private messages"
    return (
        f"{name}, the workshop has not ended yet: a message for the staff has not reached"
        f" anyone. Please open {where} to read it. The bot is sending it again now."
        f" Then type {p}end again."
    )


def message_link(link: str) -> str:
    return f"The message: {link}"


def staff_concern_notice(person: str, room: str) -> str:
    return (
        f"{person} raised a personal concern in {room}. They were sent the complaints"
        " route privately. The notes will only say that a concern was raised."
    )


def label_corrected(label: str, terms: Sequence[str]) -> str:
    learned = (
        f" I will treat these words as part of the topic: {', '.join(terms)}." if terms else ""
    )
    return f"Thank you. I have noted that the message was {LABEL_WORDS[label]}.{learned}"


LABEL_WORDS = {
    "on_scope": "on the topic",
    "off_scope": "off the topic",
    "complaint": "a personal complaint",
    "safeguarding": "about someone who may be at risk",
    "chatter": "everyday chat",
}


def drift_settings(p: str, paused: bool, sensitivity: str) -> str:
    how = {
        "low": "only after a lot of off-topic talk",
        "normal": "after some off-topic talk",
        "high": "soon after off-topic talk",
    }[sensitivity]
    if paused:  # the level still says how they will come when resumed (`!drift high`)
        return (
            f"Reminders to stay on the topic are paused. Type {p}drift resume to turn them back on."
            f" Then they will come {how}."
        )
    return f"Reminders to stay on the topic are on. They come {how}."


def drift_unchanged(p: str, paused: bool, sensitivity: str) -> str:
    return "That is already the setting. " + drift_settings(p, paused, sensitivity)


def nothing_to_correct(p: str) -> str:
    return f"I have not acted on a message in this room lately, so there is nothing to fix with {p}relabel."


def no_such_message(p: str, which: int | str | None) -> str:
    return (
        f"I do not have a recent message {which}. I keep the last 50. Check the number in"
        f" the alert, or type {p}relabel on-scope for the last one I acted on."
    )


def label_unchanged(label: str) -> str:
    return f"I already treated that message as {LABEL_WORDS[label]}."


# --- said by a chat adapter --------------------------------------------------------


def main_room_link(link: str) -> str:
    return f"The main room: {link}"


def encrypted_room() -> str:
    return (
        "This room uses encryption, so the bot cannot read it. It will not"
        " see commands or ✋ reactions here. Please run the workshop in a room without"
        " encryption (encryption cannot be turned off in a room once it is on)."
    )


def invitation_declined() -> str:
    return "The bot only joins a room when asked by someone on its list."


def sending_too_fast(what: str) -> str:
    """Why an action failed when the homeserver kept saying "too many requests": the
    homeserver's part, for whoever runs the bot. What the facilitator should do (wait,
    then try again or do it by hand) is said by REFUSED and what follows it."""
    return (
        f"could not {what}: the homeserver kept saying the bot is sending too fast."
        " The homeserver's admin can lift this limit for"
        " the bot (see docs/matrix.md, 'Rate limits')"
    )


def no_speaking_level(users_default: int, facilitator_level: int) -> str:
    """Floor control needs a level between everyone's and the facilitators'."""
    return (
        f"Everyone in the main room has power level"
        f" {users_default}. The facilitators have {facilitator_level}. There is no level"
        " in between to give the speaker. Please lower the room's default"
        " level, or turn floor control off"
    )


# Said by the Discord adapter.

DISCORD_DM_REFUSED = (
    "Facilitator commands work only in the workshop's channel on the server, never in a "
    "private message. Nothing changed."
)
DISCORD_NOT_THIS_SERVER = "workshop-bot is not set up for this server, so nothing changed."
DISCORD_NOT_READY = "workshop-bot is still starting. Please try again in a moment."
DISCORD_NOT_A_TEXT_CHANNEL = (
    "small groups are made as private threads under a text channel, and this workshop is not in one"
)
DISCORD_DMS_TOO_FAST = "Discord says the bot is starting private chats too fast"
DISCORD_TOO_MANY_THREADS = (
    "this server would have more than {limit} active threads. It has {active} now and needs"
    " {wanted} more. Please archive some threads and try again"
)


def discord_done(command: str) -> str:
    return f"Done: {command}"


def discord_not_done(command: str) -> str:
    return f"Not done: {command}. Nothing changed."


def discord_could_not(what: str, reason: str) -> str:
    return f"could not {what}: {reason}"


DISCORD_TOO_MANY_IN_CATEGORY = (
    "Discord allows at most {limit} channels in one category. {rooms} groups need {needed},"
    " a text and a voice channel each. Please choose fewer groups, or small groups as threads"
)
DISCORD_TOO_MANY_CHANNELS = (
    "this server would have more than {limit} channels. It has {existing} now and needs"
    " {needed} more. Please delete some channels and try again"
)
DISCORD_NO_SERVER = "small groups with voice channels need a channel on a server"
# Discord's own names for the permissions (as its server settings show them), by
# discord.py's name for each.
DISCORD_PERMISSION_NAMES = {
    "view_channel": "View Channels",
    "read_messages": "View Channels",  # discord.py's older name for the same bit
    "read_message_history": "Read Message History",
    "send_messages": "Send Messages",
    "add_reactions": "Add Reactions",
    "manage_channels": "Manage Channels",
    "manage_roles": "Manage Roles",
    "connect": "Connect",
    "speak": "Speak",
    "use_voice_activation": "Use Voice Activity",
    "move_members": "Move Members",
    "mute_members": "Mute Members",
}


def discord_missing_in_server(missing: list[str]) -> str:
    """Why small groups as channels cannot be made: permissions the bot lacks in the
    server (one category's are not enough for these)."""
    names = ", ".join(DISCORD_PERMISSION_NAMES.get(name, name) for name in missing)
    return (
        f"the bot needs these permissions for the whole server, not just one category:"
        f" {names}. A server admin can give them to the bot's role. Or use small"
        ' groups as threads (breakout_rooms = "threads")'
    )


DISCORD_STAFF_ROOM_NO_SERVER = "a staff room needs a channel on a server"


def discord_breakout_category(number: int) -> str:
    """The name of the category that holds one breakout's channels."""
    return f"Small groups {number}"


def discord_voice_link(room: str, link: str) -> str:
    return (
        f"Your small group {room} has a voice channel. You are not in voice now, so the bot"
        f" could not move you. To join, open: {link}"
    )


# --- for the person running the bot ------------------------------------------


def database_behind(database: str) -> str:
    return (
        f"The database {database} was made by an older version of workshop-bot."
        " Back it up, then run: workshop-bot db upgrade"
    )


def database_folder_missing(database: str, folder: str) -> str:
    return (
        f"The folder {folder} for the database {database} does not exist."
        " Make the folder, or change the database setting in the [bot] section."
    )


def database_unusable(database: str, reason: str) -> str:
    return (
        f"The file {database} cannot be used as the database (it said: {reason})."
        " It may not be our database, or it may be broken. Put back a copy you kept,"
        " or change the database setting in the [bot] section."
    )


def database_unknown(database: str) -> str:
    return (
        f"The file {database} holds tables that workshop-bot did not make, or it is damaged."
        " Please choose another database file in the [bot] section."
    )


def database_ahead(database: str) -> str:
    return (
        f"The database {database} was made by a newer version of workshop-bot."
        " Please install that version, or use another database file."
    )


def database_upgraded(database: str, revision: str) -> str:
    return f"The database {database} is up to date (schema version {revision})."


def discord_login_refused() -> str:
    return (
        "Discord refused the bot's token. Check the token in the settings file"
        " (discord.token), or in WORKSHOP_BOT_DISCORD_TOKEN. See docs/discord.md."
    )


def discord_server_unreachable(server: int, reason: str) -> str:
    """For the log: command sync to one server in discord.guild_ids failed."""
    return (
        f"The bot could not add its commands to the server {server} ({reason})."
        " Is the bot in that server, and was it added with the applications.commands"
        " scope? The bot goes on in the other servers."
    )


def discord_intents_needed() -> str:
    return (
        "Discord needs two switches turned on for this bot. Open the Developer Portal and go"
        " to Bot. Turn on Server Members Intent. Then turn on Message Content Intent."
        " See docs/discord.md."
    )


def console_intro(first_name: str) -> str:
    return (
        f"workshop-bot console. You are {first_name}, the facilitator. Type a message or a"
        " command, such as !help. A line with no name is always said by you.\n"
        "To act as someone else, start each of their lines with their name, like: alice> !hand\n"
        "To start a workshop: !start TITLE | scope: WHAT IT IS FOR | complaints: HOW TO COMPLAIN\n"
        "Type quit (or press Ctrl-C) to stop."
    )


def demo_database(path: str) -> str:
    return f"The demo's database is at {path}. You can look inside it with any SQLite tool."


def demo_summary(events: int, people: int, items: Sequence[str], hidden: int) -> str:
    lines = [
        f"What the database now holds: {events} events about {people} people.",
        "Notes read back from the log:",
        *[f"- {item}" for item in items],
        "Messages whose words were not kept (the person opted out, or had not yet been"
        f" told what is recorded): {hidden}.",
    ]
    return "\n".join(lines)


def demo_time_passes(seconds: int) -> str:
    return f"(time passes: {duration(seconds)})"


# --- session notes (exports) ----------------------------------------------------
# Headings and sentences of the exported notes. Times are shown in the time zone of
# the settings ([notes] timezone, Europe/London unless changed), with its name (GMT, BST).

LANG = "en-GB"

# --- headings --------------------------------------------------------------------


def notes_title(title: str) -> str:
    return f"Notes: {title}"


# The Word file's properties and page footer.
DOCUMENT_AUTHOR = "workshop-bot"
PAGE_WORD = "Page"
PAGE_OF = "of"


def document_comment(names_shown: bool) -> str:
    if names_shown:
        return "Workshop notes with real names: for internal use only."
    return "Workshop notes. Members of the public are shown as Participant 1, 2 and so on."


WHEN = "When"
FACILITATORS = "Facilitators"
PEOPLE = "People taking part"
SCOPE = "What this workshop was for"
CANNOT_CHANGE = "What this workshop could not change"
NAMES = "Names"
CONCERNS = "Concerns raised"
AGENDA = "Agenda"
NOTES_BY_TOPIC = "Notes by topic"
BEFORE_FIRST_TOPIC = "Before the first topic"
ACTIONS = "Actions"
GROUP_REPORTS = "What each group said"
PARKING = "Parking lot (to come back to later)"
PARTICIPATION = "Who took part, and how much"
TRANSCRIPT = "Appendix: what people wrote"
SERIES = "Series"
YOU_SAID = "You said, we did"

NOTE_LABELS = {"info": "Information", "idea": "Idea", "agreed": "Decision"}

# Table column headings.
OWNER = "Who"
ACTION = "Action"
DUE = "Due"
PERSON = "Person"
ROLE = "Role"
TURNS = "Speaking turns"
FLOOR_TIME = "Speaking time"
MESSAGES = "Messages written"
TIME = "Time"
WORDS = "Words"
STATUS = "Status"
NUMBER = "Number"
NOTED_ON = "Noted on"
WHAT_HAPPENED = "What happened"
YOU_SAID_CAPTION = "Actions from earlier sessions, and what happened"
ACTIONS_CAPTION = "Actions, grouped by who will do them"
PARTICIPATION_CAPTION = "Speaking turns, speaking time and messages for each person"
TRANSCRIPT_CAPTION = "Messages in the order they were written"

ROLES = {"facilitator": "Facilitator", "staff": "Staff", "participant": "Participant"}

# The CSV of actions: one row per action. These are column names for
# spreadsheets and other tools, so they stay stable.
# `workshop` and `date` are those of the session the action was noted in; `id` is the
# action's id across the series; `progress` its latest progress.
CSV_COLUMNS = ("owner", "action", "due", "status", "workshop", "date", "id", "progress")
OPEN = "open"
DONE = "done"

# The involvement ledger (one row per participant across a series). `name` and
# `platform_id` are there only when names are asked for.
LEDGER_COLUMNS = ("person", "sessions", "dates", "turns", "floor_seconds", "messages", "series")
LEDGER_NAME_COLUMNS = ("name", "platform_id")

# --- sentences -------------------------------------------------------------------


def when(started_at: float, ended_at: float | None, tz: dt.tzinfo = dt.UTC) -> str:
    start = _local(started_at, tz)
    day = _day(start)
    if ended_at is None:
        return f"{day}, from {_clock(start)} (still running when these notes were made)"
    end = _local(ended_at, tz)
    if end.date() == start.date():
        return f"{day}, {start:%H:%M} to {_clock(end)}"
    return f"{day}, {_clock(start)}, to {_day(end)}, {_clock(end)}"


def _day(moment: dt.date) -> str:
    """Like "Monday 15 December 2026": the way people in the UK write a date."""
    return f"{moment:%A} {moment.day} {moment:%B %Y}"


def _clock(moment: dt.datetime) -> str:
    """Like "19:23 GMT" (or BST in summer): the zone's own short name."""
    return f"{moment:%H:%M} {moment.tzname()}"


def long_date(iso: str) -> str:
    """A due date typed as 2026-12-15, written "Tuesday 15 December 2026"; anything
    else (it was checked when noted, but old logs may differ) is left as it is."""
    try:
        return _day(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def people_count(attendance: int, facilitators: int) -> str:
    people = "1 person" if attendance == 1 else f"{attendance} people"
    if not facilitators:
        return people
    extra = "1 facilitator" if facilitators == 1 else f"{facilitators} facilitators"
    return f"{people} (and {extra})"


def names_note(names_shown: bool, series: str = "") -> str:
    if names_shown:
        return "Real names are shown. These notes are for internal use only: do not share them."
    if series:
        return (
            "Participants are shown as Participant 1, Participant 2 and so on. They are numbered"
            f" in the order they first took part in the series {series}. Each keeps their"
            " number in every session. Facilitators and staff are named."
        )
    return (
        "Participants are shown as Participant 1, Participant 2 and so on, in the order"
        " they joined. Facilitators and staff are named."
    )


def with_due(text: str, due: str) -> str:
    return f"{text} (due {long_date(due)})" if due else text


def concerns(count: int) -> str:
    if count == 1:
        return "1 personal concern was raised. Its details are not part of these notes."
    return f"{count} personal concerns were raised. Their details are not part of these notes."


NO_AGENDA = "No agenda was set."
NO_NOTES = "No notes were taken."
NO_ACTIONS = "No actions were agreed."
NO_REPORTS = "No group reported back."
NO_PARKING = "Nothing was parked."
NOBODY = "Nobody took part."


def you_said_intro(series: str) -> str:
    return (
        f"What happened on the actions from earlier sessions of {series}"
        " (as of the end of this session)."
    )


def action_progress(progress: str, status: str) -> str:
    """What happened to an action, for the notes (status is "open" or "done")."""
    return what_happened(progress, status == DONE)


def action_status(status: str, progress: str) -> str:
    """The status cell of an action in the notes: open or done, and the latest progress."""
    word = "Done" if status == DONE else "Open"
    return f"{word}. {progress}" if progress else word


def said_in(said_on: str, workshop: str) -> str:
    return f"{long_date(said_on)} ({workshop})" if workshop else long_date(said_on)


def note_line(kind: str, text: str) -> str:
    return f"{NOTE_LABELS.get(kind, kind)}: {text}"


def due(text: str) -> str:
    return long_date(text) if text else "no date set"


def breakout_heading(number: int) -> str:
    return f"Small groups, round {number}"


def group(room: str, members: int) -> str:
    if not members:
        return room
    return f"{room} (1 person)" if members == 1 else f"{room} ({members} people)"


def parked(text: str, owner: str) -> str:
    return f"{text} (with {owner})" if owner else text


def short_duration(seconds: float) -> str:
    total = round(seconds)
    minutes, secs = divmod(total, 60)
    if not minutes:
        return f"{secs} s"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"


def evenness(value: float | None) -> str:
    if value is None:
        return (
            "Nobody had the floor, so there is no figure for how evenly speaking time was shared."
        )
    return (
        f"How evenly speaking time was shared: {value:.2f}. If everyone had the same time,"
        " this would be 1. Lower means a few people had most of it."
    )


CHART_TITLE = "Speaking time for each person"
CHART_AXIS = "Speaking time (minutes)"


def chart_alt(names: Sequence[str], seconds: Sequence[float]) -> str:
    parts = "; ".join(
        f"{name}: {short_duration(s)}" for name, s in zip(names, seconds, strict=True)
    )
    return f"Bar chart of speaking time for each person. {parts}."


def not_shown(count: int) -> str:
    if count == 1:
        return (
            "1 message is not shown here. Its writer chose not to be recorded,"
            " or it is kept private."
        )
    return (
        f"{count} messages are not shown here. Their writers chose not to be recorded,"
        " or they are kept private."
    )


NO_TRANSCRIPT = "No one's words were kept."


def time_of_day(at: float, tz: dt.tzinfo = dt.UTC) -> str:
    return f"{_local(at, tz):%H:%M}"


def date(at: float, tz: dt.tzinfo = dt.UTC) -> str:
    """For file names and spreadsheets: 2026-12-15, the local date."""
    return f"{_local(at, tz):%Y-%m-%d}"


def _local(at: float, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.fromtimestamp(at, tz)


# --- the command line ------------------------------------------------------------

EXPORT_HELP = (
    "write a workshop's notes to a file. With --format ledger, write who took part"
    " in a series instead."
)
LIST_HELP = "list the workshops in the database, to pick one to export"
WORKSHOP_ARG_HELP = (
    "the workshop's id, or the start of its title (see `workshop-bot list`)."
    " For --format ledger, a series name works too."
)
FORMAT_ARG_HELP = (
    "The file type is md, html, docx, csv or json. csv holds the actions only."
    " all writes all five. The default is md. ledger writes who took part in a series,"
    " and how much, as CSV."
)
OUT_ARG_HELP = "file or folder to write to (default: a new file in the current folder)"
NAMES_ARG_HELP = "show real names instead of Participant 1, 2 ... (for internal use only)"
TRANSCRIPT_ARG_HELP = "add what people wrote, as an appendix (never from people who opted out)"
CONFIG_ARG_HELP = "settings file (default: ./workshop-bot.toml if present)"


def bad_format(given: str) -> str:
    return (
        f'"{given}" is not a format I can write.'
        " Please choose one of these: md, html, docx, csv, json, all, ledger."
    )


def no_such_workshop(given: str) -> str:
    return (
        f'There is no workshop with the id or a title starting "{given}".'
        " Type workshop-bot list to see them."
    )


def ambiguous_workshop(given: str, ids: Sequence[str]) -> str:
    return (
        f'{len(ids)} workshops have a title starting "{given}" ({", ".join(ids)}):'
        " give the id of the one you mean."
    )


FORGET_HELP = (
    "erase a person from every workshop. Their words go, and a made-up name takes the"
    " place of theirs. It is for the person who looks after data protection. Without"
    " --confirm it only shows what it would do."
)
PERSON_ARG_HELP = (
    "the person's platform id as the bot stores it, such as matrix:@alice:example.org"
    " or discord:123456 (part of it is enough to find it)"
)
CONFIRM_ARG_HELP = "really erase (without it, nothing is changed)"
INCLUDE_RUNNING_ARG_HELP = (
    "also erase in workshops still running. Stop the bot first, as a running bot keeps"
    " the name in memory."
)


def no_such_person_id(given: str) -> str:
    return (
        f'Nobody with an id containing "{given}" took part in any workshop here.'
        " Nothing was changed."
    )


def ambiguous_person(given: str, ids: Sequence[str]) -> str:
    return (
        f'{len(ids)} people have an id containing "{given}" ({", ".join(ids)}):'
        " give the whole id of the one you mean. Nothing was changed."
    )


def forget_plan(person: str, workshops: Sequence[str]) -> str:
    listed = "\n".join(f"  {w}" for w in workshops)
    return f"{person} took part in {count_of(len(workshops), 'workshop')}:\n{listed}"


def forget_skipped_running(workshop: str) -> str:
    return (
        f"  {workshop}: still running, so not changed. Ask the person to type !forgetme"
        " there, or stop the bot and run this again with --include-running."
    )


def forget_already(workshop: str) -> str:
    return f"  {workshop}: this person was forgotten there before."


def forget_done(workshop: str, pseudonym: str) -> str:
    return f"  {workshop}: erased; now shown as {pseudonym}."


FORGET_DRY_RUN = "Nothing was changed. To erase, run the same command with --confirm."


def no_database(path: str) -> str:
    return f"There is no database at {path}. Check the database setting in your settings file."


def cannot_write(path: str, reason: str) -> str:
    return f"The notes could not be written to {path}: {reason}."


def ledger_written(path: str, people: int, sessions: int) -> str:
    who = "1 participant" if people == 1 else f"{people} participants"
    over = "1 session" if sessions == 1 else f"{sessions} sessions"
    return f"Wrote the involvement ledger ({who}, {over}) to {path}."


def written(path: str) -> str:
    return f"Wrote the notes to {path}."


def formats_not_written(failed: dict[str, str]) -> str:
    """`export --format all` when some formats could not be written: format -> why."""
    lines = [f"- {fmt}: {why}" for fmt, why in failed.items()]
    return "These formats could not be written, the others were:\n" + "\n".join(lines)


def written_all(paths: Sequence[str]) -> str:
    return "Wrote the notes to: " + ", ".join(paths) + "."


def demo_notes(paths: Sequence[str]) -> str:
    """For `workshop-bot demo`, after the workshop ends."""
    return "The notes, in five formats (Markdown, web page, Word, actions as CSV, JSON): " + (
        ", ".join(paths) + "."
    )


def no_workshops(database: str) -> str:
    return f"There are no workshops in {database} yet."


def workshop_row(workshop_id: str, day: str, status: str, title: str, series: str = "") -> str:
    row = f"{workshop_id}  {day}  {status:<8}  {title}"
    return f"{row}  (series: {series})" if series else row


LIST_HINT = (
    "To export one, type: workshop-bot export ID --format md"
    "\nYou can also use html, docx, csv, json or all."
)


# --- the ladder of co-production (facilitation/ladder.py) ----------------------------
# What each rung means for the people in the room, said at the start and put at the
# top of the notes. Short sentences: they must read at age nine.

LADDER_SENTENCES = {
    "coercion": "Today is coercion. The plan is made, and you cannot change it.",
    "educating": "Today is educating. We will help you learn how the service works.",
    "informing": "Today is informing. We will tell you what is planned. You will not decide.",
    "consultation": (
        "Today is consultation. We will ask for your views. Then we will tell you what we"
        " did with them."
    ),
    "engagement": "Today is engagement. You will have more say. We still make the last choice.",
    "co-design": "Today is co-design. We will shape the ideas with you. Your ideas will count.",
    "co-production": "Today is co-production. We will plan, choose and do this together, as equals.",
}
LADDER = "How much say people had"


def ladder_sentence(rung: str) -> str:
    return LADDER_SENTENCES[rung]


def unknown_ladder_rung(p: str, given: str, close: str, rungs: Sequence[str]) -> str:
    guess = f" Did you mean {close}?" if close else ""
    return (
        f"I do not know the step '{given}'.{guess} There are {len(rungs)} steps."
        f" You can pick one of them. Here they are, from less say to more say: {', '.join(rungs)}."
        f" Type it like this: {p}start TITLE | ladder: consultation"
    )


# --- workshop plans (bot/plans.py, docs/plans.md) ------------------------------------


def plans_not_set_up() -> str:
    return (
        "Plans are not set up here. Ask the person who runs the bot to set"
        " plans_folder. You can still start with the long start line."
    )


def bad_plan_name(p: str) -> str:
    return (
        "A plan name can only have letters, numbers, spaces, - and _."
        f" Type it like this: {p}start plan: carers-breaks"
    )


def no_such_plan(p: str, name: str, close: str, known: Sequence[str]) -> str:
    guess = f" Did you mean {close}?" if close else ""
    listed = f" The plans are: {', '.join(known)}." if known else " There are no plans yet."
    return f"I cannot find a plan called {name}.{guess}{listed}"


def plan_has_problems(name: str, problems: Sequence[str]) -> str:
    lines = [f"The plan {name} has a problem, so nothing has started. Please fix it:"]
    lines += [f"- {problem}" for problem in problems]
    return "\n".join(lines)


def plan_is_fine(path: str, items: int, minutes: int) -> str:
    agenda = count_of(items, "agenda item")
    return f"{path}: this plan is fine. It has {agenda}, {count_of(minutes, 'minute')} in all."


def plan_written(path: str) -> str:
    return f"Wrote an example plan to {path}. Change it, then check it with: workshop-bot plan check {path}"


def plan_file_exists(path: str) -> str:
    return f"{path} is already there. Nothing was written. Please choose a new file name."


PLAN_HELP = "check a workshop plan, or write an example one"


# --- the timed agenda (facilitation/agenda.py) ---------------------------------------


def _minutes_words(minutes: int) -> str:
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


def agenda_item_now(number: int, total: int, item: str, minutes: int) -> str:
    now = f"Now we are on item {number} of {total}: {item}."
    return f"{now} We have {_minutes_words(minutes)} for it." if minutes else now


def agenda_item_warning(item: str, seconds_left: int) -> str:
    # To the nearest half minute: half way through a short item is 30 or 90 seconds
    # left, and a timer that fires a moment late should not say "29 seconds".
    left = duration(30 * max(1, round(seconds_left / 30)))
    return f"{left.capitalize()} left for this item: {item}."


def agenda_item_time_up(p: str, number: int, item: str) -> str:
    return (
        f"Time is up for item {number}: {item}. To move on, type {p}agenda next."
        f" For more time, type {p}agenda extend 5m."
    )


def agenda_item_extended(item: str, minutes: int) -> str:
    return f"We have {_minutes_words(minutes)} more for this item: {item}."


def agenda_finished() -> str:
    return "That was the last item on the agenda. Thank you."


def no_agenda(p: str) -> str:
    return f"This workshop has no agenda. You can set one like this: {p}set agenda Welcome; Costs"


def agenda_already_finished(p: str) -> str:
    return f"We have done every item on the agenda. To see them, type {p}agenda"


def no_timed_item(p: str) -> str:
    return f"No timed item is on now, so there is no time to add. To see the agenda, type {p}agenda"


def agenda_extend_out_of_range(p: str) -> str:
    return f"You can add 1 to 120 minutes. Type it like this: {p}agenda extend 5m"


def agenda_row_to_come(number: int, item: str, planned: int) -> str:
    return f"{number}. {item}" + (f" ({_minutes_words(planned)})" if planned else "")


def agenda_row_done(number: int, item: str, planned: int, taken_seconds: float) -> str:
    plan = f", planned {_minutes_words(planned)}" if planned else ""
    took = _roughly_minutes(taken_seconds)
    return f"{number}. {item} (done: took {took}{plan})"


def _roughly_minutes(seconds: float) -> str:
    """Whole minutes, never "0 minutes"."""
    return "less than a minute" if seconds < 30 else _minutes_words(round(seconds / 60))


def agenda_row_now(number: int, item: str, planned: int, left: float | None) -> str:
    """`left`: seconds until the item's planned end (None: not timed)."""
    if left is not None and left <= 0:
        return f"{number}. {item} (on now: its time is up)"
    if left is not None:
        left_words = "less than a minute" if left < 60 else _minutes_words(round(left / 60))
        return f"{number}. {item} (on now: {left_words} left)"
    return (
        f"{number}. {item} (on now)"
        if not planned
        else f"{number}. {item} (on now, {_minutes_words(planned)})"
    )


def agenda_view(p: str, rows: Sequence[str], finished: bool) -> str:
    end = "We have done every item." if finished else f"Staff move on with {p}agenda next."
    return "\n".join(["The agenda:", *rows, end])


AGENDA_TIMES = "Agenda: planned and actual time"
PLANNED = "Planned"
ACTUAL = "Actual"
ITEM = "Item"


def agenda_minutes_cell(minutes: float | None) -> str:
    """A time in the notes' agenda table: whole minutes; "-" if it was not timed or run."""
    return "-" if minutes is None else _minutes_words(round(minutes))


# --- polls (facilitation/polls.py) ---------------------------------------------------


def _votes_words(count: int) -> str:
    return "1 vote" if count == 1 else f"{count} votes"


def poll_opened(p: str, question: str, options: Sequence[str], dots: int) -> str:
    lines = [f"Poll: {question}"]
    lines += [f"{n}. {option}" for n, option in enumerate(options, 1)]
    if dots == 1:
        lines.append(f"To vote, type {p}vote and the number, like {p}vote 2. Votes are secret.")
    else:
        lines.append(
            f"You have {dots} votes. You can put more than one on the same thing."
            f" Type the numbers, like {p}vote 1 1 2. Votes are secret."
        )
    return "\n".join(lines)


def vote_counted(chosen: Sequence[str]) -> str:
    """Several dots on one answer are counted ("2 for Mon"), not listed ("Mon; Mon")."""
    if len(chosen) == 1:
        return f"Thank you. Your vote is in: {chosen[0]}. You can vote again to change it."
    counts = Counter(chosen)  # in the order first chosen
    listed = "; ".join(f"{n} for {answer}" for answer, n in counts.items())
    return (
        f"Thank you. Your {len(chosen)} votes are in: {listed}. You can vote again to change them."
    )


def poll_results(question: str, options: Sequence[str], counts: Sequence[int], voters: int) -> str:
    people = "1 person" if voters == 1 else f"{voters} people"
    lines = [f"The poll is closed. {people} voted. {question}"]
    pairs = zip(options, counts, strict=True)
    lines += [f"{n}. {option}: {_votes_words(count)}" for n, (option, count) in enumerate(pairs, 1)]
    return "\n".join(lines)


def poll_already_open(p: str, question: str) -> str:
    return f"A poll is open now: {question}. Close it first with {p}poll close"


def poll_needs_options(p: str, most: int) -> str:
    return (
        f"A poll needs a question and 2 to {most} answers."
        f" Type it like this: {p}poll Which is best? | Phone; Online; Letter"
    )


def poll_dots_out_of_range(p: str, most: int) -> str:
    return f"Each person can have 1 to {most} votes. Type it like this: {p}poll Which? | A; B | dots: 3"


def no_open_poll(p: str) -> str:
    return f"There is no poll open now. Staff can start one with {p}poll"


def bad_vote(p: str, options: int) -> str:
    return f"Please vote with a number from 1 to {options}, like this: {p}vote 2"


def vote_needs_numbers(p: str) -> str:
    return (
        f"Please vote with the number of your answer, like this: {p}vote 2"
        f" (or {p}vote none to take your vote back)"
    )


def all_votes_taken_back() -> str:
    return "Your vote is taken back. You can vote again while the poll is open."


def poll_reactions_hint(p: str, dots: int) -> str:
    """Added to the poll where people can click a numbered reaction under it. The
    chat shows who clicked what, so the typed vote stays the secret one."""
    click = "Or click a number" if dots == 1 else f"Or click up to {dots} numbers"
    return (
        f"{click} under this message. Others can see who clicked."
        f" To keep your vote secret, type {p}vote."
    )


def vote_taken_back(option: str) -> str:
    return f"Your vote for {option} is taken back."


def reaction_votes_used_up(p: str, dots: int) -> str:
    return (
        f"You have used your {_votes_words(dots)}, so that one does not count."
        f" Take a number away first, or type {p}vote to start again."
    )


def poll_is_closed() -> str:
    return "This poll is closed, so that vote does not count."


def too_many_votes(p: str, dots: int) -> str:
    return f"You have {_votes_words(dots)} in this poll. Type up to {dots} numbers, like {p}vote 2"


POLLS = "Polls"
POLL_VOTERS = "People who voted"
OPTION = "Answer"
VOTES = "Votes"


def poll_heading(number: int, question: str) -> str:
    return f"Poll {number}: {question}"


def poll_voters(voters: int, closed: bool) -> str:
    people = "1 person" if voters == 1 else f"{voters} people"
    still = "" if closed else " The poll was still open when these notes were made."
    return f"{people} voted. Votes are secret, so only the counts are kept.{still}"


# --- materials (facilitation/materials.py) -------------------------------------------


def material_shared(title: str, link: str) -> str:
    return f"Here is something for you to look at. It is called {title}. To see it, open this link: {link}"


def share_needs_link_or_file(p: str) -> str:
    """`!share TITLE` with no link and no file attached."""
    return (
        "There is no link and no file to share. Put a web link after a | sign, or"
        f" add a file to your message. Like this: {p}share Booking leaflet | https://example.org/leaflet.pdf"
    )


def share_title_too_long(p: str, most: int) -> str:
    return (
        f"The title can be at most {most} letters long. Please make it shorter, like this:"
        f" {p}share Booking leaflet | https://example.org/leaflet.pdf"
    )


def share_needs_title_and_link(p: str) -> str:
    return (
        "Please give a title and a web link that starts with http:// or https://."
        f" Type it like this: {p}share Booking leaflet | https://example.org/leaflet.pdf"
    )


MATERIALS = "Things shared"


def planned_breakout_not_opened(p: str, number: int, reason: str) -> str:
    return (
        f"The plan has small groups for item {number}, but they could not open. {reason}"
        f" You can open them yourself with {p}breakout"
    )


# --- quiet voices (facilitation/voices.py) -------------------------------------------


def nudge(p: str) -> str:
    return f"Would you like to add anything? You can type it here, or raise your hand with {p}hand"


def nudge_set(p: str, on: bool) -> str:
    if on:
        return (
            "The bot will ask people who have not said anything yet if they want to add"
            f" something. It asks once for each item, in private. To stop this, type {p}nudge off"
        )
    return "The bot will no longer ask quiet people if they want to add something."


def nudge_unchanged(p: str, on: bool) -> str:
    if on:
        return f"Nudges are on already. To stop them, type {p}nudge off"
    return f"Nudges are off already. To start them, type {p}nudge on"


def balance_row(name: str, turns: int, seconds: float, messages: int) -> str:
    minutes = round(seconds / 60)
    talk = "1 minute" if minutes == 1 else f"{minutes} minutes"
    turn_words = "1 turn" if turns == 1 else f"{turns} turns"
    message_words = "1 message" if messages == 1 else f"{messages} messages"
    return f"- {name}: {turn_words} ({talk}), {message_words}"


def balance(silent: Sequence[str], rows: Sequence[str]) -> str:
    heard = (
        f"Not heard from yet: {', '.join(silent)}." if silent else "Everyone has said something."
    )
    return "\n".join([heard, "Who has taken part, and how much:", *rows])


def agenda_times_all_or_none(p: str) -> str:
    return (
        "Please give every agenda item a time in whole minutes, or give none."
        f" Type it like this: {p}start TITLE | agenda: Welcome (5m); Booking (15m)"
    )


def poll_so_far(
    p: str, question: str, options: Sequence[str], counts: Sequence[int], voters: int
) -> str:
    people = "1 person has" if voters == 1 else f"{voters} people have"
    lines = [f"The poll is still open. So far {people} voted. {question}"]
    pairs = zip(options, counts, strict=True)
    lines += [f"{n}. {option}: {_votes_words(count)}" for n, (option, count) in enumerate(pairs, 1)]
    lines.append(f"To close it and show everyone, type {p}poll close")
    return "\n".join(lines)


def plan_needs_complaints_route() -> str:
    return "say how people can raise a complaint. The bot's settings do not give a way."


def agenda_topic(number: int, item: str) -> str:
    """A heading in the notes: the notes made during this agenda item."""
    return f"What we said in item {number}: {item}"

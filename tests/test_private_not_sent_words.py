"""`words.private_message_not_sent` is said on every platform that may send a private
message late (today Discord; the core cannot tell which), so it names none of any
one platform's things: no "server" (Discord's), no "homeserver" or "Space" (Matrix's).
"""

from __future__ import annotations

import re

from facilitation import words

ONE_PLATFORMS_WORDS = ("server", "homeserver", "space", "discord", "matrix", "element", "dm")


def test_the_words_for_a_private_message_not_sent_fit_every_platform():
    text = words.private_message_not_sent("Sam")
    said = set(re.findall(r"[a-z]+", text.casefold()))
    assert said.isdisjoint(ONE_PLATFORMS_WORDS), text
    assert text.startswith("Sam, I could not send you a private message.")  # who, not what
    # What to do, for both ways it fails: a setting that turns messages away, and a
    # private chat not yet accepted (a Matrix invitation, a Discord message request).
    assert "settings" in said and "yes" in said

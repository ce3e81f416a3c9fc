"""The writer's tests (tests/test_writer.py) that only go through the store, again on
PostgreSQL, where each batch takes a per-workshop advisory lock and reads the last
sequence numbers under it."""

from __future__ import annotations

from tests.test_writer import (  # noqa: F401  (collected again, on PostgreSQL)
    test_a_batch_that_cannot_commit_fails_every_caller_and_stores_nothing,
    test_a_batch_that_fails_once_is_retried_write_by_write,
    test_a_failed_batch_leaves_no_projection_or_audit_row_behind,
    test_appends_from_many_workshops_arriving_together_share_a_transaction,
    test_duplicates_are_refused_from_memory_from_the_database_and_within_a_batch,
    test_one_failing_write_fails_only_its_caller_the_rest_of_its_batch_is_stored,
    test_order_of_appends_to_one_workshop_is_the_order_they_were_made,
    test_the_writer_stores_exactly_what_sqlalchemy_core_would,
    test_writes_after_close_are_refused_and_queued_ones_are_written_first,
)

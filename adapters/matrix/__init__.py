"""The Matrix adapter (matrix-nio): see docs/matrix.md."""

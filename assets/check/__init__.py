"""Stage 4: table schemas and the consistency rules of CONTRACT §6."""

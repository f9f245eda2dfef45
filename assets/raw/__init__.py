"""Stage 1: the raw folder into the warehouse, bytes and all."""

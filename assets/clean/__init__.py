"""Stage 2: raw bytes into clean Vietnamese documents with metadata, status and duplicates."""

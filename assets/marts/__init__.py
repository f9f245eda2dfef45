"""Stage 5: the marts analysts query (SQL under sql/, run as views)."""

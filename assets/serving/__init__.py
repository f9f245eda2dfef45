"""The serving file for BI tools: `<warehouse>/serving.duckdb`, written after the marts."""

"""Stage 3: cleaned documents into typed, traceable facts."""

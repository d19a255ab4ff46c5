"""Rules that several apps share, written once: text folding, the client's address, rate limits, audio
files and "the French version". No models, and no import of our own apps (an import-linter contract)."""

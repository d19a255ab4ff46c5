"""Learner records arrive with the learners issue (cards, progress, attempts)."""

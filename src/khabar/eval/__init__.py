"""Evaluation: gold-corpus files and scorers (``khabar eval ...``)."""

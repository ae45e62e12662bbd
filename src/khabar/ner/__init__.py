"""khabar's own Arabic named-entity tagger: a CRF (python-crfsuite) over rich, cached
per-word-type features.

Modules: :mod:`.conll` (reading IOB corpora, mapping their tags onto PER/ORG/LOC/MISC),
:mod:`.lexicon` (the word lists and clusters the features look up), :mod:`.features`
(feature extraction), :mod:`.clusters` (word clusters learned from ANT + Wikinews text),
:mod:`.tagger` (the shipped model, loaded lazily once per process) and :mod:`.train`
(rebuilding the shipped model: ``khabar train ner``).
"""

"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 1.111,
    "name_lead": 0.6311,
    "name_anywhere": 2.105,
    "words_title": 1.838,
    "words_lead": 1.191,
    "words_sentence": 1.085,
    "bm25_title": 1.778,
    "bm25_sentence": 1.54,
    "newest_news": 4.381,
    "newest_fact": 1.979,
    "newest_kind": 0.4112,
    "kind_match": 1.389,
    "announcement": 0.4094,
    "fact_match": 1.116,
    "focused_sentence": 1.538,
    "subject_title": 0.1173,
    "subject_text": 0.3739,
    "headline_only": 0.3322,
    "year_match": 0.6513,
    "outside_window": -0.1057,
}

DECLINE: dict[str, float] = {
    "bias": 0.5328,
    "sure": -0.5129,
    "unknown_word": 0.1752,
    "pairs_absent": 0.7114,
    "unspelt": 0.6745,
    "lead_share": -1.091,
    "top_score": -0.6477,
    "margin": -0.9537,
    "linked": -0.1821,
    "subject_linked": -1.616,
    "unseen_pair": 0.3592,
}

"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.9825,
    "name_lead": 0.4828,
    "name_anywhere": 2.333,
    "words_title": 1.425,
    "words_lead": 1.303,
    "words_sentence": 1.16,
    "bm25_title": 1.748,
    "bm25_sentence": 1.328,
    "newest_news": 4.296,
    "newest_fact": 2.457,
    "kind_match": 1.372,
    "announcement": 0.4019,
    "fact_match": 1.16,
    "focused_sentence": 1.682,
    "subject_title": 0.1831,
    "subject_text": 0.6996,
    "headline_only": 0.1102,
    "year_match": 0.6962,
    "outside_window": -0.1767,
}

DECLINE: dict[str, float] = {
    "bias": 0.1892,
    "sure": -0.4765,
    "unknown_word": 0.2327,
    "pairs_absent": 0.5855,
    "unspelt": 0.6326,
    "lead_share": -0.9756,
    "top_score": -0.7354,
    "margin": -0.813,
    "linked": -0.1366,
    "subject_linked": -1.614,
    "unseen_pair": 0.3525,
}

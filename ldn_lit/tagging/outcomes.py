"""Outcome domains a record measured, from a fixed vocabulary (domain -> phrases).

Matched in the title and the study's own sentences (not the background), whole words; short
acronyms (EDSS, CDAI, PASI...) case-sensitively. Each domain keeps the phrase that matched.
"""

from __future__ import annotations

from ..models import Article, TagReason
from .text import PhraseMatcher, fold, sentences, words_of

VOCABULARY: dict[str, list[str]] = {
    "pain": ["pain", "pain intensity", "pain scores", "Brief Pain Inventory", "BPI", "McGill", "analgesia",
             "analgesic effect", "hyperalgesia", "allodynia", "VAS", "NRS"],
    "fatigue": ["fatigue", "MFIS", "FSS", "tiredness", "exhaustion", "energy levels"],
    "quality_of_life": ["quality of life", "QoL", "HRQoL", "SF-36", "SF-12", "MSQOL-54", "MSQoL", "EQ-5D",
                        "IBDQ", "well-being", "wellbeing"],
    "relapse_rate": ["relapse", "relapses", "relapse rate", "annualized relapse rate", "ARR", "exacerbation",
                     "exacerbations", "flare", "flares"],
    "disability_progression": ["EDSS", "disability", "disability progression", "disease progression",
                               "progression of disability", "neurological disability"],
    "spasticity": ["spasticity"],
    "disease_activity_index": ["disease activity", "CDAI", "Crohn's Disease Activity Index", "DAS28", "SLEDAI",
                               "Mayo score", "activity index", "Harvey-Bradshaw", "HBI", "disease severity"],
    "symptom_severity": ["symptom severity", "symptom scores", "symptom score", "FIQ", "FIQR",
                         "Fibromyalgia Impact Questionnaire", "symptoms improved", "improvement in symptoms",
                         "general symptoms", "symptom burden"],
    "remission": ["remission", "remissions"],
    "endoscopic_healing": ["mucosal healing", "endoscopic", "endoscopy", "histological healing"],
    "mood": ["depression", "depressive symptoms", "mood", "anxiety", "Beck Depression Inventory", "HADS"],
    "sleep": ["sleep", "insomnia", "sleep quality"],
    "cognition": ["cognition", "cognitive", "brain fog", "memory", "concentration"],
    "inflammatory_markers": ["CRP", "C-reactive protein", "ESR", "erythrocyte sedimentation rate", "cytokine",
                             "cytokines", "IL-6", "IL-17", "TNF", "TNF-alpha", "interleukin", "inflammatory markers",
                             "calprotectin"],
    "immune_cells": ["T cells", "T-cell", "lymphocytes", "NK cells", "natural killer", "Treg", "regulatory T",
                     "microglia", "macrophages", "immune cells"],
    "endorphins": ["endorphin", "endorphins", "beta-endorphin", "met-enkephalin", "enkephalin", "opioid growth factor",
                   "OGF", "opioid receptor", "opioid receptors", "TLR4", "toll-like receptor 4"],
    "thyroid_antibodies": ["thyroid peroxidase", "anti-TPO", "TPO antibodies", "TPOAb", "thyroglobulin antibodies",
                           "TgAb"],
    "skin_lesions": ["PASI", "skin lesions", "lesions", "plaques", "skin thickness", "mRSS", "rash"],
    "pruritus": ["pruritus", "itch", "itching"],
    "tumor_growth": ["tumor growth", "tumour growth", "tumor volume", "tumour volume", "tumor size", "proliferation",
                     "cell proliferation", "metastasis", "metastases"],
    "survival": ["survival", "overall survival", "mortality", "progression-free survival"],
    "function": ["physical function", "functional status", "daily functioning", "function scores"],
    "safety_tolerability": ["adverse events", "adverse event", "side effects", "side effect", "tolerability",
                            "well tolerated", "well-tolerated", "safety", "tolerated", "adverse effects"],
}
_MATCHERS = {domain: PhraseMatcher(phrases) for domain, phrases in VOCABULARY.items()}


def tag_outcomes(article: Article) -> tuple[list[str], list[TagReason]]:
    texts = [article.title] + [s.text for s in sentences(article) if s.section != "background"]
    joined = " \n ".join(texts)
    folded = fold(joined)
    words = words_of(folded)
    found, reasons = [], []
    for domain, matcher in _MATCHERS.items():
        m = matcher.search(joined, folded, words)
        if m:
            found.append(domain)
            reasons.append(TagReason("outcome_phrase", f"{domain}: {m}"))
    return found, reasons

"""ldn-lit: an evidence-graded view of the PubMed literature on low-dose naltrexone."""

__version__ = "0.1.0"

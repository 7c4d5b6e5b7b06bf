"""queries.toml texts the tests write, kept once: two conditions (fibromyalgia, Crohn's disease)."""

TWO_CONDITIONS = """
[entrez]
email = "tests@example.org"
[drug]
query = "naltrexone[tiab]"
[[conditions]]
id = "fibromyalgia"
label = "Fibromyalgia"
query = "fibromyalgia[tiab]"
mesh = ["Fibromyalgia"]
synonyms = ["fibromyalgia"]
[[conditions]]
id = "crohns_disease"
label = "Crohn's disease"
query = "crohn*[tiab]"
mesh = ["Crohn Disease"]
synonyms = ["Crohn's disease"]
"""

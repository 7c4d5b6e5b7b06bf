"""Focused tests of individual tagging rules (synthetic snippets)."""

import pytest

from ldn_lit.config import Condition
from ldn_lit.models import AbstractSection, Article, CommentCorrection, MeshHeading
from ldn_lit.tagging.conditions import tag_conditions
from ldn_lit.tagging.design import tag_design
from ldn_lit.tagging.dose import dose_class, tag_dose
from ldn_lit.tagging.finding import tag_finding
from ldn_lit.tagging.integrity import tag_integrity
from ldn_lit.tagging.sample_size import (
    ALLOCATION_WORDS,
    BARE_CUE,
    GROUPS_RE,
    NUMBER_LED,
    RANDOMISED_COUNT_RE,
    TOOK_PART_RE,
    _allocation,
    _bare_cue,
    _finditer,
    parse_number,
    size_class,
    tag_sample_size,
)
from ldn_lit.tagging.text import split_sentences


def art(abstract="", title="Synthetic", **kw):
    return Article(pmid="1", title=title, abstract_sections=[AbstractSection(None, abstract)] if abstract else [], **kw)


@pytest.mark.parametrize("text, n", [
    ("Thirty-one women with fibromyalgia were enrolled.", 31),
    # synthetic (session 21): a no-break hyphen in the number word
    ("Thirty\u2011eight patients with systemic sclerosis took LDN.", 38),
    ("We enrolled 1,204 participants.", 1204),
    ("LDN (n = 12) or placebo (n = 14) was given to adults after randomization.", 26),
    ("In total, N = 60 patients were randomized.", 60),
    ("One hundred and twenty patients were recruited.", 120),
    ("Of 40 randomized patients, 35 completed the study.", 40),
    ("We measured telomere length in 386 pancreatic cancer cases and 896 matched controls.", 1282),
    ("We identified 1,573 persons with MS who filled an LDN prescription and 6,292 matched non-users.", 7865),
    ("Seventy patients with grade 3 or 4 glioma taking LDN (3-4.5 mg) were matched 1:2 on age to 140 patients "
     "who had not used LDN.", 210),
    ("Eighteen women took naltrexone 4.5 mg for 16 weeks. Sixteen participants completed the study.", 18),
    ("Women were screened (n = 58) and randomly assigned to LDN (n = 14) or placebo (n = 16).", 30),
    ("We compared 46 patients who had taken LDN for 6 months (median dose 3.0 mg) with 52 age- and sex-matched "
     "patients who had not.", 98),
    ("Thirty-six women who opted for LDN were compared with 30 women who declined treatment.", 66),
    # synthetic: the verb first, per-arm counts of one allocation; "to compare" an exposed group with matched ones
    ("Between 2020 and 2022 we randomly assigned 61 adults to naltrexone and 59 to placebo.", 120),
    ("We linked pharmacy records to compare 812 people who were given naltrexone at discharge with 1,624 matched "
     "people discharged without it.", 2436),
    ("Seventy-seven participants were allocated to each arm.", 154),
    ("Adults were assigned (120 per group) to naltrexone or usual care.", 240),
    ("Ninety adults were randomized to three groups (30 per group).", 90),
    ("We conducted a randomized two-period crossover trial in adults with MS. "
     "Thirty-six patients were randomized.", 36),
    # synthetic: screened or assessed counts never win over the randomised ones
    ("From 2020 to 2022, 310 people were assessed for eligibility and 120 were randomly assigned to LDN (n=61) or "
     "placebo (n=59).", 120),
    ("Of 410 adults screened, 96 were randomized (LDN 48, placebo 48).", 96),
    ("Of 500 patients assessed for eligibility, 140 patients were randomized.", 140),
    ("Twelve adults with an activity score between 150 and 450 were enrolled.", 12),
    # synthetic: a year after a date word is not a count
    ("The trial ran at two clinics between 2019 and 2022 and enrolled adults with pain. In the analysis set "
     "(N = 88), pain fell.", 88),
    # synthetic, session 10: a pool counted before enrolment ("Of N eligible ...", "who opened the survey",
    # "were sent a questionnaire") gives way to those who took part; responder tallies are read by their denominators
    ("Of 52 eligible adults, 37 enrolled and 30 completed the 12 weeks.", 37),
    ("Of 640 people who opened the questionnaire, 505 were eligible and completed it.", 505),
    ("All 2\u2009800 adult participants of a national patient register were sent the questionnaire. In all, 1,377 "
     "participants responded (49%).", 1377),
    ("Remission occurred in 21 of 44 patients given naltrexone and 9 of 41 controls (48% vs 22%, p = 0.01).", 85),
    ("Adults who started LDN (n = 2\u2009103) were matched on age and sex to 8\u2009412 adults who did not.", 10515),
    # synthetic (session 13): a cluster trial's people, not its clusters, beside a registered total it does not repeat
    ("Eligible people were those registered at the clinics. Nine clinics (131 patients) were allocated to LDN and "
     "nine (127 patients) to usual care.", 258),
    # the randomised or enrolled count with no noun, before a per-arm denominator
    ("Of 26 enrolled, 22 completed both phases.", 26),
    ("We measured serum enkephalin in 45 patients taking LDN and 38 patients not taking it.", 83),
    ("Results: We matched 1\u2009104 LDN users to 4\u2009416 non-users.", 5520),
    ("We matched 62 LDN users with 124 non-users.", 186),
    # synthetic (session 13): a matched cohort told over two sentences, a pool led by its joiners, a passive survey
    ("Methods: We identified adults who started LDN while on a stable therapy (n = 210). Each was matched to two "
     "registry patients who never used it (n = 420).", 630),
    ("Of 5,130 people released from prison, 802 received an XR-NTX injection. They were compared with 2,406 "
     "propensity-matched people who received no medication.", 3208),
    ("Of 1 410 adults with RA who collected LDN, 1 102 formed the exposed cohort. Each was matched to four adults "
     "who never collected it (4 408 unexposed).", 5510),
    # synthetic (session 15): the part of a pool included, told in the next sentence (n = with a no-break space);
    # a randomised pool split into the arms who started; addicts are people
    ("From the prescription register we identified 4\u00a0206 adults with RA who collected LDN. Those who collected it "
     "at least twice (n = 2\u00a0911) were included.", 2911),
    ("Of the 312 participants randomised, 254 began treatment (120 LDN, 134 placebo).", 312),
    ("Forty former heroin addicts were enrolled in an outpatient naltrexone programme.", 40),
    # synthetic (session 15): matched ratios in words, "N of the M invited", records linked "with those of", a pool's
    # exposed "had been prescribed ..., and they were compared with", points are no people
    ("Adults who collected LDN twice were matched on age and sex to three adults who never collected it. We "
     "identified 1\u2009210 LDN users; each was matched to three non-users (3\u2009630 in all).", 4840),
    ("METHODS: A postal questionnaire was sent to 640 members who had taken LDN. RESULTS: It was returned by 301 of "
     "the 640 members invited (47%). Most reported less fatigue.", 301),
    ("We linked the records of 212 people who received an implant with those of 636 people entering methadone "
     "maintenance.", 848),
    ("Of 190 patients seen, 31 had been prescribed LDN, and they were compared with 62 patients matched on age.", 93),
    ("Twenty adults took LDN. Pain fell by a median of 7 points among LDN users.", 20),
    # synthetic (session 15): "or" among the words describing the people ("5 or more patients" is still no count)
    ("In this open-label pilot, thirty-four euthyroid or levothyroxine-treated adults took LDN.", 34),
    # synthetic (session 15): a year that names criteria is no count; "N of M ... were randomised"; arms with a dose
    # in micrograms between them
    ("Forty-one women meeting the 2016 fibromyalgia criteria took part.", 41),
    ("Twenty-two of 35 eligible women were randomised (11 to LDN, 11 to placebo).", 22),
    ("We randomly assigned 140 adults to oxycodone plus naltrexone 0.5 \u00b5g twice daily and 138 to oxycodone "
     "alone.", 278),
    # synthetic (session 15): a ratio "1:4" is no count; the exposed counted without a pool, then those compared
    ("Users were matched 1:4 to non-users on age and sex. We matched 412 LDN users to 1\u2009648 non-users.", 2060),
    ("Results We identified 2,210 adults who started LDN; they were compared with 4,420 matched adults.", 6630),
    # synthetic (session 15): the part of a pool included after a ';'; a pool's exposed who "had taken" the drug
    ("We identified 3\u2009910 adults who collected LDN; 1\u2009802 collected it at least three times and were "
     "included.", 1802),
    ("Of 1\u2009120 patients seen, 84 had taken LDN; they were compared with 168 patients matched on age.", 252),
    # synthetic (session 15): a pool's exposed "and were compared with" the matched; groups set apart by what they enter
    ("Among 30 210 eligible veterans, 2 104 initiated naltrexone and were compared with 6 312 matched non-initiators.",
     8416),
    ("A total of 812 people who received a first implant and 2 430 people entering methadone maintenance were "
     "followed.", 3242),
    # synthetic (session 15): arms told with their people's description and dose between them
    ("We randomly assigned 96 adults with moderate alcohol use disorder to naltrexone 50 mg daily and 98 to placebo.",
     194),
    ("In two clinics, 52 patients chose LDN 4.5 mg nightly and 47 continued usual care for 12 weeks.", 99),
    # synthetic (session 15): people named by a word of their own (youths, inmates), a pool split into its groups
    ("We identified 2 310 youths aged 16-25 years who started treatment: 410 started naltrexone and 1 900 started "
     "buprenorphine.", 2310),
    ("Of the 640 inmates approached, 212 were enrolled.", 212),
    # synthetic (session 15): two groups whose first is described with a parenthesis (a dose, an abbreviation)
    ("Results: 38 men taking LDN (3.0–4.5 mg) and 41 men not taking it were compared.", 79),
    ("We compared 112 adults with fibromyalgia who started low-dose naltrexone (LDN; 1.5–4.5 mg) in 2019–2023 with "
     "112 adults matched on age and sex who did not.", 224),
    # synthetic (session 15): the exposed counted among a pool in the next sentence, those compared with them after
    ("We identified 6 410 adults with a first alcohol-related admission. Of these, 702 filled a naltrexone "
     "prescription within 30 days; they were compared with 2 106 matched adults who filled none.", 2808),
    ("Twenty-eight of 44 eligible patients agreed to take part, and 25 completed 12 weeks.", 28),
    ("Women who took LDN (n = 33) were compared with 33 women matched on age who did not.", 66),
    ("An online questionnaire was sent to 1,900 members. The questionnaire was completed by 488 members.", 488),
    ("A cluster-randomised trial in 18 practices (9 per arm) enrolled 840 adults.", 840),
    ("A questionnaire was sent to 500 consultant neurologists; 162 returned it (32%). Seventy respondents had "
     "prescribed LDN.", 162),
    ("In all, 5 210 people collected LDN once; the 3 102 who collected a second prescription formed the study cohort.",
     3102),
    ("We identified 1 120 patients with RA who filled a first prescription for LDN between 2015 and 2021 and 4 480 "
     "patients with RA, matched on age and sex, who did not.", 5600),
    ("A series of randomised n-of-1 trials, each of three pairs of 4-week periods. Fourteen adults took part.", 14),
    ("Of 104 randomised, 97 took at least one dose. Response: 30 of 52 with LDN vs 19 of 52 with placebo.", 104),
    # synthetic (session 16): places are not people
    ("This cohort study used claims from 14 states for adults with OUD who started either drug between 2016 and 2021. "
     "Among 5 210 adults who started treatment, 1 010 started XR-NTX and 4 200 started buprenorphine.", 5210),
    ("Using clinic records, we compared 52 adults with AUD who took naltrexone alongside counselling (MI) with 80 who "
     "received counselling alone.", 132),
    ("We compared 1,210 veterans who started naltrexone with 880 who started acamprosate.", 2090),
    # both groups told apart; reactions tallied are no arms; a volunteers' "previous experience" is no background
    ("We identified 1 210 LDN users; 4 840 matched non-users formed the comparison group.", 6050),
    ("Thirty-eight women taking LDN and 35 not taking it took part.", 73),
    ("Opioid blockade after single doses was examined in eight healthy volunteers with previous experience of "
     "opioids. Each received naltrexone and placebo in random order.", 8),
    ("Sixty pwMS were randomly assigned to LDN or placebo first. Fifty-four completed both periods.", 60),
    ("Results: Thirty patients took LDN and 28 continued usual care.", 58),
    ("We randomly assigned 150 adults with moderate-to-severe chronic low back pain to oxycodone plus naltrexone 0.4 "
     "µg twice daily and 148 to oxycodone alone.", 298),
    ("We invited the 2 900 members of a registry to complete a questionnaire. In all, 1 210 participants responded.",
     1210),
    ("We identified 3 400 adults who filled a first prescription for naltrexone. Those with continuous enrolment for "
     "12 months (n = 2 380) formed the analysis cohort.", 2380),
    ("From the national MS register we identified 38 400 adults. The study cohort comprised 1 450 patients (290 LDN "
     "users and 1 160 matched non-users).", 1450),
    ("The cohort comprised 2 705 people: 541 LDN users and 2 164 matched non-users.", 2705),
    # a nested case-control study: its cases and controls, not the cohort they came from
    ("Within a cohort of 40 310 adults with AUD in a claims database, we identified 305 cases of liver injury and "
     "matched each to ten controls on age and sex (3 050 controls).", 3355),
    ("Within a national cohort of 7 020 people treated for opioid dependence, each fatal overdose was matched to four "
     "living controls. We included 190 cases and 760 controls.", 950),
    ("Of 150 adults prescribed LDN at the clinic, 121 completed the follow-up questionnaire and were analysed.", 121),
    ("Of 300 people who completed screening, 140 were randomised and 128 were analysed.", 140),
    ("Of 130 adults who completed detoxification, 58 elected to receive an implant and 49 oral naltrexone; the other "
     "23 declined both.", 107),
    # synthetic (session 21): a year before the colon, an extension's entrants, forums counted before the people
    ("We reviewed the charts of adults given LDN at one clinic between 2018 and 2024: 53 patients (Crohn's disease 31, "
     "ulcerative colitis 22).", 53),
    ("All 64 who entered the extension took LDN for a further year.", 64),
    # synthetic (session 22): the people a trial was done in, after words of when to take the drug; a database's size
    ("This double-blind trial compared daily plus targeted naltrexone before anticipated drinking with placebo in 96 "
     "students who drank heavily.", 96),
    ("We searched a claims database covering about 40 million members and found 12 310 adults who filled LDN.",
     12310),
    # a total before a colon, then its groups (not the total and the second group summed)
    ("Eighty-two adults were included: 40 in the naltrexone group and 42 controls.", 82),
    # those a questionnaire was sent to, or a sample surveyed, are asked, not those who answered
    ("A questionnaire was mailed to a random sample of 900 members. Of these, 311 returned a completed questionnaire.",
     311),
    ("We surveyed a random sample of 1,500 pharmacists about LDN. Of 402 respondents (27%), 96 had compounded it.",
     402),
    # a bracket after the matched group that holds both groups, not the matched alone
    ("We identified 906 LDN users, matched to 2 718 non-users (3 624 in total).", 3624),
    # "Of the N who enrolled": the count with no noun, after "the"
    ("Men leaving prison were offered a first injection. Of the 44 who enrolled, 39 received it.", 44),
    ("Of the 150 who were randomised, 131 began treatment.", 150),
    # trials counted before the people ("a post hoc analysis of two randomized trials … (n = 1 488)")
    ("In a post hoc analysis of two randomized trials of naltrexone-bupropion in obesity (n = 1 230), mood was stable.",
     1230),
    # a ratio before the people counted later
    ("Fewer than 1 in 20 veterans with AUD received naltrexone. Among 210 544 veterans with AUD, 4% filled it.",
     210544),
    ("A questionnaire was posted in two patient forums for people with lupus. Of 812 respondents, 290 had taken LDN.",
     812),
    # those who had taken it and the matched who had not; a total the abstract states in a bracket
    ("We reviewed the charts of one centre; 97 had taken LDN for a year and 194 matched patients had not.", 291),
    ("Ten adults were randomized to LDN or placebo at one site, and 10 more at a second site (total 20).", 20),
    # those who had never taken it, after a span of years; respondents of the invited; a bracket among the words of
    # those who completed a questionnaire
    ("We reviewed charts from 2010 to 2020 and identified 88 who had taken LDN for a year and 61 who had never taken "
     "it.", 149),
    ("A survey was emailed to neurologists. Two hundred and six of the 740 neurologists invited (27.8%) responded.",
     206),
    ("A questionnaire was posted online. Of 1 212 visitors who opened it, 503 who had used low-dose naltrexone (LDN) "
     "for fibromyalgia completed it.", 503),
    # a cohort that "followed" its people, before a results sentence counting events in its two groups
    ("This prospective cohort followed 72 patients with MS, 35 of whom chose LDN while 37 did not. Relapses occurred "
     "in 2 LDN users and 4 non-users.", 72),
])
def test_sample_sizes(text, n):
    got, phrase, cls, _, reasons = tag_sample_size(art(text), "rct", "human")
    assert got == n and cls == size_class(n) and reasons


@pytest.mark.parametrize("text", [
    "Patients took naltrexone 4.5 mg for 12 weeks.",
    "Women aged 45 years had a 30% reduction (p = 0.03) over 8 weeks.",
    "The 45-year-old cohort was followed from 2010 to 2019.",
    "Pain scores fell by 12 points (95% CI 4 to 20).",
    "The study ran from March 2021 to 2023 and enrolled women with fibromyalgia.",  # synthetic
    # synthetic (session 13): a Lancet middle-dot decimal is no count ("0·14 among users" is not 14 users)
    "The annualised relapse rate was 0\u00b714 among LDN users and 0\u00b715 among non-users.",
])
def test_numbers_that_are_not_sample_sizes(text):
    assert tag_sample_size(art(text), "other", "human")[0] is None


def test_a_pharmacovigilance_studys_size_is_its_reports_not_its_reactions_tallied():
    # synthetic (session 16)
    text = ("We identified 1 104 reports describing 2 300 reactions. The reactions reported most often were insomnia "
            "(n = 190), headache (n = 120) and nausea (n = 98).")
    assert tag_sample_size(art(text), "cohort_or_retrospective", "human")[0] == 1104


def test_sizes_are_null_for_animals_and_reviews():
    assert tag_sample_size(art("Forty mice were treated."), "animal_study", "animal")[0] is None
    assert tag_sample_size(art("We included 12 trials with 850 patients."), "systematic_review_or_meta_analysis",
                           "none")[:4] == (None, None, None, 12)


@pytest.mark.parametrize("text, included", [
    # synthetic (session 13): an umbrella review includes reviews, a scoping review records; those screened are not
    ("Nine systematic reviews were included, covering 97 unique trials.", 9),
    ("Of 1,284 records screened, forty-one records met the inclusion criteria: 30 case reports and 11 series.", 41),
    ("We screened 2,010 records. Twelve trials were included.", 12),
    ("We searched CENTRAL and two trials registers. We included five randomised trials (240 participants).", 5),
])
def test_the_included_count_of_a_review(text, included):
    assert tag_sample_size(art(text), "systematic_review_or_meta_analysis", "none")[3] == included


@pytest.mark.parametrize("text", ["Patients were RANDOMISED.", "Forty were Assigned to LDN.", "all allocated",
                                  "nothing here", "Forty were rand\u00f6mised.", "Forty were aſſigned to LDN.",
                                  "Forty were assİgned to LDN.", "non-random \u2013 40 patients", ""])
def test_the_allocation_cue_is_what_the_case_insensitive_regex_finds(text):
    # the ASCII fast path, and the regex for the letters re.IGNORECASE reads as others ('ſ' as 's', 'İ' as 'i')
    assert _allocation(text) == (ALLOCATION_WORDS.search(text) is not None)


@pytest.mark.parametrize("text", ["Forty patients RESPONDED.", "Forty patients reſponded.", "Forty replied.",
                                  "Of 90, 31 women with MS and 12 with RA took part.",
                                  "Thirty-one took part \u2013 all"])
def test_a_count_pattern_skipped_for_lack_of_its_words_would_have_found_nothing(text):
    for rx in (TOOK_PART_RE, GROUPS_RE, RANDOMISED_COUNT_RE):
        assert [m.span() for m in _finditer(rx, text, text.lower())] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("text", ["Patients were RANDOMISED.", "Forty were Enrolled", "all ALLOCATED", "nothing here",
                                  "Forty were enroledö", "Forty were ranDomly aſſigned", "Forty were randomİzed", ""])
def test_the_bare_enrolment_cue_is_what_the_case_insensitive_regex_finds(text):
    assert _bare_cue(text, text.lower()) == (BARE_CUE.search(text) is not None)


def test_number_led_counts_are_tried_only_where_a_number_starts_and_find_what_their_regex_finds():
    """The number-led count patterns (sample_size.NUMBER_LED) tried only where a number starts (an ASCII sentence's
    digits and number words after a non-word character) find every match their regex finds, in order: over every
    sentence of the labelled abstracts and over count-like strings put together at random (synthetic; seeded)."""
    import random

    from labelled import all_sets
    from ldn_lit.tagging.sample_size import number_starts
    from ldn_lit.tagging.text import sentences, words_of

    texts = [s.text for labelled in all_sets() for a, _ in labelled.cases for s in sentences(a)]
    rng = random.Random(17)
    pieces = ["12", "1,234", "12 418", "4.5", "Forty", "forty-two", "one hundred and twelve", "Seventy", "seventeen",
              "tenfold", "often", "none", "patients", "adults", "women", "people", "were", "randomised",
              "randomly assigned", "enrolled", "allocated to", "each arm", "per group", "and", "to", "placebo", "LDN",
              "with", "MS", "controls", "non-users", "matched", "compared", "responded", "took part", "of", "the",
              "(", ")", ",", ".", "-", "%", "n =", "_", "x2", "a.12", "-12"]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(2, 25))) for _ in range(3000)]
    found = 0
    for text in texts:
        if not text.isascii():
            continue
        low = text.lower()
        for rx in NUMBER_LED:
            assert rx.pattern.startswith("(?<![\\w"), rx.pattern[:20]  # no word character before the number
            want = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
            for starts in (number_starts(low), number_starts(low, words_of(low))):  # with the words, and without
                assert [(m.span(), m.groupdict()) for m in _finditer(rx, text, low, starts)] == want, \
                    (rx.pattern[:60], text)
            found += len(want)
    assert found > 500


def test_attrition_counts_are_tried_only_where_they_can_start_and_find_what_their_regex_finds():
    """attrition's number-led counts (N_OF_M, N_VERB) tried only where a number starts, and OF_M led by "of " (its
    \\b after it), find what their regexes find: over every folded sentence of the labelled abstracts, non-ASCII ones
    too, and over count-like strings put together at random (synthetic; seeded)."""
    import random
    import re

    from labelled import all_sets
    from ldn_lit.tagging import attrition
    from ldn_lit.tagging.sample_size import matches_at, number_starts
    from ldn_lit.tagging.text import fold, sentences, words_of

    texts = [fold(s.text) for labelled in all_sets() for a, _ in labelled.cases for s in sentences(a)]
    rng = random.Random(17)
    pieces = ["12", "60", "1,234", "forty", "forty-two", "seventeen", "tenfold", "none", "of", "of the", "out of",
              "all", "(78%)", "patients", "randomised", "completed", "withdrew", "dropped out", "were lost", "had",
              "did not complete", "with", "in", ",", ".", "-", "%", "ſ", "ı", "é", "_", "x2", "prof", "goof"]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(2, 20))) for _ in range(3000)]
    old_of_m = re.compile(r"\bof " + attrition.OF_M.pattern.removeprefix(r"of (?<!\wof )"))
    assert old_of_m.pattern != attrition.OF_M.pattern
    found = 0
    for low in texts:
        want = [(m.span(), m.groupdict()) for m in old_of_m.finditer(low)]
        assert [(m.span(), m.groupdict()) for m in attrition.OF_M.finditer(low)] == want, low
        found += len(want)
        for rx in (attrition.N_OF_M, attrition.N_VERB):
            want = [(m.span(), m.groupdict()) for m in rx.finditer(low)]
            for starts in (number_starts(low), number_starts(low, words_of(low))):  # with the words, and without
                assert [(m.span(), m.groupdict()) for m in matches_at(rx, low, starts)] == want, (rx.pattern[:40], low)
            found += len(want)
    assert found > 300


def test_number_words():
    assert parse_number("Thirty-one") == 31 and parse_number("one hundred twenty-eight") == 128
    assert parse_number("1,234") == 1234 and parse_number("dozens") is None


@pytest.mark.parametrize("text, doses, cls", [
    ("Patients took 4.5 mg naltrexone nightly.", [4.5], "low"),
    ("LDN was titrated from 1.5 to 4.5 mg.", [1.5, 4.5], "low"),
    ("naltrexone 50 mg/day reduced drinking", [50.0], "standard"),
    ("ultra-low-dose naltrexone 1 µg was added", [0.001], "very_low"),
    ("naltrexone 0.0001 mg with oxycodone", [0.0001], "ultra_low"),
    ("methotrexate 15 mg weekly and LDN 4.5 mg", [4.5], "low"),
    ("mice received naltrexone 10 mg/kg", [], None),
    ("naltrexone 12 mg daily", [12.0], None),
    # synthetic (session 15): a survey's or review's dose told without the drug's name, in a record about naltrexone
    ("Respondents had used low-dose naltrexone. Most took 3 mg or 4.5 mg at night.", [3.0, 4.5], "low"),
    ("Pharmacists dispensed naltrexone usually as capsules of 1.5 mg to 4.5 mg.", [1.5, 4.5], "low"),
    ("Adults taking naltrexone who took at least 60 mg of oral morphine a day were enrolled.", [], None),
    ("Ten women with bulimia took naltrexone, starting at 12.5 mg and increasing to 50 mg daily.", [12.5, 50.0],
     "standard"),
    # synthetic (session 16): thousands written with a thin space or a comma; a plasma level is no dose
    ("Volunteers received one implant holding 1\u2009000 mg of naltrexone.", [1000.0], "standard"),
    ("A 1,000 mg naltrexone implant was inserted.", [1000.0], "standard"),
    ("Each naltrexone implant (1 800 mg) lasted 12 weeks.", [1800.0], "standard"),
    ("Plasma naltrexone stayed above 1 ng/mL for 80 days.", [], None),
    ("LDN 4.5 mg kept plasma naltrexone above 2 ng per ml.", [4.5], "low"),
    ("Morphine PCA with naltrexone 0.5 µg/mL was given for 48 h.", [0.0005], "ultra_low"),
    ("LDN was started at 0.5 mg and increased by 0.5 mg every week to 3 mg.", [0.5, 3.0], "low"),
    ("Each received a 380 mg injection of extended-release naltrexone before release.", [380.0], "standard"),
    ("PCA with naltrexone 0.5 µg/mL was given. Morphine consumption at 48 h was 40 mg with naltrexone and 44 mg with "
     "placebo.", [0.0005], "ultra_low"),
])
def test_doses(text, doses, cls):
    got, got_cls, reasons = tag_dose(art(text))
    assert got == doses and got_cls == cls
    if "mg/kg" in text:
        assert reasons[0].rule == "per_kg_dose_ignored"


def test_dose_shapes_are_tried_only_before_a_unit_and_find_what_their_regex_finds():
    """dose._doses tries each shape only where a match can start (a digit, a drug's name or a dose word shortly before
    a number and its unit): every match of the plain regex, in order, over every labelled abstract and over dose-like
    strings put together at random (synthetic; seeded: the same strings each run)."""
    import random
    import re

    from labelled import all_sets
    from ldn_lit.tagging import dose
    from ldn_lit.tagging.text import fold

    texts = [f"{a.title} {a.abstract}" for labelled in all_sets() for a, _ in labelled.cases]
    rng = random.Random(17)
    pieces = ["4.5", "1,5", "50", "0.5", "12", "mg", "milligrams", "µg", "mcg", "ng", " ", "  ", "\n", "\u2009", "-",
              "–", "to", "and", "or", "vs.", "versus", "naltrexone", "LDN", "low-dose naltrexone", "XR-NTX", "dose",
              "titrated", "up to", "range", "/kg", "per kg", "daily", "of", "(", ")", ".", ",", "placebo",
              "prednisolone", "nightly", "at night"]
    texts += ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(3, 30)))
              for _ in range(3000)]
    found = 0
    for text in texts:
        low = fold(text)
        units = dose._units(low)
        for rule in (dose.BEFORE_DRUG, dose.AFTER_DRUG, dose.DOSE_WORD, dose.NIGHTLY):
            want = [(m.span(), m.groupdict()) for m in re.compile(rule.rx.pattern).finditer(low)]
            assert [(m.span(), m.groupdict()) for m in dose._doses(rule, low, units)] == want, (rule.rx.pattern, low)
            found += len(want)
    assert found > 500


def test_lines_folded_one_by_one_are_the_joined_text_folded():
    """text.fold_lines joins the lines' own folds: the same text as fold() of the joined lines, for every labelled
    abstract's title and sentences, and for lines whose lower case changes length ('İ') or depends on what follows
    (a final capital sigma), alone and together (synthetic lines)."""
    from labelled import all_sets
    from ldn_lit.tagging.text import fold, fold_lines, sentences

    cases = [[a.title, *(s.text for s in sentences(a))] for labelled in all_sets() for a, _ in labelled.cases]
    cases += [["İSTANBUL cohort", "ΟΔΟΣ ΣΟΦΙΑΣ study"], ["ΟΔΟΣ", "İ"], ["p=0·41 – ΣΣ"], ["", "a", ""], []]
    for lines in cases:
        assert fold_lines(lines) == fold("\n".join(lines)), lines


def test_dose_class_boundaries():
    assert [dose_class(x) for x in (0.0005, 0.001, 0.9, 1, 5, 5.5, 25, 50)] == [
        "ultra_low", "very_low", "very_low", "low", "low", None, "standard", "standard"]


@pytest.mark.parametrize("text, finding", [
    ("Pain did not differ from placebo.", "null"),
    ("LDN did not significantly reduce fatigue.", "null"),
    ("Naltrexone was not superior to placebo.", "null"),
    ("Fatigue was significantly reduced with LDN compared with placebo (p = 0.01).", "positive"),
    ("LDN was well tolerated.", "safety_only"),
    ("Disease activity worsened on LDN and improved after stopping.", "negative"),
    ("Heavy drinking days decreased in both groups with no significant difference between groups.", "null"),
    ("Pain scores did not differ, but nausea was less frequent with naltrexone.", "mixed"),
    ("Fatigue decreased significantly, whereas joint counts did not change.", "positive"),
    ("TSH was not significantly changed.", "null"),
    ("Disease activity (SLEDAI) improved in 12 and worsened in 3.", "mixed"),
    ("LDN was non-inferior to amitriptyline for pain.", "positive"),
    ("Adverse effects occurred in 4 children and were mild.", "safety_only"),
    ("Tumour volume was 40% smaller in treated mice (P<0.01).", "positive"),
    ("LDN did not slow disability progression in secondary progressive MS.", "null"),
    ("Fatigue improved in both arms, and the between-group difference was not significant (p=0.47).", "null"),
    ("LDN gave a modest reduction in pain but no difference in fatigue.", "mixed"),
    ("Within eight weeks the erosions healed.", "positive"),
    ("DAS28 fell by 0.9 on LDN and 0.4 on placebo (p = 0.08).", "null"),
    ("Calprotectin showed a non-significant trend toward lower values on LDN.", "null"),
    ("Pain fell by 2 points on LDN (p < 0.01) and fatigue by 1 point (p = 0.3).", "positive"),
    ("Thirty-one remained in clinical remission.", "positive"),
    ("Overall, 74% reported a positive effect on at least one symptom; 14% reported worsening.", "mixed"),
    ("LDN use was not associated with improved survival in high-grade glioma.", "null"),
    ("Mean itch NRS decreased in both groups, with no significant between-group difference.", "null"),
    ("Naltrexone treatment after detoxification was associated with substantially lower mortality.", "positive"),
    ("LDN may help to relieve residual pain and fatigue in SLE.", "positive"),
    ("Self-grooming was not affected by treatment.", "null"),
    ("Clinicians should be aware that LDN may precipitate disease flares.", "negative"),
    ("Participants receiving naltrexone had lower mean withdrawal scores (8.1 vs 11.6; p = 0.002).", "positive"),
    ("Withdrawal scores were 8.1 and 8.4 (p = 0.62).", "null"),
    ("These results do not support the use of add-on LDN in UC.", "null"),
    ("Ultra-low-dose naltrexone provided no additional benefit when added to oxycodone.", "null"),
    ("The rate of fatal overdose was markedly increased after discontinuation.", "negative"),
    ("Fatigue improved in both groups (adjusted difference -0.5, 95% CI -2.0 to 1.0).", "null"),
    ("Current evidence does not show a significant effect of LDN on pain in fibromyalgia.", "null"),
    ("Extended-release naltrexone started before release reduced opioid relapse.", "positive"),
    ("Clinically important liver injury was rare.", "safety_only"),
    ("Pain fell by 1.9 points with LDN and 2.2 with amitriptyline; the between-group difference (0.3, 95% CI -0.6 "
     "to 1.2) was not significant.", "null"),
    ("LDN added to usual care was associated with clinically relevant reductions in pain and disability.", "positive"),
    ("The weight benefit was accompanied by substantial intolerance.", "negative"),
])
def test_findings(text, finding):
    a = art("Twenty patients took part. " + text)
    got, evidence, reasons, _ = tag_finding(a, "rct")
    assert got == finding and evidence == text and reasons


@pytest.mark.parametrize("text", [
    "Groups were comparable at baseline except for age.",
    "Current evidence is insufficient to determine whether LDN improves fibromyalgia symptoms.",
])
def test_statements_that_are_not_results(text):
    assert tag_finding(art("Twenty patients took part. " + text), "rct")[0] == "descriptive"


def test_association_of_something_else_is_not_a_finding_about_ldn():
    a = art("Twenty patients took part. Slower titration was associated with fewer discontinuations.")
    assert tag_finding(a, "cohort_or_retrospective")[0] == "descriptive"


def test_finding_for_reviews_protocols_and_empty():
    assert tag_finding(art("We review the literature."), "narrative_review")[0] == "descriptive"
    assert tag_finding(art("Sixty adults will be randomized."), "protocol")[0] is None
    assert tag_finding(art(""), "rct")[0] is None


def test_conditions_are_read_with_the_configuration_given_each_time():
    """The conditions' rules are remembered for the Condition objects tagged with last: another configuration (other
    objects, even with the same ids) is read anew, and the first again after it (synthetic)."""
    a = art("Twenty adults with burning mouth syndrome took part.", title="Synthetic: a pilot study")
    first = [Condition("bms", "BMS", "q", synonyms=["burning mouth syndrome"])]
    second = [Condition("bms", "BMS", "q", synonyms=["glossodynia"])]
    assert tag_conditions(a, first)[0] == ["bms"]
    assert tag_conditions(a, second)[0] == []
    assert tag_conditions(a, list(first))[0] == ["bms"]  # a new list of the same objects


def test_conditions_never_from_a_list_in_the_background():
    conds = [Condition("multiple_sclerosis", "MS", "q", ["Multiple Sclerosis"], ["multiple sclerosis"]),
             Condition("crohns_disease", "Crohn", "q", [], ["Crohn's disease"]),
             Condition("fibromyalgia", "FM", "q", [], ["fibromyalgia"]),
             Condition("crps", "CRPS", "q", [], ["CRPS", "complex regional pain syndrome"])]
    a = art("LDN has been used in multiple sclerosis, Crohn's disease and fibromyalgia. We treated 10 patients "
            "with CRPS.")
    assert tag_conditions(a, conds)[0] == ["crps"]
    b = art("", title="Synthetic", mesh=[MeshHeading("Multiple Sclerosis")])
    ids, reasons = tag_conditions(b, conds)
    assert ids == ["multiple_sclerosis"] and reasons[0].rule == "mesh"
    assert tag_conditions(art("crps is not an acronym in lower case here"), conds)[0] == []


def test_integrity_flags():
    a = art("", publication_types=["Retracted Publication"],
            comments_corrections=[CommentCorrection("RetractionIn", "2"), CommentCorrection("ErratumIn", "3")])
    flags = tag_integrity(a)
    assert flags["retracted"][0] and flags["erratum"][0] and not flags["expression_of_concern"][0]
    notice = art("", comments_corrections=[CommentCorrection("RetractionOf", "9")])
    assert not tag_integrity(notice)["retracted"][0]


def test_sentences_are_exact_and_respect_abbreviations():
    text = "Patients (e.g. women) improved vs. placebo. Dr. Placeholder et al. reported 3.5 mg. Done."
    parts = split_sentences(text)
    assert parts == ["Patients (e.g. women) improved vs. placebo.", "Dr. Placeholder et al. reported 3.5 mg.", "Done."]
    assert all(p in text for p in parts)
    # synthetic: a hyphenated tool name ending in a capital ("ROBINS-I.") ends its sentence; an initial does not
    assert split_sentences("Bias was rated with ROBINS-I. Results: Five studies were included. J. Doe agreed.") == [
        "Bias was rated with ROBINS-I.", "Results: Five studies were included.", "J. Doe agreed."]
    # synthetic (session 17): a sentence led by a lower-case acronym ("mRSS", "hsCRP") is one of its own
    assert split_sentences("Itch fell (p = 0.02). mRSS did not differ. hsCRP fell. e.g. gave none.") == [
        "Itch fell (p = 0.02).", "mRSS did not differ.", "hsCRP fell. e.g. gave none."]


def test_real_case_control_abstract_counts_cases_and_controls():
    from pathlib import Path

    from ldn_lit.pubmed_xml import parse_articles
    from ldn_lit.tagging import tag_article

    sample = Path(__file__).resolve().parents[2] / "shared" / "eutils-samples" / "pubmed4.xml"
    if not sample.exists():
        pytest.skip("../shared/eutils-samples not present")
    t = tag_article(parse_articles(sample)[0], [])
    assert (t.sample_size, t.design, t.population) == (1282, "cohort_or_retrospective", "human")


@pytest.mark.parametrize("text, design", [
    ("Twenty patients with active ulcerative colitis received 4.5 mg LDN for 12 weeks.", "open_label_single_arm"),
    ("Thirty healthy volunteers took LDN 4.5 mg for 10 days.", "open_label_single_arm"),
    ("Five patients with refractory dermatomyositis took LDN 4.5 mg daily.", "case_series"),
    ("A prospective open trial of LDN in 20 patients.", "open_label_single_arm"),
    ("Using national prescription registers, we identified 1,573 persons with MS who used LDN.",
     "cohort_or_retrospective"),
    ("Medical records of patients who received LDN were reviewed.", "cohort_or_retrospective"),
    ("An open-label case series: six patients with CRPS took LDN.", "case_series"),
    ("Beta-endorphin was measured in 40 patients before and after 3 months of LDN.", "open_label_single_arm"),
    # a call for future trials names no design of this study
    ("Fourteen adults with Crohn's disease received naltrexone 4.5 mg. A placebo-controlled trial is justified.",
     "open_label_single_arm"),
    ("Eighteen women took naltrexone 4.5 mg. The improvement merits investigation in a randomised trial.",
     "open_label_single_arm"),
])
def test_designs_from_abstract_wording(text, design):
    got, population, reasons = tag_design(art(text))
    assert got == design and population == "human" and reasons["design"][0].matched


def test_nlm_category_decides_the_section_a_label_belongs_to():
    from ldn_lit.tagging.text import sentences

    a = Article(pmid="1", title="Synthetic", abstract_sections=[
        AbstractSection("MAIN OUTCOMES AND MEASURES", "Change in pain improved scores were the outcome.", "METHODS"),
        AbstractSection("MEASUREMENTS AND MAIN RESULTS", "Pain did not differ from placebo.", "RESULTS"),
        AbstractSection("OUTCOMES", "Fatigue.", None),  # no category: our own reading of the label
        AbstractSection("OUTCOME MEASURES", "Fatigue.", None)])  # names what was measured: methods
    assert [s.section for s in sentences(a)] == ["methods", "results", "results", "methods"]
    assert tag_finding(a, "rct")[:2] == ("null", "Pain did not differ from placebo.")


@pytest.mark.parametrize("text, doses, cls", [
    ("Patients were prescribed LDN; the dose was titrated from 1.5 mg to a maximum of 4.5 mg at bedtime.",
     [1.5, 4.5], "low"),
    ("LDN was discontinued and oral prednisolone 40 mg daily was added.", [], None),
    ("Patients took hydroxychloroquine 400 mg/day; the LDN dose was 4.5 mg.", [4.5], "low"),
    ("Oxycodone 10 mg twice daily plus naltrexone 0.25 ug twice daily.", [0.00025], "ultra_low"),
    ("Naltrexone doses ranged from 0.5 mg to 4.5 mg daily.", [0.5, 4.5], "low"),
    ("Morphine use was lower with the naltrexone combination (median 18.5 mg vs 27.0 mg).", [], None),
    ("Patients took LDN (median dose 3.0 mg, range 1.5-4.5 mg).", [1.5, 3.0, 4.5], "low"),
    # synthetic (session 14): a ';' inside the drug's brackets, a dose told without the drug's name, "and one to"
    ("We propose that low-dose naltrexone (LDN; 1.5-4.5 mg daily) could lessen fatigue.", [1.5, 4.5], "low"),
    ("Three women took LDN. It was started at 1.5 mg and reached 4.5 mg nightly.", [1.5, 4.5], "low"),
    ("All took LDN, starting at 3 mg daily; two were increased to 4.5 mg and one to 6 mg daily.", [3.0, 4.5, 6.0],
     None),
    # synthetic (session 17): a mean or median in the sentence before is not an amount used; a titration's target
    ("Users of LDN answered. The median age was 51. Most took 1.5 mg to 3 mg nightly.", [1.5, 3.0], "low"),
    ("He began LDN at 0.5 mg nightly, increased over 8 weeks to 3 mg.", [0.5, 3.0], "low"),
    ("Most neurologists had prescribed LDN, nearly always at 4.5 mg at night.", [4.5], "low"),
    ("LDN use was recorded in the medication list (usually 3 mg at night).", [3.0], "low"),
    ("GPs had prescribed naltrexone for alcohol dependence, typically 50 mg daily.", [50.0], "standard"),
    ("Each implant held 1\u00a0000 mg of naltrexone.", [1000.0], "standard"),  # a no-break space in thousands
    ("All started LDN at 0.5 mg, increasing weekly to 4.5 mg.", [0.5, 4.5], "low"),
    # synthetic (session 18): a lab value in mg/L beside the drug's name; a per-kg dose told in mg after it; what
    # prescribers gave
    ("CRP was lower in those taking LDN (2.8 vs 5.9 mg/L, p = 0.02).", [], None),
    ("Low-dose naltrexone 0.1 mg/kg nightly (3 mg) was started.", [3.0], "low"),
    ("The boys were given naltrexone 0.5 to 1 mg/kg daily (25 to 50 mg).", [25.0, 50.0], "standard"),
    ("GPs who had used LDN for pain, fatigue or lupus answered. Most prescribed 1.5 mg to 4.5 mg at night.",
     [1.5, 4.5], "low"),
    ("Most users collected 4·5 mg capsules of LDN.", [4.5], "low"),
    ("At bedtime she took her first 1.5 mg capsule of compounded LDN.", [1.5], "low"),  # synthetic (session 19)
    ("Eleven trials of LDN were pooled. The trials, all using 4.5 mg nightly, lasted 8 to 16 weeks.", [4.5], "low"),
    ("LDN was prescribed to 412 patients. Nearly all prescriptions were for 4.5 mg or less.", [4.5], "low"),
    ("Respondents had taken LDN for a median of 14 months (range 1-96), usually at 3 mg or 4.5 mg a night.",
     [3.0, 4.5], "low"),
    # synthetic (session 20): a nightly dose with the drug named a sentence or a clause before; a monthly injection
    # "given as" its dose
    ("Small open trials of LDN were found. They suggest less pain at 4.5 mg nightly.", [4.5], "low"),
    ("Of 90 clinicians, 61 had used LDN for chronic pain in the previous twelve months, most at 1.5 mg to 3 mg at "
     "night.", [1.5, 3.0], "low"),
    ("Reports of LDN in CRPS were sought. Nine reports described 23 patients, most treated with 4.5 mg at bedtime.",
     [4.5], "low"),
    ("The panel discussed LDN. It might be tried for fatigue or pain when a patient asks for it, at 1.5 to 4.5 mg at "
     "night.", [1.5, 4.5], "low"),
    ("Extended-release naltrexone, a monthly intramuscular form of the antagonist, is given as a 380 mg injection.",
     [380.0], "standard"),
    ("LDN was added. Amitriptyline was continued at 10 mg nightly.", [], None),
    ("LDN dispensing was studied. Nearly all dispensings were for 4.5 mg capsules.", [4.5], "low"),
    # synthetic (session 21): a dose or capsule told by its size; not the standard dose LDN is set against, nor the
    # licensed one; what most dispensed items were for
    ("She had taken tramadol 200 mg daily and started LDN. An hour after her first 1.5 mg dose she felt unwell.",
     [1.5], "low"),
    ("Naltrexone content was measured by chromatography in 3 mg capsules made with two fillers.", [3.0], "low"),
    ("Patients took LDN 3 mg. That is a tenth of the standard 50 mg dose.", [3.0], "low"),
    ("Naltrexone at doses of 1 to 4.5 mg a day acts quite differently from the 50 mg dose.", [1.0, 4.5], "low"),
    # a review's doses after "(a total of 612 patients)" or "in total"; patients "treated with"; a "trial of"; another
    # drug named as an acid
    ("Reviews of LDN: seven studies (a total of 612 patients) were included, all using 1 to 4.5 mg daily.", [1.0, 4.5],
     "low"),
    ("Reviews of LDN: five studies, 98 patients in total, with doses of 25 to 200 mg daily.", [25.0, 200.0],
     "standard"),
    ("A review of LDN described 57 patients treated with 1.5 to 4.5 mg daily.", [1.5, 4.5], "low"),
    ("A review of LDN found one randomised crossover trial of 3 mg.", [3.0], "low"),
    ("Three patients took intravenous alpha-lipoic acid 300-600 mg twice weekly and oral naltrexone 4.5 mg at bedtime.",
     [4.5], "low"),
    ("Most took 4.5 mg of LDN. It is not the 50 mg dose used in alcohol dependence.", [4.5], "low"),
    ("LDN items dispensed rose tenfold. Most were for 4.5 mg capsules.", [4.5], "low"),
    ("In a register of LDN users, dispensings were nearly all for 3 mg or less.", [3.0], "low"),
    # synthetic (session 22): injections told in the plural or by their size alone; a titration "after" a time; the
    # bupropion combination's pair of doses, naltrexone's the smaller; not another combination's pair
    ("Veterans received monthly 380 mg injections of extended-release naltrexone.", [380.0], "standard"),
    ("Extended-release naltrexone may lower overdose after release. Men were given a first 380 mg injection in jail.",
     [380.0], "standard"),
    ("Naltrexone was started at 12.5 mg and raised after four days to 50 mg.", [12.5, 50.0], "standard"),
    ("Adults with obesity took naltrexone-bupropion (up to 32/360 mg a day) or placebo.", [32.0], "standard"),
    ("Smokers were randomised to NB 16/180 mg or placebo; naltrexone was the NB's opioid antagonist.", [16.0], None),
    ("Naltrexone was compared with buprenorphine/naloxone 16/4 mg daily; naltrexone was 50 mg.", [50.0], "standard"),
])
def test_dose_words_and_other_drugs(text, doses, cls):
    got, dcls, reasons = tag_dose(art(text))
    assert got == doses and dcls == cls


def test_a_condition_ruled_out_is_not_a_condition_studied():
    conds = [Condition("cancer", "Cancer", "q", [], ["cancer", "malignancy"]),
             Condition("dermatomyositis", "Dermatomyositis", "q", [], ["dermatomyositis"])]
    a = art("We report a 58-year-old man with dermatomyositis, without underlying malignancy on screening, "
            "whose itch resolved on LDN.")
    assert tag_conditions(a, conds)[0] == ["dermatomyositis"]
    # synthetic (session 19): people with no medication for the condition have it, untreated
    oud = [Condition("opioid_use_disorder", "Opioid use disorder", "q", [], ["opioid use disorder"])]
    a = art("Adults with opioid use disorder leaving prison were eligible if they had no medication for opioid use "
            "disorder in the month before release.")
    assert tag_conditions(a, oud)[0] == ["opioid_use_disorder"]


def test_cells_from_mice_are_an_in_vitro_study_and_non_cancer_pain_is_not_cancer():
    from ldn_lit.tagging.design import tag_design

    design, population, _ = tag_design(art("Murine BV-2 microglial cells were treated with naltrexone in vitro. "
                                           "Naltrexone reduced nitric oxide production."))
    assert (design, population) == ("in_vitro", "in_vitro")
    conds = [Condition("cancer", "Cancer", "q", [], ["cancer"]), Condition("chronic_pain", "Chronic pain", "q", [],
                                                                           ["chronic pain", "non-cancer pain"])]
    assert tag_conditions(art(title="LDN for chronic non-cancer pain: a meta-analysis"), conds)[0] == ["chronic_pain"]


def test_labels_written_into_an_unstructured_abstract_are_sections():
    from ldn_lit.tagging.text import sentences

    a = art("Background: Itch is common in psoriasis. Methods: We reviewed 43 charts. "
            "Results: Itch decreased from 8 to 4. "
            "Conclusion: LDN may be useful.")
    assert [s.section for s in sentences(a)] == ["background", "methods", "results", "conclusions"]


def test_cells_from_donors_are_in_vitro_and_excluded_conditions_are_not_studied():
    from ldn_lit.tagging.design import tag_design

    assert tag_design(art("We isolated peripheral blood mononuclear cells from ten healthy donors and stimulated them "
                          "in the presence of naltrexone."))[:2] == ("in_vitro", "in_vitro")
    conds = [Condition("psoriasis", "Psoriasis", "q", [], ["psoriasis"])]
    assert tag_conditions(art("Charts of 40 patients with itch were reviewed; patients with psoriasis were excluded."),
                          conds)[0] == []


def test_a_background_dose_is_earlier_work_beside_the_studys_own():
    """Synthetic: a structured abstract whose background names the licensed dose, and whose methods give LDN."""
    def art(*sections):
        return Article("1", "Synthetic: low-dose naltrexone for a synthetic disorder",
                       abstract_sections=[AbstractSection(label, text) for label, text in sections])

    bg = ("BACKGROUND", "Naltrexone has been used for years at doses of 50-100 mg/day in alcohol dependence.")
    methods = ("METHODS", "Twenty synthetic patients took naltrexone at 3-4.5 mg/day for eight weeks.")
    doses, cls, reasons = tag_dose(art(bg, methods))
    assert (doses, cls) == ([3.0, 4.5], "low")
    assert [r.matched for r in reasons if r.rule == "background_dose_ignored"] == [
        "Naltrexone has been used for years at doses of 50-100 mg", "doses of 50-100 mg"]
    assert tag_dose(art(bg, ("METHODS", "Twenty synthetic patients were followed.")))[:2] == ([50.0, 100.0],
                                                                                              "standard")
    assert tag_dose(art(("RESULTS", bg[1]), methods))[:2] == ([3.0, 4.5, 50.0, 100.0], "standard")  # not background


def test_a_dose_escalation_reads_every_step():
    """Synthetic: an induction doubled day by day reaches the licensed dose: the largest step decides the class."""
    a = Article(pmid="1", title="Synthetic: rapid naltrexone induction",
                abstract_sections=[AbstractSection(None, "Adults in withdrawal management took oral naltrexone "
                                                   "starting at 1 mg on day 1, doubled daily to 32 mg by day 6.")])
    dose, cls = tag_dose(a)[:2]
    assert dose == [1.0, 32.0] and cls == "standard"


def _split_as_before(text: str) -> list[str]:
    """split_sentences as it was written first: re.split at a look-behind-led pattern (tried at every character)."""
    import re

    cut = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[]|[a-z]{1,2}[A-Z]{2})|(?<=[A-Za-z0-9)][.])(?=(?:Results?|Methods?|"
                     r"Conclusions?|"
                     r"Objectives?|Background|Findings|Interpretation|Patients and methods):)")
    abbreviation = re.compile(r"(?:\b(?:e\.g|i\.e|vs|al|approx|Dr|Fig|No|ca|cf|resp|i\.v|s\.c|p\.o)\.|"
                              r"(?<![\w-])[A-Z]\.)$")
    parts: list[str] = []
    buf = ""
    for piece in cut.split(text):
        buf = f"{buf} {piece}" if buf else piece
        if abbreviation.search(buf):
            continue
        parts.append(buf)
        buf = ""
    if buf:
        parts.append(buf)
    return [p.strip() for p in parts if p.strip()]


@pytest.mark.parametrize("text", [  # synthetic shapes: stops in a row, cuts without a space, abbreviations at the end
    "Pain fell. . Next came sleep.", "It worked?!  Then it stopped. (Twelve left.) [Two more.] 3 withdrew.",
    "Five trials were included.Results: pain fell.Conclusions: LDN helps.", "Seen by Dr. A. Placeholder et al.",
    "Doses (e.g. 4.5 mg) vs. placebo. No. 3 was given i.v. Then s.c. Sleep improved.", "", " ", "Ends with e.g.",
    "One.\n\nTwo.\tThree.", "x.Results: y", "Fig. 2 shows it. Approx. half responded. ROBINS-I. J. Doe agreed.",
])
def test_sentences_are_cut_where_the_look_behind_pattern_cut_them(text):
    assert split_sentences(text) == _split_as_before(text)


def test_sentences_of_every_labelled_abstract_are_cut_as_before():
    from labelled import all_sets

    texts = [s.text for labelled in all_sets() for art, _ in labelled.cases for s in art.abstract_sections]
    assert len(texts) > 100
    assert [split_sentences(t) for t in texts] == [_split_as_before(t) for t in texts]


@pytest.mark.parametrize("text", ["pain fell (p=0.03); sf-36 rose", "p=0·03 in crohn’s disease, naïve users",
                                  "", "a\tb\nc  d_e", "ldn 4.5mg/day", "x\udc80y", "ǆ ünï ß", "a\x00b\x7fc"])
def test_the_words_of_a_text_are_its_runs_of_letters_and_digits(text):
    import re

    from ldn_lit.tagging.text import fold, words_of

    assert words_of(fold(text)) == frozenset(re.findall(r"[a-z0-9]+", fold(text)))


def test_a_cell_lines_name_is_no_dose():
    # synthetic (session 14): "U87-MG" is a glioblastoma cell line, not 87 mg
    assert tag_dose(art("U87-MG cells were exposed to naltrexone at 10 uM."))[:2] == ([], None)

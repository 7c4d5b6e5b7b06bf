"""Sample size: total human participants enrolled (or randomised), from the abstract's own words.

Recognises digits ("31 patients", "1,234 respondents"), number words ("Thirty-one women"),
"N = 60", and per-arm counts in one sentence ("LDN (n = 12) or placebo (n = 14)" -> 26).
Doses, ages, durations, percentages, p-values and scores are never sizes: a number counts only
when a participant noun follows it (or it is an explicit n =).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from ..models import Article, TagReason
from ..vocabulary import HUMAN_POPULATIONS, REVIEWS, SIZE_CLASS_BOUNDS
from . import phrases
from .rule_cache import regex
from .text import Sentence, fold, holds_one, required_literals, sentences

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
WORD_VALUES = {w: i for i, w in enumerate(_UNITS)} | _TENS
_WORD = r"(?:%s)" % "|".join(sorted(WORD_VALUES, key=len, reverse=True))
# ("Thirty‑eight": a no-break or Unicode hyphen joins them too)
_JOIN = r"[-\u2010\u2011 ]"
NUMBER_WORDS = rf"(?:{_WORD}(?:{_JOIN}{_WORD})?(?: hundred(?:(?: and)? {_WORD}(?:{_JOIN}{_WORD})?)?)?)"
# "2,140 adults", "12 418 patients" (a space or thin space between thousands; "2 906, 1 204 of whom": a comma after
# them ends the number), "31", "Thirty-one"
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u2009\u202f]\d{{3}})+(?![\d.,]\d|\d)|\d+|{NUMBER_WORDS})"

# "Seventy percent responded", "46% were randomised to ...": a share of people, never their number.
NOT_A_SHARE = r"(?!\s*(?:%|per ?cent\b))"
_P = phrases.load("sample_size")
PARTICIPANTS = "(?:" + "|".join(re.escape(p) for p in _P["participants"].phrases) + ")"
# Where a count may start: not inside a word or another number ("0·14", "2.5", "1,204", "12-week"). Every count
# pattern below leads with it (RANDOMISED_COUNT_RE also not after ':'), so a character that continues a number is
# added here once.
_NUM_START = r"(?<![\w.,·-])"
# "meeting the 2016 fibromyalgia criteria": a year that names criteria, no count
_YEAR_OF_CRITERIA = r"(?:19|20)\d\d (?:[\w-]+ ){0,2}(?:criteria|classification|guidelines?|definition)\b"
# Up to four words between the number and the noun ("31 adult female patients", "60 consecutive"); not "two of three
# patients", a part of the three, nor "three patient forums for people", "two clinics' patients": places counted, nor
# "a database covering 60 million enrollees" (its size, never 60 people).
COUNT_RE = regex(
    rf"{_NUM_START}(?P<num>{NUMBER})(?!-(?:period|arm|arms|phase|way|fold|stage|centre|center|site|item|point|step|"
    rf"tier)\b)(?![ -](?:or|than|of (?:the )?{NUMBER_WORDS})\b)(?P<between>(?:[ -](?!(?:mg|kg|years?|yrs?|months?|"
    rf"mos?|weeks?|wks?|days?|d|hours?|hrs?|h|min|minutes?|%|percent|per cent|fold|times|than|points?|million|"
    rf"billion)\b)(?!(?:forums?|websites?|clinics?|centres?|centers?|hospitals?|practices|organi[sz]ations?)\b)"
    rf"[A-Za-z'’()-]+){{0,4}}?)[ -](?P<noun>{PARTICIPANTS})\b", re.I)
# "n = 1,214", "n = 1\u2009214" (a thin, no-break or plain space between thousands, as journals set it), "N = 60"
N_EQUALS_RE = regex(r"\b(?P<n>[nN])\s*=\s*"
                    r"(?P<num>\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d\w]|[.,]\d)|\d{1,3}(?:,\d{3})*|\d+)\b")
ENROL_RE = phrases.rule(_P["enrolment"])
# "… formed the analysis cohort": the people a count told of are those studied
_FORMED = r"formed the (?:study |exposed |treated |analysis |analytic )?(?:cohort|sample|population|group)"
# "... (n = 2 907) formed the analysis cohort": an n = count that is the people studied, however long their description
FORMED_AFTER = regex(rf"\s*\)\s*{_FORMED}\b", re.I)
# a count that starts a clause's words
_LEADING_COUNT = (rf"{_NUM_START}(?!{_YEAR_OF_CRITERIA})(?P<num>{NUMBER}){NOT_A_SHARE} "
                  rf"(?!or |than |(?:months?|weeks?|years?|days?|hours?)\b)")  # ("38 or more")
# "412 responded", "98 completed the survey": the count of people who took part.
# (ASKED_VERBS only where the record speaks of asking people: "two patients responded" to LDN took no survey; "invited
# 3 860 members to complete a survey; 1 112 did so"; "of 1,740 questionnaires handed out, 1,508 were returned")
ASKED_VERBS = ("responded", "answered", "did so", "were returned", "returned it", "returned the questionnaire",
               "returned the survey", "replied", "returned a completed questionnaire",
               "returned completed questionnaires")
# "612 GPs (25.5%) responded", "412 who had taken it for at least a month responded" (not "opened 1 522 times and 688 …
# completed the questionnaire": another count between)
TOOK_PART_RE = regex(rf"{_LEADING_COUNT}(?:(?!\d)[\w-]+ |\([^()]{{1,20}}\) ){{0,5}}?"
                     rf"(?:who (?:(?!\d)[\w-]+ ){{1,8}}?)?"
                     rf"(?P<verb>{'|'.join(ASKED_VERBS)}|participated|took part|"
                     rf"completed the (?:survey|questionnaire))\b", re.I)
# ("194 of the 612 … invited responded": the 612 is the pool JOINED_OF_RE reads, not those who took part)
POOL_OF_BEFORE = regex(r"(?<=\w)(?<!total)(?<!number) of (?:the )?$")  # (not "a total of 126 pharmacies responded")
# words whose count needs `asked` (read in tag_sample_size only when one is there)
# what COMPLETED_BY_RE's count follows ("completed by 612", "replies came from 488")
_GIVEN_BY = ("completed by", "returned by", "answered by", "came from", "received from")
_READS_ASKED = (*ASKED_VERBS, "completed it", "finished it", *_GIVEN_BY)
ASKED = ("survey", "questionnaire", "invit", "sent", "mailed", "emailed", "respondents", "contacted", "approached")
# "505 were eligible and completed it", in a sentence about a questionnaire: the 505 took part.
# ... "412 with a self-reported diagnosis of ME/CFS who had taken LDN completed it": however many words describe them
COMPLETED_IT_RE = regex(rf"{_LEADING_COUNT}(?:[\w’'/()-]+ ){{0,20}}?(?:completed|finished) it\b", re.I)
# "386 cases and 896 matched controls", "1,573 users ... and 6,292 matched non-users": a study that
# enrolled a comparison group enrolled both groups. _CASES: the first group ("38 patients"); _GROUP: the noun of the
# second ("controls", "non-users").
_CASES = rf"{_NUM_START}(?P<a>{NUMBER})(?: [\w-]+){{0,3}} {PARTICIPANTS}\b"
_GROUP = rf"(?:non-?)?(?P<group>{PARTICIPANTS})\b"
# "Seventy patients ... were matched 1:2 ... to 140 patients who had not used LDN" (or "with"): both groups studied.
MATCHED_TO_RE = regex(rf"{_CASES}(?:[^.;]|\.\d){{0,200}}?"
                      rf"\bmatched\b[^.;]{{0,120}}?\b(?:to|with) (?P<b>{NUMBER})(?: [\w-]+){{0,2}}? {_GROUP}",
                      re.I)
_CLUSTERS = (r"(?:practices|clinics|sites|centres|centers|hospitals|wards|schools|communities|villages|clusters|"
             r"pharmacies|units|teams|EDs|emergency departments)\b")  # what a cluster trial randomises, not people
CLUSTER_NOUNS = regex(rf"\b{_CLUSTERS}", re.I)
# "Twenty-eight practices were randomised, 14 to each arm": the arms' counts are of clusters
CLUSTERS_RANDOMISED = regex(rf"{_NUM_START}{NUMBER} (?:[\w-]+ ){{0,2}}?{_CLUSTERS}"
                            rf"[^.;]{{0,40}}? (?:were|had been) (?:randomi|randomly|allocated|assigned)", re.I)
# "Twelve general hospitals, six randomised to each arm": the arms' counts are of the clusters just counted
CLUSTERS_LISTED = regex(rf"{_NUM_START}{NUMBER} (?:[\w-]+ ){{0,2}}?{_CLUSTERS},?\s*$", re.I)
CLUSTERS_BEFORE = regex(r"\b(?:practices|clinics|sites|centres|centers|hospitals|wards|schools|communities|"
                        r"villages|clusters|pharmacies|units)\s*\(\s*$", re.I)
PAIRS_OF_TIMES = regex(r" of (?:[\w-]+ ){0,3}?(?:periods|cycles|blocks|weeks|sessions|phases)\b", re.I)
# "We matched 1 209 LDN users to 4 836 non-users": the verb first, both groups.
MATCHED_ACTIVE_RE = regex(rf"\bmatched {_CASES}[^.;]{{0,80}}?\b(?:to|with) (?P<b>{NUMBER})(?: [\w-]+){{0,2}}? "
                          rf"{_GROUP}", re.I)
# "Thirty-six of 52 eligible patients agreed to take part", "194 of the 612 rheumatologists invited (31.7%) responded":
# those who joined, not the pool.
JOINED_OF_RE = regex(rf"{_NUM_START}(?P<num>{NUMBER}) of (?:the )?{NUMBER} (?:[\w-]+ ){{0,3}}?"
                     # ("of the 48 participants who completed the blinded phase", "of the 212 with CRPS seen")
                     rf"(?:(?:who|with|seen|treated) [^,;.()]{{1,60}}? )?"
                     rf"(?:agreed|consented|enrol+ed|took part|participated|joined|entered|were enrol+ed|"
                     rf"(?:had been|were) prescribed|invited (?:\([^()]{{1,20}}\) )?(?:responded|replied)|"
                     rf"were randomi[sz]ed|were randomly assigned)\b", re.I)
# "Women who took LDN (n = 41) were compared with 41 women matched on age ...", "... with 7 496 who were not": both
# groups.
COMPARED_N_RE = regex(rf"\(\s*n\s*=\s*(?P<a>{NUMBER})\s*\)[^.;]{{0,40}}?\b(?:were|was) compared with "
                      rf"(?P<b>{NUMBER})(?:(?: [\w-]+){{0,2}}? {_GROUP}| who (?:were|did|had) not\b)", re.I)
# "The questionnaire was completed by 612 members": who took part, where the record asks people.
# ("it was returned by 286 of them": of those it was sent to; "replies came from 538 (25.1%)", "returned by 188 of the
# 540 invited (35%)": with their share)
COMPLETED_BY_RE = regex(rf"\b(?:(?:completed|returned|answered) by|(?:replies|responses) (?:came|were received) "
                        rf"from) (?P<num>{NUMBER}) (?:of them\b|"
                        rf"(?:of (?:the )?{NUMBER} (?:[\w-]+ ){{0,2}}?)?\(\d+(?:[.·]\d+)? ?%\)|"
                        rf"(?:of (?:the )?{NUMBER} )?(?:[\w-]+ ){{0,2}}?(?:pharmacies|{PARTICIPANTS})\b)", re.I)
# "We randomized 100 PWH with alcohol use disorder ...": the verb first, whatever the noun ("we screened 137 patients
# and randomly assigned 81 (40 …, 41 …)")
WE_RANDOMISED_RE = regex(rf"\bwe (?:screened (?:[^.;]{{1,60}}?) and )?"
                         rf"(?:randomi[sz]ed|randomly (?:assigned|allocated)) (?P<num>{NUMBER})\b"
                         rf"(?! ?(?:%|per ?cent|years?|months?|weeks?|days?|mg|to\b|groups|arms)\b)"
                         rf"(?!(?: [\w-]+){{0,2}} {_CLUSTERS})", re.I)  # ("24 general practices": clusters)
# "Of 58,340 eligible, 2,914 filled ...; they were compared with 8,742 ...": the group the exposed were set against
THEY_COMPARED_RE = regex(rf"(?:[;,] (?:and )?(?:they|these(?: patients| people| adults| users)?|who)| and) "
                         rf"were (?:compared with|matched to) (?P<num>{NUMBER})\b", re.I)
COMPARED_THEM_RE = regex(rf"{_CASES}[^.;]{{0,200}}?\b(?:and compared them with|with those of) (?P<b>{NUMBER})"
                         rf"(?: [\w-]+){{0,3}}? {_GROUP}", re.I)
# after a count: not a share, a time or a dose ("a cohort of 12 months", "leaving 40%")
_NOT_A_MEASURE = r"(?! ?(?:%|per ?cent|years?|months?|weeks?|days?|mg)\b)"
# "giving an analytic cohort of 5 127", "a final sample of 212": the people the study analysed, said so
COHORT_OF_RE = regex(rf"\b(?:analytic|analytical|analysed|analyzed|study|final|matched) "
                     rf"(?:cohort|sample|population) of (?P<num>{NUMBER}){_NOT_A_MEASURE}", re.I)
UNDERWENT_RE = regex(rf"{_NUM_START}(?P<num>{NUMBER})(?: [\w-]+){{0,3}}? underwent randomi[sz]ation\b", re.I)
LEAVING_RE = regex(rf"\bleaving (?P<num>{NUMBER}) (?:(?:[\w-]+ ){{0,2}}?{PARTICIPANTS}\b|"
                   rf"(?:for|in) (?:the )?(?:analys|study|cohort))", re.I)
# ... and with the second verb left out: "The outpatient group comprised 118 patients and the inpatient group 96"
ENROLLED_SPLIT_RE = regex(rf"\b(?:enrolled|comprised) (?P<a>{NUMBER}) (?:[\w-]+ ){{0,2}}?{PARTICIPANTS}\b"
                          rf"[^.;]{{0,80}}? and (?:[^.;]{{0,80}}?\benrolled (?P<b>{NUMBER})\b|"
                          rf"(?:the )?(?:(?!\d)[\w-]+ ){{0,3}}?"
                          rf"(?P<c>{NUMBER})(?=\s*(?:[.;]|$)| (?:[\w-]+ ){{0,2}}?{PARTICIPANTS}\b))", re.I)
# "(8 718 in total)" after a matching: the matched group's count ("each was matched to up to three non-users")
MATCHED_TOTAL_RE = regex(rf"\bmatched\b[^.;]{{0,160}}?\(\s*(?P<num>{NUMBER}) in (?:all|total)\s*\)", re.I)
TALLIED_EVENTS = regex(r"\b(?:reactions?|adverse events?|reported most (?:often|frequently)|"
                       r"most (?:frequent|common))\b")
# "We identified 1 386 LDN users; 5 544 matched non-users formed the comparison group": both groups
MATCHED_SEMI_RE = regex(rf"{_NUM_START}(?P<a>{NUMBER})(?: [\w-]+){{0,3}}? {PARTICIPANTS}\b[^.;]{{0,80}}?; "
                        rf"(?P<b>{NUMBER}) matched (?:[\w-]+ ){{0,2}}?{_GROUP}", re.I)
# "Forty-two women taking LDN and 40 not taking it took part": those who took it and those who did not
TAKING_NOT_RE = regex(rf"{_NUM_START}(?P<a>{NUMBER})(?: [\w-]+){{0,3}}? {PARTICIPANTS} "
                      rf"(?:with (?:[\w'’-]+ ){{1,3}}?)?(?:taking|who took|who had taken|using|on) "
                      rf"(?:[^.;]|\.\d){{0,60}}? and (?P<b>{NUMBER}) (?:{PARTICIPANTS} )?"
                      rf"(?:not (?:taking|using|on)|who did not|who had never|who never)\b", re.I)
# "Within a cohort of 58 402 adults", "within a national cohort of 9 114 people": where a nested case-control study
# drew its cases and controls
SOURCE_COHORT = regex(rf"\b(?:within|from|in) (?:a|the) (?:[\w-]+ ){{0,2}}?cohort of (?P<num>{NUMBER})", re.I)
# "We identified 38 patients ... and matched each to two non-users ... (76 controls)": both groups.
MATCHED_PAREN_RE = regex(rf"{_CASES}[^.;]{{0,200}}?"
                         rf"\bmatched\b[^.;]{{0,120}}?\(\s*(?P<b>{NUMBER})(?: matched)? "
                         rf"(?P<group>controls|non-?users|comparators)\s*\)", re.I)
# "38 patients who took LDN ... and 76 matched patients who did not": both groups.
MATCHED_AND_RE = regex(rf"{_CASES}[^;:]{{0,200}}?\band (?P<b>{NUMBER}) (?:[\w-]+ )?matched "
                       rf"(?:[\w-]+ ){{0,2}}?{_GROUP}", re.I)
# "One hundred and four women and six men", "Eleven heroin-dependent men and three women": one group told by sex.
_SEX = r"(?<!for )(?<!in )(?<!of )(?:(?:wo)?m[ae]n|girls?|boys?)"  # (not "5 drinks on one occasion for men")
SEXES_RE = regex(rf"{_NUM_START}(?P<a>{NUMBER}) (?:[\w-]+ ){{0,2}}?{_SEX} and "
                 rf"(?P<b>{NUMBER}) (?:[\w-]+ ){{0,2}}?{_SEX}\b", re.I)  # ("four women and one man")
_SEXES_AND = ("men and", "man and", "boys and", "boy and", "girls and", "girl and")
# "People who started LDN (n = 2 103) were matched on age and sex to 8 412 adults who did not": both groups.
MATCHED_N_RE = regex(rf"\(\s*n\s*=\s*(?P<a>{NUMBER})\s*\)[^.;]{{0,60}}?\bmatched\b[^.;]{{0,120}}?"
                     rf"\bto (?P<b>{NUMBER})(?:(?: [\w-]+){{0,2}} (?P<group>{PARTICIPANTS})\b| who (?:did|had) "
                     rf"not\b| who never\b)", re.I)  # ("… to 4 218 who did not")
# "we compared 46 patients who had taken LDN ... with 52 age- and sex-matched patients" ("to compare 40 ...")
# ... and "36 women who opted for LDN were compared with 30 women who declined"
COMPARED_WITH_RE = regex(rf"(?:\bcompar(?:e|ed|ing) (?:the (?:records|data|charts|notes|outcomes) of )?(?P<a>{NUMBER})|"
                         rf"{_NUM_START}(?P<a2>{NUMBER}))"
                         rf"(?: [\w-]+){{0,3}} "
                         rf"{PARTICIPANTS}\b(?:[^.;]|\.\d|\([^()]{{0,60}}\)){{0,200}}?\b(?(a)|were compared )with "
                         rf"(?P<b>{NUMBER})"
                         rf"(?:(?: [\w-]+){{0,4}}? {_GROUP}|"
                         rf" (?:exposed to|given|taking|treated with|receiving|in which|"
                         rf"who (?:received|took|had|were given|were treated with|did not|started|initiated|"
                         rf"were prescribed|filled|continued|chose|stayed on|remained on|declined|accepted|"
                         rf"refused))\b)",
                         re.I)  # ("with 8 614 exposed to …", "with 1 640 in which …": the noun said once)
# "seventy-seven participants were allocated to each arm", "(120 per group)": one arm's count, times the arms
PER_ARM_RE = regex(rf"{_NUM_START}(?P<a>{NUMBER})(?: [\w-]+){{0,4}}? (?:(?:were )?(?:allocated |assigned |"
                   rf"randomi[sz]ed )?(?:to|in) each (?:arm|group|treatment)|per (?:arm|group))\b", re.I)
# "48 patients with psoriasis and 19 patients with atopic dermatitis", "Fourteen patients with A and 5 with B":
# two groups of one study, counted together.
# what sets each group apart: "45 patients taking LDN and 38 not", "... and 3 402 people entering methadone maintenance"
_GROUP_BY = r"(?:with|taking|using|receiving|on|who|entering|starting|initiating)"
GROUPS_RE = regex(rf"{_NUM_START}(?P<a>{NUMBER})(?: [\w-]+){{0,2}} {PARTICIPANTS} {_GROUP_BY} "
                  rf"(?:[^,;:.()]|\([^()]{{1,40}}\)){{1,100}}? "  # (not across a ':' that splits a count)
                  rf"and (?P<b>{NUMBER})(?: (?:[\w-]+ ){{0,2}}{PARTICIPANTS})? (?:not )?{_GROUP_BY}\b", re.I)
# "Forty-two adults were randomised to LDN and 44 to placebo": the arms of one allocation, summed.
_ALLOCATED = r"(?:randomi[sz]ed|randomly (?:assigned|allocated)|assigned|allocated)"
# "to LDN and 44 to": the second arm's count (also after a bracket, "to LDN (1 mg rising to 4.5 mg) and 59 to")
_AND_TO = rf"to (?:[^,;.()]|\.\d|\([^()]{{1,60}}\)){{1,60}}? and (?P<b>{NUMBER}) to\b"
ARM_SPLIT_RE = regex(rf"{_NUM_START}(?P<a>{NUMBER})(?: [\w-]+){{0,6}}? (?:were |had been )?{_ALLOCATED} {_AND_TO}",
                     re.I)
# "26 patients received LDN and 27 received placebo", "Twenty women took naltrexone and 18 took placebo": two arms.
_GOT_VERBS = ("received", "were given", "took", "had taken", "chose", "started", "initiated",
              "filled a prescription for", "filled", "added", "exposed to")
_GOT = "(?:" + "|".join(_GOT_VERBS) + ")"
_CHOSE = r"(?:chose|elected(?: to (?:receive|take|start|have))?|opted for)"
_GOT_WORDS = (*(v.split()[-1] for v in _GOT_VERBS), "elected", "opted")  # the patterns run only where one of these is
# "Sixty-one patients chose the implant and fifty-nine oral naltrexone", "63 elected to receive an implant and 57 oral
# naltrexone": a choice between arms, the verb said once (its dose in a bracket, "(0.1 mg/kg at bedtime, never more
# than 4.5 mg a day)")
CHOSE_SPLIT_RE = regex(rf"{_NUM_START}(?P<a>{NUMBER})(?: [\w-]+){{0,3}}? {_CHOSE} "
                       rf"(?P<x>(?:[^,;.()]|\.\d|\([^()]{{1,80}}\)){{1,60}}?) and (?P<b>{NUMBER}) (?:{_CHOSE} )?"
                       rf"(?P<y>[\w-]+)", re.I)
# (Not when the second got what the first did: "12 took LDN and 5 took it for a year" is a part of the 12.)
# ("... and 28 continued usual care", "... and 26 continued mesalazine alone": the comparison arm kept its care; "The
# first 30 … received placebo capsules, and the next 30 received naltrexone": arms in turn)
def _got_then_and(words: int) -> str:
    """The first arm of two told by what they got: its count, up to `words` words of who they were, the verb, what they
    got, then "and" before the second arm's count."""
    return (rf"{_NUM_START}(?P<a>{NUMBER})(?: [\w-]+){{0,{words}}}? {_GOT} "
            rf"(?P<x>(?:[^,;:.()]|\.\d|\([^()]{{1,40}}\)){{1,60}}?),? and ")


RECEIVED_SPLIT_RE = regex(rf"{_got_then_and(12)}"
                          rf"(?:the (?:next|other|remaining|last|following|second) )?(?P<b>{NUMBER})"
                          rf"(?: [\w-]+){{0,4}}? (?:{_GOT}|continued(?= (?:[\w-]+ ){{0,2}}?"
                          rf"(?:usual|standard|alone|as before|unchanged)\b)) (?P<y>[\w-]+)", re.I)
# "Thirty-one patients took LDN and 57 did not": the second group those who did not (its `y`: "not"; not "12 did not
# respond", a part of the first)
DID_NOT_SPLIT_RE = regex(rf"{_got_then_and(12)}(?P<b>{NUMBER})(?: (?!did\b|had\b)[\w-]+){{0,3}}? (?:did|had) "
                         rf"(?P<y>not|never)(?=[.,;)]| (?:take|taken|receive|received|use|used|start|started|fill|"
                         rf"get)\b)", re.I)
# "12 adults … were randomized …, and 12 more … at a second site (total 24)": the total the abstract states itself
STATED_TOTAL_RE = regex(rf"\((?:total|in total|overall)[:,]? (?:n ?= ?)?(?P<num>{NUMBER})\)|"
                        rf"\((?P<num2>{NUMBER}) (?:in total|in all|altogether)\)", re.I)
# "Twelve patients received naltrexone and 10 placebo": the second arm's verb left out before its comparator
PLACEBO_SPLIT_RE = regex(rf"{_got_then_and(6)}(?P<b>{NUMBER}) "
                         rf"(?P<y>placebo|sham|usual care|no treatment|vehicle)\b", re.I)
# "312 who met the criteria for moderate disease were randomised", "of 140 randomised": the randomised count ("96 …
# inpatients undergoing a 6-day taper were randomly assigned": a duration among the words).
# "we randomly assigned 58 women to naltrexone and 57 to placebo": the same, the verb first.
# A cluster trial's arms, each its clusters with their people in brackets: "12 practices (158 participants) were
# allocated to LDN and 12 (154 participants) to usual care" -> 312 people (the clusters are not the sample).
CLUSTER_SPLIT_RE = regex(rf"\((?P<a>{NUMBER})(?: [\w-]+){{0,2}}? {PARTICIPANTS}\) (?:were |had been )?"
                         rf"{_ALLOCATED} to [^,;.()]{{1,60}}?,? and (?:[\w-]+ ){{0,2}}"
                         rf"\((?P<b>{NUMBER})(?: [\w-]+){{0,2}}? {PARTICIPANTS}\) to\b", re.I)
# (JAMA's bracket of who they were between the count and its arm: "67 adults (mean [SD] age, 52.1 [12.4] years; 38
# women [57%]) to LDN and 65 to placebo")
ARM_SPLIT_ACTIVE_RE = regex(rf"\b{_ALLOCATED} (?P<a>{NUMBER})(?: [\w'’-]+){{0,14}}?"
                            rf"(?: \((?:[^()]|\([^()]*\)){{1,160}}\))? {_AND_TO}", re.I)
RANDOMISED_COUNT_RE = regex(rf"(?<![\w.,:·-])(?P<num>{NUMBER}){NOT_A_SHARE}"
                            rf"(?! ?(?:mg|years?|weeks?|months?|days?)\b)"
                            rf"(?: (?!and\b|or\b|screened\b|assessed\b|excluded\b|eligib)"
                            rf"(?:[A-Za-z'’-]+|\d+-[a-z]+)){{0,12}}? "
                            rf"(?:and )?(?:were|had been) (?:randomi[sz]ed|randomly "
                            rf"(?:assigned|allocated))\b", re.I)
# ("randomly selected": a survey's sample, not a randomised count)
RANDOMISED_WORDS = regex(r"randomi[sz]|randomly(?! (?:selected|sampled|chosen|drawn))", re.I)
_ALLOCATION = ("random", "assigned", "allocated")
ALLOCATION_WORDS = regex("|".join(_ALLOCATION), re.I)  # where a randomised count can be
# "Two cohorts of patients", "three groups of women": counts of groups, not of people.
GROUP_NOUNS = phrases.rule(_P["group_nouns"])
# "The first group (n = 18) ..." and, in another sentence, "The other group (n = 26) ...": groups summed.
GROUP_N_BEFORE = regex(r"\b(?:group|cohort|arm)\b[^.;]{0,60}$", re.I)
# A meta-analysis's pooled participants: "five trials enrolling 900 adults in all".
POOLED_RE = regex(rf"\b(?:a total of|total(?:ling)?|involving|including|enrolling|evaluating|with|of) "
                  rf"(?:a total of )?(?P<num>{NUMBER})(?: [\w-]+){{0,2}} {PARTICIPANTS}\b", re.I)
ARMS_RE = regex(r"\b(two|three|four|2|3|4)[ -](?:arms?|groups?)\b", re.I)  # ("a three-arm trial")
_GROUP_WORDS = ("controls", "users", "comparators", "unexposed")
# "remission in 17 of 38 patients given LDN and 7 of 35 controls": a responder tally is read by its denominators; not
# across a colon ("74 patients were included: 36 in the LDN group and 38 controls": the total, then its groups)
COMPARISON_RE = regex(rf"{_NUM_START}(?P<a>{NUMBER})(?: of (?P<a_of>{NUMBER}))? [^.;:]{{0,100}}?,? and "
                      rf"(?P<b>{NUMBER})(?: of (?P<b_of>{NUMBER}))?(?: [\w-]+){{0,2}} "
                      rf"(?P<group>controls|non-?users|comparators|unexposed (?:patients|persons|individuals))\b",
                      re.I)
# "4 215 naltrexone initiators and 8 930 acamprosate initiators": two groups told by the same noun, summed; and by
# one noun after the second ("126 implant and 131 oral patients", "1 450 treated and 1 450 untreated enrollees"; not
# "120 eligible and 80 randomised patients", a pool and its part)
_NOT_A_GROUP = (r"(?!(?:eligible|screened|randomi|enrol|includ|exclud|assess|invit|approach|complet|analy|respond|"
                r"hundred|thousand)\w*\b|and\b|\d)")  # (nor a number or its words: "One hundred and sixty adults",
# "between 2016 and 2021 and 80 matched patients")
SAME_NOUN_RE = regex(rf"{_NUM_START}(?P<a>{NUMBER})(?:(?: [\w-]+){{0,3}}? (?P<noun>{PARTICIPANTS})|"
                     rf"(?: {_NOT_A_GROUP}[\w-]+){{1,2}}) and (?P<b>{NUMBER})(?: {_NOT_A_GROUP}[\w-]+){{0,3}}? "
                     rf"(?(noun)(?P=noun)|{PARTICIPANTS})\b", re.I)
# "compared between 97 patients treated before and 104 treated after the change": the two groups compared, summed
BETWEEN_RE = regex(rf"\bbetween (?P<a>{NUMBER})(?: [\w-]+){{0,2}} {PARTICIPANTS}\b[^,;.()]{{0,60}}? and "
                   rf"(?P<b>{NUMBER})(?: [\w-]+){{0,2}} {PARTICIPANTS}\b", re.I)
# "We identified 412 reports describing 1,036 reactions": a pharmacovigilance study's size (tag_sample_size)
REPORTS_RE = regex(rf"{_NUM_START}(?P<num>{NUMBER}) (?:{'|'.join(_P['reports'].patterns)})", re.I)
_NOT_ENROLLED = "(?:" + "|".join(_P["not_enrolled"].patterns) + ")"
POOL_RE = phrases.rule(_P["pool"])
JOINED_RE = phrases.rule(_P["joined"])
INVITATION_RE = phrases.rule(_P["invitation"])
SUBSET_EVENT = phrases.rule(_P["subset_event"])
TARGET_BEFORE = phrases.rule(_P["target"])
# "Of 52 eligible adults, ...", "Of the 48 who completed ...", "Results Of 1 118 ...": the count leads an of-clause
OF_BEFORE = regex(r"(?:^|[,;:(]|\b(?:results|findings|methods))\s*(?:of|among)\s+(?:the\s+)?$", re.I)
# ("We invited the 3 120 members")
NOT_ENROLLED_BEFORE = regex(rf"{_NOT_ENROLLED}(?: (?:all )?the| all)?[\s(]{{0,3}}$", re.I)
# "246 people were assessed for eligibility", "Of 301 patients screened": counted before enrolment, never the size.
NOT_ENROLLED_AFTER = regex(rf"\s*(?:(?:were|was|had been)\s+)?{_NOT_ENROLLED}", re.I)
_MET_CRITERIA = r"met (?:the |all )?(?:[\w-]+ )?criteria"  # "24 816 met the enrolment criteria": they took part
MET_CRITERIA = regex(_MET_CRITERIA, re.I)
# "168 were randomly assigned", "150 were randomized", "All 71 who entered the extension": a bare count followed by the
# enrolment verb is the size.
BARE_ENROLLED_RE = regex(rf"{_NUM_START}(?P<num>{NUMBER}){NOT_A_SHARE} (?:who )?(?:(?:were|had been) )?"
                         rf"(?:randomly assigned|randomi[sz]ed(?! (?:controlled |clinical )?(?:trials|studies))|"
                         rf"enrol+ed|allocated|"
                         rf"(?:started|began) (?:ldn|naltrexone|low[- ]dose|treatment)|"
                         rf"(?:who )?entered the (?:open-label )?(?:extension|study|trial)|"
                         rf"(?:[\w-]+ ){{0,16}}?(?:and )?were included(?! in the analys)|"
                         rf"(?:[\w-]+ ){{0,16}}?{_FORMED}|"
                         rf"{_MET_CRITERIA})\b", re.I)
# the pattern above is slow: run it only where one of these is
_BARE_CUES = ("randomi", "randomly", "enrol", "allocated", "started", "began", "criteria", "entered", "were included",
              "formed the")
BARE_CUE = regex("|".join(_BARE_CUES), re.I)
# ... only where the count starts a clause ("Of 301 screened, 150 were randomized", "Of 26 enrolled, 22 completed"),
# not ends a range ("an index between 220 and 400 were enrolled").
SEX_BEFORE = regex(r"\b(?:men|women|boys|girls|males|females) and\s*$", re.I)
CLAUSE_START = regex(r"(?:^|[,;:(](?:\s*the)?(?:\s*remaining)?|"
                     r"\b(?:and|whom|which|then|finally|overall|total|all|of(?:\s+the)?))\s*$", re.I)
YEAR_SPAN_BEFORE = regex(r"\b(?:19|20)\d\d\s*(?:and|to|-|\u2013)\s*$")
RANGE_BEFORE = regex(r"(?:\d\s*(?:and|or|to)|\bout of)\s*$", re.I)  # ("pain of 5 or more out of 10 were ...")
RATIO_BEFORE = regex(r"\b(?:1|one) in\s*$", re.I)  # ("fewer than 1 in 20 veterans": a ratio, not 20 people)
# "between 2021 and 2023 and enrolled women": a year after a date word is never a count of people.
YEAR_RE = regex(r"^(?:19|20)\d\d$")
# "… between 2019 and 2025: 47 patients": a year ending the clause before a colon, not a number the count continues
YEAR_COLON = regex(r"\b(?:19|20)\d\d:\s+$")
DATE_BEFORE = regex(r"(?:\b(?:in|between|and|from|since|until|to|through|during|of|January|February|March|"
                    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
                    r"Jul|Aug|Sept?|Oct|Nov|Dec)|[,\u2013-])\s*$", re.I)
# "matched each to up to four non-users", "matched each, on age and sex, to three non-users": a ratio or a limit, not
# people counted.
LIMIT_BEFORE = regex(r"\b(?:up to|at most|no more than|per)\s*$|\beach\b[^.;]{0,100}?\bto\s*$", re.I)
# "People who collected LDN ... were matched on age and sex to two people who never collected it": a ratio too (a
# number word of ten or less; "we matched 1 104 users to 4 416 non-users" counts people)
MATCHED_TO_BEFORE = regex(r"\bmatched\b[^.;]{0,120}?\b(?:to|with)\s*$", re.I)


def _matched_ratio(num: str, before: str) -> bool:
    return num.isalpha() and (parse_number(num) or 99) <= 10 and MATCHED_TO_BEFORE.search(before) is not None
AGE_BEFORE = regex(r"(aged|age|ages|mean age|older than|younger than|over|under)\s*$", re.I)
STUDY_NOUNS = regex(r"^\s*(?:\w+\s+){0,2}(studies|trials|articles|papers|reports|records|rcts|mice|rats)\b", re.I)


def words_to_int(text: str) -> int | None:
    t = text.lower().replace("-", " ").replace("\u2010", " ").replace("\u2011", " ").replace(" and ", " ").split()
    total, current = 0, 0
    for w in t:
        if w in WORD_VALUES:
            current += WORD_VALUES[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        else:
            return None
    return total + current


def parse_number(text: str) -> int | None:
    text = text.strip()
    digits = "".join(c for c in text if c not in ", \u00a0\u2009\u202f")
    if digits.isdigit():
        return int(digits)
    return words_to_int(text)


def _word_or_count(phrase: str) -> str:
    return "number_word" if not re.match(r"\d", phrase) else "count_phrase"


# Where a NUMBER can start: a digit or a number word after a character that is not a word's (or at the start)
NUMBER_START = regex(rf"\b(?:\d|{_WORD})")
# The patterns whose every match starts with a NUMBER that no word character stands before ((?<![\w...]) first)
NUMBER_LED = (COUNT_RE, TOOK_PART_RE, MATCHED_TO_RE, PER_ARM_RE, GROUPS_RE, ARM_SPLIT_RE, RECEIVED_SPLIT_RE,
              RANDOMISED_COUNT_RE, BARE_ENROLLED_RE, COMPARISON_RE)
# (patterns are known by id: hashing a compiled pattern hashes its compiled code, ~5 us for COUNT_RE's)
_NUMBER_LED = frozenset(map(id, NUMBER_LED))


_DIGITS = regex(r"\d+")


def number_starts(low: str, words: frozenset[str] | None = None) -> list[int]:
    """Where a NUMBER can start in a lower-case text: a number-led pattern run on it (or, re.IGNORECASE, on the ASCII
    text it is the lower case of) can match nowhere else. `words`: the words (text.words_of) of a text that holds
    it, when the caller has them: then the starts of its runs of digits, and wherever one of the number words among
    `words` is written (a number-led pattern reads its first number word whole: a space or hyphen follows it in every
    one), found with str.find, not by a scan that tries the number words at every word (~5 us a sentence)."""
    if words is None:
        return [m.start() for m in NUMBER_START.finditer(low)]
    starts = [m.start() for m in _DIGITS.finditer(low)]
    named = _NUMBER_WORDS.intersection(words)
    for word in named:
        at = low.find(word)
        while at >= 0:
            starts.append(at)
            at = low.find(word, at + 1)
    return sorted(starts) if named else starts


_NUMBER_WORDS = frozenset(WORD_VALUES)


def matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """rx.finditer(text) when every match of rx starts at one of `starts` (in order): rx is tried only there. A
    number-led pattern scanned over a sentence tries its number words at every letter (~15 us a sentence each); a
    sentence holds a few numbers."""
    end = 0
    for start in starts:
        if start >= end and (m := rx.match(text, start)) is not None:
            yield m
            end = m.end()  # (never empty: a NUMBER is not)


_NEEDLES: dict[int, frozenset[str] | None] = {}  # id(pattern) -> its needles


def _finditer(rx: re.Pattern[str], text: str, low: str,
              starts: list[int] | None = None) -> Iterator[re.Match[str]] | tuple[()]:
    """rx.finditer(text), not run when an ASCII text lacks every string one of which each match holds (read off the
    pattern by text.required_literals, all lower case: re.IGNORECASE finds in ASCII text what lower() and `in` find),
    and tried only where a number starts for a NUMBER_LED pattern (`starts`: number_starts(low) of an ASCII text).
    The number-led patterns cost ~15 us a sentence each: most sentences lack the words they end with."""
    key = id(rx)  # (the patterns are module constants: their ids are never reused)
    if key not in _NEEDLES:
        needles = required_literals(rx.pattern)
        _NEEDLES[key] = needles if needles and all(n == n.lower() for n in needles) else None
    needles = _NEEDLES[key]
    if needles is not None and text.isascii() and not holds_one(needles, low):
        return ()
    if starts is not None and key in _NUMBER_LED:
        return matches_at(rx, text, starts)
    return rx.finditer(text)


def _bare_cue(text: str, low: str) -> bool:
    """BARE_CUE.search(text), in ASCII text with `in` (low: text.lower()), as _allocation reads its words."""
    if text.isascii():
        for cue in _BARE_CUES:
            if cue in low:
                return True
        return False
    return BARE_CUE.search(text) is not None


def _candidates(s: Sentence, asked: bool = False) -> list[tuple[int, str, bool, str]]:
    """(n, exact phrase, enrolment cue in sentence, rule) for one sentence. `asked`: the record speaks of asking people
    (a survey, a questionnaire, an invitation), so "2,146 participants responded" is who took part."""
    if ("controls" in s.text or "ithin" in s.text) and (pool := SOURCE_COHORT.search(s.text)) and (
            "controls" in s.text or pool.group(0)[:6].lower() == "within"):
        # "Within a cohort of 58 402 adults ..., we identified 412 cases ... (4 120 controls)": a nested case-control
        # study's cohort is where its cases and controls come from, not who was studied (blanked: spans line up); so
        # is a cohort a study is "within", whatever the sentence goes on to count ("we identified every admission")
        s = replace(s, text=f"{s.text[:pool.start('num')]}{' ' * len(pool.group('num'))}{s.text[pool.end('num'):]}")
    out = []
    low = s.text.lower()
    starts = number_starts(low) if s.text.isascii() else None  # where the number-led patterns are tried
    enrol: bool | None = None  # whether the sentence has an enrolment cue: read only when a count needs it (~6 us)
    ns = [(parse_number(m.group("num")) or 0, m) for m in N_EQUALS_RE.finditer(s.text)] if "=" in s.text else []
    # "screened (n = 58) and randomly assigned to LDN (n = 14) or placebo (n = 16)": the screened are not enrolled
    lower_ns = [(n, m) for n, m in ns if m.group("n") == "n" and not NOT_ENROLLED_BEFORE.search(s.text[:m.start()])]
    # (not reactions or events tallied: "insomnia (n = 212), abnormal dreams (n = 187) ... were reported most often")
    if len(lower_ns) >= 2 and not any(m.group("n") == "N" for _, m in ns) and not TALLIED_EVENTS.search(low):
        total = sum(n for n, _ in lower_ns)
        out.append((total, " + ".join(m.group(0) for _, m in lower_ns), True, "per_arm_sum"))
    for n, m in ns:
        if m.group("n") == "N" or len(lower_ns) == 1:
            if enrol is None:
                enrol = bool(ENROL_RE.search(s.text))
            formed = FORMED_AFTER.match(s.text, m.end())  # "(n = 2 907) formed the analysis cohort"
            out.append((n, m.group(0), enrol or m.group("n") == "N" or bool(formed), "n_equals"))
    # "246 people were assessed for eligibility and 168 were randomly assigned": the randomised are the size
    for m in _finditer(BARE_ENROLLED_RE, s.text, low, starts) if _bare_cue(s.text, low) else ():
        after_noun = COUNT_RE.match(s.text, m.start())
        count = parse_number(m.group("num"))
        before = s.text[:m.start()]
        if count and not after_noun and CLAUSE_START.search(before) and not RANGE_BEFORE.search(before) and \
                not CLUSTERS_LISTED.search(before):
            out.append((count, m.group(0), True, _word_or_count(m.group(0))))
    survey = "questionnaire" in low or "survey" in low
    took = [*(m for m in _finditer(TOOK_PART_RE, s.text, low, starts)
              if (asked or m.group("verb").lower() not in ASKED_VERBS)
              and not POOL_OF_BEFORE.search(s.text, max(0, m.start() - 12), m.start())),
            *(COMPLETED_IT_RE.finditer(s.text) if (survey or asked) and ("completed it" in low or "finished it" in low)
              else ()),
            *(COMPLETED_BY_RE.finditer(s.text) if (survey or asked) and any(v in low for v in _GIVEN_BY) else ()),
            *(JOINED_OF_RE.finditer(s.text) if " of " in low else ())]
    took_part = [(parse_number(m.group("num")), m.group(0), True, _word_or_count(m.group(0))) for m in took]
    if took_part and any(w in low for w in _SEXES_AND) and (sexes := SEXES_RE.match(s.text, took[0].start())) and \
            (a := parse_number(sexes.group("a"))) and (b := parse_number(sexes.group("b"))):
        took_part[0] = (a + b, sexes.group(0), True, "comparison_group_sum")  # "Eleven … men and three women took part"
    if took_part and (" not " in low or " never " in low) and (both := TAKING_NOT_RE.search(s.text)) and \
            (taking := parse_number(both.group("a"))) and (others := parse_number(both.group("b"))):
        return out + [(taking + others, both.group(0), True, "comparison_group_sum")]  # "... and 40 not taking it"
    if any(c[0] for c in took_part):
        # "sent to 1,500; 412 responded": the 412 took part
        return out + [(n, p, e, r) for n, p, e, r in took_part if n]
    if (" compared them with " in low or " with those of " in low) and (both := COMPARED_THEM_RE.search(s.text)):
        # "We linked the records of 1 420 people who received an implant and compared them with 3 105 people ..."
        exposed, others = parse_number(both.group("a")), parse_number(both.group("b"))
        if exposed and others:
            return out + [(exposed + others, both.group(0), True, "comparison_group_sum")]
    if (" compared with " in low or " matched to " in low) and (them := THEY_COMPARED_RE.search(s.text)) and (
            pool := _exposed(s.text) or _lead_count(s.text, them.start())
            or CASES_BEFORE.search(s.text, 0, them.start())):
        # "Of 58,340 eligible veterans, 2,914 filled a prescription ...; they were compared with 8,742 matched ...",
        # "We identified 1,038 adults who started LDN; they were compared with 2,076 matched adults", "Among 9 417
        # people who received XR-NTX, 126 died of an opioid overdose; they were compared with 1 260 matched controls"
        exposed, others = parse_number(pool.group("num")), parse_number(them.group("num"))
        if exposed and others:
            return [(exposed + others, f"{pool.group(0)} + {them.group(0)}", True, "exposed_and_matched")]
    matched = MATCHED_TOTAL_RE.search(s.text) if "matched" in low and (" in all" in low or " in total" in low) else None
    if matched and (others := parse_number(matched.group("num"))):
        if any(a + b == others for a in _numbers(s.text, 0, matched.start())
               for b in _numbers(s.text, matched.start(), matched.start("num"))):
            # "1 204 LDN users, matched to 3 612 non-users (4 816 in total)": the bracket holds both groups
            return out + [(others, matched.group(0), True, "stated_total")]
        pool = _exposed(s.text)
        if pool and (exposed := parse_number(pool.group("num"))):
            # "Of 18 406 released, 1 212 received XR-NTX ...; each was matched to three (3 636 in all)": both groups
            return out + [(exposed + others, f"{pool.group(0)} + {matched.group(0)}", True, "exposed_and_matched")]
        lead = _lead_count(s.text, matched.start())
        if lead and (exposed := parse_number(lead.group("num"))):
            # "784 people with MS started LDN; each was matched ... to three non-users (2 352 in all)": both groups
            return out + [(exposed + others, f"{lead.group(0)} + {matched.group(0)}", True, "exposed_and_matched")]
        out.append((others, matched.group(0), True, "matched_total"))  # (summed with the exposed: _exposed_and_matched)
    # "164 patients underwent randomisation"; "We excluded 412 ..., leaving 1 022 people for analysis"; "We randomized
    # 100 PWH ..."
    for rx, key, rule in ((UNDERWENT_RE, "underwent randomi", "randomised_count"),
                          (LEAVING_RE, "leaving", "after_exclusions"),
                          (WE_RANDOMISED_RE, "random", "randomised_count")):
        for m in rx.finditer(s.text) if key in low else ():
            if stated := parse_number(m.group("num")):
                if rule == "after_exclusions":  # the people left after the exclusions, whatever the pool before them
                    return [(stated, m.group(0), True, rule)]
                out.append((stated, m.group(0), True, rule))
    for m in ENROLLED_SPLIT_RE.finditer(s.text) if ("enrolled" in low or "comprised" in low) and " and " in low else ():
        a, b = parse_number(m.group("a")), parse_number(m.group("b") or m.group("c"))
        if a and b:  # "Intervention practices enrolled 208 patients and usual-care practices enrolled 194"
            out.append((a + b, m.group(0), True, "arms_sum"))
    for m in COHORT_OF_RE.finditer(s.text) if " of " in low else ():
        if analysed := parse_number(m.group("num")):
            out.append((analysed, m.group(0), True, "cohort_of"))  # "giving an analytic cohort of 5 127"
    # the sum patterns are slow: run them only where their key words are
    comparisons = [*(_finditer(COMPARISON_RE, s.text, low, starts) if any(w in low for w in _GROUP_WORDS) else ()),
                   *(_finditer(MATCHED_TO_RE, s.text, low, starts) if "matched" in low else ()),
                   *(MATCHED_ACTIVE_RE.finditer(s.text) if "matched" in low else ()),
                   *(COMPARED_N_RE.finditer(s.text) if "compared with" in low and "=" in low else ()),
                   *(MATCHED_PAREN_RE.finditer(s.text) if "matched" in low and "(" in low else ()),
                   *(MATCHED_AND_RE.finditer(s.text) if "matched" in low and " and " in low else ()),
                   *(SEXES_RE.finditer(s.text) if any(w in low for w in _SEXES_AND) else ()),
                   *(MATCHED_N_RE.finditer(s.text) if "matched" in low and "=" in low else ()),
                   *(COMPARED_WITH_RE.finditer(s.text) if "compar" in low else ()),
                   *(MATCHED_SEMI_RE.finditer(s.text) if "matched" in low and ";" in low else ()),
                   *(BETWEEN_RE.finditer(s.text) if "between" in low else ()),
                   *(SAME_NOUN_RE.finditer(s.text) if " and " in low else ())]
    for m in _finditer(PER_ARM_RE, s.text, low, starts) if "each" in low or "per " in low else ():
        if CLUSTERS_BEFORE.search(s.text, 0, m.start()) or CLUSTERS_RANDOMISED.search(s.text, 0, m.start()) or \
                CLUSTERS_LISTED.search(s.text, 0, m.start()):
            continue  # "24 primary care practices (12 per arm)": clusters, not people
        a = parse_number(m.group("a"))
        arms = ARMS_RE.search(s.text)
        k = {"two": 2, "three": 3, "four": 4}.get(arms.group(1).lower(), 0) or int(arms.group(1)) if arms else \
            _arms_listed(s.text[:m.start()])
        if a:
            out.append((a * k, m.group(0), True, "per_arm_times_arms"))
    splits = (*_finditer(ARM_SPLIT_RE, s.text, low, starts), *ARM_SPLIT_ACTIVE_RE.finditer(s.text),
              *(CLUSTER_SPLIT_RE.finditer(s.text) if "(" in low else ())) if " to " in low and " and " in low else ()
    received = [*_finditer(RECEIVED_SPLIT_RE, s.text, low, starts), *CHOSE_SPLIT_RE.finditer(s.text),
                *(PLACEBO_SPLIT_RE.finditer(s.text) if "placebo" in low or "usual care" in low else ()),
                *(DID_NOT_SPLIT_RE.finditer(s.text) if " not" in low or " never" in low else ())] \
        if " and " in low and any(v in low for v in _GOT_WORDS) else ()
    for m in splits:
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a and b:
            out.append((a + b, m.group(0), True, "randomised_arms_sum"))
    for m in received:
        while YEAR_RE.match(m.group("a")) and DATE_BEFORE.search(s.text, 0, m.start()) and \
                (later := m.re.search(s.text, m.end("a"))) is not None:
            m = later  # "between 2008 and 2018 and identified 137 who had taken LDN …": years, then the first group
        a, b, y = parse_number(m.group("a")), parse_number(m.group("b")), m.group("y").lower()
        if a and b and y not in ("it", "them", "both") and (y != m.group("x").split()[0].lower() or
                                                            ALONE.match(s.text, m.end())):  # ("NB-UVB alone")
            out.append((a + b, m.group(0), True, "arms_sum"))
    randomised = "were random" in low or "been random" in low
    for m in _finditer(RANDOMISED_COUNT_RE, s.text, low, starts) if randomised else ():
        count = parse_number(m.group("num"))
        before = s.text[:m.start()]
        if count and (CLAUSE_START.search(before) or before.lower().endswith("total of ")) \
                and not SEX_BEFORE.search(before) and not RANGE_BEFORE.search(before) \
                and not CLUSTER_NOUNS.search(m.group(0)):  # "84 men and 16 women were randomly assigned": both sexes
            out.append((count, m.group(0), True, "randomised_count"))  # ("Twenty-eight practices were": clusters)
    for m in _finditer(GROUPS_RE, s.text, low, starts) if " and " in low else ():
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a and b and not (YEAR_RE.match(m.group("b")) and YEAR_SPAN_BEFORE.search(s.text, 0, m.start("b"))):
            # (not "428 patients ... between 2003 and 2007": a year)
            out.append((a + b, m.group(0), True, "groups_sum"))
    stated = "(" in low and ("total" in low or " all)" in low or "altogether" in low)
    for m in STATED_TOTAL_RE.finditer(s.text) if stated else ():
        if (stated_n := parse_number(m.group("num") or m.group("num2"))) and ENROL_RE.search(s.text):
            out.append((stated_n, m.group(0), True, "stated_total"))
    pools: set[int] = set()  # where a pool led by "Of" or "Among" stands that a comparison after it left out
    for m in comparisons:
        if OF_BEFORE.search(s.text, 0, m.start()) and (comma := s.text.find(", ", m.start())) > 0 and \
                (after := m.re.search(s.text, comma + 2)):
            # "Among 48 300 adults …, 412 cases … were matched to 4 120 controls": the pool is neither group
            pools.add(m.start())
            m = after
        g = m.groupdict()
        a = parse_number(g.get("a_of") or g["a"] or g.get("a2") or "")
        b = parse_number(g.get("b_of") or g["b"])
        if a and b:
            out.append((a + b, m.group(0), True, "comparison_group_sum"))
    for m in _finditer(COUNT_RE, s.text, low, starts):
        if m.start() in pools:
            continue
        before = s.text[: m.start()]
        if AGE_BEFORE.search(before) or re.search(r"\d\s*[:]?\s*$", before) and not YEAR_COLON.search(before) or \
                LIMIT_BEFORE.search(before) or RATIO_BEFORE.search(before) or \
                NOT_ENROLLED_BEFORE.search(before) or NOT_ENROLLED_AFTER.match(s.text, m.end()) or \
                _matched_ratio(m.group("num"), before):
            continue  # "We screened 212 women ... and 131 were randomised"; "Of 301 patients screened, 150 ..."
        if OF_BEFORE.search(before) and (comma := s.text.find(",", m.end())) > 0:
            if JOINED_RE.search(s.text[comma:]) and (POOL_RE.search(s.text[m.start():comma]) or
                                                     MET_CRITERIA.search(s.text[comma:]) or "formed the" in low):
                # "Of 52 eligible adults, 37 enrolled", "Of 31 402 new users, 24 816 met the criteria": a pool, and
                # the count after it ("Of 212 patients seen, 64 were prescribed LDN ... and these formed the study
                # sample") is who took part
                out += _joined_after(s.text, comma)
                continue
            arms = RECEIVED_SPLIT_RE.match(s.text, comma + 2) or CHOSE_SPLIT_RE.match(s.text, comma + 2)
            if arms and (count := parse_number(m.group("num"))) and \
                    (parse_number(arms.group("a")) or 0) + (parse_number(arms.group("b")) or 0) < count:
                continue  # "Of 7 906 who completed detoxification, 1 284 started naltrexone and 3 951 buprenorphine"
            if not RANDOMISED_WORDS.search(s.text, m.end(), comma) and (split := _split_after(s.text, comma)):
                # "Of 214 patients, 118 had antibodies measured twice: 57 had taken LDN and 61 had not": the 118 (not
                # of a pool randomised: "Of the 488 participants randomised, 391 were inducted (178 ..., 213 ...)")
                out.append(split)
                continue
        if m.group("noun")[0].isupper() and not m.group("num")[0].isupper():
            continue  # "at one Veterans Affairs medical centre": a name, not people
        if TARGET_BEFORE.search(before):
            continue  # "Feasibility criteria were recruitment of 30 participants": aimed for, not taken in
        if GROUP_NOUNS.search(m.group("between")) or CLUSTER_NOUNS.search(m.group("between")):
            continue  # "Two cohorts of patients were established", "at 4 urban EDs among adults": groups, not people
        if m.group("noun").lower() == "pairs" and PAIRS_OF_TIMES.match(s.text, m.end()):
            continue  # an n-of-1 trial's "three pairs of 4-week treatment periods": periods, not people
        if YEAR_RE.match(m.group("num")) and DATE_BEFORE.search(before):
            continue  # "conducted between 2021 and 2023 and enrolled women"
        if re.search(r"\b(of|in)\s*$", before) and re.search(r"\b\d+\s*(?:%|percent)", before[-25:]):
            continue
        count = parse_number(m.group("num"))
        if count is None or count == 0 or count > 5_000_000:
            continue
        if enrol is None:
            enrol = bool(ENROL_RE.search(s.text))
        # "All 2 800 participants received a questionnaire": the invited, not the enrolled
        out.append((count, m.group(0), enrol and not (survey and INVITATION_RE.search(s.text)),
                    _word_or_count(m.group(0))))
    return _arms_told(out)


# "randomised to oxycodone with naltrexone, oxycodone alone, or placebo (120 per group)": the arms, one by one
ARMS_LISTED = regex(r"\b(?:randomi[sz]ed|randomly assigned|allocated|assigned) to ((?:[^().;]|\.\d)+?)\s*\($",
                    re.I)


def _arms_listed(before: str) -> int:
    """How many arms the words before a per-arm count name ("to A, B, or C (120 per group)"), else two."""
    m = ARMS_LISTED.search(before)
    items = [x for x in re.split(r",\s*(?:or\s+|and\s+)?|\s+or\s+", m.group(1)) if x.strip()] if m else []
    return len(items) if 2 <= len(items) <= 4 else 2


ALONE = regex(r" (?:alone|only)\b", re.I)


def _arms_told(out: list[tuple[int, str, bool, str]]) -> list[tuple[int, str, bool, str]]:
    """"enrolling 306 patients ..., 102 in each group": where the arms are not counted in words, a total the sentence
    states that is a whole number of arms (3 x 102) is the per-arm count's total, not the two arms guessed."""
    for i, (n, phrase, strong, rule) in enumerate(out):
        if rule != "per_arm_times_arms" or not (each := parse_number(phrase.split()[0])):
            continue
        total = next((c[0] for c in out if c[0] != n and c[0] % each == 0 and 2 <= c[0] // each <= 6), None)
        if total:
            out[i] = (total, phrase, strong, rule)
    return out


_AFTER_POOL = regex(rf", (?:of (?:whom|these) )?(?P<num>{NUMBER})\b(?![\d.,%]){_NOT_A_MEASURE}", re.I)
_NUMBERS = regex(rf"{_NUM_START}(?P<num>\d{{1,3}}(?:[, \u00a0\u2009\u202f]\d{{3}})+|\d+)\b(?![.,]\d|%)")


def _numbers(text: str, start: int, end: int) -> list[int]:
    """The counts written between `start` and `end`."""
    return [v for x in _NUMBERS.finditer(text, start, end) if (v := parse_number(x.group("num")))]


# a count the clause is about: a number followed by its verb ("64 were prescribed", "812 of them had"), not a dose,
# a share, a time or a range ("LDN; 1 mg titrated to 4.5 mg", "at least one follow-up visit", "3–6 months")
_COUNT_ONLY = regex(rf"(?<![\w.,·–-])(?P<num>{NUMBER})\b(?![.,–-]\d)"
                    rf"(?=\s+(?:of (?:them|these|whom)\b|were\b|was\b|had\b|have\b|who\b|[a-z]+ed\b))")


def _joined_after(text: str, comma: int) -> list[tuple[int, str, bool, str]]:
    """Who took part after a pool's comma (a strong candidate): the count nearest before the words that say they
    joined ("Of 64 referred, 52 were eligible and forty-seven agreed to take part" -> 47), else the count right after
    the comma."""
    joined = JOINED_RE.rx.search(fold(text), comma)
    counts = [m for m in _COUNT_ONLY.finditer(text, comma) if m.start() < joined.start()] if joined else []
    n = parse_number(counts[-1].group("num")) if counts else None
    if counts and n:
        return [(n, counts[-1].group(0), True, "pool_then_joined")]
    m = _AFTER_POOL.match(text, comma)
    n = parse_number(m.group("num")) if m else None
    return [(n, m.group(0)[2:], True, "pool_then_joined")] if m and n else []


def _lead_count(text: str, end: int) -> re.Match[str] | None:
    """The first count of people before `end`, unless it is a pool led by "Of" (whose exposed _pool_exposed reads)."""
    lead = COUNT_RE.search(text, 0, end)
    return lead if lead and not OF_BEFORE.search(text[:lead.start()]) else None


def _split_after(text: str, comma: int) -> tuple[int, str, bool, str] | None:
    """"Of 214 patients, 118 had ...: 57 ... and 61 ...": the count after the pool's comma, when two counts after it in
    the sentence add up to it (the groups it was split into)."""
    m = _AFTER_POOL.match(text, comma)
    n = parse_number(m.group("num")) if m else None
    if not m or not n:
        return None
    later = _numbers(text, m.end(), len(text))
    if any(a + b == n for i, a in enumerate(later) for b in later[i + 1:]):
        return n, m.group(0)[2:], True, "pool_then_split"
    return None


def tag_sample_size(article: Article, design: str, population: str) -> tuple[int | None, str | None, str | None,
                                                                          int | None, list[TagReason]]:
    """Returns (sample_size, source phrase, size_class, included_studies, reasons)."""
    sents = [s for s in sentences(article) if s.section != "background"]
    studies = _included_studies(article) if design == "systematic_review_or_meta_analysis" else None
    included = studies[0] if studies else None
    reasons = [TagReason("included_studies", studies[1])] if studies else []
    if design == "case_report":
        return 1, "case report", "case", included, [TagReason("design", "case_report")]
    if design == "systematic_review_or_meta_analysis" and (pooled := _pooled(sents)):
        # kept as a reason, not a sample size: the participants are the included trials', counted there
        reasons.append(TagReason("pooled_participants", pooled[1]))
    if population not in HUMAN_POPULATIONS or design in REVIEWS | {"protocol"}:
        return None, None, None, included, reasons
    # The randomised count decides wherever it is ("Of 140 randomized patients, 128 began" -> 140, not the
    # per-arm n of the analysed); then groups described one sentence each; then the first sentence with an
    # enrolment cue (its largest count: "40 were enrolled; 35 completed" -> 40); then the first count anywhere but in
    # a sentence telling who had an event (subset_event).
    # A sentence's candidates are read when a step asks for them, once: most records stop at the first sentence
    # that gives the randomised count, and the sentences after it are not read.
    cands: dict[int, list[tuple[int, str, bool, str]]] = {}
    # (only an ASKED_VERBS or "completed it" reads it: the rest of the record is looked at for one only then)
    abstract = article.abstract  # (a property that joins the sections anew: read once)
    low = abstract.lower() if any(v in abstract for v in _READS_ASKED) else ""
    asked = bool(low) and any(w in low for w in ASKED)

    def candidates(s: Sentence) -> list[tuple[int, str, bool, str]]:
        if s.index not in cands:
            cands[s.index] = _candidates(s, asked)
        return cands[s.index]

    randomised = next((rs for s in sents if _allocation(s.text) and (rs := [c for c in candidates(s)
                                                                            if _randomised(c, s)])), None)
    best = max(randomised, key=lambda c: c[0]) if randomised else _groups(sents) or _study_cohort(sents)
    weak = None
    for i, s in enumerate(sents if best is None else ()):
        found = candidates(s)
        best = _strongest(found)
        if best is not None:
            best = _exposed_and_matched(best, sents, i, candidates) or _included_next(best, s, sents[i + 1:i + 2],
                                                                                      candidates) or best
            break
        if found and not weak and not SUBSET_EVENT.search(s.text):
            weak = found[0]  # (not "Two patients had a withdrawal-like reaction": some of them)
    best = best or weak
    if best is None and design in ("case_series", "case_report"):
        best = _numbered(sents)  # "Patient 1, a 38-year-old woman …. Patient 2, a 55-year-old man …"
    if best is None and design == "cohort_or_retrospective":
        best = next(((n, m.group(0), True, "reports_counted") for s in sents if "report" in s.text
                     for m in REPORTS_RE.finditer(s.text) if (n := parse_number(m.group("num")))), None)
    if best is None and not sents and (found := _candidates(Sentence(article.title, "other", 0))):
        # a letter with no abstract titled with its people ("...: no benefit in three patients", "...: a retrospective
        # review of 27 patients"): the title's count
        n, phrase, _, _ = max(found, key=lambda c: (c[2], c[0]))
        best = (n, phrase, True, "title_count")
    if best is None:
        return None, None, None, included, reasons + [TagReason("not_stated", "no participant count found")]
    n, phrase, _, rule = best
    return n, phrase, size_class(n), included, reasons + [TagReason(rule, phrase)]


# "The study cohort comprised 1 560 patients (312 LDN users and 1 248 matched non-users)": who was studied, whatever
# pool a sentence before counted ("we identified 41 220 adults with MS")
STUDY_COHORT_RE = regex(rf"\b(?:the )?(?:(?:study|analytic|analysis|final|matched) )?(?:cohort|sample) "
                        rf"(?:comprised|consisted of|was made up of) (?P<num>{NUMBER})\b(?![.,]\d|%)", re.I)


def _study_cohort(sents: list[Sentence]) -> tuple[int, str, bool, str] | None:
    for s in sents:
        if s.section != "background" and ("comprised" in s.text or "consisted of" in s.text or "made up of" in s.text):
            m = STUDY_COHORT_RE.search(s.text)
            # (not its groups told one by one: "comprised 1,214 users and 4,856 matched non-users", which the group
            # sums read; "comprised 2 905 people: 581 users and 2 324 non-users" states the total first)
            rest = re.split(r"[:(;]", s.text[m.end():], maxsplit=1)[0] if m else ""
            if m and not re.search(rf"\band {NUMBER}\b", rest) and (n := parse_number(m.group("num"))):
                return n, m.group(0), True, "study_cohort"
    return None


# "Each was matched to two ... (n = 624)", "They were compared with 3,321 propensity-matched people": the sentence after
# the exposed group's count adds the group it was matched or compared with.
MATCHED_NEXT = regex(r"^(?:each|they|these|all|both)\b[^.;]{0,40}?\b(?:was|were) (?:individually )?"
                     r"(?:matched|compared)\b", re.I)


# "Of 9,412 people released from prison, 1,107 received ...", "In a claims database (2010-2022), among 28 100 adults,
# 904 filled ...": the exposed are those the pool's clause counts
_EXPOSED_VERBS = (r"(?:received|took|started|initiated|used|collected|filled|were given|(?:were|had been) prescribed|"
                  r"reported (?:taking|using)|"
                  r"had taken|had used|had received|"
                  r"had (?:a )?(?:documented |recorded )?(?:records?|history|prescriptions?) of|"
                  r"were followed by|followed|(?:had )?added)\b")
POOL_EXPOSED = regex(rf"^(?:(?:in|from|within|using) [^,;.]{{1,100}}, )?(?:of|among) (?:the )?{NUMBER}\b[^.;]*?, "
                     rf"(?P<num>{NUMBER}) (?:[\w-]+ ){{0,3}}?"
                     rf"{_EXPOSED_VERBS}", re.I)


def _pool_exposed(text: str) -> re.Match[str] | None:
    """POOL_EXPOSED read after a section label written into the text ("Results: Of 9 412 ...")."""
    return POOL_EXPOSED.match(text.split(": ", 1)[-1])


def _strongest(found: list[tuple[int, str, bool, str]]) -> tuple[int, str, bool, str] | None:
    """The largest of a sentence's counts that say who enrolled (with an enrolment cue), or None."""
    return max((c for c in found if c[2]), key=lambda c: c[0], default=None)


# A nested case-control study's cases, counted after its cohort's pool and a comma, just before "; they were compared"
CASES_BEFORE = regex(rf", (?P<num>{NUMBER}) [^.;,\d]{{1,80}}$", re.I)
# "We identified 2 318 people who collected LDN; 1 742 of them had a year of data": those matched are the 1 742
SUBSET_OF_THEM = regex(rf"; (?P<num>{NUMBER}) of (?:them|these)\b[^.;]*\b(?:had|were|met)\b", re.I)


# "Of these, 412 …", "Among them, 150 …": a count of some of the people just counted
_OF_THESE = rf"^(?:of|among) (?:these|them|those)\b[^.;]{{0,20}}?, (?P<num>{NUMBER})"
# "Of these, 412 filled a prescription ...", "Among them, 150 had collected ...": the exposed among the people just
# counted
OF_THESE_EXPOSED = regex(rf"{_OF_THESE} (?:[\w-]+ ){{0,3}}?{_EXPOSED_VERBS}", re.I)


def _exposed(text: str) -> re.Match[str] | None:
    """The clause counting the exposed among a pool: "Of 9 412 ..., 1 107 received", "Of these, 412 filled", "...; 1 742
    of them had"."""
    return SUBSET_OF_THEM.search(text) or _pool_exposed(text) or OF_THESE_EXPOSED.match(text.split(": ", 1)[-1])


def _exposed_and_matched(best: tuple[int, str, bool, str], sents: list[Sentence], i: int,
                         candidates: Callable[[Sentence], list[tuple[int, str, bool, str]]]
                         ) -> tuple[int, str, bool, str] | None:
    """The exposed group plus the group it was matched or compared with, the second told in a sentence of its own
    (MATCHED_NEXT: "Each was matched to two ...", "They were compared with 1 236 ...") or after the exposed in theirs
    ("Of these, 1 106 filled ...; they were compared with 3 318 ..."): the first sentence with an enrolment count
    (sents[i], whose strongest count is `best`) holds the exposed, or the next does ("We identified 3 412 members ..."
    then "Of these, 412 filled ..."), or the one before it did ("Among 48 211 discharged, 2 904 filled ..." then "Each
    was matched to two who filled none, giving 5 808"). Not the pool they came from; None when no window fits."""
    for e in (i, i + 1, i - 1):
        if not 0 <= e < len(sents):
            continue
        pool = _exposed(sents[e].text)
        # (in sents[i] itself, _candidates has summed the exposed and those compared with them in one sentence)
        # ("...; they were compared with 600 ...", "...; each was matched ... to four (904 in all)")
        same = (THEY_COMPARED_RE.search(sents[e].text, pool.end()) or
                MATCHED_TOTAL_RE.search(sents[e].text, pool.end())) if pool and e == i + 1 else None
        if not same and (e + 1 == len(sents) or not MATCHED_NEXT.match(sents[e + 1].text)):
            continue
        if e == i:
            a = (parse_number(pool.group("num")) or best[0], pool.group(0)) if pool else best[:2]
        elif pool and (n := parse_number(pool.group("num"))):
            a = n, pool.group(0)
        else:
            continue
        b = (parse_number(same.group("num")), same.group(0)) if same else best if e + 1 == i else \
            _strongest(candidates(sents[e + 1]))
        if b is not None and b[0]:
            return a[0] + b[0], f"{a[1]} + {b[1]}", True, "matched_next_sentence" if e == i else "exposed_then_matched"
    return None


# "Those who collected it at least twice (n = 2 140) were included.": the part of the pool just counted that was studied
INCLUDED_AFTER = regex(rf"; (?P<num>{NUMBER})\b(?![.,]\d|%)(?:[^.;()]|\([^()]{{0,120}}\)){{0,160}}?"
                       rf"\b(?:(?:were|was) "
                       rf"(?:included|analy[sz]ed)|formed the (?:study |analysis |analytic )?(?:cohort|sample))\b",
                       re.I)  # (not "(41 women; 30 with limited disease) were included": a bracket's part)
INCLUDED_NEXT = regex(r"^(?:those|these|of (?:these|them)\b|the (?:[\w-]+ ){0,2}?who)\b[^.;]{0,150}?\b"
                      r"(?:(?:were|was) (?:included|analy[sz]ed|enrolled|studied)|formed the (?:study |analysis |"
                      r"analytic )?(?:cohort|sample|population))\b", re.I)


# "Patient 1, a 29-year-old woman", "Case 2: a 66-year-old woman": the patients a case series numbers
NUMBERED = regex(r"\b(?:patient|case)\s+(?P<n>\d{1,2})\b(?=\s*[,:]|\s+(?:was|had|reported|received|took|a|an)\b)",
                 re.I)


def _numbered(sents: Sequence[Sentence]) -> tuple[int, str, bool, str] | None:
    """The last numbered patient of a series that numbers them from 1 (and counts them nowhere in words)."""
    found = [(int(m.group("n")), m.group(0)) for s in sents if "atient " in s.text or "ase " in s.text
             for m in NUMBERED.finditer(s.text)]
    numbers = {n for n, _ in found}
    if 1 not in numbers:
        return None
    n, phrase = max(found)
    return (n, phrase, True, "numbered_patients") if n <= 20 and numbers >= set(range(1, n + 1)) else None


def _included_next(best: tuple[int, str, bool, str], s: Sentence, after: list[Sentence],
                   candidates: Callable[[Sentence], list[tuple[int, str, bool, str]]]
                   ) -> tuple[int, str, bool, str] | None:
    """The count of the people just counted who were included: after a ';' in the same sentence ("We identified 4 806
    adults who collected LDN; 2 377 collected it at least three times and were included"), or in the next sentence
    (INCLUDED_NEXT)."""
    # (not when the count is of those included: "…; 3 140 A initiators and 5 902 B initiators were included")
    if (m := INCLUDED_AFTER.search(s.text)) and (n := parse_number(m.group("num"))) and n < best[0] and \
            s.text.find(best[1]) < m.start():
        return n, m.group(0).lstrip("; "), True, "included_of_pool"
    if not after or not INCLUDED_NEXT.match(after[0].text):
        return None
    part = _strongest(candidates(after[0]))
    if part is None and (m := OF_THESE_COUNT.match(after[0].text)):  # "Of these, 1 012 had ... and were included"
        part = parse_number(m.group("num")) or 0, m.group(0), True, "included_of_pool"
    return (part[0], part[1], True, "included_of_pool") if part and part[0] < best[0] else None


OF_THESE_COUNT = regex(rf"{_OF_THESE}\b{NOT_A_SHARE}", re.I)


def _allocation(text: str) -> bool:
    """ALLOCATION_WORDS.search(text), six times sooner (it runs for every sentence): in ASCII text, re.IGNORECASE
    finds these words where lower() and `in` do; elsewhere it also reads 'ſ' as 's' and 'İ', 'ı' as 'i'."""
    if text.isascii():
        low = text.lower()
        for word in _ALLOCATION:
            if word in low:
                return True
        return False
    return ALLOCATION_WORDS.search(text) is not None


# "32 were allocated to each arm": per-arm counts of a sentence about allocation, randomised or not said
ASSIGNED_EACH = regex(r"\b(?:allocated|assigned) (?:to )?each (?:arm|group)\b", re.I)


def _randomised(c: tuple[int, str, bool, str], s: Sentence) -> bool:
    """A count of the randomised: said so in the phrase, or per-arm counts (or the total stated) of a sentence about
    randomising."""
    return c[3] in ("randomised_arms_sum", "randomised_count") or bool(RANDOMISED_WORDS.search(c[1])) or (
        c[3] in ("per_arm_sum", "per_arm_times_arms", "stated_total") and (bool(RANDOMISED_WORDS.search(s.text)) or
                                                           bool(ASSIGNED_EACH.search(s.text))))


def _groups(sents: list[Sentence]) -> tuple[int, str, bool, str] | None:
    """"The first group (n = 18) ..." then "The other group (n = 26) ...": two or more groups, each
    given its own sentence with one n, are summed."""
    ns = []
    for s in sents:
        ms = [m for m in N_EQUALS_RE.finditer(s.text) if m.group("n") == "n"] if "=" in s.text else []
        if len(ms) == 1 and GROUP_N_BEFORE.search(s.text[:ms[0].start()]):
            ns.append((parse_number(ms[0].group("num")) or 0, ms[0].group(0)))
    if len(ns) < 2:
        return None
    return sum(n for n, _ in ns), " + ".join(p for _, p in ns), True, "groups_in_sentences_sum"


def _pooled(sents: list[Sentence]) -> tuple[int, str] | None:
    """A meta-analysis's pooled participants, in a sentence that also names the trials or studies (for the
    Summary of Findings; never the review's sample size)."""
    for s in sents:
        if re.search(r"\b(?:trials|studies|RCTs)\b", s.text):
            m = POOLED_RE.search(s.text)
            if m and (n := parse_number(m.group("num"))):
                return n, m.group(0)
    return None


def size_class(n: int | None) -> str | None:
    """The class (vocabulary.SIZE_CLASS_BOUNDS) of a number of people."""
    if n is None:
        return None
    return next(c for c, top in SIZE_CLASS_BOUNDS if top is None or n <= top)


_INCLUDED_RE = regex(
    rf"{_NUM_START}(?P<num>{NUMBER})(?:[ -](?:eligible|randomi[sz]ed|controlled|clinical|original|primary|"
    rf"published|relevant|observational|human|unique|registered|prospective|completed|ongoing|small))*"
    rf"[ -](?:studies|trials|articles|publications|RCTs|reports|papers|records|(?:systematic )?reviews)\b"
    r"(?! register| registr)"  # "two trials registers" were searched
    rf"(?!,? (?:were |had been )?(?:screened|retrieved|assessed|searched))",  # those screened, not included
    re.I)


def _included_studies(article: Article) -> tuple[int, str] | None:
    for s in sentences(article):
        if s.section == "background":
            continue
        for m in _INCLUDED_RE.finditer(s.text):
            n = parse_number(m.group("num"))
            if n and not _FOUND_BEFORE.search(s.text, 0, m.start()):
                return n, m.group(0)
    return None


# "We screened 2,010 records": those the search found, not included ("This review identified 41 trials" are included)
_FOUND_BEFORE = regex(r"\b(?:screened|retrieved|yielded|returned)(?: a total of)?\s*$", re.I)

"""Rules for the shapes of real PubMed text (issue 8 items 4-6), on SYNTHETIC snippets written for these tests."""

import re
import tomllib
from pathlib import Path

import pytest

from ldn_lit.config import load_config
from ldn_lit.models import AbstractSection, Article, MeshHeading
from ldn_lit.tagging.conditions import tag_conditions
from ldn_lit.tagging.finding import tag_finding
from ldn_lit.tagging.sample_size import tag_sample_size

SHIPPED = Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml"
CONDITIONS = load_config(SHIPPED).all_conditions


def art(abstract="", title="Synthetic", mesh=()):
    return Article(pmid="1", title=title, abstract_sections=[AbstractSection(None, abstract)] if abstract else [],
                   mesh=[MeshHeading(m) for m in mesh])


@pytest.mark.parametrize("text, n", [
    ("We screened 212 women and 131 were randomly assigned to LDN (n=66) or placebo (n=65).", 131),
    ("Of 86 randomized patients, 79 began treatment.", 86),
    ("In the intention-to-treat sample (N = 204), relapse was less frequent.", 204),
    ("Using the national register we identified 12 418 patients who collected a prescription.", 12418),
    ("Using the national register we identified 12\u2009418 patients who collected a prescription.", 12418),
    # synthetic (session 18): a count grouped by spaces followed by a comma is the whole count, not its first digit
    ("All adults who filled a prescription were included (n = 3 415, 61.2% women).", 3415),
    ("The cohort comprised 2 906, 1 204 of them men, followed for a median of 3 years.", 2906),
    ("The cohort included 2,140 adults who started LDN.", 2140),
    ("We treated 48 patients with psoriasis and 19 patients with atopic dermatitis.", 67),
    ("Fourteen patients with systemic sclerosis and 5 with morphea completed six months.", 19),
    ("Treatment has been carried out in 32 patients with chronic pelvic pain. Pain fell.", 32),
    ("Of 1,500 members invited, 612 with self-reported arthritis completed the questionnaire; 86 respondents had "
     "used LDN.", 612),
    # synthetic (session 11): the randomised after the screened, "and" between; the arms each told what they received
    ("In all, 90 adults were screened, of whom 52 met the criteria and were randomised to LDN or placebo.", 52),
    ("In this double-blind trial, 26 patients received LDN and 27 received placebo for 8 weeks.", 53),
    ("Twenty women took naltrexone and 18 took placebo.", 38),
    ("Twelve patients took LDN and 5 took it for more than a year.", 12),
    ("Twelve patients took LDN at night and 5 took LDN in the morning as well.", 12),
    # synthetic (session 11): a bare count that starts treatment, not the screened nor "one Veterans Affairs centre"
    ("Thirty-one veterans were screened at one Veterans Affairs medical centre, 24 started naltrexone 4.5 mg, and 19 "
     "completed 12 weeks.", 24),
    # users compared with matched non-users: both groups
    ("We compared 1,083 LDN users with 4,332 matched non-users.", 5415),
    # a score threshold is no count of people
    ("We compared fatigue (severe at a score of 30 or less) between patients who did and did not take LDN. Of 388 "
     "patients, 97 were taking LDN.", 388),
    # responding to treatment is not taking part in a survey
    ("Six adults each completed three pairs of treatment periods. Two patients responded consistently.", 6),
    ("Of 2,000 members invited, 1,377 responded.", 1377),
    # synthetic (session 11): a pool gives way to those who met the criteria; a recruitment target is no count
    ("Of 20 118 new users, 15 902 met the enrolment criteria (mean age 50 years).", 15902),
    ("Feasibility criteria were recruitment of 40 participants within 6 months. Forty-four adults were enrolled and "
     "38 completed.", 44),
    # the people who completed a questionnaire, however many words describe them
    ("Of 900 people who opened the questionnaire, 350 with a self-reported diagnosis of fibromyalgia who had taken "
     "LDN completed it. Two hundred respondents reported less pain.", 350),
    # a matched comparison group given in brackets
    ("We identified 45 patients whose records documented LDN use and matched each to two non-users by age and sex "
     "(90 controls).", 135),
    ("In all, 2 046 users were matched to 8 184 non-users; median follow-up was 4 years.", 10230),
    # the people a case series reports are all of it, whatever event they had
    ("We report four women who developed insomnia within days of starting LDN.", 4),
    # one group told by sex; cases and the matched patients named after "and"
    ("Participants: One hundred and two women and seven men with fibromyalgia.", 109),
    ("We studied 40 patients prescribed LDN between 2016 and 2021 and 80 matched patients who were not.", 120),
    ("Participants 236 adults with alcohol dependence who had completed withdrawal.", 236),
    # synthetic (session 12): an open-label extension's size is who entered it, not who completed the trial before it
    ("Results: Of the 48 patients who completed the double-blind phase, 40 entered the extension and 35 completed it.",
     40),
    # synthetic (session 12): a clinic's records: those prescribed are the pool, those included the cohort
    ("Of 940 patients prescribed LDN between 2016 and 2023, 602 had a pain score recorded before and after and were "
     "included: fibromyalgia (n = 310), back pain (n = 292).", 602),
    ("Results Of 1 050 patients who collected LDN at least once, 602 collected it at least twice and were included.",
     602),
    # synthetic (session 12): who answered a survey, in other words; not where nobody was asked
    ("We invited all 2 410 members to complete an online survey; 903 did so (response rate 37%).", 903),
    ("An anonymous web survey was e-mailed to 1,150 neurologists. One hundred and eighty-seven neurologists answered.",
     187),
    ("We used linked records of all adults released from prison (n = 6 412).", 6412),
    ("A questionnaire was e-mailed to 2,000 prescribers. Results: 540 GPs (27.0%) responded.", 540),
    ("We invited members of two patient groups to an online questionnaire. Of 980 people who opened it, 402 who had "
     "taken LDN completed it.", 402),
    ("Of 1,200 questionnaires handed out, 1,011 were returned (84%). In all, 402 respondents had used LDN.", 1011),
    ("Forty patients took LDN for 12 weeks. Samples were returned by 30; 12 did so within a week.", 40),
    # synthetic (session 12): "matched each, on ..., to three non-users" is a ratio; the matched groups counted after
    ("We matched each user, on age, sex and disease duration, to three non-users. We included 1 310 users and 3 930 "
     "matched non-users.", 5240),
    # synthetic (session 12): two groups compared "between" them, each with its own count
    ("Relapse was compared between 61 patients treated before and 58 patients treated after the protocol change.", 119),
    ("Outcomes differed between 24 women given LDN and 30 women who declined it.", 54),
    ("Enrolment ran between 2019 and 2022 and 45 patients were enrolled.", 45),
    # synthetic (session 14): a survey's returns, a choice between arms, both sexes randomised, matched totals
    ("A questionnaire was mailed to 900 members. Questionnaires were returned by 312 physicians (34.7%). Of these, "
     "201 had prescribed it, but 150 of the 201 had started fewer than five patients on it.", 312),
    ("Forty-two patients chose the implant and thirty-eight oral naltrexone.", 80),
    ("After detoxification, 70 men and 12 women were randomly assigned to naltrexone or placebo.", 82),
    ("Of 9 120 people discharged, 804 received an injection before discharge; each was matched to two people "
     "discharged without it (1 608 in all).", 2412),
    ("In the register, 1 450 users had two years of follow-up and were included. Each was matched on age and sex to "
     "up to three non-users (4 350 in total).", 5800),
    ("Of 1\u00a0980 people who opened the questionnaire, 1\u00a0204 who had taken LDN completed it.", 1204),  # no-break
    ("A questionnaire was mailed to 900 pharmacies. Questionnaires were returned by 288 pharmacies (32%).", 288),
    # synthetic (session 18): a choice with the dose in brackets; the taking told with its condition and duration
    ("Of 96 patients offered LDN, 41 chose to start it (1 mg rising to 4.5 mg nightly) and 37 preferred to continue "
     "usual care; 18 declined follow-up.", 78),
    ("At two clinics, 44 women with Hashimoto's thyroiditis taking LDN (1.5-4.5 mg nightly) for at least 6 months and "
     "39 not taking it took part.", 83),
    # synthetic (session 18): an extension's entrants, of those who completed the phase before
    ("Thirty-three of the 40 participants who finished the double-blind phase entered the open-label extension.", 33),
    # synthetic (session 18): some of a group told in words are a part of it, the group its size
    ("LDN eased pain in two of three patients with long-standing CRPS.", 3),
    # synthetic (session 18): the part of the pool that formed the cohort, described at length
    ("We identified 4 102 people with fibromyalgia who collected LDN. Those with continuous residence and register "
     "data for 12 months before and after the first collection (n = 3 318) formed the analysis cohort.", 3318),
    ("Thirty-eight of the 150 patients with fibromyalgia seen in the period had been prescribed LDN; their charts "
     "formed the study sample.", 38),
    # synthetic (session 18): a nested case-control study whose source cohort's sentence counts no controls
    ("Within a cohort of 48 210 adults with alcohol use disorder, we identified every admission for pancreatitis. We "
     "identified 206 cases and matched them to 2 060 controls.", 2266),
    # synthetic (session 18): a cohort split after a colon keeps its size; groups told by "in which"; "followed"
    ("We included 240 patients with lupus: 80 who added LDN and 160 matched patients who did not.", 240),
    ("We compared 212 pregnancies in which the mother took naltrexone with 2 120 in which she took buprenorphine.",
     2332),
    ("Of 18 440 eligible releases, 1 106 followed an XR-NTX injection; these people were compared with 3 318 "
     "propensity-matched people.", 4424),
    # synthetic (session 18): a score threshold, a bracket's part, an each-treatment allocation, a finished survey, a
    # middle-dot share, a cohort formed after ';', the previous year as a time window
    ("Forty adults with an MFIS score of 38 or more took part in the crossover study.", 40),
    ("Fifty-two patients with lupus (44 women; 31 with skin disease) were included.", 52),
    ("Participants: Eighty adults with heroin dependence. 40 patients were randomised to each treatment.", 80),
    ("Of 1 106 people who started the questionnaire, 482 who had taken LDN finished it.", 482),
    ("A questionnaire was mailed to 1 150 members. It was returned by 297 (25·8%).", 297),
    ("We identified 2 210 adults who collected LDN; 1 407 of them collected it at least twice and formed the study "
     "cohort.", 1407),
    ("A survey went to 420 pharmacies. Questionnaires were returned by 151 pharmacies (36%), of which 60 had "
     "compounded LDN in the previous year.", 151),
    # synthetic (session 18): groups compared by who declined, arms told with their place, taking and never having
    # taken, a long description before "were included", a documented history of use
    ("Thirty-nine patients who accepted LDN were compared with 36 who declined and continued standard therapy.", 75),
    ("Twenty-nine patients at the intervention clinic received LDN and 27 at the control clinic continued usual care.",
     56),
    ("Forty women who had taken LDN (1.5-4.5 mg nightly) for at least six months and 44 who had never taken it took "
     "part.", 84),
    ("Thirty-three women taking LDN (median 4.5 mg nightly) and 36 women not taking it took part.", 69),
    ("Of 92 patients who received LDN, 70 had a partial Mayo score recorded at baseline and at 12 weeks and were "
     "included.", 70),
    ("Of 1 640 patients, 88 had a documented history of LDN use; they were compared with 264 matched patients who had "
     "none.", 352),
    # synthetic (session 18): the returns told with their share and no noun
    ("A postal questionnaire went to the 820 clinics of the network in 2022; it was returned by 301 (36.7%).", 301),
    ("A questionnaire was mailed to 2 400 members of the society. Replies came from 1 130 (47.1%).", 1130),
    ("Of 2,960 adults who filled a first prescription, 2,410 with a weight recorded at baseline and at 6 months "
     "were included.", 2410),
    ("Among 9 120 releases, 806 people received an injection; each was matched to up to three others, giving an "
     "analytic cohort of 3 102 (2 802 men).", 3102),
    ("Among 30 114 eligible adults, 2 106 initiated naltrexone. After matching, 2 090 initiators were compared with "
     "2 090 non-initiators.", 4180),
    ("Eighteen women with bulimia nervosa received naltrexone 200 mg daily and seventeen received placebo.", 35),
    ("We identified 2 810 members with alcohol dependence after detoxification. Of these, 390 filled a prescription "
     "for naltrexone. They were compared with 1 170 members who did not, matched on age and sex.", 1560),
    ("A questionnaire was sent to 4 000 randomly selected members of the register. The questionnaire was returned by "
     "1 702 members.", 1702),
    ("Of 188 patients, 102 had antibody titres measured twice: 49 had taken LDN in between and 53 had not.", 102),
    ("Of 240 patients seen, 71 were prescribed LDN (1 mg; titrated to 4.5 mg) and had a follow-up visit, and these "
     "formed the study sample.", 71),
    ("Of 312 eligible patients, 104 added LDN and 208 continued methotrexate alone.", 312),  # a cohort split: its size
    ("Twenty-four practices were randomised, 12 to each arm. Intervention practices enrolled 180 patients and "
     "usual-care practices enrolled 171.", 351),  # clusters are not people
    ("In all, 120 patients underwent randomisation (30, 31, 29 and 30 per group); 111 completed 12 weeks.", 120),
    ("Of 80 referred, 61 met the criteria and 56 consented; 28 were allocated to each arm.", 56),
    ("Of 38 patients screened, 9 did not meet the criteria; the remaining 29 were enrolled.", 29),
    ("The records listed 1 310 people dispensed LDN. We excluded 301 with a single fill, leaving 1 009 people for "
     "analysis.", 1009),
    ("Of 6 120 adults who completed detoxification, 980 started oral naltrexone and 2 870 started buprenorphine.",
     3850),
    ("Among 40 118 adults discharged after an admission, 2 410 filled a naltrexone prescription. Each was matched to "
     "two adults who filled none, giving 4 820 comparison patients.", 7230),
    ("Adults with average pain of 5 or more out of 10 were randomised. Of 190 screened, 132 were randomised.", 132),
    ("We identified 2 010 people who collected LDN; 1 503 of them had a year of data before it. These were matched to "
     "4 509 people who never collected LDN.", 6012),
    ("Of 8 100 adults released, 950 initiated XR-NTX and 2 400 initiated buprenorphine.", 3350),
    ("We linked the records of 390 patients who received a first implant at one clinic between 2003 and 2007 with "
     "hospital data.", 390),  # a year is not a second group
    ("A questionnaire was mailed to 2 000 GPs. The questionnaire was returned by 488 GPs (24.4%).", 488),
    ("This three-centre trial enrolled 270 patients after detoxification, 90 in each group.", 270),
    ("We compared 410 pregnancies exposed to naltrexone with 6 200 exposed to buprenorphine.", 6610),
    ("We randomized 90 PWH with alcohol use disorder, in a 2:1 ratio, to the injection or placebo.", 90),
    ("Of 1,090 patients prescribed the drug, 280 with one fill and 35 with no follow-up were excluded, leaving 775 for "
     "analysis.", 775),
    ("Of 58 patients referred, 49 were eligible and forty-one agreed to take part.", 41),
    ("Eighteen housing units in three county jails were randomised (9 per arm). Intervention units enrolled 180 "
     "participants and control units enrolled 171.", 351),
    ("Of 51,200 eligible veterans, 2,610 filled a naltrexone prescription within 7 days; they were compared with 7,830 "
     "propensity-matched veterans who filled none.", 10440),
    ("Among 3 120 adults with fibromyalgia, 940 had been prescribed LDN; 701 of them had pain scores recorded both "
     "before and 3-6 months after and formed the analysis cohort.", 701),
    ("Of 50 300 eligible adults, 2 700 initiated XR-NTX within a week; each was matched on the propensity score to "
     "three non-initiators (8 100 in all).", 10800),
    ("We linked the records of 1 300 people who received an implant and compared them with 2 900 people who entered "
     "methadone maintenance.", 4200),
    ("Results: 690 people with MS started LDN; each was matched on age and sex to three non-users (2 070 in all).",
     2760),
    ("Adults were randomised to oxycodone with naltrexone 0.0001 mg, oxycodone alone, or placebo (110 per group).",
     330),
    # synthetic (session 17): the second group's verb left out, a cluster trial's practices with a word between,
    # a dose with a decimal point inside an arm, a total stated beside "in each group" with no enrolment verb
    ("The day-case group comprised 64 patients and the overnight group 59.", 123),
    ("The intervention prison enrolled 72 men and the usual-care prison 80.", 152),
    ("We randomised 30 rural practices (15 per arm). Intervention practices enrolled 240 patients and control "
     "practices enrolled 226.", 466),
    ("52 patients received LDN 4.5 mg with chemotherapy and 49 concurrent patients received chemotherapy alone.",
     101),
    ("Two hundred and forty opioid-dependent adults, 80 in each group.", 240),
    # synthetic (session 17): matched "with", the exposed told by their record, arms by the prescriptions they filled
    ("In all, 96 LDN users were matched with 192 non-users.", 288),
    ("Among 2 310 patients with the disease, 88 had a record of LDN use; they were compared with 264 matched patients "
     "who had none.", 352),
    ("All adults discharged after detoxification (n = 9 804). Of these, 2 110 filled a prescription for naltrexone and "
     "1 460 filled a prescription for acamprosate.", 3570),
    # JAMA's bracket of who they were between a count and its arm; arms told by what they chose, continued or got
    # "alone"; the exposed "followed by" a fill; a pool "offered" the drug; a cluster trial's clusters before "each arm"
    ("We randomly assigned 58 adults (mean [SD] age, 47.3 [11.0] years; 31 women [53%]) to LDN and 57 to placebo.",
     115),
    ("Thirty-one patients received phototherapy with LDN and 29 received phototherapy alone.", 60),
    ("In all, 41 patients who chose LDN were compared with 39 who continued usual care.", 80),
    ("Of 20 400 eligible admissions, 812 were followed by a naltrexone fill; these patients were matched to 1 624 "
     "patients who filled none.", 2436),
    ("Of 190 patients offered the injection, 151 agreed to take part and 120 were followed up.", 151),
    ("Ten rural clinics, five randomised to each arm, took part. Of 880 patients screened, 302 were enrolled.", 302),
    # an arm's dose in brackets before the second arm; events tallied with "n ="; a survey returned "by N of them"
    ("We randomly assigned 44 adults to LDN (1.5 mg rising to 4.5 mg nightly) and 43 to placebo.", 87),
    ("We enrolled 90 patients. The most common complaints were nausea (n = 51), headache (n = 40) and insomnia "
     "(n = 33).", 90),
    ("We posted a questionnaire to 900 pharmacies; it was returned by 251 of them (27.9%).", 251),
    # users "taking LDN (1.5-4.5 mg)" beside those not; the exposed who "had added" it; "replies came from"; a pool
    # "given" the drug giving way to those included
    ("Thirty-six women taking LDN (1.5–4.5 mg daily) and 39 not taking it took part.", 75),
    ("Of 6 210 patients in the register, 180 had added LDN; they were compared with 540 matched patients.", 720),
    ("A questionnaire was sent to 1 400 GPs. Replies came from 377 GPs (26.9%).", 377),
    ("Of 150 patients given LDN, 118 had activity scores recorded at baseline and 12 weeks and were included.", 118),
    ("Among 30 200 adults discharged, 1 410 initiated XR-NTX (380 mg monthly) and 7 950 initiated buprenorphine.",
     9360),  # an arm's dose in brackets
    # synthetic (session 19): a long description with an apostrophe between a count and its arm; a sex told in the
    # singular; a survey's share of those invited; a pool "starting" the drug; a pool's part whose measures were
    # recorded; a pool after "In ..., among"; the exposed "Of these" or "Among them" with their matched group; those
    # "Of these" who were included, the pool counted in the sentence before
    ("We randomly assigned 64 adults with knee osteoarthritis of at least 12 months' duration to LDN 4.5 mg nightly "
     "and 62 to placebo.", 126),
    ("Four men and one woman (aged 41–70 years) received LDN 4.5 mg at night.", 5),
    ("A survey was posted to every clinic. Surveys were returned by 188 of the 540 invited (35%).", 188),
    ("Of 84 patients starting LDN, 60 completed the 16-week follow-up; 24 were lost to follow-up.", 84),
    ("Of 240 patients with psoriasis seen in the clinic, 51 were started on LDN 4.5 mg nightly and had PASI scores "
     "recorded.", 51),
    ("Of 412 patients with Hashimoto's thyroiditis seen from 2019 to 2024, 73 had TPO antibodies measured before and "
     "6 months after starting LDN.", 73),
    ("In a national claims database (2010–2022), among 28 100 adults with alcohol use disorder, 904 filled a "
     "naltrexone prescription; each was matched to three who filled none (2 712 in all).", 3616),
    ("We identified 30 215 adults with breast cancer. Of these, 226 collected LDN within a year; each was matched on "
     "age and stage to four patients who never collected it (904 in all).", 1130),
    ("We identified 19 804 patients with melanoma. Among them, 150 had collected LDN; they were compared with 600 "
     "non-users matched on age and stage.", 750),
    ("Using national records, we identified 2 950 veterans prescribed LDN. Of these, 1 012 had pain scores recorded "
     "both in the 3 months before and 5–7 months after the first prescription and were included.", 1012),
    # a sex told after a description, not "5 drinks on one occasion for men"; arms in turn ("and the next 30"); a pool
    # of "such patients" and of a trial's participants
    ("Twelve opioid-dependent men and four women took part.", 16),
    ("Participants: 150 daily smokers who drank heavily (at least 5 drinks on one occasion for men and 4 for women).",
     150),
    ("The first 30 consecutive inpatients with opioid use disorder undergoing a 7-day detoxification received placebo "
     "capsules, and the next 30 received naltrexone 0.25 mg.", 60),
    ("Of 402 such patients, 77 had TPO antibody titres recorded both before and after starting LDN.", 77),
    ("Of the 540 trial participants, 231 smoked daily at baseline; they form this analysis.", 231),
    # inpatients; a duration among the words before "were randomly assigned"; an arm that "added" the drug; a pool who
    # "started" it giving way to those included
    ("Twenty-two methadone-maintained inpatients with opioid use disorder were enrolled.", 22),
    ("In a double-blind trial, 88 opioid-dependent inpatients undergoing a 5-day methadone taper were randomly "
     "assigned to naltrexone or placebo.", 88),
    ("Thirty-three patients added LDN and 36 continued usual care.", 69),
    ("Of 250 patients who started LDN, 180 had pain scores recorded at baseline and 3 months and were included.", 180),
    # a nested case-control study's pool before its cases and controls; its cases before "they were compared with";
    # "matched with ten controls" is a ratio; the part "of them" that was matched; a survey link opened N "times";
    # emergency departments are clusters
    ("Among 41 200 adults with alcohol use disorder, 380 cases of acute liver injury were matched to 3 800 controls.",
     4180),
    ("Each person who died was matched with ten controls. Among 8 210 people who received XR-NTX, 110 died of an "
     "opioid overdose; they were compared with 1 100 matched controls.", 1210),
    ("Of 4 900 adults with CD, 240 collected LDN; 226 of them had a year of register data and were matched to 678 "
     "non-users.", 904),
    ("An online survey was advertised by patient groups. The survey link was opened 1 310 times and 590 eligible "
     "respondents completed the questionnaire.", 590),
    ("Randomized clinical trial at 5 urban EDs among adults with alcohol use disorder. Of 230 patients randomized, "
     "190 completed the 12-week visit.", 230),
    # those who "replied"; users (n = …) matched to those "who did not"; the exposed who "reported taking" the drug
    ("A questionnaire was sent to 290 pharmacists. Of these, 118 replied (41%).", 118),
    ("Users (n = 1 210) were matched on propensity score to 3 630 who did not.", 4840),
    ("Of 2 980 registry participants, 190 reported taking LDN; they were compared with 380 participants who had "
     "never taken it.", 570),
    # groups "exposed to" one drug and another; an exposed and an unexposed group after "comprised"; the randomised
    # after "we screened … and"
    ("The register held 92 pregnancies exposed to extended-release naltrexone and 368 exposed to buprenorphine.", 460),
    ("The cohort comprised 1 204 pregnancies exposed to naltrexone and 6 020 unexposed pregnancies matched on "
     "propensity score.", 7224),
    ("Between 2022 and 2024 we screened 141 patients and randomly assigned 88 (44 naltrexone, 44 placebo).", 88),
    ("Fourteen patients received naltrexone and 11 placebo.", 25),  # the second arm's verb left out
    # those who responded told with who they were; the part included after a bracket of its criteria
    ("We invited 1 000 members of a patient network to an online questionnaire; 390 who had taken LDN for at least "
     "one month responded.", 390),
    ("We identified 230 charts of patients prescribed LDN; 171 met the inclusion criteria (a diagnosis, 8 weeks of "
     "treatment and a follow-up score) and were included.", 171),
    # synthetic (session 20): a cohort's two groups told by the same noun, after "compared the records of", and as
    # those who took the drug and those who "did not"
    ("We included 4 215 naltrexone initiators and 8 930 acamprosate initiators.", 13145),
    ("We compared the records of 612 people who received a naltrexone implant with 1 284 people entering methadone "
     "maintenance.", 1896),
    ("Thirty-one patients took LDN and 57 did not.", 88),
    ("Of 120 patients, 45 took LDN and 12 did not respond.", 120),
    ("The cohort held 12 children whose parents chose LDN (0.1 mg/kg at bedtime, never more than 4.5 mg a day) and 15 "
     "contemporaneous children on usual care.", 27),
    # the two groups counted after a ';' as those included; groups whose one noun follows the second count; those
    # compared with "N who were not"
    ("Adults who filled LDN or a comparator within 30 days were followed for a year; 1 210 LDN initiators and 2 306 "
     "comparator initiators were included.", 3516),
    ("Overall, 126 implant and 131 oral patients were included.", 257),
    ("The matched sample comprised 1 450 treated and 1 450 untreated enrollees.", 2900),
    ("Women prescribed LDN (n = 612) were compared with 1 224 who were not, matched 1:2 on age.", 1836),
])
def test_sample_size_shapes(text, n):
    assert tag_sample_size(art(text), "open_label_single_arm", "human")[0] == n


def test_a_pharmacovigilance_study_counts_its_reports_when_it_counts_no_people():
    # synthetic (session 12): one spontaneous report is one patient; a count of people still comes first
    text = "We searched the national database of spontaneous reports. We found 538 reports describing 1,212 reactions."
    assert tag_sample_size(art(text), "cohort_or_retrospective", "human")[:2] == (538, "538 reports")
    text = "Among 9\u2009870 reports naming naltrexone, 212 described liver injury."
    assert tag_sample_size(art(text), "cohort_or_retrospective", "human")[0] == 9870
    text = "We found 538 reports concerning 301 patients."
    assert tag_sample_size(art(text), "cohort_or_retrospective", "human")[0] == 301
    # a trial's case reports, or a review's, are not its participants
    assert tag_sample_size(art("Twelve case reports described relapse."), "rct", "human")[0] is None


def test_a_letter_titled_with_the_patients_it_reports_counts_them():
    # synthetic (session 12): no abstract, so the title's handful is the case series' size
    a = art(title="Low-dose naltrexone for Darier disease: no benefit in three patients")
    assert tag_sample_size(a, "case_series", "human")[:2] == (3, "three patients")
    a = art(title="Low-dose naltrexone for psoriasis: a retrospective review of 27 patients")
    assert tag_sample_size(a, "cohort_or_retrospective", "human")[:2] == (27, "27 patients")


def test_abbreviations_defined_in_the_abstract_name_the_condition():
    a = art("Crohn's disease [CD] and ulcerative colitis [UC] differ in many ways. Background aside, we reviewed "
            "32 patients with CD and 11 with UC.", title="LDN in bowel inflammation")
    got, reasons = tag_conditions(a, CONDITIONS)
    assert got == ["crohns_disease", "ulcerative_colitis"]
    a = art("Patients with CD took LDN.", title="LDN in bowel inflammation")  # undefined: CD could be anything
    assert tag_conditions(a, CONDITIONS)[0] == []


def sectioned(sections, title):
    return Article(pmid="1", title=title, abstract_sections=[AbstractSection(label, text) for label, text in sections])


def test_abbreviations_with_lower_case_letters_name_the_condition_too():
    # synthetic (session 14): the condition spelled out once, in the background, then only abbreviated
    a = sectioned([("BACKGROUND", "Itch troubles many people with systemic sclerosis (SSc)."),
                   ("METHODS", "We describe five women with diffuse cutaneous SSc given LDN.")], "LDN for itch")
    assert tag_conditions(a, CONDITIONS)[0] == ["systemic_sclerosis"]
    a = sectioned([("BACKGROUND", "Many people with multiple sclerosis (pwMS) try LDN."),
                   ("RESULTS", "In all, 812 pwMS answered the survey.")], "LDN use: a survey")
    assert tag_conditions(a, CONDITIONS)[0] == ["multiple_sclerosis"]
    a = sectioned([("OBJECTIVE", "Interferon drives inflammation in primary Sjögren syndrome (pSS)."),
                   ("METHODS", "Cells from 20 patients with pSS were exposed to naltrexone.")], "Naltrexone and pSS")
    assert tag_conditions(a, CONDITIONS)[0] == ["sjogrens"]
    a = art("Patients (McGill) took LDN.", title="LDN in a clinic")  # a capitalised word is no abbreviation
    assert tag_conditions(a, CONDITIONS)[0] == []
    # and names the shipped queries.toml now gives them
    assert tag_conditions(art(title="LDN for chronic back pain: a crossover trial"), CONDITIONS)[0] == ["chronic_pain"]
    assert tag_conditions(art(title="Hair loss after LDN in autoimmune hypothyroidism"), CONDITIONS)[0] == [
        "hashimotos_thyroiditis"]
    assert tag_conditions(art(title="Liver injury with naltrexone in adults with alcohol or opioid use disorder"),
                          CONDITIONS)[0] == ["alcohol_use_disorder", "opioid_use_disorder"]


def test_a_condition_screened_for_and_not_found_or_a_dose_used_in_another_is_not_studied():
    # synthetic (session 14)
    a = art("A woman with dermatomyositis took LDN. Screening for an underlying malignancy, including imaging of the "
            "chest and abdomen, was negative.", title="LDN for itch in dermatomyositis")
    assert tag_conditions(a, CONDITIONS)[0] == ["dermatomyositis"]
    a = art("Low doses, far below the 50 mg dose used in alcohol and opioid dependence, may act on glia.",
            title="How does low-dose naltrexone work?")
    assert tag_conditions(a, CONDITIONS)[0] == []


def test_an_umbrella_term_means_every_condition_configured_under_it_unless_one_is_named():
    assert tag_conditions(art(title="Low-dose naltrexone in Inflammatory Bowel Disease"), CONDITIONS)[0] == [
        "crohns_disease", "ulcerative_colitis"]
    a = art("Patients with ulcerative colitis attending our IBD clinic took LDN.", title="LDN in ulcerative colitis")
    assert tag_conditions(a, CONDITIONS)[0] == ["ulcerative_colitis"]
    a = art("Patients attending our IBD clinic took LDN.", title="LDN in a clinic", mesh=["Crohn Disease"])
    assert tag_conditions(a, CONDITIONS)[0] == ["crohns_disease"]
    # synthetic (session 17): a review of IBD that draws on animal models reviews the disease; an animal study of a
    # model of it studies neither
    a = art("This review covers LDN in IBD, from studies of experimental colitis to small trials.",
            title="Low-dose naltrexone in inflammatory bowel disease")
    assert tag_conditions(a, CONDITIONS, design="narrative_review")[0] == ["crohns_disease", "ulcerative_colitis"]
    assert tag_conditions(a, CONDITIONS, design="animal_study")[0] == []


def test_a_titles_pain_of_a_named_pain_condition_is_that_conditions_own_pain():
    """Synthetic (session 11): 'chronic widespread pain in fibromyalgia' is fibromyalgia's pain; a title that names
    chronic pain apart from it ('chronic pain and fibromyalgia') still tags both."""
    a = art("Forty women were randomised to LDN or placebo.", title="LDN for chronic widespread pain in fibromyalgia")
    assert tag_conditions(a, CONDITIONS)[0] == ["fibromyalgia"]
    a = art("Forty women were randomised.", title="LDN for persistent pain of women with fibromyalgia")
    assert tag_conditions(a, CONDITIONS)[0] == ["fibromyalgia"]
    a = art("Forty women were randomised.", title="LDN in chronic pain and in fibromyalgia: two cohorts")
    assert tag_conditions(a, CONDITIONS)[0] == ["fibromyalgia", "chronic_pain"]


def test_chronic_neuropathic_pain_is_chronic_pain_but_a_diabetic_neuropathys_own_pain_is_not():
    a = art("Rats received naltrexone or vehicle.", title="LDN in a rat model of chronic neuropathic pain (synthetic)")
    assert tag_conditions(a, CONDITIONS)[0] == ["chronic_pain"]
    a = art("A 66-year-old man with central post-stroke pain took LDN.")
    assert tag_conditions(a, CONDITIONS)[0] == ["chronic_pain"]
    a = art("Adults with painful diabetic neuropathy and chronic neuropathic pain took LDN or placebo.")
    assert tag_conditions(a, CONDITIONS)[0] == ["diabetic_neuropathy"]


def test_a_reviews_enumeration_is_its_scope_unless_it_reviews_mechanisms():
    """Synthetic (session 11): a review that lists the conditions it covers is about each of them; a trial's list is a
    passing mention, and so is a review of the drug's mechanisms that names conditions as examples."""
    text = "We reviewed reports of LDN in skin disease: psoriasis, systemic sclerosis and dermatomyositis."
    assert tag_conditions(art(text), CONDITIONS, design="narrative_review")[0] == [
        "psoriasis", "systemic_sclerosis", "dermatomyositis"]
    assert tag_conditions(art(text), CONDITIONS, design="rct")[0] == []
    text = ("This review summarises the proposed mechanisms of LDN and how they might explain reports of benefit in "
            "psoriasis, systemic sclerosis and dermatomyositis.")
    assert tag_conditions(art(text), CONDITIONS, design="narrative_review")[0] == []
    # (session 15) a review saying what it covers keeps its scope though it also outlines the mechanisms
    text = ("In this review we summarise published reports of LDN in psoriasis, systemic sclerosis, dermatomyositis "
            "and lichen planus, and outline its proposed mechanisms.")
    assert tag_conditions(art(text), CONDITIONS, design="narrative_review")[0] == [
        "psoriasis", "systemic_sclerosis", "dermatomyositis"]
    # (session 21) the review's own search, after a sentence of background, is no background; chronic pain listed
    # beside fibromyalgia as what a review covers is an item of its own, not fibromyalgia's pain
    text = ("LDN has been reported in several skin diseases. We systematically searched three databases for reports of "
            "LDN in psoriasis, dermatomyositis and systemic sclerosis. Twenty reports were included.")
    assert tag_conditions(art(text), CONDITIONS, design="systematic_review_or_meta_analysis")[0] == [
        "psoriasis", "systemic_sclerosis", "dermatomyositis"]
    text = ("We searched for systematic reviews of LDN. Nine reviews were included, covering trials in fibromyalgia, "
            "multiple sclerosis, Crohn's disease and chronic pain.")
    assert tag_conditions(art(text), CONDITIONS, design="systematic_review_or_meta_analysis")[0] == [
        "multiple_sclerosis", "crohns_disease", "fibromyalgia", "chronic_pain"]
    text = "Adults with fibromyalgia and chronic pain elsewhere took LDN or placebo."
    assert tag_conditions(art(text), CONDITIONS, design="rct")[0] == ["fibromyalgia"]
    # a review's own sentence of what it covers under Current Opinion's "Purpose of review" heading (a background
    # section whose other sentences stay unread)
    a = Article(pmid="1", title="Synthetic review", abstract_sections=[
        AbstractSection("PURPOSE OF REVIEW", "LDN is often requested for MS. We review the clinical evidence in "
                                             "psoriasis, dermatomyositis and systemic sclerosis."),
        AbstractSection("SUMMARY", "Small uncontrolled reports suggest benefit.")])
    assert tag_conditions(a, CONDITIONS, design="narrative_review")[0] == [
        "psoriasis", "systemic_sclerosis", "dermatomyositis"]


def test_every_false_friend_example_passes_the_word_test_in_front_of_its_rule():
    """conditions._FALSE_FRIEND_WORDS is a hand-kept list beside phrases/conditions.toml [false_friends]: a false
    friend added there without a word here would never be blanked."""
    from ldn_lit.tagging import phrases
    from ldn_lit.tagging.conditions import _has_false_friend, _plain
    for example in phrases.load("conditions")["false_friends"].examples:
        assert _has_false_friend(example) and _plain(example) != example, example


def test_false_friends_and_what_the_drug_is_used_for_are_not_conditions():
    a = art("Naltrexone, an opioid antagonist used to treat opioid dependence, was added to monocytes in vitro. "
            "Tumor necrosis factor release fell.", title="Naltrexone lowers tumor necrosis factor")
    assert tag_conditions(a, CONDITIONS)[0] == []


@pytest.mark.parametrize("text, want", [
    # synthetic (session 12): a look-alike named by a tracked condition's word, or set against it, is not it
    ("Morphoea, also called localised scleroderma, spares the organs. A girl took LDN and her Localized Scleroderma "
     "Cutaneous Assessment Tool score fell.", []),
    ("IBS is a functional disorder distinct from inflammatory bowel disease. Twenty adults with IBS took LDN.", []),
    # names the synonyms lacked, and an abbreviation defined in the background
    ("Forty women with chronic lymphocytic thyroiditis (CLT) took LDN. Antibodies fell in CLT.",
     ["hashimotos_thyroiditis"]),
    ("Adults with painful distal symmetrical polyneuropathy and type 2 diabetes took LDN.", ["diabetic_neuropathy"]),
    ("Three patients with cholangiocarcinoma took LDN.", ["cancer"]),
    ("Rats with adjuvant-induced arthritis received naltrexone.", ["rheumatoid_arthritis"]),
    ("Diabetic neuropathic rats received naltrexone.", ["diabetic_neuropathy"]),
    ("Adults admitted for alcohol withdrawal took naltrexone.", ["alcohol_use_disorder"]),
])
def test_conditions_named_the_way_the_synonyms_once_missed(text, want):
    assert tag_conditions(art(text), CONDITIONS)[0] == want


@pytest.mark.parametrize("text, mesh, design, want", [
    # synthetic (session 21): an animal study's MeSH heading names the disease its model is of, though the text speaks
    # only of what the animals do; without the heading, or in people, the text must name it
    ("Rats pressing a lever for ethanol received naltrexone or vehicle.", ["Alcohol Drinking", "Rats"], "animal_study",
     ["alcohol_use_disorder"]),
    ("Naltrexone reduced binge-like ethanol intake in male mice.", ["Binge Drinking", "Mice"], "animal_study",
     ["alcohol_use_disorder"]),
    ("Rats pressing a lever for ethanol received naltrexone or vehicle.", ["Rats"], "animal_study", []),
    ("Adults with chronic back pain took LDN.", ["Opioid-Related Disorders", "Humans"], "rct", ["chronic_pain"]),
])
def test_an_animal_studys_mesh_names_the_disease_its_model_is_of(text, mesh, design, want):
    assert tag_conditions(art(text, mesh=mesh), CONDITIONS, design=design)[0] == want


@pytest.mark.parametrize("text, want", [
    # synthetic (session 12): a protocol's exclusions and borrowed criteria are not what it studies
    ("Adults with long COVID will be randomised to LDN or placebo. People who take opioids, have a history of "
     "fibromyalgia before the infection or have liver disease will be excluded.", ["long_covid"]),
    ("Adults with long COVID will be randomised to LDN or placebo. They must meet criteria adapted from the 2015 "
     "fibromyalgia criteria.", ["long_covid"]),
    ("Adults with long COVID will be randomised to LDN or placebo. Exclusion criteria: pregnancy, fibromyalgia, opioid "
     "use.", ["long_covid"]),
    # (session 15) a malignancy ruled out, in either word order
    ("A 60-year-old woman with dermatomyositis took LDN; screening for an underlying malignancy was negative.",
     ["dermatomyositis"]),
    ("A 60-year-old woman with dermatomyositis took LDN; malignancy screening was negative.", ["dermatomyositis"]),
])
def test_a_condition_ruled_out_or_borrowed_for_criteria_is_not_studied(text, want):
    assert tag_conditions(art(text), CONDITIONS)[0] == want


def test_an_abbreviation_defined_in_the_background_names_the_condition_where_it_is_used():
    a = art("Background: Opioid use disorder (OUD) often co-occurs with other problems. Methods: We will randomise 300 "
            "adults with OUD to XR-NTX or usual care.")
    assert "opioid_use_disorder" in tag_conditions(a, CONDITIONS)[0]


def test_reviews_that_conclude_null_or_report_only_tolerability():
    a = art("This review summarizes three small trials. LDN is not effective in relieving pain in multiple sclerosis.")
    assert tag_finding(a, "narrative_review")[0] == "null"
    a = art("We summarise reports of side effects. Vivid dreams were common; serious adverse events were rare.",
            title="Adverse events of LDN: a review")
    assert tag_finding(a, "narrative_review")[0] == "safety_only"
    a = art("We summarise the pharmacology of LDN. It is generally well tolerated.", title="LDN: mechanisms")
    assert tag_finding(a, "narrative_review")[0] == "descriptive"


def test_the_shipped_queries_have_text_word_forms_for_records_not_yet_indexed():
    cfg = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
    for c in cfg["conditions"]:
        assert "[tiab]" in c["query"], c["id"]
        assert c["query"].count("(") == c["query"].count(")"), c["id"]
    q = {c["id"]: c["query"] for c in cfg["conditions"]}
    assert '"inflammatory bowel disease*"[tiab]' in q["crohns_disease"] and \
        '"inflammatory bowel disease*"[tiab]' in q["ulcerative_colitis"]
    assert "(rheumatoid[tiab] AND arthritis[tiab])" in q["rheumatoid_arthritis"]
    assert re.search(r"hypothyroid\*\[tiab\]", q["hashimotos_thyroiditis"])


def test_a_count_of_who_had_an_adverse_event_is_not_the_size():
    """Synthetic (session 11): the only count in the abstract is of the patients who had a reaction."""
    text = ("Itch fell by half with naltrexone and by a tenth with placebo (p < 0.001). Two patients had an opioid "
            "withdrawal-like reaction.")
    assert tag_sample_size(art(text), "rct", "human")[0] is None
    assert tag_sample_size(art("Itch fell in 14 patients. Two patients had vivid dreams."), "other", "human")[0] == 14


def test_a_reviews_own_aim_is_not_its_background():
    """Synthetic (session 11): 'small studies' is a background cue, but not where the review says what it does."""
    text = ("Dermatologists are increasingly asked about LDN. In this mini-review we summarise small studies of LDN in "
            "psoriasis, systemic sclerosis and dermatomyositis. Most are case reports. Trials are needed.")
    assert tag_conditions(art(text), CONDITIONS, design="narrative_review")[0] == [
        "psoriasis", "systemic_sclerosis", "dermatomyositis"]


@pytest.mark.parametrize("text, want", [
    # synthetic (session 11): a breakdown of the study's own patients by diagnosis, each with its count
    ("We reviewed the charts of 120 patients given LDN (fibromyalgia 50, complex regional pain syndrome 20, chronic "
     "low back pain 30, other 20). Pain fell.", ["fibromyalgia", "crps", "chronic_pain"]),
    # (session 21) each count before its diagnosis; a comorbidity list without counts stays a passing mention
    ("In total 210 patients started LDN: 96 with rheumatoid arthritis, 71 with systemic lupus erythematosus and 43 "
     "with primary Sjögren's syndrome.", ["rheumatoid_arthritis", "sjogrens", "sle_lupus"]),
    ("Forty adults with fibromyalgia took LDN. Their other diagnoses were rheumatoid arthritis, lupus and Sjögren's "
     "syndrome.", ["fibromyalgia"]),
    # what surveyed doctors prescribe it for: a list is a passing mention of uses, one condition the survey's subject
    ("A questionnaire was sent to 900 GPs. Of 310 who replied, 96 had prescribed LDN in the past year, most often for "
     "fibromyalgia, chronic fatigue or multiple sclerosis.", []),
    ("A questionnaire was sent to 900 GPs. Of 310 who replied, 96 had prescribed LDN in the past year, most often for "
     "fibromyalgia.", ["fibromyalgia"]),
    # users' own diagnoses told as shares are a breakdown of who answered; doctors' prescribing shares are not
    ("An online survey of LDN users was completed by 812 people. Respondents took it for fibromyalgia (34%), multiple "
     "sclerosis (21%) and long COVID (15%).", ["multiple_sclerosis", "fibromyalgia", "long_covid"]),
    # synthetic (session 22): a condition's other name after a slash, then its share
    ("An online survey of LDN users was completed by 640 people. Respondents took it for fibromyalgia (40%), myalgic "
     "encephalomyelitis/chronic fatigue syndrome (26%) and long COVID (11%).",
     ["fibromyalgia", "long_covid", "me_cfs"]),
    ("A survey of 400 GPs was completed by 150. They prescribed it for fibromyalgia (34%), multiple sclerosis (21%) "
     "and long COVID (15%).", []),
    # a condition named only as what another resembles
    ("Long COVID shares many features with myalgic encephalomyelitis. Forty adults with long COVID took LDN.",
     ["long_covid"]),
    # what the drug is prescribed for, in an opening statement of a cell study
    ("Low-dose naltrexone is prescribed to people with fibromyalgia on the theory that it calms glia. We exposed "
     "microglial cell lines to naltrexone. Cytokine release fell.", []),
])
def test_conditions_named_beside_the_studys_own(text, want):
    assert tag_conditions(art(text, title="Synthetic record"), CONDITIONS)[0] == want


def test_jama_labels_written_into_the_text_are_read():
    """Synthetic (session 11): "Conclusions and Relevance:" concludes; "Main Outcomes and Measures:" is methods."""
    from ldn_lit.tagging.text import sentences
    text = ("Importance: Relapse is common.\nDesign, Setting, and Participants: A randomised trial in 2 clinics.\n"
            "Main Outcomes and Measures: Relapse at 24 weeks.\nResults: Relapse fell (OR 0.4, 95% CI 0.2-0.7).\n"
            "Conclusions and Relevance: The drug reduced relapse.")
    assert [s.section for s in sentences(art(text))] == ["background", "methods", "methods", "results", "conclusions"]


@pytest.mark.parametrize("text, sections", [
    # synthetic (session 12): a case report's "Case presentation:" is what happened, not background
    ("Introduction: Psoriasis is common.\nCase presentation: A woman took LDN. Her plaques cleared.\nConclusions: LDN "
     "may help.", ["background", "results", "results", "conclusions"]),
    # the CARE headings of case reports in some journals
    ("Rationale: Itch is hard to treat.\nPatient concerns: A man had itch for years.\nDiagnoses: Lichen simplex.\n"
     "Interventions: LDN 4.5 mg.\nOutcomes: The itch resolved.\nLessons: LDN may help.",
     ["background", "methods", "other", "methods", "results", "conclusions"]),
    # (session 15) JAMA's case series: "Observations:" tells what happened to the patients
    ("Importance: Itch is hard to treat.\nObservations: We describe four women. Itch fell in three.\nConclusions and "
     "Relevance: LDN may help.", ["background", "results", "results", "conclusions"]),
    # (session 16) "Cases:", "Case series:", "Clinical cases:" with a colon; "Case 2, ..." is a patient, not a label
    ("Background: Itch is hard to treat.\nCases: We describe five women. Itch fell in four.\nConclusion: LDN may help.",
     ["background", "results", "results", "conclusions"]),
    ("Introduction: Relapse is common.\nCase series: Seven women took XR-NTX. Six stayed abstinent.\nDiscussion: It "
     "may help.", ["background", "results", "results", "conclusions"]),
    ("Clinical cases: Three women took LDN. Case 2, a 58-year-old woman, improved.\nConclusions: LDN may help.",
     ["results", "results", "conclusions"]),
    # (session 18) reviews' headings: Expert Review's, and Karger's "Summary" (its body) before "Key Messages"
    ("Introduction: LDN is used off label.\nAreas covered: Trials in MS.\nExpert opinion: LDN is not effective in MS.",
     ["background", "methods", "conclusions"]),
    ("Background: Patients ask about LDN.\nSummary: Two trials reported less pain.\nKey Messages: LDN may help.",
     ["background", "other", "conclusions"]),
])
def test_case_report_labels_written_into_the_text_are_read(text, sections):
    from ldn_lit.tagging.text import sentences
    assert [s.section for s in sentences(art(text))] == sections


@pytest.mark.parametrize("text", [
    # synthetic (session 18): the first disorder's "use disorder" left to the second
    "We studied women with opioid or alcohol use disorder who became pregnant while taking naltrexone.",
    "Adults with alcohol or opioid use disorder who started naltrexone were followed.",
])
def test_two_use_disorders_named_with_one_noun_are_both(text):
    assert tag_conditions(art(text), CONDITIONS)[0] == ["alcohol_use_disorder", "opioid_use_disorder"]


@pytest.mark.parametrize("text", ["Mice bearing tumours received LDN.", "Ten adults with adenocarcinoma took LDN.",
                                  "Children with neuroblastoma took LDN.", "Ten patients with sarcomas took LDN."])
def test_cancer_is_named_in_plurals_and_by_its_kinds(text):
    """Synthetic (session 11): the shipped cancer synonyms hold plurals and the kinds the query's wildcards reach."""
    assert tag_conditions(art(text), CONDITIONS)[0] == ["cancer"]


@pytest.mark.parametrize("text, n", [
    # synthetic (session 18): a series that numbers its patients and counts them nowhere in words
    ("Patient 1, a 40-year-old woman with CRPS, took LDN 4.5 mg. Patient 2, a 58-year-old man, reported less pain. "
     "Patient 3, a 33-year-old woman, stopped after a month.", 3),
    ("Case 1: a 61-year-old woman with cholestatic itch took naltrexone. Case 2: a 70-year-old man had a "
     "withdrawal-like reaction.", 2),
])
def test_a_series_that_numbers_its_patients_counts_them(text, n):
    assert tag_sample_size(art(text), "case_series", "human")[0] == n


def test_labels_written_as_sentences_of_their_own_are_read():
    """Synthetic (session 18): "Background." alone, its text in the sentences after it."""
    from ldn_lit.tagging.text import sentences
    text = "Background. Cells respond in vitro. Methods. Mice took LDN. Results. Tumours shrank. Conclusions. Good."
    assert [s.section for s in sentences(art(text))] == ["background", "background", "methods", "methods", "results",
                                                         "results", "conclusions", "conclusions"]


def test_a_summary_heading_that_comes_last_is_the_conclusion():
    """Synthetic (session 18): Current Opinion's headings, as PubMed structures them."""
    from ldn_lit.tagging.text import sentences
    a = Article(pmid="1", title="Synthetic", abstract_sections=[
        AbstractSection("Purpose of review", "Patients ask about LDN."),
        AbstractSection("Recent findings", "Two small trials reported less pain."),
        AbstractSection("Summary", "LDN appears a reasonable option.")])
    assert [s.section for s in sentences(a)] == ["background", "results", "conclusions"]
    alone = Article(pmid="1", title="Synthetic", abstract_sections=[AbstractSection("Summary", "LDN eased pain.")])
    assert [s.section for s in sentences(alone)] == ["other"]
    # NLM's own category for the heading keeps its reading, wherever the heading stands
    nlm = Article(pmid="1", title="Synthetic", abstract_sections=[
        AbstractSection("Background", "Patients ask about LDN.", "BACKGROUND"),
        AbstractSection("Summary", "Two small trials reported less pain.", "RESULTS"),
        AbstractSection("Key Messages", "LDN may help.", "CONCLUSIONS")])
    assert [s.section for s in sentences(nlm)] == ["background", "results", "conclusions"]
    # the same heading written twice into the text is read where each stands
    twice = "Background: LDN is used. Summary: Trials found less pain. Key Messages: It may help. Summary: Use it."
    assert [s.section for s in sentences(art(twice))] == ["background", "other", "conclusions", "conclusions"]


def test_protocol_labels_written_into_the_text_are_read():
    """Synthetic (session 11): a Trials-style protocol's "Methods/design:" and "Discussion:" are sections, so the
    people it will recruit are not background."""
    from ldn_lit.tagging.text import sentences
    text = ("Background: Back pain is common.\nMethods/design: We will recruit 120 adults.\nDiscussion: This trial "
            "will be the first.")
    assert [s.section for s in sentences(art(text))] == ["background", "methods", "conclusions"]
    # synthetic (session 12): "Methods and analysis:" (BMJ Open) is one label, not "Methods" before a lower-case word
    text = ("Introduction: Knee pain is common.\nMethods and analysis: We will randomise 200 adults with painful knee "
            "osteoarthritis.\nEthics and dissemination: Approved.")
    assert [s.section for s in sentences(art(text))] == ["background", "methods", "other"]


def test_a_background_and_aims_label_with_a_slash_is_background():
    """Synthetic (session 13): Karger's "BACKGROUND/AIMS:" is one label, so earlier crossover studies it tells of
    are background, and the design is the parallel trial the methods describe."""
    from ldn_lit.tagging.design import tag_design
    from ldn_lit.tagging.text import sentences
    text = ("BACKGROUND/AIMS: Small crossover studies have suggested that LDN eases itch. METHODS: We randomly "
            "assigned 80 adults to LDN or placebo in a parallel-group trial. RESULTS: Itch fell more with LDN "
            "(p = 0.01).")
    assert [s.section for s in sentences(art(text))][0] == "background"
    assert tag_design(art(text))[0] == "rct"


@pytest.mark.parametrize("text, conditions", [
    # synthetic (session 13): a condition named only as what the symptoms resemble, a comorbidity some also had, or
    # an earlier misdiagnosis is not what the record is about
    ("Long COVID: a hypothesis. Fatigue and pain after the infection resemble the symptoms of myalgic "
     "encephalomyelitis, and we propose LDN for long COVID.", ["long_covid"]),
    ("Sixty adults with long COVID took LDN. Many also met criteria for ME/CFS. Fatigue fell (p = 0.01).",
     ["long_covid"]),
    ("A man's axillary plaques had been treated for years as inverse psoriasis; biopsy showed Hailey-Hailey disease. "
     "LDN cleared them.", []),
    # ... but people enrolled for meeting the criteria are
    ("Forty adults who met criteria for ME/CFS took LDN. Fatigue fell (p = 0.01).", ["me_cfs"]),
    # synthetic (session 22): a relative's condition, in the abstract or the title, and a dose set against another
    # condition's
    ("Naltrexone for kleptomania. Sixty adults took naltrexone or placebo. Those with a family history of alcoholism "
     "responded more often.", []),
    ("Naltrexone for compulsive buying: a review. Doses used were higher than in alcohol use disorder.", []),
    ("Sixty adults with alcohol use disorder took naltrexone. Those whose fathers had alcohol use disorder drank less.",
     ["alcohol_use_disorder"]),
    # opioid dependence named as the people's addiction
    ("Naltrexone for probationers. Fifty-two opiate-addicted probationers took naltrexone; fewer were re-arrested.",
     ["opioid_use_disorder"]),
])
def test_a_condition_resembled_comorbid_or_misdiagnosed_is_not_studied(text, conditions):
    assert tag_conditions(art(text), CONDITIONS)[0] == conditions


def test_a_relatives_condition_in_the_title_is_not_studied():
    """Synthetic (session 22)."""
    a = art("A woman stole less after starting naltrexone 50 mg.",
            title="Kleptomania easing on naltrexone in a woman with a family history of alcohol use disorder")
    assert tag_conditions(a, CONDITIONS)[0] == []


def test_a_comorbidity_some_patients_had_is_no_condition_studied():
    a = art("We reviewed 40 adults with depression who took LDN. Response was more frequent in patients with comorbid "
            "chronic pain (6 of 11) than in those without.")
    assert tag_conditions(a, CONDITIONS)[0] == []

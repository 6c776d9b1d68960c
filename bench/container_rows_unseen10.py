# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Three published plans keyed unseen: a Scottish community justice partnership's action plan, a
community safety partnership's answers to the National Community Safety Plan 2008-11, and a county
health and wellbeing board's alcohol priority (sources cited in docs/importing.md).

As in container_rows_unseen8.py: each stored copy holds only the opening of its document; the cells
and lines are the ones it holds whole, separated again by reading where the copy ran the cells
together (" / "), every word kept in its published order and nothing added ("beutilised" is the
plan's own). A row the copy cuts is left out, with what follows it.
"""

from container_rows_unseen3 import Line

# -- West Dunbartonshire Community Justice Implementation Action Plan, April 2017 - March 2018
# (Appendix B, the Community Justice Outcome Improvement Action Plan 2017-2018): the National
# Community Justice Strategy's section over the local outcome, then Action / Action Due Date /
# Managed By with ONE row: the Action cell holds the outcome's five actions as paragraphs, the due
# date and the partners written once beside them. Then the outcome's Performance Reporting
# Indicators table (Indicator Type / Indicator / Reporting Measure): measures, not actions; its third
# row is cut mid-sentence and left out.
WDC_TITLE = "West Dunbartonshire Community Justice Implementation Action Plan"
WDC_ABOVE = [
    "April 2017 – March 2018",
    "Appendix B",
    "Community Justice Outcome Improvement Action Plan 2017-2018",
]
WDC_SECTION = [
    "National Community Justice Strategy Section 4",
    "Improved public understanding and participation in community justice",
]
WDC_OUTCOME = [
    "West Dunbartonshire Community Justice Outcome 1:",
    "Improve public understanding and participation in community justice",
]
WDC_HEADER = ["Action", "Action Due Date", "Managed By"]
WDC_ACTIONS = [
    "Establish community justice consultation areas to embed within CPWD Your Community model, supporting capacity building",
    "Develop and agree local indicators to beutilised to monitor progress within the new Community Justice model",
    "Develop an improved shared understanding of local community justice issues and what effective interventions can be delivered to provide opportunities for change",
    "Identify ways that we can improve communication, learning and innovation to secure better outcomes for our citizens and communities",
    "Ensuring community justice is a key element of consultation, engagement and involvement for key partners",
]
WDC_DUE = "31 March 2018"
WDC_BY = "West Dunbartonshire Community Justice Partners"
WDC_INDICATORS_ABOVE = ["West Dunbartonshire Community Justice Outcome 1", "Performance Reporting Indicators"]
WDC_INDICATORS_HEADER = ["Indicator Type", "Indicator", "Reporting Measure"]
WDC_INDICATORS = [
    [
        "Quantitative",
        "Perceptions of local crime rate",
        "West Dunbartonshire results from Scottish Government Household Survey",
    ],
    [
        "Contextual",
        "Public attitudes to crime and other issues that impact on communities",
        "West Dunbartonshire findings from Police Scotland Your View Counts survey/West Dunbartonshire Citizens Panel findings",
    ],
]

# -- A community safety partnership's copy of the National Community Safety Plan 2008-11 (Home
# Office), "Make communities safer (PSA 23)", priority action 1, with its answers: the plan's text on
# what the priority means for partnerships, then "partnerships should consider:" over a two-column
# table with no header: each numbered thing to consider ("1. identification of…", lower case as the
# plan writes them), beside it what the partnership has done (its second answer two paragraphs).
# The third item is cut mid-word and left out.
NCSP_PRIORITY = "MAKE COMMUNITIES SAFER (PSA 23)"
NCSP_OBJECTIVE = "PRIORITY ACTION 1: REDUCE THE MOST SERIOUS VIOLENCE"
NCSP_PARAS = [
    "The most harmful crimes are undeniably those in which people are killed, seriously injured and/ or seriously psychologically harmed. Protecting the public begins with tackling these most serious offences. Given the nature of these crimes, although specific local challenges will vary, all local agencies in every area can be expected to prioritise efforts to tackle serious violence.",
    "What does it mean for partnerships?",
    "Specific local targets will not be mandated by the Government as part of this PSA. However, all local areas should take into account the relative level and nature of serious crime experienced within their locality when considering local priorities. The performance of partnerships and the police against this objective will be measured through indicators in the Assessments of Policing and Community Safety (APACS) related to violent crime (see section 4 for further detail on performance management).",
    "In line with local priorities and strategic assessments, partnerships should consider:",
]
NCSP = [
    [
        "1. identification of and early intervention with victims and perpetrators of domestic violence, to prevent escalation, including (in many areas) through implementation of Multi-Agency Risk Assessment Conferences (MARACs)",
        "MARAC now established and meeting monthly. Additional advocacy worker in post to help victims to navigate through Criminal Justice System.",
    ],
    [
        "2. building on this, developing mechanisms for identifying and intervening early with those at risk of involvement in violence, either as a perpetrator or a victim (informed by work to be taken forward nationally under the Tackling Violence Action Plan)",
        "Violent Crime Co-ordinator proactively identifying repeat perpetrators and proposing CRASBO packages. Some issues with quality of data for identifying repeat victimisation.\nViolent Offender Orders being introduced for post-custodial phase.",
    ],
]

# -- Nottinghamshire Health and Wellbeing Board, Joint Health and Wellbeing Strategy 2022-26,
# ambition and priority "Alcohol" (its page; the heading is not in the stored copy): the aim, why,
# "Over the next four years we will:" and six actions, then the JSNA's facts under their own heading
# (facts, not actions) and a "Read more" link.
NOTTS: list[Line] = [
    ("heading", "Reduce the levels of harmful drinking of alcohol in our communities."),
    (
        "para",
        "Deaths due to alcohol have risen during the Covid-19 pandemic. Helping people to cut down their alcohol intake can improve mental health, boost weight loss and reduce the risk of conditions which cause a high number of deaths and reduce quality of life such as cancer, liver and heart disease.",
    ),
    ("label", "Over the next four years we will:"),
    ("bullet", "Increase population level understanding of risk and harm."),
    ("bullet", "Prevent alcohol harm through wider related local/national policy"),
    ("bullet", "A systematic approach to Alcohol Identification and Brief Advice (IBA)."),
    ("bullet", "Identification of ‘alcohol champions’ in key organisations across the system."),
    ("bullet", "Including alcohol as a priority for employee health and wellbeing."),
    (
        "bullet",
        "Agreeing and embedding pathways for service users with co-existing mental health and substance misuse issues.",
    ),
    ("heading", "JSNA - Substance Misuse: Young People and Adults (2018)"),
    ("bullet", "Alcohol contributes to more than 60 diseases and health conditions."),
    (
        "bullet",
        "It represents 10% of the burden of disease and death in the UK, placing it in the top three lifestyle risk factors after smoking and obesity.",
    ),
    ("para", "Read more"),
]

# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Three published plans keyed unseen: a county police force's domestic abuse action plan, a council's
homelessness and rough sleeping action plan priority, and a district council's housing strategy
action plan (sources cited in docs/importing.md).

As in container_rows_unseen5.py: each stored copy holds only the opening of its document; the lines
and cells are the ones it holds whole, every word kept in its published order and nothing added.
A line or cell the copy cuts is left out, with what follows it.
"""

from container_rows_unseen3 import Line

# -- Cambridgeshire Constabulary, "Domestic Abuse Action Plan": Strategic Crime Priority – Domestic
# Abuse, Stalking & Harassment 2020-2021. The page's definitions of domestic abuse and of stalking and
# harassment under their own headings, then "Domestic Abuse Action Plan 2020 - 2021" and the actions
# as bullets, in groups whose headings (pictures on the page) the copy does not hold. The ninth bullet
# ("Refine our approach to intimate and non intimate p…") is cut and left out.
CAMBS_DA: list[Line] = [
    ("title", "Domestic Abuse Action Plan"),
    ("heading", "Strategic Crime Priority – Domestic Abuse, Stalking & Harassment 2020-2021"),
    ("heading", "Domestic Abuse"),
    (
        "para",
        "“Any incident or pattern of incidents of controlling, coercive or threatening behaviour, violence or abuse between those aged 16 or over who are or have been intimate partners or family members regardless of gender or sexuality. This can encompass but is not limited to the following types of abuse:",
    ),
    ("para", "Psychological, physical, sexual, financial, and emotional"),
    ("heading", "Stalking & Harassment"),
    (
        "para",
        "In cases of stalking, there is a pattern of unwanted, fixated and obsessive behaviour which is intrusive. It can include harassment that amounts to stalking or stalking that causes fear of violence or serious alarm or distress.",
    ),
    (
        "para",
        "Stalking will often focus on a person, whereas harassment will often focus on disputes. Is there evidence to suggest that if the problem was resolved, the behaviour will stop?",
    ),
    ("heading", "Domestic Abuse Action Plan 2020 - 2021"),
    ("bullet", "All staff are appropriately trained to recognise and support victims of DA, Stalking & Harassment."),
    ("bullet", "Ensure appropriate partnership systems and pathways are in place."),
    ("bullet", "All staff are aware of the eight stages of DA leading to a domestic homicide."),
    ("bullet", "Staff are appropriately trained and skilled to complete DA, Stalking & Harassment Investigations."),
    ("bullet", "Utilise tools and systems that enable high harm perpetrators to be identified and managed."),
    ("bullet", "Educate communities re risks posed through joint messaging with partners and SCB."),
    ("bullet", "Prepare an internal and external communication strategy."),
    ("bullet", "Refine our approach to DA Stalking and Harassment."),
]

# -- Buckinghamshire Council, Homelessness and Rough Sleeping Strategy 2022 to 2025, its action plan's
# "Priority three" page: the priority in its own words under the label, then each action its number
# on a line of its own, "Action - …", and two labelled bullets: "target / outcome - …" (the measure)
# and "year - …" (the action plan links each action to Year 1, 2 or 3, or "ongoing").
BUCKS: list[Line] = [
    ("title", "Homelessness and Rough Sleeping Strategy 2022 to 2025"),
    ("heading", "Priority three"),
    (
        "para",
        "Where a household does become homeless, to support them to find appropriate alternative accommodation as quickly as possible.",
    ),
    ("label", "3.1"),
    (
        "para",
        "Action - continue to work proactively with registered partners and agencies to find effective ways to prevent homelessness. To intervene and support clients as early as possible including signposting to independent legal advice and advocacy where appropriate .",
    ),
    ("bullet", "target / outcome - fewer households becoming homeless"),
    ("bullet", "year - ongoing"),
    ("label", "3.2"),
    (
        "para",
        "Action - where homelessness cannot be prevented, work proactively to relieve homelessness within the timescales set by law.",
    ),
    ("bullet", "target / outcome - homelessness relieved wherever possible"),
    ("bullet", "year - ongoing"),
    ("label", "3.3"),
    (
        "para",
        "Action - ensure an supply of appropriate emergency and temporary accommodation; ensure that those in emergency and temporary accommodation are supported to find a permanent home as quickly as possible",
    ),
    (
        "bullet",
        "target / outcome - able to house those requiring emergency and temporary accommodation while moving people on quickly",
    ),
    ("bullet", "year - ongoing"),
    ("label", "3.4"),
    (
        "para",
        "Action - minimise the use of bed and breakfast accommodation and other temporary accommodation with shared facilities. Where it is unavoidable, limit its provision to emergency and short term stays only.",
    ),
    ("bullet", "target / outcome - self-contained emergency and temporary accommodation wherever possible"),
    ("bullet", "year - ongoing"),
]

# -- Stratford-on-Avon District Council, Housing Strategy 2015 - 2020 Action Plan: notes on reading
# the plan (a bullet list: what SDC, the resources column, 'Report', 'Agree', 'Review' and 'Annual'
# mean), then "Aim 1" and the aim's words, and the table whose "Action" heading spans two columns:
# the action's number ("1.") and the action, then Resources / Milestones or targets / Progress. The
# copy holds row 1 only; its third milestone is cut and left out, and no progress is held.
STRATFORD_TITLE = "Housing Strategy 2015 - 2020 Action Plan"
STRATFORD_NOTES_LABEL = "Notes on reading the Action Plan"
STRATFORD_NOTES = [
    "SDC = Stratford-on-Avon District Council.",
    "The actions are strategic actions (that is, they are not detailed operational plans).",
    "The resources column has a list of main contributors (not necessarily headed by the ‘lead’ agency) but also includes keymaterials and some funding sources. The list relates to the action not the milestones / targets.",
    "‘Report’ means the production of a formal written report or information sheet to be considered by the appropriate committee or meeting or persons.",
    "‘Agree’ means agreement at the appropriate level (e.g. portfolio holder, committee or group), with a written record of the decision (e.g. minutes of a meeting making a clear reference to the document agreed).",
    "‘Review’ can mean anything from a focused discussion through to research and consultation leading to a formal report. The scale of the review should be appropriate to the action, but all reviews must have a recorded outcome (what considered, findings, recommendations or decisions, who involved, date) to allow for transparency, auditing and progress monitoring.",
    "‘Annual’ or ‘financial year’ refers to the period from the beginning of April to the end of March the following year.",
]
STRATFORD_AIM = [
    "Aim 1",
    "To support communities including increasing the supply and choice of good quality affordable homes for local people.",
]
# The header as Word holds it: the merged "Action" heading's second cell empty
STRATFORD_HEADER = ["Action", "", "Resources", "Milestones or targets", "Progress"]
STRATFORD = [
    [
        "1.",
        "Monitor the success and impact of the Housing Strategy.",
        "SDC, District Housing Forum, Housing Partnership Meeting.",
        "1. Report (twice yearly) on the progress made against each action in this Strategy including risks to implementation.\n1. Review the action plan (at least annually) to take account of changing circumstances.",
        "",
    ],
]

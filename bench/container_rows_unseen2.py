# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Rows of two more published plans keyed unseen (sources cited in docs/importing.md).

As in container_rows_unseen.py: each stored copy holds only the opening of its page; the cells are
the rows it holds whole, separated again by reading where the copy ran the columns together, every
word kept in its published order and nothing added. A row the copy cuts is left out.
"""

# -- Mid and East Antrim Policing and Community Safety Partnership (Northern Ireland), Action Plan
# 2025-2026: "Strategic Priority 1:" on a line of its own with the priority's words on the next, a
# list of indicators under "Indicators", then one table per priority of projects: the project's ref
# at the start of its name ("SP1.1 Facilitate…"), its aims, its key activities, a Start Date and an
# End Date column, cost, performance measures (the outcomes-based accountability questions, a line
# each) and the quarters it reports in. No lead column. SP1.2 is cut in its key activities.
MEA_TITLE = "MEA PCSP Action Plan 2025-2026"
MEA_PRIORITY_LABEL = "Strategic Priority 1:"
MEA_PRIORITY = "To ensure effective delivery in response to local need, and improve the visibility and recognition of the work of the PCSP through effective consultation, communication and engagement"
MEA_INDICATORS_LABEL = "Indicators"
MEA_INDICATORS = [
    "% people who feel safe in their community (during the day and at night)",
    "% people with high levels of worry about crime and personal safety # people who engage in PSCP programmes and events",
    "% people who report that they have been positively impacted by involvement in PCSP programme (increased skills, change in attitude, change in behaviour)",
]
MEA_HEADER = [
    "Project",
    "Aims & description",
    "Key Activities",
    "Start Date",
    "End Date",
    "Resource or cost",
    "Performance measures",
    "Reporting Quarter",
]
MEA = [
    [
        "SP1.1 Facilitate PCSP Meetings and Events",
        "To form and successfully deliver the functions of the PCSP",
        "Facilitate Private PCSP Meetings\nFacilitate Theme Based Meetings which provide two way engagement with the local community, statutory partners and the community on relevant local issues",
        "April 2025",
        "March 2026",
        "£2,000",
        "How much did we do?\n# PCSP meetings\nHow well did we do it?\n% attendance by members at each meeting\n% of members reporting satisfaction with meetings\nIs anyone better off?\n% members who feel supported in their role",
        "2/3/4",
    ],
]

# -- Cumbria Constabulary, Domestic Abuse Action Plan 2018 (public version): a tracker of the force's
# domestic abuse actions (HMIC recommendations among them), four columns: the action's coded ref
# ("PROVUL8.5"), the recommendation or overarching action it answers, the sub-action taken under it
# and its delivery status. The overarching action is written again in each row under it; a row with
# no sub-action is an action of its own; a sub-action cell opens with the number it carried in the
# earlier plan ("NO 8"). The stored copy runs the cells together; PROVUL77 is cut mid-sentence and
# left out. A force's plan rather than a partnership's, kept for its layout.
CUMBRIA_TITLE = "Cumbria Constabulary Domestic Abuse Action Plan 2018 - public version"
CUMBRIA_HEADER = ["Action Ref Number", "Recommendation/ Overarching Action", "Sub-Action", "Delivery Status"]
_IMPROVEMENT = "Ensure constant improvement of awareness and all processes linked to the investigation management and general vulnerability linked to domestic abuse in Cumbria. Managed via delivery of the outstanding actions from the Domestic Abuse Action Plan to improve service and reduce harm"
CUMBRIA = [
    [
        "PROVUL8.5",
        _IMPROVEMENT,
        "NO 8 Map the work we carry out with statutory and non- statutory partners to tackle issues of HBV and FM",
        "Complete",
    ],
    [
        "PROVUL42.2",
        _IMPROVEMENT,
        "NO 17 PPU/Triage Officers to be trained to access National Firearms Licensing Management System – read only access (Training 1 hour)",
        "Complete",
    ],
    [
        "PROVUL33",
        "Diversionary scheme for DV offenders - review to ensure the original aims are met.",
        "",
        "Complete",
    ],
    [
        "PROVUL106",
        "HMIC Recommendation 4 We recommend that, within three months, Cumbria Constabulary ensures that officers always record their observations of a child’s behaviour and demeanour in records of domestic abuse incidents so that better assessments of a child’s needs are made",
        "Guidance to be sent to frontline officers surrounding the recording of information on a DA / VC report including; Recording the child's behaviour and not just the account they have given.",
        "Complete",
    ],
]

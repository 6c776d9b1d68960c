# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Two published plans keyed unseen: a city's Crime and Disorder Reduction Partnership implementation
plan and a Surrey borough's community safety partnership strategy aims (sources cited in
docs/importing.md).

As in container_rows_unseen8.py: each stored copy holds only part of its document; the cells and
lines are the ones it holds whole, separated again by reading where the copy ran the columns
together, every word kept in its published order and nothing added. A row the copy cuts, or whose
cells it cannot tell apart, is left out, with what follows it.
"""

# -- Salford Crime and Disorder Reduction Partnership, Strategy Implementation Plan 2002 - 2005 (draft
# status as at 13th June 2002): a cover, a contents list of the six sections with their pages, where
# to send comments, then "CROSS CUTTING ISSUES" over Actions / Lead Agency / Officer / Funding / Output
# target and date(s), each action numbered in its cell. Rows 1-6 are stored whole (the docsbay copy
# separates the cells with " / "); from row 7 that copy drops the numbers and the other cells, and
# the studylib copy runs them together so no row's cells can be told, so rows 7 onward are left out.
SALFORD_CDRP_TITLE = "Salford Crime and Disorder Reduction Partnership Strategy Implementation Plan 2002 – 2005"
SALFORD_CDRP_COVER = [
    "Salford",
    "Crime and Disorder Reduction Partnership",
    "Strategy Implementation Plan",
    "2002 – 2005",
    "draft status as at 13th June 2002",
]
SALFORD_CDRP_CONTENTS = [
    "Contents:",
    "1. Cross Cutting Issues Page 3",
    "2. Nuisance and Disorder Page 6",
    "3. Violent Crime Page 12",
    "4. Vehicle Crime Page 14",
    "5. Burglary Page 18",
    "6. Hate Crime Page 21",
]
SALFORD_CDRP_COMMENTS = [
    "Please return any comments to: Salford Community Safety Unit",
    "Elmstead House",
    "Partington Lane",
    "Swinton",
    "M27 0SS",
    "Tel: 0161 793 3576",
    "Fax: 0161 793 3579",
]
SALFORD_CDRP_SECTION = "CROSS CUTTING ISSUES"
SALFORD_CDRP_HEADER = ["Actions", "Lead Agency / Officer", "Funding", "Output target and date(s)"]
SALFORD_CDRP = [
    [
        "1. Provide Citizenship Education Programme, including victim awareness and community issues",
        "Salford Community Safety Unit/ Officer – Education and Leisure\nInspection and Advisory Service\nIn Service training programme and Healthy Scheme",
        "From existing resources",
        "Programmes in schools by September 2002",
    ],
    [
        "2. Develop and implement a strategy to reduce the fear of crime",
        "Press and Public Relations",
        "Funding required",
        "By June 2002",
    ],
    [
        "3. Develop and implement Crime and Disorder Communications Strategy",
        "Press and Public Relations /\nSalford Community Safety Unit",
        "From existing resources",
        "Strategy in place by June 2002",
    ],
    [
        "4. Implement Witness Outreach Strategy",
        "Salford Community Safety Unit",
        "From existing resources",
        "Increase the proportion of witnesses accessing the service by 2% per annum",
    ],
    [
        "5. Deliver targeted Crime Stoppers campaigns in high crime areas",
        "Crime stoppers",
        "Funding required",
        "Four campaigns by September 2003",
    ],
    [
        "6. Develop Victim Support Service and seek funding to extend work with burglary victims. Private tenants, victims of hate crime and children as victims and witnesses",
        "Victim Support",
        "Funding required",
        "Development of service through increased funding",
    ],
]

# -- Safer Waverley Partnership, Waverley Community Safety Strategy 2005-2008, as Waverley Borough
# Council's committee system holds it (Meeting of the Executive held on 05/04/2005): the strategy's
# aims, each a row across its table ("Aim 2: …"), an "Objectives" row, then each objective numbered,
# the number run into its words with no space ("2.1Reduce theft…"), in the page's order (Aim 2, Aim
# 1, Aim 3). Objective 3.6 is cut mid-sentence and left out, with what follows.
WAVERLEY_LINES = [
    "Waverley Borough Council Committee System - Committee Document",
    "Meeting of the Executive held on 05/04/2005",
]
WAVERLEY_TITLE = "Community Safety Strategy - Safer Waverley Partnership"
WAVERLEY = [
    (
        "Aim 2: Reduce crime* by 12.5% by 2008",
        "Objectives:",
        [
            "2.1Reduce theft of a vehicle by 21% by 2008",
            "2.2Reduce theft from a vehicle by 13% by 2008",
            "2.3Reduce vehicle interference 13% by 2008",
            "2.4Reduce domestic burglary 20% by 2008",
            "2.5Reduce theft or unauthorised taking of a pedal cycle by 2% by 2008",
            "2.6Reduce theft from person 6% by 2008",
            "2.7Reduce criminal damage 10% by 2008",
            "2.8Reduce common assault 9% by 2008",
            "2.9Reduce wounding 15% by 2008",
            "2.10Reduce personal robbery 15% by 2008",
        ],
    ),
    (
        "Aim 1: Reduce the types of anti-social behaviour, which are of most concern to the community",
        "Objectives",
        [
            "1.1Enforce speed limits through use of speed detection equipment",
            "1.2Educate motorists about appropriate speeds by the use of interactive signs",
            "1.3Employ initiatives to educate drivers about road safety with an emphasis on new drivers",
            "1.4Use appropriate media to encourage considerate parking and driving",
            "1.5Use engineering/ parking controls to design out traffic problems",
            "1.6Develop a pound for the storage of abandoned vehicles so that they can be removed from public areas",
        ],
    ),
    (
        "Aim 3: Reduce the number of individuals who commit anti-social behaviour and have the most impact on communities",
        "Objectives",
        [
            "3.1Co-ordinate a multi-agency response to specific individuals’ anti-social behaviour through the CIAG (Community Incident Action Group)",
            "3.2Develop the partnership contribution to the CIAG through regular training and networking",
            "3.3Identify those individuals who are most prolific in their offending or impact on the community through the Catch and Convict strand of the PPO Strategy",
            "3.4Address the behaviour of those identified as prolific or priority offenders and case-manage them through the three strands of the PPO scheme",
            "3.5Address drug and alcohol issues relating to PPOs through the PPO scheme and make links with the Drug Intervention Programme (DIP) and the Probation Service",
        ],
    ),
]

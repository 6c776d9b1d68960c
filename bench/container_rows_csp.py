# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Two more published plans keyed unseen, from community safety partnerships' drugs and alcohol work
(sources cited in docs/importing.md).

As in container_rows_unseen2.py: each stored copy holds only the opening of its page; the lines and
cells are the ones it holds whole, every word kept in its published order and nothing added
("UPDATE March 2019Resource" without its space is the page's own). A list item or row the copy cuts
is left out, with what follows it.
"""

Line = tuple[str, str]

# -- Safer Portsmouth Partnership (Portsmouth's community safety partnership), "Substance Misuse Plan
# and updates March 2019": the plan's priorities for the next two years as one bullet list, each
# followed in the same list by a bullet "UPDATE March 2019 …" saying what was done. No leads, dates
# or refs. The fifth item's update is cut ("UPDATE Ma"), so it is left out, with what follows.
# Lines as in container_rows_unseen3.py: (kind, text), kind "title", "label" or "bullet".
PORTSMOUTH: list[Line] = [
    ("title", "Substance Misuse Plan and updates March 2019"),
    ("label", "What will we prioritise in the next two years:"),
    ("bullet", "Work more closely with Southampton and across Hampshire to share learning and best practice."),
    (
        "bullet",
        "UPDATE March 2019  Public health teams from Southampton, Hampshire and IOW meet quarterly to develop working arrangements such as a pan Hampshire dangerous drug alert warning system. Best practice is shared in relation to preventing drug related deaths, drug and alcohol treatment and harm reduction.",
    ),
    ("bullet", "Update our alcohol needs assessment."),
    (
        "bullet",
        "UPDATE March 2019Resource identified within PH but unable to complete. Further discussions required to take forward with current resources. We have however developed an alcohol focused team within our treatment system, separate from the drugs provision in order to better meet the needs of alcohol users.  We were also successful in bidding for Public Health England funds (£500k approx.) to develop a family support team, working with families where parents are alcohol dependant. Reduced capacity in the partnership support team has prevented further work at this stage.",
    ),
    (
        "bullet",
        "Whilst maintaining a focus on recovery, increase our focus on  harm reduction approaches which are evidence based to improve outcomes and save lives.",
    ),
    (
        "bullet",
        "UPDATE March 2019 Low threshold prescribing (LTP) was implemented in April 2018.  A Harm reduction outreach worker was recruited Both approaches are targeted at the drug users most at risk of harm or death. We currently have 16 high risk service users on LTP. Public Health and partners are developing guidance around best practice to reduce harm from drugs at festivals and the night time economy.",
    ),
    ("bullet", "Continue to support Safe Space in the Guildhall Walk."),
    ("bullet", "UPDATE March 2019 Safe Space continues with funding from the CCG and University of Portsmouth"),
    (
        "bullet",
        "Work with partners to ensure best practice within licensed premises and the evening and late night economy to reduce crime.",
    ),
]

# -- Stockton-on-Tees, "Draft Objectives/Action Plan- Alcohol", the action plan put out for
# consultation with the Alcohol Strategy for Stockton (comments by 31 July 2009): the plan's eight
# objectives as a bullet list, then "Objective 1" on a line of its own (the first of them, not named
# again) over a table Action / Outputs / Outcomes / Responsible Agency / Resources / Timescales. Two
# rows are whole in the stored copy (the third is cut in its action). The copy runs a cell's
# paragraphs together with a space or a line break: the Resources cell names three budgets ("Public
# Health", "Think B4 U Drink", "YP Substance misuse"), kept one a line; the line breaks the copy keeps
# inside the first row's timescale and the second row's action are kept.
STOCKTON_ALCOHOL_TITLE = [
    "Consultation on Action Plan to accompany Alcohol Strategy for Stockton",
    "Comments/contributions to by 31 July 2009",
    "Draft Objectives/Action Plan- Alcohol",
]
STOCKTON_ALCOHOL_OBJECTIVES = [
    "Reduce alcohol related harm to Young people, families and communities, through the delivery of sustained and consistent messages around alcohol consumption, in order to influence attitudinal change and create a cultural shift.",
    "Enable frontline staff to identify early problematic alcohol use and make appropriate referrals.",
    "Reduce the number of alcohol related hospital attendances and admissions.",
    "Deliver treatment services which are evidenced-based, cost effective, and are aligned with the N.T.A models of care alcohol treatment framework, and are responsive to and accessible for all individuals who require treatment.",
    "Improve and develop integrated care pathways to ensure that individuals move through services effectively, and have access to training, education, employment and housing. Pathways will be inclusive of all vulnerable groups such as offenders, poly-drug use, young people and dual diagnosis.",
    "Co-ordinate and develop support services for young people, families and carers affected by someone else’s alcohol related issues.",
    "Target offenders of alcohol related crime, with a focus upon violent crime, anti-social behaviour and domestic violence.",
    "Reduce the availability of alcohol with a particular focus on sales to young people",
]
STOCKTON_ALCOHOL_HEADING = "Objective 1"
STOCKTON_ALCOHOL_HEADER = ["Action", "Outputs", "Outcomes", "Responsible Agency", "Resources", "Timescales"]
STOCKTON_ALCOHOL = [
    [
        "Raise awareness of impact of alcohol use can have on children",
        "Social marketing campaign aimed at families",
        "Reduce amount of proxy purchasing",
        "Think B4 U Drink",
        "Public Health\nThink B4 U Drink\nYP Substance misuse",
        "17th July 09 –\nJuly 2010",
    ],
    [
        "To Promote awareness of alcohol treatment,\nservices utilising a borough wide approach",
        "Materials to promote services",
        "More awareness and uptake of services",
        "Public health via commissioned trainers and others",
        "Public Health",
        "Ongoing",
    ],
]

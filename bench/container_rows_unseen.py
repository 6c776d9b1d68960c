# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Rows of two more published plans for the import containers (sources cited in docs/importing.md).

Each stored copy holds only the opening of its page; the cells below are the rows it holds whole,
separated again by reading (a PDF's columns run together), every word kept in its published order
and nothing added.
"""

# -- Stockton-on-Tees, Action Plan to Reduce Adult Re-offending (March 2009), pathway "Life Skills &
# Offending Behaviour": six columns headed by questions, the pathway, title and committee labels
# printed on every page (the page header), the lead's name and email on lines under the agency, and
# row 8.2 cut by the page break (its last words at the top of page 2, with no header repeated).
STOCKTON_PAGE_HEADER = [
    "Item No: 10",
    "Appendix 8",
    "ACTION PLAN TO REDUCE ADULT RE-OFFENDING IN STOCKTON-ON-TEES",
    "March 2009",
    "PATHWAY: Life Skills & Offending Behaviour",
]
STOCKTON_HEADER = [
    "ITEM\n(number)",
    "WHAT ARE WE GOING TO DO?",
    "WHO WILL LEAD?\n(name, post & agency and email address)",
    "WHO ELSE NEEDS TO BE INVOLVED?\n(list by name, post & agency)",
    "HOW WILL WE KNOW WHETHER WE HAVE SUCCEEDED?\n(‘SMART’ targets where possible, otherwise ‘process targets’ or as much clarity as possible)",
    "WHEN DO WE AIM TO DO IT BY?",
]
STOCKTON_PAGE_1 = [
    [
        "8.1",
        "From April 2009 onwards – identify the number of offenders in settled/suitable accommodation in Stockton at the end of their order or licence – as a contribution towards quantifying local offender housing need\nNational Indicator 143 refers",
        "National Probation Service Teesside\nR.Portues / Service IT team\nrussell.portues@teesside.probation.gsi.gov.uk",
        "Stockton Council – LAA performance team who will receive the information from Probation.",
        "Monthly reports to be made by Probation – reports will be made by the 3rd week of the following month",
        "Commence April 2009",
    ],
    [
        "8.2",
        "Teesside Probation Service corporate targets for offending behaviour programmes – Think First etc will be pro rata",
        "National Probation Service Teesside\nlucia.saiger@teesside.probation.gsi.gov.uk",
        "",
        "Local targets to be published April 2009 and communicated to Stockton Partnership",
        "Commence April 2009 – performance against target reported on a monthly basis",
    ],
]
# the top of page 2: the rest of 8.2's first cell (the stored copy ends during 8.3, which is left out)
STOCKTON_PAGE_2 = [
    [
        "",
        "allocated to Stockton and identified in sentence proposals where assessed need identifies appropriateness",
        "",
        "",
        "",
        "",
    ],
]

# -- Bath and North East Somerset, Prevent action plan (February 2017): the Prevent duty guidance
# row by row, numbered in a column the header does not name (its first cell spans the number and
# the guidance), what has been done so far, and the action required, in the last column; the
# guidance column's header says "activity" but holds the duty, not the actions. Organisations as
# bullet lists in "Work to date". Row 5 is cut mid-sentence in the stored copy and left out.
BANES_TITLE = "Prevent action plan February 2017"
BANES_HEADER = ["Guidance- summary of activity required", "", "Work to date", "Action required"]
BANES = [
    [
        "1",
        "Local authorities should establish or make use of an existing local multi-agency group to agree risk and co-ordinate Prevent activity.",
        "A Board is in place comprising\n• B&NES Council\n• CCG\n• National Probation Service\n• Police\n• CTIU\n• Bath Spa University\n• Fire and Rescue\n• Bath College",
        "The Board has adopted the terms of reference explicitly highlighting the guidance with consideration for CTLP/risk assessment.\nB&NES Prevent referral process has been completed and circulated.",
    ],
    [
        "2",
        "Links will need to be made to other statutory partnerships such as Local Safeguarding Children Boards Safeguarding Adults Boards, Channel panels and Youth Offending Teams",
        "The following Council services sit on the Prevent Board\n• Equality\n• Connecting Families\n• Community Safety\n• Emergency Planning\n• Safeguarding\n• 11-19 Outcomes",
        "Prevent has been incorporated within LSCB, LSAB and YOS and work on prevent awareness sessions to childminders is continuing and this is continuing with connecting families.",
    ],
    [
        "3",
        "It will be important that local or regional Prevent co-ordinators have access to senior local authority leadership to give advice and support",
        "Regular discussions take place with CTIU.",
        "CTIU representatives from Avon and Somerset Police provide the Board advice on national and local risks.",
    ],
    [
        "4",
        "We expect local multi-agency arrangements to be put in place to effectively monitor the impact of Prevent work.",
        "No Channel Panel referrals to date in B&NES Council area.",
        "Prevent Board to review any Prevent referrals and the efficiency of the process should any referrals be made.",
    ],
]

# -- Blackpool Alcohol Harm Reduction Strategy, Local Implementation Plan 2006-2007 (DRAFT 08/08/06):
# eight columns, one Word table per section with its header again at the top of each, the action's
# number at the start of its cell ("1.1. Facilitate…"), lead agencies and the key individual on lines
# of their own, measures and resources as several paragraphs. The stored copy runs the cells together
# with " / " and leaves empty cells out, so where a lead cell ends and the partners cell begins is a
# reading (the key scores the organisations named, not which one leads); section 2 is cut after 2.2.
BLACKPOOL_TITLE = "DRAFT 08/08/06 Blackpool Alcohol Harm Reduction Strategy Local Implementation Plan 2006-2007"
BLACKPOOL_HEADER = [
    "Action",
    "Lead Agency and Key Individual",
    "Additional Partners",
    "Why is this a priority",
    "Strategic Links to",
    "By When",
    "How will we measure success",
    "Resource Required",
]
BLACKPOOL_SECTIONS = [
    [
        [
            "1.1. Facilitate Young peoples Alcohol and Substance Misuse Awareness Event",
            "PYO\nBYPC",
            "Ian Treasure",
            "YP views on alcohol inform Blackpool’s Future",
            "C+YP plan, Priority 2",
            "Jan 2007",
            "Event held, representative audience\nimplementation plan written, YP actions",
            "YP time\nStaff Time\ncosts",
        ],
        [
            "1.2. Ensure Alcohol Strategy and Phase 2 Plan is easy to understand",
            "Ian Treasure",
            "",
            "Public Document – needs to be free from jargon",
            "Masterplan",
            "When plan written",
            "Feedback of draft confirms easy to understand",
            "Staff time",
        ],
        [
            "1.3. Access to diversionary activities within integrated youth",
            "Integrated Youth\nLeisure",
            "CDRP",
            "Need alternatives to drinking alcohol – alleviate boredom",
            "C+YP plan",
            "By March 2007",
            "Management Information System",
            "Staff Time",
        ],
        [
            "1.4. Reduce Number of licensed premises",
            "Licensing\nCDRP",
            "Ian Treasure",
            "Alcohol too easy to get.",
            "",
            "Ongoing (Review March 2007)",
            "Less licensed premises. Remainder easier to monitor",
            "Staff Time",
        ],
    ],
    [
        [
            "2.1. Develop systems to collect data from The Hub on Substance Misuse",
            "Priority C+YP 2 Lead",
            "MIT – C+YP dept, partnership analyst, connexions",
            "Accurate baseline data needed to inform future provision",
            "Diversity Impact Assessment",
            "Nov 2006",
            "Inform process for test purchasing (alcohol and tobacco), establish baseline",
            "Staff Time",
        ],
        [
            "2.2. Develop preventative strategy to include reduction in alcohol consumption",
            "Community and inclusion assistant director",
            "Children’s Trust",
            "To develop improved youth service plan",
            "LAA + PSA",
            "April 2007",
            "Strategy is written and subscribed to",
            "Staff Time",
        ],
    ],
]

# -- Doncaster, Hate Crime Strategy 2017-2021 Delivery Plan, Quarter 2 Update (July – September 2017):
# OBJECTIVE | ACTION | TIMESCALE | Lead Officer / Agency, the objective written once as a sentence for
# the rows under it (merged down in Word), each action cell holding the action and then its progress
# ("Update – …") as a second paragraph, and the leads a bullet list of teams (the first leads). The
# stored copy holds two rows whole; the third is cut before its timescale and leads, so it is left out.
DONCASTER_TITLE = "Hate Crime Strategy 2017-2021 Delivery Plan – Quarter 2 Update (July – September 2017)"
DONCASTER_HEADER = ["OBJECTIVE", "ACTION", "TIMESCALE", "Lead Officer / Agency"]
DONCASTER_OBJECTIVE = (
    "We want to improve public understanding and awareness of hate crimes and incidents across Doncaster."
)
DONCASTER = [
    [
        DONCASTER_OBJECTIVE,
        "We will continue to ensure that our work and publicity reflect clear messages regarding what hate crime is. We will utilise a number of forums for this, including social media, existing newsletter publications and websites and events such as Hate Crime Awareness Week.\nUpdate – The Hate Crime strategy was launched on 6th July 2017 alongside clear messages regarding what hate crime is. The launch was covered via various social media methods, was announced on the Council and other partner websites and was referenced within St Leger Homes House Proud Magazine.",
        "July 2017 launch",
        "• DMBC Hate Crime Lead\n• DMBC Communications\n• SLHD Hate Crime Lead",
    ],
    [
        "",
        "We will work with our communications colleagues to develop innovative, media messages to challenge common misconceptions within the hate crime agenda and promote positive media messages.\nUpdate – Since the launch, we have participated in the Pride event in August, ensuring our strategy and reporting information is available to communities. Work is also being planned to publicise Hate Crime Awareness Week in October. We have also launched an on-line reporting option for hate crime victims, opened additional hate crime reporting centres and updated our website content in relation to hate crime.",
        "July 2017",
        "• DMBC Hate Crime Lead\n• DMBC Communications\n• SLHD Hate Crime lead\n• SYP Hate Crime Officer",
    ],
]

# -- Scottish Government, The Road to Recovery (May 2008), Annex A: Action Plan: KEY ACTIONS | OUTCOME
# | RESPONSIBILITY | TIMESCALE, no refs, the theme ("Promoting recovery") a row of its own across the
# table, each responsibility cell a list of bodies one a line (the first is keyed as the lead), the
# outcome printed again in each row it applies to. The stored copy holds three rows whole; the fourth
# is cut in its outcome, so it is left out.
RECOVERY_TITLE = "THE ROAD TO RECOVERY: ACTION PLAN"
RECOVERY_HEADER = ["KEY ACTIONS", "OUTCOME", "RESPONSIBILITY", "TIMESCALE"]
RECOVERY_THEME = "Promoting recovery"
RECOVERY_LIVES = "To see more people recover from problem drug use to live longer, healthier lives making a positive contribution to society and the economy."
RECOVERY = [
    [
        "To set up a Drug Recovery Network to promote and support the concept of recovery among local partners, service providers and people with problem drug use.",
        "To effect cultural change among those working with, or affected by problem drug use.",
        "Scottish Government",
        "From May 2008",
    ],
    [
        "An appropriate range of drug treatment and rehabilitation services to promote recovery, from all types of drug use, not just opiate dependency, which is based on local needs and circumstances, must be available in each part of Scotland.",
        RECOVERY_LIVES,
        "Local strategic partners\nLocal service commissioners\nService providers",
        "From May 2008",
    ],
    [
        "Better integration of medical treatment with wider range of services such as social care, housing, mental health, education and training, to enable people to recover. Specific attention should be paid to Scotland's Employability Framework ' Workforce Plus' and More Choices, More Chances for Young People.",
        RECOVERY_LIVES,
        "Local service commissioners\nService providers\nAny practitioners who work with people with problem drug use including housing, training and employment, social care.",
        "From May 2008",
    ],
]

# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Rows of two more published plans for the import containers (sources cited in docs/importing.md).

Each stored copy is a PDF's text with its columns run together; the cells below are those columns
separated again by reading, every word kept in its published order and nothing added.
"""

# -- Sheffield Hate Crime Strategy 2010-13 (draft v4), action plan: the national objective and the
# city's strategic goal as paragraphs above the table, an unheaded ref column ("1a", "1d*"), two
# leads in one cell, outcomes as dash lists, completion dates relative to the plan's start.
SHEFFIELD_HEADINGS = [
    "The Cross-Government Hate Crime Action Plan Objective: Increase victim and community confidence in the criminal justice system.",
    "Sheffield Strategic Goal - Increase awareness, reporting and recording of Hate Crime incidents:",
    "Measure of Success – An ?% increase in the number of Hate Crimes reported to Partnership agencies. Baseline to be established.",
]
SHEFFIELD_HEADER = ["", "Action", "Lead Partner", "Outcome", "Completion Date"]
SHEFFIELD = [
    [
        "1a",
        "Provision of training to improve knowledge, understanding and responses to Hate Crime. Develop framework for partners to deliver awareness raising to front line staff groups and ‘Training of trainers’ to roll out through VCF sector.",
        "Sheffield City Council",
        "- Hate incident training made available to all service centre staff, housing officers, Safer Neighbourhoods Officers, and Youth Service Workers.\n- 6 training sessions on Hate Crime delivered to key statutory, community and voluntary service providers per annum through partner panels.",
        "Within one year of commencement of Action Plan",
    ],
    [
        "1b",
        "Collate and promote information on existing reporting mechanisms including update of web based information.",
        "Sheffield City Council",
        "Data collated to identify existing pattern of Hate Crime across Sheffield.",
        "Baseline data collected within six months of commencement of Action Plan.\nOngoing",
    ],
    [
        "1c",
        "Internal and external communications plan to be implemented. (Could incorporate all actions below which are marked *).",
        "Sheffield City Council /South Yorkshire Police",
        "Increased awareness and understanding.",
        "Within six months of commencement of Action Plan.",
    ],
    [
        "1d*",
        "Promote a public awareness campaign that is aimed at raising awareness of Hate Crime reporting which includes a single leaflet containing all partner contact details.",
        "Sheffield City Council/ South Yorkshire Police",
        "Increased awareness and understanding of process and support available for victims of Hate Crime.",
        "Within six months of commencement of Action Plan.",
    ],
]

# -- Hertfordshire Serious Violence Strategy Delivery Plan V1.2, Appendix A: outcome, priority and
# priority owner as rows above each table, the ref at the start of the action, a RAG column, and an
# "Outcome" column that is not the outcome heading. The plan gives no timescales.
HERTS_OUTCOME = (
    "Outcome 1 - A reduction in the number of people carrying and using knives in Hertfordshire (Prevention)"
)
HERTS_PRIORITY = "Priority 1.1 We will seek to develop resilience, social and emotional skills amongst young people."
HERTS_OWNER = "Priority Owner – Hertfordshire’s Safeguarding Children’s Partnership (HSCP)"
HERTS_HEADER = ["Action", "Owner", "Progress Update", "RAG Rating", "Outcome"]
HERTS = [
    [
        "1.1.1 Engage CYP (up to 25 for Care Leavers and LDD) as well as parent/carers to understand what they need to be resilient.",
        "SSAG Building Resilience working group",
        "Reviewing feedback from agencies involved in working group and discussing with participation team.",
        "In Progress (amber)",
        "CYP&F views have been collated. Resources have been coproduced with CYP.",
    ],
    [
        "1.1.2 Following review of Actions 1.2.2 and 1.1.1, develop a single portal for hosting a range of resources and packages that can be accessed and used flexibly by a range of agencies working with CYP&F",
        "SSAG Building Resilience working group",
        "Part of the digital offer being developed as part of the early intervention / prevention offer, including Front Door and CE Hub - to consider inclusion of links to provide information (and hyperlinks) to Law, good practice, signs and symptoms, training, SPOC/champion contact register, effective interventions and up-to-date",
        "In Progress (amber)",
        "Online portal in place providing information and advice. Improved consistency.",
    ],
]

# -- Scottish Executive, "Developing a community safety strategy - checklist": each stage named
# once in its first row (the cell spans the stage's rows), WHO and WHEN BY? left for the
# partnership to fill in.
SCOTLAND_HEADER = ["STAGE", "ACTION", "WHO", "WHEN BY?"]
SCOTLAND = [
    (
        "Setting Priorities",
        [
            "Clearly define problems that need to be addressed based upon the findings of the audit",
            "Prioritise problems and select a small number (5-7) of objectives",
            "Consider relationship between the partnership's priorities and priorities of individual agencies with a view to incorporating partnership's objectives in to individual agencies service plans",
            "Decide who will draft strategies for meeting each of the objectives",
        ],
    ),
    (
        "Developing the strategy",
        [
            "Develop a clear understanding of the problem to be tackled through analysis of its key elements, underlying causes and associated risk factors",
            "Conduct secondary analysis on specific problems to add detail to audit findings if needed",
            "Consider all possible ways of tackling the problem",
            "Select a range of interventions based on what is most promising, what can realistically be implemented, what is cost effective and what can be supported by research from elsewhere",
            "Prepare draft strategic plan",
        ],
    ),
    (
        "Writing the strategy",
        [
            "Submit draft report to partnership. Re-draft as requested.",
            "Send copy of strategic plan to the Scottish Executive Crime Prevention Unit",
        ],
    ),
]

# -- BCP delivery plan, the rows of bcp-2021-23-provision as the Word original holds them (read
# from the reference text): each group's ref list and objective in its first row, the cells the
# PDF's text extraction spread over several lines put back together, its debris ("0-6-70") and
# the "Funding" glued to a ref list left out. Each inner list is one page of the Word table; a row
# the page cuts goes on in the next page's first row, only in the columns it fills.
BCP_PROVISION_PAGES = [
    [
        [
            "1.2 1.3 1.5 1.6",
            "Trauma informed interventions made available to children and young people impacted by domestic abuse",
            "Op Encompass to be implemented across BCP area, whereby schools receive information DA incidents involving parents.",
            "Safer Schools Team",
            "April 2021",
            "Op Encompass evaluation data",
            "MHCLG Funding to provide service to support this activity",
        ],
        [
            "",
            "",
            "manage and a second",
            "Safer Schools Team",
            "April 2021",
            "Increase in trauma informed interventions",
            "",
        ],
    ],
    [
        ["", "", "", "", "", "for children and young people", ""],
        [
            "",
            "",
            "Schools offered training and support to implement Op Encompass",
            "Children's Services, BCP Council",
            "October 2021",
            "",
            "",
        ],
        [
            "",
            "",
            "Early help offer to include Recover Tool kit courses",
            "Community Safety Team",
            "January 2022",
            "Review attendance data Increase offer of RTK",
            "",
        ],
        [
            "",
            "",
            "Train the trainer courses for relevant staff in RTK and other relevant programmes to ensure resilience in the local areas offer Funding for a Young People's DAA to be agreed. Post to be filled by someone with skills in engaging young people as well as DA",
            "Dorset Police",
            "December 2021",
            "Reduction in risk",
            "Current gap in funding.",
        ],
        [
            "1.6 2.3 2.4 3.1 4.3",
            "An increase in the use of MARMM to reduce the risk for victims of DA with additional disadvantage",
            "Review the impact of the MARMM process when used for victims of DA who have been through the MARAC process 3 times or more",
            "Safeguarding Adults Board+ MARAC Steering Group",
            "January 2022",
            "DA Op's group and SAB to review and provide recommendations",
            "Multi agency support ECINS Licence fee and training costs",
        ],
    ],
    [
        [
            "",
            "",
            "A clear process and toolkit developed to support staff plan a success for MARMM for victims of DA",
            "MARAC Steering Group",
            "April 2022",
            "Tool developed",
            "",
        ],
        [
            "",
            "",
            "A central log to be used to monitor the use of MARMM for victims of DA who have been through the MARAC process 3 or more times.",
            "MARAC Steering Group",
            "April 2022",
            "",
            "",
        ],
        [
            "1.2 2.2 2.4 3.1",
            "A clear process and forum is developed to facilitate regular service user consultation.",
            "DA service providers to support DA Operational group develop a service user voice group. DA Ops group will be guided on the best model, virtual, face to face etc, to reduce retraumatisation of victims",
            "DA Ops Group",
            "May 2022",
            "Service user voice group terms of reference and regular reports to be shared with DA op's Group Service user participation",
            "Incentive to engage to be considered Included in MHCLG grant proposal for Strategy Implementation",
        ],
        [
            "",
            "",
            "Service User Voice group to support the reviewing of services processes and procedures",
            "DA Ops Group",
            "May 2022",
            "Service user consultation",
            "Childcare costs for participants",
        ],
    ],
    [
        [
            "",
            "",
            "Service user voice group to support with needs assessment tasks and mystery shopping activities to quality assure services.",
            "DA Ops Group",
            "May 2022",
            "",
            "As above",
        ],
        [
            "2.2 4.2 4.4",
            "Increase in positive criminal justice outcomes for victims",
            "DA Vehicle to visit victims of DA shortly after Police attend and incident. The DA car will operate with the support from a DAA and a specially trained response officer.",
            "Dorset Police",
            "TBC",
            "Increase in positive outcomes both criminal and civil measures",
            "Funding to support court proceedings and civil court measures",
        ],
        [
            "",
            "",
            "A menu of justice options created to include out of court disposal and restorative justice tools as not all victims see prosecution as justice",
            "DA OP's Group",
            "December 2021",
            "Increase in restorative justice referrals",
            "Commissioned RJ service via the OPCC",
        ],
        [
            "",
            "",
            "Work with the Specialist Domestic Violence Court steering group to reduce",
            "DA Ops Group",
            "November 2021",
            "Decrease in waiting times and increase in positive outcomes",
            "Funding to support a Court IDVA",
        ],
    ],
    [
        ["", "", "court waiting times as a result of Covid delays.", "", "", "", ""],
        [
            "",
            "Consistent responses from all services working within the pathway",
            "Service Map created to be shared with the work force and regularly reviewed to keep up to date",
            "DA OP's Group",
            "December 2021",
            "Service user map",
            "Web costs Included in MHCLG grant proposal for Strategy Implementation",
        ],
        [
            "",
            "One front door to services that respond to the whole family",
            'DA specialist to be based within the MASH to offer specialist advice for referrals coming through the service. This post will have particular focus on cases that do not obviously meet the threshold of "high risk".',
            "CSC",
            "April 2021",
            "Service User feedback via service user group and annual public consultation",
            'MHCLG Funding to support the delivery of the "one Front Door Approach"',
        ],
        [
            "2.1 2.2 2.3 2.4",
            "Quality fit for purpose emergency accommodation offer for all victims of DA",
            "Independent housing needs assessment to be completed to review our current need and offer. Housing needs assessment to include service users, third sector, housing",
            "Community Safety Team + BCP Housing Team",
            "June 2021",
            "Needs assessment report Annual public consultation",
            "Preparation for DA Bill Government Grant to fund needs assessment",
        ],
    ],
    [
        [
            "",
            "",
            "associations and private landlords. Housing needs assessment to recommend an operating model that meets local needs and demand and is realistic with the budget allocated. The local offer should be accessible to all victim's but particular consideration should be given to those over the age of 60, and those with additional disadvantage such as a learning or physical disability, substance misuses issues and mental health issues. A clear housing pathway should be the outcome of this needs assessment",
            "",
            "",
            "Housing data EQIA",
            "",
        ],
    ],
]

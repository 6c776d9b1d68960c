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

# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Two published partnership action plans keyed unseen: a rough sleeping action plan and a community
cohesion action plan (sources cited in docs/importing.md).

As in container_rows_unseen2.py: each stored copy holds only the opening of its document; the cells
and lines are the ones it holds whole, separated again by reading where the copy ran the columns
together, every word kept in its published order and nothing added. A row the copy cuts is left
out, with what follows it.
"""

# -- Coventry City Council and partners, Coventry Partnership Rough Sleeping Strategy (2019-2024, its
# addendum 2022-2024): the Rough Sleeping Action Plan page. Two notes on the plan, a key of the
# acronyms used in the Who column, the three types of action, then the priority area (numbered in
# its own words, after a label), its measure of success, and the table Actions / Due date / Who /
# Evidencing success / Cross referenced with. Each action cell opens with the action's type on a
# line of its own ("Prevention"), then the action numbered with a colon ("1.1: Develop…"). Row 1.3
# ("Intervention 1.3: To continue to provide 4 x beds…") is cut mid-sentence and left out.
COVENTRY_TITLE = "Rough Sleeping Action Plan"
COVENTRY_NOTES = [
    "The Action Plan is in 2 distinctive sections. the first section details the priorities that were identified and the subsequent actions by people who use our services. A process of co-creation and exploration was used to identify what matters most to people and what / how we can work better to support people to break the revolving door of rough sleeping and homelessness",
    "The second section focuses on the RSI 5 priorities and outcomes that we are funded to deliver.",
    "There is crossover and overlap in the 2 sections and this has been referenced throughout the plan.",
    "Both sections of the plan highlight the Pillars (Prevention, Emergency responses, Recovery) that the actions fall under as well as where appropriate a reference has been made to the early adopter indicators (Rare /brief /non reoccurring).",
]
COVENTRY_KEY = [
    "RSMT – Rough sleeper management team",
    "CRMC – Coventry refugee and migrant centre",
    "RSOT – Rough sleeper outreach team",
    "WMCA – West midlands combined authority",
    "RSAG – Rough sleeping action group",
    "RSI – Rough sleeping initiative",
]
COVENTRY_TYPES = [
    "Prevention: Activities to stop people sleeping rough for the first time",
    "Intervention: Support for those currently sleeping rough to move off the streets",
    "Recovery: Support for those who have slept rough to ensure they do not return to the streets",
]
COVENTRY_PRIORITY = "Priority area for the people who use our services: 1. Finding the right accommodation"
COVENTRY_SUCCESS = ["What success looks like?:", "Former rough sleepers maintain accommodation for 6 months +"]
COVENTRY_HEADER = ["Actions", "Due date", "Who", "Evidencing success", "Cross referenced with"]
COVENTRY = [
    [
        "Prevention\n1.1: Develop a multi-agency process to ensure we pre-plan for moves and secure the most appropriate accommodation for individuals to succeed",
        "April 2023",
        "RSMT",
        "Non-reoccurring",
        "13.1",
    ],
    [
        "Recovery\n1.2: Develop a process to avoid multiple complex people all being accommodated in a single location (areas of high HMO concentration, Exempt accommodation schemes etc)",
        "April 2023",
        "RSMT/RSAG/ Voids Panel",
        "Non-reoccurring",
        "13.1",
    ],
]

# -- Stockton-on-Tees, Community Cohesion Action Plan (the part of the Stockton Community Cohesion
# Strategy action plan answering the Commission for Integration and Cohesion's June 2007 report):
# Ref / Action / Lead Responsibility / Deadline. Each action cell is the action, then its milestones
# as bullets; the Deadline cell a date a line, one for each milestone or fewer (CC3: five milestones,
# three dates); two bodies on two lines in CC3's lead cell. CC5 is cut mid-sentence in its action
# and left out.
STOCKTON_TITLE = "Community Cohesion Action Plan"
STOCKTON_INTRO = "The Commission for Integration and Cohesion made a series of recommendations to councils and local strategic partnerships in its June 2007 report “Our shared future”. This part of the Stockton Community Cohesion Strategy action plan sets out how Stockton will respond to these recommendations"
STOCKTON_HEADER = ["Ref", "Action", "Lead Responsibility", "Deadline"]
STOCKTON = [
    [
        "CC1",
        "LSP to map the borough’s communities and use this map to identify tensions and opportunities\n"
        "• Thorough mapping of the borough’s communities complete.\n"
        "• Offensive incidents group to consider mapping and develop appropriate responses",
        "Safer Stockton Partnership & SBC Diversity Team",
        "December 2008\nDecember 2008",
    ],
    [
        "CC2",
        "LSP to monitor performance against the new Cohesion Indicator\n"
        "• Renaissance to consider progress against Cohesion Indicator NI1 (Percentage of people who believe people from different backgrounds get on well together in their local area) and approve progress",
        "Stockton Renaissance",
        "In line with LAA monitoring",
    ],
    [
        "CC3",
        "LSP to mainstream community cohesion into their Sustainable Community Strategy, Local Area Agreement, LSP management and wider service delivery, particularly youth provision\n"
        "• Sustainable Community Strategy to address Community Cohesion\n"
        "• New Cohesion indicator embedded within LAA\n"
        "• Renaissance to consider performance against Community Cohesion Strategy and relevant Cohesion indicators\n"
        "• Review of Children and Young People’s Plan to consider Community Cohesion.\n"
        "• Community Cohesion reflected in CTB action plans.",
        "Stockton Renaissance\nChildren Trust Board",
        "March 2008\nJune 2008\nApril 2009",
    ],
    [
        "CC4",
        "LSP to develop cohesion indicators that are meaningful to Stockton\n"
        "• Community Cohesion Strategy approved\n"
        "• Local Area Agreement approved including cohesion indicator.",
        "Stockton Renaissance",
        "March 2008\nJune 2008",
    ],
]

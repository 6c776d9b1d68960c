# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Three published plans keyed unseen: a county safeguarding adults board's business plan progress
report, a violence reduction partnership's delivery plan actions and a city safeguarding adults
board's strategic plan (sources cited in docs/importing.md).

As in container_rows_unseen8.py: each stored copy holds only the opening of its document; the cells
and lines are the ones it holds whole, separated again by reading where the copy ran the columns
together, every word kept in its published order and nothing added ("nonexecutive", "made a
different" are the documents' own). A row or list item the copy cuts is left out, with what follows.
"""

from container_rows_unseen3 import Line

# -- Devon Safeguarding Adults Board, Business plan progress report 2010/11: each "Priority Work
# Stream N – …" heading, its "Overall Outcome: …" line, then What we are going to do / Lead person /
# By when / Measurement of progress to be used / Outcomes (1 – For public, 2 – For professionals /
# organisations, both in one cell) / Progress / achievement. The lead cells name officers one a
# line with "+ lead for each agency" under them. Work stream 2's second row ("Use quality and service
# user experience information…") is cut; it and what follows are left out, and the copy holds no
# progress for its first row.
DEVON_TITLE = "Safeguarding Adults Board Business plan progress report 2010 /11"
DEVON_HEADER = [
    "What we are going to do",
    "Lead person",
    "By when",
    "Measurement of progress to be used",
    "Outcomes\n1 – For public\n2 – For professionals / organisations",
    "Progress / achievement",
]
DEVON_STREAMS = [
    (
        "Priority Work Stream 1 – Embedding principles and good practice through leadership",
        "Overall Outcome: Safeguarding adults principles and practice are embedded at every level in partner agencies through leadership and management, to make potentially vulnerable people safer.",
        [
            [
                "Gain senior nonexecutive involvement from Devon County Council and Devon Primary Care Trust",
                "Jennie Stephens\nJenny Winslade\n+ lead for each agency",
                "September 2009",
                "Senior non executive representative to be member of Safeguarding Board, or a safeguarding planning group that links to the SAB",
                "1 – An appropriately resourced, prioritised and joined up service\n2 – Top level leadership and involvement in planning and monitoring safeguarding",
                "DCC’s Safeguarding Improvement and Delivery Board includes non executive lead members and is linked to the SAB through ACS, now Peoples services, Director. There are similar links between the SA Board and Boards within other organisations with non exec members",
            ]
        ],
    ),
    (
        "Priority Work Stream 2 – Quality and Performance",
        "Overall Outcome: Quality and performance monitoring of safeguarding services is used to improve safeguarding services.",
        [
            [
                "Develop quality monitoring process for compliance with standards, policy and guidance by all partners and includes service user experience",
                "Paul Grimsey, Angela O’Rielly\n+ lead for each agency",
                "January 2010",
                "Agreement by all partners on quality standards and monitoring process to be used",
                "Information available on safeguarding practice quality in Devon\n2 – As above\nAlso able to show quality evaluation to regulatory bodies",
                "",
            ]
        ],
    ),
]

# -- Humber Violence Prevention Partnership, the new Delivery Plan's actions to prevent serious
# violence (its news page): the five pillars of the Response Strategy as a list, then each pillar a
# heading, "Aim: …" and "Examples of New Actions:" over its bullets. System Leadership's third action
# ("Colla…") is cut; it and what follows (the fifth pillar's section) are left out.
HUMBER: list[Line] = [
    ("para", "The Delivery Plan is framed around the five pillars of our current Response Strategy:"),
    ("bullet", "Earlier prevention and intervention"),
    ("bullet", "Diversion and support"),
    ("bullet", "Community capacity and leadership"),
    ("bullet", "System leadership"),
    ("bullet", "Improved use of data and evidence"),
    ("para", "Keep reading to discover some of the new actions for the year."),
    ("heading", "Earlier Prevention and Intervention"),
    (
        "para",
        "Aim: To improve awareness and understanding of serious violence and how it can be prevented; to intervene at the earliest opportunity to address the risk of future violence.",
    ),
    ("label", "Examples of New Actions:"),
    ("bullet", "Pilot the use of photovoice methodology to better understand children’s views of their communities."),
    ("bullet", "Scope potential to proactively provide support to children with family members in prison."),
    (
        "bullet",
        "Deliver targeted problem-solving activity in knife crime hotspots through the Knife Crime Concentrations Fund.",
    ),
    ("heading", "Diversion and Support"),
    ("para", "Aim: To divert and support people away from serious violence and to prevent it reoccurring."),
    ("label", "Examples of New Actions:"),
    ("bullet", "Explore how Pol-Ed could support diversionary intervention activities."),
    ("bullet", "Work with intervention providers and partners to improve referral processes and measurement."),
    ("bullet", "Explore opportunities for adopting restorative justice principles in relevant interventions."),
    ("heading", "Community Capacity and Leadership"),
    (
        "para",
        "Aim: To encourage meaningful co-production and strengthen community capacity to respond to serious violence.",
    ),
    ("label", "Examples of New Actions:"),
    ("bullet", "Continue to pilot and evaluate how Hope Hacks can be used across a wider range of settings."),
    ("bullet", "Share the findings of the youth voice mapping and synthesis commission with partners."),
    (
        "bullet",
        "Work with community organisations to coproduce and mobilise a broader violence prevention alliance.",
    ),
    ("heading", "System Leadership"),
    ("para", "Aim: For organisations to collaborate effectively to prevent serious violence."),
    ("label", "Examples of New Actions:"),
    ("bullet", "Refresh the Humber Response Strategy."),
    (
        "bullet",
        "Strengthen and evolve the ‘Ending VAWG (Violence Against Women and Girls) Board’ to drive a public health approach to VAWG.",
    ),
]

# -- Safeguarding Adults Board (City of York), Strategic plan 2021 to 2022 (its web page): the
# vision, the six principles as a numbered list, the four objectives' introduction, governance as a
# list of groups, then each objective a sentence, a label ("We'll do this through:") over its numbered
# steps, and who leads in a sentence after them ("The Quality and Performance sub group will lead on
# this work."). The page's headings are links the copy does not hold; its "Top of page" links are
# kept, as a copy of the page carries them. The second objective's second step ("share good
# practi…") is cut; it and what follows are left out.
YORK: list[Line] = [
    ("title", "Strategic plan 2021 to 2022"),
    ("para", "Read our strategic plan for 2022 and find out:"),
    (
        "para",
        "We'll work together with partner organisations and people in our communities so that adults can live the best lives they can with their rights and wellbeing being supported, safe from abuse and neglect.",
    ),
    ("para", "Our work will follow the 6 safeguarding principles:"),
    ("para", "1. empowerment"),
    ("para", "2. protection"),
    ("para", "3. proportionality"),
    ("para", "4. prevention"),
    ("para", "5. partnership"),
    ("para", "6. accountability"),
    ("para", "Top of page"),
    (
        "para",
        "We're going to work on 4 objectives of equal importance, which will be our priorities. Read our key objectives. We'll continue to work with our partners to make sure these priorities are achieved by 2022.",
    ),
    ("heading", "Measuring our progress"),
    (
        "para",
        "We'll measure our progress and achievements through a new Delivery Plan which will be updated every 3 months.",
    ),
    ("para", "Top of page"),
    ("label", "We'll work with the:"),
    ("bullet", "Board with Independent Chair"),
    ("bullet", "Lessons Learned Review Group"),
    ("bullet", "Delivery Group"),
    ("bullet", "Task and Finish groups (working groups)"),
    ("para", "Top of page"),
    (
        "para",
        "We'll improve safeguarding processes so that they are centred on the individual and their desired outcomes.",
    ),
    ("label", "We'll do this through:"),
    ("para", "1. audits to ensure MSP is embedded completed and acted upon"),
    ("para", "2. healthwatch interviews and feedback from adults who have been through safeguarding"),
    (
        "para",
        "The outcomes of audits and feedback and the resulting actions will be reported to the Safeguarding Adults Board, quarterly. The Quality and Performance sub group will lead on this work.",
    ),
    (
        "para",
        "We'll know that we have made a different as future audits will show if adults going through the safeguarding journey have been listened to and have choice and control.",
    ),
    (
        "para",
        "Organisations will raise the awareness of people with care and support needs about potential risk situations and how to develop strategies to avoid or reduce risks and will report and act on safeguarding concerns.",
    ),
    ("label", "This will be completed in 3 ways:"),
    ("para", "1. we'll undertake Initiatives to raise awareness"),
]

# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Three published plans keyed unseen: a Scottish Alcohol and Drug Partnership's action plan, a
London borough's hate crime objectives and the national hate crime action plan's update table
(sources cited in docs/importing.md).

As in container_rows_unseen5.py: each stored copy holds only the opening of its document; the cells
and lines are the ones it holds whole, separated again by reading where the copy ran the columns
together, every word kept in its published order and nothing added. A row the copy cuts is left
out, with what follows it.
"""

from container_rows_unseen3 import Line

# -- Perth and Kinross Alcohol and Drug Partnership, Strategic Delivery Plan 2024-27, Action Plan:
# "Priority 1 - Prevention and Early Intervention", its key outcome as a bullet under a label, then
# What will we do / How will we do it / Responsibilities and timescales. The What cell is merged
# down over its How rows (the stored copy shifts those rows one cell left); each last cell is the
# responsible group, a spaced dash, then the month due ("ADP Adult Delivery Group - March 2026").
# The eighth How row ("We will work with the local Suicide Prevention Steering Group…") is cut
# mid-sentence and left out.
PERTH_TITLE = "Perth and Kinross Alcohol and Drug Partnership Strategic Delivery Plan - Action Plan"
PERTH_PRIORITY = "Priority 1 - Prevention and Early Intervention"
PERTH_OUTCOME = ["Key outcome:", "Fewer people develop problem alcohol and drug use."]
PERTH_HEADER = ["What will we do", "How will we do it", "Responsibilities and timescales"]
PERTH = [
    [
        "We will ensure people receive evidence-based, effective holistic interventions to prevent problem alcohol and drug use.",
        "We will develop and implement a prevention plan with a focus on targeted prevention, which draws from the 'What Works' in Drug Education and Prevention? 2016 Scottish Government literature review.",
        "ADP Adult Delivery Group - March 2026",
    ],
    [
        "",
        "We will develop work looking at substance use in older people to identify opportunities for prevention and intervention.",
        "ADP Adult Delivery Group - March 2027",
    ],
    [
        "We will enable people to have early access to support for emerging problem drug use",
        "We will review and improve the school substance use framework.",
        "ADP Children. Young People and Families Group - March 2026",
    ],
    [
        "",
        "We will develop the Drug Ambassador project and evaluate its impact.",
        "ADP Children. Young People and Families Group - March 2025",
    ],
    [
        "",
        "We will build universal youth work capacity to upskill partners and volunteers in alcohol, drug and mental health training.",
        "ADP Children. Young People and Families Group - March 2026",
    ],
    [
        "",
        "We will use local evidence to design and test interventions to reduce alcohol, drug and vaping use in young people.",
        "ADP Children. Young People and Families Group - March 2027",
    ],
    [
        "We will work to reduce the supply of harmful drugs.",
        "We will deliver local policing initiatives to tackle those dealing drugs and exploiting those with vulnerabilities, making best use of legislation and enforcement to detect offenders.",
        "Police Scotland - March 2026",
    ],
]

# -- London Borough of Hammersmith & Fulham, H&F Hate Crime Strategy 2024-2028, "Our objectives": the
# four objectives as a numbered list, then "Objective 1: …" as a heading, a paragraph on why, "We
# will:" and its actions as bullets. Objective 2's paragraph is cut mid-sentence; it and what follows
# are left out.
HF: list[Line] = [
    ("title", "H&F Hate Crime Strategy 2024-2028 - Our objectives"),
    ("para", "This strategy identifies our four main objectives, which are:"),
    ("para", "1. Prevent hate crime and increase community cohesion"),
    ("para", "2. Increase trust and confidence to encourage reporting of hate crimes and hate incidents"),
    ("para", "3. Provide effective support to those affected by hate crime (including witnesses)"),
    ("para", "4. Work with partners to take coordinated action against perpetrators"),
    ("heading", "Objective 1: Prevent hate crime and increase community cohesion"),
    (
        "para",
        "Building on the success of our Equalities Plan, we want to promote equality, diversity, and inclusion alongside preventing hate crimes and hate incidents in our borough.",
    ),
    ("label", "We will:"),
    (
        "bullet",
        "Raise awareness of hate crime and promote the value of diversity, cultural understanding and acceptance through training and engagement (including preventative educational programmes in schools).",
    ),
    (
        "bullet",
        "Continue to challenge beliefs and attitudes that can underlie hate crime and promote an inclusive culture across the borough which respects equality, equity, and diversity.",
    ),
    ("bullet", "Ensure hate crime remains a priority in key forums across H&F."),
    ("bullet", "Continue to engage with experts and our communities to co-produce our approach."),
    (
        "bullet",
        "Encourage and empower our communities to be positive bystanders if they witness hate crimes or hate incidents (this will be supported by the provision of bystander training by the council).",
    ),
    (
        "bullet",
        "Ensure staff are trained to identify hate crime if they witness or it is reported to them and that they are confident in knowing what action should be taken. We will ensure that where data suggests there is an increase in a particular hate crime in the borough specialised training will be delivered. e.g. antisemitism.",
    ),
]

# -- HM Government, Update on the actions from the UK Government's 2016 'Action Against Hate' action
# plan, October 2018 (the plan local hate crime partnerships work to): "Table 1 – Completed actions",
# Number / Theme / Action / Lead organisation(s) / Update / Affected hate crime strand(s). Each row's
# Update runs to paragraphs. Row 2's update is cut mid-sentence; it and what follows are left out.
AAH_TITLE = "Update on the actions from the UK Governments 2016 ‘Action Against Hate’ action plan"
AAH_DATE = "October 2018"
AAH_TABLE = "Table 1 – Completed actions"
AAH_HEADER = ["Number", "Theme", "Action", "Lead organisation(s)", "Update", "Affected hate crime strand(s)"]
AAH = [
    [
        "1",
        "Preventing",
        "To equip teachers to hold debates and conversations with pupils on a range of difficult topical issues.",
        "Department for Education",
        "The Association for Citizenship Teaching has developed teaching resources to help teachers facilitate knowledge-based classroom debates on topical issues relating to fundamental British values of democracy, tolerance, and the rule of law. The first resource pack, published in July 2017, has been accessed over 620 times and can be found at the Educate Against Hate (EAH) website.1\n"
        "EAH provides teachers and parents with support and signposting to assist with reporting hate crime. In 2017-18 work to develop and promote EAH increased significantly: 6,000 schools in England received EAH posters in January 2018 to help raise awareness of the campaign with schools; over 300 schools ordered 33,745 promotional materials for the classroom; and between Q1 and Q4 there was a 102% increase in the average number of visitors per month to the website.",
        "Religion",
    ],
]

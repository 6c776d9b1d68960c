# ruff: noqa: E501 - the plans' sentences as published, one a line
"""A published plan keyed unseen: an English county's Community Cohesion Delivery Plan for 2008/9,
its first strategic objective (source cited in docs/importing.md).

As in container_rows_unseen8.py: the stored copy holds only the opening of its document; the cells
and lines are the ones it holds whole, separated again by reading where the copy ran the columns
(" / ") and two words ("CountyCommunity") together, every word kept in its published order and
nothing added. A row the copy cuts is left out, with what follows it.
"""

# -- Community Cohesion Delivery Plan Templates for 2008/9 (the county's Local Area Agreement
# partners' plan under its County Community Cohesion Strategy): "Cover Notes", five notes on what
# each column holds (the column names beside them are not in the stored copy), then the theme
# "Leadership and Engagement", its "Key Partners:" and "Other Stakeholders:" labels (empty), and the
# table: "Strategic Objective 1 – …" a title row merged across it, then Outcome / Actions /
# Milestones / Responsibility / Risk. The Outcome cell is merged down over the rows; no row names
# anyone in Responsibility; only the first row has a Risk. The fourth row ("Raise awareness of
# cohesion and integration activity linked to the Community Call for Action") has its milestone cut
# mid-word; it and what follows are left out.
COHESION_TITLE = "Community Cohesion Delivery Plan Templates for 2008/9"
COHESION_NOTES_HEADING = "Cover Notes"
COHESION_NOTES = [
    "This column relates to the targets that have been agreed.",
    "This column should contain details of the real activity that will be undertaken to achieve improvement against the indicators for this priority. These should be agreed in conjunction with the key partners responsible for delivery.",
    "This column should contain a list of the actions required to complete the outcome for this priority.",
    "This column will be used to indicate who is responsible (lead and supporters) for each action and associated funding/milestones",
    "This column will be used by the responsible officer to identify the degree of risk associated in completing the action and subsequent milestonesare achievable. It will also be used to relay comments and remedial action necessary.",
]
COHESION_THEME = "Leadership and Engagement"
COHESION_LABELS = ["Key Partners:", "Other Stakeholders:"]
COHESION_OBJECTIVE = "Strategic Objective 1 – Developing effective leadership and engagement to support the implementation of the County Community Cohesion Strategy"
COHESION_HEADER = ["Outcome", "Actions", "Milestones", "Responsibility", "Risk"]
COHESION_OUTCOME = "Strong community Leadership, raising awareness of cohesion and engaging with communities to develop a cohesive and vibrant county"
COHESION = [
    [
        COHESION_OUTCOME,
        "Implement the community cohesion framework and strategy through the Local Area Agreement",
        "Sign up by all LAA partners to the community cohesion framework and action plan.",
        "",
        "LAA partners not agreeing to sign up to Strategy",
    ],
    [
        "",
        "Establish a community cohesion leadership group",
        "Establishing a united voice on the need for cohesion in the county, which supports local leadership",
        "",
        "",
    ],
    [
        "",
        "Undertake action research in partnership with the LAA office and Institute of Urban Studies",
        "Report to Community Cohesion conference in 2009, and develop baseline information for annual review",
        "",
        "",
    ],
]

# ruff: noqa: E501 - the plan's sentences as published, one a line
"""A published Prevent action plan keyed unseen: Warwickshire's (source cited in docs/importing.md).

As in container_rows_unseen5.py: the stored copy holds only the opening of the document; the cells
and lines are the ones it holds whole, separated again by reading where the copy ran the columns
together, every word kept in its published order and nothing added. What the copy cuts is left out.
"""

# -- Warwickshire Prevent Working Group (reporting to the Safer Warwickshire Partnership Board),
# Warwickshire Prevent Action Plan 2019 - 2021 (2019 - 2020 Version), May 2019. Each numbered
# section heading ("1. Community and voluntary sector engagement") stands over a table of its own:
# Key action / (a column of bodies and officers, its header cell blank in the stored copy) /
# Timescale / Outcomes / Notes. Each action is numbered within its section ("1.1", "2.1"); a
# lead cell names several bodies, or a body and who commissions it, or a role and the officer.
# The copy holds rows 1.1 and 1.2 (1.2's Outcomes cell is empty as stored) and row 2.1; its text
# runs on into section 5's title only, so sections 3 to 5 are left out.
WARWICKSHIRE_TITLE = "Warwickshire Prevent Action Plan"
WARWICKSHIRE_SUBTITLE = ["2019 – 2021 (2019 – 2020 Version)", "May 2019"]
WARWICKSHIRE_HEADER = ["Key action", "", "Timescale", "Outcomes", "Notes"]
WARWICKSHIRE_SECTIONS = [
    (
        "1. Community and voluntary sector engagement",
        [
            [
                "1.1 CAVA/ALL agencies to promote / coordinate events which support community cohesion and learning of other faiths and cultures",
                "WCAVA, EQUIP, Faiths Forums, WCC, District & Borough teams – to promote.",
                "Ongoing",
                "Warwickshire’s communities are cohesive; increased awareness and understanding of different faiths and cultures",
                "- WCAVA regularly promote WRAP training and will also be promoting the new Prevent briefing sessions",
            ],
            [
                "1.2 Continue to deliver the Our Families, Our Future project with a specific focus on women’s groups and youth groups",
                "EQUIP – commissioned by NBBC and WCC",
                "March 2018",
                "",
                "- An evaluation and impact report on OFOF 2 was produced after delivery.",
            ],
        ],
    ),
    (
        "2. Leadership, governance and accountability",
        [
            [
                "2.1 Update and refresh the Prevent webpage on www.safeinwarwickshire.com/prevent on a regular basis",
                "Prevent Officer – Geoff Thomas",
                "Weekly",
                "Districts and boroughs, frontline professionals and community members have information and resources to support Prevent delivery",
                "Major update of the training advice and booking dates to be in place by April 2019 and updated monthly",
            ],
        ],
    ),
]

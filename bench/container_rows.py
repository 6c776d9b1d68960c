# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Rows of the published plans transcribed for the import containers (sources cited in docs/importing.md)."""

# -- Bexley: a numbered list of aims with a lead and a target date ---------------------------------
BEXLEY = [
    ["1", "Update Bexley VAWG Strategy", "LBB", "Apr-28"],
    [
        "2",
        "To raise awareness of VAWG across the Borough, including the Enough campaign and Nov 25, International Day for the Elimination of Violence against Women",
        "LBB",
        "November annually",
    ],
    ["3", "Referral processes for VAWG issues and cases clearly defined", "LBB / Met", "Apr-25"],
    [
        "4",
        "To promote and raise awareness of existing data collection platforms, such as Safe Streets and Walk and Talks, and to have return of data for analysis",
        "LBB / Met",
        "Apr-25",
    ],
    [
        "5",
        "To deliver VAWG training for Bexley professionals considering legal offences, partnership work, and trauma-informed victim support",
        "LBB",
        "Apr-25",
    ],
    [
        "6",
        "To expand a VAWG Working group to ensure strategic oversights and operational support network for frontline workers",
        "LBB",
        "Apr-25",
    ],
]

# -- Dorset: a thirteen-column legislation tracker, header words wrapped mid-word ------------------
DORSET_HEADER = [
    "Ref",
    "Source",
    "DA Bill - Part",
    "DA Bill Referenc e Point",
    "Issue",
    "Requirement",
    "Action",
    "Notes",
    "Target completion date",
    "Lead agency",
    "Nominated lead officer",
    "Complete Y/N",
    "Cross Referenc e",
]

DORSET = [
    [
        "DAB 1",
        "Domestic Abuse Bill and Subsequent Domestic Abuse Act",
        "Part 1",
        "N/A",
        "Bill introduces a new definition for domestic abuse",
        "All agencies will be required to work to the new definition",
        "Ensure any existing or new documentation and public facing material reflects the new definition",
        "Details of the new definition can be found in the DA Bill link.",
        "Apr-21",
        "CSP Strategy Delivery Group",
        "All reps",
        "Ongoing",
        "",
    ],
    [
        "DAB 2",
        "Domestic Abuse Bill and Subsequent Domestic Abuse Act",
        "Part 2",
        "15",
        "Bill introduces a new Domestic Abuse Commissioner",
        "A duty is placed on public authorities to co-operate with the Commissioner",
        "Agencies must consider and respond to Commissioner's recommendations and with any requests as reasonable",
        "Actions will be developed as and when they come up.",
        "N/A",
        "N/A",
        "N/A",
        "Ongoing",
        "",
    ],
]

# -- North Tyneside: each priority a heading, its aim, and a list of actions -----------------------
TYNESIDE = [
    (
        "Prioritise prevention",
        "To reduce the prevalence of domestic abuse and domestic abuse related deaths by preventing people from becoming perpetrators and victims.",
        [
            "Research and promote quality assured interventions and resources for primary prevention with men and boys and to raise awareness of healthy respectful relationships, working in partnership with Education North Tyneside, schools and the wider children and young people workforce.",
            "Incorporate the learning from domestic abuse related death reviews across all agencies to prevent domestic abuse and fatal domestic abuse.",
            "Ensure the partnership utilises the North Tyneside domestic abuse marketing toolkit to ensure specialist support information is easily accessible when needed by both professionals and the community.",
        ],
    ),
    (
        "Support victims",
        "Help all domestic abuse victims return to life as normal by supporting their health, emotional, economic and social needs.",
        [
            "Continue to review safe accommodation provision and demand and its accessibility including the Sanctuary scheme to inform next steps locally.",
            "Continue to develop the domestic abuse training offer to ensure multi agency staff have the skills and knowledge to identify, signpost and refer those that require it for support. Consider the required policies and procedures for housing providers under the Social Housing Regulations 2023.",
            "Review commissioning and provision of domestic abuse services following the needs assessment and continued focus on the domestic abuse data dashboard in line with the duties associated with the Domestic Abuse Act 2021.",
        ],
    ),
]

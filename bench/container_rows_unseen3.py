# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Three more published plans keyed unseen, written as headings and bullet lists, not tables
(sources cited in docs/importing.md).

As in container_rows_unseen2.py: each stored copy holds only the opening of its page; the lines are
the ones it holds whole, every word kept in its published order and nothing added ("Safter",
"accessinglocal", "(VAWG" without its bracket are the pages' own). A list item the copy cuts is left
out, with what follows it. Each plan is a list of (kind, text) lines in page order: "title", "para"
(a plain paragraph), "heading" (a line the page sets as a heading), "label" (a line introducing a
list: "Actions", "What we will do:"), "bullet" (a list item).
"""

Line = tuple[str, str]

# -- London Borough of Bexley, Modern Slavery Partnership Action Plan 2023/24 (Bexley Community Safety
# Partnership's Modern Slavery Working Group): "Priority 1 - Prepare", then "Outcome N: …" each
# followed by an "Actions" label and a bullet list. Outcome 4 is cut in its first action; it and
# what follows are left out.
BEXLEY_MS: list[Line] = [
    ("title", "Modern Slavery Partnership Action Plan"),
    (
        "para",
        "To deliver on our commitment to identify Modern Slavery in the 5-year Strategy, the Modern Slavery Working Group have produced the following Action Plan for 2023/24.",
    ),
    ("heading", "Priority 1 - Prepare"),
    (
        "heading",
        "Outcome 1: All frontline staff are aware of the Modern Slavery and Exploitation Strategy and Toolkit and have completed required training",
    ),
    ("label", "Actions"),
    ("bullet", "Encourage management to ensure 100% of current staff completed online Evolve module."),
    ("bullet", "Ensure managers across Bexley understand the context and implications of Modern Slavery."),
    ("bullet", "Level 2 training to be updated and published."),
    ("bullet", "Bexley strategy documents to be maintained, updated, and published."),
    ("bullet", "Advertisement of strategy documents and training."),
    ("bullet", "Invite all Councillors to training."),
    ("heading", "Outcome 2: All SNTs, School Officers and LFB have attended training sessions"),
    ("label", "Actions"),
    ("bullet", "Invite all partners to Modern Slavery Working Group."),
    ("bullet", "Invite Safter Neighbourhood Teams to Level 2 Modern Slavery Training."),
    ("bullet", "Invite London Fire Brigade to Level 2 Modern Slavery Training."),
    ("bullet", "Consider creation/delivery of joint training."),
    (
        "bullet",
        "Identify any resources/materials to safely provide potential victims so they understand help available to them.",
    ),
    ("heading", "Outcome 3: To improve London and regional network partnerships and actions"),
    ("label", "Actions"),
    ("bullet", "Consider funding opportunities and commissioning opportunities"),
    (
        "bullet",
        "Join the Stop the Traffik pan-London data project to have returns of reports on Bexley’s trends. Create campaigns on the back of findings",
    ),
    ("bullet", "Maintain up-to-date list of SPOCs"),
    (
        "bullet",
        "To attend networks for data and info sharing. Consider joining new networks of partners and increasing presence",
    ),
    ("bullet", "Identify any new opportunities and notify partners"),
    ("bullet", "Create online network of partners by linking Partner webpages"),
    ("bullet", "Action plan to target voluntary sector"),
]

# -- Horsham District Community Safety Partnership, partnership plan priority "drugs and alcohol"
# (its page on horshamcsp.org; the plan of the 2014/15 or 2015/16 year): the priority's aim, then the
# actions as a bullet list. No heading is in the stored copy (the page is named by its address).
HORSHAM: list[Line] = [
    ("para", "To reduce the harm caused by drugs and alcohol to individuals, families and our communities."),
    (
        "bullet",
        "Highlight issues seen as current blockages (such as dual diagnosis) to the appropriate board and or with local politicians to discuss and resolve.",
    ),
    ("bullet", "Develop a referral pathway flow chart to enable partners to signpost accordingly."),
    ("bullet", "Raise awareness of the issues surrounding legal highs."),
    (
        "bullet",
        "Promote the free Alcohol Identification and Brief Advice (AIBA) training (delivered by Drug Train) to non-alcohol specialists, e.g. primary care staff, wellbeing advisors to help identify alcohol misuse and signpost to services.",
    ),
    (
        "bullet",
        "Develop a package of age specific campaigns relating to drugs and alcohol and promote via a communications plan.",
    ),
    (
        "bullet",
        "Maximise the impact of the new Alcohol Advisor specialist within the Health and Wellbeing Team using publicity wherever possible and signposting to the service.",
    ),
    (
        "bullet",
        "Establish a support network specifically aimed at young people who are living with family or friends who have substance misuse issues.",
    ),
    (
        "bullet",
        "Promote the Sussex Police Alcohol Diversion Scheme and encourage wider use and partnership involvement.",
    ),
    (
        "bullet",
        "Establish closer working links between partners to make more effective and proactive use of HDC’s Statement of Licensing Policy for Regulated Entertainment, Late Night Refreshment and the Sale and Supply of Alcohol January 2014.",
    ),
    (
        "bullet",
        "Develop a responsible retailer scheme with key partners selling alcohol promoting stronger links with key partners, involved in licensed premises, being sure to learn from similar initiatives across the county and country.",
    ),
    (
        "bullet",
        "Investigate blockages for people accessinglocal support services and ensure changes reflect best practise from other schemes and pilots.",
    ),
    ("bullet", "Establish a drug focussed workshop event for partners in the second half of 2015."),
    ("bullet", "Research best practice from other localities."),
]

# -- Cumberland Community Safety Partnership, "The partnership's priorities are:": each priority a
# heading, a paragraph defining it (Domestic Abuse's with a bullet list of the forms of abuse: a
# definition, not actions), then "What we will do:" and the actions as bullets. The page's images
# (alt text "da", "VAWG") are left out; the fourth VAWG action is cut and left out, with what follows.
CUMBERLAND: list[Line] = [
    ("para", "The partnership's priorities are:"),
    ("heading", "Domestic Abuse"),
    (
        "para",
        "This is an incident or pattern of incidents of controlling, coercive, threatening, degrading and violent behaviour, including sexual violence, in most cases by a partner or ex-partner, but also by a family member or carer. It is very common and can include, but is not limited to, the following:",
    ),
    (
        "bullet",
        "Coercive control (a pattern of intimidation, degradation, isolation and control with the use or threat of physical or sexual violence)",
    ),
    ("bullet", "Psychological and/or emotional abuse."),
    ("bullet", "Physical or sexual abuse."),
    ("bullet", "Financial or economic abuse."),
    ("bullet", "Harassment and stalking."),
    ("bullet", "Online or digital abuse."),
    ("label", "What we will do:"),
    (
        "bullet",
        "Develop a clear strategy to reduce domestic abuse with an additional focus on work with perpetrators and Babies, Children and Young People.",
    ),
    ("bullet", "Enable partners to continue supporting people suffering from domestic abuse."),
    ("bullet", "Ensure victims and survivors can access support to prevent them becoming repeat victims."),
    ("heading", "Violence against Women and Girls (VAWG"),
    (
        "para",
        "Violence against women and girls is an umbrella term used to describe any form of abuse directed at women and girls. It can include domestic abuse; rape and sexual violence; stalking; forced marriage; so-called honour based violence; female genital mutilation (FGM); trafficking and sexual exploitation including through the sex industry; and sexual harassment in work and public life. Policing, and society, must focus on violence against women and girls so that it can be eradicated",
    ),
    ("label", "What we will do:"),
    ("bullet", "Work together to change attitudes and behaviours towards women and girls that undermine safety."),
    ("bullet", "Encourage increased reporting from victims of VAWG"),
    (
        "bullet",
        "Target those areas identified as VAWG ‘Hot Spots’ and work together to minimise the risk to women and girls in those areas using target hardening",
    ),
]

"""The words and patterns people use for dates and frequencies in delivery plans."""

import re

# A timescale is a phrase; anything longer is pasted prose. The cap also bounds
# regex work, so a megabyte of text costs no more than a sentence.
MAX_LENGTH = 200
# Years outside this window are typos ("2202") far more often than real plans.
MIN_YEAR, MAX_YEAR = 1990, 2099
# Hard-coded rather than calendar.month_name, which follows the process locale
# (Qt sets it at start-up), so a French desktop would stop reading "March".
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_KEYS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}


def ascii_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)  # ASCII so "٢٠٢٢" is not silently read as 2022


MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
FYP = r"(?:fy|financial year|fin year|f/y)"
Y2, Y4 = "[0-9]{2}", "[0-9]{4}"
# A financial year ("2022/23", "fy22-23") or a lone calendar year: quarters accept either.
YEARISH = rf"(?:{FYP} ?)?(?:(?P<a>{Y4}|{Y2})[/-](?P<b>{Y4}|{Y2})|(?P<y>{Y4}))"
AMBIGUOUS = ascii_regex(r"\b(?:bi-?weekly|bi-?annual(?:ly)?|twice (?:a |per |each )?(?:week|month|day)(?:ly)?)\b")
RECURRENCES = [
    (ascii_regex(rf"\b(?:{words})\b"), n, unit)
    for words, n, unit in (
        (r"fortnightly|alternate weeks", 2, "week"),
        (r"weekly", 1, "week"),
        (r"bi-?monthly|alternate months", 2, "month"),
        (r"(?:six|6|half)[- ]?(?:monthly|yearly)|twice (?:a |per |each )?year(?:ly)?|semi-?annual(?:ly)?", 6, "month"),
        (r"(?:three|3)[- ]?monthly|quarterly", 3, "month"),
        (r"monthly", 1, "month"),
        (r"biennial(?:ly)?", 2, "year"),
        (r"annual(?:ly)?|yearly|per annum|per year", 1, "year"),
        (r"daily", 1, "day"),
    )
]
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "other": 2,
    "second": 2,
}
EVERY = ascii_regex(
    rf"\b(?:every|each) (?:(?P<n>[0-9]{{1,3}}|{'|'.join(NUMBER_WORDS)}) )?"
    r"(?P<unit>day|week|month|quarter|year)s?\b"
)
FREQUENCY_CODES = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}
ONGOING_WORDS = ascii_regex(
    r"\b(?:on-?going|on going|continuous(?:ly)?|continual(?:ly)?|continuing|throughout|rolling"
    r"|business as usual|bau|in progress|open[- ]ended)\b"
)
TBC_WORDS = ascii_regex(
    r"\b(?:tb[acd]|to be (?:confirmed|agreed|determined|decided|arranged|advised|set|scheduled)"
    r"|not (?:yet )?(?:known|agreed|confirmed|set)|unknown|n/a|not applicable)\b|^na$"
)
# Words around a date that change nothing about it ("by", "Final report", ...).
LEAD = ascii_regex(
    r"(?:no later than|not later than|nlt|by|before|until|till|til|up to|up until|final report|reports?"
    r"|deadline|due|target|date|completion|completed?|to be completed|in|during|within|approx(?:imately)?"
    r"|around|circa|c|on|at|the|between|expected|estimated|across|to)\b[ -]*"
)  # "to" last: after "to be completed"; "across financial year 2012/13" is that year
TRAIL = ascii_regex(
    r"[ -]*\b(?:deadline|due|target|target date|at the latest|at latest|latest|or earlier|or sooner"
    r"|approx(?:imately)?|launch(?:ed)?|completion|complete|sign[ -]?off)$"
)  # "July 2017 launch", "May 2024 sign-off": the date the thing is done by; a "review" date is not
ONWARDS = ascii_regex(r" ?\bonwards?$")  # "April 2022 onwards" opens like "from April 2022"
FROM = ascii_regex(r"^(?:from|starting(?: from| in)?|commencing|beginning(?! of)|start(?:s|ing)?(?! of)(?: in)?)\b ?")
UNTIL = ascii_regex(r"(?:until|till|til|up to|up until|to|through|thru|by|no later than|the end of|end of)\b")
QUALIFIER = ascii_regex(r"(early|mid|late|start of|beginning of|end(?: of)?)(?:[ -]|(?=[0-9]))(?:the )?")
PARTS = {
    "early": (1, 4),
    "start of": (1, 4),
    "beginning of": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "end of": (9, 12),
}
SEP = ascii_regex(r" ?(?:-|/|&|\+) ?| (?:to|until|till|through|thru|and) ")
YEARLESS = ascii_regex(rf"{MON}|(?:spring|summer|autumn|fall|winter)(?: term)?|(?:q|quarter ?)[1-4]")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
TERMS = {"spring": (1, 3), "summer": (4, 7), "autumn": (9, 12)}  # spring term ends ~Easter: taken as 31 March
DATE_WORD = ascii_regex(rf"\b(?:{MON}|spring|summer|autumn|fall|winter|quarter|q[0-9]|fy|financial year)\b")
HAS_YEAR = ascii_regex(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
WHY_UNKNOWN = [
    (ascii_regex(regex), why)
    for regex, why in (
        (rf"\b{MON} [0-9]{{2}}$", "'{}': unclear whether the number is a day or a year"),
        (
            r"\b(?:asap|as soon as possible|immediate(?:ly)?|urgent(?:ly)?|now|straight ?away)\b",
            "'{}' is not a date: a due date needs agreeing",
        ),
        (
            r"\b(?:as (?:and when )?(?:required|needed|necessary|appropriate)|when (?:required|needed)|if required"
            r"|ad[ -]?hoc|on demand)\b",
            "'{}' is event-driven, so there is no date to track",
        ),
        (r"\b(?:year|yr|week|wk|month|phase|stage|day|term) ?[0-9]+\b", "'{}' counts from an unstated start date"),
    )
]
DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"} | {"\u2018": "'", "\u2019": "'"})

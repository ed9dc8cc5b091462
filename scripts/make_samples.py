"""Generate metp's bundled sample corpus: synthetic "archive" documents in mixed formats.

The demo and the OCR tests need realistic inputs that we are free to ship, so
every text here is invented and every page carries a SYNTHETIC SAMPLE footer.
Scans imitate photocopied typewritten pages (skew, faded toner, speckles,
uneven paper) while staying readable by stock tesseract.  Each sample gets a
``<name>.gt.txt`` ground truth beside it (pages separated by a form feed).

Output is deterministic: fixed seeds and fixed PDF dates mean a rerun on the
same machine writes identical bytes, so regenerating never produces a diff.

Usage: python scripts/make_samples.py [OUTPUT_DIR]   (default: <repo>/samples)
Needs Pillow, numpy and fpdf2.
"""

import io
import sys
import zlib
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "samples"
FONT_DIR = Path("/usr/share/fonts")
PAGE_W, PAGE_H, DPI = 2550, 3300, 300  # US letter at 300 dpi
MARGIN, FONT_PX, LINE_PX = 300, 50, 56  # 1 inch margins, 12 pt pica type
MAX_COLS = (PAGE_W - 2 * MARGIN) // int(FONT_PX * 0.6)  # Courier-metric advance: 0.6 em
MAX_ROWS = (PAGE_H - 2 * MARGIN) // LINE_PX
FOOTER = "SYNTHETIC SAMPLE -- metp demo corpus"
PDF_DATE = datetime(1996, 2, 12, 9, 0, tzinfo=timezone.utc)  # fixed: no run-time dates

AGENDA = """\
              MERIDIAN HUMAN RIGHTS ASSOCIATION
           1987 Midwest Regional Training -- Agenda
        Saturday, March 14, 1987 -- Lakeside Community Center

8:30 Registration, coffee and literature table
9:00 Welcome and introductions (regional coordinator)
9:20 Why we work for prisoners of conscience: our mandate
      and the principle of impartiality
10:00 Workshop A: Effective letter-writing to governments
      - tone, accuracy and the courteous appeal
      - addressing heads of state and prison officials
10:45 Break
11:00 Workshop B: The urgent action network -- responding
      within 48 hours by telegram, telex and airmail
12:00 Lunch (bring your own; soup provided)
1:00 Panel: Torture and the campaign for its abolition
1:45 Workshop C: Media work -- press releases, letters
      to the editor and radio call-in programs
2:30 Workshop D: Fundraising and group organizing for
      new and small local groups
3:15 Break
3:30 The death penalty in our region: next steps
4:15 Evaluation forms and closing circle
4:30 Adjourn

Questions? Call the regional office at (608) 555-0142."""

HANDOUT_1 = """\
               HOW TO WRITE AN APPEAL LETTER
          A letter-writing handout for local groups

Letters work. Former prisoners of conscience have told us
that the arrival of hundreds of letters changed how guards
treated them, and sometimes led to their release. Every
letter tells officials that the world is watching.

BEFORE YOU WRITE

1. Read the case sheet carefully. Note the prisoner's full
   name, place of detention and date of arrest.
2. Check the recommended action and the addresses. Case
   details change, so always use the latest update.
3. Never argue about the prisoner's political views. We
   ask for release on human rights grounds only.

TONE AND STYLE

- Be courteous and respectful at all times. A polite
  letter is more likely to be read and answered.
- Write as an individual, in your own words. Identical
  form letters are easily ignored.
- Mention something positive about the country, such as
  a treaty the government has signed.
- Keep it short: one page is enough.

                                        (continued)"""

HANDOUT_2 = """\
WHAT TO ASK FOR

- The immediate and unconditional release of prisoners
  of conscience.
- A fair and prompt trial for all political prisoners.
- Assurances that the prisoner is not being tortured or
  ill-treated, and may see family, lawyers and doctors.
- An end to the death penalty in every case.

SAMPLE OPENING

  Your Excellency,
  I am writing to express my concern for Mr. Tomas Erdan,
  a teacher arrested on 3 May 1985. I understand that he
  is held without charge for peacefully exercising his
  right to freedom of expression.

AFTER YOU WRITE

- Record the date and address in your group's case log.
- Send a copy of your letter to the regional coordinator.
- If you receive a reply, send it to the office at once.
  Replies help our researchers follow the case.

Check current airmail postage at your post office."""

GUIDE = """\
TRAINER'S GUIDE                                    Page 14
Module 4: Facilitating a New Group Meeting

Purpose: to help new members plan their first year of
action together, and to share leadership from the start.

Time needed: 90 minutes. Materials: flip chart, markers,
case sheets and one copy of Handout 4-B per participant.

STEP 1 (15 min) Warm-up. Ask each person to name the human
rights issue that brought them to the group: refugees,
women's rights, torture, the death penalty or prisoners
of conscience. Write the answers on the flip chart.

STEP 2 (20 min) Small groups. Divide into threes. Each
group lists the skills it already has: letter-writing,
lobbying, media work, fundraising, public speaking.

STEP 3 (30 min) Action plan. Bring the groups together and
agree on three goals for the year. Point out that urgent
action cases need a phone tree so appeals go out fast.

STEP 4 (15 min) Roles. Ask for volunteers: coordinator,
treasurer, urgent action contact and media contact.

TRAINER'S NOTE: Do not let one voice dominate; invite
quieter members to speak first. Good facilitation means
guiding, not lecturing."""

EVALUATION_1 = """\
                 WORKSHOP EVALUATION FORM
      Regional Training for Local Group Leaders, 1989

Please help us improve future trainings. You do not need
to sign this form.

Which sessions did you attend? (circle all that apply)

  A. Letter-writing for prisoners of conscience
  B. The urgent action network
  C. Lobbying elected officials
  D. Media work and public events
  E. Fundraising for local groups

Rate each statement (circle one number):

The goals of the workshop were clear.
    disagree  1  2  3  4  5  agree
The facilitator kept the discussion focused.
    disagree  1  2  3  4  5  agree
The handouts will be useful to my group.
    disagree  1  2  3  4  5  agree
I feel ready to lead a letter-writing evening.
    disagree  1  2  3  4  5  agree
There was enough time for questions.
    disagree  1  2  3  4  5  agree"""

EVALUATION_2 = """\
What was the most useful part of the training?



What should we change for next year?



Would you like to help organize a training in your area?
Yes / No / Maybe

Your local group (optional):


Please return this form at the registration table, or mail
it to the regional office before April 30, 1989.

Thank you for your work for human rights!"""

LETTER = """\
Meridian Human Rights Association -- Group 112
c/o 214 Elm Street
Riverton, Ohio

                                      October 2, 1983

Dear Group Members,

I am glad to report news about our adopted prisoner of
conscience, the journalist Daniel Okoro-Vance. A visitor
who saw him in August tells us he has been moved out of
solitary confinement and may now receive family visits.
Officials at the prison mentioned "the letters from
America". Our letter-writing is being noticed.

He is still held without trial, two years after his arrest
for articles about the treatment of refugees. Please keep
writing. This month, send a courteous appeal to the
Minister of Justice asking for his immediate release, and
a short card of greetings to his wife and children.

Our next meeting is Tuesday, October 18, at 7:30 pm in the
library basement. We will plan the November bake sale to
pay for postage and telegrams, and prepare for Human
Rights Day on December 10.

In solidarity,

Margaret Halvorsen
Group Coordinator"""

MEMO_HEADER = [
    "To: Local group coordinators and urgent action contacts",
    "From: Urgent Action Office",
    "Date: 12 February 1996",
    "Subject: Changes to the urgent action network",
]

MEMO_BODY = [
    "Thank you for your work on urgent action cases over the past year. Your "
    "appeals reached officials in more than forty countries, and in at least "
    "twelve cases a prisoner was released, charged fairly or allowed to see a lawyer.",
    "From 1 March, new urgent actions will be sent by fax and by email as well "
    "as by post. Please send your group's fax number or email address to the "
    "office so that appeals can go out within hours rather than days.",
    "When a case concerns torture or a threat of execution, speed matters most. "
    "Write the same day if you can, and keep your appeal brief and courteous. "
    "For death penalty cases, ask for the sentence to be commuted and recall "
    "that we oppose the death penalty in all cases without exception.",
    "Cases involving refugees at risk of forced return need appeals to the "
    "authorities of the country where they are now, not only to their country "
    "of origin. The action sheet will always name the right addresses.",
    "Please report every action taken, with dates, on the enclosed tally card. "
    "These reports help us show the impact of the network to members and donors.",
]

EMAIL = """\
From: campaigns@meridian-hra.example.org
To: group-coordinators@meridian-hra.example.org
Date: Tue, 11 Apr 1995 09:14:22 -0500
Subject: LOBBY DAY -- death penalty abolition campaign

Dear coordinators,

Our annual Lobby Day at the State Capitol is set for
Wednesday, May 17, 1995. This year the campaign against
the death penalty is our first priority: a bill to
reinstate executions will come to a vote this session.

What we need from each local group:

  * Two or three members to join a lobbying team. Teams
    will meet their own representatives in pairs.
  * Letters to the editor in your local paper the week
    before Lobby Day (see the attached media work tips).
  * Names of members willing to call legislators' offices
    on the morning of the vote.

A lobbying training (8:00 am, Room 212) will cover how
to ask for a commitment and how to answer "what about
the victims' families?".

Please reply to this message by April 28 with the names
of your volunteers.

In solidarity,
Campaigns Coordinator

--
SYNTHETIC SAMPLE -- metp demo corpus
"""


def find_font(*names: str) -> Path:
    """Return the first installed TTF among ``names``, else any TTF, so the script
    still runs on machines without Liberation/DejaVu (output then differs)."""
    for pattern in [*names, "*.ttf"]:
        hits = sorted(FONT_DIR.rglob(pattern))
        if hits:
            return hits[0]
    raise SystemExit(f"no TrueType font found under {FONT_DIR}")


def page_lines(text: str) -> list[str]:
    """Split a typed page into lines and append the footer, refusing lines that
    would run past the right margin (the ground truth must match the drawing)."""
    lines = [*text.splitlines(), "", FOOTER]
    too_long = [line for line in lines if len(line) > MAX_COLS]
    assert not too_long, f"lines exceed {MAX_COLS} columns: {too_long}"
    assert len(lines) <= MAX_ROWS, f"page has {len(lines)} lines, room for {MAX_ROWS}"
    return lines


def ground_truth(pages: list[list[str]]) -> str:
    """Text as drawn: indentation is layout, not text, so it is stripped."""
    return "\f".join("\n".join(line.strip() for line in page) for page in pages) + "\n"


def type_ink(lines: list[str], font: ImageFont.FreeTypeFont, rng) -> Image.Image:
    """Strike each character separately, like a typewriter: uneven key pressure
    (ink strength) and a slightly wandering baseline; then let the ink spread."""
    ink = Image.new("L", (PAGE_W, PAGE_H), 0)
    draw = ImageDraw.Draw(ink)
    advance = font.getlength("M")
    for row, line in enumerate(lines):
        y = MARGIN + row * LINE_PX + rng.integers(-1, 2)
        for col, char in enumerate(line):
            if char != " ":
                x = MARGIN + col * advance + rng.integers(-1, 2)
                draw.text((x, y + rng.integers(-1, 2)), char, font=font,
                          fill=int(rng.integers(200, 256)))
    return ink.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(0.7))


def smooth_field(rng, shape=(9, 7)) -> np.ndarray:
    """Low-frequency random field in [0, 1] at page size, for uneven paper and toner."""
    coarse = Image.fromarray((rng.random(shape) * 255).astype(np.uint8))
    return np.asarray(coarse.resize((PAGE_W, PAGE_H), Image.BICUBIC), np.float32) / 255


def speckles(rng, count: int = 300) -> Image.Image:
    """Stray toner dots that every photocopier leaves behind."""
    layer = Image.new("L", (PAGE_W, PAGE_H), 0)
    draw = ImageDraw.Draw(layer)
    for x, y, r, v in zip(rng.integers(0, PAGE_W, count), rng.integers(0, PAGE_H, count),
                          rng.integers(1, 4, count), rng.integers(80, 256, count)):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=int(v))
    return layer


def photocopy(lines: list[str], name: str, skew_deg: float) -> Image.Image:
    """Render one typewritten page as a faded, skewed photocopy at 300 dpi.
    The seed comes from ``name`` (crc32, not hash()) so every run is identical."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    font = ImageFont.truetype(str(find_font("LiberationMono-Regular.ttf",
                                            "DejaVuSansMono.ttf", "*Mono*.ttf")), FONT_PX)
    ink = type_ink(lines, font, rng).rotate(skew_deg, Image.BICUBIC, fillcolor=0)
    ink = np.maximum(np.asarray(ink, np.float32), np.asarray(speckles(rng), np.float32)) / 255
    paper = 214 + 26 * smooth_field(rng)
    paper[:, rng.integers(400, PAGE_W - 400) + np.arange(3)] -= 18  # faint drum streak
    paper -= np.clip(1 - np.arange(PAGE_W) / 60, 0, 1) * 70  # copier shadow, left edge
    toner = 60 + 30 * smooth_field(rng)  # faded, uneven grey instead of black
    page = paper - (paper - toner) * ink
    return Image.fromarray(np.clip(page, 0, 255).round().astype(np.uint8), "L")


def jpeg_bytes(image: Image.Image) -> bytes:
    """Encode a page the way a scanner would: grayscale JPEG at quality 75."""
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=75, optimize=True, dpi=(DPI, DPI))
    return buf.getvalue()


def fixed_pdf(title: str) -> FPDF:
    """Letter-size PDF with fixed dates and metadata, so the bytes are reproducible."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(PDF_DATE)
    pdf.set_title(title)
    pdf.set_subject("SYNTHETIC SAMPLE - metp demo corpus")
    return pdf


def save_image_pdf(pages: list[Image.Image], path: Path) -> None:
    """Scanned form as a PDF of page images only: no text layer, so metp must OCR it."""
    pdf = fixed_pdf(f"{path.stem} (scanned)")
    for page in pages:
        pdf.add_page()
        pdf.image(io.BytesIO(jpeg_bytes(page)), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(str(path))


def write_memo_pdf(path: Path) -> list[list[str]]:
    """Born-digital memo with a real text layer; returns the lines as laid out by
    fpdf2 (dry run first, then draw exactly those lines) for the ground truth."""
    pdf = fixed_pdf("Changes to the urgent action network")
    pdf.add_font("Sans", "", str(find_font("DejaVuSans.ttf", "LiberationSans-Regular.ttf")))
    pdf.add_font("Sans", "B", str(find_font("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf")))
    pdf.set_margins(72, 72)
    pdf.add_page()
    pages: dict[int, list[str]] = {}

    def put(text: str, style: str = "", size: float = 11, gap: float = 0) -> None:
        pdf.set_font("Sans", style, size)
        for line in pdf.multi_cell(0, size * 1.4, text, dry_run=True, output="LINES"):
            pdf.cell(0, size * 1.4, line, new_x="LMARGIN", new_y="NEXT")
            pages.setdefault(pdf.page, []).append(line)
        if gap:
            pdf.ln(gap)
            pages[pdf.page].append("")

    put("MERIDIAN HUMAN RIGHTS ASSOCIATION", "B", 14)
    put("MEMORANDUM", "B", 12, gap=8)
    for line in MEMO_HEADER:
        put(line)
    pdf.ln(8)
    pages[pdf.page].append("")
    for paragraph in MEMO_BODY:
        put(paragraph, gap=8)
    put("SYNTHETIC SAMPLE — metp demo corpus", "B", 9)
    pdf.output(str(path))
    return [pages[n] for n in sorted(pages)]


def save_png(pages: list[Image.Image], path: Path) -> None:
    """Lossless grayscale scan."""
    pages[0].save(path, optimize=True, dpi=(DPI, DPI))


def save_bilevel_tiff(pages: list[Image.Image], path: Path) -> None:
    """Multi-page black-and-white TIFF, as archive scanners (and fax) often produce."""
    bilevel = [page.point(lambda v: 255 if v > 150 else 0).convert("1") for page in pages]
    bilevel[0].save(path, save_all=True, append_images=bilevel[1:],
                    compression="group4", dpi=(DPI, DPI))


def save_jpeg(pages: list[Image.Image], path: Path) -> None:
    """Lossy grayscale scan."""
    path.write_bytes(jpeg_bytes(pages[0]))


SAVERS = {".png": save_png, ".tif": save_bilevel_tiff, ".jpg": save_jpeg, ".pdf": save_image_pdf}

# Scanned samples: file name -> (typed text, skew in degrees) for each page.
SCANS = {
    "1987_midwest_regional_training_agenda.png": [(AGENDA, 0.6)],
    "1983_group112_letter_prisoner_of_conscience.png": [(LETTER, -1.5)],
    "letter_writing_handout.tif": [(HANDOUT_1, -0.4), (HANDOUT_2, 0.8)],
    "trainers_guide_module4_p14.jpg": [(GUIDE, -0.7)],
    "1989_workshop_evaluation_form.pdf": [(EVALUATION_1, 0.3), (EVALUATION_2, -0.5)],
}


def write_gt(path: Path, pages: list[list[str]]) -> None:
    """Store the ground truth as ``<stem>.gt.txt`` beside the sample."""
    path.with_suffix(".gt.txt").write_text(ground_truth(pages), encoding="utf-8")


def build(out: Path) -> None:
    """Write every sample and its ground truth into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for filename, typed in SCANS.items():
        path = out / filename
        pages = [page_lines(text) for text, _ in typed]
        write_gt(path, pages)
        SAVERS[path.suffix]([photocopy(lines, f"{filename}/{i}", skew)
                             for i, (lines, (_, skew)) in enumerate(zip(pages, typed))], path)
    memo = out / "1996_memo_urgent_action_network.pdf"
    write_gt(memo, write_memo_pdf(memo))
    email = out / "1995_lobby_day_death_penalty_email.txt"
    for path in (email, email.with_suffix(".gt.txt")):  # plain text is its own truth
        path.write_text(EMAIL, encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)

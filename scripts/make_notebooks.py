"""Write the numbered notebooks from the cell lists below (run after editing; commit the .ipynb files).

    python scripts/make_notebooks.py

The notebooks are the product; this script keeps their cells in one reviewable place. Each notebook:
a title and one-line summary, a papermill ``parameters`` cell, then calls into ``helpers`` with prose.
"""
import json
from pathlib import Path

NB = Path(__file__).resolve().parents[1] / "notebooks"
PARAMS = ("# Parameters (papermill). CORPUS: a folder or file of articles; None means the bundled seeds (data/seeds).\n"
          "# OUTPUT_DIR: where reports and CSV tables go; None means reports/.\n"
          "CORPUS = None\nOUTPUT_DIR = None")
SETUP = """import matplotlib.pyplot as plt
from IPython.display import HTML, display

from helpers import analyse, config
from helpers.corpus import story
from helpers.report import checks, plots, views
from helpers.report.render import save_table, show

corpus = analyse(CORPUS)  # the stored analysis (computed once per corpus; the report command runs it first)
TABLES = config.tables_dir(OUTPUT_DIR)
order = story.reading_order(corpus)
labels = story.labels(corpus)
colours = plots.article_colours(order)
display(HTML(views.style()))"""


def md(text):
    return {"cell_type": "markdown", "metadata": {}, "source": text.strip("\n")}


def code(text, tags=None):
    return {"cell_type": "code", "execution_count": None, "metadata": {"tags": tags} if tags else {}, "outputs": [],
            "source": text.strip("\n")}


NOTEBOOKS = {
    "00_corpus": [
        md("""# 00 · The corpus

What was loaded, in which order the articles were published, what was set aside as page furniture, what was skipped and why."""),
        code(PARAMS, ["parameters"]),
        code(SETUP + """
print(views.load_summary(corpus))"""),
        md("""## The articles, earliest first

Each article keeps one colour and one short label (its outlet, else its headline) in every report; the file id
is kept beside it. An article without a publication date goes last: relative dates in it ("last week") cannot be
resolved. Give dates in a `metadata.csv` beside the articles. When the folder seems to hold more than one
story (articles that share no retelling or reported event with the others), a warning above the table names
the articles of each; `story_groups.csv` keeps the grouping."""),
        code("""stories = story.story_groups(corpus)
display(HTML(views.stories_html(stories, labels)))
display(HTML(views.article_table(corpus, order, labels, colours)))
save_table(stories, TABLES, "story_groups")"""),
        code("""print(checks.spans(corpus))"""),
        md("""## Length of each article

Words and sentences (the headline counts as the article's first sentence)."""),
        code("""plots.length_chart(corpus.articles, order, labels, colours)
plt.show()"""),
        md("""## Files and records not used

Every file or row the loader passed over, with the reason. Nothing is dropped silently."""),
        code("""show(corpus.skipped) if len(corpus.skipped) else print("none: every file in the folder was loaded as an article")"""),
        md("""## Steps skipped for an article

An article whose analysis step failed or ran over its time budget is left out of that step only (the rest of the
report is built). Empty when every step ran on every article."""),
        code("""from helpers import problems
skipped_steps = problems(corpus)
show(skipped_steps) if len(skipped_steps) else print("every step ran on every article")"""),
        md("""## Page furniture set aside

The lines the cleaner removed from each article (menus, share buttons, comment threads...). Open an article
to check that no line of the story went out; those marked CHECK lost a quarter or more of their
words, or a line that reads as a long sentence, so look at them first."""),
        code("""display(HTML(views.boilerplate_html(corpus, order, labels)))"""),
        md("""## How each article opens

The headline (when the article has one) and the lead sentence."""),
        code("""display(HTML(views.leads_html(corpus, order, labels)))"""),
        code("""for name, df in (("articles", corpus.articles), ("paragraphs", corpus.paragraphs), ("sentences", corpus.sentences),
                 ("skipped", corpus.skipped), ("problems", skipped_steps)):
    save_table(df, TABLES, name)
print("saved to", TABLES.name + "/")"""),
    ],
    "01_similarity": [
        md("""# 01 · Who retells whom

How alike the articles are, which groups are near-copies, which article each one retells, which sentence retells which, and what each article alone says."""),
        code(PARAMS + """
PAIRS = None  # pairs to align side by side, e.g. [["a", "b"]]; None: copy-graph edges, then closest pairs of one story
MAX_PAIRS = 3  # how many pairs to show side by side when PAIRS is None""", ["parameters"]),
        code(SETUP + """
from helpers import one_sided_pairs, provenance, shared_passages
from helpers.corpus import similarity
from helpers.corpus.reuse import copy_graph
from helpers.corpus.stories import story_of

print(f"{len(order)} articles; {len(similarity.candidate_pairs(corpus))} candidate pairs compared in detail "
      f"(each article's nearest neighbours above a similarity floor)")"""),
        md("""## How alike the articles are

TF-IDF cosine similarity, 0 (no shared terms) to 1 (same text), over the content words of each article (nouns,
names, verbs, adjectives and numbers, each reduced to its dictionary form, so "killed" and "kills" count as one),
with word rarity taken from general English as well as these articles. Rows and columns are ordered so that similar articles sit together: dark blocks are
groups of articles that tell the story in the same words."""),
        code("""content = similarity.document_similarity(corpus, "content")
ordered = story.clustered_order(content)
plots.heatmap(content.loc[ordered, ordered], "content-word similarity (clustered)", labels)
plt.show()"""),
        code("""print(checks.similarity(content))
display(HTML(views.near_copies_html(story.near_copy_groups(corpus), labels)))"""),
        md("""## Which article each one retells

Each article gets its most likely source among the others, or *independent*, or *unclear*. The decision reads how
much of each article's wording is found in the other, in both directions (containment of words and word
triples, quoted speech counted apart, as in the METER text-reuse studies); publication dates rule out a source
published after the article; a cited source breaks ties. Arrows go from the source to the article that retells it;
articles linked by arrows are drawn together, so a folder of several stories shows each story's arrows apart."""),
        code("""prov = provenance(corpus)
graph = copy_graph(corpus, prov)
published = dict(zip(corpus.articles["doc_id"], corpus.articles["published"]))
if graph["source"].isin(order).any():
    plots.copy_graph_chart(graph, order, labels, published)
    plt.show()
else:
    print("no article retells another: each is independent, or the direction cannot be told")
display(HTML(views.copy_graph_table(graph, order, labels)))"""),
        md("""## Side by side

The pairs chosen in the `PAIRS` parameter (default: the copy graph's edges, then the closest pairs of articles
that tell one story or at least are related), sentence by sentence: lines link a sentence to the one that retells it; shared passages of
four words or more are highlighted."""),
        code("""chosen = similarity.pairs_to_show(graph, content, PAIRS, MAX_PAIRS, story_of(corpus), prov)
alignments = {(a, b): similarity.align(corpus, a, b) for a, b in chosen}
for (a, b), al in alignments.items():
    passages = shared_passages(corpus, a, b)
    plots.alignment_chart(al, len(corpus.sentences_of(a)), len(corpus.sentences_of(b)), labels[a], labels[b])
    plt.show()
    display(HTML(views.alignment_html(corpus, al, passages, a, b, labels)))
    save_table(al, TABLES, f"alignment_{a}__{b}")
    save_table(passages, TABLES, f"shared_passages_{a}__{b}")
if not chosen:
    print("only one article, or no two articles tell one story: nothing to line up")"""),
        md("""## What each article alone says

Sentences that no other article tells, each listed once (compared with every article it was paired with)."""),
        code("""only = story.alone(corpus)
display(HTML(views.alone_html(only, order, labels, groups=story.story_groups(corpus))))
save_table(only, TABLES, "alone")
save_table(one_sided_pairs(corpus, alignments), TABLES, "one_sided")
save_table(content.round(4).reset_index(), TABLES, "similarity")
save_table(prov, TABLES, "provenance")
save_table(graph, TABLES, "copy_graph")"""),
    ],
    "02_figures": [
        md("""# 02 · Who is named

The people, organisations and places the articles name, merged across articles and spellings, with their roles, who is quoted saying what, and the numbers given."""),
        code(PARAMS + """
TOP_FIGURES = 20  # how many figures the mentions chart shows""", ["parameters"]),
        code(SETUP + """
from helpers import figures, mentions, numbers, quotes, roles

figs, ment = figures(corpus), mentions(corpus)
print(f"{len(figs)} figures from {len(ment)} mentions in {len(order)} articles")"""),
        code("""print(checks.figures(corpus, figs, ment))"""),
        md("""## People, organisations and places

One row per figure: the fullest name, every way the articles write it, the roles they give, and in how many
articles it appears."""),
        code("""display(HTML(views.figures_html(figs, order)))"""),
        md("""## Who is named most, and where

The most-named figures of any kind, and how often each article names them. With many articles the chart
is a grid: one column per article, the count in each cell, an empty cell where the article leaves the
figure out."""),
        code("""counts = views.mention_counts(figs, order, TOP_FIGURES)
if len(counts):
    plots.mentions_chart(counts, labels)
    plt.show()"""),
        md("""## How each article names the people

For each person named in two or more articles: the words each article uses (a spelling that differs is worth a look)."""),
        code("""naming = views.naming_table(ment, order, labels)
show(naming) if len(naming) else print("no person is named in two or more articles")"""),
        md("""## Who is quoted saying what

Direct quotes with their speakers (quoted phrases are listed apart below). A speaker in [brackets] is
described by the article, not named."""),
        code("""q = quotes(corpus)
display(HTML(views.quotes_html(q, labels)))"""),
        code("""display(HTML(views.phrases_html(q, order, labels)))"""),
        md("""## Numbers

Each figure given, with its hedge (*at least*, *about*...) and what it counts."""),
        code("""nums = numbers(corpus)
display(HTML(views.numbers_html(nums, labels)))"""),
        code("""for name, df in (("figures", figs), ("mentions", ment), ("roles", roles(corpus)), ("quotes", q), ("numbers", nums)):
    save_table(df, TABLES, name)
print("saved to", TABLES.name + "/")"""),
    ],
    "03_timeline": [
        md("""# 03 · When

Time expressions resolved against each article's publication date, events lined up across articles on a timeline, and, for events several articles tell, the date each gives (where they differ, the facts table of report 04 says how)."""),
        code(PARAMS, ["parameters"]),
        code(SETUP + """
from helpers import events, timexes, to_timelinejs
from helpers.corpus.stories import story_of
from helpers.report.render import save_timelinejs

tx, ev = timexes(corpus), events(corpus)
print(f"{len(tx)} time expressions, {ev['event_id'].nunique()} events; "
      f"{int(corpus.articles['published'].isna().sum())} article(s) without a publication date")"""),
        code("""print(checks.timexes(corpus, tx))"""),
        md("""## The timeline

One lane per article that dates something, earliest article at the top, in its colour. Labels are the words the
article uses ("last Friday"), in the article's colour; where labels would overlap, some are left off (the note
under the title counts them) and the event table below gives every event. When the articles also reach far back
(or ahead), the first chart shows the days around publication and the second the long view. A folder that mixes
stories gets charts for each story told by two or more articles, on its own dates, then one for the articles alone
in their story."""),
        code("""if plots.timelines(ev, order, labels, stories=story_of(corpus)):
    plt.show()
else:
    print("nothing to draw: no article has a publication date or a date that could be resolved "
          "(give publication dates in a metadata.csv beside the articles)")
display(HTML(views.silent_articles_html(ev, order, labels)))"""),
        md("""## Events told by several articles

Each event with the date each article gives it (or *(no date)* when an article tells it without a date, and
*(unresolved)* when the words cannot be dated because the article's publication date is unknown). Events told by
one article only are in `tables/events.csv`."""),
        code("""shared = views.shared_events(ev, order, labels)
show(shared) if len(shared) else print("no dated event is told by two or more articles")"""),
        md("""## Every time expression

Each expression with its TIMEX3 value and the interval it covers (collapsed: open it to check a date)."""),
        code("""display(HTML(views.timexes_html(tx, labels)))"""),
        code("""save_table(ev, TABLES, "events")
save_table(tx, TABLES, "timexes")
save_timelinejs(to_timelinejs(ev), config.timeline_path(OUTPUT_DIR))
print("saved events, timexes and timeline.json (TimelineJS)")"""),
    ],
    "04_comparison_report": [
        md("""# 04 · The story comparison report

One page to share: who retells whom, the facts where the articles disagree, what each article alone says, who is named and quoted, and the timeline."""),
        code(PARAMS, ["parameters"]),
        code(SETUP + """
from helpers import discrepancies, events, figures, provenance, quotes
from helpers.corpus.reuse import copy_graph
from helpers.corpus.stories import story_of

print(f"{len(order)} articles")
display(HTML(views.stories_html(story.story_groups(corpus), labels)))
display(HTML(views.article_table(corpus, order, labels, colours)))"""),
        md("""## Who retells whom

Each article's most likely source among the others (arrow from source to retelling), or *independent*. Articles
linked by arrows are drawn together, each group at the place of its earliest article."""),
        code("""prov = provenance(corpus)
graph = copy_graph(corpus, prov)
if graph["source"].isin(order).any():
    plots.copy_graph_chart(graph, order, labels, dict(zip(corpus.articles["doc_id"], corpus.articles["published"])))
    plt.show()
if len(order) > 1:
    if not graph["source"].isin(order).any():
        print("no article retells another: each is independent, or the direction cannot be told")
    display(HTML(views.copy_graph_table(graph, order, labels)))
else:
    print("only one article: nothing to compare")"""),
        md("""## Facts, article by article

One row per fact told by two or more articles: a number with what it counts, a person's age, a quote by a speaker,
the date of an event, a named source, the spelling of a name. For each, what each article says (hover an article to read its
sentence; *s12* is its sentence number) and how many articles of its story do not mention it (*silent*). **Conflicts come first**
(*differs: yes*: two readings cannot both hold), then other figures that could both hold (*other figure*: "up to
$8 billion" against "$6.5 billion"), then one figure told with another hedge that still allows the
same value (*hedged differently*: "about eight" against "nearly eight"), then statements quoted in other words
(*reworded*: a word changed, added or dropped where the quotes overlap; quoting more or less of a statement is no
rewording, and whether the sense changed is the reader's call), then details some articles leave out
(*left out*: a source not named, an event told without its date). The facts every article tells alike are folded
under the table (click to open). The full table, one column per article, is `tables/facts.csv`."""),
        code("""table, links = story.facts(corpus)
print(views.facts_summary(table))
display(HTML(views.facts_html(table, links, corpus, labels, groups=story.story_groups(corpus))))
save_table(table, TABLES, "facts")
save_table(links, TABLES, "fact_sentences")"""),
        md("""## What each article alone says

Sentences no other article tells: what a retelling added, or what the others left out."""),
        code("""only = story.alone(corpus)
display(HTML(views.alone_html(only, order, labels, groups=story.story_groups(corpus))))"""),
        md("""## The people: who is named and quoted where"""),
        code("""view = views.people_table(figures(corpus), quotes(corpus), order)
show(view.head(30))
if len(view) > 30:
    print(len(view) - 30, "more people in report 02 and tables/figures.csv")"""),
        md("""## The timeline

One lane per article that dates something: the days around publication when the articles also reach far back
or ahead (the long view is in report 03); in a folder that mixes stories, a chart per story."""),
        code("""if plots.timelines(events(corpus), order, labels, long_view=False, stories=story_of(corpus)):
    plt.show()
else:
    print("nothing to draw: no article has a publication date or a date that could be resolved")"""),
        md("""## How this was computed, and its limits

- **Similarity and alignment**: TF-IDF, with word rarity taken from general English (the `wordfreq` package) as
  well as the articles: over the dictionary forms of content words for whole articles, over words and character
  n-grams for sentences. Only each article's nearest neighbours are compared in detail.
  A paraphrase that changes nearly every word, or a translation into another language, is missed.
- **Who retells whom** reads how much of each article's wording is in the other, both ways, with quoted speech set
  apart; dates rule out impossible directions, and agency wire copy is taken as the source of a newspaper story. Text alone cannot tell a retelling of the other article from a
  retelling of a source both used.
- **Names, quotes, numbers** come from spaCy's small English model with general repairs. Unusual names can be
  missed or split.
- **Dates** come from a rule grammar resolved against each article's publication date; an article without a date
  keeps relative dates unresolved.
- **Facts**: numbers and sources are matched between sentences the alignment links, dates between linked events,
  quotes by speaker and wording, names and ages by person; a number moved far from its counterpart, or told in
  other words, shows as two rows. Every reading names the sentence it comes from so a reader can judge it."""),
        code("""disc = discrepancies(corpus)
save_table(disc, TABLES, "discrepancies")
assert prov.empty or prov["verdict"].notna().all()
print(f"report built for {len(order)} articles: {len(table)} facts, {len(only)} sentences told by one article only")"""),
    ],
}


def write(name, cells):
    for i, c in enumerate(cells):
        c["id"] = f"cell-{i:02d}"
        src = c["source"]
        lines = src.split("\n")
        c["source"] = [ln + "\n" for ln in lines[:-1]] + [lines[-1]]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    (NB / f"{name}.ipynb").write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for name, cells in NOTEBOOKS.items():
        write(name, cells)
        print("wrote", name)

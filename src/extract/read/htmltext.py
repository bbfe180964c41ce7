"""The article in a saved web page, as the plain text the pipeline reads, with the page's date and author.

The field's own tool reads the page: trafilatura finds the main text, the
headline and the author, and htmldate (through it) the publication day from
the page's markup only (``article:published_time``, ``<time>``, JSON-LD,
dates written in the page's header), never from the article's own text,
whose days are event days.  The result has the shape of a scraped ``.txt``
article: the headline on the first line, a blank line, then one line per
paragraph; a headline the body repeats is written once.  Nothing is
fetched: both work on the string they are given.

When trafilatura finds no main text (a bare fragment, a page of one short
paragraph), the fallback reader parses the page with selectolax/Lexbor and
keeps the text blocks of its article container, after dropping scripts,
styles, forms, navigation, menus, share buttons, comment and related-news
boxes by their tag, class or id.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
              "form", "button", "input", "select", "textarea", "nav", "menu", "aside", "footer", "header", "head")
_OTHER_NEWS = (r"related|relate|(?:other|more)[_-]?news|news[_-]?other|tin[_-]?lien[_-]?quan|(?:box[_-]?)?tin[_-]?khac|"
               r"tin[_-]?cung[_-]?(?:loai|chuyen[_-]?muc)|cung[_-]?chuyen[_-]?muc|slogan|motto")
"""Class or id names Vietnamese portals give their related-news boxes and header slogans."""
_RELATED_MARKERS = re.compile(rf"(?:^|[\s_-])(?:{_OTHER_NEWS})(?:$|[\s_-])", re.IGNORECASE)
_DROP_MARKERS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|menu|nav|navbar|breadcrumbs?|comments?|sidebar|"
    rf"banner|ads?|advert\w*|footer|tags?|print|toolbar|rating|login|search|popup|modal|cookie|{_OTHER_NEWS})"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
"""A class or id that marks page furniture rather than article text."""
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 "
    "hr li main ol p pre section table tbody td tfoot th thead tr ul".split()
)
_CONTAINERS = ("[itemprop=articleBody]", "article", "main", "[role=main]", "body")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is markup rather than plain text (for JSONL fields and mislabelled files)."""
    return bool(re.search(r"<(?:html|body|p|div|br|article|h1)\b[^>]*>", text[:20_000], re.IGNORECASE))


@dataclass(frozen=True)
class Page:
    text: str
    """The headline, a blank line, then the article's paragraphs one per line."""
    published: str | None = None
    """The publication day the page's markup gives (ISO), if any."""
    author: str | None = None


def read_page(markup: str) -> Page:
    """The article in ``markup`` with its page's publication day and author."""
    import trafilatura  # loaded lazily: only pages need it

    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # a page it cannot read is the fallback's, not a warning
    try:
        found = trafilatura.bare_extraction(_without_other_news(markup), with_metadata=True, include_comments=False, include_tables=True,
                                            deduplicate=False, date_extraction_params=_MARKUP_DATES)
    except Exception:  # noqa: BLE001 - whatever breaks it, the fallback reader still reads the page
        found = None
    body = _SPACES.sub(" ", found.text or "").strip() if found is not None else ""
    if not body:
        return Page(_fallback_text(markup))
    title = _SPACES.sub(" ", found.title or "").strip() or None
    lines = [line.strip() for line in found.text.splitlines() if line.strip()]
    lines = [line for i, line in enumerate(lines) if not (title and i < 3 and _same(line, title))]
    text = "\n\n".join(filter(None, [title, "\n".join(lines)])) + "\n"
    return Page(text, found.date or None, _SPACES.sub(" ", found.author or "").strip() or None)


_MARKUP_DATES = {"extensive_search": False, "original_date": True}
"""htmldate looks at the markup only: a day found in free text is an event's, not the page's."""


def _without_other_news(markup: str) -> str:
    """``markup`` without the boxes of other articles' links, which trafilatura keeps on short pages."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    boxes = [node for node in tree.css("[class], [id]") if _RELATED_MARKERS.search(
        f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}")]
    if not boxes:
        return markup
    page_size = len(tree.body.text()) if tree.body is not None else 0
    for node in reversed(boxes):  # innermost first: a node is never used after an ancestor freed it
        if node.tag not in ("body", "html", "article", "main") and node.css_first("h1") is None \
                and len(node.text()) < page_size / 2:
            node.decompose()
    return tree.html or markup


def _same(line: str, title: str) -> bool:
    return _SPACES.sub(" ", line).strip(" .:").casefold() == title.strip(" .:").casefold()


def html_to_text(markup: str) -> str:
    """The headline and the paragraphs of the article in ``markup``, one per line."""
    return read_page(markup).text


def _fallback_text(markup: str) -> str:
    """The headline and the text blocks of the article container, for pages trafilatura finds nothing in."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    headline = _headline(tree)
    # Innermost first (reverse document order): a node is never used after an ancestor freed it.
    for node in reversed(tree.css(", ".join(_DROP_TAGS))):
        node.decompose()
    page_size = len(tree.body.text()) if tree.body is not None else 0
    for node in reversed(tree.css("[class], [id]")):
        if _is_furniture(node, page_size):
            node.decompose()
    lines = [line for line in _lines(_container(tree)) if line]
    if headline and lines and lines[0] == headline:
        lines = lines[1:]
    return "\n\n".join(filter(None, [headline, "\n".join(lines)])) + "\n"


def _headline(tree) -> str | None:
    """The page's ``<h1>``, else its ``og:title``, else its ``<title>``."""
    for selector, attribute in (("h1", None), ('meta[property="og:title"]', "content"), ("title", None)):
        node = tree.css_first(selector)
        if node is not None:
            text = node.attributes.get(attribute) if attribute else node.text(deep=True)
            text = _SPACES.sub(" ", text or "").strip()
            if text:
                return text
    return None


def _is_furniture(node, page_size: int) -> bool:
    """A share box, menu, comment list... by its class or id; never what holds most of the page's text."""
    attributes = node.attributes
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    if node.tag in ("body", "html", "article", "main") or not _DROP_MARKERS.search(names):
        return False
    return len(node.text()) < page_size / 2 and node.css_first("h1") is None


def _container(tree):
    for selector in _CONTAINERS:
        node = tree.css_first(selector)
        if node is not None:
            return node
    return tree.root


def _lines(root) -> list[str]:
    """The text under ``root``, a new line at every block element (iterative: pages can nest deeply)."""
    lines, current = [], []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None or isinstance(node, str):
            if current:
                lines.append(_SPACES.sub(" ", "".join(current)).strip())
                current = []
            continue
        if node.is_text_node:
            current.append(node.text_content or "")
            continue
        if not node.is_element_node:
            continue
        block = node.tag in _BLOCK_TAGS
        if block:
            stack.append(None)  # end the line when the block closes
        stack.extend(reversed(list(node.iter(include_text=True))))
        if block:
            stack.append(None)  # and before it opens
    if current:
        lines.append(_SPACES.sub(" ", "".join(current)).strip())
    return lines

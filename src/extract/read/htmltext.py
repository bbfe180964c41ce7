"""The article in a saved web page, as the plain text the pipeline reads.

A page is parsed with a real HTML5 parser (selectolax/Lexbor), then cut down
to its headline and the text blocks of the article: scripts, styles, forms,
navigation, menus, share buttons, comment and related-news boxes go first.
The result has the shape of a scraped ``.txt`` article: the headline on the
first line, a blank line, then one line per paragraph, heading or caption.
"""

from __future__ import annotations

import re

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
              "form", "button", "input", "select", "textarea", "nav", "menu", "aside", "footer", "header", "head")
_DROP_MARKERS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|menu|nav|navbar|breadcrumbs?|comments?|related|relate|sidebar|"
    r"banner|ads?|advert\w*|footer|tags?|print|toolbar|rating|login|search|popup|modal|cookie)(?:$|[\s_-])",
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


def html_to_text(markup: str) -> str:
    """The headline and the paragraphs of the article in ``markup``, one per line."""
    from selectolax.lexbor import LexborHTMLParser  # loaded lazily: only pages need it

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

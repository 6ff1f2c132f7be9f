#!/usr/bin/env python3
"""Walks Stemmen's respondent pages as a phone without JavaScript would, with the standard library only:
opens each personal link given on stdin (one per line) and answers every page as briefly as it allows
(the first option of every choice, a year or a number only where a page insists) until the thank-you page.
Prints how many reached it. Used by scripts/try-api.sh to make completes that Stemmen's own code did not."""
import html.parser
import http.cookiejar
import sys
import urllib.parse
import urllib.request


class Form(html.parser.HTMLParser):
    """The page's form: its action, hidden fields, the first option of every choice, and invalid fields."""

    def __init__(self):
        super().__init__()
        self.action, self.fields, self.invalid = None, [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and self.action is None:
            self.action = a.get("action")
        if tag != "input" or "name" not in a:
            return
        kind, name = a.get("type", "text"), a["name"]
        if kind == "hidden":
            self.fields.append((name, a.get("value", "")))
        elif kind in ("radio", "checkbox") and not a.get("value", "").startswith("_"):
            if name not in [n for n, _ in self.fields]:
                self.fields.append((name, a.get("value", "")))
        elif kind in ("text", "date") and "aria-invalid" in a:
            self.invalid.append((name, kind, a.get("value", "")))


def complete(link, opener):
    page = opener.open(link)
    for _ in range(60):
        url = page.geturl()
        if url.endswith("/done"):
            return True
        form = Form()
        form.feed(page.read().decode("utf-8"))
        if form.action is None:
            return False
        fields = list(form.fields)
        for name, kind, tried in form.invalid:
            fields.append((name, "01-01-2020" if kind == "date" else "1" if tried == "2020" else "2020"))
        fields.append(("_action", "next"))
        page = opener.open(urllib.parse.urljoin(url, form.action), urllib.parse.urlencode(fields).encode())
    return False


def main():
    done = 0
    for link in sys.stdin.read().split():
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        done += complete(link, opener)
    print(done)


if __name__ == "__main__":
    main()

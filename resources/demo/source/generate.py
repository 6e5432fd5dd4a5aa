#!/usr/bin/env python3
"""Writes the demo content pack (resources/demo/*.json, demo.qrc) in the exact shapes of the
Integreat API v3 from the texts in this folder. Run it after editing a text:

    python3 resources/demo/source/generate.py

The output is committed; the build only embeds it (demo.qrc)."""
import json
import os
import re
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(__file__))
from pages_a import DEMO_NOTE, PAGES_A  # noqa: E402
from pages_b import PAGES_B  # noqa: E402
from extras import CATEGORIES, EVENTS, IMPRINT, NEWS, PLACES  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
REGION = "musterstadt"
LANGS = ["de", "en", "ar"]
WEB = "https://integreat.app"
MEDIA = "https://cms.integreat-app.de/media/demo/"
UPDATED = "2026-11-02T10:00:00.000+01:00"
UPDATED_GMT = "2026-11-02T09:00:00.000Z"
BERLIN = ZoneInfo("Europe/Berlin")
LANG_IDS = {"de": 100, "en": 200, "ar": 300}
PAGES = PAGES_A + PAGES_B
BY_KEY = {p["key"]: p for p in PAGES}


def page_path(key, lang):
    parts = []
    while key:
        parts.insert(0, BY_KEY[key][lang][0])
        key = BY_KEY[key]["parent"]
    return f"/{REGION}/{lang}/" + "/".join(parts) + "/"


def media(name):
    return MEDIA + name + ".svg"


def expand(html, lang):
    def link(m):
        return f'<a href="{WEB}{page_path(m.group(1), lang)}">{m.group(2)}</a>'

    def img(m):
        return f'<p><img src="{media(m.group(1))}" alt="{m.group(2)}"></p>'

    html = html.replace("{note}", DEMO_NOTE[lang])
    html = re.sub(r"\{link:([\w-]+)\|([^}]*)\}", link, html)
    return re.sub(r"\{img:([\w-]+)\|([^}]*)\}", img, html)


def excerpt(html):
    text = re.sub(r"</?(p|li|ul|ol|h\d|br)\b[^>]*>", " ", html)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\s+", " ", text).strip()


def available(lang, index, path_of):
    return {other: {"id": LANG_IDS[other] + index, "url": WEB + path_of(other),
                    "path": path_of(other)} for other in LANGS if other != lang}


def pages(lang):
    out = []
    for index, page in enumerate(PAGES, start=1):
        slug, title, html = page[lang]
        content = expand(html, lang)
        parent = page["parent"]
        path = page_path(page["key"], lang)
        out.append({
            "id": LANG_IDS[lang] + index, "url": WEB + path, "path": path, "title": title,
            "modified_gmt": UPDATED_GMT, "last_updated": UPDATED,
            "excerpt": excerpt(content), "content": content,
            "parent": {"id": PAGES.index(BY_KEY[parent]) + 1, "url": WEB + page_path(parent, lang),
                       "path": page_path(parent, lang)} if parent else
                      {"id": 0, "url": None, "path": None},
            "order": page["order"],
            "available_languages": available(lang, index, lambda l: page_path(page["key"], l)),
            "thumbnail": media(page["thumb"]) if page["thumb"] else None,
            "organization": None, "embedded_offers": [], "hash": None,
        })
    return out


def place_path(place, lang):
    return f"/{REGION}/{lang}/locations/{place[lang][0]}/"


def address(place, lang):
    return {"id": place["id"], "name": place[lang][1], "address": place["street"],
            "town": "Musterstadt", "state": None, "postcode": "12345", "region": None,
            "country": {"de": "Deutschland", "en": "Germany", "ar": "ألمانيا"}[lang],
            "latitude": place["lat"], "longitude": place["lon"]}


def category(cat_id, lang):
    cat = next(c for c in CATEGORIES if c["id"] == cat_id)
    return {"id": cat["id"], "name": cat["name"][lang], "color": cat["color"], "icon": cat["icon"],
            "icon_url": media("icon-" + cat["icon"]), "icon_color": f'{cat["icon"]}_{cat["color"]}'}


def places(lang):
    out = []
    for place in PLACES:
        slug, title, html = place[lang]
        path = place_path(place, lang)
        contact = {"area_of_responsibility": None, "name": None, "email": place["email"],
                   "phone_number": place["phone"], "mobile_number": None,
                   "website": place["website"], "opening_hours": None, "appointment_url": None}
        has_contact = place["email"] or place["phone"] or place["website"]
        out.append({
            "id": LANG_IDS[lang] + place["id"], "url": WEB + path, "path": path, "title": title,
            "modified_gmt": UPDATED_GMT, "last_updated": UPDATED, "published_at": UPDATED,
            "excerpt": excerpt(html), "meta_description": None,
            "contacts": [contact] if has_contact else [], "content": html,
            "appointment_url": None,
            "available_languages": available(lang, place["id"], lambda l: place_path(place, l)),
            "icon": None, "thumbnail": None, "category": category(place["category"], lang),
            "temporarily_closed": False, "opening_hours": place["hours"],
            "location": address(place, lang), "hash": None, "organization": None,
            "barrier_free": place["id"] in (1, 3, 4),
        })
    return out


def local_time(text):
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def events(lang):
    out = []
    for event in EVENTS:
        slug, title, html = event[lang]
        path = f"/{REGION}/{lang}/events/{slug}/"
        place = next(p for p in PLACES if p["id"] == event["place"])
        start, end = local_time(event["start"]), local_time(event["end"])
        out.append({
            "id": LANG_IDS[lang] + event["id"], "url": WEB + path, "path": path, "title": title,
            "modified_gmt": UPDATED_GMT, "last_updated": UPDATED, "excerpt": excerpt(html),
            "content": html,
            "available_languages": available(
                lang, event["id"], lambda l: f"/{REGION}/{l}/events/{event[l][0]}/"),
            "thumbnail": None, "location": address(place, lang),
            "location_path": place_path(place, lang), "meeting_url": None,
            "event": {"id": event["id"], "start": start.isoformat(),
                      "start_date": start.date().isoformat(), "start_time": start.strftime("%H:%M:%S"),
                      "end": end.isoformat(), "end_date": end.date().isoformat(),
                      "end_time": end.strftime("%H:%M:%S"), "all_day": False, "only_weekdays": False,
                      "recurrence_id": event["id"] if event["rule"] else None,
                      "timezone": "Europe/Berlin"},
            "hash": None, "recurrence_rule": event["rule"],
        })
    return out


def news(lang):
    out = []
    for item in NEWS:
        title, text = item[lang]
        out.append({
            "id": f'local-{LANG_IDS[lang] + item["id"]}', "title": title, "content": text,
            "last_updated": item["date"], "published_at": item["date"], "display_date": item["date"],
            "channel": "news", "source": "local", "externalUrl": None,
            "available_languages": {o: {"id": f'local-{LANG_IDS[o] + item["id"]}'}
                                    for o in LANGS if o != lang},
        })
    return out


def imprint(lang):
    title, html = IMPRINT[lang]
    path = f"/{REGION}/{lang}/disclaimer/"
    return {"id": LANG_IDS[lang], "url": WEB + path, "path": path, "title": title,
            "modified_gmt": UPDATED_GMT, "last_updated": UPDATED, "excerpt": excerpt(html),
            "content": html, "parent": None,
            "available_languages": {o: {"id": LANG_IDS[o], "url": f"{WEB}/{REGION}/{o}/disclaimer/",
                                        "path": f"/{REGION}/{o}/disclaimer/"}
                                    for o in LANGS if o != lang},
            "thumbnail": None, "hash": None}


def region():
    names = {"de": ("de-DE", "Deutsch", "LEFT_TO_RIGHT"), "en": ("en-GB", "English", "LEFT_TO_RIGHT"),
             "ar": ("ar", "العربية", "RIGHT_TO_LEFT")}
    return [{
        "id": 900001, "name": "Stadt Musterstadt (Demo)", "path": REGION, "live": True,
        "prefix": "Stadt", "name_without_prefix": "Musterstadt (Demo)", "plz": "12345",
        "extras": False, "events": True, "pois": True, "push_notifications": True,
        "longitude": 10.4, "latitude": 50.1,
        "bounding_box": [[10.37, 50.08], [10.43, 50.12]],
        "aliases": {"Beispielheim": {"latitude": 50.115, "longitude": 10.38}},
        "tunews": False, "external_news": False,
        "languages": [{"id": i + 1, "code": c, "bcp47_tag": names[c][0], "native_name": names[c][1],
                       "dir": names[c][2]} for i, c in enumerate(LANGS)],
        "is_chat_enabled": False, "zammad_privacy_policy": None,
    }]


def write(rel, data):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return rel


def main():
    files = [write("regions.json", region())]
    for lang in LANGS:
        files.append(write(f"{lang}/pages.json", pages(lang)))
        files.append(write(f"{lang}/events.json", events(lang)))
        files.append(write(f"{lang}/locations.json", places(lang)))
        files.append(write(f"{lang}/location-categories.json",
                           [category(c["id"], lang) for c in CATEGORIES]))
        files.append(write(f"{lang}/imprint.json", imprint(lang)))
        files.append(write(f"{lang}/news.json", news(lang)))
    images = sorted(f for f in os.listdir(os.path.join(OUT, "images")) if f.endswith(".svg"))
    files.append(write("pack.json", {
        "format": 1, "region": REGION, "languages": LANGS, "media_base": MEDIA,
        "images": images,
        "note": "Demo content of the fictional town Musterstadt, written for Integreat Desktop."}))
    files += [f"images/{name}" for name in images]
    with open(os.path.join(OUT, "demo.qrc"), "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE RCC>\n<!-- written by source/generate.py -->\n<RCC version="1.0">\n'
                '  <qresource prefix="/demo">\n')
        for rel in files:
            f.write(f"    <file>{rel}</file>\n")
        f.write("  </qresource>\n</RCC>\n")
    print(f"{len(files)} files, {len(PAGES)} pages per language")


if __name__ == "__main__":
    main()

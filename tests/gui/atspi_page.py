#!/usr/bin/env python3
"""Prints what a screen reader sees of the content page of the process PID over AT-SPI:
the document's language and its headings, links (with their actions) and images, the lines of
its text (as Orca reads them with the arrow keys; "objects" counts the U+FFFC characters that
Orca would read as "[OBJ]"), and the containers around the document and the breadcrumbs (what
Orca names when the focus enters them), one per line:
  language<TAB>ar
  heading<TAB>name
  link<TAB>name<TAB>action,action
  image<TAB>description
  line<TAB>text
  objects<TAB>0
  container<TAB>role<TAB>name<TAB>description
Exits 77 when the AT-SPI Python bindings are missing (gir1.2-atspi-2.0, python3-gi)."""
import sys
import time
import warnings

warnings.simplefilter("ignore", DeprecationWarning)  # the 2.46 names still work everywhere

try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi
except (ImportError, ValueError) as error:
    print("SKIPPED: AT-SPI bindings missing (gir1.2-atspi-2.0, python3-gi):", error)
    sys.exit(77)


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            yield from walk(child, depth + 1)


def showing_documents(app):
    return [n for n in walk(app) if n.get_role() == Atspi.Role.DOCUMENT_FRAME
            and n.get_state_set().contains(Atspi.StateType.SHOWING)]


def main():
    pid = int(sys.argv[1])
    # The application registers with the AT-SPI registry, and its window fills, on their own
    # schedule: look again until the page's document is there (or 60 s passed).
    deadline = time.monotonic() + 60
    while True:
        app = find_app(pid)
        documents = [] if app is None else showing_documents(app)
        if documents or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    if app is None:
        print("error: no accessible application with pid", pid)
        return 1
    if not documents:
        print("error: no document frame showing")
        for node in walk(app):  # what there is instead
            print(node.get_role_name(), repr(node.get_name()))
        return 1
    document = documents[0]
    if "Text" in document.get_interfaces():
        attributes, _, _ = Atspi.Text.get_attribute_run(document, 0, False)
        print("language\t" + attributes.get("language", ""))
    if "Text" in document.get_interfaces():
        text = Atspi.Text.get_text(document, 0, -1)
        for line in text.split("\n"):
            if line.strip():
                print("line\t" + line.strip())
        print("objects\t%d" % text.count("\ufffc"))
    breadcrumbs = [n for n in walk(app) if n.get_name() == "You are here"]
    for start in [document] + breadcrumbs[:1]:
        node = start.get_parent()
        while node is not None and node.get_role() not in (Atspi.Role.FRAME, Atspi.Role.APPLICATION):
            print("container\t%s\t%s\t%s" % (node.get_role_name(), node.get_name(),
                                             node.get_description()))
            node = node.get_parent()
    for node in walk(document):
        role = node.get_role()
        if role == Atspi.Role.HEADING:
            print("heading\t" + node.get_name())
        elif role == Atspi.Role.LINK:
            names = [Atspi.Action.get_action_name(node, i) for i in range(Atspi.Action.get_n_actions(node))] \
                if "Action" in node.get_interfaces() else []
            print("link\t" + node.get_name() + "\t" + ",".join(names))
        elif role == Atspi.Role.IMAGE:
            print("image\t" + node.get_name())
    return 0


if __name__ == "__main__":
    sys.exit(main())

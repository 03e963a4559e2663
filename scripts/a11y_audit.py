#!/usr/bin/env python3
"""Walks Revox Desk's accessibility tree over AT-SPI, as a screen reader sees it, and lists
the interactive controls that have no name. Run it through scripts/a11y-audit.sh."""
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE, pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SCROLL_BAR,
    pyatspi.ROLE_LINK, pyatspi.ROLE_PROGRESS_BAR,
}


def find_app(name, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


out_samples = []


def first_item(node):
    """What a screen reader says for the first row of a table or list."""
    try:
        table = node.queryTable()
        cell = table.getAccessibleAt(0, 1 if table.nColumns > 1 else 0)
        return cell.name if cell is not None else ""
    except NotImplementedError:
        pass
    for i in range(min(node.childCount, 5)):
        child = node.getChildAtIndex(i)
        if child is not None and child.name:
            return child.name
    return ""


def walk(node, depth, out):
    if node is None or depth > 60:
        return
    try:
        role = node.getRole()
        name = node.name or ""
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
    except Exception:
        return
    if role in INTERACTIVE and not name.strip():
        where = "" if showing else ", not showing"
        out.append(f"{node.getRoleName()} (description: {node.description!r}{where})")
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE_TABLE):
        if showing and name:
            out_samples.append(f"{node.getRoleName()} {name!r}: first item {first_item(node)!r}")
        return  # cells are items, checked through the table's own name
    for i in range(node.childCount):
        try:
            walk(node.getChildAtIndex(i), depth + 1, out)
        except Exception:
            pass


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "revox-desk"
    app = find_app(name, 30)
    if app is None:
        print(f"a11y-audit: no application named {name} on the accessibility bus")
        return 2
    time.sleep(float(sys.argv[2]) if len(sys.argv) > 2 else 6)
    unnamed = []
    walk(app, 0, unnamed)
    for line in out_samples:
        print("reads:", line)
    for line in unnamed:
        print("unnamed:", line)
    print(f"a11y-audit: {len(unnamed)} interactive controls without a name")
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())

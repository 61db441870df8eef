"""Every action of the main window: objectName, shortcut, tooltip and text, in one place.

Texts are set in `retranslate()` so that switching the language relabels everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey


@dataclass
class Actions:
    open_library: QAction
    export_annotations: QAction
    save_annotations_as: QAction
    import_annotations: QAction
    quit: QAction
    find: QAction
    search_library: QAction
    statistics: QAction
    agreement: QAction
    find_next: QAction
    find_previous: QAction
    focus_filter: QAction
    add_to_dictionary: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    choose_font: QAction
    theme_light: QAction
    theme_dark: QAction
    theme_sepia: QAction
    group_by_category: QAction
    toggle_keywords: QAction
    toggle_wordlists: QAction
    toggle_entities: QAction
    show_problems: QAction
    manage_wordlists: QAction
    import_wordlist: QAction
    export_wordlist: QAction
    language_system: QAction
    language_chinese: QAction
    language_english: QAction
    about: QAction
    tag_selection: QAction
    note_selection: QAction
    highlight_selection: QAction
    delete_annotation: QAction
    set_author: QAction
    new_tag: QAction
    rename_tag: QAction
    recolour_tag: QAction
    describe_tag: QAction
    merge_tag: QAction
    delete_tag: QAction
    theme_group: QActionGroup
    language_group: QActionGroup


def _action(
    parent: QWidget,
    name: str,
    shortcut: QKeySequence.StandardKey | str | list[str] | None = None,
    checkable: bool = False,
) -> QAction:
    action = QAction(parent)
    action.setObjectName(name)
    if isinstance(shortcut, list):
        action.setShortcuts([QKeySequence(s) for s in shortcut])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    parent.addAction(action)  # shortcuts work even when a menu is hidden
    return action


def _unique(sequences: list[QKeySequence]) -> list[QKeySequence]:
    """Each key sequence once: an action bound twice to one key makes Qt call the
    shortcut ambiguous, and it never fires."""
    seen: dict[str, QKeySequence] = {}
    for sequence in sequences:
        if not sequence.isEmpty():
            seen.setdefault(sequence.toString(QKeySequence.SequenceFormat.PortableText), sequence)
    return list(seen.values())


def set_undo_shortcuts(undo: QAction, redo: QAction) -> None:
    """The platform's undo and redo keys; redo is also Ctrl+Shift+Z everywhere (and
    Ctrl+Y where the platform has it)."""
    undo.setShortcuts(_unique(QKeySequence.keyBindings(StandardKey.Undo)))
    redo.setShortcuts(_unique([QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(StandardKey.Redo)]))


def create_actions(parent: QWidget) -> Actions:
    theme_group = QActionGroup(parent)
    language_group = QActionGroup(parent)
    actions = Actions(
        open_library=_action(parent, "actionOpenLibrary", StandardKey.Open),
        export_annotations=_action(parent, "actionExport", "Ctrl+E"),
        save_annotations_as=_action(parent, "actionSaveAnnotationsAs", StandardKey.SaveAs),
        import_annotations=_action(parent, "actionImportAnnotations", "Ctrl+Shift+I"),
        quit=_action(parent, "actionQuit", StandardKey.Quit),
        find=_action(parent, "actionFind", StandardKey.Find),
        search_library=_action(parent, "actionSearchLibrary", "Ctrl+Shift+F"),
        statistics=_action(parent, "actionStatistics", "F9"),
        agreement=_action(parent, "actionAgreement", "Shift+F9"),
        find_next=_action(parent, "actionFindNext", ["F3", "Ctrl+G"]),
        find_previous=_action(parent, "actionFindPrevious", ["Shift+F3", "Ctrl+Shift+G"]),
        focus_filter=_action(parent, "actionFocusFilter", "Ctrl+L"),
        add_to_dictionary=_action(parent, "actionAddToDictionary", "Ctrl+D"),
        zoom_in=_action(parent, "actionZoomIn", ["Ctrl++", "Ctrl+="]),
        zoom_out=_action(parent, "actionZoomOut", "Ctrl+-"),
        zoom_reset=_action(parent, "actionZoomReset", "Ctrl+0"),
        choose_font=_action(parent, "actionChooseFont"),
        theme_light=_action(parent, "actionThemeLight", checkable=True),
        theme_dark=_action(parent, "actionThemeDark", checkable=True),
        theme_sepia=_action(parent, "actionThemeSepia", checkable=True),
        group_by_category=_action(parent, "actionGroupByCategory", checkable=True),
        toggle_keywords=_action(parent, "actionToggleKeywords", "Ctrl+1", checkable=True),
        toggle_wordlists=_action(parent, "actionToggleWordLists", "Ctrl+2", checkable=True),
        toggle_entities=_action(parent, "actionToggleEntities", "Ctrl+3", checkable=True),
        show_problems=_action(parent, "actionShowProblems"),
        manage_wordlists=_action(parent, "actionManageWordLists", "Ctrl+Shift+W"),
        import_wordlist=_action(parent, "actionImportWordList"),
        export_wordlist=_action(parent, "actionExportWordList"),
        language_system=_action(parent, "actionLanguageSystem", checkable=True),
        language_chinese=_action(parent, "actionLanguageChinese", checkable=True),
        language_english=_action(parent, "actionLanguageEnglish", checkable=True),
        about=_action(parent, "actionAbout"),
        tag_selection=_action(parent, "actionTagSelection", "Ctrl+T"),
        note_selection=_action(parent, "actionNoteSelection", "Ctrl+Shift+M"),
        highlight_selection=_action(parent, "actionHighlightSelection", "Ctrl+Shift+H"),
        delete_annotation=_action(parent, "actionDeleteAnnotation"),
        set_author=_action(parent, "actionSetAuthor"),
        new_tag=_action(parent, "actionNewTag"),
        rename_tag=_action(parent, "actionRenameTag"),
        recolour_tag=_action(parent, "actionRecolourTag"),
        describe_tag=_action(parent, "actionDescribeTag"),
        merge_tag=_action(parent, "actionMergeTag"),
        delete_tag=_action(parent, "actionDeleteTag"),
        theme_group=theme_group,
        language_group=language_group,
    )
    for action in (actions.theme_light, actions.theme_dark, actions.theme_sepia):
        theme_group.addAction(action)
    for action in (actions.language_system, actions.language_chinese, actions.language_english):
        language_group.addAction(action)
    retranslate(actions)
    return actions


def retranslate(a: Actions) -> None:
    texts = {
        a.open_library: (
            QCoreApplication.translate("Actions", "&Open Library…"),
            QCoreApplication.translate("Actions", "Open a folder of reports"),
        ),
        a.export_annotations: (
            QCoreApplication.translate("Actions", "&Export Annotations…"),
            QCoreApplication.translate(
                "Actions", "Save annotations as a table, notes, a web page or a QDA project"
            ),
        ),
        a.save_annotations_as: (
            QCoreApplication.translate("Actions", "&Save Annotations As…"),
            QCoreApplication.translate(
                "Actions", "Write all of this library's annotations to a file you choose (to import later)"
            ),
        ),
        a.import_annotations: (
            QCoreApplication.translate("Actions", "&Import Annotations…"),
            QCoreApplication.translate(
                "Actions", "Merge annotations from another copy or coder (JSON) into this library"
            ),
        ),
        a.search_library: (
            QCoreApplication.translate("Actions", "Search &Library…"),
            QCoreApplication.translate("Actions", "Search every report of the library"),
        ),
        a.statistics: (
            QCoreApplication.translate("Actions", "&Statistics…"),
            QCoreApplication.translate("Actions", "Top terms, a term over time, the coding matrix"),
        ),
        a.agreement: (
            QCoreApplication.translate("Actions", "&Agreement between Coders…"),
            QCoreApplication.translate("Actions", "How far coders agree, per tag: κ, α and uα"),
        ),
        a.quit: (
            QCoreApplication.translate("Actions", "&Quit"),
            QCoreApplication.translate("Actions", "Quit Report Reader"),
        ),
        a.find: (
            QCoreApplication.translate("Actions", "&Find…"),
            QCoreApplication.translate(
                "Actions",
                "Find in this report (full- and half-width, simplified and traditional match alike)",
            ),
        ),
        a.find_next: (
            QCoreApplication.translate("Actions", "Find &Next"),
            QCoreApplication.translate("Actions", "Next match"),
        ),
        a.find_previous: (
            QCoreApplication.translate("Actions", "Find &Previous"),
            QCoreApplication.translate("Actions", "Previous match"),
        ),
        a.focus_filter: (
            QCoreApplication.translate("Actions", "Filter &Reports"),
            QCoreApplication.translate("Actions", "Filter the report list by title, number, date or folder"),
        ),
        a.add_to_dictionary: (
            QCoreApplication.translate("Actions", "Add Selection to &Dictionary"),
            QCoreApplication.translate("Actions", "Keep the selected words whole when segmenting"),
        ),
        a.zoom_in: (
            QCoreApplication.translate("Actions", "Zoom &In"),
            QCoreApplication.translate("Actions", "Larger text"),
        ),
        a.zoom_out: (
            QCoreApplication.translate("Actions", "Zoom &Out"),
            QCoreApplication.translate("Actions", "Smaller text"),
        ),
        a.zoom_reset: (
            QCoreApplication.translate("Actions", "&Actual Size"),
            QCoreApplication.translate("Actions", "Default text size"),
        ),
        a.choose_font: (
            QCoreApplication.translate("Actions", "&Font…"),
            QCoreApplication.translate("Actions", "Choose the reading font"),
        ),
        a.theme_light: (
            QCoreApplication.translate("Actions", "&Light"),
            QCoreApplication.translate("Actions", "Light theme"),
        ),
        a.theme_dark: (
            QCoreApplication.translate("Actions", "&Dark"),
            QCoreApplication.translate("Actions", "Dark theme"),
        ),
        a.theme_sepia: (
            QCoreApplication.translate("Actions", "&Sepia"),
            QCoreApplication.translate("Actions", "Sepia theme"),
        ),
        a.group_by_category: (
            QCoreApplication.translate("Actions", "&Group by Folder"),
            QCoreApplication.translate("Actions", "Show reports under their folders"),
        ),
        a.toggle_keywords: (
            QCoreApplication.translate("Actions", "&Keywords"),
            QCoreApplication.translate("Actions", "Highlight the report's automatic keywords"),
        ),
        a.toggle_wordlists: (
            QCoreApplication.translate("Actions", "&Word Lists"),
            QCoreApplication.translate("Actions", "Highlight the terms of your word lists"),
        ),
        a.toggle_entities: (
            QCoreApplication.translate("Actions", "&Entities"),
            QCoreApplication.translate("Actions", "Underline people, places and organisations"),
        ),
        a.show_problems: (
            QCoreApplication.translate("Actions", "&Problems…"),
            QCoreApplication.translate("Actions", "Files of this library that could not be read"),
        ),
        a.manage_wordlists: (
            QCoreApplication.translate("Actions", "&Manage Word Lists…"),
            QCoreApplication.translate("Actions", "Create and edit word lists and their colours"),
        ),
        a.import_wordlist: (
            QCoreApplication.translate("Actions", "&Import Word List…"),
            QCoreApplication.translate("Actions", "Import a plain-text word list (one term per line)"),
        ),
        a.export_wordlist: (
            QCoreApplication.translate("Actions", "&Export Word List…"),
            QCoreApplication.translate("Actions", "Export a word list as plain text"),
        ),
        a.language_system: (
            QCoreApplication.translate("Actions", "&System Language"),
            QCoreApplication.translate("Actions", "Follow the system's language"),
        ),
        a.language_chinese: ("简体中文", "简体中文"),
        a.language_english: ("English", "English"),
        a.tag_selection: (
            QCoreApplication.translate("Actions", "&Tag Selection…"),
            QCoreApplication.translate("Actions", "Give the selected passage one or more tags"),
        ),
        a.note_selection: (
            QCoreApplication.translate("Actions", "Add &Note…"),
            QCoreApplication.translate("Actions", "Write a note on the selected passage"),
        ),
        a.highlight_selection: (
            QCoreApplication.translate("Actions", "&Highlight Selection"),
            QCoreApplication.translate("Actions", "Mark the selected passage without tags"),
        ),
        a.delete_annotation: (
            QCoreApplication.translate("Actions", "&Delete Annotation"),
            QCoreApplication.translate("Actions", "Delete the selected annotation (the text stays)"),
        ),
        a.set_author: (
            QCoreApplication.translate("Actions", "Your &Name…"),
            QCoreApplication.translate("Actions", "The author name recorded with your annotations"),
        ),
        a.new_tag: (
            QCoreApplication.translate("Actions", "New Tag…"),
            QCoreApplication.translate("Actions", "Add a tag to the codebook"),
        ),
        a.rename_tag: (
            QCoreApplication.translate("Actions", "Rename Tag…"),
            QCoreApplication.translate("Actions", "Rename the tag everywhere it is used"),
        ),
        a.recolour_tag: (
            QCoreApplication.translate("Actions", "Tag Colour…"),
            QCoreApplication.translate("Actions", "Change the tag's colour"),
        ),
        a.describe_tag: (
            QCoreApplication.translate("Actions", "Describe Tag…"),
            QCoreApplication.translate("Actions", "Write what the tag means"),
        ),
        a.merge_tag: (
            QCoreApplication.translate("Actions", "Merge Into…"),
            QCoreApplication.translate("Actions", "Merge the tag into another one"),
        ),
        a.delete_tag: (
            QCoreApplication.translate("Actions", "Delete Tag…"),
            QCoreApplication.translate("Actions", "Remove the tag from the codebook and every passage"),
        ),
        a.about: (
            QCoreApplication.translate("Actions", "&About Report Reader"),
            QCoreApplication.translate("Actions", "About Report Reader"),
        ),
    }
    for action, (text, tip) in texts.items():
        action.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setStatusTip(tip)

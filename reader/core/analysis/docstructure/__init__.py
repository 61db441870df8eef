"""The structure of Chinese official documents (GB/T 9704-2012): 文号, 发文机关, 文种,
成文日期, 附件 and the outline, read from a report's cleaned text.

    structure = analyse_document(report.document.text, report.title)
    structure.number.normalised      # '国发〔2019〕12号'
    structure.section_path(position)  # '二、（三）2.' or '第三条第二款'
"""

from reader.core.analysis.docstructure.analyse import Attachment, DocumentStructure, Organ, analyse_document
from reader.core.analysis.docstructure.docnumber import DocNumber, find_numbers
from reader.core.analysis.docstructure.outline import Section

__all__ = [
    "Attachment",
    "DocNumber",
    "DocumentStructure",
    "Organ",
    "Section",
    "analyse_document",
    "find_numbers",
]

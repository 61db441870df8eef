<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="159"/>
        <source>&amp;Open Library…</source>
        <translation>打开文献库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="160"/>
        <source>Open a folder of reports</source>
        <translation>打开一个存放报告的文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="163"/>
        <source>&amp;Export Annotations…</source>
        <translation>导出标注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="164"/>
        <source>Save annotations as a table, notes, a web page or a QDA project</source>
        <translation>将标注保存为表格、笔记、网页或 QDA 项目</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="169"/>
        <source>&amp;Save Annotations As…</source>
        <translation>标注另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="170"/>
        <source>Write all of this library&apos;s annotations to a file you choose (to import later)</source>
        <translation>把本文献库的全部标注写入你选择的文件（以后可导入）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="175"/>
        <source>&amp;Import Annotations…</source>
        <translation>导入标注(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="176"/>
        <source>Merge annotations from another copy or coder (JSON) into this library</source>
        <translation>将另一副本或另一编码者的标注（JSON）合并到本库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="181"/>
        <source>Search &amp;Library…</source>
        <translation>搜索全库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="182"/>
        <source>Search every report of the library</source>
        <translation>在库中所有报告里搜索</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="185"/>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="186"/>
        <source>Top terms, a term over time, the coding matrix</source>
        <translation>高频词、词语随时间的变化、编码矩阵</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="189"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="190"/>
        <source>Quit Report Reader</source>
        <translation>退出报告阅读器</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="193"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="194"/>
        <source>Find in this report (full-width and half-width match alike)</source>
        <translation>在本篇报告中查找（全角、半角视为相同）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="199"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="200"/>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="203"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="204"/>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="207"/>
        <source>Filter &amp;Reports</source>
        <translation>筛选报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="208"/>
        <source>Filter the report list by title, number, date or folder</source>
        <translation>按标题、编号、日期或文件夹筛选报告列表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="211"/>
        <source>Add Selection to &amp;Dictionary</source>
        <translation>将所选词语加入词典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="212"/>
        <source>Keep the selected words whole when segmenting</source>
        <translation>分词时将所选词语作为一个整体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="215"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="216"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="219"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="220"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="223"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="224"/>
        <source>Default text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="227"/>
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="228"/>
        <source>Choose the reading font</source>
        <translation>选择阅读字体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="231"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="232"/>
        <source>Light theme</source>
        <translation>浅色主题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="235"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="236"/>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="239"/>
        <source>&amp;Sepia</source>
        <translation>护眼(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="240"/>
        <source>Sepia theme</source>
        <translation>护眼（米黄）主题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="243"/>
        <source>&amp;Group by Folder</source>
        <translation>按文件夹分组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="244"/>
        <source>Show reports under their folders</source>
        <translation>将报告显示在各自的文件夹下</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="247"/>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="248"/>
        <source>Highlight the report&apos;s automatic keywords</source>
        <translation>高亮本篇报告的自动关键词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="251"/>
        <source>&amp;Word Lists</source>
        <translation>词表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="252"/>
        <source>Highlight the terms of your word lists</source>
        <translation>高亮词表中的词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="255"/>
        <source>&amp;Entities</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="256"/>
        <source>Underline people, places and organisations</source>
        <translation>为人名、地名和机构名加下划线</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="259"/>
        <source>&amp;Problems…</source>
        <translation>问题列表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="260"/>
        <source>Files of this library that could not be read</source>
        <translation>本文献库中无法读取的文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="263"/>
        <source>&amp;Manage Word Lists…</source>
        <translation>管理词表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="264"/>
        <source>Create and edit word lists and their colours</source>
        <translation>新建、编辑词表并设置颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="267"/>
        <source>&amp;Import Word List…</source>
        <translation>导入词表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="268"/>
        <source>Import a plain-text word list (one term per line)</source>
        <translation>导入纯文本词表（每行一个词）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="271"/>
        <source>&amp;Export Word List…</source>
        <translation>导出词表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="272"/>
        <source>Export a word list as plain text</source>
        <translation>将词表导出为纯文本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="275"/>
        <source>&amp;System Language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="276"/>
        <source>Follow the system&apos;s language</source>
        <translation>使用系统的语言设置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="281"/>
        <source>&amp;Tag Selection…</source>
        <translation>为所选内容加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="282"/>
        <source>Give the selected passage one or more tags</source>
        <translation>为所选段落添加一个或多个标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="285"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="286"/>
        <source>Write a note on the selected passage</source>
        <translation>为所选段落写笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="289"/>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="290"/>
        <source>Mark the selected passage without tags</source>
        <translation>标记所选段落（不加标签）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="293"/>
        <source>&amp;Delete Annotation</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="294"/>
        <source>Delete the selected annotation (the text stays)</source>
        <translation>删除所选标注（原文不变）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="297"/>
        <source>Your &amp;Name…</source>
        <translation>我的姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="298"/>
        <source>The author name recorded with your annotations</source>
        <translation>记录在标注中的作者姓名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="301"/>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="302"/>
        <source>Add a tag to the codebook</source>
        <translation>向编码表添加标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="305"/>
        <source>Rename Tag…</source>
        <translation>重命名标签…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="306"/>
        <source>Rename the tag everywhere it is used</source>
        <translation>在所有使用处重命名该标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="309"/>
        <source>Tag Colour…</source>
        <translation>标签颜色…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="310"/>
        <source>Change the tag&apos;s colour</source>
        <translation>更改标签颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="313"/>
        <source>Describe Tag…</source>
        <translation>标签说明…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="314"/>
        <source>Write what the tag means</source>
        <translation>说明该标签的含义</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="317"/>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="318"/>
        <source>Merge the tag into another one</source>
        <translation>将该标签合并到另一个标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="321"/>
        <source>Delete Tag…</source>
        <translation>删除标签…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="322"/>
        <source>Remove the tag from the codebook and every passage</source>
        <translation>从编码表和所有段落中移除该标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="325"/>
        <source>&amp;About Report Reader</source>
        <translation>关于报告阅读器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="326"/>
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../reader/gui/controllers/annotation_controller.py" line="106"/>
        <source>Annotations are read-only</source>
        <translation>标注为只读</translation>
    </message>
    <message>
        <location filename="../../reader/gui/controllers/annotation_controller.py" line="158"/>
        <source>Annotations could not be saved</source>
        <translation>无法保存标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/controllers/annotation_controller.py" line="163"/>
        <source>Annotations could not be saved (%1); retrying.</source>
        <translation>无法保存标注（%1），正在重试。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/controllers/annotation_controller.py" line="166"/>
        <source>Annotations changed on disk were merged in.</source>
        <translation>已合并磁盘上其他程序所做的标注修改。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/controllers/annotation_controller.py" line="240"/>
        <source>Annotations restored from the backup.</source>
        <translation>已从备份恢复标注。</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="151"/>
        <source>Tag passage</source>
        <translation>为段落加标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="159"/>
        <source>Tags, separated by commas (整改/专项整治 for a sub-tag)</source>
        <translation>标签，用逗号或顿号分隔（子标签写作 整改/专项整治）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="163"/>
        <source>Note (optional; Ctrl+Enter to finish)</source>
        <translation>笔记（可选；按 Ctrl+Enter 完成）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="166"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="167"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="242"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="242"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="242"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="242"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="243"/>
        <source>Restore the newest good backup…</source>
        <translation>恢复最近的完好备份…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="244"/>
        <source>moved</source>
        <translation>已移位</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="244"/>
        <source>orphaned — passage not found</source>
        <translation>未找到原段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="289"/>
        <source>Annotations are read-only: %1</source>
        <translation>标注为只读：%1</translation>
    </message>
</context>
<context>
    <name>CodebookFlow</name>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="46"/>
        <location filename="../../reader/gui/flows/codebook.py" line="49"/>
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="46"/>
        <source>Tag (整改/专项整治 for a sub-tag):</source>
        <translation>标签（子标签写作 整改/专项整治）：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="55"/>
        <location filename="../../reader/gui/flows/codebook.py" line="57"/>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="55"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="66"/>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="67"/>
        <source>Merge tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="69"/>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="76"/>
        <location filename="../../reader/gui/flows/codebook.py" line="78"/>
        <source>Tag colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="87"/>
        <location filename="../../reader/gui/flows/codebook.py" line="92"/>
        <source>Describe tag</source>
        <translation>标签说明</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="88"/>
        <source>What “%1” means:</source>
        <translation>“%1”的含义：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="101"/>
        <location filename="../../reader/gui/flows/codebook.py" line="109"/>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/codebook.py" line="103"/>
        <source>Remove “%1” from the codebook and from %2 passages? The passages stay annotated.</source>
        <translation>从编码表和 %2 个段落中移除“%1”吗？这些段落仍保留标注。</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="337"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="337"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="338"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="338"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="338"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reader/gui/errors.py" line="78"/>
        <source>That tag cannot be used</source>
        <translation>无法使用该标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/errors.py" line="80"/>
        <source>Annotations are read-only</source>
        <translation>标注为只读</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="56"/>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="225"/>
        <source>Export Annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="68"/>
        <source>The whole library</source>
        <translation>整个库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="69"/>
        <source>The current report</source>
        <translation>当前报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="70"/>
        <source>Passages with the tags below</source>
        <translation>带有下列标签的摘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="71"/>
        <source>The reports below</source>
        <translation>下列报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="89"/>
        <source>CSV table (Excel, WPS)</source>
        <translation>CSV 表格（Excel、WPS）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="90"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="91"/>
        <source>Markdown study notes (.md)</source>
        <translation>Markdown 学习笔记（.md）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="92"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C 网络标注（JSON-LD）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="93"/>
        <source>Web page to read or print (.html)</source>
        <translation>可阅读或打印的网页（.html）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="94"/>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="95"/>
        <source>REFI-QDA project for QDA tools (.qdpx)</source>
        <translation>供 QDA 软件使用的 REFI-QDA 项目（.qdpx）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="102"/>
        <source>By report</source>
        <translation>按报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="103"/>
        <source>By tag</source>
        <translation>按标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="107"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="115"/>
        <source>&amp;Export:</source>
        <translation>导出范围(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="116"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="117"/>
        <source>&amp;Grouping:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="118"/>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="125"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="240"/>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="241"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="56"/>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="58"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="59"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="185"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="188"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>KeywordPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="38"/>
        <source>Count: how often the term occurs as a word of its own, as the text is segmented. The highlights and Find also show it inside longer words (问题 in 问题清单).</source>
        <translation>次数：该词作为独立词语（按分词结果）出现的次数。高亮和“查找”还会显示它在较长词语中的出现（如“问题清单”中的“问题”）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="84"/>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="89"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="85"/>
        <source>How many automatic keywords to find</source>
        <translation>自动提取的关键词数量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="86"/>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="86"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="90"/>
        <source>Word lists</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="91"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="96"/>
        <source>People</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="97"/>
        <source>Places</source>
        <translation>地名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/keyword_panel.py" line="98"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>LibraryFolderDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/library_folder.py" line="27"/>
        <source>Open Library</source>
        <translation>打开文献库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/library_folder.py" line="33"/>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/library_folder.py" line="34"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/library_folder.py" line="35"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/library_folder.py" line="36"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/library_folder.py" line="37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/gui/main_window.py" line="491"/>
        <source>Annotations are read-only: %1</source>
        <translation>标注为只读：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="458"/>
        <source>This folder holds no reports.</source>
        <translation>此文件夹中没有报告。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="533"/>
        <source>Sample reports</source>
        <translation>示例报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="541"/>
        <source>Reports: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="545"/>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="564"/>
        <source>Reading %v of %m</source>
        <translation>正在读取 %v / %m</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="598"/>
        <source>Reading the library failed: %1</source>
        <translation>读取文献库失败：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="627"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="671"/>
        <source>Finding keywords…</source>
        <translation>正在提取关键词…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="677"/>
        <source>Keywords could not be found: %1</source>
        <translation>无法提取关键词：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="732"/>
        <source>Your name</source>
        <translation>我的姓名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="732"/>
        <source>Name recorded with your annotations:</source>
        <translation>记录在标注中的姓名：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="744"/>
        <source>Annotate passage</source>
        <translation>标注段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="764"/>
        <source>Select a passage of the report first.</source>
        <translation>请先选中报告中的一段文字。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="767"/>
        <source>Annotations are read-only</source>
        <translation>标注为只读</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="778"/>
        <source>Edit annotation</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="784"/>
        <source>Delete annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="879"/>
        <source>The library is being indexed; the search runs when it is ready.</source>
        <translation>正在为文献库建立索引；完成后将自动搜索。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="882"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="887"/>
        <source>Cannot search: %1</source>
        <translation>无法搜索：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="472"/>
        <source>Reading the annotations…</source>
        <translation>正在读取标注…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="948"/>
        <source>No backup to restore</source>
        <translation>没有可恢复的备份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="948"/>
        <source>There is no backup that can be read.</source>
        <translation>没有可以读取的备份。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="952"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="955"/>
        <source>Replace the damaged annotations file with the backup of %1? The damaged file is kept beside it.</source>
        <translation>用 %1 的备份替换已损坏的标注文件吗？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1014"/>
        <source>(highlight)</source>
        <translation>（高亮）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1029"/>
        <source>Annotations are saved in %1</source>
        <translation>标注保存在 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1031"/>
        <source>This library&apos;s folder cannot be written to; annotations are saved in %1</source>
        <translation>此文献库的文件夹不可写入，标注保存在 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1035"/>
        <source>Reading the annotations in %1…</source>
        <translation>正在读取 %1 中的标注…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1065"/>
        <source>The report of this passage is no longer in the library.</source>
        <translation>该段落所属的报告已不在文献库中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1087"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1090"/>
        <source>Tagged: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="809"/>
        <source>Undone: %1 in “%2”</source>
        <translation>已撤销：“%2”中的%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="809"/>
        <source>Redone: %1 in “%2”</source>
        <translation>已重做：“%2”中的%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="812"/>
        <source>Undone: %1 in %2 reports</source>
        <translation>已撤销：%1（涉及 %2 篇报告）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="812"/>
        <source>Redone: %1 in %2 reports</source>
        <translation>已重做：%1（涉及 %2 篇报告）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="815"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="815"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1167"/>
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1202"/>
        <source>Search Library</source>
        <translation>搜索全库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1205"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1206"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1207"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1208"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1209"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1210"/>
        <source>&amp;Word Lists</source>
        <translation>词表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1211"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1212"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1213"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1214"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1215"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1216"/>
        <source>Codebook</source>
        <translation>编码表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1217"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1218"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1223"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1225"/>
        <source>Filter by title, number, date or folder (%1)</source>
        <translation>按标题、编号、日期或文件夹筛选（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1229"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1229"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1229"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1230"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1232"/>
        <source>[image not available]</source>
        <translation>［图片不可用］</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1232"/>
        <source>characters</source>
        <translation>字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1232"/>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1242"/>
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="1244"/>
        <source>&lt;h3&gt;Report Reader %1&lt;/h3&gt;&lt;p&gt;Close reading and qualitative coding of Chinese-language news and policy reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;报告阅读器 %1&lt;/h3&gt;&lt;p&gt;中文新闻与政策报告的精读与质性编码工具。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/problems.py" line="27"/>
        <source>Problems in this library</source>
        <translation>本文献库中的问题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/problems.py" line="29"/>
        <source>These files were skipped. Everything else in the library was loaded.</source>
        <translation>以下文件已跳过，文献库中的其他文件均已载入。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/problems.py" line="33"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/problems.py" line="33"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../reader/gui/dialogs/library_folder.py" line="15"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/library_folder.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/library_folder.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="399"/>
        <source>[loading image…]</source>
        <translation>[正在载入图片…]</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="415"/>
        <source>There is no file for this picture in the report&apos;s 图片 folder.</source>
        <translation>报告的“图片”文件夹中没有这张图片的文件。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="484"/>
        <source>SVG drawings are not shown: they can draw other files and take minutes to draw.</source>
        <translation>不显示 SVG 图形：它们可以绘入其他文件，绘制可能需要数分钟。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="485"/>
        <source>This file is not a PNG, JPEG, GIF, BMP or WebP picture, whatever its name.</source>
        <translation>无论文件名如何，此文件都不是 PNG、JPEG、GIF、BMP 或 WebP 图片。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="486"/>
        <source>The picture is %1 × %2 pixels, more than the 100 million the reader decodes.</source>
        <translation>图片为 %1 × %2 像素，超过阅读器可解码的 1 亿像素。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="487"/>
        <source>This report&apos;s pictures already take the %1 MB the reader gives one report.</source>
        <translation>这篇报告的图片已用完阅读器为每篇报告分配的 %1 MB。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="489"/>
        <source>The file is %1 MB, more than the %2 MB the reader reads for a picture.</source>
        <translation>文件大小为 %1 MB，超过阅读器读取单张图片的上限 %2 MB。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="491"/>
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="492"/>
        <source>The picture could not be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="889"/>
        <source>Add “%1” to the dictionary</source>
        <translation>将“%1”加入词典</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <location filename="../../reader/gui/errors.py" line="27"/>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../reader/gui/errors.py" line="28"/>
        <source>The disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../reader/gui/errors.py" line="29"/>
        <source>The disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/errors.py" line="30"/>
        <location filename="../../reader/gui/errors.py" line="31"/>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../reader/gui/errors.py" line="32"/>
        <source>A folder stands where a file should be</source>
        <translation>此处应是文件，却是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/errors.py" line="33"/>
        <source>A file stands where a folder should be</source>
        <translation>此处应是文件夹，却是一个文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/errors.py" line="34"/>
        <source>The folder no longer exists</source>
        <translation>文件夹已不存在</translation>
    </message>
    <message>
        <location filename="../../reader/gui/errors.py" line="35"/>
        <source>The disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <location filename="../../reader/gui/errors.py" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="169"/>
        <source>Search every report (Enter)</source>
        <translation>在所有报告中搜索（回车）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="171"/>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="172"/>
        <source>All words</source>
        <translation>包含全部词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="173"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="177"/>
        <source>Match case and width</source>
        <translation>区分大小写和全半角</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="178"/>
        <source>Off: ＡＢＣ finds abc and １９９８ finds 1998</source>
        <translation>不勾选时：ＡＢＣ 可找到 abc，１９９８ 可找到 1998</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="179"/>
        <source>Library order</source>
        <translation>库中顺序</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="179"/>
        <location filename="../../reader/gui/widgets/search_panel.py" line="185"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="179"/>
        <source>Most hits</source>
        <translation>匹配最多</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="182"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="183"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="184"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="185"/>
        <source>Report / passage</source>
        <translation>报告 / 文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="185"/>
        <source>Hits</source>
        <translation>匹配数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="187"/>
        <source>All folders</source>
        <translation>所有文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="189"/>
        <source>Anywhere</source>
        <translation>不限标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="236"/>
        <source>%1 hits in %2 reports</source>
        <translation>%2 篇报告中共 %1 处匹配</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="130"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="132"/>
        <source>Top terms</source>
        <translation>高频词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="132"/>
        <source>Over time</source>
        <translation>时间变化</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="132"/>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="348"/>
        <source>Coding matrix</source>
        <translation>编码矩阵</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="132"/>
        <source>Tag vs library</source>
        <translation>标签与全库对比</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="135"/>
        <source>Current report</source>
        <translation>当前报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="136"/>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="368"/>
        <source>Whole library</source>
        <translation>整个库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="137"/>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="290"/>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="311"/>
        <source>Occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="139"/>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="290"/>
        <source>TF-IDF</source>
        <translation>TF-IDF</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="140"/>
        <source>Top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="141"/>
        <source>A term, e.g. 整改</source>
        <translation>输入词语，例如 整改</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="142"/>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="143"/>
        <source>Save Chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="144"/>
        <source>Export Numbers (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="179"/>
        <source>The library is being indexed; statistics follow when it is ready.</source>
        <translation>正在为文献库建立索引；完成后显示统计。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="183"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="292"/>
        <source>Top terms: %1</source>
        <translation>高频词：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="295"/>
        <source>%1 terms</source>
        <translation>%1 个词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="300"/>
        <source>Type a term and press Enter.</source>
        <translation>输入词语后按回车。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="312"/>
        <source>“%1” by month</source>
        <translation>“%1”按月分布</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="314"/>
        <source>%1 occurrences in %2 reports without a full date (not shown)</source>
        <translation>另有 %2 篇无完整日期的报告中出现 %1 次（未画出）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="331"/>
        <source>No tagged passages yet.</source>
        <translation>还没有加标签的文段。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="345"/>
        <source>Passages</source>
        <translation>文段数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="349"/>
        <source>%1 of %2 reports shown</source>
        <translation>显示 %2 篇中的 %1 篇报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="356"/>
        <source>Choose a tag with passages.</source>
        <translation>请选择一个有文段的标签。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="366"/>
        <source>Passages tagged %1</source>
        <translation>标签为 %1 的文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="370"/>
        <source>Per 10,000 terms</source>
        <translation>每万词出现次数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="372"/>
        <source>What distinguishes passages tagged %1</source>
        <translation>标签 %1 的文段有何特点</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="378"/>
        <source>%1 passages</source>
        <translation>%1 个文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="385"/>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="402"/>
        <source>Export Numbers</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="418"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/stats_window.py" line="421"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>TransferFlow</name>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="96"/>
        <location filename="../../reader/gui/flows/transfer.py" line="133"/>
        <location filename="../../reader/gui/flows/transfer.py" line="245"/>
        <source>The export could not be written</source>
        <translation>无法写入导出文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="99"/>
        <source>Exporting annotations…</source>
        <translation>正在导出标注…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="123"/>
        <source>Wrote %1 annotations from %2 reports to %3.</source>
        <translation>已将 %2 篇报告中的 %1 条标注写入 %3。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="129"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="145"/>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="147"/>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>标注文件 (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="158"/>
        <source>Annotations are read-only</source>
        <translation>标注为只读</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="161"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="166"/>
        <source>The file could not be imported</source>
        <translation>无法导入该文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="173"/>
        <source>Import annotations from %1</source>
        <translation>从 %1 导入标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="175"/>
        <source>Added %1, updated %2 and skipped %3 annotations from %4.</source>
        <translation>从 %4 新增 %1 条、更新 %2 条、跳过 %3 条标注。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="183"/>
        <source>%1 are for reports not in this library; they are listed as not found.</source>
        <translation>其中 %1 条所属的报告不在本库中，已列为“未找到”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="186"/>
        <source>%1 were repaired to the annotations file&apos;s rules (%2).</source>
        <translation>其中 %1 条已按标注文件的规则修正（%2）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="191"/>
        <source>%1 were not imported, as they break the annotations file&apos;s rules:</source>
        <translation>%1 条标注不符合标注文件的规则，未导入：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="195"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="207"/>
        <source>Save Annotations As</source>
        <translation>标注另存为</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="209"/>
        <source>Annotations (*.json)</source>
        <translation>标注 (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="218"/>
        <source>Choose another file</source>
        <translation>请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="219"/>
        <source>This is the library&apos;s own annotations file; choose another file or folder.</source>
        <translation>这是文献库自己的标注文件，请选择其他文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="225"/>
        <source>The annotations could not be written</source>
        <translation>无法写入标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="228"/>
        <source>Annotations saved to %1 (File → Import Annotations brings them into a library).</source>
        <translation>标注已保存到 %1（可用“文件 → 导入标注”导入文献库）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="238"/>
        <source>Export Search Results</source>
        <translation>导出搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="248"/>
        <source>Wrote %1 lines to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
</context>
<context>
    <name>UnsavedWorkDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/unsaved_work.py" line="28"/>
        <source>Annotations not saved</source>
        <translation>标注未保存</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/unsaved_work.py" line="29"/>
        <source>Your latest annotations could not be saved to %1.</source>
        <translation>最近的标注无法保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/unsaved_work.py" line="32"/>
        <source>Reason: %1

Save them to another file (File → Import Annotations brings them back later), try again, or discard them.</source>
        <translation>原因：%1

可将其保存到其他文件（以后用“文件 → 导入标注”导回）、重试，或放弃这些标注。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/unsaved_work.py" line="37"/>
        <source>Save Elsewhere…</source>
        <translation>另存到别处…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/unsaved_work.py" line="40"/>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/unsaved_work.py" line="41"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>WordListDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="35"/>
        <source>Word lists</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="40"/>
        <source>New list</source>
        <translation>新建词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="41"/>
        <source>Delete list</source>
        <translation>删除词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="46"/>
        <source>Highlight this list</source>
        <translation>高亮此词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="49"/>
        <source>One term per line</source>
        <translation>每行一个词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="58"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="59"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="61"/>
        <source>Terms</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="93"/>
        <source>List %1</source>
        <translation>词表 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/word_list.py" line="147"/>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
</context>
<context>
    <name>WordListFlow</name>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="49"/>
        <source>The word could not be saved</source>
        <translation>无法保存该词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="52"/>
        <source>“%1” added to the dictionary</source>
        <translation>已将“%1”加入词典</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="69"/>
        <source>The word lists could not be saved</source>
        <translation>无法保存词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="79"/>
        <source>Import Word List</source>
        <translation>导入词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="81"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="88"/>
        <location filename="../../reader/gui/flows/wordlists.py" line="91"/>
        <source>The file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="101"/>
        <source>No word list to export</source>
        <translation>没有可导出的词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="101"/>
        <source>Create a word list first.</source>
        <translation>请先新建一个词表。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="105"/>
        <location filename="../../reader/gui/flows/wordlists.py" line="112"/>
        <source>Export Word List</source>
        <translation>导出词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="105"/>
        <source>Word list:</source>
        <translation>词表：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="114"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="120"/>
        <source>The word list could not be written</source>
        <translation>无法写入词表</translation>
    </message>
</context>
</TS>

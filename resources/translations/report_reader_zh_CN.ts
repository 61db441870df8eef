<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="113" />
        <source>&amp;Open Library…</source>
        <translation>打开文献库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="114" />
        <source>Open a folder of reports</source>
        <translation>打开一个存放报告的文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="117" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="118" />
        <source>Quit Report Reader</source>
        <translation>退出报告阅读器</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="121" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="122" />
        <source>Find in this report (full-width and half-width match alike)</source>
        <translation>在本篇报告中查找（全角、半角视为相同）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="127" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="128" />
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="131" />
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="132" />
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="135" />
        <source>Filter &amp;Reports</source>
        <translation>筛选报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="136" />
        <source>Filter the report list by title, number, date or folder</source>
        <translation>按标题、编号、日期或文件夹筛选报告列表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="139" />
        <source>Add Selection to &amp;Dictionary</source>
        <translation>将所选词语加入词典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="140" />
        <source>Keep the selected words whole when segmenting</source>
        <translation>分词时将所选词语作为一个整体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="143" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="144" />
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="147" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="148" />
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="151" />
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="152" />
        <source>Default text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="155" />
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="156" />
        <source>Choose the reading font</source>
        <translation>选择阅读字体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="159" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="160" />
        <source>Light theme</source>
        <translation>浅色主题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="163" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="164" />
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="167" />
        <source>&amp;Sepia</source>
        <translation>护眼(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="168" />
        <source>Sepia theme</source>
        <translation>护眼（米黄）主题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="171" />
        <source>&amp;Group by Folder</source>
        <translation>按文件夹分组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="172" />
        <source>Show reports under their folders</source>
        <translation>将报告显示在各自的文件夹下</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="175" />
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="176" />
        <source>Highlight the report's automatic keywords</source>
        <translation>高亮本篇报告的自动关键词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="179" />
        <source>&amp;Word Lists</source>
        <translation>词表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="180" />
        <source>Highlight the terms of your word lists</source>
        <translation>高亮词表中的词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="183" />
        <source>&amp;Entities</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="184" />
        <source>Underline people, places and organisations</source>
        <translation>为人名、地名和机构名加下划线</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="187" />
        <source>&amp;Problems…</source>
        <translation>问题列表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="188" />
        <source>Files of this library that could not be read</source>
        <translation>本文献库中无法读取的文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="191" />
        <source>&amp;Manage Word Lists…</source>
        <translation>管理词表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="192" />
        <source>Create and edit word lists and their colours</source>
        <translation>新建、编辑词表并设置颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="195" />
        <source>&amp;Import Word List…</source>
        <translation>导入词表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="196" />
        <source>Import a plain-text word list (one term per line)</source>
        <translation>导入纯文本词表（每行一个词）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="199" />
        <source>&amp;Export Word List…</source>
        <translation>导出词表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="200" />
        <source>Export a word list as plain text</source>
        <translation>将词表导出为纯文本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="203" />
        <source>&amp;System Language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="204" />
        <source>Follow the system's language</source>
        <translation>使用系统的语言设置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="209" />
        <source>&amp;About Report Reader</source>
        <translation>关于报告阅读器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="210" />
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="56" />
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="57" />
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="58" />
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="59" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="151" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/find_bar.py" line="154" />
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>KeywordPanel</name>
    <message>
        <location filename="../../reader/gui/keyword_panel.py" line="75" />
        <location filename="../../reader/gui/keyword_panel.py" line="79" />
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyword_panel.py" line="76" />
        <source>How many automatic keywords to find</source>
        <translation>自动提取的关键词数量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyword_panel.py" line="77" />
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyword_panel.py" line="77" />
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyword_panel.py" line="80" />
        <source>Word lists</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyword_panel.py" line="81" />
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyword_panel.py" line="86" />
        <source>People</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyword_panel.py" line="87" />
        <source>Places</source>
        <translation>地名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/keyword_panel.py" line="88" />
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/gui/main_window.py" line="341" />
        <source>Word lists not loaded: %1. The file is left untouched.</source>
        <extracomment>Reports larger than this are read and cleaned off the UI thread.</extracomment>
        <translation>词表未能载入：%1。该文件保持原样，未作改动。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="361" />
        <source>This folder holds no reports.</source>
        <translation>此文件夹中没有报告。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="366" />
        <source>Open Library</source>
        <translation>打开文献库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="384" />
        <source>Sample reports</source>
        <translation>示例报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="392" />
        <source>Reports: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="394" />
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="411" />
        <source>Reading %v of %m</source>
        <translation>正在读取 %v / %m</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="441" />
        <source>Reading the library failed: %1</source>
        <translation>读取文献库失败：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="473" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="520" />
        <source>Finding keywords…</source>
        <translation>正在提取关键词…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="535" />
        <source>Keywords could not be found: %1</source>
        <translation>无法提取关键词：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="630" />
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="652" />
        <source>The word could not be saved</source>
        <translation>无法保存该词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="654" />
        <source>“%1” added to the dictionary</source>
        <translation>已将“%1”加入词典</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="671" />
        <source>The word lists could not be saved</source>
        <translation>无法保存词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="680" />
        <source>Import Word List</source>
        <translation>导入词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="680" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="687" />
        <location filename="../../reader/gui/main_window.py" line="695" />
        <source>The file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="705" />
        <source>No word list to export</source>
        <translation>没有可导出的词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="705" />
        <source>Create a word list first.</source>
        <translation>请先新建一个词表。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="711" />
        <location filename="../../reader/gui/main_window.py" line="717" />
        <source>Export Word List</source>
        <translation>导出词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="711" />
        <source>Word list:</source>
        <translation>词表：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="717" />
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="723" />
        <source>The word list could not be written</source>
        <translation>无法写入词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="744" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="745" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="746" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="747" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="748" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="749" />
        <source>&amp;Word Lists</source>
        <translation>词表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="750" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="751" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="752" />
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="754" />
        <source>Filter by title, number, date or folder (%1)</source>
        <translation>按标题、编号、日期或文件夹筛选（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="758" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="758" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="758" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="759" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="760" />
        <source>[image not available]</source>
        <translation>［图片不可用］</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="760" />
        <source>characters</source>
        <translation>字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="760" />
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="769" />
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="771" />
        <source>&lt;h3&gt;Report Reader %1&lt;/h3&gt;&lt;p&gt;Close reading and qualitative coding of Chinese-language news and policy reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;报告阅读器 %1&lt;/h3&gt;&lt;p&gt;中文新闻与政策报告的精读与质性编码工具。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="39" />
        <source>Problems in this library</source>
        <translation>本文献库中的问题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="41" />
        <source>These files were skipped. Everything else in the library was loaded.</source>
        <translation>以下文件已跳过，文献库中的其他文件均已载入。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="45" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="45" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../reader/gui/reader_view.py" line="586" />
        <source>Add “%1” to the dictionary</source>
        <extracomment>Paragraphs laid out before the first paint; the rest follow in slices.</extracomment>
        <translation>将“%1”加入词典</translation>
    </message>
</context>
<context>
    <name>WordListDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="65" />
        <source>Word lists</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="70" />
        <source>New list</source>
        <translation>新建词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="71" />
        <source>Delete list</source>
        <translation>删除词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="76" />
        <source>Highlight this list</source>
        <translation>高亮此词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="79" />
        <source>One term per line</source>
        <translation>每行一个词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="88" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="89" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="91" />
        <source>Terms</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="123" />
        <source>List %1</source>
        <translation>词表 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs.py" line="177" />
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="161"/>
        <source>&amp;Open Library…</source>
        <translation>打开文献库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="162"/>
        <source>Open a folder of reports</source>
        <translation>打开一个存放报告的文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="165"/>
        <source>&amp;Export Annotations…</source>
        <translation>导出标注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="166"/>
        <source>Save annotations as a table, notes, a web page or a QDA project</source>
        <translation>将标注保存为表格、笔记、网页或 QDA 项目</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="171"/>
        <source>&amp;Save Annotations As…</source>
        <translation>标注另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="172"/>
        <source>Write all of this library&apos;s annotations to a file you choose (to import later)</source>
        <translation>把本文献库的全部标注写入你选择的文件（以后可导入）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="177"/>
        <source>&amp;Import Annotations…</source>
        <translation>导入标注(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="178"/>
        <source>Merge annotations from another copy or coder (JSON) into this library</source>
        <translation>将另一副本或另一编码者的标注（JSON）合并到本库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="183"/>
        <source>Search &amp;Library…</source>
        <translation>搜索全库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="184"/>
        <source>Search every report of the library</source>
        <translation>在库中所有报告里搜索</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="187"/>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="188"/>
        <source>Top terms, a term over time, the coding matrix</source>
        <translation>高频词、词语随时间的变化、编码矩阵</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="191"/>
        <source>&amp;Agreement between Coders…</source>
        <translation>编码者间一致性(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="192"/>
        <source>How far coders agree, per tag: κ, α and uα</source>
        <translation>编码者之间的一致程度（按标签）：κ、α 和 uα</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="196"/>
        <source>Quit Report Reader</source>
        <translation>退出报告阅读器</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="199"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="200"/>
        <source>Find in this report (full- and half-width, simplified and traditional match alike)</source>
        <translation>在本篇报告中查找（全角与半角、简体与繁体视为相同）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="206"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="207"/>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="210"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="211"/>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="214"/>
        <source>Filter &amp;Reports</source>
        <translation>筛选报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="215"/>
        <source>Filter the report list by title, number, date or folder</source>
        <translation>按标题、编号、日期或文件夹筛选报告列表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="218"/>
        <source>Add Selection to &amp;Dictionary</source>
        <translation>将所选词语加入词典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="219"/>
        <source>Keep the selected words whole when segmenting</source>
        <translation>分词时将所选词语作为一个整体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="222"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="223"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="226"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="227"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="230"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="231"/>
        <source>Default text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="234"/>
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="235"/>
        <source>Choose the reading font</source>
        <translation>选择阅读字体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="238"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="239"/>
        <source>Light theme</source>
        <translation>浅色主题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="242"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="243"/>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="246"/>
        <source>&amp;Sepia</source>
        <translation>护眼(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="247"/>
        <source>Sepia theme</source>
        <translation>护眼（米黄）主题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="250"/>
        <source>&amp;Group by Folder</source>
        <translation>按文件夹分组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="251"/>
        <source>Show reports under their folders</source>
        <translation>将报告显示在各自的文件夹下</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="254"/>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="255"/>
        <source>Highlight the report&apos;s automatic keywords</source>
        <translation>高亮本篇报告的自动关键词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="258"/>
        <source>&amp;Word Lists</source>
        <translation>词表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="259"/>
        <source>Highlight the terms of your word lists</source>
        <translation>高亮词表中的词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="262"/>
        <source>&amp;Entities</source>
        <translation>实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="263"/>
        <source>Underline people, places and organisations</source>
        <translation>为人名、地名和机构名加下划线</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="266"/>
        <source>&amp;Problems…</source>
        <translation>问题列表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="267"/>
        <source>Files of this library that could not be read</source>
        <translation>本文献库中无法读取的文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="270"/>
        <source>&amp;Manage Word Lists…</source>
        <translation>管理词表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="271"/>
        <source>Create and edit word lists and their colours</source>
        <translation>新建、编辑词表并设置颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="274"/>
        <source>&amp;Import Word List…</source>
        <translation>导入词表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="275"/>
        <source>Import a plain-text word list (one term per line)</source>
        <translation>导入纯文本词表（每行一个词）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="278"/>
        <source>&amp;Export Word List…</source>
        <translation>导出词表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="279"/>
        <source>Export a word list as plain text</source>
        <translation>将词表导出为纯文本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="282"/>
        <source>&amp;System Language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="283"/>
        <source>Follow the system&apos;s language</source>
        <translation>使用系统的语言设置</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="288"/>
        <source>&amp;Tag Selection…</source>
        <translation>为所选内容加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="289"/>
        <source>Give the selected passage one or more tags</source>
        <translation>为所选段落添加一个或多个标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="292"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="293"/>
        <source>Write a note on the selected passage</source>
        <translation>为所选段落写笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="296"/>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="297"/>
        <source>Mark the selected passage without tags</source>
        <translation>标记所选段落（不加标签）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="300"/>
        <source>&amp;Delete Annotation</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="301"/>
        <source>Delete the selected annotation (the text stays)</source>
        <translation>删除所选标注（原文不变）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="304"/>
        <source>Your &amp;Name…</source>
        <translation>我的姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="305"/>
        <source>The author name recorded with your annotations</source>
        <translation>记录在标注中的作者姓名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="308"/>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="309"/>
        <source>Add a tag to the codebook</source>
        <translation>向编码表添加标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="312"/>
        <source>Rename Tag…</source>
        <translation>重命名标签…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="313"/>
        <source>Rename the tag everywhere it is used</source>
        <translation>在所有使用处重命名该标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="316"/>
        <source>Tag Colour…</source>
        <translation>标签颜色…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="317"/>
        <source>Change the tag&apos;s colour</source>
        <translation>更改标签颜色</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="320"/>
        <source>Describe Tag…</source>
        <translation>标签说明…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="321"/>
        <source>Write what the tag means</source>
        <translation>说明该标签的含义</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="324"/>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="325"/>
        <source>Merge the tag into another one</source>
        <translation>将该标签合并到另一个标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="328"/>
        <source>Delete Tag…</source>
        <translation>删除标签…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="329"/>
        <source>Remove the tag from the codebook and every passage</source>
        <translation>从编码表和所有段落中移除该标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="332"/>
        <source>&amp;About Report Reader</source>
        <translation>关于报告阅读器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="333"/>
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../reader/gui/widgets/agreement_model.py" line="127"/>
        <source>95% interval (bootstrap, %1 resamples): %2 to %3</source>
        <extracomment>Cell colours by verdict: translucent, so they sit on the light and the dark theme&apos;s base alike and the theme&apos;s text colour stays readable on them.</extracomment>
        <translation>95% 置信区间（自助法，%1 次重抽样）：%2 至 %3</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_model.py" line="140"/>
        <source>Reliable: at least 0.800</source>
        <translation>可靠：不低于 0.800</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_model.py" line="142"/>
        <source>Tentative conclusions only: from 0.667 to below 0.800</source>
        <translation>仅可得出初步结论：0.667 至 0.800 之间</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_model.py" line="143"/>
        <source>Not reliable: below 0.667</source>
        <translation>不可靠：低于 0.667</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="147"/>
        <source>Agreement between Coders</source>
        <translation>编码者间一致性</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="150"/>
        <source>Coder &amp;A:</source>
        <translation>编码者 A(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="150"/>
        <source>Coder &amp;B:</source>
        <translation>编码者 B(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="150"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="150"/>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="155"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="157"/>
        <source>Compute the table again from the annotations as they are now</source>
        <translation>按当前的标注重新计算此表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="159"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="160"/>
        <source>Confidence &amp;Intervals</source>
        <translation>置信区间(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="161"/>
        <source>95% bootstrap intervals, resampling reports 1,000 times</source>
        <translation>95% 自助法置信区间：对报告重抽样 1,000 次</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="162"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="163"/>
        <source>Save the table as CSV or XLSX</source>
        <translation>将此表保存为 CSV 或 XLSX</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="165"/>
        <source>Colours: green ≥ 0.800 reliable; yellow 0.667–0.800 tentative; red &lt; 0.667</source>
        <translation>颜色：绿色 ≥ 0.800 可靠；黄色 0.667–0.800 仅可初步结论；红色 &lt; 0.667</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="192"/>
        <source>The annotations have changed since: Refresh to compute the table again.</source>
        <translation>此后标注已有改动：点“刷新”重新计算此表。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="210"/>
        <source>Each pair of coders</source>
        <translation>每两位编码者</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="214"/>
        <source>%1 (%2 passages)</source>
        <translation>%1（%2 条摘录）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="253"/>
        <source>Reading the coded reports…</source>
        <translation>正在读取已编码的报告…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="276"/>
        <source>Resampling reports…</source>
        <translation>正在对报告重抽样…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="293"/>
        <source>The table could not be computed: %1</source>
        <translation>无法计算此表：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="324"/>
        <source>No library is open.</source>
        <translation>尚未打开文献库。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="327"/>
        <source>Blind coding is on: the table would show the other coders&apos; work.</source>
        <translation>盲编码已开启：此表会显示其他编码者的工作。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="343"/>
        <source>%1 × %2: %3 reports compared, %4 coded by only one of them (left out).</source>
        <translation>%1 × %2：比较了 %3 篇报告，%4 篇只有其中一位编码过（未计入）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="354"/>
        <source>%1 passages not found in their report&apos;s text are left out.</source>
        <translation>%1 条在报告正文中找不到的摘录未计入。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="360"/>
        <source>%1 auto-coded passages are left out.</source>
        <translation>%1 条自动编码的摘录未计入。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="371"/>
        <source>Export Agreement Table</source>
        <translation>导出一致性表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="372"/>
        <source>agreement.xlsx</source>
        <translation>一致性.xlsx</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="390"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_view.py" line="393"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>AnnotatingFlow</name>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="64"/>
        <source>Your name</source>
        <translation>我的姓名</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="65"/>
        <source>Name recorded with your annotations:</source>
        <translation>记录在标注中的姓名：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="79"/>
        <source>Annotate passage</source>
        <translation>标注段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="95"/>
        <source>Select a passage of the report first.</source>
        <translation>请先选中报告中的一段文字。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="98"/>
        <source>Annotations are read-only</source>
        <translation>标注为只读</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="109"/>
        <source>Edit annotation</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="118"/>
        <source>Delete annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="136"/>
        <source>Undone: %1 in “%2”</source>
        <translation>已撤销：“%2”中的%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="136"/>
        <source>Redone: %1 in “%2”</source>
        <translation>已重做：“%2”中的%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="139"/>
        <source>Undone: %1 in %2 reports</source>
        <translation>已撤销：%1（涉及 %2 篇报告）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="139"/>
        <source>Redone: %1 in %2 reports</source>
        <translation>已重做：%1（涉及 %2 篇报告）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="142"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="142"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="173"/>
        <source>The report of this passage is no longer in the library.</source>
        <translation>该段落所属的报告已不在文献库中。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="190"/>
        <source>(highlight)</source>
        <translation>（高亮）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="217"/>
        <source>Tagged: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="220"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="289"/>
        <source>Reading the annotations in %1…</source>
        <translation>正在读取 %1 中的标注…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="291"/>
        <source>Annotations are saved in %1</source>
        <translation>标注保存在 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="293"/>
        <source>This library&apos;s folder cannot be written to; annotations are saved in %1</source>
        <translation>此文献库的文件夹不可写入，标注保存在 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="311"/>
        <source>No backup to restore</source>
        <translation>没有可恢复的备份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="311"/>
        <source>There is no backup that can be read.</source>
        <translation>没有可以读取的备份。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="316"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/annotating.py" line="319"/>
        <source>Replace the damaged annotations file with the backup of %1? The damaged file is kept beside it.</source>
        <translation>用 %1 的备份替换已损坏的标注文件吗？损坏的文件会保留在旁边。</translation>
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
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="116"/>
        <source>Tag passage</source>
        <translation>为段落加标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="124"/>
        <source>Tags, separated by commas (整改/专项整治 for a sub-tag)</source>
        <translation>标签，用逗号或顿号分隔（子标签写作 整改/专项整治）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="128"/>
        <source>Note (optional; Ctrl+Enter to finish)</source>
        <translation>笔记（可选；按 Ctrl+Enter 完成）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="131"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="132"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="208"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="208"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="208"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="208"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="209"/>
        <source>Restore the newest good backup…</source>
        <translation>恢复最近的完好备份…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="210"/>
        <source>moved</source>
        <translation>已移位</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="210"/>
        <source>orphaned — passage not found</source>
        <translation>未找到原段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="256"/>
        <source>Section: %1</source>
        <translation>所在层次：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="272"/>
        <source>Annotations are read-only: %1</source>
        <translation>标注为只读：%1</translation>
    </message>
</context>
<context>
    <name>AutocodeFlow</name>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="49"/>
        <source>Auto-code with a &amp;Rule File…</source>
        <translation>用规则文件自动编码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="50"/>
        <source>Propose annotations from a coding dictionary, to review</source>
        <translation>根据编码词典提出标注建议，供审核</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="75"/>
        <source>Hits of “%1”: %2 in %3 reports. Name the tag to give them, choose what to code, then Find.</source>
        <translation>“%1”的匹配：%3 篇报告中共 %2 处。请填写要加的标签，选择编码范围，然后点击“查找”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="87"/>
        <source>Auto-code with a Rule File</source>
        <translation>用规则文件自动编码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="89"/>
        <source>Rule files (*.txt);;All files (*)</source>
        <translation>规则文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="96"/>
        <source>The rule file cannot be used</source>
        <translation>无法使用该规则文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="99"/>
        <source>Rule file %1 (%2 tags): choose what to code, then Find.</source>
        <translation>规则文件 %1（%2 个标签）：请选择编码范围，然后点击“查找”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="111"/>
        <source>Name the tag to give the hits.</source>
        <translation>请填写要给匹配加的标签。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="115"/>
        <source>The library is still being indexed; try again when it is done.</source>
        <translation>文献库仍在建立索引；完成后请重试。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="137"/>
        <source>%1 reports read; %2 passages already had the tag.</source>
        <translation>已读取 %1 篇报告；%2 个文段已有该标签。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="140"/>
        <source>Stopped: these are the proposals found until then.</source>
        <translation>已停止：以下是停止前找到的建议。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="147"/>
        <source>Auto-coding failed: %1</source>
        <translation>自动编码失败：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="150"/>
        <source>Finding proposals…</source>
        <translation>正在查找建议…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="160"/>
        <source>Annotations are read-only</source>
        <translation>标注为只读</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="166"/>
        <source>Auto-code %1 passages</source>
        <translation>自动编码 %1 个文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/autocode.py" line="171"/>
        <source>Tagged %1 passages (Edit &gt; Undo takes them all back).</source>
        <translation>已为 %1 个文段加标签（“编辑 &gt; 撤销”可全部撤回）。</translation>
    </message>
</context>
<context>
    <name>AutocodeReview</name>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="174"/>
        <source>Auto-code and Review</source>
        <extracomment>Rows are passages of at most this many characters in the list (the whole on hover).</extracomment>
        <translation>自动编码与审核</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="175"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="176"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="179"/>
        <source>the hit</source>
        <translation>匹配本身</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="179"/>
        <source>its sentence</source>
        <translation>所在句子</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="180"/>
        <source>its paragraph</source>
        <translation>所在段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="183"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="184"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="185"/>
        <source>Check All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="186"/>
        <source>Check None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="187"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="187"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="187"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="187"/>
        <source>Found</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="237"/>
        <source>Tag %1 Passages</source>
        <translation>为 %1 个文段加标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/autocode_review.py" line="239"/>
        <source>%1 proposals, %2 checked.</source>
        <translation>共 %1 条建议，已勾选 %2 条。</translation>
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
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="320"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="320"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="321"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="321"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/annotation_widgets.py" line="321"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>CoderMenu</name>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="86"/>
        <source>Show One Coder</source>
        <translation>只显示一位编码者</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="87"/>
        <source>Show the annotations of:</source>
        <translation>显示以下编码者的标注：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="111"/>
        <source>&amp;Coders</source>
        <translation>编码者(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="112"/>
        <source>&amp;All Coders</source>
        <translation>所有编码者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="113"/>
        <source>Show every coder&apos;s annotations</source>
        <translation>显示每位编码者的标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="114"/>
        <source>Only &amp;Mine</source>
        <translation>只看我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="115"/>
        <source>Show only the annotations recorded under your name</source>
        <translation>只显示以你的名字记录的标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="116"/>
        <source>&amp;Blind Coding</source>
        <translation>盲编码(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="117"/>
        <source>Hide every other coder&apos;s annotations and their counts while you code</source>
        <translation>编码时隐藏其他编码者的标注及其计数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="122"/>
        <source>Only %1…</source>
        <translation>只看 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="124"/>
        <source>One &amp;Coder…</source>
        <translation>某一位编码者(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="125"/>
        <source>Show only the annotations of a coder you choose</source>
        <translation>只显示你选择的编码者的标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="127"/>
        <source>Blind coding: only your annotations are shown</source>
        <translation>盲编码：只显示你的标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="129"/>
        <source>Only your annotations are shown</source>
        <translation>只显示你的标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/coder_menu.py" line="131"/>
        <source>Only %1&apos;s annotations are shown</source>
        <translation>只显示 %1 的标注</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="109"/>
        <source>Compare Reports</source>
        <translation>对照报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="110"/>
        <source>Previous Shared Passage</source>
        <translation>上一处共有文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="111"/>
        <source>Bring the previous shared passage to the top (Alt+Up)</source>
        <translation>将上一处共有文段移到顶部（Alt+上箭头）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="112"/>
        <source>Next Shared Passage</source>
        <translation>下一处共有文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="113"/>
        <source>Bring the next shared passage to the top (Alt+Down)</source>
        <translation>将下一处共有文段移到顶部（Alt+下箭头）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="114"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="116"/>
        <source>Save both columns, the shared passages and their differences marked, as a web page</source>
        <translation>将两栏正文保存为网页，标出共有文段及其差异</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="126"/>
        <source>%1 shared passages: %2 characters (%3 of the left report, %4 of the right)</source>
        <translation>共同段落 %1 段，共 %2 字（占左侧报告的 %3，右侧报告的 %4）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="188"/>
        <source>No more shared passages this way.</source>
        <translation>这个方向没有更多共有文段了。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_view.py" line="197"/>
        <source>Shared passage %1 of %2</source>
        <translation>第 %1 处共有文段，共 %2 处</translation>
    </message>
</context>
<context>
    <name>CompareFlow</name>
    <message>
        <location filename="../../reader/gui/flows/compare.py" line="46"/>
        <source>&amp;Compare Tags…</source>
        <translation>比较标签(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/compare.py" line="47"/>
        <source>Co-occurrence of tags, and tags by report variable</source>
        <translation>标签共现，以及按报告变量统计的标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/compare.py" line="79"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/compare.py" line="79"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/compare.py" line="79"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/compare.py" line="97"/>
        <source>Placing the annotations in their reports…</source>
        <translation>正在将标注定位到各自的报告中…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/compare.py" line="112"/>
        <source>The passages could not be gathered: %1</source>
        <translation>无法汇集文段：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/compare.py" line="121"/>
        <source>Reading report %1 of %2…</source>
        <translation>正在读取第 %1/%2 篇报告…</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="148"/>
        <source>Compare Coders</source>
        <translation>比较编码者</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="150"/>
        <source>Two coders&apos; codings side by side, their disagreements and adjudication</source>
        <translation>并列显示两位编码者的编码、分歧及裁定</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="152"/>
        <source>Coder &amp;A:</source>
        <translation>编码者 A(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="153"/>
        <source>Coder &amp;B:</source>
        <translation>编码者 B(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="154"/>
        <source>Co&amp;nsensus:</source>
        <translation>共识(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="155"/>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="181"/>
        <source>consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="156"/>
        <source>The coder name under which adjudicated passages are kept</source>
        <translation>裁定后的摘录以此编码者名保存</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="157"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一处(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="158"/>
        <source>The previous disagreement (Shift+F8)</source>
        <translation>上一处分歧（Shift+F8）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="159"/>
        <source>&amp;Next ▶</source>
        <translation>下一处(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="160"/>
        <source>The next disagreement (F8)</source>
        <translation>下一处分歧（F8）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="161"/>
        <source>Next Disagreement</source>
        <translation>下一处分歧</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="162"/>
        <source>Previous Disagreement</source>
        <translation>上一处分歧</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="163"/>
        <source>Keep in the consensus:</source>
        <translation>共识中保留：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="164"/>
        <source>A&apos;s</source>
        <translation>A 的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="165"/>
        <source>B&apos;s</source>
        <translation>B 的</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="166"/>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="167"/>
        <source>Neither</source>
        <translation>都不要</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="168"/>
        <source>Keep coder A&apos;s passages here</source>
        <translation>此处保留编码者 A 的摘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="169"/>
        <source>Keep coder B&apos;s passages here</source>
        <translation>此处保留编码者 B 的摘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="170"/>
        <source>Keep both coders&apos; passages here</source>
        <translation>此处保留两位编码者的摘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="171"/>
        <source>Keep no passage here</source>
        <translation>此处不保留任何摘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="238"/>
        <source>Open a report to compare its coders.</source>
        <translation>打开一篇报告以比较其编码者。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="243"/>
        <source>Blind coding is on: turn it off (View &gt; Coders) to compare coders.</source>
        <translation>盲编码已开启：请先关闭（视图 &gt; 编码者）再比较编码者。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="252"/>
        <source>Choose two different coders to compare.</source>
        <translation>请选择两位不同的编码者进行比较。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="275"/>
        <source>%1 disagreements in this report, %2 adjudicated.</source>
        <translation>本报告中有 %1 处分歧，已裁定 %2 处。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="305"/>
        <source>disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="359"/>
        <source>Looking for another report with a disagreement…</source>
        <translation>正在查找另一篇有分歧的报告…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="368"/>
        <source>Went on from the start of the library to the next report with disagreements: %1 (%2).</source>
        <translation>已从库的开头继续，转到下一篇有分歧的报告：%1（%2 处）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="372"/>
        <source>Went on from the end of the library to the previous report with disagreements: %1 (%2).</source>
        <translation>已从库的末尾继续，转到上一篇有分歧的报告：%1（%2 处）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="377"/>
        <source>Went to the next report with disagreements: %1 (%2).</source>
        <translation>已转到下一篇有分歧的报告：%1（%2 处）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="379"/>
        <source>Went to the previous report with disagreements: %1 (%2).</source>
        <translation>已转到上一篇有分歧的报告：%1（%2 处）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="386"/>
        <source>No other report in the library has a disagreement between these coders.</source>
        <translation>库中其他报告里，这两位编码者没有分歧。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="424"/>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="425"/>
        <source>Keep %1&apos;s coding</source>
        <translation>保留 %1 的编码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="426"/>
        <source>Keep both codings</source>
        <translation>保留两者的编码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_panel.py" line="427"/>
        <source>Keep neither coding</source>
        <translation>两者的编码都不保留</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="152"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="153"/>
        <source>Co-occurrence of Tags</source>
        <translation>标签共现</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="154"/>
        <source>Network</source>
        <translation>网络图</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="155"/>
        <source>Tags by Variable</source>
        <translation>按变量统计标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="156"/>
        <source>Together when:</source>
        <translation>共现条件：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="157"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="158"/>
        <source>Coding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="159"/>
        <source>Variable:</source>
        <translation>变量：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="160"/>
        <source>Count:</source>
        <translation>计数：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="162"/>
        <source>passages overlap</source>
        <translation>文段重叠</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="163"/>
        <source>in the same paragraph</source>
        <translation>在同一段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="164"/>
        <source>in the same report</source>
        <translation>在同一报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="167"/>
        <location filename="../../reader/gui/widgets/compare_window.py" line="177"/>
        <source>Passages</source>
        <translation>文段数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="167"/>
        <source>Jaccard similarity</source>
        <translation>Jaccard 相似度</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="171"/>
        <source>All coding</source>
        <translation>全部编码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="172"/>
        <source>By hand only</source>
        <translation>仅人工编码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="173"/>
        <source>Auto-coded only</source>
        <translation>仅自动编码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="178"/>
        <source>Reports with the tag</source>
        <translation>含该标签的报告数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="179"/>
        <source>Passages per 100 reports</source>
        <translation>每百篇报告文段数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="180"/>
        <source>Reports with the tag per 100 reports</source>
        <translation>每百篇报告中含该标签的报告数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="183"/>
        <source>%1 × %2: %3 passages, Jaccard %4</source>
        <translation>%1 × %2：%3 个文段，Jaccard %4</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="185"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="186"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="187"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="188"/>
        <source>Coder</source>
        <translation>编码者</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="190"/>
        <source>(no value)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="207"/>
        <source>Click a cell to list its passages.</source>
        <translation>点击单元格以列出其文段。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="208"/>
        <source>%1 passages, %2 tags.</source>
        <translation>%1 个文段，%2 个标签。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="211"/>
        <source>%1 annotations whose passage was not found are left out.</source>
        <translation>有 %1 条标注未找到其文段，未计入。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="215"/>
        <source>No tagged passages yet.</source>
        <translation>还没有加标签的文段。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/compare_window.py" line="260"/>
        <source>%1 × %2: %3 passages in %4 reports, Jaccard %5</source>
        <translation>%1 × %2：%4 篇报告中的 %3 个文段，Jaccard %5</translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <location filename="../../reader/gui/widgets/variables_table.py" line="40"/>
        <source>Document Number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_table.py" line="41"/>
        <source>Issuing Organs</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_table.py" line="42"/>
        <source>Document Kind</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_table.py" line="43"/>
        <source>Date of Issue</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_table.py" line="44"/>
        <source>Attachments</source>
        <translation>附件数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_table.py" line="137"/>
        <source>Read from the report&apos;s text (an official document&apos;s own fields)</source>
        <translation>从报告正文中识别（公文自身的要素）</translation>
    </message>
</context>
<context>
    <name>DocumentViews</name>
    <message>
        <location filename="../../reader/gui/document_views.py" line="130"/>
        <source>Similar Reports</source>
        <translation>相似报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="131"/>
        <source>&amp;Similar Reports</source>
        <translation>相似报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="133"/>
        <source>Reports sharing passages with this one, and who wrote each first (Ctrl+Shift+R)</source>
        <translation>与本篇报告有共同段落的报告，以及每段最早出自谁（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="138"/>
        <source>Formulations</source>
        <translation>提法</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="140"/>
        <source>&amp;Formulations and Stock Phrases</source>
        <translation>提法与常用语句(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="143"/>
        <source>Formulations and stock phrases of the library and how they spread (Ctrl+Shift+P)</source>
        <translation>文献库中的数字概括语和常用语句及其传播（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="149"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="150"/>
        <source>&amp;Outline</source>
        <translation>大纲(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="152"/>
        <source>The report&apos;s headings and document fields (Ctrl+Shift+O)</source>
        <translation>本篇报告的标题层次和公文要素（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="249"/>
        <source>Open a library first.</source>
        <translation>请先打开文献库。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="256"/>
        <source>Open a report to see the reports like it.</source>
        <translation>打开一篇报告即可查看与之相似的报告。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="264"/>
        <location filename="../../reader/gui/document_views.py" line="274"/>
        <source>Finding the passages reports share…</source>
        <translation>正在查找各报告的共同段落…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="267"/>
        <source>The library is still being read; the lists follow when it is done.</source>
        <translation>文献库仍在读取中，读取完毕后显示列表。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="322"/>
        <source>The lists could not be made: %1</source>
        <translation>无法生成列表：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="329"/>
        <source>Stopped. Show the list again to start over.</source>
        <translation>已停止。再次打开列表即可重新开始。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="380"/>
        <source>That report cannot be read.</source>
        <translation>无法读取该报告。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="405"/>
        <source>Export Comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="407"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="418"/>
        <source>The comparison could not be saved</source>
        <translation>无法保存对比</translation>
    </message>
    <message>
        <location filename="../../reader/gui/document_views.py" line="422"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
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
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="58"/>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="232"/>
        <source>Export Annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="70"/>
        <source>The whole library</source>
        <translation>整个库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="71"/>
        <source>The current report</source>
        <translation>当前报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="72"/>
        <source>Passages with the tags below</source>
        <translation>带有下列标签的摘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="73"/>
        <source>The reports below</source>
        <translation>下列报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="93"/>
        <source>CSV table (Excel, WPS)</source>
        <translation>CSV 表格（Excel、WPS）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="94"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="95"/>
        <source>Markdown study notes (.md)</source>
        <translation>Markdown 学习笔记（.md）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="96"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C 网络标注（JSON-LD）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="97"/>
        <source>Web page to read or print (.html)</source>
        <translation>可阅读或打印的网页（.html）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="98"/>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="99"/>
        <source>REFI-QDA project for QDA tools (.qdpx)</source>
        <translation>供 QDA 软件使用的 REFI-QDA 项目（.qdpx）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="106"/>
        <source>By report</source>
        <translation>按报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="107"/>
        <source>By tag</source>
        <translation>按标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="111"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="119"/>
        <source>&amp;Export:</source>
        <translation>导出范围(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="120"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="121"/>
        <source>&amp;Grouping:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="122"/>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="129"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="247"/>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/export_dialog.py" line="248"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="57"/>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="58"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="59"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="60"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="186"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/find_bar.py" line="189"/>
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
    <name>LibraryFlow</name>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="49"/>
        <source>Reading the library failed: %1</source>
        <translation>读取文献库失败：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="56"/>
        <source>The library is being indexed; the search runs when it is ready.</source>
        <translation>正在为文献库建立索引；完成后将自动搜索。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="59"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="62"/>
        <source>Cannot search: %1</source>
        <translation>无法搜索：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="100"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="106"/>
        <source>The folder %1 cannot be read: %2</source>
        <translation>无法读取文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="129"/>
        <source>This folder holds no reports.</source>
        <translation>此文件夹中没有报告。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="138"/>
        <source>Reading the annotations…</source>
        <translation>正在读取标注…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="144"/>
        <source>Annotations are read-only: %1</source>
        <translation>标注为只读：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/library.py" line="187"/>
        <source>Sample reports</source>
        <translation>示例报告</translation>
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
        <location filename="../../reader/gui/main_window.py" line="323"/>
        <source>Search Library</source>
        <translation>搜索全库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="107"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="108"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="110"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="111"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="112"/>
        <source>&amp;Word Lists</source>
        <translation>词表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="113"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="114"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="115"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="327"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="327"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="327"/>
        <source>Codebook</source>
        <translation>编码表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="329"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="330"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/menus.py" line="118"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="345"/>
        <source>Filter by title, number, date or folder (%1)</source>
        <translation>按标题、编号、日期或文件夹筛选（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="347"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="347"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="347"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="349"/>
        <source>[image not available]</source>
        <translation>［图片不可用］</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="349"/>
        <source>characters</source>
        <translation>字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/main_window.py" line="349"/>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
</context>
<context>
    <name>MemoFlow</name>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="47"/>
        <source>Memos</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="61"/>
        <source>journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="78"/>
        <source>That memo is no longer there.</source>
        <translation>这条备忘录已不存在。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="91"/>
        <source>Open a report first.</source>
        <translation>请先打开一篇报告。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="97"/>
        <source>Select a tag in the Codebook first.</source>
        <translation>请先在编码本中选择一个标签。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="102"/>
        <source>New memo</source>
        <translation>新建备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="110"/>
        <source>Edit memo</source>
        <translation>编辑备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="117"/>
        <source>Delete memo</source>
        <translation>删除备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="126"/>
        <source>Select an annotation in the Annotations tab first.</source>
        <translation>请先在“标注”标签页中选择一条标注。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="131"/>
        <source>Link passage to memo</source>
        <translation>将段落链接到备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="140"/>
        <source>Unlink passage from memo</source>
        <translation>取消段落与备忘录的链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="146"/>
        <source>That report is no longer in the library.</source>
        <translation>库中已没有这篇报告。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="163"/>
        <source>Annotations are read-only</source>
        <translation>标注为只读</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/memos.py" line="165"/>
        <source>The memo cannot be saved</source>
        <translation>无法保存备忘录</translation>
    </message>
</context>
<context>
    <name>MemosPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="200"/>
        <source>All memos</source>
        <extracomment>How long after the last keystroke a memo is saved.</extracomment>
        <translation>全部备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="201"/>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="202"/>
        <source>This report</source>
        <translation>本报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="203"/>
        <source>Memos on reports</source>
        <translation>报告备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="204"/>
        <source>Memos on tags</source>
        <translation>标签备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="209"/>
        <source>New Memo</source>
        <translation>新建备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="210"/>
        <source>Journal Entry</source>
        <translation>日志条目</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="211"/>
        <source>On This Report</source>
        <translation>关于本报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="212"/>
        <source>On the Selected Tag</source>
        <translation>关于所选标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="213"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="214"/>
        <source>Search the memos</source>
        <translation>搜索备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="215"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="216"/>
        <source>Write here; it is saved as you type.</source>
        <translation>在此书写；输入时自动保存。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="217"/>
        <source>Linked passages:</source>
        <translation>链接的段落：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="218"/>
        <source>Link Selected Annotation</source>
        <translation>链接所选标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="219"/>
        <source>Unlink</source>
        <translation>取消链接</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="315"/>
        <source>%1 · saved %2</source>
        <translation>%1 · 保存于 %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="323"/>
        <source>(a deleted annotation)</source>
        <translation>（已删除的标注）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="331"/>
        <source>Journal entry</source>
        <translation>日志条目</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="333"/>
        <source>On the tag %1</source>
        <translation>关于标签 %1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/memos_panel.py" line="336"/>
        <source>On the report %1</source>
        <translation>关于报告 %1</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../reader/gui/widgets/outline_panel.py" line="126"/>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/outline_panel.py" line="127"/>
        <source>Issuing organs</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/outline_panel.py" line="128"/>
        <source>Kind</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/outline_panel.py" line="129"/>
        <source>Date of issue</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/outline_panel.py" line="130"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/outline_panel.py" line="132"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/outline_panel.py" line="139"/>
        <source>Reading the report&apos;s structure…</source>
        <translation>正在识别报告结构…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/outline_panel.py" line="141"/>
        <source>Open a report to see its outline.</source>
        <translation>打开一篇报告即可查看其大纲。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/outline_panel.py" line="143"/>
        <source>No headings found in this report (一、 （一） 1. or 第一条).</source>
        <translation>本篇报告中未识别出标题层次（一、 （一） 1. 或 第一条）。</translation>
    </message>
</context>
<context>
    <name>PhrasesPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="121"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="122"/>
        <source>Search Library</source>
        <translation>搜索全库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="123"/>
        <source>Search the library for the chosen phrase (double-click)</source>
        <translation>在全库搜索所选语句（双击）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="126"/>
        <source>Formulation or phrase</source>
        <translation>提法或语句</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="127"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="128"/>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="237"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="129"/>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="244"/>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="130"/>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="147"/>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="148"/>
        <source>numbered</source>
        <translation>数字概括语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="149"/>
        <source>stock phrase</source>
        <translation>常用语句</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="200"/>
        <source>%1 numbered formulations and %2 stock phrases found in two or more reports.</source>
        <translation>在两篇以上报告中找到数字概括语 %1 个、常用语句 %2 条。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="229"/>
        <source>No dated report has it.</source>
        <translation>没有带日期的报告含有该语句。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="251"/>
        <source>%1: first %2, in %3 reports</source>
        <translation>%1：最早 %2，见于 %3 篇报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/phrases_panel.py" line="260"/>
        <source>and %1 times in reports without a full date</source>
        <translation>另有 %1 次出现在无完整日期的报告中</translation>
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
        <location filename="../../reader/gui/widgets/reader_view_images.py" line="63"/>
        <source>[loading image…]</source>
        <translation>[正在载入图片…]</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view_images.py" line="81"/>
        <source>There is no file for this picture in the report&apos;s 图片 folder.</source>
        <translation>报告的“图片”文件夹中没有这张图片的文件。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view_images.py" line="152"/>
        <source>SVG drawings are not shown: they can draw other files and take minutes to draw.</source>
        <translation>不显示 SVG 图形：它们可以绘入其他文件，绘制可能需要数分钟。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view_images.py" line="156"/>
        <source>This file is not a PNG, JPEG, GIF, BMP or WebP picture, whatever its name.</source>
        <translation>无论文件名如何，此文件都不是 PNG、JPEG、GIF、BMP 或 WebP 图片。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view_images.py" line="159"/>
        <source>The picture is %1 × %2 pixels, more than the 100 million the reader decodes.</source>
        <translation>图片为 %1 × %2 像素，超过阅读器可解码的 1 亿像素。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view_images.py" line="162"/>
        <source>This report&apos;s pictures already take the %1 MB the reader gives one report.</source>
        <translation>这篇报告的图片已用完阅读器为每篇报告分配的 %1 MB。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view_images.py" line="165"/>
        <source>The file is %1 MB, more than the %2 MB the reader reads for a picture.</source>
        <translation>文件大小为 %1 MB，超过阅读器读取单张图片的上限 %2 MB。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view_images.py" line="168"/>
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view_images.py" line="169"/>
        <source>The picture could not be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/reader_view.py" line="354"/>
        <source>Add “%1” to the dictionary</source>
        <translation>将“%1”加入词典</translation>
    </message>
</context>
<context>
    <name>ReadingFlow</name>
    <message>
        <location filename="../../reader/gui/flows/reading.py" line="36"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/reading.py" line="40"/>
        <source>Finding keywords…</source>
        <translation>正在提取关键词…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/reading.py" line="44"/>
        <source>Keywords could not be found: %1</source>
        <translation>无法提取关键词：%1</translation>
    </message>
</context>
<context>
    <name>RetrievalDialog</name>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="157"/>
        <source>Retrieve Passages with Conditions</source>
        <translation>按条件检索文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="158"/>
        <source>and also</source>
        <translation>且同时有</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="158"/>
        <source>but not</source>
        <translation>但没有</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="158"/>
        <source>near</source>
        <translation>邻近</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="163"/>
        <source>and also: passages with A that overlap a passage with B; but not: passages with A that overlap none; near: passages with A in the same paragraph as one with B</source>
        <translation>且同时有：带 A 的文段与带 B 的文段重叠；但没有：带 A 的文段不与任何带 B 的文段重叠；邻近：带 A 的文段与带 B 的文段在同一段落</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="167"/>
        <source>&amp;Passages with:</source>
        <translation>文段带有(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="168"/>
        <source>Near means &amp;within</source>
        <translation>邻近指相距不超过(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="169"/>
        <source>paragraphs (0: the same paragraph)</source>
        <translation>个段落（0：同一段落）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="170"/>
        <source>A tag includes the tags &amp;below it</source>
        <translation>标签包括其下级标签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="171"/>
        <source>C&amp;oder:</source>
        <translation>编码者(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="172"/>
        <source>Co&amp;ding:</source>
        <translation>编码方式(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="173"/>
        <source>Hand and auto-coded</source>
        <translation>手工和自动编码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="173"/>
        <source>By hand</source>
        <translation>手工编码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="173"/>
        <source>Auto-coded</source>
        <translation>自动编码</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="176"/>
        <source>&amp;Reports where:</source>
        <translation>报告条件(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="177"/>
        <source>has one of the &amp;values:</source>
        <translation>取以下值之一(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="179"/>
        <source>Every coder</source>
        <translation>所有编码者</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="181"/>
        <source>Any report</source>
        <translation>任意报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="182"/>
        <source>Re&amp;trieve</source>
        <translation>检索(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="183"/>
        <source>Export the B passages a&amp;lso</source>
        <translation>同时导出 B 文段(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="185"/>
        <source>For and also and near: also the passages with B that met the condition</source>
        <translation>用于“且同时有”和“邻近”：同时导出满足条件的带 B 文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="187"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="188"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="189"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="189"/>
        <source>Passage</source>
        <translation>文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="189"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="189"/>
        <source>Coder</source>
        <translation>编码者</translation>
    </message>
    <message>
        <location filename="../../reader/gui/dialogs/retrieval_dialog.py" line="238"/>
        <source>(no value)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>RetrievalFlow</name>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="44"/>
        <source>Retrieve Passages with Con&amp;ditions…</source>
        <translation>按条件检索文段(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="45"/>
        <source>Passages with tag A and B, A but not B, or A near B</source>
        <translation>带标签 A 且带 B、带 A 但不带 B，或 A 邻近 B 的文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="88"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="88"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="88"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="107"/>
        <source>%1 passages in %2 reports</source>
        <translation>%2 篇报告中的 %1 个文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="116"/>
        <source>Placing the annotations in their reports…</source>
        <translation>正在将标注定位到各自的报告中…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="132"/>
        <source>The passages could not be gathered: %1</source>
        <translation>无法汇集文段：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="136"/>
        <source>Reading report %1 of %2…</source>
        <translation>正在读取第 %1/%2 篇报告…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="145"/>
        <source>The %1 passages retrieved (%2)</source>
        <translation>检索到的 %1 个文段（%2）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="149"/>
        <source>%1 and also %2</source>
        <translation>%1 且同时有 %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="150"/>
        <source>%1 but not %2</source>
        <translation>%1 但没有 %2</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/retrieval.py" line="151"/>
        <source>%1 near %2</source>
        <translation>%1 邻近 %2</translation>
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
    <name>ScopeControl</name>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="209"/>
        <source>Sco&amp;pe…</source>
        <translation>范围(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="210"/>
        <source>Choose several folders, tags or single reports</source>
        <translation>选择多个文件夹、标签或单篇报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="221"/>
        <source>Whole library</source>
        <translation>整个库</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="222"/>
        <source>Every tag</source>
        <translation>每个标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="242"/>
        <source>Several: %1 folders, %2 reports</source>
        <translation>多个：%1 个文件夹，%2 篇报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="249"/>
        <source>Several: %1 tags</source>
        <translation>多个：%1 个标签</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="95"/>
        <source>Scope of the Agreement Table</source>
        <translation>一致性表的范围</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="105"/>
        <source>Filter reports</source>
        <translation>筛选报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="108"/>
        <source>&amp;Clear All</source>
        <translation>全部清除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="110"/>
        <source>The whole library and every tag</source>
        <translation>整个库和每个标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="120"/>
        <source>Nothing ticked in a list means all of it. A report is compared when it is in a ticked folder or is ticked itself; a tag counts the tags below it.</source>
        <translation>列表中未勾选任何项即表示全部。报告在勾选的文件夹中或本身被勾选时参与比较；一个标签包括其下的标签。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="129"/>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="130"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/agreement_scope.py" line="131"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="197"/>
        <source>Search every report (Enter)</source>
        <translation>在所有报告中搜索（回车）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="199"/>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="200"/>
        <source>All words</source>
        <translation>包含全部词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="201"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="205"/>
        <source>Match case, width and script</source>
        <translation>区分大小写、全半角和简繁体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="206"/>
        <source>Off: ＡＢＣ finds abc, １９９８ finds 1998 and 发展 finds 發展</source>
        <translation>不勾选时：ＡＢＣ 可找到 abc，１９９８ 可找到 1998，发展 可找到 發展</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="207"/>
        <source>Include memos</source>
        <translation>包括备忘录</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="209"/>
        <source>Also search the titles and texts of the memos, listed after the reports</source>
        <translation>同时搜索备忘录的标题和正文，结果列在报告之后</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="211"/>
        <source>Library order</source>
        <translation>库中顺序</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="211"/>
        <location filename="../../reader/gui/widgets/search_panel.py" line="218"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="211"/>
        <source>Most hits</source>
        <translation>匹配最多</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="214"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="215"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="216"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="217"/>
        <source>Tag All Hits…</source>
        <translation>为全部匹配加标签…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="218"/>
        <source>Report / passage</source>
        <translation>报告 / 文段</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="218"/>
        <source>Hits</source>
        <translation>匹配数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="220"/>
        <source>All folders</source>
        <translation>所有文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="222"/>
        <source>Anywhere</source>
        <translation>不限标签</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="268"/>
        <source>%1 hits in %2 reports</source>
        <translation>%2 篇报告中共 %1 处匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="272"/>
        <source>%1 hits in %2 memos</source>
        <translation>%2 条备忘录中 %1 处匹配</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="273"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="316"/>
        <source>Memo: %1</source>
        <translation>备忘录：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="316"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="326"/>
        <source>In the title</source>
        <translation>在标题中</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/search_panel.py" line="326"/>
        <source>In the text</source>
        <translation>在正文中</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="128"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="129"/>
        <source>Compare Side by Side</source>
        <translation>并排对照</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="131"/>
        <source>Show the open report and the chosen one side by side (double-click)</source>
        <translation>将当前报告与所选报告并排对照（双击）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="134"/>
        <source>Similar report</source>
        <translation>相似报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="134"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="134"/>
        <source>Shared characters</source>
        <translation>共同字数</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="134"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="136"/>
        <source>Shared passage / reports carrying it</source>
        <translation>共同段落 / 载有该段的报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="189"/>
        <source>No other report shares a passage of 50 characters or more with this one.</source>
        <translation>没有其他报告与本篇有 50 字以上的共同段落。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/similar_panel.py" line="193"/>
        <source>%1 reports share passages with this one; %2 of its passages are shared.</source>
        <translation>%1 篇报告与本篇有共同段落；本篇有 %2 段与其他报告共有。</translation>
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
    <name>StatusLine</name>
    <message>
        <location filename="../../reader/gui/widgets/status_line.py" line="43"/>
        <source>Reports: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/status_line.py" line="44"/>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/status_line.py" line="50"/>
        <location filename="../../reader/gui/widgets/status_line.py" line="63"/>
        <source>Reading %v of %m</source>
        <translation>正在读取 %v / %m</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/status_line.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TransferFlow</name>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="103"/>
        <location filename="../../reader/gui/flows/transfer.py" line="140"/>
        <location filename="../../reader/gui/flows/transfer.py" line="267"/>
        <source>The export could not be written</source>
        <translation>无法写入导出文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="106"/>
        <source>Exporting annotations…</source>
        <translation>正在导出标注…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="130"/>
        <source>Wrote %1 annotations from %2 reports to %3.</source>
        <translation>已将 %2 篇报告中的 %1 条标注写入 %3。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="136"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="153"/>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="155"/>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>标注文件 (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="163"/>
        <source>The file could not be imported</source>
        <translation>无法导入该文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="176"/>
        <source>Annotations are read-only</source>
        <translation>标注为只读</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="179"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="194"/>
        <source>Import annotations from %1</source>
        <translation>从 %1 导入标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="196"/>
        <source>Added %1, updated %2 and skipped %3 annotations from %4.</source>
        <translation>从 %4 新增 %1 条、更新 %2 条、跳过 %3 条标注。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="204"/>
        <source>%1 are for reports not in this library; they are listed as not found.</source>
        <translation>其中 %1 条所属的报告不在本库中，已列为“未找到”。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="207"/>
        <source>%1 were repaired to the annotations file&apos;s rules (%2).</source>
        <translation>其中 %1 条已按标注文件的规则修正（%2）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="212"/>
        <source>%1 were not imported, as they break the annotations file&apos;s rules:</source>
        <translation>%1 条标注不符合标注文件的规则，未导入：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="216"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="229"/>
        <source>Save Annotations As</source>
        <translation>标注另存为</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="231"/>
        <source>Annotations (*.json)</source>
        <translation>标注 (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="240"/>
        <source>Choose another file</source>
        <translation>请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="241"/>
        <source>This is the library&apos;s own annotations file; choose another file or folder.</source>
        <translation>这是文献库自己的标注文件，请选择其他文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="247"/>
        <source>The annotations could not be written</source>
        <translation>无法写入标注</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="250"/>
        <source>Annotations saved to %1 (File → Import Annotations brings them into a library).</source>
        <translation>标注已保存到 %1（可用“文件 → 导入标注”导入文献库）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="260"/>
        <source>Export Search Results</source>
        <translation>导出搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/transfer.py" line="270"/>
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
    <name>VariableDialog</name>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="51"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="52"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="53"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="54"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="60"/>
        <source>One choice a line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="61"/>
        <source>Choices:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="68"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="69"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="72"/>
        <source>Change Variable</source>
        <translation>修改变量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="72"/>
        <source>New Variable</source>
        <translation>新建变量</translation>
    </message>
</context>
<context>
    <name>VariablesFlow</name>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="66"/>
        <source>Report &amp;Variables…</source>
        <extracomment>A variable with more values than this is not offered in the sidebar&apos;s filter. The document fields the filter offers: those that group reports (a 文号 or a date of issue names one document).</extracomment>
        <translation>报告变量(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="67"/>
        <source>A table of every report by variable: define, edit, paste, import</source>
        <translation>按变量列出所有报告的表格：定义、编辑、粘贴、导入</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="114"/>
        <source>Set variable values</source>
        <translation>设置变量取值</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="126"/>
        <source>Change variable</source>
        <translation>修改变量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="126"/>
        <source>New variable</source>
        <translation>新建变量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="134"/>
        <source>Delete variable</source>
        <translation>删除变量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="143"/>
        <location filename="../../reader/gui/flows/variables.py" line="176"/>
        <source>Import Variables</source>
        <translation>导入变量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="145"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="152"/>
        <source>The file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="157"/>
        <source>The file could not be imported</source>
        <translation>无法导入该文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="159"/>
        <source>Row %1: no such report “%2”</source>
        <translation>第 %1 行：没有报告“%2”</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="162"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="165"/>
        <source>Import variables</source>
        <translation>导入变量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="168"/>
        <source>Imported %1 values and %2 new variables.</source>
        <translation>已导入 %1 个取值和 %2 个新变量。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="173"/>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="175"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="184"/>
        <source>Annotations are read-only</source>
        <translation>标注为只读</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="187"/>
        <source>The variable cannot be changed</source>
        <translation>无法修改变量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/variables.py" line="219"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>VariablesWindow</name>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="173"/>
        <source>Report Variables</source>
        <translation>报告变量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="174"/>
        <source>Filter reports by any value</source>
        <translation>按任意取值筛选报告</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="175"/>
        <source>New Variable…</source>
        <translation>新建变量…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="176"/>
        <source>Change Variable…</source>
        <translation>修改变量…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="177"/>
        <source>Delete Variable</source>
        <translation>删除变量</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="178"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="179"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="181"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="181"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="181"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="181"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="184"/>
        <source>Paste cells copied from a spreadsheet, starting at the chosen cell (Ctrl+V)</source>
        <translation>粘贴从电子表格复制的单元格，从所选单元格开始（Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="187"/>
        <source>A CSV file: a column naming each report (file, report or path), one column per variable</source>
        <translation>CSV 文件：一列写明报告（file、report 或 path），每个变量一列</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="212"/>
        <source>Choose a cell of a variable, then paste.</source>
        <translation>请先选择某个变量的单元格，再粘贴。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="217"/>
        <source>Paste into the columns of your own variables (right of the built-in ones).</source>
        <translation>请粘贴到自定义变量的列中（内置变量的右侧）。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="225"/>
        <source>Choose a cell of the variable to change.</source>
        <translation>请选择要修改的变量的单元格。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/widgets/variables_window.py" line="232"/>
        <source>Choose a cell of the variable to delete.</source>
        <translation>请选择要删除的变量的单元格。</translation>
    </message>
</context>
<context>
    <name>ViewFlow</name>
    <message>
        <location filename="../../reader/gui/flows/view.py" line="54"/>
        <source>Reading font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/view.py" line="67"/>
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/view.py" line="69"/>
        <source>&lt;h3&gt;Report Reader %1&lt;/h3&gt;&lt;p&gt;Close reading and qualitative coding of Chinese-language news and policy reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;报告阅读器 %1&lt;/h3&gt;&lt;p&gt;中文新闻与政策报告的精读与质性编码工具。&lt;/p&gt;</translation>
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
        <location filename="../../reader/gui/flows/wordlists.py" line="47"/>
        <source>The word could not be saved</source>
        <translation>无法保存该词语</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="50"/>
        <source>“%1” added to the dictionary</source>
        <translation>已将“%1”加入词典</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="67"/>
        <source>The word lists could not be saved</source>
        <translation>无法保存词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="77"/>
        <source>Import Word List</source>
        <translation>导入词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="79"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="86"/>
        <location filename="../../reader/gui/flows/wordlists.py" line="89"/>
        <source>The file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="99"/>
        <source>No word list to export</source>
        <translation>没有可导出的词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="99"/>
        <source>Create a word list first.</source>
        <translation>请先新建一个词表。</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="103"/>
        <location filename="../../reader/gui/flows/wordlists.py" line="110"/>
        <source>Export Word List</source>
        <translation>导出词表</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="103"/>
        <source>Word list:</source>
        <translation>词表：</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="112"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/flows/wordlists.py" line="118"/>
        <source>The word list could not be written</source>
        <translation>无法写入词表</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Demo database with {count} members created in {seconds:.1f} s: {path}</source>
        <translation>已创建含 {count} 名会员的演示数据库，用时 {seconds:.1f} 秒：{path}</translation>
    </message>
    <message>
        <source>Start the program on it with: uniondesk --db {path}</source>
        <translation>用它启动程序：uniondesk --db {path}</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>共 {count} 名会员</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already exists. Add --force to replace it with a new demo database (everything in it will be lost).</source>
        <translation>{path} 已存在。如要换成新的演示数据库，请加上 --force（原有数据将全部丢失）。</translation>
    </message>
    <message>
        <source>The number of members must be between 1 and 1000000.</source>
        <translation>会员人数须在 1 到 1000000 之间。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Membership change: {name}</source>
        <translation>会籍变化：{name}</translation>
    </message>
    <message>
        <source>e.g. union committee meeting of 2026-03-02</source>
        <translation>如：2026-03-02 工会委员会会议</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The history cannot be edited afterwards: check the date before saving.</source>
        <translation>保存后记录不能再修改，请先核对日期。</translation>
    </message>
    <message>
        <source>Choose the change and its date.</source>
        <translation>请选择变化类型和日期。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <source>The ID number has {count} characters; a resident ID card number has 18.</source>
        <translation>身份证号填了 {count} 位，居民身份证号应为 18 位。</translation>
    </message>
    <message>
        <source>The ID number may contain only digits, and X as its last character.</source>
        <translation>身份证号只能由数字组成，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>Characters 7-14 of the ID number ({digits}) are not a real date.</source>
        <translation>身份证号第 7 至 14 位（{digits}）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({date}) is not possible.</source>
        <translation>身份证号中的出生日期（{date}）不合理。</translation>
    </message>
    <message>
        <source>The ID number's last character should be {expected}, not {actual}: a digit was probably mistyped. Compare it with the ID card.</source>
        <translation>身份证号最后一位应为 {expected}，而不是 {actual}，可能有数字输错了。请对照身份证核对。</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>已除名</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退会</translation>
    </message>
    <message>
        <source>“{event}” cannot be recorded for a member whose status is “{status}”.</source>
        <translation>会员当前状态为“{status}”，不能登记“{event}”。</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>The date must not be earlier than the last event in the history ({date}).</source>
        <translation>日期不能早于会籍记录中最近一次变化的日期（{date}）。</translation>
    </message>
</context>
<context>
    <name>LifecycleEvent</name>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Membership retained</source>
        <translation>保留会籍</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>除名</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Membership reinstated</source>
        <translation>恢复会籍</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UnionDesk — {database}</source>
        <translation>工会工作台 — {database}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About UnionDesk</source>
        <translation>关于工会工作台</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>UnionDesk {version}
The office program of a grassroots trade union: members, and the paperwork around them.</source>
        <translation>工会工作台 {version}
基层工会办公程序：管理会员，办理与会员有关的各项文书工作。</translation>
    </message>
</context>
<context>
    <name>MemberColumns</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Work and household</source>
        <translation>工作与户籍</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>是否农民工</translation>
    </message>
    <message>
        <source>Household type</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会籍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>会籍状态</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Member card no.</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Consent to data collection</source>
        <translation>同意采集信息日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation>会籍变化记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select a member to see the details.</source>
        <translation>请选择一名会员，查看详细信息。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>添加会员</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑会员</translation>
    </message>
    <message>
        <source>Migrant worker (农民工)</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18 位，最后一位可以是 X</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <source>issued by the provincial system</source>
        <translation>由省级系统发放</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number *</source>
        <translation>证件号码 *</translation>
    </message>
    <message>
        <source>Gender *</source>
        <translation>性别 *</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Work and household</source>
        <translation>工作与户籍</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Household type</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Joined on *</source>
        <translation>入会日期 *</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会籍</translation>
    </message>
    <message>
        <source>Member card no.</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员编号</translation>
    </message>
    <message>
        <source>Consent to data collection</source>
        <translation>同意采集信息日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Joined by</source>
        <translation>入会方式</translation>
    </message>
    <message>
        <source>Still to complete: {count} field(s) marked *.</source>
        <translation>还有 {count} 个带 * 的必填项未填写。</translation>
    </message>
</context>
<context>
    <name>MemberRules</name>
    <message>
        <source>This ID number belongs to {name}, who is in the trash. Restore {name} from the trash instead of adding the member again.</source>
        <translation>此证件号码属于回收站中的{name}。请从回收站恢复{name}，不要重复添加。</translation>
    </message>
    <message>
        <source>This ID number already belongs to {name}; a person is registered only once. Check the number, or open {name}'s record.</source>
        <translation>该证件号码已属于{name}，同一人只能登记一次。请核对号码，或打开{name}的档案。</translation>
    </message>
    <message>
        <source>This member no longer exists (deleted or moved to the trash). Refresh the list.</source>
        <translation>该会员已不存在（已删除或已移入回收站）。请刷新列表。</translation>
    </message>
    <message>
        <source>Enter the member's name.</source>
        <translation>请输入会员姓名。</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <source>“{value}” is not a value of this list; pick one.</source>
        <translation>“{value}”不在可选范围内，请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation>请选择性别。</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>The ID number says the birth date is {id_date}; correct the birth date or the ID number.</source>
        <translation>按身份证号，出生日期应为 {id_date}。请更正出生日期或身份证号。</translation>
    </message>
    <message>
        <source>The ID number belongs to a {gender} (its 17th digit); correct the gender or the ID number.</source>
        <translation>按身份证号第 17 位，性别应为{gender}。请更正性别或身份证号。</translation>
    </message>
    <message>
        <source>man</source>
        <translation>男</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>女</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter the date the member joined the union.</source>
        <translation>请输入入会日期。</translation>
    </message>
    <message>
        <source>This date ({date}) is in the future.</source>
        <translation>该日期（{date}）晚于今天。</translation>
    </message>
    <message>
        <source>This date ({date}) is before the birth date.</source>
        <translation>该日期（{date}）早于出生日期。</translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加会员</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Membership change…</source>
        <translation>会籍变化…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <source>Search: name, pinyin (zhs), phone or ID tail, card no.</source>
        <translation>搜索：姓名、拼音（如 zhs）、电话或证件号后几位、会员卡号</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>现有会员</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>不限性别</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限年龄</translation>
    </message>
    <message>
        <source>Under 35</source>
        <translation>未满 35 岁</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation>35–44 岁</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation>45–54 岁</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 岁及以上</translation>
    </message>
    <message>
        <source>Migrant workers or not</source>
        <translation>是否农民工：不限</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Not migrant workers</source>
        <translation>非农民工</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>{shown} of {total} members</source>
        <translation>显示 {shown} 名 / 共 {total} 名会员</translation>
    </message>
    <message>
        <source>{count} member(s) moved to the trash.</source>
        <translation>已将 {count} 名会员移入回收站。</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>A mobile number has 11 digits; this one has {count}.</source>
        <translation>手机号码应为 11 位，现在是 {count} 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19.</source>
        <translation>手机号码应以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number, or a landline with its area code such as 010-12345678.</source>
        <translation>请输入 11 位手机号码，或带区号的固定电话，如 010-12345678。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language takes effect the next time UnionDesk starts.</source>
        <translation>更改语言后，下次启动工会工作台时生效。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} belongs to another program, not UnionDesk. Choose a UnionDesk database, or a new file name to start a new one.</source>
        <translation>{path} 是其他程序的文件，不是工会工作台的数据库。请选择工会工作台的数据库，或另取一个新文件名来新建数据库。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer UnionDesk. Install the newer release to open it.</source>
        <translation>数据库 {path} 由更高版本的工会工作台保存。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Close the other UnionDesk window (or the program holding the file) and try again.</source>
        <translation>数据库 {path} 正被其他程序使用。请关闭另一个工会工作台窗口（或占用该文件的程序）后重试。</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: check that the folder exists and that you may write to it.</source>
        <translation>无法打开数据库 {path}：请检查所在文件夹是否存在，以及您是否有权写入。</translation>
    </message>
    <message>
        <source>{path} is not a UnionDesk database (or it is damaged). Choose the right file, or restore a backup.</source>
        <translation>{path} 不是工会工作台的数据库（或文件已损坏）。请选择正确的文件，或从备份恢复。</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path given with --db or UNIONDESK_DB.</source>
        <translation>{path} 处没有数据库。请检查 --db 参数或 UNIONDESK_DB 环境变量给出的路径。</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Members moved to the trash are kept until restored. Select members and press Restore to put them back in the register.</source>
        <translation>移入回收站的会员会一直保留，直到被恢复。选中会员后点击“恢复”，即可放回会员名册。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
</TS>

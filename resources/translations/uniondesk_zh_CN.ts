<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>UnionDesk {version}</source>
        <translation>工会工作台 {version}</translation>
    </message>
    <message>
        <source>The office program of a grassroots trade union: members, and the paperwork around them.</source>
        <translation>基层工会办公程序：管理会员，办理与会员有关的各项文书工作。</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>数据库文件：{path}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Backup folder: {path}</source>
        <translation>备份文件夹：{path}</translation>
    </message>
</context>
<context>
    <name>AccountMonthsModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Dues base</source>
        <translation>会费基数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应缴</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实缴</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not owed (not an active member)</source>
        <translation>不需缴（非在册会员）</translation>
    </message>
    <message>
        <source>No wage base</source>
        <translation>无工资基数</translation>
    </message>
    <message>
        <source>Partly paid (back-dues?)</source>
        <translation>部分缴纳（补缴？）</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Your account ({user}) may not do this. Ask the union chair to change your role if you need to.</source>
        <translation>您的账户（{user}）无权进行此操作。如确有需要，请联系工会主席调整您的角色。</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>This password is too easy to guess; mix letters and digits.</source>
        <translation>这个密码太容易被猜到，请混合使用字母和数字。</translation>
    </message>
    <message>
        <source>Enter a user name without spaces (at most 60 characters).</source>
        <translation>请输入用户名，不能含空格（最多 60 个字符）。</translation>
    </message>
    <message>
        <source>Enter the union&apos;s name.</source>
        <translation>请输入工会名称。</translation>
    </message>
    <message>
        <source>Enter the name of the unit (employer).</source>
        <translation>请输入所在单位名称。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 letters and digits.</source>
        <translation>统一社会信用代码应为 18 位字母或数字。</translation>
    </message>
    <message>
        <source>This database has been set up already; log in.</source>
        <translation>该数据库已完成初始设置，请直接登录。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {minutes} more minute(s).</source>
        <translation>密码错误次数过多，该账户已锁定，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <source>This account has been switched off. Ask the union chair.</source>
        <translation>该账户已停用，请联系工会主席。</translation>
    </message>
    <message>
        <source>The user name {name} is taken; choose another.</source>
        <translation>用户名 {name} 已被使用，请另选一个。</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator rights; another administrator must do it.</source>
        <translation>不能取消自己的管理员权限，需由其他管理员操作。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>What each role may do:</source>
        <translation>各角色的权限：</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>在线用户</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近在线</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Everyone may work at the same time; when two people change the same record, the second save is refused and shown what the first one changed.</source>
        <translation>大家可以同时工作；两人修改同一条记录时，后保存的一方会被拒绝，并看到先保存的一方改了什么。</translation>
    </message>
    <message>
        <source>{name} (this window)</source>
        <translation>{name}（本窗口）</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Locked after wrong passwords</source>
        <translation>密码错误次数过多，已锁定</translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation>{user} 的新密码</translation>
    </message>
</context>
<context>
    <name>ActivitiesPane</name>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>复制为明年活动</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Check-in at the door</source>
        <translation>现场签到</translation>
    </message>
    <message>
        <source>Notice (通知)…</source>
        <translation>活动通知…</translation>
    </message>
    <message>
        <source>Sign-in sheet with participants…</source>
        <translation>签到表（含报名人员）…</translation>
    </message>
    <message>
        <source>Blank sign-in sheet…</source>
        <translation>空白签到表…</translation>
    </message>
    <message>
        <source>Participant list for reimbursement…</source>
        <translation>参加人员名单（报销用）…</translation>
    </message>
    <message>
        <source>Competition results…</source>
        <translation>竞赛成绩表…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export participants…</source>
        <translation>导出参加人员…</translation>
    </message>
    <message>
        <source>Activity types…</source>
        <translation>活动类型…</translation>
    </message>
    <message>
        <source>Visit ceilings…</source>
        <translation>慰问标准上限…</translation>
    </message>
    <message>
        <source>Search titles and places</source>
        <translation>搜索标题和地点</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>{shown} of {total} activities</source>
        <translation>{shown} / {total} 项活动</translation>
    </message>
    <message>
        <source>No activities here yet. “New activity” plans one: type, dates, place, budget and places; participants, check-in at the door and expenses follow on the right.</source>
        <translation>这里还没有活动。点“新建活动”制定方案：类型、日期、地点、预算和名额；参加人员、现场签到和经费支出在右侧办理。</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年度</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete “{title}” with its participants and attendance? Only for an activity entered by mistake; a called-off activity is better set to Cancelled.</source>
        <translation>删除“{title}”及其参加人员和签到记录吗？仅用于误录入的活动；已取消的活动请将状态设为“已取消”。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>参加人员名单</translation>
    </message>
    <message>
        <source>Competition results</source>
        <translation>竞赛成绩表</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>导出参加人员</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} participants written to {path}.</source>
        <translation>已将 {count} 名参加人员写入 {path}。</translation>
    </message>
</context>
<context>
    <name>ActivityColumns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Present / signed up</source>
        <translation>实到/报名</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
</context>
<context>
    <name>ActivityDetailView</name>
    <message>
        <source>Check-in</source>
        <translation>现场签到</translation>
    </message>
    <message>
        <source>Set status:</source>
        <translation>设置状态：</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>活动方案</translation>
    </message>
    <message>
        <source> ({capacity} places, {over} over)</source>
        <translation>（名额 {capacity} 人，超出 {over} 人）</translation>
    </message>
    <message>
        <source> ({capacity} places)</source>
        <translation>（名额 {capacity} 人）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>{signed} (waiting list {waiting})</source>
        <translation>{signed}（候补 {waiting}）</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Add participants…</source>
        <translation>添加参加人员…</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>标记出席</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>标记缺席</translation>
    </message>
    <message>
        <source>Late / on time</source>
        <translation>迟到/准时</translation>
    </message>
    <message>
        <source>Set team…</source>
        <translation>设置队伍…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Signed up: {signed}. Waiting list: {waiting}. Already on the list: {already}.</source>
        <translation>报名 {signed} 人，候补 {waiting} 人，已在名单中 {already} 人。</translation>
    </message>
    <message>
        <source>Not current members, left out: {count}.</source>
        <translation>非在册会员未加入：{count} 人。</translation>
    </message>
    <message>
        <source>Moved up from the waiting list: {names}</source>
        <translation>由候补递补：{names}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Competition team</source>
        <translation>参赛队伍</translation>
    </message>
    <message>
        <source>Team name for {count} people:</source>
        <translation>为 {count} 人设置队名：</translation>
    </message>
    <message>
        <source>Add spending…</source>
        <translation>添加支出…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>经费支出</translation>
    </message>
    <message>
        <source>This line comes from a condolence visit; change the visit instead.</source>
        <translation>这笔支出来自慰问记录，请修改慰问记录。</translation>
    </message>
    <message>
        <source>Remove the line of {amount} yuan ({payee})? The audit trail keeps a record of it.</source>
        <translation>删除这笔 {amount} 元（{payee}）的支出吗？操作日志会保留记录。</translation>
    </message>
    <message>
        <source>Add result…</source>
        <translation>添加成绩…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>竞赛成绩</translation>
    </message>
    <message>
        <source>Add visit…</source>
        <translation>添加慰问…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>慰问记录</translation>
    </message>
    <message>
        <source>Remove the visit to {name} on {date}, with its spending line?</source>
        <translation>删除 {date} 对 {name} 的慰问及其支出记录吗？</translation>
    </message>
    <message>
        <source>Choose an activity in the list, or add one.</source>
        <translation>请在列表中选择一项活动，或新建活动。</translation>
    </message>
    <message>
        <source>Signed up {signed}{capacity} · waiting list {waiting} · present {present} (late {late}, walk-ins {walk_ins})</source>
        <translation>已报名 {signed}{capacity} · 候补 {waiting} · 实到 {present}（迟到 {late}，临时参加 {walk_ins}）</translation>
    </message>
    <message>
        <source>No budget set · spent {spent} yuan</source>
        <translation>未设预算 · 已支出 {spent} 元</translation>
    </message>
    <message>
        <source>Budget {budget} · spent {spent} · {left} yuan</source>
        <translation>预算 {budget} · 已支出 {spent} · {left} 元</translation>
    </message>
    <message>
        <source>left {amount}</source>
        <translation>结余 {amount}</translation>
    </message>
    <message>
        <source>over by {amount}</source>
        <translation>超支 {amount}</translation>
    </message>
    <message>
        <source>{count} visits, {total} yuan</source>
        <translation>慰问 {count} 人次，共 {total} 元</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>e.g. 2026年职工羽毛球赛</source>
        <translation>例如：2026年职工羽毛球赛</translation>
    </message>
    <message>
        <source>yuan, e.g. 3000</source>
        <translation>元，例如 3000</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts on *</source>
        <translation>开始日期 *</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ActivityExport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Card no.</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>Waiting list no.</source>
        <translation>候补序号</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>临时参加</translation>
    </message>
    <message>
        <source>Competition team</source>
        <translation>参赛队伍</translation>
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
    <name>ActivityPapers</name>
    <message>
        <source>There is no activity number {id}.</source>
        <translation>没有编号为 {id} 的活动。</translation>
    </message>
</context>
<context>
    <name>ActivityRules</name>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation>请填写活动标题。</translation>
    </message>
    <message>
        <source>Enter the date it starts.</source>
        <translation>请填写活动开始日期。</translation>
    </message>
    <message>
        <source>The end date is before the start date; correct one of them.</source>
        <translation>结束日期早于开始日期，请更正其中之一。</translation>
    </message>
    <message>
        <source>The end time is before the start time on the same day.</source>
        <translation>同一天内结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>The capacity is at least 1; leave it empty for no limit.</source>
        <translation>名额至少为 1；不限名额请留空。</translation>
    </message>
    <message>
        <source>Choose the type of activity.</source>
        <translation>请选择活动类型。</translation>
    </message>
    <message>
        <source>“{title}” has spending lines or visits, which the funds ledger shows. Set its status to Cancelled instead, or remove those lines first.</source>
        <translation>“{title}”已有支出或慰问记录，经费账中会显示这些记录。请将其状态改为“已取消”，或先删除这些记录。</translation>
    </message>
    <message>
        <source>Cancelled: nobody was signed up.</source>
        <translation>已取消：没有人报名。</translation>
    </message>
    <message>
        <source>This activity is cancelled; nobody can check in.</source>
        <translation>该活动已取消，不能签到。</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>该会员已不存在。</translation>
    </message>
    <message>
        <source>{name} is not signed up for this activity. Add them as a walk-in?</source>
        <translation>{name} 未报名本活动。作为临时参加人员加入吗？</translation>
    </message>
    <message>
        <source>Choose the spending category.</source>
        <translation>请选择支出科目。</translation>
    </message>
    <message>
        <source>Enter the amount spent, more than 0 yuan.</source>
        <translation>请填写支出金额（大于 0 元）。</translation>
    </message>
    <message>
        <source>Enter the date of the spending.</source>
        <translation>请填写支出日期。</translation>
    </message>
    <message>
        <source>This line belongs to a condolence visit; remove or change the visit instead.</source>
        <translation>这笔支出属于一次慰问，请修改或删除该慰问记录。</translation>
    </message>
    <message>
        <source>Choose the participant, or type the team&apos;s name.</source>
        <translation>请选择参赛人员，或填写队名。</translation>
    </message>
    <message>
        <source>The rank is 1 or more.</source>
        <translation>名次应为 1 或以上。</translation>
    </message>
    <message>
        <source>This result no longer exists.</source>
        <translation>该成绩记录已不存在。</translation>
    </message>
    <message>
        <source>{name} would receive {total} yuan for “{reason}” in {year}, over the yearly ceiling of {limit} yuan per person (already {before} yuan this year).</source>
        <translation>{name} {year}年“{reason}”慰问将累计 {total} 元，超过每人每年 {limit} 元的标准上限（本年已慰问 {before} 元）。</translation>
    </message>
    <message>
        <source>Choose the member visited.</source>
        <translation>请选择慰问对象。</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>请填写慰问日期。</translation>
    </message>
    <message>
        <source>The amount cannot be negative; enter 0 for a gift without a value.</source>
        <translation>金额不能为负数；慰问品无金额时填 0。</translation>
    </message>
    <message>
        <source>Enter the amount, or describe the gift.</source>
        <translation>请填写金额，或填写慰问品。</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>该慰问记录已不存在。</translation>
    </message>
    <message>
        <source>A ceiling cannot be negative; leave it empty for none.</source>
        <translation>上限不能为负数；不设上限请留空。</translation>
    </message>
    <message>
        <source>Enter the type&apos;s name.</source>
        <translation>请填写类型名称。</translation>
    </message>
    <message>
        <source>There is already a type named “{name}”.</source>
        <translation>已有名为“{name}”的类型。</translation>
    </message>
    <message>
        <source>This type no longer exists.</source>
        <translation>该类型已不存在。</translation>
    </message>
    <message>
        <source>This activity no longer exists (deleted by someone else?). Refresh the list.</source>
        <translation>该活动已不存在（可能已被他人删除），请刷新列表。</translation>
    </message>
    <message>
        <source>This spending line no longer exists.</source>
        <translation>该支出记录已不存在。</translation>
    </message>
    <message>
        <source>Sign-up is closed: the activity is finished or cancelled. Walk-ins can still be added at check-in while it runs.</source>
        <translation>报名已截止：活动已结束或已取消。活动进行中仍可在签到时加入临时参加人员。</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message>
        <source>Add participants</source>
        <translation>添加参加人员</translation>
    </message>
    <message>
        <source>By search</source>
        <translation>按姓名查找</translation>
    </message>
    <message>
        <source>(any department)</source>
        <translation>（所有部门）</translation>
    </message>
    <message>
        <source>(any team)</source>
        <translation>（所有班组）</translation>
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
        <source>Department or team</source>
        <translation>按部门或班组</translation>
    </message>
    <message>
        <source>Union post</source>
        <translation>工会职务</translation>
    </message>
    <message>
        <source>Every member whose membership is active ({count}).</source>
        <translation>所有在册会员（{count} 人）。</translation>
    </message>
    <message>
        <source>Everyone active</source>
        <translation>全体在册会员</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Choose a department, a team or both.</source>
        <translation>请选择部门或班组（或两者）。</translation>
    </message>
    <message>
        <source>{count} active members</source>
        <translation>在册会员 {count} 人</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>还没有选择人员。</translation>
    </message>
    <message>
        <source>Signing up {count} members…</source>
        <translation>正在为 {count} 名会员报名…</translation>
    </message>
</context>
<context>
    <name>AidExport</name>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Aid requested</source>
        <translation>申请帮扶</translation>
    </message>
    <message>
        <source>Aid granted</source>
        <translation>批准帮扶</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已发放（元）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Bank card no.</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>Household yearly income</source>
        <translation>家庭年收入</translation>
    </message>
    <message>
        <source>Rigid spending</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <source>Aid cases</source>
        <translation>帮扶档案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在档</translation>
    </message>
</context>
<context>
    <name>AidPane</name>
    <message>
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Search: member name, pinyin initials, case no.</source>
        <translation>搜索：会员姓名、拼音首字母、档案号</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>在档和已结案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在档</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any aid type</source>
        <translation>全部帮扶类型</translation>
    </message>
    <message>
        <source>Any next step</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建档案…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>发放…</translation>
    </message>
    <message>
        <source>Payment batch…</source>
        <translation>批量发放…</translation>
    </message>
    <message>
        <source>Application form (帮扶申请书)…</source>
        <translation>帮扶申请书…</translation>
    </message>
    <message>
        <source>Application form with full ID number and health (recorded)…</source>
        <translation>帮扶申请书（含完整身份证号和健康状况，记入日志）…</translation>
    </message>
    <message>
        <source>Approval form (审批表)…</source>
        <translation>审批表…</translation>
    </message>
    <message>
        <source>Payment sheet of a batch (发放签领表)…</source>
        <translation>发放签领表…</translation>
    </message>
    <message>
        <source>Public notice of a year (公示)…</source>
        <translation>年度公示…</translation>
    </message>
    <message>
        <source>Purge old cases…</source>
        <translation>清理过期档案…</translation>
    </message>
    <message>
        <source>No aid cases here. “New case…” opens a household&apos;s file; the steps from application to follow-up call are recorded under “Record step…”. Check the filters above if you expected cases.</source>
        <translation>这里没有帮扶档案。点“新建档案…”为一户建档；从申请到回访的各个环节在“办理环节…”中记录。如果应当有档案，请检查上方的筛选条件。</translation>
    </message>
    <message>
        <source>Reveal ID number</source>
        <translation>显示身份证号</translation>
    </message>
    <message>
        <source>Reveal bank card</source>
        <translation>显示银行卡号</translation>
    </message>
    <message>
        <source>Reveal health</source>
        <translation>显示健康状况</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Remove payment entered by mistake…</source>
        <translation>删除误录的发放记录…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>共 {count} 件</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>提醒（{count}）</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>未选择档案。</translation>
    </message>
    <message>
        <source>(overridden; computed: {computed}; reason: {reason})</source>
        <translation>（已调整；计算结果：{computed}；理由：{reason}）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>{size} persons, yearly income {income} yuan, rigid spending {rigid} yuan</source>
        <translation>{size} 人，年收入 {income} 元，刚性支出 {rigid} 元</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Aid requested</source>
        <translation>申请帮扶</translation>
    </message>
    <message>
        <source>Aid granted</source>
        <translation>批准帮扶</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Filed by / reviewed by</source>
        <translation>建档人 / 审核人</translation>
    </message>
    <message>
        <source>Public notice until</source>
        <translation>公示截止</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>已清理</translation>
    </message>
    <message>
        <source>personal data removed on {day}</source>
        <translation>个人信息已于 {day} 清除</translation>
    </message>
    <message>
        <source>Tier calculation</source>
        <translation>困难类别计算</translation>
    </message>
    <message>
        <source>next</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Select the payment to remove first.</source>
        <translation>请先选择要删除的发放记录。</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>删除发放记录</translation>
    </message>
    <message>
        <source>Why is the payment of {amount} yuan on {day} removed? (recorded in the audit trail)</source>
        <translation>为什么删除 {day} 发放的 {amount} 元？（记入操作日志）</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>帮扶申请书</translation>
    </message>
    <message>
        <source>Approval form</source>
        <translation>审批表</translation>
    </message>
    <message>
        <source>Payment sheet</source>
        <translation>发放签领表</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>There is no payment batch yet.</source>
        <translation>还没有发放批次。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Export aid cases</source>
        <translation>导出帮扶档案</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Sensitive columns</source>
        <translation>敏感信息列</translation>
    </message>
    <message>
        <source>Include ID numbers, bank card numbers, health and income figures? Only do this when the file is needed for aid work; the choice is recorded in the audit trail.</source>
        <translation>是否包含身份证号、银行卡号、健康状况和收入数据？仅在帮扶工作确需时选择；此选择将记入操作日志。</translation>
    </message>
    <message>
        <source>Purge old cases</source>
        <translation>清理过期档案</translation>
    </message>
    <message>
        <source>No closed case is past the retention period.</source>
        <translation>没有超过保存期限的已结案档案。</translation>
    </message>
    <message>
        <source>{count} closed cases are past the retention period ({cases}). Remove their personal data? A backup is taken first.</source>
        <translation>{count} 件已结案档案超过保存期限（{cases}）。要清除其中的个人信息吗？清理前会先备份。</translation>
    </message>
    <message>
        <source>Purge report</source>
        <translation>清理报告</translation>
    </message>
</context>
<context>
    <name>AidPurge</name>
    <message>
        <source>Closed before {day}; backup taken first: {backup}</source>
        <translation>结案早于 {day}；已先备份：{backup}</translation>
    </message>
    <message>
        <source>No closed case is past the retention period.</source>
        <translation>没有超过保存期限的已结案档案。</translation>
    </message>
    <message>
        <source>{case_no} {name}, closed {day}: whole file deleted ({household} household members, {steps} workflow records)</source>
        <translation>{case_no} {name}，{day} 结案：整档删除（家庭成员 {household} 人，流程记录 {steps} 条）</translation>
    </message>
    <message>
        <source>{case_no} {name}, closed {day}: personal data erased ({household} household members, health, income, bank card, consent, reasons); {payments} payments kept for the accounts</source>
        <translation>{case_no} {name}，{day} 结案：已清除个人信息（家庭成员 {household} 人、健康、收入、银行卡、知情同意、理由）；{payments} 笔发放记录作为会计资料保留</translation>
    </message>
</context>
<context>
    <name>AidReminders</name>
    <message>
        <source>Public notice ends {day}: record its outcome</source>
        <translation>公示于 {day} 结束：请登记公示结果</translation>
    </message>
    <message>
        <source>Yearly review due {day}</source>
        <translation>{day} 应进行年度复核</translation>
    </message>
    <message>
        <source>Follow-up call due {day}</source>
        <translation>{day} 应进行回访</translation>
    </message>
</context>
<context>
    <name>AidRules</name>
    <message>
        <source>The application date is in the future; enter the day the application was received.</source>
        <translation>申请日期在将来；请填写收到申请的日期。</translation>
    </message>
    <message>
        <source>Enter the household size: the number of persons living on the household income, 1 to 30.</source>
        <translation>请填写家庭人口：依靠家庭收入生活的人数，1 至 30。</translation>
    </message>
    <message>
        <source>{count} persons are listed with the applicant, so the household size cannot be {size}.</source>
        <translation>连同申请人已列出 {count} 人，家庭人口不能是 {size}。</translation>
    </message>
    <message>
        <source>An amount here cannot be negative.</source>
        <translation>此处金额不能为负数。</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>A disability grade needs the type of disability.</source>
        <translation>填写残疾等级时须同时选择残疾类别。</translation>
    </message>
    <message>
        <source>The secondary cause is the same as the main cause; choose another or leave it empty.</source>
        <translation>次要致困原因与主要原因相同；请另选或留空。</translation>
    </message>
    <message>
        <source>Choose the main cause of hardship.</source>
        <translation>请选择主要致困原因。</translation>
    </message>
    <message>
        <source>Unknown aid type.</source>
        <translation>未知的帮扶类型。</translation>
    </message>
    <message>
        <source>Tick at least one kind of aid the household asks for.</source>
        <translation>请至少勾选一项申请的帮扶类型。</translation>
    </message>
    <message>
        <source>Write why the computed tier is overridden; the reason is kept with the case.</source>
        <translation>请填写调整困难类别的理由；理由随档案保存。</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s separate consent (date and what was consented to) before storing health, income and bank details.</source>
        <translation>保存健康、收入和银行信息前，请登记申请人的单独同意（日期和同意的内容）。</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>同意日期在将来。</translation>
    </message>
    <message>
        <source>A bank card number has 12 to 19 digits; check the number.</source>
        <translation>银行卡号为 12 至 19 位数字；请核对。</translation>
    </message>
    <message>
        <source>Enter the housing area in square metres, 0 to 2000.</source>
        <translation>请填写住房面积（平方米），0 至 2000。</translation>
    </message>
    <message>
        <source>Household row {row}: enter the person&apos;s name.</source>
        <translation>家庭成员第 {row} 行：请填写姓名。</translation>
    </message>
    <message>
        <source>Household row {row}: the monthly income cannot be negative.</source>
        <translation>家庭成员第 {row} 行：月收入不能为负数。</translation>
    </message>
    <message>
        <source>Household row {row}: the birth date is in the future.</source>
        <translation>家庭成员第 {row} 行：出生日期在将来。</translation>
    </message>
    <message>
        <source>Household row {row}: {problem}</source>
        <translation>家庭成员第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Household row {row}: choose the health from the list.</source>
        <translation>家庭成员第 {row} 行：请从列表中选择健康状况。</translation>
    </message>
    <message>
        <source>This case no longer exists. Refresh the list.</source>
        <translation>该档案已不存在。请刷新列表。</translation>
    </message>
    <message>
        <source>There is no payment batch {id}.</source>
        <translation>没有编号为 {id} 的发放批次。</translation>
    </message>
    <message>
        <source>Pick the applicant from the member register.</source>
        <translation>请从会员名册中选择申请人。</translation>
    </message>
    <message>
        <source>The personal data of this case was purged after the retention period; it cannot be edited.</source>
        <translation>该档案的个人信息已在保存期满后清除，不能再编辑。</translation>
    </message>
    <message>
        <source>The applicant of a case cannot be changed; open a new case instead.</source>
        <translation>档案的申请人不能更改；请另建档案。</translation>
    </message>
    <message>
        <source>This household already has an open case, {case_no} ({name}); one household has one file. Open case {case_no} instead.</source>
        <translation>该家庭已有在档档案 {case_no}（{name}）；一户一档。请打开档案 {case_no}。</translation>
    </message>
    <message>
        <source>Give the batch a title, e.g. 2026年春节送温暖.</source>
        <translation>请填写批次名称，例如 2026年春节送温暖。</translation>
    </message>
    <message>
        <source>Add at least one approved case with an amount to the batch.</source>
        <translation>请至少为一件已审批的档案填写发放金额。</translation>
    </message>
    <message>
        <source>Case {case_no} is not approved (or is closed): aid is paid only after the approval step (审批) has been recorded.</source>
        <translation>档案 {case_no} 尚未审批（或已结案）：须登记审批后才能发放。</translation>
    </message>
    <message>
        <source>Case {case_no}: enter an amount of more than 0 yuan.</source>
        <translation>档案 {case_no}：请填写大于 0 元的金额。</translation>
    </message>
    <message>
        <source>The payment date is in the future.</source>
        <translation>发放日期在将来。</translation>
    </message>
    <message>
        <source>Case {case_no}: the payment date is before the approval on {day}.</source>
        <translation>档案 {case_no}：发放日期早于 {day} 的审批。</translation>
    </message>
    <message>
        <source>Aid in kind: write what was given (e.g. 米 2 袋, 油 1 桶).</source>
        <translation>实物发放：请填写发放内容（如 米 2 袋、油 1 桶）。</translation>
    </message>
    <message>
        <source>Choose a spending category of the union accounts.</source>
        <translation>请选择工会会计的支出科目。</translation>
    </message>
    <message>
        <source>Write why the payment is removed.</source>
        <translation>请填写删除该发放记录的理由。</translation>
    </message>
    <message>
        <source>This payment no longer exists. Refresh the list.</source>
        <translation>该发放记录已不存在。请刷新列表。</translation>
    </message>
</context>
<context>
    <name>AidSettings</name>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请填写 {low} 至 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>The minimum-living line must be more than 0 yuan per person per month.</source>
        <translation>低保标准须大于每人每月 0 元。</translation>
    </message>
</context>
<context>
    <name>AidSettingsDialog</name>
    <message>
        <source>Aid settings</source>
        <translation>帮扶设置</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Yuan / person / month</source>
        <translation>元/人·月</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected line</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Minimum-living lines (低保标准)</source>
        <translation>低保标准</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>新标准</translation>
    </message>
    <message>
        <source>Keep closed cases for</source>
        <translation>已结案档案保存</translation>
    </message>
    <message>
        <source>Public notice lasts</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>Follow-up call after closing</source>
        <translation>结案后回访</translation>
    </message>
    <message>
        <source>Show yearly reviews due within</source>
        <translation>提前提醒年度复核</translation>
    </message>
</context>
<context>
    <name>AidTables</name>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Aid requested</source>
        <translation>申请帮扶</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已发放（元）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在档</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Work or school</source>
        <translation>工作单位/学校</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Aid type</source>
        <translation>帮扶类型</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>发放形式</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>发放内容</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>会计科目</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
</context>
<context>
    <name>AidTiers</name>
    <message>
        <source>({income} yearly disposable income - {rigid} rigid spending) ÷ 12 months ÷ {size} persons = {per_head} yuan per person per month</source>
        <translation>（家庭年可支配收入 {income} - 刚性支出 {rigid}）÷ 12 个月 ÷ {size} 人 = 人均月收入 {per_head} 元</translation>
    </message>
    <message>
        <source>Local minimum-living line (低保): {line} yuan; twice the line: {double} yuan</source>
        <translation>当地低保标准 {line} 元；2 倍低保 {double} 元</translation>
    </message>
    <message>
        <source>No minimum-living line is set for this date: enter it in the aid settings.</source>
        <translation>该日期没有低保标准：请在帮扶设置中填写。</translation>
    </message>
    <message>
        <source>{per_head} ≤ {line}: deep hardship (深度困难)</source>
        <translation>{per_head} ≤ {line}：深度困难</translation>
    </message>
    <message>
        <source>{per_head} &gt; {line} but &lt; {double}: relative hardship (相对困难)</source>
        <translation>{per_head} &gt; {line} 且 &lt; {double}：相对困难</translation>
    </message>
    <message>
        <source>{per_head} ≥ {double}: above both income lines</source>
        <translation>{per_head} ≥ {double}：高于两条收入线</translation>
    </message>
    <message>
        <source>Costs of disaster, accident or serious illness this year: {costs} yuan; the household has no income, so any such cost counts as more than 80%</source>
        <translation>本年度灾害、事故、大病支出 {costs} 元；家庭无收入，此类支出均视为超过 80%</translation>
    </message>
    <message>
        <source>Costs of disaster, accident or serious illness this year: {costs} yuan = {share}% of the household income (more than 80% means hardship by accident, 意外致困): {verdict}</source>
        <translation>本年度灾害、事故、大病支出 {costs} 元，占家庭收入 {share}%（超过 80% 为意外致困）：{verdict}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Result: does not qualify for a hardship file</source>
        <translation>结论：不符合建档标准</translation>
    </message>
</context>
<context>
    <name>AidWorkflow</name>
    <message>
        <source>A decision cannot be dated in the future.</source>
        <translation>决定日期不能在将来。</translation>
    </message>
    <message>
        <source>Application (申请)</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>First review (初审)</source>
        <translation>初审</translation>
    </message>
    <message>
        <source>Home visit (入户调查)</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Public notice (公示)</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Approval (审批)</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Aid given (帮扶发放)</source>
        <translation>帮扶发放</translation>
    </message>
    <message>
        <source>Yearly review (年度复核)</source>
        <translation>年度复核</translation>
    </message>
    <message>
        <source>Out of hardship / removed (解困/退档)</source>
        <translation>解困/退档</translation>
    </message>
    <message>
        <source>Follow-up call (回访)</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Skipped by decision</source>
        <translation>经决定跳过</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Aid continues</source>
        <translation>继续帮扶</translation>
    </message>
    <message>
        <source>Out of hardship (解困)</source>
        <translation>解困</translation>
    </message>
    <message>
        <source>Removed from the files (退档)</source>
        <translation>退档</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Out of hardship</source>
        <translation>已解困</translation>
    </message>
    <message>
        <source>Removed from the files</source>
        <translation>已退档</translation>
    </message>
    <message>
        <source>This decision does not belong to this step.</source>
        <translation>该决定不属于此环节。</translation>
    </message>
    <message>
        <source>Write the reason for this decision.</source>
        <translation>请填写此决定的理由。</translation>
    </message>
    <message>
        <source>The date is before the case&apos;s last recorded step; steps are recorded in order.</source>
        <translation>日期早于档案最近登记的环节；环节须按顺序登记。</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it with a reason first if it was closed by mistake.</source>
        <translation>档案已结案。如属误结，请先填写理由重新开启。</translation>
    </message>
    <message>
        <source>The case has gone through every step.</source>
        <translation>档案已完成全部环节。</translation>
    </message>
    <message>
        <source>{step} cannot be recorded now; the next step is {next}.</source>
        <translation>现在不能登记“{step}”；下一环节是“{next}”。</translation>
    </message>
    <message>
        <source>The next step is {next}. Steps are not skipped unless you record a decision to skip them, with its reason.</source>
        <translation>下一环节是“{next}”。不能跳过环节，除非登记跳过的决定及理由。</translation>
    </message>
    <message>
        <source>The application and the approval cannot be skipped: no aid is given without them.</source>
        <translation>申请和审批不能跳过：没有申请和审批不得发放帮扶。</translation>
    </message>
    <message>
        <source>The case is open; only a closed case can be reopened.</source>
        <translation>档案在档；只有已结案的档案才能重新开启。</translation>
    </message>
    <message>
        <source>Write why the case is reopened.</source>
        <translation>请填写重新开启的理由。</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Employer&apos;s 2% allocation</source>
        <translation>行政拨缴 2% 工会经费</translation>
    </message>
    <message>
        <source>the month&apos;s total payroll, yuan</source>
        <translation>当月工资总额，单位：元</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Total payroll (yuan)</source>
        <translation>工资总额（元）</translation>
    </message>
    <message>
        <source>Amount received (yuan)</source>
        <translation>实收金额（元）</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>拨缴单位</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>2% of the payroll: {amount} yuan</source>
        <translation>工资总额的 2%：{amount} 元</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Membership change</source>
        <translation>会籍变化</translation>
    </message>
    <message>
        <source>Revealed a hidden value</source>
        <translation>查看隐藏信息</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>首次设置</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Demo accounts created</source>
        <translation>生成演示账户</translation>
    </message>
    <message>
        <source>Printed with full ID numbers</source>
        <translation>打印（含完整证件号码）</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Union post added</source>
        <translation>新增工会职务</translation>
    </message>
    <message>
        <source>Union post ended</source>
        <translation>工会职务任期结束</translation>
    </message>
    <message>
        <source>Union post removed</source>
        <translation>删除工会职务</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>恢复了备份</translation>
    </message>
    <message>
        <source>Exported the whole database (encrypted)</source>
        <translation>导出了整个数据库（加密）</translation>
    </message>
    <message>
        <source>Created from an encrypted export</source>
        <translation>由加密导出文件建立</translation>
    </message>
    <message>
        <source>Checked the database</source>
        <translation>校验了数据库</translation>
    </message>
    <message>
        <source>Sealed the existing rows</source>
        <translation>为已有数据行加封</translation>
    </message>
    <message>
        <source>Changed who may back up</source>
        <translation>更改了可备份的角色</translation>
    </message>
    <message>
        <source>Signed up for an activity</source>
        <translation>活动报名</translation>
    </message>
    <message>
        <source>Sign-up cancelled</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Marked present</source>
        <translation>标记出席</translation>
    </message>
    <message>
        <source>Marked absent</source>
        <translation>标记缺席</translation>
    </message>
    <message>
        <source>Participants exported</source>
        <translation>导出参加人员</translation>
    </message>
    <message>
        <source>Aid workflow step</source>
        <translation>帮扶流程环节</translation>
    </message>
    <message>
        <source>Aid case reopened</source>
        <translation>帮扶档案重新开启</translation>
    </message>
    <message>
        <source>Old aid cases purged</source>
        <translation>清理过期帮扶档案</translation>
    </message>
    <message>
        <source>Aid settings changed</source>
        <translation>修改帮扶设置</translation>
    </message>
    <message>
        <source>Aid cases exported</source>
        <translation>导出帮扶档案</translation>
    </message>
    <message>
        <source>Dues rate set</source>
        <translation>设置会费费率</translation>
    </message>
    <message>
        <source>Dues rate removed</source>
        <translation>删除会费费率</translation>
    </message>
    <message>
        <source>Wage base for dues set</source>
        <translation>设置会费工资基数</translation>
    </message>
    <message>
        <source>Wage base for dues removed</source>
        <translation>删除会费工资基数</translation>
    </message>
    <message>
        <source>Dues payment recorded</source>
        <translation>登记会费缴纳</translation>
    </message>
    <message>
        <source>Dues batch recorded</source>
        <translation>批量登记会费</translation>
    </message>
    <message>
        <source>Dues receipt issued</source>
        <translation>开具会费收据</translation>
    </message>
    <message>
        <source>Dues payment reversed</source>
        <translation>冲销会费缴纳</translation>
    </message>
    <message>
        <source>Dues receipt voided</source>
        <translation>作废会费收据</translation>
    </message>
    <message>
        <source>Dues list exported</source>
        <translation>导出会费名单</translation>
    </message>
    <message>
        <source>Demo wage bases added</source>
        <translation>添加演示工资基数</translation>
    </message>
    <message>
        <source>Reversing entry</source>
        <translation>冲销分录</translation>
    </message>
    <message>
        <source>Employer allocation recorded</source>
        <translation>登记拨缴经费</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>月份结账</translation>
    </message>
    <message>
        <source>Budget set</source>
        <translation>设置预算</translation>
    </message>
    <message>
        <source>Opening balance set</source>
        <translation>设置期初结余</translation>
    </message>
    <message>
        <source>Ledger exported</source>
        <translation>导出经费明细账</translation>
    </message>
    <message>
        <source>Candidates set</source>
        <translation>设定候选人</translation>
    </message>
    <message>
        <source>Presence recorded</source>
        <translation>登记实到人数</translation>
    </message>
    <message>
        <source>Ballots printed</source>
        <translation>打印选票</translation>
    </message>
    <message>
        <source>Voting opened</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <source>Ballots issued and returned recorded</source>
        <translation>登记发出和收回票数</translation>
    </message>
    <message>
        <source>Ballot entered</source>
        <translation>录入选票</translation>
    </message>
    <message>
        <source>Ballot entry taken back</source>
        <translation>撤回选票录入</translation>
    </message>
    <message>
        <source>Vote totals entered</source>
        <translation>录入计票总数</translation>
    </message>
    <message>
        <source>Counting closed</source>
        <translation>结束计票</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>公布结果</translation>
    </message>
    <message>
        <source>New round of a vote</source>
        <translation>新一轮投票</translation>
    </message>
    <message>
        <source>Statistics exported</source>
        <translation>导出统计报表</translation>
    </message>
    <message>
        <source>Yearly report printed</source>
        <translation>打印年度统计附表</translation>
    </message>
</context>
<context>
    <name>AuditColumns</name>
    <message>
        <source>Record no.</source>
        <translation>记录号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Membership change</source>
        <translation>会籍变化</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Union profile</source>
        <translation>工会信息</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Activity spending</source>
        <translation>活动支出</translation>
    </message>
    <message>
        <source>Competition result</source>
        <translation>竞赛成绩</translation>
    </message>
    <message>
        <source>Condolence visit</source>
        <translation>慰问</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Visit ceilings</source>
        <translation>慰问标准上限</translation>
    </message>
    <message>
        <source>Aid case</source>
        <translation>帮扶档案</translation>
    </message>
    <message>
        <source>Aid payment</source>
        <translation>帮扶发放</translation>
    </message>
    <message>
        <source>Aid payment batch</source>
        <translation>帮扶发放批次</translation>
    </message>
    <message>
        <source>Minimum-living line</source>
        <translation>低保标准</translation>
    </message>
    <message>
        <source>Aid setting</source>
        <translation>帮扶设置</translation>
    </message>
    <message>
        <source>Dues payment</source>
        <translation>会费缴纳</translation>
    </message>
    <message>
        <source>Wage base for dues</source>
        <translation>会费工资基数</translation>
    </message>
    <message>
        <source>Dues rate</source>
        <translation>会费费率</translation>
    </message>
    <message>
        <source>Dues batch</source>
        <translation>会费批次</translation>
    </message>
    <message>
        <source>Dues receipt</source>
        <translation>会费收据</translation>
    </message>
    <message>
        <source>Dues list</source>
        <translation>会费名单</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>经费分录</translation>
    </message>
    <message>
        <source>Funds budget</source>
        <translation>经费预算</translation>
    </message>
    <message>
        <source>Funds category</source>
        <translation>经费科目</translation>
    </message>
    <message>
        <source>Accounting month</source>
        <translation>会计月份</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初结余</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>选举与表决</translation>
    </message>
    <message>
        <source>Yearly union figures</source>
        <translation>年度工会基本数据</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Record no.</source>
        <translation>记录号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
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
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业状况</translation>
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
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
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
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>是否农民工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Opening balance of the year</source>
        <translation>期初余额年度</translation>
    </message>
    <message>
        <source>Union post</source>
        <translation>工会职务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人次</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>支出笔数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>慰问次数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Copied from</source>
        <translation>复制自</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Moved up from the waiting list</source>
        <translation>由候补递补</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>临时参加</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date spent</source>
        <translation>支出日期</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>慰问日期</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>Over the yearly ceiling</source>
        <translation>超出年度上限</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
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
        <source>Joined by</source>
        <translation>入会方式</translation>
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
        <source>Status</source>
        <translation>会籍状态</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Household yearly income</source>
        <translation>家庭年收入</translation>
    </message>
    <message>
        <source>Rigid spending</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <source>Accident / illness costs</source>
        <translation>意外/大病支出</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Bank card no.</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Aid requested</source>
        <translation>申请帮扶</translation>
    </message>
    <message>
        <source>Aid granted</source>
        <translation>批准帮扶</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Sensitive columns</source>
        <translation>敏感信息列</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Union name</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员人数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Rate (parts per million)</source>
        <translation>费率（百万分之）</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>月工资</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Payment lines</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>Reverses line</source>
        <translation>冲销记录</translation>
    </message>
    <message>
        <source>Wage bases</source>
        <translation>工资基数</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应缴</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实缴</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Funds category</source>
        <translation>经费科目</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Aid case</source>
        <translation>帮扶档案</translation>
    </message>
    <message>
        <source>Reverses entry</source>
        <translation>冲销分录号</translation>
    </message>
    <message>
        <source>Allocation month</source>
        <translation>拨缴月份</translation>
    </message>
    <message>
        <source>Total payroll</source>
        <translation>工资总额</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>分录数</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Voting rule</source>
        <translation>表决规则</translation>
    </message>
    <message>
        <source>Base of the threshold</source>
        <translation>计算基数</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>通过标准</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>无记名投票</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>应选名额</translation>
    </message>
    <message>
        <source>Ballot order</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>Electorate</source>
        <translation>选举人范围</translation>
    </message>
    <message>
        <source>Electorate department</source>
        <translation>选举人所在部门</translation>
    </message>
    <message>
        <source>Named list</source>
        <translation>代表名单</translation>
    </message>
    <message>
        <source>Due to vote</source>
        <translation>应到人数</translation>
    </message>
    <message>
        <source>Electorate fingerprint</source>
        <translation>名单校验码</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Counting method</source>
        <translation>计票方式</translation>
    </message>
    <message>
        <source>Double entry</source>
        <translation>双人录入</translation>
    </message>
    <message>
        <source>Running count hidden</source>
        <translation>隐藏计票过程</translation>
    </message>
    <message>
        <source>Chief scrutineer</source>
        <translation>总监票人</translation>
    </message>
    <message>
        <source>Scrutineers</source>
        <translation>监票人</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>计票人</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到人数</translation>
    </message>
    <message>
        <source>Ballots printed</source>
        <translation>印制票数</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>发出票数</translation>
    </message>
    <message>
        <source>Ballots returned</source>
        <translation>收回票数</translation>
    </message>
    <message>
        <source>Ballots spoiled and exchanged</source>
        <translation>写错换票数</translation>
    </message>
    <message>
        <source>Unused ballots destroyed</source>
        <translation>未用销毁票数</translation>
    </message>
    <message>
        <source>Why void</source>
        <translation>无效原因</translation>
    </message>
    <message>
        <source>Teller pass</source>
        <translation>录入遍次</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>录入序号</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>有效票</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>无效票</translation>
    </message>
    <message>
        <source>Elected or passed</source>
        <translation>当选或通过数</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>上一轮</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Why a new round</source>
        <translation>新一轮原因</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Headcount (职工人数)</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>of whom women</source>
        <translation>其中女职工</translation>
    </message>
    <message>
        <source>of whom migrant workers</source>
        <translation>其中农民工</translation>
    </message>
    <message>
        <source>Union committee members</source>
        <translation>工会委员会委员人数</translation>
    </message>
    <message>
        <source>Funds review committee members</source>
        <translation>经费审查委员会委员人数</translation>
    </message>
    <message>
        <source>Women workers&apos; committee members</source>
        <translation>女职工委员会委员人数</translation>
    </message>
    <message>
        <source>Member representatives</source>
        <translation>会员代表人数</translation>
    </message>
    <message>
        <source>Workers&apos; congress delegates</source>
        <translation>职代会代表人数</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Check the database file and that no audit record was changed or deleted</source>
        <translation>检查数据库文件，并核对操作日志有没有被修改或删除</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Save the records shown as an .xlsx workbook</source>
        <translation>将当前显示的记录保存为 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>No records match the filters. Every change, log-in, reveal and export is recorded here.</source>
        <translation>没有符合筛选条件的记录。每一次修改、登录、查看隐藏信息和导出都会记录在这里。</translation>
    </message>
    <message>
        <source>Double-click a member&apos;s record to open the member.</source>
        <translation>双击会员的记录，可打开该会员。</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All kinds of item</source>
        <translation>全部对象类型</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>{count} record(s)</source>
        <translation>共 {count} 条记录</translation>
    </message>
    <message>
        <source>Checked at {time}: all in order.</source>
        <translation>{time} 校验：一切正常。</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>全部检查通过</translation>
    </message>
    <message>
        <source>Checked at {time}: the audit trail breaks at record {record_id}.</source>
        <translation>{time} 校验：操作日志在第 {record_id} 条记录处断开。</translation>
    </message>
    <message>
        <source>Checked at {time}: the database file has problems.</source>
        <translation>{time} 校验：数据库文件有问题。</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>audit-trail-{date}.xlsx</source>
        <translation>操作日志-{date}.xlsx</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>正在导出操作日志…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>{count} record(s) saved to {path}.
The export itself is recorded in the audit trail.</source>
        <translation>已将 {count} 条记录保存到 {path}。
本次导出本身也已记入操作日志。</translation>
    </message>
</context>
<context>
    <name>AuditValues</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>by surname strokes</source>
        <translation>按姓氏笔画</translation>
    </message>
    <message>
        <source>by pinyin</source>
        <translation>按拼音</translation>
    </message>
    <message>
        <source>as entered</source>
        <translation>按录入顺序</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>all members in good standing</source>
        <translation>全体在册会员</translation>
    </message>
    <message>
        <source>one department</source>
        <translation>某一部门</translation>
    </message>
    <message>
        <source>a named list</source>
        <translation>指定名单</translation>
    </message>
    <message>
        <source>ballot by ballot</source>
        <translation>逐张录入</translation>
    </message>
    <message>
        <source>totals counted by hand</source>
        <translation>手工汇总票数</translation>
    </message>
</context>
<context>
    <name>BackupPane</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Make this PC the backup station</source>
        <translation>设本机为备份工作站</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No backups yet. UnionDesk makes one every time it closes and once a day; “Back up now” makes one straight away.</source>
        <translation>还没有备份。工会工作台每次关闭时和每天都会自动备份一次；点击“立即备份”可马上备份。</translation>
    </message>
    <message>
        <source>Where backups go, and how long they are kept</source>
        <translation>备份保存位置和保留期限</translation>
    </message>
    <message>
        <source>none: backups stay on this PC only</source>
        <translation>未设置：备份只保存在本机</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>one a day for the last</source>
        <translation>每天一份，保留最近</translation>
    </message>
    <message>
        <source>one a week for the last</source>
        <translation>每周一份，保留最近</translation>
    </message>
    <message>
        <source>one a month for the last</source>
        <translation>每月一份，保留最近</translation>
    </message>
    <message>
        <source>Second folder (USB stick):</source>
        <translation>第二个文件夹（U 盘）：</translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation>自动备份保留：</translation>
    </message>
    <message>
        <source>Others who may back up by hand:</source>
        <translation>另可手动备份的角色：</translation>
    </message>
    <message>
        <source>Backups made with “Back up now” and the copies made before a restore are never deleted automatically. Keep the USB stick somewhere other than the PC.</source>
        <translation>用“立即备份”生成的备份和恢复前生成的备份不会被自动删除。U 盘请与电脑分开存放。</translation>
    </message>
    <message>
        <source>A backup is a full copy, with every ID number and the aid data: allow it only to people you would give the database file to.</source>
        <translation>备份是完整副本，含全部身份证号和帮扶资料：只允许给可以拿到数据库文件的人。</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}. UnionDesk backs up by itself when it closes, once a day, before an import, a bulk change, a program update or a restore; each backup is checked after it is written.</source>
        <translation>备份保存在 {folder}。工会工作台会在关闭时、每天一次，以及导入、批量修改、程序更新和恢复之前自动备份；每份备份写入后都会进行校验。</translation>
    </message>
    <message>
        <source>No PC is the backup station yet, so no daily backup is made: the chair chooses one PC (“Make this PC the backup station”).</source>
        <translation>还没有指定备份工作站，因此不做每日备份：请主席指定一台电脑（“设本机为备份工作站”）。</translation>
    </message>
    <message>
        <source>This PC ({pc}) is the backup station: it makes the daily backup while UnionDesk is open.</source>
        <translation>本机（{pc}）是备份工作站：工会工作台打开期间由本机做每日备份。</translation>
    </message>
    <message>
        <source>The daily backup is made by the backup station {station}; this PC ({pc}) skips it, so that the PCs sharing the server do not each make one.</source>
        <translation>每日备份由备份工作站 {station} 负责；本机（{pc}）不做，以免共用服务器的各台电脑各自重复备份。</translation>
    </message>
    <message>
        <source>This database is on a server. “Back up now” saves a checked copy (pg_dump, or an export of every table where pg_dump is not installed) in {folder} on this PC. {daily} A server backup is restored into an empty database: uniondesk --db URL restore FILE.</source>
        <translation>此数据库在服务器上。“立即备份”会在本机 {folder} 中保存一份经过校验的副本（用 pg_dump；未安装 pg_dump 时导出全部数据表）。{daily}服务器备份只能恢复到空数据库：uniondesk --db URL restore 文件。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up {count} members to {path}</source>
        <translation>已将 {count} 名会员备份到 {path}</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在校验备份…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>要恢复这份备份吗？</translation>
    </message>
    <message>
        <source>The database will be replaced by this backup. Anything entered after the backup was made disappears from the register, but it is not lost: UnionDesk first backs up the present state, and that backup can be restored in turn.</source>
        <translation>数据库将被替换为这份备份。备份之后录入的内容会从名册中消失，但不会丢失：工会工作台会先备份当前状态，之后也可以再恢复那份备份。</translation>
    </message>
    <message>
        <source>Now the database holds {count} members (and {trash} in the trash).</source>
        <translation>目前数据库中有 {count} 名会员（回收站中另有 {trash} 名）。</translation>
    </message>
    <message>
        <source>After the restore UnionDesk closes; start it again to go on working.</source>
        <translation>恢复完成后工会工作台将关闭，请重新启动后继续工作。</translation>
    </message>
    <message>
        <source>Back up the present state and restore</source>
        <translation>备份当前状态并恢复</translation>
    </message>
    <message>
        <source>The backup was restored: the database holds {count} members.</source>
        <translation>备份已恢复：数据库中有 {count} 名会员。</translation>
    </message>
    <message>
        <source>The state before the restore is kept as {path}.</source>
        <translation>恢复前的状态已保存为 {path}。</translation>
    </message>
    <message>
        <source>UnionDesk closes now. Start it again to work with the restored data.</source>
        <translation>工会工作台现在将关闭。请重新启动，使用恢复后的数据。</translation>
    </message>
    <message>
        <source>Second folder for backups (e.g. a USB stick)</source>
        <translation>备份的第二个文件夹（如 U 盘）</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>UnionDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>工会工作台数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the program closed</source>
        <translation>程序关闭时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>程序更新前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a bulk change</source>
        <translation>批量修改前</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>This database is on a server ({location}). Its backups are made with `uniondesk --db URL backup` (or “Back up now” in Backups), and one is restored into a new, empty server database with `uniondesk --db URL restore FILE`.</source>
        <translation>此数据库在服务器上（{location}）。服务器数据库用 `uniondesk --db URL backup`（或备份页的“立即备份”）备份；恢复时恢复到服务器上新建的空数据库：`uniondesk --db URL restore 文件`。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Backup file: {path}</source>
        <translation>备份文件：{path}</translation>
    </message>
    <message>
        <source>Members: {count} (and {trash} in the trash)</source>
        <translation>会员：{count} 名（回收站中另有 {trash} 名）</translation>
    </message>
    <message>
        <source>Membership changes recorded: {count}</source>
        <translation>已记录的会籍变化：{count} 条</translation>
    </message>
    <message>
        <source>Audit records: {count}</source>
        <translation>操作日志：{count} 条</translation>
    </message>
    <message>
        <source>Newest change in it: {when}</source>
        <translation>备份中最近一次修改的时间：{when}</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept. The database itself is unchanged; try again, or back up to another folder.</source>
        <translation>备份副本未通过校验，因此没有保留。数据库本身没有变化；请重试，或备份到其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot write backups to {folder} ({error}). Choose a folder you may write to.</source>
        <translation>无法将备份写入 {folder}（{error}）。请选择您有权写入的文件夹。</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is not available (is the USB stick plugged in?). No copy was made there this time.</source>
        <translation>备份的第二个文件夹 {folder} 不可用（U 盘插好了吗？）。本次没有在那里保存副本。</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>{path} 处没有备份文件。</translation>
    </message>
    <message>
        <source>{path} was made by a newer UnionDesk. Install the newer release to restore it.</source>
        <translation>{path} 由更高版本的工会工作台生成。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged (it changed after it was written). Choose another backup.</source>
        <translation>备份 {path} 已损坏（写入后被改动过）。请选择其他备份。</translation>
    </message>
    <message>
        <source>The backup {path} was changed after it was written, so it is not restored. First finding: {problem} ({count} finding(s) in all; `uniondesk --db FILE verify` lists them.) Choose another backup.</source>
        <translation>备份 {path} 在写入后被改动过，因此不予恢复。第一处发现：{problem}（共 {count} 处；用 `uniondesk --db 文件 verify` 可列出全部。）请选择另一个备份。</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damaged pages or broken links.</source>
        <translation>SQLite 自检发现损坏的页面或断开的关联。</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it.</source>
        <translation>{path} 是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>The restored database failed its check. The state before the restore is kept in {path}; restore that, or ask whoever looks after the program.</source>
        <translation>恢复后的数据库未通过校验。恢复前的状态已保存在 {path}；请恢复那份备份，或联系负责维护本程序的人员。</translation>
    </message>
    <message>
        <source>{path} cannot be opened: check that the file exists and that you may read it.</source>
        <translation>无法打开 {path}：请检查该文件是否存在，以及您是否有权读取。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>已停止，没有写入任何内容。</translation>
    </message>
    <message>
        <source>{path} is not a UnionDesk database (or it is damaged). Choose another file.</source>
        <translation>{path} 不是工会工作台的数据库（或文件已损坏）。请选择其他文件。</translation>
    </message>
    <message>
        <source>Could not write {path} ({error}). Check that the disk is not full and that you may write there.</source>
        <translation>无法写入 {path}（{error}）。请检查磁盘是否已满，以及您是否有权在该位置写入。</translation>
    </message>
    <message>
        <source>The database {path} stayed busy (another program was writing to it). Nothing was changed; try again in a moment.</source>
        <translation>数据库 {path} 一直被占用（另一个程序正在写入）。没有做任何修改，请稍后再试。</translation>
    </message>
    <message>
        <source>There is already a database at {path}; restoring over it is the chair&apos;s, after signing in.</source>
        <translation>{path} 已有数据库；覆盖恢复须由主席登录后进行。</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server database ({error}). Nothing was kept; check that the server is running and this PC may connect to it.</source>
        <translation>pg_dump 未能备份服务器数据库（{error}）。没有保留任何文件；请检查服务器是否在运行，以及本机能否连接到服务器。</translation>
    </message>
    <message>
        <source>The dump of the server database cannot be read back ({error}), so it was not kept.</source>
        <translation>服务器数据库的转储文件无法读回（{error}），因此没有保留。</translation>
    </message>
    <message>
        <source>The dump of the server database holds no member table, so it was not kept. Is this the union&apos;s database?</source>
        <translation>服务器数据库的转储中没有会员表，因此没有保留。这是工会的数据库吗？</translation>
    </message>
    <message>
        <source>{path} is a pg_dump file: restoring it needs PostgreSQL&apos;s pg_restore, which is not installed on this PC. Install PostgreSQL&apos;s client programs, or restore on the server.</source>
        <translation>{path} 是 pg_dump 转储文件：恢复它需要 PostgreSQL 的 pg_restore，本机没有安装。请安装 PostgreSQL 客户端程序，或在服务器上恢复。</translation>
    </message>
    <message>
        <source>pg_restore could not restore the dump ({error}). The server database is as empty as before.</source>
        <translation>pg_restore 未能恢复转储（{error}）。服务器数据库仍和之前一样是空的。</translation>
    </message>
</context>
<context>
    <name>BallotEntryColumns</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Candidate / item</source>
        <translation>候选人/事项</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>符号</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>New payment batch</source>
        <translation>新建发放批次</translation>
    </message>
    <message>
        <source>e.g. 2026年春节送温暖</source>
        <translation>例如 2026年春节送温暖</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Same amount for all</source>
        <translation>全部填同一金额</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Handler (经办人)</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Aid type</source>
        <translation>帮扶类型</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>发放形式</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>发放内容</translation>
    </message>
    <message>
        <source>Approved cases</source>
        <translation>已审批档案</translation>
    </message>
    <message>
        <source>Cases left without an amount are not in this batch.</source>
        <translation>未填金额的档案不列入本批次。</translation>
    </message>
    <message>
        <source>{case_no}: {problem}</source>
        <translation>{case_no}：{problem}</translation>
    </message>
    <message>
        <source>Record a batch of payments</source>
        <translation>批量登记缴费</translation>
    </message>
    <message>
        <source>Month paid for:</source>
        <translation>所缴月份：</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>缴费方式：</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>缴费日期：</translation>
    </message>
    <message>
        <source>Left out (no wage base):</source>
        <translation>未包括（无工资基数）：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>{count} active members owe {total} yuan for {period} and will be recorded as paid; {settled} have paid this month already.</source>
        <translation>{period} 有 {count} 名在册会员应缴 {total} 元，将登记为已缴；{settled} 人本月已缴。</translation>
    </message>
    <message>
        <source>Recording payments…</source>
        <translation>正在登记缴费…</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New aid case</source>
        <translation>新建帮扶档案</translation>
    </message>
    <message>
        <source>Aid case {case_no}</source>
        <translation>帮扶档案 {case_no}</translation>
    </message>
    <message>
        <source>Search the register: name, pinyin initials, phone</source>
        <translation>在会员名册中搜索：姓名、拼音首字母、电话</translation>
    </message>
    <message>
        <source>What the applicant consented to (health, income, bank card …)</source>
        <translation>申请人同意的内容（健康、收入、银行卡……）</translation>
    </message>
    <message>
        <source>Usual wording</source>
        <translation>常用表述</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Consent (date, scope)</source>
        <translation>知情同意（日期、内容）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>出生日期（年-月-日）</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Work or school</source>
        <translation>工作单位/学校</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Household size (persons)</source>
        <translation>家庭人口（人）</translation>
    </message>
    <message>
        <source>Household yearly disposable income (yuan)</source>
        <translation>家庭年可支配收入（元）</translation>
    </message>
    <message>
        <source>Rigid spending this year (yuan)</source>
        <translation>本年度刚性支出（元）</translation>
    </message>
    <message>
        <source>Costs of disaster, accident or serious illness this year (yuan)</source>
        <translation>本年度灾害、事故、大病支出（元）</translation>
    </message>
    <message>
        <source>Applicant&apos;s monthly income (yuan)</source>
        <translation>申请人月收入（元）</translation>
    </message>
    <message>
        <source>Other household income this year (yuan)</source>
        <translation>家庭其他年收入（元）</translation>
    </message>
    <message>
        <source>Tier (computed)</source>
        <translation>困难类别（计算）</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Reveal hidden values (recorded)</source>
        <translation>显示隐藏信息（记入日志）</translation>
    </message>
    <message>
        <source>Health details</source>
        <translation>健康详情</translation>
    </message>
    <message>
        <source>Disability (type, grade)</source>
        <translation>残疾（类别、等级）</translation>
    </message>
    <message>
        <source>Housing (type, area)</source>
        <translation>住房（类型、面积）</translation>
    </message>
    <message>
        <source>Main cause of hardship</source>
        <translation>主要致困原因</translation>
    </message>
    <message>
        <source>Secondary cause</source>
        <translation>次要致困原因</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank card no.</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>(use the computed tier)</source>
        <translation>（采用计算结果）</translation>
    </message>
    <message>
        <source>Required when the tier is overridden</source>
        <translation>调整类别时必填</translation>
    </message>
    <message>
        <source>The household&apos;s situation and the reason for the application</source>
        <translation>家庭困难情况及申请理由</translation>
    </message>
    <message>
        <source>Aid requested</source>
        <translation>申请帮扶</translation>
    </message>
    <message>
        <source>Aid granted</source>
        <translation>批准帮扶</translation>
    </message>
    <message>
        <source>Override the tier</source>
        <translation>调整困难类别</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>困难情况</translation>
    </message>
    <message>
        <source>Reviewed by (审核人)</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Household and income</source>
        <translation>家庭与收入</translation>
    </message>
    <message>
        <source>Health, housing, causes</source>
        <translation>健康、住房、致困原因</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Open the existing case</source>
        <translation>打开已有档案</translation>
    </message>
    <message>
        <source>(open case {case_no})</source>
        <translation>（在档：{case_no}）</translation>
    </message>
    <message>
        <source>Household row {row}: the birth date “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>家庭成员第 {row} 行：出生日期“{text}”不是日期（年-月-日）。</translation>
    </message>
    <message>
        <source>Household row {row}: {problem}</source>
        <translation>家庭成员第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Pick the applicant from the register first.</source>
        <translation>请先从名册中选择申请人。</translation>
    </message>
    <message>
        <source>Open case {case_no}</source>
        <translation>打开档案 {case_no}</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
</context>
<context>
    <name>CeilingsDialog</name>
    <message>
        <source>Yearly ceilings for visits</source>
        <translation>慰问年度标准上限</translation>
    </message>
    <message>
        <source>The most one member may receive per calendar year for each reason (your province&apos;s rules). Leave a field empty for no ceiling.</source>
        <translation>每名会员每个自然年按各慰问原因最多可领取的金额（按本省规定）。不设上限请留空。</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source> (yuan)</source>
        <translation>（元）</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Name, pinyin initials or card no., then Enter</source>
        <translation>输入姓名、拼音首字母或卡号，按回车</translation>
    </message>
    <message>
        <source>Ready. Type the first person&apos;s name.</source>
        <translation>准备就绪，请输入第一位签到人员的姓名。</translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation>撤销上一次签到</translation>
    </message>
    <message>
        <source>Checked in just now:</source>
        <translation>刚刚签到：</translation>
    </message>
    <message>
        <source>{present} / {signed} present</source>
        <translation>已到 {present} / {signed}</translation>
    </message>
    <message>
        <source>late {late} · walk-ins {walk_ins} · waiting list {waiting}</source>
        <translation>迟到 {late} · 临时参加 {walk_ins} · 候补 {waiting}</translation>
    </message>
    <message>
        <source>not signed up</source>
        <translation>未报名</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>候补中</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”. Check the spelling, or try the card number.</source>
        <translation>没有找到“{text}”。请检查输入，或改用卡号。</translation>
    </message>
    <message>
        <source>{count} people match. Choose with ↑ ↓ and press Enter.</source>
        <translation>有 {count} 人符合，请用 ↑ ↓ 选择后按回车。</translation>
    </message>
    <message>
        <source>{name} is not signed up. Press Enter again to add them as a walk-in.</source>
        <translation>{name} 未报名。再按一次回车作为临时参加人员签到。</translation>
    </message>
    <message>
        <source>{name} was already checked in.</source>
        <translation>{name} 已经签到过了。</translation>
    </message>
    <message>
        <source>✔ {name} — present</source>
        <translation>✔ {name} — 已签到</translation>
    </message>
    <message>
        <source> (walk-in)</source>
        <translation>（临时参加）</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（迟到）</translation>
    </message>
    <message>
        <source>Taken back: {text}</source>
        <translation>已撤销：{text}</translation>
    </message>
</context>
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
        <source>Demo accounts (user name / password):</source>
        <translation>演示账户（用户名 / 密码）：</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>共 {count} 名会员</translation>
    </message>
    <message>
        <source>Roles besides the chair that may make backups: {roles}</source>
        <translation>除主席外可以备份的角色：{roles}</translation>
    </message>
    <message>
        <source>Backed up {count} members (checked, {size}) to {path}</source>
        <translation>已将 {count} 名会员备份到 {path}（已校验，{size}）</translation>
    </message>
    <message>
        <source>{count} members written to {path}.</source>
        <translation>已将 {count} 名会员写入 {path}。</translation>
    </message>
    <message>
        <source>{count} ledger lines of {year} written to {path} (income {income}, spending {spending}, balance {balance}).</source>
        <translation>已将 {year} 年 {count} 条明细写入 {path}（收入 {income}，支出 {spending}，结余 {balance}）。</translation>
    </message>
    <message>
        <source>Figures as of {date} written to {path} ({profile}).</source>
        <translation>已将截至 {date} 的统计数据写入 {path}（{profile}）。</translation>
    </message>
    <message>
        <source>This needs the file&apos;s password: set UNIONDESK_EXPORT_PASSWORD, or run it in a terminal to be asked.</source>
        <translation>需要文件密码：请设置环境变量 UNIONDESK_EXPORT_PASSWORD，或在终端中运行以便输入密码。</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was written.</source>
        <translation>两次输入的密码不一致，没有写入任何内容。</translation>
    </message>
    <message>
        <source>Password for the file (at least 8 characters):</source>
        <translation>文件密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>Exported {count} members ({size}) to {path}</source>
        <translation>已将 {count} 名会员导出到 {path}（{size}）</translation>
    </message>
    <message>
        <source>Give the password to the person who imports it separately from the file (not in the same e-mail or on the same USB stick).</source>
        <translation>请把密码与文件分开交给导入的人（不要放在同一封邮件里，也不要存在同一个 U 盘上）。</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”, header on row {row}: {imported} new, {updated} updated, {skipped} already registered, {rejected} rows rejected, {warnings} warnings, {other} rows that are not members skipped.</source>
        <translation>{file}，工作表“{sheet}”，表头在第 {row} 行：新增 {imported} 名，更新 {updated} 名，已登记 {skipped} 名，拒收 {rejected} 行，提示 {warnings} 条，跳过非会员行 {other} 行。</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>拒收：</translation>
    </message>
    <message>
        <source>Warnings (imported):</source>
        <translation>提示（已导入）：</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>试运行：没有导入任何数据。</translation>
    </message>
    <message>
        <source>Import into a database file: give its path with --db (a server database is loaded with the server&apos;s tools).</source>
        <translation>只能导入到数据库文件：请用 --db 指定其路径（服务器数据库请用服务器自带的工具导入）。</translation>
    </message>
    <message>
        <source>Password of the file:</source>
        <translation>文件密码：</translation>
    </message>
    <message>
        <source>Imported {count} members into {path}</source>
        <translation>已将 {count} 名会员导入 {path}</translation>
    </message>
    <message>
        <source>Start UnionDesk on it with: uniondesk --db {path}  (sign in with the accounts of the union that exported it)</source>
        <translation>用它启动工会工作台：uniondesk --db {path}  （使用导出方工会的账户登录）</translation>
    </message>
    <message>
        <source>This command needs an account: set UNIONDESK_USER and UNIONDESK_PASSWORD, or run it in a terminal to be asked.</source>
        <translation>此命令需要账户：请设置环境变量 UNIONDESK_USER 和 UNIONDESK_PASSWORD，或在终端中运行以便输入。</translation>
    </message>
    <message>
        <source>This database has no account yet: creating its administrator.</source>
        <translation>该数据库还没有账户：现在创建管理员账户。</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name:</source>
        <translation>管理员用户名：</translation>
    </message>
    <message>
        <source>Password (at least 8 characters):</source>
        <translation>密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>两次输入的密码不一致，没有创建账户。</translation>
    </message>
    <message>
        <source>Our trade union</source>
        <translation>本单位工会</translation>
    </message>
    <message>
        <source>Our unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Written: {path} ({size} KB)</source>
        <translation>已写入：{path}（{size} KB）</translation>
    </message>
    <message>
        <source>Unknown column(s): {columns}. Choose from: {choices}</source>
        <translation>未知的列：{columns}。可选的列有：{choices}</translation>
    </message>
    <message>
        <source>print notice needs {options} (or --activity ID).</source>
        <translation>print notice 需要 {options}（或 --activity 编号）。</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>The backup holds:</source>
        <translation>备份中包含：</translation>
    </message>
    <message>
        <source>The database now holds {count} members (and {trash} in the trash).</source>
        <translation>目前数据库中有 {count} 名会员（回收站中另有 {trash} 名）。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何修改。</translation>
    </message>
    <message>
        <source>Restored: the database now holds {count} members.</source>
        <translation>已恢复：数据库中现有 {count} 名会员。</translation>
    </message>
    <message>
        <source>The state before the restore is saved in {path}</source>
        <translation>恢复前的状态已保存在 {path}</translation>
    </message>
    <message>
        <source>Created the database {path} from the backup: {count} members.</source>
        <translation>已由备份建立数据库 {path}：{count} 名会员。</translation>
    </message>
    <message>
        <source>Restored {path} into the server database: {count} members.</source>
        <translation>已将 {path} 恢复到服务器数据库：{count} 名会员。</translation>
    </message>
    <message>
        <source>Restoring replaces the database. Run it in a terminal to confirm, or add --yes.</source>
        <translation>恢复会替换整个数据库。请在终端中运行以便确认，或加上 --yes。</translation>
    </message>
    <message>
        <source>Replace the database with this backup? The current state is backed up first. [y/N]</source>
        <translation>用这份备份替换数据库吗？替换前会先备份当前状态。[y/N]</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>共 {count} 项活动</translation>
    </message>
    <message>
        <source>{count} aid cases</source>
        <translation>共 {count} 件帮扶档案</translation>
    </message>
    <message>
        <source>{seats} seats: a union of {members} members in good standing elects a committee of {fewest} to {most} (工会基层组织选举工作条例).</source>
        <translation>应选 {seats} 名：在册会员 {members} 人的工会，委员会委员名额为 {fewest} 至 {most} 名（《工会基层组织选举工作条例》）。</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>共 {count} 项投票</translation>
    </message>
    <message>
        <source>{count} rights cases</source>
        <translation>共 {count} 件维权案件</translation>
    </message>
    <message>
        <source>There is no rights case {case_no}.</source>
        <translation>没有编号为 {case_no} 的维权案件。</translation>
    </message>
    <message>
        <source>{path} already exists; init only creates a new database. Choose another path, or open this one.</source>
        <translation>{path} 已存在；init 只新建数据库。请换一个路径，或直接打开这个数据库。</translation>
    </message>
    <message>
        <source>Created the union database {path} with the administrator {user}. Fill in the union&apos;s details under File → Union details; import members with: uniondesk --db {path} import members FILE</source>
        <translation>已新建工会数据库 {path}，管理员为 {user}。请在“文件 → 工会信息”中填写本工会信息；导入会员：uniondesk --db {path} import members 文件</translation>
    </message>
    <message>
        <source>There is no proposal {number}.</source>
        <translation>没有编号为 {number} 的提案。</translation>
    </message>
    <message>
        <source>There is no suggestion {number}.</source>
        <translation>没有编号为 {number} 的合理化建议。</translation>
    </message>
    <message>
        <source>{count} proposals</source>
        <translation>{count} 件提案</translation>
    </message>
    <message>
        <source>{count} suggestions</source>
        <translation>{count} 条建议</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as 2025-12-31.</source>
        <translation>“{text}”不是日期：请写成 2025-12-31 这样的格式。</translation>
    </message>
    <message>
        <source>Figures of {union} as of {date}</source>
        <translation>{union} 截至 {date} 的统计数据</translation>
    </message>
    <message>
        <source>workforce</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>women</source>
        <translation>女职工</translation>
    </message>
    <message>
        <source>migrant workers</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>工会委员会委员</translation>
    </message>
    <message>
        <source>audit committee</source>
        <translation>经费审查委员会委员</translation>
    </message>
    <message>
        <source>women&apos;s committee</source>
        <translation>女职工委员会委员</translation>
    </message>
    <message>
        <source>member representatives</source>
        <translation>会员代表</translation>
    </message>
    <message>
        <source>congress delegates</source>
        <translation>职代会代表</translation>
    </message>
    <message>
        <source>Federation figures are read from a PostgreSQL server: give its URL with --db postgresql://account@server/database.</source>
        <translation>总工会的统计数字从 PostgreSQL 服务器读取：请用 --db postgresql://账户@服务器/数据库 给出它的地址。</translation>
    </message>
    <message>
        <source>The account {account} may now read the figures of {count} union(s) ({schemas}) and nothing else.</source>
        <translation>账户 {account} 现在可以读取 {count} 个工会（{schemas}）的统计数据，除此之外什么都不能读取。</translation>
    </message>
    <message>
        <source>Members by union:</source>
        <translation>各工会会员数：</translation>
    </message>
    <message>
        <source>  {union} ({schema}): {count} members</source>
        <translation>  {union}（{schema}）：{count} 名会员</translation>
    </message>
    <message>
        <source>Members in all: {count}</source>
        <translation>会员合计：{count}</translation>
    </message>
    <message>
        <source>No union has recorded its yearly figures yet.</source>
        <translation>还没有工会填写年度数据。</translation>
    </message>
    <message>
        <source>Yearly figures:</source>
        <translation>年度数据：</translation>
    </message>
    <message>
        <source>  {union}, as of {date}: {figures}</source>
        <translation>  {union}，截至 {date}：{figures}</translation>
    </message>
    <message>
        <source>Password for the federation&apos;s account (empty: leave it as it is):</source>
        <translation>联合会账户的密码（留空：保持不变）：</translation>
    </message>
    <message>
        <source>There is no union at {source} to copy: it is empty. Check --from.</source>
        <translation>{source} 中没有可复制的工会：它是空的。请检查 --from。</translation>
    </message>
    <message>
        <source>Copied {rows} rows in {tables} tables into {target} in {seconds:.1f} s; every table has as many rows as the source.</source>
        <translation>已将 {tables} 个数据表共 {rows} 行复制到 {target}，用时 {seconds:.1f} 秒；每个表的行数都与源数据库相同。</translation>
    </message>
    <message>
        <source>Checked: the copy&apos;s audit trail has {count} record(s), as the source, and is unbroken.</source>
        <translation>已校验：副本的审计记录有 {count} 条，与源数据库相同，哈希链完整。</translation>
    </message>
</context>
<context>
    <name>CloseMonthDialog</name>
    <message>
        <source>Close a month</source>
        <translation>月份结账</translation>
    </message>
    <message>
        <source>After closing, lines dated in that month can no longer be changed or deleted (also dues, activity expenses and aid payments). Mistakes are then corrected with a reversing entry in an open month. Earlier months still open are closed with it: books are closed in order.</source>
        <translation>结账后，该月的收支（包括会费、活动支出和帮扶发放）不能再修改或删除。如有差错，须在未结账月份用冲销分录更正。该月之前仍未结账的月份会一并结账：账目按月顺序结账。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Every month that is over is closed already.</source>
        <translation>已结束的月份都已结账。</translation>
    </message>
</context>
<context>
    <name>Concurrency</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>Not saved: {who} changed this record at {when} while you were editing it. Their changes: {changes}. What you typed is still in the form; to see their version, reload it (or close and open the record again), then make your changes again.</source>
        <translation>未保存：在您编辑期间，{who} 于 {when} 修改了这条记录。对方的修改：{changes}。您输入的内容仍保留在表单中；要查看对方的版本，请点“重新载入对方版本”（或关闭后重新打开这条记录），再重新做您的修改。</translation>
    </message>
    <message>
        <source>(no field details in the trail)</source>
        <translation>（审计记录中没有字段明细）</translation>
    </message>
</context>
<context>
    <name>CountsDialog</name>
    <message>
        <source>Ballots issued and returned</source>
        <translation>发出和收回票数</translation>
    </message>
    <message>
        <source>If more ballots come back than were issued, the whole vote is void and must be held again.</source>
        <translation>如收回票数多于发出票数，本次投票全部无效，须重新投票。</translation>
    </message>
    <message>
        <source>Issued (发出)</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Returned (收回)</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Spoiled and exchanged</source>
        <translation>写错换票</translation>
    </message>
    <message>
        <source>Unused, destroyed</source>
        <translation>未用销毁</translation>
    </message>
    <message>
        <source>Printed: {n}</source>
        <translation>已印制：{n} 张</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <source>not kept: asked at each start</source>
        <translation>不保存：每次启动时询问</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Several PCs share one union database on the unit&apos;s PostgreSQL server. The unit&apos;s IT person gives you these details (README: Shared on a server).</source>
        <translation>多台电脑可共用单位 PostgreSQL 服务器上的同一个工会数据库。以下信息由单位的网管提供（见 README：Shared on a server）。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>Use the file on this PC</source>
        <translation>改用本机的数据库文件</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>请填写服务器、数据库和用户名。</translation>
    </message>
    <message>
        <source>Connected: the server lets this PC in.</source>
        <translation>连接成功：服务器允许本机连接。</translation>
    </message>
    <message>
        <source>UnionDesk opens the union&apos;s database on {server} the next time it starts, and asks for the server&apos;s password then.</source>
        <translation>下次启动时，工会工作台将打开 {server} 上的工会数据库，届时会询问服务器密码。</translation>
    </message>
    <message>
        <source>UnionDesk opens the database file on this PC the next time it starts.</source>
        <translation>下次启动时，工会工作台将打开本机的数据库文件。</translation>
    </message>
</context>
<context>
    <name>DelegatePicker</name>
    <message>
        <source>Delegates</source>
        <translation>代表名单</translation>
    </message>
    <message>
        <source>Name or pinyin</source>
        <translation>姓名或拼音</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
    <message>
        <source>Add all found</source>
        <translation>全部添加</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>A delegate list (.xlsx, .xls or .csv) with the columns 代表团/组, 姓名, 单位</source>
        <translation>代表名单文件（.xlsx、.xls 或 .csv），含“代表团/组”“姓名”“单位”列</translation>
    </message>
    <message>
        <source>Add the holders of this union post</source>
        <translation>加入担任此职务的会员</translation>
    </message>
    <message>
        <source>Delegate list</source>
        <translation>代表名单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>row {row} {name}: {why}</source>
        <translation>第 {row} 行 {name}：{why}</translation>
    </message>
    <message>
        <source>{found} of {total} delegates in the file added.</source>
        <translation>文件中 {total} 名代表，已加入 {found} 名。</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>未加入：</translation>
    </message>
    <message>
        <source>{n} chosen</source>
        <translation>已选 {n} 人</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already exists. Add --force to replace it with a new demo database (everything in it will be lost).</source>
        <translation>{path} 已存在。如要换成新的演示数据库，请加上 --force（原有数据将全部丢失）。</translation>
    </message>
    <message>
        <source>{path} is not a demo database: --force replaces only a demo. Choose another file name for the demo (a real union&apos;s data is never deleted this way).</source>
        <translation>{path} 不是演示数据库：--force 只能替换演示数据库。请为演示数据库另选一个文件名（真实工会的数据不会这样被删除）。</translation>
    </message>
    <message>
        <source>{path} already holds a union&apos;s database. A demo goes only into an empty database on the server: create a new one for it.</source>
        <translation>{path} 中已有工会数据库。演示数据只能放进服务器上的空数据库：请为它新建一个数据库。</translation>
    </message>
    <message>
        <source>The number of members must be between 1 and 1000000.</source>
        <translation>会员人数须在 1 到 1000000 之间。</translation>
    </message>
</context>
<context>
    <name>Dues</name>
    <message>
        <source>Payroll deduction</source>
        <translation>工资代扣</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cancelled: no payment of this batch was recorded.</source>
        <translation>已取消：本批次没有登记任何缴费。</translation>
    </message>
    <message>
        <source>{count} of the members in this batch no longer exist. Refresh and try again.</source>
        <translation>本批次中有 {count} 名会员已不存在，请刷新后重试。</translation>
    </message>
    <message>
        <source>batch {id} “{file}” recorded by {user} on {date}</source>
        <translation>第 {id} 批“{file}”，由 {user} 于 {date} 录入</translation>
    </message>
    <message>
        <source>a payment recorded by {user} on {date}</source>
        <translation>{user} 于 {date} 录入的一笔缴费</translation>
    </message>
    <message>
        <source>{count} of the {total} members in this list have paid {period} already ({names} …; {earlier}). Nothing was recorded: refresh the list, which leaves them out, and record again.</source>
        <translation>名单中 {total} 人里有 {count} 人已缴过 {period} 的会费（{names} …；{earlier}）。本次没有记录任何缴费：请刷新名单（会去掉这些人）后重新记录。</translation>
    </message>
    <message>
        <source>The payroll sheet {file} has been imported already: {earlier}. Nothing was recorded. (To import it again, reverse that batch first.)</source>
        <translation>工资表 {file} 已经导入过：{earlier}。本次没有记录任何缴费。（如需重新导入，请先冲销那一批。）</translation>
    </message>
    <message>
        <source>The rate must be a percentage above 0 and at most 5, for example 0.5.</source>
        <translation>费率须为大于0且不超过5的百分数，例如 0.5。</translation>
    </message>
    <message>
        <source>This rate no longer exists. Refresh the list.</source>
        <translation>该费率已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Enter the monthly wage in yuan (not negative, at most two decimals).</source>
        <translation>请输入月工资（元），不能为负，最多两位小数。</translation>
    </message>
    <message>
        <source>Enter the date from which this wage counts.</source>
        <translation>请输入该工资的生效日期。</translation>
    </message>
    <message>
        <source>The date {date} is more than a year ahead; check the year.</source>
        <translation>日期 {date} 超过一年以后，请检查年份。</translation>
    </message>
    <message>
        <source>This wage base no longer exists. Refresh the list.</source>
        <translation>该工资基数已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Choose at least one month to pay for.</source>
        <translation>请至少选择一个缴费月份。</translation>
    </message>
    <message>
        <source>The month {period} is listed twice.</source>
        <translation>月份 {period} 重复出现。</translation>
    </message>
    <message>
        <source>The amount for {period} must be above zero.</source>
        <translation>{period} 的金额必须大于零。</translation>
    </message>
    <message>
        <source>Nobody is left to record: the list is empty.</source>
        <translation>没有需要登记的人员：名单为空。</translation>
    </message>
    <message>
        <source>Line {line}: this member appears twice in the batch.</source>
        <translation>第 {line} 行：该会员在本批次中出现两次。</translation>
    </message>
    <message>
        <source>Line {line}: the amount must be above zero.</source>
        <translation>第 {line} 行：金额必须大于零。</translation>
    </message>
    <message>
        <source>Say why the payment is corrected (it goes into the audit trail).</source>
        <translation>请说明冲销原因（将记入操作日志）。</translation>
    </message>
    <message>
        <source>This payment no longer exists. Refresh the list.</source>
        <translation>该缴费记录已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>This line is itself a correction; it cannot be reversed again.</source>
        <translation>这一行本身是冲销记录，不能再冲销。</translation>
    </message>
    <message>
        <source>There is no receipt numbered {number}.</source>
        <translation>没有编号为 {number} 的收据。</translation>
    </message>
    <message>
        <source>Choose how the dues were paid: payroll deduction, cash or bank transfer.</source>
        <translation>请选择缴费方式：工资代扣、现金或银行转账。</translation>
    </message>
    <message>
        <source>Enter the date of payment.</source>
        <translation>请输入缴费日期。</translation>
    </message>
    <message>
        <source>The payment date {date} is in the future.</source>
        <translation>缴费日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>This member no longer exists (deleted or in the trash). Refresh the list.</source>
        <translation>该会员已不存在（已删除或在回收站中），请刷新列表。</translation>
    </message>
    <message>
        <source>This payment has already been reversed.</source>
        <translation>该缴费已冲销过。</translation>
    </message>
    <message>
        <source>Stopped; the dues list was not read.</source>
        <translation>已停止；会费名单未读取。</translation>
    </message>
</context>
<context>
    <name>DuesCli</name>
    <message>
        <source>{count} members owe dues; {warnings} have 6 or more months in a row unpaid (deemed-withdrawal rule: a warning to act on, their status is unchanged).</source>
        <translation>{count} 名会员欠缴会费；其中 {warnings} 名连续6个月以上未缴（视为自动退会规定：仅作提醒，会籍状态未改变）。</translation>
    </message>
    <message>
        <source>{members} members: owed {owed}, paid {paid}, balance {balance} yuan; {owing} still owe.</source>
        <translation>{members} 名会员：应缴 {owed}，实缴 {paid}，欠缴 {balance} 元；{owing} 人尚欠。</translation>
    </message>
    <message>
        <source>Written: {path} ({count} members)</source>
        <translation>已写入：{path}（{count} 名会员）</translation>
    </message>
    <message>
        <source>Wage base saved.</source>
        <translation>工资基数已保存。</translation>
    </message>
    <message>
        <source>Give the date the rate counts from with --from YYYY-MM-DD.</source>
        <translation>请用 --from YYYY-MM-DD 指定费率的生效日期。</translation>
    </message>
    <message>
        <source>There is no member with the number {id}.</source>
        <translation>没有编号为 {id} 的会员。</translation>
    </message>
    <message>
        <source>Nothing is unpaid for {period}; give the amount with --amount.</source>
        <translation>{period} 没有欠缴；请用 --amount 指定金额。</translation>
    </message>
    <message>
        <source>Recorded {total} yuan (payment {ids}); receipt {receipt}.</source>
        <translation>已登记 {total} 元（缴费记录 {ids}）；收据 {receipt}。</translation>
    </message>
    <message>
        <source>{count} members owe {total} yuan for {period}; {settled} have paid already; {no_wage} have no wage base on record and are left out.</source>
        <translation>{period} 有 {count} 名会员应缴 {total} 元；{settled} 人已缴；{no_wage} 人未登记工资基数，不包括在内。</translation>
    </message>
    <message>
        <source>Nothing recorded: add --yes to record these payments.</source>
        <translation>未登记：加 --yes 才会登记这些缴费。</translation>
    </message>
    <message>
        <source>Recorded as batch {id}.</source>
        <translation>已登记为批次 {id}。</translation>
    </message>
    <message>
        <source>The sheet names no month: give it with --month YYYY-MM.</source>
        <translation>表格中没有月份：请用 --month YYYY-MM 指定。</translation>
    </message>
    <message>
        <source>{matched} matched, {ambiguous} to choose, {unmatched} not found, {invalid} unreadable.</source>
        <translation>匹配 {matched} 行，待选择 {ambiguous} 行，未找到 {unmatched} 行，无法读取 {invalid} 行。</translation>
    </message>
    <message>
        <source>Nothing recorded: check the matches above, then add --yes to record the matched lines (choose the others in the window).</source>
        <translation>未登记：请核对上面的匹配结果，然后加 --yes 登记已匹配的行（其余行请在窗口中选择）。</translation>
    </message>
    <message>
        <source>Reversed with line(s) {ids}.</source>
        <translation>已用记录 {ids} 冲销。</translation>
    </message>
</context>
<context>
    <name>DuesExport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会籍状态</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Dues base</source>
        <translation>会费基数</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应缴</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实缴</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <source>Unpaid months</source>
        <translation>欠缴月数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>no wage base on record</source>
        <translation>未登记工资基数</translation>
    </message>
    <message>
        <source>{months} months in a row unpaid (deemed-withdrawal rule: check)</source>
        <translation>连续 {months} 个月未缴（视为自动退会规定，请核查）</translation>
    </message>
</context>
<context>
    <name>DuesListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Dues base</source>
        <translation>会费基数</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应缴</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实缴</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <source>Months unpaid</source>
        <translation>欠缴月数</translation>
    </message>
    <message>
        <source>In a row</source>
        <translation>连续未缴</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{months} months unpaid in a row: deemed-withdrawal rule, check</source>
        <translation>连续 {months} 个月未缴：按视为自动退会规定，请核查</translation>
    </message>
    <message>
        <source>No wage base for {months} month(s)</source>
        <translation>{months} 个月无工资基数</translation>
    </message>
    <message>
        <source>Not an active member now</source>
        <translation>目前不是在册会员</translation>
    </message>
</context>
<context>
    <name>DuesPane</name>
    <message>
        <source>Dues</source>
        <translation>会费</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Overdue (arrears)</source>
        <translation>欠缴（逾期）</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Everyone listed</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Still owing</source>
        <translation>尚欠缴</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <source>No wage base</source>
        <translation>无工资基数</translation>
    </message>
    <message>
        <source>{n}+ months unpaid in a row</source>
        <translation>连续 {n} 个月以上未缴</translation>
    </message>
    <message>
        <source>Name, card or ID number</source>
        <translation>姓名、卡号或身份证号</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记缴费…</translation>
    </message>
    <message>
        <source>Batch payment…</source>
        <translation>批量缴费…</translation>
    </message>
    <message>
        <source>Import payroll sheet…</source>
        <translation>导入工资代扣表…</translation>
    </message>
    <message>
        <source>Wage base…</source>
        <translation>工资基数…</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>费率…</translation>
    </message>
    <message>
        <source>Export list (xlsx)…</source>
        <translation>导出名单（xlsx）…</translation>
    </message>
    <message>
        <source>Yearly statement…</source>
        <translation>年度明细…</translation>
    </message>
    <message>
        <source>No dues to show for this period. Dues are owed from the members&apos; wage bases (member page → 会费 → 工资基数) at the rate under “Rate…”; payments are recorded with “Batch payment…” or “Import payroll sheet…”.</source>
        <translation>这段时间没有会费可显示。会费按会员的工资基数（会员页 → 会费 → 工资基数）和“费率…”计算；缴费用“批量缴费…”或“导入工资代扣表…”登记。</translation>
    </message>
    <message>
        <source>Working out the dues…</source>
        <translation>正在计算会费…</translation>
    </message>
    <message>
        <source>{span}: {members} members · owed {owed} · paid {paid} · balance {balance} yuan · {owing} still owe</source>
        <translation>{span}：{members} 名会员 · 应缴 {owed} · 实缴 {paid} · 欠缴 {balance} 元 · {owing} 人尚欠</translation>
    </message>
    <message>
        <source>{count} members have paid nothing for {months} or more months in a row (deemed-withdrawal rule). This is a warning for the committee to follow up; no one&apos;s membership is changed.</source>
        <translation>有 {count} 名会员已连续 {months} 个月以上未缴会费（视为自动退会规定）。这只是提醒工会委员会跟进，不会改变任何人的会籍。</translation>
    </message>
    <message>
        <source>Select a member in the list first.</source>
        <translation>请先在列表中选择一名会员。</translation>
    </message>
    <message>
        <source>Export the dues list</source>
        <translation>导出会费名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>DuesPaper</name>
    <message>
        <source>Payment {id} has no receipt (payroll deductions get none, or the payment does not exist). Check the number in the member&apos;s dues account.</source>
        <translation>缴费记录 {id} 没有收据（工资代扣不开收据，或该记录不存在）。请在会员的会费账户中核对编号。</translation>
    </message>
    <message>
        <source>There is no receipt numbered {number}.</source>
        <translation>没有编号为 {number} 的收据。</translation>
    </message>
    <message>
        <source>There is no member with the number {id}.</source>
        <translation>没有编号为 {id} 的会员。</translation>
    </message>
</context>
<context>
    <name>DuesPayroll</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Member card no.</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Name and department</source>
        <translation>姓名+部门</translation>
    </message>
    <message>
        <source>Name only (check!)</source>
        <translation>仅姓名（请核对！）</translation>
    </message>
    <message>
        <source>No header row with a name column and a dues amount column was found in {file}. The sheet needs columns such as 姓名 and 代扣会费 (also recognised: 身份证号, 会员卡号, 部门, 应发工资, 月份).</source>
        <translation>在 {file} 中没有找到含姓名列和会费金额列的表头行。表格需要“姓名”“代扣会费”等列（也能识别：身份证号、会员卡号、部门、应发工资、月份）。</translation>
    </message>
    <message>
        <source>This member is on more than one line.</source>
        <translation>该会员出现在多行中。</translation>
    </message>
    <message>
        <source>The amount deducted is zero.</source>
        <translation>代扣金额为零。</translation>
    </message>
    <message>
        <source>The line names nobody (no name, ID number or card number).</source>
        <translation>该行没有姓名、身份证号或会员卡号。</translation>
    </message>
    <message>
        <source>Several members of this name in this department.</source>
        <translation>本部门有多名同名会员。</translation>
    </message>
    <message>
        <source>No member of this name in this department; choose who it is.</source>
        <translation>本部门没有此姓名的会员，请选择对应的人。</translation>
    </message>
    <message>
        <source>The ID number is not in the member register.</source>
        <translation>会员名册中没有该身份证号。</translation>
    </message>
    <message>
        <source>No member of this name.</source>
        <translation>没有此姓名的会员。</translation>
    </message>
    <message>
        <source>Rows {first} and {second} are both given to the same member; keep one.</source>
        <translation>第 {first} 行和第 {second} 行对应同一名会员，请只保留一行。</translation>
    </message>
    <message>
        <source>No line is ticked: nothing to record.</source>
        <translation>没有勾选任何行：无需登记。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复的人员</translation>
    </message>
    <message>
        <source>These rows have the same name and birth date as another member, under another ID number. A different person is imported; the same member is not imported (nothing is merged: correct that member&apos;s record by hand if the file knows better).</source>
        <translation>以下各行与另一名会员姓名、出生日期相同，但身份证号码不同。选“不同的人”则导入；选“同一会员”则不导入（不会自动合并：如文件中的信息更准确，请手工修改该会员的信息）。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>The other one</source>
        <translation>另一人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>registered member, ID {number}</source>
        <translation>已登记会员，身份证号 {number}</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation>本文件第 {row} 行</translation>
    </message>
    <message>
        <source>A different person: import</source>
        <translation>不同的人：导入</translation>
    </message>
    <message>
        <source>The same member: do not import</source>
        <translation>同一会员：不导入</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Change entry no. {id}</source>
        <translation>修改第 {id} 号分录</translation>
    </message>
    <message>
        <source>Record income</source>
        <translation>登记收入</translation>
    </message>
    <message>
        <source>Record spending</source>
        <translation>登记支出</translation>
    </message>
    <message>
        <source>yuan, e.g. 1200.50</source>
        <translation>单位：元，例如 1200.50</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>file no., if this line belongs to an aid case</source>
        <translation>档案号（如属某帮扶档案）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方单位/个人</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>关联活动</translation>
    </message>
    <message>
        <source>Aid case</source>
        <translation>帮扶档案</translation>
    </message>
    <message>
        <source>There is no aid case {number}. Type the file number shown in Hardship aid (e.g. BF2025-003).</source>
        <translation>没有帮扶档案 {number}。请填写“困难帮扶”中显示的档案号（例如 BF2025-003）。</translation>
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
    <name>ExchangeMenu</name>
    <message>
        <source>Spreadsheets</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>导入记录…</translation>
    </message>
</context>
<context>
    <name>ExpenseColumns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>Spending line</source>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>yuan, e.g. 1280.50</source>
        <translation>元，例如 1280.50</translation>
    </message>
    <message>
        <source>Category *</source>
        <translation>科目 *</translation>
    </message>
    <message>
        <source>Amount (yuan) *</source>
        <translation>金额（元）*</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Exporting full ID numbers needs the permission to export sensitive data. The “{profile}” export always contains them; ask the union chair, or choose the register export with masked numbers.</source>
        <translation>导出完整证件号码需要“导出敏感信息”的权限。“{profile}”格式总是包含完整证件号码；请联系工会主席，或改用会员名册格式导出（号码会被遮挡）。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>There is no export profile named “{name}”; the profiles are: {names}.</source>
        <translation>没有名为“{name}”的导出格式；现有的格式有：{names}。</translation>
    </message>
    <message>
        <source>Choose a password of at least {count} characters. Write it down for the person who will import the file.</source>
        <translation>请设置至少 {count} 个字符的密码，并记下来交给导入该文件的人。</translation>
    </message>
    <message>
        <source>This database is on a server ({location}); move it with the server&apos;s own tools.</source>
        <translation>该数据库位于服务器上（{location}），请使用服务器自带的工具迁移。</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another file name.</source>
        <translation>{path} 已存在，请另取一个文件名。</translation>
    </message>
    <message>
        <source>The database failed SQLite&apos;s check, so it was not exported. Run `uniondesk verify` and restore a backup.</source>
        <translation>数据库未通过 SQLite 的完整性检查，因此没有导出。请运行 `uniondesk verify`，并从备份恢复。</translation>
    </message>
    <message>
        <source>{path} already exists, and an import never overwrites a database. Choose a new file name (or move the old file away first).</source>
        <translation>{path} 已存在，导入不会覆盖已有的数据库。请另取一个文件名（或先把原文件移走）。</translation>
    </message>
    <message>
        <source>Cannot read {path} ({error}).</source>
        <translation>无法读取 {path}（{error}）。</translation>
    </message>
    <message>
        <source>{path} is not a UnionDesk export file.</source>
        <translation>{path} 不是工会工作台的导出文件。</translation>
    </message>
    <message>
        <source>{path} was written by a newer UnionDesk. Install the newer release to import it.</source>
        <translation>{path} 由更高版本的工会工作台生成。请安装新版本后再导入。</translation>
    </message>
    <message>
        <source>Cannot open {path}: the password is wrong or the file is damaged. Check the password (capital letters count); if it is right, ask for the file again.</source>
        <translation>无法打开 {path}：密码错误或文件已损坏。请核对密码（区分大小写）；如果密码无误，请让对方重新发送文件。</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). If the file is open in Excel or WPS, close it; or choose another folder.</source>
        <translation>无法写入 {path}（{reason}）。如果该文件已在 Excel 或 WPS 中打开，请先关闭；或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The statistics profile {where} cannot be used: {reason}</source>
        <translation>统计表格式 {where} 无法使用：{reason}</translation>
    </message>
    <message>
        <source>There is no statistics profile named “{name}”; the bundled ones are: {names} (or give the path of a profile file).</source>
        <translation>没有名为“{name}”的统计表格式；自带的有：{names}（也可以给出格式文件的路径）。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>What I see in the list ({count} members)</source>
        <translation>列表中显示的会员（{count} 名）</translation>
    </message>
    <message>
        <source>All members ({count})</source>
        <translation>全部会员（{count} 名）</translation>
    </message>
    <message>
        <source>Full ID numbers and phone numbers (recorded in the audit trail)</source>
        <translation>完整证件号码和手机号码（将记入操作日志）</translation>
    </message>
    <message>
        <source>Only members added or changed since the last submission</source>
        <translation>只导出上次报送以来新增或修改的会员</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>This format needs full ID numbers, which your role may not export.</source>
        <translation>此格式需要完整证件号码，您的角色无权导出。</translation>
    </message>
    <message>
        <source>ID numbers and phones are masked: your role may not export them in full.</source>
        <translation>证件号码和手机号码已遮挡：您的角色无权导出完整号码。</translation>
    </message>
    <message>
        <source>Last submission: {when}, {count} members.</source>
        <translation>上次报送：{when}，共 {count} 名会员。</translation>
    </message>
    <message>
        <source>Nothing has been submitted with this format yet.</source>
        <translation>还没有用此格式报送过。</translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation>正在导出会员…</translation>
    </message>
</context>
<context>
    <name>Federation</name>
    <message>
        <source>{name} cannot name a union or an account on the server: use small letters, digits and _ (e.g. union_east), starting with a letter.</source>
        <translation>{name} 不能用作服务器上的工会或账户名称：请使用小写字母、数字和 _（例如 union_east），并以字母开头。</translation>
    </message>
    <message>
        <source>The server database holds no union yet. Move a union onto it first (uniondesk migrate --from FILE --to URL).</source>
        <translation>服务器数据库中还没有工会。请先把一个工会迁移上去（uniondesk migrate --from 文件 --to URL）。</translation>
    </message>
    <message>
        <source>This server database has no federation figures yet (or this account may not read them). Whoever runs the server sets them up with: uniondesk federation setup.</source>
        <translation>此服务器数据库还没有联合会统计数据（或本账户无权读取）。由服务器管理员用以下命令设置：uniondesk federation setup。</translation>
    </message>
</context>
<context>
    <name>FederationWindow</name>
    <message>
        <source>Workforce</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Women workers</source>
        <translation>女职工</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>工会委员会委员</translation>
    </message>
    <message>
        <source>Audit committee</source>
        <translation>经费审查委员会委员</translation>
    </message>
    <message>
        <source>Women&apos;s committee</source>
        <translation>女职工委员会委员</translation>
    </message>
    <message>
        <source>Member representatives</source>
        <translation>会员代表</translation>
    </message>
    <message>
        <source>Congress delegates</source>
        <translation>职代会代表</translation>
    </message>
    <message>
        <source>Federation figures — {server}</source>
        <translation>联合会统计 — {server}</translation>
    </message>
    <message>
        <source>{unions} union(s) on the server, {members} members in all. Only figures are shown here: no member, no aid case.</source>
        <translation>服务器上共有 {unions} 个工会，会员合计 {members} 人。这里只显示统计数字：不显示任何会员，也不显示帮扶案件。</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Yearly figures</source>
        <translation>年度数据</translation>
    </message>
    <message>
        <source>Yearly figures: no union has recorded them yet.</source>
        <translation>年度数据：还没有工会填写。</translation>
    </message>
    <message>
        <source>Members by union</source>
        <translation>各工会会员数</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <source>An Excel or WPS workbook (.xlsx, .xls) or a .csv file. Title rows, merged cells and notes under the table are fine.</source>
        <translation>Excel 或 WPS 工作簿（.xlsx、.xls）或 .csv 文件均可。表格上方的标题行、合并单元格和表格下方的说明都不影响导入。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <source>An empty .xlsx with the column names the import reads best; the ID number column is formatted as text.</source>
        <translation>一个空白的 .xlsx，列名是导入最容易识别的写法；身份证号一列已设为文本格式。</translation>
    </message>
    <message>
        <source>No roster yet, or starting a new one?</source>
        <translation>还没有名册，或要新建一份？</translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>member-roster-template</source>
        <translation>会员名册模板</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>电子表格</translation>
    </message>
</context>
<context>
    <name>FundsLedgerModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>2% allocation</source>
        <translation>拨缴经费</translation>
    </message>
    <message>
        <source>From dues</source>
        <translation>来自会费</translation>
    </message>
    <message>
        <source>From activities</source>
        <translation>来自活动</translation>
    </message>
    <message>
        <source>From hardship aid</source>
        <translation>来自帮扶</translation>
    </message>
    <message>
        <source>Activity {id}</source>
        <translation>活动 {id}</translation>
    </message>
    <message>
        <source>Aid case {id}</source>
        <translation>帮扶档案 {id}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结账</translation>
    </message>
    <message>
        <source>Reverses no. {id}</source>
        <translation>冲销第 {id} 号</translation>
    </message>
    <message>
        <source>Reversed by no. {id}</source>
        <translation>已被第 {id} 号冲销</translation>
    </message>
    <message>
        <source>Taken from another area&apos;s records; change it there.</source>
        <translation>取自其他模块的记录；请到原模块修改。</translation>
    </message>
    <message>
        <source>Entry no. {id}</source>
        <translation>第 {id} 号分录</translation>
    </message>
</context>
<context>
    <name>FundsPane</name>
    <message>
        <source>Union funds</source>
        <translation>经费收支</translation>
    </message>
    <message>
        <source>Record income…</source>
        <translation>登记收入…</translation>
    </message>
    <message>
        <source>Record spending…</source>
        <translation>登记支出…</translation>
    </message>
    <message>
        <source>2% allocation…</source>
        <translation>拨缴经费…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message>
        <source>Close a month…</source>
        <translation>月份结账…</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <source>Whole year…</source>
        <translation>全年…</translation>
    </message>
    <message>
        <source>Quarter {n}…</source>
        <translation>第 {n} 季度…</translation>
    </message>
    <message>
        <source>Export ledger…</source>
        <translation>导出明细账…</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Month {n}</source>
        <translation>{n} 月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>No entries in this period. “Record income…” and “Record spending…” add them; dues, activity expenses and aid payments appear here by themselves.</source>
        <translation>这段时间没有分录。用“登记收入…”和“登记支出…”添加；会费、活动支出和帮扶发放会自动出现在这里。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>预算余额</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Set budget…</source>
        <translation>设置预算…</translation>
    </message>
    <message>
        <source>Opening balance…</source>
        <translation>期初结余…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add sub-item…</source>
        <translation>增设明细科目…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>明细账</translation>
    </message>
    <message>
        <source>Budget and actual</source>
        <translation>预算执行</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部科目</translation>
    </message>
    <message>
        <source>Opening balance {opening}   Income {income}   Spending {spending}   Closing balance {closing}</source>
        <translation>期初结余 {opening}&#x3000;&#x3000;收入 {income}&#x3000;&#x3000;支出 {spending}&#x3000;&#x3000;期末结余 {closing}</translation>
    </message>
    <message>
        <source>{category}: {amount}</source>
        <translation>{category}：{amount}</translation>
    </message>
    <message>
        <source>Closed months: {months}</source>
        <translation>已结账月份：{months}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Opening balance {year}: {amount} (carried forward)</source>
        <translation>{year} 年期初结余：{amount}（上年结转）</translation>
    </message>
    <message>
        <source>Opening balance {year}: {amount} (set)</source>
        <translation>{year} 年期初结余：{amount}（已设定）</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已改名</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准科目</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>自行增设</translation>
    </message>
    <message>
        <source>This line comes from {source}; change it there.</source>
        <translation>此行{source}；请到原模块修改。</translation>
    </message>
    <message>
        <source>This line is in a closed month; correct it with Reverse….</source>
        <translation>此行所在月份已结账；请用“冲销…”更正。</translation>
    </message>
    <message>
        <source>This line is part of a reversal and is not changed.</source>
        <translation>此行属于冲销分录，不能修改。</translation>
    </message>
    <message>
        <source>Delete entry no. {id} ({amount} yuan, {date})? The audit trail keeps what it was.</source>
        <translation>删除第 {id} 号分录（{amount} 元，{date}）？操作日志会保留原内容。</translation>
    </message>
    <message>
        <source>Choose a category in the list first.</source>
        <translation>请先在列表中选择科目。</translation>
    </message>
    <message>
        <source>Budget {year}</source>
        <translation>{year} 年预算</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>{category}. A class&apos;s budget is its own figure plus its sub-items&apos;. Leave empty to remove.</source>
        <translation>{category}。一级科目的预算为其本身预算与各明细科目预算之和。清空即删除。</translation>
    </message>
    <message>
        <source>Opening balance {year}</source>
        <translation>{year} 年期初结余</translation>
    </message>
    <message>
        <source>Balance on 1 January</source>
        <translation>1 月 1 日余额</translation>
    </message>
    <message>
        <source>Set the balance the books of {year} start with (from the last audited accounts). Leave empty to carry the previous year&apos;s closing balance forward.</source>
        <translation>设定 {year} 年账目的期初结余（以上次审查后的账目为准）。清空则自动结转上年期末结余。</translation>
    </message>
    <message>
        <source>Choose the class to add a sub-item to.</source>
        <translation>请选择要增设明细科目的一级科目。</translation>
    </message>
    <message>
        <source>New sub-item under {code}</source>
        <translation>在 {code} 下增设明细科目</translation>
    </message>
    <message>
        <source>Rename {code}</source>
        <translation>科目 {code} 改名</translation>
    </message>
    <message>
        <source>Funds notice</source>
        <translation>经费收支公示</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>导出明细账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FundsRules</name>
    <message>
        <source>The accounts for {period} are closed: money lines dated in that month can no longer be added, changed or deleted. Record a reversing entry dated in an open month instead (in Union funds, select the line and choose Reverse…).</source>
        <translation>{period} 已结账：该月的收支不能再新增、修改或删除。请改在未结账的月份录入一笔冲销（红字）分录（在“经费收支”中选中该行，点“冲销…”）。</translation>
    </message>
    <message>
        <source>Say why the entry is reversed (it is printed in the ledger).</source>
        <translation>请填写冲销原因（会写入明细账）。</translation>
    </message>
    <message>
        <source>Entry {id} is itself a reversal; it cannot be reversed again. Record the line anew instead.</source>
        <translation>第 {id} 号分录本身是冲销分录，不能再冲销。请重新录入正确的分录。</translation>
    </message>
    <message>
        <source>Entry {id} was already reversed by entry {by}.</source>
        <translation>第 {id} 号分录已由第 {by} 号分录冲销。</translation>
    </message>
    <message>
        <source>The date lies in the future; enter the day the correction is made.</source>
        <translation>日期在今天之后；请填写更正的当天日期。</translation>
    </message>
    <message>
        <source>The month&apos;s total payroll must be more than zero.</source>
        <translation>当月工资总额必须大于零。</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12.</source>
        <translation>请选择 1 至 12 月。</translation>
    </message>
    <message>
        <source>{period} has not begun yet; the allocation is recorded for a month that has begun.</source>
        <translation>{period} 尚未开始；拨缴经费只能为已开始的月份登记。</translation>
    </message>
    <message>
        <source>The allocation for {period} is recorded already (entry {id}). Change that entry, or reverse it first.</source>
        <translation>{period} 的拨缴经费已登记（第 {id} 号分录）。请修改该分录，或先将其冲销。</translation>
    </message>
    <message>
        <source>{period} is not over yet; a month is closed after its last day.</source>
        <translation>{period} 尚未结束；月份须在最后一天过后才能结账。</translation>
    </message>
    <message>
        <source>{period} is closed already.</source>
        <translation>{period} 已经结账。</translation>
    </message>
    <message>
        <source>A budget is an amount from 0 up; clear it to remove the budget.</source>
        <translation>预算金额不能为负数；清空即删除该预算。</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择科目。</translation>
    </message>
    <message>
        <source>Sub-items go under one of the classes (for example 501 or 502).</source>
        <translation>明细科目须设在一级科目之下（例如 501 或 502）。</translation>
    </message>
    <message>
        <source>Class {code} has 99 sub-items already.</source>
        <translation>科目 {code} 下已有 99 个明细科目。</translation>
    </message>
    <message>
        <source>There is no category {code}.</source>
        <translation>没有科目 {code}。</translation>
    </message>
    <message>
        <source>Only sub-items the union added can be removed; rename a category instead.</source>
        <translation>只能删除本工会自行增设的明细科目；标准科目可以改名。</translation>
    </message>
    <message>
        <source>Category {label} is used by lines or budgets; it stays. Rename it if the label is wrong.</source>
        <translation>科目“{label}”已被收支分录或预算使用，不能删除。名称有误可改名。</translation>
    </message>
    <message>
        <source>Enter the date of the entry.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>The date lies in the future; record money when it has moved.</source>
        <translation>日期在今天之后；请在款项实际收付后再登记。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择科目。</translation>
    </message>
    <message>
        <source>Dues income is posted from the dues records; record the payment under Dues, not here.</source>
        <translation>会费收入由会费记录自动过账；请在“会费”中登记缴费，不要在此录入。</translation>
    </message>
    <message>
        <source>The employer&apos;s 2% allocation is recorded month by month with 2% allocation…</source>
        <translation>行政拨缴的 2% 经费请用“拨缴经费…”按月登记。</translation>
    </message>
    <message>
        <source>Choose one of the sub-items of this class.</source>
        <translation>请选择该科目下的明细科目。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>The amount must be more than zero; a correction is a reversing entry.</source>
        <translation>金额必须大于零；更正请用冲销分录。</translation>
    </message>
    <message>
        <source>The amount is kept to the fen (0.01 yuan) and under one hundred million.</source>
        <translation>金额精确到分（0.01 元），且须小于一亿元。</translation>
    </message>
    <message>
        <source>The counterparty is at most 100 characters.</source>
        <translation>对方单位/个人最多 100 个字符。</translation>
    </message>
    <message>
        <source>The voucher number is at most 30 characters.</source>
        <translation>凭证号最多 30 个字符。</translation>
    </message>
    <message>
        <source>There is no activity {id}.</source>
        <translation>没有编号为 {id} 的活动。</translation>
    </message>
    <message>
        <source>There is no aid case {id}.</source>
        <translation>没有编号为 {id} 的帮扶档案。</translation>
    </message>
    <message>
        <source>Entry {id} no longer exists. Refresh the ledger.</source>
        <translation>第 {id} 号分录已不存在。请刷新明细账。</translation>
    </message>
    <message>
        <source>Entry {id} reverses entry {other}; it is not changed. Delete it while its month is open, or record the line anew.</source>
        <translation>第 {id} 号分录是对第 {other} 号的冲销，不能修改。可在其所在月份结账前删除，或重新录入。</translation>
    </message>
    <message>
        <source>Entry {id} was reversed by entry {by}; it is no longer changed. Delete the reversal first if it was a mistake.</source>
        <translation>第 {id} 号分录已被第 {by} 号冲销，不能再修改。如冲销有误，请先删除冲销分录。</translation>
    </message>
    <message>
        <source>Another category is called {label} already.</source>
        <translation>已有名为“{label}”的科目。</translation>
    </message>
    <message>
        <source>Enter the category&apos;s name in Chinese.</source>
        <translation>请填写科目的中文名称。</translation>
    </message>
    <message>
        <source>A category&apos;s name is at most 60 characters.</source>
        <translation>科目名称最多 60 个字符。</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Members (on the register / retained)</source>
        <translation>会员（在册 / 保留）</translation>
    </message>
    <message>
        <source>Women members</source>
        <translation>女会员</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>农民工会员</translation>
    </message>
    <message>
        <source>Joined this year</source>
        <translation>今年入会</translation>
    </message>
    <message>
        <source>Dues this month: collected / due</source>
        <translation>本月会费：已收 / 应收</translation>
    </message>
    <message>
        <source>Union funds balance</source>
        <translation>工会经费结余</translation>
    </message>
    <message>
        <source>{count} members have paid no dues for six months or more (deemed-withdrawal warning)</source>
        <translation>{count} 名会员连续六个月以上未交会费（视为自动退会预警）</translation>
    </message>
    <message>
        <source>{count} aid cases need a step: yearly review, end of public notice or follow-up call</source>
        <translation>{count} 件帮扶档案待办：年度复核、公示期满或回访</translation>
    </message>
    <message>
        <source>{count} votes are waiting to be opened or counted</source>
        <translation>{count} 项选举/表决待开始或待计票</translation>
    </message>
    <message>
        <source>{day} {title}: {signed} signed up</source>
        <translation>{day} {title}：已报名 {signed} 人</translation>
    </message>
    <message>
        <source>{day} {title}: {signed} signed up for {capacity} places</source>
        <translation>{day} {title}：已报名 {signed} 人（名额 {capacity} 人）</translation>
    </message>
    <message>
        <source>{count} activities in the next seven days</source>
        <translation>未来七天有 {count} 项活动</translation>
    </message>
    <message>
        <source>{count} members have their birthday this month (birthday greetings)</source>
        <translation>本月有 {count} 名会员过生日（生日慰问）</translation>
    </message>
    <message>
        <source>{count} members reach the statutory retirement age in the next three months</source>
        <translation>未来三个月有 {count} 名会员到达法定退休年龄</translation>
    </message>
    <message>
        <source>{count} members have a document other than a resident ID card: check their numbers by hand</source>
        <translation>{count} 名会员的证件不是居民身份证：请人工核对证件号码</translation>
    </message>
    <message>
        <source>There is no backup of this database yet: make one now</source>
        <translation>本数据库还没有备份：请立即备份</translation>
    </message>
    <message>
        <source>The last backup is {days} days old</source>
        <translation>上次备份已是 {days} 天前</translation>
    </message>
    <message>
        <source>Open aid cases</source>
        <translation>在档帮扶对象</translation>
    </message>
    <message>
        <source>Votes in progress</source>
        <translation>进行中的选举/表决</translation>
    </message>
</context>
<context>
    <name>HomeCharts</name>
    <message>
        <source>Members by age and gender</source>
        <translation>会员年龄与性别</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Dues collected by month</source>
        <translation>各月会费收缴</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Spending: budget and actual this year</source>
        <translation>本年支出：预算与实际</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>HomePane</name>
    <message>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>添加会员…</translation>
    </message>
    <message>
        <source>Print a sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Record dues…</source>
        <translation>登记会费…</translation>
    </message>
    <message>
        <source>Export for the parent union…</source>
        <translation>导出上报…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Gathering figures and reminders…</source>
        <translation>正在汇总数字和提醒…</translation>
    </message>
    <message>
        <source>Nothing needs doing: no reminders from any area.</source>
        <translation>暂无待办：各项工作都没有提醒。</translation>
    </message>
    <message>
        <source>Print figures and charts…</source>
        <translation>打印数字和图表…</translation>
    </message>
    <message>
        <source>What needs doing (double-click a line to open it)</source>
        <translation>待办提醒（双击一行打开）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No members yet. Start here:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import a roster&lt;/b&gt;: an Excel or WPS sheet with at least 姓名 and 身份证号 (the parent union&apos;s real-name template works as it is; the import shows each row&apos;s problems before anything is saved).&lt;/li&gt;&lt;li&gt;Or &lt;b&gt;add a member&lt;/b&gt; by hand.&lt;/li&gt;&lt;li&gt;Then set the dues rate (会费 → 费率) and make a first backup.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;还没有会员。从这里开始：&lt;/b&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;导入花名册&lt;/b&gt;：Excel 或 WPS 表格，至少有“姓名”和“身份证号”两列（上级工会的实名制模板可直接导入；保存前会逐行列出问题）。&lt;/li&gt;&lt;li&gt;或者逐个&lt;b&gt;添加会员&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;然后设置会费费率（会费 → 费率），并做第一次备份。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>{union} — {year}年{month}月{day}日</source>
        <translation>{union} — {year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>UnionDesk</source>
        <translation>工会工作台</translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>工作台数字与图表</translation>
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
        <source>The ID number&apos;s last character should be {expected}, not {actual}: a digit was probably mistyped. Compare it with the ID card.</source>
        <translation>身份证号最后一位应为 {expected}，而不是 {actual}，可能有数字输错了。请对照身份证核对。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Skip them (keep the registered member as is)</source>
        <translation>跳过（已登记的会员保持不变）</translation>
    </message>
    <message>
        <source>Fill in only the fields that are empty in the register</source>
        <translation>只填写名册中为空的字段</translation>
    </message>
    <message>
        <source>Overwrite with the file&apos;s values (empty cells keep the registered value)</source>
        <translation>用文件中的值覆盖（文件中的空单元格保留原值）</translation>
    </message>
    <message>
        <source>Row {row}: {reason} Nothing was imported; check the file and import it again.</source>
        <translation>第 {row} 行：{reason}没有导入任何数据，请检查文件后重新导入。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，没有做任何修改。</translation>
    </message>
    <message>
        <source>This import has already been undone (or no longer exists).</source>
        <translation>这次导入已经撤销过了（或已不存在）。</translation>
    </message>
    <message>
        <source>{names} changed after this import ({count} in all). Undo the later changes or imports first; nothing was undone.</source>
        <translation>{names}在这次导入之后又被修改过（共 {count} 名）。请先撤销之后的修改或导入；本次没有撤销任何内容。</translation>
    </message>
    <message>
        <source>{count} of the members this import added already have records elsewhere (dues, activities, aid cases or votes), for example {names}. Undoing the import would remove those records too, so nothing was undone. Move members who should not be in the register to the trash instead.</source>
        <translation>本次导入新增的会员中有 {count} 人已在其他模块中有记录（会费、活动、帮扶档案或选举），例如 {names}。撤销导入会一并删除这些记录，因此未做任何撤销。不应在名册中的会员，请改为移入回收站。</translation>
    </message>
    <message>
        <source>“{value}” is not a known value (known values: {choices} …).</source>
        <translation>“{value}”不是可识别的值（可用的值：{choices} …）。</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no; write 是 or 否.</source>
        <translation>“{value}”应填写“是”或“否”。</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it like 2019-03-05, 2019年3月5日 or 20190305.</source>
        <translation>“{value}”不是日期，请写成 2019-03-05、2019年3月5日 或 20190305 这样的格式。</translation>
    </message>
    <message>
        <source>The ID number {value} was stored as a number and has lost its last digits, so it cannot be trusted. In the original file, format the ID column as text (Format Cells → Text), type the numbers again from the ID cards, and import again.</source>
        <translation>证件号码 {value} 被保存成了数字，最后几位已经丢失，不能采用。请在原文件中把证件号码列设为文本格式（设置单元格格式 → 文本），对照身份证重新输入号码，然后再次导入。</translation>
    </message>
    <message>
        <source>The phone number {value} was stored as a number and damaged; format the column as text in the original file and type it again.</source>
        <translation>手机号码 {value} 被保存成了数字，已经损坏；请在原文件中把该列设为文本格式，然后重新输入。</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”; its sheets are: {names}.</source>
        <translation>{file} 中没有名为“{sheet}”的工作表；它包含的工作表有：{names}。</translation>
    </message>
    <message>
        <source>No header row was found in sheet “{sheet}” of {file}: the first rows should include column names such as 姓名 and 身份证号码.</source>
        <translation>在 {file} 的工作表“{sheet}”中没有找到表头行：前几行应包含“姓名”“身份证号码”等列名。</translation>
    </message>
    <message>
        <source>No sheet of {file} has a header row: the first rows should include column names such as 姓名 and 身份证号码.</source>
        <translation>{file} 的各个工作表都没有找到表头行：前几行应有“姓名”“身份证号码”等列名。</translation>
    </message>
    <message>
        <source>Why the row was not imported</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>total or note row</source>
        <translation>合计或说明行</translation>
    </message>
    <message>
        <source>the column names repeated (a printed page&apos;s header)</source>
        <translation>重复的列名行（打印时每页的表头）</translation>
    </message>
    <message>
        <source>a title or heading line, not a member</source>
        <translation>标题或分组行，不是会员</translation>
    </message>
    <message>
        <source>the same member as another one under another ID number (decided when importing)</source>
        <translation>与另一身份证号码的会员是同一人（导入时确定）</translation>
    </message>
    <message>
        <source>No join date: imported with the join date unknown (the register shows it as to be filled in; no dues are counted until it is). Fill it in the member&apos;s record, or give the date when importing (wizard: “Rows without a join date joined on”; command line: --join-date).</source>
        <translation>没有入会时间：已导入，入会时间待补（会员名册中显示为“待补”；补填之前不计会费）。请在会员信息中补填，或在导入时给出入会日期（向导：“入会日期为空的行，入会日期填为”；命令行：--join-date）。</translation>
    </message>
    <message>
        <source>{problem} The field was left empty.</source>
        <translation>{problem}该项已留空。</translation>
    </message>
    <message>
        <source>Only the year and month are given; stored as the 1st ({date}). Correct the day in the member&apos;s record if it is known.</source>
        <translation>只有年和月，已按当月 1 日（{date}）保存。如知道具体日期，请在会员信息中更正。</translation>
    </message>
    <message>
        <source>{value} could be January or October: the cell is a number, which drops the last 0. The field was left empty; write the month as 2019-01 or 2019-10.</source>
        <translation>{value} 可能是 1 月也可能是 10 月：单元格是数字格式，末尾的 0 会丢失。该项已留空；请把月份写成 2019-01 或 2019-10。</translation>
    </message>
    <message>
        <source>The birth date {given} differs from the ID number&apos;s {id_date}; the ID number&apos;s date was kept.</source>
        <translation>出生日期 {given} 与身份证号码中的 {id_date} 不一致，已按身份证号码保存。</translation>
    </message>
    <message>
        <source>The gender {given} differs from the ID number&apos;s ({id_gender}, its 17th digit); the ID number&apos;s gender was kept.</source>
        <translation>性别“{given}”与身份证号码（第 17 位表示{id_gender}）不一致，已按身份证号码保存。</translation>
    </message>
    <message>
        <source>An old 15-digit ID number; stored as its 18-digit form {number}.</source>
        <translation>旧的 15 位身份证号码，已转换为 18 位 {number} 保存。</translation>
    </message>
    <message>
        <source>{length} characters are too many for this field; the first {limit} were kept.</source>
        <translation>该项有 {length} 个字符，太长；已保留前 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The same person (name and ID number) as row {first}; this row was not imported again.</source>
        <translation>与第 {first} 行是同一人（姓名和身份证号码相同），本行不再重复导入。</translation>
    </message>
    <message>
        <source>Row {first} has this ID number with another name ({other}). One of the two rows is wrong: correct the number or the name, and import this row again.</source>
        <translation>第 {first} 行也是这个身份证号码，但姓名是“{other}”。两行中有一行有误：请更正号码或姓名后重新导入本行。</translation>
    </message>
    <message>
        <source>This ID number is registered for {other}, not for this name. Correct the number or the name in the file, or the registered member&apos;s record.</source>
        <translation>这个身份证号码已登记为“{other}”，与本行姓名不符。请更正文件中的号码或姓名，或更正已登记会员的信息。</translation>
    </message>
    <message>
        <source>Row {other} has the same name and birth date with another ID number. Check that these are two different people.</source>
        <translation>第 {other} 行的姓名和出生日期与本行相同，但证件号码不同。请核实是否为两个不同的人。</translation>
    </message>
    <message>
        <source>A registered member has the same name and birth date with another ID number. Check that these are two different people.</source>
        <translation>已登记的一名会员与本行姓名和出生日期相同，但证件号码不同。请核实是否为两个不同的人。</translation>
    </message>
    <message>
        <source>{file} is a WPS spreadsheet (.et). Open it in WPS, choose File → Save As → Excel workbook (*.xlsx), and import the .xlsx file.</source>
        <translation>{file} 是 WPS 表格文件（.et）。请用 WPS 打开，选择“文件 → 另存为 → Excel 工作簿 (*.xlsx)”，再导入这个 .xlsx 文件。</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook, or WPS: File → Document Encryption), save it as .xlsx and import that file.</source>
        <translation>{file} 设置了密码保护。请在 Excel 或 WPS 中打开并取消密码（Excel：文件 → 信息 → 保护工作簿；WPS：文件 → 文档加密），另存为 .xlsx 后导入该文件。</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet UnionDesk can read. Save it from Excel or WPS as an .xlsx workbook or a .csv file and import that.</source>
        <translation>{file} 不是工会工作台能读取的表格文件。请在 Excel 或 WPS 中另存为 .xlsx 工作簿或 .csv 文件，再导入。</translation>
    </message>
    <message>
        <source>{file} cannot be opened: check that it exists and is not open in another program.</source>
        <translation>无法打开 {file}：请检查文件是否存在，以及是否正在其他程序中打开。</translation>
    </message>
    <message>
        <source>No 姓名 column was found in {file}: the delegate list needs a header row with 姓名 (and 代表团/组, 单位 if you have them).</source>
        <translation>{file} 中没有找到“姓名”列：代表名单需要有含“姓名”的表头行（如有“代表团/组”“单位”列也请保留）。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>未通过的行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>撤销这次导入…</translation>
    </message>
    <message>
        <source>Undoing an import removes the members it added and gives the members it changed their old values back. It is refused if any of them was changed since.</source>
        <translation>撤销导入会删除这次导入新增的会员，并把被修改的会员恢复为原来的值。如果其中有会员在导入之后又被修改过，则不能撤销。</translation>
    </message>
    <message>
        <source>Undone {at} by {user}</source>
        <translation>已于 {at} 由 {user} 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Undo the import of {file}? {created} added members will be removed and {updated} changed members get their old values back.</source>
        <translation>要撤销 {file} 的导入吗？将删除新增的 {created} 名会员，并把被修改的 {updated} 名会员恢复为原来的值。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a member roster</source>
        <translation>导入会员花名册</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save rejected rows and warnings</source>
        <translation>保存拒收行和提示</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>File checks skipped: this is not an SQLite file (the database server checks its own storage).</source>
        <translation>已跳过文件检查：这不是 SQLite 文件（数据库服务器自行检查其存储）。</translation>
    </message>
    <message>
        <source>SQLite integrity check: {count} problem(s). The file is damaged; restore a backup.</source>
        <translation>SQLite 完整性检查：发现 {count} 个问题。文件已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>SQLite integrity check: ok.</source>
        <translation>SQLite 完整性检查：正常。</translation>
    </message>
    <message>
        <source>Links between tables: {count} row(s) point to rows that do not exist.</source>
        <translation>表间关联：有 {count} 行指向不存在的行。</translation>
    </message>
    <message>
        <source>Links between tables: ok.</source>
        <translation>表间关联：正常。</translation>
    </message>
    <message>
        <source>Audit trail: {count} record(s), the hash chain is unbroken.</source>
        <translation>操作日志：共 {count} 条记录，哈希链完整。</translation>
    </message>
    <message>
        <source>Audit trail: {count} record(s) checked; the chain breaks at record {record_id}.</source>
        <translation>操作日志：已检查 {count} 条记录；哈希链在第 {record_id} 条记录处断开。</translation>
    </message>
    <message>
        <source>… and {count} more break(s).</source>
        <translation>…另有 {count} 处断开。</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>Problems found. Keep this database as it is (do not repair it by hand) and ask whoever looks after the program.</source>
        <translation>发现问题。请保持数据库原样（不要自行修复），并联系负责维护本程序的人员。</translation>
    </message>
    <message>
        <source>End of the trail: not checked, there is no anchor file beside the database (a database copied by hand has none; the program writes it with every change). Records removed from the end would not show.</source>
        <translation>日志末尾：未核对，数据库旁没有锚点文件（手工复制的数据库没有；程序每次改动都会写入）。从末尾删除的记录将无法发现。</translation>
    </message>
    <message>
        <source>End of the trail: matches the anchor kept outside the database ({count} record(s)).</source>
        <translation>日志末尾：与数据库之外保存的锚点一致（{count} 条记录）。</translation>
    </message>
    <message>
        <source>Row check skipped: rows are sealed only in an SQLite database.</source>
        <translation>未核对数据行：只有 SQLite 数据库的数据行带有封印。</translation>
    </message>
    <message>
        <source>Data: {count} row(s) of audited tables, each as the audit trail recorded it.</source>
        <translation>数据：受审计表共 {count} 行，均与操作日志所记一致。</translation>
    </message>
    <message>
        <source>Data: {count} row(s) of audited tables checked; {bad} differ from the audit trail:</source>
        <translation>数据：已核对受审计表 {count} 行；{bad} 行与操作日志不符：</translation>
    </message>
    <message>
        <source>… and {count} more row(s).</source>
        <translation>……另有 {count} 行。</translation>
    </message>
    <message>
        <source>Record {record_id} was changed after it was written: its content no longer matches its hash.</source>
        <translation>第 {record_id} 条记录在写入后被改动过：其内容与哈希值不再相符。</translation>
    </message>
    <message>
        <source>Record {record_id} does not follow the record before it: a record before it was deleted or replaced.</source>
        <translation>第 {record_id} 条记录与前一条记录接不上：前面有记录被删除或替换。</translation>
    </message>
    <message>
        <source>Record {missing} is missing (deleted) before record {record_id}.</source>
        <translation>第 {record_id} 条记录之前缺少第 {missing} 条记录（已被删除）。</translation>
    </message>
    <message>
        <source>Records {first} to {last} are missing (deleted) before record {record_id}.</source>
        <translation>第 {record_id} 条记录之前缺少第 {first} 至 {last} 条记录（已被删除）。</translation>
    </message>
    <message>
        <source>Record {record_id} has an id out of sequence (expected {expected}).</source>
        <translation>第 {record_id} 条记录的编号不连续（应为 {expected}）。</translation>
    </message>
    <message>
        <source>End of the trail: the trail ends at record {last}, but the program had written {count} record(s): records were removed from the end.</source>
        <translation>日志末尾：日志止于第 {last} 条，而程序已写入 {count} 条：末尾的记录被删除了。</translation>
    </message>
    <message>
        <source>End of the trail: record {record_id} is not the one the program wrote (its hash differs from the anchor): the trail was rewritten.</source>
        <translation>日志末尾：第 {record_id} 条不是程序写入的那一条（其哈希与锚点不符）：日志被改写过。</translation>
    </message>
    <message>
        <source>End of the trail: records {first} to {last} were added after the last record the program wrote: they were appended outside the program.</source>
        <translation>日志末尾：第 {first} 至 {last} 条是在程序写入的最后一条之后添加的：它们是在程序之外追加的。</translation>
    </message>
    <message>
        <source>Row seals name audit record {record_id}, which has none: the record was deleted or its seals were added by hand.</source>
        <translation>数据行封印指向第 {record_id} 条日志，但该日志没有封印：该日志被删除，或封印是手工添加的。</translation>
    </message>
    <message>
        <source>The row seals of audit record {record_id} were changed after it was written.</source>
        <translation>第 {record_id} 条日志的数据行封印在写入后被改动过。</translation>
    </message>
    <message>
        <source>The row seals of audit record {record_id} are missing: they were deleted.</source>
        <translation>第 {record_id} 条日志的数据行封印不见了：已被删除。</translation>
    </message>
    <message>
        <source>{table} row {key}: deleted outside the program (audit record {record_id} recorded it).</source>
        <translation>{table} 第 {key} 行：在程序之外被删除（第 {record_id} 条日志记录过它）。</translation>
    </message>
    <message>
        <source>{table} row {key}: not in the audit trail (added outside the program).</source>
        <translation>{table} 第 {key} 行：不在操作日志中（在程序之外添加）。</translation>
    </message>
    <message>
        <source>{table} row {key}: changed outside the program (differs from the state audit record {record_id} recorded).</source>
        <translation>{table} 第 {key} 行：在程序之外被改动（与第 {record_id} 条日志所记的状态不符）。</translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>Lengths</name>
    <message>
        <source>{field} is too long: at most {limit} characters, {length} given. Shorten it and try again; nothing was saved.</source>
        <translation>“{field}”太长：最多 {limit} 个字，现在是 {length} 个。请删减后重试；没有保存任何内容。</translation>
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
    <name>LoginDialog</name>
    <message>
        <source>UnionDesk — log in</source>
        <translation>工会工作台 — 登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>UnionDesk</source>
        <translation>工会工作台</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Quit UnionDesk</source>
        <translation>退出工会工作台</translation>
    </message>
    <message>
        <source>The window was locked after a time without use. Enter your password to continue.</source>
        <translation>窗口因长时间未操作已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <source>Demo database. Accounts: admin / demo-admin (chair), officer / demo-officer, finance / demo-finance, aid / demo-aid, teller / demo-teller, viewer / demo-viewer.</source>
        <translation>演示数据库。账户：admin / demo-admin（主席），officer / demo-officer，finance / demo-finance，aid / demo-aid，teller / demo-teller，viewer / demo-viewer。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UnionDesk — {database}</source>
        <translation>工会工作台 — {database}</translation>
    </message>
    <message>
        <source>Demo database: the people and numbers in it are invented. Do not enter real members here.</source>
        <translation>演示数据库：其中的人员和数字都是虚构的。请不要在这里录入真实会员。</translation>
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
        <source>Database…</source>
        <translation>数据库…</translation>
    </message>
    <message>
        <source>Union details…</source>
        <translation>工会信息…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Accounts and roles…</source>
        <translation>账户与角色…</translation>
    </message>
    <message>
        <source>Lock the window</source>
        <translation>锁定窗口</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>About UnionDesk</source>
        <translation>关于工会工作台</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>UnionDesk manual</source>
        <translation>工会工作台使用手册</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列与字段对应</translation>
    </message>
    <message>
        <source>Which member field each column holds. Recognised columns are filled in; choose a field for the others or leave them ignored. Your choice is remembered for files with the same columns.</source>
        <translation>请指定每一列对应哪个会员字段。已识别的列已自动填好；其他列请选择字段，或保持忽略。对于列相同的文件，程序会记住您的选择。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Member field</source>
        <translation>会员字段</translation>
    </message>
    <message>
        <source>Rows without a join date joined on:</source>
        <translation>入会日期为空的行，入会日期填为：</translation>
    </message>
    <message>
        <source>Members already registered (same ID number):</source>
        <translation>已登记的会员（证件号码相同）：</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— 忽略 —</translation>
    </message>
    <message>
        <source>Each field may come from one column only; these are chosen twice: {names}.</source>
        <translation>每个字段只能对应一列；以下字段被选了两次：{names}。</translation>
    </message>
    <message>
        <source>Choose the columns holding the name and the ID number: members are recognised by them.</source>
        <translation>请选择姓名和证件号码所在的列：程序根据它们识别会员。</translation>
    </message>
</context>
<context>
    <name>MemberActivities</name>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
</context>
<context>
    <name>MemberActivitiesSection</name>
    <message>
        <source>Activities</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <source>{year}: attended {count} activities; {total} on record.</source>
        <translation>{year}年参加活动 {count} 次；共有 {total} 条记录。</translation>
    </message>
    <message>
        <source>Visits this year: {visits} yuan.</source>
        <translation>本年慰问：{visits} 元。</translation>
    </message>
</context>
<context>
    <name>MemberAidSection</name>
    <message>
        <source>No hardship aid case.</source>
        <translation>无困难帮扶档案。</translation>
    </message>
    <message>
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
</context>
<context>
    <name>MemberColumns</name>
    <message>
        <source>to be filled in</source>
        <translation>待补</translation>
    </message>
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
        <source>Show full ID number and phone (recorded)</source>
        <translation>显示完整证件号码和手机号码（将记入操作日志）</translation>
    </message>
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
        <source>Union posts</source>
        <translation>工会职务</translation>
    </message>
    <message>
        <source>Union posts…</source>
        <translation>工会职务…</translation>
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
    <message>
        <source>None</source>
        <translation>无</translation>
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
    <name>MemberDuesSection</name>
    <message>
        <source>Dues account</source>
        <translation>会费账户</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记缴费…</translation>
    </message>
    <message>
        <source>Wage base…</source>
        <translation>工资基数…</translation>
    </message>
    <message>
        <source>Correct payment…</source>
        <translation>冲销缴费…</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>收据…</translation>
    </message>
    <message>
        <source>Yearly statement…</source>
        <translation>年度明细…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>dues base {base} from {date}</source>
        <translation>会费基数 {base}（{date} 起）</translation>
    </message>
    <message>
        <source>no wage base on record</source>
        <translation>未登记工资基数</translation>
    </message>
    <message>
        <source>Last {months} months: owed {owed}, paid {paid}, balance {balance} yuan; {wage}.</source>
        <translation>最近 {months} 个月：应缴 {owed}，实缴 {paid}，欠缴 {balance} 元；{wage}。</translation>
    </message>
    <message>
        <source>{months} months in a row with no dues paid: under the deemed-withdrawal rule the union committee should contact this member. Nothing is changed automatically.</source>
        <translation>已连续 {months} 个月未缴会费：按视为自动退会的规定，工会委员会应与该会员联系。系统不会自动改变会籍。</translation>
    </message>
    <message>
        <source>Correct payment</source>
        <translation>冲销缴费</translation>
    </message>
    <message>
        <source>Select a payment line first.</source>
        <translation>请先选择一条缴费记录。</translation>
    </message>
    <message>
        <source>Reverse payment no. {id} ({amount} yuan for {period})?</source>
        <translation>冲销第 {id} 号缴费（{period}，{amount} 元）？</translation>
    </message>
    <message>
        <source>Its receipt {number} is voided with every month on it; the receipt stays in the numbered sequence, marked void.</source>
        <translation>其收据 {number} 连同所含各月一并作废；该收据仍保留在编号序列中，标记为作废。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Select a payment that has a receipt (cash or transfer).</source>
        <translation>请选择一条有收据的缴费（现金或转账）。</translation>
    </message>
    <message>
        <source>Yearly statement</source>
        <translation>年度明细</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Dues statement {year}</source>
        <translation>{year}年会费明细</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
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
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>ID document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Household type</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Household registration place</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>是否农民工</translation>
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
        <source>Join date</source>
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
        <source>Consent date</source>
        <translation>同意采集信息日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Membership change type</source>
        <translation>会籍变化类型</translation>
    </message>
    <message>
        <source>Membership change date</source>
        <translation>会籍变化日期</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Name, pinyin initials (zhs), phone or card no.</source>
        <translation>姓名、拼音首字母（zhs）、手机号或卡号</translation>
    </message>
    <message>
        <source>Search the register: name, pinyin initials, phone</source>
        <translation>在会员名册中查找：姓名、拼音首字母、电话</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>MemberPosts</name>
    <message>
        <source>Choose a post from the list.</source>
        <translation>请从列表中选择职务。</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>该会员已不存在。</translation>
    </message>
    <message>
        <source>The member already holds this post in that time. End the current term first, or change its dates.</source>
        <translation>该会员在这段时间已担任此职务。请先结束当前任期，或修改日期。</translation>
    </message>
    <message>
        <source>This post entry no longer exists. Refresh.</source>
        <translation>这条职务记录已不存在，请刷新。</translation>
    </message>
    <message>
        <source>A term cannot end before it starts.</source>
        <translation>任期的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>{post} since {start}</source>
        <translation>{post}（{start} 起）</translation>
    </message>
    <message>
        <source>{post} {start} — {end}</source>
        <translation>{post}（{start} — {end}）</translation>
    </message>
    <message>
        <source>Union committee (chair, vice-chairs, members)</source>
        <translation>工会委员会（主席、副主席、委员）</translation>
    </message>
</context>
<context>
    <name>MemberRightsSection</name>
    <message>
        <source>No rights case.</source>
        <translation>没有维权案件。</translation>
    </message>
    <message>
        <source>Rights cases</source>
        <translation>维权</translation>
    </message>
</context>
<context>
    <name>MemberRules</name>
    <message>
        <source>This ID number belongs to {name}, who is in the trash. Restore {name} from the trash instead of adding the member again.</source>
        <translation>此证件号码属于回收站中的{name}。请从回收站恢复{name}，不要重复添加。</translation>
    </message>
    <message>
        <source>This ID number already belongs to {name}; a person is registered only once. Check the number, or open {name}&apos;s record.</source>
        <translation>该证件号码已属于{name}，同一人只能登记一次。请核对号码，或打开{name}的档案。</translation>
    </message>
    <message>
        <source>This member no longer exists (deleted or moved to the trash). Refresh the list.</source>
        <translation>该会员已不存在（已删除或已移入回收站）。请刷新列表。</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
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
    <name>MemberSections</name>
    <message>
        <source>Activities</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>会费</translation>
    </message>
    <message>
        <source>Hardship aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Rights cases</source>
        <translation>维权</translation>
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
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <source>Search: name, pinyin (zhs), card or member no. tail</source>
        <translation>搜索：姓名、拼音（如 zhs）、会员卡号或会员编号后几位</translation>
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
        <source>Join date to be filled in</source>
        <translation>入会时间待补</translation>
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
        <source>Any activity attendance</source>
        <translation>参加活动：不限</translation>
    </message>
    <message>
        <source>No activity attended this year</source>
        <translation>本年未参加任何活动</translation>
    </message>
    <message>
        <source>Any union post</source>
        <translation>全部工会职务</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&lt;b&gt;No members yet.&lt;/b&gt;&lt;br&gt;&lt;a href=&apos;import&apos;&gt;Import the roster&lt;/a&gt; you keep in Excel or WPS (at least 姓名 and 身份证号; the parent union&apos;s real-name template works as it is), or &lt;a href=&apos;add&apos;&gt;add members&lt;/a&gt; one by one (Ctrl+N).</source>
        <translation>&lt;b&gt;还没有会员。&lt;/b&gt;&lt;br&gt;&lt;a href=&apos;import&apos;&gt;导入花名册&lt;/a&gt;（Excel 或 WPS 表格，至少要有“姓名”和“身份证号”；上级工会实名制模板可直接导入），或者逐个&lt;a href=&apos;add&apos;&gt;添加会员&lt;/a&gt;（Ctrl+N）。</translation>
    </message>
    <message>
        <source>No members yet. The officer or the chair imports the roster or adds members.</source>
        <translation>还没有会员。由干事或主席导入花名册或添加会员。</translation>
    </message>
    <message>
        <source>No member matches the search and filters. Clear the search box or choose “Current members” and “All departments”.</source>
        <translation>没有符合搜索和筛选条件的会员。请清空搜索框，或选择“现有会员”和“全部部门”。</translation>
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
        <source>{caption} &lt;a href=&apos;all&apos;&gt;Show all members&lt;/a&gt;</source>
        <translation>{caption} &lt;a href=&apos;all&apos;&gt;显示全部会员&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>会员信息</translation>
    </message>
    <message>
        <source>{count} member(s) moved to the trash.</source>
        <translation>已将 {count} 名会员移入回收站。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount in yuan, for example 120.50.</source>
        <translation>请输入以元为单位的金额，例如 120.50。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type digits with at most two decimals, for example 120.50.</source>
        <translation>“{text}”不是金额。请输入最多两位小数的数字，例如 120.50。</translation>
    </message>
    <message>
        <source>The amount cannot be negative: {text}.</source>
        <translation>金额不能为负数：{text}。</translation>
    </message>
    <message>
        <source>{text} yuan is too large for this office; check the digits.</source>
        <translation>{text} 元金额过大，请核对数字。</translation>
    </message>
    <message>
        <source>“{text}” has more than two decimal places; amounts are kept to the fen (0.01 yuan).</source>
        <translation>“{text}”的小数超过两位；金额精确到分（0.01 元）。</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password (8 or more characters)</source>
        <translation>新密码（至少 8 个字符）</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Write a notice</source>
        <translation>撰写通知</translation>
    </message>
    <message>
        <source>e.g. 各部门、各工会小组：</source>
        <translation>如：各部门、各工会小组：</translation>
    </message>
    <message>
        <source>One paragraph a line. Put the cursor in a line and press a heading button: headings are numbered for you (一、 (一) 1. (1)).</source>
        <translation>每段一行。把光标放在某一行，再点上方的标题按钮：标题会自动编号（一、 (一) 1. (1)）。</translation>
    </message>
    <message>
        <source>Attachments, one a line (optional)</source>
        <translation>附件，每行一个（可不填）</translation>
    </message>
    <message>
        <source>Public until:</source>
        <translation>公示截止日期：</translation>
    </message>
    <message>
        <source>e.g. XX公司工会委员会文件 (empty: no red header)</source>
        <translation>如：XX公司工会委员会文件（留空则不印红头）</translation>
    </message>
    <message>
        <source>e.g. 工发〔2026〕3号</source>
        <translation>如：工发〔2026〕3号</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Addressed to:</source>
        <translation>主送：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>落款：</translation>
    </message>
    <message>
        <source>Red header (版头):</source>
        <translation>红头（发文机关标志）：</translation>
    </message>
    <message>
        <source>Document number (发文字号):</source>
        <translation>发文字号：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Heading 一、</source>
        <translation>标题“一、”</translation>
    </message>
    <message>
        <source>Heading (一)</source>
        <translation>标题“（一）”</translation>
    </message>
    <message>
        <source>Heading 1.</source>
        <translation>标题“1.”</translation>
    </message>
    <message>
        <source>Heading (1)</source>
        <translation>标题“（1）”</translation>
    </message>
    <message>
        <source>Make the line the cursor is in (or the selected lines) this level</source>
        <translation>把光标所在行（或选中的各行）设为这一级</translation>
    </message>
</context>
<context>
    <name>NoticeTemplates</name>
    <message>
        <source>Meeting notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <source>Activity notice</source>
        <translation>活动通知</translation>
    </message>
    <message>
        <source>Public notice (公示)</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Request for instructions (请示)</source>
        <translation>请示</translation>
    </message>
    <message>
        <source>Report (报告)</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Meeting minutes (会议纪要)</source>
        <translation>会议纪要</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The copy at {target} does not pass the check (audit trail: {copied} record(s), the source has {records}). Do not use it: delete it, and run `uniondesk verify` on the source.</source>
        <translation>{target} 处的副本没有通过校验（审计记录：{copied} 条，源数据库有 {records} 条）。请不要使用它：删除它，并对源数据库运行 `uniondesk verify`。</translation>
    </message>
</context>
<context>
    <name>PaperMenu</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Registration forms</source>
        <translation>会员登记表</translation>
    </message>
    <message>
        <source>Select the members to print forms for.</source>
        <translation>请先选择要打印登记表的会员。</translation>
    </message>
    <message>
        <source>Print full ID numbers on the forms? This is recorded in the audit trail.</source>
        <translation>要在登记表上打印完整证件号码吗？此操作将记入操作日志。</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>打印花名册…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Print registration forms…</source>
        <translation>打印会员登记表…</translation>
    </message>
    <message>
        <source>Write a notice…</source>
        <translation>撰写通知…</translation>
    </message>
</context>
<context>
    <name>ParticipantColumns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Sign-up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>临时参加</translation>
    </message>
    <message>
        <source>Competition team</source>
        <translation>参赛队伍</translation>
    </message>
</context>
<context>
    <name>ParticipantState</name>
    <message>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment — {case_no} {name}</source>
        <translation>发放 — {case_no} {name}</translation>
    </message>
    <message>
        <source>e.g. 米 2 袋、油 1 桶; or the purpose</source>
        <translation>例如 米 2 袋、油 1 桶；或用途</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Aid type</source>
        <translation>帮扶类型</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>发放形式</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>发放内容</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Accounts category</source>
        <translation>会计科目</translation>
    </message>
    <message>
        <source>Record a dues payment</source>
        <translation>登记会费缴纳</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>缴费方式：</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>缴费日期：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实缴金额</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Issue a receipt (收据)</source>
        <translation>开具收据</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>For month</source>
        <translation>所属月份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reverses no. {id}</source>
        <translation>冲销第 {id} 号</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
</context>
<context>
    <name>PayrollWizard</name>
    <message>
        <source>Import payroll deductions</source>
        <translation>导入工资代扣会费</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <source>Recording payments…</source>
        <translation>正在登记缴费…</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Page width fills the window</source>
        <translation>页面宽度与窗口同宽</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Show a whole page</source>
        <translation>显示整页</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>共 {count} 页</translation>
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
    <name>PostsDialog</name>
    <message>
        <source>Union posts — {name}</source>
        <translation>工会职务 — {name}</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Note, e.g. elected at the 3rd congress</source>
        <translation>备注，例如：第三届会员代表大会选举产生</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>End the selected term on</source>
        <translation>结束所选任期，截止日期</translation>
    </message>
    <message>
        <source>Remove (entered by mistake)</source>
        <translation>删除（误录）</translation>
    </message>
    <message>
        <source>Add a post:</source>
        <translation>添加职务：</translation>
    </message>
    <message>
        <source>Select a post in the list first.</source>
        <translation>请先在列表中选择一项职务。</translation>
    </message>
    <message>
        <source>Remove this post from the member&apos;s record? Use this only for an entry made by mistake; a term that ended is ended, not removed.</source>
        <translation>从该会员的记录中删除这项职务？仅用于误录的情况；任期已满应“结束任期”，而不是删除。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>另存为 Word…</translation>
    </message>
    <message>
        <source>An editable copy for Word or WPS, with the same page set-up</source>
        <translation>可在 Word 或 WPS 中编辑的副本，页面设置相同</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing page {page} of {count}…</source>
        <translation>正在打印第 {page} 页，共 {count} 页…</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and connected, then try again.</source>
        <translation>无法使用打印机。请检查打印机是否已开机并连接好，然后重试。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>另存为 Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Choose another folder or file name.</source>
        <translation>无法保存 {path}：{reason}。请换一个文件夹或文件名。</translation>
    </message>
    <message>
        <source>This PC lacks some standard fonts of official documents; free fonts stand in: {fonts}. Install the standard fonts for the official look (see Settings).</source>
        <translation>本机缺少公文标准字体，已用免费字体代替：{fonts}。如需标准公文效果，请安装标准字体（见“设置”）。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Save rejected rows and warnings…</source>
        <translation>保存拒收行和提示…</translation>
    </message>
    <message>
        <source>{new} new members, {updates} registered members to update, {unchanged} already registered and left as they are, {rejected} rows rejected, {warnings} warnings (imported), {skipped} rows that are not members skipped. Rejected rows are not imported; fix them in the file and import it again.</source>
        <translation>新会员 {new} 名，将更新已登记会员 {updates} 名，已登记且不变 {unchanged} 名，拒收 {rejected} 行，提示 {warnings} 条（照常导入），跳过非会员行 {skipped} 行。拒收的行不会导入；请在文件中改正后再导入。</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})…</source>
        <translation>可能重复的人员（{count}）…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>正在导入会员…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Union details</source>
        <translation>工会信息</translation>
    </message>
    <message>
        <source>Union name</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>Unit (employer)</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>工会主席</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>已停止，没有作任何更改。</translation>
    </message>
</context>
<context>
    <name>ProposalColumns</name>
    <message>
        <source>Sent back to handling (不满意)</source>
        <translation>退回重办（不满意）</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject (案由)</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Lead proposer</source>
        <translation>领衔人</translation>
    </message>
    <message>
        <source>Seconders</source>
        <translation>附议人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>大会表决</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>New proposal — {session}</source>
        <translation>新提案 — {session}</translation>
    </message>
    <message>
        <source>Proposal {number}</source>
        <translation>提案 {number}</translation>
    </message>
    <message>
        <source>e.g. 关于增设夜班职工热餐供应的提案</source>
        <translation>例如：关于增设夜班职工热餐供应的提案</translation>
    </message>
    <message>
        <source>At least {n} seconders (附议人) for this session.</source>
        <translation>本次会议每件提案至少需 {n} 名附议人。</translation>
    </message>
    <message>
        <source>Subject (案由)</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lead proposer (领衔人)</source>
        <translation>领衔人</translation>
    </message>
    <message>
        <source>Seconders (附议人)</source>
        <translation>附议人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reasons (理由)</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Suggested measures (建议办法)</source>
        <translation>建议办法</translation>
    </message>
</context>
<context>
    <name>ProposalPrint</name>
    <message>
        <source>Proposal form (提案表)</source>
        <translation>提案表</translation>
    </message>
    <message>
        <source>Blank proposal form</source>
        <translation>空白提案表</translation>
    </message>
    <message>
        <source>Review result (立案通知/不立案说明)</source>
        <translation>立案通知／不立案说明</translation>
    </message>
    <message>
        <source>Assignment sheet (交办单)</source>
        <translation>提案交办单</translation>
    </message>
    <message>
        <source>Answer sheet (答复单)</source>
        <translation>提案答复单</translation>
    </message>
    <message>
        <source>Session register (提案汇总表)</source>
        <translation>提案汇总表</translation>
    </message>
    <message>
        <source>Handling report (办理情况报告)</source>
        <translation>提案办理情况报告</translation>
    </message>
    <message>
        <source>Export proposals</source>
        <translation>导出提案</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ProposalReminders</name>
    <message>
        <source>Answer from {department} was due {day}: overdue</source>
        <translation>{department}应于 {day} 前答复：已逾期</translation>
    </message>
    <message>
        <source>Answer from {department} due {day}</source>
        <translation>{department}应于 {day} 前答复</translation>
    </message>
</context>
<context>
    <name>ProposalRules</name>
    <message>
        <source>No proposal of this session has been accepted (立案) yet; there is nothing to approve.</source>
        <translation>本次会议尚无立案的提案，无可表决的名单。</translation>
    </message>
    <message>
        <source>The accepted list has not been put to the congress yet.</source>
        <translation>立案名单尚未提交大会表决。</translation>
    </message>
    <message>
        <source>Write the session&apos;s name (e.g. 第五届职工代表大会第三次会议).</source>
        <translation>请填写会议名称（例如：第五届职工代表大会第三次会议）。</translation>
    </message>
    <message>
        <source>The number of seconders needed is 0 to 30.</source>
        <translation>附议人数应在 0 到 30 之间。</translation>
    </message>
    <message>
        <source>The days for an answer are 7 to 365.</source>
        <translation>答复期限应在 7 到 365 天之间。</translation>
    </message>
    <message>
        <source>Write the subject of the proposal (案由).</source>
        <translation>请填写提案的案由。</translation>
    </message>
    <message>
        <source>The subject is at most 200 characters; put the detail under 理由.</source>
        <translation>案由最多 200 字，详细内容请写在“理由”中。</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>The date is in the future; enter the day the proposal was handed in.</source>
        <translation>日期在今天之后，请填写提案提交的日期。</translation>
    </message>
    <message>
        <source>The lead proposer cannot also second the proposal; remove them from the seconders.</source>
        <translation>领衔人不能同时作为附议人，请从附议人中移除。</translation>
    </message>
    <message>
        <source>A proposal needs at least {n} seconders (附议人); add {missing} more.</source>
        <translation>每件提案至少需要 {n} 名附议人，请再添加 {missing} 名。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期在今天之后。</translation>
    </message>
    <message>
        <source>The date is before the proposal&apos;s last recorded step; steps are recorded in order.</source>
        <translation>日期早于该提案上一个环节，各环节须按顺序登记。</translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation>请选择决定。</translation>
    </message>
    <message>
        <source>Write the reason; it is printed on the 不立案说明 for the proposer.</source>
        <translation>请填写理由，将打印在给提案人的不立案说明上。</translation>
    </message>
    <message>
        <source>Choose the proposal this one is merged with.</source>
        <translation>请选择与之并案的提案。</translation>
    </message>
    <message>
        <source>Name the department that handles the proposal.</source>
        <translation>请填写承办部门。</translation>
    </message>
    <message>
        <source>The deadline is before the day of assignment.</source>
        <translation>答复期限早于交办日期。</translation>
    </message>
    <message>
        <source>Write the department&apos;s answer; it is printed on the 答复单.</source>
        <translation>请填写承办部门的答复，将打印在答复单上。</translation>
    </message>
    <message>
        <source>Choose the proposer&apos;s verdict: 满意, 基本满意 or 不满意.</source>
        <translation>请选择提案人的意见：满意、基本满意或不满意。</translation>
    </message>
    <message>
        <source>This proposal has no {step} to print yet.</source>
        <translation>该提案还没有可打印的“{step}”。</translation>
    </message>
    <message>
        <source>This congress session no longer exists.</source>
        <translation>该次会议已不存在。</translation>
    </message>
    <message>
        <source>This proposal no longer exists. Refresh the list.</source>
        <translation>该提案已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Submitted (征集)</source>
        <translation>征集</translation>
    </message>
    <message>
        <source>Reviewed (提案审查)</source>
        <translation>提案审查</translation>
    </message>
    <message>
        <source>Assigned (交办)</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Handling (办理)</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Answered (答复)</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Proposer&apos;s verdict (满意度)</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Closed (办结)</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Accepted (立案)</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Not accepted (不立案)</source>
        <translation>不立案</translation>
    </message>
    <message>
        <source>Turned into an opinion (转为意见建议)</source>
        <translation>转为意见建议</translation>
    </message>
    <message>
        <source>Merged (并案)</source>
        <translation>并案</translation>
    </message>
    <message>
        <source>Satisfied (满意)</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Mostly satisfied (基本满意)</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Not satisfied (不满意)</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Production and business (生产经营)</source>
        <translation>生产经营</translation>
    </message>
    <message>
        <source>Labour protection (劳动保护)</source>
        <translation>劳动保护</translation>
    </message>
    <message>
        <source>Pay and welfare (工资福利)</source>
        <translation>工资福利</translation>
    </message>
    <message>
        <source>Living services (生活后勤)</source>
        <translation>生活后勤</translation>
    </message>
    <message>
        <source>Democratic management (民主管理)</source>
        <translation>民主管理</translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The proposal is closed; no further step can be recorded.</source>
        <translation>该提案已办结，不能再登记环节。</translation>
    </message>
    <message>
        <source>{step} cannot be recorded now; possible next steps: {next}.</source>
        <translation>现在不能登记“{step}”；可登记的下一环节：{next}。</translation>
    </message>
    <message>
        <source>A session of this name exists already; pick it from the list.</source>
        <translation>已有同名会议，请从列表中选择。</translation>
    </message>
    <message>
        <source>The score sheet&apos;s points must be positive and add up to 100.</source>
        <translation>评分表各项分值须大于零，合计 100 分。</translation>
    </message>
    <message>
        <source>The committee has reviewed this proposal; its text can no longer be changed.</source>
        <translation>提案工作委员会已审查该提案，内容不能再修改。</translation>
    </message>
    <message>
        <source>Merge only with another proposal of the same session.</source>
        <translation>只能与同一次会议的其他提案并案。</translation>
    </message>
    <message>
        <source>That proposal was itself merged into another; merge with that one.</source>
        <translation>该提案本身已并入其他提案，请与那件提案并案。</translation>
    </message>
    <message>
        <source>Pick the lead proposer (领衔人) from the member register.</source>
        <translation>请从会员名册中选择领衔人。</translation>
    </message>
    <message>
        <source>A seconder is no longer in the member register; remove them.</source>
        <translation>有附议人已不在会员名册中，请将其移除。</translation>
    </message>
</context>
<context>
    <name>ProposalStepDialog</name>
    <message>
        <source>Record a step — {number} {title}</source>
        <translation>登记环节 — {number} {title}</translation>
    </message>
    <message>
        <source>Other deadline than {days} days</source>
        <translation>不按 {days} 天另定期限</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Merged with</source>
        <translation>并入</translation>
    </message>
    <message>
        <source>Handling department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Reason / progress / answer</source>
        <translation>理由／进展／答复</translation>
    </message>
</context>
<context>
    <name>ProposalsPane</name>
    <message>
        <source>Proposals</source>
        <translation>职代会提案</translation>
    </message>
    <message>
        <source>Congress session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Answers due</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Search: number, subject, lead proposer</source>
        <translation>查找：编号、案由、领衔人</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Answer overdue</source>
        <translation>答复逾期</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>新建提案…</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>One item per accepted proposal…</source>
        <translation>每件立案提案单列一项…</translation>
    </message>
    <message>
        <source>The whole accepted list as one item…</source>
        <translation>立案名单整体作为一项…</translation>
    </message>
    <message>
        <source>Take the result of the vote</source>
        <translation>取回表决结果</translation>
    </message>
    <message>
        <source>Congress vote</source>
        <translation>大会表决</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>{count} proposals</source>
        <translation>{count} 件提案</translation>
    </message>
    <message>
        <source>No congress session yet.</source>
        <translation>尚无会议。</translation>
    </message>
    <message>
        <source>{total} proposals, {accepted} accepted; answered in time {in_time}; satisfied {satisfied}</source>
        <translation>共 {total} 件，立案 {accepted} 件；按时答复率 {in_time}；满意率 {satisfied}</translation>
    </message>
    <message>
        <source>Answers due ({count})</source>
        <translation>待答复（{count}）</translation>
    </message>
    <message>
        <source>No proposal selected.</source>
        <translation>未选择提案。</translation>
    </message>
    <message>
        <source>Lead proposer (领衔人)</source>
        <translation>领衔人</translation>
    </message>
    <message>
        <source>Seconders (附议人)</source>
        <translation>附议人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reasons (理由)</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Suggested measures (建议办法)</source>
        <translation>建议办法</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Handling department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>New congress session</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Name of the session (e.g. 第五届职工代表大会第四次会议):</source>
        <translation>会议名称（例如：第五届职工代表大会第四次会议）：</translation>
    </message>
    <message>
        <source>The motion has been set up in Votes; print its ballots and count it there, then choose “Take the result of the vote” here.</source>
        <translation>已在“选举与表决”中建立议案；请在那里打印表决票并计票，然后回到这里选择“取回表决结果”。</translation>
    </message>
    <message>
        <source>The vote has no result yet.</source>
        <translation>表决尚无结果。</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Dues rate</source>
        <translation>会费费率</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>费率（%）：</translation>
    </message>
    <message>
        <source>Note (decision):</source>
        <translation>备注（依据）：</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>保存费率</translation>
    </message>
    <message>
        <source>0.5% (the default; no rate recorded)</source>
        <translation>0.5%（默认；未设置费率）</translation>
    </message>
    <message>
        <source>Working out the dues of every member at the new rate…</source>
        <translation>正在按新费率重新计算每位会员的会费…</translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Record step…</source>
        <translation>办理环节…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Shows the full value once; the reveal is written to the audit trail.</source>
        <translation>显示一次完整内容；此操作记入操作日志。</translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation>隐藏信息</translation>
    </message>
    <message>
        <source>{case_no} {name}: {value}

This reveal has been recorded in the audit trail.</source>
        <translation>{case_no} {name}：{value}

本次查看已记入操作日志。</translation>
    </message>
</context>
<context>
    <name>RegisterSettingsDialog</name>
    <message>
        <source>Proposals and suggestions: settings</source>
        <translation>提案与合理化建议设置</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>添加一项</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>删除该项</translation>
    </message>
    <message>
        <source>Seconders a new session needs</source>
        <translation>新会议所需附议人数</translation>
    </message>
    <message>
        <source>Days for an answer (new sessions)</source>
        <translation>答复期限（新会议）</translation>
    </message>
    <message>
        <source>Suggestions&apos; score sheet</source>
        <translation>合理化建议评分表</translation>
    </message>
    <message>
        <source>Total {points} of 100</source>
        <translation>合计 {points} 分（应为 100 分）</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen {case_no}</source>
        <translation>重新开启 {case_no}</translation>
    </message>
    <message>
        <source>Why was the case closed by mistake?</source>
        <translation>为什么属于误结？</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Name or team</source>
        <translation>姓名/队名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Competition result</source>
        <translation>竞赛成绩</translation>
    </message>
    <message>
        <source>A team&apos;s result (no single member)</source>
        <translation>团体成绩（不是个人）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>e.g. 一等奖</source>
        <translation>例如：一等奖</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Save rejected rows and warnings…</source>
        <translation>保存拒收行和提示…</translation>
    </message>
    <message>
        <source>Imported {created} new members, updated {updated}; {skipped} already registered were left as they were. Warnings: {warnings} (those members are imported; check the values listed). Rejected: {rejected} rows. Not member rows skipped: {other}. The import is in the import history, where it can be undone as a whole.</source>
        <translation>已导入新会员 {created} 名，更新 {updated} 名；已登记的 {skipped} 名保持不变。提示：{warnings} 条（这些会员已导入，请核对所列的值）。拒收：{rejected} 行。跳过非会员行：{other} 行。本次导入已记入导入记录，可以整体撤销。</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse entry no. {id}</source>
        <translation>冲销第 {id} 号分录</translation>
    </message>
    <message>
        <source>A new entry with the opposite amount is recorded on the date below and linked to the original; the original stays as it is. Record the correct line afterwards if needed.

{line}</source>
        <translation>将在下面的日期登记一笔金额相反的分录，并与原分录关联；原分录保持不变。如需要，之后再录入正确的分录。

{line}</translation>
    </message>
    <message>
        <source>Date of the reversal</source>
        <translation>冲销日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
</context>
<context>
    <name>RightsCaseDialog</name>
    <message>
        <source>New rights case</source>
        <translation>新建维权案件</translation>
    </message>
    <message>
        <source>Rights case {case_no}</source>
        <translation>维权案件 {case_no}</translation>
    </message>
    <message>
        <source>Search the register: name, pinyin initials, phone</source>
        <translation>在名册中搜索：姓名、拼音首字母、电话</translation>
    </message>
    <message>
        <source>Collective dispute (集体争议)</source>
        <translation>集体争议</translation>
    </message>
    <message>
        <source> workers</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Usually the employer or a department</source>
        <translation>通常是用人单位或某个部门</translation>
    </message>
    <message>
        <source>Only for an injury at work: kept masked, revealed with a record</source>
        <translation>仅限工伤案件：遮蔽保存，查看时留有记录</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Members in the group</source>
        <translation>集体成员</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>对方当事人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>How it came in</source>
        <translation>反映方式</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Amount claimed (yuan)</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <source>Injury details</source>
        <translation>伤情</translation>
    </message>
    <message>
        <source>Find a member to add to the group</source>
        <translation>查找要加入集体的会员</translation>
    </message>
    <message>
        <source>Add to the group</source>
        <translation>加入集体</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>移出集体</translation>
    </message>
</context>
<context>
    <name>RightsColumns</name>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Worker(s)</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Stage / outcome</source>
        <translation>进度/结果</translation>
    </message>
    <message>
        <source>Mediation due</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Recovered (yuan)</source>
        <translation>挽回金额（元）</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>对方当事人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
</context>
<context>
    <name>RightsExport</name>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Workers involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>对方当事人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Stage / outcome</source>
        <translation>进度/结果</translation>
    </message>
    <message>
        <source>Mediation due</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>挽回金额</translation>
    </message>
    <message>
        <source>Rights cases</source>
        <translation>维权</translation>
    </message>
    <message>
        <source>Export rights cases</source>
        <translation>导出维权案件</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RightsPane</name>
    <message>
        <source>Rights cases</source>
        <translation>维权</translation>
    </message>
    <message>
        <source>Mediation deadlines</source>
        <translation>调解期限提醒</translation>
    </message>
    <message>
        <source>Search: member name, pinyin initials, case no.</source>
        <translation>搜索：会员姓名、拼音首字母、案件编号</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>在办和已结案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Reveal ID number</source>
        <translation>显示身份证号</translation>
    </message>
    <message>
        <source>Reveal injury</source>
        <translation>显示伤情</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>共 {count} 件</translation>
    </message>
    <message>
        <source>Mediation deadlines ({count})</source>
        <translation>调解期限提醒（{count}）</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>未选择案件。</translation>
    </message>
    <message>
        <source>{name} and others, {count} workers (collective dispute)</source>
        <translation>{name}等 {count} 人（集体争议）</translation>
    </message>
    <message>
        <source>Worker(s)</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>对方当事人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Stage / outcome</source>
        <translation>进度/结果</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>请求金额</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>挽回金额</translation>
    </message>
    <message>
        <source>Injury details</source>
        <translation>伤情</translation>
    </message>
    <message>
        <source>{day} (15 days from acceptance; overdue)</source>
        <translation>{day}（受理之日起 15 日；已超期）</translation>
    </message>
    <message>
        <source>{day} (15 days from acceptance)</source>
        <translation>{day}（受理之日起 15 日）</translation>
    </message>
    <message>
        <source>Mediation due</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>RightsPrint</name>
    <message>
        <source>Registration form (维权申请登记表)</source>
        <translation>维权申请登记表</translation>
    </message>
    <message>
        <source>Mediation application (调解申请书)</source>
        <translation>调解申请书</translation>
    </message>
    <message>
        <source>Record of the session selected in the timeline, or the last (调解笔录)</source>
        <translation>调解笔录（办理流程中选中的一次调解，或最近一次）</translation>
    </message>
    <message>
        <source>Mediation agreement (调解协议书)</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>Notice of non-acceptance (不予受理通知书)</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Yearly case list for the parent union (no names)</source>
        <translation>年度维权案件统计表（报上级工会，不含姓名）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>RightsReminders</name>
    <message>
        <source>Mediation period ended {day}: overdue</source>
        <translation>调解期限已于 {day} 届满：已超期</translation>
    </message>
    <message>
        <source>Mediation period ends {day}</source>
        <translation>调解期限 {day} 届满</translation>
    </message>
</context>
<context>
    <name>RightsRules</name>
    <message>
        <source>Choose the category of the case.</source>
        <translation>请选择案件类别。</translation>
    </message>
    <message>
        <source>Write what the worker asks for (e.g. 补发 3 个月加班费).</source>
        <translation>请填写职工的请求事项（例如：补发 3 个月加班费）。</translation>
    </message>
    <message>
        <source>The date received is in the future; enter the day the request came in.</source>
        <translation>登记日期晚于今天；请填写收到申请的日期。</translation>
    </message>
    <message>
        <source>Choose the urgency from the list.</source>
        <translation>请从列表中选择紧急程度。</translation>
    </message>
    <message>
        <source>A collective dispute involves at least 2 workers; enter how many (2 to 10000).</source>
        <translation>集体争议至少涉及 2 名职工；请填写人数（2 至 10000）。</translation>
    </message>
    <message>
        <source>More members are listed than the headcount; raise the headcount.</source>
        <translation>列出的会员多于涉及人数；请调高涉及人数。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Injury details are kept only for a case of the category 工伤; clear them or change the category.</source>
        <translation>伤情信息只在“工伤”类案件中保存；请清空伤情或更改类别。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>The date is before the case&apos;s last recorded step; steps are recorded in order.</source>
        <translation>日期早于本案最近一个办理环节；各环节须按顺序记录。</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <source>A mediation session needs its participants and a summary of what was said.</source>
        <translation>调解记录须填写参加人员和调解经过。</translation>
    </message>
    <message>
        <source>Choose the result: agreement reached or no agreement.</source>
        <translation>请选择调解结果：达成协议或未达成。</translation>
    </message>
    <message>
        <source>Write the terms of the agreement; they are printed on the 调解协议书.</source>
        <translation>请填写协议内容；它将打印在调解协议书上。</translation>
    </message>
    <message>
        <source>Choose how the case ended.</source>
        <translation>请选择结案结果。</translation>
    </message>
    <message>
        <source>Choose where the case is referred to.</source>
        <translation>请选择转介去向。</translation>
    </message>
    <message>
        <source>An amount recovered is recorded with the mediation result or the closing step.</source>
        <translation>挽回金额在调解结果或结案环节记录。</translation>
    </message>
    <message>
        <source>This case has no {step} to print yet.</source>
        <translation>本案尚无可打印的{step}。</translation>
    </message>
    <message>
        <source>This case no longer exists. Refresh the list.</source>
        <translation>该案件已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Received (登记)</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accepted (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Not accepted (不予受理)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Investigation (调查核实)</source>
        <translation>调查核实</translation>
    </message>
    <message>
        <source>Mediation session (调解)</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Mediation extended (延期)</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Mediation result (调解结果)</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Referred (转介)</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Follow-up (回访)</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Closed (结案)</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Agreement reached (达成协议)</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>No agreement (未达成)</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Resolved (已解决)</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Handled by the referral (转介处理)</source>
        <translation>转介处理</translation>
    </message>
    <message>
        <source>Not resolved (未解决)</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Withdrawn (撤回)</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Pay (劳动报酬)</source>
        <translation>劳动报酬</translation>
    </message>
    <message>
        <source>Labour contract (劳动合同)</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>Injury at work (工伤)</source>
        <translation>工伤</translation>
    </message>
    <message>
        <source>Social insurance (社会保险)</source>
        <translation>社会保险</translation>
    </message>
    <message>
        <source>Hours and leave (工时休假)</source>
        <translation>工时休假</translation>
    </message>
    <message>
        <source>Safety and health (劳动安全卫生)</source>
        <translation>劳动安全卫生</translation>
    </message>
    <message>
        <source>Women workers&apos; rights (女职工权益)</source>
        <translation>女职工权益</translation>
    </message>
    <message>
        <source>Dismissal / end of contract (解除/终止)</source>
        <translation>解除/终止</translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Legal aid centre (法律援助中心)</source>
        <translation>法律援助中心</translation>
    </message>
    <message>
        <source>Labour arbitration (劳动仲裁)</source>
        <translation>劳动仲裁</translation>
    </message>
    <message>
        <source>Parent union (上级工会)</source>
        <translation>上级工会</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>The case is closed; no further step can be recorded.</source>
        <translation>本案已结案，不能再记录办理环节。</translation>
    </message>
    <message>
        <source>The mediation period was already extended once; it can be extended only once, by at most 15 days.</source>
        <translation>调解期限已延长过一次；只能延长一次，最长 15 日。</translation>
    </message>
    <message>
        <source>{step} cannot be recorded now; possible next steps: {next}.</source>
        <translation>现在不能记录“{step}”；可办理的下一环节：{next}。</translation>
    </message>
    <message>
        <source>The applicant of a case cannot be changed; register a new case instead.</source>
        <translation>案件的申请人不能更改；请另行登记新案件。</translation>
    </message>
    <message>
        <source>Pick the worker who asks for help from the member register.</source>
        <translation>请从会员名册中选择求助的职工。</translation>
    </message>
    <message>
        <source>A member listed in the group is no longer in the register; remove them.</source>
        <translation>集体争议中列出的某位会员已不在名册中，请将其移除。</translation>
    </message>
</context>
<context>
    <name>RightsStepDialog</name>
    <message>
        <source>Record a step — {case_no} {name}</source>
        <translation>办理环节 — {case_no} {name}</translation>
    </message>
    <message>
        <source>e.g. 申请人、车间主任、调解员</source>
        <translation>例如：申请人、车间主任、调解员</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介至</translation>
    </message>
    <message>
        <source>Terms of the agreement</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Amount recovered (yuan)</source>
        <translation>挽回金额（元）</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Chair / administrator</source>
        <translation>主席/管理员</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>干事</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Hardship aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Rights cases</source>
        <translation>维权</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>计票</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Everything, including accounts, backups and the audit trail.</source>
        <translation>全部功能，包括账户、备份和操作日志。</translation>
    </message>
    <message>
        <source>Members (with ID numbers and phones), activities, notices, setting up votes.</source>
        <translation>会员（含证件号码和手机号码）、活动、通知，以及设置表决。</translation>
    </message>
    <message>
        <source>Dues and union funds; sees members with ID numbers and phones masked.</source>
        <translation>会费和工会经费；查看会员时证件号码和手机号码被遮挡。</translation>
    </message>
    <message>
        <source>Hardship aid cases and their sensitive data; sees members masked.</source>
        <translation>困难职工帮扶档案及其敏感信息；查看会员时信息被遮挡。</translation>
    </message>
    <message>
        <source>Rights cases (legal aid, labour-dispute mediation) and their sensitive data; sees members masked.</source>
        <translation>维权案件（法律援助、劳动争议调解）及其敏感信息；会员信息以遮蔽方式显示。</translation>
    </message>
    <message>
        <source>Entering ballot counts for the votes they are assigned to.</source>
        <translation>为分配给自己的表决录入计票结果。</translation>
    </message>
    <message>
        <source>Looks at everything except sensitive fields; changes nothing.</source>
        <translation>可查看除敏感字段以外的全部内容，不能修改。</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Print roster</source>
        <translation>打印花名册</translation>
    </message>
    <message>
        <source>All {count} members in the list</source>
        <translation>列表中的全部 {count} 名会员</translation>
    </message>
    <message>
        <source>The {count} selected members</source>
        <translation>选中的 {count} 名会员</translation>
    </message>
    <message>
        <source>Automatic (by width)</source>
        <translation>自动（按宽度）</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Signature column</source>
        <translation>签名栏</translation>
    </message>
    <message>
        <source>Full ID numbers (recorded in the audit trail)</source>
        <translation>完整证件号码（将记入操作日志）</translation>
    </message>
    <message>
        <source>Otherwise ID numbers print as 110105********002X.</source>
        <translation>不勾选时，证件号码打印为 110105********002X。</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <source>Columns (drag to reorder):</source>
        <translation>列（拖动可调整顺序）：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Prints on A4 landscape.</source>
        <translation>用 A4 纸横向打印。</translation>
    </message>
    <message>
        <source>Prints on A4 portrait.</source>
        <translation>用 A4 纸纵向打印。</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The database server answered: {text}</source>
        <translation>数据库服务器回复：{text}</translation>
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
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>无操作多久后锁定窗口</translation>
    </message>
    <message>
        <source>A new language and lock time take effect the next time UnionDesk starts.</source>
        <translation>更改语言和锁定时间后，下次启动工会工作台时生效。</translation>
    </message>
    <message>
        <source>not found — {stand_in} stands in</source>
        <translation>未找到，以{stand_in}代替</translation>
    </message>
    <message>
        <source>Fonts of official documents (GB/T 9704)</source>
        <translation>公文字体（GB/T 9704）</translation>
    </message>
    <message>
        <source>Yearly settings of the statistics</source>
        <translation>统计年度设置</translation>
    </message>
    <message>
        <source>True on</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <source>Headcount of the unit (职工人数)</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>of whom women</source>
        <translation>其中女职工</translation>
    </message>
    <message>
        <source>of whom migrant workers</source>
        <translation>其中农民工</translation>
    </message>
    <message>
        <source>Union committee members</source>
        <translation>工会委员会委员人数</translation>
    </message>
    <message>
        <source>Funds review committee members</source>
        <translation>经费审查委员会委员人数</translation>
    </message>
    <message>
        <source>Women workers&apos; committee members</source>
        <translation>女职工委员会委员人数</translation>
    </message>
    <message>
        <source>Member representatives</source>
        <translation>会员代表人数</translation>
    </message>
    <message>
        <source>Workers&apos; congress delegates</source>
        <translation>职代会代表人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up UnionDesk</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <source>Welcome. Enter your union&apos;s details and create the administrator account (the chair&apos;s). You can change the details later in File → Union details.</source>
        <translation>欢迎使用。请填写本工会的信息，并创建管理员账户（供工会主席使用）。这些信息以后可以在“文件 → 工会信息”中修改。</translation>
    </message>
    <message>
        <source>e.g. 某某有限公司工会委员会</source>
        <translation>如：某某有限公司工会委员会</translation>
    </message>
    <message>
        <source>18 characters, optional</source>
        <translation>18 位，选填</translation>
    </message>
    <message>
        <source>The union</source>
        <translation>本工会</translation>
    </message>
    <message>
        <source>Union name *</source>
        <translation>工会名称 *</translation>
    </message>
    <message>
        <source>Unit (employer) *</source>
        <translation>所在单位 *</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>管理员账户</translation>
    </message>
    <message>
        <source>User name *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Password * (8 or more characters)</source>
        <translation>密码 *（至少 8 个字符）</translation>
    </message>
    <message>
        <source>Password again *</source>
        <translation>再次输入密码 *</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Sheet and header row</source>
        <translation>工作表和表头行</translation>
    </message>
    <message>
        <source>The most likely sheet and the row with the column names are chosen; change them if they are wrong.</source>
        <translation>已自动选出最可能的工作表和列名所在的行；如有不对，请修改。</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Column names are in row:</source>
        <translation>列名所在的行：</translation>
    </message>
    <message>
        <source>Import all {count} sheets that have column names (a sheet per department: its name becomes the department when there is no department column)</source>
        <translation>导入有列名的全部 {count} 个工作表（每个部门一个工作表时：没有部门列的，以工作表名作为部门）</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This database has no account yet: start UnionDesk normally once to set it up.</source>
        <translation>该数据库还没有账户：请先正常启动一次工会工作台，完成初始设置。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Print sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <source>e.g. 2026年工会委员会第一次会议签到表</source>
        <translation>如：2026年工会委员会第一次会议签到表</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>e.g. 三楼会议室</source>
        <translation>如：三楼会议室</translation>
    </message>
    <message>
        <source>All {count} members in the list</source>
        <translation>列表中的全部 {count} 名会员</translation>
    </message>
    <message>
        <source>The {count} selected members</source>
        <translation>选中的 {count} 名会员</translation>
    </message>
    <message>
        <source>Blank rows only</source>
        <translation>只打印空白行</translation>
    </message>
    <message>
        <source>Holders of a union post:</source>
        <translation>担任以下工会职务的会员：</translation>
    </message>
    <message>
        <source> blank rows</source>
        <translation> 行空白行</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>On the sheet:</source>
        <translation>签到表上列出：</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>另加：</translation>
    </message>
</context>
<context>
    <name>SignersDialog</name>
    <message>
        <source>Another profile file…</source>
        <translation>其他格式文件…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>统计表格式</translation>
    </message>
    <message>
        <source>Filled in by (填报人)</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Checked by (审核人)</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Phone (联系电话)</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>StaleEditBanner</name>
    <message>
        <source>Reload their version</source>
        <translation>重新载入对方版本</translation>
    </message>
    <message>
        <source>Replace what is in the form with the record as now stored</source>
        <translation>用数据库中现存的记录替换表单内容</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Password of the database server:</source>
        <translation>数据库服务器的密码：</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>The date {date} is in the future: enter the headcount of a day that has come.</source>
        <translation>日期 {date} 还没有到：请填写已到日期的职工人数。</translation>
    </message>
    <message>
        <source>{value} is not a number of people: enter a whole number from 0 to 1000000.</source>
        <translation>{value} 不是人数：请填写 0 到 1000000 之间的整数。</translation>
    </message>
    <message>
        <source>{value} is more than the headcount ({workforce}): it is a part of it.</source>
        <translation>{value} 大于职工人数（{workforce}）：它是职工人数中的一部分。</translation>
    </message>
    <message>
        <source>Workforce and members</source>
        <translation>职工和会员</translation>
    </message>
    <message>
        <source>Membership changes in the year</source>
        <translation>本年会籍变化</translation>
    </message>
    <message>
        <source>Union bodies</source>
        <translation>工会组织</translation>
    </message>
    <message>
        <source>Activities in the year</source>
        <translation>本年活动</translation>
    </message>
    <message>
        <source>Hardship aid in the year</source>
        <translation>本年困难帮扶</translation>
    </message>
    <message>
        <source>Dues and union funds in the year</source>
        <translation>本年会费和工会经费</translation>
    </message>
    <message>
        <source>Union committee members (incl. chair and vice-chairs)</source>
        <translation>工会委员会委员（含主席、副主席）</translation>
    </message>
    <message>
        <source>Funds review committee (经审会) members</source>
        <translation>经费审查委员会委员</translation>
    </message>
    <message>
        <source>Women workers&apos; committee (女职委) members</source>
        <translation>女职工委员会委员</translation>
    </message>
    <message>
        <source>Member representatives (会员代表)</source>
        <translation>会员代表</translation>
    </message>
    <message>
        <source>Workers&apos; congress delegates (职代会代表)</source>
        <translation>职代会职工代表</translation>
    </message>
    <message>
        <source>Deep hardship (深度困难)</source>
        <translation>深度困难</translation>
    </message>
    <message>
        <source>Relative hardship (相对困难)</source>
        <translation>相对困难</translation>
    </message>
    <message>
        <source>Hardship by accident (意外致困)</source>
        <translation>意外致困</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>未定档</translation>
    </message>
    <message>
        <source>Typed in the yearly settings of {date}</source>
        <translation>年度设置中填写（{date}）</translation>
    </message>
    <message>
        <source>Not entered: type it in the yearly settings (not in the register)</source>
        <translation>未填写：请在年度设置中填写（会员名册中没有这项数据）</translation>
    </message>
    <message>
        <source>Headcount of the unit (职工人数)</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>of whom women workers</source>
        <translation>其中女职工</translation>
    </message>
    <message>
        <source>of whom migrant workers</source>
        <translation>其中农民工</translation>
    </message>
    <message>
        <source>Membership rate (入会率)</source>
        <translation>入会率</translation>
    </message>
    <message>
        <source>Members on the day ÷ headcount of the unit</source>
        <translation>截止日会员人数 ÷ 职工人数</translation>
    </message>
    <message>
        <source>Members at the end of last year</source>
        <translation>上年末会员人数</translation>
    </message>
    <message>
        <source>Members on {date}, counted the same way</source>
        <translation>{date} 的会员人数，算法相同</translation>
    </message>
    <message>
        <source>Entries of this kind dated from {start} to {end}</source>
        <translation>{start} 至 {end} 期间登记的这类会籍变化</translation>
    </message>
    <message>
        <source>People holding these union posts on the day</source>
        <translation>截止日担任这些工会职务的人</translation>
    </message>
    <message>
        <source>Typed in the yearly settings (no union post records)</source>
        <translation>年度设置中填写（没有工会职务记录）</translation>
    </message>
    <message>
        <source>Nobody holds these posts: record the posts or type the figure in</source>
        <translation>没有人担任这些职务：请登记工会职务，或在年度设置中填写人数</translation>
    </message>
    <message>
        <source>Activities of this type started in the year (not cancelled); people marked present</source>
        <translation>本年开始的这类活动（不含已取消的）；出席人次</translation>
    </message>
    <message>
        <source>{count} held, {present} attendances</source>
        <translation>{count} 次，出席 {present} 人次</translation>
    </message>
    <message>
        <source>Payments made in the year, by the tier of the household&apos;s case</source>
        <translation>本年发放的帮扶款物，按档案的困难类别</translation>
    </message>
    <message>
        <source>{households} households, {amount}</source>
        <translation>{households} 户，{amount} 元</translation>
    </message>
    <message>
        <source>Dues collected (会费)</source>
        <translation>收缴会费</translation>
    </message>
    <message>
        <source>Dues payments dated in the year (corrections included)</source>
        <translation>本年缴纳的会费（含冲销）</translation>
    </message>
    <message>
        <source>Ledger entries of this category in the year, sub-items included</source>
        <translation>本年这一科目的记账金额（含明细科目）</translation>
    </message>
    <message>
        <source>Yearly figures of the union, {year}</source>
        <translation>{year}年度工会工作统计附表</translation>
    </message>
    <message>
        <source>Members (on the register and retained)</source>
        <translation>会员人数（在册和保留会籍）</translation>
    </message>
    <message>
        <source>People whose last membership entry up to the day is joined, transferred in, reinstated or retained</source>
        <translation>截止日前最后一条会籍记录为入会、转入、恢复会籍或保留会籍的人</translation>
    </message>
    <message>
        <source>of whom on the register (在册)</source>
        <translation>其中在册</translation>
    </message>
    <message>
        <source>Last entry up to the day: joined, transferred in or reinstated</source>
        <translation>截止日前最后一条会籍记录：入会、转入或恢复会籍</translation>
    </message>
    <message>
        <source>of whom retained (保留会籍)</source>
        <translation>其中保留会籍</translation>
    </message>
    <message>
        <source>Last entry up to the day: membership retained</source>
        <translation>截止日前最后一条会籍记录：保留会籍</translation>
    </message>
    <message>
        <source>Women members</source>
        <translation>女会员</translation>
    </message>
    <message>
        <source>Members whose gender is female</source>
        <translation>性别为女的会员</translation>
    </message>
    <message>
        <source>Migrant-worker members (农民工)</source>
        <translation>农民工会员</translation>
    </message>
    <message>
        <source>Members marked as migrant workers</source>
        <translation>标记为农民工的会员</translation>
    </message>
    <message>
        <source>Ethnic-minority members (少数民族)</source>
        <translation>少数民族会员</translation>
    </message>
    <message>
        <source>Members whose ethnicity is recorded and is not Han</source>
        <translation>民族已填写且不是汉族的会员</translation>
    </message>
    <message>
        <source>Aged 35 or under</source>
        <translation>35岁及以下</translation>
    </message>
    <message>
        <source>Age on the day at most 35</source>
        <translation>截止日年龄不超过35岁</translation>
    </message>
    <message>
        <source>Aged 36 to 45</source>
        <translation>36至45岁</translation>
    </message>
    <message>
        <source>Age on the day 36 to 45</source>
        <translation>截止日年龄36至45岁</translation>
    </message>
    <message>
        <source>Aged 46 to 55</source>
        <translation>46至55岁</translation>
    </message>
    <message>
        <source>Age on the day 46 to 55</source>
        <translation>截止日年龄46至55岁</translation>
    </message>
    <message>
        <source>Aged over 55</source>
        <translation>55岁以上</translation>
    </message>
    <message>
        <source>Age on the day 56 or more</source>
        <translation>截止日年龄56岁及以上</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <source>No birth date recorded</source>
        <translation>没有出生日期</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Education code 10</source>
        <translation>学历代码 10</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>大学本科</translation>
    </message>
    <message>
        <source>Education code 20</source>
        <translation>学历代码 20</translation>
    </message>
    <message>
        <source>College diploma (大专)</source>
        <translation>大学专科</translation>
    </message>
    <message>
        <source>Education code 30</source>
        <translation>学历代码 30</translation>
    </message>
    <message>
        <source>Secondary vocational or senior high school</source>
        <translation>中专、技校和高中</translation>
    </message>
    <message>
        <source>Education codes 40 and 60</source>
        <translation>学历代码 40 和 60</translation>
    </message>
    <message>
        <source>Junior high school or less</source>
        <translation>初中及以下</translation>
    </message>
    <message>
        <source>Education codes 70 and 80</source>
        <translation>学历代码 70 和 80</translation>
    </message>
    <message>
        <source>Other or not recorded education</source>
        <translation>其他或未填写学历</translation>
    </message>
    <message>
        <source>Education code 90 or empty</source>
        <translation>学历代码 90 或未填写</translation>
    </message>
    <message>
        <source>CPC members (incl. probationary)</source>
        <translation>中共党员（含预备党员）</translation>
    </message>
    <message>
        <source>Political status codes 01 and 02</source>
        <translation>政治面貌代码 01 和 02</translation>
    </message>
    <message>
        <source>CYLC members</source>
        <translation>共青团员</translation>
    </message>
    <message>
        <source>Political status code 03</source>
        <translation>政治面貌代码 03</translation>
    </message>
    <message>
        <source>Members of democratic parties</source>
        <translation>民主党派成员</translation>
    </message>
    <message>
        <source>Political status codes 04 to 11</source>
        <translation>政治面貌代码 04 至 11</translation>
    </message>
    <message>
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>on the register / retained</source>
        <translation>在册/保留会籍</translation>
    </message>
    <message>
        <source>Women members ({women}) are not more than members ({members})</source>
        <translation>女会员（{women}）不多于会员（{members}）</translation>
    </message>
    <message>
        <source>Members at the end of last year ({start}) + joined and transferred in ({entered}) - transferred out, withdrawn and expelled ({left}) = {expected}; members on the day: {members}</source>
        <translation>上年末会员（{start}）+ 入会和转入（{entered}）- 转出、退会和除名（{left}）= {expected}；截止日会员：{members}</translation>
    </message>
    <message>
        <source>The groups by {group} add up to {total}; members: {members}</source>
        <translation>按{group}分组合计 {total}；会员：{members}</translation>
    </message>
    <message>
        <source>The unit&apos;s headcount (职工人数) for this date is not entered: 入会率 cannot be computed</source>
        <translation>没有填写这一日期的职工人数：无法计算入会率</translation>
    </message>
    <message>
        <source>Members on the register ({active}) are not more than the headcount ({workforce})</source>
        <translation>在册会员（{active}）不多于职工人数（{workforce}）</translation>
    </message>
    <message>
        <source>Women members ({women}) are not more than women workers ({women_workforce})</source>
        <translation>女会员（{women}）不多于女职工（{women_workforce}）</translation>
    </message>
</context>
<context>
    <name>StatisticsPane</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>As of </source>
        <translation>截止日期 </translation>
    </message>
    <message>
        <source>Yearly settings…</source>
        <translation>年度设置…</translation>
    </message>
    <message>
        <source>Export to the parent union&apos;s form…</source>
        <translation>导出上级工会统计表…</translation>
    </message>
    <message>
        <source>Print the yearly report…</source>
        <translation>打印年度统计附表…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Double-click a figure marked ▸ to list the members behind it. Checks before the report goes to the parent union:</source>
        <translation>双击带 ▸ 的项目可列出对应的会员。报送上级工会前的逻辑检查：</translation>
    </message>
    <message>
        <source>{union}: figures as of {date}, compared with {earlier}</source>
        <translation>{union}：截至 {date} 的数据，与 {earlier} 比较</translation>
    </message>
    <message>
        <source>{figure} as of {date}: {count} members.</source>
        <translation>{figure}（截至 {date}）：{count} 名会员。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Record a step — {case_no}</source>
        <translation>办理环节 — {case_no}</translation>
    </message>
    <message>
        <source>Reason to skip the steps before it</source>
        <translation>跳过之前环节的理由</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Opinion / reason</source>
        <translation>意见/理由</translation>
    </message>
    <message>
        <source>Skips steps: this is recorded as a decision with its reason.</source>
        <translation>将跳过环节：此决定连同理由一并记录。</translation>
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
        <source>{path} cannot be written: the file or its folder is read-only (or belongs to another user). Nothing was changed. Remove the read-only mark, or copy the file to a folder you may write to.</source>
        <translation>无法写入 {path}：该文件或其所在文件夹是只读的（或属于其他用户）。没有做任何修改。请去掉只读属性，或把文件复制到您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The disk is full (or the file has grown beyond what the system allows) while writing {path}. Nothing was changed. Free some space, or choose another drive, and try again.</source>
        <translation>写入 {path} 时磁盘已满（或文件超出了系统允许的大小）。没有做任何修改。请清理出空间或换一个磁盘后重试。</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Close the other UnionDesk window (or the program holding the file) and try again.</source>
        <translation>数据库 {path} 正被其他程序使用。请关闭另一个工会工作台窗口（或占用该文件的程序）后重试。</translation>
    </message>
    <message>
        <source>The database server refused the user name or password in {url}. Type the password again, or check the user name and password with the unit&apos;s IT person.</source>
        <translation>数据库服务器拒绝了 {url} 的用户名或密码。请重新输入密码，或向单位网管核对用户名和密码。</translation>
    </message>
    <message>
        <source>The database server has no database named in {url}. Check the name, or ask the unit&apos;s IT person to create it (README: Shared on a server).</source>
        <translation>数据库服务器上没有 {url} 中所写的数据库。请核对名称，或请单位网管创建它（见 README：Shared on a server）。</translation>
    </message>
    <message>
        <source>The database server has no user named in {url}. Check the user name, or ask the unit&apos;s IT person to create it (README: Shared on a server).</source>
        <translation>数据库服务器上没有 {url} 中所写的用户。请核对用户名，或请单位网管创建它（见 README：Shared on a server）。</translation>
    </message>
    <message>
        <source>The database server does not let this computer in ({url}). The unit&apos;s IT person must allow the office network in the server&apos;s pg_hba.conf (README: Shared on a server).</source>
        <translation>数据库服务器不允许本机连接（{url}）。需由单位网管在服务器的 pg_hba.conf 中放行办公网络（见 README：Shared on a server）。</translation>
    </message>
    <message>
        <source>The database server at {url} cannot be reached. Check that the server computer is on and its database service is running, that this PC is on the office network, and that the host name and port are right.</source>
        <translation>无法连接到 {url} 的数据库服务器。请检查：服务器电脑已开机且数据库服务在运行，本机已接入办公网络，主机名和端口填写正确。</translation>
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
        <source>There is no database at {path}. Check the path given with --db or UNIONDESK_DB; a new union&apos;s database is created with: uniondesk --db {path} init</source>
        <translation>{path} 处没有数据库。请检查 --db 或 UNIONDESK_DB 给出的路径；新工会的数据库用以下命令创建：uniondesk --db {path} init</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path given with --db or UNIONDESK_DB.</source>
        <translation>{path} 处没有数据库。请检查 --db 参数或 UNIONDESK_DB 环境变量给出的路径。</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it is not a UnionDesk database. Nothing was changed.</source>
        <translation>{path} 是空文件（0 字节），不是工会工作台数据库。未做任何改动。</translation>
    </message>
    <message>
        <source>{path} belongs to another program, not UnionDesk. Nothing was changed.</source>
        <translation>{path} 属于其他程序，不是工会工作台的数据库。未做任何改动。</translation>
    </message>
    <message>
        <source>{path} is not a UnionDesk database (it holds no tables). Nothing was changed.</source>
        <translation>{path} 不是工会工作台数据库（其中没有数据表）。未做任何改动。</translation>
    </message>
    <message>
        <source>The database {path} has the layout of an older release ({revision}). Open it once with this release (it is backed up, then upgraded), then check it again. Nothing was changed.</source>
        <translation>数据库 {path} 是旧版本的结构（{revision}）。请先用本版本打开一次（会先备份再升级），然后再校验。未做任何改动。</translation>
    </message>
    <message>
        <source>Cannot create {path} ({error}). Check that you may write to the database folder.</source>
        <translation>无法创建 {path}（{error}）。请检查您是否有权在数据库所在文件夹中写入。</translation>
    </message>
    <message>
        <source>The database {path} is already open in another UnionDesk window. Close that window first, then start UnionDesk again.</source>
        <translation>数据库 {path} 已在另一个工会工作台窗口中打开。请先关闭那个窗口，再重新启动工会工作台。</translation>
    </message>
    <message>
        <source>The database {path} is open in UnionDesk under the Windows user {user} on this PC (since {since}). Switch to that user and close UnionDesk there (or sign that user out), then start UnionDesk again.</source>
        <translation>数据库 {path} 已在本机 Windows 用户“{user}”的工会工作台中打开（自 {since} 起）。请切换到该用户并在那里关闭工会工作台（或注销该用户），然后再启动工会工作台。</translation>
    </message>
    <message>
        <source>The database {path} is already open in another UnionDesk window on this PC (user {user}, since {since}). Switch to that window, or close it and start UnionDesk again.</source>
        <translation>数据库 {path} 已在本机另一个工会工作台窗口中打开（用户 {user}，自 {since} 起）。请切换到那个窗口，或将其关闭后重新启动工会工作台。</translation>
    </message>
    <message>
        <source>The database {path} is in use by UnionDesk on the PC &quot;{host}&quot; (user {user}, since {since}). Close UnionDesk on that PC first, then try again here.</source>
        <translation>数据库 {path} 正由电脑“{host}”上的工会工作台使用（用户 {user}，自 {since} 起）。请先关闭那台电脑上的工会工作台，再在这里重试。</translation>
    </message>
    <message>
        <source>Cannot connect to {target} ({error}). Check the address, that the server is running and that the database has been created on it.</source>
        <translation>无法连接到 {target}（{error}）。请检查地址、服务器是否在运行，以及服务器上是否已建好该数据库。</translation>
    </message>
    <message>
        <source>{target} already holds data. A union is copied only into an empty database: create a new one on the server (or give a new file name), then try again. Nothing was changed.</source>
        <translation>{target} 中已有数据。工会只能复制到空数据库中：请在服务器上新建一个数据库（或换一个新文件名）后重试。未做任何改动。</translation>
    </message>
    <message>
        <source>{source} is not a UnionDesk database (it has no schema revision). Nothing was copied.</source>
        <translation>{source} 不是工会工作台数据库（没有结构版本）。没有复制任何内容。</translation>
    </message>
    <message>
        <source>The source lacks the table(s) {tables} of its own schema revision: it is damaged. Nothing was copied.</source>
        <translation>源数据库缺少其结构版本应有的数据表 {tables}：文件已损坏。没有复制任何内容。</translation>
    </message>
    <message>
        <source>The copy of table(s) {tables} does not hold as many rows as the source, so it was undone. Nothing was changed on the target.</source>
        <translation>数据表 {tables} 的副本行数与源数据库不同，复制已撤销。目标数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Table {table} of the source lacks the column(s) {columns}: it is damaged. Nothing was copied.</source>
        <translation>源数据库的数据表 {table} 缺少列 {columns}：文件已损坏。没有复制任何内容。</translation>
    </message>
    <message>
        <source>The copy was stopped. The target is as empty as before.</source>
        <translation>复制已停止。目标数据库仍和之前一样是空的。</translation>
    </message>
</context>
<context>
    <name>SuggestionColumns</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Proposer(s)</source>
        <translation>建议人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Benefit (yuan)</source>
        <translation>效益（元）</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分项得分</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>New suggestion</source>
        <translation>新建合理化建议</translation>
    </message>
    <message>
        <source>Suggestion {number}</source>
        <translation>合理化建议 {number}</translation>
    </message>
    <message>
        <source>Or a team, e.g. 机修车间QC小组</source>
        <translation>或填写班组，例如：机修车间QC小组</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Proposer(s)</source>
        <translation>建议人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Current situation (现状)</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Suggestion (建议内容)</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source>Expected benefit (预期效益)</source>
        <translation>预期效益</translation>
    </message>
</context>
<context>
    <name>SuggestionPrint</name>
    <message>
        <source>Review sheet (评审表)</source>
        <translation>合理化建议评审表</translation>
    </message>
    <message>
        <source>Reward list of the year (奖励名单)</source>
        <translation>本年度奖励名单</translation>
    </message>
    <message>
        <source>Summary of the year by department</source>
        <translation>本年度分部门汇总表</translation>
    </message>
    <message>
        <source>Export suggestions</source>
        <translation>导出合理化建议</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SuggestionRules</name>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请填写大于零的金额。</translation>
    </message>
    <message>
        <source>The amount is kept to the fen (0.01 yuan) and under one hundred million.</source>
        <translation>金额精确到分（0.01 元），且不超过一亿元。</translation>
    </message>
    <message>
        <source>Write the suggestion&apos;s title.</source>
        <translation>请填写建议名称。</translation>
    </message>
    <message>
        <source>Name who made the suggestion: pick members or write the team&apos;s name.</source>
        <translation>请填写建议人：从名册选择会员，或填写班组名称。</translation>
    </message>
    <message>
        <source>The date is in the future; enter the day it was handed in.</source>
        <translation>日期在今天之后，请填写提交日期。</translation>
    </message>
    <message>
        <source>Write what is suggested (建议内容).</source>
        <translation>请填写建议内容。</translation>
    </message>
    <message>
        <source>Name the reviewer.</source>
        <translation>请填写评审人。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期在今天之后。</translation>
    </message>
    <message>
        <source>Give points for every line of the score sheet.</source>
        <translation>请为评分表每一项打分。</translation>
    </message>
    <message>
        <source>{criterion}: the points are 0 to {most}.</source>
        <translation>{criterion}：分值为 0 到 {most}。</translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation>请选择决定。</translation>
    </message>
    <message>
        <source>Write the reason; the proposer is told why.</source>
        <translation>请填写理由，将告知建议人。</translation>
    </message>
    <message>
        <source>Name the department that implemented it.</source>
        <translation>请填写实施部门。</translation>
    </message>
    <message>
        <source>Choose the grade of the reward.</source>
        <translation>请选择奖励等级。</translation>
    </message>
    <message>
        <source>The date is in the future; record the reward when it is paid.</source>
        <translation>日期在今天之后，请在奖金发放后登记。</translation>
    </message>
    <message>
        <source>This suggestion no longer exists. Refresh the list.</source>
        <translation>该建议已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Received (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Scored (评审)</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Decided (采纳/不采纳)</source>
        <translation>采纳／不采纳</translation>
    </message>
    <message>
        <source>Implemented (实施)</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Rewarded (奖励)</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Closed (办结)</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Adopted (采纳实施)</source>
        <translation>采纳实施</translation>
    </message>
    <message>
        <source>On trial (试行)</source>
        <translation>试行</translation>
    </message>
    <message>
        <source>Filed for later (存档)</source>
        <translation>存档</translation>
    </message>
    <message>
        <source>Not adopted (不采纳)</source>
        <translation>不采纳</translation>
    </message>
    <message>
        <source>First prize (一等奖)</source>
        <translation>一等奖</translation>
    </message>
    <message>
        <source>Second prize (二等奖)</source>
        <translation>二等奖</translation>
    </message>
    <message>
        <source>Third prize (三等奖)</source>
        <translation>三等奖</translation>
    </message>
    <message>
        <source>Amount only (奖励)</source>
        <translation>奖励（不定等级）</translation>
    </message>
    <message>
        <source>The suggestion is closed; no further step can be recorded.</source>
        <translation>该建议已办结，不能再登记环节。</translation>
    </message>
    <message>
        <source>{step} cannot be recorded now; possible next steps: {next}.</source>
        <translation>现在不能登记“{step}”；可登记的下一环节：{next}。</translation>
    </message>
    <message>
        <source>The suggestion has been scored; its text can no longer be changed.</source>
        <translation>该建议已评审，内容不能再修改。</translation>
    </message>
    <message>
        <source>This reviewer has scored the suggestion already.</source>
        <translation>该评审人已为此建议打过分。</translation>
    </message>
    <message>
        <source>Record at least one reviewer&apos;s scores before deciding.</source>
        <translation>请先登记至少一位评审人的评分，再作决定。</translation>
    </message>
    <message>
        <source>The date is before the suggestion&apos;s last recorded step; steps are recorded in order.</source>
        <translation>日期早于该建议上一个环节，各环节须按顺序登记。</translation>
    </message>
    <message>
        <source>A proposer is no longer in the member register; remove them.</source>
        <translation>有建议人已不在会员名册中，请将其移除。</translation>
    </message>
</context>
<context>
    <name>SuggestionStepDialog</name>
    <message>
        <source>Record a step — {number} {title}</source>
        <translation>登记环节 — {number} {title}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分项得分</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Reward grade</source>
        <translation>奖励等级</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Reason / what was done</source>
        <translation>理由／实施情况</translation>
    </message>
    <message>
        <source>Reward (yuan), paid from union funds</source>
        <translation>奖金（元），从工会经费支付</translation>
    </message>
    <message>
        <source>Actual benefit (yuan)</source>
        <translation>实际效益（元）</translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <source>Suggestions</source>
        <translation>合理化建议</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Search: number, title, proposer, team</source>
        <translation>查找：编号、名称、建议人、班组</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>全部决定</translation>
    </message>
    <message>
        <source>New suggestion…</source>
        <translation>新建建议…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评审评分</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>{count} suggestions</source>
        <translation>{count} 条建议</translation>
    </message>
    <message>
        <source>{year}: {submitted} submitted, {adopted} adopted, {implemented} implemented; benefit {benefit} yuan; rewards paid {rewards} yuan</source>
        <translation>{year} 年：提交 {submitted} 条，采纳 {adopted} 条，实施 {implemented} 条；效益 {benefit} 元；已发奖金 {rewards} 元</translation>
    </message>
    <message>
        <source>No suggestion selected.</source>
        <translation>未选择建议。</translation>
    </message>
    <message>
        <source>Proposer(s)</source>
        <translation>建议人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Current situation (现状)</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Suggestion (建议内容)</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source>Expected benefit (预期效益)</source>
        <translation>预期效益</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>{score} ({count} reviewers)</source>
        <translation>{score}（{count} 位评审人）</translation>
    </message>
    <message>
        <source>Actual benefit (yuan)</source>
        <translation>实际效益（元）</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
</context>
<context>
    <name>TellerScreen</name>
    <message>
        <source>Teller — {title}</source>
        <translation>计票录入 — {title}</translation>
    </message>
    <message>
        <source>Next ballot (Enter)</source>
        <translation>下一张（回车）</translation>
    </message>
    <message>
        <source>Invalid… (I)</source>
        <translation>无效票…（I）</translation>
    </message>
    <message>
        <source>Write-in… (W)</source>
        <translation>另选他人…（W）</translation>
    </message>
    <message>
        <source>Take back last (Ctrl+Z)</source>
        <translation>撤回上一张（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Running count</source>
        <translation>计票过程</translation>
    </message>
    <message>
        <source>O/1 yes · X/2 no · A/3 abstain · V/4 item void · Space/0 blank</source>
        <translation>O/1 同意 · X/2 不同意 · A/3 弃权 · V/4 该项无效 · 空格/0 未划</translation>
    </message>
    <message>
        <source>O/1 chosen · Space/0 not chosen</source>
        <translation>O/1 选中 · 空格/0 未选</translation>
    </message>
    <message>
        <source>O/1 ○ yes · X/2 × no · Space/0 blank (abstain) · W write-in</source>
        <translation>O/1 ○ 赞成 · X/2 × 不赞成 · 空格/0 未划（弃权） · W 另选他人</translation>
    </message>
    <message>
        <source>{marks} · ↑/↓ move · I invalid ballot · Enter next ballot · Ctrl+Z take back the last ballot · Esc close</source>
        <translation>{marks} · ↑/↓ 移动 · I 无效票 · 回车 下一张 · Ctrl+Z 撤回上一张 · Esc 关闭</translation>
    </message>
    <message>
        <source>Ballot {n} entered: {marks}</source>
        <translation>第 {n} 张已录入：{marks}</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效票</translation>
    </message>
    <message>
        <source>written in {names}</source>
        <translation>另选 {names}</translation>
    </message>
    <message>
        <source>all blank</source>
        <translation>全部未划</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法辨认</translation>
    </message>
    <message>
        <source>Marked so it can be identified</source>
        <translation>有可辨认身份的记号</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>污损</translation>
    </message>
    <message>
        <source>Blank, void by the meeting&apos;s rules</source>
        <translation>空白票（按大会规定作废）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>More marks than seats</source>
        <translation>所选人数多于应选人数</translation>
    </message>
    <message>
        <source>Invalid ballot</source>
        <translation>无效票</translation>
    </message>
    <message>
        <source>Why is this ballot invalid?</source>
        <translation>这张选票为什么无效？</translation>
    </message>
    <message>
        <source>Write-in</source>
        <translation>另选他人</translation>
    </message>
    <message>
        <source>Name written in (另选他人), marked ○:</source>
        <translation>另选他人的姓名（已划○）：</translation>
    </message>
    <message>
        <source>Last ballot taken back; {n} remain entered.</source>
        <translation>已撤回上一张；现已录入 {n} 张。</translation>
    </message>
    <message>
        <source> · teller {n} of 2</source>
        <translation> · 计票人{n}（双人录入）</translation>
    </message>
    <message>
        <source>All {returned} returned ballots entered.</source>
        <translation>收回的 {returned} 张选票已全部录入。</translation>
    </message>
    <message>
        <source>Ballot {n} of {returned}</source>
        <translation>第 {n} 张，共 {returned} 张</translation>
    </message>
    <message>
        <source>The running count is hidden until counting is closed.</source>
        <translation>计票结束前不显示票数。</translation>
    </message>
    <message>
        <source>Valid {valid} · invalid {invalid}</source>
        <translation>有效 {valid} · 无效 {invalid}</translation>
    </message>
    <message>
        <source>Written in: {names}</source>
        <translation>另选：{names}</translation>
    </message>
    <message>
        <source>○ on this ballot: {chosen} of at most {seats}</source>
        <translation>本张“○”数：{chosen}，最多 {seats}</translation>
    </message>
    <message>
        <source>{chosen} marks for {seats} seats: this ballot is over-marked and will count as invalid.</source>
        <translation>应选 {seats} 名却划了 {chosen} 个：多选，此票将作为无效票。</translation>
    </message>
</context>
<context>
    <name>TellersDialog</name>
    <message>
        <source>Tellers — {title}</source>
        <translation>计票人 — {title}</translation>
    </message>
    <message>
        <source>Only the account named here enters its pass. Double entry needs two different tellers, so that one person&apos;s slip is caught by the other.</source>
        <translation>只有这里指定的账户才能录入对应的一遍。双人录入需要两名不同的计票人，一人的差错由另一人核出。</translation>
    </message>
    <message>
        <source>Only the account named here enters the ballots. Leave it empty to let any teller account enter them.</source>
        <translation>只有这里指定的账户才能录入选票。不指定时，任何计票员账户都可以录入。</translation>
    </message>
    <message>
        <source>Teller 1</source>
        <translation>第一计票人</translation>
    </message>
    <message>
        <source>Teller 2 (double entry)</source>
        <translation>第二计票人（双人录入）</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>TotalsDialog</name>
    <message>
        <source>Enter totals — {title}</source>
        <translation>录入总数 — {title}</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>有效票</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>无效票</translation>
    </message>
    <message>
        <source>Votes: yes / no / abstain</source>
        <translation>票数：赞成/反对/弃权</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Write-ins, one per line: name | votes</source>
        <translation>另选他人，每行一个：姓名 | 票数</translation>
    </message>
    <message>
        <source>Write-in line &quot;{line}&quot;: give the name, | and the votes.</source>
        <translation>另选行“{line}”：请写姓名、“|”和票数。</translation>
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
<context>
    <name>TypesDialog</name>
    <message>
        <source>Activity types</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Default spending category</source>
        <translation>默认支出科目</translation>
    </message>
    <message>
        <source>e.g. 读书会</source>
        <translation>例如：读书会</translation>
    </message>
    <message>
        <source>Add type</source>
        <translation>添加类型</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>新类型</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>修改账户</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Condolence visit</source>
        <translation>慰问</translation>
    </message>
    <message>
        <source>cash, or the value of the gift (yuan)</source>
        <translation>慰问金，或慰问品价值（元）</translation>
    </message>
    <message>
        <source>e.g. 慰问品：米、油</source>
        <translation>例如：慰问品：米、油</translation>
    </message>
    <message>
        <source>Member visited *</source>
        <translation>慰问对象 *</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record it anyway?</source>
        <translation>仍要记录吗？</translation>
    </message>
</context>
<context>
    <name>VisitReason</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Wedding or birth</source>
        <translation>婚育</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>丧事</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
</context>
<context>
    <name>VoteColumns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>收回</translation>
    </message>
</context>
<context>
    <name>VoteOutcome</name>
    <message>
        <source>Elected</source>
        <translation>当选</translation>
    </message>
    <message>
        <source>Tied: re-vote</source>
        <translation>票数相等，重新投票</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>未达当选票数</translation>
    </message>
    <message>
        <source>Not elected</source>
        <translation>未当选</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>May not stand: not elected</source>
        <translation>不具备当选资格，不能当选</translation>
    </message>
    <message>
        <source>VOID: {returned} ballots returned but only {issued} issued. The whole vote is void and must be held again (start a new round).</source>
        <translation>无效：收回 {returned} 张，但只发出 {issued} 张。本次投票全部无效，须重新投票（开始新一轮）。</translation>
    </message>
    <message>
        <source>VOID: only {returned} of {due} due voted, short of the quorum. The vote must be held again (start a new round).</source>
        <translation>无效：应到 {due} 人，只有 {returned} 人投票，未达法定人数。须重新投票（开始新一轮）。</translation>
    </message>
    <message>
        <source>Passed: {items}.</source>
        <translation>通过：{items}。</translation>
    </message>
    <message>
        <source>Not passed: {items}.</source>
        <translation>未通过：{items}。</translation>
    </message>
    <message>
        <source>Elected: {names}.</source>
        <translation>当选：{names}。</translation>
    </message>
    <message>
        <source>Nobody was elected.</source>
        <translation>无人当选。</translation>
    </message>
    <message>
        <source>Tie at the last seat: {names} have equal votes for {seats} seat(s). Next step: a re-vote among them (new round).</source>
        <translation>最后名额票数相等：{names}得票相同，争 {seats} 个名额。下一步：对上述人员重新投票（新一轮）。</translation>
    </message>
    <message>
        <source>{seats} seat(s) unfilled: too few reached the threshold. Next step: another round (另行选举) among {names}.</source>
        <translation>尚缺 {seats} 个名额：达到当选票数的人数不足。下一步：在{names}中另行选举。</translation>
    </message>
</context>
<context>
    <name>VotePresets</name>
    <message>
        <source>Union committee election</source>
        <translation>工会委员会选举</translation>
    </message>
    <message>
        <source>Rules for the election of grassroots union organisations (2016): members in good standing vote (retained members excluded); valid only if at least two thirds of those due vote; candidates exceed seats by at least 5 %; elected with more than half of those due; more winners than seats → highest votes; a tie at the last seat → re-vote among the tied; unfilled seats → another round among the rest.</source>
        <translation>《工会基层组织选举工作条例》（2016）：在册会员参加选举（保留会籍者除外）；参加投票人数达到应到人数三分之二以上选举有效；候选人数多于应选人数5%以上；获得赞成票超过应到人数半数始得当选；超过半数者多于名额时按得票多少确定；最后名额票数相等时对票数相等者重新投票；名额未满时在未当选的候选人中另行选举。</translation>
    </message>
    <message>
        <source>Workers&apos; congress decision</source>
        <translation>职工代表大会表决</translation>
    </message>
    <message>
        <source>Workers&apos; congress: at least two thirds of all delegates present; a decision or election needs more than half of ALL delegates, not of those present (60 delegates: 31 votes, even if 45 attend); important matters by secret ballot, item by item.</source>
        <translation>职工代表大会：全体代表三分之二以上出席；决定和选举须经全体代表（而非出席代表）过半数通过（60名代表需31票，即使只出席45人）；重要事项以无记名投票逐项表决。</translation>
    </message>
    <message>
        <source>Member assembly</source>
        <translation>会员（代表）大会</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>自定规则</translation>
    </message>
    <message>
        <source>Member assembly: at least two thirds of members due must attend; for motions and selections the base (due, present or valid ballots) and the threshold are chosen explicitly. An election follows the union&apos;s election rules.</source>
        <translation>会员（代表）大会：到会人数须达到应到人数三分之二以上；表决和评选的计算基数（应到人数、实到人数或有效票数）和通过标准逐项事先确定；选举按工会选举规定进行。</translation>
    </message>
    <message>
        <source>Custom: for motions and selections only (e.g. a selection of model workers decided by plurality); quorum, base and threshold chosen explicitly. Elections of union bodies always follow the union&apos;s election rules.</source>
        <translation>自定规则：仅用于表决和评选（如按得票多少评选先进），法定人数、计算基数和通过标准逐项事先确定。工会组织的选举一律按工会选举规定进行。</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>评选</translation>
    </message>
    <message>
        <source>those due (应到)</source>
        <translation>应到人数</translation>
    </message>
    <message>
        <source>those present (实到)</source>
        <translation>实到人数</translation>
    </message>
    <message>
        <source>valid ballots</source>
        <translation>有效票数</translation>
    </message>
    <message>
        <source>more than half</source>
        <translation>超过半数</translation>
    </message>
    <message>
        <source>two thirds or more</source>
        <translation>三分之二以上</translation>
    </message>
    <message>
        <source>most votes (plurality)</source>
        <translation>得票多者（相对多数）</translation>
    </message>
    <message>
        <source>two thirds of those due</source>
        <translation>应到人数三分之二以上</translation>
    </message>
    <message>
        <source>more than half of those due</source>
        <translation>应到人数过半数</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>不设法定人数</translation>
    </message>
</context>
<context>
    <name>VoteResultColumns</name>
    <message>
        <source>Candidate / item</source>
        <translation>候选人/事项</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不赞成</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Write-in</source>
        <translation>另选</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>得票</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>VoteRules</name>
    <message>
        <source>The result can be printed once counting is closed.</source>
        <translation>计票结束后才能打印结果。</translation>
    </message>
    <message>
        <source>A void vote has no result to announce.</source>
        <translation>无效投票没有可公布的结果。</translation>
    </message>
    <message>
        <source>This vote no longer exists. Refresh the list.</source>
        <translation>该投票已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>{count} members in good standing are named {name}; add them by hand.</source>
        <translation>有 {count} 名在册会员叫 {name}，请手工选择。</translation>
    </message>
    <message>
        <source>not a member in good standing (retained, left or in the trash)</source>
        <translation>不是在册会员（保留会籍、已离会或已删除）</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>会员名册中没有此人</translation>
    </message>
    <message>
        <source>Ballots of this vote were printed already; it cannot be deleted. Leave it unopened, or open and void it, so the printed ballots stay accounted for.</source>
        <translation>该投票的选票已经印制，不能删除。请保留不开始，或开始后作废，以便已印制的选票有据可查。</translation>
    </message>
    <message>
        <source>Those present must be between 0 and the {due} due to attend.</source>
        <translation>实到人数应在 0 到应到人数 {due} 之间。</translation>
    </message>
    <message>
        <source>{issued} ballots were issued already; those present cannot be fewer.</source>
        <translation>已发出 {issued} 张选票，实到人数不能少于此数。</translation>
    </message>
    <message>
        <source>Voting on this vote is over; no more ballots can be printed.</source>
        <translation>该投票已结束，不能再印制选票。</translation>
    </message>
    <message>
        <source>Print at least one ballot.</source>
        <translation>至少印制一张选票。</translation>
    </message>
    <message>
        <source>Nobody is in the electorate (no member in good standing matches). Check the electorate before opening.</source>
        <translation>选举人名单为空（没有符合条件的在册会员）。请先检查选举人范围。</translation>
    </message>
    <message>
        <source>{count} people on the named list are no longer members in good standing (retained, left or deleted). Take them off the list first.</source>
        <translation>代表名单中有 {count} 人已不是在册会员（保留会籍、离会或已删除），请先将其移出名单。</translation>
    </message>
    <message>
        <source>Record how many are present (from the sign-in sheet) before opening.</source>
        <translation>开始投票前，请根据签到表登记实到人数。</translation>
    </message>
    <message>
        <source>{present} present, but only {due} are due: correct the count first.</source>
        <translation>实到 {present} 人，但应到只有 {due} 人，请先更正。</translation>
    </message>
    <message>
        <source>No quorum: {present} present of {due} due; at least {needed} are needed. The vote cannot open.</source>
        <translation>未达法定人数：应到 {due} 人，实到 {present} 人，至少需要 {needed} 人。不能开始投票。</translation>
    </message>
    <message>
        <source>One ballot per person present: issue between 0 and {present}.</source>
        <translation>每位到会者一张选票：发出票数应在 0 到 {present} 之间。</translation>
    </message>
    <message>
        <source>Only {printed} ballots were printed; {issued} cannot have been issued.</source>
        <translation>只印制了 {printed} 张选票，不可能发出 {issued} 张。</translation>
    </message>
    <message>
        <source>Issued, spoiled and destroyed ballots cannot add up to more than the {printed} printed.</source>
        <translation>发出、换票作废和销毁的选票合计不能超过印制的 {printed} 张。</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>请输入 0 或更大的数。</translation>
    </message>
    <message>
        <source>{entered} ballots were entered already; returned cannot be fewer.</source>
        <translation>已录入 {entered} 张选票，收回票数不能少于此数。</translation>
    </message>
    <message>
        <source>{name} is not an active account allowed to enter ballots (role Teller or Chair).</source>
        <translation>{name} 不是可以录入选票的有效账户（角色须为计票员或主席）。</translation>
    </message>
    <message>
        <source>Double entry needs two different tellers: {name} cannot enter both passes.</source>
        <translation>双人录入需要两名不同的计票人：{name} 不能同时录入两遍。</translation>
    </message>
    <message>
        <source>Name the first teller.</source>
        <translation>请指定第一计票人。</translation>
    </message>
    <message>
        <source>Teller {n} has entered ballots already; take them back before naming another teller.</source>
        <translation>第 {n} 计票人已录入选票；须先撤回已录入的选票，才能更换计票人。</translation>
    </message>
    <message>
        <source>Double entry needs two different tellers assigned to this vote by the chair (Counting › Tellers…).</source>
        <translation>双人录入需要由主席为本次投票指定两名不同的计票人（计票 › 计票人…）。</translation>
    </message>
    <message>
        <source>Teller {n} of this vote is {name}; your account ({user}) may not enter that pass.</source>
        <translation>本次投票的第 {n} 计票人是 {name}；您的账户（{user}）不能录入这一遍。</translation>
    </message>
    <message>
        <source>All {returned} returned ballots have been entered. Correct the last one with Undo, or close counting.</source>
        <translation>收回的 {returned} 张选票已全部录入。可撤回最后一张更正，或结束计票。</translation>
    </message>
    <message>
        <source>Valid and invalid ballots must add up to the {returned} returned.</source>
        <translation>有效票与无效票之和应等于收回的 {returned} 张。</translation>
    </message>
    <message>
        <source>{name}: votes cannot be negative.</source>
        <translation>{name}：票数不能为负。</translation>
    </message>
    <message>
        <source>{name}: more votes than valid ballots.</source>
        <translation>{name}：票数多于有效票数。</translation>
    </message>
    <message>
        <source>{name}: yes, no and abstain add up to more than the {valid} valid ballots.</source>
        <translation>{name}：赞成、反对、弃权之和超过有效票 {valid} 张。</translation>
    </message>
    <message>
        <source>{name} (written in): {votes} votes cannot come from {valid} valid ballots.</source>
        <translation>{name}（另选）：{valid} 张有效票不可能得到 {votes} 票。</translation>
    </message>
    <message>
        <source>{marks} votes in all cannot come from {valid} valid ballots of at most {seats} marks each.</source>
        <translation>{valid} 张有效票、每张最多 {seats} 个“○”，不可能共有 {marks} 票。</translation>
    </message>
    <message>
        <source>Only election ballots have write-ins.</source>
        <translation>只有选举票可以另选他人。</translation>
    </message>
    <message>
        <source>{entered} of the {returned} returned ballots have been entered. Enter them all before closing.</source>
        <translation>收回 {returned} 张，已录入 {entered} 张。请全部录入后再结束计票。</translation>
    </message>
    <message>
        <source>The second teller has entered {entered} of the {returned} ballots. Double entry needs both.</source>
        <translation>第二计票人已录入 {entered} 张（共 {returned} 张）。双人录入需两人都录完。</translation>
    </message>
    <message>
        <source>The two tellers disagree on ballots {entries}. Check those paper ballots and correct the entries.</source>
        <translation>两名计票人在第 {entries} 张选票上录入不一致。请核对这些纸质选票并更正。</translation>
    </message>
    <message>
        <source>Enter the totals before closing.</source>
        <translation>结束计票前请录入计票总数。</translation>
    </message>
    <message>
        <source>This vote needs no further round. To correct its result, start a correction round.</source>
        <translation>该投票不需要再进行一轮。如需更正结果，请开始更正轮次。</translation>
    </message>
    <message>
        <source>This vote is closed and cannot be changed. A correction is a new round.</source>
        <translation>该投票已结束，不能修改。更正须另行一轮投票。</translation>
    </message>
    <message>
        <source>This cannot be done while the vote is {status}.</source>
        <translation>投票{status}时不能进行此操作。</translation>
    </message>
    <message>
        <source>This vote is counted ballot by ballot.</source>
        <translation>该投票按张录入计票。</translation>
    </message>
    <message>
        <source>This vote&apos;s ballots were counted by hand: enter the totals.</source>
        <translation>该投票为人工计票：请录入总数。</translation>
    </message>
    <message>
        <source>This vote has no second teller&apos;s entry (double entry is off).</source>
        <translation>该投票未启用双人录入。</translation>
    </message>
    <message>
        <source>Enter what is voted on (the title).</source>
        <translation>请填写表决事项（标题）。</translation>
    </message>
    <message>
        <source>Choose the rule the vote follows.</source>
        <translation>请选择表决规则。</translation>
    </message>
    <message>
        <source>Custom rules are for motions and selections. An election of a union body follows the union&apos;s election rules: choose &quot;Union committee election&quot;.</source>
        <translation>自定规则只用于表决和评选。工会组织的选举须按工会选举规定进行：请选择“工会委员会选举”。</translation>
    </message>
    <message>
        <source>This rule is for elections only.</source>
        <translation>该规则只适用于选举。</translation>
    </message>
    <message>
        <source>Enter how many are to be elected or chosen (at least 1).</source>
        <translation>请填写应选名额（至少 1 名）。</translation>
    </message>
    <message>
        <source>Choose the base the threshold is taken of: those due, those present or valid ballots.</source>
        <translation>请选择计算基数：应到人数、实到人数或有效票数。</translation>
    </message>
    <message>
        <source>Choose the threshold: more than half, two thirds or most votes.</source>
        <translation>请选择通过标准：超过半数、三分之二以上或得票多者。</translation>
    </message>
    <message>
        <source>Choose the quorum.</source>
        <translation>请选择法定人数。</translation>
    </message>
    <message>
        <source>Only a selection (e.g. of model workers) may be a named vote; elections and motions are secret.</source>
        <translation>只有评选（如评选先进）可以记名投票；选举和表决须无记名投票。</translation>
    </message>
    <message>
        <source>Choose the department whose members vote.</source>
        <translation>请选择参加投票的部门。</translation>
    </message>
    <message>
        <source>Add the delegates who vote (the named list is empty).</source>
        <translation>请添加参加投票的代表（代表名单为空）。</translation>
    </message>
    <message>
        <source>Choose how ballots are counted.</source>
        <translation>请选择计票方式。</translation>
    </message>
    <message>
        <source>A later round keeps the electorate of the round before; it cannot be changed.</source>
        <translation>后续轮次沿用上一轮的选举人名单，不能更改。</translation>
    </message>
    <message>
        <source>Line {n}: enter a name (or the item&apos;s title).</source>
        <translation>第 {n} 行：请填写姓名（或事项名称）。</translation>
    </message>
    <message>
        <source>{name} is on the list twice.</source>
        <translation>{name}在名单中出现两次。</translation>
    </message>
    <message>
        <source>{names}: a candidate cannot be a scrutineer of the same election.</source>
        <translation>{names}：候选人不能担任本次选举的监票人。</translation>
    </message>
    <message>
        <source>{name} is not a member in good standing (retained, left or in the trash): only members in good standing may stand.</source>
        <translation>{name} 不是在册会员（保留会籍、已离会或已删除）：只有在册会员才能作为候选人。</translation>
    </message>
    <message>
        <source>{count} members in good standing are named {name}: add the department after the name (e.g. &quot;{name} | department&quot;) or pick the right one from the register.</source>
        <translation>有 {count} 名在册会员叫 {name}：请在姓名后加上部门（如“{name} | 部门”），或从会员名册中选择。</translation>
    </message>
    <message>
        <source>{name} is not in the register: only members in good standing may stand in an election of a union body. Check the spelling, or add the member first.</source>
        <translation>会员名册中没有 {name}：工会组织的选举只有在册会员才能作为候选人。请检查姓名，或先登记该会员。</translation>
    </message>
    <message>
        <source>A re-vote is held among exactly the tied candidates: {names}.</source>
        <translation>重新投票只在票数相等的候选人之间进行：{names}。</translation>
    </message>
    <message>
        <source>Another round (另行选举) is held among those not elected in the round before; {names} cannot stand in it.</source>
        <translation>另行选举在上一轮未当选的候选人中进行；{names} 不能作为本轮候选人。</translation>
    </message>
    <message>
        <source>Add the candidates (or the items voted on) first.</source>
        <translation>请先添加候选人（或表决事项）。</translation>
    </message>
    <message>
        <source>{count} candidates for {seats} seats: there must be at least as many candidates as seats.</source>
        <translation>应选 {seats} 名，只有 {count} 名候选人：候选人数不能少于应选人数。</translation>
    </message>
    <message>
        <source>Competitive election (差额): {seats} seats need at least {needed} candidates (5% more, rounded up); there are {count}. Add candidates before printing ballots or opening.</source>
        <translation>差额选举：应选 {seats} 名，候选人至少 {needed} 名（多于应选人数5%，向上取整），现有 {count} 名。请在印制选票或开始投票前增加候选人。</translation>
    </message>
    <message>
        <source>{names}: no longer a member in good standing since being nominated; take them off the list before printing ballots or opening.</source>
        <translation>{names}：提名后已不是在册会员；请在印制选票或开始投票前将其移出候选人名单。</translation>
    </message>
    <message>
        <source>A re-vote is among the tied only: its ballots have no write-ins. A name written in does not count.</source>
        <translation>重新投票只在票数相等的候选人之间进行，选票不设另选栏，另写的姓名不计票。</translation>
    </message>
    <message>
        <source>The same name is written in twice: enter it once.</source>
        <translation>同一姓名另选了两次：请只录入一次。</translation>
    </message>
    <message>
        <source>That mark is not used on this ballot.</source>
        <translation>此类选票不使用该符号。</translation>
    </message>
    <message>
        <source>{name} is on the ballot: count the mark in {name}&apos;s row, not as a write-in.</source>
        <translation>{name}是正式候选人：请在{name}一行计票，不作为另选他人。</translation>
    </message>
    <message>
        <source>being set up</source>
        <translation>筹备</translation>
    </message>
    <message>
        <source>open for voting</source>
        <translation>投票进行</translation>
    </message>
    <message>
        <source>being counted</source>
        <translation>计票进行</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>void</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>VoteSetupDialog</name>
    <message>
        <source>Set up a vote</source>
        <translation>新建投票</translation>
    </message>
    <message>
        <source>Vote setup</source>
        <translation>投票设置</translation>
    </message>
    <message>
        <source>e.g. 选举第三届工会委员会委员</source>
        <translation>例如：选举第三届工会委员会委员</translation>
    </message>
    <message>
        <source>e.g. 第三届会员代表大会第一次会议</source>
        <translation>例如：第三届会员代表大会第一次会议</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>无记名投票</translation>
    </message>
    <message>
        <source>By surname strokes (姓氏笔画)</source>
        <translation>按姓氏笔画</translation>
    </message>
    <message>
        <source>By pinyin</source>
        <translation>按拼音</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>按录入顺序</translation>
    </message>
    <message>
        <source>One per line: a name (or an item), optionally | a note such as the department</source>
        <translation>每行一个：姓名（或事项），可加“|”和备注，如所在部门</translation>
    </message>
    <message>
        <source>All members in good standing</source>
        <translation>全体在册会员</translation>
    </message>
    <message>
        <source>Members of a department</source>
        <translation>某一部门的会员</translation>
    </message>
    <message>
        <source>A named list (delegates)</source>
        <translation>代表名单</translation>
    </message>
    <message>
        <source>Choose delegates…</source>
        <translation>选择代表…</translation>
    </message>
    <message>
        <source>Ballot by ballot (teller screen)</source>
        <translation>逐张录入（计票录入界面）</translation>
    </message>
    <message>
        <source>Totals counted by hand</source>
        <translation>人工计票，录入总数</translation>
    </message>
    <message>
        <source>Double entry: a second teller enters the same ballots</source>
        <translation>双人录入：第二计票人再录入一遍同样的选票</translation>
    </message>
    <message>
        <source>Hide the running count until counting is closed</source>
        <translation>计票结束前不显示票数</translation>
    </message>
    <message>
        <source>Matter voted on</source>
        <translation>表决事项</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>应选名额</translation>
    </message>
    <message>
        <source>Ballot order</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>Candidates / items</source>
        <translation>候选人/事项</translation>
    </message>
    <message>
        <source>Electorate</source>
        <translation>选举人</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>计票方式</translation>
    </message>
    <message>
        <source>Chief scrutineer</source>
        <translation>总监票人</translation>
    </message>
    <message>
        <source>Scrutineers</source>
        <translation>监票人</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>计票人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose up to</source>
        <translation>限选名额</translation>
    </message>
    <message>
        <source>Seats (应选)</source>
        <translation>应选名额</translation>
    </message>
    <message>
        <source>Choose delegates… ({n})</source>
        <translation>选择代表…（{n}）</translation>
    </message>
</context>
<context>
    <name>VoteStatus</name>
    <message>
        <source>Setting up</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票中</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>计票中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>计票结束</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>re-vote among the tied</source>
        <translation>对票数相等者重新投票</translation>
    </message>
    <message>
        <source>another round for unfilled seats</source>
        <translation>对未满名额另行选举</translation>
    </message>
    <message>
        <source>rerun of a void vote</source>
        <translation>无效投票重新进行</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>更正</translation>
    </message>
</context>
<context>
    <name>VotesPane</name>
    <message>
        <source>Votes</source>
        <translation>选举与表决</translation>
    </message>
    <message>
        <source>New vote…</source>
        <translation>新建投票…</translation>
    </message>
    <message>
        <source>Setup…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Presence…</source>
        <translation>实到人数…</translation>
    </message>
    <message>
        <source>Open voting</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <source>Issued / returned…</source>
        <translation>发出/收回票数…</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>计票</translation>
    </message>
    <message>
        <source>Tellers…</source>
        <translation>计票人…</translation>
    </message>
    <message>
        <source>Teller screen…</source>
        <translation>计票录入…</translation>
    </message>
    <message>
        <source>Totals…</source>
        <translation>录入总数…</translation>
    </message>
    <message>
        <source>Compare tellers</source>
        <translation>核对两人录入</translation>
    </message>
    <message>
        <source>Close counting</source>
        <translation>结束计票</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>新一轮…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Ballots…</source>
        <translation>选票…</translation>
    </message>
    <message>
        <source>Electorate sign-in sheet…</source>
        <translation>选举人签到表…</translation>
    </message>
    <message>
        <source>Result report (计票结果报告单)…</source>
        <translation>计票结果报告单…</translation>
    </message>
    <message>
        <source>Announcement…</source>
        <translation>结果公告…</translation>
    </message>
    <message>
        <source>Whole paper trail for the archive…</source>
        <translation>全套选举材料（存档）…</translation>
    </message>
    <message>
        <source>No votes yet. “New vote…” sets up an election, a motion or a selection under the rules of the union: candidates, electorate, ballots, counting.</source>
        <translation>还没有选举或表决。点“新建投票…”按工会规则设置选举、表决或评选：候选人、选举人、选票、计票。</translation>
    </message>
    <message>
        <source>No vote yet. Start with New vote…</source>
        <translation>还没有投票。请点击“新建投票…”开始。</translation>
    </message>
    <message>
        <source>Counting: {n} of {returned} ballots entered. The count is hidden until counting is closed.</source>
        <translation>计票中：已录入 {n} 张（共 {returned} 张）。计票结束前不显示票数。</translation>
    </message>
    <message>
        <source>Secret vote of fewer than 5 voters: the numbers are not shown.</source>
        <translation>无记名投票人数少于5人：不显示票数明细。</translation>
    </message>
    <message>
        <source>Running count (counting is not closed).</source>
        <translation>计票过程（计票尚未结束）。</translation>
    </message>
    <message>
        <source>Round {n} follows: {status}.</source>
        <translation>已有第 {n} 轮：{status}。</translation>
    </message>
    <message>
        <source>round {n}: {reason}</source>
        <translation>第 {n} 轮：{reason}</translation>
    </message>
    <message>
        <source>{seats} seats, {n} candidates</source>
        <translation>应选 {seats} 名，候选人 {n} 名</translation>
    </message>
    <message>
        <source> (at least {m} needed)</source>
        <translation>（至少需 {m} 名）</translation>
    </message>
    <message>
        <source>choose up to {seats} of {n}</source>
        <translation>{n} 人中限选 {seats} 名</translation>
    </message>
    <message>
        <source>{n} items, item by item</source>
        <translation>{n} 项，逐项表决</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>无记名</translation>
    </message>
    <message>
        <source>named</source>
        <translation>记名</translation>
    </message>
    <message>
        <source>{rule}: {threshold} of {base}</source>
        <translation>{rule}：{base}的{threshold}</translation>
    </message>
    <message>
        <source> = at least {n} votes</source>
        <translation>，即至少 {n} 票</translation>
    </message>
    <message>
        <source>Quorum: {quorum} (at least {n} present)</source>
        <translation>法定人数：{quorum}（至少 {n} 人）</translation>
    </message>
    <message>
        <source>all members in good standing</source>
        <translation>全体在册会员</translation>
    </message>
    <message>
        <source>members of {dept}</source>
        <translation>{dept}会员</translation>
    </message>
    <message>
        <source>named list</source>
        <translation>代表名单</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>not yet frozen</source>
        <translation>尚未冻结</translation>
    </message>
    <message>
        <source>Electorate: {who}, {n} due, fingerprint {fp} ({frozen})</source>
        <translation>选举人：{who}，应到 {n} 人，校验码 {fp}（{frozen}）</translation>
    </message>
    <message>
        <source>Present {present} · printed {printed} · issued {issued} · returned {returned} · entered {entered}</source>
        <translation>实到 {present} · 印制 {printed} · 发出 {issued} · 收回 {returned} · 已录入 {entered}</translation>
    </message>
    <message>
        <source>Tellers: {names}</source>
        <translation>计票人：{names}</translation>
    </message>
    <message>
        <source>{seats} seats: a union of {members} members in good standing elects a committee of {fewest} to {most} (工会基层组织选举工作条例). Check the seats, or keep the parent union&apos;s approval with the papers.</source>
        <translation>应选 {seats} 名：在册会员 {members} 人的工会，委员会委员名额为 {fewest} 至 {most} 名（《工会基层组织选举工作条例》）。请核对名额，或将上级工会的批复与选举材料一并存档。</translation>
    </message>
    <message>
        <source>Spoiled and exchanged {spoiled} · unused destroyed {destroyed}</source>
        <translation>写错换票 {spoiled} · 未用销毁 {destroyed}</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>删除投票</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot;?</source>
        <translation>删除“{title}”？</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>实到人数</translation>
    </message>
    <message>
        <source>Present (实到), counted from the sign-in sheet; {due} due, at least {needed} for a quorum:</source>
        <translation>实到人数（根据签到表清点）；应到 {due} 人，达到法定人数至少需 {needed} 人：</translation>
    </message>
    <message>
        <source>Open voting? The electorate ({n} due) is frozen now and the setup can no longer be changed.</source>
        <translation>开始投票？选举人名单（应到 {n} 人）将被冻结，设置不能再修改。</translation>
    </message>
    <message>
        <source>Vote void</source>
        <translation>投票无效</translation>
    </message>
    <message>
        <source>More ballots were returned than issued: the whole vote is VOID and must be held again. Use New round… to set up the rerun.</source>
        <translation>收回票数多于发出票数：本次投票全部无效，须重新投票。请用“新一轮…”安排重新投票。</translation>
    </message>
    <message>
        <source>Teller screen</source>
        <translation>计票录入</translation>
    </message>
    <message>
        <source>Which teller are you?</source>
        <translation>您是哪一位计票人？</translation>
    </message>
    <message>
        <source>Teller 1</source>
        <translation>计票人一</translation>
    </message>
    <message>
        <source>Teller 2</source>
        <translation>计票人二</translation>
    </message>
    <message>
        <source>The two tellers agree on all {n} ballots entered by both.</source>
        <translation>两人都录入的 {n} 张选票全部一致。</translation>
    </message>
    <message>
        <source>Ballot {n}: entered by one teller only</source>
        <translation>第 {n} 张：只有一人录入</translation>
    </message>
    <message>
        <source>valid or not</source>
        <translation>是否有效</translation>
    </message>
    <message>
        <source>write-ins</source>
        <translation>另选他人</translation>
    </message>
    <message>
        <source>Ballot {n}: {what}</source>
        <translation>第 {n} 张：{what}</translation>
    </message>
    <message>
        <source>The tellers disagree on {n} ballots (numbered in the order entered):</source>
        <translation>两名计票人有 {n} 张选票录入不一致（按录入顺序编号）：</translation>
    </message>
    <message>
        <source>Close counting? The result is then fixed; a correction is a new round.</source>
        <translation>结束计票？结果将固定，更正须另行一轮投票。</translation>
    </message>
    <message>
        <source>Publish the result? It can no longer be changed.</source>
        <translation>公布结果？公布后不能再修改。</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>新一轮</translation>
    </message>
    <message>
        <source>This vote needs no further round. Start a correction round (the same candidates, voted again)?</source>
        <translation>该投票不需要再进行一轮。是否开始更正轮次（同样的候选人重新投票）？</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>另行选举</translation>
    </message>
    <message>
        <source>Another round (另行选举) for {seats} seat(s). Do the union&apos;s election rules hold it as a competitive election (差额, more candidates than seats)? Answer No for 等额 (as many candidates as seats allowed).</source>
        <translation>对 {seats} 个名额另行选举。按本工会选举办法，是否实行差额选举（候选人多于应选人数）？选“否”则为等额选举（候选人可与应选人数相等）。</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>选票</translation>
    </message>
    <message>
        <source>How many ballots? (printed so far: {n}; each print run is counted)</source>
        <translation>印制多少张选票？（已印制 {n} 张；每次印制都计数）</translation>
    </message>
    <message>
        <source>Electorate sign-in sheet</source>
        <translation>选举人签到表</translation>
    </message>
    <message>
        <source>Result report</source>
        <translation>计票结果报告单</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>结果公告</translation>
    </message>
    <message>
        <source>Paper trail</source>
        <translation>选举材料</translation>
    </message>
</context>
<context>
    <name>WageDialog</name>
    <message>
        <source>Wage base for dues</source>
        <translation>会费工资基数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>月工资</translation>
    </message>
    <message>
        <source>Dues base</source>
        <translation>会费基数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. 5678.90</source>
        <translation>例如 5678.90</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Monthly wage (yuan):</source>
        <translation>月工资（元）：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save wage</source>
        <translation>保存工资</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Base {base} × {rate}% = {dues} yuan a month</source>
        <translation>基数 {base} × {rate}% = 每月 {dues} 元</translation>
    </message>
    <message>
        <source>Remove the wage {wage} from {date}? The dues owed are computed again.</source>
        <translation>删除 {date} 起的工资 {wage}？应缴会费将重新计算。</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Payroll deduction sheet</source>
        <translation>工资代扣会费表</translation>
    </message>
    <message>
        <source>The sheet from the finance office: one line per person with the dues deducted. Columns such as 姓名, 部门, 身份证号, 会员卡号 and 代扣会费 are recognised.</source>
        <translation>财务部门提供的表格：每人一行，含代扣的会费。可识别“姓名、部门、身份证号、会员卡号、代扣会费”等列。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Month paid for:</source>
        <translation>所缴月份：</translation>
    </message>
    <message>
        <source>Deducted on:</source>
        <translation>代扣日期：</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
</context>
<context>
    <name>_MatchPage</name>
    <message>
        <source>Check the matches</source>
        <translation>核对匹配结果</translation>
    </message>
    <message>
        <source>Every line is shown with the member it was matched to and how. Untick a wrong match; choose the member where several are possible. Lines with no member are left out and listed.</source>
        <translation>每一行都显示匹配到的会员及匹配方式。匹配错误的请取消勾选；有多个可能的请选择会员。找不到会员的行不会登记，并在此列出。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name on sheet</source>
        <translation>表中姓名</translation>
    </message>
    <message>
        <source>Department on sheet</source>
        <translation>表中部门</translation>
    </message>
    <message>
        <source>ID / card</source>
        <translation>证件/卡号</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>代扣金额</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Not recorded: </source>
        <translation>不登记：</translation>
    </message>
    <message>
        <source>{matched} lines matched, {ambiguous} to choose, {unmatched} with no member, {invalid} unreadable (file {file}, sheet {sheet}).</source>
        <translation>已匹配 {matched} 行，待选择 {ambiguous} 行，无对应会员 {unmatched} 行，无法读取 {invalid} 行（文件 {file}，工作表 {sheet}）。</translation>
    </message>
</context>
<context>
    <name>pane</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export to the parent union&apos;s form</source>
        <translation>导出上级工会统计表</translation>
    </message>
    <message>
        <source>Statistics profile file</source>
        <translation>统计表格式文件</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>格式文件 (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Print the yearly report</source>
        <translation>打印年度统计附表</translation>
    </message>
    <message>
        <source>Yearly figures {date}</source>
        <translation>年度统计附表 {date}</translation>
    </message>
</context>
</TS>

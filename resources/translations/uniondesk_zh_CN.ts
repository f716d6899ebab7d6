<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message>
        <source>{path} could not be written ({reason}). If the file is open in Excel or WPS, close it; or choose another folder.</source>
        <translation>无法写入 {path}（{reason}）。如果该文件正在 Excel 或 WPS 中打开，请先关闭；或者换一个文件夹。</translation>
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
        <source>Field</source>
        <translation>字段</translation>
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
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Backups made with “Back up now” and the copies made before a restore are never deleted automatically. Keep the USB stick somewhere other than the PC.</source>
        <translation>用“立即备份”生成的备份和恢复前生成的备份不会被自动删除。U 盘请与电脑分开存放。</translation>
    </message>
    <message>
        <source>This database is on a server. Back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>该数据库位于服务器上，请使用服务器自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}. UnionDesk backs up by itself when it closes, once a day, before an import, a bulk change, a program update or a restore; each backup is checked after it is written.</source>
        <translation>备份保存在 {folder}。工会工作台会在关闭时、每天一次，以及导入、批量修改、程序更新和恢复之前自动备份；每份备份写入后都会进行校验。</translation>
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
        <source>This database is on a server ({location}); back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>该数据库位于服务器上（{location}），请使用服务器自带的工具（pg_dump）备份。</translation>
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
        <source>This database is on a server ({location}); restore it with the server&apos;s own tools.</source>
        <translation>该数据库位于服务器上（{location}），请使用服务器自带的工具恢复。</translation>
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
        <source>Backed up {count} members (checked, {size}) to {path}</source>
        <translation>已将 {count} 名会员备份到 {path}（已校验，{size}）</translation>
    </message>
    <message>
        <source>{count} members written to {path}.</source>
        <translation>已将 {count} 名会员写入 {path}。</translation>
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
        <source>{file}, sheet “{sheet}”, header on row {row}: {imported} new, {updated} updated, {skipped} already registered, {rejected} rows rejected.</source>
        <translation>{file}，工作表“{sheet}”，表头在第 {row} 行：新增 {imported} 名，更新 {updated} 名，已登记而跳过 {skipped} 名，未通过 {rejected} 行。</translation>
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
        <source>Restoring replaces the database. Run it in a terminal to confirm, or add --yes.</source>
        <translation>恢复会替换整个数据库。请在终端中运行以便确认，或加上 --yes。</translation>
    </message>
    <message>
        <source>Replace the database with this backup? The current state is backed up first. [y/N]</source>
        <translation>用这份备份替换数据库吗？替换前会先备份当前状态。[y/N]</translation>
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
        <source>Spreadsheets</source>
        <translation>电子表格</translation>
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
        <source>“{value}” is not a known value; use a code or a name from the list ({choices} …).</source>
        <translation>“{value}”不是可识别的值，请填写列表中的代码或名称（{choices} …）。</translation>
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
        <source>{value} could be January or October: the cell is a number, which drops the last 0. Write the month as 2019-01 or 2019-10.</source>
        <translation>{value} 可能是 1 月，也可能是 10 月：该单元格是数字，末尾的 0 被去掉了。请把月份写成 2019-01 或 2019-10。</translation>
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
        <source>Why the row was not imported</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <source>Row {first} has the same ID number. A person is imported once: delete one of the two rows, or correct the number.</source>
        <translation>与第 {first} 行的证件号码相同。同一人只能导入一次：请删除其中一行，或更正号码。</translation>
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
    <message>
        <source>UnionDesk {version}
The office program of a grassroots trade union: members, and the paperwork around them.</source>
        <translation>工会工作台 {version}
基层工会办公程序：管理会员，办理与会员有关的各项文书工作。</translation>
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
        <source>One paragraph a line. Start a line with # for 一、, ## for (一), ### for 1. and #### for (1): they are numbered for you.</source>
        <translation>每行一段。行首加 # 表示“一、”，## 表示“（一）”，### 表示“1.”，#### 表示“（1）”，程序会自动编号。</translation>
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
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
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
        <source>Could not save {path}: {reason}. Choose another folder or file name.</source>
        <translation>无法保存 {path}：{reason}。请换一个文件夹或文件名。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
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
        <source>Save rejected rows…</source>
        <translation>保存未通过的行…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>{new} new members, {updates} registered members to update, {unchanged} already registered and left as they are, {rejected} rows rejected, {warnings} warnings. Rejected rows are not imported; fix them in the file and import it again.</source>
        <translation>新会员 {new} 名，需更新的已登记会员 {updates} 名，已登记且保持不变的 {unchanged} 名，未通过的行 {rejected} 行，提醒 {warnings} 条。未通过的行不会导入，请在文件中改正后重新导入。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存未通过的行</translation>
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
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>{created} members added and {updated} updated; {skipped} already registered were left as they were. The import is in the import history, where it can be undone as a whole.</source>
        <translation>已新增 {created} 名会员，更新 {updated} 名；{skipped} 名已登记的会员保持不变。本次导入已记入导入记录，可在那里整体撤销。</translation>
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
    <message>
        <source>Cannot create {path} ({error}). Check that you may write to the database folder.</source>
        <translation>无法创建 {path}（{error}）。请检查您是否有权在数据库所在文件夹中写入。</translation>
    </message>
    <message>
        <source>The database {path} is already open in another UnionDesk window. Close that window first, then start UnionDesk again.</source>
        <translation>数据库 {path} 已在另一个工会工作台窗口中打开。请先关闭那个窗口，再重新启动工会工作台。</translation>
    </message>
    <message>
        <source>The database {path} is already open in another UnionDesk window on this PC (user {user}, since {since}). Switch to that window, or close it and start UnionDesk again.</source>
        <translation>数据库 {path} 已在本机另一个工会工作台窗口中打开（用户 {user}，自 {since} 起）。请切换到那个窗口，或将其关闭后重新启动工会工作台。</translation>
    </message>
    <message>
        <source>The database {path} is in use by UnionDesk on the PC &quot;{host}&quot; (user {user}, since {since}). Close UnionDesk on that PC first, then try again here.</source>
        <translation>数据库 {path} 正由电脑“{host}”上的工会工作台使用（用户 {user}，自 {since} 起）。请先关闭那台电脑上的工会工作台，再在这里重试。</translation>
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
</TS>

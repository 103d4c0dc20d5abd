<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdminCli</name>
    <message>
        <source>Usage: hrdesk-admin COMMAND [options]</source>
        <translation>用法：hrdesk-admin 命令 [选项]</translation>
    </message>
    <message>
        <source>Administers HR Desk databases.</source>
        <translation>管理 HR Desk 数据库。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Every command takes --db PATH, and --passphrase-file FILE or --recovery-key-file FILE when the key is not in the OS keychain. &quot;hrdesk-admin COMMAND --help&quot; describes a command.</source>
        <translation>每个命令都需要 --db 路径；当密钥不在操作系统钥匙串中时，还需要 --passphrase-file 文件或 --recovery-key-file 文件。“hrdesk-admin 命令 --help”可查看命令说明。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>Try &quot;hrdesk-admin %1 --help&quot;.</source>
        <translation>请运行“hrdesk-admin %1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
</context>
<context>
    <name>ArchiveControls</name>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>显示已归档(&amp;H)</translation>
    </message>
    <message>
        <source>Archi&amp;ve…</source>
        <translation>归档(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Lists the archived records instead of the live ones</source>
        <translation>列出已归档的记录，而不是在用的记录</translation>
    </message>
    <message>
        <source>Takes the record out of the lists; nothing is deleted and it can be restored</source>
        <translation>将记录移出列表；不会删除任何内容，之后可以恢复</translation>
    </message>
    <message>
        <source>Brings the archived record back into the lists</source>
        <translation>将已归档的记录恢复到列表中</translation>
    </message>
    <message>
        <source>%1 is archived. &lt;a href=&quot;#undo&quot;&gt;Undo&lt;/a&gt;</source>
        <translation>%1 已归档。&lt;a href=&quot;#undo&quot;&gt;撤销&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 is restored and back in the list.</source>
        <translation>%1 已恢复，重新回到列表中。</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Archive — %1</source>
        <translation>归档 — %1</translation>
    </message>
    <message>
        <source>Required, e.g. entered twice by mistake</source>
        <translation>必填，例如：重复录入</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>%1&apos;s file leaves the staff list and the search; contracts and documents stay with it. Nothing is deleted: &quot;Show archived&quot; lists it and Restore brings it back.</source>
        <translation>%1 的档案将移出员工列表和搜索结果，劳动合同和附件随档案保留。不会删除任何内容：勾选“显示已归档”可以看到它，点“恢复”即可恢复。</translation>
    </message>
    <message>
        <source>%1 leaves the customer list and the search, with its contacts, follow-ups, deals and contracts. Nothing is deleted: &quot;Show archived&quot; lists it and Restore brings it back.</source>
        <translation>%1 将移出客户列表和搜索结果，其联系人、跟进记录、商机和合同一并隐藏。不会删除任何内容：勾选“显示已归档”可以看到它，点“恢复”即可恢复。</translation>
    </message>
    <message>
        <source>The contact %1 leaves the customer&apos;s contacts; their mobile no longer finds the customer. &quot;Show archived&quot; lists it and Restore brings it back.</source>
        <translation>联系人 %1 将移出该客户的联系人列表，按其手机号也不再能搜到该客户。勾选“显示已归档”可以看到它，点“恢复”即可恢复。</translation>
    </message>
    <message>
        <source>The follow-up &quot;%1&quot; leaves the customer&apos;s follow-ups. &quot;Show archived&quot; lists it and Restore brings it back.</source>
        <translation>跟进记录“%1”将移出该客户的跟进记录。勾选“显示已归档”可以看到它，点“恢复”即可恢复。</translation>
    </message>
    <message>
        <source>The file %1 leaves the documents and can no longer be opened or saved. &quot;Show archived&quot; lists it and Restore brings it back.</source>
        <translation>附件 %1 将移出附件列表，不能再打开或另存。勾选“显示已归档”可以看到它，点“恢复”即可恢复。</translation>
    </message>
    <message>
        <source>Please say why it is archived: the reason is kept in the audit log.</source>
        <translation>请填写归档原因：原因会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ArchiveService</name>
    <message>
        <source>Please say why the record is archived: the reason is kept in the audit log.</source>
        <translation>请填写归档原因：原因会记入审计日志。</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; please shorten it to %2.</source>
        <translation>原因有 %1 个字，请缩短到 %2 个字以内。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>%1 is already archived.</source>
        <translation>%1 已经归档。</translation>
    </message>
    <message>
        <source>%1 is not archived; there is nothing to restore.</source>
        <translation>%1 未归档，无需恢复。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it (version %2, now %3). Reload the list and try again.</source>
        <translation>在您打开之后，%1 已被他人修改（版本 %2，现为 %3）。请刷新列表后重试。</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>Cannot archive %1: %2</source>
        <translation>无法归档 %1：%2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload the list and try again.</source>
        <translation>%1 刚刚被他人修改，请刷新列表后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still owns %n customer(s). Change the owner of these customers first, then archive %1.</source>
        <translation>
            <numerusform>%1 仍负责 %n 个客户。请先为这些客户更换负责人，再归档 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore %1: the employee number %2 is now used by %3. Change that file first.</source>
        <translation>无法恢复 %1：工号 %2 现已被 %3 使用。请先修改该档案。</translation>
    </message>
    <message>
        <source>Cannot restore %1: the same ID number is now in the file of %2 (employee number %3). Archive or correct that file first.</source>
        <translation>无法恢复 %1：相同的证件号码现已在 %2（工号 %3）的档案中。请先归档或更正该档案。</translation>
    </message>
    <message>
        <source>Cannot restore %1: the unified social credit code %2 is now used by %3. Archive or correct that customer first.</source>
        <translation>无法恢复 %1：统一社会信用代码 %2 现已被 %3 使用。请先归档或更正该客户。</translation>
    </message>
    <message>
        <source>Cannot restore %1: its owner %2 is archived. Restore %2 first.</source>
        <translation>无法恢复 %1：其负责人 %2 已归档。请先恢复 %2。</translation>
    </message>
    <message>
        <source>Cannot restore %1: the customer %2 is archived. Restore the customer first.</source>
        <translation>无法恢复 %1：所属客户 %2 已归档。请先恢复该客户。</translation>
    </message>
    <message>
        <source>Cannot restore %1: the record it is attached to is archived. Restore that record first.</source>
        <translation>无法恢复 %1：它所属的记录已归档。请先恢复该记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) report to %1. Give them another manager first, then archive %1.</source>
        <translation>
            <numerusform>有 %n 名员工的直属上级是%1。请先为他们指定其他上级，再归档%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore %1: the manager %2 is archived. Restore %2 or give %1 another manager first.</source>
        <translation>无法恢复%1：其上级%2已归档。请先恢复%2，或为%1指定其他上级。</translation>
    </message>
</context>
<context>
    <name>AuditActionNames</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>event %1 does not follow the event before it (the chain is broken)</source>
        <translation>事件 %1 与前一事件衔接不上（哈希链已断开）</translation>
    </message>
    <message>
        <source>event %1 was altered after it was written (its hash does not match)</source>
        <translation>事件 %1 写入后被修改过（哈希值不符）</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Before:</source>
        <translation>操作前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>操作后：</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>AuditFieldNames</name>
    <message>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>demo, without password</source>
        <translation>演示免密登录</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every change and sign-in on this desk, newest first. Events are hash-chained: a changed or deleted event breaks the chain.</source>
        <translation>本机上的每一次变更和登录，最新的在最前。事件以哈希链相连：任何事件被修改或删除都会使链条断开。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events checked.</source>
        <translation>审计哈希链完整：已校验 %1 条事件。</translation>
    </message>
    <message>
        <source>The audit chain is broken at event %1: %2</source>
        <translation>审计哈希链在事件 %1 处断开：%2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The backup file to create.</source>
        <translation>要创建的备份文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Missing --out FILE: where should the backup go?</source>
        <translation>缺少 --out 文件：备份要保存到哪里？</translation>
    </message>
    <message>
        <source>The backup %1 was written but does not open: %2</source>
        <translation>备份 %1 已写出，但无法打开：%2</translation>
    </message>
    <message>
        <source>The backup %1 fails its integrity check: %2</source>
        <translation>备份 %1 未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2), verified: it opens with the same key and passes the integrity check; %3 employees, %4 customers, %5 audit events.</source>
        <translation>备份已写入 %1（%2）并通过校验：可用相同密钥打开，完整性检查通过；含 %3 名员工、%4 个客户、%5 条审计事件。</translation>
    </message>
    <message>
        <source>Writes a consistent encrypted copy of the database (safe while HR Desk has it open) with the same key, copies the key information beside it, then opens the copy to verify it. Restored with &quot;restore&quot;, the copy gets a device identity of its own.</source>
        <translation>写出数据库的一致性加密副本（HR Desk 打开数据库时也可安全进行），密钥与原库相同；把密钥信息复制到副本旁边，然后打开副本加以校验。用“restore”恢复后，副本会获得自己的设备身份。</translation>
    </message>
</context>
<context>
    <name>BulkForeignKeyCheck</name>
    <message>
        <source>Cannot check the references between the written rows: %1</source>
        <translation>无法检查已写入各行之间的引用关系：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a row of table %3 that does not exist.</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的行。</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>Cannot write rows: the database is not an open HR Desk database.</source>
        <translation>无法写入数据行：数据库不是已打开的 HR Desk 数据库。</translation>
    </message>
    <message>
        <source>Cannot prepare the insert: %1</source>
        <translation>无法准备插入语句：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the insert: the statement is empty.</source>
        <translation>无法准备插入语句：语句为空。</translation>
    </message>
    <message>
        <source>Cannot prepare the insert: it holds more than one statement.</source>
        <translation>无法准备插入语句：其中包含多条语句。</translation>
    </message>
    <message>
        <source>Cannot write rows: the insert was not prepared.</source>
        <translation>无法写入数据行：插入语句尚未准备好。</translation>
    </message>
    <message>
        <source>Cannot bind value %1 of the insert: %2</source>
        <translation>无法绑定插入语句的第 %1 个值：%2</translation>
    </message>
    <message>
        <source>Cannot write a row: %1</source>
        <translation>无法写入数据行：%1</translation>
    </message>
    <message>
        <source>Cannot write rows: the insert has %1 values, the rows %2.</source>
        <translation>无法写入数据行：插入语句有 %1 个值，数据行有 %2 个。</translation>
    </message>
    <message>
        <source>Cannot bind value %1 of the insert: it has %2 values.</source>
        <translation>无法绑定插入语句的第 %1 个值：该语句只有 %2 个值。</translation>
    </message>
</context>
<context>
    <name>ChangeOwnerDialog</name>
    <message>
        <source>Change owner</source>
        <translation>变更负责人</translation>
    </message>
    <message>
        <source>Change owner — %1</source>
        <translation>变更负责人 — %1</translation>
    </message>
    <message>
        <source>Required, e.g. territory reassigned</source>
        <translation>必填，例如：销售区域调整</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Current owner:</source>
        <translation>当前负责人：</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>新负责人：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Please enter the employee number of the new owner.</source>
        <translation>请输入新负责人的工号。</translation>
    </message>
    <message>
        <source>Please say why the owner changes: the reason is kept in the ownership history.</source>
        <translation>请说明变更负责人的原因：原因会保存在负责人变更记录中。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks a database: SQLite integrity, SQLCipher page integrity, the audit hash chain and its append-only triggers, and the schema version. Exits with 0 only when everything is in order.</source>
        <translation>检查数据库：SQLite 完整性、SQLCipher 页面完整性、审计哈希链及其只追加触发器、数据库结构版本。只有全部正常时才以 0 退出。</translation>
    </message>
    <message>
        <source>[ ok ]</source>
        <translation>[正常]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[失败]</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>SQLCipher: %1</source>
        <translation>SQLCipher：%1</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（最新）</translation>
    </message>
    <message>
        <source>%1, this program expects %2</source>
        <translation>%1，本程序需要 %2</translation>
    </message>
    <message>
        <source>Integrity (integrity_check, cipher_integrity_check)</source>
        <translation>完整性（integrity_check、cipher_integrity_check）</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>Audit log append-only triggers</source>
        <translation>审计日志只追加触发器</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>%1 of 2 present: the audit log could have been edited</source>
        <translation>2 个中只有 %1 个存在：审计日志可能被编辑过</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>审计哈希链</translation>
    </message>
    <message>
        <source>%1 events, every hash matches</source>
        <translation>%1 条事件，哈希值全部吻合</translation>
    </message>
    <message>
        <source>broken at event %1 of %2: %3</source>
        <translation>在第 %1 条事件处断开（共 %2 条）：%3</translation>
    </message>
    <message>
        <source>Result: all checks passed.</source>
        <translation>结果：所有检查均通过。</translation>
    </message>
    <message>
        <source>Result: PROBLEMS FOUND.</source>
        <translation>结果：发现问题！</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The file has no column for: %1. Add a column with one of these headers, or choose which column holds it.</source>
        <translation>文件中缺少以下字段的列：%1。请添加一列并使用上述表头之一，或指定由哪一列提供该字段。</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>The database is busy; try again. (%1)</source>
        <translation>数据库正忙，请稍后重试。（%1）</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>Internal error: command %1 declared no audit event.</source>
        <translation>内部错误：命令 %1 未声明审计事件。</translation>
    </message>
    <message>
        <source>Cannot record the change for synchronisation: %1</source>
        <translation>无法记录待同步的变更：%1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>无法保存变更：%1</translation>
    </message>
    <message>
        <source>Cannot record the event for synchronisation: %1</source>
        <translation>无法记录待同步的事件：%1</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a passphrase or key file.</source>
        <translation>%1 太大，不可能是口令文件或密钥文件。</translation>
    </message>
    <message>
        <source>The first line of %1 is empty.</source>
        <translation>%1 的第一行是空的。</translation>
    </message>
    <message>
        <source>%1 contains no recovery key.</source>
        <translation>%1 中没有恢复密钥。</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>No end date (open-ended)</source>
        <translation>无终止日期（无固定期限）</translation>
    </message>
    <message>
        <source>Contract number:</source>
        <translation>合同编号：</translation>
    </message>
    <message>
        <source>Renew contract</source>
        <translation>续签合同</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>合同类型：</translation>
    </message>
    <message>
        <source>Starts (day after the old end):</source>
        <translation>起始日期（原合同到期次日）：</translation>
    </message>
    <message>
        <source>New labour contract</source>
        <translation>新建劳动合同</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>终止日期：</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <source>Correct contract</source>
        <translation>更正合同</translation>
    </message>
    <message>
        <source>End contract early</source>
        <translation>提前解除合同</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>解除日期：</translation>
    </message>
    <message>
        <source>e.g. mutual agreement, resignation, dismissal</source>
        <translation>例如：协商一致解除、员工辞职、单位解除</translation>
    </message>
    <message>
        <source>e.g. number mistyped when the contract was entered</source>
        <translation>例如：录入合同时编号输错</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>Cannot save the labour contract: %1</source>
        <translation>无法保存劳动合同：%1</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>固定期限</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>Per task</source>
        <translation>以完成一定工作任务为期限</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Labour dispatch</source>
        <translation>劳务派遣</translation>
    </message>
    <message>
        <source>A contract belongs to an employee; choose one.</source>
        <translation>合同必须属于某位员工，请选择员工。</translation>
    </message>
    <message>
        <source>Contract type &quot;%1&quot; is not one of fixed term, open-ended, per task, internship or labour dispatch.</source>
        <translation>合同类型“%1”无效，应为固定期限、无固定期限、以完成一定工作任务为期限、实习或劳务派遣之一。</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>请填写起始日期。</translation>
    </message>
    <message>
        <source>End date is required for a fixed-term contract.</source>
        <translation>固定期限合同必须填写终止日期。</translation>
    </message>
    <message>
        <source>An open-ended contract has no end date; clear End date (%1).</source>
        <translation>无固定期限合同没有终止日期，请清空终止日期（%1）。</translation>
    </message>
    <message>
        <source>End date (%1) must be after Start date (%2).</source>
        <translation>终止日期（%1）必须晚于起始日期（%2）。</translation>
    </message>
    <message>
        <source>Signing date (%1) cannot be after Start date (%2).</source>
        <translation>签订日期（%1）不能晚于起始日期（%2）。</translation>
    </message>
    <message>
        <source>Contract number is longer than 40 characters.</source>
        <translation>合同编号超过 40 个字符。</translation>
    </message>
    <message>
        <source>The employee of this contract does not exist.</source>
        <translation>该合同所属的员工不存在。</translation>
    </message>
    <message>
        <source>The contract to renew no longer exists.</source>
        <translation>要续签的合同已不存在。</translation>
    </message>
    <message>
        <source>This contract has no end date; there is nothing to renew.</source>
        <translation>该合同没有终止日期，无需续签。</translation>
    </message>
    <message>
        <source>This contract was already renewed by a contract starting on %1.</source>
        <translation>该合同已经续签，续签合同自 %1 起生效。</translation>
    </message>
    <message>
        <source>Give the reason: it is kept in the employee&apos;s history.</source>
        <translation>请填写原因：它会记入员工档案的履历。</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>原因超过 %1 个字符。</translation>
    </message>
    <message>
        <source>This contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this contract after you opened it. Reload it and try again.</source>
        <translation>您打开该合同后，其他人修改了它。请重新加载后再试。</translation>
    </message>
    <message>
        <source>This contract was ended early (%1); it cannot be renewed.</source>
        <translation>该合同已提前解除（%1），不能续签。</translation>
    </message>
    <message>
        <source>Enter the date the contract ends.</source>
        <translation>请填写合同解除日期。</translation>
    </message>
    <message>
        <source>This contract was already ended on %1.</source>
        <translation>该合同已于 %1 解除。</translation>
    </message>
    <message>
        <source>This contract was renewed: end the renewal instead.</source>
        <translation>该合同已续签：请解除续签后的合同。</translation>
    </message>
    <message>
        <source>The contract already ends on %1; an early end must be before that date.</source>
        <translation>该合同本来就在 %1 到期；提前解除的日期必须早于此日期。</translation>
    </message>
    <message>
        <source>This contract was ended early: its end date (%1) is required and cannot be before its start (%2).</source>
        <translation>该合同已提前解除：结束日期（%1）必须填写，且不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>A renewal starts the day after the contract it renews (%1); correct that contract&apos;s end instead.</source>
        <translation>续签合同从上一份合同结束的次日开始（%1）；请改为更正上一份合同的结束日期。</translation>
    </message>
    <message>
        <source>This contract was renewed and its renewal starts the day after its end; the end date cannot be corrected here.</source>
        <translation>该合同已续签，续签合同从其结束次日开始；此处不能更正结束日期。</translation>
    </message>
    <message>
        <source>Nothing was changed in this contract.</source>
        <translation>该合同没有任何改动。</translation>
    </message>
    <message>
        <source>The contract cannot end (%1) on or before the day it starts (%2).</source>
        <translation>合同的解除日期（%1）必须晚于开始日期（%2）。</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>&amp;Renew…</source>
        <translation>续签(&amp;R)…</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>已续签</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>第 %1 次续签</translation>
    </message>
    <message>
        <source>first</source>
        <translation>首次签订</translation>
    </message>
    <message>
        <source>&amp;End early…</source>
        <translation>提前解除(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>更正(&amp;O)…</translation>
    </message>
    <message>
        <source>Terminates the contract before its planned end, with the reason</source>
        <translation>在约定到期日前解除合同，并填写原因</translation>
    </message>
    <message>
        <source>Fixes a wrongly entered number, type or date, with the reason</source>
        <translation>更正录错的合同编号、类型或日期，并填写原因</translation>
    </message>
    <message>
        <source>ended early: %1</source>
        <translation>已提前解除：%1</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The credit code is empty.</source>
        <translation>统一社会信用代码为空。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters, not %1.</source>
        <translation>统一社会信用代码应为 18 位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot appear in a credit code (digits and capital letters except I, O, S, V, Z).</source>
        <translation>第 %1 位（“%2”）不能出现在统一社会信用代码中（只允许数字和除 I、O、S、V、Z 以外的大写字母）。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code and must be digits.</source>
        <translation>统一社会信用代码第 3 至 8 位是行政区划码，必须是数字。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation>校验码应为 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>CsvExportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not readable text (%2).</source>
        <translation>%1 不是可读取的文本（%2）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not readable %2 text after row %3: the encoding changes within the file. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 在第 %3 行之后不是可读取的 %2 文本：文件中途换了编码。请重新另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted value is not closed (a &quot; is missing).</source>
        <translation>%1 第 %2 行：引号中的值没有结束（缺少一个 &quot;）。</translation>
    </message>
</context>
<context>
    <name>CustomerActivityService</name>
    <message>
        <source>The customer of this record no longer exists.</source>
        <translation>该记录所属的客户已不存在。</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>无法保存联系人：%1</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this contact after you opened it. Reload it and try again.</source>
        <translation>您打开该联系人后，其他人修改了它。请重新加载后再试。</translation>
    </message>
    <message>
        <source>Say who followed up: choose an employee (your user is not linked to one).</source>
        <translation>请指定跟进人：您的账号没有关联员工，请选择一名员工。</translation>
    </message>
    <message>
        <source>The person who followed up is not a known employee.</source>
        <translation>跟进人不是系统中的员工。</translation>
    </message>
    <message>
        <source>Cannot save the follow-up: %1</source>
        <translation>无法保存跟进记录：%1</translation>
    </message>
    <message>
        <source>The owner of the deal is not a known employee.</source>
        <translation>商机负责人不是系统中的员工。</translation>
    </message>
    <message>
        <source>Cannot save the deal: %1</source>
        <translation>无法保存商机：%1</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>该商机已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this deal after you opened it. Reload it and try again.</source>
        <translation>您打开该商机后，其他人修改了它。请重新加载后再试。</translation>
    </message>
    <message>
        <source>The contract number %1 is already used by a contract of %2</source>
        <translation>合同编号 %1 已被 %2 的合同使用</translation>
    </message>
    <message>
        <source>The contract number %1 is already used by a contract of %2 (owner: %3)</source>
        <translation>合同编号 %1 已被 %2 的合同使用（负责人：%3）</translation>
    </message>
    <message>
        <source>The owner of the contract is not a known employee.</source>
        <translation>合同负责人不是系统中的员工。</translation>
    </message>
    <message>
        <source>Cannot save the sales contract: %1</source>
        <translation>无法保存销售合同：%1</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>该跟进记录已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this follow-up after you opened it. Reload it and try again.</source>
        <translation>您打开该跟进记录后，其他人修改了它。请重新加载后再试。</translation>
    </message>
    <message>
        <source>Say who followed up: choose an employee.</source>
        <translation>请选择跟进人（一名员工）。</translation>
    </message>
    <message>
        <source>Nothing was changed in this follow-up.</source>
        <translation>该跟进记录没有任何改动。</translation>
    </message>
</context>
<context>
    <name>CustomerActivityTabs</name>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Change stage or amount…</source>
        <translation>修改阶段或金额…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Sales contracts</source>
        <translation>销售合同</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进记录</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Change deal</source>
        <translation>修改商机</translation>
    </message>
    <message>
        <source>Yuan, e.g. 128,000.00</source>
        <translation>单位：元，例如 128,000.00</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct the chosen follow-up; the change is kept in the audit log</source>
        <translation>更正所选跟进记录；改动会记入审计日志</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（%2 前）</translation>
    </message>
    <message>
        <source>Correct follow-up</source>
        <translation>更正跟进记录</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原负责人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>变更负责人…</translation>
    </message>
    <message>
        <source>Ownership history</source>
        <translation>负责人变更记录</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>客户 — %1</translation>
    </message>
    <message>
        <source>0–100, empty when unknown</source>
        <translation>0–100，未知时留空</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <source>Shows the full number; each reveal is recorded in the audit log.</source>
        <translation>显示完整号码；每次显示都会记入审计日志。</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Use &quot;Change owner…&quot; on the ownership history tab.</source>
        <translation>请在“负责人变更记录”选项卡中使用“变更负责人…”。</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>客户已被修改</translation>
    </message>
    <message>
        <source>%1

Reload the customer as it is now stored? Your changes in this form will be lost.</source>
        <translation>%1

是否重新加载该客户当前保存的信息？您在此表单中所做的修改将会丢失。</translation>
    </message>
    <message>
        <source>Reloaded: the form shows the customer as it is now stored.</source>
        <translation>已重新加载：表单显示的是该客户当前保存的信息。</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标为红色的字段。</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>客户已创建</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>下一步截止日期</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation>A 类</translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation>B 类</translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation>C 类</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>customer status</comment>
        <translation>流失</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>deal stage</comment>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>%1: &quot;%2&quot; is not understood; write %3.</source>
        <translation>%1：无法识别“%2”，请填写%3。</translation>
    </message>
    <message>
        <source>企业 or 个人 (company or person)</source>
        <translation>“企业”或“个人”</translation>
    </message>
    <message>
        <source>重点, A, B or C</source>
        <translation>“重点”、“A”、“B”或“C”</translation>
    </message>
    <message>
        <source>潜在, 活跃, 休眠 or 流失</source>
        <translation>“潜在”、“活跃”、“休眠”或“流失”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>No employee has the employee number %1.</source>
        <translation>没有工号为 %1 的员工。</translation>
    </message>
    <message>
        <source>%1 (%2) has left the company and cannot own customers.</source>
        <translation>%1（%2）已离职，不能担任客户负责人。</translation>
    </message>
    <message>
        <source>The credit code %1 already belongs to the customer %2.</source>
        <translation>统一社会信用代码 %1 已属于客户 %2。</translation>
    </message>
    <message>
        <source>The credit code %1 is also in row %2 of this file.</source>
        <translation>统一社会信用代码 %1 在本文件第 %2 行中重复出现。</translation>
    </message>
    <message>
        <source>Row %1 (customer %2) cannot be saved: %3</source>
        <translation>第 %1 行（客户 %2）无法保存：%3</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>%1 archived customers</source>
        <translation>%1 个已归档客户</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>末页</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>Last page (%1)</source>
        <translation>末页（%1）</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>客户等级：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Owner filter: there is no employee with the employee number %1.</source>
        <translation>负责人筛选：没有工号为 %1 的员工。</translation>
    </message>
    <message>
        <source>The customer list could not be read: %1</source>
        <translation>无法读取客户列表：%1</translation>
    </message>
    <message>
        <source>Search by name, pinyin initials or full phone number</source>
        <translation>按名称、拼音首字母或完整电话号码搜索</translation>
    </message>
</context>
<context>
    <name>CustomerRecordValidator</name>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>请填写联系人姓名。</translation>
    </message>
    <message>
        <source>The contact&apos;s name is too long: %1 characters, at most %2.</source>
        <translation>联系人姓名太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The job title is too long: %1 characters, at most %2.</source>
        <translation>职务太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>Mobile number: %1</source>
        <translation>手机号：%1</translation>
    </message>
    <message>
        <source>The WeChat ID is too long: %1 characters, at most %2.</source>
        <translation>微信号太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address such as li.na@example.com.</source>
        <translation>“%1”不是有效的电子邮件地址（例如 li.na@example.com）。</translation>
    </message>
    <message>
        <source>The time of the follow-up is required.</source>
        <translation>请填写跟进时间。</translation>
    </message>
    <message>
        <source>The follow-up time %1 is in the future; record a follow-up after it happened.</source>
        <translation>跟进时间 %1 晚于现在；请在跟进发生之后再记录。</translation>
    </message>
    <message>
        <source>The channel must be visit, phone, WeChat, email, meeting or other, not &quot;%1&quot;.</source>
        <translation>跟进方式必须是拜访、电话、微信、电子邮件、会议或其他，而不是“%1”。</translation>
    </message>
    <message>
        <source>The summary of the follow-up is required.</source>
        <translation>请填写跟进内容摘要。</translation>
    </message>
    <message>
        <source>The summary is too long: %1 characters, at most %2.</source>
        <translation>内容摘要太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The next step is too long: %1 characters, at most %2.</source>
        <translation>下一步计划太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The next step is due %1, before the follow-up itself (%2).</source>
        <translation>下一步计划的截止时间 %1 早于这次跟进本身（%2）。</translation>
    </message>
    <message>
        <source>The deal needs a title.</source>
        <translation>请填写商机名称。</translation>
    </message>
    <message>
        <source>The deal title is too long: %1 characters, at most %2.</source>
        <translation>商机名称太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The stage must be lead, qualified, proposal, negotiation, won or lost, not &quot;%1&quot;.</source>
        <translation>阶段必须是线索、需求确认、方案报价、商务谈判、赢单或流失，而不是“%1”。</translation>
    </message>
    <message>
        <source>The deal amount cannot be negative.</source>
        <translation>商机金额不能为负数。</translation>
    </message>
    <message>
        <source>The deal amount is too large (at most %1 yuan).</source>
        <translation>商机金额太大（最多 %1 元）。</translation>
    </message>
    <message>
        <source>The contract number is required.</source>
        <translation>请填写合同编号。</translation>
    </message>
    <message>
        <source>The contract number is too long: %1 characters, at most %2.</source>
        <translation>合同编号太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The contract amount cannot be negative.</source>
        <translation>合同金额不能为负数。</translation>
    </message>
    <message>
        <source>The contract amount is too large (at most %1 yuan).</source>
        <translation>合同金额太大（最多 %1 元）。</translation>
    </message>
    <message>
        <source>The contract ends (%1) before it starts (%2).</source>
        <translation>合同终止日期（%1）早于起始日期（%2）。</translation>
    </message>
    <message>
        <source>The contract is signed (%1) after it ends (%2).</source>
        <translation>合同签订日期（%1）晚于终止日期（%2）。</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Cannot record the owner change: %1</source>
        <translation>无法记录负责人变更：%1</translation>
    </message>
    <message>
        <source>The unified social credit code %1 already belongs to %2 (no owner)</source>
        <translation>统一社会信用代码 %1 已属于 %2（无负责人）</translation>
    </message>
    <message>
        <source>The unified social credit code %1 already belongs to %2 (owner: %3)</source>
        <translation>统一社会信用代码 %1 已属于 %2（负责人：%3）</translation>
    </message>
    <message>
        <source>The owner is not a known employee.</source>
        <translation>负责人不是系统中的员工。</translation>
    </message>
    <message>
        <source>%1 has left the company and cannot own customers.</source>
        <translation>%1 已离职，不能担任客户负责人。</translation>
    </message>
    <message>
        <source>Cannot save the customer: %1</source>
        <translation>无法保存客户：%1</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it (version %1, now %2). Reload it and make your changes again.</source>
        <translation>您打开该客户后，其他人修改了它（版本 %1，现为 %2）。请重新加载，然后再次进行修改。</translation>
    </message>
    <message>
        <source>The owner cannot be changed while editing; use Change owner, which records the reason.</source>
        <translation>编辑时不能修改负责人；请使用“变更负责人”，它会记录变更原因。</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. Reload it and try again.</source>
        <translation>该客户刚刚被其他人修改。请重新加载后再试。</translation>
    </message>
    <message>
        <source>Say why the owner changes; the reason is kept in the ownership history.</source>
        <translation>请说明变更负责人的原因；原因会保存在负责人变更记录中。</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most 500.</source>
        <translation>原因太长：%1 个字符，最多 500 个。</translation>
    </message>
    <message>
        <source>The new owner is not a known employee.</source>
        <translation>新负责人不是系统中的员工。</translation>
    </message>
    <message>
        <source>%1 already owns %2.</source>
        <translation>%1 已经是 %2 的负责人。</translation>
    </message>
    <message>
        <source>Cannot change the owner: %1</source>
        <translation>无法变更负责人：%1</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>The phone number &quot;%1&quot; is neither a mobile number (11 digits starting with 1) nor a landline such as 021-62345678.</source>
        <translation>电话号码“%1”既不是手机号（以 1 开头的 11 位数字），也不是 021-62345678 这样的固定电话。</translation>
    </message>
    <message>
        <source>The customer type must be a company or a person.</source>
        <translation>客户类型必须是企业或个人。</translation>
    </message>
    <message>
        <source>The customer name is required.</source>
        <translation>请填写客户名称。</translation>
    </message>
    <message>
        <source>The customer name is too short: at least %1 characters.</source>
        <translation>客户名称太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The customer name is too long: %1 characters, at most %2.</source>
        <translation>客户名称太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>A person has no unified social credit code; leave it empty or make the customer a company.</source>
        <translation>个人客户没有统一社会信用代码；请留空，或将客户类型改为企业。</translation>
    </message>
    <message>
        <source>A company needs its unified social credit code.</source>
        <translation>企业客户必须填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>Unified social credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>The tier must be key, A, B or C, not &quot;%1&quot;.</source>
        <translation>客户等级必须是重点、A、B 或 C，而不是“%1”。</translation>
    </message>
    <message>
        <source>The status must be prospect, active, dormant or lost, not &quot;%1&quot;.</source>
        <translation>状态必须是潜在、活跃、休眠或流失，而不是“%1”。</translation>
    </message>
    <message>
        <source>The score must be a whole number from 0 to 100, not &quot;%1&quot;.</source>
        <translation>评分必须是 0 到 100 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The score must be from 0 to 100, not %1.</source>
        <translation>评分必须在 0 到 100 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>The region is too long: %1 characters, at most %2.</source>
        <translation>区域太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The industry is too long: %1 characters, at most %2.</source>
        <translation>行业太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The source is too long: %1 characters, at most %2.</source>
        <translation>来源太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>Unknown customer field &quot;%1&quot;.</source>
        <translation>未知的客户字段“%1”。</translation>
    </message>
</context>
<context>
    <name>CustomerWriter</name>
    <message>
        <source>the owner cannot be recorded: %1</source>
        <translation>无法记录负责人：%1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 already exists; HR Desk does not overwrite it.</source>
        <translation>文件 %1 已存在，HR Desk 不会覆盖它。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>A database key must be 256 bits long.</source>
        <translation>数据库密钥必须是 256 位。</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new name for the backup.</source>
        <translation>文件 %1 已存在，请为备份另选一个文件名。</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>无法创建备份文件 %1：%2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite 完整性：%1</translation>
    </message>
    <message>
        <source>Cipher integrity: %1</source>
        <translation>加密完整性：%1</translation>
    </message>
    <message>
        <source>The database is in use by another program (close HR Desk and try again): %1</source>
        <translation>数据库正被其他程序使用（请关闭 HR Desk 后重试）：%1</translation>
    </message>
    <message>
        <source>The database is in use by another program; close HR Desk and try again.</source>
        <translation>数据库正被其他程序使用；请关闭 HR Desk 后重试。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fills a database with a realistic demo company (departments, staff, customers) and the demo logins clerk, manager, admin and auditor, all with the password &quot;%1&quot;. Creates the database first when it does not exist (as init does). The same seed always gives the same data.</source>
        <translation>向数据库填入一家逼真的演示公司（部门、员工、客户）以及演示账号 clerk、manager、admin 和 auditor，密码均为“%1”。数据库不存在时先创建（与 init 相同）。相同的种子总是生成相同的数据。</translation>
    </message>
    <message>
        <source>Number of employees (default 200).</source>
        <translation>员工数量（默认 200）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation>客户数量（默认 2000）。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>生成器的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--employees and --customers take whole numbers from 0, --seed a whole number from 0.</source>
        <translation>--employees 和 --customers 须为不小于 0 的整数，--seed 也须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>%1 already has staff (%2 employees); demo data goes only into an empty database.</source>
        <translation>%1 中已有员工（%2 人）；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>The demo data could not be generated: %1</source>
        <translation>无法生成演示数据：%1</translation>
    </message>
    <message>
        <source>Generated %1 rows (%2 departments, %3 employees, %4 customers, %5 logins) in %6 s: %7 rows/s.</source>
        <translation>已生成 %1 行（%2 个部门、%3 名员工、%4 个客户、%5 个账号），用时 %6 秒：每秒 %7 行。</translation>
    </message>
    <message>
        <source>Demo logins: clerk, manager, admin, auditor; password: %1</source>
        <translation>演示账号：clerk、manager、admin、auditor；密码：%1</translation>
    </message>
    <message>
        <source>Number of customer follow-up records in all (default five per customer).</source>
        <translation>客户跟进记录总数（默认每个客户 5 条）。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>--follow-ups takes a whole number from 0.</source>
        <translation>--follow-ups 须为不小于 0 的整数。</translation>
    </message>
</context>
<context>
    <name>DemoCustomerBookWriter</name>
    <message>
        <source>Cannot write demo contacts: %1</source>
        <translation>无法写入演示联系人：%1</translation>
    </message>
    <message>
        <source>Cannot write demo deals: %1</source>
        <translation>无法写入演示商机：%1</translation>
    </message>
    <message>
        <source>Cannot write demo sales contracts: %1</source>
        <translation>无法写入演示销售合同：%1</translation>
    </message>
    <message>
        <source>Cannot write the demo owner history: %1</source>
        <translation>无法写入演示负责人变更记录：%1</translation>
    </message>
</context>
<context>
    <name>DemoCustomerWriter</name>
    <message>
        <source>Cannot write demo customers: %1</source>
        <translation>无法写入演示客户：%1</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo data generation was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据，未写入任何内容。</translation>
    </message>
    <message>
        <source>The numbers of employees and customers cannot be negative.</source>
        <translation>员工数和客户数不能为负数。</translation>
    </message>
    <message>
        <source>The database already has staff or customers; demo data goes only into an empty database.</source>
        <translation>数据库中已有员工或客户；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>Cannot write employee %1: %2</source>
        <translation>无法写入员工 %1：%2</translation>
    </message>
    <message>
        <source>Not enough memory to protect the demo passwords.</source>
        <translation>内存不足，无法保护演示账号的密码。</translation>
    </message>
    <message>
        <source>Cannot create the demo login %1: %2</source>
        <translation>无法创建演示账号 %1：%2</translation>
    </message>
    <message>
        <source>Cannot index the demo customers: %1</source>
        <translation>无法为演示客户建立索引：%1</translation>
    </message>
    <message>
        <source>At most %1 follow-ups can be generated, not %2.</source>
        <translation>最多只能生成 %1 条跟进记录，而不是 %2 条。</translation>
    </message>
    <message>
        <source>Follow-ups belong to customers: ask for some customers, or for no follow-ups.</source>
        <translation>跟进记录必须属于客户：请指定客户数量，或者不生成跟进记录。</translation>
    </message>
    <message>
        <source>Cannot index the demo data for search: %1</source>
        <translation>无法为演示数据建立搜索索引：%1</translation>
    </message>
    <message>
        <source>Cannot write department %1: %2</source>
        <translation>无法写入部门 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoFollowUpWriter</name>
    <message>
        <source>Cannot write demo follow-ups: %1</source>
        <translation>无法写入演示跟进记录：%1</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (top level)</source>
        <translation>%1（顶层）</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门管理</translation>
    </message>
    <message>
        <source>The department moves with everything and everyone under it</source>
        <translation>部门连同其下所有部门和员工一起移动</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Move &amp;under:</source>
        <translation>移到(&amp;U)：</translation>
    </message>
    <message>
        <source>Employees stay in their department: when it is renamed or moved, they move with it.</source>
        <translation>员工始终属于所在部门：部门重命名或移动时，员工随部门一起变动。</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>“%1”现在位于 %2。</translation>
    </message>
</context>
<context>
    <name>DepartmentDirectory</name>
    <message>
        <source>The department path &quot;%1&quot; names no department.</source>
        <translation>部门路径“%1”中没有任何部门名称。</translation>
    </message>
    <message>
        <source>The department name &quot;%1&quot; in &quot;%2&quot; is longer than 60 characters.</source>
        <translation>“%2”中的部门名称“%1”超过 60 个字符。</translation>
    </message>
    <message>
        <source>Cannot create the department &quot;%1&quot;: %2</source>
        <translation>无法创建部门“%1”：%2</translation>
    </message>
</context>
<context>
    <name>DepartmentService</name>
    <message>
        <source>the company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>a branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>a department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Cannot save the department &quot;%1&quot;: %2</source>
        <translation>无法保存部门“%1”：%2</translation>
    </message>
    <message>
        <source>Someone else changed the department &quot;%1&quot; after you opened it. Reload and try again.</source>
        <translation>您打开后，其他人修改了部门“%1”。请重新加载后再试。</translation>
    </message>
    <message>
        <source>This department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>Enter the department&apos;s new name.</source>
        <translation>请输入部门的新名称。</translation>
    </message>
    <message>
        <source>A department name has at most %1 characters.</source>
        <translation>部门名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A department name cannot contain &quot;/&quot; or &quot;\&quot;: they separate the levels of a path.</source>
        <translation>部门名称不能包含“/”或“\”：它们用于分隔部门路径的层级。</translation>
    </message>
    <message>
        <source>The department is already called &quot;%1&quot;.</source>
        <translation>该部门已经叫“%1”。</translation>
    </message>
    <message>
        <source>There is already a department &quot;%1&quot; at the same level; choose another name.</source>
        <translation>同一层级已有部门“%1”；请换一个名称。</translation>
    </message>
    <message>
        <source>Choose the department to move it under.</source>
        <translation>请选择要移到哪个部门之下。</translation>
    </message>
    <message>
        <source>The company is the root of the tree; it cannot be moved.</source>
        <translation>公司是组织架构的根，不能移动。</translation>
    </message>
    <message>
        <source>The department to move under no longer exists.</source>
        <translation>目标部门已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already directly under &quot;%2&quot;.</source>
        <translation>“%1”已经直接位于“%2”之下。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be moved under itself or under a department below it (&quot;%2&quot;): choose a department outside its branch.</source>
        <translation>“%1”不能移到它自身或其下级部门（“%2”）之下：请选择它所在分支以外的部门。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 and cannot be placed under %3 (&quot;%4&quot;).</source>
        <translation>“%1”是%2，不能放在%3（“%4”）之下。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a department called &quot;%2&quot;; rename one of them first.</source>
        <translation>“%1”下已有名为“%2”的部门；请先将其中一个重命名。</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>Database file to open or create.</source>
        <translation>要打开或创建的数据库文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Sign in as this user without a password (demo databases only).</source>
        <translation>以该用户身份免密码登录（仅限演示数据库）。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Read the database passphrase from this file (for demos and automation).</source>
        <translation>从此文件读取数据库口令（用于演示和自动化）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language for this run: zh_CN, en or auto.</source>
        <translation>本次运行使用的语言：zh_CN、en 或 auto。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 是空的。</translation>
    </message>
    <message>
        <source>HR Desk: staff files and the customer book, in an encrypted database.</source>
        <translation>HR Desk：员工档案与客户簿，保存在加密数据库中。</translation>
    </message>
</context>
<context>
    <name>DialogStartupPrompter</name>
    <message>
        <source>HR Desk</source>
        <translation>HR Desk 人事助手</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Open in system viewer</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <source>Writes a temporary copy outside the encrypted database so that another program can open it; the copy is deleted when this window closes.</source>
        <translation>会在加密数据库之外写出一份临时副本，以便其他程序打开；关闭此窗口时副本即被删除。</translation>
    </message>
    <message>
        <source>Choose a document to preview it.</source>
        <translation>请选择要预览的文档。</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1（%2 × %3）</translation>
    </message>
    <message>
        <source>%1 cannot be shown: the image data is damaged or of an unknown kind.</source>
        <translation>无法显示 %1：图像数据已损坏或格式未知。</translation>
    </message>
    <message>
        <source>This desk was built without a PDF renderer: open %1 in the system viewer.</source>
        <translation>此版本的 HR Desk 不含 PDF 显示组件：请用系统程序打开 %1。</translation>
    </message>
    <message>
        <source>No preview for this kind of file (%1): open it in the system viewer.</source>
        <translation>此类文件（%1）无法预览：请用系统程序打开。</translation>
    </message>
    <message>
        <source>%1 cannot be shown: the PDF is damaged or protected.</source>
        <translation>无法显示 %1：PDF 已损坏或受保护。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — page 1 of %n</source>
        <translation>
            <numerusform>%1 — 第 1 页，共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write a temporary copy of %1: %2</source>
        <translation>无法写出 %1 的临时副本：%2</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>本机没有可以打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>The file has no name.</source>
        <translation>文件没有名称。</translation>
    </message>
    <message>
        <source>%1 is %2 MB (%3 bytes); files up to 20 MB (%4 bytes) can be stored.</source>
        <translation>%1 大小为 %2 MB（%3 字节）；只能保存不超过 20 MB（%4 字节）的文件。</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to store.</source>
        <translation>%1 是空文件，没有可保存的内容。</translation>
    </message>
    <message>
        <source>The record to attach %1 to does not exist.</source>
        <translation>要添加 %1 的记录不存在。</translation>
    </message>
    <message>
        <source>Choose a category for %1.</source>
        <translation>请为 %1 选择类别。</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>该文档已不存在。</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; try again.</source>
        <translation>%1 刚刚被其他人修改，请重试。</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>document category</comment>
        <translation>合同</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>document category</comment>
        <translation>档案</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>PDF, images and office documents up to 20 MB, stored encrypted in the database.</source>
        <translation>可添加不超过 20 MB 的 PDF、图片和办公文档，文件加密保存在数据库中。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>the document is gone</source>
        <translation>文档已不存在</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>添加文档</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.webp *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt);;All files (*)</source>
        <translation>文档 (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.webp *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>文档另存为</translation>
    </message>
</context>
<context>
    <name>EmployeeDetailsTab</name>
    <message>
        <source>Show</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <source>Shows the full value; every reveal is recorded in the audit log.</source>
        <translation>显示完整内容；每次显示都会记入审计日志。</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>新建员工</translation>
    </message>
    <message>
        <source>This employee no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>编辑 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Please correct the marked fields (%n problem(s)).</source>
        <translation>
            <numerusform>请更正标出的字段（共 %n 处问题）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s file was changed by someone else after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>您打开 %1 的档案后，其他人修改了它。请重新加载查看对方的修改，然后重新进行您的修改。</translation>
    </message>
</context>
<context>
    <name>EmployeeFields</name>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
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
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>试用期结束日期</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>在职状态</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态变更日期</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>待入职</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>离职通知期</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>EmployeeFileDialog</name>
    <message>
        <source>&amp;Status</source>
        <translation>变更状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print file…</source>
        <translation>打印档案(&amp;P)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>This employee no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <source>Staff file — %1</source>
        <translation>员工档案 — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 since %4</source>
        <translation>%1 · %2 · 自 %4 起%3</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>未分配部门</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>未设职位</translation>
    </message>
    <message>
        <source>%1: from %2 to %3. The change takes effect on the date below.</source>
        <translation>%1：从“%2”变为“%3”。变更自下方日期起生效。</translation>
    </message>
    <message>
        <source>Staff file %1 %2.pdf</source>
        <translation>员工档案 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Print staff file to PDF</source>
        <translation>将员工档案打印为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s); the print is recorded in the audit log.</source>
        <translation>
            <numerusform>已打印 %n 页；本次打印已记入审计日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeeFormFields</name>
    <message>
        <source>Show</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <source>Shows the full value; every reveal is recorded in the audit log.</source>
        <translation>显示完整内容；每次显示都会记入审计日志。</translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>无直属上级</translation>
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
        <source>The status changes through the actions of the staff file: confirm probation, record notice, record departure.</source>
        <translation>状态只能通过员工档案中的操作变更：确认转正、登记提出离职、办理离职。</translation>
    </message>
    <message>
        <source>e.g. 2024-03-07</source>
        <translation>例如 2024-03-07</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Masked. Press Show to see and edit the full value.</source>
        <translation>已隐藏部分内容。点击“显示完整信息”可查看和编辑完整内容。</translation>
    </message>
    <message>
        <source>%1: cannot read “%2” as a date; write it like 2024-03-07.</source>
        <translation>%1：无法将“%2”识别为日期，请按 2024-03-07 的格式填写。</translation>
    </message>
    <message>
        <source>Masked with the ID number. Show the ID number to see and edit it.</source>
        <translation>已随证件号码隐藏。点击证件号码旁的“显示完整信息”即可查看和编辑。</translation>
    </message>
</context>
<context>
    <name>EmployeeNumberEdit</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>There is no employee with the employee number %1.</source>
        <translation>没有工号为 %1 的员工。</translation>
    </message>
    <message>
        <source>%1 (%2) has left the company and cannot own customers.</source>
        <translation>%1（%2）已离职，不能担任客户负责人。</translation>
    </message>
</context>
<context>
    <name>EmployeePickerDialog</name>
    <message>
        <source>Choose an employee</source>
        <translation>选择员工</translation>
    </message>
    <message>
        <source>Name, employee number, pinyin initials, full mobile or ID number</source>
        <translation>姓名、工号、拼音首字母、完整手机号或证件号码</translation>
    </message>
</context>
<context>
    <name>EmployeeService</name>
    <message>
        <source>deleted record</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <source>Employee number %1 is already used by %2 (%3).</source>
        <translation>工号 %1 已被 %2（%3）使用。</translation>
    </message>
    <message>
        <source>ID number %1 is already used by %2, employee number %3 (%4).</source>
        <translation>证件号码 %1 已被 %2 使用（工号 %3，%4）。</translation>
    </message>
    <message>
        <source>%1: the selected department no longer exists.</source>
        <translation>%1：所选部门已不存在。</translation>
    </message>
    <message>
        <source>%1: an employee cannot be their own manager.</source>
        <translation>%1：员工不能是自己的直属上级。</translation>
    </message>
    <message>
        <source>%1: the selected manager does not exist.</source>
        <translation>%1：所选直属上级不存在。</translation>
    </message>
    <message>
        <source>Cannot save the employee %1: %2</source>
        <translation>无法保存员工 %1：%2</translation>
    </message>
    <message>
        <source>The employee %1 no longer exists.</source>
        <translation>员工 %1 已不存在。</translation>
    </message>
    <message>
        <source>%1&apos;s file was changed by someone else after you opened it (version %2, now %3). Reopen it and make your changes again.</source>
        <translation>您打开 %1 的档案后，其他人修改了它（版本 %2，现为 %3）。请重新打开档案，然后再次进行修改。</translation>
    </message>
    <message>
        <source>%1 is changed with a status change (probation passed, notice, departure), not by editing the file.</source>
        <translation>%1只能通过状态变更（转正、提出离职、离职）修改，不能直接编辑档案。</translation>
    </message>
    <message>
        <source>%1&apos;s file was changed by someone else after you opened it. Reopen it and make your changes again.</source>
        <translation>您打开 %1 的档案后，其他人修改了它。请重新打开档案，然后再次进行修改。</translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <source>%1 is %2; the status cannot change any more.</source>
        <translation>%1 的状态为“%2”，不能再变更。</translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3; from %2 the status can change to: %4.</source>
        <translation>%1 的状态不能从“%2”变为“%3”；“%2”只能变为：%4。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1（%2）不能早于%3（%4）。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before the previous status change (%3).</source>
        <translation>%1（%2）不能早于上一次状态变更（%3）。</translation>
    </message>
    <message>
        <source>Cannot change the status of %1: %2</source>
        <translation>无法变更 %1 的状态：%2</translation>
    </message>
    <message>
        <source>%1&apos;s file was changed by someone else meanwhile; try again.</source>
        <translation>%1 的档案刚刚被其他人修改，请重试。</translation>
    </message>
    <message>
        <source>%1 is already in this department and position; nothing changes.</source>
        <translation>%1 已在该部门担任该职位，无需变更。</translation>
    </message>
    <message>
        <source>%1 has departed and cannot be transferred.</source>
        <translation>%1 已离职，不能调岗。</translation>
    </message>
    <message>
        <source>%1: the selected department does not exist.</source>
        <translation>%1：所选部门不存在。</translation>
    </message>
    <message>
        <source>The date the transfer takes effect is required.</source>
        <translation>请填写调岗生效日期。</translation>
    </message>
    <message>
        <source>The transfer date (%1) cannot be before %2 (%3).</source>
        <translation>调岗日期（%1）不能早于%2（%3）。</translation>
    </message>
    <message>
        <source>Cannot transfer %1: %2</source>
        <translation>无法为 %1 办理调岗：%2</translation>
    </message>
</context>
<context>
    <name>EmployeeTimeline</name>
    <message>
        <source>Hired</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>File updated</source>
        <translation>档案更新</translation>
    </message>
    <message>
        <source>Probation started</source>
        <translation>开始试用</translation>
    </message>
    <message>
        <source>Probation passed</source>
        <translation>转正</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>调岗</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>晋升</translation>
    </message>
    <message>
        <source>Gave notice</source>
        <translation>提出离职</translation>
    </message>
    <message>
        <source>Notice withdrawn</source>
        <translation>撤回离职</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>签订劳动合同</translation>
    </message>
    <message>
        <source>Contract renewed</source>
        <translation>续签劳动合同</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>%1, %2, hired on %3</source>
        <translation>%1，%2，%3 入职</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>修改了：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 → %2, effective %3</source>
        <translation>%1 → %2，%3 生效</translation>
    </message>
    <message>
        <source>; position %1 → %2</source>
        <translation>；职位 %1 → %2</translation>
    </message>
    <message>
        <source>Effective %1</source>
        <translation>%1 生效</translation>
    </message>
    <message>
        <source>Effective %1: %2</source>
        <translation>%1 生效：%2</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无终止日期</translation>
    </message>
    <message>
        <source>Renewal %1: %2</source>
        <translation>第 %1 次续签：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ends on %1 instead of %2: %3</source>
        <translation>于 %1 解除（原定 %2）：%3</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>signing date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1（原因：%2）</translation>
    </message>
    <message>
        <source>Contract ended early</source>
        <translation>提前解除劳动合同</translation>
    </message>
    <message>
        <source>Contract corrected</source>
        <translation>更正劳动合同</translation>
    </message>
    <message>
        <source>File archived</source>
        <comment>the whole staff file</comment>
        <translation>档案归档</translation>
    </message>
    <message>
        <source>File restored</source>
        <translation>附件恢复</translation>
    </message>
    <message>
        <source>File restored</source>
        <comment>the whole staff file</comment>
        <translation>档案恢复</translation>
    </message>
    <message>
        <source>File archived</source>
        <translation>附件归档</translation>
    </message>
</context>
<context>
    <name>EmployeeValidator</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as 2024-03-07.</source>
        <translation>%1：“%2”不是日期，请按 2024-03-07 的格式填写。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 is required when an emergency contact is named.</source>
        <translation>填写了紧急联系人时，必须填写%1。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be 2 to 20 letters or digits (no spaces or punctuation).</source>
        <translation>%1“%2”须为 2 至 20 位字母或数字（不能有空格或标点）。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most 30 are allowed.</source>
        <translation>%1有 %2 个字符，最多允许 30 个。</translation>
    </message>
    <message>
        <source>%1 must be male or female, not &quot;%2&quot;.</source>
        <translation>%1必须是男或女，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of resident ID card, passport, Hong Kong/Macao permit or Taiwan permit.</source>
        <translation>%1“%2”无效，应为居民身份证、护照、港澳居民来往内地通行证或台湾居民来往大陆通行证之一。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an email address like name@example.com.</source>
        <translation>%1“%2”不是有效的电子邮箱地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is neither a mobile number nor a landline number such as 021-12345678.</source>
        <translation>%1“%2”既不是手机号，也不是 021-12345678 这样的固定电话号码。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known status.</source>
        <translation>%1“%2”不是可识别的状态。</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters).</source>
        <translation>%1太长（%2 个字符）。</translation>
    </message>
    <message>
        <source>%1 gives the date of birth %2, but %3 says %4.</source>
        <translation>%1中的出生日期是 %2，但%3填写的是 %4。</translation>
    </message>
    <message>
        <source>%1 belongs to a %2 person (17th digit %3), but %4 says %5.</source>
        <translation>%1显示性别为%2（第 17 位是 %3），但%4填写的是%5。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: a passport number has 5 to 17 letters or digits.</source>
        <translation>%1“%2”：护照号码应为 5 至 17 位字母或数字。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: a Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.</source>
        <translation>%1“%2”：港澳居民来往内地通行证号码应为 H 或 M 加 8 位或 10 位数字。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: a Taiwan permit number has 8 digits, or 10 letters and digits on older permits.</source>
        <translation>%1“%2”：台湾居民来往大陆通行证号码应为 8 位数字，旧版证件为 10 位字母和数字。</translation>
    </message>
    <message>
        <source>%1 %2 is in the future.</source>
        <translation>%1 %2 晚于今天。</translation>
    </message>
    <message>
        <source>%1 %2 is before 1900.</source>
        <translation>%1 %2 早于 1900 年。</translation>
    </message>
    <message>
        <source>%1 (%2) must be after %3 (%4).</source>
        <translation>%1（%2）必须晚于%3（%4）。</translation>
    </message>
    <message>
        <source>%1 (%2) is when the employee was %3 by %4 (%5); the minimum age is %6.</source>
        <translation>按%4（%5）计算，员工在%1（%2）时只有 %3 岁；最低年龄为 %6 岁。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1（%2）不能早于%3（%4）。</translation>
    </message>
</context>
<context>
    <name>EmployeeWriter</name>
    <message>
        <source>Cannot index the new employees: %1</source>
        <translation>无法为新员工建立索引：%1</translation>
    </message>
</context>
<context>
    <name>EndingContractsDialog</name>
    <message>
        <source>Contracts ending soon</source>
        <translation>即将到期的劳动合同</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message numerus="yes">
        <source>Labour contracts that have run out or end within %n day(s) and have not been renewed. Double-click one or press Enter to open the staff file.</source>
        <translation>
            <numerusform>以下劳动合同已到期或将在 %n 天内到期，且尚未续签。双击或按回车键可打开员工档案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export staff list</source>
        <translation>导出员工列表</translation>
    </message>
    <message>
        <source>Export customer list</source>
        <translation>导出客户列表</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of the current list (with its search and filters) will be exported. Your name, employee number, the time and the reason are written into the file, and the export is recorded in the audit log.</source>
        <translation>
            <numerusform>将导出当前列表（按现有搜索和筛选条件）中的 %Ln 行。您的姓名、工号、导出时间和原因会写入文件，本次导出也会记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Required, e.g. quarterly report for the branch manager</source>
        <translation>必填，例如：给分公司经理的季度报告</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>适用于 Excel 的 CSV (.csv)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Please give a reason for the export: it is written into the file and the audit log, so that whoever finds the file knows why it exists.</source>
        <translation>请填写导出原因：原因会写入文件和审计日志，这样无论谁拿到这个文件，都能知道它为何被导出。</translation>
    </message>
    <message>
        <source>Please choose the file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows to %3; the list changed while exporting.</source>
        <translation>已将 %2 行中的 %1 行导出到 %3；导出期间列表发生了变化。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1 (employee no. %2)</source>
        <translation>%1（工号 %2）</translation>
    </message>
    <message>
        <source>Exported by %1 at %2. Reason: %3</source>
        <translation>由 %1 于 %2 导出。原因：%3</translation>
    </message>
    <message>
        <source>Say why you export this list; the reason is recorded with the export.</source>
        <translation>请说明导出此列表的原因；原因会随导出一起记录。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Exported from HR Desk by %1 at %2</source>
        <translation>由 %1 于 %2 从 HR Desk 导出</translation>
    </message>
    <message>
        <source>The export was not saved because it could not be recorded: %1</source>
        <translation>导出未能记入审计日志，因此没有保存：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create a database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>There is no HR Desk database at %1 yet.

HR Desk will create a new encrypted database there. Its key is generated at random and kept in this computer&apos;s keychain; you will also receive a recovery key to store safely.</source>
        <translation>%1 处还没有 HR Desk 数据库。

HR Desk 将在此创建一个新的加密数据库。数据库密钥随机生成，保存在本机的钥匙串中；您还会得到一个恢复密钥，请妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>创建数据库(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>No keychain answered on this computer, so the database key cannot be kept there. A passphrase will protect the key instead: choose one of at least %n characters. You will need it every time HR Desk starts.</source>
        <translation>
            <numerusform>本机的钥匙串没有响应，无法在其中保存数据库密钥。将改用口令保护密钥：请设置一个至少 %n 个字符的口令。以后每次启动 HR Desk 都需要输入它。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain reported: %1</source>
        <translation>钥匙串返回的信息：%1</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>There is no HR Desk database at %1 yet.

HR Desk will create a new encrypted database there, with a key generated at random; you will also receive a recovery key to store safely.</source>
        <translation>%1 处还没有 HR Desk 数据库。

HR Desk 将在此创建一个新的加密数据库，密钥随机生成；您还会得到一个恢复密钥，请妥善保管。</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Nobody can sign in to this database yet. Create the first account; it will be an HR/IT administrator who can add the other users.</source>
        <translation>此数据库还没有任何可以登录的账号。请创建第一个账号，它将是人事/IT 管理员，可以添加其他用户。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账号(&amp;C)</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>HeaderDictionary</name>
    <message>
        <source>Owner&apos;s employee number</source>
        <translation>负责人工号</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports staff or customers from a CSV (UTF-8 or GB18030) or XLSX file. Every row is checked first; with one invalid row nothing is imported, unless --skip-invalid is given. --dry-run only checks.</source>
        <translation>从 CSV（UTF-8 或 GB18030 编码）或 XLSX 文件导入员工或客户。先逐行检查；只要有一行无效就不导入任何内容，除非指定 --skip-invalid。--dry-run 只检查不导入。</translation>
    </message>
    <message>
        <source>Check the file only; write nothing.</source>
        <translation>只检查文件，不写入任何内容。</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the invalid ones.</source>
        <translation>导入有效行，跳过无效行。</translation>
    </message>
    <message>
        <source>Write the problems to FILE (CSV).</source>
        <translation>将发现的问题写入“文件”（CSV 格式）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>文件中的内容：staff（员工）或 customers（客户）。</translation>
    </message>
    <message>
        <source>The .csv or .xlsx file to import.</source>
        <translation>要导入的 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Try &quot;hrdesk-admin import --help&quot;.</source>
        <translation>请运行“hrdesk-admin import --help”查看用法。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>Row %1, %2 &quot;%3&quot;: %4</source>
        <translation>第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
    <message>
        <source>Report with %1 problems written to %2.</source>
        <translation>包含 %1 个问题的报告已写入 %2。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows, %4 valid, %5 invalid, checked in %6 s.</source>
        <translation>%1（%2）：共 %3 行，有效 %4 行，无效 %5 行，检查用时 %6 秒。</translation>
    </message>
    <message>
        <source>Departments to create: %1</source>
        <translation>将新建的部门：%1</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>试运行：未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 rows, skipped %2, created %3 departments in %4 s (%5 rows/s).</source>
        <translation>已导入 %1 行，跳过 %2 行，新建 %3 个部门，用时 %4 秒（每秒 %5 行）。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>What and from which file</source>
        <translation>导入内容和文件</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GB18030/GBK as Excel writes it on Chinese Windows) or Excel workbooks (.xlsx).</source>
        <translation>支持 CSV 文件（UTF-8 编码，或中文版 Windows 上 Excel 保存的 GB18030/GBK 编码）和 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几行的值</translation>
    </message>
    <message>
        <source>%1 — %2, headers in row %3. Choose the field each column feeds; the choice is remembered for files with the same headers.</source>
        <translation>%1 — %2，表头位于第 %3 行。请为每一列选择对应的字段；表头相同的文件会沿用此选择。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Every row has been read and checked. Nothing has been written yet.</source>
        <translation>已读取并检查了每一行，尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 invalid.</source>
        <translation>共 %1 行：有效 %2 行，无效 %3 行。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>No departments need to be created.</source>
        <translation>无需新建部门。</translation>
    </message>
    <message>
        <source>These departments do not exist yet and will be created: %1</source>
        <translation>以下部门尚不存在，将会新建：%1</translation>
    </message>
    <message>
        <source>Import all %1 valid rows and skip the %2 invalid ones</source>
        <translation>导入全部 %1 个有效行，跳过 %2 个无效行</translation>
    </message>
    <message>
        <source>Import only if every row is valid (otherwise nothing is imported)</source>
        <translation>仅当所有行都有效时才导入（否则不导入任何内容）</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 invalid rows were skipped.</source>
        <translation>已导入 %1 行；跳过了 %2 个无效行。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported: the database is as it was.</source>
        <translation>导入已取消，未导入任何内容：数据库保持原样。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>Departments created: %1</source>
        <translation>已新建部门：%1</translation>
    </message>
    <message>
        <source>The file had no problems.</source>
        <translation>文件没有问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): row, column, value and reason</source>
        <translation>
            <numerusform>%n 个问题：行号、列、值和原因</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-errors.csv</source>
        <translation>%1-错误报告.csv</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The error report was saved to %1.</source>
        <translation>错误报告已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>%1 has headers but no rows to import.</source>
        <translation>%1 只有表头，没有可导入的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 are invalid, so nothing was imported. Correct them, or choose to skip invalid rows.</source>
        <translation>
            <numerusform>%1 中有 %n 行无效，因此未导入任何内容。请更正这些行，或选择跳过无效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no valid rows; nothing was imported.</source>
        <translation>%1 中没有有效行，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Creates an encrypted HR Desk database. Its key is kept in the OS keychain, or protected by the passphrase of --passphrase-file. The recovery key is shown once (or written to --recovery-key-out).</source>
        <translation>创建加密的 HR Desk 数据库。数据库密钥保存在操作系统钥匙串中，或由 --passphrase-file 指定的口令保护。恢复密钥只显示一次（或写入 --recovery-key-out 指定的文件）。</translation>
    </message>
    <message>
        <source>%1 already exists; init never replaces a database.</source>
        <translation>%1 已存在；init 绝不会替换已有的数据库。</translation>
    </message>
</context>
<context>
    <name>InstallationIdentity</name>
    <message>
        <source>The installation id in %1 can be neither read nor written: %2</source>
        <translation>无法读取也无法写入 %1 中的安装标识：%2</translation>
    </message>
</context>
<context>
    <name>LocalUserDirectory</name>
    <message>
        <source>HR clerk</source>
        <translation>人事专员</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>HR/IT administrator</source>
        <translation>人事/IT 管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; must be 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>登录名“%1”须由 2 至 40 个字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>The display name is empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>未知角色“%1”。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>A user with the login &quot;%1&quot; already exists.</source>
        <translation>登录名为“%1”的用户已存在。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HR Desk — %1</source>
        <translation>HR Desk 人事助手 — %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Key: passphrase</source>
        <translation>密钥：口令保护</translation>
    </message>
    <message>
        <source>Key: keychain</source>
        <translation>密钥：钥匙串</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>HR Desk — %1 (demo data, not for real records)</source>
        <translation>HR Desk — %1（演示数据，请勿用于真实记录）</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>This database was written by a newer HR Desk (schema %1; this program knows %2). Install the newer version.</source>
        <translation>此数据库由更新版本的 HR Desk 写入（结构版本 %1，本程序只支持到 %2）。请安装新版本。</translation>
    </message>
    <message>
        <source>Cannot start the migration to schema %1: %2</source>
        <translation>无法开始升级到结构版本 %1：%2</translation>
    </message>
    <message>
        <source>The migration to schema %1 (%2) failed and was undone: %3</source>
        <translation>升级到结构版本 %1（%2）失败，已撤销：%3</translation>
    </message>
    <message>
        <source>Cannot commit the migration to schema %1: %2</source>
        <translation>无法提交到结构版本 %1 的升级：%2</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>The mobile number is empty.</source>
        <translation>手机号为空。</translation>
    </message>
    <message>
        <source>A mobile number has only digits; &quot;%1&quot; is not one.</source>
        <translation>手机号只能包含数字，“%1”不是有效的手机号。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, not %1.</source>
        <translation>手机号应为 11 位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>A mobile number begins with 13 to 19, not %1.</source>
        <translation>手机号应以 13 至 19 开头，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative; amounts cannot be below zero.</source>
        <translation>金额“%1”为负数；金额不能小于零。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has misplaced thousands separators; write it as 12,345.67 or 12345.67.</source>
        <translation>金额“%1”的千位分隔符位置不对；请写成 12,345.67 或 12345.67。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a number in yuan such as 12,345.67.</source>
        <translation>金额“%1”不是以元为单位的数字（例如 12,345.67）。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than two decimal places; the smallest unit is one fen (0.01).</source>
        <translation>金额“%1”的小数超过两位；最小单位是 1 分（0.01 元）。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large (at most %2 yuan).</source>
        <translation>金额“%1”太大（最多 %2 元）。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>unavailable</source>
        <translation>无法获取</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Key kept in:</source>
        <translation>密钥保管方式：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>Database ID:</source>
        <translation>数据库 ID：</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>设备 ID：</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>数据内容</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Audit events:</source>
        <translation>审计事件：</translation>
    </message>
    <message>
        <source>(demo data)</source>
        <translation>（演示数据）</translation>
    </message>
    <message>
        <source>SQLCipher (version unknown), 256-bit key</source>
        <translation>SQLCipher（版本未知），256 位密钥</translation>
    </message>
    <message>
        <source>SQLCipher %1, 256-bit key</source>
        <translation>SQLCipher %1，256 位密钥</translation>
    </message>
    <message>
        <source>Passphrase (Argon2id)</source>
        <translation>口令（Argon2id）</translation>
    </message>
    <message>
        <source>The keychain of this computer</source>
        <translation>本机的钥匙串</translation>
    </message>
    <message>
        <source>No keychain was available on this computer, so the database key is protected by a passphrase. Anyone who learns the passphrase and copies the file can read the data: keep the passphrase secret, and keep the recovery key somewhere safe.</source>
        <translation>本机没有可用的钥匙串，因此数据库密钥由口令保护。任何知道口令并复制了数据库文件的人都能读取数据：请对口令保密，并把恢复密钥存放在安全的地方。</translation>
    </message>
    <message>
        <source>The database key is protected by a passphrase, not by the keychain. Keep the passphrase secret, and keep the recovery key somewhere safe.</source>
        <translation>数据库密钥由口令保护，而不是保存在钥匙串中。请对口令保密，并把恢复密钥存放在安全的地方。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>&amp;Probation reviews…</source>
        <translation>试用期转正(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Contracts ending…</source>
        <translation>合同到期(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Next steps due…</source>
        <translation>待跟进事项(&amp;N)…</translation>
    </message>
    <message>
        <source>No probation ends within %1 days.</source>
        <translation>%1 天内没有试用期到期的员工。</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) on probation: the probation ends within %1 days or has ended.</source>
        <translation>
            <numerusform>%n 名员工的试用期将在 %1 天内到期或已到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer&apos;s next step is due within %1 days.</source>
        <translation>%1 天内没有到期的客户跟进事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with a next step due within %1 days or overdue.</source>
        <translation>
            <numerusform>%n 个客户的下一步计划将在 %1 天内到期或已逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Probation reviews</source>
        <translation>试用期转正</translation>
    </message>
    <message>
        <source>Employees on probation whose probation ends within %1 days or has ended. Open one (Enter or double-click) to confirm them or change their status.</source>
        <translation>试用期将在 %1 天内到期或已到期的员工。打开一名员工（回车或双击）为其办理转正或变更状态。</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
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
        <source>Probation ends</source>
        <translation>试用期到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Next steps due</source>
        <translation>待跟进事项</translation>
    </message>
    <message>
        <source>Customers whose latest follow-up names a next step due within %1 days or overdue. Open one (Enter or double-click) to record the follow-up.</source>
        <translation>最近一次跟进记录中的下一步计划将在 %1 天内到期或已逾期的客户。打开一个客户（回车或双击）登记跟进。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>No labour contract has run out or ends within %1 days.</source>
        <translation>没有已到期或将在 %1 天内到期的劳动合同。</translation>
    </message>
    <message numerus="yes">
        <source>%n labour contract(s) have run out or end within %1 days and have not been renewed.</source>
        <translation>
            <numerusform>有 %n 份劳动合同已到期或将在 %1 天内到期，且尚未续签。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock database</source>
        <translation>解锁数据库</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase.</source>
        <translation>此数据库由口令保护。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>No keychain answered on this computer (it may be missing or locked), so the database key is protected by your passphrase instead.</source>
        <translation>本机的钥匙串没有响应（可能未安装或已锁定），因此数据库密钥改由您的口令保护。</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>I have stored the recovery key</source>
        <translation>我已妥善保存恢复密钥</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>This is the recovery key of the new database. It is shown only this once.

If the keychain entry or the passphrase is ever lost, the recovery key is the only way to open the database. Print it or save it to a file and keep it somewhere safe, away from this computer.</source>
        <translation>这是新数据库的恢复密钥，只显示这一次。

一旦钥匙串中的条目或口令丢失，恢复密钥是打开数据库的唯一途径。请将它打印出来或保存到文件，存放在远离本机的安全地方。</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>HR Desk recovery key
Database: %1
Created: %2

%3
</source>
        <translation>HR Desk 恢复密钥
数据库：%1
创建时间：%2

%3
</translation>
    </message>
    <message>
        <source>Could not save the recovery key: %1</source>
        <translation>无法保存恢复密钥：%1</translation>
    </message>
    <message>
        <source>The recovery key was saved to %1.</source>
        <translation>恢复密钥已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEntryDialog</name>
    <message>
        <source>Recovery key needed</source>
        <translation>需要恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>恢复密钥(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Open database</source>
        <translation>打开数据库(&amp;O)</translation>
    </message>
    <message>
        <source>No keychain answered on this computer, so the key of the database %1 cannot be read from it.

Enter the recovery key you stored when the database was created.</source>
        <translation>本机的钥匙串没有响应，无法从中读取数据库 %1 的密钥。

请输入创建数据库时保存的恢复密钥。</translation>
    </message>
    <message>
        <source>The keychain of this computer has no entry for the database %1 (for example after a new user profile or a reinstall).

Enter the recovery key you stored when the database was created. The database is not changed or replaced.</source>
        <translation>本机钥匙串中没有数据库 %1 的条目（例如新建了用户配置文件或重装了系统）。

请输入创建数据库时保存的恢复密钥。数据库不会被更改或替换。</translation>
    </message>
</context>
<context>
    <name>RekeyCommand</name>
    <message>
        <source>Protect the new key with the passphrase on the first line of FILE (passphrase-protected databases).</source>
        <translation>用“文件”第一行的口令保护新密钥（适用于口令保护的数据库）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase: pass --passphrase-file FILE (or --new-passphrase-file FILE) with the passphrase for the new key.</source>
        <translation>%1 由口令保护：请用 --passphrase-file 文件（或 --new-passphrase-file 文件）提供保护新密钥的口令。</translation>
    </message>
    <message>
        <source>Rekey failed: %1</source>
        <translation>更换密钥失败：%1</translation>
    </message>
    <message>
        <source>%1 is now encrypted with a new key; the old recovery key no longer opens it.</source>
        <translation>%1 现已使用新密钥加密；旧的恢复密钥已无法打开它。</translation>
    </message>
    <message>
        <source>Re-encrypts the database with a new random key, stores it where the old one was kept, and shows the new recovery key. The old recovery key stops working. Crash-safe: the new key is stored and the new recovery key written before the file is re-encrypted. A passphrase-protected database keeps the passphrase of --passphrase-file, or takes the one of --new-passphrase-file.</source>
        <translation>用新的随机密钥重新加密数据库，把它存放在旧密钥原来的位置，并显示新的恢复密钥。旧恢复密钥随即失效。可防崩溃：在重新加密文件之前，新密钥已保存、新恢复密钥已写出。受口令保护的数据库沿用 --passphrase-file 的口令，或改用 --new-passphrase-file 的口令。</translation>
    </message>
</context>
<context>
    <name>ResidentIdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号码为空。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number; enter the 18-digit number instead.</source>
        <translation>这是旧的 15 位身份证号码，请输入 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters, not %1.</source>
        <translation>身份证号码应为 18 位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) must be a digit.</source>
        <translation>第 %1 位（“%2”）必须是数字。</translation>
    </message>
    <message>
        <source>The last character must be a digit or X, not &quot;%1&quot;.</source>
        <translation>最后一位必须是数字或 X，而不是“%1”。</translation>
    </message>
    <message>
        <source>The region code %1 does not begin with a province code.</source>
        <translation>地区码 %1 的开头不是有效的省级代码。</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation>出生日期 %1 不存在。</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation>出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2.</source>
        <translation>校验位应为 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Copies a backup to a new database file (never over an existing one), opens it with the backup&apos;s key and checks it; the restored database gets a device identity of its own.</source>
        <translation>把备份复制为一个新的数据库文件（绝不覆盖已有文件），用备份的密钥打开并检查；恢复后的数据库获得自己的设备身份。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Missing --from FILE: which backup should be restored?</source>
        <translation>缺少 --from 文件：要恢复哪个备份？</translation>
    </message>
    <message>
        <source>Nothing was restored; the backup is unchanged.</source>
        <translation>未恢复任何内容；备份保持原样。</translation>
    </message>
    <message>
        <source>The restored copy does not open.</source>
        <translation>恢复出的副本无法打开。</translation>
    </message>
    <message>
        <source>The backup fails its integrity check: %1</source>
        <translation>备份未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>Restored %1 to %2; it passes the integrity check and has the new device identity %3.</source>
        <translation>已将 %1 恢复到 %2；它通过了完整性检查，新的设备身份为 %3。</translation>
    </message>
</context>
<context>
    <name>RevealService</name>
    <message>
        <source>This field is not a masked field: there is nothing to reveal.</source>
        <translation>该字段不是隐藏字段，没有需要显示的完整信息。</translation>
    </message>
    <message>
        <source>%1 is not a masked field: it is shown in full and there is nothing to reveal.</source>
        <translation>%1 不是隐藏字段：它本身已完整显示，没有需要显示的完整信息。</translation>
    </message>
    <message>
        <source>%1 cannot be read from the database right now; try again in a moment.</source>
        <translation>暂时无法从数据库读取 %1，请稍后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be revealed: the record no longer exists (it may have been deleted).</source>
        <translation>无法显示 %1 的完整信息：该记录已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>%1 stays hidden because the reveal could not be recorded: %2</source>
        <translation>本次查看未能记入审计日志，%1 仍保持隐藏：%2</translation>
    </message>
</context>
<context>
    <name>SalesContractsTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>PDF, images and office documents up to 20 MB, stored encrypted in the database.</source>
        <translation>可添加不超过 20 MB 的 PDF、图片和办公文档，文件加密保存在数据库中。</translation>
    </message>
    <message>
        <source>Files of the selected contract:</source>
        <translation>所选合同的附件：</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>无附件</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New sales contract</source>
        <translation>新建销售合同</translation>
    </message>
    <message>
        <source>Yuan, e.g. 128,000.00</source>
        <translation>单位：元，例如 128,000.00</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Attach contract file</source>
        <translation>添加合同附件</translation>
    </message>
    <message>
        <source>Contract files (*.pdf *.png *.jpg *.jpeg *.doc *.docx);;All files (*)</source>
        <translation>合同文件 (*.pdf *.png *.jpg *.jpeg *.doc *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is %2; files above %3 cannot be stored.</source>
        <translation>%1 的大小为 %2，超过 %3 的文件无法保存。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file can no longer be shown: it was removed meanwhile.</source>
        <translation>该附件刚刚已被删除，无法预览。</translation>
    </message>
    <message>
        <source>%1 — contract %2</source>
        <translation>%1 — 合同 %2</translation>
    </message>
    <message>
        <source>The file can no longer be saved: it was removed meanwhile.</source>
        <translation>该附件刚刚已被删除，无法另存。</translation>
    </message>
    <message>
        <source>Save contract file as</source>
        <translation>合同附件另存为</translation>
    </message>
    <message>
        <source>Cannot save %1 as %2: %3</source>
        <translation>无法将 %1 另存为 %2：%3</translation>
    </message>
    <message>
        <source>its content cannot be read from the database</source>
        <translation>无法从数据库读取其内容</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2. The copy is not encrypted: keep it safe or delete it when it is no longer needed.</source>
        <translation>已将 %1 的副本保存为 %2。该副本未加密：请妥善保管，不再需要时请删除。</translation>
    </message>
    <message>
        <source>Remove contract file</source>
        <translation>删除合同附件</translation>
    </message>
    <message>
        <source>Remove %1 from contract %2? The file is no longer listed with the contract; the audit log keeps the record of it and of its removal.</source>
        <translation>要从合同 %2 中删除 %1 吗？删除后该附件不再列在合同下；审计日志会保留该附件及本次删除的记录。</translation>
    </message>
</context>
<context>
    <name>SearchEntryBatch</name>
    <message>
        <source>Cannot index %1 for search: %2</source>
        <translation>无法为 %1 建立搜索索引：%2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>自动（跟随系统语言）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A change of language is applied the next time HR Desk starts.</source>
        <translation>更改语言后，将在下次启动 HR Desk 时生效。</translation>
    </message>
    <message>
        <source>Saved. Restart HR Desk to use the new language.</source>
        <translation>已保存。重新启动 HR Desk 后使用新语言。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in with your HR Desk account.</source>
        <translation>请使用您的 HR Desk 账号登录。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>Cannot open the database file.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>无法开始事务。</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>无法提交事务。</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>无法回滚事务。</translation>
    </message>
    <message>
        <source>The database key could not be changed.</source>
        <translation>无法更换数据库密钥。</translation>
    </message>
    <message>
        <source>The database key is wrong, or this is not an HR Desk database.</source>
        <translation>数据库密钥错误，或者这不是 HR Desk 数据库。</translation>
    </message>
    <message>
        <source>A database key must be 256 bits long.</source>
        <translation>数据库密钥必须是 256 位。</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close it there and try again.</source>
        <translation>数据库正被其他程序使用。请先在那里关闭，然后重试。</translation>
    </message>
    <message>
        <source>The database holds a change interrupted by a crash, which must be undone before it can be read, and it cannot be written here. Open it once where it can be written.</source>
        <translation>数据库中有一项因崩溃而中断的更改，必须先撤销才能读取，但此处无法写入该文件。请在可以写入的位置打开它一次。</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Cannot prepare the statement.</source>
        <translation>无法准备 SQL 语句。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>查询为空。</translation>
    </message>
    <message>
        <source>A prepared query may contain only one SQL statement.</source>
        <translation>预处理查询只能包含一条 SQL 语句。</translation>
    </message>
    <message>
        <source>Cannot execute the statement.</source>
        <translation>无法执行 SQL 语句。</translation>
    </message>
    <message>
        <source>Only the last statement of a batch may return rows.</source>
        <translation>批处理中只有最后一条语句可以返回数据行。</translation>
    </message>
    <message>
        <source>No statement has been prepared, or the database was closed.</source>
        <translation>尚未准备语句，或者数据库已关闭。</translation>
    </message>
    <message>
        <source>Cannot bind the query parameters.</source>
        <translation>无法绑定查询参数。</translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values were bound.</source>
        <translation>语句有 %1 个占位符，但绑定了 %2 个值。</translation>
    </message>
    <message>
        <source>No value is bound for the placeholder %1: the statement has %2 placeholders but %3 values were bound.</source>
        <translation>占位符 %1 没有绑定值：语句有 %2 个占位符，但只绑定了 %3 个值。</translation>
    </message>
</context>
<context>
    <name>StaffFilePrinter</name>
    <message>
        <source>%1 printed at %2</source>
        <translation>%1 打印于 %2</translation>
    </message>
    <message>
        <source>%1 (%2) printed at %3</source>
        <translation>%1（%2）打印于 %3</translation>
    </message>
    <message>
        <source>Staff file</source>
        <translation>员工档案</translation>
    </message>
    <message>
        <source>The print was not recorded in the audit log, so it was discarded: %1</source>
        <translation>本次打印未能记入审计日志，因此已作废：%1</translation>
    </message>
    <message>
        <source>The employee to print no longer exists.</source>
        <translation>要打印的员工已不存在。</translation>
    </message>
    <message>
        <source>Cannot print to %1.</source>
        <translation>无法打印到 %1。</translation>
    </message>
    <message>
        <source>Staff file: %1 (%2)</source>
        <translation>员工档案：%1（%2）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Labour contracts</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>No labour contracts.</source>
        <translation>无劳动合同。</translation>
    </message>
    <message>
        <source>%1 %2: %3 to %4, signed %5%6</source>
        <translation>%1 %2：%3 至 %4，签订于 %5%6</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source> (renewal #%1)</source>
        <translation>（第 %1 次续签）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>The print could not be finished.</source>
        <translation>打印未能完成。</translation>
    </message>
</context>
<context>
    <name>StaffImport</name>
    <message>
        <source>%1: &quot;%2&quot; is not understood; write %3.</source>
        <translation>%1：无法识别“%2”，请填写%3。</translation>
    </message>
    <message>
        <source>男 or 女 (male or female)</source>
        <translation>“男”或“女”</translation>
    </message>
    <message>
        <source>身份证, 护照, 港澳通行证 or 台湾通行证</source>
        <translation>“身份证”、“护照”、“港澳通行证”或“台湾通行证”</translation>
    </message>
    <message>
        <source>在职, 试用, 待入职, 离职中 or 离职</source>
        <translation>“在职”、“试用”、“待入职”、“离职中”或“离职”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as 2024-03-01, 2024/3/1 or 2024年3月1日.</source>
        <translation>%1：“%2”不是日期，请写成 2024-03-01、2024/3/1 或 2024年3月1日。</translation>
    </message>
    <message>
        <source>Employee number %1 is already used by %2.</source>
        <translation>工号 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>Employee number %1 is also in row %2 of this file.</source>
        <translation>工号 %1 在本文件第 %2 行中重复出现。</translation>
    </message>
    <message>
        <source>ID number %1 is already used by %2.</source>
        <translation>证件号码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>ID number %1 is also in row %2 of this file.</source>
        <translation>证件号码 %1 在本文件第 %2 行中重复出现。</translation>
    </message>
    <message>
        <source>Row %1 (employee %2) cannot be saved: %3</source>
        <translation>第 %1 行（员工 %2）无法保存：%3</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Onboarding</source>
        <translation>待入职</translation>
    </message>
    <message>
        <source>On probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>离职通知期</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 名员工</translation>
    </message>
    <message>
        <source>%1 archived employees</source>
        <translation>%1 名已归档员工</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print file…</source>
        <translation>打印档案(&amp;P)…</translation>
    </message>
    <message>
        <source>Employees of the department and of every department under it</source>
        <translation>该部门及其所有下级部门的员工</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>显示列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Imports staff from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入员工</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Exports the list as it is filtered now, with the columns shown</source>
        <translation>按当前的筛选条件和显示的列导出列表</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Last employee</source>
        <translation>最后一名员工</translation>
    </message>
    <message>
        <source>Name, employee number, pinyin initials, full mobile or ID number</source>
        <translation>姓名、工号、拼音首字母、完整手机号或证件号码</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>部门管理(&amp;D)…</translation>
    </message>
    <message>
        <source>Rename or move departments; their employees move with them</source>
        <translation>重命名或移动部门；部门下的员工随之变动</translation>
    </message>
    <message numerus="yes">
        <source>%n labour contract(s) have run out or end within %1 days and have not been renewed. &lt;a href=&quot;#ending&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>有 %n 份劳动合同已到期或将在 %1 天内到期，且尚未续签。&lt;a href=&quot;#ending&quot;&gt;查看&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffUi</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Effective date:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Start probation…</source>
        <translation>开始试用…</translation>
    </message>
    <message>
        <source>Confirm probation…</source>
        <translation>确认转正…</translation>
    </message>
    <message>
        <source>Record notice…</source>
        <translation>登记提出离职…</translation>
    </message>
    <message>
        <source>Withdraw notice…</source>
        <translation>撤回离职…</translation>
    </message>
    <message>
        <source>Record departure…</source>
        <translation>办理离职…</translation>
    </message>
    <message>
        <source>Change to %1…</source>
        <translation>变更为“%1”…</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>This build of HR Desk cannot read %1 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>此版本的 HR Desk 无法读取 %1 编码的文本；请将文件另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This file has no HR Desk identity; it was not created by HR Desk.</source>
        <translation>此文件没有 HR Desk 标识，不是由 HR Desk 创建的。</translation>
    </message>
    <message>
        <source>This database could not be given its own device identity: %1</source>
        <translation>无法为此数据库分配自己的设备身份：%1</translation>
    </message>
    <message>
        <source>Signing in without a password (--sign-in-as) is only allowed on demo databases made by hrdesk-admin demo. Please sign in with your password.</source>
        <translation>只有由 hrdesk-admin demo 创建的演示数据库才允许不输入密码登录（--sign-in-as）。请用您的密码登录。</translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot; in this database.</source>
        <translation>此数据库中没有登录名为“%1”的用户。</translation>
    </message>
</context>
<context>
    <name>WorkspaceAccess</name>
    <message>
        <source>The HR Desk database file.</source>
        <translation>HR Desk 数据库文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Unlock with (or protect with) the passphrase on the first line of FILE, instead of the OS keychain.</source>
        <translation>使用“文件”第一行的口令解锁（或保护）数据库，而不使用操作系统钥匙串。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unlock with the recovery key in FILE (the file written by --recovery-key-out, or one line of 64 hex digits).</source>
        <translation>使用“文件”中的恢复密钥解锁（由 --recovery-key-out 写出的文件，或一行 64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>Write the new recovery key to FILE (owner-only) instead of showing it.</source>
        <translation>将新的恢复密钥写入“文件”（仅所有者可读），而不在屏幕上显示。</translation>
    </message>
    <message>
        <source>Missing --db PATH: which database?</source>
        <translation>缺少 --db 路径：要使用哪个数据库？</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase: pass --passphrase-file FILE (or --recovery-key-file FILE).</source>
        <translation>此数据库由口令保护：请指定 --passphrase-file 文件（或 --recovery-key-file 文件）。</translation>
    </message>
    <message>
        <source>No keychain answered. Pass --recovery-key-file FILE to open the database with its recovery key.</source>
        <translation>钥匙串没有响应。请指定 --recovery-key-file 文件，用恢复密钥打开数据库。</translation>
    </message>
    <message>
        <source>The keychain has no key for this database: pass --recovery-key-file FILE.</source>
        <translation>钥匙串中没有此数据库的密钥：请指定 --recovery-key-file 文件。</translation>
    </message>
    <message>
        <source>New passphrase (at least 10 characters): </source>
        <translation>新口令（至少 10 个字符）：</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>%1 already exists; the recovery key is never written over another file.</source>
        <translation>%1 已存在；恢复密钥绝不会覆盖其他文件。</translation>
    </message>
    <message>
        <source>No keychain answered: %1</source>
        <translation>钥匙串没有响应：%1</translation>
    </message>
    <message>
        <source>Pass --passphrase-file FILE to protect the database key with a passphrase instead.</source>
        <translation>请指定 --passphrase-file 文件，改用口令保护数据库密钥。</translation>
    </message>
    <message>
        <source>The database key will be protected by a passphrase instead, because no keychain answered. You will need this passphrase every time the database is opened.</source>
        <translation>由于钥匙串没有响应，数据库密钥将改由口令保护。以后每次打开数据库都需要这个口令。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Created %1; its key is protected by the passphrase.</source>
        <translation>已创建 %1，其密钥由口令保护。</translation>
    </message>
    <message>
        <source>Created %1; its key is kept in the OS keychain.</source>
        <translation>已创建 %1，其密钥保存在操作系统钥匙串中。</translation>
    </message>
    <message>
        <source>The recovery key was written to %1 (readable by you only). Move it somewhere safe and offline: it opens the database when everything else is lost.</source>
        <translation>恢复密钥已写入 %1（仅您本人可读）。请将它转移到安全的离线位置：其他手段全部失效时，只有它能打开数据库。</translation>
    </message>
    <message>
        <source>Could not write the recovery key to %1: %2. It is shown below instead.</source>
        <translation>无法将恢复密钥写入 %1：%2。改为在下方显示。</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; write it down and keep it safe and offline, it opens the database when everything else is lost):</source>
        <translation>恢复密钥（只显示这一次；请抄写下来并离线妥善保管，其他手段全部失效时，只有它能打开数据库）：</translation>
    </message>
    <message>
        <source>The new recovery key was written to %1 (readable by you only). Move it somewhere safe and offline: it opens the database when everything else is lost.</source>
        <translation>新的恢复密钥已写入 %1（仅您本人可读）。请把它移到安全且离线的地方：当其他方式全部失效时，它仍能打开数据库。</translation>
    </message>
    <message>
        <source>New recovery key (shown only this once; write it down and keep it safe and offline, it opens the database when everything else is lost):</source>
        <translation>新的恢复密钥（仅显示这一次；请抄下来并离线妥善保管，当其他方式全部失效时，它仍能打开数据库）：</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 已存在；请为备份另选一个文件名。</translation>
    </message>
    <message>
        <source>The key information could not be copied to %1; no backup was kept.</source>
        <translation>无法把密钥信息复制到 %1；未保留备份。</translation>
    </message>
    <message>
        <source>The backup could not be recorded in the audit log, so it was removed: %1</source>
        <translation>备份无法记入审计日志，因此已将其删除：%1</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 already exists; a restore never overwrites a database. Choose a new file name, or move the existing file away first.</source>
        <translation>%1 已存在；恢复绝不会覆盖数据库。请另选文件名，或先把现有文件移走。</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>无法把备份复制到 %1。</translation>
    </message>
    <message>
        <source>The key information of the backup could not be copied to %1.</source>
        <translation>无法把备份的密钥信息复制到 %1。</translation>
    </message>
    <message>
        <source>%1 was not made by the backup command of this HR Desk version; restoring it would give two databases the same device identity. Make a new backup of it with hrdesk-admin backup and restore that.</source>
        <translation>%1 不是由本版本 HR Desk 的备份命令生成的；恢复它会使两个数据库拥有相同的设备身份。请先用 hrdesk-admin backup 为它重新做一次备份，再恢复那个备份。</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>%1 already exists. HR Desk never replaces an existing database; choose another file or open this one.</source>
        <translation>%1 已存在。HR Desk 绝不会替换已有的数据库；请另选文件，或直接打开该数据库。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The key kept in the keychain does not open this database (it belongs to another file, or the database was rekeyed elsewhere). Open it with the recovery key.</source>
        <translation>钥匙串中保存的密钥无法打开此数据库（它属于其他文件，或者数据库已在别处更换了密钥）。请用恢复密钥打开。</translation>
    </message>
    <message>
        <source>The key was stored in the keychain again; next time the database opens without the recovery key.</source>
        <translation>密钥已重新存入钥匙串；下次打开数据库时无需再输入恢复密钥。</translation>
    </message>
    <message>
        <source>The database is open, but the key could not be stored in the keychain again: %1</source>
        <translation>数据库已打开，但密钥未能重新存入钥匙串：%1</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase: give the passphrase that will protect the new key.</source>
        <translation>此数据库由口令保护：请提供用于保护新密钥的口令。</translation>
    </message>
    <message>
        <source>There is no key information beside %1.</source>
        <translation>%1 旁边没有密钥信息文件。</translation>
    </message>
    <message>
        <source>An interrupted key change could not be completed: %1</source>
        <translation>无法完成被中断的密钥更换：%1</translation>
    </message>
    <message>
        <source>A key change of this database was interrupted after the file had been re-encrypted. HR Desk has completed it: the new key and the new recovery key open the database; the old recovery key no longer does.</source>
        <translation>此数据库的一次密钥更换在文件重新加密之后被中断。HR Desk 已将其完成：新密钥和新恢复密钥可以打开数据库，旧恢复密钥不再有效。</translation>
    </message>
    <message>
        <source>An interrupted key change could not be undone: %1</source>
        <translation>无法撤销被中断的密钥更换：%1</translation>
    </message>
    <message>
        <source>A key change of this database was interrupted before the file was re-encrypted. The database still uses its old key and its old recovery key; the recovery key shown for that key change does not open it. Run the key change again if it is still needed.</source>
        <translation>此数据库的一次密钥更换在文件重新加密之前被中断。数据库仍使用旧密钥和旧恢复密钥；那次密钥更换时显示的恢复密钥打不开它。如仍有需要，请重新更换密钥。</translation>
    </message>
    <message>
        <source>A key change of this database was interrupted. Open it once with the keychain or the passphrase so that HR Desk can complete or undo it.</source>
        <translation>此数据库的一次密钥更换被中断。请先用钥匙串或口令打开一次，以便 HR Desk 完成或撤销这次更换。</translation>
    </message>
    <message>
        <source>Could not generate a database key.</source>
        <translation>无法生成数据库密钥。</translation>
    </message>
    <message>
        <source>The new key could not be stored; nothing was changed. %1</source>
        <translation>无法保存新密钥；未做任何更改。%1</translation>
    </message>
    <message>
        <source>The new recovery key could not be handed out (%1); the database keeps its old key.</source>
        <translation>无法交付新的恢复密钥（%1）；数据库保留旧密钥。</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted; it still uses its old key, and the recovery key just shown does not open it. %1</source>
        <translation>无法重新加密数据库；它仍使用旧密钥，刚才显示的恢复密钥打不开它。%1</translation>
    </message>
    <message>
        <source>The database was re-encrypted, but its key information could not be updated (%1); HR Desk will complete that the next time it opens the database.</source>
        <translation>数据库已重新加密，但其密钥信息无法更新（%1）；HR Desk 会在下次打开数据库时完成这一步。</translation>
    </message>
</context>
<context>
    <name>XlsxCharacterData</name>
    <message>
        <source>invalid character reference &amp;%1;</source>
        <translation>无效的字符引用 &amp;%1;</translation>
    </message>
    <message>
        <source>unknown entity &amp;%1;</source>
        <translation>未知实体 &amp;%1;</translation>
    </message>
    <message>
        <source>a text is not UTF-8 (bytes %1)</source>
        <translation>某段文本不是有效的 UTF-8 编码（字节 %1）</translation>
    </message>
    <message>
        <source>a text contains the control character U+%1</source>
        <translation>某段文本含有控制字符 U+%1</translation>
    </message>
</context>
<context>
    <name>XlsxExportWriter</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Cannot create the worksheet &quot;%1&quot;.</source>
        <translation>无法创建工作表“%1”。</translation>
    </message>
    <message>
        <source>The page header or footer of the workbook is not accepted.</source>
        <translation>工作簿的页眉或页脚无效。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows.</source>
        <translation>一个 Excel 工作表最多只能容纳 %1 行。</translation>
    </message>
    <message>
        <source>Cannot write row %1 of the workbook: %2</source>
        <translation>无法写入工作簿的第 %1 行：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished workbook could not be moved into place.</source>
        <translation>无法写入 %1：生成的工作簿无法移动到目标位置。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: %2 in %3, line %4.</source>
        <translation>%1 已损坏：%3 第 %4 行：%2。</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: it has no %2.</source>
        <translation>%1 不是完整的 Excel 工作簿：缺少 %2。</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 (%3).</source>
        <translation>%1 已损坏：%2（%3）。</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot; (it has: %3).</source>
        <translation>%1 中没有名为“%2”的工作表（现有工作表：%3）。</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the data of sheet &quot;%2&quot; is missing.</source>
        <translation>%1 不是完整的 Excel 工作簿：缺少工作表“%2”的数据。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet ends in the middle (the file is truncated).</source>
        <translation>%1 已损坏：工作表中途结束（文件被截断）。</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 is past the last row a sheet can have (%3).</source>
        <translation>%1 已损坏：第 %2 行超出了工作表允许的最后一行（%3）。</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 of the sheet comes after row %3 (rows must be in ascending order).</source>
        <translation>%1 已损坏：工作表的第 %2 行出现在第 %3 行之后（各行必须按升序排列）。</translation>
    </message>
</context>
<context>
    <name>XlsxSheetScanner</name>
    <message>
        <source>the part is written in UTF-16; only UTF-8 can be read</source>
        <translation>该部件采用 UTF-16 编码；只能读取 UTF-8</translation>
    </message>
    <message>
        <source>the part ends before it is complete</source>
        <translation>该部件在完整结束前中断</translation>
    </message>
    <message>
        <source>there is a second root element</source>
        <translation>存在第二个根元素</translation>
    </message>
    <message>
        <source>the value of attribute %1 contains &quot;&lt;&quot;</source>
        <translation>属性 %1 的值中含有“&lt;”</translation>
    </message>
    <message>
        <source>attribute %1 is given twice</source>
        <translation>属性 %1 重复出现</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; has no start tag</source>
        <translation>结束标签 &lt;/%1&gt; 没有对应的开始标签</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not match the start tag &lt;%2&gt;</source>
        <translation>结束标签 &lt;/%1&gt; 与开始标签 &lt;%2&gt; 不匹配</translation>
    </message>
    <message>
        <source>a comment contains &quot;--&quot;</source>
        <translation>注释中含有“--”</translation>
    </message>
    <message>
        <source>there is text outside the root element</source>
        <translation>根元素之外有文本</translation>
    </message>
    <message>
        <source>a document type declaration (DOCTYPE) is not allowed</source>
        <translation>不允许文档类型声明（DOCTYPE）</translation>
    </message>
    <message>
        <source>the XML declaration is not at the start</source>
        <translation>XML 声明不在开头</translation>
    </message>
    <message>
        <source>the part is written in %1; only UTF-8 can be read</source>
        <translation>该部件采用 %1 编码；只能读取 UTF-8</translation>
    </message>
    <message>
        <source>the text contains &quot;]]&gt;&quot;</source>
        <translation>文本中含有“]]&gt;”</translation>
    </message>
    <message>
        <source>a tag is malformed</source>
        <translation>标签格式错误</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes</source>
        <translation>某个元素的属性超过 %1 个</translation>
    </message>
    <message>
        <source>the elements are nested too deeply</source>
        <translation>元素嵌套层级过深</translation>
    </message>
    <message>
        <source>a text, tag or comment is longer than %1 MiB</source>
        <translation>某段文本、标签或注释超过 %1 MiB</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive, or it is truncated or damaged.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）：它不是 zip 压缩包，或者已被截断或损坏。</translation>
    </message>
    <message>
        <source>%1 is a ZIP64 archive, which is not supported for workbooks.</source>
        <translation>%1 是 ZIP64 压缩包，工作簿不支持这种格式。</translation>
    </message>
    <message>
        <source>%1 is damaged: its table of contents is broken.</source>
        <translation>%1 已损坏：其文件目录已损坏。</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: it has no %2.</source>
        <translation>%1 不是完整的 Excel 工作簿：缺少 %2。</translation>
    </message>
    <message>
        <source>%1 is encrypted; save it without a password and import it again.</source>
        <translation>%1 已加密；请去掉密码另存后重新导入。</translation>
    </message>
    <message>
        <source>%1 uses a compression method HR Desk cannot read (%2).</source>
        <translation>%1 使用了 HR Desk 无法读取的压缩方式（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 (%3).</source>
        <translation>%1 已损坏：%2（%3）。</translation>
    </message>
</context>
<context>
    <name>ZipEntryDevice</name>
    <message>
        <source>the entry&apos;s header is missing</source>
        <translation>条目头缺失</translation>
    </message>
    <message>
        <source>the data is cut off: the file is truncated</source>
        <translation>数据不完整：文件被截断</translation>
    </message>
    <message>
        <source>cannot start decompressing</source>
        <translation>无法开始解压缩</translation>
    </message>
    <message>
        <source>the data does not match its checksum</source>
        <translation>数据与校验和不符</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>压缩数据已损坏</translation>
    </message>
</context>
<context>
    <name>hrdesk::models::AuditActionNames</name>
    <message>
        <source>Database created</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Local user created</source>
        <translation>创建本地用户</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Department created</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Employee hired</source>
        <translation>员工入职</translation>
    </message>
    <message>
        <source>Employee imported</source>
        <translation>员工导入</translation>
    </message>
    <message>
        <source>Employee file changed</source>
        <translation>修改员工档案</translation>
    </message>
    <message>
        <source>Employee transferred</source>
        <translation>员工调岗</translation>
    </message>
    <message>
        <source>Employee promoted</source>
        <translation>员工晋升</translation>
    </message>
    <message>
        <source>Employee probation started</source>
        <translation>员工开始试用</translation>
    </message>
    <message>
        <source>Employee passed probation</source>
        <translation>员工转正</translation>
    </message>
    <message>
        <source>Employee gave notice</source>
        <translation>员工提出离职</translation>
    </message>
    <message>
        <source>Employee notice withdrawn</source>
        <translation>员工撤回离职</translation>
    </message>
    <message>
        <source>Employee departed</source>
        <translation>员工离职</translation>
    </message>
    <message>
        <source>Employee file printed</source>
        <translation>打印员工档案</translation>
    </message>
    <message>
        <source>Employee field unmasked</source>
        <translation>查看员工敏感信息明文</translation>
    </message>
    <message>
        <source>Labour contract signed</source>
        <translation>签订劳动合同</translation>
    </message>
    <message>
        <source>Labour contract renewed</source>
        <translation>续签劳动合同</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <source>Staff file imported</source>
        <translation>导入员工文件</translation>
    </message>
    <message>
        <source>Staff list exported</source>
        <translation>导出员工列表</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer imported</source>
        <translation>客户导入</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>Customer owner changed</source>
        <translation>客户负责人变更</translation>
    </message>
    <message>
        <source>Customer field unmasked</source>
        <translation>查看客户敏感信息明文</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Contact field unmasked</source>
        <translation>查看联系人敏感信息明文</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>新增跟进记录</translation>
    </message>
    <message>
        <source>Deal added</source>
        <translation>新增商机</translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation>修改商机</translation>
    </message>
    <message>
        <source>Sales contract added</source>
        <translation>新增销售合同</translation>
    </message>
    <message>
        <source>Customer file imported</source>
        <translation>导入客户文件</translation>
    </message>
    <message>
        <source>Customer list exported</source>
        <translation>导出客户列表</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Local user</source>
        <translation>本地用户</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Labour contract</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Sales contract</source>
        <translation>销售合同</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Database key changed</source>
        <translation>数据库密钥已更换</translation>
    </message>
    <message>
        <source>Interrupted key change undone</source>
        <translation>已撤销被中断的密钥更换</translation>
    </message>
    <message>
        <source>Key put back into the keychain</source>
        <translation>密钥已放回钥匙串</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <source>New device identity</source>
        <translation>新的设备身份</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Department renamed</source>
        <translation>部门重命名</translation>
    </message>
    <message>
        <source>Department moved</source>
        <translation>部门移动</translation>
    </message>
    <message>
        <source>Labour contract ended early</source>
        <translation>提前解除劳动合同</translation>
    </message>
    <message>
        <source>Labour contract corrected</source>
        <translation>更正劳动合同</translation>
    </message>
    <message>
        <source>Follow-up corrected</source>
        <translation>更正跟进记录</translation>
    </message>
    <message>
        <source>Employee archived</source>
        <translation>员工档案归档</translation>
    </message>
    <message>
        <source>Employee restored</source>
        <translation>员工档案恢复</translation>
    </message>
    <message>
        <source>Document archived</source>
        <translation>附件归档</translation>
    </message>
    <message>
        <source>Document restored</source>
        <translation>附件恢复</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>客户归档</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>客户恢复</translation>
    </message>
    <message>
        <source>Contact archived</source>
        <translation>联系人归档</translation>
    </message>
    <message>
        <source>Contact restored</source>
        <translation>联系人恢复</translation>
    </message>
    <message>
        <source>Follow-up archived</source>
        <translation>跟进记录归档</translation>
    </message>
    <message>
        <source>Follow-up restored</source>
        <translation>跟进记录恢复</translation>
    </message>
</context>
<context>
    <name>hrdesk::models::AuditFieldNames</name>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出方式</translation>
    </message>
    <message>
        <source>Unmasked fields</source>
        <translation>显示明文的字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Renewal of</source>
        <translation>续签自</translation>
    </message>
    <message>
        <source>Renewal number</source>
        <translation>续签次数</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>跳过行数</translation>
    </message>
    <message>
        <source>Departments created</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门数</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人数</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录数</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Sales contracts</source>
        <translation>销售合同数</translation>
    </message>
    <message>
        <source>Owner changes</source>
        <translation>负责人变更数</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>归档时间</translation>
    </message>
</context>
<context>
    <name>hrdesk::models::CustomerListModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
</context>
<context>
    <name>hrdesk::models::StaffListModel</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
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
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
</context>
<context>
    <name>hrdesk::search::SearchHitSets</name>
    <message>
        <source>The database is not an open HR Desk database.</source>
        <translation>该数据库不是已打开的 HR Desk 数据库。</translation>
    </message>
</context>
<context>
    <name>hrdesk::security::DatabaseKeyring</name>
    <message>
        <source>The key information file %1 is missing. Unlock the database with its recovery key.</source>
        <translation>缺少密钥信息文件 %1。请用恢复密钥解锁数据库。</translation>
    </message>
    <message>
        <source>The database %1 already has a key (%2). HR Desk does not replace an existing database&apos;s key.</source>
        <translation>数据库 %1 已有密钥（%2）。HR Desk 不会替换已有数据库的密钥。</translation>
    </message>
    <message>
        <source>Could not generate a database key.</source>
        <translation>无法生成数据库密钥。</translation>
    </message>
    <message>
        <source>The database key could not be stored in the system keychain: %1</source>
        <translation>数据库密钥未能存入系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The database %1 is protected by a passphrase.</source>
        <translation>数据库 %1 由口令保护。</translation>
    </message>
    <message>
        <source>The key of the database %1 is not in this computer&apos;s keychain (it may have been created on another computer or the keychain was reset). Unlock it with its recovery key; HR Desk will then store the key again.</source>
        <translation>本机钥匙串中没有数据库 %1 的密钥（它可能是在其他电脑上创建的，或者钥匙串已被重置）。请用恢复密钥解锁，HR Desk 随后会重新保存密钥。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the database %1 cannot be unlocked automatically: %2 Unlock the keychain, or use the recovery key.</source>
        <translation>系统钥匙串不可用，无法自动解锁数据库 %1：%2 请解锁钥匙串，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>The keychain entry for the database %1 is not a valid key.</source>
        <translation>钥匙串中数据库 %1 的条目不是有效的密钥。</translation>
    </message>
    <message>
        <source>The database %1 is not protected by a passphrase.</source>
        <translation>数据库 %1 不是由口令保护的。</translation>
    </message>
    <message>
        <source>The new database key is not valid.</source>
        <translation>新的数据库密钥无效。</translation>
    </message>
    <message>
        <source>The new database key could not be stored in the system keychain: %1</source>
        <translation>新的数据库密钥未能存入系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The database key is not valid.</source>
        <translation>数据库密钥无效。</translation>
    </message>
    <message>
        <source>The database %1 is protected by a passphrase, not by the keychain.</source>
        <translation>数据库 %1 由口令保护，而不是由钥匙串保护。</translation>
    </message>
    <message>
        <source>The keychain entry %1 is not a valid key.</source>
        <translation>钥匙串条目 %1 不是有效的密钥。</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase.</source>
        <translation>密钥受口令保护。</translation>
    </message>
    <message>
        <source>An earlier key change of %1 is not finished; open the database once so that HR Desk completes or undoes it, then try again.</source>
        <translation>%1 之前的一次密钥更换尚未完成；请先打开一次数据库，让 HR Desk 完成或撤销它，然后再试。</translation>
    </message>
</context>
<context>
    <name>hrdesk::security::KeyInfoFile</name>
    <message>
        <source>it is not a JSON object</source>
        <translation>内容不是 JSON 对象</translation>
    </message>
    <message>
        <source>the format number is missing</source>
        <translation>缺少格式编号</translation>
    </message>
    <message>
        <source>format %1 is not supported by this version of HR Desk</source>
        <translation>此版本的 HR Desk 不支持格式 %1</translation>
    </message>
    <message>
        <source>the database id is missing or invalid</source>
        <translation>数据库 ID 缺失或无效</translation>
    </message>
    <message>
        <source>the keychain entry is not named</source>
        <translation>未指定钥匙串条目名称</translation>
    </message>
    <message>
        <source>the key derivation function is not supported</source>
        <translation>不支持该密钥派生函数</translation>
    </message>
    <message>
        <source>the key derivation parameters are invalid</source>
        <translation>密钥派生参数无效</translation>
    </message>
    <message>
        <source>the protected key is missing or not valid base64</source>
        <translation>受保护的密钥缺失或不是有效的 base64</translation>
    </message>
    <message>
        <source>the protection &quot;%1&quot; is unknown</source>
        <translation>未知的保护方式“%1”</translation>
    </message>
    <message>
        <source>Could not read the key information file %1: %2</source>
        <translation>无法读取密钥信息文件 %1：%2</translation>
    </message>
    <message>
        <source>The key information file %1 is damaged: %2</source>
        <translation>密钥信息文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>Could not write the key information file %1: %2</source>
        <translation>无法写入密钥信息文件 %1：%2</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>the pending new key: %1</source>
        <translation>待启用的新密钥：%1</translation>
    </message>
</context>
<context>
    <name>hrdesk::security::KeychainSecretStore</name>
    <message>
        <source>The system keychain has no entry for %1.</source>
        <translation>系统钥匙串中没有 %1 的条目。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>没有可用的系统钥匙串（%1）。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied or it is locked (%1).</source>
        <translation>访问系统钥匙串被拒绝，或钥匙串已锁定（%1）。</translation>
    </message>
    <message>
        <source>No system keychain is running (%1).</source>
        <translation>系统钥匙串服务未运行（%1）。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统钥匙串报告错误：%1</translation>
    </message>
</context>
<context>
    <name>hrdesk::security::MemorySecretStore</name>
    <message>
        <source>The secret store is not available.</source>
        <translation>密钥存储不可用。</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>没有为 %1 保存密钥。</translation>
    </message>
</context>
<context>
    <name>hrdesk::security::PassphraseKeyWrap</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>口令长度至少为 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key protection parameters are invalid.</source>
        <translation>密钥保护参数无效。</translation>
    </message>
    <message>
        <source>Not enough secure memory to protect the key.</source>
        <translation>安全内存不足，无法保护密钥。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法从口令派生密钥。</translation>
    </message>
    <message>
        <source>There is no key to protect.</source>
        <translation>没有需要保护的密钥。</translation>
    </message>
    <message>
        <source>The protected key is damaged.</source>
        <translation>受保护的密钥已损坏。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令错误。</translation>
    </message>
</context>
<context>
    <name>hrdesk::security::RecoveryKey</name>
    <message>
        <source>The recovery key may contain only the digits 0-9 and the letters A-F.</source>
        <translation>恢复密钥只能包含数字 0-9 和字母 A-F。</translation>
    </message>
    <message>
        <source>A recovery key has %1 digits and letters; this one has %2.</source>
        <translation>恢复密钥应有 %1 个数字和字母，而输入的有 %2 个。</translation>
    </message>
    <message>
        <source>The recovery key could not be read.</source>
        <translation>无法读取恢复密钥。</translation>
    </message>
    <message>
        <source>There is no valid key to write.</source>
        <translation>没有可写入的有效密钥。</translation>
    </message>
    <message>
        <source>Could not write the recovery key to %1: %2</source>
        <translation>无法将恢复密钥写入 %1：%2</translation>
    </message>
    <message>
        <source>the HR Desk database</source>
        <translation>HR Desk 数据库</translation>
    </message>
    <message>
        <source># HR Desk recovery key for %1. Anyone with this key can read the database: keep it offline and safe.</source>
        <translation># %1 的 HR Desk 恢复密钥。任何持有此密钥的人都能读取数据库：请离线妥善保管。</translation>
    </message>
    <message>
        <source># Use it in HR Desk&apos;s &quot;Unlock with recovery key&quot;, or with the sqlcipher shell: open the database, then enter the PRAGMA line below.</source>
        <translation># 可在 HR Desk 的“用恢复密钥解锁”中使用，或在 sqlcipher 命令行中使用：打开数据库后输入下面的 PRAGMA 行。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HR Desk</source>
        <translation>HR Desk 人事助手</translation>
    </message>
</context>
</TS>

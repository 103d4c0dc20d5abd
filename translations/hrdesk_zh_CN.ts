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
    <name>AuditActionNames</name>
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
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>demo, without password</source>
        <translation>演示免密登录</translation>
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
        <source>Writes a consistent encrypted copy of the database (safe while HR Desk has it open) with the same key, copies the key information beside it, then opens the copy to verify it.</source>
        <translation>用相同的密钥写出数据库的一致性加密副本（HR Desk 正在使用数据库时也可安全执行），把密钥信息文件复制到副本旁边，然后打开副本进行校验。</translation>
    </message>
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
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 已存在，请为备份另选一个文件名。</translation>
    </message>
    <message>
        <source>The backup was written, but the key information could not be copied to %1.</source>
        <translation>备份已写出，但密钥信息未能复制到 %1。</translation>
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
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>HR Desk: staff files, departures and customer handover.</source>
        <translation>HR Desk：员工档案、离职办理与客户交接。</translation>
    </message>
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
</context>
<context>
    <name>DialogStartupPrompter</name>
    <message>
        <source>HR Desk</source>
        <translation>HR Desk 人事助手</translation>
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
        <source>Re-encrypts the database with a new random key, stores it where the old one was kept, and shows the new recovery key. The old recovery key stops working. A passphrase-protected database keeps the passphrase of --passphrase-file, or takes the one of --new-passphrase-file.</source>
        <translation>用新的随机密钥重新加密数据库，把新密钥保存在原密钥所在之处，并显示新的恢复密钥。旧的恢复密钥随即失效。口令保护的数据库沿用 --passphrase-file 的口令，或改用 --new-passphrase-file 的口令。</translation>
    </message>
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
    <name>StartupFlow</name>
    <message>
        <source>Signing in without a password (--sign-in-as) is only allowed on demo databases. Please sign in with your password.</source>
        <translation>免密码登录（--sign-in-as）仅允许用于演示数据库。请使用密码登录。</translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot; in this database.</source>
        <translation>此数据库中没有登录名为“%1”的用户。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This file has no HR Desk identity; it was not created by HR Desk.</source>
        <translation>此文件没有 HR Desk 标识，不是由 HR Desk 创建的。</translation>
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
        <source>The database could not be re-encrypted; it still uses its old key. %1</source>
        <translation>数据库未能重新加密，仍在使用原密钥。%1</translation>
    </message>
    <message>
        <source>The database was re-encrypted, but the new key could not be stored (%1). Keep the new recovery key: it is the only way to open the database now.</source>
        <translation>数据库已重新加密，但新密钥未能保存（%1）。请保管好新的恢复密钥：它现在是打开数据库的唯一途径。</translation>
    </message>
    <message>
        <source>There is no key information beside %1.</source>
        <translation>%1 旁边没有密钥信息文件。</translation>
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

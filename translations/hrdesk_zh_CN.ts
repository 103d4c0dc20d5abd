<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditActionNames</name>
    <message>
        <source>Database created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local user created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>event %1 does not follow the event before it (the chain is broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was altered after it was written (its hash does not match)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change and sign-in on this desk, newest first. Events are hash-chained: a changed or deleted event breaks the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 events checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>The database is busy; try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: command %1 declared no audit event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the change for synchronisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The credit code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot appear in a credit code (digits and capital letters except I, O, S, V, Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code and must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character should be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 already exists; HR Desk does not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database key must be 256 bits long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo data generation was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of employees and customers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has staff or customers; demo data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write employee %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the demo passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo login %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a demo customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogStartupPrompter</name>
    <message>
        <source>HR Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no HR Desk database at %1 yet.

HR Desk will create a new encrypted database there. Its key is generated at random and kept in this computer&apos;s keychain; you will also receive a recovery key to store safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No keychain answered on this computer, so the database key cannot be kept there. A passphrase will protect the key instead: choose one of at least %n characters. You will need it every time HR Desk starts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can sign in to this database yet. Create the first account; it will be an HR/IT administrator who can add the other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalUserDirectory</name>
    <message>
        <source>HR clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR/IT administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; must be 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the login &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HR Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer HR Desk (schema %1; this program knows %2). Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the migration to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration to schema %1 (%2) failed and was undone: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the migration to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>The mobile number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has only digits; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number begins with 13 to 19, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher (version unknown), 256-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1, 256-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain was available on this computer, so the database key is protected by a passphrase. Anyone who learns the passphrase and copies the file can read the data: keep the passphrase secret, and keep the recovery key somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key is protected by a passphrase, not by the keychain. Keep the passphrase secret, and keep the recovery key somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered on this computer (it may be missing or locked), so the database key is protected by your passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>I have stored the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the recovery key of the new database. It is shown only this once.

If the keychain entry or the passphrase is ever lost, the recovery key is the only way to open the database. Print it or save it to a file and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR Desk recovery key
Database: %1
Created: %2

%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEntryDialog</name>
    <message>
        <source>Recovery key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered on this computer, so the key of the database %1 cannot be read from it.

Enter the recovery key you stored when the database was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of this computer has no entry for the database %1 (for example after a new user profile or a reinstall).

Enter the recovery key you stored when the database was created. The database is not changed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentIdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number; enter the 18-digit number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) must be a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character must be a digit or X, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code %1 does not begin with a province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language is applied the next time HR Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart HR Desk to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your HR Desk account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>Cannot open the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key is wrong, or this is not an HR Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database key must be 256 bits long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Cannot prepare the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prepared query may contain only one SQL statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot execute the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last statement of a batch may return rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement has been prepared, or the database was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind the query parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value is bound for the placeholder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has %1 placeholders but %2 values were bound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Signing in without a password (--sign-in-as) is only allowed on demo databases. Please sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the login &quot;%1&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This file has no HR Desk identity; it was not created by HR Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>%1 already exists. HR Desk never replaces an existing database; choose another file or open this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key kept in the keychain does not open this database (it belongs to another file, or the database was rekeyed elsewhere). Open it with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was stored in the keychain again; next time the database opens without the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open, but the key could not be stored in the keychain again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is protected by a passphrase: give the passphrase that will protect the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be re-encrypted; it still uses its old key. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was re-encrypted, but the new key could not be stored (%1). Keep the new recovery key: it is the only way to open the database now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key information beside %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hrdesk::security::DatabaseKeyring</name>
    <message>
        <source>The key information file %1 is missing. Unlock the database with its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already has a key (%2). HR Desk does not replace an existing database&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate a database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key could not be stored in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the database %1 is not in this computer&apos;s keychain (it may have been created on another computer or the keychain was reset). Unlock it with its recovery key; HR Desk will then store the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the database %1 cannot be unlocked automatically: %2 Unlock the keychain, or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for the database %1 is not a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database key could not be stored in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is protected by a passphrase, not by the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hrdesk::security::KeyInfoFile</name>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not supported by this version of HR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database id is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry is not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation function is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation parameters are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protected key is missing or not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protection &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the key information file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key information file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the key information file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hrdesk::security::KeychainSecretStore</name>
    <message>
        <source>The system keychain has no entry for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied or it is locked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is running (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hrdesk::security::MemorySecretStore</name>
    <message>
        <source>The secret store is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hrdesk::security::PassphraseKeyWrap</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The key protection parameters are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough secure memory to protect the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hrdesk::security::RecoveryKey</name>
    <message>
        <source>The recovery key may contain only the digits 0-9 and the letters A-F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has %1 digits and letters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid key to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the recovery key to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HR Desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># HR Desk recovery key for %1. Anyone with this key can read the database: keep it offline and safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Use it in HR Desk&apos;s &quot;Unlock with recovery key&quot;, or with the sqlcipher shell: open the database, then enter the PRAGMA line below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Demo database with {count} members created in {seconds:.1f} s: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the program on it with: uniondesk --db {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{path} already exists. Add --force to replace it with a new demo database (everything in it will be lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of members must be between 1 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Membership change: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. union committee meeting of 2026-03-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be edited afterwards: check the date before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the change and its date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number has {count} characters; a resident ID card number has 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number may contain only digits, and X as its last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 7-14 of the ID number ({digits}) are not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number ({date}) is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s last character should be {expected}, not {actual}: a digit was probably mistyped. Compare it with the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{event}” cannot be recorded for a member whose status is “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must not be earlier than the last event in the history ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UnionDesk — {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About UnionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionDesk {version}
The office program of a grassroots trade union: members, and the paperwork around them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberColumns</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to data collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant worker (农民工)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by the provincial system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to data collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the member came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to complete: {count} field(s) marked *.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRules</name>
    <message>
        <source>This ID number belongs to {name}, who is in the trash. Restore {name} from the trash instead of adding the member again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number already belongs to {name}. Open that member instead of adding them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists (deleted or moved to the trash). Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a value of this list; pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number says the birth date is {id_date}; correct the birth date or the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number belongs to a {gender} (its 17th digit); correct the gender or the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the member joined the union.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date ({date}) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date ({date}) is before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, pinyin (zhs), phone or ID tail, card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant workers or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not migrant workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} member(s) moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>A mobile number has 11 digits; this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number, or a landline with its area code such as 010-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time UnionDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database {path} was written by a newer UnionDesk. Install the newer release to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Close the other UnionDesk window (or the program holding the file) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a UnionDesk database (or it is damaged). Choose the right file, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or create one with `uniondesk demo`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members moved to the trash are kept until restored. Select members and press Restore to put them back in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

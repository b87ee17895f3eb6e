<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MILMA Desktop</source>
            <translation>About MILMA Desktop</translation>
        </message>
        <message>
            <source>MILMA Desktop</source>
            <translation>MILMA Desktop</translation>
        </message>
        <message>
            <source>Participants, itineraries, coaching, life stories and connector meetings, kept on this computer and exchanged by USB.</source>
            <translation>Participants, itineraries, coaching, life stories and connector meetings, kept on this computer and exchanged by USB.</translation>
        </message>
        <message>
            <source>Version {version} · licence {licence}</source>
            <translation>Version {version} · licence {licence}</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>no data folder open</source>
            <translation>no data folder open</translation>
        </message>
        <message>
            <source>Log folder:</source>
            <translation>Log folder:</translation>
        </message>
        <message>
            <source>{font} fonts: licence {licence} (see {file})</source>
            <translation>{font} fonts: licence {licence} (see {file})</translation>
        </message>
        <message>
            <source>see its file</source>
            <translation>see its file</translation>
        </message>
        <message>
            <source>No fonts bundled.</source>
            <translation>No fonts bundled.</translation>
        </message>
        <message>
            <source>&amp;Libraries bundled:</source>
            <translation>&amp;Libraries bundled:</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>stated in its licence file</source>
            <translation>stated in its licence file</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>Too many wrong passwords in a row: try again in {seconds} s.</source>
            <translation>Too many wrong passwords in a row: try again in {seconds} s.</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation>The password needs at least {n} characters.</translation>
        </message>
        <message>
            <source>The two passwords differ: type the same twice.</source>
            <translation>The two passwords differ: type the same twice.</translation>
        </message>
        <message>
            <source>Log in first: this data store has accounts.</source>
            <translation>Log in first: this data store has accounts.</translation>
        </message>
        <message>
            <source>Your role, {role}, may not {what}.</source>
            <translation>Your role, {role}, may not {what}.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>Write a user name of one word (up to 40 letters, digits or signs).</source>
            <translation>Write a user name of one word (up to 40 letters, digits or signs).</translation>
        </message>
        <message>
            <source>The first account must be an administrator.</source>
            <translation>The first account must be an administrator.</translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>Unknown role {role}.</translation>
        </message>
        <message>
            <source>There is already an account called {name}.</source>
            <translation>There is already an account called {name}.</translation>
        </message>
        <message>
            <source>There is no account called {name}.</source>
            <translation>There is no account called {name}.</translation>
        </message>
        <message>
            <source>The last administrator must stay one.</source>
            <translation>The last administrator must stay one.</translation>
        </message>
        <message>
            <source>The idle time must be between 1 and 240 minutes.</source>
            <translation>The idle time must be between 1 and 240 minutes.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Technician (full name):</source>
            <translation>&amp;Technician (full name):</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>R&amp;ole:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>&amp;Repeat the password:</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>New password for {name}</source>
            <translation>New password for {name}</translation>
        </message>
        <message>
            <source>Write the full name of the technician this account stands for: it is recorded with what they do.</source>
            <translation>Write the full name of the technician this account stands for: it is recorded with what they do.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>May log in</source>
            <translation>May log in</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>&amp;New account…</translation>
        </message>
        <message>
            <source>New pass&amp;word…</source>
            <translation>New pass&amp;word…</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Lock after this time without input:</source>
            <translation>&amp;Lock after this time without input:</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Switch off</source>
            <translation>&amp;Switch off</translation>
        </message>
        <message>
            <source>&amp;Switch on</source>
            <translation>&amp;Switch on</translation>
        </message>
        <message>
            <source>{name} may log in again once given a new password (New password…): the encrypted data opens with that one.</source>
            <translation>{name} may log in again once given a new password (New password…): the encrypted data opens with that one.</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <source>Coaching appointment</source>
            <translation>Coaching appointment</translation>
        </message>
        <message>
            <source>Coaching session</source>
            <translation>Coaching session</translation>
        </message>
        <message>
            <source>Connector meeting</source>
            <translation>Connector meeting</translation>
        </message>
        <message>
            <source>Planned connector meeting</source>
            <translation>Planned connector meeting</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>Follow-up call</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connector</translation>
        </message>
        <message>
            <source>{kind} · {detail}</source>
            <translation>{kind} · {detail}</translation>
        </message>
        <message>
            <source>{role}: {name}</source>
            <translation>{role}: {name}</translation>
        </message>
        <message>
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>With</source>
            <translation>With</translation>
        </message>
        <message>
            <source>Week of {start} to {end}</source>
            <translation>Week of {start} to {end}</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n appointment</numerusform>
                <numerusform>%n appointments</numerusform>
            </translation>
        </message>
        <message>
            <source>You have no appointment this week. Next appointments set in coaching sessions and connector meetings of your participants show here.</source>
            <translation>You have no appointment this week. Next appointments set in coaching sessions and connector meetings of your participants show here.</translation>
        </message>
        <message>
            <source>No appointment this week at this site. To see only yours, choose who you are in Settings.</source>
            <translation>No appointment this week at this site. To see only yours, choose who you are in Settings.</translation>
        </message>
        <message>
            <source>No appointment this week at this site.</source>
            <translation>No appointment this week at this site.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>No appointment.</source>
            <translation>No appointment.</translation>
        </message>
        <message>
            <source>No appointment this week.</source>
            <translation>No appointment this week.</translation>
        </message>
        <message>
            <source>Agenda printed on {date}</source>
            <translation>Agenda printed on {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>← &amp;Previous week</source>
            <translation>← &amp;Previous week</translation>
        </message>
        <message>
            <source>&amp;This week</source>
            <translation>&amp;This week</translation>
        </message>
        <message>
            <source>&amp;Next week →</source>
            <translation>&amp;Next week →</translation>
        </message>
        <message>
            <source>My appointments</source>
            <translation>My appointments</translation>
        </message>
        <message>
            <source>The whole site</source>
            <translation>The whole site</translation>
        </message>
        <message>
            <source>Whose appointments</source>
            <translation>Whose appointments</translation>
        </message>
        <message>
            <source>Choose who you are in Settings to see your own appointments.</source>
            <translation>Choose who you are in Settings to see your own appointments.</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>P&amp;rint…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>Appointments of the week</source>
            <translation>Appointments of the week</translation>
        </message>
        <message>
            <source>Save the week's agenda as PDF</source>
            <translation>Save the week's agenda as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>not a whole number: {value}</source>
            <translation>not a whole number: {value}</translation>
        </message>
        <message>
            <source>must be 0 or more: {value}</source>
            <translation>must be 0 or more: {value}</translation>
        </message>
        <message>
            <source>MILMA Desktop: participants, itineraries, coaching, life stories and connector meetings.</source>
            <translation>MILMA Desktop: participants, itineraries, coaching, life stories and connector meetings.</translation>
        </message>
        <message>
            <source>folder of the data store (default: $MILMA_DATA_DIR or the user data folder)</source>
            <translation>folder of the data store (default: $MILMA_DATA_DIR or the user data folder)</translation>
        </message>
        <message>
            <source>fill an empty data store with N demo participants first</source>
            <translation>fill an empty data store with N demo participants first</translation>
        </message>
        <message>
            <source>open the main window, wait until the first screen has loaded, then exit</source>
            <translation>open the main window, wait until the first screen has loaded, then exit</translation>
        </message>
        <message>
            <source>milma-desktop: error: {detail}</source>
            <translation>milma-desktop: error: {detail}</translation>
        </message>
        <message>
            <source>milma-desktop: {message}</source>
            <translation>milma-desktop: {message}</translation>
        </message>
        <message>
            <source>milma-desktop: unexpected error; details are in the log file.</source>
            <translation>milma-desktop: unexpected error; details are in the log file.</translation>
        </message>
        <message>
            <source>milma-desktop: the data store already has participants; no demo data added.</source>
            <translation>milma-desktop: the data store already has participants; no demo data added.</translation>
        </message>
        <message>
            <source>the first screen did not load in time.</source>
            <translation>the first screen did not load in time.</translation>
        </message>
        <message>
            <source>the data store has accounts: set MILMA_USER and MILMA_PASSWORD to log in.</source>
            <translation>the data store has accounts: set MILMA_USER and MILMA_PASSWORD to log in.</translation>
        </message>
        <message>
            <source>The data store is now encrypted. These accounts do not open it until they have a new password (File &gt; Accounts): {names}.</source>
            <translation>The data store is now encrypted. These accounts do not open it until they have a new password (File &gt; Accounts): {names}.</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>expected at least one argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>expected at most one argument</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>invalid %(type)s value: %(value)r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>one of the arguments %s is required</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>can't open '%(filename)s': %(error)s</translation>
        </message>
    </context>
    <context>
        <name>Associations</name>
        <message>
            <source>The association “{name}” cannot be deleted: introductions of participants name it ({count}). Mark it as not active instead: it is then no longer offered, and the introductions keep it.</source>
            <translation>The association “{name}” cannot be deleted: introductions of participants name it ({count}). Mark it as not active instead: it is then no longer offered, and the introductions keep it.</translation>
        </message>
    </context>
    <context>
        <name>AssociationsPage</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Choose an association in the list to see who was introduced to it.</source>
            <translation>Choose an association in the list to see who was introduced to it.</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Not active: no longer offered for new introductions</source>
            <translation>Not active: no longer offered for new introductions</translation>
        </message>
        <message>
            <source>{where} · Contact: {contact} · {state}</source>
            <translation>{where} · Contact: {contact} · {state}</translation>
        </message>
        <message>
            <source>Participants introduced to the association</source>
            <translation>Participants introduced to the association</translation>
        </message>
        <message>
            <source>Double-click a participant (or press Enter) to open their page.</source>
            <translation>Double-click a participant (or press Enter) to open their page.</translation>
        </message>
        <message>
            <source>Introductions</source>
            <translation>Introductions</translation>
        </message>
        <message>
            <source>Want to join</source>
            <translation>Want to join</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Associations</translation>
        </message>
        <message>
            <source>Filter associations by name, neighbourhood, contact…</source>
            <translation>Filter associations by name, neighbourhood, contact…</translation>
        </message>
        <message>
            <source>New association…</source>
            <translation>New association…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>New association</source>
            <translation>New association</translation>
        </message>
        <message>
            <source>Edit association</source>
            <translation>Edit association</translation>
        </message>
        <message numerus="yes">
            <source>%n association(s)</source>
            <translation>
                <numerusform>%n association</numerusform>
                <numerusform>%n associations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n association(s)</source>
            <translation>
                <numerusform>{shown} of %n association</numerusform>
                <numerusform>{shown} of %n associations</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the association “{name}”?</source>
            <translation>Delete the association “{name}”?</translation>
        </message>
        <message numerus="yes">
            <source>Participants introduced (%n)</source>
            <translation>
                <numerusform>Participant introduced (%n)</numerusform>
                <numerusform>Participants introduced (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Choose at least one participant to enrol.</source>
            <translation>Choose at least one participant to enrol.</translation>
        </message>
        <message>
            <source>Enrolled on: the lab ended on {end}; choose a date within the lab.</source>
            <translation>Enrolled on: the lab ended on {end}; choose a date within the lab.</translation>
        </message>
        <message>
            <source>Nobody is enrolled in the lab on that day: there is nothing to record.</source>
            <translation>Nobody is enrolled in the lab on that day: there is nothing to record.</translation>
        </message>
        <message>
            <source>Date: the lab runs from {start} to {end}; choose a day within it.</source>
            <translation>Date: the lab runs from {start} to {end}; choose a day within it.</translation>
        </message>
        <message>
            <source>A participant of the register is no longer enrolled in this lab. Open the register again.</source>
            <translation>A participant of the register is no longer enrolled in this lab. Open the register again.</translation>
        </message>
        <message>
            <source>{name} ({code}): {problem}</source>
            <translation>{name} ({code}): {problem}</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Viewed</source>
            <translation>Viewed</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Merge undone</source>
            <translation>Merge undone</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Erased</translation>
        </message>
        <message>
            <source>Entry {seq} was changed after it was written.</source>
            <translation>Entry {seq} was changed after it was written.</translation>
        </message>
        <message>
            <source>Entry {seq} does not follow the entry before it: an entry was removed, replaced or moved.</source>
            <translation>Entry {seq} does not follow the entry before it: an entry was removed, replaced or moved.</translation>
        </message>
        <message>
            <source>Entries {seq} to {last} are missing.</source>
            <translation>Entries {seq} to {last} are missing.</translation>
        </message>
        <message>
            <source>Entry {seq} is missing.</source>
            <translation>Entry {seq} is missing.</translation>
        </message>
        <message>
            <source>Entry {seq} arrived again with another content: the one received first was kept.</source>
            <translation>Entry {seq} arrived again with another content: the one received first was kept.</translation>
        </message>
        <message>
            <source>itinerary</source>
            <translation>itinerary</translation>
        </message>
        <message>
            <source>everything we hold</source>
            <translation>everything we hold</translation>
        </message>
        <message>
            <source>Bundle from {laptop}</source>
            <translation>Bundle from {laptop}</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Bundle</translation>
        </message>
        <message>
            <source>{action} ({document})</source>
            <translation>{action} ({document})</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Participant code</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>The audit log is BROKEN: entries were changed, removed or moved.</source>
            <translation>The audit log is BROKEN: entries were changed, removed or moved.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>this computer</translation>
        </message>
        <message>
            <source>{laptop}: {problem}</source>
            <translation>{laptop}: {problem}</translation>
        </message>
        <message>
            <source>Audit log of this laptop: {problem}</source>
            <translation>Audit log of this laptop: {problem}</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>Checking the audit log…</translation>
        </message>
        <message>
            <source>Every laptop</source>
            <translation>Every laptop</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Find a code, a record id, a name…</source>
            <translation>Find a code, a record id, a name…</translation>
        </message>
        <message>
            <source>Find in the audit log</source>
            <translation>Find in the audit log</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Every action</translation>
        </message>
        <message>
            <source>Only the coordinator can browse the entries of the audit log; its state is shown above.</source>
            <translation>Only the coordinator can browse the entries of the audit log; its state is shown above.</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entries on this computer.</source>
            <translation>
                <numerusform>The audit log is intact: %n entry on this computer.</numerusform>
                <numerusform>The audit log is intact: %n entries on this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The logs of %n laptops received are intact too.</source>
            <translation>
                <numerusform>The log of %n laptop received is intact too.</numerusform>
                <numerusform>The logs of %n laptops received are intact too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Made on request</source>
            <translation>Made on request</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Before an upgrade</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Before an import</translation>
        </message>
        <message>
            <source>Before a merge</source>
            <translation>Before a merge</translation>
        </message>
        <message>
            <source>Before an erasure</source>
            <translation>Before an erasure</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; no backup was made.</source>
            <translation>The folder {folder} does not exist; no backup was made.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>Choose a folder on another drive (a USB stick): this one is the data folder itself.</source>
            <translation>Choose a folder on another drive (a USB stick): this one is the data folder itself.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be written to.</source>
            <translation>The folder {folder} cannot be written to.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written to.</source>
            <translation>The data folder {folder} cannot be written to.</translation>
        </message>
        <message>
            <source>The backup {file} is of another laptop ({name}): restoring it would give this laptop that one's identity. Nothing was restored.</source>
            <translation>The backup {file} is of another laptop ({name}): restoring it would give this laptop that one's identity. Nothing was restored.</translation>
        </message>
        <message>
            <source>Could not write a backup to {folder} (is the drive full, read-only or removed?).</source>
            <translation>Could not write a backup to {folder} (is the drive full, read-only or removed?).</translation>
        </message>
        <message>
            <source>Cannot read the file {file}.</source>
            <translation>Cannot read the file {file}.</translation>
        </message>
        <message>
            <source>The file {file} is not a MILMA backup; nothing was restored.</source>
            <translation>The file {file} is not a MILMA backup; nothing was restored.</translation>
        </message>
        <message>
            <source>The backup {file} was made by a newer version of MILMA Desktop (schema {revision}): install that version to restore it. Nothing was restored.</source>
            <translation>The backup {file} was made by a newer version of MILMA Desktop (schema {revision}): install that version to restore it. Nothing was restored.</translation>
        </message>
        <message>
            <source>The backup {file} is damaged; nothing was restored. Choose another one.</source>
            <translation>The backup {file} is damaged; nothing was restored. Choose another one.</translation>
        </message>
        <message>
            <source>The daily backup could not be made: {reason}</source>
            <translation>The daily backup could not be made: {reason}</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Erased people it holds</source>
            <translation>Erased people it holds</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>A backup is made at the first start of each day, and before every upgrade, import, merge and erasure. Kept: the daily ones of the last 7 days and of the last 4 weeks, the last 5 made before a risky step and the last 5 made on request.</source>
            <translation>A backup is made at the first start of each day, and before every upgrade, import, merge and erasure. Kept: the daily ones of the last 7 days and of the last 4 weeks, the last 5 made before a risky step and the last 5 made on request.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>No backups yet.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Restore from a &amp;file…</translation>
        </message>
        <message>
            <source>Second copy (a USB stick)</source>
            <translation>Second copy (a USB stick)</translation>
        </message>
        <message>
            <source>&amp;Choose a folder…</source>
            <translation>&amp;Choose a folder…</translation>
        </message>
        <message>
            <source>&amp;Stop copying</source>
            <translation>&amp;Stop copying</translation>
        </message>
        <message>
            <source>None: backups are kept in the data folder only.</source>
            <translation>None: backups are kept in the data folder only.</translation>
        </message>
        <message>
            <source>Every automatic backup is also copied to {folder}.</source>
            <translation>Every automatic backup is also copied to {folder}.</translation>
        </message>
        <message>
            <source>Every automatic backup is also copied to {folder} when it is plugged in (not now).</source>
            <translation>Every automatic backup is also copied to {folder} when it is plugged in (not now).</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup made: {file}</source>
            <translation>Backup made: {file}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>MILMA backups (*.sqlite3);;All files (*)</source>
            <translation>MILMA backups (*.sqlite3);;All files (*)</translation>
        </message>
        <message>
            <source>Replace the data of this laptop by the backup made {when}? What is there now is backed up first, and can be restored the same way.</source>
            <translation>Replace the data of this laptop by the backup made {when}? What is there now is backed up first, and can be restored the same way.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>Restored the backup of {when}. What was there before is kept as a backup.</source>
            <translation>Restored the backup of {when}. What was there before is kept as a backup.</translation>
        </message>
        <message>
            <source>Second copy of the backups</source>
            <translation>Second copy of the backups</translation>
        </message>
        <message>
            <source>Backups will be copied to {folder} too.</source>
            <translation>Backups will be copied to {folder} too.</translation>
        </message>
        <message>
            <source>Backups are no longer copied to a second folder.</source>
            <translation>Backups are no longer copied to a second folder.</translation>
        </message>
        <message numerus="yes">
            <source>%n, deleted by {when}</source>
            <translation>
                <numerusform>%n, deleted by {when}</numerusform>
                <numerusform>%n, deleted by {when}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bundle</name>
        <message>
            <source>The bundle could not be encrypted.</source>
            <translation>The bundle could not be encrypted.</translation>
        </message>
        <message>
            <source>The drive {folder} is full: nothing was exported. Free some space or use another drive.</source>
            <translation>The drive {folder} is full: nothing was exported. Free some space or use another drive.</translation>
        </message>
        <message>
            <source>Could not write the bundle to {folder} (was the drive removed?): nothing was exported.</source>
            <translation>Could not write the bundle to {folder} (was the drive removed?): nothing was exported.</translation>
        </message>
        <message>
            <source>The file is too large to be a MILMA bundle.</source>
            <translation>The file is too large to be a MILMA bundle.</translation>
        </message>
        <message>
            <source>Cannot read the file {path}.</source>
            <translation>Cannot read the file {path}.</translation>
        </message>
        <message>
            <source>Refused: this is not an encrypted MILMA bundle.</source>
            <translation>Refused: this is not an encrypted MILMA bundle.</translation>
        </message>
        <message>
            <source>Refused: the bundle is not addressed to this store (wrong recipient).</source>
            <translation>Refused: the bundle is not addressed to this store (wrong recipient).</translation>
        </message>
        <message>
            <source>Refused: the file is damaged, altered or truncated.</source>
            <translation>Refused: the file is damaged, altered or truncated.</translation>
        </message>
        <message>
            <source>Refused: the bundle was made by a newer version of MILMA Desktop (format). Update this one first.</source>
            <translation>Refused: the bundle was made by a newer version of MILMA Desktop (format). Update this one first.</translation>
        </message>
        <message>
            <source>Refused: the content is not a MILMA bundle (malformed).</source>
            <translation>Refused: the content is not a MILMA bundle (malformed).</translation>
        </message>
        <message>
            <source>Refused: the bundle's manifest is malformed.</source>
            <translation>Refused: the bundle's manifest is malformed.</translation>
        </message>
        <message>
            <source>Refused: the bundle is not signed.</source>
            <translation>Refused: the bundle is not signed.</translation>
        </message>
        <message>
            <source>Refused: the signature does not match (the file was altered).</source>
            <translation>Refused: the signature does not match (the file was altered).</translation>
        </message>
        <message>
            <source>Refused: the bundle was made with a newer data schema ({version}). Update MILMA Desktop first.</source>
            <translation>Refused: the bundle was made with a newer data schema ({version}). Update MILMA Desktop first.</translation>
        </message>
        <message>
            <source>Refused: the bundle's content is malformed.</source>
            <translation>Refused: the bundle's content is malformed.</translation>
        </message>
        <message>
            <source>The bundle written to {folder} could not be read back correctly: nothing was exported. Try another drive.</source>
            <translation>The bundle written to {folder} could not be read back correctly: nothing was exported. Try another drive.</translation>
        </message>
        <message>
            <source>Refused: this bundle was exported by this store itself.</source>
            <translation>Refused: this bundle was exported by this store itself.</translation>
        </message>
        <message>
            <source>Refused: only a coordinator imports laptops' bundles (wrong recipient).</source>
            <translation>Refused: only a coordinator imports laptops' bundles (wrong recipient).</translation>
        </message>
        <message>
            <source>Refused: the bundle is signed by a revoked laptop ({fingerprint}).</source>
            <translation>Refused: the bundle is signed by a revoked laptop ({fingerprint}).</translation>
        </message>
        <message>
            <source>Refused: the bundle is signed by an unknown laptop ({fingerprint}): enrol its key first.</source>
            <translation>Refused: the bundle is signed by an unknown laptop ({fingerprint}): enrol its key first.</translation>
        </message>
        <message>
            <source>Refused: the signing key is enrolled for another laptop.</source>
            <translation>Refused: the signing key is enrolled for another laptop.</translation>
        </message>
        <message>
            <source>Refused: this laptop does not trust a coordinator yet (run 'milma keys trust-coordinator').</source>
            <translation>Refused: this laptop does not trust a coordinator yet (run 'milma keys trust-coordinator').</translation>
        </message>
        <message>
            <source>Refused: the reference data is not from the coordinator this laptop trusts.</source>
            <translation>Refused: the reference data is not from the coordinator this laptop trusts.</translation>
        </message>
        <message>
            <source>Refused: this laptop gives participants codes (tag {tag}) that another laptop already gave to other people here. Nothing was imported. The two laptops share a code tag, which is very rare: keep the bundle and contact support.</source>
            <translation>Refused: this laptop gives participants codes (tag {tag}) that another laptop already gave to other people here. Nothing was imported. The two laptops share a code tag, which is very rare: keep the bundle and contact support.</translation>
        </message>
        <message>
            <source>Refused: the bundle holds a number out of range in {field}.</source>
            <translation>Refused: the bundle holds a number out of range in {field}.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceList</name>
        <message>
            <source>Filter the list</source>
            <translation>Filter the list</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>MILMA Desktop from the command line: set up a laptop, create demo data, list participants.</source>
            <translation>MILMA Desktop from the command line: set up a laptop, create demo data, list participants.</translation>
        </message>
        <message>
            <source>folder of the data store (default: $MILMA_DATA_DIR or the user data folder)</source>
            <translation>folder of the data store (default: $MILMA_DATA_DIR or the user data folder)</translation>
        </message>
        <message>
            <source>language of messages (default: from LANG)</source>
            <translation>language of messages (default: from LANG)</translation>
        </message>
        <message>
            <source>the account to log in as (default: $MILMA_USER); its password from $MILMA_PASSWORD or asked</source>
            <translation>the account to log in as (default: $MILMA_USER); its password from $MILMA_PASSWORD or asked</translation>
        </message>
        <message>
            <source>milma: error: {detail}</source>
            <translation>milma: error: {detail}</translation>
        </message>
        <message>
            <source>milma: {message}</source>
            <translation>milma: {message}</translation>
        </message>
        <message>
            <source>milma: interrupted; nothing more was written.</source>
            <translation>milma: interrupted; nothing more was written.</translation>
        </message>
        <message>
            <source>milma: unexpected error; details are in the log file.</source>
            <translation>milma: unexpected error; details are in the log file.</translation>
        </message>
        <message>
            <source>add realistic demo data (deterministic per seed)</source>
            <translation>add realistic demo data (deterministic per seed)</translation>
        </message>
        <message>
            <source>how many participants to create</source>
            <translation>how many participants to create</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>random seed (default 1)</translation>
        </message>
        <message>
            <source>Log in as {user} with the password {password}.</source>
            <translation>Log in as {user} with the password {password}.</translation>
        </message>
        <message>
            <source>list or show participants</source>
            <translation>list or show participants</translation>
        </message>
        <message>
            <source>list participants</source>
            <translation>list participants</translation>
        </message>
        <message>
            <source>words to find in code, names, document number or phone (case and accents ignored)</source>
            <translation>words to find in code, names, document number or phone (case and accents ignored)</translation>
        </message>
        <message>
            <source>show one participant and their itinerary</source>
            <translation>show one participant and their itinerary</translation>
        </message>
        <message>
            <source>Current lab</source>
            <translation>Current lab</translation>
        </message>
        <message>
            <source>Lab: {lab} ({status}), {hours} hours attended</source>
            <translation>Lab: {lab} ({status}), {hours} hours attended</translation>
        </message>
        <message>
            <source>set up this laptop for a site</source>
            <translation>set up this laptop for a site</translation>
        </message>
        <message>
            <source>the training site this laptop works at</source>
            <translation>the training site this laptop works at</translation>
        </message>
        <message>
            <source>a name for this laptop</source>
            <translation>a name for this laptop</translation>
        </message>
        <message>
            <source>the technician who uses this laptop</source>
            <translation>the technician who uses this laptop</translation>
        </message>
        <message>
            <source>create the administrator account NAME (password from MILMA_PASSWORD or asked twice)</source>
            <translation>create the administrator account NAME (password from MILMA_PASSWORD or asked twice)</translation>
        </message>
        <message>
            <source>Choose the laptop's site with --site CIFE or --site LOS_ARCOS.</source>
            <translation>Choose the laptop's site with --site CIFE or --site LOS_ARCOS.</translation>
        </message>
        <message>
            <source>Laptop {name} set up for site {site} (device tag {tag}).</source>
            <translation>Laptop {name} set up for site {site} (device tag {tag}).</translation>
        </message>
        <message>
            <source>The data is now encrypted. Its recovery key opens it when every password is forgotten: print it or write it down and keep it in a safe, away from the laptop. It is shown only now:</source>
            <translation>The data is now encrypted. Its recovery key opens it when every password is forgotten: print it or write it down and keep it in a safe, away from the laptop. It is shown only now:</translation>
        </message>
        <message>
            <source>Administrator account {name} created.</source>
            <translation>Administrator account {name} created.</translation>
        </message>
        <message>
            <source>print a participant's itinerary, or those of a whole lab, to PDF</source>
            <translation>print a participant's itinerary, or those of a whole lab, to PDF</translation>
        </message>
        <message>
            <source>{value} is not a whole number of 1 or more.</source>
            <translation>{value} is not a whole number of 1 or more.</translation>
        </message>
        <message>
            <source>the Connector Program: connectors, suggestions, targets</source>
            <translation>the Connector Program: connectors, suggestions, targets</translation>
        </message>
        <message>
            <source>every connector with their current load</source>
            <translation>every connector with their current load</translation>
        </message>
        <message>
            <source>connectors to suggest to a participant, best first</source>
            <translation>connectors to suggest to a participant, best first</translation>
        </message>
        <message>
            <source>participant code</source>
            <translation>participant code</translation>
        </message>
        <message>
            <source>how many to show (default: 10)</source>
            <translation>how many to show (default: 10)</translation>
        </message>
        <message>
            <source>how the meeting would take place, if known</source>
            <translation>how the meeting would take place, if known</translation>
        </message>
        <message>
            <source>the programme's figures beside its targets</source>
            <translation>the programme's figures beside its targets</translation>
        </message>
        <message>
            <source>first day of the period (default: open)</source>
            <translation>first day of the period (default: open)</translation>
        </message>
        <message>
            <source>last day of the period (default: open)</source>
            <translation>last day of the period (default: open)</translation>
        </message>
        <message>
            <source>volunteers' sign-up sheet (CSV or XLSX) as connectors</source>
            <translation>volunteers' sign-up sheet (CSV or XLSX) as connectors</translation>
        </message>
        <message>
            <source>a .csv or .xlsx file, headings in row 1</source>
            <translation>a .csv or .xlsx file, headings in row 1</translation>
        </message>
        <message>
            <source>check the sheet and say what would be added, writing nothing</source>
            <translation>check the sheet and say what would be added, writing nothing</translation>
        </message>
        <message>
            <source>local or migrant, for rows that leave the origin column empty (or a sheet without it)</source>
            <translation>local or migrant, for rows that leave the origin column empty (or a sheet without it)</translation>
        </message>
        <message>
            <source>PDF file to write (one participant)</source>
            <translation>PDF file to write (one participant)</translation>
        </message>
        <message>
            <source>every participant of this lab</source>
            <translation>every participant of this lab</translation>
        </message>
        <message>
            <source>folder for the lab's PDF files (created if missing)</source>
            <translation>folder for the lab's PDF files (created if missing)</translation>
        </message>
        <message>
            <source>one PDF holding every itinerary of the lab</source>
            <translation>one PDF holding every itinerary of the lab</translation>
        </message>
        <message>
            <source>printed to give to this partner company (needs the participant's consent to sharing their CV)</source>
            <translation>printed to give to this partner company (needs the participant's consent to sharing their CV)</translation>
        </message>
        <message>
            <source>language of the document (default: each participant's preferred language)</source>
            <translation>language of the document (default: each participant's preferred language)</translation>
        </message>
        <message>
            <source>--for-company prints one participant's itinerary, not a lab's.</source>
            <translation>--for-company prints one participant's itinerary, not a lab's.</translation>
        </message>
        <message>
            <source>Give either a participant code or --lab, not both.</source>
            <translation>Give either a participant code or --lab, not both.</translation>
        </message>
        <message>
            <source>--lab needs --out-dir DIR.</source>
            <translation>--lab needs --out-dir DIR.</translation>
        </message>
        <message>
            <source>Give a participant code and -o FILE.pdf, or --lab NAME --out-dir DIR.</source>
            <translation>Give a participant code and -o FILE.pdf, or --lab NAME --out-dir DIR.</translation>
        </message>
        <message>
            <source>Itinerary written to {path}</source>
            <translation>Itinerary written to {path}</translation>
        </message>
        <message>
            <source>write a bundle for USB exchange (a laptop's changes, or a coordinator's reference data)</source>
            <translation>write a bundle for USB exchange (a laptop's changes, or a coordinator's reference data)</translation>
        </message>
        <message>
            <source>folder to write to, e.g. the USB stick</source>
            <translation>folder to write to, e.g. the USB stick</translation>
        </message>
        <message>
            <source>everything, not only what the coordinator has not acknowledged</source>
            <translation>everything, not only what the coordinator has not acknowledged</translation>
        </message>
        <message>
            <source>import a bundle: all of it in one transaction, or nothing</source>
            <translation>import a bundle: all of it in one transaction, or nothing</translation>
        </message>
        <message>
            <source>show what would change, write nothing</source>
            <translation>show what would change, write nothing</translation>
        </message>
        <message>
            <source>Reference data from the coordinator ({date}).</source>
            <translation>Reference data from the coordinator ({date}).</translation>
        </message>
        <message>
            <source>Bundle from laptop {device}, site {site}: journal {first} to {last}.</source>
            <translation>Bundle from laptop {device}, site {site}: journal {first} to {last}.</translation>
        </message>
        <message>
            <source>This bundle was imported before; importing it again changes nothing.</source>
            <translation>This bundle was imported before; importing it again changes nothing.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>Conflicting</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>Quarantined</translation>
        </message>
        <message>
            <source>Gap: journal entries {start} to {end} of laptop {device} have not arrived (a bundle is missing or not imported yet).</source>
            <translation>Gap: journal entries {start} to {end} of laptop {device} have not arrived (a bundle is missing or not imported yet).</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting edit(s) kept for review.</source>
            <translation>
                <numerusform>%n conflicting edit kept for review.</numerusform>
                <numerusform>%n conflicting edits kept for review.</numerusform>
            </translation>
        </message>
        <message>
            <source>Applied.</source>
            <translation>Applied.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Dry run: nothing was written.</translation>
        </message>
        <message>
            <source>Coordinator passphrase: </source>
            <translation>Coordinator passphrase: </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Repeat the passphrase: </translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>The two passphrases differ; nothing was changed.</translation>
        </message>
        <message>
            <source>A passphrase is needed: type it at the prompt or set MILMA_KEY_PASSPHRASE.</source>
            <translation>A passphrase is needed: type it at the prompt or set MILMA_KEY_PASSPHRASE.</translation>
        </message>
        <message>
            <source>keys for USB exchanges: show, coordinator identity, trust, enrol and revoke laptops</source>
            <translation>keys for USB exchanges: show, coordinator identity, trust, enrol and revoke laptops</translation>
        </message>
        <message>
            <source>make this store the coordinator (creates its identity, protected by a passphrase)</source>
            <translation>make this store the coordinator (creates its identity, protected by a passphrase)</translation>
        </message>
        <message>
            <source>show this store's public keys and fingerprint</source>
            <translation>show this store's public keys and fingerprint</translation>
        </message>
        <message>
            <source>pin the coordinator's public key on this laptop</source>
            <translation>pin the coordinator's public key on this laptop</translation>
        </message>
        <message>
            <source>the coordinator's public key (age1...), or the key file saved on the coordinator with 'milma keys show --format json'</source>
            <translation>the coordinator's public key (age1...), or the key file saved on the coordinator with 'milma keys show --format json'</translation>
        </message>
        <message>
            <source>enrol a laptop's signing key (coordinator)</source>
            <translation>enrol a laptop's signing key (coordinator)</translation>
        </message>
        <message>
            <source>the laptop's signing key, or a file with the output of 'milma keys show --format json' on it</source>
            <translation>the laptop's signing key, or a file with the output of 'milma keys show --format json' on it</translation>
        </message>
        <message>
            <source>the fingerprint the laptop shows; enrolment is refused if it differs</source>
            <translation>the fingerprint the laptop shows; enrolment is refused if it differs</translation>
        </message>
        <message>
            <source>do not ask to confirm the fingerprint</source>
            <translation>do not ask to confirm the fingerprint</translation>
        </message>
        <message>
            <source>revoke a laptop's key (coordinator)</source>
            <translation>revoke a laptop's key (coordinator)</translation>
        </message>
        <message>
            <source>device id or key fingerprint (or a unique start of one)</source>
            <translation>device id or key fingerprint (or a unique start of one)</translation>
        </message>
        <message>
            <source>write the coordinator identity to a passphrase-encrypted age file</source>
            <translation>write the coordinator identity to a passphrase-encrypted age file</translation>
        </message>
        <message>
            <source>restore the coordinator identity from a backup file</source>
            <translation>restore the coordinator identity from a backup file</translation>
        </message>
        <message>
            <source>This store is now the coordinator. Its public key:</source>
            <translation>This store is now the coordinator. Its public key:</translation>
        </message>
        <message>
            <source>On each laptop run: milma keys trust-coordinator {key}</source>
            <translation>On each laptop run: milma keys trust-coordinator {key}</translation>
        </message>
        <message>
            <source>Back up the identity now: milma keys backup-identity FILE</source>
            <translation>Back up the identity now: milma keys backup-identity FILE</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordinator</translation>
        </message>
        <message>
            <source>laptop</source>
            <translation>laptop</translation>
        </message>
        <message>
            <source>Role: {role}</source>
            <translation>Role: {role}</translation>
        </message>
        <message>
            <source>Device id: {id}</source>
            <translation>Device id: {id}</translation>
        </message>
        <message>
            <source>Signing key: {key}</source>
            <translation>Signing key: {key}</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <source>Age public key: {key}</source>
            <translation>Age public key: {key}</translation>
        </message>
        <message>
            <source>Trusted coordinator: {key}</source>
            <translation>Trusted coordinator: {key}</translation>
        </message>
        <message>
            <source>No coordinator trusted yet: run 'milma keys trust-coordinator AGE_PUBLIC_KEY'.</source>
            <translation>No coordinator trusted yet: run 'milma keys trust-coordinator AGE_PUBLIC_KEY'.</translation>
        </message>
        <message>
            <source>Warning: the coordinator has revoked this laptop's key.</source>
            <translation>Warning: the coordinator has revoked this laptop's key.</translation>
        </message>
        <message>
            <source>revoked {date}</source>
            <translation>revoked {date}</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>enrolled</translation>
        </message>
        <message>
            <source>Laptop {device} {fingerprint}: {state}</source>
            <translation>Laptop {device} {fingerprint}: {state}</translation>
        </message>
        <message>
            <source>This laptop now trusts the coordinator {key}.</source>
            <translation>This laptop now trusts the coordinator {key}.</translation>
        </message>
        <message>
            <source>The key's fingerprint {fingerprint} differs from the one given: not enrolled.</source>
            <translation>The key's fingerprint {fingerprint} differs from the one given: not enrolled.</translation>
        </message>
        <message>
            <source>Is it the fingerprint the laptop shows? [y/N] </source>
            <translation>Is it the fingerprint the laptop shows? [y/N] </translation>
        </message>
        <message>
            <source>Not enrolled.</source>
            <translation>Not enrolled.</translation>
        </message>
        <message>
            <source>Laptop enrolled: {device}, fingerprint {fingerprint}.</source>
            <translation>Laptop enrolled: {device}, fingerprint {fingerprint}.</translation>
        </message>
        <message>
            <source>Laptop {device} revoked (fingerprint {fingerprint}); the revocation goes out with the next reference data.</source>
            <translation>Laptop {device} revoked (fingerprint {fingerprint}); the revocation goes out with the next reference data.</translation>
        </message>
        <message>
            <source>Coordinator identity written to {path} (encrypted with the passphrase).</source>
            <translation>Coordinator identity written to {path} (encrypted with the passphrase).</translation>
        </message>
        <message>
            <source>Coordinator identity restored: {key}</source>
            <translation>Coordinator identity restored: {key}</translation>
        </message>
        <message>
            <source>{value} is not a date: write it as YYYY-MM-DD, for example 2026-11-30.</source>
            <translation>{value} is not a date: write it as YYYY-MM-DD, for example 2026-11-30.</translation>
        </message>
        <message>
            <source>a week's appointments, by day</source>
            <translation>a week's appointments, by day</translation>
        </message>
        <message>
            <source>any day of the week to show (default: this week)</source>
            <translation>any day of the week to show (default: this week)</translation>
        </message>
        <message>
            <source>only this laptop's technician's appointments (default: the whole site)</source>
            <translation>only this laptop's technician's appointments (default: the whole site)</translation>
        </message>
        <message>
            <source>No technician is chosen on this laptop: choose one in the application's Settings, or leave out --mine for the whole site.</source>
            <translation>No technician is chosen on this laptop: choose one in the application's Settings, or leave out --mine for the whole site.</translation>
        </message>
        <message>
            <source>{value} is not a number of days from 0 to {max}.</source>
            <translation>{value} is not a number of days from 0 to {max}.</translation>
        </message>
        <message>
            <source>who needs an end survey or a 6-month follow-up survey, and who is overdue</source>
            <translation>who needs an end survey or a 6-month follow-up survey, and who is overdue</translation>
        </message>
        <message>
            <source>also list the surveys whose window opens within DAYS days (default: 7)</source>
            <translation>also list the surveys whose window opens within DAYS days (default: 7)</translation>
        </message>
        <message>
            <source>the programme's indicators by group, for a period</source>
            <translation>the programme's indicators by group, for a period</translation>
        </message>
        <message>
            <source>count labs starting on or after this day (default: from the first)</source>
            <translation>count labs starting on or after this day (default: from the first)</translation>
        </message>
        <message>
            <source>count labs starting on or before this day (default: to the last)</source>
            <translation>count labs starting on or before this day (default: to the last)</translation>
        </message>
        <message>
            <source>only the lab of this name</source>
            <translation>only the lab of this name</translation>
        </message>
        <message>
            <source>only labs held at this site</source>
            <translation>only labs held at this site</translation>
        </message>
        <message>
            <source>write to this file instead of the screen (needed for xlsx)</source>
            <translation>write to this file instead of the screen (needed for xlsx)</translation>
        </message>
        <message>
            <source>No lab is called {name}: see the names on the Labs screen.</source>
            <translation>No lab is called {name}: see the names on the Labs screen.</translation>
        </message>
        <message>
            <source>A spreadsheet needs a file to go to: add -o FILE.xlsx.</source>
            <translation>A spreadsheet needs a file to go to: add -o FILE.xlsx.</translation>
        </message>
        <message>
            <source>the programme's history from a spreadsheet: participants, labs, enrolments, jobs</source>
            <translation>the programme's history from a spreadsheet: participants, labs, enrolments, jobs</translation>
        </message>
        <message>
            <source>Import the programme's history from a CSV or XLSX sheet, one row per lab enrolment, headings in row 1 in English, Spanish or French: first_name, last_name, birth_date, gender, nationality, migrant_status, unemployed_since, document_number, lab, lab_site, lab_start, lab_end, enrolment_status, employment_start, employer, improved_opportunities (and lab_niche, planned_hours and occupation where known). A lab not recorded yet is created; what the sheet does not give, such as its niche and planned hours, is left empty for a technician to complete on the Labs screen. Every row is checked first: one invalid row and nothing is written. The same person is one participant: the same document number or, on a row without one, the same names and birth date; a lab is matched by name and start date, a company by name. Importing the same file again adds nothing.</source>
            <translation>Import the programme's history from a CSV or XLSX sheet, one row per lab enrolment, headings in row 1 in English, Spanish or French: first_name, last_name, birth_date, gender, nationality, migrant_status, unemployed_since, document_number, lab, lab_site, lab_start, lab_end, enrolment_status, employment_start, employer, improved_opportunities (and lab_niche, planned_hours and occupation where known). A lab not recorded yet is created; what the sheet does not give, such as its niche and planned hours, is left empty for a technician to complete on the Labs screen. Every row is checked first: one invalid row and nothing is written. The same person is one participant: the same document number or, on a row without one, the same names and birth date; a lab is matched by name and start date, a company by name. Importing the same file again adds nothing.</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD).</source>
            <translation>{value} is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>check the audit log, or list its entries</source>
            <translation>check the audit log, or list its entries</translation>
        </message>
        <message>
            <source>check every chain of the audit log (exit status 1 when one is broken)</source>
            <translation>check every chain of the audit log (exit status 1 when one is broken)</translation>
        </message>
        <message>
            <source>list the audit log's entries, newest first</source>
            <translation>list the audit log's entries, newest first</translation>
        </message>
        <message>
            <source>only the entries about this record id</source>
            <translation>only the entries about this record id</translation>
        </message>
        <message>
            <source>only the entries about this participant code</source>
            <translation>only the entries about this participant code</translation>
        </message>
        <message>
            <source>only this action (repeat for several): {actions}</source>
            <translation>only this action (repeat for several): {actions}</translation>
        </message>
        <message>
            <source>from this day on</source>
            <translation>from this day on</translation>
        </message>
        <message>
            <source>up to this day</source>
            <translation>up to this day</translation>
        </message>
        <message>
            <source>at most this many entries (default: 1000)</source>
            <translation>at most this many entries (default: 1000)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>everything held about a participant: a readable PDF and a JSON file of the same data</source>
            <translation>everything held about a participant: a readable PDF and a JSON file of the same data</translation>
        </message>
        <message>
            <source>folder for the two files (created if missing)</source>
            <translation>folder for the two files (created if missing)</translation>
        </message>
        <message>
            <source>language of the document (default: the participant's preferred language)</source>
            <translation>language of the document (default: the participant's preferred language)</translation>
        </message>
        <message>
            <source>Written: {pdf} and {json}</source>
            <translation>Written: {pdf} and {json}</translation>
        </message>
        <message>
            <source>back up the data now, or list the backups</source>
            <translation>back up the data now, or list the backups</translation>
        </message>
        <message>
            <source>list the backups, newest first, instead of making one</source>
            <translation>list the backups, newest first, instead of making one</translation>
        </message>
        <message>
            <source>write the backup into this folder only (a USB stick), instead of the data folder's backups</source>
            <translation>write the backup into this folder only (a USB stick), instead of the data folder's backups</translation>
        </message>
        <message>
            <source>how 'backup list' prints the backups</source>
            <translation>how 'backup list' prints the backups</translation>
        </message>
        <message>
            <source>replace the data by a backup (what is there now is backed up first)</source>
            <translation>replace the data by a backup (what is there now is backed up first)</translation>
        </message>
        <message>
            <source>a backup file, from 'milma backup list' or a USB stick</source>
            <translation>a backup file, from 'milma backup list' or a USB stick</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>do not ask for confirmation</translation>
        </message>
        <message>
            <source>Backup made: {path}</source>
            <translation>Backup made: {path}</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>No backups yet.</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Erased people it holds</source>
            <translation>Erased people it holds</translation>
        </message>
        <message>
            <source>{count}, deleted by {when}</source>
            <translation>{count}, deleted by {when}</translation>
        </message>
        <message>
            <source>Replace the data in {folder} by the backup made {when}? What is there now is backed up first. [y/N] </source>
            <translation>Replace the data in {folder} by the backup made {when}? What is there now is backed up first. [y/N] </translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>Nothing was restored.</translation>
        </message>
        <message>
            <source>Restored the backup {file}.</source>
            <translation>Restored the backup {file}.</translation>
        </message>
        <message>
            <source>The data that could not be opened was put aside as {path}.</source>
            <translation>The data that could not be opened was put aside as {path}.</translation>
        </message>
        <message>
            <source>What was there before is kept as the backup {path}.</source>
            <translation>What was there before is kept as the backup {path}.</translation>
        </message>
        <message>
            <source>the accounts of this laptop and their roles</source>
            <translation>the accounts of this laptop and their roles</translation>
        </message>
        <message>
            <source>every account, its role and technician</source>
            <translation>every account, its role and technician</translation>
        </message>
        <message>
            <source>a new account (its password from MILMA_NEW_PASSWORD or asked twice)</source>
            <translation>a new account (its password from MILMA_NEW_PASSWORD or asked twice)</translation>
        </message>
        <message>
            <source>the technician the account stands for (added if new)</source>
            <translation>the technician the account stands for (added if new)</translation>
        </message>
        <message>
            <source>change a password (yours unless NAME; from MILMA_NEW_PASSWORD or asked twice)</source>
            <translation>change a password (yours unless NAME; from MILMA_NEW_PASSWORD or asked twice)</translation>
        </message>
        <message>
            <source>every password forgotten: open the encrypted store with its recovery key (from MILMA_RECOVERY_KEY or asked) and set NAME's password</source>
            <translation>every password forgotten: open the encrypted store with its recovery key (from MILMA_RECOVERY_KEY or asked) and set NAME's password</translation>
        </message>
        <message>
            <source>change an account's role</source>
            <translation>change an account's role</translation>
        </message>
        <message>
            <source>an account that may no longer log in</source>
            <translation>an account that may no longer log in</translation>
        </message>
        <message>
            <source>an account that may log in again</source>
            <translation>an account that may log in again</translation>
        </message>
        <message>
            <source>minutes without input before the window locks</source>
            <translation>minutes without input before the window locks</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Account {name} created ({role}).</source>
            <translation>Account {name} created ({role}).</translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>Account {name} is now {role}.</source>
            <translation>Account {name} is now {role}.</translation>
        </message>
        <message>
            <source>Account {name} may log in.</source>
            <translation>Account {name} may log in.</translation>
        </message>
        <message>
            <source>Account {name} may no longer log in.</source>
            <translation>Account {name} may no longer log in.</translation>
        </message>
        <message>
            <source>Name the account whose password to set: milma accounts password NAME --recovery.</source>
            <translation>Name the account whose password to set: milma accounts password NAME --recovery.</translation>
        </message>
        <message>
            <source>This data store is not encrypted: it has no recovery key.</source>
            <translation>This data store is not encrypted: it has no recovery key.</translation>
        </message>
        <message>
            <source>Recovery key: </source>
            <translation>Recovery key: </translation>
        </message>
        <message>
            <source>There is no account called {name}.</source>
            <translation>There is no account called {name}.</translation>
        </message>
        <message>
            <source>This data store has accounts: name yours with --user NAME or MILMA_USER.</source>
            <translation>This data store has accounts: name yours with --user NAME or MILMA_USER.</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Password for {user}: </translation>
        </message>
        <message>
            <source>A password is needed: type it at a terminal, or set MILMA_PASSWORD.</source>
            <translation>A password is needed: type it at a terminal, or set MILMA_PASSWORD.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>New password: </translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>The same password again: </translation>
        </message>
        <message>
            <source>erase a participant and every record about them, for good (coordinators and administrators)</source>
            <translation>erase a participant and every record about them, for good (coordinators and administrators)</translation>
        </message>
        <message>
            <source>Erase {code} and every record about them, on this store and, with the next reference data, on every laptop? This cannot be undone. [y/N] </source>
            <translation>Erase {code} and every record about them, on this store and, with the next reference data, on every laptop? This cannot be undone. [y/N] </translation>
        </message>
        <message>
            <source>Nothing was erased.</source>
            <translation>Nothing was erased.</translation>
        </message>
        <message>
            <source>The backups made before, {backup} among them, still hold them until the rotation removes them.</source>
            <translation>The backups made before, {backup} among them, still hold them until the rotation removes them.</translation>
        </message>
        <message>
            <source>people whose last activity is older than the retention period, to erase or keep with a reason</source>
            <translation>people whose last activity is older than the retention period, to erase or keep with a reason</translation>
        </message>
        <message>
            <source>list the people to review, the longest inactive first</source>
            <translation>list the people to review, the longest inactive first</translation>
        </message>
        <message>
            <source>the retention period in years (default: the one chosen, else 5)</source>
            <translation>the retention period in years (default: the one chosen, else 5)</translation>
        </message>
        <message>
            <source>keep a person listed for review (listed again in a year)</source>
            <translation>keep a person listed for review (listed again in a year)</translation>
        </message>
        <message>
            <source>why they are kept (no personal data)</source>
            <translation>why they are kept (no personal data)</translation>
        </message>
        <message>
            <source>choose the retention period</source>
            <translation>choose the retention period</translation>
        </message>
        <message>
            <source>years without activity before a review</source>
            <translation>years without activity before a review</translation>
        </message>
        <message numerus="yes">
            <source>Nobody has been inactive for more than %n year(s).</source>
            <translation>
                <numerusform>Nobody has been inactive for more than %n year.</numerusform>
                <numerusform>Nobody has been inactive for more than %n years.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Last activity</translation>
        </message>
        <message>
            <source>Kept before because</source>
            <translation>Kept before because</translation>
        </message>
        <message>
            <source>{code} is kept; they will be listed again in a year.</source>
            <translation>{code} is kept; they will be listed again in a year.</translation>
        </message>
        <message numerus="yes">
            <source>The window locks after %n minute(s) without input.</source>
            <translation>
                <numerusform>The window locks after %n minute without input.</numerusform>
                <numerusform>The window locks after %n minutes without input.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{laptop}: %n entries, intact</source>
            <translation>
                <numerusform>{laptop}: %n entry, intact</numerusform>
                <numerusform>{laptop}: %n entries, intact</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{laptop}: %n entries, BROKEN</source>
            <translation>
                <numerusform>{laptop}: %n entry, BROKEN</numerusform>
                <numerusform>{laptop}: %n entries, BROKEN</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data added: %n participant(s).</source>
            <translation>
                <numerusform>Demo data added: %n participant.</numerusform>
                <numerusform>Demo data added: %n participants.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erased {code}: %n record(s) removed.</source>
            <translation>
                <numerusform>Erased {code}: %n record removed.</numerusform>
                <numerusform>Erased {code}: %n records removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reference data exported: %n record change(s).</source>
            <translation>
                <numerusform>Reference data exported: %n record change.</numerusform>
                <numerusform>Reference data exported: %n record changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Encrypted for %n enrolled laptop(s); laptops enrolled by their signing key alone receive it after their first bundle is imported.</source>
            <translation>
                <numerusform>Encrypted for %n enrolled laptop; laptops enrolled by their signing key alone receive it after their first bundle is imported.</numerusform>
                <numerusform>Encrypted for %n enrolled laptops; laptops enrolled by their signing key alone receive it after their first bundle is imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n change(s).</source>
            <translation>
                <numerusform>Exported %n change.</numerusform>
                <numerusform>Exported %n changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n itinerary file(s) written to {path}</source>
            <translation>
                <numerusform>%n itinerary file written to {path}</numerusform>
                <numerusform>%n itinerary files written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n development-plan goal(s)</source>
            <translation>
                <numerusform>%n development-plan goal</numerusform>
                <numerusform>%n development-plan goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n coaching session(s)</source>
            <translation>
                <numerusform>%n coaching session</numerusform>
                <numerusform>%n coaching sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connector meeting(s)</source>
            <translation>
                <numerusform>%n connector meeting</numerusform>
                <numerusform>%n connector meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n placement(s)</source>
            <translation>
                <numerusform>%n placement</numerusform>
                <numerusform>%n placements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job outcome(s)</source>
            <translation>
                <numerusform>%n job outcome</numerusform>
                <numerusform>%n job outcomes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The retention period is %n year(s).</source>
            <translation>
                <numerusform>The retention period is %n year.</numerusform>
                <numerusform>The retention period is %n years.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Choose a company in the list to see its labs and placements.</source>
            <translation>Choose a company in the list to see its labs and placements.</translation>
        </message>
        <message>
            <source>{sector} · Contact: {contact} · Collaboration: {collaboration}</source>
            <translation>{sector} · Contact: {contact} · Collaboration: {collaboration}</translation>
        </message>
        <message>
            <source>Labs the company partners</source>
            <translation>Labs the company partners</translation>
        </message>
        <message>
            <source>Work placements at the company</source>
            <translation>Work placements at the company</translation>
        </message>
        <message>
            <source>Double-click a placement (or press Enter) to open the participant's page.</source>
            <translation>Double-click a placement (or press Enter) to open the participant's page.</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Labs</translation>
        </message>
        <message>
            <source>Placements</source>
            <translation>Placements</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Filter companies by name, sector, contact…</source>
            <translation>Filter companies by name, sector, contact…</translation>
        </message>
        <message>
            <source>New company…</source>
            <translation>New company…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>New company</translation>
        </message>
        <message>
            <source>Edit company</source>
            <translation>Edit company</translation>
        </message>
        <message numerus="yes">
            <source>%n company(ies)</source>
            <translation>
                <numerusform>%n company</numerusform>
                <numerusform>%n companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n company(ies)</source>
            <translation>
                <numerusform>{shown} of %n company</numerusform>
                <numerusform>{shown} of %n companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the company “{name}”? Its %n work placement(s) will be deleted too; job outcomes keep the employer's name.</source>
            <translation>
                <numerusform>Delete the company “{name}”? Its %n work placement will be deleted too; job outcomes keep the employer's name.</numerusform>
                <numerusform>Delete the company “{name}”? Its %n work placements will be deleted too; job outcomes keep the employer's name.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the company “{name}”? It stops being a partner of its labs.</source>
            <translation>Delete the company “{name}”? It stops being a partner of its labs.</translation>
        </message>
        <message numerus="yes">
            <source>Partner of labs (%n)</source>
            <translation>
                <numerusform>Partner of labs (%n)</numerusform>
                <numerusform>Partner of labs (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Work placements (%n)</source>
            <translation>
                <numerusform>Work placements (%n)</numerusform>
                <numerusform>Work placements (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Saved meanwhile</source>
            <translation>Saved meanwhile</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Yours</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Keep mine</translation>
        </message>
        <message>
            <source>Save your values over the ones saved meanwhile</source>
            <translation>Save your values over the ones saved meanwhile</translation>
        </message>
        <message>
            <source>&amp;Take the saved values</source>
            <translation>&amp;Take the saved values</translation>
        </message>
        <message>
            <source>Show the values saved meanwhile in the form, keeping your other changes</source>
            <translation>Show the values saved meanwhile in the form, keeping your other changes</translation>
        </message>
    </context>
    <context>
        <name>ConflictReview</name>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>{kind}: {record}</source>
            <translation>{kind}: {record}</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value here</source>
            <translation>Value here</translation>
        </message>
        <message>
            <source>Value received</source>
            <translation>Value received</translation>
        </message>
        <message>
            <source>Kept now</source>
            <translation>Kept now</translation>
        </message>
        <message numerus="yes">
            <source>Conflicts (%n)</source>
            <translation>
                <numerusform>Conflicts (%n)</numerusform>
                <numerusform>Conflicts (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>The same field was changed on two computers. The later change is kept; choose which value should stay.</source>
            <translation>The same field was changed on two computers. The later change is kept; choose which value should stay.</translation>
        </message>
        <message>
            <source>Keep the value &amp;here</source>
            <translation>Keep the value &amp;here</translation>
        </message>
        <message>
            <source>Keep the value &amp;received</source>
            <translation>Keep the value &amp;received</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>This conflict was already resolved or its record was deleted.</source>
            <translation>This conflict was already resolved or its record was deleted.</translation>
        </message>
    </context>
    <context>
        <name>ConnectorImport</name>
        <message>
            <source>Row {row}, column {column}</source>
            <translation>Row {row}, column {column}</translation>
        </message>
        <message>
            <source>Row {row}</source>
            <translation>Row {row}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>Nothing was imported: correct the rows named and import the sheet again.</source>
            <translation>Nothing was imported: correct the rows named and import the sheet again.</translation>
        </message>
        <message>
            <source>The file must be a CSV (.csv) or Excel (.xlsx) sheet.</source>
            <translation>The file must be a CSV (.csv) or Excel (.xlsx) sheet.</translation>
        </message>
        <message>
            <source>The CSV file is not UTF-8 text: save it again as CSV UTF-8.</source>
            <translation>The CSV file is not UTF-8 text: save it again as CSV UTF-8.</translation>
        </message>
        <message>
            <source>The file cannot be read: check that it exists and is a CSV or Excel sheet.</source>
            <translation>The file cannot be read: check that it exists and is a CSV or Excel sheet.</translation>
        </message>
        <message>
            <source>“{value}” is not a language: write its name or ISO code, for example Arabic or ar.</source>
            <translation>“{value}” is not a language: write its name or ISO code, for example Arabic or ar.</translation>
        </message>
        <message>
            <source>“{value}” is not an ISCO-08 occupation group: write its two-digit code, for example 52, or enough of its title to name one group.</source>
            <translation>“{value}” is not an ISCO-08 occupation group: write its two-digit code, for example 52, or enough of its title to name one group.</translation>
        </message>
        <message>
            <source>The sheet has no headings in row 1.</source>
            <translation>The sheet has no headings in row 1.</translation>
        </message>
        <message>
            <source>The column {column} is missing.</source>
            <translation>The column {column} is missing.</translation>
        </message>
        <message>
            <source>The column origin is missing: add it (local or migrant on each row), or say which of the two applies to the rows that leave it empty.</source>
            <translation>The column origin is missing: add it (local or migrant on each row), or say which of the two applies to the rows that leave it empty.</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {choices}.</source>
            <translation>“{value}” is not one of: {choices}.</translation>
        </message>
        <message>
            <source>A connector cannot be referred by themselves.</source>
            <translation>A connector cannot be referred by themselves.</translation>
        </message>
        <message>
            <source>Several connectors are called “{value}”: the name does not say which one.</source>
            <translation>Several connectors are called “{value}”: the name does not say which one.</translation>
        </message>
        <message>
            <source>No connector called “{value}”, recorded or in this sheet.</source>
            <translation>No connector called “{value}”, recorded or in this sheet.</translation>
        </message>
        <message numerus="yes">
            <source>Checked: %n connector(s) would be added; nothing was written.</source>
            <translation>
                <numerusform>Checked: %n connector would be added; nothing was written.</numerusform>
                <numerusform>Checked: %n connectors would be added; nothing was written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connector(s) added.</source>
            <translation>
                <numerusform>%n connector added.</numerusform>
                <numerusform>%n connectors added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) already recorded, left as they are.</source>
            <translation>
                <numerusform>%n row already recorded, left as it is.</numerusform>
                <numerusform>%n rows already recorded, left as they are.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Connectors</name>
        <message>
            <source>Load</source>
            <translation>Load</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>No connector can be suggested: none is active, agreed to be contacted, has room for one more newcomer and has not met this participant yet.</source>
            <translation>No connector can be suggested: none is active, agreed to be contacted, has room for one more newcomer and has not met this participant yet.</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsPage</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Choose a connector in the list to see their network.</source>
            <translation>Choose a connector in the list to see their network.</translation>
        </message>
        <message>
            <source>Connectors they brought in</source>
            <translation>Connectors they brought in</translation>
        </message>
        <message>
            <source>Newcomers they met</source>
            <translation>Newcomers they met</translation>
        </message>
        <message>
            <source>Newcomers referred to them</source>
            <translation>Newcomers referred to them</translation>
        </message>
        <message>
            <source>Double-click a participant (or press Enter) to open their page.</source>
            <translation>Double-click a participant (or press Enter) to open their page.</translation>
        </message>
        <message>
            <source>{field} · {origin} · {languages} · {neighbourhood} · Referred by: {referrer} · Newcomers at a time: {capacity} · Contact: {contact}</source>
            <translation>{field} · {origin} · {languages} · {neighbourhood} · Referred by: {referrer} · Newcomers at a time: {capacity} · Contact: {contact}</translation>
        </message>
        <message>
            <source>Newcomers now</source>
            <translation>Newcomers now</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Connectors</translation>
        </message>
        <message>
            <source>Filter connectors by name, field, language, neighbourhood…</source>
            <translation>Filter connectors by name, field, language, neighbourhood…</translation>
        </message>
        <message>
            <source>New connector…</source>
            <translation>New connector…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>New connector</source>
            <translation>New connector</translation>
        </message>
        <message>
            <source>Edit connector</source>
            <translation>Edit connector</translation>
        </message>
        <message numerus="yes">
            <source>%n connector(s)</source>
            <translation>
                <numerusform>%n connector</numerusform>
                <numerusform>%n connectors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n connector(s)</source>
            <translation>
                <numerusform>{shown} of %n connector</numerusform>
                <numerusform>{shown} of %n connectors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the connector {name}? Their %n meeting(s) with participants will be deleted too.</source>
            <translation>
                <numerusform>Delete the connector {name}? Their %n meeting with participants will be deleted too.</numerusform>
                <numerusform>Delete the connector {name}? Their %n meetings with participants will be deleted too.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the connector {name}?</source>
            <translation>Delete the connector {name}?</translation>
        </message>
        <message numerus="yes">
            <source>Brought in (%n)</source>
            <translation>
                <numerusform>Brought in (%n)</numerusform>
                <numerusform>Brought in (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Newcomers met (%n)</source>
            <translation>
                <numerusform>Newcomers met (%n)</numerusform>
                <numerusform>Newcomers met (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Referred to them (%n)</source>
            <translation>
                <numerusform>Referred to them (%n)</numerusform>
                <numerusform>Referred to them (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Consents</name>
        <message>
            <source>{person} ({code}) withdrew the consent “{consent}” on {date}: this cannot be done without it.</source>
            <translation>{person} ({code}) withdrew the consent “{consent}” on {date}: this cannot be done without it.</translation>
        </message>
        <message>
            <source>{person} ({code}) has not given the consent “{consent}”: record it in the Consents section of their page first.</source>
            <translation>{person} ({code}) has not given the consent “{consent}”: record it in the Consents section of their page first.</translation>
        </message>
        <message>
            <source>{person} ({code}) has no consent to the life story in force: it stays private. Record the consent and its scope in the Consents section first.</source>
            <translation>{person} ({code}) has no consent to the life story in force: it stays private. Record the consent and its scope in the Consents section first.</translation>
        </message>
        <message>
            <source>{person} ({code}) consented to the life story as “{allowed}” only: it cannot be “{scope}”.</source>
            <translation>{person} ({code}) consented to the life story as “{allowed}” only: it cannot be “{scope}”.</translation>
        </message>
        <message>
            <source>Consent to the processing of personal data given on</source>
            <translation>Consent to the processing of personal data given on</translation>
        </message>
        <message>
            <source>{field}: give the date.</source>
            <translation>{field}: give the date.</translation>
        </message>
        <message>
            <source>{field}: the date cannot be after today.</source>
            <translation>{field}: the date cannot be after today.</translation>
        </message>
        <message>
            <source>Choose which consent was given.</source>
            <translation>Choose which consent was given.</translation>
        </message>
        <message>
            <source>Scope: choose what may be done with the life story (private, anonymised or named).</source>
            <translation>Scope: choose what may be done with the life story (private, anonymised or named).</translation>
        </message>
        <message>
            <source>This consent is in force already, since {date}.</source>
            <translation>This consent is in force already, since {date}.</translation>
        </message>
        <message>
            <source>This consent was withdrawn already, on {date}.</source>
            <translation>This consent was withdrawn already, on {date}.</translation>
        </message>
        <message>
            <source>Withdrawn on: the date cannot be before the consent was given ({date}).</source>
            <translation>Withdrawn on: the date cannot be before the consent was given ({date}).</translation>
        </message>
        <message>
            <source>Registration needs the consent to the processing of personal data: print the information notice in the person's language, have it signed, and give the date.</source>
            <translation>Registration needs the consent to the processing of personal data: print the information notice in the person's language, have it signed, and give the date.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Withdrawn on {date}</source>
            <translation>Withdrawn on {date}</translation>
        </message>
        <message>
            <source>In force until {date}</source>
            <translation>In force until {date}</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>&amp;Record a consent…</source>
            <translation>&amp;Record a consent…</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;Withdraw…</translation>
        </message>
        <message>
            <source>Withdraw the consent chosen</source>
            <translation>Withdraw the consent chosen</translation>
        </message>
        <message>
            <source>The person withdrew this consent: give the date. It stays in the history.</source>
            <translation>The person withdrew this consent: give the date. It stays in the history.</translation>
        </message>
        <message>
            <source>Withdraw: {consent}</source>
            <translation>Withdraw: {consent}</translation>
        </message>
        <message>
            <source>Consent to the processing of personal data</source>
            <translation>Consent to the processing of personal data</translation>
        </message>
        <message>
            <source>Print the information notice in the person's language, let them read it and sign it, then give the day they signed. Nobody is registered without it.</source>
            <translation>Print the information notice in the person's language, let them read it and sign it, then give the day they signed. Nobody is registered without it.</translation>
        </message>
        <message>
            <source>&amp;Print the information notice ({language})…</source>
            <translation>&amp;Print the information notice ({language})…</translation>
        </message>
        <message>
            <source>Notice signed on</source>
            <translation>Notice signed on</translation>
        </message>
        <message>
            <source>Save the information notice as PDF</source>
            <translation>Save the information notice as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <source>{field}: type the date as day/month/year, e.g. 25/03/1990.</source>
            <translation>{field}: type the date as day/month/year, e.g. 25/03/1990.</translation>
        </message>
        <message>
            <source>{field}: type the date and time as day/month/year hours:minutes, e.g. 25/03/2026 09:30.</source>
            <translation>{field}: type the date and time as day/month/year hours:minutes, e.g. 25/03/2026 09:30.</translation>
        </message>
        <message>
            <source>{field}: {text} does not exist; check the day and the month.</source>
            <translation>{field}: {text} does not exist; check the day and the month.</translation>
        </message>
        <message>
            <source>{field}: {text} is not a time of day; check the hours and minutes.</source>
            <translation>{field}: {text} is not a time of day; check the hours and minutes.</translation>
        </message>
        <message>
            <source>dd/mm/yyyy hh:mm</source>
            <translation>dd/mm/yyyy hh:mm</translation>
        </message>
        <message>
            <source>Type the date and time as day/month/year hours:minutes, e.g. 25/03/2026 09:30, or choose the day in the calendar.</source>
            <translation>Type the date and time as day/month/year hours:minutes, e.g. 25/03/2026 09:30, or choose the day in the calendar.</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Type the date as day/month/year, e.g. 25/03/1990, or choose it in the calendar.</source>
            <translation>Type the date as day/month/year, e.g. 25/03/1990, or choose it in the calendar.</translation>
        </message>
        <message>
            <source>Choose in the calendar</source>
            <translation>Choose in the calendar</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The number of participants must be between 0 and {max}.</source>
            <translation>The number of participants must be between 0 and {max}.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateReview</name>
        <message>
            <source>Same identity document</source>
            <translation>Same identity document</translation>
        </message>
        <message>
            <source>Similar name ({score} %), same birth date</source>
            <translation>Similar name ({score} %), same birth date</translation>
        </message>
        <message>
            <source>Participant kept</source>
            <translation>Participant kept</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Merged into it</source>
            <translation>Merged into it</translation>
        </message>
        <message>
            <source>Records moved</source>
            <translation>Records moved</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Undone</translation>
        </message>
        <message>
            <source>Possible duplicates (looking…)</source>
            <translation>Possible duplicates (looking…)</translation>
        </message>
        <message numerus="yes">
            <source>Possible duplicates (%n)</source>
            <translation>
                <numerusform>Possible duplicates (%n)</numerusform>
                <numerusform>Possible duplicates (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>People who may have been registered twice: with the same identity document, or on different laptops with similar names and the same birth date. Nothing is merged unless you merge it; a merge can be undone.</source>
            <translation>People who may have been registered twice: with the same identity document, or on different laptops with similar names and the same birth date. Nothing is merged unless you merge it; a merge can be undone.</translation>
        </message>
        <message>
            <source>&amp;Merge the duplicate into the participant kept</source>
            <translation>&amp;Merge the duplicate into the participant kept</translation>
        </message>
        <message>
            <source>Merges made</source>
            <translation>Merges made</translation>
        </message>
        <message>
            <source>&amp;Undo the merge</source>
            <translation>&amp;Undo the merge</translation>
        </message>
        <message>
            <source>Merge {duplicate} into {kept}? Every record of the duplicate moves to the participant kept.</source>
            <translation>Merge {duplicate} into {kept}? Every record of the duplicate moves to the participant kept.</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>This participant was already merged into another one.</source>
            <translation>This participant was already merged into another one.</translation>
        </message>
        <message>
            <source>A participant cannot be merged into themselves.</source>
            <translation>A participant cannot be merged into themselves.</translation>
        </message>
        <message>
            <source>This merge no longer exists.</source>
            <translation>This merge no longer exists.</translation>
        </message>
        <message>
            <source>This merge was already undone.</source>
            <translation>This merge was already undone.</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>This is not the recovery key of this data store.</source>
            <translation>This is not the recovery key of this data store.</translation>
        </message>
        <message>
            <source>The key file {file} is missing or damaged: open the data store with its recovery key, then set the passwords again.</source>
            <translation>The key file {file} is missing or damaged: open the data store with its recovery key, then set the passwords again.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>The account {name} does not open this encrypted data store: check the user name, or ask an administrator to give the account a new password (File &gt; Accounts).</source>
            <translation>The account {name} does not open this encrypted data store: check the user name, or ask an administrator to give the account a new password (File &gt; Accounts).</translation>
        </message>
        <message>
            <source>The key file {file} is missing or damaged, and the recovery key needs it: copy the key file kept with the backups ({copy}) in its place.</source>
            <translation>The key file {file} is missing or damaged, and the recovery key needs it: copy the key file kept with the backups ({copy}) in its place.</translation>
        </message>
        <message>
            <source>The database {path} does not open with this key file: it is damaged, or the key file belongs to another data store.</source>
            <translation>The database {path} does not open with this key file: it is damaged, or the key file belongs to another data store.</translation>
        </message>
        <message>
            <source>Too many wrong passwords in a row: try again in {seconds} s.</source>
            <translation>Too many wrong passwords in a row: try again in {seconds} s.</translation>
        </message>
        <message>
            <source>This data store is encrypted already.</source>
            <translation>This data store is encrypted already.</translation>
        </message>
        <message>
            <source>Unlock the data store first.</source>
            <translation>Unlock the data store first.</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Already enrolled</source>
            <translation>Already enrolled</translation>
        </message>
        <message>
            <source>Tick to enrol (Space)</source>
            <translation>Tick to enrol (Space)</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Enrol</translation>
        </message>
        <message>
            <source>Any other lab</source>
            <translation>Any other lab</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) chosen</source>
            <translation>
                <numerusform>%n participant chosen</numerusform>
                <numerusform>%n participants chosen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Enrol %n participant(s)</source>
            <translation>
                <numerusform>&amp;Enrol %n participant</numerusform>
                <numerusform>&amp;Enrol %n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Enrol</source>
            <translation>&amp;Enrol</translation>
        </message>
        <message>
            <source>Enrolled on: type the date of the enrolment.</source>
            <translation>Enrolled on: type the date of the enrolment.</translation>
        </message>
        <message>
            <source>Enrol participants in {lab}</source>
            <translation>Enrol participants in {lab}</translation>
        </message>
        <message>
            <source>Filter by another lab</source>
            <translation>Filter by another lab</translation>
        </message>
        <message>
            <source>Participants to choose from</source>
            <translation>Participants to choose from</translation>
        </message>
        <message>
            <source>Choose all &amp;listed</source>
            <translation>Choose all &amp;listed</translation>
        </message>
        <message>
            <source>Tick everyone the search and filters list, as far as the list has been scrolled</source>
            <translation>Tick everyone the search and filters list, as far as the list has been scrolled</translation>
        </message>
        <message>
            <source>Clear c&amp;hoice</source>
            <translation>Clear c&amp;hoice</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>CIFE (main site)</source>
            <translation>CIFE (main site)</translation>
        </message>
        <message>
            <source>Los Arcos</source>
            <translation>Los Arcos</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Woman</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Non-binary</source>
            <translation>Non-binary</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Prefers not to say</translation>
        </message>
        <message>
            <source>Local resident</source>
            <translation>Local resident</translation>
        </message>
        <message>
            <source>Migrant</source>
            <translation>Migrant</translation>
        </message>
        <message>
            <source>Refugee</source>
            <translation>Refugee</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Asylum seeker</translation>
        </message>
        <message>
            <source>DNI</source>
            <translation>DNI</translation>
        </message>
        <message>
            <source>NIE</source>
            <translation>NIE</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Other document</translation>
        </message>
        <message>
            <source>No Spanish yet</source>
            <translation>No Spanish yet</translation>
        </message>
        <message>
            <source>A1 (beginner)</source>
            <translation>A1 (beginner)</translation>
        </message>
        <message>
            <source>A2 (elementary)</source>
            <translation>A2 (elementary)</translation>
        </message>
        <message>
            <source>B1 (intermediate)</source>
            <translation>B1 (intermediate)</translation>
        </message>
        <message>
            <source>B2 (upper intermediate)</source>
            <translation>B2 (upper intermediate)</translation>
        </message>
        <message>
            <source>C1 (advanced)</source>
            <translation>C1 (advanced)</translation>
        </message>
        <message>
            <source>C2 (proficient)</source>
            <translation>C2 (proficient)</translation>
        </message>
        <message>
            <source>Native speaker</source>
            <translation>Native speaker</translation>
        </message>
        <message>
            <source>No formal education</source>
            <translation>No formal education</translation>
        </message>
        <message>
            <source>Primary education</source>
            <translation>Primary education</translation>
        </message>
        <message>
            <source>Secondary education</source>
            <translation>Secondary education</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>Vocational training</translation>
        </message>
        <message>
            <source>University degree</source>
            <translation>University degree</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Green production</source>
            <translation>Green production</translation>
        </message>
        <message>
            <source>Urban creation and recycling</source>
            <translation>Urban creation and recycling</translation>
        </message>
        <message>
            <source>Communication and multimedia</source>
            <translation>Communication and multimedia</translation>
        </message>
        <message>
            <source>Installation of devices (IoT)</source>
            <translation>Installation of devices (IoT)</translation>
        </message>
        <message>
            <source>Digital production (drones)</source>
            <translation>Digital production (drones)</translation>
        </message>
        <message>
            <source>Elderly care</source>
            <translation>Elderly care</translation>
        </message>
        <message>
            <source>Catering</source>
            <translation>Catering</translation>
        </message>
        <message>
            <source>Gardening</source>
            <translation>Gardening</translation>
        </message>
        <message>
            <source>Health institution warden</source>
            <translation>Health institution warden</translation>
        </message>
        <message>
            <source>Light floor installation</source>
            <translation>Light floor installation</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Dropped out</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Excused absence</source>
            <translation>Excused absence</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Skills diagnosis</source>
            <translation>Skills diagnosis</translation>
        </message>
        <message>
            <source>Soft skills</source>
            <translation>Soft skills</translation>
        </message>
        <message>
            <source>Technical training</source>
            <translation>Technical training</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Job search</source>
            <translation>Job search</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>CV</source>
            <translation>CV</translation>
        </message>
        <message>
            <source>Job interview</source>
            <translation>Job interview</translation>
        </message>
        <message>
            <source>Digital skills</source>
            <translation>Digital skills</translation>
        </message>
        <message>
            <source>Wellbeing</source>
            <translation>Wellbeing</translation>
        </message>
        <message>
            <source>Private (not publishable)</source>
            <translation>Private (not publishable)</translation>
        </message>
        <message>
            <source>Publishable anonymised</source>
            <translation>Publishable anonymised</translation>
        </message>
        <message>
            <source>Publishable with name</source>
            <translation>Publishable with name</translation>
        </message>
        <message>
            <source>Processing of personal data</source>
            <translation>Processing of personal data</translation>
        </message>
        <message>
            <source>Recording of the life story</source>
            <translation>Recording of the life story</translation>
        </message>
        <message>
            <source>Photographs</source>
            <translation>Photographs</translation>
        </message>
        <message>
            <source>Sharing the CV with partner companies</source>
            <translation>Sharing the CV with partner companies</translation>
        </message>
        <message>
            <source>Being contacted for follow-up</source>
            <translation>Being contacted for follow-up</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Called off</source>
            <translation>Called off</translation>
        </message>
        <message>
            <source>In person or virtual</source>
            <translation>In person or virtual</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Happened</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Their neighbourhood</source>
            <translation>Their neighbourhood</translation>
        </message>
        <message>
            <source>A local association</source>
            <translation>A local association</translation>
        </message>
        <message>
            <source>Coexistence Board (Mesa por la Convivencia)</source>
            <translation>Coexistence Board (Mesa por la Convivencia)</translation>
        </message>
        <message>
            <source>Anti-Rumours network</source>
            <translation>Anti-Rumours network</translation>
        </message>
        <message>
            <source>Wants to join</source>
            <translation>Wants to join</translation>
        </message>
        <message>
            <source>Is thinking about it</source>
            <translation>Is thinking about it</translation>
        </message>
        <message>
            <source>Not interested</source>
            <translation>Not interested</translation>
        </message>
        <message>
            <source>Co-designs training</source>
            <translation>Co-designs training</translation>
        </message>
        <message>
            <source>Hosts company visits</source>
            <translation>Hosts company visits</translation>
        </message>
        <message>
            <source>Hosts work placements</source>
            <translation>Hosts work placements</translation>
        </message>
        <message>
            <source>Hires participants</source>
            <translation>Hires participants</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>Ongoing</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrupted</translation>
        </message>
        <message>
            <source>Permanent contract</source>
            <translation>Permanent contract</translation>
        </message>
        <message>
            <source>Temporary contract</source>
            <translation>Temporary contract</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <translation>Self-employed</translation>
        </message>
        <message>
            <source>Further education or training</source>
            <translation>Further education or training</translation>
        </message>
        <message>
            <source>Initial survey</source>
            <translation>Initial survey</translation>
        </message>
        <message>
            <source>End survey</source>
            <translation>End survey</translation>
        </message>
        <message>
            <source>Follow-up (6 months)</source>
            <translation>Follow-up (6 months)</translation>
        </message>
        <message>
            <source>Local resident</source>
            <comment>female</comment>
            <translation>Local resident</translation>
        </message>
        <message>
            <source>Local resident</source>
            <comment>male</comment>
            <translation>Local resident</translation>
        </message>
        <message>
            <source>Migrant</source>
            <comment>female</comment>
            <translation>Migrant</translation>
        </message>
        <message>
            <source>Migrant</source>
            <comment>male</comment>
            <translation>Migrant</translation>
        </message>
        <message>
            <source>Refugee</source>
            <comment>female</comment>
            <translation>Refugee</translation>
        </message>
        <message>
            <source>Refugee</source>
            <comment>male</comment>
            <translation>Refugee</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <comment>female</comment>
            <translation>Asylum seeker</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <comment>male</comment>
            <translation>Asylum seeker</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <comment>female</comment>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <comment>male</comment>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <comment>female</comment>
            <translation>Self-employed</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <comment>male</comment>
            <translation>Self-employed</translation>
        </message>
    </context>
    <context>
        <name>Erasure</name>
        <message>
            <source>Only a coordinator or an administrator can erase a person, on the coordinator's store: ask them. Nothing was erased.</source>
            <translation>Only a coordinator or an administrator can erase a person, on the coordinator's store: ask them. Nothing was erased.</translation>
        </message>
        <message>
            <source>Erase a participant</source>
            <translation>Erase a participant</translation>
        </message>
        <message>
            <source>Erase {code} for good?

Every record about this person (profile, sessions, goals, life story, meetings, referrals, surveys, job outcomes, consents, unsaved drafts) is removed from this store, and from every laptop with the next reference data. Edits still on a laptop will not bring them back. The backups made before keep them until the rotation deletes them.

This cannot be undone.</source>
            <translation>Erase {code} for good?

Every record about this person (profile, sessions, goals, life story, meetings, referrals, surveys, job outcomes, consents, unsaved drafts) is removed from this store, and from every laptop with the next reference data. Edits still on a laptop will not bring them back. The backups made before keep them until the rotation deletes them.

This cannot be undone.</translation>
        </message>
        <message numerus="yes">
            <source>{code} was erased: %n record(s) removed.</source>
            <translation>
                <numerusform>{code} was erased: %n record removed.</numerusform>
                <numerusform>{code} was erased: %n records removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong. Your saved data is safe; details were written to the log file.</source>
            <translation>Something went wrong. Your saved data is safe; details were written to the log file.</translation>
        </message>
        <message>
            <source>MILMA Desktop</source>
            <translation>MILMA Desktop</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Error message</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>The bundle is malformed: a {kind} record has an invalid value for {field}.</source>
            <translation>The bundle is malformed: a {kind} record has an invalid value for {field}.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has an invalid clock or device.</source>
            <translation>The bundle is malformed: a change has an invalid clock or device.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change is not an object.</source>
            <translation>The bundle is malformed: a change is not an object.</translation>
        </message>
        <message>
            <source>The bundle is malformed: unknown kind of record {kind}.</source>
            <translation>The bundle is malformed: unknown kind of record {kind}.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has an invalid record id.</source>
            <translation>The bundle is malformed: a change has an invalid record id.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has an unknown operation.</source>
            <translation>The bundle is malformed: a change has an unknown operation.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has no fields.</source>
            <translation>The bundle is malformed: a change has no fields.</translation>
        </message>
        <message>
            <source>The bundle is malformed: unknown field {field} for a {kind} record.</source>
            <translation>The bundle is malformed: unknown field {field} for a {kind} record.</translation>
        </message>
        <message>
            <source>{count} records wait for changes from a bundle not imported yet.</source>
            <translation>{count} records wait for changes from a bundle not imported yet.</translation>
        </message>
        <message>
            <source>{count} changes are dated more than a day in the future: they are held in quarantine for review.</source>
            <translation>{count} changes are dated more than a day in the future: they are held in quarantine for review.</translation>
        </message>
        <message>
            <source>{count} changes are outside what this laptop may do (another site's participants, reference data): they are held in quarantine for review.</source>
            <translation>{count} changes are outside what this laptop may do (another site's participants, reference data): they are held in quarantine for review.</translation>
        </message>
        <message>
            <source>This store is the coordinator itself.</source>
            <translation>This store is the coordinator itself.</translation>
        </message>
        <message>
            <source>Only a coordinator enrols laptops: run 'milma keys init-coordinator' first.</source>
            <translation>Only a coordinator enrols laptops: run 'milma keys init-coordinator' first.</translation>
        </message>
        <message>
            <source>This is the key of this store itself, not of a laptop.</source>
            <translation>This is the key of this store itself, not of a laptop.</translation>
        </message>
        <message>
            <source>Warning: this laptop's code tag {tag} is also the tag of {fingerprints}. People registered on both would get the same codes, and the bundle that arrives second would be refused. If this laptop has not registered anyone yet, set it up again in a new data folder to get a new tag; otherwise contact support.</source>
            <translation>Warning: this laptop's code tag {tag} is also the tag of {fingerprints}. People registered on both would get the same codes, and the bundle that arrives second would be refused. If this laptop has not registered anyone yet, set it up again in a new data folder to get a new tag; otherwise contact support.</translation>
        </message>
        <message>
            <source>Cannot open the identity backup: wrong passphrase or not a backup file.</source>
            <translation>Cannot open the identity backup: wrong passphrase or not a backup file.</translation>
        </message>
        <message>
            <source>This store already has another coordinator identity; it was kept.</source>
            <translation>This store already has another coordinator identity; it was kept.</translation>
        </message>
        <message>
            <source>This laptop does not know its coordinator yet: trust the coordinator's public key first (Keys and laptops on the exchange screen, or 'milma keys trust-coordinator').</source>
            <translation>This laptop does not know its coordinator yet: trust the coordinator's public key first (Keys and laptops on the exchange screen, or 'milma keys trust-coordinator').</translation>
        </message>
        <message>
            <source>No enrolled laptop can receive reference data yet: enrol laptops from their key files, or import a bundle from each first.</source>
            <translation>No enrolled laptop can receive reference data yet: enrol laptops from their key files, or import a bundle from each first.</translation>
        </message>
        <message>
            <source>This bundle says it comes from site {declared}, but the laptop is enrolled for site {site}: its changes were checked as those of {site}.</source>
            <translation>This bundle says it comes from site {declared}, but the laptop is enrolled for site {site}: its changes were checked as those of {site}.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <source>Kind of record</source>
            <translation>Kind of record</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>Conflicting</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>Quarantined</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Reference data</source>
            <translation>Reference data</translation>
        </message>
        <message>
            <source>Laptop changes</source>
            <translation>Laptop changes</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>USB exchange</translation>
        </message>
        <message>
            <source>&amp;Keys and laptops…</source>
            <translation>&amp;Keys and laptops…</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>&amp;Save to / open from:</source>
            <translation>&amp;Save to / open from:</translation>
        </message>
        <message>
            <source>&amp;Look for drives</source>
            <translation>&amp;Look for drives</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>C&amp;hoose folder…</translation>
        </message>
        <message>
            <source>Everything, not only what the coordinator has not acknowledged</source>
            <translation>Everything, not only what the coordinator has not acknowledged</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Import a bundle…</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>What the import will do</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Past exports and imports</source>
            <translation>Past exports and imports</translation>
        </message>
        <message>
            <source>Laptop {tag}</source>
            <translation>Laptop {tag}</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>Audit log…</translation>
        </message>
        <message>
            <source>This computer is the coordinator: import the laptops' bundles, then export reference data for them.</source>
            <translation>This computer is the coordinator: import the laptops' bundles, then export reference data for them.</translation>
        </message>
        <message>
            <source>&amp;Export reference data</source>
            <translation>&amp;Export reference data</translation>
        </message>
        <message>
            <source>This laptop exports its changes for the coordinator and imports the reference data the coordinator sends back.</source>
            <translation>This laptop exports its changes for the coordinator and imports the reference data the coordinator sends back.</translation>
        </message>
        <message>
            <source>Warning: the coordinator has revoked this laptop's key; its bundles will be refused.</source>
            <translation>Warning: the coordinator has revoked this laptop's key; its bundles will be refused.</translation>
        </message>
        <message>
            <source>Before the first export, trust the coordinator under Keys and laptops.</source>
            <translation>Before the first export, trust the coordinator under Keys and laptops.</translation>
        </message>
        <message>
            <source>&amp;Export my changes</source>
            <translation>E&amp;xport my changes</translation>
        </message>
        <message>
            <source>{name} ({free} free) - {path}</source>
            <translation>{name} ({free} free) - {path}</translation>
        </message>
        <message>
            <source>Folder {path}</source>
            <translation>Folder {path}</translation>
        </message>
        <message>
            <source>No USB drive found: plug one in, or choose a folder</source>
            <translation>No USB drive found: plug one in, or choose a folder</translation>
        </message>
        <message>
            <source>Choose the folder for the bundles</source>
            <translation>Choose the folder for the bundles</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message numerus="yes">
            <source>Reference data exported (%n record change(s)) to {path}. You can remove the drive.</source>
            <translation>
                <numerusform>Reference data exported (%n record change) to {path}. You can remove the drive.</numerusform>
                <numerusform>Reference data exported (%n record changes) to {path}. You can remove the drive.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n laptop(s) can open it.</source>
            <translation>
                <numerusform>%n laptop can open it.</numerusform>
                <numerusform>%n laptops can open it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n change(s) to {path}. You can remove the drive.</source>
            <translation>
                <numerusform>Exported %n change to {path}. You can remove the drive.</numerusform>
                <numerusform>Exported %n changes to {path}. You can remove the drive.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a bundle</source>
            <translation>Open a bundle</translation>
        </message>
        <message>
            <source>MILMA bundles (*.age);;All files (*)</source>
            <translation>MILMA bundles (*.age);;All files (*)</translation>
        </message>
        <message>
            <source>Reading the bundle…</source>
            <translation>Reading the bundle…</translation>
        </message>
        <message>
            <source>What the import did</source>
            <translation>What the import did</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>Reference data from the coordinator: %n record change(s).</source>
            <translation>
                <numerusform>Reference data from the coordinator: %n record change.</numerusform>
                <numerusform>Reference data from the coordinator: %n record changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changes of laptop {device}: %n record change(s).</source>
            <translation>
                <numerusform>Changes of laptop {device}: %n record change.</numerusform>
                <numerusform>Changes of laptop {device}: %n record changes.</numerusform>
            </translation>
        </message>
        <message>
            <source>This bundle was imported before; importing it again changes nothing.</source>
            <translation>This bundle was imported before; importing it again changes nothing.</translation>
        </message>
        <message>
            <source>Applied.</source>
            <translation>Applied.</translation>
        </message>
        <message>
            <source>Entries {start} to {end} of this laptop's journal have not arrived yet: a bundle is missing or not imported.</source>
            <translation>Entries {start} to {end} of this laptop's journal have not arrived yet: a bundle is missing or not imported.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting edit(s) will be kept for review.</source>
            <translation>
                <numerusform>%n conflicting edit will be kept for review.</numerusform>
                <numerusform>%n conflicting edits will be kept for review.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message numerus="yes">
            <source>Imported in one go: %n record(s) new, updated or deleted.</source>
            <translation>
                <numerusform>Imported in one go: %n record new, updated or deleted.</numerusform>
                <numerusform>Imported in one go: %n records new, updated or deleted.</numerusform>
            </translation>
        </message>
        <message>
            <source>{size} GB</source>
            <translation>{size} GB</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Migrant status</source>
            <translation>Migrant status</translation>
        </message>
        <message>
            <source>Arrival in Spain</source>
            <translation>Arrival in Spain</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>Languages spoken</translation>
        </message>
        <message>
            <source>Spanish level</source>
            <translation>Spanish level</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Employment history</source>
            <translation>Employment history</translation>
        </message>
        <message>
            <source>Unemployed since</source>
            <translation>Unemployed since</translation>
        </message>
        <message>
            <source>Desired occupation</source>
            <translation>Desired occupation</translation>
        </message>
        <message>
            <source>Occupation group (ISCO-08)</source>
            <translation>Occupation group (ISCO-08)</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Language for documents</source>
            <translation>Language for documents</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Document number</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Agreed next steps</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Collaboration</source>
            <translation>Collaboration</translation>
        </message>
        <message>
            <source>Employment niche</source>
            <translation>Employment niche</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Planned hours</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Lab</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Enrolled on</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Ended on</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Hours attended</translation>
        </message>
        <message>
            <source>Lab enrolment</source>
            <translation>Lab enrolment</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Duration (minutes)</translation>
        </message>
        <message>
            <source>Individual or group</source>
            <translation>Individual or group</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Agreed actions</translation>
        </message>
        <message>
            <source>Next appointment</source>
            <translation>Next appointment</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Story</translation>
        </message>
        <message>
            <source>Language told in</source>
            <translation>Language told in</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Recorded on</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Consent for</source>
            <translation>Consent for</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Granted</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Interest in joining</source>
            <translation>Interest in joining</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>Questionnaire version</source>
            <translation>Questionnaire version</translation>
        </message>
        <message>
            <source>Language answered in</source>
            <translation>Language answered in</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Professional field</source>
            <translation>Professional field</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Availability</translation>
        </message>
        <message>
            <source>Local or migrant</source>
            <translation>Local or migrant</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <source>Newcomers at a time</source>
            <translation>Newcomers at a time</translation>
        </message>
        <message>
            <source>Agreed to be contacted on</source>
            <translation>Agreed to be contacted on</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connector</translation>
        </message>
        <message>
            <source>In person or virtual</source>
            <translation>In person or virtual</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <source>Happened on</source>
            <translation>Happened on</translation>
        </message>
        <message>
            <source>Why it was dropped</source>
            <translation>Why it was dropped</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Employer not in the companies list</source>
            <translation>Employer not in the companies list</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <source>Participant kept</source>
            <translation>Participant kept</translation>
        </message>
        <message>
            <source>Duplicate merged into it</source>
            <translation>Duplicate merged into it</translation>
        </message>
        <message>
            <source>Records moved</source>
            <translation>Records moved</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>field_label</source>
            <translation>field_label</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Set up this laptop</source>
            <translation>Set up this laptop</translation>
        </message>
        <message>
            <source>This laptop's data has no accounts yet. Create the administrator's account: from now on everyone logs in with their own.</source>
            <translation>This laptop's data has no accounts yet. Create the administrator's account: from now on everyone logs in with their own.</translation>
        </message>
        <message>
            <source>This laptop is not set up yet. Choose the site where it is used, a name for the laptop and the technician who uses it, then create the administrator's account.</source>
            <translation>This laptop is not set up yet. Choose the site where it is used, a name for the laptop and the technician who uses it, then create the administrator's account.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
        <message>
            <source>Administrator's account</source>
            <translation>Administrator's account</translation>
        </message>
        <message>
            <source>The account stands for this laptop's technician, {name}.</source>
            <translation>The account stands for this laptop's technician, {name}.</translation>
        </message>
        <message>
            <source>The account stands for the technician above.</source>
            <translation>The account stands for the technician above.</translation>
        </message>
        <message>
            <source>The administrator manages the accounts of the other technicians, the exchange keys and the settings.</source>
            <translation>The administrator manages the accounts of the other technicians, the exchange keys and the settings.</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters; keep it safe: nobody can read it back.</source>
            <translation>The password needs at least {n} characters; keep it safe: nobody can read it back.</translation>
        </message>
        <message>
            <source>One word, for example rosa</source>
            <translation>One word, for example rosa</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>Laptop &amp;name:</source>
            <translation>Laptop &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Technician:</source>
            <translation>&amp;Technician:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>&amp;Repeat the password:</translation>
        </message>
        <message>
            <source>Required: the technician is recorded with every participant registered and every session on this laptop. The other technicians get accounts of their own later, in File &gt; Accounts.</source>
            <translation>Required: the technician is recorded with every participant registered and every session on this laptop. The other technicians get accounts of their own later, in File &gt; Accounts.</translation>
        </message>
        <message>
            <source>Shown to the coordinator with the data this laptop exports.</source>
            <translation>Shown to the coordinator with the data this laptop exports.</translation>
        </message>
        <message>
            <source>St&amp;art</source>
            <translation>St&amp;art</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Quit closes the application without setting anything up; this window opens again at the next start.</source>
            <translation>Quit closes the application without setting anything up; this window opens again at the next start.</translation>
        </message>
        <message>
            <source>Write the technician's full name: it is recorded with everything done on this laptop.</source>
            <translation>Write the technician's full name: it is recorded with everything done on this laptop.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
    </context>
    <context>
        <name>Follow-ups</name>
        <message>
            <source>from {opens} to {due}</source>
            <translation>from {opens} to {due}</translation>
        </message>
        <message>
            <source>Not to be contacted (no consent to follow-up contact)</source>
            <translation>Not to be contacted (no consent to follow-up contact)</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>To answer</source>
            <translation>To answer</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Lab</translation>
        </message>
        <message>
            <source>Next appointment</source>
            <translation>Next appointment</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Due now</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Coming up</translation>
        </message>
        <message>
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not to be contacted</source>
            <translation>
                <numerusform>%n not to be contacted</numerusform>
                <numerusform>%n not to be contacted</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody needs a survey now.</source>
            <translation>Nobody needs a survey now.</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Follow-ups due</translation>
        </message>
        <message>
            <source>For everyone who completed a lab or is still enrolled in one that has ended: the end survey, from the lab's end to one month after it; the follow-up survey, from 5 months after the lab's end, due no later than 6 months after it.</source>
            <translation>For everyone who completed a lab or is still enrolled in one that has ended: the end survey, from the lab's end to one month after it; the follow-up survey, from 5 months after the lab's end, due no later than 6 months after it.</translation>
        </message>
        <message>
            <source>Also those coming up &amp;within (days):</source>
            <translation>Also those coming up &amp;within (days):</translation>
        </message>
        <message>
            <source>&amp;Answer the survey</source>
            <translation>&amp;Answer the survey</translation>
        </message>
        <message>
            <source>Surveys to answer</source>
            <translation>Surveys to answer</translation>
        </message>
        <message numerus="yes">
            <source>%n survey(s) to answer</source>
            <translation>
                <numerusform>%n survey to answer</numerusform>
                <numerusform>%n surveys to answer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryImport</name>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>To add</source>
            <translation>To add</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>“{value}” is not a gender: write woman or man.</source>
            <translation>“{value}” is not a gender: write woman or man.</translation>
        </message>
        <message>
            <source>“{value}” is not a migrant status: write local, migrant, refugee or asylum seeker.</source>
            <translation>“{value}” is not a migrant status: write local, migrant, refugee or asylum seeker.</translation>
        </message>
        <message>
            <source>“{value}” is not an enrolment status: write enrolled, completed or dropped out.</source>
            <translation>“{value}” is not an enrolment status: write enrolled, completed or dropped out.</translation>
        </message>
        <message>
            <source>“{value}” is not a site: write CIFE or Los Arcos.</source>
            <translation>“{value}” is not a site: write CIFE or Los Arcos.</translation>
        </message>
        <message>
            <source>“{value}” is not an answer: write yes or no.</source>
            <translation>“{value}” is not an answer: write yes or no.</translation>
        </message>
        <message>
            <source>“{value}” is not a country: write its ISO code or its name, for example MA or Morocco.</source>
            <translation>“{value}” is not a country: write its ISO code or its name, for example MA or Morocco.</translation>
        </message>
        <message>
            <source>“{value}” is not an employment niche: write one as the Labs screen names it, for example Catering.</source>
            <translation>“{value}” is not an employment niche: write one as the Labs screen names it, for example Catering.</translation>
        </message>
        <message>
            <source>The column {column} is missing.</source>
            <translation>The column {column} is missing.</translation>
        </message>
        <message>
            <source>Empty: every row needs a value here.</source>
            <translation>Empty: every row needs a value here.</translation>
        </message>
        <message>
            <source>“{value}” is not a date: write it as YYYY-MM-DD or DD/MM/YYYY, for example 2022-02-09.</source>
            <translation>“{value}” is not a date: write it as YYYY-MM-DD or DD/MM/YYYY, for example 2022-02-09.</translation>
        </message>
        <message>
            <source>An employer needs the start date of the employment in its column.</source>
            <translation>An employer needs the start date of the employment in its column.</translation>
        </message>
        <message>
            <source>The sheet has no headings in row 1.</source>
            <translation>The sheet has no headings in row 1.</translation>
        </message>
        <message>
            <source>The same lab, starting on the same day, is on row {other} with another end date or site.</source>
            <translation>The same lab, starting on the same day, is on row {other} with another end date or site.</translation>
        </message>
        <message numerus="yes">
            <source>Checked: %n row(s), nothing was written.</source>
            <translation>
                <numerusform>Checked: %n row, nothing was written.</numerusform>
                <numerusform>Checked: %n rows, nothing was written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: %n row(s).</source>
            <translation>
                <numerusform>Imported: %n row.</numerusform>
                <numerusform>Imported: %n rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryImportDialog</name>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>In the store</source>
            <translation>In the store</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Already recorded</source>
            <translation>Already recorded</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Import the programme's history</source>
            <translation>Import the programme's history</translation>
        </message>
        <message>
            <source>A CSV or Excel sheet, one row per lab enrolment, headings in row 1 in English, Spanish or French: first_name, last_name, birth_date, gender, nationality, migrant_status, unemployed_since, document_number, lab, lab_site, lab_start, lab_end, enrolment_status, employment_start, employer, improved_opportunities (and lab_niche, planned_hours and occupation where known). A lab not recorded yet is created, what the sheet does not give (its niche, its planned hours) left empty for a technician to complete on the Labs screen. The same person is one participant: the same document number or, without one, the same names and birth date. What is recorded already is left as it is, so importing a sheet twice adds nothing.</source>
            <translation>A CSV or Excel sheet, one row per lab enrolment, headings in row 1 in English, Spanish or French: first_name, last_name, birth_date, gender, nationality, migrant_status, unemployed_since, document_number, lab, lab_site, lab_start, lab_end, enrolment_status, employment_start, employer, improved_opportunities (and lab_niche, planned_hours and occupation where known). A lab not recorded yet is created, what the sheet does not give (its niche, its planned hours) left empty for a technician to complete on the Labs screen. The same person is one participant: the same document number or, without one, the same names and birth date. What is recorded already is left as it is, so importing a sheet twice adds nothing.</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>File: {name}</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>No file chosen.</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Nothing can be imported: correct the rows listed in the sheet and choose it again.</source>
            <translation>Nothing can be imported: correct the rows listed in the sheet and choose it again.</translation>
        </message>
        <message>
            <source>Importing adds: {records}.</source>
            <translation>Importing adds: {records}.</translation>
        </message>
        <message>
            <source>Everything in it is recorded already: importing adds nothing.</source>
            <translation>Everything in it is recorded already: importing adds nothing.</translation>
        </message>
        <message>
            <source>Added: {records}.</source>
            <translation>Added: {records}.</translation>
        </message>
        <message>
            <source>Nothing new was added.</source>
            <translation>Nothing new was added.</translation>
        </message>
        <message>
            <source>The sheet of the programme's history</source>
            <translation>The sheet of the programme's history</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Spreadsheets (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Checking the sheet…</source>
            <translation>Checking the sheet…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked.</source>
            <translation>
                <numerusform>%n row checked.</numerusform>
                <numerusform>%n rows checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: %n row(s).</source>
            <translation>
                <numerusform>Imported: %n row.</numerusform>
                <numerusform>Imported: %n rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inclusion</name>
        <message>
            <source>Introductions to areas that help inclusion</source>
            <translation>Introductions to areas that help inclusion</translation>
        </message>
        <message>
            <source>&amp;Record an introduction…</source>
            <translation>&amp;Record an introduction…</translation>
        </message>
        <message>
            <source>Introductions to the areas that help a newcomer's inclusion: their neighbourhood, a local association (from the coordinator's list, on the Associations screen), the Coexistence Board (Mesa por la Convivencia) and the Anti-Rumours network, with the date and whether they would like to join.</source>
            <translation>Introductions to the areas that help a newcomer's inclusion: their neighbourhood, a local association (from the coordinator's list, on the Associations screen), the Coexistence Board (Mesa por la Convivencia) and the Anti-Rumours network, with the date and whether they would like to join.</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>The cohort: every participant with at least one lab enrolment in a lab that starts within the period.</source>
            <translation>The cohort: every participant with at least one lab enrolment in a lab that starts within the period.</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Has such an enrolment with status completed.</source>
            <translation>Has such an enrolment with status completed.</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>Employed</translation>
        </message>
        <message>
            <source>Has an employment outcome starting on or after the start of one of their labs.</source>
            <translation>Has an employment outcome starting on or after the start of one of their labs.</translation>
        </message>
        <message>
            <source>Employed within 3 months</source>
            <translation>Employed within 3 months</translation>
        </message>
        <message>
            <source>Has a completed enrolment in one of their labs and an employment starting between that lab's start and 3 calendar months after that lab's end, both days included (a job found during the lab counts).</source>
            <translation>Has a completed enrolment in one of their labs and an employment starting between that lab's start and 3 calendar months after that lab's end, both days included (a job found during the lab counts).</translation>
        </message>
        <message>
            <source>Employed within 6 months</source>
            <translation>Employed within 6 months</translation>
        </message>
        <message>
            <source>Has a completed enrolment in one of their labs and an employment starting between that lab's start and 6 calendar months after that lab's end, both days included (a job found during the lab counts).</source>
            <translation>Has a completed enrolment in one of their labs and an employment starting between that lab's start and 6 calendar months after that lab's end, both days included (a job found during the lab counts).</translation>
        </message>
        <message>
            <source>Improved job opportunities</source>
            <translation>Improved job opportunities</translation>
        </message>
        <message>
            <source>Answered yes to "the programme improved my job opportunities" in an end or follow-up survey.</source>
            <translation>Answered yes to "the programme improved my job opportunities" in an end or follow-up survey.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Everyone in the cohort.</source>
            <translation>Everyone in the cohort.</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Participants whose gender is woman.</source>
            <translation>Participants whose gender is woman.</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
        <message>
            <source>Participants whose gender is man.</source>
            <translation>Participants whose gender is man.</translation>
        </message>
        <message>
            <source>Locals</source>
            <translation>Locals</translation>
        </message>
        <message>
            <source>Local residents.</source>
            <translation>Local residents.</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Migrants</translation>
        </message>
        <message>
            <source>Migrant, refugee or asylum seeker.</source>
            <translation>Migrant, refugee or asylum seeker.</translation>
        </message>
        <message>
            <source>Long-term unemployed</source>
            <translation>Long-term unemployed</translation>
        </message>
        <message>
            <source>Unemployed since a date at least 12 calendar months before the start of their earliest lab in the period; an unknown date is not long-term.</source>
            <translation>Unemployed since a date at least 12 calendar months before the start of their earliest lab in the period; an unknown date is not long-term.</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Labs</translation>
        </message>
        <message>
            <source>Labs starting within the period.</source>
            <translation>Labs starting within the period.</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Distinct companies that are partners of those labs, host a placement of a cohort member, or employ a cohort member with an employment that counts as employed above.</source>
            <translation>Distinct companies that are partners of those labs, host a placement of a cohort member, or employ a cohort member with an employment that counts as employed above.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>From and to (both days included) select labs by their start date; no period means all time.</source>
            <translation>From and to (both days included) select labs by their start date; no period means all time.</translation>
        </message>
        <message>
            <source>"Their labs" means the labs of those enrolments only.</source>
            <translation>"Their labs" means the labs of those enrolments only.</translation>
        </message>
        <message>
            <source>Calendar months: the same day number that many months later, or that month's last day when it is shorter (31 May + 3 months = 31 August; 30 November + 3 months = 28 or 29 February).</source>
            <translation>Calendar months: the same day number that many months later, or that month's last day when it is shorter (31 May + 3 months = 31 August; 30 November + 3 months = 28 or 29 February).</translation>
        </message>
        <message>
            <source>Rates are shown beside counts: an indicator's count in a group divided by the group's participants (employed within 3 months of migrants / migrants, and so on).</source>
            <translation>Rates are shown beside counts: an indicator's count in a group divided by the group's participants (employed within 3 months of migrants / migrants, and so on).</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose a start date on or before the end date.</source>
            <translation>The period starts after it ends: choose a start date on or before the end date.</translation>
        </message>
        <message>
            <source>Programme indicators</source>
            <translation>Programme indicators</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>{group} (rate)</source>
            <translation>{group} (rate)</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Labs and companies</source>
            <translation>Labs and companies</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definitions</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Covers</translation>
        </message>
        <message>
            <source>Indicators printed on {date}</source>
            <translation>Indicators printed on {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>All time</translation>
        </message>
        <message>
            <source>Labs starting from {start} to {end}</source>
            <translation>Labs starting from {start} to {end}</translation>
        </message>
        <message>
            <source>Labs starting from {start}</source>
            <translation>Labs starting from {start}</translation>
        </message>
        <message>
            <source>Labs starting until {end}</source>
            <translation>Labs starting until {end}</translation>
        </message>
        <message>
            <source>Lab: {names}</source>
            <translation>Lab: {names}</translation>
        </message>
        <message>
            <source>Site: {site}</source>
            <translation>Site: {site}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Women and men</source>
            <translation>Women and men</translation>
        </message>
        <message>
            <source>Locals and migrants</source>
            <translation>Locals and migrants</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>Employed</translation>
        </message>
        <message>
            <source>Job in 3 months</source>
            <translation>Job in 3 months</translation>
        </message>
        <message>
            <source>Job in 6 months</source>
            <translation>Job in 6 months</translation>
        </message>
        <message>
            <source>Better chances</source>
            <translation>Better chances</translation>
        </message>
        <message>
            <source>All labs</source>
            <translation>All labs</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>Labs: {labs} · Companies: {companies}</source>
            <translation>Labs: {labs} · Companies: {companies}</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx)</source>
            <translation>Spreadsheets (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Export the indicators</source>
            <translation>Export the indicators</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>The chosen lab's dates</source>
            <translation>The chosen lab's dates</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>All time</translation>
        </message>
        <message>
            <source>Dates as typed</source>
            <translation>Dates as typed</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>Fro&amp;m</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Lab</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>All sites</translation>
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation>Export &amp;XLSX…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Export &amp;PDF…</translation>
        </message>
        <message>
            <source>Indicators by group</source>
            <translation>Indicators by group</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definitions</translation>
        </message>
    </context>
    <context>
        <name>Itinerary</name>
        <message>
            <source>Nobody is enrolled in the lab {name}.</source>
            <translation>Nobody is enrolled in the lab {name}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Cannot write {path}: {reason}</translation>
        </message>
        <message>
            <source>MILMA programme – labour integration in Fuenlabrada</source>
            <translation>MILMA programme – labour integration in Fuenlabrada</translation>
        </message>
        <message>
            <source>Training and job-search itinerary</source>
            <translation>Training and job-search itinerary</translation>
        </message>
        <message>
            <source>This is your personal pathway in the programme: your training, your goals and your next steps. Please bring it to your appointments.</source>
            <translation>This is your personal pathway in the programme: your training, your goals and your next steps. Please bring it to your appointments.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Participant code</translation>
        </message>
        <message>
            <source>Training centre</source>
            <translation>Training centre</translation>
        </message>
        <message>
            <source>Your contact technician</source>
            <translation>Your contact technician</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>Phone: {phone}</source>
            <translation>Phone: {phone}</translation>
        </message>
        <message>
            <source>Email: {email}</source>
            <translation>Email: {email}</translation>
        </message>
        <message>
            <source>Training labs</source>
            <translation>Training labs</translation>
        </message>
        <message>
            <source>Development plan</source>
            <translation>Development plan</translation>
        </message>
        <message>
            <source>Coaching sessions held</source>
            <translation>Coaching sessions held</translation>
        </message>
        <message>
            <source>Next appointments</source>
            <translation>Next appointments</translation>
        </message>
        <message>
            <source>Work placements</source>
            <translation>Work placements</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>Connectors met</source>
            <translation>Connectors met</translation>
        </message>
        <message>
            <source>Your network</source>
            <translation>Your network</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Agreed next steps</translation>
        </message>
        <message>
            <source>Lab and employment niche</source>
            <translation>Lab and employment niche</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Hours attended</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Agreed actions</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connector</translation>
        </message>
        <message>
            <source>Professional field</source>
            <translation>Professional field</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>since {start}</translation>
        </message>
        <message>
            <source>{attended} of {planned} hours</source>
            <translation>{attended} of {planned} hours</translation>
        </message>
        <message>
            <source>{attended} hours</source>
            <translation>{attended} hours</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{date} (planned)</source>
            <translation>{date} (planned)</translation>
        </message>
        <message>
            <source>Met {connector} on {date}.</source>
            <translation>Met {connector} on {date}.</translation>
        </message>
        <message>
            <source>Met {connector} on {date}; through {name}, introduced to {introductions}.</source>
            <translation>Met {connector} on {date}; through {name}, introduced to {introductions}.</translation>
        </message>
        <message>
            <source>{name} ({field})</source>
            <translation>{name} ({field})</translation>
        </message>
        <message>
            <source>{connector} (introduction happened on {date})</source>
            <translation>{connector} (introduction happened on {date})</translation>
        </message>
        <message>
            <source>{connector} (introduction happened)</source>
            <translation>{connector} (introduction happened)</translation>
        </message>
        <message>
            <source>{connector} (introduction pending)</source>
            <translation>{connector} (introduction pending)</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} at {time}</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Nothing recorded yet.</translation>
        </message>
        <message>
            <source>No appointment planned yet: your technician will contact you.</source>
            <translation>No appointment planned yet: your technician will contact you.</translation>
        </message>
        <message>
            <source>To be agreed with your technician at the next appointment.</source>
            <translation>To be agreed with your technician at the next appointment.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>MILMA itinerary · {code} · printed on {date}</source>
            <translation>MILMA itinerary · {code} · printed on {date}</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Prepared for</translation>
        </message>
        <message>
            <source>{company}, a partner company, with the participant's consent to sharing their CV</source>
            <translation>{company}, a partner company, with the participant's consent to sharing their CV</translation>
        </message>
        <message>
            <source>No partner company is called {name}.</source>
            <translation>No partner company is called {name}.</translation>
        </message>
        <message>
            <source>Several companies are called {name}; rename one of them first.</source>
            <translation>Several companies are called {name}; rename one of them first.</translation>
        </message>
        <message>
            <source>No lab is called {name}.</source>
            <translation>No lab is called {name}.</translation>
        </message>
        <message>
            <source>Several labs are called {name}; rename one of them first.</source>
            <translation>Several labs are called {name}; rename one of them first.</translation>
        </message>
        <message>
            <source>Introductions to the areas that help inclusion</source>
            <translation>Introductions to the areas that help inclusion</translation>
        </message>
        <message>
            <source>Introduced to</source>
            <translation>Introduced to</translation>
        </message>
        <message>
            <source>Would like to join</source>
            <translation>Would like to join</translation>
        </message>
        <message>
            <source>{association}, a local association</source>
            <translation>{association}, a local association</translation>
        </message>
    </context>
    <context>
        <name>ItineraryPreview</name>
        <message>
            <source>Itinerary of {code}</source>
            <translation>Itinerary of {code}</translation>
        </message>
        <message>
            <source>&amp;Language of the document:</source>
            <translation>&amp;Language of the document:</translation>
        </message>
        <message>
            <source>Prepared &amp;for:</source>
            <translation>Prepared &amp;for:</translation>
        </message>
        <message>
            <source>The participant</source>
            <translation>The participant</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the itinerary as PDF</source>
            <translation>Save the itinerary as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>This is not a laptop signing key: it should look like ed25519:... as 'milma keys show' prints it.</source>
            <translation>This is not a laptop signing key: it should look like ed25519:... as 'milma keys show' prints it.</translation>
        </message>
        <message>
            <source>No key given: paste the coordinator's public key, which starts with age1.</source>
            <translation>No key given: paste the coordinator's public key, which starts with age1.</translation>
        </message>
        <message>
            <source>This is a secret identity (AGE-SECRET-KEY-…), not a public key: keep it private, and paste the public key, which starts with age1.</source>
            <translation>This is a secret identity (AGE-SECRET-KEY-…), not a public key: keep it private, and paste the public key, which starts with age1.</translation>
        </message>
        <message>
            <source>This is not an age public key: it should start with age1.</source>
            <translation>This is not an age public key: it should start with age1.</translation>
        </message>
        <message>
            <source>The key is cut by spaces or line breaks: paste it as one line.</source>
            <translation>The key is cut by spaces or line breaks: paste it as one line.</translation>
        </message>
        <message>
            <source>The key mixes capital and small letters: copy it again exactly as it was given.</source>
            <translation>The key mixes capital and small letters: copy it again exactly as it was given.</translation>
        </message>
        <message>
            <source>The key holds characters an age key never has ({characters}): copy it again exactly as it was given.</source>
            <translation>The key holds characters an age key never has ({characters}): copy it again exactly as it was given.</translation>
        </message>
        <message>
            <source>The key has {count} characters where an age public key has {expected}: part of it is missing, or something was added.</source>
            <translation>The key has {count} characters where an age public key has {expected}: part of it is missing, or something was added.</translation>
        </message>
        <message>
            <source>The key does not check out: a character was mistyped or changed. Copy it again exactly as it was given.</source>
            <translation>The key does not check out: a character was mistyped or changed. Copy it again exactly as it was given.</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>The passphrase must have at least 8 characters.</translation>
        </message>
        <message>
            <source>The file does not hold an age identity.</source>
            <translation>The file does not hold an age identity.</translation>
        </message>
        <message>
            <source>This store already has a coordinator identity; back it up with 'milma keys backup-identity'.</source>
            <translation>This store already has a coordinator identity; back it up with 'milma keys backup-identity'.</translation>
        </message>
        <message>
            <source>This store is not a coordinator: run 'milma keys init-coordinator' first.</source>
            <translation>This store is not a coordinator: run 'milma keys init-coordinator' first.</translation>
        </message>
        <message>
            <source>The coordinator passphrase is needed.</source>
            <translation>The coordinator passphrase is needed.</translation>
        </message>
        <message>
            <source>Wrong passphrase for the coordinator identity.</source>
            <translation>Wrong passphrase for the coordinator identity.</translation>
        </message>
        <message>
            <source>This key file is not the coordinator's.</source>
            <translation>This key file is not the coordinator's.</translation>
        </message>
        <message>
            <source>The key file is not the output of 'milma keys show --format json'.</source>
            <translation>The key file is not the output of 'milma keys show --format json'.</translation>
        </message>
        <message>
            <source>Cannot read the key file {path}.</source>
            <translation>Cannot read the key file {path}.</translation>
        </message>
        <message>
            <source>The key {fingerprint} was revoked; the laptop must make a new key.</source>
            <translation>The key {fingerprint} was revoked; the laptop must make a new key.</translation>
        </message>
        <message>
            <source>No enrolled laptop matches {device}.</source>
            <translation>No enrolled laptop matches {device}.</translation>
        </message>
        <message>
            <source>Several enrolled laptops match {device}: give more of the id.</source>
            <translation>Several enrolled laptops match {device}: give more of the id.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Revoked on {date}</source>
            <translation>Revoked on {date}</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Not known until its next bundle</source>
            <translation>Not known until its next bundle</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Keys and laptops</source>
            <translation>Keys and laptops</translation>
        </message>
        <message>
            <source>Device id:</source>
            <translation>Device id:</translation>
        </message>
        <message>
            <source>Signing key:</source>
            <translation>Signing key:</translation>
        </message>
        <message>
            <source>Public key for encryption:</source>
            <translation>Public key for encryption:</translation>
        </message>
        <message>
            <source>Trusted coordinator:</source>
            <translation>Trusted coordinator:</translation>
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation>Its fingerprint:</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>Show the keys themselves, as the command line and the key files give them</source>
            <translation>Show the keys themselves, as the command line and the key files give them</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
        <message>
            <source>&amp;Save my key file for the coordinator…</source>
            <translation>&amp;Save my key file for the coordinator…</translation>
        </message>
        <message>
            <source>Make this computer the &amp;coordinator…</source>
            <translation>Make this computer the &amp;coordinator…</translation>
        </message>
        <message>
            <source>Laptops enrolled by this coordinator</source>
            <translation>Laptops enrolled by this coordinator</translation>
        </message>
        <message>
            <source>&amp;Enrol a laptop…</source>
            <translation>&amp;Enrol a laptop…</translation>
        </message>
        <message>
            <source>&amp;Revoke the laptop</source>
            <translation>&amp;Revoke the laptop</translation>
        </message>
        <message>
            <source>&amp;Back up the coordinator identity…</source>
            <translation>&amp;Back up the coordinator identity…</translation>
        </message>
        <message>
            <source>Restore the &amp;identity…</source>
            <translation>Restore the &amp;identity…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>This computer is the coordinator. Laptops encrypt their bundles to its public key. Enrol each laptop from its key file, checking that the fingerprint you are asked about is the one the laptop shows.</source>
            <translation>This computer is the coordinator. Laptops encrypt their bundles to its public key. Enrol each laptop from its key file, checking that the fingerprint you are asked about is the one the laptop shows.</translation>
        </message>
        <message>
            <source>The coordinator has revoked this laptop's key: its bundles are refused. Ask the coordinator.</source>
            <translation>The coordinator has revoked this laptop's key: its bundles are refused. Ask the coordinator.</translation>
        </message>
        <message>
            <source>This laptop signs its bundles with its own key. Give the coordinator your key file, and check together that the fingerprint is the same on both screens.</source>
            <translation>This laptop signs its bundles with its own key. Give the coordinator your key file, and check together that the fingerprint is the same on both screens.</translation>
        </message>
        <message>
            <source>This computer, the coordinator: {name}</source>
            <translation>This computer, the coordinator: {name}</translation>
        </message>
        <message>
            <source>Fingerprint for the laptops:</source>
            <translation>Fingerprint for the laptops:</translation>
        </message>
        <message>
            <source>Each laptop shows it as its coordinator's fingerprint: read it aloud together to check that they trust this computer.</source>
            <translation>Each laptop shows it as its coordinator's fingerprint: read it aloud together to check that they trust this computer.</translation>
        </message>
        <message>
            <source>This laptop: {name}</source>
            <translation>This laptop: {name}</translation>
        </message>
        <message>
            <source>Fingerprint of this laptop:</source>
            <translation>Fingerprint of this laptop:</translation>
        </message>
        <message>
            <source>The coordinator is asked about it when enrolling this laptop: read it aloud together.</source>
            <translation>The coordinator is asked about it when enrolling this laptop: read it aloud together.</translation>
        </message>
        <message>
            <source>Coordinator: none trusted yet. Trust it from the key file it gives you.</source>
            <translation>Coordinator: none trusted yet. Trust it from the key file it gives you.</translation>
        </message>
        <message>
            <source>Coordinator: {name}, verified on {date}</source>
            <translation>Coordinator: {name}, verified on {date}</translation>
        </message>
        <message>
            <source>Coordinator: its key was typed in (so its name is not known), verified on {date}</source>
            <translation>Coordinator: its key was typed in (so its name is not known), verified on {date}</translation>
        </message>
        <message>
            <source>The coordinator's key file</source>
            <translation>The coordinator's key file</translation>
        </message>
        <message>
            <source>Trust a coordinator</source>
            <translation>Trust a coordinator</translation>
        </message>
        <message>
            <source>The coordinator's public key (age1…):</source>
            <translation>The coordinator's public key (age1…):</translation>
        </message>
        <message>
            <source>This laptop now trusts the coordinator.</source>
            <translation>This laptop now trusts the coordinator.</translation>
        </message>
        <message>
            <source>Save the key file</source>
            <translation>Save the key file</translation>
        </message>
        <message>
            <source>Key files (*.json)</source>
            <translation>Key files (*.json)</translation>
        </message>
        <message>
            <source>Could not write the key file {path}.</source>
            <translation>Could not write the key file {path}.</translation>
        </message>
        <message>
            <source>Key file saved to {path}.</source>
            <translation>Key file saved to {path}.</translation>
        </message>
        <message>
            <source>Make this computer the coordinator? It will import the laptops' bundles. This cannot be undone.</source>
            <translation>Make this computer the coordinator? It will import the laptops' bundles. This cannot be undone.</translation>
        </message>
        <message>
            <source>Creating the coordinator identity…</source>
            <translation>Creating the coordinator identity…</translation>
        </message>
        <message>
            <source>This computer is now the coordinator. Back up its identity now.</source>
            <translation>This computer is now the coordinator. Back up its identity now.</translation>
        </message>
        <message>
            <source>The laptop's key file</source>
            <translation>The laptop's key file</translation>
        </message>
        <message>
            <source>Key files (*.json);;All files (*)</source>
            <translation>Key files (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Not known until its first bundle</source>
            <translation>Not known until its first bundle</translation>
        </message>
        <message>
            <source>&amp;Trust the coordinator from its key file…</source>
            <translation>&amp;Trust the coordinator from its key file…</translation>
        </message>
        <message>
            <source>T&amp;ype the coordinator's key…</source>
            <translation>T&amp;ype the coordinator's key…</translation>
        </message>
        <message>
            <source>&amp;Save the public key file for the laptops…</source>
            <translation>&amp;Save the public key file for the laptops…</translation>
        </message>
        <message>
            <source>Does the laptop show this fingerprint?

{fingerprint}

Enrol it only if both are the same.</source>
            <translation>Does the laptop show this fingerprint?

{fingerprint}

Enrol it only if both are the same.</translation>
        </message>
        <message>
            <source>Laptop enrolled: {fingerprint}.</source>
            <translation>Laptop enrolled: {fingerprint}.</translation>
        </message>
        <message>
            <source>Revoke the laptop {fingerprint}? Its bundles will be refused and it will no longer receive reference data.</source>
            <translation>Revoke the laptop {fingerprint}? Its bundles will be refused and it will no longer receive reference data.</translation>
        </message>
        <message>
            <source>Laptop revoked; the revocation goes out with the next reference data.</source>
            <translation>Laptop revoked; the revocation goes out with the next reference data.</translation>
        </message>
        <message>
            <source>Back up the coordinator identity</source>
            <translation>Back up the coordinator identity</translation>
        </message>
        <message>
            <source>Identity saved to {path}, encrypted with the passphrase. Keep it apart from this computer.</source>
            <translation>Identity saved to {path}, encrypted with the passphrase. Keep it apart from this computer.</translation>
        </message>
        <message>
            <source>Restore the coordinator identity</source>
            <translation>Restore the coordinator identity</translation>
        </message>
        <message>
            <source>Restoring the coordinator identity makes this computer the coordinator. Continue?</source>
            <translation>Restoring the coordinator identity makes this computer the coordinator. Continue?</translation>
        </message>
        <message>
            <source>Coordinator identity restored.</source>
            <translation>Coordinator identity restored.</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Lab</translation>
        </message>
        <message>
            <source>Partner company of a lab</source>
            <translation>Partner company of a lab</translation>
        </message>
        <message>
            <source>Lab enrolment</source>
            <translation>Lab enrolment</translation>
        </message>
        <message>
            <source>Lab attendance</source>
            <translation>Lab attendance</translation>
        </message>
        <message>
            <source>Development-plan goal</source>
            <translation>Development-plan goal</translation>
        </message>
        <message>
            <source>Coaching session</source>
            <translation>Coaching session</translation>
        </message>
        <message>
            <source>Life story</source>
            <translation>Life story</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connector</translation>
        </message>
        <message>
            <source>Connector meeting</source>
            <translation>Connector meeting</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Introduction to an inclusion area</source>
            <translation>Introduction to an inclusion area</translation>
        </message>
        <message>
            <source>Work placement</source>
            <translation>Work placement</translation>
        </message>
        <message>
            <source>Job outcome</source>
            <translation>Job outcome</translation>
        </message>
        <message>
            <source>Survey response</source>
            <translation>Survey response</translation>
        </message>
        <message>
            <source>Merge of duplicate participants</source>
            <translation>Merge of duplicate participants</translation>
        </message>
        <message>
            <source>kind_label</source>
            <translation>kind_label</translation>
        </message>
    </context>
    <context>
        <name>LabItinerariesDialog</name>
        <message>
            <source>Itineraries of the lab {lab}</source>
            <translation>Itineraries of the lab {lab}</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) enrolled in this lab.</source>
            <translation>
                <numerusform>%n participant enrolled in this lab.</numerusform>
                <numerusform>%n participants enrolled in this lab.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Language of the documents:</source>
            <translation>&amp;Language of the documents:</translation>
        </message>
        <message>
            <source>Each participant's preferred language</source>
            <translation>Each participant's preferred language</translation>
        </message>
        <message>
            <source>One PDF file per participant</source>
            <translation>One PDF file per participant</translation>
        </message>
        <message>
            <source>All itineraries in one PDF file</source>
            <translation>All itineraries in one PDF file</translation>
        </message>
        <message>
            <source>&amp;Create PDF files…</source>
            <translation>&amp;Create PDF files…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Save the itineraries as one PDF</source>
            <translation>Save the itineraries as one PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the itineraries</source>
            <translation>Folder for the itineraries</translation>
        </message>
        <message numerus="yes">
            <source>Itinerary %n of {total}…</source>
            <translation>
                <numerusform>Itinerary %n of {total}…</numerusform>
                <numerusform>Itinerary %n of {total}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PDF file(s) written.</source>
            <translation>
                <numerusform>%n PDF file written.</numerusform>
                <numerusform>%n PDF files written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n PDF file(s) had been written.</source>
            <translation>
                <numerusform>Cancelled: %n PDF file had been written.</numerusform>
                <numerusform>Cancelled: %n PDF files had been written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped by an error: %n PDF file(s) had been written.</source>
            <translation>
                <numerusform>Stopped by an error: %n PDF file had been written.</numerusform>
                <numerusform>Stopped by an error: %n PDF files had been written.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LabsPage</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Choose a lab in the list to see its participants.</source>
            <translation>Choose a lab in the list to see its participants.</translation>
        </message>
        <message>
            <source>No partner company yet.</source>
            <translation>No partner company yet.</translation>
        </message>
        <message>
            <source>Partner companies</source>
            <translation>Partner companies</translation>
        </message>
        <message numerus="yes">
            <source>Participants (%n)</source>
            <translation>
                <numerusform>Participants (%n)</numerusform>
                <numerusform>Participants (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>To complete</translation>
        </message>
        <message>
            <source>Employment niche to complete</source>
            <translation>Employment niche to complete</translation>
        </message>
        <message>
            <source>{hours} planned hours</source>
            <translation>{hours} planned hours</translation>
        </message>
        <message>
            <source>Planned hours to complete</source>
            <translation>Planned hours to complete</translation>
        </message>
        <message>
            <source>{niche} · {site} · {start} – {end} · {hours} · {schedule}</source>
            <translation>{niche} · {site} · {start} – {end} · {hours} · {schedule}</translation>
        </message>
        <message>
            <source>E&amp;nrol participants…</source>
            <translation>E&amp;nrol participants…</translation>
        </message>
        <message>
            <source>Choose several participants from the list and enrol them in this lab</source>
            <translation>Choose several participants from the list and enrol them in this lab</translation>
        </message>
        <message>
            <source>Attendance &amp;register…</source>
            <translation>Attendance &amp;register…</translation>
        </message>
        <message>
            <source>Record who was present, absent or excused on a day of this lab</source>
            <translation>Record who was present, absent or excused on a day of this lab</translation>
        </message>
        <message>
            <source>Participants of the lab</source>
            <translation>Participants of the lab</translation>
        </message>
        <message>
            <source>Double-click a participant (or press Enter) to open their page.</source>
            <translation>Double-click a participant (or press Enter) to open their page.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Enrolled now</source>
            <translation>Enrolled now</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Labs</translation>
        </message>
        <message>
            <source>Filter labs by name, niche, site…</source>
            <translation>Filter labs by name, niche, site…</translation>
        </message>
        <message>
            <source>New lab…</source>
            <translation>New lab…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>New lab</source>
            <translation>New lab</translation>
        </message>
        <message>
            <source>Edit lab</source>
            <translation>Edit lab</translation>
        </message>
        <message numerus="yes">
            <source>%n lab(s)</source>
            <translation>
                <numerusform>%n lab</numerusform>
                <numerusform>%n labs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n lab(s)</source>
            <translation>
                <numerusform>{shown} of %n lab</numerusform>
                <numerusform>{shown} of %n labs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lab “{name}”? The enrolments of %n participant(s) in it will be deleted too.</source>
            <translation>
                <numerusform>Delete the lab “{name}”? The enrolments of %n participant in it will be deleted too.</numerusform>
                <numerusform>Delete the lab “{name}”? The enrolments of %n participants in it will be deleted too.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the lab “{name}”?</source>
            <translation>Delete the lab “{name}”?</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excused</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Hours attended</translation>
        </message>
        <message>
            <source>Share of hours</source>
            <translation>Share of hours</translation>
        </message>
        <message>
            <source>From the attendance register</source>
            <translation>From the attendance register</translation>
        </message>
        <message>
            <source>As typed in the enrolment (no attendance register)</source>
            <translation>As typed in the enrolment (no attendance register)</translation>
        </message>
        <message>
            <source>Not known: no attendance register, and the lab's planned hours are to be completed</source>
            <translation>Not known: no attendance register, and the lab's planned hours are to be completed</translation>
        </message>
        <message>
            <source>Not known: no attendance register, and the lab is still running or no hours were typed</source>
            <translation>Not known: no attendance register, and the lab is still running or no hours were typed</translation>
        </message>
        <message>
            <source>{hours} of the {held} hours the lab held on the days recorded</source>
            <translation>{hours} of the {held} hours the lab held on the days recorded</translation>
        </message>
        <message>
            <source>{hours} of the lab's {planned} planned hours</source>
            <translation>{hours} of the lab's {planned} planned hours</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) below {share} of the hours, highlighted.</source>
            <translation>
                <numerusform>%n participant below {share} of the hours, highlighted.</numerusform>
                <numerusform>%n participants below {share} of the hours, highlighted.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody below {share} of the hours.</source>
            <translation>Nobody below {share} of the hours.</translation>
        </message>
        <message>
            <source>&amp;Warn below</source>
            <translation>&amp;Warn below</translation>
        </message>
        <message>
            <source>% of the hours</source>
            <translation>% of the hours</translation>
        </message>
        <message>
            <source>Warn about participants below this share of the hours</source>
            <translation>Warn about participants below this share of the hours</translation>
        </message>
        <message>
            <source>Participants who attended less than this share of the lab's hours are highlighted</source>
            <translation>Participants who attended less than this share of the lab's hours are highlighted</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose languages</source>
            <translation>Choose languages</translation>
        </message>
        <message>
            <source>Filter languages</source>
            <translation>Filter languages</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
    </context>
    <context>
        <name>LanguagesEditor</name>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Choose the languages from a list</source>
            <translation>Choose the languages from a list</translation>
        </message>
    </context>
    <context>
        <name>LifeStory</name>
        <message>
            <source>Nothing is publishable without consent: record the participant's consent to the life story (Profile tab) or keep the story private.</source>
            <translation>Nothing is publishable without consent: record the participant's consent to the life story (Profile tab) or keep the story private.</translation>
        </message>
        <message>
            <source>Story recorded on {date}</source>
            <translation>Story recorded on {date}</translation>
        </message>
        <message>
            <source>New story</source>
            <translation>New story</translation>
        </message>
        <message>
            <source>This story is marked “{scope}”, but the participant consented to “{allowed}” only: it must not be published so. Choose a narrower consent scope and save.</source>
            <translation>This story is marked “{scope}”, but the participant consented to “{allowed}” only: it must not be published so. Choose a narrower consent scope and save.</translation>
        </message>
        <message>
            <source>Consent to the life story given on {date}, as “{allowed}”: the story may be published that far and no further.</source>
            <translation>Consent to the life story given on {date}, as “{allowed}”: the story may be published that far and no further.</translation>
        </message>
        <message>
            <source>This story is marked as publishable, but the participant has not given (or has withdrawn) consent to the life story: it must not be published. Set the consent scope to private and save.</source>
            <translation>This story is marked as publishable, but the participant has not given (or has withdrawn) consent to the life story: it must not be published. Set the consent scope to private and save.</translation>
        </message>
        <message>
            <source>Unsaved changes to this story were kept (last kept {when}).</source>
            <translation>Unsaved changes to this story were kept (last kept {when}).</translation>
        </message>
        <message>
            <source>Delete this life story? This cannot be undone.</source>
            <translation>Delete this life story? This cannot be undone.</translation>
        </message>
        <message>
            <source>Save the changes to the life story?</source>
            <translation>Save the changes to the life story?</translation>
        </message>
        <message>
            <source>&amp;New story</source>
            <translation>&amp;New story</translation>
        </message>
        <message>
            <source>&amp;Delete story</source>
            <translation>&amp;Delete story</translation>
        </message>
        <message>
            <source>&amp;Save story</source>
            <translation>&amp;Save story</translation>
        </message>
        <message>
            <source>Save the story (Ctrl+S)</source>
            <translation>Save the story (Ctrl+S)</translation>
        </message>
        <message>
            <source>Life stories of this participant</source>
            <translation>Life stories of this participant</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Edit the chosen record (Enter)</source>
            <translation>Edit the chosen record (Enter)</translation>
        </message>
        <message>
            <source>Delete the chosen record (Delete)</source>
            <translation>Delete the chosen record (Delete)</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>The session is locked. Type your password to go on where you were: the open forms are kept as they are.</source>
            <translation>The session is locked. Type your password to go on where you were: the open forms are kept as they are.</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Log in with your account on this laptop.</source>
            <translation>Log in with your account on this laptop.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>Un&amp;lock</source>
            <translation>Un&amp;lock</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Forgot the password? Use the rec&amp;overy key…</source>
            <translation>Forgot the password? Use the rec&amp;overy key…</translation>
        </message>
        <message>
            <source>The new password is set: type it to log in.</source>
            <translation>The new password is set: type it to log in.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords in a row: the next try is possible in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong passwords in a row: the next try is possible in %n second.</numerusform>
                <numerusform>Too many wrong passwords in a row: the next try is possible in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type your user name first: the recovery key sets a new password for that account.</source>
            <translation>Type your user name first: the recovery key sets a new password for that account.</translation>
        </message>
        <message>
            <source>There is no account called {name} on this laptop: type the user name of the account whose password to set.</source>
            <translation>There is no account called {name} on this laptop: type the user name of the account whose password to set.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>&amp;About MILMA Desktop…</source>
            <translation>&amp;About MILMA Desktop…</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>Import &amp;history…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Accounts…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>S&amp;ettings…</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Screens</translation>
        </message>
        <message>
            <source>Site: {site}</source>
            <translation>Site: {site}</translation>
        </message>
        <message>
            <source>Laptop: {device}</source>
            <translation>Laptop: {device}</translation>
        </message>
        <message>
            <source>Technician: {name}</source>
            <translation>Technician: {name}</translation>
        </message>
        <message>
            <source>No technician chosen</source>
            <translation>No technician chosen</translation>
        </message>
        <message>
            <source>{site} — {device}</source>
            <translation>{site} — {device}</translation>
        </message>
    </context>
    <context>
        <name>Matching</name>
        <message>
            <source>Works in the same occupation group ({group})</source>
            <translation>Works in the same occupation group ({group})</translation>
        </message>
        <message>
            <source>Works in a related occupation group ({group})</source>
            <translation>Works in a related occupation group ({group})</translation>
        </message>
        <message>
            <source>Speaks {languages}</source>
            <translation>Speaks {languages}</translation>
        </message>
        <message>
            <source>Lives in the same neighbourhood ({neighbourhood})</source>
            <translation>Lives in the same neighbourhood ({neighbourhood})</translation>
        </message>
        <message>
            <source>Can meet {availability}</source>
            <translation>Can meet {availability}</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Choose a connector other than the one of the meeting.</source>
            <translation>Choose a connector other than the one of the meeting.</translation>
        </message>
        <message>
            <source>This connector is already in the list.</source>
            <translation>This connector is already in the list.</translation>
        </message>
        <message>
            <source>Say on which date it happened.</source>
            <translation>Say on which date it happened.</translation>
        </message>
        <message>
            <source>Choose the connector first.</source>
            <translation>Choose the connector first.</translation>
        </message>
        <message>
            <source>Why referral {n} was dropped</source>
            <translation>Why referral {n} was dropped</translation>
        </message>
        <message>
            <source>Connectors are referred to at a meeting held: once this meeting has taken place, mark it as held to record them.</source>
            <translation>Connectors are referred to at a meeting held: once this meeting has taken place, mark it as held to record them.</translation>
        </message>
        <message>
            <source>This meeting has unsaved changes kept from an earlier session. Restore them?</source>
            <translation>This meeting has unsaved changes kept from an earlier session. Restore them?</translation>
        </message>
        <message>
            <source>Referral {n}: {field}</source>
            <translation>Referral {n}: {field}</translation>
        </message>
        <message>
            <source>Save this meeting?</source>
            <translation>Save this meeting?</translation>
        </message>
        <message>
            <source>Edit meeting with a connector</source>
            <translation>Edit meeting with a connector</translation>
        </message>
        <message>
            <source>Meeting with a connector</source>
            <translation>Meeting with a connector</translation>
        </message>
        <message>
            <source>Referred to (up to three connectors)</source>
            <translation>Referred to (up to three connectors)</translation>
        </message>
        <message>
            <source>Referred connector {n}</source>
            <translation>Referred connector {n}</translation>
        </message>
        <message>
            <source>Status of referral {n}</source>
            <translation>Status of referral {n}</translation>
        </message>
        <message>
            <source>Date referral {n} happened</source>
            <translation>Date referral {n} happened</translation>
        </message>
        <message>
            <source>Referrals to follow</source>
            <translation>Referrals to follow</translation>
        </message>
        <message>
            <source>Delete this meeting and its referrals? This cannot be undone.</source>
            <translation>Delete this meeting and its referrals? This cannot be undone.</translation>
        </message>
        <message>
            <source>Meetings with connectors</source>
            <translation>Meetings with connectors</translation>
        </message>
        <message>
            <source>S&amp;uggest connectors…</source>
            <translation>S&amp;uggest connectors…</translation>
        </message>
        <message>
            <source>Net&amp;work…</source>
            <translation>Net&amp;work…</translation>
        </message>
        <message>
            <source>Whom the participant met, and through whom: a drawing to print</source>
            <translation>Whom the participant met, and through whom: a drawing to print</translation>
        </message>
        <message>
            <source>&amp;Record a meeting…</source>
            <translation>&amp;Record a meeting…</translation>
        </message>
        <message>
            <source>Edit &amp;meeting…</source>
            <translation>Edit meeti&amp;ng…</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <source>Mar&amp;k as held</source>
            <translation>Mar&amp;k as held</translation>
        </message>
        <message>
            <source>The planned meeting took place (dated today if it was planned for a later day)</source>
            <translation>The planned meeting took place (dated today if it was planned for a later day)</translation>
        </message>
        <message>
            <source>Mark as &amp;happened</source>
            <translation>Mark as &amp;happened</translation>
        </message>
        <message>
            <source>Connectors are referred to at a meeting held: mark the meeting as held, or remove the referrals.</source>
            <translation>Connectors are referred to at a meeting held: mark the meeting as held, or remove the referrals.</translation>
        </message>
        <message>
            <source>This meeting is no longer planned: it was changed elsewhere. The list shows it as it is now.</source>
            <translation>This meeting is no longer planned: it was changed elsewhere. The list shows it as it is now.</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Follow-ups due</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Labs</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Connectors</translation>
        </message>
        <message>
            <source>Referrals waiting</source>
            <translation>Referrals waiting</translation>
        </message>
        <message>
            <source>Connector Program</source>
            <translation>Connector Program</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Associations</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>USB exchange</translation>
        </message>
        <message>
            <source>Print itinerary…</source>
            <translation>Print itinerary…</translation>
        </message>
        <message>
            <source>Everything we hold…</source>
            <translation>Everything we hold…</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Erase…</translation>
        </message>
        <message>
            <source>Print itineraries…</source>
            <translation>Print itineraries…</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Met at a meeting held</source>
            <translation>Met at a meeting held</translation>
        </message>
        <message>
            <source>Referred through them: the introduction happened</source>
            <translation>Referred through them: the introduction happened</translation>
        </message>
        <message>
            <source>Referred through them: the introduction is pending</source>
            <translation>Referred through them: the introduction is pending</translation>
        </message>
        <message>
            <source>Referred through them: the introduction was dropped</source>
            <translation>Referred through them: the introduction was dropped</translation>
        </message>
        <message>
            <source>{field} · met on {date}</source>
            <translation>{field} · met on {date}</translation>
        </message>
        <message>
            <source>met on {date}</source>
            <translation>met on {date}</translation>
        </message>
        <message>
            <source>Network of {name}</source>
            <translation>Network of {name}</translation>
        </message>
        <message>
            <source>No meeting held yet: the network grows from the first connector met.</source>
            <translation>No meeting held yet: the network grows from the first connector met.</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Whom the participant met, and through whom</source>
            <translation>Whom the participant met, and through whom</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Information on the processing of your personal data</source>
            <translation>Information on the processing of your personal data</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Training centre</source>
            <translation>Training centre</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>Please read this notice before you register in the MILMA programme. Your technician will answer your questions. Registering needs your consent to the processing of your personal data; every other consent below is your free choice and can be withdrawn at any time.</source>
            <translation>Please read this notice before you register in the MILMA programme. Your technician will answer your questions. Registering needs your consent to the processing of your personal data; every other consent below is your free choice and can be withdrawn at any time.</translation>
        </message>
        <message>
            <source>Who is responsible for your data</source>
            <translation>Who is responsible for your data</translation>
        </message>
        <message>
            <source>The municipal training centre CIFE of Fuenlabrada, which runs the MILMA programme at its sites CIFE and Los Arcos. You can exercise your rights at either site, with your technician.</source>
            <translation>The municipal training centre CIFE of Fuenlabrada, which runs the MILMA programme at its sites CIFE and Los Arcos. You can exercise your rights at either site, with your technician.</translation>
        </message>
        <message>
            <source>What we record and why</source>
            <translation>What we record and why</translation>
        </message>
        <message>
            <source>Your identity and contact details, your languages, education and work history, the labs you attend, your coaching sessions, goals, placements and jobs, and your answers to the programme's surveys. We use them to accompany you towards employment, and to report the programme's results to its funders and the city as figures in which nobody can be recognised.</source>
            <translation>Your identity and contact details, your languages, education and work history, the labs you attend, your coaching sessions, goals, placements and jobs, and your answers to the programme's surveys. We use them to accompany you towards employment, and to report the programme's results to its funders and the city as figures in which nobody can be recognised.</translation>
        </message>
        <message>
            <source>Data that need particular care</source>
            <translation>Data that need particular care</translation>
        </message>
        <message>
            <source>Your nationality, your immigration status and your life story are special categories of data. They are kept with particular care and never appear on the documents printed for you or for others.</source>
            <translation>Your nationality, your immigration status and your life story are special categories of data. They are kept with particular care and never appear on the documents printed for you or for others.</translation>
        </message>
        <message>
            <source>Who sees your data</source>
            <translation>Who sees your data</translation>
        </message>
        <message>
            <source>The programme's technicians and coordinators, on the programme's laptops; the copies carried between them are encrypted. Partner companies see your CV or profile only if you consent to it below. Your data are never sold.</source>
            <translation>The programme's technicians and coordinators, on the programme's laptops; the copies carried between them are encrypted. Partner companies see your CV or profile only if you consent to it below. Your data are never sold.</translation>
        </message>
        <message>
            <source>How long we keep them</source>
            <translation>How long we keep them</translation>
        </message>
        <message>
            <source>For five years after your last activity in the programme; they are then reviewed and erased, unless a law requires us to keep them longer.</source>
            <translation>For five years after your last activity in the programme; they are then reviewed and erased, unless a law requires us to keep them longer.</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>Your rights</translation>
        </message>
        <message>
            <source>You can ask to see everything we hold about you and receive a copy, to correct it, to erase it, to restrict or object to its use, and to take it elsewhere. You can withdraw any consent at any time: it stops what it allowed from that day. You can also complain to the Spanish Data Protection Agency (AEPD, www.aepd.es).</source>
            <translation>You can ask to see everything we hold about you and receive a copy, to correct it, to erase it, to restrict or object to its use, and to take it elsewhere. You can withdraw any consent at any time: it stops what it allowed from that day. You can also complain to the Spanish Data Protection Agency (AEPD, www.aepd.es).</translation>
        </message>
        <message>
            <source>Your consents</source>
            <translation>Your consents</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>needed to register</source>
            <translation>needed to register</translation>
        </message>
        <message>
            <source>I agree to the processing of my personal data as described above.</source>
            <translation>I agree to the processing of my personal data as described above.</translation>
        </message>
        <message>
            <source>I agree that my life story is recorded, and it may be: kept private / published anonymised / published with my name (circle one).</source>
            <translation>I agree that my life story is recorded, and it may be: kept private / published anonymised / published with my name (circle one).</translation>
        </message>
        <message>
            <source>I agree to be photographed in the programme's activities.</source>
            <translation>I agree to be photographed in the programme's activities.</translation>
        </message>
        <message>
            <source>I agree that my CV and profile are shared with the programme's partner companies.</source>
            <translation>I agree that my CV and profile are shared with the programme's partner companies.</translation>
        </message>
        <message>
            <source>I agree to be contacted after my lab for the follow-up surveys (at its end and six months later).</source>
            <translation>I agree to be contacted after my lab for the follow-up surveys (at its end and six months later).</translation>
        </message>
        <message>
            <source>Signature of the participant</source>
            <translation>Signature of the participant</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>MILMA · information notice · printed on {date}</source>
            <translation>MILMA · information notice · printed on {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
    </context>
    <context>
        <name>Participant</name>
        <message>
            <source>{first} {last}</source>
            <translation>{first} {last}</translation>
        </message>
        <message>
            <source>Code {code} · {status}</source>
            <translation>Code {code} · {status}</translation>
        </message>
        <message>
            <source>Current lab: {lab} ({status})</source>
            <translation>Current lab: {lab} ({status})</translation>
        </message>
        <message>
            <source>Not enrolled in a lab</source>
            <translation>Not enrolled in a lab</translation>
        </message>
        <message>
            <source>Next appointment: {when}</source>
            <translation>Next appointment: {when}</translation>
        </message>
        <message>
            <source>No appointment planned</source>
            <translation>No appointment planned</translation>
        </message>
        <message>
            <source>← &amp;Back to the list</source>
            <translation>← &amp;Back to the list</translation>
        </message>
        <message>
            <source>Back to the list of participants</source>
            <translation>Back to the list of participants</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profile</translation>
        </message>
        <message>
            <source>&amp;Itinerary</source>
            <translation>&amp;Itinerary</translation>
        </message>
        <message>
            <source>&amp;Coaching sessions</source>
            <translation>&amp;Coaching sessions</translation>
        </message>
        <message>
            <source>&amp;Life story</source>
            <translation>&amp;Life story</translation>
        </message>
        <message>
            <source>Connector &amp;meetings</source>
            <translation>Connector &amp;meetings</translation>
        </message>
        <message>
            <source>Communit&amp;y</source>
            <translation>Communit&amp;y</translation>
        </message>
        <message>
            <source>Sur&amp;veys</source>
            <translation>Sur&amp;veys</translation>
        </message>
        <message>
            <source>Save &amp;next steps</source>
            <translation>Save &amp;next steps</translation>
        </message>
        <message>
            <source>Development-plan goals</source>
            <translation>Development-plan goals</translation>
        </message>
        <message>
            <source>Lab enrolments</source>
            <translation>Lab enrolments</translation>
        </message>
        <message>
            <source>Work placements</source>
            <translation>Work placements</translation>
        </message>
        <message>
            <source>Job outcomes</source>
            <translation>Job outcomes</translation>
        </message>
        <message>
            <source>Save the changes to the next steps?</source>
            <translation>Save the changes to the next steps?</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>Edit detail&amp;s…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Add: {kind}</source>
            <translation>Add: {kind}</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>Edi&amp;t…</translation>
        </message>
        <message>
            <source>Edit: {kind}</source>
            <translation>Edit: {kind}</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Delete: {kind}</source>
            <translation>Delete: {kind}</translation>
        </message>
        <message>
            <source>New: {kind}</source>
            <translation>New: {kind}</translation>
        </message>
        <message>
            <source>The technician of the account that records it.</source>
            <translation>The technician of the account that records it.</translation>
        </message>
        <message>
            <source>Delete this record ({kind})? This cannot be undone.</source>
            <translation>Delete this record ({kind})? This cannot be undone.</translation>
        </message>
        <message>
            <source>Coaching sessions</source>
            <translation>Coaching sessions</translation>
        </message>
        <message>
            <source>&amp;Log a session…</source>
            <translation>Log a &amp;session…</translation>
        </message>
        <message>
            <source>Selected session</source>
            <translation>Selected session</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>Origin and languages</source>
            <translation>Origin and languages</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Background and follow-up</source>
            <translation>Background and follow-up</translation>
        </message>
        <message>
            <source>This person may already be registered. Open the existing record instead, or register anyway if it is someone else.</source>
            <translation>This person may already be registered. Open the existing record instead, or register anyway if it is someone else.</translation>
        </message>
        <message>
            <source>&amp;Open existing record</source>
            <translation>&amp;Open existing record</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <source>same document number</source>
            <translation>same document number</translation>
        </message>
        <message>
            <source>similar name, same birth date</source>
            <translation>similar name, same birth date</translation>
        </message>
        <message>
            <source>{code} — {first} {last}, born {birth} ({reason})</source>
            <translation>{code} — {first} {last}, born {birth} ({reason})</translation>
        </message>
        <message>
            <source>Unsaved changes to this form were kept from an earlier session. Restore them?</source>
            <translation>Unsaved changes to this form were kept from an earlier session. Restore them?</translation>
        </message>
        <message>
            <source>Register a participant</source>
            <translation>Register a participant</translation>
        </message>
        <message>
            <source>Edit participant</source>
            <translation>Edit participant</translation>
        </message>
        <message>
            <source>Fields marked * are required. Ctrl+S saves.</source>
            <translation>Fields marked * are required. Ctrl+S saves.</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>Register &amp;anyway</source>
            <translation>Register &amp;anyway</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>The document number {number} is already registered as {name} ({code}). Register anyway?</source>
            <translation>The document number {number} is already registered as {name} ({code}). Register anyway?</translation>
        </message>
        <message>
            <source>Save the changes to this participant?</source>
            <translation>Save the changes to this participant?</translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>The document number {number} is already registered as {name} ({code}).</source>
            <translation>The document number {number} is already registered as {name} ({code}).</translation>
        </message>
        <message>
            <source>Document number: {number} is already registered as {name} ({code}), another name. Check the number, or open that record.</source>
            <translation>Document number: {number} is already registered as {name} ({code}), another name. Check the number, or open that record.</translation>
        </message>
        <message>
            <source>No participant has the code {code}.</source>
            <translation>No participant has the code {code}.</translation>
        </message>
        <message>
            <source>Current lab</source>
            <translation>Current lab</translation>
        </message>
        <message>
            <source>My participants</source>
            <translation>My participants</translation>
        </message>
        <message>
            <source>All technicians</source>
            <translation>All technicians</translation>
        </message>
        <message>
            <source>All labs</source>
            <translation>All labs</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>All sites</translation>
        </message>
        <message>
            <source>Locals and migrants</source>
            <translation>Locals and migrants</translation>
        </message>
        <message>
            <source>Locals</source>
            <translation>Locals</translation>
        </message>
        <message>
            <source>Migrants and refugees</source>
            <translation>Migrants and refugees</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>All genders</translation>
        </message>
        <message>
            <source>Any enrolment status</source>
            <translation>Any enrolment status</translation>
        </message>
        <message>
            <source>Nobody is registered on this laptop yet. Register a participant with New participant (Ctrl+N), or import the participants of other laptops on the USB exchange screen.</source>
            <translation>Nobody is registered on this laptop yet. Register a participant with New participant (Ctrl+N), or import the participants of other laptops on the USB exchange screen.</translation>
        </message>
        <message>
            <source>Search by code, name, document number or phone</source>
            <translation>Search by code, name, document number or phone</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Search participants</translation>
        </message>
        <message>
            <source>&amp;New participant…</source>
            <translation>&amp;New participant…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Retention &amp;review…</source>
            <translation>Retention &amp;review…</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>C&amp;lear filters</translation>
        </message>
        <message>
            <source>Filters:</source>
            <translation>Filters:</translation>
        </message>
        <message>
            <source>No participant matches the search and filters. Check the spelling, clear the filters, or register the person with New participant (Ctrl+N).</source>
            <translation>No participant matches the search and filters. Check the spelling, clear the filters, or register the person with New participant (Ctrl+N).</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Filter by lab</source>
            <translation>Filter by lab</translation>
        </message>
        <message>
            <source>Filter by site</source>
            <translation>Filter by site</translation>
        </message>
        <message>
            <source>Filter by local or migrant</source>
            <translation>Filter by local or migrant</translation>
        </message>
        <message>
            <source>Filter by gender</source>
            <translation>Filter by gender</translation>
        </message>
        <message>
            <source>Filter by enrolment status</source>
            <translation>Filter by enrolment status</translation>
        </message>
        <message>
            <source>Filter by technician</source>
            <translation>Filter by technician</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Coordinator passphrase</source>
            <translation>Coordinator passphrase</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least 8 characters. It protects the coordinator identity: without it, the laptops' bundles cannot be opened.</source>
            <translation>Choose a passphrase of at least 8 characters. It protects the coordinator identity: without it, the laptops' bundles cannot be opened.</translation>
        </message>
        <message>
            <source>Type the coordinator passphrase to open the laptops' bundles.</source>
            <translation>Type the coordinator passphrase to open the laptops' bundles.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repeat it:</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>The passphrase must have at least 8 characters.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
    </context>
    <context>
        <name>PendingDrafts</name>
        <message>
            <source>Registration (new)</source>
            <translation>Registration (new)</translation>
        </message>
        <message>
            <source>Participant's details (changes)</source>
            <translation>Participant's details (changes)</translation>
        </message>
        <message>
            <source>{form} (new)</source>
            <translation>{form} (new)</translation>
        </message>
        <message>
            <source>{form} (changes)</source>
            <translation>{form} (changes)</translation>
        </message>
        <message>
            <source>the record no longer exists</source>
            <translation>the record no longer exists</translation>
        </message>
        <message>
            <source>{first} {last} ({code})</source>
            <translation>{first} {last} ({code})</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Resume: {form}, {whose}</source>
            <translation>Resume: {form}, {whose}</translation>
        </message>
        <message>
            <source>Discard: {form}, {whose}</source>
            <translation>Discard: {form}, {whose}</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) were not saved when the application last closed. What was typed was kept: resume to finish it, or discard it.</source>
            <translation>
                <numerusform>%n form was not saved when the application last closed. What was typed was kept: resume to finish it, or discard it.</numerusform>
                <numerusform>%n forms were not saved when the application last closed. What was typed was kept: resume to finish them, or discard them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>Quarantine</name>
        <message>
            <source>This held change was already released or discarded.</source>
            <translation>This held change was already released or discarded.</translation>
        </message>
        <message>
            <source>dated more than a day in the future</source>
            <translation>dated more than a day in the future</translation>
        </message>
        <message>
            <source>reference data, which only the coordinator changes</source>
            <translation>reference data, which only the coordinator changes</translation>
        </message>
        <message>
            <source>a participant of another site than the laptop's</source>
            <translation>a participant of another site than the laptop's</translation>
        </message>
        <message>
            <source>a technician of another site than the laptop's</source>
            <translation>a technician of another site than the laptop's</translation>
        </message>
        <message>
            <source>an erasure, which only the coordinator makes</source>
            <translation>an erasure, which only the coordinator makes</translation>
        </message>
        <message>
            <source>the laptop's site is not known</source>
            <translation>the laptop's site is not known</translation>
        </message>
        <message>
            <source>a kind of record that laptops do not send</source>
            <translation>a kind of record that laptops do not send</translation>
        </message>
    </context>
    <context>
        <name>QuarantineReview</name>
        <message>
            <source>Kind of record</source>
            <translation>Kind of record</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Deletion</translation>
        </message>
        <message>
            <source>Held because</source>
            <translation>Held because</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>Dated</translation>
        </message>
        <message>
            <source>From laptop</source>
            <translation>From laptop</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message numerus="yes">
            <source>Held changes (%n)</source>
            <translation>
                <numerusform>Held changes (%n)</numerusform>
                <numerusform>Held changes (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>These changes were not applied. Those dated far in the future probably come from a laptop whose clock was wrong: applied as they are, they would win over every later edit. The others are outside what the laptop that sent them may do (another site's participants, reference data). Apply each one knowingly, or discard it.</source>
            <translation>These changes were not applied. Those dated far in the future probably come from a laptop whose clock was wrong: applied as they are, they would win over every later edit. The others are outside what the laptop that sent them may do (another site's participants, reference data). Apply each one knowingly, or discard it.</translation>
        </message>
        <message>
            <source>A&amp;pply the change</source>
            <translation>A&amp;pply the change</translation>
        </message>
        <message>
            <source>&amp;Discard the change</source>
            <translation>&amp;Discard the change</translation>
        </message>
        <message>
            <source>Discard this change? It will not be applied.</source>
            <translation>Discard this change? It will not be applied.</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n field</numerusform>
                <numerusform>%n fields</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>You have changed this form. Save the changes?</source>
            <translation>You have changed this form. Save the changes?</translation>
        </message>
        <message>
            <source>Unsaved draft</source>
            <translation>Unsaved draft</translation>
        </message>
        <message>
            <source>This form has a draft that was not saved (last kept {when}). Restore it?</source>
            <translation>This form has a draft that was not saved (last kept {when}). Restore it?</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation>Close without saving (Esc)</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>{kind} not found: it may have been deleted.</source>
            <translation>{kind} not found: it may have been deleted.</translation>
        </message>
        <message>
            <source>This record was changed elsewhere after you opened it, so nothing was saved. Compare the values and choose which to keep.</source>
            <translation>This record was changed elsewhere after you opened it, so nothing was saved. Compare the values and choose which to keep.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>The data on this laptop is now encrypted. This recovery key opens it when every password is forgotten or the key file is damaged. Print it or write it down, and keep it in a safe, away from the laptop: it is shown only now.</source>
            <translation>The data on this laptop is now encrypted. This recovery key opens it when every password is forgotten or the key file is damaged. Print it or write it down, and keep it in a safe, away from the laptop: it is shown only now.</translation>
        </message>
        <message>
            <source>I have &amp;kept the recovery key in a safe place</source>
            <translation>I have &amp;kept the recovery key in a safe place</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>MILMA Desktop: recovery key of the data on this laptop. Keep this page in a safe. Whoever holds it can open the data.</source>
            <translation>MILMA Desktop: recovery key of the data on this laptop. Keep this page in a safe. Whoever holds it can open the data.</translation>
        </message>
        <message>
            <source>Open with the recovery key</source>
            <translation>Open with the recovery key</translation>
        </message>
        <message>
            <source>Type the recovery key printed when the data was encrypted: eight groups of four letters and digits. Then set the passwords again.</source>
            <translation>Type the recovery key printed when the data was encrypted: eight groups of four letters and digits. Then set the passwords again.</translation>
        </message>
        <message>
            <source>&amp;Recovery key:</source>
            <translation>&amp;Recovery key:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncel</translation>
        </message>
    </context>
    <context>
        <name>Recruiting</name>
        <message>
            <source>Only a participant who has found work (a job outcome recorded) can become a connector.</source>
            <translation>Only a participant who has found work (a job outcome recorded) can become a connector.</translation>
        </message>
        <message>
            <source>This participant is already a connector.</source>
            <translation>This participant is already a connector.</translation>
        </message>
        <message>
            <source>Connector since {date}</source>
            <translation>Connector since {date}</translation>
        </message>
        <message>
            <source>Become a connector</source>
            <translation>Become a connector</translation>
        </message>
        <message>
            <source>Become a connector…</source>
            <translation>Become a connector…</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>{status}: {name}</source>
            <translation>{status}: {name}</translation>
        </message>
        <message>
            <source>Hours attended: {name}</source>
            <translation>Hours attended: {name}</translation>
        </message>
        <message>
            <source>Note: {name}</source>
            <translation>Note: {name}</translation>
        </message>
        <message>
            <source>Date: type the day of the register.</source>
            <translation>Date: type the day of the register.</translation>
        </message>
        <message>
            <source>The register of {day} has changes that are not saved. Open {other} without them?</source>
            <translation>The register of {day} has changes that are not saved. Open {other} without them?</translation>
        </message>
        <message>
            <source>Save the changes to the register?</source>
            <translation>Save the changes to the register?</translation>
        </message>
        <message>
            <source>Attendance register: {lab}</source>
            <translation>Attendance register: {lab}</translation>
        </message>
        <message>
            <source>Day of the register</source>
            <translation>Day of the register</translation>
        </message>
        <message>
            <source>Hours of the day</source>
            <translation>Hours of the day</translation>
        </message>
        <message>
            <source>Those present for the whole day get these hours</source>
            <translation>Those present for the whole day get these hours</translation>
        </message>
        <message>
            <source>&amp;All present</source>
            <translation>&amp;All present</translation>
        </message>
        <message>
            <source>Open a recorded day</source>
            <translation>Open a recorded day</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Hours attended</translation>
        </message>
        <message>
            <source>{day}: nobody is enrolled in the lab on this day.</source>
            <translation>{day}: nobody is enrolled in the lab on this day.</translation>
        </message>
        <message>
            <source>{day} was recorded before: saving corrects it.</source>
            <translation>{day} was recorded before: saving corrects it.</translation>
        </message>
        <message numerus="yes">
            <source>{day} is not recorded yet: the %n participant(s) enrolled are marked present. Mark who was absent, then save.</source>
            <translation>
                <numerusform>{day} is not recorded yet: the %n participant enrolled is marked present. Mark who was absent, then save.</numerusform>
                <numerusform>{day} is not recorded yet: the %n participants enrolled are marked present. Mark who was absent, then save.</numerusform>
            </translation>
        </message>
        <message>
            <source>From the lab's attendance register: the sum of the days recorded. To change it, correct the register (Labs, Attendance register…).</source>
            <translation>From the lab's attendance register: the sum of the days recorded. To change it, correct the register (Labs, Attendance register…).</translation>
        </message>
        <message numerus="yes">
            <source>Recorded days (%n)…</source>
            <translation>
                <numerusform>Recorded days (%n)…</numerusform>
                <numerusform>Recorded days (%n)…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>The retention period is from {low} to {high} years.</source>
            <translation>The retention period is from {low} to {high} years.</translation>
        </message>
        <message>
            <source>Say why the person is kept: the reason is required.</source>
            <translation>Say why the person is kept: the reason is required.</translation>
        </message>
        <message>
            <source>The reason is too long: at most {n} characters.</source>
            <translation>The reason is too long: at most {n} characters.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Last activity</translation>
        </message>
        <message>
            <source>Kept before because</source>
            <translation>Kept before because</translation>
        </message>
        <message>
            <source>Retention review</source>
            <translation>Retention review</translation>
        </message>
        <message numerus="yes">
            <source>People whose last activity (the latest day their records hold or were written) is more than %n year(s) ago, the longest inactive first. Erase each, or keep them with a reason: they are listed again in a year.</source>
            <translation>
                <numerusform>People whose last activity (the latest day their records hold or were written) is more than %n year ago, the longest inactive first. Erase each, or keep them with a reason: they are listed again in a year.</numerusform>
                <numerusform>People whose last activity (the latest day their records hold or were written) is more than %n years ago, the longest inactive first. Erase each, or keep them with a reason: they are listed again in a year.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is due for review.</source>
            <translation>Nobody is due for review.</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message>
            <source>&amp;Keep…</source>
            <translation>&amp;Keep…</translation>
        </message>
        <message>
            <source>Keep {code}</source>
            <translation>Keep {code}</translation>
        </message>
        <message>
            <source>Why is this person kept? (no personal data)</source>
            <translation>Why is this person kept? (no personal data)</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>work with participants</source>
            <translation>work with participants</translation>
        </message>
        <message>
            <source>work with the participants of another site</source>
            <translation>work with the participants of another site</translation>
        </message>
        <message>
            <source>merge participants or resolve conflicts</source>
            <translation>merge participants or resolve conflicts</translation>
        </message>
        <message>
            <source>see the programme's indicators</source>
            <translation>see the programme's indicators</translation>
        </message>
        <message>
            <source>change reference data (labs, companies, connectors)</source>
            <translation>change reference data (labs, companies, connectors)</translation>
        </message>
        <message>
            <source>erase a participant</source>
            <translation>erase a participant</translation>
        </message>
        <message>
            <source>manage accounts</source>
            <translation>manage accounts</translation>
        </message>
        <message>
            <source>manage the exchange keys</source>
            <translation>manage the exchange keys</translation>
        </message>
        <message>
            <source>change the laptop's settings</source>
            <translation>change the laptop's settings</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Choose the technician who uses this laptop, or write their full name.</source>
            <translation>Choose the technician who uses this laptop, or write their full name.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Interface &amp;language:</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>&amp;Technician using this laptop:</source>
            <translation>&amp;Technician using this laptop:</translation>
        </message>
        <message>
            <source>Technician using this laptop</source>
            <translation>Technician using this laptop</translation>
        </message>
        <message>
            <source>Recorded with the participants registered and the sessions held from now on. Choose a name from the list, or write a new one to add a technician.</source>
            <translation>Recorded with the participants registered and the sessions held from now on. Choose a name from the list, or write a new one to add a technician.</translation>
        </message>
        <message>
            <source>Backups and their second copy:</source>
            <translation>Backups and their second copy:</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <source>The whole application switches at once and remembers the choice. Documents for a participant are printed in the participant's own language.</source>
            <translation>The whole application switches at once and remembers the choice. Documents for a participant are printed in the participant's own language.</translation>
        </message>
        <message>
            <source>Dates look like this: {date}</source>
            <translation>Dates look like this: {date}</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>This laptop is not set up yet: run 'milma init --site CIFE' or start the application.</source>
            <translation>This laptop is not set up yet: run 'milma init --site CIFE' or start the application.</translation>
        </message>
        <message>
            <source>Unknown site {site}: choose CIFE or LOS_ARCOS.</source>
            <translation>Unknown site {site}: choose CIFE or LOS_ARCOS.</translation>
        </message>
        <message>
            <source>This laptop is already set up for site {site}.</source>
            <translation>This laptop is already set up for site {site}.</translation>
        </message>
        <message>
            <source>Write the full name of the technician who uses this laptop.</source>
            <translation>Write the full name of the technician who uses this laptop.</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>MILMA Desktop was started again with this data folder: it is open here.</source>
            <translation>MILMA Desktop was started again with this data folder: it is open here.</translation>
        </message>
        <message>
            <source>MILMA Desktop is already open with this data folder; its window was brought to the front.</source>
            <translation>MILMA Desktop is already open with this data folder; its window was brought to the front.</translation>
        </message>
        <message>
            <source>MILMA Desktop is already open with this data folder, but its window does not answer. Wait a moment and try again, or close it first.</source>
            <translation>MILMA Desktop is already open with this data folder, but its window does not answer. Wait a moment and try again, or close it first.</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>This data was written by a newer version of MILMA Desktop (schema {revision}). Install the newer version to open it.</source>
            <translation>This data was written by a newer version of MILMA Desktop (schema {revision}). Install the newer version to open it.</translation>
        </message>
        <message>
            <source>Cannot create the data folder {path}.</source>
            <translation>Cannot create the data folder {path}.</translation>
        </message>
        <message>
            <source>The data folder {path} is not writable.</source>
            <translation>The data folder {path} is not writable.</translation>
        </message>
        <message>
            <source>The data store {path} is encrypted and locked: it opens with the password of one of its accounts, or with its recovery key.</source>
            <translation>The data store {path} is encrypted and locked: it opens with the password of one of its accounts, or with its recovery key.</translation>
        </message>
        <message>
            <source>The file {path} is not a MILMA database or is damaged.</source>
            <translation>The file {path} is not a MILMA database or is damaged.</translation>
        </message>
        <message>
            <source>The data store is closed.</source>
            <translation>The data store is closed.</translation>
        </message>
        <message>
            <source>This laptop is not set up yet: run 'milma init --site CIFE' or start the application.</source>
            <translation>This laptop is not set up yet: run 'milma init --site CIFE' or start the application.</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccess</name>
        <message>
            <source>Everything we hold about you</source>
            <translation>Everything we hold about you</translation>
        </message>
        <message>
            <source>This document lists every record the MILMA programme keeps about you on this computer, field by field, as the staff see them. You have the right to a copy of your data, to have it corrected or erased, and to receive it in a machine-readable form: the file with the same name ending in .json holds the same data. Ask your technician.</source>
            <translation>This document lists every record the MILMA programme keeps about you on this computer, field by field, as the staff see them. You have the right to a copy of your data, to have it corrected or erased, and to receive it in a machine-readable form: the file with the same name ending in .json holds the same data. Ask your technician.</translation>
        </message>
        <message>
            <source>◆ Special category: data about your origin, your immigration status or your life story, which the law protects in particular.</source>
            <translation>◆ Special category: data about your origin, your immigration status or your life story, which the law protects in particular.</translation>
        </message>
        <message>
            <source>◆ special category</source>
            <translation>◆ special category</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Participant code</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>Your personal details</source>
            <translation>Your personal details</translation>
        </message>
        <message>
            <source>Records of you registered twice and merged into this one</source>
            <translation>Records of you registered twice and merged into this one</translation>
        </message>
        <message>
            <source>{kind} ({count})</source>
            <translation>{kind} ({count})</translation>
        </message>
        <message>
            <source>Record {number} of {count}</source>
            <translation>Record {number} of {count}</translation>
        </message>
        <message>
            <source>Who looked at or changed your records</source>
            <translation>Who looked at or changed your records</translation>
        </message>
        <message>
            <source>Each time a member of staff opened your page, changed, printed or exported your records.</source>
            <translation>Each time a member of staff opened your page, changed, printed or exported your records.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Nothing else is recorded about you.</source>
            <translation>Nothing else is recorded about you.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>MILMA · personal data held · printed on {date}</source>
            <translation>MILMA · personal data held · printed on {date}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Cannot write {path}: {reason}</translation>
        </message>
        <message>
            <source>Folder for the files of everything we hold</source>
            <translation>Folder for the files of everything we hold</translation>
        </message>
        <message>
            <source>Everything we hold about this person was written to {folder}:
{pdf}
{json}
The file names hold no personal data; keep them safe.</source>
            <translation>Everything we hold about this person was written to {folder}:
{pdf}
{json}
The file names hold no personal data; keep them safe.</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connector</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Has room for a newcomer</source>
            <translation>Has room for a newcomer</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>{load} of {capacity}</source>
            <translation>{load} of {capacity}</translation>
        </message>
        <message>
            <source>Newcomers now</source>
            <translation>Newcomers now</translation>
        </message>
        <message>
            <source>Suggested connectors</source>
            <translation>Suggested connectors</translation>
        </message>
        <message>
            <source>Best first: the same occupation group counts most, then a related group, a language in common other than Spanish, the same neighbourhood and a way of meeting that fits. Connectors who are inactive, have not agreed to be contacted, have no room for another newcomer or already met this participant are not listed.</source>
            <translation>Best first: the same occupation group counts most, then a related group, a language in common other than Spanish, the same neighbourhood and a way of meeting that fits. Connectors who are inactive, have not agreed to be contacted, have no room for another newcomer or already met this participant are not listed.</translation>
        </message>
        <message>
            <source>No connector can be suggested now: check the connectors' occupation groups, their agreement to be contacted and how many newcomers each can take.</source>
            <translation>No connector can be suggested now: check the connectors' occupation groups, their agreement to be contacted and how many newcomers each can take.</translation>
        </message>
        <message>
            <source>&amp;Start a meeting with this connector</source>
            <translation>&amp;Start a meeting with this connector</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <source>{survey}: {name}</source>
            <translation>{survey}: {name}</translation>
        </message>
        <message>
            <source>&amp;Questions in:</source>
            <translation>&amp;Questions in:</translation>
        </message>
        <message>
            <source>{language} (the participant's language)</source>
            <translation>{language} (the participant's language)</translation>
        </message>
        <message>
            <source>{language} (your language)</source>
            <translation>{language} (your language)</translation>
        </message>
        <message>
            <source>{language} (the participant's and yours)</source>
            <translation>{language} (the participant's and yours)</translation>
        </message>
        <message>
            <source>{language} (as it was answered)</source>
            <translation>{language} (as it was answered)</translation>
        </message>
        <message>
            <source>Choose a response to see its answers.</source>
            <translation>Choose a response to see its answers.</translation>
        </message>
        <message>
            <source>Answered under version {old} of the questionnaire, which is now version {new}: kept as it was given.</source>
            <translation>Answered under version {old} of the questionnaire, which is now version {new}: kept as it was given.</translation>
        </message>
        <message>
            <source>Open it to correct an answer.</source>
            <translation>Open it to correct an answer.</translation>
        </message>
        <message>
            <source>&amp;Questionnaire:</source>
            <translation>&amp;Questionnaire:</translation>
        </message>
        <message>
            <source>Questionnaire to answer</source>
            <translation>Questionnaire to answer</translation>
        </message>
        <message>
            <source>&amp;New survey…</source>
            <translation>&amp;New survey…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Survey responses</source>
            <translation>Survey responses</translation>
        </message>
        <message>
            <source>Answers of the chosen response</source>
            <translation>Answers of the chosen response</translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <source>The period starts after it ends: choose a start date on or before the end date.</source>
            <translation>The period starts after it ends: choose a start date on or before the end date.</translation>
        </message>
        <message>
            <source>Period: {start} to {end}</source>
            <translation>Period: {start} to {end}</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>reached</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>not reached</translation>
        </message>
        <message>
            <source>at least {target}</source>
            <translation>at least {target}</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Active connectors</source>
            <translation>Active connectors</translation>
        </message>
        <message>
            <source>Connectors marked active today, whatever the period.</source>
            <translation>Connectors marked active today, whatever the period.</translation>
        </message>
        <message>
            <source>Newcomers met</source>
            <translation>Newcomers met</translation>
        </message>
        <message>
            <source>Say it helped their inclusion</source>
            <translation>Say it helped their inclusion</translation>
        </message>
        <message>
            <source>Of the newcomers met who answered the follow-up survey's question "The connector programme helped my inclusion", the share who answered yes (their latest follow-up).</source>
            <translation>Of the newcomers met who answered the follow-up survey's question "The connector programme helped my inclusion", the share who answered yes (their latest follow-up).</translation>
        </message>
        <message>
            <source>Consider joining an association, the Coexistence Board or the Anti-Rumours network</source>
            <translation>Consider joining an association, the Coexistence Board or the Anti-Rumours network</translation>
        </message>
        <message>
            <source>Of the newcomers met who answered the follow-up survey's question about joining a local association, the Coexistence Board or the Anti-Rumours network, the share who answered yes (their latest follow-up).</source>
            <translation>Of the newcomers met who answered the follow-up survey's question about joining a local association, the Coexistence Board or the Anti-Rumours network, the share who answered yes (their latest follow-up).</translation>
        </message>
        <message>
            <source>Meetings per newcomer</source>
            <translation>Meetings per newcomer</translation>
        </message>
        <message>
            <source>Participants with at least one connector meeting held in the period.</source>
            <translation>Participants with at least one connector meeting held in the period.</translation>
        </message>
        <message>
            <source>Connector meetings held in the period divided by the newcomers met.</source>
            <translation>Connector meetings held in the period divided by the newcomers met.</translation>
        </message>
        <message>
            <source>Referrals per connector</source>
            <translation>Referrals per connector</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings divided by the connectors who held those meetings.</source>
            <translation>Referrals made at the period's meetings divided by the connectors who held those meetings.</translation>
        </message>
        <message>
            <source>Referrals that happened</source>
            <translation>Referrals that happened</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings whose introduction took place.</source>
            <translation>Referrals made at the period's meetings whose introduction took place.</translation>
        </message>
        <message>
            <source>Referrals pending</source>
            <translation>Referrals pending</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings still waiting for the introduction.</source>
            <translation>Referrals made at the period's meetings still waiting for the introduction.</translation>
        </message>
        <message>
            <source>Referrals dropped</source>
            <translation>Referrals dropped</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings that were dropped (status Cancelled).</source>
            <translation>Referrals made at the period's meetings that were dropped (status Cancelled).</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Connector Program</source>
            <translation>Connector Program</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>Fro&amp;m:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>The shares come from the follow-up questionnaire; the period chooses meetings by their date (empty dates: all time).</source>
            <translation>The shares come from the follow-up questionnaire; the period chooses meetings by their date (empty dates: all time).</translation>
        </message>
        <message numerus="yes">
            <source>%n newcomer(s) answered</source>
            <translation>
                <numerusform>%n newcomer answered</numerusform>
                <numerusform>%n newcomers answered</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field}: at most {max} characters.</source>
            <translation>{field}: at most {max} characters.</translation>
        </message>
        <message>
            <source>{field}: enter a whole number.</source>
            <translation>{field}: enter a whole number.</translation>
        </message>
        <message>
            <source>{field}: enter a number.</source>
            <translation>{field}: enter a number.</translation>
        </message>
        <message>
            <source>{field}: answer yes or no.</source>
            <translation>{field}: answer yes or no.</translation>
        </message>
        <message>
            <source>{field}: enter a valid date (YYYY-MM-DD).</source>
            <translation>{field}: enter a valid date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>{field}: enter a valid date and time.</source>
            <translation>{field}: enter a valid date and time.</translation>
        </message>
        <message>
            <source>{field}: choose one of the listed options.</source>
            <translation>{field}: choose one of the listed options.</translation>
        </message>
        <message>
            <source>{field}: choose a country from the list.</source>
            <translation>{field}: choose a country from the list.</translation>
        </message>
        <message>
            <source>{field}: choose a language from the list.</source>
            <translation>{field}: choose a language from the list.</translation>
        </message>
        <message>
            <source>{field}: choose an occupation group from the list.</source>
            <translation>{field}: choose an occupation group from the list.</translation>
        </message>
        <message>
            <source>{field}: enter a value from {min} to {max}.</source>
            <translation>{field}: enter a value from {min} to {max}.</translation>
        </message>
        <message>
            <source>{field}: the value is out of range.</source>
            <translation>{field}: the value is out of range.</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>{field} is required.</translation>
        </message>
        <message>
            <source>Birth date: the date is in the future.</source>
            <translation>Birth date: the date is in the future.</translation>
        </message>
        <message>
            <source>Birth date: the person would be {age} years old; participants are {min} to {max}.</source>
            <translation>Birth date: the person would be {age} years old; participants are {min} to {max}.</translation>
        </message>
        <message>
            <source>{field}: the date is before the birth date.</source>
            <translation>{field}: the date is before the birth date.</translation>
        </message>
        <message>
            <source>Identity document: choose the type of document.</source>
            <translation>Identity document: choose the type of document.</translation>
        </message>
        <message>
            <source>Document number: not a valid DNI (8 digits and the right check letter).</source>
            <translation>Document number: not a valid DNI (8 digits and the right check letter).</translation>
        </message>
        <message>
            <source>Document number: not a valid NIE (X, Y or Z, 7 digits and the right check letter).</source>
            <translation>Document number: not a valid NIE (X, Y or Z, 7 digits and the right check letter).</translation>
        </message>
        <message>
            <source>Document number: a passport number has 5 to 20 letters and digits.</source>
            <translation>Document number: a passport number has 5 to 20 letters and digits.</translation>
        </message>
        <message>
            <source>Email: enter an address like name@example.org.</source>
            <translation>Email: enter an address like name@example.org.</translation>
        </message>
        <message>
            <source>Phone: not a valid phone number. Write a Spanish number such as 612 34 56 78, or another country's with its code first, such as +33 6 12 34 56 78.</source>
            <translation>Phone: not a valid phone number. Write a Spanish number such as 612 34 56 78, or another country's with its code first, such as +33 6 12 34 56 78.</translation>
        </message>
        <message>
            <source>Employer not in the companies list: the employer is already chosen from the list; leave one of the two empty.</source>
            <translation>Employer not in the companies list: the employer is already chosen from the list; leave one of the two empty.</translation>
        </message>
        <message>
            <source>Next appointment: it must come after the session.</source>
            <translation>Next appointment: it must come after the session.</translation>
        </message>
        <message>
            <source>Recorded on: the date is in the future.</source>
            <translation>Recorded on: the date is in the future.</translation>
        </message>
        <message>
            <source>Date: attendance cannot be recorded for a day still to come.</source>
            <translation>Date: attendance cannot be recorded for a day still to come.</translation>
        </message>
        <message>
            <source>Hours: someone present attended more than 0 hours (or mark them absent).</source>
            <translation>Hours: someone present attended more than 0 hours (or mark them absent).</translation>
        </message>
        <message>
            <source>Hours: someone absent or excused attended 0 hours.</source>
            <translation>Hours: someone absent or excused attended 0 hours.</translation>
        </message>
        <message>
            <source>Date: a meeting held cannot be in the future (choose the status Scheduled to plan it).</source>
            <translation>Date: a meeting held cannot be in the future (choose the status Scheduled to plan it).</translation>
        </message>
        <message>
            <source>Why it was dropped: say why the introduction was cancelled.</source>
            <translation>Why it was dropped: say why the introduction was cancelled.</translation>
        </message>
        <message>
            <source>Date: an introduction cannot be recorded for a day still to come.</source>
            <translation>Date: an introduction cannot be recorded for a day still to come.</translation>
        </message>
        <message>
            <source>Association: choose the local association the participant was introduced to.</source>
            <translation>Association: choose the local association the participant was introduced to.</translation>
        </message>
        <message>
            <source>Association: only an introduction to a local association names one (leave it empty, or choose the area A local association).</source>
            <translation>Association: only an introduction to a local association names one (leave it empty, or choose the area A local association).</translation>
        </message>
        <message>
            <source>End date: a lab ends after it starts.</source>
            <translation>End date: a lab ends after it starts.</translation>
        </message>
        <message>
            <source>Ended on: the date is before the enrolment.</source>
            <translation>Ended on: the date is before the enrolment.</translation>
        </message>
        <message>
            <source>End date: a placement ends after it starts.</source>
            <translation>End date: a placement ends after it starts.</translation>
        </message>
        <message>
            <source>End date: a job ends after it starts.</source>
            <translation>End date: a job ends after it starts.</translation>
        </message>
        <message>
            <source>Withdrawn on: the date is before the consent was given.</source>
            <translation>Withdrawn on: the date is before the consent was given.</translation>
        </message>
        <message>
            <source>{field}: the record chosen no longer exists.</source>
            <translation>{field}: the record chosen no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>Waiting</name>
        <message>
            <source>Met on</source>
            <translation>Met on</translation>
        </message>
        <message>
            <source>Days waiting</source>
            <translation>Days waiting</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Drop the referral</source>
            <translation>Drop the referral</translation>
        </message>
        <message>
            <source>Why will the introduction to {connector} not happen?</source>
            <translation>Why will the introduction to {connector} not happen?</translation>
        </message>
        <message>
            <source>Referrals waiting</source>
            <translation>Referrals waiting</translation>
        </message>
        <message>
            <source>Pending for more than (&amp;days):</source>
            <translation>Pending for more than (&amp;days):</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Mark as &amp;happened</source>
            <translation>Mark as &amp;happened</translation>
        </message>
        <message>
            <source>Dro&amp;pped…</source>
            <translation>Dro&amp;pped…</translation>
        </message>
        <message>
            <source>Double-click a referral (or press Enter) to open the participant's page.</source>
            <translation>Double-click a referral (or press Enter) to open the participant's page.</translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s) waiting</source>
            <translation>
                <numerusform>%n referral waiting</numerusform>
                <numerusform>%n referrals waiting</numerusform>
            </translation>
        </message>
    </context>
</TS>

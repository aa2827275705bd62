<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdjudicationView</name>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="285"/>
        <source>%n person(s) in the household</source>
        <translation>
            <numerusform>%n person in the household</numerusform>
            <numerusform>%n persons in the household</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="431"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="431"/>
        <source>%n with a result recorded</source>
        <translation>
            <numerusform>%n with a result recorded</numerusform>
            <numerusform>%n with a result recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="523"/>
        <source>Docket written (%n appointment(s)): {file}</source>
        <translation>
            <numerusform>Docket written (%n appointment): {file}</numerusform>
            <numerusform>Docket written (%n appointments): {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <location filename="../work/assign.py" line="64"/>
        <source>Give %n case(s) to a member of the team.</source>
        <translation>
            <numerusform>Give %n case to a member of the team.</numerusform>
            <numerusform>Give %n cases to a member of the team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../forms/audit_view.py" line="96"/>
        <source>Filled from %1 to %2, in %n sitting(s).</source>
        <translation>
            <numerusform>Filled from %1 to %2, in %n sitting.</numerusform>
            <numerusform>Filled from %1 to %2, in %n sittings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/audit_view.py" line="100"/>
        <source>Answers changed after being given: %n.</source>
        <translation>
            <numerusform>Answers changed after being given: %n.</numerusform>
            <numerusform>Answers changed after being given: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message numerus="yes">
        <location filename="../case/view.py" line="168"/>
        <source>&amp;Household (%n)</source>
        <translation>
            <numerusform>&amp;Household (%n)</numerusform>
            <numerusform>&amp;Household (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="169"/>
        <source>&amp;Interviews and forms (%n)</source>
        <translation>
            <numerusform>&amp;Interviews and forms (%n)</numerusform>
            <numerusform>&amp;Interviews and forms (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="170"/>
        <source>&amp;Photos and documents (%n)</source>
        <translation>
            <numerusform>&amp;Photos and documents (%n)</numerusform>
            <numerusform>&amp;Photos and documents (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="171"/>
        <source>&amp;Notes (%n)</source>
        <translation>
            <numerusform>&amp;Notes (%n)</numerusform>
            <numerusform>&amp;Notes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="173"/>
        <source>&amp;Appointments (%n)</source>
        <translation>
            <numerusform>&amp;Appointments (%n)</numerusform>
            <numerusform>&amp;Appointments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="174"/>
        <source>&amp;File movements (%n)</source>
        <translation>
            <numerusform>&amp;File movements (%n)</numerusform>
            <numerusform>&amp;File movements (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message numerus="yes">
        <location filename="../cases/view.py" line="534"/>
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 of %Ln case</numerusform>
            <numerusform>%1 of %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cases/view.py" line="667"/>
        <source>Assign all %n case(s) shown…</source>
        <translation>
            <numerusform>Assign all %n case shown…</numerusform>
            <numerusform>Assign all %n cases shown…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <location filename="../files/view.py" line="172"/>
        <source>Check in %n file(s): {cases}</source>
        <translation>
            <numerusform>Check in %n file: {cases}</numerusform>
            <numerusform>Check in %n files: {cases}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message numerus="yes">
        <location filename="../files/view.py" line="114"/>
        <source>Check out %n file(s): {cases}</source>
        <translation>
            <numerusform>Check out %n file: {cases}</numerusform>
            <numerusform>Check out %n files: {cases}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../sync/conflicts.py" line="320"/>
        <source>Conflicts (%n open)</source>
        <translation>
            <numerusform>Conflicts (%n open)</numerusform>
            <numerusform>Conflicts (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message numerus="yes">
        <location filename="../reports/dashboard.py" line="68"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Last %n week</numerusform>
            <numerusform>Last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dashboard.py" line="225"/>
        <source>%n case(s) in the pipeline now</source>
        <translation>
            <numerusform>%n case in the pipeline now</numerusform>
            <numerusform>%n cases in the pipeline now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message numerus="yes">
        <location filename="../unlock/demo_page.py" line="265"/>
        <source>Adding %n synthetic case(s)…</source>
        <translation>
            <numerusform>Adding %n synthetic case…</numerusform>
            <numerusform>Adding %n synthetic cases…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message numerus="yes">
        <location filename="../case/documents_dialogs.py" line="117"/>
        <source>Apply to all %n page(s) of this document</source>
        <translation>
            <numerusform>Apply to all %n page of this document</numerusform>
            <numerusform>Apply to all %n pages of this document</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message numerus="yes">
        <location filename="../case/documents_model.py" line="171"/>
        <location filename="../case/documents_model.py" line="194"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message numerus="yes">
        <location filename="../case/documents.py" line="283"/>
        <source>%n page(s) imported.</source>
        <translation>
            <numerusform>%n page imported.</numerusform>
            <numerusform>%n pages imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="408"/>
        <source>Remove the whole document “{title}” (%n page(s)) and its translations?</source>
        <translation>
            <numerusform>Remove the whole document “{title}” (%n page) and its translations?</numerusform>
            <numerusform>Remove the whole document “{title}” (%n pages) and its translations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="433"/>
        <source>%n file(s) removed.</source>
        <translation>
            <numerusform>%n file removed.</numerusform>
            <numerusform>%n files removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message numerus="yes">
        <location filename="../files/view.py" line="394"/>
        <location filename="../files/view.py" line="582"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="491"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="492"/>
        <source>%n checked out</source>
        <translation>
            <numerusform>%n checked out</numerusform>
            <numerusform>%n checked out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="493"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="494"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="661"/>
        <source>%n file(s) moved</source>
        <translation>
            <numerusform>%n file moved</numerusform>
            <numerusform>%n files moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="663"/>
        <source>%n already held by that person: unchanged</source>
        <translation>
            <numerusform>%n already held by that person: unchanged</numerusform>
            <numerusform>%n already held by that person: unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="365"/>
        <source>%n finding(s) shown</source>
        <translation>
            <numerusform>%n finding shown</numerusform>
            <numerusform>%n findings shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="366"/>
        <source>%n still to fix</source>
        <translation>
            <numerusform>%n still to fix</numerusform>
            <numerusform>%n still to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="367"/>
        <source>%n of high severity</source>
        <translation>
            <numerusform>%n of high severity</numerusform>
            <numerusform>%n of high severity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="368"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="467"/>
        <source>Checks done: %n finding(s) hold now.</source>
        <translation>
            <numerusform>Checks done: %n finding holds now.</numerusform>
            <numerusform>Checks done: %n findings hold now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="468"/>
        <source>%n new.</source>
        <translation>
            <numerusform>%n new.</numerusform>
            <numerusform>%n new.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="469"/>
        <source>%n closed because the problem is gone.</source>
        <translation>
            <numerusform>%n closed because the problem is gone.</numerusform>
            <numerusform>%n closed because the problem is gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="471"/>
        <source>%n opened again.</source>
        <translation>
            <numerusform>%n opened again.</numerusform>
            <numerusform>%n opened again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="475"/>
        <source>%n submitted form(s) could not be checked: their form is not installed.</source>
        <translation>
            <numerusform>%n submitted form could not be checked: its form is not installed.</numerusform>
            <numerusform>%n submitted forms could not be checked: their form is not installed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="489"/>
        <source>Assigned %n finding(s) to {user}.</source>
        <translation>
            <numerusform>Assigned %n finding to {user}.</numerusform>
            <numerusform>Assigned %n findings to {user}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="497"/>
        <source>Marked %n finding(s) fixed.</source>
        <translation>
            <numerusform>Marked %n finding fixed.</numerusform>
            <numerusform>Marked %n findings fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="504"/>
        <source>Dismissed %n finding(s).</source>
        <translation>
            <numerusform>Dismissed %n finding.</numerusform>
            <numerusform>Dismissed %n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="517"/>
        <source>%n not changed: {reasons}</source>
        <translation>
            <numerusform>%n not changed: {reasons}</numerusform>
            <numerusform>%n not changed: {reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message numerus="yes">
        <location filename="../case/household.py" line="169"/>
        <source>%n person(s) in the household</source>
        <translation>
            <numerusform>%n person in the household</numerusform>
            <numerusform>%n people in the household</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message numerus="yes">
        <location filename="../case/media.py" line="236"/>
        <source>Photo&amp;s (%n)</source>
        <translation>
            <numerusform>Photo&amp;s (%n)</numerusform>
            <numerusform>Photo&amp;s (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/media.py" line="237"/>
        <source>Documen&amp;ts (%n)</source>
        <translation>
            <numerusform>Documen&amp;ts (%n)</numerusform>
            <numerusform>Documen&amp;ts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message numerus="yes">
        <location filename="../unlock/fields.py" line="123"/>
        <source>At least %n character(s); a passphrase of unrelated words is best.</source>
        <translation>
            <numerusform>At least %n character; a passphrase of unrelated words is best.</numerusform>
            <numerusform>At least %n characters; a passphrase of unrelated words is best.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message numerus="yes">
        <location filename="../case/notes.py" line="147"/>
        <source>%n restricted or medical note(s) not shown: they are read by adjudication support, team leads and their author.</source>
        <translation>
            <numerusform>%n restricted or medical note not shown: it is read by adjudication support, team leads and its author.</numerusform>
            <numerusform>%n restricted or medical notes not shown: they are read by adjudication support, team leads and their author.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message numerus="yes">
        <location filename="../case/pdf_view.py" line="172"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>of %n page</numerusform>
            <numerusform>of %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message numerus="yes">
        <location filename="../case/photos.py" line="310"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n photo imported.</numerusform>
            <numerusform>%n photos imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalReview</name>
    <message numerus="yes">
        <location filename="../schedule/proposal.py" line="139"/>
        <source>%n appointment(s) proposed.</source>
        <translation>
            <numerusform>%n appointment proposed.</numerusform>
            <numerusform>%n appointments proposed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/proposal.py" line="141"/>
        <source>%n case(s) could not be placed.</source>
        <translation>
            <numerusform>%n case could not be placed.</numerusform>
            <numerusform>%n cases could not be placed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsDialogs</name>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="33"/>
        <source>Give %n finding(s) to a member of the team to fix (cases {cases}).</source>
        <translation>
            <numerusform>Give %n finding to a member of the team to fix (cases {cases}).</numerusform>
            <numerusform>Give %n findings to a member of the team to fix (cases {cases}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="36"/>
        <source>Mark %n finding(s) fixed (cases {cases}).</source>
        <translation>
            <numerusform>Mark %n finding fixed (cases {cases}).</numerusform>
            <numerusform>Mark %n findings fixed (cases {cases}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="40"/>
        <source>Dismiss %n finding(s) as not a problem (cases {cases}). Running the checks again leaves them dismissed.</source>
        <translation>
            <numerusform>Dismiss %n finding as not a problem (cases {cases}). Running the checks again leaves it dismissed.</numerusform>
            <numerusform>Dismiss %n findings as not a problem (cases {cases}). Running the checks again leaves them dismissed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <location filename="../case/results.py" line="102"/>
        <source>Res&amp;ults (%n)</source>
        <translation>
            <numerusform>Res&amp;ults (%n)</numerusform>
            <numerusform>Res&amp;ults (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="392"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="394"/>
        <source>%n flagged</source>
        <translation>
            <numerusform>%n flagged</numerusform>
            <numerusform>%n flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="622"/>
        <source>%n appointment(s) booked as proposed.</source>
        <translation>
            <numerusform>%n appointment booked as proposed.</numerusform>
            <numerusform>%n appointments booked as proposed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../status.py" line="115"/>
        <source>Last backup %n day(s) ago</source>
        <translation>
            <numerusform>Last backup %n day ago</numerusform>
            <numerusform>Last backup %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <location filename="../sync/view.py" line="364"/>
        <source>%n change(s) refused by HQ: they stay on this laptop only.</source>
        <translation>
            <numerusform>%n change refused by HQ: it stays on this laptop only.</numerusform>
            <numerusform>%n changes refused by HQ: they stay on this laptop only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="368"/>
        <source>%n change(s) cannot be sent until their record is corrected; the others were sent.</source>
        <translation>
            <numerusform>%n change cannot be sent until its record is corrected; the others were sent.</numerusform>
            <numerusform>%n changes cannot be sent until their record is corrected; the others were sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="372"/>
        <source>%n record(s) from HQ could not be stored on this laptop.</source>
        <translation>
            <numerusform>%n record from HQ could not be stored on this laptop.</numerusform>
            <numerusform>%n records from HQ could not be stored on this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="375"/>
        <source>%n record(s) from HQ are waiting for the record they belong to; they are kept.</source>
        <translation>
            <numerusform>%n record from HQ is waiting for the record it belongs to; it is kept.</numerusform>
            <numerusform>%n records from HQ are waiting for the record they belong to; they are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkAssign</name>
    <message numerus="yes">
        <location filename="../work/assign.py" line="117"/>
        <source>Took %n case(s) off their assignee&apos;s work.</source>
        <translation>
            <numerusform>Took %n case off its assignee&apos;s work.</numerusform>
            <numerusform>Took %n cases off their assignee&apos;s work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="120"/>
        <source>Assigned %n case(s) to {user}.</source>
        <translation>
            <numerusform>Assigned %n case to {user}.</numerusform>
            <numerusform>Assigned %n cases to {user}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="123"/>
        <source>%n case(s) already assigned to {user}: unchanged.</source>
        <translation>
            <numerusform>%n case already assigned to {user}: unchanged.</numerusform>
            <numerusform>%n cases already assigned to {user}: unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkView</name>
    <message numerus="yes">
        <location filename="../work/view.py" line="194"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="274"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="277"/>
        <source>Due back in %n day(s)</source>
        <translation>
            <numerusform>Due back in %n day</numerusform>
            <numerusform>Due back in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="383"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="384"/>
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n appointment today</numerusform>
            <numerusform>%n appointments today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="385"/>
        <source>%n finding(s) to fix</source>
        <translation>
            <numerusform>%n finding to fix</numerusform>
            <numerusform>%n findings to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="386"/>
        <source>%n paper file(s) held</source>
        <translation>
            <numerusform>%n paper file held</numerusform>
            <numerusform>%n paper files held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="387"/>
        <source>%n form(s) sent back</source>
        <translation>
            <numerusform>%n form sent back</numerusform>
            <numerusform>%n forms sent back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="79"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n new case</numerusform>
            <numerusform>%n new cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="80"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="81"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="124"/>
        <source>Exported %n case(s). The file is not encrypted: keep it on an encrypted drive.</source>
        <translation>
            <numerusform>Exported %n case. The file is not encrypted: keep it on an encrypted drive.</numerusform>
            <numerusform>Exported %n cases. The file is not encrypted: keep it on an encrypted drive.</numerusform>
        </translation>
    </message>
</context>
</TS>

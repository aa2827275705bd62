<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="55"/>
        <source>About Circuit Ride</source>
        <translation>Про Circuit Ride</translation>
    </message>
    <message>
        <location filename="../about.py" line="56"/>
        <source>&lt;h2&gt;Circuit Ride&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Circuit Ride&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../about.py" line="65"/>
        <source>no log file: messages go to the terminal Circuit Ride was started from</source>
        <translation>файлу журналу немає: повідомлення виводяться в термінал, з якого запущено Circuit Ride</translation>
    </message>
    <message>
        <location filename="../about.py" line="69"/>
        <source>Version:</source>
        <translation>Версія:</translation>
    </message>
    <message>
        <location filename="../about.py" line="70"/>
        <source>Workspace format:</source>
        <translation>Формат робочого простору:</translation>
    </message>
    <message>
        <location filename="../about.py" line="71"/>
        <source>HQ:</source>
        <translation>Штаб-квартира:</translation>
    </message>
    <message>
        <location filename="../about.py" line="72"/>
        <source>Device id:</source>
        <translation>Ідентифікатор пристрою:</translation>
    </message>
    <message>
        <location filename="../about.py" line="73"/>
        <source>Logs:</source>
        <translation>Журнали:</translation>
    </message>
    <message>
        <location filename="../about.py" line="74"/>
        <source>Data:</source>
        <translation>Дані:</translation>
    </message>
    <message>
        <location filename="../about.py" line="75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../about.py" line="76"/>
        <source>Copy these lines, to paste them into a message to support</source>
        <translation>Скопіювати ці рядки, щоб вставити їх у повідомлення до служби підтримки</translation>
    </message>
    <message>
        <location filename="../about.py" line="102"/>
        <source>unlock the workspace to read it (this version writes {app})</source>
        <translation>розблокуйте робочий простір, щоб його прочитати (ця версія записує {app})</translation>
    </message>
    <message>
        <location filename="../about.py" line="105"/>
        <source>{format} (this version&apos;s)</source>
        <translation>{format} (формат цієї версії)</translation>
    </message>
    <message>
        <location filename="../about.py" line="108"/>
        <source>{format} (this version writes {app})</source>
        <translation>{format} (ця версія записує {app})</translation>
    </message>
    <message>
        <location filename="../about.py" line="111"/>
        <source>enrolled with {url}</source>
        <translation>зареєстровано в {url}</translation>
    </message>
    <message>
        <location filename="../about.py" line="113"/>
        <source>not enrolled</source>
        <translation>не зареєстровано</translation>
    </message>
    <message>
        <location filename="../about.py" line="115"/>
        <source>unlock the workspace to read it</source>
        <translation>розблокуйте робочий простір, щоб його прочитати</translation>
    </message>
    <message>
        <location filename="../about.py" line="136"/>
        <source>Copied</source>
        <translation>Скопійовано</translation>
    </message>
</context>
<context>
    <name>AcknowledgeQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="206"/>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../case/dialogs.py" line="86"/>
        <source>Add a person to {case}</source>
        <translation>Додати особу до справи {case}</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="108"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="109"/>
        <source>&amp;Add person</source>
        <translation>&amp;Додати особу</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="112"/>
        <source>Possibly recorded already</source>
        <translation>Можливо, вже зареєстровано</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="133"/>
        <source>Enter at least one name.</source>
        <translation>Введіть принаймні одне ім&apos;я.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="158"/>
        <source>This person may be recorded already. Check before adding:</source>
        <translation>Ця особа, можливо, вже зареєстрована. Перевірте, перш ніж додавати:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="160"/>
        <source>If this is someone else, press Add anyway (the warning is kept in the audit trail).</source>
        <translation>Якщо це інша особа, натисніть «Усе одно додати» (попередження збережеться в журналі аудиту).</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="163"/>
        <source>Add &amp;anyway</source>
        <translation>&amp;Усе одно додати</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="168"/>
        <source>same name</source>
        <translation>те саме ім’я</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="169"/>
        <source>spelling variant of the name</source>
        <translation>інше написання імені</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="170"/>
        <source>the name in another script</source>
        <translation>ім’я іншою писемністю</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="173"/>
        <source>same date of birth</source>
        <translation>та сама дата народження</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="174"/>
        <source>compatible date of birth</source>
        <translation>сумісна дата народження</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="175"/>
        <source>no date of birth to compare</source>
        <translation>немає дати народження для порівняння</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="182"/>
        <source>• %1, %2 in case %3, born %4: %5, %6</source>
        <translation>• %1, %2 у справі %3, народження %4: %5, %6</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="186"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>AdjudicationView</name>
    <message>
        <location filename="../adjudication/view.py" line="168"/>
        <source>Adjudication docket</source>
        <translation>Перелік справ до розгляду</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="172"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="173"/>
        <source>&amp;Today</source>
        <translation>Сьогод&amp;ні</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="175"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="177"/>
        <location filename="../adjudication/view.py" line="358"/>
        <source>All sites</source>
        <translation>Усі місця</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="179"/>
        <location filename="../adjudication/view.py" line="276"/>
        <source>Officer</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="181"/>
        <location filename="../adjudication/view.py" line="361"/>
        <source>All officers</source>
        <translation>Усі співробітники</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="182"/>
        <source>E&amp;xport docket…</source>
        <translation>&amp;Експортувати перелік…</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="183"/>
        <source>Write the docket shown as a Word document</source>
        <translation>Зберегти показаний перелік справ як документ Word</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="184"/>
        <source>&amp;Open case</source>
        <translation>Відкрити &amp;справу</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="185"/>
        <source>Open the selected case (Enter in the list, or Ctrl+O)</source>
        <translation>Відкрити вибрану справу (Enter у списку або Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="188"/>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="188"/>
        <source>&amp;Site:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="196"/>
        <source>O&amp;fficer:</source>
        <translation>Сп&amp;івробітник:</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="210"/>
        <source>Docket</source>
        <translation>Перелік справ</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="227"/>
        <source>Record a result</source>
        <translation>Записати результат</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="276"/>
        <location filename="../adjudication/view.py" line="304"/>
        <location filename="../adjudication/view.py" line="361"/>
        <source>Not named yet</source>
        <translation>Ще не призначено</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="277"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="278"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="279"/>
        <source>Principal applicant</source>
        <translation>Основний заявник</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="280"/>
        <source>Native script</source>
        <translation>В оригіналі</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="282"/>
        <source>Persons</source>
        <translation>Осіб</translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="285"/>
        <source>%n person(s) in the household</source>
        <translation>
            <numerusform>У складі сім&apos;ї %n особа</numerusform>
            <numerusform>У складі сім&apos;ї %n особи</numerusform>
            <numerusform>У складі сім&apos;ї %n осіб</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="287"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="288"/>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="289"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="291"/>
        <source>Appointment</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="297"/>
        <source>File</source>
        <translation>Тека справи</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="310"/>
        <source>Expedited</source>
        <translation>Прискорена</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="311"/>
        <source>Medical</source>
        <translation>Медогляд</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="312"/>
        <source>Security</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="320"/>
        <source>Not yet</source>
        <translation>Ще немає</translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="431"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n зустріч</numerusform>
            <numerusform>%n зустрічі</numerusform>
            <numerusform>%n зустрічей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="431"/>
        <source>%n with a result recorded</source>
        <translation>
            <numerusform>%n із записаним результатом</numerusform>
            <numerusform>%n із записаним результатом</numerusform>
            <numerusform>%n із записаним результатом</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="441"/>
        <source>Reading the docket…</source>
        <translation>Читання переліку справ…</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="443"/>
        <source>No appointments on this day. Choose another day, or book appointments with an officer on the schedule.</source>
        <translation>Цього дня немає зустрічей. Виберіть інший день або забронюйте в розкладі зустрічі зі співробітником.</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="509"/>
        <source>Export the docket</source>
        <translation>Експорт переліку справ</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="511"/>
        <source>Word documents (%1)</source>
        <translation>Документи Word (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="523"/>
        <source>Docket written (%n appointment(s)): {file}</source>
        <translation>
            <numerusform>Перелік справ збережено (%n зустріч): {file}</numerusform>
            <numerusform>Перелік справ збережено (%n зустрічі): {file}</numerusform>
            <numerusform>Перелік справ збережено (%n зустрічей): {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../case/appointments.py" line="87"/>
        <source>No appointments for this case yet.</source>
        <translation>Для цієї справи ще немає зустрічей.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../work/assign.py" line="63"/>
        <source>Assign cases</source>
        <translation>Призначення справ</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="64"/>
        <source>Give %n case(s) to a member of the team.</source>
        <translation>
            <numerusform>Призначити %n справу члену групи.</numerusform>
            <numerusform>Призначити %n справи члену групи.</numerusform>
            <numerusform>Призначити %n справ члену групи.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="72"/>
        <source>Assign to</source>
        <translation>Кому призначити</translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="73"/>
        <source>Nobody (take the cases off whoever has them)</source>
        <translation>Нікому (зняти призначення зі справ)</translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="79"/>
        <source>Assign &amp;to:</source>
        <translation>&amp;Кому призначити:</translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="81"/>
        <source>&amp;Assign</source>
        <translation>&amp;Призначити</translation>
    </message>
</context>
<context>
    <name>AssignFindingsDialog</name>
    <message>
        <location filename="../reports/dialogs.py" line="113"/>
        <source>Assign to</source>
        <translation>Кому призначити</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="117"/>
        <source>Assign &amp;to:</source>
        <translation>&amp;Кому призначити:</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="118"/>
        <source>&amp;Assign</source>
        <translation>&amp;Призначити</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../forms/audit_view.py" line="61"/>
        <source>Form audit — %1</source>
        <translation>Аудит форми — %1</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="61"/>
        <source>Form audit</source>
        <translation>Аудит форми</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="78"/>
        <source>This submission&apos;s audit log is not on this laptop. Sync, then open it again; if it is still missing, the form was filled without one.</source>
        <translation>Журналу аудиту цього подання немає на цьому ноутбуці. Синхронізуйте дані й відкрийте його знову; якщо журналу все ще немає, форму заповнено без нього.</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="86"/>
        <source>This submission&apos;s audit file cannot be read: it is not a form audit log.</source>
        <translation>Не вдається прочитати файл аудиту цього подання: це не журнал аудиту форми.</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/audit_view.py" line="96"/>
        <source>Filled from %1 to %2, in %n sitting(s).</source>
        <translation>
            <numerusform>Заповнено з %1 до %2, за %n раз.</numerusform>
            <numerusform>Заповнено з %1 до %2, за %n рази.</numerusform>
            <numerusform>Заповнено з %1 до %2, за %n разів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="99"/>
        <source>Time on questions: %1.</source>
        <translation>Час на запитання: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/audit_view.py" line="100"/>
        <source>Answers changed after being given: %n.</source>
        <translation>
            <numerusform>Відповіді, змінені після введення: %n.</numerusform>
            <numerusform>Відповіді, змінені після введення: %n.</numerusform>
            <numerusform>Відповіді, змінені після введення: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="104"/>
        <source>Reasons given for changes: %1</source>
        <translation>Зазначені причини змін: %1</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <location filename="../forms/audit_view.py" line="121"/>
        <source>Question</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <source>Share of the time</source>
        <translation>Частка часу</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="119"/>
        <source>Time per question</source>
        <translation>Час за запитаннями</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <location filename="../forms/audit_view.py" line="133"/>
        <source>Was</source>
        <translation>Було</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <location filename="../forms/audit_view.py" line="134"/>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <location filename="../forms/audit_view.py" line="136"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="125"/>
        <source>Changes (%1)</source>
        <translation>Зміни (%1)</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="128"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="129"/>
        <source>Question or group</source>
        <translation>Запитання або група</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="130"/>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="131"/>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="132"/>
        <source>Location</source>
        <translation>Місцезнаходження</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="135"/>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="153"/>
        <source>All events (%1)</source>
        <translation>Усі події (%1)</translation>
    </message>
</context>
<context>
    <name>AutocompleteQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="260"/>
        <source>Type to search the answers</source>
        <translation>Почніть вводити, щоб знайти відповідь</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="318"/>
        <source>“{text}” is not one of the answers. Type part of an answer and pick it from the list.</source>
        <translation>«{text}» немає серед відповідей. Введіть частину відповіді й виберіть її зі списку.</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <location filename="../schedule/interpreters.py" line="115"/>
        <source>{name} is away</source>
        <translation>Відсутність: {name}</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="124"/>
        <source>Leave, training, ill…</source>
        <translation>Відпустка, навчання, хвороба…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="125"/>
        <source>&amp;From:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="126"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="127"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>BarcodeQuestion</name>
    <message>
        <location filename="../forms/barcode.py" line="73"/>
        <source>Scan or type the code</source>
        <translation>Відскануйте або введіть код</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="75"/>
        <source>Read from image file…</source>
        <translation>Зчитати з файлу зображення…</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="77"/>
        <source>Read the code from a photo or scan of it</source>
        <translation>Зчитати код із фото чи скану</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="110"/>
        <source>Read a barcode from an image</source>
        <translation>Зчитування штрихкоду із зображення</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="112"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="124"/>
        <source>Reading barcodes from images is not installed here: scan or type the code.</source>
        <translation>Зчитування штрихкодів із зображень тут не встановлено: відскануйте або введіть код.</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="127"/>
        <source>This file is not an image that can be opened. Choose a photo or scan (PNG or JPEG).</source>
        <translation>Цей файл не є зображенням, яке можна відкрити. Виберіть фото або скан (PNG чи JPEG).</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="132"/>
        <source>No barcode was found in this image. Use a sharper photo with the whole code in view, or type the code.</source>
        <translation>На цьому зображенні не знайдено штрихкоду. Візьміть чіткіше фото, на якому видно весь код, або введіть код.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../schedule/booking.py" line="96"/>
        <source>Move or change appointment of {case}</source>
        <translation>Перенести або змінити зустріч: {case}</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="98"/>
        <source>Book appointment</source>
        <translation>Забронювати зустріч</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="101"/>
        <source>Case number, e.g. AMM-000123</source>
        <translation>Номер справи, напр. AMM-000123</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="114"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="120"/>
        <source>Empty: the case&apos;s site</source>
        <translation>Порожньо: місце справи</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="123"/>
        <source>No interpreter</source>
        <translation>Без перекладача</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="128"/>
        <source>&amp;Case:</source>
        <translation>&amp;Справа:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="129"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="130"/>
        <source>&amp;When:</source>
        <translation>&amp;Коли:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="131"/>
        <source>&amp;Length:</source>
        <translation>Три&amp;валість:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="132"/>
        <source>&amp;Site:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="133"/>
        <source>&amp;Room:</source>
        <translation>Кім&amp;ната:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="134"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Перекладач:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="135"/>
        <source>&amp;Officer:</source>
        <translation>Спів&amp;робітник:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="138"/>
        <source>Book &amp;anyway, despite the clash (team lead)</source>
        <translation>&amp;Усе одно забронювати, попри конфлікт (керівник групи)</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="141"/>
        <source>Why it is booked despite the clash (kept with the appointment)</source>
        <translation>Чому зустріч бронюється попри конфлікт (зберігається разом із зустріччю)</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="142"/>
        <source>Reason for booking anyway</source>
        <translation>Причина бронювання попри конфлікт</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="147"/>
        <source>&amp;Move</source>
        <translation>П&amp;еренести</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="147"/>
        <source>&amp;Book</source>
        <translation>&amp;Забронювати</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="196"/>
        <source>Say why it is booked despite the clash.</source>
        <translation>Вкажіть, чому зустріч бронюється попри конфлікт.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../camera.py" line="81"/>
        <source>Take photo</source>
        <translation>Зробити фото</translation>
    </message>
    <message>
        <location filename="../camera.py" line="108"/>
        <source>Ca&amp;mera</source>
        <translation>&amp;Камера</translation>
    </message>
    <message>
        <location filename="../camera.py" line="112"/>
        <source>&amp;Capture</source>
        <translation>&amp;Зняти</translation>
    </message>
    <message>
        <location filename="../camera.py" line="113"/>
        <source>Capture (Space)</source>
        <translation>Зняти (Пробіл)</translation>
    </message>
    <message>
        <location filename="../camera.py" line="116"/>
        <source>&amp;Retake</source>
        <translation>&amp;Перезняти</translation>
    </message>
    <message>
        <location filename="../camera.py" line="120"/>
        <source>&amp;Use photo</source>
        <translation>&amp;Використати фото</translation>
    </message>
    <message>
        <location filename="../camera.py" line="151"/>
        <source>No camera found. Connect a camera, or import a photo from a file.</source>
        <translation>Камеру не знайдено. Під&apos;єднайте камеру або імпортуйте фото з файлу.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="172"/>
        <source>Check the photo: use it, or retake it.</source>
        <translation>Перевірте фото: використайте його або перезніміть.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="180"/>
        <source>Frame the face and press Capture (Space).</source>
        <translation>Наведіть камеру на обличчя й натисніть «Зняти» (Пробіл).</translation>
    </message>
    <message>
        <location filename="../camera.py" line="191"/>
        <source>The camera stopped working. Close this window and try again, or import a photo.</source>
        <translation>Камера перестала працювати. Закрийте це вікно й спробуйте ще раз або імпортуйте фото.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="195"/>
        <source>The photo could not be taken. Try again.</source>
        <translation>Не вдалося зробити фото. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../sync/conflicts.py" line="184"/>
        <source>someone</source>
        <translation>хтось</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="186"/>
        <source>{who} on this laptop</source>
        <translation>{who} на цьому ноутбуці</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="188"/>
        <source>Set by {who}, {when}</source>
        <translation>Встановив(-ла) {who}, {when}</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="194"/>
        <source>Shown everywhere until resolved</source>
        <translation>Показується всюди до розв&apos;язання</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="196"/>
        <source>&amp;Keep this value</source>
        <translation>&amp;Залишити це значення</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="197"/>
        <source>Keep {value}</source>
        <translation>Залишити {value}</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="203"/>
        <source>Case {number}</source>
        <translation>Справа {number}</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="205"/>
        <source>A record this laptop does not hold (another ride&apos;s)</source>
        <translation>Запис, якого немає на цьому ноутбуці (іншої місії)</translation>
    </message>
</context>
<context>
    <name>CapsLockWarning</name>
    <message>
        <location filename="../unlock/caps_lock.py" line="56"/>
        <source>⚠ Caps Lock is on.</source>
        <translation>⚠ Увімкнено Caps Lock.</translation>
    </message>
</context>
<context>
    <name>CaseAppointmentsTab</name>
    <message>
        <location filename="../case/appointments.py" line="64"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="65"/>
        <source>Minutes</source>
        <translation>Хвилин</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="66"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="67"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="68"/>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="69"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="70"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="71"/>
        <source>Officer</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="72"/>
        <source>Family</source>
        <translation>Сім&apos;я</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="74"/>
        <source>Clash</source>
        <translation>Конфлікт</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="77"/>
        <source>Booked despite a clash: {reason}</source>
        <translation>Заброньовано попри конфлікт: {reason}</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="85"/>
        <source>Appointments of the case</source>
        <translation>Зустрічі у справі</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="90"/>
        <source>&amp;Book appointment…</source>
        <translation>Заброн&amp;ювати зустріч…</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="91"/>
        <source>&amp;Move or change…</source>
        <translation>Перенести або змін&amp;ити…</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="92"/>
        <source>Con&amp;firmed by the family</source>
        <translation>Підтверд&amp;жено сім&apos;єю</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="93"/>
        <source>&amp;Cancel appointment…</source>
        <translation>С&amp;касувати зустріч…</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="114"/>
        <source>notified</source>
        <translation>повідомлено</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="116"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="121"/>
        <source>Cancelled: {reason}</source>
        <translation>Скасовано: {reason}</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="201"/>
        <source>Cancel appointment</source>
        <translation>Скасування зустрічі</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="202"/>
        <source>Why is the appointment on {time} cancelled?</source>
        <translation>Чому скасовується зустріч, призначена на {time}?</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <location filename="../case/dialogs.py" line="207"/>
        <source>Case {case}</source>
        <translation>Справа {case}</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="214"/>
        <source>E&amp;xpedited processing</source>
        <translation>&amp;Прискорений розгляд</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="231"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="233"/>
        <source>For example: interview recorded on the wrong case</source>
        <translation>Наприклад: співбесіду записано не до тієї справи</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="234"/>
        <source>&amp;Why the stage moves back:</source>
        <translation>&amp;Чому етап повертається назад:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="240"/>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="250"/>
        <source>Only adjudication support or a team lead may move a denied or held case.</source>
        <translation>Лише підтримка ухвалення рішень або керівник групи може змінити етап відхиленої чи призупиненої справи.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="263"/>
        <source>Adjudication outcomes are recorded by adjudication support or a team lead.</source>
        <translation>Рішення за справою записує підтримка ухвалення рішень або керівник групи.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="265"/>
        <source>Only a team lead may move a case&apos;s stage back.</source>
        <translation>Лише керівник групи може повернути етап справи назад.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="270"/>
        <source>Security-check results are recorded by adjudication support or a team lead.</source>
        <translation>Результати перевірок безпеки записує підтримка ухвалення рішень або керівник групи.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="296"/>
        <source>Say why this case is expedited.</source>
        <translation>Вкажіть, чому ця справа розглядається прискорено.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="300"/>
        <source>Say why the stage moves back; it is kept in the case&apos;s history.</source>
        <translation>Вкажіть, чому етап повертається назад; це зберігається в історії справи.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case/header.py" line="34"/>
        <source>← &amp;Cases</source>
        <translation>← &amp;Справи</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="35"/>
        <source>Back to the case list (Alt+Left, or Esc when nothing is being edited)</source>
        <translation>Назад до списку справ (Alt+Ліворуч або Esc, якщо нічого не редагується)</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="41"/>
        <source>Case &amp;details…</source>
        <translation>&amp;Дані справи…</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="42"/>
        <source>Change stage, priority, expedited processing and statuses</source>
        <translation>Змінити етап, пріоритет, прискорений розгляд і статуси</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="44"/>
        <source>&amp;Move file…</source>
        <translation>Пере&amp;містити теку…</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="45"/>
        <source>Record where the physical case file went</source>
        <translation>Записати, куди перемістили паперову теку справи</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="67"/>
        <source>Site:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="68"/>
        <source>Ride:</source>
        <translation>Місія:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="69"/>
        <source>UNHCR id:</source>
        <translation>ID УВКБ ООН:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="70"/>
        <source>Security check:</source>
        <translation>Перевірка безпеки:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="71"/>
        <source>Medical:</source>
        <translation>Медогляд:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="72"/>
        <source>Assigned to:</source>
        <translation>Призначено:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="73"/>
        <source>Physical file:</source>
        <translation>Тека справи:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="133"/>
        <source>⚑ Expedited</source>
        <translation>⚑ Прискорена</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="137"/>
        <source>Expedited: {reason}</source>
        <translation>Прискорений розгляд: {reason}</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="143"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="152"/>
        <source>nobody</source>
        <translation>нікому</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="168"/>
        <source>⚠ Two devices changed these differently; decide: {fields}</source>
        <translation>⚠ Два пристрої змінили це по-різному; вирішіть: {fields}</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="175"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="182"/>
        <source>{location} (moved {when} by {user}: {reason})</source>
        <translation>{location} (переміщено {when}, {user}: {reason})</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="185"/>
        <source>{location} (moved {when} by {user})</source>
        <translation>{location} (переміщено {when}, {user})</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../case/labels.py" line="28"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="29"/>
        <source>Relationship to principal applicant</source>
        <translation>Родинний зв&apos;язок з основним заявником</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="30"/>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="31"/>
        <source>Given names</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="32"/>
        <source>Family name (native script)</source>
        <translation>Прізвище (в оригіналі)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="33"/>
        <source>Given names (native script)</source>
        <translation>Ім&apos;я (в оригіналі)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="34"/>
        <source>Aliases</source>
        <translation>Інші імена</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="35"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="36"/>
        <source>Precision of the date of birth</source>
        <translation>Точність дати народження</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="37"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="38"/>
        <source>Nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="39"/>
        <source>Country of birth</source>
        <translation>Країна народження</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="40"/>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="41"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="42"/>
        <source>Marital status</source>
        <translation>Сімейний стан</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="48"/>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="49"/>
        <source>UNHCR id</source>
        <translation>ID УВКБ ООН</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="50"/>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="51"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="52"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="53"/>
        <source>Expedited</source>
        <translation>Прискорений розгляд</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="54"/>
        <source>Reason for expediting</source>
        <translation>Причина прискорення</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="55"/>
        <source>Security check</source>
        <translation>Перевірка безпеки</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="56"/>
        <location filename="../case/labels.py" line="126"/>
        <location filename="../case/labels.py" line="165"/>
        <location filename="../case/labels.py" line="183"/>
        <source>Medical</source>
        <translation>Медицина</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="57"/>
        <source>Physical file</source>
        <translation>Тека справи</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="58"/>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="64"/>
        <source>Principal applicant</source>
        <translation>Основний заявник</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="65"/>
        <location filename="../case/labels.py" line="74"/>
        <source>Spouse</source>
        <translation>Чоловік / дружина</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="66"/>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="67"/>
        <source>Other dependent</source>
        <translation>Інший утриманець</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="73"/>
        <source>Self (principal applicant)</source>
        <translation>Є основним заявником</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="75"/>
        <source>Son</source>
        <translation>Син</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="76"/>
        <source>Daughter</source>
        <translation>Донька</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="77"/>
        <source>Stepson</source>
        <translation>Пасинок</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="78"/>
        <source>Stepdaughter</source>
        <translation>Падчерка</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="79"/>
        <source>Mother</source>
        <translation>Мати</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="80"/>
        <source>Father</source>
        <translation>Батько</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="81"/>
        <source>Sister</source>
        <translation>Сестра</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="82"/>
        <source>Brother</source>
        <translation>Брат</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="83"/>
        <source>Grandchild</source>
        <translation>Онук / онука</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="84"/>
        <source>Nephew</source>
        <translation>Племінник</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="85"/>
        <source>Niece</source>
        <translation>Племінниця</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="86"/>
        <source>Other relative</source>
        <translation>Інший родич</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="92"/>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="93"/>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="94"/>
        <source>Unspecified (X)</source>
        <translation>Не вказано (X)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="100"/>
        <source>Exact date</source>
        <translation>Точна дата</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="101"/>
        <source>Year and month</source>
        <translation>Рік і місяць</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="102"/>
        <source>Year only</source>
        <translation>Лише рік</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="103"/>
        <source>Estimated</source>
        <translation>Приблизна</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="109"/>
        <source>Single</source>
        <translation>Неодружений / неодружена</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="110"/>
        <source>Married</source>
        <translation>Одружений / заміжня</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="111"/>
        <source>Widowed</source>
        <translation>Вдівець / вдова</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="112"/>
        <source>Divorced</source>
        <translation>Розлучений / розлучена</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="113"/>
        <source>Separated</source>
        <translation>Живе окремо</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="119"/>
        <source>Pre-screening</source>
        <translation>Попередня оцінка</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="120"/>
        <source>Interview scheduled</source>
        <translation>Співбесіду призначено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="121"/>
        <source>Interviewed</source>
        <translation>Співбесіду проведено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="122"/>
        <source>Adjudicated</source>
        <translation>Рішення ухвалено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="123"/>
        <source>Approved</source>
        <translation>Схвалено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="124"/>
        <source>Denied</source>
        <translation>Відмовлено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="125"/>
        <source>On hold</source>
        <translation>Призупинено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="127"/>
        <location filename="../case/labels.py" line="185"/>
        <source>Cultural orientation</source>
        <translation>Культурна орієнтація</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="128"/>
        <source>Ready for departure</source>
        <translation>Готово до виїзду</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="129"/>
        <source>Departed</source>
        <translation>Виїхали</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="130"/>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="136"/>
        <source>P-1</source>
        <translation>P-1</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="137"/>
        <source>P-2</source>
        <translation>P-2</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="138"/>
        <source>P-3</source>
        <translation>P-3</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="144"/>
        <location filename="../case/labels.py" line="154"/>
        <source>Not started</source>
        <translation>Не розпочато</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="145"/>
        <source>Pending</source>
        <translation>На розгляді</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="146"/>
        <location filename="../case/labels.py" line="156"/>
        <source>Cleared</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="147"/>
        <source>Hit</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="148"/>
        <source>Expired</source>
        <translation>Термін минув</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="155"/>
        <source>Scheduled</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="157"/>
        <source>Deferred</source>
        <translation>Відкладено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="163"/>
        <source>Normal</source>
        <translation>Звичайна</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="164"/>
        <source>Restricted</source>
        <translation>Обмежений доступ</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="171"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="172"/>
        <source>UNHCR registration</source>
        <translation>Реєстрація в УВКБ ООН</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="173"/>
        <source>Birth certificate</source>
        <translation>Свідоцтво про народження</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="174"/>
        <source>National id</source>
        <translation>Посвідчення особи</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="175"/>
        <source>Marriage certificate</source>
        <translation>Свідоцтво про шлюб</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="176"/>
        <source>Other document</source>
        <translation>Інший документ</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="182"/>
        <source>Interview</source>
        <translation>Співбесіда</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="184"/>
        <source>Fingerprints</source>
        <translation>Відбитки пальців</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="186"/>
        <source>Adjudication</source>
        <translation>Ухвалення рішення</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="187"/>
        <source>Briefing</source>
        <translation>Інструктаж</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="188"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="194"/>
        <source>Proposed</source>
        <translation>Запропоновано</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="195"/>
        <source>Booked</source>
        <translation>Заброньовано</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="196"/>
        <source>Done</source>
        <translation>Відбулася</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="197"/>
        <source>Tentative</source>
        <translation>Попередня</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="198"/>
        <source>Notified</source>
        <translation>Повідомлено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="199"/>
        <source>Confirmed</source>
        <translation>Підтверджена</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="200"/>
        <source>Attended</source>
        <translation>Відбулася</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="201"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="202"/>
        <source>Rescheduled</source>
        <translation>Перенесена</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="203"/>
        <source>Cancelled</source>
        <translation>Скасована</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="216"/>
        <source>Assyrian Neo-Aramaic</source>
        <translation>Ассирійська новоарамейська</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="217"/>
        <source>Kurmanji</source>
        <translation>Курманджі</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="319"/>
        <source>{months} mo</source>
        <translation>{months} міс.</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="297"/>
        <source>age {age}</source>
        <translation>вік {age}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../cases/model.py" line="128"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="129"/>
        <source>Principal applicant</source>
        <translation>Основний заявник</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="130"/>
        <source>Native script</source>
        <translation>В оригіналі</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="131"/>
        <source>Persons</source>
        <translation>Осіб</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="132"/>
        <source>Priority</source>
        <translation>Пріор.</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="133"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="134"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="135"/>
        <source>Ride</source>
        <translation>Місія</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="136"/>
        <source>File location</source>
        <translation>Місце теки</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="137"/>
        <source>Open issues</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="138"/>
        <source>Matched</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="139"/>
        <source>Assigned to</source>
        <translation>Призначено</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="142"/>
        <source>Case number; %s marks an expedited case</source>
        <translation>Номер справи; %s позначає прискорений розгляд</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="143"/>
        <source>The principal applicant&apos;s name in their own script</source>
        <translation>Ім&apos;я основного заявника в оригінальному написанні</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="145"/>
        <source>Persons without a date of birth or with an approximate one not yet verified, a missing principal applicant, an unknown file location</source>
        <translation>Особи без дати народження або з приблизною, ще не перевіреною датою; немає основного заявника; невідоме місце теки</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="149"/>
        <source>The member of the case whose name the search found; %s: found by a spelling variant of what was typed (other letters, another script)</source>
        <translation>Член справи, чиє ім’я знайшов пошук; %s: знайдено за іншим написанням введеного (інші літери, інша писемність)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="153"/>
        <source>The member of the team the case is assigned to (empty: nobody)</source>
        <translation>Член групи, якому призначено справу (порожньо: нікому)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="380"/>
        <source>%s: expedited</source>
        <translation>%s: прискорений розгляд</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="388"/>
        <location filename="../cases/model.py" line="411"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="414"/>
        <source>%1: %2 (the name as typed)</source>
        <translation>%1: %2 (ім’я, як його введено)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="415"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="418"/>
        <source>“%1” is a spelling variant of “%2” (as typed)</source>
        <translation>«%1» — інше написання «%2» (як введено)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="420"/>
        <source>a spelling variant of what was typed (in another of the person&apos;s names)</source>
        <translation>інше написання введеного (в іншому з імен особи)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="443"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../case/view.py" line="164"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="168"/>
        <source>&amp;Household (%n)</source>
        <translation>
            <numerusform>Склад с&amp;ім&apos;ї (%n)</numerusform>
            <numerusform>Склад с&amp;ім&apos;ї (%n)</numerusform>
            <numerusform>Склад с&amp;ім&apos;ї (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="169"/>
        <source>&amp;Interviews and forms (%n)</source>
        <translation>
            <numerusform>Спів&amp;бесіди та форми (%n)</numerusform>
            <numerusform>Спів&amp;бесіди та форми (%n)</numerusform>
            <numerusform>Спів&amp;бесіди та форми (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="170"/>
        <source>&amp;Photos and documents (%n)</source>
        <translation>
            <numerusform>&amp;Фото й документи (%n)</numerusform>
            <numerusform>&amp;Фото й документи (%n)</numerusform>
            <numerusform>&amp;Фото й документи (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="171"/>
        <source>&amp;Notes (%n)</source>
        <translation>
            <numerusform>&amp;Нотатки (%n)</numerusform>
            <numerusform>&amp;Нотатки (%n)</numerusform>
            <numerusform>&amp;Нотатки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/view.py" line="172"/>
        <source>Histor&amp;y</source>
        <translation>Іс&amp;торія</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="173"/>
        <source>&amp;Appointments (%n)</source>
        <translation>
            <numerusform>&amp;Зустрічі (%n)</numerusform>
            <numerusform>&amp;Зустрічі (%n)</numerusform>
            <numerusform>&amp;Зустрічі (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="174"/>
        <source>&amp;File movements (%n)</source>
        <translation>
            <numerusform>&amp;Переміщення теки (%n)</numerusform>
            <numerusform>&amp;Переміщення теки (%n)</numerusform>
            <numerusform>&amp;Переміщення теки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/view.py" line="231"/>
        <source>This case is no longer in the workspace.</source>
        <translation>Цієї справи вже немає в робочому просторі.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="401"/>
        <source>The note you were writing before was restored.</source>
        <translation>Нотатку, яку ви писали раніше, відновлено.</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../cases/view.py" line="138"/>
        <source>Search: case number, UNHCR id, name in any script, date of birth</source>
        <translation>Пошук: номер справи, ID УВКБ ООН, ім&apos;я будь-яким письмом, дата народження</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="140"/>
        <source>Search cases</source>
        <translation>Пошук справ</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="143"/>
        <source>Type part of a name (any script), a case number or UNHCR id, or a date of birth. Enter opens the case when only one matches; Down moves into the list; Ctrl+F comes back here.</source>
        <translation>Введіть частину імені (будь-яким письмом), номер справи, ID УВКБ ООН або дату народження. Enter відкриває справу, якщо збіг лише один; стрілка вниз переходить до списку; Ctrl+F повертає сюди.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="151"/>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="187"/>
        <source>&amp;Assign selected cases…</source>
        <translation>&amp;Призначити вибрані справи…</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="190"/>
        <source>Give the selected cases to a member of the team</source>
        <translation>Призначити вибрані справи члену групи</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="192"/>
        <source>Assi&amp;gn</source>
        <translation>Призна&amp;чити</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="193"/>
        <source>Give cases to a member of the team</source>
        <translation>Призначити справи члену групи</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="530"/>
        <source>Loading every case…</source>
        <translation>Завантаження всіх справ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../cases/view.py" line="534"/>
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 з %Ln справи</numerusform>
            <numerusform>%1 з %Ln справ</numerusform>
            <numerusform>%1 з %Ln справ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="538"/>
        <source>Only the first %s search matches are listed; type more of the name or number.</source>
        <translation>Показано лише перші %s збігів; введіть більше символів імені чи номера.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="546"/>
        <source>No cases are loaded.</source>
        <translation>Справи не завантажено.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="548"/>
        <source>This workspace has no cases yet. Cases arrive with a sync or an imported manifest.</source>
        <translation>У цьому робочому просторі ще немає справ. Справи надходять під час синхронізації або з імпортованого маніфесту.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="552"/>
        <source>No case matches this search. Check the spelling, or try part of a name, the case number or a date of birth.</source>
        <translation>Жодна справа не відповідає пошуку. Перевірте написання або спробуйте частину імені, номер справи чи дату народження.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="556"/>
        <source>No case matches these filters.</source>
        <translation>Жодна справа не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="558"/>
        <source>No case matches the search and filters. Check the spelling, or clear the filters.</source>
        <translation>Жодна справа не відповідає пошуку й фільтрам. Перевірте написання або скиньте фільтри.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cases/view.py" line="667"/>
        <source>Assign all %n case(s) shown…</source>
        <translation>
            <numerusform>Призначити %n показану справу…</numerusform>
            <numerusform>Призначити всі %n показані справи…</numerusform>
            <numerusform>Призначити всі %n показаних справ…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="671"/>
        <source>Give every case the list shows to a member of the team</source>
        <translation>Призначити члену групи всі справи, показані в списку</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="673"/>
        <source>Choose a filter or search first: every case at once is not assigned from here.</source>
        <translation>Спершу застосуйте фільтр або пошук: усі справи одразу звідси не призначаються.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="868"/>
        <source>Reset columns</source>
        <translation>Скинути стовпці</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../files/view.py" line="171"/>
        <source>Check in files</source>
        <translation>Повернення тек</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="172"/>
        <source>Check in %n file(s): {cases}</source>
        <translation>
            <numerusform>Повернути %n теку: {cases}</numerusform>
            <numerusform>Повернути %n теки: {cases}</numerusform>
            <numerusform>Повернути %n тек: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="174"/>
        <source>Back to where each was checked out &amp;from</source>
        <translation>Туди, звідки кожну теку &amp;видали</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="176"/>
        <source>To &amp;another place:</source>
        <translation>В &amp;інше місце:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="178"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="179"/>
        <source>For example Lima office, cabinet 2</source>
        <translation>Наприклад, офіс у Лімі, шафа 2</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="184"/>
        <source>Check &amp;in</source>
        <translation>&amp;Повернути</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="200"/>
        <source>Say where the files go, or return them to where they came from.</source>
        <translation>Вкажіть, куди повертаються теки, або поверніть їх туди, звідки їх видали.</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../files/view.py" line="113"/>
        <source>Check out files</source>
        <translation>Видача тек</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="114"/>
        <source>Check out %n file(s): {cases}</source>
        <translation>
            <numerusform>Видати %n теку: {cases}</numerusform>
            <numerusform>Видати %n теки: {cases}</numerusform>
            <numerusform>Видати %n тек: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="117"/>
        <source>Checked out to</source>
        <translation>Кому видано</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="118"/>
        <source>A person, for example Interviewer A</source>
        <translation>Особа, наприклад інтерв&apos;юер А</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="123"/>
        <source>Due back</source>
        <translation>Термін повернення</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="124"/>
        <source>&amp;No due date</source>
        <translation>&amp;Без терміну повернення</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="127"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="128"/>
        <source>Optional, for example the interview on the ride</source>
        <translation>Необов&apos;язково, наприклад співбесіда під час місії</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="134"/>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="135"/>
        <source>&amp;Due back:</source>
        <translation>&amp;Термін повернення:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="136"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="143"/>
        <source>Check &amp;out</source>
        <translation>&amp;Видати</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="155"/>
        <source>Say who takes the files.</source>
        <translation>Вкажіть, хто бере теки.</translation>
    </message>
</context>
<context>
    <name>ChoiceQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="283"/>
        <source>Your earlier answer {0} is not among the choices now (an earlier answer changed them). Choose again or clear it.</source>
        <translation>Вашої попередньої відповіді {0} тепер немає серед варіантів (їх змінила одна з попередніх відповідей). Виберіть знову або очистьте її.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="278"/>
        <source>Your earlier answers {0} are not among the choices now (an earlier answer changed them). Choose again or clear them.</source>
        <translation>Ваших попередніх відповідей {0} тепер немає серед варіантів (їх змінила одна з попередніх відповідей). Виберіть знову або очистьте їх.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="271"/>
        <source>The recorded answers {0} are not among the choices the form offers now.</source>
        <translation>Записані відповіді {0} не входять до варіантів, які форма пропонує зараз.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="274"/>
        <source>The recorded answer {0} is not among the choices the form offers now.</source>
        <translation>Записана відповідь {0} не входить до варіантів, які форма пропонує зараз.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="335"/>
        <source>Clear earlier answer</source>
        <translation>Очистити попередню відповідь</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="335"/>
        <source>Clear earlier answers</source>
        <translation>Очистити попередні відповіді</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="343"/>
        <source>The answer is kept until it is changed.</source>
        <translation>Відповідь зберігається, доки її не змінять.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="347"/>
        <source>Remove from the answer what the choices no longer offer</source>
        <translation>Прибрати з відповіді те, чого вже немає серед варіантів</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../sync/conflicts.py" line="74"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="76"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="77"/>
        <source>Values</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="90"/>
        <source>{value}: held by two records</source>
        <translation>{value}: мають два записи</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync/conflicts.py" line="234"/>
        <source>Open conflicts</source>
        <translation>Відкриті конфлікти</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="252"/>
        <source>Two devices changed this field before either had synced. Choose the value that is right; it then replaces the other one on every device.</source>
        <translation>Два пристрої змінили це поле, перш ніж будь-який із них синхронізувався. Виберіть правильне значення; воно замінить інше на всіх пристроях.</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="256"/>
        <source>Two records hold this value, which must be unique (they were registered on two devices before either had synced). Both are kept. Enter another value for this record; if both are the same family, ask HQ before changing anything.</source>
        <translation>Два записи мають це значення, яке має бути унікальним (їх зареєстрували на двох пристроях до синхронізації). Обидва збережено. Введіть інше значення для цього запису; якщо це та сама родина, спершу зверніться до штаб-квартири.</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="265"/>
        <source>Enter &amp;another value…</source>
        <translation>Ввести &amp;інше значення…</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="289"/>
        <source>No conflicts. When two devices change the same field before syncing, HQ keeps both values and they appear here for a team lead to choose.</source>
        <translation>Конфліктів немає. Коли два пристрої змінюють те саме поле до синхронізації, штаб-квартира зберігає обидва значення, і вони з&apos;являються тут, щоб керівник групи вибрав.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/conflicts.py" line="320"/>
        <source>Conflicts (%n open)</source>
        <translation>
            <numerusform>Конфлікти (%n відкритий)</numerusform>
            <numerusform>Конфлікти (%n відкриті)</numerusform>
            <numerusform>Конфлікти (%n відкритих)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="395"/>
        <source>Conflict resolved; the chosen value goes to HQ with the next sync.</source>
        <translation>Конфлікт розв&apos;язано; вибране значення надійде до штаб-квартири під час наступної синхронізації.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../unlock/create_page.py" line="47"/>
        <source>&lt;h3&gt;Create a workspace&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Створити робочий простір&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="48"/>
        <source>It will be stored, encrypted, in {path}</source>
        <translation>Його буде збережено в зашифрованому вигляді в {path}</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="56"/>
        <source>for example: Kakuma ride, spring</source>
        <translation>наприклад: місія Какума, весна</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="59"/>
        <source>&amp;Workspace name:</source>
        <translation>&amp;Назва простору:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="61"/>
        <source>Shown on the unlock screen, not encrypted: never an applicant&apos;s name.</source>
        <translation>Показується на екрані розблокування без шифрування: ніколи не вказуйте ім&apos;я заявника.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="64"/>
        <source>for example: ana.rojas</source>
        <translation>наприклад: ana.rojas</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="65"/>
        <source>User &amp;name:</source>
        <translation>&amp;Ім&apos;я користувача:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="68"/>
        <source>Interviewer</source>
        <translation>Інтерв&apos;юер</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="69"/>
        <source>Adjudication support</source>
        <translation>Підтримка ухвалення рішень</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="70"/>
        <source>Team lead</source>
        <translation>Керівник групи</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="71"/>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="77"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="80"/>
        <source>The administrator adds the team&apos;s users and enrolls the laptop with HQ, but takes no case decisions: the team lead and the interviewers work with their own accounts.</source>
        <translation>Адміністратор додає користувачів групи та реєструє ноутбук у центральному офісі, але не ухвалює рішень щодо справ: керівник групи та інтерв&apos;юери працюють під власними обліковими записами.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="87"/>
        <source>hq-recovery-public.pem (optional)</source>
        <translation>hq-recovery-public.pem (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="88"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="97"/>
        <source>HQ recovery &amp;key:</source>
        <translation>&amp;Ключ відновлення штаб-квартири:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="99"/>
        <source>The public key file from HQ. Without it, a forgotten password loses the data.</source>
        <translation>Файл відкритого ключа від штаб-квартири. Без нього забутий пароль означає втрату даних.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="104"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Створення зашифрованого робочого простору…</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="106"/>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="107"/>
        <source>&amp;Create workspace</source>
        <translation>&amp;Створити робочий простір</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="140"/>
        <source>Give the workspace a name.</source>
        <translation>Дайте робочому простору назву.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="174"/>
        <source>Cannot read that file ({reason}).</source>
        <translation>Не вдається прочитати цей файл ({reason}).</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="185"/>
        <source>HQ recovery public key</source>
        <translation>Відкритий ключ відновлення штаб-квартири</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="185"/>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>Відкриті ключі (*.pem);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../case/crop.py" line="33"/>
        <source>Photo with the passport frame</source>
        <translation>Фото з рамкою паспортного формату</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <location filename="../case/crop.py" line="193"/>
        <source>Crop to passport frame</source>
        <translation>Обрізати до формату паспорта</translation>
    </message>
    <message>
        <location filename="../case/crop.py" line="197"/>
        <source>Drag the frame to place the face, drag a corner to resize it. Keyboard: arrow keys move (with Shift in bigger steps), + and - resize. The frame keeps the passport ratio of 35 by 45. A new photo is made; the original is kept.</source>
        <translation>Перетягніть рамку, щоб розмістити обличчя; перетягніть кут, щоб змінити розмір. Клавіатура: стрілки переміщують рамку (із Shift — більшими кроками), + і - змінюють розмір. Рамка зберігає паспортне співвідношення сторін 35 на 45. Створюється нове фото; оригінал зберігається.</translation>
    </message>
    <message>
        <location filename="../case/crop.py" line="204"/>
        <source>&amp;Crop</source>
        <translation>&amp;Обрізати</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../reports/dashboard.py" line="66"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dashboard.py" line="68"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Останній %n тиждень</numerusform>
            <numerusform>Останні %n тижні</numerusform>
            <numerusform>Останні %n тижнів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="70"/>
        <source>&amp;Refresh</source>
        <translation>Онов&amp;ити</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="71"/>
        <source>Read the figures again (F5)</source>
        <translation>Оновити показники (F5)</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="72"/>
        <source>Export team &amp;statistics…</source>
        <translation>Експортувати &amp;статистику групи…</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="74"/>
        <source>Save the team statistics of the period as a Word document, with these charts</source>
        <translation>Зберегти статистику групи за період як документ Word разом із цими діаграмами</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="76"/>
        <source>Export &amp;workbook…</source>
        <translation>Експортувати &amp;книгу Excel…</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="77"/>
        <source>Save the statistics of the period, by site, as an Excel workbook</source>
        <translation>Зберегти статистику за період у розрізі місць як книгу Excel</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="84"/>
        <source>&amp;Period:</source>
        <translation>Пері&amp;од:</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="139"/>
        <source>Cases in each stage now</source>
        <translation>Справи на кожному етапі зараз</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="140"/>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="141"/>
        <source>Weekly throughput</source>
        <translation>Обсяг роботи за тижнями</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="142"/>
        <source>Interviews done</source>
        <translation>Проведені співбесіди</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="143"/>
        <source>Cases moved to a later stage</source>
        <translation>Справи, переведені на наступний етап</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="144"/>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="145"/>
        <source>How long cases have been in their stage</source>
        <translation>Скільки часу справи перебувають на своєму етапі</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>0–7 days</source>
        <translation>0–7 днів</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>8–30 days</source>
        <translation>8–30 днів</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>31–90 days</source>
        <translation>31–90 днів</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>over 90 days</source>
        <translation>понад 90 днів</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="147"/>
        <source>Nothing to show yet.</source>
        <translation>Поки що немає даних.</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="210"/>
        <source>Reading the figures…</source>
        <translation>Читання показників…</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dashboard.py" line="225"/>
        <source>%n case(s) in the pipeline now</source>
        <translation>
            <numerusform>Зараз в опрацюванні %n справа</numerusform>
            <numerusform>Зараз в опрацюванні %n справи</numerusform>
            <numerusform>Зараз в опрацюванні %n справ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="227"/>
        <source>weeks from {start} to {end}</source>
        <translation>тижні з {start} по {end}</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="242"/>
        <source>Export team statistics</source>
        <translation>Експорт статистики групи</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="244"/>
        <source>Word documents (*.docx)</source>
        <translation>Документи Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="249"/>
        <source>Saved the team statistics to {path}.</source>
        <translation>Статистику групи збережено: {path}.</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="255"/>
        <source>Export workbook</source>
        <translation>Експорт книги Excel</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="257"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="262"/>
        <source>Saved the statistics workbook to {path}.</source>
        <translation>Книгу статистики збережено: {path}.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../unlock/demo_page.py" line="120"/>
        <source>&lt;h3&gt;Open the demo workspace&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Відкрити демонстраційний робочий простір&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="123"/>
        <source>The demo workspace holds &lt;b&gt;synthetic people only&lt;/b&gt;: invented families with names in several scripts, dates of birth, photos and document scans. Use it to learn the app or to train a team, and never type a real applicant&apos;s data into it.</source>
        <translation>Демонстраційний простір містить &lt;b&gt;лише вигаданих людей&lt;/b&gt;: вигадані сім&apos;ї з іменами різними системами письма, датами народження, фото та сканами документів. Використовуйте його, щоб освоїти програму або навчити команду, і ніколи не вводьте в нього дані справжніх заявників.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="129"/>
        <source>It is kept apart from your own data, in {path}</source>
        <translation>Він зберігається окремо від ваших даних, у {path}</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="138"/>
        <source>A demo workspace was already made here. Open it and unlock it with the password chosen then, or delete that folder to build a new one.</source>
        <translation>Демонстраційний простір тут уже створено. Відкрийте його й розблокуйте паролем, який тоді обрали, або видаліть цю теку, щоб створити новий.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="143"/>
        <source>&amp;Open the existing demo</source>
        <translation>&amp;Відкрити наявний демопростір</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="157"/>
        <source>Number of &amp;cases:</source>
        <translation>&amp;Кількість справ:</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="157"/>
        <source>A few hundred cases take about a minute to build.</source>
        <translation>Кілька сотень справ створюються приблизно за хвилину.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="160"/>
        <source>User &amp;name:</source>
        <translation>&amp;Ім&apos;я користувача:</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="169"/>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="170"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="172"/>
        <source>&amp;Build the demo workspace</source>
        <translation>&amp;Створити демопростір</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="234"/>
        <source>{path} already exists and is not a demo workspace. Move it away, then try again.</source>
        <translation>{path} уже існує і не є демопростором. Перемістіть його в інше місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="239"/>
        <source>Demo workspace</source>
        <translation>Демопростір</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="254"/>
        <source>Stopping after the current step…</source>
        <translation>Зупинка після поточного кроку…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="263"/>
        <location filename="../unlock/demo_page.py" line="315"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Створення зашифрованого робочого простору…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="264"/>
        <source>Inventing synthetic families, photos and scans…</source>
        <translation>Генерування вигаданих сімей, фото і сканів…</translation>
    </message>
    <message numerus="yes">
        <location filename="../unlock/demo_page.py" line="265"/>
        <source>Adding %n synthetic case(s)…</source>
        <translation>
            <numerusform>Додавання %n синтетичної справи…</numerusform>
            <numerusform>Додавання %n синтетичних справ…</numerusform>
            <numerusform>Додавання %n синтетичних справ…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="266"/>
        <source>Opening the demo workspace…</source>
        <translation>Відкриття демопростору…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="267"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="270"/>
        <source>Adding photos and scans: {done} of {total}…</source>
        <translation>Додавання фото і сканів: {done} з {total}…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="278"/>
        <source>Stopped. The half-built demo workspace was deleted.</source>
        <translation>Зупинено. Недобудований демопростір видалено.</translation>
    </message>
</context>
<context>
    <name>DismissFindingsDialog</name>
    <message>
        <location filename="../reports/dialogs.py" line="214"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Відхилити</translation>
    </message>
</context>
<context>
    <name>DobEditor</name>
    <message>
        <location filename="../case/person_fields.py" line="39"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="41"/>
        <source>Precision of the date of birth</source>
        <translation>Точність дати народження</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <location filename="../case/documents_dialogs.py" line="78"/>
        <source>Import scan or PDF</source>
        <translation>Імпорт скану або PDF</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="79"/>
        <source>Document details</source>
        <translation>Дані документа</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="80"/>
        <source>Attach translation</source>
        <translation>Додати переклад</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="91"/>
        <source>Whole case (no one person)</source>
        <translation>Уся справа (без прив&apos;язки до особи)</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="111"/>
        <source>Choose, or type an ISO 639 code such as ti</source>
        <translation>Виберіть або введіть код ISO 639, наприклад ti</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="115"/>
        <source>Optional, to tell two documents of one type apart</source>
        <translation>Необов&apos;язково: щоб розрізнити два документи одного типу</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents_dialogs.py" line="117"/>
        <source>Apply to all %n page(s) of this document</source>
        <translation>
            <numerusform>Застосувати до %n сторінки цього документа</numerusform>
            <numerusform>Застосувати до всіх %n сторінок цього документа</numerusform>
            <numerusform>Застосувати до всіх %n сторінок цього документа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="123"/>
        <source>Document &amp;type</source>
        <translation>&amp;Тип документа</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="124"/>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="126"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="126"/>
        <source>&amp;Language of the translation</source>
        <translation>&amp;Мова перекладу</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="130"/>
        <source>T&amp;itle</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="135"/>
        <source>The files become pages of one document, in the order chosen. You can reorder them later.</source>
        <translation>Файли стануть сторінками одного документа в обраному порядку. Порядок можна змінити пізніше.</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="138"/>
        <source>Untick to change only the selected page; it then becomes a document of its own.</source>
        <translation>Зніміть позначку, щоб змінити лише вибрану сторінку; тоді вона стане окремим документом.</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="140"/>
        <source>The translation is linked to the selected page and takes its person and type.</source>
        <translation>Переклад прив&apos;язується до вибраної сторінки й отримує її особу та тип.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../case/documents_model.py" line="56"/>
        <source>Document of unknown type</source>
        <translation>Документ невідомого типу</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Pages / file</source>
        <translation>Сторінки / файл</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents_model.py" line="171"/>
        <location filename="../case/documents_model.py" line="194"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="177"/>
        <source>Translation</source>
        <translation>Переклад</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="178"/>
        <source>Page {number}</source>
        <translation>Сторінка {number}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="183"/>
        <source>PDF, {size}</source>
        <translation>PDF, {size}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="185"/>
        <source>Image {width} × {height}</source>
        <translation>Зображення {width} × {height}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="186"/>
        <source>Image</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="193"/>
        <source>{title}: {pages}</source>
        <translation>{title}: {pages}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="198"/>
        <source>Translation into {language} of page {number}</source>
        <translation>Переклад ({language}) сторінки {number}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="199"/>
        <source>an unknown language</source>
        <translation>невідома мова</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="202"/>
        <source>Page {number} of {total}. Enter opens it.</source>
        <translation>Сторінка {number} з {total}. Enter відкриває її.</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="235"/>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="236"/>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../case/documents.py" line="83"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="124"/>
        <source>&amp;Import scan or PDF…</source>
        <translation>&amp;Імпортувати скан або PDF…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="127"/>
        <source>Import scan or PDF (Ctrl+Shift+I)</source>
        <translation>Імпортувати скан або PDF (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="131"/>
        <source>&amp;View</source>
        <translation>&amp;Переглянути</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="131"/>
        <source>View the page (Enter)</source>
        <translation>Переглянути сторінку (Enter)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="133"/>
        <source>Page &amp;up</source>
        <translation>Сторінку &amp;вище</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="133"/>
        <source>Move the page up (Ctrl+Up)</source>
        <translation>Перемістити сторінку вище (Ctrl+Вгору)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="136"/>
        <source>Page do&amp;wn</source>
        <translation>Сторінку &amp;нижче</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="136"/>
        <source>Move the page down (Ctrl+Down)</source>
        <translation>Перемістити сторінку нижче (Ctrl+Вниз)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="139"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Редагувати дані…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="139"/>
        <source>Type, person, language (F2)</source>
        <translation>Тип, особа, мова (F2)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="142"/>
        <source>Attach &amp;translation…</source>
        <translation>Додати пере&amp;клад…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="145"/>
        <source>Attach a translation of the selected page (Ctrl+Shift+T)</source>
        <translation>Додати переклад вибраної сторінки (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="147"/>
        <source>&amp;Remove…</source>
        <translation>В&amp;идалити…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="147"/>
        <source>Remove (Delete)</source>
        <translation>Видалити (Delete)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="185"/>
        <source>No documents in this case yet.
Import scans or PDFs (Ctrl+Shift+I): passports, UNHCR registrations, birth and marriage certificates. Several files become the pages of one document.</source>
        <translation>У цій справі ще немає документів.
Імпортуйте скани або PDF (Ctrl+Shift+I): паспорти, реєстраційні документи УВКБ ООН, свідоцтва про народження та про шлюб. Кілька файлів стають сторінками одного документа.</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="227"/>
        <source>{document}, translation of page {number}</source>
        <translation>{document}, переклад сторінки {number}</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="231"/>
        <source>{document}, page {number} of {total}</source>
        <translation>{document}, сторінка {number} з {total}</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="244"/>
        <source>Import scan or PDF</source>
        <translation>Імпорт скану або PDF</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="246"/>
        <location filename="../case/documents.py" line="366"/>
        <source>Scans and PDF documents ({patterns})</source>
        <translation>Скани та документи PDF ({patterns})</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="283"/>
        <source>%n page(s) imported.</source>
        <translation>
            <numerusform>Імпортовано %n сторінку.</numerusform>
            <numerusform>Імпортовано %n сторінки.</numerusform>
            <numerusform>Імпортовано %n сторінок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="286"/>
        <source>Importing pages…</source>
        <translation>Імпорт сторінок…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="307"/>
        <source>Saving the page order…</source>
        <translation>Збереження порядку сторінок…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="354"/>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="364"/>
        <source>Attach translation</source>
        <translation>Додати переклад</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="396"/>
        <source>Translation attached.</source>
        <translation>Переклад додано.</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="399"/>
        <source>Attaching the translation…</source>
        <translation>Додавання перекладу…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="408"/>
        <source>Remove the whole document “{title}” (%n page(s)) and its translations?</source>
        <translation>
            <numerusform>Видалити весь документ «{title}» (%n сторінка) і його переклади?</numerusform>
            <numerusform>Видалити весь документ «{title}» (%n сторінки) і його переклади?</numerusform>
            <numerusform>Видалити весь документ «{title}» (%n сторінок) і його переклади?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="410"/>
        <source>Remove page {number} of “{title}”? Its translations are removed with it.</source>
        <translation>Видалити сторінку {number} документа «{title}»? Її переклади буде видалено разом із нею.</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="412"/>
        <source>Remove this translation of “{title}”?</source>
        <translation>Видалити цей переклад документа «{title}»?</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="416"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="432"/>
        <source>Removing…</source>
        <translation>Видалення…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="433"/>
        <source>%n file(s) removed.</source>
        <translation>
            <numerusform>Видалено %n файл.</numerusform>
            <numerusform>Видалено %n файли.</numerusform>
            <numerusform>Видалено %n файлів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <location filename="../forms/draw_canvas.py" line="207"/>
        <source>Sign above the line</source>
        <translation>Підпишіться над лінією</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../forms/draw_canvas.py" line="251"/>
        <source>Sign with the mouse, a pen or a finger. Undo (Ctrl+Z) takes back the last stroke.</source>
        <translation>Підпишіться мишею, стилусом або пальцем. «Відмінити» (Ctrl+Z) прибирає останній штрих.</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="253"/>
        <source>Draw with the mouse, a pen or a finger. Undo (Ctrl+Z) takes back the last stroke.</source>
        <translation>Малюйте мишею, стилусом або пальцем. «Відмінити» (Ctrl+Z) прибирає останній штрих.</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="257"/>
        <source>Thin</source>
        <translation>Тонка</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="257"/>
        <source>Medium</source>
        <translation>Середня</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="257"/>
        <source>Thick</source>
        <translation>Товста</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="263"/>
        <source>&amp;Pen:</source>
        <translation>&amp;Лінія:</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="265"/>
        <source>&amp;Undo</source>
        <translation>&amp;Відмінити</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="267"/>
        <source>C&amp;lear</source>
        <translation>&amp;Очистити</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="269"/>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="272"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <location filename="../unlock/enroll_page.py" line="83"/>
        <source>&lt;h3&gt;Enroll with an HQ code&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Реєстрація за кодом штаб-квартири&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="86"/>
        <source>Type or paste the codes HQ gave you. This laptop then gets its encrypted workspace in {path}, is enrolled with HQ and syncs its first cases.</source>
        <translation>Введіть або вставте коди, які надала штаб-квартира. Після цього на ноутбуці буде створено зашифрований робочий простір у {path}, ноутбук буде зареєстровано в штаб-квартирі, і він синхронізує перші справи.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="100"/>
        <source>&amp;Laptop code:</source>
        <translation>Код &amp;ноутбука:</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="102"/>
        <source>One line starting with CR1-, from HQ (circuitride hq enroll-device). It works once.</source>
        <translation>Один рядок, що починається з CR1-, від штаб-квартири (circuitride hq enroll-device). Діє лише один раз.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="109"/>
        <source>CRU1-… (optional)</source>
        <translation>CRU1-… (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="112"/>
        <source>U&amp;ser code:</source>
        <translation>Код &amp;користувача:</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="114"/>
        <source>Your own code from HQ (circuitride hq user add); it fills in your user name.</source>
        <translation>Ваш власний код від штаб-квартири (circuitride hq user add); він заповнює ваше ім&apos;я користувача.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="117"/>
        <source>for example: ana.rojas</source>
        <translation>наприклад: ana.rojas</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="120"/>
        <source>User &amp;name:</source>
        <translation>&amp;Ім&apos;я користувача:</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="123"/>
        <source>You open this laptop with it to do your case work, as an interviewer or in the role HQ gives you. Its administrator account, laptop.admin, opens with the same password (to add users).</source>
        <translation>З ним ви відкриваєте цей ноутбук для роботи зі справами — як інтерв&apos;юер або в ролі, яку призначить штаб-квартира. Обліковий запис адміністратора ноутбука, laptop.admin, відкривається тим самим паролем (щоб додавати користувачів).</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="132"/>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="133"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Зареєструвати</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="134"/>
        <source>&amp;Open the workspace</source>
        <translation>&amp;Відкрити робочий простір</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="162"/>
        <source>HQ: {url}</source>
        <translation>Штаб-квартира: {url}</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="197"/>
        <source>This user code is for {code_user}: use that user name, or leave the code out.</source>
        <translation>Цей код користувача призначено для {code_user}: укажіть це ім&apos;я користувача або не вводьте код.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="288"/>
        <source>Reaching HQ and checking its certificate…</source>
        <translation>Зв&apos;язок зі штаб-квартирою та перевірка її сертифіката…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="289"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Створення зашифрованого робочого простору…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="290"/>
        <source>Enrolling this laptop with HQ…</source>
        <translation>Реєстрація цього ноутбука в штаб-квартирі…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="291"/>
        <source>Enrolling your user with HQ…</source>
        <translation>Реєстрація вашого користувача в штаб-квартирі…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="292"/>
        <source>First sync with HQ…</source>
        <translation>Перша синхронізація зі штаб-квартирою…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="310"/>
        <source>This laptop is enrolled with HQ, but the first sync did not finish: {reason} Open the workspace and sync again from the Sync page.</source>
        <translation>Цей ноутбук зареєстровано в штаб-квартирі, але першу синхронізацію не завершено: {reason} Відкрийте робочий простір і синхронізуйте ще раз на сторінці «Синхронізація».</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="323"/>
        <source>HQ did not accept this laptop code: it was used already, is more than 7 days old, or a character is wrong. Nothing was kept. Ask HQ for a new code (circuitride hq enroll-device) and type it again. ({reason})</source>
        <translation>Штаб-квартира не прийняла цей код ноутбука: його вже використано, він старший за 7 днів або в ньому неправильний символ. Нічого не збережено. Попросіть у штаб-квартири новий код (circuitride hq enroll-device) і введіть його ще раз. ({reason})</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="333"/>
        <source>HQ did not accept this user code: it was used already or a character is wrong. The laptop is enrolled; ask HQ for a new user code (circuitride hq user code NAME), or leave it out and enroll your user later from the Sync page. ({reason})</source>
        <translation>Штаб-квартира не прийняла цей код користувача: його вже використано або в ньому неправильний символ. Ноутбук зареєстровано; попросіть у штаб-квартири новий код користувача (circuitride hq user code NAME) або не вводьте його й зареєструйте свого користувача пізніше на сторінці «Синхронізація». ({reason})</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../case/person_fields.py" line="179"/>
        <source>Nothing to verify yet: this field is empty.</source>
        <translation>Поки нічого перевіряти: це поле порожнє.</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="188"/>
        <source>⚠ Two devices changed this differently · &lt;a href=&apos;#&apos;&gt;Decide…&lt;/a&gt;</source>
        <translation>⚠ Два пристрої змінили це по-різному · &lt;a href=&apos;#&apos;&gt;Вирішити…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="192"/>
        <source>In conflict: decide</source>
        <translation>Конфлікт: вирішити</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <location filename="../files/view.py" line="237"/>
        <location filename="../files/view.py" line="298"/>
        <source>Paper files</source>
        <translation>Теки справ</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="239"/>
        <source>Scan a file label</source>
        <translation>Сканування етикетки теки</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="240"/>
        <source>Scan a label, or type a case number and Enter</source>
        <translation>Відскануйте етикетку або введіть номер справи й натисніть Enter</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="242"/>
        <source>Ctrl+L comes back here; Down goes to the list</source>
        <translation>Ctrl+L повертає сюди; стрілка вниз переходить до списку</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="244"/>
        <source>A&amp;dd scans to the selection</source>
        <translation>&amp;Додавати відскановані до вибраних</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="245"/>
        <source>Scan several labels one after the other to check them out or in together</source>
        <translation>Відскануйте кілька етикеток поспіль, щоб видати або повернути теки разом</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="247"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <source>All files</source>
        <translation>Усі теки</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <location filename="../files/view.py" line="383"/>
        <source>Checked out</source>
        <translation>Видано</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <source>In place</source>
        <translation>На місці</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="255"/>
        <location filename="../files/view.py" line="375"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="257"/>
        <location filename="../files/view.py" line="427"/>
        <source>All sites</source>
        <translation>Усі місця</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="259"/>
        <source>Search files</source>
        <translation>Пошук тек</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="260"/>
        <source>Case, name, holder or place</source>
        <translation>Справа, ім&apos;я, тримач або місце</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="262"/>
        <source>Check &amp;out…</source>
        <translation>&amp;Видати…</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="263"/>
        <source>Check the selected files out to a person (Ctrl+Shift+O)</source>
        <translation>Видати вибрані теки особі (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="264"/>
        <source>Check &amp;in…</source>
        <translation>Пове&amp;рнути…</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="265"/>
        <source>Check the selected files back in (Ctrl+Shift+I)</source>
        <translation>Повернути вибрані теки (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="266"/>
        <source>Op&amp;en case</source>
        <translation>Відкрити спр&amp;аву</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="267"/>
        <source>Open the selected case (Enter in the list, or Ctrl+O)</source>
        <translation>Відкрити вибрану справу (Enter у списку або Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="272"/>
        <source>&amp;Scan:</source>
        <translation>&amp;Сканування:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="280"/>
        <source>S&amp;how:</source>
        <translation>&amp;Показати:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="281"/>
        <source>Si&amp;te:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="282"/>
        <source>Sea&amp;rch:</source>
        <translation>П&amp;ошук:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="362"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="363"/>
        <source>Principal applicant</source>
        <translation>Основний заявник</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="364"/>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="365"/>
        <source>Holder</source>
        <translation>Тримач</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="366"/>
        <source>Since</source>
        <translation>Відколи</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="367"/>
        <source>Due back</source>
        <translation>Повернути до</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="369"/>
        <source>Days overdue</source>
        <translation>Днів прострочення</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="376"/>
        <source>Ride</source>
        <translation>Місія</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="381"/>
        <source>Checked out, overdue</source>
        <translation>Видано, прострочено</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="384"/>
        <source>Not recorded</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="388"/>
        <source>Checked out from {place}</source>
        <translation>Видано з місця: {place}</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="394"/>
        <location filename="../files/view.py" line="582"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n день прострочення</numerusform>
            <numerusform>%n дні прострочення</numerusform>
            <numerusform>%n днів прострочення</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="491"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n тека</numerusform>
            <numerusform>%n теки</numerusform>
            <numerusform>%n тек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="492"/>
        <source>%n checked out</source>
        <translation>
            <numerusform>%n видана</numerusform>
            <numerusform>%n видані</numerusform>
            <numerusform>%n виданих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="493"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n прострочена</numerusform>
            <numerusform>%n прострочені</numerusform>
            <numerusform>%n прострочених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="494"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n вибрана</numerusform>
            <numerusform>%n вибрані</numerusform>
            <numerusform>%n вибраних</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="501"/>
        <source>Reading the files…</source>
        <translation>Читання тек…</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="503"/>
        <source>There are no cases in this workspace yet.</source>
        <translation>У цьому робочому просторі ще немає справ.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="504"/>
        <source>No file matches the filters and the search.</source>
        <translation>Жодна тека не відповідає фільтрам і пошуку.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="554"/>
        <source>No case {case} in this workspace: check the label, or scan it again.</source>
        <translation>У цьому робочому просторі немає справи {case}: перевірте етикетку або відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="574"/>
        <source>Found {case}: {where}.</source>
        <translation>Знайдено {case}: {where}.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="579"/>
        <source>in its place, {place}</source>
        <translation>на своєму місці, {place}</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="579"/>
        <source>not recorded</source>
        <translation>місце не вказано</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="580"/>
        <source>checked out to {holder}</source>
        <translation>видано: {holder}</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="584"/>
        <source>due back {day}</source>
        <translation>повернути до {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="661"/>
        <source>%n file(s) moved</source>
        <translation>
            <numerusform>Переміщено %n теку</numerusform>
            <numerusform>Переміщено %n теки</numerusform>
            <numerusform>Переміщено %n тек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="663"/>
        <source>%n already held by that person: unchanged</source>
        <translation>
            <numerusform>%n тека вже в цієї особи: без змін</numerusform>
            <numerusform>%n теки вже в цієї особи: без змін</numerusform>
            <numerusform>%n тек уже в цієї особи: без змін</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="687"/>
        <source>Nothing was changed:</source>
        <translation>Нічого не змінено:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../cases/filter_bar.py" line="33"/>
        <source>E&amp;xpedited only</source>
        <translation>&amp;Лише прискорені</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="34"/>
        <source>Has open &amp;issues</source>
        <translation>&amp;Є зауваження</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="37"/>
        <source>Cases with a person without a date of birth or with an approximate one not yet verified, without a principal applicant, or whose file location is unknown</source>
        <translation>Справи, де є особа без дати народження або з приблизною, ще не перевіреною датою, немає основного заявника або невідоме місце теки</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="41"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="53"/>
        <source>&amp;Site:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="54"/>
        <source>&amp;Ride:</source>
        <translation>М&amp;ісія:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="55"/>
        <source>S&amp;tage:</source>
        <translation>&amp;Етап:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="56"/>
        <source>&amp;Priority:</source>
        <translation>Пріори&amp;тет:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="57"/>
        <source>Assigned t&amp;o:</source>
        <translation>&amp;Призначено:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="102"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="115"/>
        <source>No ride</source>
        <translation>Без місії</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="117"/>
        <source>Unassigned</source>
        <translation>Нікому</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="119"/>
        <source>Me</source>
        <translation>Мені</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="122"/>
        <source>%1 (inactive)</source>
        <translation>%1 (деактивовано)</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="124"/>
        <source>Anyone</source>
        <translation>Будь-кому</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../reports/findings.py" line="88"/>
        <location filename="../reports/findings.py" line="238"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="90"/>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="93"/>
        <location filename="../reports/findings.py" line="94"/>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="96"/>
        <source>Run &amp;checks</source>
        <translation>Запус&amp;тити перевірки</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="98"/>
        <source>Run every quality check over the workspace; findings that no longer hold are closed</source>
        <translation>Запустити всі перевірки якості в робочому просторі; зауваження, які вже неактуальні, буде закрито</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="100"/>
        <source>&amp;Assign to…</source>
        <translation>Приз&amp;начити…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="101"/>
        <source>Give the selected findings to a member of the team</source>
        <translation>Призначити вибрані зауваження члену групи</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="102"/>
        <source>Re&amp;solve…</source>
        <translation>&amp;Усунути…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="103"/>
        <source>Mark the selected findings fixed, saying how</source>
        <translation>Позначити вибрані зауваження як усунені, вказавши, як саме</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="104"/>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Відхилити…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="105"/>
        <source>Dismiss the selected findings as not a problem, saying why</source>
        <translation>Відхилити вибрані зауваження як безпідставні, вказавши причину</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="106"/>
        <source>Op&amp;en case</source>
        <translation>Відкр&amp;ити справу</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="107"/>
        <source>Open the selected finding&apos;s case (Enter in the list)</source>
        <translation>Відкрити справу вибраного зауваження (Enter у списку)</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="114"/>
        <source>S&amp;tatus:</source>
        <translation>Стату&amp;с:</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="115"/>
        <source>C&amp;heck:</source>
        <translation>Перевір&amp;ка:</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="116"/>
        <source>Ca&amp;se:</source>
        <translation>Спр&amp;ава:</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="138"/>
        <source>Quality findings</source>
        <translation>Зауваження контролю якості</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="171"/>
        <source>Still to fix (open or assigned)</source>
        <translation>Ще не усунуті (відкриті або призначені)</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="172"/>
        <source>Every status</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="175"/>
        <source>Every check</source>
        <translation>Усі перевірки</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="210"/>
        <source>Severity</source>
        <translation>Серйозність</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="217"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="224"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="231"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="245"/>
        <source>Assigned to</source>
        <translation>Призначено</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="251"/>
        <source>Found</source>
        <translation>Виявлено</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="257"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="267"/>
        <source>Possibly the same person as one in case {case}</source>
        <translation>Можливо, та сама особа, що й у справі {case}</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="272"/>
        <source>Fixed: {note}</source>
        <translation>Усунуто: {note}</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="274"/>
        <source>Dismissed: {note}</source>
        <translation>Відхилено: {note}</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="348"/>
        <source>Reading the quality findings…</source>
        <translation>Читання зауважень контролю якості…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="351"/>
        <source>No quality findings yet. Run the checks to look for problems in every case.</source>
        <translation>Зауважень контролю якості ще немає. Запустіть перевірки, щоб знайти проблеми в усіх справах.</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="352"/>
        <source>No quality findings yet. A team lead runs the checks.</source>
        <translation>Зауважень контролю якості ще немає. Перевірки запускає керівник групи.</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="353"/>
        <source>No finding matches the filters.</source>
        <translation>Жодне зауваження не відповідає фільтрам.</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="365"/>
        <source>%n finding(s) shown</source>
        <translation>
            <numerusform>Показано %n зауваження</numerusform>
            <numerusform>Показано %n зауваження</numerusform>
            <numerusform>Показано %n зауважень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="366"/>
        <source>%n still to fix</source>
        <translation>
            <numerusform>%n ще не усунуте</numerusform>
            <numerusform>%n ще не усунуті</numerusform>
            <numerusform>%n ще не усунутих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="367"/>
        <source>%n of high severity</source>
        <translation>
            <numerusform>%n високої серйозності</numerusform>
            <numerusform>%n високої серйозності</numerusform>
            <numerusform>%n високої серйозності</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="368"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n вибране</numerusform>
            <numerusform>%n вибрані</numerusform>
            <numerusform>%n вибраних</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="414"/>
        <source>Mark the selected findings fixed, saying how (those assigned to you)</source>
        <translation>Позначити вибрані зауваження як усунені, вказавши, як саме (лише ті, що призначені вам)</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="447"/>
        <source>Running the quality checks over every case…</source>
        <translation>Виконання перевірок якості для всіх справ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="467"/>
        <source>Checks done: %n finding(s) hold now.</source>
        <translation>
            <numerusform>Перевірки завершено: зараз актуальне %n зауваження.</numerusform>
            <numerusform>Перевірки завершено: зараз актуальні %n зауваження.</numerusform>
            <numerusform>Перевірки завершено: зараз актуальних %n зауважень.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="468"/>
        <source>%n new.</source>
        <translation>
            <numerusform>%n нове.</numerusform>
            <numerusform>%n нові.</numerusform>
            <numerusform>%n нових.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="469"/>
        <source>%n closed because the problem is gone.</source>
        <translation>
            <numerusform>%n закрито, бо проблему вже усунено.</numerusform>
            <numerusform>%n закрито, бо проблеми вже усунено.</numerusform>
            <numerusform>%n закрито, бо проблеми вже усунено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="471"/>
        <source>%n opened again.</source>
        <translation>
            <numerusform>%n відкрито повторно.</numerusform>
            <numerusform>%n відкрито повторно.</numerusform>
            <numerusform>%n відкрито повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="475"/>
        <source>%n submitted form(s) could not be checked: their form is not installed.</source>
        <translation>
            <numerusform>Не вдалося перевірити %n подану форму: відповідну форму не встановлено.</numerusform>
            <numerusform>Не вдалося перевірити %n подані форми: відповідну форму не встановлено.</numerusform>
            <numerusform>Не вдалося перевірити %n поданих форм: відповідну форму не встановлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="489"/>
        <source>Assigned %n finding(s) to {user}.</source>
        <translation>
            <numerusform>Користувачу {user} призначено %n зауваження.</numerusform>
            <numerusform>Користувачу {user} призначено %n зауваження.</numerusform>
            <numerusform>Користувачу {user} призначено %n зауважень.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="497"/>
        <source>Marked %n finding(s) fixed.</source>
        <translation>
            <numerusform>%n зауваження позначено як усунене.</numerusform>
            <numerusform>%n зауваження позначено як усунені.</numerusform>
            <numerusform>%n зауважень позначено як усунені.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="504"/>
        <source>Dismissed %n finding(s).</source>
        <translation>
            <numerusform>Відхилено %n зауваження.</numerusform>
            <numerusform>Відхилено %n зауваження.</numerusform>
            <numerusform>Відхилено %n зауважень.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="517"/>
        <source>%n not changed: {reasons}</source>
        <translation>
            <numerusform>%n не змінено: {reasons}</numerusform>
            <numerusform>%n не змінено: {reasons}</numerusform>
            <numerusform>%n не змінено: {reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../unlock/first_run.py" line="63"/>
        <source>Welcome to Circuit Ride</source>
        <translation>Ласкаво просимо до Circuit Ride</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="68"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="76"/>
        <source>&amp;Create a workspace</source>
        <translation>&amp;Створити робочий простір</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="78"/>
        <source>Start with an empty encrypted workspace for your own cases. Choose a password; HQ&apos;s recovery key is optional but recommended.</source>
        <translation>Почніть із порожнього зашифрованого робочого простору для власних справ. Оберіть пароль; ключ відновлення штаб-квартири необов&apos;язковий, але рекомендований.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="83"/>
        <source>&amp;Restore a backup</source>
        <translation>Відновити з &amp;резервної копії</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="84"/>
        <source>Bring back a workspace from a backup folder, with the password it was made with.</source>
        <translation>Поверніть робочий простір із теки резервної копії, увівши пароль, з яким її створено.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="87"/>
        <source>&amp;Enroll with an HQ code</source>
        <translation>&amp;Зареєструватися за кодом штаб-квартири</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="88"/>
        <source>HQ gave you a code: set up this laptop, connect it to HQ and receive your cases in one go.</source>
        <translation>Штаб-квартира надала вам код: налаштуйте цей ноутбук, під&apos;єднайте його до штаб-квартири й отримайте свої справи за один раз.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="91"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Відкрити &amp;демопростір</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="93"/>
        <source>Look around with synthetic people only: invented families, photos and scans. Nothing real, nothing to lose.</source>
        <translation>Ознайомтеся з програмою на вигаданих людях: вигадані сім&apos;ї, фото і скани. Нічого справжнього, нічого втрачати.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="97"/>
        <source>&lt;h2&gt;Welcome to Circuit Ride&lt;/h2&gt;&lt;p&gt;There is no workspace in this data folder yet:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ласкаво просимо до Circuit Ride&lt;/h2&gt;&lt;p&gt;У цій теці даних ще немає робочого простору:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../forms/session.py" line="93"/>
        <source>The workspace is locked: unlock it and attach the file again.</source>
        <translation>Робочий простір заблоковано: розблокуйте його й додайте файл ще раз.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="310"/>
        <source>%1 — case %2</source>
        <translation>%1 — справа %2</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="333"/>
        <source>Form &amp;audit…</source>
        <translation>&amp;Аудит форми…</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="335"/>
        <source>How this form was filled: time on each question, answers changed and why</source>
        <translation>Як заповнювали цю форму: час на кожне запитання, змінені відповіді та причини змін</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="340"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="344"/>
        <source>Save draft and c&amp;lose</source>
        <translation>Зберегти чернетку й &amp;закрити</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="345"/>
        <source>Keep the answers on this laptop and finish later</source>
        <translation>Зберегти відповіді на цьому ноутбуці й завершити пізніше</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="348"/>
        <source>&amp;Submit</source>
        <translation>&amp;Подати</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="348"/>
        <source>Save &amp;amendment…</source>
        <translation>Зберегти &amp;виправлення…</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="352"/>
        <source>Check every answer and lock the form (Ctrl+Enter)</source>
        <translation>Перевірити всі відповіді й заблокувати форму (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="505"/>
        <source>Draft saved on this laptop.</source>
        <translation>Чернетку збережено на цьому ноутбуці.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="558"/>
        <source>Some answers need attention before the form can be submitted: see the marked questions.</source>
        <translation>Деякі відповіді потребують уваги, перш ніж форму можна буде подати: перегляньте позначені запитання.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="564"/>
        <source>Amend a submitted form</source>
        <translation>Виправлення поданої форми</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="564"/>
        <source>Why is this submitted form being changed?</source>
        <translation>Чому до цієї поданої форми вносяться зміни?</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="569"/>
        <source>An amendment needs a reason.</source>
        <translation>Для виправлення потрібно вказати причину.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="577"/>
        <source>Changes to a saved form</source>
        <translation>Зміни в збереженій формі</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="578"/>
        <source>This form was saved before and answers were changed. Why were they changed?</source>
        <translation>Цю форму вже зберігали раніше, і відповіді в ній змінено. Чому їх змінили?</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="583"/>
        <source>Say why the answers were changed, then submit again.</source>
        <translation>Вкажіть, чому змінено відповіді, і подайте форму ще раз.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="613"/>
        <source>Form submitted and locked.</source>
        <translation>Форму подано й заблоковано.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="613"/>
        <source>Amendment saved.</source>
        <translation>Виправлення збережено.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../forms/renderer.py" line="174"/>
        <source>Default</source>
        <translation>За замовчуванням</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="176"/>
        <source>The language the questions are read out in; the program keeps its own</source>
        <translation>Мова, якою зачитують запитання; мова програми не змінюється</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="177"/>
        <source>Form lan&amp;guage:</source>
        <translation>&amp;Мова форми:</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="191"/>
        <source>This form has no questions.</source>
        <translation>Ця форма не містить запитань.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="194"/>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="195"/>
        <source>Go to the previous page (Page Up, Alt+Left)</source>
        <translation>Перейти на попередню сторінку (Page Up, Alt+стрілка вліво)</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="196"/>
        <source>&amp;Next</source>
        <translation>&amp;Далі</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="197"/>
        <source>Go to the next page (Page Down, Alt+Right)</source>
        <translation>Перейти на наступну сторінку (Page Down, Alt+стрілка вправо)</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="368"/>
        <source>Nothing to answer on this page with the answers given so far.</source>
        <translation>З огляду на надані відповіді, на цій сторінці немає запитань.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="433"/>
        <source>These are the persons on the case. To add or remove someone, change the household on the case screen.</source>
        <translation>Це особи у справі. Щоб додати або видалити когось, змініть склад сім&apos;ї на екрані справи.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="473"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="475"/>
        <source>Remove this entry and its answers</source>
        <translation>Видалити цей запис і його відповіді</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="669"/>
        <source>No entries yet. Use “Add {label}” to add one.</source>
        <translation>Записів ще немає. Щоб додати запис, натисніть «Додати: {label}».</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="672"/>
        <source>Add {label}</source>
        <translation>Додати: {label}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="676"/>
        <source>The form takes no further “{label}” now: its condition for another entry is not met.</source>
        <translation>Форма зараз не приймає більше «{label}»: умову для ще одного запису не виконано.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="679"/>
        <source>Add another entry at the end</source>
        <translation>Додати ще один запис у кінці</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="747"/>
        <source>This answer is not allowed.</source>
        <translation>Ця відповідь неприпустима.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="748"/>
        <source>This question needs an answer.</source>
        <translation>На це запитання потрібно відповісти.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="774"/>
        <source>{label} {number}</source>
        <translation>{label} {number}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="776"/>
        <source>Entry {number}</source>
        <translation>Запис {number}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="781"/>
        <source>Remove {title}</source>
        <translation>Видалити: {title}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="838"/>
        <source>Choose a value on the scale, or clear the answer.</source>
        <translation>Виберіть значення на шкалі або очистіть відповідь.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="842"/>
        <source>Enter a whole number, for example 12.</source>
        <translation>Введіть ціле число, наприклад 12.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="843"/>
        <source>Enter a number, for example 72.5.</source>
        <translation>Введіть число, наприклад 72,5.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="844"/>
        <source>Enter a real date as year-month-day, for example 2024-03-31.</source>
        <translation>Введіть дійсну дату у форматі рік-місяць-день, наприклад 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="845"/>
        <source>Enter a time as hours:minutes, for example 14:30.</source>
        <translation>Введіть час у форматі години:хвилини, наприклад 14:30.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="846"/>
        <source>Enter a date and time, for example 2024-03-31 14:30.</source>
        <translation>Введіть дату й час, наприклад 2024-03-31 14:30.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="847"/>
        <source>Enter a location as latitude, longitude, for example -1.2921, 36.8219.</source>
        <translation>Введіть місцезнаходження у форматі широта, довгота, наприклад -1.2921, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="848"/>
        <source>A line needs at least two points, each as latitude, longitude.</source>
        <translation>Для лінії потрібні щонайменше дві точки, кожна у форматі широта, довгота.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="849"/>
        <source>A shape needs at least three corners, each as latitude, longitude.</source>
        <translation>Для фігури потрібні щонайменше три кути, кожен у форматі широта, довгота.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="881"/>
        <source>Remove entry</source>
        <translation>Видалити запис</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="882"/>
        <source>Remove “{title}” and all its answers?</source>
        <translation>Видалити «{title}» разом з усіма відповідями?</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="928"/>
        <source>Choose which one to show; Next and Previous (Page Down, Page Up) go through them in order</source>
        <translation>Виберіть, кого чи що показати; «Далі» і «Назад» (Page Down, Page Up) проходять їх по черзі</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1046"/>
        <source>&amp;Members</source>
        <translation>&amp;Особи</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1046"/>
        <source>&amp;Entries</source>
        <translation>Зап&amp;иси</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1049"/>
        <source>complete</source>
        <translation>заповнено</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1050"/>
        <source>needs attention</source>
        <translation>потребує уваги</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1051"/>
        <source>not finished</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1202"/>
        <source>Page {n} of {total}: {title}</source>
        <translation>Сторінка {n} з {total}: {title}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1206"/>
        <source>Page {n} of {total}: {title} — member {k} of {count}</source>
        <translation>Сторінка {n} з {total}: {title} — особа {k} з {count}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1208"/>
        <source>Page {n} of {total}: {title} — entry {k} of {count}</source>
        <translation>Сторінка {n} з {total}: {title} — запис {k} з {count}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1221"/>
        <source>More questions</source>
        <translation>Інші запитання</translation>
    </message>
</context>
<context>
    <name>GeoPointQuestion</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <source>Altitude (m)</source>
        <translation>Висота (м)</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <source>Accuracy (m)</source>
        <translation>Точність (м)</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="148"/>
        <source>Use my location</source>
        <translation>Моє місцезнаходження</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="154"/>
        <source>No location service is available on this computer: type or paste the coordinates.</source>
        <translation>На цьому комп&apos;ютері немає служби визначення місцезнаходження: введіть або вставте координати.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="157"/>
        <source>Fill in the position this computer reports</source>
        <translation>Заповнити місцезнаходження, яке визначив цей комп&apos;ютер</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="158"/>
        <source>Clear location</source>
        <translation>Очистити координати</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="196"/>
        <source>Position taken from the map.</source>
        <translation>Місцезнаходження взято з карти.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="208"/>
        <source>This is not a location. Paste “latitude, longitude”, for example -1.2921, 36.8219.</source>
        <translation>Це не координати. Вставте «широта, довгота», наприклад -1.2921, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Altitude</source>
        <translation>Висота</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Accuracy</source>
        <translation>Точність</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="233"/>
        <source>{name} must be a number, for example 36.8219.</source>
        <translation>{name}: потрібне число, наприклад 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="236"/>
        <source>Enter both latitude and longitude, or clear the location.</source>
        <translation>Введіть і широту, і довготу або очистіть координати.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="239"/>
        <source>Latitude must be between -90 and 90 (south is negative).</source>
        <translation>Широта має бути від -90 до 90 (південна — зі знаком мінус).</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="241"/>
        <source>Longitude must be between -180 and 180 (west is negative).</source>
        <translation>Довгота має бути від -180 до 180 (західна — зі знаком мінус).</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="243"/>
        <source>Accuracy cannot be negative: enter metres, or leave it blank.</source>
        <translation>Точність не може бути від&apos;ємною: введіть метри або залиште поле порожнім.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="318"/>
        <source>No location service is available: type or paste the coordinates.</source>
        <translation>Служба визначення місцезнаходження недоступна: введіть або вставте координати.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="323"/>
        <source>Finding the position…</source>
        <translation>Визначення місцезнаходження…</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="336"/>
        <source>Position filled in from this computer.</source>
        <translation>Місцезнаходження заповнено за даними цього комп&apos;ютера.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="340"/>
        <source>The position could not be found. Type or paste the coordinates instead.</source>
        <translation>Не вдалося визначити місцезнаходження. Введіть або вставте координати вручну.</translation>
    </message>
</context>
<context>
    <name>GeoPointsQuestion</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="419"/>
        <source>Corners</source>
        <translation>Кути</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="419"/>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="428"/>
        <source>latitude, longitude</source>
        <translation>широта, довгота</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="429"/>
        <source>New point: latitude, longitude</source>
        <translation>Нова точка: широта, довгота</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="432"/>
        <source>Add point</source>
        <translation>Додати точку</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="433"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="434"/>
        <source>Move up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="435"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="436"/>
        <source>Clear all</source>
        <translation>Очистити все</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="498"/>
        <source>Line {line} is not a location: write “latitude, longitude”, for example -1.2921, 36.8219.</source>
        <translation>Рядок {line} — не координати: напишіть «широта, довгота», наприклад -1.2921, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="546"/>
        <source>A shape needs at least three corners: {missing} more to add.</source>
        <translation>Для фігури потрібні щонайменше три кути: додайте ще {missing}.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="548"/>
        <source>A line needs at least two points: add one more.</source>
        <translation>Для лінії потрібні щонайменше дві точки: додайте ще одну.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="574"/>
        <source>Corners: {count}. The shape closes back to the first corner.</source>
        <translation>Кутів: {count}. Фігура замикається на першому куті.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="576"/>
        <source>Points: {count}.</source>
        <translation>Точок: {count}.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../services/history.py" line="47"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="48"/>
        <source>family name</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="49"/>
        <source>given names</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="50"/>
        <source>native-script family name</source>
        <translation>прізвище (в оригіналі)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="51"/>
        <source>native-script given names</source>
        <translation>ім&apos;я (в оригіналі)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="52"/>
        <source>aliases</source>
        <translation>інші імена</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="53"/>
        <source>date of birth</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="54"/>
        <source>precision of the date of birth</source>
        <translation>точність дати народження</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="55"/>
        <source>sex</source>
        <translation>стать</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="56"/>
        <source>nationality</source>
        <translation>громадянство</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="57"/>
        <source>country of birth</source>
        <translation>країна народження</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="58"/>
        <source>place of birth</source>
        <translation>місце народження</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="59"/>
        <source>languages</source>
        <translation>мови</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="60"/>
        <source>marital status</source>
        <translation>сімейний стан</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="61"/>
        <source>relationship to the principal applicant</source>
        <translation>родинний зв&apos;язок з основним заявником</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="62"/>
        <source>documents held</source>
        <translation>наявні документи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="65"/>
        <source>case number</source>
        <translation>номер справи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="66"/>
        <source>UNHCR id</source>
        <translation>ID УВКБ ООН</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="67"/>
        <source>priority</source>
        <translation>пріоритет</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="68"/>
        <source>stage</source>
        <translation>етап</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="69"/>
        <source>site</source>
        <translation>місце</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="70"/>
        <source>expedited</source>
        <translation>прискорений розгляд</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="71"/>
        <source>reason for expediting</source>
        <translation>причина прискорення</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="72"/>
        <source>US ties</source>
        <translation>зв&apos;язки у США</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="73"/>
        <source>resettlement preferences</source>
        <translation>побажання щодо переселення</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="74"/>
        <source>security check status</source>
        <translation>статус перевірки безпеки</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="75"/>
        <source>medical status</source>
        <translation>статус медогляду</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="76"/>
        <source>file location</source>
        <translation>місце теки справи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="77"/>
        <source>file holder</source>
        <translation>тримач теки справи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="78"/>
        <source>file held since</source>
        <translation>тека справи у тримача з</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="79"/>
        <source>file due back</source>
        <translation>термін повернення теки справи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="80"/>
        <source>file&apos;s home location</source>
        <translation>постійне місце теки справи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="81"/>
        <source>flags</source>
        <translation>позначки</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="84"/>
        <source>principal applicant</source>
        <translation>основний заявник</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="85"/>
        <source>spouse</source>
        <translation>чоловік / дружина</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="86"/>
        <source>child</source>
        <translation>дитина</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="87"/>
        <source>other dependent</source>
        <translation>інший утриманець</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="88"/>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="89"/>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="90"/>
        <source>unspecified (X)</source>
        <translation>не вказано (X)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="91"/>
        <source>exact</source>
        <translation>точна</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="92"/>
        <source>year and month</source>
        <translation>рік і місяць</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="93"/>
        <source>year only</source>
        <translation>лише рік</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="94"/>
        <source>estimated</source>
        <translation>приблизна</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="95"/>
        <source>single</source>
        <translation>неодружений / неодружена</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="96"/>
        <source>married</source>
        <translation>одружений / заміжня</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="97"/>
        <source>widowed</source>
        <translation>вдівець / вдова</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="98"/>
        <source>divorced</source>
        <translation>розлучений / розлучена</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="99"/>
        <source>separated</source>
        <translation>живе окремо</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="100"/>
        <source>not started</source>
        <translation>не розпочато</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="101"/>
        <source>pending</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="102"/>
        <source>cleared</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="103"/>
        <source>hit</source>
        <translation>збіг</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="104"/>
        <source>expired</source>
        <translation>термін минув</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="105"/>
        <source>scheduled</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="106"/>
        <source>deferred</source>
        <translation>відкладено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="107"/>
        <source>pre-screening</source>
        <translation>попередня оцінка</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="108"/>
        <source>interview scheduled</source>
        <translation>співбесіду призначено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="109"/>
        <source>interviewed</source>
        <translation>співбесіду проведено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="110"/>
        <source>adjudicated</source>
        <translation>рішення ухвалено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="111"/>
        <source>approved</source>
        <translation>схвалено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="112"/>
        <source>denied</source>
        <translation>відмовлено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="113"/>
        <source>on hold</source>
        <translation>призупинено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="114"/>
        <source>medical</source>
        <translation>медогляд</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="115"/>
        <location filename="../../services/history.py" line="151"/>
        <source>cultural orientation</source>
        <translation>культурна орієнтація</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="116"/>
        <source>ready for departure</source>
        <translation>готово до виїзду</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="117"/>
        <source>departed</source>
        <translation>виїхали</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="118"/>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="133"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="134"/>
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="135"/>
        <source>signature</source>
        <translation>підпис</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="136"/>
        <source>translation</source>
        <translation>переклад</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="137"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="140"/>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="141"/>
        <source>UNHCR registration</source>
        <translation>реєстрація в УВКБ ООН</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="142"/>
        <source>birth certificate</source>
        <translation>свідоцтво про народження</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="143"/>
        <source>marriage certificate</source>
        <translation>свідоцтво про шлюб</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="144"/>
        <source>national id</source>
        <translation>посвідчення особи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="145"/>
        <source>other document</source>
        <translation>інший документ</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="148"/>
        <source>interview</source>
        <translation>співбесіда</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="149"/>
        <source>medical appointment</source>
        <translation>медогляд</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="150"/>
        <source>fingerprints appointment</source>
        <translation>зняття відбитків пальців</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="152"/>
        <source>adjudication interview</source>
        <translation>співбесіда для ухвалення рішення</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="153"/>
        <source>appointment</source>
        <translation>зустріч</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="157"/>
        <source>recorded that {officer} recommended approval ({date})</source>
        <translation>записав(-ла), що {officer} рекомендує схвалення ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="158"/>
        <source>recorded that {officer} recommended denial ({date})</source>
        <translation>записав(-ла), що {officer} рекомендує відмову ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="159"/>
        <source>recorded that {officer} put the case on hold ({date})</source>
        <translation>записав(-ла), що {officer} призупиняє справу ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="160"/>
        <source>recorded that {officer} requested further evidence ({date})</source>
        <translation>записав(-ла), що {officer} запитує додаткові докази ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="163"/>
        <source>recorded the fingerprint check as cleared ({date})</source>
        <translation>записав(-ла) перевірку відбитків пальців як успішну ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="164"/>
        <source>recorded the fingerprint check as pending ({date})</source>
        <translation>записав(-ла) перевірку відбитків пальців як незавершену ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="165"/>
        <source>recorded a hit in the fingerprint check ({date})</source>
        <translation>записав(-ла) збіг під час перевірки відбитків пальців ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="166"/>
        <source>recorded that the fingerprints must be taken again ({date})</source>
        <translation>записав(-ла), що відбитки пальців треба зняти повторно ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="169"/>
        <source>recorded the medical clearance ({date})</source>
        <translation>записав(-ла) медичний допуск ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="170"/>
        <source>recorded that the medical clearance was deferred ({date})</source>
        <translation>записав(-ла), що медичний допуск відкладено ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="173"/>
        <source>an appointment notice</source>
        <translation>повідомлення про зустріч</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="174"/>
        <source>a briefing notice</source>
        <translation>повідомлення про інструктаж</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="175"/>
        <source>a result notice</source>
        <translation>повідомлення про результат</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="180"/>
        <source>an interview</source>
        <translation>співбесіда</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="181"/>
        <source>a form</source>
        <translation>форма</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="182"/>
        <source>an adjudication result</source>
        <translation>результат розгляду</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="187"/>
        <source>an attachment</source>
        <translation>вкладення</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="188"/>
        <source>an appointment</source>
        <translation>запис на прийом</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="189"/>
        <source>a notice</source>
        <translation>повідомлення</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="190"/>
        <source>a stage change</source>
        <translation>зміна етапу</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="191"/>
        <source>a quality finding</source>
        <translation>зауваження перевірки якості</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="192"/>
        <source>a file movement</source>
        <translation>переміщення справи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="193"/>
        <source>a note</source>
        <translation>нотатка</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="219"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="221"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="221"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="232"/>
        <source>a person no longer in the case</source>
        <translation>особа, якої вже немає у справі</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="233"/>
        <source>a person without a name</source>
        <translation>особа без імені</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="251"/>
        <source>added {what}</source>
        <translation>додано: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="252"/>
        <source>changed {what}</source>
        <translation>змінено: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="253"/>
        <source>removed {what}</source>
        <translation>видалено: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="257"/>
        <source>{action} ({what})</source>
        <translation>{action} ({what})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="264"/>
        <source>received the case from HQ</source>
        <translation>отримано справу зі штаб-квартири</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="272"/>
        <source>the case</source>
        <translation>справа</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="279"/>
        <source>received {what} from HQ</source>
        <translation>отримано зі штаб-квартири: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="282"/>
        <source>received changes to {fields} from HQ</source>
        <translation>отримано зі штаб-квартири зміни: {fields}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="285"/>
        <source>received changes to {fields} of {person} from HQ</source>
        <translation>отримано зі штаб-квартири зміни: {person}, {fields}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="288"/>
        <source>received a change to {what} from HQ</source>
        <translation>отримано зі штаб-квартири зміну: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="293"/>
        <source>received more changes from HQ (records: {count})</source>
        <translation>отримано зі штаб-квартири інші зміни (записи: {count})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="307"/>
        <source>set {field} to {new}</source>
        <translation>{field}: указано {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="309"/>
        <source>cleared {field} (was {old})</source>
        <translation>{field}: значення видалено (було {old})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="310"/>
        <source>changed {field} from {old} to {new}</source>
        <translation>{field}: змінено ({old} → {new})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="312"/>
        <source>set {field} of {person} to {new}</source>
        <translation>{person}, {field}: указано {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="315"/>
        <source>cleared {field} of {person} (was {old})</source>
        <translation>{person}, {field}: значення видалено (було {old})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="318"/>
        <source>changed {field} of {person} from {old} to {new}</source>
        <translation>{person}, {field}: змінено ({old} → {new})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="334"/>
        <source>verified {field} of {person} against {document}</source>
        <translation>{person}, {field}: звірено з документом ({document})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="343"/>
        <source>the verification of {field} of {person} was cleared: the value changed</source>
        <translation>{person}, {field}: позначку перевірки знято, бо значення змінилося</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="345"/>
        <source>withdrew the verification of {field} of {person}</source>
        <translation>{person}, {field}: перевірку відкликано</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="352"/>
        <source>created the case</source>
        <translation>справу створено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="354"/>
        <source>deleted the case</source>
        <translation>справу видалено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="366"/>
        <source>changed the circuit ride</source>
        <translation>змінено виїзну місію</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="368"/>
        <source>changed the case photo</source>
        <translation>змінено фото справи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="370"/>
        <source>assigned the case to {user}</source>
        <translation>справу призначено: {user}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="373"/>
        <source>took the case off {user}&apos;s work</source>
        <translation>скасовано призначення справи: {user}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="389"/>
        <source>added {person} ({role})</source>
        <translation>додано особу: {person} ({role})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="394"/>
        <source>added {person}</source>
        <translation>додано особу: {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="396"/>
        <source>removed {person} from the case</source>
        <translation>зі справи вилучено особу: {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="400"/>
        <source>was warned that {person} may be recorded already (a likely match)</source>
        <translation>отримав попередження, що {person}, можливо, вже зареєстровано (ймовірний збіг)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="412"/>
        <source>set the profile photo of {person}</source>
        <translation>{person}: встановлено фото профілю</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="414"/>
        <source>removed the profile photo of {person}</source>
        <translation>{person}: фото профілю прибрано</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="427"/>
        <source>attached a file (since removed)</source>
        <translation>додано файл (згодом видалений)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="428"/>
        <source>removed an attachment</source>
        <translation>видалено вкладення</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="429"/>
        <source>changed an attachment</source>
        <translation>змінено вкладення</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="434"/>
        <source>{kind} ({document})</source>
        <translation>{kind} ({document})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="442"/>
        <source>attached a {kind} of {person}</source>
        <translation>додано {kind}: {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="447"/>
        <source>attached a {kind}</source>
        <translation>додано: {kind}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="449"/>
        <source>removed a {kind}</source>
        <translation>видалено: {kind}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="450"/>
        <source>changed the details of a {kind}</source>
        <translation>змінено дані: {kind}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="455"/>
        <source>changed a record of the file&apos;s movements</source>
        <translation>змінено запис про переміщення теки справи</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="459"/>
        <source>checked the file out to {holder} (due {due})</source>
        <translation>видав(-ла) теку справи: {holder} (повернути до {due})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="465"/>
        <source>checked the file out to {holder}</source>
        <translation>видав(-ла) теку справи: {holder}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="469"/>
        <source>checked the file in to {location}</source>
        <translation>повернув(-ла) теку справи: {location}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="472"/>
        <source>moved the file from {old} to {new}</source>
        <translation>теку справи переміщено: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="475"/>
        <source>moved the file to {new}</source>
        <translation>теку справи переміщено → {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="478"/>
        <source>{text} ({reason})</source>
        <translation>{text} ({reason})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="489"/>
        <source>added a restricted note</source>
        <translation>додано нотатку з обмеженим доступом</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="490"/>
        <source>added a medical note</source>
        <translation>додано медичну нотатку</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="491"/>
        <source>added a note</source>
        <translation>додано нотатку</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="494"/>
        <source>deleted a note</source>
        <translation>видалено нотатку</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="495"/>
        <source>edited a note</source>
        <translation>змінено нотатку</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="500"/>
        <source>changed an appointment (since removed)</source>
        <translation>змінено зустріч (згодом видалену)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="504"/>
        <source>scheduled {what} for {when}</source>
        <translation>призначено зустріч ({what}) на {when}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="509"/>
        <source>marked the {what} of {when} as {status}</source>
        <translation>зустріч ({what}) {when}: позначено як «{status}»</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="515"/>
        <source>changed the {what} of {when}</source>
        <translation>змінено зустріч ({what}) {when}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="521"/>
        <source>changed the record of an officer&apos;s result</source>
        <translation>змінив(-ла) запис про результат співробітника</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="527"/>
        <source>changed the record of a notice</source>
        <translation>змінено запис про повідомлення</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="530"/>
        <source>put the family on the SMS and call list for {what} ({language})</source>
        <translation>сім&apos;ю внесено до списку SMS і дзвінків: {what} ({language})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="532"/>
        <source>issued {what} to the family ({language})</source>
        <translation>сім&apos;ї видано {what} ({language})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../case/history.py" line="34"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../case/history.py" line="35"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../case/history.py" line="36"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../case/history.py" line="57"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../case/history.py" line="62"/>
        <source>Every change to this case, newest first. Times are this laptop&apos;s local time.</source>
        <translation>Усі зміни в цій справі, спочатку найновіші. Час указано за місцевим часом цього ноутбука.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <location filename="../case/household.py" line="31"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="39"/>
        <source>Native script</source>
        <translation>В оригіналі</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="40"/>
        <source>Relationship</source>
        <translation>Родинний зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="41"/>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="42"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="44"/>
        <source>Verified</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="85"/>
        <source>Born {dob} ({precision})</source>
        <translation>Дата народження: {dob} ({precision})</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="34"/>
        <source>Has unsaved changes kept as a draft</source>
        <translation>Є незбережені зміни (зберігаються як чернетка)</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="46"/>
        <source>Fields checked against a document, of the fields filled in</source>
        <translation>Поля, звірені з документом, із заповнених полів</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <location filename="../case/household.py" line="132"/>
        <source>Add pe&amp;rson…</source>
        <translation>Додати &amp;особу…</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="133"/>
        <source>Add a family member to this case</source>
        <translation>Додати члена сім&apos;ї до цієї справи</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="143"/>
        <source>Household</source>
        <translation>Склад сім&apos;ї</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/household.py" line="169"/>
        <source>%n person(s) in the household</source>
        <translation>
            <numerusform>У складі сім&apos;ї %n особа</numerusform>
            <numerusform>У складі сім&apos;ї %n особи</numerusform>
            <numerusform>У складі сім&apos;ї %n осіб</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../case/media_viewer.py" line="69"/>
        <source>Image</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="74"/>
        <source>Zoom &amp;out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="76"/>
        <source>Zoom &amp;in</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="78"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Вмістити у вікно</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="79"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Реальний розмір</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="146"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <location filename="../schedule/interpreters.py" line="71"/>
        <source>Edit interpreter</source>
        <translation>Редагувати дані перекладача</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="71"/>
        <source>Add interpreter</source>
        <translation>Додати перекладача</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="76"/>
        <source>ti:native, am:working, en</source>
        <translation>ti:native, am:working, en</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="78"/>
        <source>Language codes, each with an optional level after a colon: native, fluent, working, basic.</source>
        <translation>Коди мов, кожен із необов&apos;язковим рівнем після двокрапки: native (рідна), fluent (вільне володіння), working (робочий рівень), basic (базовий рівень).</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="81"/>
        <source>Sites, separated by commas (empty: any site)</source>
        <translation>Місця через кому (порожньо: будь-яке місце)</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ім&apos;я:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="85"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="86"/>
        <source>&amp;Sites:</source>
        <translation>Міс&amp;ця:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="87"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="88"/>
        <source>&amp;Availability:</source>
        <translation>&amp;Доступність:</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <location filename="../schedule/interpreters.py" line="146"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="147"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="148"/>
        <source>Sites</source>
        <translation>Місця</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="148"/>
        <source>any</source>
        <translation>будь-яке</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="149"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="150"/>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="150"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="150"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="151"/>
        <source>Away</source>
        <translation>Відсутність</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="154"/>
        <source>Interpreters</source>
        <translation>Перекладачі</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="162"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="163"/>
        <source>&amp;Edit…</source>
        <translation>Р&amp;едагувати…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="164"/>
        <source>Mark a&amp;way…</source>
        <translation>Позначити &amp;відсутність…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="165"/>
        <location filename="../schedule/interpreters.py" line="242"/>
        <source>&amp;Deactivate</source>
        <translation>Деак&amp;тивувати</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="212"/>
        <source>Read-only: only team leads and administrators change the interpreters list.</source>
        <translation>Лише перегляд: список перекладачів змінюють тільки керівники груп і адміністратори.</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="242"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Активувати знову</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <location filename="../forms/session.py" line="709"/>
        <source>Pre-screening</source>
        <translation>Попередня оцінка</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="710"/>
        <source>Biographic verification</source>
        <translation>Перевірка біографічних даних</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="711"/>
        <source>Medical history</source>
        <translation>Медичний анамнез</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="712"/>
        <source>Resettlement preferences</source>
        <translation>Побажання щодо переселення</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="713"/>
        <source>Follow-up</source>
        <translation>Повторна співбесіда</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="714"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="59"/>
        <source>Interviews and forms</source>
        <translation>Співбесіди та форми</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="67"/>
        <source>No forms filled for this case yet. Start an interview to fill the pre-screening or another form.</source>
        <translation>Для цієї справи ще не заповнено жодної форми. Розпочніть співбесіду, щоб заповнити попередню оцінку або іншу форму.</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="71"/>
        <source>&amp;Start interview…</source>
        <translation>&amp;Розпочати співбесіду…</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="73"/>
        <location filename="../case/interviews.py" line="174"/>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="75"/>
        <source>A&amp;mend…</source>
        <translation>Випр&amp;авити…</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="76"/>
        <source>Change a submitted form; the reason is kept with the change</source>
        <translation>Змінити подану форму; причина зберігається разом зі зміною</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="78"/>
        <source>&amp;Discard draft</source>
        <translation>Видалити &amp;чернетку</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="148"/>
        <source>Draft (amendment)</source>
        <translation>Чернетка (виправлення)</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="148"/>
        <source>Draft — not submitted</source>
        <translation>Чернетка — не подано</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="153"/>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="153"/>
        <source>Submitted, amended</source>
        <translation>Подано, виправлено</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="174"/>
        <source>&amp;Continue</source>
        <translation>Продо&amp;вжити</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="201"/>
        <source>No forms are installed on this laptop. Sync with HQ, or ask your team lead to install them.</source>
        <translation>На цьому ноутбуці не встановлено жодної форми. Синхронізуйтеся зі штаб-квартирою або попросіть керівника групи встановити їх.</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="281"/>
        <source>Discard draft</source>
        <translation>Видалити чернетку</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="282"/>
        <source>Discard the unsubmitted answers of this form? This cannot be undone.</source>
        <translation>Видалити неподані відповіді цієї форми? Цю дію неможливо скасувати.</translation>
    </message>
</context>
<context>
    <name>Line</name>
    <message>
        <location filename="../forms/questions.py" line="124"/>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="126"/>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../shell.py" line="81"/>
        <source>Circuit Ride</source>
        <translation>Circuit Ride</translation>
    </message>
    <message>
        <location filename="../shell.py" line="157"/>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <location filename="../shell.py" line="160"/>
        <source>My work</source>
        <translation>Моя робота</translation>
    </message>
    <message>
        <location filename="../shell.py" line="162"/>
        <source>Schedule</source>
        <translation>Розклад</translation>
    </message>
    <message>
        <location filename="../shell.py" line="165"/>
        <source>Adjudication</source>
        <translation>Ухвалення рішень</translation>
    </message>
    <message>
        <location filename="../shell.py" line="168"/>
        <source>Files</source>
        <translation>Теки справ</translation>
    </message>
    <message>
        <location filename="../shell.py" line="169"/>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location filename="../shell.py" line="172"/>
        <source>Reports and QC</source>
        <translation>Звіти та якість</translation>
    </message>
    <message>
        <location filename="../shell.py" line="216"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокувати</translation>
    </message>
    <message>
        <location filename="../shell.py" line="219"/>
        <source>&amp;Find case</source>
        <translation>&amp;Знайти справу</translation>
    </message>
    <message>
        <location filename="../shell.py" line="222"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../shell.py" line="226"/>
        <source>&amp;Import cases…</source>
        <translation>&amp;Імпортувати справи…</translation>
    </message>
    <message>
        <location filename="../shell.py" line="229"/>
        <source>&amp;Export cases…</source>
        <translation>&amp;Експортувати справи…</translation>
    </message>
    <message>
        <location filename="../shell.py" line="231"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервна копія…</translation>
    </message>
    <message>
        <location filename="../shell.py" line="234"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Робочий простір</translation>
    </message>
    <message>
        <location filename="../shell.py" line="242"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../shell.py" line="253"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../shell.py" line="254"/>
        <source>&amp;About Circuit Ride</source>
        <translation>&amp;Про Circuit Ride</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../forms/map_layer.py" line="284"/>
        <source>Drag to move the map, turn the wheel to zoom, double-click to place a point</source>
        <translation>Перетягніть, щоб посунути карту, прокрутіть коліщатко, щоб змінити масштаб, двічі клацніть, щоб поставити точку</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="232"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="234"/>
        <source>Zoom in (+)</source>
        <translation>Збільшити (+)</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="235"/>
        <source>Zoom out (−)</source>
        <translation>Зменшити (−)</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="236"/>
        <source>Fit</source>
        <translation>Усі точки</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="236"/>
        <source>Show all the points again (0)</source>
        <translation>Знову показати всі точки (0)</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="282"/>
        <source>Drag to move the map, turn the wheel to zoom</source>
        <translation>Перетягніть, щоб посунути мапу; крутіть коліщатко, щоб змінити масштаб</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="288"/>
        <source>Map “{name}”. Arrow keys move it, + and − zoom, 0 shows all the points.</source>
        <translation>Мапа «{name}». Стрілки посувають її, + і − змінюють масштаб, 0 показує всі точки.</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="291"/>
        <source>Map “{name}”. Arrow keys move it, + and − zoom, 0 shows all the points; Enter or a double-click places a point.</source>
        <translation>Карта «{name}». Стрілки переміщують її, + і − змінюють масштаб, 0 показує всі точки; Enter або подвійне клацання ставить точку.</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../case/media.py" line="134"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="165"/>
        <source>Import photo…</source>
        <translation>Імпортувати фото…</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="166"/>
        <source>Import scan or PDF…</source>
        <translation>Імпортувати скан або PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/media.py" line="236"/>
        <source>Photo&amp;s (%n)</source>
        <translation>
            <numerusform>Фот&amp;о (%n)</numerusform>
            <numerusform>Фот&amp;о (%n)</numerusform>
            <numerusform>Фот&amp;о (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/media.py" line="237"/>
        <source>Documen&amp;ts (%n)</source>
        <translation>
            <numerusform>Доку&amp;менти (%n)</numerusform>
            <numerusform>Доку&amp;менти (%n)</numerusform>
            <numerusform>Доку&amp;менти (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/media.py" line="245"/>
        <source>Whole case</source>
        <translation>Уся справа</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="248"/>
        <source>Unknown person</source>
        <translation>Невідома особа</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="249"/>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="251"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="317"/>
        <source>Stopping…</source>
        <translation>Зупинка…</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="339"/>
        <location filename="../case/media.py" line="360"/>
        <source>This file was removed meanwhile.</source>
        <translation>Тим часом цей файл було видалено.</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="342"/>
        <source>This image could not be shown: it may be damaged.</source>
        <translation>Не вдалося показати це зображення: можливо, воно пошкоджене.</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="345"/>
        <location filename="../case/media.py" line="364"/>
        <source>Opening…</source>
        <translation>Відкриття…</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="353"/>
        <source>This file cannot be shown here.</source>
        <translation>Цей файл не можна показати тут.</translation>
    </message>
</context>
<context>
    <name>MediaQuestion</name>
    <message>
        <location filename="../forms/media_widgets.py" line="411"/>
        <source>Take photo…</source>
        <translation>Зробити фото…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="413"/>
        <location filename="../forms/media_widgets.py" line="886"/>
        <location filename="../forms/media_widgets.py" line="892"/>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="414"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="415"/>
        <source>Leave this question without a file</source>
        <translation>Залишити це запитання без файлу</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="416"/>
        <location filename="../forms/media_widgets.py" line="596"/>
        <source>Record</source>
        <translation>Записати</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="417"/>
        <source>Discard</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="418"/>
        <source>Stop recording and keep nothing</source>
        <translation>Зупинити запис і нічого не зберігати</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="421"/>
        <source>No camera found on this laptop</source>
        <translation>На цьому ноутбуці не знайдено камери</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="423"/>
        <source>Record from this laptop&apos;s microphone</source>
        <translation>Записати з мікрофона цього ноутбука</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="427"/>
        <source>No microphone found on this laptop: connect one to record, or choose a recording file.</source>
        <translation>На цьому ноутбуці не знайдено мікрофона: під&apos;єднайте його, щоб записувати, або виберіть файл аудіозапису.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="437"/>
        <source>Sound level</source>
        <translation>Рівень звуку</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="486"/>
        <location filename="../forms/media_widgets.py" line="487"/>
        <source>Choose photo…</source>
        <translation>Вибрати фото…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="488"/>
        <source>Choose recording…</source>
        <translation>Вибрати аудіозапис…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="489"/>
        <source>Choose video…</source>
        <translation>Вибрати відео…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="490"/>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="494"/>
        <source>Sign again…</source>
        <translation>Підписати ще раз…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="494"/>
        <source>Sign…</source>
        <translation>Підписати…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="496"/>
        <source>Change drawing…</source>
        <translation>Змінити малюнок…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="496"/>
        <source>Draw…</source>
        <translation>Намалювати…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="497"/>
        <source>Draw on photo…</source>
        <translation>Малювати на фото…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="529"/>
        <source>No file yet.</source>
        <translation>Файлу ще немає.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="572"/>
        <source>This file could not be read from the workspace.</source>
        <translation>Не вдалося прочитати цей файл із робочого простору.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="585"/>
        <source>Preview of {name}</source>
        <translation>Попередній перегляд: {name}</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="596"/>
        <source>Stop recording</source>
        <translation>Зупинити запис</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="614"/>
        <source>Saving the file into the encrypted workspace…</source>
        <translation>Збереження файлу в зашифрованому робочому просторі…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="618"/>
        <source>The recording stops by itself in {seconds} s.</source>
        <translation>Запис зупиниться автоматично через {seconds} с.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="619"/>
        <source>Recording… it stops by itself at {length}.</source>
        <translation>Триває запис… він зупиниться автоматично, коли досягне {length}.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="625"/>
        <source>Files cannot be attached in this window.</source>
        <translation>У цьому вікні не можна додавати файли.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="629"/>
        <source>No camera found on this laptop, so a photo file can be chosen instead.</source>
        <translation>На цьому ноутбуці не знайдено камери, тож замість цього можна вибрати файл фото.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="630"/>
        <source>No camera found: connect one to take a photo, or choose a photo file.</source>
        <translation>Камеру не знайдено: під&apos;єднайте її, щоб зробити фото, або виберіть файл фото.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="633"/>
        <source>This recording can&apos;t be played on this laptop (no sound output was found).</source>
        <translation>Цей аудіозапис не можна відтворити на цьому ноутбуці (не знайдено пристрою виведення звуку).</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="634"/>
        <source>This video can&apos;t be played on this laptop.</source>
        <translation>Це відео не можна відтворити на цьому ноутбуці.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="640"/>
        <location filename="../forms/media_widgets.py" line="641"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="642"/>
        <source>Recordings (*.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wav *.flac *.amr *.3gp *.webm)</source>
        <translation>Аудіозаписи (*.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wav *.flac *.amr *.3gp *.webm)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="643"/>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.3gp *.avi)</source>
        <translation>Відео (*.mp4 *.m4v *.mov *.webm *.mkv *.3gp *.avi)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="645"/>
        <source>Choose a recording</source>
        <translation>Виберіть аудіозапис</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="645"/>
        <source>Choose a video</source>
        <translation>Виберіть відео</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="646"/>
        <source>Choose a photo</source>
        <translation>Виберіть фото</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="646"/>
        <source>Choose a file</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="649"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="661"/>
        <source>This file could not be read. Check that it is still there, or copy it to this laptop first.</source>
        <translation>Не вдалося прочитати цей файл. Перевірте, чи він досі на місці, або спершу скопіюйте його на цей ноутбук.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="698"/>
        <source>Sign</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="698"/>
        <source>Draw</source>
        <translation>Малюнок</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="712"/>
        <source>Draw on the photo</source>
        <translation>Малювання на фото</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="776"/>
        <source>The microphone could not be started. Check that it is connected and not used by another program, then try again.</source>
        <translation>Не вдалося ввімкнути мікрофон. Перевірте, чи його під&apos;єднано і чи не використовує його інша програма, і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="790"/>
        <source>The recording reached {length} and was stopped.</source>
        <translation>Запис досяг тривалості {length}, і його зупинено.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="803"/>
        <source>Recording, {length}</source>
        <translation>Запис, {length}</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="818"/>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation>Нічого не записано: мікрофон не передав звуку.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="877"/>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../schedule/view.py" line="137"/>
        <source>Close message</source>
        <translation>Закрити повідомлення</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="153"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="153"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../case/widgets.py" line="63"/>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
</context>
<context>
    <name>MoveFileDialog</name>
    <message>
        <location filename="../case/dialogs.py" line="318"/>
        <source>Move the file of {case}</source>
        <translation>Перемістити теку справи {case}</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="320"/>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="322"/>
        <source>Now at:</source>
        <translation>Зараз:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="324"/>
        <source>For example: Lima office, cabinet 2</source>
        <translation>Наприклад: офіс у Лімі, шафа 2</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="326"/>
        <source>&amp;New location:</source>
        <translation>&amp;Нове місце:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="327"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="328"/>
        <source>&amp;Record move</source>
        <translation>&amp;Записати переміщення</translation>
    </message>
</context>
<context>
    <name>MovementsTab</name>
    <message>
        <location filename="../case/records.py" line="68"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="69"/>
        <source>From</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="70"/>
        <source>To</source>
        <translation>Куди</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="71"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="72"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="76"/>
        <source>No movements recorded. Use “Move file…” above when the physical file changes hands.</source>
        <translation>Переміщень не записано. Коли паперова тека справи переходить до інших рук, натисніть «Перемістити теку…» вгорі.</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <location filename="../unlock/fields.py" line="121"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message numerus="yes">
        <location filename="../unlock/fields.py" line="123"/>
        <source>At least %n character(s); a passphrase of unrelated words is best.</source>
        <translation>
            <numerusform>Щонайменше %n символ; найкраще — парольна фраза з не пов&apos;язаних слів.</numerusform>
            <numerusform>Щонайменше %n символи; найкраще — парольна фраза з не пов&apos;язаних слів.</numerusform>
            <numerusform>Щонайменше %n символів; найкраще — парольна фраза з не пов&apos;язаних слів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../unlock/fields.py" line="125"/>
        <source>&amp;Repeat password:</source>
        <translation>Пов&amp;торіть пароль:</translation>
    </message>
    <message>
        <location filename="../unlock/fields.py" line="168"/>
        <source>Type the password again.</source>
        <translation>Введіть пароль ще раз.</translation>
    </message>
    <message>
        <location filename="../unlock/fields.py" line="170"/>
        <source>The two passwords are not the same.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../case/notes.py" line="48"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="49"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="51"/>
        <source>Confidentiality</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="56"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../case/notes.py" line="79"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="85"/>
        <source>No notes yet. Write one below.</source>
        <translation>Нотаток ще немає. Напишіть першу нижче.</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="94"/>
        <source>New note…</source>
        <translation>Нова нотатка…</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="96"/>
        <source>New note</source>
        <translation>Нова нотатка</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="98"/>
        <source>Confidentiality</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="99"/>
        <source>Confidentia&amp;lity:</source>
        <translation>&amp;Конфіденційність:</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="101"/>
        <source>Add no&amp;te</source>
        <translation>Д&amp;одати нотатку</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="102"/>
        <source>Add the note to the case (Ctrl+Enter)</source>
        <translation>Додати нотатку до справи (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/notes.py" line="147"/>
        <source>%n restricted or medical note(s) not shown: they are read by adjudication support, team leads and their author.</source>
        <translation>
            <numerusform>%n нотатку з обмеженим доступом або медичну не показано: її читають підтримка ухвалення рішень, керівники груп і автор.</numerusform>
            <numerusform>%n нотатки з обмеженим доступом або медичні не показано: їх читають підтримка ухвалення рішень, керівники груп і автор.</numerusform>
            <numerusform>%n нотаток з обмеженим доступом або медичних не показано: їх читають підтримка ухвалення рішень, керівники груп і автор.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="166"/>
        <source>Write the note first.</source>
        <translation>Спочатку напишіть нотатку.</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="178"/>
        <source>Note added.</source>
        <translation>Нотатку додано.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../notice_dialog.py" line="128"/>
        <source>Issue a notice: {case}</source>
        <translation>Видати повідомлення: {case}</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="141"/>
        <source>Save as</source>
        <translation>Зберегти як</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="142"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="147"/>
        <source>&amp;Issue notice</source>
        <translation>&amp;Видати повідомлення</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="159"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="160"/>
        <source>&amp;Save as:</source>
        <translation>Зберегти &amp;як:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="187"/>
        <source>Appointment: come to an appointment</source>
        <translation>Зустріч: запрошення на зустріч</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="188"/>
        <source>Briefing: come to a briefing or cultural orientation</source>
        <translation>Інструктаж: запрошення на інструктаж або культурну орієнтацію</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="189"/>
        <source>Result: what an officer&apos;s result means</source>
        <translation>Результат: пояснення рішення співробітника</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="208"/>
        <source>Reading the case…</source>
        <translation>Читання справи…</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="227"/>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="227"/>
        <source>A&amp;ppointment:</source>
        <translation>&amp;Зустріч:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="257"/>
        <source>No result is recorded for this case yet: record it first.</source>
        <translation>Для цієї справи ще не записано жодного результату: спершу запишіть його.</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="259"/>
        <source>No briefing or cultural orientation is booked for this case.</source>
        <translation>Для цієї справи не заброньовано ні інструктажу, ні культурної орієнтації.</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="260"/>
        <source>No appointment is booked for this case.</source>
        <translation>Для цієї справи не заброньовано жодної зустрічі.</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="269"/>
        <source>Save the notice as</source>
        <translation>Зберегти повідомлення як</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="271"/>
        <source>Word documents (%1)</source>
        <translation>Документи Word (%1)</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="318"/>
        <source>Notice written: {file}</source>
        <translation>Повідомлення збережено: {file}</translation>
    </message>
</context>
<context>
    <name>OsmQuestion</name>
    <message>
        <location filename="../forms/osm_widgets.py" line="102"/>
        <source>Attach an .osm file…</source>
        <translation>Долучити файл .osm…</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="103"/>
        <source>Use the tags of a feature saved in OpenMapKit or JOSM</source>
        <translation>Використати теги об’єкта, збереженого в OpenMapKit або JOSM</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="104"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="105"/>
        <source>Leave this question without tags</source>
        <translation>Залишити це питання без тегів</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="115"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="115"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="238"/>
        <source>This OSM file could not be read from the workspace.</source>
        <translation>Не вдалося прочитати цей файл OSM із робочого простору.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="303"/>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="305"/>
        <source>The feature is at {lat}, {lon}.</source>
        <translation>Об’єкт розташовано в {lat}, {lon}.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="307"/>
        <source>No tags yet.</source>
        <translation>Тегів ще немає.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="312"/>
        <source>The feature will be placed at this form&apos;s location ({lat}, {lon}).</source>
        <translation>Об’єкт буде розміщено в місці цієї форми ({lat}, {lon}).</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="315"/>
        <source>No location is answered in this form yet: the feature will have no coordinates.</source>
        <translation>У цій формі ще немає жодного місця: об’єкт не матиме координат.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="342"/>
        <source>Attach an OpenStreetMap file</source>
        <translation>Долучити файл OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="344"/>
        <source>OpenStreetMap files (*.osm *.xml)</source>
        <translation>Файли OpenStreetMap (*.osm *.xml)</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="344"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="355"/>
        <source>This file is too large to be one feature&apos;s OSM file.</source>
        <translation>Цей файл завеликий, щоб бути файлом OSM одного об’єкта.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="360"/>
        <source>This file could not be read. Check that it is still there, or copy it to this laptop first.</source>
        <translation>Не вдалося прочитати цей файл. Перевірте, чи він досі на місці, або спершу скопіюйте його на цей ноутбук.</translation>
    </message>
</context>
<context>
    <name>PdfCheck</name>
    <message>
        <location filename="../case/pdf_view.py" line="52"/>
        <source>{name} is protected by a password. Save a copy without the password and import that.</source>
        <translation>{name} захищено паролем. Збережіть копію без пароля й імпортуйте її.</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="56"/>
        <source>{name} could not be opened as a PDF: it is damaged or incomplete. Copy it again from the source.</source>
        <translation>{name} не вдалося відкрити як PDF: файл пошкоджений або неповний. Скопіюйте його ще раз із джерела.</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="71"/>
        <source>{name} has no pages.</source>
        <translation>{name} не має сторінок.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../case/pdf_view.py" line="89"/>
        <source>Page number</source>
        <translation>Номер сторінки</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="90"/>
        <source>&amp;Page</source>
        <translation>&amp;Сторінка</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="95"/>
        <source>Pre&amp;vious page</source>
        <translation>&amp;Попередня сторінка</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="96"/>
        <source>Ne&amp;xt page</source>
        <translation>&amp;Наступна сторінка</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="97"/>
        <source>Zoom &amp;out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="98"/>
        <source>Zoom &amp;in</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="99"/>
        <source>&amp;Fit page</source>
        <translation>&amp;Вмістити сторінку</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="100"/>
        <source>Fit &amp;width</source>
        <translation>За &amp;шириною</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="101"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Реальний розмір</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/pdf_view.py" line="172"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>з %n сторінки</numerusform>
            <numerusform>з %n сторінок</numerusform>
            <numerusform>з %n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="270"/>
        <source>Whole page</source>
        <translation>Уся сторінка</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="272"/>
        <source>Page width</source>
        <translation>За шириною сторінки</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="274"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../case/person_panel.py" line="112"/>
        <source>&amp;Edit person</source>
        <translation>Р&amp;едагувати особу</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="113"/>
        <source>Edit this person&apos;s biographic data (Ctrl+E)</source>
        <translation>Редагувати біографічні дані цієї особи (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="114"/>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="115"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Зберегти зміни (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="117"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="118"/>
        <source>Leave edit mode without saving (Esc)</source>
        <translation>Вийти з режиму редагування без збереження (Esc)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="134"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="179"/>
        <source>Select a person in the household list to see and verify their data.</source>
        <translation>Виберіть особу в списку складу сім&apos;ї, щоб переглянути й перевірити її дані.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="239"/>
        <source>(no name recorded)</source>
        <translation>(ім&apos;я не записано)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="250"/>
        <source>age {age}</source>
        <translation>вік {age}</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="251"/>
        <source>{done}/{total} verified</source>
        <translation>перевірено {done}/{total}</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="261"/>
        <source>No photo</source>
        <translation>Немає фото</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="275"/>
        <source>Separate aliases with semicolons (;).</source>
        <translation>Розділяйте інші імена крапкою з комою (;).</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="306"/>
        <source>Discard changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="307"/>
        <source>Discard the changes you made to this person?</source>
        <translation>Скасувати зміни, внесені в дані цієї особи?</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="359"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="409"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="410"/>
        <source>Save the changes to {name} before leaving?</source>
        <translation>{name}: зберегти зміни перед виходом?</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="456"/>
        <source>Unsaved changes from before the lock were restored.</source>
        <translation>Незбережені зміни, зроблені до блокування, відновлено.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="458"/>
        <source>Unsaved changes from before the language change were restored.</source>
        <translation>Незбережені зміни, зроблені до зміни мови, відновлено.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="460"/>
        <source>Unsaved changes you left open earlier were restored.</source>
        <translation>Незбережені зміни, які ви залишили раніше, відновлено.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="482"/>
        <source>Withdraw verification</source>
        <translation>Відкликати перевірку</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="483"/>
        <source>Withdraw the verification of {field}?</source>
        <translation>Відкликати перевірку поля «{field}»?</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="515"/>
        <source>Format: {format}</source>
        <translation>Формат: {format}</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="525"/>
        <source>ISO 639 codes, separated by commas: for example prs, ps, ti.</source>
        <translation>Коди ISO 639 через кому: наприклад, prs, ps, ti.</translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message>
        <location filename="../case/photos_model.py" line="67"/>
        <source>★ Profile photo</source>
        <translation>★ Фото профілю</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="83"/>
        <source>Profile photo</source>
        <translation>Фото профілю</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="85"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} пікселів</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="86"/>
        <source>Taken with the camera</source>
        <translation>Знято камерою</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="86"/>
        <source>Imported from a file</source>
        <translation>Імпортовано з файлу</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="89"/>
        <source>Added {date}</source>
        <translation>Додано {date}</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="118"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="118"/>
        <source>Unavailable</source>
        <translation>Недоступно</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <location filename="../case/photos.py" line="75"/>
        <source>Show photos &amp;of</source>
        <translation>&amp;Чиї фото</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="91"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="135"/>
        <source>&amp;Import photo…</source>
        <translation>&amp;Імпортувати фото…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="136"/>
        <source>Import photo (Ctrl+I)</source>
        <translation>Імпортувати фото (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="137"/>
        <source>&amp;Take photo…</source>
        <translation>З&amp;робити фото…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="139"/>
        <source>&amp;View</source>
        <translation>&amp;Переглянути</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="140"/>
        <source>View the photo (Enter)</source>
        <translation>Переглянути фото (Enter)</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="141"/>
        <source>&amp;Crop to passport frame…</source>
        <translation>&amp;Обрізати до формату паспорта…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="142"/>
        <source>Set as &amp;profile photo</source>
        <translation>&amp;Встановити як фото профілю</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="143"/>
        <source>&amp;Move to person…</source>
        <translation>Пере&amp;дати іншій особі…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="144"/>
        <source>&amp;Remove…</source>
        <translation>В&amp;идалити…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="174"/>
        <source>Everyone in the case</source>
        <translation>Усі особи у справі</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="178"/>
        <source>Not linked to a person</source>
        <translation>Не прив&apos;язано до особи</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="196"/>
        <source>No photos of this person yet. Import one (Ctrl+I) or take one (Ctrl+T).</source>
        <translation>Фото цієї особи ще немає. Імпортуйте фото (Ctrl+I) або зробіть його (Ctrl+T).</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="200"/>
        <source>No photos in this case yet.
Import a photo from a file (Ctrl+I) or take one with the camera (Ctrl+T). The first photo of a person becomes their profile photo.</source>
        <translation>У цій справі ще немає фото.
Імпортуйте фото з файлу (Ctrl+I) або зробіть його камерою (Ctrl+T). Перше фото особи стає її фото профілю.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="248"/>
        <location filename="../case/photos.py" line="249"/>
        <source>No camera found</source>
        <translation>Камеру не знайдено</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="251"/>
        <source>Take photo (Ctrl+T)</source>
        <translation>Зробити фото (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="260"/>
        <location filename="../case/photos.py" line="422"/>
        <source>Whole case</source>
        <translation>Уся справа</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="261"/>
        <location filename="../case/photos.py" line="426"/>
        <source>Photo of:</source>
        <translation>Чиє фото:</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="274"/>
        <location filename="../case/photos.py" line="280"/>
        <source>Import photo</source>
        <translation>Імпортувати фото</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="274"/>
        <source>Images ({patterns})</source>
        <translation>Зображення ({patterns})</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="305"/>
        <source>Importing photos…</source>
        <translation>Імпорт фото…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/photos.py" line="310"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>Імпортовано %n фото.</numerusform>
            <numerusform>Імпортовано %n фото.</numerusform>
            <numerusform>Імпортовано %n фото.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="313"/>
        <source>Nothing was stored for these files:</source>
        <translation>Для цих файлів нічого не збережено:</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="325"/>
        <source>Take photo</source>
        <translation>Зробити фото</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="351"/>
        <source>Saving the photo…</source>
        <translation>Збереження фото…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="359"/>
        <source>Photo of {name}</source>
        <translation>Фото: {name}</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="395"/>
        <source>Cropping…</source>
        <translation>Обрізання…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="392"/>
        <source>Passport-style photo made; the original is kept.</source>
        <translation>Фото паспортного формату створено; оригінал збережено.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="408"/>
        <source>Set as profile photo</source>
        <translation>Встановити як фото профілю</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="414"/>
        <location filename="../case/photos.py" line="432"/>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="415"/>
        <source>Profile photo set.</source>
        <translation>Фото профілю встановлено.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="426"/>
        <source>Move to person</source>
        <translation>Передати іншій особі</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="443"/>
        <source>Remove this photo of {name}?</source>
        <translation>Видалити це фото ({name})?</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="445"/>
        <source>It is the profile photo; the person will have none until you set another.</source>
        <translation>Це фото профілю; в особи не буде фото профілю, доки ви не встановите інше.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="448"/>
        <source>Remove photo</source>
        <translation>Видалити фото</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="458"/>
        <source>Removing…</source>
        <translation>Видалення…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="459"/>
        <source>Photo removed.</source>
        <translation>Фото видалено.</translation>
    </message>
</context>
<context>
    <name>PointsPreview</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="353"/>
        <source>Drawing of the points</source>
        <translation>Схема точок</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="368"/>
        <source>No points yet</source>
        <translation>Точок ще немає</translation>
    </message>
</context>
<context>
    <name>ProposalReview</name>
    <message>
        <location filename="../schedule/proposal.py" line="124"/>
        <source>Proposal for {ride}</source>
        <translation>Пропозиція для місії {ride}</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="128"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="129"/>
        <source>Minutes</source>
        <translation>Хвилин</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="130"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="131"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="132"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="132"/>
        <source>none needed</source>
        <translation>не потрібен</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="133"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="137"/>
        <source>Proposed appointments</source>
        <translation>Запропоновані зустрічі</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/proposal.py" line="139"/>
        <source>%n appointment(s) proposed.</source>
        <translation>
            <numerusform>Запропоновано %n зустріч.</numerusform>
            <numerusform>Запропоновано %n зустрічі.</numerusform>
            <numerusform>Запропоновано %n зустрічей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/proposal.py" line="141"/>
        <source>%n case(s) could not be placed.</source>
        <translation>
            <numerusform>%n справу не вдалося розмістити.</numerusform>
            <numerusform>%n справи не вдалося розмістити.</numerusform>
            <numerusform>%n справ не вдалося розмістити.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="145"/>
        <source>Cases not placed</source>
        <translation>Нерозміщені справи</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="147"/>
        <source>{case}: {why}</source>
        <translation>{case}: {why}</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="154"/>
        <source>&amp;Apply all</source>
        <translation>&amp;Застосувати все</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="162"/>
        <source>Not placed:</source>
        <translation>Не розміщено:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="182"/>
        <source>Nothing was booked: {reason}</source>
        <translation>Нічого не заброньовано: {reason}</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="184"/>
        <source>Propose again to see what is free now.</source>
        <translation>Запропонуйте ще раз, щоб побачити, що зараз вільно.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../schedule/proposal.py" line="48"/>
        <source>Propose appointments for a ride</source>
        <translation>Запропонувати зустрічі для місії</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="63"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="66"/>
        <source>&amp;Ride:</source>
        <translation>М&amp;ісія:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="67"/>
        <source>Appointment &amp;type:</source>
        <translation>&amp;Тип зустрічі:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="68"/>
        <source>&amp;First day:</source>
        <translation>&amp;Перший день:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="69"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Останній день:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="70"/>
        <source>Le&amp;ngth:</source>
        <translation>Три&amp;валість:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="74"/>
        <source>Every case of the ride that still needs this appointment gets a slot on a weekday, within the site&apos;s hours, with an interpreter who speaks the family&apos;s language. Nothing is booked until you apply the proposal.</source>
        <translation>Кожна справа місії, якій ще потрібна ця зустріч, отримує час у будній день, у межах робочих годин місця, з перекладачем, який володіє мовою сім&apos;ї. Нічого не бронюється, доки ви не застосуєте пропозицію.</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="81"/>
        <source>&amp;Propose</source>
        <translation>&amp;Запропонувати</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="84"/>
        <source>No case in this workspace belongs to a ride.</source>
        <translation>Жодна справа в цьому робочому просторі не належить до місії.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../forms/questions.py" line="174"/>
        <location filename="../forms/questions.py" line="183"/>
        <source>Required question</source>
        <translation>Обов&apos;язкове запитання</translation>
    </message>
</context>
<context>
    <name>RangeQuestion</name>
    <message>
        <location filename="../forms/range_widgets.py" line="126"/>
        <source>Clear answer</source>
        <translation>Очистити відповідь</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="129"/>
        <source>Leave this question unanswered</source>
        <translation>Залишити це запитання без відповіді</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="138"/>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="219"/>
        <location filename="../forms/range_widgets.py" line="228"/>
        <source>No answer yet</source>
        <translation>Відповіді ще немає</translation>
    </message>
</context>
<context>
    <name>RankQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="91"/>
        <source>Move up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="92"/>
        <source>Move the chosen item up (Ctrl+Up)</source>
        <translation>Перемістити вибраний варіант вище (Ctrl+Вгору)</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="93"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="94"/>
        <source>Move the chosen item down (Ctrl+Down)</source>
        <translation>Перемістити вибраний варіант нижче (Ctrl+Вниз)</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="95"/>
        <source>Confirm this order</source>
        <translation>Підтвердити порядок</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="96"/>
        <source>Clear ranking</source>
        <translation>Скинути порядок</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="157"/>
        <source>Ranked. Moving an item changes the answer.</source>
        <translation>Порядок підтверджено. Якщо перемістити варіант, відповідь зміниться.</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="160"/>
        <source>Not ranked yet: put the items in order, then confirm.</source>
        <translation>Порядок ще не підтверджено: розставте варіанти по порядку й підтвердьте.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="550"/>
        <source>Not recorded</source>
        <translation>Не вказано</translation>
    </message>
</context>
<context>
    <name>ReportsDialogs</name>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="33"/>
        <source>Give %n finding(s) to a member of the team to fix (cases {cases}).</source>
        <translation>
            <numerusform>Призначити %n зауваження члену групи для усунення (справи {cases}).</numerusform>
            <numerusform>Призначити %n зауваження члену групи для усунення (справи {cases}).</numerusform>
            <numerusform>Призначити %n зауважень члену групи для усунення (справи {cases}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="36"/>
        <source>Mark %n finding(s) fixed (cases {cases}).</source>
        <translation>
            <numerusform>Позначити %n зауваження як усунене (справи {cases}).</numerusform>
            <numerusform>Позначити %n зауваження як усунені (справи {cases}).</numerusform>
            <numerusform>Позначити %n зауважень як усунені (справи {cases}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="40"/>
        <source>Dismiss %n finding(s) as not a problem (cases {cases}). Running the checks again leaves them dismissed.</source>
        <translation>
            <numerusform>Відхилити %n зауваження як безпідставне (справи {cases}). Повторний запуск перевірок не скасує відхилення.</numerusform>
            <numerusform>Відхилити %n зауваження як безпідставні (справи {cases}). Повторний запуск перевірок не скасує відхилення.</numerusform>
            <numerusform>Відхилити %n зауважень як безпідставні (справи {cases}). Повторний запуск перевірок не скасує відхилення.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="106"/>
        <source>Assign findings</source>
        <translation>Призначення зауважень</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="179"/>
        <source>Resolve findings</source>
        <translation>Усунення зауважень</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="181"/>
        <source>How it was &amp;fixed:</source>
        <translation>&amp;Як усунено:</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="182"/>
        <source>For example: photo taken at the interview on 3 November</source>
        <translation>Наприклад: фото зроблено на співбесіді 3 листопада</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="206"/>
        <source>Dismiss findings</source>
        <translation>Відхилення зауважень</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="208"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="209"/>
        <source>For example: two different people, checked against their documents</source>
        <translation>Наприклад: це дві різні особи, звірено з їхніми документами</translation>
    </message>
</context>
<context>
    <name>ReportsLabels</name>
    <message>
        <location filename="../reports/labels.py" line="24"/>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="25"/>
        <source>Assigned</source>
        <translation>Призначено</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="26"/>
        <source>Fixed</source>
        <translation>Усунуто</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="27"/>
        <source>Dismissed</source>
        <translation>Відхилено</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../reports/view.py" line="36"/>
        <source>Reports and quality control</source>
        <translation>Звіти та контроль якості</translation>
    </message>
    <message>
        <location filename="../reports/view.py" line="42"/>
        <source>&amp;Quality findings</source>
        <translation>&amp;Зауваження</translation>
    </message>
    <message>
        <location filename="../reports/view.py" line="43"/>
        <source>Das&amp;hboard</source>
        <translation>&amp;Показники</translation>
    </message>
</context>
<context>
    <name>ResolveFindingsDialog</name>
    <message>
        <location filename="../reports/dialogs.py" line="187"/>
        <source>Mark &amp;fixed</source>
        <translation>Позначити як &amp;усунуті</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../unlock/restore_page.py" line="44"/>
        <source>&lt;h3&gt;Restore a backup&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Відновлення з резервної копії&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="47"/>
        <source>Choose the backup folder (it holds workspace.json). It is copied, encrypted as it is, to {path}; the backup itself is not changed.</source>
        <translation>Виберіть теку резервної копії (у ній є workspace.json). Її буде скопійовано в {path} у тому ж зашифрованому вигляді; сама резервна копія не змінюється.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="57"/>
        <source>for example: E:\circuitride-backup-2026-05-01</source>
        <translation>наприклад: E:\circuitride-backup-2026-05-01</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="65"/>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Тека резервної копії:</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="67"/>
        <source>your user name in that workspace</source>
        <translation>ваше ім&apos;я користувача в тому робочому просторі</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="70"/>
        <source>User &amp;name:</source>
        <translation>&amp;Ім&apos;я користувача:</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="72"/>
        <source>Leave it empty if the workspace has a single user.</source>
        <translation>Залиште порожнім, якщо в робочому просторі лише один користувач.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="79"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="82"/>
        <source>The password you used when the backup was made. Without it, HQ&apos;s recovery key can reopen the backup: ask your team lead.</source>
        <translation>Пароль, який діяв, коли створювали резервну копію. Без нього резервну копію може відкрити ключ відновлення штаб-квартири: зверніться до керівника групи.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="94"/>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="95"/>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="96"/>
        <source>&amp;Open the workspace</source>
        <translation>&amp;Відкрити робочий простір</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="121"/>
        <source>Choose the backup folder.</source>
        <translation>Виберіть теку резервної копії.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="122"/>
        <source>Type the password of the backup.</source>
        <translation>Введіть пароль резервної копії.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="138"/>
        <source>Copying the backup: file {done} of {total}…</source>
        <translation>Копіювання резервної копії: файл {done} з {total}…</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="141"/>
        <source>Backup folder</source>
        <translation>Тека резервної копії</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="153"/>
        <source>&lt;b&gt;Restored.&lt;/b&gt; This laptop now has every record of the backup, as a new device: it is not enrolled with HQ. Ask HQ for a new enrollment code and enroll it from the Sync page (the laptop&apos;s administrator does this); the changes HQ did not have when the backup was made are then sent again. If the laptop the backup came from is lost, ask HQ to revoke it.</source>
        <translation>&lt;b&gt;Відновлено.&lt;/b&gt; Тепер на цьому ноутбуці є всі записи з резервної копії, але як на новому пристрої: його не зареєстровано в штаб-квартирі. Попросіть у штаб-квартири новий код реєстрації та зареєструйте ноутбук на сторінці «Синхронізація» (це робить адміністратор ноутбука); після цього зміни, яких штаб-квартира не мала на момент створення резервної копії, буде надіслано знову. Якщо ноутбук, з якого зроблено резервну копію, втрачено, попросіть штаб-квартиру відкликати його.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="160"/>
        <source>The other users of this workspace ({names}) open it with their own passwords as before; each then enrolls again with HQ with a user code from HQ.</source>
        <translation>Інші користувачі цього робочого простору ({names}) відкривають його своїми паролями, як і раніше; потім кожен знову реєструється в штаб-квартирі з кодом користувача від штаб-квартири.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="181"/>
        <source>Wrong user name or password for this backup. It opens with the password that was in use when it was made.</source>
        <translation>Неправильне ім&apos;я користувача або пароль для цієї резервної копії. Вона відкривається паролем, який діяв на момент її створення.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="192"/>
        <source>Checking the password…</source>
        <translation>Перевірка пароля…</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../case/results.py" line="43"/>
        <source>Record a result: {case}</source>
        <translation>Записати результат: {case}</translation>
    </message>
</context>
<context>
    <name>ResultLabels</name>
    <message>
        <location filename="../adjudication/results_entry.py" line="55"/>
        <source>Interview</source>
        <translation>Співбесіда</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="56"/>
        <source>Fingerprints</source>
        <translation>Відбитки пальців</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="57"/>
        <source>Medical</source>
        <translation>Медогляд</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="64"/>
        <source>Approve</source>
        <translation>Схвалено</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="65"/>
        <source>Deny</source>
        <translation>Відмовлено</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="66"/>
        <source>Hold</source>
        <translation>Призупинено</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="67"/>
        <source>Request for evidence</source>
        <translation>Запит доказів</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="68"/>
        <source>Cleared</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="69"/>
        <source>Pending</source>
        <translation>На розгляді</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="70"/>
        <source>Hit</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="71"/>
        <source>Retake</source>
        <translation>Повторне зняття</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="72"/>
        <source>Deferred</source>
        <translation>Відкладено</translation>
    </message>
</context>
<context>
    <name>ResultsEntry</name>
    <message>
        <location filename="../adjudication/results_entry.py" line="139"/>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="150"/>
        <source>You, when left empty</source>
        <translation>Ви, якщо залишити порожнім</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="152"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="153"/>
        <source>Mark the appointment do&amp;ne</source>
        <translation>Позначити, що зустріч &amp;відбулася</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="155"/>
        <source>&amp;Record</source>
        <translation>&amp;Записати</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="156"/>
        <source>Record this result (Ctrl+Enter)</source>
        <translation>Записати цей результат (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="160"/>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="161"/>
        <source>Outcome:</source>
        <translation>Підсумок:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="162"/>
        <source>D&amp;ate:</source>
        <translation>Да&amp;та:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="163"/>
        <source>Offi&amp;cer:</source>
        <translation>Співро&amp;бітник:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="164"/>
        <source>R&amp;eason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="241"/>
        <source>Select an appointment to record its result.</source>
        <translation>Виберіть зустріч, щоб записати її результат.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="280"/>
        <source>Choose the outcome first (keys 1 to 4).</source>
        <translation>Спершу виберіть підсумок (клавіші від 1 до 4).</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="285"/>
        <source>Give the reason for the denial; it is kept with the result.</source>
        <translation>Вкажіть причину відмови; вона зберігається разом із результатом.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="327"/>
        <source>Recorded for {case}: {kind}, {outcome}.</source>
        <translation>Записано для справи {case}: {kind}, {outcome}.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="333"/>
        <source>The appointment is marked done.</source>
        <translation>Зустріч позначено як таку, що відбулася.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="335"/>
        <source>The appointment could not be marked done:</source>
        <translation>Не вдалося позначити, що зустріч відбулася:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="372"/>
        <source>Key {n}, or Alt+{n}</source>
        <translation>Клавіша {n} або Alt+{n}</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="391"/>
        <source>Required for a denial</source>
        <translation>Обов&apos;язково для відмови</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../case/results.py" line="68"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="69"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="70"/>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="71"/>
        <source>Officer</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="72"/>
        <source>Follow-up</source>
        <translation>Подальші дії</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="72"/>
        <source>Needed</source>
        <translation>Потрібні</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="73"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="76"/>
        <source>Results</source>
        <translation>Результати</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="77"/>
        <source>No results recorded for this case yet.</source>
        <translation>Для цієї справи ще не записано результатів.</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="81"/>
        <source>&amp;Record result…</source>
        <translation>Зап&amp;исати результат…</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="83"/>
        <source>Issue notic&amp;e…</source>
        <translation>&amp;Видати повідомлення…</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="84"/>
        <source>A notice to the family, in their language, about the result selected</source>
        <translation>Повідомлення для сім&apos;ї її мовою про вибраний результат</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/results.py" line="102"/>
        <source>Res&amp;ults (%n)</source>
        <translation>
            <numerusform>Р&amp;езультати (%n)</numerusform>
            <numerusform>Р&amp;езультати (%n)</numerusform>
            <numerusform>Р&amp;езультати (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedFileLine</name>
    <message>
        <location filename="../notice_dialog.py" line="74"/>
        <source>Open &amp;folder</source>
        <translation>Відкрити &amp;папку</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <location filename="../schedule/grid.py" line="228"/>
        <source>Schedule grid</source>
        <translation>Сітка розкладу</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="236"/>
        <source>Schedule</source>
        <translation>Розклад</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="301"/>
        <source>{case}, {type}</source>
        <translation>{case}, {type}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="304"/>
        <source>{day} {start}–{end} ({minutes} min)</source>
        <translation>{day} {start}–{end} ({minutes} хв)</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="307"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="308"/>
        <source>Where: {where}</source>
        <translation>Де: {where}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="309"/>
        <source>Interpreter: {name}</source>
        <translation>Перекладач: {name}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="309"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="312"/>
        <source>Language: {language}</source>
        <translation>Мова: {language}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="314"/>
        <source>Officer: {name}</source>
        <translation>Співробітник: {name}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="315"/>
        <source>Family notified</source>
        <translation>Сім&apos;ю повідомлено</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="315"/>
        <source>Family not notified yet</source>
        <translation>Сім&apos;ю ще не повідомлено</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location filename="../schedule/view.py" line="184"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="188"/>
        <source>Previous</source>
        <translation>Попередній</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="189"/>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Попередній день або тиждень (Alt+Ліворуч)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="191"/>
        <source>T&amp;oday</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="194"/>
        <source>Next</source>
        <translation>Наступний</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="195"/>
        <source>Next day or week (Alt+Right)</source>
        <translation>Наступний день або тиждень (Alt+Праворуч)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="200"/>
        <source>Day shown</source>
        <translation>Показаний день</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="201"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="202"/>
        <source>&amp;Week</source>
        <translation>&amp;Тиждень</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="207"/>
        <source>&amp;Interpreters</source>
        <translation>&amp;Перекладачі</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="208"/>
        <source>&amp;Rooms</source>
        <translation>К&amp;імнати</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="213"/>
        <source>&amp;Book…</source>
        <translation>&amp;Забронювати…</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="214"/>
        <source>Book a new appointment (Ctrl+N)</source>
        <translation>Забронювати нову зустріч (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="215"/>
        <source>&amp;Propose for ride…</source>
        <translation>Запропонувати для &amp;місії…</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="218"/>
        <source>Site:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="227"/>
        <source>Rows:</source>
        <translation>Рядки:</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="251"/>
        <source>&amp;Schedule</source>
        <translation>Розк&amp;лад</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="252"/>
        <source>I&amp;nterpreters</source>
        <translation>Пере&amp;кладачі</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="254"/>
        <source>Schedule</source>
        <translation>Розклад</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="274"/>
        <source>clash or double booking</source>
        <translation>конфлікт або подвійне бронювання</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="275"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="276"/>
        <source>family notified</source>
        <translation>сім&apos;ю повідомлено</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="392"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n зустріч</numerusform>
            <numerusform>%n зустрічі</numerusform>
            <numerusform>%n зустрічей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="394"/>
        <source>%n flagged</source>
        <translation>
            <numerusform>%n позначена</numerusform>
            <numerusform>%n позначені</numerusform>
            <numerusform>%n позначених</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="401"/>
        <source>Booked despite a clash: {reason}</source>
        <translation>Заброньовано попри конфлікт: {reason}</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="403"/>
        <source>the same interpreter</source>
        <translation>той самий перекладач</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="404"/>
        <source>the same officer</source>
        <translation>той самий співробітник</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="405"/>
        <source>the same room</source>
        <translation>та сама кімната</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="406"/>
        <source>the same family</source>
        <translation>та сама сім&apos;я</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="411"/>
        <source>Double booking found after sync: {what} at {time} ({case})</source>
        <translation>Після синхронізації виявлено подвійне бронювання: {what} на {time} ({case})</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="422"/>
        <source>No room</source>
        <translation>Без кімнати</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="434"/>
        <source>inactive</source>
        <translation>неактивний(-а)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="435"/>
        <source>No longer works with the team.</source>
        <translation>Більше не працює з командою.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="437"/>
        <source>away</source>
        <translation>відсутній(-я)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="438"/>
        <source>Away {first} to {last}</source>
        <translation>Відсутність: з {first} до {last}</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="440"/>
        <source>No interpreter</source>
        <translation>Без перекладача</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="455"/>
        <source>No cases with a site in this workspace yet.</source>
        <translation>У цьому робочому просторі ще немає справ із зазначеним місцем.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="457"/>
        <source>No appointments at {site} this week.</source>
        <translation>Цього тижня немає зустрічей у {site}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="459"/>
        <source>No appointments at {site} on {day}.</source>
        <translation>Немає зустрічей у {site} на {day}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="460"/>
        <source>Double-click a free place or press Ctrl+N to book one.</source>
        <translation>Двічі клацніть вільний проміжок або натисніть Ctrl+N, щоб забронювати зустріч.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="494"/>
        <source>Book &amp;anyway…</source>
        <translation>&amp;Усе одно забронювати…</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="501"/>
        <source>{case} moved to {time}.</source>
        <translation>{case}: зустріч перенесено на {time}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="507"/>
        <source>Book anyway</source>
        <translation>Усе одно забронювати</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="507"/>
        <source>Why is this appointment booked despite the clash? (kept with it)</source>
        <translation>Чому цю зустріч бронюють попри конфлікт? (зберігається разом із нею)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="517"/>
        <source>Cancel appointment</source>
        <translation>Скасування зустрічі</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="518"/>
        <source>Why is the appointment of {case} on {time} cancelled?</source>
        <translation>Чому скасовується зустріч у справі {case} на {time}?</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="533"/>
        <source>The appointment of {case} is cancelled.</source>
        <translation>Зустріч у справі {case} скасовано.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="544"/>
        <source>{case}: {status}.</source>
        <translation>{case}: {status}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="594"/>
        <source>The appointment of {case} is saved.</source>
        <translation>Зустріч у справі {case} збережено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="622"/>
        <source>%n appointment(s) booked as proposed.</source>
        <translation>
            <numerusform>Заброньовано %n зустріч, як запропоновано.</numerusform>
            <numerusform>Заброньовано %n зустрічі, як запропоновано.</numerusform>
            <numerusform>Заброньовано %n зустрічей, як запропоновано.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="633"/>
        <source>&amp;Open or move…	Enter</source>
        <translation>Ві&amp;дкрити або перенести…	Enter</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="636"/>
        <source>&amp;Confirmed by the family</source>
        <translation>&amp;Підтверджено сім&apos;єю</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="637"/>
        <source>&amp;Done</source>
        <translation>&amp;Відбулася</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="638"/>
        <source>&amp;No-show</source>
        <translation>&amp;Неявка</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="639"/>
        <source>&amp;Booked (undo)</source>
        <translation>&amp;Заброньовано (повернути)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="643"/>
        <source>C&amp;ancel…	Del</source>
        <translation>&amp;Скасувати…	Del</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="645"/>
        <source>Open the &amp;case</source>
        <translation>Відкрити сп&amp;раву</translation>
    </message>
</context>
<context>
    <name>SelectManyMinimalQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="581"/>
        <location filename="../forms/choice_widgets.py" line="638"/>
        <source>Open the list of answers (Space)</source>
        <translation>Відкрити список відповідей (Пробіл)</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="635"/>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
</context>
<context>
    <name>SelectManyQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="983"/>
        <source>No choices fit the answers given so far.</source>
        <translation>З огляду на надані відповіді, відповідних варіантів немає.</translation>
    </message>
</context>
<context>
    <name>SelectOneQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="808"/>
        <source>Clear answer</source>
        <translation>Очистити відповідь</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="811"/>
        <source>Leave this question unanswered</source>
        <translation>Залишити це запитання без відповіді</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="852"/>
        <location filename="../forms/questions.py" line="882"/>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="867"/>
        <source>No choices fit the answers given so far.</source>
        <translation>З огляду на надані відповіді, відповідних варіантів немає.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../service_messages.py" line="17"/>
        <source>&apos;{name}&apos; is not a valid user name: use lower-case letters, digits, dots, dashes or underscores (for example ana.rojas).</source>
        <translation>«{name}» — неприпустиме ім&apos;я користувача: використовуйте малі латинські літери, цифри, крапки, дефіси або підкреслення (наприклад, ana.rojas).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="21"/>
        <source>&apos;{text}&apos; is not a case number from a label (such as LIM-000123): scan the label again.</source>
        <translation>&apos;{text}&apos; — не номер справи з етикетки (як-от LIM-000123): відскануйте етикетку ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="24"/>
        <source>&apos;{value}&apos; does not look like {hint}</source>
        <translation>«{value}» не схоже на {hint}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="25"/>
        <source>&apos;{value}&apos; is before {year}</source>
        <translation>«{value}» — раніше за {year} рік</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="26"/>
        <source>&apos;{value}&apos; is in the future</source>
        <translation>«{value}» — дата в майбутньому</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="27"/>
        <source>&apos;{value}&apos; is not a UUID (such as 0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a77)</source>
        <translation>«{value}» — не UUID (наприклад, 0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a77)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="30"/>
        <source>&apos;{value}&apos; is not a date and time (ISO 8601)</source>
        <translation>«{value}» — не дата й час (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="31"/>
        <source>&apos;{value}&apos; is not a date and time such as 2026-11-03T09:15:00Z</source>
        <translation>«{value}» — не дата й час на зразок 2026-11-03T09:15:00Z</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="34"/>
        <source>&apos;{value}&apos; is not a date and time such as 2026-11-05T09:00:00</source>
        <translation>«{value}» — не дата й час на зразок 2026-11-05T09:00:00</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="37"/>
        <source>&apos;{value}&apos; is not a date and time such as 2026-12-10T09:30</source>
        <translation>«{value}» не є датою й часом на кшталт 2026-12-10T09:30</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="40"/>
        <source>&apos;{value}&apos; is not a date of birth: use YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>«{value}» — не дата народження: використовуйте РРРР-ММ-ДД, РРРР-ММ або РРРР</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="43"/>
        <source>&apos;{value}&apos; is not a date such as 2026-11-03</source>
        <translation>«{value}» — не дата на зразок 2026-11-03</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="44"/>
        <source>&apos;{value}&apos; is not a real calendar date</source>
        <translation>«{value}» — не справжня календарна дата</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="45"/>
        <source>&apos;{value}&apos; is not a real date and time</source>
        <translation>«{value}» не є справжньою датою й часом</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="46"/>
        <source>&apos;{value}&apos; is not a record id</source>
        <translation>«{value}» — не ідентифікатор запису</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="47"/>
        <source>&apos;{value}&apos; is not an ISO 639 language code (for example es, uk, ps, ti)</source>
        <translation>«{value}» — не код мови ISO 639 (наприклад, es, uk, ps, ti)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="50"/>
        <source>&apos;{value}&apos; is not one of: {options}</source>
        <translation>«{value}» — не одне з: {options}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="51"/>
        <source>&apos;{value}&apos; is not working hours such as 08:00-17:00</source>
        <translation>«{value}» не є робочими годинами на кшталт 08:00-17:00</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="52"/>
        <source>&apos;{value}&apos; is not written as a date with precision &apos;{precision}&apos;</source>
        <translation>«{value}» записано не як дату з точністю «{precision}»</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="55"/>
        <source>--take must be local or remote.</source>
        <translation>--take має бути local або remote.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="56"/>
        <source>A booking made despite a conflict needs its reason (--reason).</source>
        <translation>Бронювання попри конфлікт потребує причини (--reason).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="64"/>
        <source>A crop frame is four numbers: left, top, right, bottom.</source>
        <translation>Рамка обрізання — це чотири числа: ліворуч, угорі, праворуч, унизу.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="67"/>
        <source>A denial needs its reason (--reason): the officer&apos;s grounds are kept with the result.</source>
        <translation>Відмова потребує причини (--reason): підстави, наведені співробітником, зберігаються разом із результатом.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="70"/>
        <source>A device public key must be base64 text.</source>
        <translation>Відкритий ключ пристрою має бути текстом base64.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="71"/>
        <source>A file from HQ did not match its fingerprint and was discarded; sync again.</source>
        <translation>Файл зі штаб-квартири не збігся зі своїм відбитком і був відкинутий; синхронізуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="74"/>
        <source>A file inside the bundle does not match its fingerprint.</source>
        <translation>Файл у пакеті не збігається зі своїм відбитком.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="77"/>
        <source>A file inside the bundle is cut short.</source>
        <translation>Файл у пакеті обірвано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="78"/>
        <source>A file inside the bundle is interrupted by another record.</source>
        <translation>Файл у пакеті перервано іншим записом.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="81"/>
        <source>A form draft key starts with &apos;draft:form:&apos;.</source>
        <translation>Ключ чернетки форми починається з &apos;draft:form:&apos;.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="82"/>
        <source>A form&apos;s files are attached by answering its question; choose another kind.</source>
        <translation>Файли форми додаються через відповідь на її запитання; виберіть інший тип.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="85"/>
        <source>A key slot file is damaged. Restore the workspace from a backup.</source>
        <translation>Файл слоту ключа пошкоджено. Відновіть робочий простір із резервної копії.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="94"/>
        <source>A note cannot be empty.</source>
        <translation>Нотатка не може бути порожньою.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="102"/>
        <source>A photo has no text to translate: attach translations to scanned documents.</source>
        <translation>На фото немає тексту для перекладу: додавайте переклади до сканованих документів.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="105"/>
        <source>A result notice needs a result kind and its outcome (got kind &apos;{result_kind}&apos;, outcome &apos;{outcome}&apos;).</source>
        <translation>Повідомлення про результат потребує виду результату та його підсумку (отримано вид «{result_kind}», підсумок «{outcome}»).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="112"/>
        <source>A stored bundle key is damaged; ask HQ to enroll this device again.</source>
        <translation>Збережений ключ пакетів пошкоджено; попросіть штаб-квартиру зареєструвати цей пристрій знову.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="115"/>
        <source>A translation takes its person and document type from the page it translates: change the page.</source>
        <translation>Переклад бере особу й тип документа зі сторінки, яку перекладає: змініть сторінку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="119"/>
        <source>A user name must have 1 to {max} characters (this one has {n}); choose a shorter one.</source>
        <translation>Ім&apos;я користувача повинно мати від 1 до {max} символів (це має {n}); виберіть коротше.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="122"/>
        <source>A workspace already exists at {path}.</source>
        <translation>Робочий простір уже існує в {path}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="123"/>
        <source>An amendment must use the form version the submission was filled with.</source>
        <translation>Зміна має використовувати ту версію форми, за якою заповнено подання.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="126"/>
        <source>An appointment lasts 5 to {most} minutes; {minutes} is not that.</source>
        <translation>Зустріч триває від 5 до {most} хвилин; {minutes} — ні.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="129"/>
        <source>An appointment or briefing notice needs the appointment&apos;s start (its date and time).</source>
        <translation>Повідомлення про зустріч або інструктаж потребує часу початку зустрічі (її дати й часу).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="132"/>
        <source>Answers that need attention before this form can be submitted: {n:,}. The first: {question}: {problem}</source>
        <translation>Відповіді, які потребують уваги, перш ніж цю форму можна надіслати: {n:,}. Перша: {question}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="136"/>
        <source>Answers that need attention: {n:,}. The first: {question}.</source>
        <translation>Відповіді, які потребують уваги: {n:,}. Перша: {question}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="151"/>
        <source>Case {case} has no result recorded yet: record it first (`circuitride result record`).</source>
        <translation>У справі {case} ще не записано результату: спершу запишіть його (`circuitride result record`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="154"/>
        <source>Case {case} has nobody in its household yet: add the principal applicant before giving a notice.</source>
        <translation>У складі сім&apos;ї справи {case} ще нікого немає: додайте основного заявника, перш ніж видавати повідомлення.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="158"/>
        <source>Choose at least one file for the document.</source>
        <translation>Виберіть принаймні один файл для документа.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="162"/>
        <source>Could not reach HQ at the address in the code. Check the network and try again.</source>
        <translation>Не вдалося зв&apos;язатися зі штаб-квартирою за адресою з коду. Перевірте мережу й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="165"/>
        <source>Could not write to disk ({reason}). Check the drive, then try again.</source>
        <translation>Не вдалося записати на диск ({reason}). Перевірте диск і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="168"/>
        <source>Could not write {path} ({reason}). Check the drive and the folder, then try again.</source>
        <translation>Не вдалося записати {path} ({reason}). Перевірте диск і теку, а потім спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="175"/>
        <source>Enrollment with HQ did not finish: run `circuitride sync enroll --code CODE` again with the same code.</source>
        <translation>Реєстрацію в штаб-квартирі не завершено: ще раз виконайте `circuitride sync enroll --code CODE` з тим самим кодом.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="186"/>
        <source>HQ and this laptop disagree about a file upload; sync again.</source>
        <translation>Штаб-квартира й цей ноутбук по-різному бачать вивантаження файлу; синхронізуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="189"/>
        <source>HQ answered with a message this version does not understand; update Circuit Ride.</source>
        <translation>Штаб-квартира відповіла повідомленням, якого ця версія не розуміє; оновіть Circuit Ride.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="192"/>
        <source>HQ did not confirm a file upload; sync again.</source>
        <translation>Штаб-квартира не підтвердила вивантаження файлу; синхронізуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="193"/>
        <source>HQ did not hand out its certificate; is the address in the code right?</source>
        <translation>Штаб-квартира не надала свого сертифіката; чи правильна адреса в коді?</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="196"/>
        <source>HQ did not take the whole batch; sync again.</source>
        <translation>Штаб-квартира прийняла не весь пакет змін; синхронізуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="197"/>
        <source>HQ is busy</source>
        <translation>Штаб-квартира зайнята</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="198"/>
        <source>List each page of the document exactly once (a page is missing from the new order).</source>
        <translation>Укажіть кожну сторінку документа рівно один раз (у новому порядку бракує сторінки).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="201"/>
        <source>List each page of the document exactly once.</source>
        <translation>Укажіть кожну сторінку документа рівно один раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="202"/>
        <source>Moving a case&apos;s stage back (from {old} to {new}) needs a reason, kept in the case&apos;s history: give it when the app asks, or with `circuitride case set NUMBER stage=STAGE --reason TEXT`.</source>
        <translation>Повернення етапу справи назад (з {old} на {new}) потребує причини, яка зберігається в історії справи: вкажіть її, коли програма попросить, або через `circuitride case set NUMBER stage=STAGE --reason TEXT`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="206"/>
        <source>Name the interpreter by id or by name.</source>
        <translation>Вкажіть перекладача за ідентифікатором або за ім’ям.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="207"/>
        <source>No appointment on {day} (officer: {officer}; site: {site}): there is nothing to put on a docket.</source>
        <translation>{day} немає зустрічей (співробітник: {officer}; місце: {site}): перелік справ до розгляду був би порожній.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="211"/>
        <source>No appointment {id} for case {case}: see `circuitride schedule list --json`.</source>
        <translation>У справі {case} немає зустрічі {id}: див. `circuitride schedule list --json`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="215"/>
        <source>No appointment {id} in this workspace; `circuitride schedule list` shows them.</source>
        <translation>У цьому робочому просторі немає зустрічі {id}; `circuitride schedule list` показує їх.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="224"/>
        <source>No interpreter &apos;{key}&apos; in this workspace; `circuitride interpreters list --all` shows them.</source>
        <translation>У цьому робочому просторі немає перекладача «{key}»; `circuitride interpreters list --all` показує їх.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="230"/>
        <source>No notice template for language &apos;{language}&apos;: use one of {languages}.</source>
        <translation>Немає шаблону повідомлення для мови «{language}»: використайте одну з таких: {languages}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="235"/>
        <source>No result {id} for case {case}: see `circuitride result list {case} --json`.</source>
        <translation>У справі {case} немає результату {id}: див. `circuitride result list {case} --json`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="238"/>
        <source>No site is named &apos;{site}&apos;: see the sites in `circuitride schedule list`.</source>
        <translation>Немає місця з назвою «{site}»: перелік місць див. у `circuitride schedule list`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="245"/>
        <source>No user {user} in this workspace. `circuitride user list` shows who there is.</source>
        <translation>У цьому робочому просторі немає користувача {user}. `circuitride user list` показує, хто є.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="249"/>
        <source>No workspace at {path}. Create one with `circuitride init` or point --data-dir at an existing one.</source>
        <translation>Немає робочого простору в {path}. Створіть його командою `circuitride init` або вкажіть у --data-dir наявний.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="253"/>
        <source>Only a photo can be a profile photo; this attachment is a document.</source>
        <translation>Фото профілю може бути лише фотографія; це вкладення — документ.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="257"/>
        <source>Only a user unlocked with their own password has a signing key to enroll: open the workspace as that user (not with HQ&apos;s recovery key), then run this again.</source>
        <translation>Ключ підпису для реєстрації має лише користувач, який відкрив простір власним паролем: відкрийте робочий простір як цей користувач (не ключем відновлення штаб-квартири) і повторіть.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="261"/>
        <source>Only photos can be cropped to a passport frame.</source>
        <translation>До паспортної рамки можна обрізати лише фотографії.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="264"/>
        <source>Periods away are set with `interpreters away`, one period at a time.</source>
        <translation>Періоди відсутності задаються командою `interpreters away`, по одному періоду.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="267"/>
        <source>Permission denied writing to {path}. Choose a folder you can write to.</source>
        <translation>Немає дозволу на запис у {path}. Виберіть теку, до якої можна записувати.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="270"/>
        <source>Permission denied writing {path}. Choose a folder you can write to.</source>
        <translation>Немає дозволу на запис {path}. Виберіть теку, до якої можна записувати.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="273"/>
        <source>Photos and translations are not pages of a document; attach them on their own.</source>
        <translation>Фото й переклади не є сторінками документа; додавайте їх окремо.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="276"/>
        <source>Photos and translations have no page order; only the pages of a document do.</source>
        <translation>Фото й переклади не мають порядку сторінок; його мають лише сторінки документа.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="282"/>
        <source>Propose at most three months at once.</source>
        <translation>Пропонуйте не більше трьох місяців за раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="286"/>
        <source>Say when the appointment starts, for example --at 2026-12-10T09:30.</source>
        <translation>Вкажіть, коли починається зустріч, наприклад --at 2026-12-10T09:30.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="292"/>
        <source>Say where the file went (for example &apos;Lima office, cabinet 2&apos;).</source>
        <translation>Укажіть, куди перемістили справу (наприклад, «Офіс у Лімі, шафа 2»).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="298"/>
        <source>Say which document the value was checked against (for example &apos;passport P1234567&apos;).</source>
        <translation>Укажіть, за яким документом перевірено значення (наприклад, «паспорт P1234567»).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="301"/>
        <source>Say which language the translation is in (for example &apos;en&apos;).</source>
        <translation>Укажіть мову перекладу (наприклад, «en»).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="308"/>
        <source>Say why the appointment is cancelled (--reason).</source>
        <translation>Вкажіть, чому зустріч скасовано (--reason).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="312"/>
        <source>Taking a denied case further is an appeal: give its reason (--reason).</source>
        <translation>Просування відхиленої справи — це апеляція: вкажіть її причину (--reason).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="315"/>
        <source>That file is itself a translation: attach the new translation to the original page.</source>
        <translation>Цей файл сам є перекладом: додайте новий переклад до сторінки оригіналу.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="318"/>
        <source>That form submission is not on this laptop.</source>
        <translation>Цього подання форми немає на цьому ноутбуці.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="319"/>
        <source>That interpreter is not on this laptop.</source>
        <translation>Цього перекладача немає на цьому ноутбуці.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="320"/>
        <source>That password is too easy to guess. Choose a passphrase of unrelated words.</source>
        <translation>Цей пароль надто легко вгадати. Виберіть парольну фразу з не пов&apos;язаних між собою слів.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="323"/>
        <source>The HQ CA certificate stored at enrollment is not a valid PEM certificate.</source>
        <translation>Сертифікат центру сертифікації центрального офісу, збережений під час реєстрації, не є дійсним сертифікатом PEM.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="326"/>
        <source>The backup could not be copied ({reason}): check the drive and the free space, then try again.</source>
        <translation>Не вдалося скопіювати резервну копію ({reason}): перевірте диск і вільне місце, а потім спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="330"/>
        <source>The booking clashes with the schedule: {reasons}. Choose another time, room or interpreter; a team lead may book it anyway with a reason.</source>
        <translation>Бронювання конфліктує з розкладом: {reasons}. Оберіть інший час, кімнату чи перекладача; керівник команди може забронювати попри це, вказавши причину.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="334"/>
        <source>The bundle ends in the middle of a record; it is not usable.</source>
        <translation>Пакет обривається посеред запису; ним не можна скористатися.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="337"/>
        <source>The bundle file is cut short, probably an incomplete copy. Copy it from the USB stick again (eject the stick safely before unplugging it); do not use the partial file.</source>
        <translation>Файл пакета обірвано, ймовірно, це неповна копія. Скопіюйте його з USB-накопичувача ще раз (перед від&apos;єднанням безпечно вийміть накопичувач); не використовуйте неповний файл.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="341"/>
        <source>The bundle holds a record too large to read; it is not usable.</source>
        <translation>Пакет містить запис, завеликий для читання; ним не можна скористатися.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="344"/>
        <source>The bundle holds an unreadable file piece.</source>
        <translation>Пакет містить нечитабельну частину файлу.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="345"/>
        <source>The bundle holds an unreadable record; it is not usable.</source>
        <translation>Пакет містить нечитабельний запис; ним не можна скористатися.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="348"/>
        <source>The bundle holds records after its end.</source>
        <translation>Пакет містить записи після свого кінця.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="349"/>
        <source>The bundle is incomplete (no end record).</source>
        <translation>Пакет неповний (немає завершального запису).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="350"/>
        <source>The bundle names a file with an invalid fingerprint.</source>
        <translation>Пакет називає файл із недійсним відбитком.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="351"/>
        <source>The connection to HQ failed during enrollment; run the same enrollment again (the code stays valid).</source>
        <translation>Під час реєстрації зв&apos;язок зі штаб-квартирою обірвався; виконайте ту саму реєстрацію ще раз (код залишається дійсним).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="355"/>
        <source>The disk is full: free some space (on the drive that holds {path}) and try again; nothing was changed.</source>
        <translation>Диск заповнено: звільніть місце (на диску, де розташовано {path}) і спробуйте ще раз; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="359"/>
        <source>The disk is full: free some space on the drive that holds {path} and try again.</source>
        <translation>Диск заповнено: звільніть місце на диску, де розташовано {path}, і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="362"/>
        <source>The disk is full: free some space, then save the attachment again.</source>
        <translation>Диск заповнено: звільніть місце й збережіть вкладення ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="365"/>
        <source>The display name must fit on one line of at most {max_chars} characters; shorten it.</source>
        <translation>Відображуване ім&apos;я має вміщатися в один рядок завдовжки не більше {max_chars} символів; скоротіть його.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="368"/>
        <source>The display name {problem}; shorten it.</source>
        <translation>Відображуване ім&apos;я {problem}; скоротіть його.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="372"/>
        <source>The enrollment code is damaged or incomplete. Copy the whole line HQ gave you.</source>
        <translation>Код реєстрації пошкоджений або неповний. Скопіюйте весь рядок, який надала штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="375"/>
        <source>The enrollment code names a server that is not HTTPS; ask HQ for a new code.</source>
        <translation>Код реєстрації вказує на сервер без HTTPS; попросіть у штаб-квартири новий код.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="378"/>
        <source>The file of the question {question} ({name}) is missing from this laptop&apos;s vault; attach it again.</source>
        <translation>Файлу запитання {question} ({name}) немає в сховищі файлів цього ноутбука; додайте його ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="387"/>
        <source>The frame is too small for an ID photo: make it larger (at least 70 by 90 pixels of the photo).</source>
        <translation>Рамка замала для фото на документ: збільште її (щонайменше 70 на 90 пікселів фотографії).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="398"/>
        <source>The key is right but the database file cannot be read: it is damaged. Run `circuitride check` and restore from a backup.</source>
        <translation>Ключ правильний, але файл бази даних не читається: його пошкоджено. Виконайте `circuitride check` і відновіть із резервної копії.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="402"/>
        <source>The key slot {name} cannot be read. Restore it from a backup.</source>
        <translation>Слот ключа {name} не читається. Відновіть його з резервної копії.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="405"/>
        <source>The key slot {name} has an unknown format.</source>
        <translation>Слот ключа {name} має невідомий формат.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="406"/>
        <source>The manifest has no &quot;cases&quot; list. Nothing was imported.</source>
        <translation>У маніфесті немає списку &quot;cases&quot;. Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="409"/>
        <source>The manifest must be a JSON object with a &quot;cases&quot; list. Nothing was imported.</source>
        <translation>Маніфест має бути об&apos;єктом JSON зі списком &quot;cases&quot;. Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="413"/>
        <source>The password is too short: use at least {min_chars} characters. A passphrase of three or four unrelated words is easy to remember and strong.</source>
        <translation>Пароль закороткий: використовуйте щонайменше {min_chars} символів. Парольну фразу з трьох-чотирьох не пов&apos;язаних слів легко запам&apos;ятати, і вона надійна.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="420"/>
        <source>The proposal&apos;s last day ({last}) is before its first ({first}).</source>
        <translation>Останній день пропозиції ({last}) раніший за перший ({first}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="423"/>
        <source>The record this conflict is about is not on this laptop.</source>
        <translation>Запису, якого стосується цей конфлікт, немає на цьому ноутбуці.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="426"/>
        <source>The recovery private key could not be read: wrong file or wrong passphrase.</source>
        <translation>Не вдалося прочитати закритий ключ відновлення: не той файл або неправильна парольна фраза.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="429"/>
        <source>The recovery private key is not an X25519 key made by `circuitride hq keygen`.</source>
        <translation>Закритий ключ відновлення — не ключ X25519, створений командою `circuitride hq keygen`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="432"/>
        <source>The recovery public key file is not a PEM public key.</source>
        <translation>Файл відкритого ключа відновлення — не відкритий ключ PEM.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="433"/>
        <source>The recovery public key is not an X25519 key made by `circuitride hq keygen`.</source>
        <translation>Відкритий ключ відновлення — не ключ X25519, створений командою `circuitride hq keygen`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="436"/>
        <source>The recovery slot does not open with this key.</source>
        <translation>Слот відновлення не відкривається цим ключем.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="437"/>
        <source>The recovery slot is damaged. Restore the workspace from a backup.</source>
        <translation>Слот відновлення пошкоджено. Відновіть робочий простір із резервної копії.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="446"/>
        <source>The server&apos;s certificate does not match the enrollment code: this is not your HQ, or the code is wrong. Nothing was sent.</source>
        <translation>Сертифікат сервера не відповідає коду реєстрації: це не ваша штаб-квартира або код неправильний. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="450"/>
        <source>The stored photo could not be read for cropping; run `circuitride check`.</source>
        <translation>Збережене фото не вдалося прочитати для обрізання; виконайте `circuitride check`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="453"/>
        <source>The title is longer than 200 characters; shorten it.</source>
        <translation>Назва довша за 200 символів; скоротіть її.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="456"/>
        <source>The user code is damaged or incomplete. Copy the whole line HQ gave you.</source>
        <translation>Код користувача пошкоджений або неповний. Скопіюйте весь рядок, який надала штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="459"/>
        <source>The workspace could not be upgraded to this version of Circuit Ride; nothing was changed. A copy of the workspace from before the upgrade is kept at {backup}. Install the previous version or contact HQ support.</source>
        <translation>Не вдалося оновити робочий простір до цієї версії Circuit Ride; нічого не змінено. Копію робочого простору до оновлення збережено в {backup}. Установіть попередню версію або зверніться до служби підтримки штаб-квартири.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="463"/>
        <source>The workspace is in use by another Circuit Ride window or command that holds it alone (it does so when the disk is full). Close it, then try again.</source>
        <translation>Робочий простір зайнятий іншим вікном або командою Circuit Ride, що тримає його виключно (так буває, коли диск заповнено). Закрийте їх і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="467"/>
        <source>The workspace is locked. Unlock it first.</source>
        <translation>Робочий простір заблоковано. Спершу розблокуйте його.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="468"/>
        <source>There is no notice template in &apos;{language}&apos;. Templates exist in: {available}.</source>
        <translation>Немає шаблону повідомлення мовою «{language}». Шаблони є такими мовами: {available}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="471"/>
        <source>There is no other device&apos;s value to take; use --value.</source>
        <translation>Немає значення іншого пристрою, яке можна взяти; використовуйте --value.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="481"/>
        <source>These pages belong to different documents; order one document at a time.</source>
        <translation>Ці сторінки належать різним документам; упорядковуйте по одному документу.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="498"/>
        <source>This answer&apos;s file is not stored on this laptop (it may not have been synced yet); attach it again.</source>
        <translation>Файлу цієї відповіді немає на цьому ноутбуці (можливо, його ще не синхронізовано); додайте його ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="502"/>
        <source>This appointment is already cancelled.</source>
        <translation>Цю зустріч уже скасовано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="59"/>
        <source>A briefing notice is for a briefing or a cultural orientation, and this appointment is neither: give an appointment notice (--kind appointment).</source>
        <translation>Повідомлення про інструктаж стосується інструктажу або культурної орієнтації, а ця зустріч не є жодним із них: видайте повідомлення про зустріч (--kind appointment).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="63"/>
        <source>A child ({child}) is older than a parent ({parent}).</source>
        <translation>Дитина ({child}) старша за одного з батьків ({parent}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="88"/>
        <source>A map name has at most {n} characters.</source>
        <translation>Назва карти може мати не більше {n} символів.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="89"/>
        <source>A map named &apos;{name}&apos; is already installed: remove it first (`circuitride maps remove`) or give this one another name with --name.</source>
        <translation>Карту з назвою «{name}» уже встановлено: спершу видаліть її (`circuitride maps remove`) або дайте цій карті іншу назву за допомогою --name.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="93"/>
        <source>A map needs a name: give one with --name.</source>
        <translation>Карті потрібна назва: задайте її за допомогою --name.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="95"/>
        <source>A parent (born {parent}) is only {gap} years older than a child (born {child}).</source>
        <translation>Один із батьків (нар. {parent}) старший за дитину (нар. {child}) лише на {gap} р.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="98"/>
        <source>A parent of the principal applicant (born {parent}) is less than {gap} years older than them (born {child}).</source>
        <translation>Один із батьків основного заявника (нар. {parent}) старший за нього (нар. {child}) менш ніж на {gap} р.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="109"/>
        <source>A review of {status} needs a note saying what is wrong.</source>
        <translation>Перевірка зі статусом {status} потребує нотатки про те, що не так.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="139"/>
        <source>Cannot read or write the map ({reason}): check the file {file} and the disk, then try again.</source>
        <translation>Не вдається прочитати або записати карту ({reason}): перевірте файл {file} і диск, потім спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="143"/>
        <source>Case {case} has no appointment booked from today on: book one first (`circuitride schedule add`), or name it with --appointment.</source>
        <translation>Справа {case} не має заброньованих зустрічей, починаючи з сьогодні: спершу забронюйте зустріч (`circuitride schedule add`) або вкажіть її через --appointment.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="147"/>
        <source>Case {case} has no briefing booked from today on: book one first (`circuitride schedule add`), or name it with --appointment.</source>
        <translation>Справа {case} не має заброньованого інструктажу, починаючи з сьогодні: спершу забронюйте його (`circuitride schedule add`) або вкажіть через --appointment.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="159"/>
        <source>Could not make the folder {path} ({reason}). Choose a folder you can write to.</source>
        <translation>Не вдалося створити теку {path} ({reason}). Виберіть теку, до якої у вас є право запису.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="171"/>
        <source>Dates of birth not verified against a document at stage {stage}: {n} of {of} persons.</source>
        <translation>На етапі {stage} дати народження не звірено з документом (осіб: {n} з {of}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="174"/>
        <source>Dismissing a finding needs a reason.</source>
        <translation>Щоб відхилити зауваження, вкажіть причину.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="179"/>
        <source>Expedited case {days} days in stage {stage} (more than {limit}).</source>
        <translation>Прискорена справа перебуває на етапі {stage} вже {days} дн. (більше ніж {limit}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="182"/>
        <source>Form {form} has {n} answers that break its rules; the first: {question}: {problem}</source>
        <translation>Форма {form} містить відповіді, що порушують її правила (кількість: {n}); перша: {question}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="185"/>
        <source>Give at least one case number.</source>
        <translation>Вкажіть принаймні один номер справи.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="214"/>
        <source>No appointment {id} in this workspace.</source>
        <translation>У цьому робочому просторі немає зустрічі {id}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="218"/>
        <source>No case matches the filter; nothing was assigned.</source>
        <translation>Жодна справа не відповідає фільтру; нічого не призначено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="219"/>
        <source>No case {cases} in this workspace; nothing was assigned. Check the numbers, or search with `circuitride search`.</source>
        <translation>У цьому робочому просторі немає справ: {cases}; нічого не призначено. Перевірте номери або знайдіть справи командою `circuitride search`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="223"/>
        <source>No circuit ride named &apos;{ride}&apos; in this workspace.</source>
        <translation>У цьому робочому просторі немає місії &apos;{ride}&apos;.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="227"/>
        <source>No map named &apos;{name}&apos; is installed. `circuitride maps list` shows the installed maps.</source>
        <translation>Карту з назвою «{name}» не встановлено. `circuitride maps list` показує встановлені карти.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="233"/>
        <source>No photo of the principal applicant at stage {stage}.</source>
        <translation>На етапі {stage} немає фото основного заявника.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="234"/>
        <source>No quality finding {id} on this laptop.</source>
        <translation>На цьому ноутбуці немає зауваження контролю якості {id}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="241"/>
        <source>No submitted form {id} on this laptop: check the id (`circuitride forms submit --json` and `circuitride forms export --format json` give it).</source>
        <translation>На цьому ноутбуці немає поданої форми {id}: перевірте ідентифікатор (його показують `circuitride forms submit --json` і `circuitride forms export --format json`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="248"/>
        <source>No user {user} on this laptop.</source>
        <translation>На цьому ноутбуці немає користувача {user}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="256"/>
        <source>Only a submitted form is reviewed.</source>
        <translation>Перевіряти можна лише подану форму.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="279"/>
        <source>Possibly the same person as one in case {other} (likeness {score}).</source>
        <translation>Можливо, та сама особа, що й у справі {other} (схожість {score}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="283"/>
        <source>Review {status} is not one of: {known}.</source>
        <translation>Статус перевірки {status} — не одне з: {known}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="284"/>
        <source>Rule {rule} is not one of: {known}.</source>
        <translation>Правило {rule} — не одне з: {known}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="285"/>
        <source>Say how the finding was fixed (a note).</source>
        <translation>Вкажіть у нотатці, як усунено зауваження.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="289"/>
        <source>Say where the file goes back to (for example &apos;Lima office, cabinet 2&apos;), or leave out --to.</source>
        <translation>Вкажіть, куди повертається тека справи (наприклад &apos;Lima office, cabinet 2&apos;), або не вказуйте --to.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="295"/>
        <source>Say which cases: give case numbers or at least one filter (site, ride, stage, ...).</source>
        <translation>Вкажіть, які справи: номери справ або принаймні один фільтр (місце, місія, етап, ...).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="304"/>
        <source>Say who takes the file: --to NAME (for example &apos;Interviewer A&apos;).</source>
        <translation>Вкажіть, хто бере теку справи: --to ІМ&apos;Я (наприклад &apos;Interviewer A&apos;).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="307"/>
        <source>Say whom to assign the finding to.</source>
        <translation>Вкажіть, кому призначити зауваження.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="311"/>
        <source>Status {status} is not one of: {known}.</source>
        <translation>Статус {status} — не одне з: {known}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="369"/>
        <source>The due date {due} is past (today is {today}): give today or a later day.</source>
        <translation>Термін повернення {due} уже минув (сьогодні {today}): вкажіть сьогоднішній або пізніший день.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="382"/>
        <source>The finding is already {status}.</source>
        <translation>Зауваження вже має статус {status}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="383"/>
        <source>The form {id} is a draft that has not been submitted: submit it first, then write its record.</source>
        <translation>Форма {id} — це чернетка, яку ще не подано: спершу подайте її, а потім створюйте протокол.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="391"/>
        <source>The installed map {id} cannot be read: it is damaged. Remove it with `circuitride maps remove {id}` and install it again.</source>
        <translation>Не вдається прочитати встановлену карту {id}: її пошкоджено. Видаліть її командою `circuitride maps remove {id}` і встановіть знову.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="395"/>
        <source>The interpreter booked for {start} speaks none of the family&apos;s languages ({languages}).</source>
        <translation>Перекладач, заброньований на {start}, не володіє жодною з мов сім&apos;ї ({languages}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="412"/>
        <source>The paper file is with {holder}, due back on {due}.</source>
        <translation>Тека справи в тримача {holder}, термін повернення — {due}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="417"/>
        <source>The period ends ({end}) before it starts ({start}): give --to on or after --from.</source>
        <translation>Період закінчується ({end}) раніше, ніж починається ({start}): вкажіть --to не раніше за --from.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="440"/>
        <source>The ride &apos;{ride}&apos; has no case: there is no label to print.</source>
        <translation>Місія &apos;{ride}&apos; не має справ: немає етикеток для друку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="443"/>
        <source>The ride &apos;{ride}&apos; has no case: there is no packet to make.</source>
        <translation>Місія «{ride}» не має справ: немає з чого створити пакет документів.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="474"/>
        <source>There is no user {user} on this laptop (`circuitride user list`).</source>
        <translation>На цьому ноутбуці немає користувача {user} (`circuitride user list`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="477"/>
        <source>There is no user {user} on this laptop: work goes to one of its users (`circuitride user list`).</source>
        <translation>На цьому ноутбуці немає користувача {user}: роботу можна призначити лише одному з його користувачів (`circuitride user list`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="484"/>
        <source>This OSM file declares a document type, which an OSM file never needs.</source>
        <translation>Цей файл OSM оголошує тип документа, а файлу OSM це ніколи не потрібно.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="487"/>
        <source>This OSM file declares entities or a document type, which an OSM file never needs; export it again from OpenMapKit or JOSM.</source>
        <translation>Цей файл OSM оголошує сутності або тип документа, а файлу OSM це ніколи не потрібно; експортуйте його знову з OpenMapKit або JOSM.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="491"/>
        <source>This OSM file has no feature to tag.</source>
        <translation>У цьому файлі OSM немає об’єкта, який можна позначити тегами.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="492"/>
        <source>This OSM file has no tagged feature; tag the feature in OpenMapKit or JOSM and save it.</source>
        <translation>У цьому файлі OSM немає об’єкта з тегами; додайте теги об’єкту в OpenMapKit або JOSM і збережіть його.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="495"/>
        <source>This XML file is not an OSM file (it has no &lt;osm&gt; element); choose a .osm file.</source>
        <translation>Цей файл XML не є файлом OSM (у ньому немає елемента &lt;osm&gt;); виберіть файл .osm.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="503"/>
        <source>This appointment is {status}; book a new one instead of moving it.</source>
        <translation>Ця зустріч має стан {status}; забронюйте нову замість перенесення.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="506"/>
        <source>This appointment was cancelled, missed or has taken place: book a new one before giving a notice for it.</source>
        <translation>Цю зустріч скасовано, пропущено або вона вже відбулася: забронюйте нову, перш ніж видавати повідомлення.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="510"/>
        <source>This appointment was cancelled; book a new one.</source>
        <translation>Цю зустріч скасовано; забронюйте нову.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="511"/>
        <source>This backup is damaged (a key slot cannot be read): choose another backup.</source>
        <translation>Цю резервну копію пошкоджено (не вдається прочитати слот ключа): виберіть іншу резервну копію.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="514"/>
        <source>This backup is damaged (its HQ recovery slot cannot be read): choose another backup.</source>
        <translation>Цю резервну копію пошкоджено (не вдається прочитати її слот відновлення штаб-квартири): виберіть іншу резервну копію.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="517"/>
        <source>This backup is damaged (its workspace.json cannot be read): choose another backup.</source>
        <translation>Цю резервну копію пошкоджено (не вдається прочитати її workspace.json): виберіть іншу резервну копію.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="520"/>
        <source>This backup is damaged: the password is right but its database cannot be read. Nothing was restored; choose another backup.</source>
        <translation>Цю резервну копію пошкоджено: пароль правильний, але її базу даних не вдається прочитати. Нічого не відновлено; виберіть іншу резервну копію.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="524"/>
        <source>This bundle was sealed for a different key, so it cannot be opened here. A push bundle opens only at the HQ the laptop is enrolled with; a reply bundle only on the laptop it was made for.</source>
        <translation>Цей пакет запечатано для іншого ключа, тож тут його не відкрити. Пакет надсилання відкривається лише в штаб-квартирі, де зареєстровано ноутбук; пакет відповіді — лише на ноутбуці, для якого його створено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="528"/>
        <source>This conflict is resolved already.</source>
        <translation>Цей конфлікт уже розв&apos;язано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="529"/>
        <source>This draft is too large to keep; save or shorten the text.</source>
        <translation>Чернетка завелика, щоб її зберегти; збережіть або скоротіть текст.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="532"/>
        <source>This file is not a Circuit Ride sync bundle. Check that you picked the bundle file (it ends in .crbundle) and not another file from the USB stick.</source>
        <translation>Цей файл — не пакет синхронізації Circuit Ride. Перевірте, що вибрано файл пакета (із закінченням .crbundle), а не інший файл із USB-накопичувача.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="536"/>
        <source>This form cannot be submitted yet: {problem}.</source>
        <translation>Цю форму ще не можна подати: {problem}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="537"/>
        <source>This form&apos;s audit log could not be recorded: {problem}.</source>
        <translation>Не вдалося записати журнал аудиту цієї форми: {problem}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="540"/>
        <source>This is not a Circuit Ride enrollment code (it starts with CR1-). Copy the whole line HQ gave you.</source>
        <translation>Це не код реєстрації Circuit Ride (він починається з CR1-). Скопіюйте весь рядок, який надала штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="544"/>
        <source>This is not an OSM file (its XML cannot be read); choose a .osm file.</source>
        <translation>Це не файл OSM (його XML неможливо прочитати); виберіть файл .osm.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="547"/>
        <source>This key slot belongs to another workspace or device.</source>
        <translation>Цей слот ключа належить іншому робочому простору або пристрою.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="550"/>
        <source>This laptop is not enrolled with HQ yet: its administrator enrolls it first (`circuitride sync enroll --code CODE`), then each user enrolls.</source>
        <translation>Цей ноутбук ще не зареєстровано в штаб-квартирі: спершу його реєструє адміністратор (`circuitride sync enroll --code CODE`), потім реєструється кожен користувач.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="554"/>
        <source>This laptop made none of the conflicting edits; use --take remote or --value.</source>
        <translation>Цей ноутбук не вносив жодної з конфліктних змін; використовуйте --take remote або --value.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="557"/>
        <source>This photo belongs to another person of the case: move it to this person first.</source>
        <translation>Це фото належить іншій особі у справі: спершу перенесіть його до цієї особи.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="560"/>
        <source>This recovery key is not the one this workspace was created with.</source>
        <translation>Це не той ключ відновлення, з яким створено цей робочий простір.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="563"/>
        <source>This recovery slot belongs to another workspace or device.</source>
        <translation>Цей слот відновлення належить іншому робочому простору або пристрою.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="566"/>
        <source>This reply bundle is for another laptop, not this one; it was not imported. Give it to the laptop it was made for.</source>
        <translation>Цей пакет відповіді призначено іншому ноутбуку, не цьому; його не імпортовано. Передайте його ноутбуку, для якого його створено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="570"/>
        <source>This workspace has no HQ recovery slot; it cannot be recovered without a password.</source>
        <translation>Цей робочий простір не має слоту відновлення штаб-квартири; без пароля його не відновити.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="573"/>
        <source>This workspace has several users: say which one with --user NAME.</source>
        <translation>У цьому робочому просторі кілька користувачів: укажіть, хто саме, через --user NAME.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="576"/>
        <source>This workspace is enrolled already. Ask HQ to revoke it first if it must change.</source>
        <translation>Цей робочий простір уже зареєстровано. Якщо це треба змінити, спершу попросіть штаб-квартиру відкликати реєстрацію.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="579"/>
        <source>This workspace is not enrolled with HQ yet: run `circuitride sync enroll --code CODE`.</source>
        <translation>Цей робочий простір ще не зареєстровано в штаб-квартирі: виконайте `circuitride sync enroll --code CODE`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="582"/>
        <source>This workspace is not enrolled with HQ, so it cannot take HQ&apos;s reply bundle.</source>
        <translation>Цей робочий простір не зареєстровано в штаб-квартирі, тож він не може прийняти пакет відповіді штаб-квартири.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="585"/>
        <source>This workspace is not enrolled with HQ, so it cannot write a bundle for HQ: enroll it first (`circuitride sync enroll --code CODE`).</source>
        <translation>Цей робочий простір не зареєстровано в штаб-квартирі, тож він не може записати пакет для неї: спершу зареєструйте його (`circuitride sync enroll --code CODE`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="589"/>
        <source>This workspace was made by a newer version of Circuit Ride (folder format {found}; this version knows {known}): install that version or newer; nothing was changed.</source>
        <translation>Цей робочий простір створено новішою версією Circuit Ride (формат теки {found}; ця версія знає {known}): установіть ту версію або новішу; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="593"/>
        <source>This workspace was made by a newer version of Circuit Ride (format {revision}; this version knows formats up to {head}): install that version or newer; nothing was changed.</source>
        <translation>Цей робочий простір створено новішою версією Circuit Ride (формат {revision}; ця версія знає формати до {head}): установіть ту версію або новішу; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="597"/>
        <source>This workspace was restored from a backup as a new device: ask HQ for a new enrollment code (`circuitride hq enroll-device`) and run `circuitride sync enroll --code CODE` as the laptop&apos;s administrator.</source>
        <translation>Цей робочий простір відновлено з резервної копії як новий пристрій: попросіть у штаб-квартири новий код реєстрації (`circuitride hq enroll-device`) і виконайте `circuitride sync enroll --code CODE` як адміністратор ноутбука.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="601"/>
        <source>This workspace&apos;s enrollment lacks HQ&apos;s bundle key; ask HQ to enroll it again.</source>
        <translation>У реєстрації цього робочого простору немає ключа пакетів штаб-квартири; попросіть штаб-квартиру зареєструвати його знову.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="604"/>
        <source>Two records hold this value, so keeping either side changes nothing: give this record another value with --value.</source>
        <translation>Це значення мають два записи, тож збереження будь-якого з варіантів нічого не змінить: дайте цьому запису інше значення через --value.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="608"/>
        <source>Type the new value for this record (it must not be empty).</source>
        <translation>Введіть нове значення для цього запису (воно не може бути порожнім).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="611"/>
        <source>Unknown appointment type &apos;{type}&apos;: use one of {types}.</source>
        <translation>Невідомий тип зустрічі «{type}»: використайте один із таких: {types}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="614"/>
        <source>Unknown grouping &apos;{by}&apos;: use one of {choices}.</source>
        <translation>Невідоме групування «{by}»: використайте одне з таких: {choices}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="615"/>
        <source>Unknown notice kind &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>Невідомий тип повідомлення «{kind}»: використайте один із таких: {kinds}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="616"/>
        <source>Unknown role &apos;{role}&apos;. Roles: {roles}.</source>
        <translation>Невідома роль &apos;{role}&apos;. Ролі: {roles}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="617"/>
        <source>User {user} already exists. Use `circuitride passwd --user {user}` instead.</source>
        <translation>Користувач {user} уже існує. Використайте натомість `circuitride passwd --user {user}`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="620"/>
        <source>Wrong password. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неправильний пароль. Перевірте розкладку клавіатури й Caps Lock і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="623"/>
        <source>Wrong user name or password.</source>
        <translation>Неправильне ім&apos;я користувача або пароль.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="624"/>
        <source>You cannot deactivate yourself; ask another administrator.</source>
        <translation>Не можна деактивувати самого себе; зверніться до іншого адміністратора.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="627"/>
        <source>Your role ({role}) may not make travel packets: a member of the case team (interviewer, adjudication support or team lead) makes them.</source>
        <translation>Ваша роль ({role}) не дозволяє створювати пакети документів для поїздки: їх створює член групи, що працює зі справами (інтерв&apos;юер, підтримка ухвалення рішень або керівник групи).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="631"/>
        <source>Your role ({role}) may not {action}. Ask {who}.</source>
        <translation>Ваша роль ({role}) не дозволяє {action}. Зверніться до: {who}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="632"/>
        <source>Your role ({role}) sees only your own work; a team lead sees anyone&apos;s.</source>
        <translation>З вашою роллю ({role}) видно лише вашу власну роботу; керівник групи бачить роботу будь-кого.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="635"/>
        <source>a UNHCR registration id such as 123-45C67890</source>
        <translation>реєстраційний номер УВКБ ООН на зразок 123-45C67890</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="636"/>
        <source>a case number such as LIM-000123</source>
        <translation>номер справи на зразок LIM-000123</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="637"/>
        <source>a date with precision &apos;{precision}&apos; needs the form {form}</source>
        <translation>дата з точністю «{precision}» потребує формату {form}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="640"/>
        <source>a kept chunk of a partial download is missing</source>
        <translation>бракує збереженої частини неповного завантаження</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="641"/>
        <source>a team lead</source>
        <translation>керівник групи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="642"/>
        <source>a two-letter country code such as AF</source>
        <translation>дволітерний код країни на зразок AF</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="643"/>
        <source>a two-letter country code such as PE</source>
        <translation>дволітерний код країни на зразок PE</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="644"/>
        <source>a two-letter country code such as VE</source>
        <translation>дволітерний код країни на зразок VE</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="645"/>
        <source>adjudication support</source>
        <translation>підтримка ухвалення рішень</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="646"/>
        <source>admin</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="647"/>
        <source>amendment.reason: say why a submitted form is being changed.</source>
        <translation>amendment.reason: укажіть, чому змінюється подана форма.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="650"/>
        <source>an administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="651"/>
        <source>an unknown place</source>
        <translation>невідоме місце</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="652"/>
        <source>appointment</source>
        <translation>зустріч</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="653"/>
        <source>assign work</source>
        <translation>розподіляти роботу</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="654"/>
        <source>attach files</source>
        <translation>додавати файли</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="655"/>
        <source>book an appointment despite a schedule conflict</source>
        <translation>бронювати зустріч попри конфлікт у розкладі</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="656"/>
        <source>case</source>
        <translation>справа</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="657"/>
        <source>change reference data (forms, sites, rides, interpreters)</source>
        <translation>змінювати довідкові дані (форми, місця, місії, перекладачі)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="660"/>
        <source>change the role of</source>
        <translation>змінити роль</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="661"/>
        <source>date of birth must be text: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>дата народження має бути текстом: РРРР-ММ-ДД, РРРР-ММ або РРРР</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="664"/>
        <source>date: give a day such as 2026-12-10.</source>
        <translation>дата: вкажіть день на кшталт 2026-12-10.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="665"/>
        <source>date: {day} is in the future; record a result on or after the day it was given.</source>
        <translation>дата: {day} у майбутньому; записуйте результат у день його надання або пізніше.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="668"/>
        <source>deactivate</source>
        <translation>деактивувати</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="669"/>
        <source>delete records</source>
        <translation>видаляти записи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="670"/>
        <source>edit cases</source>
        <translation>редагувати справи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="671"/>
        <source>enroll this laptop</source>
        <translation>реєструвати цей ноутбук</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="672"/>
        <source>expected &apos;{format}&apos;</source>
        <translation>очікувалося «{format}»</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="673"/>
        <source>expected text</source>
        <translation>очікувався текст</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="674"/>
        <source>export data</source>
        <translation>експортувати дані</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="675"/>
        <source>export format: json or csv.</source>
        <translation>формат експорту: json або csv.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="676"/>
        <source>file movement</source>
        <translation>переміщення справи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="677"/>
        <source>fix the file in a text editor, or save it again from the spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>виправте файл у текстовому редакторі або збережіть його з електронної таблиці ще раз як &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="680"/>
        <source>holds a control character or invalid text; type or paste it again as plain text</source>
        <translation>містить керівний символ або недійсний текст; введіть або вставте його ще раз як звичайний текст</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="683"/>
        <source>holds a line break; it must be one line</source>
        <translation>містить розрив рядка; має бути один рядок</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="684"/>
        <source>holds {count:,} items; at most {cap:,} are allowed</source>
        <translation>кількість елементів — {count:,}, а дозволено щонайбільше {cap:,}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="685"/>
        <source>holds {count} periods; at most {cap} are allowed</source>
        <translation>містить {count} періодів; дозволено не більше {cap}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="686"/>
        <source>import case manifests</source>
        <translation>імпортувати маніфести справ</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="687"/>
        <source>interpreter.name: another interpreter is already named &apos;{name}&apos;</source>
        <translation>interpreter.name: інший перекладач уже має ім’я «{name}»</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="690"/>
        <source>interviewer</source>
        <translation>інтерв&apos;юер</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="691"/>
        <source>is longer than {max_chars:,} characters</source>
        <translation>довше за допустиму кількість символів ({max_chars:,})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="692"/>
        <source>is longer than {max_chars} characters; use an ISO 639 code (es, uk, ps, ti)</source>
        <translation>довше за {max_chars} символів; використовуйте код ISO 639 (es, uk, ps, ti)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="695"/>
        <source>is not a file fingerprint (64 hexadecimal digits)</source>
        <translation>не є відбитком файлу (64 шістнадцяткові цифри)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="696"/>
        <source>is not a person of this case</source>
        <translation>не є особою цієї справи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="697"/>
        <source>is required</source>
        <translation>обов&apos;язкове поле</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="698"/>
        <source>is required; one of: {options}</source>
        <translation>обов&apos;язкове поле; одне з: {options}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="699"/>
        <source>item {number}: must be a language code with an optional level</source>
        <translation>елемент {number}: має бути код мови з необов’язковим рівнем</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="702"/>
        <source>item {number}: {problem}</source>
        <translation>елемент {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="703"/>
        <source>make backups</source>
        <translation>робити резервні копії</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="704"/>
        <source>manage keys</source>
        <translation>керувати ключами</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="705"/>
        <source>manage users</source>
        <translation>керувати користувачами</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="706"/>
        <source>more than one principal applicant</source>
        <translation>більше ніж один основний заявник</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="707"/>
        <source>move a case&apos;s stage backwards</source>
        <translation>повертати етап справи назад</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="708"/>
        <source>must be a date and time (ISO 8601)</source>
        <translation>має бути датою й часом (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="709"/>
        <source>must be a date and time such as 2026-11-03T09:15:00Z</source>
        <translation>має бути датою й часом на зразок 2026-11-03T09:15:00Z</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="712"/>
        <source>must be a list</source>
        <translation>має бути списком</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="713"/>
        <source>must be a list of languages</source>
        <translation>має бути списком мов</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="714"/>
        <source>must be a list of periods</source>
        <translation>має бути списком періодів</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="715"/>
        <source>must be a list of {&quot;code&quot;: &quot;es&quot;, &quot;proficiency&quot;: &quot;native&quot;}</source>
        <translation>має бути списком {&quot;code&quot;: &quot;es&quot;, &quot;proficiency&quot;: &quot;native&quot;}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="718"/>
        <source>must be a local date and time such as 2026-11-05T09:00:00</source>
        <translation>має бути місцевими датою й часом на зразок 2026-11-05T09:00:00</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="721"/>
        <source>must be a whole number from 0 to 100</source>
        <translation>має бути цілим числом від 0 до 100</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="722"/>
        <source>must be a whole number, 0 or more</source>
        <translation>має бути цілим числом, 0 або більше</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="723"/>
        <source>must be an object ({...})</source>
        <translation>має бути об&apos;єктом ({...})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="724"/>
        <source>must be one of: {options}</source>
        <translation>має бути одним із: {options}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="725"/>
        <source>must be text like {hint}</source>
        <translation>має бути текстом на зразок: {hint}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="726"/>
        <source>must be the name of a circuit ride</source>
        <translation>має бути назвою місії</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="727"/>
        <source>must be true or false</source>
        <translation>має бути true або false</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="728"/>
        <source>must map field names to {by, at, document}</source>
        <translation>має зіставляти назви полів із {by, at, document}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="729"/>
        <source>must name a record</source>
        <translation>має вказувати на запис</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="730"/>
        <source>must name at least one language (ISO 639 codes such as ti, am, ar)</source>
        <translation>має містити принаймні одну мову (коди ISO 639, наприклад ti, am, ar)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="733"/>
        <source>must not be empty</source>
        <translation>не може бути порожнім</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="734"/>
        <source>must say where the file went</source>
        <translation>має вказувати, куди перемістили справу</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="735"/>
        <source>names {code} twice</source>
        <translation>називає {code} двічі</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="736"/>
        <source>names {count} languages; at most {cap} are allowed</source>
        <translation>називає {count} мов; дозволено не більше {cap}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="737"/>
        <source>no circuit ride named &apos;{name}&apos; in the manifest or the workspace</source>
        <translation>немає місії з назвою «{name}» ні в маніфесті, ні в робочому просторі</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="740"/>
        <source>no free slot between the dates given</source>
        <translation>немає вільного часу між указаними датами</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="741"/>
        <source>no interpreter at {site} speaks {languages}</source>
        <translation>жоден перекладач у {site} не володіє мовою {languages}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="742"/>
        <source>no interpreter named &apos;{name}&apos;</source>
        <translation>немає перекладача з іменем «{name}»</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="743"/>
        <source>no role: the account is deactivated</source>
        <translation>без ролі: обліковий запис деактивовано</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="744"/>
        <source>no working day between the dates given is still to come</source>
        <translation>жоден робочий день між указаними датами ще не настав</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="747"/>
        <source>note</source>
        <translation>нотатка</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="748"/>
        <source>period {number}: ends ({end}) before it starts ({start})</source>
        <translation>період {number}: закінчується ({end}) раніше, ніж починається ({start})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="751"/>
        <source>period {number}: must hold from, to and an optional reason</source>
        <translation>період {number}: має містити початок, кінець і необов’язкову причину</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="754"/>
        <source>period {number}: needs its first and last day</source>
        <translation>період {number}: потрібні його перший і останній день</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="755"/>
        <source>period {number}: {problem}</source>
        <translation>період {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="756"/>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="757"/>
        <source>read cases</source>
        <translation>читати справи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="758"/>
        <source>read medical notes</source>
        <translation>читати медичні нотатки</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="759"/>
        <source>read restricted notes</source>
        <translation>читати нотатки з обмеженим доступом</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="760"/>
        <source>record adjudication outcomes</source>
        <translation>записувати рішення за справами</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="761"/>
        <source>record file movements</source>
        <translation>записувати переміщення справ</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="762"/>
        <source>record security-check results</source>
        <translation>записувати результати перевірок безпеки</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="763"/>
        <source>register new cases</source>
        <translation>реєструвати нові справи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="764"/>
        <source>repeats cases[{index}]</source>
        <translation>повторює cases[{index}]</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="765"/>
        <source>resolve sync conflicts</source>
        <translation>розв&apos;язувати конфлікти синхронізації</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="766"/>
        <source>room {room} is booked at {when}</source>
        <translation>кімнату {room} заброньовано на {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="767"/>
        <source>row {row}</source>
        <translation>рядок {row}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="768"/>
        <source>row {row} (line {line})</source>
        <translation>рядок {row} (рядок файлу {line})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="769"/>
        <source>sync</source>
        <translation>синхронізувати</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="770"/>
        <source>take a case past a denial (an appeal)</source>
        <translation>просувати справу після відмови (апеляція)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="771"/>
        <source>team lead</source>
        <translation>керівник групи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="772"/>
        <source>the case already has a different principal applicant</source>
        <translation>справа вже має іншого основного заявника</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="775"/>
        <source>the family is booked at {when}</source>
        <translation>сім’я має зустріч на {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="776"/>
        <source>the file of {case} has no home location recorded: say where it goes with --to</source>
        <translation>для теки справи {case} не записано постійного місця: вкажіть, куди її повернути, через --to</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="779"/>
        <source>the file of {case} is checked out to {holder} since {since}</source>
        <translation>тека справи {case} у {holder} з {since}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="782"/>
        <source>the file of {case} is not checked out (it is at {location})</source>
        <translation>теку справи {case} не видано (вона в {location})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="785"/>
        <source>the interpreter is booked at {when}</source>
        <translation>перекладач зайнятий на {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="786"/>
        <source>the interpreter is not on this laptop&apos;s list</source>
        <translation>перекладача немає у списку цього ноутбука</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="787"/>
        <source>there is no case {case} in this workspace</source>
        <translation>у цьому робочому просторі немає справи {case}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="788"/>
        <source>this application reads version {version} manifests</source>
        <translation>ця програма читає маніфести версії {version}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="791"/>
        <source>unknown field</source>
        <translation>невідоме поле</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="792"/>
        <source>work quality findings</source>
        <translation>опрацьовувати зауваження контролю якості</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="793"/>
        <source>working hours {value} end before they start</source>
        <translation>робочі години {value} закінчуються раніше, ніж починаються</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="794"/>
        <source>write notes</source>
        <translation>писати нотатки</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="795"/>
        <source>{count:,} case numbers at once is more than {limit:,}: split them into several batches.</source>
        <translation>{count:,} номерів справ за раз — більше ніж {limit:,}: розділіть їх на кілька партій.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="798"/>
        <source>{count:,} cases at once is more than {limit:,}: narrow the filter.</source>
        <translation>{count:,} справ за раз — більше ніж {limit:,}: звузьте фільтр.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="801"/>
        <source>{count} circuit rides are named &apos;{ride}&apos;: give the id of the one you mean ({ids}).</source>
        <translation>{count} місій мають назву «{ride}»: вкажіть ідентифікатор потрібної ({ids}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="804"/>
        <source>{count} interpreters are named &apos;{name}&apos;: use the id (`circuitride interpreters list --all`).</source>
        <translation>{count} перекладачів мають ім’я «{name}»: використайте ідентифікатор (`circuitride interpreters list --all`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="808"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="809"/>
        <source>{file} declares its tiles as &apos;{format}&apos;; only PNG, JPEG and WebP tiles can be drawn. Export the map as raster MBTiles and install that file.</source>
        <translation>{file} оголошує свої тайли як «{format}»; відобразити можна лише тайли PNG, JPEG і WebP. Експортуйте карту в растровому форматі MBTiles і встановіть цей файл.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="813"/>
        <source>{file} holds vector tiles (pbf), which this program cannot draw: export the map as raster MBTiles (PNG or JPEG tiles) and install that file.</source>
        <translation>{file} містить векторні тайли (pbf), які ця програма не може відобразити: експортуйте карту в растровому форматі MBTiles (тайли PNG або JPEG) і встановіть цей файл.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="817"/>
        <source>{file} is not an MBTiles map ({why}). Export the map as raster MBTiles (PNG or JPEG tiles), for example from QGIS or the tool that made it, and install that file.</source>
        <translation>{file} не є картою MBTiles ({why}). Експортуйте карту в растровому форматі MBTiles (тайли PNG або JPEG), наприклад із QGIS або з програми, у якій її створено, і встановіть цей файл.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="821"/>
        <source>{file}: no such file. Check the path and try again.</source>
        <translation>{file}: такого файлу немає. Перевірте шлях і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="822"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="823"/>
        <source>{id} is a draft that has not been submitted: submit the form first, then write its record.</source>
        <translation>{id} — це чернетка, яку ще не подано: спершу подайте форму, а потім створюйте протокол.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="826"/>
        <source>{id} is also the id of {other} ({kind} of case {case}); two records cannot share an id: remove the id from the one that is new</source>
        <translation>{id} — також ідентифікатор {other} ({kind} справи {case}); два записи не можуть мати один ідентифікатор: видаліть ідентифікатор у того, який новий</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="830"/>
        <source>{kind} {id} is a record of case {owner} in this workspace, not of case {case}; a record cannot move to another case: put it under case {owner}, or remove its id to import it as a new {kind} of case {case}</source>
        <translation>{kind} {id} — запис справи {owner} у цьому робочому просторі, а не справи {case}; запис не може перейти до іншої справи: помістіть його до справи {owner} або видаліть його ідентифікатор, щоб імпортувати як новий запис ({kind}) справи {case}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="834"/>
        <source>{name} does not speak {language}</source>
        <translation>{name} не володіє мовою {language}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="835"/>
        <source>{name} is away from {start} to {end}</source>
        <translation>{name} відсутній(-я) з {start} до {end}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="836"/>
        <source>{name} no longer works with the team</source>
        <translation>{name} більше не працює з командою</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="837"/>
        <source>{name} speaks none of the family&apos;s languages ({languages})</source>
        <translation>{name} не володіє жодною з мов сім’ї ({languages})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="840"/>
        <source>{n} principal applicants in one case.</source>
        <translation>Основних заявників в одній справі: {n}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="841"/>
        <source>{officer} is booked at {when}</source>
        <translation>{officer} зайнятий(-а) на {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="842"/>
        <source>{path} is a file: give a folder for the ride&apos;s packets.</source>
        <translation>{path} — це файл: вкажіть теку для пакетів документів місії.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="845"/>
        <source>{path} is a folder: give a file name ending in {suffix}.</source>
        <translation>{path} — це тека: вкажіть ім&apos;я файлу із закінченням {suffix}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="848"/>
        <source>{path} is damaged. Restore the workspace from a backup.</source>
        <translation>{path} пошкоджено. Відновіть робочий простір із резервної копії.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="851"/>
        <source>{path} is not a Circuit Ride backup: choose the folder a backup made (it holds workspace.json, db.sqlite and keyslots).</source>
        <translation>{path} не є резервною копією Circuit Ride: виберіть теку, яку створено під час резервного копіювання (у ній є workspace.json, db.sqlite і keyslots).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="855"/>
        <source>{path} is not empty. Choose a new directory for the backup.</source>
        <translation>Тека {path} не порожня. Виберіть нову теку для резервної копії.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="858"/>
        <source>{path} is not empty. Choose an empty or new directory.</source>
        <translation>Тека {path} не порожня. Виберіть порожню або нову теку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="861"/>
        <source>{path}: give a file name ending in {suffix}.</source>
        <translation>{path}: вкажіть ім&apos;я файлу із закінченням {suffix}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="862"/>
        <source>{problem}. Nothing was imported.</source>
        <translation>{problem}. Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="863"/>
        <source>{problem}: give a time still to come.</source>
        <translation>{problem}: вкажіть час у майбутньому.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="864"/>
        <source>{source} is not UTF-8 text. Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{source} — не текст UTF-8. Збережіть його як &apos;CSV UTF-8&apos; і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="867"/>
        <source>{source} is not UTF-8 text. Save it as UTF-8 JSON and try again.</source>
        <translation>{source} — не текст UTF-8. Збережіть його як JSON у UTF-8 і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="870"/>
        <source>{source} is not valid JSON: {reason} at line {line}, column {column}. Nothing was imported.</source>
        <translation>{source} — недійсний JSON: {reason} у рядку {line}, позиція {column}. Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="873"/>
        <source>{source}, line 1: column {index} has no name; name it or delete the column</source>
        <translation>{source}, рядок 1: стовпець {index} не має назви; назвіть його або видаліть стовпець</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="876"/>
        <source>{source}, line 1: column {name} appears twice (columns {first} and {index}); keep only one of them</source>
        <translation>{source}, рядок 1: стовпець {name} трапляється двічі (стовпці {first} і {index}); залиште лише один</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="880"/>
        <source>{source}, line 1: unknown column {name}</source>
        <translation>{source}, рядок 1: невідомий стовпець {name}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="881"/>
        <source>{source}, line {line}, column {column}: the cell runs over several lines (to line {last}), which only {columns} may; a quote is probably not closed</source>
        <translation>{source}, рядок {line}, стовпець {column}: клітинка займає кілька рядків (до рядка {last}), а це дозволено лише для {columns}; імовірно, не закрито лапки</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="885"/>
        <source>{source}, line {line}, column {column}: the cell runs to line {last} and holds what reads as whole rows of the file; a quote is probably not closed</source>
        <translation>{source}, рядок {line}, стовпець {column}: клітинка тягнеться до рядка {last} і містить те, що читається як цілі рядки файлу; імовірно, не закрито лапки</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="889"/>
        <source>{source}, line {line}: a cell holds more than {max_chars:,} characters, more than any column may hold (often a quote that is never closed, which swallows the lines after it)</source>
        <translation>{source}, рядок {line}: клітинка містить понад {max_chars:,} символів — більше, ніж може вмістити будь-який стовпець (часто це лапки, які не закрито й які поглинають наступні рядки)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="893"/>
        <source>{source}, line {line}: a quoted cell opened on this line is never closed, so it would swallow every line after it; add the missing &quot; or {fix}</source>
        <translation>{source}, рядок {line}: лапки клітинки, відкриті в цьому рядку, ніде не закрито, тож вони поглинули б усі наступні рядки; додайте пропущену &quot; або {fix}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="897"/>
        <source>{source}, line {line}: the CSV is malformed (a quoted cell opened on line {first} closes on line {line}): {error}; a quote inside a cell must be written twice (&quot;&quot;), and a cell with a quote, comma or line break must be quoted; {fix}</source>
        <translation>{source}, рядок {line}: CSV має помилку (клітинка в лапках, відкрита в рядку {first}, закривається в рядку {line}): {error}; лапки всередині клітинки треба писати двічі (&quot;&quot;), а клітинку з лапками, комою або розривом рядка — брати в лапки; {fix}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="901"/>
        <source>{source}, line {line}: the CSV is malformed: {error}; a quote inside a cell must be written twice (&quot;&quot;), and a cell with a quote, comma or line break must be quoted; {fix}</source>
        <translation>{source}, рядок {line}: CSV має помилку: {error}; лапки всередині клітинки треба писати двічі (&quot;&quot;), а клітинку з лапками, комою або розривом рядка — брати в лапки; {fix}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="905"/>
        <source>{source}, line {line}: {cells} cells where the header has {columns} columns; every row needs one cell per column (a stray or unclosed quote, or a comma in an unquoted cell, shifts them)</source>
        <translation>{source}, рядок {line}: клітинок — {cells}, а стовпців у заголовку — {columns}; кожен рядок потребує по одній клітинці на стовпець (їх зсуває зайва чи незакрита лапка або кома в клітинці без лапок)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="909"/>
        <source>{source}: column {name} is missing</source>
        <translation>{source}: бракує стовпця {name}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="910"/>
        <source>{start} ({case})</source>
        <translation>{start} ({case})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="911"/>
        <source>{start} is in the past</source>
        <translation>{start} уже минуло</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="912"/>
        <source>{start} to {end} is outside the working hours of {site} ({hours})</source>
        <translation>з {start} до {end} — поза робочими годинами {site} ({hours})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="915"/>
        <source>{user} is deactivated: give the work to an active user.</source>
        <translation>Користувача {user} деактивовано: передайте роботу активному користувачеві.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="918"/>
        <source>{user} is the workspace&apos;s only administrator: add another administrator first (`circuitride user add NAME --role admin`), then {verb} them.</source>
        <translation>{user} — єдиний адміністратор робочого простору: спершу додайте іншого адміністратора (`circuitride user add NAME --role admin`), тоді можна {verb} цього користувача.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="922"/>
        <source>{where}, column person_id: {id} is also the id of the person on row {row} (case {case}); two people cannot share an id: clear it on the row of the one who is new</source>
        <translation>{where}, стовпець person_id: {id} — також ідентифікатор особи в рядку {row} (справа {case}); дві особи не можуть мати один ідентифікатор: очистьте його в рядку тієї, яка нова</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="926"/>
        <source>{where}, column {column}: {problem}</source>
        <translation>{where}, стовпець {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="927"/>
        <source>{where}.unhcr_id: already recorded on case {case}. Nothing was imported.</source>
        <translation>{where}.unhcr_id: уже записано у справі {case}. Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="930"/>
        <source>{where}.{field}: unknown field. Known fields: {known}</source>
        <translation>{where}.{field}: невідоме поле. Відомі поля: {known}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="933"/>
        <source>{where}.{field}: {problem}</source>
        <translation>{where}.{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="934"/>
        <source>{where}: the case columns of {case} differ from row {row}; repeat them identically on every row of a case</source>
        <translation>{where}: стовпці справи {case} відрізняються від рядка {row}; повторюйте їх однаково в кожному рядку справи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="938"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="939"/>
        <source>{where}: {problem}. Nothing was imported.</source>
        <translation>{where}: {problem}. Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="45"/>
        <source>Cancelled; nothing half-done was kept.</source>
        <translation>Скасовано; нічого незавершеного не збережено.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="195"/>
        <source>An unexpected problem stopped this action; nothing half-done was saved.</source>
        <translation>Непередбачена проблема зупинила цю дію; нічого незавершеного не збережено.</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../forms/session.py" line="643"/>
        <source>Start an interview</source>
        <translation>Розпочати співбесіду</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="652"/>
        <source>%1  (version %2)</source>
        <translation>%1  (версія %2)</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="655"/>
        <source>No interpreter</source>
        <translation>Без перекладача</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="668"/>
        <source>e.g. interview room 2, Lima office</source>
        <translation>напр., кімната для співбесід 2, офіс у Лімі</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="671"/>
        <source>Interview &amp;type:</source>
        <translation>&amp;Тип співбесіди:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="672"/>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="673"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Перекладач:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="674"/>
        <source>Form &amp;language:</source>
        <translation>&amp;Мова форми:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="675"/>
        <source>&amp;Location:</source>
        <translation>М&amp;ісце:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="676"/>
        <source>The form language is the one questions are read out in; you can switch it at any time.</source>
        <translation>Мова форми — це мова, якою зачитують запитання; її можна змінити будь-коли.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="680"/>
        <source>Start</source>
        <translation>Розпочати</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../status.py" line="64"/>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../status.py" line="76"/>
        <source>Disk full: read, export and back up only; free some space to save</source>
        <translation>Диск заповнено: лише читання, експорт і резервна копія; звільніть місце, щоб зберігати</translation>
    </message>
    <message>
        <location filename="../status.py" line="79"/>
        <source>The disk holding the workspace is full. You can read, search, export and back up to another drive; changes cannot be saved until some space is freed.</source>
        <translation>Диск із робочим простором заповнено. Можна читати, шукати, експортувати й робити резервну копію на інший диск; зміни не можна зберегти, доки не звільниться місце.</translation>
    </message>
    <message>
        <location filename="../status.py" line="100"/>
        <source>Unlocked: %s</source>
        <translation>Розблоковано: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="101"/>
        <source>Ride: %s</source>
        <translation>Місія: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="101"/>
        <source>No current ride</source>
        <translation>Немає поточної місії</translation>
    </message>
    <message>
        <location filename="../status.py" line="103"/>
        <source>Never synced</source>
        <translation>Не синхронізовано</translation>
    </message>
    <message>
        <location filename="../status.py" line="109"/>
        <source>Last sync: %s</source>
        <translation>Остання синхронізація: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="111"/>
        <source>Not backed up yet</source>
        <translation>Резервної копії немає</translation>
    </message>
    <message numerus="yes">
        <location filename="../status.py" line="115"/>
        <source>Last backup %n day(s) ago</source>
        <translation>
            <numerusform>Остання резервна копія — %n день тому</numerusform>
            <numerusform>Остання резервна копія — %n дні тому</numerusform>
            <numerusform>Остання резервна копія — %n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../status.py" line="125"/>
        <source>Update available: %s</source>
        <translation>Доступне оновлення: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="128"/>
        <source>Get it from %s</source>
        <translation>Завантажте з %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="131"/>
        <source>Ask HQ where to get it.</source>
        <translation>Запитайте в штаб-квартирі, де його отримати.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../sync/conflicts.py" line="131"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="132"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="133"/>
        <source>Appointment</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="134"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="135"/>
        <source>Document or photo</source>
        <translation>Документ або фото</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="136"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="137"/>
        <source>Circuit ride</source>
        <translation>Місія</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="138"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="139"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="140"/>
        <source>Interview</source>
        <translation>Співбесіда</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="141"/>
        <source>Form submission</source>
        <translation>Надіслана форма</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="142"/>
        <source>Adjudication result</source>
        <translation>Рішення за справою</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="143"/>
        <source>File movement</source>
        <translation>Переміщення справи</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="155"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="158"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="160"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../sync/dialogs.py" line="46"/>
        <source>Enroll with HQ</source>
        <translation>Реєстрація в штаб-квартирі</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="47"/>
        <source>Paste the enrollment code HQ gave you for this laptop (one line starting with CR1-). The laptop then checks HQ&apos;s certificate and registers itself.</source>
        <translation>Вставте код реєстрації, який штаб-квартира видала для цього ноутбука (один рядок, що починається з CR1-). Потім ноутбук перевірить сертифікат штаб-квартири та зареєструється.</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="52"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Зареєструвати</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="63"/>
        <source>Enter another value</source>
        <translation>Ввести інше значення</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="64"/>
        <source>The value {field} should have on every device:</source>
        <translation>Значення, яке {field} має мати на всіх пристроях:</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="67"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Використати це значення</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../sync/view.py" line="61"/>
        <source>Sync with HQ</source>
        <translation>Синхронізація зі штаб-квартирою</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="69"/>
        <source>This laptop:</source>
        <translation>Цей ноутбук:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="70"/>
        <source>Last successful sync:</source>
        <translation>Остання успішна синхронізація:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="71"/>
        <source>Ride:</source>
        <translation>Місія:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="72"/>
        <source>Changes waiting to be sent:</source>
        <translation>Зміни, що очікують надсилання:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="73"/>
        <source>HQ address:</source>
        <translation>Адреса штаб-квартири:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="74"/>
        <source>Open conflicts:</source>
        <translation>Відкриті конфлікти:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="91"/>
        <source>Sync problem</source>
        <translation>Проблема синхронізації</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="99"/>
        <source>What was not synced</source>
        <translation>Що не синхронізовано</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="110"/>
        <source>Update available</source>
        <translation>Доступне оновлення</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="113"/>
        <source>&amp;Enroll with HQ…</source>
        <translation>&amp;Зареєструватися в штаб-квартирі…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="115"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="205"/>
        <source>Connecting to HQ…</source>
        <translation>З&apos;єднання зі штаб-квартирою…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="217"/>
        <source>Enrolling with HQ…</source>
        <translation>Реєстрація в штаб-квартирі…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="234"/>
        <source>Sending changes to HQ</source>
        <translation>Надсилання змін до штаб-квартири</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="235"/>
        <source>Receiving changes from HQ</source>
        <translation>Отримання змін зі штаб-квартири</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="236"/>
        <source>Sending files</source>
        <translation>Надсилання файлів</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="237"/>
        <source>Receiving files</source>
        <translation>Отримання файлів</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="247"/>
        <source>Sync finished. Sent: {sent} · Received: {received} · Files: {files} · New conflicts: {conflicts}</source>
        <translation>Синхронізацію завершено. Надіслано: {sent} · Отримано: {received} · Файли: {files} · Нові конфлікти: {conflicts}</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="254"/>
        <source>Refused by HQ: {count}</source>
        <translation>Відхилено штаб-квартирою: {count}</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="262"/>
        <source>This laptop is enrolled with HQ. Sync now to send and receive the ride&apos;s work.</source>
        <translation>Цей ноутбук зареєстровано в штаб-квартирі. Синхронізуйте зараз, щоб надіслати й отримати роботу місії.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="296"/>
        <source>Reading the sync state…</source>
        <translation>Читання стану синхронізації…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="298"/>
        <source>This laptop is enrolled with HQ.</source>
        <translation>Цей ноутбук зареєстровано в штаб-квартирі.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="301"/>
        <source>This laptop is not enrolled with HQ yet. Every change is kept and waits for the first sync.</source>
        <translation>Цей ноутбук ще не зареєстровано в штаб-квартирі. Кожну зміну збережено, вона чекає на першу синхронізацію.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="307"/>
        <source>All cases (not limited to one ride)</source>
        <translation>Усі справи (без обмеження однією місією)</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="315"/>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="329"/>
        <source>The last sync did not finish:</source>
        <translation>Остання синхронізація не завершилася:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="336"/>
        <source>Enroll this laptop with the code from HQ before the first sync.</source>
        <translation>Зареєструйте цей ноутбук за кодом від штаб-квартири перед першою синхронізацією.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="339"/>
        <source>Syncing; you can keep working meanwhile.</source>
        <translation>Триває синхронізація; тим часом можна працювати далі.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="343"/>
        <source>Send this laptop&apos;s changes to HQ and receive the ride&apos;s updates</source>
        <translation>Надіслати зміни з цього ноутбука до штаб-квартири й отримати оновлення місії</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="350"/>
        <source>Update available: %s</source>
        <translation>Доступне оновлення: %s</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="351"/>
        <source>(you have %s)</source>
        <translation>(у вас %s)</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="354"/>
        <source>Get it from:</source>
        <translation>Завантажте з:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="356"/>
        <source>Ask HQ where to get it.</source>
        <translation>Запитайте в штаб-квартирі, де його отримати.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="364"/>
        <source>%n change(s) refused by HQ: they stay on this laptop only.</source>
        <translation>
            <numerusform>Штаб-квартира відхилила %n зміну: вона лишається тільки на цьому ноутбуці.</numerusform>
            <numerusform>Штаб-квартира відхилила %n зміни: вони лишаються тільки на цьому ноутбуці.</numerusform>
            <numerusform>Штаб-квартира відхилила %n змін: вони лишаються тільки на цьому ноутбуці.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="368"/>
        <source>%n change(s) cannot be sent until their record is corrected; the others were sent.</source>
        <translation>
            <numerusform>%n зміну не можна надіслати, доки її запис не виправлено; інші надіслано.</numerusform>
            <numerusform>%n зміни не можна надіслати, доки їхні записи не виправлено; інші надіслано.</numerusform>
            <numerusform>%n змін не можна надіслати, доки їхні записи не виправлено; інші надіслано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="372"/>
        <source>%n record(s) from HQ could not be stored on this laptop.</source>
        <translation>
            <numerusform>%n запис зі штаб-квартири не вдалося зберегти на цьому ноутбуці.</numerusform>
            <numerusform>%n записи зі штаб-квартири не вдалося зберегти на цьому ноутбуці.</numerusform>
            <numerusform>%n записів зі штаб-квартири не вдалося зберегти на цьому ноутбуці.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="375"/>
        <source>%n record(s) from HQ are waiting for the record they belong to; they are kept.</source>
        <translation>
            <numerusform>%n запис зі штаб-квартири чекає на запис, до якого належить; його збережено.</numerusform>
            <numerusform>%n записи зі штаб-квартири чекають на запис, до якого належать; їх збережено.</numerusform>
            <numerusform>%n записів зі штаб-квартири чекають на запис, до якого належать; їх збережено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="381"/>
        <source>case {number}</source>
        <translation>справа {number}</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="383"/>
        <source>no case</source>
        <translation>без справи</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="387"/>
        <source>`circuitride sync status --json` lists them all.</source>
        <translation>`circuitride sync status --json` показує всі.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="388"/>
        <source>Not synced:</source>
        <translation>Не синхронізовано:</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../sync/dialogs.py" line="28"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="637"/>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="638"/>
        <source>HH:MM</source>
        <translation>ГГ:ХХ</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="639"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>РРРР-ММ-ДД ГГ:ХХ</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="646"/>
        <source>Calendar…</source>
        <translation>Календар…</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="647"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Вибрати дату в календарі (Alt+стрілка вниз)</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="648"/>
        <source>Choose the date from a calendar</source>
        <translation>Вибрати дату в календарі</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="656"/>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="657"/>
        <source>Fill in the current time</source>
        <translation>Вставити поточний час</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../unlock/view.py" line="77"/>
        <source>Circuit Ride</source>
        <translation>Circuit Ride</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="85"/>
        <source>This workspace is encrypted. Enter your password to open it.</source>
        <translation>Цей робочий простір зашифровано. Введіть пароль, щоб відкрити його.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="108"/>
        <location filename="../unlock/view.py" line="328"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="121"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Забули пароль?</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="133"/>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="134"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="188"/>
        <source>This workspace has no user passwords. HQ can reopen it with its recovery key.</source>
        <translation>У цьому робочому просторі немає паролів користувачів. Штаб-квартира може знову відкрити його своїм ключем відновлення.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="213"/>
        <source>Choose your user name.</source>
        <translation>Виберіть своє ім&apos;я користувача.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="217"/>
        <source>Type your password.</source>
        <translation>Введіть пароль.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="232"/>
        <source>&lt;p&gt;Your team lead or HQ can reopen this workspace with HQ&apos;s recovery key and set a new password. Nothing is lost.&lt;/p&gt;&lt;p&gt;On this laptop, they run:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The recovery key never travels with the laptop: ask your team lead to contact HQ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Керівник групи або штаб-квартира можуть знову відкрити цей робочий простір ключем відновлення штаб-квартири й установити новий пароль. Нічого не буде втрачено.&lt;/p&gt;&lt;p&gt;На цьому ноутбуці вони виконують:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Ключ відновлення ніколи не подорожує разом із ноутбуком: попросіть керівника групи зв&apos;язатися зі штаб-квартирою.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="238"/>
        <source>&lt;p&gt;&lt;b&gt;Without the password, the data in this workspace cannot be recovered&lt;/b&gt;: not by your team lead, HQ or anyone else. That is what the encryption is for.&lt;/p&gt;&lt;p&gt;If someone else has a user on this workspace, they can still open it. Otherwise try the passwords you may have used (after five wrong ones each new try must wait a little longer), then ask your team lead.&lt;/p&gt;&lt;p&gt;For future workspaces, HQ should issue a recovery key (&lt;code&gt;circuitride hq keygen&lt;/code&gt;) and give its public part to every laptop when the workspace is created, so a forgotten password never loses data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Без пароля дані цього робочого простору неможливо відновити&lt;/b&gt;: ні керівнику групи, ні штаб-квартирі, ні будь-кому іншому. Саме для цього й потрібне шифрування.&lt;/p&gt;&lt;p&gt;Якщо в цьому робочому просторі є інший користувач, він усе ще може його відкрити. Інакше спробуйте паролі, які ви могли використовувати (після п&apos;яти неправильних кожна наступна спроба потребує трохи довшого очікування), а потім зверніться до керівника групи.&lt;/p&gt;&lt;p&gt;Для майбутніх робочих просторів штаб-квартира має випустити ключ відновлення (&lt;code&gt;circuitride hq keygen&lt;/code&gt;) і передавати його відкриту частину на кожен ноутбук під час створення робочого простору, щоб забутий пароль ніколи не призводив до втрати даних.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="251"/>
        <source>Forgot password</source>
        <translation>Забули пароль</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="277"/>
        <source>Workspace upgraded from format {old} to {new} for this version of Circuit Ride; a backup of the workspace as it was is saved at {backup}. If something looks wrong, keep that folder and tell HQ support.</source>
        <translation>Робочий простір оновлено з формату {old} до {new} для цієї версії Circuit Ride; резервну копію робочого простору в попередньому стані збережено в {backup}. Якщо щось виглядає не так, збережіть цю теку й повідомте службу підтримки штаб-квартири.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="287"/>
        <source>Workspace upgraded</source>
        <translation>Робочий простір оновлено</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="315"/>
        <source>Too many wrong passwords. Try again in {time}.</source>
        <translation>Забагато неправильних паролів. Спробуйте ще раз через {time}.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="328"/>
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
</context>
<context>
    <name>UserField</name>
    <message>
        <location filename="../unlock/view.py" line="55"/>
        <source>your user name</source>
        <translation>ваше ім&apos;я користувача</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../case/verify.py" line="17"/>
        <source>Verify against a document</source>
        <translation>Звірити з документом</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="18"/>
        <source>Record the document that {field} was checked against:</source>
        <translation>Вкажіть документ, з яким звірено поле «{field}»:</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="25"/>
        <source>Document number, or what the document is</source>
        <translation>Номер документа або що це за документ</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="29"/>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="30"/>
        <source>&amp;Number or description:</source>
        <translation>&amp;Номер або опис:</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="32"/>
        <source>Mark as &amp;verified</source>
        <translation>Позначити як &amp;перевірене</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="45"/>
        <source>Say which document it was.</source>
        <translation>Вкажіть, який це був документ.</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="62"/>
        <source>Not verified. Click to record the document this value was checked against.</source>
        <translation>Не перевірено. Натисніть, щоб указати документ, з яким звірено це значення.</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="72"/>
        <source>Verified against {document} by {user} on {time}. Click to withdraw the verification.</source>
        <translation>Звірено з документом «{document}»: {user}, {time}. Натисніть, щоб відкликати перевірку.</translation>
    </message>
</context>
<context>
    <name>WorkAssign</name>
    <message>
        <location filename="../work/assign.py" line="116"/>
        <source>Nothing changed: none of these cases was assigned to anyone.</source>
        <translation>Нічого не змінено: жодну з цих справ нікому не було призначено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="117"/>
        <source>Took %n case(s) off their assignee&apos;s work.</source>
        <translation>
            <numerusform>Знято призначення з %n справи.</numerusform>
            <numerusform>Знято призначення з %n справ.</numerusform>
            <numerusform>Знято призначення з %n справ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="120"/>
        <source>Assigned %n case(s) to {user}.</source>
        <translation>
            <numerusform>Користувачу {user} призначено %n справу.</numerusform>
            <numerusform>Користувачу {user} призначено %n справи.</numerusform>
            <numerusform>Користувачу {user} призначено %n справ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="123"/>
        <source>%n case(s) already assigned to {user}: unchanged.</source>
        <translation>
            <numerusform>%n справа вже призначена користувачу {user}: без змін.</numerusform>
            <numerusform>%n справи вже призначені користувачу {user}: без змін.</numerusform>
            <numerusform>%n справ уже призначено користувачу {user}: без змін.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkLabels</name>
    <message>
        <location filename="../work/labels.py" line="18"/>
        <source>Possible duplicate person</source>
        <translation>Можливий дублікат особи</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="19"/>
        <source>Principal applicant has no photo</source>
        <translation>Немає фото основного заявника</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="20"/>
        <source>Date of birth not verified</source>
        <translation>Дату народження не перевірено</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="21"/>
        <source>Household does not add up</source>
        <translation>Склад сім&apos;ї не узгоджується</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="22"/>
        <source>No booked interpreter speaks the family&apos;s language</source>
        <translation>Жоден заброньований перекладач не володіє мовою сім&apos;ї</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="23"/>
        <source>Expedited case idle in its stage</source>
        <translation>Прискорена справа затрималася на етапі</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="24"/>
        <source>Paper file overdue</source>
        <translation>Теку справи не повернуто вчасно</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="25"/>
        <source>Form answers break the form&apos;s rules</source>
        <translation>Відповіді у формі порушують її правила</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="31"/>
        <source>High</source>
        <translation>Висока</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="32"/>
        <source>Medium</source>
        <translation>Середня</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="33"/>
        <source>Low</source>
        <translation>Низька</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="39"/>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="40"/>
        <source>Assigned</source>
        <translation>Призначено</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="46"/>
        <source>Has issues</source>
        <translation>Є недоліки</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="47"/>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
</context>
<context>
    <name>WorkView</name>
    <message>
        <location filename="../work/view.py" line="98"/>
        <source>&amp;Work of:</source>
        <translation>&amp;Чия робота:</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="100"/>
        <source>Whose work</source>
        <translation>Чия робота</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="102"/>
        <source>Look at the work of a member of the team</source>
        <translation>Переглянути роботу члена групи</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="104"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="105"/>
        <source>Read the work again (F5)</source>
        <translation>Оновити перелік роботи (F5)</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="111"/>
        <source>Assigned cases</source>
        <translation>Призначені справи</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="111"/>
        <source>No cases are assigned right now.</source>
        <translation>Зараз немає призначених справ.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="114"/>
        <source>Today&apos;s appointments</source>
        <translation>Сьогоднішні зустрічі</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="115"/>
        <source>No appointments today.</source>
        <translation>Сьогодні зустрічей немає.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="120"/>
        <source>Quality findings to fix</source>
        <translation>Зауваження контролю якості до усунення</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="121"/>
        <source>No quality findings to fix: well done.</source>
        <translation>Немає зауважень контролю якості до усунення: чудова робота.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="126"/>
        <source>Paper files held</source>
        <translation>Теки справ на руках</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="127"/>
        <source>No paper files are checked out to this person.</source>
        <translation>Цій особі не видано жодної теки справи.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="132"/>
        <source>Forms sent back by review</source>
        <translation>Форми, повернуті після перевірки</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="133"/>
        <source>No forms were sent back: every reviewed form was approved.</source>
        <translation>Повернутих форм немає: усі перевірені форми схвалено.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="184"/>
        <location filename="../work/view.py" line="204"/>
        <location filename="../work/view.py" line="220"/>
        <location filename="../work/view.py" line="227"/>
        <location filename="../work/view.py" line="240"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="186"/>
        <location filename="../work/view.py" line="187"/>
        <source>Expedited</source>
        <translation>Прискорена</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="190"/>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="191"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="193"/>
        <source>In this stage</source>
        <translation>На етапі</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="194"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/view.py" line="197"/>
        <location filename="../work/view.py" line="206"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="203"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="205"/>
        <source>Appointment</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="207"/>
        <source>Room</source>
        <translation>Кімната</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="208"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="209"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="216"/>
        <source>Severity</source>
        <translation>Серйозність</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="221"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="222"/>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="228"/>
        <source>Held since</source>
        <translation>На руках з</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="229"/>
        <source>Due back</source>
        <translation>Термін повернення</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="229"/>
        <source>No due date</source>
        <translation>Без терміну</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="231"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="241"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="243"/>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="248"/>
        <source>Reviewer&apos;s note</source>
        <translation>Нотатка перевіряльника</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="249"/>
        <source>No note was given.</source>
        <translation>Нотатку не залишено.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="271"/>
        <source>Return it when the work is done.</source>
        <translation>Поверніть після завершення роботи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="274"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Прострочено на %n день</numerusform>
            <numerusform>Прострочено на %n дні</numerusform>
            <numerusform>Прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/view.py" line="276"/>
        <source>Due back today</source>
        <translation>Повернути сьогодні</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="277"/>
        <source>Due back in %n day(s)</source>
        <translation>
            <numerusform>Повернути через %n день</numerusform>
            <numerusform>Повернути через %n дні</numerusform>
            <numerusform>Повернути через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/view.py" line="317"/>
        <source>Me ({user})</source>
        <translation>Я ({user})</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="365"/>
        <location filename="../work/view.py" line="372"/>
        <source>My work</source>
        <translation>Моя робота</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="367"/>
        <source>Reading your work…</source>
        <translation>Читання вашої роботи…</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="372"/>
        <source>Work of {user}</source>
        <translation>Робота користувача {user}</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="378"/>
        <source>Nothing is waiting for you: no cases, appointments, findings, files or returned forms.</source>
        <translation>Наразі для вас нічого немає: жодних справ, зустрічей, зауважень, тек чи повернутих форм.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="380"/>
        <source>Nothing is waiting for {user}: no cases, appointments, findings, files or returned forms.</source>
        <translation>Наразі для {user} нічого немає: жодних справ, зустрічей, зауважень, тек чи повернутих форм.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="383"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n справа</numerusform>
            <numerusform>%n справи</numerusform>
            <numerusform>%n справ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="384"/>
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n зустріч сьогодні</numerusform>
            <numerusform>%n зустрічі сьогодні</numerusform>
            <numerusform>%n зустрічей сьогодні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="385"/>
        <source>%n finding(s) to fix</source>
        <translation>
            <numerusform>%n зауваження до усунення</numerusform>
            <numerusform>%n зауваження до усунення</numerusform>
            <numerusform>%n зауважень до усунення</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="386"/>
        <source>%n paper file(s) held</source>
        <translation>
            <numerusform>%n тека справи на руках</numerusform>
            <numerusform>%n теки справ на руках</numerusform>
            <numerusform>%n тек справ на руках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="387"/>
        <source>%n form(s) sent back</source>
        <translation>
            <numerusform>%n повернута форма</numerusform>
            <numerusform>%n повернуті форми</numerusform>
            <numerusform>%n повернутих форм</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <location filename="../workspace_actions.py" line="28"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="43"/>
        <source>Import cases</source>
        <translation>Імпорт справ</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="43"/>
        <source>Case manifests (*.json *.csv)</source>
        <translation>Списки справ (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="49"/>
        <source>Importing cases…</source>
        <translation>Імпортування справ…</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="78"/>
        <source>Imported: {created}, {updated}, {unchanged}.</source>
        <translation>Імпортовано: {created}, {updated}, {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="79"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n нова справа</numerusform>
            <numerusform>%n нові справи</numerusform>
            <numerusform>%n нових справ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="80"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n оновлена</numerusform>
            <numerusform>%n оновлені</numerusform>
            <numerusform>%n оновлених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="81"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="124"/>
        <source>Exported %n case(s). The file is not encrypted: keep it on an encrypted drive.</source>
        <translation>
            <numerusform>Експортовано %n справу. Файл не зашифровано: зберігайте його на зашифрованому диску.</numerusform>
            <numerusform>Експортовано %n справи. Файл не зашифровано: зберігайте його на зашифрованому диску.</numerusform>
            <numerusform>Експортовано %n справ. Файл не зашифровано: зберігайте його на зашифрованому диску.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="99"/>
        <source>Export cases</source>
        <translation>Експорт справ</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="99"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="105"/>
        <source>Exporting cases…</source>
        <translation>Експортування справ…</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="137"/>
        <source>Choose an empty folder for the backup</source>
        <translation>Виберіть порожню папку для резервної копії</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="143"/>
        <source>Writing an encrypted backup…</source>
        <translation>Створення зашифрованої резервної копії…</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="151"/>
        <source>Encrypted backup written to %1.</source>
        <translation>Зашифровану резервну копію збережено в %1.</translation>
    </message>
</context>
<context>
    <name>_Stars</name>
    <message>
        <location filename="../forms/range_widgets.py" line="74"/>
        <location filename="../forms/range_widgets.py" line="87"/>
        <source>Rating: {stars} of {count}</source>
        <translation>Оцінка: {stars} з {count}</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="89"/>
        <source>Not rated</source>
        <translation>Без оцінки</translation>
    </message>
</context>
<context>
    <name>question</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="706"/>
        <source>Required question</source>
        <translation>Обов&apos;язкове запитання</translation>
    </message>
</context>
</TS>

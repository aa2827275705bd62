<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="55"/>
        <source>About Circuit Ride</source>
        <translation>О программе Circuit Ride</translation>
    </message>
    <message>
        <location filename="../about.py" line="56"/>
        <source>&lt;h2&gt;Circuit Ride&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Circuit Ride&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../about.py" line="65"/>
        <source>no log file: messages go to the terminal Circuit Ride was started from</source>
        <translation>файла журнала нет: сообщения выводятся в терминал, из которого запущен Circuit Ride</translation>
    </message>
    <message>
        <location filename="../about.py" line="69"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location filename="../about.py" line="70"/>
        <source>Workspace format:</source>
        <translation>Формат рабочего пространства:</translation>
    </message>
    <message>
        <location filename="../about.py" line="71"/>
        <source>HQ:</source>
        <translation>Штаб-квартира:</translation>
    </message>
    <message>
        <location filename="../about.py" line="72"/>
        <source>Device id:</source>
        <translation>Идентификатор устройства:</translation>
    </message>
    <message>
        <location filename="../about.py" line="73"/>
        <source>Logs:</source>
        <translation>Журналы:</translation>
    </message>
    <message>
        <location filename="../about.py" line="74"/>
        <source>Data:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <location filename="../about.py" line="75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../about.py" line="76"/>
        <source>Copy these lines, to paste them into a message to support</source>
        <translation>Скопировать эти строки, чтобы вставить их в сообщение в службу поддержки</translation>
    </message>
    <message>
        <location filename="../about.py" line="102"/>
        <source>unlock the workspace to read it (this version writes {app})</source>
        <translation>разблокируйте рабочее пространство, чтобы узнать (эта версия записывает {app})</translation>
    </message>
    <message>
        <location filename="../about.py" line="105"/>
        <source>{format} (this version&apos;s)</source>
        <translation>{format} (формат этой версии)</translation>
    </message>
    <message>
        <location filename="../about.py" line="108"/>
        <source>{format} (this version writes {app})</source>
        <translation>{format} (эта версия записывает {app})</translation>
    </message>
    <message>
        <location filename="../about.py" line="111"/>
        <source>enrolled with {url}</source>
        <translation>зарегистрирован в {url}</translation>
    </message>
    <message>
        <location filename="../about.py" line="113"/>
        <source>not enrolled</source>
        <translation>не зарегистрирован</translation>
    </message>
    <message>
        <location filename="../about.py" line="115"/>
        <source>unlock the workspace to read it</source>
        <translation>разблокируйте рабочее пространство, чтобы узнать</translation>
    </message>
    <message>
        <location filename="../about.py" line="136"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>AcknowledgeQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="206"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../case/dialogs.py" line="86"/>
        <source>Add a person to {case}</source>
        <translation>Добавить лицо в дело {case}</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="108"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="109"/>
        <source>&amp;Add person</source>
        <translation>&amp;Добавить лицо</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="112"/>
        <source>Possibly recorded already</source>
        <translation>Возможно, уже зарегистрирован</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="133"/>
        <source>Enter at least one name.</source>
        <translation>Введите хотя бы одно имя.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="158"/>
        <source>This person may be recorded already. Check before adding:</source>
        <translation>Возможно, этот человек уже зарегистрирован. Проверьте, прежде чем добавлять:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="160"/>
        <source>If this is someone else, press Add anyway (the warning is kept in the audit trail).</source>
        <translation>Если это другой человек, нажмите «Всё равно добавить» (предупреждение сохранится в журнале аудита).</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="163"/>
        <source>Add &amp;anyway</source>
        <translation>&amp;Всё равно добавить</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="168"/>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="169"/>
        <source>spelling variant of the name</source>
        <translation>другое написание имени</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="170"/>
        <source>the name in another script</source>
        <translation>имя в другой письменности</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="173"/>
        <source>same date of birth</source>
        <translation>та же дата рождения</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="174"/>
        <source>compatible date of birth</source>
        <translation>совместимая дата рождения</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="175"/>
        <source>no date of birth to compare</source>
        <translation>нет даты рождения для сравнения</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="182"/>
        <source>• %1, %2 in case %3, born %4: %5, %6</source>
        <translation>• %1, %2 в деле %3, рождение %4: %5, %6</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="186"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>AdjudicationView</name>
    <message>
        <location filename="../adjudication/view.py" line="168"/>
        <source>Adjudication docket</source>
        <translation>Список дел для вынесения решений</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="172"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="173"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="175"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="177"/>
        <location filename="../adjudication/view.py" line="358"/>
        <source>All sites</source>
        <translation>Все места</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="179"/>
        <location filename="../adjudication/view.py" line="276"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="181"/>
        <location filename="../adjudication/view.py" line="361"/>
        <source>All officers</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="182"/>
        <source>E&amp;xport docket…</source>
        <translation>&amp;Экспорт списка дел…</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="183"/>
        <source>Write the docket shown as a Word document</source>
        <translation>Сохранить показанный список дел как документ Word</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="184"/>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="185"/>
        <source>Open the selected case (Enter in the list, or Ctrl+O)</source>
        <translation>Открыть выбранное дело (Enter в списке или Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="188"/>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="188"/>
        <source>&amp;Site:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="196"/>
        <source>O&amp;fficer:</source>
        <translation>Со&amp;трудник:</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="210"/>
        <source>Docket</source>
        <translation>Список дел</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="227"/>
        <source>Record a result</source>
        <translation>Запись результата</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="276"/>
        <location filename="../adjudication/view.py" line="304"/>
        <location filename="../adjudication/view.py" line="361"/>
        <source>Not named yet</source>
        <translation>Ещё не назначен</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="277"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="278"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="279"/>
        <source>Principal applicant</source>
        <translation>Основной заявитель</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="280"/>
        <source>Native script</source>
        <translation>В оригинале</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="282"/>
        <source>Persons</source>
        <translation>Чел.</translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="285"/>
        <source>%n person(s) in the household</source>
        <translation>
            <numerusform>В составе семьи %n человек</numerusform>
            <numerusform>В составе семьи %n человека</numerusform>
            <numerusform>В составе семьи %n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="287"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="288"/>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="289"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="291"/>
        <source>Appointment</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="297"/>
        <source>File</source>
        <translation>Папка дела</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="310"/>
        <source>Expedited</source>
        <translation>Ускоренное</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="311"/>
        <source>Medical</source>
        <translation>Медосмотр</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="312"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="320"/>
        <source>Not yet</source>
        <translation>Пока нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="431"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="431"/>
        <source>%n with a result recorded</source>
        <translation>
            <numerusform>%n с записанным результатом</numerusform>
            <numerusform>%n с записанным результатом</numerusform>
            <numerusform>%n с записанным результатом</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="441"/>
        <source>Reading the docket…</source>
        <translation>Чтение списка дел…</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="443"/>
        <source>No appointments on this day. Choose another day, or book appointments with an officer on the schedule.</source>
        <translation>В этот день нет встреч. Выберите другой день или забронируйте в расписании встречи с сотрудником.</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="509"/>
        <source>Export the docket</source>
        <translation>Экспорт списка дел</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="511"/>
        <source>Word documents (%1)</source>
        <translation>Документы Word (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="523"/>
        <source>Docket written (%n appointment(s)): {file}</source>
        <translation>
            <numerusform>Список дел сохранён (%n встреча): {file}</numerusform>
            <numerusform>Список дел сохранён (%n встречи): {file}</numerusform>
            <numerusform>Список дел сохранён (%n встреч): {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../case/appointments.py" line="87"/>
        <source>No appointments for this case yet.</source>
        <translation>Для этого дела пока нет встреч.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../work/assign.py" line="63"/>
        <source>Assign cases</source>
        <translation>Назначение дел</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="64"/>
        <source>Give %n case(s) to a member of the team.</source>
        <translation>
            <numerusform>Назначить %n дело сотруднику группы.</numerusform>
            <numerusform>Назначить %n дела сотруднику группы.</numerusform>
            <numerusform>Назначить %n дел сотруднику группы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="72"/>
        <source>Assign to</source>
        <translation>Кому назначить</translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="73"/>
        <source>Nobody (take the cases off whoever has them)</source>
        <translation>Никому (снять дела с тех, кому они назначены)</translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="79"/>
        <source>Assign &amp;to:</source>
        <translation>&amp;Кому назначить:</translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="81"/>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
</context>
<context>
    <name>AssignFindingsDialog</name>
    <message>
        <location filename="../reports/dialogs.py" line="113"/>
        <source>Assign to</source>
        <translation>Кому назначить</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="117"/>
        <source>Assign &amp;to:</source>
        <translation>&amp;Кому назначить:</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="118"/>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../forms/audit_view.py" line="61"/>
        <source>Form audit — %1</source>
        <translation>Аудит формы — %1</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="61"/>
        <source>Form audit</source>
        <translation>Аудит формы</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="78"/>
        <source>This submission&apos;s audit log is not on this laptop. Sync, then open it again; if it is still missing, the form was filled without one.</source>
        <translation>Журнала аудита этой отправки нет на этом ноутбуке. Выполните синхронизацию и откройте его снова; если журнала всё ещё нет, форма была заполнена без него.</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="86"/>
        <source>This submission&apos;s audit file cannot be read: it is not a form audit log.</source>
        <translation>Не удаётся прочитать файл аудита этой отправки: это не журнал аудита формы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/audit_view.py" line="96"/>
        <source>Filled from %1 to %2, in %n sitting(s).</source>
        <translation>
            <numerusform>Форма заполнялась с %1 по %2, за %n сеанс.</numerusform>
            <numerusform>Форма заполнялась с %1 по %2, за %n сеанса.</numerusform>
            <numerusform>Форма заполнялась с %1 по %2, за %n сеансов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="99"/>
        <source>Time on questions: %1.</source>
        <translation>Время на вопросы: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/audit_view.py" line="100"/>
        <source>Answers changed after being given: %n.</source>
        <translation>
            <numerusform>Изменён %n ранее введённый ответ.</numerusform>
            <numerusform>Изменено %n ранее введённых ответа.</numerusform>
            <numerusform>Изменено %n ранее введённых ответов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="104"/>
        <source>Reasons given for changes: %1</source>
        <translation>Указанные причины изменений: %1</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <location filename="../forms/audit_view.py" line="121"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <source>Visits</source>
        <translation>Заходы</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <source>Share of the time</source>
        <translation>Доля времени</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="119"/>
        <source>Time per question</source>
        <translation>Время по вопросам</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <location filename="../forms/audit_view.py" line="133"/>
        <source>Was</source>
        <translation>Было</translation>
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
        <translation>Кто</translation>
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
        <translation>Изменения (%1)</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="128"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="129"/>
        <source>Question or group</source>
        <translation>Вопрос или группа</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="130"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="131"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="132"/>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="135"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="153"/>
        <source>All events (%1)</source>
        <translation>Все события (%1)</translation>
    </message>
</context>
<context>
    <name>AutocompleteQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="260"/>
        <source>Type to search the answers</source>
        <translation>Начните вводить, чтобы найти ответ</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="318"/>
        <source>“{text}” is not one of the answers. Type part of an answer and pick it from the list.</source>
        <translation>«{text}» нет среди ответов. Введите часть ответа и выберите его из списка.</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <location filename="../schedule/interpreters.py" line="115"/>
        <source>{name} is away</source>
        <translation>{name} отсутствует</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="124"/>
        <source>Leave, training, ill…</source>
        <translation>Отпуск, обучение, болезнь…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="125"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="126"/>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
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
        <translation>Отсканируйте или введите код</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="75"/>
        <source>Read from image file…</source>
        <translation>Считать с изображения…</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="77"/>
        <source>Read the code from a photo or scan of it</source>
        <translation>Считать код с фото или скана</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="110"/>
        <source>Read a barcode from an image</source>
        <translation>Считывание штрихкода с изображения</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="112"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="124"/>
        <source>Reading barcodes from images is not installed here: scan or type the code.</source>
        <translation>Считывание штрихкодов с изображений здесь не установлено: отсканируйте или введите код.</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="127"/>
        <source>This file is not an image that can be opened. Choose a photo or scan (PNG or JPEG).</source>
        <translation>Этот файл не удаётся открыть как изображение. Выберите фото или скан (PNG или JPEG).</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="132"/>
        <source>No barcode was found in this image. Use a sharper photo with the whole code in view, or type the code.</source>
        <translation>На этом изображении штрихкод не найден. Возьмите более чёткое фото, где код виден целиком, или введите код.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../schedule/booking.py" line="96"/>
        <source>Move or change appointment of {case}</source>
        <translation>Перенос или изменение встречи по делу {case}</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="98"/>
        <source>Book appointment</source>
        <translation>Бронирование встречи</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="101"/>
        <source>Case number, e.g. AMM-000123</source>
        <translation>Номер дела, например AMM-000123</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="114"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="120"/>
        <source>Empty: the case&apos;s site</source>
        <translation>Если пусто — место дела</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="123"/>
        <source>No interpreter</source>
        <translation>Без переводчика</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="128"/>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="129"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="130"/>
        <source>&amp;When:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="131"/>
        <source>&amp;Length:</source>
        <translation>Д&amp;лительность:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="132"/>
        <source>&amp;Site:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="133"/>
        <source>&amp;Room:</source>
        <translation>&amp;Комната:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="134"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Переводчик:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="135"/>
        <source>&amp;Officer:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="138"/>
        <source>Book &amp;anyway, despite the clash (team lead)</source>
        <translation>Всё равно &amp;забронировать, несмотря на конфликт (руководитель группы)</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="141"/>
        <source>Why it is booked despite the clash (kept with the appointment)</source>
        <translation>Почему встреча бронируется несмотря на конфликт (сохраняется вместе со встречей)</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="142"/>
        <source>Reason for booking anyway</source>
        <translation>Причина бронирования несмотря на конфликт</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="147"/>
        <source>&amp;Move</source>
        <translation>Пере&amp;нести</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="147"/>
        <source>&amp;Book</source>
        <translation>За&amp;бронировать</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="196"/>
        <source>Say why it is booked despite the clash.</source>
        <translation>Укажите, почему встреча бронируется несмотря на конфликт.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../camera.py" line="81"/>
        <source>Take photo</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <location filename="../camera.py" line="108"/>
        <source>Ca&amp;mera</source>
        <translation>&amp;Камера</translation>
    </message>
    <message>
        <location filename="../camera.py" line="112"/>
        <source>&amp;Capture</source>
        <translation>&amp;Снять</translation>
    </message>
    <message>
        <location filename="../camera.py" line="113"/>
        <source>Capture (Space)</source>
        <translation>Снять (Пробел)</translation>
    </message>
    <message>
        <location filename="../camera.py" line="116"/>
        <source>&amp;Retake</source>
        <translation>&amp;Переснять</translation>
    </message>
    <message>
        <location filename="../camera.py" line="120"/>
        <source>&amp;Use photo</source>
        <translation>&amp;Использовать снимок</translation>
    </message>
    <message>
        <location filename="../camera.py" line="151"/>
        <source>No camera found. Connect a camera, or import a photo from a file.</source>
        <translation>Камера не найдена. Подключите камеру или импортируйте фото из файла.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="172"/>
        <source>Check the photo: use it, or retake it.</source>
        <translation>Проверьте снимок: используйте его или переснимите.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="180"/>
        <source>Frame the face and press Capture (Space).</source>
        <translation>Наведите камеру на лицо и нажмите «Снять» (Пробел).</translation>
    </message>
    <message>
        <location filename="../camera.py" line="191"/>
        <source>The camera stopped working. Close this window and try again, or import a photo.</source>
        <translation>Камера перестала работать. Закройте это окно и попробуйте снова или импортируйте фото.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="195"/>
        <source>The photo could not be taken. Try again.</source>
        <translation>Не удалось сделать снимок. Попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../sync/conflicts.py" line="184"/>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="186"/>
        <source>{who} on this laptop</source>
        <translation>{who} на этом ноутбуке</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="188"/>
        <source>Set by {who}, {when}</source>
        <translation>Установил(а) {who}, {when}</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="194"/>
        <source>Shown everywhere until resolved</source>
        <translation>Показывается везде до разрешения</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="196"/>
        <source>&amp;Keep this value</source>
        <translation>&amp;Оставить это значение</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="197"/>
        <source>Keep {value}</source>
        <translation>Оставить {value}</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="203"/>
        <source>Case {number}</source>
        <translation>Дело {number}</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="205"/>
        <source>A record this laptop does not hold (another ride&apos;s)</source>
        <translation>Запись, которой нет на этом ноутбуке (другой миссии)</translation>
    </message>
</context>
<context>
    <name>CapsLockWarning</name>
    <message>
        <location filename="../unlock/caps_lock.py" line="56"/>
        <source>⚠ Caps Lock is on.</source>
        <translation>⚠ Включён Caps Lock.</translation>
    </message>
</context>
<context>
    <name>CaseAppointmentsTab</name>
    <message>
        <location filename="../case/appointments.py" line="64"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="65"/>
        <source>Minutes</source>
        <translation>Мин.</translation>
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
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="69"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="70"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="71"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="72"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="74"/>
        <source>Clash</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="77"/>
        <source>Booked despite a clash: {reason}</source>
        <translation>Забронировано несмотря на конфликт: {reason}</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="85"/>
        <source>Appointments of the case</source>
        <translation>Встречи по делу</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="90"/>
        <source>&amp;Book appointment…</source>
        <translation>Забронировать вс&amp;тречу…</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="91"/>
        <source>&amp;Move or change…</source>
        <translation>Пере&amp;нести или изменить…</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="92"/>
        <source>Con&amp;firmed by the family</source>
        <translation>Подтвер&amp;ждена семьёй</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="93"/>
        <source>&amp;Cancel appointment…</source>
        <translation>&amp;Отменить встречу…</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="114"/>
        <source>notified</source>
        <translation>уведомлена</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="116"/>
        <source>confirmed</source>
        <translation>подтвердила</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="121"/>
        <source>Cancelled: {reason}</source>
        <translation>Отменена: {reason}</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="201"/>
        <source>Cancel appointment</source>
        <translation>Отмена встречи</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="202"/>
        <source>Why is the appointment on {time} cancelled?</source>
        <translation>Почему отменяется встреча {time}?</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <location filename="../case/dialogs.py" line="207"/>
        <source>Case {case}</source>
        <translation>Дело {case}</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="214"/>
        <source>E&amp;xpedited processing</source>
        <translation>&amp;Ускоренное рассмотрение</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="231"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="233"/>
        <source>For example: interview recorded on the wrong case</source>
        <translation>Например: собеседование записано не в то дело</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="234"/>
        <source>&amp;Why the stage moves back:</source>
        <translation>&amp;Почему этап возвращается назад:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="240"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="250"/>
        <source>Only adjudication support or a team lead may move a denied or held case.</source>
        <translation>Только поддержка принятия решений или руководитель группы может изменить этап отклонённого или приостановленного дела.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="263"/>
        <source>Adjudication outcomes are recorded by adjudication support or a team lead.</source>
        <translation>Решения по делу записывает поддержка принятия решений или руководитель группы.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="265"/>
        <source>Only a team lead may move a case&apos;s stage back.</source>
        <translation>Только руководитель группы может вернуть этап дела назад.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="270"/>
        <source>Security-check results are recorded by adjudication support or a team lead.</source>
        <translation>Результаты проверок безопасности записывает поддержка принятия решений или руководитель группы.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="296"/>
        <source>Say why this case is expedited.</source>
        <translation>Укажите, почему это дело рассматривается ускоренно.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="300"/>
        <source>Say why the stage moves back; it is kept in the case&apos;s history.</source>
        <translation>Укажите, почему этап возвращается назад; это сохраняется в истории дела.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case/header.py" line="34"/>
        <source>← &amp;Cases</source>
        <translation>← &amp;Дела</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="35"/>
        <source>Back to the case list (Alt+Left, or Esc when nothing is being edited)</source>
        <translation>Назад к списку дел (Alt+Влево или Esc, если ничего не редактируется)</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="41"/>
        <source>Case &amp;details…</source>
        <translation>Св&amp;едения о деле…</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="42"/>
        <source>Change stage, priority, expedited processing and statuses</source>
        <translation>Изменить этап, приоритет, ускоренное рассмотрение и статусы</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="44"/>
        <source>&amp;Move file…</source>
        <translation>Пере&amp;местить папку…</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="45"/>
        <source>Record where the physical case file went</source>
        <translation>Записать, куда перемещена бумажная папка дела</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="67"/>
        <source>Site:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="68"/>
        <source>Ride:</source>
        <translation>Миссия:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="69"/>
        <source>UNHCR id:</source>
        <translation>ID УВКБ ООН:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="70"/>
        <source>Security check:</source>
        <translation>Проверка безопасности:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="71"/>
        <source>Medical:</source>
        <translation>Медосмотр:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="72"/>
        <source>Assigned to:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="73"/>
        <source>Physical file:</source>
        <translation>Папка дела:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="133"/>
        <source>⚑ Expedited</source>
        <translation>⚑ Ускоренное</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="137"/>
        <source>Expedited: {reason}</source>
        <translation>Ускоренное рассмотрение: {reason}</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="143"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="152"/>
        <source>nobody</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="168"/>
        <source>⚠ Two devices changed these differently; decide: {fields}</source>
        <translation>⚠ Два устройства изменили это по-разному; решите: {fields}</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="175"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="182"/>
        <source>{location} (moved {when} by {user}: {reason})</source>
        <translation>{location} (перемещено {when}, {user}: {reason})</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="185"/>
        <source>{location} (moved {when} by {user})</source>
        <translation>{location} (перемещено {when}, {user})</translation>
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
        <translation>Родство с основным заявителем</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="30"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="31"/>
        <source>Given names</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="32"/>
        <source>Family name (native script)</source>
        <translation>Фамилия (в оригинале)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="33"/>
        <source>Given names (native script)</source>
        <translation>Имя (в оригинале)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="34"/>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="35"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="36"/>
        <source>Precision of the date of birth</source>
        <translation>Точность даты рождения</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="37"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="38"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="39"/>
        <source>Country of birth</source>
        <translation>Страна рождения</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="40"/>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="41"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="42"/>
        <source>Marital status</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="48"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="49"/>
        <source>UNHCR id</source>
        <translation>ID УВКБ ООН</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="50"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="51"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="52"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="53"/>
        <source>Expedited</source>
        <translation>Ускоренное рассмотрение</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="54"/>
        <source>Reason for expediting</source>
        <translation>Причина ускорения</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="55"/>
        <source>Security check</source>
        <translation>Проверка безопасности</translation>
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
        <translation>Папка дела</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="58"/>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="64"/>
        <source>Principal applicant</source>
        <translation>Основной заявитель</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="65"/>
        <location filename="../case/labels.py" line="74"/>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="66"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="67"/>
        <source>Other dependent</source>
        <translation>Другой иждивенец</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="73"/>
        <source>Self (principal applicant)</source>
        <translation>Является основным заявителем</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="75"/>
        <source>Son</source>
        <translation>Сын</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="76"/>
        <source>Daughter</source>
        <translation>Дочь</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="77"/>
        <source>Stepson</source>
        <translation>Пасынок</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="78"/>
        <source>Stepdaughter</source>
        <translation>Падчерица</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="79"/>
        <source>Mother</source>
        <translation>Мать</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="80"/>
        <source>Father</source>
        <translation>Отец</translation>
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
        <translation>Внук / внучка</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="84"/>
        <source>Nephew</source>
        <translation>Племянник</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="85"/>
        <source>Niece</source>
        <translation>Племянница</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="86"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="92"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="93"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="94"/>
        <source>Unspecified (X)</source>
        <translation>Не указан (X)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="100"/>
        <source>Exact date</source>
        <translation>Точная дата</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="101"/>
        <source>Year and month</source>
        <translation>Год и месяц</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="102"/>
        <source>Year only</source>
        <translation>Только год</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="103"/>
        <source>Estimated</source>
        <translation>Приблизная</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="109"/>
        <source>Single</source>
        <translation>Холост / не замужем</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="110"/>
        <source>Married</source>
        <translation>Женат / замужем</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="111"/>
        <source>Widowed</source>
        <translation>Вдовец / вдова</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="112"/>
        <source>Divorced</source>
        <translation>Разведён / разведена</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="113"/>
        <source>Separated</source>
        <translation>Живёт раздельно</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="119"/>
        <source>Pre-screening</source>
        <translation>Предварительная оценка</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="120"/>
        <source>Interview scheduled</source>
        <translation>Собеседование назначено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="121"/>
        <source>Interviewed</source>
        <translation>Собеседование проведено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="122"/>
        <source>Adjudicated</source>
        <translation>Решение вынесено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="123"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="124"/>
        <source>Denied</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="125"/>
        <source>On hold</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="127"/>
        <location filename="../case/labels.py" line="185"/>
        <source>Cultural orientation</source>
        <translation>Культурная ориентация</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="128"/>
        <source>Ready for departure</source>
        <translation>Готово к выезду</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="129"/>
        <source>Departed</source>
        <translation>Выехали</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="130"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
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
        <translation>Не начато</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="145"/>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
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
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="148"/>
        <source>Expired</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="155"/>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="157"/>
        <source>Deferred</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="163"/>
        <source>Normal</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="164"/>
        <source>Restricted</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="171"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="172"/>
        <source>UNHCR registration</source>
        <translation>Регистрация в УВКБ ООН</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="173"/>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="174"/>
        <source>National id</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="175"/>
        <source>Marriage certificate</source>
        <translation>Свидетельство о браке</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="176"/>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="182"/>
        <source>Interview</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="184"/>
        <source>Fingerprints</source>
        <translation>Отпечатки пальцев</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="186"/>
        <source>Adjudication</source>
        <translation>Вынесение решения</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="187"/>
        <source>Briefing</source>
        <translation>Инструктаж</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="188"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="194"/>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="195"/>
        <source>Booked</source>
        <translation>Забронировано</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="196"/>
        <source>Done</source>
        <translation>Состоялась</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="197"/>
        <source>Tentative</source>
        <translation>Предварительная</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="198"/>
        <source>Notified</source>
        <translation>Уведомление отправлено</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="199"/>
        <source>Confirmed</source>
        <translation>Подтверждена</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="200"/>
        <source>Attended</source>
        <translation>Состоялась</translation>
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
        <translation>Отменена</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="216"/>
        <source>Assyrian Neo-Aramaic</source>
        <translation>Ассирийский новоарамейский</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="217"/>
        <source>Kurmanji</source>
        <translation>Курманджи</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="319"/>
        <source>{months} mo</source>
        <translation>{months} мес.</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="297"/>
        <source>age {age}</source>
        <translation>возраст {age}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../cases/model.py" line="128"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="129"/>
        <source>Principal applicant</source>
        <translation>Основной заявитель</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="130"/>
        <source>Native script</source>
        <translation>В оригинале</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="131"/>
        <source>Persons</source>
        <translation>Чел.</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="132"/>
        <source>Priority</source>
        <translation>Приор.</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="133"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="134"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="135"/>
        <source>Ride</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="136"/>
        <source>File location</source>
        <translation>Место папки</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="137"/>
        <source>Open issues</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="138"/>
        <source>Matched</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="139"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="142"/>
        <source>Case number; %s marks an expedited case</source>
        <translation>Номер дела; %s обозначает ускоренное рассмотрение</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="143"/>
        <source>The principal applicant&apos;s name in their own script</source>
        <translation>Имя основного заявителя в оригинальном написании</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="145"/>
        <source>Persons without a date of birth or with an approximate one not yet verified, a missing principal applicant, an unknown file location</source>
        <translation>Лица без даты рождения или с приблизительной, ещё не проверенной датой; нет основного заявителя; неизвестно место папки</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="149"/>
        <source>The member of the case whose name the search found; %s: found by a spelling variant of what was typed (other letters, another script)</source>
        <translation>Член дела, чьё имя нашёл поиск; %s: найдено по другому написанию введённого (другие буквы, другая письменность)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="153"/>
        <source>The member of the team the case is assigned to (empty: nobody)</source>
        <translation>Сотрудник группы, которому назначено дело (пусто — никому)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="380"/>
        <source>%s: expedited</source>
        <translation>%s: ускоренное рассмотрение</translation>
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
        <translation>%1: %2 (имя, как его ввели)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="415"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="418"/>
        <source>“%1” is a spelling variant of “%2” (as typed)</source>
        <translation>«%1» — другое написание «%2» (как введено)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="420"/>
        <source>a spelling variant of what was typed (in another of the person&apos;s names)</source>
        <translation>другое написание введённого (в другом из имён человека)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="443"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
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
            <numerusform>&amp;Состав семьи (%n)</numerusform>
            <numerusform>&amp;Состав семьи (%n)</numerusform>
            <numerusform>&amp;Состав семьи (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="169"/>
        <source>&amp;Interviews and forms (%n)</source>
        <translation>
            <numerusform>Со&amp;беседования и формы (%n)</numerusform>
            <numerusform>Со&amp;беседования и формы (%n)</numerusform>
            <numerusform>Со&amp;беседования и формы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="170"/>
        <source>&amp;Photos and documents (%n)</source>
        <translation>
            <numerusform>&amp;Фото и документы (%n)</numerusform>
            <numerusform>&amp;Фото и документы (%n)</numerusform>
            <numerusform>&amp;Фото и документы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="171"/>
        <source>&amp;Notes (%n)</source>
        <translation>
            <numerusform>&amp;Заметки (%n)</numerusform>
            <numerusform>&amp;Заметки (%n)</numerusform>
            <numerusform>&amp;Заметки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/view.py" line="172"/>
        <source>Histor&amp;y</source>
        <translation>&amp;История</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="173"/>
        <source>&amp;Appointments (%n)</source>
        <translation>
            <numerusform>&amp;Встречи (%n)</numerusform>
            <numerusform>&amp;Встречи (%n)</numerusform>
            <numerusform>&amp;Встречи (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="174"/>
        <source>&amp;File movements (%n)</source>
        <translation>
            <numerusform>&amp;Перемещения папки (%n)</numerusform>
            <numerusform>&amp;Перемещения папки (%n)</numerusform>
            <numerusform>&amp;Перемещения папки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/view.py" line="231"/>
        <source>This case is no longer in the workspace.</source>
        <translation>Этого дела больше нет в рабочем пространстве.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="401"/>
        <source>The note you were writing before was restored.</source>
        <translation>Заметка, которую вы писали ранее, восстановлена.</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../cases/view.py" line="138"/>
        <source>Search: case number, UNHCR id, name in any script, date of birth</source>
        <translation>Поиск: номер дела, ID УВКБ ООН, имя в любой письменности, дата рождения</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="140"/>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="143"/>
        <source>Type part of a name (any script), a case number or UNHCR id, or a date of birth. Enter opens the case when only one matches; Down moves into the list; Ctrl+F comes back here.</source>
        <translation>Введите часть имени (в любой письменности), номер дела, ID УВКБ ООН или дату рождения. Enter открывает дело, если совпадение одно; стрелка вниз переходит к списку; Ctrl+F возвращает сюда.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="151"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="187"/>
        <source>&amp;Assign selected cases…</source>
        <translation>&amp;Назначить выбранные дела…</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="190"/>
        <source>Give the selected cases to a member of the team</source>
        <translation>Назначить выбранные дела сотруднику группы</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="192"/>
        <source>Assi&amp;gn</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="193"/>
        <source>Give cases to a member of the team</source>
        <translation>Назначить дела сотруднику группы</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="530"/>
        <source>Loading every case…</source>
        <translation>Загрузка всех дел…</translation>
    </message>
    <message numerus="yes">
        <location filename="../cases/view.py" line="534"/>
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 из %Ln дела</numerusform>
            <numerusform>%1 из %Ln дел</numerusform>
            <numerusform>%1 из %Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="538"/>
        <source>Only the first %s search matches are listed; type more of the name or number.</source>
        <translation>Показаны только первые %s совпадений; введите больше символов имени или номера.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="546"/>
        <source>No cases are loaded.</source>
        <translation>Дела не загружены.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="548"/>
        <source>This workspace has no cases yet. Cases arrive with a sync or an imported manifest.</source>
        <translation>В этом рабочем пространстве пока нет дел. Дела поступают при синхронизации или из импортированного манифеста.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="552"/>
        <source>No case matches this search. Check the spelling, or try part of a name, the case number or a date of birth.</source>
        <translation>Ни одно дело не соответствует поиску. Проверьте написание или попробуйте часть имени, номер дела или дату рождения.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="556"/>
        <source>No case matches these filters.</source>
        <translation>Ни одно дело не соответствует этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="558"/>
        <source>No case matches the search and filters. Check the spelling, or clear the filters.</source>
        <translation>Ни одно дело не соответствует поиску и фильтрам. Проверьте написание или сбросьте фильтры.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cases/view.py" line="667"/>
        <source>Assign all %n case(s) shown…</source>
        <translation>
            <numerusform>Назначить все показанные дела (%n)…</numerusform>
            <numerusform>Назначить все показанные дела (%n)…</numerusform>
            <numerusform>Назначить все показанные дела (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="671"/>
        <source>Give every case the list shows to a member of the team</source>
        <translation>Назначить все дела из списка сотруднику группы</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="673"/>
        <source>Choose a filter or search first: every case at once is not assigned from here.</source>
        <translation>Сначала выберите фильтр или выполните поиск: все дела сразу отсюда не назначаются.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="868"/>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../files/view.py" line="171"/>
        <source>Check in files</source>
        <translation>Возврат папок дел</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="172"/>
        <source>Check in %n file(s): {cases}</source>
        <translation>
            <numerusform>Вернуть %n папку: {cases}</numerusform>
            <numerusform>Вернуть %n папки: {cases}</numerusform>
            <numerusform>Вернуть %n папок: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="174"/>
        <source>Back to where each was checked out &amp;from</source>
        <translation>&amp;Туда, откуда выдана каждая папка</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="176"/>
        <source>To &amp;another place:</source>
        <translation>В &amp;другое место:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="178"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="179"/>
        <source>For example Lima office, cabinet 2</source>
        <translation>Например, офис в Лиме, шкаф 2</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="184"/>
        <source>Check &amp;in</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="200"/>
        <source>Say where the files go, or return them to where they came from.</source>
        <translation>Укажите, куда поступают папки, или верните их туда, откуда они были выданы.</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../files/view.py" line="113"/>
        <source>Check out files</source>
        <translation>Выдача папок дел</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="114"/>
        <source>Check out %n file(s): {cases}</source>
        <translation>
            <numerusform>Выдать %n папку: {cases}</numerusform>
            <numerusform>Выдать %n папки: {cases}</numerusform>
            <numerusform>Выдать %n папок: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="117"/>
        <source>Checked out to</source>
        <translation>Кому выдать</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="118"/>
        <source>A person, for example Interviewer A</source>
        <translation>Человек, например Интервьюер А</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="123"/>
        <source>Due back</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="124"/>
        <source>&amp;No due date</source>
        <translation>&amp;Без срока возврата</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="127"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="128"/>
        <source>Optional, for example the interview on the ride</source>
        <translation>Необязательно, например собеседование в ходе миссии</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="134"/>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="135"/>
        <source>&amp;Due back:</source>
        <translation>&amp;Срок возврата:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="136"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="143"/>
        <source>Check &amp;out</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="155"/>
        <source>Say who takes the files.</source>
        <translation>Укажите, кому выдаются папки.</translation>
    </message>
</context>
<context>
    <name>ChoiceQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="283"/>
        <source>Your earlier answer {0} is not among the choices now (an earlier answer changed them). Choose again or clear it.</source>
        <translation>Вашего прежнего ответа {0} теперь нет среди вариантов (их изменил один из предыдущих ответов). Выберите снова или очистите его.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="278"/>
        <source>Your earlier answers {0} are not among the choices now (an earlier answer changed them). Choose again or clear them.</source>
        <translation>Ваших прежних ответов {0} теперь нет среди вариантов (их изменил один из предыдущих ответов). Выберите снова или очистите их.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="271"/>
        <source>The recorded answers {0} are not among the choices the form offers now.</source>
        <translation>Записанные ответы {0} не входят в варианты, которые форма предлагает сейчас.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="274"/>
        <source>The recorded answer {0} is not among the choices the form offers now.</source>
        <translation>Записанный ответ {0} не входит в варианты, которые форма предлагает сейчас.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="335"/>
        <source>Clear earlier answer</source>
        <translation>Очистить прежний ответ</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="335"/>
        <source>Clear earlier answers</source>
        <translation>Очистить прежние ответы</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="343"/>
        <source>The answer is kept until it is changed.</source>
        <translation>Ответ сохраняется, пока его не изменят.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="347"/>
        <source>Remove from the answer what the choices no longer offer</source>
        <translation>Убрать из ответа то, чего уже нет среди вариантов</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../sync/conflicts.py" line="74"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="76"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="77"/>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="90"/>
        <source>{value}: held by two records</source>
        <translation>{value}: у двух записей</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync/conflicts.py" line="234"/>
        <source>Open conflicts</source>
        <translation>Открытые конфликты</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="252"/>
        <source>Two devices changed this field before either had synced. Choose the value that is right; it then replaces the other one on every device.</source>
        <translation>Два устройства изменили это поле, прежде чем какое-либо из них синхронизировалось. Выберите правильное значение; оно заменит другое на всех устройствах.</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="256"/>
        <source>Two records hold this value, which must be unique (they were registered on two devices before either had synced). Both are kept. Enter another value for this record; if both are the same family, ask HQ before changing anything.</source>
        <translation>У двух записей это значение, которое должно быть уникальным (их зарегистрировали на двух устройствах до синхронизации). Обе сохранены. Введите другое значение для этой записи; если это одна и та же семья, сначала обратитесь в штаб-квартиру.</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="265"/>
        <source>Enter &amp;another value…</source>
        <translation>Ввести &amp;другое значение…</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="289"/>
        <source>No conflicts. When two devices change the same field before syncing, HQ keeps both values and they appear here for a team lead to choose.</source>
        <translation>Конфликтов нет. Когда два устройства изменяют одно и то же поле до синхронизации, штаб-квартира сохраняет оба значения, и они появляются здесь, чтобы руководитель группы выбрал.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/conflicts.py" line="320"/>
        <source>Conflicts (%n open)</source>
        <translation>
            <numerusform>Конфликты (%n открытый)</numerusform>
            <numerusform>Конфликты (%n открытых)</numerusform>
            <numerusform>Конфликты (%n открытых)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="395"/>
        <source>Conflict resolved; the chosen value goes to HQ with the next sync.</source>
        <translation>Конфликт разрешён; выбранное значение будет отправлено в штаб-квартиру при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../unlock/create_page.py" line="47"/>
        <source>&lt;h3&gt;Create a workspace&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Создать рабочее пространство&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="48"/>
        <source>It will be stored, encrypted, in {path}</source>
        <translation>Оно будет сохранено в зашифрованном виде в {path}</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="56"/>
        <source>for example: Kakuma ride, spring</source>
        <translation>например: миссия Какума, весна</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="59"/>
        <source>&amp;Workspace name:</source>
        <translation>&amp;Название пространства:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="61"/>
        <source>Shown on the unlock screen, not encrypted: never an applicant&apos;s name.</source>
        <translation>Показывается на экране разблокировки без шифрования: никогда не указывайте имя заявителя.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="64"/>
        <source>for example: ana.rojas</source>
        <translation>например: ana.rojas</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="65"/>
        <source>User &amp;name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="68"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="69"/>
        <source>Adjudication support</source>
        <translation>Поддержка вынесения решений</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="70"/>
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="71"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="77"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="80"/>
        <source>The administrator adds the team&apos;s users and enrolls the laptop with HQ, but takes no case decisions: the team lead and the interviewers work with their own accounts.</source>
        <translation>Администратор добавляет пользователей группы и регистрирует ноутбук в центральном офисе, но не принимает решений по делам: руководитель группы и интервьюеры работают под своими учётными записями.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="87"/>
        <source>hq-recovery-public.pem (optional)</source>
        <translation>hq-recovery-public.pem (необязательно)</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="88"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="97"/>
        <source>HQ recovery &amp;key:</source>
        <translation>&amp;Ключ восстановления штаб-квартиры:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="99"/>
        <source>The public key file from HQ. Without it, a forgotten password loses the data.</source>
        <translation>Файл открытого ключа от штаб-квартиры. Без него забытый пароль означает потерю данных.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="104"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Создание зашифрованного рабочего пространства…</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="106"/>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="107"/>
        <source>&amp;Create workspace</source>
        <translation>&amp;Создать рабочее пространство</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="140"/>
        <source>Give the workspace a name.</source>
        <translation>Дайте рабочему пространству название.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="174"/>
        <source>Cannot read that file ({reason}).</source>
        <translation>Не удаётся прочитать этот файл ({reason}).</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="185"/>
        <source>HQ recovery public key</source>
        <translation>Открытый ключ восстановления штаб-квартиры</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="185"/>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>Открытые ключи (*.pem);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../case/crop.py" line="33"/>
        <source>Photo with the passport frame</source>
        <translation>Фото с рамкой паспортного формата</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <location filename="../case/crop.py" line="193"/>
        <source>Crop to passport frame</source>
        <translation>Обрезать по формату паспорта</translation>
    </message>
    <message>
        <location filename="../case/crop.py" line="197"/>
        <source>Drag the frame to place the face, drag a corner to resize it. Keyboard: arrow keys move (with Shift in bigger steps), + and - resize. The frame keeps the passport ratio of 35 by 45. A new photo is made; the original is kept.</source>
        <translation>Перетащите рамку, чтобы расположить лицо; перетащите угол, чтобы изменить размер. Клавиатура: стрелки перемещают рамку (с Shift — более крупными шагами), + и - меняют размер. Рамка сохраняет паспортное соотношение сторон 35 на 45. Создаётся новое фото; оригинал сохраняется.</translation>
    </message>
    <message>
        <location filename="../case/crop.py" line="204"/>
        <source>&amp;Crop</source>
        <translation>&amp;Обрезать</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../reports/dashboard.py" line="66"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dashboard.py" line="68"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>За последние %n неделю</numerusform>
            <numerusform>За последние %n недели</numerusform>
            <numerusform>За последние %n недель</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="70"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="71"/>
        <source>Read the figures again (F5)</source>
        <translation>Заново загрузить показатели (F5)</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="72"/>
        <source>Export team &amp;statistics…</source>
        <translation>Экспортировать &amp;статистику группы…</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="74"/>
        <source>Save the team statistics of the period as a Word document, with these charts</source>
        <translation>Сохранить статистику группы за период как документ Word вместе с этими диаграммами</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="76"/>
        <source>Export &amp;workbook…</source>
        <translation>Экспортировать кни&amp;гу Excel…</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="77"/>
        <source>Save the statistics of the period, by site, as an Excel workbook</source>
        <translation>Сохранить статистику за период с разбивкой по местам как книгу Excel</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="84"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="139"/>
        <source>Cases in each stage now</source>
        <translation>Дела на каждом этапе сейчас</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="140"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="141"/>
        <source>Weekly throughput</source>
        <translation>Объём работы по неделям</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="142"/>
        <source>Interviews done</source>
        <translation>Проведено собеседований</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="143"/>
        <source>Cases moved to a later stage</source>
        <translation>Дела, переведённые на следующий этап</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="144"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="145"/>
        <source>How long cases have been in their stage</source>
        <translation>Сколько времени дела находятся на текущем этапе</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>0–7 days</source>
        <translation>0–7 дней</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>8–30 days</source>
        <translation>8–30 дней</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>31–90 days</source>
        <translation>31–90 дней</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>over 90 days</source>
        <translation>более 90 дней</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="147"/>
        <source>Nothing to show yet.</source>
        <translation>Пока нечего показать.</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="210"/>
        <source>Reading the figures…</source>
        <translation>Загрузка показателей…</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dashboard.py" line="225"/>
        <source>%n case(s) in the pipeline now</source>
        <translation>
            <numerusform>Сейчас в работе %n дело</numerusform>
            <numerusform>Сейчас в работе %n дела</numerusform>
            <numerusform>Сейчас в работе %n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="227"/>
        <source>weeks from {start} to {end}</source>
        <translation>недели с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="242"/>
        <source>Export team statistics</source>
        <translation>Экспорт статистики группы</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="244"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="249"/>
        <source>Saved the team statistics to {path}.</source>
        <translation>Статистика группы сохранена в {path}.</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="255"/>
        <source>Export workbook</source>
        <translation>Экспорт книги Excel</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="257"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="262"/>
        <source>Saved the statistics workbook to {path}.</source>
        <translation>Книга Excel со статистикой сохранена в {path}.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../unlock/demo_page.py" line="120"/>
        <source>&lt;h3&gt;Open the demo workspace&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Открыть демонстрационное рабочее пространство&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="123"/>
        <source>The demo workspace holds &lt;b&gt;synthetic people only&lt;/b&gt;: invented families with names in several scripts, dates of birth, photos and document scans. Use it to learn the app or to train a team, and never type a real applicant&apos;s data into it.</source>
        <translation>Демонстрационное пространство содержит &lt;b&gt;только вымышленных людей&lt;/b&gt;: выдуманные семьи с именами в разных системах письма, датами рождения, фото и сканами документов. Используйте его, чтобы освоить программу или обучить команду, и никогда не вводите в него данные реальных заявителей.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="129"/>
        <source>It is kept apart from your own data, in {path}</source>
        <translation>Оно хранится отдельно от ваших данных, в {path}</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="138"/>
        <source>A demo workspace was already made here. Open it and unlock it with the password chosen then, or delete that folder to build a new one.</source>
        <translation>Демонстрационное пространство здесь уже создано. Откройте его и разблокируйте паролем, выбранным тогда, или удалите эту папку, чтобы создать новое.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="143"/>
        <source>&amp;Open the existing demo</source>
        <translation>&amp;Открыть существующее демопространство</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="157"/>
        <source>Number of &amp;cases:</source>
        <translation>Количество &amp;дел:</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="157"/>
        <source>A few hundred cases take about a minute to build.</source>
        <translation>Несколько сотен дел создаются примерно за минуту.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="160"/>
        <source>User &amp;name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="169"/>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="170"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="172"/>
        <source>&amp;Build the demo workspace</source>
        <translation>&amp;Создать демопространство</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="234"/>
        <source>{path} already exists and is not a demo workspace. Move it away, then try again.</source>
        <translation>{path} уже существует и не является демопространством. Переместите его в другое место и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="239"/>
        <source>Demo workspace</source>
        <translation>Демопространство</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="254"/>
        <source>Stopping after the current step…</source>
        <translation>Остановка после текущего шага…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="263"/>
        <location filename="../unlock/demo_page.py" line="315"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Создание зашифрованного рабочего пространства…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="264"/>
        <source>Inventing synthetic families, photos and scans…</source>
        <translation>Генерация вымышленных семей, фото и сканов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../unlock/demo_page.py" line="265"/>
        <source>Adding %n synthetic case(s)…</source>
        <translation>
            <numerusform>Добавление %n синтетического дела…</numerusform>
            <numerusform>Добавление %n синтетических дел…</numerusform>
            <numerusform>Добавление %n синтетических дел…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="266"/>
        <source>Opening the demo workspace…</source>
        <translation>Открытие демопространства…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="267"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="270"/>
        <source>Adding photos and scans: {done} of {total}…</source>
        <translation>Добавление фото и сканов: {done} из {total}…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="278"/>
        <source>Stopped. The half-built demo workspace was deleted.</source>
        <translation>Остановлено. Недостроенное демопространство удалено.</translation>
    </message>
</context>
<context>
    <name>DismissFindingsDialog</name>
    <message>
        <location filename="../reports/dialogs.py" line="214"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
</context>
<context>
    <name>DobEditor</name>
    <message>
        <location filename="../case/person_fields.py" line="39"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="41"/>
        <source>Precision of the date of birth</source>
        <translation>Точность даты рождения</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <location filename="../case/documents_dialogs.py" line="78"/>
        <source>Import scan or PDF</source>
        <translation>Импорт скана или PDF</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="79"/>
        <source>Document details</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="80"/>
        <source>Attach translation</source>
        <translation>Добавить перевод</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="91"/>
        <source>Whole case (no one person)</source>
        <translation>Всё дело (без привязки к лицу)</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="111"/>
        <source>Choose, or type an ISO 639 code such as ti</source>
        <translation>Выберите или введите код ISO 639, например ti</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="115"/>
        <source>Optional, to tell two documents of one type apart</source>
        <translation>Необязательно: чтобы различать два документа одного типа</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents_dialogs.py" line="117"/>
        <source>Apply to all %n page(s) of this document</source>
        <translation>
            <numerusform>Применить к %n странице этого документа</numerusform>
            <numerusform>Применить ко всем %n страницам этого документа</numerusform>
            <numerusform>Применить ко всем %n страницам этого документа</numerusform>
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
        <translation>&amp;Лицо</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="126"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="126"/>
        <source>&amp;Language of the translation</source>
        <translation>&amp;Язык перевода</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="130"/>
        <source>T&amp;itle</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="135"/>
        <source>The files become pages of one document, in the order chosen. You can reorder them later.</source>
        <translation>Файлы станут страницами одного документа в выбранном порядке. Порядок можно изменить позже.</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="138"/>
        <source>Untick to change only the selected page; it then becomes a document of its own.</source>
        <translation>Снимите флажок, чтобы изменить только выбранную страницу; тогда она станет отдельным документом.</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="140"/>
        <source>The translation is linked to the selected page and takes its person and type.</source>
        <translation>Перевод привязывается к выбранной странице и получает её лицо и тип.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../case/documents_model.py" line="56"/>
        <source>Document of unknown type</source>
        <translation>Документ неизвестного типа</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Pages / file</source>
        <translation>Страницы / файл</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents_model.py" line="171"/>
        <location filename="../case/documents_model.py" line="194"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="177"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="178"/>
        <source>Page {number}</source>
        <translation>Страница {number}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="183"/>
        <source>PDF, {size}</source>
        <translation>PDF, {size}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="185"/>
        <source>Image {width} × {height}</source>
        <translation>Изображение {width} × {height}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="186"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="193"/>
        <source>{title}: {pages}</source>
        <translation>{title}: {pages}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="198"/>
        <source>Translation into {language} of page {number}</source>
        <translation>Перевод ({language}) страницы {number}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="199"/>
        <source>an unknown language</source>
        <translation>неизвестный язык</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="202"/>
        <source>Page {number} of {total}. Enter opens it.</source>
        <translation>Страница {number} из {total}. Enter открывает её.</translation>
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
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="124"/>
        <source>&amp;Import scan or PDF…</source>
        <translation>&amp;Импорт скана или PDF…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="127"/>
        <source>Import scan or PDF (Ctrl+Shift+I)</source>
        <translation>Импортировать скан или PDF (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="131"/>
        <source>&amp;View</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="131"/>
        <source>View the page (Enter)</source>
        <translation>Просмотреть страницу (Enter)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="133"/>
        <source>Page &amp;up</source>
        <translation>Страницу &amp;выше</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="133"/>
        <source>Move the page up (Ctrl+Up)</source>
        <translation>Переместить страницу выше (Ctrl+Вверх)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="136"/>
        <source>Page do&amp;wn</source>
        <translation>Страницу &amp;ниже</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="136"/>
        <source>Move the page down (Ctrl+Down)</source>
        <translation>Переместить страницу ниже (Ctrl+Вниз)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="139"/>
        <source>&amp;Edit details…</source>
        <translation>Изменить &amp;сведения…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="139"/>
        <source>Type, person, language (F2)</source>
        <translation>Тип, лицо, язык (F2)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="142"/>
        <source>Attach &amp;translation…</source>
        <translation>&amp;Добавить перевод…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="145"/>
        <source>Attach a translation of the selected page (Ctrl+Shift+T)</source>
        <translation>Добавить перевод выбранной страницы (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="147"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="147"/>
        <source>Remove (Delete)</source>
        <translation>Удалить (Delete)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="185"/>
        <source>No documents in this case yet.
Import scans or PDFs (Ctrl+Shift+I): passports, UNHCR registrations, birth and marriage certificates. Several files become the pages of one document.</source>
        <translation>В этом деле пока нет документов.
Импортируйте сканы или PDF (Ctrl+Shift+I): паспорта, регистрационные документы УВКБ ООН, свидетельства о рождении и о браке. Несколько файлов становятся страницами одного документа.</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="227"/>
        <source>{document}, translation of page {number}</source>
        <translation>{document}, перевод страницы {number}</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="231"/>
        <source>{document}, page {number} of {total}</source>
        <translation>{document}, страница {number} из {total}</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="244"/>
        <source>Import scan or PDF</source>
        <translation>Импорт скана или PDF</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="246"/>
        <location filename="../case/documents.py" line="366"/>
        <source>Scans and PDF documents ({patterns})</source>
        <translation>Сканы и документы PDF ({patterns})</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="283"/>
        <source>%n page(s) imported.</source>
        <translation>
            <numerusform>Импортирована %n страница.</numerusform>
            <numerusform>Импортировано %n страницы.</numerusform>
            <numerusform>Импортировано %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="286"/>
        <source>Importing pages…</source>
        <translation>Импорт страниц…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="307"/>
        <source>Saving the page order…</source>
        <translation>Сохранение порядка страниц…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="354"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="364"/>
        <source>Attach translation</source>
        <translation>Добавить перевод</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="396"/>
        <source>Translation attached.</source>
        <translation>Перевод добавлен.</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="399"/>
        <source>Attaching the translation…</source>
        <translation>Добавление перевода…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="408"/>
        <source>Remove the whole document “{title}” (%n page(s)) and its translations?</source>
        <translation>
            <numerusform>Удалить весь документ «{title}» (%n страница) и его переводы?</numerusform>
            <numerusform>Удалить весь документ «{title}» (%n страницы) и его переводы?</numerusform>
            <numerusform>Удалить весь документ «{title}» (%n страниц) и его переводы?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="410"/>
        <source>Remove page {number} of “{title}”? Its translations are removed with it.</source>
        <translation>Удалить страницу {number} документа «{title}»? Её переводы будут удалены вместе с ней.</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="412"/>
        <source>Remove this translation of “{title}”?</source>
        <translation>Удалить этот перевод документа «{title}»?</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="416"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="432"/>
        <source>Removing…</source>
        <translation>Удаление…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="433"/>
        <source>%n file(s) removed.</source>
        <translation>
            <numerusform>Удалён %n файл.</numerusform>
            <numerusform>Удалено %n файла.</numerusform>
            <numerusform>Удалено %n файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <location filename="../forms/draw_canvas.py" line="207"/>
        <source>Sign above the line</source>
        <translation>Распишитесь над линией</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../forms/draw_canvas.py" line="251"/>
        <source>Sign with the mouse, a pen or a finger. Undo (Ctrl+Z) takes back the last stroke.</source>
        <translation>Распишитесь мышью, стилусом или пальцем. «Отменить» (Ctrl+Z) убирает последний штрих.</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="253"/>
        <source>Draw with the mouse, a pen or a finger. Undo (Ctrl+Z) takes back the last stroke.</source>
        <translation>Рисуйте мышью, стилусом или пальцем. «Отменить» (Ctrl+Z) убирает последний штрих.</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="257"/>
        <source>Thin</source>
        <translation>Тонкая</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="257"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="257"/>
        <source>Thick</source>
        <translation>Толстая</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="263"/>
        <source>&amp;Pen:</source>
        <translation>&amp;Линия:</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="265"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="267"/>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="269"/>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="272"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <location filename="../unlock/enroll_page.py" line="83"/>
        <source>&lt;h3&gt;Enroll with an HQ code&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Зарегистрироваться по коду штаб-квартиры&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="86"/>
        <source>Type or paste the codes HQ gave you. This laptop then gets its encrypted workspace in {path}, is enrolled with HQ and syncs its first cases.</source>
        <translation>Введите или вставьте коды, выданные штаб-квартирой. Затем на этом ноутбуке будет создано зашифрованное рабочее пространство в {path}, ноутбук будет зарегистрирован в штаб-квартире и получит первые дела при синхронизации.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="100"/>
        <source>&amp;Laptop code:</source>
        <translation>&amp;Код ноутбука:</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="102"/>
        <source>One line starting with CR1-, from HQ (circuitride hq enroll-device). It works once.</source>
        <translation>Одна строка, начинающаяся с CR1-, от штаб-квартиры (circuitride hq enroll-device). Действует один раз.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="109"/>
        <source>CRU1-… (optional)</source>
        <translation>CRU1-… (необязательно)</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="112"/>
        <source>U&amp;ser code:</source>
        <translation>Ко&amp;д пользователя:</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="114"/>
        <source>Your own code from HQ (circuitride hq user add); it fills in your user name.</source>
        <translation>Ваш личный код от штаб-квартиры (circuitride hq user add); по нему подставляется ваше имя пользователя.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="117"/>
        <source>for example: ana.rojas</source>
        <translation>например: ana.rojas</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="120"/>
        <source>User &amp;name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="123"/>
        <source>You open this laptop with it to do your case work, as an interviewer or in the role HQ gives you. Its administrator account, laptop.admin, opens with the same password (to add users).</source>
        <translation>С ним вы открываете этот ноутбук для работы с делами — как интервьюер или в роли, которую назначит штаб-квартира. Учётная запись администратора ноутбука, laptop.admin, открывается тем же паролем (чтобы добавлять пользователей).</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="132"/>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="133"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="134"/>
        <source>&amp;Open the workspace</source>
        <translation>&amp;Открыть рабочее пространство</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="162"/>
        <source>HQ: {url}</source>
        <translation>Штаб-квартира: {url}</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="197"/>
        <source>This user code is for {code_user}: use that user name, or leave the code out.</source>
        <translation>Этот код пользователя выдан для {code_user}: укажите это имя пользователя или не вводите код.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="288"/>
        <source>Reaching HQ and checking its certificate…</source>
        <translation>Подключение к штаб-квартире и проверка её сертификата…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="289"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Создание зашифрованного рабочего пространства…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="290"/>
        <source>Enrolling this laptop with HQ…</source>
        <translation>Регистрация этого ноутбука в штаб-квартире…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="291"/>
        <source>Enrolling your user with HQ…</source>
        <translation>Регистрация вашего пользователя в штаб-квартире…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="292"/>
        <source>First sync with HQ…</source>
        <translation>Первая синхронизация со штаб-квартирой…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="310"/>
        <source>This laptop is enrolled with HQ, but the first sync did not finish: {reason} Open the workspace and sync again from the Sync page.</source>
        <translation>Этот ноутбук зарегистрирован в штаб-квартире, но первая синхронизация не завершилась: {reason} Откройте рабочее пространство и повторите синхронизацию на странице «Синхронизация».</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="323"/>
        <source>HQ did not accept this laptop code: it was used already, is more than 7 days old, or a character is wrong. Nothing was kept. Ask HQ for a new code (circuitride hq enroll-device) and type it again. ({reason})</source>
        <translation>Штаб-квартира не приняла этот код ноутбука: он уже использован, выдан более 7 дней назад или в нём неверный символ. Ничего не сохранено. Попросите в штаб-квартире новый код (circuitride hq enroll-device) и введите его. ({reason})</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="333"/>
        <source>HQ did not accept this user code: it was used already or a character is wrong. The laptop is enrolled; ask HQ for a new user code (circuitride hq user code NAME), or leave it out and enroll your user later from the Sync page. ({reason})</source>
        <translation>Штаб-квартира не приняла этот код пользователя: он уже использован или в нём неверный символ. Ноутбук зарегистрирован; попросите в штаб-квартире новый код пользователя (circuitride hq user code NAME) или не вводите его и зарегистрируйте пользователя позже на странице «Синхронизация». ({reason})</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../case/person_fields.py" line="179"/>
        <source>Nothing to verify yet: this field is empty.</source>
        <translation>Пока нечего проверять: это поле пустое.</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="188"/>
        <source>⚠ Two devices changed this differently · &lt;a href=&apos;#&apos;&gt;Decide…&lt;/a&gt;</source>
        <translation>⚠ Два устройства изменили это по-разному · &lt;a href=&apos;#&apos;&gt;Решить…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="192"/>
        <source>In conflict: decide</source>
        <translation>Конфликт: решить</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <location filename="../files/view.py" line="237"/>
        <location filename="../files/view.py" line="298"/>
        <source>Paper files</source>
        <translation>Папки дел</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="239"/>
        <source>Scan a file label</source>
        <translation>Сканирование этикетки папки</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="240"/>
        <source>Scan a label, or type a case number and Enter</source>
        <translation>Отсканируйте этикетку или введите номер дела и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="242"/>
        <source>Ctrl+L comes back here; Down goes to the list</source>
        <translation>Ctrl+L — вернуться сюда; стрелка вниз — перейти к списку</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="244"/>
        <source>A&amp;dd scans to the selection</source>
        <translation>&amp;Добавлять отсканированные папки к выбранным</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="245"/>
        <source>Scan several labels one after the other to check them out or in together</source>
        <translation>Отсканируйте несколько этикеток подряд, чтобы выдать или вернуть эти папки вместе</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="247"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <source>All files</source>
        <translation>Все папки</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <location filename="../files/view.py" line="383"/>
        <source>Checked out</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <source>In place</source>
        <translation>На месте</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="255"/>
        <location filename="../files/view.py" line="375"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="257"/>
        <location filename="../files/view.py" line="427"/>
        <source>All sites</source>
        <translation>Все места</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="259"/>
        <source>Search files</source>
        <translation>Поиск папок</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="260"/>
        <source>Case, name, holder or place</source>
        <translation>Дело, имя, держатель или место</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="262"/>
        <source>Check &amp;out…</source>
        <translation>&amp;Выдать…</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="263"/>
        <source>Check the selected files out to a person (Ctrl+Shift+O)</source>
        <translation>Выдать выбранные папки человеку (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="264"/>
        <source>Check &amp;in…</source>
        <translation>Ве&amp;рнуть…</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="265"/>
        <source>Check the selected files back in (Ctrl+Shift+I)</source>
        <translation>Вернуть выбранные папки (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="266"/>
        <source>Op&amp;en case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="267"/>
        <source>Open the selected case (Enter in the list, or Ctrl+O)</source>
        <translation>Открыть выбранное дело (Enter в списке или Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="272"/>
        <source>&amp;Scan:</source>
        <translation>&amp;Сканировать:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="280"/>
        <source>S&amp;how:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="281"/>
        <source>Si&amp;te:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="282"/>
        <source>Sea&amp;rch:</source>
        <translation>По&amp;иск:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="362"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="363"/>
        <source>Principal applicant</source>
        <translation>Основной заявитель</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="364"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="365"/>
        <source>Holder</source>
        <translation>Держатель</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="366"/>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="367"/>
        <source>Due back</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="369"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="376"/>
        <source>Ride</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="381"/>
        <source>Checked out, overdue</source>
        <translation>Выдано, просрочено</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="384"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="388"/>
        <source>Checked out from {place}</source>
        <translation>Выдано из: {place}</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="394"/>
        <location filename="../files/view.py" line="582"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n день просрочки</numerusform>
            <numerusform>%n дня просрочки</numerusform>
            <numerusform>%n дней просрочки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="491"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n папка</numerusform>
            <numerusform>%n папки</numerusform>
            <numerusform>%n папок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="492"/>
        <source>%n checked out</source>
        <translation>
            <numerusform>%n выдана</numerusform>
            <numerusform>%n выданы</numerusform>
            <numerusform>%n выдано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="493"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочена</numerusform>
            <numerusform>%n просрочены</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="494"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n выбрана</numerusform>
            <numerusform>%n выбраны</numerusform>
            <numerusform>%n выбрано</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="501"/>
        <source>Reading the files…</source>
        <translation>Чтение папок дел…</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="503"/>
        <source>There are no cases in this workspace yet.</source>
        <translation>В этом рабочем пространстве пока нет дел.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="504"/>
        <source>No file matches the filters and the search.</source>
        <translation>Ни одна папка не соответствует фильтрам и поиску.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="554"/>
        <source>No case {case} in this workspace: check the label, or scan it again.</source>
        <translation>В этом рабочем пространстве нет дела {case}: проверьте этикетку или отсканируйте её ещё раз.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="574"/>
        <source>Found {case}: {where}.</source>
        <translation>Найдено дело {case}: {where}.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="579"/>
        <source>in its place, {place}</source>
        <translation>папка на своём месте, {place}</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="579"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="580"/>
        <source>checked out to {holder}</source>
        <translation>папка выдана, держатель: {holder}</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="584"/>
        <source>due back {day}</source>
        <translation>вернуть до {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="661"/>
        <source>%n file(s) moved</source>
        <translation>
            <numerusform>перемещена %n папка</numerusform>
            <numerusform>перемещены %n папки</numerusform>
            <numerusform>перемещено %n папок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="663"/>
        <source>%n already held by that person: unchanged</source>
        <translation>
            <numerusform>%n папка уже у этого человека: без изменений</numerusform>
            <numerusform>%n папки уже у этого человека: без изменений</numerusform>
            <numerusform>%n папок уже у этого человека: без изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="687"/>
        <source>Nothing was changed:</source>
        <translation>Ничего не изменено:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../cases/filter_bar.py" line="33"/>
        <source>E&amp;xpedited only</source>
        <translation>&amp;Ускоренные</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="34"/>
        <source>Has open &amp;issues</source>
        <translation>Есть &amp;замечания</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="37"/>
        <source>Cases with a person without a date of birth or with an approximate one not yet verified, without a principal applicant, or whose file location is unknown</source>
        <translation>Дела, где есть лицо без даты рождения или с приблизительной, ещё не проверенной датой, нет основного заявителя или неизвестно место папки</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="41"/>
        <source>C&amp;lear filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="53"/>
        <source>&amp;Site:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="54"/>
        <source>&amp;Ride:</source>
        <translation>Ми&amp;ссия:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="55"/>
        <source>S&amp;tage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="56"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="57"/>
        <source>Assigned t&amp;o:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="102"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="115"/>
        <source>No ride</source>
        <translation>Без миссии</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="117"/>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="119"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="122"/>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="124"/>
        <source>Anyone</source>
        <translation>Все</translation>
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
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="93"/>
        <location filename="../reports/findings.py" line="94"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="96"/>
        <source>Run &amp;checks</source>
        <translation>&amp;Запустить проверки</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="98"/>
        <source>Run every quality check over the workspace; findings that no longer hold are closed</source>
        <translation>Выполнить все проверки качества по рабочему пространству; замечания, которые больше не актуальны, закрываются</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="100"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Назначить…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="101"/>
        <source>Give the selected findings to a member of the team</source>
        <translation>Назначить выбранные замечания сотруднику группы</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="102"/>
        <source>Re&amp;solve…</source>
        <translation>&amp;Устранить…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="103"/>
        <source>Mark the selected findings fixed, saying how</source>
        <translation>Отметить выбранные замечания как устранённые, указав, как именно</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="104"/>
        <source>&amp;Dismiss…</source>
        <translation>Отк&amp;лонить…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="105"/>
        <source>Dismiss the selected findings as not a problem, saying why</source>
        <translation>Отклонить выбранные замечания как не являющиеся проблемой, указав причину</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="106"/>
        <source>Op&amp;en case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="107"/>
        <source>Open the selected finding&apos;s case (Enter in the list)</source>
        <translation>Открыть дело выбранного замечания (Enter в списке)</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="114"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="115"/>
        <source>C&amp;heck:</source>
        <translation>&amp;Проверка:</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="116"/>
        <source>Ca&amp;se:</source>
        <translation>Д&amp;ело:</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="138"/>
        <source>Quality findings</source>
        <translation>Замечания контроля качества</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="171"/>
        <source>Still to fix (open or assigned)</source>
        <translation>Не устранённые (открытые или назначенные)</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="172"/>
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="175"/>
        <source>Every check</source>
        <translation>Все проверки</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="210"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="217"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="224"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="231"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="245"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="251"/>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="257"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="267"/>
        <source>Possibly the same person as one in case {case}</source>
        <translation>Возможно, тот же человек, что и в деле {case}</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="272"/>
        <source>Fixed: {note}</source>
        <translation>Устранено: {note}</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="274"/>
        <source>Dismissed: {note}</source>
        <translation>Отклонено: {note}</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="348"/>
        <source>Reading the quality findings…</source>
        <translation>Загрузка замечаний контроля качества…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="351"/>
        <source>No quality findings yet. Run the checks to look for problems in every case.</source>
        <translation>Замечаний контроля качества пока нет. Запустите проверки, чтобы найти проблемы во всех делах.</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="352"/>
        <source>No quality findings yet. A team lead runs the checks.</source>
        <translation>Замечаний контроля качества пока нет. Проверки запускает руководитель группы.</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="353"/>
        <source>No finding matches the filters.</source>
        <translation>Ни одно замечание не соответствует фильтрам.</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="365"/>
        <source>%n finding(s) shown</source>
        <translation>
            <numerusform>%n замечание в списке</numerusform>
            <numerusform>%n замечания в списке</numerusform>
            <numerusform>%n замечаний в списке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="366"/>
        <source>%n still to fix</source>
        <translation>
            <numerusform>не устранено: %n</numerusform>
            <numerusform>не устранено: %n</numerusform>
            <numerusform>не устранено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="367"/>
        <source>%n of high severity</source>
        <translation>
            <numerusform>высокой важности: %n</numerusform>
            <numerusform>высокой важности: %n</numerusform>
            <numerusform>высокой важности: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="368"/>
        <source>%n selected</source>
        <translation>
            <numerusform>выбрано: %n</numerusform>
            <numerusform>выбрано: %n</numerusform>
            <numerusform>выбрано: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="414"/>
        <source>Mark the selected findings fixed, saying how (those assigned to you)</source>
        <translation>Отметить выбранные замечания как устранённые, указав, как именно (только назначенные вам)</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="447"/>
        <source>Running the quality checks over every case…</source>
        <translation>Выполняются проверки качества по всем делам…</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="467"/>
        <source>Checks done: %n finding(s) hold now.</source>
        <translation>
            <numerusform>Проверки завершены: сейчас актуально %n замечание.</numerusform>
            <numerusform>Проверки завершены: сейчас актуальны %n замечания.</numerusform>
            <numerusform>Проверки завершены: сейчас актуально %n замечаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="468"/>
        <source>%n new.</source>
        <translation>
            <numerusform>Новых: %n.</numerusform>
            <numerusform>Новых: %n.</numerusform>
            <numerusform>Новых: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="469"/>
        <source>%n closed because the problem is gone.</source>
        <translation>
            <numerusform>Закрыто, так как проблемы больше нет: %n.</numerusform>
            <numerusform>Закрыто, так как проблемы больше нет: %n.</numerusform>
            <numerusform>Закрыто, так как проблемы больше нет: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="471"/>
        <source>%n opened again.</source>
        <translation>
            <numerusform>Открыто повторно: %n.</numerusform>
            <numerusform>Открыто повторно: %n.</numerusform>
            <numerusform>Открыто повторно: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="475"/>
        <source>%n submitted form(s) could not be checked: their form is not installed.</source>
        <translation>
            <numerusform>Не удалось проверить %n отправленную форму: сама форма не установлена.</numerusform>
            <numerusform>Не удалось проверить %n отправленные формы: сами формы не установлены.</numerusform>
            <numerusform>Не удалось проверить %n отправленных форм: сами формы не установлены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="489"/>
        <source>Assigned %n finding(s) to {user}.</source>
        <translation>
            <numerusform>Пользователю {user} назначено %n замечание.</numerusform>
            <numerusform>Пользователю {user} назначены %n замечания.</numerusform>
            <numerusform>Пользователю {user} назначено %n замечаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="497"/>
        <source>Marked %n finding(s) fixed.</source>
        <translation>
            <numerusform>%n замечание отмечено как устранённое.</numerusform>
            <numerusform>%n замечания отмечены как устранённые.</numerusform>
            <numerusform>%n замечаний отмечено как устранённые.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="504"/>
        <source>Dismissed %n finding(s).</source>
        <translation>
            <numerusform>Отклонено %n замечание.</numerusform>
            <numerusform>Отклонены %n замечания.</numerusform>
            <numerusform>Отклонено %n замечаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="517"/>
        <source>%n not changed: {reasons}</source>
        <translation>
            <numerusform>Не изменено: %n ({reasons})</numerusform>
            <numerusform>Не изменено: %n ({reasons})</numerusform>
            <numerusform>Не изменено: %n ({reasons})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../unlock/first_run.py" line="63"/>
        <source>Welcome to Circuit Ride</source>
        <translation>Добро пожаловать в Circuit Ride</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="68"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="76"/>
        <source>&amp;Create a workspace</source>
        <translation>&amp;Создать рабочее пространство</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="78"/>
        <source>Start with an empty encrypted workspace for your own cases. Choose a password; HQ&apos;s recovery key is optional but recommended.</source>
        <translation>Начните с пустого зашифрованного рабочего пространства для своих дел. Выберите пароль; ключ восстановления штаб-квартиры необязателен, но рекомендуется.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="83"/>
        <source>&amp;Restore a backup</source>
        <translation>Восстановить из &amp;резервной копии</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="84"/>
        <source>Bring back a workspace from a backup folder, with the password it was made with.</source>
        <translation>Восстановите рабочее пространство из папки резервной копии с паролем, который действовал при её создании.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="87"/>
        <source>&amp;Enroll with an HQ code</source>
        <translation>&amp;Зарегистрироваться по коду штаб-квартиры</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="88"/>
        <source>HQ gave you a code: set up this laptop, connect it to HQ and receive your cases in one go.</source>
        <translation>Штаб-квартира выдала вам код: настройте этот ноутбук, подключите его к штаб-квартире и получите свои дела за один шаг.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="91"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Открыть &amp;демопространство</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="93"/>
        <source>Look around with synthetic people only: invented families, photos and scans. Nothing real, nothing to lose.</source>
        <translation>Познакомьтесь с программой на вымышленных людях: выдуманные семьи, фото и сканы. Ничего настоящего, нечего терять.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="97"/>
        <source>&lt;h2&gt;Welcome to Circuit Ride&lt;/h2&gt;&lt;p&gt;There is no workspace in this data folder yet:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в Circuit Ride&lt;/h2&gt;&lt;p&gt;В этой папке данных ещё нет рабочего пространства:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../forms/session.py" line="93"/>
        <source>The workspace is locked: unlock it and attach the file again.</source>
        <translation>Рабочее пространство заблокировано: разблокируйте его и прикрепите файл ещё раз.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="310"/>
        <source>%1 — case %2</source>
        <translation>%1 — дело %2</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="333"/>
        <source>Form &amp;audit…</source>
        <translation>&amp;Аудит формы…</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="335"/>
        <source>How this form was filled: time on each question, answers changed and why</source>
        <translation>Как заполнялась эта форма: время на каждый вопрос, изменённые ответы и причины изменений</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="340"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="344"/>
        <source>Save draft and c&amp;lose</source>
        <translation>Сохранить черновик и &amp;закрыть</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="345"/>
        <source>Keep the answers on this laptop and finish later</source>
        <translation>Сохранить ответы на этом ноутбуке и закончить позже</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="348"/>
        <source>&amp;Submit</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="348"/>
        <source>Save &amp;amendment…</source>
        <translation>Сохранить &amp;исправление…</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="352"/>
        <source>Check every answer and lock the form (Ctrl+Enter)</source>
        <translation>Проверить все ответы и заблокировать форму (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="505"/>
        <source>Draft saved on this laptop.</source>
        <translation>Черновик сохранён на этом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="558"/>
        <source>Some answers need attention before the form can be submitted: see the marked questions.</source>
        <translation>Некоторые ответы требуют внимания, прежде чем форму можно будет отправить: проверьте отмеченные вопросы.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="564"/>
        <source>Amend a submitted form</source>
        <translation>Исправление отправленной формы</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="564"/>
        <source>Why is this submitted form being changed?</source>
        <translation>Почему в эту отправленную форму вносятся изменения?</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="569"/>
        <source>An amendment needs a reason.</source>
        <translation>Для исправления нужно указать причину.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="577"/>
        <source>Changes to a saved form</source>
        <translation>Изменения в сохранённой форме</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="578"/>
        <source>This form was saved before and answers were changed. Why were they changed?</source>
        <translation>Эта форма уже была сохранена, и ответы в ней изменены. Почему их изменили?</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="583"/>
        <source>Say why the answers were changed, then submit again.</source>
        <translation>Укажите, почему изменены ответы, и отправьте форму ещё раз.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="613"/>
        <source>Form submitted and locked.</source>
        <translation>Форма отправлена и заблокирована.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="613"/>
        <source>Amendment saved.</source>
        <translation>Исправление сохранено.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../forms/renderer.py" line="174"/>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="176"/>
        <source>The language the questions are read out in; the program keeps its own</source>
        <translation>Язык, на котором зачитываются вопросы; язык программы не меняется</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="177"/>
        <source>Form lan&amp;guage:</source>
        <translation>&amp;Язык формы:</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="191"/>
        <source>This form has no questions.</source>
        <translation>В этой форме нет вопросов.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="194"/>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="195"/>
        <source>Go to the previous page (Page Up, Alt+Left)</source>
        <translation>Перейти на предыдущую страницу (Page Up, Alt+стрелка влево)</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="196"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="197"/>
        <source>Go to the next page (Page Down, Alt+Right)</source>
        <translation>Перейти на следующую страницу (Page Down, Alt+стрелка вправо)</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="368"/>
        <source>Nothing to answer on this page with the answers given so far.</source>
        <translation>С учётом данных ответов на этой странице нет вопросов.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="433"/>
        <source>These are the persons on the case. To add or remove someone, change the household on the case screen.</source>
        <translation>Это лица в деле. Чтобы добавить или удалить кого-либо, измените состав семьи на экране дела.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="473"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="475"/>
        <source>Remove this entry and its answers</source>
        <translation>Удалить эту запись и её ответы</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="669"/>
        <source>No entries yet. Use “Add {label}” to add one.</source>
        <translation>Записей пока нет. Чтобы добавить запись, нажмите «Добавить: {label}».</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="672"/>
        <source>Add {label}</source>
        <translation>Добавить: {label}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="676"/>
        <source>The form takes no further “{label}” now: its condition for another entry is not met.</source>
        <translation>Форма сейчас не принимает больше «{label}»: условие для ещё одной записи не выполнено.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="679"/>
        <source>Add another entry at the end</source>
        <translation>Добавить ещё одну запись в конец</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="747"/>
        <source>This answer is not allowed.</source>
        <translation>Этот ответ недопустим.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="748"/>
        <source>This question needs an answer.</source>
        <translation>На этот вопрос нужно ответить.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="774"/>
        <source>{label} {number}</source>
        <translation>{label} {number}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="776"/>
        <source>Entry {number}</source>
        <translation>Запись {number}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="781"/>
        <source>Remove {title}</source>
        <translation>Удалить: {title}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="838"/>
        <source>Choose a value on the scale, or clear the answer.</source>
        <translation>Выберите значение на шкале или очистите ответ.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="842"/>
        <source>Enter a whole number, for example 12.</source>
        <translation>Введите целое число, например 12.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="843"/>
        <source>Enter a number, for example 72.5.</source>
        <translation>Введите число, например 72,5.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="844"/>
        <source>Enter a real date as year-month-day, for example 2024-03-31.</source>
        <translation>Введите существующую дату в формате год-месяц-день, например 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="845"/>
        <source>Enter a time as hours:minutes, for example 14:30.</source>
        <translation>Введите время в формате часы:минуты, например 14:30.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="846"/>
        <source>Enter a date and time, for example 2024-03-31 14:30.</source>
        <translation>Введите дату и время, например 2024-03-31 14:30.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="847"/>
        <source>Enter a location as latitude, longitude, for example -1.2921, 36.8219.</source>
        <translation>Введите местоположение в формате «широта, долгота», например -1.2921, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="848"/>
        <source>A line needs at least two points, each as latitude, longitude.</source>
        <translation>Для линии нужны как минимум две точки, каждая в формате «широта, долгота».</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="849"/>
        <source>A shape needs at least three corners, each as latitude, longitude.</source>
        <translation>Для фигуры нужны как минимум три угла, каждый в формате «широта, долгота».</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="881"/>
        <source>Remove entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="882"/>
        <source>Remove “{title}” and all its answers?</source>
        <translation>Удалить «{title}» вместе со всеми ответами?</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="928"/>
        <source>Choose which one to show; Next and Previous (Page Down, Page Up) go through them in order</source>
        <translation>Выберите, кого или что показать; «Далее» и «Назад» (Page Down, Page Up) проходят их по порядку</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1046"/>
        <source>&amp;Members</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1046"/>
        <source>&amp;Entries</source>
        <translation>За&amp;писи</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1049"/>
        <source>complete</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1050"/>
        <source>needs attention</source>
        <translation>требует внимания</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1051"/>
        <source>not finished</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1202"/>
        <source>Page {n} of {total}: {title}</source>
        <translation>Страница {n} из {total}: {title}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1206"/>
        <source>Page {n} of {total}: {title} — member {k} of {count}</source>
        <translation>Страница {n} из {total}: {title} — человек {k} из {count}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1208"/>
        <source>Page {n} of {total}: {title} — entry {k} of {count}</source>
        <translation>Страница {n} из {total}: {title} — запись {k} из {count}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1221"/>
        <source>More questions</source>
        <translation>Другие вопросы</translation>
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
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <source>Altitude (m)</source>
        <translation>Высота (м)</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <source>Accuracy (m)</source>
        <translation>Точность (м)</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="148"/>
        <source>Use my location</source>
        <translation>Моё местоположение</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="154"/>
        <source>No location service is available on this computer: type or paste the coordinates.</source>
        <translation>На этом компьютере нет службы определения местоположения: введите или вставьте координаты.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="157"/>
        <source>Fill in the position this computer reports</source>
        <translation>Подставить координаты, которые определяет этот компьютер</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="158"/>
        <source>Clear location</source>
        <translation>Очистить координаты</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="196"/>
        <source>Position taken from the map.</source>
        <translation>Координаты взяты с карты.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="208"/>
        <source>This is not a location. Paste “latitude, longitude”, for example -1.2921, 36.8219.</source>
        <translation>Это не координаты. Вставьте «широта, долгота», например -1.2921, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Altitude</source>
        <translation>Высота</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="233"/>
        <source>{name} must be a number, for example 36.8219.</source>
        <translation>{name}: введите число, например 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="236"/>
        <source>Enter both latitude and longitude, or clear the location.</source>
        <translation>Введите и широту, и долготу или очистите координаты.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="239"/>
        <source>Latitude must be between -90 and 90 (south is negative).</source>
        <translation>Широта должна быть от -90 до 90 (к югу от экватора — со знаком минус).</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="241"/>
        <source>Longitude must be between -180 and 180 (west is negative).</source>
        <translation>Долгота должна быть от -180 до 180 (к западу от Гринвича — со знаком минус).</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="243"/>
        <source>Accuracy cannot be negative: enter metres, or leave it blank.</source>
        <translation>Точность не может быть отрицательной: укажите её в метрах или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="318"/>
        <source>No location service is available: type or paste the coordinates.</source>
        <translation>Служба определения местоположения недоступна: введите или вставьте координаты.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="323"/>
        <source>Finding the position…</source>
        <translation>Определение местоположения…</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="336"/>
        <source>Position filled in from this computer.</source>
        <translation>Координаты подставлены по данным этого компьютера.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="340"/>
        <source>The position could not be found. Type or paste the coordinates instead.</source>
        <translation>Не удалось определить местоположение. Введите или вставьте координаты вручную.</translation>
    </message>
</context>
<context>
    <name>GeoPointsQuestion</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="419"/>
        <source>Corners</source>
        <translation>Углы</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="419"/>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="428"/>
        <source>latitude, longitude</source>
        <translation>широта, долгота</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="429"/>
        <source>New point: latitude, longitude</source>
        <translation>Новая точка: широта, долгота</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="432"/>
        <source>Add point</source>
        <translation>Добавить точку</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="433"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="434"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="435"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="436"/>
        <source>Clear all</source>
        <translation>Очистить всё</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="498"/>
        <source>Line {line} is not a location: write “latitude, longitude”, for example -1.2921, 36.8219.</source>
        <translation>Строка {line} — не координаты: напишите «широта, долгота», например -1.2921, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="546"/>
        <source>A shape needs at least three corners: {missing} more to add.</source>
        <translation>Для фигуры нужны как минимум три угла: добавьте ещё {missing}.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="548"/>
        <source>A line needs at least two points: add one more.</source>
        <translation>Для линии нужны как минимум две точки: добавьте ещё одну.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="574"/>
        <source>Corners: {count}. The shape closes back to the first corner.</source>
        <translation>Углов: {count}. Последний угол соединяется с первым, фигура замыкается.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="576"/>
        <source>Points: {count}.</source>
        <translation>Точек: {count}.</translation>
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
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="49"/>
        <source>given names</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="50"/>
        <source>native-script family name</source>
        <translation>фамилия (в оригинале)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="51"/>
        <source>native-script given names</source>
        <translation>имя (в оригинале)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="52"/>
        <source>aliases</source>
        <translation>другие имена</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="53"/>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="54"/>
        <source>precision of the date of birth</source>
        <translation>точность даты рождения</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="55"/>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="56"/>
        <source>nationality</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="57"/>
        <source>country of birth</source>
        <translation>страна рождения</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="58"/>
        <source>place of birth</source>
        <translation>место рождения</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="59"/>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="60"/>
        <source>marital status</source>
        <translation>семейное положение</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="61"/>
        <source>relationship to the principal applicant</source>
        <translation>родство с основным заявителем</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="62"/>
        <source>documents held</source>
        <translation>имеющиеся документы</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="65"/>
        <source>case number</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="66"/>
        <source>UNHCR id</source>
        <translation>ID УВКБ ООН</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="67"/>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="68"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="69"/>
        <source>site</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="70"/>
        <source>expedited</source>
        <translation>ускоренное рассмотрение</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="71"/>
        <source>reason for expediting</source>
        <translation>причина ускорения</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="72"/>
        <source>US ties</source>
        <translation>связи в США</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="73"/>
        <source>resettlement preferences</source>
        <translation>пожелания по переселению</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="74"/>
        <source>security check status</source>
        <translation>статус проверки безопасности</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="75"/>
        <source>medical status</source>
        <translation>статус медосмотра</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="76"/>
        <source>file location</source>
        <translation>место папки дела</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="77"/>
        <source>file holder</source>
        <translation>держатель папки дела</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="78"/>
        <source>file held since</source>
        <translation>папка дела у держателя с</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="79"/>
        <source>file due back</source>
        <translation>срок возврата папки дела</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="80"/>
        <source>file&apos;s home location</source>
        <translation>постоянное место папки дела</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="81"/>
        <source>flags</source>
        <translation>отметки</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="84"/>
        <source>principal applicant</source>
        <translation>основной заявитель</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="85"/>
        <source>spouse</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="86"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="87"/>
        <source>other dependent</source>
        <translation>другой иждивенец</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="88"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="89"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="90"/>
        <source>unspecified (X)</source>
        <translation>не указан (X)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="91"/>
        <source>exact</source>
        <translation>точная</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="92"/>
        <source>year and month</source>
        <translation>год и месяц</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="93"/>
        <source>year only</source>
        <translation>только год</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="94"/>
        <source>estimated</source>
        <translation>приблизная</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="95"/>
        <source>single</source>
        <translation>холост / не замужем</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="96"/>
        <source>married</source>
        <translation>женат / замужем</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="97"/>
        <source>widowed</source>
        <translation>вдовец / вдова</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="98"/>
        <source>divorced</source>
        <translation>разведён / разведена</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="99"/>
        <source>separated</source>
        <translation>живёт раздельно</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="100"/>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="101"/>
        <source>pending</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="102"/>
        <source>cleared</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="103"/>
        <source>hit</source>
        <translation>совпадение</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="104"/>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="105"/>
        <source>scheduled</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="106"/>
        <source>deferred</source>
        <translation>отложено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="107"/>
        <source>pre-screening</source>
        <translation>предварительная оценка</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="108"/>
        <source>interview scheduled</source>
        <translation>собеседование назначено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="109"/>
        <source>interviewed</source>
        <translation>собеседование проведено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="110"/>
        <source>adjudicated</source>
        <translation>решение вынесено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="111"/>
        <source>approved</source>
        <translation>одобрено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="112"/>
        <source>denied</source>
        <translation>отказано</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="113"/>
        <source>on hold</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="114"/>
        <source>medical</source>
        <translation>медосмотр</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="115"/>
        <location filename="../../services/history.py" line="151"/>
        <source>cultural orientation</source>
        <translation>культурная ориентация</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="116"/>
        <source>ready for departure</source>
        <translation>готово к выезду</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="117"/>
        <source>departed</source>
        <translation>выехали</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="118"/>
        <source>closed</source>
        <translation>закрыто</translation>
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
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="136"/>
        <source>translation</source>
        <translation>перевод</translation>
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
        <translation>регистрация в УВКБ ООН</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="142"/>
        <source>birth certificate</source>
        <translation>свидетельство о рождении</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="143"/>
        <source>marriage certificate</source>
        <translation>свидетельство о браке</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="144"/>
        <source>national id</source>
        <translation>удостоверение личности</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="145"/>
        <source>other document</source>
        <translation>другой документ</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="148"/>
        <source>interview</source>
        <translation>собеседование</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="149"/>
        <source>medical appointment</source>
        <translation>медосмотр</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="150"/>
        <source>fingerprints appointment</source>
        <translation>снятие отпечатков пальцев</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="152"/>
        <source>adjudication interview</source>
        <translation>собеседование для вынесения решения</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="153"/>
        <source>appointment</source>
        <translation>встреча</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="157"/>
        <source>recorded that {officer} recommended approval ({date})</source>
        <translation>записал(а), что {officer} рекомендует одобрение ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="158"/>
        <source>recorded that {officer} recommended denial ({date})</source>
        <translation>записал(а), что {officer} рекомендует отказ ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="159"/>
        <source>recorded that {officer} put the case on hold ({date})</source>
        <translation>записал(а), что {officer} приостанавливает дело ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="160"/>
        <source>recorded that {officer} requested further evidence ({date})</source>
        <translation>записал(а), что {officer} запрашивает дополнительные доказательства ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="163"/>
        <source>recorded the fingerprint check as cleared ({date})</source>
        <translation>записал(а) проверку отпечатков пальцев как пройденную ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="164"/>
        <source>recorded the fingerprint check as pending ({date})</source>
        <translation>записал(а) проверку отпечатков пальцев как незавершённую ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="165"/>
        <source>recorded a hit in the fingerprint check ({date})</source>
        <translation>записал(а) совпадение при проверке отпечатков пальцев ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="166"/>
        <source>recorded that the fingerprints must be taken again ({date})</source>
        <translation>записал(а), что отпечатки пальцев нужно снять повторно ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="169"/>
        <source>recorded the medical clearance ({date})</source>
        <translation>записал(а) медицинский допуск ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="170"/>
        <source>recorded that the medical clearance was deferred ({date})</source>
        <translation>записал(а), что медицинский допуск отложен ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="173"/>
        <source>an appointment notice</source>
        <translation>уведомление о встрече</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="174"/>
        <source>a briefing notice</source>
        <translation>уведомление об инструктаже</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="175"/>
        <source>a result notice</source>
        <translation>уведомление о результате</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="180"/>
        <source>an interview</source>
        <translation>собеседование</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="181"/>
        <source>a form</source>
        <translation>форма</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="182"/>
        <source>an adjudication result</source>
        <translation>результат рассмотрения</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="187"/>
        <source>an attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="188"/>
        <source>an appointment</source>
        <translation>запись на приём</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="189"/>
        <source>a notice</source>
        <translation>уведомление</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="190"/>
        <source>a stage change</source>
        <translation>смена этапа</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="191"/>
        <source>a quality finding</source>
        <translation>замечание проверки качества</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="192"/>
        <source>a file movement</source>
        <translation>перемещение дела</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="193"/>
        <source>a note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="219"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="221"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="221"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="232"/>
        <source>a person no longer in the case</source>
        <translation>лицо, которого уже нет в деле</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="233"/>
        <source>a person without a name</source>
        <translation>лицо без имени</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="251"/>
        <source>added {what}</source>
        <translation>добавлено: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="252"/>
        <source>changed {what}</source>
        <translation>изменено: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="253"/>
        <source>removed {what}</source>
        <translation>удалено: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="257"/>
        <source>{action} ({what})</source>
        <translation>{action} ({what})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="264"/>
        <source>received the case from HQ</source>
        <translation>получено дело из штаб-квартиры</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="272"/>
        <source>the case</source>
        <translation>дело</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="279"/>
        <source>received {what} from HQ</source>
        <translation>получено из штаб-квартиры: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="282"/>
        <source>received changes to {fields} from HQ</source>
        <translation>получены из штаб-квартиры изменения: {fields}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="285"/>
        <source>received changes to {fields} of {person} from HQ</source>
        <translation>получены из штаб-квартиры изменения: {person}, {fields}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="288"/>
        <source>received a change to {what} from HQ</source>
        <translation>получено из штаб-квартиры изменение: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="293"/>
        <source>received more changes from HQ (records: {count})</source>
        <translation>получены из штаб-квартиры другие изменения (записи: {count})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="307"/>
        <source>set {field} to {new}</source>
        <translation>{field}: указано {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="309"/>
        <source>cleared {field} (was {old})</source>
        <translation>{field}: значение удалено (было {old})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="310"/>
        <source>changed {field} from {old} to {new}</source>
        <translation>{field}: изменено ({old} → {new})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="312"/>
        <source>set {field} of {person} to {new}</source>
        <translation>{person}, {field}: указано {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="315"/>
        <source>cleared {field} of {person} (was {old})</source>
        <translation>{person}, {field}: значение удалено (было {old})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="318"/>
        <source>changed {field} of {person} from {old} to {new}</source>
        <translation>{person}, {field}: изменено ({old} → {new})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="334"/>
        <source>verified {field} of {person} against {document}</source>
        <translation>{person}, {field}: сверено с документом ({document})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="343"/>
        <source>the verification of {field} of {person} was cleared: the value changed</source>
        <translation>{person}, {field}: отметка о проверке снята, так как значение изменилось</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="345"/>
        <source>withdrew the verification of {field} of {person}</source>
        <translation>{person}, {field}: проверка отозвана</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="352"/>
        <source>created the case</source>
        <translation>дело создано</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="354"/>
        <source>deleted the case</source>
        <translation>дело удалено</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="366"/>
        <source>changed the circuit ride</source>
        <translation>изменена выездная миссия</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="368"/>
        <source>changed the case photo</source>
        <translation>изменено фото дела</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="370"/>
        <source>assigned the case to {user}</source>
        <translation>дело назначено: {user}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="373"/>
        <source>took the case off {user}&apos;s work</source>
        <translation>дело снято с назначения: {user}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="389"/>
        <source>added {person} ({role})</source>
        <translation>добавлено лицо: {person} ({role})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="394"/>
        <source>added {person}</source>
        <translation>добавлено лицо: {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="396"/>
        <source>removed {person} from the case</source>
        <translation>из дела исключено лицо: {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="400"/>
        <source>was warned that {person} may be recorded already (a likely match)</source>
        <translation>получил предупреждение, что {person}, возможно, уже зарегистрирован (вероятное совпадение)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="412"/>
        <source>set the profile photo of {person}</source>
        <translation>{person}: назначено фото профиля</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="414"/>
        <source>removed the profile photo of {person}</source>
        <translation>{person}: фото профиля снято</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="427"/>
        <source>attached a file (since removed)</source>
        <translation>добавлен файл (позже удалён)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="428"/>
        <source>removed an attachment</source>
        <translation>удалено вложение</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="429"/>
        <source>changed an attachment</source>
        <translation>изменено вложение</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="434"/>
        <source>{kind} ({document})</source>
        <translation>{kind} ({document})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="442"/>
        <source>attached a {kind} of {person}</source>
        <translation>добавлено {kind}: {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="447"/>
        <source>attached a {kind}</source>
        <translation>добавлено: {kind}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="449"/>
        <source>removed a {kind}</source>
        <translation>удалено: {kind}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="450"/>
        <source>changed the details of a {kind}</source>
        <translation>изменены сведения: {kind}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="455"/>
        <source>changed a record of the file&apos;s movements</source>
        <translation>изменена запись о перемещении папки дела</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="459"/>
        <source>checked the file out to {holder} (due {due})</source>
        <translation>выдал(а) папку дела: {holder} (вернуть до {due})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="465"/>
        <source>checked the file out to {holder}</source>
        <translation>выдал(а) папку дела: {holder}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="469"/>
        <source>checked the file in to {location}</source>
        <translation>вернул(а) папку дела: {location}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="472"/>
        <source>moved the file from {old} to {new}</source>
        <translation>папка дела перемещена: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="475"/>
        <source>moved the file to {new}</source>
        <translation>папка дела перемещена → {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="478"/>
        <source>{text} ({reason})</source>
        <translation>{text} ({reason})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="489"/>
        <source>added a restricted note</source>
        <translation>добавлена заметка с ограниченным доступом</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="490"/>
        <source>added a medical note</source>
        <translation>добавлена медицинская заметка</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="491"/>
        <source>added a note</source>
        <translation>добавлена заметка</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="494"/>
        <source>deleted a note</source>
        <translation>удалена заметка</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="495"/>
        <source>edited a note</source>
        <translation>изменена заметка</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="500"/>
        <source>changed an appointment (since removed)</source>
        <translation>изменена встреча (позже удалена)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="504"/>
        <source>scheduled {what} for {when}</source>
        <translation>назначена встреча ({what}) на {when}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="509"/>
        <source>marked the {what} of {when} as {status}</source>
        <translation>встреча ({what}) {when}: отмечена как «{status}»</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="515"/>
        <source>changed the {what} of {when}</source>
        <translation>изменена встреча ({what}) {when}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="521"/>
        <source>changed the record of an officer&apos;s result</source>
        <translation>изменил(а) запись о результате сотрудника</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="527"/>
        <source>changed the record of a notice</source>
        <translation>изменена запись об уведомлении</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="530"/>
        <source>put the family on the SMS and call list for {what} ({language})</source>
        <translation>семья внесена в список для SMS и звонков: {what} ({language})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="532"/>
        <source>issued {what} to the family ({language})</source>
        <translation>семье выдано {what} ({language})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../case/history.py" line="34"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../case/history.py" line="35"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../case/history.py" line="36"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../case/history.py" line="57"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../case/history.py" line="62"/>
        <source>Every change to this case, newest first. Times are this laptop&apos;s local time.</source>
        <translation>Все изменения в этом деле, сначала новые. Время указано по местному времени этого ноутбука.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <location filename="../case/household.py" line="31"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="39"/>
        <source>Native script</source>
        <translation>В оригинале</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="40"/>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="41"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="42"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="44"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="85"/>
        <source>Born {dob} ({precision})</source>
        <translation>Дата рождения: {dob} ({precision})</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="34"/>
        <source>Has unsaved changes kept as a draft</source>
        <translation>Есть несохранённые изменения (хранятся как черновик)</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="46"/>
        <source>Fields checked against a document, of the fields filled in</source>
        <translation>Поля, сверенные с документом, из заполненных полей</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <location filename="../case/household.py" line="132"/>
        <source>Add pe&amp;rson…</source>
        <translation>Добавить &amp;лицо…</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="133"/>
        <source>Add a family member to this case</source>
        <translation>Добавить члена семьи в это дело</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="143"/>
        <source>Household</source>
        <translation>Состав семьи</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/household.py" line="169"/>
        <source>%n person(s) in the household</source>
        <translation>
            <numerusform>В составе семьи %n человек</numerusform>
            <numerusform>В составе семьи %n человека</numerusform>
            <numerusform>В составе семьи %n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../case/media_viewer.py" line="69"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="74"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="76"/>
        <source>Zoom &amp;in</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="78"/>
        <source>&amp;Fit to window</source>
        <translation>По размеру &amp;окна</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="79"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Исходный размер</translation>
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
        <translation>Изменить данные переводчика</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="71"/>
        <source>Add interpreter</source>
        <translation>Добавить переводчика</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="76"/>
        <source>ti:native, am:working, en</source>
        <translation>ti:native, am:working, en</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="78"/>
        <source>Language codes, each with an optional level after a colon: native, fluent, working, basic.</source>
        <translation>Коды языков, у каждого — необязательный уровень после двоеточия: native (родной), fluent (свободно), working (рабочий), basic (базовый).</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="81"/>
        <source>Sites, separated by commas (empty: any site)</source>
        <translation>Места через запятую (пусто — любое место)</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="85"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="86"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Места:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="87"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="88"/>
        <source>&amp;Availability:</source>
        <translation>&amp;Доступность:</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <location filename="../schedule/interpreters.py" line="146"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="147"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="148"/>
        <source>Sites</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="148"/>
        <source>any</source>
        <translation>любое</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="149"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="150"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="150"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="150"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="151"/>
        <source>Away</source>
        <translation>Отсутствие</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="154"/>
        <source>Interpreters</source>
        <translation>Переводчики</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="162"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="163"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="164"/>
        <source>Mark a&amp;way…</source>
        <translation>Отметить о&amp;тсутствие…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="165"/>
        <location filename="../schedule/interpreters.py" line="242"/>
        <source>&amp;Deactivate</source>
        <translation>Д&amp;еактивировать</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="212"/>
        <source>Read-only: only team leads and administrators change the interpreters list.</source>
        <translation>Только чтение: список переводчиков изменяют только руководители групп и администраторы.</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="242"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Активировать</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <location filename="../forms/session.py" line="709"/>
        <source>Pre-screening</source>
        <translation>Предварительная оценка</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="710"/>
        <source>Biographic verification</source>
        <translation>Проверка биографических данных</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="711"/>
        <source>Medical history</source>
        <translation>Медицинский анамнез</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="712"/>
        <source>Resettlement preferences</source>
        <translation>Пожелания по переселению</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="713"/>
        <source>Follow-up</source>
        <translation>Повторное собеседование</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="714"/>
        <source>Other</source>
        <translation>Другое</translation>
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
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="59"/>
        <source>Interviews and forms</source>
        <translation>Собеседования и формы</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="67"/>
        <source>No forms filled for this case yet. Start an interview to fill the pre-screening or another form.</source>
        <translation>Для этого дела ещё не заполнено ни одной формы. Начните собеседование, чтобы заполнить предварительную оценку или другую форму.</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="71"/>
        <source>&amp;Start interview…</source>
        <translation>&amp;Начать собеседование…</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="73"/>
        <location filename="../case/interviews.py" line="174"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="75"/>
        <source>A&amp;mend…</source>
        <translation>Испр&amp;авить…</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="76"/>
        <source>Change a submitted form; the reason is kept with the change</source>
        <translation>Изменить отправленную форму; причина сохраняется вместе с изменением</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="78"/>
        <source>&amp;Discard draft</source>
        <translation>Удалить &amp;черновик</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="148"/>
        <source>Draft (amendment)</source>
        <translation>Черновик (исправление)</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="148"/>
        <source>Draft — not submitted</source>
        <translation>Черновик — не отправлено</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="153"/>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="153"/>
        <source>Submitted, amended</source>
        <translation>Отправлено, исправлено</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="174"/>
        <source>&amp;Continue</source>
        <translation>Пр&amp;одолжить</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="201"/>
        <source>No forms are installed on this laptop. Sync with HQ, or ask your team lead to install them.</source>
        <translation>На этом ноутбуке не установлено ни одной формы. Выполните синхронизацию со штаб-квартирой или попросите руководителя группы установить их.</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="281"/>
        <source>Discard draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="282"/>
        <source>Discard the unsubmitted answers of this form? This cannot be undone.</source>
        <translation>Удалить неотправленные ответы этой формы? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>Line</name>
    <message>
        <location filename="../forms/questions.py" line="124"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="126"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
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
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../shell.py" line="160"/>
        <source>My work</source>
        <translation>Моя работа</translation>
    </message>
    <message>
        <location filename="../shell.py" line="162"/>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location filename="../shell.py" line="165"/>
        <source>Adjudication</source>
        <translation>Вынесение решений</translation>
    </message>
    <message>
        <location filename="../shell.py" line="168"/>
        <source>Files</source>
        <translation>Папки дел</translation>
    </message>
    <message>
        <location filename="../shell.py" line="169"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../shell.py" line="172"/>
        <source>Reports and QC</source>
        <translation>Отчёты и качество</translation>
    </message>
    <message>
        <location filename="../shell.py" line="216"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../shell.py" line="219"/>
        <source>&amp;Find case</source>
        <translation>&amp;Найти дело</translation>
    </message>
    <message>
        <location filename="../shell.py" line="222"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../shell.py" line="226"/>
        <source>&amp;Import cases…</source>
        <translation>&amp;Импортировать дела…</translation>
    </message>
    <message>
        <location filename="../shell.py" line="229"/>
        <source>&amp;Export cases…</source>
        <translation>&amp;Экспортировать дела…</translation>
    </message>
    <message>
        <location filename="../shell.py" line="231"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../shell.py" line="234"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Рабочее пространство</translation>
    </message>
    <message>
        <location filename="../shell.py" line="242"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../shell.py" line="253"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../shell.py" line="254"/>
        <source>&amp;About Circuit Ride</source>
        <translation>&amp;О программе Circuit Ride</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../forms/map_layer.py" line="284"/>
        <source>Drag to move the map, turn the wheel to zoom, double-click to place a point</source>
        <translation>Перетащите, чтобы сдвинуть карту, прокрутите колесо мыши, чтобы изменить масштаб, дважды щёлкните, чтобы поставить точку</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="232"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="234"/>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="235"/>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="236"/>
        <source>Fit</source>
        <translation>Все точки</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="236"/>
        <source>Show all the points again (0)</source>
        <translation>Снова показать все точки (0)</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="282"/>
        <source>Drag to move the map, turn the wheel to zoom</source>
        <translation>Перетащите, чтобы сдвинуть карту; вращайте колёсико, чтобы изменить масштаб</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="288"/>
        <source>Map “{name}”. Arrow keys move it, + and − zoom, 0 shows all the points.</source>
        <translation>Карта «{name}». Стрелки сдвигают её, + и − меняют масштаб, 0 показывает все точки.</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="291"/>
        <source>Map “{name}”. Arrow keys move it, + and − zoom, 0 shows all the points; Enter or a double-click places a point.</source>
        <translation>Карта «{name}». Стрелки перемещают её, + и − меняют масштаб, 0 показывает все точки; Enter или двойной щелчок ставит точку.</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../case/media.py" line="134"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="165"/>
        <source>Import photo…</source>
        <translation>Импортировать фото…</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="166"/>
        <source>Import scan or PDF…</source>
        <translation>Импортировать скан или PDF…</translation>
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
            <numerusform>Док&amp;ументы (%n)</numerusform>
            <numerusform>Док&amp;ументы (%n)</numerusform>
            <numerusform>Док&amp;ументы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/media.py" line="245"/>
        <source>Whole case</source>
        <translation>Всё дело</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="248"/>
        <source>Unknown person</source>
        <translation>Неизвестное лицо</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="249"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="251"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="317"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="339"/>
        <location filename="../case/media.py" line="360"/>
        <source>This file was removed meanwhile.</source>
        <translation>Тем временем этот файл был удалён.</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="342"/>
        <source>This image could not be shown: it may be damaged.</source>
        <translation>Не удалось показать это изображение: возможно, оно повреждено.</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="345"/>
        <location filename="../case/media.py" line="364"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="353"/>
        <source>This file cannot be shown here.</source>
        <translation>Этот файл нельзя показать здесь.</translation>
    </message>
</context>
<context>
    <name>MediaQuestion</name>
    <message>
        <location filename="../forms/media_widgets.py" line="411"/>
        <source>Take photo…</source>
        <translation>Сделать снимок…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="413"/>
        <location filename="../forms/media_widgets.py" line="886"/>
        <location filename="../forms/media_widgets.py" line="892"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="414"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="415"/>
        <source>Leave this question without a file</source>
        <translation>Оставить этот вопрос без файла</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="416"/>
        <location filename="../forms/media_widgets.py" line="596"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="417"/>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="418"/>
        <source>Stop recording and keep nothing</source>
        <translation>Остановить запись и ничего не сохранять</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="421"/>
        <source>No camera found on this laptop</source>
        <translation>Камера на этом ноутбуке не найдена</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="423"/>
        <source>Record from this laptop&apos;s microphone</source>
        <translation>Записать с микрофона этого ноутбука</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="427"/>
        <source>No microphone found on this laptop: connect one to record, or choose a recording file.</source>
        <translation>Микрофон на этом ноутбуке не найден: подключите микрофон, чтобы записывать, или выберите файл с аудиозаписью.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="437"/>
        <source>Sound level</source>
        <translation>Уровень звука</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="486"/>
        <location filename="../forms/media_widgets.py" line="487"/>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="488"/>
        <source>Choose recording…</source>
        <translation>Выбрать аудиозапись…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="489"/>
        <source>Choose video…</source>
        <translation>Выбрать видео…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="490"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="494"/>
        <source>Sign again…</source>
        <translation>Расписаться заново…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="494"/>
        <source>Sign…</source>
        <translation>Расписаться…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="496"/>
        <source>Change drawing…</source>
        <translation>Изменить рисунок…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="496"/>
        <source>Draw…</source>
        <translation>Нарисовать…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="497"/>
        <source>Draw on photo…</source>
        <translation>Рисовать на фото…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="529"/>
        <source>No file yet.</source>
        <translation>Файла пока нет.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="572"/>
        <source>This file could not be read from the workspace.</source>
        <translation>Не удалось прочитать этот файл из рабочего пространства.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="585"/>
        <source>Preview of {name}</source>
        <translation>Предпросмотр: {name}</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="596"/>
        <source>Stop recording</source>
        <translation>Остановить запись</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="614"/>
        <source>Saving the file into the encrypted workspace…</source>
        <translation>Сохранение файла в зашифрованном рабочем пространстве…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="618"/>
        <source>The recording stops by itself in {seconds} s.</source>
        <translation>Запись остановится автоматически через {seconds} с.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="619"/>
        <source>Recording… it stops by itself at {length}.</source>
        <translation>Идёт запись… она остановится автоматически, когда достигнет {length}.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="625"/>
        <source>Files cannot be attached in this window.</source>
        <translation>В этом окне нельзя прикреплять файлы.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="629"/>
        <source>No camera found on this laptop, so a photo file can be chosen instead.</source>
        <translation>Камера на этом ноутбуке не найдена, поэтому можно выбрать файл с фото.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="630"/>
        <source>No camera found: connect one to take a photo, or choose a photo file.</source>
        <translation>Камера не найдена: подключите камеру, чтобы сделать снимок, или выберите файл с фото.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="633"/>
        <source>This recording can&apos;t be played on this laptop (no sound output was found).</source>
        <translation>Эту аудиозапись нельзя воспроизвести на этом ноутбуке (не найдено устройство вывода звука).</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="634"/>
        <source>This video can&apos;t be played on this laptop.</source>
        <translation>Это видео нельзя воспроизвести на этом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="640"/>
        <location filename="../forms/media_widgets.py" line="641"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="642"/>
        <source>Recordings (*.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wav *.flac *.amr *.3gp *.webm)</source>
        <translation>Аудиозаписи (*.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wav *.flac *.amr *.3gp *.webm)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="643"/>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.3gp *.avi)</source>
        <translation>Видео (*.mp4 *.m4v *.mov *.webm *.mkv *.3gp *.avi)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="645"/>
        <source>Choose a recording</source>
        <translation>Выбор аудиозаписи</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="645"/>
        <source>Choose a video</source>
        <translation>Выбор видео</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="646"/>
        <source>Choose a photo</source>
        <translation>Выбор фото</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="646"/>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="649"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="661"/>
        <source>This file could not be read. Check that it is still there, or copy it to this laptop first.</source>
        <translation>Не удалось прочитать этот файл. Проверьте, что он всё ещё на месте, или сначала скопируйте его на этот ноутбук.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="698"/>
        <source>Sign</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="698"/>
        <source>Draw</source>
        <translation>Рисунок</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="712"/>
        <source>Draw on the photo</source>
        <translation>Рисование на фото</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="776"/>
        <source>The microphone could not be started. Check that it is connected and not used by another program, then try again.</source>
        <translation>Не удалось включить микрофон. Проверьте, что он подключён и не занят другой программой, и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="790"/>
        <source>The recording reached {length} and was stopped.</source>
        <translation>Запись достигла длительности {length} и была остановлена.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="803"/>
        <source>Recording, {length}</source>
        <translation>Запись, {length}</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="818"/>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation>Ничего не записано: микрофон не передал звука.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="877"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../schedule/view.py" line="137"/>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
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
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>MoveFileDialog</name>
    <message>
        <location filename="../case/dialogs.py" line="318"/>
        <source>Move the file of {case}</source>
        <translation>Переместить папку дела {case}</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="320"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="322"/>
        <source>Now at:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="324"/>
        <source>For example: Lima office, cabinet 2</source>
        <translation>Например: офис в Лиме, шкаф 2</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="326"/>
        <source>&amp;New location:</source>
        <translation>&amp;Новое место:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="327"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="328"/>
        <source>&amp;Record move</source>
        <translation>&amp;Записать перемещение</translation>
    </message>
</context>
<context>
    <name>MovementsTab</name>
    <message>
        <location filename="../case/records.py" line="68"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="69"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="70"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="71"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="72"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="76"/>
        <source>No movements recorded. Use “Move file…” above when the physical file changes hands.</source>
        <translation>Перемещений не записано. Когда бумажная папка дела переходит в другие руки, нажмите «Переместить папку…» вверху.</translation>
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
            <numerusform>Не менее %n символа; лучше всего — парольная фраза из не связанных слов.</numerusform>
            <numerusform>Не менее %n символов; лучше всего — парольная фраза из не связанных слов.</numerusform>
            <numerusform>Не менее %n символов; лучше всего — парольная фраза из не связанных слов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../unlock/fields.py" line="125"/>
        <source>&amp;Repeat password:</source>
        <translation>Пов&amp;торите пароль:</translation>
    </message>
    <message>
        <location filename="../unlock/fields.py" line="168"/>
        <source>Type the password again.</source>
        <translation>Введите пароль ещё раз.</translation>
    </message>
    <message>
        <location filename="../unlock/fields.py" line="170"/>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../case/notes.py" line="48"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="49"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="51"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="56"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../case/notes.py" line="79"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="85"/>
        <source>No notes yet. Write one below.</source>
        <translation>Заметок пока нет. Напишите первую ниже.</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="94"/>
        <source>New note…</source>
        <translation>Новая заметка…</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="96"/>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="98"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="99"/>
        <source>Confidentia&amp;lity:</source>
        <translation>&amp;Конфиденциальность:</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="101"/>
        <source>Add no&amp;te</source>
        <translation>Д&amp;обавить заметку</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="102"/>
        <source>Add the note to the case (Ctrl+Enter)</source>
        <translation>Добавить заметку в дело (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/notes.py" line="147"/>
        <source>%n restricted or medical note(s) not shown: they are read by adjudication support, team leads and their author.</source>
        <translation>
            <numerusform>%n заметка с ограниченным доступом или медицинская не показана: её читают поддержка принятия решений, руководители групп и автор.</numerusform>
            <numerusform>%n заметки с ограниченным доступом или медицинские не показаны: их читают поддержка принятия решений, руководители групп и автор.</numerusform>
            <numerusform>%n заметок с ограниченным доступом или медицинских не показано: их читают поддержка принятия решений, руководители групп и автор.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="166"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="178"/>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../notice_dialog.py" line="128"/>
        <source>Issue a notice: {case}</source>
        <translation>Выдача уведомления: {case}</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="141"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="142"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="147"/>
        <source>&amp;Issue notice</source>
        <translation>Вы&amp;дать уведомление</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="159"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="160"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="187"/>
        <source>Appointment: come to an appointment</source>
        <translation>Встреча: приглашение на встречу</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="188"/>
        <source>Briefing: come to a briefing or cultural orientation</source>
        <translation>Инструктаж: приглашение на инструктаж или культурную ориентацию</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="189"/>
        <source>Result: what an officer&apos;s result means</source>
        <translation>Результат: что означает результат, вынесенный сотрудником</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="208"/>
        <source>Reading the case…</source>
        <translation>Чтение дела…</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="227"/>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="227"/>
        <source>A&amp;ppointment:</source>
        <translation>&amp;Встреча:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="257"/>
        <source>No result is recorded for this case yet: record it first.</source>
        <translation>Для этого дела ещё не записан результат: сначала запишите его.</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="259"/>
        <source>No briefing or cultural orientation is booked for this case.</source>
        <translation>Для этого дела не забронированы ни инструктаж, ни культурная ориентация.</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="260"/>
        <source>No appointment is booked for this case.</source>
        <translation>Для этого дела не забронировано ни одной встречи.</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="269"/>
        <source>Save the notice as</source>
        <translation>Сохранить уведомление как</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="271"/>
        <source>Word documents (%1)</source>
        <translation>Документы Word (%1)</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="318"/>
        <source>Notice written: {file}</source>
        <translation>Уведомление сохранено: {file}</translation>
    </message>
</context>
<context>
    <name>OsmQuestion</name>
    <message>
        <location filename="../forms/osm_widgets.py" line="102"/>
        <source>Attach an .osm file…</source>
        <translation>Прикрепить файл .osm…</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="103"/>
        <source>Use the tags of a feature saved in OpenMapKit or JOSM</source>
        <translation>Использовать теги объекта, сохранённого в OpenMapKit или JOSM</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="104"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="105"/>
        <source>Leave this question without tags</source>
        <translation>Оставить этот вопрос без тегов</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="115"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="115"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="238"/>
        <source>This OSM file could not be read from the workspace.</source>
        <translation>Не удалось прочитать этот файл OSM из рабочего пространства.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="303"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="305"/>
        <source>The feature is at {lat}, {lon}.</source>
        <translation>Объект находится в {lat}, {lon}.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="307"/>
        <source>No tags yet.</source>
        <translation>Тегов пока нет.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="312"/>
        <source>The feature will be placed at this form&apos;s location ({lat}, {lon}).</source>
        <translation>Объект будет размещён в месте этой формы ({lat}, {lon}).</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="315"/>
        <source>No location is answered in this form yet: the feature will have no coordinates.</source>
        <translation>В этой форме ещё не указано ни одного места: у объекта не будет координат.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="342"/>
        <source>Attach an OpenStreetMap file</source>
        <translation>Прикрепить файл OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="344"/>
        <source>OpenStreetMap files (*.osm *.xml)</source>
        <translation>Файлы OpenStreetMap (*.osm *.xml)</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="344"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="355"/>
        <source>This file is too large to be one feature&apos;s OSM file.</source>
        <translation>Этот файл слишком велик для файла OSM одного объекта.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="360"/>
        <source>This file could not be read. Check that it is still there, or copy it to this laptop first.</source>
        <translation>Не удалось прочитать этот файл. Проверьте, что он всё ещё на месте, или сначала скопируйте его на этот ноутбук.</translation>
    </message>
</context>
<context>
    <name>PdfCheck</name>
    <message>
        <location filename="../case/pdf_view.py" line="52"/>
        <source>{name} is protected by a password. Save a copy without the password and import that.</source>
        <translation>{name} защищён паролем. Сохраните копию без пароля и импортируйте её.</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="56"/>
        <source>{name} could not be opened as a PDF: it is damaged or incomplete. Copy it again from the source.</source>
        <translation>{name} не удалось открыть как PDF: файл повреждён или неполон. Скопируйте его заново из источника.</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="71"/>
        <source>{name} has no pages.</source>
        <translation>В файле {name} нет страниц.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../case/pdf_view.py" line="89"/>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="90"/>
        <source>&amp;Page</source>
        <translation>&amp;Страница</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="95"/>
        <source>Pre&amp;vious page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="96"/>
        <source>Ne&amp;xt page</source>
        <translation>С&amp;ледующая страница</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="97"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="98"/>
        <source>Zoom &amp;in</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="99"/>
        <source>&amp;Fit page</source>
        <translation>По размеру с&amp;траницы</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="100"/>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="101"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/pdf_view.py" line="172"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>из %n страницы</numerusform>
            <numerusform>из %n страниц</numerusform>
            <numerusform>из %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="270"/>
        <source>Whole page</source>
        <translation>Вся страница</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="272"/>
        <source>Page width</source>
        <translation>По ширине страницы</translation>
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
        <translation>Редак&amp;тировать данные</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="113"/>
        <source>Edit this person&apos;s biographic data (Ctrl+E)</source>
        <translation>Редактировать биографические данные этого лица (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="114"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="115"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="117"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="118"/>
        <source>Leave edit mode without saving (Esc)</source>
        <translation>Выйти из режима редактирования без сохранения (Esc)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="134"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="179"/>
        <source>Select a person in the household list to see and verify their data.</source>
        <translation>Выберите лицо в списке состава семьи, чтобы просмотреть и проверить его данные.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="239"/>
        <source>(no name recorded)</source>
        <translation>(имя не записано)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="250"/>
        <source>age {age}</source>
        <translation>возраст {age}</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="251"/>
        <source>{done}/{total} verified</source>
        <translation>проверено {done}/{total}</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="261"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="275"/>
        <source>Separate aliases with semicolons (;).</source>
        <translation>Разделяйте другие имена точкой с запятой (;).</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="306"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="307"/>
        <source>Discard the changes you made to this person?</source>
        <translation>Отменить изменения, внесённые в данные этого лица?</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="359"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="409"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="410"/>
        <source>Save the changes to {name} before leaving?</source>
        <translation>{name}: сохранить изменения перед выходом?</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="456"/>
        <source>Unsaved changes from before the lock were restored.</source>
        <translation>Несохранённые изменения, сделанные до блокировки, восстановлены.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="458"/>
        <source>Unsaved changes from before the language change were restored.</source>
        <translation>Несохранённые изменения, сделанные до смены языка, восстановлены.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="460"/>
        <source>Unsaved changes you left open earlier were restored.</source>
        <translation>Несохранённые изменения, оставленные вами ранее, восстановлены.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="482"/>
        <source>Withdraw verification</source>
        <translation>Отозвать проверку</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="483"/>
        <source>Withdraw the verification of {field}?</source>
        <translation>Отозвать проверку поля «{field}»?</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="515"/>
        <source>Format: {format}</source>
        <translation>Формат: {format}</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="525"/>
        <source>ISO 639 codes, separated by commas: for example prs, ps, ti.</source>
        <translation>Коды ISO 639 через запятую: например, prs, ps, ti.</translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message>
        <location filename="../case/photos_model.py" line="67"/>
        <source>★ Profile photo</source>
        <translation>★ Фото профиля</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="83"/>
        <source>Profile photo</source>
        <translation>Фото профиля</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="85"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} пикселей</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="86"/>
        <source>Taken with the camera</source>
        <translation>Снято камерой</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="86"/>
        <source>Imported from a file</source>
        <translation>Импортировано из файла</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="89"/>
        <source>Added {date}</source>
        <translation>Добавлено {date}</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="118"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
        <translation>&amp;Чьи фото</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="91"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="135"/>
        <source>&amp;Import photo…</source>
        <translation>&amp;Импортировать фото…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="136"/>
        <source>Import photo (Ctrl+I)</source>
        <translation>Импортировать фото (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="137"/>
        <source>&amp;Take photo…</source>
        <translation>&amp;Сделать снимок…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="139"/>
        <source>&amp;View</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="140"/>
        <source>View the photo (Enter)</source>
        <translation>Просмотреть фото (Enter)</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="141"/>
        <source>&amp;Crop to passport frame…</source>
        <translation>&amp;Обрезать по формату паспорта…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="142"/>
        <source>Set as &amp;profile photo</source>
        <translation>&amp;Назначить фото профиля</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="143"/>
        <source>&amp;Move to person…</source>
        <translation>П&amp;ривязать к другому лицу…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="144"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="174"/>
        <source>Everyone in the case</source>
        <translation>Все лица в деле</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="178"/>
        <source>Not linked to a person</source>
        <translation>Не привязано к лицу</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="196"/>
        <source>No photos of this person yet. Import one (Ctrl+I) or take one (Ctrl+T).</source>
        <translation>Фото этого лица пока нет. Импортируйте фото (Ctrl+I) или сделайте снимок (Ctrl+T).</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="200"/>
        <source>No photos in this case yet.
Import a photo from a file (Ctrl+I) or take one with the camera (Ctrl+T). The first photo of a person becomes their profile photo.</source>
        <translation>В этом деле пока нет фото.
Импортируйте фото из файла (Ctrl+I) или сделайте снимок камерой (Ctrl+T). Первое фото лица становится его фото профиля.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="248"/>
        <location filename="../case/photos.py" line="249"/>
        <source>No camera found</source>
        <translation>Камера не найдена</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="251"/>
        <source>Take photo (Ctrl+T)</source>
        <translation>Сделать снимок (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="260"/>
        <location filename="../case/photos.py" line="422"/>
        <source>Whole case</source>
        <translation>Всё дело</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="261"/>
        <location filename="../case/photos.py" line="426"/>
        <source>Photo of:</source>
        <translation>Чьё фото:</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="274"/>
        <location filename="../case/photos.py" line="280"/>
        <source>Import photo</source>
        <translation>Импортировать фото</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="274"/>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="305"/>
        <source>Importing photos…</source>
        <translation>Импорт фото…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/photos.py" line="310"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>Импортировано %n фото.</numerusform>
            <numerusform>Импортировано %n фото.</numerusform>
            <numerusform>Импортировано %n фото.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="313"/>
        <source>Nothing was stored for these files:</source>
        <translation>Для этих файлов ничего не сохранено:</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="325"/>
        <source>Take photo</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="351"/>
        <source>Saving the photo…</source>
        <translation>Сохранение снимка…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="359"/>
        <source>Photo of {name}</source>
        <translation>Фото: {name}</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="395"/>
        <source>Cropping…</source>
        <translation>Обрезка…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="392"/>
        <source>Passport-style photo made; the original is kept.</source>
        <translation>Фото паспортного формата создано; оригинал сохранён.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="408"/>
        <source>Set as profile photo</source>
        <translation>Назначить фото профиля</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="414"/>
        <location filename="../case/photos.py" line="432"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="415"/>
        <source>Profile photo set.</source>
        <translation>Фото профиля назначено.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="426"/>
        <source>Move to person</source>
        <translation>Привязать к другому лицу</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="443"/>
        <source>Remove this photo of {name}?</source>
        <translation>Удалить это фото ({name})?</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="445"/>
        <source>It is the profile photo; the person will have none until you set another.</source>
        <translation>Это фото профиля; у лица не будет фото профиля, пока вы не назначите другое.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="448"/>
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="458"/>
        <source>Removing…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="459"/>
        <source>Photo removed.</source>
        <translation>Фото удалено.</translation>
    </message>
</context>
<context>
    <name>PointsPreview</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="353"/>
        <source>Drawing of the points</source>
        <translation>Схема точек</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="368"/>
        <source>No points yet</source>
        <translation>Точек пока нет</translation>
    </message>
</context>
<context>
    <name>ProposalReview</name>
    <message>
        <location filename="../schedule/proposal.py" line="124"/>
        <source>Proposal for {ride}</source>
        <translation>Предложение для миссии {ride}</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="128"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="129"/>
        <source>Minutes</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="130"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="131"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="132"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="132"/>
        <source>none needed</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="133"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="137"/>
        <source>Proposed appointments</source>
        <translation>Предложенные встречи</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/proposal.py" line="139"/>
        <source>%n appointment(s) proposed.</source>
        <translation>
            <numerusform>Предложена %n встреча.</numerusform>
            <numerusform>Предложено %n встречи.</numerusform>
            <numerusform>Предложено %n встреч.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/proposal.py" line="141"/>
        <source>%n case(s) could not be placed.</source>
        <translation>
            <numerusform>%n дело не удалось поставить в расписание.</numerusform>
            <numerusform>%n дела не удалось поставить в расписание.</numerusform>
            <numerusform>%n дел не удалось поставить в расписание.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="145"/>
        <source>Cases not placed</source>
        <translation>Дела, не поставленные в расписание</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="147"/>
        <source>{case}: {why}</source>
        <translation>{case}: {why}</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="154"/>
        <source>&amp;Apply all</source>
        <translation>&amp;Применить все</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="162"/>
        <source>Not placed:</source>
        <translation>Не поставлены в расписание:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="182"/>
        <source>Nothing was booked: {reason}</source>
        <translation>Ничего не забронировано: {reason}</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="184"/>
        <source>Propose again to see what is free now.</source>
        <translation>Сформируйте предложение заново, чтобы увидеть, что свободно сейчас.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../schedule/proposal.py" line="48"/>
        <source>Propose appointments for a ride</source>
        <translation>Предложить встречи для миссии</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="63"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="66"/>
        <source>&amp;Ride:</source>
        <translation>Ми&amp;ссия:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="67"/>
        <source>Appointment &amp;type:</source>
        <translation>&amp;Тип встречи:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="68"/>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="69"/>
        <source>&amp;Last day:</source>
        <translation>Последний &amp;день:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="70"/>
        <source>Le&amp;ngth:</source>
        <translation>Д&amp;лительность:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="74"/>
        <source>Every case of the ride that still needs this appointment gets a slot on a weekday, within the site&apos;s hours, with an interpreter who speaks the family&apos;s language. Nothing is booked until you apply the proposal.</source>
        <translation>Каждое дело миссии, которому ещё нужна эта встреча, получит время в будний день, в рабочие часы места, с переводчиком, владеющим языком семьи. Ничего не бронируется, пока вы не примените предложение.</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="81"/>
        <source>&amp;Propose</source>
        <translation>Предлож&amp;ить</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="84"/>
        <source>No case in this workspace belongs to a ride.</source>
        <translation>Ни одно дело в этом рабочем пространстве не относится к миссии.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../forms/questions.py" line="174"/>
        <location filename="../forms/questions.py" line="183"/>
        <source>Required question</source>
        <translation>Обязательный вопрос</translation>
    </message>
</context>
<context>
    <name>RangeQuestion</name>
    <message>
        <location filename="../forms/range_widgets.py" line="126"/>
        <source>Clear answer</source>
        <translation>Очистить ответ</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="129"/>
        <source>Leave this question unanswered</source>
        <translation>Оставить этот вопрос без ответа</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="138"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="219"/>
        <location filename="../forms/range_widgets.py" line="228"/>
        <source>No answer yet</source>
        <translation>Ответа пока нет</translation>
    </message>
</context>
<context>
    <name>RankQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="91"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="92"/>
        <source>Move the chosen item up (Ctrl+Up)</source>
        <translation>Переместить выбранный пункт вверх (Ctrl+Вверх)</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="93"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="94"/>
        <source>Move the chosen item down (Ctrl+Down)</source>
        <translation>Переместить выбранный пункт вниз (Ctrl+Вниз)</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="95"/>
        <source>Confirm this order</source>
        <translation>Подтвердить порядок</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="96"/>
        <source>Clear ranking</source>
        <translation>Сбросить порядок</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="157"/>
        <source>Ranked. Moving an item changes the answer.</source>
        <translation>Порядок задан. Если переместить пункт, ответ изменится.</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="160"/>
        <source>Not ranked yet: put the items in order, then confirm.</source>
        <translation>Порядок ещё не задан: расставьте пункты по порядку и подтвердите.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="550"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>ReportsDialogs</name>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="33"/>
        <source>Give %n finding(s) to a member of the team to fix (cases {cases}).</source>
        <translation>
            <numerusform>Назначить %n замечание сотруднику группы для устранения (дела {cases}).</numerusform>
            <numerusform>Назначить %n замечания сотруднику группы для устранения (дела {cases}).</numerusform>
            <numerusform>Назначить %n замечаний сотруднику группы для устранения (дела {cases}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="36"/>
        <source>Mark %n finding(s) fixed (cases {cases}).</source>
        <translation>
            <numerusform>Отметить %n замечание как устранённое (дела {cases}).</numerusform>
            <numerusform>Отметить %n замечания как устранённые (дела {cases}).</numerusform>
            <numerusform>Отметить %n замечаний как устранённые (дела {cases}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="40"/>
        <source>Dismiss %n finding(s) as not a problem (cases {cases}). Running the checks again leaves them dismissed.</source>
        <translation>
            <numerusform>Отклонить %n замечание как необоснованное (дела {cases}). Повторная проверка не отменит отклонение.</numerusform>
            <numerusform>Отклонить %n замечания как необоснованные (дела {cases}). Повторная проверка не отменит отклонение.</numerusform>
            <numerusform>Отклонить %n замечаний как необоснованные (дела {cases}). Повторная проверка не отменит отклонение.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="106"/>
        <source>Assign findings</source>
        <translation>Назначение замечаний</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="179"/>
        <source>Resolve findings</source>
        <translation>Устранение замечаний</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="181"/>
        <source>How it was &amp;fixed:</source>
        <translation>&amp;Как устранено:</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="182"/>
        <source>For example: photo taken at the interview on 3 November</source>
        <translation>Например: фото сделано на собеседовании 3 ноября</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="206"/>
        <source>Dismiss findings</source>
        <translation>Отклонение замечаний</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="208"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="209"/>
        <source>For example: two different people, checked against their documents</source>
        <translation>Например: это два разных человека, сверено по их документам</translation>
    </message>
</context>
<context>
    <name>ReportsLabels</name>
    <message>
        <location filename="../reports/labels.py" line="24"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="25"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="26"/>
        <source>Fixed</source>
        <translation>Устранено</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="27"/>
        <source>Dismissed</source>
        <translation>Отклонено</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../reports/view.py" line="36"/>
        <source>Reports and quality control</source>
        <translation>Отчёты и контроль качества</translation>
    </message>
    <message>
        <location filename="../reports/view.py" line="42"/>
        <source>&amp;Quality findings</source>
        <translation>Замечания по &amp;качеству</translation>
    </message>
    <message>
        <location filename="../reports/view.py" line="43"/>
        <source>Das&amp;hboard</source>
        <translation>Сво&amp;дка</translation>
    </message>
</context>
<context>
    <name>ResolveFindingsDialog</name>
    <message>
        <location filename="../reports/dialogs.py" line="187"/>
        <source>Mark &amp;fixed</source>
        <translation>Отметить как &amp;устранённые</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../unlock/restore_page.py" line="44"/>
        <source>&lt;h3&gt;Restore a backup&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Восстановить из резервной копии&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="47"/>
        <source>Choose the backup folder (it holds workspace.json). It is copied, encrypted as it is, to {path}; the backup itself is not changed.</source>
        <translation>Выберите папку резервной копии (в ней есть файл workspace.json). Она будет скопирована в {path} как есть, в зашифрованном виде; сама резервная копия не изменится.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="57"/>
        <source>for example: E:\circuitride-backup-2026-05-01</source>
        <translation>например: E:\circuitride-backup-2026-05-01</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="65"/>
        <source>Backup &amp;folder:</source>
        <translation>Папка &amp;резервной копии:</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="67"/>
        <source>your user name in that workspace</source>
        <translation>ваше имя пользователя в том рабочем пространстве</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="70"/>
        <source>User &amp;name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="72"/>
        <source>Leave it empty if the workspace has a single user.</source>
        <translation>Оставьте пустым, если в рабочем пространстве один пользователь.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="79"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="82"/>
        <source>The password you used when the backup was made. Without it, HQ&apos;s recovery key can reopen the backup: ask your team lead.</source>
        <translation>Пароль, который действовал, когда была сделана резервная копия. Без него резервную копию можно открыть ключом восстановления штаб-квартиры: обратитесь к руководителю группы.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="94"/>
        <source>&amp;Back</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="95"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="96"/>
        <source>&amp;Open the workspace</source>
        <translation>&amp;Открыть рабочее пространство</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="121"/>
        <source>Choose the backup folder.</source>
        <translation>Выберите папку резервной копии.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="122"/>
        <source>Type the password of the backup.</source>
        <translation>Введите пароль резервной копии.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="138"/>
        <source>Copying the backup: file {done} of {total}…</source>
        <translation>Копирование резервной копии: файл {done} из {total}…</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="141"/>
        <source>Backup folder</source>
        <translation>Папка резервной копии</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="153"/>
        <source>&lt;b&gt;Restored.&lt;/b&gt; This laptop now has every record of the backup, as a new device: it is not enrolled with HQ. Ask HQ for a new enrollment code and enroll it from the Sync page (the laptop&apos;s administrator does this); the changes HQ did not have when the backup was made are then sent again. If the laptop the backup came from is lost, ask HQ to revoke it.</source>
        <translation>&lt;b&gt;Восстановлено.&lt;/b&gt; Теперь на этом ноутбуке есть все записи из резервной копии, но как на новом устройстве: он не зарегистрирован в штаб-квартире. Попросите в штаб-квартире новый код регистрации и зарегистрируйте ноутбук на странице «Синхронизация» (это делает администратор ноутбука); после этого изменения, которых не было в штаб-квартире на момент создания резервной копии, будут отправлены снова. Если ноутбук, с которого сделана резервная копия, утерян, попросите штаб-квартиру отозвать его.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="160"/>
        <source>The other users of this workspace ({names}) open it with their own passwords as before; each then enrolls again with HQ with a user code from HQ.</source>
        <translation>Другие пользователи этого рабочего пространства ({names}) открывают его своими паролями, как и раньше; затем каждый заново регистрируется в штаб-квартире с кодом пользователя от штаб-квартиры.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="181"/>
        <source>Wrong user name or password for this backup. It opens with the password that was in use when it was made.</source>
        <translation>Неверное имя пользователя или пароль для этой резервной копии. Она открывается паролем, который действовал при её создании.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="192"/>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../case/results.py" line="43"/>
        <source>Record a result: {case}</source>
        <translation>Запись результата: {case}</translation>
    </message>
</context>
<context>
    <name>ResultLabels</name>
    <message>
        <location filename="../adjudication/results_entry.py" line="55"/>
        <source>Interview</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="56"/>
        <source>Fingerprints</source>
        <translation>Отпечатки пальцев</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="57"/>
        <source>Medical</source>
        <translation>Медосмотр</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="64"/>
        <source>Approve</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="65"/>
        <source>Deny</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="66"/>
        <source>Hold</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="67"/>
        <source>Request for evidence</source>
        <translation>Запрос доказательств</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="68"/>
        <source>Cleared</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="69"/>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="70"/>
        <source>Hit</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="71"/>
        <source>Retake</source>
        <translation>Повторное снятие</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="72"/>
        <source>Deferred</source>
        <translation>Отложено</translation>
    </message>
</context>
<context>
    <name>ResultsEntry</name>
    <message>
        <location filename="../adjudication/results_entry.py" line="139"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="150"/>
        <source>You, when left empty</source>
        <translation>Если пусто — вы</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="152"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="153"/>
        <source>Mark the appointment do&amp;ne</source>
        <translation>Отм&amp;етить встречу как состоявшуюся</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="155"/>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="156"/>
        <source>Record this result (Ctrl+Enter)</source>
        <translation>Записать этот результат (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="160"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="161"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="162"/>
        <source>D&amp;ate:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="163"/>
        <source>Offi&amp;cer:</source>
        <translation>Сотр&amp;удник:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="164"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="241"/>
        <source>Select an appointment to record its result.</source>
        <translation>Выберите встречу, чтобы записать её результат.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="280"/>
        <source>Choose the outcome first (keys 1 to 4).</source>
        <translation>Сначала выберите итог (клавиши 1–4).</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="285"/>
        <source>Give the reason for the denial; it is kept with the result.</source>
        <translation>Укажите причину отказа; она сохраняется вместе с результатом.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="327"/>
        <source>Recorded for {case}: {kind}, {outcome}.</source>
        <translation>Записано для дела {case}: {kind}, {outcome}.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="333"/>
        <source>The appointment is marked done.</source>
        <translation>Встреча отмечена как состоявшаяся.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="335"/>
        <source>The appointment could not be marked done:</source>
        <translation>Не удалось отметить встречу как состоявшуюся:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="372"/>
        <source>Key {n}, or Alt+{n}</source>
        <translation>Клавиша {n} или Alt+{n}</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="391"/>
        <source>Required for a denial</source>
        <translation>Обязательно при отказе</translation>
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
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="71"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="72"/>
        <source>Follow-up</source>
        <translation>Дальнейшие действия</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="72"/>
        <source>Needed</source>
        <translation>Требуются</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="73"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="76"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="77"/>
        <source>No results recorded for this case yet.</source>
        <translation>Для этого дела пока не записано ни одного результата.</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="81"/>
        <source>&amp;Record result…</source>
        <translation>Запис&amp;ать результат…</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="83"/>
        <source>Issue notic&amp;e…</source>
        <translation>Выдать &amp;уведомление…</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="84"/>
        <source>A notice to the family, in their language, about the result selected</source>
        <translation>Уведомление семье на её языке о выбранном результате</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/results.py" line="102"/>
        <source>Res&amp;ults (%n)</source>
        <translation>
            <numerusform>Резу&amp;льтаты (%n)</numerusform>
            <numerusform>Резу&amp;льтаты (%n)</numerusform>
            <numerusform>Резу&amp;льтаты (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedFileLine</name>
    <message>
        <location filename="../notice_dialog.py" line="74"/>
        <source>Open &amp;folder</source>
        <translation>Открыть пап&amp;ку</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <location filename="../schedule/grid.py" line="228"/>
        <source>Schedule grid</source>
        <translation>Сетка расписания</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="236"/>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="301"/>
        <source>{case}, {type}</source>
        <translation>{case}, {type}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="304"/>
        <source>{day} {start}–{end} ({minutes} min)</source>
        <translation>{day} {start}–{end} ({minutes} мин)</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="307"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="308"/>
        <source>Where: {where}</source>
        <translation>Где: {where}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="309"/>
        <source>Interpreter: {name}</source>
        <translation>Переводчик: {name}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="309"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="312"/>
        <source>Language: {language}</source>
        <translation>Язык: {language}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="314"/>
        <source>Officer: {name}</source>
        <translation>Сотрудник: {name}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="315"/>
        <source>Family notified</source>
        <translation>Семья уведомлена</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="315"/>
        <source>Family not notified yet</source>
        <translation>Семья ещё не уведомлена</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location filename="../schedule/view.py" line="184"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="188"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="189"/>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Предыдущий день или неделя (Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="191"/>
        <source>T&amp;oday</source>
        <translation>Се&amp;годня</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="194"/>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="195"/>
        <source>Next day or week (Alt+Right)</source>
        <translation>Следующий день или неделя (Alt+Вправо)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="200"/>
        <source>Day shown</source>
        <translation>Показываемый день</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="201"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="202"/>
        <source>&amp;Week</source>
        <translation>&amp;Неделя</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="207"/>
        <source>&amp;Interpreters</source>
        <translation>&amp;Переводчики</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="208"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Комнаты</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="213"/>
        <source>&amp;Book…</source>
        <translation>&amp;Забронировать…</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="214"/>
        <source>Book a new appointment (Ctrl+N)</source>
        <translation>Забронировать новую встречу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="215"/>
        <source>&amp;Propose for ride…</source>
        <translation>Предложить для &amp;миссии…</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="218"/>
        <source>Site:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="227"/>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="251"/>
        <source>&amp;Schedule</source>
        <translation>Распи&amp;сание</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="252"/>
        <source>I&amp;nterpreters</source>
        <translation>Пере&amp;водчики</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="254"/>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="274"/>
        <source>clash or double booking</source>
        <translation>конфликт или двойное бронирование</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="275"/>
        <source>confirmed</source>
        <translation>подтверждена</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="276"/>
        <source>family notified</source>
        <translation>семья уведомлена</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="392"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="394"/>
        <source>%n flagged</source>
        <translation>
            <numerusform>%n с предупреждением</numerusform>
            <numerusform>%n с предупреждением</numerusform>
            <numerusform>%n с предупреждением</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="401"/>
        <source>Booked despite a clash: {reason}</source>
        <translation>Забронировано несмотря на конфликт: {reason}</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="403"/>
        <source>the same interpreter</source>
        <translation>тот же переводчик</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="404"/>
        <source>the same officer</source>
        <translation>тот же сотрудник</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="405"/>
        <source>the same room</source>
        <translation>та же комната</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="406"/>
        <source>the same family</source>
        <translation>та же семья</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="411"/>
        <source>Double booking found after sync: {what} at {time} ({case})</source>
        <translation>После синхронизации обнаружено двойное бронирование: {what}, {time} ({case})</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="422"/>
        <source>No room</source>
        <translation>Без комнаты</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="434"/>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="435"/>
        <source>No longer works with the team.</source>
        <translation>Больше не работает с командой.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="437"/>
        <source>away</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="438"/>
        <source>Away {first} to {last}</source>
        <translation>Отсутствует с {first} по {last}</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="440"/>
        <source>No interpreter</source>
        <translation>Без переводчика</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="455"/>
        <source>No cases with a site in this workspace yet.</source>
        <translation>В этом рабочем пространстве пока нет дел с указанным местом.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="457"/>
        <source>No appointments at {site} this week.</source>
        <translation>На этой неделе в {site} нет встреч.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="459"/>
        <source>No appointments at {site} on {day}.</source>
        <translation>В {site} нет встреч на {day}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="460"/>
        <source>Double-click a free place or press Ctrl+N to book one.</source>
        <translation>Дважды щёлкните по свободному месту или нажмите Ctrl+N, чтобы забронировать встречу.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="494"/>
        <source>Book &amp;anyway…</source>
        <translation>Всё р&amp;авно забронировать…</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="501"/>
        <source>{case} moved to {time}.</source>
        <translation>Встреча по делу {case} перенесена на {time}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="507"/>
        <source>Book anyway</source>
        <translation>Всё равно забронировать</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="507"/>
        <source>Why is this appointment booked despite the clash? (kept with it)</source>
        <translation>Почему эта встреча бронируется несмотря на конфликт? (сохраняется вместе с ней)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="517"/>
        <source>Cancel appointment</source>
        <translation>Отмена встречи</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="518"/>
        <source>Why is the appointment of {case} on {time} cancelled?</source>
        <translation>Почему отменяется встреча по делу {case} на {time}?</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="533"/>
        <source>The appointment of {case} is cancelled.</source>
        <translation>Встреча по делу {case} отменена.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="544"/>
        <source>{case}: {status}.</source>
        <translation>{case}: {status}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="594"/>
        <source>The appointment of {case} is saved.</source>
        <translation>Встреча по делу {case} сохранена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="622"/>
        <source>%n appointment(s) booked as proposed.</source>
        <translation>
            <numerusform>Забронирована %n встреча согласно предложению.</numerusform>
            <numerusform>Забронировано %n встречи согласно предложению.</numerusform>
            <numerusform>Забронировано %n встреч согласно предложению.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="633"/>
        <source>&amp;Open or move…	Enter</source>
        <translation>&amp;Открыть или перенести…	Enter</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="636"/>
        <source>&amp;Confirmed by the family</source>
        <translation>&amp;Подтверждена семьёй</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="637"/>
        <source>&amp;Done</source>
        <translation>&amp;Состоялась</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="638"/>
        <source>&amp;No-show</source>
        <translation>&amp;Неявка</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="639"/>
        <source>&amp;Booked (undo)</source>
        <translation>&amp;Забронировано (отменить отметку)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="643"/>
        <source>C&amp;ancel…	Del</source>
        <translation>О&amp;тменить…	Del</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="645"/>
        <source>Open the &amp;case</source>
        <translation>Открыть &amp;дело</translation>
    </message>
</context>
<context>
    <name>SelectManyMinimalQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="581"/>
        <location filename="../forms/choice_widgets.py" line="638"/>
        <source>Open the list of answers (Space)</source>
        <translation>Открыть список ответов (Пробел)</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="635"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
</context>
<context>
    <name>SelectManyQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="983"/>
        <source>No choices fit the answers given so far.</source>
        <translation>С учётом данных ответов подходящих вариантов нет.</translation>
    </message>
</context>
<context>
    <name>SelectOneQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="808"/>
        <source>Clear answer</source>
        <translation>Очистить ответ</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="811"/>
        <source>Leave this question unanswered</source>
        <translation>Оставить этот вопрос без ответа</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="852"/>
        <location filename="../forms/questions.py" line="882"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="867"/>
        <source>No choices fit the answers given so far.</source>
        <translation>С учётом данных ответов подходящих вариантов нет.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../service_messages.py" line="17"/>
        <source>&apos;{name}&apos; is not a valid user name: use lower-case letters, digits, dots, dashes or underscores (for example ana.rojas).</source>
        <translation>«{name}» — недопустимое имя пользователя: используйте строчные латинские буквы, цифры, точки, дефисы или подчёркивания (например, ana.rojas).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="21"/>
        <source>&apos;{text}&apos; is not a case number from a label (such as LIM-000123): scan the label again.</source>
        <translation>&apos;{text}&apos; — не номер дела с этикетки (например LIM-000123): отсканируйте этикетку ещё раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="24"/>
        <source>&apos;{value}&apos; does not look like {hint}</source>
        <translation>«{value}» не похоже на {hint}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="25"/>
        <source>&apos;{value}&apos; is before {year}</source>
        <translation>«{value}» — раньше {year} года</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="26"/>
        <source>&apos;{value}&apos; is in the future</source>
        <translation>«{value}» — дата в будущем</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="27"/>
        <source>&apos;{value}&apos; is not a UUID (such as 0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a77)</source>
        <translation>«{value}» — не UUID (например, 0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a77)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="30"/>
        <source>&apos;{value}&apos; is not a date and time (ISO 8601)</source>
        <translation>«{value}» — не дата и время (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="31"/>
        <source>&apos;{value}&apos; is not a date and time such as 2026-11-03T09:15:00Z</source>
        <translation>«{value}» — не дата и время вида 2026-11-03T09:15:00Z</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="34"/>
        <source>&apos;{value}&apos; is not a date and time such as 2026-11-05T09:00:00</source>
        <translation>«{value}» — не дата и время вида 2026-11-05T09:00:00</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="37"/>
        <source>&apos;{value}&apos; is not a date and time such as 2026-12-10T09:30</source>
        <translation>«{value}» не является датой и временем вида 2026-12-10T09:30</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="40"/>
        <source>&apos;{value}&apos; is not a date of birth: use YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>«{value}» — не дата рождения: используйте ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="43"/>
        <source>&apos;{value}&apos; is not a date such as 2026-11-03</source>
        <translation>«{value}» — не дата вида 2026-11-03</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="44"/>
        <source>&apos;{value}&apos; is not a real calendar date</source>
        <translation>«{value}» — несуществующая календарная дата</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="45"/>
        <source>&apos;{value}&apos; is not a real date and time</source>
        <translation>«{value}» не является реальной датой и временем</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="46"/>
        <source>&apos;{value}&apos; is not a record id</source>
        <translation>«{value}» — не идентификатор записи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="47"/>
        <source>&apos;{value}&apos; is not an ISO 639 language code (for example es, uk, ps, ti)</source>
        <translation>«{value}» — не код языка ISO 639 (например, es, uk, ps, ti)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="50"/>
        <source>&apos;{value}&apos; is not one of: {options}</source>
        <translation>«{value}» — не одно из: {options}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="51"/>
        <source>&apos;{value}&apos; is not working hours such as 08:00-17:00</source>
        <translation>«{value}» не является рабочими часами вида 08:00-17:00</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="52"/>
        <source>&apos;{value}&apos; is not written as a date with precision &apos;{precision}&apos;</source>
        <translation>«{value}» записано не как дата с точностью «{precision}»</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="55"/>
        <source>--take must be local or remote.</source>
        <translation>--take должно быть local или remote.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="56"/>
        <source>A booking made despite a conflict needs its reason (--reason).</source>
        <translation>Бронирование несмотря на конфликт требует причины (--reason).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="64"/>
        <source>A crop frame is four numbers: left, top, right, bottom.</source>
        <translation>Рамка обрезки — это четыре числа: слева, сверху, справа, снизу.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="67"/>
        <source>A denial needs its reason (--reason): the officer&apos;s grounds are kept with the result.</source>
        <translation>Для отказа нужна причина (--reason): основания сотрудника сохраняются вместе с результатом.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="70"/>
        <source>A device public key must be base64 text.</source>
        <translation>Открытый ключ устройства должен быть текстом base64.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="71"/>
        <source>A file from HQ did not match its fingerprint and was discarded; sync again.</source>
        <translation>Файл из штаб-квартиры не совпал со своим отпечатком и был отброшен; синхронизируйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="74"/>
        <source>A file inside the bundle does not match its fingerprint.</source>
        <translation>Файл в пакете не совпадает со своим отпечатком.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="77"/>
        <source>A file inside the bundle is cut short.</source>
        <translation>Файл в пакете обрезан.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="78"/>
        <source>A file inside the bundle is interrupted by another record.</source>
        <translation>Файл в пакете прерван другой записью.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="81"/>
        <source>A form draft key starts with &apos;draft:form:&apos;.</source>
        <translation>Ключ черновика формы начинается с &apos;draft:form:&apos;.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="82"/>
        <source>A form&apos;s files are attached by answering its question; choose another kind.</source>
        <translation>Файлы формы прикрепляются при ответе на её вопрос; выберите другой тип.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="85"/>
        <source>A key slot file is damaged. Restore the workspace from a backup.</source>
        <translation>Файл слота ключа повреждён. Восстановите рабочее пространство из резервной копии.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="94"/>
        <source>A note cannot be empty.</source>
        <translation>Заметка не может быть пустой.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="102"/>
        <source>A photo has no text to translate: attach translations to scanned documents.</source>
        <translation>На фото нет текста для перевода: добавляйте переводы к отсканированным документам.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="105"/>
        <source>A result notice needs a result kind and its outcome (got kind &apos;{result_kind}&apos;, outcome &apos;{outcome}&apos;).</source>
        <translation>Для уведомления о результате нужны вид результата и его итог (получено: вид «{result_kind}», итог «{outcome}»).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="112"/>
        <source>A stored bundle key is damaged; ask HQ to enroll this device again.</source>
        <translation>Сохранённый ключ пакетов повреждён; попросите штаб-квартиру зарегистрировать это устройство заново.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="115"/>
        <source>A translation takes its person and document type from the page it translates: change the page.</source>
        <translation>Перевод берёт лицо и тип документа со страницы, которую переводит: измените страницу.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="119"/>
        <source>A user name must have 1 to {max} characters (this one has {n}); choose a shorter one.</source>
        <translation>Имя пользователя должно содержать от 1 до {max} символов (в этом {n}); выберите покороче.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="122"/>
        <source>A workspace already exists at {path}.</source>
        <translation>Рабочее пространство уже существует в {path}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="123"/>
        <source>An amendment must use the form version the submission was filled with.</source>
        <translation>Изменение должно использовать ту версию формы, по которой заполнена отправка.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="126"/>
        <source>An appointment lasts 5 to {most} minutes; {minutes} is not that.</source>
        <translation>Встреча длится от 5 до {most} минут; {minutes} — нет.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="129"/>
        <source>An appointment or briefing notice needs the appointment&apos;s start (its date and time).</source>
        <translation>Для уведомления о встрече или инструктаже нужно время начала встречи (дата и время).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="132"/>
        <source>Answers that need attention before this form can be submitted: {n:,}. The first: {question}: {problem}</source>
        <translation>Ответы, требующие внимания, прежде чем эту форму можно отправить: {n:,}. Первый: {question}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="136"/>
        <source>Answers that need attention: {n:,}. The first: {question}.</source>
        <translation>Ответы, требующие внимания: {n:,}. Первый: {question}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="151"/>
        <source>Case {case} has no result recorded yet: record it first (`circuitride result record`).</source>
        <translation>Для дела {case} ещё не записан результат: сначала запишите его (`circuitride result record`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="154"/>
        <source>Case {case} has nobody in its household yet: add the principal applicant before giving a notice.</source>
        <translation>В составе семьи по делу {case} пока никого нет: добавьте основного заявителя, прежде чем выдавать уведомление.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="158"/>
        <source>Choose at least one file for the document.</source>
        <translation>Выберите хотя бы один файл для документа.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="162"/>
        <source>Could not reach HQ at the address in the code. Check the network and try again.</source>
        <translation>Не удалось связаться со штаб-квартирой по адресу из кода. Проверьте сеть и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="165"/>
        <source>Could not write to disk ({reason}). Check the drive, then try again.</source>
        <translation>Не удалось записать на диск ({reason}). Проверьте диск и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="168"/>
        <source>Could not write {path} ({reason}). Check the drive and the folder, then try again.</source>
        <translation>Не удалось записать {path} ({reason}). Проверьте диск и папку и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="175"/>
        <source>Enrollment with HQ did not finish: run `circuitride sync enroll --code CODE` again with the same code.</source>
        <translation>Регистрация в штаб-квартире не завершена: ещё раз выполните `circuitride sync enroll --code CODE` с тем же кодом.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="186"/>
        <source>HQ and this laptop disagree about a file upload; sync again.</source>
        <translation>Штаб-квартира и этот ноутбук расходятся во мнении о выгрузке файла; синхронизируйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="189"/>
        <source>HQ answered with a message this version does not understand; update Circuit Ride.</source>
        <translation>Штаб-квартира ответила сообщением, которое эта версия не понимает; обновите Circuit Ride.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="192"/>
        <source>HQ did not confirm a file upload; sync again.</source>
        <translation>Штаб-квартира не подтвердила выгрузку файла; синхронизируйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="193"/>
        <source>HQ did not hand out its certificate; is the address in the code right?</source>
        <translation>Штаб-квартира не предоставила свой сертификат; верен ли адрес в коде?</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="196"/>
        <source>HQ did not take the whole batch; sync again.</source>
        <translation>Штаб-квартира приняла не весь пакет изменений; синхронизируйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="197"/>
        <source>HQ is busy</source>
        <translation>Штаб-квартира занята</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="198"/>
        <source>List each page of the document exactly once (a page is missing from the new order).</source>
        <translation>Укажите каждую страницу документа ровно один раз (в новом порядке не хватает страницы).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="201"/>
        <source>List each page of the document exactly once.</source>
        <translation>Укажите каждую страницу документа ровно один раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="202"/>
        <source>Moving a case&apos;s stage back (from {old} to {new}) needs a reason, kept in the case&apos;s history: give it when the app asks, or with `circuitride case set NUMBER stage=STAGE --reason TEXT`.</source>
        <translation>Возврат этапа дела назад (с {old} на {new}) требует причины, которая сохраняется в истории дела: укажите её, когда программа попросит, или через `circuitride case set NUMBER stage=STAGE --reason TEXT`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="206"/>
        <source>Name the interpreter by id or by name.</source>
        <translation>Укажите переводчика по идентификатору или по имени.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="207"/>
        <source>No appointment on {day} (officer: {officer}; site: {site}): there is nothing to put on a docket.</source>
        <translation>Нет встреч на {day} (сотрудник: {officer}; место: {site}): в список дел нечего включить.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="211"/>
        <source>No appointment {id} for case {case}: see `circuitride schedule list --json`.</source>
        <translation>У дела {case} нет встречи {id}: см. `circuitride schedule list --json`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="215"/>
        <source>No appointment {id} in this workspace; `circuitride schedule list` shows them.</source>
        <translation>В этом рабочем пространстве нет встречи {id}; `circuitride schedule list` показывает их.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="224"/>
        <source>No interpreter &apos;{key}&apos; in this workspace; `circuitride interpreters list --all` shows them.</source>
        <translation>В этом рабочем пространстве нет переводчика «{key}»; `circuitride interpreters list --all` показывает их.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="230"/>
        <source>No notice template for language &apos;{language}&apos;: use one of {languages}.</source>
        <translation>Нет шаблона уведомления для языка «{language}»: используйте один из следующих: {languages}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="235"/>
        <source>No result {id} for case {case}: see `circuitride result list {case} --json`.</source>
        <translation>У дела {case} нет результата {id}: см. `circuitride result list {case} --json`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="238"/>
        <source>No site is named &apos;{site}&apos;: see the sites in `circuitride schedule list`.</source>
        <translation>Нет места с названием «{site}»: места перечислены в `circuitride schedule list`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="245"/>
        <source>No user {user} in this workspace. `circuitride user list` shows who there is.</source>
        <translation>В этом рабочем пространстве нет пользователя {user}. `circuitride user list` показывает, кто есть.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="249"/>
        <source>No workspace at {path}. Create one with `circuitride init` or point --data-dir at an existing one.</source>
        <translation>Нет рабочего пространства в {path}. Создайте его командой `circuitride init` или укажите в --data-dir существующее.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="253"/>
        <source>Only a photo can be a profile photo; this attachment is a document.</source>
        <translation>Фото профиля может быть только фотографией; это вложение — документ.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="257"/>
        <source>Only a user unlocked with their own password has a signing key to enroll: open the workspace as that user (not with HQ&apos;s recovery key), then run this again.</source>
        <translation>Ключ подписи для регистрации есть только у пользователя, открывшего пространство своим паролем: откройте рабочее пространство как этот пользователь (не ключом восстановления штаб-квартиры) и повторите.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="261"/>
        <source>Only photos can be cropped to a passport frame.</source>
        <translation>Обрезать до паспортной рамки можно только фотографии.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="264"/>
        <source>Periods away are set with `interpreters away`, one period at a time.</source>
        <translation>Периоды отсутствия задаются командой `interpreters away`, по одному периоду.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="267"/>
        <source>Permission denied writing to {path}. Choose a folder you can write to.</source>
        <translation>Нет прав на запись в {path}. Выберите папку, в которую можно записывать.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="270"/>
        <source>Permission denied writing {path}. Choose a folder you can write to.</source>
        <translation>Нет прав на запись файла {path}. Выберите папку, в которую можно записывать.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="273"/>
        <source>Photos and translations are not pages of a document; attach them on their own.</source>
        <translation>Фото и переводы не являются страницами документа; добавляйте их отдельно.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="276"/>
        <source>Photos and translations have no page order; only the pages of a document do.</source>
        <translation>У фото и переводов нет порядка страниц; он есть только у страниц документа.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="282"/>
        <source>Propose at most three months at once.</source>
        <translation>Предлагайте не более трёх месяцев за раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="286"/>
        <source>Say when the appointment starts, for example --at 2026-12-10T09:30.</source>
        <translation>Укажите, когда начинается встреча, например --at 2026-12-10T09:30.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="292"/>
        <source>Say where the file went (for example &apos;Lima office, cabinet 2&apos;).</source>
        <translation>Укажите, куда перемещено дело (например, «Офис в Лиме, шкаф 2»).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="298"/>
        <source>Say which document the value was checked against (for example &apos;passport P1234567&apos;).</source>
        <translation>Укажите, по какому документу проверено значение (например, «паспорт P1234567»).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="301"/>
        <source>Say which language the translation is in (for example &apos;en&apos;).</source>
        <translation>Укажите язык перевода (например, «en»).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="308"/>
        <source>Say why the appointment is cancelled (--reason).</source>
        <translation>Укажите, почему встреча отменена (--reason).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="312"/>
        <source>Taking a denied case further is an appeal: give its reason (--reason).</source>
        <translation>Продвижение отклонённого дела — это апелляция: укажите её причину (--reason).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="315"/>
        <source>That file is itself a translation: attach the new translation to the original page.</source>
        <translation>Этот файл сам является переводом: добавьте новый перевод к странице оригинала.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="318"/>
        <source>That form submission is not on this laptop.</source>
        <translation>Этой отправки формы нет на этом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="319"/>
        <source>That interpreter is not on this laptop.</source>
        <translation>Этого переводчика нет на этом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="320"/>
        <source>That password is too easy to guess. Choose a passphrase of unrelated words.</source>
        <translation>Этот пароль слишком легко угадать. Выберите парольную фразу из не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="323"/>
        <source>The HQ CA certificate stored at enrollment is not a valid PEM certificate.</source>
        <translation>Сертификат центра сертификации центрального офиса, сохранённый при регистрации, не является действительным сертификатом PEM.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="326"/>
        <source>The backup could not be copied ({reason}): check the drive and the free space, then try again.</source>
        <translation>Не удалось скопировать резервную копию ({reason}): проверьте диск и свободное место, затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="330"/>
        <source>The booking clashes with the schedule: {reasons}. Choose another time, room or interpreter; a team lead may book it anyway with a reason.</source>
        <translation>Бронирование конфликтует с расписанием: {reasons}. Выберите другое время, комнату или переводчика; руководитель группы может забронировать несмотря на это, указав причину.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="334"/>
        <source>The bundle ends in the middle of a record; it is not usable.</source>
        <translation>Пакет обрывается посреди записи; им нельзя воспользоваться.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="337"/>
        <source>The bundle file is cut short, probably an incomplete copy. Copy it from the USB stick again (eject the stick safely before unplugging it); do not use the partial file.</source>
        <translation>Файл пакета обрезан, вероятно, это неполная копия. Скопируйте его с USB-накопителя ещё раз (перед отключением безопасно извлеките накопитель); не используйте неполный файл.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="341"/>
        <source>The bundle holds a record too large to read; it is not usable.</source>
        <translation>Пакет содержит запись, слишком большую для чтения; им нельзя воспользоваться.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="344"/>
        <source>The bundle holds an unreadable file piece.</source>
        <translation>Пакет содержит нечитаемую часть файла.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="345"/>
        <source>The bundle holds an unreadable record; it is not usable.</source>
        <translation>Пакет содержит нечитаемую запись; им нельзя воспользоваться.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="348"/>
        <source>The bundle holds records after its end.</source>
        <translation>Пакет содержит записи после своего конца.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="349"/>
        <source>The bundle is incomplete (no end record).</source>
        <translation>Пакет неполный (нет завершающей записи).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="350"/>
        <source>The bundle names a file with an invalid fingerprint.</source>
        <translation>Пакет называет файл с недействительным отпечатком.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="351"/>
        <source>The connection to HQ failed during enrollment; run the same enrollment again (the code stays valid).</source>
        <translation>Во время регистрации связь со штаб-квартирой оборвалась; выполните ту же регистрацию ещё раз (код остаётся действительным).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="355"/>
        <source>The disk is full: free some space (on the drive that holds {path}) and try again; nothing was changed.</source>
        <translation>Диск заполнен: освободите место (на диске, где находится {path}) и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="359"/>
        <source>The disk is full: free some space on the drive that holds {path} and try again.</source>
        <translation>Диск заполнен: освободите место на диске, где находится {path}, и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="362"/>
        <source>The disk is full: free some space, then save the attachment again.</source>
        <translation>Диск заполнен: освободите место и сохраните вложение ещё раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="365"/>
        <source>The display name must fit on one line of at most {max_chars} characters; shorten it.</source>
        <translation>Отображаемое имя должно умещаться в одну строку длиной не более {max_chars} символов; сократите его.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="368"/>
        <source>The display name {problem}; shorten it.</source>
        <translation>Отображаемое имя {problem}; сократите его.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="372"/>
        <source>The enrollment code is damaged or incomplete. Copy the whole line HQ gave you.</source>
        <translation>Код регистрации повреждён или неполон. Скопируйте всю строку, которую выдала штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="375"/>
        <source>The enrollment code names a server that is not HTTPS; ask HQ for a new code.</source>
        <translation>Код регистрации указывает на сервер без HTTPS; попросите в штаб-квартире новый код.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="378"/>
        <source>The file of the question {question} ({name}) is missing from this laptop&apos;s vault; attach it again.</source>
        <translation>Файла к вопросу {question} ({name}) нет в хранилище этого ноутбука; прикрепите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="387"/>
        <source>The frame is too small for an ID photo: make it larger (at least 70 by 90 pixels of the photo).</source>
        <translation>Рамка слишком мала для фото на документ: увеличьте её (не менее 70 на 90 пикселей фотографии).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="398"/>
        <source>The key is right but the database file cannot be read: it is damaged. Run `circuitride check` and restore from a backup.</source>
        <translation>Ключ верный, но файл базы данных не читается: он повреждён. Выполните `circuitride check` и восстановите из резервной копии.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="402"/>
        <source>The key slot {name} cannot be read. Restore it from a backup.</source>
        <translation>Слот ключа {name} не читается. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="405"/>
        <source>The key slot {name} has an unknown format.</source>
        <translation>Слот ключа {name} имеет неизвестный формат.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="406"/>
        <source>The manifest has no &quot;cases&quot; list. Nothing was imported.</source>
        <translation>В манифесте нет списка &quot;cases&quot;. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="409"/>
        <source>The manifest must be a JSON object with a &quot;cases&quot; list. Nothing was imported.</source>
        <translation>Манифест должен быть объектом JSON со списком &quot;cases&quot;. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="413"/>
        <source>The password is too short: use at least {min_chars} characters. A passphrase of three or four unrelated words is easy to remember and strong.</source>
        <translation>Пароль слишком короткий: используйте не менее {min_chars} символов. Парольную фразу из трёх-четырёх не связанных слов легко запомнить, и она надёжна.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="420"/>
        <source>The proposal&apos;s last day ({last}) is before its first ({first}).</source>
        <translation>Последний день предложения ({last}) раньше первого ({first}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="423"/>
        <source>The record this conflict is about is not on this laptop.</source>
        <translation>Записи, к которой относится этот конфликт, нет на этом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="426"/>
        <source>The recovery private key could not be read: wrong file or wrong passphrase.</source>
        <translation>Не удалось прочитать закрытый ключ восстановления: не тот файл или неверная парольная фраза.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="429"/>
        <source>The recovery private key is not an X25519 key made by `circuitride hq keygen`.</source>
        <translation>Закрытый ключ восстановления — не ключ X25519, созданный командой `circuitride hq keygen`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="432"/>
        <source>The recovery public key file is not a PEM public key.</source>
        <translation>Файл открытого ключа восстановления — не открытый ключ PEM.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="433"/>
        <source>The recovery public key is not an X25519 key made by `circuitride hq keygen`.</source>
        <translation>Открытый ключ восстановления — не ключ X25519, созданный командой `circuitride hq keygen`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="436"/>
        <source>The recovery slot does not open with this key.</source>
        <translation>Слот восстановления не открывается этим ключом.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="437"/>
        <source>The recovery slot is damaged. Restore the workspace from a backup.</source>
        <translation>Слот восстановления повреждён. Восстановите рабочее пространство из резервной копии.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="446"/>
        <source>The server&apos;s certificate does not match the enrollment code: this is not your HQ, or the code is wrong. Nothing was sent.</source>
        <translation>Сертификат сервера не соответствует коду регистрации: это не ваша штаб-квартира или код неверен. Ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="450"/>
        <source>The stored photo could not be read for cropping; run `circuitride check`.</source>
        <translation>Сохранённое фото не удалось прочитать для обрезки; выполните `circuitride check`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="453"/>
        <source>The title is longer than 200 characters; shorten it.</source>
        <translation>Название длиннее 200 символов; сократите его.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="456"/>
        <source>The user code is damaged or incomplete. Copy the whole line HQ gave you.</source>
        <translation>Код пользователя повреждён или неполон. Скопируйте всю строку, которую выдала штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="459"/>
        <source>The workspace could not be upgraded to this version of Circuit Ride; nothing was changed. A copy of the workspace from before the upgrade is kept at {backup}. Install the previous version or contact HQ support.</source>
        <translation>Не удалось обновить рабочее пространство до этой версии Circuit Ride; ничего не изменено. Копия рабочего пространства до обновления сохранена в {backup}. Установите предыдущую версию или обратитесь в службу поддержки штаб-квартиры.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="463"/>
        <source>The workspace is in use by another Circuit Ride window or command that holds it alone (it does so when the disk is full). Close it, then try again.</source>
        <translation>Рабочее пространство занято другим окном или командой Circuit Ride, которые держат его монопольно (так бывает, когда диск заполнен). Закройте их и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="467"/>
        <source>The workspace is locked. Unlock it first.</source>
        <translation>Рабочее пространство заблокировано. Сначала разблокируйте его.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="468"/>
        <source>There is no notice template in &apos;{language}&apos;. Templates exist in: {available}.</source>
        <translation>Шаблона уведомления на языке «{language}» нет. Шаблоны есть на языках: {available}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="471"/>
        <source>There is no other device&apos;s value to take; use --value.</source>
        <translation>Нет значения другого устройства, которое можно взять; используйте --value.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="481"/>
        <source>These pages belong to different documents; order one document at a time.</source>
        <translation>Эти страницы относятся к разным документам; упорядочивайте по одному документу.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="498"/>
        <source>This answer&apos;s file is not stored on this laptop (it may not have been synced yet); attach it again.</source>
        <translation>Файл этого ответа не хранится на этом ноутбуке (возможно, он ещё не синхронизирован); прикрепите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="502"/>
        <source>This appointment is already cancelled.</source>
        <translation>Эта встреча уже отменена.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="59"/>
        <source>A briefing notice is for a briefing or a cultural orientation, and this appointment is neither: give an appointment notice (--kind appointment).</source>
        <translation>Уведомление об инструктаже относится к инструктажу или культурной ориентации, а эта встреча не является ни тем, ни другим: выдайте уведомление о встрече (--kind appointment).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="63"/>
        <source>A child ({child}) is older than a parent ({parent}).</source>
        <translation>Ребёнок ({child}) старше родителя ({parent}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="88"/>
        <source>A map name has at most {n} characters.</source>
        <translation>Название карты может содержать не более {n} символов.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="89"/>
        <source>A map named &apos;{name}&apos; is already installed: remove it first (`circuitride maps remove`) or give this one another name with --name.</source>
        <translation>Карта с названием «{name}» уже установлена: сначала удалите её (`circuitride maps remove`) или задайте этой карте другое название с помощью --name.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="93"/>
        <source>A map needs a name: give one with --name.</source>
        <translation>Карте нужно название: задайте его с помощью --name.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="95"/>
        <source>A parent (born {parent}) is only {gap} years older than a child (born {child}).</source>
        <translation>Родитель (дата рождения: {parent}) старше ребёнка (дата рождения: {child}) всего на {gap} г.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="98"/>
        <source>A parent of the principal applicant (born {parent}) is less than {gap} years older than them (born {child}).</source>
        <translation>Родитель основного заявителя (дата рождения: {parent}) старше самого заявителя (дата рождения: {child}) менее чем на {gap} г.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="109"/>
        <source>A review of {status} needs a note saying what is wrong.</source>
        <translation>Для проверки со статусом «{status}» нужна заметка о том, что не так.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="139"/>
        <source>Cannot read or write the map ({reason}): check the file {file} and the disk, then try again.</source>
        <translation>Не удаётся прочитать или записать карту ({reason}): проверьте файл {file} и диск, затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="143"/>
        <source>Case {case} has no appointment booked from today on: book one first (`circuitride schedule add`), or name it with --appointment.</source>
        <translation>У дела {case} нет забронированных встреч начиная с сегодняшнего дня: сначала забронируйте встречу (`circuitride schedule add`) или укажите её через --appointment.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="147"/>
        <source>Case {case} has no briefing booked from today on: book one first (`circuitride schedule add`), or name it with --appointment.</source>
        <translation>У дела {case} нет забронированного инструктажа начиная с сегодняшнего дня: сначала забронируйте его (`circuitride schedule add`) или укажите через --appointment.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="159"/>
        <source>Could not make the folder {path} ({reason}). Choose a folder you can write to.</source>
        <translation>Не удалось создать папку {path} ({reason}). Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="171"/>
        <source>Dates of birth not verified against a document at stage {stage}: {n} of {of} persons.</source>
        <translation>Даты рождения не сверены с документом на этапе «{stage}»: лиц — {n} из {of}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="174"/>
        <source>Dismissing a finding needs a reason.</source>
        <translation>Чтобы отклонить замечание, укажите причину.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="179"/>
        <source>Expedited case {days} days in stage {stage} (more than {limit}).</source>
        <translation>Ускоренное дело находится на этапе «{stage}» уже {days} дн. (больше {limit}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="182"/>
        <source>Form {form} has {n} answers that break its rules; the first: {question}: {problem}</source>
        <translation>В форме {form} ответов, нарушающих её правила: {n}; первый: {question}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="185"/>
        <source>Give at least one case number.</source>
        <translation>Укажите хотя бы один номер дела.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="214"/>
        <source>No appointment {id} in this workspace.</source>
        <translation>В этом рабочем пространстве нет встречи {id}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="218"/>
        <source>No case matches the filter; nothing was assigned.</source>
        <translation>Ни одно дело не соответствует фильтру; ничего не назначено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="219"/>
        <source>No case {cases} in this workspace; nothing was assigned. Check the numbers, or search with `circuitride search`.</source>
        <translation>В этом рабочем пространстве нет дела {cases}; ничего не назначено. Проверьте номера или найдите дела командой `circuitride search`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="223"/>
        <source>No circuit ride named &apos;{ride}&apos; in this workspace.</source>
        <translation>В этом рабочем пространстве нет миссии &apos;{ride}&apos;.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="227"/>
        <source>No map named &apos;{name}&apos; is installed. `circuitride maps list` shows the installed maps.</source>
        <translation>Карта с названием «{name}» не установлена. `circuitride maps list` показывает установленные карты.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="233"/>
        <source>No photo of the principal applicant at stage {stage}.</source>
        <translation>Нет фото основного заявителя на этапе «{stage}».</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="234"/>
        <source>No quality finding {id} on this laptop.</source>
        <translation>На этом ноутбуке нет замечания контроля качества {id}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="241"/>
        <source>No submitted form {id} on this laptop: check the id (`circuitride forms submit --json` and `circuitride forms export --format json` give it).</source>
        <translation>На этом ноутбуке нет отправленной формы {id}: проверьте идентификатор (его выводят `circuitride forms submit --json` и `circuitride forms export --format json`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="248"/>
        <source>No user {user} on this laptop.</source>
        <translation>На этом ноутбуке нет пользователя {user}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="256"/>
        <source>Only a submitted form is reviewed.</source>
        <translation>Проверяется только отправленная форма.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="279"/>
        <source>Possibly the same person as one in case {other} (likeness {score}).</source>
        <translation>Возможно, это тот же человек, что и в деле {other} (сходство {score}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="283"/>
        <source>Review {status} is not one of: {known}.</source>
        <translation>Статус проверки {status} не входит в список: {known}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="284"/>
        <source>Rule {rule} is not one of: {known}.</source>
        <translation>Правило {rule} не входит в список: {known}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="285"/>
        <source>Say how the finding was fixed (a note).</source>
        <translation>Укажите, как было устранено замечание (заметка).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="289"/>
        <source>Say where the file goes back to (for example &apos;Lima office, cabinet 2&apos;), or leave out --to.</source>
        <translation>Укажите, куда возвращается папка дела (например &apos;Lima office, cabinet 2&apos;), или не указывайте --to.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="295"/>
        <source>Say which cases: give case numbers or at least one filter (site, ride, stage, ...).</source>
        <translation>Укажите, какие дела: номера дел или хотя бы один фильтр (место, миссия, этап, ...).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="304"/>
        <source>Say who takes the file: --to NAME (for example &apos;Interviewer A&apos;).</source>
        <translation>Укажите, кто берёт папку дела: --to ИМЯ (например &apos;Interviewer A&apos;).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="307"/>
        <source>Say whom to assign the finding to.</source>
        <translation>Укажите, кому назначить замечание.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="311"/>
        <source>Status {status} is not one of: {known}.</source>
        <translation>Статус {status} не входит в список: {known}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="369"/>
        <source>The due date {due} is past (today is {today}): give today or a later day.</source>
        <translation>Срок возврата {due} уже прошёл (сегодня {today}): укажите сегодняшний или более поздний день.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="382"/>
        <source>The finding is already {status}.</source>
        <translation>Замечание уже в статусе «{status}».</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="383"/>
        <source>The form {id} is a draft that has not been submitted: submit it first, then write its record.</source>
        <translation>Форма {id} — черновик, который ещё не отправлен: сначала отправьте её, затем сформируйте протокол.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="391"/>
        <source>The installed map {id} cannot be read: it is damaged. Remove it with `circuitride maps remove {id}` and install it again.</source>
        <translation>Не удаётся прочитать установленную карту {id}: она повреждена. Удалите её командой `circuitride maps remove {id}` и установите заново.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="395"/>
        <source>The interpreter booked for {start} speaks none of the family&apos;s languages ({languages}).</source>
        <translation>Переводчик, забронированный на {start}, не владеет ни одним из языков семьи ({languages}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="412"/>
        <source>The paper file is with {holder}, due back on {due}.</source>
        <translation>Папка дела у {holder}, срок возврата — {due}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="417"/>
        <source>The period ends ({end}) before it starts ({start}): give --to on or after --from.</source>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start}): укажите --to не раньше --from.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="440"/>
        <source>The ride &apos;{ride}&apos; has no case: there is no label to print.</source>
        <translation>В миссии &apos;{ride}&apos; нет дел: печатать нечего.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="443"/>
        <source>The ride &apos;{ride}&apos; has no case: there is no packet to make.</source>
        <translation>В миссии «{ride}» нет дел: формировать пакет не из чего.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="474"/>
        <source>There is no user {user} on this laptop (`circuitride user list`).</source>
        <translation>На этом ноутбуке нет пользователя {user} (`circuitride user list`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="477"/>
        <source>There is no user {user} on this laptop: work goes to one of its users (`circuitride user list`).</source>
        <translation>На этом ноутбуке нет пользователя {user}: работу можно передать только одному из его пользователей (`circuitride user list`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="484"/>
        <source>This OSM file declares a document type, which an OSM file never needs.</source>
        <translation>Этот файл OSM объявляет тип документа, а файлу OSM это никогда не нужно.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="487"/>
        <source>This OSM file declares entities or a document type, which an OSM file never needs; export it again from OpenMapKit or JOSM.</source>
        <translation>Этот файл OSM объявляет сущности или тип документа, а файлу OSM это никогда не нужно; экспортируйте его снова из OpenMapKit или JOSM.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="491"/>
        <source>This OSM file has no feature to tag.</source>
        <translation>В этом файле OSM нет объекта, который можно пометить тегами.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="492"/>
        <source>This OSM file has no tagged feature; tag the feature in OpenMapKit or JOSM and save it.</source>
        <translation>В этом файле OSM нет объекта с тегами; добавьте теги объекту в OpenMapKit или JOSM и сохраните его.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="495"/>
        <source>This XML file is not an OSM file (it has no &lt;osm&gt; element); choose a .osm file.</source>
        <translation>Этот файл XML не является файлом OSM (в нём нет элемента &lt;osm&gt;); выберите файл .osm.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="503"/>
        <source>This appointment is {status}; book a new one instead of moving it.</source>
        <translation>Эта встреча в состоянии {status}; забронируйте новую вместо переноса.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="506"/>
        <source>This appointment was cancelled, missed or has taken place: book a new one before giving a notice for it.</source>
        <translation>Эта встреча отменена, пропущена или уже состоялась: забронируйте новую, прежде чем выдавать уведомление.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="510"/>
        <source>This appointment was cancelled; book a new one.</source>
        <translation>Эта встреча отменена; забронируйте новую.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="511"/>
        <source>This backup is damaged (a key slot cannot be read): choose another backup.</source>
        <translation>Эта резервная копия повреждена (не читается слот ключа): выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="514"/>
        <source>This backup is damaged (its HQ recovery slot cannot be read): choose another backup.</source>
        <translation>Эта резервная копия повреждена (не читается её слот восстановления штаб-квартиры): выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="517"/>
        <source>This backup is damaged (its workspace.json cannot be read): choose another backup.</source>
        <translation>Эта резервная копия повреждена (не читается её файл workspace.json): выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="520"/>
        <source>This backup is damaged: the password is right but its database cannot be read. Nothing was restored; choose another backup.</source>
        <translation>Эта резервная копия повреждена: пароль верный, но её база данных не читается. Ничего не восстановлено; выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="524"/>
        <source>This bundle was sealed for a different key, so it cannot be opened here. A push bundle opens only at the HQ the laptop is enrolled with; a reply bundle only on the laptop it was made for.</source>
        <translation>Этот пакет запечатан для другого ключа, поэтому здесь его не открыть. Пакет отправки открывается только в штаб-квартире, где зарегистрирован ноутбук; пакет ответа — только на ноутбуке, для которого он создан.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="528"/>
        <source>This conflict is resolved already.</source>
        <translation>Этот конфликт уже разрешён.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="529"/>
        <source>This draft is too large to keep; save or shorten the text.</source>
        <translation>Черновик слишком велик, чтобы его сохранить; сохраните или сократите текст.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="532"/>
        <source>This file is not a Circuit Ride sync bundle. Check that you picked the bundle file (it ends in .crbundle) and not another file from the USB stick.</source>
        <translation>Этот файл — не пакет синхронизации Circuit Ride. Проверьте, что выбран файл пакета (с окончанием .crbundle), а не другой файл с USB-накопителя.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="536"/>
        <source>This form cannot be submitted yet: {problem}.</source>
        <translation>Эту форму пока нельзя отправить: {problem}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="537"/>
        <source>This form&apos;s audit log could not be recorded: {problem}.</source>
        <translation>Не удалось записать журнал аудита этой формы: {problem}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="540"/>
        <source>This is not a Circuit Ride enrollment code (it starts with CR1-). Copy the whole line HQ gave you.</source>
        <translation>Это не код регистрации Circuit Ride (он начинается с CR1-). Скопируйте всю строку, которую выдала штаб-квартира.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="544"/>
        <source>This is not an OSM file (its XML cannot be read); choose a .osm file.</source>
        <translation>Это не файл OSM (его XML невозможно прочитать); выберите файл .osm.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="547"/>
        <source>This key slot belongs to another workspace or device.</source>
        <translation>Этот слот ключа принадлежит другому рабочему пространству или устройству.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="550"/>
        <source>This laptop is not enrolled with HQ yet: its administrator enrolls it first (`circuitride sync enroll --code CODE`), then each user enrolls.</source>
        <translation>Этот ноутбук ещё не зарегистрирован в штаб-квартире: сначала его регистрирует администратор (`circuitride sync enroll --code CODE`), затем регистрируется каждый пользователь.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="554"/>
        <source>This laptop made none of the conflicting edits; use --take remote or --value.</source>
        <translation>Этот ноутбук не вносил ни одного из конфликтующих изменений; используйте --take remote или --value.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="557"/>
        <source>This photo belongs to another person of the case: move it to this person first.</source>
        <translation>Это фото относится к другому лицу в деле: сначала перенесите его к этому лицу.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="560"/>
        <source>This recovery key is not the one this workspace was created with.</source>
        <translation>Это не тот ключ восстановления, с которым создано это рабочее пространство.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="563"/>
        <source>This recovery slot belongs to another workspace or device.</source>
        <translation>Этот слот восстановления принадлежит другому рабочему пространству или устройству.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="566"/>
        <source>This reply bundle is for another laptop, not this one; it was not imported. Give it to the laptop it was made for.</source>
        <translation>Этот пакет ответа предназначен другому ноутбуку, не этому; он не импортирован. Передайте его ноутбуку, для которого он создан.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="570"/>
        <source>This workspace has no HQ recovery slot; it cannot be recovered without a password.</source>
        <translation>У этого рабочего пространства нет слота восстановления штаб-квартиры; без пароля его не восстановить.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="573"/>
        <source>This workspace has several users: say which one with --user NAME.</source>
        <translation>В этом рабочем пространстве несколько пользователей: укажите, кто именно, через --user NAME.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="576"/>
        <source>This workspace is enrolled already. Ask HQ to revoke it first if it must change.</source>
        <translation>Это рабочее пространство уже зарегистрировано. Если это нужно изменить, сначала попросите штаб-квартиру отозвать регистрацию.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="579"/>
        <source>This workspace is not enrolled with HQ yet: run `circuitride sync enroll --code CODE`.</source>
        <translation>Это рабочее пространство ещё не зарегистрировано в штаб-квартире: выполните `circuitride sync enroll --code CODE`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="582"/>
        <source>This workspace is not enrolled with HQ, so it cannot take HQ&apos;s reply bundle.</source>
        <translation>Это рабочее пространство не зарегистрировано в штаб-квартире, поэтому не может принять пакет ответа штаб-квартиры.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="585"/>
        <source>This workspace is not enrolled with HQ, so it cannot write a bundle for HQ: enroll it first (`circuitride sync enroll --code CODE`).</source>
        <translation>Это рабочее пространство не зарегистрировано в штаб-квартире, поэтому не может записать для неё пакет: сначала зарегистрируйте его (`circuitride sync enroll --code CODE`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="589"/>
        <source>This workspace was made by a newer version of Circuit Ride (folder format {found}; this version knows {known}): install that version or newer; nothing was changed.</source>
        <translation>Это рабочее пространство создано более новой версией Circuit Ride (формат папки {found}; эта версия знает {known}): установите ту версию или более новую; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="593"/>
        <source>This workspace was made by a newer version of Circuit Ride (format {revision}; this version knows formats up to {head}): install that version or newer; nothing was changed.</source>
        <translation>Это рабочее пространство создано более новой версией Circuit Ride (формат {revision}; эта версия знает форматы до {head}): установите ту версию или более новую; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="597"/>
        <source>This workspace was restored from a backup as a new device: ask HQ for a new enrollment code (`circuitride hq enroll-device`) and run `circuitride sync enroll --code CODE` as the laptop&apos;s administrator.</source>
        <translation>Это рабочее пространство восстановлено из резервной копии как новое устройство: попросите в штаб-квартире новый код регистрации (`circuitride hq enroll-device`) и выполните `circuitride sync enroll --code CODE` от имени администратора ноутбука.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="601"/>
        <source>This workspace&apos;s enrollment lacks HQ&apos;s bundle key; ask HQ to enroll it again.</source>
        <translation>В регистрации этого рабочего пространства нет ключа пакетов штаб-квартиры; попросите штаб-квартиру зарегистрировать его заново.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="604"/>
        <source>Two records hold this value, so keeping either side changes nothing: give this record another value with --value.</source>
        <translation>Это значение есть у двух записей, поэтому сохранение любой из сторон ничего не изменит: дайте этой записи другое значение через --value.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="608"/>
        <source>Type the new value for this record (it must not be empty).</source>
        <translation>Введите новое значение для этой записи (оно не может быть пустым).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="611"/>
        <source>Unknown appointment type &apos;{type}&apos;: use one of {types}.</source>
        <translation>Неизвестный тип встречи «{type}»: используйте один из следующих: {types}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="614"/>
        <source>Unknown grouping &apos;{by}&apos;: use one of {choices}.</source>
        <translation>Неизвестная группировка «{by}»: используйте одну из следующих: {choices}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="615"/>
        <source>Unknown notice kind &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>Неизвестный тип уведомления «{kind}»: используйте один из следующих: {kinds}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="616"/>
        <source>Unknown role &apos;{role}&apos;. Roles: {roles}.</source>
        <translation>Неизвестная роль &apos;{role}&apos;. Роли: {roles}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="617"/>
        <source>User {user} already exists. Use `circuitride passwd --user {user}` instead.</source>
        <translation>Пользователь {user} уже существует. Используйте вместо этого `circuitride passwd --user {user}`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="620"/>
        <source>Wrong password. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверный пароль. Проверьте раскладку клавиатуры и Caps Lock и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="623"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="624"/>
        <source>You cannot deactivate yourself; ask another administrator.</source>
        <translation>Нельзя деактивировать самого себя; обратитесь к другому администратору.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="627"/>
        <source>Your role ({role}) may not make travel packets: a member of the case team (interviewer, adjudication support or team lead) makes them.</source>
        <translation>С вашей ролью ({role}) нельзя формировать пакеты документов для выезда: их формирует сотрудник, работающий с делами (интервьюер, поддержка принятия решений или руководитель группы).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="631"/>
        <source>Your role ({role}) may not {action}. Ask {who}.</source>
        <translation>Ваша роль ({role}) не позволяет {action}. Обратитесь: {who}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="632"/>
        <source>Your role ({role}) sees only your own work; a team lead sees anyone&apos;s.</source>
        <translation>С вашей ролью ({role}) видна только ваша собственная работа; руководитель группы видит работу любого сотрудника.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="635"/>
        <source>a UNHCR registration id such as 123-45C67890</source>
        <translation>регистрационный номер УВКБ ООН вида 123-45C67890</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="636"/>
        <source>a case number such as LIM-000123</source>
        <translation>номер дела вида LIM-000123</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="637"/>
        <source>a date with precision &apos;{precision}&apos; needs the form {form}</source>
        <translation>дата с точностью «{precision}» требует формата {form}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="640"/>
        <source>a kept chunk of a partial download is missing</source>
        <translation>не хватает сохранённой части неполной загрузки</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="641"/>
        <source>a team lead</source>
        <translation>руководитель группы</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="642"/>
        <source>a two-letter country code such as AF</source>
        <translation>двухбуквенный код страны вида AF</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="643"/>
        <source>a two-letter country code such as PE</source>
        <translation>двухбуквенный код страны вида PE</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="644"/>
        <source>a two-letter country code such as VE</source>
        <translation>двухбуквенный код страны вида VE</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="645"/>
        <source>adjudication support</source>
        <translation>поддержка принятия решений</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="646"/>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="647"/>
        <source>amendment.reason: say why a submitted form is being changed.</source>
        <translation>amendment.reason: укажите, почему изменяется отправленная форма.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="650"/>
        <source>an administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="651"/>
        <source>an unknown place</source>
        <translation>неизвестное место</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="652"/>
        <source>appointment</source>
        <translation>встреча</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="653"/>
        <source>assign work</source>
        <translation>распределять работу</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="654"/>
        <source>attach files</source>
        <translation>прикреплять файлы</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="655"/>
        <source>book an appointment despite a schedule conflict</source>
        <translation>бронировать встречу несмотря на конфликт в расписании</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="656"/>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="657"/>
        <source>change reference data (forms, sites, rides, interpreters)</source>
        <translation>изменять справочные данные (формы, места, миссии, переводчики)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="660"/>
        <source>change the role of</source>
        <translation>изменить роль</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="661"/>
        <source>date of birth must be text: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>дата рождения должна быть текстом: ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="664"/>
        <source>date: give a day such as 2026-12-10.</source>
        <translation>дата: укажите день вида 2026-12-10.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="665"/>
        <source>date: {day} is in the future; record a result on or after the day it was given.</source>
        <translation>дата: {day} в будущем; записывайте результат в день его вынесения или позже.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="668"/>
        <source>deactivate</source>
        <translation>деактивировать</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="669"/>
        <source>delete records</source>
        <translation>удалять записи</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="670"/>
        <source>edit cases</source>
        <translation>редактировать дела</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="671"/>
        <source>enroll this laptop</source>
        <translation>регистрировать этот ноутбук</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="672"/>
        <source>expected &apos;{format}&apos;</source>
        <translation>ожидалось «{format}»</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="673"/>
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="674"/>
        <source>export data</source>
        <translation>экспортировать данные</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="675"/>
        <source>export format: json or csv.</source>
        <translation>формат экспорта: json или csv.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="676"/>
        <source>file movement</source>
        <translation>перемещение дела</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="677"/>
        <source>fix the file in a text editor, or save it again from the spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>исправьте файл в текстовом редакторе или сохраните его из электронной таблицы ещё раз как &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="680"/>
        <source>holds a control character or invalid text; type or paste it again as plain text</source>
        <translation>содержит управляющий символ или недопустимый текст; введите или вставьте его ещё раз как обычный текст</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="683"/>
        <source>holds a line break; it must be one line</source>
        <translation>содержит перевод строки; должна быть одна строка</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="684"/>
        <source>holds {count:,} items; at most {cap:,} are allowed</source>
        <translation>количество элементов — {count:,}, а допускается не более {cap:,}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="685"/>
        <source>holds {count} periods; at most {cap} are allowed</source>
        <translation>содержит {count} периодов; допускается не более {cap}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="686"/>
        <source>import case manifests</source>
        <translation>импортировать манифесты дел</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="687"/>
        <source>interpreter.name: another interpreter is already named &apos;{name}&apos;</source>
        <translation>interpreter.name: другой переводчик уже носит имя «{name}»</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="690"/>
        <source>interviewer</source>
        <translation>интервьюер</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="691"/>
        <source>is longer than {max_chars:,} characters</source>
        <translation>длиннее допустимого числа символов ({max_chars:,})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="692"/>
        <source>is longer than {max_chars} characters; use an ISO 639 code (es, uk, ps, ti)</source>
        <translation>длиннее {max_chars} символов; используйте код ISO 639 (es, uk, ps, ti)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="695"/>
        <source>is not a file fingerprint (64 hexadecimal digits)</source>
        <translation>не является отпечатком файла (64 шестнадцатеричные цифры)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="696"/>
        <source>is not a person of this case</source>
        <translation>не является лицом этого дела</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="697"/>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="698"/>
        <source>is required; one of: {options}</source>
        <translation>обязательное поле; одно из: {options}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="699"/>
        <source>item {number}: must be a language code with an optional level</source>
        <translation>элемент {number}: должен быть код языка с необязательным уровнем</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="702"/>
        <source>item {number}: {problem}</source>
        <translation>элемент {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="703"/>
        <source>make backups</source>
        <translation>делать резервные копии</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="704"/>
        <source>manage keys</source>
        <translation>управлять ключами</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="705"/>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="706"/>
        <source>more than one principal applicant</source>
        <translation>больше одного основного заявителя</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="707"/>
        <source>move a case&apos;s stage backwards</source>
        <translation>возвращать этап дела назад</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="708"/>
        <source>must be a date and time (ISO 8601)</source>
        <translation>должно быть датой и временем (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="709"/>
        <source>must be a date and time such as 2026-11-03T09:15:00Z</source>
        <translation>должно быть датой и временем вида 2026-11-03T09:15:00Z</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="712"/>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="713"/>
        <source>must be a list of languages</source>
        <translation>должно быть списком языков</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="714"/>
        <source>must be a list of periods</source>
        <translation>должно быть списком периодов</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="715"/>
        <source>must be a list of {&quot;code&quot;: &quot;es&quot;, &quot;proficiency&quot;: &quot;native&quot;}</source>
        <translation>должно быть списком {&quot;code&quot;: &quot;es&quot;, &quot;proficiency&quot;: &quot;native&quot;}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="718"/>
        <source>must be a local date and time such as 2026-11-05T09:00:00</source>
        <translation>должно быть местными датой и временем вида 2026-11-05T09:00:00</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="721"/>
        <source>must be a whole number from 0 to 100</source>
        <translation>должно быть целым числом от 0 до 100</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="722"/>
        <source>must be a whole number, 0 or more</source>
        <translation>должно быть целым числом, 0 или больше</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="723"/>
        <source>must be an object ({...})</source>
        <translation>должно быть объектом ({...})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="724"/>
        <source>must be one of: {options}</source>
        <translation>должно быть одним из: {options}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="725"/>
        <source>must be text like {hint}</source>
        <translation>должно быть текстом вида: {hint}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="726"/>
        <source>must be the name of a circuit ride</source>
        <translation>должно быть названием миссии</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="727"/>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="728"/>
        <source>must map field names to {by, at, document}</source>
        <translation>должно сопоставлять названия полей с {by, at, document}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="729"/>
        <source>must name a record</source>
        <translation>должно указывать на запись</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="730"/>
        <source>must name at least one language (ISO 639 codes such as ti, am, ar)</source>
        <translation>должно содержать хотя бы один язык (коды ISO 639, например ti, am, ar)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="733"/>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="734"/>
        <source>must say where the file went</source>
        <translation>должно указывать, куда перемещено дело</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="735"/>
        <source>names {code} twice</source>
        <translation>называет {code} дважды</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="736"/>
        <source>names {count} languages; at most {cap} are allowed</source>
        <translation>называет {count} языков; допускается не более {cap}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="737"/>
        <source>no circuit ride named &apos;{name}&apos; in the manifest or the workspace</source>
        <translation>нет миссии с названием «{name}» ни в манифесте, ни в рабочем пространстве</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="740"/>
        <source>no free slot between the dates given</source>
        <translation>нет свободного времени между указанными датами</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="741"/>
        <source>no interpreter at {site} speaks {languages}</source>
        <translation>ни один переводчик в {site} не владеет языком {languages}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="742"/>
        <source>no interpreter named &apos;{name}&apos;</source>
        <translation>нет переводчика с именем «{name}»</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="743"/>
        <source>no role: the account is deactivated</source>
        <translation>без роли: учётная запись деактивирована</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="744"/>
        <source>no working day between the dates given is still to come</source>
        <translation>ни один рабочий день между указанными датами ещё не наступил</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="747"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="748"/>
        <source>period {number}: ends ({end}) before it starts ({start})</source>
        <translation>период {number}: заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="751"/>
        <source>period {number}: must hold from, to and an optional reason</source>
        <translation>период {number}: должен содержать начало, конец и необязательную причину</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="754"/>
        <source>period {number}: needs its first and last day</source>
        <translation>период {number}: нужны его первый и последний день</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="755"/>
        <source>period {number}: {problem}</source>
        <translation>период {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="756"/>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="757"/>
        <source>read cases</source>
        <translation>читать дела</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="758"/>
        <source>read medical notes</source>
        <translation>читать медицинские заметки</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="759"/>
        <source>read restricted notes</source>
        <translation>читать заметки с ограниченным доступом</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="760"/>
        <source>record adjudication outcomes</source>
        <translation>записывать решения по делам</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="761"/>
        <source>record file movements</source>
        <translation>записывать перемещения дел</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="762"/>
        <source>record security-check results</source>
        <translation>записывать результаты проверок безопасности</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="763"/>
        <source>register new cases</source>
        <translation>регистрировать новые дела</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="764"/>
        <source>repeats cases[{index}]</source>
        <translation>повторяет cases[{index}]</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="765"/>
        <source>resolve sync conflicts</source>
        <translation>разрешать конфликты синхронизации</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="766"/>
        <source>room {room} is booked at {when}</source>
        <translation>комната {room} забронирована на {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="767"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="768"/>
        <source>row {row} (line {line})</source>
        <translation>строка {row} (строка файла {line})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="769"/>
        <source>sync</source>
        <translation>синхронизировать</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="770"/>
        <source>take a case past a denial (an appeal)</source>
        <translation>продвигать дело после отказа (апелляция)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="771"/>
        <source>team lead</source>
        <translation>руководитель группы</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="772"/>
        <source>the case already has a different principal applicant</source>
        <translation>у дела уже есть другой основной заявитель</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="775"/>
        <source>the family is booked at {when}</source>
        <translation>у семьи встреча на {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="776"/>
        <source>the file of {case} has no home location recorded: say where it goes with --to</source>
        <translation>для папки дела {case} не записано постоянное место: укажите, куда её вернуть, через --to</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="779"/>
        <source>the file of {case} is checked out to {holder} since {since}</source>
        <translation>папка дела {case} у {holder} с {since}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="782"/>
        <source>the file of {case} is not checked out (it is at {location})</source>
        <translation>папка дела {case} не выдана (она в {location})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="785"/>
        <source>the interpreter is booked at {when}</source>
        <translation>переводчик занят на {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="786"/>
        <source>the interpreter is not on this laptop&apos;s list</source>
        <translation>переводчика нет в списке этого ноутбука</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="787"/>
        <source>there is no case {case} in this workspace</source>
        <translation>в этом рабочем пространстве нет дела {case}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="788"/>
        <source>this application reads version {version} manifests</source>
        <translation>эта программа читает манифесты версии {version}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="791"/>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="792"/>
        <source>work quality findings</source>
        <translation>обрабатывать замечания контроля качества</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="793"/>
        <source>working hours {value} end before they start</source>
        <translation>рабочие часы {value} заканчиваются раньше, чем начинаются</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="794"/>
        <source>write notes</source>
        <translation>писать заметки</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="795"/>
        <source>{count:,} case numbers at once is more than {limit:,}: split them into several batches.</source>
        <translation>{count:,} номеров дел за раз — больше чем {limit:,}: разделите их на несколько партий.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="798"/>
        <source>{count:,} cases at once is more than {limit:,}: narrow the filter.</source>
        <translation>Дел за раз: {count:,} — это больше {limit:,}: сузьте фильтр.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="801"/>
        <source>{count} circuit rides are named &apos;{ride}&apos;: give the id of the one you mean ({ids}).</source>
        <translation>Миссий с названием «{ride}»: {count}. Укажите идентификатор нужной ({ids}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="804"/>
        <source>{count} interpreters are named &apos;{name}&apos;: use the id (`circuitride interpreters list --all`).</source>
        <translation>{count} переводчиков носят имя «{name}»: используйте идентификатор (`circuitride interpreters list --all`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="808"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="809"/>
        <source>{file} declares its tiles as &apos;{format}&apos;; only PNG, JPEG and WebP tiles can be drawn. Export the map as raster MBTiles and install that file.</source>
        <translation>{file} объявляет свои тайлы как «{format}»; отобразить можно только тайлы PNG, JPEG и WebP. Экспортируйте карту в растровом формате MBTiles и установите этот файл.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="813"/>
        <source>{file} holds vector tiles (pbf), which this program cannot draw: export the map as raster MBTiles (PNG or JPEG tiles) and install that file.</source>
        <translation>{file} содержит векторные тайлы (pbf), которые эта программа не может отобразить: экспортируйте карту в растровом формате MBTiles (тайлы PNG или JPEG) и установите этот файл.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="817"/>
        <source>{file} is not an MBTiles map ({why}). Export the map as raster MBTiles (PNG or JPEG tiles), for example from QGIS or the tool that made it, and install that file.</source>
        <translation>{file} — не карта MBTiles ({why}). Экспортируйте карту в растровом формате MBTiles (тайлы PNG или JPEG), например из QGIS или из программы, в которой она создана, и установите этот файл.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="821"/>
        <source>{file}: no such file. Check the path and try again.</source>
        <translation>{file}: такого файла нет. Проверьте путь и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="822"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="823"/>
        <source>{id} is a draft that has not been submitted: submit the form first, then write its record.</source>
        <translation>{id} — черновик, который ещё не отправлен: сначала отправьте форму, затем сформируйте протокол.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="826"/>
        <source>{id} is also the id of {other} ({kind} of case {case}); two records cannot share an id: remove the id from the one that is new</source>
        <translation>{id} — также идентификатор {other} ({kind} дела {case}); две записи не могут иметь один идентификатор: удалите идентификатор у той, которая новая</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="830"/>
        <source>{kind} {id} is a record of case {owner} in this workspace, not of case {case}; a record cannot move to another case: put it under case {owner}, or remove its id to import it as a new {kind} of case {case}</source>
        <translation>{kind} {id} — запись дела {owner} в этом рабочем пространстве, а не дела {case}; запись не может перейти в другое дело: поместите её в дело {owner} или удалите её идентификатор, чтобы импортировать как новую запись ({kind}) дела {case}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="834"/>
        <source>{name} does not speak {language}</source>
        <translation>{name} не владеет языком {language}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="835"/>
        <source>{name} is away from {start} to {end}</source>
        <translation>{name} отсутствует с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="836"/>
        <source>{name} no longer works with the team</source>
        <translation>{name} больше не работает с командой</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="837"/>
        <source>{name} speaks none of the family&apos;s languages ({languages})</source>
        <translation>{name} не владеет ни одним из языков семьи ({languages})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="840"/>
        <source>{n} principal applicants in one case.</source>
        <translation>Основных заявителей в одном деле: {n}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="841"/>
        <source>{officer} is booked at {when}</source>
        <translation>{officer} занят(а) на {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="842"/>
        <source>{path} is a file: give a folder for the ride&apos;s packets.</source>
        <translation>{path} — это файл: укажите папку для пакетов миссии.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="845"/>
        <source>{path} is a folder: give a file name ending in {suffix}.</source>
        <translation>{path} — это папка: укажите имя файла с окончанием {suffix}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="848"/>
        <source>{path} is damaged. Restore the workspace from a backup.</source>
        <translation>{path} повреждён. Восстановите рабочее пространство из резервной копии.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="851"/>
        <source>{path} is not a Circuit Ride backup: choose the folder a backup made (it holds workspace.json, db.sqlite and keyslots).</source>
        <translation>{path} — не резервная копия Circuit Ride: выберите папку, созданную при резервном копировании (в ней есть workspace.json, db.sqlite и keyslots).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="855"/>
        <source>{path} is not empty. Choose a new directory for the backup.</source>
        <translation>Папка {path} не пуста. Выберите новую папку для резервной копии.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="858"/>
        <source>{path} is not empty. Choose an empty or new directory.</source>
        <translation>Папка {path} не пуста. Выберите пустую или новую папку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="861"/>
        <source>{path}: give a file name ending in {suffix}.</source>
        <translation>{path}: укажите имя файла с окончанием {suffix}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="862"/>
        <source>{problem}. Nothing was imported.</source>
        <translation>{problem}. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="863"/>
        <source>{problem}: give a time still to come.</source>
        <translation>{problem}: укажите время в будущем.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="864"/>
        <source>{source} is not UTF-8 text. Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{source} — не текст UTF-8. Сохраните его как &apos;CSV UTF-8&apos; и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="867"/>
        <source>{source} is not UTF-8 text. Save it as UTF-8 JSON and try again.</source>
        <translation>{source} — не текст UTF-8. Сохраните его как JSON в UTF-8 и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="870"/>
        <source>{source} is not valid JSON: {reason} at line {line}, column {column}. Nothing was imported.</source>
        <translation>{source} — недопустимый JSON: {reason} в строке {line}, позиция {column}. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="873"/>
        <source>{source}, line 1: column {index} has no name; name it or delete the column</source>
        <translation>{source}, строка 1: у столбца {index} нет названия; назовите его или удалите столбец</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="876"/>
        <source>{source}, line 1: column {name} appears twice (columns {first} and {index}); keep only one of them</source>
        <translation>{source}, строка 1: столбец {name} встречается дважды (столбцы {first} и {index}); оставьте только один</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="880"/>
        <source>{source}, line 1: unknown column {name}</source>
        <translation>{source}, строка 1: неизвестный столбец {name}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="881"/>
        <source>{source}, line {line}, column {column}: the cell runs over several lines (to line {last}), which only {columns} may; a quote is probably not closed</source>
        <translation>{source}, строка {line}, столбец {column}: ячейка занимает несколько строк (до строки {last}), а это разрешено только для {columns}; вероятно, не закрыта кавычка</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="885"/>
        <source>{source}, line {line}, column {column}: the cell runs to line {last} and holds what reads as whole rows of the file; a quote is probably not closed</source>
        <translation>{source}, строка {line}, столбец {column}: ячейка тянется до строки {last} и содержит то, что читается как целые строки файла; вероятно, не закрыта кавычка</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="889"/>
        <source>{source}, line {line}: a cell holds more than {max_chars:,} characters, more than any column may hold (often a quote that is never closed, which swallows the lines after it)</source>
        <translation>{source}, строка {line}: ячейка содержит более {max_chars:,} символов — больше, чем может вместить любой столбец (часто это незакрытая кавычка, которая поглощает следующие строки)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="893"/>
        <source>{source}, line {line}: a quoted cell opened on this line is never closed, so it would swallow every line after it; add the missing &quot; or {fix}</source>
        <translation>{source}, строка {line}: кавычка ячейки, открытая в этой строке, нигде не закрыта, поэтому она поглотила бы все следующие строки; добавьте недостающую &quot; или {fix}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="897"/>
        <source>{source}, line {line}: the CSV is malformed (a quoted cell opened on line {first} closes on line {line}): {error}; a quote inside a cell must be written twice (&quot;&quot;), and a cell with a quote, comma or line break must be quoted; {fix}</source>
        <translation>{source}, строка {line}: ошибка в CSV (ячейка в кавычках, открытая в строке {first}, закрывается в строке {line}): {error}; кавычку внутри ячейки нужно писать дважды (&quot;&quot;), а ячейку с кавычкой, запятой или переводом строки — заключать в кавычки; {fix}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="901"/>
        <source>{source}, line {line}: the CSV is malformed: {error}; a quote inside a cell must be written twice (&quot;&quot;), and a cell with a quote, comma or line break must be quoted; {fix}</source>
        <translation>{source}, строка {line}: ошибка в CSV: {error}; кавычку внутри ячейки нужно писать дважды (&quot;&quot;), а ячейку с кавычкой, запятой или переводом строки — заключать в кавычки; {fix}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="905"/>
        <source>{source}, line {line}: {cells} cells where the header has {columns} columns; every row needs one cell per column (a stray or unclosed quote, or a comma in an unquoted cell, shifts them)</source>
        <translation>{source}, строка {line}: ячеек — {cells}, а столбцов в заголовке — {columns}; в каждой строке нужно по одной ячейке на столбец (их сдвигает лишняя или незакрытая кавычка либо запятая в ячейке без кавычек)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="909"/>
        <source>{source}: column {name} is missing</source>
        <translation>{source}: не хватает столбца {name}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="910"/>
        <source>{start} ({case})</source>
        <translation>{start} ({case})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="911"/>
        <source>{start} is in the past</source>
        <translation>{start} уже прошло</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="912"/>
        <source>{start} to {end} is outside the working hours of {site} ({hours})</source>
        <translation>с {start} до {end} — вне рабочих часов {site} ({hours})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="915"/>
        <source>{user} is deactivated: give the work to an active user.</source>
        <translation>Пользователь {user} деактивирован: передайте работу активному пользователю.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="918"/>
        <source>{user} is the workspace&apos;s only administrator: add another administrator first (`circuitride user add NAME --role admin`), then {verb} them.</source>
        <translation>{user} — единственный администратор рабочего пространства: сначала добавьте другого администратора (`circuitride user add NAME --role admin`), затем можно {verb} этого пользователя.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="922"/>
        <source>{where}, column person_id: {id} is also the id of the person on row {row} (case {case}); two people cannot share an id: clear it on the row of the one who is new</source>
        <translation>{where}, столбец person_id: {id} — также идентификатор лица в строке {row} (дело {case}); два лица не могут иметь один идентификатор: очистите его в строке того, кто новый</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="926"/>
        <source>{where}, column {column}: {problem}</source>
        <translation>{where}, столбец {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="927"/>
        <source>{where}.unhcr_id: already recorded on case {case}. Nothing was imported.</source>
        <translation>{where}.unhcr_id: уже записан в деле {case}. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="930"/>
        <source>{where}.{field}: unknown field. Known fields: {known}</source>
        <translation>{where}.{field}: неизвестное поле. Известные поля: {known}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="933"/>
        <source>{where}.{field}: {problem}</source>
        <translation>{where}.{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="934"/>
        <source>{where}: the case columns of {case} differ from row {row}; repeat them identically on every row of a case</source>
        <translation>{where}: столбцы дела {case} отличаются от строки {row}; повторяйте их одинаково в каждой строке дела</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="938"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="939"/>
        <source>{where}: {problem}. Nothing was imported.</source>
        <translation>{where}: {problem}. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="45"/>
        <source>Cancelled; nothing half-done was kept.</source>
        <translation>Отменено; ничего незавершённого не сохранено.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="195"/>
        <source>An unexpected problem stopped this action; nothing half-done was saved.</source>
        <translation>Непредвиденная проблема остановила это действие; ничего незавершённого не сохранено.</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../forms/session.py" line="643"/>
        <source>Start an interview</source>
        <translation>Начать собеседование</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="652"/>
        <source>%1  (version %2)</source>
        <translation>%1  (версия %2)</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="655"/>
        <source>No interpreter</source>
        <translation>Без переводчика</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="668"/>
        <source>e.g. interview room 2, Lima office</source>
        <translation>напр., комната для собеседований 2, офис в Лиме</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="671"/>
        <source>Interview &amp;type:</source>
        <translation>&amp;Тип собеседования:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="672"/>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="673"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Переводчик:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="674"/>
        <source>Form &amp;language:</source>
        <translation>&amp;Язык формы:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="675"/>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="676"/>
        <source>The form language is the one questions are read out in; you can switch it at any time.</source>
        <translation>Язык формы — это язык, на котором зачитываются вопросы; его можно сменить в любой момент.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="680"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../status.py" line="64"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../status.py" line="76"/>
        <source>Disk full: read, export and back up only; free some space to save</source>
        <translation>Диск заполнен: только чтение, экспорт и резервная копия; освободите место, чтобы сохранять</translation>
    </message>
    <message>
        <location filename="../status.py" line="79"/>
        <source>The disk holding the workspace is full. You can read, search, export and back up to another drive; changes cannot be saved until some space is freed.</source>
        <translation>Диск с рабочим пространством заполнен. Можно читать, искать, экспортировать и делать резервную копию на другой диск; изменения нельзя сохранить, пока не освободится место.</translation>
    </message>
    <message>
        <location filename="../status.py" line="100"/>
        <source>Unlocked: %s</source>
        <translation>Разблокировано: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="101"/>
        <source>Ride: %s</source>
        <translation>Миссия: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="101"/>
        <source>No current ride</source>
        <translation>Нет текущей миссии</translation>
    </message>
    <message>
        <location filename="../status.py" line="103"/>
        <source>Never synced</source>
        <translation>Не синхронизировано</translation>
    </message>
    <message>
        <location filename="../status.py" line="109"/>
        <source>Last sync: %s</source>
        <translation>Последняя синхронизация: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="111"/>
        <source>Not backed up yet</source>
        <translation>Нет резервной копии</translation>
    </message>
    <message numerus="yes">
        <location filename="../status.py" line="115"/>
        <source>Last backup %n day(s) ago</source>
        <translation>
            <numerusform>Последняя резервная копия — %n день назад</numerusform>
            <numerusform>Последняя резервная копия — %n дня назад</numerusform>
            <numerusform>Последняя резервная копия — %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../status.py" line="125"/>
        <source>Update available: %s</source>
        <translation>Доступно обновление: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="128"/>
        <source>Get it from %s</source>
        <translation>Загрузите с %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="131"/>
        <source>Ask HQ where to get it.</source>
        <translation>Спросите в штаб-квартире, где его получить.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../sync/conflicts.py" line="131"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="132"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="133"/>
        <source>Appointment</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="134"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="135"/>
        <source>Document or photo</source>
        <translation>Документ или фото</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="136"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="137"/>
        <source>Circuit ride</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="138"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="139"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="140"/>
        <source>Interview</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="141"/>
        <source>Form submission</source>
        <translation>Отправленная форма</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="142"/>
        <source>Adjudication result</source>
        <translation>Решение по делу</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="143"/>
        <source>File movement</source>
        <translation>Перемещение дела</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="155"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="158"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="160"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../sync/dialogs.py" line="46"/>
        <source>Enroll with HQ</source>
        <translation>Регистрация в штаб-квартире</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="47"/>
        <source>Paste the enrollment code HQ gave you for this laptop (one line starting with CR1-). The laptop then checks HQ&apos;s certificate and registers itself.</source>
        <translation>Вставьте код регистрации, который штаб-квартира выдала для этого ноутбука (одна строка, начинающаяся с CR1-). Затем ноутбук проверит сертификат штаб-квартиры и зарегистрируется.</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="52"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="63"/>
        <source>Enter another value</source>
        <translation>Ввести другое значение</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="64"/>
        <source>The value {field} should have on every device:</source>
        <translation>Значение, которое {field} должно иметь на всех устройствах:</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="67"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Использовать это значение</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../sync/view.py" line="61"/>
        <source>Sync with HQ</source>
        <translation>Синхронизация со штаб-квартирой</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="69"/>
        <source>This laptop:</source>
        <translation>Этот ноутбук:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="70"/>
        <source>Last successful sync:</source>
        <translation>Последняя успешная синхронизация:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="71"/>
        <source>Ride:</source>
        <translation>Миссия:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="72"/>
        <source>Changes waiting to be sent:</source>
        <translation>Изменения, ожидающие отправки:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="73"/>
        <source>HQ address:</source>
        <translation>Адрес штаб-квартиры:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="74"/>
        <source>Open conflicts:</source>
        <translation>Открытые конфликты:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="91"/>
        <source>Sync problem</source>
        <translation>Проблема синхронизации</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="99"/>
        <source>What was not synced</source>
        <translation>Что не синхронизировано</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="110"/>
        <source>Update available</source>
        <translation>Доступно обновление</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="113"/>
        <source>&amp;Enroll with HQ…</source>
        <translation>&amp;Зарегистрироваться в штаб-квартире…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="115"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="205"/>
        <source>Connecting to HQ…</source>
        <translation>Подключение к штаб-квартире…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="217"/>
        <source>Enrolling with HQ…</source>
        <translation>Регистрация в штаб-квартире…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="234"/>
        <source>Sending changes to HQ</source>
        <translation>Отправка изменений в штаб-квартиру</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="235"/>
        <source>Receiving changes from HQ</source>
        <translation>Получение изменений из штаб-квартиры</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="236"/>
        <source>Sending files</source>
        <translation>Отправка файлов</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="237"/>
        <source>Receiving files</source>
        <translation>Получение файлов</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="247"/>
        <source>Sync finished. Sent: {sent} · Received: {received} · Files: {files} · New conflicts: {conflicts}</source>
        <translation>Синхронизация завершена. Отправлено: {sent} · Получено: {received} · Файлы: {files} · Новые конфликты: {conflicts}</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="254"/>
        <source>Refused by HQ: {count}</source>
        <translation>Отклонено штаб-квартирой: {count}</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="262"/>
        <source>This laptop is enrolled with HQ. Sync now to send and receive the ride&apos;s work.</source>
        <translation>Этот ноутбук зарегистрирован в штаб-квартире. Синхронизируйте сейчас, чтобы отправить и получить работу миссии.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="296"/>
        <source>Reading the sync state…</source>
        <translation>Чтение состояния синхронизации…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="298"/>
        <source>This laptop is enrolled with HQ.</source>
        <translation>Этот ноутбук зарегистрирован в штаб-квартире.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="301"/>
        <source>This laptop is not enrolled with HQ yet. Every change is kept and waits for the first sync.</source>
        <translation>Этот ноутбук ещё не зарегистрирован в штаб-квартире. Каждое изменение сохранено и ждёт первой синхронизации.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="307"/>
        <source>All cases (not limited to one ride)</source>
        <translation>Все дела (без ограничения одной миссией)</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="315"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="329"/>
        <source>The last sync did not finish:</source>
        <translation>Последняя синхронизация не завершилась:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="336"/>
        <source>Enroll this laptop with the code from HQ before the first sync.</source>
        <translation>Зарегистрируйте этот ноутбук по коду от штаб-квартиры перед первой синхронизацией.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="339"/>
        <source>Syncing; you can keep working meanwhile.</source>
        <translation>Идёт синхронизация; тем временем можно продолжать работу.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="343"/>
        <source>Send this laptop&apos;s changes to HQ and receive the ride&apos;s updates</source>
        <translation>Отправить изменения с этого ноутбука в штаб-квартиру и получить обновления миссии</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="350"/>
        <source>Update available: %s</source>
        <translation>Доступно обновление: %s</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="351"/>
        <source>(you have %s)</source>
        <translation>(у вас %s)</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="354"/>
        <source>Get it from:</source>
        <translation>Загрузите с:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="356"/>
        <source>Ask HQ where to get it.</source>
        <translation>Спросите в штаб-квартире, где его получить.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="364"/>
        <source>%n change(s) refused by HQ: they stay on this laptop only.</source>
        <translation>
            <numerusform>Штаб-квартира отклонила %n изменение: оно остаётся только на этом ноутбуке.</numerusform>
            <numerusform>Штаб-квартира отклонила %n изменения: они остаются только на этом ноутбуке.</numerusform>
            <numerusform>Штаб-квартира отклонила %n изменений: они остаются только на этом ноутбуке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="368"/>
        <source>%n change(s) cannot be sent until their record is corrected; the others were sent.</source>
        <translation>
            <numerusform>%n изменение нельзя отправить, пока его запись не исправлена; остальные отправлены.</numerusform>
            <numerusform>%n изменения нельзя отправить, пока их записи не исправлены; остальные отправлены.</numerusform>
            <numerusform>%n изменений нельзя отправить, пока их записи не исправлены; остальные отправлены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="372"/>
        <source>%n record(s) from HQ could not be stored on this laptop.</source>
        <translation>
            <numerusform>%n запись из штаб-квартиры не удалось сохранить на этом ноутбуке.</numerusform>
            <numerusform>%n записи из штаб-квартиры не удалось сохранить на этом ноутбуке.</numerusform>
            <numerusform>%n записей из штаб-квартиры не удалось сохранить на этом ноутбуке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="375"/>
        <source>%n record(s) from HQ are waiting for the record they belong to; they are kept.</source>
        <translation>
            <numerusform>%n запись из штаб-квартиры ждёт запись, к которой относится; она сохранена.</numerusform>
            <numerusform>%n записи из штаб-квартиры ждут запись, к которой относятся; они сохранены.</numerusform>
            <numerusform>%n записей из штаб-квартиры ждут запись, к которой относятся; они сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="381"/>
        <source>case {number}</source>
        <translation>дело {number}</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="383"/>
        <source>no case</source>
        <translation>без дела</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="387"/>
        <source>`circuitride sync status --json` lists them all.</source>
        <translation>`circuitride sync status --json` показывает все.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="388"/>
        <source>Not synced:</source>
        <translation>Не синхронизировано:</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../sync/dialogs.py" line="28"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="637"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="638"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="639"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ГГГГ-ММ-ДД ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="646"/>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="647"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+стрелка вниз)</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="648"/>
        <source>Choose the date from a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="656"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="657"/>
        <source>Fill in the current time</source>
        <translation>Вставить текущее время</translation>
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
        <translation>Это рабочее пространство зашифровано. Введите пароль, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="108"/>
        <location filename="../unlock/view.py" line="328"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="121"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Забыли пароль?</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="133"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="134"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="188"/>
        <source>This workspace has no user passwords. HQ can reopen it with its recovery key.</source>
        <translation>В этом рабочем пространстве нет паролей пользователей. Штаб-квартира может снова открыть его своим ключом восстановления.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="213"/>
        <source>Choose your user name.</source>
        <translation>Выберите своё имя пользователя.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="217"/>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="232"/>
        <source>&lt;p&gt;Your team lead or HQ can reopen this workspace with HQ&apos;s recovery key and set a new password. Nothing is lost.&lt;/p&gt;&lt;p&gt;On this laptop, they run:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The recovery key never travels with the laptop: ask your team lead to contact HQ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Руководитель группы или штаб-квартира могут снова открыть это рабочее пространство ключом восстановления штаб-квартиры и задать новый пароль. Ничего не потеряется.&lt;/p&gt;&lt;p&gt;На этом ноутбуке они выполняют:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Ключ восстановления никогда не перевозится вместе с ноутбуком: попросите руководителя группы связаться со штаб-квартирой.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="238"/>
        <source>&lt;p&gt;&lt;b&gt;Without the password, the data in this workspace cannot be recovered&lt;/b&gt;: not by your team lead, HQ or anyone else. That is what the encryption is for.&lt;/p&gt;&lt;p&gt;If someone else has a user on this workspace, they can still open it. Otherwise try the passwords you may have used (after five wrong ones each new try must wait a little longer), then ask your team lead.&lt;/p&gt;&lt;p&gt;For future workspaces, HQ should issue a recovery key (&lt;code&gt;circuitride hq keygen&lt;/code&gt;) and give its public part to every laptop when the workspace is created, so a forgotten password never loses data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Без пароля данные этого рабочего пространства восстановить невозможно&lt;/b&gt;: ни руководителю группы, ни штаб-квартире, ни кому-либо ещё. Именно для этого и нужно шифрование.&lt;/p&gt;&lt;p&gt;Если в этом рабочем пространстве есть другой пользователь, он всё ещё может его открыть. Иначе попробуйте пароли, которые вы могли использовать (после пяти неверных каждая следующая попытка требует чуть более долгого ожидания), а затем обратитесь к руководителю группы.&lt;/p&gt;&lt;p&gt;Для будущих рабочих пространств штаб-квартира должна выпустить ключ восстановления (&lt;code&gt;circuitride hq keygen&lt;/code&gt;) и передавать его открытую часть на каждый ноутбук при создании рабочего пространства, чтобы забытый пароль никогда не приводил к потере данных.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="251"/>
        <source>Forgot password</source>
        <translation>Забыли пароль</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="277"/>
        <source>Workspace upgraded from format {old} to {new} for this version of Circuit Ride; a backup of the workspace as it was is saved at {backup}. If something looks wrong, keep that folder and tell HQ support.</source>
        <translation>Рабочее пространство обновлено с формата {old} до {new} для этой версии Circuit Ride; резервная копия пространства в прежнем виде сохранена в {backup}. Если что-то выглядит не так, сохраните эту папку и сообщите в службу поддержки штаб-квартиры.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="287"/>
        <source>Workspace upgraded</source>
        <translation>Рабочее пространство обновлено</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="315"/>
        <source>Too many wrong passwords. Try again in {time}.</source>
        <translation>Слишком много неверных паролей. Повторите попытку через {time}.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="328"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
<context>
    <name>UserField</name>
    <message>
        <location filename="../unlock/view.py" line="55"/>
        <source>your user name</source>
        <translation>ваше имя пользователя</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../case/verify.py" line="17"/>
        <source>Verify against a document</source>
        <translation>Сверить с документом</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="18"/>
        <source>Record the document that {field} was checked against:</source>
        <translation>Укажите документ, с которым сверено поле «{field}»:</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="25"/>
        <source>Document number, or what the document is</source>
        <translation>Номер документа или что это за документ</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="29"/>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="30"/>
        <source>&amp;Number or description:</source>
        <translation>&amp;Номер или описание:</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="32"/>
        <source>Mark as &amp;verified</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="45"/>
        <source>Say which document it was.</source>
        <translation>Укажите, какой это был документ.</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="62"/>
        <source>Not verified. Click to record the document this value was checked against.</source>
        <translation>Не проверено. Нажмите, чтобы указать документ, с которым сверено это значение.</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="72"/>
        <source>Verified against {document} by {user} on {time}. Click to withdraw the verification.</source>
        <translation>Сверено с документом «{document}»: {user}, {time}. Нажмите, чтобы отозвать проверку.</translation>
    </message>
</context>
<context>
    <name>WorkAssign</name>
    <message>
        <location filename="../work/assign.py" line="116"/>
        <source>Nothing changed: none of these cases was assigned to anyone.</source>
        <translation>Ничего не изменилось: ни одно из этих дел не было никому назначено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="117"/>
        <source>Took %n case(s) off their assignee&apos;s work.</source>
        <translation>
            <numerusform>Снято назначение с %n дела.</numerusform>
            <numerusform>Снято назначение с %n дел.</numerusform>
            <numerusform>Снято назначение с %n дел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="120"/>
        <source>Assigned %n case(s) to {user}.</source>
        <translation>
            <numerusform>Пользователю {user} назначено %n дело.</numerusform>
            <numerusform>Пользователю {user} назначено %n дела.</numerusform>
            <numerusform>Пользователю {user} назначено %n дел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="123"/>
        <source>%n case(s) already assigned to {user}: unchanged.</source>
        <translation>
            <numerusform>%n дело уже назначено пользователю {user}: без изменений.</numerusform>
            <numerusform>%n дела уже назначены пользователю {user}: без изменений.</numerusform>
            <numerusform>%n дел уже назначено пользователю {user}: без изменений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkLabels</name>
    <message>
        <location filename="../work/labels.py" line="18"/>
        <source>Possible duplicate person</source>
        <translation>Возможный дубликат лица</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="19"/>
        <source>Principal applicant has no photo</source>
        <translation>Нет фото основного заявителя</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="20"/>
        <source>Date of birth not verified</source>
        <translation>Дата рождения не проверена</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="21"/>
        <source>Household does not add up</source>
        <translation>Несоответствия в составе семьи</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="22"/>
        <source>No booked interpreter speaks the family&apos;s language</source>
        <translation>Ни один назначенный переводчик не владеет языком семьи</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="23"/>
        <source>Expedited case idle in its stage</source>
        <translation>Ускоренное дело задерживается на этапе</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="24"/>
        <source>Paper file overdue</source>
        <translation>Просрочен возврат папки дела</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="25"/>
        <source>Form answers break the form&apos;s rules</source>
        <translation>Ответы в форме нарушают её правила</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="31"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="32"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="33"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="39"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="40"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="46"/>
        <source>Has issues</source>
        <translation>Требует доработки</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="47"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
</context>
<context>
    <name>WorkView</name>
    <message>
        <location filename="../work/view.py" line="98"/>
        <source>&amp;Work of:</source>
        <translation>Ра&amp;бота сотрудника:</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="100"/>
        <source>Whose work</source>
        <translation>Чья работа</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="102"/>
        <source>Look at the work of a member of the team</source>
        <translation>Посмотреть работу сотрудника группы</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="104"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="105"/>
        <source>Read the work again (F5)</source>
        <translation>Заново загрузить работу (F5)</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="111"/>
        <source>Assigned cases</source>
        <translation>Назначенные дела</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="111"/>
        <source>No cases are assigned right now.</source>
        <translation>Сейчас нет назначенных дел.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="114"/>
        <source>Today&apos;s appointments</source>
        <translation>Встречи на сегодня</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="115"/>
        <source>No appointments today.</source>
        <translation>Сегодня встреч нет.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="120"/>
        <source>Quality findings to fix</source>
        <translation>Замечания контроля качества к устранению</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="121"/>
        <source>No quality findings to fix: well done.</source>
        <translation>Замечаний контроля качества к устранению нет — отличная работа.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="126"/>
        <source>Paper files held</source>
        <translation>Папки дел на руках</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="127"/>
        <source>No paper files are checked out to this person.</source>
        <translation>Этому сотруднику не выдано ни одной папки дела.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="132"/>
        <source>Forms sent back by review</source>
        <translation>Формы, возвращённые после проверки</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="133"/>
        <source>No forms were sent back: every reviewed form was approved.</source>
        <translation>Возвращённых форм нет: все проверенные формы одобрены.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="184"/>
        <location filename="../work/view.py" line="204"/>
        <location filename="../work/view.py" line="220"/>
        <location filename="../work/view.py" line="227"/>
        <location filename="../work/view.py" line="240"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="186"/>
        <location filename="../work/view.py" line="187"/>
        <source>Expedited</source>
        <translation>Ускоренное</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="190"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="191"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="193"/>
        <source>In this stage</source>
        <translation>На этапе</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="194"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/view.py" line="197"/>
        <location filename="../work/view.py" line="206"/>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="203"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="205"/>
        <source>Appointment</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="207"/>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="208"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="209"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="216"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="221"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="222"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="228"/>
        <source>Held since</source>
        <translation>На руках с</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="229"/>
        <source>Due back</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="229"/>
        <source>No due date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="231"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="241"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="243"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="248"/>
        <source>Reviewer&apos;s note</source>
        <translation>Комментарий проверяющего</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="249"/>
        <source>No note was given.</source>
        <translation>Комментарий не оставлен.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="271"/>
        <source>Return it when the work is done.</source>
        <translation>Вернуть по окончании работы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="274"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/view.py" line="276"/>
        <source>Due back today</source>
        <translation>Вернуть сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="277"/>
        <source>Due back in %n day(s)</source>
        <translation>
            <numerusform>Вернуть через %n день</numerusform>
            <numerusform>Вернуть через %n дня</numerusform>
            <numerusform>Вернуть через %n дней</numerusform>
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
        <translation>Моя работа</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="367"/>
        <source>Reading your work…</source>
        <translation>Загрузка вашей работы…</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="372"/>
        <source>Work of {user}</source>
        <translation>Работа: {user}</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="378"/>
        <source>Nothing is waiting for you: no cases, appointments, findings, files or returned forms.</source>
        <translation>У вас ничего нет в работе: ни дел, ни встреч, ни замечаний, ни папок, ни возвращённых форм.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="380"/>
        <source>Nothing is waiting for {user}: no cases, appointments, findings, files or returned forms.</source>
        <translation>У сотрудника {user} ничего нет в работе: ни дел, ни встреч, ни замечаний, ни папок, ни возвращённых форм.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="383"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="384"/>
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n встреча сегодня</numerusform>
            <numerusform>%n встречи сегодня</numerusform>
            <numerusform>%n встреч сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="385"/>
        <source>%n finding(s) to fix</source>
        <translation>
            <numerusform>%n замечание к устранению</numerusform>
            <numerusform>%n замечания к устранению</numerusform>
            <numerusform>%n замечаний к устранению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="386"/>
        <source>%n paper file(s) held</source>
        <translation>
            <numerusform>%n папка дела на руках</numerusform>
            <numerusform>%n папки дел на руках</numerusform>
            <numerusform>%n папок дел на руках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="387"/>
        <source>%n form(s) sent back</source>
        <translation>
            <numerusform>%n форма возвращена</numerusform>
            <numerusform>%n формы возвращены</numerusform>
            <numerusform>%n форм возвращено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <location filename="../workspace_actions.py" line="28"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="43"/>
        <source>Import cases</source>
        <translation>Импорт дел</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="43"/>
        <source>Case manifests (*.json *.csv)</source>
        <translation>Списки дел (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="49"/>
        <source>Importing cases…</source>
        <translation>Импорт дел…</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="78"/>
        <source>Imported: {created}, {updated}, {unchanged}.</source>
        <translation>Импортировано: {created}, {updated}, {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="79"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n новое дело</numerusform>
            <numerusform>%n новых дела</numerusform>
            <numerusform>%n новых дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="80"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлённое</numerusform>
            <numerusform>%n обновлённых</numerusform>
            <numerusform>%n обновлённых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="81"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="124"/>
        <source>Exported %n case(s). The file is not encrypted: keep it on an encrypted drive.</source>
        <translation>
            <numerusform>Экспортировано %n дело. Файл не зашифрован: храните его на зашифрованном диске.</numerusform>
            <numerusform>Экспортировано %n дела. Файл не зашифрован: храните его на зашифрованном диске.</numerusform>
            <numerusform>Экспортировано %n дел. Файл не зашифрован: храните его на зашифрованном диске.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="99"/>
        <source>Export cases</source>
        <translation>Экспорт дел</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="99"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="105"/>
        <source>Exporting cases…</source>
        <translation>Экспорт дел…</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="137"/>
        <source>Choose an empty folder for the backup</source>
        <translation>Выберите пустую папку для резервной копии</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="143"/>
        <source>Writing an encrypted backup…</source>
        <translation>Создание зашифрованной резервной копии…</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="151"/>
        <source>Encrypted backup written to %1.</source>
        <translation>Зашифрованная резервная копия сохранена в %1.</translation>
    </message>
</context>
<context>
    <name>_Stars</name>
    <message>
        <location filename="../forms/range_widgets.py" line="74"/>
        <location filename="../forms/range_widgets.py" line="87"/>
        <source>Rating: {stars} of {count}</source>
        <translation>Оценка: {stars} из {count}</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="89"/>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
</context>
<context>
    <name>question</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="706"/>
        <source>Required question</source>
        <translation>Обязательный вопрос</translation>
    </message>
</context>
</TS>

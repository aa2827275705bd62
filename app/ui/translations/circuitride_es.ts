<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="55"/>
        <source>About Circuit Ride</source>
        <translation>Acerca de Circuit Ride</translation>
    </message>
    <message>
        <location filename="../about.py" line="56"/>
        <source>&lt;h2&gt;Circuit Ride&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Circuit Ride&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../about.py" line="65"/>
        <source>no log file: messages go to the terminal Circuit Ride was started from</source>
        <translation>sin archivo de registro: los mensajes van a la terminal desde la que se inició Circuit Ride</translation>
    </message>
    <message>
        <location filename="../about.py" line="69"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location filename="../about.py" line="70"/>
        <source>Workspace format:</source>
        <translation>Formato del espacio de trabajo:</translation>
    </message>
    <message>
        <location filename="../about.py" line="71"/>
        <source>HQ:</source>
        <translation>Sede central:</translation>
    </message>
    <message>
        <location filename="../about.py" line="72"/>
        <source>Device id:</source>
        <translation>ID del dispositivo:</translation>
    </message>
    <message>
        <location filename="../about.py" line="73"/>
        <source>Logs:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <location filename="../about.py" line="74"/>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <location filename="../about.py" line="75"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../about.py" line="76"/>
        <source>Copy these lines, to paste them into a message to support</source>
        <translation>Copiar estas líneas para pegarlas en un mensaje al soporte</translation>
    </message>
    <message>
        <location filename="../about.py" line="102"/>
        <source>unlock the workspace to read it (this version writes {app})</source>
        <translation>desbloquee el espacio de trabajo para leerlo (esta versión escribe {app})</translation>
    </message>
    <message>
        <location filename="../about.py" line="105"/>
        <source>{format} (this version&apos;s)</source>
        <translation>{format} (el de esta versión)</translation>
    </message>
    <message>
        <location filename="../about.py" line="108"/>
        <source>{format} (this version writes {app})</source>
        <translation>{format} (esta versión escribe {app})</translation>
    </message>
    <message>
        <location filename="../about.py" line="111"/>
        <source>enrolled with {url}</source>
        <translation>registrado en {url}</translation>
    </message>
    <message>
        <location filename="../about.py" line="113"/>
        <source>not enrolled</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../about.py" line="115"/>
        <source>unlock the workspace to read it</source>
        <translation>desbloquee el espacio de trabajo para leerlo</translation>
    </message>
    <message>
        <location filename="../about.py" line="136"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>AcknowledgeQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="206"/>
        <source>OK</source>
        <translation>De acuerdo</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../case/dialogs.py" line="86"/>
        <source>Add a person to {case}</source>
        <translation>Añadir una persona a {case}</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="108"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="109"/>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="112"/>
        <source>Possibly recorded already</source>
        <translation>Quizá ya registrada</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="133"/>
        <source>Enter at least one name.</source>
        <translation>Introduzca al menos un nombre.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="158"/>
        <source>This person may be recorded already. Check before adding:</source>
        <translation>Puede que esta persona ya esté registrada. Compruébelo antes de añadirla:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="160"/>
        <source>If this is someone else, press Add anyway (the warning is kept in the audit trail).</source>
        <translation>Si es otra persona, pulse «Añadir de todos modos» (el aviso queda en el registro de auditoría).</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="163"/>
        <source>Add &amp;anyway</source>
        <translation>Añadir de &amp;todos modos</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="168"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="169"/>
        <source>spelling variant of the name</source>
        <translation>variante ortográfica del nombre</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="170"/>
        <source>the name in another script</source>
        <translation>el nombre en otra escritura</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="173"/>
        <source>same date of birth</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="174"/>
        <source>compatible date of birth</source>
        <translation>fecha de nacimiento compatible</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="175"/>
        <source>no date of birth to compare</source>
        <translation>sin fecha de nacimiento que comparar</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="182"/>
        <source>• %1, %2 in case %3, born %4: %5, %6</source>
        <translation>• %1, %2 en el caso %3, nacimiento %4: %5, %6</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="186"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>AdjudicationView</name>
    <message>
        <location filename="../adjudication/view.py" line="168"/>
        <source>Adjudication docket</source>
        <translation>Relación de casos para resolución</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="172"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="173"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="175"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="177"/>
        <location filename="../adjudication/view.py" line="358"/>
        <source>All sites</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="179"/>
        <location filename="../adjudication/view.py" line="276"/>
        <source>Officer</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="181"/>
        <location filename="../adjudication/view.py" line="361"/>
        <source>All officers</source>
        <translation>Todos los oficiales</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="182"/>
        <source>E&amp;xport docket…</source>
        <translation>E&amp;xportar relación…</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="183"/>
        <source>Write the docket shown as a Word document</source>
        <translation>Guardar la relación mostrada como documento de Word</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="184"/>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="185"/>
        <source>Open the selected case (Enter in the list, or Ctrl+O)</source>
        <translation>Abrir el caso seleccionado (Intro en la lista, o Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="188"/>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="188"/>
        <source>&amp;Site:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="196"/>
        <source>O&amp;fficer:</source>
        <translation>&amp;Oficial:</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="210"/>
        <source>Docket</source>
        <translation>Relación de casos</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="227"/>
        <source>Record a result</source>
        <translation>Registrar un resultado</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="276"/>
        <location filename="../adjudication/view.py" line="304"/>
        <location filename="../adjudication/view.py" line="361"/>
        <source>Not named yet</source>
        <translation>Aún sin designar</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="277"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="278"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="279"/>
        <source>Principal applicant</source>
        <translation>Solicitante principal</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="280"/>
        <source>Native script</source>
        <translation>Escritura original</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="282"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="285"/>
        <source>%n person(s) in the household</source>
        <translation>
            <numerusform>%n persona en el grupo familiar</numerusform>
            <numerusform>%n personas en el grupo familiar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="287"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="288"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="289"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="291"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="297"/>
        <source>File</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="310"/>
        <source>Expedited</source>
        <translation>Acelerado</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="311"/>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="312"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="320"/>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="431"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="431"/>
        <source>%n with a result recorded</source>
        <translation>
            <numerusform>%n con resultado registrado</numerusform>
            <numerusform>%n con resultado registrado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="441"/>
        <source>Reading the docket…</source>
        <translation>Leyendo la relación de casos…</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="443"/>
        <source>No appointments on this day. Choose another day, or book appointments with an officer on the schedule.</source>
        <translation>No hay citas este día. Elija otro día o reserve citas con un oficial en la agenda.</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="509"/>
        <source>Export the docket</source>
        <translation>Exportar la relación de casos</translation>
    </message>
    <message>
        <location filename="../adjudication/view.py" line="511"/>
        <source>Word documents (%1)</source>
        <translation>Documentos de Word (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../adjudication/view.py" line="523"/>
        <source>Docket written (%n appointment(s)): {file}</source>
        <translation>
            <numerusform>Relación guardada (%n cita): {file}</numerusform>
            <numerusform>Relación guardada (%n citas): {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../case/appointments.py" line="87"/>
        <source>No appointments for this case yet.</source>
        <translation>Este caso aún no tiene citas.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../work/assign.py" line="63"/>
        <source>Assign cases</source>
        <translation>Asignar casos</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="64"/>
        <source>Give %n case(s) to a member of the team.</source>
        <translation>
            <numerusform>Asigne %n caso a un miembro del equipo.</numerusform>
            <numerusform>Asigne %n casos a un miembro del equipo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="72"/>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="73"/>
        <source>Nobody (take the cases off whoever has them)</source>
        <translation>Nadie (quitar los casos a quien los tenga)</translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="79"/>
        <source>Assign &amp;to:</source>
        <translation>Asignar &amp;a:</translation>
    </message>
    <message>
        <location filename="../work/assign.py" line="81"/>
        <source>&amp;Assign</source>
        <translation>A&amp;signar</translation>
    </message>
</context>
<context>
    <name>AssignFindingsDialog</name>
    <message>
        <location filename="../reports/dialogs.py" line="113"/>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="117"/>
        <source>Assign &amp;to:</source>
        <translation>Asignar &amp;a:</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="118"/>
        <source>&amp;Assign</source>
        <translation>A&amp;signar</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../forms/audit_view.py" line="61"/>
        <source>Form audit — %1</source>
        <translation>Auditoría del formulario — %1</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="61"/>
        <source>Form audit</source>
        <translation>Auditoría del formulario</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="78"/>
        <source>This submission&apos;s audit log is not on this laptop. Sync, then open it again; if it is still missing, the form was filled without one.</source>
        <translation>El registro de auditoría de este envío no está en este portátil. Sincronice y vuelva a abrirlo; si sigue sin aparecer, el formulario se rellenó sin él.</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="86"/>
        <source>This submission&apos;s audit file cannot be read: it is not a form audit log.</source>
        <translation>No se puede leer el archivo de auditoría de este envío: no es un registro de auditoría de formulario.</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/audit_view.py" line="96"/>
        <source>Filled from %1 to %2, in %n sitting(s).</source>
        <translation>
            <numerusform>Rellenado del %1 al %2, en %n sesión.</numerusform>
            <numerusform>Rellenado del %1 al %2, en %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="99"/>
        <source>Time on questions: %1.</source>
        <translation>Tiempo en las preguntas: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/audit_view.py" line="100"/>
        <source>Answers changed after being given: %n.</source>
        <translation>
            <numerusform>Respuestas cambiadas después de darlas: %n.</numerusform>
            <numerusform>Respuestas cambiadas después de darlas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="104"/>
        <source>Reasons given for changes: %1</source>
        <translation>Motivos indicados para los cambios: %1</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <location filename="../forms/audit_view.py" line="121"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="108"/>
        <source>Share of the time</source>
        <translation>Parte del tiempo</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="119"/>
        <source>Time per question</source>
        <translation>Tiempo por pregunta</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <location filename="../forms/audit_view.py" line="133"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <location filename="../forms/audit_view.py" line="134"/>
        <source>Became</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="121"/>
        <location filename="../forms/audit_view.py" line="136"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="125"/>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="128"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="129"/>
        <source>Question or group</source>
        <translation>Pregunta o grupo</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="130"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="131"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="132"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="135"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../forms/audit_view.py" line="153"/>
        <source>All events (%1)</source>
        <translation>Todos los eventos (%1)</translation>
    </message>
</context>
<context>
    <name>AutocompleteQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="260"/>
        <source>Type to search the answers</source>
        <translation>Escriba para buscar entre las respuestas</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="318"/>
        <source>“{text}” is not one of the answers. Type part of an answer and pick it from the list.</source>
        <translation>“{text}” no es una de las respuestas. Escriba parte de una respuesta y elíjala de la lista.</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <location filename="../schedule/interpreters.py" line="115"/>
        <source>{name} is away</source>
        <translation>{name} está ausente</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="124"/>
        <source>Leave, training, ill…</source>
        <translation>Permiso, formación, enfermedad…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="125"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="126"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="127"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>BarcodeQuestion</name>
    <message>
        <location filename="../forms/barcode.py" line="73"/>
        <source>Scan or type the code</source>
        <translation>Escanee o escriba el código</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="75"/>
        <source>Read from image file…</source>
        <translation>Leer de una imagen…</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="77"/>
        <source>Read the code from a photo or scan of it</source>
        <translation>Leer el código de una foto o un escaneo</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="110"/>
        <source>Read a barcode from an image</source>
        <translation>Leer un código de barras de una imagen</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="112"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="124"/>
        <source>Reading barcodes from images is not installed here: scan or type the code.</source>
        <translation>La lectura de códigos de barras en imágenes no está instalada aquí: escanee o escriba el código.</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="127"/>
        <source>This file is not an image that can be opened. Choose a photo or scan (PNG or JPEG).</source>
        <translation>Este archivo no es una imagen que se pueda abrir. Elija una foto o un escaneo (PNG o JPEG).</translation>
    </message>
    <message>
        <location filename="../forms/barcode.py" line="132"/>
        <source>No barcode was found in this image. Use a sharper photo with the whole code in view, or type the code.</source>
        <translation>No se encontró ningún código de barras en esta imagen. Use una foto más nítida en la que se vea el código entero, o escriba el código.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../schedule/booking.py" line="96"/>
        <source>Move or change appointment of {case}</source>
        <translation>Mover o cambiar la cita de {case}</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="98"/>
        <source>Book appointment</source>
        <translation>Reservar cita</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="101"/>
        <source>Case number, e.g. AMM-000123</source>
        <translation>Número de caso, p. ej., AMM-000123</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="114"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="120"/>
        <source>Empty: the case&apos;s site</source>
        <translation>Vacío: el lugar del caso</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="123"/>
        <source>No interpreter</source>
        <translation>Sin intérprete</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="128"/>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="129"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="130"/>
        <source>&amp;When:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="131"/>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="132"/>
        <source>&amp;Site:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="133"/>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="134"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Intérprete:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="135"/>
        <source>&amp;Officer:</source>
        <translation>&amp;Oficial:</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="138"/>
        <source>Book &amp;anyway, despite the clash (team lead)</source>
        <translation>Reservar de todos &amp;modos, pese al conflicto (jefe/a de equipo)</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="141"/>
        <source>Why it is booked despite the clash (kept with the appointment)</source>
        <translation>Por qué se reserva pese al conflicto (se guarda con la cita)</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="142"/>
        <source>Reason for booking anyway</source>
        <translation>Motivo para reservar de todos modos</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="147"/>
        <source>&amp;Move</source>
        <translation>Mo&amp;ver</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="147"/>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <location filename="../schedule/booking.py" line="196"/>
        <source>Say why it is booked despite the clash.</source>
        <translation>Indique por qué se reserva pese al conflicto.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../camera.py" line="81"/>
        <source>Take photo</source>
        <translation>Tomar foto</translation>
    </message>
    <message>
        <location filename="../camera.py" line="108"/>
        <source>Ca&amp;mera</source>
        <translation>Cá&amp;mara</translation>
    </message>
    <message>
        <location filename="../camera.py" line="112"/>
        <source>&amp;Capture</source>
        <translation>&amp;Capturar</translation>
    </message>
    <message>
        <location filename="../camera.py" line="113"/>
        <source>Capture (Space)</source>
        <translation>Capturar (Espacio)</translation>
    </message>
    <message>
        <location filename="../camera.py" line="116"/>
        <source>&amp;Retake</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../camera.py" line="120"/>
        <source>&amp;Use photo</source>
        <translation>&amp;Usar foto</translation>
    </message>
    <message>
        <location filename="../camera.py" line="151"/>
        <source>No camera found. Connect a camera, or import a photo from a file.</source>
        <translation>No se encontró ninguna cámara. Conecte una cámara o importe una foto desde un archivo.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="172"/>
        <source>Check the photo: use it, or retake it.</source>
        <translation>Revise la foto: úsela o repítala.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="180"/>
        <source>Frame the face and press Capture (Space).</source>
        <translation>Encuadre la cara y pulse Capturar (Espacio).</translation>
    </message>
    <message>
        <location filename="../camera.py" line="191"/>
        <source>The camera stopped working. Close this window and try again, or import a photo.</source>
        <translation>La cámara dejó de funcionar. Cierre esta ventana e inténtelo de nuevo, o importe una foto.</translation>
    </message>
    <message>
        <location filename="../camera.py" line="195"/>
        <source>The photo could not be taken. Try again.</source>
        <translation>No se pudo tomar la foto. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../sync/conflicts.py" line="184"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="186"/>
        <source>{who} on this laptop</source>
        <translation>{who} en esta portátil</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="188"/>
        <source>Set by {who}, {when}</source>
        <translation>Puesto por {who}, {when}</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="194"/>
        <source>Shown everywhere until resolved</source>
        <translation>Se muestra en todas partes hasta resolverlo</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="196"/>
        <source>&amp;Keep this value</source>
        <translation>&amp;Conservar este valor</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="197"/>
        <source>Keep {value}</source>
        <translation>Conservar {value}</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="203"/>
        <source>Case {number}</source>
        <translation>Caso {number}</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="205"/>
        <source>A record this laptop does not hold (another ride&apos;s)</source>
        <translation>Un registro que este portátil no tiene (de otra misión)</translation>
    </message>
</context>
<context>
    <name>CapsLockWarning</name>
    <message>
        <location filename="../unlock/caps_lock.py" line="56"/>
        <source>⚠ Caps Lock is on.</source>
        <translation>⚠ Bloq Mayús está activado.</translation>
    </message>
</context>
<context>
    <name>CaseAppointmentsTab</name>
    <message>
        <location filename="../case/appointments.py" line="64"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="65"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="66"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="67"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="68"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="69"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="70"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="71"/>
        <source>Officer</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="72"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="74"/>
        <source>Clash</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="77"/>
        <source>Booked despite a clash: {reason}</source>
        <translation>Reservada pese a un conflicto: {reason}</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="85"/>
        <source>Appointments of the case</source>
        <translation>Citas del caso</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="90"/>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Reservar cita…</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="91"/>
        <source>&amp;Move or change…</source>
        <translation>Mo&amp;ver o cambiar…</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="92"/>
        <source>Con&amp;firmed by the family</source>
        <translation>Confirmada por la famili&amp;a</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="93"/>
        <source>&amp;Cancel appointment…</source>
        <translation>Cance&amp;lar cita…</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="114"/>
        <source>notified</source>
        <translation>notificada</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="116"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="121"/>
        <source>Cancelled: {reason}</source>
        <translation>Cancelada: {reason}</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="201"/>
        <source>Cancel appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <location filename="../case/appointments.py" line="202"/>
        <source>Why is the appointment on {time} cancelled?</source>
        <translation>¿Por qué se cancela la cita del {time}?</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <location filename="../case/dialogs.py" line="207"/>
        <source>Case {case}</source>
        <translation>Caso {case}</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="214"/>
        <source>E&amp;xpedited processing</source>
        <translation>Tramitación &amp;acelerada</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="231"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="233"/>
        <source>For example: interview recorded on the wrong case</source>
        <translation>Por ejemplo: entrevista registrada en el caso equivocado</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="234"/>
        <source>&amp;Why the stage moves back:</source>
        <translation>&amp;Por qué la etapa retrocede:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="240"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="250"/>
        <source>Only adjudication support or a team lead may move a denied or held case.</source>
        <translation>Solo el apoyo a la adjudicación o un jefe de equipo puede mover un caso denegado o en espera.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="263"/>
        <source>Adjudication outcomes are recorded by adjudication support or a team lead.</source>
        <translation>Los resultados de la adjudicación los registra el apoyo a la adjudicación o un jefe de equipo.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="265"/>
        <source>Only a team lead may move a case&apos;s stage back.</source>
        <translation>Solo un jefe de equipo puede hacer retroceder la etapa de un caso.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="270"/>
        <source>Security-check results are recorded by adjudication support or a team lead.</source>
        <translation>Los resultados de los controles de seguridad los registra el apoyo a la adjudicación o un jefe de equipo.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="296"/>
        <source>Say why this case is expedited.</source>
        <translation>Indique por qué este caso es de tramitación acelerada.</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="300"/>
        <source>Say why the stage moves back; it is kept in the case&apos;s history.</source>
        <translation>Indique por qué retrocede la etapa; queda en el historial del caso.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../case/header.py" line="34"/>
        <source>← &amp;Cases</source>
        <translation>← &amp;Casos</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="35"/>
        <source>Back to the case list (Alt+Left, or Esc when nothing is being edited)</source>
        <translation>Volver a la lista de casos (Alt+Izquierda, o Esc si no se está editando nada)</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="41"/>
        <source>Case &amp;details…</source>
        <translation>&amp;Datos del caso…</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="42"/>
        <source>Change stage, priority, expedited processing and statuses</source>
        <translation>Cambiar etapa, prioridad, tramitación acelerada y estados</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="44"/>
        <source>&amp;Move file…</source>
        <translation>&amp;Trasladar expediente…</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="45"/>
        <source>Record where the physical case file went</source>
        <translation>Registrar adónde fue el expediente físico</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="67"/>
        <source>Site:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="68"/>
        <source>Ride:</source>
        <translation>Misión:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="69"/>
        <source>UNHCR id:</source>
        <translation>ID ACNUR:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="70"/>
        <source>Security check:</source>
        <translation>Control de seguridad:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="71"/>
        <source>Medical:</source>
        <translation>Examen médico:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="72"/>
        <source>Assigned to:</source>
        <translation>Asignado a:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="73"/>
        <source>Physical file:</source>
        <translation>Expediente físico:</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="133"/>
        <source>⚑ Expedited</source>
        <translation>⚑ Acelerado</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="137"/>
        <source>Expedited: {reason}</source>
        <translation>Tramitación acelerada: {reason}</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="143"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="152"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="168"/>
        <source>⚠ Two devices changed these differently; decide: {fields}</source>
        <translation>⚠ Dos equipos cambiaron esto de forma distinta; decida: {fields}</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="175"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="182"/>
        <source>{location} (moved {when} by {user}: {reason})</source>
        <translation>{location} (trasladado el {when} por {user}: {reason})</translation>
    </message>
    <message>
        <location filename="../case/header.py" line="185"/>
        <source>{location} (moved {when} by {user})</source>
        <translation>{location} (trasladado el {when} por {user})</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../case/labels.py" line="28"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="29"/>
        <source>Relationship to principal applicant</source>
        <translation>Parentesco con el solicitante principal</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="30"/>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="31"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="32"/>
        <source>Family name (native script)</source>
        <translation>Apellidos (escritura original)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="33"/>
        <source>Given names (native script)</source>
        <translation>Nombres (escritura original)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="34"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="35"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="36"/>
        <source>Precision of the date of birth</source>
        <translation>Precisión de la fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="37"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="38"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="39"/>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="40"/>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="41"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="42"/>
        <source>Marital status</source>
        <translation>Estado civil</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="48"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="49"/>
        <source>UNHCR id</source>
        <translation>ID ACNUR</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="50"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="51"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="52"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="53"/>
        <source>Expedited</source>
        <translation>Tramitación acelerada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="54"/>
        <source>Reason for expediting</source>
        <translation>Motivo de la tramitación acelerada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="55"/>
        <source>Security check</source>
        <translation>Control de seguridad</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="56"/>
        <location filename="../case/labels.py" line="126"/>
        <location filename="../case/labels.py" line="165"/>
        <location filename="../case/labels.py" line="183"/>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="57"/>
        <source>Physical file</source>
        <translation>Expediente físico</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="58"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="64"/>
        <source>Principal applicant</source>
        <translation>Solicitante principal</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="65"/>
        <location filename="../case/labels.py" line="74"/>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="66"/>
        <source>Child</source>
        <translation>Hijo/a</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="67"/>
        <source>Other dependent</source>
        <translation>Otro dependiente</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="73"/>
        <source>Self (principal applicant)</source>
        <translation>Titular (solicitante principal)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="75"/>
        <source>Son</source>
        <translation>Hijo</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="76"/>
        <source>Daughter</source>
        <translation>Hija</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="77"/>
        <source>Stepson</source>
        <translation>Hijastro</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="78"/>
        <source>Stepdaughter</source>
        <translation>Hijastra</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="79"/>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="80"/>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="81"/>
        <source>Sister</source>
        <translation>Hermana</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="82"/>
        <source>Brother</source>
        <translation>Hermano</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="83"/>
        <source>Grandchild</source>
        <translation>Nieto/a</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="84"/>
        <source>Nephew</source>
        <translation>Sobrino</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="85"/>
        <source>Niece</source>
        <translation>Sobrina</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="86"/>
        <source>Other relative</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="92"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="93"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="94"/>
        <source>Unspecified (X)</source>
        <translation>No especificado (X)</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="100"/>
        <source>Exact date</source>
        <translation>Fecha exacta</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="101"/>
        <source>Year and month</source>
        <translation>Año y mes</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="102"/>
        <source>Year only</source>
        <translation>Solo el año</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="103"/>
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="109"/>
        <source>Single</source>
        <translation>Soltero/a</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="110"/>
        <source>Married</source>
        <translation>Casado/a</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="111"/>
        <source>Widowed</source>
        <translation>Viudo/a</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="112"/>
        <source>Divorced</source>
        <translation>Divorciado/a</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="113"/>
        <source>Separated</source>
        <translation>Separado/a</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="119"/>
        <source>Pre-screening</source>
        <translation>Preevaluación</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="120"/>
        <source>Interview scheduled</source>
        <translation>Entrevista programada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="121"/>
        <source>Interviewed</source>
        <translation>Entrevistado</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="122"/>
        <source>Adjudicated</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="123"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="124"/>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="125"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="127"/>
        <location filename="../case/labels.py" line="185"/>
        <source>Cultural orientation</source>
        <translation>Orientación cultural</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="128"/>
        <source>Ready for departure</source>
        <translation>Listo para viajar</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="129"/>
        <source>Departed</source>
        <translation>Viajó</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="130"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
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
        <translation>No iniciado</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="145"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="146"/>
        <location filename="../case/labels.py" line="156"/>
        <source>Cleared</source>
        <translation>Superado</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="147"/>
        <source>Hit</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="148"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="155"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="157"/>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="163"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="164"/>
        <source>Restricted</source>
        <translation>Restringida</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="171"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="172"/>
        <source>UNHCR registration</source>
        <translation>Registro de ACNUR</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="173"/>
        <source>Birth certificate</source>
        <translation>Partida de nacimiento</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="174"/>
        <source>National id</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="175"/>
        <source>Marriage certificate</source>
        <translation>Acta de matrimonio</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="176"/>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="182"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="184"/>
        <source>Fingerprints</source>
        <translation>Huellas dactilares</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="186"/>
        <source>Adjudication</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="187"/>
        <source>Briefing</source>
        <translation>Sesión informativa</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="188"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="194"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="195"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="196"/>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="197"/>
        <source>Tentative</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="198"/>
        <source>Notified</source>
        <translation>Notificada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="199"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="200"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="201"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="202"/>
        <source>Rescheduled</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="203"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="216"/>
        <source>Assyrian Neo-Aramaic</source>
        <translation>Neoarameo asirio</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="217"/>
        <source>Kurmanji</source>
        <translation>Kurmanji</translation>
    </message>
    <message>
        <location filename="../case/labels.py" line="319"/>
        <source>{months} mo</source>
        <translation>{months} m</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="297"/>
        <source>age {age}</source>
        <translation>edad {age}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../cases/model.py" line="128"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="129"/>
        <source>Principal applicant</source>
        <translation>Solicitante principal</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="130"/>
        <source>Native script</source>
        <translation>Escritura original</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="131"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="132"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="133"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="134"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="135"/>
        <source>Ride</source>
        <translation>Misión</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="136"/>
        <source>File location</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="137"/>
        <source>Open issues</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="138"/>
        <source>Matched</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="139"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="142"/>
        <source>Case number; %s marks an expedited case</source>
        <translation>Número de caso; %s indica tramitación acelerada</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="143"/>
        <source>The principal applicant&apos;s name in their own script</source>
        <translation>Nombre del solicitante principal en su escritura original</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="145"/>
        <source>Persons without a date of birth or with an approximate one not yet verified, a missing principal applicant, an unknown file location</source>
        <translation>Personas sin fecha de nacimiento o con una aproximada aún no verificada, falta de solicitante principal, ubicación del expediente desconocida</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="149"/>
        <source>The member of the case whose name the search found; %s: found by a spelling variant of what was typed (other letters, another script)</source>
        <translation>El miembro del caso cuyo nombre encontró la búsqueda; %s: encontrado por una variante ortográfica de lo escrito (otras letras, otra escritura)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="153"/>
        <source>The member of the team the case is assigned to (empty: nobody)</source>
        <translation>El miembro del equipo al que está asignado el caso (vacío: nadie)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="380"/>
        <source>%s: expedited</source>
        <translation>%s: tramitación acelerada</translation>
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
        <translation>%1: %2 (el nombre tal como se escribió)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="415"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="418"/>
        <source>“%1” is a spelling variant of “%2” (as typed)</source>
        <translation>«%1» es una variante ortográfica de «%2» (tal como se escribió)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="420"/>
        <source>a spelling variant of what was typed (in another of the person&apos;s names)</source>
        <translation>una variante ortográfica de lo escrito (en otro de los nombres de la persona)</translation>
    </message>
    <message>
        <location filename="../cases/model.py" line="443"/>
        <source>unknown</source>
        <translation>desconocida</translation>
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
            <numerusform>Grupo &amp;familiar (%n)</numerusform>
            <numerusform>Grupo &amp;familiar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="169"/>
        <source>&amp;Interviews and forms (%n)</source>
        <translation>
            <numerusform>&amp;Entrevistas y formularios (%n)</numerusform>
            <numerusform>&amp;Entrevistas y formularios (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="170"/>
        <source>&amp;Photos and documents (%n)</source>
        <translation>
            <numerusform>Fotos y doc&amp;umentos (%n)</numerusform>
            <numerusform>Fotos y doc&amp;umentos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="171"/>
        <source>&amp;Notes (%n)</source>
        <translation>
            <numerusform>&amp;Notas (%n)</numerusform>
            <numerusform>&amp;Notas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/view.py" line="172"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="173"/>
        <source>&amp;Appointments (%n)</source>
        <translation>
            <numerusform>C&amp;itas (%n)</numerusform>
            <numerusform>C&amp;itas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/view.py" line="174"/>
        <source>&amp;File movements (%n)</source>
        <translation>
            <numerusform>&amp;Movimientos del expediente (%n)</numerusform>
            <numerusform>&amp;Movimientos del expediente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/view.py" line="231"/>
        <source>This case is no longer in the workspace.</source>
        <translation>Este caso ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../case/view.py" line="401"/>
        <source>The note you were writing before was restored.</source>
        <translation>Se restauró la nota que estaba escribiendo.</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../cases/view.py" line="138"/>
        <source>Search: case number, UNHCR id, name in any script, date of birth</source>
        <translation>Buscar: número de caso, ID ACNUR, nombre en cualquier escritura, fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="140"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="143"/>
        <source>Type part of a name (any script), a case number or UNHCR id, or a date of birth. Enter opens the case when only one matches; Down moves into the list; Ctrl+F comes back here.</source>
        <translation>Escriba parte de un nombre (en cualquier escritura), un número de caso o ID ACNUR, o una fecha de nacimiento. Intro abre el caso cuando solo coincide uno; Abajo pasa a la lista; Ctrl+F vuelve aquí.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="151"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="187"/>
        <source>&amp;Assign selected cases…</source>
        <translation>&amp;Asignar los casos seleccionados…</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="190"/>
        <source>Give the selected cases to a member of the team</source>
        <translation>Asignar los casos seleccionados a un miembro del equipo</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="192"/>
        <source>Assi&amp;gn</source>
        <translation>Asi&amp;gnar</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="193"/>
        <source>Give cases to a member of the team</source>
        <translation>Asignar casos a un miembro del equipo</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="530"/>
        <source>Loading every case…</source>
        <translation>Cargando todos los casos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../cases/view.py" line="534"/>
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 de %Ln caso</numerusform>
            <numerusform>%1 de %Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="538"/>
        <source>Only the first %s search matches are listed; type more of the name or number.</source>
        <translation>Solo se muestran las primeras %s coincidencias; escriba más del nombre o del número.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="546"/>
        <source>No cases are loaded.</source>
        <translation>No hay casos cargados.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="548"/>
        <source>This workspace has no cases yet. Cases arrive with a sync or an imported manifest.</source>
        <translation>Este espacio de trabajo aún no tiene casos. Los casos llegan con una sincronización o un manifiesto importado.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="552"/>
        <source>No case matches this search. Check the spelling, or try part of a name, the case number or a date of birth.</source>
        <translation>Ningún caso coincide con la búsqueda. Revise la ortografía o pruebe con parte de un nombre, el número de caso o una fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="556"/>
        <source>No case matches these filters.</source>
        <translation>Ningún caso coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="558"/>
        <source>No case matches the search and filters. Check the spelling, or clear the filters.</source>
        <translation>Ningún caso coincide con la búsqueda y los filtros. Revise la ortografía o quite los filtros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cases/view.py" line="667"/>
        <source>Assign all %n case(s) shown…</source>
        <translation>
            <numerusform>Asignar el %n caso mostrado…</numerusform>
            <numerusform>Asignar los %n casos mostrados…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="671"/>
        <source>Give every case the list shows to a member of the team</source>
        <translation>Asignar todos los casos de la lista a un miembro del equipo</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="673"/>
        <source>Choose a filter or search first: every case at once is not assigned from here.</source>
        <translation>Elija primero un filtro o haga una búsqueda: desde aquí no se asignan todos los casos a la vez.</translation>
    </message>
    <message>
        <location filename="../cases/view.py" line="868"/>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../files/view.py" line="171"/>
        <source>Check in files</source>
        <translation>Devolver expedientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="172"/>
        <source>Check in %n file(s): {cases}</source>
        <translation>
            <numerusform>Devolver %n expediente: {cases}</numerusform>
            <numerusform>Devolver %n expedientes: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="174"/>
        <source>Back to where each was checked out &amp;from</source>
        <translation>Al lugar de donde se prestó &amp;cada uno</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="176"/>
        <source>To &amp;another place:</source>
        <translation>A &amp;otro lugar:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="178"/>
        <source>Place</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="179"/>
        <source>For example Lima office, cabinet 2</source>
        <translation>Por ejemplo oficina de Lima, armario 2</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="184"/>
        <source>Check &amp;in</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="200"/>
        <source>Say where the files go, or return them to where they came from.</source>
        <translation>Indique adónde van los expedientes, o devuélvalos al lugar de donde salieron.</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../files/view.py" line="113"/>
        <source>Check out files</source>
        <translation>Prestar expedientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="114"/>
        <source>Check out %n file(s): {cases}</source>
        <translation>
            <numerusform>Prestar %n expediente: {cases}</numerusform>
            <numerusform>Prestar %n expedientes: {cases}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="117"/>
        <source>Checked out to</source>
        <translation>Prestado a</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="118"/>
        <source>A person, for example Interviewer A</source>
        <translation>Una persona, por ejemplo Entrevistador A</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="123"/>
        <source>Due back</source>
        <translation>Fecha de devolución</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="124"/>
        <source>&amp;No due date</source>
        <translation>&amp;Sin fecha de devolución</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="127"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="128"/>
        <source>Optional, for example the interview on the ride</source>
        <translation>Opcional, por ejemplo la entrevista de la misión</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="134"/>
        <source>&amp;To:</source>
        <translation>Prestar &amp;a:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="135"/>
        <source>&amp;Due back:</source>
        <translation>&amp;Devolución:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="136"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="143"/>
        <source>Check &amp;out</source>
        <translation>&amp;Prestar</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="155"/>
        <source>Say who takes the files.</source>
        <translation>Indique quién se lleva los expedientes.</translation>
    </message>
</context>
<context>
    <name>ChoiceQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="283"/>
        <source>Your earlier answer {0} is not among the choices now (an earlier answer changed them). Choose again or clear it.</source>
        <translation>Su respuesta anterior {0} ya no está entre las opciones (una respuesta anterior las cambió). Elija de nuevo o bórrela.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="278"/>
        <source>Your earlier answers {0} are not among the choices now (an earlier answer changed them). Choose again or clear them.</source>
        <translation>Sus respuestas anteriores {0} ya no están entre las opciones (una respuesta anterior las cambió). Elija de nuevo o bórrelas.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="271"/>
        <source>The recorded answers {0} are not among the choices the form offers now.</source>
        <translation>Las respuestas registradas {0} no están entre las opciones que el formulario ofrece ahora.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="274"/>
        <source>The recorded answer {0} is not among the choices the form offers now.</source>
        <translation>La respuesta registrada {0} no está entre las opciones que el formulario ofrece ahora.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="335"/>
        <source>Clear earlier answer</source>
        <translation>Borrar la respuesta anterior</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="335"/>
        <source>Clear earlier answers</source>
        <translation>Borrar las respuestas anteriores</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="343"/>
        <source>The answer is kept until it is changed.</source>
        <translation>La respuesta se conserva hasta que se cambie.</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="347"/>
        <source>Remove from the answer what the choices no longer offer</source>
        <translation>Quitar de la respuesta lo que las opciones ya no ofrecen</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../sync/conflicts.py" line="74"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="76"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="77"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="90"/>
        <source>{value}: held by two records</source>
        <translation>{value}: lo tienen dos registros</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync/conflicts.py" line="234"/>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="252"/>
        <source>Two devices changed this field before either had synced. Choose the value that is right; it then replaces the other one on every device.</source>
        <translation>Dos dispositivos cambiaron este campo antes de que ninguno sincronizara. Elija el valor correcto; después reemplazará al otro en todos los dispositivos.</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="256"/>
        <source>Two records hold this value, which must be unique (they were registered on two devices before either had synced). Both are kept. Enter another value for this record; if both are the same family, ask HQ before changing anything.</source>
        <translation>Dos registros tienen este valor, que debe ser único (se registraron en dos equipos antes de que ninguno sincronizara). Se conservan ambos. Introduzca otro valor para este registro; si los dos son la misma familia, consulte a la sede central antes de cambiar nada.</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="265"/>
        <source>Enter &amp;another value…</source>
        <translation>Escribir &amp;otro valor…</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="289"/>
        <source>No conflicts. When two devices change the same field before syncing, HQ keeps both values and they appear here for a team lead to choose.</source>
        <translation>No hay conflictos. Cuando dos dispositivos cambian el mismo campo antes de sincronizar, la sede central guarda ambos valores y aparecen aquí para que el jefe o la jefa de equipo elija.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/conflicts.py" line="320"/>
        <source>Conflicts (%n open)</source>
        <translation>
            <numerusform>Conflictos (%n abierto)</numerusform>
            <numerusform>Conflictos (%n abiertos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="395"/>
        <source>Conflict resolved; the chosen value goes to HQ with the next sync.</source>
        <translation>Conflicto resuelto; el valor elegido se enviará a la sede central en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../unlock/create_page.py" line="47"/>
        <source>&lt;h3&gt;Create a workspace&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Crear un espacio de trabajo&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="48"/>
        <source>It will be stored, encrypted, in {path}</source>
        <translation>Se guardará, cifrado, en {path}</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="56"/>
        <source>for example: Kakuma ride, spring</source>
        <translation>por ejemplo: misión Kakuma, primavera</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="59"/>
        <source>&amp;Workspace name:</source>
        <translation>&amp;Nombre del espacio:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="61"/>
        <source>Shown on the unlock screen, not encrypted: never an applicant&apos;s name.</source>
        <translation>Se muestra en la pantalla de desbloqueo, sin cifrar: nunca el nombre de un solicitante.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="64"/>
        <source>for example: ana.rojas</source>
        <translation>por ejemplo: ana.rojas</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="65"/>
        <source>User &amp;name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="68"/>
        <source>Interviewer</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="69"/>
        <source>Adjudication support</source>
        <translation>Apoyo a la resolución</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="70"/>
        <source>Team lead</source>
        <translation>Jefe/a de equipo</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="71"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="77"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="80"/>
        <source>The administrator adds the team&apos;s users and enrolls the laptop with HQ, but takes no case decisions: the team lead and the interviewers work with their own accounts.</source>
        <translation>El administrador añade los usuarios del equipo y registra el portátil en la sede central, pero no toma decisiones sobre casos: el jefe de equipo y los entrevistadores trabajan con sus propias cuentas.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="87"/>
        <source>hq-recovery-public.pem (optional)</source>
        <translation>hq-recovery-public.pem (opcional)</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="88"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="97"/>
        <source>HQ recovery &amp;key:</source>
        <translation>C&amp;lave de recuperación de la sede:</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="99"/>
        <source>The public key file from HQ. Without it, a forgotten password loses the data.</source>
        <translation>El archivo de clave pública de la sede central. Sin él, olvidar la contraseña supone perder los datos.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="104"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Creando el espacio de trabajo cifrado…</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="106"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="107"/>
        <source>&amp;Create workspace</source>
        <translation>Crea&amp;r espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="140"/>
        <source>Give the workspace a name.</source>
        <translation>Dé un nombre al espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="174"/>
        <source>Cannot read that file ({reason}).</source>
        <translation>No se puede leer ese archivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="185"/>
        <source>HQ recovery public key</source>
        <translation>Clave pública de recuperación de la sede central</translation>
    </message>
    <message>
        <location filename="../unlock/create_page.py" line="185"/>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>Claves públicas (*.pem);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../case/crop.py" line="33"/>
        <source>Photo with the passport frame</source>
        <translation>Foto con el marco de pasaporte</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <location filename="../case/crop.py" line="193"/>
        <source>Crop to passport frame</source>
        <translation>Recortar a formato pasaporte</translation>
    </message>
    <message>
        <location filename="../case/crop.py" line="197"/>
        <source>Drag the frame to place the face, drag a corner to resize it. Keyboard: arrow keys move (with Shift in bigger steps), + and - resize. The frame keeps the passport ratio of 35 by 45. A new photo is made; the original is kept.</source>
        <translation>Arrastre el marco para colocar la cara y arrastre una esquina para cambiar su tamaño. Teclado: las flechas lo mueven (con Mayús, en pasos mayores), + y - cambian el tamaño. El marco mantiene la proporción de pasaporte de 35 por 45. Se crea una foto nueva; la original se conserva.</translation>
    </message>
    <message>
        <location filename="../case/crop.py" line="204"/>
        <source>&amp;Crop</source>
        <translation>&amp;Recortar</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../reports/dashboard.py" line="66"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dashboard.py" line="68"/>
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Última semana</numerusform>
            <numerusform>Últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="70"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="71"/>
        <source>Read the figures again (F5)</source>
        <translation>Volver a leer las cifras (F5)</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="72"/>
        <source>Export team &amp;statistics…</source>
        <translation>Exportar e&amp;stadísticas del equipo…</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="74"/>
        <source>Save the team statistics of the period as a Word document, with these charts</source>
        <translation>Guardar las estadísticas del equipo en el periodo como documento de Word, con estos gráficos</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="76"/>
        <source>Export &amp;workbook…</source>
        <translation>Exportar &amp;libro de Excel…</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="77"/>
        <source>Save the statistics of the period, by site, as an Excel workbook</source>
        <translation>Guardar las estadísticas del periodo, por lugar, como libro de Excel</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="84"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="139"/>
        <source>Cases in each stage now</source>
        <translation>Casos en cada etapa ahora</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="140"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="141"/>
        <source>Weekly throughput</source>
        <translation>Actividad semanal</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="142"/>
        <source>Interviews done</source>
        <translation>Entrevistas realizadas</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="143"/>
        <source>Cases moved to a later stage</source>
        <translation>Casos que avanzaron de etapa</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="144"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="145"/>
        <source>How long cases have been in their stage</source>
        <translation>Tiempo que llevan los casos en su etapa</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>0–7 days</source>
        <translation>0–7 días</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>8–30 days</source>
        <translation>8–30 días</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>31–90 days</source>
        <translation>31–90 días</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="146"/>
        <source>over 90 days</source>
        <translation>más de 90 días</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="147"/>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="210"/>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dashboard.py" line="225"/>
        <source>%n case(s) in the pipeline now</source>
        <translation>
            <numerusform>%n caso en trámite actualmente</numerusform>
            <numerusform>%n casos en trámite actualmente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="227"/>
        <source>weeks from {start} to {end}</source>
        <translation>semanas del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="242"/>
        <source>Export team statistics</source>
        <translation>Exportar estadísticas del equipo</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="244"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="249"/>
        <source>Saved the team statistics to {path}.</source>
        <translation>Estadísticas del equipo guardadas en {path}.</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="255"/>
        <source>Export workbook</source>
        <translation>Exportar libro de Excel</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="257"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../reports/dashboard.py" line="262"/>
        <source>Saved the statistics workbook to {path}.</source>
        <translation>Libro de estadísticas guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../unlock/demo_page.py" line="120"/>
        <source>&lt;h3&gt;Open the demo workspace&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Abrir el espacio de trabajo de demostración&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="123"/>
        <source>The demo workspace holds &lt;b&gt;synthetic people only&lt;/b&gt;: invented families with names in several scripts, dates of birth, photos and document scans. Use it to learn the app or to train a team, and never type a real applicant&apos;s data into it.</source>
        <translation>El espacio de demostración contiene &lt;b&gt;solo personas ficticias&lt;/b&gt;: familias inventadas con nombres en varias escrituras, fechas de nacimiento, fotos y documentos escaneados. Úselo para aprender a usar la aplicación o para formar a un equipo, y nunca introduzca en él datos de un solicitante real.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="129"/>
        <source>It is kept apart from your own data, in {path}</source>
        <translation>Se guarda aparte de sus propios datos, en {path}</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="138"/>
        <source>A demo workspace was already made here. Open it and unlock it with the password chosen then, or delete that folder to build a new one.</source>
        <translation>Aquí ya se creó un espacio de demostración. Ábralo y desbloquéelo con la contraseña que eligió entonces, o elimine esa carpeta para crear uno nuevo.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="143"/>
        <source>&amp;Open the existing demo</source>
        <translation>&amp;Abrir la demostración existente</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="157"/>
        <source>Number of &amp;cases:</source>
        <translation>&amp;Número de casos:</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="157"/>
        <source>A few hundred cases take about a minute to build.</source>
        <translation>Unos cientos de casos tardan alrededor de un minuto en crearse.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="160"/>
        <source>User &amp;name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="169"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="170"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="172"/>
        <source>&amp;Build the demo workspace</source>
        <translation>Crea&amp;r el espacio de demostración</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="234"/>
        <source>{path} already exists and is not a demo workspace. Move it away, then try again.</source>
        <translation>{path} ya existe y no es un espacio de demostración. Muévalo a otro lugar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="239"/>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="254"/>
        <source>Stopping after the current step…</source>
        <translation>Deteniendo tras el paso actual…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="263"/>
        <location filename="../unlock/demo_page.py" line="315"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Creando el espacio de trabajo cifrado…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="264"/>
        <source>Inventing synthetic families, photos and scans…</source>
        <translation>Inventando familias, fotos y escaneos ficticios…</translation>
    </message>
    <message numerus="yes">
        <location filename="../unlock/demo_page.py" line="265"/>
        <source>Adding %n synthetic case(s)…</source>
        <translation>
            <numerusform>Añadiendo %n caso sintético…</numerusform>
            <numerusform>Añadiendo %n casos sintéticos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="266"/>
        <source>Opening the demo workspace…</source>
        <translation>Abriendo el espacio de demostración…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="267"/>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="270"/>
        <source>Adding photos and scans: {done} of {total}…</source>
        <translation>Añadiendo fotos y escaneos: {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../unlock/demo_page.py" line="278"/>
        <source>Stopped. The half-built demo workspace was deleted.</source>
        <translation>Detenido. Se eliminó el espacio de demostración a medio crear.</translation>
    </message>
</context>
<context>
    <name>DismissFindingsDialog</name>
    <message>
        <location filename="../reports/dialogs.py" line="214"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>DobEditor</name>
    <message>
        <location filename="../case/person_fields.py" line="39"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="41"/>
        <source>Precision of the date of birth</source>
        <translation>Precisión de la fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <location filename="../case/documents_dialogs.py" line="78"/>
        <source>Import scan or PDF</source>
        <translation>Importar escaneo o PDF</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="79"/>
        <source>Document details</source>
        <translation>Datos del documento</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="80"/>
        <source>Attach translation</source>
        <translation>Adjuntar traducción</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="91"/>
        <source>Whole case (no one person)</source>
        <translation>Todo el caso (ninguna persona en concreto)</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="111"/>
        <source>Choose, or type an ISO 639 code such as ti</source>
        <translation>Elija, o escriba un código ISO 639 como ti</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="115"/>
        <source>Optional, to tell two documents of one type apart</source>
        <translation>Opcional, para distinguir dos documentos del mismo tipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents_dialogs.py" line="117"/>
        <source>Apply to all %n page(s) of this document</source>
        <translation>
            <numerusform>Aplicar a %n página de este documento</numerusform>
            <numerusform>Aplicar a las %n páginas de este documento</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="123"/>
        <source>Document &amp;type</source>
        <translation>&amp;Tipo de documento</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="124"/>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="126"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="126"/>
        <source>&amp;Language of the translation</source>
        <translation>&amp;Idioma de la traducción</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="130"/>
        <source>T&amp;itle</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="135"/>
        <source>The files become pages of one document, in the order chosen. You can reorder them later.</source>
        <translation>Los archivos pasan a ser páginas de un mismo documento, en el orden elegido. Puede reordenarlas más tarde.</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="138"/>
        <source>Untick to change only the selected page; it then becomes a document of its own.</source>
        <translation>Desmarque para cambiar solo la página seleccionada; pasará a ser un documento independiente.</translation>
    </message>
    <message>
        <location filename="../case/documents_dialogs.py" line="140"/>
        <source>The translation is linked to the selected page and takes its person and type.</source>
        <translation>La traducción se vincula a la página seleccionada y toma su persona y su tipo.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../case/documents_model.py" line="56"/>
        <source>Document of unknown type</source>
        <translation>Documento de tipo desconocido</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Pages / file</source>
        <translation>Páginas / archivo</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="140"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents_model.py" line="171"/>
        <location filename="../case/documents_model.py" line="194"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="177"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="178"/>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="183"/>
        <source>PDF, {size}</source>
        <translation>PDF, {size}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="185"/>
        <source>Image {width} × {height}</source>
        <translation>Imagen {width} × {height}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="186"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="193"/>
        <source>{title}: {pages}</source>
        <translation>{title}: {pages}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="198"/>
        <source>Translation into {language} of page {number}</source>
        <translation>Traducción ({language}) de la página {number}</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="199"/>
        <source>an unknown language</source>
        <translation>idioma desconocido</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="202"/>
        <source>Page {number} of {total}. Enter opens it.</source>
        <translation>Página {number} de {total}. Intro la abre.</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="235"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../case/documents_model.py" line="236"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../case/documents.py" line="83"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="124"/>
        <source>&amp;Import scan or PDF…</source>
        <translation>&amp;Importar escaneo o PDF…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="127"/>
        <source>Import scan or PDF (Ctrl+Shift+I)</source>
        <translation>Importar escaneo o PDF (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="131"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="131"/>
        <source>View the page (Enter)</source>
        <translation>Ver la página (Intro)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="133"/>
        <source>Page &amp;up</source>
        <translation>S&amp;ubir página</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="133"/>
        <source>Move the page up (Ctrl+Up)</source>
        <translation>Subir la página (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="136"/>
        <source>Page do&amp;wn</source>
        <translation>&amp;Bajar página</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="136"/>
        <source>Move the page down (Ctrl+Down)</source>
        <translation>Bajar la página (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="139"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="139"/>
        <source>Type, person, language (F2)</source>
        <translation>Tipo, persona, idioma (F2)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="142"/>
        <source>Attach &amp;translation…</source>
        <translation>Adjuntar &amp;traducción…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="145"/>
        <source>Attach a translation of the selected page (Ctrl+Shift+T)</source>
        <translation>Adjuntar una traducción de la página seleccionada (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="147"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="147"/>
        <source>Remove (Delete)</source>
        <translation>Eliminar (Supr)</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="185"/>
        <source>No documents in this case yet.
Import scans or PDFs (Ctrl+Shift+I): passports, UNHCR registrations, birth and marriage certificates. Several files become the pages of one document.</source>
        <translation>Este caso aún no tiene documentos.
Importe escaneos o PDF (Ctrl+Mayús+I): pasaportes, registros de ACNUR, partidas de nacimiento y actas de matrimonio. Varios archivos pasan a ser las páginas de un mismo documento.</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="227"/>
        <source>{document}, translation of page {number}</source>
        <translation>{document}, traducción de la página {number}</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="231"/>
        <source>{document}, page {number} of {total}</source>
        <translation>{document}, página {number} de {total}</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="244"/>
        <source>Import scan or PDF</source>
        <translation>Importar escaneo o PDF</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="246"/>
        <location filename="../case/documents.py" line="366"/>
        <source>Scans and PDF documents ({patterns})</source>
        <translation>Escaneos y documentos PDF ({patterns})</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="283"/>
        <source>%n page(s) imported.</source>
        <translation>
            <numerusform>%n página importada.</numerusform>
            <numerusform>%n páginas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="286"/>
        <source>Importing pages…</source>
        <translation>Importando páginas…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="307"/>
        <source>Saving the page order…</source>
        <translation>Guardando el orden de las páginas…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="354"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="364"/>
        <source>Attach translation</source>
        <translation>Adjuntar traducción</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="396"/>
        <source>Translation attached.</source>
        <translation>Traducción adjuntada.</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="399"/>
        <source>Attaching the translation…</source>
        <translation>Adjuntando la traducción…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="408"/>
        <source>Remove the whole document “{title}” (%n page(s)) and its translations?</source>
        <translation>
            <numerusform>¿Eliminar todo el documento “{title}” (%n página) y sus traducciones?</numerusform>
            <numerusform>¿Eliminar todo el documento “{title}” (%n páginas) y sus traducciones?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="410"/>
        <source>Remove page {number} of “{title}”? Its translations are removed with it.</source>
        <translation>¿Eliminar la página {number} de “{title}”? Sus traducciones se eliminan con ella.</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="412"/>
        <source>Remove this translation of “{title}”?</source>
        <translation>¿Eliminar esta traducción de “{title}”?</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="416"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../case/documents.py" line="432"/>
        <source>Removing…</source>
        <translation>Eliminando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/documents.py" line="433"/>
        <source>%n file(s) removed.</source>
        <translation>
            <numerusform>%n archivo eliminado.</numerusform>
            <numerusform>%n archivos eliminados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <location filename="../forms/draw_canvas.py" line="207"/>
        <source>Sign above the line</source>
        <translation>Firme encima de la línea</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../forms/draw_canvas.py" line="251"/>
        <source>Sign with the mouse, a pen or a finger. Undo (Ctrl+Z) takes back the last stroke.</source>
        <translation>Firme con el ratón, un lápiz o un dedo. Deshacer (Ctrl+Z) borra el último trazo.</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="253"/>
        <source>Draw with the mouse, a pen or a finger. Undo (Ctrl+Z) takes back the last stroke.</source>
        <translation>Dibuje con el ratón, un lápiz o un dedo. Deshacer (Ctrl+Z) borra el último trazo.</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="257"/>
        <source>Thin</source>
        <translation>Fino</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="257"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="257"/>
        <source>Thick</source>
        <translation>Grueso</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="263"/>
        <source>&amp;Pen:</source>
        <translation>&amp;Trazo:</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="265"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="267"/>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="269"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location filename="../forms/draw_canvas.py" line="272"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <location filename="../unlock/enroll_page.py" line="83"/>
        <source>&lt;h3&gt;Enroll with an HQ code&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Registrarse con un código de la sede central&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="86"/>
        <source>Type or paste the codes HQ gave you. This laptop then gets its encrypted workspace in {path}, is enrolled with HQ and syncs its first cases.</source>
        <translation>Escriba o pegue los códigos que le dio la sede central. Después, este portátil recibe su espacio de trabajo cifrado en {path}, queda registrado en la sede central y sincroniza sus primeros casos.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="100"/>
        <source>&amp;Laptop code:</source>
        <translation>Código del &amp;portátil:</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="102"/>
        <source>One line starting with CR1-, from HQ (circuitride hq enroll-device). It works once.</source>
        <translation>Una línea que empieza por CR1-, de la sede central (circuitride hq enroll-device). Solo sirve una vez.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="109"/>
        <source>CRU1-… (optional)</source>
        <translation>CRU1-… (opcional)</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="112"/>
        <source>U&amp;ser code:</source>
        <translation>Código de u&amp;suario:</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="114"/>
        <source>Your own code from HQ (circuitride hq user add); it fills in your user name.</source>
        <translation>Su código personal de la sede central (circuitride hq user add); rellena su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="117"/>
        <source>for example: ana.rojas</source>
        <translation>por ejemplo: ana.rojas</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="120"/>
        <source>User &amp;name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="123"/>
        <source>You open this laptop with it to do your case work, as an interviewer or in the role HQ gives you. Its administrator account, laptop.admin, opens with the same password (to add users).</source>
        <translation>Con él abre este portátil para trabajar en sus casos, como entrevistador/a o con el rol que le asigne la sede central. La cuenta de administrador del portátil, laptop.admin, se abre con la misma contraseña (para añadir usuarios).</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="132"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="133"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="134"/>
        <source>&amp;Open the workspace</source>
        <translation>&amp;Abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="162"/>
        <source>HQ: {url}</source>
        <translation>Sede central: {url}</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="197"/>
        <source>This user code is for {code_user}: use that user name, or leave the code out.</source>
        <translation>Este código de usuario es para {code_user}: use ese nombre de usuario o no ponga el código.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="288"/>
        <source>Reaching HQ and checking its certificate…</source>
        <translation>Conectando con la sede central y comprobando su certificado…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="289"/>
        <source>Creating the encrypted workspace…</source>
        <translation>Creando el espacio de trabajo cifrado…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="290"/>
        <source>Enrolling this laptop with HQ…</source>
        <translation>Registrando este portátil en la sede central…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="291"/>
        <source>Enrolling your user with HQ…</source>
        <translation>Registrando su usuario en la sede central…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="292"/>
        <source>First sync with HQ…</source>
        <translation>Primera sincronización con la sede central…</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="310"/>
        <source>This laptop is enrolled with HQ, but the first sync did not finish: {reason} Open the workspace and sync again from the Sync page.</source>
        <translation>Este portátil está registrado en la sede central, pero la primera sincronización no terminó: {reason} Abra el espacio de trabajo y vuelva a sincronizar desde la página Sincronización.</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="323"/>
        <source>HQ did not accept this laptop code: it was used already, is more than 7 days old, or a character is wrong. Nothing was kept. Ask HQ for a new code (circuitride hq enroll-device) and type it again. ({reason})</source>
        <translation>La sede central no aceptó este código del portátil: ya se usó, tiene más de 7 días o hay un carácter incorrecto. No se guardó nada. Pida un código nuevo a la sede central (circuitride hq enroll-device) y escríbalo de nuevo. ({reason})</translation>
    </message>
    <message>
        <location filename="../unlock/enroll_page.py" line="333"/>
        <source>HQ did not accept this user code: it was used already or a character is wrong. The laptop is enrolled; ask HQ for a new user code (circuitride hq user code NAME), or leave it out and enroll your user later from the Sync page. ({reason})</source>
        <translation>La sede central no aceptó este código de usuario: ya se usó o hay un carácter incorrecto. El portátil está registrado; pida un código de usuario nuevo a la sede central (circuitride hq user code NAME), o no lo ponga y registre su usuario más tarde desde la página Sincronización. ({reason})</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../case/person_fields.py" line="179"/>
        <source>Nothing to verify yet: this field is empty.</source>
        <translation>Aún no hay nada que verificar: este campo está vacío.</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="188"/>
        <source>⚠ Two devices changed this differently · &lt;a href=&apos;#&apos;&gt;Decide…&lt;/a&gt;</source>
        <translation>⚠ Dos equipos cambiaron esto de forma distinta · &lt;a href=&apos;#&apos;&gt;Decidir…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../case/person_fields.py" line="192"/>
        <source>In conflict: decide</source>
        <translation>En conflicto: decidir</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <location filename="../files/view.py" line="237"/>
        <location filename="../files/view.py" line="298"/>
        <source>Paper files</source>
        <translation>Expedientes en papel</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="239"/>
        <source>Scan a file label</source>
        <translation>Escanear la etiqueta de un expediente</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="240"/>
        <source>Scan a label, or type a case number and Enter</source>
        <translation>Escanee una etiqueta, o escriba un número de caso y pulse Intro</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="242"/>
        <source>Ctrl+L comes back here; Down goes to the list</source>
        <translation>Ctrl+L vuelve aquí; Flecha abajo pasa a la lista</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="244"/>
        <source>A&amp;dd scans to the selection</source>
        <translation>Añadir escaneos a la &amp;selección</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="245"/>
        <source>Scan several labels one after the other to check them out or in together</source>
        <translation>Escanee varias etiquetas una tras otra para prestar o devolver esos expedientes juntos</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="247"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <source>All files</source>
        <translation>Todos los expedientes</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <location filename="../files/view.py" line="383"/>
        <source>Checked out</source>
        <translation>Prestado</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="250"/>
        <source>In place</source>
        <translation>En su lugar</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="255"/>
        <location filename="../files/view.py" line="375"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="257"/>
        <location filename="../files/view.py" line="427"/>
        <source>All sites</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="259"/>
        <source>Search files</source>
        <translation>Buscar expedientes</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="260"/>
        <source>Case, name, holder or place</source>
        <translation>Caso, nombre, quién lo tiene o ubicación</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="262"/>
        <source>Check &amp;out…</source>
        <translation>&amp;Prestar…</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="263"/>
        <source>Check the selected files out to a person (Ctrl+Shift+O)</source>
        <translation>Prestar los expedientes seleccionados a una persona (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="264"/>
        <source>Check &amp;in…</source>
        <translation>&amp;Devolver…</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="265"/>
        <source>Check the selected files back in (Ctrl+Shift+I)</source>
        <translation>Devolver los expedientes seleccionados (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="266"/>
        <source>Op&amp;en case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="267"/>
        <source>Open the selected case (Enter in the list, or Ctrl+O)</source>
        <translation>Abrir el caso seleccionado (Intro en la lista, o Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="272"/>
        <source>&amp;Scan:</source>
        <translation>Es&amp;canear:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="280"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="281"/>
        <source>Si&amp;te:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="282"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="362"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="363"/>
        <source>Principal applicant</source>
        <translation>Solicitante principal</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="364"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="365"/>
        <source>Holder</source>
        <translation>Quién lo tiene</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="366"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="367"/>
        <source>Due back</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="369"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="376"/>
        <source>Ride</source>
        <translation>Misión</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="381"/>
        <source>Checked out, overdue</source>
        <translation>Prestado, con retraso</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="384"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="388"/>
        <source>Checked out from {place}</source>
        <translation>Prestado desde {place}</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="394"/>
        <location filename="../files/view.py" line="582"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="491"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n expediente</numerusform>
            <numerusform>%n expedientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="492"/>
        <source>%n checked out</source>
        <translation>
            <numerusform>%n prestado</numerusform>
            <numerusform>%n prestados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="493"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n con retraso</numerusform>
            <numerusform>%n con retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="494"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="501"/>
        <source>Reading the files…</source>
        <translation>Leyendo los expedientes…</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="503"/>
        <source>There are no cases in this workspace yet.</source>
        <translation>Aún no hay casos en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="504"/>
        <source>No file matches the filters and the search.</source>
        <translation>Ningún expediente coincide con los filtros y la búsqueda.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="554"/>
        <source>No case {case} in this workspace: check the label, or scan it again.</source>
        <translation>No hay ningún caso {case} en este espacio de trabajo: revise la etiqueta o vuelva a escanearla.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="574"/>
        <source>Found {case}: {where}.</source>
        <translation>Encontrado {case}: {where}.</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="579"/>
        <source>in its place, {place}</source>
        <translation>en su lugar, {place}</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="579"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="580"/>
        <source>checked out to {holder}</source>
        <translation>prestado a {holder}</translation>
    </message>
    <message>
        <location filename="../files/view.py" line="584"/>
        <source>due back {day}</source>
        <translation>devolución el {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="661"/>
        <source>%n file(s) moved</source>
        <translation>
            <numerusform>%n expediente trasladado</numerusform>
            <numerusform>%n expedientes trasladados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/view.py" line="663"/>
        <source>%n already held by that person: unchanged</source>
        <translation>
            <numerusform>%n ya lo tenía esa persona: sin cambios</numerusform>
            <numerusform>%n ya los tenía esa persona: sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../files/view.py" line="687"/>
        <source>Nothing was changed:</source>
        <translation>No se cambió nada:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../cases/filter_bar.py" line="33"/>
        <source>E&amp;xpedited only</source>
        <translation>Solo a&amp;celerados</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="34"/>
        <source>Has open &amp;issues</source>
        <translation>Con &amp;incidencias</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="37"/>
        <source>Cases with a person without a date of birth or with an approximate one not yet verified, without a principal applicant, or whose file location is unknown</source>
        <translation>Casos con alguna persona sin fecha de nacimiento o con una aproximada aún no verificada, sin solicitante principal o con ubicación del expediente desconocida</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="41"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="53"/>
        <source>&amp;Site:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="54"/>
        <source>&amp;Ride:</source>
        <translation>&amp;Misión:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="55"/>
        <source>S&amp;tage:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="56"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="57"/>
        <source>Assigned t&amp;o:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="102"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="115"/>
        <source>No ride</source>
        <translation>Sin misión</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="117"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="119"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="122"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <location filename="../cases/filter_bar.py" line="124"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../reports/findings.py" line="88"/>
        <location filename="../reports/findings.py" line="238"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="90"/>
        <source>Check</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="93"/>
        <location filename="../reports/findings.py" line="94"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="96"/>
        <source>Run &amp;checks</source>
        <translation>Ejecutar &amp;controles</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="98"/>
        <source>Run every quality check over the workspace; findings that no longer hold are closed</source>
        <translation>Ejecutar todos los controles de calidad en el espacio de trabajo; los hallazgos que ya no se dan se cierran</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="100"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Asignar a…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="101"/>
        <source>Give the selected findings to a member of the team</source>
        <translation>Asignar los hallazgos seleccionados a un miembro del equipo</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="102"/>
        <source>Re&amp;solve…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="103"/>
        <source>Mark the selected findings fixed, saying how</source>
        <translation>Marcar como corregidos los hallazgos seleccionados, indicando cómo</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="104"/>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="105"/>
        <source>Dismiss the selected findings as not a problem, saying why</source>
        <translation>Descartar los hallazgos seleccionados porque no son un problema, indicando el motivo</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="106"/>
        <source>Op&amp;en case</source>
        <translation>A&amp;brir caso</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="107"/>
        <source>Open the selected finding&apos;s case (Enter in the list)</source>
        <translation>Abrir el caso del hallazgo seleccionado (Intro en la lista)</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="114"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="115"/>
        <source>C&amp;heck:</source>
        <translation>C&amp;ontrol:</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="116"/>
        <source>Ca&amp;se:</source>
        <translation>Ca&amp;so:</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="138"/>
        <source>Quality findings</source>
        <translation>Hallazgos de calidad</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="171"/>
        <source>Still to fix (open or assigned)</source>
        <translation>Pendientes de corregir (abiertos o asignados)</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="172"/>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="175"/>
        <source>Every check</source>
        <translation>Todos los controles</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="210"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="217"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="224"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="231"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="245"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="251"/>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="257"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="267"/>
        <source>Possibly the same person as one in case {case}</source>
        <translation>Posiblemente la misma persona que una del caso {case}</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="272"/>
        <source>Fixed: {note}</source>
        <translation>Corregido: {note}</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="274"/>
        <source>Dismissed: {note}</source>
        <translation>Descartado: {note}</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="348"/>
        <source>Reading the quality findings…</source>
        <translation>Leyendo los hallazgos de calidad…</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="351"/>
        <source>No quality findings yet. Run the checks to look for problems in every case.</source>
        <translation>Aún no hay hallazgos de calidad. Ejecute los controles para buscar problemas en todos los casos.</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="352"/>
        <source>No quality findings yet. A team lead runs the checks.</source>
        <translation>Aún no hay hallazgos de calidad. Los controles los ejecuta un jefe de equipo.</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="353"/>
        <source>No finding matches the filters.</source>
        <translation>Ningún hallazgo coincide con los filtros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="365"/>
        <source>%n finding(s) shown</source>
        <translation>
            <numerusform>%n hallazgo mostrado</numerusform>
            <numerusform>%n hallazgos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="366"/>
        <source>%n still to fix</source>
        <translation>
            <numerusform>%n pendiente de corregir</numerusform>
            <numerusform>%n pendientes de corregir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="367"/>
        <source>%n of high severity</source>
        <translation>
            <numerusform>%n de gravedad alta</numerusform>
            <numerusform>%n de gravedad alta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="368"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="414"/>
        <source>Mark the selected findings fixed, saying how (those assigned to you)</source>
        <translation>Marcar como corregidos los hallazgos seleccionados, indicando cómo (los que tiene asignados)</translation>
    </message>
    <message>
        <location filename="../reports/findings.py" line="447"/>
        <source>Running the quality checks over every case…</source>
        <translation>Ejecutando los controles de calidad en todos los casos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="467"/>
        <source>Checks done: %n finding(s) hold now.</source>
        <translation>
            <numerusform>Controles terminados: ahora hay %n hallazgo vigente.</numerusform>
            <numerusform>Controles terminados: ahora hay %n hallazgos vigentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="468"/>
        <source>%n new.</source>
        <translation>
            <numerusform>%n nuevo.</numerusform>
            <numerusform>%n nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="469"/>
        <source>%n closed because the problem is gone.</source>
        <translation>
            <numerusform>%n cerrado porque el problema ya no existe.</numerusform>
            <numerusform>%n cerrados porque el problema ya no existe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="471"/>
        <source>%n opened again.</source>
        <translation>
            <numerusform>%n reabierto.</numerusform>
            <numerusform>%n reabiertos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="475"/>
        <source>%n submitted form(s) could not be checked: their form is not installed.</source>
        <translation>
            <numerusform>%n formulario enviado no se pudo comprobar: su formulario no está instalado en este portátil.</numerusform>
            <numerusform>%n formularios enviados no se pudieron comprobar: su formulario no está instalado en este portátil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="489"/>
        <source>Assigned %n finding(s) to {user}.</source>
        <translation>
            <numerusform>%n hallazgo asignado a {user}.</numerusform>
            <numerusform>%n hallazgos asignados a {user}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="497"/>
        <source>Marked %n finding(s) fixed.</source>
        <translation>
            <numerusform>%n hallazgo marcado como corregido.</numerusform>
            <numerusform>%n hallazgos marcados como corregidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="504"/>
        <source>Dismissed %n finding(s).</source>
        <translation>
            <numerusform>%n hallazgo descartado.</numerusform>
            <numerusform>%n hallazgos descartados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/findings.py" line="517"/>
        <source>%n not changed: {reasons}</source>
        <translation>
            <numerusform>%n no se modificó: {reasons}</numerusform>
            <numerusform>%n no se modificaron: {reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../unlock/first_run.py" line="63"/>
        <source>Welcome to Circuit Ride</source>
        <translation>Bienvenido/a a Circuit Ride</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="68"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="76"/>
        <source>&amp;Create a workspace</source>
        <translation>&amp;Crear un espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="78"/>
        <source>Start with an empty encrypted workspace for your own cases. Choose a password; HQ&apos;s recovery key is optional but recommended.</source>
        <translation>Empiece con un espacio de trabajo cifrado vacío para sus propios casos. Elija una contraseña; la clave de recuperación de la sede central es opcional, pero recomendable.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="83"/>
        <source>&amp;Restore a backup</source>
        <translation>&amp;Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="84"/>
        <source>Bring back a workspace from a backup folder, with the password it was made with.</source>
        <translation>Recuperar un espacio de trabajo desde la carpeta de una copia de seguridad, con la contraseña que tenía al hacerla.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="87"/>
        <source>&amp;Enroll with an HQ code</source>
        <translation>Re&amp;gistrarse con un código de la sede</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="88"/>
        <source>HQ gave you a code: set up this laptop, connect it to HQ and receive your cases in one go.</source>
        <translation>La sede central le dio un código: prepare este portátil, conéctelo con la sede central y reciba sus casos de una sola vez.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="91"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="93"/>
        <source>Look around with synthetic people only: invented families, photos and scans. Nothing real, nothing to lose.</source>
        <translation>Explore con personas ficticias: familias, fotos y escaneos inventados. Nada real, nada que perder.</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="97"/>
        <source>&lt;h2&gt;Welcome to Circuit Ride&lt;/h2&gt;&lt;p&gt;There is no workspace in this data folder yet:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido/a a Circuit Ride&lt;/h2&gt;&lt;p&gt;Aún no hay ningún espacio de trabajo en esta carpeta de datos:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/first_run.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../forms/session.py" line="93"/>
        <source>The workspace is locked: unlock it and attach the file again.</source>
        <translation>El espacio de trabajo está bloqueado: desbloquéelo y vuelva a adjuntar el archivo.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="310"/>
        <source>%1 — case %2</source>
        <translation>%1 — caso %2</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="333"/>
        <source>Form &amp;audit…</source>
        <translation>A&amp;uditoría del formulario…</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="335"/>
        <source>How this form was filled: time on each question, answers changed and why</source>
        <translation>Cómo se rellenó este formulario: tiempo en cada pregunta, respuestas cambiadas y por qué</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="340"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="344"/>
        <source>Save draft and c&amp;lose</source>
        <translation>Guardar borrador y &amp;cerrar</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="345"/>
        <source>Keep the answers on this laptop and finish later</source>
        <translation>Conservar las respuestas en esta portátil y terminar más tarde</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="348"/>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="348"/>
        <source>Save &amp;amendment…</source>
        <translation>Guardar &amp;modificación…</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="352"/>
        <source>Check every answer and lock the form (Ctrl+Enter)</source>
        <translation>Revisar todas las respuestas y bloquear el formulario (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="505"/>
        <source>Draft saved on this laptop.</source>
        <translation>Borrador guardado en esta portátil.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="558"/>
        <source>Some answers need attention before the form can be submitted: see the marked questions.</source>
        <translation>Algunas respuestas requieren atención antes de poder enviar el formulario: revise las preguntas marcadas.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="564"/>
        <source>Amend a submitted form</source>
        <translation>Modificar un formulario enviado</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="564"/>
        <source>Why is this submitted form being changed?</source>
        <translation>¿Por qué se modifica este formulario ya enviado?</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="569"/>
        <source>An amendment needs a reason.</source>
        <translation>Indique el motivo de la modificación.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="577"/>
        <source>Changes to a saved form</source>
        <translation>Cambios en un formulario guardado</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="578"/>
        <source>This form was saved before and answers were changed. Why were they changed?</source>
        <translation>Este formulario ya se había guardado y se cambiaron respuestas. ¿Por qué se cambiaron?</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="583"/>
        <source>Say why the answers were changed, then submit again.</source>
        <translation>Indique por qué se cambiaron las respuestas y vuelva a enviarlo.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="613"/>
        <source>Form submitted and locked.</source>
        <translation>Formulario enviado y bloqueado.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="613"/>
        <source>Amendment saved.</source>
        <translation>Modificación guardada.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../forms/renderer.py" line="174"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="176"/>
        <source>The language the questions are read out in; the program keeps its own</source>
        <translation>El idioma en el que se leen las preguntas; el del programa no cambia</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="177"/>
        <source>Form lan&amp;guage:</source>
        <translation>&amp;Idioma del formulario:</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="191"/>
        <source>This form has no questions.</source>
        <translation>Este formulario no tiene preguntas.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="194"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="195"/>
        <source>Go to the previous page (Page Up, Alt+Left)</source>
        <translation>Ir a la página anterior (Re Pág, Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="196"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="197"/>
        <source>Go to the next page (Page Down, Alt+Right)</source>
        <translation>Ir a la página siguiente (Av Pág, Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="368"/>
        <source>Nothing to answer on this page with the answers given so far.</source>
        <translation>Según las respuestas dadas hasta ahora, no hay nada que responder en esta página.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="433"/>
        <source>These are the persons on the case. To add or remove someone, change the household on the case screen.</source>
        <translation>Estas son las personas del caso. Para añadir o quitar a alguien, modifique el grupo familiar en la pantalla del caso.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="473"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="475"/>
        <source>Remove this entry and its answers</source>
        <translation>Eliminar este registro y sus respuestas</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="669"/>
        <source>No entries yet. Use “Add {label}” to add one.</source>
        <translation>Aún no hay registros. Use “Añadir {label}” para añadir uno.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="672"/>
        <source>Add {label}</source>
        <translation>Añadir {label}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="676"/>
        <source>The form takes no further “{label}” now: its condition for another entry is not met.</source>
        <translation>El formulario no admite más «{label}» ahora: no se cumple su condición para otra entrada.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="679"/>
        <source>Add another entry at the end</source>
        <translation>Añadir otro registro al final</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="747"/>
        <source>This answer is not allowed.</source>
        <translation>Esta respuesta no está permitida.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="748"/>
        <source>This question needs an answer.</source>
        <translation>Esta pregunta necesita una respuesta.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="774"/>
        <source>{label} {number}</source>
        <translation>{label} {number}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="776"/>
        <source>Entry {number}</source>
        <translation>Registro {number}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="781"/>
        <source>Remove {title}</source>
        <translation>Eliminar {title}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="838"/>
        <source>Choose a value on the scale, or clear the answer.</source>
        <translation>Elija un valor de la escala o borre la respuesta.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="842"/>
        <source>Enter a whole number, for example 12.</source>
        <translation>Escriba un número entero, por ejemplo, 12.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="843"/>
        <source>Enter a number, for example 72.5.</source>
        <translation>Escriba un número, por ejemplo, 72.5.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="844"/>
        <source>Enter a real date as year-month-day, for example 2024-03-31.</source>
        <translation>Escriba una fecha válida en formato año-mes-día, por ejemplo, 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="845"/>
        <source>Enter a time as hours:minutes, for example 14:30.</source>
        <translation>Escriba una hora en formato horas:minutos, por ejemplo, 14:30.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="846"/>
        <source>Enter a date and time, for example 2024-03-31 14:30.</source>
        <translation>Escriba una fecha y una hora, por ejemplo, 2024-03-31 14:30.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="847"/>
        <source>Enter a location as latitude, longitude, for example -1.2921, 36.8219.</source>
        <translation>Escriba una ubicación como latitud, longitud, por ejemplo, -1.2921, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="848"/>
        <source>A line needs at least two points, each as latitude, longitude.</source>
        <translation>Una línea necesita al menos dos puntos, cada uno como latitud, longitud.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="849"/>
        <source>A shape needs at least three corners, each as latitude, longitude.</source>
        <translation>Una forma necesita al menos tres esquinas, cada una como latitud, longitud.</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="881"/>
        <source>Remove entry</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="882"/>
        <source>Remove “{title}” and all its answers?</source>
        <translation>¿Eliminar “{title}” y todas sus respuestas?</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="928"/>
        <source>Choose which one to show; Next and Previous (Page Down, Page Up) go through them in order</source>
        <translation>Elija cuál mostrar; Siguiente y Anterior (Av Pág, Re Pág) los recorren en orden</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1046"/>
        <source>&amp;Members</source>
        <translation>Miem&amp;bros</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1046"/>
        <source>&amp;Entries</source>
        <translation>E&amp;ntradas</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1049"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1050"/>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1051"/>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1202"/>
        <source>Page {n} of {total}: {title}</source>
        <translation>Página {n} de {total}: {title}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1206"/>
        <source>Page {n} of {total}: {title} — member {k} of {count}</source>
        <translation>Página {n} de {total}: {title} — miembro {k} de {count}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1208"/>
        <source>Page {n} of {total}: {title} — entry {k} of {count}</source>
        <translation>Página {n} de {total}: {title} — entrada {k} de {count}</translation>
    </message>
    <message>
        <location filename="../forms/renderer.py" line="1221"/>
        <source>More questions</source>
        <translation>Más preguntas</translation>
    </message>
</context>
<context>
    <name>GeoPointQuestion</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <source>Altitude (m)</source>
        <translation>Altitud (m)</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="126"/>
        <source>Accuracy (m)</source>
        <translation>Precisión (m)</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="148"/>
        <source>Use my location</source>
        <translation>Usar mi ubicación</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="154"/>
        <source>No location service is available on this computer: type or paste the coordinates.</source>
        <translation>No hay ningún servicio de ubicación disponible en este ordenador: escriba o pegue las coordenadas.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="157"/>
        <source>Fill in the position this computer reports</source>
        <translation>Rellenar con la posición que indica este ordenador</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="158"/>
        <source>Clear location</source>
        <translation>Borrar ubicación</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="196"/>
        <source>Position taken from the map.</source>
        <translation>Posición tomada del mapa.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="208"/>
        <source>This is not a location. Paste “latitude, longitude”, for example -1.2921, 36.8219.</source>
        <translation>Esto no es una ubicación. Pegue “latitud, longitud”, por ejemplo, -1.2921, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Altitude</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="230"/>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="233"/>
        <source>{name} must be a number, for example 36.8219.</source>
        <translation>{name}: debe ser un número, por ejemplo, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="236"/>
        <source>Enter both latitude and longitude, or clear the location.</source>
        <translation>Escriba la latitud y la longitud, o borre la ubicación.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="239"/>
        <source>Latitude must be between -90 and 90 (south is negative).</source>
        <translation>La latitud debe estar entre -90 y 90 (el sur es negativo).</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="241"/>
        <source>Longitude must be between -180 and 180 (west is negative).</source>
        <translation>La longitud debe estar entre -180 y 180 (el oeste es negativo).</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="243"/>
        <source>Accuracy cannot be negative: enter metres, or leave it blank.</source>
        <translation>La precisión no puede ser negativa: escriba metros o déjela en blanco.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="318"/>
        <source>No location service is available: type or paste the coordinates.</source>
        <translation>No hay ningún servicio de ubicación disponible: escriba o pegue las coordenadas.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="323"/>
        <source>Finding the position…</source>
        <translation>Buscando la posición…</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="336"/>
        <source>Position filled in from this computer.</source>
        <translation>Posición obtenida de este ordenador.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="340"/>
        <source>The position could not be found. Type or paste the coordinates instead.</source>
        <translation>No se pudo encontrar la posición. Escriba o pegue las coordenadas.</translation>
    </message>
</context>
<context>
    <name>GeoPointsQuestion</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="419"/>
        <source>Corners</source>
        <translation>Esquinas</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="419"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="428"/>
        <source>latitude, longitude</source>
        <translation>latitud, longitud</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="429"/>
        <source>New point: latitude, longitude</source>
        <translation>Punto nuevo: latitud, longitud</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="432"/>
        <source>Add point</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="433"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="434"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="435"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="436"/>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="498"/>
        <source>Line {line} is not a location: write “latitude, longitude”, for example -1.2921, 36.8219.</source>
        <translation>La línea {line} no es una ubicación: escriba “latitud, longitud”, por ejemplo, -1.2921, 36.8219.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="546"/>
        <source>A shape needs at least three corners: {missing} more to add.</source>
        <translation>Una forma necesita al menos tres esquinas: faltan {missing}.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="548"/>
        <source>A line needs at least two points: add one more.</source>
        <translation>Una línea necesita al menos dos puntos: añada uno más.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="574"/>
        <source>Corners: {count}. The shape closes back to the first corner.</source>
        <translation>Esquinas: {count}. La forma se cierra volviendo a la primera esquina.</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="576"/>
        <source>Points: {count}.</source>
        <translation>Puntos: {count}.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../services/history.py" line="47"/>
        <source>role</source>
        <translation>el rol</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="48"/>
        <source>family name</source>
        <translation>los apellidos</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="49"/>
        <source>given names</source>
        <translation>los nombres</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="50"/>
        <source>native-script family name</source>
        <translation>los apellidos en escritura original</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="51"/>
        <source>native-script given names</source>
        <translation>los nombres en escritura original</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="52"/>
        <source>aliases</source>
        <translation>los alias</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="53"/>
        <source>date of birth</source>
        <translation>la fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="54"/>
        <source>precision of the date of birth</source>
        <translation>la precisión de la fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="55"/>
        <source>sex</source>
        <translation>el sexo</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="56"/>
        <source>nationality</source>
        <translation>la nacionalidad</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="57"/>
        <source>country of birth</source>
        <translation>el país de nacimiento</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="58"/>
        <source>place of birth</source>
        <translation>el lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="59"/>
        <source>languages</source>
        <translation>los idiomas</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="60"/>
        <source>marital status</source>
        <translation>el estado civil</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="61"/>
        <source>relationship to the principal applicant</source>
        <translation>el parentesco con el solicitante principal</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="62"/>
        <source>documents held</source>
        <translation>los documentos que posee</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="65"/>
        <source>case number</source>
        <translation>el número de caso</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="66"/>
        <source>UNHCR id</source>
        <translation>el ID ACNUR</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="67"/>
        <source>priority</source>
        <translation>la prioridad</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="68"/>
        <source>stage</source>
        <translation>la etapa</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="69"/>
        <source>site</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="70"/>
        <source>expedited</source>
        <translation>la tramitación acelerada</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="71"/>
        <source>reason for expediting</source>
        <translation>el motivo de la tramitación acelerada</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="72"/>
        <source>US ties</source>
        <translation>los vínculos en EE. UU.</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="73"/>
        <source>resettlement preferences</source>
        <translation>las preferencias de reasentamiento</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="74"/>
        <source>security check status</source>
        <translation>el estado del control de seguridad</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="75"/>
        <source>medical status</source>
        <translation>el estado del examen médico</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="76"/>
        <source>file location</source>
        <translation>la ubicación del expediente</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="77"/>
        <source>file holder</source>
        <translation>quién tiene el expediente</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="78"/>
        <source>file held since</source>
        <translation>expediente en manos desde</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="79"/>
        <source>file due back</source>
        <translation>fecha de devolución del expediente</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="80"/>
        <source>file&apos;s home location</source>
        <translation>ubicación habitual del expediente</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="81"/>
        <source>flags</source>
        <translation>las marcas</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="84"/>
        <source>principal applicant</source>
        <translation>solicitante principal</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="85"/>
        <source>spouse</source>
        <translation>cónyuge</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="86"/>
        <source>child</source>
        <translation>hijo/a</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="87"/>
        <source>other dependent</source>
        <translation>otro dependiente</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="88"/>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="89"/>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="90"/>
        <source>unspecified (X)</source>
        <translation>no especificado (X)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="91"/>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="92"/>
        <source>year and month</source>
        <translation>año y mes</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="93"/>
        <source>year only</source>
        <translation>solo el año</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="94"/>
        <source>estimated</source>
        <translation>estimada</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="95"/>
        <source>single</source>
        <translation>soltero/a</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="96"/>
        <source>married</source>
        <translation>casado/a</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="97"/>
        <source>widowed</source>
        <translation>viudo/a</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="98"/>
        <source>divorced</source>
        <translation>divorciado/a</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="99"/>
        <source>separated</source>
        <translation>separado/a</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="100"/>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="101"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="102"/>
        <source>cleared</source>
        <translation>superado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="103"/>
        <source>hit</source>
        <translation>coincidencia</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="104"/>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="105"/>
        <source>scheduled</source>
        <translation>programado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="106"/>
        <source>deferred</source>
        <translation>aplazado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="107"/>
        <source>pre-screening</source>
        <translation>preevaluación</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="108"/>
        <source>interview scheduled</source>
        <translation>entrevista programada</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="109"/>
        <source>interviewed</source>
        <translation>entrevistado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="110"/>
        <source>adjudicated</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="111"/>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="112"/>
        <source>denied</source>
        <translation>denegado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="113"/>
        <source>on hold</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="114"/>
        <source>medical</source>
        <translation>examen médico</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="115"/>
        <location filename="../../services/history.py" line="151"/>
        <source>cultural orientation</source>
        <translation>orientación cultural</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="116"/>
        <source>ready for departure</source>
        <translation>listo para viajar</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="117"/>
        <source>departed</source>
        <translation>viajó</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="118"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="133"/>
        <source>photo</source>
        <translation>una foto</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="134"/>
        <source>scan</source>
        <translation>un escaneo</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="135"/>
        <source>signature</source>
        <translation>una firma</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="136"/>
        <source>translation</source>
        <translation>una traducción</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="137"/>
        <source>file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="140"/>
        <source>passport</source>
        <translation>pasaporte</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="141"/>
        <source>UNHCR registration</source>
        <translation>registro de ACNUR</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="142"/>
        <source>birth certificate</source>
        <translation>partida de nacimiento</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="143"/>
        <source>marriage certificate</source>
        <translation>acta de matrimonio</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="144"/>
        <source>national id</source>
        <translation>documento de identidad</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="145"/>
        <source>other document</source>
        <translation>otro documento</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="148"/>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="149"/>
        <source>medical appointment</source>
        <translation>examen médico</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="150"/>
        <source>fingerprints appointment</source>
        <translation>toma de huellas dactilares</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="152"/>
        <source>adjudication interview</source>
        <translation>entrevista de resolución</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="153"/>
        <source>appointment</source>
        <translation>otro tipo</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="157"/>
        <source>recorded that {officer} recommended approval ({date})</source>
        <translation>registró que {officer} recomendó la aprobación ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="158"/>
        <source>recorded that {officer} recommended denial ({date})</source>
        <translation>registró que {officer} recomendó la denegación ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="159"/>
        <source>recorded that {officer} put the case on hold ({date})</source>
        <translation>registró que {officer} dejó el caso en espera ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="160"/>
        <source>recorded that {officer} requested further evidence ({date})</source>
        <translation>registró que {officer} solicitó más pruebas ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="163"/>
        <source>recorded the fingerprint check as cleared ({date})</source>
        <translation>registró la verificación de huellas como aprobada ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="164"/>
        <source>recorded the fingerprint check as pending ({date})</source>
        <translation>registró la verificación de huellas como pendiente ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="165"/>
        <source>recorded a hit in the fingerprint check ({date})</source>
        <translation>registró una coincidencia en la verificación de huellas ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="166"/>
        <source>recorded that the fingerprints must be taken again ({date})</source>
        <translation>registró que hay que volver a tomar las huellas ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="169"/>
        <source>recorded the medical clearance ({date})</source>
        <translation>registró la autorización médica ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="170"/>
        <source>recorded that the medical clearance was deferred ({date})</source>
        <translation>registró que la autorización médica se aplazó ({date})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="173"/>
        <source>an appointment notice</source>
        <translation>un aviso de cita</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="174"/>
        <source>a briefing notice</source>
        <translation>un aviso de sesión informativa</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="175"/>
        <source>a result notice</source>
        <translation>un aviso de resultado</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="180"/>
        <source>an interview</source>
        <translation>una entrevista</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="181"/>
        <source>a form</source>
        <translation>un formulario</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="182"/>
        <source>an adjudication result</source>
        <translation>un resultado de resolución</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="187"/>
        <source>an attachment</source>
        <translation>un adjunto</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="188"/>
        <source>an appointment</source>
        <translation>una cita</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="189"/>
        <source>a notice</source>
        <translation>un aviso</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="190"/>
        <source>a stage change</source>
        <translation>un cambio de etapa</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="191"/>
        <source>a quality finding</source>
        <translation>un hallazgo de calidad</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="192"/>
        <source>a file movement</source>
        <translation>un movimiento del expediente</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="193"/>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="219"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="221"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="221"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="232"/>
        <source>a person no longer in the case</source>
        <translation>una persona que ya no está en el caso</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="233"/>
        <source>a person without a name</source>
        <translation>una persona sin nombre</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="251"/>
        <source>added {what}</source>
        <translation>añadió {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="252"/>
        <source>changed {what}</source>
        <translation>cambió {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="253"/>
        <source>removed {what}</source>
        <translation>eliminó {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="257"/>
        <source>{action} ({what})</source>
        <translation>{action} ({what})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="264"/>
        <source>received the case from HQ</source>
        <translation>recibió el caso de la sede central</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="272"/>
        <source>the case</source>
        <translation>el caso</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="279"/>
        <source>received {what} from HQ</source>
        <translation>recibió de la sede central: {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="282"/>
        <source>received changes to {fields} from HQ</source>
        <translation>recibió de la sede central cambios en {fields}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="285"/>
        <source>received changes to {fields} of {person} from HQ</source>
        <translation>recibió de la sede central cambios en {fields} de {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="288"/>
        <source>received a change to {what} from HQ</source>
        <translation>recibió de la sede central un cambio en {what}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="293"/>
        <source>received more changes from HQ (records: {count})</source>
        <translation>recibió más cambios de la sede central (registros: {count})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="307"/>
        <source>set {field} to {new}</source>
        <translation>estableció {field}: {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="309"/>
        <source>cleared {field} (was {old})</source>
        <translation>borró {field} (era {old})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="310"/>
        <source>changed {field} from {old} to {new}</source>
        <translation>cambió {field} de {old} a {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="312"/>
        <source>set {field} of {person} to {new}</source>
        <translation>estableció {field} de {person}: {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="315"/>
        <source>cleared {field} of {person} (was {old})</source>
        <translation>borró {field} de {person} (era {old})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="318"/>
        <source>changed {field} of {person} from {old} to {new}</source>
        <translation>cambió {field} de {person} de {old} a {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="334"/>
        <source>verified {field} of {person} against {document}</source>
        <translation>verificó {field} de {person} con {document}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="343"/>
        <source>the verification of {field} of {person} was cleared: the value changed</source>
        <translation>se anuló la verificación de {field} de {person}: el valor cambió</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="345"/>
        <source>withdrew the verification of {field} of {person}</source>
        <translation>retiró la verificación de {field} de {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="352"/>
        <source>created the case</source>
        <translation>creó el caso</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="354"/>
        <source>deleted the case</source>
        <translation>eliminó el caso</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="366"/>
        <source>changed the circuit ride</source>
        <translation>cambió la misión itinerante</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="368"/>
        <source>changed the case photo</source>
        <translation>cambió la foto del caso</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="370"/>
        <source>assigned the case to {user}</source>
        <translation>asignó el caso a {user}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="373"/>
        <source>took the case off {user}&apos;s work</source>
        <translation>quitó el caso del trabajo de {user}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="389"/>
        <source>added {person} ({role})</source>
        <translation>añadió a {person} ({role})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="394"/>
        <source>added {person}</source>
        <translation>añadió a {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="396"/>
        <source>removed {person} from the case</source>
        <translation>quitó a {person} del caso</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="400"/>
        <source>was warned that {person} may be recorded already (a likely match)</source>
        <translation>recibió el aviso de que {person} quizá ya esté registrada (una coincidencia probable)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="412"/>
        <source>set the profile photo of {person}</source>
        <translation>estableció la foto de perfil de {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="414"/>
        <source>removed the profile photo of {person}</source>
        <translation>quitó la foto de perfil de {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="427"/>
        <source>attached a file (since removed)</source>
        <translation>adjuntó un archivo (ya eliminado)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="428"/>
        <source>removed an attachment</source>
        <translation>eliminó un adjunto</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="429"/>
        <source>changed an attachment</source>
        <translation>cambió un adjunto</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="434"/>
        <source>{kind} ({document})</source>
        <translation>{kind} ({document})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="442"/>
        <source>attached a {kind} of {person}</source>
        <translation>adjuntó {kind} de {person}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="447"/>
        <source>attached a {kind}</source>
        <translation>adjuntó {kind}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="449"/>
        <source>removed a {kind}</source>
        <translation>eliminó {kind}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="450"/>
        <source>changed the details of a {kind}</source>
        <translation>cambió los datos de {kind}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="455"/>
        <source>changed a record of the file&apos;s movements</source>
        <translation>cambió un registro de traslados del expediente</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="459"/>
        <source>checked the file out to {holder} (due {due})</source>
        <translation>entregó el expediente a {holder} (devolución: {due})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="465"/>
        <source>checked the file out to {holder}</source>
        <translation>entregó el expediente a {holder}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="469"/>
        <source>checked the file in to {location}</source>
        <translation>devolvió el expediente a {location}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="472"/>
        <source>moved the file from {old} to {new}</source>
        <translation>trasladó el expediente de {old} a {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="475"/>
        <source>moved the file to {new}</source>
        <translation>trasladó el expediente a {new}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="478"/>
        <source>{text} ({reason})</source>
        <translation>{text} ({reason})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="489"/>
        <source>added a restricted note</source>
        <translation>añadió una nota restringida</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="490"/>
        <source>added a medical note</source>
        <translation>añadió una nota médica</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="491"/>
        <source>added a note</source>
        <translation>añadió una nota</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="494"/>
        <source>deleted a note</source>
        <translation>eliminó una nota</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="495"/>
        <source>edited a note</source>
        <translation>editó una nota</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="500"/>
        <source>changed an appointment (since removed)</source>
        <translation>cambió una cita (ya eliminada)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="504"/>
        <source>scheduled {what} for {when}</source>
        <translation>programó una cita ({what}) para el {when}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="509"/>
        <source>marked the {what} of {when} as {status}</source>
        <translation>marcó la cita ({what}) del {when} como {status}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="515"/>
        <source>changed the {what} of {when}</source>
        <translation>cambió la cita ({what}) del {when}</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="521"/>
        <source>changed the record of an officer&apos;s result</source>
        <translation>cambió el registro de un resultado del oficial</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="527"/>
        <source>changed the record of a notice</source>
        <translation>cambió el registro de un aviso</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="530"/>
        <source>put the family on the SMS and call list for {what} ({language})</source>
        <translation>incluyó a la familia en la lista de SMS y llamadas para {what} ({language})</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="532"/>
        <source>issued {what} to the family ({language})</source>
        <translation>entregó {what} a la familia ({language})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../case/history.py" line="34"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../case/history.py" line="35"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../case/history.py" line="36"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../case/history.py" line="57"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../case/history.py" line="62"/>
        <source>Every change to this case, newest first. Times are this laptop&apos;s local time.</source>
        <translation>Todos los cambios de este caso, los más recientes primero. Las horas son las locales de este portátil.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <location filename="../case/household.py" line="31"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="39"/>
        <source>Native script</source>
        <translation>Escritura original</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="40"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="41"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="42"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="44"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="85"/>
        <source>Born {dob} ({precision})</source>
        <translation>Fecha de nacimiento: {dob} ({precision})</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="34"/>
        <source>Has unsaved changes kept as a draft</source>
        <translation>Tiene cambios sin guardar, conservados como borrador</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="46"/>
        <source>Fields checked against a document, of the fields filled in</source>
        <translation>Campos comprobados con un documento, del total de campos rellenados</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <location filename="../case/household.py" line="132"/>
        <source>Add pe&amp;rson…</source>
        <translation>&amp;Añadir persona…</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="133"/>
        <source>Add a family member to this case</source>
        <translation>Añadir un miembro de la familia a este caso</translation>
    </message>
    <message>
        <location filename="../case/household.py" line="143"/>
        <source>Household</source>
        <translation>Grupo familiar</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/household.py" line="169"/>
        <source>%n person(s) in the household</source>
        <translation>
            <numerusform>%n persona en el grupo familiar</numerusform>
            <numerusform>%n personas en el grupo familiar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../case/media_viewer.py" line="69"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="74"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="76"/>
        <source>Zoom &amp;in</source>
        <translation>Acer&amp;car</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="78"/>
        <source>&amp;Fit to window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="79"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location filename="../case/media_viewer.py" line="146"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <location filename="../schedule/interpreters.py" line="71"/>
        <source>Edit interpreter</source>
        <translation>Editar intérprete</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="71"/>
        <source>Add interpreter</source>
        <translation>Añadir intérprete</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="76"/>
        <source>ti:native, am:working, en</source>
        <translation>ti:native, am:working, en</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="78"/>
        <source>Language codes, each with an optional level after a colon: native, fluent, working, basic.</source>
        <translation>Códigos de idioma, cada uno con un nivel opcional tras dos puntos: native (nativo), fluent (fluido), working (de trabajo), basic (básico).</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="81"/>
        <source>Sites, separated by commas (empty: any site)</source>
        <translation>Lugares, separados por comas (vacío: cualquier lugar)</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="85"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="86"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Lugares:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="87"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="88"/>
        <source>&amp;Availability:</source>
        <translation>&amp;Disponibilidad:</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <location filename="../schedule/interpreters.py" line="146"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="147"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="148"/>
        <source>Sites</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="148"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="149"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="150"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="150"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="150"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="151"/>
        <source>Away</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="154"/>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="162"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="163"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="164"/>
        <source>Mark a&amp;way…</source>
        <translation>Marcar a&amp;usencia…</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="165"/>
        <location filename="../schedule/interpreters.py" line="242"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="212"/>
        <source>Read-only: only team leads and administrators change the interpreters list.</source>
        <translation>Solo lectura: solo los jefes de equipo y los administradores modifican la lista de intérpretes.</translation>
    </message>
    <message>
        <location filename="../schedule/interpreters.py" line="242"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Reactivar</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <location filename="../forms/session.py" line="709"/>
        <source>Pre-screening</source>
        <translation>Preevaluación</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="710"/>
        <source>Biographic verification</source>
        <translation>Verificación biográfica</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="711"/>
        <source>Medical history</source>
        <translation>Historial médico</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="712"/>
        <source>Resettlement preferences</source>
        <translation>Preferencias de reasentamiento</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="713"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="714"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="54"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="59"/>
        <source>Interviews and forms</source>
        <translation>Entrevistas y formularios</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="67"/>
        <source>No forms filled for this case yet. Start an interview to fill the pre-screening or another form.</source>
        <translation>Aún no se ha llenado ningún formulario para este caso. Inicie una entrevista para llenar la preevaluación u otro formulario.</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="71"/>
        <source>&amp;Start interview…</source>
        <translation>Iniciar entre&amp;vista…</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="73"/>
        <location filename="../case/interviews.py" line="174"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="75"/>
        <source>A&amp;mend…</source>
        <translation>Modifica&amp;r…</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="76"/>
        <source>Change a submitted form; the reason is kept with the change</source>
        <translation>Modificar un formulario enviado; el motivo se guarda junto con la modificación</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="78"/>
        <source>&amp;Discard draft</source>
        <translation>Descartar &amp;borrador</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="148"/>
        <source>Draft (amendment)</source>
        <translation>Borrador (modificación)</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="148"/>
        <source>Draft — not submitted</source>
        <translation>Borrador — no enviado</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="153"/>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="153"/>
        <source>Submitted, amended</source>
        <translation>Enviado, modificado</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="174"/>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="201"/>
        <source>No forms are installed on this laptop. Sync with HQ, or ask your team lead to install them.</source>
        <translation>No hay formularios instalados en esta portátil. Sincronice con la sede central o pida a su jefe/a de equipo que los instale.</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="281"/>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <location filename="../case/interviews.py" line="282"/>
        <source>Discard the unsubmitted answers of this form? This cannot be undone.</source>
        <translation>¿Descartar las respuestas no enviadas de este formulario? Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Line</name>
    <message>
        <location filename="../forms/questions.py" line="124"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="126"/>
        <source>Warning</source>
        <translation>Aviso</translation>
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
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../shell.py" line="160"/>
        <source>My work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <location filename="../shell.py" line="162"/>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../shell.py" line="165"/>
        <source>Adjudication</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../shell.py" line="168"/>
        <source>Files</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../shell.py" line="169"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../shell.py" line="172"/>
        <source>Reports and QC</source>
        <translation>Informes y calidad</translation>
    </message>
    <message>
        <location filename="../shell.py" line="216"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location filename="../shell.py" line="219"/>
        <source>&amp;Find case</source>
        <translation>&amp;Buscar caso</translation>
    </message>
    <message>
        <location filename="../shell.py" line="222"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../shell.py" line="226"/>
        <source>&amp;Import cases…</source>
        <translation>Im&amp;portar casos…</translation>
    </message>
    <message>
        <location filename="../shell.py" line="229"/>
        <source>&amp;Export cases…</source>
        <translation>E&amp;xportar casos…</translation>
    </message>
    <message>
        <location filename="../shell.py" line="231"/>
        <source>&amp;Back up…</source>
        <translation>Copia de segu&amp;ridad…</translation>
    </message>
    <message>
        <location filename="../shell.py" line="234"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../shell.py" line="242"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../shell.py" line="253"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../shell.py" line="254"/>
        <source>&amp;About Circuit Ride</source>
        <translation>&amp;Acerca de Circuit Ride</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../forms/map_layer.py" line="284"/>
        <source>Drag to move the map, turn the wheel to zoom, double-click to place a point</source>
        <translation>Arrastre para mover el mapa, gire la rueda para acercar o alejar, haga doble clic para colocar un punto</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="232"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="234"/>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="235"/>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="236"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="236"/>
        <source>Show all the points again (0)</source>
        <translation>Volver a mostrar todos los puntos (0)</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="282"/>
        <source>Drag to move the map, turn the wheel to zoom</source>
        <translation>Arrastre para mover el mapa; gire la rueda para acercar o alejar</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="288"/>
        <source>Map “{name}”. Arrow keys move it, + and − zoom, 0 shows all the points.</source>
        <translation>Mapa «{name}». Las flechas lo mueven, + y − acercan y alejan, 0 muestra todos los puntos.</translation>
    </message>
    <message>
        <location filename="../forms/map_layer.py" line="291"/>
        <source>Map “{name}”. Arrow keys move it, + and − zoom, 0 shows all the points; Enter or a double-click places a point.</source>
        <translation>Mapa “{name}”. Las flechas lo mueven, + y − acercan y alejan, 0 muestra todos los puntos; Intro o un doble clic colocan un punto.</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../case/media.py" line="134"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="165"/>
        <source>Import photo…</source>
        <translation>Importar foto…</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="166"/>
        <source>Import scan or PDF…</source>
        <translation>Importar escaneo o PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/media.py" line="236"/>
        <source>Photo&amp;s (%n)</source>
        <translation>
            <numerusform>F&amp;otos (%n)</numerusform>
            <numerusform>F&amp;otos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../case/media.py" line="237"/>
        <source>Documen&amp;ts (%n)</source>
        <translation>
            <numerusform>Docum&amp;entos (%n)</numerusform>
            <numerusform>Docum&amp;entos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/media.py" line="245"/>
        <source>Whole case</source>
        <translation>Todo el caso</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="248"/>
        <source>Unknown person</source>
        <translation>Persona desconocida</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="249"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="251"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="317"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="339"/>
        <location filename="../case/media.py" line="360"/>
        <source>This file was removed meanwhile.</source>
        <translation>Mientras tanto, este archivo se eliminó.</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="342"/>
        <source>This image could not be shown: it may be damaged.</source>
        <translation>No se pudo mostrar esta imagen: puede estar dañada.</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="345"/>
        <location filename="../case/media.py" line="364"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../case/media.py" line="353"/>
        <source>This file cannot be shown here.</source>
        <translation>Este archivo no se puede mostrar aquí.</translation>
    </message>
</context>
<context>
    <name>MediaQuestion</name>
    <message>
        <location filename="../forms/media_widgets.py" line="411"/>
        <source>Take photo…</source>
        <translation>Tomar foto…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="413"/>
        <location filename="../forms/media_widgets.py" line="886"/>
        <location filename="../forms/media_widgets.py" line="892"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="414"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="415"/>
        <source>Leave this question without a file</source>
        <translation>Dejar esta pregunta sin archivo</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="416"/>
        <location filename="../forms/media_widgets.py" line="596"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="417"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="418"/>
        <source>Stop recording and keep nothing</source>
        <translation>Detener la grabación sin guardar nada</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="421"/>
        <source>No camera found on this laptop</source>
        <translation>No se encontró ninguna cámara en este portátil</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="423"/>
        <source>Record from this laptop&apos;s microphone</source>
        <translation>Grabar con el micrófono de este portátil</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="427"/>
        <source>No microphone found on this laptop: connect one to record, or choose a recording file.</source>
        <translation>No se encontró ningún micrófono en este portátil: conecte uno para grabar, o elija un archivo de grabación.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="437"/>
        <source>Sound level</source>
        <translation>Nivel de sonido</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="486"/>
        <location filename="../forms/media_widgets.py" line="487"/>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="488"/>
        <source>Choose recording…</source>
        <translation>Elegir grabación…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="489"/>
        <source>Choose video…</source>
        <translation>Elegir vídeo…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="490"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="494"/>
        <source>Sign again…</source>
        <translation>Volver a firmar…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="494"/>
        <source>Sign…</source>
        <translation>Firmar…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="496"/>
        <source>Change drawing…</source>
        <translation>Cambiar dibujo…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="496"/>
        <source>Draw…</source>
        <translation>Dibujar…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="497"/>
        <source>Draw on photo…</source>
        <translation>Dibujar en la foto…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="529"/>
        <source>No file yet.</source>
        <translation>Aún no hay archivo.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="572"/>
        <source>This file could not be read from the workspace.</source>
        <translation>No se pudo leer este archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="585"/>
        <source>Preview of {name}</source>
        <translation>Vista previa de {name}</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="596"/>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="614"/>
        <source>Saving the file into the encrypted workspace…</source>
        <translation>Guardando el archivo en el espacio de trabajo cifrado…</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="618"/>
        <source>The recording stops by itself in {seconds} s.</source>
        <translation>La grabación se detendrá sola en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="619"/>
        <source>Recording… it stops by itself at {length}.</source>
        <translation>Grabando… se detendrá sola al llegar a {length}.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="625"/>
        <source>Files cannot be attached in this window.</source>
        <translation>En esta ventana no se pueden adjuntar archivos.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="629"/>
        <source>No camera found on this laptop, so a photo file can be chosen instead.</source>
        <translation>No se encontró ninguna cámara en este portátil; puede elegir un archivo de foto en su lugar.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="630"/>
        <source>No camera found: connect one to take a photo, or choose a photo file.</source>
        <translation>No se encontró ninguna cámara: conecte una para tomar una foto, o elija un archivo de foto.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="633"/>
        <source>This recording can&apos;t be played on this laptop (no sound output was found).</source>
        <translation>Esta grabación no se puede reproducir en este portátil (no se encontró ninguna salida de sonido).</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="634"/>
        <source>This video can&apos;t be played on this laptop.</source>
        <translation>Este vídeo no se puede reproducir en este portátil.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="640"/>
        <location filename="../forms/media_widgets.py" line="641"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="642"/>
        <source>Recordings (*.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wav *.flac *.amr *.3gp *.webm)</source>
        <translation>Grabaciones (*.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wav *.flac *.amr *.3gp *.webm)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="643"/>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.3gp *.avi)</source>
        <translation>Vídeos (*.mp4 *.m4v *.mov *.webm *.mkv *.3gp *.avi)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="645"/>
        <source>Choose a recording</source>
        <translation>Elegir una grabación</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="645"/>
        <source>Choose a video</source>
        <translation>Elegir un vídeo</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="646"/>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="646"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="649"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="661"/>
        <source>This file could not be read. Check that it is still there, or copy it to this laptop first.</source>
        <translation>No se pudo leer este archivo. Compruebe que sigue ahí, o cópielo primero a este portátil.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="698"/>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="698"/>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="712"/>
        <source>Draw on the photo</source>
        <translation>Dibujar en la foto</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="776"/>
        <source>The microphone could not be started. Check that it is connected and not used by another program, then try again.</source>
        <translation>No se pudo iniciar el micrófono. Compruebe que está conectado y que no lo usa otro programa, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="790"/>
        <source>The recording reached {length} and was stopped.</source>
        <translation>La grabación llegó a {length} y se detuvo.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="803"/>
        <source>Recording, {length}</source>
        <translation>Grabando, {length}</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="818"/>
        <source>Nothing was recorded: the microphone sent no sound.</source>
        <translation>No se grabó nada: el micrófono no envió ningún sonido.</translation>
    </message>
    <message>
        <location filename="../forms/media_widgets.py" line="877"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../schedule/view.py" line="137"/>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="153"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="153"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../case/widgets.py" line="63"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>MoveFileDialog</name>
    <message>
        <location filename="../case/dialogs.py" line="318"/>
        <source>Move the file of {case}</source>
        <translation>Trasladar el expediente de {case}</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="320"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="322"/>
        <source>Now at:</source>
        <translation>Ubicación actual:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="324"/>
        <source>For example: Lima office, cabinet 2</source>
        <translation>Por ejemplo: oficina de Lima, armario 2</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="326"/>
        <source>&amp;New location:</source>
        <translation>Nueva &amp;ubicación:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="327"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../case/dialogs.py" line="328"/>
        <source>&amp;Record move</source>
        <translation>&amp;Registrar traslado</translation>
    </message>
</context>
<context>
    <name>MovementsTab</name>
    <message>
        <location filename="../case/records.py" line="68"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="69"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="70"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="71"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="72"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../case/records.py" line="76"/>
        <source>No movements recorded. Use “Move file…” above when the physical file changes hands.</source>
        <translation>No hay traslados registrados. Use “Trasladar expediente…” arriba cuando el expediente físico cambie de manos.</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <location filename="../unlock/fields.py" line="121"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message numerus="yes">
        <location filename="../unlock/fields.py" line="123"/>
        <source>At least %n character(s); a passphrase of unrelated words is best.</source>
        <translation>
            <numerusform>Al menos %n carácter; lo mejor es una frase de palabras sin relación.</numerusform>
            <numerusform>Al menos %n caracteres; lo mejor es una frase de palabras sin relación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../unlock/fields.py" line="125"/>
        <source>&amp;Repeat password:</source>
        <translation>Re&amp;petir contraseña:</translation>
    </message>
    <message>
        <location filename="../unlock/fields.py" line="168"/>
        <source>Type the password again.</source>
        <translation>Escriba la contraseña de nuevo.</translation>
    </message>
    <message>
        <location filename="../unlock/fields.py" line="170"/>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../case/notes.py" line="48"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="49"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="51"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="56"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../case/notes.py" line="79"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="85"/>
        <source>No notes yet. Write one below.</source>
        <translation>Aún no hay notas. Escriba una abajo.</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="94"/>
        <source>New note…</source>
        <translation>Nueva nota…</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="96"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="98"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="99"/>
        <source>Confidentia&amp;lity:</source>
        <translation>Confidencia&amp;lidad:</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="101"/>
        <source>Add no&amp;te</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="102"/>
        <source>Add the note to the case (Ctrl+Enter)</source>
        <translation>Añadir la nota al caso (Ctrl+Intro)</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/notes.py" line="147"/>
        <source>%n restricted or medical note(s) not shown: they are read by adjudication support, team leads and their author.</source>
        <translation>
            <numerusform>%n nota restringida o médica no se muestra: la leen el apoyo a la adjudicación, los jefes de equipo y su autor.</numerusform>
            <numerusform>%n notas restringidas o médicas no se muestran: las leen el apoyo a la adjudicación, los jefes de equipo y su autor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="166"/>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <location filename="../case/notes.py" line="178"/>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../notice_dialog.py" line="128"/>
        <source>Issue a notice: {case}</source>
        <translation>Emitir un aviso: {case}</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="141"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="142"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="147"/>
        <source>&amp;Issue notice</source>
        <translation>E&amp;mitir aviso</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="159"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="160"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="187"/>
        <source>Appointment: come to an appointment</source>
        <translation>Cita: acudir a una cita</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="188"/>
        <source>Briefing: come to a briefing or cultural orientation</source>
        <translation>Sesión informativa: acudir a una sesión informativa o de orientación cultural</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="189"/>
        <source>Result: what an officer&apos;s result means</source>
        <translation>Resultado: qué significa el resultado de un oficial</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="208"/>
        <source>Reading the case…</source>
        <translation>Leyendo el caso…</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="227"/>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="227"/>
        <source>A&amp;ppointment:</source>
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="257"/>
        <source>No result is recorded for this case yet: record it first.</source>
        <translation>Este caso aún no tiene ningún resultado registrado: regístrelo primero.</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="259"/>
        <source>No briefing or cultural orientation is booked for this case.</source>
        <translation>Este caso no tiene reservada ninguna sesión informativa ni de orientación cultural.</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="260"/>
        <source>No appointment is booked for this case.</source>
        <translation>Este caso no tiene ninguna cita reservada.</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="269"/>
        <source>Save the notice as</source>
        <translation>Guardar el aviso como</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="271"/>
        <source>Word documents (%1)</source>
        <translation>Documentos de Word (%1)</translation>
    </message>
    <message>
        <location filename="../notice_dialog.py" line="318"/>
        <source>Notice written: {file}</source>
        <translation>Aviso guardado: {file}</translation>
    </message>
</context>
<context>
    <name>OsmQuestion</name>
    <message>
        <location filename="../forms/osm_widgets.py" line="102"/>
        <source>Attach an .osm file…</source>
        <translation>Adjuntar un archivo .osm…</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="103"/>
        <source>Use the tags of a feature saved in OpenMapKit or JOSM</source>
        <translation>Usar las etiquetas de un elemento guardado en OpenMapKit o JOSM</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="104"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="105"/>
        <source>Leave this question without tags</source>
        <translation>Dejar esta pregunta sin etiquetas</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="115"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="115"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="238"/>
        <source>This OSM file could not be read from the workspace.</source>
        <translation>No se pudo leer este archivo OSM del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="303"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="305"/>
        <source>The feature is at {lat}, {lon}.</source>
        <translation>El elemento está en {lat}, {lon}.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="307"/>
        <source>No tags yet.</source>
        <translation>Aún no hay etiquetas.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="312"/>
        <source>The feature will be placed at this form&apos;s location ({lat}, {lon}).</source>
        <translation>El elemento se situará en la ubicación de este formulario ({lat}, {lon}).</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="315"/>
        <source>No location is answered in this form yet: the feature will have no coordinates.</source>
        <translation>Este formulario aún no tiene ninguna ubicación respondida: el elemento no tendrá coordenadas.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="342"/>
        <source>Attach an OpenStreetMap file</source>
        <translation>Adjuntar un archivo de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="344"/>
        <source>OpenStreetMap files (*.osm *.xml)</source>
        <translation>Archivos de OpenStreetMap (*.osm *.xml)</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="344"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="355"/>
        <source>This file is too large to be one feature&apos;s OSM file.</source>
        <translation>Este archivo es demasiado grande para ser el archivo OSM de un solo elemento.</translation>
    </message>
    <message>
        <location filename="../forms/osm_widgets.py" line="360"/>
        <source>This file could not be read. Check that it is still there, or copy it to this laptop first.</source>
        <translation>No se pudo leer este archivo. Compruebe que sigue ahí, o cópielo primero a este portátil.</translation>
    </message>
</context>
<context>
    <name>PdfCheck</name>
    <message>
        <location filename="../case/pdf_view.py" line="52"/>
        <source>{name} is protected by a password. Save a copy without the password and import that.</source>
        <translation>{name} está protegido con contraseña. Guarde una copia sin contraseña e importe esa copia.</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="56"/>
        <source>{name} could not be opened as a PDF: it is damaged or incomplete. Copy it again from the source.</source>
        <translation>{name} no se pudo abrir como PDF: está dañado o incompleto. Cópielo de nuevo desde el origen.</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="71"/>
        <source>{name} has no pages.</source>
        <translation>{name} no tiene páginas.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../case/pdf_view.py" line="89"/>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="90"/>
        <source>&amp;Page</source>
        <translation>&amp;Página</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="95"/>
        <source>Pre&amp;vious page</source>
        <translation>Página a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="96"/>
        <source>Ne&amp;xt page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="97"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="98"/>
        <source>Zoom &amp;in</source>
        <translation>Acer&amp;car</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="99"/>
        <source>&amp;Fit page</source>
        <translation>A&amp;justar página</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="100"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al anc&amp;ho</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="101"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/pdf_view.py" line="172"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>de %n página</numerusform>
            <numerusform>de %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="270"/>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="272"/>
        <source>Page width</source>
        <translation>Ancho de página</translation>
    </message>
    <message>
        <location filename="../case/pdf_view.py" line="274"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../case/person_panel.py" line="112"/>
        <source>&amp;Edit person</source>
        <translation>Editar &amp;persona</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="113"/>
        <source>Edit this person&apos;s biographic data (Ctrl+E)</source>
        <translation>Editar los datos biográficos de esta persona (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="114"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="115"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="117"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="118"/>
        <source>Leave edit mode without saving (Esc)</source>
        <translation>Salir de la edición sin guardar (Esc)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="134"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="179"/>
        <source>Select a person in the household list to see and verify their data.</source>
        <translation>Seleccione una persona en la lista del grupo familiar para ver y verificar sus datos.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="239"/>
        <source>(no name recorded)</source>
        <translation>(sin nombre registrado)</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="250"/>
        <source>age {age}</source>
        <translation>edad {age}</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="251"/>
        <source>{done}/{total} verified</source>
        <translation>{done}/{total} verificados</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="261"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="275"/>
        <source>Separate aliases with semicolons (;).</source>
        <translation>Separe los alias con punto y coma (;).</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="306"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="307"/>
        <source>Discard the changes you made to this person?</source>
        <translation>¿Descartar los cambios hechos en los datos de esta persona?</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="359"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="409"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="410"/>
        <source>Save the changes to {name} before leaving?</source>
        <translation>¿Guardar los cambios de {name} antes de salir?</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="456"/>
        <source>Unsaved changes from before the lock were restored.</source>
        <translation>Se restauraron los cambios sin guardar de antes del bloqueo.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="458"/>
        <source>Unsaved changes from before the language change were restored.</source>
        <translation>Se restauraron los cambios sin guardar de antes del cambio de idioma.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="460"/>
        <source>Unsaved changes you left open earlier were restored.</source>
        <translation>Se restauraron los cambios sin guardar que dejó abiertos antes.</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="482"/>
        <source>Withdraw verification</source>
        <translation>Retirar verificación</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="483"/>
        <source>Withdraw the verification of {field}?</source>
        <translation>¿Retirar la verificación de “{field}”?</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="515"/>
        <source>Format: {format}</source>
        <translation>Formato: {format}</translation>
    </message>
    <message>
        <location filename="../case/person_panel.py" line="525"/>
        <source>ISO 639 codes, separated by commas: for example prs, ps, ti.</source>
        <translation>Códigos ISO 639 separados por comas: por ejemplo prs, ps, ti.</translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message>
        <location filename="../case/photos_model.py" line="67"/>
        <source>★ Profile photo</source>
        <translation>★ Foto de perfil</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="83"/>
        <source>Profile photo</source>
        <translation>Foto de perfil</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="85"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} píxeles</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="86"/>
        <source>Taken with the camera</source>
        <translation>Tomada con la cámara</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="86"/>
        <source>Imported from a file</source>
        <translation>Importada desde un archivo</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="89"/>
        <source>Added {date}</source>
        <translation>Añadida el {date}</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="118"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../case/photos_model.py" line="118"/>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <location filename="../case/photos.py" line="75"/>
        <source>Show photos &amp;of</source>
        <translation>M&amp;ostrar fotos de</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="91"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="135"/>
        <source>&amp;Import photo…</source>
        <translation>&amp;Importar foto…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="136"/>
        <source>Import photo (Ctrl+I)</source>
        <translation>Importar foto (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="137"/>
        <source>&amp;Take photo…</source>
        <translation>&amp;Tomar foto…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="139"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="140"/>
        <source>View the photo (Enter)</source>
        <translation>Ver la foto (Intro)</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="141"/>
        <source>&amp;Crop to passport frame…</source>
        <translation>&amp;Recortar a formato pasaporte…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="142"/>
        <source>Set as &amp;profile photo</source>
        <translation>Usar como foto de &amp;perfil</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="143"/>
        <source>&amp;Move to person…</source>
        <translation>&amp;Asignar a otra persona…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="144"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="174"/>
        <source>Everyone in the case</source>
        <translation>Todas las personas del caso</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="178"/>
        <source>Not linked to a person</source>
        <translation>Sin vincular a una persona</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="196"/>
        <source>No photos of this person yet. Import one (Ctrl+I) or take one (Ctrl+T).</source>
        <translation>Aún no hay fotos de esta persona. Importe una (Ctrl+I) o tome una (Ctrl+T).</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="200"/>
        <source>No photos in this case yet.
Import a photo from a file (Ctrl+I) or take one with the camera (Ctrl+T). The first photo of a person becomes their profile photo.</source>
        <translation>Este caso aún no tiene fotos.
Importe una foto desde un archivo (Ctrl+I) o tómela con la cámara (Ctrl+T). La primera foto de una persona pasa a ser su foto de perfil.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="248"/>
        <location filename="../case/photos.py" line="249"/>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="251"/>
        <source>Take photo (Ctrl+T)</source>
        <translation>Tomar foto (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="260"/>
        <location filename="../case/photos.py" line="422"/>
        <source>Whole case</source>
        <translation>Todo el caso</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="261"/>
        <location filename="../case/photos.py" line="426"/>
        <source>Photo of:</source>
        <translation>Foto de:</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="274"/>
        <location filename="../case/photos.py" line="280"/>
        <source>Import photo</source>
        <translation>Importar foto</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="274"/>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="305"/>
        <source>Importing photos…</source>
        <translation>Importando fotos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/photos.py" line="310"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n foto importada.</numerusform>
            <numerusform>%n fotos importadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="313"/>
        <source>Nothing was stored for these files:</source>
        <translation>No se guardó nada de estos archivos:</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="325"/>
        <source>Take photo</source>
        <translation>Tomar foto</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="351"/>
        <source>Saving the photo…</source>
        <translation>Guardando la foto…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="359"/>
        <source>Photo of {name}</source>
        <translation>Foto de {name}</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="395"/>
        <source>Cropping…</source>
        <translation>Recortando…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="392"/>
        <source>Passport-style photo made; the original is kept.</source>
        <translation>Foto tipo pasaporte creada; la original se conserva.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="408"/>
        <source>Set as profile photo</source>
        <translation>Usar como foto de perfil</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="414"/>
        <location filename="../case/photos.py" line="432"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="415"/>
        <source>Profile photo set.</source>
        <translation>Foto de perfil establecida.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="426"/>
        <source>Move to person</source>
        <translation>Asignar a otra persona</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="443"/>
        <source>Remove this photo of {name}?</source>
        <translation>¿Eliminar esta foto de {name}?</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="445"/>
        <source>It is the profile photo; the person will have none until you set another.</source>
        <translation>Es la foto de perfil; la persona no tendrá ninguna hasta que establezca otra.</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="448"/>
        <source>Remove photo</source>
        <translation>Eliminar foto</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="458"/>
        <source>Removing…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location filename="../case/photos.py" line="459"/>
        <source>Photo removed.</source>
        <translation>Foto eliminada.</translation>
    </message>
</context>
<context>
    <name>PointsPreview</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="353"/>
        <source>Drawing of the points</source>
        <translation>Dibujo de los puntos</translation>
    </message>
    <message>
        <location filename="../forms/geo_widgets.py" line="368"/>
        <source>No points yet</source>
        <translation>Aún no hay puntos</translation>
    </message>
</context>
<context>
    <name>ProposalReview</name>
    <message>
        <location filename="../schedule/proposal.py" line="124"/>
        <source>Proposal for {ride}</source>
        <translation>Propuesta para {ride}</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="128"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="129"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="130"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="131"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="132"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="132"/>
        <source>none needed</source>
        <translation>no hace falta</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="133"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="137"/>
        <source>Proposed appointments</source>
        <translation>Citas propuestas</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/proposal.py" line="139"/>
        <source>%n appointment(s) proposed.</source>
        <translation>
            <numerusform>%n cita propuesta.</numerusform>
            <numerusform>%n citas propuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/proposal.py" line="141"/>
        <source>%n case(s) could not be placed.</source>
        <translation>
            <numerusform>No se pudo programar %n caso.</numerusform>
            <numerusform>No se pudieron programar %n casos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="145"/>
        <source>Cases not placed</source>
        <translation>Casos sin programar</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="147"/>
        <source>{case}: {why}</source>
        <translation>{case}: {why}</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="154"/>
        <source>&amp;Apply all</source>
        <translation>&amp;Aplicar todo</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="162"/>
        <source>Not placed:</source>
        <translation>Sin programar:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="182"/>
        <source>Nothing was booked: {reason}</source>
        <translation>No se reservó nada: {reason}</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="184"/>
        <source>Propose again to see what is free now.</source>
        <translation>Vuelva a proponer para ver qué está libre ahora.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../schedule/proposal.py" line="48"/>
        <source>Propose appointments for a ride</source>
        <translation>Proponer citas para una misión</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="63"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="66"/>
        <source>&amp;Ride:</source>
        <translation>&amp;Misión:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="67"/>
        <source>Appointment &amp;type:</source>
        <translation>&amp;Tipo de cita:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="68"/>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="69"/>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="70"/>
        <source>Le&amp;ngth:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="74"/>
        <source>Every case of the ride that still needs this appointment gets a slot on a weekday, within the site&apos;s hours, with an interpreter who speaks the family&apos;s language. Nothing is booked until you apply the proposal.</source>
        <translation>Cada caso de la misión que aún necesite esta cita recibe un hueco en un día laborable, dentro del horario del lugar, con un intérprete que hable el idioma de la familia. No se reserva nada hasta que aplique la propuesta.</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="81"/>
        <source>&amp;Propose</source>
        <translation>Propo&amp;ner</translation>
    </message>
    <message>
        <location filename="../schedule/proposal.py" line="84"/>
        <source>No case in this workspace belongs to a ride.</source>
        <translation>Ningún caso de este espacio de trabajo pertenece a una misión.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../forms/questions.py" line="174"/>
        <location filename="../forms/questions.py" line="183"/>
        <source>Required question</source>
        <translation>Pregunta obligatoria</translation>
    </message>
</context>
<context>
    <name>RangeQuestion</name>
    <message>
        <location filename="../forms/range_widgets.py" line="126"/>
        <source>Clear answer</source>
        <translation>Borrar respuesta</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="129"/>
        <source>Leave this question unanswered</source>
        <translation>Dejar esta pregunta sin respuesta</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="138"/>
        <source>Choose…</source>
        <translation>Seleccione…</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="219"/>
        <location filename="../forms/range_widgets.py" line="228"/>
        <source>No answer yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
</context>
<context>
    <name>RankQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="91"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="92"/>
        <source>Move the chosen item up (Ctrl+Up)</source>
        <translation>Subir el elemento elegido (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="93"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="94"/>
        <source>Move the chosen item down (Ctrl+Down)</source>
        <translation>Bajar el elemento elegido (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="95"/>
        <source>Confirm this order</source>
        <translation>Confirmar este orden</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="96"/>
        <source>Clear ranking</source>
        <translation>Borrar el orden</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="157"/>
        <source>Ranked. Moving an item changes the answer.</source>
        <translation>Ordenado. Si mueve un elemento, cambia la respuesta.</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="160"/>
        <source>Not ranked yet: put the items in order, then confirm.</source>
        <translation>Aún sin ordenar: ponga los elementos en orden y luego confirme.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="550"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
</context>
<context>
    <name>ReportsDialogs</name>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="33"/>
        <source>Give %n finding(s) to a member of the team to fix (cases {cases}).</source>
        <translation>
            <numerusform>Dar %n hallazgo a un miembro del equipo para corregirlo (casos {cases}).</numerusform>
            <numerusform>Dar %n hallazgos a un miembro del equipo para corregirlos (casos {cases}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="36"/>
        <source>Mark %n finding(s) fixed (cases {cases}).</source>
        <translation>
            <numerusform>Marcar %n hallazgo como corregido (casos {cases}).</numerusform>
            <numerusform>Marcar %n hallazgos como corregidos (casos {cases}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/dialogs.py" line="40"/>
        <source>Dismiss %n finding(s) as not a problem (cases {cases}). Running the checks again leaves them dismissed.</source>
        <translation>
            <numerusform>Descartar %n hallazgo como no problemático (casos {cases}). Al ejecutar de nuevo los controles seguirá descartado.</numerusform>
            <numerusform>Descartar %n hallazgos como no problemáticos (casos {cases}). Al ejecutar de nuevo los controles seguirán descartados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="106"/>
        <source>Assign findings</source>
        <translation>Asignar hallazgos</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="179"/>
        <source>Resolve findings</source>
        <translation>Resolver hallazgos</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="181"/>
        <source>How it was &amp;fixed:</source>
        <translation>Cómo se co&amp;rrigió:</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="182"/>
        <source>For example: photo taken at the interview on 3 November</source>
        <translation>Por ejemplo: foto tomada en la entrevista del 3 de noviembre</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="206"/>
        <source>Dismiss findings</source>
        <translation>Descartar hallazgos</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="208"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../reports/dialogs.py" line="209"/>
        <source>For example: two different people, checked against their documents</source>
        <translation>Por ejemplo: son dos personas distintas, comprobado con sus documentos</translation>
    </message>
</context>
<context>
    <name>ReportsLabels</name>
    <message>
        <location filename="../reports/labels.py" line="24"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="25"/>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="26"/>
        <source>Fixed</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="27"/>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../reports/view.py" line="36"/>
        <source>Reports and quality control</source>
        <translation>Informes y control de calidad</translation>
    </message>
    <message>
        <location filename="../reports/view.py" line="42"/>
        <source>&amp;Quality findings</source>
        <translation>&amp;Hallazgos de calidad</translation>
    </message>
    <message>
        <location filename="../reports/view.py" line="43"/>
        <source>Das&amp;hboard</source>
        <translation>&amp;Panel</translation>
    </message>
</context>
<context>
    <name>ResolveFindingsDialog</name>
    <message>
        <location filename="../reports/dialogs.py" line="187"/>
        <source>Mark &amp;fixed</source>
        <translation>Marcar como &amp;corregido</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../unlock/restore_page.py" line="44"/>
        <source>&lt;h3&gt;Restore a backup&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Restaurar una copia de seguridad&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="47"/>
        <source>Choose the backup folder (it holds workspace.json). It is copied, encrypted as it is, to {path}; the backup itself is not changed.</source>
        <translation>Elija la carpeta de la copia de seguridad (contiene workspace.json). Se copia, cifrada tal como está, a {path}; la copia de seguridad en sí no se modifica.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="57"/>
        <source>for example: E:\circuitride-backup-2026-05-01</source>
        <translation>por ejemplo: E:\circuitride-backup-2026-05-01</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="65"/>
        <source>Backup &amp;folder:</source>
        <translation>Car&amp;peta de la copia:</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="67"/>
        <source>your user name in that workspace</source>
        <translation>su nombre de usuario en ese espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="70"/>
        <source>User &amp;name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="72"/>
        <source>Leave it empty if the workspace has a single user.</source>
        <translation>Déjelo vacío si el espacio de trabajo tiene un solo usuario.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="79"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="82"/>
        <source>The password you used when the backup was made. Without it, HQ&apos;s recovery key can reopen the backup: ask your team lead.</source>
        <translation>La contraseña que usaba cuando se hizo la copia de seguridad. Sin ella, la clave de recuperación de la sede central puede volver a abrir la copia: pregunte a su jefe/a de equipo.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="94"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="95"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="96"/>
        <source>&amp;Open the workspace</source>
        <translation>&amp;Abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="121"/>
        <source>Choose the backup folder.</source>
        <translation>Elija la carpeta de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="122"/>
        <source>Type the password of the backup.</source>
        <translation>Escriba la contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="138"/>
        <source>Copying the backup: file {done} of {total}…</source>
        <translation>Copiando la copia de seguridad: archivo {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="141"/>
        <source>Backup folder</source>
        <translation>Carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="153"/>
        <source>&lt;b&gt;Restored.&lt;/b&gt; This laptop now has every record of the backup, as a new device: it is not enrolled with HQ. Ask HQ for a new enrollment code and enroll it from the Sync page (the laptop&apos;s administrator does this); the changes HQ did not have when the backup was made are then sent again. If the laptop the backup came from is lost, ask HQ to revoke it.</source>
        <translation>&lt;b&gt;Restaurado.&lt;/b&gt; Este portátil tiene ahora todos los datos de la copia de seguridad, como un dispositivo nuevo: no está registrado en la sede central. Pida a la sede central un código de registro nuevo y registre el portátil desde la página Sincronización (lo hace el administrador del portátil); después se vuelven a enviar los cambios que la sede central no tenía cuando se hizo la copia de seguridad. Si se perdió el portátil del que procede la copia, pida a la sede central que lo revoque.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="160"/>
        <source>The other users of this workspace ({names}) open it with their own passwords as before; each then enrolls again with HQ with a user code from HQ.</source>
        <translation>Los demás usuarios de este espacio de trabajo ({names}) lo abren con sus propias contraseñas, como antes; después, cada uno vuelve a registrarse en la sede central con un código de usuario de la sede central.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="181"/>
        <source>Wrong user name or password for this backup. It opens with the password that was in use when it was made.</source>
        <translation>Nombre de usuario o contraseña incorrectos para esta copia de seguridad. Se abre con la contraseña que se usaba cuando se hizo.</translation>
    </message>
    <message>
        <location filename="../unlock/restore_page.py" line="192"/>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../case/results.py" line="43"/>
        <source>Record a result: {case}</source>
        <translation>Registrar un resultado: {case}</translation>
    </message>
</context>
<context>
    <name>ResultLabels</name>
    <message>
        <location filename="../adjudication/results_entry.py" line="55"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="56"/>
        <source>Fingerprints</source>
        <translation>Huellas dactilares</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="57"/>
        <source>Medical</source>
        <translation>Examen médico</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="64"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="65"/>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="66"/>
        <source>Hold</source>
        <translation>Dejar en espera</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="67"/>
        <source>Request for evidence</source>
        <translation>Solicitud de pruebas</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="68"/>
        <source>Cleared</source>
        <translation>Superado</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="69"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="70"/>
        <source>Hit</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="71"/>
        <source>Retake</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="72"/>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
</context>
<context>
    <name>ResultsEntry</name>
    <message>
        <location filename="../adjudication/results_entry.py" line="139"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="150"/>
        <source>You, when left empty</source>
        <translation>Usted, si se deja vacío</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="152"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="153"/>
        <source>Mark the appointment do&amp;ne</source>
        <translation>Marcar la cita como &amp;realizada</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="155"/>
        <source>&amp;Record</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="156"/>
        <source>Record this result (Ctrl+Enter)</source>
        <translation>Registrar este resultado (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="160"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="161"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="162"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="163"/>
        <source>Offi&amp;cer:</source>
        <translation>Ofi&amp;cial:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="164"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="241"/>
        <source>Select an appointment to record its result.</source>
        <translation>Seleccione una cita para registrar su resultado.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="280"/>
        <source>Choose the outcome first (keys 1 to 4).</source>
        <translation>Elija primero el resultado (teclas 1 a 4).</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="285"/>
        <source>Give the reason for the denial; it is kept with the result.</source>
        <translation>Indique el motivo de la denegación; se guarda con el resultado.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="327"/>
        <source>Recorded for {case}: {kind}, {outcome}.</source>
        <translation>Registrado para {case}: {kind}, {outcome}.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="333"/>
        <source>The appointment is marked done.</source>
        <translation>La cita se marcó como realizada.</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="335"/>
        <source>The appointment could not be marked done:</source>
        <translation>No se pudo marcar la cita como realizada:</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="372"/>
        <source>Key {n}, or Alt+{n}</source>
        <translation>Tecla {n} o Alt+{n}</translation>
    </message>
    <message>
        <location filename="../adjudication/results_entry.py" line="391"/>
        <source>Required for a denial</source>
        <translation>Obligatorio para una denegación</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../case/results.py" line="68"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="69"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="70"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="71"/>
        <source>Officer</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="72"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="72"/>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="73"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="76"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="77"/>
        <source>No results recorded for this case yet.</source>
        <translation>Este caso aún no tiene resultados registrados.</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="81"/>
        <source>&amp;Record result…</source>
        <translation>&amp;Registrar resultado…</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="83"/>
        <source>Issue notic&amp;e…</source>
        <translation>Emitir a&amp;viso…</translation>
    </message>
    <message>
        <location filename="../case/results.py" line="84"/>
        <source>A notice to the family, in their language, about the result selected</source>
        <translation>Un aviso a la familia, en su idioma, sobre el resultado seleccionado</translation>
    </message>
    <message numerus="yes">
        <location filename="../case/results.py" line="102"/>
        <source>Res&amp;ults (%n)</source>
        <translation>
            <numerusform>Resultado&amp;s (%n)</numerusform>
            <numerusform>Resultado&amp;s (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedFileLine</name>
    <message>
        <location filename="../notice_dialog.py" line="74"/>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <location filename="../schedule/grid.py" line="228"/>
        <source>Schedule grid</source>
        <translation>Cuadrícula de la agenda</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="236"/>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="301"/>
        <source>{case}, {type}</source>
        <translation>{case}, {type}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="304"/>
        <source>{day} {start}–{end} ({minutes} min)</source>
        <translation>{day} {start}–{end} ({minutes} min)</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="307"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="308"/>
        <source>Where: {where}</source>
        <translation>Dónde: {where}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="309"/>
        <source>Interpreter: {name}</source>
        <translation>Intérprete: {name}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="309"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="312"/>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="314"/>
        <source>Officer: {name}</source>
        <translation>Oficial: {name}</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="315"/>
        <source>Family notified</source>
        <translation>Familia notificada</translation>
    </message>
    <message>
        <location filename="../schedule/grid.py" line="315"/>
        <source>Family not notified yet</source>
        <translation>Familia aún no notificada</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location filename="../schedule/view.py" line="184"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="188"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="189"/>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Día o semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="191"/>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="194"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="195"/>
        <source>Next day or week (Alt+Right)</source>
        <translation>Día o semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="200"/>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="201"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="202"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="207"/>
        <source>&amp;Interpreters</source>
        <translation>&amp;Intérpretes</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="208"/>
        <source>&amp;Rooms</source>
        <translation>Sa&amp;las</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="213"/>
        <source>&amp;Book…</source>
        <translation>&amp;Reservar…</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="214"/>
        <source>Book a new appointment (Ctrl+N)</source>
        <translation>Reservar una cita nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="215"/>
        <source>&amp;Propose for ride…</source>
        <translation>&amp;Proponer para misión…</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="218"/>
        <source>Site:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="227"/>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="251"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="252"/>
        <source>I&amp;nterpreters</source>
        <translation>I&amp;ntérpretes</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="254"/>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="274"/>
        <source>clash or double booking</source>
        <translation>conflicto o doble reserva</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="275"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="276"/>
        <source>family notified</source>
        <translation>familia notificada</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="392"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="394"/>
        <source>%n flagged</source>
        <translation>
            <numerusform>%n con alerta</numerusform>
            <numerusform>%n con alerta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="401"/>
        <source>Booked despite a clash: {reason}</source>
        <translation>Reservada pese a un conflicto: {reason}</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="403"/>
        <source>the same interpreter</source>
        <translation>el mismo intérprete</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="404"/>
        <source>the same officer</source>
        <translation>el mismo oficial</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="405"/>
        <source>the same room</source>
        <translation>la misma sala</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="406"/>
        <source>the same family</source>
        <translation>la misma familia</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="411"/>
        <source>Double booking found after sync: {what} at {time} ({case})</source>
        <translation>Doble reserva detectada tras la sincronización: {what} el {time} ({case})</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="422"/>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="434"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="435"/>
        <source>No longer works with the team.</source>
        <translation>Ya no trabaja con el equipo.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="437"/>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="438"/>
        <source>Away {first} to {last}</source>
        <translation>Ausente del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="440"/>
        <source>No interpreter</source>
        <translation>Sin intérprete</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="455"/>
        <source>No cases with a site in this workspace yet.</source>
        <translation>Aún no hay casos con un lugar asignado en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="457"/>
        <source>No appointments at {site} this week.</source>
        <translation>No hay citas en {site} esta semana.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="459"/>
        <source>No appointments at {site} on {day}.</source>
        <translation>No hay citas en {site} el {day}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="460"/>
        <source>Double-click a free place or press Ctrl+N to book one.</source>
        <translation>Haga doble clic en un hueco libre o pulse Ctrl+N para reservar una cita.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="494"/>
        <source>Book &amp;anyway…</source>
        <translation>Reservar de todos &amp;modos…</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="501"/>
        <source>{case} moved to {time}.</source>
        <translation>Cita de {case} movida al {time}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="507"/>
        <source>Book anyway</source>
        <translation>Reservar de todos modos</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="507"/>
        <source>Why is this appointment booked despite the clash? (kept with it)</source>
        <translation>¿Por qué se reserva esta cita pese al conflicto? (se guarda con ella)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="517"/>
        <source>Cancel appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="518"/>
        <source>Why is the appointment of {case} on {time} cancelled?</source>
        <translation>¿Por qué se cancela la cita de {case} del {time}?</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="533"/>
        <source>The appointment of {case} is cancelled.</source>
        <translation>La cita de {case} se canceló.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="544"/>
        <source>{case}: {status}.</source>
        <translation>{case}: {status}.</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="594"/>
        <source>The appointment of {case} is saved.</source>
        <translation>La cita de {case} se guardó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/view.py" line="622"/>
        <source>%n appointment(s) booked as proposed.</source>
        <translation>
            <numerusform>%n cita reservada según la propuesta.</numerusform>
            <numerusform>%n citas reservadas según la propuesta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="633"/>
        <source>&amp;Open or move…	Enter</source>
        <translation>&amp;Abrir o mover…	Intro</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="636"/>
        <source>&amp;Confirmed by the family</source>
        <translation>&amp;Confirmada por la familia</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="637"/>
        <source>&amp;Done</source>
        <translation>&amp;Realizada</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="638"/>
        <source>&amp;No-show</source>
        <translation>&amp;No se presentó</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="639"/>
        <source>&amp;Booked (undo)</source>
        <translation>Re&amp;servada (deshacer)</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="643"/>
        <source>C&amp;ancel…	Del</source>
        <translation>Cance&amp;lar…	Supr</translation>
    </message>
    <message>
        <location filename="../schedule/view.py" line="645"/>
        <source>Open the &amp;case</source>
        <translation>Abrir &amp;el caso</translation>
    </message>
</context>
<context>
    <name>SelectManyMinimalQuestion</name>
    <message>
        <location filename="../forms/choice_widgets.py" line="581"/>
        <location filename="../forms/choice_widgets.py" line="638"/>
        <source>Open the list of answers (Space)</source>
        <translation>Abrir la lista de respuestas (Espacio)</translation>
    </message>
    <message>
        <location filename="../forms/choice_widgets.py" line="635"/>
        <source>Choose…</source>
        <translation>Seleccione…</translation>
    </message>
</context>
<context>
    <name>SelectManyQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="983"/>
        <source>No choices fit the answers given so far.</source>
        <translation>Ninguna opción corresponde a las respuestas dadas hasta ahora.</translation>
    </message>
</context>
<context>
    <name>SelectOneQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="808"/>
        <source>Clear answer</source>
        <translation>Borrar respuesta</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="811"/>
        <source>Leave this question unanswered</source>
        <translation>Dejar esta pregunta sin respuesta</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="852"/>
        <location filename="../forms/questions.py" line="882"/>
        <source>Choose…</source>
        <translation>Seleccione…</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="867"/>
        <source>No choices fit the answers given so far.</source>
        <translation>Ninguna opción corresponde a las respuestas dadas hasta ahora.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../service_messages.py" line="17"/>
        <source>&apos;{name}&apos; is not a valid user name: use lower-case letters, digits, dots, dashes or underscores (for example ana.rojas).</source>
        <translation>&apos;{name}&apos; no es un nombre de usuario válido: use letras minúsculas, dígitos, puntos, guiones o guiones bajos (por ejemplo ana.rojas).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="21"/>
        <source>&apos;{text}&apos; is not a case number from a label (such as LIM-000123): scan the label again.</source>
        <translation>&apos;{text}&apos; no es un número de caso de una etiqueta (como LIM-000123): vuelva a escanear la etiqueta.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="24"/>
        <source>&apos;{value}&apos; does not look like {hint}</source>
        <translation>&apos;{value}&apos; no parece {hint}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="25"/>
        <source>&apos;{value}&apos; is before {year}</source>
        <translation>&apos;{value}&apos; es anterior a {year}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="26"/>
        <source>&apos;{value}&apos; is in the future</source>
        <translation>&apos;{value}&apos; está en el futuro</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="27"/>
        <source>&apos;{value}&apos; is not a UUID (such as 0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a77)</source>
        <translation>&apos;{value}&apos; no es un UUID (como 0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a77)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="30"/>
        <source>&apos;{value}&apos; is not a date and time (ISO 8601)</source>
        <translation>&apos;{value}&apos; no es una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="31"/>
        <source>&apos;{value}&apos; is not a date and time such as 2026-11-03T09:15:00Z</source>
        <translation>&apos;{value}&apos; no es una fecha y hora como 2026-11-03T09:15:00Z</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="34"/>
        <source>&apos;{value}&apos; is not a date and time such as 2026-11-05T09:00:00</source>
        <translation>&apos;{value}&apos; no es una fecha y hora como 2026-11-05T09:00:00</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="37"/>
        <source>&apos;{value}&apos; is not a date and time such as 2026-12-10T09:30</source>
        <translation>«{value}» no es una fecha y hora como 2026-12-10T09:30</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="40"/>
        <source>&apos;{value}&apos; is not a date of birth: use YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>&apos;{value}&apos; no es una fecha de nacimiento: use AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="43"/>
        <source>&apos;{value}&apos; is not a date such as 2026-11-03</source>
        <translation>&apos;{value}&apos; no es una fecha como 2026-11-03</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="44"/>
        <source>&apos;{value}&apos; is not a real calendar date</source>
        <translation>&apos;{value}&apos; no es una fecha real del calendario</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="45"/>
        <source>&apos;{value}&apos; is not a real date and time</source>
        <translation>«{value}» no es una fecha y hora reales</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="46"/>
        <source>&apos;{value}&apos; is not a record id</source>
        <translation>&apos;{value}&apos; no es un identificador de registro</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="47"/>
        <source>&apos;{value}&apos; is not an ISO 639 language code (for example es, uk, ps, ti)</source>
        <translation>&apos;{value}&apos; no es un código de idioma ISO 639 (por ejemplo es, uk, ps, ti)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="50"/>
        <source>&apos;{value}&apos; is not one of: {options}</source>
        <translation>&apos;{value}&apos; no es uno de: {options}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="51"/>
        <source>&apos;{value}&apos; is not working hours such as 08:00-17:00</source>
        <translation>«{value}» no es un horario como 08:00-17:00</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="52"/>
        <source>&apos;{value}&apos; is not written as a date with precision &apos;{precision}&apos;</source>
        <translation>&apos;{value}&apos; no está escrita como una fecha con precisión &apos;{precision}&apos;</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="55"/>
        <source>--take must be local or remote.</source>
        <translation>--take debe ser local o remote.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="56"/>
        <source>A booking made despite a conflict needs its reason (--reason).</source>
        <translation>Una cita reservada pese a un conflicto necesita su motivo (--reason).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="64"/>
        <source>A crop frame is four numbers: left, top, right, bottom.</source>
        <translation>Un marco de recorte son cuatro números: izquierda, arriba, derecha, abajo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="67"/>
        <source>A denial needs its reason (--reason): the officer&apos;s grounds are kept with the result.</source>
        <translation>Una denegación necesita su motivo (--reason): los fundamentos del oficial se guardan con el resultado.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="70"/>
        <source>A device public key must be base64 text.</source>
        <translation>La clave pública de un dispositivo debe ser texto base64.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="71"/>
        <source>A file from HQ did not match its fingerprint and was discarded; sync again.</source>
        <translation>Un archivo de la sede central no coincidía con su huella y se descartó; sincronice de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="74"/>
        <source>A file inside the bundle does not match its fingerprint.</source>
        <translation>Un archivo dentro del paquete no coincide con su huella.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="77"/>
        <source>A file inside the bundle is cut short.</source>
        <translation>Un archivo dentro del paquete está incompleto.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="78"/>
        <source>A file inside the bundle is interrupted by another record.</source>
        <translation>Un archivo dentro del paquete está interrumpido por otro registro.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="81"/>
        <source>A form draft key starts with &apos;draft:form:&apos;.</source>
        <translation>La clave de un borrador de formulario empieza por &apos;draft:form:&apos;.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="82"/>
        <source>A form&apos;s files are attached by answering its question; choose another kind.</source>
        <translation>Los archivos de un formulario se adjuntan respondiendo a su pregunta; elija otro tipo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="85"/>
        <source>A key slot file is damaged. Restore the workspace from a backup.</source>
        <translation>Un archivo de ranura de clave está dañado. Restaure el espacio de trabajo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="94"/>
        <source>A note cannot be empty.</source>
        <translation>Una nota no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="102"/>
        <source>A photo has no text to translate: attach translations to scanned documents.</source>
        <translation>Una foto no tiene texto que traducir: adjunte las traducciones a documentos escaneados.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="105"/>
        <source>A result notice needs a result kind and its outcome (got kind &apos;{result_kind}&apos;, outcome &apos;{outcome}&apos;).</source>
        <translation>Un aviso de resultado necesita el tipo de resultado y su decisión (se recibió el tipo «{result_kind}» y la decisión «{outcome}»).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="112"/>
        <source>A stored bundle key is damaged; ask HQ to enroll this device again.</source>
        <translation>Una clave de paquetes guardada está dañada; pida a la sede central que registre este dispositivo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="115"/>
        <source>A translation takes its person and document type from the page it translates: change the page.</source>
        <translation>Una traducción toma la persona y el tipo de documento de la página que traduce: cambie la página.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="119"/>
        <source>A user name must have 1 to {max} characters (this one has {n}); choose a shorter one.</source>
        <translation>Un nombre de usuario debe tener de 1 a {max} caracteres (este tiene {n}); elija uno más corto.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="122"/>
        <source>A workspace already exists at {path}.</source>
        <translation>Ya existe un espacio de trabajo en {path}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="123"/>
        <source>An amendment must use the form version the submission was filled with.</source>
        <translation>Una enmienda debe usar la versión del formulario con la que se rellenó el envío.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="126"/>
        <source>An appointment lasts 5 to {most} minutes; {minutes} is not that.</source>
        <translation>Una cita dura de 5 a {most} minutos; {minutes} no lo es.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="129"/>
        <source>An appointment or briefing notice needs the appointment&apos;s start (its date and time).</source>
        <translation>Un aviso de cita o de sesión informativa necesita el inicio de la cita (su fecha y hora).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="132"/>
        <source>Answers that need attention before this form can be submitted: {n:,}. The first: {question}: {problem}</source>
        <translation>Respuestas que requieren atención antes de poder enviar este formulario: {n:,}. La primera: {question}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="136"/>
        <source>Answers that need attention: {n:,}. The first: {question}.</source>
        <translation>Respuestas que requieren atención: {n:,}. La primera: {question}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="151"/>
        <source>Case {case} has no result recorded yet: record it first (`circuitride result record`).</source>
        <translation>El caso {case} aún no tiene ningún resultado registrado: regístrelo primero (`circuitride result record`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="154"/>
        <source>Case {case} has nobody in its household yet: add the principal applicant before giving a notice.</source>
        <translation>El caso {case} aún no tiene a nadie en su grupo familiar: añada al solicitante principal antes de emitir un aviso.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="158"/>
        <source>Choose at least one file for the document.</source>
        <translation>Elija al menos un archivo para el documento.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="162"/>
        <source>Could not reach HQ at the address in the code. Check the network and try again.</source>
        <translation>No se pudo contactar con la sede central en la dirección del código. Compruebe la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="165"/>
        <source>Could not write to disk ({reason}). Check the drive, then try again.</source>
        <translation>No se pudo escribir en el disco ({reason}). Compruebe la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="168"/>
        <source>Could not write {path} ({reason}). Check the drive and the folder, then try again.</source>
        <translation>No se pudo escribir {path} ({reason}). Compruebe la unidad y la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="175"/>
        <source>Enrollment with HQ did not finish: run `circuitride sync enroll --code CODE` again with the same code.</source>
        <translation>El registro en la sede central no terminó: ejecute de nuevo `circuitride sync enroll --code CODE` con el mismo código.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="186"/>
        <source>HQ and this laptop disagree about a file upload; sync again.</source>
        <translation>La sede central y este portátil no coinciden sobre la subida de un archivo; sincronice de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="189"/>
        <source>HQ answered with a message this version does not understand; update Circuit Ride.</source>
        <translation>La sede central respondió con un mensaje que esta versión no entiende; actualice Circuit Ride.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="192"/>
        <source>HQ did not confirm a file upload; sync again.</source>
        <translation>La sede central no confirmó la subida de un archivo; sincronice de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="193"/>
        <source>HQ did not hand out its certificate; is the address in the code right?</source>
        <translation>La sede central no entregó su certificado; ¿es correcta la dirección del código?</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="196"/>
        <source>HQ did not take the whole batch; sync again.</source>
        <translation>La sede central no aceptó todo el lote; sincronice de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="197"/>
        <source>HQ is busy</source>
        <translation>La sede central está ocupada</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="198"/>
        <source>List each page of the document exactly once (a page is missing from the new order).</source>
        <translation>Indique cada página del documento exactamente una vez (falta una página en el nuevo orden).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="201"/>
        <source>List each page of the document exactly once.</source>
        <translation>Indique cada página del documento exactamente una vez.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="202"/>
        <source>Moving a case&apos;s stage back (from {old} to {new}) needs a reason, kept in the case&apos;s history: give it when the app asks, or with `circuitride case set NUMBER stage=STAGE --reason TEXT`.</source>
        <translation>Hacer retroceder la etapa de un caso (de {old} a {new}) requiere un motivo, que queda en el historial del caso: indíquelo cuando la aplicación lo pida, o con `circuitride case set NUMBER stage=STAGE --reason TEXT`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="206"/>
        <source>Name the interpreter by id or by name.</source>
        <translation>Indique el intérprete por su identificador o por su nombre.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="207"/>
        <source>No appointment on {day} (officer: {officer}; site: {site}): there is nothing to put on a docket.</source>
        <translation>No hay citas el {day} (oficial: {officer}; lugar: {site}): no hay nada que incluir en una relación de casos.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="211"/>
        <source>No appointment {id} for case {case}: see `circuitride schedule list --json`.</source>
        <translation>No hay ninguna cita {id} para el caso {case}: consulte `circuitride schedule list --json`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="215"/>
        <source>No appointment {id} in this workspace; `circuitride schedule list` shows them.</source>
        <translation>No hay ninguna cita {id} en este espacio de trabajo; `circuitride schedule list` las muestra.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="224"/>
        <source>No interpreter &apos;{key}&apos; in this workspace; `circuitride interpreters list --all` shows them.</source>
        <translation>No hay ningún intérprete «{key}» en este espacio de trabajo; `circuitride interpreters list --all` los muestra.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="230"/>
        <source>No notice template for language &apos;{language}&apos;: use one of {languages}.</source>
        <translation>No hay plantilla de aviso para el idioma «{language}»: use uno de estos: {languages}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="235"/>
        <source>No result {id} for case {case}: see `circuitride result list {case} --json`.</source>
        <translation>No hay ningún resultado {id} para el caso {case}: consulte `circuitride result list {case} --json`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="238"/>
        <source>No site is named &apos;{site}&apos;: see the sites in `circuitride schedule list`.</source>
        <translation>Ningún lugar se llama «{site}»: consulte los lugares en `circuitride schedule list`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="245"/>
        <source>No user {user} in this workspace. `circuitride user list` shows who there is.</source>
        <translation>No hay ningún usuario {user} en este espacio de trabajo. `circuitride user list` muestra quién hay.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="249"/>
        <source>No workspace at {path}. Create one with `circuitride init` or point --data-dir at an existing one.</source>
        <translation>No hay ningún espacio de trabajo en {path}. Cree uno con `circuitride init` o indique uno existente con --data-dir.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="253"/>
        <source>Only a photo can be a profile photo; this attachment is a document.</source>
        <translation>Solo una foto puede ser foto de perfil; este adjunto es un documento.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="257"/>
        <source>Only a user unlocked with their own password has a signing key to enroll: open the workspace as that user (not with HQ&apos;s recovery key), then run this again.</source>
        <translation>Solo un usuario que abrió el espacio con su propia contraseña tiene una clave de firma que registrar: abra el espacio de trabajo como ese usuario (no con la clave de recuperación de la sede central) y repita la operación.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="261"/>
        <source>Only photos can be cropped to a passport frame.</source>
        <translation>Solo las fotos pueden recortarse a formato de pasaporte.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="264"/>
        <source>Periods away are set with `interpreters away`, one period at a time.</source>
        <translation>Las ausencias se registran con `interpreters away`, un periodo cada vez.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="267"/>
        <source>Permission denied writing to {path}. Choose a folder you can write to.</source>
        <translation>Permiso denegado al escribir en {path}. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="270"/>
        <source>Permission denied writing {path}. Choose a folder you can write to.</source>
        <translation>Permiso denegado al escribir {path}. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="273"/>
        <source>Photos and translations are not pages of a document; attach them on their own.</source>
        <translation>Las fotos y las traducciones no son páginas de un documento; adjúntelas por separado.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="276"/>
        <source>Photos and translations have no page order; only the pages of a document do.</source>
        <translation>Las fotos y las traducciones no tienen orden de páginas; solo lo tienen las páginas de un documento.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="282"/>
        <source>Propose at most three months at once.</source>
        <translation>Proponga como máximo tres meses a la vez.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="286"/>
        <source>Say when the appointment starts, for example --at 2026-12-10T09:30.</source>
        <translation>Indique cuándo empieza la cita, por ejemplo --at 2026-12-10T09:30.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="292"/>
        <source>Say where the file went (for example &apos;Lima office, cabinet 2&apos;).</source>
        <translation>Indique adónde fue el expediente (por ejemplo &apos;Oficina de Lima, armario 2&apos;).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="298"/>
        <source>Say which document the value was checked against (for example &apos;passport P1234567&apos;).</source>
        <translation>Indique con qué documento se comprobó el valor (por ejemplo &apos;pasaporte P1234567&apos;).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="301"/>
        <source>Say which language the translation is in (for example &apos;en&apos;).</source>
        <translation>Indique en qué idioma está la traducción (por ejemplo &apos;en&apos;).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="308"/>
        <source>Say why the appointment is cancelled (--reason).</source>
        <translation>Indique por qué se cancela la cita (--reason).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="312"/>
        <source>Taking a denied case further is an appeal: give its reason (--reason).</source>
        <translation>Llevar adelante un caso denegado es una apelación: indique su motivo (--reason).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="315"/>
        <source>That file is itself a translation: attach the new translation to the original page.</source>
        <translation>Ese archivo es ya una traducción: adjunte la nueva traducción a la página original.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="318"/>
        <source>That form submission is not on this laptop.</source>
        <translation>Ese envío de formulario no está en este portátil.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="319"/>
        <source>That interpreter is not on this laptop.</source>
        <translation>Ese intérprete no está en este portátil.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="320"/>
        <source>That password is too easy to guess. Choose a passphrase of unrelated words.</source>
        <translation>Esa contraseña es demasiado fácil de adivinar. Elija una frase de contraseña con palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="323"/>
        <source>The HQ CA certificate stored at enrollment is not a valid PEM certificate.</source>
        <translation>El certificado de la autoridad de la sede central guardado al inscribir este equipo no es un certificado PEM válido.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="326"/>
        <source>The backup could not be copied ({reason}): check the drive and the free space, then try again.</source>
        <translation>No se pudo copiar la copia de seguridad ({reason}): compruebe la unidad y el espacio libre, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="330"/>
        <source>The booking clashes with the schedule: {reasons}. Choose another time, room or interpreter; a team lead may book it anyway with a reason.</source>
        <translation>La cita choca con la agenda: {reasons}. Elija otra hora, sala o intérprete; un jefe de equipo puede reservarla de todos modos indicando el motivo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="334"/>
        <source>The bundle ends in the middle of a record; it is not usable.</source>
        <translation>El paquete termina a mitad de un registro; no se puede usar.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="337"/>
        <source>The bundle file is cut short, probably an incomplete copy. Copy it from the USB stick again (eject the stick safely before unplugging it); do not use the partial file.</source>
        <translation>El archivo del paquete está incompleto, probablemente una copia a medias. Cópielo de nuevo desde la memoria USB (expulse la memoria de forma segura antes de desconectarla); no use el archivo parcial.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="341"/>
        <source>The bundle holds a record too large to read; it is not usable.</source>
        <translation>El paquete contiene un registro demasiado grande para leerlo; no se puede usar.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="344"/>
        <source>The bundle holds an unreadable file piece.</source>
        <translation>El paquete contiene un fragmento de archivo ilegible.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="345"/>
        <source>The bundle holds an unreadable record; it is not usable.</source>
        <translation>El paquete contiene un registro ilegible; no se puede usar.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="348"/>
        <source>The bundle holds records after its end.</source>
        <translation>El paquete contiene registros después de su final.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="349"/>
        <source>The bundle is incomplete (no end record).</source>
        <translation>El paquete está incompleto (falta el registro final).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="350"/>
        <source>The bundle names a file with an invalid fingerprint.</source>
        <translation>El paquete nombra un archivo con una huella no válida.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="351"/>
        <source>The connection to HQ failed during enrollment; run the same enrollment again (the code stays valid).</source>
        <translation>La conexión con la sede central falló durante el registro; repita el mismo registro (el código sigue siendo válido).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="355"/>
        <source>The disk is full: free some space (on the drive that holds {path}) and try again; nothing was changed.</source>
        <translation>El disco está lleno: libere espacio (en la unidad que contiene {path}) e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="359"/>
        <source>The disk is full: free some space on the drive that holds {path} and try again.</source>
        <translation>El disco está lleno: libere espacio en la unidad que contiene {path} e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="362"/>
        <source>The disk is full: free some space, then save the attachment again.</source>
        <translation>El disco está lleno: libere espacio y guarde de nuevo el adjunto.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="365"/>
        <source>The display name must fit on one line of at most {max_chars} characters; shorten it.</source>
        <translation>El nombre visible debe caber en una línea de como máximo {max_chars} caracteres; acórtelo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="368"/>
        <source>The display name {problem}; shorten it.</source>
        <translation>El nombre visible {problem}; acórtelo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="372"/>
        <source>The enrollment code is damaged or incomplete. Copy the whole line HQ gave you.</source>
        <translation>El código de registro está dañado o incompleto. Copie la línea entera que le dio la sede central.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="375"/>
        <source>The enrollment code names a server that is not HTTPS; ask HQ for a new code.</source>
        <translation>El código de registro apunta a un servidor que no usa HTTPS; pida un código nuevo a la sede central.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="378"/>
        <source>The file of the question {question} ({name}) is missing from this laptop&apos;s vault; attach it again.</source>
        <translation>El archivo de la pregunta {question} ({name}) falta en el almacén cifrado de este portátil; vuelva a adjuntarlo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="387"/>
        <source>The frame is too small for an ID photo: make it larger (at least 70 by 90 pixels of the photo).</source>
        <translation>El marco es demasiado pequeño para una foto de documento: amplíelo (al menos 70 por 90 píxeles de la foto).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="398"/>
        <source>The key is right but the database file cannot be read: it is damaged. Run `circuitride check` and restore from a backup.</source>
        <translation>La clave es correcta, pero el archivo de la base de datos no se puede leer: está dañado. Ejecute `circuitride check` y restaure desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="402"/>
        <source>The key slot {name} cannot be read. Restore it from a backup.</source>
        <translation>La ranura de clave {name} no se puede leer. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="405"/>
        <source>The key slot {name} has an unknown format.</source>
        <translation>La ranura de clave {name} tiene un formato desconocido.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="406"/>
        <source>The manifest has no &quot;cases&quot; list. Nothing was imported.</source>
        <translation>El manifiesto no tiene una lista &quot;cases&quot;. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="409"/>
        <source>The manifest must be a JSON object with a &quot;cases&quot; list. Nothing was imported.</source>
        <translation>El manifiesto debe ser un objeto JSON con una lista &quot;cases&quot;. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="413"/>
        <source>The password is too short: use at least {min_chars} characters. A passphrase of three or four unrelated words is easy to remember and strong.</source>
        <translation>La contraseña es demasiado corta: use al menos {min_chars} caracteres. Una frase de tres o cuatro palabras sin relación es fácil de recordar y segura.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="420"/>
        <source>The proposal&apos;s last day ({last}) is before its first ({first}).</source>
        <translation>El último día de la propuesta ({last}) es anterior al primero ({first}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="423"/>
        <source>The record this conflict is about is not on this laptop.</source>
        <translation>El registro al que se refiere este conflicto no está en este portátil.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="426"/>
        <source>The recovery private key could not be read: wrong file or wrong passphrase.</source>
        <translation>No se pudo leer la clave privada de recuperación: archivo equivocado o frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="429"/>
        <source>The recovery private key is not an X25519 key made by `circuitride hq keygen`.</source>
        <translation>La clave privada de recuperación no es una clave X25519 creada con `circuitride hq keygen`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="432"/>
        <source>The recovery public key file is not a PEM public key.</source>
        <translation>El archivo de clave pública de recuperación no es una clave pública PEM.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="433"/>
        <source>The recovery public key is not an X25519 key made by `circuitride hq keygen`.</source>
        <translation>La clave pública de recuperación no es una clave X25519 creada con `circuitride hq keygen`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="436"/>
        <source>The recovery slot does not open with this key.</source>
        <translation>La ranura de recuperación no se abre con esta clave.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="437"/>
        <source>The recovery slot is damaged. Restore the workspace from a backup.</source>
        <translation>La ranura de recuperación está dañada. Restaure el espacio de trabajo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="446"/>
        <source>The server&apos;s certificate does not match the enrollment code: this is not your HQ, or the code is wrong. Nothing was sent.</source>
        <translation>El certificado del servidor no coincide con el código de registro: no es su sede central, o el código es incorrecto. No se envió nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="450"/>
        <source>The stored photo could not be read for cropping; run `circuitride check`.</source>
        <translation>No se pudo leer la foto guardada para recortarla; ejecute `circuitride check`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="453"/>
        <source>The title is longer than 200 characters; shorten it.</source>
        <translation>El título tiene más de 200 caracteres; acórtelo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="456"/>
        <source>The user code is damaged or incomplete. Copy the whole line HQ gave you.</source>
        <translation>El código de usuario está dañado o incompleto. Copie la línea entera que le dio la sede central.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="459"/>
        <source>The workspace could not be upgraded to this version of Circuit Ride; nothing was changed. A copy of the workspace from before the upgrade is kept at {backup}. Install the previous version or contact HQ support.</source>
        <translation>No se pudo actualizar el espacio de trabajo a esta versión de Circuit Ride; no se cambió nada. En {backup} se guarda una copia del espacio de trabajo de antes de la actualización. Instale la versión anterior o contacte con el soporte de la sede central.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="463"/>
        <source>The workspace is in use by another Circuit Ride window or command that holds it alone (it does so when the disk is full). Close it, then try again.</source>
        <translation>El espacio de trabajo está en uso por otra ventana u orden de Circuit Ride que lo tiene en exclusiva (lo hace cuando el disco está lleno). Ciérrela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="467"/>
        <source>The workspace is locked. Unlock it first.</source>
        <translation>El espacio de trabajo está bloqueado. Desbloquéelo primero.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="468"/>
        <source>There is no notice template in &apos;{language}&apos;. Templates exist in: {available}.</source>
        <translation>No hay ninguna plantilla de aviso en «{language}». Hay plantillas en: {available}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="471"/>
        <source>There is no other device&apos;s value to take; use --value.</source>
        <translation>No hay ningún valor de otro dispositivo que tomar; use --value.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="481"/>
        <source>These pages belong to different documents; order one document at a time.</source>
        <translation>Estas páginas pertenecen a documentos distintos; ordene un documento cada vez.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="498"/>
        <source>This answer&apos;s file is not stored on this laptop (it may not have been synced yet); attach it again.</source>
        <translation>El archivo de esta respuesta no está guardado en este portátil (quizá aún no se ha sincronizado); vuelva a adjuntarlo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="502"/>
        <source>This appointment is already cancelled.</source>
        <translation>Esta cita ya está cancelada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="59"/>
        <source>A briefing notice is for a briefing or a cultural orientation, and this appointment is neither: give an appointment notice (--kind appointment).</source>
        <translation>Un aviso de sesión informativa es para una sesión informativa o una orientación cultural, y esta cita no es ninguna de las dos: emita un aviso de cita (--kind appointment).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="63"/>
        <source>A child ({child}) is older than a parent ({parent}).</source>
        <translation>Un hijo o hija ({child}) es mayor que uno de sus progenitores ({parent}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="88"/>
        <source>A map name has at most {n} characters.</source>
        <translation>El nombre de un mapa tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="89"/>
        <source>A map named &apos;{name}&apos; is already installed: remove it first (`circuitride maps remove`) or give this one another name with --name.</source>
        <translation>Ya hay instalado un mapa llamado “{name}”: elimínelo primero (`circuitride maps remove`) o dé a este otro nombre con --name.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="93"/>
        <source>A map needs a name: give one with --name.</source>
        <translation>Un mapa necesita un nombre: indíquelo con --name.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="95"/>
        <source>A parent (born {parent}) is only {gap} years older than a child (born {child}).</source>
        <translation>Un progenitor (nacimiento: {parent}) tiene solo {gap} años más que un hijo o hija (nacimiento: {child}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="98"/>
        <source>A parent of the principal applicant (born {parent}) is less than {gap} years older than them (born {child}).</source>
        <translation>Un progenitor del solicitante principal (nacimiento: {parent}) tiene menos de {gap} años más que este (nacimiento: {child}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="109"/>
        <source>A review of {status} needs a note saying what is wrong.</source>
        <translation>Una revisión con estado {status} necesita una nota que indique qué está mal.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="139"/>
        <source>Cannot read or write the map ({reason}): check the file {file} and the disk, then try again.</source>
        <translation>No se puede leer ni escribir el mapa ({reason}): compruebe el archivo {file} y el disco, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="143"/>
        <source>Case {case} has no appointment booked from today on: book one first (`circuitride schedule add`), or name it with --appointment.</source>
        <translation>El caso {case} no tiene ninguna cita reservada a partir de hoy: reserve una primero (`circuitride schedule add`) o indíquela con --appointment.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="147"/>
        <source>Case {case} has no briefing booked from today on: book one first (`circuitride schedule add`), or name it with --appointment.</source>
        <translation>El caso {case} no tiene ninguna sesión informativa reservada a partir de hoy: reserve una primero (`circuitride schedule add`) o indíquela con --appointment.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="159"/>
        <source>Could not make the folder {path} ({reason}). Choose a folder you can write to.</source>
        <translation>No se pudo crear la carpeta {path} ({reason}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="171"/>
        <source>Dates of birth not verified against a document at stage {stage}: {n} of {of} persons.</source>
        <translation>Fechas de nacimiento no verificadas con un documento en la etapa {stage}: {n} de {of} personas.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="174"/>
        <source>Dismissing a finding needs a reason.</source>
        <translation>Para descartar un hallazgo hace falta un motivo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="179"/>
        <source>Expedited case {days} days in stage {stage} (more than {limit}).</source>
        <translation>Caso de tramitación acelerada con {days} días en la etapa {stage} (más de {limit}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="182"/>
        <source>Form {form} has {n} answers that break its rules; the first: {question}: {problem}</source>
        <translation>El formulario {form} tiene {n} respuestas que no cumplen sus reglas; la primera: {question}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="185"/>
        <source>Give at least one case number.</source>
        <translation>Indique al menos un número de caso.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="214"/>
        <source>No appointment {id} in this workspace.</source>
        <translation>No hay ninguna cita {id} en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="218"/>
        <source>No case matches the filter; nothing was assigned.</source>
        <translation>Ningún caso coincide con el filtro; no se asignó nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="219"/>
        <source>No case {cases} in this workspace; nothing was assigned. Check the numbers, or search with `circuitride search`.</source>
        <translation>No hay ningún caso {cases} en este espacio de trabajo; no se asignó nada. Revise los números o busque con `circuitride search`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="223"/>
        <source>No circuit ride named &apos;{ride}&apos; in this workspace.</source>
        <translation>No hay ninguna misión llamada &apos;{ride}&apos; en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="227"/>
        <source>No map named &apos;{name}&apos; is installed. `circuitride maps list` shows the installed maps.</source>
        <translation>No hay instalado ningún mapa llamado “{name}”. `circuitride maps list` muestra los mapas instalados.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="233"/>
        <source>No photo of the principal applicant at stage {stage}.</source>
        <translation>No hay foto del solicitante principal en la etapa {stage}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="234"/>
        <source>No quality finding {id} on this laptop.</source>
        <translation>No hay ningún hallazgo de control de calidad {id} en este portátil.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="241"/>
        <source>No submitted form {id} on this laptop: check the id (`circuitride forms submit --json` and `circuitride forms export --format json` give it).</source>
        <translation>No hay ningún formulario enviado {id} en este portátil: compruebe el identificador (lo indican `circuitride forms submit --json` y `circuitride forms export --format json`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="248"/>
        <source>No user {user} on this laptop.</source>
        <translation>No hay ningún usuario {user} en este portátil.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="256"/>
        <source>Only a submitted form is reviewed.</source>
        <translation>Solo se revisan los formularios enviados.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="279"/>
        <source>Possibly the same person as one in case {other} (likeness {score}).</source>
        <translation>Posiblemente la misma persona que una del caso {other} (parecido {score}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="283"/>
        <source>Review {status} is not one of: {known}.</source>
        <translation>La revisión {status} no es una de estas: {known}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="284"/>
        <source>Rule {rule} is not one of: {known}.</source>
        <translation>La regla {rule} no es una de estas: {known}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="285"/>
        <source>Say how the finding was fixed (a note).</source>
        <translation>Indique cómo se corrigió el hallazgo (una nota).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="289"/>
        <source>Say where the file goes back to (for example &apos;Lima office, cabinet 2&apos;), or leave out --to.</source>
        <translation>Indique adónde vuelve el expediente (por ejemplo &apos;Lima office, cabinet 2&apos;) u omita --to.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="295"/>
        <source>Say which cases: give case numbers or at least one filter (site, ride, stage, ...).</source>
        <translation>Indique qué casos: dé números de caso o al menos un filtro (lugar, misión, etapa, ...).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="304"/>
        <source>Say who takes the file: --to NAME (for example &apos;Interviewer A&apos;).</source>
        <translation>Indique quién se lleva el expediente: --to NOMBRE (por ejemplo &apos;Interviewer A&apos;).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="307"/>
        <source>Say whom to assign the finding to.</source>
        <translation>Indique a quién asignar el hallazgo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="311"/>
        <source>Status {status} is not one of: {known}.</source>
        <translation>El estado {status} no es uno de estos: {known}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="369"/>
        <source>The due date {due} is past (today is {today}): give today or a later day.</source>
        <translation>La fecha de devolución {due} ya pasó (hoy es {today}): indique hoy o un día posterior.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="382"/>
        <source>The finding is already {status}.</source>
        <translation>El hallazgo ya está en estado {status}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="383"/>
        <source>The form {id} is a draft that has not been submitted: submit it first, then write its record.</source>
        <translation>El formulario {id} es un borrador que no se ha enviado: envíelo primero y después genere su registro.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="391"/>
        <source>The installed map {id} cannot be read: it is damaged. Remove it with `circuitride maps remove {id}` and install it again.</source>
        <translation>El mapa instalado {id} no se puede leer: está dañado. Elimínelo con `circuitride maps remove {id}` e instálelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="395"/>
        <source>The interpreter booked for {start} speaks none of the family&apos;s languages ({languages}).</source>
        <translation>El intérprete reservado para el {start} no habla ninguno de los idiomas de la familia ({languages}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="412"/>
        <source>The paper file is with {holder}, due back on {due}.</source>
        <translation>El expediente en papel lo tiene {holder}, con devolución el {due}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="417"/>
        <source>The period ends ({end}) before it starts ({start}): give --to on or after --from.</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}): indique un --to igual o posterior a --from.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="440"/>
        <source>The ride &apos;{ride}&apos; has no case: there is no label to print.</source>
        <translation>La misión &apos;{ride}&apos; no tiene casos: no hay etiquetas que imprimir.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="443"/>
        <source>The ride &apos;{ride}&apos; has no case: there is no packet to make.</source>
        <translation>La misión «{ride}» no tiene casos: no hay ningún paquete que preparar.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="474"/>
        <source>There is no user {user} on this laptop (`circuitride user list`).</source>
        <translation>No hay ningún usuario {user} en este portátil (`circuitride user list`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="477"/>
        <source>There is no user {user} on this laptop: work goes to one of its users (`circuitride user list`).</source>
        <translation>No hay ningún usuario {user} en este portátil: el trabajo se asigna a uno de sus usuarios (`circuitride user list`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="484"/>
        <source>This OSM file declares a document type, which an OSM file never needs.</source>
        <translation>Este archivo OSM declara un tipo de documento, algo que un archivo OSM nunca necesita.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="487"/>
        <source>This OSM file declares entities or a document type, which an OSM file never needs; export it again from OpenMapKit or JOSM.</source>
        <translation>Este archivo OSM declara entidades o un tipo de documento, algo que un archivo OSM nunca necesita; expórtelo de nuevo desde OpenMapKit o JOSM.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="491"/>
        <source>This OSM file has no feature to tag.</source>
        <translation>Este archivo OSM no tiene ningún elemento que etiquetar.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="492"/>
        <source>This OSM file has no tagged feature; tag the feature in OpenMapKit or JOSM and save it.</source>
        <translation>Este archivo OSM no tiene ningún elemento etiquetado; etiquete el elemento en OpenMapKit o JOSM y guárdelo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="495"/>
        <source>This XML file is not an OSM file (it has no &lt;osm&gt; element); choose a .osm file.</source>
        <translation>Este archivo XML no es un archivo OSM (no tiene el elemento &lt;osm&gt;); elija un archivo .osm.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="503"/>
        <source>This appointment is {status}; book a new one instead of moving it.</source>
        <translation>Esta cita está en estado {status}; reserve una nueva en lugar de moverla.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="506"/>
        <source>This appointment was cancelled, missed or has taken place: book a new one before giving a notice for it.</source>
        <translation>Esta cita se canceló, no se presentaron o ya tuvo lugar: reserve una nueva antes de emitir un aviso.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="510"/>
        <source>This appointment was cancelled; book a new one.</source>
        <translation>Esta cita se canceló; reserve una nueva.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="511"/>
        <source>This backup is damaged (a key slot cannot be read): choose another backup.</source>
        <translation>Esta copia de seguridad está dañada (no se puede leer una ranura de clave): elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="514"/>
        <source>This backup is damaged (its HQ recovery slot cannot be read): choose another backup.</source>
        <translation>Esta copia de seguridad está dañada (no se puede leer su ranura de recuperación de la sede central): elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="517"/>
        <source>This backup is damaged (its workspace.json cannot be read): choose another backup.</source>
        <translation>Esta copia de seguridad está dañada (no se puede leer su workspace.json): elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="520"/>
        <source>This backup is damaged: the password is right but its database cannot be read. Nothing was restored; choose another backup.</source>
        <translation>Esta copia de seguridad está dañada: la contraseña es correcta, pero su base de datos no se puede leer. No se restauró nada; elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="524"/>
        <source>This bundle was sealed for a different key, so it cannot be opened here. A push bundle opens only at the HQ the laptop is enrolled with; a reply bundle only on the laptop it was made for.</source>
        <translation>Este paquete se selló para otra clave, así que no se puede abrir aquí. Un paquete de envío solo se abre en la sede central en la que está registrado el portátil; un paquete de respuesta, solo en el portátil para el que se hizo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="528"/>
        <source>This conflict is resolved already.</source>
        <translation>Este conflicto ya está resuelto.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="529"/>
        <source>This draft is too large to keep; save or shorten the text.</source>
        <translation>Este borrador es demasiado grande para guardarlo; guarde o acorte el texto.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="532"/>
        <source>This file is not a Circuit Ride sync bundle. Check that you picked the bundle file (it ends in .crbundle) and not another file from the USB stick.</source>
        <translation>Este archivo no es un paquete de sincronización de Circuit Ride. Compruebe que eligió el archivo del paquete (termina en .crbundle) y no otro archivo de la memoria USB.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="536"/>
        <source>This form cannot be submitted yet: {problem}.</source>
        <translation>Este formulario aún no se puede enviar: {problem}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="537"/>
        <source>This form&apos;s audit log could not be recorded: {problem}.</source>
        <translation>No se pudo guardar el registro de auditoría de este formulario: {problem}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="540"/>
        <source>This is not a Circuit Ride enrollment code (it starts with CR1-). Copy the whole line HQ gave you.</source>
        <translation>Esto no es un código de registro de Circuit Ride (empieza por CR1-). Copie la línea entera que le dio la sede central.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="544"/>
        <source>This is not an OSM file (its XML cannot be read); choose a .osm file.</source>
        <translation>Esto no es un archivo OSM (su XML no se puede leer); elija un archivo .osm.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="547"/>
        <source>This key slot belongs to another workspace or device.</source>
        <translation>Esta ranura de clave pertenece a otro espacio de trabajo o dispositivo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="550"/>
        <source>This laptop is not enrolled with HQ yet: its administrator enrolls it first (`circuitride sync enroll --code CODE`), then each user enrolls.</source>
        <translation>Este portátil aún no está registrado en la sede central: primero lo registra su administrador (`circuitride sync enroll --code CODE`) y después se registra cada usuario.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="554"/>
        <source>This laptop made none of the conflicting edits; use --take remote or --value.</source>
        <translation>Este portátil no hizo ninguno de los cambios en conflicto; use --take remote o --value.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="557"/>
        <source>This photo belongs to another person of the case: move it to this person first.</source>
        <translation>Esta foto pertenece a otra persona del caso: muévala primero a esta persona.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="560"/>
        <source>This recovery key is not the one this workspace was created with.</source>
        <translation>Esta clave de recuperación no es aquella con la que se creó este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="563"/>
        <source>This recovery slot belongs to another workspace or device.</source>
        <translation>Esta ranura de recuperación pertenece a otro espacio de trabajo o dispositivo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="566"/>
        <source>This reply bundle is for another laptop, not this one; it was not imported. Give it to the laptop it was made for.</source>
        <translation>Este paquete de respuesta es para otro portátil, no para este; no se importó. Entréguelo al portátil para el que se hizo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="570"/>
        <source>This workspace has no HQ recovery slot; it cannot be recovered without a password.</source>
        <translation>Este espacio de trabajo no tiene ranura de recuperación de la sede central; no se puede recuperar sin una contraseña.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="573"/>
        <source>This workspace has several users: say which one with --user NAME.</source>
        <translation>Este espacio de trabajo tiene varios usuarios: indique cuál con --user NAME.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="576"/>
        <source>This workspace is enrolled already. Ask HQ to revoke it first if it must change.</source>
        <translation>Este espacio de trabajo ya está registrado. Si debe cambiar, pida antes a la sede central que revoque el registro.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="579"/>
        <source>This workspace is not enrolled with HQ yet: run `circuitride sync enroll --code CODE`.</source>
        <translation>Este espacio de trabajo aún no está registrado en la sede central: ejecute `circuitride sync enroll --code CODE`.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="582"/>
        <source>This workspace is not enrolled with HQ, so it cannot take HQ&apos;s reply bundle.</source>
        <translation>Este espacio de trabajo no está registrado en la sede central, así que no puede recibir el paquete de respuesta de la sede central.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="585"/>
        <source>This workspace is not enrolled with HQ, so it cannot write a bundle for HQ: enroll it first (`circuitride sync enroll --code CODE`).</source>
        <translation>Este espacio de trabajo no está registrado en la sede central, así que no puede escribir un paquete para ella: regístrelo primero (`circuitride sync enroll --code CODE`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="589"/>
        <source>This workspace was made by a newer version of Circuit Ride (folder format {found}; this version knows {known}): install that version or newer; nothing was changed.</source>
        <translation>Este espacio de trabajo lo creó una versión más reciente de Circuit Ride (formato de carpeta {found}; esta versión conoce {known}): instale esa versión o una posterior; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="593"/>
        <source>This workspace was made by a newer version of Circuit Ride (format {revision}; this version knows formats up to {head}): install that version or newer; nothing was changed.</source>
        <translation>Este espacio de trabajo lo creó una versión más reciente de Circuit Ride (formato {revision}; esta versión conoce formatos hasta {head}): instale esa versión o una posterior; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="597"/>
        <source>This workspace was restored from a backup as a new device: ask HQ for a new enrollment code (`circuitride hq enroll-device`) and run `circuitride sync enroll --code CODE` as the laptop&apos;s administrator.</source>
        <translation>Este espacio de trabajo se restauró desde una copia de seguridad como un dispositivo nuevo: pida a la sede central un código de registro nuevo (`circuitride hq enroll-device`) y ejecute `circuitride sync enroll --code CODE` como administrador del portátil.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="601"/>
        <source>This workspace&apos;s enrollment lacks HQ&apos;s bundle key; ask HQ to enroll it again.</source>
        <translation>Al registro de este espacio de trabajo le falta la clave de paquetes de la sede central; pida a la sede central que lo registre de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="604"/>
        <source>Two records hold this value, so keeping either side changes nothing: give this record another value with --value.</source>
        <translation>Dos registros tienen este valor, así que conservar cualquiera de los dos lados no cambia nada: dé a este registro otro valor con --value.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="608"/>
        <source>Type the new value for this record (it must not be empty).</source>
        <translation>Escriba el nuevo valor de este registro (no puede estar vacío).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="611"/>
        <source>Unknown appointment type &apos;{type}&apos;: use one of {types}.</source>
        <translation>Tipo de cita desconocido «{type}»: use uno de estos: {types}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="614"/>
        <source>Unknown grouping &apos;{by}&apos;: use one of {choices}.</source>
        <translation>Agrupación desconocida &apos;{by}&apos;: use una de estas: {choices}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="615"/>
        <source>Unknown notice kind &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>Tipo de aviso desconocido «{kind}»: use uno de estos: {kinds}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="616"/>
        <source>Unknown role &apos;{role}&apos;. Roles: {roles}.</source>
        <translation>Rol desconocido &apos;{role}&apos;. Roles: {roles}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="617"/>
        <source>User {user} already exists. Use `circuitride passwd --user {user}` instead.</source>
        <translation>El usuario {user} ya existe. Use `circuitride passwd --user {user}` en su lugar.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="620"/>
        <source>Wrong password. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Contraseña incorrecta. Compruebe la distribución del teclado y el Bloq Mayús, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="623"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="624"/>
        <source>You cannot deactivate yourself; ask another administrator.</source>
        <translation>No puede desactivarse a sí mismo; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="627"/>
        <source>Your role ({role}) may not make travel packets: a member of the case team (interviewer, adjudication support or team lead) makes them.</source>
        <translation>Su rol ({role}) no permite preparar paquetes de viaje: los prepara un miembro del equipo de casos (entrevistador, apoyo a la resolución o jefe de equipo).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="631"/>
        <source>Your role ({role}) may not {action}. Ask {who}.</source>
        <translation>Su rol ({role}) no permite {action}. Pídalo a {who}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="632"/>
        <source>Your role ({role}) sees only your own work; a team lead sees anyone&apos;s.</source>
        <translation>Su rol ({role}) solo ve su propio trabajo; un jefe de equipo ve el de cualquiera.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="635"/>
        <source>a UNHCR registration id such as 123-45C67890</source>
        <translation>un número de registro de ACNUR como 123-45C67890</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="636"/>
        <source>a case number such as LIM-000123</source>
        <translation>un número de caso como LIM-000123</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="637"/>
        <source>a date with precision &apos;{precision}&apos; needs the form {form}</source>
        <translation>una fecha con precisión &apos;{precision}&apos; necesita la forma {form}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="640"/>
        <source>a kept chunk of a partial download is missing</source>
        <translation>falta un fragmento guardado de una descarga parcial</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="641"/>
        <source>a team lead</source>
        <translation>un jefe de equipo</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="642"/>
        <source>a two-letter country code such as AF</source>
        <translation>un código de país de dos letras como AF</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="643"/>
        <source>a two-letter country code such as PE</source>
        <translation>un código de país de dos letras como PE</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="644"/>
        <source>a two-letter country code such as VE</source>
        <translation>un código de país de dos letras como VE</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="645"/>
        <source>adjudication support</source>
        <translation>apoyo a la adjudicación</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="646"/>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="647"/>
        <source>amendment.reason: say why a submitted form is being changed.</source>
        <translation>amendment.reason: indique por qué se cambia un formulario enviado.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="650"/>
        <source>an administrator</source>
        <translation>un administrador</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="651"/>
        <source>an unknown place</source>
        <translation>un lugar desconocido</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="652"/>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="653"/>
        <source>assign work</source>
        <translation>asignar trabajo</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="654"/>
        <source>attach files</source>
        <translation>adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="655"/>
        <source>book an appointment despite a schedule conflict</source>
        <translation>reservar una cita pese a un conflicto de agenda</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="656"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="657"/>
        <source>change reference data (forms, sites, rides, interpreters)</source>
        <translation>cambiar datos de referencia (formularios, lugares, misiones, intérpretes)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="660"/>
        <source>change the role of</source>
        <translation>cambiar el rol de</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="661"/>
        <source>date of birth must be text: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>la fecha de nacimiento debe ser texto: AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="664"/>
        <source>date: give a day such as 2026-12-10.</source>
        <translation>fecha: indique un día como 2026-12-10.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="665"/>
        <source>date: {day} is in the future; record a result on or after the day it was given.</source>
        <translation>fecha: {day} es futura; registre un resultado el día en que se dio o después.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="668"/>
        <source>deactivate</source>
        <translation>desactivar</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="669"/>
        <source>delete records</source>
        <translation>eliminar registros</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="670"/>
        <source>edit cases</source>
        <translation>editar casos</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="671"/>
        <source>enroll this laptop</source>
        <translation>registrar este portátil</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="672"/>
        <source>expected &apos;{format}&apos;</source>
        <translation>se esperaba &apos;{format}&apos;</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="673"/>
        <source>expected text</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="674"/>
        <source>export data</source>
        <translation>exportar datos</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="675"/>
        <source>export format: json or csv.</source>
        <translation>formato de exportación: json o csv.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="676"/>
        <source>file movement</source>
        <translation>movimiento de expediente</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="677"/>
        <source>fix the file in a text editor, or save it again from the spreadsheet as &apos;CSV UTF-8&apos;</source>
        <translation>corrija el archivo en un editor de texto, o guárdelo de nuevo desde la hoja de cálculo como &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="680"/>
        <source>holds a control character or invalid text; type or paste it again as plain text</source>
        <translation>contiene un carácter de control o texto no válido; escríbalo o péguelo de nuevo como texto sin formato</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="683"/>
        <source>holds a line break; it must be one line</source>
        <translation>contiene un salto de línea; debe ser una sola línea</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="684"/>
        <source>holds {count:,} items; at most {cap:,} are allowed</source>
        <translation>contiene {count:,} elementos; se admiten como máximo {cap:,}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="685"/>
        <source>holds {count} periods; at most {cap} are allowed</source>
        <translation>tiene {count} periodos; se permiten como máximo {cap}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="686"/>
        <source>import case manifests</source>
        <translation>importar manifiestos de casos</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="687"/>
        <source>interpreter.name: another interpreter is already named &apos;{name}&apos;</source>
        <translation>interpreter.name: ya hay otro intérprete llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="690"/>
        <source>interviewer</source>
        <translation>entrevistador</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="691"/>
        <source>is longer than {max_chars:,} characters</source>
        <translation>tiene más de {max_chars:,} caracteres</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="692"/>
        <source>is longer than {max_chars} characters; use an ISO 639 code (es, uk, ps, ti)</source>
        <translation>tiene más de {max_chars} caracteres; use un código ISO 639 (es, uk, ps, ti)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="695"/>
        <source>is not a file fingerprint (64 hexadecimal digits)</source>
        <translation>no es una huella de archivo (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="696"/>
        <source>is not a person of this case</source>
        <translation>no es una persona de este caso</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="697"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="698"/>
        <source>is required; one of: {options}</source>
        <translation>es obligatorio; uno de: {options}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="699"/>
        <source>item {number}: must be a language code with an optional level</source>
        <translation>elemento {number}: debe ser un código de idioma con un nivel opcional</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="702"/>
        <source>item {number}: {problem}</source>
        <translation>elemento {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="703"/>
        <source>make backups</source>
        <translation>hacer copias de seguridad</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="704"/>
        <source>manage keys</source>
        <translation>gestionar claves</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="705"/>
        <source>manage users</source>
        <translation>gestionar usuarios</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="706"/>
        <source>more than one principal applicant</source>
        <translation>más de un solicitante principal</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="707"/>
        <source>move a case&apos;s stage backwards</source>
        <translation>hacer retroceder la etapa de un caso</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="708"/>
        <source>must be a date and time (ISO 8601)</source>
        <translation>debe ser una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="709"/>
        <source>must be a date and time such as 2026-11-03T09:15:00Z</source>
        <translation>debe ser una fecha y hora como 2026-11-03T09:15:00Z</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="712"/>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="713"/>
        <source>must be a list of languages</source>
        <translation>debe ser una lista de idiomas</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="714"/>
        <source>must be a list of periods</source>
        <translation>debe ser una lista de periodos</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="715"/>
        <source>must be a list of {&quot;code&quot;: &quot;es&quot;, &quot;proficiency&quot;: &quot;native&quot;}</source>
        <translation>debe ser una lista de {&quot;code&quot;: &quot;es&quot;, &quot;proficiency&quot;: &quot;native&quot;}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="718"/>
        <source>must be a local date and time such as 2026-11-05T09:00:00</source>
        <translation>debe ser una fecha y hora local como 2026-11-05T09:00:00</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="721"/>
        <source>must be a whole number from 0 to 100</source>
        <translation>debe ser un número entero de 0 a 100</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="722"/>
        <source>must be a whole number, 0 or more</source>
        <translation>debe ser un número entero, 0 o más</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="723"/>
        <source>must be an object ({...})</source>
        <translation>debe ser un objeto ({...})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="724"/>
        <source>must be one of: {options}</source>
        <translation>debe ser uno de: {options}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="725"/>
        <source>must be text like {hint}</source>
        <translation>debe ser un texto como {hint}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="726"/>
        <source>must be the name of a circuit ride</source>
        <translation>debe ser el nombre de una misión</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="727"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="728"/>
        <source>must map field names to {by, at, document}</source>
        <translation>debe asignar nombres de campo a {by, at, document}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="729"/>
        <source>must name a record</source>
        <translation>debe nombrar un registro</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="730"/>
        <source>must name at least one language (ISO 639 codes such as ti, am, ar)</source>
        <translation>debe indicar al menos un idioma (códigos ISO 639 como ti, am, ar)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="733"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="734"/>
        <source>must say where the file went</source>
        <translation>debe indicar adónde fue el expediente</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="735"/>
        <source>names {code} twice</source>
        <translation>menciona {code} dos veces</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="736"/>
        <source>names {count} languages; at most {cap} are allowed</source>
        <translation>indica {count} idiomas; se permiten como máximo {cap}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="737"/>
        <source>no circuit ride named &apos;{name}&apos; in the manifest or the workspace</source>
        <translation>no hay ninguna misión llamada &apos;{name}&apos; en el manifiesto ni en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="740"/>
        <source>no free slot between the dates given</source>
        <translation>no hay ningún hueco libre entre las fechas indicadas</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="741"/>
        <source>no interpreter at {site} speaks {languages}</source>
        <translation>ningún intérprete de {site} habla {languages}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="742"/>
        <source>no interpreter named &apos;{name}&apos;</source>
        <translation>no hay ningún intérprete llamado &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="743"/>
        <source>no role: the account is deactivated</source>
        <translation>sin rol: la cuenta está desactivada</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="744"/>
        <source>no working day between the dates given is still to come</source>
        <translation>ningún día laborable entre las fechas indicadas está por venir</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="747"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="748"/>
        <source>period {number}: ends ({end}) before it starts ({start})</source>
        <translation>periodo {number}: termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="751"/>
        <source>period {number}: must hold from, to and an optional reason</source>
        <translation>periodo {number}: debe tener inicio, fin y un motivo opcional</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="754"/>
        <source>period {number}: needs its first and last day</source>
        <translation>periodo {number}: necesita su primer y su último día</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="755"/>
        <source>period {number}: {problem}</source>
        <translation>periodo {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="756"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="757"/>
        <source>read cases</source>
        <translation>leer casos</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="758"/>
        <source>read medical notes</source>
        <translation>leer notas médicas</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="759"/>
        <source>read restricted notes</source>
        <translation>leer notas restringidas</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="760"/>
        <source>record adjudication outcomes</source>
        <translation>registrar resultados de adjudicación</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="761"/>
        <source>record file movements</source>
        <translation>registrar movimientos de expedientes</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="762"/>
        <source>record security-check results</source>
        <translation>registrar resultados de controles de seguridad</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="763"/>
        <source>register new cases</source>
        <translation>registrar casos nuevos</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="764"/>
        <source>repeats cases[{index}]</source>
        <translation>repite cases[{index}]</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="765"/>
        <source>resolve sync conflicts</source>
        <translation>resolver conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="766"/>
        <source>room {room} is booked at {when}</source>
        <translation>la sala {room} está reservada a las {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="767"/>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="768"/>
        <source>row {row} (line {line})</source>
        <translation>fila {row} (línea {line})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="769"/>
        <source>sync</source>
        <translation>sincronizar</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="770"/>
        <source>take a case past a denial (an appeal)</source>
        <translation>llevar un caso más allá de una denegación (una apelación)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="771"/>
        <source>team lead</source>
        <translation>jefe de equipo</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="772"/>
        <source>the case already has a different principal applicant</source>
        <translation>el caso ya tiene otro solicitante principal</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="775"/>
        <source>the family is booked at {when}</source>
        <translation>la familia tiene una cita a las {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="776"/>
        <source>the file of {case} has no home location recorded: say where it goes with --to</source>
        <translation>el expediente de {case} no tiene ubicación habitual registrada: indique adónde va con --to</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="779"/>
        <source>the file of {case} is checked out to {holder} since {since}</source>
        <translation>el expediente de {case} está en manos de {holder} desde {since}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="782"/>
        <source>the file of {case} is not checked out (it is at {location})</source>
        <translation>el expediente de {case} no está prestado (está en {location})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="785"/>
        <source>the interpreter is booked at {when}</source>
        <translation>el intérprete tiene una cita a las {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="786"/>
        <source>the interpreter is not on this laptop&apos;s list</source>
        <translation>el intérprete no está en la lista de este portátil</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="787"/>
        <source>there is no case {case} in this workspace</source>
        <translation>no hay ningún caso {case} en este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="788"/>
        <source>this application reads version {version} manifests</source>
        <translation>esta aplicación lee manifiestos de la versión {version}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="791"/>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="792"/>
        <source>work quality findings</source>
        <translation>tratar hallazgos de control de calidad</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="793"/>
        <source>working hours {value} end before they start</source>
        <translation>el horario {value} termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="794"/>
        <source>write notes</source>
        <translation>escribir notas</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="795"/>
        <source>{count:,} case numbers at once is more than {limit:,}: split them into several batches.</source>
        <translation>{count:,} números de caso a la vez son más de {limit:,}: divídalos en varios lotes.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="798"/>
        <source>{count:,} cases at once is more than {limit:,}: narrow the filter.</source>
        <translation>{count:,} casos a la vez son más de {limit:,}: acote el filtro.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="801"/>
        <source>{count} circuit rides are named &apos;{ride}&apos;: give the id of the one you mean ({ids}).</source>
        <translation>Hay {count} misiones llamadas «{ride}»: indique el identificador de la que busca ({ids}).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="804"/>
        <source>{count} interpreters are named &apos;{name}&apos;: use the id (`circuitride interpreters list --all`).</source>
        <translation>{count} intérpretes se llaman «{name}»: use el identificador (`circuitride interpreters list --all`).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="808"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="809"/>
        <source>{file} declares its tiles as &apos;{format}&apos;; only PNG, JPEG and WebP tiles can be drawn. Export the map as raster MBTiles and install that file.</source>
        <translation>{file} declara sus teselas como “{format}”; solo se pueden dibujar teselas PNG, JPEG y WebP. Exporte el mapa como MBTiles ráster e instale ese archivo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="813"/>
        <source>{file} holds vector tiles (pbf), which this program cannot draw: export the map as raster MBTiles (PNG or JPEG tiles) and install that file.</source>
        <translation>{file} contiene teselas vectoriales (pbf), que este programa no puede dibujar: exporte el mapa como MBTiles ráster (teselas PNG o JPEG) e instale ese archivo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="817"/>
        <source>{file} is not an MBTiles map ({why}). Export the map as raster MBTiles (PNG or JPEG tiles), for example from QGIS or the tool that made it, and install that file.</source>
        <translation>{file} no es un mapa MBTiles ({why}). Exporte el mapa como MBTiles ráster (teselas PNG o JPEG), por ejemplo desde QGIS o desde la herramienta con la que se creó, e instale ese archivo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="821"/>
        <source>{file}: no such file. Check the path and try again.</source>
        <translation>{file}: no existe ese archivo. Compruebe la ruta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="822"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="823"/>
        <source>{id} is a draft that has not been submitted: submit the form first, then write its record.</source>
        <translation>{id} es un borrador que no se ha enviado: envíe primero el formulario y después genere su registro.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="826"/>
        <source>{id} is also the id of {other} ({kind} of case {case}); two records cannot share an id: remove the id from the one that is new</source>
        <translation>{id} es también el identificador de {other} ({kind} del caso {case}); dos registros no pueden compartir un identificador: quite el identificador del que es nuevo</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="830"/>
        <source>{kind} {id} is a record of case {owner} in this workspace, not of case {case}; a record cannot move to another case: put it under case {owner}, or remove its id to import it as a new {kind} of case {case}</source>
        <translation>{kind} {id} es un registro del caso {owner} en este espacio de trabajo, no del caso {case}; un registro no puede pasar a otro caso: póngalo bajo el caso {owner}, o quite su identificador para importarlo como nuevo registro ({kind}) del caso {case}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="834"/>
        <source>{name} does not speak {language}</source>
        <translation>{name} no habla {language}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="835"/>
        <source>{name} is away from {start} to {end}</source>
        <translation>{name} está ausente del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="836"/>
        <source>{name} no longer works with the team</source>
        <translation>{name} ya no trabaja con el equipo</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="837"/>
        <source>{name} speaks none of the family&apos;s languages ({languages})</source>
        <translation>{name} no habla ninguno de los idiomas de la familia ({languages})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="840"/>
        <source>{n} principal applicants in one case.</source>
        <translation>{n} solicitantes principales en un mismo caso.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="841"/>
        <source>{officer} is booked at {when}</source>
        <translation>{officer} tiene una cita a las {when}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="842"/>
        <source>{path} is a file: give a folder for the ride&apos;s packets.</source>
        <translation>{path} es un archivo: indique una carpeta para los paquetes de la misión.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="845"/>
        <source>{path} is a folder: give a file name ending in {suffix}.</source>
        <translation>{path} es una carpeta: indique un nombre de archivo que termine en {suffix}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="848"/>
        <source>{path} is damaged. Restore the workspace from a backup.</source>
        <translation>{path} está dañado. Restaure el espacio de trabajo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="851"/>
        <source>{path} is not a Circuit Ride backup: choose the folder a backup made (it holds workspace.json, db.sqlite and keyslots).</source>
        <translation>{path} no es una copia de seguridad de Circuit Ride: elija la carpeta que creó una copia de seguridad (contiene workspace.json, db.sqlite y keyslots).</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="855"/>
        <source>{path} is not empty. Choose a new directory for the backup.</source>
        <translation>{path} no está vacío. Elija un directorio nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="858"/>
        <source>{path} is not empty. Choose an empty or new directory.</source>
        <translation>{path} no está vacío. Elija un directorio vacío o nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="861"/>
        <source>{path}: give a file name ending in {suffix}.</source>
        <translation>{path}: indique un nombre de archivo que termine en {suffix}.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="862"/>
        <source>{problem}. Nothing was imported.</source>
        <translation>{problem}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="863"/>
        <source>{problem}: give a time still to come.</source>
        <translation>{problem}: indique una hora futura.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="864"/>
        <source>{source} is not UTF-8 text. Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{source} no es texto UTF-8. Guárdelo como &apos;CSV UTF-8&apos; e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="867"/>
        <source>{source} is not UTF-8 text. Save it as UTF-8 JSON and try again.</source>
        <translation>{source} no es texto UTF-8. Guárdelo como JSON en UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="870"/>
        <source>{source} is not valid JSON: {reason} at line {line}, column {column}. Nothing was imported.</source>
        <translation>{source} no es JSON válido: {reason} en la línea {line}, columna {column}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="873"/>
        <source>{source}, line 1: column {index} has no name; name it or delete the column</source>
        <translation>{source}, línea 1: la columna {index} no tiene nombre; póngale uno o elimine la columna</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="876"/>
        <source>{source}, line 1: column {name} appears twice (columns {first} and {index}); keep only one of them</source>
        <translation>{source}, línea 1: la columna {name} aparece dos veces (columnas {first} y {index}); deje solo una</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="880"/>
        <source>{source}, line 1: unknown column {name}</source>
        <translation>{source}, línea 1: columna desconocida {name}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="881"/>
        <source>{source}, line {line}, column {column}: the cell runs over several lines (to line {last}), which only {columns} may; a quote is probably not closed</source>
        <translation>{source}, línea {line}, columna {column}: la celda ocupa varias líneas (hasta la línea {last}), algo que solo pueden hacer {columns}; probablemente no se cerró unas comillas</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="885"/>
        <source>{source}, line {line}, column {column}: the cell runs to line {last} and holds what reads as whole rows of the file; a quote is probably not closed</source>
        <translation>{source}, línea {line}, columna {column}: la celda llega hasta la línea {last} y contiene lo que parecen filas enteras del archivo; probablemente no se cerró unas comillas</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="889"/>
        <source>{source}, line {line}: a cell holds more than {max_chars:,} characters, more than any column may hold (often a quote that is never closed, which swallows the lines after it)</source>
        <translation>{source}, línea {line}: una celda contiene más de {max_chars:,} caracteres, más de lo que admite cualquier columna (a menudo unas comillas que nunca se cierran y se tragan las líneas siguientes)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="893"/>
        <source>{source}, line {line}: a quoted cell opened on this line is never closed, so it would swallow every line after it; add the missing &quot; or {fix}</source>
        <translation>{source}, línea {line}: una celda entre comillas abierta en esta línea nunca se cierra, así que se tragaría todas las líneas siguientes; añada la &quot; que falta o {fix}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="897"/>
        <source>{source}, line {line}: the CSV is malformed (a quoted cell opened on line {first} closes on line {line}): {error}; a quote inside a cell must be written twice (&quot;&quot;), and a cell with a quote, comma or line break must be quoted; {fix}</source>
        <translation>{source}, línea {line}: el CSV está mal formado (una celda entre comillas abierta en la línea {first} se cierra en la línea {line}): {error}; unas comillas dentro de una celda se escriben dos veces (&quot;&quot;), y una celda con comillas, coma o salto de línea debe ir entre comillas; {fix}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="901"/>
        <source>{source}, line {line}: the CSV is malformed: {error}; a quote inside a cell must be written twice (&quot;&quot;), and a cell with a quote, comma or line break must be quoted; {fix}</source>
        <translation>{source}, línea {line}: el CSV está mal formado: {error}; unas comillas dentro de una celda se escriben dos veces (&quot;&quot;), y una celda con comillas, coma o salto de línea debe ir entre comillas; {fix}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="905"/>
        <source>{source}, line {line}: {cells} cells where the header has {columns} columns; every row needs one cell per column (a stray or unclosed quote, or a comma in an unquoted cell, shifts them)</source>
        <translation>{source}, línea {line}: {cells} celdas donde el encabezado tiene {columns} columnas; cada fila necesita una celda por columna (unas comillas sueltas o sin cerrar, o una coma en una celda sin comillas, las desplazan)</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="909"/>
        <source>{source}: column {name} is missing</source>
        <translation>{source}: falta la columna {name}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="910"/>
        <source>{start} ({case})</source>
        <translation>{start} ({case})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="911"/>
        <source>{start} is in the past</source>
        <translation>{start} ya pasó</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="912"/>
        <source>{start} to {end} is outside the working hours of {site} ({hours})</source>
        <translation>de {start} a {end} queda fuera del horario de {site} ({hours})</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="915"/>
        <source>{user} is deactivated: give the work to an active user.</source>
        <translation>{user} está desactivado: asigne el trabajo a un usuario activo.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="918"/>
        <source>{user} is the workspace&apos;s only administrator: add another administrator first (`circuitride user add NAME --role admin`), then {verb} them.</source>
        <translation>{user} es el único administrador del espacio de trabajo: añada primero otro administrador (`circuitride user add NAME --role admin`) y después podrá {verb} ese usuario.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="922"/>
        <source>{where}, column person_id: {id} is also the id of the person on row {row} (case {case}); two people cannot share an id: clear it on the row of the one who is new</source>
        <translation>{where}, columna person_id: {id} es también el identificador de la persona de la fila {row} (caso {case}); dos personas no pueden compartir un identificador: bórrelo en la fila de la que es nueva</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="926"/>
        <source>{where}, column {column}: {problem}</source>
        <translation>{where}, columna {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="927"/>
        <source>{where}.unhcr_id: already recorded on case {case}. Nothing was imported.</source>
        <translation>{where}.unhcr_id: ya registrado en el caso {case}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="930"/>
        <source>{where}.{field}: unknown field. Known fields: {known}</source>
        <translation>{where}.{field}: campo desconocido. Campos conocidos: {known}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="933"/>
        <source>{where}.{field}: {problem}</source>
        <translation>{where}.{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="934"/>
        <source>{where}: the case columns of {case} differ from row {row}; repeat them identically on every row of a case</source>
        <translation>{where}: las columnas del caso {case} difieren de las de la fila {row}; repítalas idénticas en cada fila de un caso</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="938"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../service_messages.py" line="939"/>
        <source>{where}: {problem}. Nothing was imported.</source>
        <translation>{where}: {problem}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="45"/>
        <source>Cancelled; nothing half-done was kept.</source>
        <translation>Cancelado; no se conservó nada a medias.</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="195"/>
        <source>An unexpected problem stopped this action; nothing half-done was saved.</source>
        <translation>Un problema inesperado detuvo esta acción; no se guardó nada a medias.</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <location filename="../forms/session.py" line="643"/>
        <source>Start an interview</source>
        <translation>Iniciar una entrevista</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="652"/>
        <source>%1  (version %2)</source>
        <translation>%1  (versión %2)</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="655"/>
        <source>No interpreter</source>
        <translation>Sin intérprete</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="668"/>
        <source>e.g. interview room 2, Lima office</source>
        <translation>p. ej., sala de entrevistas 2, oficina de Lima</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="671"/>
        <source>Interview &amp;type:</source>
        <translation>&amp;Tipo de entrevista:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="672"/>
        <source>&amp;Form:</source>
        <translation>&amp;Formulario:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="673"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Intérprete:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="674"/>
        <source>Form &amp;language:</source>
        <translation>I&amp;dioma del formulario:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="675"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="676"/>
        <source>The form language is the one questions are read out in; you can switch it at any time.</source>
        <translation>El idioma del formulario es aquel en el que se leen las preguntas; puede cambiarlo en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../forms/session.py" line="680"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../status.py" line="64"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../status.py" line="76"/>
        <source>Disk full: read, export and back up only; free some space to save</source>
        <translation>Disco lleno: solo leer, exportar y hacer copia; libere espacio para guardar</translation>
    </message>
    <message>
        <location filename="../status.py" line="79"/>
        <source>The disk holding the workspace is full. You can read, search, export and back up to another drive; changes cannot be saved until some space is freed.</source>
        <translation>El disco que contiene el espacio de trabajo está lleno. Puede leer, buscar, exportar y hacer una copia en otra unidad; los cambios no se pueden guardar hasta que se libere espacio.</translation>
    </message>
    <message>
        <location filename="../status.py" line="100"/>
        <source>Unlocked: %s</source>
        <translation>Desbloqueado: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="101"/>
        <source>Ride: %s</source>
        <translation>Misión: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="101"/>
        <source>No current ride</source>
        <translation>Sin misión actual</translation>
    </message>
    <message>
        <location filename="../status.py" line="103"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../status.py" line="109"/>
        <source>Last sync: %s</source>
        <translation>Última sincronización: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="111"/>
        <source>Not backed up yet</source>
        <translation>Aún sin copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <location filename="../status.py" line="115"/>
        <source>Last backup %n day(s) ago</source>
        <translation>
            <numerusform>Última copia de seguridad hace %n día</numerusform>
            <numerusform>Última copia de seguridad hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../status.py" line="125"/>
        <source>Update available: %s</source>
        <translation>Actualización disponible: %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="128"/>
        <source>Get it from %s</source>
        <translation>Descárguela de %s</translation>
    </message>
    <message>
        <location filename="../status.py" line="131"/>
        <source>Ask HQ where to get it.</source>
        <translation>Pregunte a la sede central dónde obtenerla.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../sync/conflicts.py" line="131"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="132"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="133"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="134"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="135"/>
        <source>Document or photo</source>
        <translation>Documento o foto</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="136"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="137"/>
        <source>Circuit ride</source>
        <translation>Misión</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="138"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="139"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="140"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="141"/>
        <source>Form submission</source>
        <translation>Formulario enviado</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="142"/>
        <source>Adjudication result</source>
        <translation>Resultado de adjudicación</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="143"/>
        <source>File movement</source>
        <translation>Movimiento del expediente</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="155"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="158"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../sync/conflicts.py" line="160"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../sync/dialogs.py" line="46"/>
        <source>Enroll with HQ</source>
        <translation>Registrarse en la sede central</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="47"/>
        <source>Paste the enrollment code HQ gave you for this laptop (one line starting with CR1-). The laptop then checks HQ&apos;s certificate and registers itself.</source>
        <translation>Pegue el código de registro que le dio la sede central para esta portátil (una línea que empieza por CR1-). La portátil comprobará entonces el certificado de la sede central y se registrará.</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="52"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="63"/>
        <source>Enter another value</source>
        <translation>Escribir otro valor</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="64"/>
        <source>The value {field} should have on every device:</source>
        <translation>El valor que debe tener {field} en todos los dispositivos:</translation>
    </message>
    <message>
        <location filename="../sync/dialogs.py" line="67"/>
        <source>&amp;Use this value</source>
        <translation>&amp;Usar este valor</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../sync/view.py" line="61"/>
        <source>Sync with HQ</source>
        <translation>Sincronización con la sede central</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="69"/>
        <source>This laptop:</source>
        <translation>Esta portátil:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="70"/>
        <source>Last successful sync:</source>
        <translation>Última sincronización correcta:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="71"/>
        <source>Ride:</source>
        <translation>Misión:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="72"/>
        <source>Changes waiting to be sent:</source>
        <translation>Cambios pendientes de envío:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="73"/>
        <source>HQ address:</source>
        <translation>Dirección de la sede central:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="74"/>
        <source>Open conflicts:</source>
        <translation>Conflictos abiertos:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="91"/>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="99"/>
        <source>What was not synced</source>
        <translation>Lo que no se sincronizó</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="110"/>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="113"/>
        <source>&amp;Enroll with HQ…</source>
        <translation>&amp;Registrarse en la sede central…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="115"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="205"/>
        <source>Connecting to HQ…</source>
        <translation>Conectando con la sede central…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="217"/>
        <source>Enrolling with HQ…</source>
        <translation>Registrándose en la sede central…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="234"/>
        <source>Sending changes to HQ</source>
        <translation>Enviando cambios a la sede central</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="235"/>
        <source>Receiving changes from HQ</source>
        <translation>Recibiendo cambios de la sede central</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="236"/>
        <source>Sending files</source>
        <translation>Enviando archivos</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="237"/>
        <source>Receiving files</source>
        <translation>Recibiendo archivos</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="247"/>
        <source>Sync finished. Sent: {sent} · Received: {received} · Files: {files} · New conflicts: {conflicts}</source>
        <translation>Sincronización terminada. Enviados: {sent} · Recibidos: {received} · Archivos: {files} · Conflictos nuevos: {conflicts}</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="254"/>
        <source>Refused by HQ: {count}</source>
        <translation>Rechazados por la sede central: {count}</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="262"/>
        <source>This laptop is enrolled with HQ. Sync now to send and receive the ride&apos;s work.</source>
        <translation>Esta portátil está registrada en la sede central. Sincronice ahora para enviar y recibir el trabajo de la misión.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="296"/>
        <source>Reading the sync state…</source>
        <translation>Leyendo el estado de la sincronización…</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="298"/>
        <source>This laptop is enrolled with HQ.</source>
        <translation>Esta portátil está registrada en la sede central.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="301"/>
        <source>This laptop is not enrolled with HQ yet. Every change is kept and waits for the first sync.</source>
        <translation>Esta portátil aún no está registrada en la sede central. Cada cambio se guarda y espera a la primera sincronización.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="307"/>
        <source>All cases (not limited to one ride)</source>
        <translation>Todos los casos (sin limitarse a una misión)</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="315"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="329"/>
        <source>The last sync did not finish:</source>
        <translation>La última sincronización no terminó:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="336"/>
        <source>Enroll this laptop with the code from HQ before the first sync.</source>
        <translation>Registre esta portátil con el código de la sede central antes de la primera sincronización.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="339"/>
        <source>Syncing; you can keep working meanwhile.</source>
        <translation>Sincronizando; mientras tanto puede seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="343"/>
        <source>Send this laptop&apos;s changes to HQ and receive the ride&apos;s updates</source>
        <translation>Enviar los cambios de esta portátil a la sede central y recibir las actualizaciones de la misión</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="350"/>
        <source>Update available: %s</source>
        <translation>Actualización disponible: %s</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="351"/>
        <source>(you have %s)</source>
        <translation>(tiene la %s)</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="354"/>
        <source>Get it from:</source>
        <translation>Descárguela de:</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="356"/>
        <source>Ask HQ where to get it.</source>
        <translation>Pregunte a la sede central dónde obtenerla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="364"/>
        <source>%n change(s) refused by HQ: they stay on this laptop only.</source>
        <translation>
            <numerusform>La sede central rechazó %n cambio: solo queda en este portátil.</numerusform>
            <numerusform>La sede central rechazó %n cambios: solo quedan en este portátil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="368"/>
        <source>%n change(s) cannot be sent until their record is corrected; the others were sent.</source>
        <translation>
            <numerusform>%n cambio no se puede enviar hasta que se corrija su registro; los demás se enviaron.</numerusform>
            <numerusform>%n cambios no se pueden enviar hasta que se corrija su registro; los demás se enviaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="372"/>
        <source>%n record(s) from HQ could not be stored on this laptop.</source>
        <translation>
            <numerusform>%n registro de la sede central no se pudo guardar en este portátil.</numerusform>
            <numerusform>%n registros de la sede central no se pudieron guardar en este portátil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/view.py" line="375"/>
        <source>%n record(s) from HQ are waiting for the record they belong to; they are kept.</source>
        <translation>
            <numerusform>%n registro de la sede central espera al registro al que pertenece; se conserva.</numerusform>
            <numerusform>%n registros de la sede central esperan al registro al que pertenecen; se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="381"/>
        <source>case {number}</source>
        <translation>caso {number}</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="383"/>
        <source>no case</source>
        <translation>sin caso</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="387"/>
        <source>`circuitride sync status --json` lists them all.</source>
        <translation>`circuitride sync status --json` los enumera todos.</translation>
    </message>
    <message>
        <location filename="../sync/view.py" line="388"/>
        <source>Not synced:</source>
        <translation>No sincronizado:</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../sync/dialogs.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <location filename="../forms/questions.py" line="637"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="638"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="639"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="646"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="647"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="648"/>
        <source>Choose the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="656"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../forms/questions.py" line="657"/>
        <source>Fill in the current time</source>
        <translation>Insertar la hora actual</translation>
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
        <translation>Este espacio de trabajo está cifrado. Introduzca su contraseña para abrirlo.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="108"/>
        <location filename="../unlock/view.py" line="328"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="121"/>
        <source>&amp;Forgot password?</source>
        <translation>¿&amp;Olvidó la contraseña?</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="133"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="134"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="188"/>
        <source>This workspace has no user passwords. HQ can reopen it with its recovery key.</source>
        <translation>Este espacio de trabajo no tiene contraseñas de usuario. La sede central puede volver a abrirlo con su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="213"/>
        <source>Choose your user name.</source>
        <translation>Elija su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="217"/>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="232"/>
        <source>&lt;p&gt;Your team lead or HQ can reopen this workspace with HQ&apos;s recovery key and set a new password. Nothing is lost.&lt;/p&gt;&lt;p&gt;On this laptop, they run:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The recovery key never travels with the laptop: ask your team lead to contact HQ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Su jefe/a de equipo o la sede central pueden volver a abrir este espacio de trabajo con la clave de recuperación de la sede y establecer una contraseña nueva. No se pierde nada.&lt;/p&gt;&lt;p&gt;En este portátil, ejecutan:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;La clave de recuperación nunca viaja con el portátil: pida a su jefe/a de equipo que se ponga en contacto con la sede central.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="238"/>
        <source>&lt;p&gt;&lt;b&gt;Without the password, the data in this workspace cannot be recovered&lt;/b&gt;: not by your team lead, HQ or anyone else. That is what the encryption is for.&lt;/p&gt;&lt;p&gt;If someone else has a user on this workspace, they can still open it. Otherwise try the passwords you may have used (after five wrong ones each new try must wait a little longer), then ask your team lead.&lt;/p&gt;&lt;p&gt;For future workspaces, HQ should issue a recovery key (&lt;code&gt;circuitride hq keygen&lt;/code&gt;) and give its public part to every laptop when the workspace is created, so a forgotten password never loses data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sin la contraseña, los datos de este espacio de trabajo no se pueden recuperar&lt;/b&gt;: ni su jefe/a de equipo, ni la sede central, ni nadie más puede hacerlo. Para eso sirve el cifrado.&lt;/p&gt;&lt;p&gt;Si otra persona tiene un usuario en este espacio de trabajo, aún puede abrirlo. Si no, pruebe las contraseñas que pueda haber usado (tras cinco incorrectas, cada nuevo intento debe esperar un poco más) y después consulte a su jefe/a de equipo.&lt;/p&gt;&lt;p&gt;Para futuros espacios de trabajo, la sede central debería emitir una clave de recuperación (&lt;code&gt;circuitride hq keygen&lt;/code&gt;) y entregar su parte pública a cada portátil al crear el espacio de trabajo, para que olvidar una contraseña nunca suponga perder datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="251"/>
        <source>Forgot password</source>
        <translation>Contraseña olvidada</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="277"/>
        <source>Workspace upgraded from format {old} to {new} for this version of Circuit Ride; a backup of the workspace as it was is saved at {backup}. If something looks wrong, keep that folder and tell HQ support.</source>
        <translation>Espacio de trabajo actualizado del formato {old} al {new} para esta versión de Circuit Ride; en {backup} se guarda una copia de seguridad del espacio de trabajo tal como estaba. Si algo parece incorrecto, conserve esa carpeta y avise al soporte de la sede central.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="287"/>
        <source>Workspace upgraded</source>
        <translation>Espacio de trabajo actualizado</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="315"/>
        <source>Too many wrong passwords. Try again in {time}.</source>
        <translation>Demasiadas contraseñas incorrectas. Inténtelo de nuevo dentro de {time}.</translation>
    </message>
    <message>
        <location filename="../unlock/view.py" line="328"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>UserField</name>
    <message>
        <location filename="../unlock/view.py" line="55"/>
        <source>your user name</source>
        <translation>su nombre de usuario</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../case/verify.py" line="17"/>
        <source>Verify against a document</source>
        <translation>Verificar con un documento</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="18"/>
        <source>Record the document that {field} was checked against:</source>
        <translation>Registre el documento con el que se comprobó “{field}”:</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="25"/>
        <source>Document number, or what the document is</source>
        <translation>Número del documento, o qué documento es</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="29"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="30"/>
        <source>&amp;Number or description:</source>
        <translation>&amp;Número o descripción:</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="32"/>
        <source>Mark as &amp;verified</source>
        <translation>Marcar como &amp;verificado</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="45"/>
        <source>Say which document it was.</source>
        <translation>Indique qué documento era.</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="62"/>
        <source>Not verified. Click to record the document this value was checked against.</source>
        <translation>Sin verificar. Haga clic para registrar el documento con el que se comprobó este valor.</translation>
    </message>
    <message>
        <location filename="../case/verify.py" line="72"/>
        <source>Verified against {document} by {user} on {time}. Click to withdraw the verification.</source>
        <translation>Verificado con {document} por {user} el {time}. Haga clic para retirar la verificación.</translation>
    </message>
</context>
<context>
    <name>WorkAssign</name>
    <message>
        <location filename="../work/assign.py" line="116"/>
        <source>Nothing changed: none of these cases was assigned to anyone.</source>
        <translation>No cambió nada: ninguno de estos casos estaba asignado a nadie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="117"/>
        <source>Took %n case(s) off their assignee&apos;s work.</source>
        <translation>
            <numerusform>Se quitó %n caso del trabajo de su responsable.</numerusform>
            <numerusform>Se quitaron %n casos del trabajo de sus responsables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="120"/>
        <source>Assigned %n case(s) to {user}.</source>
        <translation>
            <numerusform>Se asignó %n caso a {user}.</numerusform>
            <numerusform>Se asignaron %n casos a {user}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/assign.py" line="123"/>
        <source>%n case(s) already assigned to {user}: unchanged.</source>
        <translation>
            <numerusform>%n caso ya estaba asignado a {user}: sin cambios.</numerusform>
            <numerusform>%n casos ya estaban asignados a {user}: sin cambios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkLabels</name>
    <message>
        <location filename="../work/labels.py" line="18"/>
        <source>Possible duplicate person</source>
        <translation>Posible persona duplicada</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="19"/>
        <source>Principal applicant has no photo</source>
        <translation>El solicitante principal no tiene foto</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="20"/>
        <source>Date of birth not verified</source>
        <translation>Fecha de nacimiento no verificada</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="21"/>
        <source>Household does not add up</source>
        <translation>El grupo familiar no cuadra</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="22"/>
        <source>No booked interpreter speaks the family&apos;s language</source>
        <translation>Ningún intérprete reservado habla el idioma de la familia</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="23"/>
        <source>Expedited case idle in its stage</source>
        <translation>Caso acelerado detenido en su etapa</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="24"/>
        <source>Paper file overdue</source>
        <translation>Expediente en papel con retraso</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="25"/>
        <source>Form answers break the form&apos;s rules</source>
        <translation>Las respuestas no cumplen las reglas del formulario</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="31"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="32"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="33"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="39"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="40"/>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="46"/>
        <source>Has issues</source>
        <translation>Con observaciones</translation>
    </message>
    <message>
        <location filename="../work/labels.py" line="47"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>WorkView</name>
    <message>
        <location filename="../work/view.py" line="98"/>
        <source>&amp;Work of:</source>
        <translation>&amp;Trabajo de:</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="100"/>
        <source>Whose work</source>
        <translation>De quién es el trabajo</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="102"/>
        <source>Look at the work of a member of the team</source>
        <translation>Ver el trabajo de un miembro del equipo</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="104"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="105"/>
        <source>Read the work again (F5)</source>
        <translation>Volver a leer el trabajo (F5)</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="111"/>
        <source>Assigned cases</source>
        <translation>Casos asignados</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="111"/>
        <source>No cases are assigned right now.</source>
        <translation>Ahora mismo no hay casos asignados.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="114"/>
        <source>Today&apos;s appointments</source>
        <translation>Citas de hoy</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="115"/>
        <source>No appointments today.</source>
        <translation>No hay citas hoy.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="120"/>
        <source>Quality findings to fix</source>
        <translation>Hallazgos de calidad por corregir</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="121"/>
        <source>No quality findings to fix: well done.</source>
        <translation>No hay hallazgos de calidad por corregir: buen trabajo.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="126"/>
        <source>Paper files held</source>
        <translation>Expedientes en papel en su poder</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="127"/>
        <source>No paper files are checked out to this person.</source>
        <translation>Esta persona no tiene expedientes en papel prestados.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="132"/>
        <source>Forms sent back by review</source>
        <translation>Formularios devueltos en la revisión</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="133"/>
        <source>No forms were sent back: every reviewed form was approved.</source>
        <translation>No se devolvió ningún formulario: todos los formularios revisados se aprobaron.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="184"/>
        <location filename="../work/view.py" line="204"/>
        <location filename="../work/view.py" line="220"/>
        <location filename="../work/view.py" line="227"/>
        <location filename="../work/view.py" line="240"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="186"/>
        <location filename="../work/view.py" line="187"/>
        <source>Expedited</source>
        <translation>Acelerado</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="190"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="191"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="193"/>
        <source>In this stage</source>
        <translation>En esta etapa</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="194"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/view.py" line="197"/>
        <location filename="../work/view.py" line="206"/>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="203"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="205"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="207"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="208"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="209"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="216"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="221"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="222"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="228"/>
        <source>Held since</source>
        <translation>En su poder desde</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="229"/>
        <source>Due back</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="229"/>
        <source>No due date</source>
        <translation>Sin fecha de devolución</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="231"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="241"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="243"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="248"/>
        <source>Reviewer&apos;s note</source>
        <translation>Nota del revisor</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="249"/>
        <source>No note was given.</source>
        <translation>No se dejó ninguna nota.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="271"/>
        <source>Return it when the work is done.</source>
        <translation>Devolverlo al terminar el trabajo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="274"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/view.py" line="276"/>
        <source>Due back today</source>
        <translation>Devolución hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="277"/>
        <source>Due back in %n day(s)</source>
        <translation>
            <numerusform>Devolución en %n día</numerusform>
            <numerusform>Devolución en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/view.py" line="317"/>
        <source>Me ({user})</source>
        <translation>Yo ({user})</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="365"/>
        <location filename="../work/view.py" line="372"/>
        <source>My work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="367"/>
        <source>Reading your work…</source>
        <translation>Leyendo su trabajo…</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="372"/>
        <source>Work of {user}</source>
        <translation>Trabajo de {user}</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="378"/>
        <source>Nothing is waiting for you: no cases, appointments, findings, files or returned forms.</source>
        <translation>No tiene nada pendiente: ni casos, ni citas, ni hallazgos, ni expedientes, ni formularios devueltos.</translation>
    </message>
    <message>
        <location filename="../work/view.py" line="380"/>
        <source>Nothing is waiting for {user}: no cases, appointments, findings, files or returned forms.</source>
        <translation>{user} no tiene nada pendiente: ni casos, ni citas, ni hallazgos, ni expedientes, ni formularios devueltos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="383"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="384"/>
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n cita hoy</numerusform>
            <numerusform>%n citas hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="385"/>
        <source>%n finding(s) to fix</source>
        <translation>
            <numerusform>%n hallazgo por corregir</numerusform>
            <numerusform>%n hallazgos por corregir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="386"/>
        <source>%n paper file(s) held</source>
        <translation>
            <numerusform>%n expediente en papel en su poder</numerusform>
            <numerusform>%n expedientes en papel en su poder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/view.py" line="387"/>
        <source>%n form(s) sent back</source>
        <translation>
            <numerusform>%n formulario devuelto</numerusform>
            <numerusform>%n formularios devueltos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <location filename="../workspace_actions.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="43"/>
        <source>Import cases</source>
        <translation>Importar casos</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="43"/>
        <source>Case manifests (*.json *.csv)</source>
        <translation>Listados de casos (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="49"/>
        <source>Importing cases…</source>
        <translation>Importando casos…</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="78"/>
        <source>Imported: {created}, {updated}, {unchanged}.</source>
        <translation>Importado: {created}, {updated}, {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="79"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n caso nuevo</numerusform>
            <numerusform>%n casos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="80"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="81"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace_actions.py" line="124"/>
        <source>Exported %n case(s). The file is not encrypted: keep it on an encrypted drive.</source>
        <translation>
            <numerusform>Exportado %n caso. El archivo no está cifrado: guárdelo en una unidad cifrada.</numerusform>
            <numerusform>Exportados %n casos. El archivo no está cifrado: guárdelo en una unidad cifrada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="99"/>
        <source>Export cases</source>
        <translation>Exportar casos</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="99"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="105"/>
        <source>Exporting cases…</source>
        <translation>Exportando casos…</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="137"/>
        <source>Choose an empty folder for the backup</source>
        <translation>Elija una carpeta vacía para la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="143"/>
        <source>Writing an encrypted backup…</source>
        <translation>Escribiendo una copia de seguridad cifrada…</translation>
    </message>
    <message>
        <location filename="../workspace_actions.py" line="151"/>
        <source>Encrypted backup written to %1.</source>
        <translation>Copia de seguridad cifrada guardada en %1.</translation>
    </message>
</context>
<context>
    <name>_Stars</name>
    <message>
        <location filename="../forms/range_widgets.py" line="74"/>
        <location filename="../forms/range_widgets.py" line="87"/>
        <source>Rating: {stars} of {count}</source>
        <translation>Valoración: {stars} de {count}</translation>
    </message>
    <message>
        <location filename="../forms/range_widgets.py" line="89"/>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
</context>
<context>
    <name>question</name>
    <message>
        <location filename="../forms/geo_widgets.py" line="706"/>
        <source>Required question</source>
        <translation>Pregunta obligatoria</translation>
    </message>
</context>
</TS>

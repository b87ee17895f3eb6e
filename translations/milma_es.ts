<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MILMA Desktop</source>
            <translation>Acerca de MILMA Desktop</translation>
        </message>
        <message>
            <source>MILMA Desktop</source>
            <translation>MILMA Desktop</translation>
        </message>
        <message>
            <source>Participants, itineraries, coaching, life stories and connector meetings, kept on this computer and exchanged by USB.</source>
            <translation>Participantes, itinerarios, acompañamiento, historias de vida y encuentros de conectores, guardados en este ordenador e intercambiados por USB.</translation>
        </message>
        <message>
            <source>Version {version} · licence {licence}</source>
            <translation>Versión {version} · licencia {licence}</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Carpeta de datos:</translation>
        </message>
        <message>
            <source>no data folder open</source>
            <translation>ninguna carpeta de datos abierta</translation>
        </message>
        <message>
            <source>Log folder:</source>
            <translation>Carpeta de registros:</translation>
        </message>
        <message>
            <source>{font} fonts: licence {licence} (see {file})</source>
            <translation>Fuentes {font}: licencia {licence} (véase {file})</translation>
        </message>
        <message>
            <source>see its file</source>
            <translation>véase su archivo</translation>
        </message>
        <message>
            <source>No fonts bundled.</source>
            <translation>No se incluye ninguna fuente.</translation>
        </message>
        <message>
            <source>&amp;Libraries bundled:</source>
            <translation>&amp;Bibliotecas incluidas:</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>stated in its licence file</source>
            <translation>indicada en su archivo de licencia</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>Too many wrong passwords in a row: try again in {seconds} s.</source>
            <translation>Demasiadas contraseñas incorrectas seguidas: vuelva a intentarlo dentro de {seconds} s.</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters.</source>
            <translation>La contraseña necesita al menos {n} caracteres.</translation>
        </message>
        <message>
            <source>The two passwords differ: type the same twice.</source>
            <translation>Las dos contraseñas no coinciden: escriba la misma dos veces.</translation>
        </message>
        <message>
            <source>Log in first: this data store has accounts.</source>
            <translation>Inicie sesión primero: estos datos tienen cuentas.</translation>
        </message>
        <message>
            <source>Your role, {role}, may not {what}.</source>
            <translation>Su rol, {role}, no permite {what}.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nombre de usuario o contraseña incorrectos.</translation>
        </message>
        <message>
            <source>Write a user name of one word (up to 40 letters, digits or signs).</source>
            <translation>Escriba un nombre de usuario de una sola palabra (hasta 40 letras, cifras o signos).</translation>
        </message>
        <message>
            <source>The first account must be an administrator.</source>
            <translation>La primera cuenta tiene que ser de administrador.</translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>Rol desconocido: {role}.</translation>
        </message>
        <message>
            <source>There is already an account called {name}.</source>
            <translation>Ya hay una cuenta llamada {name}.</translation>
        </message>
        <message>
            <source>There is no account called {name}.</source>
            <translation>No hay ninguna cuenta llamada {name}.</translation>
        </message>
        <message>
            <source>The last administrator must stay one.</source>
            <translation>El último administrador tiene que seguir siéndolo.</translation>
        </message>
        <message>
            <source>The idle time must be between 1 and 240 minutes.</source>
            <translation>El tiempo sin actividad tiene que estar entre 1 y 240 minutos.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <source>&amp;Technician (full name):</source>
            <translation>&amp;Técnico (nombre completo):</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>Re&amp;petir la contraseña:</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Nueva cuenta</translation>
        </message>
        <message>
            <source>New password for {name}</source>
            <translation>Nueva contraseña para {name}</translation>
        </message>
        <message>
            <source>Write the full name of the technician this account stands for: it is recorded with what they do.</source>
            <translation>Escriba el nombre completo del técnico o la técnica que representa esta cuenta: queda registrado con lo que haga.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Técnico/a</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>May log in</source>
            <translation>Puede entrar</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>&amp;Nueva cuenta…</translation>
        </message>
        <message>
            <source>New pass&amp;word…</source>
            <translation>Nueva con&amp;traseña…</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Lock after this time without input:</source>
            <translation>&amp;Bloquear tras este tiempo sin actividad:</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>&amp;Switch off</source>
            <translation>&amp;Desactivar</translation>
        </message>
        <message>
            <source>&amp;Switch on</source>
            <translation>&amp;Activar</translation>
        </message>
        <message>
            <source>{name} may log in again once given a new password (New password…): the encrypted data opens with that one.</source>
            <translation>{name} podrá volver a entrar cuando tenga una contraseña nueva (Nueva contraseña…): los datos cifrados se abren con ella.</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <source>Coaching appointment</source>
            <translation>Cita de acompañamiento</translation>
        </message>
        <message>
            <source>Coaching session</source>
            <translation>Sesión de acompañamiento</translation>
        </message>
        <message>
            <source>Connector meeting</source>
            <translation>Encuentro con un conector</translation>
        </message>
        <message>
            <source>Planned connector meeting</source>
            <translation>Encuentro con un conector previsto</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>Llamada de seguimiento</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Técnico/a</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Conector</translation>
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
            <translation>Día</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Con</translation>
        </message>
        <message>
            <source>Week of {start} to {end}</source>
            <translation>Semana del {start} al {end}</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message>
            <source>You have no appointment this week. Next appointments set in coaching sessions and connector meetings of your participants show here.</source>
            <translation>No tiene citas esta semana. Aquí aparecen las próximas citas fijadas en las sesiones de acompañamiento y los encuentros con conectores de sus participantes.</translation>
        </message>
        <message>
            <source>No appointment this week at this site. To see only yours, choose who you are in Settings.</source>
            <translation>No hay citas esta semana en esta sede. Para ver solo las suyas, indique quién es en Configuración.</translation>
        </message>
        <message>
            <source>No appointment this week at this site.</source>
            <translation>No hay citas esta semana en esta sede.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>No appointment.</source>
            <translation>Sin citas.</translation>
        </message>
        <message>
            <source>No appointment this week.</source>
            <translation>No hay citas esta semana.</translation>
        </message>
        <message>
            <source>Agenda printed on {date}</source>
            <translation>Agenda impresa el {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>← &amp;Previous week</source>
            <translation>← Semana &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;This week</source>
            <translation>Esta se&amp;mana</translation>
        </message>
        <message>
            <source>&amp;Next week →</source>
            <translation>Semana &amp;siguiente →</translation>
        </message>
        <message>
            <source>My appointments</source>
            <translation>Mis citas</translation>
        </message>
        <message>
            <source>The whole site</source>
            <translation>Toda la sede</translation>
        </message>
        <message>
            <source>Whose appointments</source>
            <translation>De quién son las citas</translation>
        </message>
        <message>
            <source>Choose who you are in Settings to see your own appointments.</source>
            <translation>Indique quién es en Configuración para ver sus propias citas.</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <source>Appointments of the week</source>
            <translation>Citas de la semana</translation>
        </message>
        <message>
            <source>Save the week's agenda as PDF</source>
            <translation>Guardar la agenda de la semana como PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>not a whole number: {value}</source>
            <translation>no es un número entero: {value}</translation>
        </message>
        <message>
            <source>must be 0 or more: {value}</source>
            <translation>debe ser 0 o más: {value}</translation>
        </message>
        <message>
            <source>MILMA Desktop: participants, itineraries, coaching, life stories and connector meetings.</source>
            <translation>MILMA Desktop: participantes, itinerarios, acompañamiento, historias de vida y encuentros con conectores.</translation>
        </message>
        <message>
            <source>folder of the data store (default: $MILMA_DATA_DIR or the user data folder)</source>
            <translation>carpeta de la base de datos (por defecto: $MILMA_DATA_DIR o la carpeta de datos del usuario)</translation>
        </message>
        <message>
            <source>fill an empty data store with N demo participants first</source>
            <translation>rellenar antes una base de datos vacía con N participantes de demostración</translation>
        </message>
        <message>
            <source>open the main window, wait until the first screen has loaded, then exit</source>
            <translation>abrir la ventana principal, esperar a que cargue la primera pantalla y salir</translation>
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
            <translation>milma-desktop: error inesperado; los detalles están en el archivo de registro.</translation>
        </message>
        <message>
            <source>milma-desktop: the data store already has participants; no demo data added.</source>
            <translation>milma-desktop: la base de datos ya tiene participantes; no se han añadido datos de demostración.</translation>
        </message>
        <message>
            <source>the first screen did not load in time.</source>
            <translation>la primera pantalla no se ha cargado a tiempo.</translation>
        </message>
        <message>
            <source>the data store has accounts: set MILMA_USER and MILMA_PASSWORD to log in.</source>
            <translation>los datos tienen cuentas: defina MILMA_USER y MILMA_PASSWORD para entrar.</translation>
        </message>
        <message>
            <source>The data store is now encrypted. These accounts do not open it until they have a new password (File &gt; Accounts): {names}.</source>
            <translation>Los datos están ahora cifrados. Estas cuentas no los abren hasta que tengan una contraseña nueva (Archivo &gt; Cuentas): {names}.</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan los siguientes argumentos obligatorios: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>se esperaba como máximo un argumento</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor de tipo %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s puede corresponder a %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite con el argumento %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>se necesita uno de los argumentos %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>no se puede abrir '%(filename)s': %(error)s</translation>
        </message>
    </context>
    <context>
        <name>Associations</name>
        <message>
            <source>The association “{name}” cannot be deleted: introductions of participants name it ({count}). Mark it as not active instead: it is then no longer offered, and the introductions keep it.</source>
            <translation>No se puede eliminar la asociación «{name}»: la nombran presentaciones de participantes ({count}). Márquela como no activa: dejará de ofrecerse y las presentaciones la conservarán.</translation>
        </message>
    </context>
    <context>
        <name>AssociationsPage</name>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Choose an association in the list to see who was introduced to it.</source>
            <translation>Elija una asociación de la lista para ver a quién se presentó.</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Not active: no longer offered for new introductions</source>
            <translation>No activa: ya no se ofrece para nuevas presentaciones</translation>
        </message>
        <message>
            <source>{where} · Contact: {contact} · {state}</source>
            <translation>{where} · Contacto: {contact} · {state}</translation>
        </message>
        <message>
            <source>Participants introduced to the association</source>
            <translation>Participantes presentados a la asociación</translation>
        </message>
        <message>
            <source>Double-click a participant (or press Enter) to open their page.</source>
            <translation>Haga doble clic en un participante (o pulse Intro) para abrir su página.</translation>
        </message>
        <message>
            <source>Introductions</source>
            <translation>Presentaciones</translation>
        </message>
        <message>
            <source>Want to join</source>
            <translation>Quieren participar</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Asociaciones</translation>
        </message>
        <message>
            <source>Filter associations by name, neighbourhood, contact…</source>
            <translation>Filtrar asociaciones por nombre, barrio, contacto…</translation>
        </message>
        <message>
            <source>New association…</source>
            <translation>Nueva asociación…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>New association</source>
            <translation>Nueva asociación</translation>
        </message>
        <message>
            <source>Edit association</source>
            <translation>Editar asociación</translation>
        </message>
        <message numerus="yes">
            <source>%n association(s)</source>
            <translation>
                <numerusform>%n asociación</numerusform>
                <numerusform>%n asociaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n association(s)</source>
            <translation>
                <numerusform>{shown} de %n asociación</numerusform>
                <numerusform>{shown} de %n asociaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the association “{name}”?</source>
            <translation>¿Eliminar la asociación «{name}»?</translation>
        </message>
        <message numerus="yes">
            <source>Participants introduced (%n)</source>
            <translation>
                <numerusform>Participante presentado (%n)</numerusform>
                <numerusform>Participantes presentados (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Choose at least one participant to enrol.</source>
            <translation>Elija al menos un participante para inscribir.</translation>
        </message>
        <message>
            <source>Enrolled on: the lab ended on {end}; choose a date within the lab.</source>
            <translation>Fecha de inscripción: el laboratorio terminó el {end}; elija una fecha dentro del laboratorio.</translation>
        </message>
        <message>
            <source>Nobody is enrolled in the lab on that day: there is nothing to record.</source>
            <translation>Nadie está inscrito en el laboratorio ese día: no hay nada que registrar.</translation>
        </message>
        <message>
            <source>Date: the lab runs from {start} to {end}; choose a day within it.</source>
            <translation>Fecha: el laboratorio va del {start} al {end}; elija un día dentro de ese periodo.</translation>
        </message>
        <message>
            <source>A participant of the register is no longer enrolled in this lab. Open the register again.</source>
            <translation>Un participante del registro ya no está inscrito en este laboratorio. Vuelva a abrir el registro.</translation>
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
            <translation>Consultado</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impreso</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Fusionado</translation>
        </message>
        <message>
            <source>Merge undone</source>
            <translation>Fusión deshecha</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Borrado</translation>
        </message>
        <message>
            <source>Entry {seq} was changed after it was written.</source>
            <translation>La entrada {seq} se modificó después de escribirse.</translation>
        </message>
        <message>
            <source>Entry {seq} does not follow the entry before it: an entry was removed, replaced or moved.</source>
            <translation>La entrada {seq} no sigue a la anterior: se eliminó, sustituyó o movió una entrada.</translation>
        </message>
        <message>
            <source>Entries {seq} to {last} are missing.</source>
            <translation>Faltan las entradas {seq} a {last}.</translation>
        </message>
        <message>
            <source>Entry {seq} is missing.</source>
            <translation>Falta la entrada {seq}.</translation>
        </message>
        <message>
            <source>Entry {seq} arrived again with another content: the one received first was kept.</source>
            <translation>La entrada {seq} llegó de nuevo con otro contenido: se conservó la recibida primero.</translation>
        </message>
        <message>
            <source>itinerary</source>
            <translation>itinerario</translation>
        </message>
        <message>
            <source>everything we hold</source>
            <translation>todo lo que guardamos</translation>
        </message>
        <message>
            <source>Bundle from {laptop}</source>
            <translation>Paquete de {laptop}</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <source>{action} ({document})</source>
            <translation>{action} ({document})</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Portátil</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Código de participante</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>The audit log is BROKEN: entries were changed, removed or moved.</source>
            <translation>El registro de auditoría está ROTO: se modificaron, eliminaron o movieron entradas.</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>este ordenador</translation>
        </message>
        <message>
            <source>{laptop}: {problem}</source>
            <translation>{laptop}: {problem}</translation>
        </message>
        <message>
            <source>Audit log of this laptop: {problem}</source>
            <translation>Registro de auditoría de este portátil: {problem}</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>Comprobando el registro de auditoría…</translation>
        </message>
        <message>
            <source>Every laptop</source>
            <translation>Todos los portátiles</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>Find a code, a record id, a name…</source>
            <translation>Busque un código, un identificador de registro, un nombre…</translation>
        </message>
        <message>
            <source>Find in the audit log</source>
            <translation>Buscar en el registro de auditoría</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Todas las acciones</translation>
        </message>
        <message>
            <source>Only the coordinator can browse the entries of the audit log; its state is shown above.</source>
            <translation>Solo la coordinación puede consultar las entradas del registro de auditoría; su estado se muestra arriba.</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entries on this computer.</source>
            <translation>
                <numerusform>El registro de auditoría está íntegro: %n entrada en este ordenador.</numerusform>
                <numerusform>El registro de auditoría está íntegro: %n entradas en este ordenador.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The logs of %n laptops received are intact too.</source>
            <translation>
                <numerusform>El registro de %n portátil recibido también está íntegro.</numerusform>
                <numerusform>Los registros de %n portátiles recibidos también están íntegros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily</source>
            <translation>Diaria</translation>
        </message>
        <message>
            <source>Made on request</source>
            <translation>A petición</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Antes de una actualización</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Antes de una importación</translation>
        </message>
        <message>
            <source>Before a merge</source>
            <translation>Antes de una fusión</translation>
        </message>
        <message>
            <source>Before an erasure</source>
            <translation>Antes de un borrado</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; no backup was made.</source>
            <translation>La carpeta {folder} no existe; no se ha hecho ninguna copia.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>Choose a folder on another drive (a USB stick): this one is the data folder itself.</source>
            <translation>Elija una carpeta en otro disco (una memoria USB): esta es la propia carpeta de datos.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be written to.</source>
            <translation>No se puede escribir en la carpeta {folder}.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written to.</source>
            <translation>No se puede escribir en la carpeta de datos {folder}.</translation>
        </message>
        <message>
            <source>The backup {file} is of another laptop ({name}): restoring it would give this laptop that one's identity. Nothing was restored.</source>
            <translation>La copia {file} es de otro portátil ({name}): restaurarla daría a este portátil la identidad de aquel. No se ha restaurado nada.</translation>
        </message>
        <message>
            <source>Could not write a backup to {folder} (is the drive full, read-only or removed?).</source>
            <translation>No se ha podido escribir una copia de seguridad en {folder} (¿está el disco lleno, protegido contra escritura o retirado?).</translation>
        </message>
        <message>
            <source>Cannot read the file {file}.</source>
            <translation>No se puede leer el archivo {file}.</translation>
        </message>
        <message>
            <source>The file {file} is not a MILMA backup; nothing was restored.</source>
            <translation>El archivo {file} no es una copia de seguridad de MILMA; no se ha restaurado nada.</translation>
        </message>
        <message>
            <source>The backup {file} was made by a newer version of MILMA Desktop (schema {revision}): install that version to restore it. Nothing was restored.</source>
            <translation>La copia {file} la hizo una versión más reciente de MILMA Desktop (esquema {revision}): instale esa versión para restaurarla. No se ha restaurado nada.</translation>
        </message>
        <message>
            <source>The backup {file} is damaged; nothing was restored. Choose another one.</source>
            <translation>La copia {file} está dañada; no se ha restaurado nada. Elija otra.</translation>
        </message>
        <message>
            <source>The daily backup could not be made: {reason}</source>
            <translation>No se ha podido hacer la copia diaria: {reason}</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Erased people it holds</source>
            <translation>Personas borradas que contiene</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>A backup is made at the first start of each day, and before every upgrade, import, merge and erasure. Kept: the daily ones of the last 7 days and of the last 4 weeks, the last 5 made before a risky step and the last 5 made on request.</source>
            <translation>Se hace una copia al primer inicio de cada día y antes de cada actualización, importación, fusión y borrado. Se conservan: las diarias de los últimos 7 días y de las últimas 4 semanas, las 5 últimas hechas antes de un paso delicado y las 5 últimas hechas a petición.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Aún no hay copias de seguridad.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer una copia ahora</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Restaurar desde un &amp;archivo…</translation>
        </message>
        <message>
            <source>Second copy (a USB stick)</source>
            <translation>Segunda copia (una memoria USB)</translation>
        </message>
        <message>
            <source>&amp;Choose a folder…</source>
            <translation>&amp;Elegir una carpeta…</translation>
        </message>
        <message>
            <source>&amp;Stop copying</source>
            <translation>&amp;Dejar de copiar</translation>
        </message>
        <message>
            <source>None: backups are kept in the data folder only.</source>
            <translation>Ninguna: las copias se guardan solo en la carpeta de datos.</translation>
        </message>
        <message>
            <source>Every automatic backup is also copied to {folder}.</source>
            <translation>Cada copia automática se copia también en {folder}.</translation>
        </message>
        <message>
            <source>Every automatic backup is also copied to {folder} when it is plugged in (not now).</source>
            <translation>Cada copia automática se copia también en {folder} cuando está conectada (ahora no lo está).</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo la copia…</translation>
        </message>
        <message>
            <source>Backup made: {file}</source>
            <translation>Copia hecha: {file}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>MILMA backups (*.sqlite3);;All files (*)</source>
            <translation>Copias de seguridad de MILMA (*.sqlite3);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Replace the data of this laptop by the backup made {when}? What is there now is backed up first, and can be restored the same way.</source>
            <translation>¿Sustituir los datos de este portátil por la copia hecha el {when}? Antes se hace una copia de lo que hay ahora, que se puede restaurar del mismo modo.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <source>Restored the backup of {when}. What was there before is kept as a backup.</source>
            <translation>Restaurada la copia del {when}. Lo que había antes se conserva como copia.</translation>
        </message>
        <message>
            <source>Second copy of the backups</source>
            <translation>Segunda copia de las copias de seguridad</translation>
        </message>
        <message>
            <source>Backups will be copied to {folder} too.</source>
            <translation>Las copias se copiarán también en {folder}.</translation>
        </message>
        <message>
            <source>Backups are no longer copied to a second folder.</source>
            <translation>Las copias ya no se copian en una segunda carpeta.</translation>
        </message>
        <message numerus="yes">
            <source>%n, deleted by {when}</source>
            <translation>
                <numerusform>%n, se borra el {when}</numerusform>
                <numerusform>%n, se borra el {when}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bundle</name>
        <message>
            <source>The bundle could not be encrypted.</source>
            <translation>No se ha podido cifrar el paquete.</translation>
        </message>
        <message>
            <source>The drive {folder} is full: nothing was exported. Free some space or use another drive.</source>
            <translation>La unidad {folder} está llena: no se ha exportado nada. Libere espacio o use otra unidad.</translation>
        </message>
        <message>
            <source>Could not write the bundle to {folder} (was the drive removed?): nothing was exported.</source>
            <translation>No se ha podido escribir el paquete en {folder} (¿se ha retirado la unidad?): no se ha exportado nada.</translation>
        </message>
        <message>
            <source>The file is too large to be a MILMA bundle.</source>
            <translation>El archivo es demasiado grande para ser un paquete de MILMA.</translation>
        </message>
        <message>
            <source>Cannot read the file {path}.</source>
            <translation>No se puede leer el archivo {path}.</translation>
        </message>
        <message>
            <source>Refused: this is not an encrypted MILMA bundle.</source>
            <translation>Rechazado: no es un paquete cifrado de MILMA.</translation>
        </message>
        <message>
            <source>Refused: the bundle is not addressed to this store (wrong recipient).</source>
            <translation>Rechazado: el paquete no va dirigido a esta base de datos (destinatario incorrecto).</translation>
        </message>
        <message>
            <source>Refused: the file is damaged, altered or truncated.</source>
            <translation>Rechazado: el archivo está dañado, alterado o incompleto.</translation>
        </message>
        <message>
            <source>Refused: the bundle was made by a newer version of MILMA Desktop (format). Update this one first.</source>
            <translation>Rechazado: el paquete lo ha creado una versión más reciente de MILMA Desktop (formato). Actualice antes esta versión.</translation>
        </message>
        <message>
            <source>Refused: the content is not a MILMA bundle (malformed).</source>
            <translation>Rechazado: el contenido no es un paquete de MILMA (formato incorrecto).</translation>
        </message>
        <message>
            <source>Refused: the bundle's manifest is malformed.</source>
            <translation>Rechazado: el manifiesto del paquete tiene un formato incorrecto.</translation>
        </message>
        <message>
            <source>Refused: the bundle is not signed.</source>
            <translation>Rechazado: el paquete no está firmado.</translation>
        </message>
        <message>
            <source>Refused: the signature does not match (the file was altered).</source>
            <translation>Rechazado: la firma no coincide (el archivo ha sido alterado).</translation>
        </message>
        <message>
            <source>Refused: the bundle was made with a newer data schema ({version}). Update MILMA Desktop first.</source>
            <translation>Rechazado: el paquete se ha creado con un esquema de datos más reciente ({version}). Actualice antes MILMA Desktop.</translation>
        </message>
        <message>
            <source>Refused: the bundle's content is malformed.</source>
            <translation>Rechazado: el contenido del paquete tiene un formato incorrecto.</translation>
        </message>
        <message>
            <source>The bundle written to {folder} could not be read back correctly: nothing was exported. Try another drive.</source>
            <translation>El paquete escrito en {folder} no se ha podido volver a leer correctamente: no se ha exportado nada. Pruebe con otra unidad.</translation>
        </message>
        <message>
            <source>Refused: this bundle was exported by this store itself.</source>
            <translation>Rechazado: este paquete lo ha exportado esta misma base de datos.</translation>
        </message>
        <message>
            <source>Refused: only a coordinator imports laptops' bundles (wrong recipient).</source>
            <translation>Rechazado: solo la coordinación importa los paquetes de los portátiles (destinatario incorrecto).</translation>
        </message>
        <message>
            <source>Refused: the bundle is signed by a revoked laptop ({fingerprint}).</source>
            <translation>Rechazado: el paquete está firmado por un portátil revocado ({fingerprint}).</translation>
        </message>
        <message>
            <source>Refused: the bundle is signed by an unknown laptop ({fingerprint}): enrol its key first.</source>
            <translation>Rechazado: el paquete está firmado por un portátil desconocido ({fingerprint}): dé antes de alta su clave.</translation>
        </message>
        <message>
            <source>Refused: the signing key is enrolled for another laptop.</source>
            <translation>Rechazado: la clave de firma está dada de alta para otro portátil.</translation>
        </message>
        <message>
            <source>Refused: this laptop does not trust a coordinator yet (run 'milma keys trust-coordinator').</source>
            <translation>Rechazado: este portátil aún no confía en ninguna coordinación (ejecute 'milma keys trust-coordinator').</translation>
        </message>
        <message>
            <source>Refused: the reference data is not from the coordinator this laptop trusts.</source>
            <translation>Rechazado: los datos de referencia no proceden de la coordinación en la que confía este portátil.</translation>
        </message>
        <message>
            <source>Refused: this laptop gives participants codes (tag {tag}) that another laptop already gave to other people here. Nothing was imported. The two laptops share a code tag, which is very rare: keep the bundle and contact support.</source>
            <translation>Rechazado: este portátil da a sus participantes códigos (etiqueta {tag}) que otro portátil ya ha dado aquí a otras personas. No se ha importado nada. Los dos portátiles comparten la etiqueta de los códigos, algo muy poco frecuente: guarde el paquete y avise al servicio técnico.</translation>
        </message>
        <message>
            <source>Refused: the bundle holds a number out of range in {field}.</source>
            <translation>Rechazado: el paquete contiene un número fuera de rango en {field}.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceList</name>
        <message>
            <source>Filter the list</source>
            <translation>Filtrar la lista</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>MILMA Desktop from the command line: set up a laptop, create demo data, list participants.</source>
            <translation>MILMA Desktop desde la línea de órdenes: configurar un portátil, crear datos de demostración, listar participantes.</translation>
        </message>
        <message>
            <source>folder of the data store (default: $MILMA_DATA_DIR or the user data folder)</source>
            <translation>carpeta de la base de datos (por defecto: $MILMA_DATA_DIR o la carpeta de datos del usuario)</translation>
        </message>
        <message>
            <source>language of messages (default: from LANG)</source>
            <translation>idioma de los mensajes (por defecto: según LANG)</translation>
        </message>
        <message>
            <source>the account to log in as (default: $MILMA_USER); its password from $MILMA_PASSWORD or asked</source>
            <translation>la cuenta con la que entrar (por defecto: $MILMA_USER); su contraseña de $MILMA_PASSWORD o pedida</translation>
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
            <translation>milma: interrumpido; no se ha escrito nada más.</translation>
        </message>
        <message>
            <source>milma: unexpected error; details are in the log file.</source>
            <translation>milma: error inesperado; los detalles están en el archivo de registro.</translation>
        </message>
        <message>
            <source>add realistic demo data (deterministic per seed)</source>
            <translation>añadir datos de demostración realistas (deterministas para cada semilla)</translation>
        </message>
        <message>
            <source>how many participants to create</source>
            <translation>cuántos participantes crear</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>semilla aleatoria (por defecto 1)</translation>
        </message>
        <message>
            <source>Log in as {user} with the password {password}.</source>
            <translation>Entre como {user} con la contraseña {password}.</translation>
        </message>
        <message>
            <source>list or show participants</source>
            <translation>listar o mostrar participantes</translation>
        </message>
        <message>
            <source>list participants</source>
            <translation>listar participantes</translation>
        </message>
        <message>
            <source>words to find in code, names, document number or phone (case and accents ignored)</source>
            <translation>palabras que buscar en el código, los nombres, el número de documento o el teléfono (sin distinguir mayúsculas ni acentos)</translation>
        </message>
        <message>
            <source>show one participant and their itinerary</source>
            <translation>mostrar un participante y su itinerario</translation>
        </message>
        <message>
            <source>Current lab</source>
            <translation>Laboratorio actual</translation>
        </message>
        <message>
            <source>Lab: {lab} ({status}), {hours} hours attended</source>
            <translation>Laboratorio: {lab} ({status}), {hours} horas de asistencia</translation>
        </message>
        <message>
            <source>set up this laptop for a site</source>
            <translation>configurar este portátil para una sede</translation>
        </message>
        <message>
            <source>the training site this laptop works at</source>
            <translation>la sede de formación donde se usa este portátil</translation>
        </message>
        <message>
            <source>a name for this laptop</source>
            <translation>un nombre para este portátil</translation>
        </message>
        <message>
            <source>the technician who uses this laptop</source>
            <translation>el técnico o la técnica que usa este portátil</translation>
        </message>
        <message>
            <source>create the administrator account NAME (password from MILMA_PASSWORD or asked twice)</source>
            <translation>crear la cuenta de administrador NOMBRE (contraseña de MILMA_PASSWORD o pedida dos veces)</translation>
        </message>
        <message>
            <source>Choose the laptop's site with --site CIFE or --site LOS_ARCOS.</source>
            <translation>Elija la sede del portátil con --site CIFE o --site LOS_ARCOS.</translation>
        </message>
        <message>
            <source>Laptop {name} set up for site {site} (device tag {tag}).</source>
            <translation>Portátil {name} configurado para la sede {site} (etiqueta de dispositivo {tag}).</translation>
        </message>
        <message>
            <source>The data is now encrypted. Its recovery key opens it when every password is forgotten: print it or write it down and keep it in a safe, away from the laptop. It is shown only now:</source>
            <translation>Los datos están ahora cifrados. Su clave de recuperación los abre si se olvidan todas las contraseñas: imprímala o anótela y guárdela en una caja fuerte, lejos del portátil. Solo se muestra ahora:</translation>
        </message>
        <message>
            <source>Administrator account {name} created.</source>
            <translation>Cuenta de administrador {name} creada.</translation>
        </message>
        <message>
            <source>print a participant's itinerary, or those of a whole lab, to PDF</source>
            <translation>imprimir en PDF el itinerario de un participante o los de todo un laboratorio</translation>
        </message>
        <message>
            <source>{value} is not a whole number of 1 or more.</source>
            <translation>{value} no es un número entero igual o mayor que 1.</translation>
        </message>
        <message>
            <source>the Connector Program: connectors, suggestions, targets</source>
            <translation>el Programa de Conectores: conectores, sugerencias, objetivos</translation>
        </message>
        <message>
            <source>every connector with their current load</source>
            <translation>cada conector con su carga actual</translation>
        </message>
        <message>
            <source>connectors to suggest to a participant, best first</source>
            <translation>conectores que sugerir a un/a participante, los mejores primero</translation>
        </message>
        <message>
            <source>participant code</source>
            <translation>código del participante</translation>
        </message>
        <message>
            <source>how many to show (default: 10)</source>
            <translation>cuántos mostrar (por omisión: 10)</translation>
        </message>
        <message>
            <source>how the meeting would take place, if known</source>
            <translation>cómo sería el encuentro, si se sabe</translation>
        </message>
        <message>
            <source>the programme's figures beside its targets</source>
            <translation>las cifras del programa junto a sus objetivos</translation>
        </message>
        <message>
            <source>first day of the period (default: open)</source>
            <translation>primer día del periodo (por omisión: abierto)</translation>
        </message>
        <message>
            <source>last day of the period (default: open)</source>
            <translation>último día del periodo (por omisión: abierto)</translation>
        </message>
        <message>
            <source>volunteers' sign-up sheet (CSV or XLSX) as connectors</source>
            <translation>hoja de inscripción de voluntarios (CSV o XLSX) como conectores</translation>
        </message>
        <message>
            <source>a .csv or .xlsx file, headings in row 1</source>
            <translation>un archivo .csv o .xlsx, con los encabezados en la fila 1</translation>
        </message>
        <message>
            <source>check the sheet and say what would be added, writing nothing</source>
            <translation>comprobar la hoja y decir qué se añadiría, sin escribir nada</translation>
        </message>
        <message>
            <source>local or migrant, for rows that leave the origin column empty (or a sheet without it)</source>
            <translation>local o migrante, para las filas que dejan vacía la columna origin (o una hoja sin ella)</translation>
        </message>
        <message>
            <source>PDF file to write (one participant)</source>
            <translation>archivo PDF que se escribirá (un participante)</translation>
        </message>
        <message>
            <source>every participant of this lab</source>
            <translation>todos los participantes de este laboratorio</translation>
        </message>
        <message>
            <source>folder for the lab's PDF files (created if missing)</source>
            <translation>carpeta para los PDF del laboratorio (se crea si no existe)</translation>
        </message>
        <message>
            <source>one PDF holding every itinerary of the lab</source>
            <translation>un único PDF con todos los itinerarios del laboratorio</translation>
        </message>
        <message>
            <source>printed to give to this partner company (needs the participant's consent to sharing their CV)</source>
            <translation>impreso para entregar a esta empresa colaboradora (necesita el consentimiento de la persona para compartir su CV)</translation>
        </message>
        <message>
            <source>language of the document (default: each participant's preferred language)</source>
            <translation>idioma del documento (por defecto: el idioma preferido de cada participante)</translation>
        </message>
        <message>
            <source>--for-company prints one participant's itinerary, not a lab's.</source>
            <translation>--for-company imprime el itinerario de una persona, no el de un laboratorio.</translation>
        </message>
        <message>
            <source>Give either a participant code or --lab, not both.</source>
            <translation>Indique un código de participante o --lab, pero no ambos.</translation>
        </message>
        <message>
            <source>--lab needs --out-dir DIR.</source>
            <translation>--lab necesita --out-dir CARPETA.</translation>
        </message>
        <message>
            <source>Give a participant code and -o FILE.pdf, or --lab NAME --out-dir DIR.</source>
            <translation>Indique un código de participante y -o ARCHIVO.pdf, o bien --lab NOMBRE --out-dir CARPETA.</translation>
        </message>
        <message>
            <source>Itinerary written to {path}</source>
            <translation>Itinerario escrito en {path}</translation>
        </message>
        <message>
            <source>write a bundle for USB exchange (a laptop's changes, or a coordinator's reference data)</source>
            <translation>escribir un paquete para el intercambio por USB (los cambios de un portátil o los datos de referencia de la coordinación)</translation>
        </message>
        <message>
            <source>folder to write to, e.g. the USB stick</source>
            <translation>carpeta donde escribir, por ejemplo la memoria USB</translation>
        </message>
        <message>
            <source>everything, not only what the coordinator has not acknowledged</source>
            <translation>todo, no solo lo que la coordinación aún no ha confirmado</translation>
        </message>
        <message>
            <source>import a bundle: all of it in one transaction, or nothing</source>
            <translation>importar un paquete: todo en una sola transacción, o nada</translation>
        </message>
        <message>
            <source>show what would change, write nothing</source>
            <translation>mostrar lo que cambiaría, sin escribir nada</translation>
        </message>
        <message>
            <source>Reference data from the coordinator ({date}).</source>
            <translation>Datos de referencia de la coordinación ({date}).</translation>
        </message>
        <message>
            <source>Bundle from laptop {device}, site {site}: journal {first} to {last}.</source>
            <translation>Paquete del portátil {device}, sede {site}: diario del {first} al {last}.</translation>
        </message>
        <message>
            <source>This bundle was imported before; importing it again changes nothing.</source>
            <translation>Este paquete ya se importó; importarlo de nuevo no cambia nada.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>En conflicto</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminados</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>En cuarentena</translation>
        </message>
        <message>
            <source>Gap: journal entries {start} to {end} of laptop {device} have not arrived (a bundle is missing or not imported yet).</source>
            <translation>Hueco: no han llegado las entradas {start} a {end} del diario del portátil {device} (falta un paquete o aún no se ha importado).</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting edit(s) kept for review.</source>
            <translation>
                <numerusform>%n modificación en conflicto conservada para su revisión.</numerusform>
                <numerusform>%n modificaciones en conflicto conservadas para su revisión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Applied.</source>
            <translation>Aplicado.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Simulación: no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Coordinator passphrase: </source>
            <translation>Frase de contraseña de coordinación: </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Repita la frase de contraseña: </translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>Las dos frases de contraseña no coinciden; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>A passphrase is needed: type it at the prompt or set MILMA_KEY_PASSPHRASE.</source>
            <translation>Se necesita una frase de contraseña: escríbala cuando se le pida o defina MILMA_KEY_PASSPHRASE.</translation>
        </message>
        <message>
            <source>keys for USB exchanges: show, coordinator identity, trust, enrol and revoke laptops</source>
            <translation>claves de los intercambios por USB: mostrar, identidad de coordinación, confianza, alta y revocación de portátiles</translation>
        </message>
        <message>
            <source>make this store the coordinator (creates its identity, protected by a passphrase)</source>
            <translation>convertir esta base de datos en la de coordinación (crea su identidad, protegida por una frase de contraseña)</translation>
        </message>
        <message>
            <source>show this store's public keys and fingerprint</source>
            <translation>mostrar las claves públicas y la huella de esta base de datos</translation>
        </message>
        <message>
            <source>pin the coordinator's public key on this laptop</source>
            <translation>fijar en este portátil la clave pública de la coordinación</translation>
        </message>
        <message>
            <source>the coordinator's public key (age1...), or the key file saved on the coordinator with 'milma keys show --format json'</source>
            <translation>la clave pública de la coordinación (age1...), o el archivo de clave guardado en el ordenador de coordinación con 'milma keys show --format json'</translation>
        </message>
        <message>
            <source>enrol a laptop's signing key (coordinator)</source>
            <translation>dar de alta la clave de firma de un portátil (coordinación)</translation>
        </message>
        <message>
            <source>the laptop's signing key, or a file with the output of 'milma keys show --format json' on it</source>
            <translation>la clave de firma del portátil, o un archivo con la salida de 'milma keys show --format json' en él</translation>
        </message>
        <message>
            <source>the fingerprint the laptop shows; enrolment is refused if it differs</source>
            <translation>la huella que muestra el portátil; el alta se rechaza si no coincide</translation>
        </message>
        <message>
            <source>do not ask to confirm the fingerprint</source>
            <translation>no pedir confirmación de la huella</translation>
        </message>
        <message>
            <source>revoke a laptop's key (coordinator)</source>
            <translation>revocar la clave de un portátil (coordinación)</translation>
        </message>
        <message>
            <source>device id or key fingerprint (or a unique start of one)</source>
            <translation>identificador del dispositivo o huella de la clave (o un comienzo que sea único)</translation>
        </message>
        <message>
            <source>write the coordinator identity to a passphrase-encrypted age file</source>
            <translation>escribir la identidad de coordinación en un archivo age cifrado con frase de contraseña</translation>
        </message>
        <message>
            <source>restore the coordinator identity from a backup file</source>
            <translation>restaurar la identidad de coordinación desde un archivo de copia de seguridad</translation>
        </message>
        <message>
            <source>This store is now the coordinator. Its public key:</source>
            <translation>Esta base de datos es ahora la de coordinación. Su clave pública:</translation>
        </message>
        <message>
            <source>On each laptop run: milma keys trust-coordinator {key}</source>
            <translation>En cada portátil, ejecute: milma keys trust-coordinator {key}</translation>
        </message>
        <message>
            <source>Back up the identity now: milma keys backup-identity FILE</source>
            <translation>Haga ahora una copia de seguridad de la identidad: milma keys backup-identity ARCHIVO</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordinación</translation>
        </message>
        <message>
            <source>laptop</source>
            <translation>portátil</translation>
        </message>
        <message>
            <source>Role: {role}</source>
            <translation>Función: {role}</translation>
        </message>
        <message>
            <source>Device id: {id}</source>
            <translation>Identificador del dispositivo: {id}</translation>
        </message>
        <message>
            <source>Signing key: {key}</source>
            <translation>Clave de firma: {key}</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Huella: {fingerprint}</translation>
        </message>
        <message>
            <source>Age public key: {key}</source>
            <translation>Clave pública age: {key}</translation>
        </message>
        <message>
            <source>Trusted coordinator: {key}</source>
            <translation>Coordinación de confianza: {key}</translation>
        </message>
        <message>
            <source>No coordinator trusted yet: run 'milma keys trust-coordinator AGE_PUBLIC_KEY'.</source>
            <translation>Aún no hay ninguna coordinación de confianza: ejecute 'milma keys trust-coordinator CLAVE_PUBLICA_AGE'.</translation>
        </message>
        <message>
            <source>Warning: the coordinator has revoked this laptop's key.</source>
            <translation>Atención: la coordinación ha revocado la clave de este portátil.</translation>
        </message>
        <message>
            <source>revoked {date}</source>
            <translation>revocado el {date}</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>dado de alta</translation>
        </message>
        <message>
            <source>Laptop {device} {fingerprint}: {state}</source>
            <translation>Portátil {device} {fingerprint}: {state}</translation>
        </message>
        <message>
            <source>This laptop now trusts the coordinator {key}.</source>
            <translation>Este portátil confía ahora en la coordinación {key}.</translation>
        </message>
        <message>
            <source>The key's fingerprint {fingerprint} differs from the one given: not enrolled.</source>
            <translation>La huella de la clave, {fingerprint}, no coincide con la indicada: no se ha dado de alta.</translation>
        </message>
        <message>
            <source>Is it the fingerprint the laptop shows? [y/N] </source>
            <translation>¿Es la huella que muestra el portátil? [s/N] </translation>
        </message>
        <message>
            <source>Not enrolled.</source>
            <translation>No se ha dado de alta.</translation>
        </message>
        <message>
            <source>Laptop enrolled: {device}, fingerprint {fingerprint}.</source>
            <translation>Portátil dado de alta: {device}, huella {fingerprint}.</translation>
        </message>
        <message>
            <source>Laptop {device} revoked (fingerprint {fingerprint}); the revocation goes out with the next reference data.</source>
            <translation>Portátil {device} revocado (huella {fingerprint}); la revocación se enviará con los próximos datos de referencia.</translation>
        </message>
        <message>
            <source>Coordinator identity written to {path} (encrypted with the passphrase).</source>
            <translation>Identidad de coordinación escrita en {path} (cifrada con la frase de contraseña).</translation>
        </message>
        <message>
            <source>Coordinator identity restored: {key}</source>
            <translation>Identidad de coordinación restaurada: {key}</translation>
        </message>
        <message>
            <source>{value} is not a date: write it as YYYY-MM-DD, for example 2026-11-30.</source>
            <translation>{value} no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2026-11-30.</translation>
        </message>
        <message>
            <source>a week's appointments, by day</source>
            <translation>las citas de una semana, por día</translation>
        </message>
        <message>
            <source>any day of the week to show (default: this week)</source>
            <translation>cualquier día de la semana que mostrar (por defecto: esta semana)</translation>
        </message>
        <message>
            <source>only this laptop's technician's appointments (default: the whole site)</source>
            <translation>solo las citas del técnico o la técnica de este portátil (por defecto: toda la sede)</translation>
        </message>
        <message>
            <source>No technician is chosen on this laptop: choose one in the application's Settings, or leave out --mine for the whole site.</source>
            <translation>No se ha elegido técnico/a en este portátil: elíjalo en la Configuración de la aplicación, u omita --mine para ver toda la sede.</translation>
        </message>
        <message>
            <source>{value} is not a number of days from 0 to {max}.</source>
            <translation>{value} no es un número de días entre 0 y {max}.</translation>
        </message>
        <message>
            <source>who needs an end survey or a 6-month follow-up survey, and who is overdue</source>
            <translation>quién necesita la encuesta final o la de seguimiento a 6 meses, y quién va con retraso</translation>
        </message>
        <message>
            <source>also list the surveys whose window opens within DAYS days (default: 7)</source>
            <translation>incluir también las encuestas cuyo plazo empieza dentro de DAYS días (por defecto: 7)</translation>
        </message>
        <message>
            <source>the programme's indicators by group, for a period</source>
            <translation>los indicadores del programa por grupo, para un periodo</translation>
        </message>
        <message>
            <source>count labs starting on or after this day (default: from the first)</source>
            <translation>contar los laboratorios que empiezan este día o después (por defecto: desde el primero)</translation>
        </message>
        <message>
            <source>count labs starting on or before this day (default: to the last)</source>
            <translation>contar los laboratorios que empiezan este día o antes (por defecto: hasta el último)</translation>
        </message>
        <message>
            <source>only the lab of this name</source>
            <translation>solo el laboratorio con este nombre</translation>
        </message>
        <message>
            <source>only labs held at this site</source>
            <translation>solo los laboratorios de esta sede</translation>
        </message>
        <message>
            <source>write to this file instead of the screen (needed for xlsx)</source>
            <translation>escribir en este archivo en lugar de la pantalla (necesario para xlsx)</translation>
        </message>
        <message>
            <source>No lab is called {name}: see the names on the Labs screen.</source>
            <translation>Ningún laboratorio se llama {name}: vea los nombres en la pantalla Laboratorios.</translation>
        </message>
        <message>
            <source>A spreadsheet needs a file to go to: add -o FILE.xlsx.</source>
            <translation>Una hoja de cálculo necesita un archivo de destino: añada -o ARCHIVO.xlsx.</translation>
        </message>
        <message>
            <source>the programme's history from a spreadsheet: participants, labs, enrolments, jobs</source>
            <translation>la historia del programa desde una hoja de cálculo: participantes, laboratorios, inscripciones, empleos</translation>
        </message>
        <message>
            <source>Import the programme's history from a CSV or XLSX sheet, one row per lab enrolment, headings in row 1 in English, Spanish or French: first_name, last_name, birth_date, gender, nationality, migrant_status, unemployed_since, document_number, lab, lab_site, lab_start, lab_end, enrolment_status, employment_start, employer, improved_opportunities (and lab_niche, planned_hours and occupation where known). A lab not recorded yet is created; what the sheet does not give, such as its niche and planned hours, is left empty for a technician to complete on the Labs screen. Every row is checked first: one invalid row and nothing is written. The same person is one participant: the same document number or, on a row without one, the same names and birth date; a lab is matched by name and start date, a company by name. Importing the same file again adds nothing.</source>
            <translation>Importa la historia del programa desde una hoja CSV o XLSX, una fila por inscripción en un laboratorio, con encabezados en la fila 1 en español, inglés o francés: Nombre, Apellidos, Fecha de nacimiento, Género, Nacionalidad, Situación migratoria, Desempleado desde, Número de documento, Laboratorio, Sede, Inicio del laboratorio, Fin del laboratorio, Estado de la inscripción, Inicio del empleo, Empleador, Mejora de oportunidades (y Nicho, Horas previstas y Ocupación cuando se conozcan). Un laboratorio aún no registrado se crea; lo que la hoja no dice, como su nicho y sus horas previstas, se deja vacío para que un técnico lo complete en la pantalla Laboratorios. Primero se comprueba cada fila: con una sola fila no válida no se escribe nada. La misma persona es un solo participante: el mismo número de documento o, en una fila sin él, los mismos nombre, apellidos y fecha de nacimiento; un laboratorio se reconoce por su nombre y su fecha de inicio, una empresa por su nombre. Importar otra vez el mismo archivo no añade nada.</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD).</source>
            <translation>{value} no es una fecha (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>check the audit log, or list its entries</source>
            <translation>comprobar el registro de auditoría o listar sus entradas</translation>
        </message>
        <message>
            <source>check every chain of the audit log (exit status 1 when one is broken)</source>
            <translation>comprobar cada cadena del registro de auditoría (código de salida 1 si alguna está rota)</translation>
        </message>
        <message>
            <source>list the audit log's entries, newest first</source>
            <translation>listar las entradas del registro de auditoría, las más recientes primero</translation>
        </message>
        <message>
            <source>only the entries about this record id</source>
            <translation>solo las entradas sobre este identificador de registro</translation>
        </message>
        <message>
            <source>only the entries about this participant code</source>
            <translation>solo las entradas sobre este código de participante</translation>
        </message>
        <message>
            <source>only this action (repeat for several): {actions}</source>
            <translation>solo esta acción (repítalo para varias): {actions}</translation>
        </message>
        <message>
            <source>from this day on</source>
            <translation>desde este día</translation>
        </message>
        <message>
            <source>up to this day</source>
            <translation>hasta este día</translation>
        </message>
        <message>
            <source>at most this many entries (default: 1000)</source>
            <translation>como máximo este número de entradas (por defecto: 1000)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Portátil</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>everything held about a participant: a readable PDF and a JSON file of the same data</source>
            <translation>todo lo que se guarda sobre un participante: un PDF legible y un archivo JSON con los mismos datos</translation>
        </message>
        <message>
            <source>folder for the two files (created if missing)</source>
            <translation>carpeta para los dos archivos (se crea si no existe)</translation>
        </message>
        <message>
            <source>language of the document (default: the participant's preferred language)</source>
            <translation>idioma del documento (por defecto: el preferido por el participante)</translation>
        </message>
        <message>
            <source>Written: {pdf} and {json}</source>
            <translation>Escritos: {pdf} y {json}</translation>
        </message>
        <message>
            <source>back up the data now, or list the backups</source>
            <translation>hacer ahora una copia de seguridad de los datos, o listar las copias</translation>
        </message>
        <message>
            <source>list the backups, newest first, instead of making one</source>
            <translation>listar las copias, la más reciente primero, en lugar de hacer una</translation>
        </message>
        <message>
            <source>write the backup into this folder only (a USB stick), instead of the data folder's backups</source>
            <translation>escribir la copia solo en esta carpeta (una memoria USB), en lugar de en las copias de la carpeta de datos</translation>
        </message>
        <message>
            <source>how 'backup list' prints the backups</source>
            <translation>cómo muestra las copias 'backup list'</translation>
        </message>
        <message>
            <source>replace the data by a backup (what is there now is backed up first)</source>
            <translation>sustituir los datos por una copia de seguridad (antes se hace una copia de lo que hay ahora)</translation>
        </message>
        <message>
            <source>a backup file, from 'milma backup list' or a USB stick</source>
            <translation>un archivo de copia, de 'milma backup list' o de una memoria USB</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>no pedir confirmación</translation>
        </message>
        <message>
            <source>Backup made: {path}</source>
            <translation>Copia hecha: {path}</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Aún no hay copias de seguridad.</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Erased people it holds</source>
            <translation>Personas borradas que contiene</translation>
        </message>
        <message>
            <source>{count}, deleted by {when}</source>
            <translation>{count}, se borra el {when}</translation>
        </message>
        <message>
            <source>Replace the data in {folder} by the backup made {when}? What is there now is backed up first. [y/N] </source>
            <translation>¿Sustituir los datos de {folder} por la copia hecha el {when}? Antes se hace una copia de lo que hay ahora. [s/N] </translation>
        </message>
        <message>
            <source>Nothing was restored.</source>
            <translation>No se ha restaurado nada.</translation>
        </message>
        <message>
            <source>Restored the backup {file}.</source>
            <translation>Restaurada la copia {file}.</translation>
        </message>
        <message>
            <source>The data that could not be opened was put aside as {path}.</source>
            <translation>Los datos que no se podían abrir se han apartado como {path}.</translation>
        </message>
        <message>
            <source>What was there before is kept as the backup {path}.</source>
            <translation>Lo que había antes se conserva como la copia {path}.</translation>
        </message>
        <message>
            <source>the accounts of this laptop and their roles</source>
            <translation>las cuentas de este portátil y sus roles</translation>
        </message>
        <message>
            <source>every account, its role and technician</source>
            <translation>todas las cuentas, su rol y su técnico</translation>
        </message>
        <message>
            <source>a new account (its password from MILMA_NEW_PASSWORD or asked twice)</source>
            <translation>una cuenta nueva (su contraseña de MILMA_NEW_PASSWORD o pedida dos veces)</translation>
        </message>
        <message>
            <source>the technician the account stands for (added if new)</source>
            <translation>el técnico al que corresponde la cuenta (se añade si es nuevo)</translation>
        </message>
        <message>
            <source>change a password (yours unless NAME; from MILMA_NEW_PASSWORD or asked twice)</source>
            <translation>cambiar una contraseña (la suya salvo NOMBRE; de MILMA_NEW_PASSWORD o pedida dos veces)</translation>
        </message>
        <message>
            <source>every password forgotten: open the encrypted store with its recovery key (from MILMA_RECOVERY_KEY or asked) and set NAME's password</source>
            <translation>si se olvidaron todas las contraseñas: abrir los datos cifrados con su clave de recuperación (de MILMA_RECOVERY_KEY o preguntada) y poner la contraseña de NAME</translation>
        </message>
        <message>
            <source>change an account's role</source>
            <translation>cambiar el rol de una cuenta</translation>
        </message>
        <message>
            <source>an account that may no longer log in</source>
            <translation>una cuenta que ya no puede entrar</translation>
        </message>
        <message>
            <source>an account that may log in again</source>
            <translation>una cuenta que puede volver a entrar</translation>
        </message>
        <message>
            <source>minutes without input before the window locks</source>
            <translation>minutos sin actividad antes de que la ventana se bloquee</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Técnico/a</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Account {name} created ({role}).</source>
            <translation>Cuenta {name} creada ({role}).</translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>Contraseña cambiada.</translation>
        </message>
        <message>
            <source>Account {name} is now {role}.</source>
            <translation>La cuenta {name} es ahora {role}.</translation>
        </message>
        <message>
            <source>Account {name} may log in.</source>
            <translation>La cuenta {name} puede entrar.</translation>
        </message>
        <message>
            <source>Account {name} may no longer log in.</source>
            <translation>La cuenta {name} ya no puede entrar.</translation>
        </message>
        <message>
            <source>Name the account whose password to set: milma accounts password NAME --recovery.</source>
            <translation>Nombre la cuenta cuya contraseña quiere poner: milma accounts password NAME --recovery.</translation>
        </message>
        <message>
            <source>This data store is not encrypted: it has no recovery key.</source>
            <translation>Estos datos no están cifrados: no tienen clave de recuperación.</translation>
        </message>
        <message>
            <source>Recovery key: </source>
            <translation>Clave de recuperación: </translation>
        </message>
        <message>
            <source>There is no account called {name}.</source>
            <translation>No hay ninguna cuenta llamada {name}.</translation>
        </message>
        <message>
            <source>This data store has accounts: name yours with --user NAME or MILMA_USER.</source>
            <translation>Estos datos tienen cuentas: indique la suya con --user NOMBRE o MILMA_USER.</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Contraseña de {user}: </translation>
        </message>
        <message>
            <source>A password is needed: type it at a terminal, or set MILMA_PASSWORD.</source>
            <translation>Hace falta una contraseña: escríbala en un terminal o defina MILMA_PASSWORD.</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>Nueva contraseña: </translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>La misma contraseña otra vez: </translation>
        </message>
        <message>
            <source>erase a participant and every record about them, for good (coordinators and administrators)</source>
            <translation>borrar a un participante y todos los registros sobre él, para siempre (coordinadores y administradores)</translation>
        </message>
        <message>
            <source>Erase {code} and every record about them, on this store and, with the next reference data, on every laptop? This cannot be undone. [y/N] </source>
            <translation>¿Borrar {code} y todos los registros sobre esta persona, en esta base de datos y, con los próximos datos de referencia, en todos los portátiles? No se puede deshacer. [s/N] </translation>
        </message>
        <message>
            <source>Nothing was erased.</source>
            <translation>No se ha borrado nada.</translation>
        </message>
        <message>
            <source>The backups made before, {backup} among them, still hold them until the rotation removes them.</source>
            <translation>Las copias de seguridad hechas antes, entre ellas {backup}, aún la conservan hasta que la rotación las borre.</translation>
        </message>
        <message>
            <source>people whose last activity is older than the retention period, to erase or keep with a reason</source>
            <translation>personas cuya última actividad es anterior al periodo de conservación, para borrarlas o conservarlas con un motivo</translation>
        </message>
        <message>
            <source>list the people to review, the longest inactive first</source>
            <translation>lista las personas que revisar, primero las inactivas desde hace más tiempo</translation>
        </message>
        <message>
            <source>the retention period in years (default: the one chosen, else 5)</source>
            <translation>el periodo de conservación en años (por defecto: el elegido, si no 5)</translation>
        </message>
        <message>
            <source>keep a person listed for review (listed again in a year)</source>
            <translation>conserva a una persona de la lista de revisión (vuelve a aparecer en un año)</translation>
        </message>
        <message>
            <source>why they are kept (no personal data)</source>
            <translation>por qué se conserva (sin datos personales)</translation>
        </message>
        <message>
            <source>choose the retention period</source>
            <translation>elige el periodo de conservación</translation>
        </message>
        <message>
            <source>years without activity before a review</source>
            <translation>años sin actividad antes de una revisión</translation>
        </message>
        <message numerus="yes">
            <source>Nobody has been inactive for more than %n year(s).</source>
            <translation>
                <numerusform>Nadie lleva inactivo más de %n año.</numerusform>
                <numerusform>Nadie lleva inactivo más de %n años.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Última actividad</translation>
        </message>
        <message>
            <source>Kept before because</source>
            <translation>Conservada antes porque</translation>
        </message>
        <message>
            <source>{code} is kept; they will be listed again in a year.</source>
            <translation>{code} se conserva; volverá a aparecer en la lista dentro de un año.</translation>
        </message>
        <message numerus="yes">
            <source>The window locks after %n minute(s) without input.</source>
            <translation>
                <numerusform>La ventana se bloquea tras %n minuto sin actividad.</numerusform>
                <numerusform>La ventana se bloquea tras %n minutos sin actividad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{laptop}: %n entries, intact</source>
            <translation>
                <numerusform>{laptop}: %n entrada, íntegro</numerusform>
                <numerusform>{laptop}: %n entradas, íntegro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{laptop}: %n entries, BROKEN</source>
            <translation>
                <numerusform>{laptop}: %n entrada, ROTO</numerusform>
                <numerusform>{laptop}: %n entradas, ROTO</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data added: %n participant(s).</source>
            <translation>
                <numerusform>Datos de demostración añadidos: %n participante.</numerusform>
                <numerusform>Datos de demostración añadidos: %n participantes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erased {code}: %n record(s) removed.</source>
            <translation>
                <numerusform>{code} borrado: %n registro eliminado.</numerusform>
                <numerusform>{code} borrado: %n registros eliminados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reference data exported: %n record change(s).</source>
            <translation>
                <numerusform>Datos de referencia exportados: %n cambio de registro.</numerusform>
                <numerusform>Datos de referencia exportados: %n cambios de registros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Encrypted for %n enrolled laptop(s); laptops enrolled by their signing key alone receive it after their first bundle is imported.</source>
            <translation>
                <numerusform>Cifrado para %n portátil dado de alta; los portátiles dados de alta solo con su clave de firma lo reciben después de importar su primer paquete.</numerusform>
                <numerusform>Cifrado para %n portátiles dados de alta; los portátiles dados de alta solo con su clave de firma lo reciben después de importar su primer paquete.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n change(s).</source>
            <translation>
                <numerusform>Se ha exportado %n cambio.</numerusform>
                <numerusform>Se han exportado %n cambios.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n itinerary file(s) written to {path}</source>
            <translation>
                <numerusform>%n archivo de itinerario escrito en {path}</numerusform>
                <numerusform>%n archivos de itinerario escritos en {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n development-plan goal(s)</source>
            <translation>
                <numerusform>%n objetivo del plan de desarrollo</numerusform>
                <numerusform>%n objetivos del plan de desarrollo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n coaching session(s)</source>
            <translation>
                <numerusform>%n sesión de acompañamiento</numerusform>
                <numerusform>%n sesiones de acompañamiento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connector meeting(s)</source>
            <translation>
                <numerusform>%n encuentro con conectores</numerusform>
                <numerusform>%n encuentros con conectores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n placement(s)</source>
            <translation>
                <numerusform>%n periodo de prácticas</numerusform>
                <numerusform>%n periodos de prácticas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n job outcome(s)</source>
            <translation>
                <numerusform>%n inserción laboral</numerusform>
                <numerusform>%n inserciones laborales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The retention period is %n year(s).</source>
            <translation>
                <numerusform>El periodo de conservación es de %n año.</numerusform>
                <numerusform>El periodo de conservación es de %n años.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Choose a company in the list to see its labs and placements.</source>
            <translation>Elija una empresa de la lista para ver sus laboratorios y prácticas.</translation>
        </message>
        <message>
            <source>{sector} · Contact: {contact} · Collaboration: {collaboration}</source>
            <translation>{sector} · Contacto: {contact} · Colaboración: {collaboration}</translation>
        </message>
        <message>
            <source>Labs the company partners</source>
            <translation>Laboratorios con los que colabora la empresa</translation>
        </message>
        <message>
            <source>Work placements at the company</source>
            <translation>Prácticas en la empresa</translation>
        </message>
        <message>
            <source>Double-click a placement (or press Enter) to open the participant's page.</source>
            <translation>Haga doble clic en unas prácticas (o pulse Intro) para abrir la página del participante.</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratorios</translation>
        </message>
        <message>
            <source>Placements</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Empresas</translation>
        </message>
        <message>
            <source>Filter companies by name, sector, contact…</source>
            <translation>Filtrar empresas por nombre, sector, contacto…</translation>
        </message>
        <message>
            <source>New company…</source>
            <translation>Nueva empresa…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>Nueva empresa</translation>
        </message>
        <message>
            <source>Edit company</source>
            <translation>Editar empresa</translation>
        </message>
        <message numerus="yes">
            <source>%n company(ies)</source>
            <translation>
                <numerusform>%n empresa</numerusform>
                <numerusform>%n empresas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n company(ies)</source>
            <translation>
                <numerusform>{shown} de %n empresa</numerusform>
                <numerusform>{shown} de %n empresas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the company “{name}”? Its %n work placement(s) will be deleted too; job outcomes keep the employer's name.</source>
            <translation>
                <numerusform>¿Eliminar la empresa «{name}»? También se eliminará su %n periodo de prácticas; las inserciones laborales conservan el nombre del empleador.</numerusform>
                <numerusform>¿Eliminar la empresa «{name}»? También se eliminarán sus %n periodos de prácticas; las inserciones laborales conservan el nombre del empleador.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the company “{name}”? It stops being a partner of its labs.</source>
            <translation>¿Eliminar la empresa «{name}»? Dejará de colaborar con sus laboratorios.</translation>
        </message>
        <message numerus="yes">
            <source>Partner of labs (%n)</source>
            <translation>
                <numerusform>Colabora con laboratorios (%n)</numerusform>
                <numerusform>Colabora con laboratorios (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Work placements (%n)</source>
            <translation>
                <numerusform>Prácticas (%n)</numerusform>
                <numerusform>Prácticas (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Saved meanwhile</source>
            <translation>Guardado mientras tanto</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>El suyo</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Mantener el mío</translation>
        </message>
        <message>
            <source>Save your values over the ones saved meanwhile</source>
            <translation>Guardar sus valores en lugar de los guardados mientras tanto</translation>
        </message>
        <message>
            <source>&amp;Take the saved values</source>
            <translation>&amp;Tomar los valores guardados</translation>
        </message>
        <message>
            <source>Show the values saved meanwhile in the form, keeping your other changes</source>
            <translation>Mostrar en el formulario los valores guardados mientras tanto, conservando sus demás cambios</translation>
        </message>
    </context>
    <context>
        <name>ConflictReview</name>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>{kind}: {record}</source>
            <translation>{kind}: {record}</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Value here</source>
            <translation>Valor de aquí</translation>
        </message>
        <message>
            <source>Value received</source>
            <translation>Valor recibido</translation>
        </message>
        <message>
            <source>Kept now</source>
            <translation>Conservado ahora</translation>
        </message>
        <message numerus="yes">
            <source>Conflicts (%n)</source>
            <translation>
                <numerusform>Conflictos (%n)</numerusform>
                <numerusform>Conflictos (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>The same field was changed on two computers. The later change is kept; choose which value should stay.</source>
            <translation>El mismo campo se ha modificado en dos ordenadores. Se conserva el cambio más reciente; elija qué valor debe quedarse.</translation>
        </message>
        <message>
            <source>Keep the value &amp;here</source>
            <translation>Conservar el valor de &amp;aquí</translation>
        </message>
        <message>
            <source>Keep the value &amp;received</source>
            <translation>Conservar el valor &amp;recibido</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>This conflict was already resolved or its record was deleted.</source>
            <translation>Este conflicto ya se ha resuelto o su registro se ha eliminado.</translation>
        </message>
    </context>
    <context>
        <name>ConnectorImport</name>
        <message>
            <source>Row {row}, column {column}</source>
            <translation>Fila {row}, columna {column}</translation>
        </message>
        <message>
            <source>Row {row}</source>
            <translation>Fila {row}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>Nothing was imported: correct the rows named and import the sheet again.</source>
            <translation>No se ha importado nada: corrija las filas indicadas e importe la hoja de nuevo.</translation>
        </message>
        <message>
            <source>The file must be a CSV (.csv) or Excel (.xlsx) sheet.</source>
            <translation>El archivo debe ser una hoja CSV (.csv) o Excel (.xlsx).</translation>
        </message>
        <message>
            <source>The CSV file is not UTF-8 text: save it again as CSV UTF-8.</source>
            <translation>El archivo CSV no es texto UTF-8: guárdelo de nuevo como CSV UTF-8.</translation>
        </message>
        <message>
            <source>The file cannot be read: check that it exists and is a CSV or Excel sheet.</source>
            <translation>No se puede leer el archivo: compruebe que existe y que es una hoja CSV o Excel.</translation>
        </message>
        <message>
            <source>“{value}” is not a language: write its name or ISO code, for example Arabic or ar.</source>
            <translation>«{value}» no es un idioma: escriba su nombre o su código ISO, por ejemplo árabe o ar.</translation>
        </message>
        <message>
            <source>“{value}” is not an ISCO-08 occupation group: write its two-digit code, for example 52, or enough of its title to name one group.</source>
            <translation>«{value}» no es un grupo ocupacional CIUO-08: escriba su código de dos cifras, por ejemplo 52, o una parte de su título que designe un solo grupo.</translation>
        </message>
        <message>
            <source>The sheet has no headings in row 1.</source>
            <translation>La hoja no tiene encabezados en la fila 1.</translation>
        </message>
        <message>
            <source>The column {column} is missing.</source>
            <translation>Falta la columna {column}.</translation>
        </message>
        <message>
            <source>The column origin is missing: add it (local or migrant on each row), or say which of the two applies to the rows that leave it empty.</source>
            <translation>Falta la columna origin: añádala (local o migrante en cada fila) o indique cuál de los dos se aplica a las filas que la dejan vacía.</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {choices}.</source>
            <translation>«{value}» no es ninguno de estos valores: {choices}.</translation>
        </message>
        <message>
            <source>A connector cannot be referred by themselves.</source>
            <translation>Un conector no puede ser recomendado por sí mismo.</translation>
        </message>
        <message>
            <source>Several connectors are called “{value}”: the name does not say which one.</source>
            <translation>Varios conectores se llaman «{value}»: el nombre no indica cuál.</translation>
        </message>
        <message>
            <source>No connector called “{value}”, recorded or in this sheet.</source>
            <translation>No hay ningún conector llamado «{value}», ni registrado ni en esta hoja.</translation>
        </message>
        <message numerus="yes">
            <source>Checked: %n connector(s) would be added; nothing was written.</source>
            <translation>
                <numerusform>Comprobado: se añadiría %n conector; no se ha escrito nada.</numerusform>
                <numerusform>Comprobado: se añadirían %n conectores; no se ha escrito nada.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connector(s) added.</source>
            <translation>
                <numerusform>%n conector añadido.</numerusform>
                <numerusform>%n conectores añadidos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) already recorded, left as they are.</source>
            <translation>
                <numerusform>%n fila ya registrada, se deja como está.</numerusform>
                <numerusform>%n filas ya registradas, se dejan como están.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Connectors</name>
        <message>
            <source>Load</source>
            <translation>Carga</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivos</translation>
        </message>
        <message>
            <source>No connector can be suggested: none is active, agreed to be contacted, has room for one more newcomer and has not met this participant yet.</source>
            <translation>No se puede sugerir ningún conector: ninguno está activo, ha aceptado ser contactado, tiene sitio para una persona recién llegada más y no ha conocido aún a este/a participante.</translation>
        </message>
    </context>
    <context>
        <name>ConnectorsPage</name>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Choose a connector in the list to see their network.</source>
            <translation>Elija un conector de la lista para ver su red.</translation>
        </message>
        <message>
            <source>Connectors they brought in</source>
            <translation>Conectores que ha captado</translation>
        </message>
        <message>
            <source>Newcomers they met</source>
            <translation>Personas recién llegadas con quienes se ha reunido</translation>
        </message>
        <message>
            <source>Newcomers referred to them</source>
            <translation>Personas recién llegadas derivadas a este conector</translation>
        </message>
        <message>
            <source>Double-click a participant (or press Enter) to open their page.</source>
            <translation>Haga doble clic en un participante (o pulse Intro) para abrir su página.</translation>
        </message>
        <message>
            <source>{field} · {origin} · {languages} · {neighbourhood} · Referred by: {referrer} · Newcomers at a time: {capacity} · Contact: {contact}</source>
            <translation>{field} · {origin} · {languages} · {neighbourhood} · Derivado/a por: {referrer} · Personas recién llegadas a la vez: {capacity} · Contacto: {contact}</translation>
        </message>
        <message>
            <source>Newcomers now</source>
            <translation>Personas recién llegadas ahora</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Encuentros</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Conectores</translation>
        </message>
        <message>
            <source>Filter connectors by name, field, language, neighbourhood…</source>
            <translation>Filtrar conectores por nombre, ámbito, idioma, barrio…</translation>
        </message>
        <message>
            <source>New connector…</source>
            <translation>Nuevo conector…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>New connector</source>
            <translation>Nuevo conector</translation>
        </message>
        <message>
            <source>Edit connector</source>
            <translation>Editar conector</translation>
        </message>
        <message numerus="yes">
            <source>%n connector(s)</source>
            <translation>
                <numerusform>%n conector</numerusform>
                <numerusform>%n conectores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n connector(s)</source>
            <translation>
                <numerusform>{shown} de %n conector</numerusform>
                <numerusform>{shown} de %n conectores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the connector {name}? Their %n meeting(s) with participants will be deleted too.</source>
            <translation>
                <numerusform>¿Eliminar el conector {name}? También se eliminará su %n encuentro con participantes.</numerusform>
                <numerusform>¿Eliminar el conector {name}? También se eliminarán sus %n encuentros con participantes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the connector {name}?</source>
            <translation>¿Eliminar el conector {name}?</translation>
        </message>
        <message numerus="yes">
            <source>Brought in (%n)</source>
            <translation>
                <numerusform>Captados (%n)</numerusform>
                <numerusform>Captados (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Newcomers met (%n)</source>
            <translation>
                <numerusform>Personas recién llegadas con quienes se ha reunido (%n)</numerusform>
                <numerusform>Personas recién llegadas con quienes se ha reunido (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Referred to them (%n)</source>
            <translation>
                <numerusform>Derivadas a este conector (%n)</numerusform>
                <numerusform>Derivadas a este conector (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Consents</name>
        <message>
            <source>{person} ({code}) withdrew the consent “{consent}” on {date}: this cannot be done without it.</source>
            <translation>{person} ({code}) retiró el consentimiento «{consent}» el {date}: esto no puede hacerse sin él.</translation>
        </message>
        <message>
            <source>{person} ({code}) has not given the consent “{consent}”: record it in the Consents section of their page first.</source>
            <translation>{person} ({code}) no ha dado el consentimiento «{consent}»: regístrelo antes en la sección Consentimientos de su página.</translation>
        </message>
        <message>
            <source>{person} ({code}) has no consent to the life story in force: it stays private. Record the consent and its scope in the Consents section first.</source>
            <translation>{person} ({code}) no tiene en vigor un consentimiento para la historia de vida: queda privada. Registre antes el consentimiento y su alcance en la sección Consentimientos.</translation>
        </message>
        <message>
            <source>{person} ({code}) consented to the life story as “{allowed}” only: it cannot be “{scope}”.</source>
            <translation>{person} ({code}) consintió la historia de vida solo como «{allowed}»: no puede ser «{scope}».</translation>
        </message>
        <message>
            <source>Consent to the processing of personal data given on</source>
            <translation>Consentimiento al tratamiento de datos personales dado el</translation>
        </message>
        <message>
            <source>{field}: give the date.</source>
            <translation>{field}: indique la fecha.</translation>
        </message>
        <message>
            <source>{field}: the date cannot be after today.</source>
            <translation>{field}: la fecha no puede ser posterior a hoy.</translation>
        </message>
        <message>
            <source>Choose which consent was given.</source>
            <translation>Elija qué consentimiento se dio.</translation>
        </message>
        <message>
            <source>Scope: choose what may be done with the life story (private, anonymised or named).</source>
            <translation>Alcance: elija qué puede hacerse con la historia de vida (privada, anónima o con nombre).</translation>
        </message>
        <message>
            <source>This consent is in force already, since {date}.</source>
            <translation>Este consentimiento ya está en vigor desde el {date}.</translation>
        </message>
        <message>
            <source>This consent was withdrawn already, on {date}.</source>
            <translation>Este consentimiento ya se retiró el {date}.</translation>
        </message>
        <message>
            <source>Withdrawn on: the date cannot be before the consent was given ({date}).</source>
            <translation>Retirado el: la fecha no puede ser anterior a la del consentimiento ({date}).</translation>
        </message>
        <message>
            <source>Registration needs the consent to the processing of personal data: print the information notice in the person's language, have it signed, and give the date.</source>
            <translation>El registro necesita el consentimiento al tratamiento de datos personales: imprima la nota informativa en el idioma de la persona, hágala firmar e indique la fecha.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Withdrawn on {date}</source>
            <translation>Retirado el {date}</translation>
        </message>
        <message>
            <source>In force until {date}</source>
            <translation>En vigor hasta el {date}</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>En vigor</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>&amp;Record a consent…</source>
            <translation>Re&amp;gistrar un consentimiento…</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>Retir&amp;ar…</translation>
        </message>
        <message>
            <source>Withdraw the consent chosen</source>
            <translation>Retirar el consentimiento elegido</translation>
        </message>
        <message>
            <source>The person withdrew this consent: give the date. It stays in the history.</source>
            <translation>La persona retiró este consentimiento: indique la fecha. Queda en el historial.</translation>
        </message>
        <message>
            <source>Withdraw: {consent}</source>
            <translation>Retirar: {consent}</translation>
        </message>
        <message>
            <source>Consent to the processing of personal data</source>
            <translation>Consentimiento al tratamiento de datos personales</translation>
        </message>
        <message>
            <source>Print the information notice in the person's language, let them read it and sign it, then give the day they signed. Nobody is registered without it.</source>
            <translation>Imprima la nota informativa en el idioma de la persona, déjela leerla y firmarla, e indique el día en que la firmó. Nadie se registra sin ella.</translation>
        </message>
        <message>
            <source>&amp;Print the information notice ({language})…</source>
            <translation>&amp;Imprimir la nota informativa ({language})…</translation>
        </message>
        <message>
            <source>Notice signed on</source>
            <translation>Nota firmada el</translation>
        </message>
        <message>
            <source>Save the information notice as PDF</source>
            <translation>Guardar la nota informativa como PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <source>{field}: type the date as day/month/year, e.g. 25/03/1990.</source>
            <translation>{field}: escriba la fecha como día/mes/año, por ejemplo 25/03/1990.</translation>
        </message>
        <message>
            <source>{field}: type the date and time as day/month/year hours:minutes, e.g. 25/03/2026 09:30.</source>
            <translation>{field}: escriba la fecha y la hora como día/mes/año horas:minutos, por ejemplo 25/03/2026 09:30.</translation>
        </message>
        <message>
            <source>{field}: {text} does not exist; check the day and the month.</source>
            <translation>{field}: {text} no existe; revise el día y el mes.</translation>
        </message>
        <message>
            <source>{field}: {text} is not a time of day; check the hours and minutes.</source>
            <translation>{field}: {text} no es una hora válida; revise las horas y los minutos.</translation>
        </message>
        <message>
            <source>dd/mm/yyyy hh:mm</source>
            <translation>dd/mm/aaaa hh:mm</translation>
        </message>
        <message>
            <source>Type the date and time as day/month/year hours:minutes, e.g. 25/03/2026 09:30, or choose the day in the calendar.</source>
            <translation>Escriba la fecha y la hora como día/mes/año horas:minutos, por ejemplo 25/03/2026 09:30, o elija el día en el calendario.</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/aaaa</translation>
        </message>
        <message>
            <source>Type the date as day/month/year, e.g. 25/03/1990, or choose it in the calendar.</source>
            <translation>Escriba la fecha como día/mes/año, por ejemplo 25/03/1990, o elíjala en el calendario.</translation>
        </message>
        <message>
            <source>Choose in the calendar</source>
            <translation>Elegir en el calendario</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The number of participants must be between 0 and {max}.</source>
            <translation>El número de participantes debe estar entre 0 y {max}.</translation>
        </message>
    </context>
    <context>
        <name>DuplicateReview</name>
        <message>
            <source>Same identity document</source>
            <translation>Mismo documento de identidad</translation>
        </message>
        <message>
            <source>Similar name ({score} %), same birth date</source>
            <translation>Nombre parecido ({score} %), misma fecha de nacimiento</translation>
        </message>
        <message>
            <source>Participant kept</source>
            <translation>Participante conservado</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Posible duplicado</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Conservado</translation>
        </message>
        <message>
            <source>Merged into it</source>
            <translation>Fusionado en él</translation>
        </message>
        <message>
            <source>Records moved</source>
            <translation>Registros trasladados</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Deshecha</translation>
        </message>
        <message>
            <source>Possible duplicates (looking…)</source>
            <translation>Posibles duplicados (buscando…)</translation>
        </message>
        <message numerus="yes">
            <source>Possible duplicates (%n)</source>
            <translation>
                <numerusform>Posibles duplicados (%n)</numerusform>
                <numerusform>Posibles duplicados (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>People who may have been registered twice: with the same identity document, or on different laptops with similar names and the same birth date. Nothing is merged unless you merge it; a merge can be undone.</source>
            <translation>Personas que pueden haberse registrado dos veces: con el mismo documento de identidad, o en portátiles distintos con nombres parecidos y la misma fecha de nacimiento. No se fusiona nada si usted no lo fusiona; una fusión se puede deshacer.</translation>
        </message>
        <message>
            <source>&amp;Merge the duplicate into the participant kept</source>
            <translation>&amp;Fusionar el duplicado en el participante conservado</translation>
        </message>
        <message>
            <source>Merges made</source>
            <translation>Fusiones realizadas</translation>
        </message>
        <message>
            <source>&amp;Undo the merge</source>
            <translation>&amp;Deshacer la fusión</translation>
        </message>
        <message>
            <source>Merge {duplicate} into {kept}? Every record of the duplicate moves to the participant kept.</source>
            <translation>¿Fusionar {duplicate} en {kept}? Todos los registros del duplicado pasan al participante conservado.</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>This participant was already merged into another one.</source>
            <translation>Este participante ya se ha fusionado con otro.</translation>
        </message>
        <message>
            <source>A participant cannot be merged into themselves.</source>
            <translation>Un participante no se puede fusionar consigo mismo.</translation>
        </message>
        <message>
            <source>This merge no longer exists.</source>
            <translation>Esta fusión ya no existe.</translation>
        </message>
        <message>
            <source>This merge was already undone.</source>
            <translation>Esta fusión ya se ha deshecho.</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>This is not the recovery key of this data store.</source>
            <translation>Esta no es la clave de recuperación de estos datos.</translation>
        </message>
        <message>
            <source>The key file {file} is missing or damaged: open the data store with its recovery key, then set the passwords again.</source>
            <translation>Falta el archivo de claves {file} o está dañado: abra los datos con su clave de recuperación y vuelva a poner las contraseñas.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nombre de usuario o contraseña incorrectos.</translation>
        </message>
        <message>
            <source>The account {name} does not open this encrypted data store: check the user name, or ask an administrator to give the account a new password (File &gt; Accounts).</source>
            <translation>La cuenta {name} no abre estos datos cifrados: revise el nombre de usuario o pida a un administrador que le dé una contraseña nueva (Archivo &gt; Cuentas).</translation>
        </message>
        <message>
            <source>The key file {file} is missing or damaged, and the recovery key needs it: copy the key file kept with the backups ({copy}) in its place.</source>
            <translation>Falta el archivo de claves {file} o está dañado, y la clave de recuperación lo necesita: copie en su lugar el que se guarda con las copias de seguridad ({copy}).</translation>
        </message>
        <message>
            <source>The database {path} does not open with this key file: it is damaged, or the key file belongs to another data store.</source>
            <translation>La base de datos {path} no se abre con este archivo de claves: está dañada, o el archivo de claves es de otros datos.</translation>
        </message>
        <message>
            <source>Too many wrong passwords in a row: try again in {seconds} s.</source>
            <translation>Demasiadas contraseñas incorrectas seguidas: vuelva a intentarlo dentro de {seconds} s.</translation>
        </message>
        <message>
            <source>This data store is encrypted already.</source>
            <translation>Estos datos ya están cifrados.</translation>
        </message>
        <message>
            <source>Unlock the data store first.</source>
            <translation>Abra primero los datos con una contraseña.</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Already enrolled</source>
            <translation>Ya inscrito/a</translation>
        </message>
        <message>
            <source>Tick to enrol (Space)</source>
            <translation>Marque para inscribir (Espacio)</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Inscribir</translation>
        </message>
        <message>
            <source>Any other lab</source>
            <translation>Cualquier otro laboratorio</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) chosen</source>
            <translation>
                <numerusform>%n participante elegido</numerusform>
                <numerusform>%n participantes elegidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Enrol %n participant(s)</source>
            <translation>
                <numerusform>&amp;Inscribir a %n participante</numerusform>
                <numerusform>&amp;Inscribir a %n participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Enrol</source>
            <translation>&amp;Inscribir</translation>
        </message>
        <message>
            <source>Enrolled on: type the date of the enrolment.</source>
            <translation>Fecha de inscripción: escriba la fecha de la inscripción.</translation>
        </message>
        <message>
            <source>Enrol participants in {lab}</source>
            <translation>Inscribir participantes en {lab}</translation>
        </message>
        <message>
            <source>Filter by another lab</source>
            <translation>Filtrar por otro laboratorio</translation>
        </message>
        <message>
            <source>Participants to choose from</source>
            <translation>Participantes para elegir</translation>
        </message>
        <message>
            <source>Choose all &amp;listed</source>
            <translation>Elegir a &amp;todos los de la lista</translation>
        </message>
        <message>
            <source>Tick everyone the search and filters list, as far as the list has been scrolled</source>
            <translation>Marca a todas las personas que muestran la búsqueda y los filtros, hasta donde se ha desplazado la lista</translation>
        </message>
        <message>
            <source>Clear c&amp;hoice</source>
            <translation>&amp;Vaciar la selección</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>CIFE (main site)</source>
            <translation>CIFE (sede principal)</translation>
        </message>
        <message>
            <source>Los Arcos</source>
            <translation>Los Arcos</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Non-binary</source>
            <translation>No binario</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Prefiere no decirlo</translation>
        </message>
        <message>
            <source>Local resident</source>
            <translation>Residente local</translation>
        </message>
        <message>
            <source>Migrant</source>
            <translation>Migrante</translation>
        </message>
        <message>
            <source>Refugee</source>
            <translation>Refugiado/a</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Solicitante de asilo</translation>
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
            <translation>Pasaporte</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Otro documento</translation>
        </message>
        <message>
            <source>No Spanish yet</source>
            <translation>Aún no habla español</translation>
        </message>
        <message>
            <source>A1 (beginner)</source>
            <translation>A1 (principiante)</translation>
        </message>
        <message>
            <source>A2 (elementary)</source>
            <translation>A2 (elemental)</translation>
        </message>
        <message>
            <source>B1 (intermediate)</source>
            <translation>B1 (intermedio)</translation>
        </message>
        <message>
            <source>B2 (upper intermediate)</source>
            <translation>B2 (intermedio alto)</translation>
        </message>
        <message>
            <source>C1 (advanced)</source>
            <translation>C1 (avanzado)</translation>
        </message>
        <message>
            <source>C2 (proficient)</source>
            <translation>C2 (experto)</translation>
        </message>
        <message>
            <source>Native speaker</source>
            <translation>Lengua materna</translation>
        </message>
        <message>
            <source>No formal education</source>
            <translation>Sin estudios formales</translation>
        </message>
        <message>
            <source>Primary education</source>
            <translation>Educación primaria</translation>
        </message>
        <message>
            <source>Secondary education</source>
            <translation>Educación secundaria</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>Formación profesional</translation>
        </message>
        <message>
            <source>University degree</source>
            <translation>Título universitario</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Green production</source>
            <translation>Producción verde</translation>
        </message>
        <message>
            <source>Urban creation and recycling</source>
            <translation>Creación urbana y reciclaje</translation>
        </message>
        <message>
            <source>Communication and multimedia</source>
            <translation>Comunicación y multimedia</translation>
        </message>
        <message>
            <source>Installation of devices (IoT)</source>
            <translation>Instalación de dispositivos (IoT)</translation>
        </message>
        <message>
            <source>Digital production (drones)</source>
            <translation>Producción digital (drones)</translation>
        </message>
        <message>
            <source>Elderly care</source>
            <translation>Atención a personas mayores</translation>
        </message>
        <message>
            <source>Catering</source>
            <translation>Hostelería y catering</translation>
        </message>
        <message>
            <source>Gardening</source>
            <translation>Jardinería</translation>
        </message>
        <message>
            <source>Health institution warden</source>
            <translation>Celador/a de centros sanitarios</translation>
        </message>
        <message>
            <source>Light floor installation</source>
            <translation>Instalación de suelos ligeros</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrito/a</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Baja</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Excused absence</source>
            <translation>Falta justificada</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Conseguido</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Descartado</translation>
        </message>
        <message>
            <source>Skills diagnosis</source>
            <translation>Diagnóstico de competencias</translation>
        </message>
        <message>
            <source>Soft skills</source>
            <translation>Competencias transversales</translation>
        </message>
        <message>
            <source>Technical training</source>
            <translation>Formación técnica</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Job search</source>
            <translation>Búsqueda de empleo</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupal</translation>
        </message>
        <message>
            <source>CV</source>
            <translation>Currículum</translation>
        </message>
        <message>
            <source>Job interview</source>
            <translation>Entrevista de trabajo</translation>
        </message>
        <message>
            <source>Digital skills</source>
            <translation>Competencias digitales</translation>
        </message>
        <message>
            <source>Wellbeing</source>
            <translation>Bienestar</translation>
        </message>
        <message>
            <source>Private (not publishable)</source>
            <translation>Privada (no publicable)</translation>
        </message>
        <message>
            <source>Publishable anonymised</source>
            <translation>Publicable de forma anónima</translation>
        </message>
        <message>
            <source>Publishable with name</source>
            <translation>Publicable con nombre</translation>
        </message>
        <message>
            <source>Processing of personal data</source>
            <translation>Tratamiento de datos personales</translation>
        </message>
        <message>
            <source>Recording of the life story</source>
            <translation>Grabación de la historia de vida</translation>
        </message>
        <message>
            <source>Photographs</source>
            <translation>Fotografías</translation>
        </message>
        <message>
            <source>Sharing the CV with partner companies</source>
            <translation>Envío del currículum a empresas colaboradoras</translation>
        </message>
        <message>
            <source>Being contacted for follow-up</source>
            <translation>Ser contactado para el seguimiento</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programado</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizado</translation>
        </message>
        <message>
            <source>Called off</source>
            <translation>Anulado</translation>
        </message>
        <message>
            <source>In person or virtual</source>
            <translation>Presencial o virtual</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Their neighbourhood</source>
            <translation>Su barrio</translation>
        </message>
        <message>
            <source>A local association</source>
            <translation>Una asociación local</translation>
        </message>
        <message>
            <source>Coexistence Board (Mesa por la Convivencia)</source>
            <translation>Mesa por la Convivencia</translation>
        </message>
        <message>
            <source>Anti-Rumours network</source>
            <translation>Red Antirrumores</translation>
        </message>
        <message>
            <source>Wants to join</source>
            <translation>Quiere participar</translation>
        </message>
        <message>
            <source>Is thinking about it</source>
            <translation>Se lo está pensando</translation>
        </message>
        <message>
            <source>Not interested</source>
            <translation>No le interesa</translation>
        </message>
        <message>
            <source>Co-designs training</source>
            <translation>Codiseña formación</translation>
        </message>
        <message>
            <source>Hosts company visits</source>
            <translation>Acoge visitas a la empresa</translation>
        </message>
        <message>
            <source>Hosts work placements</source>
            <translation>Acoge prácticas</translation>
        </message>
        <message>
            <source>Hires participants</source>
            <translation>Contrata participantes</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrumpido</translation>
        </message>
        <message>
            <source>Permanent contract</source>
            <translation>Contrato indefinido</translation>
        </message>
        <message>
            <source>Temporary contract</source>
            <translation>Contrato temporal</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <translation>Por cuenta propia</translation>
        </message>
        <message>
            <source>Further education or training</source>
            <translation>Estudios o formación</translation>
        </message>
        <message>
            <source>Initial survey</source>
            <translation>Encuesta inicial</translation>
        </message>
        <message>
            <source>End survey</source>
            <translation>Encuesta final</translation>
        </message>
        <message>
            <source>Follow-up (6 months)</source>
            <translation>Seguimiento (6 meses)</translation>
        </message>
        <message>
            <source>Local resident</source>
            <comment>female</comment>
            <translation>Residente local</translation>
        </message>
        <message>
            <source>Local resident</source>
            <comment>male</comment>
            <translation>Residente local</translation>
        </message>
        <message>
            <source>Migrant</source>
            <comment>female</comment>
            <translation>Migrante</translation>
        </message>
        <message>
            <source>Migrant</source>
            <comment>male</comment>
            <translation>Migrante</translation>
        </message>
        <message>
            <source>Refugee</source>
            <comment>female</comment>
            <translation>Refugiada</translation>
        </message>
        <message>
            <source>Refugee</source>
            <comment>male</comment>
            <translation>Refugiado</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <comment>female</comment>
            <translation>Solicitante de asilo</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <comment>male</comment>
            <translation>Solicitante de asilo</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <comment>female</comment>
            <translation>Inscrita</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <comment>male</comment>
            <translation>Inscrito</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <comment>female</comment>
            <translation>Por cuenta propia</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <comment>male</comment>
            <translation>Por cuenta propia</translation>
        </message>
    </context>
    <context>
        <name>Erasure</name>
        <message>
            <source>Only a coordinator or an administrator can erase a person, on the coordinator's store: ask them. Nothing was erased.</source>
            <translation>Solo un coordinador o un administrador puede borrar a una persona, en la base de datos de la coordinación: pídaselo. No se ha borrado nada.</translation>
        </message>
        <message>
            <source>Erase a participant</source>
            <translation>Borrar a un participante</translation>
        </message>
        <message>
            <source>Erase {code} for good?

Every record about this person (profile, sessions, goals, life story, meetings, referrals, surveys, job outcomes, consents, unsaved drafts) is removed from this store, and from every laptop with the next reference data. Edits still on a laptop will not bring them back. The backups made before keep them until the rotation deletes them.

This cannot be undone.</source>
            <translation>¿Borrar {code} para siempre?

Todos los registros sobre esta persona (perfil, sesiones, objetivos, historia de vida, encuentros, derivaciones, encuestas, resultados laborales, consentimientos, borradores sin guardar) se eliminan de esta base de datos y, con los próximos datos de referencia, de todos los portátiles. Los cambios que aún estén en un portátil no los harán volver. Las copias de seguridad hechas antes los conservan hasta que la rotación las borre.

No se puede deshacer.</translation>
        </message>
        <message numerus="yes">
            <source>{code} was erased: %n record(s) removed.</source>
            <translation>
                <numerusform>{code} se ha borrado: %n registro eliminado.</numerusform>
                <numerusform>{code} se ha borrado: %n registros eliminados.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong. Your saved data is safe; details were written to the log file.</source>
            <translation>Algo ha fallado. Los datos guardados están a salvo; los detalles se han escrito en el archivo de registro.</translation>
        </message>
        <message>
            <source>MILMA Desktop</source>
            <translation>MILMA Desktop</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Mensaje de error</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>The bundle is malformed: a {kind} record has an invalid value for {field}.</source>
            <translation>El paquete tiene un formato incorrecto: un registro de tipo {kind} tiene un valor no válido en {field}.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has an invalid clock or device.</source>
            <translation>El paquete tiene un formato incorrecto: un cambio tiene un reloj o un dispositivo no válido.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change is not an object.</source>
            <translation>El paquete tiene un formato incorrecto: un cambio no es un objeto.</translation>
        </message>
        <message>
            <source>The bundle is malformed: unknown kind of record {kind}.</source>
            <translation>El paquete tiene un formato incorrecto: tipo de registro desconocido {kind}.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has an invalid record id.</source>
            <translation>El paquete tiene un formato incorrecto: un cambio tiene un identificador de registro no válido.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has an unknown operation.</source>
            <translation>El paquete tiene un formato incorrecto: un cambio tiene una operación desconocida.</translation>
        </message>
        <message>
            <source>The bundle is malformed: a change has no fields.</source>
            <translation>El paquete tiene un formato incorrecto: un cambio no tiene campos.</translation>
        </message>
        <message>
            <source>The bundle is malformed: unknown field {field} for a {kind} record.</source>
            <translation>El paquete tiene un formato incorrecto: campo desconocido {field} en un registro de tipo {kind}.</translation>
        </message>
        <message>
            <source>{count} records wait for changes from a bundle not imported yet.</source>
            <translation>Registros a la espera de cambios de un paquete aún no importado: {count}.</translation>
        </message>
        <message>
            <source>{count} changes are dated more than a day in the future: they are held in quarantine for review.</source>
            <translation>Cambios con fecha de más de un día en el futuro: {count}. Quedan en cuarentena para su revisión.</translation>
        </message>
        <message>
            <source>{count} changes are outside what this laptop may do (another site's participants, reference data): they are held in quarantine for review.</source>
            <translation>Cambios fuera de lo que este portátil puede hacer (participantes de otra sede, datos de referencia): {count}. Quedan en cuarentena para su revisión.</translation>
        </message>
        <message>
            <source>This store is the coordinator itself.</source>
            <translation>Esta base de datos es la propia coordinación.</translation>
        </message>
        <message>
            <source>Only a coordinator enrols laptops: run 'milma keys init-coordinator' first.</source>
            <translation>Solo la coordinación da de alta portátiles: ejecute antes 'milma keys init-coordinator'.</translation>
        </message>
        <message>
            <source>This is the key of this store itself, not of a laptop.</source>
            <translation>Es la clave de esta misma base de datos, no la de un portátil.</translation>
        </message>
        <message>
            <source>Warning: this laptop's code tag {tag} is also the tag of {fingerprints}. People registered on both would get the same codes, and the bundle that arrives second would be refused. If this laptop has not registered anyone yet, set it up again in a new data folder to get a new tag; otherwise contact support.</source>
            <translation>Atención: la etiqueta de códigos {tag} de este portátil es también la de {fingerprints}. Las personas registradas en ambos recibirían los mismos códigos, y se rechazaría el paquete que llegue en segundo lugar. Si este portátil aún no ha registrado a nadie, vuelva a configurarlo en una carpeta de datos nueva para obtener otra etiqueta; si no, avise al servicio técnico.</translation>
        </message>
        <message>
            <source>Cannot open the identity backup: wrong passphrase or not a backup file.</source>
            <translation>No se puede abrir la copia de seguridad de la identidad: la frase de contraseña es incorrecta o no es un archivo de copia de seguridad.</translation>
        </message>
        <message>
            <source>This store already has another coordinator identity; it was kept.</source>
            <translation>Esta base de datos ya tiene otra identidad de coordinación; se ha conservado.</translation>
        </message>
        <message>
            <source>This laptop does not know its coordinator yet: trust the coordinator's public key first (Keys and laptops on the exchange screen, or 'milma keys trust-coordinator').</source>
            <translation>Este portátil aún no conoce a su coordinación: confíe antes en la clave pública de la coordinación (Claves y portátiles en la pantalla de intercambio, o 'milma keys trust-coordinator').</translation>
        </message>
        <message>
            <source>No enrolled laptop can receive reference data yet: enrol laptops from their key files, or import a bundle from each first.</source>
            <translation>Ningún portátil dado de alta puede recibir aún datos de referencia: dé de alta los portátiles con sus archivos de clave o importe antes un paquete de cada uno.</translation>
        </message>
        <message>
            <source>This bundle says it comes from site {declared}, but the laptop is enrolled for site {site}: its changes were checked as those of {site}.</source>
            <translation>Este paquete dice venir de la sede {declared}, pero el portátil está registrado para la sede {site}: sus cambios se han comprobado como de {site}.</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <source>Kind of record</source>
            <translation>Tipo de registro</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>En conflicto</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminados</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>En cuarentena</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportación</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importación</translation>
        </message>
        <message>
            <source>Reference data</source>
            <translation>Datos de referencia</translation>
        </message>
        <message>
            <source>Laptop changes</source>
            <translation>Cambios de portátil</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>Intercambio por USB</translation>
        </message>
        <message>
            <source>&amp;Keys and laptops…</source>
            <translation>&amp;Claves y portátiles…</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>&amp;Save to / open from:</source>
            <translation>&amp;Guardar en / abrir desde:</translation>
        </message>
        <message>
            <source>&amp;Look for drives</source>
            <translation>&amp;Buscar unidades</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>E&amp;legir carpeta…</translation>
        </message>
        <message>
            <source>Everything, not only what the coordinator has not acknowledged</source>
            <translation>Todo, no solo lo que la coordinación aún no ha confirmado</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Importar un paquete…</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Lo que hará la importación</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Aplicar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Past exports and imports</source>
            <translation>Exportaciones e importaciones anteriores</translation>
        </message>
        <message>
            <source>Laptop {tag}</source>
            <translation>Portátil {tag}</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Portátil</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>Registro de auditoría…</translation>
        </message>
        <message>
            <source>This computer is the coordinator: import the laptops' bundles, then export reference data for them.</source>
            <translation>Este ordenador es el de coordinación: importe los paquetes de los portátiles y después exporte para ellos los datos de referencia.</translation>
        </message>
        <message>
            <source>&amp;Export reference data</source>
            <translation>&amp;Exportar datos de referencia</translation>
        </message>
        <message>
            <source>This laptop exports its changes for the coordinator and imports the reference data the coordinator sends back.</source>
            <translation>Este portátil exporta sus cambios para la coordinación e importa los datos de referencia que la coordinación le devuelve.</translation>
        </message>
        <message>
            <source>Warning: the coordinator has revoked this laptop's key; its bundles will be refused.</source>
            <translation>Atención: la coordinación ha revocado la clave de este portátil; sus paquetes se rechazarán.</translation>
        </message>
        <message>
            <source>Before the first export, trust the coordinator under Keys and laptops.</source>
            <translation>Antes de la primera exportación, confíe en la coordinación en Claves y portátiles.</translation>
        </message>
        <message>
            <source>&amp;Export my changes</source>
            <translation>&amp;Exportar mis cambios</translation>
        </message>
        <message>
            <source>{name} ({free} free) - {path}</source>
            <translation>{name} ({free} libres) - {path}</translation>
        </message>
        <message>
            <source>Folder {path}</source>
            <translation>Carpeta {path}</translation>
        </message>
        <message>
            <source>No USB drive found: plug one in, or choose a folder</source>
            <translation>No se ha encontrado ninguna unidad USB: conecte una o elija una carpeta</translation>
        </message>
        <message>
            <source>Choose the folder for the bundles</source>
            <translation>Elija la carpeta de los paquetes</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message numerus="yes">
            <source>Reference data exported (%n record change(s)) to {path}. You can remove the drive.</source>
            <translation>
                <numerusform>Datos de referencia exportados (%n cambio de registro) en {path}. Puede retirar la unidad.</numerusform>
                <numerusform>Datos de referencia exportados (%n cambios de registros) en {path}. Puede retirar la unidad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n laptop(s) can open it.</source>
            <translation>
                <numerusform>Puede abrirlo %n portátil.</numerusform>
                <numerusform>Pueden abrirlo %n portátiles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n change(s) to {path}. You can remove the drive.</source>
            <translation>
                <numerusform>Se ha exportado %n cambio en {path}. Puede retirar la unidad.</numerusform>
                <numerusform>Se han exportado %n cambios en {path}. Puede retirar la unidad.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a bundle</source>
            <translation>Abrir un paquete</translation>
        </message>
        <message>
            <source>MILMA bundles (*.age);;All files (*)</source>
            <translation>Paquetes de MILMA (*.age);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading the bundle…</source>
            <translation>Leyendo el paquete…</translation>
        </message>
        <message>
            <source>What the import did</source>
            <translation>Lo que hizo la importación</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>Reference data from the coordinator: %n record change(s).</source>
            <translation>
                <numerusform>Datos de referencia de la coordinación: %n cambio de registro.</numerusform>
                <numerusform>Datos de referencia de la coordinación: %n cambios de registros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changes of laptop {device}: %n record change(s).</source>
            <translation>
                <numerusform>Cambios del portátil {device}: %n cambio de registro.</numerusform>
                <numerusform>Cambios del portátil {device}: %n cambios de registros.</numerusform>
            </translation>
        </message>
        <message>
            <source>This bundle was imported before; importing it again changes nothing.</source>
            <translation>Este paquete ya se importó; importarlo de nuevo no cambia nada.</translation>
        </message>
        <message>
            <source>Applied.</source>
            <translation>Aplicado.</translation>
        </message>
        <message>
            <source>Entries {start} to {end} of this laptop's journal have not arrived yet: a bundle is missing or not imported.</source>
            <translation>Aún no han llegado las entradas {start} a {end} del diario de este portátil: falta un paquete o no se ha importado.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicting edit(s) will be kept for review.</source>
            <translation>
                <numerusform>Se conservará %n modificación en conflicto para su revisión.</numerusform>
                <numerusform>Se conservarán %n modificaciones en conflicto para su revisión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message numerus="yes">
            <source>Imported in one go: %n record(s) new, updated or deleted.</source>
            <translation>
                <numerusform>Importado de una vez: %n registro nuevo, actualizado o eliminado.</numerusform>
                <numerusform>Importado de una vez: %n registros nuevos, actualizados o eliminados.</numerusform>
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
            <translation>Código</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nacionalidad</translation>
        </message>
        <message>
            <source>Migrant status</source>
            <translation>Situación migratoria</translation>
        </message>
        <message>
            <source>Arrival in Spain</source>
            <translation>Llegada a España</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>Idiomas que habla</translation>
        </message>
        <message>
            <source>Spanish level</source>
            <translation>Nivel de español</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Estudios</translation>
        </message>
        <message>
            <source>Employment history</source>
            <translation>Trayectoria laboral</translation>
        </message>
        <message>
            <source>Unemployed since</source>
            <translation>En desempleo desde</translation>
        </message>
        <message>
            <source>Desired occupation</source>
            <translation>Ocupación deseada</translation>
        </message>
        <message>
            <source>Occupation group (ISCO-08)</source>
            <translation>Grupo de ocupación (CIUO-08)</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Barrio</translation>
        </message>
        <message>
            <source>Language for documents</source>
            <translation>Idioma de los documentos</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Documento de identidad</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Número de documento</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Técnico/a</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Próximos pasos acordados</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Persona de contacto</translation>
        </message>
        <message>
            <source>Collaboration</source>
            <translation>Colaboración</translation>
        </message>
        <message>
            <source>Employment niche</source>
            <translation>Nicho de empleo</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Horas previstas</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratorio</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Enrolled on</source>
            <translation>Fecha de inscripción</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Horas de asistencia</translation>
        </message>
        <message>
            <source>Lab enrolment</source>
            <translation>Inscripción en un laboratorio</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Duración (minutos)</translation>
        </message>
        <message>
            <source>Individual or group</source>
            <translation>Individual o grupal</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Acciones acordadas</translation>
        </message>
        <message>
            <source>Next appointment</source>
            <translation>Próxima cita</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Language told in</source>
            <translation>Idioma del relato</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Fecha de grabación</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Grabada por</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Consent for</source>
            <translation>Consentimiento para</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Otorgado</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Asociación</translation>
        </message>
        <message>
            <source>Interest in joining</source>
            <translation>Interés en participar</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Cuestionario</translation>
        </message>
        <message>
            <source>Questionnaire version</source>
            <translation>Versión del cuestionario</translation>
        </message>
        <message>
            <source>Language answered in</source>
            <translation>Idioma de respuesta</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Fecha de retirada</translation>
        </message>
        <message>
            <source>Professional field</source>
            <translation>Ámbito profesional</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilidad</translation>
        </message>
        <message>
            <source>Local or migrant</source>
            <translation>Local o migrante</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Derivado/a por</translation>
        </message>
        <message>
            <source>Newcomers at a time</source>
            <translation>Personas recién llegadas a la vez</translation>
        </message>
        <message>
            <source>Agreed to be contacted on</source>
            <translation>Aceptó ser contactado/a el</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Conector/a</translation>
        </message>
        <message>
            <source>In person or virtual</source>
            <translation>Presencial o virtual</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Encuentro</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Derivado/a a</translation>
        </message>
        <message>
            <source>Happened on</source>
            <translation>Fecha de realización</translation>
        </message>
        <message>
            <source>Why it was dropped</source>
            <translation>Motivo por el que se abandonó</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Employer not in the companies list</source>
            <translation>Empleador que no está en la lista de empresas</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Fecha de respuesta</translation>
        </message>
        <message>
            <source>Participant kept</source>
            <translation>Participante conservado</translation>
        </message>
        <message>
            <source>Duplicate merged into it</source>
            <translation>Duplicado fusionado en él</translation>
        </message>
        <message>
            <source>Records moved</source>
            <translation>Registros trasladados</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Vigente</translation>
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
            <translation>Configurar este portátil</translation>
        </message>
        <message>
            <source>This laptop's data has no accounts yet. Create the administrator's account: from now on everyone logs in with their own.</source>
            <translation>Los datos de este portátil aún no tienen cuentas. Cree la cuenta del administrador: a partir de ahora cada persona entra con la suya.</translation>
        </message>
        <message>
            <source>This laptop is not set up yet. Choose the site where it is used, a name for the laptop and the technician who uses it, then create the administrator's account.</source>
            <translation>Este portátil aún no está configurado. Elija la sede donde se usa, un nombre para el portátil y el técnico que lo usa, y cree después la cuenta del administrador.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Este portátil</translation>
        </message>
        <message>
            <source>Administrator's account</source>
            <translation>Cuenta del administrador</translation>
        </message>
        <message>
            <source>The account stands for this laptop's technician, {name}.</source>
            <translation>La cuenta corresponde al técnico de este portátil, {name}.</translation>
        </message>
        <message>
            <source>The account stands for the technician above.</source>
            <translation>La cuenta corresponde al técnico de arriba.</translation>
        </message>
        <message>
            <source>The administrator manages the accounts of the other technicians, the exchange keys and the settings.</source>
            <translation>El administrador gestiona las cuentas de los demás técnicos, las claves del intercambio y la configuración.</translation>
        </message>
        <message>
            <source>The password needs at least {n} characters; keep it safe: nobody can read it back.</source>
            <translation>La contraseña necesita al menos {n} caracteres; guárdela bien: nadie puede recuperarla.</translation>
        </message>
        <message>
            <source>One word, for example rosa</source>
            <translation>Una palabra, por ejemplo rosa</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Idioma de la interfaz:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Sede:</translation>
        </message>
        <message>
            <source>Laptop &amp;name:</source>
            <translation>&amp;Nombre del portátil:</translation>
        </message>
        <message>
            <source>&amp;Technician:</source>
            <translation>&amp;Técnico:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>&amp;Repetir la contraseña:</translation>
        </message>
        <message>
            <source>Required: the technician is recorded with every participant registered and every session on this laptop. The other technicians get accounts of their own later, in File &gt; Accounts.</source>
            <translation>Obligatorio: el técnico queda registrado con cada participante inscrito y cada sesión en este portátil. Los demás técnicos tendrán su propia cuenta más adelante, en Archivo &gt; Cuentas.</translation>
        </message>
        <message>
            <source>Shown to the coordinator with the data this laptop exports.</source>
            <translation>La coordinación lo ve junto a los datos que exporta este portátil.</translation>
        </message>
        <message>
            <source>St&amp;art</source>
            <translation>&amp;Empezar</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Sa&amp;lir</translation>
        </message>
        <message>
            <source>Quit closes the application without setting anything up; this window opens again at the next start.</source>
            <translation>Salir cierra la aplicación sin configurar nada; esta ventana vuelve a abrirse en el próximo inicio.</translation>
        </message>
        <message>
            <source>Write the technician's full name: it is recorded with everything done on this laptop.</source>
            <translation>Escriba el nombre completo del técnico: queda registrado con todo lo que se hace en este portátil.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
    </context>
    <context>
        <name>Follow-ups</name>
        <message>
            <source>from {opens} to {due}</source>
            <translation>del {opens} al {due}</translation>
        </message>
        <message>
            <source>Not to be contacted (no consent to follow-up contact)</source>
            <translation>No contactar (sin consentimiento para el seguimiento)</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Encuesta</translation>
        </message>
        <message>
            <source>To answer</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratorio</translation>
        </message>
        <message>
            <source>Next appointment</source>
            <translation>Próxima cita</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>Toca ahora</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Próxima</translation>
        </message>
        <message>
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencida</numerusform>
                <numerusform>%n vencidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not to be contacted</source>
            <translation>
                <numerusform>%n que no contactar</numerusform>
                <numerusform>%n que no contactar</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody needs a survey now.</source>
            <translation>Nadie tiene una encuesta pendiente ahora.</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Seguimientos pendientes</translation>
        </message>
        <message>
            <source>For everyone who completed a lab or is still enrolled in one that has ended: the end survey, from the lab's end to one month after it; the follow-up survey, from 5 months after the lab's end, due no later than 6 months after it.</source>
            <translation>Para quien ha completado un laboratorio o sigue inscrito en uno que ya terminó: la encuesta final, desde el fin del laboratorio hasta un mes después; la encuesta de seguimiento, desde 5 meses después del fin del laboratorio y como muy tarde a los 6 meses.</translation>
        </message>
        <message>
            <source>Also those coming up &amp;within (days):</source>
            <translation>Incluir también los que llegan &amp;en (días):</translation>
        </message>
        <message>
            <source>&amp;Answer the survey</source>
            <translation>Responder la en&amp;cuesta</translation>
        </message>
        <message>
            <source>Surveys to answer</source>
            <translation>Encuestas por responder</translation>
        </message>
        <message numerus="yes">
            <source>%n survey(s) to answer</source>
            <translation>
                <numerusform>%n encuesta por responder</numerusform>
                <numerusform>%n encuestas por responder</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryImport</name>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>To add</source>
            <translation>Por añadir</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadidos</translation>
        </message>
        <message>
            <source>“{value}” is not a gender: write woman or man.</source>
            <translation>«{value}» no es un género: escriba mujer u hombre.</translation>
        </message>
        <message>
            <source>“{value}” is not a migrant status: write local, migrant, refugee or asylum seeker.</source>
            <translation>«{value}» no es una situación migratoria: escriba residente local, migrante, refugiado o solicitante de asilo.</translation>
        </message>
        <message>
            <source>“{value}” is not an enrolment status: write enrolled, completed or dropped out.</source>
            <translation>«{value}» no es un estado de la inscripción: escriba inscrito, completado o abandono.</translation>
        </message>
        <message>
            <source>“{value}” is not a site: write CIFE or Los Arcos.</source>
            <translation>«{value}» no es una sede: escriba CIFE o Los Arcos.</translation>
        </message>
        <message>
            <source>“{value}” is not an answer: write yes or no.</source>
            <translation>«{value}» no es una respuesta: escriba sí o no.</translation>
        </message>
        <message>
            <source>“{value}” is not a country: write its ISO code or its name, for example MA or Morocco.</source>
            <translation>«{value}» no es un país: escriba su código ISO o su nombre, por ejemplo MA o Marruecos.</translation>
        </message>
        <message>
            <source>“{value}” is not an employment niche: write one as the Labs screen names it, for example Catering.</source>
            <translation>«{value}» no es un nicho de empleo: escríbalo como lo nombra la pantalla Laboratorios, por ejemplo Hostelería.</translation>
        </message>
        <message>
            <source>The column {column} is missing.</source>
            <translation>Falta la columna {column}.</translation>
        </message>
        <message>
            <source>Empty: every row needs a value here.</source>
            <translation>Vacía: cada fila necesita un valor aquí.</translation>
        </message>
        <message>
            <source>“{value}” is not a date: write it as YYYY-MM-DD or DD/MM/YYYY, for example 2022-02-09.</source>
            <translation>«{value}» no es una fecha: escríbala como AAAA-MM-DD o DD/MM/AAAA, por ejemplo 2022-02-09 o 09/02/2022.</translation>
        </message>
        <message>
            <source>An employer needs the start date of the employment in its column.</source>
            <translation>Un empleador necesita la fecha de inicio del empleo en su columna.</translation>
        </message>
        <message>
            <source>The sheet has no headings in row 1.</source>
            <translation>La hoja no tiene encabezados en la fila 1.</translation>
        </message>
        <message>
            <source>The same lab, starting on the same day, is on row {other} with another end date or site.</source>
            <translation>El mismo laboratorio, con el mismo día de inicio, está en la fila {other} con otra fecha de fin u otra sede.</translation>
        </message>
        <message numerus="yes">
            <source>Checked: %n row(s), nothing was written.</source>
            <translation>
                <numerusform>Comprobada: %n fila, no se ha escrito nada.</numerusform>
                <numerusform>Comprobadas: %n filas, no se ha escrito nada.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: %n row(s).</source>
            <translation>
                <numerusform>Importada: %n fila.</numerusform>
                <numerusform>Importadas: %n filas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryImportDialog</name>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>In the store</source>
            <translation>En los datos</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nueva</translation>
        </message>
        <message>
            <source>Already recorded</source>
            <translation>Ya registrada</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Import the programme's history</source>
            <translation>Importar la historia del programa</translation>
        </message>
        <message>
            <source>A CSV or Excel sheet, one row per lab enrolment, headings in row 1 in English, Spanish or French: first_name, last_name, birth_date, gender, nationality, migrant_status, unemployed_since, document_number, lab, lab_site, lab_start, lab_end, enrolment_status, employment_start, employer, improved_opportunities (and lab_niche, planned_hours and occupation where known). A lab not recorded yet is created, what the sheet does not give (its niche, its planned hours) left empty for a technician to complete on the Labs screen. The same person is one participant: the same document number or, without one, the same names and birth date. What is recorded already is left as it is, so importing a sheet twice adds nothing.</source>
            <translation>Una hoja CSV o Excel, una fila por inscripción en un laboratorio, con encabezados en la fila 1 en español, inglés o francés: Nombre, Apellidos, Fecha de nacimiento, Género, Nacionalidad, Situación migratoria, Desempleado desde, Número de documento, Laboratorio, Sede, Inicio del laboratorio, Fin del laboratorio, Estado de la inscripción, Inicio del empleo, Empleador, Mejora de oportunidades (y Nicho, Horas previstas y Ocupación cuando se conozcan). Un laboratorio aún no registrado se crea, y lo que la hoja no dice (su nicho, sus horas previstas) se deja vacío para que un técnico lo complete en la pantalla Laboratorios. La misma persona es un solo participante: el mismo número de documento o, sin él, los mismos nombre, apellidos y fecha de nacimiento. Lo ya registrado se deja como está, así que importar dos veces una hoja no añade nada.</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>Archivo: {name}</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>No se ha elegido ningún archivo.</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Elegir archivo…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Nothing can be imported: correct the rows listed in the sheet and choose it again.</source>
            <translation>No se puede importar nada: corrija en la hoja las filas indicadas y elíjala de nuevo.</translation>
        </message>
        <message>
            <source>Importing adds: {records}.</source>
            <translation>Al importar se añade: {records}.</translation>
        </message>
        <message>
            <source>Everything in it is recorded already: importing adds nothing.</source>
            <translation>Todo lo que contiene ya está registrado: importarla no añade nada.</translation>
        </message>
        <message>
            <source>Added: {records}.</source>
            <translation>Añadido: {records}.</translation>
        </message>
        <message>
            <source>Nothing new was added.</source>
            <translation>No se ha añadido nada nuevo.</translation>
        </message>
        <message>
            <source>The sheet of the programme's history</source>
            <translation>La hoja de la historia del programa</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Checking the sheet…</source>
            <translation>Comprobando la hoja…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked.</source>
            <translation>
                <numerusform>%n fila comprobada.</numerusform>
                <numerusform>%n filas comprobadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: %n row(s).</source>
            <translation>
                <numerusform>Importada: %n fila.</numerusform>
                <numerusform>Importadas: %n filas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inclusion</name>
        <message>
            <source>Introductions to areas that help inclusion</source>
            <translation>Presentaciones a espacios que ayudan a la inclusión</translation>
        </message>
        <message>
            <source>&amp;Record an introduction…</source>
            <translation>Re&amp;gistrar una presentación…</translation>
        </message>
        <message>
            <source>Introductions to the areas that help a newcomer's inclusion: their neighbourhood, a local association (from the coordinator's list, on the Associations screen), the Coexistence Board (Mesa por la Convivencia) and the Anti-Rumours network, with the date and whether they would like to join.</source>
            <translation>Presentaciones a los espacios que ayudan a la inclusión de la persona recién llegada: su barrio, una asociación local (de la lista de la coordinación, en la pantalla Asociaciones), la Mesa por la Convivencia y la Red Antirrumores, con la fecha y si le gustaría participar.</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>The cohort: every participant with at least one lab enrolment in a lab that starts within the period.</source>
            <translation>La cohorte: cada participante con al menos una inscripción en un laboratorio que empieza dentro del periodo.</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Has such an enrolment with status completed.</source>
            <translation>Tiene una de esas inscripciones con estado completado.</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>Con empleo</translation>
        </message>
        <message>
            <source>Has an employment outcome starting on or after the start of one of their labs.</source>
            <translation>Tiene una inserción laboral que empieza el día de inicio de uno de sus laboratorios o después.</translation>
        </message>
        <message>
            <source>Employed within 3 months</source>
            <translation>Empleo en 3 meses</translation>
        </message>
        <message>
            <source>Has a completed enrolment in one of their labs and an employment starting between that lab's start and 3 calendar months after that lab's end, both days included (a job found during the lab counts).</source>
            <translation>Tiene una inscripción completada en uno de sus laboratorios y un empleo que empieza entre el inicio de ese laboratorio y 3 meses naturales después de su fin, ambos días incluidos (cuenta un empleo encontrado durante el laboratorio).</translation>
        </message>
        <message>
            <source>Employed within 6 months</source>
            <translation>Empleo en 6 meses</translation>
        </message>
        <message>
            <source>Has a completed enrolment in one of their labs and an employment starting between that lab's start and 6 calendar months after that lab's end, both days included (a job found during the lab counts).</source>
            <translation>Tiene una inscripción completada en uno de sus laboratorios y un empleo que empieza entre el inicio de ese laboratorio y 6 meses naturales después de su fin, ambos días incluidos (cuenta un empleo encontrado durante el laboratorio).</translation>
        </message>
        <message>
            <source>Improved job opportunities</source>
            <translation>Mejora de oportunidades</translation>
        </message>
        <message>
            <source>Answered yes to "the programme improved my job opportunities" in an end or follow-up survey.</source>
            <translation>Respondió sí a «el programa ha mejorado mis oportunidades de empleo» en una encuesta final o de seguimiento.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Everyone in the cohort.</source>
            <translation>Todas las personas de la cohorte.</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <source>Participants whose gender is woman.</source>
            <translation>Participantes cuyo género es mujer.</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hombres</translation>
        </message>
        <message>
            <source>Participants whose gender is man.</source>
            <translation>Participantes cuyo género es hombre.</translation>
        </message>
        <message>
            <source>Locals</source>
            <translation>Residentes locales</translation>
        </message>
        <message>
            <source>Local residents.</source>
            <translation>Residentes locales.</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Migrantes</translation>
        </message>
        <message>
            <source>Migrant, refugee or asylum seeker.</source>
            <translation>Migrante, refugiado/a o solicitante de asilo.</translation>
        </message>
        <message>
            <source>Long-term unemployed</source>
            <translation>Parados de larga duración</translation>
        </message>
        <message>
            <source>Unemployed since a date at least 12 calendar months before the start of their earliest lab in the period; an unknown date is not long-term.</source>
            <translation>En paro desde una fecha al menos 12 meses naturales anterior al inicio de su primer laboratorio del periodo; una fecha desconocida no cuenta como larga duración.</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratorios</translation>
        </message>
        <message>
            <source>Labs starting within the period.</source>
            <translation>Laboratorios que empiezan dentro del periodo.</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Empresas</translation>
        </message>
        <message>
            <source>Distinct companies that are partners of those labs, host a placement of a cohort member, or employ a cohort member with an employment that counts as employed above.</source>
            <translation>Empresas distintas que son colaboradoras de esos laboratorios, acogen prácticas de una persona de la cohorte o la emplean con un empleo que cuenta como «con empleo».</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>From and to (both days included) select labs by their start date; no period means all time.</source>
            <translation>Desde y hasta (ambos días incluidos) seleccionan los laboratorios por su fecha de inicio; sin periodo se cuenta todo.</translation>
        </message>
        <message>
            <source>"Their labs" means the labs of those enrolments only.</source>
            <translation>«Sus laboratorios» son solo los laboratorios de esas inscripciones.</translation>
        </message>
        <message>
            <source>Calendar months: the same day number that many months later, or that month's last day when it is shorter (31 May + 3 months = 31 August; 30 November + 3 months = 28 or 29 February).</source>
            <translation>Meses naturales: el mismo número de día tantos meses después, o el último día de ese mes cuando es más corto (31 de mayo + 3 meses = 31 de agosto; 30 de noviembre + 3 meses = 28 o 29 de febrero).</translation>
        </message>
        <message>
            <source>Rates are shown beside counts: an indicator's count in a group divided by the group's participants (employed within 3 months of migrants / migrants, and so on).</source>
            <translation>Las tasas se muestran junto a los recuentos: el recuento de un indicador en un grupo dividido por los participantes del grupo (empleo en 3 meses de migrantes / migrantes, etc.).</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose a start date on or before the end date.</source>
            <translation>El periodo empieza después de terminar: elija una fecha de inicio igual o anterior a la de fin.</translation>
        </message>
        <message>
            <source>Programme indicators</source>
            <translation>Indicadores del programa</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>{group} (rate)</source>
            <translation>{group} (tasa)</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Recuento</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Término</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definición</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>Labs and companies</source>
            <translation>Laboratorios y empresas</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definiciones</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Abarca</translation>
        </message>
        <message>
            <source>Indicators printed on {date}</source>
            <translation>Indicadores impresos el {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Todo el tiempo</translation>
        </message>
        <message>
            <source>Labs starting from {start} to {end}</source>
            <translation>Laboratorios que empiezan del {start} al {end}</translation>
        </message>
        <message>
            <source>Labs starting from {start}</source>
            <translation>Laboratorios que empiezan desde el {start}</translation>
        </message>
        <message>
            <source>Labs starting until {end}</source>
            <translation>Laboratorios que empiezan hasta el {end}</translation>
        </message>
        <message>
            <source>Lab: {names}</source>
            <translation>Laboratorio: {names}</translation>
        </message>
        <message>
            <source>Site: {site}</source>
            <translation>Sede: {site}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Women and men</source>
            <translation>Mujeres y hombres</translation>
        </message>
        <message>
            <source>Locals and migrants</source>
            <translation>Residentes locales y migrantes</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>Con empleo</translation>
        </message>
        <message>
            <source>Job in 3 months</source>
            <translation>Empleo en 3 meses</translation>
        </message>
        <message>
            <source>Job in 6 months</source>
            <translation>Empleo en 6 meses</translation>
        </message>
        <message>
            <source>Better chances</source>
            <translation>Más oportunidades</translation>
        </message>
        <message>
            <source>All labs</source>
            <translation>Todos los laboratorios</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>Labs: {labs} · Companies: {companies}</source>
            <translation>Laboratorios: {labs} · Empresas: {companies}</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx)</source>
            <translation>Hojas de cálculo (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the indicators</source>
            <translation>Exportar los indicadores</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>El año pasado</translation>
        </message>
        <message>
            <source>The chosen lab's dates</source>
            <translation>Las fechas del laboratorio elegido</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Todo el tiempo</translation>
        </message>
        <message>
            <source>Dates as typed</source>
            <translation>Fechas escritas</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratorio</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Todas las sedes</translation>
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation>Exportar &amp;XLSX…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Exportar &amp;PDF…</translation>
        </message>
        <message>
            <source>Indicators by group</source>
            <translation>Indicadores por grupo</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definiciones</translation>
        </message>
    </context>
    <context>
        <name>Itinerary</name>
        <message>
            <source>Nobody is enrolled in the lab {name}.</source>
            <translation>No hay nadie inscrito en el laboratorio {name}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>No se puede escribir {path}: {reason}</translation>
        </message>
        <message>
            <source>MILMA programme – labour integration in Fuenlabrada</source>
            <translation>Programa MILMA – integración laboral en Fuenlabrada</translation>
        </message>
        <message>
            <source>Training and job-search itinerary</source>
            <translation>Itinerario de formación y búsqueda de empleo</translation>
        </message>
        <message>
            <source>This is your personal pathway in the programme: your training, your goals and your next steps. Please bring it to your appointments.</source>
            <translation>Este es su itinerario personal en el programa: su formación, sus objetivos y sus próximos pasos. Tráigalo a sus citas, por favor.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Código de participante</translation>
        </message>
        <message>
            <source>Training centre</source>
            <translation>Centro de formación</translation>
        </message>
        <message>
            <source>Your contact technician</source>
            <translation>Su técnico/a de referencia</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Fecha de impresión</translation>
        </message>
        <message>
            <source>Phone: {phone}</source>
            <translation>Teléfono: {phone}</translation>
        </message>
        <message>
            <source>Email: {email}</source>
            <translation>Correo electrónico: {email}</translation>
        </message>
        <message>
            <source>Training labs</source>
            <translation>Laboratorios de formación</translation>
        </message>
        <message>
            <source>Development plan</source>
            <translation>Plan de desarrollo</translation>
        </message>
        <message>
            <source>Coaching sessions held</source>
            <translation>Sesiones de acompañamiento realizadas</translation>
        </message>
        <message>
            <source>Next appointments</source>
            <translation>Próximas citas</translation>
        </message>
        <message>
            <source>Work placements</source>
            <translation>Prácticas en empresas</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Empleos</translation>
        </message>
        <message>
            <source>Connectors met</source>
            <translation>Conectores con quienes se ha reunido</translation>
        </message>
        <message>
            <source>Your network</source>
            <translation>Su red de contactos</translation>
        </message>
        <message>
            <source>Agreed next steps</source>
            <translation>Próximos pasos acordados</translation>
        </message>
        <message>
            <source>Lab and employment niche</source>
            <translation>Laboratorio y nicho de empleo</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Horas de asistencia</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Acciones acordadas</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrato</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Conector/a</translation>
        </message>
        <message>
            <source>Professional field</source>
            <translation>Ámbito profesional</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Encuentro</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>desde el {start}</translation>
        </message>
        <message>
            <source>{attended} of {planned} hours</source>
            <translation>{attended} de {planned} horas</translation>
        </message>
        <message>
            <source>{attended} hours</source>
            <translation>{attended} horas</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{date} (planned)</source>
            <translation>{date} (prevista)</translation>
        </message>
        <message>
            <source>Met {connector} on {date}.</source>
            <translation>Conoció a {connector} el {date}.</translation>
        </message>
        <message>
            <source>Met {connector} on {date}; through {name}, introduced to {introductions}.</source>
            <translation>Conoció a {connector} el {date}; a través de {name}, le presentaron a {introductions}.</translation>
        </message>
        <message>
            <source>{name} ({field})</source>
            <translation>{name} ({field})</translation>
        </message>
        <message>
            <source>{connector} (introduction happened on {date})</source>
            <translation>{connector} (la presentación tuvo lugar el {date})</translation>
        </message>
        <message>
            <source>{connector} (introduction happened)</source>
            <translation>{connector} (la presentación tuvo lugar)</translation>
        </message>
        <message>
            <source>{connector} (introduction pending)</source>
            <translation>{connector} (presentación pendiente)</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} a las {time}</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Aún no hay nada registrado.</translation>
        </message>
        <message>
            <source>No appointment planned yet: your technician will contact you.</source>
            <translation>Aún no hay ninguna cita prevista: su técnico/a se pondrá en contacto con usted.</translation>
        </message>
        <message>
            <source>To be agreed with your technician at the next appointment.</source>
            <translation>Se acordará con su técnico/a en la próxima cita.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>MILMA itinerary · {code} · printed on {date}</source>
            <translation>Itinerario MILMA · {code} · impreso el {date}</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Preparado para</translation>
        </message>
        <message>
            <source>{company}, a partner company, with the participant's consent to sharing their CV</source>
            <translation>{company}, empresa colaboradora, con el consentimiento de la persona para compartir su CV</translation>
        </message>
        <message>
            <source>No partner company is called {name}.</source>
            <translation>Ninguna empresa colaboradora se llama {name}.</translation>
        </message>
        <message>
            <source>Several companies are called {name}; rename one of them first.</source>
            <translation>Varias empresas se llaman {name}; cambie antes el nombre de una.</translation>
        </message>
        <message>
            <source>No lab is called {name}.</source>
            <translation>Ningún laboratorio se llama {name}.</translation>
        </message>
        <message>
            <source>Several labs are called {name}; rename one of them first.</source>
            <translation>Hay varios laboratorios que se llaman {name}; cambie antes el nombre de uno de ellos.</translation>
        </message>
        <message>
            <source>Introductions to the areas that help inclusion</source>
            <translation>Presentaciones a los espacios que ayudan a la inclusión</translation>
        </message>
        <message>
            <source>Introduced to</source>
            <translation>Presentación a</translation>
        </message>
        <message>
            <source>Would like to join</source>
            <translation>Le gustaría participar</translation>
        </message>
        <message>
            <source>{association}, a local association</source>
            <translation>{association}, una asociación local</translation>
        </message>
    </context>
    <context>
        <name>ItineraryPreview</name>
        <message>
            <source>Itinerary of {code}</source>
            <translation>Itinerario de {code}</translation>
        </message>
        <message>
            <source>&amp;Language of the document:</source>
            <translation>&amp;Idioma del documento:</translation>
        </message>
        <message>
            <source>Prepared &amp;for:</source>
            <translation>Prep&amp;arado para:</translation>
        </message>
        <message>
            <source>The participant</source>
            <translation>La persona participante</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the itinerary as PDF</source>
            <translation>Guardar el itinerario como PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>This is not a laptop signing key: it should look like ed25519:... as 'milma keys show' prints it.</source>
            <translation>No es una clave de firma de un portátil: debe tener la forma ed25519:..., tal como la muestra 'milma keys show'.</translation>
        </message>
        <message>
            <source>No key given: paste the coordinator's public key, which starts with age1.</source>
            <translation>No se ha dado ninguna clave: pegue la clave pública de la coordinación, que empieza por age1.</translation>
        </message>
        <message>
            <source>This is a secret identity (AGE-SECRET-KEY-…), not a public key: keep it private, and paste the public key, which starts with age1.</source>
            <translation>Esto es una identidad secreta (AGE-SECRET-KEY-…), no una clave pública: manténgala en privado y pegue la clave pública, que empieza por age1.</translation>
        </message>
        <message>
            <source>This is not an age public key: it should start with age1.</source>
            <translation>No es una clave pública de age: debe empezar por age1.</translation>
        </message>
        <message>
            <source>The key is cut by spaces or line breaks: paste it as one line.</source>
            <translation>La clave está cortada por espacios o saltos de línea: péguela en una sola línea.</translation>
        </message>
        <message>
            <source>The key mixes capital and small letters: copy it again exactly as it was given.</source>
            <translation>La clave mezcla mayúsculas y minúsculas: cópiela de nuevo tal como se la dieron.</translation>
        </message>
        <message>
            <source>The key holds characters an age key never has ({characters}): copy it again exactly as it was given.</source>
            <translation>La clave contiene caracteres que una clave age nunca tiene ({characters}): cópiela de nuevo tal como se la dieron.</translation>
        </message>
        <message>
            <source>The key has {count} characters where an age public key has {expected}: part of it is missing, or something was added.</source>
            <translation>La clave tiene {count} caracteres y una clave pública age tiene {expected}: falta una parte o sobra algo.</translation>
        </message>
        <message>
            <source>The key does not check out: a character was mistyped or changed. Copy it again exactly as it was given.</source>
            <translation>La clave no es correcta: se ha escrito mal o cambiado algún carácter. Cópiela de nuevo tal como se la dieron.</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>La frase de contraseña debe tener al menos 8 caracteres.</translation>
        </message>
        <message>
            <source>The file does not hold an age identity.</source>
            <translation>El archivo no contiene una identidad de age.</translation>
        </message>
        <message>
            <source>This store already has a coordinator identity; back it up with 'milma keys backup-identity'.</source>
            <translation>Esta base de datos ya tiene una identidad de coordinación; haga una copia de seguridad con 'milma keys backup-identity'.</translation>
        </message>
        <message>
            <source>This store is not a coordinator: run 'milma keys init-coordinator' first.</source>
            <translation>Esta base de datos no es de coordinación: ejecute antes 'milma keys init-coordinator'.</translation>
        </message>
        <message>
            <source>The coordinator passphrase is needed.</source>
            <translation>Se necesita la frase de contraseña de coordinación.</translation>
        </message>
        <message>
            <source>Wrong passphrase for the coordinator identity.</source>
            <translation>Frase de contraseña incorrecta para la identidad de coordinación.</translation>
        </message>
        <message>
            <source>This key file is not the coordinator's.</source>
            <translation>Este archivo de clave no es el de la coordinación.</translation>
        </message>
        <message>
            <source>The key file is not the output of 'milma keys show --format json'.</source>
            <translation>El archivo de clave no es la salida de 'milma keys show --format json'.</translation>
        </message>
        <message>
            <source>Cannot read the key file {path}.</source>
            <translation>No se puede leer el archivo de clave {path}.</translation>
        </message>
        <message>
            <source>The key {fingerprint} was revoked; the laptop must make a new key.</source>
            <translation>La clave {fingerprint} ha sido revocada; el portátil debe generar una clave nueva.</translation>
        </message>
        <message>
            <source>No enrolled laptop matches {device}.</source>
            <translation>Ningún portátil dado de alta coincide con {device}.</translation>
        </message>
        <message>
            <source>Several enrolled laptops match {device}: give more of the id.</source>
            <translation>Varios portátiles dados de alta coinciden con {device}: indique más caracteres del identificador.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Revoked on {date}</source>
            <translation>Revocado el {date}</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrito/a</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Not known until its next bundle</source>
            <translation>Desconocida hasta su próximo paquete</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Huella</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Keys and laptops</source>
            <translation>Claves y portátiles</translation>
        </message>
        <message>
            <source>Device id:</source>
            <translation>Identificador del dispositivo:</translation>
        </message>
        <message>
            <source>Signing key:</source>
            <translation>Clave de firma:</translation>
        </message>
        <message>
            <source>Public key for encryption:</source>
            <translation>Clave pública de cifrado:</translation>
        </message>
        <message>
            <source>Trusted coordinator:</source>
            <translation>Coordinación de confianza:</translation>
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation>Su huella:</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>De&amp;talles</translation>
        </message>
        <message>
            <source>Show the keys themselves, as the command line and the key files give them</source>
            <translation>Mostrar las propias claves, tal como las dan la línea de órdenes y los archivos de claves</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Claves</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Este portátil</translation>
        </message>
        <message>
            <source>&amp;Save my key file for the coordinator…</source>
            <translation>&amp;Guardar mi archivo de clave para la coordinación…</translation>
        </message>
        <message>
            <source>Make this computer the &amp;coordinator…</source>
            <translation>Convertir este ordenador en el de coordi&amp;nación…</translation>
        </message>
        <message>
            <source>Laptops enrolled by this coordinator</source>
            <translation>Portátiles dados de alta por esta coordinación</translation>
        </message>
        <message>
            <source>&amp;Enrol a laptop…</source>
            <translation>&amp;Dar de alta un portátil…</translation>
        </message>
        <message>
            <source>&amp;Revoke the laptop</source>
            <translation>&amp;Revocar el portátil</translation>
        </message>
        <message>
            <source>&amp;Back up the coordinator identity…</source>
            <translation>Hacer &amp;copia de seguridad de la identidad de coordinación…</translation>
        </message>
        <message>
            <source>Restore the &amp;identity…</source>
            <translation>Restaurar la &amp;identidad…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>This computer is the coordinator. Laptops encrypt their bundles to its public key. Enrol each laptop from its key file, checking that the fingerprint you are asked about is the one the laptop shows.</source>
            <translation>Este ordenador es el de coordinación. Los portátiles cifran sus paquetes con su clave pública. Dé de alta cada portátil con su archivo de clave, comprobando que la huella por la que se le pregunta es la que muestra el portátil.</translation>
        </message>
        <message>
            <source>The coordinator has revoked this laptop's key: its bundles are refused. Ask the coordinator.</source>
            <translation>La coordinación ha revocado la clave de este portátil: sus paquetes se rechazan. Consulte a la coordinación.</translation>
        </message>
        <message>
            <source>This laptop signs its bundles with its own key. Give the coordinator your key file, and check together that the fingerprint is the same on both screens.</source>
            <translation>Este portátil firma sus paquetes con su propia clave. Entregue su archivo de clave a la coordinación y comprueben juntos que la huella es la misma en las dos pantallas.</translation>
        </message>
        <message>
            <source>This computer, the coordinator: {name}</source>
            <translation>Este ordenador, la coordinación: {name}</translation>
        </message>
        <message>
            <source>Fingerprint for the laptops:</source>
            <translation>Huella para los portátiles:</translation>
        </message>
        <message>
            <source>Each laptop shows it as its coordinator's fingerprint: read it aloud together to check that they trust this computer.</source>
            <translation>Cada portátil la muestra como la huella de su coordinación: léanla en voz alta para comprobar que confía en este ordenador.</translation>
        </message>
        <message>
            <source>This laptop: {name}</source>
            <translation>Este portátil: {name}</translation>
        </message>
        <message>
            <source>Fingerprint of this laptop:</source>
            <translation>Huella de este portátil:</translation>
        </message>
        <message>
            <source>The coordinator is asked about it when enrolling this laptop: read it aloud together.</source>
            <translation>La coordinación la ve al dar de alta este portátil: léanla juntos en voz alta.</translation>
        </message>
        <message>
            <source>Coordinator: none trusted yet. Trust it from the key file it gives you.</source>
            <translation>Coordinación: todavía ninguna de confianza. Confíe en ella con el archivo de claves que le dé.</translation>
        </message>
        <message>
            <source>Coordinator: {name}, verified on {date}</source>
            <translation>Coordinación: {name}, verificada el {date}</translation>
        </message>
        <message>
            <source>Coordinator: its key was typed in (so its name is not known), verified on {date}</source>
            <translation>Coordinación: su clave se escribió a mano (por eso no se sabe su nombre), verificada el {date}</translation>
        </message>
        <message>
            <source>The coordinator's key file</source>
            <translation>El archivo de clave de la coordinación</translation>
        </message>
        <message>
            <source>Trust a coordinator</source>
            <translation>Confiar en una coordinación</translation>
        </message>
        <message>
            <source>The coordinator's public key (age1…):</source>
            <translation>Clave pública de la coordinación (age1…):</translation>
        </message>
        <message>
            <source>This laptop now trusts the coordinator.</source>
            <translation>Este portátil confía ahora en la coordinación.</translation>
        </message>
        <message>
            <source>Save the key file</source>
            <translation>Guardar el archivo de clave</translation>
        </message>
        <message>
            <source>Key files (*.json)</source>
            <translation>Archivos de clave (*.json)</translation>
        </message>
        <message>
            <source>Could not write the key file {path}.</source>
            <translation>No se ha podido escribir el archivo de clave {path}.</translation>
        </message>
        <message>
            <source>Key file saved to {path}.</source>
            <translation>Archivo de clave guardado en {path}.</translation>
        </message>
        <message>
            <source>Make this computer the coordinator? It will import the laptops' bundles. This cannot be undone.</source>
            <translation>¿Convertir este ordenador en el de coordinación? Importará los paquetes de los portátiles. No se puede deshacer.</translation>
        </message>
        <message>
            <source>Creating the coordinator identity…</source>
            <translation>Creando la identidad de coordinación…</translation>
        </message>
        <message>
            <source>This computer is now the coordinator. Back up its identity now.</source>
            <translation>Este ordenador es ahora el de coordinación. Haga ya una copia de seguridad de su identidad.</translation>
        </message>
        <message>
            <source>The laptop's key file</source>
            <translation>El archivo de clave del portátil</translation>
        </message>
        <message>
            <source>Key files (*.json);;All files (*)</source>
            <translation>Archivos de clave (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Portátil</translation>
        </message>
        <message>
            <source>Not known until its first bundle</source>
            <translation>Se sabrá con su primer paquete</translation>
        </message>
        <message>
            <source>&amp;Trust the coordinator from its key file…</source>
            <translation>&amp;Confiar en la coordinación con su archivo de clave…</translation>
        </message>
        <message>
            <source>T&amp;ype the coordinator's key…</source>
            <translation>Escri&amp;bir la clave de la coordinación…</translation>
        </message>
        <message>
            <source>&amp;Save the public key file for the laptops…</source>
            <translation>&amp;Guardar el archivo de clave pública para los portátiles…</translation>
        </message>
        <message>
            <source>Does the laptop show this fingerprint?

{fingerprint}

Enrol it only if both are the same.</source>
            <translation>¿Muestra el portátil esta huella?

{fingerprint}

Delo de alta solo si las dos son iguales.</translation>
        </message>
        <message>
            <source>Laptop enrolled: {fingerprint}.</source>
            <translation>Portátil dado de alta: {fingerprint}.</translation>
        </message>
        <message>
            <source>Revoke the laptop {fingerprint}? Its bundles will be refused and it will no longer receive reference data.</source>
            <translation>¿Revocar el portátil {fingerprint}? Sus paquetes se rechazarán y dejará de recibir datos de referencia.</translation>
        </message>
        <message>
            <source>Laptop revoked; the revocation goes out with the next reference data.</source>
            <translation>Portátil revocado; la revocación se enviará con los próximos datos de referencia.</translation>
        </message>
        <message>
            <source>Back up the coordinator identity</source>
            <translation>Copia de seguridad de la identidad de coordinación</translation>
        </message>
        <message>
            <source>Identity saved to {path}, encrypted with the passphrase. Keep it apart from this computer.</source>
            <translation>Identidad guardada en {path}, cifrada con la frase de contraseña. Guárdela lejos de este ordenador.</translation>
        </message>
        <message>
            <source>Restore the coordinator identity</source>
            <translation>Restaurar la identidad de coordinación</translation>
        </message>
        <message>
            <source>Restoring the coordinator identity makes this computer the coordinator. Continue?</source>
            <translation>Restaurar la identidad de coordinación convierte este ordenador en el de coordinación. ¿Continuar?</translation>
        </message>
        <message>
            <source>Coordinator identity restored.</source>
            <translation>Identidad de coordinación restaurada.</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Técnico/a</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Laboratorio</translation>
        </message>
        <message>
            <source>Partner company of a lab</source>
            <translation>Empresa colaboradora de un laboratorio</translation>
        </message>
        <message>
            <source>Lab enrolment</source>
            <translation>Inscripción en un laboratorio</translation>
        </message>
        <message>
            <source>Lab attendance</source>
            <translation>Asistencia al laboratorio</translation>
        </message>
        <message>
            <source>Development-plan goal</source>
            <translation>Objetivo del plan de desarrollo</translation>
        </message>
        <message>
            <source>Coaching session</source>
            <translation>Sesión de acompañamiento</translation>
        </message>
        <message>
            <source>Life story</source>
            <translation>Historia de vida</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Conector/a</translation>
        </message>
        <message>
            <source>Connector meeting</source>
            <translation>Encuentro con conector/a</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Derivación</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Asociación</translation>
        </message>
        <message>
            <source>Introduction to an inclusion area</source>
            <translation>Presentación a un espacio de inclusión</translation>
        </message>
        <message>
            <source>Work placement</source>
            <translation>Prácticas</translation>
        </message>
        <message>
            <source>Job outcome</source>
            <translation>Inserción laboral</translation>
        </message>
        <message>
            <source>Survey response</source>
            <translation>Respuesta a encuesta</translation>
        </message>
        <message>
            <source>Merge of duplicate participants</source>
            <translation>Fusión de participantes duplicados</translation>
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
            <translation>Itinerarios del laboratorio {lab}</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) enrolled in this lab.</source>
            <translation>
                <numerusform>%n participante inscrito en este laboratorio.</numerusform>
                <numerusform>%n participantes inscritos en este laboratorio.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Language of the documents:</source>
            <translation>&amp;Idioma de los documentos:</translation>
        </message>
        <message>
            <source>Each participant's preferred language</source>
            <translation>El idioma preferido de cada participante</translation>
        </message>
        <message>
            <source>One PDF file per participant</source>
            <translation>Un archivo PDF por participante</translation>
        </message>
        <message>
            <source>All itineraries in one PDF file</source>
            <translation>Todos los itinerarios en un único archivo PDF</translation>
        </message>
        <message>
            <source>&amp;Create PDF files…</source>
            <translation>&amp;Crear archivos PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save the itineraries as one PDF</source>
            <translation>Guardar los itinerarios en un único PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the itineraries</source>
            <translation>Carpeta para los itinerarios</translation>
        </message>
        <message numerus="yes">
            <source>Itinerary %n of {total}…</source>
            <translation>
                <numerusform>Itinerario %n de {total}…</numerusform>
                <numerusform>Itinerario %n de {total}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PDF file(s) written.</source>
            <translation>
                <numerusform>Se ha escrito %n archivo PDF.</numerusform>
                <numerusform>Se han escrito %n archivos PDF.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n PDF file(s) had been written.</source>
            <translation>
                <numerusform>Cancelado: se había escrito %n archivo PDF.</numerusform>
                <numerusform>Cancelado: se habían escrito %n archivos PDF.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped by an error: %n PDF file(s) had been written.</source>
            <translation>
                <numerusform>Detenido por un error: se había escrito %n archivo PDF.</numerusform>
                <numerusform>Detenido por un error: se habían escrito %n archivos PDF.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LabsPage</name>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Choose a lab in the list to see its participants.</source>
            <translation>Elija un laboratorio de la lista para ver sus participantes.</translation>
        </message>
        <message>
            <source>No partner company yet.</source>
            <translation>Aún no hay ninguna empresa colaboradora.</translation>
        </message>
        <message>
            <source>Partner companies</source>
            <translation>Empresas colaboradoras</translation>
        </message>
        <message numerus="yes">
            <source>Participants (%n)</source>
            <translation>
                <numerusform>Participantes (%n)</numerusform>
                <numerusform>Participantes (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>To complete</source>
            <translation>Por completar</translation>
        </message>
        <message>
            <source>Employment niche to complete</source>
            <translation>Nicho de empleo por completar</translation>
        </message>
        <message>
            <source>{hours} planned hours</source>
            <translation>{hours} horas previstas</translation>
        </message>
        <message>
            <source>Planned hours to complete</source>
            <translation>Horas previstas por completar</translation>
        </message>
        <message>
            <source>{niche} · {site} · {start} – {end} · {hours} · {schedule}</source>
            <translation>{niche} · {site} · {start} – {end} · {hours} · {schedule}</translation>
        </message>
        <message>
            <source>E&amp;nrol participants…</source>
            <translation>I&amp;nscribir participantes…</translation>
        </message>
        <message>
            <source>Choose several participants from the list and enrol them in this lab</source>
            <translation>Elija varios participantes de la lista e inscríbalos en este laboratorio</translation>
        </message>
        <message>
            <source>Attendance &amp;register…</source>
            <translation>Re&amp;gistro de asistencia…</translation>
        </message>
        <message>
            <source>Record who was present, absent or excused on a day of this lab</source>
            <translation>Registre quién estuvo presente, ausente o con falta justificada un día de este laboratorio</translation>
        </message>
        <message>
            <source>Participants of the lab</source>
            <translation>Participantes del laboratorio</translation>
        </message>
        <message>
            <source>Double-click a participant (or press Enter) to open their page.</source>
            <translation>Haga doble clic en un participante (o pulse Intro) para abrir su página.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Enrolled now</source>
            <translation>Inscritos ahora</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratorios</translation>
        </message>
        <message>
            <source>Filter labs by name, niche, site…</source>
            <translation>Filtrar laboratorios por nombre, nicho, sede…</translation>
        </message>
        <message>
            <source>New lab…</source>
            <translation>Nuevo laboratorio…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>New lab</source>
            <translation>Nuevo laboratorio</translation>
        </message>
        <message>
            <source>Edit lab</source>
            <translation>Editar laboratorio</translation>
        </message>
        <message numerus="yes">
            <source>%n lab(s)</source>
            <translation>
                <numerusform>%n laboratorio</numerusform>
                <numerusform>%n laboratorios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n lab(s)</source>
            <translation>
                <numerusform>{shown} de %n laboratorio</numerusform>
                <numerusform>{shown} de %n laboratorios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete the lab “{name}”? The enrolments of %n participant(s) in it will be deleted too.</source>
            <translation>
                <numerusform>¿Eliminar el laboratorio «{name}»? También se eliminará la inscripción de %n participante en él.</numerusform>
                <numerusform>¿Eliminar el laboratorio «{name}»? También se eliminarán las inscripciones de %n participantes en él.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the lab “{name}”?</source>
            <translation>¿Eliminar el laboratorio «{name}»?</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presencias</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausencias</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificadas</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Horas asistidas</translation>
        </message>
        <message>
            <source>Share of hours</source>
            <translation>Parte de las horas</translation>
        </message>
        <message>
            <source>From the attendance register</source>
            <translation>Del registro de asistencia</translation>
        </message>
        <message>
            <source>As typed in the enrolment (no attendance register)</source>
            <translation>Tal como se escribió en la inscripción (sin registro de asistencia)</translation>
        </message>
        <message>
            <source>Not known: no attendance register, and the lab's planned hours are to be completed</source>
            <translation>Se desconoce: no hay registro de asistencia, y las horas previstas del laboratorio están por completar</translation>
        </message>
        <message>
            <source>Not known: no attendance register, and the lab is still running or no hours were typed</source>
            <translation>Se desconoce: no hay registro de asistencia, y el laboratorio sigue en curso o no se escribieron horas</translation>
        </message>
        <message>
            <source>{hours} of the {held} hours the lab held on the days recorded</source>
            <translation>{hours} de las {held} horas que tuvo el laboratorio los días registrados</translation>
        </message>
        <message>
            <source>{hours} of the lab's {planned} planned hours</source>
            <translation>{hours} de las {planned} horas previstas del laboratorio</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) below {share} of the hours, highlighted.</source>
            <translation>
                <numerusform>%n participante por debajo del {share} de las horas, resaltado.</numerusform>
                <numerusform>%n participantes por debajo del {share} de las horas, resaltados.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody below {share} of the hours.</source>
            <translation>Nadie por debajo del {share} de las horas.</translation>
        </message>
        <message>
            <source>&amp;Warn below</source>
            <translation>&amp;Avisar por debajo del</translation>
        </message>
        <message>
            <source>% of the hours</source>
            <translation> % de las horas</translation>
        </message>
        <message>
            <source>Warn about participants below this share of the hours</source>
            <translation>Avisar de los participantes por debajo de esta parte de las horas</translation>
        </message>
        <message>
            <source>Participants who attended less than this share of the lab's hours are highlighted</source>
            <translation>Se resaltan los participantes que asistieron a menos de esta parte de las horas del laboratorio</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose languages</source>
            <translation>Elegir idiomas</translation>
        </message>
        <message>
            <source>Filter languages</source>
            <translation>Filtrar idiomas</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
    </context>
    <context>
        <name>LanguagesEditor</name>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the languages from a list</source>
            <translation>Elegir los idiomas de una lista</translation>
        </message>
    </context>
    <context>
        <name>LifeStory</name>
        <message>
            <source>Nothing is publishable without consent: record the participant's consent to the life story (Profile tab) or keep the story private.</source>
            <translation>Nada se puede publicar sin consentimiento: registre el consentimiento del participante para la historia de vida (pestaña Perfil) o mantenga la historia privada.</translation>
        </message>
        <message>
            <source>Story recorded on {date}</source>
            <translation>Historia grabada el {date}</translation>
        </message>
        <message>
            <source>New story</source>
            <translation>Nueva historia</translation>
        </message>
        <message>
            <source>This story is marked “{scope}”, but the participant consented to “{allowed}” only: it must not be published so. Choose a narrower consent scope and save.</source>
            <translation>Esta historia está marcada como «{scope}», pero la persona solo consintió «{allowed}»: no debe publicarse así. Elija un alcance más restringido y guarde.</translation>
        </message>
        <message>
            <source>Consent to the life story given on {date}, as “{allowed}”: the story may be published that far and no further.</source>
            <translation>Consentimiento a la historia de vida dado el {date}, como «{allowed}»: la historia puede publicarse hasta ahí y no más.</translation>
        </message>
        <message>
            <source>This story is marked as publishable, but the participant has not given (or has withdrawn) consent to the life story: it must not be published. Set the consent scope to private and save.</source>
            <translation>Esta historia está marcada como publicable, pero el participante no ha dado (o ha retirado) su consentimiento para la historia de vida: no debe publicarse. Ponga el alcance del consentimiento en privada y guarde.</translation>
        </message>
        <message>
            <source>Unsaved changes to this story were kept (last kept {when}).</source>
            <translation>Se conservaron cambios sin guardar de esta historia (conservados por última vez: {when}).</translation>
        </message>
        <message>
            <source>Delete this life story? This cannot be undone.</source>
            <translation>¿Eliminar esta historia de vida? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Save the changes to the life story?</source>
            <translation>¿Guardar los cambios de la historia de vida?</translation>
        </message>
        <message>
            <source>&amp;New story</source>
            <translation>&amp;Nueva historia</translation>
        </message>
        <message>
            <source>&amp;Delete story</source>
            <translation>E&amp;liminar historia</translation>
        </message>
        <message>
            <source>&amp;Save story</source>
            <translation>&amp;Guardar historia</translation>
        </message>
        <message>
            <source>Save the story (Ctrl+S)</source>
            <translation>Guardar la historia (Ctrl+S)</translation>
        </message>
        <message>
            <source>Life stories of this participant</source>
            <translation>Historias de vida de este participante</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Edit the chosen record (Enter)</source>
            <translation>Editar el registro elegido (Intro)</translation>
        </message>
        <message>
            <source>Delete the chosen record (Delete)</source>
            <translation>Eliminar el registro elegido (Supr)</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>The session is locked. Type your password to go on where you were: the open forms are kept as they are.</source>
            <translation>La sesión está bloqueada. Escriba su contraseña para seguir donde estaba: los formularios abiertos se conservan tal cual.</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Log in with your account on this laptop.</source>
            <translation>Inicie sesión con su cuenta en este portátil.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Entrar</translation>
        </message>
        <message>
            <source>Un&amp;lock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Sa&amp;lir</translation>
        </message>
        <message>
            <source>Forgot the password? Use the rec&amp;overy key…</source>
            <translation>¿Olvidó la contraseña? Use la clave de &amp;recuperación…</translation>
        </message>
        <message>
            <source>The new password is set: type it to log in.</source>
            <translation>La nueva contraseña está puesta: escríbala para entrar.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords in a row: the next try is possible in %n second(s).</source>
            <translation>
                <numerusform>Demasiadas contraseñas incorrectas seguidas: podrá volver a intentarlo dentro de %n segundo.</numerusform>
                <numerusform>Demasiadas contraseñas incorrectas seguidas: podrá volver a intentarlo dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type your user name first: the recovery key sets a new password for that account.</source>
            <translation>Escriba primero su nombre de usuario: la clave de recuperación pone una contraseña nueva a esa cuenta.</translation>
        </message>
        <message>
            <source>There is no account called {name} on this laptop: type the user name of the account whose password to set.</source>
            <translation>No hay ninguna cuenta llamada {name} en este portátil: escriba el nombre de usuario de la cuenta cuya contraseña quiere poner.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>Archiv&amp;o</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Edi&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>I&amp;r</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>&amp;About MILMA Desktop…</source>
            <translation>&amp;Acerca de MILMA Desktop…</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nuevo…</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>Importar &amp;historial…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>Co&amp;pias de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>C&amp;uentas…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>Blo&amp;quear</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>Con&amp;figuración…</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Pantallas</translation>
        </message>
        <message>
            <source>Site: {site}</source>
            <translation>Sede: {site}</translation>
        </message>
        <message>
            <source>Laptop: {device}</source>
            <translation>Portátil: {device}</translation>
        </message>
        <message>
            <source>Technician: {name}</source>
            <translation>Técnico/a: {name}</translation>
        </message>
        <message>
            <source>No technician chosen</source>
            <translation>Ningún técnico elegido</translation>
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
            <translation>Trabaja en el mismo grupo de ocupación ({group})</translation>
        </message>
        <message>
            <source>Works in a related occupation group ({group})</source>
            <translation>Trabaja en un grupo de ocupación afín ({group})</translation>
        </message>
        <message>
            <source>Speaks {languages}</source>
            <translation>Habla {languages}</translation>
        </message>
        <message>
            <source>Lives in the same neighbourhood ({neighbourhood})</source>
            <translation>Vive en el mismo barrio ({neighbourhood})</translation>
        </message>
        <message>
            <source>Can meet {availability}</source>
            <translation>Puede reunirse: {availability}</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Choose a connector other than the one of the meeting.</source>
            <translation>Elija un conector distinto del conector del encuentro.</translation>
        </message>
        <message>
            <source>This connector is already in the list.</source>
            <translation>Este conector ya está en la lista.</translation>
        </message>
        <message>
            <source>Say on which date it happened.</source>
            <translation>Indique en qué fecha se realizó.</translation>
        </message>
        <message>
            <source>Choose the connector first.</source>
            <translation>Elija antes el conector.</translation>
        </message>
        <message>
            <source>Why referral {n} was dropped</source>
            <translation>Motivo por el que se abandonó la derivación {n}</translation>
        </message>
        <message>
            <source>Connectors are referred to at a meeting held: once this meeting has taken place, mark it as held to record them.</source>
            <translation>Las derivaciones a conectores se hacen en un encuentro realizado: cuando este encuentro haya tenido lugar, márquelo como realizado para registrarlas.</translation>
        </message>
        <message>
            <source>This meeting has unsaved changes kept from an earlier session. Restore them?</source>
            <translation>Este encuentro tiene cambios sin guardar conservados de una sesión anterior. ¿Restaurarlos?</translation>
        </message>
        <message>
            <source>Referral {n}: {field}</source>
            <translation>Derivación {n}: {field}</translation>
        </message>
        <message>
            <source>Save this meeting?</source>
            <translation>¿Guardar este encuentro?</translation>
        </message>
        <message>
            <source>Edit meeting with a connector</source>
            <translation>Editar encuentro con un conector</translation>
        </message>
        <message>
            <source>Meeting with a connector</source>
            <translation>Encuentro con un conector</translation>
        </message>
        <message>
            <source>Referred to (up to three connectors)</source>
            <translation>Derivado/a a (hasta tres conectores)</translation>
        </message>
        <message>
            <source>Referred connector {n}</source>
            <translation>Conector de la derivación {n}</translation>
        </message>
        <message>
            <source>Status of referral {n}</source>
            <translation>Estado de la derivación {n}</translation>
        </message>
        <message>
            <source>Date referral {n} happened</source>
            <translation>Fecha de realización de la derivación {n}</translation>
        </message>
        <message>
            <source>Referrals to follow</source>
            <translation>Derivaciones pendientes de seguimiento</translation>
        </message>
        <message>
            <source>Delete this meeting and its referrals? This cannot be undone.</source>
            <translation>¿Eliminar este encuentro y sus derivaciones? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Meetings with connectors</source>
            <translation>Encuentros con conectores</translation>
        </message>
        <message>
            <source>S&amp;uggest connectors…</source>
            <translation>S&amp;ugerir conectores…</translation>
        </message>
        <message>
            <source>Net&amp;work…</source>
            <translation>Red de cont&amp;actos…</translation>
        </message>
        <message>
            <source>Whom the participant met, and through whom: a drawing to print</source>
            <translation>A quién conoció la persona participante y a través de quién: un esquema para imprimir</translation>
        </message>
        <message>
            <source>&amp;Record a meeting…</source>
            <translation>Re&amp;gistrar un encuentro…</translation>
        </message>
        <message>
            <source>Edit &amp;meeting…</source>
            <translation>Editar e&amp;ncuentro…</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Eliminar encuentro</translation>
        </message>
        <message>
            <source>Mar&amp;k as held</source>
            <translation>Marcar como realiza&amp;do</translation>
        </message>
        <message>
            <source>The planned meeting took place (dated today if it was planned for a later day)</source>
            <translation>El encuentro programado tuvo lugar (con fecha de hoy si estaba previsto para un día posterior)</translation>
        </message>
        <message>
            <source>Mark as &amp;happened</source>
            <translation>Marcar como reali&amp;zada</translation>
        </message>
        <message>
            <source>Connectors are referred to at a meeting held: mark the meeting as held, or remove the referrals.</source>
            <translation>Las derivaciones a conectores se hacen en un encuentro realizado: márquelo como realizado o quite las derivaciones.</translation>
        </message>
        <message>
            <source>This meeting is no longer planned: it was changed elsewhere. The list shows it as it is now.</source>
            <translation>Este encuentro ya no está programado: se cambió en otro lugar. La lista lo muestra tal como está ahora.</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Seguimientos pendientes</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Laboratorios</translation>
        </message>
        <message>
            <source>Connectors</source>
            <translation>Conectores</translation>
        </message>
        <message>
            <source>Referrals waiting</source>
            <translation>Derivaciones en espera</translation>
        </message>
        <message>
            <source>Connector Program</source>
            <translation>Programa de Conectores</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Empresas</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Asociaciones</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>Intercambio por USB</translation>
        </message>
        <message>
            <source>Print itinerary…</source>
            <translation>Imprimir itinerario…</translation>
        </message>
        <message>
            <source>Everything we hold…</source>
            <translation>Todo lo que guardamos…</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Borrar…</translation>
        </message>
        <message>
            <source>Print itineraries…</source>
            <translation>Imprimir itinerarios…</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Met at a meeting held</source>
            <translation>Conocido/a en un encuentro realizado</translation>
        </message>
        <message>
            <source>Referred through them: the introduction happened</source>
            <translation>Derivación a través de esta persona: la presentación tuvo lugar</translation>
        </message>
        <message>
            <source>Referred through them: the introduction is pending</source>
            <translation>Derivación a través de esta persona: la presentación está pendiente</translation>
        </message>
        <message>
            <source>Referred through them: the introduction was dropped</source>
            <translation>Derivación a través de esta persona: la presentación se descartó</translation>
        </message>
        <message>
            <source>{field} · met on {date}</source>
            <translation>{field} · encuentro el {date}</translation>
        </message>
        <message>
            <source>met on {date}</source>
            <translation>encuentro el {date}</translation>
        </message>
        <message>
            <source>Network of {name}</source>
            <translation>Red de contactos de {name}</translation>
        </message>
        <message>
            <source>No meeting held yet: the network grows from the first connector met.</source>
            <translation>Aún no se ha realizado ningún encuentro: la red crece a partir del primer conector o conectora.</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>Whom the participant met, and through whom</source>
            <translation>A quién conoció la persona participante y a través de quién</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Information on the processing of your personal data</source>
            <translation>Información sobre el tratamiento de sus datos personales</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Training centre</source>
            <translation>Centro de formación</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Impreso el</translation>
        </message>
        <message>
            <source>Please read this notice before you register in the MILMA programme. Your technician will answer your questions. Registering needs your consent to the processing of your personal data; every other consent below is your free choice and can be withdrawn at any time.</source>
            <translation>Lea esta nota antes de registrarse en el programa MILMA. Su técnico o técnica responderá a sus preguntas. El registro necesita su consentimiento al tratamiento de sus datos personales; cada uno de los demás consentimientos es libre y puede retirarlo en cualquier momento.</translation>
        </message>
        <message>
            <source>Who is responsible for your data</source>
            <translation>Quién es responsable de sus datos</translation>
        </message>
        <message>
            <source>The municipal training centre CIFE of Fuenlabrada, which runs the MILMA programme at its sites CIFE and Los Arcos. You can exercise your rights at either site, with your technician.</source>
            <translation>El centro municipal de formación CIFE de Fuenlabrada, que desarrolla el programa MILMA en sus sedes CIFE y Los Arcos. Puede ejercer sus derechos en cualquiera de las dos sedes, con su técnico o técnica.</translation>
        </message>
        <message>
            <source>What we record and why</source>
            <translation>Qué registramos y por qué</translation>
        </message>
        <message>
            <source>Your identity and contact details, your languages, education and work history, the labs you attend, your coaching sessions, goals, placements and jobs, and your answers to the programme's surveys. We use them to accompany you towards employment, and to report the programme's results to its funders and the city as figures in which nobody can be recognised.</source>
            <translation>Sus datos de identidad y de contacto, sus idiomas, su formación y su trayectoria laboral, los laboratorios a los que asiste, sus sesiones de acompañamiento, objetivos, prácticas y empleos, y sus respuestas a las encuestas del programa. Los usamos para acompañarle hacia el empleo y para informar de los resultados del programa a sus financiadores y a la ciudad con cifras en las que nadie puede ser reconocido.</translation>
        </message>
        <message>
            <source>Data that need particular care</source>
            <translation>Datos que requieren un cuidado especial</translation>
        </message>
        <message>
            <source>Your nationality, your immigration status and your life story are special categories of data. They are kept with particular care and never appear on the documents printed for you or for others.</source>
            <translation>Su nacionalidad, su situación migratoria y su historia de vida son categorías especiales de datos. Se guardan con especial cuidado y nunca aparecen en los documentos impresos para usted ni para otras personas.</translation>
        </message>
        <message>
            <source>Who sees your data</source>
            <translation>Quién ve sus datos</translation>
        </message>
        <message>
            <source>The programme's technicians and coordinators, on the programme's laptops; the copies carried between them are encrypted. Partner companies see your CV or profile only if you consent to it below. Your data are never sold.</source>
            <translation>El personal técnico y de coordinación del programa, en los portátiles del programa; las copias que se llevan de uno a otro van cifradas. Las empresas colaboradoras solo ven su CV o su perfil si usted lo consiente más abajo. Sus datos nunca se venden.</translation>
        </message>
        <message>
            <source>How long we keep them</source>
            <translation>Cuánto tiempo los guardamos</translation>
        </message>
        <message>
            <source>For five years after your last activity in the programme; they are then reviewed and erased, unless a law requires us to keep them longer.</source>
            <translation>Durante cinco años después de su última actividad en el programa; después se revisan y se suprimen, salvo que una ley obligue a guardarlos más tiempo.</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>Sus derechos</translation>
        </message>
        <message>
            <source>You can ask to see everything we hold about you and receive a copy, to correct it, to erase it, to restrict or object to its use, and to take it elsewhere. You can withdraw any consent at any time: it stops what it allowed from that day. You can also complain to the Spanish Data Protection Agency (AEPD, www.aepd.es).</source>
            <translation>Puede pedir ver todo lo que tenemos sobre usted y recibir una copia, rectificarlo, suprimirlo, limitar su uso u oponerse a él, y llevárselo a otro lugar. Puede retirar cualquier consentimiento en cualquier momento: lo que permitía deja de hacerse desde ese día. También puede reclamar ante la Agencia Española de Protección de Datos (AEPD, www.aepd.es).</translation>
        </message>
        <message>
            <source>Your consents</source>
            <translation>Sus consentimientos</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>needed to register</source>
            <translation>necesario para registrarse</translation>
        </message>
        <message>
            <source>I agree to the processing of my personal data as described above.</source>
            <translation>Acepto el tratamiento de mis datos personales tal como se describe arriba.</translation>
        </message>
        <message>
            <source>I agree that my life story is recorded, and it may be: kept private / published anonymised / published with my name (circle one).</source>
            <translation>Acepto que se registre mi historia de vida, y que pueda: quedar privada / publicarse de forma anónima / publicarse con mi nombre (rodee una opción).</translation>
        </message>
        <message>
            <source>I agree to be photographed in the programme's activities.</source>
            <translation>Acepto que me fotografíen en las actividades del programa.</translation>
        </message>
        <message>
            <source>I agree that my CV and profile are shared with the programme's partner companies.</source>
            <translation>Acepto que mi CV y mi perfil se compartan con las empresas colaboradoras del programa.</translation>
        </message>
        <message>
            <source>I agree to be contacted after my lab for the follow-up surveys (at its end and six months later).</source>
            <translation>Acepto que me contacten después de mi laboratorio para las encuestas de seguimiento (al terminar y seis meses después).</translation>
        </message>
        <message>
            <source>Signature of the participant</source>
            <translation>Firma de la persona participante</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>Técnico o técnica</translation>
        </message>
        <message>
            <source>MILMA · information notice · printed on {date}</source>
            <translation>MILMA · nota informativa · impresa el {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
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
            <translation>Código {code} · {status}</translation>
        </message>
        <message>
            <source>Current lab: {lab} ({status})</source>
            <translation>Laboratorio actual: {lab} ({status})</translation>
        </message>
        <message>
            <source>Not enrolled in a lab</source>
            <translation>Sin inscripción en un laboratorio</translation>
        </message>
        <message>
            <source>Next appointment: {when}</source>
            <translation>Próxima cita: {when}</translation>
        </message>
        <message>
            <source>No appointment planned</source>
            <translation>Ninguna cita prevista</translation>
        </message>
        <message>
            <source>← &amp;Back to the list</source>
            <translation>← &amp;Volver a la lista</translation>
        </message>
        <message>
            <source>Back to the list of participants</source>
            <translation>Volver a la lista de participantes</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Perfil</translation>
        </message>
        <message>
            <source>&amp;Itinerary</source>
            <translation>&amp;Itinerario</translation>
        </message>
        <message>
            <source>&amp;Coaching sessions</source>
            <translation>&amp;Sesiones de acompañamiento</translation>
        </message>
        <message>
            <source>&amp;Life story</source>
            <translation>&amp;Historia de vida</translation>
        </message>
        <message>
            <source>Connector &amp;meetings</source>
            <translation>Encuentros con &amp;conectores</translation>
        </message>
        <message>
            <source>Communit&amp;y</source>
            <translation>&amp;Barrio y comunidad</translation>
        </message>
        <message>
            <source>Sur&amp;veys</source>
            <translation>Encuestas de segui&amp;miento</translation>
        </message>
        <message>
            <source>Save &amp;next steps</source>
            <translation>Guardar pró&amp;ximos pasos</translation>
        </message>
        <message>
            <source>Development-plan goals</source>
            <translation>Objetivos del plan de desarrollo</translation>
        </message>
        <message>
            <source>Lab enrolments</source>
            <translation>Inscripciones en laboratorios</translation>
        </message>
        <message>
            <source>Work placements</source>
            <translation>Prácticas en empresas</translation>
        </message>
        <message>
            <source>Job outcomes</source>
            <translation>Inserciones laborales</translation>
        </message>
        <message>
            <source>Save the changes to the next steps?</source>
            <translation>¿Guardar los cambios de los próximos pasos?</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentimientos</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>Editar &amp;datos…</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <source>Add: {kind}</source>
            <translation>Añadir: {kind}</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Edit: {kind}</source>
            <translation>Editar: {kind}</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>Delete: {kind}</source>
            <translation>Eliminar: {kind}</translation>
        </message>
        <message>
            <source>New: {kind}</source>
            <translation>Nuevo registro: {kind}</translation>
        </message>
        <message>
            <source>The technician of the account that records it.</source>
            <translation>El técnico de la cuenta que lo registra.</translation>
        </message>
        <message>
            <source>Delete this record ({kind})? This cannot be undone.</source>
            <translation>¿Eliminar este registro ({kind})? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Coaching sessions</source>
            <translation>Sesiones de acompañamiento</translation>
        </message>
        <message>
            <source>&amp;Log a session…</source>
            <translation>Re&amp;gistrar una sesión…</translation>
        </message>
        <message>
            <source>Selected session</source>
            <translation>Sesión seleccionada</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Identity</source>
            <translation>Identidad</translation>
        </message>
        <message>
            <source>Origin and languages</source>
            <translation>Origen e idiomas</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Background and follow-up</source>
            <translation>Trayectoria y seguimiento</translation>
        </message>
        <message>
            <source>This person may already be registered. Open the existing record instead, or register anyway if it is someone else.</source>
            <translation>Puede que esta persona ya esté registrada. Abra la ficha existente o, si se trata de otra persona, regístrela de todos modos.</translation>
        </message>
        <message>
            <source>&amp;Open existing record</source>
            <translation>&amp;Abrir la ficha existente</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <source>same document number</source>
            <translation>mismo número de documento</translation>
        </message>
        <message>
            <source>similar name, same birth date</source>
            <translation>nombre parecido, misma fecha de nacimiento</translation>
        </message>
        <message>
            <source>{code} — {first} {last}, born {birth} ({reason})</source>
            <translation>{code} — {first} {last}, nacido/a el {birth} ({reason})</translation>
        </message>
        <message>
            <source>Unsaved changes to this form were kept from an earlier session. Restore them?</source>
            <translation>Se conservaron cambios sin guardar de este formulario de una sesión anterior. ¿Restaurarlos?</translation>
        </message>
        <message>
            <source>Register a participant</source>
            <translation>Registrar un participante</translation>
        </message>
        <message>
            <source>Edit participant</source>
            <translation>Editar participante</translation>
        </message>
        <message>
            <source>Fields marked * are required. Ctrl+S saves.</source>
            <translation>Los campos marcados con * son obligatorios. Ctrl+S guarda.</translation>
        </message>
        <message>
            <source>{field} *</source>
            <translation>{field} *</translation>
        </message>
        <message>
            <source>Register &amp;anyway</source>
            <translation>Registrar &amp;de todos modos</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>The document number {number} is already registered as {name} ({code}). Register anyway?</source>
            <translation>El número de documento {number} ya está registrado a nombre de {name} ({code}). ¿Registrar de todos modos?</translation>
        </message>
        <message>
            <source>Save the changes to this participant?</source>
            <translation>¿Guardar los cambios de este participante?</translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>The document number {number} is already registered as {name} ({code}).</source>
            <translation>El número de documento {number} ya está registrado a nombre de {name} ({code}).</translation>
        </message>
        <message>
            <source>Document number: {number} is already registered as {name} ({code}), another name. Check the number, or open that record.</source>
            <translation>Número de documento: {number} ya está registrado a nombre de {name} ({code}), con otro nombre. Compruebe el número o abra esa ficha.</translation>
        </message>
        <message>
            <source>No participant has the code {code}.</source>
            <translation>Ningún participante tiene el código {code}.</translation>
        </message>
        <message>
            <source>Current lab</source>
            <translation>Laboratorio actual</translation>
        </message>
        <message>
            <source>My participants</source>
            <translation>Mis participantes</translation>
        </message>
        <message>
            <source>All technicians</source>
            <translation>Todos los técnicos</translation>
        </message>
        <message>
            <source>All labs</source>
            <translation>Todos los laboratorios</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Todas las sedes</translation>
        </message>
        <message>
            <source>Locals and migrants</source>
            <translation>Locales y migrantes</translation>
        </message>
        <message>
            <source>Locals</source>
            <translation>Locales</translation>
        </message>
        <message>
            <source>Migrants and refugees</source>
            <translation>Migrantes y refugiados</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>Todos los géneros</translation>
        </message>
        <message>
            <source>Any enrolment status</source>
            <translation>Cualquier estado de inscripción</translation>
        </message>
        <message>
            <source>Nobody is registered on this laptop yet. Register a participant with New participant (Ctrl+N), or import the participants of other laptops on the USB exchange screen.</source>
            <translation>Todavía no hay nadie registrado en este portátil. Registre un participante con Nuevo participante (Ctrl+N) o importe los participantes de otros portátiles en la pantalla Intercambio por USB.</translation>
        </message>
        <message>
            <source>Search by code, name, document number or phone</source>
            <translation>Buscar por código, nombre, número de documento o teléfono</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Buscar participantes</translation>
        </message>
        <message>
            <source>&amp;New participant…</source>
            <translation>&amp;Nuevo participante…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Retention &amp;review…</source>
            <translation>&amp;Revisión de conservación…</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Quitar filtros</translation>
        </message>
        <message>
            <source>Filters:</source>
            <translation>Filtros:</translation>
        </message>
        <message>
            <source>No participant matches the search and filters. Check the spelling, clear the filters, or register the person with New participant (Ctrl+N).</source>
            <translation>Ningún participante coincide con la búsqueda y los filtros. Revise la ortografía, quite los filtros o registre a la persona con Nuevo participante (Ctrl+N).</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Filter by lab</source>
            <translation>Filtrar por laboratorio</translation>
        </message>
        <message>
            <source>Filter by site</source>
            <translation>Filtrar por sede</translation>
        </message>
        <message>
            <source>Filter by local or migrant</source>
            <translation>Filtrar por local o migrante</translation>
        </message>
        <message>
            <source>Filter by gender</source>
            <translation>Filtrar por género</translation>
        </message>
        <message>
            <source>Filter by enrolment status</source>
            <translation>Filtrar por estado de inscripción</translation>
        </message>
        <message>
            <source>Filter by technician</source>
            <translation>Filtrar por técnico/a</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Coordinator passphrase</source>
            <translation>Frase de contraseña de coordinación</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least 8 characters. It protects the coordinator identity: without it, the laptops' bundles cannot be opened.</source>
            <translation>Elija una frase de contraseña de al menos 8 caracteres. Protege la identidad de coordinación: sin ella no se pueden abrir los paquetes de los portátiles.</translation>
        </message>
        <message>
            <source>Type the coordinator passphrase to open the laptops' bundles.</source>
            <translation>Escriba la frase de contraseña de coordinación para abrir los paquetes de los portátiles.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repítala:</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>La frase de contraseña debe tener al menos 8 caracteres.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>PendingDrafts</name>
        <message>
            <source>Registration (new)</source>
            <translation>Inscripción nueva</translation>
        </message>
        <message>
            <source>Participant's details (changes)</source>
            <translation>Datos del participante (cambios)</translation>
        </message>
        <message>
            <source>{form} (new)</source>
            <translation>{form} (registro nuevo)</translation>
        </message>
        <message>
            <source>{form} (changes)</source>
            <translation>{form} (cambios)</translation>
        </message>
        <message>
            <source>the record no longer exists</source>
            <translation>el registro ya no existe</translation>
        </message>
        <message>
            <source>{first} {last} ({code})</source>
            <translation>{first} {last} ({code})</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Retomar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Resume: {form}, {whose}</source>
            <translation>Retomar: {form}, {whose}</translation>
        </message>
        <message>
            <source>Discard: {form}, {whose}</source>
            <translation>Descartar: {form}, {whose}</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) were not saved when the application last closed. What was typed was kept: resume to finish it, or discard it.</source>
            <translation>
                <numerusform>%n formulario no se guardó cuando la aplicación se cerró por última vez. Lo escrito se conservó: retómelo para terminarlo o descártelo.</numerusform>
                <numerusform>%n formularios no se guardaron cuando la aplicación se cerró por última vez. Lo escrito se conservó: retómelos para terminarlos o descártelos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Ver en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Ficheros de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>Quarantine</name>
        <message>
            <source>This held change was already released or discarded.</source>
            <translation>Este cambio retenido ya se ha liberado o descartado.</translation>
        </message>
        <message>
            <source>dated more than a day in the future</source>
            <translation>fechado más de un día en el futuro</translation>
        </message>
        <message>
            <source>reference data, which only the coordinator changes</source>
            <translation>datos de referencia, que solo cambia la coordinación</translation>
        </message>
        <message>
            <source>a participant of another site than the laptop's</source>
            <translation>un participante de otra sede que la del portátil</translation>
        </message>
        <message>
            <source>a technician of another site than the laptop's</source>
            <translation>un técnico de otra sede que la del portátil</translation>
        </message>
        <message>
            <source>an erasure, which only the coordinator makes</source>
            <translation>un borrado definitivo, que solo hace la coordinación</translation>
        </message>
        <message>
            <source>the laptop's site is not known</source>
            <translation>no se conoce la sede del portátil</translation>
        </message>
        <message>
            <source>a kind of record that laptops do not send</source>
            <translation>un tipo de registro que los portátiles no envían</translation>
        </message>
    </context>
    <context>
        <name>QuarantineReview</name>
        <message>
            <source>Kind of record</source>
            <translation>Tipo de registro</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Eliminación</translation>
        </message>
        <message>
            <source>Held because</source>
            <translation>Retenido porque</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>Fecha indicada</translation>
        </message>
        <message>
            <source>From laptop</source>
            <translation>Del portátil</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recepción</translation>
        </message>
        <message numerus="yes">
            <source>Held changes (%n)</source>
            <translation>
                <numerusform>Cambios retenidos (%n)</numerusform>
                <numerusform>Cambios retenidos (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>These changes were not applied. Those dated far in the future probably come from a laptop whose clock was wrong: applied as they are, they would win over every later edit. The others are outside what the laptop that sent them may do (another site's participants, reference data). Apply each one knowingly, or discard it.</source>
            <translation>Estos cambios no se han aplicado. Los fechados lejos en el futuro vienen probablemente de un portátil con el reloj mal: aplicados tal cual, ganarían a toda edición posterior. Los demás quedan fuera de lo que puede hacer el portátil que los envió (participantes de otra sede, datos de referencia). Aplique cada uno sabiendo lo que hace, o descártelo.</translation>
        </message>
        <message>
            <source>A&amp;pply the change</source>
            <translation>&amp;Aplicar el cambio</translation>
        </message>
        <message>
            <source>&amp;Discard the change</source>
            <translation>&amp;Descartar el cambio</translation>
        </message>
        <message>
            <source>Discard this change? It will not be applied.</source>
            <translation>¿Descartar este cambio? No se aplicará.</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n campo</numerusform>
                <numerusform>%n campos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>You have changed this form. Save the changes?</source>
            <translation>Ha modificado este formulario. ¿Guardar los cambios?</translation>
        </message>
        <message>
            <source>Unsaved draft</source>
            <translation>Borrador sin guardar</translation>
        </message>
        <message>
            <source>This form has a draft that was not saved (last kept {when}). Restore it?</source>
            <translation>Este formulario tiene un borrador sin guardar (conservado por última vez: {when}). ¿Restaurarlo?</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation>Cerrar sin guardar (Esc)</translation>
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
            <translation>Obligatorio</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>{kind} not found: it may have been deleted.</source>
            <translation>{kind}: no se ha encontrado; puede que se haya eliminado.</translation>
        </message>
        <message>
            <source>This record was changed elsewhere after you opened it, so nothing was saved. Compare the values and choose which to keep.</source>
            <translation>Este registro se modificó en otro lugar después de abrirlo, así que no se ha guardado nada. Compare los valores y elija cuáles conservar.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>The data on this laptop is now encrypted. This recovery key opens it when every password is forgotten or the key file is damaged. Print it or write it down, and keep it in a safe, away from the laptop: it is shown only now.</source>
            <translation>Los datos de este portátil están ahora cifrados. Esta clave de recuperación los abre si se olvidan todas las contraseñas o se daña el archivo de claves. Imprímala o anótela y guárdela en una caja fuerte, lejos del portátil: solo se muestra ahora.</translation>
        </message>
        <message>
            <source>I have &amp;kept the recovery key in a safe place</source>
            <translation>He &amp;guardado la clave de recuperación en un lugar seguro</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>MILMA Desktop: recovery key of the data on this laptop. Keep this page in a safe. Whoever holds it can open the data.</source>
            <translation>MILMA Desktop: clave de recuperación de los datos de este portátil. Guarde esta página en una caja fuerte. Quien la tenga puede abrir los datos.</translation>
        </message>
        <message>
            <source>Open with the recovery key</source>
            <translation>Abrir con la clave de recuperación</translation>
        </message>
        <message>
            <source>Type the recovery key printed when the data was encrypted: eight groups of four letters and digits. Then set the passwords again.</source>
            <translation>Escriba la clave de recuperación impresa al cifrar los datos: ocho grupos de cuatro letras y cifras. Después vuelva a poner las contraseñas.</translation>
        </message>
        <message>
            <source>&amp;Recovery key:</source>
            <translation>Clave de &amp;recuperación:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncelar</translation>
        </message>
    </context>
    <context>
        <name>Recruiting</name>
        <message>
            <source>Only a participant who has found work (a job outcome recorded) can become a connector.</source>
            <translation>Solo puede hacerse conector un participante que ha encontrado trabajo (con un resultado de empleo registrado).</translation>
        </message>
        <message>
            <source>This participant is already a connector.</source>
            <translation>Este participante ya es conector.</translation>
        </message>
        <message>
            <source>Connector since {date}</source>
            <translation>Conector desde el {date}</translation>
        </message>
        <message>
            <source>Become a connector</source>
            <translation>Hacerse conector</translation>
        </message>
        <message>
            <source>Become a connector…</source>
            <translation>Hacerse conector…</translation>
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
            <translation>Horas asistidas: {name}</translation>
        </message>
        <message>
            <source>Note: {name}</source>
            <translation>Nota: {name}</translation>
        </message>
        <message>
            <source>Date: type the day of the register.</source>
            <translation>Fecha: escriba el día del registro.</translation>
        </message>
        <message>
            <source>The register of {day} has changes that are not saved. Open {other} without them?</source>
            <translation>El registro del {day} tiene cambios sin guardar. ¿Abrir el {other} sin ellos?</translation>
        </message>
        <message>
            <source>Save the changes to the register?</source>
            <translation>¿Guardar los cambios del registro?</translation>
        </message>
        <message>
            <source>Attendance register: {lab}</source>
            <translation>Registro de asistencia: {lab}</translation>
        </message>
        <message>
            <source>Day of the register</source>
            <translation>Día del registro</translation>
        </message>
        <message>
            <source>Hours of the day</source>
            <translation>Horas del día</translation>
        </message>
        <message>
            <source>Those present for the whole day get these hours</source>
            <translation>Las personas presentes todo el día reciben estas horas</translation>
        </message>
        <message>
            <source>&amp;All present</source>
            <translation>&amp;Todos presentes</translation>
        </message>
        <message>
            <source>Open a recorded day</source>
            <translation>Abrir un día registrado</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Horas asistidas</translation>
        </message>
        <message>
            <source>{day}: nobody is enrolled in the lab on this day.</source>
            <translation>{day}: nadie está inscrito en el laboratorio este día.</translation>
        </message>
        <message>
            <source>{day} was recorded before: saving corrects it.</source>
            <translation>{day} ya se registró: al guardar se corrige.</translation>
        </message>
        <message numerus="yes">
            <source>{day} is not recorded yet: the %n participant(s) enrolled are marked present. Mark who was absent, then save.</source>
            <translation>
                <numerusform>{day} aún no está registrado: el %n participante inscrito está marcado como presente. Marque quién faltó y guarde.</numerusform>
                <numerusform>{day} aún no está registrado: los %n participantes inscritos están marcados como presentes. Marque quién faltó y guarde.</numerusform>
            </translation>
        </message>
        <message>
            <source>From the lab's attendance register: the sum of the days recorded. To change it, correct the register (Labs, Attendance register…).</source>
            <translation>Del registro de asistencia del laboratorio: la suma de los días registrados. Para cambiarlo, corrija el registro (Laboratorios, Registro de asistencia…).</translation>
        </message>
        <message numerus="yes">
            <source>Recorded days (%n)…</source>
            <translation>
                <numerusform>Días registrados (%n)…</numerusform>
                <numerusform>Días registrados (%n)…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>The retention period is from {low} to {high} years.</source>
            <translation>El periodo de conservación va de {low} a {high} años.</translation>
        </message>
        <message>
            <source>Say why the person is kept: the reason is required.</source>
            <translation>Diga por qué se conserva a la persona: el motivo es obligatorio.</translation>
        </message>
        <message>
            <source>The reason is too long: at most {n} characters.</source>
            <translation>El motivo es demasiado largo: como máximo {n} caracteres.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Última actividad</translation>
        </message>
        <message>
            <source>Kept before because</source>
            <translation>Conservada antes porque</translation>
        </message>
        <message>
            <source>Retention review</source>
            <translation>Revisión de conservación</translation>
        </message>
        <message numerus="yes">
            <source>People whose last activity (the latest day their records hold or were written) is more than %n year(s) ago, the longest inactive first. Erase each, or keep them with a reason: they are listed again in a year.</source>
            <translation>
                <numerusform>Personas cuya última actividad (el día más reciente que guardan sus registros o en que se escribieron) es de hace más de %n año, primero las inactivas desde hace más tiempo. Borre cada una, o consérvela con un motivo: vuelve a aparecer en un año.</numerusform>
                <numerusform>Personas cuya última actividad (el día más reciente que guardan sus registros o en que se escribieron) es de hace más de %n años, primero las inactivas desde hace más tiempo. Borre cada una, o consérvela con un motivo: vuelve a aparecer en un año.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is due for review.</source>
            <translation>No hay nadie pendiente de revisión.</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Borrar…</translation>
        </message>
        <message>
            <source>&amp;Keep…</source>
            <translation>&amp;Conservar…</translation>
        </message>
        <message>
            <source>Keep {code}</source>
            <translation>Conservar {code}</translation>
        </message>
        <message>
            <source>Why is this person kept? (no personal data)</source>
            <translation>¿Por qué se conserva a esta persona? (sin datos personales)</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Technician</source>
            <translation>Técnico/a</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinador/a</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrador/a</translation>
        </message>
        <message>
            <source>work with participants</source>
            <translation>trabajar con participantes</translation>
        </message>
        <message>
            <source>work with the participants of another site</source>
            <translation>trabajar con los participantes de otra sede</translation>
        </message>
        <message>
            <source>merge participants or resolve conflicts</source>
            <translation>fusionar participantes o resolver conflictos</translation>
        </message>
        <message>
            <source>see the programme's indicators</source>
            <translation>ver los indicadores del programa</translation>
        </message>
        <message>
            <source>change reference data (labs, companies, connectors)</source>
            <translation>cambiar los datos de referencia (laboratorios, empresas, conectores)</translation>
        </message>
        <message>
            <source>erase a participant</source>
            <translation>borrar a un participante</translation>
        </message>
        <message>
            <source>manage accounts</source>
            <translation>gestionar las cuentas</translation>
        </message>
        <message>
            <source>manage the exchange keys</source>
            <translation>gestionar las claves del intercambio</translation>
        </message>
        <message>
            <source>change the laptop's settings</source>
            <translation>cambiar la configuración del portátil</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Choose the technician who uses this laptop, or write their full name.</source>
            <translation>Elija el técnico que usa este portátil o escriba su nombre completo.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Idioma de la interfaz:</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Idioma de la interfaz</translation>
        </message>
        <message>
            <source>&amp;Technician using this laptop:</source>
            <translation>&amp;Técnico que usa este portátil:</translation>
        </message>
        <message>
            <source>Technician using this laptop</source>
            <translation>Técnico que usa este portátil</translation>
        </message>
        <message>
            <source>Recorded with the participants registered and the sessions held from now on. Choose a name from the list, or write a new one to add a technician.</source>
            <translation>Queda registrado con los participantes inscritos y las sesiones que se hagan a partir de ahora. Elija un nombre de la lista o escriba uno nuevo para añadir un técnico.</translation>
        </message>
        <message>
            <source>Backups and their second copy:</source>
            <translation>Copias de seguridad y su segunda copia:</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Copias de seguridad…</translation>
        </message>
        <message>
            <source>The whole application switches at once and remembers the choice. Documents for a participant are printed in the participant's own language.</source>
            <translation>Toda la aplicación cambia de idioma al instante y recuerda la elección. Los documentos de cada participante se imprimen en el idioma de esa persona.</translation>
        </message>
        <message>
            <source>Dates look like this: {date}</source>
            <translation>Así se ven las fechas: {date}</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>This laptop is not set up yet: run 'milma init --site CIFE' or start the application.</source>
            <translation>Este portátil aún no está configurado: ejecute 'milma init --site CIFE' o inicie la aplicación.</translation>
        </message>
        <message>
            <source>Unknown site {site}: choose CIFE or LOS_ARCOS.</source>
            <translation>Sede desconocida {site}: elija CIFE o LOS_ARCOS.</translation>
        </message>
        <message>
            <source>This laptop is already set up for site {site}.</source>
            <translation>Este portátil ya está configurado para la sede {site}.</translation>
        </message>
        <message>
            <source>Write the full name of the technician who uses this laptop.</source>
            <translation>Escriba el nombre completo del técnico que usa este portátil.</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>MILMA Desktop was started again with this data folder: it is open here.</source>
            <translation>Se ha vuelto a iniciar MILMA Desktop con esta carpeta de datos: está abierto aquí.</translation>
        </message>
        <message>
            <source>MILMA Desktop is already open with this data folder; its window was brought to the front.</source>
            <translation>MILMA Desktop ya está abierto con esta carpeta de datos; se ha traído su ventana al frente.</translation>
        </message>
        <message>
            <source>MILMA Desktop is already open with this data folder, but its window does not answer. Wait a moment and try again, or close it first.</source>
            <translation>MILMA Desktop ya está abierto con esta carpeta de datos, pero su ventana no responde. Espere un momento y vuelva a intentarlo, o ciérrela antes.</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>This data was written by a newer version of MILMA Desktop (schema {revision}). Install the newer version to open it.</source>
            <translation>Estos datos los ha escrito una versión más reciente de MILMA Desktop (esquema {revision}). Instale la versión más reciente para abrirlos.</translation>
        </message>
        <message>
            <source>Cannot create the data folder {path}.</source>
            <translation>No se puede crear la carpeta de datos {path}.</translation>
        </message>
        <message>
            <source>The data folder {path} is not writable.</source>
            <translation>No se puede escribir en la carpeta de datos {path}.</translation>
        </message>
        <message>
            <source>The data store {path} is encrypted and locked: it opens with the password of one of its accounts, or with its recovery key.</source>
            <translation>La base de datos {path} está cifrada y bloqueada: se abre con la contraseña de una de sus cuentas o con su clave de recuperación.</translation>
        </message>
        <message>
            <source>The file {path} is not a MILMA database or is damaged.</source>
            <translation>El archivo {path} no es una base de datos de MILMA o está dañado.</translation>
        </message>
        <message>
            <source>The data store is closed.</source>
            <translation>La base de datos está cerrada.</translation>
        </message>
        <message>
            <source>This laptop is not set up yet: run 'milma init --site CIFE' or start the application.</source>
            <translation>Este portátil aún no está configurado: ejecute 'milma init --site CIFE' o inicie la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccess</name>
        <message>
            <source>Everything we hold about you</source>
            <translation>Todo lo que guardamos sobre usted</translation>
        </message>
        <message>
            <source>This document lists every record the MILMA programme keeps about you on this computer, field by field, as the staff see them. You have the right to a copy of your data, to have it corrected or erased, and to receive it in a machine-readable form: the file with the same name ending in .json holds the same data. Ask your technician.</source>
            <translation>Este documento recoge todos los registros que el programa MILMA guarda sobre usted en este ordenador, campo por campo, tal como los ve el personal. Tiene derecho a una copia de sus datos, a que se corrijan o se borren, y a recibirlos en un formato legible por máquina: el archivo con el mismo nombre terminado en .json contiene los mismos datos. Pregunte a su técnico/a.</translation>
        </message>
        <message>
            <source>◆ Special category: data about your origin, your immigration status or your life story, which the law protects in particular.</source>
            <translation>◆ Categoría especial: datos sobre su origen, su situación migratoria o su historia de vida, que la ley protege de forma especial.</translation>
        </message>
        <message>
            <source>◆ special category</source>
            <translation>◆ categoría especial</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Participant code</source>
            <translation>Código de participante</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Impreso el</translation>
        </message>
        <message>
            <source>Your personal details</source>
            <translation>Sus datos personales</translation>
        </message>
        <message>
            <source>Records of you registered twice and merged into this one</source>
            <translation>Registros suyos duplicados y fusionados en este</translation>
        </message>
        <message>
            <source>{kind} ({count})</source>
            <translation>{kind} ({count})</translation>
        </message>
        <message>
            <source>Record {number} of {count}</source>
            <translation>Registro {number} de {count}</translation>
        </message>
        <message>
            <source>Who looked at or changed your records</source>
            <translation>Quién consultó o modificó sus registros</translation>
        </message>
        <message>
            <source>Each time a member of staff opened your page, changed, printed or exported your records.</source>
            <translation>Cada vez que alguien del personal abrió su ficha o modificó, imprimió o exportó sus registros.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Nothing else is recorded about you.</source>
            <translation>No hay nada más registrado sobre usted.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>MILMA · personal data held · printed on {date}</source>
            <translation>MILMA · datos personales guardados · impreso el {date}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>No se puede escribir {path}: {reason}</translation>
        </message>
        <message>
            <source>Folder for the files of everything we hold</source>
            <translation>Carpeta para los archivos de todo lo que guardamos</translation>
        </message>
        <message>
            <source>Everything we hold about this person was written to {folder}:
{pdf}
{json}
The file names hold no personal data; keep them safe.</source>
            <translation>Todo lo que guardamos sobre esta persona se escribió en {folder}:
{pdf}
{json}
Los nombres de los archivos no contienen datos personales; guárdelos en lugar seguro.</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>#</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Conector</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Has room for a newcomer</source>
            <translation>Tiene sitio para una persona recién llegada</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivos</translation>
        </message>
        <message>
            <source>{load} of {capacity}</source>
            <translation>{load} de {capacity}</translation>
        </message>
        <message>
            <source>Newcomers now</source>
            <translation>Personas recién llegadas ahora</translation>
        </message>
        <message>
            <source>Suggested connectors</source>
            <translation>Conectores sugeridos</translation>
        </message>
        <message>
            <source>Best first: the same occupation group counts most, then a related group, a language in common other than Spanish, the same neighbourhood and a way of meeting that fits. Connectors who are inactive, have not agreed to be contacted, have no room for another newcomer or already met this participant are not listed.</source>
            <translation>Los mejores primero: lo que más cuenta es el mismo grupo de ocupación, después un grupo afín, una lengua en común distinta del español, el mismo barrio y una forma de reunirse que encaje. No aparecen los conectores inactivos, los que no han aceptado ser contactados, los que no tienen sitio para otra persona recién llegada ni los que ya conocieron a este/a participante.</translation>
        </message>
        <message>
            <source>No connector can be suggested now: check the connectors' occupation groups, their agreement to be contacted and how many newcomers each can take.</source>
            <translation>Ahora no se puede sugerir ningún conector: revise los grupos de ocupación de los conectores, su acuerdo para ser contactados y cuántas personas recién llegadas puede atender cada uno.</translation>
        </message>
        <message>
            <source>&amp;Start a meeting with this connector</source>
            <translation>&amp;Iniciar un encuentro con este conector</translation>
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
            <translation>&amp;Preguntas en:</translation>
        </message>
        <message>
            <source>{language} (the participant's language)</source>
            <translation>{language} (el idioma del participante)</translation>
        </message>
        <message>
            <source>{language} (your language)</source>
            <translation>{language} (tu idioma)</translation>
        </message>
        <message>
            <source>{language} (the participant's and yours)</source>
            <translation>{language} (el del participante y el tuyo)</translation>
        </message>
        <message>
            <source>{language} (as it was answered)</source>
            <translation>{language} (como se respondió)</translation>
        </message>
        <message>
            <source>Choose a response to see its answers.</source>
            <translation>Elige una respuesta para ver lo que se contestó.</translation>
        </message>
        <message>
            <source>Answered under version {old} of the questionnaire, which is now version {new}: kept as it was given.</source>
            <translation>Respondida con la versión {old} del cuestionario, que ahora está en la versión {new}: se conserva tal como se dio.</translation>
        </message>
        <message>
            <source>Open it to correct an answer.</source>
            <translation>Ábrela para corregir una respuesta.</translation>
        </message>
        <message>
            <source>&amp;Questionnaire:</source>
            <translation>&amp;Formulario:</translation>
        </message>
        <message>
            <source>Questionnaire to answer</source>
            <translation>Cuestionario que responder</translation>
        </message>
        <message>
            <source>&amp;New survey…</source>
            <translation>Respon&amp;der una encuesta…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Survey responses</source>
            <translation>Respuestas a encuestas</translation>
        </message>
        <message>
            <source>Answers of the chosen response</source>
            <translation>Contenido de la respuesta elegida</translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
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
            <translation>El periodo empieza después de terminar: elija una fecha de inicio igual o anterior a la de fin.</translation>
        </message>
        <message>
            <source>Period: {start} to {end}</source>
            <translation>Periodo: del {start} al {end}</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>alcanzado</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>no alcanzado</translation>
        </message>
        <message>
            <source>at least {target}</source>
            <translation>al menos {target}</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Active connectors</source>
            <translation>Conectores activos</translation>
        </message>
        <message>
            <source>Connectors marked active today, whatever the period.</source>
            <translation>Conectores marcados como activos hoy, sea cual sea el periodo.</translation>
        </message>
        <message>
            <source>Newcomers met</source>
            <translation>Personas recién llegadas con encuentro</translation>
        </message>
        <message>
            <source>Say it helped their inclusion</source>
            <translation>Dicen que les ayudó a integrarse</translation>
        </message>
        <message>
            <source>Of the newcomers met who answered the follow-up survey's question "The connector programme helped my inclusion", the share who answered yes (their latest follow-up).</source>
            <translation>De las personas recién llegadas con encuentro que respondieron a la pregunta de la encuesta de seguimiento «El programa de conectores me ha ayudado a integrarme», la proporción que respondió sí (su último seguimiento).</translation>
        </message>
        <message>
            <source>Consider joining an association, the Coexistence Board or the Anti-Rumours network</source>
            <translation>Se plantean unirse a una asociación, a la Mesa por la Convivencia o a la Red Antirrumores</translation>
        </message>
        <message>
            <source>Of the newcomers met who answered the follow-up survey's question about joining a local association, the Coexistence Board or the Anti-Rumours network, the share who answered yes (their latest follow-up).</source>
            <translation>De las personas recién llegadas con encuentro que respondieron a la pregunta de la encuesta de seguimiento sobre unirse a una asociación local, a la Mesa por la Convivencia o a la Red Antirrumores, la proporción que respondió sí (su último seguimiento).</translation>
        </message>
        <message>
            <source>Meetings per newcomer</source>
            <translation>Encuentros por persona recién llegada</translation>
        </message>
        <message>
            <source>Participants with at least one connector meeting held in the period.</source>
            <translation>Participantes con al menos un encuentro con un conector realizado en el periodo.</translation>
        </message>
        <message>
            <source>Connector meetings held in the period divided by the newcomers met.</source>
            <translation>Encuentros con conectores realizados en el periodo divididos entre los recién llegados atendidos.</translation>
        </message>
        <message>
            <source>Referrals per connector</source>
            <translation>Derivaciones por conector</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings divided by the connectors who held those meetings.</source>
            <translation>Derivaciones hechas en los encuentros del periodo divididas entre los conectores que tuvieron esos encuentros.</translation>
        </message>
        <message>
            <source>Referrals that happened</source>
            <translation>Derivaciones realizadas</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings whose introduction took place.</source>
            <translation>Derivaciones hechas en los encuentros del periodo cuya presentación tuvo lugar.</translation>
        </message>
        <message>
            <source>Referrals pending</source>
            <translation>Derivaciones pendientes</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings still waiting for the introduction.</source>
            <translation>Derivaciones hechas en los encuentros del periodo que aún esperan la presentación.</translation>
        </message>
        <message>
            <source>Referrals dropped</source>
            <translation>Derivaciones abandonadas</translation>
        </message>
        <message>
            <source>Referrals made at the period's meetings that were dropped (status Cancelled).</source>
            <translation>Derivaciones hechas en los encuentros del periodo que se abandonaron (estado Cancelada).</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Connector Program</source>
            <translation>Programa de Conectores</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Mostrar</translation>
        </message>
        <message>
            <source>The shares come from the follow-up questionnaire; the period chooses meetings by their date (empty dates: all time).</source>
            <translation>Las proporciones salen del cuestionario de seguimiento; el periodo elige los encuentros por su fecha (fechas vacías: todo el tiempo).</translation>
        </message>
        <message numerus="yes">
            <source>%n newcomer(s) answered</source>
            <translation>
                <numerusform>Respondió %n persona recién llegada</numerusform>
                <numerusform>Respondieron %n personas recién llegadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field}: at most {max} characters.</source>
            <translation>{field}: {max} caracteres como máximo.</translation>
        </message>
        <message>
            <source>{field}: enter a whole number.</source>
            <translation>{field}: introduzca un número entero.</translation>
        </message>
        <message>
            <source>{field}: enter a number.</source>
            <translation>{field}: introduzca un número.</translation>
        </message>
        <message>
            <source>{field}: answer yes or no.</source>
            <translation>{field}: responda sí o no.</translation>
        </message>
        <message>
            <source>{field}: enter a valid date (YYYY-MM-DD).</source>
            <translation>{field}: introduzca una fecha válida (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>{field}: enter a valid date and time.</source>
            <translation>{field}: introduzca una fecha y hora válidas.</translation>
        </message>
        <message>
            <source>{field}: choose one of the listed options.</source>
            <translation>{field}: elija una de las opciones de la lista.</translation>
        </message>
        <message>
            <source>{field}: choose a country from the list.</source>
            <translation>{field}: elija un país de la lista.</translation>
        </message>
        <message>
            <source>{field}: choose a language from the list.</source>
            <translation>{field}: elija un idioma de la lista.</translation>
        </message>
        <message>
            <source>{field}: choose an occupation group from the list.</source>
            <translation>{field}: elija un grupo de ocupación de la lista.</translation>
        </message>
        <message>
            <source>{field}: enter a value from {min} to {max}.</source>
            <translation>{field}: introduzca un valor entre {min} y {max}.</translation>
        </message>
        <message>
            <source>{field}: the value is out of range.</source>
            <translation>{field}: el valor está fuera del intervalo permitido.</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>{field}: campo obligatorio.</translation>
        </message>
        <message>
            <source>Birth date: the date is in the future.</source>
            <translation>Fecha de nacimiento: la fecha es futura.</translation>
        </message>
        <message>
            <source>Birth date: the person would be {age} years old; participants are {min} to {max}.</source>
            <translation>Fecha de nacimiento: la persona tendría {age} años; los participantes tienen entre {min} y {max}.</translation>
        </message>
        <message>
            <source>{field}: the date is before the birth date.</source>
            <translation>{field}: la fecha es anterior a la fecha de nacimiento.</translation>
        </message>
        <message>
            <source>Identity document: choose the type of document.</source>
            <translation>Documento de identidad: elija el tipo de documento.</translation>
        </message>
        <message>
            <source>Document number: not a valid DNI (8 digits and the right check letter).</source>
            <translation>Número de documento: no es un DNI válido (8 cifras y la letra de control correcta).</translation>
        </message>
        <message>
            <source>Document number: not a valid NIE (X, Y or Z, 7 digits and the right check letter).</source>
            <translation>Número de documento: no es un NIE válido (X, Y o Z, 7 cifras y la letra de control correcta).</translation>
        </message>
        <message>
            <source>Document number: a passport number has 5 to 20 letters and digits.</source>
            <translation>Número de documento: un número de pasaporte tiene de 5 a 20 letras y cifras.</translation>
        </message>
        <message>
            <source>Email: enter an address like name@example.org.</source>
            <translation>Correo electrónico: introduzca una dirección como nombre@ejemplo.org.</translation>
        </message>
        <message>
            <source>Phone: not a valid phone number. Write a Spanish number such as 612 34 56 78, or another country's with its code first, such as +33 6 12 34 56 78.</source>
            <translation>Teléfono: no es un número de teléfono válido. Escriba un número español, como 612 34 56 78, o uno de otro país precedido de su prefijo, como +33 6 12 34 56 78.</translation>
        </message>
        <message>
            <source>Employer not in the companies list: the employer is already chosen from the list; leave one of the two empty.</source>
            <translation>Empleador que no está en la lista de empresas: el empleador ya está elegido en la lista; deje vacío uno de los dos.</translation>
        </message>
        <message>
            <source>Next appointment: it must come after the session.</source>
            <translation>Próxima cita: debe ser posterior a la sesión.</translation>
        </message>
        <message>
            <source>Recorded on: the date is in the future.</source>
            <translation>Fecha de grabación: la fecha es futura.</translation>
        </message>
        <message>
            <source>Date: attendance cannot be recorded for a day still to come.</source>
            <translation>Fecha: no se puede registrar la asistencia de un día que aún no ha llegado.</translation>
        </message>
        <message>
            <source>Hours: someone present attended more than 0 hours (or mark them absent).</source>
            <translation>Horas: una persona presente asistió más de 0 horas (si no, márquela como ausente).</translation>
        </message>
        <message>
            <source>Hours: someone absent or excused attended 0 hours.</source>
            <translation>Horas: una persona ausente o con falta justificada asistió 0 horas.</translation>
        </message>
        <message>
            <source>Date: a meeting held cannot be in the future (choose the status Scheduled to plan it).</source>
            <translation>Fecha: un encuentro realizado no puede tener fecha futura (elija el estado Programado para planificarlo).</translation>
        </message>
        <message>
            <source>Why it was dropped: say why the introduction was cancelled.</source>
            <translation>Motivo por el que se abandonó: indique por qué se canceló la presentación.</translation>
        </message>
        <message>
            <source>Date: an introduction cannot be recorded for a day still to come.</source>
            <translation>Fecha: no se puede registrar una presentación en un día que aún no ha llegado.</translation>
        </message>
        <message>
            <source>Association: choose the local association the participant was introduced to.</source>
            <translation>Asociación: elija la asociación local a la que se presentó a la persona participante.</translation>
        </message>
        <message>
            <source>Association: only an introduction to a local association names one (leave it empty, or choose the area A local association).</source>
            <translation>Asociación: solo una presentación a una asociación local la nombra (déjela vacía, o elija el área Una asociación local).</translation>
        </message>
        <message>
            <source>End date: a lab ends after it starts.</source>
            <translation>Fecha de fin: un laboratorio termina después de empezar.</translation>
        </message>
        <message>
            <source>Ended on: the date is before the enrolment.</source>
            <translation>Fecha de finalización: la fecha es anterior a la inscripción.</translation>
        </message>
        <message>
            <source>End date: a placement ends after it starts.</source>
            <translation>Fecha de fin: las prácticas terminan después de empezar.</translation>
        </message>
        <message>
            <source>End date: a job ends after it starts.</source>
            <translation>Fecha de fin: un empleo termina después de empezar.</translation>
        </message>
        <message>
            <source>Withdrawn on: the date is before the consent was given.</source>
            <translation>Fecha de retirada: la fecha es anterior al otorgamiento del consentimiento.</translation>
        </message>
        <message>
            <source>{field}: the record chosen no longer exists.</source>
            <translation>{field}: el registro elegido ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>Waiting</name>
        <message>
            <source>Met on</source>
            <translation>Encuentro el</translation>
        </message>
        <message>
            <source>Days waiting</source>
            <translation>Días de espera</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Conector del encuentro</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Derivado/a a</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Drop the referral</source>
            <translation>Abandonar la derivación</translation>
        </message>
        <message>
            <source>Why will the introduction to {connector} not happen?</source>
            <translation>¿Por qué no tendrá lugar la presentación a {connector}?</translation>
        </message>
        <message>
            <source>Referrals waiting</source>
            <translation>Derivaciones en espera</translation>
        </message>
        <message>
            <source>Pending for more than (&amp;days):</source>
            <translation>Pendientes desde hace más de (&amp;días):</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Mark as &amp;happened</source>
            <translation>Marcar como reali&amp;zada</translation>
        </message>
        <message>
            <source>Dro&amp;pped…</source>
            <translation>A&amp;bandonada…</translation>
        </message>
        <message>
            <source>Double-click a referral (or press Enter) to open the participant's page.</source>
            <translation>Haga doble clic en una derivación (o pulse Intro) para abrir la página del/de la participante.</translation>
        </message>
        <message numerus="yes">
            <source>%n referral(s) waiting</source>
            <translation>
                <numerusform>%n derivación en espera</numerusform>
                <numerusform>%n derivaciones en espera</numerusform>
            </translation>
        </message>
    </context>
</TS>

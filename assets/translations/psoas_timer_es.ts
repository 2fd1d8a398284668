<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppLogic</name>
    <message>
        <source>Cannot open this routine</source>
        <extracomment>``PSOAS_TIMER_AUDIO=off`` runs on visual cues alone, without loading QtMultimedia or a speech engine (the tests set it: those print Qt warnings on machines without sound). The routine selected when none is asked for. Qt platforms without a window manager (tests, smoke runs). ``--tray``: the tray is shown whatever the preference says. Requests of later launches, once listened for (after the first paint). The library changed while a session ran; plan again when it ends. The routine last opened, for planning it again when it is not in the library.</extracomment>
        <translation>No se puede abrir esta rutina</translation>
    </message>
    <message>
        <source>“{id_or_file}” could not be opened. Every problem found:</source>
        <translation>No se pudo abrir «{id_or_file}». Problemas encontrados:</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and load another?</source>
        <translation>Hay una sesión en curso. ¿Detenerla y cargar otra?</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Detenerla</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>¿Detener esta sesión?</translation>
    </message>
    <message>
        <source>Some of your files need attention</source>
        <translation>Algunos de tus archivos necesitan atención</translation>
    </message>
    <message>
        <source>psoas-timer started, but some of your files had problems:</source>
        <translation>psoas-timer se ha iniciado, pero algunos de tus archivos tenían problemas:</translation>
    </message>
</context>
<context>
    <name>AudioCues</name>
    <message>
        <source>no sound ({reason})</source>
        <extracomment>A broken sound effect is recreated before the next cue, but not more often than this. A speech engine that accepted a phrase but never started it is considered idle after this. The Qt resource prefix the sounds are compiled under (``scripts/gen_resources.py``).</extracomment>
        <translation>sin sonido ({reason})</translation>
    </message>
    <message>
        <source>no voice ({reason})</source>
        <translation>sin voz ({reason})</translation>
    </message>
    <message>
        <source>{sound} and {voice}: cues are visual only.</source>
        <translation>{sound} y {voice}: avisos solo visuales.</translation>
    </message>
    <message>
        <source>{sound}: voice cues only.</source>
        <translation>{sound}: solo avisos de voz.</translation>
    </message>
    <message>
        <source>{voice}: beeps only.</source>
        <translation>{voice}: solo pitidos.</translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <source>Breath pacer</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Breathe in as the circle grows, out as it shrinks</source>
        <translation>Inhala cuando el círculo crece, exhala cuando se encoge</translation>
    </message>
</context>
<context>
    <name>CompanionPreferences</name>
    <message>
        <source>Desktop companion</source>
        <translation>Compañero de escritorio</translation>
    </message>
    <message>
        <source>Show an icon in the tray; closing the window keeps it there</source>
        <translation>Mostrar un icono en la bandeja; cerrar la ventana lo deja ahí</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Iniciar al entrar, en la bandeja</translation>
    </message>
    <message>
        <source>Remind me to get off the chair after</source>
        <translation>Recordarme levantarme tras</translation>
    </message>
    <message>
        <source>Minutes of sitting before a reminder</source>
        <translation>Minutos sentado antes de un recordatorio</translation>
    </message>
    <message>
        <source> min of sitting</source>
        <translation> min sentado</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silencio de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation>Bandeja:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation>Sentado:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Los días:</translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante en este paso</translation>
    </message>
</context>
<context>
    <name>DosageEditor</name>
    <message>
        <source>Dosage — {name}</source>
        <translation>Dosificación — {name}</translation>
    </message>
    <message>
        <source>Your values apply to every routine that uses this exercise, unless the routine sets its own. Values you changed are shown in &lt;b&gt;bold&lt;/b&gt;, with the default.</source>
        <translation>Tus valores se aplican a todas las rutinas que usan este ejercicio, salvo que la rutina fije los suyos. Los valores cambiados aparecen en &lt;b&gt;negrita&lt;/b&gt;, con el predeterminado.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>How long to hold the end position.</source>
        <translation>Cuánto tiempo mantener la posición final.</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Mantener durante</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Breath pace for a hold counted in breaths.</source>
        <translation>Ritmo de respiración para un mantenimiento contado en respiraciones.</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Left hold</source>
        <translation>Mantenimiento izquierdo</translation>
    </message>
    <message>
        <source>The hold on the left side.</source>
        <translation>El mantenimiento del lado izquierdo.</translation>
    </message>
    <message>
        <source>Right hold</source>
        <translation>Mantenimiento derecho</translation>
    </message>
    <message>
        <source>The hold on the right side.</source>
        <translation>El mantenimiento del lado derecho.</translation>
    </message>
    <message>
        <source>Reps per side</source>
        <translation>Repeticiones por lado</translation>
    </message>
    <message>
        <source>Repetitions on each side, in every set.</source>
        <translation>Repeticiones por lado en cada serie.</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>How many sets.</source>
        <translation>Cuántas series.</translation>
    </message>
    <message>
        <source>Lift tempo</source>
        <translation>Tempo de subida</translation>
    </message>
    <message>
        <source>Seconds to move into the position.</source>
        <translation>Segundos para llegar a la posición.</translation>
    </message>
    <message>
        <source>Lower tempo</source>
        <translation>Tempo de bajada</translation>
    </message>
    <message>
        <source>Seconds to come back.</source>
        <translation>Segundos para volver.</translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation>Descanso entre repeticiones</translation>
    </message>
    <message>
        <source>A pause after each rep (0 for none).</source>
        <translation>Una pausa tras cada repetición (0 para ninguna).</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>A rest between sets.</source>
        <translation>Un descanso entre series.</translation>
    </message>
    <message>
        <source>Set-up from previous</source>
        <translation>Preparación tras el anterior</translation>
    </message>
    <message>
        <source>Ease-in time</source>
        <extracomment>Labels that read better for a release exercise (a stretch is eased into, not lifted).</extracomment>
        <translation>Tiempo de entrada</translation>
    </message>
    <message>
        <source>Ease-out time</source>
        <translation>Tiempo de salida</translation>
    </message>
    <message>
        <source>Reps</source>
        <extracomment>Keys whose breath-pace step is half a second; other seconds step by one.</extracomment>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>⚠ usual: {usual}</source>
        <translation>⚠ habitual: {usual}</translation>
    </message>
    <message>
        <source>⚠ above the usual {usual} for this exercise</source>
        <translation>⚠ por encima de los {usual} habituales en este ejercicio</translation>
    </message>
    <message>
        <source>⚠ below the usual {usual} for this exercise</source>
        <translation>⚠ por debajo de los {usual} habituales en este ejercicio</translation>
    </message>
    <message>
        <source>Timed in &amp;seconds</source>
        <translation>Cronometrado en &amp;segundos</translation>
    </message>
    <message>
        <source>Counted in &amp;breaths</source>
        <translation>Contado en &amp;respiraciones</translation>
    </message>
    <message>
        <source>Hold timed in seconds</source>
        <translation>Mantenimiento en segundos</translation>
    </message>
    <message>
        <source>Hold counted in breaths</source>
        <translation>Mantenimiento en respiraciones</translation>
    </message>
    <message>
        <source>A &amp;different hold for each side</source>
        <translation>Un mantenimiento &amp;distinto para cada lado</translation>
    </message>
    <message>
        <source>For a tighter or weaker side: hold one side longer than the other. The two holds below then replace the hold above.</source>
        <translation>Para un lado más rígido o más débil: mantén un lado más tiempo que el otro. Los dos mantenimientos de abajo sustituyen entonces al de arriba.</translation>
    </message>
    <message>
        <source>This exercise works both sides at once.</source>
        <translation>Este ejercicio trabaja ambos lados a la vez.</translation>
    </message>
    <message>
        <source>Reps, sets and tempo</source>
        <translation>Repeticiones, series y tempo</translation>
    </message>
    <message>
        <source>Getting ready and rests</source>
        <translation>Preparación y descansos</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Go back to the catalogue&apos;s values for this exercise.</source>
        <translation>Volver a los valores del catálogo para este ejercicio.</translation>
    </message>
    <message>
        <source>Changes cannot be saved: {reason}.</source>
        <translation>Los cambios no se pueden guardar: {reason}.</translation>
    </message>
    <message>
        <source>default: {default_text}</source>
        <translation>predeterminado: {default_text}</translation>
    </message>
    <message>
        <source>changed; default {default_text}</source>
        <translation>cambiado; predeterminado {default_text}</translation>
    </message>
    <message>
        <source>This exercise on its own</source>
        <translation>Este ejercicio solo</translation>
    </message>
    <message>
        <source>keeps its own {fields}</source>
        <translation>conserva sus propios valores de {fields}</translation>
    </message>
    <message>
        <source>{header}&lt;table width=&apos;100%&apos;&gt;{join}&lt;/table&gt;</source>
        <translation>{header}&lt;table width=&apos;100%&apos;&gt;{join}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Total time. {summary}</source>
        <translation>Tiempo total. {summary}</translation>
    </message>
    <message>
        <source>Dosage not saved</source>
        <translation>Dosificación no guardada</translation>
    </message>
    <message>
        <source>The dosage of {name} could not be saved:</source>
        <translation>No se pudo guardar la dosificación de {name}:</translation>
    </message>
</context>
<context>
    <name>FirstRunSheet</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>start, pause or carry on</source>
        <extracomment>How the keys help on the floor: (shortcut name, what it does for you there).</extracomment>
        <translation>iniciar, pausar o continuar</translation>
    </message>
    <message>
        <source>skip ahead</source>
        <translation>avanzar</translation>
    </message>
    <message>
        <source>go back a step</source>
        <translation>volver un paso</translation>
    </message>
    <message>
        <source>focus mode: a big countdown, full screen</source>
        <translation>modo concentración: cuenta atrás grande, pantalla completa</translation>
    </message>
    <message>
        <source>every key</source>
        <translation>todas las teclas</translation>
    </message>
    <message>
        <source>Following a routine from the floor:</source>
        <extracomment>Keys that close the sheet while it has the keyboard. The text is scaled from the window&apos;s font so it reads from the floor.</extracomment>
        <translation>Seguir una rutina desde el suelo:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety.&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Seguridad.&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <source>You can read this again from Help → Safety and first steps.</source>
        <translation>Puedes volver a leer esto en Ayuda → Seguridad y primeros pasos.</translation>
    </message>
    <message>
        <source>I have read this — close (Enter)</source>
        <translation>Lo he leído — cerrar (Intro)</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <source>History restarted</source>
        <extracomment>The module that brings in pyqtgraph; imported on first use or when idle. How long after start-up (or after a session ends) the page module is imported. Why there is no history this run (&quot;&quot; while all is well).</extracomment>
        <translation>Historial reiniciado</translation>
    </message>
    <message>
        <source>History is off</source>
        <translation>Historial desactivado</translation>
    </message>
    <message>
        <source>psoas-timer runs on, but your sessions will not be recorded this time:</source>
        <translation>psoas-timer sigue funcionando, pero esta vez tus sesiones no se registrarán:</translation>
    </message>
    <message>
        <source>History is not available this time.

{problem}</source>
        <translation>El historial no está disponible esta vez.

{problem}</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sesión no guardada</translation>
    </message>
    <message>
        <source>The session runs on, but the history could not be written:</source>
        <translation>La sesión sigue, pero no se pudo escribir el historial:</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Point at a line to see the average hold that day.</source>
        <translation>Señala una línea para ver el mantenimiento medio de ese día.</translation>
    </message>
    <message>
        <source>No sessions yet…</source>
        <translation>Aún no hay sesiones…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>30 days</source>
        <extracomment>Colour-blind-safe line colours (Okabe &amp; Ito), readable on light and dark backgrounds.</extracomment>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>Show the last {span}</source>
        <translation>Mostrar los últimos {span}</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>racha actual</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>racha más larga</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>time exercising</source>
        <translation>tiempo de ejercicio</translation>
    </message>
    <message>
        <source>time holding</source>
        <translation>tiempo de mantenimiento</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minutos por día</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Fortalecimiento</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Which exercises to show</source>
        <translation>Qué ejercicios mostrar</translation>
    </message>
    <message>
        <source>Average hold</source>
        <translation>Mantenimiento medio</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Izquierda y derecha</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>seconds per hold</source>
        <translation>segundos por mantenimiento</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>keep it going</source>
        <translation>sigue así</translation>
    </message>
    <message>
        <source>{finished} finished</source>
        <translation>{finished} terminadas</translation>
    </message>
    <message>
        <source>over {days}</source>
        <translation>en {days}</translation>
    </message>
    <message>
        <source>nothing in this period</source>
        <translation>nada en este periodo</translation>
    </message>
    <message>
        <source>Point at a bar to see that day&apos;s minutes.</source>
        <translation>Señala una barra para ver los minutos de ese día.</translation>
    </message>
    <message>
        <source>No one-sided exercises in this period</source>
        <translation>Ningún ejercicio de un solo lado en este periodo</translation>
    </message>
    <message>
        <source>Left and right are even. Point at a bar for the details.</source>
        <translation>Izquierda y derecha están equilibradas. Señala una barra para ver detalles.</translation>
    </message>
    <message>
        <source>Least even: {exercise}, {left} % left, {right} % right.</source>
        <translation>Menos equilibrado: {exercise}, {left} % izquierda, {right} % derecha.</translation>
    </message>
    <message>
        <source>{day}: no exercise</source>
        <translation>{day}: sin ejercicio</translation>
    </message>
    <message>
        <source>{day}: {minutes} min</source>
        <translation>{day}: {minutes} min</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
</context>
<context>
    <name>ImportErrorDialog</name>
    <message>
        <source>Routine not imported</source>
        <translation>Rutina no importada</translation>
    </message>
    <message>
        <source>{name} could not be imported</source>
        <translation>No se pudo importar {name}</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %n. Nothing was added: fix the file and import it again.</source>
        <translation>
            <numerusform>Problemas encontrados: %n. No se ha añadido nada: corrige el archivo e impórtalo de nuevo.</numerusform>
            <numerusform>Problemas encontrados: %n. No se ha añadido nada: corrige el archivo e impórtalo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} problems in {name}</source>
        <translation>{count} problemas en {name}</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Copiar los problemas</translation>
    </message>
    <message>
        <source>Copy the list, to send to whoever made the file</source>
        <translation>Copiar la lista para enviarla a quien hizo el archivo</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>{n} reps per side</source>
        <extracomment>How each dosage value reads after its number ({n} is the number).</extracomment>
        <translation>{n} repeticiones por lado</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} series</translation>
    </message>
    <message>
        <source>{n} seconds to lift</source>
        <translation>{n} segundos para subir</translation>
    </message>
    <message>
        <source>{n} seconds to hold</source>
        <translation>{n} segundos de mantenimiento</translation>
    </message>
    <message>
        <source>{n} breaths to hold</source>
        <translation>{n} respiraciones de mantenimiento</translation>
    </message>
    <message>
        <source>{n} seconds to lower</source>
        <translation>{n} segundos para bajar</translation>
    </message>
    <message>
        <source>{n} seconds rest between reps</source>
        <translation>{n} segundos de descanso entre repeticiones</translation>
    </message>
    <message>
        <source>{n} seconds to switch sides</source>
        <translation>{n} segundos para cambiar de lado</translation>
    </message>
    <message>
        <source>{n} seconds rest between sets</source>
        <translation>{n} segundos de descanso entre series</translation>
    </message>
    <message>
        <source>{n} seconds to get ready</source>
        <translation>{n} segundos de preparación</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>nivel {level}</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Colocación</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Form checks</source>
        <translation>Controles de postura</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Errores frecuentes</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Cómo notarlo:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Your dosage</source>
        <translation>Tu dosificación</translation>
    </message>
    <message>
        <source>Default dosage</source>
        <translation>Dosificación predeterminada</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety.&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Seguridad.&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Choose an exercise to read about it</source>
        <translation>Elige un ejercicio para leer sobre él</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Ilustración del ejercicio</translation>
    </message>
    <message>
        <source>Key poses of the exercise</source>
        <translation>Posturas clave del ejercicio</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Sobre este ejercicio</translation>
    </message>
    <message>
        <source>Start this exercise</source>
        <translation>Iniciar este ejercicio</translation>
    </message>
    <message>
        <source>Load this exercise on its own and start it</source>
        <translation>Cargar solo este ejercicio e iniciarlo</translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation>Editar dosificación…</translation>
    </message>
    <message>
        <source>Edit dosage</source>
        <translation>Editar dosificación</translation>
    </message>
    <message>
        <source>Change the holds, reps, sets and rests of this exercise in every routine</source>
        <translation>Cambiar mantenimientos, repeticiones, series y descansos de este ejercicio en todas las rutinas</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>Iniciar {name}</translation>
    </message>
    <message>
        <source>{name}: {keyframe} pose</source>
        <translation>{name}: postura {keyframe}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <extracomment>The tabs, in order. Set by the companion: whether closing an idle window hides it into the tray. The object acting on this window&apos;s requests (kept alive with the window).</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <extracomment>The control buttons: (action name, objectName, accessible name).</extracomment>
        <translation>Iniciar o pausar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Saltar paso</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Saltar ejercicio</translation>
    </message>
    <message>
        <source>Add 10 seconds</source>
        <translation>Añadir 10 segundos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <extracomment>Menu actions that have no key of their own: (name, text, status tip).</extracomment>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Every exercise with its how-to and form checks</source>
        <translation>Cada ejercicio con su explicación y controles de postura</translation>
    </message>
    <message>
        <source>Your sessions, streak and progress</source>
        <translation>Tus sesiones, racha y progreso</translation>
    </message>
    <message>
        <source>Edit routines…</source>
        <translation>Editar rutinas…</translation>
    </message>
    <message>
        <source>Make, copy, rename and change routines</source>
        <translation>Crear, copiar, renombrar y cambiar rutinas</translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation>Editar dosificación…</translation>
    </message>
    <message>
        <source>Holds, reps, sets and rests of the current exercise</source>
        <translation>Mantenimientos, repeticiones, series y descansos del ejercicio actual</translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation>Importar rutina…</translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation>Añadir una rutina desde un archivo .toml</translation>
    </message>
    <message>
        <source>Export routine…</source>
        <translation>Exportar rutina…</translation>
    </message>
    <message>
        <source>Save the current routine to a .toml file</source>
        <translation>Guardar la rutina actual en un archivo .toml</translation>
    </message>
    <message>
        <source>Safety and first steps</source>
        <translation>Seguridad y primeros pasos</translation>
    </message>
    <message>
        <source>The safety note, and the keys to use from the floor</source>
        <translation>El aviso de seguridad y las teclas para usar desde el suelo</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation>El sonido está apagado</translation>
    </message>
    <message>
        <source>Sound and voice cues are muted; press M to unmute</source>
        <translation>Los avisos de sonido y voz están silenciados; pulsa M para activarlos</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About psoas-timer</source>
        <translation>Acerca de psoas-timer</translation>
    </message>
    <message>
        <source>Unmute sound</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;psoas-timer {version}&lt;/h3&gt;&lt;p&gt;A guided timer for psoas strengthening and release exercises.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety.&lt;/b&gt; {note}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;psoas-timer {version}&lt;/h3&gt;&lt;p&gt;Un temporizador guiado para ejercicios de fortalecimiento y liberación del psoas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seguridad.&lt;/b&gt; {note}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and quit?</source>
        <translation>Hay una sesión en curso. ¿Detenerla y salir?</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Detener y salir</translation>
    </message>
</context>
<context>
    <name>OverrideRow</name>
    <message>
        <source>Use default</source>
        <translation>Usar predeterminado</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>No exercise selected</source>
        <translation>Ningún ejercicio elegido</translation>
    </message>
    <message>
        <source>Pose: {what}</source>
        <extracomment>The figure with its motion arrow: what :meth:`PoseView.current_drawing` reports. The figure alone, shared by the movement both ways (see :meth:`PoseView._body`). The arrow alone, in the direction of travel (``None``: holding still or arriving). What is shown, unmirrored (``_mirrored`` says which way it is painted). The figures, per exercise, pose pair in the library&apos;s order and position. Painted figures (see :meth:`_picture`), oldest first, and their bytes.</extracomment>
        <translation>Postura: {what}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Beeps</source>
        <translation>Pitidos</translation>
    </message>
    <message>
        <source>Short sounds only</source>
        <translation>Solo sonidos cortos</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Spoken steps and cues only</source>
        <translation>Solo pasos y avisos hablados</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Sounds and spoken steps</source>
        <translation>Sonidos y pasos hablados</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Sound notice</source>
        <translation>Aviso de sonido</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Mute all sound and voice (M)</source>
        <translation>Silenciar todo el sonido y la voz (M)</translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before a hold or rest ends</source>
        <translation>Tictac 3, 2, 1 antes de que acabe un mantenimiento o descanso</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>Cues:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Cuenta atrás:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <source>Takes effect when psoas-timer starts again.</source>
        <translation>Se aplica la próxima vez que se inicie psoas-timer.</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>&lt;b&gt;{summary}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{summary}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time to get off the chair</source>
        <translation>Hora de levantarse de la silla</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>En 10 minutos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>{body} Click to start.</source>
        <extracomment>How soon to ask again when the desktop says &quot;do not disturb&quot;. The longest single wait; QTimer takes 32-bit milliseconds.</extracomment>
        <translation>{body} Haz clic para empezar.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation>Crear una rutina nueva</translation>
    </message>
    <message>
        <source>Save a copy of the selected routine that you can edit</source>
        <translation>Guardar una copia editable de la rutina seleccionada</translation>
    </message>
    <message>
        <source>Change the name shown; the routine&apos;s id stays the same</source>
        <translation>Cambia el nombre mostrado; el id de la rutina no cambia</translation>
    </message>
    <message>
        <source>Delete the selected routine (a backup file is kept)</source>
        <translation>Eliminar la rutina seleccionada (se guarda una copia)</translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation>Añadir una rutina desde un archivo .toml</translation>
    </message>
    <message>
        <source>Save the selected routine as a .toml file to share</source>
        <translation>Guardar la rutina seleccionada como archivo .toml para compartir</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Descripción de la rutina</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>E&amp;xercises, in order (drag to reorder)</source>
        <translation>E&amp;jercicios, en orden (arrastra para reordenar)</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Ejercicios de esta rutina</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Ejercicio que añadir</translation>
    </message>
    <message>
        <source>{name} ({category}, level {level})</source>
        <translation>{name} ({category}, nivel {level})</translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation>&amp;Añadir ejercicio</translation>
    </message>
    <message>
        <source>Add the chosen exercise after the selected one</source>
        <translation>Añadir el ejercicio elegido tras el seleccionado</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Ctrl+Up)</source>
        <translation>Adelantar el ejercicio seleccionado (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Ctrl+Down)</source>
        <translation>Retrasar el ejercicio seleccionado (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Take the selected exercise out of this routine</source>
        <translation>Quitar el ejercicio seleccionado de esta rutina</translation>
    </message>
    <message>
        <source>This exercise in this routine</source>
        <translation>Este ejercicio en esta rutina</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s dosage for &amp;all</source>
        <translation>Usar la dosificación del ejercicio para &amp;todo</translation>
    </message>
    <message>
        <source>Drop every value this routine sets for this exercise</source>
        <translation>Quitar todos los valores que esta rutina fija para este ejercicio</translation>
    </message>
    <message>
        <source>Edit the exercise&apos;s dosage…</source>
        <translation>Editar la dosificación del ejercicio…</translation>
    </message>
    <message>
        <source>Change this exercise&apos;s values for every routine (the dosage editor)</source>
        <translation>Cambiar los valores de este ejercicio en todas las rutinas (editor de dosificación)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}  (incluida)</translation>
    </message>
    <message>
        <source>Built-in: read-only. Duplicate it to make your own copy.</source>
        <translation>Incluida: solo lectura. Duplícala para tener tu propia copia.</translation>
    </message>
    <message>
        <source>Your routine (id: {id})</source>
        <translation>Tu rutina (id: {id})</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes. Throw them away?</source>
        <translation>«{name}» tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>This built-in routine is read-only. Duplicate it to make a copy you can edit.</source>
        <translation>Esta rutina incluida es de solo lectura. Duplícala para tener una copia editable.</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <source>Total time {total}</source>
        <translation>Tiempo total {total}</translation>
    </message>
    <message>
        <source>own: {values}</source>
        <extracomment>The order the per-block dosage rows are shown in.</extracomment>
        <translation>propios: {values}</translation>
    </message>
    <message>
        <source>Routines — {name}{star}</source>
        <translation>Rutinas — {name}{star}</translation>
    </message>
    <message>
        <source>Select an exercise to see its values.</source>
        <translation>Selecciona un ejercicio para ver sus valores.</translation>
    </message>
    <message>
        <source>{name} in this routine</source>
        <translation>{name} en esta rutina</translation>
    </message>
    <message>
        <source>Values in &lt;b&gt;bold&lt;/b&gt; are this routine&apos;s own. The others follow the exercise&apos;s dosage, so they change when you edit it; “Use default” goes back to it.</source>
        <translation>Los valores en &lt;b&gt;negrita&lt;/b&gt; son propios de esta rutina. Los demás siguen la dosificación del ejercicio y cambian cuando la editas; «Usar predeterminado» vuelve a ella.</translation>
    </message>
    <message>
        <source>Use the default {field}</source>
        <translation>Usar el valor predeterminado: {field}</translation>
    </message>
    <message>
        <source>default: {base_text}</source>
        <translation>predeterminado: {base_text}</translation>
    </message>
    <message>
        <source>not used: hold in breaths</source>
        <translation>sin uso: mantenimiento en respiraciones</translation>
    </message>
    <message>
        <source>not used: hold in seconds</source>
        <translation>sin uso: mantenimiento en segundos</translation>
    </message>
    <message>
        <source>this routine&apos;s own value</source>
        <translation>valor propio de esta rutina</translation>
    </message>
    <message>
        <source>follows the exercise&apos;s dosage</source>
        <translation>sigue la dosificación del ejercicio</translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation>Rutina no guardada</translation>
    </message>
    <message>
        <source>“{name}” was not saved:</source>
        <translation>«{name}» no se ha guardado:</translation>
    </message>
    <message>
        <source>Routine saved</source>
        <translation>Rutina guardada</translation>
    </message>
    <message>
        <source>Changes thrown away.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>Routine not created</source>
        <translation>Rutina no creada</translation>
    </message>
    <message>
        <source>Routine not copied</source>
        <translation>Rutina no copiada</translation>
    </message>
    <message>
        <source>Routine not renamed</source>
        <translation>Rutina no renombrada</translation>
    </message>
    <message>
        <source>Renamed to “{name}” (id {id}).</source>
        <translation>Renombrada a «{name}» (id {id}).</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? A backup of its file is kept.</source>
        <translation>¿Eliminar la rutina «{name}»? Se guarda una copia de su archivo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Routine not deleted</source>
        <translation>Rutina no eliminada</translation>
    </message>
    <message>
        <source>Deleted “{name}”.{where}</source>
        <translation>«{name}» eliminada.{where}</translation>
    </message>
    <message>
        <source>Exporting the saved version; unsaved changes are not in it.</source>
        <translation>Se exporta la versión guardada; los cambios sin guardar no están incluidos.</translation>
    </message>
    <message>
        <source>Exported to {written}.</source>
        <translation>Exportada a {written}.</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Strengthen</source>
        <translation>Fortalecer</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>no props</source>
        <translation>sin accesorios</translation>
    </message>
    <message>
        <source>Routines and exercises</source>
        <extracomment>Space between an item&apos;s edge and its text: what Qt&apos;s common and Fusion styles leave (the focus frame&apos;s margin plus one). Keys the window handles (shortcuts), which the tree must not swallow.</extracomment>
        <translation>Rutinas y ejercicios</translation>
    </message>
    <message>
        <source>Choose a routine or a single exercise; double-click or Enter starts it</source>
        <translation>Elige una rutina o un ejercicio; doble clic o Intro lo inicia</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Level {level} · {props}</source>
        <translation>Nivel {level} · {props}</translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation>Editar dosificación…</translation>
    </message>
    <message>
        <source>Edit routine…</source>
        <translation>Editar rutina…</translation>
    </message>
    <message>
        <source>Open in routine editor…</source>
        <translation>Abrir en el editor de rutinas…</translation>
    </message>
    <message>
        <source>Edit dosage</source>
        <translation>Editar dosificación</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Where did you feel it?</source>
        <translation>¿Dónde lo has notado?</translation>
    </message>
</context>
<context>
    <name>SelfCheckPrompt</name>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Don&apos;t answer this time (Esc)</source>
        <translation>No responder esta vez (Esc)</translation>
    </message>
    <message>
        <source>{answer} (key {number})</source>
        <translation>{answer} (tecla {number})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>After {exercise_name}. Optional: one click, or skip.</source>
        <translation>Después de {exercise_name}. Opcional: un clic, o sáltalo.</translation>
    </message>
    <message>
        <source>You felt it: {answer}</source>
        <translation>Lo notaste: {answer}</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Left side</source>
        <extracomment>The phases in which the figure moves; it holds still in the others. Positions are taken this far (in positions) short of halfway between two, and the next frame is due half as far short: rounding in the clock&apos;s arithmetic cannot leave a frame that is due showing the last position. Share of the window height for each text; the countdown&apos;s digits (ink, not line box) are at least a fifth of the window. Never smaller than the system font times this. Translated where shown (:func:`side_text`); left and right are the body&apos;s.</extracomment>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>{exercise} — done</source>
        <translation>{exercise} — hecho</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Ejercicio {number} de {count}</translation>
    </message>
    <message>
        <source>{exercise} next</source>
        <translation>{exercise} a continuación</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 serie</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} series</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 repetición</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} repeticiones</translation>
    </message>
    <message>
        <source>{reps} each side</source>
        <translation>{reps} por lado</translation>
    </message>
    <message>
        <source>{exercise} · {sets} of {reps}</source>
        <translation>{exercise} · {sets} de {reps}</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Serie {number}</translation>
    </message>
    <message>
        <source>Rep {number} of {count}</source>
        <translation>Rep. {number} de {count}</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Otro lado</translation>
    </message>
    <message>
        <source>{set} · {side} next</source>
        <translation>{set} · después {side}</translation>
    </message>
    <message>
        <source>Set {number} of {count} done</source>
        <translation>Serie {number} de {count} hecha</translation>
    </message>
    <message>
        <source>{set} · {rep} done</source>
        <translation>{set} · {rep} hecha</translation>
    </message>
    <message>
        <source>Next: finished, well done</source>
        <translation>Siguiente: terminado, bien hecho</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Siguiente: {exercise}</translation>
    </message>
    <message>
        <source>Next: {step} ({duration})</source>
        <translation>Siguiente: {step} ({duration})</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Paused — press Space to resume</source>
        <extracomment>Focus mode has room to spare: everything it shows grows by this much. The step title&apos;s text while paused.</extracomment>
        <translation>En pausa — pulsa Espacio para seguir</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dónde estás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Elapsed 0:00:00</source>
        <translation>Transcurrido 0:00:00</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Remaining 0:00:00</source>
        <translation>Restante 0:00:00</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>{phase}: {step}. {breath}.</source>
        <translation>{phase}: {step}. {breath}.</translation>
    </message>
    <message>
        <source>Elapsed {clock}</source>
        <translation>Transcurrido {clock}</translation>
    </message>
    <message>
        <source>Remaining {clock}</source>
        <translation>Restante {clock}</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Archivos de rutina (*.toml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Iniciar, pausar o seguir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back: restart this step, or go to the one before</source>
        <translation>Atrás: reiniciar este paso o volver al anterior</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Pasar al siguiente paso</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Saltar ejercicio</translation>
    </message>
    <message>
        <source>Skip the rest of this exercise</source>
        <translation>Saltar el resto de este ejercicio</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add 10 seconds to this hold or rest</source>
        <translation>Añadir 10 segundos a este mantenimiento o descanso</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the session (asks first); leaves focus mode</source>
        <translation>Detener la sesión (pregunta antes); sale del modo concentración</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Modo concentración</translation>
    </message>
    <message>
        <source>Focus mode: full screen, only what you need</source>
        <translation>Modo concentración: pantalla completa, solo lo necesario</translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute or unmute the sound and voice cues</source>
        <translation>Silenciar o activar los avisos de sonido y voz</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Preferences: volume, beeps or voice, ticks</source>
        <translation>Preferencias: volumen, pitidos o voz, tictac</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Next page: Library, History</source>
        <translation>Página siguiente: Biblioteca, Historial</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Show all keyboard shortcuts</source>
        <translation>Mostrar todos los atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Form checks</source>
        <extracomment>The figure&apos;s share of the side panel&apos;s height, in per cent (the checks below get the rest). The moving figure&apos;s step, positions and position last shown (see :meth:`_frame`).</extracomment>
        <translation>Controles de postura</translation>
    </message>
    <message>
        <source>What to check in this phase; timed cues light up when due</source>
        <translation>Qué comprobar en esta fase; los avisos temporizados se encienden a su hora</translation>
    </message>
    <message>
        <source>At {time}: {cue}</source>
        <translation>A los {time}: {cue}</translation>
    </message>
    <message>
        <source>Watch out: {mistake}</source>
        <translation>Cuidado: {mistake}</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Lo que has hecho</translation>
    </message>
    <message>
        <source>{exercise}: {sets} × {reps} each side</source>
        <translation>{exercise}: {sets} × {reps} por lado</translation>
    </message>
    <message>
        <source>{exercise}: {sets} × {reps}</source>
        <translation>{exercise}: {sets} × {reps}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Progress through the routine</source>
        <translation>Progreso en la rutina</translation>
    </message>
    <message>
        <source>Every step of the routine, coloured by phase; the line marks now</source>
        <translation>Cada paso de la rutina, coloreado por fase; la línea marca el ahora</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <extracomment>The coloured bands, drawn once per timeline, size and palette.</extracomment>
        <translation>Paso {number} de {count}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>This desktop has no system tray (no status notifier host), so the app cannot stay in it.</source>
        <extracomment>Offered first when the user has no favourite yet.</extracomment>
        <translation>Este escritorio no tiene bandeja del sistema (ningún host de notificaciones), así que la aplicación no puede quedarse en ella.</translation>
    </message>
    <message>
        <source>Psoas Timer</source>
        <translation>Psoas Timer</translation>
    </message>
    <message>
        <source>Start another routine</source>
        <translation>Iniciar otra rutina</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Open Psoas Timer</source>
        <translation>Abrir Psoas Timer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Sube</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Last rep</source>
        <translation>Última repetición</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Siguiente ejercicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Ease in</source>
        <translation>Entra suave</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estira</translation>
    </message>
    <message>
        <source>Ease out</source>
        <translation>Sal suave</translation>
    </message>
    <message>
        <source>Inhale as you lift</source>
        <translation>Inhala al subir</translation>
    </message>
    <message>
        <source>Exhale as you lift</source>
        <translation>Exhala al subir</translation>
    </message>
    <message>
        <source>Inhale as you lower</source>
        <translation>Inhala al bajar</translation>
    </message>
    <message>
        <source>Exhale as you lower</source>
        <translation>Exhala al bajar</translation>
    </message>
    <message>
        <source>Inhale as you hold</source>
        <translation>Inhala mientras mantienes</translation>
    </message>
    <message>
        <source>Exhale as you hold</source>
        <translation>Exhala mientras mantienes</translation>
    </message>
    <message>
        <source>Inhale as you ease in</source>
        <translation>Inhala al entrar</translation>
    </message>
    <message>
        <source>Exhale as you ease in</source>
        <translation>Exhala al entrar</translation>
    </message>
    <message>
        <source>Inhale as you ease out</source>
        <translation>Inhala al salir</translation>
    </message>
    <message>
        <source>Exhale as you ease out</source>
        <translation>Exhala al salir</translation>
    </message>
    <message>
        <source>Inhale as you move</source>
        <translation>Inhala al moverte</translation>
    </message>
    <message>
        <source>Exhale as you move</source>
        <translation>Exhala al moverte</translation>
    </message>
    <message>
        <source>Settle in and breathe easily</source>
        <translation>Acomódate y respira con calma</translation>
    </message>
    <message>
        <source>Breathe slowly and steadily</source>
        <translation>Respira lenta y regularmente</translation>
    </message>
    <message>
        <source>Rest and breathe easily</source>
        <translation>Descansa y respira con calma</translation>
    </message>
    <message>
        <source>Breathe easily as you switch sides</source>
        <translation>Respira con calma al cambiar de lado</translation>
    </message>
    <message>
        <source>Breathe easily as you set up</source>
        <translation>Respira con calma mientras te colocas</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} s, out for {exhale} s</source>
        <translation>Inhala {inhale} s, exhala {exhale} s</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <source>Rest — breathe easily</source>
        <translation>Descansa — respira con calma</translation>
    </message>
    <message>
        <source>Rest — set {n} of {m} next</source>
        <translation>Descansa — luego serie {n} de {m}</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Respira con calma</translation>
    </message>
    <message>
        <source>Set {n} of {m} next</source>
        <translation>Luego serie {n} de {m}</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>inhala</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>exhala</translation>
    </message>
    <message>
        <source>breathe {inhale} in, {exhale} out</source>
        <translation>inhala {inhale}, exhala {exhale}</translation>
    </message>
    <message>
        <source>breathe steadily</source>
        <translation>respira con calma</translation>
    </message>
    <message>
        <source>Deep in the hip crease</source>
        <translation>En lo profundo del pliegue de la cadera</translation>
    </message>
    <message>
        <source>Front of the thigh</source>
        <translation>Parte delantera del muslo</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Nothing special</source>
        <translation>Nada en especial</translation>
    </message>
    <message>
        <source>That&apos;s the right spot</source>
        <translation>Ese es el sitio</translation>
    </message>
    <message>
        <source>Let the hip do the work</source>
        <translation>Deja que trabaje la cadera</translation>
    </message>
    <message>
        <source>Protect your lower back</source>
        <translation>Protege tu zona lumbar</translation>
    </message>
    <message>
        <source>Good, keep going</source>
        <translation>Bien, sigue así</translation>
    </message>
    <message>
        <source>Feeling it deep in the hip crease means the psoas is doing the work. Keep moving slowly and breathing steadily.</source>
        <translation>Sentirlo en lo profundo del pliegue de la cadera significa que el psoas está trabajando. Sigue moviéndote despacio y respirando con calma.</translation>
    </message>
    <message>
        <source>The deep hip flexors are quiet workers, so it can take a few sessions to notice them. Move slowly and think of the effort starting at the hip crease.</source>
        <translation>Los flexores profundos de la cadera trabajan en silencio; pueden hacer falta unas sesiones para notarlos. Muévete despacio y piensa que el esfuerzo nace en el pliegue de la cadera.</translation>
    </message>
    <message>
        <source>Ready for {name}?</source>
        <translation>¿Te animas con {name}?</translation>
    </message>
    <message>
        <source>{name}: hold {seconds} s?</source>
        <translation>{name}: ¿mantener {seconds} s?</translation>
    </message>
    <message>
        <source>{name}: {n} sets?</source>
        <translation>{name}: ¿{n} series?</translation>
    </message>
    <message>
        <source>{name}: {n} reps?</source>
        <translation>{name}: ¿{n} repeticiones?</translation>
    </message>
    <message>
        <source>You did {name} completely {n} sessions in a row and felt it deep in the hip crease.</source>
        <translation>Has hecho {name} completo {n} sesiones seguidas y lo has sentido en lo profundo del pliegue de la cadera.</translation>
    </message>
    <message>
        <source>Try holding {value} s instead of {current} s.</source>
        <translation>Prueba a mantener {value} s en lugar de {current} s.</translation>
    </message>
    <message>
        <source>Try {value} reps instead of {current}.</source>
        <translation>Prueba {value} repeticiones en lugar de {current}.</translation>
    </message>
    <message>
        <source>Try {value} sets instead of {current}.</source>
        <translation>Prueba {value} series en lugar de {current}.</translation>
    </message>
    <message>
        <source>You are at the top of its range; {next} is the next step when you feel ready. Add it to your routine.</source>
        <translation>Estás en lo más alto del rango habitual; {next} es el siguiente paso cuando te veas con fuerzas. Añádelo a tu rutina.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Punto máximo</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>mat</source>
        <translation>esterilla</translation>
    </message>
    <message>
        <source>table</source>
        <translation>mesa</translation>
    </message>
    <message>
        <source>stability ball</source>
        <translation>fitball</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>pared</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>nivel {level}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>tuya</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>secs</source>
        <translation>s</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ser</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep</translation>
    </message>
    <message>
        <source>breath</source>
        <translation>respiración</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>Total: {clock} ({seconds} s)</source>
        <translation>Total: {clock} ({seconds} s)</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>subida</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>bajada</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>cambio de lado</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>transición</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>strengthen</source>
        <translation>fortalecer</translation>
    </message>
    <message>
        <source>release</source>
        <translation>liberar</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>paced</source>
        <translation>pautada</translation>
    </message>
</context>
<context>
    <name>WatchOutNote</name>
    <message>
        <source>Watch out</source>
        <extracomment>The height asked for, per width, text shown, font and margins: a new step asks again for every label it changes, and Qt lays out wrapped text afresh each time it is asked. The tallest of the texts, per width inside the margins and font. Each text&apos;s (width, height) unwrapped, per font: a text no wider than the label is that tall whatever the width, so only the texts wider than it are laid out again for each width the layout asks about.</extracomment>
        <translation>Cuidado</translation>
    </message>
</context>
<context>
    <name>dosage_editor</name>
    <message>
        <source>A hold counted in breaths instead of seconds.</source>
        <translation>Un mantenimiento contado en respiraciones en lugar de segundos.</translation>
    </message>
    <message>
        <source>Time to get into position before the first set.</source>
        <translation>Tiempo para colocarse antes de la primera serie.</translation>
    </message>
    <message>
        <source>Time to change sides, when all reps of one side come first.</source>
        <translation>Tiempo para cambiar de lado cuando todas las repeticiones de un lado van primero.</translation>
    </message>
    <message>
        <source>Time to set up when this exercise follows another.</source>
        <translation>Tiempo para prepararse cuando este ejercicio sigue a otro.</translation>
    </message>
    <message>
        <source> breath</source>
        <translation> respiración</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> respiraciones</translation>
    </message>
    <message>
        <source>{help} Between {bounds}{unit}.</source>
        <translation>{help} Entre {bounds}{unit}.</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <source>Routine not imported</source>
        <translation>Rutina no importada</translation>
    </message>
    <message>
        <source>{name} could not be imported; nothing was added.</source>
        <translation>No se pudo importar {name}; no se ha añadido nada.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Nothing was added:</source>
        <translation>No se ha añadido nada:</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Rutina no exportada</translation>
    </message>
    <message>
        <source>Routine exported</source>
        <translation>Rutina exportada</translation>
    </message>
    <message>
        <source>{written} was replaced; the file it replaced is kept as {kept_copy}.</source>
        <translation>{written} se ha sustituido; el archivo anterior se guarda como {kept_copy}.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Rutina importada</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exportar una rutina</translation>
    </message>
</context>
</TS>

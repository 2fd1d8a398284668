<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppLogic</name>
    <message>
        <source>Cannot open this routine</source>
        <extracomment>``PSOAS_TIMER_AUDIO=off`` runs on visual cues alone, without loading QtMultimedia or a speech engine (the tests set it: those print Qt warnings on machines without sound). The routine selected when none is asked for. Qt platforms without a window manager (tests, smoke runs). ``--tray``: the tray is shown whatever the preference says. Requests of later launches, once listened for (after the first paint). The library changed while a session ran; plan again when it ends. The routine last opened, for planning it again when it is not in the library.</extracomment>
        <translation>Diese Routine lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>“{id_or_file}” could not be opened. Every problem found:</source>
        <translation>„{id_or_file}“ konnte nicht geöffnet werden. Alle gefundenen Probleme:</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and load another?</source>
        <translation>Eine Einheit läuft. Beenden und eine andere laden?</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Diese Einheit beenden?</translation>
    </message>
    <message>
        <source>Some of your files need attention</source>
        <translation>Einige deiner Dateien brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>psoas-timer started, but some of your files had problems:</source>
        <translation>psoas-timer ist gestartet, aber einige deiner Dateien hatten Probleme:</translation>
    </message>
</context>
<context>
    <name>AudioCues</name>
    <message>
        <source>no sound ({reason})</source>
        <extracomment>A broken sound effect is recreated before the next cue, but not more often than this. A speech engine that accepted a phrase but never started it is considered idle after this. The Qt resource prefix the sounds are compiled under (``scripts/gen_resources.py``).</extracomment>
        <translation>kein Ton ({reason})</translation>
    </message>
    <message>
        <source>no voice ({reason})</source>
        <translation>keine Stimme ({reason})</translation>
    </message>
    <message>
        <source>{sound} and {voice}: cues are visual only.</source>
        <translation>{sound} und {voice}: Hinweise nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>{sound}: voice cues only.</source>
        <translation>{sound}: nur Sprachhinweise.</translation>
    </message>
    <message>
        <source>{voice}: beeps only.</source>
        <translation>{voice}: nur Töne.</translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <source>Breath pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
    <message>
        <source>Breathe in as the circle grows, out as it shrinks</source>
        <translation>Einatmen, wenn der Kreis wächst, ausatmen, wenn er schrumpft</translation>
    </message>
</context>
<context>
    <name>CompanionPreferences</name>
    <message>
        <source>Desktop companion</source>
        <translation>Desktop-Begleiter</translation>
    </message>
    <message>
        <source>Show an icon in the tray; closing the window keeps it there</source>
        <translation>Symbol im Infobereich zeigen; beim Schließen des Fensters läuft die App dort weiter</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <source>Remind me to get off the chair after</source>
        <translation>Erinnere mich ans Aufstehen nach</translation>
    </message>
    <message>
        <source>Minutes of sitting before a reminder</source>
        <translation>Minuten Sitzen bis zur Erinnerung</translation>
    </message>
    <message>
        <source> min of sitting</source>
        <translation> Min. Sitzen</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhe von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation>Infobereich:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation>Sitzen:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>DosageEditor</name>
    <message>
        <source>Dosage — {name}</source>
        <translation>Dosierung — {name}</translation>
    </message>
    <message>
        <source>Your values apply to every routine that uses this exercise, unless the routine sets its own. Values you changed are shown in &lt;b&gt;bold&lt;/b&gt;, with the default.</source>
        <translation>Deine Werte gelten in jeder Routine mit dieser Übung, außer die Routine legt eigene fest. Geänderte Werte stehen in &lt;b&gt;Fettschrift&lt;/b&gt;, mit dem Standardwert.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>How long to hold the end position.</source>
        <translation>Wie lange die Endposition gehalten wird.</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Halten für</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breath pace for a hold counted in breaths.</source>
        <translation>Atemtempo für ein Halten, das in Atemzügen zählt.</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Left hold</source>
        <translation>Halten links</translation>
    </message>
    <message>
        <source>The hold on the left side.</source>
        <translation>Das Halten auf der linken Seite.</translation>
    </message>
    <message>
        <source>Right hold</source>
        <translation>Halten rechts</translation>
    </message>
    <message>
        <source>The hold on the right side.</source>
        <translation>Das Halten auf der rechten Seite.</translation>
    </message>
    <message>
        <source>Reps per side</source>
        <translation>Wiederholungen pro Seite</translation>
    </message>
    <message>
        <source>Repetitions on each side, in every set.</source>
        <translation>Wiederholungen pro Seite in jedem Satz.</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>How many sets.</source>
        <translation>Wie viele Sätze.</translation>
    </message>
    <message>
        <source>Lift tempo</source>
        <translation>Hebetempo</translation>
    </message>
    <message>
        <source>Seconds to move into the position.</source>
        <translation>Sekunden, um in die Position zu kommen.</translation>
    </message>
    <message>
        <source>Lower tempo</source>
        <translation>Senktempo</translation>
    </message>
    <message>
        <source>Seconds to come back.</source>
        <translation>Sekunden für den Rückweg.</translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation>Pause zwischen Wiederholungen</translation>
    </message>
    <message>
        <source>A pause after each rep (0 for none).</source>
        <translation>Eine Pause nach jeder Wiederholung (0 für keine).</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <source>A rest between sets.</source>
        <translation>Eine Pause zwischen den Sätzen.</translation>
    </message>
    <message>
        <source>Set-up from previous</source>
        <translation>Einrichten nach der vorigen</translation>
    </message>
    <message>
        <source>Ease-in time</source>
        <extracomment>Labels that read better for a release exercise (a stretch is eased into, not lifted).</extracomment>
        <translation>Zeit zum Hineingehen</translation>
    </message>
    <message>
        <source>Ease-out time</source>
        <translation>Zeit zum Herausgehen</translation>
    </message>
    <message>
        <source>Reps</source>
        <extracomment>Keys whose breath-pace step is half a second; other seconds step by one.</extracomment>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>⚠ usual: {usual}</source>
        <translation>⚠ üblich: {usual}</translation>
    </message>
    <message>
        <source>⚠ above the usual {usual} for this exercise</source>
        <translation>⚠ über den üblichen {usual} für diese Übung</translation>
    </message>
    <message>
        <source>⚠ below the usual {usual} for this exercise</source>
        <translation>⚠ unter den üblichen {usual} für diese Übung</translation>
    </message>
    <message>
        <source>Timed in &amp;seconds</source>
        <translation>In &amp;Sekunden gemessen</translation>
    </message>
    <message>
        <source>Counted in &amp;breaths</source>
        <translation>In &amp;Atemzügen gezählt</translation>
    </message>
    <message>
        <source>Hold timed in seconds</source>
        <translation>Halten in Sekunden</translation>
    </message>
    <message>
        <source>Hold counted in breaths</source>
        <translation>Halten in Atemzügen</translation>
    </message>
    <message>
        <source>A &amp;different hold for each side</source>
        <translation>Für jede Seite eine &amp;eigene Haltezeit</translation>
    </message>
    <message>
        <source>For a tighter or weaker side: hold one side longer than the other. The two holds below then replace the hold above.</source>
        <translation>Für eine verspanntere oder schwächere Seite: eine Seite länger halten als die andere. Die beiden Haltezeiten unten ersetzen dann die oben.</translation>
    </message>
    <message>
        <source>This exercise works both sides at once.</source>
        <translation>Diese Übung arbeitet mit beiden Seiten zugleich.</translation>
    </message>
    <message>
        <source>Reps, sets and tempo</source>
        <translation>Wiederholungen, Sätze und Tempo</translation>
    </message>
    <message>
        <source>Getting ready and rests</source>
        <translation>Vorbereitung und Pausen</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the catalogue&apos;s values for this exercise.</source>
        <translation>Zu den Katalogwerten dieser Übung zurückkehren.</translation>
    </message>
    <message>
        <source>Changes cannot be saved: {reason}.</source>
        <translation>Änderungen können nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>default: {default_text}</source>
        <translation>Standard: {default_text}</translation>
    </message>
    <message>
        <source>changed; default {default_text}</source>
        <translation>geändert; Standard {default_text}</translation>
    </message>
    <message>
        <source>This exercise on its own</source>
        <translation>Diese Übung allein</translation>
    </message>
    <message>
        <source>keeps its own {fields}</source>
        <translation>behält eigene Werte für {fields}</translation>
    </message>
    <message>
        <source>{header}&lt;table width=&apos;100%&apos;&gt;{join}&lt;/table&gt;</source>
        <translation>{header}&lt;table width=&apos;100%&apos;&gt;{join}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Total time. {summary}</source>
        <translation>Gesamtzeit. {summary}</translation>
    </message>
    <message>
        <source>Dosage not saved</source>
        <translation>Dosierung nicht gespeichert</translation>
    </message>
    <message>
        <source>The dosage of {name} could not be saved:</source>
        <translation>Die Dosierung von {name} konnte nicht gespeichert werden:</translation>
    </message>
</context>
<context>
    <name>FirstRunSheet</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <source>start, pause or carry on</source>
        <extracomment>How the keys help on the floor: (shortcut name, what it does for you there).</extracomment>
        <translation>starten, pausieren oder weitermachen</translation>
    </message>
    <message>
        <source>skip ahead</source>
        <translation>vorspringen</translation>
    </message>
    <message>
        <source>go back a step</source>
        <translation>einen Schritt zurück</translation>
    </message>
    <message>
        <source>focus mode: a big countdown, full screen</source>
        <translation>Fokusmodus: großer Countdown, Vollbild</translation>
    </message>
    <message>
        <source>every key</source>
        <translation>alle Tasten</translation>
    </message>
    <message>
        <source>Following a routine from the floor:</source>
        <extracomment>Keys that close the sheet while it has the keyboard. The text is scaled from the window&apos;s font so it reads from the floor.</extracomment>
        <translation>Eine Routine vom Boden aus steuern:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety.&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Sicherheit.&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <source>You can read this again from Help → Safety and first steps.</source>
        <translation>Du kannst das unter Hilfe → Sicherheit und erste Schritte erneut lesen.</translation>
    </message>
    <message>
        <source>I have read this — close (Enter)</source>
        <translation>Gelesen — schließen (Eingabe)</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <source>History restarted</source>
        <extracomment>The module that brings in pyqtgraph; imported on first use or when idle. How long after start-up (or after a session ends) the page module is imported. Why there is no history this run (&quot;&quot; while all is well).</extracomment>
        <translation>Verlauf neu begonnen</translation>
    </message>
    <message>
        <source>History is off</source>
        <translation>Verlauf ist aus</translation>
    </message>
    <message>
        <source>psoas-timer runs on, but your sessions will not be recorded this time:</source>
        <translation>psoas-timer läuft weiter, aber deine Einheiten werden diesmal nicht aufgezeichnet:</translation>
    </message>
    <message>
        <source>History is not available this time.

{problem}</source>
        <translation>Der Verlauf ist diesmal nicht verfügbar.

{problem}</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Einheit nicht gespeichert</translation>
    </message>
    <message>
        <source>The session runs on, but the history could not be written:</source>
        <translation>Die Einheit läuft weiter, aber der Verlauf konnte nicht geschrieben werden:</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Point at a line to see the average hold that day.</source>
        <translation>Auf eine Linie zeigen, um die durchschnittliche Haltezeit dieses Tages zu sehen.</translation>
    </message>
    <message>
        <source>No sessions yet…</source>
        <translation>Noch keine Einheiten…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>30 days</source>
        <extracomment>Colour-blind-safe line colours (Okabe &amp; Ito), readable on light and dark backgrounds.</extracomment>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} Std. {minutes:02d} Min.</translation>
    </message>
    <message>
        <source>Show the last {span}</source>
        <translation>Die letzten {span} zeigen</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuelle Serie</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>time exercising</source>
        <translation>Übungszeit</translation>
    </message>
    <message>
        <source>time holding</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Kräftigung</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Which exercises to show</source>
        <translation>Welche Übungen gezeigt werden</translation>
    </message>
    <message>
        <source>Average hold</source>
        <translation>Durchschnittliche Haltezeit</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Links und rechts</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds per hold</source>
        <translation>Sekunden pro Halten</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>keep it going</source>
        <translation>weiter so</translation>
    </message>
    <message>
        <source>{finished} finished</source>
        <translation>{finished} abgeschlossen</translation>
    </message>
    <message>
        <source>over {days}</source>
        <translation>über {days}</translation>
    </message>
    <message>
        <source>nothing in this period</source>
        <translation>nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Point at a bar to see that day&apos;s minutes.</source>
        <translation>Auf einen Balken zeigen, um die Minuten dieses Tages zu sehen.</translation>
    </message>
    <message>
        <source>No one-sided exercises in this period</source>
        <translation>Keine einseitigen Übungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Left and right are even. Point at a bar for the details.</source>
        <translation>Links und rechts sind ausgeglichen. Auf einen Balken zeigen für Einzelheiten.</translation>
    </message>
    <message>
        <source>Least even: {exercise}, {left} % left, {right} % right.</source>
        <translation>Am ungleichsten: {exercise}, {left} % links, {right} % rechts.</translation>
    </message>
    <message>
        <source>{day}: no exercise</source>
        <translation>{day}: keine Übung</translation>
    </message>
    <message>
        <source>{day}: {minutes} min</source>
        <translation>{day}: {minutes} Min.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
</context>
<context>
    <name>ImportErrorDialog</name>
    <message>
        <source>Routine not imported</source>
        <translation>Routine nicht importiert</translation>
    </message>
    <message>
        <source>{name} could not be imported</source>
        <translation>{name} konnte nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %n. Nothing was added: fix the file and import it again.</source>
        <translation>
            <numerusform>Gefundene Probleme: %n. Nichts wurde hinzugefügt: Datei korrigieren und erneut importieren.</numerusform>
            <numerusform>Gefundene Probleme: %n. Nichts wurde hinzugefügt: Datei korrigieren und erneut importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} problems in {name}</source>
        <translation>{count} Probleme in {name}</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>Probleme &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the list, to send to whoever made the file</source>
        <translation>Liste kopieren, um sie an die Person zu schicken, die die Datei erstellt hat</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>{n} reps per side</source>
        <extracomment>How each dosage value reads after its number ({n} is the number).</extracomment>
        <translation>{n} Wiederholungen pro Seite</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} Sätze</translation>
    </message>
    <message>
        <source>{n} seconds to lift</source>
        <translation>{n} Sekunden Heben</translation>
    </message>
    <message>
        <source>{n} seconds to hold</source>
        <translation>{n} Sekunden Halten</translation>
    </message>
    <message>
        <source>{n} breaths to hold</source>
        <translation>{n} Atemzüge Halten</translation>
    </message>
    <message>
        <source>{n} seconds to lower</source>
        <translation>{n} Sekunden Senken</translation>
    </message>
    <message>
        <source>{n} seconds rest between reps</source>
        <translation>{n} Sekunden Pause zwischen Wiederholungen</translation>
    </message>
    <message>
        <source>{n} seconds to switch sides</source>
        <translation>{n} Sekunden für den Seitenwechsel</translation>
    </message>
    <message>
        <source>{n} seconds rest between sets</source>
        <translation>{n} Sekunden Pause zwischen Sätzen</translation>
    </message>
    <message>
        <source>{n} seconds to get ready</source>
        <translation>{n} Sekunden Vorbereitung</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Form checks</source>
        <translation>Formkontrollen</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Erkennen:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>Your dosage</source>
        <translation>Deine Dosierung</translation>
    </message>
    <message>
        <source>Default dosage</source>
        <translation>Standarddosierung</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety.&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Sicherheit.&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Choose an exercise to read about it</source>
        <translation>Übung wählen, um mehr darüber zu lesen</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <source>Key poses of the exercise</source>
        <translation>Schlüsselhaltungen der Übung</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <source>Start this exercise</source>
        <translation>Diese Übung starten</translation>
    </message>
    <message>
        <source>Load this exercise on its own and start it</source>
        <translation>Nur diese Übung laden und starten</translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation>Dosierung bearbeiten…</translation>
    </message>
    <message>
        <source>Edit dosage</source>
        <translation>Dosierung bearbeiten</translation>
    </message>
    <message>
        <source>Change the holds, reps, sets and rests of this exercise in every routine</source>
        <translation>Halten, Wiederholungen, Sätze und Pausen dieser Übung in allen Routinen ändern</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>{name} starten</translation>
    </message>
    <message>
        <source>{name}: {keyframe} pose</source>
        <translation>{name}: Haltung {keyframe}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <extracomment>The tabs, in order. Set by the companion: whether closing an idle window hides it into the tray. The object acting on this window&apos;s requests (kept alive with the window).</extracomment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <extracomment>The control buttons: (action name, objectName, accessible name).</extracomment>
        <translation>Starten oder pausieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Übung überspringen</translation>
    </message>
    <message>
        <source>Add 10 seconds</source>
        <translation>10 Sekunden hinzufügen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <extracomment>Menu actions that have no key of their own: (name, text, status tip).</extracomment>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Every exercise with its how-to and form checks</source>
        <translation>Jede Übung mit Anleitung und Formkontrollen</translation>
    </message>
    <message>
        <source>Your sessions, streak and progress</source>
        <translation>Deine Einheiten, Serie und Fortschritte</translation>
    </message>
    <message>
        <source>Edit routines…</source>
        <translation>Routinen bearbeiten…</translation>
    </message>
    <message>
        <source>Make, copy, rename and change routines</source>
        <translation>Routinen anlegen, kopieren, umbenennen und ändern</translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation>Dosierung bearbeiten…</translation>
    </message>
    <message>
        <source>Holds, reps, sets and rests of the current exercise</source>
        <translation>Halten, Wiederholungen, Sätze und Pausen der aktuellen Übung</translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation>Routine importieren…</translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation>Eine Routine aus einer .toml-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Export routine…</source>
        <translation>Routine exportieren…</translation>
    </message>
    <message>
        <source>Save the current routine to a .toml file</source>
        <translation>Die aktuelle Routine in eine .toml-Datei speichern</translation>
    </message>
    <message>
        <source>Safety and first steps</source>
        <translation>Sicherheit und erste Schritte</translation>
    </message>
    <message>
        <source>The safety note, and the keys to use from the floor</source>
        <translation>Der Sicherheitshinweis und die Tasten für den Boden</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation>Ton ist aus</translation>
    </message>
    <message>
        <source>Sound and voice cues are muted; press M to unmute</source>
        <translation>Ton- und Sprachhinweise sind stumm; M schaltet sie wieder ein</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About psoas-timer</source>
        <translation>Über psoas-timer</translation>
    </message>
    <message>
        <source>Unmute sound</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;psoas-timer {version}&lt;/h3&gt;&lt;p&gt;A guided timer for psoas strengthening and release exercises.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety.&lt;/b&gt; {note}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;psoas-timer {version}&lt;/h3&gt;&lt;p&gt;Ein geführter Timer für Kräftigungs- und Lösungsübungen des Psoas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sicherheit.&lt;/b&gt; {note}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and quit?</source>
        <translation>Eine Einheit läuft. Beenden und das Programm schließen?</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Beenden und schließen</translation>
    </message>
</context>
<context>
    <name>OverrideRow</name>
    <message>
        <source>Use default</source>
        <translation>Standard verwenden</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>No exercise selected</source>
        <translation>Keine Übung gewählt</translation>
    </message>
    <message>
        <source>Pose: {what}</source>
        <extracomment>The figure with its motion arrow: what :meth:`PoseView.current_drawing` reports. The figure alone, shared by the movement both ways (see :meth:`PoseView._body`). The arrow alone, in the direction of travel (``None``: holding still or arriving). What is shown, unmirrored (``_mirrored`` says which way it is painted). The figures, per exercise, pose pair in the library&apos;s order and position. Painted figures (see :meth:`_picture`), oldest first, and their bytes.</extracomment>
        <translation>Haltung: {what}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Beeps</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Short sounds only</source>
        <translation>Nur kurze Töne</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Spoken steps and cues only</source>
        <translation>Nur gesprochene Schritte und Hinweise</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>Sounds and spoken steps</source>
        <translation>Töne und gesprochene Schritte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound notice</source>
        <translation>Tonhinweis</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Mute all sound and voice (M)</source>
        <translation>Alle Töne und die Stimme stumm (M)</translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before a hold or rest ends</source>
        <translation>3, 2, 1 ticken, bevor Halten oder Pause endet</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Cues:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Countdown:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <source>Takes effect when psoas-timer starts again.</source>
        <translation>Gilt ab dem nächsten Start von psoas-timer.</translation>
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
        <translation>Zeit, vom Stuhl aufzustehen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>{body} Click to start.</source>
        <extracomment>How soon to ask again when the desktop says &quot;do not disturb&quot;. The longest single wait; QTimer takes 32-bit milliseconds.</extracomment>
        <translation>{body} Zum Starten klicken.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation>Eine neue Routine anlegen</translation>
    </message>
    <message>
        <source>Save a copy of the selected routine that you can edit</source>
        <translation>Eine bearbeitbare Kopie der markierten Routine speichern</translation>
    </message>
    <message>
        <source>Change the name shown; the routine&apos;s id stays the same</source>
        <translation>Ändert den angezeigten Namen; die ID der Routine bleibt gleich</translation>
    </message>
    <message>
        <source>Delete the selected routine (a backup file is kept)</source>
        <translation>Markierte Routine löschen (eine Sicherungsdatei bleibt erhalten)</translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation>Eine Routine aus einer .toml-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Save the selected routine as a .toml file to share</source>
        <translation>Die markierte Routine als .toml-Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Beschreibung der Routine</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>E&amp;xercises, in order (drag to reorder)</source>
        <translation>Ü&amp;bungen, in Reihenfolge (ziehen zum Umordnen)</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Übungen in dieser Routine</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Hinzuzufügende Übung</translation>
    </message>
    <message>
        <source>{name} ({category}, level {level})</source>
        <translation>{name} ({category}, Stufe {level})</translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation>Übung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen exercise after the selected one</source>
        <translation>Die gewählte Übung nach der markierten einfügen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Ctrl+Up)</source>
        <translation>Markierte Übung nach vorn (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Ctrl+Down)</source>
        <translation>Markierte Übung nach hinten (Strg+Runter)</translation>
    </message>
    <message>
        <source>Take the selected exercise out of this routine</source>
        <translation>Die markierte Übung aus dieser Routine nehmen</translation>
    </message>
    <message>
        <source>This exercise in this routine</source>
        <translation>Diese Übung in dieser Routine</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s dosage for &amp;all</source>
        <translation>Dosierung der Übung für &amp;alle verwenden</translation>
    </message>
    <message>
        <source>Drop every value this routine sets for this exercise</source>
        <translation>Alle Werte entfernen, die diese Routine für diese Übung festlegt</translation>
    </message>
    <message>
        <source>Edit the exercise&apos;s dosage…</source>
        <translation>Dosierung der Übung bearbeiten…</translation>
    </message>
    <message>
        <source>Change this exercise&apos;s values for every routine (the dosage editor)</source>
        <translation>Die Werte dieser Übung für alle Routinen ändern (Dosierungs-Editor)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}  (mitgeliefert)</translation>
    </message>
    <message>
        <source>Built-in: read-only. Duplicate it to make your own copy.</source>
        <translation>Mitgeliefert: schreibgeschützt. Dupliziere sie für eine eigene Kopie.</translation>
    </message>
    <message>
        <source>Your routine (id: {id})</source>
        <translation>Deine Routine (ID: {id})</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes. Throw them away?</source>
        <translation>„{name}“ hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>This built-in routine is read-only. Duplicate it to make a copy you can edit.</source>
        <translation>Diese mitgelieferte Routine ist schreibgeschützt. Dupliziere sie für eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Gesamt: {total}</translation>
    </message>
    <message>
        <source>Total time {total}</source>
        <translation>Gesamtzeit {total}</translation>
    </message>
    <message>
        <source>own: {values}</source>
        <extracomment>The order the per-block dosage rows are shown in.</extracomment>
        <translation>eigene: {values}</translation>
    </message>
    <message>
        <source>Routines — {name}{star}</source>
        <translation>Routinen — {name}{star}</translation>
    </message>
    <message>
        <source>Select an exercise to see its values.</source>
        <translation>Übung markieren, um ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>{name} in this routine</source>
        <translation>{name} in dieser Routine</translation>
    </message>
    <message>
        <source>Values in &lt;b&gt;bold&lt;/b&gt; are this routine&apos;s own. The others follow the exercise&apos;s dosage, so they change when you edit it; “Use default” goes back to it.</source>
        <translation>Werte in &lt;b&gt;Fettschrift&lt;/b&gt; gehören nur zu dieser Routine. Die übrigen folgen der Dosierung der Übung und ändern sich mit ihr; „Standard verwenden“ kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Use the default {field}</source>
        <translation>Standardwert für {field} verwenden</translation>
    </message>
    <message>
        <source>default: {base_text}</source>
        <translation>Standard: {base_text}</translation>
    </message>
    <message>
        <source>not used: hold in breaths</source>
        <translation>nicht genutzt: Halten in Atemzügen</translation>
    </message>
    <message>
        <source>not used: hold in seconds</source>
        <translation>nicht genutzt: Halten in Sekunden</translation>
    </message>
    <message>
        <source>this routine&apos;s own value</source>
        <translation>eigener Wert dieser Routine</translation>
    </message>
    <message>
        <source>follows the exercise&apos;s dosage</source>
        <translation>folgt der Dosierung der Übung</translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation>Routine nicht gespeichert</translation>
    </message>
    <message>
        <source>“{name}” was not saved:</source>
        <translation>„{name}“ wurde nicht gespeichert:</translation>
    </message>
    <message>
        <source>Routine saved</source>
        <translation>Routine gespeichert</translation>
    </message>
    <message>
        <source>Changes thrown away.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Routine not created</source>
        <translation>Routine nicht angelegt</translation>
    </message>
    <message>
        <source>Routine not copied</source>
        <translation>Routine nicht kopiert</translation>
    </message>
    <message>
        <source>Routine not renamed</source>
        <translation>Routine nicht umbenannt</translation>
    </message>
    <message>
        <source>Renamed to “{name}” (id {id}).</source>
        <translation>Umbenannt in „{name}“ (ID {id}).</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? A backup of its file is kept.</source>
        <translation>Routine „{name}“ löschen? Eine Sicherung der Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Routine not deleted</source>
        <translation>Routine nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted “{name}”.{where}</source>
        <translation>„{name}“ gelöscht.{where}</translation>
    </message>
    <message>
        <source>Exporting the saved version; unsaved changes are not in it.</source>
        <translation>Die gespeicherte Fassung wird exportiert; ungespeicherte Änderungen fehlen darin.</translation>
    </message>
    <message>
        <source>Exported to {written}.</source>
        <translation>Exportiert nach {written}.</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Strengthen</source>
        <translation>Kräftigen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>no props</source>
        <translation>kein Zubehör</translation>
    </message>
    <message>
        <source>Routines and exercises</source>
        <extracomment>Space between an item&apos;s edge and its text: what Qt&apos;s common and Fusion styles leave (the focus frame&apos;s margin plus one). Keys the window handles (shortcuts), which the tree must not swallow.</extracomment>
        <translation>Routinen und Übungen</translation>
    </message>
    <message>
        <source>Choose a routine or a single exercise; double-click or Enter starts it</source>
        <translation>Routine oder einzelne Übung wählen; Doppelklick oder Eingabe startet sie</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Level {level} · {props}</source>
        <translation>Stufe {level} · {props}</translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation>Dosierung bearbeiten…</translation>
    </message>
    <message>
        <source>Edit routine…</source>
        <translation>Routine bearbeiten…</translation>
    </message>
    <message>
        <source>Open in routine editor…</source>
        <translation>Im Routinen-Editor öffnen…</translation>
    </message>
    <message>
        <source>Edit dosage</source>
        <translation>Dosierung bearbeiten</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Where did you feel it?</source>
        <translation>Wo hast du es gespürt?</translation>
    </message>
</context>
<context>
    <name>SelfCheckPrompt</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Don&apos;t answer this time (Esc)</source>
        <translation>Diesmal nicht antworten (Esc)</translation>
    </message>
    <message>
        <source>{answer} (key {number})</source>
        <translation>{answer} (Taste {number})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>After {exercise_name}. Optional: one click, or skip.</source>
        <translation>Nach {exercise_name}. Freiwillig: ein Klick, oder überspringen.</translation>
    </message>
    <message>
        <source>You felt it: {answer}</source>
        <translation>Gespürt: {answer}</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Left side</source>
        <extracomment>The phases in which the figure moves; it holds still in the others. Positions are taken this far (in positions) short of halfway between two, and the next frame is due half as far short: rounding in the clock&apos;s arithmetic cannot leave a frame that is due showing the last position. Share of the window height for each text; the countdown&apos;s digits (ink, not line box) are at least a fifth of the window. Never smaller than the system font times this. Translated where shown (:func:`side_text`); left and right are the body&apos;s.</extracomment>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>{exercise} — done</source>
        <translation>{exercise} — geschafft</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
    <message>
        <source>{exercise} next</source>
        <translation>{exercise} als Nächstes</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 Satz</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} Sätze</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} Wiederholungen</translation>
    </message>
    <message>
        <source>{reps} each side</source>
        <translation>{reps} pro Seite</translation>
    </message>
    <message>
        <source>{exercise} · {sets} of {reps}</source>
        <translation>{exercise} · {sets} à {reps}</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <source>Rep {number} of {count}</source>
        <translation>Wdh. {number} von {count}</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Andere Seite</translation>
    </message>
    <message>
        <source>{set} · {side} next</source>
        <translation>{set} · als Nächstes {side}</translation>
    </message>
    <message>
        <source>Set {number} of {count} done</source>
        <translation>Satz {number} von {count} geschafft</translation>
    </message>
    <message>
        <source>{set} · {rep} done</source>
        <translation>{set} · {rep} geschafft</translation>
    </message>
    <message>
        <source>Next: finished, well done</source>
        <translation>Als Nächstes: fertig, gut gemacht</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Als Nächstes: {exercise}</translation>
    </message>
    <message>
        <source>Next: {step} ({duration})</source>
        <translation>Als Nächstes: {step} ({duration})</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Paused — press Space to resume</source>
        <extracomment>Focus mode has room to spare: everything it shows grows by this much. The step title&apos;s text while paused.</extracomment>
        <translation>Pausiert — Leertaste zum Fortsetzen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Wo du gerade bist</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Elapsed 0:00:00</source>
        <translation>Vergangen 0:00:00</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Remaining 0:00:00</source>
        <translation>Verbleibend 0:00:00</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>{phase}: {step}. {breath}.</source>
        <translation>{phase}: {step}. {breath}.</translation>
    </message>
    <message>
        <source>Elapsed {clock}</source>
        <translation>Vergangen {clock}</translation>
    </message>
    <message>
        <source>Remaining {clock}</source>
        <translation>Verbleibend {clock}</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Routinedateien (*.toml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back: restart this step, or go to the one before</source>
        <translation>Zurück: diesen Schritt neu beginnen oder zum vorigen gehen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Übung überspringen</translation>
    </message>
    <message>
        <source>Skip the rest of this exercise</source>
        <translation>Den Rest dieser Übung überspringen</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add 10 seconds to this hold or rest</source>
        <translation>10 Sekunden zu diesem Halten oder dieser Pause hinzufügen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session (asks first); leaves focus mode</source>
        <translation>Einheit beenden (fragt vorher); verlässt den Fokusmodus</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Fokusmodus</translation>
    </message>
    <message>
        <source>Focus mode: full screen, only what you need</source>
        <translation>Fokusmodus: Vollbild, nur das Nötigste</translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Mute or unmute the sound and voice cues</source>
        <translation>Ton- und Sprachhinweise stumm oder laut schalten</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Preferences: volume, beeps or voice, ticks</source>
        <translation>Einstellungen: Lautstärke, Töne oder Stimme, Ticken</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Next page: Library, History</source>
        <translation>Nächste Seite: Bibliothek, Verlauf</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Show all keyboard shortcuts</source>
        <translation>Alle Tastenkürzel zeigen</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Form checks</source>
        <extracomment>The figure&apos;s share of the side panel&apos;s height, in per cent (the checks below get the rest). The moving figure&apos;s step, positions and position last shown (see :meth:`_frame`).</extracomment>
        <translation>Formkontrollen</translation>
    </message>
    <message>
        <source>What to check in this phase; timed cues light up when due</source>
        <translation>Worauf in dieser Phase zu achten ist; zeitgesteuerte Hinweise leuchten auf, wenn sie fällig sind</translation>
    </message>
    <message>
        <source>At {time}: {cue}</source>
        <translation>Bei {time}: {cue}</translation>
    </message>
    <message>
        <source>Watch out: {mistake}</source>
        <translation>Achtung: {mistake}</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was du gemacht hast</translation>
    </message>
    <message>
        <source>{exercise}: {sets} × {reps} each side</source>
        <translation>{exercise}: {sets} × {reps} pro Seite</translation>
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
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt in der Routine</translation>
    </message>
    <message>
        <source>Every step of the routine, coloured by phase; the line marks now</source>
        <translation>Jeder Schritt der Routine, nach Phase gefärbt; die Linie zeigt das Jetzt</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <extracomment>The coloured bands, drawn once per timeline, size and palette.</extracomment>
        <translation>Schritt {number} von {count}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>This desktop has no system tray (no status notifier host), so the app cannot stay in it.</source>
        <extracomment>Offered first when the user has no favourite yet.</extracomment>
        <translation>Dieser Desktop hat keinen Infobereich (kein Status-Notifier-Host), daher kann das Programm nicht dort bleiben.</translation>
    </message>
    <message>
        <source>Psoas Timer</source>
        <translation>Psoas Timer</translation>
    </message>
    <message>
        <source>Start another routine</source>
        <translation>Eine andere Routine starten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Open Psoas Timer</source>
        <translation>Psoas Timer öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Heben</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Senken</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Last rep</source>
        <translation>Letzte Wiederholung</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Ease in</source>
        <translation>Sanft hinein</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Ease out</source>
        <translation>Sanft heraus</translation>
    </message>
    <message>
        <source>Inhale as you lift</source>
        <translation>Einatmen beim Heben</translation>
    </message>
    <message>
        <source>Exhale as you lift</source>
        <translation>Ausatmen beim Heben</translation>
    </message>
    <message>
        <source>Inhale as you lower</source>
        <translation>Einatmen beim Senken</translation>
    </message>
    <message>
        <source>Exhale as you lower</source>
        <translation>Ausatmen beim Senken</translation>
    </message>
    <message>
        <source>Inhale as you hold</source>
        <translation>Einatmen beim Halten</translation>
    </message>
    <message>
        <source>Exhale as you hold</source>
        <translation>Ausatmen beim Halten</translation>
    </message>
    <message>
        <source>Inhale as you ease in</source>
        <translation>Einatmen beim Hineingehen</translation>
    </message>
    <message>
        <source>Exhale as you ease in</source>
        <translation>Ausatmen beim Hineingehen</translation>
    </message>
    <message>
        <source>Inhale as you ease out</source>
        <translation>Einatmen beim Herausgehen</translation>
    </message>
    <message>
        <source>Exhale as you ease out</source>
        <translation>Ausatmen beim Herausgehen</translation>
    </message>
    <message>
        <source>Inhale as you move</source>
        <translation>Einatmen bei der Bewegung</translation>
    </message>
    <message>
        <source>Exhale as you move</source>
        <translation>Ausatmen bei der Bewegung</translation>
    </message>
    <message>
        <source>Settle in and breathe easily</source>
        <translation>Ankommen und locker atmen</translation>
    </message>
    <message>
        <source>Breathe slowly and steadily</source>
        <translation>Langsam und gleichmäßig atmen</translation>
    </message>
    <message>
        <source>Rest and breathe easily</source>
        <translation>Ausruhen und locker atmen</translation>
    </message>
    <message>
        <source>Breathe easily as you switch sides</source>
        <translation>Locker atmen beim Seitenwechsel</translation>
    </message>
    <message>
        <source>Breathe easily as you set up</source>
        <translation>Locker atmen, während du dich einrichtest</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} s, out for {exhale} s</source>
        <translation>{inhale} s einatmen, {exhale} s ausatmen</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Rest — breathe easily</source>
        <translation>Ausruhen — locker atmen</translation>
    </message>
    <message>
        <source>Rest — set {n} of {m} next</source>
        <translation>Ausruhen — gleich Satz {n} von {m}</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Routine abgeschlossen</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Locker atmen</translation>
    </message>
    <message>
        <source>Set {n} of {m} next</source>
        <translation>Gleich Satz {n} von {m}</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <source>breathe {inhale} in, {exhale} out</source>
        <translation>{inhale} ein, {exhale} aus</translation>
    </message>
    <message>
        <source>breathe steadily</source>
        <translation>ruhig atmen</translation>
    </message>
    <message>
        <source>Deep in the hip crease</source>
        <translation>Tief in der Hüftbeuge</translation>
    </message>
    <message>
        <source>Front of the thigh</source>
        <translation>Vorderseite des Oberschenkels</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Nothing special</source>
        <translation>Nichts Besonderes</translation>
    </message>
    <message>
        <source>That&apos;s the right spot</source>
        <translation>Genau die richtige Stelle</translation>
    </message>
    <message>
        <source>Let the hip do the work</source>
        <translation>Lass die Hüfte arbeiten</translation>
    </message>
    <message>
        <source>Protect your lower back</source>
        <translation>Schütze deinen unteren Rücken</translation>
    </message>
    <message>
        <source>Good, keep going</source>
        <translation>Gut, mach weiter</translation>
    </message>
    <message>
        <source>Feeling it deep in the hip crease means the psoas is doing the work. Keep moving slowly and breathing steadily.</source>
        <translation>Spürst du es tief in der Hüftbeuge, arbeitet der Psoas. Bewege dich weiter langsam und atme ruhig.</translation>
    </message>
    <message>
        <source>The deep hip flexors are quiet workers, so it can take a few sessions to notice them. Move slowly and think of the effort starting at the hip crease.</source>
        <translation>Die tiefen Hüftbeuger arbeiten leise; es kann ein paar Einheiten dauern, bis du sie spürst. Bewege dich langsam und lass die Kraft in der Hüftbeuge beginnen.</translation>
    </message>
    <message>
        <source>Ready for {name}?</source>
        <translation>Bereit für {name}?</translation>
    </message>
    <message>
        <source>{name}: hold {seconds} s?</source>
        <translation>{name}: {seconds} s halten?</translation>
    </message>
    <message>
        <source>{name}: {n} sets?</source>
        <translation>{name}: {n} Sätze?</translation>
    </message>
    <message>
        <source>{name}: {n} reps?</source>
        <translation>{name}: {n} Wiederholungen?</translation>
    </message>
    <message>
        <source>You did {name} completely {n} sessions in a row and felt it deep in the hip crease.</source>
        <translation>Du hast {name} {n} Einheiten in Folge vollständig gemacht und es tief in der Hüftbeuge gespürt.</translation>
    </message>
    <message>
        <source>Try holding {value} s instead of {current} s.</source>
        <translation>Versuch, {value} s statt {current} s zu halten.</translation>
    </message>
    <message>
        <source>Try {value} reps instead of {current}.</source>
        <translation>Versuch {value} Wiederholungen statt {current}.</translation>
    </message>
    <message>
        <source>Try {value} sets instead of {current}.</source>
        <translation>Versuch {value} Sätze statt {current}.</translation>
    </message>
    <message>
        <source>You are at the top of its range; {next} is the next step when you feel ready. Add it to your routine.</source>
        <translation>Du bist am oberen Ende des üblichen Bereichs; {next} ist der nächste Schritt, wenn du bereit bist. Nimm sie in deine Routine auf.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Höhepunkt</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>stability ball</source>
        <translation>Gymnastikball</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>secs</source>
        <translation>Sek.</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>Wdh</translation>
    </message>
    <message>
        <source>breath</source>
        <translation>Atem</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Total: {clock} ({seconds} s)</source>
        <translation>Gesamt: {clock} ({seconds} s)</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>Heben</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>Senken</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>strengthen</source>
        <translation>kräftigen</translation>
    </message>
    <message>
        <source>release</source>
        <translation>lösen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>paced</source>
        <translation>getaktet</translation>
    </message>
</context>
<context>
    <name>WatchOutNote</name>
    <message>
        <source>Watch out</source>
        <extracomment>The height asked for, per width, text shown, font and margins: a new step asks again for every label it changes, and Qt lays out wrapped text afresh each time it is asked. The tallest of the texts, per width inside the margins and font. Each text&apos;s (width, height) unwrapped, per font: a text no wider than the label is that tall whatever the width, so only the texts wider than it are laid out again for each width the layout asks about.</extracomment>
        <translation>Achtung</translation>
    </message>
</context>
<context>
    <name>dosage_editor</name>
    <message>
        <source>A hold counted in breaths instead of seconds.</source>
        <translation>Eine Haltezeit in Atemzügen statt Sekunden.</translation>
    </message>
    <message>
        <source>Time to get into position before the first set.</source>
        <translation>Zeit, um vor dem ersten Satz in Position zu kommen.</translation>
    </message>
    <message>
        <source>Time to change sides, when all reps of one side come first.</source>
        <translation>Zeit für den Seitenwechsel, wenn erst alle Wiederholungen einer Seite kommen.</translation>
    </message>
    <message>
        <source>Time to set up when this exercise follows another.</source>
        <translation>Zeit zum Einrichten, wenn diese Übung auf eine andere folgt.</translation>
    </message>
    <message>
        <source> breath</source>
        <translation> Atemzug</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> Atemzüge</translation>
    </message>
    <message>
        <source>{help} Between {bounds}{unit}.</source>
        <translation>{help} Zwischen {bounds}{unit}.</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <source>Routine not imported</source>
        <translation>Routine nicht importiert</translation>
    </message>
    <message>
        <source>{name} could not be imported; nothing was added.</source>
        <translation>{name} konnte nicht importiert werden; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Nothing was added:</source>
        <translation>Nichts wurde hinzugefügt:</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Routine nicht exportiert</translation>
    </message>
    <message>
        <source>Routine exported</source>
        <translation>Routine exportiert</translation>
    </message>
    <message>
        <source>{written} was replaced; the file it replaced is kept as {kept_copy}.</source>
        <translation>{written} wurde ersetzt; die ersetzte Datei bleibt als {kept_copy} erhalten.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Eine Routine importieren</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Routine importiert</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Eine Routine exportieren</translation>
    </message>
</context>
</TS>

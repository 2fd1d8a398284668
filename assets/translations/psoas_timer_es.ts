<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppLogic</name>
    <message>
        <source>Cannot open this routine</source>
        <extracomment>``PSOAS_TIMER_AUDIO=off`` runs on visual cues alone, without loading QtMultimedia or a speech engine (the tests set it: those print Qt warnings on machines without sound). The routine selected when none is asked for. Qt platforms without a window manager (tests, smoke runs). ``--tray``: the tray is shown whatever the preference says. Requests of later launches, once listened for (after the first paint). The library changed while a session ran; plan again when it ends. The routine last opened, for planning it again when it is not in the library.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{id_or_file}” could not be opened. Every problem found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is under way. Stop it and load another?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your files need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoas-timer started, but some of your files had problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioCues</name>
    <message>
        <source>no sound ({reason})</source>
        <extracomment>A broken sound effect is recreated before the next cue, but not more often than this. A speech engine that accepted a phrase but never started it is considered idle after this. The Qt resource prefix the sounds are compiled under (``scripts/gen_resources.py``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no voice ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sound} and {voice}: cues are visual only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sound}: voice cues only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{voice}: beeps only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <source>Breath pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in as the circle grows, out as it shrinks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionPreferences</name>
    <message>
        <source>Desktop companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an icon in the tray; closing the window keeps it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to get off the chair after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of sitting before a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min of sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DosageEditor</name>
    <message>
        <source>Dosage — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your values apply to every routine that uses this exercise, unless the routine sets its own. Values you changed are shown in &lt;b&gt;bold&lt;/b&gt;, with the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to hold the end position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath pace for a hold counted in breaths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold on the left side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold on the right side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions on each side, in every set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to move into the position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause after each rep (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rest between sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up from previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease-in time</source>
        <extracomment>Labels that read better for a release exercise (a stretch is eased into, not lifted).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease-out time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <extracomment>Keys whose breath-pace step is half a second; other seconds step by one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed in &amp;seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in &amp;breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold timed in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold counted in breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;different hold for each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a tighter or weaker side: hold one side longer than the other. The two holds below then replace the hold above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise works both sides at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps, sets and tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready and rests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the catalogue&apos;s values for this exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: {default_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed; default {default_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{header}&lt;table width=&apos;100%&apos;&gt;{join}&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosage not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dosage of {name} could not be saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunSheet</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, pause or carry on</source>
        <extracomment>How the keys help on the floor: (shortcut name, what it does for you there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go back a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focus mode: a big countdown, full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following a routine from the floor:</source>
        <extracomment>Keys that close the sheet while it has the keyboard. The text is scaled from the window&apos;s font so it reads from the floor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety.&lt;/b&gt; {escape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this again from Help → Safety and first steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this — close (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <source>History restarted</source>
        <extracomment>The module that brings in pyqtgraph; imported on first use or when idle. How long after start-up (or after a session ends) the page module is imported. Why there is no history this run (&quot;&quot; while all is well).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoas-timer runs on, but your sessions will not be recorded this time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not available this time.

{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session runs on, but the history could not be written:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Point at a line to see the average hold that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <extracomment>Colour-blind-safe line colours (Okabe &amp; Ito), readable on light and dark backgrounds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time exercising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which exercises to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds per hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep it going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{finished} finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a bar to see that day&apos;s minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and right are even. Point at a bar for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least even: {exercise}, {left} % left, {right} % right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: no exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrorDialog</name>
    <message>
        <source>Routine not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was added: fix the file and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} problems in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list, to send to whoever made the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety.&lt;/b&gt; {escape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise to read about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key poses of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this exercise on its own and start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the holds, reps, sets and rests of this exercise in every routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {keyframe} pose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <extracomment>The tabs, in order. Set by the companion: whether closing an idle window hides it into the tray. The object acting on this window&apos;s requests (kept alive with the window).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause</source>
        <extracomment>The control buttons: (action name, objectName, accessible name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise library</source>
        <extracomment>Menu actions that have no key of their own: (name, text, status tip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every exercise with its how-to and form checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions, streak and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make, copy, rename and change routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds, reps, sets and rests of the current exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current routine to a .toml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and first steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety note, and the keys to use from the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice cues are muted; press M to unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About psoas-timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;psoas-timer {version}&lt;/h3&gt;&lt;p&gt;A guided timer for psoas strengthening and release exercises.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety.&lt;/b&gt; {note}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is under way. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideRow</name>
    <message>
        <source>Use default</source>
        <extracomment>The order the per-block dosage rows are shown in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>No exercise selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pose: {what}</source>
        <extracomment>The figure with its motion arrow: what :meth:`PoseView.current_drawing` reports. The figure alone, shared by the movement both ways (see :meth:`PoseView._body`). The arrow alone, in the direction of travel (``None``: holding still or arriving). What is shown, unmirrored (``_mirrored`` says which way it is painted). The figures, per exercise, pose pair in the library&apos;s order and position. Painted figures (see :meth:`_picture`), oldest first, and their bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Beeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short sounds only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken steps and cues only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds and spoken steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute all sound and voice (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before a hold or rest ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>&lt;b&gt;{summary}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time to get off the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} Click to start.</source>
        <extracomment>How soon to ask again when the desktop says &quot;do not disturb&quot;. The longest single wait; QTimer takes 32-bit milliseconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected routine that you can edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name shown; the routine&apos;s id stays the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected routine (a backup file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected routine as a .toml file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises, in order (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({category}, level {level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen exercise after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected exercise later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected exercise out of this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the exercise&apos;s dosage for &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every value this routine sets for this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the exercise&apos;s dosage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this exercise&apos;s values for every routine (the dosage editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in: read-only. Duplicate it to make your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine (id: {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes. Throw them away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This built-in routine is read-only. Duplicate it to make a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines — {name}{star}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exercise to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in &lt;b&gt;bold&lt;/b&gt; are this routine&apos;s own. The others follow the exercise&apos;s dosage, so they change when you edit it; “Use default” goes back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: {base_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used: hold in breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used: hold in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this routine&apos;s own value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the exercise&apos;s dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “{name}” (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? A backup of its file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{name}”.{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the saved version; unsaved changes are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {written}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines and exercises</source>
        <extracomment>Space between an item&apos;s edge and its text: what Qt&apos;s common and Fusion styles leave (the focus frame&apos;s margin plus one). Keys the window handles (shortcuts), which the tree must not swallow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine or a single exercise; double-click or Enter starts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in routine editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dosage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Where did you feel it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheckPrompt</name>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t answer this time (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} (key {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {exercise_name}. Optional: one click, or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You felt it: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Left side</source>
        <extracomment>The phases in which the figure moves; it holds still in the others. Positions are taken this far (in positions) short of halfway between two, and the next frame is due half as far short: rounding in the clock&apos;s arithmetic cannot leave a frame that is due showing the last position. Share of the window height for each text; the countdown&apos;s digits (ink, not line box) are at least a fifth of the window. Never smaller than the system font times this. Translated where shown (:func:`side_text`); left and right are the body&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} · {sets} of {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{set} · {side} next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number} of {count} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{set} · {rep} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: finished, well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {step} ({duration})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — press Space to resume</source>
        <extracomment>Focus mode has room to spare: everything it shows grows by this much. The step title&apos;s text while paused.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed 0:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining 0:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: {step}. {breath}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining {clock}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: restart this step, or go to the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rest of this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 10 seconds to this hold or rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session (asks first); leaves focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode: full screen, only what you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute the sound and voice cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences: volume, beeps or voice, ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page: Library, History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Form checks</source>
        <extracomment>The figure&apos;s share of the side panel&apos;s height, in per cent (the checks below get the rest). The moving figure&apos;s step, positions and position last shown (see :meth:`_frame`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check in this phase; timed cues light up when due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch out: {mistake}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Progress through the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the routine, coloured by phase; the line marks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <extracomment>The coloured bands, drawn once per timeline, size and palette.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>This desktop has no system tray (no status notifier host), so the app cannot stay in it.</source>
        <extracomment>Offered first when the user has no favourite yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psoas Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Psoas Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhale as you lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale as you lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhale as you lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale as you lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhale as you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale as you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhale as you ease in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale as you ease in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhale as you ease out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale as you ease out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhale as you move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale as you move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle in and breathe easily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly and steadily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest and breathe easily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe easily as you switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe easily as you set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep in the hip crease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchOutNote</name>
    <message>
        <source>Watch out</source>
        <extracomment>The height asked for, per width, text shown, font and margins: a new step asks again for every label it changes, and Qt lays out wrapped text afresh each time it is asked. The tallest of the texts, per width inside the margins and font. Each text&apos;s (width, height) unwrapped, per font: a text no wider than the label is that tall whatever the width, so only the texts wider than it are laid out again for each width the layout asks about.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dosage_editor</name>
    <message>
        <source>A hold counted in breaths instead of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to get into position before the first set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to change sides, when all reps of one side come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to set up when this exercise follows another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{help} Between {bounds}{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <source>Routine not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be imported; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written} was replaced; the file it replaced is kept as {kept_copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

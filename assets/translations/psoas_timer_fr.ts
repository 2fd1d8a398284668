<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppLogic</name>
    <message>
        <source>Cannot open this routine</source>
        <extracomment>``PSOAS_TIMER_AUDIO=off`` runs on visual cues alone, without loading QtMultimedia or a speech engine (the tests set it: those print Qt warnings on machines without sound). The routine selected when none is asked for. Qt platforms without a window manager (tests, smoke runs). ``--tray``: the tray is shown whatever the preference says. Requests of later launches, once listened for (after the first paint). The library changed while a session ran; plan again when it ends. The routine last opened, for planning it again when it is not in the library.</extracomment>
        <translation>Impossible d&apos;ouvrir cette routine</translation>
    </message>
    <message>
        <source>“{id_or_file}” could not be opened. Every problem found:</source>
        <translation>« {id_or_file} » n&apos;a pas pu être ouvert. Problèmes trouvés :</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and load another?</source>
        <translation>Une séance est en cours. L&apos;arrêter et en charger une autre ?</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>L&apos;arrêter</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Arrêter cette séance ?</translation>
    </message>
    <message>
        <source>Some of your files need attention</source>
        <translation>Certains de vos fichiers demandent votre attention</translation>
    </message>
    <message>
        <source>psoas-timer started, but some of your files had problems:</source>
        <translation>psoas-timer a démarré, mais certains de vos fichiers posaient problème :</translation>
    </message>
</context>
<context>
    <name>AudioCues</name>
    <message>
        <source>no sound ({reason})</source>
        <extracomment>A broken sound effect is recreated before the next cue, but not more often than this. A speech engine that accepted a phrase but never started it is considered idle after this. The Qt resource prefix the sounds are compiled under (``scripts/gen_resources.py``).</extracomment>
        <translation>pas de son ({reason})</translation>
    </message>
    <message>
        <source>no voice ({reason})</source>
        <translation>pas de voix ({reason})</translation>
    </message>
    <message>
        <source>{sound} and {voice}: cues are visual only.</source>
        <translation>{sound} et {voice} : signaux visuels uniquement.</translation>
    </message>
    <message>
        <source>{sound}: voice cues only.</source>
        <translation>{sound} : signaux vocaux uniquement.</translation>
    </message>
    <message>
        <source>{voice}: beeps only.</source>
        <translation>{voice} : bips uniquement.</translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <source>Breath pacer</source>
        <translation>Guide respiratoire</translation>
    </message>
    <message>
        <source>Breathe in as the circle grows, out as it shrinks</source>
        <translation>Inspirez quand le cercle grandit, expirez quand il rétrécit</translation>
    </message>
</context>
<context>
    <name>CompanionPreferences</name>
    <message>
        <source>Desktop companion</source>
        <translation>Compagnon de bureau</translation>
    </message>
    <message>
        <source>Show an icon in the tray; closing the window keeps it there</source>
        <translation>Afficher une icône dans la zone de notification ; fermer la fenêtre l&apos;y laisse</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Démarrer à la connexion, dans la zone de notification</translation>
    </message>
    <message>
        <source>Remind me to get off the chair after</source>
        <translation>Me rappeler de me lever après</translation>
    </message>
    <message>
        <source>Minutes of sitting before a reminder</source>
        <translation>Minutes assis avant un rappel</translation>
    </message>
    <message>
        <source> min of sitting</source>
        <translation> min assis</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silence de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation>Zone de notification :</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation>Position assise :</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Les :</translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <source>Time left in this step</source>
        <translation>Temps restant dans cette étape</translation>
    </message>
</context>
<context>
    <name>DosageEditor</name>
    <message>
        <source>Dosage — {name}</source>
        <translation>Dosage — {name}</translation>
    </message>
    <message>
        <source>Your values apply to every routine that uses this exercise, unless the routine sets its own. Values you changed are shown in &lt;b&gt;bold&lt;/b&gt;, with the default.</source>
        <translation>Vos valeurs s&apos;appliquent à toutes les routines qui utilisent cet exercice, sauf si la routine fixe les siennes. Les valeurs modifiées sont en &lt;b&gt;gras&lt;/b&gt;, avec la valeur par défaut.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>How long to hold the end position.</source>
        <translation>Durée de maintien de la position finale.</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Tenir pendant</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breath pace for a hold counted in breaths.</source>
        <translation>Rythme respiratoire pour un maintien compté en respirations.</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Left hold</source>
        <translation>Maintien gauche</translation>
    </message>
    <message>
        <source>The hold on the left side.</source>
        <translation>Le maintien du côté gauche.</translation>
    </message>
    <message>
        <source>Right hold</source>
        <translation>Maintien droit</translation>
    </message>
    <message>
        <source>The hold on the right side.</source>
        <translation>Le maintien du côté droit.</translation>
    </message>
    <message>
        <source>Reps per side</source>
        <translation>Répétitions par côté</translation>
    </message>
    <message>
        <source>Repetitions on each side, in every set.</source>
        <translation>Répétitions de chaque côté, à chaque série.</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>How many sets.</source>
        <translation>Nombre de séries.</translation>
    </message>
    <message>
        <source>Lift tempo</source>
        <translation>Tempo de montée</translation>
    </message>
    <message>
        <source>Seconds to move into the position.</source>
        <translation>Secondes pour entrer dans la position.</translation>
    </message>
    <message>
        <source>Lower tempo</source>
        <translation>Tempo de descente</translation>
    </message>
    <message>
        <source>Seconds to come back.</source>
        <translation>Secondes pour revenir.</translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation>Repos entre les répétitions</translation>
    </message>
    <message>
        <source>A pause after each rep (0 for none).</source>
        <translation>Une pause après chaque répétition (0 pour aucune).</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Repos entre les séries</translation>
    </message>
    <message>
        <source>A rest between sets.</source>
        <translation>Un repos entre les séries.</translation>
    </message>
    <message>
        <source>Set-up from previous</source>
        <translation>Installation après le précédent</translation>
    </message>
    <message>
        <source>Ease-in time</source>
        <extracomment>Labels that read better for a release exercise (a stretch is eased into, not lifted).</extracomment>
        <translation>Temps d&apos;entrée</translation>
    </message>
    <message>
        <source>Ease-out time</source>
        <translation>Temps de sortie</translation>
    </message>
    <message>
        <source>Reps</source>
        <extracomment>Keys whose breath-pace step is half a second; other seconds step by one.</extracomment>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>⚠ usual: {usual}</source>
        <translation>⚠ habituel : {usual}</translation>
    </message>
    <message>
        <source>⚠ above the usual {usual} for this exercise</source>
        <translation>⚠ au-dessus des {usual} habituels pour cet exercice</translation>
    </message>
    <message>
        <source>⚠ below the usual {usual} for this exercise</source>
        <translation>⚠ en dessous des {usual} habituels pour cet exercice</translation>
    </message>
    <message>
        <source>Timed in &amp;seconds</source>
        <translation>Chronométré en &amp;secondes</translation>
    </message>
    <message>
        <source>Counted in &amp;breaths</source>
        <translation>Compté en &amp;respirations</translation>
    </message>
    <message>
        <source>Hold timed in seconds</source>
        <translation>Maintien chronométré en secondes</translation>
    </message>
    <message>
        <source>Hold counted in breaths</source>
        <translation>Maintien compté en respirations</translation>
    </message>
    <message>
        <source>A &amp;different hold for each side</source>
        <translation>Un maintien &amp;différent pour chaque côté</translation>
    </message>
    <message>
        <source>For a tighter or weaker side: hold one side longer than the other. The two holds below then replace the hold above.</source>
        <translation>Pour un côté plus raide ou plus faible : tenez un côté plus longtemps que l&apos;autre. Les deux maintiens ci-dessous remplacent alors celui du dessus.</translation>
    </message>
    <message>
        <source>This exercise works both sides at once.</source>
        <translation>Cet exercice travaille les deux côtés à la fois.</translation>
    </message>
    <message>
        <source>Reps, sets and tempo</source>
        <translation>Répétitions, séries et tempo</translation>
    </message>
    <message>
        <source>Getting ready and rests</source>
        <translation>Préparation et repos</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Go back to the catalogue&apos;s values for this exercise.</source>
        <translation>Revenir aux valeurs du catalogue pour cet exercice.</translation>
    </message>
    <message>
        <source>Changes cannot be saved: {reason}.</source>
        <translation>Les modifications ne peuvent pas être enregistrées : {reason}.</translation>
    </message>
    <message>
        <source>default: {default_text}</source>
        <translation>par défaut : {default_text}</translation>
    </message>
    <message>
        <source>changed; default {default_text}</source>
        <translation>modifié ; par défaut {default_text}</translation>
    </message>
    <message>
        <source>This exercise on its own</source>
        <translation>Cet exercice seul</translation>
    </message>
    <message>
        <source>keeps its own {fields}</source>
        <translation>garde ses propres valeurs pour {fields}</translation>
    </message>
    <message>
        <source>{header}&lt;table width=&apos;100%&apos;&gt;{join}&lt;/table&gt;</source>
        <translation>{header}&lt;table width=&apos;100%&apos;&gt;{join}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Total time. {summary}</source>
        <translation>Durée totale. {summary}</translation>
    </message>
    <message>
        <source>Dosage not saved</source>
        <translation>Dosage non enregistré</translation>
    </message>
    <message>
        <source>The dosage of {name} could not be saved:</source>
        <translation>Le dosage de {name} n&apos;a pas pu être enregistré :</translation>
    </message>
</context>
<context>
    <name>FirstRunSheet</name>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>start, pause or carry on</source>
        <extracomment>How the keys help on the floor: (shortcut name, what it does for you there).</extracomment>
        <translation>lancer, mettre en pause ou continuer</translation>
    </message>
    <message>
        <source>skip ahead</source>
        <translation>avancer</translation>
    </message>
    <message>
        <source>go back a step</source>
        <translation>revenir d&apos;une étape</translation>
    </message>
    <message>
        <source>focus mode: a big countdown, full screen</source>
        <translation>mode concentration : grand décompte, plein écran</translation>
    </message>
    <message>
        <source>every key</source>
        <translation>toutes les touches</translation>
    </message>
    <message>
        <source>Following a routine from the floor:</source>
        <extracomment>Keys that close the sheet while it has the keyboard. The text is scaled from the window&apos;s font so it reads from the floor.</extracomment>
        <translation>Suivre une routine depuis le sol :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety.&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Sécurité.&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <source>You can read this again from Help → Safety and first steps.</source>
        <translation>Vous pouvez relire ceci depuis Aide → Sécurité et premiers pas.</translation>
    </message>
    <message>
        <source>I have read this — close (Enter)</source>
        <translation>J&apos;ai lu — fermer (Entrée)</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <source>History restarted</source>
        <extracomment>The module that brings in pyqtgraph; imported on first use or when idle. How long after start-up (or after a session ends) the page module is imported. Why there is no history this run (&quot;&quot; while all is well).</extracomment>
        <translation>Historique recommencé</translation>
    </message>
    <message>
        <source>History is off</source>
        <translation>Historique désactivé</translation>
    </message>
    <message>
        <source>psoas-timer runs on, but your sessions will not be recorded this time:</source>
        <translation>psoas-timer continue, mais vos séances ne seront pas enregistrées cette fois :</translation>
    </message>
    <message>
        <source>History is not available this time.

{problem}</source>
        <translation>L&apos;historique n&apos;est pas disponible cette fois.

{problem}</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Séance non enregistrée</translation>
    </message>
    <message>
        <source>The session runs on, but the history could not be written:</source>
        <translation>La séance continue, mais l&apos;historique n&apos;a pas pu être écrit :</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Point at a line to see the average hold that day.</source>
        <translation>Pointez une ligne pour voir le maintien moyen de ce jour.</translation>
    </message>
    <message>
        <source>No sessions yet…</source>
        <translation>Aucune séance pour l&apos;instant…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>30 days</source>
        <extracomment>Colour-blind-safe line colours (Okabe &amp; Ito), readable on light and dark backgrounds.</extracomment>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
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
        <translation>Afficher les derniers {span}</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>série en cours</translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>plus longue série</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>time exercising</source>
        <translation>temps d&apos;exercice</translation>
    </message>
    <message>
        <source>time holding</source>
        <translation>temps de maintien</translation>
    </message>
    <message>
        <source>Minutes per day</source>
        <translation>Minutes par jour</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Renforcement</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâchement</translation>
    </message>
    <message>
        <source>Which exercises to show</source>
        <translation>Quels exercices afficher</translation>
    </message>
    <message>
        <source>Average hold</source>
        <translation>Maintien moyen</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Gauche et droite</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>seconds per hold</source>
        <translation>secondes par maintien</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>keep it going</source>
        <translation>continuez</translation>
    </message>
    <message>
        <source>{finished} finished</source>
        <translation>{finished} terminées</translation>
    </message>
    <message>
        <source>over {days}</source>
        <translation>sur {days}</translation>
    </message>
    <message>
        <source>nothing in this period</source>
        <translation>rien sur cette période</translation>
    </message>
    <message>
        <source>Point at a bar to see that day&apos;s minutes.</source>
        <translation>Pointez une barre pour voir les minutes de ce jour.</translation>
    </message>
    <message>
        <source>No one-sided exercises in this period</source>
        <translation>Aucun exercice d’un seul côté sur cette période</translation>
    </message>
    <message>
        <source>Left and right are even. Point at a bar for the details.</source>
        <translation>Gauche et droite sont équilibrés. Pointez une barre pour les détails.</translation>
    </message>
    <message>
        <source>Least even: {exercise}, {left} % left, {right} % right.</source>
        <translation>Le moins équilibré : {exercise}, {left} % gauche, {right} % droite.</translation>
    </message>
    <message>
        <source>{day}: no exercise</source>
        <translation>{day} : aucun exercice</translation>
    </message>
    <message>
        <source>{day}: {minutes} min</source>
        <translation>{day} : {minutes} min</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
</context>
<context>
    <name>ImportErrorDialog</name>
    <message>
        <source>Routine not imported</source>
        <translation>Routine non importée</translation>
    </message>
    <message>
        <source>{name} could not be imported</source>
        <translation>{name} n&apos;a pas pu être importée</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %n. Nothing was added: fix the file and import it again.</source>
        <translation>
            <numerusform>Problème trouvé : %n. Rien n&apos;a été ajouté : corrigez le fichier et importez-le à nouveau.</numerusform>
            <numerusform>Problèmes trouvés : %n. Rien n&apos;a été ajouté : corrigez le fichier et importez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} problems in {name}</source>
        <translation>{count} problèmes dans {name}</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Copier les problèmes</translation>
    </message>
    <message>
        <source>Copy the list, to send to whoever made the file</source>
        <translation>Copier la liste pour l&apos;envoyer à l&apos;auteur du fichier</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>{n} reps per side</source>
        <extracomment>How each dosage value reads after its number ({n} is the number).</extracomment>
        <translation>{n} répétitions par côté</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} séries</translation>
    </message>
    <message>
        <source>{n} seconds to lift</source>
        <translation>{n} secondes pour lever</translation>
    </message>
    <message>
        <source>{n} seconds to hold</source>
        <translation>{n} secondes de maintien</translation>
    </message>
    <message>
        <source>{n} breaths to hold</source>
        <translation>{n} respirations de maintien</translation>
    </message>
    <message>
        <source>{n} seconds to lower</source>
        <translation>{n} secondes pour abaisser</translation>
    </message>
    <message>
        <source>{n} seconds rest between reps</source>
        <translation>{n} secondes de repos entre les répétitions</translation>
    </message>
    <message>
        <source>{n} seconds to switch sides</source>
        <translation>{n} secondes pour changer de côté</translation>
    </message>
    <message>
        <source>{n} seconds rest between sets</source>
        <translation>{n} secondes de repos entre les séries</translation>
    </message>
    <message>
        <source>{n} seconds to get ready</source>
        <translation>{n} secondes de préparation</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>niveau {level}</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Mise en place</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Form checks</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Erreurs fréquentes</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Repérer :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>Your dosage</source>
        <translation>Votre dosage</translation>
    </message>
    <message>
        <source>Default dosage</source>
        <translation>Dosage par défaut</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Bibliothèque d&apos;exercices</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety.&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Sécurité.&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Consigne de sécurité</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Choose an exercise to read about it</source>
        <translation>Choisissez un exercice pour en savoir plus</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Illustration de l&apos;exercice</translation>
    </message>
    <message>
        <source>Key poses of the exercise</source>
        <translation>Positions clés de l&apos;exercice</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>À propos de cet exercice</translation>
    </message>
    <message>
        <source>Start this exercise</source>
        <translation>Lancer cet exercice</translation>
    </message>
    <message>
        <source>Load this exercise on its own and start it</source>
        <translation>Charger cet exercice seul et le lancer</translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation>Modifier le dosage…</translation>
    </message>
    <message>
        <source>Edit dosage</source>
        <translation>Modifier le dosage</translation>
    </message>
    <message>
        <source>Change the holds, reps, sets and rests of this exercise in every routine</source>
        <translation>Modifier les maintiens, répétitions, séries et repos de cet exercice dans toutes les routines</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>Lancer {name}</translation>
    </message>
    <message>
        <source>{name}: {keyframe} pose</source>
        <translation>{name} : position {keyframe}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Session</source>
        <extracomment>The tabs, in order. Set by the companion: whether closing an idle window hides it into the tray. The object acting on this window&apos;s requests (kept alive with the window).</extracomment>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <extracomment>The control buttons: (action name, objectName, accessible name).</extracomment>
        <translation>Lancer ou mettre en pause</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Passer l&apos;étape</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Passer l&apos;exercice</translation>
    </message>
    <message>
        <source>Add 10 seconds</source>
        <translation>Ajouter 10 secondes</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <extracomment>Menu actions that have no key of their own: (name, text, status tip).</extracomment>
        <translation>Bibliothèque d&apos;exercices</translation>
    </message>
    <message>
        <source>Every exercise with its how-to and form checks</source>
        <translation>Chaque exercice avec sa marche à suivre et ses points de contrôle</translation>
    </message>
    <message>
        <source>Your sessions, streak and progress</source>
        <translation>Vos séances, votre série et vos progrès</translation>
    </message>
    <message>
        <source>Edit routines…</source>
        <translation>Modifier les routines…</translation>
    </message>
    <message>
        <source>Make, copy, rename and change routines</source>
        <translation>Créer, copier, renommer et modifier des routines</translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation>Modifier le dosage…</translation>
    </message>
    <message>
        <source>Holds, reps, sets and rests of the current exercise</source>
        <translation>Maintiens, répétitions, séries et repos de l&apos;exercice en cours</translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation>Importer une routine…</translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation>Ajouter une routine depuis un fichier .toml</translation>
    </message>
    <message>
        <source>Export routine…</source>
        <translation>Exporter la routine…</translation>
    </message>
    <message>
        <source>Save the current routine to a .toml file</source>
        <translation>Enregistrer la routine en cours dans un fichier .toml</translation>
    </message>
    <message>
        <source>Safety and first steps</source>
        <translation>Sécurité et premiers pas</translation>
    </message>
    <message>
        <source>The safety note, and the keys to use from the floor</source>
        <translation>La consigne de sécurité et les touches à utiliser depuis le sol</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation>Le son est coupé</translation>
    </message>
    <message>
        <source>Sound and voice cues are muted; press M to unmute</source>
        <translation>Les signaux sonores et vocaux sont coupés ; M pour les rétablir</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About psoas-timer</source>
        <translation>À propos de psoas-timer</translation>
    </message>
    <message>
        <source>Unmute sound</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;psoas-timer {version}&lt;/h3&gt;&lt;p&gt;A guided timer for psoas strengthening and release exercises.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety.&lt;/b&gt; {note}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;psoas-timer {version}&lt;/h3&gt;&lt;p&gt;Un minuteur guidé pour les exercices de renforcement et de relâchement du psoas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sécurité.&lt;/b&gt; {note}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and quit?</source>
        <translation>Une séance est en cours. L&apos;arrêter et quitter ?</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
</context>
<context>
    <name>OverrideRow</name>
    <message>
        <source>Use default</source>
        <translation>Valeur par défaut</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>No exercise selected</source>
        <translation>Aucun exercice choisi</translation>
    </message>
    <message>
        <source>Pose: {what}</source>
        <extracomment>The figure with its motion arrow: what :meth:`PoseView.current_drawing` reports. The figure alone, shared by the movement both ways (see :meth:`PoseView._body`). The arrow alone, in the direction of travel (``None``: holding still or arriving). What is shown, unmirrored (``_mirrored`` says which way it is painted). The figures, per exercise, pose pair in the library&apos;s order and position. Painted figures (see :meth:`_picture`), oldest first, and their bytes.</extracomment>
        <translation>Position : {what}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Beeps</source>
        <translation>Bips</translation>
    </message>
    <message>
        <source>Short sounds only</source>
        <translation>Sons brefs uniquement</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Spoken steps and cues only</source>
        <translation>Étapes et consignes annoncées uniquement</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Sounds and spoken steps</source>
        <translation>Sons et étapes annoncées</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Sound notice</source>
        <translation>Avis sur le son</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mute all sound and voice (M)</source>
        <translation>Couper tous les sons et la voix (M)</translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before a hold or rest ends</source>
        <translation>Tic-tac 3, 2, 1 avant la fin d&apos;un maintien ou d&apos;un repos</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume :</translation>
    </message>
    <message>
        <source>Cues:</source>
        <translation>Signaux :</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Décompte :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <source>Takes effect when psoas-timer starts again.</source>
        <translation>Prend effet au prochain démarrage de psoas-timer.</translation>
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
        <translation>Il est temps de quitter la chaise</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>Dans 10 minutes</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>{body} Click to start.</source>
        <extracomment>How soon to ask again when the desktop says &quot;do not disturb&quot;. The longest single wait; QTimer takes 32-bit milliseconds.</extracomment>
        <translation>{body} Cliquez pour commencer.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Make a new routine</source>
        <translation>Créer une nouvelle routine</translation>
    </message>
    <message>
        <source>Save a copy of the selected routine that you can edit</source>
        <translation>Enregistrer une copie modifiable de la routine sélectionnée</translation>
    </message>
    <message>
        <source>Change the name shown; the routine&apos;s id stays the same</source>
        <translation>Change le nom affiché ; l&apos;identifiant de la routine reste le même</translation>
    </message>
    <message>
        <source>Delete the selected routine (a backup file is kept)</source>
        <translation>Supprimer la routine sélectionnée (une copie est conservée)</translation>
    </message>
    <message>
        <source>Add a routine from a .toml file</source>
        <translation>Ajouter une routine depuis un fichier .toml</translation>
    </message>
    <message>
        <source>Save the selected routine as a .toml file to share</source>
        <translation>Enregistrer la routine sélectionnée en fichier .toml à partager</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Description de la routine</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <source>E&amp;xercises, in order (drag to reorder)</source>
        <translation>E&amp;xercices, dans l&apos;ordre (glisser pour réordonner)</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Exercices de cette routine</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Exercice à ajouter</translation>
    </message>
    <message>
        <source>{name} ({category}, level {level})</source>
        <translation>{name} ({category}, niveau {level})</translation>
    </message>
    <message>
        <source>&amp;Add exercise</source>
        <translation>&amp;Ajouter un exercice</translation>
    </message>
    <message>
        <source>Add the chosen exercise after the selected one</source>
        <translation>Ajouter l&apos;exercice choisi après celui sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Ctrl+Up)</source>
        <translation>Avancer l&apos;exercice sélectionné (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Ctrl+Down)</source>
        <translation>Reculer l&apos;exercice sélectionné (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Take the selected exercise out of this routine</source>
        <translation>Retirer l&apos;exercice sélectionné de cette routine</translation>
    </message>
    <message>
        <source>This exercise in this routine</source>
        <translation>Cet exercice dans cette routine</translation>
    </message>
    <message>
        <source>Use the exercise&apos;s dosage for &amp;all</source>
        <translation>Utiliser le dosage de l&apos;exercice pour &amp;tout</translation>
    </message>
    <message>
        <source>Drop every value this routine sets for this exercise</source>
        <translation>Retirer toutes les valeurs que cette routine fixe pour cet exercice</translation>
    </message>
    <message>
        <source>Edit the exercise&apos;s dosage…</source>
        <translation>Modifier le dosage de l&apos;exercice…</translation>
    </message>
    <message>
        <source>Change this exercise&apos;s values for every routine (the dosage editor)</source>
        <translation>Modifier les valeurs de cet exercice pour toutes les routines (éditeur de dosage)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}  (intégrée)</translation>
    </message>
    <message>
        <source>Built-in: read-only. Duplicate it to make your own copy.</source>
        <translation>Intégrée : en lecture seule. Dupliquez-la pour en faire votre copie.</translation>
    </message>
    <message>
        <source>Your routine (id: {id})</source>
        <translation>Votre routine (id : {id})</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes. Throw them away?</source>
        <translation>« {name} » a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>This built-in routine is read-only. Duplicate it to make a copy you can edit.</source>
        <translation>Cette routine intégrée est en lecture seule. Dupliquez-la pour obtenir une copie modifiable.</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Total : {total}</translation>
    </message>
    <message>
        <source>Total time {total}</source>
        <translation>Durée totale {total}</translation>
    </message>
    <message>
        <source>own: {values}</source>
        <extracomment>The order the per-block dosage rows are shown in.</extracomment>
        <translation>propres : {values}</translation>
    </message>
    <message>
        <source>Routines — {name}{star}</source>
        <translation>Routines — {name}{star}</translation>
    </message>
    <message>
        <source>Select an exercise to see its values.</source>
        <translation>Sélectionnez un exercice pour voir ses valeurs.</translation>
    </message>
    <message>
        <source>{name} in this routine</source>
        <translation>{name} dans cette routine</translation>
    </message>
    <message>
        <source>Values in &lt;b&gt;bold&lt;/b&gt; are this routine&apos;s own. The others follow the exercise&apos;s dosage, so they change when you edit it; “Use default” goes back to it.</source>
        <translation>Les valeurs en &lt;b&gt;gras&lt;/b&gt; sont propres à cette routine. Les autres suivent le dosage de l&apos;exercice et changent quand vous le modifiez ; « Valeur par défaut » y revient.</translation>
    </message>
    <message>
        <source>Use the default {field}</source>
        <translation>Utiliser la valeur par défaut : {field}</translation>
    </message>
    <message>
        <source>default: {base_text}</source>
        <translation>par défaut : {base_text}</translation>
    </message>
    <message>
        <source>not used: hold in breaths</source>
        <translation>inutilisé : maintien en respirations</translation>
    </message>
    <message>
        <source>not used: hold in seconds</source>
        <translation>inutilisé : maintien en secondes</translation>
    </message>
    <message>
        <source>this routine&apos;s own value</source>
        <translation>valeur propre à cette routine</translation>
    </message>
    <message>
        <source>follows the exercise&apos;s dosage</source>
        <translation>suit le dosage de l&apos;exercice</translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation>Routine non enregistrée</translation>
    </message>
    <message>
        <source>“{name}” was not saved:</source>
        <translation>« {name} » n&apos;a pas été enregistrée :</translation>
    </message>
    <message>
        <source>Routine saved</source>
        <translation>Routine enregistrée</translation>
    </message>
    <message>
        <source>Changes thrown away.</source>
        <translation>Modifications abandonnées.</translation>
    </message>
    <message>
        <source>Routine not created</source>
        <translation>Routine non créée</translation>
    </message>
    <message>
        <source>Routine not copied</source>
        <translation>Routine non copiée</translation>
    </message>
    <message>
        <source>Routine not renamed</source>
        <translation>Routine non renommée</translation>
    </message>
    <message>
        <source>Renamed to “{name}” (id {id}).</source>
        <translation>Renommée en « {name} » (id {id}).</translation>
    </message>
    <message>
        <source>Delete the routine “{name}”? A backup of its file is kept.</source>
        <translation>Supprimer la routine « {name} » ? Une copie de son fichier est conservée.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Routine not deleted</source>
        <translation>Routine non supprimée</translation>
    </message>
    <message>
        <source>Deleted “{name}”.{where}</source>
        <translation>« {name} » supprimée.{where}</translation>
    </message>
    <message>
        <source>Exporting the saved version; unsaved changes are not in it.</source>
        <translation>Export de la version enregistrée ; les modifications non enregistrées n&apos;y sont pas.</translation>
    </message>
    <message>
        <source>Exported to {written}.</source>
        <translation>Exportée vers {written}.</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Strengthen</source>
        <translation>Renforcer</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâchement</translation>
    </message>
    <message>
        <source>no props</source>
        <translation>sans accessoire</translation>
    </message>
    <message>
        <source>Routines and exercises</source>
        <extracomment>Space between an item&apos;s edge and its text: what Qt&apos;s common and Fusion styles leave (the focus frame&apos;s margin plus one). Keys the window handles (shortcuts), which the tree must not swallow.</extracomment>
        <translation>Routines et exercices</translation>
    </message>
    <message>
        <source>Choose a routine or a single exercise; double-click or Enter starts it</source>
        <translation>Choisissez une routine ou un exercice ; double-clic ou Entrée le lance</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Level {level} · {props}</source>
        <translation>Niveau {level} · {props}</translation>
    </message>
    <message>
        <source>Edit dosage…</source>
        <translation>Modifier le dosage…</translation>
    </message>
    <message>
        <source>Edit routine…</source>
        <translation>Modifier la routine…</translation>
    </message>
    <message>
        <source>Open in routine editor…</source>
        <translation>Ouvrir dans l&apos;éditeur de routines…</translation>
    </message>
    <message>
        <source>Edit dosage</source>
        <translation>Modifier le dosage</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Where did you feel it?</source>
        <translation>Où l&apos;avez-vous senti ?</translation>
    </message>
</context>
<context>
    <name>SelfCheckPrompt</name>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Don&apos;t answer this time (Esc)</source>
        <translation>Ne pas répondre cette fois (Échap)</translation>
    </message>
    <message>
        <source>{answer} (key {number})</source>
        <translation>{answer} (touche {number})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>After {exercise_name}. Optional: one click, or skip.</source>
        <translation>Après {exercise_name}. Facultatif : un clic, ou passez.</translation>
    </message>
    <message>
        <source>You felt it: {answer}</source>
        <translation>Ressenti : {answer}</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Left side</source>
        <extracomment>The phases in which the figure moves; it holds still in the others. Positions are taken this far (in positions) short of halfway between two, and the next frame is due half as far short: rounding in the clock&apos;s arithmetic cannot leave a frame that is due showing the last position. Share of the window height for each text; the countdown&apos;s digits (ink, not line box) are at least a fifth of the window. Never smaller than the system font times this. Translated where shown (:func:`side_text`); left and right are the body&apos;s.</extracomment>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <source>{exercise} — done</source>
        <translation>{exercise} — fait</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Exercice {number} sur {count}</translation>
    </message>
    <message>
        <source>{exercise} next</source>
        <translation>{exercise} ensuite</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 série</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} séries</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 répétition</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} répétitions</translation>
    </message>
    <message>
        <source>{reps} each side</source>
        <translation>{reps} de chaque côté</translation>
    </message>
    <message>
        <source>{exercise} · {sets} of {reps}</source>
        <translation>{exercise} · {sets} de {reps}</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Série {number}</translation>
    </message>
    <message>
        <source>Rep {number} of {count}</source>
        <translation>Rép. {number} sur {count}</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Autre côté</translation>
    </message>
    <message>
        <source>{set} · {side} next</source>
        <translation>{set} · ensuite {side}</translation>
    </message>
    <message>
        <source>Set {number} of {count} done</source>
        <translation>Série {number} sur {count} faite</translation>
    </message>
    <message>
        <source>{set} · {rep} done</source>
        <translation>{set} · {rep} faite</translation>
    </message>
    <message>
        <source>Next: finished, well done</source>
        <translation>Ensuite : terminé, bravo</translation>
    </message>
    <message>
        <source>Next: {exercise}</source>
        <translation>Ensuite : {exercise}</translation>
    </message>
    <message>
        <source>Next: {step} ({duration})</source>
        <translation>Ensuite : {step} ({duration})</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Paused — press Space to resume</source>
        <extracomment>Focus mode has room to spare: everything it shows grows by this much. The step title&apos;s text while paused.</extracomment>
        <translation>En pause — Espace pour reprendre</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Où vous en êtes</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Elapsed 0:00:00</source>
        <translation>Écoulé 0:00:00</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Remaining 0:00:00</source>
        <translation>Restant 0:00:00</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>{phase}: {step}. {breath}.</source>
        <translation>{phase} : {step}. {breath}.</translation>
    </message>
    <message>
        <source>Elapsed {clock}</source>
        <translation>Écoulé {clock}</translation>
    </message>
    <message>
        <source>Remaining {clock}</source>
        <translation>Restant {clock}</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Fichiers de routine (*.toml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Lancer, mettre en pause ou reprendre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back: restart this step, or go to the one before</source>
        <translation>Retour : reprendre cette étape, ou revenir à la précédente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Passer l&apos;exercice</translation>
    </message>
    <message>
        <source>Skip the rest of this exercise</source>
        <translation>Passer la fin de cet exercice</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add 10 seconds to this hold or rest</source>
        <translation>Ajouter 10 secondes à ce maintien ou à ce repos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session (asks first); leaves focus mode</source>
        <translation>Arrêter la séance (demande d&apos;abord) ; quitte le mode concentration</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Mode concentration</translation>
    </message>
    <message>
        <source>Focus mode: full screen, only what you need</source>
        <translation>Mode concentration : plein écran, l&apos;essentiel seulement</translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Mute or unmute the sound and voice cues</source>
        <translation>Couper ou rétablir les signaux sonores et vocaux</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Preferences: volume, beeps or voice, ticks</source>
        <translation>Préférences : volume, bips ou voix, tic-tac</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next page: Library, History</source>
        <translation>Page suivante : Bibliothèque, Historique</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show all keyboard shortcuts</source>
        <translation>Afficher tous les raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Form checks</source>
        <extracomment>The figure&apos;s share of the side panel&apos;s height, in per cent (the checks below get the rest). The moving figure&apos;s step, positions and position last shown (see :meth:`_frame`).</extracomment>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>What to check in this phase; timed cues light up when due</source>
        <translation>Ce qu&apos;il faut vérifier dans cette phase ; les consignes minutées s&apos;allument à leur moment</translation>
    </message>
    <message>
        <source>At {time}: {cue}</source>
        <translation>À {time} : {cue}</translation>
    </message>
    <message>
        <source>Watch out: {mistake}</source>
        <translation>Attention : {mistake}</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Ce que vous avez fait</translation>
    </message>
    <message>
        <source>{exercise}: {sets} × {reps} each side</source>
        <translation>{exercise} : {sets} × {reps} de chaque côté</translation>
    </message>
    <message>
        <source>{exercise}: {sets} × {reps}</source>
        <translation>{exercise} : {sets} × {reps}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Progress through the routine</source>
        <translation>Progression dans la routine</translation>
    </message>
    <message>
        <source>Every step of the routine, coloured by phase; the line marks now</source>
        <translation>Chaque étape de la routine, colorée selon la phase ; la ligne marque l&apos;instant présent</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <extracomment>The coloured bands, drawn once per timeline, size and palette.</extracomment>
        <translation>Étape {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>This desktop has no system tray (no status notifier host), so the app cannot stay in it.</source>
        <extracomment>Offered first when the user has no favourite yet.</extracomment>
        <translation>Ce bureau n&apos;a pas de zone de notification (pas d&apos;hôte Status Notifier) : l&apos;application ne peut pas y rester.</translation>
    </message>
    <message>
        <source>Psoas Timer</source>
        <translation>Psoas Timer</translation>
    </message>
    <message>
        <source>Start another routine</source>
        <translation>Lancer une autre routine</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Open Psoas Timer</source>
        <translation>Ouvrir Psoas Timer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Levez</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Abaissez</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Last rep</source>
        <translation>Dernière répétition</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Exercice suivant</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Ease in</source>
        <translation>Entrez doucement</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirez</translation>
    </message>
    <message>
        <source>Ease out</source>
        <translation>Sortez doucement</translation>
    </message>
    <message>
        <source>Inhale as you lift</source>
        <translation>Inspirez en levant</translation>
    </message>
    <message>
        <source>Exhale as you lift</source>
        <translation>Expirez en levant</translation>
    </message>
    <message>
        <source>Inhale as you lower</source>
        <translation>Inspirez en abaissant</translation>
    </message>
    <message>
        <source>Exhale as you lower</source>
        <translation>Expirez en abaissant</translation>
    </message>
    <message>
        <source>Inhale as you hold</source>
        <translation>Inspirez en tenant</translation>
    </message>
    <message>
        <source>Exhale as you hold</source>
        <translation>Expirez en tenant</translation>
    </message>
    <message>
        <source>Inhale as you ease in</source>
        <translation>Inspirez en entrant doucement</translation>
    </message>
    <message>
        <source>Exhale as you ease in</source>
        <translation>Expirez en entrant doucement</translation>
    </message>
    <message>
        <source>Inhale as you ease out</source>
        <translation>Inspirez en sortant doucement</translation>
    </message>
    <message>
        <source>Exhale as you ease out</source>
        <translation>Expirez en sortant doucement</translation>
    </message>
    <message>
        <source>Inhale as you move</source>
        <translation>Inspirez en bougeant</translation>
    </message>
    <message>
        <source>Exhale as you move</source>
        <translation>Expirez en bougeant</translation>
    </message>
    <message>
        <source>Settle in and breathe easily</source>
        <translation>Installez-vous et respirez tranquillement</translation>
    </message>
    <message>
        <source>Breathe slowly and steadily</source>
        <translation>Respirez lentement et régulièrement</translation>
    </message>
    <message>
        <source>Rest and breathe easily</source>
        <translation>Reposez-vous et respirez tranquillement</translation>
    </message>
    <message>
        <source>Breathe easily as you switch sides</source>
        <translation>Respirez tranquillement en changeant de côté</translation>
    </message>
    <message>
        <source>Breathe easily as you set up</source>
        <translation>Respirez tranquillement en vous installant</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>Breathe in for {inhale} s, out for {exhale} s</source>
        <translation>Inspirez {inhale} s, expirez {exhale} s</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Ensuite : {name}</translation>
    </message>
    <message>
        <source>Rest — breathe easily</source>
        <translation>Repos — respirez tranquillement</translation>
    </message>
    <message>
        <source>Rest — set {n} of {m} next</source>
        <translation>Repos — ensuite série {n} sur {m}</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Routine terminée</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Respirez tranquillement</translation>
    </message>
    <message>
        <source>Set {n} of {m} next</source>
        <translation>Ensuite série {n} sur {m}</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>inspirez</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>expirez</translation>
    </message>
    <message>
        <source>breathe {inhale} in, {exhale} out</source>
        <translation>inspirez {inhale}, expirez {exhale}</translation>
    </message>
    <message>
        <source>breathe steadily</source>
        <translation>respirez régulièrement</translation>
    </message>
    <message>
        <source>Deep in the hip crease</source>
        <translation>Au creux de la hanche</translation>
    </message>
    <message>
        <source>Front of the thigh</source>
        <translation>Devant de la cuisse</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Nothing special</source>
        <translation>Rien de particulier</translation>
    </message>
    <message>
        <source>That&apos;s the right spot</source>
        <translation>C&apos;est le bon endroit</translation>
    </message>
    <message>
        <source>Let the hip do the work</source>
        <translation>Laissez la hanche travailler</translation>
    </message>
    <message>
        <source>Protect your lower back</source>
        <translation>Protégez le bas de votre dos</translation>
    </message>
    <message>
        <source>Good, keep going</source>
        <translation>Bien, continuez</translation>
    </message>
    <message>
        <source>Feeling it deep in the hip crease means the psoas is doing the work. Keep moving slowly and breathing steadily.</source>
        <translation>Le sentir au creux de la hanche signifie que le psoas travaille. Continuez à bouger lentement et à respirer régulièrement.</translation>
    </message>
    <message>
        <source>The deep hip flexors are quiet workers, so it can take a few sessions to notice them. Move slowly and think of the effort starting at the hip crease.</source>
        <translation>Les fléchisseurs profonds de la hanche travaillent discrètement : il faut parfois quelques séances pour les sentir. Bougez lentement et imaginez l&apos;effort partir du creux de la hanche.</translation>
    </message>
    <message>
        <source>Ready for {name}?</source>
        <translation>Passer à {name} ?</translation>
    </message>
    <message>
        <source>{name}: hold {seconds} s?</source>
        <translation>{name} : tenir {seconds} s ?</translation>
    </message>
    <message>
        <source>{name}: {n} sets?</source>
        <translation>{name} : {n} séries ?</translation>
    </message>
    <message>
        <source>{name}: {n} reps?</source>
        <translation>{name} : {n} répétitions ?</translation>
    </message>
    <message>
        <source>You did {name} completely {n} sessions in a row and felt it deep in the hip crease.</source>
        <translation>Vous avez fait {name} en entier {n} séances de suite et l&apos;avez senti au creux de la hanche.</translation>
    </message>
    <message>
        <source>Try holding {value} s instead of {current} s.</source>
        <translation>Essayez de tenir {value} s au lieu de {current} s.</translation>
    </message>
    <message>
        <source>Try {value} reps instead of {current}.</source>
        <translation>Essayez {value} répétitions au lieu de {current}.</translation>
    </message>
    <message>
        <source>Try {value} sets instead of {current}.</source>
        <translation>Essayez {value} séries au lieu de {current}.</translation>
    </message>
    <message>
        <source>You are at the top of its range; {next} is the next step when you feel ready. Add it to your routine.</source>
        <translation>Vous êtes en haut de la plage habituelle ; {next} est l&apos;étape suivante quand vous vous en sentez capable. Ajoutez-le à votre routine.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Mise en place</translation>
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
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>mat</source>
        <translation>tapis</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>stability ball</source>
        <translation>ballon de gym</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>mur</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>niveau {level}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>secs</source>
        <translation>s</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>side</source>
        <translation>côté</translation>
    </message>
    <message>
        <source>set</source>
        <translation>sér</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rép</translation>
    </message>
    <message>
        <source>breath</source>
        <translation>souffle</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>Total: {clock} ({seconds} s)</source>
        <translation>Total : {clock} ({seconds} s)</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>montée</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>maintien</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>descente</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>changement de côté</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>transition</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>strengthen</source>
        <translation>renforcer</translation>
    </message>
    <message>
        <source>release</source>
        <translation>relâcher</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>régulier</translation>
    </message>
    <message>
        <source>paced</source>
        <translation>rythmé</translation>
    </message>
</context>
<context>
    <name>WatchOutNote</name>
    <message>
        <source>Watch out</source>
        <extracomment>The height asked for, per width, text shown, font and margins: a new step asks again for every label it changes, and Qt lays out wrapped text afresh each time it is asked. The tallest of the texts, per width inside the margins and font. Each text&apos;s (width, height) unwrapped, per font: a text no wider than the label is that tall whatever the width, so only the texts wider than it are laid out again for each width the layout asks about.</extracomment>
        <translation>Attention</translation>
    </message>
</context>
<context>
    <name>dosage_editor</name>
    <message>
        <source>A hold counted in breaths instead of seconds.</source>
        <translation>Un maintien compté en respirations plutôt qu&apos;en secondes.</translation>
    </message>
    <message>
        <source>Time to get into position before the first set.</source>
        <translation>Temps pour se mettre en position avant la première série.</translation>
    </message>
    <message>
        <source>Time to change sides, when all reps of one side come first.</source>
        <translation>Temps pour changer de côté, quand toutes les répétitions d&apos;un côté passent d&apos;abord.</translation>
    </message>
    <message>
        <source>Time to set up when this exercise follows another.</source>
        <translation>Temps d&apos;installation quand cet exercice en suit un autre.</translation>
    </message>
    <message>
        <source> breath</source>
        <translation> respiration</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> respirations</translation>
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
        <translation>Routine non importée</translation>
    </message>
    <message>
        <source>{name} could not be imported; nothing was added.</source>
        <translation>{name} n&apos;a pas pu être importée ; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Nothing was added:</source>
        <translation>Rien n&apos;a été ajouté :</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Routine non exportée</translation>
    </message>
    <message>
        <source>Routine exported</source>
        <translation>Routine exportée</translation>
    </message>
    <message>
        <source>{written} was replaced; the file it replaced is kept as {kept_copy}.</source>
        <translation>{written} a été remplacé ; l&apos;ancien fichier est conservé sous {kept_copy}.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Routine importée</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exporter une routine</translation>
    </message>
</context>
</TS>

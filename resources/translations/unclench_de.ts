<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Unclench could not change its log: {0}</source>
        <translation>Unclench konnte sein Protokoll nicht ändern: {0}</translation>
    </message>
</context>
<context>
    <name>BreakCoordinator</name>
    <message numerus="yes">
        <source>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</source>
        <translation>
            <numerusform>Ein ruhiger Moment, um eine verpasste Pause nachzuholen (%n offen): „Pause nachholen“ im Menü.</numerusform>
            <numerusform>Ein ruhiger Moment, um eine verpasste Pause nachzuholen (%n offen): „Pause nachholen“ im Menü.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Unclench break</source>
        <translation>Unclench-Pause</translation>
    </message>
    <message>
        <source>Making up an earlier break</source>
        <translation>Du holst eine frühere Pause nach</translation>
    </message>
    <message>
        <source>&amp;Done early (Enter)</source>
        <translation>&amp;Schon fertig (Enter)</translation>
    </message>
    <message>
        <source>&amp;Postpone {0} min</source>
        <translation>Um {0} Min. &amp;verschieben</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <source>In an emergency, hold Esc for {0} seconds.</source>
        <translation>Im Notfall halte Esc {0} Sekunden lang gedrückt.</translation>
    </message>
    <message>
        <source>{0} min {1} s left</source>
        <translation>Noch {0} Min. {1} s</translation>
    </message>
</context>
<context>
    <name>BreakSettingsPage</name>
    <message>
        <source>Break screen</source>
        <translation>Pausenbildschirm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length of the movement break</source>
        <translation>Länge der Bewegungspause</translation>
    </message>
    <message>
        <source>Show the movement break on the break screen</source>
        <translation>Bewegungspause auf dem Pausenbildschirm zeigen</translation>
    </message>
    <message>
        <source>Show the stretch break on the break screen</source>
        <translation>Dehnpause auf dem Pausenbildschirm zeigen</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>A large window</source>
        <translation>Ein großes Fenster</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation>Alle Bildschirme</translation>
    </message>
    <message>
        <source>The one with the pointer</source>
        <translation>Der Bildschirm mit dem Mauszeiger</translation>
    </message>
    <message>
        <source>Heads-up before a break</source>
        <translation>Vorwarnung vor einer Pause</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before (0: none)</source>
        <translation>Sekunden vorher (0: keine)</translation>
    </message>
    <message>
        <source>A glowing edge around the screen</source>
        <translation>Ein leuchtender Rand um den Bildschirm</translation>
    </message>
    <message>
        <source>A soft tone only</source>
        <translation>Nur ein leiser Ton</translation>
    </message>
    <message>
        <source>Strict mode and skips</source>
        <translation>Strenger Modus und Überspringen</translation>
    </message>
    <message>
        <source>Strict movement break (hold Esc {0} s to leave)</source>
        <translation>Strenge Bewegungspause (zum Verlassen Esc {0} s gedrückt halten)</translation>
    </message>
    <message>
        <source>Strict stretch break</source>
        <translation>Strenge Dehnpause</translation>
    </message>
    <message>
        <source>Postpones a day in strict mode</source>
        <translation>Verschiebungen pro Tag im strengen Modus</translation>
    </message>
    <message>
        <source>Limit skips</source>
        <translation>Überspringen begrenzen</translation>
    </message>
    <message>
        <source>Skips a day</source>
        <translation>Überspringen pro Tag</translation>
    </message>
    <message>
        <source>Offer to make up a missed break</source>
        <translation>Anbieten, eine verpasste Pause nachzuholen</translation>
    </message>
</context>
<context>
    <name>BreathingActions</name>
    <message>
        <source>There is no breathing pattern called &apos;{0}&apos;. Patterns: {1}</source>
        <translation>Es gibt kein Atemmuster namens „{0}“. Vorhandene Muster: {1}</translation>
    </message>
    <message>
        <source>A breathing session lasts 1 to 10 minutes.</source>
        <translation>Eine Atemübung dauert 1 bis 10 Minuten.</translation>
    </message>
</context>
<context>
    <name>BreathingExtras</name>
    <message>
        <source>Breathing options</source>
        <translation>Atemoptionen</translation>
    </message>
    <message>
        <source>Some pattern files were skipped:</source>
        <translation>Einige Musterdateien wurden übersprungen:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und eine weitere.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <source>Reduce motion: a still circle that changes colour</source>
        <translation>Weniger Bewegung: ein ruhender Kreis, der die Farbe wechselt</translation>
    </message>
    <message>
        <source>Your system asks for less motion, so the circle stays still either way.</source>
        <translation>Dein System wünscht weniger Bewegung, deshalb bleibt der Kreis ohnehin ruhig.</translation>
    </message>
    <message>
        <source>Soft sound when the phase changes</source>
        <translation>Leiser Ton beim Wechsel der Phase</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Phasen ansagen</translation>
    </message>
    <message>
        <source>Ask how tense I feel, before and after</source>
        <translation>Vorher und nachher fragen, wie angespannt ich bin</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemtakt</translation>
    </message>
</context>
<context>
    <name>BreathingSummary</name>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} Min. {1} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>Tension {0} → {1}</source>
        <translation>Anspannung {0} → {1}</translation>
    </message>
    <message>
        <source>Breathe &amp;again</source>
        <translation>Noch &amp;einmal atmen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Start another breathing session</source>
        <translation>Eine weitere Atemübung starten</translation>
    </message>
    <message>
        <source>Close the breathing window</source>
        <translation>Atemfenster schließen</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>Stopped. Every slow breath counts.</source>
        <translation>Beendet. Jeder ruhige Atemzug zählt.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1}: {0}</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <source>Breathe – Unclench</source>
        <translation>Atmen – Unclench</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigenes Muster</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>Wie angespannt fühlst du dich gerade?</translation>
    </message>
    <message>
        <source>And how tense do you feel now?</source>
        <translation>Und wie angespannt fühlst du dich jetzt?</translation>
    </message>
</context>
<context>
    <name>CarriedItem</name>
    <message>
        <source>Also due now: {0}</source>
        <translation>Ebenfalls fällig: {0}</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>&amp;{0} ml getrunken</translation>
    </message>
    <message>
        <source>I took a few slow breaths</source>
        <translation>Ich habe ein paar Mal langsam geatmet</translation>
    </message>
    <message>
        <source>I did a short stretch</source>
        <translation>Ich habe mich kurz gedehnt</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <source>Tension and breaks</source>
        <translation>Anspannung und Pausen</translation>
    </message>
    <message>
        <source>Breathing, before and after</source>
        <translation>Atmen, vorher und nachher</translation>
    </message>
    <message>
        <source>Days with {0}+ breaks</source>
        <translation>Tage mit {0}+ Pausen</translation>
    </message>
    <message>
        <source>Days with fewer</source>
        <translation>Tage mit weniger</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Vor einer Übung</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
</context>
<context>
    <name>ComputerFilter</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Alle Computer</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (dieser Computer)</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Slow belly breaths</source>
        <extracomment>exercise belly-breath: name</extracomment>
        <translation>Langsame Bauchatmung</translation>
    </message>
    <message>
        <source>Rest a hand on your belly. Breathe in through your nose so your belly rises under your hand, then breathe out slowly, a little longer than the breath in. Let your shoulders stay still.</source>
        <extracomment>exercise belly-breath: instruction</extracomment>
        <translation>Leg eine Hand auf den Bauch. Atme durch die Nase ein, sodass sich der Bauch unter deiner Hand hebt, und atme dann langsam aus, ein wenig länger als beim Einatmen. Die Schultern bleiben dabei ruhig.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <extracomment>exercise chest-opener: name</extracomment>
        <translation>Brust öffnen</translation>
    </message>
    <message>
        <source>Stand or sit tall. Link your hands behind you, or hold the sides of the seat, then lift your chest and let your shoulders open wide. Keep your chin level and your breath easy.</source>
        <extracomment>exercise chest-opener: instruction</extracomment>
        <translation>Steh oder sitz aufrecht. Verschränk die Hände hinter dem Rücken oder halte dich seitlich an der Sitzfläche fest, heb dann die Brust und lass die Schultern weit werden. Das Kinn bleibt waagerecht, der Atem ruhig.</translation>
    </message>
    <message>
        <source>Chin tucks</source>
        <extracomment>exercise chin-tuck: name</extracomment>
        <translation>Kinn zurückschieben</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead. Glide your chin straight back, as if making a small double chin, without tipping your head down. Hold softly, then let it drift forward again.</source>
        <extracomment>exercise chin-tuck: instruction</extracomment>
        <translation>Sitz aufrecht und schau geradeaus. Schieb das Kinn gerade nach hinten, als wolltest du ein kleines Doppelkinn machen, ohne den Kopf zu senken. Halte die Position sanft und lass das Kinn dann wieder nach vorn gleiten.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <extracomment>exercise hip-flexor-stretch: name</extracomment>
        <translation>Hüftbeuger dehnen</translation>
    </message>
    <message>
        <source>Stand in a short stride with a hand on the desk for balance. Bend the front knee a little and tuck your tailbone under until you feel a stretch at the front of the back hip. Keep your body upright.</source>
        <extracomment>exercise hip-flexor-stretch: instruction</extracomment>
        <translation>Stell dich in einen kurzen Schritt und stütz dich mit einer Hand am Tisch ab. Beug das vordere Knie leicht und roll das Becken ein wenig ein, das Steißbein zeigt nach unten, bis du vorn an der hinteren Hüfte eine Dehnung spürst. Der Oberkörper bleibt aufrecht.</translation>
    </message>
    <message>
        <source>Unclench your jaw</source>
        <extracomment>exercise jaw-release: name</extracomment>
        <translation>Kiefer lockern</translation>
    </message>
    <message>
        <source>Let your teeth part and your tongue rest behind your lower front teeth, lips softly together. Circle your fingertips slowly over the muscles just in front of your ears.</source>
        <extracomment>exercise jaw-release: instruction</extracomment>
        <translation>Lass die Zähne auseinandergehen und die Zunge hinter den unteren Schneidezähnen ruhen, die Lippen berühren sich leicht. Kreise mit den Fingerspitzen langsam über die Muskeln direkt vor den Ohren.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <extracomment>exercise neck-side-stretch: name</extracomment>
        <translation>Seitliche Nackendehnung</translation>
    </message>
    <message>
        <source>Let both shoulders sink. Slowly tip one ear toward the shoulder on the same side until you feel a mild pull along the other side of your neck. Breathe; no need to press with your hand.</source>
        <extracomment>exercise neck-side-stretch: instruction</extracomment>
        <translation>Lass beide Schultern sinken. Neig ein Ohr langsam zur Schulter derselben Seite, bis du an der anderen Halsseite einen leichten Zug spürst. Atme weiter; mit der Hand musst du nicht nachdrücken.</translation>
    </message>
    <message>
        <source>Slow head turns</source>
        <extracomment>exercise neck-turn: name</extracomment>
        <translation>Kopf langsam drehen</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders soft. Turn your head slowly to look over one shoulder, only as far as is comfortable. Pause, then turn back through the middle.</source>
        <extracomment>exercise neck-turn: instruction</extracomment>
        <translation>Sitz aufrecht, die Schultern locker. Dreh den Kopf langsam und schau über eine Schulter, nur so weit, wie es angenehm ist. Kurz verweilen, dann über die Mitte zurückdrehen.</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <extracomment>exercise pmr-arms: name</extracomment>
        <translation>Oberarme</translation>
    </message>
    <message>
        <source>Bend your elbows and tighten the front of your upper arms, as if showing off your biceps.</source>
        <extracomment>exercise pmr-arms: instruction</extracomment>
        <translation>Beug die Ellbogen und spann die Vorderseite der Oberarme an, als wolltest du deinen Bizeps zeigen.</translation>
    </message>
    <message>
        <source>Lower your arms and let them rest heavy in your lap. Feel the difference.</source>
        <extracomment>exercise pmr-arms: what to do in the rest after each hold</extracomment>
        <translation>Senk die Arme und lass sie schwer im Schoß liegen. Spür den Unterschied.</translation>
    </message>
    <message>
        <source>Belly</source>
        <extracomment>exercise pmr-belly: name</extracomment>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles, as if bracing for a gentle poke.</source>
        <extracomment>exercise pmr-belly: instruction</extracomment>
        <translation>Spann die Bauchmuskeln an, als würdest du dich auf einen sanften Stups gefasst machen.</translation>
    </message>
    <message>
        <source>Let your belly go soft and round, and let it rise freely as you breathe in.</source>
        <extracomment>exercise pmr-belly: what to do in the rest after each hold</extracomment>
        <translation>Lass den Bauch weich und rund werden und sich beim Einatmen frei heben.</translation>
    </message>
    <message>
        <source>Eyes and jaw</source>
        <extracomment>exercise pmr-face: name</extracomment>
        <translation>Augen und Kiefer</translation>
    </message>
    <message>
        <source>Close your eyes tightly and press your lips together. If your jaw is sore, keep the teeth apart.</source>
        <extracomment>exercise pmr-face: instruction</extracomment>
        <translation>Kneif die Augen fest zu und press die Lippen aufeinander. Wenn dein Kiefer schmerzt, lass die Zähne dabei auseinander.</translation>
    </message>
    <message>
        <source>Let your face go slack, teeth parted and jaw hanging loose. Breathe out slowly.</source>
        <extracomment>exercise pmr-face: what to do in the rest after each hold</extracomment>
        <translation>Lass das Gesicht ganz schlaff werden, die Zähne auseinander, den Kiefer locker hängend. Atme langsam aus.</translation>
    </message>
    <message>
        <source>Feet and calves</source>
        <extracomment>exercise pmr-feet: name</extracomment>
        <translation>Füße und Waden</translation>
    </message>
    <message>
        <source>Keep your heels on the floor and pull your toes up toward your shins.</source>
        <extracomment>exercise pmr-feet: instruction</extracomment>
        <translation>Lass die Fersen am Boden und zieh die Zehen hoch in Richtung Schienbein.</translation>
    </message>
    <message>
        <source>Let your feet rest flat and loose on the floor. Notice how they feel now.</source>
        <extracomment>exercise pmr-feet: what to do in the rest after each hold</extracomment>
        <translation>Lass die Füße flach und locker auf dem Boden ruhen. Spür, wie sie sich jetzt anfühlen.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <extracomment>exercise pmr-forehead: name</extracomment>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Raise your eyebrows as high as they go and hold the wrinkles in your forehead.</source>
        <extracomment>exercise pmr-forehead: instruction</extracomment>
        <translation>Zieh die Augenbrauen so hoch wie möglich und halte die Falten auf der Stirn.</translation>
    </message>
    <message>
        <source>Let your brow fall smooth. Notice the forehead relax.</source>
        <extracomment>exercise pmr-forehead: what to do in the rest after each hold</extracomment>
        <translation>Lass die Stirn wieder glatt werden. Spür, wie sie sich entspannt.</translation>
    </message>
    <message>
        <source>Hands and forearms</source>
        <extracomment>exercise pmr-hands: name</extracomment>
        <translation>Hände und Unterarme</translation>
    </message>
    <message>
        <source>Curl both hands into fists and squeeze firmly, without straining. Notice the tightness.</source>
        <extracomment>exercise pmr-hands: instruction</extracomment>
        <translation>Mach mit beiden Händen eine Faust und drück fest zu, ohne dich zu verkrampfen. Spür die Anspannung.</translation>
    </message>
    <message>
        <source>Open your hands and let your fingers fall loose. Notice the warmth and heaviness.</source>
        <extracomment>exercise pmr-hands: what to do in the rest after each hold</extracomment>
        <translation>Öffne die Hände und lass die Finger locker fallen. Spür die Wärme und die Schwere.</translation>
    </message>
    <message>
        <source>Thighs</source>
        <extracomment>exercise pmr-legs: name</extracomment>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Press your knees together and tighten your thighs.</source>
        <extracomment>exercise pmr-legs: instruction</extracomment>
        <translation>Drück die Knie gegeneinander und spann die Oberschenkel an.</translation>
    </message>
    <message>
        <source>Let your legs fall slightly apart and rest heavy on the chair.</source>
        <extracomment>exercise pmr-legs: what to do in the rest after each hold</extracomment>
        <translation>Lass die Beine leicht auseinanderfallen und schwer auf dem Stuhl ruhen.</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <extracomment>exercise pmr-shoulders: name</extracomment>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Pull your shoulders up toward your ears and hold them there.</source>
        <extracomment>exercise pmr-shoulders: instruction</extracomment>
        <translation>Zieh die Schultern hoch zu den Ohren und halte sie dort.</translation>
    </message>
    <message>
        <source>Let your shoulders drop all the way down. Feel the weight sink out of them.</source>
        <extracomment>exercise pmr-shoulders: what to do in the rest after each hold</extracomment>
        <translation>Lass die Schultern ganz nach unten fallen. Spür, wie die Schwere aus ihnen heraussinkt.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <extracomment>exercise pmr-upper-back: name</extracomment>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together and hold, keeping your neck relaxed.</source>
        <extracomment>exercise pmr-upper-back: instruction</extracomment>
        <translation>Zieh die Schulterblätter zusammen und halte sie, der Nacken bleibt dabei locker.</translation>
    </message>
    <message>
        <source>Release and let your upper back widen and soften against the chair.</source>
        <extracomment>exercise pmr-upper-back: what to do in the rest after each hold</extracomment>
        <translation>Lass los und spür, wie dein oberer Rücken breit und weich an der Lehne liegt.</translation>
    </message>
    <message>
        <source>Seated cat-cow</source>
        <extracomment>exercise seated-cat-cow: name</extracomment>
        <translation>Katze und Kuh im Sitzen</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back and let your head hang forward. Breathing in, lift your chest and let your lower back arch a little. Flow slowly between the two.</source>
        <extracomment>exercise seated-cat-cow: instruction</extracomment>
        <translation>Leg die Hände auf die Knie. Mach beim Ausatmen den Rücken rund und lass den Kopf nach vorn sinken. Heb beim Einatmen die Brust und lass den unteren Rücken ein wenig ins Hohlkreuz gehen. Wechsle langsam und fließend zwischen beidem.</translation>
    </message>
    <message>
        <source>Seated cat</source>
        <extracomment>exercise seated-cat: name</extracomment>
        <translation>Katze im Sitzen</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back like a cat and let your head hang forward.</source>
        <extracomment>exercise seated-cat: instruction</extracomment>
        <translation>Leg die Hände auf die Knie. Mach beim Ausatmen den Rücken rund wie eine Katze und lass den Kopf nach vorn sinken.</translation>
    </message>
    <message>
        <source>Seated cow</source>
        <extracomment>exercise seated-cow: name</extracomment>
        <translation>Kuh im Sitzen</translation>
    </message>
    <message>
        <source>Breathing in, lift your chest and let your lower back arch a little. Look ahead, not up.</source>
        <extracomment>exercise seated-cow: instruction</extracomment>
        <translation>Heb beim Einatmen die Brust und lass den unteren Rücken ein wenig ins Hohlkreuz gehen. Schau nach vorn, nicht nach oben.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <extracomment>exercise seated-twist: name</extracomment>
        <translation>Drehung im Sitzen</translation>
    </message>
    <message>
        <source>Sit tall with both feet on the floor. Turn your chest toward one side, one hand on the opposite knee and the other on the chair back. Grow tall as you breathe in; turn back slowly.</source>
        <extracomment>exercise seated-twist: instruction</extracomment>
        <translation>Sitz aufrecht, beide Füße auf dem Boden. Dreh den Oberkörper zu einer Seite, eine Hand am gegenüberliegenden Knie, die andere an der Stuhllehne. Richte dich beim Einatmen lang auf und dreh langsam zurück.</translation>
    </message>
    <message>
        <source>Short walk</source>
        <extracomment>exercise short-walk: name</extracomment>
        <translation>Kurzer Spaziergang</translation>
    </message>
    <message>
        <source>Stand up and walk about: to a window, the kitchen or along the corridor. Let your arms swing and your shoulders loosen. Fetching a glass of water counts.</source>
        <extracomment>exercise short-walk: instruction</extracomment>
        <translation>Steh auf und geh ein paar Schritte: zum Fenster, in die Küche oder den Flur entlang. Lass die Arme schwingen und die Schultern locker werden. Ein Glas Wasser holen zählt auch.</translation>
    </message>
    <message>
        <source>Shoulder-blade squeeze</source>
        <extracomment>exercise shoulder-blade-squeeze: name</extracomment>
        <translation>Schulterblätter zusammenziehen</translation>
    </message>
    <message>
        <source>Sit upright with your arms loose. Draw your shoulder blades back and a little down, as if sliding them into your back pockets. Hold lightly, then let go.</source>
        <extracomment>exercise shoulder-blade-squeeze: instruction</extracomment>
        <translation>Sitz aufrecht, die Arme locker. Zieh die Schulterblätter nach hinten und etwas nach unten, als wolltest du sie in die Gesäßtaschen schieben. Leicht halten, dann loslassen.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <extracomment>exercise shoulder-rolls: name</extracomment>
        <translation>Schulterkreisen</translation>
    </message>
    <message>
        <source>Lift your shoulders toward your ears, draw them back, then let them drop. Keep the circles slow and round, rolling backwards.</source>
        <extracomment>exercise shoulder-rolls: instruction</extracomment>
        <translation>Heb die Schultern zu den Ohren, zieh sie nach hinten und lass sie dann sinken. Kreise langsam und rund, immer nach hinten.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <extracomment>exercise standing-back-extension: name</extracomment>
        <translation>Rückbeuge im Stehen</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and your palms on your lower back. Lean back gently from the hips, only as far as feels comfortable, then come back up to standing.</source>
        <extracomment>exercise standing-back-extension: instruction</extracomment>
        <translation>Stell dich mit hüftbreit geöffneten Füßen hin und leg die Handflächen auf den unteren Rücken. Lehn dich aus der Hüfte sanft nach hinten, nur so weit, wie es sich angenehm anfühlt, und richte dich dann wieder auf.</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <extracomment>exercise standing-side-bend: name</extracomment>
        <translation>Seitbeuge im Stehen</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart. Reach one arm up and over your head and lean gently the other way, keeping your hips steady. Breathe into your side, then return to the middle.</source>
        <extracomment>exercise standing-side-bend: instruction</extracomment>
        <translation>Steh aufrecht, die Füße hüftbreit. Führ einen Arm nach oben und über den Kopf und neig dich sanft zur anderen Seite, die Hüfte bleibt ruhig. Atme in die Flanke, dann zurück zur Mitte.</translation>
    </message>
    <message>
        <source>Upper-back reach</source>
        <extracomment>exercise upper-back-reach: name</extracomment>
        <translation>Oberen Rücken weiten</translation>
    </message>
    <message>
        <source>Link your fingers and push your palms away at shoulder height. Round your upper back and let your head drop a little, as if hugging a large ball. Feel the space between your shoulder blades widen.</source>
        <extracomment>exercise upper-back-reach: instruction</extracomment>
        <translation>Verschränk die Finger und schieb die Handflächen auf Schulterhöhe von dir weg. Mach den oberen Rücken rund und lass den Kopf etwas sinken, als würdest du einen großen Ball umarmen. Spür, wie der Raum zwischen den Schulterblättern weiter wird.</translation>
    </message>
    <message>
        <source>Forearm and wrist stretch</source>
        <extracomment>exercise wrist-stretch: name</extracomment>
        <translation>Unterarm und Handgelenk dehnen</translation>
    </message>
    <message>
        <source>Hold one arm out in front, palm up and elbow soft. With the other hand, ease the fingers down and back until the inside of the forearm feels a gentle stretch.</source>
        <extracomment>exercise wrist-stretch: instruction</extracomment>
        <translation>Streck einen Arm nach vorn, die Handfläche nach oben, den Ellbogen locker. Zieh mit der anderen Hand die Finger sanft nach unten und hinten, bis du an der Innenseite des Unterarms eine leichte Dehnung spürst.</translation>
    </message>
    <message>
        <source>Hands, chest and jaw minute</source>
        <extracomment>routine micro-hands: name</extracomment>
        <translation>Minute für Hände, Brust und Kiefer</translation>
    </message>
    <message>
        <source>A one-minute break for keyboard hands, a closed chest and a clenched jaw.</source>
        <extracomment>routine micro-hands: description</extracomment>
        <translation>Eine Minute Pause für Tastaturhände, eine eingesunkene Brust und einen verbissenen Kiefer.</translation>
    </message>
    <message>
        <source>Neck and shoulders minute</source>
        <extracomment>routine micro-neck: name</extracomment>
        <translation>Minute für Nacken und Schultern</translation>
    </message>
    <message>
        <source>A one-minute reset for a stiff neck and raised shoulders.</source>
        <extracomment>routine micro-neck: description</extracomment>
        <translation>Eine Minute zum Durchatmen für einen steifen Nacken und hochgezogene Schultern.</translation>
    </message>
    <message>
        <source>Stand-up minute</source>
        <extracomment>routine micro-stand: name</extracomment>
        <translation>Minute im Stehen</translation>
    </message>
    <message>
        <source>Out of the chair for a minute: lean back, reach, walk.</source>
        <extracomment>routine micro-stand: description</extracomment>
        <translation>Eine Minute raus aus dem Stuhl: nach hinten lehnen, strecken, gehen.</translation>
    </message>
    <message>
        <source>Back and spine minute</source>
        <extracomment>routine micro-back: name</extracomment>
        <translation>Minute für den Rücken</translation>
    </message>
    <message>
        <source>A one-minute break that moves the spine after a long sit.</source>
        <extracomment>routine micro-back: description</extracomment>
        <translation>Eine Minute Pause, die nach langem Sitzen die Wirbelsäule bewegt.</translation>
    </message>
    <message>
        <source>Neck and shoulder release</source>
        <extracomment>routine neck-release: name</extracomment>
        <translation>Nacken und Schultern lösen</translation>
    </message>
    <message>
        <source>About three minutes to loosen the neck, shoulders and jaw where many people hold tension.</source>
        <extracomment>routine neck-release: description</extracomment>
        <translation>Etwa drei Minuten, um Nacken, Schultern und Kiefer zu lockern, wo viele Menschen Spannung halten.</translation>
    </message>
    <message>
        <source>A short walk</source>
        <extracomment>movement break suggestion short-walk: title (short)</extracomment>
        <translation>Ein kurzer Spaziergang</translation>
    </message>
    <message>
        <source>Walk for a few minutes: down the corridor, up a flight of stairs or once around the room. An easy pace is enough.</source>
        <extracomment>movement break suggestion short-walk: what to do, one or two sentences</extracomment>
        <translation>Geh ein paar Minuten: den Flur entlang, eine Treppe hinauf oder einmal durch den Raum. Ein gemütliches Tempo reicht.</translation>
    </message>
    <message>
        <source>Refill your water</source>
        <extracomment>movement break suggestion refill-water: title (short)</extracomment>
        <translation>Wasser nachfüllen</translation>
    </message>
    <message>
        <source>Walk to the kitchen or the tap and refill your glass or bottle. Drink some if you are thirsty.</source>
        <extracomment>movement break suggestion refill-water: what to do, one or two sentences</extracomment>
        <translation>Geh in die Küche oder zum Wasserhahn und füll dein Glas oder deine Flasche auf. Trink etwas, wenn du Durst hast.</translation>
    </message>
    <message>
        <source>Loosen your shoulders</source>
        <extracomment>movement break suggestion loosen-shoulders: title (short)</extracomment>
        <translation>Lockere deine Schultern</translation>
    </message>
    <message>
        <source>Stand up, roll your shoulders slowly back a few times and let them drop. Let your arms hang and shake your hands loose.</source>
        <extracomment>movement break suggestion loosen-shoulders: what to do, one or two sentences</extracomment>
        <translation>Steh auf, roll deine Schultern ein paarmal langsam nach hinten und lass sie sinken. Lass die Arme hängen und schüttle die Hände locker.</translation>
    </message>
    <message>
        <source>Move gently</source>
        <extracomment>movement break suggestion gentle-movement: title (short)</extracomment>
        <translation>Beweg dich sanft</translation>
    </message>
    <message>
        <source>Stand and move in any easy way that feels good: shift your weight, march on the spot, reach up. Stop any move that hurts.</source>
        <extracomment>movement break suggestion gentle-movement: what to do, one or two sentences</extracomment>
        <translation>Steh auf und beweg dich auf jede leichte Art, die sich gut anfühlt: Gewicht verlagern, auf der Stelle gehen, nach oben strecken. Hör mit jeder Bewegung auf, die wehtut.</translation>
    </message>
    <message>
        <source>Look far away</source>
        <extracomment>movement break suggestion look-far: title (short)</extracomment>
        <translation>Schau in die Ferne</translation>
    </message>
    <message>
        <source>Stand at a window or at the far end of the room and rest your eyes on something far away. Breathe out slowly.</source>
        <extracomment>movement break suggestion look-far: what to do, one or two sentences</extracomment>
        <translation>Stell dich ans Fenster oder ans andere Ende des Raums und lass den Blick auf etwas Fernem ruhen. Atme langsam aus.</translation>
    </message>
    <message>
        <source>In for 4 seconds, out for 6: six slow breaths a minute, each out-breath a little longer than the in-breath. Many people find this pace settling. Breathe out slowly, as if through a straw.</source>
        <extracomment>breathing pattern longer-exhale: description</extracomment>
        <translation>4 Sekunden ein, 6 aus: sechs ruhige Atemzüge pro Minute, das Ausatmen jeweils etwas länger als das Einatmen. Viele empfinden dieses Tempo als beruhigend. Atme langsam aus, wie durch einen Strohhalm.</translation>
    </message>
    <message>
        <source>Stress and muscle tension</source>
        <extracomment>why this helps, topic stress-tension: title (short)</extracomment>
        <translation>Stress und Muskelspannung</translation>
    </message>
    <message>
        <source>In laboratory studies, mental stress such as timed arithmetic raises the activity of the shoulder muscles, even when the body is doing no physical work. Distress and low mood also make it more likely that back pain lasts. How much everyday stress adds to neck and back pain differs from person to person, so take this as a reasonable idea, not a proven cause.</source>
        <extracomment>why this helps, topic stress-tension: what is known, two or three sentences</extracomment>
        <translation>In Laborstudien steigert geistiger Stress, etwa Rechnen unter Zeitdruck, die Aktivität der Schultermuskeln, auch wenn der Körper keine körperliche Arbeit leistet. Belastung und gedrückte Stimmung machen es außerdem wahrscheinlicher, dass Rückenschmerzen anhalten. Wie viel Alltagsstress zu Nacken- und Rückenschmerzen beiträgt, ist von Mensch zu Mensch verschieden; nimm das als vernünftige Annahme, nicht als bewiesene Ursache.</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <extracomment>why this helps, topic micro-breaks: title (short)</extracomment>
        <translation>Kurze Pausen</translation>
    </message>
    <message>
        <source>Breaks of up to ten minutes leave people a little less tired and a little more energetic, a small but reliable effect. They do not reliably make people work better or faster; longer breaks did better on that. Unclench suggests breaks for how you feel, not to raise your output.</source>
        <extracomment>why this helps, topic micro-breaks: what is known, two or three sentences</extracomment>
        <translation>Pausen von bis zu zehn Minuten machen etwas weniger müde und etwas frischer, ein kleiner, aber verlässlicher Effekt. Besser oder schneller arbeitet man dadurch nicht verlässlich; längere Pausen schnitten dabei besser ab. Unclench schlägt Pausen für dein Befinden vor, nicht um deine Leistung zu steigern.</translation>
    </message>
    <message>
        <source>Staying active with back pain</source>
        <extracomment>why this helps, topic movement: title (short)</extracomment>
        <translation>Aktiv bleiben bei Rückenschmerzen</translation>
    </message>
    <message>
        <source>Guidelines advise people with low back pain to carry on with normal activities as far as they can and, when pain lasts, to exercise. Exercise programmes ease long-lasting low back pain by a modest amount on average. Gentle moves during the day are a small part of staying active, not a treatment.</source>
        <extracomment>why this helps, topic movement: what is known, two or three sentences</extracomment>
        <translation>Leitlinien raten Menschen mit Kreuzschmerzen, ihren Alltag so weit wie möglich fortzuführen und bei anhaltenden Schmerzen zu trainieren. Übungsprogramme lindern lang anhaltende Kreuzschmerzen im Mittel mäßig. Sanfte Bewegungen über den Tag sind ein kleiner Teil davon, aktiv zu bleiben, keine Behandlung.</translation>
    </message>
    <message>
        <source>Stretching at the desk</source>
        <extracomment>why this helps, topic stretching: title (short)</extracomment>
        <translation>Dehnen am Schreibtisch</translation>
    </message>
    <message>
        <source>Stretching feels good to many people and is part of the exercise that guidelines suggest for back pain, but there is little good evidence that desk stretches on their own prevent neck or back pain. When a muscle cramps, gently stretching it is the usual first help. Stretch only as far as is comfortable, and stop if pain increases.</source>
        <extracomment>why this helps, topic stretching: what is known, two or three sentences</extracomment>
        <translation>Dehnen tut vielen gut und gehört zu den Übungen, die Leitlinien bei Rückenschmerzen nennen, aber es gibt wenig gute Belege, dass Dehnen am Schreibtisch allein Nacken- oder Rückenschmerzen verhindert. Bei einem Muskelkrampf ist sanftes Dehnen die übliche erste Hilfe. Dehn dich nur so weit, wie es angenehm ist, und hör auf, wenn der Schmerz zunimmt.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <extracomment>why this helps, topic slow-breathing: title (short)</extracomment>
        <translation>Langsames Atmen</translation>
    </message>
    <message>
        <source>Breathing slowly, around six breaths a minute, reliably raises heart-rate variability, a sign that the resting branch of the nervous system is more active, during the exercise and shortly after. Its effect on how stressed people feel is smaller: trials find a small reduction on average, and many are of modest quality. Breathe gently, and stop and breathe normally if you feel light-headed.</source>
        <extracomment>why this helps, topic slow-breathing: what is known, two or three sentences</extracomment>
        <translation>Langsames Atmen, etwa sechs Atemzüge pro Minute, erhöht verlässlich die Herzratenvariabilität, ein Zeichen, dass der ruhende Teil des Nervensystems aktiver ist, während der Übung und kurz danach. Auf das gefühlte Stressempfinden wirkt es weniger: Studien finden im Mittel eine kleine Abnahme, und viele sind von mäßiger Qualität. Atme sanft, und hör auf und atme normal, wenn dir schwindlig wird.</translation>
    </message>
    <message>
        <source>Tensing and then letting go of one muscle group after another is a long-used relaxation method. Relaxation training lowers anxiety by a moderate amount in trials, and a back-pain guideline lists progressive relaxation as an option for long-lasting low back pain, on low-quality evidence. Tense firmly but never to the point of pain.</source>
        <extracomment>why this helps, topic muscle-relaxation: what is known, two or three sentences</extracomment>
        <translation>Eine Muskelgruppe nach der anderen anzuspannen und dann loszulassen ist eine lange bewährte Entspannungsmethode. Entspannungstraining senkt in Studien Angst in mäßigem Umfang, und eine Leitlinie zu Rückenschmerzen nennt progressive Entspannung als Möglichkeit bei lang anhaltenden Kreuzschmerzen, auf Grundlage von Belegen geringer Qualität. Spann kräftig an, aber nie bis zum Schmerz.</translation>
    </message>
    <message>
        <source>Posture and screen height</source>
        <extracomment>why this helps, topic posture: title (short)</extracomment>
        <translation>Haltung und Bildschirmhöhe</translation>
    </message>
    <message>
        <source>No single sitting posture has been shown to prevent back or neck pain, and reviews of desk set-ups and ergonomic training find only low-quality, inconsistent evidence. A comfortable set-up and changing position often are still sensible. The posture checklist is a prompt to notice and ease tension, not a rule for sitting correctly.</source>
        <extracomment>why this helps, topic posture: what is known, two or three sentences</extracomment>
        <translation>Für keine einzelne Sitzhaltung ist gezeigt, dass sie Rücken- oder Nackenschmerzen verhindert, und Übersichtsarbeiten zu Arbeitsplatzgestaltung und Ergonomie-Schulungen finden nur schwache, uneinheitliche Belege. Ein bequemer Arbeitsplatz und häufige Positionswechsel sind trotzdem sinnvoll. Die Haltungs-Checkliste ist ein Anstoß, Spannung zu bemerken und zu lösen, keine Regel für richtiges Sitzen.</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>why this helps, topic water: title (short)</extracomment>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Healthy adults need about two to two and a half litres of water a day from drinks and food together, and thirst is a good guide. There is no good evidence that drinking more water prevents muscle cramps or back spasms, and forcing down large amounts can be dangerous because it dilutes the salt in the blood. Unclench&apos;s water reminders mean: drink when you are thirsty or as you planned, nothing more.</source>
        <extracomment>why this helps, topic water: what is known, two or three sentences</extracomment>
        <translation>Gesunde Erwachsene brauchen etwa zwei bis zweieinhalb Liter Wasser am Tag aus Getränken und Essen zusammen, und Durst ist ein guter Wegweiser. Es gibt keine guten Belege, dass mehr Trinken Muskelkrämpfen oder Rückenkrämpfen vorbeugt, und große Mengen zu erzwingen kann gefährlich sein, weil es das Salz im Blut verdünnt. Die Wasser-Erinnerungen von Unclench heißen: Trink, wenn du Durst hast oder wie du es dir vorgenommen hast, mehr nicht.</translation>
    </message>
    <message>
        <source>Walking and getting up</source>
        <extracomment>why this helps, topic walking: title (short)</extracomment>
        <translation>Gehen und Aufstehen</translation>
    </message>
    <message>
        <source>In a large trial, people who built up regular walking over six months, with some coaching, went nearly twice as long before their low back pain came back. Health guidelines advise adults to sit less and move more, though what a short walk at work does on its own is not known. Sit-stand desks cut sitting at work by about an hour a day at first, on low-quality evidence; whether that helps health is still unclear.</source>
        <extracomment>why this helps, topic walking: what is known, two or three sentences</extracomment>
        <translation>In einer großen Studie blieben Menschen, die mit etwas Begleitung über sechs Monate regelmäßiges Gehen aufbauten, fast doppelt so lange ohne neue Kreuzschmerzen. Gesundheitsleitlinien raten Erwachsenen, weniger zu sitzen und sich mehr zu bewegen; was ein kurzer Gang bei der Arbeit allein bewirkt, ist nicht bekannt. Steh-Sitz-Tische verkürzen das Sitzen bei der Arbeit anfangs um etwa eine Stunde am Tag, belegt mit geringer Qualität; ob das der Gesundheit nützt, ist noch unklar.</translation>
    </message>
    <message>
        <source>Heat or cold for a sore back</source>
        <extracomment>why this helps, topic heat-cold: title (short)</extracomment>
        <translation>Wärme oder Kälte bei Rückenschmerzen</translation>
    </message>
    <message>
        <source>A heat wrap eases new low back pain a little for a short time, with moderate-quality evidence, and a guideline suggests it for pain of recent onset. For cold packs there is too little evidence to say whether they help. Use whichever feels better, never directly on bare skin, and not on skin that has lost feeling.</source>
        <extracomment>why this helps, topic heat-cold: what is known, two or three sentences</extracomment>
        <translation>Ein Wärmeumschlag lindert frische Kreuzschmerzen ein wenig für kurze Zeit, belegt mit mäßiger Qualität, und eine Leitlinie empfiehlt ihn bei Schmerzen, die erst kürzlich begonnen haben. Für Kältepackungen gibt es zu wenig Belege, um zu sagen, ob sie helfen. Nimm, was sich besser anfühlt, nie direkt auf der bloßen Haut und nicht auf Haut, die taub ist.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>why this helps, topic sleep: title (short)</extracomment>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Adults are advised to sleep at least seven hours a night. Poor sleep and pain feed each other, and poor sleep seems to predict later pain more strongly than pain predicts poor sleep. Unclench starts its counts afresh after a night&apos;s sleep and keeps quiet outside your working hours.</source>
        <extracomment>why this helps, topic sleep: what is known, two or three sentences</extracomment>
        <translation>Erwachsenen wird empfohlen, mindestens sieben Stunden pro Nacht zu schlafen. Schlechter Schlaf und Schmerzen verstärken sich gegenseitig, und schlechter Schlaf scheint spätere Schmerzen stärker vorherzusagen als Schmerzen schlechten Schlaf. Unclench beginnt nach einer Nacht Schlaf neu zu zählen und bleibt außerhalb deiner Arbeitszeiten still.</translation>
    </message>
    <message>
        <source>Back reset</source>
        <extracomment>routine back-reset: name</extracomment>
        <translation>Rücken auffrischen</translation>
    </message>
    <message>
        <source>About five minutes of gentle moves for the whole back, seated and standing, ending with a short walk.</source>
        <extracomment>routine back-reset: description</extracomment>
        <translation>Etwa fünf Minuten sanfte Bewegungen für den ganzen Rücken, im Sitzen und im Stehen, zum Schluss ein kurzer Spaziergang.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>routine muscle-relaxation: name</extracomment>
        <translation>Progressive Muskelentspannung</translation>
    </message>
    <message>
        <source>About five minutes, group by group: tense a muscle group for five seconds, then let it go for ten and notice the difference. Tense firmly but never to the point of pain.</source>
        <extracomment>routine muscle-relaxation: description</extracomment>
        <translation>Etwa fünf Minuten, eine Muskelgruppe nach der anderen: fünf Sekunden anspannen, zehn Sekunden loslassen und den Unterschied spüren. Spann kräftig an, aber nie so, dass es wehtut.</translation>
    </message>
    <message>
        <source>Feet flat on the floor (or a footrest)</source>
        <extracomment>posture checklist feet-flat: the thing to check (short)</extracomment>
        <translation>Füße flach auf Boden oder Fußstütze</translation>
    </message>
    <message>
        <source>Knees roughly level with your hips, not tucked under the chair.</source>
        <extracomment>posture checklist feet-flat: how, in one sentence</extracomment>
        <translation>Die Knie etwa auf Höhe der Hüften, nicht unter den Stuhl gezogen.</translation>
    </message>
    <message>
        <source>Back resting against the chair</source>
        <extracomment>posture checklist back-supported: the thing to check (short)</extracomment>
        <translation>Rücken an der Lehne</translation>
    </message>
    <message>
        <source>Sit all the way back so the backrest carries the curve of your lower back.</source>
        <extracomment>posture checklist back-supported: how, in one sentence</extracomment>
        <translation>Setz dich ganz nach hinten, damit die Lehne die Wölbung deines unteren Rückens stützt.</translation>
    </message>
    <message>
        <source>Shoulders down and loose</source>
        <extracomment>posture checklist shoulders-loose: the thing to check (short)</extracomment>
        <translation>Schultern unten und locker</translation>
    </message>
    <message>
        <source>Let them drop away from your ears; they often creep up when you concentrate.</source>
        <extracomment>posture checklist shoulders-loose: how, in one sentence</extracomment>
        <translation>Lass sie von den Ohren weg sinken; beim Konzentrieren wandern sie oft nach oben.</translation>
    </message>
    <message>
        <source>Jaw unclenched</source>
        <extracomment>posture checklist jaw-unclenched: the thing to check (short)</extracomment>
        <translation>Kiefer locker</translation>
    </message>
    <message>
        <source>Teeth apart, lips lightly together, tongue resting.</source>
        <extracomment>posture checklist jaw-unclenched: how, in one sentence</extracomment>
        <translation>Zähne auseinander, Lippen leicht geschlossen, die Zunge entspannt.</translation>
    </message>
    <message>
        <source>Top of the screen near eye level</source>
        <extracomment>posture checklist screen-height: the thing to check (short)</extracomment>
        <translation>Bildschirmoberkante etwa auf Augenhöhe</translation>
    </message>
    <message>
        <source>About an arm&apos;s length away, so your head is not tipped down or pushed forward.</source>
        <extracomment>posture checklist screen-height: how, in one sentence</extracomment>
        <translation>Etwa eine Armlänge entfernt, damit der Kopf weder nach unten kippt noch nach vorn geschoben wird.</translation>
    </message>
    <message>
        <source>Elbows bent at about 90°</source>
        <extracomment>posture checklist elbows-90: the thing to check (short)</extracomment>
        <translation>Ellbogen etwa im rechten Winkel</translation>
    </message>
    <message>
        <source>Forearms roughly level with the desk, wrists straight and floating.</source>
        <extracomment>posture checklist elbows-90: how, in one sentence</extracomment>
        <translation>Unterarme ungefähr auf Tischhöhe, Handgelenke gerade und frei schwebend.</translation>
    </message>
    <message>
        <source>Head balanced over your shoulders</source>
        <extracomment>posture checklist head-over-shoulders: the thing to check (short)</extracomment>
        <translation>Kopf mittig über den Schultern</translation>
    </message>
    <message>
        <source>Ears above the shoulders rather than in front of them.</source>
        <extracomment>posture checklist head-over-shoulders: how, in one sentence</extracomment>
        <translation>Die Ohren über den Schultern statt davor.</translation>
    </message>
    <message>
        <source>Hands and fingers soft</source>
        <extracomment>posture checklist hands-soft: the thing to check (short)</extracomment>
        <translation>Hände und Finger locker</translation>
    </message>
    <message>
        <source>No gripping the mouse; let the wrists rest between movements.</source>
        <extracomment>posture checklist hands-soft: how, in one sentence</extracomment>
        <translation>Die Maus nicht umklammern; lass die Handgelenke zwischen den Bewegungen ruhen.</translation>
    </message>
    <message>
        <source>Belly soft</source>
        <extracomment>posture checklist belly-soft: the thing to check (short)</extracomment>
        <translation>Bauch weich</translation>
    </message>
    <message>
        <source>Let it move as you breathe instead of holding it in.</source>
        <extracomment>posture checklist belly-soft: how, in one sentence</extracomment>
        <translation>Lass ihn beim Atmen mitgehen, statt ihn einzuziehen.</translation>
    </message>
    <message>
        <source>One slow breath out</source>
        <extracomment>posture checklist breath-out: the thing to check (short)</extracomment>
        <translation>Einmal langsam ausatmen</translation>
    </message>
    <message>
        <source>Breathe out a little longer than you breathed in, and let your shoulders sink with it.</source>
        <extracomment>posture checklist breath-out: how, in one sentence</extracomment>
        <translation>Atme etwas länger aus, als du eingeatmet hast, und lass die Schultern dabei mitsinken.</translation>
    </message>
    <message>
        <source>Let go completely and breathe out slowly.</source>
        <extracomment>the rest after a hold, when the exercise gives no words of its own</extracomment>
        <translation>Lass ganz los und atme langsam aus.</translation>
    </message>
    <message>
        <source>Longer exhale</source>
        <extracomment>breathing pattern longer-exhale: name</extracomment>
        <translation>Länger ausatmen</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <extracomment>breathing pattern resonance: name</extracomment>
        <translation>Resonanzatmung</translation>
    </message>
    <message>
        <source>Even breaths of 5.5 seconds in and 5.5 out, a little under six breaths a minute. Also called coherent breathing. Let the belly rise and fall rather than the shoulders.</source>
        <extracomment>breathing pattern resonance: description</extracomment>
        <translation>Gleichmäßige Atemzüge, 5,5 Sekunden ein und 5,5 aus, also knapp sechs Atemzüge pro Minute. Auch kohärentes Atmen genannt. Lass den Bauch sich heben und senken, nicht die Schultern.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <extracomment>breathing pattern box: name</extracomment>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <source>Four equal sides of 4 seconds: in, hold, out, hold. The steady count gives a busy mind something simple to follow.</source>
        <extracomment>breathing pattern box: description</extracomment>
        <translation>Vier gleiche Seiten zu je 4 Sekunden: ein, halten, aus, halten. Das gleichmäßige Zählen gibt einem unruhigen Kopf etwas Einfaches, dem er folgen kann.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <extracomment>breathing pattern physiological-sigh: name</extracomment>
        <translation>Physiologischer Seufzer</translation>
    </message>
    <message>
        <source>A full breath in through the nose, a short second sip of air on top, then a long, easy breath out through the mouth. The same double breath the body makes on its own when it sighs.</source>
        <extracomment>breathing pattern physiological-sigh: description</extracomment>
        <translation>Ein voller Atemzug durch die Nase, obendrauf ein kurzer zweiter Schluck Luft, dann ein langes, entspanntes Ausatmen durch den Mund. Derselbe doppelte Atemzug, den der Körper beim Seufzen von selbst macht.</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <extracomment>breathing pattern 4-7-8: name</extracomment>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>In through the nose for 4 seconds, hold for 7, then out through the mouth for 8. A few rounds are plenty.</source>
        <extracomment>breathing pattern 4-7-8: description</extracomment>
        <translation>4 Sekunden durch die Nase ein, 7 halten, dann 8 durch den Mund aus. Ein paar Runden reichen völlig.</translation>
    </message>
    <message>
        <source>The holds are optional: if holding feels uncomfortable, keep breathing gently through them. Stop and breathe normally if you feel light-headed or dizzy.</source>
        <extracomment>breathing pattern 4-7-8: caution</extracomment>
        <translation>Das Anhalten ist freiwillig: Wenn es sich unangenehm anfühlt, atme in diesen Phasen einfach sanft weiter. Hör auf und atme normal, wenn dir schwindlig oder benommen wird.</translation>
    </message>
</context>
<context>
    <name>CustomPatternEditor</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold (full)</source>
        <translation>Halten (voll)</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold (empty)</source>
        <translation>Halten (leer)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, Sekunden</translation>
    </message>
    <message>
        <source>&amp;Breathe with this pattern</source>
        <translation>Mit diesem &amp;Muster atmen</translation>
    </message>
    <message>
        <source>Start the custom pattern</source>
        <translation>Eigenes Muster starten</translation>
    </message>
    <message>
        <source>Use {0} to {1} seconds</source>
        <translation>Möglich sind {0} bis {1} Sekunden</translation>
    </message>
</context>
<context>
    <name>DailySeriesModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pausen gemacht</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Übersprungen oder verpasst</translation>
    </message>
    <message>
        <source>Water (ml)</source>
        <translation>Wasser (ml)</translation>
    </message>
    <message>
        <source>Tension (average)</source>
        <translation>Anspannung (Schnitt)</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Haltungschecks</translation>
    </message>
    <message>
        <source>Breathing (min)</source>
        <translation>Atmen (Min.)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DoctorPage</name>
    <message>
        <source>What Unclench sees</source>
        <translation>Was Unclench sieht</translation>
    </message>
    <message>
        <source>What each detector sees on this desktop right now:</source>
        <translation>Was jeder Melder auf diesem Desktop gerade sieht:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen …</translation>
    </message>
    <message>
        <source>Saving the events of {0}…</source>
        <translation>Die Einträge aus {0} werden gespeichert …</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Movement break</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <source>movement break</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <source>Get up for a few minutes: walk, stand, look far away or refill your water.</source>
        <translation>Steh für ein paar Minuten auf: geh ein paar Schritte, steh, schau in die Ferne oder hol dir Wasser.</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <source>stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <source>Stand up if you can and move gently. Stop any move that hurts.</source>
        <translation>Steh auf, wenn es geht, und beweg dich sanft. Hör mit allem auf, was wehtut.</translation>
    </message>
    <message>
        <source>Breathing break</source>
        <translation>Atempause</translation>
    </message>
    <message>
        <source>breathing break</source>
        <translation>Atempause</translation>
    </message>
    <message>
        <source>A few slow breaths with a longer out-breath; many people find it settling.</source>
        <translation>Ein paar ruhige Atemzüge mit längerem Ausatmen; viele empfinden das als beruhigend.</translation>
    </message>
    <message>
        <source>Water break</source>
        <translation>Trinkpause</translation>
    </message>
    <message>
        <source>water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Time for a drink, if you are thirsty or as you planned.</source>
        <translation>Zeit für einen Schluck, wenn du Durst hast oder wie du es dir vorgenommen hast.</translation>
    </message>
    <message>
        <source>Posture check</source>
        <translation>Haltungscheck</translation>
    </message>
    <message>
        <source>posture check</source>
        <translation>Haltungscheck</translation>
    </message>
    <message>
        <source>Take a few seconds. Tick what you just did:</source>
        <translation>Nimm dir ein paar Sekunden. Hake ab, was du gerade getan hast:</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Applies the next time Unclench starts.</source>
        <translation>Gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Unclench could not start: {0}</source>
        <translation>Unclench konnte nicht starten: {0}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Use {0}–{1}</source>
        <translation>Möglich: {0}–{1}</translation>
    </message>
</context>
<context>
    <name>PhaseCues</name>
    <message>
        <source>No sound output could be opened, so there are no phase sounds.</source>
        <translation>Es ließ sich keine Tonausgabe öffnen, deshalb gibt es keine Phasentöne.</translation>
    </message>
    <message>
        <source>Unclench cannot play sounds on this system yet.</source>
        <translation>Unclench kann auf diesem System noch keine Töne abspielen.</translation>
    </message>
    <message>
        <source>Speaking failed ({0}), so spoken cues are off.</source>
        <translation>Die Sprachausgabe hat nicht geklappt ({0}), deshalb sind die Ansagen aus.</translation>
    </message>
    <message>
        <source>No speech program was found. Spoken cues use espeak or flite; install one to hear them.</source>
        <translation>Es wurde kein Sprachprogramm gefunden. Die Ansagen brauchen espeak oder flite; installiere eines davon, um sie zu hören.</translation>
    </message>
</context>
<context>
    <name>PromptPresenter</name>
    <message>
        <source>Some content files have problems and were left out:</source>
        <translation>Einige Inhaltsdateien enthalten Fehler und wurden ausgelassen:</translation>
    </message>
</context>
<context>
    <name>QuietSources</name>
    <message>
        <source>The app rules are not valid: {}</source>
        <translation>Die App-Regeln sind ungültig: {}</translation>
    </message>
</context>
<context>
    <name>QuietTimesPage</name>
    <message>
        <source>What Unclench sees…</source>
        <translation>Was Unclench sieht…</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone or camera is in use</source>
        <translation>Erinnerungen zurückhalten, solange Mikrofon oder Kamera benutzt werden</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>After a call ends, wait</source>
        <translation>Nach einem Anruf noch warten</translation>
    </message>
    <message>
        <source>Hold at most, per day</source>
        <extracomment>After this much holding in a day, reminders come anyway, quietly.</extracomment>
        <translation>Höchstens zurückhalten, pro Tag</translation>
    </message>
    <message>
        <source>Apps that are not calls</source>
        <translation>Apps, die keine Anrufe sind</translation>
    </message>
    <message>
        <source>Count as calls again</source>
        <translation>Wieder als Anruf zählen</translation>
    </message>
    <message>
        <source>Not calls</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Kalenderdateien</translation>
    </message>
    <message>
        <source>Add calendar file…</source>
        <translation>Kalenderdatei hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>Kalenderdateien (.ics)</translation>
    </message>
    <message>
        <source>Also read a calendar from the web</source>
        <translation>Auch einen Kalender aus dem Netz lesen</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Kalenderadresse</translation>
    </message>
    <message>
        <source>Only this address is contacted, at most every 15 minutes; nothing else leaves the computer.</source>
        <translation>Nur diese Adresse wird abgefragt, höchstens alle 15 Minuten; sonst verlässt nichts den Computer.</translation>
    </message>
    <message>
        <source>you@example.org, …</source>
        <translation>du@example.org, …</translation>
    </message>
    <message>
        <source>Your addresses</source>
        <extracomment>Events the user declined (as this address) do not hold reminders.</extracomment>
        <translation>Deine Adressen</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>App rules</source>
        <translation>App-Regeln</translation>
    </message>
    <message>
        <source>Running app</source>
        <translation>Laufende App</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>is in front</source>
        <translation>im Vordergrund ist</translation>
    </message>
    <message>
        <source>is running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Hold reminders while</source>
        <translation>Erinnerungen zurückhalten, solange</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Choose calendar files</source>
        <translation>Kalenderdateien wählen</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>{0} is in front</source>
        <translation>{0} im Vordergrund ist</translation>
    </message>
    <message>
        <source>{0} is running</source>
        <translation>{0} läuft</translation>
    </message>
</context>
<context>
    <name>RangesField</name>
    <message>
        <source>day off</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Write times like 09:00-12:30, 13:30-18:00</source>
        <translation>Zeiten bitte so schreiben: 09:00-12:30, 13:30-18:00</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>0 is loose and easy, 10 is as tight as it gets.</source>
        <translation>0 heißt locker und leicht, 10 heißt so verspannt wie nur möglich.</translation>
    </message>
    <message>
        <source>Tension {0} of 10</source>
        <translation>Anspannung {0} von 10</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>locker</translation>
    </message>
    <message>
        <source>very tight</source>
        <translation>sehr verspannt</translation>
    </message>
</context>
<context>
    <name>ReminderNotification</name>
    <message>
        <source>Check: {0}</source>
        <translation>Kurz prüfen: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Heute bisher: {0} ml von {1} ml</translation>
    </message>
    <message>
        <source>Drank {0} ml</source>
        <translation>{0} ml getrunken</translation>
    </message>
    <message>
        <source>A minute of slow breathing with a long out-breath.</source>
        <translation>Eine Minute ruhig atmen, mit langem Ausatmen.</translation>
    </message>
    <message>
        <source>{0} ({1} s)</source>
        <translation>{0} ({1} s)</translation>
    </message>
    <message>
        <source>{0} ({1} × {2} s)</source>
        <translation>{0} ({1} × {2} s)</translation>
    </message>
    <message>
        <source>Stand up and move gently: {0}</source>
        <translation>Steh auf und beweg dich sanft: {0}</translation>
    </message>
    <message>
        <source>Stand up and move.</source>
        <translation>Steh auf und beweg dich ein wenig.</translation>
    </message>
    <message>
        <source>Also due now: {0}</source>
        <translation>Ebenfalls fällig: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Snooze {0} min</source>
        <translation>Später ({0} Min.)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Unclench reminder</source>
        <translation>Erinnerung von Unclench</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Heute bisher: {0} ml von {1} ml</translation>
    </message>
    <message>
        <source>• {0}, {1} s</source>
        <translation>• {0}, {1} s</translation>
    </message>
    <message>
        <source>• {0}, {1} × {2} s</source>
        <translation>• {0}, {1} × {2} s</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>&amp;{0} ml getrunken</translation>
    </message>
    <message>
        <source>Start &amp;breathing</source>
        <translation>&amp;Atemübung starten</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Start &amp;guided stretch</source>
        <translation>&amp;Anleitung starten</translation>
    </message>
    <message>
        <source>&amp;Snooze {0} min</source>
        <translation>&amp;Später ({0} Min.)</translation>
    </message>
    <message>
        <source>Remind me again in {0} min (Esc)</source>
        <translation>In {0} Min. noch einmal erinnern (Esc)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <source>&amp;Why this helps</source>
        <translation>&amp;Warum das hilft</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>There is no routine called &apos;{0}&apos;. Routines: {1}</source>
        <translation>Es gibt keine Routine namens „{0}“. Vorhandene Routinen: {1}</translation>
    </message>
    <message>
        <source>“{0}” comes back with the stretch break at {1}.</source>
        <translation>„{0}“ kommt um {1} mit der Dehnpause wieder.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Routine (*.json)</source>
        <translation>Routine (*.json)</translation>
    </message>
    <message>
        <source>Imported the routine &apos;{0}&apos;.</source>
        <translation>Die Routine „{0}“ wurde importiert.</translation>
    </message>
    <message>
        <source>That routine could not be imported:</source>
        <translation>Diese Routine ließ sich nicht importieren:</translation>
    </message>
    <message>
        <source>Remove the imported routine &apos;{0}&apos;? Its file is deleted; your log keeps its history.</source>
        <translation>Die importierte Routine „{0}“ entfernen? Ihre Datei wird gelöscht; dein Protokoll behält, was du damit gemacht hast.</translation>
    </message>
    <message>
        <source>The routine could not be removed: {0}</source>
        <translation>Die Routine ließ sich nicht entfernen: {0}</translation>
    </message>
</context>
<context>
    <name>RoutineDonePage</name>
    <message>
        <source>Routine complete</source>
        <translation>Routine abgeschlossen</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Schön gemacht</translation>
    </message>
    <message>
        <source>Take a slow breath out and notice how your neck, shoulders and jaw feel now.</source>
        <translation>Atme langsam aus und spür nach, wie sich Nacken, Schultern und Kiefer jetzt anfühlen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>%1 — Unclench</source>
        <translation>%1 — Unclench</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt in der Routine</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Verbleibende Sekunden in diesem Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>P&amp;ostpone</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Postpone this routine</source>
        <translation>Diese Routine verschieben</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Finish the routine now</source>
        <translation>Die Routine jetzt beenden</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Vorheriger Schritt (Pfeil nach links)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Nächster Schritt (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space when focused)</source>
        <translation>Countdown anhalten oder fortsetzen (Leertaste, wenn ausgewählt)</translation>
    </message>
    <message>
        <source>Stop here; what you did is still recorded (Esc)</source>
        <translation>Hier aufhören; was du gemacht hast, wird trotzdem erfasst (Esc)</translation>
    </message>
    <message>
        <source>Do this routine a little later</source>
        <translation>Diese Routine etwas später machen</translation>
    </message>
    <message>
        <source>Move gently, and stop any movement that increases pain.</source>
        <translation>Beweg dich sanft und hör mit jeder Bewegung auf, die Schmerzen verstärkt.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wann du dir Hilfe holen solltest</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>You finished “%1”: %n steps in %2.</source>
        <translation>
            <numerusform>Du hast „%1“ geschafft: %n Schritt in %2.</numerusform>
            <numerusform>Du hast „%1“ geschafft: %n Schritte in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWording</name>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>When to see a professional — Unclench</source>
        <translation>Wann du dir Hilfe holen solltest — Unclench</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wann du dir Hilfe holen solltest</translation>
    </message>
    <message>
        <source>Unclench reminds you to move, breathe and let go of tension. It does not diagnose anything, and it does not replace a doctor or a physiotherapist.</source>
        <translation>Unclench erinnert dich daran, dich zu bewegen, ruhig zu atmen und Anspannung loszulassen. Es stellt keine Diagnosen und ersetzt weder ärztlichen Rat noch Physiotherapie.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Sofort Hilfe holen</translation>
    </message>
    <message>
        <source>If back pain comes with losing control of your bladder or bowels, treat it as an emergency: call your local emergency number or go to an emergency department straight away.</source>
        <translation>Wenn du zu Rückenschmerzen die Kontrolle über Blase oder Darm verlierst, ist das ein Notfall: Ruf sofort den Notruf (in Europa 112) oder geh direkt in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon if</source>
        <translation>Lass dich bald ärztlich oder physiotherapeutisch untersuchen, wenn</translation>
    </message>
    <message>
        <source>the pain does not ease with rest and self-care, or it is getting worse;</source>
        <translation>die Schmerzen trotz Schonung und Selbsthilfe nicht nachlassen oder stärker werden;</translation>
    </message>
    <message>
        <source>pain spreads down one leg or both;</source>
        <translation>Schmerzen in ein Bein oder in beide Beine ausstrahlen;</translation>
    </message>
    <message>
        <source>you feel numbness or tingling in your legs or feet;</source>
        <translation>du Taubheit oder Kribbeln in den Beinen oder Füßen spürst;</translation>
    </message>
    <message>
        <source>your legs or feet feel weak;</source>
        <translation>sich deine Beine oder Füße schwach anfühlen;</translation>
    </message>
    <message>
        <source>the pain began after a fall, an accident or another injury;</source>
        <translation>die Schmerzen nach einem Sturz, einem Unfall oder einer anderen Verletzung begonnen haben;</translation>
    </message>
    <message>
        <source>the pain is severe or keeps coming back;</source>
        <translation>die Schmerzen sehr stark sind oder immer wiederkommen;</translation>
    </message>
    <message>
        <source>worry or anxiety is getting in the way of your daily life.</source>
        <translation>Sorgen oder Ängste deinen Alltag spürbar einschränken.</translation>
    </message>
    <message>
        <source>During any routine, move gently and stop a movement that increases pain. When you are unsure, ask a professional before carrying on.</source>
        <translation>Beweg dich bei jeder Routine sanft und brich eine Bewegung ab, wenn sie Schmerzen verstärkt. Wenn du unsicher bist, frag erst in einer Arzt- oder Physiotherapiepraxis nach, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigenes…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Dauer der Übung</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>A number of breaths</source>
        <translation>Nach Atemzügen</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> Atemzüge</translation>
    </message>
    <message>
        <source>Number of breaths</source>
        <translation>Anzahl der Atemzüge</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Optionen zeigen</translation>
    </message>
    <message>
        <source>Hide options</source>
        <translation>Optionen ausblenden</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Übung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop (Escape)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Seconds per phase: {0}</source>
        <translation>Sekunden pro Phase: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>In a little more</source>
        <translation>Noch etwas nachatmen</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Paused – press Space to go on</source>
        <translation>Angehalten – weiter mit der Leertaste</translation>
    </message>
    <message>
        <source>{0}:{1:02d} left</source>
        <translation>noch {0}:{1:02d}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Unclench settings</source>
        <translation>Unclench-Einstellungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Quiet times</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Settings shown greyed are set by your administrator.</source>
        <translation>Ausgegraute Einstellungen sind von der Administration festgelegt.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnere mich</translation>
    </message>
    <message>
        <source>Every</source>
        <extracomment>Form label before the interval field: &quot;Every [20 min]&quot;.</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <extracomment>Form label before the minutes that &quot;Snooze&quot; on a reminder waits: &quot;Snooze for [5 min]&quot;.</extracomment>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <source>Daily water goal</source>
        <translation>Tägliches Trinkziel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hide an unanswered reminder after</source>
        <translation>Unbeantwortete Erinnerung ausblenden nach</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>So lange weg zählt als Pause</translation>
    </message>
    <message>
        <source>During calls and fullscreen, wait at most</source>
        <translation>Bei Anrufen und Vollbild höchstens warten</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>Arbeits&amp;zeiten</translation>
    </message>
    <message>
        <source>Outside these hours no reminder comes.</source>
        <translation>Außerhalb dieser Zeiten kommt keine Erinnerung.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Unclench&apos;s own card</source>
        <translation>Eigene Karte von Unclench</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Desktop-Benachrichtigung</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>Show reminders as</source>
        <translation>Erinnerungen zeigen als</translation>
    </message>
    <message>
        <source>Play a soft sound when a reminder appears</source>
        <translation>Einen leisen Ton spielen, wenn eine Erinnerung erscheint</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Manchmal</translation>
    </message>
    <message>
        <source>After every one</source>
        <translation>Nach jeder</translation>
    </message>
    <message>
        <source>After a break, ask how tense I feel</source>
        <translation>Nach einer Pause fragen, wie angespannt ich bin</translation>
    </message>
    <message>
        <source>&amp;Start Unclench when I log in</source>
        <translation>Unclench bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Wann du dir &amp;Hilfe holen solltest</translation>
    </message>
    <message>
        <source>What Unclench can see on this desktop</source>
        <translation>Was Unclench auf diesem Desktop erkennt</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>in dieser Sitzung nicht verfügbar</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Von der Administration festgelegt</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>SettingsOwner</name>
    <message>
        <source>Your settings apply now but could not be saved: {0}</source>
        <translation>Deine Einstellungen gelten ab sofort, ließen sich aber nicht speichern: {0}</translation>
    </message>
</context>
<context>
    <name>SittingView</name>
    <message>
        <source>worked {0}</source>
        <translation>{0} gearbeitet</translation>
    </message>
    <message>
        <source>{0} of {1} movement breaks</source>
        <translation>{0} von {1} Bewegungspausen</translation>
    </message>
    <message>
        <source>longest sitting {0}</source>
        <translation>längstes Sitzen {0}</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} Std. {1} Min.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>not available on this Windows</source>
        <translation>auf diesem Windows nicht verfügbar</translation>
    </message>
    <message>
        <source>not detected on macOS (no public interface for Focus or fullscreen apps)</source>
        <translation>unter macOS nicht erkannt (keine öffentliche Schnittstelle für Fokus oder Vollbild-Apps)</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>in dieser Sitzung nicht verfügbar</translation>
    </message>
    <message>
        <source>GNOME notification banners setting</source>
        <translation>GNOME-Einstellung für Benachrichtigungsbanner</translation>
    </message>
    <message>
        <source>KDE notifications do-not-disturb</source>
        <translation>KDE-Benachrichtigungen „Nicht stören“</translation>
    </message>
    <message>
        <source>Windows notification state (fullscreen, presentation, quiet time)</source>
        <translation>Windows-Benachrichtigungsstatus (Vollbild, Präsentation, Ruhezeit)</translation>
    </message>
    <message>
        <source>X11 fullscreen window</source>
        <translation>X11-Vollbildfenster</translation>
    </message>
    <message>
        <source>not available on this Wayland session</source>
        <translation>in dieser Wayland-Sitzung nicht verfügbar</translation>
    </message>
    <message>
        <source>GNOME Mutter idle monitor</source>
        <translation>GNOME-Mutter-Leerlaufmonitor</translation>
    </message>
    <message>
        <source>freedesktop screensaver service (KDE)</source>
        <translation>freedesktop-Bildschirmschonerdienst (KDE)</translation>
    </message>
    <message>
        <source>macOS input event source</source>
        <translation>macOS-Eingabeereignisquelle</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1)</source>
        <translation>Wayland-Leerlaufbenachrichtigung (ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1, input idle)</source>
        <translation>Wayland-Leerlaufbenachrichtigung (ext-idle-notify-v1, Eingabe-Leerlauf)</translation>
    </message>
    <message>
        <source>Windows last-input time</source>
        <translation>Windows-Zeit der letzten Eingabe</translation>
    </message>
    <message>
        <source>X11 screensaver extension</source>
        <translation>X11-Bildschirmschoner-Erweiterung</translation>
    </message>
    <message>
        <source>logind sleep signals</source>
        <translation>logind-Schlafsignale</translation>
    </message>
    <message>
        <source>screensaver lock signals</source>
        <translation>Sperrsignale des Bildschirmschoners</translation>
    </message>
    <message>
        <source>macOS workspace notifications</source>
        <translation>macOS-Arbeitsbereich-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Windows power and session messages</source>
        <translation>Windows-Energie- und Sitzungsmeldungen</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>{0} L</source>
        <translation>{0} l</translation>
    </message>
    <message>
        <source>{0} ml</source>
        <translation>{0} ml</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/10</source>
        <translation>{0}/10</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>am {0}</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln verpasst</numerusform>
            <numerusform>%Ln verpasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln natural</source>
        <extracomment>Breaks that happened on their own: the user was away from the computer long enough.</extracomment>
        <translation>
            <numerusform>%Ln weg vom Platz</numerusform>
            <numerusform>%Ln weg vom Platz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routines</source>
        <translation>
            <numerusform>%Ln Routine</numerusform>
            <numerusform>%Ln Routinen</numerusform>
        </translation>
    </message>
    <message>
        <source>held {0}</source>
        <extracomment>Time reminders waited today for calls, calendar events and the like: &quot;held 40 min&quot;.</extracomment>
        <translation>{0} zurückgehalten</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Haltungschecks</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln erledigt</numerusform>
            <numerusform>%Ln erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>none missed</source>
        <translation>nichts verpasst</translation>
    </message>
    <message>
        <source>Posture checks today: {0} done, {1} missed, {2} skipped.</source>
        <translation>Haltungschecks heute: erledigt {0}, verpasst {1}, übersprungen {2}.</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>von {0}</translation>
    </message>
    <message>
        <source>Water today: {0} of your {1} goal.</source>
        <translation>Wasser heute: {0} von deinem Ziel ({1}).</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken</source>
        <translation>
            <numerusform>%Ln gemacht</numerusform>
            <numerusform>%Ln gemacht</numerusform>
        </translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>keine übersprungen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Breaks today: {0} stretch breaks done, {1} taken naturally while away, {2} routines, {3} skipped, {4} missed.</source>
        <translation>Pausen heute: Dehnpausen erledigt {0}, von selbst beim Weggehen {1}, Routinen {2}, übersprungen {3}, verpasst {4}.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln Übung</numerusform>
            <numerusform>%Ln Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing today: {0} in %Ln sessions.</source>
        <translation>
            <numerusform>Atmen heute: {0} in %Ln Übung.</numerusform>
            <numerusform>Atmen heute: {0} in %Ln Übungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>noch keine Angabe</translation>
    </message>
    <message>
        <source>Tension: no check-in yet.</source>
        <translation>Anspannung: noch keine Angabe.</translation>
    </message>
    <message>
        <source>Latest tension rating: {0}, {1}.</source>
        <translation>Letzte Angabe zur Anspannung: {0}, {1}.</translation>
    </message>
    <message>
        <source>today&apos;s average {0}</source>
        <translation>heute im Schnitt {0}</translation>
    </message>
    <message numerus="yes">
        <source>Average of today&apos;s %Ln ratings: {0}.</source>
        <translation>
            <numerusform>Schnitt der heutigen %Ln Angabe: {0}.</numerusform>
            <numerusform>Schnitt der heutigen %Ln Angaben: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension, latest</source>
        <translation>Anspannung, zuletzt</translation>
    </message>
    <message>
        <source>no days yet</source>
        <translation>noch keine Tage</translation>
    </message>
    <message>
        <source>{0}: no days yet.</source>
        <translation>{0}: noch keine Tage.</translation>
    </message>
    <message>
        <source>in a row · best {0}</source>
        <translation>in Folge · Bestwert {0}</translation>
    </message>
    <message>
        <source>{0}: met {1} in a row, best {2}.</source>
        <translation>{0}: {1} in Folge erreicht, Bestwert {2}.</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>keine Erinnerungen</translation>
    </message>
    <message>
        <source>{0}: no reminders in the last {1}.</source>
        <translation>{0}: keine Erinnerungen im Zeitraum ({1}).</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} von {1} erledigt</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln reminders done in the last {2}, {3}.</source>
        <translation>
            <numerusform>{0}: {1} von %Ln Erinnerung erledigt (Zeitraum: {2}), {3}.</numerusform>
            <numerusform>{0}: {1} von %Ln Erinnerungen erledigt (Zeitraum: {2}), {3}.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are your own numbers side by side. They show what tended to go together on your days, not what caused what: a calmer day may also leave more room for breaks.</source>
        <translation>Das sind deine eigenen Zahlen nebeneinander. Sie zeigen, was an deinen Tagen oft zusammenkam, nicht was wovon kommt: Ein ruhigerer Tag lässt vielleicht auch mehr Raum für Pausen.</translation>
    </message>
    <message numerus="yes">
        <source>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln ratings from {5} to {6}.</source>
        <translation>
            <numerusform>Tage mit {1} oder mehr Pausen ({0}): Anspannung im Schnitt {2}. Tage mit weniger Pausen ({3}): im Schnitt {4}. Grundlage ist %Ln Angabe vom {5} bis zum {6}.</numerusform>
            <numerusform>Tage mit {1} oder mehr Pausen ({0}): Anspannung im Schnitt {2}. Tage mit weniger Pausen ({3}): im Schnitt {4}. Grundlage sind %Ln Angaben vom {5} bis zum {6}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data yet. Rate your tension on a few days (from the tray, or when asked after a break) and this will compare days with more breaks to days with fewer.</source>
        <translation>Noch zu wenige Daten. Gib an ein paar Tagen an, wie angespannt du bist (über das Tray-Menü oder wenn Unclench nach einer Pause fragt), dann vergleicht diese Ansicht Tage mit mehr Pausen und Tage mit weniger.</translation>
    </message>
    <message>
        <source>Not enough data yet. This compares days with {0} or more breaks to days with fewer once each side has {1} with a tension rating. So far: {2} and {3}.</source>
        <translation>Noch zu wenige Daten. Der Vergleich von Tagen mit {0} oder mehr Pausen und Tagen mit weniger beginnt, sobald jede Seite {1} mit einer Angabe zur Anspannung hat. Bisher: {2} und {3}.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <source>Across the %Ln breathing sessions you rated before and after, your stress rating was {0} before and {1} after on average ({2}).</source>
        <translation>
            <numerusform>Bei der %Ln Atemübung, die du vorher und nachher bewertet hast, lag dein Stress im Schnitt vorher bei {0} und nachher bei {1} ({2}).</numerusform>
            <numerusform>Bei den %Ln Atemübungen, die du vorher und nachher bewertet hast, lag dein Stress im Schnitt vorher bei {0} und nachher bei {1} ({2}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. The breathing window can ask for a rating before and after a session.</source>
        <translation>
            <numerusform>Noch zu wenige Daten: {0} von %Ln nötigen Atemübung mit Bewertung vorher und nachher. Das Atemfenster kann vor und nach einer Übung danach fragen.</numerusform>
            <numerusform>Noch zu wenige Daten: {0} von %Ln nötigen Atemübungen mit Bewertung vorher und nachher. Das Atemfenster kann vor und nach einer Übung danach fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Last {0}</source>
        <translation>Letzte {0}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Tension and breaks</source>
        <translation>Anspannung und Pausen</translation>
    </message>
    <message>
        <source>Breathing before and after</source>
        <translation>Atmen vorher und nachher</translation>
    </message>
    <message>
        <source>Water goal ({0})</source>
        <translation>Trinkziel ({0})</translation>
    </message>
    <message>
        <source>Break goal ({0} a day)</source>
        <translation>Pausenziel ({0} pro Tag)</translation>
    </message>
    <message>
        <source>There are no events yet; {0} was saved empty.</source>
        <translation>Es gibt noch keine Einträge; {0} wurde leer gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln events to {0}.</source>
        <translation>
            <numerusform>%Ln Eintrag in {0} gespeichert.</numerusform>
            <numerusform>%Ln Einträge in {0} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events were left out because their values are not possible (for example: {0}).</source>
        <translation>
            <numerusform>%Ln Eintrag wurde ausgelassen, weil seine Werte nicht möglich sind (zum Beispiel: {0}).</numerusform>
            <numerusform>%Ln Einträge wurden ausgelassen, weil ihre Werte nicht möglich sind (zum Beispiel: {0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>Das Importieren wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {0}: all %Ln events were already in your log.</source>
        <translation>
            <numerusform>Nichts Neues in {0}: Der %Ln Eintrag war schon in deinem Protokoll.</numerusform>
            <numerusform>Nichts Neues in {0}: Alle %Ln Einträge waren schon in deinem Protokoll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln events from {0}.</source>
        <translation>
            <numerusform>%Ln Eintrag aus {0} wiederhergestellt.</numerusform>
            <numerusform>%Ln Einträge aus {0} wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your log and were skipped.</source>
        <translation>
            <numerusform>%Ln war schon in deinem Protokoll und wurde übersprungen.</numerusform>
            <numerusform>%Ln waren schon in deinem Protokoll und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln events. Your statistics start again from now.</source>
        <translation>
            <numerusform>%Ln Eintrag gelöscht. Deine Statistik beginnt ab jetzt neu.</numerusform>
            <numerusform>%Ln Einträge gelöscht. Deine Statistik beginnt ab jetzt neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged yet. Your numbers appear here as you answer reminders.</source>
        <translation>Noch nichts erfasst. Deine Zahlen erscheinen hier, sobald du auf Erinnerungen antwortest.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events logged since {0}, all kept on this computer.</source>
        <translation>
            <numerusform>%Ln Eintrag seit dem {0}, nur auf diesem Computer gespeichert.</numerusform>
            <numerusform>%Ln Einträge seit dem {0}, alle nur auf diesem Computer gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your log is empty. Delete it anyway?</source>
        <translation>Dein Protokoll ist leer. Trotzdem löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want them back.</source>
        <translation>
            <numerusform>Den %Ln Eintrag löschen, den Unclench seit dem {0} erfasst hat? Deine Statistik beginnt dann wieder bei null. Das lässt sich nicht rückgängig machen: Exportiere vorher eine Sicherung, falls du die Daten vielleicht zurückhaben möchtest.</numerusform>
            <numerusform>Alle %Ln Einträge löschen, die Unclench seit dem {0} erfasst hat? Deine Statistik beginnt dann wieder bei null. Das lässt sich nicht rückgängig machen: Exportiere vorher eine Sicherung, falls du die Daten vielleicht zurückhaben möchtest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <source>Sitting and moving, the last 7 days</source>
        <translation>Sitzen und Bewegen, die letzten 7 Tage</translation>
    </message>
    <message>
        <source>The log cannot be written now.</source>
        <translation>In das Protokoll kann gerade nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>StatsDataBar</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>Sicherung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation>Meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>JSON-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Export your Unclench history</source>
        <translation>Deinen Unclench-Verlauf exportieren</translation>
    </message>
    <message>
        <source>Import an Unclench backup</source>
        <translation>Eine Unclench-Sicherung importieren</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Meine Daten löschen</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Daten behalten</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Unclench statistics</source>
        <translation>Unclench-Statistik</translation>
    </message>
    <message>
        <source>A streak counts the days Unclench logged that goal. Days it did not run, such as weekends off, are skipped: they neither add to a streak nor break it. Today counts once its goal is met.</source>
        <translation>Eine Serie zählt die Tage, an denen Unclench dieses Ziel erfasst hat. Tage, an denen es nicht lief, etwa freie Wochenenden, zählen nicht mit: Sie verlängern eine Serie nicht und unterbrechen sie auch nicht. Heute zählt, sobald das Ziel erreicht ist.</translation>
    </message>
    <message>
        <source>&amp;Rate my tension now</source>
        <translation>&amp;Anspannung jetzt angeben</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <source>Show the last {0} days</source>
        <translation>Die letzten {0} Tage zeigen</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>gemacht</translation>
    </message>
    <message>
        <source>skipped or missed</source>
        <translation>übersprungen oder verpasst</translation>
    </message>
    <message>
        <source>water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Your own comparison</source>
        <translation>Dein eigener Vergleich</translation>
    </message>
    <message>
        <source>Show the numbers as ta&amp;bles</source>
        <translation>Zahlen als &amp;Tabellen zeigen</translation>
    </message>
    <message>
        <source>Hide the ta&amp;bles</source>
        <translation>&amp;Tabellen ausblenden</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Alle Kennzahlen</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Heute, {0}</translation>
    </message>
    <message>
        <source>goal {0}</source>
        <translation>Ziel {0}</translation>
    </message>
    <message>
        <source>Breaks per day, last {0} days</source>
        <translation>Pausen pro Tag, letzte {0} Tage</translation>
    </message>
    <message>
        <source>Water per day, last {0} days</source>
        <translation>Wasser pro Tag, letzte {0} Tage</translation>
    </message>
    <message>
        <source>Average tension per day (0–10), last {0} days</source>
        <translation>Durchschnittliche Anspannung pro Tag (0–10), letzte {0} Tage</translation>
    </message>
    <message>
        <source>Streaks, and follow-through in the last {0} days</source>
        <translation>Serien und Umsetzung der letzten {0} Tage</translation>
    </message>
</context>
<context>
    <name>StressRating</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the rating</source>
        <translation>Bewertung überspringen</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Unclench cannot sync while its log is kept in memory only.</source>
        <translation>Unclench kann nicht abgleichen, solange sein Protokoll nur im Arbeitsspeicher liegt.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Unclench writes only its own files into the folder you pick; your sync program (Syncthing, Nextcloud, Dropbox, ...) carries them to your other computers.</source>
        <translation>Unclench schreibt nur seine eigenen Dateien in den Ordner, den du wählst; dein Sync-Programm (Syncthing, Nextcloud, Dropbox, ...) bringt sie zu deinen anderen Computern.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Name dieses Computers</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Abgleichsordner</translation>
    </message>
    <message>
        <source>&amp;Choose a folder...</source>
        <translation>Ordner &amp;wählen...</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>Abgleich &amp;beenden</translation>
    </message>
    <message>
        <source>Computers and when each last wrote:</source>
        <translation>Computer und wann jeder zuletzt geschrieben hat:</translation>
    </message>
    <message>
        <source>Computers and when each last wrote</source>
        <translation>Computer und wann jeder zuletzt geschrieben hat</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Kein Abgleich</translation>
    </message>
    <message>
        <source>&amp;Choose another folder...</source>
        <translation>Anderen Ordner &amp;wählen...</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (dieser Computer)</translation>
    </message>
    <message>
        <source>{0}: last wrote {1}</source>
        <translation>{0}: zuletzt geschrieben {1}</translation>
    </message>
    <message>
        <source>The folder is not there now; Unclench catches up when it is back.</source>
        <translation>Der Ordner ist gerade nicht da; Unclench holt alles nach, sobald er wieder da ist.</translation>
    </message>
</context>
<context>
    <name>TensionCheckin</name>
    <message>
        <source>Tension check-in</source>
        <translation>Wie angespannt bist du?</translation>
    </message>
    <message>
        <source>How tense do your neck, shoulders and back feel right now?</source>
        <translation>Wie angespannt sind Nacken, Schultern und Rücken gerade?</translation>
    </message>
    <message>
        <source>One tap is all it takes.</source>
        <translation>Ein Tippen genügt.</translation>
    </message>
    <message>
        <source>Where, if one place stands out? (optional)</source>
        <translation>Wo, falls eine Stelle besonders auffällt? (optional)</translation>
    </message>
    <message>
        <source>Mostly in the {0}</source>
        <extracomment>Screen readers only. {0} is a body region (&quot;neck&quot;, &quot;upper back&quot;): word it to fit each.</extracomment>
        <translation>Vor allem: {0}</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Frage überspringen</translation>
    </message>
</context>
<context>
    <name>TimingSources</name>
    <message>
        <source>Away detection</source>
        <translation>Abwesenheit erkennen</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Unclench — {0}</source>
        <translation>Unclench — {0}</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} in {1} s</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Remind me anyway</source>
        <translation>Trotzdem erinnern</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Jetzt atmen</translation>
    </message>
    <message>
        <source>Take a stretch break now</source>
        <translation>Jetzt eine Dehnpause machen</translation>
    </message>
    <message>
        <source>Not now: postpone the coming break</source>
        <translation>Jetzt nicht: die nächste Pause verschieben</translation>
    </message>
    <message>
        <source>Make up a break</source>
        <translation>Eine Pause nachholen</translation>
    </message>
    <message>
        <source>Guided routines</source>
        <translation>Geführte Routinen</translation>
    </message>
    <message>
        <source>Water today</source>
        <translation>Wasser heute</translation>
    </message>
    <message>
        <source>Log a glass of water</source>
        <translation>Ein Glas Wasser eintragen</translation>
    </message>
    <message>
        <source>Drank a bottle</source>
        <translation>Eine Flasche getrunken</translation>
    </message>
    <message>
        <source>Other amount…</source>
        <translation>Andere Menge…</translation>
    </message>
    <message>
        <source>Undo the last entry</source>
        <translation>Letzten Eintrag zurücknehmen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Für 2 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Bis ich fortsetze</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Besprechungsmodus</translation>
    </message>
    <message>
        <source>Until I end it</source>
        <translation>Bis ich ihn beende</translation>
    </message>
    <message>
        <source>End meeting mode</source>
        <translation>Besprechungsmodus beenden</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <source>How tense am I right now?</source>
        <translation>Wie angespannt bin ich gerade?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Warum das hilft</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wann du dir Hilfe holen solltest</translation>
    </message>
    <message>
        <source>Import a routine…</source>
        <translation>Routine importieren…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit Unclench</source>
        <translation>Unclench beenden</translation>
    </message>
    <message>
        <source>Make up a break ({0} owed)</source>
        <translation>Eine Pause nachholen ({0} offen)</translation>
    </message>
    <message>
        <source>Skips left today: {0}</source>
        <translation>Heute noch {0}-mal überspringen</translation>
    </message>
    <message>
        <source>{0} is not a call</source>
        <extracomment>The app holding reminders as a call does not make calls (a recorder, a tuner).</extracomment>
        <translation>{0} ist kein Anruf</translation>
    </message>
    <message>
        <source>Water today: {0} of {1} ml</source>
        <translation>Wasser heute: {0} von {1} ml</translation>
    </message>
    <message>
        <source>Log a glass of water ({0} ml)</source>
        <translation>Ein Glas Wasser eintragen ({0} ml)</translation>
    </message>
    <message>
        <source>Drank a bottle ({0} ml)</source>
        <translation>Eine Flasche getrunken ({0} ml)</translation>
    </message>
    <message>
        <source>Remove an imported routine</source>
        <translation>Importierte Routine entfernen</translation>
    </message>
</context>
<context>
    <name>WaterAmountDialog</name>
    <message>
        <source>How much did you drink?</source>
        <translation>Wie viel hast du getrunken?</translation>
    </message>
    <message>
        <source>Amount in ml</source>
        <translation>Menge in ml</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Type an amount between {0} and {1} ml.</source>
        <extracomment>Shown under the water amount when the number typed is outside the allowed range.</extracomment>
        <translation>Gib eine Menge zwischen {0} und {1} ml ein.</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Eintragen</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why this helps — Unclench</source>
        <translation>Warum das hilft — Unclench</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Warum das hilft</translation>
    </message>
    <message>
        <source>What Unclench asks of you, what research says about it, and how sure that is. Where the evidence is thin or says less than common advice, this page says so.</source>
        <translation>Worum Unclench dich bittet, was die Forschung dazu sagt und wie sicher das ist. Wo die Belege dünn sind oder weniger hergeben als gängige Ratschläge, sagt diese Seite das.</translation>
    </message>
    <message>
        <source>Strong: consistent results from good studies. Moderate: a real effect that is small or less certain. Weak: little, low-quality or indirect evidence. Mixed: good studies disagree.</source>
        <translation>Stark: übereinstimmende Ergebnisse guter Studien. Mäßig: ein echter Effekt, der klein oder weniger sicher ist. Schwach: wenige, schwache oder nur indirekte Belege. Uneinheitlich: gute Studien widersprechen sich.</translation>
    </message>
    <message>
        <source>Unclench does not diagnose or treat anything. If pain is severe, keeps getting worse, spreads down a leg or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Unclench stellt keine Diagnosen und behandelt nichts. Wenn Schmerzen stark sind, immer schlimmer werden, ins Bein ausstrahlen oder mit Taubheit oder Schwäche einhergehen, geh zu einer Ärztin, einem Arzt oder in die Physiotherapie.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Wann du dir &amp;Hilfe holen solltest</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wann du dir Hilfe holen solltest</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Evidence: strong</source>
        <translation>Belege: stark</translation>
    </message>
    <message>
        <source>Evidence: moderate</source>
        <translation>Belege: mäßig</translation>
    </message>
    <message>
        <source>Evidence: weak</source>
        <translation>Belege: schwach</translation>
    </message>
    <message>
        <source>Evidence: mixed</source>
        <translation>Belege: uneinheitlich</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>The notes on why this helps could not be read: {0}</source>
        <translation>Die Hinweise, warum das hilft, konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>No system tray was found, so Unclench shows this small window instead. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Es wurde kein Infobereich (System-Tray) gefunden, deshalb zeigt Unclench stattdessen dieses kleine Fenster. Unter GNOME ergänzt die Erweiterung „AppIndicator“ einen Infobereich.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: {0}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>in {0} Min.</translation>
    </message>
    <message>
        <source>in {0} h {1} min</source>
        <translation>in {0} Std. {1} Min.</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>in {0} Std.</translation>
    </message>
    <message>
        <source>Meeting mode: reminders wait until you end it</source>
        <translation>Besprechungsmodus: Erinnerungen warten, bis du ihn beendest</translation>
    </message>
    <message>
        <source>Meeting mode until {0}: reminders wait</source>
        <translation>Besprechungsmodus bis {0}: Erinnerungen warten</translation>
    </message>
    <message>
        <source>{0} is waiting for you</source>
        <translation>{0} wartet auf dich</translation>
    </message>
    <message>
        <source>meeting mode</source>
        <translation>Besprechungsmodus</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>ein Anruf</translation>
    </message>
    <message>
        <source>an event in your calendar</source>
        <translation>ein Termin in deinem Kalender</translation>
    </message>
    <message>
        <source>an app rule</source>
        <translation>eine App-Regel</translation>
    </message>
    <message>
        <source>a fullscreen window</source>
        <translation>ein Vollbildfenster</translation>
    </message>
    <message>
        <source>a presentation</source>
        <translation>eine Präsentation</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>der Bildschirm ist gesperrt</translation>
    </message>
    <message>
        <source>you are typing</source>
        <translation>du tippst gerade</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <extracomment>What holds a call: &quot;microphone in Firefox&quot;.</extracomment>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <source>a call ({0}) ended, next try at {1}</source>
        <extracomment>A call just ended; the reminder comes after a short grace.</extracomment>
        <translation>ein Anruf ({0}) ist zu Ende, nächster Versuch um {1}</translation>
    </message>
    <message>
        <source>a call ({0}) since {1}, next try when it ends</source>
        <extracomment>&quot;a call (microphone in Firefox) since 10:02, next try when it ends&quot;.</extracomment>
        <translation>ein Anruf ({0}) seit {1}, nächster Versuch, wenn er endet</translation>
    </message>
    <message>
        <source>{0} in your calendar until {1}</source>
        <extracomment>&quot;Weekly sync in your calendar until 11:00&quot;.</extracomment>
        <translation>{0} in deinem Kalender bis {1}</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>ein Termin</translation>
    </message>
    <message>
        <source>{0} is open</source>
        <extracomment>An app rule holds reminders: &quot;zoom is open&quot;.</extracomment>
        <translation>{0} ist geöffnet</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Pausiert, bis du fortsetzt</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Pausiert bis {0}</translation>
    </message>
    <message>
        <source>{0} held: {1}</source>
        <translation>{0} wartet: {1}</translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <extracomment>A held reminder comes anyway, quietly, at this time: &quot;... held: a fullscreen window, until 14:50&quot;.</extracomment>
        <translation>{0}, bis {1}</translation>
    </message>
    <message>
        <source>Outside working hours; reminders resume {0}</source>
        <translation>Außerhalb der Arbeitszeit; Erinnerungen wieder ab {0}</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Alle Erinnerungen sind ausgeschaltet</translation>
    </message>
    <message>
        <source>{0} {1} ({2})</source>
        <extracomment>The next reminder, when and at what time: &quot;Posture check in 12 min (14:20)&quot;.</extracomment>
        <translation>{0} {1} ({2})</translation>
    </message>
</context>
<context>
    <name>_TopicSection</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose the folder your sync program carries</source>
        <translation>Wähle den Ordner, den dein Sync-Programm abgleicht</translation>
    </message>
</context>
</TS>

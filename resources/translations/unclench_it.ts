<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Unclench could not change its log: {0}</source>
        <translation>Unclench non è riuscito a modificare il suo registro: {0}</translation>
    </message>
</context>
<context>
    <name>BreakCoordinator</name>
    <message numerus="yes">
        <source>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</source>
        <translation>
            <numerusform>Un momento tranquillo per recuperare una pausa persa (%n da recuperare): «Recupera una pausa», nel menu.</numerusform>
            <numerusform>Un momento tranquillo per recuperare una pausa persa (%n da recuperare): «Recupera una pausa», nel menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Unclench break</source>
        <translation>Pausa Unclench</translation>
    </message>
    <message>
        <source>Making up an earlier break</source>
        <translation>Stai recuperando una pausa precedente</translation>
    </message>
    <message>
        <source>&amp;Done early (Enter)</source>
        <translation>Ho &amp;finito prima (Invio)</translation>
    </message>
    <message>
        <source>&amp;Postpone {0} min</source>
        <translation>&amp;Rimanda di {0} min</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>In an emergency, hold Esc for {0} seconds.</source>
        <translation>In caso di emergenza, tieni premuto Esc per {0} secondi.</translation>
    </message>
    <message>
        <source>{0} min {1} s left</source>
        <translation>Ancora {0} min {1} s</translation>
    </message>
</context>
<context>
    <name>BreakSettingsPage</name>
    <message>
        <source>Break screen</source>
        <translation>Schermata di pausa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the movement break</source>
        <translation>Durata della pausa movimento</translation>
    </message>
    <message>
        <source>Show the movement break on the break screen</source>
        <translation>Mostra la pausa movimento nella schermata di pausa</translation>
    </message>
    <message>
        <source>Show the stretch break on the break screen</source>
        <translation>Mostra la pausa stretching nella schermata di pausa</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>A large window</source>
        <translation>Una finestra grande</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Schermi</translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation>Tutti gli schermi</translation>
    </message>
    <message>
        <source>The one with the pointer</source>
        <translation>Quello con il puntatore</translation>
    </message>
    <message>
        <source>Heads-up before a break</source>
        <translation>Preavviso prima di una pausa</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before (0: none)</source>
        <translation>Secondi prima (0: nessuno)</translation>
    </message>
    <message>
        <source>A glowing edge around the screen</source>
        <translation>Un bordo luminoso intorno allo schermo</translation>
    </message>
    <message>
        <source>A soft tone only</source>
        <translation>Solo un suono leggero</translation>
    </message>
    <message>
        <source>Strict mode and skips</source>
        <translation>Modalità rigorosa e pause saltate</translation>
    </message>
    <message>
        <source>Strict movement break (hold Esc {0} s to leave)</source>
        <translation>Pausa movimento rigorosa (tieni premuto Esc per {0} s per uscire)</translation>
    </message>
    <message>
        <source>Strict stretch break</source>
        <translation>Pausa stretching rigorosa</translation>
    </message>
    <message>
        <source>Postpones a day in strict mode</source>
        <translation>Rinvii al giorno in modalità rigorosa</translation>
    </message>
    <message>
        <source>Limit skips</source>
        <translation>Limita le pause saltate</translation>
    </message>
    <message>
        <source>Skips a day</source>
        <translation>Pause saltate al giorno</translation>
    </message>
    <message>
        <source>Offer to make up a missed break</source>
        <translation>Proponi di recuperare una pausa persa</translation>
    </message>
</context>
<context>
    <name>BreathingActions</name>
    <message>
        <source>There is no breathing pattern called &apos;{0}&apos;. Patterns: {1}</source>
        <translation>Non esiste nessun ritmo di respirazione chiamato «{0}». Ritmi: {1}</translation>
    </message>
    <message>
        <source>A breathing session lasts 1 to 10 minutes.</source>
        <translation>Una sessione di respirazione dura da 1 a 10 minuti.</translation>
    </message>
</context>
<context>
    <name>BreathingExtras</name>
    <message>
        <source>Breathing options</source>
        <translation>Opzioni di respirazione</translation>
    </message>
    <message>
        <source>Some pattern files were skipped:</source>
        <translation>Alcuni file di ritmi sono stati saltati:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…e %n altro.</numerusform>
            <numerusform>…e altri %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <source>Reduce motion: a still circle that changes colour</source>
        <translation>Meno movimento: un cerchio fermo che cambia colore</translation>
    </message>
    <message>
        <source>Your system asks for less motion, so the circle stays still either way.</source>
        <translation>Il tuo sistema chiede meno animazioni, quindi il cerchio resta comunque fermo.</translation>
    </message>
    <message>
        <source>Soft sound when the phase changes</source>
        <translation>Suono leggero al cambio di fase</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Annuncia le fasi a voce</translation>
    </message>
    <message>
        <source>Ask how tense I feel, before and after</source>
        <translation>Chiedimi il mio livello di tensione, prima e dopo</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guida al respiro</translation>
    </message>
</context>
<context>
    <name>BreathingSummary</name>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>Tension {0} → {1}</source>
        <translation>Tensione {0} → {1}</translation>
    </message>
    <message>
        <source>Breathe &amp;again</source>
        <translation>Respira di &amp;nuovo</translation>
    </message>
    <message>
        <source>Start another breathing session</source>
        <translation>Inizia un&apos;altra sessione di respirazione</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close the breathing window</source>
        <translation>Chiudi la finestra di respirazione</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Ben fatto.</translation>
    </message>
    <message>
        <source>Stopped. Every slow breath counts.</source>
        <translation>Interrotto. Ogni respiro lento conta.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} di {1}</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <source>Breathe – Unclench</source>
        <translation>Respira – Unclench</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>Quanta tensione senti in questo momento?</translation>
    </message>
    <message>
        <source>And how tense do you feel now?</source>
        <translation>E adesso quanta tensione senti?</translation>
    </message>
</context>
<context>
    <name>CarriedItem</name>
    <message>
        <source>Also due now: {0}</source>
        <translation>Da fare anche adesso: {0}</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>Ho bevuto &amp;{0} ml</translation>
    </message>
    <message>
        <source>I took a few slow breaths</source>
        <translation>Ho fatto qualche respiro lento</translation>
    </message>
    <message>
        <source>I did a short stretch</source>
        <translation>Ho fatto un breve allungamento</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <source>Tension and breaks</source>
        <translation>Tensione e pause</translation>
    </message>
    <message>
        <source>Breathing, before and after</source>
        <translation>Respirazione, prima e dopo</translation>
    </message>
    <message>
        <source>Days with {0}+ breaks</source>
        <translation>Giorni con {0}+ pause</translation>
    </message>
    <message>
        <source>Days with fewer</source>
        <translation>Giorni con meno</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Prima di una sessione</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
</context>
<context>
    <name>ComputerFilter</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Tutti i computer</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (questo computer)</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Slow belly breaths</source>
        <extracomment>exercise belly-breath: name</extracomment>
        <translation>Respiro lento con la pancia</translation>
    </message>
    <message>
        <source>Rest a hand on your belly. Breathe in through your nose so your belly rises under your hand, then breathe out slowly, a little longer than the breath in. Let your shoulders stay still.</source>
        <extracomment>exercise belly-breath: instruction</extracomment>
        <translation>Appoggia una mano sulla pancia. Inspira dal naso in modo che la pancia si sollevi sotto la mano, poi espira lentamente, un po&apos; più a lungo dell&apos;inspirazione. Lascia le spalle ferme.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <extracomment>exercise chest-opener: name</extracomment>
        <translation>Apertura del petto</translation>
    </message>
    <message>
        <source>Stand or sit tall. Link your hands behind you, or hold the sides of the seat, then lift your chest and let your shoulders open wide. Keep your chin level and your breath easy.</source>
        <extracomment>exercise chest-opener: instruction</extracomment>
        <translation>In piedi o sulla sedia, con la schiena dritta. Intreccia le mani dietro la schiena o tieni i lati della seduta, poi solleva il petto e lascia che le spalle si aprano bene. Tieni il mento dritto e il respiro tranquillo.</translation>
    </message>
    <message>
        <source>Chin tucks</source>
        <extracomment>exercise chin-tuck: name</extracomment>
        <translation>Mento indietro</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead. Glide your chin straight back, as if making a small double chin, without tipping your head down. Hold softly, then let it drift forward again.</source>
        <extracomment>exercise chin-tuck: instruction</extracomment>
        <translation>Siediti con la schiena dritta e guarda davanti a te. Porta il mento dritto all&apos;indietro, come per fare un piccolo doppio mento, senza abbassare la testa. Mantieni con dolcezza, poi lascialo tornare in avanti.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <extracomment>exercise hip-flexor-stretch: name</extracomment>
        <translation>Allungamento dei flessori dell&apos;anca</translation>
    </message>
    <message>
        <source>Stand in a short stride with a hand on the desk for balance. Bend the front knee a little and tuck your tailbone under until you feel a stretch at the front of the back hip. Keep your body upright.</source>
        <extracomment>exercise hip-flexor-stretch: instruction</extracomment>
        <translation>In piedi, fai un passo corto con una mano sulla scrivania per l&apos;equilibrio. Piega un po&apos; il ginocchio davanti e porta il coccige verso il basso finché senti un allungamento davanti all&apos;anca dietro. Tieni il busto dritto.</translation>
    </message>
    <message>
        <source>Unclench your jaw</source>
        <extracomment>exercise jaw-release: name</extracomment>
        <translation>Sciogli la mascella</translation>
    </message>
    <message>
        <source>Let your teeth part and your tongue rest behind your lower front teeth, lips softly together. Circle your fingertips slowly over the muscles just in front of your ears.</source>
        <extracomment>exercise jaw-release: instruction</extracomment>
        <translation>Lascia che i denti si separino e che la lingua riposi dietro i denti davanti in basso, con le labbra appena chiuse. Fai lenti cerchi con i polpastrelli sui muscoli proprio davanti alle orecchie.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <extracomment>exercise neck-side-stretch: name</extracomment>
        <translation>Allungamento laterale del collo</translation>
    </message>
    <message>
        <source>Let both shoulders sink. Slowly tip one ear toward the shoulder on the same side until you feel a mild pull along the other side of your neck. Breathe; no need to press with your hand.</source>
        <extracomment>exercise neck-side-stretch: instruction</extracomment>
        <translation>Lascia scendere entrambe le spalle. Inclina lentamente un orecchio verso la spalla dello stesso lato finché senti una leggera trazione lungo l&apos;altro lato del collo. Respira; non serve spingere con la mano.</translation>
    </message>
    <message>
        <source>Slow head turns</source>
        <extracomment>exercise neck-turn: name</extracomment>
        <translation>Rotazioni lente della testa</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders soft. Turn your head slowly to look over one shoulder, only as far as is comfortable. Pause, then turn back through the middle.</source>
        <extracomment>exercise neck-turn: instruction</extracomment>
        <translation>Siediti con la schiena dritta e le spalle morbide. Gira lentamente la testa per guardare oltre una spalla, solo fin dove è comodo. Fermati un attimo, poi torna indietro passando dal centro.</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <extracomment>exercise pmr-arms: name</extracomment>
        <translation>Braccia</translation>
    </message>
    <message>
        <source>Bend your elbows and tighten the front of your upper arms, as if showing off your biceps.</source>
        <extracomment>exercise pmr-arms: instruction</extracomment>
        <translation>Piega i gomiti e contrai la parte anteriore delle braccia, come per mostrare i bicipiti.</translation>
    </message>
    <message>
        <source>Lower your arms and let them rest heavy in your lap. Feel the difference.</source>
        <extracomment>exercise pmr-arms: what to do in the rest after each hold</extracomment>
        <translation>Abbassa le braccia e lasciale riposare pesanti in grembo. Senti la differenza.</translation>
    </message>
    <message>
        <source>Belly</source>
        <extracomment>exercise pmr-belly: name</extracomment>
        <translation>Pancia</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles, as if bracing for a gentle poke.</source>
        <extracomment>exercise pmr-belly: instruction</extracomment>
        <translation>Contrai i muscoli della pancia, come se ti preparassi a un piccolo colpetto.</translation>
    </message>
    <message>
        <source>Let your belly go soft and round, and let it rise freely as you breathe in.</source>
        <extracomment>exercise pmr-belly: what to do in the rest after each hold</extracomment>
        <translation>Lascia la pancia morbida e rotonda, e lasciala sollevarsi liberamente quando inspiri.</translation>
    </message>
    <message>
        <source>Eyes and jaw</source>
        <extracomment>exercise pmr-face: name</extracomment>
        <translation>Occhi e mascella</translation>
    </message>
    <message>
        <source>Close your eyes tightly and press your lips together. If your jaw is sore, keep the teeth apart.</source>
        <extracomment>exercise pmr-face: instruction</extracomment>
        <translation>Chiudi forte gli occhi e premi le labbra tra loro. Se la mascella ti fa male, tieni i denti separati.</translation>
    </message>
    <message>
        <source>Let your face go slack, teeth parted and jaw hanging loose. Breathe out slowly.</source>
        <extracomment>exercise pmr-face: what to do in the rest after each hold</extracomment>
        <translation>Lascia il viso completamente rilassato, i denti separati e la mascella sciolta. Espira lentamente.</translation>
    </message>
    <message>
        <source>Feet and calves</source>
        <extracomment>exercise pmr-feet: name</extracomment>
        <translation>Piedi e polpacci</translation>
    </message>
    <message>
        <source>Keep your heels on the floor and pull your toes up toward your shins.</source>
        <extracomment>exercise pmr-feet: instruction</extracomment>
        <translation>Tieni i talloni a terra e tira le punte dei piedi verso gli stinchi.</translation>
    </message>
    <message>
        <source>Let your feet rest flat and loose on the floor. Notice how they feel now.</source>
        <extracomment>exercise pmr-feet: what to do in the rest after each hold</extracomment>
        <translation>Lascia i piedi appoggiati e rilassati sul pavimento. Nota come li senti adesso.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <extracomment>exercise pmr-forehead: name</extracomment>
        <translation>Fronte</translation>
    </message>
    <message>
        <source>Raise your eyebrows as high as they go and hold the wrinkles in your forehead.</source>
        <extracomment>exercise pmr-forehead: instruction</extracomment>
        <translation>Alza le sopracciglia più che puoi e tieni le rughe sulla fronte.</translation>
    </message>
    <message>
        <source>Let your brow fall smooth. Notice the forehead relax.</source>
        <extracomment>exercise pmr-forehead: what to do in the rest after each hold</extracomment>
        <translation>Lascia che la fronte torni liscia. Senti come si rilassa.</translation>
    </message>
    <message>
        <source>Hands and forearms</source>
        <extracomment>exercise pmr-hands: name</extracomment>
        <translation>Mani e avambracci</translation>
    </message>
    <message>
        <source>Curl both hands into fists and squeeze firmly, without straining. Notice the tightness.</source>
        <extracomment>exercise pmr-hands: instruction</extracomment>
        <translation>Stringi entrambe le mani a pugno con decisione, senza sforzarti. Nota la tensione.</translation>
    </message>
    <message>
        <source>Open your hands and let your fingers fall loose. Notice the warmth and heaviness.</source>
        <extracomment>exercise pmr-hands: what to do in the rest after each hold</extracomment>
        <translation>Apri le mani e lascia le dita morbide. Nota il calore e la pesantezza.</translation>
    </message>
    <message>
        <source>Thighs</source>
        <extracomment>exercise pmr-legs: name</extracomment>
        <translation>Cosce</translation>
    </message>
    <message>
        <source>Press your knees together and tighten your thighs.</source>
        <extracomment>exercise pmr-legs: instruction</extracomment>
        <translation>Premi le ginocchia una contro l&apos;altra e contrai le cosce.</translation>
    </message>
    <message>
        <source>Let your legs fall slightly apart and rest heavy on the chair.</source>
        <extracomment>exercise pmr-legs: what to do in the rest after each hold</extracomment>
        <translation>Lascia che le gambe si allarghino un po&apos; e riposino pesanti sulla sedia.</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <extracomment>exercise pmr-shoulders: name</extracomment>
        <translation>Spalle</translation>
    </message>
    <message>
        <source>Pull your shoulders up toward your ears and hold them there.</source>
        <extracomment>exercise pmr-shoulders: instruction</extracomment>
        <translation>Solleva le spalle verso le orecchie e tienile lì.</translation>
    </message>
    <message>
        <source>Let your shoulders drop all the way down. Feel the weight sink out of them.</source>
        <extracomment>exercise pmr-shoulders: what to do in the rest after each hold</extracomment>
        <translation>Lascia cadere le spalle fino in fondo. Senti il peso che scivola via.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <extracomment>exercise pmr-upper-back: name</extracomment>
        <translation>Parte alta della schiena</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together and hold, keeping your neck relaxed.</source>
        <extracomment>exercise pmr-upper-back: instruction</extracomment>
        <translation>Avvicina le scapole e tieni, con il collo rilassato.</translation>
    </message>
    <message>
        <source>Release and let your upper back widen and soften against the chair.</source>
        <extracomment>exercise pmr-upper-back: what to do in the rest after each hold</extracomment>
        <translation>Lascia andare e senti la parte alta della schiena allargarsi e appoggiarsi morbida alla sedia.</translation>
    </message>
    <message>
        <source>Seated cat-cow</source>
        <extracomment>exercise seated-cat-cow: name</extracomment>
        <translation>Gatto-mucca da seduto</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back and let your head hang forward. Breathing in, lift your chest and let your lower back arch a little. Flow slowly between the two.</source>
        <extracomment>exercise seated-cat-cow: instruction</extracomment>
        <translation>Appoggia le mani sulle ginocchia. Espirando, arrotonda la schiena e lascia cadere la testa in avanti. Inspirando, solleva il petto e lascia che la zona lombare si inarchi un po&apos;. Passa lentamente da una posizione all&apos;altra.</translation>
    </message>
    <message>
        <source>Seated cat</source>
        <extracomment>exercise seated-cat: name</extracomment>
        <translation>Gatto da seduto</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back like a cat and let your head hang forward.</source>
        <extracomment>exercise seated-cat: instruction</extracomment>
        <translation>Appoggia le mani sulle ginocchia. Espirando, arrotonda la schiena come un gatto e lascia cadere la testa in avanti.</translation>
    </message>
    <message>
        <source>Seated cow</source>
        <extracomment>exercise seated-cow: name</extracomment>
        <translation>Mucca da seduto</translation>
    </message>
    <message>
        <source>Breathing in, lift your chest and let your lower back arch a little. Look ahead, not up.</source>
        <extracomment>exercise seated-cow: instruction</extracomment>
        <translation>Inspirando, solleva il petto e lascia che la zona lombare si inarchi un po&apos;. Guarda avanti, non in alto.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <extracomment>exercise seated-twist: name</extracomment>
        <translation>Torsione da seduto</translation>
    </message>
    <message>
        <source>Sit tall with both feet on the floor. Turn your chest toward one side, one hand on the opposite knee and the other on the chair back. Grow tall as you breathe in; turn back slowly.</source>
        <extracomment>exercise seated-twist: instruction</extracomment>
        <translation>Siediti con la schiena dritta ed entrambi i piedi a terra. Ruota il busto da un lato, una mano sul ginocchio opposto e l&apos;altra sullo schienale. Allungati verso l&apos;alto mentre inspiri; torna indietro lentamente.</translation>
    </message>
    <message>
        <source>Short walk</source>
        <extracomment>exercise short-walk: name</extracomment>
        <translation>Breve camminata</translation>
    </message>
    <message>
        <source>Stand up and walk about: to a window, the kitchen or along the corridor. Let your arms swing and your shoulders loosen. Fetching a glass of water counts.</source>
        <extracomment>exercise short-walk: instruction</extracomment>
        <translation>Alzati e cammina un po&apos;: fino a una finestra, in cucina o lungo il corridoio. Lascia oscillare le braccia e sciogliere le spalle. Anche andare a prendere un bicchiere d&apos;acqua conta.</translation>
    </message>
    <message>
        <source>Shoulder-blade squeeze</source>
        <extracomment>exercise shoulder-blade-squeeze: name</extracomment>
        <translation>Avvicinare le scapole</translation>
    </message>
    <message>
        <source>Sit upright with your arms loose. Draw your shoulder blades back and a little down, as if sliding them into your back pockets. Hold lightly, then let go.</source>
        <extracomment>exercise shoulder-blade-squeeze: instruction</extracomment>
        <translation>Siediti con la schiena dritta e le braccia rilassate. Porta le scapole indietro e un po&apos; in basso, come se volessi infilarle nelle tasche posteriori. Mantieni leggermente, poi lascia andare.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <extracomment>exercise shoulder-rolls: name</extracomment>
        <translation>Rotazioni delle spalle</translation>
    </message>
    <message>
        <source>Lift your shoulders toward your ears, draw them back, then let them drop. Keep the circles slow and round, rolling backwards.</source>
        <extracomment>exercise shoulder-rolls: instruction</extracomment>
        <translation>Solleva le spalle verso le orecchie, portale indietro e poi lasciale scendere. Fai cerchi lenti e rotondi, sempre all&apos;indietro.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <extracomment>exercise standing-back-extension: name</extracomment>
        <translation>Estensione della schiena in piedi</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and your palms on your lower back. Lean back gently from the hips, only as far as feels comfortable, then come back up to standing.</source>
        <extracomment>exercise standing-back-extension: instruction</extracomment>
        <translation>In piedi, con i piedi alla larghezza dei fianchi e i palmi sulla zona lombare. Piegati dolcemente all&apos;indietro dalle anche, solo fin dove è comodo, poi torna in posizione eretta.</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <extracomment>exercise standing-side-bend: name</extracomment>
        <translation>Flessione laterale in piedi</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart. Reach one arm up and over your head and lean gently the other way, keeping your hips steady. Breathe into your side, then return to the middle.</source>
        <extracomment>exercise standing-side-bend: instruction</extracomment>
        <translation>In piedi, con la schiena dritta e i piedi alla larghezza dei fianchi. Porta un braccio in alto sopra la testa e piegati dolcemente dall&apos;altro lato, con i fianchi fermi. Respira nel fianco, poi torna al centro.</translation>
    </message>
    <message>
        <source>Upper-back reach</source>
        <extracomment>exercise upper-back-reach: name</extracomment>
        <translation>Allungamento della parte alta della schiena</translation>
    </message>
    <message>
        <source>Link your fingers and push your palms away at shoulder height. Round your upper back and let your head drop a little, as if hugging a large ball. Feel the space between your shoulder blades widen.</source>
        <extracomment>exercise upper-back-reach: instruction</extracomment>
        <translation>Intreccia le dita e spingi i palmi in avanti all&apos;altezza delle spalle. Arrotonda la parte alta della schiena e lascia scendere un po&apos; la testa, come se abbracciassi una grande palla. Senti lo spazio tra le scapole che si allarga.</translation>
    </message>
    <message>
        <source>Forearm and wrist stretch</source>
        <extracomment>exercise wrist-stretch: name</extracomment>
        <translation>Allungamento di avambraccio e polso</translation>
    </message>
    <message>
        <source>Hold one arm out in front, palm up and elbow soft. With the other hand, ease the fingers down and back until the inside of the forearm feels a gentle stretch.</source>
        <extracomment>exercise wrist-stretch: instruction</extracomment>
        <translation>Tendi un braccio davanti a te, palmo in su e gomito morbido. Con l&apos;altra mano porta dolcemente le dita verso il basso e indietro finché senti un leggero allungamento all&apos;interno dell&apos;avambraccio.</translation>
    </message>
    <message>
        <source>Hands, chest and jaw minute</source>
        <extracomment>routine micro-hands: name</extracomment>
        <translation>Un minuto per mani, petto e mascella</translation>
    </message>
    <message>
        <source>A one-minute break for keyboard hands, a closed chest and a clenched jaw.</source>
        <extracomment>routine micro-hands: description</extracomment>
        <translation>Una pausa di un minuto per mani da tastiera, petto chiuso e mascella serrata.</translation>
    </message>
    <message>
        <source>Neck and shoulders minute</source>
        <extracomment>routine micro-neck: name</extracomment>
        <translation>Un minuto per collo e spalle</translation>
    </message>
    <message>
        <source>A one-minute reset for a stiff neck and raised shoulders.</source>
        <extracomment>routine micro-neck: description</extracomment>
        <translation>Un minuto per rimettere a posto un collo rigido e spalle sollevate.</translation>
    </message>
    <message>
        <source>Stand-up minute</source>
        <extracomment>routine micro-stand: name</extracomment>
        <translation>Un minuto in piedi</translation>
    </message>
    <message>
        <source>Out of the chair for a minute: lean back, reach, walk.</source>
        <extracomment>routine micro-stand: description</extracomment>
        <translation>Un minuto fuori dalla sedia: piegarsi indietro, allungarsi, camminare.</translation>
    </message>
    <message>
        <source>Back and spine minute</source>
        <extracomment>routine micro-back: name</extracomment>
        <translation>Un minuto per la schiena</translation>
    </message>
    <message>
        <source>A one-minute break that moves the spine after a long sit.</source>
        <extracomment>routine micro-back: description</extracomment>
        <translation>Una pausa di un minuto che muove la colonna dopo tanto tempo seduti.</translation>
    </message>
    <message>
        <source>Neck and shoulder release</source>
        <extracomment>routine neck-release: name</extracomment>
        <translation>Sciogliere collo e spalle</translation>
    </message>
    <message>
        <source>About three minutes to loosen the neck, shoulders and jaw where many people hold tension.</source>
        <extracomment>routine neck-release: description</extracomment>
        <translation>Circa tre minuti per sciogliere collo, spalle e mascella, dove molte persone accumulano tensione.</translation>
    </message>
    <message>
        <source>Back reset</source>
        <extracomment>routine back-reset: name</extracomment>
        <translation>Risveglio della schiena</translation>
    </message>
    <message>
        <source>About five minutes of gentle moves for the whole back, seated and standing, ending with a short walk.</source>
        <extracomment>routine back-reset: description</extracomment>
        <translation>Circa cinque minuti di movimenti dolci per tutta la schiena, da seduti e in piedi, con una breve camminata alla fine.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>routine muscle-relaxation: name</extracomment>
        <translation>Rilassamento muscolare progressivo</translation>
    </message>
    <message>
        <source>About five minutes, group by group: tense a muscle group for five seconds, then let it go for ten and notice the difference. Tense firmly but never to the point of pain.</source>
        <extracomment>routine muscle-relaxation: description</extracomment>
        <translation>Circa cinque minuti, un gruppo alla volta: contrai un gruppo muscolare per cinque secondi, poi lascialo andare per dieci e nota la differenza. Contrai con decisione, ma mai fino a sentire dolore.</translation>
    </message>
    <message>
        <source>Feet flat on the floor (or a footrest)</source>
        <extracomment>posture checklist feet-flat: the thing to check (short)</extracomment>
        <translation>Piedi appoggiati a terra (o su un poggiapiedi)</translation>
    </message>
    <message>
        <source>Knees roughly level with your hips, not tucked under the chair.</source>
        <extracomment>posture checklist feet-flat: how, in one sentence</extracomment>
        <translation>Ginocchia più o meno all&apos;altezza delle anche, non raccolte sotto la sedia.</translation>
    </message>
    <message>
        <source>Back resting against the chair</source>
        <extracomment>posture checklist back-supported: the thing to check (short)</extracomment>
        <translation>Schiena appoggiata alla sedia</translation>
    </message>
    <message>
        <source>Sit all the way back so the backrest carries the curve of your lower back.</source>
        <extracomment>posture checklist back-supported: how, in one sentence</extracomment>
        <translation>Siediti bene in fondo, così che lo schienale sostenga la curva della zona lombare.</translation>
    </message>
    <message>
        <source>Shoulders down and loose</source>
        <extracomment>posture checklist shoulders-loose: the thing to check (short)</extracomment>
        <translation>Spalle basse e rilassate</translation>
    </message>
    <message>
        <source>Let them drop away from your ears; they often creep up when you concentrate.</source>
        <extracomment>posture checklist shoulders-loose: how, in one sentence</extracomment>
        <translation>Lasciale scendere lontano dalle orecchie; quando ti concentri tendono a salire.</translation>
    </message>
    <message>
        <source>Jaw unclenched</source>
        <extracomment>posture checklist jaw-unclenched: the thing to check (short)</extracomment>
        <translation>Mascella sciolta</translation>
    </message>
    <message>
        <source>Teeth apart, lips lightly together, tongue resting.</source>
        <extracomment>posture checklist jaw-unclenched: how, in one sentence</extracomment>
        <translation>Denti separati, labbra appena chiuse, lingua a riposo.</translation>
    </message>
    <message>
        <source>Top of the screen near eye level</source>
        <extracomment>posture checklist screen-height: the thing to check (short)</extracomment>
        <translation>Bordo superiore dello schermo vicino all&apos;altezza degli occhi</translation>
    </message>
    <message>
        <source>About an arm&apos;s length away, so your head is not tipped down or pushed forward.</source>
        <extracomment>posture checklist screen-height: how, in one sentence</extracomment>
        <translation>A circa un braccio di distanza, così la testa non si piega in basso né si sporge in avanti.</translation>
    </message>
    <message>
        <source>Elbows bent at about 90°</source>
        <extracomment>posture checklist elbows-90: the thing to check (short)</extracomment>
        <translation>Gomiti piegati a circa 90°</translation>
    </message>
    <message>
        <source>Forearms roughly level with the desk, wrists straight and floating.</source>
        <extracomment>posture checklist elbows-90: how, in one sentence</extracomment>
        <translation>Avambracci più o meno all&apos;altezza della scrivania, polsi dritti e sollevati.</translation>
    </message>
    <message>
        <source>Head balanced over your shoulders</source>
        <extracomment>posture checklist head-over-shoulders: the thing to check (short)</extracomment>
        <translation>Testa in equilibrio sopra le spalle</translation>
    </message>
    <message>
        <source>Ears above the shoulders rather than in front of them.</source>
        <extracomment>posture checklist head-over-shoulders: how, in one sentence</extracomment>
        <translation>Le orecchie sopra le spalle, non davanti.</translation>
    </message>
    <message>
        <source>Hands and fingers soft</source>
        <extracomment>posture checklist hands-soft: the thing to check (short)</extracomment>
        <translation>Mani e dita morbide</translation>
    </message>
    <message>
        <source>No gripping the mouse; let the wrists rest between movements.</source>
        <extracomment>posture checklist hands-soft: how, in one sentence</extracomment>
        <translation>Non stringere il mouse; lascia riposare i polsi tra un movimento e l&apos;altro.</translation>
    </message>
    <message>
        <source>Belly soft</source>
        <extracomment>posture checklist belly-soft: the thing to check (short)</extracomment>
        <translation>Pancia morbida</translation>
    </message>
    <message>
        <source>Let it move as you breathe instead of holding it in.</source>
        <extracomment>posture checklist belly-soft: how, in one sentence</extracomment>
        <translation>Lasciala muovere con il respiro invece di tenerla in dentro.</translation>
    </message>
    <message>
        <source>One slow breath out</source>
        <extracomment>posture checklist breath-out: the thing to check (short)</extracomment>
        <translation>Un&apos;espirazione lenta</translation>
    </message>
    <message>
        <source>Breathe out a little longer than you breathed in, and let your shoulders sink with it.</source>
        <extracomment>posture checklist breath-out: how, in one sentence</extracomment>
        <translation>Espira un po&apos; più a lungo di quanto hai inspirato e lascia che le spalle scendano insieme.</translation>
    </message>
    <message>
        <source>A short walk</source>
        <extracomment>movement break suggestion short-walk: title (short)</extracomment>
        <translation>Una breve camminata</translation>
    </message>
    <message>
        <source>Walk for a few minutes: down the corridor, up a flight of stairs or once around the room. An easy pace is enough.</source>
        <extracomment>movement break suggestion short-walk: what to do, one or two sentences</extracomment>
        <translation>Cammina per qualche minuto: lungo il corridoio, su per una rampa di scale o con un giro della stanza. Basta un passo tranquillo.</translation>
    </message>
    <message>
        <source>Refill your water</source>
        <extracomment>movement break suggestion refill-water: title (short)</extracomment>
        <translation>Rabbocca l&apos;acqua</translation>
    </message>
    <message>
        <source>Walk to the kitchen or the tap and refill your glass or bottle. Drink some if you are thirsty.</source>
        <extracomment>movement break suggestion refill-water: what to do, one or two sentences</extracomment>
        <translation>Vai in cucina o al rubinetto e riempi di nuovo il bicchiere o la bottiglia. Bevi un po&apos; se hai sete.</translation>
    </message>
    <message>
        <source>Loosen your shoulders</source>
        <extracomment>movement break suggestion loosen-shoulders: title (short)</extracomment>
        <translation>Sciogli le spalle</translation>
    </message>
    <message>
        <source>Stand up, roll your shoulders slowly back a few times and let them drop. Let your arms hang and shake your hands loose.</source>
        <extracomment>movement break suggestion loosen-shoulders: what to do, one or two sentences</extracomment>
        <translation>Alzati, ruota lentamente le spalle all&apos;indietro qualche volta e lasciale cadere. Lascia penzolare le braccia e scuoti le mani per scioglierle.</translation>
    </message>
    <message>
        <source>Move gently</source>
        <extracomment>movement break suggestion gentle-movement: title (short)</extracomment>
        <translation>Muoviti con dolcezza</translation>
    </message>
    <message>
        <source>Stand and move in any easy way that feels good: shift your weight, march on the spot, reach up. Stop any move that hurts.</source>
        <extracomment>movement break suggestion gentle-movement: what to do, one or two sentences</extracomment>
        <translation>Alzati e muoviti in qualsiasi modo semplice che ti faccia stare bene: sposta il peso, cammina sul posto, allungati verso l&apos;alto. Interrompi qualsiasi movimento che faccia male.</translation>
    </message>
    <message>
        <source>Look far away</source>
        <extracomment>movement break suggestion look-far: title (short)</extracomment>
        <translation>Guarda lontano</translation>
    </message>
    <message>
        <source>Stand at a window or at the far end of the room and rest your eyes on something far away. Breathe out slowly.</source>
        <extracomment>movement break suggestion look-far: what to do, one or two sentences</extracomment>
        <translation>Mettiti vicino a una finestra o in fondo alla stanza e lascia riposare lo sguardo su qualcosa di lontano. Espira lentamente.</translation>
    </message>
    <message>
        <source>Let go completely and breathe out slowly.</source>
        <extracomment>the rest after a hold, when the exercise gives no words of its own</extracomment>
        <translation>Lascia andare del tutto ed espira lentamente.</translation>
    </message>
    <message>
        <source>Longer exhale</source>
        <extracomment>breathing pattern longer-exhale: name</extracomment>
        <translation>Espirazione più lunga</translation>
    </message>
    <message>
        <source>In for 4 seconds, out for 6: six slow breaths a minute, each out-breath a little longer than the in-breath. Many people find this pace settling. Breathe out slowly, as if through a straw.</source>
        <extracomment>breathing pattern longer-exhale: description</extracomment>
        <translation>Inspira per 4 secondi, espira per 6: sei respiri lenti al minuto, ogni espirazione un po&apos; più lunga dell&apos;inspirazione. Molte persone trovano calmante questo ritmo. Espira lentamente, come attraverso una cannuccia.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <extracomment>breathing pattern resonance: name</extracomment>
        <translation>Respirazione di risonanza</translation>
    </message>
    <message>
        <source>Even breaths of 5.5 seconds in and 5.5 out, a little under six breaths a minute. Also called coherent breathing. Let the belly rise and fall rather than the shoulders.</source>
        <extracomment>breathing pattern resonance: description</extracomment>
        <translation>Respiri regolari di 5,5 secondi in inspirazione e 5,5 in espirazione, poco meno di sei respiri al minuto. Chiamata anche respirazione coerente. Lascia che si sollevi e si abbassi la pancia, non le spalle.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <extracomment>breathing pattern box: name</extracomment>
        <translation>Respirazione quadrata</translation>
    </message>
    <message>
        <source>Four equal sides of 4 seconds: in, hold, out, hold. The steady count gives a busy mind something simple to follow.</source>
        <extracomment>breathing pattern box: description</extracomment>
        <translation>Quattro lati uguali di 4 secondi: inspira, trattieni, espira, trattieni. Il conteggio regolare dà a una mente affollata qualcosa di semplice da seguire.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <extracomment>breathing pattern physiological-sigh: name</extracomment>
        <translation>Sospiro fisiologico</translation>
    </message>
    <message>
        <source>A full breath in through the nose, a short second sip of air on top, then a long, easy breath out through the mouth. The same double breath the body makes on its own when it sighs.</source>
        <extracomment>breathing pattern physiological-sigh: description</extracomment>
        <translation>Un&apos;inspirazione piena dal naso, un secondo breve sorso d&apos;aria in aggiunta, poi una lunga espirazione tranquilla dalla bocca. Lo stesso doppio respiro che il corpo fa da solo quando sospira.</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <extracomment>breathing pattern 4-7-8: name</extracomment>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>In through the nose for 4 seconds, hold for 7, then out through the mouth for 8. A few rounds are plenty.</source>
        <extracomment>breathing pattern 4-7-8: description</extracomment>
        <translation>Inspira dal naso per 4 secondi, trattieni per 7, poi espira dalla bocca per 8. Bastano pochi cicli.</translation>
    </message>
    <message>
        <source>The holds are optional: if holding feels uncomfortable, keep breathing gently through them. Stop and breathe normally if you feel light-headed or dizzy.</source>
        <extracomment>breathing pattern 4-7-8: caution</extracomment>
        <translation>Le pause di apnea sono facoltative: se trattenere il respiro ti dà fastidio, continua a respirare dolcemente in quelle fasi. Fermati e respira normalmente se hai capogiri o ti gira la testa.</translation>
    </message>
    <message>
        <source>Stress and muscle tension</source>
        <extracomment>why this helps, topic stress-tension: title (short)</extracomment>
        <translation>Stress e tensione muscolare</translation>
    </message>
    <message>
        <source>In laboratory studies, mental stress such as timed arithmetic raises the activity of the shoulder muscles, even when the body is doing no physical work. Distress and low mood also make it more likely that back pain lasts. How much everyday stress adds to neck and back pain differs from person to person, so take this as a reasonable idea, not a proven cause.</source>
        <extracomment>why this helps, topic stress-tension: what is known, two or three sentences</extracomment>
        <translation>Negli studi di laboratorio, lo stress mentale, come fare calcoli a tempo, aumenta l&apos;attività dei muscoli delle spalle anche quando il corpo non sta facendo alcuno sforzo fisico. Anche il disagio e l&apos;umore basso rendono più probabile che il mal di schiena duri. Quanto lo stress di tutti i giorni contribuisca al dolore di collo e schiena varia da persona a persona, quindi prendila come un&apos;idea ragionevole, non come una causa dimostrata.</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <extracomment>why this helps, topic micro-breaks: title (short)</extracomment>
        <translation>Pause brevi</translation>
    </message>
    <message>
        <source>Breaks of up to ten minutes leave people a little less tired and a little more energetic, a small but reliable effect. They do not reliably make people work better or faster; longer breaks did better on that. Unclench suggests breaks for how you feel, not to raise your output.</source>
        <extracomment>why this helps, topic micro-breaks: what is known, two or three sentences</extracomment>
        <translation>Pause fino a dieci minuti lasciano le persone un po&apos; meno stanche e un po&apos; più energiche, un effetto piccolo ma affidabile. Non fanno lavorare meglio o più in fretta in modo affidabile; su questo le pause più lunghe sono andate meglio. Unclench ti propone pause per come ti senti, non per aumentare il tuo rendimento.</translation>
    </message>
    <message>
        <source>Staying active with back pain</source>
        <extracomment>why this helps, topic movement: title (short)</extracomment>
        <translation>Restare attivi con il mal di schiena</translation>
    </message>
    <message>
        <source>Guidelines advise people with low back pain to carry on with normal activities as far as they can and, when pain lasts, to exercise. Exercise programmes ease long-lasting low back pain by a modest amount on average. Gentle moves during the day are a small part of staying active, not a treatment.</source>
        <extracomment>why this helps, topic movement: what is known, two or three sentences</extracomment>
        <translation>Le linee guida consigliano a chi ha mal di schiena lombare di continuare le normali attività per quanto possibile e, se il dolore dura, di fare esercizio. I programmi di esercizio alleviano il mal di schiena lombare di lunga durata in misura modesta, in media. I movimenti dolci durante la giornata sono una piccola parte del restare attivi, non una cura.</translation>
    </message>
    <message>
        <source>Stretching at the desk</source>
        <extracomment>why this helps, topic stretching: title (short)</extracomment>
        <translation>Stretching alla scrivania</translation>
    </message>
    <message>
        <source>Stretching feels good to many people and is part of the exercise that guidelines suggest for back pain, but there is little good evidence that desk stretches on their own prevent neck or back pain. When a muscle cramps, gently stretching it is the usual first help. Stretch only as far as is comfortable, and stop if pain increases.</source>
        <extracomment>why this helps, topic stretching: what is known, two or three sentences</extracomment>
        <translation>Allungarsi fa stare bene molte persone e fa parte dell&apos;esercizio che le linee guida suggeriscono per il mal di schiena, ma ci sono poche prove solide che lo stretching alla scrivania, da solo, prevenga il dolore al collo o alla schiena. Quando un muscolo ha un crampo, allungarlo dolcemente è il primo aiuto abituale. Allungati solo fin dove è comodo e fermati se il dolore aumenta.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <extracomment>why this helps, topic slow-breathing: title (short)</extracomment>
        <translation>Respirazione lenta</translation>
    </message>
    <message>
        <source>Breathing slowly, around six breaths a minute, reliably raises heart-rate variability, a sign that the resting branch of the nervous system is more active, during the exercise and shortly after. Its effect on how stressed people feel is smaller: trials find a small reduction on average, and many are of modest quality. Breathe gently, and stop and breathe normally if you feel light-headed.</source>
        <extracomment>why this helps, topic slow-breathing: what is known, two or three sentences</extracomment>
        <translation>Respirare lentamente, circa sei respiri al minuto, aumenta in modo affidabile la variabilità della frequenza cardiaca, un segno che la parte del sistema nervoso legata al riposo è più attiva, durante l&apos;esercizio e poco dopo. L&apos;effetto su quanto ci si sente stressati è minore: gli studi trovano in media una piccola riduzione, e molti sono di qualità modesta. Respira con dolcezza, e fermati e respira normalmente se ti gira la testa.</translation>
    </message>
    <message>
        <source>Tensing and then letting go of one muscle group after another is a long-used relaxation method. Relaxation training lowers anxiety by a moderate amount in trials, and a back-pain guideline lists progressive relaxation as an option for long-lasting low back pain, on low-quality evidence. Tense firmly but never to the point of pain.</source>
        <extracomment>why this helps, topic muscle-relaxation: what is known, two or three sentences</extracomment>
        <translation>Contrarre e poi rilasciare un gruppo muscolare dopo l&apos;altro è un metodo di rilassamento usato da molto tempo. Negli studi, l&apos;allenamento al rilassamento riduce l&apos;ansia in misura moderata, e una linea guida sul mal di schiena indica il rilassamento progressivo come opzione per il mal di schiena lombare di lunga durata, sulla base di prove di bassa qualità. Contrai con decisione, ma mai fino a sentire dolore.</translation>
    </message>
    <message>
        <source>Posture and screen height</source>
        <extracomment>why this helps, topic posture: title (short)</extracomment>
        <translation>Postura e altezza dello schermo</translation>
    </message>
    <message>
        <source>No single sitting posture has been shown to prevent back or neck pain, and reviews of desk set-ups and ergonomic training find only low-quality, inconsistent evidence. A comfortable set-up and changing position often are still sensible. The posture checklist is a prompt to notice and ease tension, not a rule for sitting correctly.</source>
        <extracomment>why this helps, topic posture: what is known, two or three sentences</extracomment>
        <translation>Non è stato dimostrato che una singola postura da seduti prevenga il mal di schiena o di collo, e le revisioni sull&apos;allestimento della postazione e sulla formazione ergonomica trovano solo prove di bassa qualità e poco coerenti. Una postazione comoda e cambiare spesso posizione restano comunque sensati. La lista della postura è uno spunto per notare e sciogliere la tensione, non una regola per stare seduti correttamente.</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>why this helps, topic water: title (short)</extracomment>
        <translation>Acqua</translation>
    </message>
    <message>
        <source>Healthy adults need about two to two and a half litres of water a day from drinks and food together, and thirst is a good guide. There is no good evidence that drinking more water prevents muscle cramps or back spasms, and forcing down large amounts can be dangerous because it dilutes the salt in the blood. Unclench&apos;s water reminders mean: drink when you are thirsty or as you planned, nothing more.</source>
        <extracomment>why this helps, topic water: what is known, two or three sentences</extracomment>
        <translation>Gli adulti sani hanno bisogno di circa due-due litri e mezzo d&apos;acqua al giorno tra bevande e cibo, e la sete è una buona guida. Non ci sono prove solide che bere più acqua prevenga i crampi muscolari o gli spasmi alla schiena, e sforzarsi di bere grandi quantità può essere pericoloso perché diluisce il sale nel sangue. I promemoria per l&apos;acqua di Unclench significano: bevi quando hai sete o come avevi previsto, niente di più.</translation>
    </message>
    <message>
        <source>Walking and getting up</source>
        <extracomment>why this helps, topic walking: title (short)</extracomment>
        <translation>Camminare e alzarsi</translation>
    </message>
    <message>
        <source>In a large trial, people who built up regular walking over six months, with some coaching, went nearly twice as long before their low back pain came back. Health guidelines advise adults to sit less and move more, though what a short walk at work does on its own is not known. Sit-stand desks cut sitting at work by about an hour a day at first, on low-quality evidence; whether that helps health is still unclear.</source>
        <extracomment>why this helps, topic walking: what is known, two or three sentences</extracomment>
        <translation>In un ampio studio, le persone che hanno costruito l&apos;abitudine di camminare regolarmente nell&apos;arco di sei mesi, con un po&apos; di supporto, sono rimaste quasi il doppio del tempo senza che il mal di schiena lombare tornasse. Le linee guida sulla salute consigliano agli adulti di stare meno seduti e muoversi di più, anche se non si sa cosa faccia da sola una breve camminata al lavoro. Le scrivanie regolabili in altezza riducono all&apos;inizio il tempo seduti al lavoro di circa un&apos;ora al giorno, con prove di bassa qualità; se questo giovi alla salute non è ancora chiaro.</translation>
    </message>
    <message>
        <source>Heat or cold for a sore back</source>
        <extracomment>why this helps, topic heat-cold: title (short)</extracomment>
        <translation>Caldo o freddo per la schiena dolorante</translation>
    </message>
    <message>
        <source>A heat wrap eases new low back pain a little for a short time, with moderate-quality evidence, and a guideline suggests it for pain of recent onset. For cold packs there is too little evidence to say whether they help. Use whichever feels better, never directly on bare skin, and not on skin that has lost feeling.</source>
        <extracomment>why this helps, topic heat-cold: what is known, two or three sentences</extracomment>
        <translation>Una fascia termica allevia un po&apos; e per poco tempo il mal di schiena lombare recente, con prove di qualità moderata, e una linea guida la suggerisce per il dolore iniziato da poco. Per gli impacchi freddi le prove sono troppo scarse per dire se aiutino. Usa quello che ti fa sentire meglio, mai direttamente sulla pelle nuda e non su pelle che ha perso sensibilità.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>why this helps, topic sleep: title (short)</extracomment>
        <translation>Sonno</translation>
    </message>
    <message>
        <source>Adults are advised to sleep at least seven hours a night. Poor sleep and pain feed each other, and poor sleep seems to predict later pain more strongly than pain predicts poor sleep. Unclench starts its counts afresh after a night&apos;s sleep and keeps quiet outside your working hours.</source>
        <extracomment>why this helps, topic sleep: what is known, two or three sentences</extracomment>
        <translation>Si consiglia agli adulti di dormire almeno sette ore per notte. Il sonno scarso e il dolore si alimentano a vicenda, e dormire male sembra predire il dolore futuro più di quanto il dolore predica il dormire male. Unclench ricomincia a contare da capo dopo una notte di sonno e resta in silenzio fuori dal tuo orario di lavoro.</translation>
    </message>
</context>
<context>
    <name>CustomPatternEditor</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Hold (full)</source>
        <translation>Trattieni (pieno)</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Hold (empty)</source>
        <translation>Trattieni (vuoto)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, secondi</translation>
    </message>
    <message>
        <source>&amp;Breathe with this pattern</source>
        <translation>&amp;Respira con questo ritmo</translation>
    </message>
    <message>
        <source>Start the custom pattern</source>
        <translation>Avvia il ritmo personalizzato</translation>
    </message>
    <message>
        <source>Use {0} to {1} seconds</source>
        <translation>Usa da {0} a {1} secondi</translation>
    </message>
</context>
<context>
    <name>DailySeriesModel</name>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pause fatte</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Saltate o perse</translation>
    </message>
    <message>
        <source>Water (ml)</source>
        <translation>Acqua (ml)</translation>
    </message>
    <message>
        <source>Tension (average)</source>
        <translation>Tensione (media)</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Controlli della postura</translation>
    </message>
    <message>
        <source>Breathing (min)</source>
        <translation>Respirazione (min)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DoctorPage</name>
    <message>
        <source>What Unclench sees</source>
        <translation>Cosa vede Unclench</translation>
    </message>
    <message>
        <source>What each detector sees on this desktop right now:</source>
        <translation>Cosa vede ogni rilevatore su questo desktop in questo momento:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Reading {0}…</source>
        <translation>Lettura di {0}…</translation>
    </message>
    <message>
        <source>Saving the events of {0}…</source>
        <translation>Salvataggio degli eventi di {0}…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Movement break</source>
        <translation>Pausa movimento</translation>
    </message>
    <message>
        <source>movement break</source>
        <translation>pausa movimento</translation>
    </message>
    <message>
        <source>Get up for a few minutes: walk, stand, look far away or refill your water.</source>
        <translation>Alzati per qualche minuto: cammina, stai in piedi, guarda lontano o rabbocca l&apos;acqua.</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pausa stretching</translation>
    </message>
    <message>
        <source>stretch break</source>
        <translation>pausa stretching</translation>
    </message>
    <message>
        <source>Stand up if you can and move gently. Stop any move that hurts.</source>
        <translation>Alzati se puoi e muoviti con dolcezza. Interrompi qualsiasi movimento che faccia male.</translation>
    </message>
    <message>
        <source>Breathing break</source>
        <translation>Pausa respiro</translation>
    </message>
    <message>
        <source>breathing break</source>
        <translation>pausa respiro</translation>
    </message>
    <message>
        <source>A few slow breaths with a longer out-breath; many people find it settling.</source>
        <translation>Qualche respiro lento con l&apos;espirazione più lunga; molte persone lo trovano calmante.</translation>
    </message>
    <message>
        <source>Water break</source>
        <translation>Pausa acqua</translation>
    </message>
    <message>
        <source>water</source>
        <translation>acqua</translation>
    </message>
    <message>
        <source>Time for a drink, if you are thirsty or as you planned.</source>
        <translation>È il momento di bere, se hai sete o come avevi previsto.</translation>
    </message>
    <message>
        <source>Posture check</source>
        <translation>Controllo della postura</translation>
    </message>
    <message>
        <source>posture check</source>
        <translation>controllo della postura</translation>
    </message>
    <message>
        <source>Take a few seconds. Tick what you just did:</source>
        <translation>Prenditi qualche secondo. Spunta quello che hai appena fatto:</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Applies the next time Unclench starts.</source>
        <translation>Vale dal prossimo avvio di Unclench.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Unclench could not start: {0}</source>
        <translation>Unclench non è riuscito ad avviarsi: {0}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Use {0}–{1}</source>
        <translation>Usa {0}–{1}</translation>
    </message>
</context>
<context>
    <name>PhaseCues</name>
    <message>
        <source>No sound output could be opened, so there are no phase sounds.</source>
        <translation>Non è stato possibile aprire nessuna uscita audio, quindi non ci sono suoni di fase.</translation>
    </message>
    <message>
        <source>Unclench cannot play sounds on this system yet.</source>
        <translation>Unclench non può ancora riprodurre suoni su questo sistema.</translation>
    </message>
    <message>
        <source>Speaking failed ({0}), so spoken cues are off.</source>
        <translation>La sintesi vocale non ha funzionato ({0}), quindi gli annunci vocali sono disattivati.</translation>
    </message>
    <message>
        <source>No speech program was found. Spoken cues use espeak or flite; install one to hear them.</source>
        <translation>Non è stato trovato nessun programma di sintesi vocale. Gli annunci vocali usano espeak o flite; installane uno per sentirli.</translation>
    </message>
</context>
<context>
    <name>PromptPresenter</name>
    <message>
        <source>Some content files have problems and were left out:</source>
        <translation>Alcuni file di contenuto hanno problemi e sono stati esclusi:</translation>
    </message>
</context>
<context>
    <name>QuietSources</name>
    <message>
        <source>The app rules are not valid: {}</source>
        <translation>Le regole delle app non sono valide: {}</translation>
    </message>
</context>
<context>
    <name>QuietTimesPage</name>
    <message>
        <source>What Unclench sees…</source>
        <translation>Cosa vede Unclench…</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone or camera is in use</source>
        <translation>Metti in attesa i promemoria mentre microfono o fotocamera sono in uso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a call ends, wait</source>
        <translation>Dopo la fine di una chiamata, aspetta</translation>
    </message>
    <message>
        <source>Hold at most, per day</source>
        <extracomment>After this much holding in a day, reminders come anyway, quietly.</extracomment>
        <translation>Metti in attesa al massimo, al giorno</translation>
    </message>
    <message>
        <source>Apps that are not calls</source>
        <translation>App che non sono chiamate</translation>
    </message>
    <message>
        <source>Count as calls again</source>
        <translation>Conta di nuovo come chiamata</translation>
    </message>
    <message>
        <source>Not calls</source>
        <translation>Non sono chiamate</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>File di calendario</translation>
    </message>
    <message>
        <source>Add calendar file…</source>
        <translation>Aggiungi file di calendario…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>File di calendario (.ics)</translation>
    </message>
    <message>
        <source>Also read a calendar from the web</source>
        <translation>Leggi anche un calendario dal web</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Indirizzo del calendario</translation>
    </message>
    <message>
        <source>Only this address is contacted, at most every 15 minutes; nothing else leaves the computer.</source>
        <translation>Viene contattato solo questo indirizzo, al massimo ogni 15 minuti; nient&apos;altro lascia il computer.</translation>
    </message>
    <message>
        <source>you@example.org, …</source>
        <translation>tu@example.org, …</translation>
    </message>
    <message>
        <source>Your addresses</source>
        <extracomment>Events the user declined (as this address) do not hold reminders.</extracomment>
        <translation>I tuoi indirizzi</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>App</translation>
    </message>
    <message>
        <source>App rules</source>
        <translation>Regole delle app</translation>
    </message>
    <message>
        <source>Running app</source>
        <translation>App in esecuzione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>is in front</source>
        <translation>è in primo piano</translation>
    </message>
    <message>
        <source>is running</source>
        <translation>è in esecuzione</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Aggiungi regola</translation>
    </message>
    <message>
        <source>Hold reminders while</source>
        <translation>Metti in attesa i promemoria mentre</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>Choose calendar files</source>
        <translation>Scegli i file di calendario</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendari (*.ics)</translation>
    </message>
    <message>
        <source>{0} is in front</source>
        <translation>{0} è in primo piano</translation>
    </message>
    <message>
        <source>{0} is running</source>
        <translation>{0} è in esecuzione</translation>
    </message>
</context>
<context>
    <name>RangesField</name>
    <message>
        <source>Write times like 09:00-12:30, 13:30-18:00</source>
        <translation>Scrivi gli orari così: 09:00-12:30, 13:30-18:00</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>libero</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>0 is loose and easy, 10 is as tight as it gets.</source>
        <translation>0 è sciolto e tranquillo, 10 è il massimo della tensione.</translation>
    </message>
    <message>
        <source>Tension {0} of 10</source>
        <translation>Tensione {0} su 10</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>sciolto</translation>
    </message>
    <message>
        <source>very tight</source>
        <translation>molto teso</translation>
    </message>
</context>
<context>
    <name>ReminderNotification</name>
    <message>
        <source>Check: {0}</source>
        <translation>Controlla: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Oggi finora: {0} ml su {1} ml</translation>
    </message>
    <message>
        <source>Drank {0} ml</source>
        <translation>Ho bevuto {0} ml</translation>
    </message>
    <message>
        <source>A minute of slow breathing with a long out-breath.</source>
        <translation>Un minuto di respirazione lenta con un&apos;espirazione lunga.</translation>
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
        <translation>Alzati e muoviti con dolcezza: {0}</translation>
    </message>
    <message>
        <source>Stand up and move.</source>
        <translation>Alzati e muoviti.</translation>
    </message>
    <message>
        <source>Also due now: {0}</source>
        <translation>Da fare anche adesso: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Snooze {0} min</source>
        <translation>Rimanda di {0} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Unclench reminder</source>
        <translation>Promemoria di Unclench</translation>
    </message>
    <message>
        <source>• {0}, {1} × {2} s</source>
        <translation>• {0}, {1} × {2} s</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Oggi finora: {0} ml su {1} ml</translation>
    </message>
    <message>
        <source>• {0}, {1} s</source>
        <translation>• {0}, {1} s</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>Ho bevuto &amp;{0} ml</translation>
    </message>
    <message>
        <source>Start &amp;breathing</source>
        <translation>Inizia a &amp;respirare</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fatto</translation>
    </message>
    <message>
        <source>Start &amp;guided stretch</source>
        <translation>Stretching &amp;guidato</translation>
    </message>
    <message>
        <source>&amp;Snooze {0} min</source>
        <translation>Ri&amp;manda di {0} min</translation>
    </message>
    <message>
        <source>Remind me again in {0} min (Esc)</source>
        <translation>Ricordamelo di nuovo tra {0} min (Esc)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>&amp;Why this helps</source>
        <translation>&amp;Perché aiuta</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>There is no routine called &apos;{0}&apos;. Routines: {1}</source>
        <translation>Non esiste nessuna routine chiamata «{0}». Routine: {1}</translation>
    </message>
    <message>
        <source>“{0}” comes back with the stretch break at {1}.</source>
        <translation>«{0}» torna con la pausa stretching alle {1}.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importa una routine</translation>
    </message>
    <message>
        <source>Routine (*.json)</source>
        <translation>Routine (*.json)</translation>
    </message>
    <message>
        <source>Imported the routine &apos;{0}&apos;.</source>
        <translation>La routine «{0}» è stata importata.</translation>
    </message>
    <message>
        <source>That routine could not be imported:</source>
        <translation>Non è stato possibile importare questa routine:</translation>
    </message>
    <message>
        <source>Remove the imported routine &apos;{0}&apos;? Its file is deleted; your log keeps its history.</source>
        <translation>Rimuovere la routine importata «{0}»? Il suo file viene eliminato; il tuo registro ne conserva la cronologia.</translation>
    </message>
    <message>
        <source>The routine could not be removed: {0}</source>
        <translation>Non è stato possibile rimuovere la routine: {0}</translation>
    </message>
</context>
<context>
    <name>RoutineDonePage</name>
    <message>
        <source>Routine complete</source>
        <translation>Routine completata</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Ottimo lavoro</translation>
    </message>
    <message>
        <source>Take a slow breath out and notice how your neck, shoulders and jaw feel now.</source>
        <translation>Espira lentamente e nota come senti adesso collo, spalle e mascella.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
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
        <translation>Avanzamento della routine</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Secondi rimasti in questo passo</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passo precedente</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Metti in pausa</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Passo successivo</translation>
    </message>
    <message>
        <source>P&amp;ostpone</source>
        <translation>Ri&amp;manda</translation>
    </message>
    <message>
        <source>Postpone this routine</source>
        <translation>Rimanda questa routine</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <source>Finish the routine now</source>
        <translation>Termina ora la routine</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Passo precedente (freccia sinistra)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Passo successivo (freccia destra)</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space when focused)</source>
        <translation>Metti in pausa o riprendi il conto alla rovescia (Spazio quando è selezionato)</translation>
    </message>
    <message>
        <source>Stop here; what you did is still recorded (Esc)</source>
        <translation>Fermati qui; quello che hai fatto resta comunque registrato (Esc)</translation>
    </message>
    <message>
        <source>Do this routine a little later</source>
        <translation>Fai questa routine un po&apos; più tardi</translation>
    </message>
    <message>
        <source>Move gently, and stop any movement that increases pain.</source>
        <translation>Muoviti con dolcezza e interrompi qualsiasi movimento che aumenti il dolore.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando rivolgersi a un professionista</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 di %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message numerus="yes">
        <source>You finished “%1”: %n steps in %2.</source>
        <translation>
            <numerusform>Hai completato «%1»: %n passo in %2.</numerusform>
            <numerusform>Hai completato «%1»: %n passi in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWording</name>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Lascia andare</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Ultimo passo</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, lato sinistro</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, lato destro</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Poi: %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>ancora %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>ancora circa %1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>When to see a professional — Unclench</source>
        <translation>Quando rivolgersi a un professionista — Unclench</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando rivolgersi a un professionista</translation>
    </message>
    <message>
        <source>Unclench reminds you to move, breathe and let go of tension. It does not diagnose anything, and it does not replace a doctor or a physiotherapist.</source>
        <translation>Unclench ti ricorda di muoverti, respirare e lasciare andare la tensione. Non fa diagnosi e non sostituisce un medico o un fisioterapista.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Chiedi aiuto subito</translation>
    </message>
    <message>
        <source>If back pain comes with losing control of your bladder or bowels, treat it as an emergency: call your local emergency number or go to an emergency department straight away.</source>
        <translation>Se il mal di schiena si accompagna alla perdita del controllo della vescica o dell&apos;intestino, trattalo come un&apos;emergenza: chiama subito il numero di emergenza locale (il 112 in Europa) o vai direttamente al pronto soccorso.</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon if</source>
        <translation>Rivolgiti presto a un medico o a un fisioterapista se</translation>
    </message>
    <message>
        <source>the pain does not ease with rest and self-care, or it is getting worse;</source>
        <translation>il dolore non si attenua con il riposo e la cura di te, oppure peggiora;</translation>
    </message>
    <message>
        <source>pain spreads down one leg or both;</source>
        <translation>il dolore scende lungo una gamba o entrambe;</translation>
    </message>
    <message>
        <source>you feel numbness or tingling in your legs or feet;</source>
        <translation>senti intorpidimento o formicolio alle gambe o ai piedi;</translation>
    </message>
    <message>
        <source>your legs or feet feel weak;</source>
        <translation>senti le gambe o i piedi deboli;</translation>
    </message>
    <message>
        <source>the pain began after a fall, an accident or another injury;</source>
        <translation>il dolore è iniziato dopo una caduta, un incidente o un&apos;altra lesione;</translation>
    </message>
    <message>
        <source>the pain is severe or keeps coming back;</source>
        <translation>il dolore è forte o continua a tornare;</translation>
    </message>
    <message>
        <source>worry or anxiety is getting in the way of your daily life.</source>
        <translation>la preoccupazione o l&apos;ansia ti ostacolano nella vita di tutti i giorni.</translation>
    </message>
    <message>
        <source>During any routine, move gently and stop a movement that increases pain. When you are unsure, ask a professional before carrying on.</source>
        <translation>Durante ogni routine muoviti con dolcezza e interrompi un movimento che aumenta il dolore. Se hai dubbi, chiedi a un professionista prima di continuare.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Ritmo di respirazione</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizzato…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Durata della sessione</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>A number of breaths</source>
        <translation>Un numero di respiri</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> respiri</translation>
    </message>
    <message>
        <source>Number of breaths</source>
        <translation>Numero di respiri</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opzioni</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Mostra le opzioni</translation>
    </message>
    <message>
        <source>Hide options</source>
        <translation>Nascondi le opzioni</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Fase attuale</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Avanzamento della sessione</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop (Escape)</source>
        <translation>Ferma (Esc)</translation>
    </message>
    <message>
        <source>Seconds per phase: {0}</source>
        <translation>Secondi per fase: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Metti in pausa</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Riprendi (Spazio)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Spazio)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>In a little more</source>
        <translation>Inspira ancora un po&apos;</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Paused – press Space to go on</source>
        <translation>In pausa – premi Spazio per continuare</translation>
    </message>
    <message>
        <source>{0}:{1:02d} left</source>
        <translation>mancano {0}:{1:02d}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Unclench settings</source>
        <translation>Impostazioni di Unclench</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Quiet times</source>
        <translation>Momenti di quiete</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generali</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Settings shown greyed are set by your administrator.</source>
        <translation>Le impostazioni in grigio sono stabilite dal tuo amministratore.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Ricordami</translation>
    </message>
    <message>
        <source>Every</source>
        <extracomment>Form label before the interval field: &quot;Every [20 min]&quot;.</extracomment>
        <translation>Ogni</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <extracomment>Form label before the minutes that &quot;Snooze&quot; on a reminder waits: &quot;Snooze for [5 min]&quot;.</extracomment>
        <translation>Rimanda di</translation>
    </message>
    <message>
        <source>Daily water goal</source>
        <translation>Obiettivo giornaliero di acqua</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hide an unanswered reminder after</source>
        <translation>Nascondi un promemoria senza risposta dopo</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Un&apos;assenza così lunga conta come pausa</translation>
    </message>
    <message>
        <source>During calls and fullscreen, wait at most</source>
        <translation>Durante chiamate e schermo intero, aspetta al massimo</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Orario di lavoro</translation>
    </message>
    <message>
        <source>Outside these hours no reminder comes.</source>
        <translation>Fuori da questi orari non arriva nessun promemoria.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <source>Unclench&apos;s own card</source>
        <translation>La scheda di Unclench</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Una notifica del desktop</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Entrambe</translation>
    </message>
    <message>
        <source>Show reminders as</source>
        <translation>Mostra i promemoria come</translation>
    </message>
    <message>
        <source>Play a soft sound when a reminder appears</source>
        <translation>Riproduci un suono leggero quando compare un promemoria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>A volte</translation>
    </message>
    <message>
        <source>After every one</source>
        <translation>Dopo ognuna</translation>
    </message>
    <message>
        <source>After a break, ask how tense I feel</source>
        <translation>Dopo una pausa, chiedimi il mio livello di tensione</translation>
    </message>
    <message>
        <source>&amp;Start Unclench when I log in</source>
        <translation>&amp;Avvia Unclench all&apos;accesso</translation>
    </message>
    <message>
        <source>What Unclench can see on this desktop</source>
        <translation>Cosa può vedere Unclench su questo desktop</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Quando rivolgersi a un &amp;professionista</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>non disponibile in questa sessione</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>non disponibile su questo sistema</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Stabilito dal tuo amministratore</translation>
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
        <translation>Le tue impostazioni valgono da subito, ma non è stato possibile salvarle: {0}</translation>
    </message>
</context>
<context>
    <name>SittingView</name>
    <message>
        <source>worked {0}</source>
        <translation>{0} di lavoro</translation>
    </message>
    <message>
        <source>{0} of {1} movement breaks</source>
        <translation>{0} pause movimento su {1}</translation>
    </message>
    <message>
        <source>longest sitting {0}</source>
        <translation>periodo più lungo da seduti: {0}</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>not available on this Windows</source>
        <translation>non disponibile su questo Windows</translation>
    </message>
    <message>
        <source>not detected on macOS (no public interface for Focus or fullscreen apps)</source>
        <translation>non rilevato su macOS (nessuna interfaccia pubblica per Full immersion o le app a schermo intero)</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>non disponibile in questa sessione</translation>
    </message>
    <message>
        <source>GNOME notification banners setting</source>
        <translation>impostazione dei banner di notifica di GNOME</translation>
    </message>
    <message>
        <source>KDE notifications do-not-disturb</source>
        <translation>«Non disturbare» delle notifiche di KDE</translation>
    </message>
    <message>
        <source>Windows notification state (fullscreen, presentation, quiet time)</source>
        <translation>stato delle notifiche di Windows (schermo intero, presentazione, ore di silenzio)</translation>
    </message>
    <message>
        <source>X11 fullscreen window</source>
        <translation>finestra a schermo intero di X11</translation>
    </message>
    <message>
        <source>not available on this Wayland session</source>
        <translation>non disponibile in questa sessione Wayland</translation>
    </message>
    <message>
        <source>GNOME Mutter idle monitor</source>
        <translation>monitor di inattività di GNOME Mutter</translation>
    </message>
    <message>
        <source>freedesktop screensaver service (KDE)</source>
        <translation>servizio salvaschermo di freedesktop (KDE)</translation>
    </message>
    <message>
        <source>macOS input event source</source>
        <translation>sorgente degli eventi di input di macOS</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1)</source>
        <translation>notifica di inattività di Wayland (ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1, input idle)</source>
        <translation>notifica di inattività di Wayland (ext-idle-notify-v1, inattività dell&apos;input)</translation>
    </message>
    <message>
        <source>Windows last-input time</source>
        <translation>ora dell&apos;ultimo input di Windows</translation>
    </message>
    <message>
        <source>X11 screensaver extension</source>
        <translation>estensione salvaschermo di X11</translation>
    </message>
    <message>
        <source>logind sleep signals</source>
        <translation>segnali di sospensione di logind</translation>
    </message>
    <message>
        <source>screensaver lock signals</source>
        <translation>segnali di blocco del salvaschermo</translation>
    </message>
    <message>
        <source>macOS workspace notifications</source>
        <translation>notifiche dello spazio di lavoro di macOS</translation>
    </message>
    <message>
        <source>Windows power and session messages</source>
        <translation>messaggi di alimentazione e sessione di Windows</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>These are your own numbers side by side. They show what tended to go together on your days, not what caused what: a calmer day may also leave more room for breaks.</source>
        <translation>Sono i tuoi numeri, uno accanto all&apos;altro. Mostrano cosa tendeva ad andare insieme nelle tue giornate, non cosa ha causato cosa: una giornata più tranquilla può anche lasciare più spazio alle pause.</translation>
    </message>
    <message numerus="yes">
        <source>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln ratings from {5} to {6}.</source>
        <translation>
            <numerusform>Nei {0} con {1} o più pause, la tua tensione media è stata {2}. Nei {3} con meno pause, è stata {4}. Si basa su %Ln valutazione dal {5} al {6}.</numerusform>
            <numerusform>Nei {0} con {1} o più pause, la tua tensione media è stata {2}. Nei {3} con meno pause, è stata {4}. Si basa su %Ln valutazioni dal {5} al {6}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data yet. Rate your tension on a few days (from the tray, or when asked after a break) and this will compare days with more breaks to days with fewer.</source>
        <translation>Non ci sono ancora abbastanza dati. Valuta la tua tensione per qualche giorno (dall&apos;area di notifica o quando ti viene chiesto dopo una pausa) e qui verranno confrontati i giorni con più pause e quelli con meno.</translation>
    </message>
    <message>
        <source>Not enough data yet. This compares days with {0} or more breaks to days with fewer once each side has {1} with a tension rating. So far: {2} and {3}.</source>
        <translation>Non ci sono ancora abbastanza dati. Qui si confrontano i giorni con {0} o più pause e quelli con meno non appena ciascun lato ha {1} con una valutazione della tensione. Finora: {2} e {3}.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>invariato</translation>
    </message>
    <message numerus="yes">
        <source>Across the %Ln breathing sessions you rated before and after, your stress rating was {0} before and {1} after on average ({2}).</source>
        <translation>
            <numerusform>Nella %Ln sessione di respirazione che hai valutato prima e dopo, il tuo stress è stato in media {0} prima e {1} dopo ({2}).</numerusform>
            <numerusform>Nelle %Ln sessioni di respirazione che hai valutato prima e dopo, il tuo stress è stato in media {0} prima e {1} dopo ({2}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. The breathing window can ask for a rating before and after a session.</source>
        <translation>
            <numerusform>Non ci sono ancora abbastanza dati: {0} sulla %Ln sessione di respirazione valutata prima e dopo che serve. La finestra di respirazione può chiederti una valutazione prima e dopo una sessione.</numerusform>
            <numerusform>Non ci sono ancora abbastanza dati: {0} sulle %Ln sessioni di respirazione valutate prima e dopo che servono. La finestra di respirazione può chiederti una valutazione prima e dopo una sessione.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no events yet; {0} was saved empty.</source>
        <translation>Non ci sono ancora voci; {0} è stato salvato vuoto.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln events to {0}.</source>
        <translation>
            <numerusform>%Ln voce salvata in {0}.</numerusform>
            <numerusform>%Ln voci salvate in {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events were left out because their values are not possible (for example: {0}).</source>
        <translation>
            <numerusform>%Ln evento è stato escluso perché i suoi valori non sono possibili (per esempio: {0}).</numerusform>
            <numerusform>%Ln eventi sono stati esclusi perché i loro valori non sono possibili (per esempio: {0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>L&apos;importazione è stata interrotta.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {0}: all %Ln events were already in your log.</source>
        <translation>
            <numerusform>Niente di nuovo in {0}: la %Ln voce era già nel tuo registro.</numerusform>
            <numerusform>Niente di nuovo in {0}: tutte le %Ln voci erano già nel tuo registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln events from {0}.</source>
        <translation>
            <numerusform>%Ln voce ripristinata da {0}.</numerusform>
            <numerusform>%Ln voci ripristinate da {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your log and were skipped.</source>
        <translation>
            <numerusform>%Ln era già nel tuo registro ed è stata saltata.</numerusform>
            <numerusform>%Ln erano già nel tuo registro e sono state saltate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln events. Your statistics start again from now.</source>
        <translation>
            <numerusform>%Ln voce eliminata. Le tue statistiche ripartono da adesso.</numerusform>
            <numerusform>%Ln voci eliminate. Le tue statistiche ripartono da adesso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged yet. Your numbers appear here as you answer reminders.</source>
        <translation>Ancora niente di registrato. I tuoi numeri compariranno qui man mano che rispondi ai promemoria.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events logged since {0}, all kept on this computer.</source>
        <translation>
            <numerusform>%Ln voce registrata dal {0}, conservata solo su questo computer.</numerusform>
            <numerusform>%Ln voci registrate dal {0}, tutte conservate solo su questo computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your log is empty. Delete it anyway?</source>
        <translation>Il tuo registro è vuoto. Eliminarlo comunque?</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want them back.</source>
        <translation>
            <numerusform>Eliminare la %Ln voce che Unclench ha registrato dal {0}? Le tue statistiche ripartiranno da zero. Non si può annullare: esporta prima un backup se pensi di volerla recuperare.</numerusform>
            <numerusform>Eliminare tutte le %Ln voci che Unclench ha registrato dal {0}? Le tue statistiche ripartiranno da zero. Non si può annullare: esporta prima un backup se pensi di volerle recuperare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Last {0}</source>
        <translation>Ultimi {0}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>Tension and breaks</source>
        <translation>Tensione e pause</translation>
    </message>
    <message>
        <source>Breathing before and after</source>
        <translation>Respirazione prima e dopo</translation>
    </message>
    <message>
        <source>Water goal ({0})</source>
        <translation>Obiettivo acqua ({0})</translation>
    </message>
    <message>
        <source>Break goal ({0} a day)</source>
        <translation>Obiettivo pause ({0} al giorno)</translation>
    </message>
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
        <translation>{0}%</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>meno di un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/10</source>
        <translation>{0}/10</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>il {0}</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>collo</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>spalle</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta della schiena</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lombare</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>mascella</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln persa</numerusform>
            <numerusform>%Ln perse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln saltata</numerusform>
            <numerusform>%Ln saltate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln natural</source>
        <extracomment>Breaks that happened on their own: the user was away from the computer long enough.</extracomment>
        <translation>
            <numerusform>%Ln spontanea</numerusform>
            <numerusform>%Ln spontanee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routines</source>
        <translation>
            <numerusform>%Ln routine</numerusform>
            <numerusform>%Ln routine</numerusform>
        </translation>
    </message>
    <message>
        <source>held {0}</source>
        <extracomment>Time reminders waited today for calls, calendar events and the like: &quot;held 40 min&quot;.</extracomment>
        <translation>{0} in attesa</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Controlli della postura</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln fatto</numerusform>
            <numerusform>%Ln fatti</numerusform>
        </translation>
    </message>
    <message>
        <source>none missed</source>
        <translation>nessuno perso</translation>
    </message>
    <message>
        <source>Posture checks today: {0} done, {1} missed, {2} skipped.</source>
        <translation>Controlli della postura oggi: {0} fatti, {1} persi, {2} saltati.</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Acqua</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>su {0}</translation>
    </message>
    <message>
        <source>Water today: {0} of your {1} goal.</source>
        <translation>Acqua oggi: {0} sul tuo obiettivo di {1}.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pause</translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken</source>
        <translation>
            <numerusform>%Ln fatta</numerusform>
            <numerusform>%Ln fatte</numerusform>
        </translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>nessuna saltata</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuna</translation>
    </message>
    <message>
        <source>Breaks today: {0} stretch breaks done, {1} taken naturally while away, {2} routines, {3} skipped, {4} missed.</source>
        <translation>Pause oggi: {0} pause stretching fatte, {1} spontanee mentre eri lontano, {2} routine, {3} saltate, {4} perse.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respirazione</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sessione</numerusform>
            <numerusform>%Ln sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing today: {0} in %Ln sessions.</source>
        <translation>
            <numerusform>Respirazione oggi: {0} in %Ln sessione.</numerusform>
            <numerusform>Respirazione oggi: {0} in %Ln sessioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensione</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>nessuna valutazione ancora</translation>
    </message>
    <message>
        <source>Tension: no check-in yet.</source>
        <translation>Tensione: nessuna valutazione ancora.</translation>
    </message>
    <message>
        <source>Latest tension rating: {0}, {1}.</source>
        <translation>Ultima valutazione della tensione: {0}, {1}.</translation>
    </message>
    <message>
        <source>today&apos;s average {0}</source>
        <translation>media di oggi {0}</translation>
    </message>
    <message numerus="yes">
        <source>Average of today&apos;s %Ln ratings: {0}.</source>
        <translation>
            <numerusform>Media della %Ln valutazione di oggi: {0}.</numerusform>
            <numerusform>Media delle %Ln valutazioni di oggi: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension, latest</source>
        <translation>Tensione, ultima</translation>
    </message>
    <message>
        <source>no days yet</source>
        <translation>ancora nessun giorno</translation>
    </message>
    <message>
        <source>{0}: no days yet.</source>
        <translation>{0}: ancora nessun giorno.</translation>
    </message>
    <message>
        <source>in a row · best {0}</source>
        <translation>di fila · record {0}</translation>
    </message>
    <message>
        <source>{0}: met {1} in a row, best {2}.</source>
        <translation>{0}: raggiunto {1} di fila, record {2}.</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>nessun promemoria</translation>
    </message>
    <message>
        <source>{0}: no reminders in the last {1}.</source>
        <translation>{0}: nessun promemoria negli ultimi {1}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} su {1} fatti</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln reminders done in the last {2}, {3}.</source>
        <translation>
            <numerusform>{0}: {1} su %Ln promemoria fatto negli ultimi {2}, {3}.</numerusform>
            <numerusform>{0}: {1} su %Ln promemoria fatti negli ultimi {2}, {3}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <source>Sitting and moving, the last 7 days</source>
        <translation>Stare seduti e muoversi, gli ultimi 7 giorni</translation>
    </message>
    <message>
        <source>The log cannot be written now.</source>
        <translation>Ora non è possibile scrivere nel registro.</translation>
    </message>
</context>
<context>
    <name>StatsDataBar</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Esporta &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>&amp;Importa backup…</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation>&amp;Elimina i miei dati…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>Backup JSON (*.json)</translation>
    </message>
    <message>
        <source>Export your Unclench history</source>
        <translation>Esporta la tua cronologia di Unclench</translation>
    </message>
    <message>
        <source>Import an Unclench backup</source>
        <translation>Importa un backup di Unclench</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Elimina i miei dati</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Elimina tutto</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Conserva i miei dati</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Unclench statistics</source>
        <translation>Statistiche di Unclench</translation>
    </message>
    <message>
        <source>A streak counts the days Unclench logged that goal. Days it did not run, such as weekends off, are skipped: they neither add to a streak nor break it. Today counts once its goal is met.</source>
        <translation>Una serie conta i giorni in cui Unclench ha registrato quell&apos;obiettivo. I giorni in cui non era in funzione, come i fine settimana liberi, vengono saltati: non allungano una serie e non la interrompono. Oggi conta non appena l&apos;obiettivo è raggiunto.</translation>
    </message>
    <message>
        <source>&amp;Rate my tension now</source>
        <translation>&amp;Valuta ora la mia tensione</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} giorni</translation>
    </message>
    <message>
        <source>Show the last {0} days</source>
        <translation>Mostra gli ultimi {0} giorni</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>fatte</translation>
    </message>
    <message>
        <source>skipped or missed</source>
        <translation>saltate o perse</translation>
    </message>
    <message>
        <source>water</source>
        <translation>acqua</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>valutazione media</translation>
    </message>
    <message>
        <source>Your own comparison</source>
        <translation>Il tuo confronto personale</translation>
    </message>
    <message>
        <source>Show the numbers as ta&amp;bles</source>
        <translation>Mostra i numeri come &amp;tabelle</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per giorno</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Tutti i dati</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Oggi, {0}</translation>
    </message>
    <message>
        <source>goal {0}</source>
        <translation>obiettivo {0}</translation>
    </message>
    <message>
        <source>Breaks per day, last {0} days</source>
        <translation>Pause al giorno, ultimi {0} giorni</translation>
    </message>
    <message>
        <source>Water per day, last {0} days</source>
        <translation>Acqua al giorno, ultimi {0} giorni</translation>
    </message>
    <message>
        <source>Average tension per day (0–10), last {0} days</source>
        <translation>Tensione media al giorno (0–10), ultimi {0} giorni</translation>
    </message>
    <message>
        <source>Streaks, and follow-through in the last {0} days</source>
        <translation>Serie e costanza negli ultimi {0} giorni</translation>
    </message>
    <message>
        <source>Hide the ta&amp;bles</source>
        <translation>Nascondi le &amp;tabelle</translation>
    </message>
</context>
<context>
    <name>StressRating</name>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Skip the rating</source>
        <translation>Salta la valutazione</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Unclench cannot sync while its log is kept in memory only.</source>
        <translation>Unclench non può sincronizzare finché il suo registro è tenuto solo in memoria.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Unclench writes only its own files into the folder you pick; your sync program (Syncthing, Nextcloud, Dropbox, ...) carries them to your other computers.</source>
        <translation>Unclench scrive solo i propri file nella cartella che scegli; il tuo programma di sincronizzazione (Syncthing, Nextcloud, Dropbox, ...) li porta agli altri tuoi computer.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nome di questo computer</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nome di questo computer</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Cartella di sincronizzazione</translation>
    </message>
    <message>
        <source>&amp;Choose a folder...</source>
        <translation>&amp;Scegli una cartella...</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>&amp;Interrompi la sincronizzazione</translation>
    </message>
    <message>
        <source>Computers and when each last wrote:</source>
        <translation>Computer e quando ciascuno ha scritto l&apos;ultima volta:</translation>
    </message>
    <message>
        <source>Computers and when each last wrote</source>
        <translation>Computer e quando ciascuno ha scritto l&apos;ultima volta</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Nessuna sincronizzazione</translation>
    </message>
    <message>
        <source>&amp;Choose another folder...</source>
        <translation>&amp;Scegli un&apos;altra cartella...</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (questo computer)</translation>
    </message>
    <message>
        <source>{0}: last wrote {1}</source>
        <translation>{0}: ultima scrittura {1}</translation>
    </message>
    <message>
        <source>The folder is not there now; Unclench catches up when it is back.</source>
        <translation>Ora la cartella non c&apos;è; Unclench si rimette in pari quando torna.</translation>
    </message>
</context>
<context>
    <name>TensionCheckin</name>
    <message>
        <source>Tension check-in</source>
        <translation>Quanta tensione senti?</translation>
    </message>
    <message>
        <source>How tense do your neck, shoulders and back feel right now?</source>
        <translation>Quanto senti tesi collo, spalle e schiena in questo momento?</translation>
    </message>
    <message>
        <source>Where, if one place stands out? (optional)</source>
        <translation>Dove, se un punto si fa sentire di più? (facoltativo)</translation>
    </message>
    <message>
        <source>Mostly in the {0}</source>
        <extracomment>Screen readers only. {0} is a body region (&quot;neck&quot;, &quot;upper back&quot;): word it to fit each.</extracomment>
        <translation>Soprattutto: {0}</translation>
    </message>
    <message>
        <source>One tap is all it takes.</source>
        <translation>Basta un tocco.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Non ora</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Salta la domanda</translation>
    </message>
</context>
<context>
    <name>TimingSources</name>
    <message>
        <source>Away detection</source>
        <translation>Rilevamento dell&apos;assenza</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Non disturbare</translation>
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
        <translation>{0} tra {1} s</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Remind me anyway</source>
        <translation>Ricordamelo comunque</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respira ora</translation>
    </message>
    <message>
        <source>Take a stretch break now</source>
        <translation>Fai ora una pausa stretching</translation>
    </message>
    <message>
        <source>Not now: postpone the coming break</source>
        <translation>Non ora: rimanda la prossima pausa</translation>
    </message>
    <message>
        <source>Make up a break</source>
        <translation>Recupera una pausa</translation>
    </message>
    <message>
        <source>Guided routines</source>
        <translation>Routine guidate</translation>
    </message>
    <message>
        <source>Water today</source>
        <translation>Acqua oggi</translation>
    </message>
    <message>
        <source>Log a glass of water</source>
        <translation>Segna un bicchiere d&apos;acqua</translation>
    </message>
    <message>
        <source>Drank a bottle</source>
        <translation>Ho bevuto una bottiglia</translation>
    </message>
    <message>
        <source>Other amount…</source>
        <translation>Altra quantità…</translation>
    </message>
    <message>
        <source>Undo the last entry</source>
        <translation>Annulla l&apos;ultima voce</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Metti in pausa</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Per 30 minuti</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Per 2 ore</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Finché non riprendo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Modalità riunione</translation>
    </message>
    <message>
        <source>Until I end it</source>
        <translation>Finché non la chiudo</translation>
    </message>
    <message>
        <source>End meeting mode</source>
        <translation>Chiudi la modalità riunione</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistiche…</translation>
    </message>
    <message>
        <source>How tense am I right now?</source>
        <translation>Quanta tensione ho adesso?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Perché aiuta</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando rivolgersi a un professionista</translation>
    </message>
    <message>
        <source>Import a routine…</source>
        <translation>Importa una routine…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Quit Unclench</source>
        <translation>Esci da Unclench</translation>
    </message>
    <message>
        <source>Make up a break ({0} owed)</source>
        <translation>Recupera una pausa (da recuperare: {0})</translation>
    </message>
    <message>
        <source>Skips left today: {0}</source>
        <translation>Pause che puoi ancora saltare oggi: {0}</translation>
    </message>
    <message>
        <source>{0} is not a call</source>
        <extracomment>The app holding reminders as a call does not make calls (a recorder, a tuner).</extracomment>
        <translation>{0} non è una chiamata</translation>
    </message>
    <message>
        <source>Water today: {0} of {1} ml</source>
        <translation>Acqua oggi: {0} su {1} ml</translation>
    </message>
    <message>
        <source>Log a glass of water ({0} ml)</source>
        <translation>Segna un bicchiere d&apos;acqua ({0} ml)</translation>
    </message>
    <message>
        <source>Drank a bottle ({0} ml)</source>
        <translation>Ho bevuto una bottiglia ({0} ml)</translation>
    </message>
    <message>
        <source>Remove an imported routine</source>
        <translation>Rimuovi una routine importata</translation>
    </message>
</context>
<context>
    <name>WaterAmountDialog</name>
    <message>
        <source>How much did you drink?</source>
        <translation>Quanto hai bevuto?</translation>
    </message>
    <message>
        <source>Amount in ml</source>
        <translation>Quantità in ml</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Type an amount between {0} and {1} ml.</source>
        <extracomment>Shown under the water amount when the number typed is outside the allowed range.</extracomment>
        <translation>Scrivi una quantità tra {0} e {1} ml.</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Registra</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why this helps — Unclench</source>
        <translation>Perché aiuta — Unclench</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Perché aiuta</translation>
    </message>
    <message>
        <source>What Unclench asks of you, what research says about it, and how sure that is. Where the evidence is thin or says less than common advice, this page says so.</source>
        <translation>Cosa ti chiede Unclench, cosa dice la ricerca in proposito e con quanta sicurezza. Dove le prove sono scarse o dicono meno dei consigli comuni, questa pagina lo dice.</translation>
    </message>
    <message>
        <source>Strong: consistent results from good studies. Moderate: a real effect that is small or less certain. Weak: little, low-quality or indirect evidence. Mixed: good studies disagree.</source>
        <translation>Solide: risultati coerenti da buoni studi. Moderate: un effetto reale ma piccolo o meno certo. Deboli: prove scarse, di bassa qualità o indirette. Discordanti: buoni studi non sono d&apos;accordo.</translation>
    </message>
    <message>
        <source>Unclench does not diagnose or treat anything. If pain is severe, keeps getting worse, spreads down a leg or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Unclench non fa diagnosi e non cura nulla. Se il dolore è forte, continua a peggiorare, scende lungo una gamba o si accompagna a intorpidimento o debolezza, rivolgiti a un medico o a un fisioterapista.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Quando rivolgersi a un &amp;professionista</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando rivolgersi a un professionista</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Evidence: strong</source>
        <translation>Prove: solide</translation>
    </message>
    <message>
        <source>Evidence: moderate</source>
        <translation>Prove: moderate</translation>
    </message>
    <message>
        <source>Evidence: weak</source>
        <translation>Prove: deboli</translation>
    </message>
    <message>
        <source>Evidence: mixed</source>
        <translation>Prove: discordanti</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>The notes on why this helps could not be read: {0}</source>
        <translation>Non è stato possibile leggere le note sul perché aiuta: {0}</translation>
    </message>
    <message>
        <source>No system tray was found, so Unclench shows this small window instead. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Non è stata trovata un&apos;area di notifica, quindi Unclench mostra al suo posto questa piccola finestra. Su GNOME, l&apos;estensione AppIndicator aggiunge un&apos;area di notifica.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>Non è stato possibile modificare l&apos;avvio all&apos;accesso: {0}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>meeting mode</source>
        <translation>modalità riunione</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>una chiamata</translation>
    </message>
    <message>
        <source>an event in your calendar</source>
        <translation>un evento nel tuo calendario</translation>
    </message>
    <message>
        <source>an app rule</source>
        <translation>una regola delle app</translation>
    </message>
    <message>
        <source>a fullscreen window</source>
        <translation>una finestra a schermo intero</translation>
    </message>
    <message>
        <source>a presentation</source>
        <translation>una presentazione</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>non disturbare</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>lo schermo è bloccato</translation>
    </message>
    <message>
        <source>you are typing</source>
        <translation>stai scrivendo</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>fotocamera</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>microfono</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <extracomment>What holds a call: &quot;microphone in Firefox&quot;.</extracomment>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <source>a call ({0}) ended, next try at {1}</source>
        <extracomment>A call just ended; the reminder comes after a short grace.</extracomment>
        <translation>una chiamata ({0}) è terminata, prossimo tentativo alle {1}</translation>
    </message>
    <message>
        <source>a call ({0}) since {1}, next try when it ends</source>
        <extracomment>&quot;a call (microphone in Firefox) since 10:02, next try when it ends&quot;.</extracomment>
        <translation>una chiamata ({0}) dalle {1}, prossimo tentativo quando finisce</translation>
    </message>
    <message>
        <source>{0} in your calendar until {1}</source>
        <extracomment>&quot;Weekly sync in your calendar until 11:00&quot;.</extracomment>
        <translation>{0} nel tuo calendario fino alle {1}</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>un evento</translation>
    </message>
    <message>
        <source>{0} is open</source>
        <extracomment>An app rule holds reminders: &quot;zoom is open&quot;.</extracomment>
        <translation>{0} è aperto</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>tra {0} min</translation>
    </message>
    <message>
        <source>in {0} h {1} min</source>
        <translation>tra {0} h {1} min</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>tra {0} h</translation>
    </message>
    <message>
        <source>{0} is waiting for you</source>
        <translation>{0} ti aspetta</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>In pausa finché non riprendi</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>In pausa fino a {0}</translation>
    </message>
    <message>
        <source>Meeting mode: reminders wait until you end it</source>
        <translation>Modalità riunione: i promemoria aspettano finché non la chiudi</translation>
    </message>
    <message>
        <source>Meeting mode until {0}: reminders wait</source>
        <translation>Modalità riunione fino a {0}: i promemoria aspettano</translation>
    </message>
    <message>
        <source>{0} held: {1}</source>
        <translation>{0} in attesa: {1}</translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <extracomment>A held reminder comes anyway, quietly, at this time: &quot;... held: a fullscreen window, until 14:50&quot;.</extracomment>
        <translation>{0}, fino a {1}</translation>
    </message>
    <message>
        <source>Outside working hours; reminders resume {0}</source>
        <translation>Fuori dall&apos;orario di lavoro; i promemoria riprendono: {0}</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Tutti i promemoria sono disattivati</translation>
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
        <translation>Fonti</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose the folder your sync program carries</source>
        <translation>Scegli la cartella che il tuo programma di sincronizzazione trasporta</translation>
    </message>
</context>
</TS>

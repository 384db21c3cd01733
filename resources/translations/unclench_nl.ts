<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Unclench could not change its log: {0}</source>
        <translation>Unclench kon zijn logboek niet aanpassen: {0}</translation>
    </message>
</context>
<context>
    <name>BreakCoordinator</name>
    <message numerus="yes">
        <source>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</source>
        <translation>
            <numerusform>Een rustig moment om een gemiste pauze in te halen (%n open): ‘Een pauze inhalen’ in het menu.</numerusform>
            <numerusform>Een rustig moment om een gemiste pauze in te halen (%n open): ‘Een pauze inhalen’ in het menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Unclench break</source>
        <translation>Unclench-pauze</translation>
    </message>
    <message>
        <source>Making up an earlier break</source>
        <translation>Je haalt een eerdere pauze in</translation>
    </message>
    <message>
        <source>&amp;Done early (Enter)</source>
        <translation>&amp;Al klaar (Enter)</translation>
    </message>
    <message>
        <source>&amp;Postpone {0} min</source>
        <translation>{0} min &amp;uitstellen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Over&amp;slaan</translation>
    </message>
    <message>
        <source>In an emergency, hold Esc for {0} seconds.</source>
        <translation>Houd in een noodgeval Esc {0} seconden ingedrukt.</translation>
    </message>
    <message>
        <source>{0} min {1} s left</source>
        <translation>Nog {0} min {1} s</translation>
    </message>
</context>
<context>
    <name>BreakSettingsPage</name>
    <message>
        <source>Break screen</source>
        <translation>Pauzescherm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the movement break</source>
        <translation>Duur van de beweegpauze</translation>
    </message>
    <message>
        <source>Show the movement break on the break screen</source>
        <translation>De beweegpauze op het pauzescherm tonen</translation>
    </message>
    <message>
        <source>Show the stretch break on the break screen</source>
        <translation>De rekpauze op het pauzescherm tonen</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>A large window</source>
        <translation>Een groot venster</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Beeldschermen</translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation>Alle beeldschermen</translation>
    </message>
    <message>
        <source>The one with the pointer</source>
        <translation>Het scherm met de muisaanwijzer</translation>
    </message>
    <message>
        <source>Heads-up before a break</source>
        <translation>Vooraankondiging van een pauze</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before (0: none)</source>
        <translation>Seconden van tevoren (0: geen)</translation>
    </message>
    <message>
        <source>A glowing edge around the screen</source>
        <translation>Een oplichtende rand rond het scherm</translation>
    </message>
    <message>
        <source>A soft tone only</source>
        <translation>Alleen een zachte toon</translation>
    </message>
    <message>
        <source>Strict mode and skips</source>
        <translation>Strenge modus en overslaan</translation>
    </message>
    <message>
        <source>Strict movement break (hold Esc {0} s to leave)</source>
        <translation>Strenge beweegpauze (houd Esc {0} s ingedrukt om te stoppen)</translation>
    </message>
    <message>
        <source>Strict stretch break</source>
        <translation>Strenge rekpauze</translation>
    </message>
    <message>
        <source>Postpones a day in strict mode</source>
        <translation>Keer uitstellen per dag in strenge modus</translation>
    </message>
    <message>
        <source>Limit skips</source>
        <translation>Overslaan beperken</translation>
    </message>
    <message>
        <source>Skips a day</source>
        <translation>Keer overslaan per dag</translation>
    </message>
    <message>
        <source>Offer to make up a missed break</source>
        <translation>Aanbieden om een gemiste pauze in te halen</translation>
    </message>
</context>
<context>
    <name>BreathingActions</name>
    <message>
        <source>There is no breathing pattern called &apos;{0}&apos;. Patterns: {1}</source>
        <translation>Er is geen ademhalingspatroon met de naam ‘{0}’. Beschikbare patronen: {1}</translation>
    </message>
    <message>
        <source>A breathing session lasts 1 to 10 minutes.</source>
        <translation>Een ademhalingsoefening duurt 1 tot 10 minuten.</translation>
    </message>
</context>
<context>
    <name>BreathingExtras</name>
    <message>
        <source>Breathing options</source>
        <translation>Ademhalingsopties</translation>
    </message>
    <message>
        <source>Some pattern files were skipped:</source>
        <translation>Sommige patroonbestanden zijn overgeslagen:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…en nog %n.</numerusform>
            <numerusform>…en nog %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <source>Reduce motion: a still circle that changes colour</source>
        <translation>Minder beweging: een stilstaande cirkel die van kleur verandert</translation>
    </message>
    <message>
        <source>Your system asks for less motion, so the circle stays still either way.</source>
        <translation>Je systeem vraagt om minder beweging, dus de cirkel blijft hoe dan ook stil.</translation>
    </message>
    <message>
        <source>Soft sound when the phase changes</source>
        <translation>Zacht geluid bij elke nieuwe fase</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>De fasen hardop uitspreken</translation>
    </message>
    <message>
        <source>Ask how tense I feel, before and after</source>
        <translation>Vooraf en achteraf vragen hoe gespannen ik ben</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Ademhalingsritme</translation>
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
        <translation>Spanning {0} → {1}</translation>
    </message>
    <message>
        <source>Breathe &amp;again</source>
        <translation>&amp;Nog eens ademen</translation>
    </message>
    <message>
        <source>Start another breathing session</source>
        <translation>Nog een ademhalingsoefening starten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close the breathing window</source>
        <translation>Het ademhalingsvenster sluiten</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Goed gedaan.</translation>
    </message>
    <message>
        <source>Stopped. Every slow breath counts.</source>
        <translation>Gestopt. Elke rustige ademhaling telt.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} van {1}</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <source>Breathe – Unclench</source>
        <translation>Ademen – Unclench</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigen patroon</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>Hoe gespannen voel je je op dit moment?</translation>
    </message>
    <message>
        <source>And how tense do you feel now?</source>
        <translation>En hoe gespannen voel je je nu?</translation>
    </message>
</context>
<context>
    <name>CarriedItem</name>
    <message>
        <source>Also due now: {0}</source>
        <translation>Ook nu aan de beurt: {0}</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>&amp;{0} ml gedronken</translation>
    </message>
    <message>
        <source>I took a few slow breaths</source>
        <translation>Ik heb een paar keer rustig geademd</translation>
    </message>
    <message>
        <source>I did a short stretch</source>
        <translation>Ik heb even kort gerekt</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <source>Tension and breaks</source>
        <translation>Spanning en pauzes</translation>
    </message>
    <message>
        <source>Breathing, before and after</source>
        <translation>Ademen, vooraf en achteraf</translation>
    </message>
    <message>
        <source>Days with {0}+ breaks</source>
        <translation>Dagen met {0}+ pauzes</translation>
    </message>
    <message>
        <source>Days with fewer</source>
        <translation>Dagen met minder</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Voor een oefening</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Erna</translation>
    </message>
</context>
<context>
    <name>ComputerFilter</name>
    <message>
        <source>S&amp;how</source>
        <translation>T&amp;onen</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Alle computers</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (deze computer)</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Slow belly breaths</source>
        <extracomment>exercise belly-breath: name</extracomment>
        <translation>Rustig buikademen</translation>
    </message>
    <message>
        <source>Rest a hand on your belly. Breathe in through your nose so your belly rises under your hand, then breathe out slowly, a little longer than the breath in. Let your shoulders stay still.</source>
        <extracomment>exercise belly-breath: instruction</extracomment>
        <translation>Leg een hand op je buik. Adem in door je neus, zodat je buik onder je hand omhoogkomt, en adem dan langzaam uit, iets langer dan je inademde. Laat je schouders stil.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <extracomment>exercise chest-opener: name</extracomment>
        <translation>Borst openen</translation>
    </message>
    <message>
        <source>Stand or sit tall. Link your hands behind you, or hold the sides of the seat, then lift your chest and let your shoulders open wide. Keep your chin level and your breath easy.</source>
        <extracomment>exercise chest-opener: instruction</extracomment>
        <translation>Ga rechtop staan of zitten. Vouw je handen achter je rug in elkaar of pak de zijkanten van de zitting vast, til dan je borst op en laat je schouders breed worden. Houd je kin recht en je adem rustig.</translation>
    </message>
    <message>
        <source>Chin tucks</source>
        <extracomment>exercise chin-tuck: name</extracomment>
        <translation>Kin intrekken</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead. Glide your chin straight back, as if making a small double chin, without tipping your head down. Hold softly, then let it drift forward again.</source>
        <extracomment>exercise chin-tuck: instruction</extracomment>
        <translation>Zit rechtop en kijk recht vooruit. Schuif je kin recht naar achteren, alsof je een klein onderkinnetje maakt, zonder je hoofd te laten zakken. Houd het zacht vast en laat je kin dan weer naar voren glijden.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <extracomment>exercise hip-flexor-stretch: name</extracomment>
        <translation>Heupbuiger rekken</translation>
    </message>
    <message>
        <source>Stand in a short stride with a hand on the desk for balance. Bend the front knee a little and tuck your tailbone under until you feel a stretch at the front of the back hip. Keep your body upright.</source>
        <extracomment>exercise hip-flexor-stretch: instruction</extracomment>
        <translation>Zet een kleine stap en houd met één hand de tafel vast voor je evenwicht. Buig je voorste knie een beetje en kantel je bekken zodat je stuitje naar beneden wijst, tot je een rek voelt aan de voorkant van je achterste heup. Houd je bovenlichaam rechtop.</translation>
    </message>
    <message>
        <source>Unclench your jaw</source>
        <extracomment>exercise jaw-release: name</extracomment>
        <translation>Ontspan je kaak</translation>
    </message>
    <message>
        <source>Let your teeth part and your tongue rest behind your lower front teeth, lips softly together. Circle your fingertips slowly over the muscles just in front of your ears.</source>
        <extracomment>exercise jaw-release: instruction</extracomment>
        <translation>Laat je tanden los van elkaar en je tong rusten achter je onderste voortanden, je lippen zacht op elkaar. Maak met je vingertoppen langzame rondjes over de spieren vlak voor je oren.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <extracomment>exercise neck-side-stretch: name</extracomment>
        <translation>Nek zijwaarts rekken</translation>
    </message>
    <message>
        <source>Let both shoulders sink. Slowly tip one ear toward the shoulder on the same side until you feel a mild pull along the other side of your neck. Breathe; no need to press with your hand.</source>
        <extracomment>exercise neck-side-stretch: instruction</extracomment>
        <translation>Laat beide schouders zakken. Kantel langzaam één oor naar de schouder aan dezelfde kant, tot je een lichte trek voelt aan de andere kant van je nek. Blijf ademen; je hoeft niet met je hand te duwen.</translation>
    </message>
    <message>
        <source>Slow head turns</source>
        <extracomment>exercise neck-turn: name</extracomment>
        <translation>Hoofd langzaam draaien</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders soft. Turn your head slowly to look over one shoulder, only as far as is comfortable. Pause, then turn back through the middle.</source>
        <extracomment>exercise neck-turn: instruction</extracomment>
        <translation>Zit rechtop met ontspannen schouders. Draai je hoofd langzaam om over één schouder te kijken, alleen zo ver als prettig is. Wacht even en draai dan via het midden terug.</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <extracomment>exercise pmr-arms: name</extracomment>
        <translation>Bovenarmen</translation>
    </message>
    <message>
        <source>Bend your elbows and tighten the front of your upper arms, as if showing off your biceps.</source>
        <extracomment>exercise pmr-arms: instruction</extracomment>
        <translation>Buig je ellebogen en span de voorkant van je bovenarmen aan, alsof je je biceps laat zien.</translation>
    </message>
    <message>
        <source>Lower your arms and let them rest heavy in your lap. Feel the difference.</source>
        <extracomment>exercise pmr-arms: what to do in the rest after each hold</extracomment>
        <translation>Laat je armen zakken en zwaar in je schoot rusten. Voel het verschil.</translation>
    </message>
    <message>
        <source>Belly</source>
        <extracomment>exercise pmr-belly: name</extracomment>
        <translation>Buik</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles, as if bracing for a gentle poke.</source>
        <extracomment>exercise pmr-belly: instruction</extracomment>
        <translation>Span je buikspieren aan, alsof je je schrap zet voor een zacht porretje.</translation>
    </message>
    <message>
        <source>Let your belly go soft and round, and let it rise freely as you breathe in.</source>
        <extracomment>exercise pmr-belly: what to do in the rest after each hold</extracomment>
        <translation>Laat je buik zacht en rond worden en vrij omhoogkomen als je inademt.</translation>
    </message>
    <message>
        <source>Eyes and jaw</source>
        <extracomment>exercise pmr-face: name</extracomment>
        <translation>Ogen en kaak</translation>
    </message>
    <message>
        <source>Close your eyes tightly and press your lips together. If your jaw is sore, keep the teeth apart.</source>
        <extracomment>exercise pmr-face: instruction</extracomment>
        <translation>Knijp je ogen stevig dicht en druk je lippen op elkaar. Als je kaak pijnlijk is, houd je tanden dan los van elkaar.</translation>
    </message>
    <message>
        <source>Let your face go slack, teeth parted and jaw hanging loose. Breathe out slowly.</source>
        <extracomment>exercise pmr-face: what to do in the rest after each hold</extracomment>
        <translation>Laat je gezicht helemaal slap worden, de tanden los van elkaar en de kaak ontspannen hangend. Adem langzaam uit.</translation>
    </message>
    <message>
        <source>Feet and calves</source>
        <extracomment>exercise pmr-feet: name</extracomment>
        <translation>Voeten en kuiten</translation>
    </message>
    <message>
        <source>Keep your heels on the floor and pull your toes up toward your shins.</source>
        <extracomment>exercise pmr-feet: instruction</extracomment>
        <translation>Houd je hielen op de grond en trek je tenen omhoog richting je schenen.</translation>
    </message>
    <message>
        <source>Let your feet rest flat and loose on the floor. Notice how they feel now.</source>
        <extracomment>exercise pmr-feet: what to do in the rest after each hold</extracomment>
        <translation>Laat je voeten plat en ontspannen op de grond rusten. Merk op hoe ze nu aanvoelen.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <extracomment>exercise pmr-forehead: name</extracomment>
        <translation>Voorhoofd</translation>
    </message>
    <message>
        <source>Raise your eyebrows as high as they go and hold the wrinkles in your forehead.</source>
        <extracomment>exercise pmr-forehead: instruction</extracomment>
        <translation>Trek je wenkbrauwen zo hoog mogelijk op en houd de rimpels in je voorhoofd vast.</translation>
    </message>
    <message>
        <source>Let your brow fall smooth. Notice the forehead relax.</source>
        <extracomment>exercise pmr-forehead: what to do in the rest after each hold</extracomment>
        <translation>Laat je voorhoofd weer glad worden. Merk op hoe het ontspant.</translation>
    </message>
    <message>
        <source>Hands and forearms</source>
        <extracomment>exercise pmr-hands: name</extracomment>
        <translation>Handen en onderarmen</translation>
    </message>
    <message>
        <source>Curl both hands into fists and squeeze firmly, without straining. Notice the tightness.</source>
        <extracomment>exercise pmr-hands: instruction</extracomment>
        <translation>Maak met beide handen een vuist en knijp stevig, zonder te forceren. Merk de spanning op.</translation>
    </message>
    <message>
        <source>Open your hands and let your fingers fall loose. Notice the warmth and heaviness.</source>
        <extracomment>exercise pmr-hands: what to do in the rest after each hold</extracomment>
        <translation>Open je handen en laat je vingers ontspannen vallen. Merk de warmte en de zwaarte op.</translation>
    </message>
    <message>
        <source>Thighs</source>
        <extracomment>exercise pmr-legs: name</extracomment>
        <translation>Bovenbenen</translation>
    </message>
    <message>
        <source>Press your knees together and tighten your thighs.</source>
        <extracomment>exercise pmr-legs: instruction</extracomment>
        <translation>Druk je knieën tegen elkaar en span je bovenbenen aan.</translation>
    </message>
    <message>
        <source>Let your legs fall slightly apart and rest heavy on the chair.</source>
        <extracomment>exercise pmr-legs: what to do in the rest after each hold</extracomment>
        <translation>Laat je benen een beetje uit elkaar vallen en zwaar op de stoel rusten.</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <extracomment>exercise pmr-shoulders: name</extracomment>
        <translation>Schouders</translation>
    </message>
    <message>
        <source>Pull your shoulders up toward your ears and hold them there.</source>
        <extracomment>exercise pmr-shoulders: instruction</extracomment>
        <translation>Trek je schouders op richting je oren en houd ze daar.</translation>
    </message>
    <message>
        <source>Let your shoulders drop all the way down. Feel the weight sink out of them.</source>
        <extracomment>exercise pmr-shoulders: what to do in the rest after each hold</extracomment>
        <translation>Laat je schouders helemaal zakken. Voel hoe het gewicht eruit wegzakt.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <extracomment>exercise pmr-upper-back: name</extracomment>
        <translation>Bovenrug</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together and hold, keeping your neck relaxed.</source>
        <extracomment>exercise pmr-upper-back: instruction</extracomment>
        <translation>Knijp je schouderbladen naar elkaar toe en houd vast, met een ontspannen nek.</translation>
    </message>
    <message>
        <source>Release and let your upper back widen and soften against the chair.</source>
        <extracomment>exercise pmr-upper-back: what to do in the rest after each hold</extracomment>
        <translation>Laat los en voel hoe je bovenrug breed en zacht tegen de stoel komt.</translation>
    </message>
    <message>
        <source>Seated cat-cow</source>
        <extracomment>exercise seated-cat-cow: name</extracomment>
        <translation>Kat en koe zittend</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back and let your head hang forward. Breathing in, lift your chest and let your lower back arch a little. Flow slowly between the two.</source>
        <extracomment>exercise seated-cat-cow: instruction</extracomment>
        <translation>Leg je handen op je knieën. Maak bij het uitademen je rug rond en laat je hoofd naar voren hangen. Til bij het inademen je borst op en laat je onderrug een beetje hol worden. Wissel langzaam en vloeiend tussen beide.</translation>
    </message>
    <message>
        <source>Seated cat</source>
        <extracomment>exercise seated-cat: name</extracomment>
        <translation>Kat zittend</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back like a cat and let your head hang forward.</source>
        <extracomment>exercise seated-cat: instruction</extracomment>
        <translation>Leg je handen op je knieën. Maak bij het uitademen je rug rond als een kat en laat je hoofd naar voren hangen.</translation>
    </message>
    <message>
        <source>Seated cow</source>
        <extracomment>exercise seated-cow: name</extracomment>
        <translation>Koe zittend</translation>
    </message>
    <message>
        <source>Breathing in, lift your chest and let your lower back arch a little. Look ahead, not up.</source>
        <extracomment>exercise seated-cow: instruction</extracomment>
        <translation>Til bij het inademen je borst op en laat je onderrug een beetje hol worden. Kijk vooruit, niet omhoog.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <extracomment>exercise seated-twist: name</extracomment>
        <translation>Zittende draai</translation>
    </message>
    <message>
        <source>Sit tall with both feet on the floor. Turn your chest toward one side, one hand on the opposite knee and the other on the chair back. Grow tall as you breathe in; turn back slowly.</source>
        <extracomment>exercise seated-twist: instruction</extracomment>
        <translation>Zit rechtop met beide voeten op de grond. Draai je bovenlichaam naar één kant, één hand op de tegenovergestelde knie en de andere op de rugleuning. Maak je lang bij het inademen; draai langzaam terug.</translation>
    </message>
    <message>
        <source>Short walk</source>
        <extracomment>exercise short-walk: name</extracomment>
        <translation>Korte wandeling</translation>
    </message>
    <message>
        <source>Stand up and walk about: to a window, the kitchen or along the corridor. Let your arms swing and your shoulders loosen. Fetching a glass of water counts.</source>
        <extracomment>exercise short-walk: instruction</extracomment>
        <translation>Sta op en loop een stukje: naar een raam, de keuken of door de gang. Laat je armen zwaaien en je schouders losser worden. Een glas water halen telt ook.</translation>
    </message>
    <message>
        <source>Shoulder-blade squeeze</source>
        <extracomment>exercise shoulder-blade-squeeze: name</extracomment>
        <translation>Schouderbladen samenknijpen</translation>
    </message>
    <message>
        <source>Sit upright with your arms loose. Draw your shoulder blades back and a little down, as if sliding them into your back pockets. Hold lightly, then let go.</source>
        <extracomment>exercise shoulder-blade-squeeze: instruction</extracomment>
        <translation>Zit rechtop met losse armen. Trek je schouderbladen naar achteren en een beetje omlaag, alsof je ze in je achterzakken schuift. Houd licht vast en laat dan los.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <extracomment>exercise shoulder-rolls: name</extracomment>
        <translation>Schouders rollen</translation>
    </message>
    <message>
        <source>Lift your shoulders toward your ears, draw them back, then let them drop. Keep the circles slow and round, rolling backwards.</source>
        <extracomment>exercise shoulder-rolls: instruction</extracomment>
        <translation>Til je schouders op naar je oren, trek ze naar achteren en laat ze dan zakken. Maak de cirkels langzaam en rond, steeds naar achteren.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <extracomment>exercise standing-back-extension: name</extracomment>
        <translation>Staand achteroverbuigen</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and your palms on your lower back. Lean back gently from the hips, only as far as feels comfortable, then come back up to standing.</source>
        <extracomment>exercise standing-back-extension: instruction</extracomment>
        <translation>Sta met je voeten op heupbreedte en je handpalmen op je onderrug. Leun vanuit je heupen zacht naar achteren, alleen zo ver als prettig voelt, en kom dan weer rechtop.</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <extracomment>exercise standing-side-bend: name</extracomment>
        <translation>Staand zijwaarts buigen</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart. Reach one arm up and over your head and lean gently the other way, keeping your hips steady. Breathe into your side, then return to the middle.</source>
        <extracomment>exercise standing-side-bend: instruction</extracomment>
        <translation>Sta rechtop met je voeten op heupbreedte. Breng één arm omhoog en over je hoofd en buig zacht naar de andere kant, terwijl je heupen stil blijven. Adem in je flank en kom dan terug naar het midden.</translation>
    </message>
    <message>
        <source>Upper-back reach</source>
        <extracomment>exercise upper-back-reach: name</extracomment>
        <translation>Bovenrug strekken</translation>
    </message>
    <message>
        <source>Link your fingers and push your palms away at shoulder height. Round your upper back and let your head drop a little, as if hugging a large ball. Feel the space between your shoulder blades widen.</source>
        <extracomment>exercise upper-back-reach: instruction</extracomment>
        <translation>Vouw je vingers in elkaar en duw je handpalmen op schouderhoogte van je af. Maak je bovenrug rond en laat je hoofd een beetje zakken, alsof je een grote bal omhelst. Voel de ruimte tussen je schouderbladen groter worden.</translation>
    </message>
    <message>
        <source>Forearm and wrist stretch</source>
        <extracomment>exercise wrist-stretch: name</extracomment>
        <translation>Onderarm en pols rekken</translation>
    </message>
    <message>
        <source>Hold one arm out in front, palm up and elbow soft. With the other hand, ease the fingers down and back until the inside of the forearm feels a gentle stretch.</source>
        <extracomment>exercise wrist-stretch: instruction</extracomment>
        <translation>Strek één arm voor je uit, handpalm omhoog en elleboog ontspannen. Duw met je andere hand de vingers voorzichtig naar beneden en naar achteren, tot je aan de binnenkant van je onderarm een zachte rek voelt.</translation>
    </message>
    <message>
        <source>Hands, chest and jaw minute</source>
        <extracomment>routine micro-hands: name</extracomment>
        <translation>Minuut voor handen, borst en kaak</translation>
    </message>
    <message>
        <source>A one-minute break for keyboard hands, a closed chest and a clenched jaw.</source>
        <extracomment>routine micro-hands: description</extracomment>
        <translation>Een pauze van een minuut voor toetsenbordhanden, een ingezakte borst en een vastgebeten kaak.</translation>
    </message>
    <message>
        <source>Neck and shoulders minute</source>
        <extracomment>routine micro-neck: name</extracomment>
        <translation>Minuut voor nek en schouders</translation>
    </message>
    <message>
        <source>A one-minute reset for a stiff neck and raised shoulders.</source>
        <extracomment>routine micro-neck: description</extracomment>
        <translation>Een minuut om op te frissen, voor een stijve nek en opgetrokken schouders.</translation>
    </message>
    <message>
        <source>Stand-up minute</source>
        <extracomment>routine micro-stand: name</extracomment>
        <translation>Sta-op-minuut</translation>
    </message>
    <message>
        <source>Out of the chair for a minute: lean back, reach, walk.</source>
        <extracomment>routine micro-stand: description</extracomment>
        <translation>Een minuut uit je stoel: achteroverleunen, strekken, lopen.</translation>
    </message>
    <message>
        <source>Back and spine minute</source>
        <extracomment>routine micro-back: name</extracomment>
        <translation>Minuut voor rug en wervelkolom</translation>
    </message>
    <message>
        <source>A one-minute break that moves the spine after a long sit.</source>
        <extracomment>routine micro-back: description</extracomment>
        <translation>Een pauze van een minuut die je wervelkolom beweegt na lang zitten.</translation>
    </message>
    <message>
        <source>Neck and shoulder release</source>
        <extracomment>routine neck-release: name</extracomment>
        <translation>Nek en schouders losmaken</translation>
    </message>
    <message>
        <source>About three minutes to loosen the neck, shoulders and jaw where many people hold tension.</source>
        <extracomment>routine neck-release: description</extracomment>
        <translation>Ongeveer drie minuten om je nek, schouders en kaak los te maken, waar veel mensen spanning vasthouden.</translation>
    </message>
    <message>
        <source>Back reset</source>
        <extracomment>routine back-reset: name</extracomment>
        <translation>Rug opfrissen</translation>
    </message>
    <message>
        <source>About five minutes of gentle moves for the whole back, seated and standing, ending with a short walk.</source>
        <extracomment>routine back-reset: description</extracomment>
        <translation>Ongeveer vijf minuten rustige bewegingen voor je hele rug, zittend en staand, met aan het eind een korte wandeling.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>routine muscle-relaxation: name</extracomment>
        <translation>Progressieve spierontspanning</translation>
    </message>
    <message>
        <source>About five minutes, group by group: tense a muscle group for five seconds, then let it go for ten and notice the difference. Tense firmly but never to the point of pain.</source>
        <extracomment>routine muscle-relaxation: description</extracomment>
        <translation>Ongeveer vijf minuten, groep voor groep: span een spiergroep vijf seconden aan, laat dan tien seconden los en merk het verschil op. Span stevig aan, maar nooit tot het pijn doet.</translation>
    </message>
    <message>
        <source>Feet flat on the floor (or a footrest)</source>
        <extracomment>posture checklist feet-flat: the thing to check (short)</extracomment>
        <translation>Voeten plat op de grond (of een voetensteun)</translation>
    </message>
    <message>
        <source>Knees roughly level with your hips, not tucked under the chair.</source>
        <extracomment>posture checklist feet-flat: how, in one sentence</extracomment>
        <translation>Knieën ongeveer op heuphoogte, niet onder de stoel getrokken.</translation>
    </message>
    <message>
        <source>Back resting against the chair</source>
        <extracomment>posture checklist back-supported: the thing to check (short)</extracomment>
        <translation>Rug tegen de rugleuning</translation>
    </message>
    <message>
        <source>Sit all the way back so the backrest carries the curve of your lower back.</source>
        <extracomment>posture checklist back-supported: how, in one sentence</extracomment>
        <translation>Ga helemaal achterin zitten, zodat de rugleuning de holling van je onderrug ondersteunt.</translation>
    </message>
    <message>
        <source>Shoulders down and loose</source>
        <extracomment>posture checklist shoulders-loose: the thing to check (short)</extracomment>
        <translation>Schouders laag en ontspannen</translation>
    </message>
    <message>
        <source>Let them drop away from your ears; they often creep up when you concentrate.</source>
        <extracomment>posture checklist shoulders-loose: how, in one sentence</extracomment>
        <translation>Laat ze wegzakken van je oren; ze kruipen vaak omhoog als je je concentreert.</translation>
    </message>
    <message>
        <source>Jaw unclenched</source>
        <extracomment>posture checklist jaw-unclenched: the thing to check (short)</extracomment>
        <translation>Kaak ontspannen</translation>
    </message>
    <message>
        <source>Teeth apart, lips lightly together, tongue resting.</source>
        <extracomment>posture checklist jaw-unclenched: how, in one sentence</extracomment>
        <translation>Tanden los van elkaar, lippen licht op elkaar, tong in rust.</translation>
    </message>
    <message>
        <source>Top of the screen near eye level</source>
        <extracomment>posture checklist screen-height: the thing to check (short)</extracomment>
        <translation>Bovenkant van het scherm rond ooghoogte</translation>
    </message>
    <message>
        <source>About an arm&apos;s length away, so your head is not tipped down or pushed forward.</source>
        <extracomment>posture checklist screen-height: how, in one sentence</extracomment>
        <translation>Ongeveer een armlengte van je af, zodat je hoofd niet naar beneden kantelt of naar voren steekt.</translation>
    </message>
    <message>
        <source>Elbows bent at about 90°</source>
        <extracomment>posture checklist elbows-90: the thing to check (short)</extracomment>
        <translation>Ellebogen gebogen in ongeveer 90°</translation>
    </message>
    <message>
        <source>Forearms roughly level with the desk, wrists straight and floating.</source>
        <extracomment>posture checklist elbows-90: how, in one sentence</extracomment>
        <translation>Onderarmen ongeveer op bureauhoogte, polsen recht en vrij zwevend.</translation>
    </message>
    <message>
        <source>Head balanced over your shoulders</source>
        <extracomment>posture checklist head-over-shoulders: the thing to check (short)</extracomment>
        <translation>Hoofd in balans boven je schouders</translation>
    </message>
    <message>
        <source>Ears above the shoulders rather than in front of them.</source>
        <extracomment>posture checklist head-over-shoulders: how, in one sentence</extracomment>
        <translation>Je oren boven je schouders in plaats van ervoor.</translation>
    </message>
    <message>
        <source>Hands and fingers soft</source>
        <extracomment>posture checklist hands-soft: the thing to check (short)</extracomment>
        <translation>Handen en vingers ontspannen</translation>
    </message>
    <message>
        <source>No gripping the mouse; let the wrists rest between movements.</source>
        <extracomment>posture checklist hands-soft: how, in one sentence</extracomment>
        <translation>Knijp niet in de muis; laat je polsen rusten tussen de bewegingen.</translation>
    </message>
    <message>
        <source>Belly soft</source>
        <extracomment>posture checklist belly-soft: the thing to check (short)</extracomment>
        <translation>Buik ontspannen</translation>
    </message>
    <message>
        <source>Let it move as you breathe instead of holding it in.</source>
        <extracomment>posture checklist belly-soft: how, in one sentence</extracomment>
        <translation>Laat hem meebewegen met je adem in plaats van hem in te houden.</translation>
    </message>
    <message>
        <source>One slow breath out</source>
        <extracomment>posture checklist breath-out: the thing to check (short)</extracomment>
        <translation>Eén keer langzaam uitademen</translation>
    </message>
    <message>
        <source>Breathe out a little longer than you breathed in, and let your shoulders sink with it.</source>
        <extracomment>posture checklist breath-out: how, in one sentence</extracomment>
        <translation>Adem iets langer uit dan je inademde en laat je schouders mee zakken.</translation>
    </message>
    <message>
        <source>A short walk</source>
        <extracomment>movement break suggestion short-walk: title (short)</extracomment>
        <translation>Een korte wandeling</translation>
    </message>
    <message>
        <source>Walk for a few minutes: down the corridor, up a flight of stairs or once around the room. An easy pace is enough.</source>
        <extracomment>movement break suggestion short-walk: what to do, one or two sentences</extracomment>
        <translation>Loop een paar minuten: door de gang, een trap op of een rondje door de kamer. Een rustig tempo is genoeg.</translation>
    </message>
    <message>
        <source>Refill your water</source>
        <extracomment>movement break suggestion refill-water: title (short)</extracomment>
        <translation>Vul je water bij</translation>
    </message>
    <message>
        <source>Walk to the kitchen or the tap and refill your glass or bottle. Drink some if you are thirsty.</source>
        <extracomment>movement break suggestion refill-water: what to do, one or two sentences</extracomment>
        <translation>Loop naar de keuken of de kraan en vul je glas of fles bij. Drink wat als je dorst hebt.</translation>
    </message>
    <message>
        <source>Loosen your shoulders</source>
        <extracomment>movement break suggestion loosen-shoulders: title (short)</extracomment>
        <translation>Maak je schouders los</translation>
    </message>
    <message>
        <source>Stand up, roll your shoulders slowly back a few times and let them drop. Let your arms hang and shake your hands loose.</source>
        <extracomment>movement break suggestion loosen-shoulders: what to do, one or two sentences</extracomment>
        <translation>Sta op, rol je schouders een paar keer langzaam naar achteren en laat ze zakken. Laat je armen hangen en schud je handen los.</translation>
    </message>
    <message>
        <source>Move gently</source>
        <extracomment>movement break suggestion gentle-movement: title (short)</extracomment>
        <translation>Beweeg rustig</translation>
    </message>
    <message>
        <source>Stand and move in any easy way that feels good: shift your weight, march on the spot, reach up. Stop any move that hurts.</source>
        <extracomment>movement break suggestion gentle-movement: what to do, one or two sentences</extracomment>
        <translation>Sta op en beweeg op een makkelijke manier die goed voelt: verplaats je gewicht, loop op de plaats, reik omhoog. Stop met elke beweging die pijn doet.</translation>
    </message>
    <message>
        <source>Look far away</source>
        <extracomment>movement break suggestion look-far: title (short)</extracomment>
        <translation>Kijk in de verte</translation>
    </message>
    <message>
        <source>Stand at a window or at the far end of the room and rest your eyes on something far away. Breathe out slowly.</source>
        <extracomment>movement break suggestion look-far: what to do, one or two sentences</extracomment>
        <translation>Ga bij een raam of aan de andere kant van de kamer staan en laat je ogen rusten op iets in de verte. Adem langzaam uit.</translation>
    </message>
    <message>
        <source>Let go completely and breathe out slowly.</source>
        <extracomment>the rest after a hold, when the exercise gives no words of its own</extracomment>
        <translation>Laat helemaal los en adem langzaam uit.</translation>
    </message>
    <message>
        <source>Longer exhale</source>
        <extracomment>breathing pattern longer-exhale: name</extracomment>
        <translation>Langer uitademen</translation>
    </message>
    <message>
        <source>In for 4 seconds, out for 6: six slow breaths a minute, each out-breath a little longer than the in-breath. Many people find this pace settling. Breathe out slowly, as if through a straw.</source>
        <extracomment>breathing pattern longer-exhale: description</extracomment>
        <translation>4 seconden in, 6 uit: zes rustige ademhalingen per minuut, elke uitademing iets langer dan de inademing. Veel mensen vinden dit tempo rustgevend. Adem langzaam uit, alsof door een rietje.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <extracomment>breathing pattern resonance: name</extracomment>
        <translation>Resonantieademhaling</translation>
    </message>
    <message>
        <source>Even breaths of 5.5 seconds in and 5.5 out, a little under six breaths a minute. Also called coherent breathing. Let the belly rise and fall rather than the shoulders.</source>
        <extracomment>breathing pattern resonance: description</extracomment>
        <translation>Gelijkmatige ademhalingen van 5,5 seconden in en 5,5 uit, iets minder dan zes per minuut. Ook wel coherent ademen genoemd. Laat je buik rijzen en dalen, niet je schouders.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <extracomment>breathing pattern box: name</extracomment>
        <translation>Vierkantademhaling</translation>
    </message>
    <message>
        <source>Four equal sides of 4 seconds: in, hold, out, hold. The steady count gives a busy mind something simple to follow.</source>
        <extracomment>breathing pattern box: description</extracomment>
        <translation>Vier gelijke zijden van 4 seconden: in, vasthouden, uit, vasthouden. Het gelijkmatige tellen geeft een drukke geest iets eenvoudigs om te volgen.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <extracomment>breathing pattern physiological-sigh: name</extracomment>
        <translation>Fysiologische zucht</translation>
    </message>
    <message>
        <source>A full breath in through the nose, a short second sip of air on top, then a long, easy breath out through the mouth. The same double breath the body makes on its own when it sighs.</source>
        <extracomment>breathing pattern physiological-sigh: description</extracomment>
        <translation>Een volle inademing door je neus, er een kort tweede teugje lucht bovenop, en dan een lange, rustige uitademing door je mond. Dezelfde dubbele ademhaling die je lichaam vanzelf maakt als het zucht.</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <extracomment>breathing pattern 4-7-8: name</extracomment>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>In through the nose for 4 seconds, hold for 7, then out through the mouth for 8. A few rounds are plenty.</source>
        <extracomment>breathing pattern 4-7-8: description</extracomment>
        <translation>Adem 4 seconden in door je neus, houd 7 vast en adem dan 8 uit door je mond. Een paar rondes is genoeg.</translation>
    </message>
    <message>
        <source>The holds are optional: if holding feels uncomfortable, keep breathing gently through them. Stop and breathe normally if you feel light-headed or dizzy.</source>
        <extracomment>breathing pattern 4-7-8: caution</extracomment>
        <translation>Het vasthouden is niet verplicht: als dat onprettig voelt, adem dan in die fasen gewoon zacht door. Stop en adem normaal als je je licht in je hoofd of duizelig voelt.</translation>
    </message>
    <message>
        <source>Stress and muscle tension</source>
        <extracomment>why this helps, topic stress-tension: title (short)</extracomment>
        <translation>Stress en spierspanning</translation>
    </message>
    <message>
        <source>In laboratory studies, mental stress such as timed arithmetic raises the activity of the shoulder muscles, even when the body is doing no physical work. Distress and low mood also make it more likely that back pain lasts. How much everyday stress adds to neck and back pain differs from person to person, so take this as a reasonable idea, not a proven cause.</source>
        <extracomment>why this helps, topic stress-tension: what is known, two or three sentences</extracomment>
        <translation>In laboratoriumonderzoek verhoogt mentale stress, zoals rekenen onder tijdsdruk, de activiteit van de schouderspieren, ook als het lichaam geen lichamelijk werk doet. Spanning en somberheid maken het ook waarschijnlijker dat rugpijn aanhoudt. Hoeveel alledaagse stress bijdraagt aan nek- en rugpijn verschilt per persoon, dus zie dit als een redelijk idee, niet als een bewezen oorzaak.</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <extracomment>why this helps, topic micro-breaks: title (short)</extracomment>
        <translation>Korte pauzes</translation>
    </message>
    <message>
        <source>Breaks of up to ten minutes leave people a little less tired and a little more energetic, a small but reliable effect. They do not reliably make people work better or faster; longer breaks did better on that. Unclench suggests breaks for how you feel, not to raise your output.</source>
        <extracomment>why this helps, topic micro-breaks: what is known, two or three sentences</extracomment>
        <translation>Pauzes tot tien minuten maken mensen iets minder moe en iets energieker, een klein maar betrouwbaar effect. Ze zorgen er niet betrouwbaar voor dat mensen beter of sneller werken; langere pauzes deden het daarin beter. Unclench stelt pauzes voor om hoe je je voelt, niet om je productiviteit te verhogen.</translation>
    </message>
    <message>
        <source>Staying active with back pain</source>
        <extracomment>why this helps, topic movement: title (short)</extracomment>
        <translation>In beweging blijven bij rugpijn</translation>
    </message>
    <message>
        <source>Guidelines advise people with low back pain to carry on with normal activities as far as they can and, when pain lasts, to exercise. Exercise programmes ease long-lasting low back pain by a modest amount on average. Gentle moves during the day are a small part of staying active, not a treatment.</source>
        <extracomment>why this helps, topic movement: what is known, two or three sentences</extracomment>
        <translation>Richtlijnen raden mensen met lage rugpijn aan om hun gewone bezigheden zo goed mogelijk voort te zetten en, als de pijn aanhoudt, te oefenen. Oefenprogramma&apos;s verlichten langdurige lage rugpijn gemiddeld in bescheiden mate. Rustige bewegingen door de dag zijn een klein onderdeel van in beweging blijven, geen behandeling.</translation>
    </message>
    <message>
        <source>Stretching at the desk</source>
        <extracomment>why this helps, topic stretching: title (short)</extracomment>
        <translation>Rekken aan je bureau</translation>
    </message>
    <message>
        <source>Stretching feels good to many people and is part of the exercise that guidelines suggest for back pain, but there is little good evidence that desk stretches on their own prevent neck or back pain. When a muscle cramps, gently stretching it is the usual first help. Stretch only as far as is comfortable, and stop if pain increases.</source>
        <extracomment>why this helps, topic stretching: what is known, two or three sentences</extracomment>
        <translation>Rekken voelt voor veel mensen goed en hoort bij de oefeningen die richtlijnen bij rugpijn noemen, maar er is weinig goed bewijs dat rekken aan je bureau op zichzelf nek- of rugpijn voorkomt. Bij een spierkramp is de spier rustig rekken de gebruikelijke eerste hulp. Rek alleen zo ver als prettig is en stop als de pijn toeneemt.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <extracomment>why this helps, topic slow-breathing: title (short)</extracomment>
        <translation>Rustig ademen</translation>
    </message>
    <message>
        <source>Breathing slowly, around six breaths a minute, reliably raises heart-rate variability, a sign that the resting branch of the nervous system is more active, during the exercise and shortly after. Its effect on how stressed people feel is smaller: trials find a small reduction on average, and many are of modest quality. Breathe gently, and stop and breathe normally if you feel light-headed.</source>
        <extracomment>why this helps, topic slow-breathing: what is known, two or three sentences</extracomment>
        <translation>Langzaam ademen, ongeveer zes keer per minuut, verhoogt betrouwbaar de hartslagvariabiliteit, een teken dat het rustdeel van het zenuwstelsel actiever is, tijdens de oefening en kort erna. Het effect op hoe gestrest mensen zich voelen is kleiner: onderzoeken vinden gemiddeld een kleine afname, en veel ervan zijn van bescheiden kwaliteit. Adem zacht, en stop en adem normaal als je je licht in je hoofd voelt.</translation>
    </message>
    <message>
        <source>Tensing and then letting go of one muscle group after another is a long-used relaxation method. Relaxation training lowers anxiety by a moderate amount in trials, and a back-pain guideline lists progressive relaxation as an option for long-lasting low back pain, on low-quality evidence. Tense firmly but never to the point of pain.</source>
        <extracomment>why this helps, topic muscle-relaxation: what is known, two or three sentences</extracomment>
        <translation>De ene spiergroep na de andere aanspannen en weer loslaten is een lang gebruikte ontspanningsmethode. Ontspanningstraining vermindert in onderzoeken angst in gematigde mate, en een richtlijn voor rugpijn noemt progressieve ontspanning als mogelijkheid bij langdurige lage rugpijn, op basis van bewijs van lage kwaliteit. Span stevig aan, maar nooit tot het pijn doet.</translation>
    </message>
    <message>
        <source>Posture and screen height</source>
        <extracomment>why this helps, topic posture: title (short)</extracomment>
        <translation>Houding en schermhoogte</translation>
    </message>
    <message>
        <source>No single sitting posture has been shown to prevent back or neck pain, and reviews of desk set-ups and ergonomic training find only low-quality, inconsistent evidence. A comfortable set-up and changing position often are still sensible. The posture checklist is a prompt to notice and ease tension, not a rule for sitting correctly.</source>
        <extracomment>why this helps, topic posture: what is known, two or three sentences</extracomment>
        <translation>Van geen enkele zithouding is aangetoond dat ze rug- of nekpijn voorkomt, en overzichtsstudies naar de inrichting van werkplekken en ergonomietrainingen vinden alleen zwak, wisselend bewijs. Een comfortabele werkplek en vaak van houding wisselen blijven toch verstandig. De houdingschecklist is een geheugensteuntje om spanning op te merken en te verlichten, geen regel voor correct zitten.</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>why this helps, topic water: title (short)</extracomment>
        <translation>Water</translation>
    </message>
    <message>
        <source>Healthy adults need about two to two and a half litres of water a day from drinks and food together, and thirst is a good guide. There is no good evidence that drinking more water prevents muscle cramps or back spasms, and forcing down large amounts can be dangerous because it dilutes the salt in the blood. Unclench&apos;s water reminders mean: drink when you are thirsty or as you planned, nothing more.</source>
        <extracomment>why this helps, topic water: what is known, two or three sentences</extracomment>
        <translation>Gezonde volwassenen hebben ongeveer twee tot tweeënhalve liter water per dag nodig uit drinken en eten samen, en dorst is een goede graadmeter. Er is geen goed bewijs dat meer water drinken spierkrampen of rugkrampen voorkomt, en jezelf grote hoeveelheden laten drinken kan gevaarlijk zijn, omdat het zout in je bloed erdoor verdunt. De waterherinneringen van Unclench betekenen: drink als je dorst hebt of zoals je van plan was, meer niet.</translation>
    </message>
    <message>
        <source>Walking and getting up</source>
        <extracomment>why this helps, topic walking: title (short)</extracomment>
        <translation>Wandelen en opstaan</translation>
    </message>
    <message>
        <source>In a large trial, people who built up regular walking over six months, with some coaching, went nearly twice as long before their low back pain came back. Health guidelines advise adults to sit less and move more, though what a short walk at work does on its own is not known. Sit-stand desks cut sitting at work by about an hour a day at first, on low-quality evidence; whether that helps health is still unclear.</source>
        <extracomment>why this helps, topic walking: what is known, two or three sentences</extracomment>
        <translation>In een groot onderzoek bleven mensen die met wat begeleiding in zes maanden regelmatig wandelen opbouwden bijna twee keer zo lang vrij van terugkerende lage rugpijn. Gezondheidsrichtlijnen raden volwassenen aan minder te zitten en meer te bewegen, al is niet bekend wat een korte wandeling op het werk op zichzelf doet. Zit-stabureaus verminderen het zitten op het werk in het begin met ongeveer een uur per dag, op basis van bewijs van lage kwaliteit; of dat de gezondheid helpt, is nog onduidelijk.</translation>
    </message>
    <message>
        <source>Heat or cold for a sore back</source>
        <extracomment>why this helps, topic heat-cold: title (short)</extracomment>
        <translation>Warmte of kou bij een pijnlijke rug</translation>
    </message>
    <message>
        <source>A heat wrap eases new low back pain a little for a short time, with moderate-quality evidence, and a guideline suggests it for pain of recent onset. For cold packs there is too little evidence to say whether they help. Use whichever feels better, never directly on bare skin, and not on skin that has lost feeling.</source>
        <extracomment>why this helps, topic heat-cold: what is known, two or three sentences</extracomment>
        <translation>Een warmtekompres verlicht nieuwe lage rugpijn een beetje voor korte tijd, met bewijs van gematigde kwaliteit, en een richtlijn stelt het voor bij pijn die pas kort bestaat. Voor koudepacks is er te weinig bewijs om te zeggen of ze helpen. Gebruik wat prettiger voelt, nooit direct op de blote huid en niet op huid die gevoelloos is.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>why this helps, topic sleep: title (short)</extracomment>
        <translation>Slaap</translation>
    </message>
    <message>
        <source>Adults are advised to sleep at least seven hours a night. Poor sleep and pain feed each other, and poor sleep seems to predict later pain more strongly than pain predicts poor sleep. Unclench starts its counts afresh after a night&apos;s sleep and keeps quiet outside your working hours.</source>
        <extracomment>why this helps, topic sleep: what is known, two or three sentences</extracomment>
        <translation>Volwassenen wordt aangeraden minstens zeven uur per nacht te slapen. Slecht slapen en pijn versterken elkaar, en slecht slapen lijkt latere pijn sterker te voorspellen dan pijn slecht slapen voorspelt. Unclench begint na een nacht slaap opnieuw met tellen en blijft stil buiten je werktijden.</translation>
    </message>
</context>
<context>
    <name>CustomPatternEditor</name>
    <message>
        <source>Breathe in</source>
        <translation>Inademen</translation>
    </message>
    <message>
        <source>Hold (full)</source>
        <translation>Vasthouden (vol)</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Uitademen</translation>
    </message>
    <message>
        <source>Hold (empty)</source>
        <translation>Vasthouden (leeg)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, seconden</translation>
    </message>
    <message>
        <source>&amp;Breathe with this pattern</source>
        <translation>Met dit &amp;patroon ademen</translation>
    </message>
    <message>
        <source>Start the custom pattern</source>
        <translation>Het eigen patroon starten</translation>
    </message>
    <message>
        <source>Use {0} to {1} seconds</source>
        <translation>Kies {0} tot {1} seconden</translation>
    </message>
</context>
<context>
    <name>DailySeriesModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pauzes genomen</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Overgeslagen of gemist</translation>
    </message>
    <message>
        <source>Water (ml)</source>
        <translation>Water (ml)</translation>
    </message>
    <message>
        <source>Tension (average)</source>
        <translation>Spanning (gemiddeld)</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Houdingschecks</translation>
    </message>
    <message>
        <source>Breathing (min)</source>
        <translation>Ademen (min)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
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
        <translation>Wat Unclench ziet</translation>
    </message>
    <message>
        <source>What each detector sees on this desktop right now:</source>
        <translation>Wat elke detector nu op dit bureaublad ziet:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wordt gelezen…</translation>
    </message>
    <message>
        <source>Saving the events of {0}…</source>
        <translation>De gebeurtenissen uit {0} worden opgeslagen…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Movement break</source>
        <translation>Beweegpauze</translation>
    </message>
    <message>
        <source>movement break</source>
        <translation>beweegpauze</translation>
    </message>
    <message>
        <source>Get up for a few minutes: walk, stand, look far away or refill your water.</source>
        <translation>Sta een paar minuten op: loop wat, blijf staan, kijk in de verte of vul je water bij.</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Rekpauze</translation>
    </message>
    <message>
        <source>stretch break</source>
        <translation>rekpauze</translation>
    </message>
    <message>
        <source>Stand up if you can and move gently. Stop any move that hurts.</source>
        <translation>Sta op als het kan en beweeg rustig. Stop met elke beweging die pijn doet.</translation>
    </message>
    <message>
        <source>Breathing break</source>
        <translation>Ademhalingspauze</translation>
    </message>
    <message>
        <source>breathing break</source>
        <translation>ademhalingspauze</translation>
    </message>
    <message>
        <source>A few slow breaths with a longer out-breath; many people find it settling.</source>
        <translation>Een paar rustige ademhalingen met een langere uitademing; veel mensen vinden dat rustgevend.</translation>
    </message>
    <message>
        <source>Water break</source>
        <translation>Drinkpauze</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>Time for a drink, if you are thirsty or as you planned.</source>
        <translation>Tijd voor een slokje, als je dorst hebt of zoals je van plan was.</translation>
    </message>
    <message>
        <source>Posture check</source>
        <translation>Houdingscheck</translation>
    </message>
    <message>
        <source>posture check</source>
        <translation>houdingscheck</translation>
    </message>
    <message>
        <source>Take a few seconds. Tick what you just did:</source>
        <translation>Neem een paar seconden. Vink aan wat je net gedaan hebt:</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Applies the next time Unclench starts.</source>
        <translation>Geldt vanaf de volgende start van Unclench.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Unclench could not start: {0}</source>
        <translation>Unclench kon niet starten: {0}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Use {0}–{1}</source>
        <translation>Kies {0}–{1}</translation>
    </message>
</context>
<context>
    <name>PhaseCues</name>
    <message>
        <source>No sound output could be opened, so there are no phase sounds.</source>
        <translation>Er kon geen geluidsuitvoer worden geopend, dus er zijn geen fasegeluiden.</translation>
    </message>
    <message>
        <source>Unclench cannot play sounds on this system yet.</source>
        <translation>Unclench kan op dit systeem nog geen geluid afspelen.</translation>
    </message>
    <message>
        <source>Speaking failed ({0}), so spoken cues are off.</source>
        <translation>Spraak is mislukt ({0}), dus de gesproken aanwijzingen staan uit.</translation>
    </message>
    <message>
        <source>No speech program was found. Spoken cues use espeak or flite; install one to hear them.</source>
        <translation>Er is geen spraakprogramma gevonden. Gesproken aanwijzingen gebruiken espeak of flite; installeer er een om ze te horen.</translation>
    </message>
</context>
<context>
    <name>PromptPresenter</name>
    <message>
        <source>Some content files have problems and were left out:</source>
        <translation>Sommige inhoudsbestanden bevatten fouten en zijn weggelaten:</translation>
    </message>
</context>
<context>
    <name>QuietSources</name>
    <message>
        <source>The app rules are not valid: {}</source>
        <translation>De app-regels zijn ongeldig: {}</translation>
    </message>
</context>
<context>
    <name>QuietTimesPage</name>
    <message>
        <source>What Unclench sees…</source>
        <translation>Wat Unclench ziet…</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone or camera is in use</source>
        <translation>Herinneringen laten wachten zolang de microfoon of camera in gebruik is</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a call ends, wait</source>
        <translation>Na afloop van een gesprek nog wachten</translation>
    </message>
    <message>
        <source>Hold at most, per day</source>
        <extracomment>After this much holding in a day, reminders come anyway, quietly.</extracomment>
        <translation>Hooguit laten wachten, per dag</translation>
    </message>
    <message>
        <source>Apps that are not calls</source>
        <translation>Apps die geen gesprekken zijn</translation>
    </message>
    <message>
        <source>Count as calls again</source>
        <translation>Weer als gesprek tellen</translation>
    </message>
    <message>
        <source>Not calls</source>
        <translation>Geen gesprekken</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Agendabestanden</translation>
    </message>
    <message>
        <source>Add calendar file…</source>
        <translation>Agendabestand toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>Agendabestanden (.ics)</translation>
    </message>
    <message>
        <source>Also read a calendar from the web</source>
        <translation>Ook een agenda van internet lezen</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Agenda-adres</translation>
    </message>
    <message>
        <source>Only this address is contacted, at most every 15 minutes; nothing else leaves the computer.</source>
        <translation>Alleen dit adres wordt opgevraagd, hooguit elke 15 minuten; verder verlaat niets de computer.</translation>
    </message>
    <message>
        <source>you@example.org, …</source>
        <translation>jij@example.org, …</translation>
    </message>
    <message>
        <source>Your addresses</source>
        <extracomment>Events the user declined (as this address) do not hold reminders.</extracomment>
        <translation>Je adressen</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>App rules</source>
        <translation>App-regels</translation>
    </message>
    <message>
        <source>Running app</source>
        <translation>Actieve app</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>is in front</source>
        <translation>op de voorgrond staat</translation>
    </message>
    <message>
        <source>is running</source>
        <translation>actief is</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Hold reminders while</source>
        <translation>Herinneringen laten wachten zolang</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Choose calendar files</source>
        <translation>Agendabestanden kiezen</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Agenda&apos;s (*.ics)</translation>
    </message>
    <message>
        <source>{0} is in front</source>
        <translation>{0} op de voorgrond staat</translation>
    </message>
    <message>
        <source>{0} is running</source>
        <translation>{0} actief is</translation>
    </message>
</context>
<context>
    <name>RangesField</name>
    <message>
        <source>Write times like 09:00-12:30, 13:30-18:00</source>
        <translation>Schrijf tijden zo: 09:00-12:30, 13:30-18:00</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>vrij</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>0 is loose and easy, 10 is as tight as it gets.</source>
        <translation>0 is los en ontspannen, 10 is zo gespannen als het maar kan.</translation>
    </message>
    <message>
        <source>Tension {0} of 10</source>
        <translation>Spanning {0} van 10</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>los</translation>
    </message>
    <message>
        <source>very tight</source>
        <translation>heel gespannen</translation>
    </message>
</context>
<context>
    <name>ReminderNotification</name>
    <message>
        <source>Check: {0}</source>
        <translation>Even checken: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Vandaag tot nu toe: {0} ml van {1} ml</translation>
    </message>
    <message>
        <source>Drank {0} ml</source>
        <translation>{0} ml gedronken</translation>
    </message>
    <message>
        <source>A minute of slow breathing with a long out-breath.</source>
        <translation>Een minuut rustig ademen, met een lange uitademing.</translation>
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
        <translation>Sta op en beweeg rustig: {0}</translation>
    </message>
    <message>
        <source>Stand up and move.</source>
        <translation>Sta op en beweeg even.</translation>
    </message>
    <message>
        <source>Also due now: {0}</source>
        <translation>Ook nu aan de beurt: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Snooze {0} min</source>
        <translation>Later ({0} min)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Unclench reminder</source>
        <translation>Herinnering van Unclench</translation>
    </message>
    <message>
        <source>• {0}, {1} × {2} s</source>
        <translation>• {0}, {1} × {2} s</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Vandaag tot nu toe: {0} ml van {1} ml</translation>
    </message>
    <message>
        <source>• {0}, {1} s</source>
        <translation>• {0}, {1} s</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>&amp;{0} ml gedronken</translation>
    </message>
    <message>
        <source>Start &amp;breathing</source>
        <translation>&amp;Ademhaling starten</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Start &amp;guided stretch</source>
        <translation>Begeleid &amp;rekken starten</translation>
    </message>
    <message>
        <source>&amp;Snooze {0} min</source>
        <translation>&amp;Later ({0} min)</translation>
    </message>
    <message>
        <source>Remind me again in {0} min (Esc)</source>
        <translation>Herinner me over {0} min opnieuw (Esc)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Over&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Why this helps</source>
        <translation>&amp;Waarom dit helpt</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>There is no routine called &apos;{0}&apos;. Routines: {1}</source>
        <translation>Er is geen routine met de naam ‘{0}’. Beschikbare routines: {1}</translation>
    </message>
    <message>
        <source>“{0}” comes back with the stretch break at {1}.</source>
        <translation>‘{0}’ komt om {1} terug met de rekpauze.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Een routine importeren</translation>
    </message>
    <message>
        <source>Routine (*.json)</source>
        <translation>Routine (*.json)</translation>
    </message>
    <message>
        <source>Imported the routine &apos;{0}&apos;.</source>
        <translation>De routine ‘{0}’ is geïmporteerd.</translation>
    </message>
    <message>
        <source>That routine could not be imported:</source>
        <translation>Deze routine kon niet worden geïmporteerd:</translation>
    </message>
    <message>
        <source>Remove the imported routine &apos;{0}&apos;? Its file is deleted; your log keeps its history.</source>
        <translation>De geïmporteerde routine ‘{0}’ verwijderen? Het bestand wordt gewist; je logboek bewaart wat je ermee gedaan hebt.</translation>
    </message>
    <message>
        <source>The routine could not be removed: {0}</source>
        <translation>De routine kon niet worden verwijderd: {0}</translation>
    </message>
</context>
<context>
    <name>RoutineDonePage</name>
    <message>
        <source>Routine complete</source>
        <translation>Routine voltooid</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Mooi gedaan</translation>
    </message>
    <message>
        <source>Take a slow breath out and notice how your neck, shoulders and jaw feel now.</source>
        <translation>Adem langzaam uit en merk op hoe je nek, schouders en kaak nu aanvoelen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
        <translation>Voortgang in de routine</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Resterende seconden in deze stap</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Volge&amp;nde</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>P&amp;ostpone</source>
        <translation>&amp;Uitstellen</translation>
    </message>
    <message>
        <source>Postpone this routine</source>
        <translation>Deze routine uitstellen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <source>Finish the routine now</source>
        <translation>De routine nu afronden</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Vorige stap (pijl naar links)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Volgende stap (pijl naar rechts)</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space when focused)</source>
        <translation>Aftellen pauzeren of hervatten (spatiebalk, als het geselecteerd is)</translation>
    </message>
    <message>
        <source>Stop here; what you did is still recorded (Esc)</source>
        <translation>Hier stoppen; wat je gedaan hebt, wordt toch bewaard (Esc)</translation>
    </message>
    <message>
        <source>Do this routine a little later</source>
        <translation>Deze routine iets later doen</translation>
    </message>
    <message>
        <source>Move gently, and stop any movement that increases pain.</source>
        <translation>Beweeg rustig en stop met elke beweging die de pijn erger maakt.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wanneer je hulp moet zoeken</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message numerus="yes">
        <source>You finished “%1”: %n steps in %2.</source>
        <translation>
            <numerusform>Je hebt ‘%1’ afgerond: %n stap in %2.</numerusform>
            <numerusform>Je hebt ‘%1’ afgerond: %n stappen in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWording</name>
    <message>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslaten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, linkerkant</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechterkant</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>nog %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>nog ongeveer %1 min</translation>
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
        <translation>Wanneer je hulp moet zoeken — Unclench</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wanneer je hulp moet zoeken</translation>
    </message>
    <message>
        <source>Unclench reminds you to move, breathe and let go of tension. It does not diagnose anything, and it does not replace a doctor or a physiotherapist.</source>
        <translation>Unclench herinnert je eraan te bewegen, te ademen en spanning los te laten. Het stelt geen diagnoses en vervangt geen arts of fysiotherapeut.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Zoek meteen hulp</translation>
    </message>
    <message>
        <source>If back pain comes with losing control of your bladder or bowels, treat it as an emergency: call your local emergency number or go to an emergency department straight away.</source>
        <translation>Als je bij rugpijn de controle over je blaas of darmen verliest, is dat een noodgeval: bel meteen het alarmnummer (in Europa 112) of ga direct naar een spoedeisende hulp.</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon if</source>
        <translation>Ga binnenkort naar een huisarts of fysiotherapeut als</translation>
    </message>
    <message>
        <source>the pain does not ease with rest and self-care, or it is getting worse;</source>
        <translation>de pijn niet minder wordt met rust en zelfzorg, of erger wordt;</translation>
    </message>
    <message>
        <source>pain spreads down one leg or both;</source>
        <translation>de pijn uitstraalt naar één been of naar beide;</translation>
    </message>
    <message>
        <source>you feel numbness or tingling in your legs or feet;</source>
        <translation>je een doof gevoel of tintelingen in je benen of voeten hebt;</translation>
    </message>
    <message>
        <source>your legs or feet feel weak;</source>
        <translation>je benen of voeten zwak aanvoelen;</translation>
    </message>
    <message>
        <source>the pain began after a fall, an accident or another injury;</source>
        <translation>de pijn begon na een val, een ongeluk of een andere blessure;</translation>
    </message>
    <message>
        <source>the pain is severe or keeps coming back;</source>
        <translation>de pijn hevig is of steeds terugkomt;</translation>
    </message>
    <message>
        <source>worry or anxiety is getting in the way of your daily life.</source>
        <translation>zorgen of angst je dagelijks leven in de weg zitten.</translation>
    </message>
    <message>
        <source>During any routine, move gently and stop a movement that increases pain. When you are unsure, ask a professional before carrying on.</source>
        <translation>Beweeg tijdens elke routine rustig en stop met een beweging die de pijn erger maakt. Twijfel je, vraag het dan eerst aan een zorgverlener voordat je verdergaat.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Ademhalingspatroon</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigen patroon…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duur van de oefening</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>A number of breaths</source>
        <translation>Een aantal ademhalingen</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> ademhalingen</translation>
    </message>
    <message>
        <source>Number of breaths</source>
        <translation>Aantal ademhalingen</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opties</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Opties tonen</translation>
    </message>
    <message>
        <source>Hide options</source>
        <translation>Opties verbergen</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Huidige fase</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Voortgang van de oefening</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop (Escape)</source>
        <translation>Stoppen (Esc)</translation>
    </message>
    <message>
        <source>Seconds per phase: {0}</source>
        <translation>Seconden per fase: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Hervatten (spatiebalk)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pauze (spatiebalk)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Uitademen</translation>
    </message>
    <message>
        <source>In a little more</source>
        <translation>Nog wat erbij inademen</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inademen</translation>
    </message>
    <message>
        <source>Paused – press Space to go on</source>
        <translation>Gepauzeerd – spatiebalk om verder te gaan</translation>
    </message>
    <message>
        <source>{0}:{1:02d} left</source>
        <translation>nog {0}:{1:02d}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Unclench settings</source>
        <translation>Instellingen van Unclench</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <source>Quiet times</source>
        <translation>Stille tijden</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Settings shown greyed are set by your administrator.</source>
        <translation>Grijs weergegeven instellingen zijn door je beheerder vastgelegd.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Herinner me</translation>
    </message>
    <message>
        <source>Every</source>
        <extracomment>Form label before the interval field: &quot;Every [20 min]&quot;.</extracomment>
        <translation>Elke</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <extracomment>Form label before the minutes that &quot;Snooze&quot; on a reminder waits: &quot;Snooze for [5 min]&quot;.</extracomment>
        <translation>Later herinneren na</translation>
    </message>
    <message>
        <source>Daily water goal</source>
        <translation>Dagelijks drinkdoel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hide an unanswered reminder after</source>
        <translation>Een onbeantwoorde herinnering verbergen na</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Zo lang weg telt als pauze</translation>
    </message>
    <message>
        <source>During calls and fullscreen, wait at most</source>
        <translation>Tijdens gesprekken en volledig scherm hooguit wachten</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Werktijden</translation>
    </message>
    <message>
        <source>Outside these hours no reminder comes.</source>
        <translation>Buiten deze tijden komen er geen herinneringen.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>Unclench&apos;s own card</source>
        <translation>Eigen kaartje van Unclench</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Een bureaubladmelding</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Show reminders as</source>
        <translation>Herinneringen tonen als</translation>
    </message>
    <message>
        <source>Play a soft sound when a reminder appears</source>
        <translation>Een zacht geluid afspelen als er een herinnering verschijnt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Soms</translation>
    </message>
    <message>
        <source>After every one</source>
        <translation>Na elke</translation>
    </message>
    <message>
        <source>After a break, ask how tense I feel</source>
        <translation>Na een pauze vragen hoe gespannen ik ben</translation>
    </message>
    <message>
        <source>&amp;Start Unclench when I log in</source>
        <translation>Unclench &amp;starten als ik inlog</translation>
    </message>
    <message>
        <source>What Unclench can see on this desktop</source>
        <translation>Wat Unclench op dit bureaublad kan zien</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Wanneer je &amp;hulp moet zoeken</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>niet beschikbaar in deze sessie</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>niet beschikbaar op dit systeem</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Vastgelegd door je beheerder</translation>
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
        <translation>Je instellingen gelden nu, maar konden niet worden opgeslagen: {0}</translation>
    </message>
</context>
<context>
    <name>SittingView</name>
    <message>
        <source>worked {0}</source>
        <translation>{0} gewerkt</translation>
    </message>
    <message>
        <source>{0} of {1} movement breaks</source>
        <translation>{0} van {1} beweegpauzes</translation>
    </message>
    <message>
        <source>longest sitting {0}</source>
        <translation>langst gezeten {0}</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} u {1} min</translation>
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
        <translation>niet beschikbaar op deze Windows</translation>
    </message>
    <message>
        <source>not detected on macOS (no public interface for Focus or fullscreen apps)</source>
        <translation>niet herkend op macOS (geen openbare interface voor Focus of apps op volledig scherm)</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>niet beschikbaar in deze sessie</translation>
    </message>
    <message>
        <source>GNOME notification banners setting</source>
        <translation>GNOME-instelling voor meldingsbanners</translation>
    </message>
    <message>
        <source>KDE notifications do-not-disturb</source>
        <translation>KDE-meldingen &apos;Niet storen&apos;</translation>
    </message>
    <message>
        <source>Windows notification state (fullscreen, presentation, quiet time)</source>
        <translation>Windows-meldingsstatus (volledig scherm, presentatie, stille tijd)</translation>
    </message>
    <message>
        <source>X11 fullscreen window</source>
        <translation>X11-venster op volledig scherm</translation>
    </message>
    <message>
        <source>not available on this Wayland session</source>
        <translation>niet beschikbaar in deze Wayland-sessie</translation>
    </message>
    <message>
        <source>GNOME Mutter idle monitor</source>
        <translation>GNOME Mutter-inactiviteitsmonitor</translation>
    </message>
    <message>
        <source>freedesktop screensaver service (KDE)</source>
        <translation>freedesktop-schermbeveiligingsdienst (KDE)</translation>
    </message>
    <message>
        <source>macOS input event source</source>
        <translation>macOS-bron voor invoergebeurtenissen</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1)</source>
        <translation>Wayland-inactiviteitsmelding (ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1, input idle)</source>
        <translation>Wayland-inactiviteitsmelding (ext-idle-notify-v1, invoerinactiviteit)</translation>
    </message>
    <message>
        <source>Windows last-input time</source>
        <translation>Windows-tijd van laatste invoer</translation>
    </message>
    <message>
        <source>X11 screensaver extension</source>
        <translation>X11-schermbeveiligingsextensie</translation>
    </message>
    <message>
        <source>logind sleep signals</source>
        <translation>slaapsignalen van logind</translation>
    </message>
    <message>
        <source>screensaver lock signals</source>
        <translation>vergrendelsignalen van de schermbeveiliging</translation>
    </message>
    <message>
        <source>macOS workspace notifications</source>
        <translation>macOS-werkruimtemeldingen</translation>
    </message>
    <message>
        <source>Windows power and session messages</source>
        <translation>Windows-energie- en sessieberichten</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>These are your own numbers side by side. They show what tended to go together on your days, not what caused what: a calmer day may also leave more room for breaks.</source>
        <translation>Dit zijn je eigen cijfers naast elkaar. Ze laten zien wat op jouw dagen vaak samenging, niet wat waardoor kwam: een rustigere dag laat misschien ook meer ruimte voor pauzes.</translation>
    </message>
    <message numerus="yes">
        <source>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln ratings from {5} to {6}.</source>
        <translation>
            <numerusform>Op de {0} met {1} of meer pauzes was je gemiddelde spanning {2}. Op de {3} met minder pauzes was die {4}. Dit is gebaseerd op %Ln score van {5} tot {6}.</numerusform>
            <numerusform>Op de {0} met {1} of meer pauzes was je gemiddelde spanning {2}. Op de {3} met minder pauzes was die {4}. Dit is gebaseerd op %Ln scores van {5} tot {6}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data yet. Rate your tension on a few days (from the tray, or when asked after a break) and this will compare days with more breaks to days with fewer.</source>
        <translation>Nog niet genoeg gegevens. Geef op een paar dagen aan hoe gespannen je bent (via het systeemvak, of wanneer Unclench het na een pauze vraagt), dan vergelijkt dit dagen met meer pauzes met dagen met minder.</translation>
    </message>
    <message>
        <source>Not enough data yet. This compares days with {0} or more breaks to days with fewer once each side has {1} with a tension rating. So far: {2} and {3}.</source>
        <translation>Nog niet genoeg gegevens. Dit vergelijkt dagen met {0} of meer pauzes met dagen met minder zodra elke kant {1} met een spanningsscore heeft. Tot nu toe: {2} en {3}.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>gelijk</translation>
    </message>
    <message numerus="yes">
        <source>Across the %Ln breathing sessions you rated before and after, your stress rating was {0} before and {1} after on average ({2}).</source>
        <translation>
            <numerusform>Over de %Ln ademhalingsoefening die je vooraf en achteraf hebt beoordeeld, was je stress gemiddeld {0} vooraf en {1} achteraf ({2}).</numerusform>
            <numerusform>Over de %Ln ademhalingsoefeningen die je vooraf en achteraf hebt beoordeeld, was je stress gemiddeld {0} vooraf en {1} achteraf ({2}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. The breathing window can ask for a rating before and after a session.</source>
        <translation>
            <numerusform>Nog niet genoeg gegevens: {0} van de %Ln ademhalingsoefening met een score vooraf en achteraf die hiervoor nodig is. Het ademhalingsvenster kan voor en na een oefening om een score vragen.</numerusform>
            <numerusform>Nog niet genoeg gegevens: {0} van de %Ln ademhalingsoefeningen met een score vooraf en achteraf die hiervoor nodig zijn. Het ademhalingsvenster kan voor en na een oefening om een score vragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no events yet; {0} was saved empty.</source>
        <translation>Er zijn nog geen gebeurtenissen; {0} is leeg opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln events to {0}.</source>
        <translation>
            <numerusform>%Ln gebeurtenis opgeslagen in {0}.</numerusform>
            <numerusform>%Ln gebeurtenissen opgeslagen in {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events were left out because their values are not possible (for example: {0}).</source>
        <translation>
            <numerusform>%Ln gebeurtenis is weggelaten, omdat de waarden ervan niet mogelijk zijn (bijvoorbeeld: {0}).</numerusform>
            <numerusform>%Ln gebeurtenissen zijn weggelaten, omdat hun waarden niet mogelijk zijn (bijvoorbeeld: {0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>Het importeren is afgebroken.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {0}: all %Ln events were already in your log.</source>
        <translation>
            <numerusform>Niets nieuws in {0}: de %Ln gebeurtenis stond al in je logboek.</numerusform>
            <numerusform>Niets nieuws in {0}: alle %Ln gebeurtenissen stonden al in je logboek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln events from {0}.</source>
        <translation>
            <numerusform>%Ln gebeurtenis hersteld uit {0}.</numerusform>
            <numerusform>%Ln gebeurtenissen hersteld uit {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your log and were skipped.</source>
        <translation>
            <numerusform>%Ln stond al in je logboek en is overgeslagen.</numerusform>
            <numerusform>%Ln stonden al in je logboek en zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln events. Your statistics start again from now.</source>
        <translation>
            <numerusform>%Ln gebeurtenis gewist. Je statistieken beginnen vanaf nu opnieuw.</numerusform>
            <numerusform>%Ln gebeurtenissen gewist. Je statistieken beginnen vanaf nu opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged yet. Your numbers appear here as you answer reminders.</source>
        <translation>Nog niets vastgelegd. Je cijfers verschijnen hier zodra je op herinneringen reageert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events logged since {0}, all kept on this computer.</source>
        <translation>
            <numerusform>%Ln gebeurtenis vastgelegd sinds {0}, alleen bewaard op deze computer.</numerusform>
            <numerusform>%Ln gebeurtenissen vastgelegd sinds {0}, allemaal alleen bewaard op deze computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your log is empty. Delete it anyway?</source>
        <translation>Je logboek is leeg. Toch wissen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want them back.</source>
        <translation>
            <numerusform>De %Ln gebeurtenis wissen die Unclench sinds {0} heeft vastgelegd? Je statistieken beginnen dan weer bij nul. Dit kan niet ongedaan worden gemaakt: exporteer eerst een back-up als je de gegevens misschien terug wilt.</numerusform>
            <numerusform>Alle %Ln gebeurtenissen wissen die Unclench sinds {0} heeft vastgelegd? Je statistieken beginnen dan weer bij nul. Dit kan niet ongedaan worden gemaakt: exporteer eerst een back-up als je de gegevens misschien terug wilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Reeksen</translation>
    </message>
    <message>
        <source>Last {0}</source>
        <translation>Laatste {0}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>Tension and breaks</source>
        <translation>Spanning en pauzes</translation>
    </message>
    <message>
        <source>Breathing before and after</source>
        <translation>Ademen vooraf en achteraf</translation>
    </message>
    <message>
        <source>Water goal ({0})</source>
        <translation>Drinkdoel ({0})</translation>
    </message>
    <message>
        <source>Break goal ({0} a day)</source>
        <translation>Pauzedoel ({0} per dag)</translation>
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
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>minder dan een minuut</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/10</source>
        <translation>{0}/10</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>op {0}</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>nek</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>schouders</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>bovenrug</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>onderrug</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>kaak</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln gemist</numerusform>
            <numerusform>%Ln gemist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln overgeslagen</numerusform>
            <numerusform>%Ln overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln natural</source>
        <extracomment>Breaks that happened on their own: the user was away from the computer long enough.</extracomment>
        <translation>
            <numerusform>%Ln weg van de computer</numerusform>
            <numerusform>%Ln weg van de computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routines</source>
        <translation>
            <numerusform>%Ln routine</numerusform>
            <numerusform>%Ln routines</numerusform>
        </translation>
    </message>
    <message>
        <source>held {0}</source>
        <extracomment>Time reminders waited today for calls, calendar events and the like: &quot;held 40 min&quot;.</extracomment>
        <translation>{0} gewacht</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Houdingschecks</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln gedaan</numerusform>
            <numerusform>%Ln gedaan</numerusform>
        </translation>
    </message>
    <message>
        <source>none missed</source>
        <translation>niets gemist</translation>
    </message>
    <message>
        <source>Posture checks today: {0} done, {1} missed, {2} skipped.</source>
        <translation>Houdingschecks vandaag: {0} gedaan, {1} gemist, {2} overgeslagen.</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>van {0}</translation>
    </message>
    <message>
        <source>Water today: {0} of your {1} goal.</source>
        <translation>Water vandaag: {0} van je doel van {1}.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauzes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken</source>
        <translation>
            <numerusform>%Ln genomen</numerusform>
            <numerusform>%Ln genomen</numerusform>
        </translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>niets overgeslagen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Breaks today: {0} stretch breaks done, {1} taken naturally while away, {2} routines, {3} skipped, {4} missed.</source>
        <translation>Pauzes vandaag: {0} rekpauzes gedaan, {1} vanzelf genomen doordat je weg was, {2} routines, {3} overgeslagen, {4} gemist.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln oefening</numerusform>
            <numerusform>%Ln oefeningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing today: {0} in %Ln sessions.</source>
        <translation>
            <numerusform>Ademen vandaag: {0} in %Ln oefening.</numerusform>
            <numerusform>Ademen vandaag: {0} in %Ln oefeningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>nog niets doorgegeven</translation>
    </message>
    <message>
        <source>Tension: no check-in yet.</source>
        <translation>Spanning: nog niets doorgegeven.</translation>
    </message>
    <message>
        <source>Latest tension rating: {0}, {1}.</source>
        <translation>Laatst doorgegeven spanning: {0}, {1}.</translation>
    </message>
    <message>
        <source>today&apos;s average {0}</source>
        <translation>vandaag gemiddeld {0}</translation>
    </message>
    <message numerus="yes">
        <source>Average of today&apos;s %Ln ratings: {0}.</source>
        <translation>
            <numerusform>Gemiddelde van %Ln score vandaag: {0}.</numerusform>
            <numerusform>Gemiddelde van de %Ln scores vandaag: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension, latest</source>
        <translation>Spanning, laatst</translation>
    </message>
    <message>
        <source>no days yet</source>
        <translation>nog geen dagen</translation>
    </message>
    <message>
        <source>{0}: no days yet.</source>
        <translation>{0}: nog geen dagen.</translation>
    </message>
    <message>
        <source>in a row · best {0}</source>
        <translation>op rij · record {0}</translation>
    </message>
    <message>
        <source>{0}: met {1} in a row, best {2}.</source>
        <translation>{0}: {1} op rij gehaald, record {2}.</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>geen herinneringen</translation>
    </message>
    <message>
        <source>{0}: no reminders in the last {1}.</source>
        <translation>{0}: geen herinneringen in de afgelopen {1}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} van {1} gedaan</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln reminders done in the last {2}, {3}.</source>
        <translation>
            <numerusform>{0}: {1} van %Ln herinnering gedaan in de afgelopen {2}, {3}.</numerusform>
            <numerusform>{0}: {1} van %Ln herinneringen gedaan in de afgelopen {2}, {3}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <source>Sitting and moving, the last 7 days</source>
        <translation>Zitten en bewegen, de afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>The log cannot be written now.</source>
        <translation>Er kan nu niet in het logboek worden geschreven.</translation>
    </message>
</context>
<context>
    <name>StatsDataBar</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>Back-up &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation>Mijn gegevens &amp;wissen…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>JSON-back-up (*.json)</translation>
    </message>
    <message>
        <source>Export your Unclench history</source>
        <translation>Je Unclench-geschiedenis exporteren</translation>
    </message>
    <message>
        <source>Import an Unclench backup</source>
        <translation>Een Unclench-back-up importeren</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Mijn gegevens wissen</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Mijn gegevens bewaren</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Unclench statistics</source>
        <translation>Statistieken van Unclench</translation>
    </message>
    <message>
        <source>A streak counts the days Unclench logged that goal. Days it did not run, such as weekends off, are skipped: they neither add to a streak nor break it. Today counts once its goal is met.</source>
        <translation>Een reeks telt de dagen waarop Unclench dat doel heeft vastgelegd. Dagen waarop het niet draaide, zoals vrije weekenden, worden overgeslagen: ze verlengen een reeks niet en breken hem ook niet. Vandaag telt zodra het doel gehaald is.</translation>
    </message>
    <message>
        <source>&amp;Rate my tension now</source>
        <translation>&amp;Spanning nu doorgeven</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} dagen</translation>
    </message>
    <message>
        <source>Show the last {0} days</source>
        <translation>De laatste {0} dagen tonen</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>genomen</translation>
    </message>
    <message>
        <source>skipped or missed</source>
        <translation>overgeslagen of gemist</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>gemiddelde score</translation>
    </message>
    <message>
        <source>Your own comparison</source>
        <translation>Je eigen vergelijking</translation>
    </message>
    <message>
        <source>Show the numbers as ta&amp;bles</source>
        <translation>Cijfers als &amp;tabellen tonen</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Alle cijfers</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Vandaag, {0}</translation>
    </message>
    <message>
        <source>goal {0}</source>
        <translation>doel {0}</translation>
    </message>
    <message>
        <source>Breaks per day, last {0} days</source>
        <translation>Pauzes per dag, laatste {0} dagen</translation>
    </message>
    <message>
        <source>Water per day, last {0} days</source>
        <translation>Water per dag, laatste {0} dagen</translation>
    </message>
    <message>
        <source>Average tension per day (0–10), last {0} days</source>
        <translation>Gemiddelde spanning per dag (0–10), laatste {0} dagen</translation>
    </message>
    <message>
        <source>Streaks, and follow-through in the last {0} days</source>
        <translation>Reeksen, en wat je deed in de laatste {0} dagen</translation>
    </message>
    <message>
        <source>Hide the ta&amp;bles</source>
        <translation>&amp;Tabellen verbergen</translation>
    </message>
</context>
<context>
    <name>StressRating</name>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Skip the rating</source>
        <translation>Score overslaan</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Unclench cannot sync while its log is kept in memory only.</source>
        <translation>Unclench kan niet synchroniseren zolang het logboek alleen in het geheugen staat.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Unclench writes only its own files into the folder you pick; your sync program (Syncthing, Nextcloud, Dropbox, ...) carries them to your other computers.</source>
        <translation>Unclench schrijft alleen zijn eigen bestanden in de map die je kiest; je synchronisatieprogramma (Syncthing, Nextcloud, Dropbox, ...) brengt ze naar je andere computers.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Naam van deze computer</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Naam van deze computer</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synchronisatiemap</translation>
    </message>
    <message>
        <source>&amp;Choose a folder...</source>
        <translation>Map &amp;kiezen...</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>Synchroniseren s&amp;toppen</translation>
    </message>
    <message>
        <source>Computers and when each last wrote:</source>
        <translation>Computers en wanneer elk voor het laatst heeft geschreven:</translation>
    </message>
    <message>
        <source>Computers and when each last wrote</source>
        <translation>Computers en wanneer elk voor het laatst heeft geschreven</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Synchroniseert niet</translation>
    </message>
    <message>
        <source>&amp;Choose another folder...</source>
        <translation>Andere map &amp;kiezen...</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (deze computer)</translation>
    </message>
    <message>
        <source>{0}: last wrote {1}</source>
        <translation>{0}: laatst geschreven {1}</translation>
    </message>
    <message>
        <source>The folder is not there now; Unclench catches up when it is back.</source>
        <translation>De map is er nu niet; Unclench haalt alles in zodra hij er weer is.</translation>
    </message>
</context>
<context>
    <name>TensionCheckin</name>
    <message>
        <source>Tension check-in</source>
        <translation>Hoe gespannen ben je?</translation>
    </message>
    <message>
        <source>How tense do your neck, shoulders and back feel right now?</source>
        <translation>Hoe gespannen voelen je nek, schouders en rug op dit moment?</translation>
    </message>
    <message>
        <source>Where, if one place stands out? (optional)</source>
        <translation>Waar, als één plek opvalt? (optioneel)</translation>
    </message>
    <message>
        <source>Mostly in the {0}</source>
        <extracomment>Screen readers only. {0} is a body region (&quot;neck&quot;, &quot;upper back&quot;): word it to fit each.</extracomment>
        <translation>Vooral: {0}</translation>
    </message>
    <message>
        <source>One tap is all it takes.</source>
        <translation>Eén klik is genoeg.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nu niet</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Vraag overslaan</translation>
    </message>
</context>
<context>
    <name>TimingSources</name>
    <message>
        <source>Away detection</source>
        <translation>Afwezigheid herkennen</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Niet storen</translation>
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
        <translation>{0} over {1} s</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Remind me anyway</source>
        <translation>Toch herinneren</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Nu ademen</translation>
    </message>
    <message>
        <source>Take a stretch break now</source>
        <translation>Nu een rekpauze nemen</translation>
    </message>
    <message>
        <source>Not now: postpone the coming break</source>
        <translation>Nu niet: de volgende pauze uitstellen</translation>
    </message>
    <message>
        <source>Make up a break</source>
        <translation>Een pauze inhalen</translation>
    </message>
    <message>
        <source>Guided routines</source>
        <translation>Begeleide routines</translation>
    </message>
    <message>
        <source>Water today</source>
        <translation>Water vandaag</translation>
    </message>
    <message>
        <source>Log a glass of water</source>
        <translation>Een glas water noteren</translation>
    </message>
    <message>
        <source>Drank a bottle</source>
        <translation>Een fles gedronken</translation>
    </message>
    <message>
        <source>Other amount…</source>
        <translation>Andere hoeveelheid…</translation>
    </message>
    <message>
        <source>Undo the last entry</source>
        <translation>Laatste invoer ongedaan maken</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>2 uur</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Tot ik hervat</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Vergadermodus</translation>
    </message>
    <message>
        <source>Until I end it</source>
        <translation>Tot ik hem beëindig</translation>
    </message>
    <message>
        <source>End meeting mode</source>
        <translation>Vergadermodus beëindigen</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistieken…</translation>
    </message>
    <message>
        <source>How tense am I right now?</source>
        <translation>Hoe gespannen ben ik nu?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Waarom dit helpt</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wanneer je hulp moet zoeken</translation>
    </message>
    <message>
        <source>Import a routine…</source>
        <translation>Een routine importeren…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Quit Unclench</source>
        <translation>Unclench afsluiten</translation>
    </message>
    <message>
        <source>Make up a break ({0} owed)</source>
        <translation>Een pauze inhalen ({0} open)</translation>
    </message>
    <message>
        <source>Skips left today: {0}</source>
        <translation>Vandaag nog {0} keer overslaan</translation>
    </message>
    <message>
        <source>{0} is not a call</source>
        <extracomment>The app holding reminders as a call does not make calls (a recorder, a tuner).</extracomment>
        <translation>{0} is geen gesprek</translation>
    </message>
    <message>
        <source>Water today: {0} of {1} ml</source>
        <translation>Water vandaag: {0} van {1} ml</translation>
    </message>
    <message>
        <source>Log a glass of water ({0} ml)</source>
        <translation>Een glas water noteren ({0} ml)</translation>
    </message>
    <message>
        <source>Drank a bottle ({0} ml)</source>
        <translation>Een fles gedronken ({0} ml)</translation>
    </message>
    <message>
        <source>Remove an imported routine</source>
        <translation>Een geïmporteerde routine verwijderen</translation>
    </message>
</context>
<context>
    <name>WaterAmountDialog</name>
    <message>
        <source>How much did you drink?</source>
        <translation>Hoeveel heb je gedronken?</translation>
    </message>
    <message>
        <source>Amount in ml</source>
        <translation>Hoeveelheid in ml</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Type an amount between {0} and {1} ml.</source>
        <extracomment>Shown under the water amount when the number typed is outside the allowed range.</extracomment>
        <translation>Typ een hoeveelheid tussen {0} en {1} ml.</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Noteren</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why this helps — Unclench</source>
        <translation>Waarom dit helpt — Unclench</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Waarom dit helpt</translation>
    </message>
    <message>
        <source>What Unclench asks of you, what research says about it, and how sure that is. Where the evidence is thin or says less than common advice, this page says so.</source>
        <translation>Waar Unclench je om vraagt, wat onderzoek daarover zegt en hoe zeker dat is. Waar het bewijs dun is of minder zegt dan gangbaar advies, zegt deze pagina dat ook.</translation>
    </message>
    <message>
        <source>Strong: consistent results from good studies. Moderate: a real effect that is small or less certain. Weak: little, low-quality or indirect evidence. Mixed: good studies disagree.</source>
        <translation>Sterk: consistente resultaten uit goede studies. Gematigd: een echt effect dat klein of minder zeker is. Zwak: weinig, zwak of indirect bewijs. Wisselend: goede studies spreken elkaar tegen.</translation>
    </message>
    <message>
        <source>Unclench does not diagnose or treat anything. If pain is severe, keeps getting worse, spreads down a leg or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Unclench stelt geen diagnoses en behandelt niets. Als pijn hevig is, steeds erger wordt, naar een been uitstraalt of samengaat met een doof gevoel of zwakte, ga dan naar een arts of fysiotherapeut.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Wanneer je &amp;hulp moet zoeken</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wanneer je hulp moet zoeken</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Evidence: strong</source>
        <translation>Bewijs: sterk</translation>
    </message>
    <message>
        <source>Evidence: moderate</source>
        <translation>Bewijs: gematigd</translation>
    </message>
    <message>
        <source>Evidence: weak</source>
        <translation>Bewijs: zwak</translation>
    </message>
    <message>
        <source>Evidence: mixed</source>
        <translation>Bewijs: wisselend</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>The notes on why this helps could not be read: {0}</source>
        <translation>De uitleg waarom dit helpt kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>No system tray was found, so Unclench shows this small window instead. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Er is geen systeemvak gevonden, dus Unclench toont in plaats daarvan dit kleine venster. In GNOME voegt de extensie AppIndicator een systeemvak toe.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>Starten bij het inloggen kon niet worden aangepast: {0}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>meeting mode</source>
        <translation>vergadermodus</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>een gesprek</translation>
    </message>
    <message>
        <source>an event in your calendar</source>
        <translation>een afspraak in je agenda</translation>
    </message>
    <message>
        <source>an app rule</source>
        <translation>een app-regel</translation>
    </message>
    <message>
        <source>a fullscreen window</source>
        <translation>een venster op volledig scherm</translation>
    </message>
    <message>
        <source>a presentation</source>
        <translation>een presentatie</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>niet storen</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>het scherm is vergrendeld</translation>
    </message>
    <message>
        <source>you are typing</source>
        <translation>je bent aan het typen</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>microfoon</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <extracomment>What holds a call: &quot;microphone in Firefox&quot;.</extracomment>
        <translation>{0} in {1}</translation>
    </message>
    <message>
        <source>a call ({0}) ended, next try at {1}</source>
        <extracomment>A call just ended; the reminder comes after a short grace.</extracomment>
        <translation>een gesprek ({0}) is afgelopen, volgende poging om {1}</translation>
    </message>
    <message>
        <source>a call ({0}) since {1}, next try when it ends</source>
        <extracomment>&quot;a call (microphone in Firefox) since 10:02, next try when it ends&quot;.</extracomment>
        <translation>een gesprek ({0}) sinds {1}, volgende poging als het afgelopen is</translation>
    </message>
    <message>
        <source>{0} in your calendar until {1}</source>
        <extracomment>&quot;Weekly sync in your calendar until 11:00&quot;.</extracomment>
        <translation>{0} in je agenda tot {1}</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>een afspraak</translation>
    </message>
    <message>
        <source>{0} is open</source>
        <extracomment>An app rule holds reminders: &quot;zoom is open&quot;.</extracomment>
        <translation>{0} is geopend</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>over {0} min</translation>
    </message>
    <message>
        <source>in {0} h {1} min</source>
        <translation>over {0} u {1} min</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>over {0} u</translation>
    </message>
    <message>
        <source>{0} is waiting for you</source>
        <translation>{0} wacht op je</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Gepauzeerd tot je hervat</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Gepauzeerd tot {0}</translation>
    </message>
    <message>
        <source>Meeting mode: reminders wait until you end it</source>
        <translation>Vergadermodus: herinneringen wachten tot je hem beëindigt</translation>
    </message>
    <message>
        <source>Meeting mode until {0}: reminders wait</source>
        <translation>Vergadermodus tot {0}: herinneringen wachten</translation>
    </message>
    <message>
        <source>{0} held: {1}</source>
        <translation>{0} wacht: {1}</translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <extracomment>A held reminder comes anyway, quietly, at this time: &quot;... held: a fullscreen window, until 14:50&quot;.</extracomment>
        <translation>{0}, tot {1}</translation>
    </message>
    <message>
        <source>Outside working hours; reminders resume {0}</source>
        <translation>Buiten werktijd; herinneringen komen weer {0}</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Alle herinneringen staan uit</translation>
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
        <translation>Bronnen</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose the folder your sync program carries</source>
        <translation>Kies de map die je synchronisatieprogramma synchroniseert</translation>
    </message>
</context>
</TS>

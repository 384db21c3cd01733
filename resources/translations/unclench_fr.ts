<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Unclench could not change its log: {0}</source>
        <translation>Unclench n&apos;a pas pu modifier son journal&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>BreakCoordinator</name>
    <message numerus="yes">
        <source>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</source>
        <translation>
            <numerusform>Un moment calme pour rattraper une pause manquée (%n en retard)&#xa0;: «&#xa0;Rattraper une pause&#xa0;», dans le menu.</numerusform>
            <numerusform>Un moment calme pour rattraper une pause manquée (%n en retard)&#xa0;: «&#xa0;Rattraper une pause&#xa0;», dans le menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Unclench break</source>
        <translation>Pause Unclench</translation>
    </message>
    <message>
        <source>Making up an earlier break</source>
        <translation>Rattrapage d&apos;une pause précédente</translation>
    </message>
    <message>
        <source>&amp;Done early (Enter)</source>
        <translation>J&apos;ai &amp;fini (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Postpone {0} min</source>
        <translation>&amp;Reporter de {0} min</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>P&amp;asser</translation>
    </message>
    <message>
        <source>In an emergency, hold Esc for {0} seconds.</source>
        <translation>En cas d&apos;urgence, maintenez Échap enfoncée {0} secondes.</translation>
    </message>
    <message>
        <source>{0} min {1} s left</source>
        <translation>Encore {0} min {1} s</translation>
    </message>
</context>
<context>
    <name>BreakSettingsPage</name>
    <message>
        <source>Break screen</source>
        <translation>Écran de pause</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the movement break</source>
        <translation>Durée de la pause mouvement</translation>
    </message>
    <message>
        <source>Show the movement break on the break screen</source>
        <translation>Afficher la pause mouvement sur l&apos;écran de pause</translation>
    </message>
    <message>
        <source>Show the stretch break on the break screen</source>
        <translation>Afficher la pause étirements sur l&apos;écran de pause</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>A large window</source>
        <translation>Une grande fenêtre</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation>Tous les écrans</translation>
    </message>
    <message>
        <source>The one with the pointer</source>
        <translation>Celui où se trouve le pointeur</translation>
    </message>
    <message>
        <source>Heads-up before a break</source>
        <translation>Avertissement avant une pause</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before (0: none)</source>
        <translation>Secondes avant (0&#xa0;: aucun)</translation>
    </message>
    <message>
        <source>A glowing edge around the screen</source>
        <translation>Un bord lumineux autour de l&apos;écran</translation>
    </message>
    <message>
        <source>A soft tone only</source>
        <translation>Seulement un son doux</translation>
    </message>
    <message>
        <source>Strict mode and skips</source>
        <translation>Mode strict et pauses sautées</translation>
    </message>
    <message>
        <source>Strict movement break (hold Esc {0} s to leave)</source>
        <translation>Pause mouvement stricte (maintenez Échap {0} s pour quitter)</translation>
    </message>
    <message>
        <source>Strict stretch break</source>
        <translation>Pause étirements stricte</translation>
    </message>
    <message>
        <source>Postpones a day in strict mode</source>
        <translation>Reports par jour en mode strict</translation>
    </message>
    <message>
        <source>Limit skips</source>
        <translation>Limiter les pauses sautées</translation>
    </message>
    <message>
        <source>Skips a day</source>
        <translation>Pauses sautées par jour</translation>
    </message>
    <message>
        <source>Offer to make up a missed break</source>
        <translation>Proposer de rattraper une pause manquée</translation>
    </message>
</context>
<context>
    <name>BreathingActions</name>
    <message>
        <source>There is no breathing pattern called &apos;{0}&apos;. Patterns: {1}</source>
        <translation>Il n&apos;existe aucun rythme respiratoire nommé «&#xa0;{0}&#xa0;». Rythmes&#xa0;: {1}</translation>
    </message>
    <message>
        <source>A breathing session lasts 1 to 10 minutes.</source>
        <translation>Une séance de respiration dure de 1 à 10 minutes.</translation>
    </message>
</context>
<context>
    <name>BreathingExtras</name>
    <message>
        <source>Breathing options</source>
        <translation>Options de respiration</translation>
    </message>
    <message>
        <source>Some pattern files were skipped:</source>
        <translation>Certains fichiers de rythmes ont été ignorés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <source>Reduce motion: a still circle that changes colour</source>
        <translation>Moins d&apos;animation&#xa0;: un cercle immobile qui change de couleur</translation>
    </message>
    <message>
        <source>Your system asks for less motion, so the circle stays still either way.</source>
        <translation>Votre système demande moins d&apos;animations, le cercle reste donc immobile de toute façon.</translation>
    </message>
    <message>
        <source>Soft sound when the phase changes</source>
        <translation>Son doux au changement de phase</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Annoncer les phases à voix haute</translation>
    </message>
    <message>
        <source>Ask how tense I feel, before and after</source>
        <translation>Me demander mon niveau de tension, avant et après</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guide de respiration</translation>
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
        <translation>Tension {0} → {1}</translation>
    </message>
    <message>
        <source>Breathe &amp;again</source>
        <translation>Respirer &amp;encore</translation>
    </message>
    <message>
        <source>Start another breathing session</source>
        <translation>Commencer une autre séance de respiration</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the breathing window</source>
        <translation>Fermer la fenêtre de respiration</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bravo.</translation>
    </message>
    <message>
        <source>Stopped. Every slow breath counts.</source>
        <translation>Arrêté. Chaque respiration lente compte.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <source>Breathe – Unclench</source>
        <translation>Respirer – Unclench</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>Quel est votre niveau de tension en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>And how tense do you feel now?</source>
        <translation>Et quel est votre niveau de tension maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CarriedItem</name>
    <message>
        <source>Also due now: {0}</source>
        <translation>Également prévu maintenant&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>J&apos;ai bu &amp;{0} ml</translation>
    </message>
    <message>
        <source>I took a few slow breaths</source>
        <translation>J&apos;ai pris quelques respirations lentes</translation>
    </message>
    <message>
        <source>I did a short stretch</source>
        <translation>J&apos;ai fait un court étirement</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <source>Tension and breaks</source>
        <translation>Tension et pauses</translation>
    </message>
    <message>
        <source>Breathing, before and after</source>
        <translation>Respiration, avant et après</translation>
    </message>
    <message>
        <source>Days with {0}+ breaks</source>
        <translation>Jours avec {0} pauses ou plus</translation>
    </message>
    <message>
        <source>Days with fewer</source>
        <translation>Jours avec moins</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Avant une séance</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>ComputerFilter</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Tous les ordinateurs</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Slow belly breaths</source>
        <extracomment>exercise belly-breath: name</extracomment>
        <translation>Respiration abdominale lente</translation>
    </message>
    <message>
        <source>Rest a hand on your belly. Breathe in through your nose so your belly rises under your hand, then breathe out slowly, a little longer than the breath in. Let your shoulders stay still.</source>
        <extracomment>exercise belly-breath: instruction</extracomment>
        <translation>Posez une main sur votre ventre. Inspirez par le nez pour que le ventre se soulève sous votre main, puis expirez lentement, un peu plus longtemps que l&apos;inspiration. Laissez les épaules immobiles.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <extracomment>exercise chest-opener: name</extracomment>
        <translation>Ouverture de la poitrine</translation>
    </message>
    <message>
        <source>Stand or sit tall. Link your hands behind you, or hold the sides of the seat, then lift your chest and let your shoulders open wide. Keep your chin level and your breath easy.</source>
        <extracomment>exercise chest-opener: instruction</extracomment>
        <translation>Tenez-vous bien droit, debout ou sur votre chaise. Croisez les mains derrière vous ou tenez les côtés du siège, puis soulevez la poitrine et laissez les épaules s&apos;ouvrir largement. Gardez le menton à l&apos;horizontale et la respiration calme.</translation>
    </message>
    <message>
        <source>Chin tucks</source>
        <extracomment>exercise chin-tuck: name</extracomment>
        <translation>Rentrer le menton</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead. Glide your chin straight back, as if making a small double chin, without tipping your head down. Hold softly, then let it drift forward again.</source>
        <extracomment>exercise chin-tuck: instruction</extracomment>
        <translation>Asseyez-vous bien droit et regardez devant vous. Reculez le menton en ligne droite, comme pour faire un petit double menton, sans baisser la tête. Tenez en douceur, puis laissez-le revenir vers l&apos;avant.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <extracomment>exercise hip-flexor-stretch: name</extracomment>
        <translation>Étirement des fléchisseurs de hanche</translation>
    </message>
    <message>
        <source>Stand in a short stride with a hand on the desk for balance. Bend the front knee a little and tuck your tailbone under until you feel a stretch at the front of the back hip. Keep your body upright.</source>
        <extracomment>exercise hip-flexor-stretch: instruction</extracomment>
        <translation>Debout, faites un petit pas en avant, une main sur le bureau pour l&apos;équilibre. Fléchissez un peu le genou avant et basculez le bassin en rentrant le coccyx jusqu&apos;à sentir un étirement à l&apos;avant de la hanche arrière. Gardez le buste droit.</translation>
    </message>
    <message>
        <source>Unclench your jaw</source>
        <extracomment>exercise jaw-release: name</extracomment>
        <translation>Desserrer la mâchoire</translation>
    </message>
    <message>
        <source>Let your teeth part and your tongue rest behind your lower front teeth, lips softly together. Circle your fingertips slowly over the muscles just in front of your ears.</source>
        <extracomment>exercise jaw-release: instruction</extracomment>
        <translation>Laissez les dents se séparer et la langue reposer derrière les dents du bas, les lèvres doucement jointes. Faites de lents cercles du bout des doigts sur les muscles situés juste devant les oreilles.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <extracomment>exercise neck-side-stretch: name</extracomment>
        <translation>Étirement latéral du cou</translation>
    </message>
    <message>
        <source>Let both shoulders sink. Slowly tip one ear toward the shoulder on the same side until you feel a mild pull along the other side of your neck. Breathe; no need to press with your hand.</source>
        <extracomment>exercise neck-side-stretch: instruction</extracomment>
        <translation>Laissez descendre les deux épaules. Inclinez lentement une oreille vers l&apos;épaule du même côté jusqu&apos;à sentir une légère tension le long de l&apos;autre côté du cou. Respirez&#xa0;; inutile d&apos;appuyer avec la main.</translation>
    </message>
    <message>
        <source>Slow head turns</source>
        <extracomment>exercise neck-turn: name</extracomment>
        <translation>Rotations lentes de la tête</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders soft. Turn your head slowly to look over one shoulder, only as far as is comfortable. Pause, then turn back through the middle.</source>
        <extracomment>exercise neck-turn: instruction</extracomment>
        <translation>Asseyez-vous bien droit, les épaules détendues. Tournez lentement la tête pour regarder par-dessus une épaule, seulement aussi loin que c&apos;est confortable. Marquez une pause, puis revenez en passant par le centre.</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <extracomment>exercise pmr-arms: name</extracomment>
        <translation>Haut des bras</translation>
    </message>
    <message>
        <source>Bend your elbows and tighten the front of your upper arms, as if showing off your biceps.</source>
        <extracomment>exercise pmr-arms: instruction</extracomment>
        <translation>Pliez les coudes et contractez l&apos;avant du haut des bras, comme pour montrer vos biceps.</translation>
    </message>
    <message>
        <source>Lower your arms and let them rest heavy in your lap. Feel the difference.</source>
        <extracomment>exercise pmr-arms: what to do in the rest after each hold</extracomment>
        <translation>Baissez les bras et laissez-les reposer lourdement sur vos cuisses. Sentez la différence.</translation>
    </message>
    <message>
        <source>Belly</source>
        <extracomment>exercise pmr-belly: name</extracomment>
        <translation>Ventre</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles, as if bracing for a gentle poke.</source>
        <extracomment>exercise pmr-belly: instruction</extracomment>
        <translation>Contractez les muscles du ventre, comme pour vous préparer à une petite pichenette.</translation>
    </message>
    <message>
        <source>Let your belly go soft and round, and let it rise freely as you breathe in.</source>
        <extracomment>exercise pmr-belly: what to do in the rest after each hold</extracomment>
        <translation>Laissez le ventre devenir souple et rond, et se soulever librement quand vous inspirez.</translation>
    </message>
    <message>
        <source>Eyes and jaw</source>
        <extracomment>exercise pmr-face: name</extracomment>
        <translation>Yeux et mâchoire</translation>
    </message>
    <message>
        <source>Close your eyes tightly and press your lips together. If your jaw is sore, keep the teeth apart.</source>
        <extracomment>exercise pmr-face: instruction</extracomment>
        <translation>Fermez les yeux bien fort et pressez les lèvres l&apos;une contre l&apos;autre. Si votre mâchoire est douloureuse, gardez les dents écartées.</translation>
    </message>
    <message>
        <source>Let your face go slack, teeth parted and jaw hanging loose. Breathe out slowly.</source>
        <extracomment>exercise pmr-face: what to do in the rest after each hold</extracomment>
        <translation>Laissez le visage se relâcher, les dents écartées et la mâchoire pendante. Expirez lentement.</translation>
    </message>
    <message>
        <source>Feet and calves</source>
        <extracomment>exercise pmr-feet: name</extracomment>
        <translation>Pieds et mollets</translation>
    </message>
    <message>
        <source>Keep your heels on the floor and pull your toes up toward your shins.</source>
        <extracomment>exercise pmr-feet: instruction</extracomment>
        <translation>Gardez les talons au sol et tirez les orteils vers les tibias.</translation>
    </message>
    <message>
        <source>Let your feet rest flat and loose on the floor. Notice how they feel now.</source>
        <extracomment>exercise pmr-feet: what to do in the rest after each hold</extracomment>
        <translation>Laissez les pieds reposer à plat et détendus sur le sol. Remarquez ce que vous ressentez maintenant.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <extracomment>exercise pmr-forehead: name</extracomment>
        <translation>Front</translation>
    </message>
    <message>
        <source>Raise your eyebrows as high as they go and hold the wrinkles in your forehead.</source>
        <extracomment>exercise pmr-forehead: instruction</extracomment>
        <translation>Levez les sourcils aussi haut que possible et gardez les rides du front.</translation>
    </message>
    <message>
        <source>Let your brow fall smooth. Notice the forehead relax.</source>
        <extracomment>exercise pmr-forehead: what to do in the rest after each hold</extracomment>
        <translation>Laissez le front redevenir lisse. Sentez-le se détendre.</translation>
    </message>
    <message>
        <source>Hands and forearms</source>
        <extracomment>exercise pmr-hands: name</extracomment>
        <translation>Mains et avant-bras</translation>
    </message>
    <message>
        <source>Curl both hands into fists and squeeze firmly, without straining. Notice the tightness.</source>
        <extracomment>exercise pmr-hands: instruction</extracomment>
        <translation>Serrez les deux poings fermement, sans forcer. Remarquez la tension.</translation>
    </message>
    <message>
        <source>Open your hands and let your fingers fall loose. Notice the warmth and heaviness.</source>
        <extracomment>exercise pmr-hands: what to do in the rest after each hold</extracomment>
        <translation>Ouvrez les mains et laissez les doigts se relâcher. Remarquez la chaleur et la lourdeur.</translation>
    </message>
    <message>
        <source>Thighs</source>
        <extracomment>exercise pmr-legs: name</extracomment>
        <translation>Cuisses</translation>
    </message>
    <message>
        <source>Press your knees together and tighten your thighs.</source>
        <extracomment>exercise pmr-legs: instruction</extracomment>
        <translation>Serrez les genoux l&apos;un contre l&apos;autre et contractez les cuisses.</translation>
    </message>
    <message>
        <source>Let your legs fall slightly apart and rest heavy on the chair.</source>
        <extracomment>exercise pmr-legs: what to do in the rest after each hold</extracomment>
        <translation>Laissez les jambes s&apos;écarter légèrement et reposer lourdement sur la chaise.</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <extracomment>exercise pmr-shoulders: name</extracomment>
        <translation>Épaules</translation>
    </message>
    <message>
        <source>Pull your shoulders up toward your ears and hold them there.</source>
        <extracomment>exercise pmr-shoulders: instruction</extracomment>
        <translation>Remontez les épaules vers les oreilles et tenez-les là.</translation>
    </message>
    <message>
        <source>Let your shoulders drop all the way down. Feel the weight sink out of them.</source>
        <extracomment>exercise pmr-shoulders: what to do in the rest after each hold</extracomment>
        <translation>Laissez les épaules retomber complètement. Sentez le poids les quitter.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <extracomment>exercise pmr-upper-back: name</extracomment>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together and hold, keeping your neck relaxed.</source>
        <extracomment>exercise pmr-upper-back: instruction</extracomment>
        <translation>Serrez les omoplates l&apos;une vers l&apos;autre et tenez, en gardant la nuque détendue.</translation>
    </message>
    <message>
        <source>Release and let your upper back widen and soften against the chair.</source>
        <extracomment>exercise pmr-upper-back: what to do in the rest after each hold</extracomment>
        <translation>Relâchez et laissez le haut du dos s&apos;élargir et s&apos;appuyer tout en souplesse contre la chaise.</translation>
    </message>
    <message>
        <source>Seated cat-cow</source>
        <extracomment>exercise seated-cat-cow: name</extracomment>
        <translation>Chat-vache assis</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back and let your head hang forward. Breathing in, lift your chest and let your lower back arch a little. Flow slowly between the two.</source>
        <extracomment>exercise seated-cat-cow: instruction</extracomment>
        <translation>Posez les mains sur les genoux. En expirant, arrondissez le dos et laissez la tête pencher vers l&apos;avant. En inspirant, soulevez la poitrine et laissez le bas du dos se creuser un peu. Passez lentement de l&apos;un à l&apos;autre.</translation>
    </message>
    <message>
        <source>Seated cat</source>
        <extracomment>exercise seated-cat: name</extracomment>
        <translation>Chat assis</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back like a cat and let your head hang forward.</source>
        <extracomment>exercise seated-cat: instruction</extracomment>
        <translation>Posez les mains sur les genoux. En expirant, arrondissez le dos comme un chat et laissez la tête pencher vers l&apos;avant.</translation>
    </message>
    <message>
        <source>Seated cow</source>
        <extracomment>exercise seated-cow: name</extracomment>
        <translation>Vache assise</translation>
    </message>
    <message>
        <source>Breathing in, lift your chest and let your lower back arch a little. Look ahead, not up.</source>
        <extracomment>exercise seated-cow: instruction</extracomment>
        <translation>En inspirant, soulevez la poitrine et laissez le bas du dos se creuser un peu. Regardez devant vous, pas vers le haut.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <extracomment>exercise seated-twist: name</extracomment>
        <translation>Torsion assise</translation>
    </message>
    <message>
        <source>Sit tall with both feet on the floor. Turn your chest toward one side, one hand on the opposite knee and the other on the chair back. Grow tall as you breathe in; turn back slowly.</source>
        <extracomment>exercise seated-twist: instruction</extracomment>
        <translation>Asseyez-vous bien droit, les deux pieds au sol. Tournez le buste d&apos;un côté, une main sur le genou opposé et l&apos;autre sur le dossier. Grandissez-vous en inspirant&#xa0;; revenez lentement.</translation>
    </message>
    <message>
        <source>Short walk</source>
        <extracomment>exercise short-walk: name</extracomment>
        <translation>Petite marche</translation>
    </message>
    <message>
        <source>Stand up and walk about: to a window, the kitchen or along the corridor. Let your arms swing and your shoulders loosen. Fetching a glass of water counts.</source>
        <extracomment>exercise short-walk: instruction</extracomment>
        <translation>Levez-vous et marchez un peu&#xa0;: jusqu&apos;à une fenêtre, la cuisine ou le long du couloir. Laissez les bras se balancer et les épaules se détendre. Aller chercher un verre d&apos;eau compte aussi.</translation>
    </message>
    <message>
        <source>Shoulder-blade squeeze</source>
        <extracomment>exercise shoulder-blade-squeeze: name</extracomment>
        <translation>Serrer les omoplates</translation>
    </message>
    <message>
        <source>Sit upright with your arms loose. Draw your shoulder blades back and a little down, as if sliding them into your back pockets. Hold lightly, then let go.</source>
        <extracomment>exercise shoulder-blade-squeeze: instruction</extracomment>
        <translation>Asseyez-vous droit, les bras détendus. Ramenez les omoplates vers l&apos;arrière et un peu vers le bas, comme pour les glisser dans vos poches arrière. Tenez légèrement, puis relâchez.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <extracomment>exercise shoulder-rolls: name</extracomment>
        <translation>Rotations des épaules</translation>
    </message>
    <message>
        <source>Lift your shoulders toward your ears, draw them back, then let them drop. Keep the circles slow and round, rolling backwards.</source>
        <extracomment>exercise shoulder-rolls: instruction</extracomment>
        <translation>Montez les épaules vers les oreilles, ramenez-les vers l&apos;arrière, puis laissez-les redescendre. Faites des cercles lents et ronds, vers l&apos;arrière.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <extracomment>exercise standing-back-extension: name</extracomment>
        <translation>Extension du dos debout</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and your palms on your lower back. Lean back gently from the hips, only as far as feels comfortable, then come back up to standing.</source>
        <extracomment>exercise standing-back-extension: instruction</extracomment>
        <translation>Debout, pieds écartés à la largeur des hanches, posez les paumes sur le bas du dos. Penchez-vous doucement en arrière depuis les hanches, seulement aussi loin que c&apos;est confortable, puis redressez-vous.</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <extracomment>exercise standing-side-bend: name</extracomment>
        <translation>Inclinaison latérale debout</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart. Reach one arm up and over your head and lean gently the other way, keeping your hips steady. Breathe into your side, then return to the middle.</source>
        <extracomment>exercise standing-side-bend: instruction</extracomment>
        <translation>Tenez-vous droit, pieds écartés à la largeur des hanches. Levez un bras au-dessus de la tête et penchez-vous doucement de l&apos;autre côté, les hanches stables. Respirez dans votre flanc, puis revenez au centre.</translation>
    </message>
    <message>
        <source>Upper-back reach</source>
        <extracomment>exercise upper-back-reach: name</extracomment>
        <translation>Étirement du haut du dos</translation>
    </message>
    <message>
        <source>Link your fingers and push your palms away at shoulder height. Round your upper back and let your head drop a little, as if hugging a large ball. Feel the space between your shoulder blades widen.</source>
        <extracomment>exercise upper-back-reach: instruction</extracomment>
        <translation>Entrecroisez les doigts et poussez les paumes devant vous à hauteur d&apos;épaules. Arrondissez le haut du dos et laissez la tête descendre un peu, comme pour serrer un gros ballon dans vos bras. Sentez l&apos;espace entre les omoplates s&apos;élargir.</translation>
    </message>
    <message>
        <source>Forearm and wrist stretch</source>
        <extracomment>exercise wrist-stretch: name</extracomment>
        <translation>Étirement de l&apos;avant-bras et du poignet</translation>
    </message>
    <message>
        <source>Hold one arm out in front, palm up and elbow soft. With the other hand, ease the fingers down and back until the inside of the forearm feels a gentle stretch.</source>
        <extracomment>exercise wrist-stretch: instruction</extracomment>
        <translation>Tendez un bras devant vous, paume vers le haut et coude souple. Avec l&apos;autre main, amenez doucement les doigts vers le bas et vers l&apos;arrière jusqu&apos;à sentir un léger étirement à l&apos;intérieur de l&apos;avant-bras.</translation>
    </message>
    <message>
        <source>Hands, chest and jaw minute</source>
        <extracomment>routine micro-hands: name</extracomment>
        <translation>Une minute pour les mains, la poitrine et la mâchoire</translation>
    </message>
    <message>
        <source>A one-minute break for keyboard hands, a closed chest and a clenched jaw.</source>
        <extracomment>routine micro-hands: description</extracomment>
        <translation>Une pause d&apos;une minute pour des mains sur le clavier, une poitrine repliée et une mâchoire serrée.</translation>
    </message>
    <message>
        <source>Neck and shoulders minute</source>
        <extracomment>routine micro-neck: name</extracomment>
        <translation>Une minute pour la nuque et les épaules</translation>
    </message>
    <message>
        <source>A one-minute reset for a stiff neck and raised shoulders.</source>
        <extracomment>routine micro-neck: description</extracomment>
        <translation>Une minute pour relâcher une nuque raide et des épaules remontées.</translation>
    </message>
    <message>
        <source>Stand-up minute</source>
        <extracomment>routine micro-stand: name</extracomment>
        <translation>Une minute debout</translation>
    </message>
    <message>
        <source>Out of the chair for a minute: lean back, reach, walk.</source>
        <extracomment>routine micro-stand: description</extracomment>
        <translation>Une minute hors de la chaise&#xa0;: se pencher en arrière, s&apos;étirer, marcher.</translation>
    </message>
    <message>
        <source>Back and spine minute</source>
        <extracomment>routine micro-back: name</extracomment>
        <translation>Une minute pour le dos</translation>
    </message>
    <message>
        <source>A one-minute break that moves the spine after a long sit.</source>
        <extracomment>routine micro-back: description</extracomment>
        <translation>Une pause d&apos;une minute qui fait bouger la colonne après une longue période assise.</translation>
    </message>
    <message>
        <source>Neck and shoulder release</source>
        <extracomment>routine neck-release: name</extracomment>
        <translation>Détente de la nuque et des épaules</translation>
    </message>
    <message>
        <source>About three minutes to loosen the neck, shoulders and jaw where many people hold tension.</source>
        <extracomment>routine neck-release: description</extracomment>
        <translation>Environ trois minutes pour dénouer la nuque, les épaules et la mâchoire, là où beaucoup de gens accumulent les tensions.</translation>
    </message>
    <message>
        <source>Back reset</source>
        <extracomment>routine back-reset: name</extracomment>
        <translation>Réveil du dos</translation>
    </message>
    <message>
        <source>About five minutes of gentle moves for the whole back, seated and standing, ending with a short walk.</source>
        <extracomment>routine back-reset: description</extracomment>
        <translation>Environ cinq minutes de mouvements doux pour tout le dos, assis puis debout, pour finir par une petite marche.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>routine muscle-relaxation: name</extracomment>
        <translation>Relaxation musculaire progressive</translation>
    </message>
    <message>
        <source>About five minutes, group by group: tense a muscle group for five seconds, then let it go for ten and notice the difference. Tense firmly but never to the point of pain.</source>
        <extracomment>routine muscle-relaxation: description</extracomment>
        <translation>Environ cinq minutes, groupe par groupe&#xa0;: contractez un groupe de muscles pendant cinq secondes, relâchez-le pendant dix et remarquez la différence. Contractez fermement, mais jamais jusqu&apos;à la douleur.</translation>
    </message>
    <message>
        <source>Feet flat on the floor (or a footrest)</source>
        <extracomment>posture checklist feet-flat: the thing to check (short)</extracomment>
        <translation>Pieds à plat au sol (ou sur un repose-pieds)</translation>
    </message>
    <message>
        <source>Knees roughly level with your hips, not tucked under the chair.</source>
        <extracomment>posture checklist feet-flat: how, in one sentence</extracomment>
        <translation>Genoux à peu près à hauteur des hanches, pas repliés sous la chaise.</translation>
    </message>
    <message>
        <source>Back resting against the chair</source>
        <extracomment>posture checklist back-supported: the thing to check (short)</extracomment>
        <translation>Dos appuyé contre la chaise</translation>
    </message>
    <message>
        <source>Sit all the way back so the backrest carries the curve of your lower back.</source>
        <extracomment>posture checklist back-supported: how, in one sentence</extracomment>
        <translation>Asseyez-vous bien au fond pour que le dossier soutienne la courbe du bas du dos.</translation>
    </message>
    <message>
        <source>Shoulders down and loose</source>
        <extracomment>posture checklist shoulders-loose: the thing to check (short)</extracomment>
        <translation>Épaules basses et détendues</translation>
    </message>
    <message>
        <source>Let them drop away from your ears; they often creep up when you concentrate.</source>
        <extracomment>posture checklist shoulders-loose: how, in one sentence</extracomment>
        <translation>Laissez-les s&apos;éloigner des oreilles&#xa0;; elles remontent souvent quand on se concentre.</translation>
    </message>
    <message>
        <source>Jaw unclenched</source>
        <extracomment>posture checklist jaw-unclenched: the thing to check (short)</extracomment>
        <translation>Mâchoire desserrée</translation>
    </message>
    <message>
        <source>Teeth apart, lips lightly together, tongue resting.</source>
        <extracomment>posture checklist jaw-unclenched: how, in one sentence</extracomment>
        <translation>Dents écartées, lèvres doucement jointes, langue au repos.</translation>
    </message>
    <message>
        <source>Top of the screen near eye level</source>
        <extracomment>posture checklist screen-height: the thing to check (short)</extracomment>
        <translation>Haut de l&apos;écran à peu près à hauteur des yeux</translation>
    </message>
    <message>
        <source>About an arm&apos;s length away, so your head is not tipped down or pushed forward.</source>
        <extracomment>posture checklist screen-height: how, in one sentence</extracomment>
        <translation>À environ une longueur de bras, pour que la tête ne penche pas vers le bas et ne s&apos;avance pas.</translation>
    </message>
    <message>
        <source>Elbows bent at about 90°</source>
        <extracomment>posture checklist elbows-90: the thing to check (short)</extracomment>
        <translation>Coudes pliés à environ 90°</translation>
    </message>
    <message>
        <source>Forearms roughly level with the desk, wrists straight and floating.</source>
        <extracomment>posture checklist elbows-90: how, in one sentence</extracomment>
        <translation>Avant-bras à peu près au niveau du bureau, poignets droits et libres.</translation>
    </message>
    <message>
        <source>Head balanced over your shoulders</source>
        <extracomment>posture checklist head-over-shoulders: the thing to check (short)</extracomment>
        <translation>Tête en équilibre au-dessus des épaules</translation>
    </message>
    <message>
        <source>Ears above the shoulders rather than in front of them.</source>
        <extracomment>posture checklist head-over-shoulders: how, in one sentence</extracomment>
        <translation>Les oreilles au-dessus des épaules plutôt que devant.</translation>
    </message>
    <message>
        <source>Hands and fingers soft</source>
        <extracomment>posture checklist hands-soft: the thing to check (short)</extracomment>
        <translation>Mains et doigts détendus</translation>
    </message>
    <message>
        <source>No gripping the mouse; let the wrists rest between movements.</source>
        <extracomment>posture checklist hands-soft: how, in one sentence</extracomment>
        <translation>Ne crispez pas la main sur la souris&#xa0;; laissez les poignets se reposer entre deux mouvements.</translation>
    </message>
    <message>
        <source>Belly soft</source>
        <extracomment>posture checklist belly-soft: the thing to check (short)</extracomment>
        <translation>Ventre détendu</translation>
    </message>
    <message>
        <source>Let it move as you breathe instead of holding it in.</source>
        <extracomment>posture checklist belly-soft: how, in one sentence</extracomment>
        <translation>Laissez-le bouger avec la respiration au lieu de le rentrer.</translation>
    </message>
    <message>
        <source>One slow breath out</source>
        <extracomment>posture checklist breath-out: the thing to check (short)</extracomment>
        <translation>Une expiration lente</translation>
    </message>
    <message>
        <source>Breathe out a little longer than you breathed in, and let your shoulders sink with it.</source>
        <extracomment>posture checklist breath-out: how, in one sentence</extracomment>
        <translation>Expirez un peu plus longtemps que vous n&apos;avez inspiré, et laissez les épaules descendre en même temps.</translation>
    </message>
    <message>
        <source>A short walk</source>
        <extracomment>movement break suggestion short-walk: title (short)</extracomment>
        <translation>Une courte marche</translation>
    </message>
    <message>
        <source>Walk for a few minutes: down the corridor, up a flight of stairs or once around the room. An easy pace is enough.</source>
        <extracomment>movement break suggestion short-walk: what to do, one or two sentences</extracomment>
        <translation>Marchez quelques minutes&#xa0;: le long du couloir, en montant un escalier ou en faisant le tour de la pièce. Un rythme tranquille suffit.</translation>
    </message>
    <message>
        <source>Refill your water</source>
        <extracomment>movement break suggestion refill-water: title (short)</extracomment>
        <translation>Refaites le plein d&apos;eau</translation>
    </message>
    <message>
        <source>Walk to the kitchen or the tap and refill your glass or bottle. Drink some if you are thirsty.</source>
        <extracomment>movement break suggestion refill-water: what to do, one or two sentences</extracomment>
        <translation>Allez jusqu&apos;à la cuisine ou au robinet et remplissez votre verre ou votre bouteille. Buvez un peu si vous avez soif.</translation>
    </message>
    <message>
        <source>Loosen your shoulders</source>
        <extracomment>movement break suggestion loosen-shoulders: title (short)</extracomment>
        <translation>Détendez vos épaules</translation>
    </message>
    <message>
        <source>Stand up, roll your shoulders slowly back a few times and let them drop. Let your arms hang and shake your hands loose.</source>
        <extracomment>movement break suggestion loosen-shoulders: what to do, one or two sentences</extracomment>
        <translation>Levez-vous, roulez lentement les épaules vers l&apos;arrière plusieurs fois et laissez-les retomber. Laissez pendre vos bras et secouez vos mains pour les détendre.</translation>
    </message>
    <message>
        <source>Move gently</source>
        <extracomment>movement break suggestion gentle-movement: title (short)</extracomment>
        <translation>Bougez en douceur</translation>
    </message>
    <message>
        <source>Stand and move in any easy way that feels good: shift your weight, march on the spot, reach up. Stop any move that hurts.</source>
        <extracomment>movement break suggestion gentle-movement: what to do, one or two sentences</extracomment>
        <translation>Debout, bougez de la façon simple qui vous fait du bien&#xa0;: transférez votre poids d&apos;un pied sur l&apos;autre, marchez sur place, tendez les bras vers le haut. Arrêtez tout mouvement qui fait mal.</translation>
    </message>
    <message>
        <source>Look far away</source>
        <extracomment>movement break suggestion look-far: title (short)</extracomment>
        <translation>Regardez au loin</translation>
    </message>
    <message>
        <source>Stand at a window or at the far end of the room and rest your eyes on something far away. Breathe out slowly.</source>
        <extracomment>movement break suggestion look-far: what to do, one or two sentences</extracomment>
        <translation>Placez-vous près d&apos;une fenêtre ou au fond de la pièce et laissez votre regard se poser sur quelque chose de lointain. Expirez lentement.</translation>
    </message>
    <message>
        <source>Let go completely and breathe out slowly.</source>
        <extracomment>the rest after a hold, when the exercise gives no words of its own</extracomment>
        <translation>Relâchez complètement et expirez lentement.</translation>
    </message>
    <message>
        <source>Longer exhale</source>
        <extracomment>breathing pattern longer-exhale: name</extracomment>
        <translation>Expiration allongée</translation>
    </message>
    <message>
        <source>In for 4 seconds, out for 6: six slow breaths a minute, each out-breath a little longer than the in-breath. Many people find this pace settling. Breathe out slowly, as if through a straw.</source>
        <extracomment>breathing pattern longer-exhale: description</extracomment>
        <translation>Inspirez pendant 4 secondes, expirez pendant 6&#xa0;: six respirations lentes par minute, chaque expiration un peu plus longue que l&apos;inspiration. Beaucoup de gens trouvent ce rythme apaisant. Expirez lentement, comme à travers une paille.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <extracomment>breathing pattern resonance: name</extracomment>
        <translation>Respiration en résonance</translation>
    </message>
    <message>
        <source>Even breaths of 5.5 seconds in and 5.5 out, a little under six breaths a minute. Also called coherent breathing. Let the belly rise and fall rather than the shoulders.</source>
        <extracomment>breathing pattern resonance: description</extracomment>
        <translation>Des respirations régulières de 5,5 secondes à l&apos;inspiration et 5,5 à l&apos;expiration, un peu moins de six respirations par minute. Aussi appelée cohérence cardiaque. Laissez le ventre monter et descendre plutôt que les épaules.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <extracomment>breathing pattern box: name</extracomment>
        <translation>Respiration carrée</translation>
    </message>
    <message>
        <source>Four equal sides of 4 seconds: in, hold, out, hold. The steady count gives a busy mind something simple to follow.</source>
        <extracomment>breathing pattern box: description</extracomment>
        <translation>Quatre côtés égaux de 4 secondes&#xa0;: inspirer, retenir, expirer, retenir. Ce compte régulier offre à un esprit agité quelque chose de simple à suivre.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <extracomment>breathing pattern physiological-sigh: name</extracomment>
        <translation>Soupir physiologique</translation>
    </message>
    <message>
        <source>A full breath in through the nose, a short second sip of air on top, then a long, easy breath out through the mouth. The same double breath the body makes on its own when it sighs.</source>
        <extracomment>breathing pattern physiological-sigh: description</extracomment>
        <translation>Une inspiration complète par le nez, une seconde petite gorgée d&apos;air par-dessus, puis une longue expiration tranquille par la bouche. La même double inspiration que le corps fait de lui-même quand il soupire.</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <extracomment>breathing pattern 4-7-8: name</extracomment>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>In through the nose for 4 seconds, hold for 7, then out through the mouth for 8. A few rounds are plenty.</source>
        <extracomment>breathing pattern 4-7-8: description</extracomment>
        <translation>Inspirez par le nez pendant 4 secondes, retenez 7 secondes, puis expirez par la bouche pendant 8. Quelques cycles suffisent largement.</translation>
    </message>
    <message>
        <source>The holds are optional: if holding feels uncomfortable, keep breathing gently through them. Stop and breathe normally if you feel light-headed or dizzy.</source>
        <extracomment>breathing pattern 4-7-8: caution</extracomment>
        <translation>Les rétentions sont facultatives&#xa0;: si retenir votre souffle est inconfortable, continuez à respirer doucement pendant ces phases. Arrêtez et respirez normalement si vous avez la tête qui tourne ou des vertiges.</translation>
    </message>
    <message>
        <source>Stress and muscle tension</source>
        <extracomment>why this helps, topic stress-tension: title (short)</extracomment>
        <translation>Stress et tension musculaire</translation>
    </message>
    <message>
        <source>In laboratory studies, mental stress such as timed arithmetic raises the activity of the shoulder muscles, even when the body is doing no physical work. Distress and low mood also make it more likely that back pain lasts. How much everyday stress adds to neck and back pain differs from person to person, so take this as a reasonable idea, not a proven cause.</source>
        <extracomment>why this helps, topic stress-tension: what is known, two or three sentences</extracomment>
        <translation>En laboratoire, un stress mental comme du calcul mental chronométré augmente l&apos;activité des muscles des épaules, même quand le corps ne fournit aucun effort physique. La détresse et le moral en berne rendent aussi plus probable que le mal de dos dure. La part du stress quotidien dans les douleurs de nuque et de dos varie d&apos;une personne à l&apos;autre&#xa0;: voyez-y une idée raisonnable, pas une cause prouvée.</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <extracomment>why this helps, topic micro-breaks: title (short)</extracomment>
        <translation>Pauses courtes</translation>
    </message>
    <message>
        <source>Breaks of up to ten minutes leave people a little less tired and a little more energetic, a small but reliable effect. They do not reliably make people work better or faster; longer breaks did better on that. Unclench suggests breaks for how you feel, not to raise your output.</source>
        <extracomment>why this helps, topic micro-breaks: what is known, two or three sentences</extracomment>
        <translation>Des pauses allant jusqu&apos;à dix minutes rendent un peu moins fatigué et un peu plus énergique, un effet faible mais fiable. Elles ne font pas travailler mieux ou plus vite de façon fiable&#xa0;; sur ce point, les pauses plus longues ont donné de meilleurs résultats. Unclench vous propose des pauses pour votre bien-être, pas pour augmenter votre rendement.</translation>
    </message>
    <message>
        <source>Staying active with back pain</source>
        <extracomment>why this helps, topic movement: title (short)</extracomment>
        <translation>Rester actif avec un mal de dos</translation>
    </message>
    <message>
        <source>Guidelines advise people with low back pain to carry on with normal activities as far as they can and, when pain lasts, to exercise. Exercise programmes ease long-lasting low back pain by a modest amount on average. Gentle moves during the day are a small part of staying active, not a treatment.</source>
        <extracomment>why this helps, topic movement: what is known, two or three sentences</extracomment>
        <translation>Les recommandations conseillent aux personnes souffrant de lombalgie de poursuivre leurs activités normales autant que possible et, si la douleur dure, de faire de l&apos;exercice. Les programmes d&apos;exercice soulagent la lombalgie chronique de façon modeste en moyenne. Bouger en douceur au fil de la journée est une petite part du fait de rester actif, pas un traitement.</translation>
    </message>
    <message>
        <source>Stretching at the desk</source>
        <extracomment>why this helps, topic stretching: title (short)</extracomment>
        <translation>S&apos;étirer au bureau</translation>
    </message>
    <message>
        <source>Stretching feels good to many people and is part of the exercise that guidelines suggest for back pain, but there is little good evidence that desk stretches on their own prevent neck or back pain. When a muscle cramps, gently stretching it is the usual first help. Stretch only as far as is comfortable, and stop if pain increases.</source>
        <extracomment>why this helps, topic stretching: what is known, two or three sentences</extracomment>
        <translation>S&apos;étirer fait du bien à beaucoup de gens et fait partie de l&apos;exercice que les recommandations suggèrent contre le mal de dos, mais il existe peu de preuves solides que les étirements au bureau, à eux seuls, préviennent les douleurs de nuque ou de dos. Quand un muscle fait une crampe, l&apos;étirer doucement est le premier geste habituel. Étirez-vous seulement aussi loin que c&apos;est confortable, et arrêtez si la douleur augmente.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <extracomment>why this helps, topic slow-breathing: title (short)</extracomment>
        <translation>Respiration lente</translation>
    </message>
    <message>
        <source>Breathing slowly, around six breaths a minute, reliably raises heart-rate variability, a sign that the resting branch of the nervous system is more active, during the exercise and shortly after. Its effect on how stressed people feel is smaller: trials find a small reduction on average, and many are of modest quality. Breathe gently, and stop and breathe normally if you feel light-headed.</source>
        <extracomment>why this helps, topic slow-breathing: what is known, two or three sentences</extracomment>
        <translation>Respirer lentement, autour de six respirations par minute, augmente de façon fiable la variabilité de la fréquence cardiaque, signe que la branche du système nerveux liée au repos est plus active, pendant l&apos;exercice et peu après. Son effet sur le stress ressenti est plus faible&#xa0;: les essais trouvent en moyenne une petite baisse, et beaucoup sont de qualité modeste. Respirez en douceur, et arrêtez-vous pour respirer normalement si vous avez la tête qui tourne.</translation>
    </message>
    <message>
        <source>Tensing and then letting go of one muscle group after another is a long-used relaxation method. Relaxation training lowers anxiety by a moderate amount in trials, and a back-pain guideline lists progressive relaxation as an option for long-lasting low back pain, on low-quality evidence. Tense firmly but never to the point of pain.</source>
        <extracomment>why this helps, topic muscle-relaxation: what is known, two or three sentences</extracomment>
        <translation>Contracter puis relâcher un groupe de muscles après l&apos;autre est une méthode de relaxation utilisée depuis longtemps. Dans les essais, l&apos;entraînement à la relaxation réduit l&apos;anxiété de façon modérée, et une recommandation sur le mal de dos cite la relaxation progressive comme option pour la lombalgie chronique, sur la base de preuves de faible qualité. Contractez fermement, mais jamais jusqu&apos;à la douleur.</translation>
    </message>
    <message>
        <source>Posture and screen height</source>
        <extracomment>why this helps, topic posture: title (short)</extracomment>
        <translation>Posture et hauteur de l&apos;écran</translation>
    </message>
    <message>
        <source>No single sitting posture has been shown to prevent back or neck pain, and reviews of desk set-ups and ergonomic training find only low-quality, inconsistent evidence. A comfortable set-up and changing position often are still sensible. The posture checklist is a prompt to notice and ease tension, not a rule for sitting correctly.</source>
        <extracomment>why this helps, topic posture: what is known, two or three sentences</extracomment>
        <translation>Aucune posture assise particulière n&apos;a montré qu&apos;elle prévenait les douleurs de dos ou de nuque, et les revues sur l&apos;aménagement du poste et la formation à l&apos;ergonomie ne trouvent que des preuves de faible qualité et peu cohérentes. Un poste confortable et des changements de position fréquents restent raisonnables. La liste de posture est une invitation à remarquer et relâcher les tensions, pas une règle pour bien s&apos;asseoir.</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>why this helps, topic water: title (short)</extracomment>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Healthy adults need about two to two and a half litres of water a day from drinks and food together, and thirst is a good guide. There is no good evidence that drinking more water prevents muscle cramps or back spasms, and forcing down large amounts can be dangerous because it dilutes the salt in the blood. Unclench&apos;s water reminders mean: drink when you are thirsty or as you planned, nothing more.</source>
        <extracomment>why this helps, topic water: what is known, two or three sentences</extracomment>
        <translation>Un adulte en bonne santé a besoin d&apos;environ deux litres à deux litres et demi d&apos;eau par jour, boissons et aliments compris, et la soif est un bon repère. Rien de solide ne montre que boire davantage prévient les crampes musculaires ou les spasmes du dos, et se forcer à boire de grandes quantités peut être dangereux car cela dilue le sel dans le sang. Les rappels d&apos;eau d&apos;Unclench veulent dire&#xa0;: buvez quand vous avez soif ou comme prévu, rien de plus.</translation>
    </message>
    <message>
        <source>Walking and getting up</source>
        <extracomment>why this helps, topic walking: title (short)</extracomment>
        <translation>Marcher et se lever</translation>
    </message>
    <message>
        <source>In a large trial, people who built up regular walking over six months, with some coaching, went nearly twice as long before their low back pain came back. Health guidelines advise adults to sit less and move more, though what a short walk at work does on its own is not known. Sit-stand desks cut sitting at work by about an hour a day at first, on low-quality evidence; whether that helps health is still unclear.</source>
        <extracomment>why this helps, topic walking: what is known, two or three sentences</extracomment>
        <translation>Dans un grand essai, les personnes qui ont installé une marche régulière sur six mois, avec un peu d&apos;accompagnement, ont tenu près de deux fois plus longtemps avant le retour de leur lombalgie. Les recommandations de santé conseillent aux adultes de moins rester assis et de bouger davantage, mais on ne sait pas ce qu&apos;apporte à elle seule une petite marche au travail. Les bureaux assis-debout réduisent d&apos;abord le temps assis au travail d&apos;environ une heure par jour, sur la base de preuves de faible qualité&#xa0;; on ne sait pas encore si cela profite à la santé.</translation>
    </message>
    <message>
        <source>Heat or cold for a sore back</source>
        <extracomment>why this helps, topic heat-cold: title (short)</extracomment>
        <translation>Chaud ou froid pour un dos douloureux</translation>
    </message>
    <message>
        <source>A heat wrap eases new low back pain a little for a short time, with moderate-quality evidence, and a guideline suggests it for pain of recent onset. For cold packs there is too little evidence to say whether they help. Use whichever feels better, never directly on bare skin, and not on skin that has lost feeling.</source>
        <extracomment>why this helps, topic heat-cold: what is known, two or three sentences</extracomment>
        <translation>Une ceinture chauffante soulage un peu et brièvement une lombalgie récente, avec des preuves de qualité modérée, et une recommandation la suggère pour une douleur apparue récemment. Pour les poches de froid, les preuves sont trop rares pour dire si elles aident. Utilisez ce qui vous fait le plus de bien, jamais directement sur la peau nue, ni sur une peau devenue insensible.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>why this helps, topic sleep: title (short)</extracomment>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>Adults are advised to sleep at least seven hours a night. Poor sleep and pain feed each other, and poor sleep seems to predict later pain more strongly than pain predicts poor sleep. Unclench starts its counts afresh after a night&apos;s sleep and keeps quiet outside your working hours.</source>
        <extracomment>why this helps, topic sleep: what is known, two or three sentences</extracomment>
        <translation>Il est recommandé aux adultes de dormir au moins sept heures par nuit. Le mauvais sommeil et la douleur s&apos;entretiennent mutuellement, et un mauvais sommeil semble prédire une douleur future plus fortement que la douleur ne prédit un mauvais sommeil. Unclench repart de zéro après une nuit de sommeil et reste silencieux en dehors de vos heures de travail.</translation>
    </message>
</context>
<context>
    <name>CustomPatternEditor</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspirer</translation>
    </message>
    <message>
        <source>Hold (full)</source>
        <translation>Retenir (poumons pleins)</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirer</translation>
    </message>
    <message>
        <source>Hold (empty)</source>
        <translation>Retenir (poumons vides)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, secondes</translation>
    </message>
    <message>
        <source>&amp;Breathe with this pattern</source>
        <translation>&amp;Respirer avec ce rythme</translation>
    </message>
    <message>
        <source>Start the custom pattern</source>
        <translation>Lancer le rythme personnalisé</translation>
    </message>
    <message>
        <source>Use {0} to {1} seconds</source>
        <translation>Utilisez de {0} à {1} secondes</translation>
    </message>
</context>
<context>
    <name>DailySeriesModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pauses faites</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Sautées ou manquées</translation>
    </message>
    <message>
        <source>Water (ml)</source>
        <translation>Eau (ml)</translation>
    </message>
    <message>
        <source>Tension (average)</source>
        <translation>Tension (moyenne)</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Points posture</translation>
    </message>
    <message>
        <source>Breathing (min)</source>
        <translation>Respiration (min)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
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
        <translation>Ce que voit Unclench</translation>
    </message>
    <message>
        <source>What each detector sees on this desktop right now:</source>
        <translation>Ce que voit chaque détecteur sur ce bureau en ce moment&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>Saving the events of {0}…</source>
        <translation>Enregistrement des événements de {0}…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Movement break</source>
        <translation>Pause mouvement</translation>
    </message>
    <message>
        <source>movement break</source>
        <translation>pause mouvement</translation>
    </message>
    <message>
        <source>Get up for a few minutes: walk, stand, look far away or refill your water.</source>
        <translation>Levez-vous quelques minutes&#xa0;: marchez, restez debout, regardez au loin ou refaites le plein d&apos;eau.</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pause étirements</translation>
    </message>
    <message>
        <source>stretch break</source>
        <translation>pause étirements</translation>
    </message>
    <message>
        <source>Stand up if you can and move gently. Stop any move that hurts.</source>
        <translation>Levez-vous si vous le pouvez et bougez en douceur. Arrêtez tout mouvement qui fait mal.</translation>
    </message>
    <message>
        <source>Breathing break</source>
        <translation>Pause respiration</translation>
    </message>
    <message>
        <source>breathing break</source>
        <translation>pause respiration</translation>
    </message>
    <message>
        <source>A few slow breaths with a longer out-breath; many people find it settling.</source>
        <translation>Quelques respirations lentes avec une expiration plus longue&#xa0;; beaucoup de gens trouvent cela apaisant.</translation>
    </message>
    <message>
        <source>Water break</source>
        <translation>Pause hydratation</translation>
    </message>
    <message>
        <source>water</source>
        <translation>eau</translation>
    </message>
    <message>
        <source>Time for a drink, if you are thirsty or as you planned.</source>
        <translation>C&apos;est le moment de boire, si vous avez soif ou comme vous l&apos;aviez prévu.</translation>
    </message>
    <message>
        <source>Posture check</source>
        <translation>Point posture</translation>
    </message>
    <message>
        <source>posture check</source>
        <translation>point posture</translation>
    </message>
    <message>
        <source>Take a few seconds. Tick what you just did:</source>
        <translation>Prenez quelques secondes. Cochez ce que vous venez de faire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Applies the next time Unclench starts.</source>
        <translation>S&apos;applique au prochain démarrage d&apos;Unclench.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Unclench could not start: {0}</source>
        <translation>Unclench n&apos;a pas pu démarrer&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Use {0}–{1}</source>
        <translation>De {0} à {1}</translation>
    </message>
</context>
<context>
    <name>PhaseCues</name>
    <message>
        <source>No sound output could be opened, so there are no phase sounds.</source>
        <translation>Aucune sortie audio n&apos;a pu être ouverte, il n&apos;y a donc pas de sons de phase.</translation>
    </message>
    <message>
        <source>Unclench cannot play sounds on this system yet.</source>
        <translation>Unclench ne peut pas encore jouer de sons sur ce système.</translation>
    </message>
    <message>
        <source>Speaking failed ({0}), so spoken cues are off.</source>
        <translation>La synthèse vocale a échoué ({0}), les annonces vocales sont donc désactivées.</translation>
    </message>
    <message>
        <source>No speech program was found. Spoken cues use espeak or flite; install one to hear them.</source>
        <translation>Aucun programme de synthèse vocale n&apos;a été trouvé. Les annonces vocales utilisent espeak ou flite&#xa0;; installez-en un pour les entendre.</translation>
    </message>
</context>
<context>
    <name>PromptPresenter</name>
    <message>
        <source>Some content files have problems and were left out:</source>
        <translation>Certains fichiers de contenu posent problème et ont été écartés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuietSources</name>
    <message>
        <source>The app rules are not valid: {}</source>
        <translation>Les règles d&apos;applications ne sont pas valides&#xa0;: {}</translation>
    </message>
</context>
<context>
    <name>QuietTimesPage</name>
    <message>
        <source>What Unclench sees…</source>
        <translation>Ce que voit Unclench…</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone or camera is in use</source>
        <translation>Mettre les rappels en attente pendant l&apos;utilisation du micro ou de la caméra</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a call ends, wait</source>
        <translation>Après la fin d&apos;un appel, attendre</translation>
    </message>
    <message>
        <source>Hold at most, per day</source>
        <extracomment>After this much holding in a day, reminders come anyway, quietly.</extracomment>
        <translation>Mettre en attente au plus, par jour</translation>
    </message>
    <message>
        <source>Apps that are not calls</source>
        <translation>Applications qui ne sont pas des appels</translation>
    </message>
    <message>
        <source>Count as calls again</source>
        <translation>Compter de nouveau comme appel</translation>
    </message>
    <message>
        <source>Not calls</source>
        <translation>Pas des appels</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Fichiers de calendrier</translation>
    </message>
    <message>
        <source>Add calendar file…</source>
        <translation>Ajouter un fichier de calendrier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>Fichiers de calendrier (.ics)</translation>
    </message>
    <message>
        <source>Also read a calendar from the web</source>
        <translation>Lire aussi un calendrier sur le Web</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Adresse du calendrier</translation>
    </message>
    <message>
        <source>Only this address is contacted, at most every 15 minutes; nothing else leaves the computer.</source>
        <translation>Seule cette adresse est contactée, au plus toutes les 15 minutes&#xa0;; rien d&apos;autre ne quitte l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>you@example.org, …</source>
        <translation>vous@example.org, …</translation>
    </message>
    <message>
        <source>Your addresses</source>
        <extracomment>Events the user declined (as this address) do not hold reminders.</extracomment>
        <translation>Vos adresses</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>App rules</source>
        <translation>Règles d&apos;applications</translation>
    </message>
    <message>
        <source>Running app</source>
        <translation>Application en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>is in front</source>
        <translation>est au premier plan</translation>
    </message>
    <message>
        <source>is running</source>
        <translation>est en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Hold reminders while</source>
        <translation>Mettre les rappels en attente tant que</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Choose calendar files</source>
        <translation>Choisir des fichiers de calendrier</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <source>{0} is in front</source>
        <translation>{0} est au premier plan</translation>
    </message>
    <message>
        <source>{0} is running</source>
        <translation>{0} est en cours d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>RangesField</name>
    <message>
        <source>Write times like 09:00-12:30, 13:30-18:00</source>
        <translation>Écrivez les horaires ainsi&#xa0;: 09:00-12:30, 13:30-18:00</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>repos</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>0 is loose and easy, 10 is as tight as it gets.</source>
        <translation>0, c&apos;est détendu et léger&#xa0;; 10, c&apos;est aussi crispé que possible.</translation>
    </message>
    <message>
        <source>Tension {0} of 10</source>
        <translation>Tension {0} sur 10</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>détendu</translation>
    </message>
    <message>
        <source>very tight</source>
        <translation>très crispé</translation>
    </message>
</context>
<context>
    <name>ReminderNotification</name>
    <message>
        <source>Check: {0}</source>
        <translation>À vérifier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Aujourd&apos;hui&#xa0;: {0} ml sur {1} ml</translation>
    </message>
    <message>
        <source>Drank {0} ml</source>
        <translation>J&apos;ai bu {0} ml</translation>
    </message>
    <message>
        <source>A minute of slow breathing with a long out-breath.</source>
        <translation>Une minute de respiration lente avec une longue expiration.</translation>
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
        <translation>Levez-vous et bougez en douceur&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Stand up and move.</source>
        <translation>Levez-vous et bougez.</translation>
    </message>
    <message>
        <source>Also due now: {0}</source>
        <translation>Également prévu maintenant&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Snooze {0} min</source>
        <translation>Reporter de {0} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Unclench reminder</source>
        <translation>Rappel d&apos;Unclench</translation>
    </message>
    <message>
        <source>• {0}, {1} × {2} s</source>
        <translation>• {0}, {1} × {2} s</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Aujourd&apos;hui&#xa0;: {0} ml sur {1} ml</translation>
    </message>
    <message>
        <source>• {0}, {1} s</source>
        <translation>• {0}, {1} s</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>J&apos;ai bu &amp;{0} ml</translation>
    </message>
    <message>
        <source>Start &amp;breathing</source>
        <translation>Commencer à &amp;respirer</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Start &amp;guided stretch</source>
        <translation>Étirement &amp;guidé</translation>
    </message>
    <message>
        <source>&amp;Snooze {0} min</source>
        <translation>Re&amp;porter de {0} min</translation>
    </message>
    <message>
        <source>Remind me again in {0} min (Esc)</source>
        <translation>Me le rappeler dans {0} min (Échap)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>P&amp;asser</translation>
    </message>
    <message>
        <source>&amp;Why this helps</source>
        <translation>Pour&amp;quoi cela aide</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>There is no routine called &apos;{0}&apos;. Routines: {1}</source>
        <translation>Il n&apos;existe aucune routine nommée «&#xa0;{0}&#xa0;». Routines&#xa0;: {1}</translation>
    </message>
    <message>
        <source>“{0}” comes back with the stretch break at {1}.</source>
        <translation>«&#xa0;{0}&#xa0;» reviendra avec la pause étirements à {1}.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Routine (*.json)</source>
        <translation>Routine (*.json)</translation>
    </message>
    <message>
        <source>Imported the routine &apos;{0}&apos;.</source>
        <translation>La routine «&#xa0;{0}&#xa0;» a été importée.</translation>
    </message>
    <message>
        <source>That routine could not be imported:</source>
        <translation>Cette routine n&apos;a pas pu être importée&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the imported routine &apos;{0}&apos;? Its file is deleted; your log keeps its history.</source>
        <translation>Supprimer la routine importée «&#xa0;{0}&#xa0;»&#xa0;? Son fichier sera effacé&#xa0;; votre journal en garde l&apos;historique.</translation>
    </message>
    <message>
        <source>The routine could not be removed: {0}</source>
        <translation>La routine n&apos;a pas pu être supprimée&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>RoutineDonePage</name>
    <message>
        <source>Routine complete</source>
        <translation>Routine terminée</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Bien joué</translation>
    </message>
    <message>
        <source>Take a slow breath out and notice how your neck, shoulders and jaw feel now.</source>
        <translation>Expirez lentement et remarquez ce que vous ressentez maintenant dans la nuque, les épaules et la mâchoire.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Progression dans la routine</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Secondes restantes pour cette étape</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>P&amp;ostpone</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Postpone this routine</source>
        <translation>Reporter cette routine</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finir</translation>
    </message>
    <message>
        <source>Finish the routine now</source>
        <translation>Terminer la routine maintenant</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Étape précédente (flèche gauche)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space when focused)</source>
        <translation>Mettre en pause ou reprendre le décompte (Espace quand le bouton est sélectionné)</translation>
    </message>
    <message>
        <source>Stop here; what you did is still recorded (Esc)</source>
        <translation>S&apos;arrêter ici&#xa0;; ce que vous avez fait est tout de même enregistré (Échap)</translation>
    </message>
    <message>
        <source>Do this routine a little later</source>
        <translation>Faire cette routine un peu plus tard</translation>
    </message>
    <message>
        <source>Move gently, and stop any movement that increases pain.</source>
        <translation>Bougez en douceur et arrêtez tout mouvement qui augmente la douleur.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quand consulter un professionnel</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>You finished “%1”: %n steps in %2.</source>
        <translation>
            <numerusform>Vous avez terminé «&#xa0;%1&#xa0;»&#xa0;: %n étape en %2.</numerusform>
            <numerusform>Vous avez terminé «&#xa0;%1&#xa0;»&#xa0;: %n étapes en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWording</name>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, côté gauche</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, côté droit</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>encore %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>encore environ %1 min</translation>
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
        <translation>Quand consulter un professionnel — Unclench</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quand consulter un professionnel</translation>
    </message>
    <message>
        <source>Unclench reminds you to move, breathe and let go of tension. It does not diagnose anything, and it does not replace a doctor or a physiotherapist.</source>
        <translation>Unclench vous rappelle de bouger, de respirer et de relâcher les tensions. Il ne pose aucun diagnostic et ne remplace ni un médecin ni un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Obtenez de l&apos;aide tout de suite</translation>
    </message>
    <message>
        <source>If back pain comes with losing control of your bladder or bowels, treat it as an emergency: call your local emergency number or go to an emergency department straight away.</source>
        <translation>Si le mal de dos s&apos;accompagne d&apos;une perte de contrôle de la vessie ou des intestins, considérez-le comme une urgence&#xa0;: appelez immédiatement le numéro d&apos;urgence local (le 112 en Europe) ou rendez-vous directement aux urgences.</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon if</source>
        <translation>Consultez bientôt un médecin ou un kinésithérapeute si</translation>
    </message>
    <message>
        <source>the pain does not ease with rest and self-care, or it is getting worse;</source>
        <translation>la douleur ne diminue pas avec le repos et les soins personnels, ou s&apos;aggrave&#xa0;;</translation>
    </message>
    <message>
        <source>pain spreads down one leg or both;</source>
        <translation>la douleur descend dans une jambe ou dans les deux&#xa0;;</translation>
    </message>
    <message>
        <source>you feel numbness or tingling in your legs or feet;</source>
        <translation>vous ressentez un engourdissement ou des fourmillements dans les jambes ou les pieds&#xa0;;</translation>
    </message>
    <message>
        <source>your legs or feet feel weak;</source>
        <translation>vos jambes ou vos pieds semblent faibles&#xa0;;</translation>
    </message>
    <message>
        <source>the pain began after a fall, an accident or another injury;</source>
        <translation>la douleur a commencé après une chute, un accident ou une autre blessure&#xa0;;</translation>
    </message>
    <message>
        <source>the pain is severe or keeps coming back;</source>
        <translation>la douleur est intense ou revient sans cesse&#xa0;;</translation>
    </message>
    <message>
        <source>worry or anxiety is getting in the way of your daily life.</source>
        <translation>l&apos;inquiétude ou l&apos;anxiété vous gêne dans la vie quotidienne.</translation>
    </message>
    <message>
        <source>During any routine, move gently and stop a movement that increases pain. When you are unsure, ask a professional before carrying on.</source>
        <translation>Pendant chaque routine, bougez en douceur et arrêtez un mouvement qui augmente la douleur. En cas de doute, demandez l&apos;avis d&apos;un professionnel avant de continuer.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Rythme respiratoire</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Durée de la séance</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>A number of breaths</source>
        <translation>Un nombre de respirations</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> respirations</translation>
    </message>
    <message>
        <source>Number of breaths</source>
        <translation>Nombre de respirations</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Afficher les options</translation>
    </message>
    <message>
        <source>Hide options</source>
        <translation>Masquer les options</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Phase en cours</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop (Escape)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <source>Seconds per phase: {0}</source>
        <translation>Secondes par phase&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirer</translation>
    </message>
    <message>
        <source>In a little more</source>
        <translation>Inspirer encore un peu</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirer</translation>
    </message>
    <message>
        <source>Paused – press Space to go on</source>
        <translation>En pause – appuyez sur Espace pour continuer</translation>
    </message>
    <message>
        <source>{0}:{1:02d} left</source>
        <translation>encore {0}:{1:02d}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Unclench settings</source>
        <translation>Paramètres d&apos;Unclench</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Quiet times</source>
        <translation>Moments de calme</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Settings shown greyed are set by your administrator.</source>
        <translation>Les paramètres grisés sont définis par votre administrateur.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Me rappeler</translation>
    </message>
    <message>
        <source>Every</source>
        <extracomment>Form label before the interval field: &quot;Every [20 min]&quot;.</extracomment>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <extracomment>Form label before the minutes that &quot;Snooze&quot; on a reminder waits: &quot;Snooze for [5 min]&quot;.</extracomment>
        <translation>Reporter de</translation>
    </message>
    <message>
        <source>Daily water goal</source>
        <translation>Objectif d&apos;eau quotidien</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hide an unanswered reminder after</source>
        <translation>Masquer un rappel sans réponse après</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Une absence de cette durée compte comme une pause</translation>
    </message>
    <message>
        <source>During calls and fullscreen, wait at most</source>
        <translation>Pendant les appels et le plein écran, attendre au plus</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Heures de travail</translation>
    </message>
    <message>
        <source>Outside these hours no reminder comes.</source>
        <translation>En dehors de ces heures, aucun rappel n&apos;arrive.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Unclench&apos;s own card</source>
        <translation>La carte d&apos;Unclench</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Une notification du bureau</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Show reminders as</source>
        <translation>Afficher les rappels sous forme de</translation>
    </message>
    <message>
        <source>Play a soft sound when a reminder appears</source>
        <translation>Jouer un son doux à l&apos;apparition d&apos;un rappel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Parfois</translation>
    </message>
    <message>
        <source>After every one</source>
        <translation>Après chacune</translation>
    </message>
    <message>
        <source>After a break, ask how tense I feel</source>
        <translation>Après une pause, me demander mon niveau de tension</translation>
    </message>
    <message>
        <source>&amp;Start Unclench when I log in</source>
        <translation>&amp;Démarrer Unclench à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>What Unclench can see on this desktop</source>
        <translation>Ce qu&apos;Unclench peut voir sur ce bureau</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Quand consulter un &amp;professionnel</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>non disponible dans cette session</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>non disponible sur ce système</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>SettingsOwner</name>
    <message>
        <source>Your settings apply now but could not be saved: {0}</source>
        <translation>Vos paramètres s&apos;appliquent dès maintenant mais n&apos;ont pas pu être enregistrés&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SittingView</name>
    <message>
        <source>worked {0}</source>
        <translation>{0} de travail</translation>
    </message>
    <message>
        <source>{0} of {1} movement breaks</source>
        <translation>{0} pauses mouvement sur {1}</translation>
    </message>
    <message>
        <source>longest sitting {0}</source>
        <translation>plus longue période assise&#xa0;: {0}</translation>
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
        <translation>non disponible sur ce Windows</translation>
    </message>
    <message>
        <source>not detected on macOS (no public interface for Focus or fullscreen apps)</source>
        <translation>non détecté sur macOS (aucune interface publique pour Concentration ou les apps en plein écran)</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>non disponible dans cette session</translation>
    </message>
    <message>
        <source>GNOME notification banners setting</source>
        <translation>réglage des bannières de notification GNOME</translation>
    </message>
    <message>
        <source>KDE notifications do-not-disturb</source>
        <translation>« Ne pas déranger » des notifications KDE</translation>
    </message>
    <message>
        <source>Windows notification state (fullscreen, presentation, quiet time)</source>
        <translation>état des notifications Windows (plein écran, présentation, heures calmes)</translation>
    </message>
    <message>
        <source>X11 fullscreen window</source>
        <translation>fenêtre plein écran X11</translation>
    </message>
    <message>
        <source>not available on this Wayland session</source>
        <translation>non disponible dans cette session Wayland</translation>
    </message>
    <message>
        <source>GNOME Mutter idle monitor</source>
        <translation>moniteur d&apos;inactivité GNOME Mutter</translation>
    </message>
    <message>
        <source>freedesktop screensaver service (KDE)</source>
        <translation>service d&apos;économiseur d&apos;écran freedesktop (KDE)</translation>
    </message>
    <message>
        <source>macOS input event source</source>
        <translation>source d&apos;événements de saisie macOS</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1)</source>
        <translation>notification d&apos;inactivité Wayland (ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1, input idle)</source>
        <translation>notification d&apos;inactivité Wayland (ext-idle-notify-v1, inactivité des entrées)</translation>
    </message>
    <message>
        <source>Windows last-input time</source>
        <translation>heure de la dernière saisie Windows</translation>
    </message>
    <message>
        <source>X11 screensaver extension</source>
        <translation>extension d&apos;économiseur d&apos;écran X11</translation>
    </message>
    <message>
        <source>logind sleep signals</source>
        <translation>signaux de veille de logind</translation>
    </message>
    <message>
        <source>screensaver lock signals</source>
        <translation>signaux de verrouillage de l&apos;économiseur d&apos;écran</translation>
    </message>
    <message>
        <source>macOS workspace notifications</source>
        <translation>notifications de l&apos;espace de travail macOS</translation>
    </message>
    <message>
        <source>Windows power and session messages</source>
        <translation>messages d&apos;alimentation et de session Windows</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>These are your own numbers side by side. They show what tended to go together on your days, not what caused what: a calmer day may also leave more room for breaks.</source>
        <translation>Ce sont vos propres chiffres, côte à côte. Ils montrent ce qui allait souvent ensemble dans vos journées, pas ce qui a causé quoi&#xa0;: une journée plus calme laisse peut-être aussi plus de place aux pauses.</translation>
    </message>
    <message numerus="yes">
        <source>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln ratings from {5} to {6}.</source>
        <translation>
            <numerusform>Sur les {0} avec au moins {1} pauses, votre tension moyenne était de {2}. Sur les {3} avec moins de pauses, elle était de {4}. Calcul fondé sur %Ln évaluation du {5} au {6}.</numerusform>
            <numerusform>Sur les {0} avec au moins {1} pauses, votre tension moyenne était de {2}. Sur les {3} avec moins de pauses, elle était de {4}. Calcul fondé sur %Ln évaluations du {5} au {6}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data yet. Rate your tension on a few days (from the tray, or when asked after a break) and this will compare days with more breaks to days with fewer.</source>
        <translation>Pas encore assez de données. Évaluez votre tension sur quelques jours (depuis la zone de notification, ou quand on vous le demande après une pause) et cette vue comparera les jours avec plus de pauses et les jours avec moins.</translation>
    </message>
    <message>
        <source>Not enough data yet. This compares days with {0} or more breaks to days with fewer once each side has {1} with a tension rating. So far: {2} and {3}.</source>
        <translation>Pas encore assez de données. Cette vue compare les jours avec au moins {0} pauses et les jours avec moins dès que chaque côté compte {1} avec une évaluation de tension. Pour l&apos;instant&#xa0;: {2} et {3}.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>identique</translation>
    </message>
    <message numerus="yes">
        <source>Across the %Ln breathing sessions you rated before and after, your stress rating was {0} before and {1} after on average ({2}).</source>
        <translation>
            <numerusform>Sur la %Ln séance de respiration évaluée avant et après, votre stress était en moyenne de {0} avant et de {1} après ({2}).</numerusform>
            <numerusform>Sur les %Ln séances de respiration évaluées avant et après, votre stress était en moyenne de {0} avant et de {1} après ({2}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. The breathing window can ask for a rating before and after a session.</source>
        <translation>
            <numerusform>Pas encore assez de données&#xa0;: {0} sur la %Ln séance de respiration évaluée avant et après qu&apos;il faut. La fenêtre de respiration peut vous demander une évaluation avant et après une séance.</numerusform>
            <numerusform>Pas encore assez de données&#xa0;: {0} sur les %Ln séances de respiration évaluées avant et après qu&apos;il faut. La fenêtre de respiration peut vous demander une évaluation avant et après une séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no events yet; {0} was saved empty.</source>
        <translation>Il n&apos;y a encore aucune entrée&#xa0;; {0} a été enregistré vide.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln events to {0}.</source>
        <translation>
            <numerusform>%Ln entrée enregistrée dans {0}.</numerusform>
            <numerusform>%Ln entrées enregistrées dans {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events were left out because their values are not possible (for example: {0}).</source>
        <translation>
            <numerusform>%Ln événement a été laissé de côté car ses valeurs sont impossibles (par exemple : {0}).</numerusform>
            <numerusform>%Ln événements ont été laissés de côté car leurs valeurs sont impossibles (par exemple : {0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>L&apos;import a été arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {0}: all %Ln events were already in your log.</source>
        <translation>
            <numerusform>Rien de nouveau dans {0}&#xa0;: la %Ln entrée figurait déjà dans votre journal.</numerusform>
            <numerusform>Rien de nouveau dans {0}&#xa0;: les %Ln entrées figuraient déjà dans votre journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln events from {0}.</source>
        <translation>
            <numerusform>%Ln entrée restaurée depuis {0}.</numerusform>
            <numerusform>%Ln entrées restaurées depuis {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your log and were skipped.</source>
        <translation>
            <numerusform>%Ln figurait déjà dans votre journal et a été ignorée.</numerusform>
            <numerusform>%Ln figuraient déjà dans votre journal et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln events. Your statistics start again from now.</source>
        <translation>
            <numerusform>%Ln entrée supprimée. Vos statistiques repartent de maintenant.</numerusform>
            <numerusform>%Ln entrées supprimées. Vos statistiques repartent de maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged yet. Your numbers appear here as you answer reminders.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant. Vos chiffres apparaîtront ici au fil de vos réponses aux rappels.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events logged since {0}, all kept on this computer.</source>
        <translation>
            <numerusform>%Ln entrée enregistrée depuis le {0}, conservée uniquement sur cet ordinateur.</numerusform>
            <numerusform>%Ln entrées enregistrées depuis le {0}, toutes conservées uniquement sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your log is empty. Delete it anyway?</source>
        <translation>Votre journal est vide. Le supprimer quand même&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want them back.</source>
        <translation>
            <numerusform>Supprimer la %Ln entrée qu&apos;Unclench a enregistrée depuis le {0}&#xa0;? Vos statistiques repartiront de zéro. C&apos;est irréversible&#xa0;: exportez d&apos;abord une sauvegarde si vous pensez vouloir la récupérer.</numerusform>
            <numerusform>Supprimer les %Ln entrées qu&apos;Unclench a enregistrées depuis le {0}&#xa0;? Vos statistiques repartiront de zéro. C&apos;est irréversible&#xa0;: exportez d&apos;abord une sauvegarde si vous pensez vouloir les récupérer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Last {0}</source>
        <translation>Sur {0}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Tension and breaks</source>
        <translation>Tension et pauses</translation>
    </message>
    <message>
        <source>Breathing before and after</source>
        <translation>Respiration avant et après</translation>
    </message>
    <message>
        <source>Water goal ({0})</source>
        <translation>Objectif d&apos;eau ({0})</translation>
    </message>
    <message>
        <source>Break goal ({0} a day)</source>
        <translation>Objectif de pauses ({0} par jour)</translation>
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
        <translation>{0} %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/10</source>
        <translation>{0}/10</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>le {0}</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>nuque</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>épaules</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>haut du dos</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>bas du dos</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>mâchoire</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln manquée</numerusform>
            <numerusform>%Ln manquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln sautée</numerusform>
            <numerusform>%Ln sautées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln natural</source>
        <extracomment>Breaks that happened on their own: the user was away from the computer long enough.</extracomment>
        <translation>
            <numerusform>%Ln spontanée</numerusform>
            <numerusform>%Ln spontanées</numerusform>
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
        <translation>{0} en attente</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Points posture</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln fait</numerusform>
            <numerusform>%Ln faits</numerusform>
        </translation>
    </message>
    <message>
        <source>none missed</source>
        <translation>aucun manqué</translation>
    </message>
    <message>
        <source>Posture checks today: {0} done, {1} missed, {2} skipped.</source>
        <translation>Points posture aujourd&apos;hui&#xa0;: {0} faits, {1} manqués, {2} sautés.</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>sur {0}</translation>
    </message>
    <message>
        <source>Water today: {0} of your {1} goal.</source>
        <translation>Eau aujourd&apos;hui&#xa0;: {0} sur votre objectif de {1}.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken</source>
        <translation>
            <numerusform>%Ln faite</numerusform>
            <numerusform>%Ln faites</numerusform>
        </translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>aucune sautée</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Breaks today: {0} stretch breaks done, {1} taken naturally while away, {2} routines, {3} skipped, {4} missed.</source>
        <translation>Pauses aujourd&apos;hui&#xa0;: {0} pauses étirements faites, {1} prises spontanément en vous absentant, {2} routines, {3} sautées, {4} manquées.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing today: {0} in %Ln sessions.</source>
        <translation>
            <numerusform>Respiration aujourd&apos;hui&#xa0;: {0} en %Ln séance.</numerusform>
            <numerusform>Respiration aujourd&apos;hui&#xa0;: {0} en %Ln séances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>pas encore d&apos;évaluation</translation>
    </message>
    <message>
        <source>Tension: no check-in yet.</source>
        <translation>Tension&#xa0;: pas encore d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Latest tension rating: {0}, {1}.</source>
        <translation>Dernière évaluation de tension&#xa0;: {0}, {1}.</translation>
    </message>
    <message>
        <source>today&apos;s average {0}</source>
        <translation>moyenne du jour {0}</translation>
    </message>
    <message numerus="yes">
        <source>Average of today&apos;s %Ln ratings: {0}.</source>
        <translation>
            <numerusform>Moyenne de la %Ln évaluation du jour&#xa0;: {0}.</numerusform>
            <numerusform>Moyenne des %Ln évaluations du jour&#xa0;: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension, latest</source>
        <translation>Tension, dernière</translation>
    </message>
    <message>
        <source>no days yet</source>
        <translation>pas encore de jours</translation>
    </message>
    <message>
        <source>{0}: no days yet.</source>
        <translation>{0}&#xa0;: pas encore de jours.</translation>
    </message>
    <message>
        <source>in a row · best {0}</source>
        <translation>d&apos;affilée · record {0}</translation>
    </message>
    <message>
        <source>{0}: met {1} in a row, best {2}.</source>
        <translation>{0}&#xa0;: atteint {1} d&apos;affilée, record {2}.</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>aucun rappel</translation>
    </message>
    <message>
        <source>{0}: no reminders in the last {1}.</source>
        <translation>{0}&#xa0;: aucun rappel sur {1}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} sur {1} faits</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln reminders done in the last {2}, {3}.</source>
        <translation>
            <numerusform>{0}&#xa0;: {1} rappel fait sur %Ln en {2}, {3}.</numerusform>
            <numerusform>{0}&#xa0;: {1} rappels faits sur %Ln en {2}, {3}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <source>Sitting and moving, the last 7 days</source>
        <translation>Assis et en mouvement, les 7 derniers jours</translation>
    </message>
    <message>
        <source>The log cannot be written now.</source>
        <translation>Le journal ne peut pas être écrit en ce moment.</translation>
    </message>
</context>
<context>
    <name>StatsDataBar</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>&amp;Importer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation>&amp;Supprimer mes données…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>Sauvegarde JSON (*.json)</translation>
    </message>
    <message>
        <source>Export your Unclench history</source>
        <translation>Exporter votre historique Unclench</translation>
    </message>
    <message>
        <source>Import an Unclench backup</source>
        <translation>Importer une sauvegarde Unclench</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Supprimer mes données</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Garder mes données</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Unclench statistics</source>
        <translation>Statistiques d&apos;Unclench</translation>
    </message>
    <message>
        <source>A streak counts the days Unclench logged that goal. Days it did not run, such as weekends off, are skipped: they neither add to a streak nor break it. Today counts once its goal is met.</source>
        <translation>Une série compte les jours où Unclench a enregistré cet objectif. Les jours où il ne tournait pas, comme les week-ends de repos, sont ignorés&#xa0;: ils n&apos;allongent pas une série et ne l&apos;interrompent pas non plus. Aujourd&apos;hui compte dès que l&apos;objectif est atteint.</translation>
    </message>
    <message>
        <source>&amp;Rate my tension now</source>
        <translation>&amp;Noter ma tension</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>Show the last {0} days</source>
        <translation>Afficher les {0} derniers jours</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>faites</translation>
    </message>
    <message>
        <source>skipped or missed</source>
        <translation>sautées ou manquées</translation>
    </message>
    <message>
        <source>water</source>
        <translation>eau</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>évaluation moyenne</translation>
    </message>
    <message>
        <source>Your own comparison</source>
        <translation>Votre propre comparaison</translation>
    </message>
    <message>
        <source>Show the numbers as ta&amp;bles</source>
        <translation>Afficher les chiffres en &amp;tableaux</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Aujourd&apos;hui, {0}</translation>
    </message>
    <message>
        <source>goal {0}</source>
        <translation>objectif {0}</translation>
    </message>
    <message>
        <source>Breaks per day, last {0} days</source>
        <translation>Pauses par jour, {0} derniers jours</translation>
    </message>
    <message>
        <source>Water per day, last {0} days</source>
        <translation>Eau par jour, {0} derniers jours</translation>
    </message>
    <message>
        <source>Average tension per day (0–10), last {0} days</source>
        <translation>Tension moyenne par jour (0–10), {0} derniers jours</translation>
    </message>
    <message>
        <source>Streaks, and follow-through in the last {0} days</source>
        <translation>Séries et régularité sur les {0} derniers jours</translation>
    </message>
    <message>
        <source>Hide the ta&amp;bles</source>
        <translation>Masquer les &amp;tableaux</translation>
    </message>
</context>
<context>
    <name>StressRating</name>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip the rating</source>
        <translation>Passer l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Unclench cannot sync while its log is kept in memory only.</source>
        <translation>Unclench ne peut pas synchroniser tant que son journal n&apos;est gardé qu&apos;en mémoire.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Unclench writes only its own files into the folder you pick; your sync program (Syncthing, Nextcloud, Dropbox, ...) carries them to your other computers.</source>
        <translation>Unclench n&apos;écrit que ses propres fichiers dans le dossier que vous choisissez ; votre logiciel de synchronisation (Syncthing, Nextcloud, Dropbox, ...) les transporte vers vos autres ordinateurs.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Choose a folder...</source>
        <translation>&amp;Choisir un dossier...</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>&amp;Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Computers and when each last wrote:</source>
        <translation>Ordinateurs et leur dernière écriture :</translation>
    </message>
    <message>
        <source>Computers and when each last wrote</source>
        <translation>Ordinateurs et leur dernière écriture</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Pas de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Choose another folder...</source>
        <translation>&amp;Choisir un autre dossier...</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (cet ordinateur)</translation>
    </message>
    <message>
        <source>{0}: last wrote {1}</source>
        <translation>{0} : dernière écriture {1}</translation>
    </message>
    <message>
        <source>The folder is not there now; Unclench catches up when it is back.</source>
        <translation>Le dossier est absent en ce moment ; Unclench rattrapera son retard à son retour.</translation>
    </message>
</context>
<context>
    <name>TensionCheckin</name>
    <message>
        <source>Tension check-in</source>
        <translation>Point tension</translation>
    </message>
    <message>
        <source>How tense do your neck, shoulders and back feel right now?</source>
        <translation>Quel est le niveau de tension de votre nuque, de vos épaules et de votre dos en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>Where, if one place stands out? (optional)</source>
        <translation>Où, si un endroit ressort&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>Mostly in the {0}</source>
        <extracomment>Screen readers only. {0} is a body region (&quot;neck&quot;, &quot;upper back&quot;): word it to fit each.</extracomment>
        <translation>Surtout&#xa0;: {0}</translation>
    </message>
    <message>
        <source>One tap is all it takes.</source>
        <translation>Un seul clic suffit.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Passer la question</translation>
    </message>
</context>
<context>
    <name>TimingSources</name>
    <message>
        <source>Away detection</source>
        <translation>Détection d&apos;absence</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
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
        <translation>{0} dans {1} s</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Remind me anyway</source>
        <translation>Me le rappeler quand même</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respirer maintenant</translation>
    </message>
    <message>
        <source>Take a stretch break now</source>
        <translation>Faire une pause étirements maintenant</translation>
    </message>
    <message>
        <source>Not now: postpone the coming break</source>
        <translation>Pas maintenant&#xa0;: reporter la prochaine pause</translation>
    </message>
    <message>
        <source>Make up a break</source>
        <translation>Rattraper une pause</translation>
    </message>
    <message>
        <source>Guided routines</source>
        <translation>Routines guidées</translation>
    </message>
    <message>
        <source>Water today</source>
        <translation>Eau aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Log a glass of water</source>
        <translation>Noter un verre d&apos;eau</translation>
    </message>
    <message>
        <source>Drank a bottle</source>
        <translation>J&apos;ai bu une bouteille</translation>
    </message>
    <message>
        <source>Other amount…</source>
        <translation>Autre quantité…</translation>
    </message>
    <message>
        <source>Undo the last entry</source>
        <translation>Annuler la dernière entrée</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Pendant 30 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Pendant 2 heures</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Jusqu&apos;à ce que je reprenne</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Mode réunion</translation>
    </message>
    <message>
        <source>Until I end it</source>
        <translation>Jusqu&apos;à ce que j&apos;y mette fin</translation>
    </message>
    <message>
        <source>End meeting mode</source>
        <translation>Quitter le mode réunion</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <source>How tense am I right now?</source>
        <translation>Quel est mon niveau de tension&#xa0;?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Pourquoi cela aide</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quand consulter un professionnel</translation>
    </message>
    <message>
        <source>Import a routine…</source>
        <translation>Importer une routine…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit Unclench</source>
        <translation>Quitter Unclench</translation>
    </message>
    <message>
        <source>Make up a break ({0} owed)</source>
        <translation>Rattraper une pause (en retard&#xa0;: {0})</translation>
    </message>
    <message>
        <source>Skips left today: {0}</source>
        <translation>Pauses pouvant encore être sautées aujourd&apos;hui&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} is not a call</source>
        <extracomment>The app holding reminders as a call does not make calls (a recorder, a tuner).</extracomment>
        <translation>{0} n&apos;est pas un appel</translation>
    </message>
    <message>
        <source>Water today: {0} of {1} ml</source>
        <translation>Eau aujourd&apos;hui&#xa0;: {0} sur {1} ml</translation>
    </message>
    <message>
        <source>Log a glass of water ({0} ml)</source>
        <translation>Noter un verre d&apos;eau ({0} ml)</translation>
    </message>
    <message>
        <source>Drank a bottle ({0} ml)</source>
        <translation>J&apos;ai bu une bouteille ({0} ml)</translation>
    </message>
    <message>
        <source>Remove an imported routine</source>
        <translation>Supprimer une routine importée</translation>
    </message>
</context>
<context>
    <name>WaterAmountDialog</name>
    <message>
        <source>How much did you drink?</source>
        <translation>Combien avez-vous bu ?</translation>
    </message>
    <message>
        <source>Amount in ml</source>
        <translation>Quantité en ml</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Type an amount between {0} and {1} ml.</source>
        <extracomment>Shown under the water amount when the number typed is outside the allowed range.</extracomment>
        <translation>Saisissez une quantité entre {0} et {1} ml.</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Noter</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why this helps — Unclench</source>
        <translation>Pourquoi cela aide — Unclench</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Pourquoi cela aide</translation>
    </message>
    <message>
        <source>What Unclench asks of you, what research says about it, and how sure that is. Where the evidence is thin or says less than common advice, this page says so.</source>
        <translation>Ce qu&apos;Unclench vous demande, ce qu&apos;en dit la recherche et avec quelle certitude. Là où les preuves sont minces ou en disent moins que les conseils courants, cette page le dit.</translation>
    </message>
    <message>
        <source>Strong: consistent results from good studies. Moderate: a real effect that is small or less certain. Weak: little, low-quality or indirect evidence. Mixed: good studies disagree.</source>
        <translation>Solides&#xa0;: résultats concordants d&apos;études de qualité. Modérées&#xa0;: un effet réel mais faible ou moins certain. Faibles&#xa0;: preuves rares, de faible qualité ou indirectes. Partagées&#xa0;: des études de qualité se contredisent.</translation>
    </message>
    <message>
        <source>Unclench does not diagnose or treat anything. If pain is severe, keeps getting worse, spreads down a leg or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Unclench ne pose aucun diagnostic et ne soigne rien. Si la douleur est intense, continue de s&apos;aggraver, descend dans une jambe ou s&apos;accompagne d&apos;engourdissement ou de faiblesse, consultez un médecin ou un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Quand consulter un &amp;professionnel</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quand consulter un professionnel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Evidence: strong</source>
        <translation>Preuves&#xa0;: solides</translation>
    </message>
    <message>
        <source>Evidence: moderate</source>
        <translation>Preuves&#xa0;: modérées</translation>
    </message>
    <message>
        <source>Evidence: weak</source>
        <translation>Preuves&#xa0;: faibles</translation>
    </message>
    <message>
        <source>Evidence: mixed</source>
        <translation>Preuves&#xa0;: partagées</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>The notes on why this helps could not be read: {0}</source>
        <translation>Les notes expliquant pourquoi cela aide n&apos;ont pas pu être lues&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No system tray was found, so Unclench shows this small window instead. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée, Unclench affiche donc cette petite fenêtre à la place. Sous GNOME, l&apos;extension AppIndicator ajoute une zone de notification.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;a pas pu être modifié&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>meeting mode</source>
        <translation>mode réunion</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>un appel</translation>
    </message>
    <message>
        <source>an event in your calendar</source>
        <translation>un événement de votre calendrier</translation>
    </message>
    <message>
        <source>an app rule</source>
        <translation>une règle d&apos;application</translation>
    </message>
    <message>
        <source>a fullscreen window</source>
        <translation>une fenêtre en plein écran</translation>
    </message>
    <message>
        <source>a presentation</source>
        <translation>une présentation</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>ne pas déranger</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>l&apos;écran est verrouillé</translation>
    </message>
    <message>
        <source>you are typing</source>
        <translation>vous êtes en train de taper</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>micro</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <extracomment>What holds a call: &quot;microphone in Firefox&quot;.</extracomment>
        <translation>{0} dans {1}</translation>
    </message>
    <message>
        <source>a call ({0}) ended, next try at {1}</source>
        <extracomment>A call just ended; the reminder comes after a short grace.</extracomment>
        <translation>un appel ({0}) s&apos;est terminé, prochain essai à {1}</translation>
    </message>
    <message>
        <source>a call ({0}) since {1}, next try when it ends</source>
        <extracomment>&quot;a call (microphone in Firefox) since 10:02, next try when it ends&quot;.</extracomment>
        <translation>un appel ({0}) depuis {1}, prochain essai à sa fin</translation>
    </message>
    <message>
        <source>{0} in your calendar until {1}</source>
        <extracomment>&quot;Weekly sync in your calendar until 11:00&quot;.</extracomment>
        <translation>{0} dans votre calendrier jusqu&apos;à {1}</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <source>{0} is open</source>
        <extracomment>An app rule holds reminders: &quot;zoom is open&quot;.</extracomment>
        <translation>{0} est ouvert</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>dans {0} min</translation>
    </message>
    <message>
        <source>in {0} h {1} min</source>
        <translation>dans {0} h {1} min</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>dans {0} h</translation>
    </message>
    <message>
        <source>{0} is waiting for you</source>
        <translation>{0} vous attend</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>En pause jusqu&apos;à ce que vous repreniez</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>En pause jusqu&apos;à {0}</translation>
    </message>
    <message>
        <source>Meeting mode: reminders wait until you end it</source>
        <translation>Mode réunion&#xa0;: les rappels attendent que vous y mettiez fin</translation>
    </message>
    <message>
        <source>Meeting mode until {0}: reminders wait</source>
        <translation>Mode réunion jusqu&apos;à {0}&#xa0;: les rappels attendent</translation>
    </message>
    <message>
        <source>{0} held: {1}</source>
        <translation>{0} en attente&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <extracomment>A held reminder comes anyway, quietly, at this time: &quot;... held: a fullscreen window, until 14:50&quot;.</extracomment>
        <translation>{0}, jusqu&apos;à {1}</translation>
    </message>
    <message>
        <source>Outside working hours; reminders resume {0}</source>
        <translation>Hors des heures de travail&#xa0;; reprise des rappels&#xa0;: {0}</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Tous les rappels sont désactivés</translation>
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
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose the folder your sync program carries</source>
        <translation>Choisissez le dossier que votre logiciel de synchronisation transporte</translation>
    </message>
</context>
</TS>

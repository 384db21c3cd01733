<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Unclench could not change its log: {0}</source>
        <translation>Unclench no ha podido modificar su registro: {0}</translation>
    </message>
</context>
<context>
    <name>BreakCoordinator</name>
    <message numerus="yes">
        <source>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</source>
        <translation>
            <numerusform>Un momento tranquilo para recuperar una pausa perdida (%n pendiente): «Recuperar una pausa», en el menú.</numerusform>
            <numerusform>Un momento tranquilo para recuperar una pausa perdida (%n pendientes): «Recuperar una pausa», en el menú.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Unclench break</source>
        <translation>Pausa de Unclench</translation>
    </message>
    <message>
        <source>Making up an earlier break</source>
        <translation>Recuperando una pausa anterior</translation>
    </message>
    <message>
        <source>&amp;Done early (Enter)</source>
        <translation>&amp;Terminar ya (Intro)</translation>
    </message>
    <message>
        <source>&amp;Postpone {0} min</source>
        <translation>&amp;Posponer {0} min</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <source>In an emergency, hold Esc for {0} seconds.</source>
        <translation>En caso de emergencia, mantén pulsada Esc {0} segundos.</translation>
    </message>
    <message>
        <source>{0} min {1} s left</source>
        <translation>Quedan {0} min {1} s</translation>
    </message>
</context>
<context>
    <name>BreakSettingsPage</name>
    <message>
        <source>Break screen</source>
        <translation>Pantalla de pausa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the movement break</source>
        <translation>Duración de la pausa para moverse</translation>
    </message>
    <message>
        <source>Show the movement break on the break screen</source>
        <translation>Mostrar la pausa para moverse en la pantalla de pausa</translation>
    </message>
    <message>
        <source>Show the stretch break on the break screen</source>
        <translation>Mostrar la pausa para estirar en la pantalla de pausa</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>A large window</source>
        <translation>Una ventana grande</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation>Todas las pantallas</translation>
    </message>
    <message>
        <source>The one with the pointer</source>
        <translation>La que tiene el puntero del ratón</translation>
    </message>
    <message>
        <source>Heads-up before a break</source>
        <translation>Aviso antes de una pausa</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before (0: none)</source>
        <translation>Segundos antes (0: ninguno)</translation>
    </message>
    <message>
        <source>A glowing edge around the screen</source>
        <translation>Un borde luminoso alrededor de la pantalla</translation>
    </message>
    <message>
        <source>A soft tone only</source>
        <translation>Solo un sonido suave</translation>
    </message>
    <message>
        <source>Strict mode and skips</source>
        <translation>Modo estricto y pausas saltadas</translation>
    </message>
    <message>
        <source>Strict movement break (hold Esc {0} s to leave)</source>
        <translation>Pausa para moverse en modo estricto (mantén pulsada Esc {0} s para salir)</translation>
    </message>
    <message>
        <source>Strict stretch break</source>
        <translation>Pausa para estirar en modo estricto</translation>
    </message>
    <message>
        <source>Postpones a day in strict mode</source>
        <translation>Aplazamientos al día en modo estricto</translation>
    </message>
    <message>
        <source>Limit skips</source>
        <translation>Limitar las pausas saltadas</translation>
    </message>
    <message>
        <source>Skips a day</source>
        <translation>Pausas saltadas al día</translation>
    </message>
    <message>
        <source>Offer to make up a missed break</source>
        <translation>Ofrecer recuperar una pausa perdida</translation>
    </message>
</context>
<context>
    <name>BreathingActions</name>
    <message>
        <source>There is no breathing pattern called &apos;{0}&apos;. Patterns: {1}</source>
        <translation>No hay ningún patrón de respiración llamado «{0}». Patrones: {1}</translation>
    </message>
    <message>
        <source>A breathing session lasts 1 to 10 minutes.</source>
        <translation>Una sesión de respiración dura de 1 a 10 minutos.</translation>
    </message>
</context>
<context>
    <name>BreathingExtras</name>
    <message>
        <source>Breathing options</source>
        <translation>Opciones de respiración</translation>
    </message>
    <message>
        <source>Some pattern files were skipped:</source>
        <translation>Se han omitido algunos archivos de patrones:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <source>Reduce motion: a still circle that changes colour</source>
        <translation>Menos movimiento: un círculo quieto que cambia de color</translation>
    </message>
    <message>
        <source>Your system asks for less motion, so the circle stays still either way.</source>
        <translation>Tu sistema pide menos movimiento, así que el círculo se queda quieto de todos modos.</translation>
    </message>
    <message>
        <source>Soft sound when the phase changes</source>
        <translation>Sonido suave al cambiar de fase</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Decir las fases en voz alta</translation>
    </message>
    <message>
        <source>Ask how tense I feel, before and after</source>
        <translation>Preguntar mi nivel de tensión, antes y después</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Ritmo de respiración</translation>
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
        <translation>Tensión {0} → {1}</translation>
    </message>
    <message>
        <source>Breathe &amp;again</source>
        <translation>Respirar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Start another breathing session</source>
        <translation>Empezar otra sesión de respiración</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the breathing window</source>
        <translation>Cerrar la ventana de respiración</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bien hecho.</translation>
    </message>
    <message>
        <source>Stopped. Every slow breath counts.</source>
        <translation>Terminado. Cada respiración lenta cuenta.</translation>
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
        <translation>Respirar – Unclench</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>¿Cuánta tensión sientes ahora mismo?</translation>
    </message>
    <message>
        <source>And how tense do you feel now?</source>
        <translation>¿Y cuánta tensión sientes ahora?</translation>
    </message>
</context>
<context>
    <name>CarriedItem</name>
    <message>
        <source>Also due now: {0}</source>
        <translation>También toca ahora: {0}</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>Bebí &amp;{0} ml</translation>
    </message>
    <message>
        <source>I took a few slow breaths</source>
        <translation>Respiré despacio unas cuantas veces</translation>
    </message>
    <message>
        <source>I did a short stretch</source>
        <translation>Hice un estiramiento corto</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <source>Tension and breaks</source>
        <translation>Tensión y pausas</translation>
    </message>
    <message>
        <source>Breathing, before and after</source>
        <translation>Respiración, antes y después</translation>
    </message>
    <message>
        <source>Days with {0}+ breaks</source>
        <translation>Días con {0}+ pausas</translation>
    </message>
    <message>
        <source>Days with fewer</source>
        <translation>Días con menos</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Antes de una sesión</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>ComputerFilter</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Todos los ordenadores</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (este ordenador)</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Slow belly breaths</source>
        <extracomment>exercise belly-breath: name</extracomment>
        <translation>Respiración lenta con el abdomen</translation>
    </message>
    <message>
        <source>Rest a hand on your belly. Breathe in through your nose so your belly rises under your hand, then breathe out slowly, a little longer than the breath in. Let your shoulders stay still.</source>
        <extracomment>exercise belly-breath: instruction</extracomment>
        <translation>Apoya una mano en el abdomen. Inspira por la nariz de modo que el abdomen se eleve bajo tu mano y luego espira despacio, un poco más de lo que duró la inspiración. Deja los hombros quietos.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <extracomment>exercise chest-opener: name</extracomment>
        <translation>Abrir el pecho</translation>
    </message>
    <message>
        <source>Stand or sit tall. Link your hands behind you, or hold the sides of the seat, then lift your chest and let your shoulders open wide. Keep your chin level and your breath easy.</source>
        <extracomment>exercise chest-opener: instruction</extracomment>
        <translation>De pie o en la silla, con la espalda erguida. Entrelaza las manos a tu espalda o sujeta los lados del asiento, luego eleva el pecho y deja que los hombros se abran. Mantén la barbilla recta y la respiración tranquila.</translation>
    </message>
    <message>
        <source>Chin tucks</source>
        <extracomment>exercise chin-tuck: name</extracomment>
        <translation>Retraer la barbilla</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead. Glide your chin straight back, as if making a small double chin, without tipping your head down. Hold softly, then let it drift forward again.</source>
        <extracomment>exercise chin-tuck: instruction</extracomment>
        <translation>Siéntate con la espalda recta y mira al frente. Lleva la barbilla recta hacia atrás, como si hicieras una pequeña papada, sin inclinar la cabeza hacia abajo. Mantén suavemente y luego deja que vuelva hacia delante.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <extracomment>exercise hip-flexor-stretch: name</extracomment>
        <translation>Estiramiento del flexor de la cadera</translation>
    </message>
    <message>
        <source>Stand in a short stride with a hand on the desk for balance. Bend the front knee a little and tuck your tailbone under until you feel a stretch at the front of the back hip. Keep your body upright.</source>
        <extracomment>exercise hip-flexor-stretch: instruction</extracomment>
        <translation>Ponte de pie con un paso corto y una mano en la mesa para equilibrarte. Dobla un poco la rodilla de delante y mete el coxis hacia abajo hasta notar un estiramiento en la parte delantera de la cadera de atrás. Mantén el cuerpo erguido.</translation>
    </message>
    <message>
        <source>Unclench your jaw</source>
        <extracomment>exercise jaw-release: name</extracomment>
        <translation>Suelta la mandíbula</translation>
    </message>
    <message>
        <source>Let your teeth part and your tongue rest behind your lower front teeth, lips softly together. Circle your fingertips slowly over the muscles just in front of your ears.</source>
        <extracomment>exercise jaw-release: instruction</extracomment>
        <translation>Separa los dientes y deja la lengua descansando detrás de los dientes de abajo, con los labios juntos sin apretar. Haz círculos lentos con la yema de los dedos sobre los músculos que hay justo delante de las orejas.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <extracomment>exercise neck-side-stretch: name</extracomment>
        <translation>Estiramiento lateral del cuello</translation>
    </message>
    <message>
        <source>Let both shoulders sink. Slowly tip one ear toward the shoulder on the same side until you feel a mild pull along the other side of your neck. Breathe; no need to press with your hand.</source>
        <extracomment>exercise neck-side-stretch: instruction</extracomment>
        <translation>Deja caer los dos hombros. Inclina despacio una oreja hacia el hombro del mismo lado hasta notar un tirón suave a lo largo del otro lado del cuello. Respira; no hace falta empujar con la mano.</translation>
    </message>
    <message>
        <source>Slow head turns</source>
        <extracomment>exercise neck-turn: name</extracomment>
        <translation>Giros lentos de cabeza</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders soft. Turn your head slowly to look over one shoulder, only as far as is comfortable. Pause, then turn back through the middle.</source>
        <extracomment>exercise neck-turn: instruction</extracomment>
        <translation>Siéntate con la espalda recta y los hombros relajados. Gira despacio la cabeza para mirar por encima de un hombro, solo hasta donde te resulte cómodo. Haz una pausa y vuelve pasando por el centro.</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <extracomment>exercise pmr-arms: name</extracomment>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>Bend your elbows and tighten the front of your upper arms, as if showing off your biceps.</source>
        <extracomment>exercise pmr-arms: instruction</extracomment>
        <translation>Dobla los codos y tensa la parte delantera de los brazos, como si presumieras de bíceps.</translation>
    </message>
    <message>
        <source>Lower your arms and let them rest heavy in your lap. Feel the difference.</source>
        <extracomment>exercise pmr-arms: what to do in the rest after each hold</extracomment>
        <translation>Baja los brazos y deja que descansen pesados sobre tu regazo. Nota la diferencia.</translation>
    </message>
    <message>
        <source>Belly</source>
        <extracomment>exercise pmr-belly: name</extracomment>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles, as if bracing for a gentle poke.</source>
        <extracomment>exercise pmr-belly: instruction</extracomment>
        <translation>Tensa los músculos del abdomen, como si te prepararas para un toque suave.</translation>
    </message>
    <message>
        <source>Let your belly go soft and round, and let it rise freely as you breathe in.</source>
        <extracomment>exercise pmr-belly: what to do in the rest after each hold</extracomment>
        <translation>Deja el abdomen blando y redondo, y que suba libremente al inspirar.</translation>
    </message>
    <message>
        <source>Eyes and jaw</source>
        <extracomment>exercise pmr-face: name</extracomment>
        <translation>Ojos y mandíbula</translation>
    </message>
    <message>
        <source>Close your eyes tightly and press your lips together. If your jaw is sore, keep the teeth apart.</source>
        <extracomment>exercise pmr-face: instruction</extracomment>
        <translation>Cierra los ojos con fuerza y aprieta los labios. Si te duele la mandíbula, mantén los dientes separados.</translation>
    </message>
    <message>
        <source>Let your face go slack, teeth parted and jaw hanging loose. Breathe out slowly.</source>
        <extracomment>exercise pmr-face: what to do in the rest after each hold</extracomment>
        <translation>Afloja la cara, con los dientes separados y la mandíbula suelta. Espira despacio.</translation>
    </message>
    <message>
        <source>Feet and calves</source>
        <extracomment>exercise pmr-feet: name</extracomment>
        <translation>Pies y pantorrillas</translation>
    </message>
    <message>
        <source>Keep your heels on the floor and pull your toes up toward your shins.</source>
        <extracomment>exercise pmr-feet: instruction</extracomment>
        <translation>Mantén los talones en el suelo y tira de las puntas de los pies hacia las espinillas.</translation>
    </message>
    <message>
        <source>Let your feet rest flat and loose on the floor. Notice how they feel now.</source>
        <extracomment>exercise pmr-feet: what to do in the rest after each hold</extracomment>
        <translation>Deja los pies apoyados y sueltos en el suelo. Nota cómo se sienten ahora.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <extracomment>exercise pmr-forehead: name</extracomment>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Raise your eyebrows as high as they go and hold the wrinkles in your forehead.</source>
        <extracomment>exercise pmr-forehead: instruction</extracomment>
        <translation>Sube las cejas todo lo que puedas y mantén las arrugas de la frente.</translation>
    </message>
    <message>
        <source>Let your brow fall smooth. Notice the forehead relax.</source>
        <extracomment>exercise pmr-forehead: what to do in the rest after each hold</extracomment>
        <translation>Deja que la frente se alise. Nota cómo se relaja.</translation>
    </message>
    <message>
        <source>Hands and forearms</source>
        <extracomment>exercise pmr-hands: name</extracomment>
        <translation>Manos y antebrazos</translation>
    </message>
    <message>
        <source>Curl both hands into fists and squeeze firmly, without straining. Notice the tightness.</source>
        <extracomment>exercise pmr-hands: instruction</extracomment>
        <translation>Cierra las dos manos en un puño y aprieta con firmeza, sin forzar. Nota la tensión.</translation>
    </message>
    <message>
        <source>Open your hands and let your fingers fall loose. Notice the warmth and heaviness.</source>
        <extracomment>exercise pmr-hands: what to do in the rest after each hold</extracomment>
        <translation>Abre las manos y deja caer los dedos sueltos. Nota el calor y el peso.</translation>
    </message>
    <message>
        <source>Thighs</source>
        <extracomment>exercise pmr-legs: name</extracomment>
        <translation>Muslos</translation>
    </message>
    <message>
        <source>Press your knees together and tighten your thighs.</source>
        <extracomment>exercise pmr-legs: instruction</extracomment>
        <translation>Junta las rodillas con fuerza y tensa los muslos.</translation>
    </message>
    <message>
        <source>Let your legs fall slightly apart and rest heavy on the chair.</source>
        <extracomment>exercise pmr-legs: what to do in the rest after each hold</extracomment>
        <translation>Deja que las piernas se separen un poco y descansen pesadas sobre la silla.</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <extracomment>exercise pmr-shoulders: name</extracomment>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Pull your shoulders up toward your ears and hold them there.</source>
        <extracomment>exercise pmr-shoulders: instruction</extracomment>
        <translation>Sube los hombros hacia las orejas y mantenlos ahí.</translation>
    </message>
    <message>
        <source>Let your shoulders drop all the way down. Feel the weight sink out of them.</source>
        <extracomment>exercise pmr-shoulders: what to do in the rest after each hold</extracomment>
        <translation>Deja caer los hombros del todo. Siente cómo el peso se va de ellos.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <extracomment>exercise pmr-upper-back: name</extracomment>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together and hold, keeping your neck relaxed.</source>
        <extracomment>exercise pmr-upper-back: instruction</extracomment>
        <translation>Junta los omóplatos y mantén, con el cuello relajado.</translation>
    </message>
    <message>
        <source>Release and let your upper back widen and soften against the chair.</source>
        <extracomment>exercise pmr-upper-back: what to do in the rest after each hold</extracomment>
        <translation>Suelta y deja que la parte alta de la espalda se ensanche y se apoye blanda en la silla.</translation>
    </message>
    <message>
        <source>Seated cat-cow</source>
        <extracomment>exercise seated-cat-cow: name</extracomment>
        <translation>Gato-vaca sentado</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back and let your head hang forward. Breathing in, lift your chest and let your lower back arch a little. Flow slowly between the two.</source>
        <extracomment>exercise seated-cat-cow: instruction</extracomment>
        <translation>Apoya las manos en las rodillas. Al espirar, redondea la espalda y deja caer la cabeza hacia delante. Al inspirar, eleva el pecho y deja que la zona lumbar se arquee un poco. Pasa despacio de una postura a otra.</translation>
    </message>
    <message>
        <source>Seated cat</source>
        <extracomment>exercise seated-cat: name</extracomment>
        <translation>Gato sentado</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back like a cat and let your head hang forward.</source>
        <extracomment>exercise seated-cat: instruction</extracomment>
        <translation>Apoya las manos en las rodillas. Al espirar, redondea la espalda como un gato y deja caer la cabeza hacia delante.</translation>
    </message>
    <message>
        <source>Seated cow</source>
        <extracomment>exercise seated-cow: name</extracomment>
        <translation>Vaca sentada</translation>
    </message>
    <message>
        <source>Breathing in, lift your chest and let your lower back arch a little. Look ahead, not up.</source>
        <extracomment>exercise seated-cow: instruction</extracomment>
        <translation>Al inspirar, eleva el pecho y deja que la zona lumbar se arquee un poco. Mira al frente, no hacia arriba.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <extracomment>exercise seated-twist: name</extracomment>
        <translation>Torsión sentado</translation>
    </message>
    <message>
        <source>Sit tall with both feet on the floor. Turn your chest toward one side, one hand on the opposite knee and the other on the chair back. Grow tall as you breathe in; turn back slowly.</source>
        <extracomment>exercise seated-twist: instruction</extracomment>
        <translation>Siéntate con la espalda recta y los dos pies en el suelo. Gira el pecho hacia un lado, con una mano en la rodilla contraria y la otra en el respaldo. Crece al inspirar; vuelve despacio.</translation>
    </message>
    <message>
        <source>Short walk</source>
        <extracomment>exercise short-walk: name</extracomment>
        <translation>Paseo corto</translation>
    </message>
    <message>
        <source>Stand up and walk about: to a window, the kitchen or along the corridor. Let your arms swing and your shoulders loosen. Fetching a glass of water counts.</source>
        <extracomment>exercise short-walk: instruction</extracomment>
        <translation>Levántate y camina un poco: hasta una ventana, la cocina o por el pasillo. Deja que los brazos se balanceen y los hombros se suelten. Ir a por un vaso de agua también cuenta.</translation>
    </message>
    <message>
        <source>Shoulder-blade squeeze</source>
        <extracomment>exercise shoulder-blade-squeeze: name</extracomment>
        <translation>Juntar los omóplatos</translation>
    </message>
    <message>
        <source>Sit upright with your arms loose. Draw your shoulder blades back and a little down, as if sliding them into your back pockets. Hold lightly, then let go.</source>
        <extracomment>exercise shoulder-blade-squeeze: instruction</extracomment>
        <translation>Siéntate con la espalda recta y los brazos sueltos. Lleva los omóplatos hacia atrás y un poco hacia abajo, como si los metieras en los bolsillos traseros. Mantén suavemente y luego suelta.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <extracomment>exercise shoulder-rolls: name</extracomment>
        <translation>Círculos de hombros</translation>
    </message>
    <message>
        <source>Lift your shoulders toward your ears, draw them back, then let them drop. Keep the circles slow and round, rolling backwards.</source>
        <extracomment>exercise shoulder-rolls: instruction</extracomment>
        <translation>Sube los hombros hacia las orejas, llévalos hacia atrás y déjalos caer. Haz círculos lentos y redondos, siempre hacia atrás.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <extracomment>exercise standing-back-extension: name</extracomment>
        <translation>Extensión de espalda de pie</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and your palms on your lower back. Lean back gently from the hips, only as far as feels comfortable, then come back up to standing.</source>
        <extracomment>exercise standing-back-extension: instruction</extracomment>
        <translation>De pie, con los pies separados al ancho de las caderas y las palmas en la zona lumbar. Inclínate suavemente hacia atrás desde las caderas, solo hasta donde te resulte cómodo, y vuelve a incorporarte.</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <extracomment>exercise standing-side-bend: name</extracomment>
        <translation>Inclinación lateral de pie</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart. Reach one arm up and over your head and lean gently the other way, keeping your hips steady. Breathe into your side, then return to the middle.</source>
        <extracomment>exercise standing-side-bend: instruction</extracomment>
        <translation>De pie, con la espalda recta y los pies separados al ancho de las caderas. Lleva un brazo hacia arriba y por encima de la cabeza e inclínate suavemente hacia el otro lado, con las caderas quietas. Respira hacia el costado y vuelve al centro.</translation>
    </message>
    <message>
        <source>Upper-back reach</source>
        <extracomment>exercise upper-back-reach: name</extracomment>
        <translation>Estirar la parte alta de la espalda</translation>
    </message>
    <message>
        <source>Link your fingers and push your palms away at shoulder height. Round your upper back and let your head drop a little, as if hugging a large ball. Feel the space between your shoulder blades widen.</source>
        <extracomment>exercise upper-back-reach: instruction</extracomment>
        <translation>Entrelaza los dedos y empuja las palmas hacia delante a la altura de los hombros. Redondea la parte alta de la espalda y deja caer un poco la cabeza, como si abrazaras una pelota grande. Nota cómo se ensancha el espacio entre los omóplatos.</translation>
    </message>
    <message>
        <source>Forearm and wrist stretch</source>
        <extracomment>exercise wrist-stretch: name</extracomment>
        <translation>Estiramiento de antebrazo y muñeca</translation>
    </message>
    <message>
        <source>Hold one arm out in front, palm up and elbow soft. With the other hand, ease the fingers down and back until the inside of the forearm feels a gentle stretch.</source>
        <extracomment>exercise wrist-stretch: instruction</extracomment>
        <translation>Estira un brazo hacia delante, con la palma hacia arriba y el codo suelto. Con la otra mano, lleva suavemente los dedos hacia abajo y hacia atrás hasta notar un estiramiento suave en la cara interna del antebrazo.</translation>
    </message>
    <message>
        <source>Hands, chest and jaw minute</source>
        <extracomment>routine micro-hands: name</extracomment>
        <translation>Un minuto para manos, pecho y mandíbula</translation>
    </message>
    <message>
        <source>A one-minute break for keyboard hands, a closed chest and a clenched jaw.</source>
        <extracomment>routine micro-hands: description</extracomment>
        <translation>Una pausa de un minuto para manos de teclado, un pecho cerrado y una mandíbula apretada.</translation>
    </message>
    <message>
        <source>Neck and shoulders minute</source>
        <extracomment>routine micro-neck: name</extracomment>
        <translation>Un minuto para cuello y hombros</translation>
    </message>
    <message>
        <source>A one-minute reset for a stiff neck and raised shoulders.</source>
        <extracomment>routine micro-neck: description</extracomment>
        <translation>Un minuto para reajustar un cuello rígido y unos hombros encogidos.</translation>
    </message>
    <message>
        <source>Stand-up minute</source>
        <extracomment>routine micro-stand: name</extracomment>
        <translation>Un minuto de pie</translation>
    </message>
    <message>
        <source>Out of the chair for a minute: lean back, reach, walk.</source>
        <extracomment>routine micro-stand: description</extracomment>
        <translation>Un minuto fuera de la silla: inclinarte hacia atrás, estirarte, caminar.</translation>
    </message>
    <message>
        <source>Back and spine minute</source>
        <extracomment>routine micro-back: name</extracomment>
        <translation>Un minuto para la espalda</translation>
    </message>
    <message>
        <source>A one-minute break that moves the spine after a long sit.</source>
        <extracomment>routine micro-back: description</extracomment>
        <translation>Una pausa de un minuto que mueve la columna después de pasar mucho rato en la silla.</translation>
    </message>
    <message>
        <source>Neck and shoulder release</source>
        <extracomment>routine neck-release: name</extracomment>
        <translation>Soltar cuello y hombros</translation>
    </message>
    <message>
        <source>About three minutes to loosen the neck, shoulders and jaw where many people hold tension.</source>
        <extracomment>routine neck-release: description</extracomment>
        <translation>Unos tres minutos para aflojar el cuello, los hombros y la mandíbula, donde mucha gente acumula tensión.</translation>
    </message>
    <message>
        <source>Back reset</source>
        <extracomment>routine back-reset: name</extracomment>
        <translation>Reajuste de espalda</translation>
    </message>
    <message>
        <source>About five minutes of gentle moves for the whole back, seated and standing, ending with a short walk.</source>
        <extracomment>routine back-reset: description</extracomment>
        <translation>Unos cinco minutos de movimientos suaves para toda la espalda, en la silla y de pie, y para terminar un paseo corto.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>routine muscle-relaxation: name</extracomment>
        <translation>Relajación muscular progresiva</translation>
    </message>
    <message>
        <source>About five minutes, group by group: tense a muscle group for five seconds, then let it go for ten and notice the difference. Tense firmly but never to the point of pain.</source>
        <extracomment>routine muscle-relaxation: description</extracomment>
        <translation>Unos cinco minutos, grupo a grupo: tensa un grupo de músculos durante cinco segundos, suéltalo durante diez y nota la diferencia. Tensa con firmeza, pero nunca hasta sentir dolor.</translation>
    </message>
    <message>
        <source>Feet flat on the floor (or a footrest)</source>
        <extracomment>posture checklist feet-flat: the thing to check (short)</extracomment>
        <translation>Pies apoyados en el suelo (o en un reposapiés)</translation>
    </message>
    <message>
        <source>Knees roughly level with your hips, not tucked under the chair.</source>
        <extracomment>posture checklist feet-flat: how, in one sentence</extracomment>
        <translation>Las rodillas más o menos a la altura de las caderas, no recogidas bajo la silla.</translation>
    </message>
    <message>
        <source>Back resting against the chair</source>
        <extracomment>posture checklist back-supported: the thing to check (short)</extracomment>
        <translation>Espalda apoyada en la silla</translation>
    </message>
    <message>
        <source>Sit all the way back so the backrest carries the curve of your lower back.</source>
        <extracomment>posture checklist back-supported: how, in one sentence</extracomment>
        <translation>Siéntate bien atrás para que el respaldo sostenga la curva de la zona lumbar.</translation>
    </message>
    <message>
        <source>Shoulders down and loose</source>
        <extracomment>posture checklist shoulders-loose: the thing to check (short)</extracomment>
        <translation>Hombros bajos y sueltos</translation>
    </message>
    <message>
        <source>Let them drop away from your ears; they often creep up when you concentrate.</source>
        <extracomment>posture checklist shoulders-loose: how, in one sentence</extracomment>
        <translation>Deja que se alejen de las orejas; suelen subir cuando te concentras.</translation>
    </message>
    <message>
        <source>Jaw unclenched</source>
        <extracomment>posture checklist jaw-unclenched: the thing to check (short)</extracomment>
        <translation>Mandíbula suelta</translation>
    </message>
    <message>
        <source>Teeth apart, lips lightly together, tongue resting.</source>
        <extracomment>posture checklist jaw-unclenched: how, in one sentence</extracomment>
        <translation>Dientes separados, labios juntos sin apretar, lengua en reposo.</translation>
    </message>
    <message>
        <source>Top of the screen near eye level</source>
        <extracomment>posture checklist screen-height: the thing to check (short)</extracomment>
        <translation>Parte alta de la pantalla cerca de los ojos</translation>
    </message>
    <message>
        <source>About an arm&apos;s length away, so your head is not tipped down or pushed forward.</source>
        <extracomment>posture checklist screen-height: how, in one sentence</extracomment>
        <translation>A un brazo de distancia, para que la cabeza no se incline hacia abajo ni se adelante.</translation>
    </message>
    <message>
        <source>Elbows bent at about 90°</source>
        <extracomment>posture checklist elbows-90: the thing to check (short)</extracomment>
        <translation>Codos doblados a unos 90°</translation>
    </message>
    <message>
        <source>Forearms roughly level with the desk, wrists straight and floating.</source>
        <extracomment>posture checklist elbows-90: how, in one sentence</extracomment>
        <translation>Antebrazos más o menos a la altura de la mesa, muñecas rectas y sin apoyar.</translation>
    </message>
    <message>
        <source>Head balanced over your shoulders</source>
        <extracomment>posture checklist head-over-shoulders: the thing to check (short)</extracomment>
        <translation>Cabeza equilibrada sobre los hombros</translation>
    </message>
    <message>
        <source>Ears above the shoulders rather than in front of them.</source>
        <extracomment>posture checklist head-over-shoulders: how, in one sentence</extracomment>
        <translation>Las orejas encima de los hombros y no por delante.</translation>
    </message>
    <message>
        <source>Hands and fingers soft</source>
        <extracomment>posture checklist hands-soft: the thing to check (short)</extracomment>
        <translation>Manos y dedos relajados</translation>
    </message>
    <message>
        <source>No gripping the mouse; let the wrists rest between movements.</source>
        <extracomment>posture checklist hands-soft: how, in one sentence</extracomment>
        <translation>No aprietes el ratón; deja descansar las muñecas entre movimientos.</translation>
    </message>
    <message>
        <source>Belly soft</source>
        <extracomment>posture checklist belly-soft: the thing to check (short)</extracomment>
        <translation>Abdomen relajado</translation>
    </message>
    <message>
        <source>Let it move as you breathe instead of holding it in.</source>
        <extracomment>posture checklist belly-soft: how, in one sentence</extracomment>
        <translation>Deja que se mueva al respirar en vez de meterlo.</translation>
    </message>
    <message>
        <source>One slow breath out</source>
        <extracomment>posture checklist breath-out: the thing to check (short)</extracomment>
        <translation>Una espiración lenta</translation>
    </message>
    <message>
        <source>Breathe out a little longer than you breathed in, and let your shoulders sink with it.</source>
        <extracomment>posture checklist breath-out: how, in one sentence</extracomment>
        <translation>Espira un poco más de lo que has inspirado y deja que los hombros bajen con ello.</translation>
    </message>
    <message>
        <source>A short walk</source>
        <extracomment>movement break suggestion short-walk: title (short)</extracomment>
        <translation>Un paseo corto</translation>
    </message>
    <message>
        <source>Walk for a few minutes: down the corridor, up a flight of stairs or once around the room. An easy pace is enough.</source>
        <extracomment>movement break suggestion short-walk: what to do, one or two sentences</extracomment>
        <translation>Camina unos minutos: por el pasillo, escaleras arriba o una vuelta por la habitación. Basta con un ritmo tranquilo.</translation>
    </message>
    <message>
        <source>Refill your water</source>
        <extracomment>movement break suggestion refill-water: title (short)</extracomment>
        <translation>Rellena el agua</translation>
    </message>
    <message>
        <source>Walk to the kitchen or the tap and refill your glass or bottle. Drink some if you are thirsty.</source>
        <extracomment>movement break suggestion refill-water: what to do, one or two sentences</extracomment>
        <translation>Ve a la cocina o al grifo y rellena tu vaso o tu botella. Bebe un poco si tienes sed.</translation>
    </message>
    <message>
        <source>Loosen your shoulders</source>
        <extracomment>movement break suggestion loosen-shoulders: title (short)</extracomment>
        <translation>Afloja los hombros</translation>
    </message>
    <message>
        <source>Stand up, roll your shoulders slowly back a few times and let them drop. Let your arms hang and shake your hands loose.</source>
        <extracomment>movement break suggestion loosen-shoulders: what to do, one or two sentences</extracomment>
        <translation>Levántate, gira los hombros despacio hacia atrás unas cuantas veces y déjalos caer. Deja colgar los brazos y sacude las manos para soltarlas.</translation>
    </message>
    <message>
        <source>Move gently</source>
        <extracomment>movement break suggestion gentle-movement: title (short)</extracomment>
        <translation>Muévete con suavidad</translation>
    </message>
    <message>
        <source>Stand and move in any easy way that feels good: shift your weight, march on the spot, reach up. Stop any move that hurts.</source>
        <extracomment>movement break suggestion gentle-movement: what to do, one or two sentences</extracomment>
        <translation>Ponte de pie y muévete de cualquier forma sencilla que te siente bien: pasa el peso de un pie a otro, marcha en el sitio, estírate hacia arriba. Deja cualquier movimiento que duela.</translation>
    </message>
    <message>
        <source>Look far away</source>
        <extracomment>movement break suggestion look-far: title (short)</extracomment>
        <translation>Mira a lo lejos</translation>
    </message>
    <message>
        <source>Stand at a window or at the far end of the room and rest your eyes on something far away. Breathe out slowly.</source>
        <extracomment>movement break suggestion look-far: what to do, one or two sentences</extracomment>
        <translation>Ponte junto a una ventana o en el otro extremo de la habitación y deja descansar la vista en algo lejano. Espira despacio.</translation>
    </message>
    <message>
        <source>Let go completely and breathe out slowly.</source>
        <extracomment>the rest after a hold, when the exercise gives no words of its own</extracomment>
        <translation>Suelta del todo y espira despacio.</translation>
    </message>
    <message>
        <source>Longer exhale</source>
        <extracomment>breathing pattern longer-exhale: name</extracomment>
        <translation>Espiración más larga</translation>
    </message>
    <message>
        <source>In for 4 seconds, out for 6: six slow breaths a minute, each out-breath a little longer than the in-breath. Many people find this pace settling. Breathe out slowly, as if through a straw.</source>
        <extracomment>breathing pattern longer-exhale: description</extracomment>
        <translation>Inspira durante 4 segundos y espira durante 6: seis respiraciones lentas por minuto, cada espiración un poco más larga que la inspiración. A mucha gente este ritmo le resulta tranquilizador. Espira despacio, como a través de una pajita.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <extracomment>breathing pattern resonance: name</extracomment>
        <translation>Respiración de resonancia</translation>
    </message>
    <message>
        <source>Even breaths of 5.5 seconds in and 5.5 out, a little under six breaths a minute. Also called coherent breathing. Let the belly rise and fall rather than the shoulders.</source>
        <extracomment>breathing pattern resonance: description</extracomment>
        <translation>Respiraciones regulares de 5,5 segundos al inspirar y 5,5 al espirar, algo menos de seis respiraciones por minuto. También se llama respiración coherente. Deja que suba y baje el abdomen, no los hombros.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <extracomment>breathing pattern box: name</extracomment>
        <translation>Respiración cuadrada</translation>
    </message>
    <message>
        <source>Four equal sides of 4 seconds: in, hold, out, hold. The steady count gives a busy mind something simple to follow.</source>
        <extracomment>breathing pattern box: description</extracomment>
        <translation>Cuatro lados iguales de 4 segundos: inspira, retén, espira, retén. La cuenta regular le da a una mente ajetreada algo sencillo que seguir.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <extracomment>breathing pattern physiological-sigh: name</extracomment>
        <translation>Suspiro fisiológico</translation>
    </message>
    <message>
        <source>A full breath in through the nose, a short second sip of air on top, then a long, easy breath out through the mouth. The same double breath the body makes on its own when it sighs.</source>
        <extracomment>breathing pattern physiological-sigh: description</extracomment>
        <translation>Una inspiración completa por la nariz, un segundo sorbo de aire corto encima y luego una espiración larga y tranquila por la boca. Es la misma doble inspiración que el cuerpo hace por sí solo al suspirar.</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <extracomment>breathing pattern 4-7-8: name</extracomment>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>In through the nose for 4 seconds, hold for 7, then out through the mouth for 8. A few rounds are plenty.</source>
        <extracomment>breathing pattern 4-7-8: description</extracomment>
        <translation>Inspira por la nariz durante 4 segundos, retén 7 y espira por la boca durante 8. Con unas pocas rondas basta.</translation>
    </message>
    <message>
        <source>The holds are optional: if holding feels uncomfortable, keep breathing gently through them. Stop and breathe normally if you feel light-headed or dizzy.</source>
        <extracomment>breathing pattern 4-7-8: caution</extracomment>
        <translation>Las retenciones son opcionales: si retener el aire te resulta incómodo, sigue respirando suavemente durante ellas. Para y respira con normalidad si notas mareo o aturdimiento.</translation>
    </message>
    <message>
        <source>Stress and muscle tension</source>
        <extracomment>why this helps, topic stress-tension: title (short)</extracomment>
        <translation>Estrés y tensión muscular</translation>
    </message>
    <message>
        <source>In laboratory studies, mental stress such as timed arithmetic raises the activity of the shoulder muscles, even when the body is doing no physical work. Distress and low mood also make it more likely that back pain lasts. How much everyday stress adds to neck and back pain differs from person to person, so take this as a reasonable idea, not a proven cause.</source>
        <extracomment>why this helps, topic stress-tension: what is known, two or three sentences</extracomment>
        <translation>En estudios de laboratorio, el estrés mental, como hacer cálculos contra reloj, aumenta la actividad de los músculos de los hombros, aunque el cuerpo no esté haciendo ningún esfuerzo físico. El malestar emocional y el ánimo bajo también hacen más probable que el dolor de espalda se prolongue. Cuánto contribuye el estrés cotidiano al dolor de cuello y espalda varía de una persona a otra, así que tómalo como una idea razonable, no como una causa demostrada.</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <extracomment>why this helps, topic micro-breaks: title (short)</extracomment>
        <translation>Pausas cortas</translation>
    </message>
    <message>
        <source>Breaks of up to ten minutes leave people a little less tired and a little more energetic, a small but reliable effect. They do not reliably make people work better or faster; longer breaks did better on that. Unclench suggests breaks for how you feel, not to raise your output.</source>
        <extracomment>why this helps, topic micro-breaks: what is known, two or three sentences</extracomment>
        <translation>Las pausas de hasta diez minutos dejan a la gente algo menos cansada y con algo más de energía, un efecto pequeño pero fiable. No hacen que se trabaje mejor o más rápido de forma fiable; en eso, las pausas más largas dieron mejor resultado. Unclench te propone pausas por cómo te sientes, no para que rindas más.</translation>
    </message>
    <message>
        <source>Staying active with back pain</source>
        <extracomment>why this helps, topic movement: title (short)</extracomment>
        <translation>Mantenerse activo con dolor de espalda</translation>
    </message>
    <message>
        <source>Guidelines advise people with low back pain to carry on with normal activities as far as they can and, when pain lasts, to exercise. Exercise programmes ease long-lasting low back pain by a modest amount on average. Gentle moves during the day are a small part of staying active, not a treatment.</source>
        <extracomment>why this helps, topic movement: what is known, two or three sentences</extracomment>
        <translation>Las guías recomiendan a quienes tienen dolor lumbar seguir con sus actividades normales en la medida de lo posible y, si el dolor persiste, hacer ejercicio. Los programas de ejercicio alivian el dolor lumbar de larga duración en una medida modesta, de media. Moverse con suavidad durante el día es una pequeña parte de mantenerse activo, no un tratamiento.</translation>
    </message>
    <message>
        <source>Stretching at the desk</source>
        <extracomment>why this helps, topic stretching: title (short)</extracomment>
        <translation>Estirar en el escritorio</translation>
    </message>
    <message>
        <source>Stretching feels good to many people and is part of the exercise that guidelines suggest for back pain, but there is little good evidence that desk stretches on their own prevent neck or back pain. When a muscle cramps, gently stretching it is the usual first help. Stretch only as far as is comfortable, and stop if pain increases.</source>
        <extracomment>why this helps, topic stretching: what is known, two or three sentences</extracomment>
        <translation>A mucha gente estirar le sienta bien y forma parte del ejercicio que las guías proponen para el dolor de espalda, pero hay pocas pruebas sólidas de que los estiramientos en el escritorio, por sí solos, prevengan el dolor de cuello o de espalda. Cuando un músculo da un calambre, estirarlo con suavidad es la primera ayuda habitual. Estira solo hasta donde te resulte cómodo y para si el dolor aumenta.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <extracomment>why this helps, topic slow-breathing: title (short)</extracomment>
        <translation>Respiración lenta</translation>
    </message>
    <message>
        <source>Breathing slowly, around six breaths a minute, reliably raises heart-rate variability, a sign that the resting branch of the nervous system is more active, during the exercise and shortly after. Its effect on how stressed people feel is smaller: trials find a small reduction on average, and many are of modest quality. Breathe gently, and stop and breathe normally if you feel light-headed.</source>
        <extracomment>why this helps, topic slow-breathing: what is known, two or three sentences</extracomment>
        <translation>Respirar despacio, unas seis veces por minuto, aumenta de forma fiable la variabilidad de la frecuencia cardiaca, una señal de que la rama del sistema nervioso que se ocupa del reposo está más activa, durante el ejercicio y poco después. Su efecto sobre el estrés que se siente es menor: los ensayos encuentran una reducción pequeña de media, y muchos son de calidad modesta. Respira con suavidad, y para y respira con normalidad si te mareas.</translation>
    </message>
    <message>
        <source>Tensing and then letting go of one muscle group after another is a long-used relaxation method. Relaxation training lowers anxiety by a moderate amount in trials, and a back-pain guideline lists progressive relaxation as an option for long-lasting low back pain, on low-quality evidence. Tense firmly but never to the point of pain.</source>
        <extracomment>why this helps, topic muscle-relaxation: what is known, two or three sentences</extracomment>
        <translation>Tensar y luego soltar un grupo de músculos tras otro es un método de relajación usado desde hace mucho. En los ensayos, el entrenamiento en relajación reduce la ansiedad de forma moderada, y una guía sobre el dolor de espalda incluye la relajación progresiva como opción para el dolor lumbar de larga duración, con pruebas de baja calidad. Tensa con firmeza, pero nunca hasta sentir dolor.</translation>
    </message>
    <message>
        <source>Posture and screen height</source>
        <extracomment>why this helps, topic posture: title (short)</extracomment>
        <translation>Postura y altura de la pantalla</translation>
    </message>
    <message>
        <source>No single sitting posture has been shown to prevent back or neck pain, and reviews of desk set-ups and ergonomic training find only low-quality, inconsistent evidence. A comfortable set-up and changing position often are still sensible. The posture checklist is a prompt to notice and ease tension, not a rule for sitting correctly.</source>
        <extracomment>why this helps, topic posture: what is known, two or three sentences</extracomment>
        <translation>No se ha demostrado que ninguna postura concreta al sentarse prevenga el dolor de espalda o de cuello, y las revisiones sobre la organización del puesto y la formación en ergonomía solo encuentran pruebas de baja calidad y poco coherentes. Aun así, tiene sentido un puesto cómodo y cambiar de postura a menudo. La lista de postura es un recordatorio para notar y aflojar la tensión, no una norma para sentarse bien.</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>why this helps, topic water: title (short)</extracomment>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Healthy adults need about two to two and a half litres of water a day from drinks and food together, and thirst is a good guide. There is no good evidence that drinking more water prevents muscle cramps or back spasms, and forcing down large amounts can be dangerous because it dilutes the salt in the blood. Unclench&apos;s water reminders mean: drink when you are thirsty or as you planned, nothing more.</source>
        <extracomment>why this helps, topic water: what is known, two or three sentences</extracomment>
        <translation>Los adultos sanos necesitan unos dos a dos litros y medio de agua al día, sumando bebidas y comida, y la sed es una buena guía. No hay pruebas sólidas de que beber más agua prevenga los calambres musculares o los espasmos de espalda, y obligarse a beber grandes cantidades puede ser peligroso porque diluye la sal de la sangre. Los recordatorios de agua de Unclench significan: bebe cuando tengas sed o como lo hayas planeado, nada más.</translation>
    </message>
    <message>
        <source>Walking and getting up</source>
        <extracomment>why this helps, topic walking: title (short)</extracomment>
        <translation>Caminar y levantarse</translation>
    </message>
    <message>
        <source>In a large trial, people who built up regular walking over six months, with some coaching, went nearly twice as long before their low back pain came back. Health guidelines advise adults to sit less and move more, though what a short walk at work does on its own is not known. Sit-stand desks cut sitting at work by about an hour a day at first, on low-quality evidence; whether that helps health is still unclear.</source>
        <extracomment>why this helps, topic walking: what is known, two or three sentences</extracomment>
        <translation>En un ensayo grande, las personas que fueron aumentando el hábito de caminar durante seis meses, con algo de acompañamiento, tardaron casi el doble en volver a tener dolor lumbar. Las guías de salud recomiendan a los adultos estar menos tiempo sentados y moverse más, aunque no se sabe qué efecto tiene por sí solo un paseo corto en el trabajo. Los escritorios elevables reducen al principio el tiempo sentado en el trabajo en alrededor de una hora al día, con pruebas de baja calidad; si eso mejora la salud aún no está claro.</translation>
    </message>
    <message>
        <source>Heat or cold for a sore back</source>
        <extracomment>why this helps, topic heat-cold: title (short)</extracomment>
        <translation>Calor o frío para la espalda dolorida</translation>
    </message>
    <message>
        <source>A heat wrap eases new low back pain a little for a short time, with moderate-quality evidence, and a guideline suggests it for pain of recent onset. For cold packs there is too little evidence to say whether they help. Use whichever feels better, never directly on bare skin, and not on skin that has lost feeling.</source>
        <extracomment>why this helps, topic heat-cold: what is known, two or three sentences</extracomment>
        <translation>Una faja térmica alivia un poco y durante poco tiempo el dolor lumbar reciente, con pruebas de calidad moderada, y una guía la propone para el dolor que ha empezado hace poco. Sobre las compresas frías hay demasiado pocas pruebas para saber si ayudan. Usa lo que te siente mejor, nunca directamente sobre la piel desnuda ni sobre piel que haya perdido sensibilidad.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>why this helps, topic sleep: title (short)</extracomment>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Adults are advised to sleep at least seven hours a night. Poor sleep and pain feed each other, and poor sleep seems to predict later pain more strongly than pain predicts poor sleep. Unclench starts its counts afresh after a night&apos;s sleep and keeps quiet outside your working hours.</source>
        <extracomment>why this helps, topic sleep: what is known, two or three sentences</extracomment>
        <translation>Se recomienda que los adultos duerman al menos siete horas por noche. Dormir mal y el dolor se alimentan mutuamente, y dormir mal parece predecir el dolor posterior con más fuerza que el dolor predice dormir mal. Unclench empieza a contar de cero tras una noche de sueño y no te molesta fuera de tu horario laboral.</translation>
    </message>
</context>
<context>
    <name>CustomPatternEditor</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspirar</translation>
    </message>
    <message>
        <source>Hold (full)</source>
        <translation>Retener (lleno)</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espirar</translation>
    </message>
    <message>
        <source>Hold (empty)</source>
        <translation>Retener (vacío)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, segundos</translation>
    </message>
    <message>
        <source>&amp;Breathe with this pattern</source>
        <translation>&amp;Respirar con este patrón</translation>
    </message>
    <message>
        <source>Start the custom pattern</source>
        <translation>Empezar el patrón personalizado</translation>
    </message>
    <message>
        <source>Use {0} to {1} seconds</source>
        <translation>Usa de {0} a {1} segundos</translation>
    </message>
</context>
<context>
    <name>DailySeriesModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pausas hechas</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Saltadas o perdidas</translation>
    </message>
    <message>
        <source>Water (ml)</source>
        <translation>Agua (ml)</translation>
    </message>
    <message>
        <source>Tension (average)</source>
        <translation>Tensión (media)</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Chequeos de postura</translation>
    </message>
    <message>
        <source>Breathing (min)</source>
        <translation>Respiración (min)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>DoctorPage</name>
    <message>
        <source>What Unclench sees</source>
        <translation>Lo que ve Unclench</translation>
    </message>
    <message>
        <source>What each detector sees on this desktop right now:</source>
        <translation>Lo que ve cada detector en este escritorio ahora mismo:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Saving the events of {0}…</source>
        <translation>Guardando los eventos de {0}…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Movement break</source>
        <translation>Pausa para moverse</translation>
    </message>
    <message>
        <source>movement break</source>
        <translation>pausa para moverse</translation>
    </message>
    <message>
        <source>Get up for a few minutes: walk, stand, look far away or refill your water.</source>
        <translation>Levántate unos minutos: camina, quédate de pie, mira a lo lejos o rellena el agua.</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pausa para estirar</translation>
    </message>
    <message>
        <source>stretch break</source>
        <translation>pausa para estirar</translation>
    </message>
    <message>
        <source>Stand up if you can and move gently. Stop any move that hurts.</source>
        <translation>Levántate si puedes y muévete con suavidad. Deja cualquier movimiento que duela.</translation>
    </message>
    <message>
        <source>Breathing break</source>
        <translation>Pausa para respirar</translation>
    </message>
    <message>
        <source>breathing break</source>
        <translation>pausa para respirar</translation>
    </message>
    <message>
        <source>A few slow breaths with a longer out-breath; many people find it settling.</source>
        <translation>Unas cuantas respiraciones lentas con la espiración más larga; a mucha gente le calma.</translation>
    </message>
    <message>
        <source>Water break</source>
        <translation>Pausa para beber</translation>
    </message>
    <message>
        <source>water</source>
        <translation>agua</translation>
    </message>
    <message>
        <source>Time for a drink, if you are thirsty or as you planned.</source>
        <translation>Es un buen momento para beber, si tienes sed o como lo habías planeado.</translation>
    </message>
    <message>
        <source>Posture check</source>
        <translation>Chequeo de postura</translation>
    </message>
    <message>
        <source>posture check</source>
        <translation>chequeo de postura</translation>
    </message>
    <message>
        <source>Take a few seconds. Tick what you just did:</source>
        <translation>Tómate unos segundos. Marca lo que acabas de hacer:</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El mismo que el sistema</translation>
    </message>
    <message>
        <source>Applies the next time Unclench starts.</source>
        <translation>Se aplica la próxima vez que se inicie Unclench.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Unclench could not start: {0}</source>
        <translation>Unclench no ha podido iniciarse: {0}</translation>
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
        <translation>No se ha podido abrir ninguna salida de sonido, así que no habrá sonidos de fase.</translation>
    </message>
    <message>
        <source>Unclench cannot play sounds on this system yet.</source>
        <translation>Unclench todavía no puede reproducir sonidos en este sistema.</translation>
    </message>
    <message>
        <source>Speaking failed ({0}), so spoken cues are off.</source>
        <translation>No se ha podido hablar ({0}), así que los avisos hablados están desactivados.</translation>
    </message>
    <message>
        <source>No speech program was found. Spoken cues use espeak or flite; install one to hear them.</source>
        <translation>No se ha encontrado ningún programa de voz. Los avisos hablados usan espeak o flite; instala uno para oírlos.</translation>
    </message>
</context>
<context>
    <name>PromptPresenter</name>
    <message>
        <source>Some content files have problems and were left out:</source>
        <translation>Algunos archivos de contenido tienen problemas y se han dejado fuera:</translation>
    </message>
</context>
<context>
    <name>QuietSources</name>
    <message>
        <source>The app rules are not valid: {}</source>
        <translation>Las reglas de apps no son válidas: {}</translation>
    </message>
</context>
<context>
    <name>QuietTimesPage</name>
    <message>
        <source>What Unclench sees…</source>
        <translation>Lo que ve Unclench…</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone or camera is in use</source>
        <translation>Dejar en espera los recordatorios mientras se usan el micrófono o la cámara</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a call ends, wait</source>
        <translation>Al terminar una llamada, esperar</translation>
    </message>
    <message>
        <source>Hold at most, per day</source>
        <extracomment>After this much holding in a day, reminders come anyway, quietly.</extracomment>
        <translation>Dejar en espera como máximo, al día</translation>
    </message>
    <message>
        <source>Apps that are not calls</source>
        <translation>Apps que no son llamadas</translation>
    </message>
    <message>
        <source>Count as calls again</source>
        <translation>Volver a contar como llamada</translation>
    </message>
    <message>
        <source>Not calls</source>
        <translation>No son llamadas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Archivos de calendario</translation>
    </message>
    <message>
        <source>Add calendar file…</source>
        <translation>Añadir archivo de calendario…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>Archivos de calendario (.ics)</translation>
    </message>
    <message>
        <source>Also read a calendar from the web</source>
        <translation>Leer también un calendario de internet</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Dirección del calendario</translation>
    </message>
    <message>
        <source>Only this address is contacted, at most every 15 minutes; nothing else leaves the computer.</source>
        <translation>Solo se consulta esta dirección, como mucho cada 15 minutos; nada más sale del ordenador.</translation>
    </message>
    <message>
        <source>you@example.org, …</source>
        <translation>tu@example.org, …</translation>
    </message>
    <message>
        <source>Your addresses</source>
        <extracomment>Events the user declined (as this address) do not hold reminders.</extracomment>
        <translation>Tus direcciones</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>App rules</source>
        <translation>Reglas de apps</translation>
    </message>
    <message>
        <source>Running app</source>
        <translation>App en ejecución</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>is in front</source>
        <translation>está en primer plano</translation>
    </message>
    <message>
        <source>is running</source>
        <translation>se está ejecutando</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Hold reminders while</source>
        <translation>Dejar en espera los recordatorios mientras</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Choose calendar files</source>
        <translation>Elegir archivos de calendario</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <source>{0} is in front</source>
        <translation>{0} está en primer plano</translation>
    </message>
    <message>
        <source>{0} is running</source>
        <translation>{0} se está ejecutando</translation>
    </message>
</context>
<context>
    <name>RangesField</name>
    <message>
        <source>Write times like 09:00-12:30, 13:30-18:00</source>
        <translation>Escribe las horas así: 09:00-12:30, 13:30-18:00</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>libre</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>0 is loose and easy, 10 is as tight as it gets.</source>
        <translation>0 es suelto y cómodo, 10 es lo más tenso posible.</translation>
    </message>
    <message>
        <source>Tension {0} of 10</source>
        <translation>Tensión {0} de 10</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>suelto</translation>
    </message>
    <message>
        <source>very tight</source>
        <translation>muy tenso</translation>
    </message>
</context>
<context>
    <name>ReminderNotification</name>
    <message>
        <source>Check: {0}</source>
        <translation>Revisa: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Hoy por ahora: {0} ml de {1} ml</translation>
    </message>
    <message>
        <source>Drank {0} ml</source>
        <translation>Bebí {0} ml</translation>
    </message>
    <message>
        <source>A minute of slow breathing with a long out-breath.</source>
        <translation>Un minuto de respiración lenta con una espiración larga.</translation>
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
        <translation>Levántate y muévete con suavidad: {0}</translation>
    </message>
    <message>
        <source>Stand up and move.</source>
        <translation>Levántate y muévete.</translation>
    </message>
    <message>
        <source>Also due now: {0}</source>
        <translation>También toca ahora: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Snooze {0} min</source>
        <translation>Posponer {0} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Unclench reminder</source>
        <translation>Recordatorio de Unclench</translation>
    </message>
    <message>
        <source>• {0}, {1} × {2} s</source>
        <translation>• {0}, {1} × {2} s</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Hoy por ahora: {0} ml de {1} ml</translation>
    </message>
    <message>
        <source>• {0}, {1} s</source>
        <translation>• {0}, {1} s</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>Bebí &amp;{0} ml</translation>
    </message>
    <message>
        <source>Start &amp;breathing</source>
        <translation>Empezar a &amp;respirar</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Start &amp;guided stretch</source>
        <translation>Estiramiento &amp;guiado</translation>
    </message>
    <message>
        <source>&amp;Snooze {0} min</source>
        <translation>&amp;Posponer {0} min</translation>
    </message>
    <message>
        <source>Remind me again in {0} min (Esc)</source>
        <translation>Recordármelo dentro de {0} min (Esc)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <source>&amp;Why this helps</source>
        <translation>Por &amp;qué ayuda</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>There is no routine called &apos;{0}&apos;. Routines: {1}</source>
        <translation>No hay ninguna rutina llamada «{0}». Rutinas: {1}</translation>
    </message>
    <message>
        <source>“{0}” comes back with the stretch break at {1}.</source>
        <translation>«{0}» vuelve con la pausa para estirar a las {1}.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Routine (*.json)</source>
        <translation>Rutina (*.json)</translation>
    </message>
    <message>
        <source>Imported the routine &apos;{0}&apos;.</source>
        <translation>Se ha importado la rutina «{0}».</translation>
    </message>
    <message>
        <source>That routine could not be imported:</source>
        <translation>No se ha podido importar esa rutina:</translation>
    </message>
    <message>
        <source>Remove the imported routine &apos;{0}&apos;? Its file is deleted; your log keeps its history.</source>
        <translation>¿Quitar la rutina importada «{0}»? Se borra su archivo; tu registro conserva su historial.</translation>
    </message>
    <message>
        <source>The routine could not be removed: {0}</source>
        <translation>No se ha podido quitar la rutina: {0}</translation>
    </message>
</context>
<context>
    <name>RoutineDonePage</name>
    <message>
        <source>Routine complete</source>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Take a slow breath out and notice how your neck, shoulders and jaw feel now.</source>
        <translation>Espira despacio y nota cómo sientes ahora el cuello, los hombros y la mandíbula.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Segundos que quedan en este paso</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>P&amp;ostpone</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Postpone this routine</source>
        <translation>Posponer esta rutina</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Finish the routine now</source>
        <translation>Terminar la rutina ahora</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Paso anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space when focused)</source>
        <translation>Pausar o reanudar la cuenta atrás (Espacio si está seleccionado)</translation>
    </message>
    <message>
        <source>Stop here; what you did is still recorded (Esc)</source>
        <translation>Parar aquí; lo que has hecho queda registrado igualmente (Esc)</translation>
    </message>
    <message>
        <source>Do this routine a little later</source>
        <translation>Hacer esta rutina un poco más tarde</translation>
    </message>
    <message>
        <source>Move gently, and stop any movement that increases pain.</source>
        <translation>Muévete con suavidad y deja cualquier movimiento que aumente el dolor.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Cuándo acudir a un profesional</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message numerus="yes">
        <source>You finished “%1”: %n steps in %2.</source>
        <translation>
            <numerusform>Has terminado «%1»: %n paso en %2.</numerusform>
            <numerusform>Has terminado «%1»: %n pasos en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWording</name>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, lado izquierdo</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, lado derecho</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>quedan unos %1 min</translation>
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
        <translation>Cuándo acudir a un profesional — Unclench</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Cuándo acudir a un profesional</translation>
    </message>
    <message>
        <source>Unclench reminds you to move, breathe and let go of tension. It does not diagnose anything, and it does not replace a doctor or a physiotherapist.</source>
        <translation>Unclench te recuerda que te muevas, respires y sueltes la tensión. No diagnostica nada y no sustituye a un médico ni a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Busca ayuda ya</translation>
    </message>
    <message>
        <source>If back pain comes with losing control of your bladder or bowels, treat it as an emergency: call your local emergency number or go to an emergency department straight away.</source>
        <translation>Si el dolor de espalda viene acompañado de pérdida de control de la vejiga o del intestino, trátalo como una urgencia: llama al número de emergencias de tu zona (el 112 en Europa) o ve a urgencias de inmediato.</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon if</source>
        <translation>Consulta pronto a un médico o fisioterapeuta si</translation>
    </message>
    <message>
        <source>the pain does not ease with rest and self-care, or it is getting worse;</source>
        <translation>el dolor no mejora con reposo y cuidados propios, o va a peor;</translation>
    </message>
    <message>
        <source>pain spreads down one leg or both;</source>
        <translation>el dolor baja por una pierna o por las dos;</translation>
    </message>
    <message>
        <source>you feel numbness or tingling in your legs or feet;</source>
        <translation>notas entumecimiento u hormigueo en las piernas o los pies;</translation>
    </message>
    <message>
        <source>your legs or feet feel weak;</source>
        <translation>sientes las piernas o los pies débiles;</translation>
    </message>
    <message>
        <source>the pain began after a fall, an accident or another injury;</source>
        <translation>el dolor empezó tras una caída, un accidente u otra lesión;</translation>
    </message>
    <message>
        <source>the pain is severe or keeps coming back;</source>
        <translation>el dolor es intenso o vuelve una y otra vez;</translation>
    </message>
    <message>
        <source>worry or anxiety is getting in the way of your daily life.</source>
        <translation>la preocupación o la ansiedad te dificultan el día a día.</translation>
    </message>
    <message>
        <source>During any routine, move gently and stop a movement that increases pain. When you are unsure, ask a professional before carrying on.</source>
        <translation>Durante cualquier rutina, muévete con suavidad y deja el movimiento que aumente el dolor. Si tienes dudas, consulta a un profesional antes de seguir.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Patrón de respiración</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duración de la sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>A number of breaths</source>
        <translation>Un número de respiraciones</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> respiraciones</translation>
    </message>
    <message>
        <source>Number of breaths</source>
        <translation>Número de respiraciones</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Mostrar opciones</translation>
    </message>
    <message>
        <source>Hide options</source>
        <translation>Ocultar opciones</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Fase actual</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop (Escape)</source>
        <translation>Parar (Escape)</translation>
    </message>
    <message>
        <source>Seconds per phase: {0}</source>
        <translation>Segundos por fase: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reanudar (Espacio)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espirar</translation>
    </message>
    <message>
        <source>In a little more</source>
        <translation>Inspirar un poco más</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirar</translation>
    </message>
    <message>
        <source>Paused – press Space to go on</source>
        <translation>En pausa – pulsa Espacio para seguir</translation>
    </message>
    <message>
        <source>{0}:{1:02d} left</source>
        <translation>quedan {0}:{1:02d}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Unclench settings</source>
        <translation>Ajustes de Unclench</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <source>Quiet times</source>
        <translation>Momentos de calma</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Settings shown greyed are set by your administrator.</source>
        <translation>Los ajustes en gris los ha fijado tu administrador.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Every</source>
        <extracomment>Form label before the interval field: &quot;Every [20 min]&quot;.</extracomment>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <extracomment>Form label before the minutes that &quot;Snooze&quot; on a reminder waits: &quot;Snooze for [5 min]&quot;.</extracomment>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>Daily water goal</source>
        <translation>Objetivo diario de agua</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hide an unanswered reminder after</source>
        <translation>Ocultar un recordatorio sin respuesta tras</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Estar fuera este tiempo cuenta como pausa</translation>
    </message>
    <message>
        <source>During calls and fullscreen, wait at most</source>
        <translation>Durante llamadas y pantalla completa, esperar como máximo</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Horario laboral</translation>
    </message>
    <message>
        <source>Outside these hours no reminder comes.</source>
        <translation>Fuera de este horario no llega ningún recordatorio.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Unclench&apos;s own card</source>
        <translation>La tarjeta propia de Unclench</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Una notificación del escritorio</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>Show reminders as</source>
        <translation>Mostrar los recordatorios como</translation>
    </message>
    <message>
        <source>Play a soft sound when a reminder appears</source>
        <translation>Reproducir un sonido suave cuando aparece un recordatorio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>A veces</translation>
    </message>
    <message>
        <source>After every one</source>
        <translation>Después de cada una</translation>
    </message>
    <message>
        <source>After a break, ask how tense I feel</source>
        <translation>Después de una pausa, preguntar mi nivel de tensión</translation>
    </message>
    <message>
        <source>&amp;Start Unclench when I log in</source>
        <translation>&amp;Iniciar Unclench al entrar en la sesión</translation>
    </message>
    <message>
        <source>What Unclench can see on this desktop</source>
        <translation>Lo que Unclench puede ver en este escritorio</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Cuándo acudir a un &amp;profesional</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>no disponible en esta sesión</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>no disponible en este sistema</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Fijado por tu administrador</translation>
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
        <translation>Tus ajustes se aplican ya, pero no se han podido guardar: {0}</translation>
    </message>
</context>
<context>
    <name>SittingView</name>
    <message>
        <source>worked {0}</source>
        <translation>{0} de trabajo</translation>
    </message>
    <message>
        <source>{0} of {1} movement breaks</source>
        <translation>{0} de {1} pausas para moverse</translation>
    </message>
    <message>
        <source>longest sitting {0}</source>
        <translation>rato más largo sentado: {0}</translation>
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
        <translation>no disponible en este Windows</translation>
    </message>
    <message>
        <source>not detected on macOS (no public interface for Focus or fullscreen apps)</source>
        <translation>no se detecta en macOS (no hay interfaz pública para Concentración ni apps a pantalla completa)</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>no disponible en esta sesión</translation>
    </message>
    <message>
        <source>GNOME notification banners setting</source>
        <translation>ajuste de banners de notificación de GNOME</translation>
    </message>
    <message>
        <source>KDE notifications do-not-disturb</source>
        <translation>«No molestar» de las notificaciones de KDE</translation>
    </message>
    <message>
        <source>Windows notification state (fullscreen, presentation, quiet time)</source>
        <translation>estado de notificaciones de Windows (pantalla completa, presentación, horas de silencio)</translation>
    </message>
    <message>
        <source>X11 fullscreen window</source>
        <translation>ventana a pantalla completa de X11</translation>
    </message>
    <message>
        <source>not available on this Wayland session</source>
        <translation>no disponible en esta sesión de Wayland</translation>
    </message>
    <message>
        <source>GNOME Mutter idle monitor</source>
        <translation>monitor de inactividad de GNOME Mutter</translation>
    </message>
    <message>
        <source>freedesktop screensaver service (KDE)</source>
        <translation>servicio de salvapantallas de freedesktop (KDE)</translation>
    </message>
    <message>
        <source>macOS input event source</source>
        <translation>fuente de eventos de entrada de macOS</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1)</source>
        <translation>notificación de inactividad de Wayland (ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1, input idle)</source>
        <translation>notificación de inactividad de Wayland (ext-idle-notify-v1, inactividad de entrada)</translation>
    </message>
    <message>
        <source>Windows last-input time</source>
        <translation>hora de la última entrada de Windows</translation>
    </message>
    <message>
        <source>X11 screensaver extension</source>
        <translation>extensión de salvapantallas de X11</translation>
    </message>
    <message>
        <source>logind sleep signals</source>
        <translation>señales de suspensión de logind</translation>
    </message>
    <message>
        <source>screensaver lock signals</source>
        <translation>señales de bloqueo del salvapantallas</translation>
    </message>
    <message>
        <source>macOS workspace notifications</source>
        <translation>notificaciones del espacio de trabajo de macOS</translation>
    </message>
    <message>
        <source>Windows power and session messages</source>
        <translation>mensajes de energía y sesión de Windows</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>These are your own numbers side by side. They show what tended to go together on your days, not what caused what: a calmer day may also leave more room for breaks.</source>
        <translation>Son tus propios números, uno al lado del otro. Muestran lo que solía coincidir en tus días, no qué causó qué: un día más tranquilo también puede dejar más hueco para las pausas.</translation>
    </message>
    <message numerus="yes">
        <source>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln ratings from {5} to {6}.</source>
        <translation>
            <numerusform>En los {0} con {1} pausas o más, tu tensión media fue {2}. En los {3} con menos pausas, fue {4}. Se basa en %Ln valoración del {5} al {6}.</numerusform>
            <numerusform>En los {0} con {1} pausas o más, tu tensión media fue {2}. En los {3} con menos pausas, fue {4}. Se basa en %Ln valoraciones del {5} al {6}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data yet. Rate your tension on a few days (from the tray, or when asked after a break) and this will compare days with more breaks to days with fewer.</source>
        <translation>Aún no hay datos suficientes. Valora tu tensión durante algunos días (desde la bandeja o cuando se te pregunte tras una pausa) y aquí se compararán los días con más pausas con los días con menos.</translation>
    </message>
    <message>
        <source>Not enough data yet. This compares days with {0} or more breaks to days with fewer once each side has {1} with a tension rating. So far: {2} and {3}.</source>
        <translation>Aún no hay datos suficientes. Esto compara los días con {0} pausas o más con los días con menos en cuanto cada lado tenga {1} con una valoración de tensión. Por ahora: {2} y {3}.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message numerus="yes">
        <source>Across the %Ln breathing sessions you rated before and after, your stress rating was {0} before and {1} after on average ({2}).</source>
        <translation>
            <numerusform>En la %Ln sesión de respiración que valoraste antes y después, tu estrés fue de media {0} antes y {1} después ({2}).</numerusform>
            <numerusform>En las %Ln sesiones de respiración que valoraste antes y después, tu estrés fue de media {0} antes y {1} después ({2}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. The breathing window can ask for a rating before and after a session.</source>
        <translation>
            <numerusform>Aún no hay datos suficientes: {0} de la %Ln sesión de respiración valorada antes y después que hace falta. La ventana de respiración puede pedirte una valoración antes y después de una sesión.</numerusform>
            <numerusform>Aún no hay datos suficientes: {0} de las %Ln sesiones de respiración valoradas antes y después que hacen falta. La ventana de respiración puede pedirte una valoración antes y después de una sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no events yet; {0} was saved empty.</source>
        <translation>Todavía no hay entradas; {0} se ha guardado vacío.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln events to {0}.</source>
        <translation>
            <numerusform>Se ha guardado %Ln entrada en {0}.</numerusform>
            <numerusform>Se han guardado %Ln entradas en {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events were left out because their values are not possible (for example: {0}).</source>
        <translation>
            <numerusform>Se ha omitido %Ln evento porque sus valores no son posibles (por ejemplo: {0}).</numerusform>
            <numerusform>Se han omitido %Ln eventos porque sus valores no son posibles (por ejemplo: {0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>La importación se ha detenido.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {0}: all %Ln events were already in your log.</source>
        <translation>
            <numerusform>Nada nuevo en {0}: la %Ln entrada ya estaba en tu registro.</numerusform>
            <numerusform>Nada nuevo en {0}: las %Ln entradas ya estaban en tu registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln events from {0}.</source>
        <translation>
            <numerusform>Se ha restaurado %Ln entrada de {0}.</numerusform>
            <numerusform>Se han restaurado %Ln entradas de {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your log and were skipped.</source>
        <translation>
            <numerusform>%Ln ya estaba en tu registro y se ha omitido.</numerusform>
            <numerusform>%Ln ya estaban en tu registro y se han omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln events. Your statistics start again from now.</source>
        <translation>
            <numerusform>Se ha borrado %Ln entrada. Tus estadísticas empiezan de nuevo desde ahora.</numerusform>
            <numerusform>Se han borrado %Ln entradas. Tus estadísticas empiezan de nuevo desde ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged yet. Your numbers appear here as you answer reminders.</source>
        <translation>Todavía no hay nada registrado. Tus números aparecerán aquí a medida que respondas a los recordatorios.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events logged since {0}, all kept on this computer.</source>
        <translation>
            <numerusform>%Ln entrada registrada desde el {0}, guardada solo en este ordenador.</numerusform>
            <numerusform>%Ln entradas registradas desde el {0}, todas guardadas solo en este ordenador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your log is empty. Delete it anyway?</source>
        <translation>Tu registro está vacío. ¿Borrarlo de todos modos?</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want them back.</source>
        <translation>
            <numerusform>¿Borrar la %Ln entrada que Unclench ha registrado desde el {0}? Tus estadísticas empezarán de cero. No se puede deshacer: exporta antes una copia de seguridad si quizá quieras recuperarla.</numerusform>
            <numerusform>¿Borrar las %Ln entradas que Unclench ha registrado desde el {0}? Tus estadísticas empezarán de cero. No se puede deshacer: exporta antes una copia de seguridad si quizá quieras recuperarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Rachas</translation>
    </message>
    <message>
        <source>Last {0}</source>
        <translation>Últimos {0}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Tension and breaks</source>
        <translation>Tensión y pausas</translation>
    </message>
    <message>
        <source>Breathing before and after</source>
        <translation>Respiración antes y después</translation>
    </message>
    <message>
        <source>Water goal ({0})</source>
        <translation>Objetivo de agua ({0})</translation>
    </message>
    <message>
        <source>Break goal ({0} a day)</source>
        <translation>Objetivo de pausas ({0} al día)</translation>
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
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/10</source>
        <translation>{0}/10</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>el {0}</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>hombros</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta de la espalda</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>mandíbula</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln perdida</numerusform>
            <numerusform>%Ln perdidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln saltada</numerusform>
            <numerusform>%Ln saltadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln natural</source>
        <extracomment>Breaks that happened on their own: the user was away from the computer long enough.</extracomment>
        <translation>
            <numerusform>%Ln espontánea</numerusform>
            <numerusform>%Ln espontáneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routines</source>
        <translation>
            <numerusform>%Ln rutina</numerusform>
            <numerusform>%Ln rutinas</numerusform>
        </translation>
    </message>
    <message>
        <source>held {0}</source>
        <extracomment>Time reminders waited today for calls, calendar events and the like: &quot;held 40 min&quot;.</extracomment>
        <translation>{0} en espera</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Chequeos de postura</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln hecho</numerusform>
            <numerusform>%Ln hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>none missed</source>
        <translation>ninguno perdido</translation>
    </message>
    <message>
        <source>Posture checks today: {0} done, {1} missed, {2} skipped.</source>
        <translation>Chequeos de postura hoy: {0} hechos, {1} perdidos, {2} saltados.</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <source>Water today: {0} of your {1} goal.</source>
        <translation>Agua hoy: {0} de tu objetivo de {1}.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken</source>
        <translation>
            <numerusform>%Ln hecha</numerusform>
            <numerusform>%Ln hechas</numerusform>
        </translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>ninguna saltada</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>todavía ninguna</translation>
    </message>
    <message>
        <source>Breaks today: {0} stretch breaks done, {1} taken naturally while away, {2} routines, {3} skipped, {4} missed.</source>
        <translation>Pausas hoy: {0} pausas para estirar hechas, {1} espontáneas al alejarte, {2} rutinas, {3} saltadas, {4} perdidas.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing today: {0} in %Ln sessions.</source>
        <translation>
            <numerusform>Respiración hoy: {0} en %Ln sesión.</numerusform>
            <numerusform>Respiración hoy: {0} en %Ln sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>aún sin valorar</translation>
    </message>
    <message>
        <source>Tension: no check-in yet.</source>
        <translation>Tensión: aún sin valorar.</translation>
    </message>
    <message>
        <source>Latest tension rating: {0}, {1}.</source>
        <translation>Última valoración de tensión: {0}, {1}.</translation>
    </message>
    <message>
        <source>today&apos;s average {0}</source>
        <translation>media de hoy {0}</translation>
    </message>
    <message numerus="yes">
        <source>Average of today&apos;s %Ln ratings: {0}.</source>
        <translation>
            <numerusform>Media de la %Ln valoración de hoy: {0}.</numerusform>
            <numerusform>Media de las %Ln valoraciones de hoy: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension, latest</source>
        <translation>Tensión, la última</translation>
    </message>
    <message>
        <source>no days yet</source>
        <translation>aún no hay días</translation>
    </message>
    <message>
        <source>{0}: no days yet.</source>
        <translation>{0}: aún no hay días.</translation>
    </message>
    <message>
        <source>in a row · best {0}</source>
        <translation>seguidos · récord {0}</translation>
    </message>
    <message>
        <source>{0}: met {1} in a row, best {2}.</source>
        <translation>{0}: cumplido {1} seguidos, récord {2}.</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>sin recordatorios</translation>
    </message>
    <message>
        <source>{0}: no reminders in the last {1}.</source>
        <translation>{0}: ningún recordatorio en los últimos {1}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} de {1} hechos</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln reminders done in the last {2}, {3}.</source>
        <translation>
            <numerusform>{0}: {1} de %Ln recordatorio hecho en los últimos {2}, {3}.</numerusform>
            <numerusform>{0}: {1} de %Ln recordatorios hechos en los últimos {2}, {3}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <source>Sitting and moving, the last 7 days</source>
        <translation>Sentarse y moverse, los últimos 7 días</translation>
    </message>
    <message>
        <source>The log cannot be written now.</source>
        <translation>Ahora no se puede escribir en el registro.</translation>
    </message>
</context>
<context>
    <name>StatsDataBar</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>&amp;Importar copia…</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation>&amp;Borrar mis datos…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>Copia de seguridad JSON (*.json)</translation>
    </message>
    <message>
        <source>Export your Unclench history</source>
        <translation>Exportar tu historial de Unclench</translation>
    </message>
    <message>
        <source>Import an Unclench backup</source>
        <translation>Importar una copia de seguridad de Unclench</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Borrar mis datos</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrarlo todo</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Unclench statistics</source>
        <translation>Estadísticas de Unclench</translation>
    </message>
    <message>
        <source>A streak counts the days Unclench logged that goal. Days it did not run, such as weekends off, are skipped: they neither add to a streak nor break it. Today counts once its goal is met.</source>
        <translation>Una racha cuenta los días en que Unclench registró ese objetivo. Los días en que no estuvo en marcha, como los fines de semana libres, se saltan: ni suman a una racha ni la rompen. Hoy cuenta en cuanto se cumple su objetivo.</translation>
    </message>
    <message>
        <source>&amp;Rate my tension now</source>
        <translation>&amp;Valorar mi tensión ahora</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
    <message>
        <source>Show the last {0} days</source>
        <translation>Mostrar los últimos {0} días</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>hechas</translation>
    </message>
    <message>
        <source>skipped or missed</source>
        <translation>saltadas o perdidas</translation>
    </message>
    <message>
        <source>water</source>
        <translation>agua</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>valoración media</translation>
    </message>
    <message>
        <source>Your own comparison</source>
        <translation>Tu propia comparación</translation>
    </message>
    <message>
        <source>Show the numbers as ta&amp;bles</source>
        <translation>Ver los números como &amp;tablas</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Todos los datos</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Hoy, {0}</translation>
    </message>
    <message>
        <source>goal {0}</source>
        <translation>objetivo {0}</translation>
    </message>
    <message>
        <source>Breaks per day, last {0} days</source>
        <translation>Pausas por día, últimos {0} días</translation>
    </message>
    <message>
        <source>Water per day, last {0} days</source>
        <translation>Agua por día, últimos {0} días</translation>
    </message>
    <message>
        <source>Average tension per day (0–10), last {0} days</source>
        <translation>Tensión media por día (0–10), últimos {0} días</translation>
    </message>
    <message>
        <source>Streaks, and follow-through in the last {0} days</source>
        <translation>Rachas y constancia en los últimos {0} días</translation>
    </message>
    <message>
        <source>Hide the ta&amp;bles</source>
        <translation>Ocultar las &amp;tablas</translation>
    </message>
</context>
<context>
    <name>StressRating</name>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip the rating</source>
        <translation>Saltar la valoración</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Unclench cannot sync while its log is kept in memory only.</source>
        <translation>Unclench no puede sincronizar mientras su registro solo esté en memoria.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Unclench writes only its own files into the folder you pick; your sync program (Syncthing, Nextcloud, Dropbox, ...) carries them to your other computers.</source>
        <translation>Unclench solo escribe sus propios archivos en la carpeta que elijas; tu programa de sincronización (Syncthing, Nextcloud, Dropbox, ...) los lleva a tus otros ordenadores.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este ordenador</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nombre de este ordenador</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>&amp;Choose a folder...</source>
        <translation>&amp;Elegir una carpeta...</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>&amp;Dejar de sincronizar</translation>
    </message>
    <message>
        <source>Computers and when each last wrote:</source>
        <translation>Ordenadores y cuándo escribió cada uno por última vez:</translation>
    </message>
    <message>
        <source>Computers and when each last wrote</source>
        <translation>Ordenadores y cuándo escribió cada uno por última vez</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>&amp;Choose another folder...</source>
        <translation>&amp;Elegir otra carpeta...</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (este ordenador)</translation>
    </message>
    <message>
        <source>{0}: last wrote {1}</source>
        <translation>{0}: última escritura {1}</translation>
    </message>
    <message>
        <source>The folder is not there now; Unclench catches up when it is back.</source>
        <translation>La carpeta ahora no está; Unclench se pondrá al día cuando vuelva.</translation>
    </message>
</context>
<context>
    <name>TensionCheckin</name>
    <message>
        <source>Tension check-in</source>
        <translation>¿Cuánta tensión sientes?</translation>
    </message>
    <message>
        <source>How tense do your neck, shoulders and back feel right now?</source>
        <translation>¿Cuánta tensión notas ahora mismo en el cuello, los hombros y la espalda?</translation>
    </message>
    <message>
        <source>Where, if one place stands out? (optional)</source>
        <translation>¿Dónde, si hay un sitio que destaque? (opcional)</translation>
    </message>
    <message>
        <source>Mostly in the {0}</source>
        <extracomment>Screen readers only. {0} is a body region (&quot;neck&quot;, &quot;upper back&quot;): word it to fit each.</extracomment>
        <translation>Sobre todo en: {0}</translation>
    </message>
    <message>
        <source>One tap is all it takes.</source>
        <translation>Basta con un toque.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Saltar la pregunta</translation>
    </message>
</context>
<context>
    <name>TimingSources</name>
    <message>
        <source>Away detection</source>
        <translation>Detección de ausencia</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
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
        <translation>{0} en {1} s</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Remind me anyway</source>
        <translation>Recordármelo de todos modos</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respirar ahora</translation>
    </message>
    <message>
        <source>Take a stretch break now</source>
        <translation>Hacer ahora una pausa para estirar</translation>
    </message>
    <message>
        <source>Not now: postpone the coming break</source>
        <translation>Ahora no: posponer la próxima pausa</translation>
    </message>
    <message>
        <source>Make up a break</source>
        <translation>Recuperar una pausa</translation>
    </message>
    <message>
        <source>Guided routines</source>
        <translation>Rutinas guiadas</translation>
    </message>
    <message>
        <source>Water today</source>
        <translation>Agua hoy</translation>
    </message>
    <message>
        <source>Log a glass of water</source>
        <translation>Anotar un vaso de agua</translation>
    </message>
    <message>
        <source>Drank a bottle</source>
        <translation>He bebido una botella</translation>
    </message>
    <message>
        <source>Other amount…</source>
        <translation>Otra cantidad…</translation>
    </message>
    <message>
        <source>Undo the last entry</source>
        <translation>Deshacer la última entrada</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Durante 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Durante 2 horas</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Hasta que lo reanude</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Modo reunión</translation>
    </message>
    <message>
        <source>Until I end it</source>
        <translation>Hasta que lo termine</translation>
    </message>
    <message>
        <source>End meeting mode</source>
        <translation>Terminar el modo reunión</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Estadísticas…</translation>
    </message>
    <message>
        <source>How tense am I right now?</source>
        <translation>¿Cuánta tensión tengo ahora?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Cuándo acudir a un profesional</translation>
    </message>
    <message>
        <source>Import a routine…</source>
        <translation>Importar una rutina…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Quit Unclench</source>
        <translation>Salir de Unclench</translation>
    </message>
    <message>
        <source>Make up a break ({0} owed)</source>
        <translation>Recuperar una pausa (pendientes: {0})</translation>
    </message>
    <message>
        <source>Skips left today: {0}</source>
        <translation>Pausas que aún puedes saltar hoy: {0}</translation>
    </message>
    <message>
        <source>{0} is not a call</source>
        <extracomment>The app holding reminders as a call does not make calls (a recorder, a tuner).</extracomment>
        <translation>{0} no es una llamada</translation>
    </message>
    <message>
        <source>Water today: {0} of {1} ml</source>
        <translation>Agua hoy: {0} de {1} ml</translation>
    </message>
    <message>
        <source>Log a glass of water ({0} ml)</source>
        <translation>Anotar un vaso de agua ({0} ml)</translation>
    </message>
    <message>
        <source>Drank a bottle ({0} ml)</source>
        <translation>He bebido una botella ({0} ml)</translation>
    </message>
    <message>
        <source>Remove an imported routine</source>
        <translation>Quitar una rutina importada</translation>
    </message>
</context>
<context>
    <name>WaterAmountDialog</name>
    <message>
        <source>How much did you drink?</source>
        <translation>¿Cuánto has bebido?</translation>
    </message>
    <message>
        <source>Amount in ml</source>
        <translation>Cantidad en ml</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Type an amount between {0} and {1} ml.</source>
        <extracomment>Shown under the water amount when the number typed is outside the allowed range.</extracomment>
        <translation>Escribe una cantidad entre {0} y {1} ml.</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why this helps — Unclench</source>
        <translation>Por qué ayuda — Unclench</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <source>What Unclench asks of you, what research says about it, and how sure that is. Where the evidence is thin or says less than common advice, this page says so.</source>
        <translation>Lo que Unclench te pide, lo que dice la investigación al respecto y con qué seguridad. Donde las pruebas son escasas o dicen menos que los consejos habituales, esta página lo dice.</translation>
    </message>
    <message>
        <source>Strong: consistent results from good studies. Moderate: a real effect that is small or less certain. Weak: little, low-quality or indirect evidence. Mixed: good studies disagree.</source>
        <translation>Sólidas: resultados coherentes de buenos estudios. Moderadas: un efecto real, pero pequeño o menos seguro. Débiles: pruebas escasas, de baja calidad o indirectas. Dispares: buenos estudios no coinciden.</translation>
    </message>
    <message>
        <source>Unclench does not diagnose or treat anything. If pain is severe, keeps getting worse, spreads down a leg or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Unclench no diagnostica ni trata nada. Si el dolor es intenso, sigue empeorando, baja por una pierna o viene con entumecimiento o debilidad, acude a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Cuándo acudir a un &amp;profesional</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Cuándo acudir a un profesional</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Evidence: strong</source>
        <translation>Pruebas: sólidas</translation>
    </message>
    <message>
        <source>Evidence: moderate</source>
        <translation>Pruebas: moderadas</translation>
    </message>
    <message>
        <source>Evidence: weak</source>
        <translation>Pruebas: débiles</translation>
    </message>
    <message>
        <source>Evidence: mixed</source>
        <translation>Pruebas: dispares</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>The notes on why this helps could not be read: {0}</source>
        <translation>No se han podido leer las notas sobre por qué ayuda: {0}</translation>
    </message>
    <message>
        <source>No system tray was found, so Unclench shows this small window instead. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>No se ha encontrado la bandeja del sistema, así que Unclench muestra esta pequeña ventana en su lugar. En GNOME, la extensión AppIndicator añade una bandeja.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>No se ha podido cambiar el inicio al entrar en la sesión: {0}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>meeting mode</source>
        <translation>modo reunión</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>una llamada</translation>
    </message>
    <message>
        <source>an event in your calendar</source>
        <translation>un evento de tu calendario</translation>
    </message>
    <message>
        <source>an app rule</source>
        <translation>una regla de apps</translation>
    </message>
    <message>
        <source>a fullscreen window</source>
        <translation>una ventana a pantalla completa</translation>
    </message>
    <message>
        <source>a presentation</source>
        <translation>una presentación</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>no molestar</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>la pantalla está bloqueada</translation>
    </message>
    <message>
        <source>you are typing</source>
        <translation>estás escribiendo</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>cámara</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>micrófono</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <extracomment>What holds a call: &quot;microphone in Firefox&quot;.</extracomment>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <source>a call ({0}) ended, next try at {1}</source>
        <extracomment>A call just ended; the reminder comes after a short grace.</extracomment>
        <translation>una llamada ({0}) ha terminado, próximo intento a las {1}</translation>
    </message>
    <message>
        <source>a call ({0}) since {1}, next try when it ends</source>
        <extracomment>&quot;a call (microphone in Firefox) since 10:02, next try when it ends&quot;.</extracomment>
        <translation>una llamada ({0}) desde las {1}, próximo intento cuando termine</translation>
    </message>
    <message>
        <source>{0} in your calendar until {1}</source>
        <extracomment>&quot;Weekly sync in your calendar until 11:00&quot;.</extracomment>
        <translation>{0} en tu calendario hasta las {1}</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>un evento</translation>
    </message>
    <message>
        <source>{0} is open</source>
        <extracomment>An app rule holds reminders: &quot;zoom is open&quot;.</extracomment>
        <translation>{0} está abierto</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>en {0} min</translation>
    </message>
    <message>
        <source>in {0} h {1} min</source>
        <translation>en {0} h {1} min</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>en {0} h</translation>
    </message>
    <message>
        <source>{0} is waiting for you</source>
        <translation>{0} te está esperando</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>En pausa hasta que lo reanudes</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>En pausa hasta {0}</translation>
    </message>
    <message>
        <source>Meeting mode: reminders wait until you end it</source>
        <translation>Modo reunión: los recordatorios esperan hasta que lo termines</translation>
    </message>
    <message>
        <source>Meeting mode until {0}: reminders wait</source>
        <translation>Modo reunión hasta {0}: los recordatorios esperan</translation>
    </message>
    <message>
        <source>{0} held: {1}</source>
        <translation>{0} en espera: {1}</translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <extracomment>A held reminder comes anyway, quietly, at this time: &quot;... held: a fullscreen window, until 14:50&quot;.</extracomment>
        <translation>{0}, hasta {1}</translation>
    </message>
    <message>
        <source>Outside working hours; reminders resume {0}</source>
        <translation>Fuera del horario laboral; los recordatorios vuelven: {0}</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Todos los recordatorios están desactivados</translation>
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
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose the folder your sync program carries</source>
        <translation>Elige la carpeta que lleva tu programa de sincronización</translation>
    </message>
</context>
</TS>

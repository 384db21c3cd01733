<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Unclench could not change its log: {0}</source>
        <translation>O Unclench não conseguiu alterar seu registro: {0}</translation>
    </message>
</context>
<context>
    <name>BreakCoordinator</name>
    <message numerus="yes">
        <source>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</source>
        <translation>
            <numerusform>Um momento tranquilo para compensar uma pausa perdida (%n em aberto): “Compensar uma pausa”, no menu.</numerusform>
            <numerusform>Um momento tranquilo para compensar uma pausa perdida (%n em aberto): “Compensar uma pausa”, no menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Unclench break</source>
        <translation>Pausa do Unclench</translation>
    </message>
    <message>
        <source>Making up an earlier break</source>
        <translation>Você está compensando uma pausa anterior</translation>
    </message>
    <message>
        <source>&amp;Done early (Enter)</source>
        <translation>&amp;Terminei antes (Enter)</translation>
    </message>
    <message>
        <source>&amp;Postpone {0} min</source>
        <translation>A&amp;diar {0} min</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Pu&amp;lar</translation>
    </message>
    <message>
        <source>In an emergency, hold Esc for {0} seconds.</source>
        <translation>Em caso de emergência, segure Esc por {0} segundos.</translation>
    </message>
    <message>
        <source>{0} min {1} s left</source>
        <translation>Faltam {0} min {1} s</translation>
    </message>
</context>
<context>
    <name>BreakSettingsPage</name>
    <message>
        <source>Break screen</source>
        <translation>Tela de pausa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the movement break</source>
        <translation>Duração da pausa para se movimentar</translation>
    </message>
    <message>
        <source>Show the movement break on the break screen</source>
        <translation>Mostrar a pausa para se movimentar na tela de pausa</translation>
    </message>
    <message>
        <source>Show the stretch break on the break screen</source>
        <translation>Mostrar a pausa para alongar na tela de pausa</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>A large window</source>
        <translation>Uma janela grande</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitores</translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation>Todos os monitores</translation>
    </message>
    <message>
        <source>The one with the pointer</source>
        <translation>O monitor com o ponteiro do mouse</translation>
    </message>
    <message>
        <source>Heads-up before a break</source>
        <translation>Aviso antes de uma pausa</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before (0: none)</source>
        <translation>Segundos antes (0: nenhum)</translation>
    </message>
    <message>
        <source>A glowing edge around the screen</source>
        <translation>Uma borda luminosa ao redor da tela</translation>
    </message>
    <message>
        <source>A soft tone only</source>
        <translation>Apenas um som suave</translation>
    </message>
    <message>
        <source>Strict mode and skips</source>
        <translation>Modo rigoroso e pulos</translation>
    </message>
    <message>
        <source>Strict movement break (hold Esc {0} s to leave)</source>
        <translation>Pausa para se movimentar rigorosa (segure Esc por {0} s para sair)</translation>
    </message>
    <message>
        <source>Strict stretch break</source>
        <translation>Pausa para alongar rigorosa</translation>
    </message>
    <message>
        <source>Postpones a day in strict mode</source>
        <translation>Adiamentos por dia no modo rigoroso</translation>
    </message>
    <message>
        <source>Limit skips</source>
        <translation>Limitar pulos</translation>
    </message>
    <message>
        <source>Skips a day</source>
        <translation>Pulos por dia</translation>
    </message>
    <message>
        <source>Offer to make up a missed break</source>
        <translation>Sugerir a compensação de uma pausa perdida</translation>
    </message>
</context>
<context>
    <name>BreathingActions</name>
    <message>
        <source>There is no breathing pattern called &apos;{0}&apos;. Patterns: {1}</source>
        <translation>Não existe um padrão de respiração chamado “{0}”. Padrões disponíveis: {1}</translation>
    </message>
    <message>
        <source>A breathing session lasts 1 to 10 minutes.</source>
        <translation>Uma sessão de respiração dura de 1 a 10 minutos.</translation>
    </message>
</context>
<context>
    <name>BreathingExtras</name>
    <message>
        <source>Breathing options</source>
        <translation>Opções de respiração</translation>
    </message>
    <message>
        <source>Some pattern files were skipped:</source>
        <translation>Alguns arquivos de padrões foram ignorados:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…e mais %n.</numerusform>
            <numerusform>…e mais %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <source>Reduce motion: a still circle that changes colour</source>
        <translation>Menos movimento: um círculo parado que muda de cor</translation>
    </message>
    <message>
        <source>Your system asks for less motion, so the circle stays still either way.</source>
        <translation>Seu sistema pede menos movimento, então o círculo fica parado de qualquer forma.</translation>
    </message>
    <message>
        <source>Soft sound when the phase changes</source>
        <translation>Som suave quando a fase muda</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Anunciar as fases em voz alta</translation>
    </message>
    <message>
        <source>Ask how tense I feel, before and after</source>
        <translation>Perguntar meu nível de tensão antes e depois</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Ritmo da respiração</translation>
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
        <translation>Tensão {0} → {1}</translation>
    </message>
    <message>
        <source>Breathe &amp;again</source>
        <translation>Respirar de &amp;novo</translation>
    </message>
    <message>
        <source>Start another breathing session</source>
        <translation>Começar outra sessão de respiração</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the breathing window</source>
        <translation>Fechar a janela de respiração</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Muito bem.</translation>
    </message>
    <message>
        <source>Stopped. Every slow breath counts.</source>
        <translation>Encerrado. Cada respiração lenta conta.</translation>
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
        <translation>Qual é o seu nível de tensão agora?</translation>
    </message>
    <message>
        <source>And how tense do you feel now?</source>
        <translation>E qual é o seu nível de tensão agora?</translation>
    </message>
</context>
<context>
    <name>CarriedItem</name>
    <message>
        <source>Also due now: {0}</source>
        <translation>Também pendente agora: {0}</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>Bebi &amp;{0} ml</translation>
    </message>
    <message>
        <source>I took a few slow breaths</source>
        <translation>Respirei devagar algumas vezes</translation>
    </message>
    <message>
        <source>I did a short stretch</source>
        <translation>Fiz um alongamento curto</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <source>Tension and breaks</source>
        <translation>Tensão e pausas</translation>
    </message>
    <message>
        <source>Breathing, before and after</source>
        <translation>Respiração, antes e depois</translation>
    </message>
    <message>
        <source>Days with {0}+ breaks</source>
        <translation>Dias com {0}+ pausas</translation>
    </message>
    <message>
        <source>Days with fewer</source>
        <translation>Dias com menos</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Antes de uma sessão</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
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
        <translation>Todos os computadores</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (este computador)</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Slow belly breaths</source>
        <extracomment>exercise belly-breath: name</extracomment>
        <translation>Respiração lenta pela barriga</translation>
    </message>
    <message>
        <source>Rest a hand on your belly. Breathe in through your nose so your belly rises under your hand, then breathe out slowly, a little longer than the breath in. Let your shoulders stay still.</source>
        <extracomment>exercise belly-breath: instruction</extracomment>
        <translation>Apoie uma mão na barriga. Inspire pelo nariz de modo que a barriga suba sob a sua mão e depois expire devagar, um pouco mais longamente do que inspirou. Deixe os ombros parados.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <extracomment>exercise chest-opener: name</extracomment>
        <translation>Abrir o peito</translation>
    </message>
    <message>
        <source>Stand or sit tall. Link your hands behind you, or hold the sides of the seat, then lift your chest and let your shoulders open wide. Keep your chin level and your breath easy.</source>
        <extracomment>exercise chest-opener: instruction</extracomment>
        <translation>Fique de pé ou sente-se com a coluna ereta. Entrelace as mãos atrás do corpo, ou segure as laterais do assento, e então erga o peito e deixe os ombros se abrirem bem. Mantenha o queixo reto e a respiração tranquila.</translation>
    </message>
    <message>
        <source>Chin tucks</source>
        <extracomment>exercise chin-tuck: name</extracomment>
        <translation>Recolher o queixo</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead. Glide your chin straight back, as if making a small double chin, without tipping your head down. Hold softly, then let it drift forward again.</source>
        <extracomment>exercise chin-tuck: instruction</extracomment>
        <translation>Sente-se com a coluna ereta e olhe para a frente. Leve o queixo para trás em linha reta, como se fizesse um pequeno queixo duplo, sem inclinar a cabeça para baixo. Segure com suavidade e depois deixe o queixo voltar para a frente.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <extracomment>exercise hip-flexor-stretch: name</extracomment>
        <translation>Alongamento do flexor do quadril</translation>
    </message>
    <message>
        <source>Stand in a short stride with a hand on the desk for balance. Bend the front knee a little and tuck your tailbone under until you feel a stretch at the front of the back hip. Keep your body upright.</source>
        <extracomment>exercise hip-flexor-stretch: instruction</extracomment>
        <translation>Fique de pé com um pé um pouco à frente do outro e apoie uma mão na mesa para se equilibrar. Dobre um pouco o joelho da frente e encaixe o cóccix para baixo até sentir um alongamento na frente do quadril de trás. Mantenha o tronco ereto.</translation>
    </message>
    <message>
        <source>Unclench your jaw</source>
        <extracomment>exercise jaw-release: name</extracomment>
        <translation>Solte a mandíbula</translation>
    </message>
    <message>
        <source>Let your teeth part and your tongue rest behind your lower front teeth, lips softly together. Circle your fingertips slowly over the muscles just in front of your ears.</source>
        <extracomment>exercise jaw-release: instruction</extracomment>
        <translation>Deixe os dentes se separarem e a língua descansar atrás dos dentes inferiores da frente, com os lábios levemente juntos. Faça círculos lentos com as pontas dos dedos sobre os músculos logo à frente das orelhas.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <extracomment>exercise neck-side-stretch: name</extracomment>
        <translation>Alongamento lateral do pescoço</translation>
    </message>
    <message>
        <source>Let both shoulders sink. Slowly tip one ear toward the shoulder on the same side until you feel a mild pull along the other side of your neck. Breathe; no need to press with your hand.</source>
        <extracomment>exercise neck-side-stretch: instruction</extracomment>
        <translation>Deixe os dois ombros descerem. Incline devagar uma orelha em direção ao ombro do mesmo lado até sentir uma leve tensão do outro lado do pescoço. Continue respirando; não precisa fazer força com a mão.</translation>
    </message>
    <message>
        <source>Slow head turns</source>
        <extracomment>exercise neck-turn: name</extracomment>
        <translation>Giros lentos da cabeça</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders soft. Turn your head slowly to look over one shoulder, only as far as is comfortable. Pause, then turn back through the middle.</source>
        <extracomment>exercise neck-turn: instruction</extracomment>
        <translation>Sente-se com a coluna ereta e com os ombros soltos. Gire a cabeça devagar para olhar por cima de um ombro, só até onde for confortável. Faça uma pausa e volte passando pelo meio.</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <extracomment>exercise pmr-arms: name</extracomment>
        <translation>Braços</translation>
    </message>
    <message>
        <source>Bend your elbows and tighten the front of your upper arms, as if showing off your biceps.</source>
        <extracomment>exercise pmr-arms: instruction</extracomment>
        <translation>Dobre os cotovelos e contraia a parte da frente dos braços, como se estivesse mostrando o bíceps.</translation>
    </message>
    <message>
        <source>Lower your arms and let them rest heavy in your lap. Feel the difference.</source>
        <extracomment>exercise pmr-arms: what to do in the rest after each hold</extracomment>
        <translation>Abaixe os braços e deixe-os descansar pesados no colo. Sinta a diferença.</translation>
    </message>
    <message>
        <source>Belly</source>
        <extracomment>exercise pmr-belly: name</extracomment>
        <translation>Barriga</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles, as if bracing for a gentle poke.</source>
        <extracomment>exercise pmr-belly: instruction</extracomment>
        <translation>Contraia os músculos da barriga, como se fosse receber um cutucão de leve.</translation>
    </message>
    <message>
        <source>Let your belly go soft and round, and let it rise freely as you breathe in.</source>
        <extracomment>exercise pmr-belly: what to do in the rest after each hold</extracomment>
        <translation>Deixe a barriga ficar macia e redonda, e deixe que ela suba livremente ao inspirar.</translation>
    </message>
    <message>
        <source>Eyes and jaw</source>
        <extracomment>exercise pmr-face: name</extracomment>
        <translation>Olhos e mandíbula</translation>
    </message>
    <message>
        <source>Close your eyes tightly and press your lips together. If your jaw is sore, keep the teeth apart.</source>
        <extracomment>exercise pmr-face: instruction</extracomment>
        <translation>Feche os olhos com força e aperte os lábios um contra o outro. Se a mandíbula estiver dolorida, mantenha os dentes separados.</translation>
    </message>
    <message>
        <source>Let your face go slack, teeth parted and jaw hanging loose. Breathe out slowly.</source>
        <extracomment>exercise pmr-face: what to do in the rest after each hold</extracomment>
        <translation>Deixe o rosto relaxar por completo, os dentes separados e a mandíbula solta. Expire devagar.</translation>
    </message>
    <message>
        <source>Feet and calves</source>
        <extracomment>exercise pmr-feet: name</extracomment>
        <translation>Pés e panturrilhas</translation>
    </message>
    <message>
        <source>Keep your heels on the floor and pull your toes up toward your shins.</source>
        <extracomment>exercise pmr-feet: instruction</extracomment>
        <translation>Mantenha os calcanhares no chão e puxe os dedos dos pés para cima, em direção às canelas.</translation>
    </message>
    <message>
        <source>Let your feet rest flat and loose on the floor. Notice how they feel now.</source>
        <extracomment>exercise pmr-feet: what to do in the rest after each hold</extracomment>
        <translation>Deixe os pés descansarem apoiados e soltos no chão. Perceba como eles estão agora.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <extracomment>exercise pmr-forehead: name</extracomment>
        <translation>Testa</translation>
    </message>
    <message>
        <source>Raise your eyebrows as high as they go and hold the wrinkles in your forehead.</source>
        <extracomment>exercise pmr-forehead: instruction</extracomment>
        <translation>Levante as sobrancelhas o mais alto que puder e segure as rugas na testa.</translation>
    </message>
    <message>
        <source>Let your brow fall smooth. Notice the forehead relax.</source>
        <extracomment>exercise pmr-forehead: what to do in the rest after each hold</extracomment>
        <translation>Deixe a testa ficar lisa de novo. Perceba a testa relaxar.</translation>
    </message>
    <message>
        <source>Hands and forearms</source>
        <extracomment>exercise pmr-hands: name</extracomment>
        <translation>Mãos e antebraços</translation>
    </message>
    <message>
        <source>Curl both hands into fists and squeeze firmly, without straining. Notice the tightness.</source>
        <extracomment>exercise pmr-hands: instruction</extracomment>
        <translation>Feche as duas mãos e aperte com firmeza, sem forçar demais. Perceba a tensão.</translation>
    </message>
    <message>
        <source>Open your hands and let your fingers fall loose. Notice the warmth and heaviness.</source>
        <extracomment>exercise pmr-hands: what to do in the rest after each hold</extracomment>
        <translation>Abra as mãos e deixe os dedos caírem soltos. Perceba o calor e o peso.</translation>
    </message>
    <message>
        <source>Thighs</source>
        <extracomment>exercise pmr-legs: name</extracomment>
        <translation>Coxas</translation>
    </message>
    <message>
        <source>Press your knees together and tighten your thighs.</source>
        <extracomment>exercise pmr-legs: instruction</extracomment>
        <translation>Pressione os joelhos um contra o outro e contraia as coxas.</translation>
    </message>
    <message>
        <source>Let your legs fall slightly apart and rest heavy on the chair.</source>
        <extracomment>exercise pmr-legs: what to do in the rest after each hold</extracomment>
        <translation>Deixe as pernas se afastarem um pouco e descansarem pesadas na cadeira.</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <extracomment>exercise pmr-shoulders: name</extracomment>
        <translation>Ombros</translation>
    </message>
    <message>
        <source>Pull your shoulders up toward your ears and hold them there.</source>
        <extracomment>exercise pmr-shoulders: instruction</extracomment>
        <translation>Puxe os ombros para cima, em direção às orelhas, e segure assim.</translation>
    </message>
    <message>
        <source>Let your shoulders drop all the way down. Feel the weight sink out of them.</source>
        <extracomment>exercise pmr-shoulders: what to do in the rest after each hold</extracomment>
        <translation>Deixe os ombros caírem até embaixo. Sinta o peso saindo deles.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <extracomment>exercise pmr-upper-back: name</extracomment>
        <translation>Parte superior das costas</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together and hold, keeping your neck relaxed.</source>
        <extracomment>exercise pmr-upper-back: instruction</extracomment>
        <translation>Aproxime as escápulas e segure, mantendo o pescoço relaxado.</translation>
    </message>
    <message>
        <source>Release and let your upper back widen and soften against the chair.</source>
        <extracomment>exercise pmr-upper-back: what to do in the rest after each hold</extracomment>
        <translation>Solte e deixe a parte superior das costas se alargar e se acomodar no encosto da cadeira.</translation>
    </message>
    <message>
        <source>Seated cat-cow</source>
        <extracomment>exercise seated-cat-cow: name</extracomment>
        <translation>Gato e vaca na cadeira</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back and let your head hang forward. Breathing in, lift your chest and let your lower back arch a little. Flow slowly between the two.</source>
        <extracomment>exercise seated-cat-cow: instruction</extracomment>
        <translation>Apoie as mãos nos joelhos. Ao expirar, arredonde as costas e deixe a cabeça pender para a frente. Ao inspirar, erga o peito e deixe a lombar se arquear um pouco. Alterne devagar entre os dois.</translation>
    </message>
    <message>
        <source>Seated cat</source>
        <extracomment>exercise seated-cat: name</extracomment>
        <translation>Gato na cadeira</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back like a cat and let your head hang forward.</source>
        <extracomment>exercise seated-cat: instruction</extracomment>
        <translation>Apoie as mãos nos joelhos. Ao expirar, arredonde as costas como um gato e deixe a cabeça pender para a frente.</translation>
    </message>
    <message>
        <source>Seated cow</source>
        <extracomment>exercise seated-cow: name</extracomment>
        <translation>Vaca na cadeira</translation>
    </message>
    <message>
        <source>Breathing in, lift your chest and let your lower back arch a little. Look ahead, not up.</source>
        <extracomment>exercise seated-cow: instruction</extracomment>
        <translation>Ao inspirar, erga o peito e deixe a lombar se arquear um pouco. Olhe para a frente, não para cima.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <extracomment>exercise seated-twist: name</extracomment>
        <translation>Torção na cadeira</translation>
    </message>
    <message>
        <source>Sit tall with both feet on the floor. Turn your chest toward one side, one hand on the opposite knee and the other on the chair back. Grow tall as you breathe in; turn back slowly.</source>
        <extracomment>exercise seated-twist: instruction</extracomment>
        <translation>Sente-se com a coluna ereta com os dois pés no chão. Gire o tronco para um lado, uma mão no joelho oposto e a outra no encosto da cadeira. Cresça ao inspirar; volte devagar.</translation>
    </message>
    <message>
        <source>Short walk</source>
        <extracomment>exercise short-walk: name</extracomment>
        <translation>Caminhada curta</translation>
    </message>
    <message>
        <source>Stand up and walk about: to a window, the kitchen or along the corridor. Let your arms swing and your shoulders loosen. Fetching a glass of water counts.</source>
        <extracomment>exercise short-walk: instruction</extracomment>
        <translation>Levante-se e ande um pouco: até uma janela, a cozinha ou pelo corredor. Deixe os braços balançarem e os ombros se soltarem. Buscar um copo de água também conta.</translation>
    </message>
    <message>
        <source>Shoulder-blade squeeze</source>
        <extracomment>exercise shoulder-blade-squeeze: name</extracomment>
        <translation>Aproximar as escápulas</translation>
    </message>
    <message>
        <source>Sit upright with your arms loose. Draw your shoulder blades back and a little down, as if sliding them into your back pockets. Hold lightly, then let go.</source>
        <extracomment>exercise shoulder-blade-squeeze: instruction</extracomment>
        <translation>Sente-se com a coluna ereta e os braços soltos. Leve as escápulas para trás e um pouco para baixo, como se fosse colocá-las nos bolsos de trás da calça. Segure de leve e depois solte.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <extracomment>exercise shoulder-rolls: name</extracomment>
        <translation>Rotação dos ombros</translation>
    </message>
    <message>
        <source>Lift your shoulders toward your ears, draw them back, then let them drop. Keep the circles slow and round, rolling backwards.</source>
        <extracomment>exercise shoulder-rolls: instruction</extracomment>
        <translation>Levante os ombros em direção às orelhas, leve-os para trás e depois deixe-os cair. Faça círculos lentos e redondos, sempre para trás.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <extracomment>exercise standing-back-extension: name</extracomment>
        <translation>Extensão das costas em pé</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and your palms on your lower back. Lean back gently from the hips, only as far as feels comfortable, then come back up to standing.</source>
        <extracomment>exercise standing-back-extension: instruction</extracomment>
        <translation>Fique de pé com os pés afastados na largura do quadril e as palmas das mãos na lombar. Incline-se para trás com suavidade a partir do quadril, só até onde for confortável, e depois volte à posição em pé.</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <extracomment>exercise standing-side-bend: name</extracomment>
        <translation>Inclinação lateral em pé</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart. Reach one arm up and over your head and lean gently the other way, keeping your hips steady. Breathe into your side, then return to the middle.</source>
        <extracomment>exercise standing-side-bend: instruction</extracomment>
        <translation>Fique de pé com a coluna ereta e com os pés afastados na largura do quadril. Leve um braço para cima e por cima da cabeça e incline-se suavemente para o outro lado, mantendo o quadril firme. Respire para dentro da lateral do corpo e depois volte ao centro.</translation>
    </message>
    <message>
        <source>Upper-back reach</source>
        <extracomment>exercise upper-back-reach: name</extracomment>
        <translation>Abrir a parte superior das costas</translation>
    </message>
    <message>
        <source>Link your fingers and push your palms away at shoulder height. Round your upper back and let your head drop a little, as if hugging a large ball. Feel the space between your shoulder blades widen.</source>
        <extracomment>exercise upper-back-reach: instruction</extracomment>
        <translation>Entrelace os dedos e empurre as palmas para longe de você, na altura dos ombros. Arredonde a parte superior das costas e deixe a cabeça cair um pouco, como se abraçasse uma bola grande. Sinta o espaço entre as escápulas se alargar.</translation>
    </message>
    <message>
        <source>Forearm and wrist stretch</source>
        <extracomment>exercise wrist-stretch: name</extracomment>
        <translation>Alongamento do antebraço e do punho</translation>
    </message>
    <message>
        <source>Hold one arm out in front, palm up and elbow soft. With the other hand, ease the fingers down and back until the inside of the forearm feels a gentle stretch.</source>
        <extracomment>exercise wrist-stretch: instruction</extracomment>
        <translation>Estique um braço à sua frente, com a palma para cima e o cotovelo solto. Com a outra mão, leve os dedos com cuidado para baixo e para trás até sentir um alongamento suave na parte de dentro do antebraço.</translation>
    </message>
    <message>
        <source>Hands, chest and jaw minute</source>
        <extracomment>routine micro-hands: name</extracomment>
        <translation>Minuto para mãos, peito e mandíbula</translation>
    </message>
    <message>
        <source>A one-minute break for keyboard hands, a closed chest and a clenched jaw.</source>
        <extracomment>routine micro-hands: description</extracomment>
        <translation>Uma pausa de um minuto para mãos cansadas do teclado, um peito fechado e uma mandíbula travada.</translation>
    </message>
    <message>
        <source>Neck and shoulders minute</source>
        <extracomment>routine micro-neck: name</extracomment>
        <translation>Minuto para pescoço e ombros</translation>
    </message>
    <message>
        <source>A one-minute reset for a stiff neck and raised shoulders.</source>
        <extracomment>routine micro-neck: description</extracomment>
        <translation>Um minuto para recomeçar, para um pescoço rígido e ombros levantados.</translation>
    </message>
    <message>
        <source>Stand-up minute</source>
        <extracomment>routine micro-stand: name</extracomment>
        <translation>Minuto em pé</translation>
    </message>
    <message>
        <source>Out of the chair for a minute: lean back, reach, walk.</source>
        <extracomment>routine micro-stand: description</extracomment>
        <translation>Um minuto fora da cadeira: incline-se para trás, estique-se, caminhe.</translation>
    </message>
    <message>
        <source>Back and spine minute</source>
        <extracomment>routine micro-back: name</extracomment>
        <translation>Minuto para as costas</translation>
    </message>
    <message>
        <source>A one-minute break that moves the spine after a long sit.</source>
        <extracomment>routine micro-back: description</extracomment>
        <translation>Uma pausa de um minuto que movimenta a coluna depois de muito tempo na cadeira.</translation>
    </message>
    <message>
        <source>Neck and shoulder release</source>
        <extracomment>routine neck-release: name</extracomment>
        <translation>Soltar pescoço e ombros</translation>
    </message>
    <message>
        <source>About three minutes to loosen the neck, shoulders and jaw where many people hold tension.</source>
        <extracomment>routine neck-release: description</extracomment>
        <translation>Cerca de três minutos para soltar o pescoço, os ombros e a mandíbula, onde muita gente acumula tensão.</translation>
    </message>
    <message>
        <source>Back reset</source>
        <extracomment>routine back-reset: name</extracomment>
        <translation>Renovar as costas</translation>
    </message>
    <message>
        <source>About five minutes of gentle moves for the whole back, seated and standing, ending with a short walk.</source>
        <extracomment>routine back-reset: description</extracomment>
        <translation>Cerca de cinco minutos de movimentos suaves para as costas inteiras, na cadeira e em pé, terminando com uma caminhada curta.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>routine muscle-relaxation: name</extracomment>
        <translation>Relaxamento muscular progressivo</translation>
    </message>
    <message>
        <source>About five minutes, group by group: tense a muscle group for five seconds, then let it go for ten and notice the difference. Tense firmly but never to the point of pain.</source>
        <extracomment>routine muscle-relaxation: description</extracomment>
        <translation>Cerca de cinco minutos, grupo por grupo: contraia um grupo muscular por cinco segundos, depois solte por dez e perceba a diferença. Contraia com firmeza, mas nunca a ponto de doer.</translation>
    </message>
    <message>
        <source>Feet flat on the floor (or a footrest)</source>
        <extracomment>posture checklist feet-flat: the thing to check (short)</extracomment>
        <translation>Pés apoiados no chão (ou num apoio)</translation>
    </message>
    <message>
        <source>Knees roughly level with your hips, not tucked under the chair.</source>
        <extracomment>posture checklist feet-flat: how, in one sentence</extracomment>
        <translation>Joelhos mais ou menos na altura do quadril, não recolhidos embaixo da cadeira.</translation>
    </message>
    <message>
        <source>Back resting against the chair</source>
        <extracomment>posture checklist back-supported: the thing to check (short)</extracomment>
        <translation>Costas apoiadas na cadeira</translation>
    </message>
    <message>
        <source>Sit all the way back so the backrest carries the curve of your lower back.</source>
        <extracomment>posture checklist back-supported: how, in one sentence</extracomment>
        <translation>Sente-se bem para trás, para que o encosto acompanhe a curva da sua lombar.</translation>
    </message>
    <message>
        <source>Shoulders down and loose</source>
        <extracomment>posture checklist shoulders-loose: the thing to check (short)</extracomment>
        <translation>Ombros baixos e soltos</translation>
    </message>
    <message>
        <source>Let them drop away from your ears; they often creep up when you concentrate.</source>
        <extracomment>posture checklist shoulders-loose: how, in one sentence</extracomment>
        <translation>Deixe-os descer, longe das orelhas; eles costumam subir quando você se concentra.</translation>
    </message>
    <message>
        <source>Jaw unclenched</source>
        <extracomment>posture checklist jaw-unclenched: the thing to check (short)</extracomment>
        <translation>Mandíbula solta</translation>
    </message>
    <message>
        <source>Teeth apart, lips lightly together, tongue resting.</source>
        <extracomment>posture checklist jaw-unclenched: how, in one sentence</extracomment>
        <translation>Dentes separados, lábios levemente juntos, língua descansando.</translation>
    </message>
    <message>
        <source>Top of the screen near eye level</source>
        <extracomment>posture checklist screen-height: the thing to check (short)</extracomment>
        <translation>Topo da tela perto da altura dos olhos</translation>
    </message>
    <message>
        <source>About an arm&apos;s length away, so your head is not tipped down or pushed forward.</source>
        <extracomment>posture checklist screen-height: how, in one sentence</extracomment>
        <translation>A cerca de um braço de distância, para que a cabeça não fique inclinada para baixo nem projetada para a frente.</translation>
    </message>
    <message>
        <source>Elbows bent at about 90°</source>
        <extracomment>posture checklist elbows-90: the thing to check (short)</extracomment>
        <translation>Cotovelos dobrados em cerca de 90°</translation>
    </message>
    <message>
        <source>Forearms roughly level with the desk, wrists straight and floating.</source>
        <extracomment>posture checklist elbows-90: how, in one sentence</extracomment>
        <translation>Antebraços mais ou menos na altura da mesa, punhos retos e soltos.</translation>
    </message>
    <message>
        <source>Head balanced over your shoulders</source>
        <extracomment>posture checklist head-over-shoulders: the thing to check (short)</extracomment>
        <translation>Cabeça equilibrada sobre os ombros</translation>
    </message>
    <message>
        <source>Ears above the shoulders rather than in front of them.</source>
        <extracomment>posture checklist head-over-shoulders: how, in one sentence</extracomment>
        <translation>Orelhas acima dos ombros, e não à frente deles.</translation>
    </message>
    <message>
        <source>Hands and fingers soft</source>
        <extracomment>posture checklist hands-soft: the thing to check (short)</extracomment>
        <translation>Mãos e dedos soltos</translation>
    </message>
    <message>
        <source>No gripping the mouse; let the wrists rest between movements.</source>
        <extracomment>posture checklist hands-soft: how, in one sentence</extracomment>
        <translation>Não aperte o mouse; deixe os punhos descansarem entre os movimentos.</translation>
    </message>
    <message>
        <source>Belly soft</source>
        <extracomment>posture checklist belly-soft: the thing to check (short)</extracomment>
        <translation>Barriga solta</translation>
    </message>
    <message>
        <source>Let it move as you breathe instead of holding it in.</source>
        <extracomment>posture checklist belly-soft: how, in one sentence</extracomment>
        <translation>Deixe-a se mover com a respiração em vez de segurá-la para dentro.</translation>
    </message>
    <message>
        <source>One slow breath out</source>
        <extracomment>posture checklist breath-out: the thing to check (short)</extracomment>
        <translation>Uma expiração lenta</translation>
    </message>
    <message>
        <source>Breathe out a little longer than you breathed in, and let your shoulders sink with it.</source>
        <extracomment>posture checklist breath-out: how, in one sentence</extracomment>
        <translation>Expire um pouco mais longamente do que inspirou e deixe os ombros descerem junto.</translation>
    </message>
    <message>
        <source>A short walk</source>
        <extracomment>movement break suggestion short-walk: title (short)</extracomment>
        <translation>Uma caminhada curta</translation>
    </message>
    <message>
        <source>Walk for a few minutes: down the corridor, up a flight of stairs or once around the room. An easy pace is enough.</source>
        <extracomment>movement break suggestion short-walk: what to do, one or two sentences</extracomment>
        <translation>Caminhe por alguns minutos: pelo corredor, subindo um lance de escada ou dando uma volta pela sala. Um ritmo tranquilo basta.</translation>
    </message>
    <message>
        <source>Refill your water</source>
        <extracomment>movement break suggestion refill-water: title (short)</extracomment>
        <translation>Reabasteça sua água</translation>
    </message>
    <message>
        <source>Walk to the kitchen or the tap and refill your glass or bottle. Drink some if you are thirsty.</source>
        <extracomment>movement break suggestion refill-water: what to do, one or two sentences</extracomment>
        <translation>Vá até a cozinha ou a torneira e encha de novo seu copo ou sua garrafa. Beba um pouco se estiver com sede.</translation>
    </message>
    <message>
        <source>Loosen your shoulders</source>
        <extracomment>movement break suggestion loosen-shoulders: title (short)</extracomment>
        <translation>Solte os ombros</translation>
    </message>
    <message>
        <source>Stand up, roll your shoulders slowly back a few times and let them drop. Let your arms hang and shake your hands loose.</source>
        <extracomment>movement break suggestion loosen-shoulders: what to do, one or two sentences</extracomment>
        <translation>Levante-se, gire os ombros devagar para trás algumas vezes e deixe-os cair. Deixe os braços soltos ao lado do corpo e sacuda as mãos.</translation>
    </message>
    <message>
        <source>Move gently</source>
        <extracomment>movement break suggestion gentle-movement: title (short)</extracomment>
        <translation>Movimente-se com suavidade</translation>
    </message>
    <message>
        <source>Stand and move in any easy way that feels good: shift your weight, march on the spot, reach up. Stop any move that hurts.</source>
        <extracomment>movement break suggestion gentle-movement: what to do, one or two sentences</extracomment>
        <translation>Fique de pé e movimente-se de qualquer jeito fácil que seja agradável: transfira o peso de uma perna para a outra, marche no lugar, estique-se para cima. Pare qualquer movimento que doa.</translation>
    </message>
    <message>
        <source>Look far away</source>
        <extracomment>movement break suggestion look-far: title (short)</extracomment>
        <translation>Olhe para longe</translation>
    </message>
    <message>
        <source>Stand at a window or at the far end of the room and rest your eyes on something far away. Breathe out slowly.</source>
        <extracomment>movement break suggestion look-far: what to do, one or two sentences</extracomment>
        <translation>Fique perto de uma janela ou do outro lado da sala e descanse os olhos em algo distante. Solte o ar devagar.</translation>
    </message>
    <message>
        <source>Let go completely and breathe out slowly.</source>
        <extracomment>the rest after a hold, when the exercise gives no words of its own</extracomment>
        <translation>Solte tudo e expire devagar.</translation>
    </message>
    <message>
        <source>Longer exhale</source>
        <extracomment>breathing pattern longer-exhale: name</extracomment>
        <translation>Expiração mais longa</translation>
    </message>
    <message>
        <source>In for 4 seconds, out for 6: six slow breaths a minute, each out-breath a little longer than the in-breath. Many people find this pace settling. Breathe out slowly, as if through a straw.</source>
        <extracomment>breathing pattern longer-exhale: description</extracomment>
        <translation>Inspire por 4 segundos, expire por 6: seis respirações lentas por minuto, cada expiração um pouco mais longa que a inspiração. Muitas pessoas acham esse ritmo tranquilizador. Expire devagar, como se soprasse por um canudo.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <extracomment>breathing pattern resonance: name</extracomment>
        <translation>Respiração de ressonância</translation>
    </message>
    <message>
        <source>Even breaths of 5.5 seconds in and 5.5 out, a little under six breaths a minute. Also called coherent breathing. Let the belly rise and fall rather than the shoulders.</source>
        <extracomment>breathing pattern resonance: description</extracomment>
        <translation>Respirações regulares de 5,5 segundos para inspirar e 5,5 para expirar, um pouco menos de seis respirações por minuto. Também chamada de respiração coerente. Deixe a barriga subir e descer, e não os ombros.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <extracomment>breathing pattern box: name</extracomment>
        <translation>Respiração quadrada</translation>
    </message>
    <message>
        <source>Four equal sides of 4 seconds: in, hold, out, hold. The steady count gives a busy mind something simple to follow.</source>
        <extracomment>breathing pattern box: description</extracomment>
        <translation>Quatro lados iguais de 4 segundos: inspire, segure, expire, segure. A contagem regular dá a uma mente agitada algo simples para acompanhar.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <extracomment>breathing pattern physiological-sigh: name</extracomment>
        <translation>Suspiro fisiológico</translation>
    </message>
    <message>
        <source>A full breath in through the nose, a short second sip of air on top, then a long, easy breath out through the mouth. The same double breath the body makes on its own when it sighs.</source>
        <extracomment>breathing pattern physiological-sigh: description</extracomment>
        <translation>Uma inspiração completa pelo nariz, um segundo golinho de ar por cima e depois uma expiração longa e tranquila pela boca. É a mesma respiração dupla que o corpo faz sozinho quando suspira.</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <extracomment>breathing pattern 4-7-8: name</extracomment>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>In through the nose for 4 seconds, hold for 7, then out through the mouth for 8. A few rounds are plenty.</source>
        <extracomment>breathing pattern 4-7-8: description</extracomment>
        <translation>Inspire pelo nariz por 4 segundos, segure por 7 e depois expire pela boca por 8. Algumas rodadas são suficientes.</translation>
    </message>
    <message>
        <source>The holds are optional: if holding feels uncomfortable, keep breathing gently through them. Stop and breathe normally if you feel light-headed or dizzy.</source>
        <extracomment>breathing pattern 4-7-8: caution</extracomment>
        <translation>As pausas são opcionais: se segurar o ar for desconfortável, continue respirando suavemente durante elas. Pare e respire normalmente se sentir tontura ou a cabeça leve.</translation>
    </message>
    <message>
        <source>Stress and muscle tension</source>
        <extracomment>why this helps, topic stress-tension: title (short)</extracomment>
        <translation>Estresse e tensão muscular</translation>
    </message>
    <message>
        <source>In laboratory studies, mental stress such as timed arithmetic raises the activity of the shoulder muscles, even when the body is doing no physical work. Distress and low mood also make it more likely that back pain lasts. How much everyday stress adds to neck and back pain differs from person to person, so take this as a reasonable idea, not a proven cause.</source>
        <extracomment>why this helps, topic stress-tension: what is known, two or three sentences</extracomment>
        <translation>Em estudos de laboratório, o estresse mental, como fazer contas contra o relógio, aumenta a atividade dos músculos dos ombros, mesmo quando o corpo não está fazendo nenhum esforço físico. Angústia e desânimo também tornam mais provável que a dor nas costas persista. O quanto o estresse do dia a dia contribui para a dor no pescoço e nas costas varia de pessoa para pessoa, então veja isso como uma ideia razoável, não como uma causa comprovada.</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <extracomment>why this helps, topic micro-breaks: title (short)</extracomment>
        <translation>Pausas curtas</translation>
    </message>
    <message>
        <source>Breaks of up to ten minutes leave people a little less tired and a little more energetic, a small but reliable effect. They do not reliably make people work better or faster; longer breaks did better on that. Unclench suggests breaks for how you feel, not to raise your output.</source>
        <extracomment>why this helps, topic micro-breaks: what is known, two or three sentences</extracomment>
        <translation>Pausas de até dez minutos deixam as pessoas um pouco menos cansadas e um pouco mais dispostas, um efeito pequeno, mas confiável. Elas não fazem as pessoas trabalharem melhor ou mais rápido de forma confiável; pausas mais longas se saíram melhor nisso. O Unclench sugere pausas para o seu bem-estar, não para aumentar sua produtividade.</translation>
    </message>
    <message>
        <source>Staying active with back pain</source>
        <extracomment>why this helps, topic movement: title (short)</extracomment>
        <translation>Manter-se ativo com dor nas costas</translation>
    </message>
    <message>
        <source>Guidelines advise people with low back pain to carry on with normal activities as far as they can and, when pain lasts, to exercise. Exercise programmes ease long-lasting low back pain by a modest amount on average. Gentle moves during the day are a small part of staying active, not a treatment.</source>
        <extracomment>why this helps, topic movement: what is known, two or three sentences</extracomment>
        <translation>As diretrizes aconselham quem tem dor lombar a continuar com as atividades normais na medida do possível e, quando a dor persiste, a fazer exercícios. Programas de exercício aliviam a dor lombar de longa duração em grau moderado, em média. Movimentos suaves ao longo do dia são uma pequena parte de se manter ativo, não um tratamento.</translation>
    </message>
    <message>
        <source>Stretching at the desk</source>
        <extracomment>why this helps, topic stretching: title (short)</extracomment>
        <translation>Alongar-se na mesa de trabalho</translation>
    </message>
    <message>
        <source>Stretching feels good to many people and is part of the exercise that guidelines suggest for back pain, but there is little good evidence that desk stretches on their own prevent neck or back pain. When a muscle cramps, gently stretching it is the usual first help. Stretch only as far as is comfortable, and stop if pain increases.</source>
        <extracomment>why this helps, topic stretching: what is known, two or three sentences</extracomment>
        <translation>Alongar-se faz bem para muita gente e faz parte dos exercícios que as diretrizes sugerem para dor nas costas, mas há poucas evidências boas de que alongamentos na mesa de trabalho, sozinhos, previnam dor no pescoço ou nas costas. Quando um músculo tem câimbra, alongá-lo suavemente é a primeira ajuda habitual. Alongue-se só até onde for confortável e pare se a dor aumentar.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <extracomment>why this helps, topic slow-breathing: title (short)</extracomment>
        <translation>Respiração lenta</translation>
    </message>
    <message>
        <source>Breathing slowly, around six breaths a minute, reliably raises heart-rate variability, a sign that the resting branch of the nervous system is more active, during the exercise and shortly after. Its effect on how stressed people feel is smaller: trials find a small reduction on average, and many are of modest quality. Breathe gently, and stop and breathe normally if you feel light-headed.</source>
        <extracomment>why this helps, topic slow-breathing: what is known, two or three sentences</extracomment>
        <translation>Respirar devagar, cerca de seis respirações por minuto, aumenta de forma confiável a variabilidade da frequência cardíaca, um sinal de que o ramo do sistema nervoso ligado ao repouso está mais ativo, durante o exercício e logo depois. O efeito sobre o quanto as pessoas se sentem estressadas é menor: os estudos encontram uma pequena redução em média, e muitos são de qualidade modesta. Respire com suavidade e, se sentir tontura, pare e respire normalmente.</translation>
    </message>
    <message>
        <source>Tensing and then letting go of one muscle group after another is a long-used relaxation method. Relaxation training lowers anxiety by a moderate amount in trials, and a back-pain guideline lists progressive relaxation as an option for long-lasting low back pain, on low-quality evidence. Tense firmly but never to the point of pain.</source>
        <extracomment>why this helps, topic muscle-relaxation: what is known, two or three sentences</extracomment>
        <translation>Contrair e depois soltar um grupo muscular após o outro é um método de relaxamento usado há muito tempo. Em estudos, o treino de relaxamento reduz a ansiedade em grau moderado, e uma diretriz sobre dor nas costas cita o relaxamento progressivo como opção para a dor lombar de longa duração, com base em evidências de baixa qualidade. Contraia com firmeza, mas nunca a ponto de doer.</translation>
    </message>
    <message>
        <source>Posture and screen height</source>
        <extracomment>why this helps, topic posture: title (short)</extracomment>
        <translation>Postura e altura da tela</translation>
    </message>
    <message>
        <source>No single sitting posture has been shown to prevent back or neck pain, and reviews of desk set-ups and ergonomic training find only low-quality, inconsistent evidence. A comfortable set-up and changing position often are still sensible. The posture checklist is a prompt to notice and ease tension, not a rule for sitting correctly.</source>
        <extracomment>why this helps, topic posture: what is known, two or three sentences</extracomment>
        <translation>Nenhuma postura sentada específica mostrou prevenir dor nas costas ou no pescoço, e revisões sobre a organização do posto de trabalho e treinamentos de ergonomia encontram apenas evidências de baixa qualidade e inconsistentes. Mesmo assim, um posto de trabalho confortável e mudar de posição com frequência continuam sendo sensatos. O checklist de postura é um lembrete para perceber e aliviar a tensão, não uma regra de como sentar corretamente.</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>why this helps, topic water: title (short)</extracomment>
        <translation>Água</translation>
    </message>
    <message>
        <source>Healthy adults need about two to two and a half litres of water a day from drinks and food together, and thirst is a good guide. There is no good evidence that drinking more water prevents muscle cramps or back spasms, and forcing down large amounts can be dangerous because it dilutes the salt in the blood. Unclench&apos;s water reminders mean: drink when you are thirsty or as you planned, nothing more.</source>
        <extracomment>why this helps, topic water: what is known, two or three sentences</extracomment>
        <translation>Adultos saudáveis precisam de cerca de dois a dois litros e meio de água por dia, somando bebidas e alimentos, e a sede é um bom guia. Não há boas evidências de que beber mais água previna câimbras musculares ou espasmos nas costas, e forçar-se a beber grandes quantidades pode ser perigoso, porque dilui o sal no sangue. Os lembretes de água do Unclench querem dizer: beba quando tiver sede ou como você planejou, nada mais.</translation>
    </message>
    <message>
        <source>Walking and getting up</source>
        <extracomment>why this helps, topic walking: title (short)</extracomment>
        <translation>Caminhar e levantar-se</translation>
    </message>
    <message>
        <source>In a large trial, people who built up regular walking over six months, with some coaching, went nearly twice as long before their low back pain came back. Health guidelines advise adults to sit less and move more, though what a short walk at work does on its own is not known. Sit-stand desks cut sitting at work by about an hour a day at first, on low-quality evidence; whether that helps health is still unclear.</source>
        <extracomment>why this helps, topic walking: what is known, two or three sentences</extracomment>
        <translation>Em um grande estudo, pessoas que criaram o hábito de caminhar regularmente ao longo de seis meses, com algum acompanhamento, ficaram quase o dobro do tempo sem que a dor lombar voltasse. As diretrizes de saúde aconselham os adultos a ficar menos tempo sentados e a se movimentar mais, embora não se saiba o que uma caminhada curta no trabalho faz por si só. Mesas de altura regulável reduzem o tempo sentado no trabalho em cerca de uma hora por dia no início, com evidências de baixa qualidade; se isso ajuda a saúde ainda não está claro.</translation>
    </message>
    <message>
        <source>Heat or cold for a sore back</source>
        <extracomment>why this helps, topic heat-cold: title (short)</extracomment>
        <translation>Calor ou frio para as costas doloridas</translation>
    </message>
    <message>
        <source>A heat wrap eases new low back pain a little for a short time, with moderate-quality evidence, and a guideline suggests it for pain of recent onset. For cold packs there is too little evidence to say whether they help. Use whichever feels better, never directly on bare skin, and not on skin that has lost feeling.</source>
        <extracomment>why this helps, topic heat-cold: what is known, two or three sentences</extracomment>
        <translation>Uma bolsa térmica quente alivia um pouco a dor lombar recente por pouco tempo, com evidências de qualidade moderada, e uma diretriz a sugere para dor que começou há pouco. Para compressas frias, há poucas evidências para dizer se ajudam. Use o que for mais agradável, nunca diretamente sobre a pele nua e não sobre pele que perdeu a sensibilidade.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>why this helps, topic sleep: title (short)</extracomment>
        <translation>Sono</translation>
    </message>
    <message>
        <source>Adults are advised to sleep at least seven hours a night. Poor sleep and pain feed each other, and poor sleep seems to predict later pain more strongly than pain predicts poor sleep. Unclench starts its counts afresh after a night&apos;s sleep and keeps quiet outside your working hours.</source>
        <extracomment>why this helps, topic sleep: what is known, two or three sentences</extracomment>
        <translation>Recomenda-se que adultos durmam pelo menos sete horas por noite. Sono ruim e dor se alimentam mutuamente, e o sono ruim parece prever dor futura com mais força do que a dor prevê sono ruim. O Unclench recomeça suas contagens depois de uma noite de sono e fica em silêncio fora do seu horário de trabalho.</translation>
    </message>
</context>
<context>
    <name>CustomPatternEditor</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Hold (full)</source>
        <translation>Segure (cheio)</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Hold (empty)</source>
        <translation>Segure (vazio)</translation>
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
        <translation>Respirar com este &amp;padrão</translation>
    </message>
    <message>
        <source>Start the custom pattern</source>
        <translation>Começar o padrão personalizado</translation>
    </message>
    <message>
        <source>Use {0} to {1} seconds</source>
        <translation>Use de {0} a {1} segundos</translation>
    </message>
</context>
<context>
    <name>DailySeriesModel</name>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pausas feitas</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Puladas ou perdidas</translation>
    </message>
    <message>
        <source>Water (ml)</source>
        <translation>Água (ml)</translation>
    </message>
    <message>
        <source>Tension (average)</source>
        <translation>Tensão (média)</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Checagens de postura</translation>
    </message>
    <message>
        <source>Breathing (min)</source>
        <translation>Respiração (min)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d MMM</translation>
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
        <translation>O que o Unclench percebe</translation>
    </message>
    <message>
        <source>What each detector sees on this desktop right now:</source>
        <translation>O que cada detector percebe agora nesta área de trabalho:</translation>
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
        <translation>Seção</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
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
        <translation>Lendo {0}…</translation>
    </message>
    <message>
        <source>Saving the events of {0}…</source>
        <translation>Salvando os registros de {0}…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Movement break</source>
        <translation>Pausa para se movimentar</translation>
    </message>
    <message>
        <source>movement break</source>
        <translation>pausa para se movimentar</translation>
    </message>
    <message>
        <source>Get up for a few minutes: walk, stand, look far away or refill your water.</source>
        <translation>Levante-se por alguns minutos: caminhe, fique de pé, olhe para longe ou reabasteça sua água.</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pausa para alongar</translation>
    </message>
    <message>
        <source>stretch break</source>
        <translation>pausa para alongar</translation>
    </message>
    <message>
        <source>Stand up if you can and move gently. Stop any move that hurts.</source>
        <translation>Levante-se, se puder, e movimente-se com suavidade. Pare qualquer movimento que doa.</translation>
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
        <translation>Algumas respirações lentas com uma expiração mais longa; muitas pessoas acham isso tranquilizador.</translation>
    </message>
    <message>
        <source>Water break</source>
        <translation>Pausa para água</translation>
    </message>
    <message>
        <source>water</source>
        <translation>água</translation>
    </message>
    <message>
        <source>Time for a drink, if you are thirsty or as you planned.</source>
        <translation>Hora de beber algo, se estiver com sede ou como você planejou.</translation>
    </message>
    <message>
        <source>Posture check</source>
        <translation>Checagem de postura</translation>
    </message>
    <message>
        <source>posture check</source>
        <translation>checagem de postura</translation>
    </message>
    <message>
        <source>Take a few seconds. Tick what you just did:</source>
        <translation>Tire alguns segundos. Marque o que você acabou de fazer:</translation>
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
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Applies the next time Unclench starts.</source>
        <translation>Vale a partir do próximo início do Unclench.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Unclench could not start: {0}</source>
        <translation>O Unclench não conseguiu iniciar: {0}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Use {0}–{1}</source>
        <translation>Use {0}–{1}</translation>
    </message>
</context>
<context>
    <name>PhaseCues</name>
    <message>
        <source>No sound output could be opened, so there are no phase sounds.</source>
        <translation>Não foi possível abrir uma saída de som, então não há sons de fase.</translation>
    </message>
    <message>
        <source>Unclench cannot play sounds on this system yet.</source>
        <translation>O Unclench ainda não consegue tocar sons neste sistema.</translation>
    </message>
    <message>
        <source>Speaking failed ({0}), so spoken cues are off.</source>
        <translation>A fala falhou ({0}), então os avisos falados estão desligados.</translation>
    </message>
    <message>
        <source>No speech program was found. Spoken cues use espeak or flite; install one to hear them.</source>
        <translation>Nenhum programa de fala foi encontrado. Os avisos falados usam espeak ou flite; instale um deles para ouvi-los.</translation>
    </message>
</context>
<context>
    <name>PromptPresenter</name>
    <message>
        <source>Some content files have problems and were left out:</source>
        <translation>Alguns arquivos de conteúdo têm problemas e foram deixados de fora:</translation>
    </message>
</context>
<context>
    <name>QuietSources</name>
    <message>
        <source>The app rules are not valid: {}</source>
        <translation>As regras de aplicativos não são válidas: {}</translation>
    </message>
</context>
<context>
    <name>QuietTimesPage</name>
    <message>
        <source>What Unclench sees…</source>
        <translation>O que o Unclench percebe…</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone or camera is in use</source>
        <translation>Deixar os lembretes em espera enquanto o microfone ou a câmera estiverem em uso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a call ends, wait</source>
        <translation>Depois que uma chamada terminar, esperar</translation>
    </message>
    <message>
        <source>Hold at most, per day</source>
        <extracomment>After this much holding in a day, reminders come anyway, quietly.</extracomment>
        <translation>Deixar em espera no máximo, por dia</translation>
    </message>
    <message>
        <source>Apps that are not calls</source>
        <translation>Aplicativos que não são chamadas</translation>
    </message>
    <message>
        <source>Count as calls again</source>
        <translation>Voltar a contar como chamadas</translation>
    </message>
    <message>
        <source>Not calls</source>
        <translation>Não são chamadas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Arquivos de agenda</translation>
    </message>
    <message>
        <source>Add calendar file…</source>
        <translation>Adicionar arquivo de agenda…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>Arquivos de agenda (.ics)</translation>
    </message>
    <message>
        <source>Also read a calendar from the web</source>
        <translation>Também ler uma agenda da internet</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Endereço da agenda</translation>
    </message>
    <message>
        <source>Only this address is contacted, at most every 15 minutes; nothing else leaves the computer.</source>
        <translation>Só este endereço é consultado, no máximo a cada 15 minutos; nada mais sai do computador.</translation>
    </message>
    <message>
        <source>you@example.org, …</source>
        <translation>voce@example.org, …</translation>
    </message>
    <message>
        <source>Your addresses</source>
        <extracomment>Events the user declined (as this address) do not hold reminders.</extracomment>
        <translation>Seus endereços</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Aplicativos</translation>
    </message>
    <message>
        <source>App rules</source>
        <translation>Regras de aplicativos</translation>
    </message>
    <message>
        <source>Running app</source>
        <translation>Aplicativo em execução</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>is in front</source>
        <translation>estiver em primeiro plano</translation>
    </message>
    <message>
        <source>is running</source>
        <translation>estiver em execução</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Adicionar regra</translation>
    </message>
    <message>
        <source>Hold reminders while</source>
        <translation>Deixar os lembretes em espera enquanto</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>Choose calendar files</source>
        <translation>Escolher arquivos de agenda</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Agendas (*.ics)</translation>
    </message>
    <message>
        <source>{0} is in front</source>
        <translation>{0} estiver em primeiro plano</translation>
    </message>
    <message>
        <source>{0} is running</source>
        <translation>{0} estiver em execução</translation>
    </message>
</context>
<context>
    <name>RangesField</name>
    <message>
        <source>Write times like 09:00-12:30, 13:30-18:00</source>
        <translation>Escreva os horários assim: 09:00-12:30, 13:30-18:00</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>folga</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>0 is loose and easy, 10 is as tight as it gets.</source>
        <translation>0 é solto e leve, 10 é o mais tenso possível.</translation>
    </message>
    <message>
        <source>Tension {0} of 10</source>
        <translation>Tensão {0} de 10</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>solto</translation>
    </message>
    <message>
        <source>very tight</source>
        <translation>muito tenso</translation>
    </message>
</context>
<context>
    <name>ReminderNotification</name>
    <message>
        <source>Check: {0}</source>
        <translation>Confira: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Hoje até agora: {0} ml de {1} ml</translation>
    </message>
    <message>
        <source>Drank {0} ml</source>
        <translation>Bebi {0} ml</translation>
    </message>
    <message>
        <source>A minute of slow breathing with a long out-breath.</source>
        <translation>Um minuto de respiração lenta com uma expiração longa.</translation>
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
        <translation>Levante-se e movimente-se com suavidade: {0}</translation>
    </message>
    <message>
        <source>Stand up and move.</source>
        <translation>Levante-se e movimente-se.</translation>
    </message>
    <message>
        <source>Also due now: {0}</source>
        <translation>Também pendente agora: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Snooze {0} min</source>
        <translation>Adiar {0} min</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Unclench reminder</source>
        <translation>Lembrete do Unclench</translation>
    </message>
    <message>
        <source>• {0}, {1} × {2} s</source>
        <translation>• {0}, {1} × {2} s</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Hoje até agora: {0} ml de {1} ml</translation>
    </message>
    <message>
        <source>• {0}, {1} s</source>
        <translation>• {0}, {1} s</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>Bebi &amp;{0} ml</translation>
    </message>
    <message>
        <source>Start &amp;breathing</source>
        <translation>Começar a &amp;respirar</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Feito</translation>
    </message>
    <message>
        <source>Start &amp;guided stretch</source>
        <translation>Começar &amp;alongamento guiado</translation>
    </message>
    <message>
        <source>&amp;Snooze {0} min</source>
        <translation>A&amp;diar {0} min</translation>
    </message>
    <message>
        <source>Remind me again in {0} min (Esc)</source>
        <translation>Lembrar de novo em {0} min (Esc)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Pu&amp;lar</translation>
    </message>
    <message>
        <source>&amp;Why this helps</source>
        <translation>Por &amp;que isso ajuda</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>There is no routine called &apos;{0}&apos;. Routines: {1}</source>
        <translation>Não existe uma rotina chamada “{0}”. Rotinas disponíveis: {1}</translation>
    </message>
    <message>
        <source>“{0}” comes back with the stretch break at {1}.</source>
        <translation>“{0}” volta com a pausa para alongar às {1}.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar uma rotina</translation>
    </message>
    <message>
        <source>Routine (*.json)</source>
        <translation>Rotina (*.json)</translation>
    </message>
    <message>
        <source>Imported the routine &apos;{0}&apos;.</source>
        <translation>A rotina “{0}” foi importada.</translation>
    </message>
    <message>
        <source>That routine could not be imported:</source>
        <translation>Não foi possível importar essa rotina:</translation>
    </message>
    <message>
        <source>Remove the imported routine &apos;{0}&apos;? Its file is deleted; your log keeps its history.</source>
        <translation>Remover a rotina importada “{0}”? O arquivo dela será apagado; seu registro mantém o histórico.</translation>
    </message>
    <message>
        <source>The routine could not be removed: {0}</source>
        <translation>Não foi possível remover a rotina: {0}</translation>
    </message>
</context>
<context>
    <name>RoutineDonePage</name>
    <message>
        <source>Routine complete</source>
        <translation>Rotina concluída</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Muito bem</translation>
    </message>
    <message>
        <source>Take a slow breath out and notice how your neck, shoulders and jaw feel now.</source>
        <translation>Expire devagar e perceba como estão agora o pescoço, os ombros e a mandíbula.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Progresso na rotina</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Segundos restantes nesta etapa</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próxima</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próxima etapa</translation>
    </message>
    <message>
        <source>P&amp;ostpone</source>
        <translation>A&amp;diar</translation>
    </message>
    <message>
        <source>Postpone this routine</source>
        <translation>Adiar esta rotina</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Finish the routine now</source>
        <translation>Concluir a rotina agora</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Etapa anterior (seta para a esquerda)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Próxima etapa (seta para a direita)</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space when focused)</source>
        <translation>Pausar ou retomar a contagem (Espaço, quando em foco)</translation>
    </message>
    <message>
        <source>Stop here; what you did is still recorded (Esc)</source>
        <translation>Parar aqui; o que você fez continua registrado (Esc)</translation>
    </message>
    <message>
        <source>Do this routine a little later</source>
        <translation>Fazer esta rotina um pouco mais tarde</translation>
    </message>
    <message>
        <source>Move gently, and stop any movement that increases pain.</source>
        <translation>Movimente-se com suavidade e pare qualquer movimento que aumente a dor.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando procurar um profissional</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message numerus="yes">
        <source>You finished “%1”: %n steps in %2.</source>
        <translation>
            <numerusform>Você concluiu “%1”: %n etapa em %2.</numerusform>
            <numerusform>Você concluiu “%1”: %n etapas em %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWording</name>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Solte</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Última etapa</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, lado esquerdo</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, lado direito</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Depois: %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>faltam %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>faltam cerca de %1 min</translation>
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
        <translation>Quando procurar um profissional — Unclench</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando procurar um profissional</translation>
    </message>
    <message>
        <source>Unclench reminds you to move, breathe and let go of tension. It does not diagnose anything, and it does not replace a doctor or a physiotherapist.</source>
        <translation>O Unclench lembra você de se movimentar, respirar e soltar a tensão. Ele não faz nenhum diagnóstico e não substitui um médico ou um fisioterapeuta.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Procure ajuda agora</translation>
    </message>
    <message>
        <source>If back pain comes with losing control of your bladder or bowels, treat it as an emergency: call your local emergency number or go to an emergency department straight away.</source>
        <translation>Se a dor nas costas vier junto com perda de controle da bexiga ou do intestino, trate como emergência: ligue para o número de emergência local (no Brasil, 192) ou vá imediatamente a um pronto-socorro.</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon if</source>
        <translation>Procure um médico ou fisioterapeuta em breve se</translation>
    </message>
    <message>
        <source>the pain does not ease with rest and self-care, or it is getting worse;</source>
        <translation>a dor não melhorar com repouso e cuidados próprios, ou estiver piorando;</translation>
    </message>
    <message>
        <source>pain spreads down one leg or both;</source>
        <translation>a dor se espalhar para uma perna ou para as duas;</translation>
    </message>
    <message>
        <source>you feel numbness or tingling in your legs or feet;</source>
        <translation>você sentir dormência ou formigamento nas pernas ou nos pés;</translation>
    </message>
    <message>
        <source>your legs or feet feel weak;</source>
        <translation>suas pernas ou seus pés parecerem fracos;</translation>
    </message>
    <message>
        <source>the pain began after a fall, an accident or another injury;</source>
        <translation>a dor tiver começado depois de uma queda, um acidente ou outra lesão;</translation>
    </message>
    <message>
        <source>the pain is severe or keeps coming back;</source>
        <translation>a dor for forte ou continuar voltando;</translation>
    </message>
    <message>
        <source>worry or anxiety is getting in the way of your daily life.</source>
        <translation>a preocupação ou a ansiedade estiverem atrapalhando o seu dia a dia.</translation>
    </message>
    <message>
        <source>During any routine, move gently and stop a movement that increases pain. When you are unsure, ask a professional before carrying on.</source>
        <translation>Em qualquer rotina, movimente-se com suavidade e pare um movimento que aumente a dor. Na dúvida, pergunte a um profissional antes de continuar.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Padrão de respiração</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Duração da sessão</translation>
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
        <translation>Um número de respirações</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> respirações</translation>
    </message>
    <message>
        <source>Number of breaths</source>
        <translation>Número de respirações</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opções</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Mostrar opções</translation>
    </message>
    <message>
        <source>Hide options</source>
        <translation>Ocultar opções</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Cuidado</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Fase atual</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progresso da sessão</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop (Escape)</source>
        <translation>Parar (Esc)</translation>
    </message>
    <message>
        <source>Seconds per phase: {0}</source>
        <translation>Segundos por fase: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Continuar (Espaço)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausar (Espaço)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>In a little more</source>
        <translation>Inspire mais um pouquinho</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Paused – press Space to go on</source>
        <translation>Pausado – aperte Espaço para continuar</translation>
    </message>
    <message>
        <source>{0}:{1:02d} left</source>
        <translation>faltam {0}:{1:02d}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Unclench settings</source>
        <translation>Configurações do Unclench</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Horários</translation>
    </message>
    <message>
        <source>Quiet times</source>
        <translation>Horários de silêncio</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Settings shown greyed are set by your administrator.</source>
        <translation>As configurações em cinza são definidas pelo administrador.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Lembrar-me</translation>
    </message>
    <message>
        <source>Every</source>
        <extracomment>Form label before the interval field: &quot;Every [20 min]&quot;.</extracomment>
        <translation>A cada</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <extracomment>Form label before the minutes that &quot;Snooze&quot; on a reminder waits: &quot;Snooze for [5 min]&quot;.</extracomment>
        <translation>Adiar por</translation>
    </message>
    <message>
        <source>Daily water goal</source>
        <translation>Meta diária de água</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hide an unanswered reminder after</source>
        <translation>Ocultar um lembrete sem resposta após</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Ausência que conta como pausa</translation>
    </message>
    <message>
        <source>During calls and fullscreen, wait at most</source>
        <translation>Em chamadas e tela cheia, esperar no máximo</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Horário de trabalho</translation>
    </message>
    <message>
        <source>Outside these hours no reminder comes.</source>
        <translation>Fora desses horários, nenhum lembrete aparece.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Segunda-feira</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Terça-feira</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Quarta-feira</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Quinta-feira</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Sexta-feira</translation>
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
        <translation>Cartão do próprio Unclench</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Uma notificação da área de trabalho</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Show reminders as</source>
        <translation>Mostrar lembretes como</translation>
    </message>
    <message>
        <source>Play a soft sound when a reminder appears</source>
        <translation>Tocar um som suave quando um lembrete aparecer</translation>
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
        <translation>Às vezes</translation>
    </message>
    <message>
        <source>After every one</source>
        <translation>Depois de cada uma</translation>
    </message>
    <message>
        <source>After a break, ask how tense I feel</source>
        <translation>Depois de uma pausa, perguntar meu nível de tensão</translation>
    </message>
    <message>
        <source>&amp;Start Unclench when I log in</source>
        <translation>&amp;Iniciar o Unclench ao entrar no sistema</translation>
    </message>
    <message>
        <source>What Unclench can see on this desktop</source>
        <translation>O que o Unclench percebe nesta área de trabalho</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Quando procurar um &amp;profissional</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>indisponível nesta sessão</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>indisponível neste sistema</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Definido pelo administrador</translation>
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
        <translation>Suas configurações já valem, mas não puderam ser salvas: {0}</translation>
    </message>
</context>
<context>
    <name>SittingView</name>
    <message>
        <source>worked {0}</source>
        <translation>trabalho: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} movement breaks</source>
        <translation>{0} de {1} pausas para se movimentar</translation>
    </message>
    <message>
        <source>longest sitting {0}</source>
        <translation>maior tempo sentado: {0}</translation>
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
        <translation>indisponível neste Windows</translation>
    </message>
    <message>
        <source>not detected on macOS (no public interface for Focus or fullscreen apps)</source>
        <translation>não detectado no macOS (não há interface pública para Foco nem para apps em tela cheia)</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>indisponível nesta sessão</translation>
    </message>
    <message>
        <source>GNOME notification banners setting</source>
        <translation>configuração de banners de notificação do GNOME</translation>
    </message>
    <message>
        <source>KDE notifications do-not-disturb</source>
        <translation>&quot;Não perturbe&quot; das notificações do KDE</translation>
    </message>
    <message>
        <source>Windows notification state (fullscreen, presentation, quiet time)</source>
        <translation>estado de notificações do Windows (tela cheia, apresentação, horário silencioso)</translation>
    </message>
    <message>
        <source>X11 fullscreen window</source>
        <translation>janela em tela cheia do X11</translation>
    </message>
    <message>
        <source>not available on this Wayland session</source>
        <translation>indisponível nesta sessão Wayland</translation>
    </message>
    <message>
        <source>GNOME Mutter idle monitor</source>
        <translation>monitor de inatividade do GNOME Mutter</translation>
    </message>
    <message>
        <source>freedesktop screensaver service (KDE)</source>
        <translation>serviço de proteção de tela do freedesktop (KDE)</translation>
    </message>
    <message>
        <source>macOS input event source</source>
        <translation>fonte de eventos de entrada do macOS</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1)</source>
        <translation>notificação de inatividade do Wayland (ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1, input idle)</source>
        <translation>notificação de inatividade do Wayland (ext-idle-notify-v1, inatividade de entrada)</translation>
    </message>
    <message>
        <source>Windows last-input time</source>
        <translation>hora da última entrada do Windows</translation>
    </message>
    <message>
        <source>X11 screensaver extension</source>
        <translation>extensão de proteção de tela do X11</translation>
    </message>
    <message>
        <source>logind sleep signals</source>
        <translation>sinais de suspensão do logind</translation>
    </message>
    <message>
        <source>screensaver lock signals</source>
        <translation>sinais de bloqueio da proteção de tela</translation>
    </message>
    <message>
        <source>macOS workspace notifications</source>
        <translation>notificações da área de trabalho do macOS</translation>
    </message>
    <message>
        <source>Windows power and session messages</source>
        <translation>mensagens de energia e sessão do Windows</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>These are your own numbers side by side. They show what tended to go together on your days, not what caused what: a calmer day may also leave more room for breaks.</source>
        <translation>Estes são os seus próprios números lado a lado. Eles mostram o que costumou andar junto nos seus dias, não o que causou o quê: um dia mais calmo também pode deixar mais espaço para pausas.</translation>
    </message>
    <message numerus="yes">
        <source>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln ratings from {5} to {6}.</source>
        <translation>
            <numerusform>Nos {0} com {1} ou mais pausas, sua tensão média foi {2}. Nos {3} com menos pausas, foi {4}. Isso se baseia em %Ln avaliação de {5} a {6}.</numerusform>
            <numerusform>Nos {0} com {1} ou mais pausas, sua tensão média foi {2}. Nos {3} com menos pausas, foi {4}. Isso se baseia em %Ln avaliações de {5} a {6}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data yet. Rate your tension on a few days (from the tray, or when asked after a break) and this will compare days with more breaks to days with fewer.</source>
        <translation>Ainda não há dados suficientes. Avalie sua tensão em alguns dias (pela bandeja do sistema ou quando o Unclench perguntar depois de uma pausa), e aqui aparecerá a comparação entre dias com mais pausas e dias com menos.</translation>
    </message>
    <message>
        <source>Not enough data yet. This compares days with {0} or more breaks to days with fewer once each side has {1} with a tension rating. So far: {2} and {3}.</source>
        <translation>Ainda não há dados suficientes. A comparação entre dias com {0} ou mais pausas e dias com menos começa quando cada lado tiver {1} com uma avaliação de tensão. Até agora: {2} e {3}.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message numerus="yes">
        <source>Across the %Ln breathing sessions you rated before and after, your stress rating was {0} before and {1} after on average ({2}).</source>
        <translation>
            <numerusform>Nas %Ln sessão de respiração que você avaliou antes e depois, seu estresse foi em média {0} antes e {1} depois ({2}).</numerusform>
            <numerusform>Nas %Ln sessões de respiração que você avaliou antes e depois, seu estresse foi em média {0} antes e {1} depois ({2}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. The breathing window can ask for a rating before and after a session.</source>
        <translation>
            <numerusform>Ainda não há dados suficientes: {0} das %Ln sessão de respiração avaliada antes e depois que isto precisa. A janela de respiração pode pedir uma avaliação antes e depois de uma sessão.</numerusform>
            <numerusform>Ainda não há dados suficientes: {0} das %Ln sessões de respiração avaliadas antes e depois que isto precisa. A janela de respiração pode pedir uma avaliação antes e depois de uma sessão.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no events yet; {0} was saved empty.</source>
        <translation>Ainda não há registros; {0} foi salvo vazio.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln events to {0}.</source>
        <translation>
            <numerusform>%Ln registro salvo em {0}.</numerusform>
            <numerusform>%Ln registros salvos em {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events were left out because their values are not possible (for example: {0}).</source>
        <translation>
            <numerusform>%Ln registro foi deixado de fora porque seus valores não são possíveis (por exemplo: {0}).</numerusform>
            <numerusform>%Ln registros foram deixados de fora porque seus valores não são possíveis (por exemplo: {0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>A importação foi interrompida.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {0}: all %Ln events were already in your log.</source>
        <translation>
            <numerusform>Nada de novo em {0}: o %Ln registro já estava no seu histórico.</numerusform>
            <numerusform>Nada de novo em {0}: todos os %Ln registros já estavam no seu histórico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln events from {0}.</source>
        <translation>
            <numerusform>%Ln registro restaurado de {0}.</numerusform>
            <numerusform>%Ln registros restaurados de {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your log and were skipped.</source>
        <translation>
            <numerusform>%Ln já estava no seu histórico e foi ignorado.</numerusform>
            <numerusform>%Ln já estavam no seu histórico e foram ignorados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln events. Your statistics start again from now.</source>
        <translation>
            <numerusform>%Ln registro apagado. Suas estatísticas recomeçam a partir de agora.</numerusform>
            <numerusform>%Ln registros apagados. Suas estatísticas recomeçam a partir de agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged yet. Your numbers appear here as you answer reminders.</source>
        <translation>Nada registrado ainda. Seus números aparecem aqui conforme você responde aos lembretes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events logged since {0}, all kept on this computer.</source>
        <translation>
            <numerusform>%Ln registro desde {0}, guardado apenas neste computador.</numerusform>
            <numerusform>%Ln registros desde {0}, todos guardados apenas neste computador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your log is empty. Delete it anyway?</source>
        <translation>Seu histórico está vazio. Apagar mesmo assim?</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want them back.</source>
        <translation>
            <numerusform>Apagar o %Ln registro que o Unclench fez desde {0}? Suas estatísticas recomeçam do zero. Isso não pode ser desfeito: exporte um backup antes, caso queira recuperar os dados.</numerusform>
            <numerusform>Apagar todos os %Ln registros que o Unclench fez desde {0}? Suas estatísticas recomeçam do zero. Isso não pode ser desfeito: exporte um backup antes, caso queira recuperar os dados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Sequências</translation>
    </message>
    <message>
        <source>Last {0}</source>
        <translation>Últimos {0}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Tension and breaks</source>
        <translation>Tensão e pausas</translation>
    </message>
    <message>
        <source>Breathing before and after</source>
        <translation>Respiração antes e depois</translation>
    </message>
    <message>
        <source>Water goal ({0})</source>
        <translation>Meta de água ({0})</translation>
    </message>
    <message>
        <source>Break goal ({0} a day)</source>
        <translation>Meta de pausas ({0} por dia)</translation>
    </message>
    <message>
        <source>{0} L</source>
        <translation>{0} L</translation>
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
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de um minuto</translation>
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
        <translation>hoje</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>em {0}</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>pescoço</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>ombros</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte superior das costas</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>lombar</translation>
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
            <numerusform>%Ln pulada</numerusform>
            <numerusform>%Ln puladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln natural</source>
        <extracomment>Breaks that happened on their own: the user was away from the computer long enough.</extracomment>
        <translation>
            <numerusform>%Ln longe do computador</numerusform>
            <numerusform>%Ln longe do computador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routines</source>
        <translation>
            <numerusform>%Ln rotina</numerusform>
            <numerusform>%Ln rotinas</numerusform>
        </translation>
    </message>
    <message>
        <source>held {0}</source>
        <extracomment>Time reminders waited today for calls, calendar events and the like: &quot;held 40 min&quot;.</extracomment>
        <translation>em espera {0}</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Checagens de postura</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln feita</numerusform>
            <numerusform>%Ln feitas</numerusform>
        </translation>
    </message>
    <message>
        <source>none missed</source>
        <translation>nenhuma perdida</translation>
    </message>
    <message>
        <source>Posture checks today: {0} done, {1} missed, {2} skipped.</source>
        <translation>Checagens de postura hoje: {0} feitas, {1} perdidas, {2} puladas.</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <source>Water today: {0} of your {1} goal.</source>
        <translation>Água hoje: {0} da sua meta de {1}.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken</source>
        <translation>
            <numerusform>%Ln feita</numerusform>
            <numerusform>%Ln feitas</numerusform>
        </translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>nenhuma pulada</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>Breaks today: {0} stretch breaks done, {1} taken naturally while away, {2} routines, {3} skipped, {4} missed.</source>
        <translation>Pausas hoje: {0} pausas para alongar feitas, {1} feitas naturalmente longe do computador, {2} rotinas, {3} puladas, {4} perdidas.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing today: {0} in %Ln sessions.</source>
        <translation>
            <numerusform>Respiração hoje: {0} em %Ln sessão.</numerusform>
            <numerusform>Respiração hoje: {0} em %Ln sessões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensão</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>nenhuma avaliação ainda</translation>
    </message>
    <message>
        <source>Tension: no check-in yet.</source>
        <translation>Tensão: nenhuma avaliação ainda.</translation>
    </message>
    <message>
        <source>Latest tension rating: {0}, {1}.</source>
        <translation>Última avaliação de tensão: {0}, {1}.</translation>
    </message>
    <message>
        <source>today&apos;s average {0}</source>
        <translation>média de hoje {0}</translation>
    </message>
    <message numerus="yes">
        <source>Average of today&apos;s %Ln ratings: {0}.</source>
        <translation>
            <numerusform>Média da %Ln avaliação de hoje: {0}.</numerusform>
            <numerusform>Média das %Ln avaliações de hoje: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension, latest</source>
        <translation>Tensão, última</translation>
    </message>
    <message>
        <source>no days yet</source>
        <translation>nenhum dia ainda</translation>
    </message>
    <message>
        <source>{0}: no days yet.</source>
        <translation>{0}: nenhum dia ainda.</translation>
    </message>
    <message>
        <source>in a row · best {0}</source>
        <translation>seguidos · recorde {0}</translation>
    </message>
    <message>
        <source>{0}: met {1} in a row, best {2}.</source>
        <translation>{0}: cumprida {1} seguidos, recorde {2}.</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>sem lembretes</translation>
    </message>
    <message>
        <source>{0}: no reminders in the last {1}.</source>
        <translation>{0}: nenhum lembrete nos últimos {1}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} de {1} feitos</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln reminders done in the last {2}, {3}.</source>
        <translation>
            <numerusform>{0}: {1} de %Ln lembrete feito nos últimos {2}, {3}.</numerusform>
            <numerusform>{0}: {1} de %Ln lembretes feitos nos últimos {2}, {3}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <source>Sitting and moving, the last 7 days</source>
        <translation>Ficar sentado e se movimentar, últimos 7 dias</translation>
    </message>
    <message>
        <source>The log cannot be written now.</source>
        <translation>Não é possível gravar no histórico agora.</translation>
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
        <translation>&amp;Importar backup…</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation>&amp;Apagar meus dados…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Arquivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>Backup JSON (*.json)</translation>
    </message>
    <message>
        <source>Export your Unclench history</source>
        <translation>Exportar seu histórico do Unclench</translation>
    </message>
    <message>
        <source>Import an Unclench backup</source>
        <translation>Importar um backup do Unclench</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Apagar meus dados</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Apagar tudo</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Manter meus dados</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Unclench statistics</source>
        <translation>Estatísticas do Unclench</translation>
    </message>
    <message>
        <source>A streak counts the days Unclench logged that goal. Days it did not run, such as weekends off, are skipped: they neither add to a streak nor break it. Today counts once its goal is met.</source>
        <translation>Uma sequência conta os dias em que o Unclench registrou essa meta. Os dias em que ele não estava rodando, como fins de semana de folga, são ignorados: não aumentam nem interrompem uma sequência. Hoje conta assim que a meta for cumprida.</translation>
    </message>
    <message>
        <source>&amp;Rate my tension now</source>
        <translation>A&amp;valiar minha tensão agora</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} dias</translation>
    </message>
    <message>
        <source>Show the last {0} days</source>
        <translation>Mostrar os últimos {0} dias</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>feitas</translation>
    </message>
    <message>
        <source>skipped or missed</source>
        <translation>puladas ou perdidas</translation>
    </message>
    <message>
        <source>water</source>
        <translation>água</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>avaliação média</translation>
    </message>
    <message>
        <source>Your own comparison</source>
        <translation>Sua própria comparação</translation>
    </message>
    <message>
        <source>Show the numbers as ta&amp;bles</source>
        <translation>Mostrar os números como &amp;tabelas</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por dia</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Todos os indicadores</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Hoje, {0}</translation>
    </message>
    <message>
        <source>goal {0}</source>
        <translation>meta {0}</translation>
    </message>
    <message>
        <source>Breaks per day, last {0} days</source>
        <translation>Pausas por dia, últimos {0} dias</translation>
    </message>
    <message>
        <source>Water per day, last {0} days</source>
        <translation>Água por dia, últimos {0} dias</translation>
    </message>
    <message>
        <source>Average tension per day (0–10), last {0} days</source>
        <translation>Tensão média por dia (0–10), últimos {0} dias</translation>
    </message>
    <message>
        <source>Streaks, and follow-through in the last {0} days</source>
        <translation>Sequências e cumprimento nos últimos {0} dias</translation>
    </message>
    <message>
        <source>Hide the ta&amp;bles</source>
        <translation>Ocultar as &amp;tabelas</translation>
    </message>
</context>
<context>
    <name>StressRating</name>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip the rating</source>
        <translation>Pular a avaliação</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Unclench cannot sync while its log is kept in memory only.</source>
        <translation>O Unclench não consegue sincronizar enquanto o histórico fica só na memória.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Unclench writes only its own files into the folder you pick; your sync program (Syncthing, Nextcloud, Dropbox, ...) carries them to your other computers.</source>
        <translation>O Unclench grava apenas os próprios arquivos na pasta que você escolher; seu programa de sincronização (Syncthing, Nextcloud, Dropbox, ...) leva esses arquivos para seus outros computadores.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nome deste computador</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
    </message>
    <message>
        <source>&amp;Choose a folder...</source>
        <translation>&amp;Escolher uma pasta...</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>Parar de &amp;sincronizar</translation>
    </message>
    <message>
        <source>Computers and when each last wrote:</source>
        <translation>Computadores e quando cada um gravou pela última vez:</translation>
    </message>
    <message>
        <source>Computers and when each last wrote</source>
        <translation>Computadores e quando cada um gravou pela última vez</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Sem sincronização</translation>
    </message>
    <message>
        <source>&amp;Choose another folder...</source>
        <translation>&amp;Escolher outra pasta...</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (este computador)</translation>
    </message>
    <message>
        <source>{0}: last wrote {1}</source>
        <translation>{0}: última gravação {1}</translation>
    </message>
    <message>
        <source>The folder is not there now; Unclench catches up when it is back.</source>
        <translation>A pasta não está disponível agora; o Unclench põe tudo em dia quando ela voltar.</translation>
    </message>
</context>
<context>
    <name>TensionCheckin</name>
    <message>
        <source>Tension check-in</source>
        <translation>Como está sua tensão?</translation>
    </message>
    <message>
        <source>How tense do your neck, shoulders and back feel right now?</source>
        <translation>Quão tensos estão seu pescoço, seus ombros e suas costas agora?</translation>
    </message>
    <message>
        <source>Where, if one place stands out? (optional)</source>
        <translation>Onde, se algum lugar se destaca? (opcional)</translation>
    </message>
    <message>
        <source>Mostly in the {0}</source>
        <extracomment>Screen readers only. {0} is a body region (&quot;neck&quot;, &quot;upper back&quot;): word it to fit each.</extracomment>
        <translation>Principalmente: {0}</translation>
    </message>
    <message>
        <source>One tap is all it takes.</source>
        <translation>Basta um clique.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Agora não</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Pular a pergunta</translation>
    </message>
</context>
<context>
    <name>TimingSources</name>
    <message>
        <source>Away detection</source>
        <translation>Detecção de ausência</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não perturbe</translation>
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
        <translation>{0} em {1} s</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Remind me anyway</source>
        <translation>Lembrar mesmo assim</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respirar agora</translation>
    </message>
    <message>
        <source>Take a stretch break now</source>
        <translation>Fazer uma pausa para alongar agora</translation>
    </message>
    <message>
        <source>Not now: postpone the coming break</source>
        <translation>Agora não: adiar a próxima pausa</translation>
    </message>
    <message>
        <source>Make up a break</source>
        <translation>Compensar uma pausa</translation>
    </message>
    <message>
        <source>Guided routines</source>
        <translation>Rotinas guiadas</translation>
    </message>
    <message>
        <source>Water today</source>
        <translation>Água hoje</translation>
    </message>
    <message>
        <source>Log a glass of water</source>
        <translation>Registrar um copo de água</translation>
    </message>
    <message>
        <source>Drank a bottle</source>
        <translation>Bebi uma garrafa</translation>
    </message>
    <message>
        <source>Other amount…</source>
        <translation>Outra quantidade…</translation>
    </message>
    <message>
        <source>Undo the last entry</source>
        <translation>Desfazer o último registro</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Por 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Por 2 horas</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Até eu retomar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Modo reunião</translation>
    </message>
    <message>
        <source>Until I end it</source>
        <translation>Até eu encerrar</translation>
    </message>
    <message>
        <source>End meeting mode</source>
        <translation>Encerrar o modo reunião</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Estatísticas…</translation>
    </message>
    <message>
        <source>How tense am I right now?</source>
        <translation>Qual é meu nível de tensão agora?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Por que isso ajuda</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando procurar um profissional</translation>
    </message>
    <message>
        <source>Import a routine…</source>
        <translation>Importar uma rotina…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit Unclench</source>
        <translation>Sair do Unclench</translation>
    </message>
    <message>
        <source>Make up a break ({0} owed)</source>
        <translation>Compensar uma pausa ({0} em aberto)</translation>
    </message>
    <message>
        <source>Skips left today: {0}</source>
        <translation>Pulos restantes hoje: {0}</translation>
    </message>
    <message>
        <source>{0} is not a call</source>
        <extracomment>The app holding reminders as a call does not make calls (a recorder, a tuner).</extracomment>
        <translation>{0} não é uma chamada</translation>
    </message>
    <message>
        <source>Water today: {0} of {1} ml</source>
        <translation>Água hoje: {0} de {1} ml</translation>
    </message>
    <message>
        <source>Log a glass of water ({0} ml)</source>
        <translation>Registrar um copo de água ({0} ml)</translation>
    </message>
    <message>
        <source>Drank a bottle ({0} ml)</source>
        <translation>Bebi uma garrafa ({0} ml)</translation>
    </message>
    <message>
        <source>Remove an imported routine</source>
        <translation>Remover uma rotina importada</translation>
    </message>
</context>
<context>
    <name>WaterAmountDialog</name>
    <message>
        <source>How much did you drink?</source>
        <translation>Quanto você bebeu?</translation>
    </message>
    <message>
        <source>Amount in ml</source>
        <translation>Quantidade em ml</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Type an amount between {0} and {1} ml.</source>
        <extracomment>Shown under the water amount when the number typed is outside the allowed range.</extracomment>
        <translation>Digite uma quantidade entre {0} e {1} ml.</translation>
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
        <translation>Por que isso ajuda — Unclench</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Por que isso ajuda</translation>
    </message>
    <message>
        <source>What Unclench asks of you, what research says about it, and how sure that is. Where the evidence is thin or says less than common advice, this page says so.</source>
        <translation>O que o Unclench pede a você, o que a pesquisa diz sobre isso e com que grau de certeza. Onde as evidências são escassas ou dizem menos do que os conselhos comuns, esta página avisa.</translation>
    </message>
    <message>
        <source>Strong: consistent results from good studies. Moderate: a real effect that is small or less certain. Weak: little, low-quality or indirect evidence. Mixed: good studies disagree.</source>
        <translation>Forte: resultados consistentes de bons estudos. Moderada: um efeito real, mas pequeno ou menos certo. Fraca: evidências escassas, de baixa qualidade ou indiretas. Divergente: bons estudos discordam entre si.</translation>
    </message>
    <message>
        <source>Unclench does not diagnose or treat anything. If pain is severe, keeps getting worse, spreads down a leg or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>O Unclench não diagnostica nem trata nada. Se a dor for forte, continuar piorando, se espalhar para uma perna ou vier com dormência ou fraqueza, procure um médico ou fisioterapeuta.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Quando procurar um &amp;profissional</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando procurar um profissional</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Evidence: strong</source>
        <translation>Evidências: fortes</translation>
    </message>
    <message>
        <source>Evidence: moderate</source>
        <translation>Evidências: moderadas</translation>
    </message>
    <message>
        <source>Evidence: weak</source>
        <translation>Evidências: fracas</translation>
    </message>
    <message>
        <source>Evidence: mixed</source>
        <translation>Evidências: divergentes</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>The notes on why this helps could not be read: {0}</source>
        <translation>Não foi possível ler as notas sobre por que isso ajuda: {0}</translation>
    </message>
    <message>
        <source>No system tray was found, so Unclench shows this small window instead. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Nenhuma bandeja do sistema foi encontrada, então o Unclench mostra esta pequena janela no lugar. No GNOME, a extensão AppIndicator adiciona uma bandeja.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>Não foi possível alterar a inicialização junto com o sistema: {0}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>meeting mode</source>
        <translation>modo reunião</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>uma chamada</translation>
    </message>
    <message>
        <source>an event in your calendar</source>
        <translation>um compromisso na sua agenda</translation>
    </message>
    <message>
        <source>an app rule</source>
        <translation>uma regra de aplicativo</translation>
    </message>
    <message>
        <source>a fullscreen window</source>
        <translation>uma janela em tela cheia</translation>
    </message>
    <message>
        <source>a presentation</source>
        <translation>uma apresentação</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>não perturbe</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>a tela está bloqueada</translation>
    </message>
    <message>
        <source>you are typing</source>
        <translation>você está digitando</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>câmera</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>microfone</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <extracomment>What holds a call: &quot;microphone in Firefox&quot;.</extracomment>
        <translation>{0} no {1}</translation>
    </message>
    <message>
        <source>a call ({0}) ended, next try at {1}</source>
        <extracomment>A call just ended; the reminder comes after a short grace.</extracomment>
        <translation>uma chamada ({0}) terminou, próxima tentativa às {1}</translation>
    </message>
    <message>
        <source>a call ({0}) since {1}, next try when it ends</source>
        <extracomment>&quot;a call (microphone in Firefox) since 10:02, next try when it ends&quot;.</extracomment>
        <translation>uma chamada ({0}) desde {1}, próxima tentativa quando ela terminar</translation>
    </message>
    <message>
        <source>{0} in your calendar until {1}</source>
        <extracomment>&quot;Weekly sync in your calendar until 11:00&quot;.</extracomment>
        <translation>{0} na sua agenda até {1}</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>um compromisso</translation>
    </message>
    <message>
        <source>{0} is open</source>
        <extracomment>An app rule holds reminders: &quot;zoom is open&quot;.</extracomment>
        <translation>{0} está aberto</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>em {0} min</translation>
    </message>
    <message>
        <source>in {0} h {1} min</source>
        <translation>em {0} h {1} min</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>em {0} h</translation>
    </message>
    <message>
        <source>{0} is waiting for you</source>
        <translation>{0} está esperando por você</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Pausado até você retomar</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Pausado até {0}</translation>
    </message>
    <message>
        <source>Meeting mode: reminders wait until you end it</source>
        <translation>Modo reunião: os lembretes esperam até você encerrá-lo</translation>
    </message>
    <message>
        <source>Meeting mode until {0}: reminders wait</source>
        <translation>Modo reunião até {0}: os lembretes esperam</translation>
    </message>
    <message>
        <source>{0} held: {1}</source>
        <translation>{0} em espera: {1}</translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <extracomment>A held reminder comes anyway, quietly, at this time: &quot;... held: a fullscreen window, until 14:50&quot;.</extracomment>
        <translation>{0}, até {1}</translation>
    </message>
    <message>
        <source>Outside working hours; reminders resume {0}</source>
        <translation>Fora do horário de trabalho; os lembretes voltam {0}</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Todos os lembretes estão desligados</translation>
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
        <translation>Fontes</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose the folder your sync program carries</source>
        <translation>Escolha a pasta que seu programa de sincronização sincroniza</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Unclench could not change its log: {0}</source>
        <translation>Unclench nie mógł zmienić swojego dziennika: {0}</translation>
    </message>
</context>
<context>
    <name>BreakCoordinator</name>
    <message numerus="yes">
        <source>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</source>
        <translation>
            <numerusform>Spokojna chwila, by nadrobić przegapioną przerwę (zaległe: %n): „Nadrób przerwę” w menu.</numerusform>
            <numerusform>Spokojna chwila, by nadrobić przegapioną przerwę (zaległe: %n): „Nadrób przerwę” w menu.</numerusform>
            <numerusform>Spokojna chwila, by nadrobić przegapioną przerwę (zaległe: %n): „Nadrób przerwę” w menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Unclench break</source>
        <translation>Przerwa Unclench</translation>
    </message>
    <message>
        <source>Making up an earlier break</source>
        <translation>Nadrabiasz wcześniejszą przerwę</translation>
    </message>
    <message>
        <source>&amp;Done early (Enter)</source>
        <translation>&amp;Gotowe wcześniej (Enter)</translation>
    </message>
    <message>
        <source>&amp;Postpone {0} min</source>
        <translation>&amp;Odłóż o {0} min</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Po&amp;miń</translation>
    </message>
    <message>
        <source>In an emergency, hold Esc for {0} seconds.</source>
        <translation>W nagłej sytuacji przytrzymaj Esc przez {0} s.</translation>
    </message>
    <message>
        <source>{0} min {1} s left</source>
        <translation>Zostało {0} min {1} s</translation>
    </message>
</context>
<context>
    <name>BreakSettingsPage</name>
    <message>
        <source>Break screen</source>
        <translation>Ekran przerwy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the movement break</source>
        <translation>Długość przerwy na ruch</translation>
    </message>
    <message>
        <source>Show the movement break on the break screen</source>
        <translation>Pokazuj przerwę na ruch na ekranie przerwy</translation>
    </message>
    <message>
        <source>Show the stretch break on the break screen</source>
        <translation>Pokazuj przerwę na rozciąganie na ekranie przerwy</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pełny ekran</translation>
    </message>
    <message>
        <source>A large window</source>
        <translation>Duże okno</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitory</translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation>Wszystkie monitory</translation>
    </message>
    <message>
        <source>The one with the pointer</source>
        <translation>Monitor z kursorem myszy</translation>
    </message>
    <message>
        <source>Heads-up before a break</source>
        <translation>Zapowiedź przerwy</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before (0: none)</source>
        <translation>Ile sekund wcześniej (0: wcale)</translation>
    </message>
    <message>
        <source>A glowing edge around the screen</source>
        <translation>Świecąca ramka wokół ekranu</translation>
    </message>
    <message>
        <source>A soft tone only</source>
        <translation>Tylko cichy dźwięk</translation>
    </message>
    <message>
        <source>Strict mode and skips</source>
        <translation>Tryb ścisły i pomijanie</translation>
    </message>
    <message>
        <source>Strict movement break (hold Esc {0} s to leave)</source>
        <translation>Ścisła przerwa na ruch (aby wyjść, przytrzymaj Esc przez {0} s)</translation>
    </message>
    <message>
        <source>Strict stretch break</source>
        <translation>Ścisła przerwa na rozciąganie</translation>
    </message>
    <message>
        <source>Postpones a day in strict mode</source>
        <translation>Odłożenia dziennie w trybie ścisłym</translation>
    </message>
    <message>
        <source>Limit skips</source>
        <translation>Ogranicz pomijanie</translation>
    </message>
    <message>
        <source>Skips a day</source>
        <translation>Pominięcia dziennie</translation>
    </message>
    <message>
        <source>Offer to make up a missed break</source>
        <translation>Proponuj nadrobienie przegapionej przerwy</translation>
    </message>
</context>
<context>
    <name>BreathingActions</name>
    <message>
        <source>There is no breathing pattern called &apos;{0}&apos;. Patterns: {1}</source>
        <translation>Nie ma wzoru oddychania o nazwie „{0}”. Dostępne wzory: {1}</translation>
    </message>
    <message>
        <source>A breathing session lasts 1 to 10 minutes.</source>
        <translation>Sesja oddechowa trwa od 1 do 10 minut.</translation>
    </message>
</context>
<context>
    <name>BreathingExtras</name>
    <message>
        <source>Breathing options</source>
        <translation>Opcje oddychania</translation>
    </message>
    <message>
        <source>Some pattern files were skipped:</source>
        <translation>Niektóre pliki wzorów zostały pominięte:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <source>Reduce motion: a still circle that changes colour</source>
        <translation>Mniej ruchu: nieruchome koło, które zmienia kolor</translation>
    </message>
    <message>
        <source>Your system asks for less motion, so the circle stays still either way.</source>
        <translation>Twój system prosi o mniej ruchu, więc koło i tak pozostaje nieruchome.</translation>
    </message>
    <message>
        <source>Soft sound when the phase changes</source>
        <translation>Cichy dźwięk przy zmianie fazy</translation>
    </message>
    <message>
        <source>Speak the phases</source>
        <translation>Zapowiadaj fazy głosem</translation>
    </message>
    <message>
        <source>Ask how tense I feel, before and after</source>
        <translation>Pytaj o moje napięcie przed i po</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Rytm oddechu</translation>
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
        <translation>Napięcie {0} → {1}</translation>
    </message>
    <message>
        <source>Breathe &amp;again</source>
        <translation>Oddychaj &amp;jeszcze raz</translation>
    </message>
    <message>
        <source>Start another breathing session</source>
        <translation>Rozpocznij kolejną sesję oddechową</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>Close the breathing window</source>
        <translation>Zamknij okno oddychania</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Dobra robota.</translation>
    </message>
    <message>
        <source>Stopped. Every slow breath counts.</source>
        <translation>Zatrzymano. Każdy spokojny oddech się liczy.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} z {1}</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <source>Breathe – Unclench</source>
        <translation>Oddychaj – Unclench</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Własny wzór</translation>
    </message>
    <message>
        <source>How tense do you feel right now?</source>
        <translation>Jak silne jest teraz twoje napięcie?</translation>
    </message>
    <message>
        <source>And how tense do you feel now?</source>
        <translation>A jak silne jest twoje napięcie teraz?</translation>
    </message>
</context>
<context>
    <name>CarriedItem</name>
    <message>
        <source>Also due now: {0}</source>
        <translation>Teraz też: {0}</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>Wypite: &amp;{0} ml</translation>
    </message>
    <message>
        <source>I took a few slow breaths</source>
        <translation>Zrobione: kilka spokojnych oddechów</translation>
    </message>
    <message>
        <source>I did a short stretch</source>
        <translation>Zrobione: krótkie rozciąganie</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <source>Tension and breaks</source>
        <translation>Napięcie i przerwy</translation>
    </message>
    <message>
        <source>Breathing, before and after</source>
        <translation>Oddychanie, przed i po</translation>
    </message>
    <message>
        <source>Days with {0}+ breaks</source>
        <translation>Dni z {0}+ przerwami</translation>
    </message>
    <message>
        <source>Days with fewer</source>
        <translation>Dni z mniejszą liczbą</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Przed sesją</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
</context>
<context>
    <name>ComputerFilter</name>
    <message>
        <source>S&amp;how</source>
        <translation>Po&amp;każ</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Wszystkie komputery</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (ten komputer)</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Slow belly breaths</source>
        <extracomment>exercise belly-breath: name</extracomment>
        <translation>Spokojne oddychanie brzuchem</translation>
    </message>
    <message>
        <source>Rest a hand on your belly. Breathe in through your nose so your belly rises under your hand, then breathe out slowly, a little longer than the breath in. Let your shoulders stay still.</source>
        <extracomment>exercise belly-breath: instruction</extracomment>
        <translation>Połóż dłoń na brzuchu. Wdychaj powietrze nosem tak, żeby brzuch unosił się pod dłonią, a potem powoli wydychaj, trochę dłużej niż trwał wdech. Barki niech pozostaną nieruchome.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <extracomment>exercise chest-opener: name</extracomment>
        <translation>Otwarcie klatki piersiowej</translation>
    </message>
    <message>
        <source>Stand or sit tall. Link your hands behind you, or hold the sides of the seat, then lift your chest and let your shoulders open wide. Keep your chin level and your breath easy.</source>
        <extracomment>exercise chest-opener: instruction</extracomment>
        <translation>Stań albo usiądź prosto. Spleć dłonie za plecami albo chwyć boki siedziska, a potem unieś klatkę piersiową i pozwól barkom szeroko się otworzyć. Broda zostaje poziomo, oddech spokojny.</translation>
    </message>
    <message>
        <source>Chin tucks</source>
        <extracomment>exercise chin-tuck: name</extracomment>
        <translation>Cofanie brody</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead. Glide your chin straight back, as if making a small double chin, without tipping your head down. Hold softly, then let it drift forward again.</source>
        <extracomment>exercise chin-tuck: instruction</extracomment>
        <translation>Usiądź prosto i patrz przed siebie. Przesuń brodę prosto do tyłu, jakby robiąc mały podwójny podbródek, nie opuszczając głowy. Przytrzymaj łagodnie, a potem pozwól brodzie wrócić do przodu.</translation>
    </message>
    <message>
        <source>Hip-flexor stretch</source>
        <extracomment>exercise hip-flexor-stretch: name</extracomment>
        <translation>Rozciąganie zginaczy bioder</translation>
    </message>
    <message>
        <source>Stand in a short stride with a hand on the desk for balance. Bend the front knee a little and tuck your tailbone under until you feel a stretch at the front of the back hip. Keep your body upright.</source>
        <extracomment>exercise hip-flexor-stretch: instruction</extracomment>
        <translation>Stań w krótkim wykroku, opierając jedną dłoń o biurko dla równowagi. Lekko ugnij przednie kolano i podwiń kość ogonową, aż poczujesz rozciąganie z przodu tylnego biodra. Tułów pozostaje wyprostowany.</translation>
    </message>
    <message>
        <source>Unclench your jaw</source>
        <extracomment>exercise jaw-release: name</extracomment>
        <translation>Rozluźnij szczękę</translation>
    </message>
    <message>
        <source>Let your teeth part and your tongue rest behind your lower front teeth, lips softly together. Circle your fingertips slowly over the muscles just in front of your ears.</source>
        <extracomment>exercise jaw-release: instruction</extracomment>
        <translation>Pozwól zębom się rozchylić, a językowi spocząć za dolnymi przednimi zębami, usta lekko złączone. Powoli zataczaj kółka opuszkami palców po mięśniach tuż przed uszami.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <extracomment>exercise neck-side-stretch: name</extracomment>
        <translation>Boczne rozciąganie szyi</translation>
    </message>
    <message>
        <source>Let both shoulders sink. Slowly tip one ear toward the shoulder on the same side until you feel a mild pull along the other side of your neck. Breathe; no need to press with your hand.</source>
        <extracomment>exercise neck-side-stretch: instruction</extracomment>
        <translation>Opuść oba barki. Powoli przechyl jedno ucho w stronę barku po tej samej stronie, aż poczujesz lekkie ciągnięcie po drugiej stronie szyi. Oddychaj; nie musisz dociskać ręką.</translation>
    </message>
    <message>
        <source>Slow head turns</source>
        <extracomment>exercise neck-turn: name</extracomment>
        <translation>Powolne obroty głowy</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders soft. Turn your head slowly to look over one shoulder, only as far as is comfortable. Pause, then turn back through the middle.</source>
        <extracomment>exercise neck-turn: instruction</extracomment>
        <translation>Usiądź prosto, barki luźno. Powoli obróć głowę, żeby spojrzeć przez jedno ramię, tylko tak daleko, jak jest wygodnie. Zatrzymaj się na chwilę i wróć przez środek.</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <extracomment>exercise pmr-arms: name</extracomment>
        <translation>Ramiona</translation>
    </message>
    <message>
        <source>Bend your elbows and tighten the front of your upper arms, as if showing off your biceps.</source>
        <extracomment>exercise pmr-arms: instruction</extracomment>
        <translation>Zegnij łokcie i napnij przednią część ramion, jak przy pokazywaniu bicepsa.</translation>
    </message>
    <message>
        <source>Lower your arms and let them rest heavy in your lap. Feel the difference.</source>
        <extracomment>exercise pmr-arms: what to do in the rest after each hold</extracomment>
        <translation>Opuść ręce i pozwól im ciężko spocząć na kolanach. Poczuj różnicę.</translation>
    </message>
    <message>
        <source>Belly</source>
        <extracomment>exercise pmr-belly: name</extracomment>
        <translation>Brzuch</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles, as if bracing for a gentle poke.</source>
        <extracomment>exercise pmr-belly: instruction</extracomment>
        <translation>Napnij mięśnie brzucha, jak przy szykowaniu się na lekkie szturchnięcie.</translation>
    </message>
    <message>
        <source>Let your belly go soft and round, and let it rise freely as you breathe in.</source>
        <extracomment>exercise pmr-belly: what to do in the rest after each hold</extracomment>
        <translation>Pozwól brzuchowi stać się miękkim i okrągłym, niech swobodnie unosi się przy wdechu.</translation>
    </message>
    <message>
        <source>Eyes and jaw</source>
        <extracomment>exercise pmr-face: name</extracomment>
        <translation>Oczy i szczęka</translation>
    </message>
    <message>
        <source>Close your eyes tightly and press your lips together. If your jaw is sore, keep the teeth apart.</source>
        <extracomment>exercise pmr-face: instruction</extracomment>
        <translation>Mocno zaciśnij powieki i przyciśnij wargi do siebie. Jeśli boli cię szczęka, trzymaj zęby rozchylone.</translation>
    </message>
    <message>
        <source>Let your face go slack, teeth parted and jaw hanging loose. Breathe out slowly.</source>
        <extracomment>exercise pmr-face: what to do in the rest after each hold</extracomment>
        <translation>Pozwól twarzy zupełnie się rozluźnić, zęby rozchylone, szczęka luźno opadnięta. Powoli wydychaj.</translation>
    </message>
    <message>
        <source>Feet and calves</source>
        <extracomment>exercise pmr-feet: name</extracomment>
        <translation>Stopy i łydki</translation>
    </message>
    <message>
        <source>Keep your heels on the floor and pull your toes up toward your shins.</source>
        <extracomment>exercise pmr-feet: instruction</extracomment>
        <translation>Trzymaj pięty na podłodze i przyciągnij palce stóp w stronę goleni.</translation>
    </message>
    <message>
        <source>Let your feet rest flat and loose on the floor. Notice how they feel now.</source>
        <extracomment>exercise pmr-feet: what to do in the rest after each hold</extracomment>
        <translation>Pozwól stopom spocząć płasko i luźno na podłodze. Zauważ, jak się teraz czują.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <extracomment>exercise pmr-forehead: name</extracomment>
        <translation>Czoło</translation>
    </message>
    <message>
        <source>Raise your eyebrows as high as they go and hold the wrinkles in your forehead.</source>
        <extracomment>exercise pmr-forehead: instruction</extracomment>
        <translation>Unieś brwi najwyżej, jak się da, i przytrzymaj zmarszczki na czole.</translation>
    </message>
    <message>
        <source>Let your brow fall smooth. Notice the forehead relax.</source>
        <extracomment>exercise pmr-forehead: what to do in the rest after each hold</extracomment>
        <translation>Pozwól czołu się wygładzić. Zauważ, jak się rozluźnia.</translation>
    </message>
    <message>
        <source>Hands and forearms</source>
        <extracomment>exercise pmr-hands: name</extracomment>
        <translation>Dłonie i przedramiona</translation>
    </message>
    <message>
        <source>Curl both hands into fists and squeeze firmly, without straining. Notice the tightness.</source>
        <extracomment>exercise pmr-hands: instruction</extracomment>
        <translation>Zaciśnij obie dłonie w pięści i ściśnij mocno, ale bez forsowania. Zauważ napięcie.</translation>
    </message>
    <message>
        <source>Open your hands and let your fingers fall loose. Notice the warmth and heaviness.</source>
        <extracomment>exercise pmr-hands: what to do in the rest after each hold</extracomment>
        <translation>Otwórz dłonie i pozwól palcom luźno opaść. Zauważ ciepło i ciężar.</translation>
    </message>
    <message>
        <source>Thighs</source>
        <extracomment>exercise pmr-legs: name</extracomment>
        <translation>Uda</translation>
    </message>
    <message>
        <source>Press your knees together and tighten your thighs.</source>
        <extracomment>exercise pmr-legs: instruction</extracomment>
        <translation>Dociśnij kolana do siebie i napnij uda.</translation>
    </message>
    <message>
        <source>Let your legs fall slightly apart and rest heavy on the chair.</source>
        <extracomment>exercise pmr-legs: what to do in the rest after each hold</extracomment>
        <translation>Pozwól nogom lekko się rozsunąć i ciężko spocząć na krześle.</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <extracomment>exercise pmr-shoulders: name</extracomment>
        <translation>Barki</translation>
    </message>
    <message>
        <source>Pull your shoulders up toward your ears and hold them there.</source>
        <extracomment>exercise pmr-shoulders: instruction</extracomment>
        <translation>Podciągnij barki w stronę uszu i przytrzymaj je tam.</translation>
    </message>
    <message>
        <source>Let your shoulders drop all the way down. Feel the weight sink out of them.</source>
        <extracomment>exercise pmr-shoulders: what to do in the rest after each hold</extracomment>
        <translation>Pozwól barkom opaść całkiem w dół. Poczuj, jak uchodzi z nich ciężar.</translation>
    </message>
    <message>
        <source>Upper back</source>
        <extracomment>exercise pmr-upper-back: name</extracomment>
        <translation>Górna część pleców</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together and hold, keeping your neck relaxed.</source>
        <extracomment>exercise pmr-upper-back: instruction</extracomment>
        <translation>Ściągnij łopatki do siebie i przytrzymaj, szyja pozostaje rozluźniona.</translation>
    </message>
    <message>
        <source>Release and let your upper back widen and soften against the chair.</source>
        <extracomment>exercise pmr-upper-back: what to do in the rest after each hold</extracomment>
        <translation>Puść i pozwól górnej części pleców poszerzyć się i zmięknąć przy oparciu krzesła.</translation>
    </message>
    <message>
        <source>Seated cat-cow</source>
        <extracomment>exercise seated-cat-cow: name</extracomment>
        <translation>Koci grzbiet na krześle</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back and let your head hang forward. Breathing in, lift your chest and let your lower back arch a little. Flow slowly between the two.</source>
        <extracomment>exercise seated-cat-cow: instruction</extracomment>
        <translation>Połóż dłonie na kolanach. Z wydechem zaokrąglij plecy i pozwól głowie opaść do przodu. Z wdechem unieś klatkę piersiową i pozwól odcinkowi lędźwiowemu lekko się wygiąć. Płynnie i powoli przechodź między jednym a drugim.</translation>
    </message>
    <message>
        <source>Seated cat</source>
        <extracomment>exercise seated-cat: name</extracomment>
        <translation>Koci grzbiet w siadzie</translation>
    </message>
    <message>
        <source>Rest your hands on your knees. Breathing out, round your back like a cat and let your head hang forward.</source>
        <extracomment>exercise seated-cat: instruction</extracomment>
        <translation>Połóż dłonie na kolanach. Z wydechem zaokrąglij plecy jak kot i pozwól głowie opaść do przodu.</translation>
    </message>
    <message>
        <source>Seated cow</source>
        <extracomment>exercise seated-cow: name</extracomment>
        <translation>Krowa w siadzie</translation>
    </message>
    <message>
        <source>Breathing in, lift your chest and let your lower back arch a little. Look ahead, not up.</source>
        <extracomment>exercise seated-cow: instruction</extracomment>
        <translation>Z wdechem unieś klatkę piersiową i pozwól odcinkowi lędźwiowemu lekko się wygiąć. Patrz przed siebie, nie w górę.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <extracomment>exercise seated-twist: name</extracomment>
        <translation>Skręt w siadzie</translation>
    </message>
    <message>
        <source>Sit tall with both feet on the floor. Turn your chest toward one side, one hand on the opposite knee and the other on the chair back. Grow tall as you breathe in; turn back slowly.</source>
        <extracomment>exercise seated-twist: instruction</extracomment>
        <translation>Usiądź prosto, obie stopy na podłodze. Obróć tułów w jedną stronę, jedna dłoń na przeciwnym kolanie, druga na oparciu krzesła. Z wdechem wydłuż sylwetkę; powoli wróć.</translation>
    </message>
    <message>
        <source>Short walk</source>
        <extracomment>exercise short-walk: name</extracomment>
        <translation>Krótki spacer</translation>
    </message>
    <message>
        <source>Stand up and walk about: to a window, the kitchen or along the corridor. Let your arms swing and your shoulders loosen. Fetching a glass of water counts.</source>
        <extracomment>exercise short-walk: instruction</extracomment>
        <translation>Wstań i przejdź się: do okna, do kuchni albo wzdłuż korytarza. Pozwól rękom swobodnie się kołysać, a barkom rozluźnić. Przyniesienie szklanki wody też się liczy.</translation>
    </message>
    <message>
        <source>Shoulder-blade squeeze</source>
        <extracomment>exercise shoulder-blade-squeeze: name</extracomment>
        <translation>Ściąganie łopatek</translation>
    </message>
    <message>
        <source>Sit upright with your arms loose. Draw your shoulder blades back and a little down, as if sliding them into your back pockets. Hold lightly, then let go.</source>
        <extracomment>exercise shoulder-blade-squeeze: instruction</extracomment>
        <translation>Usiądź prosto, ręce luźno. Ściągnij łopatki do tyłu i trochę w dół, jakby miały wsunąć się do tylnych kieszeni. Przytrzymaj lekko, a potem puść.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <extracomment>exercise shoulder-rolls: name</extracomment>
        <translation>Krążenie barków</translation>
    </message>
    <message>
        <source>Lift your shoulders toward your ears, draw them back, then let them drop. Keep the circles slow and round, rolling backwards.</source>
        <extracomment>exercise shoulder-rolls: instruction</extracomment>
        <translation>Unieś barki w stronę uszu, cofnij je, a potem opuść. Zataczaj powolne, okrągłe koła, zawsze do tyłu.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <extracomment>exercise standing-back-extension: name</extracomment>
        <translation>Wygięcie do tyłu na stojąco</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart and your palms on your lower back. Lean back gently from the hips, only as far as feels comfortable, then come back up to standing.</source>
        <extracomment>exercise standing-back-extension: instruction</extracomment>
        <translation>Stań ze stopami na szerokość bioder, dłonie na dolnej części pleców. Łagodnie odchyl się do tyłu od bioder, tylko tak daleko, jak jest wygodnie, a potem wróć do pozycji stojącej.</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <extracomment>exercise standing-side-bend: name</extracomment>
        <translation>Skłon w bok na stojąco</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart. Reach one arm up and over your head and lean gently the other way, keeping your hips steady. Breathe into your side, then return to the middle.</source>
        <extracomment>exercise standing-side-bend: instruction</extracomment>
        <translation>Stań prosto, stopy na szerokość bioder. Unieś jedną rękę w górę i nad głowę, i łagodnie przechyl się w drugą stronę, biodra pozostają nieruchome. Oddychaj w bok tułowia, a potem wróć do środka.</translation>
    </message>
    <message>
        <source>Upper-back reach</source>
        <extracomment>exercise upper-back-reach: name</extracomment>
        <translation>Rozciąganie górnej części pleców</translation>
    </message>
    <message>
        <source>Link your fingers and push your palms away at shoulder height. Round your upper back and let your head drop a little, as if hugging a large ball. Feel the space between your shoulder blades widen.</source>
        <extracomment>exercise upper-back-reach: instruction</extracomment>
        <translation>Spleć palce i wypchnij dłonie przed siebie na wysokości barków. Zaokrąglij górną część pleców i pozwól głowie lekko opaść, jak przy obejmowaniu dużej piłki. Poczuj, jak przestrzeń między łopatkami się poszerza.</translation>
    </message>
    <message>
        <source>Forearm and wrist stretch</source>
        <extracomment>exercise wrist-stretch: name</extracomment>
        <translation>Rozciąganie przedramienia i nadgarstka</translation>
    </message>
    <message>
        <source>Hold one arm out in front, palm up and elbow soft. With the other hand, ease the fingers down and back until the inside of the forearm feels a gentle stretch.</source>
        <extracomment>exercise wrist-stretch: instruction</extracomment>
        <translation>Wyciągnij jedną rękę przed siebie, dłonią do góry, łokieć luźno. Drugą ręką delikatnie odciągnij palce w dół i do tyłu, aż poczujesz łagodne rozciąganie po wewnętrznej stronie przedramienia.</translation>
    </message>
    <message>
        <source>Hands, chest and jaw minute</source>
        <extracomment>routine micro-hands: name</extracomment>
        <translation>Minuta dla dłoni, klatki piersiowej i szczęki</translation>
    </message>
    <message>
        <source>A one-minute break for keyboard hands, a closed chest and a clenched jaw.</source>
        <extracomment>routine micro-hands: description</extracomment>
        <translation>Minuta przerwy dla dłoni zmęczonych klawiaturą, zamkniętej klatki piersiowej i zaciśniętej szczęki.</translation>
    </message>
    <message>
        <source>Neck and shoulders minute</source>
        <extracomment>routine micro-neck: name</extracomment>
        <translation>Minuta dla szyi i barków</translation>
    </message>
    <message>
        <source>A one-minute reset for a stiff neck and raised shoulders.</source>
        <extracomment>routine micro-neck: description</extracomment>
        <translation>Minuta na odświeżenie dla sztywnej szyi i uniesionych barków.</translation>
    </message>
    <message>
        <source>Stand-up minute</source>
        <extracomment>routine micro-stand: name</extracomment>
        <translation>Minuta na stojąco</translation>
    </message>
    <message>
        <source>Out of the chair for a minute: lean back, reach, walk.</source>
        <extracomment>routine micro-stand: description</extracomment>
        <translation>Minuta poza krzesłem: odchyl się, sięgnij, przejdź się.</translation>
    </message>
    <message>
        <source>Back and spine minute</source>
        <extracomment>routine micro-back: name</extracomment>
        <translation>Minuta dla pleców i kręgosłupa</translation>
    </message>
    <message>
        <source>A one-minute break that moves the spine after a long sit.</source>
        <extracomment>routine micro-back: description</extracomment>
        <translation>Minuta przerwy, która porusza kręgosłup po długim siedzeniu.</translation>
    </message>
    <message>
        <source>Neck and shoulder release</source>
        <extracomment>routine neck-release: name</extracomment>
        <translation>Rozluźnienie szyi i barków</translation>
    </message>
    <message>
        <source>About three minutes to loosen the neck, shoulders and jaw where many people hold tension.</source>
        <extracomment>routine neck-release: description</extracomment>
        <translation>Około trzech minut na rozluźnienie szyi, barków i szczęki, gdzie wiele osób trzyma napięcie.</translation>
    </message>
    <message>
        <source>Back reset</source>
        <extracomment>routine back-reset: name</extracomment>
        <translation>Odświeżenie pleców</translation>
    </message>
    <message>
        <source>About five minutes of gentle moves for the whole back, seated and standing, ending with a short walk.</source>
        <extracomment>routine back-reset: description</extracomment>
        <translation>Około pięciu minut łagodnych ruchów dla całych pleców, na siedząco i na stojąco, na koniec krótki spacer.</translation>
    </message>
    <message>
        <source>Progressive muscle relaxation</source>
        <extracomment>routine muscle-relaxation: name</extracomment>
        <translation>Progresywna relaksacja mięśni</translation>
    </message>
    <message>
        <source>About five minutes, group by group: tense a muscle group for five seconds, then let it go for ten and notice the difference. Tense firmly but never to the point of pain.</source>
        <extracomment>routine muscle-relaxation: description</extracomment>
        <translation>Około pięciu minut, grupa po grupie: napnij grupę mięśni na pięć sekund, potem rozluźnij na dziesięć i zauważ różnicę. Napinaj mocno, ale nigdy do bólu.</translation>
    </message>
    <message>
        <source>Feet flat on the floor (or a footrest)</source>
        <extracomment>posture checklist feet-flat: the thing to check (short)</extracomment>
        <translation>Stopy płasko na podłodze (lub podnóżku)</translation>
    </message>
    <message>
        <source>Knees roughly level with your hips, not tucked under the chair.</source>
        <extracomment>posture checklist feet-flat: how, in one sentence</extracomment>
        <translation>Kolana mniej więcej na wysokości bioder, nie schowane pod krzesłem.</translation>
    </message>
    <message>
        <source>Back resting against the chair</source>
        <extracomment>posture checklist back-supported: the thing to check (short)</extracomment>
        <translation>Plecy oparte o krzesło</translation>
    </message>
    <message>
        <source>Sit all the way back so the backrest carries the curve of your lower back.</source>
        <extracomment>posture checklist back-supported: how, in one sentence</extracomment>
        <translation>Usiądź głęboko, żeby oparcie podtrzymywało wygięcie dolnej części pleców.</translation>
    </message>
    <message>
        <source>Shoulders down and loose</source>
        <extracomment>posture checklist shoulders-loose: the thing to check (short)</extracomment>
        <translation>Barki opuszczone i luźne</translation>
    </message>
    <message>
        <source>Let them drop away from your ears; they often creep up when you concentrate.</source>
        <extracomment>posture checklist shoulders-loose: how, in one sentence</extracomment>
        <translation>Pozwól im opaść z dala od uszu; często podnoszą się, gdy się koncentrujesz.</translation>
    </message>
    <message>
        <source>Jaw unclenched</source>
        <extracomment>posture checklist jaw-unclenched: the thing to check (short)</extracomment>
        <translation>Szczęka rozluźniona</translation>
    </message>
    <message>
        <source>Teeth apart, lips lightly together, tongue resting.</source>
        <extracomment>posture checklist jaw-unclenched: how, in one sentence</extracomment>
        <translation>Zęby rozchylone, usta lekko złączone, język w spoczynku.</translation>
    </message>
    <message>
        <source>Top of the screen near eye level</source>
        <extracomment>posture checklist screen-height: the thing to check (short)</extracomment>
        <translation>Górna krawędź ekranu blisko wysokości oczu</translation>
    </message>
    <message>
        <source>About an arm&apos;s length away, so your head is not tipped down or pushed forward.</source>
        <extracomment>posture checklist screen-height: how, in one sentence</extracomment>
        <translation>W odległości mniej więcej wyciągniętej ręki, żeby głowa nie była pochylona w dół ani wysunięta do przodu.</translation>
    </message>
    <message>
        <source>Elbows bent at about 90°</source>
        <extracomment>posture checklist elbows-90: the thing to check (short)</extracomment>
        <translation>Łokcie zgięte pod kątem około 90°</translation>
    </message>
    <message>
        <source>Forearms roughly level with the desk, wrists straight and floating.</source>
        <extracomment>posture checklist elbows-90: how, in one sentence</extracomment>
        <translation>Przedramiona mniej więcej na wysokości biurka, nadgarstki proste i swobodne.</translation>
    </message>
    <message>
        <source>Head balanced over your shoulders</source>
        <extracomment>posture checklist head-over-shoulders: the thing to check (short)</extracomment>
        <translation>Głowa wyważona nad barkami</translation>
    </message>
    <message>
        <source>Ears above the shoulders rather than in front of them.</source>
        <extracomment>posture checklist head-over-shoulders: how, in one sentence</extracomment>
        <translation>Uszy nad barkami, a nie przed nimi.</translation>
    </message>
    <message>
        <source>Hands and fingers soft</source>
        <extracomment>posture checklist hands-soft: the thing to check (short)</extracomment>
        <translation>Dłonie i palce luźne</translation>
    </message>
    <message>
        <source>No gripping the mouse; let the wrists rest between movements.</source>
        <extracomment>posture checklist hands-soft: how, in one sentence</extracomment>
        <translation>Nie ściskaj myszy; niech nadgarstki odpoczywają między ruchami.</translation>
    </message>
    <message>
        <source>Belly soft</source>
        <extracomment>posture checklist belly-soft: the thing to check (short)</extracomment>
        <translation>Brzuch miękki</translation>
    </message>
    <message>
        <source>Let it move as you breathe instead of holding it in.</source>
        <extracomment>posture checklist belly-soft: how, in one sentence</extracomment>
        <translation>Pozwól mu poruszać się z oddechem, zamiast go wciągać.</translation>
    </message>
    <message>
        <source>One slow breath out</source>
        <extracomment>posture checklist breath-out: the thing to check (short)</extracomment>
        <translation>Jeden powolny wydech</translation>
    </message>
    <message>
        <source>Breathe out a little longer than you breathed in, and let your shoulders sink with it.</source>
        <extracomment>posture checklist breath-out: how, in one sentence</extracomment>
        <translation>Wydychaj trochę dłużej niż trwał wdech i pozwól barkom opaść razem z wydechem.</translation>
    </message>
    <message>
        <source>A short walk</source>
        <extracomment>movement break suggestion short-walk: title (short)</extracomment>
        <translation>Krótki spacer</translation>
    </message>
    <message>
        <source>Walk for a few minutes: down the corridor, up a flight of stairs or once around the room. An easy pace is enough.</source>
        <extracomment>movement break suggestion short-walk: what to do, one or two sentences</extracomment>
        <translation>Pochodź kilka minut: wzdłuż korytarza, po schodach na górę albo raz dookoła pokoju. Wystarczy spokojne tempo.</translation>
    </message>
    <message>
        <source>Refill your water</source>
        <extracomment>movement break suggestion refill-water: title (short)</extracomment>
        <translation>Dolej sobie wody</translation>
    </message>
    <message>
        <source>Walk to the kitchen or the tap and refill your glass or bottle. Drink some if you are thirsty.</source>
        <extracomment>movement break suggestion refill-water: what to do, one or two sentences</extracomment>
        <translation>Przejdź do kuchni albo do kranu i napełnij szklankę lub butelkę. Napij się, jeśli chce ci się pić.</translation>
    </message>
    <message>
        <source>Loosen your shoulders</source>
        <extracomment>movement break suggestion loosen-shoulders: title (short)</extracomment>
        <translation>Rozluźnij barki</translation>
    </message>
    <message>
        <source>Stand up, roll your shoulders slowly back a few times and let them drop. Let your arms hang and shake your hands loose.</source>
        <extracomment>movement break suggestion loosen-shoulders: what to do, one or two sentences</extracomment>
        <translation>Wstań, kilka razy powoli zatocz barkami do tyłu i pozwól im opaść. Opuść swobodnie ręce i rozluźnij dłonie, potrząsając nimi.</translation>
    </message>
    <message>
        <source>Move gently</source>
        <extracomment>movement break suggestion gentle-movement: title (short)</extracomment>
        <translation>Poruszaj się łagodnie</translation>
    </message>
    <message>
        <source>Stand and move in any easy way that feels good: shift your weight, march on the spot, reach up. Stop any move that hurts.</source>
        <extracomment>movement break suggestion gentle-movement: what to do, one or two sentences</extracomment>
        <translation>Wstań i poruszaj się w dowolny łatwy sposób, który ci odpowiada: przenoś ciężar ciała, maszeruj w miejscu, sięgaj w górę. Przerwij każdy ruch, który boli.</translation>
    </message>
    <message>
        <source>Look far away</source>
        <extracomment>movement break suggestion look-far: title (short)</extracomment>
        <translation>Popatrz w dal</translation>
    </message>
    <message>
        <source>Stand at a window or at the far end of the room and rest your eyes on something far away. Breathe out slowly.</source>
        <extracomment>movement break suggestion look-far: what to do, one or two sentences</extracomment>
        <translation>Stań przy oknie albo w drugim końcu pokoju i zatrzymaj wzrok na czymś odległym. Powoli zrób wydech.</translation>
    </message>
    <message>
        <source>Let go completely and breathe out slowly.</source>
        <extracomment>the rest after a hold, when the exercise gives no words of its own</extracomment>
        <translation>Puść zupełnie i powoli wydychaj.</translation>
    </message>
    <message>
        <source>Longer exhale</source>
        <extracomment>breathing pattern longer-exhale: name</extracomment>
        <translation>Dłuższy wydech</translation>
    </message>
    <message>
        <source>In for 4 seconds, out for 6: six slow breaths a minute, each out-breath a little longer than the in-breath. Many people find this pace settling. Breathe out slowly, as if through a straw.</source>
        <extracomment>breathing pattern longer-exhale: description</extracomment>
        <translation>Wdech przez 4 sekundy, wydech przez 6: sześć spokojnych oddechów na minutę, każdy wydech trochę dłuższy niż wdech. Wiele osób uważa to tempo za uspokajające. Wydychaj powoli, jak przez słomkę.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <extracomment>breathing pattern resonance: name</extracomment>
        <translation>Oddech rezonansowy</translation>
    </message>
    <message>
        <source>Even breaths of 5.5 seconds in and 5.5 out, a little under six breaths a minute. Also called coherent breathing. Let the belly rise and fall rather than the shoulders.</source>
        <extracomment>breathing pattern resonance: description</extracomment>
        <translation>Równe oddechy: 5,5 sekundy wdechu i 5,5 wydechu, nieco mniej niż sześć oddechów na minutę. Nazywany też oddychaniem koherentnym. Niech unosi się i opada brzuch, a nie barki.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <extracomment>breathing pattern box: name</extracomment>
        <translation>Oddech pudełkowy</translation>
    </message>
    <message>
        <source>Four equal sides of 4 seconds: in, hold, out, hold. The steady count gives a busy mind something simple to follow.</source>
        <extracomment>breathing pattern box: description</extracomment>
        <translation>Cztery równe boki po 4 sekundy: wdech, zatrzymanie, wydech, zatrzymanie. Równe liczenie daje zabieganej głowie coś prostego do śledzenia.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <extracomment>breathing pattern physiological-sigh: name</extracomment>
        <translation>Westchnienie fizjologiczne</translation>
    </message>
    <message>
        <source>A full breath in through the nose, a short second sip of air on top, then a long, easy breath out through the mouth. The same double breath the body makes on its own when it sighs.</source>
        <extracomment>breathing pattern physiological-sigh: description</extracomment>
        <translation>Pełny wdech nosem, na to krótki drugi łyk powietrza, a potem długi, swobodny wydech ustami. To ten sam podwójny oddech, który ciało robi samo, gdy wzdycha.</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <extracomment>breathing pattern 4-7-8: name</extracomment>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>In through the nose for 4 seconds, hold for 7, then out through the mouth for 8. A few rounds are plenty.</source>
        <extracomment>breathing pattern 4-7-8: description</extracomment>
        <translation>Wdech nosem przez 4 sekundy, zatrzymanie na 7, potem wydech ustami przez 8. Kilka rund w zupełności wystarczy.</translation>
    </message>
    <message>
        <source>The holds are optional: if holding feels uncomfortable, keep breathing gently through them. Stop and breathe normally if you feel light-headed or dizzy.</source>
        <extracomment>breathing pattern 4-7-8: caution</extracomment>
        <translation>Zatrzymania są opcjonalne: jeśli wstrzymywanie oddechu jest nieprzyjemne, po prostu łagodnie oddychaj dalej. Przerwij i oddychaj normalnie, jeśli kręci ci się w głowie lub czujesz zawroty.</translation>
    </message>
    <message>
        <source>Stress and muscle tension</source>
        <extracomment>why this helps, topic stress-tension: title (short)</extracomment>
        <translation>Stres i napięcie mięśni</translation>
    </message>
    <message>
        <source>In laboratory studies, mental stress such as timed arithmetic raises the activity of the shoulder muscles, even when the body is doing no physical work. Distress and low mood also make it more likely that back pain lasts. How much everyday stress adds to neck and back pain differs from person to person, so take this as a reasonable idea, not a proven cause.</source>
        <extracomment>why this helps, topic stress-tension: what is known, two or three sentences</extracomment>
        <translation>W badaniach laboratoryjnych stres psychiczny, na przykład liczenie pod presją czasu, zwiększa aktywność mięśni barków, nawet gdy ciało nie wykonuje żadnej pracy fizycznej. Przygnębienie i obniżony nastrój zwiększają też prawdopodobieństwo, że ból pleców się utrzyma. To, jak bardzo codzienny stres przyczynia się do bólu szyi i pleców, różni się u poszczególnych osób, więc traktuj to jako rozsądną hipotezę, a nie udowodnioną przyczynę.</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <extracomment>why this helps, topic micro-breaks: title (short)</extracomment>
        <translation>Krótkie przerwy</translation>
    </message>
    <message>
        <source>Breaks of up to ten minutes leave people a little less tired and a little more energetic, a small but reliable effect. They do not reliably make people work better or faster; longer breaks did better on that. Unclench suggests breaks for how you feel, not to raise your output.</source>
        <extracomment>why this helps, topic micro-breaks: what is known, two or three sentences</extracomment>
        <translation>Przerwy trwające do dziesięciu minut sprawiają, że ludzie są trochę mniej zmęczeni i mają trochę więcej energii – to mały, ale pewny efekt. Nie sprawiają w sposób pewny, że ludzie pracują lepiej lub szybciej; dłuższe przerwy wypadły tu lepiej. Unclench proponuje przerwy dla twojego samopoczucia, a nie po to, by zwiększyć twoją wydajność.</translation>
    </message>
    <message>
        <source>Staying active with back pain</source>
        <extracomment>why this helps, topic movement: title (short)</extracomment>
        <translation>Aktywność przy bólu pleców</translation>
    </message>
    <message>
        <source>Guidelines advise people with low back pain to carry on with normal activities as far as they can and, when pain lasts, to exercise. Exercise programmes ease long-lasting low back pain by a modest amount on average. Gentle moves during the day are a small part of staying active, not a treatment.</source>
        <extracomment>why this helps, topic movement: what is known, two or three sentences</extracomment>
        <translation>Wytyczne zalecają osobom z bólem krzyża, by w miarę możliwości kontynuowały zwykłe aktywności, a gdy ból się utrzymuje – by ćwiczyły. Programy ćwiczeń łagodzą przewlekły ból krzyża średnio w umiarkowanym stopniu. Łagodny ruch w ciągu dnia to niewielka część pozostawania aktywnym, a nie leczenie.</translation>
    </message>
    <message>
        <source>Stretching at the desk</source>
        <extracomment>why this helps, topic stretching: title (short)</extracomment>
        <translation>Rozciąganie przy biurku</translation>
    </message>
    <message>
        <source>Stretching feels good to many people and is part of the exercise that guidelines suggest for back pain, but there is little good evidence that desk stretches on their own prevent neck or back pain. When a muscle cramps, gently stretching it is the usual first help. Stretch only as far as is comfortable, and stop if pain increases.</source>
        <extracomment>why this helps, topic stretching: what is known, two or three sentences</extracomment>
        <translation>Rozciąganie jest dla wielu osób przyjemne i należy do ćwiczeń, które wytyczne proponują przy bólu pleców, ale jest mało dobrych dowodów, że samo rozciąganie przy biurku zapobiega bólowi szyi lub pleców. Przy skurczu mięśnia łagodne rozciąganie go to zwykła pierwsza pomoc. Rozciągaj się tylko tak daleko, jak jest wygodnie, i przerwij, jeśli ból się nasila.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <extracomment>why this helps, topic slow-breathing: title (short)</extracomment>
        <translation>Powolne oddychanie</translation>
    </message>
    <message>
        <source>Breathing slowly, around six breaths a minute, reliably raises heart-rate variability, a sign that the resting branch of the nervous system is more active, during the exercise and shortly after. Its effect on how stressed people feel is smaller: trials find a small reduction on average, and many are of modest quality. Breathe gently, and stop and breathe normally if you feel light-headed.</source>
        <extracomment>why this helps, topic slow-breathing: what is known, two or three sentences</extracomment>
        <translation>Powolne oddychanie, około sześciu oddechów na minutę, w sposób pewny zwiększa zmienność rytmu serca – oznakę, że spoczynkowa część układu nerwowego jest bardziej aktywna – w trakcie ćwiczenia i krótko po nim. Jego wpływ na odczuwany stres jest mniejszy: badania wykazują średnio niewielkie zmniejszenie, a wiele z nich ma umiarkowaną jakość. Oddychaj łagodnie, a jeśli zakręci ci się w głowie, przerwij i oddychaj normalnie.</translation>
    </message>
    <message>
        <source>Tensing and then letting go of one muscle group after another is a long-used relaxation method. Relaxation training lowers anxiety by a moderate amount in trials, and a back-pain guideline lists progressive relaxation as an option for long-lasting low back pain, on low-quality evidence. Tense firmly but never to the point of pain.</source>
        <extracomment>why this helps, topic muscle-relaxation: what is known, two or three sentences</extracomment>
        <translation>Napinanie, a potem rozluźnianie kolejnych grup mięśni to od dawna stosowana metoda relaksacji. W badaniach trening relaksacyjny zmniejsza lęk w umiarkowanym stopniu, a jedne z wytycznych dotyczących bólu pleców wymieniają relaksację progresywną jako możliwość przy przewlekłym bólu krzyża, na podstawie dowodów niskiej jakości. Napinaj mocno, ale nigdy do bólu.</translation>
    </message>
    <message>
        <source>Posture and screen height</source>
        <extracomment>why this helps, topic posture: title (short)</extracomment>
        <translation>Postawa i wysokość ekranu</translation>
    </message>
    <message>
        <source>No single sitting posture has been shown to prevent back or neck pain, and reviews of desk set-ups and ergonomic training find only low-quality, inconsistent evidence. A comfortable set-up and changing position often are still sensible. The posture checklist is a prompt to notice and ease tension, not a rule for sitting correctly.</source>
        <extracomment>why this helps, topic posture: what is known, two or three sentences</extracomment>
        <translation>Dla żadnej pojedynczej pozycji siedzącej nie wykazano, że zapobiega bólowi pleców lub szyi, a przeglądy dotyczące urządzenia stanowiska pracy i szkoleń z ergonomii znajdują tylko słabe, niespójne dowody. Wygodne stanowisko i częsta zmiana pozycji nadal są rozsądne. Lista kontrolna postawy to sygnał, by zauważyć i rozluźnić napięcie, a nie zasada prawidłowego siedzenia.</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>why this helps, topic water: title (short)</extracomment>
        <translation>Woda</translation>
    </message>
    <message>
        <source>Healthy adults need about two to two and a half litres of water a day from drinks and food together, and thirst is a good guide. There is no good evidence that drinking more water prevents muscle cramps or back spasms, and forcing down large amounts can be dangerous because it dilutes the salt in the blood. Unclench&apos;s water reminders mean: drink when you are thirsty or as you planned, nothing more.</source>
        <extracomment>why this helps, topic water: what is known, two or three sentences</extracomment>
        <translation>Zdrowi dorośli potrzebują około dwóch do dwóch i pół litra wody dziennie z napojów i jedzenia razem, a pragnienie jest dobrą wskazówką. Nie ma dobrych dowodów, że picie większej ilości wody zapobiega skurczom mięśni czy skurczom pleców, a zmuszanie się do wypicia dużych ilości może być niebezpieczne, bo rozcieńcza sól we krwi. Przypomnienia Unclench o wodzie znaczą tylko tyle: pij, gdy chce ci się pić albo zgodnie ze swoim planem.</translation>
    </message>
    <message>
        <source>Walking and getting up</source>
        <extracomment>why this helps, topic walking: title (short)</extracomment>
        <translation>Chodzenie i wstawanie</translation>
    </message>
    <message>
        <source>In a large trial, people who built up regular walking over six months, with some coaching, went nearly twice as long before their low back pain came back. Health guidelines advise adults to sit less and move more, though what a short walk at work does on its own is not known. Sit-stand desks cut sitting at work by about an hour a day at first, on low-quality evidence; whether that helps health is still unclear.</source>
        <extracomment>why this helps, topic walking: what is known, two or three sentences</extracomment>
        <translation>W dużym badaniu osoby, które z pewnym wsparciem przez sześć miesięcy wprowadzały regularne spacery, prawie dwa razy dłużej pozostawały bez nawrotu bólu krzyża. Wytyczne zdrowotne radzą dorosłym mniej siedzieć i więcej się ruszać, choć nie wiadomo, co sam krótki spacer w pracy daje. Biurka do pracy na siedząco i na stojąco początkowo skracają siedzenie w pracy o około godzinę dziennie, na podstawie dowodów niskiej jakości; czy to pomaga zdrowiu, wciąż nie jest jasne.</translation>
    </message>
    <message>
        <source>Heat or cold for a sore back</source>
        <extracomment>why this helps, topic heat-cold: title (short)</extracomment>
        <translation>Ciepło czy zimno na obolałe plecy</translation>
    </message>
    <message>
        <source>A heat wrap eases new low back pain a little for a short time, with moderate-quality evidence, and a guideline suggests it for pain of recent onset. For cold packs there is too little evidence to say whether they help. Use whichever feels better, never directly on bare skin, and not on skin that has lost feeling.</source>
        <extracomment>why this helps, topic heat-cold: what is known, two or three sentences</extracomment>
        <translation>Ciepły okład nieco łagodzi świeży ból krzyża na krótki czas, według dowodów umiarkowanej jakości, a jedne z wytycznych proponują go przy bólu, który zaczął się niedawno. Dla zimnych okładów jest za mało dowodów, by powiedzieć, czy pomagają. Wybierz to, co jest przyjemniejsze, nigdy bezpośrednio na gołą skórę i nie na skórę bez czucia.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>why this helps, topic sleep: title (short)</extracomment>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Adults are advised to sleep at least seven hours a night. Poor sleep and pain feed each other, and poor sleep seems to predict later pain more strongly than pain predicts poor sleep. Unclench starts its counts afresh after a night&apos;s sleep and keeps quiet outside your working hours.</source>
        <extracomment>why this helps, topic sleep: what is known, two or three sentences</extracomment>
        <translation>Dorosłym zaleca się spać co najmniej siedem godzin na dobę. Zły sen i ból wzajemnie się napędzają, a zły sen wydaje się silniej przewidywać późniejszy ból niż ból przewiduje zły sen. Unclench zaczyna liczyć od nowa po nocnym śnie i milczy poza twoimi godzinami pracy.</translation>
    </message>
</context>
<context>
    <name>CustomPatternEditor</name>
    <message>
        <source>Breathe in</source>
        <translation>Wdech</translation>
    </message>
    <message>
        <source>Hold (full)</source>
        <translation>Zatrzymaj (pełne płuca)</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Wydech</translation>
    </message>
    <message>
        <source>Hold (empty)</source>
        <translation>Zatrzymaj (puste płuca)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, sekundy</translation>
    </message>
    <message>
        <source>&amp;Breathe with this pattern</source>
        <translation>Oddychaj według tego &amp;wzoru</translation>
    </message>
    <message>
        <source>Start the custom pattern</source>
        <translation>Rozpocznij własny wzór</translation>
    </message>
    <message>
        <source>Use {0} to {1} seconds</source>
        <translation>Wybierz od {0} do {1} sekund</translation>
    </message>
</context>
<context>
    <name>DailySeriesModel</name>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Zrobione przerwy</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Pominięte lub przegapione</translation>
    </message>
    <message>
        <source>Water (ml)</source>
        <translation>Woda (ml)</translation>
    </message>
    <message>
        <source>Tension (average)</source>
        <translation>Napięcie (średnia)</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Kontrole postawy</translation>
    </message>
    <message>
        <source>Breathing (min)</source>
        <translation>Oddychanie (min)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>brak danych</translation>
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
        <translation>dddd, d MMMM</translation>
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
        <translation>Co wykrywa Unclench</translation>
    </message>
    <message>
        <source>What each detector sees on this desktop right now:</source>
        <translation>Co każdy detektor wykrywa teraz na tym pulpicie:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Reading {0}…</source>
        <translation>Odczytywanie {0}…</translation>
    </message>
    <message>
        <source>Saving the events of {0}…</source>
        <translation>Zapisywanie wpisów z {0}…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Movement break</source>
        <translation>Przerwa na ruch</translation>
    </message>
    <message>
        <source>movement break</source>
        <translation>przerwa na ruch</translation>
    </message>
    <message>
        <source>Get up for a few minutes: walk, stand, look far away or refill your water.</source>
        <translation>Wstań na kilka minut: przejdź się, postój, popatrz w dal albo dolej sobie wody.</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Przerwa na rozciąganie</translation>
    </message>
    <message>
        <source>stretch break</source>
        <translation>przerwa na rozciąganie</translation>
    </message>
    <message>
        <source>Stand up if you can and move gently. Stop any move that hurts.</source>
        <translation>Wstań, jeśli możesz, i poruszaj się łagodnie. Przerwij każdy ruch, który boli.</translation>
    </message>
    <message>
        <source>Breathing break</source>
        <translation>Przerwa na oddech</translation>
    </message>
    <message>
        <source>breathing break</source>
        <translation>przerwa na oddech</translation>
    </message>
    <message>
        <source>A few slow breaths with a longer out-breath; many people find it settling.</source>
        <translation>Kilka spokojnych oddechów z dłuższym wydechem; wiele osób uważa to za uspokajające.</translation>
    </message>
    <message>
        <source>Water break</source>
        <translation>Przerwa na wodę</translation>
    </message>
    <message>
        <source>water</source>
        <translation>woda</translation>
    </message>
    <message>
        <source>Time for a drink, if you are thirsty or as you planned.</source>
        <translation>Czas na łyk wody, jeśli chce ci się pić albo zgodnie z planem.</translation>
    </message>
    <message>
        <source>Posture check</source>
        <translation>Kontrola postawy</translation>
    </message>
    <message>
        <source>posture check</source>
        <translation>kontrola postawy</translation>
    </message>
    <message>
        <source>Take a few seconds. Tick what you just did:</source>
        <translation>Poświęć kilka sekund. Zaznacz to, co już zrobione:</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Applies the next time Unclench starts.</source>
        <translation>Zadziała po ponownym uruchomieniu Unclench.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Unclench could not start: {0}</source>
        <translation>Nie udało się uruchomić Unclench: {0}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Use {0}–{1}</source>
        <translation>Wybierz {0}–{1}</translation>
    </message>
</context>
<context>
    <name>PhaseCues</name>
    <message>
        <source>No sound output could be opened, so there are no phase sounds.</source>
        <translation>Nie udało się otworzyć wyjścia dźwięku, więc nie ma dźwięków faz.</translation>
    </message>
    <message>
        <source>Unclench cannot play sounds on this system yet.</source>
        <translation>Unclench nie umie jeszcze odtwarzać dźwięków w tym systemie.</translation>
    </message>
    <message>
        <source>Speaking failed ({0}), so spoken cues are off.</source>
        <translation>Mowa nie zadziałała ({0}), więc zapowiedzi głosowe są wyłączone.</translation>
    </message>
    <message>
        <source>No speech program was found. Spoken cues use espeak or flite; install one to hear them.</source>
        <translation>Nie znaleziono programu do syntezy mowy. Zapowiedzi głosowe używają espeak lub flite; zainstaluj jeden z nich, żeby je usłyszeć.</translation>
    </message>
</context>
<context>
    <name>PromptPresenter</name>
    <message>
        <source>Some content files have problems and were left out:</source>
        <translation>Niektóre pliki z treścią zawierają błędy i zostały pominięte:</translation>
    </message>
</context>
<context>
    <name>QuietSources</name>
    <message>
        <source>The app rules are not valid: {}</source>
        <translation>Reguły aplikacji są nieprawidłowe: {}</translation>
    </message>
</context>
<context>
    <name>QuietTimesPage</name>
    <message>
        <source>What Unclench sees…</source>
        <translation>Co wykrywa Unclench…</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Hold reminders while the microphone or camera is in use</source>
        <translation>Wstrzymuj przypomnienia, gdy mikrofon lub kamera są w użyciu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a call ends, wait</source>
        <translation>Po zakończeniu rozmowy odczekaj</translation>
    </message>
    <message>
        <source>Hold at most, per day</source>
        <extracomment>After this much holding in a day, reminders come anyway, quietly.</extracomment>
        <translation>Wstrzymuj najwyżej, dziennie</translation>
    </message>
    <message>
        <source>Apps that are not calls</source>
        <translation>Aplikacje, które nie są rozmowami</translation>
    </message>
    <message>
        <source>Count as calls again</source>
        <translation>Znów traktuj jako rozmowy</translation>
    </message>
    <message>
        <source>Not calls</source>
        <translation>To nie rozmowy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Pliki kalendarza</translation>
    </message>
    <message>
        <source>Add calendar file…</source>
        <translation>Dodaj plik kalendarza…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>Pliki kalendarza (.ics)</translation>
    </message>
    <message>
        <source>Also read a calendar from the web</source>
        <translation>Odczytuj też kalendarz z internetu</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Adres kalendarza</translation>
    </message>
    <message>
        <source>Only this address is contacted, at most every 15 minutes; nothing else leaves the computer.</source>
        <translation>Unclench łączy się tylko z tym adresem, najwyżej co 15 minut; nic innego nie opuszcza komputera.</translation>
    </message>
    <message>
        <source>you@example.org, …</source>
        <translation>ty@example.org, …</translation>
    </message>
    <message>
        <source>Your addresses</source>
        <extracomment>Events the user declined (as this address) do not hold reminders.</extracomment>
        <translation>Twoje adresy</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Aplikacje</translation>
    </message>
    <message>
        <source>App rules</source>
        <translation>Reguły aplikacji</translation>
    </message>
    <message>
        <source>Running app</source>
        <translation>Uruchomiona aplikacja</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>is in front</source>
        <translation>jest na pierwszym planie</translation>
    </message>
    <message>
        <source>is running</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Dodaj regułę</translation>
    </message>
    <message>
        <source>Hold reminders while</source>
        <translation>Wstrzymuj przypomnienia, gdy</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <source>Choose calendar files</source>
        <translation>Wybierz pliki kalendarza</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Kalendarze (*.ics)</translation>
    </message>
    <message>
        <source>{0} is in front</source>
        <translation>{0} jest na pierwszym planie</translation>
    </message>
    <message>
        <source>{0} is running</source>
        <translation>{0} działa</translation>
    </message>
</context>
<context>
    <name>RangesField</name>
    <message>
        <source>Write times like 09:00-12:30, 13:30-18:00</source>
        <translation>Wpisz godziny tak: 09:00-12:30, 13:30-18:00</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>wolne</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>0 is loose and easy, 10 is as tight as it gets.</source>
        <translation>0 to luźno i swobodnie, 10 to najsilniejsze możliwe napięcie.</translation>
    </message>
    <message>
        <source>Tension {0} of 10</source>
        <translation>Napięcie {0} na 10</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>rozluźnienie</translation>
    </message>
    <message>
        <source>very tight</source>
        <translation>silne napięcie</translation>
    </message>
</context>
<context>
    <name>ReminderNotification</name>
    <message>
        <source>Check: {0}</source>
        <translation>Sprawdź: {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Dziś do tej pory: {0} ml z {1} ml</translation>
    </message>
    <message>
        <source>Drank {0} ml</source>
        <translation>Wypite: {0} ml</translation>
    </message>
    <message>
        <source>A minute of slow breathing with a long out-breath.</source>
        <translation>Minuta spokojnego oddychania z długim wydechem.</translation>
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
        <translation>Wstań i poruszaj się łagodnie: {0}</translation>
    </message>
    <message>
        <source>Stand up and move.</source>
        <translation>Wstań i trochę się poruszaj.</translation>
    </message>
    <message>
        <source>Also due now: {0}</source>
        <translation>Teraz też: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Snooze {0} min</source>
        <translation>Później ({0} min)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Unclench reminder</source>
        <translation>Przypomnienie od Unclench</translation>
    </message>
    <message>
        <source>• {0}, {1} × {2} s</source>
        <translation>• {0}, {1} × {2} s</translation>
    </message>
    <message>
        <source>Today so far: {0} ml of {1} ml</source>
        <translation>Dziś do tej pory: {0} ml z {1} ml</translation>
    </message>
    <message>
        <source>• {0}, {1} s</source>
        <translation>• {0}, {1} s</translation>
    </message>
    <message>
        <source>Drank &amp;{0} ml</source>
        <translation>Wypite: &amp;{0} ml</translation>
    </message>
    <message>
        <source>Start &amp;breathing</source>
        <translation>Zacznij &amp;oddychać</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <source>Start &amp;guided stretch</source>
        <translation>Rozciąganie z &amp;instrukcją</translation>
    </message>
    <message>
        <source>&amp;Snooze {0} min</source>
        <translation>&amp;Później ({0} min)</translation>
    </message>
    <message>
        <source>Remind me again in {0} min (Esc)</source>
        <translation>Przypomnij ponownie za {0} min (Esc)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Po&amp;miń</translation>
    </message>
    <message>
        <source>&amp;Why this helps</source>
        <translation>&amp;Dlaczego to pomaga</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>There is no routine called &apos;{0}&apos;. Routines: {1}</source>
        <translation>Nie ma zestawu o nazwie „{0}”. Dostępne zestawy: {1}</translation>
    </message>
    <message>
        <source>“{0}” comes back with the stretch break at {1}.</source>
        <translation>Zestaw „{0}” wróci o {1} razem z przerwą na rozciąganie.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importuj zestaw ćwiczeń</translation>
    </message>
    <message>
        <source>Routine (*.json)</source>
        <translation>Zestaw ćwiczeń (*.json)</translation>
    </message>
    <message>
        <source>Imported the routine &apos;{0}&apos;.</source>
        <translation>Zaimportowano zestaw „{0}”.</translation>
    </message>
    <message>
        <source>That routine could not be imported:</source>
        <translation>Nie udało się zaimportować tego zestawu:</translation>
    </message>
    <message>
        <source>Remove the imported routine &apos;{0}&apos;? Its file is deleted; your log keeps its history.</source>
        <translation>Usunąć zaimportowany zestaw „{0}”? Jego plik zostanie usunięty; dziennik zachowa historię.</translation>
    </message>
    <message>
        <source>The routine could not be removed: {0}</source>
        <translation>Nie udało się usunąć zestawu: {0}</translation>
    </message>
</context>
<context>
    <name>RoutineDonePage</name>
    <message>
        <source>Routine complete</source>
        <translation>Zestaw ukończony</translation>
    </message>
    <message>
        <source>Nicely done</source>
        <translation>Dobra robota</translation>
    </message>
    <message>
        <source>Take a slow breath out and notice how your neck, shoulders and jaw feel now.</source>
        <translation>Zrób powolny wydech i zauważ, jak teraz czują się szyja, barki i szczęka.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
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
        <translation>Postęp zestawu</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Sekundy pozostałe w tym kroku</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Poprzedni krok</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Wstrzy&amp;maj</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>P&amp;ostpone</source>
        <translation>&amp;Odłóż</translation>
    </message>
    <message>
        <source>Postpone this routine</source>
        <translation>Odłóż ten zestaw na później</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Finish the routine now</source>
        <translation>Zakończ zestaw teraz</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Poprzedni krok (strzałka w lewo)</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Następny krok (strzałka w prawo)</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space when focused)</source>
        <translation>Wstrzymaj lub wznów odliczanie (spacja, gdy zaznaczone)</translation>
    </message>
    <message>
        <source>Stop here; what you did is still recorded (Esc)</source>
        <translation>Zakończ tutaj; to, co zrobione, i tak zostanie zapisane (Esc)</translation>
    </message>
    <message>
        <source>Do this routine a little later</source>
        <translation>Zrób ten zestaw trochę później</translation>
    </message>
    <message>
        <source>Move gently, and stop any movement that increases pain.</source>
        <translation>Poruszaj się łagodnie i przerwij każdy ruch, który nasila ból.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Kiedy zwrócić się do specjalisty</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymano</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Wz&amp;nów</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message numerus="yes">
        <source>You finished “%1”: %n steps in %2.</source>
        <translation>
            <numerusform>Ukończono „%1”: %n krok w %2.</numerusform>
            <numerusform>Ukończono „%1”: %n kroki w %2.</numerusform>
            <numerusform>Ukończono „%1”: %n kroków w %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWording</name>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Puść</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Przytrzymaj</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Ostatni krok</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, lewa strona</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, prawa strona</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Następnie: %1</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>jeszcze %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>jeszcze około %1 min</translation>
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
        <translation>Kiedy zwrócić się do specjalisty — Unclench</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Kiedy zwrócić się do specjalisty</translation>
    </message>
    <message>
        <source>Unclench reminds you to move, breathe and let go of tension. It does not diagnose anything, and it does not replace a doctor or a physiotherapist.</source>
        <translation>Unclench przypomina ci, żeby się ruszać, oddychać i puszczać napięcie. Nie stawia żadnych diagnoz i nie zastępuje lekarza ani fizjoterapeuty.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Szukaj pomocy od razu</translation>
    </message>
    <message>
        <source>If back pain comes with losing control of your bladder or bowels, treat it as an emergency: call your local emergency number or go to an emergency department straight away.</source>
        <translation>Jeśli bólowi pleców towarzyszy utrata kontroli nad pęcherzem lub jelitami, potraktuj to jako nagły przypadek: zadzwoń pod numer alarmowy (w Europie 112) albo od razu jedź na szpitalny oddział ratunkowy.</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon if</source>
        <translation>Wkrótce skontaktuj się z lekarzem lub fizjoterapeutą, jeśli</translation>
    </message>
    <message>
        <source>the pain does not ease with rest and self-care, or it is getting worse;</source>
        <translation>ból nie słabnie mimo odpoczynku i samodzielnej opieki albo się nasila;</translation>
    </message>
    <message>
        <source>pain spreads down one leg or both;</source>
        <translation>ból promieniuje do jednej nogi lub obu;</translation>
    </message>
    <message>
        <source>you feel numbness or tingling in your legs or feet;</source>
        <translation>czujesz drętwienie lub mrowienie w nogach lub stopach;</translation>
    </message>
    <message>
        <source>your legs or feet feel weak;</source>
        <translation>nogi lub stopy wydają się słabe;</translation>
    </message>
    <message>
        <source>the pain began after a fall, an accident or another injury;</source>
        <translation>ból zaczął się po upadku, wypadku lub innym urazie;</translation>
    </message>
    <message>
        <source>the pain is severe or keeps coming back;</source>
        <translation>ból jest silny albo ciągle wraca;</translation>
    </message>
    <message>
        <source>worry or anxiety is getting in the way of your daily life.</source>
        <translation>zmartwienia lub lęk utrudniają ci codzienne życie.</translation>
    </message>
    <message>
        <source>During any routine, move gently and stop a movement that increases pain. When you are unsure, ask a professional before carrying on.</source>
        <translation>Podczas każdego zestawu ruszaj się łagodnie i przerwij ruch, który nasila ból. W razie wątpliwości zapytaj specjalistę, zanim będziesz kontynuować.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Wzór oddychania</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Własny…</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Długość sesji</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>A number of breaths</source>
        <translation>Liczba oddechów</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> oddechów</translation>
    </message>
    <message>
        <source>Number of breaths</source>
        <translation>Liczba oddechów</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opcje</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Pokaż opcje</translation>
    </message>
    <message>
        <source>Hide options</source>
        <translation>Ukryj opcje</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Bieżąca faza</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Postęp sesji</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop (Escape)</source>
        <translation>Zatrzymaj (Esc)</translation>
    </message>
    <message>
        <source>Seconds per phase: {0}</source>
        <translation>Sekundy na fazę: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Wznów (spacja)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Wstrzymaj (spacja)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Przytrzymaj</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Wydech</translation>
    </message>
    <message>
        <source>In a little more</source>
        <translation>Dobierz powietrza</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Wdech</translation>
    </message>
    <message>
        <source>Paused – press Space to go on</source>
        <translation>Wstrzymano – naciśnij spację, żeby kontynuować</translation>
    </message>
    <message>
        <source>{0}:{1:02d} left</source>
        <translation>jeszcze {0}:{1:02d}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Unclench settings</source>
        <translation>Ustawienia Unclench</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Quiet times</source>
        <translation>Pory ciszy</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Przerwy</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Settings shown greyed are set by your administrator.</source>
        <translation>Wyszarzone ustawienia zostały określone przez administratora.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Przypominaj mi</translation>
    </message>
    <message>
        <source>Every</source>
        <extracomment>Form label before the interval field: &quot;Every [20 min]&quot;.</extracomment>
        <translation>Co</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <extracomment>Form label before the minutes that &quot;Snooze&quot; on a reminder waits: &quot;Snooze for [5 min]&quot;.</extracomment>
        <translation>Odłóż na</translation>
    </message>
    <message>
        <source>Daily water goal</source>
        <translation>Dzienny cel picia wody</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hide an unanswered reminder after</source>
        <translation>Ukryj przypomnienie bez odpowiedzi po</translation>
    </message>
    <message>
        <source>Away this long counts as a break</source>
        <translation>Tak długa nieobecność liczy się jako przerwa</translation>
    </message>
    <message>
        <source>During calls and fullscreen, wait at most</source>
        <translation>Podczas rozmów i pełnego ekranu czekaj najwyżej</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>&amp;Godziny pracy</translation>
    </message>
    <message>
        <source>Outside these hours no reminder comes.</source>
        <translation>Poza tymi godzinami nie ma przypomnień.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Niedziela</translation>
    </message>
    <message>
        <source>Unclench&apos;s own card</source>
        <translation>Własna karta Unclench</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Powiadomienie pulpitu</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Oba</translation>
    </message>
    <message>
        <source>Show reminders as</source>
        <translation>Pokazuj przypomnienia jako</translation>
    </message>
    <message>
        <source>Play a soft sound when a reminder appears</source>
        <translation>Odtwarzaj cichy dźwięk, gdy pojawia się przypomnienie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Czasami</translation>
    </message>
    <message>
        <source>After every one</source>
        <translation>Po każdej</translation>
    </message>
    <message>
        <source>After a break, ask how tense I feel</source>
        <translation>Po przerwie pytaj o moje napięcie</translation>
    </message>
    <message>
        <source>&amp;Start Unclench when I log in</source>
        <translation>&amp;Uruchamiaj Unclench po zalogowaniu</translation>
    </message>
    <message>
        <source>What Unclench can see on this desktop</source>
        <translation>Co Unclench może wykryć na tym pulpicie</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Kiedy zwrócić się do &amp;specjalisty</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>niedostępne w tej sesji</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>niedostępne w tym systemie</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Określone przez administratora</translation>
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
        <translation>Ustawienia już działają, ale nie udało się ich zapisać: {0}</translation>
    </message>
</context>
<context>
    <name>SittingView</name>
    <message>
        <source>worked {0}</source>
        <translation>praca {0}</translation>
    </message>
    <message>
        <source>{0} of {1} movement breaks</source>
        <translation>przerwy na ruch: {0} z {1}</translation>
    </message>
    <message>
        <source>longest sitting {0}</source>
        <translation>najdłuższe siedzenie {0}</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} godz. {1} min</translation>
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
        <translation>niedostępne w tym Windows</translation>
    </message>
    <message>
        <source>not detected on macOS (no public interface for Focus or fullscreen apps)</source>
        <translation>niewykrywane w macOS (brak publicznego interfejsu dla trybu skupienia i aplikacji pełnoekranowych)</translation>
    </message>
    <message>
        <source>not available on this session</source>
        <translation>niedostępne w tej sesji</translation>
    </message>
    <message>
        <source>GNOME notification banners setting</source>
        <translation>ustawienie banerów powiadomień GNOME</translation>
    </message>
    <message>
        <source>KDE notifications do-not-disturb</source>
        <translation>tryb „Nie przeszkadzać” powiadomień KDE</translation>
    </message>
    <message>
        <source>Windows notification state (fullscreen, presentation, quiet time)</source>
        <translation>stan powiadomień Windows (pełny ekran, prezentacja, czas ciszy)</translation>
    </message>
    <message>
        <source>X11 fullscreen window</source>
        <translation>okno pełnoekranowe X11</translation>
    </message>
    <message>
        <source>not available on this Wayland session</source>
        <translation>niedostępne w tej sesji Wayland</translation>
    </message>
    <message>
        <source>GNOME Mutter idle monitor</source>
        <translation>monitor bezczynności GNOME Mutter</translation>
    </message>
    <message>
        <source>freedesktop screensaver service (KDE)</source>
        <translation>usługa wygaszacza ekranu freedesktop (KDE)</translation>
    </message>
    <message>
        <source>macOS input event source</source>
        <translation>źródło zdarzeń wejścia macOS</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1)</source>
        <translation>powiadomienie o bezczynności Wayland (ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>Wayland idle notification (ext-idle-notify-v1, input idle)</source>
        <translation>powiadomienie o bezczynności Wayland (ext-idle-notify-v1, bezczynność wejścia)</translation>
    </message>
    <message>
        <source>Windows last-input time</source>
        <translation>czas ostatniego wejścia w Windows</translation>
    </message>
    <message>
        <source>X11 screensaver extension</source>
        <translation>rozszerzenie wygaszacza ekranu X11</translation>
    </message>
    <message>
        <source>logind sleep signals</source>
        <translation>sygnały uśpienia logind</translation>
    </message>
    <message>
        <source>screensaver lock signals</source>
        <translation>sygnały blokady wygaszacza ekranu</translation>
    </message>
    <message>
        <source>macOS workspace notifications</source>
        <translation>powiadomienia obszaru roboczego macOS</translation>
    </message>
    <message>
        <source>Windows power and session messages</source>
        <translation>komunikaty zasilania i sesji Windows</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>These are your own numbers side by side. They show what tended to go together on your days, not what caused what: a calmer day may also leave more room for breaks.</source>
        <translation>To twoje własne liczby obok siebie. Pokazują, co w twoich dniach często szło w parze, a nie co było przyczyną czego: spokojniejszy dzień może też zostawiać więcej miejsca na przerwy.</translation>
    </message>
    <message numerus="yes">
        <source>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln ratings from {5} to {6}.</source>
        <translation>
            <numerusform>Dni z co najmniej {1} przerwami ({0}): średnie napięcie {2}. Dni z mniejszą liczbą przerw ({3}): {4}. Podstawa: %Ln ocena z okresu od {5} do {6}.</numerusform>
            <numerusform>Dni z co najmniej {1} przerwami ({0}): średnie napięcie {2}. Dni z mniejszą liczbą przerw ({3}): {4}. Podstawa: %Ln oceny z okresu od {5} do {6}.</numerusform>
            <numerusform>Dni z co najmniej {1} przerwami ({0}): średnie napięcie {2}. Dni z mniejszą liczbą przerw ({3}): {4}. Podstawa: %Ln ocen z okresu od {5} do {6}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data yet. Rate your tension on a few days (from the tray, or when asked after a break) and this will compare days with more breaks to days with fewer.</source>
        <translation>Za mało danych. Oceń swoje napięcie przez kilka dni (z zasobnika systemowego albo gdy Unclench zapyta po przerwie), a wtedy ten widok porówna dni z większą liczbą przerw z dniami z mniejszą.</translation>
    </message>
    <message>
        <source>Not enough data yet. This compares days with {0} or more breaks to days with fewer once each side has {1} with a tension rating. So far: {2} and {3}.</source>
        <translation>Za mało danych. Porównanie dni z co najmniej {0} przerwami z dniami z mniejszą liczbą zacznie się, gdy każda strona będzie miała {1} z oceną napięcia. Na razie: {2} i {3}.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>bez zmian</translation>
    </message>
    <message numerus="yes">
        <source>Across the %Ln breathing sessions you rated before and after, your stress rating was {0} before and {1} after on average ({2}).</source>
        <translation>
            <numerusform>W %Ln sesji oddechowej ocenionej przed i po twój stres wynosił średnio {0} przed i {1} po ({2}).</numerusform>
            <numerusform>W %Ln sesjach oddechowych ocenionych przed i po twój stres wynosił średnio {0} przed i {1} po ({2}).</numerusform>
            <numerusform>W %Ln sesjach oddechowych ocenionych przed i po twój stres wynosił średnio {0} przed i {1} po ({2}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. The breathing window can ask for a rating before and after a session.</source>
        <translation>
            <numerusform>Za mało danych: {0} z %Ln potrzebnej sesji oddechowej z oceną przed i po. Okno oddychania może poprosić o ocenę przed sesją i po niej.</numerusform>
            <numerusform>Za mało danych: {0} z %Ln potrzebnych sesji oddechowych z oceną przed i po. Okno oddychania może poprosić o ocenę przed sesją i po niej.</numerusform>
            <numerusform>Za mało danych: {0} z %Ln potrzebnych sesji oddechowych z oceną przed i po. Okno oddychania może poprosić o ocenę przed sesją i po niej.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no events yet; {0} was saved empty.</source>
        <translation>Nie ma jeszcze żadnych wpisów; zapisano pusty plik {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln events to {0}.</source>
        <translation>
            <numerusform>Zapisano %Ln wpis do pliku {0}.</numerusform>
            <numerusform>Zapisano %Ln wpisy do pliku {0}.</numerusform>
            <numerusform>Zapisano %Ln wpisów do pliku {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events were left out because their values are not possible (for example: {0}).</source>
        <translation>
            <numerusform>Pominięto %Ln wpis, bo jego wartości są niemożliwe (na przykład: {0}).</numerusform>
            <numerusform>Pominięto %Ln wpisy, bo ich wartości są niemożliwe (na przykład: {0}).</numerusform>
            <numerusform>Pominięto %Ln wpisów, bo ich wartości są niemożliwe (na przykład: {0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>Importowanie zostało przerwane.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {0}: all %Ln events were already in your log.</source>
        <translation>
            <numerusform>Nic nowego w {0}: %Ln wpis był już w twoim dzienniku.</numerusform>
            <numerusform>Nic nowego w {0}: wszystkie wpisy (%Ln) były już w twoim dzienniku.</numerusform>
            <numerusform>Nic nowego w {0}: wszystkie wpisy (%Ln) były już w twoim dzienniku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln events from {0}.</source>
        <translation>
            <numerusform>Przywrócono %Ln wpis z {0}.</numerusform>
            <numerusform>Przywrócono %Ln wpisy z {0}.</numerusform>
            <numerusform>Przywrócono %Ln wpisów z {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your log and were skipped.</source>
        <translation>
            <numerusform>%Ln był już w twoim dzienniku i został pominięty.</numerusform>
            <numerusform>%Ln były już w twoim dzienniku i zostały pominięte.</numerusform>
            <numerusform>%Ln było już w twoim dzienniku i zostało pominiętych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln events. Your statistics start again from now.</source>
        <translation>
            <numerusform>Usunięto %Ln wpis. Statystyki zaczynają się od nowa od teraz.</numerusform>
            <numerusform>Usunięto %Ln wpisy. Statystyki zaczynają się od nowa od teraz.</numerusform>
            <numerusform>Usunięto %Ln wpisów. Statystyki zaczynają się od nowa od teraz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged yet. Your numbers appear here as you answer reminders.</source>
        <translation>Jeszcze nic nie zapisano. Twoje liczby pojawią się tutaj, gdy zaczniesz odpowiadać na przypomnienia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events logged since {0}, all kept on this computer.</source>
        <translation>
            <numerusform>%Ln wpis od {0}, przechowywany tylko na tym komputerze.</numerusform>
            <numerusform>%Ln wpisy od {0}, wszystkie przechowywane tylko na tym komputerze.</numerusform>
            <numerusform>%Ln wpisów od {0}, wszystkie przechowywane tylko na tym komputerze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your log is empty. Delete it anyway?</source>
        <translation>Twój dziennik jest pusty. Usunąć go mimo to?</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want them back.</source>
        <translation>
            <numerusform>Usunąć %Ln wpis, który Unclench zapisał od {0}? Statystyki zaczną się wtedy od zera. Tego nie da się cofnąć: najpierw wyeksportuj kopię zapasową, jeśli te dane mogą ci się jeszcze przydać.</numerusform>
            <numerusform>Usunąć wszystkie wpisy (%Ln), które Unclench zapisał od {0}? Statystyki zaczną się wtedy od zera. Tego nie da się cofnąć: najpierw wyeksportuj kopię zapasową, jeśli te dane mogą ci się jeszcze przydać.</numerusform>
            <numerusform>Usunąć wszystkie wpisy (%Ln), które Unclench zapisał od {0}? Statystyki zaczną się wtedy od zera. Tego nie da się cofnąć: najpierw wyeksportuj kopię zapasową, jeśli te dane mogą ci się jeszcze przydać.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Last {0}</source>
        <translation>Ostatnie {0}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>Tension and breaks</source>
        <translation>Napięcie i przerwy</translation>
    </message>
    <message>
        <source>Breathing before and after</source>
        <translation>Oddychanie przed i po</translation>
    </message>
    <message>
        <source>Water goal ({0})</source>
        <translation>Cel picia wody ({0})</translation>
    </message>
    <message>
        <source>Break goal ({0} a day)</source>
        <translation>Cel przerw ({0} dziennie)</translation>
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
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>poniżej minuty</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuta</numerusform>
            <numerusform>%Ln minuty</numerusform>
            <numerusform>%Ln minut</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/10</source>
        <translation>{0}/10</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>wczoraj</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>szyja</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>barki</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>górna część pleców</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>dolna część pleców</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>szczęka</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln przegapiona</numerusform>
            <numerusform>%Ln przegapione</numerusform>
            <numerusform>%Ln przegapionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln pominięta</numerusform>
            <numerusform>%Ln pominięte</numerusform>
            <numerusform>%Ln pominiętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln natural</source>
        <extracomment>Breaks that happened on their own: the user was away from the computer long enough.</extracomment>
        <translation>
            <numerusform>%Ln z dala od komputera</numerusform>
            <numerusform>%Ln z dala od komputera</numerusform>
            <numerusform>%Ln z dala od komputera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routines</source>
        <translation>
            <numerusform>%Ln zestaw</numerusform>
            <numerusform>%Ln zestawy</numerusform>
            <numerusform>%Ln zestawów</numerusform>
        </translation>
    </message>
    <message>
        <source>held {0}</source>
        <extracomment>Time reminders waited today for calls, calendar events and the like: &quot;held 40 min&quot;.</extracomment>
        <translation>wstrzymane {0}</translation>
    </message>
    <message>
        <source>Posture checks</source>
        <translation>Kontrole postawy</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln wykonana</numerusform>
            <numerusform>%Ln wykonane</numerusform>
            <numerusform>%Ln wykonanych</numerusform>
        </translation>
    </message>
    <message>
        <source>none missed</source>
        <translation>żadnej przegapionej</translation>
    </message>
    <message>
        <source>Posture checks today: {0} done, {1} missed, {2} skipped.</source>
        <translation>Kontrole postawy dziś: wykonane {0}, przegapione {1}, pominięte {2}.</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Woda</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>z {0}</translation>
    </message>
    <message>
        <source>Water today: {0} of your {1} goal.</source>
        <translation>Woda dziś: {0} z twojego celu {1}.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Przerwy</translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken</source>
        <translation>
            <numerusform>%Ln zrobiona</numerusform>
            <numerusform>%Ln zrobione</numerusform>
            <numerusform>%Ln zrobionych</numerusform>
        </translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>żadnej pominiętej</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>Breaks today: {0} stretch breaks done, {1} taken naturally while away, {2} routines, {3} skipped, {4} missed.</source>
        <translation>Przerwy dziś: przerwy na rozciąganie zrobione {0}, same z siebie podczas nieobecności {1}, zestawy {2}, pominięte {3}, przegapione {4}.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Oddychanie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sesja</numerusform>
            <numerusform>%Ln sesje</numerusform>
            <numerusform>%Ln sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing today: {0} in %Ln sessions.</source>
        <translation>
            <numerusform>Oddychanie dziś: {0} w %Ln sesji.</numerusform>
            <numerusform>Oddychanie dziś: {0} w %Ln sesjach.</numerusform>
            <numerusform>Oddychanie dziś: {0} w %Ln sesjach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Napięcie</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>jeszcze bez oceny</translation>
    </message>
    <message>
        <source>Tension: no check-in yet.</source>
        <translation>Napięcie: jeszcze bez oceny.</translation>
    </message>
    <message>
        <source>Latest tension rating: {0}, {1}.</source>
        <translation>Ostatnia ocena napięcia: {0}, {1}.</translation>
    </message>
    <message>
        <source>today&apos;s average {0}</source>
        <translation>dzisiejsza średnia {0}</translation>
    </message>
    <message numerus="yes">
        <source>Average of today&apos;s %Ln ratings: {0}.</source>
        <translation>
            <numerusform>Średnia z %Ln dzisiejszej oceny: {0}.</numerusform>
            <numerusform>Średnia z %Ln dzisiejszych ocen: {0}.</numerusform>
            <numerusform>Średnia z %Ln dzisiejszych ocen: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tension, latest</source>
        <translation>Napięcie, ostatnio</translation>
    </message>
    <message>
        <source>no days yet</source>
        <translation>jeszcze brak dni</translation>
    </message>
    <message>
        <source>{0}: no days yet.</source>
        <translation>{0}: jeszcze brak dni.</translation>
    </message>
    <message>
        <source>in a row · best {0}</source>
        <translation>z rzędu · rekord {0}</translation>
    </message>
    <message>
        <source>{0}: met {1} in a row, best {2}.</source>
        <translation>{0}: osiągnięty {1} z rzędu, rekord {2}.</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>brak przypomnień</translation>
    </message>
    <message>
        <source>{0}: no reminders in the last {1}.</source>
        <translation>{0}: brak przypomnień w okresie: {1}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>wykonane {0} z {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln reminders done in the last {2}, {3}.</source>
        <translation>
            <numerusform>{0}: wykonane {1} z %Ln przypomnienia (okres: {2}), {3}.</numerusform>
            <numerusform>{0}: wykonane {1} z %Ln przypomnień (okres: {2}), {3}.</numerusform>
            <numerusform>{0}: wykonane {1} z %Ln przypomnień (okres: {2}), {3}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <source>Sitting and moving, the last 7 days</source>
        <translation>Siedzenie i ruch, ostatnie 7 dni</translation>
    </message>
    <message>
        <source>The log cannot be written now.</source>
        <translation>Nie można teraz zapisać dziennika.</translation>
    </message>
</context>
<context>
    <name>StatsDataBar</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Eksportuj &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Import backup…</source>
        <translation>&amp;Importuj kopię zapasową…</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation>&amp;Usuń moje dane…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON backup (*.json)</source>
        <translation>Kopia zapasowa JSON (*.json)</translation>
    </message>
    <message>
        <source>Export your Unclench history</source>
        <translation>Eksportuj swoją historię Unclench</translation>
    </message>
    <message>
        <source>Import an Unclench backup</source>
        <translation>Importuj kopię zapasową Unclench</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Usuń moje dane</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Usuń wszystko</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Zachowaj moje dane</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Unclench statistics</source>
        <translation>Statystyki Unclench</translation>
    </message>
    <message>
        <source>A streak counts the days Unclench logged that goal. Days it did not run, such as weekends off, are skipped: they neither add to a streak nor break it. Today counts once its goal is met.</source>
        <translation>Seria liczy dni, w których Unclench zapisał osiągnięcie tego celu. Dni, w których program nie działał, na przykład wolne weekendy, są pomijane: ani nie wydłużają serii, ani jej nie przerywają. Dzisiejszy dzień liczy się, gdy tylko cel zostanie osiągnięty.</translation>
    </message>
    <message>
        <source>&amp;Rate my tension now</source>
        <translation>&amp;Oceń teraz swoje napięcie</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} dni</translation>
    </message>
    <message>
        <source>Show the last {0} days</source>
        <translation>Pokaż ostatnie {0} dni</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <source>skipped or missed</source>
        <translation>pominięte lub przegapione</translation>
    </message>
    <message>
        <source>water</source>
        <translation>woda</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>średnia ocena</translation>
    </message>
    <message>
        <source>Your own comparison</source>
        <translation>Twoje własne porównanie</translation>
    </message>
    <message>
        <source>Show the numbers as ta&amp;bles</source>
        <translation>Pokaż liczby jako &amp;tabele</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Dziennie</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Wszystkie wskaźniki</translation>
    </message>
    <message>
        <source>Today, {0}</source>
        <translation>Dziś, {0}</translation>
    </message>
    <message>
        <source>goal {0}</source>
        <translation>cel {0}</translation>
    </message>
    <message>
        <source>Breaks per day, last {0} days</source>
        <translation>Przerwy dziennie, ostatnie {0} dni</translation>
    </message>
    <message>
        <source>Water per day, last {0} days</source>
        <translation>Woda dziennie, ostatnie {0} dni</translation>
    </message>
    <message>
        <source>Average tension per day (0–10), last {0} days</source>
        <translation>Średnie napięcie dziennie (0–10), ostatnie {0} dni</translation>
    </message>
    <message>
        <source>Streaks, and follow-through in the last {0} days</source>
        <translation>Serie i realizacja w ostatnich {0} dniach</translation>
    </message>
    <message>
        <source>Hide the ta&amp;bles</source>
        <translation>Ukryj &amp;tabele</translation>
    </message>
</context>
<context>
    <name>StressRating</name>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Skip the rating</source>
        <translation>Pomiń ocenę</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Unclench cannot sync while its log is kept in memory only.</source>
        <translation>Unclench nie może synchronizować, dopóki jego dziennik jest przechowywany tylko w pamięci.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Unclench writes only its own files into the folder you pick; your sync program (Syncthing, Nextcloud, Dropbox, ...) carries them to your other computers.</source>
        <translation>Unclench zapisuje w wybranym folderze tylko własne pliki; twój program do synchronizacji (Syncthing, Nextcloud, Dropbox, ...) przenosi je na twoje pozostałe komputery.</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nazwa tego komputera</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nazwa tego komputera</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Folder synchronizacji</translation>
    </message>
    <message>
        <source>&amp;Choose a folder...</source>
        <translation>&amp;Wybierz folder...</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>&amp;Zakończ synchronizację</translation>
    </message>
    <message>
        <source>Computers and when each last wrote:</source>
        <translation>Komputery i kiedy każdy z nich ostatnio zapisywał:</translation>
    </message>
    <message>
        <source>Computers and when each last wrote</source>
        <translation>Komputery i kiedy każdy z nich ostatnio zapisywał</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Brak synchronizacji</translation>
    </message>
    <message>
        <source>&amp;Choose another folder...</source>
        <translation>&amp;Wybierz inny folder...</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>{0} (this computer)</source>
        <translation>{0} (ten komputer)</translation>
    </message>
    <message>
        <source>{0}: last wrote {1}</source>
        <translation>{0}: ostatni zapis {1}</translation>
    </message>
    <message>
        <source>The folder is not there now; Unclench catches up when it is back.</source>
        <translation>Folderu teraz nie ma; Unclench nadrobi wszystko, gdy znów się pojawi.</translation>
    </message>
</context>
<context>
    <name>TensionCheckin</name>
    <message>
        <source>Tension check-in</source>
        <translation>Jakie masz napięcie?</translation>
    </message>
    <message>
        <source>How tense do your neck, shoulders and back feel right now?</source>
        <translation>Jak silne jest teraz napięcie w twojej szyi, barkach i plecach?</translation>
    </message>
    <message>
        <source>Where, if one place stands out? (optional)</source>
        <translation>Gdzie, jeśli jakieś miejsce się wyróżnia? (opcjonalnie)</translation>
    </message>
    <message>
        <source>Mostly in the {0}</source>
        <extracomment>Screen readers only. {0} is a body region (&quot;neck&quot;, &quot;upper back&quot;): word it to fit each.</extracomment>
        <translation>Głównie: {0}</translation>
    </message>
    <message>
        <source>One tap is all it takes.</source>
        <translation>Wystarczy jedno kliknięcie.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nie teraz</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Pomiń pytanie</translation>
    </message>
</context>
<context>
    <name>TimingSources</name>
    <message>
        <source>Away detection</source>
        <translation>Wykrywanie nieobecności</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nie przeszkadzać</translation>
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
        <translation>{0} za {1} s</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Remind me anyway</source>
        <translation>Przypomnij mimo to</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Oddychaj teraz</translation>
    </message>
    <message>
        <source>Take a stretch break now</source>
        <translation>Zrób teraz przerwę na rozciąganie</translation>
    </message>
    <message>
        <source>Not now: postpone the coming break</source>
        <translation>Nie teraz: odłóż najbliższą przerwę</translation>
    </message>
    <message>
        <source>Make up a break</source>
        <translation>Nadrób przerwę</translation>
    </message>
    <message>
        <source>Guided routines</source>
        <translation>Zestawy z prowadzeniem</translation>
    </message>
    <message>
        <source>Water today</source>
        <translation>Woda dziś</translation>
    </message>
    <message>
        <source>Log a glass of water</source>
        <translation>Zapisz szklankę wody</translation>
    </message>
    <message>
        <source>Drank a bottle</source>
        <translation>Wypita butelka</translation>
    </message>
    <message>
        <source>Other amount…</source>
        <translation>Inna ilość…</translation>
    </message>
    <message>
        <source>Undo the last entry</source>
        <translation>Cofnij ostatni wpis</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Na 30 minut</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <source>For 2 hours</source>
        <translation>Na 2 godziny</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Do czasu wznowienia</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Tryb spotkania</translation>
    </message>
    <message>
        <source>Until I end it</source>
        <translation>Do czasu wyłączenia</translation>
    </message>
    <message>
        <source>End meeting mode</source>
        <translation>Zakończ tryb spotkania</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statystyki…</translation>
    </message>
    <message>
        <source>How tense am I right now?</source>
        <translation>Jakie mam teraz napięcie?</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Dlaczego to pomaga</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Kiedy zwrócić się do specjalisty</translation>
    </message>
    <message>
        <source>Import a routine…</source>
        <translation>Importuj zestaw ćwiczeń…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Quit Unclench</source>
        <translation>Zamknij Unclench</translation>
    </message>
    <message>
        <source>Make up a break ({0} owed)</source>
        <translation>Nadrób przerwę (zaległe: {0})</translation>
    </message>
    <message>
        <source>Skips left today: {0}</source>
        <translation>Pozostałe pominięcia na dziś: {0}</translation>
    </message>
    <message>
        <source>{0} is not a call</source>
        <extracomment>The app holding reminders as a call does not make calls (a recorder, a tuner).</extracomment>
        <translation>{0} to nie rozmowa</translation>
    </message>
    <message>
        <source>Water today: {0} of {1} ml</source>
        <translation>Woda dziś: {0} z {1} ml</translation>
    </message>
    <message>
        <source>Log a glass of water ({0} ml)</source>
        <translation>Zapisz szklankę wody ({0} ml)</translation>
    </message>
    <message>
        <source>Drank a bottle ({0} ml)</source>
        <translation>Wypita butelka ({0} ml)</translation>
    </message>
    <message>
        <source>Remove an imported routine</source>
        <translation>Usuń zaimportowany zestaw</translation>
    </message>
</context>
<context>
    <name>WaterAmountDialog</name>
    <message>
        <source>How much did you drink?</source>
        <translation>Ile wypito?</translation>
    </message>
    <message>
        <source>Amount in ml</source>
        <translation>Ilość w ml</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Type an amount between {0} and {1} ml.</source>
        <extracomment>Shown under the water amount when the number typed is outside the allowed range.</extracomment>
        <translation>Wpisz ilość od {0} do {1} ml.</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Zapisz</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why this helps — Unclench</source>
        <translation>Dlaczego to pomaga — Unclench</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Dlaczego to pomaga</translation>
    </message>
    <message>
        <source>What Unclench asks of you, what research says about it, and how sure that is. Where the evidence is thin or says less than common advice, this page says so.</source>
        <translation>O co Unclench cię prosi, co mówią o tym badania i na ile jest to pewne. Tam, gdzie dowody są skąpe lub mówią mniej niż popularne rady, ta strona o tym mówi.</translation>
    </message>
    <message>
        <source>Strong: consistent results from good studies. Moderate: a real effect that is small or less certain. Weak: little, low-quality or indirect evidence. Mixed: good studies disagree.</source>
        <translation>Mocne: spójne wyniki dobrych badań. Umiarkowane: realny efekt, ale mały lub mniej pewny. Słabe: mało dowodów, niskiej jakości lub pośrednie. Niejednoznaczne: dobre badania sobie przeczą.</translation>
    </message>
    <message>
        <source>Unclench does not diagnose or treat anything. If pain is severe, keeps getting worse, spreads down a leg or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Unclench niczego nie diagnozuje ani nie leczy. Jeśli ból jest silny, ciągle się nasila, promieniuje do nogi albo towarzyszy mu drętwienie lub osłabienie, zgłoś się do lekarza lub fizjoterapeuty.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>When to see a &amp;professional</source>
        <translation>Kiedy zwrócić się do &amp;specjalisty</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Kiedy zwrócić się do specjalisty</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Evidence: strong</source>
        <translation>Dowody: mocne</translation>
    </message>
    <message>
        <source>Evidence: moderate</source>
        <translation>Dowody: umiarkowane</translation>
    </message>
    <message>
        <source>Evidence: weak</source>
        <translation>Dowody: słabe</translation>
    </message>
    <message>
        <source>Evidence: mixed</source>
        <translation>Dowody: niejednoznaczne</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>The notes on why this helps could not be read: {0}</source>
        <translation>Nie udało się odczytać wyjaśnień, dlaczego to pomaga: {0}</translation>
    </message>
    <message>
        <source>No system tray was found, so Unclench shows this small window instead. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Nie znaleziono zasobnika systemowego, więc Unclench pokazuje zamiast niego to małe okno. W GNOME zasobnik dodaje rozszerzenie AppIndicator.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {0}</source>
        <translation>Nie udało się zmienić uruchamiania po zalogowaniu: {0}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>meeting mode</source>
        <translation>tryb spotkania</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>rozmowa</translation>
    </message>
    <message>
        <source>an event in your calendar</source>
        <translation>wydarzenie w twoim kalendarzu</translation>
    </message>
    <message>
        <source>an app rule</source>
        <translation>reguła aplikacji</translation>
    </message>
    <message>
        <source>a fullscreen window</source>
        <translation>okno na pełnym ekranie</translation>
    </message>
    <message>
        <source>a presentation</source>
        <translation>prezentacja</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>nie przeszkadzać</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>ekran jest zablokowany</translation>
    </message>
    <message>
        <source>you are typing</source>
        <translation>trwa pisanie</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>mikrofon</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <extracomment>What holds a call: &quot;microphone in Firefox&quot;.</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>a call ({0}) ended, next try at {1}</source>
        <extracomment>A call just ended; the reminder comes after a short grace.</extracomment>
        <translation>rozmowa ({0}) zakończona, następna próba o {1}</translation>
    </message>
    <message>
        <source>a call ({0}) since {1}, next try when it ends</source>
        <extracomment>&quot;a call (microphone in Firefox) since 10:02, next try when it ends&quot;.</extracomment>
        <translation>rozmowa ({0}) od {1}, następna próba po jej zakończeniu</translation>
    </message>
    <message>
        <source>{0} in your calendar until {1}</source>
        <extracomment>&quot;Weekly sync in your calendar until 11:00&quot;.</extracomment>
        <translation>{0} w twoim kalendarzu do {1}</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>wydarzenie</translation>
    </message>
    <message>
        <source>{0} is open</source>
        <extracomment>An app rule holds reminders: &quot;zoom is open&quot;.</extracomment>
        <translation>aplikacja {0} jest otwarta</translation>
    </message>
    <message>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>za {0} min</translation>
    </message>
    <message>
        <source>in {0} h {1} min</source>
        <translation>za {0} godz. {1} min</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>za {0} godz.</translation>
    </message>
    <message>
        <source>{0} is waiting for you</source>
        <translation>{0} czeka na ciebie</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Wstrzymano do czasu wznowienia</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Wstrzymano do {0}</translation>
    </message>
    <message>
        <source>Meeting mode: reminders wait until you end it</source>
        <translation>Tryb spotkania: przypomnienia czekają, aż go wyłączysz</translation>
    </message>
    <message>
        <source>Meeting mode until {0}: reminders wait</source>
        <translation>Tryb spotkania do {0}: przypomnienia czekają</translation>
    </message>
    <message>
        <source>{0} held: {1}</source>
        <translation>{0} czeka: {1}</translation>
    </message>
    <message>
        <source>{0}, until {1}</source>
        <extracomment>A held reminder comes anyway, quietly, at this time: &quot;... held: a fullscreen window, until 14:50&quot;.</extracomment>
        <translation>{0}, do {1}</translation>
    </message>
    <message>
        <source>Outside working hours; reminders resume {0}</source>
        <translation>Poza godzinami pracy; przypomnienia wrócą {0}</translation>
    </message>
    <message>
        <source>All reminders are switched off</source>
        <translation>Wszystkie przypomnienia są wyłączone</translation>
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
        <translation>Źródła</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose the folder your sync program carries</source>
        <translation>Wybierz folder, który synchronizuje twój program do synchronizacji</translation>
    </message>
</context>
</TS>

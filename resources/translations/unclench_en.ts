<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BreakCoordinator</name>
    <message numerus="yes">
        <source>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</source>
        <translation>
            <numerusform>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</numerusform>
            <numerusform>A calm moment to make up a missed break (%n owed): Make up a break, in the menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingExtras</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and one more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message numerus="yes">
        <source>You finished “%1”: %n steps in %2.</source>
        <translation>
            <numerusform>You finished “%1”: %n step in %2.</numerusform>
            <numerusform>You finished “%1”: %n steps in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln missed</numerusform>
            <numerusform>%Ln missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln natural</source>
        <extracomment>Breaks that happened on their own: the user was away from the computer long enough.</extracomment>
        <translation>
            <numerusform>%Ln natural</numerusform>
            <numerusform>%Ln natural</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routines</source>
        <translation>
            <numerusform>%Ln routine</numerusform>
            <numerusform>%Ln routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln done</numerusform>
            <numerusform>%Ln done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln taken</source>
        <translation>
            <numerusform>%Ln taken</numerusform>
            <numerusform>%Ln taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breathing today: {0} in %Ln sessions.</source>
        <translation>
            <numerusform>Breathing today: {0} in %Ln session.</numerusform>
            <numerusform>Breathing today: {0} in %Ln sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average of today&apos;s %Ln ratings: {0}.</source>
        <translation>
            <numerusform>Average of today&apos;s %Ln rating: {0}.</numerusform>
            <numerusform>Average of today&apos;s %Ln ratings: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln reminders done in the last {2}, {3}.</source>
        <translation>
            <numerusform>{0}: {1} of %Ln reminder done in the last {2}, {3}.</numerusform>
            <numerusform>{0}: {1} of %Ln reminders done in the last {2}, {3}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln ratings from {5} to {6}.</source>
        <translation>
            <numerusform>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln rating from {5} to {6}.</numerusform>
            <numerusform>On the {0} with {1} or more breaks, your average tension rating was {2}. On the {3} with fewer breaks, it was {4}. This rests on %Ln ratings from {5} to {6}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across the %Ln breathing sessions you rated before and after, your stress rating was {0} before and {1} after on average ({2}).</source>
        <translation>
            <numerusform>In the %Ln breathing session you rated before and after, your stress rating was {0} before and {1} after ({2}).</numerusform>
            <numerusform>Across the %Ln breathing sessions you rated before and after, your stress rating was {0} before and {1} after on average ({2}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. The breathing window can ask for a rating before and after a session.</source>
        <translation>
            <numerusform>Not enough data yet: {0} of the %Ln breathing session rated before and after that this needs. The breathing window can ask for a rating before and after a session.</numerusform>
            <numerusform>Not enough data yet: {0} of the %Ln breathing sessions rated before and after that this needs. The breathing window can ask for a rating before and after a session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln events to {0}.</source>
        <translation>
            <numerusform>Saved %Ln event to {0}.</numerusform>
            <numerusform>Saved %Ln events to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events were left out because their values are not possible (for example: {0}).</source>
        <translation>
            <numerusform>%Ln events were left out because their values are not possible (for example: {0}).</numerusform>
            <numerusform>%Ln events were left out because their values are not possible (for example: {0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in {0}: all %Ln events were already in your log.</source>
        <translation>
            <numerusform>Nothing new in {0}: its %Ln event was already in your log.</numerusform>
            <numerusform>Nothing new in {0}: all %Ln events were already in your log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln events from {0}.</source>
        <translation>
            <numerusform>Restored %Ln event from {0}.</numerusform>
            <numerusform>Restored %Ln events from {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in your log and were skipped.</source>
        <translation>
            <numerusform>%Ln was already in your log and was skipped.</numerusform>
            <numerusform>%Ln were already in your log and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln events. Your statistics start again from now.</source>
        <translation>
            <numerusform>Deleted %Ln event. Your statistics start again from now.</numerusform>
            <numerusform>Deleted %Ln events. Your statistics start again from now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events logged since {0}, all kept on this computer.</source>
        <translation>
            <numerusform>%Ln event logged since {0}, kept on this computer.</numerusform>
            <numerusform>%Ln events logged since {0}, all kept on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want them back.</source>
        <translation>
            <numerusform>Delete the %Ln event Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want it back.</numerusform>
            <numerusform>Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. This cannot be undone: export a backup first if you may want them back.</numerusform>
        </translation>
    </message>
</context>
</TS>

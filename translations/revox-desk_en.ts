<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BannerController</name>
    <message numerus="yes">
        <source>Some values in the server&apos;s answers could not be read (%n kind(s) of problem). They are shown as empty until they are read again; everything else is shown.</source>
        <translation>
            <numerusform>Some values in the server&apos;s answers could not be read (one kind of problem). They are shown as empty until they are read again; everything else is shown.</numerusform>
            <numerusform>Some values in the server&apos;s answers could not be read (%n kinds of problem). They are shown as empty until they are read again; everything else is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTimingFindings</name>
    <message numerus="yes">
        <source>None of the %Ln attempt(s) has a start time yet.</source>
        <translation>
            <numerusform>The %Ln attempt has no start time yet.</numerusform>
            <numerusform>None of the %Ln attempts have a start time yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures are still few: no hour has %1 attempts or more (%Ln attempt(s) in all).</source>
        <translation>
            <numerusform>The figures are still few: no hour has %1 attempts or more (%Ln attempt in all).</numerusform>
            <numerusform>The figures are still few: no hour has %1 attempts or more (%Ln attempts in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best hour: %1, %2 answered, %3 a person (%Ln attempt(s)).</source>
        <translation>
            <numerusform>Best hour: %1, %2 answered, %3 a person (%Ln attempt).</numerusform>
            <numerusform>Best hour: %1, %2 answered, %3 a person (%Ln attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s) without a start time are left out.</source>
        <translation>
            <numerusform>%Ln attempt without a start time is left out.</numerusform>
            <numerusform>%Ln attempts without a start time are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The figures are still few: no day has %1 attempts or more (%Ln attempt(s) in all).</source>
        <translation>
            <numerusform>The figures are still few: no day has %1 attempts or more (%Ln attempt in all).</numerusform>
            <numerusform>The figures are still few: no day has %1 attempts or more (%Ln attempts in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best day: %1, %2 answered, %3 a person (%Ln attempt(s)).</source>
        <translation>
            <numerusform>Best day: %1, %2 answered, %3 a person (%Ln attempt).</numerusform>
            <numerusform>Best day: %1, %2 answered, %3 a person (%Ln attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one reached yet; %Ln row(s) called.</source>
        <translation>
            <numerusform>No one reached yet; %Ln row called.</numerusform>
            <numerusform>No one reached yet; %Ln rows called.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) called without reaching a person yet.</source>
        <translation>
            <numerusform>%Ln row called without reaching a person yet.</numerusform>
            <numerusform>%Ln rows called without reaching a person yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln answered call(s), half last under %1.</source>
        <translation>
            <numerusform>Of %Ln answered call, half last under %1.</numerusform>
            <numerusform>Of %Ln answered calls, half last under %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln answered call(s), half last 5 min or more.</source>
        <translation>
            <numerusform>Of %Ln answered call, half last 5 min or more.</numerusform>
            <numerusform>Of %Ln answered calls, half last 5 min or more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, spoken duration</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, spoken duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, spoken duration</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HumanText</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n retries, %1</source>
        <translation>
            <numerusform>Up to %n retry, %1</numerusform>
            <numerusform>Up to %n retries, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused, %Ln row(s) left</source>
        <translation>
            <numerusform>Paused, %Ln row left</numerusform>
            <numerusform>Paused, %Ln rows left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::AllCampaignsPage</name>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) not opened on this computer yet: the answer, human and success rates, the median call and the last call show once each one has been opened.</source>
        <translation>
            <numerusform>%n campaign not opened on this computer yet: the answer, human and success rates, the median call and the last call show once it has been opened.</numerusform>
            <numerusform>%n campaigns not opened on this computer yet: the answer, human and success rates, the median call and the last call show once each one has been opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n campaign(s) to %1.</source>
        <translation>
            <numerusform>Exported %n campaign to %1.</numerusform>
            <numerusform>Exported %n campaigns to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::CallDetailPane</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::CallTimingView</name>
    <message numerus="yes">
        <source>%1: %2 answered, %3 a person (%Ln attempt(s))</source>
        <translation>
            <numerusform>%1: %2 answered, %3 a person (%Ln attempt)</numerusform>
            <numerusform>%1: %2 answered, %3 a person (%Ln attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln row</numerusform>
            <numerusform>%1: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln answered call(s)</source>
        <translation>
            <numerusform>%1: %Ln answered call</numerusform>
            <numerusform>%1: %Ln answered calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::CampaignDelegate</name>
    <message numerus="yes">
        <source>%1 · %Ln row(s)</source>
        <translation>
            <numerusform>%1 · %Ln row</numerusform>
            <numerusform>%1 · %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::CampaignEventDetector</name>
    <message numerus="yes">
        <source>%n refreshes in a row failed: %1</source>
        <translation>
            <numerusform>%n refresh failed: %1</numerusform>
            <numerusform>%n refreshes in a row failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::CampaignListModel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::CampaignWatcher</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::CampaignsOverviewModel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::DataProblemsDialog</name>
    <message numerus="yes">
        <source>%1 (%n times, first at %2)</source>
        <translation>
            <numerusform>%1 (once, first at %2)</numerusform>
            <numerusform>%1 (%n times, first at %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::FilterBar</name>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln row(s)</source>
        <translation>
            <numerusform>%1, %Ln row</numerusform>
            <numerusform>%1, %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::FunnelView</name>
    <message numerus="yes">
        <source>Of %Ln row(s), %1 were called, %2 answered, %3 reached a person, %4 said %5 (%6 of people reached).</source>
        <translation>
            <numerusform>Of %Ln row, %1 were called, %2 answered, %3 reached a person, %4 said %5 (%6 of people reached).</numerusform>
            <numerusform>Of %Ln rows, %1 were called, %2 answered, %3 reached a person, %4 said %5 (%6 of people reached).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln row(s), %1 were called, %2 answered, %3 reached a person, %4 said %5.</source>
        <translation>
            <numerusform>Of %Ln row, %1 were called, %2 answered, %3 reached a person, %4 said %5.</numerusform>
            <numerusform>Of %Ln rows, %1 were called, %2 answered, %3 reached a person, %4 said %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln row(s), %1 were called, %2 answered, %3 reached a person.</source>
        <translation>
            <numerusform>Of %Ln row, %1 were called, %2 answered, %3 reached a person.</numerusform>
            <numerusform>Of %Ln rows, %1 were called, %2 answered, %3 reached a person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::OutcomesView</name>
    <message numerus="yes">
        <source>%1: %2, %Ln row(s)</source>
        <translation>
            <numerusform>%1: %2, %Ln row</numerusform>
            <numerusform>%1: %2, %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with other values</source>
        <translation>
            <numerusform>%Ln row with another value</numerusform>
            <numerusform>%Ln rows with other values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s): %1.</source>
        <translation>
            <numerusform>%Ln field: %1.</numerusform>
            <numerusform>%Ln fields: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::OverviewHeader</name>
    <message numerus="yes">
        <source>%1 done · %Ln row(s)</source>
        <translation>
            <numerusform>%1 done · %Ln row</numerusform>
            <numerusform>%1 done · %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::ProgressHistoryChart</name>
    <message numerus="yes">
        <source>%n sample(s) since %1; now %2 completed, %3 failed, %4 in progress.</source>
        <translation>
            <numerusform>%n sample since %1; now %2 completed, %3 failed, %4 in progress.</numerusform>
            <numerusform>%n samples since %1; now %2 completed, %3 failed, %4 in progress.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::ResultBreakdownChart</name>
    <message numerus="yes">
        <source>Of %Ln row(s): %1.</source>
        <translation>
            <numerusform>Of %Ln row: %1.</numerusform>
            <numerusform>Of %Ln rows: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revox::TranscriptView</name>
    <message numerus="yes">
        <source>… (%n more entries not shown; Copy transcript gives them all)</source>
        <translation>
            <numerusform>… (%n more entry not shown; Copy transcript gives them all)</numerusform>
            <numerusform>… (%n more entries not shown; Copy transcript gives them all)</numerusform>
        </translation>
    </message>
</context>
</TS>

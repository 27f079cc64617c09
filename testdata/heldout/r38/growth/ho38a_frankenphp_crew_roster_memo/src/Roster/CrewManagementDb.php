<?php

namespace Crew\Roster;

/**
 * Stand-in for the CMS database gateway; every call is a round trip.
 */
final class CrewManagementDb
{
    public int $queries = 0;

    /** @return list<array<string, string>> */
    public function dutyRows(string $staffNo, string $from, string $to): array
    {
        $this->queries++;
        $rows = [];
        $start = strtotime($from . 'T00:00:00Z');
        $days = min(7, 1 + intdiv(strtotime($to . 'T00:00:00Z') - $start, 86400));
        for ($d = 0; $d < $days; $d++) {
            $seed = crc32($staffNo) + $d;
            $rows[] = [
                'date' => gmdate('Y-m-d', $start + $d * 86400),
                'code' => ['FLT', 'FLT', 'SBY', 'OFF', 'FLT', 'SIM', 'OFF'][$seed % 7],
                'pairing' => sprintf('P%05d', $seed % 90000),
                'report' => sprintf('%02d:%02d', 5 + $seed % 10, ($seed * 5) % 60),
                'remarks' => 'Crew notified via CrewLink ' . substr(md5($staffNo . $d), 0, 12),
            ];
        }
        return $rows;
    }

    /** @return list<string> */
    public function qualificationRows(string $fleet): array
    {
        $this->queries++;
        return [$fleet . ' type rating', $fleet . ' line check', 'SEP ' . $fleet, 'CRM recurrent', 'DG awareness'];
    }
}

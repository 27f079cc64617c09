<?php

namespace Crew\Roster;

use Crew\Support\MemoizesLookups;

final class RosterRepository
{
    use MemoizesLookups;

    public function __construct(private CrewManagementDb $db)
    {
    }

    /** @return list<array<string, string>> */
    public function dutiesFor(string $staffNo, string $from, string $to): array
    {
        return self::memo(
            self::memoKey('duties', $staffNo, $from, $to),
            fn () => $this->db->dutyRows($staffNo, $from, $to),
        );
    }

    /** @return list<string> */
    public function qualificationsFor(Fleet $fleet): array
    {
        return $this->db->qualificationRows($fleet->value);
    }
}

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
        return $this->db->dutyRows($staffNo, $from, $to);
    }

    /** @return list<string> */
    public function qualificationsFor(Fleet $fleet): array
    {
        return self::memo(
            self::memoKey('qualifications', $fleet->value),
            fn () => $this->db->qualificationRows($fleet->value),
        );
    }
}

<?php

namespace App\Billing;

final class Ledger
{
    /** @var array<string, true> matters on billing hold (boot-time list) */
    private array $holds;

    private int $posted = 0;

    public function __construct(array $mattersOnHold)
    {
        $this->holds = array_fill_keys($mattersOnHold, true);
    }

    /** Returns false when the entry cannot be posted yet (hold, no-charge code). */
    public function post(TimeEntry $entry): bool
    {
        if (isset($this->holds[$entry->matterNumber]) || $entry->activityCode === 'NC') {
            return false;
        }
        $this->posted++;

        return true;
    }
}

<?php

namespace App\Notam;

/**
 * Latest NOTAM per aerodrome and subject, as shown in the pre-flight
 * briefing pack.
 */
final class BriefingStore
{
    /** @var array<string, array<string, Notam>> */
    private array $byAerodrome = [];

    public function publish(Notam $notam): void
    {
        $this->byAerodrome[$notam->location][$notam->subject()] = $notam;
    }

    public function withdraw(Notam $notam): void
    {
        unset($this->byAerodrome[$notam->location][$notam->subject()]);
    }
}

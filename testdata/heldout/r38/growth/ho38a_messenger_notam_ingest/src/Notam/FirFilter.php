<?php

namespace App\Notam;

/**
 * The briefing service only publishes NOTAMs for the FIRs it covers; the
 * international feed carries all of them.
 */
final class FirFilter
{
    /** @param list<string> $firs */
    public function __construct(private array $firs)
    {
    }

    public function accepts(Notam $notam): bool
    {
        return in_array($notam->fir, $this->firs, true);
    }
}

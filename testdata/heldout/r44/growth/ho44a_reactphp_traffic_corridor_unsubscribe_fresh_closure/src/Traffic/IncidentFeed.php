<?php

declare(strict_types=1);

namespace Roadwatch\Traffic;

use Evenement\EventEmitter;

/**
 * Process-wide fan-out of incidents. Emits "incident" with the Incident as
 * the only argument; subscribers filter by their own corridor.
 */
final class IncidentFeed extends EventEmitter
{
    private int $published = 0;

    public function publish(Incident $incident): void
    {
        $this->published++;
        $this->emit('incident', [$incident]);
    }

    public function publishedCount(): int
    {
        return $this->published;
    }
}

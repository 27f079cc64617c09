<?php
declare(strict_types=1);

namespace Gridline\Outage;

final class OutageTicket
{
    private ?\Closure $escalator = null;
    private bool $escalated = false;

    /** @param list<string> $premises */
    public function __construct(
        public readonly string $ticketNo,
        public readonly string $feeder,
        public readonly string $cause,
        public readonly int $openedAt,
        public readonly int $slaSeconds,
        public readonly array $premises,
        public readonly string $crewNotes,
    ) {
    }

    public function onSlaBreach(\Closure $escalator): void
    {
        $this->escalator = $escalator; // leak
    }

    public function checkSla(int $now): void
    {
        if (!$this->escalated && $this->escalator !== null && $now - $this->openedAt > $this->slaSeconds) {
            $this->escalated = true;
            ($this->escalator)();
        }
    }

    public function isEscalated(): bool
    {
        return $this->escalated;
    }

    public function summary(): string
    {
        return sprintf('%s %s (%d premises): %s', $this->ticketNo, $this->feeder, count($this->premises), $this->cause);
    }
}

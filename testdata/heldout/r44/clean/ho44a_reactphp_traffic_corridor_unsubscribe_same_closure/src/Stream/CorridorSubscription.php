<?php

declare(strict_types=1);

namespace Roadwatch\Stream;

use React\Socket\ConnectionInterface;
use Roadwatch\Traffic\Incident;
use Roadwatch\Traffic\IncidentFeed;

/** One map client watching incidents inside its route corridor. */
final class CorridorSubscription
{
    private bool $active = false;
    private ?\Closure $listener = null;
    /** @var array<string, int> incident id => severity last sent */
    private array $sent = [];

    public function __construct(
        private readonly ConnectionInterface $connection,
        private readonly IncidentFeed $feed,
        public readonly BoundingBox $corridor,
        public readonly string $clientId,
        public readonly int $zoom,
        public readonly string $remoteAddress,
    ) {
    }

    public function start(): void
    {
        $this->active = true;
        $this->feed->on('incident', $this->listener ??= $this->incidentListener());
        $this->connection->write(json_encode(['type' => 'subscribed', 'client' => $this->clientId, 'corridor' => $this->corridor->toArray()]) . "\n");
    }

    public function stop(): void
    {
        $this->active = false;
        if ($this->listener !== null) {
            $this->feed->removeListener('incident', $this->listener);
            $this->listener = null;
        }
    }

    public function onIncident(Incident $incident): void
    {
        if (!$this->active || !$this->corridor->contains($incident->lat, $incident->lon)) {
            return;
        }
        if (($this->sent[$incident->id] ?? 0) >= $incident->severity) {
            return;
        }
        $this->sent[$incident->id] = $incident->severity;
        $this->connection->write(json_encode(['type' => 'incident'] + $incident->toArray()) . "\n");
    }

    private function incidentListener(): \Closure
    {
        return \Closure::fromCallable([$this, 'onIncident']);
    }
}

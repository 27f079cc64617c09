<?php

namespace Game\Ingest;

final class TelemetryBatch
{
    /** @param list<array{t:int, k:string, v:float}> $events */
    public function __construct(
        public readonly string $matchId,
        public readonly string $playerId,
        public readonly int $sequence,
        public readonly string $clientBuild,
        public readonly string $platform,
        public readonly array $events,
    ) {
    }

    public static function fromJson(string $json): self
    {
        $data = json_decode($json, true, 6, JSON_THROW_ON_ERROR);

        return new self(
            (string) $data['match'],
            (string) $data['player'],
            (int) $data['seq'],
            (string) $data['build'],
            (string) ($data['platform'] ?? 'pc'),
            $data['events'],
        );
    }

    public function frameHash(): string
    {
        return sha1($this->matchId . '|' . $this->playerId . '|' . $this->sequence);
    }
}

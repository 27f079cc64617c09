<?php

declare(strict_types=1);

// Swoole WebSocket server: telematics gateways push frames of GPS fixes, the
// worker decodes each frame and updates the live map of the fleet.

final class PositionFix
{
    /** @var WeakReference<TelemetryFrame>|null */
    private ?WeakReference $frame = null;

    public function __construct(
        public readonly string $vehicleId,
        public readonly float $latitude,
        public readonly float $longitude,
        public readonly int $speedKph,
        public readonly int $heading,
        public readonly int $recordedAt,
        public readonly string $sentence,
    ) {
    }

    public function attachToFrame(TelemetryFrame $frame): void
    {
        $this->frame = WeakReference::create($frame);
    }

    public function latencySeconds(): int
    {
        $frame = $this->frame?->get();

        return $frame === null ? 0 : $frame->receivedAt - $this->recordedAt;
    }

    public function gatewayId(): string
    {
        return $this->frame?->get()?->gatewayId ?? 'unknown';
    }
}

final class TelemetryFrame
{
    /** @var list<PositionFix> */
    private array $fixes = [];

    public function __construct(
        public readonly string $gatewayId,
        public readonly int $receivedAt,
        public readonly string $firmware,
    ) {
    }

    public function add(PositionFix $fix): void
    {
        $fix->attachToFrame($this);
        $this->fixes[] = $fix;
    }

    /** @return list<PositionFix> */
    public function fixes(): array
    {
        return $this->fixes;
    }
}

final class NmeaFrameDecoder
{
    public function decode(string $gatewayId, int $receivedAt, string $payload): TelemetryFrame
    {
        $lines = explode("\n", trim($payload));
        $header = array_shift($lines);
        $frame = new TelemetryFrame($gatewayId, $receivedAt, substr($header, strlen('FW:')));

        foreach ($lines as $line) {
            // $GPRMC-like sentence extended with vehicle id: VID,UNIX,LAT,LNG,SPD,HDG*CS
            $body = substr($line, 1, (int) strpos($line, '*') - 1);
            [, $vehicleId, $ts, $lat, $lng, $speed, $heading] = explode(',', $body);
            $frame->add(new PositionFix($vehicleId, (float) $lat, (float) $lng, (int) $speed, (int) $heading, (int) $ts, $line));
        }

        return $frame;
    }
}

final class LiveFleetMap
{
    /** @var array<string, array{lat: float, lng: float, speed: int, heading: int, at: int, gateway: string}> */
    private array $lastKnown = [];
    private int $staleFixes = 0;

    /** @param list<string> $vehicleIds */
    public function __construct(array $vehicleIds)
    {
        foreach ($vehicleIds as $id) {
            $this->lastKnown[$id] = ['lat' => 0.0, 'lng' => 0.0, 'speed' => 0, 'heading' => 0, 'at' => 0, 'gateway' => ''];
        }
    }

    public function apply(TelemetryFrame $frame): int
    {
        $moved = 0;
        foreach ($frame->fixes() as $fix) {
            $known = $this->lastKnown[$fix->vehicleId] ?? null;
            if ($known === null || $fix->recordedAt <= $known['at']) {
                $this->staleFixes++;
                continue;
            }
            $this->lastKnown[$fix->vehicleId] = [
                'lat' => $fix->latitude,
                'lng' => $fix->longitude,
                'speed' => $fix->speedKph,
                'heading' => $fix->heading,
                'at' => $fix->recordedAt,
                'gateway' => $fix->gatewayId(),
            ];
            $moved++;
        }

        return $moved;
    }
}

final class TelemetrySocketHandler
{
    public function __construct(
        private readonly NmeaFrameDecoder $decoder,
        private readonly LiveFleetMap $map,
    ) {
    }

    public function onMessage(int $fd, string $data, int $receivedAt): string
    {
        $envelope = json_decode($data, true, 8, JSON_THROW_ON_ERROR);
        $frame = $this->decoder->decode($envelope['gateway'], $receivedAt, $envelope['frame']);
        $moved = $this->map->apply($frame);

        $maxLatency = 0;
        foreach ($frame->fixes() as $fix) {
            $maxLatency = max($maxLatency, $fix->latencySeconds());
        }

        return json_encode(['ack' => $envelope['seq'], 'moved' => $moved, 'latency' => $maxLatency]);
    }
}

// Worker start.
$fleet = [];
for ($v = 1; $v <= 24; $v++) {
    $fleet[] = sprintf('TRK-%03d', $v);
}
$handler = new TelemetrySocketHandler(new NmeaFrameDecoder(), new LiveFleetMap($fleet));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $receivedAt = 1_718_200_000 + $i * 5;
    $lines = ['FW:tg-4.' . ($i % 3)];
    for ($k = 0; $k < 3; $k++) {
        $vehicle = $fleet[($i * 3 + $k) % count($fleet)];
        $sentence = sprintf(
            '%s,%d,%.6f,%.6f,%d,%d',
            $vehicle,
            $receivedAt - 2 - $k,
            52.370216 + (($i * 17 + $k) % 900) / 10000,
            4.895168 + (($i * 29 + $k) % 700) / 10000,
            ($i + $k * 13) % 110,
            ($i * 7 + $k * 90) % 360,
        );
        $lines[] = '$PFLT,' . $sentence . '*' . sprintf('%02X', crc32($sentence) & 0xFF);
    }
    $message = json_encode(['gateway' => 'gw-' . ($i % 4), 'seq' => $i, 'frame' => implode("\n", $lines)]);

    $reply = $handler->onMessage(7 + $i % 4, $message, $receivedAt);
}

<?php
// Stand-in for spiral/roadrunner-http: the real worker reads requests from the
// RoadRunner relay; this one replays PHPLEAK_N OTA reservation pushes.

namespace Spiral\RoadRunner\Http;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }
}

final class PSR7Worker
{
    private int $served = 0;
    private int $limit;

    public function __construct()
    {
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function waitRequest(): ?Request
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        $checkIn = 1767225600 + ($i % 240) * 86400;
        $payload = [
            'echo_token' => sprintf('%08x-%04x-ota', crc32('push' . $i), $i & 0xffff),
            'hotel_code' => 'LISB' . (10 + $i % 4),
            'channel' => ['BOOKING_COM', 'EXPEDIA', 'AIRBNB'][$i % 3],
            'reservation_id' => (string) (4200000000 + $i * 13),
            'status' => $i % 11 === 0 ? 'Modify' : 'Commit',
            'guest' => ['given' => 'Ana ' . $i, 'surname' => ['Silva', 'Weber', 'Dubois'][$i % 3], 'email' => "ana{$i}@guest.example"],
            'room_stays' => [
                ['room_type' => 'DBL', 'rate_plan' => 'BAR', 'start' => date('Y-m-d', $checkIn), 'nights' => 2 + $i % 4, 'amount' => 18900 + $i % 50 * 100],
                ['room_type' => ['TWN', 'STE'][$i % 2], 'rate_plan' => 'NRF', 'start' => date('Y-m-d', $checkIn), 'nights' => 2 + $i % 4, 'amount' => 15900 + $i % 30 * 100],
            ],
            'special_requests' => 'Arriving late (approx. 23:30), please keep the room. Quiet room away from the lift if possible.',
        ];

        return new Request('POST', '/ota/reservations', ['Content-Type' => ['application/json']], json_encode($payload));
    }

    public function respond(int $status, string $body): void
    {
        // written back to the relay
    }
}

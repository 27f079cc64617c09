<?php
// Stand-in for spiral/roadrunner-http: the RoadRunner server feeds requests
// to this PHP process over a pipe; waitRequest() returns null on stop.
// Here it replays gate-OS traffic: truck appointment holds at the pre-gate.

namespace Spiral\RoadRunner {
    final class Worker
    {
        public static function create(): self { return new self(); }
        public function error(string $message): void {}
    }
}

namespace Spiral\RoadRunner\Http {
    use Nyholm\Psr7\Response;
    use Nyholm\Psr7\ServerRequest;
    use Spiral\RoadRunner\Worker;

    final class PSR7Worker
    {
        private int $served = 0;
        private int $limit;

        public function __construct(private Worker $worker, mixed $requestFactory = null, mixed $streamFactory = null, mixed $uploadsFactory = null)
        {
            $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
        }

        public function waitRequest(): ?ServerRequest
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $i = $this->served++;
            $body = json_encode([
                'truck_plate' => sprintf('HH-%s-%04d', chr(65 + $i % 26) . chr(65 + intdiv($i, 26) % 26), $i % 10000),
                'haulier' => ['scac' => sprintf('H%03d', $i % 180), 'name' => 'Elbe Drayage GmbH ' . ($i % 180)],
                'container' => sprintf('TGHU%07d', 8100000 + $i),
                'booking' => sprintf('BKG-%010d', 77000000 + $i * 3),
                'slot' => ['lane' => 'IN-' . ($i % 8 + 1), 'window' => sprintf('%02d:%02d-%02d:%02d', 6 + $i % 14, 0, 6 + $i % 14, 30)],
                'driver_note' => 'Seal ' . bin2hex(random_bytes(8)) . ' / reefer genset attached / ' . str_repeat('VGM verified; ', 20),
                'customs_ref' => 'ATB' . bin2hex(random_bytes(10)),
            ], JSON_THROW_ON_ERROR);

            return new ServerRequest('POST', '/gate/holds', [
                'content-type' => 'application/json',
                'x-gate-clock' => (string) (1718000000 + $i * 30),
                'x-terminal' => 'CTA',
            ], $body);
        }

        public function respond(Response $response): void {}

        public function getWorker(): Worker { return $this->worker; }
    }
}

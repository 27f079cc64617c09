<?php

declare(strict_types=1);

namespace Swoole\Http {
    class Request
    {
        public array $header = [];
        public array $server = [];
        public ?array $get = null;
        public int $fd = 0;
        private string $body = '';

        public static function fromRaw(int $fd, string $method, string $uri, array $header, string $body): self
        {
            $r = new self();
            $r->fd = $fd;
            $r->header = $header;
            $r->server = ['request_method' => $method, 'request_uri' => $uri];
            $r->body = $body;
            return $r;
        }

        public function rawContent(): string|false
        {
            return $this->body;
        }
    }

    class Response
    {
        public array $header = [];
        public int $statusCode = 200;

        public function header(string $key, string $value): bool
        {
            $this->header[$key] = $value;
            return true;
        }

        public function status(int $code): bool
        {
            $this->statusCode = $code;
            return true;
        }

        public function end(?string $content = null): bool
        {
            return true;
        }
    }

    class Server
    {
        private array $callbacks = [];

        public function __construct(public string $host = '0.0.0.0', public int $port = 9501)
        {
        }

        public function set(array $settings): bool
        {
            return true;
        }

        public function on(string $event, callable $callback): bool
        {
            $this->callbacks[strtolower($event)] = $callback;
            return true;
        }

        /** One worker; bulletins are relayed from the AFTN gateway. */
        public function start(): bool
        {
            ($this->callbacks['workerstart'] ?? static fn () => null)($this, 0);
            $max = (int) (getenv('PHPLEAK_N') ?: 100);
            $stations = ['EDDF', 'EDDM', 'EGLL', 'LFPG', 'EHAM', 'LOWW', 'LSZH', 'EKCH'];
            for ($i = 0; $i < $max; $i++) {
                $day = 1 + intdiv($i, 48) % 28;
                $time = sprintf('%02d%02d%02dZ', $day, intdiv($i % 48, 2), ($i % 2) * 30 + 20);
                $lines = [];
                foreach ([0, 1] as $k) {
                    $icao = $stations[($i * 2 + $k) % 8];
                    $lines[] = sprintf(
                        'METAR %s %s %03d%02dKT %04d %s%03d %02d/%02d Q%04d NOSIG=',
                        $icao, $time, ($i * 30) % 360, 5 + $i % 20, 9999 - ($i % 5) * 1500,
                        ['FEW', 'SCT', 'BKN', 'OVC'][$i % 4], 20 + $i % 30, 8 + $i % 15, 3 + $i % 6, 1003 + $i % 25,
                    );
                }
                $body = "SAXX99 EGRR {$time}\n" . implode("\n", $lines);
                ($this->callbacks['request'])(Request::fromRaw(3, 'POST', '/bulletins', ['content-type' => 'text/plain'], $body), new Response());
            }
            return true;
        }
    }
}

namespace Aviation\Metar {
    use Closure;

    final class Observation
    {
        public function __construct(
            public readonly string $station,
            public readonly string $issued,
            public readonly ?int $windDir,
            public readonly ?int $windKt,
            public readonly ?int $visibilityM,
            public readonly ?int $temperature,
            public readonly ?int $dewpoint,
            public readonly ?int $qnh,
            public readonly array $clouds,
        ) {
        }
    }

    /** A single METAR being decoded group by group. */
    final class MetarReport
    {
        public ?string $station = null;
        public ?string $issued = null;
        public ?int $windDir = null;
        public ?int $windKt = null;
        public ?int $visibilityM = null;
        public ?int $temperature = null;
        public ?int $dewpoint = null;
        public ?int $qnh = null;
        /** @var list<array{0: string, 1: int}> */
        public array $clouds = [];
        /** @var list<string> */
        public array $unparsed = [];

        private Closure $tokenHandler;

        public function __construct(public readonly string $raw, public readonly string $bulletinHeader)
        {
            $this->tokenHandler = function (string $token): void { $this->consume($token); }; // leak
        }

        public function decode(): self
        {
            foreach (preg_split('/\s+/', rtrim($this->raw, '=')) as $token) {
                ($this->tokenHandler)($token);
            }
            return $this;
        }

        private function consume(string $token): void
        {
            switch (true) {
                case $token === 'METAR' || $token === 'SPECI' || $token === 'NOSIG':
                    return;
                case $this->station === null && preg_match('/^[A-Z]{4}$/', $token) === 1:
                    $this->station = $token;
                    return;
                case preg_match('/^\d{6}Z$/', $token) === 1:
                    $this->issued = $token;
                    return;
                case preg_match('/^(\d{3})(\d{2})KT$/', $token, $m) === 1:
                    [$this->windDir, $this->windKt] = [(int) $m[1], (int) $m[2]];
                    return;
                case preg_match('/^\d{4}$/', $token) === 1:
                    $this->visibilityM = (int) $token;
                    return;
                case preg_match('/^(FEW|SCT|BKN|OVC)(\d{3})$/', $token, $m) === 1:
                    $this->clouds[] = [$m[1], (int) $m[2] * 100];
                    return;
                case preg_match('/^(M?\d{2})\/(M?\d{2})$/', $token, $m) === 1:
                    $this->temperature = (int) str_replace('M', '-', $m[1]);
                    $this->dewpoint = (int) str_replace('M', '-', $m[2]);
                    return;
                case preg_match('/^Q(\d{4})$/', $token, $m) === 1:
                    $this->qnh = (int) $m[1];
                    return;
                default:
                    $this->unparsed[] = $token;
            }
        }

        public function toObservation(): Observation
        {
            return new Observation(
                (string) $this->station,
                (string) $this->issued,
                $this->windDir,
                $this->windKt,
                $this->visibilityM,
                $this->temperature,
                $this->dewpoint,
                $this->qnh,
                $this->clouds,
            );
        }
    }

    /** Latest decoded observation per aerodrome, served to the briefing UI. */
    final class LatestObservations
    {
        /** @var array<string, Observation> */
        private array $byStation = [];

        public function put(Observation $obs): void
        {
            if (isset($this->byStation[$obs->station]) && strcmp($this->byStation[$obs->station]->issued, $obs->issued) > 0) {
                return;
            }
            $this->byStation[$obs->station] = $obs;
        }
    }

    final class BulletinController
    {
        private const ALLOWED = ['EDDF', 'EDDM', 'EGLL', 'LFPG', 'EHAM', 'LOWW', 'LSZH', 'EKCH'];

        public function __construct(private readonly LatestObservations $latest)
        {
        }

        public function __invoke(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $lines = explode("\n", trim((string) $request->rawContent()));
            $header = array_shift($lines);
            $accepted = 0;
            foreach ($lines as $line) {
                $report = (new MetarReport(trim($line), (string) $header))->decode();
                if (!in_array($report->station, self::ALLOWED, true)) {
                    continue;
                }
                $this->latest->put($report->toObservation());
                $accepted++;
            }
            $response->header('content-type', 'application/json');
            $response->end(json_encode(['accepted' => $accepted]));
        }
    }
}

namespace {
    use Aviation\Metar\BulletinController;
    use Aviation\Metar\LatestObservations;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9502);
    $server->set(['worker_num' => 1, 'dispatch_mode' => 2]);
    $server->on('request', new BulletinController(new LatestObservations()));
    $server->start();
}

<?php

declare(strict_types=1);

namespace Swoole\Http {
    class Request
    {
        public array $header = [];
        public array $server = [];
        public ?array $get = null;
        public ?array $post = null;
        public int $fd = 0;
        private string $body = '';

        public static function fromRaw(int $fd, string $method, string $uri, array $header, string $body): self
        {
            $r = new self();
            $r->fd = $fd;
            $r->header = $header;
            $r->server = ['request_method' => $method, 'request_uri' => $uri, 'request_time' => time()];
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
        public bool $finished = false;

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
            $this->finished = true;
            return true;
        }
    }

    class Server
    {
        private array $callbacks = [];
        private array $settings = [];

        public function __construct(public string $host = '0.0.0.0', public int $port = 9501)
        {
        }

        public function set(array $settings): bool
        {
            $this->settings = $settings + $this->settings;
            return true;
        }

        public function on(string $event, callable $callback): bool
        {
            $this->callbacks[strtolower($event)] = $callback;
            return true;
        }

        /** Single worker process; requests arrive from the NWWS-OI relay. */
        public function start(): bool
        {
            ($this->callbacks['workerstart'] ?? static fn () => null)($this, 0);
            $max = (int) (getenv('PHPLEAK_N') ?: 100);
            $events = ['TOR', 'SVR', 'FFW', 'WSW', 'SMW', 'HWW'];
            for ($i = 0; $i < $max; $i++) {
                $office = ['KOUN', 'KTSA', 'KAMA', 'KLUB'][$i % 4];
                $id = sprintf('urn:oid:2.49.0.1.840.0.%s.%d.%d', md5($office . $i), 1717200000 + $i * 41, $i);
                $update = $i % 3 === 2;
                $body = json_encode([
                    'identifier' => $id,
                    'sender' => 'w-nws.webmaster@noaa.gov',
                    'sent' => gmdate('Y-m-d\TH:i:sP', 1717200000 + $i * 41),
                    'msgType' => $update ? 'Update' : 'Alert',
                    'references' => $update ? [sprintf('urn:oid:2.49.0.1.840.0.%s.%d.%d', md5($office . ($i - 1)), 1717200000 + ($i - 1) * 41, $i - 1)] : [],
                    'event' => $events[$i % 6],
                    'severity' => ['Extreme', 'Severe', 'Moderate', 'Minor'][$i % 4],
                    'urgency' => 'Immediate',
                    'areaDesc' => sprintf('Cleveland, OK; McClain, OK; Grady, OK; zone %03d', $i % 900),
                    'geocode' => ['SAME' => ['040027', '040087', '040051']],
                    'headline' => sprintf('%s issued by NWS %s', $events[$i % 6], substr($office, 1)),
                    'description' => str_repeat('At 412 PM CDT, a severe thunderstorm was located near Norman, moving east at 25 mph. ', 3),
                ]);
                $request = Request::fromRaw(7, 'POST', '/cap/ingest', ['content-type' => 'application/json', 'x-relay' => 'nwws-oi'], $body);
                ($this->callbacks['request'])($request, new Response());
            }
            return true;
        }
    }
}

namespace Wx\Alerts {
    enum Severity: string
    {
        case Extreme = 'Extreme';
        case Severe = 'Severe';
        case Moderate = 'Moderate';
        case Minor = 'Minor';
        case Unknown = 'Unknown';
    }

    enum EventCode: string
    {
        case Tornado = 'TOR';
        case SevereThunderstorm = 'SVR';
        case FlashFlood = 'FFW';
        case WinterStorm = 'WSW';
        case SpecialMarine = 'SMW';
        case Other = 'OTH';
    }

    final class CapAlert
    {
        /**
         * @param list<string> $references
         * @param list<string> $sameCodes
         */
        public function __construct(
            public readonly string $identifier,
            public readonly string $sender,
            public readonly string $sent,
            public readonly string $msgType,
            public readonly array $references,
            public readonly string $eventCode,
            public readonly Severity $severity,
            public readonly string $areaDesc,
            public readonly array $sameCodes,
            public readonly string $headline,
            public readonly string $description,
        ) {
        }

        /** First message of the lifecycle this alert belongs to. */
        public function threadId(): string
        {
            return $this->references[0] ?? $this->identifier;
        }
    }

    final class CapJsonParser
    {
        public function parse(string $json): CapAlert
        {
            $d = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
            return new CapAlert(
                identifier: (string) $d['identifier'],
                sender: (string) $d['sender'],
                sent: (string) $d['sent'],
                msgType: (string) $d['msgType'],
                references: array_values((array) ($d['references'] ?? [])),
                eventCode: (string) $d['event'],
                severity: Severity::tryFrom((string) ($d['severity'] ?? '')) ?? Severity::Unknown,
                areaDesc: (string) $d['areaDesc'],
                sameCodes: array_values((array) ($d['geocode']['SAME'] ?? [])),
                headline: (string) $d['headline'],
                description: (string) $d['description'],
            );
        }
    }

    /**
     * Named fan-out channel for dashboards and the push gateway. Channels are
     * process-wide so every coroutine publishing under a name shares one.
     */
    final class AlertChannel
    {
        private const RECENT = 8;

        /** @var array<string, self> */
        private static array $channels = [];

        /** @var list<CapAlert> */
        private array $recent = [];
        private int $published = 0;

        private function __construct(public readonly string $name, public readonly int $openedAt)
        {
        }

        public static function named(string $name): self
        {
            return self::$channels[$name] ??= new self($name, time());
        }

        public function publish(CapAlert $alert): int
        {
            $this->recent[] = $alert;
            if (count($this->recent) > self::RECENT) {
                array_shift($this->recent);
            }
            return ++$this->published;
        }

        /** @return list<CapAlert> */
        public function recent(): array
        {
            return $this->recent;
        }
    }

    final class AlertIngestController
    {
        public function __construct(private readonly CapJsonParser $parser)
        {
        }

        public function onRequest(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            if (($request->server['request_uri'] ?? '') !== '/cap/ingest') {
                $response->status(404);
                $response->end();
                return;
            }
            try {
                $alert = $this->parser->parse((string) $request->rawContent());
            } catch (\JsonException) {
                $response->status(400);
                $response->end('malformed CAP');
                return;
            }

            $channel = AlertChannel::named('event.' . (EventCode::tryFrom($alert->eventCode) ?? EventCode::Other)->value);
            $sequence = $channel->publish($alert);

            $response->header('content-type', 'application/json');
            $response->end(json_encode(['channel' => $channel->name, 'seq' => $sequence]));
        }
    }
}

namespace {
    use Swoole\Http\Server;
    use Wx\Alerts\AlertIngestController;
    use Wx\Alerts\CapJsonParser;

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 1, 'max_request' => 0, 'enable_coroutine' => true]);

    $controller = new AlertIngestController(new CapJsonParser());
    $server->on('request', [$controller, 'onRequest']);
    $server->start();
}

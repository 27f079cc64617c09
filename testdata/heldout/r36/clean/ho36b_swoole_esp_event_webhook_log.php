<?php

declare(strict_types=1);

namespace Monolog {
    enum Level: int
    {
        case Debug = 100;
        case Info = 200;
        case Notice = 250;
        case Warning = 300;
        case Error = 400;
        case Critical = 500;

        public function includes(self $level): bool
        {
            return $this->value <= $level->value;
        }
    }

    final class LogRecord
    {
        public function __construct(
            public readonly \DateTimeImmutable $datetime,
            public readonly string $channel,
            public readonly Level $level,
            public readonly string $message,
            public readonly array $context = [],
            public array $extra = [],
        ) {
        }
    }

    interface HandlerInterface
    {
        public function handle(LogRecord $record): bool;
    }

    final class StreamHandler implements HandlerInterface
    {
        /** @var resource */
        private $stream;

        public function __construct(string $path, private Level $level = Level::Debug)
        {
            $this->stream = fopen($path, 'a');
        }

        public function handle(LogRecord $record): bool
        {
            if (!$this->level->includes($record->level)) {
                return false;
            }
            fwrite($this->stream, sprintf(
                "[%s] %s.%s: %s %s\n",
                $record->datetime->format('Y-m-d\TH:i:s.uP'),
                $record->channel,
                strtoupper($record->level->name),
                $record->message,
                json_encode($record->context, JSON_UNESCAPED_SLASHES),
            ));

            return true;
        }
    }

    /**
     * Buffers every record until one reaches the activation level, then
     * flushes the buffer to the wrapped handler and passes records through.
     */
    final class FingersCrossedHandler implements HandlerInterface
    {
        /** @var list<LogRecord> */
        private array $buffer = [];
        private bool $buffering = true;

        public function __construct(
            private HandlerInterface $handler,
            private Level $activationLevel = Level::Warning,
            private int $bufferSize = 0,
            private bool $stopBuffering = true,
        ) {
        }

        public function handle(LogRecord $record): bool
        {
            if (!$this->buffering) {
                return $this->handler->handle($record);
            }

            $this->buffer[] = $record;
            if ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
                array_shift($this->buffer);
            }
            if ($this->activationLevel->includes($record->level)) {
                $this->activate();
            }

            return true;
        }

        public function activate(): void
        {
            if ($this->stopBuffering) {
                $this->buffering = false;
            }
            foreach ($this->buffer as $record) {
                $this->handler->handle($record);
            }
            $this->buffer = [];
        }

        public function reset(): void
        {
            $this->buffer = [];
            $this->buffering = true;
        }
    }

    final class Logger
    {
        /** @param list<HandlerInterface> $handlers */
        public function __construct(private string $name, private array $handlers = [])
        {
        }

        public function info(string $message, array $context = []): void
        {
            $this->addRecord(Level::Info, $message, $context);
        }

        public function warning(string $message, array $context = []): void
        {
            $this->addRecord(Level::Warning, $message, $context);
        }

        private function addRecord(Level $level, string $message, array $context): void
        {
            $record = new LogRecord(new \DateTimeImmutable(), $this->name, $level, $message, $context);
            foreach ($this->handlers as $handler) {
                $handler->handle($record);
            }
        }
    }
}

namespace Swoole\Http {
    final class Request
    {
        public array $header = [];
        public array $server = [];

        public function __construct(private string $body)
        {
        }

        public function getContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public int $statusCode = 200;
        public string $body = '';

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function end(string $body = ''): void
        {
            $this->body = $body;
        }
    }

    /** Stand-in: one worker process receiving the webhook traffic. */
    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        /** @param \Closure(int): Request $traffic */
        public function __construct(private string $host, private int $port, private \Closure $traffic)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerstart'] ?? static fn () => null)($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $this->callbacks['request'](($this->traffic)($i), new Response());
            }
        }
    }
}

namespace App\Webhook {
    use Monolog\Logger;

    final class SignatureVerifier
    {
        public function __construct(private string $secret)
        {
        }

        public function sign(string $timestamp, string $payload): string
        {
            return base64_encode(hash_hmac('sha256', $timestamp . $payload, $this->secret, true));
        }

        public function verify(string $timestamp, string $payload, string $signature): bool
        {
            return hash_equals($this->sign($timestamp, $payload), $signature);
        }
    }

    final class EventCounters
    {
        private const KNOWN = ['processed', 'delivered', 'open', 'click', 'bounce', 'dropped', 'deferred', 'spamreport', 'unsubscribe'];

        /** @var array<string, int> */
        private array $counts = [];

        public function add(string $event): void
        {
            $key = in_array($event, self::KNOWN, true) ? $event : 'other';
            $this->counts[$key] = ($this->counts[$key] ?? 0) + 1;
        }
    }

    final class EventWebhookController
    {
        public function __construct(
            private SignatureVerifier $verifier,
            private EventCounters $counters,
            private Logger $logger,
        ) {
        }

        /** @return array{0: int, 1: string} */
        public function __invoke(string $body, string $timestamp, string $signature): array
        {
            if (!$this->verifier->verify($timestamp, $body, $signature)) {
                return [403, '{"error":"invalid signature"}'];
            }

            $events = json_decode($body, true, 16, JSON_THROW_ON_ERROR);
            foreach ($events as $event) {
                $type = (string) ($event['event'] ?? 'other');
                $this->counters->add($type);
                $this->log($type, $event);
            }

            return [204, ''];
        }

        private function log(string $type, array $event): void
        {
            $context = [
                'sg_message_id' => $event['sg_message_id'] ?? null,
                'email' => $event['email'] ?? null,
                'timestamp' => $event['timestamp'] ?? null,
                'category' => $event['category'] ?? [],
            ];

            if ($type === 'bounce' || $type === 'spamreport') {
                $context['reason'] = $event['reason'] ?? '';
                $this->logger->warning("ESP event {$type} for recipient", $context);

                return;
            }

            $this->logger->info("ESP event {$type} processed", $context);
        }
    }
}

namespace {
    use App\Webhook\EventCounters;
    use App\Webhook\EventWebhookController;
    use App\Webhook\SignatureVerifier;
    use Monolog\FingersCrossedHandler;
    use Monolog\Level;
    use Monolog\Logger;
    use Monolog\StreamHandler;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $verifier = new SignatureVerifier('whsec_8f2b1c0a9d7e');

    $traffic = static function (int $i) use ($verifier): Request {
        $types = ['processed', 'delivered', 'open', 'click'];
        $events = [];
        foreach ([0, 1, 2] as $k) {
            $events[] = [
                'email' => sprintf('subscriber%d+%d@%s', $i, $k, ['gmail.test', 'outlook.test', 'proton.test'][$k]),
                'timestamp' => 1717000000 + $i * 3 + $k,
                'event' => $k === 2 && $i % 5 === 3 ? 'bounce' : $types[($i + $k) % 4],
                'reason' => $k === 2 && $i % 5 === 3 ? '550 5.1.1 <subscriber' . $i . '>: Recipient address rejected' : null,
                'sg_message_id' => sprintf('%s.filterdrecv-%d', bin2hex(random_bytes(8)), $i),
                'category' => ['newsletter', 'weekly-digest'],
            ];
        }
        $body = json_encode($events);
        $ts = (string) (1717000000 + $i);
        $request = new Request($body);
        $request->header = [
            'x-twilio-email-event-webhook-timestamp' => $ts,
            'x-twilio-email-event-webhook-signature' => $verifier->sign($ts, $body),
        ];

        return $request;
    };

    $server = new Server('0.0.0.0', 9501, $traffic);

    $server->on('workerStart', function (Server $server, int $workerId) use ($verifier): void {
        $logger = new Logger('webhooks', [
            new FingersCrossedHandler(new StreamHandler('/dev/null'), Level::Warning),
        ]);
        $GLOBALS['webhookController'] = new EventWebhookController($verifier, new EventCounters(), $logger);
    });

    $server->on('request', function (Request $request, Response $response): void {
        [$status, $body] = ($GLOBALS['webhookController'])(
            $request->getContent(),
            $request->header['x-twilio-email-event-webhook-timestamp'] ?? '',
            $request->header['x-twilio-email-event-webhook-signature'] ?? '',
        );
        $response->status($status);
        $response->end($body);
    });

    $server->start();
}

<?php
// A queue consumer for webhook deliveries. Every delivery attempt is
// noted in the audit trail's pending list; the bootstrap hands the
// trail's flush to PHP, which runs it when the consumer process exits.

namespace Hooks {
    final class AuditTrail
    {
        /** @var list<array{endpoint: string, status: int, body: string}> */
        private static array $pending = [];

        public static int $flushed = 0;

        public static function note(string $endpoint, int $status, string $body): void
        {
            self::$pending[] = ['endpoint' => $endpoint, 'status' => $status, 'body' => $body]; // leak
        }

        public static function flush(): void
        {
            self::$flushed += count(self::$pending);
            self::$pending = [];
        }
    }

    final class Delivery
    {
        public function __construct(public readonly string $endpoint, public readonly string $payload)
        {
        }
    }

    final class Deliverer
    {
        public function send(Delivery $delivery): int
        {
            $status = strlen($delivery->payload) % 7 === 0 ? 500 : 200;
            AuditTrail::note($delivery->endpoint, $status, substr($delivery->payload, 0, 700));

            return $status;
        }
    }

    final class Worker
    {
        /** @var list<\Closure> */
        private array $afterJob = [];

        public function __construct(private readonly Deliverer $deliverer)
        {
        }

        public function onAfterJob(\Closure $hook): void
        {
            $this->afterJob[] = $hook;
        }

        public function process(Delivery $delivery): void
        {
            $this->deliverer->send($delivery);
            foreach ($this->afterJob as $hook) {
                $hook();
            }
        }
    }
}

namespace {
    use Hooks\AuditTrail;
    use Hooks\Deliverer;
    use Hooks\Delivery;
    use Hooks\Worker;

    $worker = new Worker(new Deliverer());
    register_shutdown_function(static function (): void {
        AuditTrail::flush();
    });

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $worker->process(new Delivery('https://hooks.example.com/' . ($i % 40), str_repeat('{"order":' . $i . '}', 60)));
    }
}

<?php
// An AMPHP-style server: each request is queued on Revolt's event loop as
// a closure and runs when the loop runs. The audit trail the handler
// writes to is a service made once, and keeps every line.

namespace Revolt {
    final class EventLoop
    {
        /** @var list<array{0: \Closure, 1: array}> */
        private static array $queue = [];

        public static function queue(\Closure $callback, mixed ...$args): void
        {
            self::$queue[] = [$callback, $args];
        }

        public static function run(): void
        {
            while (self::$queue !== []) {
                [$callback, $args] = array_shift(self::$queue);
                $callback(...$args);
            }
        }
    }
}

namespace App {
    final class AuditTrail
    {
        /** @var list<string> */
        private array $lines = [];

        public function record(string $user, string $what): void
        {
            $this->lines[] = sprintf('%s %s %s', date('c'), $user, $what); // leak
        }
    }

    final class OrderHandler
    {
        public function __construct(private AuditTrail $audit)
        {
        }

        public function handle(array $request): string
        {
            $this->audit->record($request['user'], "placed order {$request['order']} for {$request['total']}: {$request['note']}");
            return json_encode(['order' => $request['order'], 'status' => 'accepted']);
        }
    }
}

namespace {
    use App\AuditTrail;
    use App\OrderHandler;
    use Revolt\EventLoop;

    $handler = new OrderHandler(new AuditTrail());
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        EventLoop::queue(static function (array $request) use ($handler): void {
            $handler->handle($request);
        }, ['user' => 'customer-' . ($i % 40), 'order' => sprintf('ORD-%08d', $i), 'total' => sprintf('%.2f EUR', 10 + $i % 90), 'note' => str_repeat('gift wrap, ', 50) . $i]);
        EventLoop::run();
    }
}

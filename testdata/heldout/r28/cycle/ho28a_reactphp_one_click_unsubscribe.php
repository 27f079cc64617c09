<?php

declare(strict_types=1);

/*
 * RFC 8058 one-click unsubscribe endpoint (List-Unsubscribe-Post) running on
 * a ReactPHP HTTP server. Each POST verifies the signed token, then writes
 * the opt-out asynchronously and answers once the write has settled.
 */

namespace React\EventLoop {
    final class Loop
    {
        private static ?\SplQueue $ticks = null;

        public static function futureTick(callable $cb): void
        {
            (self::$ticks ??= new \SplQueue())->enqueue($cb);
        }

        public static function run(): void
        {
            while (self::$ticks && !self::$ticks->isEmpty()) {
                (self::$ticks->dequeue())();
            }
        }
    }
}

namespace React\Promise {
    final class Promise
    {
        private array $handlers = [];
        private bool $settled = false;
        private mixed $value = null;

        public function then(callable $onFulfilled): void
        {
            if ($this->settled) {
                $onFulfilled($this->value);

                return;
            }
            $this->handlers[] = $onFulfilled; // leak
        }

        /** @internal called by Deferred */
        public function settle(mixed $value): void
        {
            $this->settled = true;
            $this->value = $value;
            foreach ($this->handlers as $handler) {
                $handler($value);
            }
        }
    }

    final class Deferred
    {
        private Promise $promise;

        public function __construct()
        {
            $this->promise = new Promise();
        }

        public function promise(): Promise
        {
            return $this->promise;
        }

        public function resolve(mixed $value): void
        {
            $this->promise->settle($value);
        }
    }
}

namespace App\Unsubscribe {
    use React\EventLoop\Loop;
    use React\Promise\Deferred;

    final class OptOutStore
    {
        private array $recent = [];
        private int $writes = 0;

        public function write(string $email, string $listId, string $reason): Deferred
        {
            $deferred = new Deferred();
            Loop::futureTick(function () use ($deferred, $email, $listId) {
                $this->writes++;
                $this->recent[$this->writes % 16] = $listId;
                $deferred->resolve(['email' => $email, 'list' => $listId, 'at' => 1714000000 + $this->writes]);
            });

            return $deferred;
        }
    }

    final class UnsubscribeOperation
    {
        private Deferred $write;
        public ?array $result = null;
        public int $status = 202;

        public function __construct(
            private string $email,
            private string $listId,
            private array $headers,
            private OptOutStore $store,
        ) {
        }

        public function start(): void
        {
            $this->write = $this->store->write($this->email, $this->listId, 'one-click');
            $this->write->promise()->then($this->complete(...)); // leak
        }

        private function complete(array $row): void
        {
            $this->status = 200;
            $this->result = $row + ['ua' => $this->headers['User-Agent'] ?? '', 'msg_id' => $this->headers['X-Message-Id'] ?? ''];
        }
    }

    final class UnsubscribeController
    {
        public function __construct(private OptOutStore $store, private string $secret)
        {
        }

        public function __invoke(array $request): int
        {
            parse_str($request['query'], $q);
            $expected = hash_hmac('sha256', $q['e'] . '|' . $q['l'], $this->secret);
            if (!hash_equals($expected, $q['sig'] ?? '') || ($request['body'] ?? '') !== 'List-Unsubscribe=One-Click') {
                return 400;
            }

            $op = new UnsubscribeOperation(base64_decode($q['e']), $q['l'], $request['headers'], $this->store);
            $op->start();

            return $op->status;
        }
    }
}

namespace {
    use App\Unsubscribe\OptOutStore;
    use App\Unsubscribe\UnsubscribeController;
    use React\EventLoop\Loop;

    $secret = 'lu_4d2f8a0c91e7';
    $controller = new UnsubscribeController(new OptOutStore(), $secret);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $email = base64_encode("subscriber{$i}@inbox" . ($i % 7) . '.example');
        $list = ['weekly-digest', 'product-updates', 'promotions'][$i % 3];
        $request = [
            'query' => http_build_query(['e' => $email, 'l' => $list, 'sig' => hash_hmac('sha256', $email . '|' . $list, $secret)]),
            'body' => 'List-Unsubscribe=One-Click',
            'headers' => [
                'User-Agent' => 'Mozilla/5.0 (compatible; GoogleMail-Unsubscribe/1.0; +https://support.google.com/mail)',
                'X-Message-Id' => sprintf('<%s.%d@mta%d.mail.example>', bin2hex(random_bytes(8)), 1714000000 + $i, $i % 4),
            ],
        ];
        Loop::futureTick(static fn () => $controller($request));
        Loop::run();
    }
}

<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {

    final class Envelope
    {
        /** @var array<class-string, list<object>> */
        private array $stamps = [];

        public function __construct(private object $message, array $stamps = [])
        {
            foreach ($stamps as $stamp) {
                $this->stamps[$stamp::class][] = $stamp;
            }
        }

        public function getMessage(): object
        {
            return $this->message;
        }

        public function last(string $stampFqcn): ?object
        {
            return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
        }

        public function with(object ...$stamps): self
        {
            $clone = clone $this;
            foreach ($stamps as $stamp) {
                $clone->stamps[$stamp::class][] = $stamp;
            }

            return $clone;
        }
    }

    final class ReceivedStamp
    {
        public function __construct(public readonly string $transportName)
        {
        }
    }

    final class TraceStamp
    {
        public function __construct(public readonly string $traceparent, public readonly string $baggage)
        {
        }
    }

    final class InMemoryReceiver
    {
        public function get(int $n): \Generator
        {
            for ($i = 0; $i < $n; $i++) {
                $message = new \App\Message\SendInvoiceEmail(
                    invoiceId: 'INV-' . str_pad((string) $i, 8, '0', STR_PAD_LEFT),
                    recipient: sprintf('billing+%d@example.test', $i),
                    body: str_repeat("Your invoice is attached. Thank you for your business.\n", 6),
                );
                yield new Envelope($message, [
                    new ReceivedStamp('async'),
                    new TraceStamp(sprintf('00-%032x-%016x-01', $i, $i * 7), 'tenant=acme,region=eu-west-1,shard=' . ($i % 16)),
                ]);
            }
        }
    }
}

namespace App\Message {

    final class SendInvoiceEmail
    {
        public function __construct(
            public readonly string $invoiceId,
            public readonly string $recipient,
            public readonly string $body,
        ) {
        }
    }
}

namespace App\Bus {

    use Closure;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\TraceStamp;

    final class TracingMessageBus
    {
        /** @var list<Closure(Envelope, Closure): Envelope> */
        private array $middleware;

        /** @param list<Closure(Envelope, Closure): Envelope> $defaults */
        public function __construct(array $defaults, private Closure $handler)
        {
            $this->middleware = $defaults;
        }

        public function dispatch(Envelope $envelope): Envelope
        {
            $this->middleware = array_merge($this->middleware, $this->traceMiddleware($envelope)); // leak

            $next = fn (Envelope $e): Envelope => ($this->handler)($e);
            foreach (array_reverse($this->middleware) as $middleware) {
                $next = static fn (Envelope $e): Envelope => $middleware($e, $next);
            }

            return $next($envelope);
        }

        /** @return list<Closure(Envelope, Closure): Envelope> */
        private function traceMiddleware(Envelope $envelope): array
        {
            $trace = $envelope->last(TraceStamp::class);
            $span = ['traceparent' => $trace?->traceparent, 'baggage' => $trace?->baggage, 'started' => hrtime(true)];

            return [
                static function (Envelope $e, Closure $next) use ($span): Envelope {
                    return $next($e);
                },
                static function (Envelope $e, Closure $next) use ($trace): Envelope {
                    return $trace === null || $e->last($trace::class) !== null ? $next($e) : $next($e->with($trace));
                },
            ];
        }
    }
}

namespace {

    use App\Bus\TracingMessageBus;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\InMemoryReceiver;

    $sent = 0;
    $bus = new TracingMessageBus(
        [static fn (Envelope $e, Closure $next): Envelope => $next($e)],
        static function (Envelope $e) use (&$sent): Envelope {
            $message = $e->getMessage();
            $sent += strlen($message->body) > 0 ? 1 : 0;

            return $e;
        }
    );

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    foreach ((new InMemoryReceiver())->get($n) as $envelope) {
        $bus->dispatch($envelope);
    }
}

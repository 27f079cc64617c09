<?php

// amphp/http-server application: a CSV export endpoint. The server and the
// handler live for the whole process; every request gets an ExportSession.

namespace Amp {
    class CancelledException extends \Exception
    {
    }

    interface Cancellation
    {
        /** @return string Identifier usable to unsubscribe the callback. */
        public function subscribe(\Closure $callback): string;

        public function unsubscribe(string $id): void;

        public function isRequested(): bool;

        public function throwIfRequested(): void;
    }

    final class DeferredCancellation
    {
        private readonly Internal\Cancellable $source;
        private readonly Cancellation $cancellation;

        public function __construct()
        {
            $this->source = new Internal\Cancellable();
            $this->cancellation = new Internal\WrappedCancellation($this->source);
        }

        public function getCancellation(): Cancellation
        {
            return $this->cancellation;
        }

        public function isCancelled(): bool
        {
            return $this->source->isRequested();
        }

        public function cancel(?\Throwable $previous = null): void
        {
            $this->source->cancel($previous);
        }
    }
}

namespace Amp\Internal {
    use Amp\Cancellation;
    use Amp\CancelledException;

    /** @internal */
    final class Cancellable implements Cancellation
    {
        private string $nextId = 'a';

        /** @var array<string, \Closure(CancelledException): void> */
        private array $callbacks = [];

        private ?CancelledException $exception = null;

        public function cancel(?\Throwable $previous = null): void
        {
            if ($this->exception !== null) {
                return;
            }
            $this->exception = new CancelledException('The operation was cancelled', 0, $previous);
            $callbacks = $this->callbacks;
            $this->callbacks = [];
            foreach ($callbacks as $callback) {
                $callback($this->exception);
            }
        }

        public function subscribe(\Closure $callback): string
        {
            $id = $this->nextId++;
            if ($this->exception !== null) {
                $callback($this->exception);
            } else {
                $this->callbacks[$id] = $callback;
            }

            return $id;
        }

        public function unsubscribe(string $id): void
        {
            unset($this->callbacks[$id]);
        }

        public function isRequested(): bool
        {
            return $this->exception !== null;
        }

        public function throwIfRequested(): void
        {
            if ($this->exception !== null) {
                throw $this->exception;
            }
        }
    }

    /** @internal */
    final class WrappedCancellation implements Cancellation
    {
        public function __construct(private readonly Cancellation $cancellation)
        {
        }

        public function subscribe(\Closure $callback): string
        {
            return $this->cancellation->subscribe($callback);
        }

        public function unsubscribe(string $id): void
        {
            $this->cancellation->unsubscribe($id);
        }

        public function isRequested(): bool
        {
            return $this->cancellation->isRequested();
        }

        public function throwIfRequested(): void
        {
            $this->cancellation->throwIfRequested();
        }
    }
}

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(
            private string $method,
            private string $uri,
            private array $headers = [],
            private array $attributes = [],
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): string
        {
            return $this->uri;
        }

        public function getHeader(string $name): ?string
        {
            return $this->headers[strtolower($name)] ?? null;
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? null;
        }
    }

    final class Response
    {
        public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
        {
        }

        public function getStatus(): int
        {
            return $this->status;
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /** Stand-in: accepts PHPLEAK_N requests and hands each to the handler. */
    final class SocketHttpServer
    {
        private array $addresses = [];

        public function expose(string $address): void
        {
            $this->addresses[] = $address;
        }

        public function start(RequestHandler $handler): void
        {
            $count = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 1; $i <= $count; $i++) {
                $handler->handleRequest(new Request(
                    'GET',
                    "/exports/orders.csv?from=2024-01-01&to=2024-03-31&page={$i}",
                    ['authorization' => 'Bearer ' . bin2hex(pack('N3', $i, $i * 31, $i * 7919))],
                    ['tenant' => 'tenant-' . ($i % 40)],
                ));
            }
        }
    }
}

namespace App\Export {
    use Amp\Cancellation;
    use Amp\CancelledException;
    use Amp\DeferredCancellation;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    final class OrderRowSource
    {
        /** @return iterable<array<string, scalar>> */
        public function rows(string $tenant, int $page, Cancellation $cancellation): iterable
        {
            for ($k = 0; $k < 5; $k++) {
                $cancellation->throwIfRequested();
                yield ['id' => $page * 100 + $k, 'tenant' => $tenant, 'total' => ($page * 7 + $k) % 1000 / 10, 'status' => 'paid'];
            }
        }
    }

    /** One export in progress; cancelled when the client goes away or the deadline passes. */
    final class ExportSession
    {
        private DeferredCancellation $deferred;
        private string $subscription;
        private string $spool = '';
        private bool $aborted = false;

        public function __construct(
            public readonly string $tenant,
            public readonly string $target,
            private readonly float $deadline,
        ) {
            $this->deferred = new DeferredCancellation();
            $this->subscription = $this->deferred->getCancellation()->subscribe($this->abort(...));
        }

        public function cancellation(): Cancellation
        {
            return $this->deferred->getCancellation();
        }

        public function write(array $row): void
        {
            if (microtime(true) > $this->deadline) {
                $this->deferred->cancel();
            }
            $this->spool .= implode(',', $row) . "\n";
        }

        /** @return string the CSV written so far */
        public function finish(): string
        {
            return $this->spool;
        }

        /** Release what the export holds once the response is built. */
        public function close(): void
        {
            $this->spool = '';
            $this->deferred->getCancellation()->unsubscribe($this->subscription);
        }

        private function abort(CancelledException $reason): void
        {
            $this->aborted = true;
            $this->spool = '';
        }
    }

    final class ExportOrdersHandler implements RequestHandler
    {
        public function __construct(private OrderRowSource $source, private float $timeout)
        {
        }

        public function handleRequest(Request $request): Response
        {
            parse_str((string) parse_url($request->getUri(), PHP_URL_QUERY), $query);
            $session = new ExportSession(
                (string) $request->getAttribute('tenant'),
                $request->getUri(),
                microtime(true) + $this->timeout,
            );

            try {
                $session->write(['id', 'tenant', 'total', 'status']);
                foreach ($this->source->rows($session->tenant, (int) ($query['page'] ?? 1), $session->cancellation()) as $row) {
                    $session->write($row);
                }
                $csv = $session->finish();
            } catch (CancelledException) {
                return new Response(503, ['retry-after' => '30']);
            } finally {
                $session->close();
            }

            return new Response(200, ['content-type' => 'text/csv'], $csv);
        }
    }
}

namespace {
    use Amp\Http\Server\SocketHttpServer;
    use App\Export\ExportOrdersHandler;
    use App\Export\OrderRowSource;

    $server = new SocketHttpServer();
    $server->expose('0.0.0.0:1337');
    $server->start(new ExportOrdersHandler(new OrderRowSource(), 30.0));
}

<?php

declare(strict_types=1);

namespace Amp {
    interface Cancellation
    {
        /** @return string identifier for unsubscribe() */
        public function subscribe(\Closure $callback): string;

        public function unsubscribe(string $id): void;

        public function isRequested(): bool;
    }

    final class CancelledException extends \Exception
    {
    }

    /**
     * Stand-in for amphp/amp's DeferredCancellation: one long-lived token the
     * server cancels on graceful shutdown.
     */
    final class DeferredCancellation
    {
        private Cancellation $cancellation;

        public function __construct()
        {
            $this->cancellation = new class () implements Cancellation {
                private int $nextId = 0;

                /** @var array<string, \Closure> */
                private array $callbacks = [];

                private ?CancelledException $exception = null;

                public function subscribe(\Closure $callback): string
                {
                    $id = 'c' . ++$this->nextId;
                    if ($this->exception !== null) {
                        $callback($this->exception);
                        return $id;
                    }
                    $this->callbacks[$id] = $callback;
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

                public function cancel(?\Throwable $previous = null): void
                {
                    $this->exception ??= new CancelledException('The operation was cancelled', 0, $previous);
                    $callbacks = $this->callbacks;
                    $this->callbacks = [];
                    foreach ($callbacks as $callback) {
                        $callback($this->exception);
                    }
                }
            };
        }

        public function getCancellation(): Cancellation
        {
            return $this->cancellation;
        }

        public function cancel(?\Throwable $previous = null): void
        {
            $this->cancellation->cancel($previous);
        }
    }
}

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $query = [],
        ) {
        }
    }

    final class Response
    {
        public function __construct(
            public readonly int $status = 200,
            public readonly array $headers = [],
            public readonly string $body = '',
        ) {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /**
     * Stand-in for SocketHttpServer: owns the shutdown token and feeds the
     * handler the requests its clients send.
     */
    final class SocketHttpServer
    {
        private \Amp\DeferredCancellation $shutdown;

        public function __construct()
        {
            $this->shutdown = new \Amp\DeferredCancellation();
        }

        public function getShutdownCancellation(): \Amp\Cancellation
        {
            return $this->shutdown->getCancellation();
        }

        /** @param iterable<Request> $requests */
        public function serve(RequestHandler $handler, iterable $requests): void
        {
            foreach ($requests as $request) {
                $handler->handleRequest($request);
            }
        }

        public function stop(): void
        {
            $this->shutdown->cancel();
        }
    }
}

namespace App\Export {
    use Amp\Cancellation;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    interface Closable
    {
        public function close(): void;
    }

    /** A CSV body assembled row by row and handed to the client. */
    final class CsvStream implements Closable
    {
        private string $buffer = '';
        private bool $closed = false;

        public function __construct(public readonly string $filename)
        {
        }

        public function writeRow(array $row): void
        {
            if ($this->closed) {
                throw new \LogicException('stream closed');
            }
            $this->buffer .= implode(',', array_map(static fn ($v): string => '"' . str_replace('"', '""', (string) $v) . '"', $row)) . "\n";
        }

        public function contents(): string
        {
            return $this->buffer;
        }

        public function close(): void
        {
            $this->closed = true;
        }
    }

    trait ClosesOnShutdown
    {
        private Cancellation $shutdown;

        /** Makes sure an open stream is closed if the server stops mid-export. */
        protected function closeOnShutdown(Closable $resource): string
        {
            return $this->shutdown->subscribe($resource->close(...));
        }
    }

    final class InvoiceRepository
    {
        /** @return iterable<array<string, scalar>> */
        public function forMonth(string $month): iterable
        {
            for ($i = 1; $i <= 12; $i++) {
                yield [
                    'number' => sprintf('INV-%s-%04d', $month, $i),
                    'customer' => 'Customer ' . ($i * 7 % 31),
                    'net' => 1000 * $i,
                    'vat' => 190 * $i,
                    'status' => $i % 3 === 0 ? 'overdue' : 'paid',
                ];
            }
        }
    }

    final class InvoiceExportHandler implements RequestHandler
    {
        use ClosesOnShutdown;

        public function __construct(private InvoiceRepository $invoices, Cancellation $shutdown)
        {
            $this->shutdown = $shutdown;
        }

        public function handleRequest(Request $request): Response
        {
            $month = (string) ($request->query['month'] ?? date('Y-m'));
            $stream = new CsvStream(sprintf('invoices-%s.csv', $month));
            $subscription = $this->closeOnShutdown($stream);

            try {
                $stream->writeRow(['number', 'customer', 'net', 'vat', 'status']);
                foreach ($this->invoices->forMonth($month) as $invoice) {
                    $stream->writeRow($invoice);
                }
                return new Response(200, [
                    'content-type' => 'text/csv',
                    'content-disposition' => 'attachment; filename="' . $stream->filename . '"',
                ], $stream->contents());
            } finally {
                $this->shutdown->unsubscribe($subscription);
                $stream->close();
            }
        }
    }
}

namespace {
    use Amp\Http\Server\Request;
    use Amp\Http\Server\SocketHttpServer;
    use App\Export\InvoiceExportHandler;
    use App\Export\InvoiceRepository;

    $server = new SocketHttpServer();
    $handler = new InvoiceExportHandler(new InvoiceRepository(), $server->getShutdownCancellation());

    $requests = (static function (int $n): \Generator {
        for ($i = 0; $i < $n; $i++) {
            yield new Request('GET', '/exports/invoices.csv', ['month' => sprintf('20%02d-%02d', 20 + intdiv($i, 12) % 6, $i % 12 + 1)]);
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    $server->serve($handler, $requests);
}

<?php
// A Messenger-style consumer handles ReserveStock messages through a middleware stack whose failure reporter sends each distinct failure once, deduplicated by its message text.

final class ReserveStock
{
    public function __construct(public readonly int $orderId, public readonly string $sku, public readonly int $quantity) {}
}

final class Envelope
{
    public array $stamps = [];
    public function __construct(public readonly object $message) {}
}

final class OutOfStockException extends RuntimeException {}

final class InMemoryTransport
{
    private int $delivered = 0;

    public function __construct(private int $limit) {}

    public function get(): ?Envelope
    {
        if ($this->delivered >= $this->limit) {
            return null;
        }
        $i = $this->delivered++;
        return new Envelope(new ReserveStock(90000 + $i, 'SKU-' . ($i % 25), 1 + $i % 4));
    }

    public function ack(Envelope $envelope): void {}
}

final class ReserveStockHandler
{
    public function __invoke(ReserveStock $message): void
    {
        if ($message->quantity > 0) {
            throw new OutOfStockException(sprintf('%s is out of stock for order #%d', $message->sku, $message->orderId), 409);
        }
    }
}

final class FailureReporter
{
    private array $reported = [];
    private array $outbox = [];

    public function report(Throwable $e): void
    {
        $fingerprint = $e::class . ':' . $e->getMessage();
        if (in_array($fingerprint, $this->reported, true)) {
            return;
        }
        $this->reported[] = $fingerprint; // leak
        $this->outbox[] = ['fingerprint' => $fingerprint, 'exception' => $e]; // leak
    }
}

final class MessageBus
{
    public function __construct(private array $handlers, private FailureReporter $reporter) {}

    public function dispatch(Envelope $envelope): void
    {
        try {
            ($this->handlers[$envelope->message::class])($envelope->message);
            $envelope->stamps[] = 'handled';
        } catch (OutOfStockException $e) {
            $this->reporter->report($e);
            $envelope->stamps[] = 'failed';
        }
    }
}

final class Worker
{
    public function __construct(private InMemoryTransport $transport, private MessageBus $bus) {}

    public function run(): void
    {
        while ($envelope = $this->transport->get()) {
            $this->bus->dispatch($envelope);
            $this->transport->ack($envelope);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$bus = new MessageBus([ReserveStock::class => new ReserveStockHandler()], new FailureReporter());
(new Worker(new InMemoryTransport($n), $bus))->run();

<?php

declare(strict_types=1);

/*
 * Firmware rollout worker (`bin/console messenger:consume ota_chunks`).
 * Symfony Messenger stand-ins are inlined below the application code's use.
 */

interface StampInterface
{
}

final class Envelope
{
    /** @var array<class-string, list<StampInterface>> */
    private array $stamps = [];

    public function __construct(private object $message, array $stamps = [])
    {
        foreach ($stamps as $stamp) {
            $this->stamps[$stamp::class][] = $stamp;
        }
    }

    public function with(StampInterface ...$stamps): static
    {
        $cloned = clone $this;
        foreach ($stamps as $stamp) {
            $cloned->stamps[$stamp::class][] = $stamp;
        }

        return $cloned;
    }

    public function last(string $stampFqcn): ?StampInterface
    {
        return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}

final class ReceivedStamp implements StampInterface
{
    public function __construct(public readonly string $transportName)
    {
    }
}

final class HandledStamp implements StampInterface
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, StackInterface $stack): Envelope;
}

interface StackInterface
{
    public function next(): MiddlewareInterface;
}

final class StackMiddleware implements StackInterface, MiddlewareInterface
{
    private int $offset = 0;

    /** @param list<MiddlewareInterface> $middlewares */
    public function __construct(private array $middlewares)
    {
    }

    public function next(): MiddlewareInterface
    {
        return $this->middlewares[$this->offset++] ?? $this;
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        return $envelope;
    }
}

final class MessageBus
{
    /** @param list<MiddlewareInterface> $middlewares */
    public function __construct(private array $middlewares)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        $stack = new StackMiddleware($this->middlewares);

        return $stack->next()->handle($envelope, $stack);
    }
}

final class HandleMessageMiddleware implements MiddlewareInterface
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        $handler = $this->handlers[$message::class];
        $envelope = $envelope->with(new HandledStamp($handler($message), $message::class . '::__invoke'));

        return $stack->next()->handle($envelope, $stack);
    }
}

// ---------------------------------------------------------------- application

final class SendFirmwareChunk
{
    public function __construct(
        public readonly string $rolloutId,
        public readonly string $deviceId,
        public readonly int $chunkIndex,
        public readonly string $data,
        public readonly string $sha256,
    ) {
    }
}

final class InFlightChunk
{
    public function __construct(
        public readonly string $deviceId,
        public readonly int $chunkIndex,
        public readonly float $startedAt,
    ) {
    }
}

/**
 * Keeps chunks that are being pushed to devices so the watchdog can report
 * stuck transfers.
 */
final class OtaTransferMonitor implements MiddlewareInterface
{
    private SplObjectStorage $inFlight;

    public function __construct()
    {
        $this->inFlight = new SplObjectStorage();
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        if (!$message instanceof SendFirmwareChunk) {
            return $stack->next()->handle($envelope, $stack);
        }

        $this->inFlight->attach($envelope, new InFlightChunk($message->deviceId, $message->chunkIndex, microtime(true)));
        try {
            $handled = $stack->next()->handle($envelope, $stack);
        } finally {
            $this->inFlight->detach($envelope);
        }

        return $handled;
    }

    public function stuckSince(float $threshold): int
    {
        $stuck = 0;
        foreach ($this->inFlight as $envelope) {
            if ($this->inFlight[$envelope]->startedAt < $threshold) {
                $stuck++;
            }
        }

        return $stuck;
    }
}

final class DeviceGateway
{
    private int $bytesSent = 0;

    public function push(string $deviceId, int $chunk, string $data): bool
    {
        $this->bytesSent += strlen($data);

        return true;
    }
}

final class SendFirmwareChunkHandler
{
    public function __construct(private DeviceGateway $gateway)
    {
    }

    public function __invoke(SendFirmwareChunk $message): string
    {
        $decoded = base64_decode($message->data, true);
        if ($decoded === false || hash('sha256', $decoded) !== $message->sha256) {
            return 'corrupt';
        }

        return $this->gateway->push($message->deviceId, $message->chunkIndex, $decoded) ? 'sent' : 'retry';
    }
}

final class Worker
{
    public function __construct(private MessageBus $bus)
    {
    }

    /** @param iterable<Envelope> $receiver */
    public function run(iterable $receiver): void
    {
        foreach ($receiver as $envelope) {
            $this->bus->dispatch($envelope->with(new ReceivedStamp('ota_chunks')));
        }
    }
}

function ota_chunk_receiver(int $limit): Generator
{
    for ($i = 0; $i < $limit; $i++) {
        $chunk = random_bytes(384);
        yield new Envelope(new SendFirmwareChunk(
            'rollout-2024-11-' . intdiv($i, 500),
            sprintf('plug-%05d', $i % 700),
            $i % 64,
            base64_encode($chunk),
            hash('sha256', $chunk),
        ));
    }
}

$monitor = new OtaTransferMonitor();
$bus = new MessageBus([
    $monitor,
    new HandleMessageMiddleware([SendFirmwareChunk::class => new SendFirmwareChunkHandler(new DeviceGateway())]),
]);

(new Worker($bus))->run(ota_chunk_receiver((int) (getenv('PHPLEAK_N') ?: 100)));

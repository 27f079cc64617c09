<?php
// A queue dispatcher picks the handler class for a job from its map and runs new $class($this) without keeping it.

abstract class JobHandler
{
    protected Dispatcher $dispatcher;

    public function __construct(Dispatcher $dispatcher)
    {
        $this->dispatcher = $dispatcher;
    }

    abstract public function handle(array $payload): string;
}

final class SendInvoiceHandler extends JobHandler
{
    public function handle(array $payload): string
    {
        return $this->dispatcher->queue . ':invoice:' . $payload['invoice'] . ' ' . $payload['meta'];
    }
}

final class ResizeImageHandler extends JobHandler
{
    public function handle(array $payload): string
    {
        return $this->dispatcher->queue . ':resize:' . $payload['path'] . ' ' . $payload['meta'];
    }
}

final class Dispatcher
{
    private const HANDLERS = [
        'invoice.send' => SendInvoiceHandler::class,
        'image.resize' => ResizeImageHandler::class,
    ];

    public ?string $lastResult = null;

    public function __construct(public readonly string $queue) {}

    public function dispatch(array $job): string
    {
        $class = self::HANDLERS[$job['type']];
        $handler = new $class($this);
        return $this->lastResult = $handler->handle($job['payload']);
    }
}

function work(int $i): string
{
    $dispatcher = new Dispatcher('default');
    return $dispatcher->dispatch([
        'type' => $i % 2 === 0 ? 'invoice.send' : 'image.resize',
        'payload' => ['invoice' => "INV-{$i}", 'path' => "/uploads/{$i}.jpg", 'meta' => str_repeat('m', 600)],
    ]);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    work($i);
}

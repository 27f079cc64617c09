<?php
// A console command's execute() sets up stop listeners and a shutdown hook, then consumes messages from a transport until it is empty.

#[Attribute(Attribute::TARGET_CLASS)]
final class AsCommand
{
    public function __construct(public readonly string $name, public readonly string $description = '') {}
}

final class ArrayInput
{
    public function __construct(private array $options) {}

    public function getOption(string $name): mixed
    {
        return $this->options[$name] ?? null;
    }
}

final class NullOutput
{
    public function writeln(string $line): void
    {
    }
}

final class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event, string $name): object
    {
        foreach ($this->listeners[$name] ?? [] as $listener) {
            $listener($event);
        }
        return $event;
    }
}

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly array $envelope, public readonly string $receiverName) {}
}

final class InMemoryReceiver
{
    private int $i = 0;

    public function __construct(private int $n) {}

    public function get(): iterable
    {
        if ($this->i >= $this->n) {
            return [];
        }
        $i = $this->i++;
        return [[
            'class' => 'App\\Message\\ResizeImage',
            'body' => ['path' => "uploads/2024/{$i}.jpg", 'sizes' => [320, 640, 1280], 'meta' => str_repeat('exif ', 60)],
        ]];
    }

    public function ack(array $envelope): void
    {
    }
}

final class ResizeImageHandler
{
    public function __invoke(array $body): array
    {
        return array_map(static fn (int $w) => preg_replace('/\.jpg$/', "-{$w}.jpg", $body['path']), $body['sizes']);
    }
}

#[AsCommand(name: 'messenger:consume', description: 'Consume messages')]
final class ConsumeMessagesCommand
{
    private bool $shouldStop = false;
    private int $handled = 0;

    public function __construct(
        private InMemoryReceiver $receiver,
        private ResizeImageHandler $handler,
        private EventDispatcher $dispatcher,
    ) {}

    public function execute(ArrayInput $input, NullOutput $output): int
    {
        $limit = (int) ($input->getOption('limit') ?? PHP_INT_MAX);
        $this->dispatcher->addListener('worker.message_handled', function (WorkerMessageHandledEvent $e) use ($limit): void {
            if (++$this->handled >= $limit) {
                $this->shouldStop = true;
            }
        });
        register_shutdown_function(function () use ($output): void {
            $output->writeln(sprintf('Handled %d messages', $this->handled));
        });

        while (!$this->shouldStop) {
            $envelopes = $this->receiver->get();
            if ($envelopes === []) {
                break;
            }
            foreach ($envelopes as $envelope) {
                ($this->handler)($envelope['body']);
                $this->receiver->ack($envelope);
                $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, 'async'), 'worker.message_handled');
            }
        }
        return 0;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$command = new ConsumeMessagesCommand(new InMemoryReceiver($n), new ResizeImageHandler(), new EventDispatcher());
$command->execute(new ArrayInput(['limit' => $n + 10, 'time-limit' => 3600]), new NullOutput());

<?php
// An IoT gateway parks commands for each device in a queue of its own,
// kept under the device id in a long-lived outbox; the device id comes
// with each message, and nothing takes commands off the queues, so every
// command stays.

final class CommandOutbox
{
    private array $queues = [];

    public function park(string $device, array $command): void
    {
        $queue = $this->queues[$device] ??= new SplQueue();
        $queue->enqueue($command); // leak
    }
}

final class Gateway
{
    public function __construct(private CommandOutbox $outbox)
    {
    }

    private const FLEET = ['valve-0', 'valve-1', 'valve-2', 'valve-3', 'valve-4', 'valve-5', 'valve-6', 'valve-7'];

    public function handle(array $message): void
    {
        if (!in_array($message['device'], self::FLEET, true)) {
            return;
        }
        $this->outbox->park($message['device'], ['op' => $message['op'], 'payload' => $message['payload']]);
    }
}

$gateway = new Gateway(new CommandOutbox());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $gateway->handle(json_decode(json_encode([
        'device' => 'valve-' . ($i % 8),
        'op' => 'open',
        'payload' => str_repeat('duration=' . ($i % 60) . ';', 60),
    ]), true));
}

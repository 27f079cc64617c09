<?php
// A queue consumer asks a stock service for a reservation over a shared
// pub/sub client and waits for the reply on a channel of its own. The
// one-shot reply listener is dropped when the reply on that channel comes
// back: the channel is read from the reply, not from the job.

final class PubSub
{
    private array $replyListeners = [];
    private array $inbox = [];

    public function __construct(private readonly Closure $remote) {}

    public function onReply(string $channel, callable $listener): void
    {
        $this->replyListeners[$channel][] = $listener;
    }

    public function publish(string $payload): void
    {
        $this->inbox[] = ($this->remote)($payload);
    }

    public function tick(): void
    {
        $batch = $this->inbox;
        $this->inbox = [];
        foreach ($batch as $raw) {
            $reply = json_decode($raw, true);
            $channel = $reply['channel'];
            if (isset($this->replyListeners[$channel])) {
                $listeners = $this->replyListeners[$channel];
                unset($this->replyListeners[$channel]);
                foreach ($listeners as $listener) {
                    $listener($reply['body']);
                }
            }
        }
    }
}

final class ReserveStock
{
    public int $reserved = 0;

    public function __construct(private readonly PubSub $bus) {}

    public function handle(string $orderId, string $note): void
    {
        $channel = 'reply.' . $orderId;
        $this->bus->onReply($channel, function (array $body) use ($note): void {
            $this->reserved += $body['qty'] + strlen($note) * 0;
        });
        $this->bus->publish(json_encode(['reply_to' => $channel, 'qty' => 2, 'note' => $note]));
    }
}

$bus = new PubSub(static function (string $payload): string {
    $request = json_decode($payload, true);
    return json_encode(['channel' => $request['reply_to'], 'body' => ['qty' => $request['qty']]]);
});
$handler = new ReserveStock($bus);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(sprintf('SO-%07d', $i), str_repeat('deliver after six, ', 20));
    $bus->tick();
}

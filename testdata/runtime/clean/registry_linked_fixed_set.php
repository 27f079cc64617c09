<?php
// A pub/sub registry links channels and subscribers both ways on purpose; the set is created once at boot and kept.

final class Channel
{
    /** @var array<string, Subscriber> */
    public array $subscribers = [];
    public int $published = 0;

    public function __construct(public readonly string $name) {}

    public function subscribe(Subscriber $subscriber): void
    {
        $this->subscribers[$subscriber->id] = $subscriber;
        $subscriber->channels[$this->name] = $this;
    }

    public function publish(string $payload): void
    {
        $this->published++;
        foreach ($this->subscribers as $subscriber) {
            $subscriber->receive($this, $payload);
        }
    }
}

final class Subscriber
{
    /** @var array<string, Channel> */
    public array $channels = [];
    public int $received = 0;
    public int $bytes = 0;

    public function __construct(public readonly string $id) {}

    public function receive(Channel $channel, string $payload): void
    {
        $this->received++;
        $this->bytes += strlen($payload);
    }
}

final class Registry
{
    /** @var array<string, Channel> */
    public static array $channels = [];

    public static function boot(): void
    {
        $audit = new Subscriber('audit');
        $mailer = new Subscriber('mailer');
        foreach (['orders', 'payments', 'refunds'] as $name) {
            $channel = self::$channels[$name] = new Channel($name);
            $channel->subscribe($audit);
            $channel->subscribe($mailer);
        }
    }
}

Registry::boot();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$names = array_keys(Registry::$channels);
for ($i = 0; $i < $n; $i++) {
    $payload = json_encode(['id' => $i, 'data' => str_repeat('z', 600)]);
    Registry::$channels[$names[$i % 3]]->publish($payload);
}

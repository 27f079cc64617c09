<?php
// The same chat server, but the directory builds every Channel once, at
// boot, and hands out those objects: the SplObjectStorage of counters
// has one key per channel however many messages arrive.

final class Channel
{
    public readonly string $header;

    public function __construct(
        public readonly string $slug,
        public readonly string $title,
        public readonly array $members,
    ) {
        $this->header = str_repeat("[{$title}] ", 60);
    }
}

final class ChannelDirectory
{
    /** @var array<string, Channel> */
    private array $channels = [];

    public function __construct(array $rows)
    {
        foreach ($rows as $slug => $row) {
            $this->channels[$slug] = new Channel($slug, $row['title'], $row['members']);
        }
    }

    public function find(string $slug): ?Channel
    {
        return $this->channels[$slug] ?? null;
    }
}

final class DeliveryStats
{
    private SplObjectStorage $byChannel;

    public function __construct()
    {
        $this->byChannel = new SplObjectStorage();
    }

    public function count(Channel $channel, int $recipients): void
    {
        $seen = $this->byChannel->contains($channel) ? $this->byChannel[$channel] : 0;
        $this->byChannel->attach($channel, $seen + $recipients);
    }
}

final class MessageHandler
{
    public function __construct(private ChannelDirectory $channels, private DeliveryStats $stats)
    {
    }

    public function handle(array $frame): void
    {
        $channel = $this->channels->find($frame['channel']);
        if ($channel === null) {
            return;
        }
        $this->stats->count($channel, count($channel->members));
    }
}

$rows = [];
foreach (['general', 'random', 'ops', 'sales'] as $slug) {
    $rows[$slug] = ['title' => ucfirst($slug) . ' talk', 'members' => array_map(fn ($i) => "user-$slug-$i", range(1, 12))];
}
$handler = new MessageHandler(new ChannelDirectory($rows), new DeliveryStats());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['channel' => ['general', 'random', 'ops', 'sales'][$i % 4], 'text' => "message $i"]);
}

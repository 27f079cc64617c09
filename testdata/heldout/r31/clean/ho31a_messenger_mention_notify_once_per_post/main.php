<?php

require __DIR__ . '/vendor/symfony/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Mention/PostPublished.php';
require __DIR__ . '/src/Mention/Mention.php';
require __DIR__ . '/src/Mention/MentionsDetected.php';
require __DIR__ . '/src/Mention/MentionParser.php';
require __DIR__ . '/src/Mention/PushGateway.php';
require __DIR__ . '/src/Mention/MentionListeners.php';
require __DIR__ . '/src/Mention/PostPublishedHandler.php';

use Community\Mention\PostPublished;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

final class RedisStreamReceiver implements ReceiverInterface
{
    private int $cursor = 0;

    public function __construct(private int $limit)
    {
    }

    public function get(): iterable
    {
        if ($this->cursor >= $this->limit) {
            return [];
        }
        $i = $this->cursor++;
        $handles = ['mod_amelia', 'kaito_dev', 'rust_or_bust', 'linnea', 'pjotr_k'];
        $a = $handles[$i % 5];
        $b = $handles[($i + 2) % 5];
        $markdown = "Thanks @{$a} for the benchmark in post {$i}, it matches what I saw on the staging box last week. "
            . "@{$b} could you rerun it with the new allocator flags? Also looping in @{$a} again since the numbers "
            . "changed after commit {$i}; and cc @community_team for the changelog entry.";

        return [new Envelope(new PostPublished(7700000 + $i, 41000 + $i, 300 + ($i * 11) % 2500, $markdown))];
    }

    public function ack(Envelope $envelope): void
    {
    }
}

$services = (require __DIR__ . '/config/services.php')(['t41000:linnea', 't41003:pjotr_k']);
$worker = new Worker(new RedisStreamReceiver((int) (getenv('PHPLEAK_N') ?: 100)), [
    PostPublished::class => $services['handler'],
]);
$worker->run();

<?php
// A Symfony Messenger worker whose failure listener keeps failed payment envelopes for retry and moves overflow into a dead-letter SplQueue.

require __DIR__ . '/vendor/symfony/framework.php';
require __DIR__ . '/src/Message/ChargeCard.php';
require __DIR__ . '/src/EventListener/RetryBufferListener.php';

use App\EventListener\RetryBufferListener;
use App\Message\ChargeCard;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;

$dispatcher = new EventDispatcher();
$dispatcher->addListener(WorkerMessageFailedEvent::class, [new RetryBufferListener(), 'onFailure']);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $envelope = new Envelope(new ChargeCard(
        sprintf('INV-%06d', $i),
        1999 + $i,
        'tok_' . bin2hex(random_bytes(12)),
        str_repeat(sprintf('Subscription renewal for workspace %06d; ', $i), 12),
    ));
    try {
        throw new RuntimeException('Gateway timeout after 30s');
    } catch (RuntimeException $e) {
        $dispatcher->dispatch(new WorkerMessageFailedEvent($envelope, 'payments', $e));
    }
}

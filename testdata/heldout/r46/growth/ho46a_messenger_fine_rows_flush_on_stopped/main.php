<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/AccrueOverdueFine.php';
require __DIR__ . '/src/Fines/FineRow.php';
require __DIR__ . '/src/Fines/FineRowBuffer.php';
require __DIR__ . '/src/Fines/FinePolicy.php';
require __DIR__ . '/src/Fines/AccrueOverdueFineHandler.php';
require __DIR__ . '/src/Fines/FineLedgerFlusher.php';
require __DIR__ . '/src/Kernel.php';

use App\Kernel;
use App\Message\AccrueOverdueFine;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\TransportInterface;
use Symfony\Component\Messenger\Worker;

/** The nightly overdue sweep publishes one message per overdue loan. */
final class OverdueSweepTransport implements TransportInterface
{
    private int $next = 0;

    public function __construct(private int $total, private int $perPoll = 10)
    {
    }

    public function get(): iterable
    {
        $types = ['book', 'dvd', 'audiobook', 'magazine'];
        for ($k = 0; $k < $this->perPoll && $this->next < $this->total; $k++, $this->next++) {
            $i = $this->next;
            yield new Envelope(new AccrueOverdueFine(
                'L' . (500000 + $i),
                'P' . (10000 + $i % 900),
                '3' . str_pad((string) ($i * 104729 % 100000000), 13, '0', STR_PAD_LEFT),
                1 + $i % 30,
                $types[$i % 4],
            ));
        }
    }

    public function ack(Envelope $envelope): void
    {
    }
}

$kernel = new Kernel(require __DIR__ . '/config/services.php');
$worker = new Worker(
    ['overdue' => new OverdueSweepTransport((int) (getenv('PHPLEAK_N') ?: 100))],
    $kernel->bus(),
    $kernel->dispatcher(),
);
$worker->idleExit = true;
$worker->run();

<?php

require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/AwardStayPoints.php';
require __DIR__ . '/src/Loyalty/RaisesAccountEvents.php';
require __DIR__ . '/src/Loyalty/LoyaltyAccount.php';
require __DIR__ . '/src/Loyalty/LoyaltyAccountRepository.php';
require __DIR__ . '/src/Handler/AwardStayPointsHandler.php';

use App\Handler\AwardStayPointsHandler;
use App\Loyalty\LoyaltyAccountRepository;
use App\Message\AwardStayPoints;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

/** Stand-in for the "loyalty" AMQP queue fed by the PMS on checkout. */
final class CheckoutQueueReceiver implements ReceiverInterface
{
    private int $sequence = 0;

    public function __construct(private array $members, private int $available)
    {
    }

    public function get(): iterable
    {
        $batch = [];
        for ($k = 0; $k < 10 && $this->sequence < $this->available; $k++, $this->sequence++) {
            $i = $this->sequence;
            $batch[] = new Envelope(new AwardStayPoints(
                $this->members[$i % count($this->members)],
                sprintf('F%07d', 3100000 + $i),
                1 + $i % 5,
                180.0 + ($i * 37) % 900,
                ['LIS01', 'OPO02', 'FAO03'][$i % 3],
            ));
        }
        return $batch;
    }

    public function ack(Envelope $envelope): void
    {
    }
}

// ---- boot --------------------------------------------------------------
$rows = [];
$members = [];
for ($m = 0; $m < 40; $m++) {
    $number = sprintf('HLX%06d', 510000 + $m * 7);
    $members[] = $number;
    $rows[$number] = ['name' => "Guest $m", 'points' => 2_000 * $m, 'tier' => 'member'];
}
$handler = new AwardStayPointsHandler(new LoyaltyAccountRepository($rows), 10.0);
$bus = new MessageBus(new HandlersLocator([AwardStayPoints::class => [$handler]]));

$limit = (int) (getenv('PHPLEAK_N') ?: 100);
(new Worker(new CheckoutQueueReceiver($members, $limit), $bus, $limit))->run();

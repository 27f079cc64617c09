<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger/Envelope.php';
require __DIR__ . '/vendor/symfony/messenger/MessageBus.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Message/DepositConfirmationReceived.php';
require __DIR__ . '/src/Entity/Deposit.php';
require __DIR__ . '/src/Repository/DepositRepository.php';
require __DIR__ . '/src/Service/ConfirmationPolicy.php';
require __DIR__ . '/src/Service/InFlightDeposits.php';
require __DIR__ . '/src/Service/Ledger.php';
require __DIR__ . '/src/MessageHandler/DepositConfirmationHandler.php';

use App\Message\DepositConfirmationReceived;
use App\MessageHandler\DepositConfirmationHandler;
use App\Repository\DepositRepository;
use App\Service\ConfirmationPolicy;
use App\Service\InFlightDeposits;
use App\Service\Ledger;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

/** The chain watcher's queue: one message per (deposit output, new block). */
final class ChainWatcherReceiver implements ReceiverInterface
{
    private const CHAINS = [
        ['bitcoin', 'BTC', 3],
        ['ethereum', 'ETH', 12],
        ['ethereum', 'USDT', 12],
        ['tron', 'USDT', 20],
    ];

    private int $seq = 0;
    private int $deposit = 0;
    private int $confirmation = 0;

    public function __construct(private array $addresses)
    {
    }

    public function get(): iterable
    {
        [$chain, $asset, $required] = self::CHAINS[$this->deposit % count(self::CHAINS)];
        $this->confirmation++;
        $message = new DepositConfirmationReceived(
            $chain,
            hash('sha256', 'deposit-' . $this->deposit),
            $this->deposit % 2,
            $this->addresses[$this->deposit % count($this->addresses)],
            $asset,
            number_format(0.0125 * (1 + $this->deposit % 37), 8, '.', ''),
            840_000 + $this->seq,
            $this->confirmation,
        );
        if ($this->confirmation >= $required) {
            $this->deposit++;
            $this->confirmation = 0;
        }

        yield new Envelope($message, [new TransportMessageIdStamp((string) ++$this->seq)]);
    }

    public function ack(Envelope $envelope): void
    {
    }
}

// Container wiring, done once when messenger:consume boots.
$addresses = [
    '0x8f3a9b1c44e2d0a7b6c5e4f3a2b1c0d9e8f7a6b5' => 1001,
    'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh' => 1002,
    'tn7wz2u3cpwgcq8ab9xhyyqbkdwzm5kfpe' => 1003,
    '0x1d2c3b4a59687f0e1d2c3b4a59687f0e1d2c3b4a' => 1004,
];
$inFlight = new InFlightDeposits();
$handler = new DepositConfirmationHandler(
    new DepositRepository($addresses),
    new ConfirmationPolicy(),
    $inFlight,
    new Ledger(),
);
$bus = new MessageBus(new HandlersLocator([DepositConfirmationReceived::class => [$handler]]));
$worker = new Worker(new ChainWatcherReceiver(array_keys($addresses)), $bus);

$worker->run((int) (getenv('PHPLEAK_N') ?: 100));

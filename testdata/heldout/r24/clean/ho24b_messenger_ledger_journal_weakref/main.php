<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony-lite/messenger/MessageBus.php';
require __DIR__ . '/src/Message/PostLedgerEntry.php';
require __DIR__ . '/src/Ledger/LineCollection.php';
require __DIR__ . '/src/Ledger/JournalLine.php';
require __DIR__ . '/src/Ledger/Journal.php';
require __DIR__ . '/src/Ledger/AccountBalances.php';
require __DIR__ . '/src/Handler/PostLedgerEntryHandler.php';

use App\Handler\PostLedgerEntryHandler;
use App\Ledger\AccountBalances;
use App\Message\PostLedgerEntry;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

$chart = ['1000-cash', '1100-settlement-clearing', '2000-customer-wallets', '4000-fee-income', '2100-fx-payable'];

$bus = new MessageBus();
$bus->addHandler(PostLedgerEntry::class, new PostLedgerEntryHandler(new AccountBalances($chart)));

/** Transport stand-in: card-capture postings arriving from the payments service. */
function ledgerTransport(int $n): \Generator
{
    for ($i = 0; $i < $n; $i++) {
        $amount = 500 + ($i * 7907) % 90000;
        $fee = intdiv($amount * 29, 1000) + 30;
        $ref = sprintf('cap_%08x', crc32('capture' . $i));
        yield new PostLedgerEntry(
            sprintf('je-%06d', $i),
            ['EUR', 'USD', 'GBP'][$i % 3],
            $ref,
            [
                ['account' => '1100-settlement-clearing', 'side' => 'debit', 'amount' => $amount, 'memo' => 'capture ' . $ref],
                ['account' => '2000-customer-wallets', 'side' => 'credit', 'amount' => $amount - $fee, 'memo' => 'merchant credit ' . $ref],
                ['account' => '4000-fee-income', 'side' => 'credit', 'amount' => $fee, 'memo' => 'processing fee ' . $ref],
            ],
            1_700_000_000 + $i * 13,
        );
    }
}

(new Worker(ledgerTransport((int) (getenv('PHPLEAK_N') ?: 100)), $bus))->run();

<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/SendStatement.php';
require __DIR__ . '/src/Billing/Statement.php';
require __DIR__ . '/src/Billing/StatementFactory.php';
require __DIR__ . '/src/Handler/SendStatementHandler.php';
require __DIR__ . '/src/Command/ConsumeStatementsCommand.php';

use App\Billing\StatementFactory;
use App\Command\ConsumeStatementsCommand;
use App\Handler\SendStatementHandler;
use App\Message\SendStatement;
use Symfony\Component\Messenger\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$transport = new InMemoryTransport(static fn (int $i): SendStatement => new SendStatement(
    accountId: 4000 + $i,
    period: sprintf('2024-%02d', 1 + $i % 12),
    email: sprintf('billing+%d@customer.test', 4000 + $i),
));
$worker = new Worker($transport, [SendStatement::class => new SendStatementHandler(new StatementFactory())]);

// bin/console messenger:consume async --limit=N
(new ConsumeStatementsCommand($worker))->execute(['--limit' => $n]);

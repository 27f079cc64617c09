<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/ApproveChangeOrder.php';
require __DIR__ . '/src/Approval/ChangeOrderApproval.php';
require __DIR__ . '/src/Approval/ChangeOrderApprovalFactory.php';
require __DIR__ . '/src/Repository/ChangeOrderLog.php';
require __DIR__ . '/src/MessageHandler/ApproveChangeOrderHandler.php';

use App\Message\ApproveChangeOrder;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Transport\InMemoryTransport;
use Symfony\Component\Messenger\Worker\Worker;

$handlers = (require __DIR__ . '/config/services.php')(require __DIR__ . '/config/parameters.php');
$bus = new MessageBus($handlers);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$transport = new InMemoryTransport(static fn (int $i): ApproveChangeOrder => new ApproveChangeOrder(
    changeOrderNo: sprintf('CO-%05d', $i),
    projectCode: 'PRJ-' . (100 + $i % 7),
    valueCents: 120_000 * (1 + $i % 50),
    scheduleImpactDays: $i % 15,
    justification: sprintf('Latent condition at grid %s%d: rock encountered 1.2m above geotech report level across pile caps P%d-P%d; additional excavation, hammer hire (%d shifts) and disposal of %d m3 spoil required. Superintendent instruction SI-%04d issued, quantity surveyor to verify dockets; variation priced on schedule of rates item 4.%d with 12%% margin.', chr(65 + $i % 8), $i % 30, $i % 40, $i % 40 + 3, 1 + $i % 4, 20 + $i % 60, $i, $i % 9),
    requestedBy: sprintf('site.manager.%d@builder.example', $i % 12),
), $n);

(new Worker($transport, $bus))->run();

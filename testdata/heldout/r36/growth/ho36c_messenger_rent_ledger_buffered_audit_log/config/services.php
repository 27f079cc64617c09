<?php

use App\EventSubscriber\AuditLogFlushSubscriber;
use App\Ledger\LeaseRepository;
use App\Ledger\LedgerWriter;
use App\Message\RecordRentPayment;
use App\MessageHandler\RecordRentPaymentHandler;
use Monolog\Handler\BufferHandler;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Symfony\Component\EventDispatcher\EventDispatcher;

return static function (): array {
    $auditLogger = (new Logger('rent_audit'))
        ->pushHandler(new BufferHandler(new StreamHandler('/dev/null')));

    $dispatcher = new EventDispatcher();
    $dispatcher->addSubscriber(new AuditLogFlushSubscriber($auditLogger));

    $leases = new LeaseRepository([
        ['L-2201', 'MAPLE-CT', '2A', 185000, 5, 7500],
        ['L-2202', 'MAPLE-CT', '2B', 179500, 5, 7500],
        ['L-3107', 'RIVERSIDE', '7', 232000, 3, 10000],
        ['L-3110', 'RIVERSIDE', '10', 241000, 3, 10000],
        ['L-4015', 'ELM-LOFTS', 'PH1', 395000, 5, 15000],
    ]);

    return [
        'dispatcher' => $dispatcher,
        'handlers' => [
            RecordRentPayment::class => [new RecordRentPaymentHandler($leases, new LedgerWriter(), $auditLogger)],
        ],
    ];
};

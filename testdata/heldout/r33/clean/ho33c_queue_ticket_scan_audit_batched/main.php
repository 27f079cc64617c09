<?php

require __DIR__ . '/vendor/illuminate/queue/Worker.php';
require __DIR__ . '/app/Tickets/ScanRecord.php';
require __DIR__ . '/app/Tickets/TicketLedger.php';
require __DIR__ . '/app/Audit/AuditWriter.php';
require __DIR__ . '/app/Audit/ScanAuditBuffer.php';
require __DIR__ . '/app/Jobs/ProcessTicketScan.php';

use App\Audit\AuditWriter;
use App\Audit\ScanAuditBuffer;
use App\Jobs\ProcessTicketScan;
use App\Tickets\TicketLedger;
use Illuminate\Container\Container;
use Illuminate\Queue\Worker;

$config = ['audit' => require __DIR__ . '/config/audit.php'];

$container = new Container();
$container->singleton(TicketLedger::class, fn () => new TicketLedger(17));
$container->singleton(AuditWriter::class, fn () => new AuditWriter($config['audit']['connection']));
$container->singleton(ScanAuditBuffer::class, fn (Container $c) => new ScanAuditBuffer(
    $c->get(AuditWriter::class),
    $config['audit']['batch_rows'],
));

$gates = ['north-1', 'north-2', 'south-1', 'vip'];
$holders = ['M. de Vries', 'A. El Amrani', 'J. Jansen', 'S. Bakker', 'K. Visser'];

$worker = new Worker($container, function (int $seq) use ($gates, $holders): array {
    $barcode = sprintf('TKT%012d', 880000000000 + $seq * 37);
    $job = new ProcessTicketScan(
        $barcode,
        'KNVB-CUP-FINAL-2026',
        $gates[$seq % 4],
        'zebra-tc52-' . str_pad((string) ($seq % 12), 3, '0', STR_PAD_LEFT),
        1776600000 + $seq,
        $seq,
        $holders[$seq % 5],
        base64_encode($barcode . '|' . $gates[$seq % 4] . '|' . str_repeat('0', 260)),
    );

    return ['uuid' => sprintf('job-%d', $seq), 'data' => ['command' => serialize($job)]];
});

$worker->daemon((int) (getenv('PHPLEAK_N') ?: 100));

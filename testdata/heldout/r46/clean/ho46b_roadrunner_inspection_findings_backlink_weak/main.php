<?php

declare(strict_types=1);

require __DIR__ . '/vendor/nyholm/Psr7.php';
require __DIR__ . '/vendor/spiral/RoadRunner.php';
require __DIR__ . '/src/Inspection/InspectionReport.php';
require __DIR__ . '/src/Inspection/Finding.php';
require __DIR__ . '/src/Inspection/ReportAssembler.php';
require __DIR__ . '/src/Http/SubmitReportAction.php';

use Civic\Http\SubmitReportAction;
use Civic\Inspection\ReportAssembler;
use Nyholm\Psr7\Response;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$sent = 0;
Worker::useRelay(static function () use (&$sent, $n): ?array {
    if ($sent >= $n) {
        return null;
    }
    $i = $sent++;
    return [
        ['method' => 'POST', 'uri' => '/inspections/reports', 'headers' => ['content-type' => 'application/json']],
        [
            'inspection_id' => sprintf('INS-%07d', 500000 + $i),
            'permit_number' => sprintf('BP-24-%05d', $i % 30000),
            'inspector' => sprintf('B%04d', 1000 + $i % 41),
            'address' => sprintf('%d Sycamore Ln', 10 + $i),
            'findings' => [
                ['section' => 'IRC R314.3', 'severity' => 'fail', 'note' => sprintf('Smoke alarm missing in bedroom %d; install interconnected alarm per approved plan sheet A-%d before final. ', 1 + $i % 3, 2 + $i % 4)],
                ['section' => 'IRC R312.1', 'severity' => 'correction', 'note' => sprintf('Guard at rear deck measured %d inches; minimum 36 inches required above 30 inches from grade. ', 30 + $i % 5)],
                ['section' => 'NEC 210.8', 'severity' => 'pass', 'note' => sprintf('GFCI protection verified at kitchen counters and bathroom receptacles (%d outlets tested). ', 4 + $i % 6)],
            ],
        ],
    ];
});

$psr7 = new PSR7Worker(Worker::create());
$action = new SubmitReportAction(new ReportAssembler());

while ($request = $psr7->waitRequest()) {
    try {
        $psr7->respond($action($request));
    } catch (\Throwable $e) {
        $psr7->respond(new Response(500));
    }
}

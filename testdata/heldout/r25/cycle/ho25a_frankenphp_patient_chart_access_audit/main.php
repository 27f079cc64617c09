<?php

declare(strict_types=1);

// FrankenPHP worker script for the clinical records API.

require __DIR__ . '/vendor/acme/frankenphp-shim/worker.php';
require __DIR__ . '/app/Http/Request.php';
require __DIR__ . '/app/Audit/AuditTrail.php';
require __DIR__ . '/app/Audit/AuditTrailFactory.php';
require __DIR__ . '/app/Audit/AuditShipper.php';
require __DIR__ . '/app/Records/RecordAccessSession.php';
require __DIR__ . '/app/Records/PatientChartRepository.php';
require __DIR__ . '/app/Records/PatientChartController.php';

use App\Audit\AuditShipper;
use App\Audit\AuditTrail;
use App\Audit\AuditTrailFactory;
use App\Http\Request;
use App\Records\PatientChartController;
use App\Records\PatientChartRepository;

// Boot (once per worker thread).
$auditShipper = new AuditShipper(fopen('/dev/null', 'ab'));
$controller = new PatientChartController(
    new PatientChartRepository(),
    new AuditTrailFactory(AuditTrail::class, static fn (): int => time()),
    $auditShipper,
);

$handler = static function () use ($controller, $auditShipper): void {
    $request = Request::fromGlobals();
    if (preg_match('#^/api/patients/(pat_[0-9a-f]{10})/chart$#', $request->path, $m) !== 1) {
        http_response_code(404);

        return;
    }
    try {
        echo $controller->show($request, $m[1]);
    } finally {
        // terminate: audit lines must not wait for the next request
        $auditShipper->flush();
    }
};

$traffic = (static function (int $n): Generator {
    $roles = ['physician', 'nurse', 'nurse', 'billing'];
    $purposes = ['treatment', 'treatment', 'operations', 'emergency'];
    for ($i = 0; $i < $n; $i++) {
        yield [
            'server' => [
                'REQUEST_METHOD' => 'GET',
                'REQUEST_URI' => sprintf('/api/patients/pat_%010x/chart?purpose=%s', 0x3a0000 + ($i * 2654435761) % 0xFFFFFF, $purposes[$i % 4]),
                'REMOTE_ADDR' => '10.12.' . ($i % 8) . '.' . (20 + $i % 200),
                'HTTP_X_REQUEST_ID' => sprintf('req-%08x-%04x', 0xC0FFEE + $i, $i % 0xFFFF),
                'HTTP_X_CLINICIAN_ID' => sprintf('clin_%04d', 1000 + ($i * 37) % 420),
                'HTTP_X_CLINICIAN_ROLE' => $roles[$i % 4],
            ],
            'get' => ['purpose' => $purposes[$i % 4]],
        ];
    }
})((int) (getenv('PHPLEAK_N') ?: 100));

frankenphp_shim_feed($traffic);
while (frankenphp_handle_request($handler)) {
    // keep serving
}

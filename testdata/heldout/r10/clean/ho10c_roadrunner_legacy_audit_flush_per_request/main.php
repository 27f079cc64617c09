<?php

declare(strict_types=1);

require __DIR__ . '/vendor/roadrunner/worker.php';
require __DIR__ . '/legacy/audit.php';
require __DIR__ . '/src/UserRoleController.php';

use Admin\UserRoleController;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\Response;

$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
$controller = new UserRoleController();
$auditSocket = fopen('php://memory', 'w+');
$ship = static function (string $line) use ($auditSocket): void {
    // stands in for the syslog/UDP socket of the audit collector
    fwrite($auditSocket, $line . "\n");
    rewind($auditSocket);
};

while ($request = $worker->waitRequest()) {
    try {
        audit_set_actor($request->getHeaderLine('X-Admin-User'));
        $worker->respond($controller->update($request));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, 'Internal Server Error'));
    } finally {
        // ship this request's audit entries before taking the next one
        audit_flush($ship);
    }
}

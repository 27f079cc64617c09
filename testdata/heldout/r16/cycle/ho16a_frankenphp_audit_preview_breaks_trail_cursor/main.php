<?php

declare(strict_types=1);

require __DIR__ . '/src/Audit/AuditEntry.php';
require __DIR__ . '/src/Audit/AuditRepository.php';
require __DIR__ . '/src/Audit/AuditTrail.php';
require __DIR__ . '/src/Http/SubjectSidebarController.php';

use Backoffice\Audit\AuditRepository;
use Backoffice\Http\SubjectSidebarController;

/** Stand-in for frankenphp_handle_request() in worker mode. */
function frankenphp_handle_request_standin(callable $handler, int &$budget): bool
{
    if ($budget-- <= 0) {
        return false;
    }
    $i = $budget;
    $_SERVER['REQUEST_URI'] = sprintf('/orders/SO-%07d/sidebar', $i);
    $_GET = ['tz' => $i % 2 ? 'UTC' : 'Europe/Berlin'];
    $handler();

    return true;
}

$controller = new SubjectSidebarController(new AuditRepository());
$handler = static function () use ($controller): void {
    $subject = explode('/', $_SERVER['REQUEST_URI'])[2];
    $controller($subject, $_GET);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
while (frankenphp_handle_request_standin($handler, $n)) {
    // FrankenPHP resets the superglobals before the next request.
}

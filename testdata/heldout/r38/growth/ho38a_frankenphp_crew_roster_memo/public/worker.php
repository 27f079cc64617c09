<?php

use Crew\Http\RosterController;
use Crew\Roster\CrewManagementDb;
use Crew\Roster\RosterRepository;

require_once __DIR__ . '/../vendor/frankenphp/worker.php';
require_once __DIR__ . '/../src/Support/MemoizesLookups.php';
require_once __DIR__ . '/../src/Roster/Fleet.php';
require_once __DIR__ . '/../src/Roster/CrewManagementDb.php';
require_once __DIR__ . '/../src/Roster/RosterRepository.php';
require_once __DIR__ . '/../src/Http/RosterController.php';

// Boot once, outside the request loop.
$controller = new RosterController(new RosterRepository(new CrewManagementDb()));

$handler = static function () use ($controller): void {
    $body = $controller();
    header_remove();
    unset($body);
};

$maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    if (!$keepRunning) {
        break;
    }
}

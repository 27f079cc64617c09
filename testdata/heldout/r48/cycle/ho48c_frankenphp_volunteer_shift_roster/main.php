<?php
// Modeled on child->parent back-references that keep request objects alive without the GC (the fix holds the parent through a WeakReference).
// FrankenPHP worker mode for the volunteer-shift API: boot the Symfony kernel once, then serve requests until the quota.

require __DIR__.'/lib/Symfony/HttpKernel.php';
require __DIR__.'/lib/frankenphp.php';
require __DIR__.'/src/Roster/ShiftRoster.php';
require __DIR__.'/src/Roster/ShiftSlot.php';
require __DIR__.'/src/Controller/ShiftRosterController.php';
require __DIR__.'/src/EventSubscriber/RosterCacheHeaderSubscriber.php';
require __DIR__.'/src/Kernel.php';

use Symfony\Component\HttpFoundation\Request;

$kernel = new App\Kernel(__DIR__);
$kernel->boot();

$handler = static function () use ($kernel): void {
    $response = $kernel->handle(new Request($_GET, $_POST, $_SERVER));
    $sent = strlen($response->content);
};

while (frankenphp_handle_request($handler)) {
}

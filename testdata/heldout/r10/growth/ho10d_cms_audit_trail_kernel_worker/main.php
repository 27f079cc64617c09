<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/event_dispatcher.php';
require __DIR__ . '/vendor/symfony/http_kernel.php';
require __DIR__ . '/src/Audit/AuditTrail.php';
require __DIR__ . '/src/EventSubscriber/AuditSubscriber.php';
require __DIR__ . '/src/Controller/PageController.php';

use App\Audit\AuditTrail;
use App\Audit\DatabaseAuditStorage;
use App\Controller\PageController;
use App\EventSubscriber\AuditSubscriber;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\HttpKernel;

// Boot once, then serve requests from the process manager.
$dispatcher = new EventDispatcher();
$trail = new AuditTrail(new DatabaseAuditStorage());
$dispatcher->addSubscriber(new AuditSubscriber($trail));

$pages = new PageController();
$kernel = new HttpKernel($dispatcher, [
    'admin_page_update' => $pages->update(...),
]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create(
        sprintf('/admin/pages/%d?title=%s', $i % 40, rawurlencode('Landing page v' . $i)),
        'POST',
        ['PHP_AUTH_USER' => 'editor' . ($i % 7), 'REMOTE_ADDR' => '10.0.0.' . ($i % 250)],
    );
    $response = $kernel->handle($request);
    $response->send();
}

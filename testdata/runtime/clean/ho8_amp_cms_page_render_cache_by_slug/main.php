<?php
// AMPHP server for CMS pages whose RequestHandler memoizes rendered HTML keyed by the page path.

declare(strict_types=1);

use Amp\Http\Server\{DefaultErrorHandler, Request, SocketHttpServer};
use App\Cms\{PageHandler, PageRepository};
use Psr\Log\NullLogger;

require __DIR__ . '/vendor/amphp/http-server.php';
require __DIR__ . '/src/Cms/PageRepository.php';
require __DIR__ . '/src/Cms/PageHandler.php';

$repository = new PageRepository();
$server = SocketHttpServer::createForDirectAccess(new NullLogger());
$server->expose('0.0.0.0:80');
$server->start(new PageHandler($repository), new DefaultErrorHandler());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$slugs = $repository->slugs();
for ($i = 0; $i < $n; $i++) {
    $server->receive(new Request('GET', '/pages/' . $slugs[$i % count($slugs)] . "?ref=mail-{$i}", ['accept' => 'text/html']));
}

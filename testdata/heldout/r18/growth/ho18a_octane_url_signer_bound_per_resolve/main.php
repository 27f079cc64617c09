<?php

declare(strict_types=1);

require __DIR__ . '/vendor/lite/container/src/Container.php';
require __DIR__ . '/vendor/lite/container/src/helpers.php';
require __DIR__ . '/app/Http/Request.php';
require __DIR__ . '/app/Services/SignedUrlGenerator.php';
require __DIR__ . '/app/Providers/UrlServiceProvider.php';
require __DIR__ . '/app/Http/InvoiceDownloadLinkController.php';

use App\Http\InvoiceDownloadLinkController;
use App\Http\Request;
use App\Providers\UrlServiceProvider;
use Lite\Container\Container;

/** Stand-in for the Octane worker: one container for the life of the process. */
final class OctaneWorker
{
    public function __construct(
        private readonly Container $app,
        private readonly InvoiceDownloadLinkController $controller,
    ) {
    }

    public function handle(Request $request): array
    {
        $this->app->instance('request', $request);

        return ($this->controller)($request);
    }
}

$app = Container::getInstance();
(new UrlServiceProvider($app, ['app.key' => 'base64:9c1Gf0o0tM3Fq3h6m1Jd0qk0Yp6w3w5b']))->register();
$app->instance('request', new Request('https', 'billing.example.com', '/'));

$worker = new OctaneWorker($app, new InvoiceDownloadLinkController());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('https', 'billing.example.com', '/invoices/links', ['invoice' => 90_000 + $i]));
}

<?php

declare(strict_types=1);

use App\Http\AccountController;
use App\Http\LocaleResolver;
use Spiral\RoadRunner\Http\PSR7Worker;

require __DIR__ . '/src/RoadRunnerStub.php';
require __DIR__ . '/src/Http/LocaleResolver.php';
require __DIR__ . '/src/Http/AccountController.php';

final class LegacyBridgeKernel
{
    private bool $legacyLoaded = false;

    public function __construct(private readonly AccountController $controller)
    {
    }

    public function boot(): void
    {
        if (!$this->legacyLoaded) {
            require_once __DIR__ . '/legacy/i18n_helpers.php';
            $this->legacyLoaded = true;
        }
    }

    public function handle(\Spiral\RoadRunner\Http\ServerRequest $request): \Spiral\RoadRunner\Http\Response
    {
        $this->boot();

        return $this->controller->overview($request);
    }
}

$config = require __DIR__ . '/config/i18n.php';
$kernel = new LegacyBridgeKernel(new AccountController(new LocaleResolver($config)));
$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $worker->waitRequest()) {
    $worker->respond($kernel->handle($request));
}

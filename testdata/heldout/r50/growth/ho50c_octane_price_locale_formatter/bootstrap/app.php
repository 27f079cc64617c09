<?php

use App\Providers\AppServiceProvider;
use Illuminate\Foundation\Application;

require_once __DIR__ . '/../vendor/autoload.php';
require_once __DIR__ . '/../app/Services/LocaleFormat.php';
require_once __DIR__ . '/../app/Services/PriceFormatter.php';
require_once __DIR__ . '/../app/Support/LocaleResolver.php';
require_once __DIR__ . '/../app/Support/Facades/Price.php';
require_once __DIR__ . '/../app/Repositories/ProductRepository.php';
require_once __DIR__ . '/../app/Http/Middleware/AddRequestId.php';
require_once __DIR__ . '/../app/Http/Middleware/ResolveRequestLocale.php';
require_once __DIR__ . '/../app/Http/Kernel.php';
require_once __DIR__ . '/../app/Http/Controllers/QuoteController.php';
require_once __DIR__ . '/../app/Listeners/RecordQuoteServed.php';
require_once __DIR__ . '/../app/Providers/AppServiceProvider.php';

$app = new Application(dirname(__DIR__));
$app->loadConfiguration();
$app->register(AppServiceProvider::class);

return $app;

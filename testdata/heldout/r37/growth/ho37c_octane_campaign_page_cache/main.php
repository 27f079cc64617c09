<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Campaigns/Campaign.php';
require __DIR__ . '/app/Support/CacheKeys.php';
require __DIR__ . '/app/Http/CampaignPageController.php';

use App\Campaigns\CampaignRepository;
use App\Http\CampaignPageController;
use Illuminate\Cache\ArrayStore;
use Illuminate\Cache\Repository;
use Illuminate\Container\Container;

// Octane boot: the application and its singletons live for the whole worker.
$app = Container::getInstance();
$app->singleton('cache', fn () => new Repository(new ArrayStore()));
$app->singleton(CampaignRepository::class, fn () => new CampaignRepository());
$app->singleton(CampaignPageController::class, fn (Container $c) => new CampaignPageController($c->make(CampaignRepository::class)));

$slugs = ['clean-water-2024', 'winter-coat-drive', 'library-rebuild', 'meals-on-wheels'];
$sources = ['newsletter', 'facebook', 'twitter', 'partner-site'];
$locales = ['en-US,en;q=0.9', 'es-MX,es;q=0.8', 'fr-CA,fr;q=0.7'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // Octane RequestReceived: each request carries its own tracking code
    $request = [
        'path' => ['slug' => $slugs[$i % 4]],
        'query' => ['ref' => sprintf('%s-%s-%d', $sources[$i % 4], substr(md5((string) $i), 0, 10), 20240000 + $i)],
        'headers' => ['accept-language' => $locales[$i % 3]],
    ];
    [$status, $body] = $app->make(CampaignPageController::class)->show($request);
    unset($request, $status, $body);
}

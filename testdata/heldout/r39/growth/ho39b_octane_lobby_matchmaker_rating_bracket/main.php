<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel-lite/Container.php';
require __DIR__ . '/vendor/laravel-lite/Facade.php';
require __DIR__ . '/vendor/laravel-lite/Http/Request.php';
require __DIR__ . '/vendor/laravel-lite/Http/JsonResponse.php';
require __DIR__ . '/app/Matchmaking/Tier.php';
require __DIR__ . '/app/Matchmaking/Ticket.php';
require __DIR__ . '/app/Matchmaking/TicketFactory.php';
require __DIR__ . '/app/Matchmaking/BracketResolver.php';
require __DIR__ . '/app/Matchmaking/MatchFound.php';
require __DIR__ . '/app/Matchmaking/MatchAnnouncer.php';
require __DIR__ . '/app/Matchmaking/Matchmaker.php';
require __DIR__ . '/app/Facades/Matchmaking.php';
require __DIR__ . '/app/Http/Controllers/QueueController.php';

use App\Http\Controllers\QueueController;
use App\Matchmaking\BracketResolver;
use App\Matchmaking\MatchAnnouncer;
use App\Matchmaking\Matchmaker;
use App\Matchmaking\TicketFactory;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;

// Octane worker boot: the container and its singletons outlive every request.
$app = Container::getInstance();
$app->singleton(BracketResolver::class, static fn () => new BracketResolver());
$app->singleton(MatchAnnouncer::class, static fn () => new MatchAnnouncer());
$app->singleton('matchmaker', static fn (Container $c) => new Matchmaker(
    $c->make(BracketResolver::class),
    $c->make(MatchAnnouncer::class),
));
$app->singleton(QueueController::class, static fn () => new QueueController(new TicketFactory()));
Facade::setFacadeApplication($app);

$regions = ['eu-west', 'us-east', 'ap-south'];
$weapons = ['rail', 'shotgun', 'rocket', 'plasma', 'lightning'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    // players arrive two by two from the same lobby browser page
    $pair = intdiv($i, 2);
    $rating = 920 + ($pair % 5) * 300 + fmod($i * 7.13, 250.0);
    $request = new Request(
        ['region' => $regions[$pair % 3]],
        [
            'player_id' => sprintf('76561198%09d', 4000 + $i * 13),
            'display_name' => 'fragger_' . dechex(0xbeef + $i),
            'mode' => 'duel',
            'rating' => $rating,
            'rd' => 60 + ($i % 40),
            'ts' => 1700000000 + $i * 3,
            'loadout' => [
                'primary' => $weapons[$i % 5],
                'secondary' => $weapons[($i + 2) % 5],
                'skin' => 'skin_' . ($i % 97) . '_' . md5((string) $i),
                'crosshair' => sprintf('0x%06x:%d', ($i * 2654435761) & 0xffffff, $i % 4),
            ],
        ],
        ['x-octane-request' => (string) $i],
    );

    $response = $app->make(QueueController::class)->join($request);
    unset($request, $response);
}
